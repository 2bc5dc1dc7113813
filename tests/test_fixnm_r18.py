"""Round 18 (fixnm): back-transliteration only for names Russian writes first-hand; an office's label that
depends on the state."""

import pytest

from generator.resolve.archive import transliterations


@pytest.mark.parametrize("en,ru,country", [("Kyriakos Mitsotakis", "Кириакос Мицотакис", "GR"),
                                          ("Shin Won-sik", "Син Вон Сик", "KR"),
                                          ("Lloyd Austin", "Ллойд Остин", "US")])
def test_no_spelling_back_for_a_state_outside_the_cyrillic_world(en, ru, country):
    assert transliterations({"en": en, "ru": ru}, None, country) == []


@pytest.mark.parametrize("en,ru,country,want", [("Oleksii Reznikov", "Алексей Резников", "UA", "Aleksey Reznikov"),
                                               ("Aleksandar Vucic", "Александар Вучевич", "RS", "Aleksandar Vuchevich"),
                                               ("Nurlan Yermekbayev", "Нурлан Ермекбаев", "KZ", "Nurlan Ermekbaev")])
def test_spelling_back_for_a_post_soviet_or_cyrillic_state(en, ru, country, want):
    assert want in transliterations({"en": en, "ru": ru}, None, country)


def test_unknown_country_keeps_the_spellings():
    assert "Zakir Gasanov" in transliterations({"en": "Zakir Hasanov", "ru": "Закир Гасанов"}, None, None)


# ---- an office's label by state (data/roles.yaml by_country)

from conftest import extract_text  # noqa: E402
from generator.reference.offices import label_role, state_label  # noqa: E402


@pytest.fixture(scope="module")
def registry():
    from generator.reference.registry import Registry

    return Registry()


def _label(text, name, lang, registry):
    p = {p.name: p for p in extract_text(text, lang, registry).people}[name]
    return label_role(p.role, p.country)


@pytest.mark.parametrize("text,name,want", [
    ("Pakistani Defence Secretary Lt Gen (retd) Hamood Uz Zaman Khan received the Chinese delegation in "
     "Rawalpindi on Monday.", "Hamood Uz Zaman Khan", "Defence Secretary"),
    ("Sri Lanka's Defence Secretary Sampath Thuyacontha met the visiting Japanese admiral in Colombo.",
     "Sampath Thuyacontha", "Defence Secretary"),
    ("British Defence Secretary John Healey met Indian Defence Minister Rajnath Singh in London.",
     "John Healey", "Secretary of Defense"),
    ("US Defense Secretary Pete Hegseth met Indian Defence Minister Rajnath Singh in Washington.",
     "Pete Hegseth", "Secretary of Defense"),
    ("British Defence Secretary John Healey met Indian Defence Minister Rajnath Singh in London.",
     "Rajnath Singh", "Minister of Defence"),
])
def test_defence_secretary_label_by_state(text, name, want, registry):
    assert _label(text, name, "en", registry) == want


def test_state_label_leaves_other_offices_and_no_state_alone():
    assert state_label("Secretary of Defense", None) == "Secretary of Defense"
    assert state_label("Minister of Defence", "IN") == "Minister of Defence"
    assert state_label("Secretary of Defense – Chief of Staff", "in") == "Defence Secretary – Chief of Staff"
    assert label_role("Defence Secretary", "US") == "Secretary of Defense"
    assert label_role("Defence Secretary", "IN") == "Defence Secretary"


def test_a_baltic_name_is_not_spelt_back_from_russian():
    """A Lithuanian minister's name is Latin at home: the Russian report's spelling gives no Latin form back
    (the same name for a Ukrainian official would be spelt back)."""
    from generator.resolve.archive import transliterations
    names = {"en": "Dovile Sakaliene", "ru": "Довиле Шакалене"}
    assert transliterations(names, country="LT") == []
    assert transliterations(names, country="UA") == ["Dovile Shakalene"]

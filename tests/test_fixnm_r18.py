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

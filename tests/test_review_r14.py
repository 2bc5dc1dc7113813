"""Round 14, review of the round's merged rules: shapes each new rule was wider for than its commit said, written
for these tests in our own words (a time apart that dates a document, not the meeting; a phone call from a third
state's official is no statement; a truce signed in a city places the signing; a town of a million people beside a
capital is a city of its own)."""
from __future__ import annotations

import pytest

from conftest import extract_text as run
from conftest import people_by_name as people
from generator.extract.places import _topic
from generator.extract.satellites import satellite_of


@pytest.mark.parametrize("body, lang, name, participant", [
    # a participle with its own time apart dates the document it follows
    ("Defence Minister Ana Ruiz met her Brazilian counterpart Paulo Nunes in Madrid on Monday to review the roadmap "
     "adopted two years ago.", "en", "Ana Ruiz", True),
    ("Estonian Defence Minister Karl Tamm met Latvian Defence Minister Juris Ozols in Tallinn on Monday to assess "
     "the plan approved a year earlier.", "en", "Juris Ozols", True),
    ("Министр обороны Армении Давид Папоян встретился с министром обороны Греции Никосом Маврасом в Ереване в "
     "понедельник, чтобы обсудить программу, принятую два года назад.", "ru", "David Papoyan", True),
    # near miss: the meeting itself a week apart stays another occasion
    ("Estonian Defence Minister Karl Tamm hosted Latvian Defence Minister Juris Ozols in Tallinn a week ago.",
     "en", "Karl Tamm", False),
    # a phone call from a third state's official is the call reported, no statement spoken of
    ("Estonian Defence Minister Karl Tamm received a call from US Defense Secretary John Miller on Tuesday. "
     "The two discussed support for Ukraine.", "en", "John Miller", True),
    ("Polish Defence Minister Adam Nowak took a phone call from French Armed Forces Minister Luc Martin on Monday.",
     "en", "Luc Martin", True),
])
def test_a_time_apart_or_a_call_that_is_not_another_occasion(registry, body, lang, name, participant):
    assert people(run(body, lang, registry))[name].participant is participant


def test_a_third_states_appeal_is_still_spoken_of(registry):
    body = ("Estonian Defence Minister Karl Tamm met Latvian Defence Minister Juris Ozols in Tallinn on Monday. "
            "The ministers welcomed the calls by US Secretary of State John Miller for restraint.")
    ps = people(run(body, "en", registry))
    assert ps["Karl Tamm"].participant and not ps["John Miller"].participant


@pytest.mark.parametrize("before, lang, topic", [
    ("The ministers signed a ceasefire ", "en", False),
    ("Qatar and Turkey inked the truce ", "en", False),
    ("Министры подписали перемирие ", "ru", False),
    ("The ministers attended commemorative events ", "en", False),
    ("Both chiefs watched joint operations ", "en", False),
    ("Министры приняли участие в памятных событиях ", "ru", False),
    # the subject of the talks stays a subject
    ("The ministers discussed the ceasefire ", "en", True),
    ("They discussed the situation ", "en", True),
    ("Министры обсудили перемирие ", "ru", True),
])
def test_a_truce_signed_in_a_city_places_the_signing(before, lang, topic):
    assert _topic(before, lang) is topic


@pytest.mark.parametrize("body, city", [
    # a relative pronoun is no adjective of a place («в которой Афины ...» names no meeting place)
    ("Министр обороны Армении Давид Папоян встретился с министром обороны Греции Никосом Маврасом в понедельник "
     "на конференции, в которой Афины участвуют впервые.", None),
    ("Министр обороны Армении Давид Папоян встретился с министром обороны Греции Никосом Маврасом в понедельник "
     "в греческой Ларисе.", "Larisa"),
])
def test_a_pronoun_before_a_capitalised_word_is_no_place_adjective(registry, body, city):
    assert run(body, "ru", registry).where == city


@pytest.mark.parametrize("town, city, suburb", [
    (("Yokohama", "JP"), ("Tokyo", "JP"), False),
    (("Incheon", "KR"), ("Seoul", "KR"), False),
    (("Rawalpindi", "PK"), ("Islamabad", "PK"), False),
    (("Krasnogorsk", "RU"), ("Moscow", "RU"), True),
    (("Cholargos", "GR"), ("Athens", "GR"), True),
])
def test_a_city_of_a_million_is_no_suburb(town, city, suburb):
    assert satellite_of(town, city) is suburb


# --------------------------------------------------------------------------- lead: a service named '… Corps'
@pytest.mark.parametrize("body, name, rank", [
    ("US Marine Corps General Eric Dalton met Philippine Navy chief Vice Admiral Jose Reyes in Manila on Monday.",
     "Eric Dalton", "General"),
    ("Royal Marine Corps General Anna Berg visited the naval base in Bergen on Friday with her Danish hosts.",
     "Anna Berg", "General"),
    # near-misses: the Latin armies' ranks stay whole
    ("Italian Army Corps General Marco Conti met the Greek chief of defence in Athens on Tuesday.",
     "Marco Conti", "Army Corps General"),
    ("Air Corps General Luis Pena of Spain met the French air chief in Paris on Monday.",
     "Luis Pena", "Air Corps General"),
])
def test_a_service_named_corps_is_no_part_of_the_rank(body, name, rank, empty_registry):
    from conftest import extract_text, people_by_name

    got = people_by_name(extract_text(body, "en", empty_registry))
    assert got[name].rank == rank

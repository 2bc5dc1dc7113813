"""Round 16 review of the name and role rules (office 'of <State>' cue, lineage chains, job words and rulers'
titles, roles cut before 'the <office>', Vietnamese/Maghreb/Uzbek spellings, Russian offices). Every sentence
is our own (real officials' names, invented meetings); nothing is taken from ../shared/corpus or a held-out set.

Each rule is probed where it must not fire and in a layout its own tests do not use; the defects found and
left are strict xfails with the reason."""

import pytest

from conftest import extract_text as run
from conftest import people_by_name as people
from generator.text.foreign_names import fold_given, respell, tables
from generator.text.translit import transliterate


def names(body, lang, registry):
    return set(people(run(body, lang, registry)))


# --------------------------------------------------------------------------- office 'of <State>' then the name

@pytest.mark.parametrize("body, want", [
    # two offices of two states: each person keeps his own office and state
    ("The talks brought together the Minister of Defence of Azerbaijan Zakir Hasanov and Georgia's defence minister "
     "Juansher Burchuladze.", {"Zakir Hasanov": ("Minister of Defence", "AZ"), "Juansher Burchuladze": ("Defence Minister", "GE")}),
    # the name after the state is a possessive: the adviser is no President
    ("The President of Turkey Recep Tayyip Erdogan's adviser Ibrahim Kalin met the delegation.",
     {"Recep Tayyip Erdogan": ("President", "TR"), "Ibrahim Kalin": ("Adviser", None)}),
    # the envoy's own state is the one after 'of', not the one after 'to'
    ("The Ambassador of India to Russia Vinay Kumar attended the parade.", {"Vinay Kumar": ("Ambassador", "IN")}),
    # layouts the rule's tests do not use: a comma after the name, a rank between the state and the name
    ("Speaking to the Minister of Defence of Kenya Aden Duale, the envoy praised the programme.",
     {"Aden Duale": ("Minister of Defence", "KE")}),
    ("The Commander of the Navy of Oman Rear Admiral Saif bin Nasser Al Rahbi visited the port.",
     {"Saif bin Nasser Al Rahbi": ("Commander of the Navy", "OM")}),
])
def test_office_of_a_state_keeps_each_person_apart(empty_registry, body, want):
    got = people(run(body, "en", empty_registry))
    assert {n: (p.role, p.country) for n, p in got.items()} == want


@pytest.mark.parametrize("body, name, role", [
    # after "and", a state's possessive opens the named person's own office
    ("The talks brought together the Minister of Defence of Azerbaijan and Georgia's minister of defence Juansher "
     "Burchuladze.", "Juansher Burchuladze", "Minister of Defence"),
    ("The ministers of Armenia and Georgia's defence minister Juansher Burchuladze met.", "Juansher Burchuladze",
     "Defence Minister"),
    # not after "and": a possessive inside one office stays ("Chief of India's Defence Staff")
    ("The Chief of India's Defence Staff General Anil Chauhan met the delegation.", "Anil Chauhan",
     "Chief of India's Defence Staff"),
    ("The Minister of Defence and Military Production of Egypt Mohamed Zaki met the envoy.", "Mohamed Zaki",
     "Minister of Defence and Military Production"),
])
def test_two_states_offices_with_one_name_are_not_glued(empty_registry, body, name, role):
    got = people(run(body, "en", empty_registry))
    assert got[name].role == role


@pytest.mark.parametrize("body, name, country", [
    # a state that is a given name too, after "Minister of Defence of" (an "of" inside the office) and before
    # a name of two or three words
    ("The President of Chad Mahamat Deby met the delegation.", "Mahamat Deby", "TD"),
    ("The Chief of Staff of the Army of Chad Abakar Abdelkerim Daoud met the delegation.", "Abakar Abdelkerim Daoud", "TD"),
    ("The Minister of Defence of Jordan Yousef Huneiti met the delegation.", "Yousef Huneiti", "JO"),
])
def test_a_state_that_is_a_given_name_after_a_long_office(empty_registry, body, name, country):
    got = people(run(body, "en", empty_registry))
    assert name in got and got[name].country == country, got


@pytest.mark.xfail(strict=True, reason="left: 'Chad Daoud Yaya Brahim' after an office: no person is found (the same "
                   "sentence with 'Kenya' or with 'Ali Yaya Brahim' works); not traced in the time of the review")
def test_chad_before_daoud(empty_registry):
    got = people(run("The Minister of Defence of Chad Daoud Yaya Brahim received the French envoy.", "en", empty_registry))
    assert "Daoud Yaya Brahim" in got and got["Daoud Yaya Brahim"].country == "TD"


def test_an_ambassador_to_a_state_is_not_of_it(empty_registry):
    # the state after "to" is the post's (a given name too, "Jordan"): no part of the name, and not the envoy's state
    got = people(run("The Ambassador to Jordan Henry Wooster met the chief of staff.", "en", empty_registry))
    assert set(got) == {"Henry Wooster"} and got["Henry Wooster"].country != "JO"


# --------------------------------------------------------------------------- lineage chains, rulers' titles, bin/ben

@pytest.mark.parametrize("body, want", [
    # two styled people in a row, joined by 'and': two people, not one chain
    ("Sheikh Mohammed bin Zayed and Sheikh Tamim bin Hamad Al Thani discussed regional security.",
     {"Mohammed bin Zayed", "Tamim bin Hamad Al Thani"}),
    # 'Ben' in a Hebrew name and a given name 'Benny': no lineage join with the next person
    ("The Israeli delegation was led by Itamar Ben Gvir and Benny Gantz.", {"Itamar Ben Gvir", "Benny Gantz"}),
    # a Malay 'bin' after another person
    ("Ahmad Zahid Hamidi met Mohamad Hasan bin Mohamad in Kuala Lumpur.", {"Ahmad Zahid Hamidi", "Mohamad Hasan bin Mohamad"}),
    # rulers' titles that are names: a Pakistani general Amir Sultan, Sultan Kamaletdinov, Sheikh Hasina
    ("Pakistani Lieutenant General Amir Sultan met the Qatari Emir.", {"Amir Sultan"}),
    ("Prime Minister Sheikh Hasina met Major General Sultan Kamaletdinov.", {"Sheikh Hasina", "Sultan Kamaletdinov"}),
])
def test_lineage_and_titles_do_not_glue_or_drop(empty_registry, body, want):
    assert names(body, "en", empty_registry) == want


def test_russian_sheikhs_in_a_row_are_two_people(empty_registry):
    got = names("Шейх Тахнун бен Заид и шейх Хамдан бен Мухаммед посетили выставку.", "ru", empty_registry)
    assert len(got) == 2 and all("Sheikh" not in n for n in got), got


# --------------------------------------------------------------------------- an office's word as a surname

def test_an_office_word_after_a_given_name_is_the_surname(empty_registry):
    got = people(run("Senator Angus King and Senator Roger Wicker visited the shipyard.", "en", empty_registry))
    assert set(got) == {"Angus King", "Roger Wicker"}
    assert got["Angus King"].role == "Senator" and got["Roger Wicker"].role == "Senator"


@pytest.mark.parametrize("body, name, role", [
    ("The delegation met King Abdullah and Crown Prince Hussein.", "Abdullah", "King"),  # a title before the name
    ("Jordan's King Abdullah received the minister.", "Abdullah", "King"),
])
def test_a_title_before_the_name_stays_a_title(empty_registry, body, name, role):
    got = people(run(body, "en", empty_registry))
    assert name in got and got[name].role == role, got
    assert not any(n.endswith("King") for n in got)


# --------------------------------------------------------------------------- 'former' and the country qualifier

@pytest.mark.parametrize("body, name, role, country", [
    ("Former US envoy Zalmay Khalilzad met the Taliban delegation.", "Zalmay Khalilzad", "Former Envoy", "US"),
    ("The former US envoy, Zalmay Khalilzad, met the delegation.", "Zalmay Khalilzad", "Former Envoy", "US"),
    ("Former US Defense Secretary Mark Esper said the talks would fail.", "Mark Esper", "Former Defense Secretary", "US"),
    # no state after 'former': the office as written
    ("Former defence minister Ben Wallace said the talks would fail.", "Ben Wallace", "Former Defence Minister", None),
])
def test_former_loses_the_country_qualifier(empty_registry, body, name, role, country):
    got = people(run(body, "en", empty_registry))
    assert got[name].role == role and got[name].country == country


@pytest.mark.xfail(strict=True, reason="left: 'Emir' before one name word is read as the title; a filmmaker 'Emir "
                   "Kusturica' (Bosnian given name) becomes 'Kusturica', role Emir. Telling the two apart needs the "
                   "context ('the/Qatari Emir', a lineage chain), not the word")
def test_emir_as_a_given_name(empty_registry):
    got = people(run("Emir Kusturica spoke at the festival.", "en", empty_registry))
    assert "Emir Kusturica" in got and got["Emir Kusturica"].role is None


# --------------------------------------------------------------------------- names written in Russian

@pytest.mark.parametrize("native", ["Бахадир Курбанов", "Бахадыр Курбанов", "Баходир Курбанов", "Баходыр Курбанов"])
def test_uzbek_given_names_in_every_press_spelling(native):
    assert respell(native, "UZ") == "Bakhodir Kurbanov"


@pytest.mark.parametrize("native, want", [
    ("Ильхам Нематов", "Ilkhom Nematov"), ("Ильхом Нематов", "Ilkhom Nematov"),
    ("Дилшод Тошматов", "Dilshod Toshmatov"), ("Джахонгир Ортиков", "Jakhongir Ortikov"),
])
def test_uzbek_variants_of_other_table_names(native, want):
    assert respell(native, "UZ") == want


@pytest.mark.parametrize("native, country", [
    ("Бахадир Курбанов", "KZ"),  # not tied to Uzbekistan
    ("Абдусаттар Кадыров", "UZ"),  # an Uzbek name not in the table: the usual transliteration
    ("Сергей Иванов", "UZ"),
])
def test_uzbek_spelling_only_for_table_names_of_uzbeks(native, country):
    assert respell(native, country) is None


def test_the_uzbek_fold_joins_no_two_different_names():
    by_key = {}
    for cyr, lat in tables()["uz"]["given"].items():
        by_key.setdefault(fold_given(cyr), set()).add(lat)
    assert all(len(v) == 1 for v in by_key.values()), {k: v for k, v in by_key.items() if len(v) > 1}


@pytest.mark.parametrize("native, want", [
    ("Во Нгуен Зиап", "Vo Nguyen Giap"),  # «Зи» is "Gi", not "Gii"
    ("Фан Ван Жанг", "Phan Van Giang"),
    ("Нгуен Тан Зунг", "Nguyen Tan Dung"),  # «з» before «у» stays "D"
])
def test_vietnamese_z_and_zh(native, want):
    assert (respell(native, "VN") or transliterate(native)) == want


def _archive(bodies):
    from generator.extract.entities import analyse, extract_one
    from generator.model import Article, PartialDate
    from generator.reference.registry import Registry
    from generator.resolve.archive import build_archive

    arts = [Article(aid, f"{aid}.txt", lang, "", True, PartialDate(2024, 5, 14), None, None, body)
            for aid, (lang, body) in bodies.items()]
    an = analyse(arts)
    reg = Registry()
    return build_archive(arts, {a.id: extract_one(a, an[a.id], reg) for a in arts}, reg)


def test_one_uzbek_minister_in_both_scripts_is_one_person():
    ar = _archive({
        "ru": ("ru", "Министр обороны Узбекистана Бахадир Курбанов провел переговоры с делегацией Казахстана в Ташкенте."),
        "en": ("en", "Uzbek Defence Minister Bakhodir Kurbanov held talks with a Kazakh delegation in Tashkent."),
    })
    kurbanov = [p for p in ar.people.values() if "Kurbanov" in p.name]
    assert len(kurbanov) == 1 and kurbanov[0].name == "Bakhodir Kurbanov", [p.name for p in kurbanov]


def test_near_spellings_of_one_person_across_scripts_merge():
    ar = _archive({
        "ru": ("ru", "Заместитель министра обороны Узбекистана Абдусаттар Кадыров провел переговоры в Ташкенте."),
        "en": ("en", "Uzbek Deputy Defence Minister Abdusattor Kadyrov held talks in Tashkent."),
    })
    assert len([p for p in ar.people.values() if "Kadyrov" in p.name]) == 1


@pytest.mark.parametrize("body, want", [
    # Natasha's two one-word persons, a given name and a surname in the same case: one person
    ("Министр обороны Узбекистана генерал-лейтенант Бахадыр Курбанов провел переговоры с коллегой.", "Bakhodir Kurbanov"),
    ("Генерал-лейтенант Бахадыр Курбанов и генерал Иван Петров провели переговоры.", None),
])
def test_a_given_name_and_a_surname_tagged_apart_are_one_person(empty_registry, body, want):
    got = names(body, "ru", empty_registry)
    if want:
        assert want in got, got
    else:
        assert len(got) == 2 and all(len(n.split()) == 2 for n in got), got


@pytest.mark.parametrize("body", [
    "Как сообщил Путину Алиев, переговоры прошли успешно.",  # two surnames: never joined by the new rule
    "Министры Шойгу Лавров и Песков выступили.",
])
def test_two_surnames_in_a_row_are_not_joined_as_given_and_surname(empty_registry, body):
    from generator.extract.entities import analyse
    from generator.extract.name_spans import _join_given_surname_ru  # noqa: PLC2701 (the rule itself)
    from generator.model import Article, PartialDate

    a = Article("t", "t.txt", "ru", "", True, PartialDate(2024, 5, 14), None, None, body)
    ner = analyse([a])[a.id].ner
    assert list(_join_given_surname_ru(body, ner)) == list(ner)


@pytest.mark.xfail(strict=True, reason="left: Natasha misses a given name it does not know («Бахадир») before the "
                   "surname after an office; only «Курбанов» is found")
def test_an_unknown_given_name_before_a_russian_surname(empty_registry):
    got = names("Министр обороны Бахадир Курбанов провел переговоры.", "ru", empty_registry)
    assert any(n.endswith("Kurbanov") and len(n.split()) == 2 for n in got), got

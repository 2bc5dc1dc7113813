"""Entity rules on short texts of our own, English and Russian."""

import pytest

from generator.extract.entities import analyse, extract_one
from generator.model import Article, PartialDate
from generator.reference.registry import Registry, fold


def run(body, lang="en", date=PartialDate(2022, 5, 1)):
    a = Article("t", "t.txt", lang, "", True, date, None, None, body)
    return extract_one(a, analyse([a])[a.id], Registry())


def test_two_people_one_surname_stay_two():
    r = run("Colonel Rustam Mammadov led the battalion. Major General Elchin Mammadov directed the exercise. Mammadov said the drills went well.")
    names = sorted(p.name for p in r.people)
    assert names == ["Elchin Mammadov", "Rustam Mammadov"]


def test_initials_and_surname_resolve_to_full_name():
    r = run("Defence Minister Zakir Hasanov met the delegation. Z. Hasanov stressed cooperation. Hasanov thanked the guests.")
    assert [p.name for p in r.people] == ["Zakir Hasanov"]
    assert len(r.people[0].spans) == 3


def test_place_name_is_not_a_person():
    r = run("The delegation landed at Heydar Aliyev International Airport and drove to the ministry.")
    assert r.people == ()


def test_rank_without_name_is_not_a_person():
    r = run("A Turkish colonel briefed the guests, and the lieutenant general thanked him.")
    assert r.people == ()


def test_country_from_role_not_topic():
    r = run("Azerbaijani Defence Minister Zakir Hasanov received Kazakh Defence Minister Colonel General Ruslan Kabdulov in Baku.")
    by = {p.name: p for p in r.people}
    assert by["Ruslan Kabdulov"].country == "KZ", "unknown person, country from his own role phrase"
    assert by["Ruslan Kabdulov"].rank == "Colonel General"
    assert by["Ruslan Kabdulov"].role == "Defence Minister"


def test_russian_inflected_names_normalised():
    r = run("Министр обороны Азербайджана генерал-полковник Закир Гасанов встретился с министром обороны Казахстана генерал-полковником Русланом Жаксылыковым.", "ru")
    by = {p.name: p for p in r.people}
    assert set(by) == {"Zakir Hasanov", "Ruslan Zhaksylykov"}
    assert by["Ruslan Zhaksylykov"].native == "Руслан Жаксылыков"
    assert by["Ruslan Zhaksylykov"].country == "KZ"
    assert by["Ruslan Zhaksylykov"].role == "Minister of Defence"


def test_unknown_russian_name_transliterated():
    r = run("Министр обороны Беларуси генерал-лейтенант Иван Петрищенко прибыл в Баку.", "ru")
    assert [p.name for p in r.people] == ["Ivan Petrishchenko"]


@pytest.mark.parametrize("body, lang, codes", [
    ("the Republic of Belarus and the Armenia-Azerbaijan conflict", "en", {"BY", "AM", "AZ"}),
    ("белорусская делегация и азербайджано-турецкое сотрудничество", "ru", {"BY", "AZ", "TR"}),
    ("Министерства обороны Азербайджанской Республики", "ru", {"AZ"}),
    ("talks in Moscow and Ankara", "en", set()),
    ("He ate turkey in Georgia Tech cafeteria", "en", set()),
])
def test_countries(body, lang, codes):
    assert set(run(body, lang).countries) == codes


@pytest.mark.parametrize("body, status", [
    ("At the end of the meeting, the ministers of Azerbaijan and Turkey signed a memorandum of understanding on military education.", "signed"),
    ("Earlier, Azerbaijan and Turkey signed a military cooperation plan for 2022.", "earlier"),
    ("The sides discussed the draft military cooperation plan for 2023 between Azerbaijan and Georgia.", "drafted"),
    ("Azerbaijan and Georgia will sign a military cooperation plan for 2024 next year.", "planned"),
    ("Министры Азербайджана и Узбекистана подписали протокол о сотрудничестве в сфере подготовки военных кадров.", "signed"),
    ("Стороны договорились подготовить дорожную карту военно-технического сотрудничества между Азербайджаном и Пакистаном.", "drafted"),
])
def test_agreement_status(body, status):
    lang = "ru" if any("а" <= c <= "я" for c in body) else "en"
    r = run(body, lang)
    assert len(r.agreements) == 1
    assert r.agreements[0].status == status
    assert len(r.agreements[0].parties) == 2


def test_fold_forgives_transliteration():
    assert fold("Закир Гасанов") == fold("Zakir Hasanov")
    assert fold("Sergey Shoigu") == fold("Sergei Shoigu")
    assert fold("Ilham Aliyev") != fold("Heydar Aliyev")


@pytest.mark.parametrize("body, name", [
    ("Министр обороны Ирака Салем Хаддад прибыл в Баку.", "Salem Khaddad"),
    ("Генерал Ахмед Салем встретился с послом.", "Akhmed Salem"),
    ("Заместитель министра Рустем Ибрагим выступил на встрече.", "Rustem Ibragim"),
    ("Министр встретился с министром национальной обороны Турции Хулуси Акаром.", "Hulusi Akar"),
    ("Он встретился с генерал-лейтенантом Рустемом Ибрагимовым.", "Rustem Ibragimov"),
])
def test_russian_name_endings_read_from_the_grammar(body, name):
    """A name already in the nominative keeps its '-ем'/'-ом'; one after an instrumental office
    word loses it."""
    assert [p.name for p in run(body, "ru").people] == [name]


def test_hyphenated_country_names():
    assert set(run("Guinea-Bissau and Timor-Leste sent observers.").countries) == {"GW", "TL"}
    assert set(run("Делегация Гвинеи-Бисау прибыла.", "ru").countries) == {"GW"}

"""Round 13 (issues 11 and 12): event date, where and countries on shapes of text written for this test (our own
words, invented outlets), in English and Russian where the shape exists; each test names a mechanism, not a page:

- a report that only announces a meeting for a day it gives ("will visit Hanoi on 20 April", «посетит Ханой
  20 апреля») is dated that day (a year-less day before the report's is next year's); with no day given it stays
  null; an announced weekday is the next such day; «планируется визит», «визит запланирован» announce as «посетит» does;
- a Russian locative of a foreign city the morphology does not decline («в Аддис-Абебе», «в Куала-Лумпуре») is read
  by its case ending;
- an envoy's title followed by a verb ("the ambassador met the minister in Nairobi", «посол провел в
  Улан-Баторе встречу») says where the meeting was; the title with only its own noun phrase ("the ambassador in
  Nairobi", «посол России в Кении») is a posting;
- a dateline's capital is the meeting's place when the lead tells of a guest received there ("the visiting Indian
  secretary", "a delegation from Latvia", «прибывшей делегацией») and names only the guest's state;
- a state's name in capitals counts in a lower-case sentence ("KENYA and UGANDA have agreed") or joined to another
  state's shouted name ("KENYA AND UGANDA AGREE"), not as a lone shouted word.
"""
from __future__ import annotations

import re

import pytest

from generator.extract.places import _posted, lookup
from generator.reference.countries import index

from test_pages_r9 import _event_date, page


def _explained(tmp_path, text: str) -> str:
    from generator.quality.explain import explain

    f = tmp_path / "page.txt"
    f.write_text(text, encoding="utf-8")
    return explain(f)


def _where(tmp_path, text: str) -> str | None:
    m = re.search(r"^\s*where\s+'([^']+)'", _explained(tmp_path, text), re.M)
    return m.group(1) if m else None


H, HR = "Defence chiefs hold talks", "Министры провели переговоры"


# --------------------------------------------------------------------------- the meeting's date, every shape

@pytest.mark.parametrize("parts, expected", [
    # relative days against the report's date
    ((H, "14 May 2024", "The defence ministers of Ghana and Togo met yesterday in Accra to discuss border patrols."), "2024-05-13"),
    ((H, "Wednesday, 15 May 2024", "The defence ministers of Ghana and Togo met on Monday in Accra to discuss patrols."), "2024-05-13"),
    ((H, "20 May 2024", "Last Thursday the army chiefs of Peru and Chile met in Lima to plan joint patrols."), "2024-05-16"),
    ((H, "20 May 2024", "The army chiefs of Peru and Chile met this morning in Lima to plan joint patrols."), "2024-05-20"),
    ((HR, "14 мая 2024", "Накануне министры обороны Казахстана и Киргизии провели переговоры в Астане."), "2024-05-13"),
    ((HR, "15 мая 2024 года, среда", "В понедельник министры обороны Казахстана и Киргизии провели переговоры в Астане."), "2024-05-13"),
    ((HR, "20 мая 2024", "На прошлой неделе министры обороны Казахстана и Киргизии провели переговоры в Бишкеке."), "2024-05"),
    ((HR, "20.05.2024", "Вчера министры обороны Казахстана и Киргизии провели переговоры в Бишкеке."), "2024-05-19"),
    # a year-less day across the new year
    ((H, "5 January 2025", "The defence ministers of Estonia and Finland met on 28 December in Tallinn to sign a training plan."), "2024-12-28"),
    ((HR, "5 января 2025 г.", "Министры обороны Армении и Греции 29 декабря встретились в Ереване и подписали план."), "2024-12-29"),
    # a visit over several days: its first day
    ((HR, "6 марта 2025", "С 3 по 5 марта министр обороны Индии находился с визитом в Бангладеш, где провел переговоры в Дакке."), "2025-03-03"),
    # the date in the last paragraph; an earlier meeting told as background does not win
    ((H, "12 April 2024", "The defence ministers of Norway and Poland signed a plan on joint exercises.",
      "They also discussed air policing.", "The talks were held on 10 April in Oslo."), "2024-04-10"),
    ((HR, "12 апреля 2024", "Министры обороны Норвегии и Польши провели переговоры в Осло.",
      "Предыдущая встреча министров состоялась 3 февраля в Варшаве."), "2024-04-12"),
    # an announced meeting: the day given, the next such day across the new year; none given: null
    ((H, "12 April 2024", "The Japanese defence minister will visit Hanoi on 20 April for talks with his Vietnamese counterpart."), "2024-04-20"),
    ((H, "30 December 2024", "The defence ministers of Estonia and Finland will meet on 3 January in Helsinki."), "2025-01-03"),
    (("Министр посетит Ханой", "12 апреля 2024", "Министр обороны Японии 20 апреля посетит Ханой, где проведет переговоры с вьетнамским коллегой."), "2024-04-20"),
    # an announced weekday is the next such day
    ((H, "Friday, 12 April 2024", "The Japanese defence minister is expected to arrive in Hanoi on Monday for talks."), "2024-04-15"),
    (("Министр посетит Ханой", "12 апреля 2024 года, пятница", "Министр обороны Японии в понедельник посетит Ханой, где проведет переговоры."), "2024-04-15"),
    ((H, "Friday, 12 April 2024", "The Japanese defence minister will visit Hanoi next week, the ministry said on Thursday."), None),
    ((H, "12 April 2024", "The Japanese defence minister will visit Hanoi next week for talks with his Vietnamese counterpart."), None),
    (("Министр посетит Ханой", "12 апреля 2024", "Министр обороны Японии посетит с визитом Ханой, где проведет переговоры."), None),
    (("Министр посетит Ханой", "12 апреля 2024", "Планируется визит министра обороны Японии во Вьетнам, сообщили в министерстве."), None),
    (("Министр посетит Ханой", "12 апреля 2024", "Визит министра обороны Японии во Вьетнам запланирован на осень, сообщили в министерстве."), None),
    # near miss: a meeting held, with the next one planned, is still the report's day
    ((HR, "12 апреля 2024", "Министры обороны Норвегии и Польши провели переговоры в Осло.",
      "Следующая встреча министров запланирована на осень."), "2024-04-12"),
])
def test_the_meeting_date(tmp_path, parts, expected):
    assert _event_date(tmp_path, page(*parts)) == expected


# --------------------------------------------------------------------------- where

@pytest.mark.parametrize("surface, city", [
    ("Аддис-Абебе", "Addis Ababa"), ("Аддис-Абебу", "Addis Ababa"), ("Куала-Лумпуре", "Kuala Lumpur"),
    ("Дар-эс-Саламе", "Dar es Salaam"), ("Буэнос-Айресе", "Buenos Aires"), ("Абудже", "Abuja"), ("Пномпене", "Phnom Penh"),
    ("Найроби", "Nairobi"), ("Улан-Баторе", "Ulaanbaatar"),
])
def test_a_russian_locative_of_a_foreign_city(surface, city):
    assert lookup(surface, "ru")[0] == city


@pytest.mark.parametrize("clause, lang, posting", [
    ("The Russian ambassador ", "en", True),
    ("the defence attaché at the embassy ", "en", True),
    ("Ambassador to Kenya ", "en", True),
    ("who served ", "en", True),
    ("The Russian ambassador met the Kenyan defence minister ", "en", False),
    ("The Indian envoy held talks with the army chief ", "en", False),
    ("Посол России ", "ru", True),
    ("посла Индии ", "ru", True),
    ("Посол России Иван Петров провел ", "ru", False),
    ("Посол Китая встретился с министром обороны ", "ru", False),
])
def test_an_envoys_posting_or_his_meeting(clause, lang, posting):
    assert _posted(clause, lang) is posting


@pytest.mark.parametrize("parts, city", [
    (("Ambassador meets minister", "12 April 2024", "The Russian ambassador met the Kenyan defence minister in Nairobi to discuss training."), "Nairobi"),
    (("Ambassador meets minister", "12 April 2024", "The Russian ambassador in Nairobi met the Kenyan defence minister to discuss training."), None),
    (("Посол встретился с министром", "12 апреля 2024", "Посол России провел в Улан-Баторе встречу с министром обороны Монголии."), "Ulaanbaatar"),
    (("Посол встретился с министром", "12 апреля 2024", "Посол России встретился в Аддис-Абебе с начальником генштаба Эфиопии."), "Addis Ababa"),
    (("Посол встретился с министром", "12 апреля 2024", "Посол России в Эфиопии провел встречу с министром обороны Эфиопии в Аддис-Абебе."), "Addis Ababa"),
    (("Посол встретился с министром", "12 апреля 2024", "Посол России в Кении встретился с министром обороны Кении."), None),
])
def test_where_on_an_embassy_page(tmp_path, parts, city):
    assert _where(tmp_path, page(*parts)) == city


# --------------------------------------------------------------------------- countries in capitals

@pytest.mark.parametrize("text, codes", [
    ("KENYA and UGANDA have agreed on joint border patrols.", ["KE", "UG"]),
    ("KENYA AND UGANDA AGREE ON JOINT BORDER PATROLS", ["KE", "UG"]),
    ("GHANA, TOGO SIGN DEFENCE PACT", ["GH", "TG"]),
    ("The army chiefs of PERU and Chile met in Lima.", ["PE", "CL"]),
    # near misses: a lone shouted word on a caps line
    ("CHAD WINS THE CUP", []),
    ("NEWS | TURKEY | WORLD", []),
])
def test_a_state_in_capitals(text, codes):
    assert [h.code for h in index().find(text, "en")] == codes


# --------------------------------------------------------------------------- the dateline's city: a guest received at home

@pytest.mark.parametrize("parts, city", [
    (("Talks", "3 May 2024", "TBILISI, May 3 (Wire) — Defence Minister Nino Beridze discussed cooperation with a delegation from Latvia."), "Tbilisi"),
    (("Talks", "3 May 2024", "Dhaka, May 3 - The chief of army staff met the visiting Indian defence secretary at army headquarters."), "Dhaka"),
    (("Talks", "3 May 2024", "ACCRA, May 3 (Coast Wire) - The chief of defence staff held talks with a delegation of Togolese officers."), "Accra"),
    (("Встреча", "3 мая 2024", "ДАККА, 3 мая. /Риф/. Начальник штаба армии встретился с прибывшей делегацией Индии."), "Dhaka"),
    # near misses: the guest's visit names its own city; an agency relays talks with no guest received
    (("Talks", "3 May 2024", "MOSCOW, May 3 (Wire) - The Indian defence secretary, visiting Dhaka, met the Bangladeshi army chief."), "Dhaka"),
    (("Talks", "3 May 2024", "MOSCOW, May 3 (Wire) - The Indian defence secretary held talks with Bangladesh's army chief, the ministry said."), None),
])
def test_a_dateline_city_that_received_a_guest(tmp_path, parts, city):
    assert _where(tmp_path, page(*parts)) == city


# --------------------------------------------------------------------------- no date line: the meeting's full date

@pytest.mark.parametrize("parts, expected", [
    (("Министры провели переговоры", "Министры обороны Норвегии и Польши подписали план совместных учений.",
      "Переговоры состоялись 10 апреля 2024 года в Осло."), "2024-04-10"),
    (("Talks in Oslo", "The defence ministers of Norway and Poland signed a plan on joint exercises.",
      "The talks were held on 10 April 2024 in Oslo."), "2024-04-10"),
    # near miss: the full date of an earlier meeting gives only the year
    (("Talks in Oslo", "The ministers of Norway and Poland met in Oslo in 2024 to sign a plan.",
      "They last met on 3 February 2024 in Warsaw."), "2024"),
])
def test_a_page_with_no_date_line_takes_the_meetings_full_date(tmp_path, parts, expected):
    from generator.ingest.reader import read_article_file

    f = tmp_path / "page.txt"
    f.write_text(page(*parts), encoding="utf-8")
    assert read_article_file(f, 2_000_000).date.iso() == expected

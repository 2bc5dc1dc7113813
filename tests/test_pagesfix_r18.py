"""Round 18 (pagesfix): page and source rules found by the walkthrough, tested on sentences written for these tests
(invented outlets and meetings, real officials' names)."""
from __future__ import annotations

import pytest

from generator.ingest.bylines import desk_credit, read_byline
from generator.ingest.reader import parse_text

# ------------------------------------------------------------------ a desk credit names no outlet

_PAGE = ("Armenia and Georgia hold staff talks\n21 June 2026 09:40\n{credit}\nTBILISI: Armenian Defence Minister Suren "
         "Papikyan met Georgian Defence Minister Irakli Chikovani in Tbilisi on Friday and discussed peacekeeping "
         "training.\nThe two ministers agreed to continue the exchange of officers next year, the ministry said.\n")


@pytest.mark.parametrize("credit", ["Staff Report", "News Desk", "Web Desk", "By Staff Reporter", "Our Correspondent",
                                    "Monitoring Desk", "Редакция", "Наш корреспондент"])
def test_desk_credits(credit):
    assert desk_credit(credit)
    assert read_byline(credit) == ([], [])


@pytest.mark.parametrize("credit", ["Report", "By Trend", "APP", "Dawn Report", "Steppe News", "Trend News Agency",
                                    "By Tien Shan Courier staff", "Staff Reporting Unit of the Ministry"])
def test_not_desk_credits(credit):
    assert not desk_credit(credit)


@pytest.mark.parametrize("credit", ["Staff Report", "News Desk", "Monitoring Desk", "Our Correspondent", "Web Desk"])
def test_a_desk_credit_on_a_page_gives_no_source(credit):
    p = parse_text(_PAGE.format(credit=credit))
    assert p.source is None and p.author is None, (p.source, p.author)


def test_a_named_newsroom_still_credits_its_outlet():
    p = parse_text(_PAGE.format(credit="By Caucasus Wire staff"))
    assert p.source == "Caucasus Wire"


# ------------------------------------------------------------------ 'Источник: <outlet>' under the text: the whole name

_RU = ("Главная / Армия\n\nГенштабы Армении и Казахстана провели консультации\n\n03.10.2026 14:20\n\nНачальник "
       "Генерального штаба Армении Эдуард Асрян 2 октября провел в Ереване консультации с делегацией Генштаба "
       "Казахстана.\n\nСтороны обсудили подготовку офицеров и обмен опытом миротворческих подразделений.\n\n{foot}\n")


@pytest.mark.parametrize("foot,word", [("Источник: Ереванская правда", "pravda"),
                                       ("Источник: Казахстанская правда, 3 октября 2026", "pravda"),
                                       ("Источник: «Степная звезда»", "zvezda")])
def test_a_source_line_credits_the_whole_russian_title(foot, word):
    got = parse_text(_RU.format(foot=foot)).source
    assert got and word in got.lower(), got


@pytest.mark.parametrize("foot,bad", [
    # a sentence after the cue: the name is not the whole line
    ("Источник: Армянское агентство сообщило об этом в пятницу вечером.", "сообщило"),
    ("Источник: АрмИнфо, 3 октября", "3"),
])
def test_a_source_line_stops_where_the_name_does(foot, bad):
    got = parse_text(_RU.format(foot=foot)).source or ""
    assert bad not in got.lower() and "soobshchilo" not in got.lower(), got


# ------------------------------------------------------------------ the sign-off under the text ends at a related list

_DRILL = ("СТЕПНОЙ ДОЗОР | Главная | Армия | Флот\nКазахстан и Узбекистан провели совместные учения\n\n5 октября 2026\n\n"
          "Совместные учения подразделений армий Казахстана и Узбекистана прошли 4 октября под Шымкентом, в них "
          "участвовали около 300 военнослужащих.\n\nНа учениях отрабатывались действия по охране границы.\n\n{foot}\n")


@pytest.mark.parametrize("foot", [
    "Самое популярное\nМинобороны Узбекистана получит новые вертолеты\nВ Ташкенте прошел парад",
    "Читайте также\nМинистерство обороны Узбекистана\nВ Ташкенте прошел парад",
    # no heading: the line's finite verb makes it a title
    "Минобороны Узбекистана закупило новые вертолеты\nВ Ташкенте прошел парад",
    "Ministry of Defence of Uzbekistan to receive new helicopters\nParade held in Tashkent",
])
def test_a_related_title_is_no_signoff(foot):
    assert parse_text(_DRILL.format(foot=foot)).source != "Ministry of Defence of Uzbekistan"


@pytest.mark.parametrize("foot", ["Пресс-служба\nМинистерства обороны Узбекистана",
                                  "Управление информации\nМинистерства обороны\nРеспублики Узбекистан"])
def test_a_real_signoff_is_kept(foot):
    assert parse_text(_DRILL.format(foot=foot)).source == "Ministry of Defence of Uzbekistan"


# ------------------------------------------------------------------ a dateline lead under a credit is the text

_KARACHI = ("Pakistan, Turkey review naval cooperation\n05/10/2026\n{credit}\n{lead}\nDuring the meeting, matters of "
            "mutual interest and maritime security were discussed, the spokesman said.\nThe visiting admiral laid a wreath at "
            "the martyrs' monument.\n")
_LEAD = ("KARACHI: Chief of the Naval Staff Admiral Naveed Ashraf received Commander of the Turkish Naval Forces Admiral "
         "Ercument Tatlioglu at the Naval Headquarters on Friday.")


@pytest.mark.parametrize("credit", ["Staff Report", "News Desk"])
def test_a_dateline_lead_under_a_credit_is_the_lead(credit):
    p = parse_text(_KARACHI.format(credit=credit, lead=_LEAD))
    assert p.body.startswith("KARACHI: Chief of the Naval Staff"), p.body[:80]
    assert "the spokesman said" in p.body and "laid a wreath" in p.body  # the paragraphs under it too


@pytest.mark.parametrize("lead", [_LEAD.replace("KARACHI:", "KARACHI, Oct 4 (Steppe Wire) –"),
                                  _LEAD.replace("KARACHI:", "KARACHI (Steppe Wire) -")])
def test_other_dateline_shapes(lead):
    p = parse_text(_KARACHI.format(credit="Staff Report", lead=lead))
    assert p.body.startswith("KARACHI"), p.body[:80]


def test_a_short_line_after_a_city_stays_what_it_was():
    """'KARACHI: live updates' is no sentence: the rule leaves it to the model."""
    p = parse_text(_KARACHI.format(credit="Staff Report", lead="KARACHI: live updates\n" + _LEAD))
    assert not p.body.startswith("KARACHI: live"), p.body[:80]

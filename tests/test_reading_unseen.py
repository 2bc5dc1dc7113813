"""Dates and sources on outlets and layouts never seen (issue 11, round 3).

Every page is written for these tests, in our own words, with invented outlets (SteppeWire,
KarakumNews, "Степной вестник", steppeherald.kz ...) that ``data/sources.yaml`` does not list: the
source has to be read from how the text credits it, not looked up. The date layouts are ones the
corpus does not have (a date under the last paragraph, 'Updated' before 'Published', numeric
dates whose day and month only the rest of the page tells apart).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.ingest import htmlpage
from generator.ingest.draft import HIDE_OUTLETS_ENV, outlet_name, outlet_shaped, outlets
from generator.ingest.reader import parse_text
from generator.text.dates import find_dates, numeric_order

EN1 = ("Defence Minister Aigerim Bekova met her Mongolian counterpart Batbayar Dorj in Astana on Tuesday to discuss "
       "joint training of officers and the supply of equipment to the border units.")
EN2 = "The two ministers agreed to hold a joint staff exercise in the autumn and to exchange cadets next year."
RU1 = ("Министр обороны Казахстана Айгерим Бекова провела во вторник в Астане переговоры с министром обороны "
       "Монголии Батбаяром Доржем о подготовке офицеров и поставках техники.")
RU2 = "Стороны договорились провести совместные штабные учения осенью и обменяться курсантами в следующем году."
H = "Kazakhstan and Mongolia agree on officer training"
HR = "Казахстан и Монголия договорились о подготовке офицеров"


def page(*parts: str) -> str:
    return "\n\n".join(parts)


def test_invented_outlets_are_not_listed():
    for name in ("SteppeWire", "KarakumNews", "Karavan", "TURKMENWIRE", "steppeherald.kz", "Steppe Press Agency",
                 "Степной вестник", "Степь-Инфо", "Oasis Daily", "Tarlan"):
        assert outlet_name(name) is None, name


# --------------------------------------------------------------------------- dates

DATES = [
    ("weekday under the headline", page(H, "Thursday, 12 March 2020", EN1, EN2), "2020-03-12"),
    ("published ago, updated numeric", page(H, "Published 3 hours ago | Updated: 12.03.2020", EN1, EN2), "2020-03-12"),
    ("ru 'Опубликовано' with 'г.'", page(HR, "Опубликовано: 12 марта 2020 г.", RU1, RU2), "2020-03-12"),
    ("ISO timestamp with zone", page(H, "2020-03-12T09:15:00+03:00", EN1, EN2), "2020-03-12"),
    ("date alone under the last paragraph", page(H, EN1, EN2, "12.03.2020"), "2020-03-12"),
    ("ru date alone under the text, with time", page(HR, RU1, RU2, "12.03.2020 18:40"), "2020-03-12"),
    ("ru short month with time", page(HR, "12 мар 2020, 10:38", RU1, RU2), "2020-03-12"),
    ("two-digit year", page(H, "12.03.20", EN1, EN2), "2020-03-12"),
    ("'at' time and zone", page(H, "March 12, 2020 at 9:15 am EST", EN1, EN2), "2020-03-12"),
    ("short page: date line and one paragraph", page(H, "12 March 2020", EN1), "2020-03-12"),
    ("short ru page: numeric and time", page(HR, "12.03.2020 | 10:38", RU1), "2020-03-12"),
    ("byline and date on one line", page(H, "By Aigerim Bekova | March 12, 2020", EN1, EN2), "2020-03-12"),
    ("ru updated before published", page(HR, "Обновлено 13.03.2020 09:00 | Опубликовано 12.03.2020 18:00", RU1, RU2), "2020-03-12"),
    ("en updated before published", page(H, "Updated: 14/03/2020 | Published: 12/03/2020", EN1, EN2), "2020-03-12"),
    ("page clock above, date below the headline", page("Friday, 27 November 2026 10:05", H, "12 March 2020 | 14:00", EN1, EN2), "2020-03-12"),
    ("time in brackets", page(H, "12.03.2020 [17:13]", EN1, EN2), "2020-03-12"),
    ("ru weekday and 'года'", page(HR, "четверг, 12 марта 2020 года", RU1, RU2), "2020-03-12"),
    ("time first, then weekday and date", page(H, "14:20, Thursday 12 March 2020", EN1, EN2), "2020-03-12"),
    ("date, time and an outlet on one line", page(H, "12 March 2020 - 14:20 - SteppeWire", EN1, EN2), "2020-03-12"),
    ("section, bulleted date and clock above the headline", page("Region", "• 12 March, 2020", "• 14:20", H, EN1, EN2), "2020-03-12"),
    # numeric dates both readings fit: decided by the page, not by habit
    ("slashes, English, nothing to decide: month first", page(H, "Posted: 05/09/2018", EN1, EN2), "2018-05-09"),
    ("slashes, the page writes day first elsewhere", page(H, "Posted: 05/09/2018", EN1, EN2, "Earlier: 23/05/2018 Ministers met in Minsk"), "2018-09-05"),
    ("slashes, the page writes month first elsewhere (ru)", page(HR, "05/09/2018", RU1, RU2, "05/23/2018 Другие новости"), "2018-05-09"),
    ("slashes, the meeting day in words decides", page(H, "Posted: 05/09/2018", EN1.replace("on Tuesday", "on 4 September"), EN2), "2018-09-05"),
    ("dots, the meeting day in words decides", page(H, "04.05.2018", EN1.replace("on Tuesday", "on April 3"), EN2), "2018-04-05"),
    ("ru slashes, nothing to decide: day first", page(HR, "05/09/2018", RU1, RU2), "2018-09-05"),
]


@pytest.mark.parametrize("text, want", [pytest.param(t, w, id=i) for i, t, w in DATES])
def test_date_layouts(text, want):
    p = parse_text(text)
    assert p.date is not None and p.date.iso() == want, p.why.get("date")


def test_a_clock_with_a_year_above_a_menu_word_does_not_date_the_page():
    # the page's own clock at the top, then a menu entry, then the article: no date of the article
    p = parse_text(page("27 November 2026, 07:31", "more", H, EN1, EN2))
    assert p.date is None or p.date.iso() != "2026-11-27", p.why.get("date")


def test_month_first_with_a_day_over_19_is_found():
    assert [d.iso() for d, *_ in find_dates("Posted 05/23/2018")] == ["2018-05-23"]
    assert numeric_order("05/09/2018 and 05/23/2018") == "mdy"
    assert numeric_order("05/09/2018 and 23/05/2018") == "dmy"
    assert numeric_order("05/09/2018 and 23/05/2018, 05/23/2018") is None  # inconsistent: no evidence
    assert numeric_order("05/09/2018") is None


def test_a_dated_list_under_the_text_does_not_date_the_article():
    text = page(H, EN1, EN2, "Related", "Ministers meet in Minsk", "11.02.2019")
    p = parse_text(text)
    assert p.date is None or p.date.iso() != "2019-02-11", p.why.get("date")


# --------------------------------------------------------------------------- sources never listed

SOURCES = [
    ("'X has learned'", page(H, EN1 + " SteppeWire has learned.", EN2), "SteppeWire"),
    ("a one-word newsroom 'has learned'", page(H, "Oasis has learned that " + EN1[0].lower() + EN1[1:], EN2), "Oasis"),
    ("', X reported.' with an outlet-shaped name", page(H, EN1[:-1] + ", KarakumNews reported.", EN2), "KarakumNews"),
    ("'X informs'", page(H, EN1[:-1] + ", Tarlan informs.", EN2), "Tarlan"),
    ("'/Agency/' after the place", page(H, "Ashgabat /Karavan/. " + EN1, EN2), "Karavan"),
    ("'CITY. AGENCY' in capitals", page(H, "ASHGABAT. TURKMENWIRE " + EN1, EN2), "TURKMENWIRE"),
    ("'City. date. AGENCY.RU -'", page(HR, "Ашхабад. 12 марта. STEPNOY.RU - " + RU1, RU2), "STEPNOY.RU"),
    ("a web address alone at the foot", page(H, EN1, EN2, "steppeherald.kz"), "steppeherald.kz"),
    ("'X Agency' in a foot notice", page(H, EN1, EN2, "", "Steppe Press Agency publishes a part of its reports on this site. "
                                                      "Contact us for a subscription."), "Steppe Press Agency"),
    ("'© Wire / Site' above the site's own footer", page(H, EN1, EN2, "© 2024 STEPPEWIRE / Coastal Media Group. All rights reserved.",
                                                        "Copyright © 2020 - 2024 Coastal Media | Design by Studio"), "STEPPEWIRE"),
    ("ru 'передает X со ссылкой на'", page(HR, "Как передает Karavan со ссылкой на пресс-службу ведомства, " + RU1[0].lower() + RU1[1:], RU2), "Karavan"),
    ("ru '/АГЕНТСТВО/' in capitals, given in Latin", page(HR, "Ашхабад, 12 марта /СТЕПЬ-ИНФО/. " + RU1, RU2), "STEP-INFO"),
    ("', reports X.' closing a sentence", page(H, EN1[:-1] + ", reports Steppe Wire.", EN2), "Steppe Wire"),
    ("ru Latin name after a verb of telling", page(HR, RU1[:-1] + ", сообщает Caspian Wire.", RU2), "Caspian Wire"),
    ("ru masthead credited again in a caption", page("Степной вестник", HR, "Фото: Иван Петров / «Степной вестник»", RU1, RU2),
     "Stepnoy vestnik"),
]


@pytest.mark.parametrize("text, want", [pytest.param(t, w, id=i) for i, t, w in SOURCES])
def test_sources_never_listed(text, want):
    p = parse_text(text)
    assert p.source == want, p.why.get("source")


NO_SOURCE = [
    ("an organisation reported", page(H, EN1[:-1] + ", NATO reported.", EN2)),
    ("a person informed", page(H, EN1, "Bekova informed the guests about the new training centre.", EN2)),
    # (r17: under a reporter's byline; on a page that signs no person it names the ministry: tests/test_fixsrc_r17.py)
    ("a ministry reported", page(H, "By Aigerim Nurlanova", EN1[:-1] + ", the Defence Ministry reported.", EN2)),
    ("a name with an inner capital that is a person's", page(H, EN1, "McAllister reported the results to the committee.", EN2)),
    ("a masthead not credited again", page("Steppe Notes", H, EN1, EN2)),
    ("ru a Cyrillic person after a verb of telling", page(HR, RU1[:-1] + ", сообщил Айдар Сейтов.", RU2)),
    ("', reports the ministry'", page(H, EN1[:-1] + ", reports the Defence Ministry.", EN2)),
]


@pytest.mark.parametrize("text", [pytest.param(t, id=i) for i, t in NO_SOURCE])
def test_no_outlet_is_invented(text):
    p = parse_text(text)
    assert p.source is None, (p.source, p.why.get("source"))


def test_outlet_shape():
    for yes in ("BelTA", "DawnNews", "KAZINFORM", "News.Az", "ТАСС", "Steppe Daily"):
        assert outlet_shaped(yes), yes
    for no in ("Sargsyan", "Defense Ministry", "NATO", "ОДКБ", "McDonald", "Vigen Sargsyan"):
        assert not outlet_shaped(no), no


# --------------------------------------------------------------------------- a republished story (.txt and .html alike)

def test_a_wire_credit_beats_the_republishing_site_in_html_and_txt():
    body = ("<p>ASTANA, March 12 (SteppeWire) – " + EN1 + "</p><p>" + EN2 + "</p>")
    html = ("<html lang='en'><head><title>" + H + "</title><meta property='og:site_name' content='Coastal Gazette'>"
            "</head><body><article><h1>" + H + "</h1>" + body + "</article></body></html>")
    p = htmlpage.parse_html(html.encode(), "x.html")
    assert p.source == "SteppeWire", p.why.get("source")
    t = parse_text(page("Coastal Gazette", H, "ASTANA, March 12 (SteppeWire) – " + EN1, EN2))
    assert t.source == "SteppeWire", t.why.get("source")
    # no credit in the text: the site's declared name is the source
    html2 = html.replace(" (SteppeWire) –", ",")
    p2 = htmlpage.parse_html(html2.encode(), "x.html")
    assert p2.source == "Coastal Gazette", p2.why.get("source")


# --------------------------------------------------------------------------- the leave-outlet-out check

def test_hidden_outlets_are_read_as_unlisted(monkeypatch):
    assert outlet_name("Trend") == "Trend"
    monkeypatch.setenv(HIDE_OUTLETS_ENV, "trend.az")
    assert outlet_name("Trend") is None and outlet_name("Trend News Agency") is None
    assert "trend" not in outlets()
    # a credit the text gives in an unmistakable shape is still read
    p = parse_text(page(H, "BAKU, March 12 (Trend) – " + EN1, EN2))
    assert p.source == "Trend", p.why.get("source")
    monkeypatch.delenv(HIDE_OUTLETS_ENV)
    assert outlet_name("Trend") == "Trend"


def test_outlet_groups_keep_an_outlet_on_one_side(tmp_path: Path):
    from generator.quality.evaluate import outlet_groups

    rows = {"101": ("https://www.steppe.kz/a", "SteppeWire"), "102": ("https://steppe.kz/b", None),
            "103": ("https://mirror.example/c", "SteppeWire"), "104": ("https://other.example/d", "Oasis"),
            "105": ("https://third.example/e", None), "106": ("https://amp.fourth.example/f", "Karavan")}
    for stem, (url, src) in rows.items():
        (tmp_path / f"{stem}.yml").write_text(f"url: {url}\nsource: {src or 'null'}\n", encoding="utf-8")
    folds, hidden = outlet_groups(sorted(tmp_path.glob("*.yml")), n=3)
    assert sorted(set().union(*folds)) == sorted(rows)
    together = next(f for f in folds if "101" in f)
    assert {"101", "102", "103"} <= together  # one host, or one credited source: one outlet
    k = folds.index(together)
    assert {"steppewire", "steppe.kz", "mirror.example"} <= hidden[k]
    assert all(not (a & b) for i, a in enumerate(folds) for b in folds[i + 1:])
    assert os.environ.get(HIDE_OUTLETS_ENV) is None


# --------------------------------------------------------------------------- the outlet as a masthead (round 4)

MASTHEADS = [
    ("masthead with a tagline, named again in a tail sentence",
     page("Tarlan Dispatch — independent news from the steppe since 2009", H, EN1, EN2,
          "Tarlan Dispatch is published monthly by a group of volunteers."), "Tarlan Dispatch"),
    ("all-caps masthead with its name in another script",
     # (round 11: a masthead in capitals is given as names are written, never left in capitals: tests/test_credits_r11.py)
     page("OASIS DAILY Оазис Дейли", H, EN1, EN2), "Oasis Daily"),
    ("ru masthead in guillemets with an outlet word",
     page("«КАРАКУМ-ОБОЗРЕНИЕ»", HR, RU1, RU2), "KARAKUM-OBOZRENIYE"),  # a name in capitals stays in capitals (not "…OBOZRENIYe")
    ("second line masthead under a menu, credited in a 'more from' line",
     page("Home", "STEPPE LEDGER", H, EN1, EN2, "MORE FROM STEPPE LEDGER"), "Steppe Ledger"),  # (round 11: not in capitals)
    ("masthead named in a copyright line with a rights sentence",
     page("Tien Shan Notes", H, EN1, EN2, "Tien Shan Notes © 2023 — Reproduction prohibited without permission"),
     "Tien Shan Notes"),
    ("ru masthead named again in a photo credit",
     page("Горный листок", HR, RU1, RU2, "Фото: Горный листок / Айдар Сейтов"), "Gorny listok"),
]


@pytest.mark.parametrize("text, want", [pytest.param(t, w, id=i) for i, t, w in MASTHEADS])
def test_masthead_is_the_source(text, want):
    p = parse_text(text)
    assert p.source == want, p.why.get("source")


NOT_MASTHEADS = [
    ("a section label above the headline", page("Politics", H, EN1, EN2)),
    ("a country above the headline", page("Mongolia", H, EN1, EN2, "More news from Mongolia")),
    ("ru a section label", page("Политика", HR, RU1, RU2)),
    ("a person's name above the headline, named again", page("Aidar Seitov", H, EN1, EN2, "Aidar Seitov")),
    ("a generic news label", page("Latest News", H, EN1, EN2)),
    ("ru a generic news label", page("Главные новости", HR, RU1, RU2)),
]


def test_a_listed_outlet_inside_a_longer_masthead_is_not_the_source():
    # 'Report' and 'Ведомости' are listed outlets; a longer masthead holding them is another outlet
    assert outlet_name("Report") and outlet_name("Ведомости")
    p = parse_text(page("KHAZAR REPORT", H, EN1, EN2, "MORE FROM KHAZAR REPORT"))
    assert p.source == "Khazar Report", p.why.get("source")  # (round 11: a caps masthead is given in title case)
    p = parse_text(page("«НАРЫНСКИЕ ВЕДОМОСТИ»", HR, RU1, RU2))
    # (round 11: the caps masthead is read in sentence case first, which the transliterator spells '-ie')
    assert p.source.casefold() in ("narynskiye vedomosti", "narynskie vedomosti"), p.why.get("source")


@pytest.mark.parametrize("text", [pytest.param(t, id=i) for i, t in NOT_MASTHEADS])
def test_not_a_masthead(text):
    p = parse_text(text)
    assert p.source is None, (p.source, p.why.get("source"))


# --------------------------------------------------------------------------- byline cues (round 4)

BYLINES = [
    ("'Text: Name'", page(H, "Text: Aidar Seitov", EN1, EN2), "Aidar Seitov"),
    ("'Words by Name' at the foot", page(H, EN1, EN2, "Words by Aidar Seitov"), "Aidar Seitov"),
    ("ru 'Текст: Name'", page(HR, RU1, RU2, "Текст: Айдар Сейтов"), "Aidar Seitov"),
    ("ru 'Материал подготовила Name'", page(HR, RU1, RU2, "Материал подготовила Лина Панченко"), "Lina Panchenko"),
    ("ru 'Материал подготовил Name' above the text", page(HR, "Материал подготовил Айдар Сейтов", RU1, RU2), "Aidar Seitov"),
    ("'Posted on <date> by Name'", page(H, "Posted on April 4, 2024 by Aidar Seitov", EN1, EN2), "Aidar Seitov"),
]


#: A Cyrillic byline comes out in Latin script (round 5: the corpus convention for every person's name).
@pytest.mark.parametrize("text, want", [pytest.param(t, w, id=i) for i, t, w in BYLINES])
def test_byline_cues(text, want):
    p = parse_text(text)
    assert p.author == want, p.why.get("author")


def test_posted_on_keeps_the_date():
    p = parse_text(page(H, "Posted on April 4, 2024 by Aidar Seitov", EN1, EN2))
    assert str(p.date) == "2024-04-04"
    p = parse_text(page(H, "Text messages from the border units reached the minister on Tuesday evening, officials said.", EN1))
    assert p.author is None

"""Round 16: the page's own date in any form, never a clock, tested as a generated matrix.

Every page here is written for this test (our own words, an invented outlet, the Caspian Ledger /
Каспийский вестник, invented meetings), in English and Russian. A page is composed of a SHAPE (where the
article's own stamp stands: under the headline, above it under the menu, under a byline, in the
byline's line, after the text as 'Published: …', the daily's masthead over the site's menu with an
undated 'Doha (QPA):' dateline, a dated lead dateline), a FORM of the date (ISO, numeric with dots,
dashes and slashes, 2- and 4-digit years, month names and abbreviations, weekdays, ordinals, times and
zones after it, 'Published/Updated/…' cues, '2025 M05 08', a Hijri date beside the Gregorian one,
month precision) and a DISTRACTOR that must never be the date (a clock and weather line, currency
rates 'as of', dated lists of other articles above and below, a copyright year, a widget's 'updated',
another event's date in the text, a dated photo caption). The article's date is Thursday 8 May 2025
(day and month both <= 12: every numeric form is ambiguous).

The full product runs as `slow`; the fast suite runs every form in every shape with no distractor and
with one distractor in rotation, and every distractor with a core set of forms in every shape.
"""
from __future__ import annotations

import itertools

import pytest

from generator.ingest.reader import parse_text
from generator.model import PartialDate as D
from generator.text.dates import date_only, find_dates

from test_pages_r9 import _event_date  # the event-date reader round 9 wrote

EN_HEAD = "Azerbaijan and Georgia agree on joint staff training"
RU_HEAD = "Азербайджан и Грузия договорились о совместной подготовке штабов"
EN_BODY = [
    "The defence ministers of Azerbaijan and Georgia met in Baku and discussed joint staff training, border security and "
    "military medicine, the ministry said in a statement.",
    "The two sides agreed to hold a command post exercise next autumn and to exchange cadets between their military "
    "academies, officials said after the meeting.",
    "The Georgian delegation also visited a peacekeeping training centre outside the capital, where it watched a "
    "demonstration by a mixed company of engineers.",
]
RU_BODY = [
    "Министры обороны Азербайджана и Грузии встретились в Баку и обсудили совместную подготовку штабов, охрану "
    "границы и военную медицину, сообщило министерство.",
    "Стороны договорились провести командно-штабное учение следующей осенью и обменяться курсантами военных академий, "
    "сообщили участники встречи.",
    "Грузинская делегация также посетила учебный центр миротворцев под столицей, где ей показали работу сводной "
    "инженерной роты.",
]
EN_MENU = ["Home", "News", "Politics", "Region", "Opinion", "Contacts"]
RU_MENU = ["Главная", "Новости", "Политика", "Регион", "Мнения", "Контакты"]
TEXT = {"en": (EN_HEAD, EN_BODY, EN_MENU, "By Leyla Mammadova"), "ru": (RU_HEAD, RU_BODY, RU_MENU, "Лейла Мамедова")}

T = D(2025, 5, 8)
FORMS = {
    "en": [
        ("iso", "2025-05-08", T),
        ("dots dmy", "08.05.2025", T),
        ("dashes dmy", "08-05-2025", T),
        ("dots 2y", "08.05.25", T),
        ("slash unambiguous dmy", "18/05/2025", D(2025, 5, 18)),
        ("slash unambiguous mdy", "05/18/2025", D(2025, 5, 18)),
        ("slash 2y unambiguous", "18/05/25", D(2025, 5, 18)),
        ("d month y", "8 May 2025", T),
        ("month d, y", "May 8, 2025", T),
        ("weekday d month y", "Thursday, 8 May 2025", T),
        ("weekday month d, y", "Thursday, May 8, 2025", T),
        ("abbr dot", "Sept. 4, 2025", D(2025, 9, 4)),
        ("abbr sep", "Sep 4, 2025", D(2025, 9, 4)),
        ("abbr jan.", "Jan. 9, 2025", D(2025, 1, 9)),
        ("d abbr y", "9 Jan 2025", D(2025, 1, 9)),
        ("ordinal md", "May 8th, 2025", T),
        ("ordinal dm", "8th May 2025", T),
        ("time gmt+4", "8 May 2025 14:05 GMT+4", T),
        ("pipe time", "08.05.2025 | 20:06", T),
        ("ast", "May 8, 2025 14:05 AST", T),
        ("utc+3", "8 May 2025, 14:05 (UTC+3)", T),
        ("time first", "14:05, 08.05.2025", T),
        ("published", "Published: 8 May 2025", T),
        ("updated", "Updated: 8 May 2025 14:05", T),
        ("posted", "Posted: May 8, 2025", T),
        ("last modified", "Last modified: 08.05.2025", T),
        ("date:", "Date: 08.05.2025", T),
        ("y M m d", "2025 M05 08", T),
        ("year first", "2025, May 8", T),
        ("year first, time", "2025 May 08 14:05", T),
        ("hijri", "Thursday 8 May 2025 – 10 Dhul Qadah 1446", T),
        ("hijri ah", "8 May 2025 / 10 Dhu al-Qadah 1446 AH", T),
        ("month only", "May 2025", D(2025, 5)),
        ("iso month", "2025-05", D(2025, 5)),
        ("iso T", "2025-05-08T14:05:00+04:00", T),
        ("weekday pipe time", "Thursday, 08 May 2025 | 14:05", T),
    ],
    "ru": [
        ("iso", "2025-05-08", T),
        ("dots", "08.05.2025", T),
        ("dots 2y", "08.05.25", T),
        ("slash", "08/05/2025", T),
        ("d month y", "8 мая 2025", T),
        ("d month y g.", "8 мая 2025 г.", T),
        ("d month y goda", "8 мая 2025 года", T),
        ("weekday", "четверг, 8 мая 2025", T),
        ("Weekday cap", "Четверг, 8 мая 2025 г., 14:05", T),
        ("abbr янв.", "9 янв. 2025", D(2025, 1, 9)),
        ("abbr сент.", "4 сент. 2025", D(2025, 9, 4)),
        ("abbr сен", "4 сен 2025, 10:15", D(2025, 9, 4)),
        ("msk", "08 мая 2025, 14:05 MSK", T),
        ("мск", "08.05.2025 14:05 (мск)", T),
        ("utc+3", "8 мая 2025, 14:05 (UTC+3)", T),
        ("опубликовано", "Опубликовано: 08.05.2025", T),
        ("обновлено", "Обновлено: 08.05.2025 14:05", T),
        ("дата публикации", "Дата публикации: 08.05.2025", T),
        ("time first", "14:05, 08.05.2025", T),
        ("pipe time", "08.05.2025 | 20:06", T),
        ("month only", "Май 2025", D(2025, 5)),
        ("iso T", "2025-05-08T14:05:00+03:00", T),
    ],
}
CORE = {"en": {"dots dmy", "month d, y", "weekday pipe time"},
        "ru": {"dots", "d month y g.", "Weekday cap"}}

DISTRACTORS = {
    "en": {
        "none": ([], [], None, None),
        "clock+weather": (["Friday, 29 November 2024 | Baku +12°C"], [], None, None),
        "rates": (["USD 1.7000 | EUR 1.7721 as of 22/11/2024"], [], None, None),
        "related above": (["Latest news", "Armenia opens a new border crossing with Iran", "12.11.2024 10:15",
                           "Heavy rain expected in the capital on Sunday", "11.11.2024 18:40"], [], None, None),
        "related below": ([], ["Related news", "Armenia opens a new border crossing with Iran", "12.11.2024",
                               "Heavy rain expected in the capital on Sunday", "11.11.2024"], None, None),
        "copyright": ([], ["© 2008–2026 Caspian Ledger. All rights reserved."], None, None),
        "widget updated": (["Weather in Baku: +12°C, updated 22.11.2024 09:00"], [], None, None),
        "body date": ([], [], "The two countries signed a framework agreement on 14 March 2019 in Tbilisi.", None),
        "caption": ([], [], None, "Photo: the ministers at the meeting in Baku, 3 March 2024 / Caspian Ledger"),
    },
    "ru": {
        "none": ([], [], None, None),
        "clock+weather": (["Пятница, 29 ноября 2024 | Баку +12°C"], [], None, None),
        "rates": (["USD 1.7000 | EUR 1.7721 на 22.11.2024"], [], None, None),
        "related above": (["Последние новости", "Армения открыла новый пункт пропуска на границе с Ираном",
                           "12.11.2024 10:15", "В столице в воскресенье ожидается сильный дождь", "11.11.2024 18:40"],
                          [], None, None),
        "related below": ([], ["Читайте также", "Армения открыла новый пункт пропуска на границе с Ираном", "12.11.2024",
                               "В столице в воскресенье ожидается сильный дождь", "11.11.2024"], None, None),
        "copyright": ([], ["© 2008–2026 Каспийский вестник. Все права защищены."], None, None),
        "widget updated": (["Погода в Баку: +12°C, обновлено 22.11.2024 09:00"], [], None, None),
        "body date": ([], [], "Страны подписали рамочное соглашение 14 марта 2019 года в Тбилиси.", None),
        "caption": ([], [], None, "Фото: министры на встрече в Баку, 3 марта 2024 г. / Каспийский вестник"),
    },
}
CUES = ("Published", "Posted", "Date", "Updated", "Last modified", "Опубликовано", "Дата публикации", "Обновлено")
SHAPES = ["under headline", "above headline", "under headline with byline", "byline | date", "foot published"]
# the daily's masthead date over the site's menu (the lead's dateline gives no date), and a dated lead dateline
MASTHEAD_FORMS = {"en": {"d month y", "month d, y", "weekday d month y", "weekday month d, y", "hijri", "hijri ah",
                         "ordinal dm", "dots dmy", "iso"},
                  "ru": {"d month y", "d month y g.", "weekday", "dots", "iso"}}
DATELINE_FORMS = {"en": {"d month y", "month d, y", "abbr dot", "abbr sep", "abbr jan.", "ordinal md", "ordinal dm",
                         "dots dmy", "iso"},
                  "ru": {"d month y", "d month y g.", "d month y goda", "abbr янв.", "abbr сент.", "dots"}}
# a masthead's date beside widgets and lists of other days is undecidable from the text: those stay out
MASTHEAD_DISTRACTORS = {"none", "related below", "copyright", "body date", "caption"}


def page(*parts: str) -> str:
    return "\n\n".join(parts) + "\n"


def build(lang: str, shape: str, stamp: str, distractor: str) -> str:
    head, body, menu, by = TEXT[lang]
    top, bottom, extra, cap = DISTRACTORS[lang][distractor]
    body = list(body)
    if extra:
        body[1] = body[1] + " " + extra
    caps = [cap] if cap else []
    if shape == "under headline":
        parts = top + menu + [head, stamp] + caps + body
    elif shape == "above headline":
        parts = top + menu + [stamp, head] + caps + body
    elif shape == "under headline with byline":
        parts = top + menu + [head, by, stamp] + caps + body
    elif shape == "byline | date":
        parts = top + menu + [head, f"{by} | {stamp}"] + caps + body
    elif shape == "foot published":
        cued = stamp.split(":")[0] in CUES
        parts = top + menu + [head] + caps + body + [stamp if cued else ("Published: " if lang == "en" else "Опубликовано: ") + stamp]
    elif shape == "masthead":
        body[0] = ("Doha (QPA): " if lang == "en" else "ДОХА, QPA. ") + body[0]
        parts = top + [stamp] + menu + [head] + caps + body
    elif shape == "dateline":
        body[0] = (f"BAKU, {stamp} (Caspian Wire) – " if lang == "en" else f"БАКУ, {stamp} – Каспийский вестник. ") + body[0]
        parts = top + menu + [head] + caps + body
    else:
        raise ValueError(shape)
    return page(*(parts + bottom))


def matrix():
    """Every case as (id, lang, shape, stamp, distractor, expected, fast)."""
    for lang in ("en", "ru"):
        names = list(DISTRACTORS[lang])
        for i, ((fid, stamp, want), shape, dist) in enumerate(itertools.product(FORMS[lang], SHAPES, names)):
            fast = dist == "none" or fid in CORE[lang] or names.index(dist) == 1 + (i // len(names)) % (len(names) - 1)
            yield f"{lang}|{fid}|{shape}|{dist}", lang, shape, stamp, dist, want, fast
        for (fid, stamp, want), dist in itertools.product(FORMS[lang], names):
            if fid in MASTHEAD_FORMS[lang] and dist in MASTHEAD_DISTRACTORS:
                yield f"{lang}|{fid}|masthead|{dist}", lang, "masthead", stamp, dist, want, dist in ("none", "caption")
            if fid in DATELINE_FORMS[lang]:
                yield f"{lang}|{fid}|dateline|{dist}", lang, "dateline", stamp, dist, want, dist in ("none", "rates", "related above")


CASES = [pytest.param(lang, shape, stamp, dist, want, id=cid, marks=() if fast else pytest.mark.slow)
         for cid, lang, shape, stamp, dist, want, fast in matrix()]


@pytest.mark.parametrize("lang, shape, stamp, distractor, want", CASES)
def test_the_page_date_matrix(lang, shape, stamp, distractor, want):
    p = parse_text(build(lang, shape, stamp, distractor))
    assert p.date == want, p.why.get("date")


def test_the_matrix_covers_every_form_shape_and_distractor_in_the_fast_run():
    fast = [(lang, shape, stamp, dist) for _cid, lang, shape, stamp, dist, _w, f in matrix() if f]
    for lang in ("en", "ru"):
        assert {s for _l, _sh, s, _d in fast if _l == lang} == {s for _f, s, _w in FORMS[lang]}
        assert {(sh, d) for _l, sh, _s, d in fast if _l == lang} >= set(itertools.product(SHAPES, DISTRACTORS[lang]))


# --------------------------------------------------------------------------- pages of one shape each

PAGES = [
    # a daily's own edition stamp in its masthead, over the site's menu, and a dateline with no date
    ("masthead with a Hijri date", page("Thursday 8 May 2025 – 10 Dhul Qadah 1446", *EN_MENU, EN_HEAD,
                                        "Doha (QPA): " + EN_BODY[0], *EN_BODY[1:]), T),
    ("masthead with a Hijri date, month first", page("Thursday, 8 May 2025 | Dhul Qadah 10, 1446 AH", *EN_MENU, EN_HEAD,
                                                     "Doha (QPA): " + EN_BODY[0], *EN_BODY[1:]), T),
    ("masthead with a Hijri month's apostrophe, a one-line menu",
     page("Thursday, May 08, 2025 | Dhul-Qa'dah 10, 1446", "Home | News | Qatar | Business | Sport", EN_HEAD,
          "Doha (QPA): " + EN_BODY[0], *EN_BODY[1:]), T),
    ("masthead under the logo", page("The Gulf Ledger", "Thursday, 8 May 2025", *EN_MENU, EN_HEAD, "Doha (QPA): " + EN_BODY[0],
                                     *EN_BODY[1:]), T),
    ("masthead weekday date", page("Thursday, May 8, 2025", *EN_MENU, EN_HEAD, "DOHA: " + EN_BODY[0], *EN_BODY[1:]), T),
    ("ru masthead", page("Четверг, 8 мая 2025 г.", *RU_MENU, RU_HEAD, "БАКУ, Каспийский вестник. " + RU_BODY[0], *RU_BODY[1:]), T),
    # a widget's date tied to a link word is no masthead
    ("a date over 'more' is a widget's", page("8 May 2025, 07:31", "more", *EN_MENU, EN_HEAD, *EN_BODY), None),
    # clocks and widgets alone never date a page
    ("weather clock alone", page("Friday, 29 November 2024 | Baku +12°C", *EN_MENU, EN_HEAD, *EN_BODY), None),
    ("ticking clock alone", page("Friday, 29 November 2024 10:15:42", *EN_MENU, EN_HEAD, *EN_BODY), None),
    ("ru weather clock alone", page("Пятница, 29 ноября 2024 | Баку +12°C", *RU_MENU, RU_HEAD, *RU_BODY), None),
    ("rates alone", page("USD 1.7000 | EUR 1.7721 as of 22/11/2024", *EN_MENU, EN_HEAD, *EN_BODY), None),
    ("ru rates alone", page("Курсы валют на 22.11.2024: USD 1.7000", *RU_MENU, RU_HEAD, *RU_BODY), None),
    ("copyright alone", page(*EN_MENU, EN_HEAD, *EN_BODY, "© 2025 Caspian Ledger"), None),
    # a weekday stamp right on top of the headline is the article's; a clock there yields to the article's stamp
    ("weekday stamp on top of the headline", page(*EN_MENU, "Thursday, 08 May 2025 | 14:05", EN_HEAD, *EN_BODY), T),
    ("ru weekday stamp on top of the headline", page(*RU_MENU, "Четверг, 8 мая 2025 г., 14:05", RU_HEAD, *RU_BODY), T),
    ("a weekday clock on the headline yields to a foot stamp",
     page(*EN_MENU, "Friday, 09 May 2025 | 10:15", EN_HEAD, *EN_BODY, "08.05.2025"), T),
    ("ru a weekday clock on the headline yields to the stamp under it",
     page(*RU_MENU, "Пятница, 9 мая 2025 г., 10:15", RU_HEAD, "08.05.2025", *RU_BODY), T),
    ("a ticking clock on the headline never", page(*EN_MENU, "Thursday, 08 May 2025 14:05:31", EN_HEAD, *EN_BODY), None),
    # year-less stamps: no year, no date, unless the stamp prints the year in a part of its own
    ("yearless stamp", page(*EN_MENU, EN_HEAD, "8 May, 14:05", *EN_BODY), None),
    ("ru yearless stamp", page(*RU_MENU, RU_HEAD, "8 мая, 14:05", *RU_BODY), None),
    ("yearless stamp, year in its own part", page(*EN_MENU, EN_HEAD, "8 May, 14:05 | 2025", *EN_BODY), T),
    ("ru yearless stamp, year in its own part", page(*RU_MENU, RU_HEAD, "8 мая, 14:05 · 2025 г.", *RU_BODY), T),
    # ambiguous numerics: decided by the page
    ("03/04 on a British site", page("https://caspianledger.co.uk/news/joint-training", *EN_MENU, EN_HEAD, "03/04/2025",
                                     *EN_BODY), D(2025, 4, 3)),
    ("03/04 on an American site", page("https://caspianledger.us/news/joint-training", *EN_MENU, EN_HEAD, "03/04/2025",
                                       *EN_BODY), D(2025, 3, 4)),
    ("03/04 on a Russian page", page(*RU_MENU, RU_HEAD, "03/04/2025", *RU_BODY), D(2025, 4, 3)),
    ("03/04 with a day-first date elsewhere", page(*EN_MENU, EN_HEAD, "03/04/2025", *EN_BODY, "Related",
                                                   "Armenia opens a new border crossing with Iran", "15/03/2025"), D(2025, 4, 3)),
    ("03/04 with its weekday, day first", page(*EN_MENU, EN_HEAD, "Thu 03/04/2025", *EN_BODY), D(2025, 4, 3)),
    ("03/04 with its weekday, month first", page(*EN_MENU, EN_HEAD, "Tue 03/04/2025", *EN_BODY), D(2025, 3, 4)),
    # datelines
    ("dateline without a year, the day at the foot", page(*EN_MENU, EN_HEAD, "BAKU, May 8 (Caspian Wire) – " + EN_BODY[0],
                                                          *EN_BODY[1:], "08.05.2025"), T),
    ("dateline without a year, nothing else", page(*EN_MENU, EN_HEAD, "BAKU, May 8 (Caspian Wire) – " + EN_BODY[0],
                                                   *EN_BODY[1:]), None),
    ("ru dateline without a year, nothing else", page(*RU_MENU, RU_HEAD, "БАКУ, 8 мая – Каспийский вестник. " + RU_BODY[0],
                                                      *RU_BODY[1:]), None),
    # the page's address printed as a line of the page, whatever its domain
    ("address with the day", page("https://caspianledger.example/news/2025/05/08/joint-training", *EN_MENU, EN_HEAD, *EN_BODY), T),
    ("ru address with the day", page("https://caspianledger.example/ru/20250508/joint-training.html", *RU_MENU, RU_HEAD,
                                     *RU_BODY), T),
    ("address without a day", page("https://caspianledger.example/news/joint-training-2025", *EN_MENU, EN_HEAD, *EN_BODY), None),
    # the seed header
    ("date header", page(" date 2025-05-08 By Leyla Mammadova", *EN_BODY), T),
    ("date header month", page(" date 2019-10 By Leyla Mammadova", *EN_BODY), D(2019, 10)),
    # a stamp among a section and a counter
    ("section | date | views", page(*EN_MENU, EN_HEAD, "Defence | 8 May 2025, 14:05 | 1,234 views", *EN_BODY), T),
    ("ru section | date | views", page(*RU_MENU, RU_HEAD, "Армия | 8 мая 2025, 14:05 | 1 234 просмотра", *RU_BODY), T),
    ("a cue line giving the update first", page(*EN_MENU, EN_HEAD, *EN_BODY, "Date: updated 9 May 2025, first published 8 May 2025"), T),
    ("ru a cue line giving the update first", page(*RU_MENU, RU_HEAD, *RU_BODY, "Дата: обновлено 9.05.2025, впервые 8.05.2025"), T),
    ("published after tags", page(*EN_MENU, EN_HEAD, *EN_BODY, "Tags: Azerbaijan, Georgia", "Published 8th May 2025"), T),
    ("ru published after tags", page(*RU_MENU, RU_HEAD, *RU_BODY, "Теги: Азербайджан, Грузия", "Опубликовано 8 мая 2025 г."), T),
]


@pytest.mark.parametrize("text, want", [pytest.param(t, w, id=i) for i, t, w in PAGES])
def test_pages_of_one_shape_each(text, want):
    p = parse_text(text)
    assert p.date == want, p.why.get("date")


# --------------------------------------------------------------------------- the forms themselves

@pytest.mark.parametrize("text, want", [
    ("2025 M05 08", D(2025, 5, 8)),
    ("Published: 2025 M05 08 14:05", D(2025, 5, 8)),
    ("2025-05", D(2025, 5)),
    ("Date: 2019-10", D(2019, 10)),
    ("Thursday, 8 May 2025 | Dhul Qadah 10, 1446 AH", D(2025, 5, 8)),
    ("8 May 2025 / 10 Dhu al-Qadah 1446 AH", D(2025, 5, 8)),
    ("Thursday, May 08, 2025 | Dhul-Qa'dah 10, 1446", D(2025, 5, 8)),
    ("Thursday, 8 May 2025 / Rabi' al-Awwal 10, 1446", D(2025, 5, 8)),
    ("8 мая 2025 г. / 10 зуль-каада 1446 г.", D(2025, 5, 8)),
    ("8 May, 14:05 | 2025", D(2025, 5, 8)),
    ("8 мая, 14:05 · 2025 г.", D(2025, 5, 8)),
    # not a date line
    ("8 May, 14:05", None),
    ("2025 | 8 May", None),
    ("May 8 | 3 min read | 2025 views", None),
    ("the 2010-11 season", None),
    ("No. 2025-05", None),
    ("Room 12 M05 08", None),
])
def test_date_only_reads_the_new_forms_and_nothing_else(text, want):
    assert date_only(text, "ru" if any("а" <= c <= "я" for c in text) else "en") == want


@pytest.mark.parametrize("text, want", [
    ("The plan covers the 2010-11 season and the 2024-25 budget.", []),
    ("Order No. 2025-05 was signed.", []),
    ("The review of 2023-07 figures", [D(2023, 7)]),
    ("The exercise 2025 M05 08 opened.", [D(2025, 5, 8)]),
    # the year first, then the month's name and the day: a stamp's form, never a year of running text
    ("Posted 2025, May 8", [D(2025, 5, 8)]),
    ("In 2019 May 9 was a holiday.", []),
    ("In 2024, May 9 parades were held in every city.", []),
])
def test_find_dates_iso_month_is_no_season_nor_a_number(text, want):
    assert [d for d, *_ in find_dates(text) if d is not None] == want


# --------------------------------------------------------------------------- event date against the page date

EV_EN = [
    ("met in Baku on Tuesday", "2025-05-06"),
    ("met in Baku on Wednesday", "2025-05-07"),  # a report published the day after
    ("met in Baku yesterday", "2025-05-07"),
    ("held talks in Baku on 5–7 May", "2025-05-05"),
    ("held talks in Baku on May 5-7", "2025-05-05"),
    ("met in Baku", "2025-05-08"),
]
EV_RU = [
    ("во вторник встретились в Баку", "2025-05-06"),
    ("в среду встретились в Баку", "2025-05-07"),
    ("накануне встретились в Баку", "2025-05-07"),
    ("вчера встретились в Баку", "2025-05-07"),
    ("провели переговоры в Баку 5–7 мая", "2025-05-05"),
]


@pytest.mark.parametrize("lang, said, want", [("en", s, w) for s, w in EV_EN] + [("ru", s, w) for s, w in EV_RU])
@pytest.mark.parametrize("where", ["under the headline", "at the foot"])
def test_the_event_date_is_read_against_the_page_date(lang, said, want, where, tmp_path):
    head, body, menu, _by = TEXT[lang]
    if lang == "en":
        lead = f"The defence ministers of Azerbaijan and Georgia {said} and discussed joint staff training and border security."
        stamp = "Thursday, 8 May 2025" if where == "under the headline" else "Published: May 8, 2025"
    else:
        lead = f"Министры обороны Азербайджана и Грузии {said} и обсудили совместную подготовку штабов и охрану границы."
        stamp = "Четверг, 8 мая 2025 г." if where == "under the headline" else "Опубликовано: 8 мая 2025"
    text = page(*menu, head, stamp, lead, *body[1:]) if where == "under the headline" else page(*menu, head, lead, *body[1:], stamp)
    assert _event_date(tmp_path, text) == want

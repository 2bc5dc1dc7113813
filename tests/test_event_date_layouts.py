"""Issue 12, round 4: the event date over a grid of layouts.

Each case composes a short report from parts written for this test (invented names, our own words,
English and Russian): a page date that is right, absent, or a year off (a clock, an update stamp,
another article's date), a lead sentence that dates the meeting in one of many written forms, and
sometimes context sentences (an earlier meeting, a later one, a day someone reported, a dated day
elsewhere in the text). Every combination is checked against the event date a reader would give:

- a full date of the meeting (day, month, year) wins over every page date;
- a day and month take the page date's year; with no page date, the year of a day dated in full
  elsewhere in the text (the nearest such day); with neither, no event date;
- weekdays and "yesterday" are read only against a publication date;
- a later or earlier meeting named as background is not the event, a reporting day is not either.
"""

from __future__ import annotations

import pytest

from generator.extract import events
from generator.model import PartialDate
from generator.nlp import analysis as nlp

RIGHT = PartialDate(2019, 3, 13)  # the day after the meeting (Tuesday 12 March 2019)
ABSENT = None
WRONG_YEAR = PartialDate(2023, 3, 13)  # a clock or an update stamp four years on
PAGES = {"right": RIGHT, "absent": ABSENT, "wrong year": WRONG_YEAR}
MEETING = "2019-03-12"


def ev(text: str, lang: str, pub: PartialDate | None) -> str | None:
    sents = nlp.sentences(text)
    ref = events.reference_date(text, lang, pub, sents)
    when = events.event_date(text, lang, ref, sents, events.find_dates(text, lang, ref))[0]
    return when.iso() if when else None


# Lead sentences that date the meeting in full: the same answer under every page date.
FULL = [
    ("en", "Defence Minister Arvid Tolle met his counterpart Jonas Meer in the capital on 12 March 2019."),
    ("en", "On March 12, 2019, Arvid Tolle held talks with the visiting chief of staff, Jonas Meer."),
    ("en", "Arvid Tolle received Jonas Meer on the 12th of March 2019 at the ministry."),
    ("en", "The talks between Arvid Tolle and Jonas Meer were held on 12.03.2019 at the staff college."),
    ("en", "Arvid Tolle and Jonas Meer met on Tuesday, March 12, 2019, to discuss joint training."),
    ("ru", "Министр обороны Арвид Толле 12 марта 2019 года встретился с коллегой Йонасом Меером."),
    ("ru", "12 марта 2019 года состоялись переговоры министров обороны Арвида Толле и Йонаса Меера."),
    ("ru", "Переговоры Арвида Толле и Йонаса Меера прошли 12.03.2019 в здании министерства."),
    ("en", "Arvid Tolle met Jonas Meer on March 12th, 2019 at the ministry."),
    ("en", "The meeting of Arvid Tolle and Jonas Meer took place on 12 Mar 2019 in the capital."),
    ("ru", "Во вторник, 12 марта 2019 года, Арвид Толле провел переговоры с Йонасом Меером."),
    ("ru", "Арвид Толле встретился с Йонасом Меером 12 марта 2019 г. в здании министерства."),
]


@pytest.mark.parametrize("page", list(PAGES))
@pytest.mark.parametrize("lang,lead", FULL)
def test_a_full_date_of_the_meeting_holds_under_any_page_date(lang, lead, page):
    body = lead + (" The sides discussed joint exercises and training." if lang == "en"
                   else " Стороны обсудили совместные учения и подготовку кадров.")
    assert ev(body, lang, PAGES[page]) == MEETING


# Day and month only: the year comes from the page date, else from a day the text dates in full.
DAY_MONTH = [
    ("en", "Defence Minister Arvid Tolle met his counterpart Jonas Meer in the capital on March 12."),
    ("en", "On 12 March, Arvid Tolle held talks with the visiting chief of staff, Jonas Meer."),
    ("en", "Arvid Tolle received Jonas Meer at the ministry on Mar. 12 and discussed training."),
    ("en", "The two ministers, Arvid Tolle and Jonas Meer, met on 12-14 March at the naval base."),
    ("en", "Arvid Tolle visited the country from 12 to 14 March and met Jonas Meer."),
    ("ru", "Министр обороны Арвид Толле 12 марта встретился с коллегой Йонасом Меером."),
    ("ru", "12 марта состоялись переговоры министров обороны Арвида Толле и Йонаса Меера."),
    ("ru", "С 12 по 14 марта Арвид Толле находился с визитом в стране и встретился с Йонасом Меером."),
    ("ru", "Арвид Толле и Йонас Меер провели переговоры 12-14 марта на военно-морской базе."),
    ("en", "On Tuesday (March 12), Arvid Tolle held talks with Jonas Meer."),
    ("en", "Arvid Tolle and Jonas Meer met on March 12th in the capital."),
    ("en", "Arvid Tolle met Jonas Meer on 12th March at the ministry."),
    ("ru", "Во вторник, 12 марта, Арвид Толле провел переговоры с Йонасом Меером."),
    ("ru", "Арвид Толле встретился с Йонасом Меером 12 мар. в министерстве."),
]
# A day dated in full elsewhere in the text (a background sentence), which gives the year when the page has none.
YEAR_CONTEXT = {
    "en": "The two ministers had last met on 20 November 2018 in a neighbouring country.",
    "ru": "Напомним, предыдущая встреча министров состоялась 20 ноября 2018 года.",
}


@pytest.mark.parametrize("lang,lead", DAY_MONTH)
def test_a_day_and_month_take_the_page_year(lang, lead):
    assert ev(lead, lang, RIGHT) == MEETING
    # A page date a year off carries its year, unless the weekday written with the day tells another
    # (12 March was a Tuesday in 2019, not in 2023).
    weekday = any(w in lead for w in ("Tuesday", "вторник"))
    assert ev(lead, lang, WRONG_YEAR) == (MEETING if weekday else "2023-03-12")


@pytest.mark.parametrize("lang,lead", DAY_MONTH)
def test_with_no_page_date_a_day_and_month_take_the_year_of_a_day_dated_in_full(lang, lead):
    assert ev(lead, lang, ABSENT) is None  # no year anywhere: the day is known, its year is not
    body = lead + " " + YEAR_CONTEXT[lang]
    assert ev(body, lang, ABSENT) == MEETING
    assert ev(body, lang, RIGHT) == MEETING  # the earlier meeting is background, not the event


# Days named relative to the report: read only against a publication date.
RELATIVE = [
    ("en", "Defence Minister Arvid Tolle met his counterpart Jonas Meer in the capital yesterday."),
    ("en", "Arvid Tolle held talks on Tuesday with the visiting chief of staff, Jonas Meer."),
    ("en", "Arvid Tolle met Tuesday with Jonas Meer, the ministry said."),
    ("ru", "Министр обороны Арвид Толле вчера встретился с коллегой Йонасом Меером."),
    ("ru", "Во вторник министр обороны Арвид Толле провел переговоры с Йонасом Меером."),
    ("ru", "Накануне министр обороны Арвид Толле принял Йонаса Меера в министерстве."),
    ("ru", "В минувший вторник Арвид Толле провел переговоры с Йонасом Меером."),
    ("en", "Arvid Tolle met Jonas Meer in the capital late on Tuesday, officials said."),
]


@pytest.mark.parametrize("lang,lead", RELATIVE)
def test_relative_days_are_read_against_the_publication_date(lang, lead):
    assert ev(lead, lang, RIGHT) == MEETING
    assert ev(lead, lang, ABSENT) is None


# What else the text dates: a reporting day, a later meeting, an earlier one.
CONTEXT = [
    ("en", "The ministry said on March 13 that Arvid Tolle had met Jonas Meer on March 12.", MEETING),
    ("en", "Arvid Tolle met Jonas Meer on March 12, the ministry said on March 13.", MEETING),
    ("en", "Arvid Tolle met Jonas Meer on March 12. They agreed to meet again on 20 May in the south.", MEETING),
    ("en", "Arvid Tolle met Jonas Meer on March 12. The two ministers last met on 4 February.", MEETING),
    ("en", "Arvid Tolle held talks with Jonas Meer. A joint exercise is to be held on 15 April.", "2019-03-13"),
    ("ru", "Как сообщили 13 марта в министерстве, Арвид Толле встретился с Йонасом Меером 12 марта.", MEETING),
    ("ru", "Арвид Толле встретился с Йонасом Меером 12 марта. Следующая встреча пройдет 20 мая.", MEETING),
    ("ru", "Арвид Толле 12 марта провел переговоры с Йонасом Меером. Ранее министры встречались 4 февраля.", MEETING),
    ("ru", "Арвид Толле провел переговоры с Йонасом Меером. Совместные учения пройдут 15 апреля.", "2019-03-13"),
]


@pytest.mark.parametrize("lang,body,want", CONTEXT)
def test_background_and_reporting_days_are_not_the_meeting(lang, body, want):
    assert ev(body, lang, RIGHT) == want


@pytest.mark.parametrize("lang,body", [
    ("en", "Arvid Tolle will meet Jonas Meer to discuss joint exercises, the ministry announced."),
    ("ru", "В ближайшее время состоится встреча Арвида Толле и Йонаса Меера, сообщили в министерстве."),
])
def test_a_meeting_only_announced_has_no_date(lang, body):
    assert ev(body, lang, RIGHT) is None


# A dateline at the head of the body gives the report's day when the page has none: relative days
# and a day and month are read against it.
@pytest.mark.parametrize("lang,body", [
    ("en", "OSLO, March 13, 2019 (Nordwire) - Defence Minister Arvid Tolle met Jonas Meer yesterday."),
    ("en", "OSLO, March 13, 2019 - Defence Minister Arvid Tolle met Jonas Meer on Tuesday."),
    ("ru", "ОСЛО, 13 марта 2019. Министр обороны Арвид Толле вчера встретился с Йонасом Меером."),
])
def test_a_dateline_is_the_reference_when_the_page_has_no_date(lang, body):
    assert ev(body, lang, ABSENT) == MEETING
    # A dateline dated in full is the report's own day, whatever the page date's year.
    assert ev(body, lang, WRONG_YEAR) == MEETING
    assert ev(body, lang, RIGHT) == MEETING


# Round 5: more written forms of the day, read against the report's day (Thursday 14 March 2019 here,
# so "last week" is the week of 4 to 10 March; the meeting of that week was on Monday 4 March).
LATER_PAGE = PartialDate(2019, 3, 14)


@pytest.mark.parametrize("lang,lead,want", [
    # A weekday of the week before the report's.
    ("en", "Arvid Tolle held talks with Jonas Meer on Monday last week, the ministry said.", "2019-03-04"),
    ("en", "Last week on Monday, Arvid Tolle received Jonas Meer at the staff college.", "2019-03-04"),
    ("en", "Arvid Tolle met Jonas Meer on the Monday of last week in the port city.", "2019-03-04"),
    ("ru", "В понедельник на прошлой неделе Арвид Толле провел переговоры с Йонасом Меером.", "2019-03-04"),
    ("ru", "На прошлой неделе, в понедельник, Арвид Толле принял Йонаса Меера.", "2019-03-04"),
    # A plain weekday is still the latest one (not a week back).
    ("en", "Arvid Tolle met Jonas Meer on Monday, the ministry said.", "2019-03-11"),
    ("en", "Arvid Tolle met Jonas Meer last night in the capital.", "2019-03-13"),
    ("ru", "Прошлой ночью Арвид Толле встретился с Йонасом Меером.", "2019-03-13"),
    # A count of days back.
    ("en", "Arvid Tolle met Jonas Meer two days ago in the capital.", "2019-03-12"),
    ("en", "Arvid Tolle held talks with Jonas Meer 3 days ago, officials said.", "2019-03-11"),
    ("ru", "Два дня назад Арвид Толле встретился с Йонасом Меером.", "2019-03-12"),
    ("ru", "Арвид Толле три дня назад провел переговоры с Йонасом Меером.", "2019-03-11"),
    # An ordinal ending on a Russian day ("12-го марта").
    ("ru", "Арвид Толле 12-го марта провел переговоры с Йонасом Меером.", "2019-03-12"),
    # Dates written with digits only: ISO, and slashes read in the one way the numbers allow or, when
    # both are possible, the way that puts the day nearest before the report.
    ("en", "Arvid Tolle met Jonas Meer on 2019-03-12 at the ministry.", "2019-03-12"),
    ("en", "Arvid Tolle met Jonas Meer on 12/03/2019 at the ministry.", "2019-03-12"),
    ("en", "Arvid Tolle met Jonas Meer on 3/12/2019 at the ministry.", "2019-03-12"),
    ("en", "Arvid Tolle met Jonas Meer on 25/02/2019 at the ministry.", "2019-02-25"),
])
def test_more_written_forms_of_the_day(lang, lead, want):
    assert ev(lead, lang, LATER_PAGE) == want


@pytest.mark.parametrize("lang,body", [
    ("en", "SKOPJE, 12 March (Balkanwire) – Defence Minister Arvid Tolle met Jonas Meer today."),
    ("en", "SKOPJE, 12 March 2019 (Balkanwire) – Defence Minister Arvid Tolle met Jonas Meer today."),
    ("ru", "СКОПЬЕ, 12 марта. Министр обороны Арвид Толле провел переговоры с Йонасом Меером."),
])
def test_a_datelines_day_a_day_or_two_before_the_page_date_is_the_reports(lang, body):
    # The page was uploaded two days after the dispatch: the dispatch's day is the report's, and its
    # "today" (or a report with no other date) is that day.
    assert ev(body, lang, LATER_PAGE) == MEETING


def test_a_date_line_across_new_year_takes_the_year_before():
    body = "LIMA, 30 December – Defence Minister Arvid Tolle met Jonas Meer today in the capital."
    assert ev(body, "en", PartialDate(2020, 1, 1)) == "2019-12-30"
    assert ev("Arvid Tolle met Jonas Meer on Monday last week.", "en", PartialDate(2020, 1, 2)) == "2019-12-23"


@pytest.mark.parametrize("lang,body", [
    ("en", "Joint drills of the two navies will be held off the coast, the fleet command announced."),
    ("en", "Talks between Arvid Tolle and Jonas Meer are to be held in the capital, the ministry said."),
    ("ru", "Совместные учения двух флотов пройдут у побережья, сообщили в командовании."),
])
def test_an_announcement_worded_with_held_is_still_only_announced(lang, body):
    # "will be held" is the future: its "held" does not say the meeting took place.
    assert ev(body, lang, RIGHT) is None


@pytest.mark.parametrize("lang,body,want", [
    # The day a forum or an exhibition opened is not the meeting's.
    ("en", "Arvid Tolle met Jonas Meer on the sidelines of the forum, which opened on 10 March.", "2019-03-14"),
    ("en", "Arvid Tolle met Jonas Meer. The meeting was held at the arms fair that opened on 10 March.", "2019-03-14"),
    ("ru", "Арвид Толле встретился с Йонасом Меером в рамках форума, который открылся 10 марта.", "2019-03-14"),
    # The day a visit began, or a meeting was held, in such a clause still dates it.
    ("en", "Arvid Tolle is on a three-day visit to Lima that began on Monday. He met Jonas Meer.", "2019-03-11"),
    ("ru", "Арвид Толле встретился с Йонасом Меером в ходе визита, который начался 12 марта.", "2019-03-12"),
    ("en", "Arvid Tolle recalled the talks with Jonas Meer, which were held on 12 March.", "2019-03-12"),
])
def test_a_day_in_a_relative_clause_about_something_else(lang, body, want):
    assert ev(body, lang, LATER_PAGE) == want

"""Round 8 (issue 11): a page date the scraper glued to a section name ("Politics12 December 2024
16:07", «Общество04.10.2021 11:25») dates the page. Articles written for this project."""
from __future__ import annotations

import pytest

from generator.ingest.reader import parse_text
from generator.model import PartialDate
from generator.text.dates import date_only
from test_foot_dates_and_lists import BODY_EN, BODY_RU


@pytest.mark.parametrize("line, lang, expected", [
    ("Politics12 December 2024 16:07", "en", PartialDate(2024, 12, 12)),
    ("Defence03.05.2023 | 09:40", "en", PartialDate(2023, 5, 3)),
    ("Политика12.12.2024 16:07", "ru", PartialDate(2024, 12, 12)),
    # a word with a space before the date is a line of words, not a stamp
    ("Economy 12 December 2024", "en", None),
    # a month glued to its day is not a rubric to drop
    ("May12 2024", "en", None),
    # a sentence that starts with a glued word stays a sentence
    ("Defence12 ships were delivered in 2024", "en", None),
])
def test_a_rubric_glued_to_a_stamp_is_dropped(line, lang, expected):
    assert date_only(line, lang) == expected


@pytest.mark.parametrize("head, body, expected, title", [
    ("Home | World | Politics | Defence\n\nMarines of two nations open joint landing drill\n\n"
     "Politics12 December 2024 16:07\n\n", BODY_EN, PartialDate(2024, 12, 12),
     "Marines of two nations open joint landing drill"),
    ("Главная | Политика | Общество\n\nВоенные медики двух стран завершили учения\n\nОбщество04.10.2021 11:25\n\n",
     BODY_RU, PartialDate(2021, 10, 4), "Военные медики двух стран завершили учения"),
])
def test_a_page_dated_by_a_glued_stamp(head, body, expected, title):
    p = parse_text(head + body)
    assert (p.date, p.title) == (expected, title)

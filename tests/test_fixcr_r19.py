"""Round 19 fixes of the review's source/author faults (tests/test_review_credits_r19.py): cases where the new readings
must NOT fire, in our own words (invented outlets under .example, invented meetings, real officials' names only)."""
from __future__ import annotations

import pytest

from conftest import join_page as page
from generator.ingest.reader import parse_text


def _lines(*lines: str) -> str:
    return "\n".join(lines) + "\n"


HOME_EN = ("Defence Minister Ruslan Zhaksylykov received the Turkish defence minister Yasar Guler in Astana on Tuesday.",
           "The ministers discussed military education, the defence industry and joint exercises.",
           "Guler also visited the National Defence University and an air defence unit.",
           "The sides agreed to hold the next meeting of the joint military commission in Ankara.")


def test_a_ministrys_page_without_an_address_keeps_its_dateline_state():  # the date line still names the state
    p = parse_text(_lines("Ministry of Defence", "Home > News", "Turkish defence minister visits Kazakhstan",
                          "Astana, 14 May 2025", *HOME_EN, "Contacts"))
    assert p.source == "Ministry of Defence of Kazakhstan", p.why.get("source")


@pytest.mark.parametrize("credit", ["Photo: Daniyar Abenov / Reuters", "Фото: Данияр Абенов / РИА Новости"])
def test_a_photographers_agency_credit_under_the_text_is_no_source(credit):
    p = parse_text(page("Steppe Defence Herald", "Turkish defence minister visits Kazakhstan", "14 May 2025", *HOME_EN,
                        credit, "© 2025 Steppe Defence Herald"))
    assert p.source == "Steppe Defence Herald", p.why.get("source")


@pytest.mark.parametrize("byline, want", [("By Daniyar Abenov / Reuters", "Reuters"), ("Данияр Абенов / ТАСС", "TASS")])
def test_a_writers_agency_byline_still_names_the_agency(byline, want):  # the rule the photo credit must not block
    p = parse_text(_lines("Steppe Defence Herald", "Turkish defence minister visits Kazakhstan", byline, "14 May 2025",
                          *HOME_EN))
    assert p.source == want, p.why.get("source")

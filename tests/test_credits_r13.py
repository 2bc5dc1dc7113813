"""Round 13 (issue 11): source, headline and author on a government office's own text pages.

Every page here is written for this test (invented people, our own sentences). Each test names a mechanism:
an embassy's or a government's name in a '©' footer names the issuer; an office's name alone over the text is the
site's header, never the headline; a ministry's own name in its language ('Ministério da Defesa') is the site's
header; a ministry under its government in the header or the foot ('Government of India' / 'Ministry of Defence')
is that state's ministry, before a press bureau's stamp; clerks' initials under a release ('VM/JS') name no one; a
repost's 'Source:'/«Источник:» line names the agency, not the channel it was forwarded from; a language switcher is
never a source or an author; a rank or an office in a signature block is never an author.
"""
from __future__ import annotations

import pytest

from conftest import join_page as page
from credit_parts import B1, B2, B3, H, RB1, RB2, RB3, RH
from generator.ingest import issuer
from generator.ingest.bylines import rank_or_office
from generator.ingest.reader import parse_text

BR1 = ("The Minister of Defence of Brazil received the Minister of Defence of Chile in Brasilia on Thursday and the two "
       "signed a memorandum on training of engineers.")


# --------------------------------------------------------------------------- source: the office that owns the site

@pytest.mark.parametrize("foot, want", [
    ("Copyright © 2025 Embassy of the Republic of Poland in Tbilisi", "Embassy of the Republic of Poland in Tbilisi"),
    ("© 2024 Embassy of Japan in Mongolia. All rights reserved.", "Embassy of Japan in Mongolia"),
    ("© 2025 Government of Canada", "Government of Canada"),
    ("© 2025 Ministry of Defence, Singapore. All rights reserved.", "Ministry of Defence of Singapore"),
])
def test_an_offices_copyright_footer_names_the_issuer(foot, want):
    p = parse_text(page("Home | News", H, "14 March 2024", B1, B2, B3, foot))
    assert p.source == want, p.why.get("source")


def test_a_footer_that_names_a_company_of_no_office_is_not_read_as_a_mission():
    p = parse_text(page(H, "14 March 2024", B1, B2, B3, "© 2024 Steppe Courier. All rights reserved."))
    assert p.source == "Steppe Courier", p.why.get("source")


@pytest.mark.parametrize("header", ["Embassy of Japan in Mongolia", "EMBASSY OF JAPAN IN MONGOLIA",
                                    "Посольство Японии в Монголии", "Government of Canada"])
def test_an_offices_name_over_the_text_is_no_headline(header):
    p = parse_text(page(header, "Home | About | News", H, "14 March 2024", B1, B2, B3))
    assert p.title == H, p.why.get("title")
    assert p.source is not None and "Embassy Of" not in p.source


@pytest.mark.parametrize("header, want", [
    ("Ministério da Defesa", "Ministry of Defence of Brazil"),
    ("Ministerio de Defensa", "Ministry of Defence of Brazil"),
])
def test_a_ministrys_own_name_in_its_language_is_the_sites_header(header, want):
    p = parse_text(page(header, "Home > News > Press releases", H, "14 March 2024", BR1, B2, B3))
    assert p.source == want, p.why.get("source")
    assert p.title == H


@pytest.mark.parametrize("top, foot", [
    (["Press Information Bureau", "Government of India", "Ministry of Defence"], []),
    (["Ministry of Defence"], ["VM/JS", "Press Information Bureau, Government of India / Ministry of Defence"]),
    (["Government of India", "Ministry of Defence"], ["RK/SR"]),
])
def test_a_ministry_under_its_government_in_the_header_or_the_foot(top, foot):
    b1 = ("The Defence Secretary held talks with the Deputy Minister of National Defence of Vietnam in Colombo on "
          "Monday on training and defence industry cooperation.")
    p = parse_text(page(*top, H, "Posted On: 12 FEB 2025 6:15PM by PIB Delhi", b1, B2, B3, *foot))
    assert p.source == "Ministry of Defence of India", p.why.get("source")


def test_clerks_initials_the_page_never_spells_out_name_no_one():
    p = parse_text(page(H, "14 March 2024", B1, B2, B3, "VM/JS"))
    assert p.source is None, p.why.get("source")


# --------------------------------------------------------------------------- source: a repost's credit line

@pytest.mark.parametrize("fwd, credit, want", [
    ("Переслано из: Военный обозреватель", "Источник: ИА Степной курьер", "Stepnoy kuryer"),
    ("Forwarded from Frontline Digest", "Source: Caucasus Wire", "Caucasus Wire"),
    ("Forwarded from Frontline Digest", "Source: TASS", "TASS"),
])
def test_a_reposts_source_line_names_the_agency(fwd, credit, want):
    ru = fwd.startswith("Переслано")
    p = parse_text(page(fwd, RH if ru else H, *(RB1, RB2, RB3) if ru else (B1, B2, B3), credit))
    assert p.source == want, p.why.get("source")


@pytest.mark.parametrize("credit", [None, "Источник: пресс-служба Министерства обороны"])
def test_a_repost_without_an_outlets_source_line_is_the_channels(credit):
    p = parse_text(page("Переслано из: Военный обозреватель", RH, RB1, RB2, RB3, *([credit] if credit else [])))
    assert p.source == "Voenny obozrevatel", p.why.get("source")


# --------------------------------------------------------------------------- a language switcher

@pytest.mark.parametrize("line, want", [
    ("Bahasa Indonesia", True), ("English | Français", True), ("Рус | Eng", True), ("EN RU KZ", True),
    ("Қазақша Русский English", True), ("Tiếng Việt | English", True), ("Español", True),
    ("Indonesia", False), ("EN", False), ("Indonesian and Australian navies", False), ("Steppe Courier | English", False),
])
def test_language_switcher(line, want):
    assert issuer.language_switcher(line) is want


@pytest.mark.parametrize("top, foot", [(["English | Français"], []), (["Bahasa Indonesia"], []), (["Рус | Eng"], []),
                                       ([], ["Español"]), ([], ["English | Русский"])])
def test_a_language_switcher_is_no_source_author_or_headline(top, foot):
    p = parse_text(page(*top, H, "14 March 2024", B1, B2, B3, *foot))
    assert p.title == H and p.source is None and p.author is None, (p.title, p.source, p.author)


# --------------------------------------------------------------------------- a signature block

@pytest.mark.parametrize("part, want", [
    ("Brigadier General", True), ("BRIGADIER GENERAL", True), ("Public Relations", True), ("генерал-майор", True),
    ("Director, Public Relations", False),  # (a line of two parts: each part is read on its own)
    ("Director Public Relations", True), ("Kwame Mensah", False), ("General Mensah", False), ("of the", False),
])
def test_rank_or_office(part, want):
    assert rank_or_office(part) is want


@pytest.mark.parametrize("block", [
    ["Signed", "Brigadier General", "KWAME MENSAH", "Director, Public Relations"],
    ["Brigadier General", "Director Public Relations"],
    ["Brigadier General E Aggrey", "Director, Public Relations", "Ghana Armed Forces"],
    ["Генерал-майор", "Начальник управления"],
])
def test_a_rank_or_an_office_in_a_signature_block_is_never_the_author(block):
    p = parse_text(page(H, "14 March 2024", B1, B2, B3, *block))
    assert p.author is None or not rank_or_office(p.author), p.why.get("author")
    assert p.author not in ("Public Relations", "Director Public Relations", "Brigadier General")


def test_a_name_alone_at_the_foot_stays_the_author():
    p = parse_text(page(H, "14 March 2024", B1, B2, B3, "Kwame Mensah"))
    assert p.author == "Kwame Mensah"

"""Round 5 (issue 11): headline, source and author on page shapes none of the BUILD pages shows.

Every article here is written for this test (invented outlets and people, our own sentences), in
English and Russian. Each test names the mechanism, not a page: the headline chosen by evidence
(breadcrumb trails and masthead taglines are chrome), credits read from where outlets put them
(a wire tag closing the dateline, an agency in quotes after a dash, a source line naming a press
service, a republished piece, a photo credit as the only credit, a masthead with its tagline, a web
address at the foot) and bylines with a role, a newsroom or two authors.
"""
from __future__ import annotations

import pytest

from conftest import join_page as page
from generator.ingest.bylines import read_byline
from generator.ingest.reader import parse_text


H = "Chile and Peru agree to expand joint naval patrols in the Pacific"
B1 = ("The defence ministers of Chile and Peru agreed in Lima on Tuesday to expand joint naval patrols "
      "and to exchange officers between their naval academies from next year.")
B2 = "The two ministers also discussed the maintenance of patrol boats and the training of divers, officials said."
B3 = "The next round of talks is planned in Santiago in the spring."
RH = "Министры обороны Армении и Ирана обсудили военное сотрудничество в Ереване"
RB1 = ("Министры обороны Армении и Ирана во вторник в Ереване обсудили расширение военного сотрудничества "
       "и обмен офицерами между военными академиями двух стран.")
RB2 = "Стороны также обсудили подготовку саперов и ремонт вертолетов, сообщили в ведомстве."


# --------------------------------------------------------------------------- headline by evidence

@pytest.mark.parametrize("top", [
    ("Home > Defence > Chile and Peru agree on patrols",),  # a trail naming a shorter form of the headline
    ("Home » Politics » " + H,),
    ("Andes Ledger | English",),
    ("Andes Ledger", "Andean news in English"),
    ("The Andes Ledger's independent daily | Lima",),
])
def test_chrome_above_the_headline_is_never_the_title(top):
    p = parse_text(page(*top, H, "12 March 2024", B1, B2, B3))
    assert p.title == H, (p.title, p.why.get("title"))


def test_a_headline_with_since_and_a_year_is_kept():
    head = "Chile and Peru hold their largest naval drills since 1998"
    p = parse_text(page(head, "12 March 2024", B1, B2, B3))
    assert p.title == head, p.why.get("title")


def test_a_trail_ending_in_the_headline_gives_it_when_no_line_is_one():
    p = parse_text(page("Home » Politics » " + H, "12 March 2024", B1, B2, B3))
    assert p.title == H, p.why.get("title")
    assert "breadcrumb" in p.why["title"]


def test_a_russian_trail_and_section_words_are_not_the_title():
    p = parse_text(page("Главная / Политика / Армия", RH, "12.03.2024", RB1, RB2))
    assert p.title == RH
    q = parse_text(page("Новости", "Политика", RH, "12 марта 2024", RB1, RB2))
    assert q.title == RH


def test_a_short_russian_headline_in_capitals_is_kept_verbatim():
    head = "АРМЕНИЯ И ИРАН ОБСУДИЛИ ВОЕННОЕ СОТРУДНИЧЕСТВО"
    p = parse_text(page("Главная", "Курс доллара 402,5", head, "12.03.2024 10:15", RB1, RB2))
    assert p.title == head


# --------------------------------------------------------------------------- sources

@pytest.mark.parametrize("text, want", [
    (page(H, "Lima, 12 March 2024 (Pacific Coast Wire)", B1, B2, B3), "Pacific Coast Wire"),
    (page(H, "Lima, March 12 (Pacific Coast Wire) | 12.03.2024", B1, B2, B3), "Pacific Coast Wire"),
    (page(RH, "Ереван, 12 марта — «Арарат-Инфо». " + RB1, RB2), "Ararat-Info"),
    (page(RH, "12.03.2024", RB1, RB2, "Источник: пресс-служба Министерства обороны Армении"), "Ministry of Defence of Armenia"),
    (page(H, "12 March 2024", B1, B2, B3, "Source: Press Service of the Ministry of Defence of Peru"), "Ministry of Defence of Peru"),
    (page(H, "12 March 2024", B1, B2, B3, "This story first appeared in the Andes Ledger."), "Andes Ledger"),
    (page(H, "12 March 2024", B1, B2, B3, "Republished with permission from Andes Ledger."), "Andes Ledger"),
    (page(RH, "12.03.2024", RB1, RB2, "Впервые опубликовано в «Арарат-Инфо»."), "Ararat-Info"),
    (page(H, "12 March 2024", B1, B2, B3, "Copyright © 2024 Andes Ledger. All rights reserved."), "Andes Ledger"),
    (page(H, "12 March 2024", B1, B2, B3, "andesledger.pe"), "andesledger.pe"),
    (page(H, "12 March 2024", "Photo: PacificWire / Maria Rojas", B1, B2, B3), "PacificWire"),
    (page(H, "12 March 2024", "Photo: Maria Rojas / Andes Daily", B1, B2, B3), "Andes Daily"),
    (page(RH, "12.03.2024", "Фото: Анна Петросян / «Арарат-Инфо»", RB1, RB2), "Ararat-Info"),
    (page("Andes Ledger | English", H, "12 March 2024", B1, B2, B3), "Andes Ledger"),
    (page("Andes Ledger", "Andean news in English", H, "12 March 2024", B1, B2, B3), "Andes Ledger"),
    (page("The Andes Ledger's independent daily | Lima", H, "12 March 2024", B1, B2, B3), "Andes Ledger"),
    (page("Арарат-Инфо — независимая газета", RH, "12.03.2024", RB1, RB2), "Ararat-Info"),
    (page(H, "12 March 2024", B1, B2, B3, "Press Service / Ministry of Defence of Peru"), "Ministry of Defence of Peru"),
    # a ministry's header in capitals names its own country, not the lead's first one
    (page("MINISTRY OF DEFENCE OF PERU", H, "12 March 2024", B1, B2, B3), "Ministry of Defence of Peru"),
    (page(RH, "12.03.2024", RB1, RB2, "Пресс-служба Министерства обороны Республики Армения"), "Ministry of Defence of Armenia"),
    (page(H, "12 March 2024", B1, B2, B3, "www.andesledger.com.pe"), "andesledger.com.pe"),
])
def test_credit_forms(text, want):
    p = parse_text(text)
    assert p.source == want, p.why.get("source")


@pytest.mark.parametrize("text", [
    page(H, "Lima | Santiago", "12 March 2024", B1, B2, B3),  # two cities, not 'person | outlet'
    page(H, "Santa Cruz | Asuncion", "12 March 2024", B1, B2, B3),
    page(H, "San Miguel, Arequipa", "12 March 2024", B1, B2, B3),
    page(H, "12 March 2024", B1, B2, B3, "Share on Facebook", "Share on X"),
    page(H, "Lima, 12 March 2024 (GMT-5)", B1, B2, B3),  # a time zone closing a dateline names no outlet
    page(H, "12 March 2024", "Photo: Maria Rojas", B1, B2, B3),  # a photographer alone
    page(H, "12 March 2024", "Photo courtesy of Maria Rojas", B1, B2, B3),
    page(H, "12 March 2024", "Photo: Ministry of Defence / Maria Rojas", B1, B2, B3),
])
def test_lines_that_name_no_outlet(text):
    p = parse_text(text)
    assert p.source is None, (p.source, p.why.get("source"))
    assert p.author is None, (p.author, p.why.get("author"))


# --------------------------------------------------------------------------- bylines

@pytest.mark.parametrize("line, people, outlets", [
    ("By Maria Rojas, Special to the Andes Ledger", ["Maria Rojas"], ["Andes Ledger"]),
    ("Maria Rojas, Andes Ledger correspondent", ["Maria Rojas"], ["Andes Ledger"]),
    ("Maria Rojas, PacificWire correspondent", ["Maria Rojas"], ["PacificWire"]),
    ("Maria Rojas, Lima correspondent", ["Maria Rojas"], []),  # a place, not a newsroom
    ("Maria Rojas, Chilean correspondent", ["Maria Rojas"], []),
    ("By Maria Rojas, Defence Editor", ["Maria Rojas"], []),
    ("By Maria Rojas and Pedro Castillo", ["Maria Rojas", "Pedro Castillo"], []),
    ("Andes Ledger | English", [], ["Andes Ledger"]),
    ("Santa Cruz | Asuncion", [], []),
    ("By Maria Rojas | Pacifico", ["Maria Rojas"], ["Pacifico"]),  # 'By' says it is a byline
])
def test_byline_forms(line, people, outlets):
    assert read_byline(line) == (people, outlets)


def test_byline_with_a_role_and_two_authors_on_pages():
    p = parse_text(page(H, "By Maria Rojas, Defence Editor", "12 March 2024", B1, B2, B3))
    assert (p.author, p.source) == ("Maria Rojas", None)
    q = parse_text(page(H, "By Maria Rojas and Pedro Castillo", "12 March 2024", B1, B2, B3))
    assert q.author == "Maria Rojas, Pedro Castillo"
    r = parse_text(page(H, "By Maria Rojas, Special to the Andes Ledger", "12 March 2024", B1, B2, B3))
    assert (r.author, r.source) == ("Maria Rojas", "Andes Ledger")


def test_a_cyrillic_byline_is_given_in_latin_script():
    """The corpus convention gives every person's name in Latin script (only headlines stay in
    Russian): a Russian byline is transliterated, and the written form is kept in the reason."""
    p = parse_text(page(RH, "Автор: Анна Петросян", "12.03.2024", RB1, RB2))
    assert p.author == "Anna Petrosyan"
    assert "Анна Петросян" in p.why["author"]


def test_a_ministrys_own_release_names_the_ministry():
    p = parse_text(page("Ministry of Defence of Peru", H, "12 March 2024", B1, B2, B3, "Press Service",
                        "Ministry of Defence of Peru"))
    assert p.source == "Ministry of Defence of Peru", p.why.get("source")


def test_an_unsure_first_headline_gives_way_to_a_surer_one_the_lead_restates():
    from generator.ingest.lines import Line
    from generator.ingest.draft import ParsedDraft
    from generator.ingest.headlines import _weigh_headlines

    lines = [Line(1, "Weekly briefing for subscribers", "headline", "crf p=0.45", 0.45),
             Line(3, H, "headline", "crf p=0.93", 0.93),
             Line(5, B1, "body", "crf p=1.00", 1.0)]
    kept = _weigh_headlines(lines, [lines[0], lines[1]], 5, ParsedDraft(path="x", lang="en"))
    assert [ln.number for ln in kept] == [3] and lines[0].label == "chrome"
    # a caption that restates the lead and names its day does not displace the headline
    lines = [Line(1, "Weekly briefing for subscribers", "headline", "crf p=0.45", 0.45),
             Line(3, "Chile and Peru defence ministers in Lima on March 12", "headline", "crf p=0.93", 0.93),
             Line(5, B1, "body", "crf p=1.00", 1.0)]
    kept = _weigh_headlines(lines, [lines[0], lines[1]], 5, ParsedDraft(path="x", lang="en"))
    assert [ln.number for ln in kept] == [1, 3]

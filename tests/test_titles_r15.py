"""Round 15 (issue 11): the headline among the lines above it.

1. A metadata label ('Published', 'Updated', 'From:', 'Опубликовано', 'Дата публикации:'), its value, a cookie banner's
   heading or a document-kind label is never the headline; the line right under a document-kind label is its best
   candidate.
2. The masthead block (the site's name, its tagline, its volume or issue line, over a menu, widget, issue or date
   line) is never the headline when a line under that divider restates the lead.
3. A line of nothing but a person's name (with or without 'Текст:', 'Words:') right under or over the headline is
   the byline: never the title, and its name is the author (a picture's credit alone is no author).

Every page is written for this test (tests/pages_r15.py: invented outlets, people and sentences)."""
from __future__ import annotations

import pytest

from generator.ingest.headlines import meta_label, name_only
from generator.ingest.reader import parse_text
from pages_r15 import EB1, EB2, GOV, MASTHEAD, PORTAL, SB1, SB2, TOP_HEADLINE, page


@pytest.mark.parametrize("name", sorted(GOV))
def test_a_government_pages_label_lines_are_no_headline(name):
    text, title, _ = GOV[name]
    p = parse_text(text)
    assert p.title == title, (name, p.title, p.why.get("title"))


@pytest.mark.parametrize("name", sorted(MASTHEAD))
def test_the_masthead_block_is_no_headline(name):
    text, title, _ = MASTHEAD[name]
    p = parse_text(text)
    assert p.title == title, (name, p.title, p.why.get("title"))


@pytest.mark.parametrize("name", sorted(TOP_HEADLINE))
def test_a_short_headline_over_a_divider_and_a_standfirst_is_no_masthead(name):  # near-misses of the masthead rule
    want, parts = TOP_HEADLINE[name]
    body = (SB1, SB2) if any("а" <= c <= "я" for c in want.lower()) else (EB1, EB2)
    p = parse_text(page(*parts, *body))
    assert p.title == want, (name, p.title, p.why.get("title"))


@pytest.mark.parametrize("name", sorted(PORTAL))
def test_a_name_alone_next_to_the_headline_is_the_byline(name):
    text, title, author = PORTAL[name]
    p = parse_text(text)
    assert p.title == title, (name, p.title, p.why.get("title"))
    assert p.author == author, (name, p.author, p.why.get("author"))


@pytest.mark.parametrize("line, want", [
    ("Published", True), ("Published 12 May 2025", True), ("Last updated 4 February 2025", True), ("From:", True),
    ("From: Ministry of Defence and Jane Smith MP", True), ("Posted: 12 May 2025 | Updated: 13 May 2025", True),
    ("Date:", True), ("Updated 14:05 GMT", True), ("Date of publication: 12.05.2025", True), ("Опубликовано", True),
    ("Опубликовано: 12 мая 2025", True), ("Дата публикации:", True), ("Обновлено 13.05.2025 10:15", True),
    # near-misses: headlines that begin with a label's word
    ("Updated naval training plan agreed with Ghana", False), ("From Baku to Kabul: talks on 12 May", False),
    ("Dated agreement signed in Oslo", False), ("Published memoirs of a general stir debate", False),
    ("Обновлённый план учений согласован", False),
])
def test_a_metadata_label_line(line, want):
    assert meta_label(line) is want


@pytest.mark.parametrize("line, want", [
    ("Ирина Соколова", True), ("Мария Ивановна Кузнецова", True), ("Текст: Анна Белова. Фото: Олег Ким", True),
    ("Words: Jane Doe, Photos: Tom Reed", True), ("Mary Ann Collins", True), ("Фото: Олег Ким", True),
    # near-misses: headlines and labels of capitalised words
    ("Kazakh Army Day", False), ("Navy Chiefs Meet In Oslo", False), ("Norway and Ghana agree", False),
    ("Общество / Армия", False), ("Press Releases", False),
])
def test_a_line_of_names_alone(line, want):
    assert name_only(line) is want


@pytest.mark.parametrize("line, want", [
    ("USD 92,15  EUR 99,30", True), ("Курсы валют от 22/11/2024", True), ("Курс доллара ЦБ: 92,15", True),
    ("TRY 36,50", True), ("$ 1.36", True),
    # near-misses: cadets, a course, the English verb 'try'
    ("Оренбургские курсанты приняли делегацию военных из Казахстана", False), ("Учебный курс для офицеров", False),
    ("Both navies will try to meet again in May", False),
])
def test_the_currency_widget_feature(line, want):
    from generator.ingest.lines import page_features
    _, feats = page_features([line], "ru" if any("а" <= c <= "я" for c in line.lower()) else "en")
    assert (feats[0].get("currency") == 1.0) is want

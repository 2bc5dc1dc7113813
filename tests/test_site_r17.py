"""Round 17, what a reader sees: search finds a person's page first, a spelling listed once, an exercise's
address says what it is, the agreement status "earlier" said in full, the relations picture gives every
group room in proportion to its size.

The site is built from tests/site_r17/ (four articles written for these tests: a Belarus–Kazakhstan meeting
in English and in Russian, an Armenian visit that spells the minister "Victor", an Uzbek–Tajik exercise with
no official named)."""

from __future__ import annotations

import json
import math
import re
from html import unescape
from pathlib import Path

import pytest

from conftest import search_site

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "tests" / "site_r17"


def _front(md: str) -> str:
    return md.split("\n---\n", 1)[0]


def _text(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def _fact(md: str, label: str) -> str:
    """The line of a generated page that starts with the bold LABEL ('' when there is none)."""
    return next((line for line in md.splitlines() if line.startswith(f"**{label}")), "")


# --------------------------------------------------------------------------- 1. search

def test_lists_weighed_down_and_person_pages_up_in_front_matter(articles_site):
    docs = articles_site[0] / "docs"
    lists = ["index.md", "articles/index.md", "people/index.md", "countries/index.md", "agreements/index.md",
             "events/index.md", "timeline/index.md", "timeline/2026.md", "sources/index.md", "relations.md"]
    for path in lists:
        assert re.search(r"^search:\n  boost: 0\.\d+$", _front((docs / path).read_text()), re.M), path
    person = _front((docs / "people/viktor-khrenin.md").read_text())
    assert re.search(r"^search:\n  boost: [2-9]$", person, re.M), person
    # every entity page stays in the search at its own weight (or more): none is excluded or weighed down
    for folder in ("people", "countries", "agreements", "events", "articles"):
        for page in (docs / folder).glob("*.md"):
            if page.name != "index.md":
                fm = _front(page.read_text())
                assert "exclude" not in fm and "boost: 0" not in fm, page


def test_search_index_entries_carry_the_weights(articles_site):
    idx = json.loads((articles_site[0] / "site/search/search_index.json").read_text())["docs"]
    boost = {}
    for d in idx:
        boost.setdefault(d["location"].split("#")[0], d.get("boost", 1))
    assert boost["people/viktor-khrenin.html"] > 1
    for page in ("people/index.html", "articles/index.html", "events/index.html", "index.html", "relations.html"):
        assert boost[page] < 1, page
    for page in ("countries/BY.html", "events/2026-03-12-khrenin-zhaksylykov.html"):
        assert boost[page] == 1, page  # findable as before
    # The person's name in the other script is in the heading (a title to the search), not only in its text.
    head = next(d for d in idx if d["location"] == "people/viktor-khrenin.html")
    assert "Виктор Хренин" in head["title"] and "Viktor Khrenin" in head["title"], head["title"]


def test_heading_shows_the_other_script_only_when_there_is_one(articles_site):
    docs = articles_site[0] / "docs"
    assert re.search(r'^# Viktor Khrenin <span class="archive-other-name" lang="ru">Виктор Хренин</span>$',
                     (docs / "people/viktor-khrenin.md").read_text(), re.M)
    # a name known only in Latin script: a plain heading, no empty span
    from generator.site.render import render_person

    P, Ar = _person()
    P.names = {"en": "Oleg Voronin"}
    text = render_person(Ar(), P()).text
    assert "\n# Oleg Voronin\n" in text and "archive-other-name" not in text


def _results(page) -> list[str]:
    return page.eval_on_selector_all(".md-search-result__list > li > a", "els => els.map(e => e.getAttribute('href'))")


@pytest.mark.parametrize("query", ["Хренин", "Khrenin"])
def test_a_name_finds_the_person_first_and_no_list_page_on_top(browser, served_articles, query):
    page = browser.new_page()
    try:
        search_site(page, served_articles, query, "people/viktor-khrenin.html")
        page.wait_for_timeout(500)
        got = [h.split("?")[0] for h in _results(page)]
        assert got[0].endswith("people/viktor-khrenin.html"), got
        top = got[:3]
        assert not any(h.endswith(("/index.html", "relations.html")) or h in ("index.html", "./") for h in top), got
    finally:
        page.close()


def test_offline_search_finds_the_person_first(browser, offline_site):
    """The offline copy (file://, the search worker in the iframe shim) ranks the same way."""
    ctx = browser.new_context()
    page = ctx.new_page()
    try:
        page.goto((offline_site / "index.html").as_uri())
        page.click("label.md-search__icon, .md-search__input", timeout=5000)
        page.wait_for_function("""() => { const m = document.querySelector('.md-search-result__meta');
                                          return m && !m.textContent.includes('Initializing search'); }""", timeout=15000)
        box = page.locator("input.md-search__input")
        box.fill("Хренин")
        box.press("End")
        page.wait_for_selector(".md-search-result__list a[href*='people/viktor-khrenin.html']", timeout=15000)
        got = [h.split("?")[0] for h in _results(page)]
        assert got[0].endswith("people/viktor-khrenin.html"), got
    finally:
        ctx.close()


# --------------------------------------------------------------------------- 2. a spelling listed once

def test_a_spelling_is_listed_once_on_a_person_page(articles_site):
    md = (articles_site[0] / "docs/people/viktor-khrenin.md").read_text()
    also = _fact(md, "Also written:")
    assert "Victor Khrenin" in also, also  # the article that wrote "Victor"
    shown = [x.strip().casefold() for line in (also, _fact(md, "Transliterations:"))
             for x in unescape(line.split(":**", 1)[-1]).split(",") if x.strip()]
    assert len(shown) == len(set(shown)), shown


def _person():
    """A person record as resolve makes it (the fields render_person reads), and an empty archive."""
    class P:  # a person record as resolve makes it, in the fields render_person reads
        id, name, country, roles, articles = "oleg-voronin", "Oleg Voronin", None, (), []
        names = {"en": "Oleg Voronin", "ru": "Олег Воронин"}
        aliases = ("Voronin",)
        transliterations = ("Oleg Voronin", "voronin", "Oleg Voronine", "Oleg Voronin")

    class Ar:
        people, facts, agreements, events, countries = {}, {}, {}, {}, {}
        events_apart = {}

    return P, Ar


def test_transliterations_keep_what_also_written_does_not_show():
    from generator.site.render import render_person

    P, Ar = _person()
    text = render_person(Ar(), P()).text
    assert _fact(text, "Transliterations:") == "**Transliterations:** Oleg Voronine"
    assert _fact(text, "Also written:") == "**Also written:** Voronin"
    P.transliterations = ("Voronin",)
    assert _fact(render_person(Ar(), P()).text, "Transliterations:") == ""  # nothing new: no empty line


# --------------------------------------------------------------------------- 3. an exercise's address

def test_an_exercise_with_no_official_named_has_a_descriptive_address(articles_site):
    events = json.loads((articles_site[0] / "docs/data/events.json").read_text())
    ex = [e for e in events if e["kind"] == "exercise"]
    assert len(ex) == 1 and not ex[0]["people"], ex
    assert ex[0]["id"] == "2026-09-21-exercise-uzbekistan-tajikistan", ex[0]["id"]
    # a meeting keeps its names as before
    assert "2026-03-12-khrenin-zhaksylykov" in {e["id"] for e in events}
    assert (articles_site[0] / "site/events/2026-09-21-exercise-uzbekistan-tajikistan.html").is_file()


# --------------------------------------------------------------------------- 4. "earlier" said in full

def test_status_label():
    from generator.site.helpers import STATUS_LEGEND, status_label

    assert status_label("earlier", "article") == "signed before this meeting"
    assert status_label("earlier") == "signed before the meetings reported"
    for s in ("signed", "planned", "drafted", "mentioned"):
        assert status_label(s) == status_label(s, "article") == s
    assert "earlier" not in status_label("earlier", "report")
    assert "**signed before the meetings reported**" in STATUS_LEGEND


def test_earlier_never_shows_as_a_bare_word(articles_site):
    docs = articles_site[0] / "docs"
    bare = re.compile(r"\| earlier \||· earlier$|\*\*Status:\*\* earlier|\*\(earlier\)\*", re.M)
    for page in docs.glob("**/*.md"):
        assert not bare.search(page.read_text()), page
    site = articles_site[0] / "site"
    art = _text((site / "articles/en-by-kz-minsk.html").read_text())
    assert "plan of military cooperation for 2026 (signed before this meeting)" in art, art
    agr = _text((site / "agreements/belarus-kazakhstan-plan-of-military-cooperation-for-2026.html").read_text())
    assert "Status: signed before the meetings reported" in agr
    assert "English signed before the meeting reported plan of military cooperation" in agr  # the reports table
    assert "signed before the meetings reported (a report says it was signed earlier" in _text(
        (site / "agreements/index.html").read_text())  # the legend
    # the plan signed at the Armenian visit is plainly signed; the Russian report, which only names the
    # plan, adds no label
    visit = _text((site / "articles/en-by-am-visit.html").read_text())
    assert "for 2027 (signed)" in visit
    ru = _text((site / "articles/ru-by-kz-minsk.html").read_text())
    assert "(mentioned)" not in ru + visit and "(signed" not in ru


# --------------------------------------------------------------------------- 5. room in proportion to size

def _groups(sizes: list[int]):
    """Nodes and edges of groups of the given sizes: each a chain with a hub joined to all (a dense core)."""
    nodes, edges = [], {}
    for g, n in enumerate(sizes):
        keys = [f"g{g}n{i}" for i in range(n)]
        nodes += [(k, f"Person {k.upper()} Longname", 1 + (i == 0) * 3, f"{k}.html") for i, k in enumerate(keys)]
        for i in range(1, n):
            edges[(keys[0], keys[i])] = 2 if i == 1 else 1
            if i > 1:
                edges[(keys[i - 1], keys[i])] = 1
    return nodes, edges


def _circles(svg: str) -> list[tuple[float, float, float]]:
    return [tuple(map(float, m)) for m in re.findall(r'<circle cx="([-\d.]+)" cy="([-\d.]+)" r="([\d.]+)"', svg)]


def test_a_large_group_gets_room_in_proportion_to_its_size():
    from generator.site.views import _svg_graph

    nodes, edges = _groups([11, 3, 3])
    svg = _svg_graph(nodes, edges, "test")
    circles = _circles(svg)
    big, small = circles[:11], circles[11:14]

    def height(cs):
        return max(c[1] for c in cs) - min(c[1] for c in cs)

    def width(cs):
        return max(c[0] for c in cs) - min(c[0] for c in cs)

    # room in proportion to the size: at least as much room (area) per node in the big group as in a small
    # one (under half as much before round 17). Round 19: the room was measured as height alone while the
    # big group was held to an 80-px strip across; a big group now gets its room across as well (its labels go
    # under the circles), so the measure is the area, and the big group is no strip.
    per_big, per_small = width(big) * height(big) / 11, width(small) * height(small) / 3
    assert 0.8 <= per_big / per_small <= 2.0, (per_big, per_small)
    assert height(big) < 2 * width(big), (width(big), height(big))
    # and no two circles of the big group touch
    gap = min(math.dist(a[:2], b[:2]) - a[2] - b[2] for i, a in enumerate(big) for b in big[i + 1:])
    assert gap > 4, gap

"""Round 9's look at the site as a new reader sees it: five made-up articles (tests/ux/articles_r9,
written for this project, shaped like scraped pages: masthead and menu lines, headline, stamp,
byline, body, share/tag/related tails): an Uzbek–Kazakh meeting reported in English and in Russian
(one event in two languages, a person the registry does not know named in both scripts), an
Armenian–French meeting with two leaders only recalled, an Indian ministry's readout published two
days after the talks, and a Belarusian–Vietnamese visit in Russian. Built into a site with the seeds'
layout and read in headless Chromium.

What works is asserted; the agreements index (fixed this round) is checked on the built HTML; the
reading errors found are strict xfails naming the field (the extraction rules' area)."""
from __future__ import annotations

import html as htmllib
import json
import re

import pytest

from conftest import ROOT, article_meta as _fm, search_site, site_page as _html

ARTICLES = ROOT / "tests" / "ux" / "articles_r9"  # built by the articles_site fixture (conftest.py)


def _events(proj) -> dict:
    return {e["id"]: e for e in json.loads((proj / "docs/data/events.json").read_text(encoding="utf-8"))}


def _event_of(proj, slug: str) -> dict:
    return _events(proj)[_fm(proj, slug)["event"]]


def _rows(html: str) -> list[list[str]]:
    """The rows of the first table of a built page, each cell's visible text."""
    table = re.search(r"<table>.*?</table>", html, re.S).group(0)
    return [[htmllib.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", c))).strip() for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", r, re.S)]
            for r in re.findall(r"<tr>(.*?)</tr>", table, re.S)]


# --- the agreements index: name first, the signing's day and place, newest first -------------------

def test_agreements_index_names_first_and_says_when_and_where_signed(articles_site):
    """The name is the first column (the one a phone keeps in view), and each row gives the day and
    city of the signing, so a memorandum with no year of its own still says when it was signed."""
    proj, _ = articles_site
    rows = _rows(_html(proj, "agreements/index.html"))
    assert rows[0] == ["Agreement", "Covers", "Signed", "Parties", "Status", "Reports"]
    by_name = {r[0]: r for r in rows[1:]}
    assert by_name["Belarus–Vietnam memorandum on cooperation in military education"][1:3] == ["", "4 November 2025, Hanoi"]
    assert by_name["Armenia–France letter of intent on cooperation in military medicine"][2] == "23 October 2025, Paris"


def test_agreements_index_puts_a_document_without_a_year_among_its_signing_year(articles_site):
    """Newest first by the year covered, else the year signed: the 2025 memoranda stand above
    nothing older; before, every document without a year sank to the foot of the list."""
    proj, _ = articles_site
    names = [r[0] for r in _rows(_html(proj, "agreements/index.html"))[1:]]
    assert names[0] == "Kazakhstan–Uzbekistan plan of bilateral military cooperation for 2026"
    # (the agreement signed with the plan covers no year of its own: round 10 stopped it taking the plan's)
    assert "Kazakhstan–Uzbekistan agreement on military-technical cooperation" in names
    # the documents of 2025 with no year of their own, newest signing first
    assert names.index("Belarus–Vietnam memorandum on cooperation in military education") \
        < names.index("Armenia–France letter of intent on cooperation in military medicine") \
        < names.index("India–Mongolia defence ministries memorandum of understanding on cyber security cooperation")


def test_country_page_lists_agreements_in_the_same_order(articles_site):
    proj, _ = articles_site
    html = _html(proj, "countries/UZ.html")
    block = html[html.index('id="agreements"'):html.index('id="articles"')]
    items = re.findall(r'href="../agreements/([^"]+)\.html"', block)
    assert items[-1] == "kazakhstan-uzbekistan-agreement-on-military-technical-cooperation"
    assert items[0].endswith("for-2026")


# --- the events tables say where ------------------------------------------------------------------

@pytest.mark.parametrize("path", ["events/index.html", "index.html"], ids=["events-index", "home"])
def test_events_tables_say_where(articles_site, path):
    """The archive promises who met whom, where and what they signed: the events index and Home's
    latest events give the city of each meeting beside its date (before, only the event page did)."""
    proj, _ = articles_site
    html = _html(proj, path)
    table = html[html.index("<table>", html.index("Latest events") if path == "index.html" else 0):]
    rows = _rows(table)
    head = rows[0]
    assert head[:3] == ["Event", "When", "Where"]
    where = {r[0]: r[2] for r in rows[1:]}
    # (round 10: the Event cell names the event without the date its When column gives)
    assert where["Viktor Khrenin and Phan Van Giang"] == "Hanoi"
    assert where["Bakhodir Kurbanov and Ruslan Zhaksylykov"] == "Tashkent"
    assert where["Rajnath Singh and Gursed Saikhanbayar"] == "Ulaanbaatar"


# --- what a reader can rely on ----------------------------------------------------------------

def test_one_meeting_reported_in_two_languages_is_one_event(articles_site):
    proj, _ = articles_site
    ev = _event_of(proj, "en-uzbek-kazakh-tashkent")
    assert ev["id"] == _fm(proj, "ru-uzbek-kazakh-tashkent")["event"]
    assert ev["start"] == "2025-09-11" and ev["where"] == ["Tashkent"]  # 'on Thursday' of a Friday's report
    assert ev["mentioned"] == ["kassym-jomart-tokayev"]  # he sent greetings: mentioned, not present


@pytest.mark.parametrize("slug, when, where, people, mentioned", [
    ("en-armenia-france-paris", "2025-10-23", ["Paris"], ["suren-papikyan", "catherine-vautrin"],
     ["emmanuel-macron", "nikol-pashinyan"]),
    ("en-mongolia-india-readout", "2025-10-01", ["Ulaanbaatar"], ["rajnath-singh", "gursed-saikhanbayar"], []),
    ("ru-belarus-vietnam-hanoi", "2025-11-04", ["Hanoi"], ["viktor-khrenin", "phan-van-giang"], ["alexander-lukashenko"]),
], ids=["paris", "readout-two-days-later", "hanoi-ru"])
def test_event_who_when_where(articles_site, slug, when, where, people, mentioned):
    proj, _ = articles_site
    ev = _event_of(proj, slug)
    assert (ev["start"], ev["where"], ev["mentioned"]) == (when, where, mentioned)
    assert set(people) <= set(ev["people"])


def test_a_person_the_registry_does_not_know_has_both_scripts(articles_site):
    """Colonel Dilshod Rakhimov, named in the English and the Russian report, has one page with his
    Russian name in the nominative."""
    proj, _ = articles_site
    html = _html(proj, "people/dilshod-rakhimov.html")
    # The declined forms are there only as hidden text for the search (round 18), never shown as spellings.
    shown = re.sub(r'<p class="archive-search-forms" hidden>[^<]*</p>', "", html)
    assert "Дилшод Рахимов" in shown and "Дилшодом" not in shown and "Дилшодом" in html


@pytest.mark.parametrize("query, expect", [("Rakhimov", "people/dilshod-rakhimov"),
                                           ("Рахимов", "people/dilshod-rakhimov"),
                                           ("Жаксылыков", "people/ruslan-zhaksylykov"),
                                           ("Vautrin", "people/catherine-vautrin")])
def test_search_finds_the_new_names(browser, served_articles, query, expect):
    page = browser.new_page()
    search_site(page, served_articles, query, expect)
    page.close()


# --- reading errors: strict xfails (the extraction rules' area) --------------------------------

# (A strict xfail when written in round 9: under a masthead 'НОВОСТИ ЦЕНТРАЛЬНОЙ АЗИИ' the menu line became the title.
# Round 11 reads the sentence-like line over the text, under the page's short top lines, as the headline.)
def test_a_menu_line_is_no_title(articles_site):
    proj, _ = articles_site
    assert _fm(proj, "ru-uzbek-kazakh-tashkent")["title"] == \
        "Курбанов и Жаксылыков подписали соглашение о военно-техническом сотрудничестве"


# (A strict xfail when written in round 9; the breadcrumb and menu rules of the same round fixed it.)
def test_a_menu_item_is_no_source(articles_site):
    proj, _ = articles_site
    assert _fm(proj, "ru-uzbek-kazakh-tashkent")["source"] != "Politika"


# (A strict xfail when written in round 9: 'signed an Agreement on Military-Technical Cooperation … and a
# plan of bilateral military cooperation for 2026' gave the agreement the plan's year; round 10's rule that a
# second document joined by "and" keeps its year to itself fixed it.)
def test_the_year_of_a_plan_is_not_the_agreements(articles_site):
    proj, _ = articles_site
    assert "kazakhstan-uzbekistan-agreement-on-military-technical-cooperation" in _fm(proj, "en-uzbek-kazakh-tashkent")["agreements"]


# (A strict xfail when written in round 9; round 10's monument word opening a span fixed it.)
def test_a_mausoleum_is_no_person(articles_site):
    proj, _ = articles_site
    assert not any(p.startswith("mavzolei") for p in _fm(proj, "ru-belarus-vietnam-hanoi")["people"])


# A strict xfail when written in round 9 (a Cyrillic byline or outlet was kept only in Latin script, so the
# form the page prints appeared nowhere on the site); round 11 shows it beside the Latin form ('Also written:').
@pytest.mark.parametrize("page, written", [("sources/author-irina-sokolova.html", "Ирина Соколова"),
                                           ("sources/source-minsky-vestnik.html", "Минский вестник")],
                         ids=["author", "source"])
def test_a_cyrillic_byline_keeps_its_written_form(articles_site, page, written):
    proj, _ = articles_site
    assert written in _html(proj, page)

"""Round 10's look at the site as a new reader sees it: five made-up articles (tests/ux/articles_r10,
written for this project, shaped like scraped pages: masthead and menu lines, a weather or currency bar,
headline, stamp, byline, body, tag/share/related tails): a Norwegian–Finnish meeting in Oslo, a
Chilean–Peruvian navy meeting in Lima with a wire dateline, a Brazilian–Argentine signing saved as an
`.html` page, a Georgian–Azerbaijani meeting in Russian and a Turkmen–Tajik one in Russian stored in
cp1251. Built into a site and read in headless Chromium.

Fixed this round and checked on the built HTML: a person's roles table keeps its Article column in
view on a phone (three columns: date, role and rank with the words of the report under them,
article); an event page gives its city's Cyrillic spellings, so a search in Russian («Ашхабад»,
«Осло») finds the meeting. The reading errors found are strict xfails naming the field (the
extraction rules' area)."""
from __future__ import annotations

import html as htmllib
import json
import re

import pytest

from conftest import PHONE, ROOT, article_meta as _fm, search_site, site_page as _html

ARTICLES = ROOT / "tests" / "ux" / "articles_r10"  # built by the articles_site fixture (conftest.py)


def _event_of(proj, slug: str) -> dict:
    events = {e["id"]: e for e in json.loads((proj / "docs/data/events.json").read_text(encoding="utf-8"))}
    return events[_fm(proj, slug)["event"]]


def _table_after(html: str, heading_id: str) -> list[list[str]]:
    """The rows of the table under the heading HEADING_ID, each cell's visible text."""
    part = html[html.index(f'id="{heading_id}"'):]
    table = re.search(r"<table>.*?</table>", part, re.S).group(0)
    return [[htmllib.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", c))).strip()
             for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", r, re.S)]
            for r in re.findall(r"<tr>(.*?)</tr>", table, re.S)]


def _facts(html: str) -> str:
    """The visible text of a page's fact lines (When, Where, Delegations ...), before its first table."""
    body = html[html.index("<h1"):html.index("<table>")]
    return htmllib.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", body)))


# --- what reads right -------------------------------------------------------------------------

def test_a_cp1251_file_reads_as_russian(articles_site):
    proj, _ = articles_site
    fm = _fm(proj, "ru-turkmen-tajik-ashgabat")
    assert fm["source_encoding"] == "cp1251" and fm["language"] == "ru"
    assert fm["title"] == "Министры обороны Туркменистана и Таджикистана провели переговоры в Ашхабаде"
    assert str(fm["date"]) == "2025-11-24"


def test_a_saved_page_keeps_its_byline_and_drops_its_chrome(articles_site):
    proj, _ = articles_site
    fm = _fm(proj, "page-brazil-argentina")
    assert (fm["author"], fm["source"]) == ("Paulo Ribeiro", "Southern Cone Defence Review")
    body = _html(proj, "articles/page-brazil-argentina.html")
    body = body[body.index('class="archive-body"'):body.index('class="archive-cite"')]
    for chrome in ("We use cookies", "USD/BRL", "Get the Review in your inbox", "Uruguay retires"):
        assert chrome not in body


@pytest.mark.parametrize("slug, when, where, people, mentioned", [
    ("en-finland-norway-oslo", "2025-11-03", ["Oslo"], ["tore-sandvik", "aino-lehtonen"], ["sauli-niinisto"]),
    ("en-chile-peru-lima", "2025-11-17", ["Lima"], ["rodrigo-valdes", "jorge-salinas"], ["gabriel-boric"]),
    ("page-brazil-argentina", "2025-10-21", ["Brasilia"], ["ricardo-alves", "lucia-ferreyra"], []),
    ("ru-georgia-azerbaijan-tbilisi", "2025-12-11", ["Tbilisi"], ["irakly-beridze", "zakir-hasanov"], ["ilham-aliyev"]),
    ("ru-turkmen-tajik-ashgabat", "2025-11-21", ["Ashgabat"], ["begench-gundogdyev", "emomali-sobirzoda"], []),
], ids=["oslo", "lima", "brasilia-html", "tbilisi-ru", "ashgabat-cp1251"])
def test_event_who_when_where(articles_site, slug, when, where, people, mentioned):
    proj, _ = articles_site
    ev = _event_of(proj, slug)
    assert (ev["start"], ev["where"], ev["mentioned"]) == (when, where, mentioned)
    assert set(people) <= set(ev["people"])


def test_a_person_named_in_russian_has_both_scripts(articles_site):
    proj, _ = articles_site
    html = _html(proj, "people/begench-gundogdyev.html")
    assert "Бегенч Гундогдыев" in html and "Begench Gundogdyev" in html


# --- fixed: the roles table on a phone --------------------------------------------------------

def test_roles_table_has_three_columns_with_the_words_of_the_report_under_the_role(articles_site):
    """Five columns (Date, Role, Rank, As written, Article) pushed the Article column past a phone's
    edge; now the role and rank share a cell and the report's own words stand under them."""
    proj, _ = articles_site
    rows = _table_after(_html(proj, "people/emomali-sobirzoda.html"), "roles-and-ranks")
    assert rows[0] == ["Dates", "Role and rank", "Latest report"]  # round 20: one row per office held
    date, held, article = rows[1]
    assert date == "24 November 2025"
    assert held.startswith("Minister of Defence, Colonel General")
    assert "as written: министром обороны / генерал-полковником" in held
    assert article == "Министры обороны Туркменистана и Таджикистана провели переговоры в Ашхабаде"


def test_roles_table_says_as_written_only_when_the_words_differ(articles_site):
    proj, _ = articles_site
    rows = _table_after(_html(proj, "people/ricardo-alves.html"), "roles-and-ranks")
    assert rows[1][1] == "Minister of Defence"  # the report wrote it so: nothing under it


@pytest.mark.browser
@pytest.mark.parametrize("path", ["people/emomali-sobirzoda.html", "people/zakir-hasanov.html"])
def test_roles_table_article_in_view_on_a_phone(browser, served_articles, path):
    """On a 375 px screen the link to the article is in view beside the date, not past the edge."""
    ctx = browser.new_context(**PHONE)
    page = ctx.new_page()
    page.goto(served_articles + path)
    table = page.locator("h2#roles-and-ranks ~ * table, h2#roles-and-ranks + table").first
    link = table.locator("td:last-child a").first
    box = link.bounding_box()
    assert box and box["x"] + box["width"] <= 375
    assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 1
    ctx.close()


@pytest.mark.browser
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_roles_table_small_print_passes_axe(browser, served_articles, scheme):
    """The report's words under a role are set small and lighter: still readable (axe-core: no
    serious or critical violation, contrast included) in both schemes, on a phone."""
    ctx = browser.new_context(color_scheme=scheme, **PHONE)
    page = ctx.new_page()
    page.goto(served_articles + "people/emomali-sobirzoda.html")
    assert page.locator(".archive-written").count() == 1
    page.add_script_tag(content=(ROOT / "tests" / "assets" / "axe-core" / "axe.min.js").read_text(encoding="utf-8"))
    bad = page.evaluate("""async () => {
        const r = await axe.run(document, {resultTypes: ['violations']});
        return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                           .map(v => v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '));
    }""")
    assert bad == []
    ctx.close()


# --- fixed: the delegations line never hides a side the reports name -----------------------------

@pytest.mark.parametrize("slug, line", [
    # the Finnish minister's country is not read (a strict xfail below): Finland is still on the page
    ("en-finland-norway-oslo", "Delegations: Norway · also named in the reports: Finland"),
    ("en-chile-peru-lima", "Delegations: Chile, Peru"),  # every country named took part: nothing more
    ("ru-turkmen-tajik-ashgabat", "Delegations: Turkmenistan, Tajikistan"),
], ids=["a-side-not-read", "chile-peru", "ru-turkmen-tajik"])
def test_event_page_names_every_country_of_its_reports(articles_site, slug, line):
    proj, _ = articles_site
    facts = _facts(_html(proj, f"events/{_fm(proj, slug)['event']}.html"))
    assert re.search(r"Delegations: .*?(?= Who:)", facts).group(0) == line


# --- fixed: the events tables do not say the date twice ------------------------------------------

@pytest.mark.parametrize("path, heading", [("events/index.html", "events"), ("index.html", "latest-events")],
                         ids=["events-index", "home"])
def test_events_tables_name_the_event_without_the_date_beside_it(articles_site, path, heading):
    """The Event column (the one a phone keeps in view) held 'Tore Sandvik and Aino Lehtonen, 3
    November 2025' beside a When column saying '3 November 2025': six lines a row on a phone."""
    proj, _ = articles_site
    rows = _table_after(_html(proj, path), heading)
    assert rows[0][:3] == ["Event", "When", "Where"]
    by_name = {r[0]: r[1:3] for r in rows[1:]}
    assert by_name["Tore Sandvik and Aino Lehtonen"] == ["3 November 2025", "Oslo"]
    assert by_name["Begench Gundogdyev and Emomali Sobirzoda"] == ["21 November 2025", "Ashgabat"]
    assert not any(re.search(r"\d{4}$", name) for name in by_name)
    # the event's own page keeps its whole title
    assert ">Tore Sandvik and Aino Lehtonen, 3 November 2025</h1>" in htmllib.unescape(_html(
        proj, f"events/{_fm(proj, 'en-finland-norway-oslo')['event']}.html"))


# --- fixed: a meeting's city is found by its Russian name ----------------------------------------

@pytest.mark.parametrize("slug, english, russian, shown", [
    ("ru-turkmen-tajik-ashgabat", "Ashgabat", "Ашхабад", True),   # a Russian report: its event page is English
    ("en-finland-norway-oslo", "Oslo", "Осло", False),              # an English report of a meeting
    ("en-chile-peru-lima", "Lima", "Лима", False),                  # Lima of Peru (the meeting's), not of Ohio
    ("page-brazil-argentina", "Brasilia", "Бразилиа", False),       # GeoNames writes it Brasília
], ids=["ashgabat", "oslo", "lima", "brasilia"])
def test_event_page_gives_the_city_in_cyrillic(articles_site, slug, english, russian, shown):
    """Round 20: the spelling is shown ('also written') only when a report of the event writes it so (a
    Russian report); for English reports alone it is in the page for the search, hidden from the eye."""
    proj, _ = articles_site
    html = _html(proj, f"events/{_fm(proj, slug)['event']}.html")
    where = re.search(r"Where: (.*?) (?:Place in other scripts|Delegations)", _facts(html)).group(1)
    hidden = re.search(r'<p class="archive-search-forms" hidden>Place in other scripts: ([^<]*)</p>', html)
    if shown:
        assert where.startswith(english + " · also written: ")
        assert russian in where.split(": ", 1)[1].split(", ")
    else:
        assert where == english
        assert hidden and russian in htmllib.unescape(hidden.group(1)).split(" ")


@pytest.mark.parametrize("place, countries, has, lacks", [
    ("Hanoi", ("VN",), "Ханой", None),
    ("Oslo", ("NO",), "Осло", "Осло ош"),                    # another language's word for "city" after it
    ("Tbilisi", ("GE",), "Тбилиси", "Тбілісі"),              # a Ukrainian spelling (і)
    ("Ashgabat", ("TM",), "Ашхабад", "Ашқобод"),            # a Tajik spelling (қ)
    ("Nur-Sultan", ("KZ",), "Нур-Султан", None),             # from places.yaml
    ("Ulaanbaatar", ("MN",), "Улан-Батор", None),           # places.yaml's English name, not GeoNames'
    ("Abu Dhabi", ("AE",), "Абу-Даби", "Абу Даби"),          # a hyphen and a space: one spelling, hyphenated
    ("Nowhere-on-Sea", (), None, None),
])
def test_cyrillic_spellings(place, countries, has, lacks):
    from generator.site.placenames import cyrillic_spellings

    got = cyrillic_spellings(place, countries)
    assert (has in got) if has else got == ()
    assert lacks is None or lacks not in got


@pytest.mark.parametrize("name, ok", [("Нью-Дели", True), ("Ростов-на-Дону", True), ("Нижний Новгород", True),
                                      ("Осло ош", False), ("Бразилия шаары", False), ("Мінськ", False),
                                      ("Ханој", False), ("Ашқобод", False), ("Oslo", False), ("Ба", False)])
def test_russian_spelling(name, ok):
    from generator.site.placenames import russian_spelling

    assert russian_spelling(name) is ok


@pytest.mark.browser
@pytest.mark.parametrize("query, expect", [("Ашхабад", "events/2025-11-21-gundogdyev-sobirzoda"),
                                           ("Осло", "events/2025-11-03-sandvik-lehtonen"),
                                           ("Тбилиси", "events/2025-12-11-beridze-hasanov"),
                                           ("Гундогдыев", "people/begench-gundogdyev"),
                                           ("Gundogdyev", "people/begench-gundogdyev")])
def test_search_finds_places_and_names_in_both_scripts(browser, served_articles, query, expect):
    page = browser.new_page()
    search_site(page, served_articles, query, expect)
    page.close()


# --- reading errors: strict xfails (the extraction rules' area) --------------------------------

# (A strict xfail when written in round 10: under a masthead in capitals and a menu, the weather and currency bar
# 'Тбилиси +9°C | USD 2.71 GEL' was labelled body, no line was a headline and the title was written from it. Round 11
# reads the sentence-like line over the text, under the page's short top lines, as the headline: tests/test_credits_r11.py.)
def test_a_weather_bar_is_no_title(articles_site):
    proj, _ = articles_site
    assert _fm(proj, "ru-georgia-azerbaijan-tbilisi")["title"] == \
        "Грузия и Азербайджан обсудили защиту трубопроводов и совместные учения"


# (A strict xfail when written in round 10: the masthead 'КАВКАЗСКИЙ ОБОЗРЕВАТЕЛЬ' was labelled text and no source was
# read. Round 11: the masthead over the menu is the site's top, and its name is given as names are written.)
def test_a_russian_masthead_in_capitals_is_the_source(articles_site):
    proj, _ = articles_site
    assert _fm(proj, "ru-georgia-azerbaijan-tbilisi")["source"] == "Kavkazsky obozrevatel"


@pytest.mark.xfail(strict=True, reason="people (extract/people.py): 'hosted his Finnish counterpart, Minister of Defence "
                   "Aino Lehtonen' gives her no country, so the event's delegations are Norway alone and the relations "
                   "picture leaves Norway undrawn")
def test_a_counterpart_takes_the_nationality_before_it(articles_site):
    proj, _ = articles_site
    assert _event_of(proj, "en-finland-norway-oslo")["countries"] == ["NO", "FI"]


# (A strict xfail when written in round 10: 'Valdes recalled that President Gabriel Boric had asked the navy …'
# gave the president Peru, the host's country. It passes since the registry knows Gabriel Boric (round 10's
# Spanish- and Portuguese-speaking leaders); the rule for a president the registry does not know is still open.)
def test_a_recalled_president_serves_the_speakers_country(articles_site):
    proj, _ = articles_site
    people = {p["id"]: p for p in json.loads((proj / "docs/data/entities.json").read_text(encoding="utf-8"))["people"]}
    assert people["gabriel-boric"]["country"] == "CL"


def test_a_memorandum_keeps_its_subject(articles_site):
    proj, _ = articles_site
    assert any("arctic-surveillance" in g for g in _fm(proj, "en-finland-norway-oslo")["agreements"])


def test_an_agreement_name_ends_at_the_next_verb(articles_site):
    proj, _ = articles_site
    assert _fm(proj, "en-chile-peru-lima")["agreements"] == ["chile-peru-letter-of-intent-on-hydrographic-cooperation"]


@pytest.mark.parametrize("title, start, end, name", [
    ("Tore Sandvik and Aino Lehtonen, 3 November 2025", (2025, 11, 3), (2025, 11, 3), "Tore Sandvik and Aino Lehtonen"),
    ("Exercise: A Bek and B Tash, 15 April 2025", (2025, 4, 15), (2025, 4, 15), "Exercise: A Bek and B Tash"),
    ("Zakir Hasanov and Viktor Khrenin, 18–20 May 2021", (2021, 5, 18), (2021, 5, 20), "Zakir Hasanov and Viktor Khrenin"),
    ("Zakir Hasanov and Andrei Ravkov, October 2019", (2019, 10), (2019, 10), "Zakir Hasanov and Andrei Ravkov"),
    ("Georgia, Azerbaijan", None, None, "Georgia, Azerbaijan"),  # undated: nothing to take off
])
def test_event_name_drops_only_the_date(title, start, end, name):
    from types import SimpleNamespace

    from generator.model import PartialDate
    from generator.site.render import _event_name

    e = SimpleNamespace(title=title, start=start and PartialDate(*start), end=end and PartialDate(*end))
    assert _event_name(e) == name

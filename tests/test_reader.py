"""What a reader finds, in a real browser (Debian's Chromium through Playwright) on the seed site:
served over HTTP and opened from file:// (the offline copy), at desktop and phone widths.

Every page kind: where am I (tab, breadcrumb, sidebar, previous/next), sources and authors as
links, "Cite this", feeds, the Data and About pages, the home page, the timeline, the relations
picture, tables on a phone, the palette switch and logo, keyboard reach, and axe-core (vendored
in tests/assets/axe-core, never published) with no serious or critical violation.
Screenshots of every page kind at both widths go to test-artifacts/.

Under CI=true a missing browser fails the run; elsewhere these tests skip (`apt-get install chromium`).
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlparse

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
AXE = Path(__file__).resolve().parent / "assets" / "axe-core" / "axe.min.js"

DESKTOP = {"viewport": {"width": 1280, "height": 900}}
PHONE = {"viewport": {"width": 375, "height": 740}, "is_mobile": True, "has_touch": True}

# page kind -> (path, the active tab, the breadcrumb after "Home")
KINDS = {
    "home": ("index.html", "Home", []),
    "articles": ("articles/index.html", "Articles", ["Articles"]),
    "article": ("articles/000-8e3fa8bda7bf2875.html", "Articles", ["Articles"]),
    "event": ("events/2021-05-18-hasanov-khrenin.html", "Articles", ["Articles", "Events"]),
    "timeline": ("timeline/index.html", "Articles", ["Articles", "Timeline"]),
    "timeline-year": ("timeline/2021.html", "Articles", ["Articles", "Timeline"]),
    "sources": ("sources/index.html", "Articles", ["Articles", "Sources"]),
    "source": ("sources/source-trend.html", "Articles", ["Articles", "Sources"]),
    "people": ("people/index.html", "People and countries", ["People and countries", "People"]),
    "person": ("people/zakir-hasanov.html", "People and countries", ["People and countries", "People"]),
    "country": ("countries/AZ.html", "People and countries", ["People and countries", "Countries"]),
    "agreement": ("agreements/azerbaijan-belarus-defence-ministries-bilateral-cooperation-plan-for-2021.html",
                  "People and countries", ["People and countries", "Agreements"]),
    "organisation": ("organizations/ministry-of-defence-az.html", "People and countries",
                     ["People and countries", "Organisations"]),
    "relations": ("relations.html", "People and countries", ["People and countries"]),
    "about": ("about.html", "About", ["About"]),
    "data": ("data/index.html", "About", ["About", "Data"]),
}


@pytest.fixture(scope="module", params=["served", "file"])
def where(request, browser):
    """(how, base address): the served site and the offline copy from file://."""
    if request.param == "served":
        return "served", request.getfixturevalue("served")
    return "file", request.getfixturevalue("offline_site").as_uri() + "/"


def _open(browser, base, rel, **kw):
    ctx = browser.new_context(**kw)
    page = ctx.new_page()
    page.errors = []
    page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.goto(base + rel)
    page.wait_for_load_state("load")
    return ctx, page


# --- 1. where am I ---------------------------------------------------------------------------

@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_page_kind_under_its_tab_with_breadcrumb_and_screenshots(browser, where, kind):
    how, base = where
    rel, tab, crumbs = KINDS[kind]
    ARTIFACTS.mkdir(exist_ok=True)
    for size, kw in (("desktop", DESKTOP), ("phone", PHONE)):
        ctx, page = _open(browser, base, rel, **kw)
        page.wait_for_timeout(200)  # the theme's first transitions (tabs, header) settle
        page.screenshot(path=str(ARTIFACTS / f"{how}-{kind}-{size}.png"), full_page=True)
        if size == "desktop":
            active = page.locator(".md-tabs__item--active")
            assert active.count() == 1, f"{kind}: {active.count()} active tabs"
            assert active.inner_text().strip() == tab
            got = [t.strip() for t in page.locator(".md-path__item").all_inner_texts()]
            assert got == (["Home"] + crumbs if crumbs else []), (kind, got)
            # Every breadcrumb entry is a working link.
            for href in page.eval_on_selector_all(".md-path__link", "els => els.map(e => e.href)"):
                assert urlparse(href).path.endswith(".html"), href
            # The sidebar shows the section's pages, not just the page's own name.
            if kind != "home":
                links = page.locator(".md-sidebar--primary .md-nav__link").all_inner_texts()
                assert len([x for x in links if x.strip()]) >= 2, (kind, links)
        # Nothing scrolls sideways, on any page, at any width.
        over = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert over <= 1, f"{kind} ({size}) scrolls sideways by {over}px"
        assert page.errors == [], page.errors
        ctx.close()


def test_article_pages_chain_previous_and_next(browser, where):
    how, base = where
    ctx, page = _open(browser, base, KINDS["article"][0], **DESKTOP)
    nxt = page.locator("a.md-footer__link--next")
    assert nxt.count() == 1
    title = nxt.get_attribute("aria-label")
    nxt.click()
    page.wait_for_load_state("load")
    assert "/articles/" in page.url and page.locator("h1").inner_text() in title
    assert page.locator("a.md-footer__link--prev").count() == 1
    ctx.close()


def test_navigation_lists_index_pages_only(seed_site):
    """The build stays linear: mkdocs.yml's nav never grows with the archive; generator/site/nav.py
    places every other page by its folder."""
    from mkdocs.config import load_config

    cfg = load_config(str(ROOT / "mkdocs.yml"))
    listed = []

    def walk(items):
        for it in items:
            if isinstance(it, dict):
                for v in it.values():
                    walk(v) if isinstance(v, list) else listed.append(v)
            elif isinstance(it, str):
                listed.append(it)
    walk(cfg["nav"])
    assert all(p.endswith("index.md") or "/" not in p for p in listed), listed
    assert len(listed) <= 20
    proj = seed_site[0]
    assert len(list((proj / "docs").rglob("*.md"))) > 3 * len(listed)


def test_place_pages_is_one_pass_per_page():
    """generator.site.nav on a synthetic navigation of many pages: each unlisted page gets the section
    of its folder's index (or the nearest above), listed pages keep theirs."""
    from types import SimpleNamespace as NS

    from generator.site.nav import chain_neighbours, place_pages

    def page(uri, parent=None, meta=None, title=None):
        return NS(file=NS(src_uri=uri), parent=parent, meta=meta or {}, title=title, children=None,
                  previous_page=None, next_page=None)

    art_sec = NS(title="Articles", children=[], parent=None, file=None)
    idx = page("articles/index.md", art_sec)
    ev_sec = NS(title="Events", children=[], parent=art_sec, file=None)
    ev_idx = page("events/index.md", ev_sec)
    ev_sec.children = [ev_idx]
    art_sec.children = [idx, ev_sec]
    n = 3000
    arts = [page(f"articles/a{i:05d}.md", meta={"date": f"20{10 + i % 10}-01-01"}, title=f"A{i}") for i in range(n)]
    deep = page("events/2021/x.md")
    stray = page("elsewhere/y.md")
    files = NS(documentation_pages=lambda: [NS(page=p, src_uri=p.file.src_uri) for p in [idx, ev_idx, *arts, deep, stray]])
    nav = NS(items=[art_sec], pages=[idx, ev_idx])
    placed = place_pages(nav, files)
    assert len(placed) == n + 1
    assert all(a.parent is art_sec for a in arts) and deep.parent is ev_sec and stray.parent is None
    assert idx.parent is art_sec
    chain_neighbours(placed)
    first = max(arts, key=lambda p: (p.meta["date"], p.file.src_uri))
    assert first.previous_page is None and first.next_page is not None
    assert sum(1 for a in arts if a.next_page is None) == 1


# --- 2. sources and authors are links --------------------------------------------------------

def test_sources_and_authors_are_links_everywhere(seed_site):
    proj = seed_site[0]
    site = proj / "site"
    arts = json.loads((proj / "docs/data/articles.json").read_text())
    for a in arts:
        html = (site / a["path"].replace(".md", ".html")).read_text()
        meta = html.split('class="archive-meta"', 1)[1].split("</div>", 1)[0]
        if a["source"]:
            assert re.search(r'<strong>Source:</strong> <a href="\.\./sources/source-[^"]+\.html">', meta), a["id"]
        if a["author"]:
            assert re.search(r'<strong>Author:</strong> <a href="\.\./sources/author-[^"]+\.html">', meta), a["id"]
    # The Source column of article tables: every named source is a link.
    index = (site / "articles/index.html").read_text()
    for a in arts:
        if a["source"]:
            assert re.search(r'<a href="\.\./sources/source-[^"]+\.html">' + re.escape(a["source"]) + "</a>", index), a["source"]
    # The sources page names the articles with no source.
    src = (site / "sources/index.html").read_text()
    unsourced = [a for a in arts if not a["source"]]
    assert unsourced, "the seeds have articles with no source"
    section = src.split('id="no-source-named"', 1)[1].split("<h2", 1)[0]
    for a in unsourced:
        assert f"../articles/{a['id']}.html" in section
    assert f"{len(unsourced)} articles name no source" in src


# --- 3. Cite this ------------------------------------------------------------------------------

def test_article_ends_with_cite_this_not_a_seed_path(browser, where):
    how, base = where
    ctx, page = _open(browser, base, KINDS["article"][0], **DESKTOP)
    cite = page.locator(".archive-cite")
    assert cite.count() == 1
    text = cite.inner_text()
    assert text.startswith("Cite this")
    assert "Zakir Hasanov and Viktor Khrenin visit several military units" in text
    assert "Vafa Ismayilova" in text and "20 May 2021" in text and "Defence Diplomacy Archive" in text
    assert "articles/000-8e3fa8bda7bf2875.html" in text
    body = page.locator("article").inner_text()
    assert "Source file" not in body and "seeds/" not in body
    # It is the last thing in the article.
    last = page.evaluate("(() => { const a = document.querySelector('article'); const els = [...a.children]"
                         ".filter(e => e.tagName !== 'SCRIPT'); return els[els.length - 1].className; })()")
    assert "archive-cite" in last
    ctx.close()


def test_cite_this_gives_the_original_address_only_when_safe():
    import dataclasses

    from generator.resolve.archive import build_archive
    from generator.model import ArticleEntities
    from generator.model import Article, PartialDate
    from generator.site.render import render_article

    base = Article(id="x1", source_path="seeds/x1.txt", lang="en", title="Ministers meet", title_generated=False,
                   date=PartialDate(2022, 3, 4), author=None, source="Some Wire", body="The ministers met.")

    def cite(a):
        empty = ArticleEntities(people=[], countries=[], country_spans=[], organizations=[], agreements=[], mentions=[])
        ar = build_archive([a], {a.id: empty})
        return render_article(ar, a).text.split('class="archive-cite"', 1)[1]

    with_url = dataclasses.replace(base, url="https://news.example/item?id=7&x=(1)", retrieved="2022-03-05T10:00:00Z")
    c = cite(with_url)
    assert "](https://news.example/item?id=7&x=%281%29)" in c and "(retrieved 5 March 2022)" in c
    assert "*Some Wire*" in c and "4 March 2022" in c
    for bad in ("javascript:alert(1)", "data:text/html,x", "//evil.example/x", "ftp://x.example/"):
        assert "Original address" not in cite(dataclasses.replace(base, url=bad)), bad
    assert "Original address" not in cite(base)


def test_cite_this_carries_the_absolute_address_when_the_site_has_one(site_with_url):
    html = (site_with_url / "articles/000-8e3fa8bda7bf2875.html").read_text()
    assert '<a class="archive-address" href="https://example.org/archive/articles/000-8e3fa8bda7bf2875.html">' in html


# --- 4. feeds -----------------------------------------------------------------------------------

def _atom_ok(path: Path) -> "object":
    """Parse a feed with feedparser (a real feed parser) and check what Atom requires."""
    import feedparser
    from lxml import etree

    parsed = feedparser.parse(path.read_bytes())
    assert not parsed.bozo, f"{path}: {parsed.get('bozo_exception')}"
    assert parsed.version == "atom10", (path, parsed.version)
    root = etree.fromstring(path.read_bytes())
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert root.tag == "{http://www.w3.org/2005/Atom}feed"
    for req in ("a:id", "a:title", "a:updated", "a:author/a:name", "a:link[@rel='self']"):
        assert root.find(req, ns) is not None, (path, req)
    ids = [e.findtext("a:id", namespaces=ns) for e in root.findall("a:entry", ns)]
    assert len(ids) == len(set(ids))
    for e in root.findall("a:entry", ns):
        for req in ("a:id", "a:title", "a:updated"):
            assert e.find(req, ns) is not None, (path, req)
        # A link with no rel is the entry's alternate (RFC 4287, 4.2.7.2).
        assert any(ln.get("rel", "alternate") == "alternate" for ln in e.findall("a:link", ns)), path
    return parsed


def test_every_feed_is_valid_atom(seed_site):
    site = seed_site[0] / "site"
    feeds = [site / "feed.xml", *sorted((site / "feeds").rglob("*.xml"))]
    assert len(feeds) > 20
    for f in feeds:
        _atom_ok(f)
    main = _atom_ok(site / "feed.xml")
    assert len(main.entries) == 5
    # Relative links resolve against the feed's own address to real pages.
    for f in feeds:
        for e in _atom_ok(f).entries:
            target = (f.parent / e.link).resolve()
            assert target.is_file(), (f, e.link)


def test_site_feed_in_every_page_head(seed_site):
    site = seed_site[0] / "site"
    # 404.html is served at any depth, so MkDocs writes it with root-based addresses; with
    # SITE_URL set they carry the sub-path (test_site_url_from_the_environment_...).
    pages = sorted(p for p in site.rglob("*.html") if p.name != "404.html")
    assert len(pages) > 40
    for p in pages:
        head = p.read_text().split("</head>", 1)[0]
        m = re.search(r'<link rel="alternate" type="application/atom\+xml"[^>]*href="([^"]+)"', head)
        assert m, p
        assert (p.parent / m.group(1)).resolve() == (site / "feed.xml").resolve(), (p, m.group(1))


@pytest.mark.parametrize("kind, feed_dir", [("person", "people"), ("country", "countries"), ("agreement", "agreements"),
                                            ("source", "sources")])
def test_entity_pages_link_their_own_feed(browser, where, kind, feed_dir):
    how, base = where
    rel = KINDS[kind][0]
    ctx, page = _open(browser, base, rel, **DESKTOP)
    a = page.locator(".archive-follow a")
    assert a.count() == 1 and "Atom feed" in a.inner_text()
    href = a.get_attribute("href")
    assert f"feeds/{feed_dir}/" in href and href.endswith(".xml")
    # The feed lists exactly the dated articles the page's table lists.
    rows = set(page.eval_on_selector_all(".md-content a[href*='articles/0']",
                                         "els => els.map(e => e.getAttribute('href').split('/').pop())"))
    if how == "served":
        feed = page.request.get(page.url.rsplit("/", 1)[0] + "/" + href).body()
        import feedparser

        parsed = feedparser.parse(feed)
        assert not parsed.bozo
        got = {e.link.split("/")[-1] for e in parsed.entries}
        assert got and got <= rows
    ctx.close()


def test_feeds_carry_absolute_addresses_when_the_site_has_one(site_with_url):
    parsed = _atom_ok(site_with_url / "feed.xml")
    assert all(e.link.startswith("https://example.org/archive/articles/") for e in parsed.entries)
    person = _atom_ok(site_with_url / "feeds/people/zakir-hasanov.xml")
    assert person.feed.link == "https://example.org/archive/people/zakir-hasanov.html"


# --- 5. Data and About -------------------------------------------------------------------------

def test_data_page_links_every_export_and_explains_its_fields(browser, where, seed_site):
    how, base = where
    ctx, page = _open(browser, base, KINDS["data"][0], **DESKTOP)
    hrefs = page.eval_on_selector_all(".md-content a[href]", "els => els.map(e => e.getAttribute('href'))")
    docs = seed_site[0] / "docs"
    exports = sorted(p.name for p in (docs / "data").iterdir() if p.suffix in (".json", ".csv"))
    assert len(exports) >= 7
    for name in exports:
        assert name in hrefs, f"the Data page does not link {name}"
    assert "../feed.xml" in hrefs
    text = page.locator(".md-content").inner_text()
    for name in exports:
        if name.endswith(".csv"):
            header = next(csv.reader(io.StringIO((docs / "data" / name).read_text())))
            for col in header:
                assert col in text, f"{name}: column {col} is not explained"
    for key in ("people", "countries", "agreements", "sources"):
        assert f"feeds/{key}/" in text
    # Each link opens (JSON and CSV files exist beside the page).
    for name in exports:
        resp = page.request.get(page.url.rsplit("/", 1)[0] + "/" + name) if how == "served" else None
        if resp is not None:
            assert resp.ok, name
    ctx.close()


def test_about_page_is_written_for_readers(seed_site):
    html = (seed_site[0] / "site/about.html").read_text()
    for heading in ("What it covers", "How the pages are made", "How to cite", "Report an error", "Data and feeds"):
        assert f">{heading}<" in html, heading
    assert "written by hand" not in html and "generator never changes" not in html
    assert 'href="data/index.html"' in html


# --- 6. home and timeline --------------------------------------------------------------------

def test_home_says_what_the_archive_covers(browser, where, seed_site):
    how, base = where
    ctx, page = _open(browser, base, "index.html", **DESKTOP)
    assert page.title() == "Defence Diplomacy Archive"
    scope = page.locator(".archive-scope").inner_text()
    arts = json.loads((seed_site[0] / "docs/data/articles.json").read_text())
    years = sorted({a["date"][:4] for a in arts if a["date"]})
    assert f"from {years[0]} to {years[-1]}" in scope
    for name in ("Azerbaijan", "Belarus", "Russia"):
        assert name in scope
    assert "English and Russian" in scope
    heads = page.locator(".md-content h2").all_inner_texts()
    assert heads.index("Latest events") < heads.index("Latest articles")
    hrefs = page.eval_on_selector_all(".md-content a", "els => els.map(e => e.getAttribute('href'))")
    assert "people/index.html" in hrefs and "countries/index.html" in hrefs and "feed.xml" in hrefs
    ctx.close()


def test_no_browser_title_repeats_the_site_name(seed_site):
    for p in (seed_site[0] / "site").rglob("*.html"):
        title = re.search(r"<title>(.*?)</title>", p.read_text(), re.S).group(1)
        assert title.count("Defence Diplomacy Archive") == 1, (p, title)


def test_timeline_is_a_chronology(browser, where):
    how, base = where
    ctx, page = _open(browser, base, "timeline/index.html", **DESKTOP)
    years = [y.strip() for y in page.locator(".md-content h2").all_inner_texts()]
    assert years == sorted(years, reverse=True) and years[0] == "2021"
    items = page.locator(".md-content li").all_inner_texts()
    assert any(t.startswith("May") and "Zakir Hasanov and Viktor Khrenin" in t for t in items), items
    page.locator(".md-content a[href='2021.html#may']").click()
    page.wait_for_load_state("load")
    month = page.locator("#may")
    assert month.count() == 1
    after = page.locator("#may ~ ul").first.inner_text()
    assert "18–20 May 2021" in after
    text = page.locator(".md-content").inner_text().split("All years", 1)[1]
    assert text.index("Events") < text.index("Articles") and "20 May" in text
    ctx.close()


# --- 7. relations picture ----------------------------------------------------------------------

def test_relations_picture_legible_on_a_phone_whole_labels(browser, where):
    how, base = where
    for size, kw, min_px in (("desktop", DESKTOP, 11), ("phone", PHONE, 10.5)):
        ctx, page = _open(browser, base, "relations.html", **kw)
        figs = page.locator(".relations-figure svg")
        assert figs.count() == 2
        for i in range(2):
            svg = figs.nth(i)
            box = svg.bounding_box()
            assert box["width"] <= kw["viewport"]["width"]
            labels = svg.locator("text")
            assert labels.count() >= 3
            for j in range(labels.count()):
                lb = labels.nth(j).bounding_box()
                assert lb["height"] >= min_px, (size, labels.nth(j).inner_text(), lb)
                # Whole: inside the picture, not cut at its edge.
                assert lb["x"] >= box["x"] - 0.5 and lb["x"] + lb["width"] <= box["x"] + box["width"] + 0.5, labels.nth(j).inner_text()
            # Sized to its content: no large empty band.
            assert box["height"] < 2.2 * box["width"] + 100
        ctx.close()


def test_relations_lines_weighted_layout_from_networkx_and_a_table():
    from generator.site.views import _svg_graph

    nodes = [("a", "Alpha Person", 3, "people/a.html"), ("b", "Beta Person", 2, "people/b.html"),
             ("c", "Gamma Person", 1, "people/c.html"), ("d", "Delta Alone", 1, "people/d.html")]
    svg = _svg_graph(nodes, {("a", "b"): 3, ("a", "c"): 1, ("b", "c"): 1}, "test")
    widths = sorted({float(w) for w in re.findall(r'<line [^>]*stroke-width="([\d.]+)"', svg)})
    assert len(widths) == 2 and widths[1] > widths[0] * 2
    assert svg == _svg_graph(nodes, {("a", "b"): 3, ("a", "c"): 1, ("b", "c"): 1}, "test")  # deterministic
    for _, label, _, _ in nodes:
        assert f">{label}</text>" in svg


@pytest.mark.slow  # builds in child processes under several hash seeds
def test_relations_picture_is_the_same_whatever_the_hash_seed():
    code = ("from generator.site.views import _svg_graph; "
            "nodes = [(k, k.title() + ' Person', 1 + i % 3, k + '.html') for i, k in enumerate('abcdefghij')]; "
            "edges = {(x, y): 1 + (i % 2) for i, (x, y) in enumerate([('a','b'),('a','c'),('b','c'),('c','d'),('e','f'),"
            "('f','g'),('g','h'),('h','e'),('i','j')])}; print(_svg_graph(nodes, edges, 't'))")
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**__import__("os").environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(outs) == 1


def test_relations_picture_is_not_in_the_search_index(seed_site):
    site = seed_site[0] / "site"
    index = json.loads((site / "search/search_index.json").read_text())
    rel = " ".join(d["text"] for d in index["docs"] if d["location"].startswith("relations.html"))
    assert "relations.html" in {d["location"].split("#")[0] for d in index["docs"]}
    assert not re.search(r"1111|: 1[A-Z]", rel), rel[:300]
    everything = " ".join(d["text"] for d in index["docs"])
    assert "Heydar Aliyev: 1" not in everything
    html = (site / "relations.html").read_text()
    assert html.count("data-search-exclude") == 2
    # A table of the same data follows each picture.
    assert html.count("<table>") == 2


# --- 8. phones ----------------------------------------------------------------------------------

@pytest.mark.parametrize("kind", ["home", "articles", "person", "country", "event", "agreement", "people", "sources"])
def test_phone_tables_keep_their_key_column_in_view(browser, where, kind):
    how, base = where
    ctx, page = _open(browser, base, KINDS[kind][0], **PHONE)
    tables = page.locator(".md-typeset table")
    assert tables.count() >= 1
    for i in range(tables.count()):
        t = tables.nth(i)
        first = t.locator("tbody tr td:first-child").first
        if first.count() == 0:
            continue
        assert first.evaluate("e => getComputedStyle(e).position") == "sticky"
        # A table wider than the phone says so: a shadow at the right edge of its scroll area.
        assert "gradient" in t.evaluate("t => getComputedStyle(t).backgroundImage")
        # Whatever does not fit is inside a scroll area, never cut off by a box that hides it.
        clipped = t.evaluate("""t => { let e = t.parentElement; while (e && e !== document.body) {
            if (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'hidden') return e.className;
            e = e.parentElement; } return null; }""")
        assert clipped is None, f"{kind}: a table is cut off by .{clipped}"
        # Scroll the table's scroll area (the table itself, or Material's wrapper) to its end.
        scrolled = t.evaluate("""t => { let e = t;
            while (e && !(e.scrollWidth > e.clientWidth + 1 && /auto|scroll/.test(getComputedStyle(e).overflowX)))
                e = e.parentElement;
            if (!e || e === document.documentElement || e === document.body) return null;  // it fits
            e.scrollLeft = e.scrollWidth; return e.scrollLeft + e.clientWidth >= e.scrollWidth - 1; }""")
        assert scrolled is not False, f"{kind}: the last column cannot be reached"
        fb = first.bounding_box()
        assert fb["x"] >= -1 and fb["x"] + fb["width"] <= 376, f"{kind}: key column scrolled away"
    over = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert over <= 1
    ctx.close()


def test_phone_long_titles_clamp(browser, where):
    how, base = where
    ctx, page = _open(browser, base, "articles/002-92cbc6b092b994db.html", **PHONE)
    h1 = page.locator(".md-content h1")
    lines = h1.evaluate("e => e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight)")
    assert lines <= 4.2, lines
    assert h1.evaluate("e => e.textContent").startswith("Обсуждены перспективы развития")  # the whole title is there
    ctx.close()


# --- 9. the site's address -----------------------------------------------------------------

@pytest.fixture(scope="module")
def site_with_url(seed_site, tmp_path_factory):
    """The seed project built as the Pages workflow builds it: SITE_URL in the environment."""
    import os

    from generator.build import build

    src = seed_site[0]
    proj = tmp_path_factory.mktemp("withurl") / "proj"
    shutil.copytree(src, proj, ignore=shutil.ignore_patterns("site"))
    env = {**os.environ, "SITE_URL": "https://example.org/archive/", "NO_MKDOCS_2_WARNING": "1"}
    build(proj / "seeds", proj / "docs", site_url="https://example.org/archive/")
    res = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(proj / "mkdocs.yml"),
                          "-d", str(proj / "site")], capture_output=True, text=True, cwd=proj, env=env)
    assert res.returncode == 0, res.stderr[-2000:]
    return proj / "site"


def test_site_url_from_the_environment_reaches_404_sitemap_and_canonical(site_with_url):
    nf = (site_with_url / "404.html").read_text()
    assert 'href="/archive/assets/stylesheets/' in nf and 'src="/archive/assets/javascripts/' in nf
    assert 'href="/assets/' not in nf
    sitemap = (site_with_url / "sitemap.xml").read_text()
    assert "<loc>https://example.org/archive/people/zakir-hasanov.html</loc>" in sitemap
    art = (site_with_url / "articles/000-8e3fa8bda7bf2875.html").read_text()
    assert '<link rel="canonical" href="https://example.org/archive/articles/000-8e3fa8bda7bf2875.html">' in art


def test_pages_workflow_passes_the_address():
    wf = (ROOT / ".github/workflows/pages.yml").read_text()
    assert "actions/configure-pages" in wf and "id: pages" in wf
    build_step = wf.split("name: Build the site", 1)[1].split("- name:", 1)[0]
    assert "SITE_URL: ${{ steps.pages.outputs.base_url }}/" in build_step
    assert wf.index("id: pages") < wf.index("name: Build the site")


# --- 10. palette, logo, colours ----------------------------------------------------------------

def test_palette_switch_logo_and_own_colours(browser, where):
    how, base = where
    ctx, page = _open(browser, base, "index.html", **DESKTOP)
    assert page.locator(".md-header .md-logo img").evaluate("e => e.complete && e.naturalWidth > 0")
    before = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    primary = page.evaluate("getComputedStyle(document.querySelector('.md-header')).backgroundColor")
    assert primary == "rgb(30, 77, 92)", primary  # the archive's teal, not Material's indigo
    page.locator("form[data-md-component=palette] label:visible").first.click()
    after = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    assert {before, after} == {"default", "slate"}
    page.screenshot(path=str(ARTIFACTS / f"{how}-home-dark-desktop.png"), full_page=True)
    # The choice is remembered on the next page.
    page.goto(base + "people/index.html")
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == after
    ctx.close()


# --- 11. accessibility --------------------------------------------------------------------------

def _axe(page) -> list[dict]:
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    res = page.evaluate("""async () => {
        const r = await axe.run(document, {resultTypes: ['violations']});
        return r.violations.map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}));
    }""")
    return [v for v in res if v["impact"] in ("serious", "critical")]


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_axe_no_serious_or_critical_violations(browser, where, kind):
    how, base = where
    assert AXE.is_file(), "tests/assets/axe-core/axe.min.js is missing"
    for size, kw in (("desktop", DESKTOP), ("phone", PHONE)):
        ctx, page = _open(browser, base, KINDS[kind][0], **kw)
        bad = _axe(page)
        assert bad == [], f"{kind} ({size}, {how}): {bad}"
        ctx.close()


@pytest.mark.parametrize("kind", ["home", "article", "relations"])
def test_axe_dark_scheme(browser, served, kind):
    ctx, page = _open(browser, served, KINDS[kind][0], **DESKTOP)
    page.locator("form[data-md-component=palette] label:visible").first.click()
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"
    assert _axe(page) == []
    ctx.close()


def test_axe_is_not_published(seed_site, offline_site):
    for site in (seed_site[0] / "site", offline_site):
        assert not [p for p in site.rglob("*") if "axe" in p.name.lower()]


def test_keyboard_reaches_every_control(browser, where):
    """Tab from the top of an article page: the skip link, the logo, the palette switch, search,
    every tab, the breadcrumb and the content's links are all reached, and focus is visible."""
    how, base = where
    ctx, page = _open(browser, base, KINDS["article"][0], **DESKTOP)
    seen = []
    for _ in range(80):
        page.keyboard.press("Tab")
        seen.append(page.evaluate("""() => { const e = document.activeElement; if (!e) return null;
            const r = e.getBoundingClientRect();
            return {tag: e.tagName, cls: e.className && e.className.baseVal === undefined ? e.className : '',
                    label: e.getAttribute('aria-label') || e.getAttribute('for') || '', href: e.getAttribute('href') || '',
                    text: (e.innerText || '').trim().slice(0, 40), visible: r.width > 0 && r.height > 0,
                    outline: getComputedStyle(e).outlineStyle}; }"""))
    tags = [s for s in seen if s]
    assert any("md-skip" in s["cls"] for s in tags), "no skip link"
    assert any(s["label"] in ("__search",) or s["tag"] == "INPUT" or "Search" in s["label"] for s in tags), "search not reached"
    assert any("dark mode" in s["label"] or "light mode" in s["label"] or s["label"].startswith("__palette") for s in tags), \
        "palette switch not reached"
    tab_texts = {s["text"] for s in tags if "md-tabs__link" in s["cls"]}
    assert {"Home", "Articles", "People and countries", "About"} <= tab_texts, tab_texts
    assert any("md-path__link" in s["cls"] for s in tags), "breadcrumb not reached"
    assert any("people/zakir-hasanov.html" in s["href"] for s in tags), "content links not reached"
    assert all(s["visible"] for s in tags if s["tag"] == "A" and "md-skip" not in s["cls"])
    ctx.close()

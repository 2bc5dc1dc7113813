"""Issue 4's facts, asserted on the built seed site."""

import json
import re
from html import unescape
from pathlib import Path
from urllib.parse import urlparse, unquote

import pytest


def text_of(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def row_cells(html: str, label: str) -> list[str]:
    """The cells of the table row whose first cell holds ``label``."""
    for row in re.findall(r"<tr>(.*?)</tr>", html, re.S):
        cells = [text_of(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
        if cells and cells[0] == label:
            return cells
    return []


@pytest.fixture(scope="module")
def site(seed_site):
    proj, _, res = seed_site
    assert res.returncode == 0, res.stderr[-2000:]
    return proj / "site"


def test_person_page_zakir_hasanov(site):
    html = (site / "people/zakir-hasanov.html").read_text()
    for stem in ("000-8e3fa8bda7bf2875", "001-ddf5f41fb1d21a55", "002-92cbc6b092b994db"):
        assert f"articles/{stem}.html" in html
    t = text_of(html)
    assert "Закир Гасанов" in t and "Colonel General" in t and "Minister of Defense" in t
    assert "bilateral cooperation plan for 2020" in t and "bilateral cooperation plan for 2021" in t
    assert "Viktor Khrenin" in t and "Andrei Ravkov" in t, "the people he met"


def test_country_partners_azerbaijan(site):
    html = (site / "countries/AZ.html").read_text()
    partners = html.split('id="partners"')[1].split("</table>")[0]
    by = row_cells(partners, "Belarus")
    assert by[1:4] == ["2", "3", "2"], by  # events, reports, agreements
    ru = row_cells(partners, "Russia")
    assert ru[1:4] == ["2", "2", "0"], ru
    assert not row_cells(partners, "Armenia"), "a country only mentioned is not a partner"


def test_agreement_2021_page(site):
    html = (site / "agreements/azerbaijan-belarus-defence-ministries-bilateral-cooperation-plan-for-2021.html").read_text()
    assert "articles/000-8e3fa8bda7bf2875.html" in html and "articles/002-92cbc6b092b994db.html" in html
    t = text_of(html)
    assert "Signed 18 May 2021" in t
    assert "Status: signed" in t


def test_one_event_for_seed_000_and_002(site, seed_site):
    proj = seed_site[0]
    events = json.loads((proj / "docs/data/events.json").read_text())
    together = [e for e in events if "000-8e3fa8bda7bf2875" in e["articles"]]
    assert len(together) == 1 and "002-92cbc6b092b994db" in together[0]["articles"]
    page = (site / f"events/{together[0]['id']}.html").read_text()
    assert "articles/000-8e3fa8bda7bf2875.html" in page and "articles/002-92cbc6b092b994db.html" in page
    for stem in ("000-8e3fa8bda7bf2875", "002-92cbc6b092b994db"):
        art = (site / f"articles/{stem}.html").read_text()
        assert f"events/{together[0]['id']}.html" in art, "each report links to its event"
    assert sum(len(e["articles"]) for e in events) == 5, "every article in exactly one event"


def test_related_articles_same_event_first(site):
    art = (site / "articles/000-8e3fa8bda7bf2875.html").read_text()
    rel = art.split('id="related-articles"')[1]
    first = re.search(r'href="([^"]+)"', rel).group(1)
    assert "002-92cbc6b092b994db" in first


def test_first_mention_links_in_body(site):
    art = (site / "articles/003-660894f1b6cea4bf.html").read_text()
    body = art.split("archive-meta")[1]
    assert body.count('href="../people/ruslan-tsalikov.html"') >= 1
    assert 'href="../countries/RU.html"' in body


def test_timeline_places_partial_dates(site):
    t = text_of((site / "timeline/2019.html").read_text())
    assert "month only" in t, "seed 001 is dated to the month only"
    assert "2019" in text_of((site / "timeline/index.html").read_text())


def test_sources_and_feed(site):
    t = text_of((site / "sources/index.html").read_text())
    for name in ("Trend", "Report", "Ministry of Defence of Azerbaijan", "Vafa Ismayilova"):
        assert name in t
    feed = (site / "feed.xml").read_text()
    assert feed.count("<entry>") == 5 and 'href="articles/' in feed


def test_json_ld_on_articles(site):
    art = (site / "articles/002-92cbc6b092b994db.html").read_text()
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', art, re.S).group(1)
    data = json.loads(block)
    assert data["@type"] == "NewsArticle" and data["datePublished"] == "2021-05-18"
    assert {"@type": "Person", "name": "Viktor Khrenin"} in data["mentions"]


def test_relations_picture_links_every_node(site):
    html = (site / "relations.html").read_text()
    svg = re.findall(r"<svg class=\"relations\".*?</svg>", html, re.S)
    assert len(svg) == 2
    for href in re.findall(r'<a href="([^"]+)"', "".join(svg)):
        assert (site / href).exists(), href
    assert "countries/AZ.html" in svg[0] and "people/zakir-hasanov.html" in svg[1]


def test_csv_exports(seed_site):
    proj = seed_site[0]
    rel = (proj / "docs/data/relations.csv").read_text().splitlines()
    assert rel[0].startswith("country_a,country_b")
    assert any(line.startswith("AZ,BY,Azerbaijan,Belarus,2,3,2") for line in rel), rel
    for name in ("people.csv", "countries.csv", "agreements.csv"):
        assert (proj / "docs/data" / name).read_text().count("\n") >= 2


def test_no_broken_links_or_anchors(site):
    """Every relative href and src in the built site points at a file (and anchor) that exists."""
    missing = []
    ids_cache: dict[Path, set[str]] = {}
    for page in site.rglob("*.html"):
        if page.name == "404.html" and page.parent == site:
            continue  # served at any missing URL, so it links from the site root (site_url)
        html = page.read_text()
        for ref in re.findall(r'(?:href|src)="([^"]+)"', html):
            u = urlparse(ref)
            if u.scheme or ref.startswith(("#", "//", "mailto:")):
                if ref.startswith("#") and len(ref) > 1:
                    ids = ids_cache.setdefault(page, set(re.findall(r'id="([^"]+)"', html)))
                    if unquote(ref[1:]) not in ids and ref not in ("#__skip",):
                        pass  # theme-internal anchors (e.g. #__drawer) are checked by mkdocs' own validation
                continue
            target = (page.parent / unquote(u.path)).resolve()
            if u.path and not target.exists():
                missing.append(f"{page.relative_to(site)} -> {ref}")
            elif u.fragment and target.suffix == ".html":
                ids = ids_cache.setdefault(target, set(re.findall(r'id="([^"]+)"', target.read_text())))
                if unquote(u.fragment) not in ids:
                    missing.append(f"{page.relative_to(site)} -> {ref} (no such anchor)")
    assert not missing, missing[:20]


def test_navigation_lists_index_pages_only(site):
    nav = (site / "people/zakir-hasanov.html").read_text().split('class="md-tabs')[1].split("</nav>")[0]
    assert "articles/000-" not in nav and "people/zakir" not in nav


def test_signers_are_those_the_signing_sentence_names(seed_site):
    """"В заключение министры подписали план …": the ministers, not every person in the article
    (Heydar Aliyev is named at a wreath-laying, Ilham Aliyev as commander in a war)."""
    ents = json.loads((seed_site[0] / "docs/data/entities.json").read_text())
    plan = next(g for g in ents["agreements"] if g["year"] == "2021")
    assert plan["signers"] == ["viktor-khrenin", "zakir-hasanov"]
    plan20 = next(g for g in ents["agreements"] if g["year"] == "2020")
    assert plan20["signers"] == ["andrei-ravkov", "zakir-hasanov"], "the ministries signed: each side's lead"

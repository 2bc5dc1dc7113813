"""Round 4's look at the site as a new reader sees it: eight more made-up articles
(tests/ux/articles_r4, written for this project: a CMS page with a cookie banner and JSON-LD, a
Russian page with a sidebar of other news, a very long report, a signing of three documents, an
article with no date, long Indonesian names, a Russian agency dateline and an end-line byline),
built into a site beside the seeds; and the fixes made to the pages after reading them in a
browser (a 404 page with ways in, country tables that fit a desktop column, "Cite this" on a
site built without SITE_URL, transliterations the search finds).

Reading errors found on these articles belong to the extraction rules; each is a strict xfail
that names the field, so it says when it is fixed."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import ROOT, make_project, article_meta as _fm

ARTICLES = ROOT / "tests" / "ux" / "articles_r4"  # built by the articles_site fixture (conftest.py)


def _text(html: str) -> str:
    body = html.split('<article', 1)[1].split('</article>', 1)[0]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", body))


@pytest.mark.parametrize("slug, title, date", [
    ("cms-kyrgyz-tajik", "Kyrgyzstan and Tajikistan agree on border troops hotline", "2024-03-18"),  # JSON-LD, not the sidebar
    ("ru-sidebar-armenia-iran", "Армения и Иран договорились о расширении военного сотрудничества", "2023-10-26"),
    ("en-three-documents", "Mongolia and Kazakhstan sign three defence documents in Ulaanbaatar", "2023-06-12"),
    ("ru-kazakh-china", "Казахстан и Китай проведут совместные учения по борьбе с терроризмом", "2023-10-03"),
    ("en-long-report", "Georgia, Azerbaijan and Turkey hold trilateral defence ministers' meeting in Tbilisi", "2024-04-04"),
    ("en-wire-long-names", "Indonesia and Australia sign defence cooperation agreement", "2024-08-29"),
])
def test_headline_verbatim_and_date(articles_site, slug, title, date):
    proj, _ = articles_site
    fm = _fm(proj, slug)
    assert fm["title"].replace("&#x27;", "'") == title and str(fm["date"]) == date
    html = (proj / "site" / "articles" / f"{slug}.html").read_text()
    assert f"<title>{title.replace(chr(39), '&#x27;')} - " in html


def test_a_page_with_no_date_says_so_and_is_kept(articles_site):
    proj, _ = articles_site
    assert _fm(proj, "en-no-date").get("date") in (None, "")
    t = _text((proj / "site" / "articles" / "en-no-date.html").read_text())
    assert "Date: undated" in t and "Chile and Brazil to deepen naval cooperation" in t


def test_cookie_banner_and_sidebar_never_reach_the_text(articles_site):
    proj, _ = articles_site
    cms = _text((proj / "site" / "articles" / "cms-kyrgyz-tajik.html").read_text())
    assert "cookie" not in cms.casefold() and "Kazakhstan raises wheat" not in cms and "USD 89.10" not in cms
    ru = _text((proj / "site" / "articles" / "ru-sidebar-armenia-iran.html").read_text())
    assert "Гюмри" not in ru and "Курс драма" not in ru and "+12°C" not in ru


def test_sources_and_authors_read_right(articles_site):
    proj, _ = articles_site
    assert _fm(proj, "cms-kyrgyz-tajik")["source"] == "Pamir Morning Post"
    assert _fm(proj, "cms-kyrgyz-tajik")["author"] == "Aigerim Temirbekova"
    assert _fm(proj, "en-three-documents")["source"] == "Steppe Wire"
    assert _fm(proj, "ru-kazakh-china")["source"] == "Kazinform"
    assert _fm(proj, "ru-kazakh-china")["author"] == "Aigul Nurlanova"  # a Cyrillic byline in Latin script


def test_three_documents_are_three_agreements(articles_site):
    proj, _ = articles_site
    names = sorted(p.stem for p in (proj / "site" / "agreements").glob("kazakhstan-mongolia-*.html"))
    assert len(names) == 3, names
    assert any("military-technical" in n for n in names) and any("plan-of-bilateral" in n for n in names)


def test_a_serbian_name_written_in_russian_is_found_in_latin_script(articles_site):
    """The known miss: "Vucevic" (how the Latin-script press writes Вучевич, without its marks)
    found nothing; the scholarly transliteration with the marks taken off is now among the
    person's transliterations, on the page and in the search index."""
    proj, _ = articles_site
    page = (proj / "site" / "people" / "milos-vucevic.html").read_text()
    assert "Milos Vucevic" in _text(page) and "Милош Вучевич" in _text(page)
    docs = json.loads((proj / "site" / "search" / "search_index.json").read_text())["docs"]
    hits = {d["location"].split("#")[0] for d in docs if "vucevic" in (d["title"] + d["text"]).casefold()}
    assert "people/milos-vucevic.html" in hits


def test_transliterations_keep_the_common_schemes_first():
    from generator.resolve.archive import transliterations

    assert transliterations({"en": "Zakir Hasanov", "ru": "Закир Гасанов"}) == ["Zakir Gasanov"]
    # Only a South Slavic surname (-ич, -ić) gets the scholarly spelling: no "Sergej Sojgu".
    assert transliterations({"en": "Sergei Shoigu", "ru": "Сергей Шойгу"}) == ["Sergey Shoygu"]
    assert transliterations({"en": "Milosh Vuchevich", "ru": "Милош Вучевич"}) == ["Milos Vucevic"]
    assert "Nebojsa Stefanovic" in transliterations({"en": "Nebojsha Stefanovich", "ru": "Небойша Стефанович"})
    assert all(x.isascii() for x in transliterations({"en": "X", "ru": "Юрий Щербакович"}))


# --- the reading errors these articles show (extraction rules: other helpers' area) -----------

XFAIL = pytest.mark.xfail(strict=True)


def test_source_from_a_wire_tag_after_a_dateline(articles_site):
    # "Canberra, 29 August 2024 (Southern Cross Wire)" on the line under the headline: no source came out
    # (fixed in round 5: a wire's tag closing the dateline).
    assert _fm(articles_site[0], "en-wire-long-names")["source"] == "Southern Cross Wire"


def test_source_line_naming_a_press_service(articles_site):
    # "Источник: пресс-служба Министерства обороны Армении" gave the source "press-sluzhba Ministerstva";
    # it is the Ministry of Defence of Armenia (or, the text naming no outlet, the site: Кавказский обозреватель).
    assert _fm(articles_site[0], "ru-sidebar-armenia-iran")["source"] in ("Ministry of Defence of Armenia", "Кавказский обозреватель")


def test_author_from_posted_on_by(articles_site):
    # "Posted on April 4, 2024 by Nino Beridze" under the headline: the date and the author are both read.
    assert _fm(articles_site[0], "en-long-report")["author"] == "Nino Beridze"


def test_a_spanish_double_surname_is_one_person(articles_site):
    # "Admiral Juan Andrés De La Maza Larraín" became two people, "Juan Andres De La" and "De La Maza",
    # and the event is titled "Juan Andres De La and Marcos Sampaio Olsen".
    people = {p.stem for p in (articles_site[0] / "site" / "people").glob("*.html")}
    assert "juan-andres-de-la" not in people and "de-la-maza" not in people


def test_each_of_three_signed_documents_keeps_its_own_name_and_is_signed(articles_site):
    # "signed three documents: an agreement on ..., a memorandum of understanding on military education, and
    # a plan of bilateral military cooperation for 2024": the memorandum was named "... for 2024" (the plan's
    # year), its link in the text ran over the plan, and the plan was recorded as mentioned, not signed.
    proj = articles_site[0]
    names = {p.stem for p in (proj / "site" / "agreements").glob("kazakhstan-mongolia-*.html")}
    assert "kazakhstan-mongolia-memorandum-of-understanding-for-2024" not in names
    kz = _text((proj / "site" / "countries" / "KZ.html").read_text())
    assert "plan of bilateral military cooperation for 2024 · signed" in kz


def test_the_signers_name_the_event(articles_site):
    # Prabowo and Marles signed; the chiefs "also attended". The event is titled "Agus Subiyanto and
    # David Johnston, 29 August 2024" (the principals are the attendees).
    events = {p.stem for p in (articles_site[0] / "site" / "events").glob("2024-08-29-*.html")}
    assert any("marles" in e for e in events), events


def test_office_with_its_country_gives_role_and_country(articles_site):
    # "The Chairman of the State Committee for National Security of Kyrgyzstan, Kamchybek Tashiev": no role,
    # no country; "Minister for Defence of the Commonwealth of Australia, Richard Marles": no country.
    people = (articles_site[0] / "docs" / "people")
    assert "**Serves:**" in (people / "kamchybek-tashiev.md").read_text()
    assert "**Serves:**" in (people / "richard-marles.md").read_text()


# --- the pages -----------------------------------------------------------------------------------

def test_404_page_gives_the_ways_in(seed_site):
    html = (seed_site[0] / "site" / "404.html").read_text()
    assert "<title>Page not found - Defence Diplomacy Archive</title>" in html
    assert "The archive has no page at this address" in html
    for target in ("index.html", "articles/index.html", "events/index.html", "people/index.html",
                   "countries/index.html", "agreements/index.html"):
        assert f'href="/{target}"' in html, target


def test_404_page_links_under_the_sites_sub_path(tmp_path):
    """Built for GitHub Pages (SITE_URL with a sub-path), the 404 page's links carry it: it is
    served at any depth of a missing address."""
    import os
    import subprocess
    import sys

    proj = make_project(tmp_path)
    (proj / "docs" / "index.md").write_text("# Home\n")
    env = {**os.environ, "SITE_URL": "https://example.org/archive/", "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(proj / "mkdocs.yml"), "-d", str(proj / "site")],
                   cwd=proj, env=env, capture_output=True, text=True)
    html = (proj / "site" / "404.html").read_text()
    assert 'href="/archive/events/index.html"' in html and 'href="/archive/people/index.html"' in html


def test_country_tables_fit_a_desktop_column(browser, served):
    """A country's partner table has seven columns; with Material's 5rem minimum per header cell
    it needed 700px and its last column ("Met in") was cut at the edge of the 686px column."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    page = ctx.new_page()
    for rel in ("countries/AZ.html", "countries/BY.html", "people/zakir-hasanov.html", "events/index.html"):
        page.goto(served + rel)
        cut = page.evaluate("""() => [...document.querySelectorAll('.md-typeset table')]
            .filter(t => t.scrollWidth > t.clientWidth + 1).map(t => t.querySelector('th').innerText)""")
        assert cut == [], (rel, cut)
    ctx.close()


def _route_site(page, site: Path, origin: str):
    """Serve ``site`` at ``origin`` inside the browser (a published site on a real host)."""
    import mimetypes

    def handle(route):
        rel = route.request.url[len(origin):].split("?")[0].split("#")[0] or "index.html"
        f = site / rel
        if f.is_file():
            route.fulfill(status=200, body=f.read_bytes(), content_type=mimetypes.guess_type(f.name)[0] or "application/octet-stream")
        else:
            route.fulfill(status=404, body=b"")
    page.route(origin + "**", handle)


def test_cite_this_on_a_site_published_without_site_url(browser, seed_site):
    """Built without SITE_URL (`make deploy` by hand, any other host), "Cite this" gives the page's
    absolute address as read on the web, not a bare path."""
    site = seed_site[0] / "site"
    ctx = browser.new_context()
    page = ctx.new_page()
    _route_site(page, site, "https://archive.example/defence/")
    page.goto("https://archive.example/defence/articles/000-8e3fa8bda7bf2875.html")
    link = page.locator(".archive-cite a.archive-address")
    assert link.count() == 1
    want = "https://archive.example/defence/articles/000-8e3fa8bda7bf2875.html"
    assert link.inner_text() == want and link.get_attribute("href") == want
    ctx.close()


@pytest.mark.parametrize("how", ["served", "file"])
def test_cite_this_keeps_the_archive_path_offline_and_on_this_machine(browser, how, request):
    """From file:// (the offline copy) or a server on this machine there is no public address:
    the citation keeps the page's path in the archive."""
    base = request.getfixturevalue("served") if how == "served" else request.getfixturevalue("offline_site").as_uri() + "/"
    ctx = browser.new_context()
    page = ctx.new_page()
    page.goto(base + "articles/000-8e3fa8bda7bf2875.html")
    assert page.locator(".archive-cite code.archive-address").inner_text() == "articles/000-8e3fa8bda7bf2875.html"
    assert page.locator(".archive-cite a.archive-address").count() == 0
    ctx.close()

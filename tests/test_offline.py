"""The offline copy (mkdocs.offline.yml), opened from file:// in a real browser with no network.

The seeds are generated and built with `mkdocs build --strict -f mkdocs.offline.yml` once per
module into a temporary project. Debian's Chromium (through Playwright) then browses it over
file:// while every request of every frame is recorded: nothing may go to a host (only file:,
data: and blob: URLs), no console error, no broken image, no relative link to a missing file.

Under CI=true a missing /usr/bin/chromium fails the run; elsewhere these tests skip and say how
to install it: `apt-get install chromium`. Screenshots go to test-artifacts/ (gitignored).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from fnmatch import fnmatch
from pathlib import Path
from urllib.parse import unquote, urljoin, urlparse

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
LOCAL_SCHEMES = ("file", "data", "blob", "about")


# The offline site (`offline_site`) is built once per run in conftest.py.


class Visit:
    """A browser context that records every request (all pages and frames) and every error."""

    def __init__(self, browser, site: Path):
        self.site = site
        self.ctx = browser.new_context()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.ctx.on("request", lambda r: self.requests.append(r.url))
        # Nothing may leave the machine: record, then refuse, anything that is not a local URL.
        self.ctx.route(lambda url: urlparse(url).scheme not in LOCAL_SCHEMES, lambda route: route.abort())
        self.page = self.ctx.new_page()
        self.page.on("console", lambda m: self.errors.append(f"console: {m.text}") if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        self.checked: list[str] = []

    def goto(self, rel: str) -> None:
        self.page.goto((self.site / rel).as_uri())

    def click(self, selector: str, expect_url: str) -> None:
        self.page.locator(selector).first.click()
        # Search results add ?h=<query>: compare the path only.
        self.page.wait_for_url(lambda url: fnmatch(unquote(urlparse(url).path), f"*/{expect_url}"))
        self.page.wait_for_load_state("load")

    def check_page(self, shot: str | None = None) -> None:
        """No broken image and no relative link to a file missing from the site."""
        page = self.page
        self.checked.append(page.url)
        broken = page.evaluate("Array.from(document.images).filter(i => !i.complete || i.naturalWidth === 0)"
                               ".map(i => i.currentSrc || i.src)")
        assert broken == [], f"broken images on {page.url}: {broken}"
        missing = []
        for href in page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))"):
            if not href or href.startswith("#") or urlparse(href).scheme:
                continue  # same-page anchors; absolute URLs (mailto:, https:) are links, not fetches
            target = urlparse(urljoin(page.url, href))
            path = Path(unquote(target.path))
            if path.is_dir():
                path = path / "index.html"
            if not path.is_file():
                missing.append(href)
        assert missing == [], f"links to missing files on {page.url}: {sorted(set(missing))}"
        if shot:
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / shot), full_page=True)

    def assert_offline(self) -> None:
        remote = [u for u in self.requests if urlparse(u).scheme not in LOCAL_SCHEMES]
        assert remote == [], f"requests that left the machine: {remote}"
        assert self.errors == [], f"browser errors: {self.errors}"


@pytest.fixture
def visit(browser, offline_site):
    v = Visit(browser, offline_site)
    yield v
    v.ctx.close()


# --- the tests ------------------------------------------------------------------------------

def test_offline_build_has_no_remote_assets(offline_site):
    """The built HTML names no remote script, stylesheet, image or font, and the search index is inlined."""
    import re

    remote = re.compile(r"""<(?:script|link|img|iframe|source)\b[^>]*\b(?:src|href)=["']?(?:https?:)?//""", re.I)
    offenders = [str(p.relative_to(offline_site)) for p in offline_site.rglob("*.html") if remote.search(p.read_text("utf-8"))]
    assert offenders == []
    assert (offline_site / "search" / "search_index.js").is_file()
    assert (offline_site / "assets" / "javascripts" / "vendor" / "iframe-worker-shim.js").is_file()
    assert "unpkg.com" not in (offline_site / "index.html").read_text("utf-8")


def test_offline_config_keeps_the_main_plugins():
    """mkdocs.offline.yml replaces the plugin list (MkDocs merges lists by replacing them), so
    every plugin of mkdocs.yml must be listed there again, the search languages included."""
    from mkdocs.config import load_config

    main = load_config(str(ROOT / "mkdocs.yml"))
    off = load_config(str(ROOT / "mkdocs.offline.yml"))
    assert set(main["plugins"]) <= set(off["plugins"]), set(main["plugins"]) - set(off["plugins"])
    assert "material/offline" in off["plugins"]
    assert off["plugins"]["material/search"].config["lang"] == main["plugins"]["material/search"].config["lang"]
    assert off["nav"] == main["nav"]


def test_browse_offline_article_person_country_agreement(visit):
    v = visit
    v.goto("index.html")
    v.check_page("offline-home.png")
    v.click(".md-tabs a:has-text('Articles'), .md-nav a:has-text('Articles')", "articles/index.html")
    v.check_page()
    v.click(".md-content a[href$='000-8e3fa8bda7bf2875.html']", "articles/000-8e3fa8bda7bf2875.html")
    v.check_page("offline-article.png")
    v.click(".archive-meta a[href$='people/zakir-hasanov.html']", "people/zakir-hasanov.html")
    assert "Zakir Hasanov" in v.page.title()
    v.check_page("offline-person.png")
    v.click(".md-content a[href$='countries/AZ.html']", "countries/AZ.html")
    assert "Azerbaijan" in v.page.inner_text("h1")
    v.check_page("offline-country.png")
    v.click(".md-content a[href*='agreements/']:not([href$='index.html'])", "agreements/*.html")
    v.check_page("offline-agreement.png")
    v.click(".md-content a[href*='articles/0']", "articles/0*.html")
    v.check_page()
    assert len(v.checked) == 7
    v.assert_offline()


@pytest.mark.parametrize("query, expect", [("Khrenin", "articles/000-8e3fa8bda7bf2875.html"),
                                           ("Хренин", "articles/002-92cbc6b092b994db.html")])
def test_offline_search_both_languages(visit, query, expect):
    v = visit
    v.goto("index.html")
    v.page.click("label.md-search__icon, .md-search__input", timeout=5000)
    # Over file:// the index arrives as search/search_index.js and the worker runs in the
    # iframe-worker shim. Wait until the theme replaces "Initializing search" (theme.language:
    # en). The theme reads the query on keyup, which a bare fill() never sends (nor does typing
    # Cyrillic, which Playwright inserts as text): fill, then press a key as a person would.
    v.page.wait_for_function("""() => {
        const meta = document.querySelector('.md-search-result__meta');
        return meta && !meta.textContent.includes('Initializing search');
    }""", timeout=15000)
    box = v.page.locator("input.md-search__input")
    box.fill(query)
    box.press("End")
    hit = f".md-search-result__list a[href*='{expect}']"
    v.page.wait_for_selector(hit, timeout=15000)
    ARTIFACTS.mkdir(exist_ok=True)
    v.page.screenshot(path=str(ARTIFACTS / f"offline-search-{'en' if query.isascii() else 'ru'}.png"))
    v.click(hit, expect)
    v.check_page()
    v.assert_offline()

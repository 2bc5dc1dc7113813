"""A real browser (Debian's Chromium through Playwright) on the built seed site.

Under CI=true a missing browser fails the run; elsewhere these tests skip and say how to
install it: `apt-get install chromium`.
"""

from pathlib import Path
from urllib.parse import urlparse

import pytest

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"


def _page(browser, **kw):
    ctx = browser.new_context(**kw)
    page = ctx.new_page()
    page.requests, page.errors = [], []
    page.on("request", lambda r: page.requests.append(r.url))
    page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    return ctx, page


def _local_only(urls):
    return [u for u in urls if urlparse(u).hostname not in ("127.0.0.1", "localhost", None) and not u.startswith(("data:", "blob:"))]


def test_navigate_article_person_country_agreement(browser, served):
    ctx, page = _page(browser)
    ARTIFACTS.mkdir(exist_ok=True)
    page.goto(served + "index.html")
    page.screenshot(path=str(ARTIFACTS / "home.png"))
    page.click("text=Articles")
    page.click("a[href$='000-8e3fa8bda7bf2875.html']")
    page.screenshot(path=str(ARTIFACTS / "article.png"), full_page=True)
    page.click(".archive-meta a[href$='people/zakir-hasanov.html']")
    assert "Zakir Hasanov" in page.title()
    page.screenshot(path=str(ARTIFACTS / "person.png"), full_page=True)
    page.click(".md-content a[href$='countries/AZ.html'] >> nth=0")
    assert "Azerbaijan" in page.inner_text("h1")
    page.screenshot(path=str(ARTIFACTS / "country.png"), full_page=True)
    page.click(".md-content a[href*='agreements/azerbaijan'] >> nth=0")
    page.screenshot(path=str(ARTIFACTS / "agreement.png"), full_page=True)
    page.click(".md-content a[href*='articles/0'] >> nth=0")
    assert "/articles/" in page.url
    assert _local_only(page.requests) == []
    assert page.errors == []
    ctx.close()


@pytest.mark.parametrize("query, expect", [("Khrenin", "000-8e3fa8bda7bf2875"), ("Хренин", "002-92cbc6b092b994db"),
                                           ("Шойгу", "people/sergei-shoigu"), ("Герасимов", "people/valery-gerasimov"),
                                           ("Gasanov", "people/zakir-hasanov")])
def test_search_both_languages(browser, served, query, expect):
    ctx, page = _page(browser)
    page.goto(served + "index.html")
    page.click("label.md-search__icon, .md-search__input", timeout=5000)
    page.fill("input.md-search__input", query)
    page.keyboard.press("End")  # a key event as well, as a person typing would send
    # The search index is built in a web worker; on a busy machine that can take a while.
    page.wait_for_selector(f".md-search-result__list a[href*='{expect}']", timeout=45000)
    assert _local_only(page.requests) == []
    ctx.close()


@pytest.mark.parametrize("path", ["articles/002-92cbc6b092b994db.html", "people/index.html", "countries/AZ.html", "index.html"])
def test_phone_viewport_no_horizontal_scroll(browser, served, path):
    ctx, page = _page(browser, viewport={"width": 375, "height": 740}, is_mobile=True)
    page.goto(served + path)
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 1, f"{path} scrolls sideways by {overflow}px"
    ctx.close()

"""Shared fixtures: the models load once per test run; the seed site is built once."""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
# The five example articles the suite asserts on (those with gold in tests/seeds_gold). A user's
# own articles put beside them in seeds/ (as the README says) are left out of the test projects,
# so `make test` still checks the project, not the user's archive.
EXAMPLE_SEEDS = tuple(sorted(p for p in (ROOT / "seeds").iterdir()
                             if (ROOT / "tests" / "seeds_gold" / f"{p.stem}.yml").is_file()))
EXAMPLE_TXT = [p for p in EXAMPLE_SEEDS if p.suffix == ".txt"]
_EXAMPLES_DIR: list[Path] = []


def examples_dir() -> Path:
    """A seeds folder holding only the five examples (made once per test run): what tests read
    instead of the project's ``seeds/``, where a user may have put articles of their own."""
    if not _EXAMPLES_DIR:
        import tempfile

        d = Path(tempfile.mkdtemp(prefix="example-seeds-")) / "seeds"
        d.mkdir()
        for f in EXAMPLE_SEEDS:
            shutil.copy2(f, d / f.name)
        _EXAMPLES_DIR.append(d)
    return _EXAMPLES_DIR[0]


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", help="Rewrite tests/golden/ from the current output.")


# Tests that need these fixtures are marked for them (see pytest_collection_modifyitems):
# a full site build (generate + mkdocs build of a whole project) is `slow`, a real browser is
# `browser`. `make test-fast` leaves both out; `make test` runs everything. A test module adds
# its own site-building fixtures with a module-level SLOW_FIXTURES set.
SLOW_FIXTURES = {"seed_site", "offline_site", "articles_site", "served_articles"}
BROWSER_FIXTURES = {"browser"}


def pytest_collection_modifyitems(config, items):
    for item in items:
        names = set(getattr(item, "fixturenames", ()))
        if names & BROWSER_FIXTURES:
            item.add_marker(pytest.mark.browser)
        if names & (SLOW_FIXTURES | set(getattr(item.module, "SLOW_FIXTURES", ()))):
            item.add_marker(pytest.mark.slow)



def article_meta(proj: Path, slug: str) -> dict:
    """The front matter of the generated article page docs/articles/SLUG.md of a test project."""
    import frontmatter

    return frontmatter.load(proj / "docs" / "articles" / f"{slug}.md").metadata


def site_page(proj: Path, path: str) -> str:
    """The HTML of a built page, PATH relative to the test project's site/."""
    return (proj / "site" / path).read_text(encoding="utf-8")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


#: A phone's viewport for the browser tests (Playwright's new_page/new_context keywords).
PHONE = {"viewport": {"width": 375, "height": 740}, "is_mobile": True, "has_touch": True}


def article_html(page: str) -> str:
    """The <article> element's inner HTML of a built page."""
    return page.split("<article", 1)[1].split("</article>", 1)[0]


def article_text(page: str) -> str:
    """The visible text of a built page's <article>, whitespace collapsed, entities decoded."""
    import html as htmllib
    import re

    return htmllib.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", article_html(page))))


@contextlib.contextmanager
def serve_directory(directory: Path):
    """Serve DIRECTORY over HTTP on a free local port, without request logs; yields its base address."""
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(directory)))
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{srv.server_port}/"
    finally:
        srv.shutdown()

def search_site(page, base: str, query: str, expect: str):
    """Type QUERY into the search box of the site at BASE and wait for a result whose address holds
    EXPECT. (The key pressed after typing asks again once the search index has loaded.)"""
    page.goto(base + "index.html")
    page.click("label.md-search__icon, .md-search__input", timeout=5000)
    page.fill("input.md-search__input", query)
    page.keyboard.press("End")
    page.wait_for_selector(f".md-search-result__list a[href*='{expect}']", timeout=45000)


def make_project(tmp: Path, seeds: Path | None = None) -> Path:
    """The one throwaway project of the test suite, at ``tmp/proj``: mkdocs.yml and
    mkdocs.offline.yml, the hand-written docs files, the theme overrides, the hook, and a copy
    of ``seeds`` (an empty seeds/ folder without one)."""
    proj = tmp / "proj"
    (proj / "docs").mkdir(parents=True)
    (proj / "generator").mkdir()
    for name in ("mkdocs.yml", "mkdocs.offline.yml"):
        shutil.copy(ROOT / name, proj / name)
    shutil.copy(ROOT / "docs" / "about.md", proj / "docs" / "about.md")
    shutil.copytree(ROOT / "docs" / "assets", proj / "docs" / "assets")
    shutil.copytree(ROOT / "overrides", proj / "overrides")
    shutil.copy(ROOT / "generator" / "mkdocs_hook.py", proj / "generator" / "mkdocs_hook.py")
    if seeds is None:
        (proj / "seeds").mkdir()
    elif seeds.resolve() == (ROOT / "seeds").resolve():
        (proj / "seeds").mkdir()
        for f in EXAMPLE_SEEDS:
            shutil.copy2(f, proj / "seeds" / f.name)
    else:
        shutil.copytree(seeds, proj / "seeds")
    return proj


def mkdocs_build(proj: Path, site: Path | None = None, config: str = "mkdocs.yml") -> subprocess.CompletedProcess:
    site = site or proj / "site"
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(proj / config), "-d", str(site)],
                          capture_output=True, text=True, cwd=proj, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})


@pytest.fixture(scope="module")
def empty_registry(tmp_path_factory):
    """A registry that knows no one: what extraction does with people it has never seen."""
    from generator.reference.registry import Registry

    path = tmp_path_factory.mktemp("reg") / "registry.yaml"
    path.write_text("people: []\norganizations: []\n", encoding="utf-8")
    return Registry(path)


@pytest.fixture(scope="module")
def registry():
    """The project's registry (generator/data)."""
    from generator.reference.registry import Registry

    return Registry()


def extract_text(body: str, lang: str, registry):
    """Extract one article of our own words (dated 14 May 2024) with the given registry."""
    from generator.extract.entities import analyse, extract_one
    from generator.model import Article, PartialDate

    a = Article("t", "t.txt", lang, "", True, PartialDate(2024, 5, 14), None, None, body)
    return extract_one(a, analyse([a])[a.id], registry)


def people_by_name(result) -> dict:
    """name -> person of an extraction result."""
    return {p.name: p for p in result.people}


@pytest.fixture(scope="session")
def seed_site(tmp_path_factory):
    """The seeds generated and built with `mkdocs build --strict`: (project dir, report, build result)."""
    from generator.build import build

    proj = make_project(tmp_path_factory.mktemp("seedsite"), ROOT / "seeds")
    report = build(proj / "seeds", proj / "docs")
    res = mkdocs_build(proj)
    return proj, report, res


#: The folders of made-up articles the UX rounds build into sites, with how many articles each holds
#: (tests/ux/README.md says what shape each article is). test_ux_articles.py checks every one builds.
UX_ARTICLES = {name: ROOT / "tests" / "ux" / name for name in
               ("articles", "articles_r4", "articles_r5", "articles_r6", "articles_r7", "articles_r8",
                "articles_r9", "articles_r10", "articles_r11", "articles_r12", "articles_r13")}
_ARTICLE_SITES: dict[Path, tuple] = {}


def join_page(*parts: str) -> str:
    """A page of text made of PARTS, one blank line between them (the shape of a scraped .txt)."""
    return "\n\n".join(parts) + "\n"


def build_articles_site(articles: Path, tmp_path_factory) -> tuple:
    """A site built from the articles in ARTICLES in a throwaway project: generated, then
    `mkdocs build --strict`. Made once per folder per test run. Gives (project dir, build report)."""
    from generator.build import build

    articles = Path(articles)
    if articles not in _ARTICLE_SITES:
        proj = make_project(tmp_path_factory.mktemp(articles.name), articles)
        report = build(proj / "seeds", proj / "docs")
        res = mkdocs_build(proj)
        assert res.returncode == 0, res.stderr[-3000:]
        _ARTICLE_SITES[articles] = (proj, report)
    return _ARTICLE_SITES[articles]


@pytest.fixture(scope="module")
def articles_site(request, tmp_path_factory):
    """A site built from a folder of made-up articles: the parameter when the test parametrises it
    (indirect), else the test module's own ``ARTICLES`` folder (e.g. tests/ux/articles_r4).
    Gives (project dir, build report)."""
    return build_articles_site(getattr(request, "param", None) or request.module.ARTICLES, tmp_path_factory)


@pytest.fixture(scope="module")
def served_articles(articles_site):
    """The site of ``articles_site`` over HTTP on a free local port (its base address)."""
    proj, _ = articles_site
    with serve_directory(proj / "site") as url:
        yield url


@pytest.fixture(scope="session")
def offline_site(tmp_path_factory) -> Path:
    """The seeds generated into a throwaway project and built with mkdocs.offline.yml (the copy
    that opens from file://): the site-offline/ folder."""
    from generator.build import build

    proj = make_project(tmp_path_factory.mktemp("offline"), ROOT / "seeds")
    build(proj / "seeds", proj / "docs")
    site = proj / "site-offline"
    res = mkdocs_build(proj, site, config="mkdocs.offline.yml")
    assert res.returncode == 0, res.stderr[-3000:]
    return site


CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium through Playwright, started once for the run. Under CI=true a missing
    browser fails; elsewhere the browser tests skip and say how to install it."""
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{CHROMIUM} is not installed; CI must install it (apt-get install chromium)")
        pytest.skip("chromium is not installed: `apt-get install chromium` to run the browser tests")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"])
        yield b
        b.close()


@pytest.fixture(scope="session")
def served(seed_site):
    """The seed site over HTTP on a free local port (its base address)."""
    proj, _, res = seed_site
    assert res.returncode == 0, res.stderr[-2000:]
    with serve_directory(proj / "site") as url:
        yield url

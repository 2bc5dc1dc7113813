"""The seeds built into a site with `mkdocs build --strict`, checked on the HTML."""

import json
import re
from pathlib import Path

import frontmatter
import pytest

from generator.build import build
from generator.text.dates import human, parse_date


def _date(iso):
    return parse_date(iso) if iso else None
from generator.quality.check import scan_html, scan_site
from conftest import EXAMPLE_TXT

ROOT = Path(__file__).resolve().parent.parent


def test_strict_build_passes(seed_site):
    proj, report, res = seed_site
    assert res.returncode == 0, res.stderr[-3000:]
    assert report.articles == 5 and not report.skipped


def test_every_article_page_has_title_and_date(seed_site):
    proj, report, _ = seed_site
    arts = json.loads((proj / "docs/data/articles.json").read_text())
    assert len(arts) == 5
    for a in arts:
        html = (proj / "site" / a["path"].replace(".md", ".html")).read_text()
        title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
        assert title.startswith(a["title"].replace("&", "&amp;")[:30]) or a["title"][:30] in title
        shown = human(_date(a["date"]))
        assert f"<strong>Date:</strong> {shown}" in html, (a["path"], shown)


def test_front_matter_contract(seed_site):
    proj, _, _ = seed_site
    for f in sorted((proj / "docs/articles").glob("0*.md")):
        text = f.read_text()
        assert text.startswith("---\n")
        fm = frontmatter.loads(text).metadata
        for key in ("title", "date", "language", "author", "source", "people", "countries", "agreements", "seed", "title_generated"):
            assert key in fm, (f.name, key)
        assert fm["language"] in ("en", "ru")
        assert all(re.fullmatch(r"[A-Z]{2}", c) for c in fm["countries"])
        assert isinstance(fm["date"], str) and re.fullmatch(r"\d{4}(-\d{2}){0,2}", fm["date"])


def test_links_both_ways(seed_site):
    proj, _, _ = seed_site
    person = (proj / "site/people/zakir-hasanov.html").read_text()
    for stem in ("000-8e3fa8bda7bf2875", "001-ddf5f41fb1d21a55", "002-92cbc6b092b994db"):
        assert f"../articles/{stem}.html" in person
    art = (proj / "site/articles/000-8e3fa8bda7bf2875.html").read_text()
    assert "../people/zakir-hasanov.html" in art and "../countries/BY.html" in art
    assert "../agreements/azerbaijan-belarus-defence-ministries-bilateral-cooperation-plan-for-2021.html" in art


def test_agreement_2021_has_both_reports_and_signing(seed_site):
    proj, _, _ = seed_site
    page = (proj / "site/agreements/azerbaijan-belarus-defence-ministries-bilateral-cooperation-plan-for-2021.html").read_text()
    assert "000-8e3fa8bda7bf2875.html" in page and "002-92cbc6b092b994db.html" in page
    assert "Signed 18 May 2021" in page


def test_no_script_from_articles_and_scan_clean(seed_site):
    proj, _, _ = seed_site
    assert scan_site(proj / "site") == []


def test_scan_catches_injection():
    bad = '<p>x</p><script>alert(1)</script><img src=x onerror="alert(1)"><a href="javascript:alert(1)">x</a><iframe src="x"></iframe>'
    found = scan_html(bad)
    assert any("inline <script>" in f for f in found)
    assert any("onerror" in f for f in found)
    assert any("dangerous scheme" in f for f in found)
    assert any("<iframe>" in f for f in found)


def test_search_index_has_both_languages(seed_site):
    proj, _, _ = seed_site
    idx = json.loads((proj / "site/search/search_index.json").read_text())
    text = " ".join(d["text"] + d["title"] for d in idx["docs"])
    assert "Khrenin" in text and "Хренин" in text


def test_rebuild_is_byte_identical_and_writes_nothing(seed_site, tmp_path):
    proj, _, _ = seed_site
    before = {p: p.read_bytes() for p in (proj / "docs").rglob("*") if p.is_file()}
    report = build(proj / "seeds", proj / "docs")
    assert report.write.written == [] and report.write.deleted == []
    after = {p: p.read_bytes() for p in (proj / "docs").rglob("*") if p.is_file()}
    assert before == after


@pytest.mark.slow  # two whole builds compared
def test_shuffled_input_order_same_output(tmp_path):
    """Files named in another order (and a BOM/CRLF variant) give the same pages."""
    a, b = tmp_path / "a", tmp_path / "b"
    (a / "seeds").mkdir(parents=True)
    (b / "seeds").mkdir(parents=True)
    seeds = EXAMPLE_TXT
    for f in seeds:
        (a / "seeds" / f.name).write_bytes(f.read_bytes())
    for f in reversed(seeds):
        data = f.read_bytes().replace(b"\n", b"\r\n")
        (b / "seeds" / f.name).write_bytes(b"\xef\xbb\xbf" + data)
    build(a / "seeds", a / "docs")
    build(b / "seeds", b / "docs")
    fa = {p.relative_to(a / "docs"): p.read_bytes() for p in (a / "docs").rglob("*") if p.is_file()}
    fb = {p.relative_to(b / "docs"): p.read_bytes() for p in (b / "docs").rglob("*") if p.is_file()}
    diff = [k for k in fa if fa[k] != fb.get(k)]
    # The recorded encoding differs (utf-8 vs utf-8-sig) and nothing else.
    assert all(str(k).startswith(("articles/0", "data/articles.json")) for k in diff), diff
    for k in diff:
        assert fa[k].replace(b"source_encoding: utf-8-sig", b"source_encoding: utf-8").replace(b'"utf-8-sig"', b'"utf-8"') == \
            fb[k].replace(b"source_encoding: utf-8-sig", b"source_encoding: utf-8").replace(b'"utf-8-sig"', b'"utf-8"')


def test_user_pages_survive_and_removed_seed_removes_its_page(tmp_path):
    proj = tmp_path
    (proj / "seeds").mkdir()
    for f in EXAMPLE_TXT[:2]:
        (proj / "seeds" / f.name).write_bytes(f.read_bytes())
    (proj / "docs").mkdir()
    (proj / "docs" / "notes.md").write_text("# My notes\n")
    (proj / "docs" / "index.md").write_text("# My own home page\n")
    r1 = build(proj / "seeds", proj / "docs")
    assert (proj / "docs" / "index.md").read_text() == "# My own home page\n", "a person's page is never overwritten"
    assert any("index.md" in w for w in r1.warnings)
    first = sorted((proj / "seeds").glob("*.txt"))[0]
    page = proj / "docs" / "articles" / (first.stem.replace("_", "-") + ".md")
    assert page.exists()
    first.unlink()
    r2 = build(proj / "seeds", proj / "docs")
    assert not page.exists()
    assert (proj / "docs" / "notes.md").exists()
    assert f"articles/{page.name}" in r2.write.deleted

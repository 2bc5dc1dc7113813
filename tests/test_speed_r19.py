"""Round 19 (issue 15, one added article): a person's or country's page lists its latest reports and
leaves the whole list to pages by year; the timeline's index gives numbers, not every event, past
``TIMELINE_NAMED`` events. Every report stays reachable from its person's and country's pages, the
incremental generation still gives a cold generation's bytes, and MkDocs builds the pages (--strict)."""

import re
import shutil
from pathlib import Path

import pytest

from conftest import make_project, mkdocs_build

SLOW = pytest.mark.slow  # generations with the NER models

# Articles written for this test, in our own words (invented meetings), in the header layout the
# ingest reads: one defence minister in every one, over three years, in both languages.
ARTICLES = {
    "a1.txt": """ date 2021-03-02 By Test Desk

Defence Minister Zakir Hasanov met with Defence Minister Hulusi Akar of Turkey in Baku on March 2, the ministry said.

The ministers discussed military education and joint exercises.
""",
    "a2.txt": """ date 2021-09-15 By Test Desk

Министр обороны Азербайджана Закир Гасанов встретился в Баку с министром обороны Беларуси Виктором Хрениным.

Стороны обсудили военное образование и совместные учения.
""",
    "a3.txt": """ date 2022-04-11 By Test Desk

Defence Minister Zakir Hasanov received Defence Minister Juansher Burchuladze of Georgia in Baku on April 11.

The sides reviewed the training of cadets and a plan of cooperation for the next year.
""",
    "a4.txt": """ date 2022-10-20 By Test Desk

Министр обороны Азербайджана Закир Гасанов провёл переговоры с министром обороны Казахстана Русланом Жаксылыковым.

Министры обсудили обмен опытом в области военной медицины.
""",
    "a5.txt": """ date 2023-06-05 By Test Desk

Azerbaijan's Defence Minister Zakir Hasanov held talks with Defence Minister Viktor Khrenin of Belarus in Minsk on June 5.

They agreed to hold staff talks in the autumn.
""",
}
NEW_2020 = """ date 2020-02-18 By Test Desk

Defence Minister Zakir Hasanov met with Defence Minister Hulusi Akar of Turkey in Ankara on February 18.

The ministers discussed the supply of training aircraft.
"""

LINK = re.compile(r"\]\(([^)]+\.md)\)")


def _links(page: Path) -> set[str]:
    """The .md pages a page links, as paths inside docs/."""
    here = page.parent
    out = set()
    for target in LINK.findall(page.read_text(encoding="utf-8")):
        out.add((here / target).resolve().as_posix())
    return out


def _rows(text: str, section: str) -> int:
    """Table rows (past the header) of a section of a page."""
    part = text.split(f"## {section}\n", 1)[1].split("\n## ", 1)[0]
    return sum(1 for line in part.splitlines() if line.startswith("| ") and not line.startswith("| Date |")
               and not line.startswith("| Title |"))


def _generate(seeds: Path, docs: Path, monkeypatch, latest: int, named: int, **kw):
    from generator.build import build
    from generator.site import render, views

    monkeypatch.setattr(render, "LATEST", latest)
    monkeypatch.setattr(views, "TIMELINE_NAMED", named)
    return build(seeds, docs, **kw)


def _person_and_country(docs: Path) -> tuple[str, str]:
    """The minister's page id and his country's code, from the generated people pages."""
    person = next(p.stem for p in (docs / "people").glob("*.md") if "hasanov" in p.stem)
    return person, "AZ"


@SLOW
def test_long_lists_go_to_pages_by_year_and_every_report_stays_reachable(tmp_path, monkeypatch):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in ARTICLES.items():
        (seeds / name).write_text(text, encoding="utf-8")
    proj = make_project(tmp_path, seeds)
    docs = proj / "docs"
    _generate(proj / "seeds", docs, monkeypatch, latest=2, named=1, use_cache=False)
    person, country = _person_and_country(docs)
    articles = {p.resolve().as_posix() for p in (docs / "articles").glob("*.md") if p.name != "index.md"
                and not p.name.startswith("page-")}
    assert len(articles) == 5
    for folder, eid in (("people", person), ("countries", country)):
        page = docs / folder / f"{eid}.md"
        text = page.read_text(encoding="utf-8")
        years = sorted(p.stem for p in (docs / folder / eid).glob("*.md"))
        n = int(re.search(r"\*\*Reports:\*\* (\d+)", text).group(1))
        assert n >= 4 and (n == 5 or folder == "countries")
        assert years == ["2021", "2022", "2023"][-len(years):] and len(years) >= 2, (folder, years)
        assert _rows(text, "Articles") == 2  # the latest two only
        assert f"The latest 2 of {n}" in text
        # Every report is reachable from the page: on it, or on a page by year it links.
        year_pages = {(docs / folder / eid / f"{y}.md").resolve().as_posix() for y in years}
        assert year_pages <= _links(page)
        reachable = set(_links(page)) | set().union(*(_links(Path(y)) for y in year_pages))
        assert len(articles & reachable) == n  # every report of the person or country
        assert n < 5 or articles <= reachable
        for y in years:
            yp = docs / folder / eid / f"{y}.md"
            ytext = yp.read_text(encoding="utf-8")
            # Each year's page lists that year's reports, all of them, and links its owner back.
            assert page.resolve().as_posix() in _links(yp)
            dates = re.findall(r"\| (\d{1,2} \w+ (\d{4})) \|", ytext.split("## Articles\n", 1)[1])
            assert dates and {d[1] for d in dates} == {y}
            assert "search:\n  boost: 0.05" in ytext  # weighed down in the search, as the other lists
    # The person's roles: the latest two on the page, the rest on the pages by year.
    ptext = (docs / "people" / f"{person}.md").read_text(encoding="utf-8")
    assert _rows(ptext, "Roles and ranks") == 2
    y21 = (docs / "people" / person / "2021.md").read_text(encoding="utf-8")
    assert _rows(y21, "Roles and ranks") == 2  # both 2021 reports name his office
    # The timeline's index: the months' numbers, the events named on the year pages.
    index = (docs / "timeline" / "index.md").read_text(encoding="utf-8")
    assert "../events/" not in index and re.search(r"\d+ events?\b", index)
    assert "../events/" in (docs / "timeline" / "2022.md").read_text(encoding="utf-8")
    # MkDocs builds the site with the new pages, every link resolving (--strict).
    res = mkdocs_build(proj)
    assert res.returncode == 0, res.stderr[-3000:]
    assert (proj / "site" / "people" / person / "2022.html").is_file()  # use_directory_urls: false
    assert (proj / "site" / "countries" / country / "2022.html").is_file()
    search = (proj / "site" / "search" / "search_index.json").read_text(encoding="utf-8")
    assert f"people/{person}/2022.html" in search  # the search index keeps the pages by year

    # The site update (`mkdocs build --dirty`, generator/site/incremental.py) after an article of a
    # new year (a page by year added) and after its removal: the same site as a full build.
    from test_incremental import _mkdocs, _same

    inc = tmp_path / "site-inc"
    _mkdocs(proj, inc)
    for name, change in (("added", lambda: (proj / "seeds" / "a0.txt").write_text(NEW_2020, encoding="utf-8")),
                         ("removed", lambda: (proj / "seeds" / "a0.txt").unlink())):
        change()
        _generate(proj / "seeds", docs, monkeypatch, latest=2, named=1, use_cache=False)
        _mkdocs(proj, inc, dirty=True)
        full = tmp_path / f"site-full-{name}"
        _mkdocs(proj, full)
        _same(inc, full)
        assert (inc / "people" / person / "2020.html").is_file() == (name == "added")

    # Below the thresholds (the defaults on this small archive) the pages are as before: no pages by
    # year, the whole list on the page, the timeline's index naming the events.
    docs2 = tmp_path / "docs2"
    _generate(proj / "seeds", docs2, monkeypatch, latest=50, named=150, use_cache=False)
    assert not (docs2 / "people" / person).exists() and not (docs2 / "countries" / country).exists()
    assert _rows((docs2 / "people" / f"{person}.md").read_text(encoding="utf-8"), "Articles") == 5
    assert "The latest" not in (docs2 / "people" / f"{person}.md").read_text(encoding="utf-8")
    assert "../events/" in (docs2 / "timeline" / "index.md").read_text(encoding="utf-8")


@SLOW
def test_pages_by_year_incremental_generation_equals_cold(tmp_path, monkeypatch):
    """An article of a new year adds a page by year, its removal removes it; the cached generation
    gives a cold generation's docs/ file by file each time, and the other years' pages are not
    written again."""
    from test_incremental_generation import _same

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in ARTICLES.items():
        (seeds / name).write_text(text, encoding="utf-8")
    docs, cache = tmp_path / "docs", tmp_path / "cache"
    _generate(seeds, docs, monkeypatch, latest=2, named=1, cache_dir=cache)
    person, _ = _person_and_country(docs)

    def step(name: str):
        cold = tmp_path / f"cold-{name}"
        shutil.copytree(docs, cold)
        rep = _generate(seeds, docs, monkeypatch, latest=2, named=1, cache_dir=cache)
        _generate(seeds, cold, monkeypatch, latest=2, named=1, use_cache=False)
        _same(docs, cold)
        return rep

    # An article of a year the pages have: that year's page is written again, not the others.
    (seeds / "a6.txt").write_text(NEW_2020.replace("2020-02-18", "2022-02-18").replace("February 18", "March 1"),
                                  encoding="utf-8")
    rep = step("added-2022")
    written = {Path(p).as_posix() for p in rep.write.written}
    assert f"people/{person}/2022.md" in written
    assert not {f"people/{person}/2021.md", f"people/{person}/2023.md"} & written, written
    # An article of a new year: a new page (the pages' lists of years change with it).
    (seeds / "a0.txt").write_text(NEW_2020, encoding="utf-8")
    step("added-2020")
    assert (docs / "people" / person / "2020.md").is_file()
    (seeds / "a0.txt").unlink()
    step("removed")
    assert not (docs / "people" / person / "2020.md").exists()


def test_lemma_tables_read_without_srsly_or_numpy():
    """The English lemmatizer's word lists (the name rules' verb and noun classes) are read with the
    msgpack package: srsly's copy would import numpy, some 0.1 s of CPU in an update that needs it
    for nothing else. The values are spaCy's own (tests/test_speed_r14.py)."""
    import os
    import subprocess
    import sys

    from conftest import ROOT

    pytest.importorskip("msgpack")
    code = ("import sys; from generator.nlp import spacy_files as f; t = f.lemma_index(); "
            "print(bool(t) and any('meet' in w for w in t), 'srsly' in sys.modules, 'numpy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert out.stdout.split() == ["True", "False", "False"]

"""Round 9, speed: behaviour (not timing) of the faster paths.

1. A rerun with nothing changed is answered from the last build's rerun index
   (``generator.output.rerun``): it reads no article and no page from the cache, writes nothing,
   and reports what the last build read; any change to a seed, a sidecar, a page in docs/, the
   cache's file of pages or the site's address takes the ordinary path, whose result is the one
   a build without the index gives.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from generator.build import build, default_cache_dir
from test_cache import stamps, tree

ROOT = Path(__file__).resolve().parent.parent

EN = """title: Defence ministers of {a} and {b} meet in {city}
date: 2024-03-{day:02d}
source: Example Defence News

The defence minister of {a} met his counterpart from {b} in {city} on {day} March. The two
ministers discussed military cooperation, joint training and the supply of equipment. They
agreed to hold staff talks later in the year.
"""

PAIRS = [("Azerbaijan", "Turkey", "Baku"), ("Georgia", "Poland", "Tbilisi"), ("Kazakhstan", "India", "Astana"),
         ("Armenia", "France", "Yerevan")]


def write_seeds(folder: Path, n: int = 3) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i, (a, b, city) in enumerate(PAIRS[:n]):
        (folder / f"meeting-{i}.txt").write_text(EN.format(a=a, b=b, city=city, day=i + 4), encoding="utf-8")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A project built once; each test copies it."""
    proj = tmp_path_factory.mktemp("rerun")
    write_seeds(proj / "seeds")
    (proj / "seeds" / "notes.pdf").write_bytes(b"%PDF-1.4 not an article")
    first = build(proj / "seeds", proj / "docs")
    assert first.write.written
    return proj, first


@pytest.fixture()
def proj(built, tmp_path):
    import shutil

    src, _ = built
    shutil.copytree(src, tmp_path / "p", symlinks=True)
    return tmp_path / "p"


def _ran_fast(report) -> bool:
    return "rerun" in report.timings and "load" not in report.timings


def test_rerun_is_answered_from_the_index_and_writes_nothing(built, proj):
    _, first = built
    before = stamps(proj / "docs", proj / ".cache")
    again = build(proj / "seeds", proj / "docs")
    assert _ran_fast(again)
    assert again.write.written == [] and again.write.unchanged == len(first.write.written)
    assert stamps(proj / "docs", proj / ".cache") == before
    # The same report as the build that read the articles (the .pdf's warning included).
    assert (again.files, again.articles, again.undated, again.unknown, again.warnings) == \
        (first.files, first.articles, first.undated, first.unknown, first.warnings)
    assert again.summary() == first.summary().replace(f"{len(first.write.written)} pages written, 0 unchanged",
                                                      f"0 pages written, {len(first.write.written)} unchanged")


def test_rerun_from_the_command_line_reads_no_reading_rule(proj):
    """The command's rerun imports neither the reading rules nor the models."""
    code = ("import sys; from generator.cli import main; sys.argv=['generator','build','--seeds','seeds','--docs','docs',"
            "'-q']\ntry:\n main()\nexcept SystemExit:\n pass\n"
            "print(' '.join(sorted(m for m in sys.modules if m in ('generator.ingest.reader', 'generator.ingest.lines', "
            "'generator.text.dates', 'spacy', 'natasha', 'generator.site.render'))))")
    res = subprocess.run([sys.executable, "-c", code], cwd=proj, capture_output=True, text=True, timeout=300,
                         env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert res.returncode == 0, res.stderr[-2000:]
    assert res.stdout.strip().splitlines()[-1:] in ([], [""]), res.stdout


@pytest.mark.parametrize("change", ["edit_page", "delete_page", "stray_temporary", "edit_seed", "sidecar",
                                    "new_seed", "site_file"])
def test_any_change_takes_the_ordinary_path_with_the_same_result(proj, tmp_path, change):
    docs = proj / "docs"
    page = sorted((docs / "articles").glob("meeting-1*.md"))[0]
    seed = proj / "seeds" / "meeting-1.txt"
    if change == "edit_page":
        page.write_text(page.read_text(encoding="utf-8") + "\nA line a person added.\n", encoding="utf-8")
    elif change == "delete_page":
        page.unlink()
    elif change == "stray_temporary":
        (docs / "articles" / ".generator-tmp-0123456789ab").write_bytes(b"half a page")
    elif change == "edit_seed":
        seed.write_text(seed.read_text(encoding="utf-8").replace("staff talks", "naval staff talks"),
                        encoding="utf-8")
    elif change == "sidecar":
        (proj / "seeds" / "meeting-1.txt.json").write_text(
            json.dumps({"url": "https://news.example.org/meeting-1", "retrieved": "2024-03-06T10:00:00Z"}),
            encoding="utf-8")
    elif change == "new_seed":
        write_seeds(proj / "seeds", 4)
    elif change == "site_file":  # the cache's file of pages replaced: the index no longer describes it
        site = next(default_cache_dir(docs).glob("*/site-pages.json"))
        site.write_bytes(site.read_bytes()[:100])
    r = build(proj / "seeds", docs)
    assert not _ran_fast(r), change
    fresh = tmp_path / "fresh"
    build(proj / "seeds", fresh / "docs", use_cache=False)
    assert tree(docs) == tree(fresh / "docs")
    if change == "edit_seed":
        assert "naval staff talks" in page.read_text(encoding="utf-8")
    if change == "sidecar":
        assert "https://news.example.org/meeting-1" in page.read_text(encoding="utf-8")
    # And the build after it is a rerun again.
    assert _ran_fast(build(proj / "seeds", docs))


def test_site_address_is_part_of_the_key(proj):
    r = build(proj / "seeds", proj / "docs", site_url="https://archive.example.org/")
    assert not _ran_fast(r)
    assert _ran_fast(build(proj / "seeds", proj / "docs", site_url="https://archive.example.org/"))
    assert not _ran_fast(build(proj / "seeds", proj / "docs", site_url=""))


def test_no_cache_never_uses_the_index(proj):
    r = build(proj / "seeds", proj / "docs", use_cache=False)
    assert not _ran_fast(r) and r.write.written == []

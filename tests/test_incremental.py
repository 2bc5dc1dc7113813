"""`mkdocs build --dirty` through the hook (generator/site/incremental.py) gives the same site as a
full `mkdocs build`, file by file, after articles are added, changed and removed; and it writes
only the pages whose content or navigation changed."""

import gzip
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, make_project, EXAMPLE_TXT

SLOW = pytest.mark.slow  # whole projects generated and built with MkDocs, several times

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": "https://example.org/archive/"}

# Articles written for this test (in our own words), in the header layouts the ingest reads.
NEW_EN = """ date 2022-03-14 By Test Desk

Defence Minister Zakir Hasanov met with Defence Minister Hulusi Akar of Turkey in Baku on March 14, the ministry reported.

The sides discussed military education, joint exercises and the training of personnel.

At the end of the meeting, the two ministers signed a plan of bilateral military cooperation for 2023.
"""
NEW_RU = """ date 2021-11-02 By Test Desk

Министр обороны Азербайджана Закир Гасанов встретился в Баку с министром обороны Беларуси Виктором Хрениным.

Стороны обсудили перспективы военного сотрудничества и обмен опытом в области военного образования.
"""


def _mkdocs(proj: Path, site: Path, dirty: bool = False) -> None:
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(proj / "mkdocs.yml"), "-d", str(site)]
    res = subprocess.run(cmd + (["--dirty"] if dirty else []), capture_output=True, text=True, cwd=proj, env=ENV)
    assert res.returncode == 0, res.stderr[-3000:]


def _generate(proj: Path) -> None:
    from generator.build import build

    old = os.environ.get("SITE_URL")
    os.environ["SITE_URL"] = ENV["SITE_URL"]
    try:
        rep = build(proj / "seeds", proj / "docs")
    finally:
        if old is None:
            del os.environ["SITE_URL"]
        else:
            os.environ["SITE_URL"] = old
    assert rep.articles


def _tree(site: Path) -> dict[str, bytes]:
    out = {}
    for f in site.rglob("*"):
        if f.is_file():
            data = f.read_bytes()
            if f.name.endswith(".gz"):  # the gzip header names the file's full path: compare the content
                data = gzip.decompress(data)
            out[f.relative_to(site).as_posix()] = data
    return out


def _stamps(site: Path) -> dict[str, int]:
    return {f.relative_to(site).as_posix(): f.stat().st_mtime_ns for f in site.rglob("*.html")}


def _same(inc: Path, full: Path) -> None:
    a, b = _tree(inc), _tree(full)
    assert sorted(a) == sorted(b), (sorted(set(a) - set(b))[:10], sorted(set(b) - set(a))[:10])
    differ = [k for k in a if a[k] != b[k]]
    assert not differ, f"files that differ from the full build: {differ[:10]}"


@SLOW
def test_dirty_build_equals_full_build_after_add_change_remove(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for f in EXAMPLE_TXT:
        shutil.copy(f, seeds / f.name)
    proj = make_project(tmp_path, seeds)
    inc = tmp_path / "site-inc"
    _generate(proj)
    _mkdocs(proj, inc)  # a full build, which records the state
    n_pages = len(_stamps(inc))

    def step(name: str) -> dict:
        before = _stamps(inc)
        _generate(proj)
        _mkdocs(proj, inc, dirty=True)
        full = tmp_path / f"site-full-{name}"
        _mkdocs(proj, full)
        _same(inc, full)
        after = _stamps(inc)
        return {k for k in after if before.get(k) != after[k]}

    # Nothing changed: nothing written but the sitemap's companions, the search index, 404.
    assert step("nothing") <= {"404.html"}

    # Added: one English and one Russian article.
    (proj / "seeds" / "zz_new_en.txt").write_text(NEW_EN, encoding="utf-8")
    (proj / "seeds" / "zz_new_ru.txt").write_text(NEW_RU, encoding="utf-8")
    written = step("added")
    assert "articles/zz-new-en.html" in written and "articles/zz-new-ru.html" in written
    assert len(written) < n_pages, "an added article must not rewrite every page"

    # Changed: a word of one article.
    art = proj / "seeds" / "zz_new_en.txt"
    art.write_text(NEW_EN.replace("joint exercises", "joint naval exercises"), encoding="utf-8")
    written = step("changed")
    assert "articles/zz-new-en.html" in written
    assert len(written) < n_pages

    # Removed: an article and the pages only it made (the site's search index loses its entries).
    first = sorted((proj / "seeds").glob("*.txt"))[0]
    first.unlink()
    step("removed")
    assert not (inc / "articles" / (first.stem.replace("_", "-") + ".html")).exists()


@SLOW
def test_dirty_build_with_no_state_is_a_full_build(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(EXAMPLE_TXT[0], seeds)
    proj = make_project(tmp_path, seeds)
    _generate(proj)
    inc = tmp_path / "site-inc"
    inc.mkdir()
    (inc / "stale.html").write_text("left over from something else")
    _mkdocs(proj, inc, dirty=True)
    full = tmp_path / "site-full"
    _mkdocs(proj, full)
    _same(inc, full)


def _config(proj: Path):
    from mkdocs.config import load_config

    cfg = load_config(str(proj / "mkdocs.yml"))
    cfg.plugins.on_startup(command="build", dirty=True)
    return cfg.plugins.on_config(cfg)


def test_configuration_key_is_stable_and_follows_the_configuration(tmp_path):
    """The key of everything every page depends on: the same for the same configuration (no
    memory address of a plugin in it), different when mkdocs.yml or a theme override changes."""
    from generator.site.incremental import config_key

    proj = make_project(tmp_path)
    a, b = config_key(_config(proj)), config_key(_config(proj))
    assert a == b
    (proj / "overrides" / "main.html").write_text((proj / "overrides" / "main.html").read_text() + "\n{# x #}\n")
    c = config_key(_config(proj))
    assert c != a
    cfg = (proj / "mkdocs.yml").read_text()
    (proj / "mkdocs.yml").write_text(cfg.replace("site_name: ", "site_name: Another "))
    assert config_key(_config(proj)) not in (a, c)

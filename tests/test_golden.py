"""A golden docs/ tree for three of our own test articles: any change to the output shows up
here as a diff to review. Refresh with `make golden` (pytest --update-golden)."""

import difflib
import shutil
from pathlib import Path

import pytest

from generator.build import build

HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "golden" / "docs"
ARTICLES = ["en_01_az_tr_akar_baku.txt", "en_08_kz_uz_mou_page.txt", "ru_02_az_uz_kurbanov.txt"]


def _tree(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): p.read_text(encoding="utf-8") for p in sorted(root.rglob("*")) if p.is_file()}


def test_golden_docs_tree(tmp_path, request):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ARTICLES:
        shutil.copy(HERE / "corpus" / "articles" / name, seeds / name)
    build(seeds, tmp_path / "docs")
    got = _tree(tmp_path / "docs")
    if request.config.getoption("--update-golden"):
        if GOLDEN.exists():
            shutil.rmtree(GOLDEN)
        shutil.copytree(tmp_path / "docs", GOLDEN)
        pytest.skip("golden tree rewritten; review it with git diff")
    assert GOLDEN.is_dir(), "no golden tree yet: run `make golden`"
    want = _tree(GOLDEN)
    assert sorted(got) == sorted(want), "files added or removed; run `make golden` and review the diff"
    diffs = []
    for name in sorted(want):
        if got[name] != want[name]:
            diffs.append("".join(difflib.unified_diff(want[name].splitlines(True), got[name].splitlines(True),
                                                      f"golden/{name}", f"now/{name}", n=1))[:2000])
    assert not diffs, "\n".join(diffs[:5])

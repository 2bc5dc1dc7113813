"""Same inputs, in another order, with another hash seed: byte-identical docs/
and, with SOURCE_DATE_EPOCH, byte-identical site/."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, make_project, EXAMPLE_TXT


def _run_build(proj: Path, hashseed: str) -> None:
    # No clock is read by the generator (dates come from the text; dateparser gets a fixed
    # relative base), and MkDocs honours SOURCE_DATE_EPOCH for the sitemap.
    env = {**os.environ, "PYTHONHASHSEED": hashseed, "SOURCE_DATE_EPOCH": "1700000000", "NO_MKDOCS_2_WARNING": "1"}
    code = (
        f"import sys; sys.path.insert(0, {str(ROOT)!r})\n"
        "from pathlib import Path\n"
        "from generator.build import build\n"
        "r = build(Path('seeds'), Path('docs'))\n"
        "assert not r.skipped, r.skipped\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=proj, env=env, check=True, capture_output=True)
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", "site"], cwd=proj, env=env,
                   check=True, capture_output=True)


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.mark.slow  # two whole builds compared
def test_two_builds_byte_identical(tmp_path):
    a = make_project(tmp_path / "a", ROOT / "seeds")
    b = make_project(tmp_path / "b", ROOT / "seeds")
    # b gets its seeds written in reverse order (different directory order and mtimes).
    shutil.rmtree(b / "seeds")
    (b / "seeds").mkdir()
    for f in sorted(EXAMPLE_TXT, reverse=True):
        (b / "seeds" / f.name).write_bytes(f.read_bytes())
    _run_build(a, "1")
    _run_build(b, "4242")
    da, db = _tree(a / "docs"), _tree(b / "docs")
    assert da.keys() == db.keys()
    assert [k for k in da if da[k] != db[k]] == []
    sa, sb = _tree(a / "site"), _tree(b / "site")
    assert sa.keys() == sb.keys()
    assert [k for k in sa if sa[k] != sb[k]] == []

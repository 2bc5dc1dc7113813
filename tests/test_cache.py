"""The content-hash cache: a rerun writes nothing and loads no model; changes invalidate;
--jobs 2 gives the same bytes as --jobs 1."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.build import build, default_cache_dir
from generator.output import cache as cache_mod
from conftest import EXAMPLE_TXT

ROOT = Path(__file__).resolve().parent.parent
GENERATOR = Path(sys.executable).with_name("generator")


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def stamps(*folders: Path) -> dict[str, tuple]:
    out = {}
    for d in folders:
        for p in d.rglob("*"):
            if p.is_file():
                st = p.stat()
                out[str(p)] = (st.st_mtime_ns, st.st_size, st.st_ino)
    return out


@pytest.fixture()
def proj(tmp_path):
    (tmp_path / "seeds").mkdir()
    for f in EXAMPLE_TXT:
        shutil.copy(f, tmp_path / "seeds" / f.name)
        os.chmod(tmp_path / "seeds" / f.name, 0o644)
    return tmp_path


_RERUN = """
import json, sys
from pathlib import Path
from generator.build import build
from generator.nlp import analysis as nlp
r = build(Path("seeds"), Path("docs"))
print(json.dumps({"written": r.write.written, "counts": r.cache_counts,
                  "spacy": "spacy" in sys.modules, "natasha": "natasha" in sys.modules,
                  "pymorphy2": "pymorphy2" in sys.modules, "thinc": "thinc" in sys.modules,
                  "spacy_en_loaded": nlp.spacy_en.cache_info().currsize,
                  "natasha_loaded": nlp.natasha.cache_info().currsize}))
"""


def test_default_cache_location(tmp_path):
    assert default_cache_dir(tmp_path / "docs") == tmp_path / ".cache" / "extract"


@pytest.mark.slow  # whole builds of a project, cold and cached
def test_rerun_writes_nothing_and_loads_no_model(proj):
    first = build(proj / "seeds", proj / "docs")
    assert first.write.written and (proj / ".cache" / "extract").is_dir()
    before = stamps(proj / "docs", proj / ".cache")
    res = subprocess.run([sys.executable, "-c", _RERUN], cwd=proj, capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr[-3000:]
    out = json.loads(res.stdout.strip().splitlines()[-1])
    assert out["written"] == []
    assert out["counts"]["misses"] == 0 and out["counts"]["stored"] == 0
    assert not out["spacy"] and not out["natasha"] and not out["thinc"] and not out["pymorphy2"], out
    assert out["spacy_en_loaded"] == 0 and out["natasha_loaded"] == 0
    # Not one file written: no page, no manifest, no cache entry.
    assert stamps(proj / "docs", proj / ".cache") == before


@pytest.mark.slow  # whole builds of a project, cold and cached
def test_rerun_from_the_command_line_writes_nothing(proj):
    subprocess.run([str(GENERATOR), "build", "--seeds", "seeds", "--docs", "docs", "-q"], cwd=proj, check=True,
                   capture_output=True, timeout=300)
    before = stamps(proj / "docs", proj / ".cache")
    res = subprocess.run([str(GENERATOR), "build", "--seeds", "seeds", "--docs", "docs"], cwd=proj,
                         capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr[-2000:]
    assert "0 pages written" in res.stderr
    assert stamps(proj / "docs", proj / ".cache") == before


@pytest.mark.slow  # whole builds of a project, cold and cached
def test_changed_article_is_reextracted(proj):
    build(proj / "seeds", proj / "docs")
    f = sorted((proj / "seeds").glob("*.txt"))[0]
    f.write_text(f.read_text(encoding="utf-8").rstrip("\n") + "\n\nThe sides also discussed military medicine.\n",
                 encoding="utf-8")
    r = build(proj / "seeds", proj / "docs")
    # The changed file is parsed and extracted again (2 misses); the other four hit (8 hits).
    assert r.cache_counts["misses"] >= 2 and r.cache_counts["hits"] >= 8
    page = next((proj / "docs" / "articles").glob(f.stem.replace("_", "-") + "*.md"))
    assert "military medicine" in page.read_text(encoding="utf-8")
    # The result equals an uncached build of the same seeds.
    fresh = proj / "fresh"
    build(proj / "seeds", fresh / "docs", use_cache=False)
    assert tree(proj / "docs") == tree(fresh / "docs")


@pytest.mark.slow  # whole builds of a project, cold and cached
def test_registry_change_invalidates(proj):
    reg = proj / "registry.yaml"
    shutil.copy(ROOT / "generator" / "data" / "registry.yaml", reg)
    build(proj / "seeds", proj / "docs", registry_path=reg)
    again = build(proj / "seeds", proj / "docs", registry_path=reg)
    assert again.cache_counts["misses"] == 0
    text = reg.read_text(encoding="utf-8").replace(
        "  - {id: lloyd-austin,", "  - {id: test-person, name: Test Person, country: AZ}\n  - {id: lloyd-austin,")
    reg.write_text(text, encoding="utf-8")
    r = build(proj / "seeds", proj / "docs", registry_path=reg)
    assert r.cache_counts["hits"] == 0 and r.cache_counts["misses"] >= 10
    # Entries of the old registry were pruned: one fingerprint folder remains.
    assert len([d for d in (proj / ".cache" / "extract").iterdir() if d.is_dir()]) == 1


def test_fingerprint_follows_version_and_code(monkeypatch, tmp_path):
    reg = ROOT / "generator" / "data" / "registry.yaml"
    a = cache_mod.fingerprint(reg)
    monkeypatch.setattr(cache_mod, "__version__", "999.0")
    assert cache_mod.fingerprint(reg) != a
    monkeypatch.undo()
    cache_mod.source_hash.cache_clear()
    monkeypatch.setattr(cache_mod, "source_hash", lambda: "another source")
    assert cache_mod.fingerprint(reg) != a


@pytest.mark.slow  # whole builds of a project, cold and cached
def test_corrupt_entries_are_ignored(proj):
    build(proj / "seeds", proj / "docs")
    expected = tree(proj / "docs")
    spoilt = sorted((proj / ".cache" / "extract").rglob("*.json")) + sorted((proj / ".cache").rglob("pack.marshal"))
    for i, p in enumerate(spoilt):
        p.write_bytes(b"not a pickle" if i % 2 else p.read_bytes()[:20])  # garbage, truncated
    r = build(proj / "seeds", proj / "docs")
    assert r.cache_counts["unusable"] >= 10 and r.cache_counts["hits"] == 0
    assert tree(proj / "docs") == expected
    assert build(proj / "seeds", proj / "docs").cache_counts["misses"] == 0  # repaired


@pytest.mark.slow  # whole builds of a project, cold and cached
def test_no_cache_reads_and_writes_nothing(proj):
    r = build(proj / "seeds", proj / "docs", use_cache=False)
    assert r.cache == "cache: off" and not (proj / ".cache").exists()


@pytest.mark.slow  # whole builds of a project, cold and cached
def test_jobs2_output_identical_to_jobs1(proj):
    outs = []
    for jobs in ("1", "2"):
        d = proj / f"docs{jobs}"
        res = subprocess.run([str(GENERATOR), "build", "--seeds", "seeds", "--docs", str(d), "--no-cache",
                              "--jobs", jobs, "-q"], cwd=proj, capture_output=True, text=True, timeout=600)
        assert res.returncode == 0, res.stderr[-3000:]
        outs.append(tree(d))
    assert outs[0] and outs[0] == outs[1]
    assert not (proj / ".cache").exists()


@pytest.mark.slow  # two cold builds of a dozen articles, one of them with two worker processes
def test_jobs2_reads_ahead_into_the_cache_with_the_same_result(tmp_path):
    """With --jobs 2 and a cache, the seeds the cache does not hold are read in worker processes
    (build._read_ahead); the pages, the cache's entries and its counts are those of --jobs 1."""
    from generator.bench.corpus import corpus

    outs, counts, entries = [], [], []
    for jobs in (1, 2):
        p = tmp_path / f"p{jobs}"
        (p / "seeds").mkdir(parents=True)
        for name, text in corpus(12):
            (p / "seeds" / name).write_text(text, encoding="utf-8")
        rep = build(p / "seeds", p / "docs", jobs=jobs)
        outs.append(tree(p / "docs"))
        counts.append(rep.cache_counts)
        cache = default_cache_dir(p / "docs")
        entries.append(sorted(f.relative_to(cache).as_posix() for f in cache.rglob("*.json")))
    assert outs[0] and outs[0] == outs[1]
    assert counts[0] == counts[1] and counts[0]["misses"] >= 12
    assert entries[0] == entries[1]

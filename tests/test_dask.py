"""`--executor dask`: extraction on a Dask cluster (here a local one of two workers) gives the
same docs/ tree, byte for byte, as `--jobs 1`; an unreachable scheduler is a clear error."""

import shutil

import pytest
from click.testing import CliRunner

from conftest import ROOT, EXAMPLE_TXT


def _tree(d):
    return {p.relative_to(d).as_posix(): p.read_bytes() for p in d.rglob("*") if p.is_file()
            and not p.name.startswith(".generator-manifest")}


@pytest.mark.slow  # a local cluster starts, and its two workers load the models
def test_dask_local_cluster_output_identical_to_jobs_1(tmp_path):
    pytest.importorskip("distributed")
    from generator.build import build

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    # English and Russian articles: both languages' models load on the workers.
    for f in EXAMPLE_TXT[:3] + sorted((ROOT / "tests" / "corpus" / "articles").glob("ru_0[12]*.txt")):
        shutil.copy(f, seeds / f.name)
    one = build(seeds, tmp_path / "docs-1", use_cache=False, jobs=1)
    dask = build(seeds, tmp_path / "docs-dask", use_cache=False, jobs=2, executor="dask")
    assert one.articles == dask.articles == 5
    a, b = _tree(tmp_path / "docs-1"), _tree(tmp_path / "docs-dask")
    assert a.keys() == b.keys()
    assert [k for k in a if a[k] != b[k]] == []


def test_unreachable_scheduler_is_a_clear_error(tmp_path):
    pytest.importorskip("distributed")
    import dask

    from generator.cli import main

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(EXAMPLE_TXT[0], seeds)
    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}):
        res = CliRunner().invoke(main, ["build", "--seeds", str(seeds), "--docs", str(tmp_path / "docs"), "--no-cache",
                                        "--executor", "dask", "--scheduler", "tcp://127.0.0.1:9"])
    assert res.exit_code == 1
    assert "--scheduler tcp://127.0.0.1:9" in res.output and "dask scheduler" in res.output


def test_scheduler_needs_dask_executor(tmp_path):
    from generator.cli import main

    res = CliRunner().invoke(main, ["build", "--seeds", str(tmp_path), "--docs", str(tmp_path / "docs"),
                                    "--scheduler", "tcp://127.0.0.1:9"])
    assert res.exit_code == 2 and "--executor dask" in res.output

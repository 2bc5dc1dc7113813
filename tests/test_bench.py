"""The benchmark: the synthetic corpus, and `generator bench --quick` writing every figure."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from generator.bench import runner as bench
from generator.ingest import reader as ingest

GENERATOR = Path(sys.executable).with_name("generator")


@pytest.mark.slow  # generates and reads 200 synthetic articles
def test_corpus_is_deterministic_and_realistic():
    a = bench.corpus(200)
    assert a == bench.corpus(200) and a[:50] == bench.corpus(50)
    assert len({name for name, _ in a}) == 200
    langs = Counter()
    layouts = Counter()
    for name, text in a:
        p = ingest.parse_text(text, name)
        langs[p.lang] += 1
        assert 300 <= len(p.body.split()) <= 520, name
        assert p.date is not None, name
        if p.lang == "ru":
            assert p.title and "Официальный сайт" not in p.body and "Советуем" not in p.body and "°C" not in p.body
            layouts["ru-page"] += 1
        elif p.author:
            layouts["byline"] += 1
        elif p.source:
            layouts["agency"] += 1
        elif p.date.day is None:
            layouts["month-only"] += 1
    assert 0.12 <= langs["ru"] / 200 <= 0.3  # about 4:1
    assert all(layouts[k] for k in ("ru-page", "byline", "agency", "month-only")), layouts


@pytest.mark.slow  # the benchmark, end to end
def test_bench_quick_writes_every_figure(tmp_path):
    out = tmp_path / "bench.json"
    res = subprocess.run([str(GENERATOR), "bench", "--articles", "20", "--quick", "--out", str(out)],
                         capture_output=True, text=True, timeout=1800)  # long only on a busy machine
    assert res.returncode == 0, res.stderr[-3000:] + res.stdout[-3000:]
    R = json.loads(out.read_text())
    for path in ("cold.generate_s", "cold.bare_ner_s", "cold.load_models_s", "cold.ratio", "cold.rss_mb",
                 "jobs.jobs1_s", "jobs.jobs2_s", "jobs.speedup", "jobs.identical_output",
                 "rerun.seconds", "rerun.files_written", "rerun.models_loaded",
                 "one_added.generate_s", "one_added.files_written", "one_added.update_s",
                 "one_added.html_written", "one_added.identical_to_full", "one_added.total_s",
                 "one_added.mkdocs_full_s", "mkdocs.full_s", "mkdocs.plain_s", "mkdocs.ratio",
                 "mkdocs.full_ms_per_page", "mkdocs.plain_ms_per_page", "dask.seconds", "dask.speedup_vs_jobs2",
                 "dask.identical_output", "zensical", "load.start", "load.end",
                 "bytes_per_article.at_500", "bytes_per_article.at_5000", "bytes_per_article.ratio",
                 "peak_rss.at_5000_mb", "sizes", "hugo", "targets", "total_s"):
        node = R
        for part in path.split("."):
            assert part in node, path
            node = node[part]
    assert set(R["targets"]) == set(bench.TARGETS)
    assert R["jobs"]["identical_output"] is True
    # The incremental site update after one added article equals a full build, and writes less.
    assert R["one_added"]["identical_to_full"] is True, R["one_added"]["differing_files"]
    assert R["one_added"]["html_written"] < R["one_added"]["html_pages"]
    assert R["dask"]["identical_output"] is True
    assert R["rerun"]["files_written"] == 0 and R["rerun"]["models_loaded"] == []
    assert "targets:" in res.stdout and "generate / bare NER" in res.stdout


def test_fit_is_a_least_squares_line():
    # statistics.linear_regression through (n, value); one size only: the mean.
    assert abs(bench._fit([(100, 10.0), (200, 20.0), (300, 30.0)], 500) - 50.0) < 1e-9
    assert abs(bench._fit([(100, 1.0), (200, 3.0)], 300) - 5.0) < 1e-9
    assert bench._fit([(100, 4.0), (100, 6.0)], 900) == 5.0
    assert bench._fit([(100, 7.0)], 900) == 7.0

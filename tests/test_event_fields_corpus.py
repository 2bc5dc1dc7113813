"""Event date, where and the participant flag on the BUILD split of ../shared/corpus, scored by the
shared scorer: a guard against regressions on real scraped pages (read at run time, never copied).

Split (fixed): page N is VALIDATION when N % 3 == 0, BUILD otherwise. Only BUILD is read here.
"""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # scores the 50 BUILD pages of ../shared/corpus

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

# Below the figures measured on BUILD when the rules were last changed (issue 12, round 2: event date
# 0.94, where 1.00, participant 0.99), with a little room for the page reader's changes, so that a
# change that loses ground fails.
FLOORS = {"event_date": 0.90, "where": 0.96, "participant": 0.97}


@pytest.fixture(scope="module")
def scores():
    if not (SHARED / "corpus" / "texts").is_dir() or not (SHARED / "tools" / "score.py").is_file():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{SHARED}/corpus is missing: CI runs with shared/ beside the project")
        pytest.skip(f"{SHARED}/corpus is not here: the shared corpus lives beside the project")
    res = subprocess.run([sys.executable, str(ROOT / "scripts" / "score_corpus.py"), "--split", "build"],
                         capture_output=True, text=True, timeout=1200)
    assert res.returncode == 0, res.stderr[-3000:]
    assert "corpus split build: 50 pages" in res.stdout
    return {k: float(v) for k, v in re.findall(r"^(\w+)\s+acc=([\d.]+)", res.stdout, re.M)}


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_event_fields_on_build_split(scores, field):
    assert field in scores, f"score.py reported no {field}: is it still exported?"
    assert scores[field] >= FLOORS[field], (field, scores[field])

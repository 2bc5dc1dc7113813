"""The learned linear ranker (generator/text/ranker.py): training is deterministic and learns the signal,
the best candidate clears the threshold or none is taken, and the weights file round-trips."""

from __future__ import annotations

import pytest

from generator.text import ranker


def _rows():
    # label 1 exactly when the candidate came from the byline; position is noise
    rows = []
    for i in range(40):
        rows.append(({"rule:byline": 1.0, "position": (i % 5) / 5}, 1))
        rows.append(({"rule:body": 1.0, "position": (i % 7) / 7}, 0))
    return rows


def test_fit_learns_the_signal_and_is_deterministic():
    a = ranker.fit(_rows(), name="t")
    b = ranker.fit(_rows(), name="t")
    assert a == b
    assert a.weights["rule:byline"] > 1 > -1 > a.weights["rule:body"]
    assert a.probability({"rule:byline": 1.0}) > 0.9 > 0.1 > a.probability({"rule:body": 1.0})


def test_best_takes_the_highest_and_keeps_the_rules_order_on_ties():
    r = ranker.Ranker(name="t", weights={"good": 2.0, "bad": -2.0}, threshold=0.5)
    assert r.best([("x", {"bad": 1}), ("y", {"good": 1}), ("z", {"good": 1})]) == ("y", pytest.approx(0.8808, abs=1e-3))
    assert r.best([("x", {"bad": 1})]) is None
    assert r.best([]) is None


def test_json_round_trip_and_a_wrong_format_names_the_file(tmp_path):
    r = ranker.fit(_rows(), name="source", meta={"pages": 3})
    back = ranker.from_json(r.to_json())
    assert back.name == "source" and back.meta == {"pages": 3}
    assert back.weights == pytest.approx({k: round(v, 6) for k, v in r.weights.items()}, abs=1e-6)
    (tmp_path / "old.json").write_text('{"format": 0, "name": "old", "weights": {}}', encoding="utf-8")
    with pytest.raises(ValueError, match=r"old\.json.*make rankers"):
        ranker.load("old", tmp_path)
    assert ranker.load("absent", tmp_path) is None

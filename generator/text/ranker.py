"""A learned linear ranker for one field of a page: pick the right candidate among those the rules propose.

The rules of ``generator.ingest`` and ``generator.extract`` find candidates for a field (every outlet a page
names, every date it shows) and describe each by named features (which rule found it, where on the page,
what stands next to it). A ranker scores each candidate with weights learned from gold pages by logistic
regression and takes the best one when its probability clears the ranker's threshold.

The weights ship as JSON in ``generator/data/rankers/NAME.json`` (small, versioned, readable); they are
learned by ``fit`` from a table of (features, label) rows, deterministically (Newton's method on an
L2-penalised log-likelihood, features in sorted order, no randomness). Nothing is learned or downloaded
at run time: a missing weights file means the field falls back to its rules (``load`` returns None).
"""

from __future__ import annotations

import json
import math
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

RANKERS = Path(__file__).resolve().parent.parent / "data" / "rankers"
FORMAT = 1

T = TypeVar("T")
Features = Mapping[str, float]


@dataclass(frozen=True)
class Ranker:
    """Weights for named features, a bias, and the probability a candidate needs to be taken."""

    name: str
    weights: Mapping[str, float]
    bias: float = 0.0
    threshold: float = 0.5
    meta: Mapping[str, object] = field(default_factory=dict)

    def score(self, features: Features) -> float:
        """The logit of a candidate: bias plus the weighted sum of its features (unknown features weigh 0)."""
        return self.bias + sum(self.weights.get(k, 0.0) * float(v) for k, v in features.items())

    def probability(self, features: Features) -> float:
        return _sigmoid(self.score(features))

    def ranked(self, candidates: Sequence[tuple[T, Features]]) -> list[tuple[T, float]]:
        """Candidates with their probabilities, best first; equal scores keep the order given (the rules' order)."""
        scored = [(i, c, self.probability(f)) for i, (c, f) in enumerate(candidates)]
        scored.sort(key=lambda x: (-x[2], x[0]))
        return [(c, p) for _, c, p in scored]

    def best(self, candidates: Sequence[tuple[T, Features]]) -> tuple[T, float] | None:
        """The best candidate and its probability, or None when there is none or it falls below the threshold."""
        ranked = self.ranked(candidates)
        if not ranked or ranked[0][1] < self.threshold:
            return None
        return ranked[0]

    def to_json(self) -> str:
        data = {
            "format": FORMAT,
            "name": self.name,
            "bias": round(self.bias, 6),
            "threshold": round(self.threshold, 6),
            "weights": {k: round(v, 6) for k, v in sorted(self.weights.items()) if abs(v) >= 1e-6},
            "meta": dict(self.meta),
        }
        return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def from_json(text: str, where: str = "ranker") -> Ranker:
    """A ranker from its JSON; a file in another format is an error that names the file and what to do."""
    data = json.loads(text)
    if data.get("format") != FORMAT:
        raise ValueError(f"{where}: format {data.get('format')!r}, expected {FORMAT}; rebuild it with `make rankers`")
    return Ranker(
        name=str(data["name"]),
        weights={str(k): float(v) for k, v in data["weights"].items()},
        bias=float(data.get("bias", 0.0)),
        threshold=float(data.get("threshold", 0.5)),
        meta=data.get("meta", {}),
    )


@lru_cache(maxsize=None)
def load(name: str, folder: Path = RANKERS) -> Ranker | None:
    """The shipped ranker NAME, or None when no weights file is shipped (the field then keeps its rules)."""
    path = folder / f"{name}.json"
    if not path.is_file():
        return None
    return from_json(path.read_text(encoding="utf-8"), str(path))


def fit(
    rows: Sequence[tuple[Features, int]],
    *,
    name: str,
    l2: float = 1.0,
    threshold: float = 0.5,
    iterations: int = 50,
    meta: Mapping[str, object] | None = None,
) -> Ranker:
    """Logistic regression on (features, 0/1 label) rows by Newton's method with an L2 penalty (bias unpenalised).

    Deterministic: features are ordered by name and no step is random, so the same rows give the same weights.
    """
    import numpy as np  # only when training

    names = sorted({k for f, _ in rows for k in f})
    index = {k: i for i, k in enumerate(names)}
    x = np.zeros((len(rows), len(names) + 1))
    y = np.zeros(len(rows))
    for r, (f, label) in enumerate(rows):
        x[r, -1] = 1.0
        for k, v in f.items():
            x[r, index[k]] = float(v)
        y[r] = 1.0 if label else 0.0
    w = np.zeros(len(names) + 1)
    penalty = np.full(len(names) + 1, l2)
    penalty[-1] = 0.0
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) + penalty * w
        hess = (x.T * (p * (1 - p))) @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if float(np.max(np.abs(step))) < 1e-8:
            break
    weights = {k: float(w[i]) for k, i in index.items()}
    return Ranker(name=name, weights=weights, bias=float(w[-1]), threshold=threshold, meta=dict(meta or {}))


def grouped(rows: Sequence[tuple[Hashable, Features, int]]) -> dict[Hashable, list[tuple[Features, int]]]:
    """Training rows (group, features, label) by group (a page), in first-seen order: for folds by page or outlet."""
    out: dict[Hashable, list[tuple[Features, int]]] = {}
    for g, f, label in rows:
        out.setdefault(g, []).append((f, label))
    return out

"""Learning the SOURCE ranker (``generator/data/rankers/source.json``) from the gold pages of the pool.

Each page is read once (``reader.read_article_file``, no NER); its source candidates (``Page.candidates``) are
labelled 1 when their printed name is the gold source by the scorer's own comparison (``shared/tools/score.py``:
the same words folded, a ratio of 0.8 or one inside the other), else 0. A page whose gold source is empty labels
every candidate 0, so the threshold learned here (the one that reads the most training pages right) gives it none.

``train`` also runs the grouped cv and writes its figures into the ranker's ``meta``; ``meta['chooses']`` is true
only when the ranker beats the rules clearly there (``CLEAR_GAIN``) without losing a real page, else the shipped
ranker only scores the candidates (``generator explain``) and the rules keep choosing.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from generator.ingest.source_candidates import RANKER, Candidate, choose
from generator.text import ranker as R

L2 = 3.0
#: How many times a real page (shared corpus, seeds) counts against an invented one (tests/…): VALIDATION is real.
REAL_WEIGHT = 1
REAL_SETS = ("build", "seeds")
#: (a candidate more likely wrong than right is never taken: the threshold is 0.5 or more)
THRESHOLDS = tuple(round(0.05 * k, 2) for k in range(10, 20))
#: The ranker chooses the page's source only when its grouped cv beats the rules' pick by this share of the pool's
#: pages and reads no real page (shared corpus, seeds, tests/corpus) worse; else it only scores the candidates.
CLEAR_GAIN = 0.01
REAL_CHECK = ("build", "seeds", "tests/corpus")


@dataclass(frozen=True)
class Page:
    group: str  # the set it comes from
    stem: str
    gold: str | None
    candidates: tuple[Candidate, ...]


@lru_cache(maxsize=1)
def _scorer(shared: Path):
    """The scorer module of ``shared/tools/score.py`` (its comparison of two outlet names is the label)."""
    path = shared / "tools" / "score.py"
    spec = importlib.util.spec_from_file_location("shared_score", path)
    if spec is None or spec.loader is None:
        raise FileNotFoundError(f"{path}: the scorer is missing; the shared folder holds tools/score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def same_source(shared: Path, gold: str | None, got: str | None) -> bool:
    """The scorer's comparison of a gold source with a read one (both empty is right)."""
    s = _scorer(shared)
    if not gold and not got:
        return True
    if not gold or not got:
        return False
    a, b = s.norm_text(gold), s.norm_text(got)
    return s.ratio(a, b) >= 0.8 or a in b or b in a


def read_pages(items: Sequence[tuple[str, Path, dict]]) -> list[Page]:
    """Each (set, text, gold) of the pool read into its candidates."""
    from generator.ingest.draft import all_candidates
    from generator.ingest.reader import read_article_file

    out = []
    with all_candidates():  # every candidate the rules name, not only their pick
        for group, text, gold in items:
            p = read_article_file(text, 5_000_000)
            out.append(Page(group, text.stem, (gold.get("source") or None), tuple(p.source_candidates)))
    return out


def weight(pg: Page) -> int:
    return REAL_WEIGHT if pg.group in REAL_SETS else 1


def rows(shared: Path, pages: Sequence[Page]) -> list[tuple[dict[str, float], int]]:
    return [(c.features, int(same_source(shared, pg.gold, c.name))) for pg in pages for _ in range(weight(pg))
            for c in pg.candidates]


def predict(pg: Page, model: R.Ranker | None) -> str | None:
    """The page's source with ``model`` (None: the rules' pick)."""
    got = choose(pg.candidates, model if model is not None else False)
    return got.name if got else None


def accuracy(shared: Path, pages: Sequence[Page], model: R.Ranker | None) -> tuple[int, int]:
    """Pages read right and pages, each real page counted ``REAL_WEIGHT`` times."""
    return (sum(weight(pg) * same_source(shared, pg.gold, predict(pg, model)) for pg in pages),
            sum(weight(pg) for pg in pages))


def fit(shared: Path, pages: Sequence[Page]) -> R.Ranker:
    """Weights from the pages' candidates, then the threshold that reads the most of them right (ties: nearest 0.5)."""
    model = R.fit(rows(shared, pages), name=RANKER, l2=L2)
    best = max(THRESHOLDS, key=lambda t: (accuracy(shared, pages, R.Ranker(RANKER, model.weights, model.bias, t))[0],
                                          -abs(t - 0.5)))
    return R.Ranker(RANKER, model.weights, model.bias, best,
                    meta={"pages": len(pages), "sets": sorted({pg.group for pg in pages}), "l2": L2, "real_weight": REAL_WEIGHT})


def train(shared: Path, pages: Sequence[Page], k: int = 5) -> R.Ranker:
    """The shipped ranker: fit on every page, with the grouped cv's verdict on whether it may choose."""
    model = fit(shared, pages)
    table = cv(shared, pages, k)
    n, rules, ranked = (sum(r[i] for r in table) for i in (1, 2, 3))
    real = [r for r in table if r[0] in REAL_CHECK]
    chooses = ranked - rules >= CLEAR_GAIN * n and all(r[3] >= r[2] for r in real)
    meta = {**model.meta, "cv": {r[0]: [r[1], r[2], r[3]] for r in table}, "cv_all": [n, rules, ranked],
            "chooses": bool(chooses)}
    return R.Ranker(RANKER, model.weights, model.bias, model.threshold, meta=meta)


def outlet_of(shared: Path, pg: Page) -> str:
    """The cv group of a page: its gold outlet folded as the scorer folds names (a page with none: itself)."""
    return " ".join(_scorer(shared).fold(pg.gold)) if pg.gold else f"(none) {pg.group}/{pg.stem}"


def folds(shared: Path, pages: Sequence[Page], k: int) -> list[list[int]]:
    """Pages in k folds grouped by outlet (an outlet's pages all in one fold), largest groups first into the
    smallest fold: deterministic."""
    groups: dict[str, list[int]] = {}
    for i, pg in enumerate(pages):
        groups.setdefault(outlet_of(shared, pg), []).append(i)
    out: list[list[int]] = [[] for _ in range(k)]
    for name in sorted(groups, key=lambda g: (-len(groups[g]), g)):
        min(out, key=len).extend(groups[name])
    return out


def cv(shared: Path, pages: Sequence[Page], k: int = 5) -> list[tuple[str, int, int, int]]:
    """Grouped-by-outlet cross-validation: per set, (set, pages, right with the rules, right with the ranker)."""
    right: dict[str, list[int]] = {}
    for fold in folds(shared, pages, k):
        held = set(fold)
        model = fit(shared, [pg for i, pg in enumerate(pages) if i not in held])
        for i in fold:
            pg = pages[i]
            r = right.setdefault(pg.group, [0, 0, 0])
            r[0] += 1
            r[1] += same_source(shared, pg.gold, predict(pg, None))
            r[2] += same_source(shared, pg.gold, predict(pg, model))
    return [(g, *right[g]) for g in sorted(right)]

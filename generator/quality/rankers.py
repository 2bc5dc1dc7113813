"""``python -m generator.quality.rankers train|cv --shared ../shared``: learn the field rankers
(``generator/data/rankers/NAME.json``, see ``generator.text.ranker``) from the gold pages, or measure them
by cross-validation grouped by outlet (a page's outlet is never in its own training fold).

The pool: the BUILD pages of ``shared/corpus`` (N % 3 != 0; VALIDATION is never read), the shared seeds with
their gold, and the project's ``tests/corpus`` and ``tests/blind`` … ``tests/blind8`` (never tests/blind9 or
later). One entry per field in ``FIELDS``: the module that reads, fits and measures it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from generator.text import ranker as R

#: field -> its module (read_pages, train, cv); a second field is one more entry.
FIELDS = {"source": "generator.quality.rank_source", "page_date": "generator.quality.rank_date"}
POOL_SETS = ("tests/corpus", "tests/blind", "tests/blind2", "tests/blind3", "tests/blind4", "tests/blind5",
             "tests/blind6", "tests/blind7", "tests/blind8")
ROOT = Path(__file__).resolve().parents[2]


def pool(shared: Path, project: Path = ROOT) -> list[tuple[str, Path, dict]]:
    """(set, text, gold) of every page of the pool, in a fixed order."""
    def load(g: Path) -> dict:
        return yaml.safe_load(g.read_text(encoding="utf-8")) or {}

    out = []
    for t in sorted((shared / "corpus" / "texts").glob("*.txt")):
        if t.stem.isdigit() and int(t.stem) % 3 != 0 and (shared / "corpus" / "gold" / f"{t.stem}.yml").is_file():
            out.append(("build", t, load(shared / "corpus" / "gold" / f"{t.stem}.yml")))
    for t in sorted((shared / "seeds").glob("*.txt")):
        if (shared / "gold" / f"{t.stem}.yml").is_file():
            out.append(("seeds", t, load(shared / "gold" / f"{t.stem}.yml")))
    for name in POOL_SETS:
        for t in sorted((project / name / "articles").glob("*.txt")):
            g = project / name / "gold" / f"{t.stem}.yml"
            if g.is_file():
                out.append((name, t, load(g)))
    if not out:
        raise FileNotFoundError(f"{shared}: no gold pages found (corpus/texts, seeds); pass --shared PATH to the shared folder")
    return out


def _module(field: str):
    import importlib

    return importlib.import_module(FIELDS[field])


def train(field: str, shared: Path, project: Path = ROOT) -> R.Ranker:
    mod = _module(field)
    return mod.train(shared, mod.read_pages(pool(shared, project)))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m generator.quality.rankers", description=__doc__.split("\n\n")[0])
    ap.add_argument("command", choices=("train", "cv"))
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--field", choices=sorted(FIELDS), action="append", help="default: every field")
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args(argv)
    for field in args.field or sorted(FIELDS):
        mod = _module(field)
        pages = mod.read_pages(pool(args.shared, ROOT))
        if args.command == "train":
            model = mod.train(args.shared, pages, args.folds)
            path = R.RANKERS / f"{field}.json"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(model.to_json(), encoding="utf-8")
            top = sorted(model.weights.items(), key=lambda kv: -abs(kv[1]))[:12]
            print(f"{field}: {len(pages)} pages, threshold {model.threshold}, grouped cv (pages, rules right, ranker right) "
                  f"{model.meta.get('cv_all')}, chooses: {model.meta.get('chooses')}; wrote {path}")
            print("  " + ", ".join(f"{k}={v:+.2f}" for k, v in top))
            continue
        print(f"{field}: {args.folds}-fold cv grouped by outlet")
        print(f"  {'set':16} {'pages':>5} {'rules':>7} {'ranker':>7}")
        tot = [0, 0, 0]
        for name, n, rules, ranked in mod.cv(args.shared, pages, args.folds):
            print(f"  {name:16} {n:5d} {rules / n:7.3f} {ranked / n:7.3f}")
            tot = [tot[0] + n, tot[1] + rules, tot[2] + ranked]
        print(f"  {'all':16} {tot[0]:5d} {tot[1] / tot[0]:7.3f} {tot[2] / tot[0]:7.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

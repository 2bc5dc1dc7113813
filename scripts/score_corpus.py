"""Score a split of ../shared/corpus with the shared scorer (event date, where, participant flag and the rest).

usage: python scripts/score_corpus.py [--split build|validation] [--verbose]

The split is fixed: page N is VALIDATION when N % 3 == 0 (25 pages), BUILD otherwise (50 pages).
Tune only on BUILD; measure VALIDATION once, at the end. The pages are read from ../shared at run
time (third-party text is never copied into the project); they are built into a temporary folder
with `generator build`, exported with ../shared/tools/exports_to_predictions.py and scored with
../shared/tools/score.py.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def in_split(stem: str, split: str) -> bool:
    n = int(stem)
    return (n % 3 == 0) == (split == "validation")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("build", "validation"), default="build")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    corpus = SHARED / "corpus"
    if not (corpus / "texts").is_dir():
        print(f"{corpus}: not here; the shared corpus lives beside the project", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        (t / "texts").mkdir()
        (t / "gold").mkdir()
        for f in sorted((corpus / "texts").glob("*.txt")):
            if f.stem.isdigit() and in_split(f.stem, args.split):
                shutil.copy(f, t / "texts" / f.name)
                shutil.copy(corpus / "gold" / f"{f.stem}.yml", t / "gold" / f"{f.stem}.yml")
        gen = Path(sys.executable).parent / "generator"
        subprocess.run([str(gen), "build", "--seeds", str(t / "texts"), "--docs", str(t / "docs"), "-q", "--no-cache"], check=True)
        subprocess.run([sys.executable, str(SHARED / "tools" / "exports_to_predictions.py"), str(t / "docs"), str(t / "p.json")], check=True)
        cmd = [sys.executable, str(SHARED / "tools" / "score.py"), str(t / "gold"), str(t / "p.json")]
        print(f"corpus split {args.split}: {len(list((t / 'texts').glob('*.txt')))} pages", flush=True)
        return subprocess.run(cmd + (["--verbose"] if args.verbose else [])).returncode


if __name__ == "__main__":
    sys.exit(main())

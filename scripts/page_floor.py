#!/usr/bin/env python3
"""Refuse to publish a site that lost its articles: the page-count floor.

Usage: python scripts/page_floor.py SITE_DIR [--seeds seeds] [--ratio 0.9]

Counts the article pages SITE_DIR/articles/*.html (index.html excluded) and the seed files
seeds/*.txt and saved pages seeds/*.html, prints both, and exits 1 when there are fewer pages than RATIO x seeds (some
seeds are legitimately skipped or merged as duplicates, hence the margin), or no page at all,
or when the site is larger than MAX_MB MiB (GitHub Pages publishes sites up to about 1 GB).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("site_dir", type=Path)
    ap.add_argument("--seeds", type=Path, default=Path("seeds"), help="the seeds folder (default: seeds)")
    ap.add_argument("--ratio", type=float, default=0.9, help="the floor as a share of the seeds (default: 0.9)")
    ap.add_argument("--max-mb", type=float, default=900, help="refuse a site larger than this many MiB (default: 900)")
    a = ap.parse_args(argv)

    seeds = len({f for pat in ("*.txt", "*.html", "*.htm") for f in a.seeds.glob(pat)})
    articles = a.site_dir / "articles"
    pages = len([p for p in articles.glob("*.html") if p.name != "index.html"]) if articles.is_dir() else 0
    floor = a.ratio * seeds
    print(f"page floor: {pages} article pages in {articles}, {seeds} seed files in {a.seeds}, "
          f"floor {floor:g} ({a.ratio:.0%} of the seeds)")
    size = sum(f.stat().st_size for f in a.site_dir.rglob("*") if f.is_file())
    print(f"page floor: the site is {size / 2**20:.1f} MiB (GitHub Pages allows about 1 GB; the limit here is {a.max_mb} MiB)")
    if size > a.max_mb * 2**20:
        print(f"page floor: REFUSED: the site is over {a.max_mb} MiB; GitHub Pages would reject or throttle it", file=sys.stderr)
        return 1
    if pages == 0 or pages < floor:
        print(f"page floor: REFUSED: {pages} article pages is below the floor of {floor:g}; "
              "a build that dropped articles is not published", file=sys.stderr)
        return 1
    print("page floor: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Optional check: does Zensical build this project, and what differs from the MkDocs build?

Usage: python scripts/zensical_check.py --zensical .venv-zensical/bin/zensical --mkdocs-site site

Copies mkdocs.yml, docs/ and the hook into a temporary folder (Zensical writes to the config's
site_dir, which must not clobber site/), runs `zensical build -f mkdocs.yml` there, and prints
whether it failed, how long it took, the HTML pages present in one build and not the other, and
the pages present in both whose article text differs (the text inside the page's `<article>`,
tags and whitespace removed: theme chrome is expected to differ, the article must not). It always
exits 0 (it is a report, not a gate) unless --strict is given.
"""

from __future__ import annotations

import argparse
import html
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def pages(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*.html")} if site.is_dir() else set()


_ARTICLE = re.compile(r"<article\b[^>]*>(.*?)</article>", re.S)
_TAG = re.compile(r"<[^>]+>")


def article_text(page: Path) -> str:
    """The visible text of the page's main ``<article>``, whitespace collapsed."""
    m = _ARTICLE.search(page.read_text(encoding="utf-8", errors="replace"))
    text = html.unescape(_TAG.sub(" ", m.group(1))) if m else ""
    # Header permalinks and edit buttons are theme chrome, not article text.
    text = text.replace("\u00b6", " ")
    return " ".join(text.split())


def differing(site_a: Path, site_b: Path, common: list[str]) -> list[str]:
    return [rel for rel in common if article_text(site_a / rel) != article_text(site_b / rel)]


def compare(zensical: Path, project: Path, mkdocs_site: Path, timeout: int = 1200) -> dict:
    """Build ``project`` (its mkdocs.yml, docs/, overrides/ and hook, copied to a temporary
    folder) with Zensical; its time, pages, and the pages that differ from ``mkdocs_site``."""
    mk = pages(mkdocs_site)
    with tempfile.TemporaryDirectory(prefix="zensical-") as tmp:
        proj = Path(tmp)
        shutil.copy(project / "mkdocs.yml", proj / "mkdocs.yml")
        shutil.copytree(project / "docs", proj / "docs")
        shutil.copytree(project / "overrides", proj / "overrides")
        (proj / "generator").mkdir()
        shutil.copy(project / "generator" / "mkdocs_hook.py", proj / "generator" / "mkdocs_hook.py")
        t = time.monotonic()
        try:
            res = subprocess.run([str(zensical), "build", "-f", "mkdocs.yml"], cwd=proj, capture_output=True,
                                 text=True, timeout=timeout)
            rc, out = res.returncode, (res.stdout + res.stderr)
        except subprocess.TimeoutExpired:
            rc, out = -1, f"timed out after {timeout} s"
        secs = time.monotonic() - t
        zs = pages(proj / "site")
        # Zensical may exit 0 after printing a traceback: a build that wrote no page failed.
        failed = rc != 0 or not zs
        common = sorted(mk & zs)
        diff = differing(mkdocs_site, proj / "site", common) if zs else []
    return {"seconds": secs, "exit": rc, "failed": failed, "pages": len(zs), "mkdocs_pages": len(mk),
            "only_mkdocs": sorted(mk - zs), "only_zensical": sorted(zs - mk), "common": len(common),
            "differing_pages": diff, "differing": len(diff),
            "tail": [line for line in out.strip().splitlines() if line.strip()][-6:]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--zensical", type=Path, default=ROOT / ".venv-zensical" / "bin" / "zensical")
    ap.add_argument("--mkdocs-site", type=Path, default=ROOT / "site")
    ap.add_argument("--strict", action="store_true", help="exit 1 when Zensical fails or the page lists differ")
    a = ap.parse_args(argv)
    a.zensical = a.zensical.absolute()  # it runs from a temporary folder

    print("zensical check (optional; never a gate unless --strict)")
    if not a.zensical.exists():
        print(f"  result: NOT RUN: {a.zensical} is not installed (did `make zensical`'s pip install fail above?)")
        return 1 if a.strict else 0
    version = subprocess.run([str(a.zensical), "--version"], capture_output=True, text=True)
    print(f"  zensical: {(version.stdout or version.stderr).strip().splitlines()[-1] if (version.stdout or version.stderr).strip() else '?'}")

    r = compare(a.zensical, ROOT, a.mkdocs_site)
    print(f"  build: {'FAILED' if r['failed'] else 'ok'} (exit {r['exit']}, {r['seconds']:.1f} s, {r['pages']} HTML pages; "
          f"MkDocs: {r['mkdocs_pages']} in {a.mkdocs_site})")
    if r["failed"]:
        print("  last lines of its output:")
        for line in r["tail"]:
            print(f"    {line}")
    only_mk, only_z, diff = r["only_mkdocs"], r["only_zensical"], r["differing_pages"]
    if r["pages"]:
        print(f"  only in the MkDocs build ({len(only_mk)}): {', '.join(only_mk) or '-'}")
        print(f"  only in the Zensical build ({len(only_z)}): {', '.join(only_z) or '-'}")
        shown = ", ".join(diff[:10]) + (f", … ({len(diff) - 10} more)" if len(diff) > 10 else "")
        print(f"  in both, article text differs ({len(diff)} of {r['common']}): {shown or '-'}")
    failed = r["failed"]
    if a.strict and (failed or only_mk or only_z or diff):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Zip a built site for offline reading: python scripts/offline_zip.py SITE_DIR ZIP [--top archive]

Every file of SITE_DIR goes under one top folder (default ``archive/``), so unzipping gives
``archive/index.html`` to open in a browser. Entries are sorted and dated 1980-01-01, so the
same site always gives the same zip.
"""

from __future__ import annotations

import argparse
import sys
import zipfile
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("site_dir", type=Path)
    ap.add_argument("zip", type=Path)
    ap.add_argument("--top", default="archive", help="the folder inside the zip (default: archive)")
    a = ap.parse_args(argv)
    if not (a.site_dir / "index.html").is_file():
        print(f"offline zip: {a.site_dir}/index.html is missing; build the site first", file=sys.stderr)
        return 1
    a.zip.parent.mkdir(parents=True, exist_ok=True)
    tmp = a.zip.with_suffix(a.zip.suffix + ".part")
    files = sorted(p for p in a.site_dir.rglob("*") if p.is_file())
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for p in files:
            info = zipfile.ZipInfo(f"{a.top}/{p.relative_to(a.site_dir).as_posix()}", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, p.read_bytes())
    tmp.replace(a.zip)
    print(f"offline zip: {a.zip} ({len(files)} files, {a.zip.stat().st_size // 1024} KiB); "
          f"unzip it and open {a.top}/index.html")
    return 0


if __name__ == "__main__":
    sys.exit(main())

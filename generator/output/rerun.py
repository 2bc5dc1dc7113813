"""A rerun with nothing changed: recognised from the inputs' bytes, answered without reading the
archive.

A build that rendered or took its pages from the cache leaves, in the cache's folder, a small
*rerun index*: a key of every input of the build (the cache's fingerprint: code, registry,
models, format; the site's name and address; the id map as the build left it; the size limit;
the seeds folder's name and, for every file in it, its name, its cache key of bytes and charset,
and the bytes of its sidecar), the part of the build's report that reading gave (counts,
skipped files, duplicates, warnings), the SHA-256 of every page it wrote, and the size and time
of the cache file of pages it describes.

The next build computes the same key first (reading each seed's bytes, as the cache's keys
do). When it is equal, the archive would be the same articles and so the same pages; when
besides every page in ``docs/`` still holds exactly those bytes (a regular file, no link, the
manifest lists exactly those pages, no temporary file of a killed build) there is nothing to
write, and the build reports what the last one read, with no article read from the cache, no
archive and no page decoded. Anything else, including a cache file of pages that is not the one
the index describes (replaced, corrupt), takes the ordinary path, which repairs it.
"""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

from generator.fileio import TMP_PREFIX
from generator.fileio import key as content_key

INDEX_FILE = "rerun.json"
_KIND = "rerun"


def seeds_key(seeds_dir: Path, files: list[Path], other: list[Path], max_bytes: int, ingest_key) -> str | None:
    """The key of a seeds folder's input: its name, every article file's ``ingest_key`` (its name,
    bytes and charset) and sidecar, and the names of the other files. None when a file has no
    ingest key (a link, too big, unreadable): such a build takes the ordinary path."""
    from generator.ingest.provenance import sidecar_path

    parts: list[str | bytes] = ["seeds", Path(seeds_dir).name, str(max_bytes)]
    for f in files:
        k = ingest_key(f, max_bytes)
        if k is None:
            return None
        side = sidecar_path(f)
        try:
            st = side.lstat()
        except FileNotFoundError:
            side_part = b"-"
        except OSError:
            return None
        else:
            try:
                side_part = side.read_bytes() if stat.S_ISREG(st.st_mode) else f"mode {st.st_mode}".encode()
            except OSError:
                return None
        parts += [f.name, k, hashlib.sha256(side_part).hexdigest()]
    parts.append("other")
    parts += [f.name for f in other]
    return content_key(*parts)


def build_key(fingerprint: str, seeds: str, site: str, id_map: bytes) -> str:
    return content_key("rerun", fingerprint, seeds, site, hashlib.sha256(id_map).hexdigest())


def _stamp(path: Path) -> list[int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns]


def page_hashes(pages) -> list[list[str]]:
    return sorted([p.path, hashlib.sha256(p.text.encode("utf-8")).hexdigest()] for p in pages)


def make_index(key: str, site_file: Path, reading: dict, pages) -> list:
    """The index's value: [key, stamp of the pages' cache file, reading's report, page hashes]."""
    return [key, _stamp(site_file), reading, page_hashes(pages)]


def load_index(cache, key: str, site_file: Path) -> dict | None:
    """The reading report of the last build when its index is for ``key``, describes the cache
    file of pages as it is now, and is well formed; else None."""
    got = cache.get_file(INDEX_FILE, _KIND, "last")
    if not (type(got) is list and len(got) == 4 and got[0] == key and got[1] is not None
            and got[1] == _stamp(site_file) and type(got[2]) is dict and type(got[3]) is list):
        return None
    if not all(type(x) is list and len(x) == 2 and type(x[0]) is str and type(x[1]) is str for x in got[3]):
        return None
    return {"reading": got[2], "pages": got[3]}


def store_index(cache, value: list) -> None:
    """Store the index unless the same one is stored (a rerun writes no file)."""
    if cache.get_file(INDEX_FILE, _KIND, "last") != value:
        cache.put_file(INDEX_FILE, _KIND, "last", value)


def docs_hold(root: Path, pages: list[list[str]], manifest: set[str]) -> bool:
    """Whether ``write_pages`` would find nothing to do: the manifest lists exactly these pages,
    each is a regular file (no link on its way) with exactly these bytes and a usual mode, and no
    temporary file is left in the folder."""
    root = Path(root)
    if root.is_symlink() or not root.is_dir() or manifest != {p for p, _ in pages}:
        return False
    found: set[str] = set()
    for folder, dirs, names in os.walk(root):  # links to folders are listed, never entered
        rel = os.path.relpath(folder, root)
        for n in names:
            if n.startswith(TMP_PREFIX):
                return False
            found.add(n if rel == "." else f"{rel}/{n}".replace(os.sep, "/"))
    for rel, digest in pages:
        if rel not in found:
            return False
        target = root / rel
        try:
            st = target.lstat()
            if not stat.S_ISREG(st.st_mode) or stat.S_IMODE(st.st_mode) == 0o600:
                return False
            if hashlib.sha256(target.read_bytes()).hexdigest() != digest:
                return False
        except OSError:
            return False
    return True

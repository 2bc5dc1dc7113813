"""Write: pages into ``docs/``, atomically, only when changed, only where the generator owns.

The manifest ``docs/.generator-manifest.json`` lists every file the generator wrote. A file
that exists and is not in the manifest belongs to a person and is never written over or
deleted. Stale files (in the manifest, not in this build) are deleted. Nothing is written or
deleted through a symbolic link, and no path leaves the docs folder.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .render import Page

log = logging.getLogger(__name__)
MANIFEST = ".generator-manifest.json"


class WriteError(Exception):
    pass


@dataclass
class WriteResult:
    written: list[str] = field(default_factory=list)
    unchanged: int = 0
    deleted: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # owned by a person
    warnings: list[str] = field(default_factory=list)


def _safe_target(root: Path, rel: str, root_resolved: Path | None = None) -> Path:
    if rel.startswith(("/", "\\")) or "\\" in rel or ".." in Path(rel).parts or "\x00" in rel:
        raise WriteError(f"refusing path {rel!r}: it would leave {root}")
    target = root / rel
    # No symlink anywhere between the root and the target.
    p = root
    for part in Path(rel).parts:
        p = p / part
        if p.is_symlink():
            raise WriteError(f"refusing to write through the symbolic link {p}; remove the link")
    if not target.resolve().is_relative_to(root_resolved or root.resolve()):
        raise WriteError(f"refusing path {rel!r}: it resolves outside {root}")
    return target


def check_collisions(pages: list[Page]) -> list[str]:
    """Paths that would be one file on a case-insensitive or normalising file system."""
    seen: dict[str, str] = {}
    problems = []
    for p in pages:
        key = unicodedata.normalize("NFC", p.path).casefold()
        if key in seen and seen[key] != p.path:
            problems.append(f"{p.path} and {seen[key]} differ only in case or Unicode form")
        elif key in seen:
            problems.append(f"{p.path} is written twice")
        seen[key] = p.path
    return problems


def atomic_write(target: Path, data: bytes, sync: bool = True) -> None:
    """Write to a temporary file beside the target, then rename it over: never a half file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            if sync:
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def load_manifest(root: Path) -> set[str]:
    f = root / MANIFEST
    if not f.exists():
        return set()
    try:
        return set(json.loads(f.read_text(encoding="utf-8"))["files"])
    except (ValueError, KeyError, OSError) as exc:
        raise WriteError(f"{f}: the manifest is unreadable ({exc}); delete it and the generated folders, then rebuild") from exc


def write_pages(root: Path, pages: list[Page]) -> WriteResult:
    res = WriteResult()
    problems = check_collisions(pages)
    if problems:
        raise WriteError("path collisions:\n  " + "\n  ".join(problems))
    root.mkdir(parents=True, exist_ok=True)
    if root.is_symlink():
        raise WriteError(f"{root} is a symbolic link; point --docs at a real folder")
    owned = load_manifest(root)
    new_owned: set[str] = set()
    root_resolved = root.resolve()
    for page in sorted(pages, key=lambda p: p.path):
        target = _safe_target(root, page.path, root_resolved)
        data = page.text.encode("utf-8")
        if target.exists() and page.path not in owned:
            res.skipped.append(page.path)
            res.warnings.append(f"{target}: not written, because a person made this file (it is not in {MANIFEST}); "
                                "delete it to let the generator write it")
            continue
        new_owned.add(page.path)
        if target.exists() and target.read_bytes() == data:
            res.unchanged += 1
            continue
        atomic_write(target, data)
        res.written.append(page.path)
    for rel in sorted(owned - new_owned):
        if rel in res.skipped:
            continue
        try:
            target = _safe_target(root, rel)
        except WriteError as exc:
            res.warnings.append(str(exc))
            continue
        if target.exists() and target.is_file():
            target.unlink()
            res.deleted.append(rel)
            _prune_empty(target.parent, root)
    manifest = json.dumps({"files": sorted(new_owned), "note": "Files the generator owns; see README."}, indent=1) + "\n"
    mpath = root / MANIFEST
    if not mpath.exists() or mpath.read_text(encoding="utf-8") != manifest:
        atomic_write(mpath, manifest.encode())
    return res


def _prune_empty(folder: Path, root: Path) -> None:
    while folder != root and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent

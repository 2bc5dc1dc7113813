"""Write: pages into ``docs/``, atomically, only when changed, only where the generator owns.

The manifest ``docs/.generator-manifest.json`` lists every file the generator owns. A file
that exists and is not in the manifest belongs to a person and is never written over or
deleted, unless its bytes are exactly the page the generator would write (then writing it
changes nothing, and the generator takes it back). Stale files (in the manifest, not in this
build) are deleted. Nothing is written or deleted through a symbolic link, and no path leaves
the docs folder.

Crash safety: before the first new file is written, the manifest is rewritten to list the
files owned so far *and* every file this build is about to create, and synced to disk. A build
killed at any moment (``kill -9``, a closed laptop, a cancelled CI job) therefore leaves only
files the manifest owns, each either the old or the new version in full (every file is written
to a temporary file beside it, synced, then renamed over: the pages' temporary files are
synced together, ``generator.fileio.atomic_write_many``). The next build removes the
temporary files a killed build left (their names start with ``TMP_PREFIX``) and writes exactly
what a clean build writes, with no warning.

Files are created with the permissions of the umask (``0o666 & ~umask``), like any file a
tool writes; pages an older version left at ``0600`` are given those permissions again.

Any ``OSError`` (a full disk, a read-only file system, a missing permission) becomes one
:class:`WriteError` whose message names the path and says what to do; no temporary file is
left behind, and no page is ever half written.
"""

from __future__ import annotations

import json
import logging
import os
import stat
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Protocol, Sequence

from generator.errors import GeneratorError
from generator.fileio import TMP_PREFIX, atomic_write, atomic_write_many, describe_os_error

log = logging.getLogger(__name__)
MANIFEST = ".generator-manifest.json"


class WriteError(GeneratorError):
    pass


class PageLike(Protocol):
    """What ``write_pages`` needs of a page (``generator.model.Page``)."""

    path: str  # relative to docs/
    text: str


@dataclass
class WriteResult:
    written: list[str] = field(default_factory=list)
    unchanged: int = 0
    deleted: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # owned by a person
    warnings: list[str] = field(default_factory=list)
    adopted: list[str] = field(default_factory=list)  # unlisted, but byte for byte the page: owned again


def _safe_target(root: Path, rel: str, root_resolved: Path | None = None, real_dirs: set | None = None) -> Path:
    """``root / rel`` when no part of it is a symbolic link and it stays under ``root``.
    ``real_dirs``: folders (relative paths) already found to be no link and under ``root`` in this
    pass, checked once rather than for every page in them (a site has thousands of pages in a
    handful of folders); the file itself is always checked."""
    if rel.startswith(("/", "\\")) or "\\" in rel or ".." in Path(rel).parts or "\x00" in rel:
        raise WriteError(f"refusing path {rel!r}: it would leave {root}")
    target = root / rel
    parent = rel.rpartition("/")[0]
    if real_dirs is not None and parent in real_dirs:
        if target.is_symlink():
            raise WriteError(f"refusing to write through the symbolic link {target}; remove the link")
        return target
    # No symlink anywhere between the root and the target.
    p = root
    for part in Path(rel).parts:
        p = p / part
        if p.is_symlink():
            raise WriteError(f"refusing to write through the symbolic link {p}; remove the link")
    if not target.resolve().is_relative_to(root_resolved or root.resolve()):
        raise WriteError(f"refusing path {rel!r}: it resolves outside {root}")
    if real_dirs is not None:
        real_dirs.add(parent)
    return target


def check_collisions(pages: Sequence[PageLike]) -> list[str]:
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


# --------------------------------------------------------------------------- one file

def _fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (best effort: not every system can open a folder)."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _umask() -> int:
    """The process's umask, read without changing it where Linux allows (thread safe)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# --------------------------------------------------------------------------- errors

@contextmanager
def _os_errors(path: Path, root: Path, doing: str = "write") -> Iterator[None]:
    try:
        yield
    except WriteError:
        raise
    except OSError as exc:
        raise WriteError(describe_os_error(exc, path, root, doing)) from exc


# --------------------------------------------------------------------------- the manifest

def load_manifest(root: Path) -> set[str]:
    f = root / MANIFEST
    if not f.exists():
        return set()
    try:
        files = json.loads(f.read_text(encoding="utf-8"))["files"]
        if not isinstance(files, list) or not all(isinstance(x, str) for x in files):
            raise ValueError("'files' is not a list of paths")
        return set(files)
    except (ValueError, KeyError, TypeError, OSError) as exc:
        raise WriteError(f"{f}: the manifest is unreadable ({exc}); delete it and the generated folders, then rebuild") from exc


def _manifest_bytes(files: set[str]) -> bytes:
    return (json.dumps({"files": sorted(files), "note": "Files the generator owns; see README."}, indent=1) + "\n").encode()


def _save_manifest(root: Path, files: set[str]) -> None:
    mpath = root / MANIFEST
    data = _manifest_bytes(files)
    with _os_errors(mpath, root):
        try:
            if mpath.read_bytes() == data:
                return
        except FileNotFoundError:
            pass
        atomic_write(mpath, data)
        _fsync_dir(root)


def write_if_changed(target: Path, data: bytes, root: Path) -> bool:
    """Write one file that is not a page (the id map) atomically, only when its bytes change;
    True when it was written. Errors are ``WriteError`` naming the file and what to do."""
    with _os_errors(target, root):
        try:
            if target.read_bytes() == data:
                return False
        except FileNotFoundError:
            pass
        atomic_write(target, data)
        _fsync_dir(target.parent)
    return True


def _remove_temporaries(root: Path) -> None:
    """Delete the temporary files a killed build left (only names this module makes)."""
    for folder, _dirs, files in os.walk(root):
        for name in files:
            if name.startswith(TMP_PREFIX):
                p = Path(folder) / name
                with _os_errors(p, root, "remove the temporary file"):
                    p.unlink(missing_ok=True)
                    _prune_empty(p.parent, root)  # a folder made only for it


# --------------------------------------------------------------------------- the pages

def write_pages(root: Path, pages: Sequence[PageLike]) -> WriteResult:
    """Write ``pages`` under ``root``; raise :class:`WriteError` with a message for a person."""
    res = WriteResult()
    problems = check_collisions(pages)
    if problems:
        raise WriteError("path collisions:\n  " + "\n  ".join(problems))
    with _os_errors(root, root, "create the folder"):
        root.mkdir(parents=True, exist_ok=True)
    if root.is_symlink():
        raise WriteError(f"{root} is a symbolic link; point --docs at a real folder")
    owned = load_manifest(root)
    _remove_temporaries(root)
    root_resolved = root.resolve()
    # 1. Plan: what to write, what is unchanged, what belongs to a person.
    new_owned: set[str] = set()
    todo: list[tuple[Path, str, bytes]] = []
    fix_mode: list[Path] = []
    usual_mode = 0o666 & ~_umask()
    real_dirs: set[str] = set()
    for page in sorted(pages, key=lambda p: p.path):
        target = _safe_target(root, page.path, root_resolved, real_dirs)
        data = page.text.encode("utf-8")
        with _os_errors(target, root, "read"):
            try:
                st = target.lstat()
            except FileNotFoundError:
                st = None
            same = st is not None and stat.S_ISREG(st.st_mode) and st.st_size == len(data) and target.read_bytes() == data
        if st is not None and page.path not in owned:
            if not same:
                res.skipped.append(page.path)
                res.warnings.append(f"{target}: not written, because a person made this file (it is not in {MANIFEST}); "
                                    "delete it to let the generator write it")
                continue
            res.adopted.append(page.path)  # what a killed older build wrote: the generator's own page
        new_owned.add(page.path)
        if same:
            res.unchanged += 1
            if stat.S_IMODE(st.st_mode) == 0o600 and usual_mode != 0o600:
                fix_mode.append(target)  # written by a version that left pages private
            continue
        todo.append((target, page.path, data))
    stale = sorted(owned - new_owned - set(res.skipped))
    # 2. Record the files about to be created before creating any: a kill leaves none unowned.
    if new_owned - owned:
        _save_manifest(root, owned | new_owned)
    # 3. Write, fix permissions, delete stale files.
    # Every page's temporary file first, one sync of the file system, then the renames: the same
    # guarantee as a synced atomic_write per page, without a wait on the disk per page.
    atomic_write_many([(target, data) for target, _, data in todo], lambda target: _os_errors(target, root))
    res.written.extend(rel for _, rel, _ in todo)
    for target in fix_mode:
        with _os_errors(target, root, "change the permissions of"):
            os.chmod(target, usual_mode)
    for rel in stale:
        try:
            target = _safe_target(root, rel)
        except WriteError as exc:
            res.warnings.append(str(exc))
            continue
        if target.is_file() and not target.is_symlink():
            with _os_errors(target, root, "delete"):
                target.unlink()
                _prune_empty(target.parent, root)
            res.deleted.append(rel)
        elif not target.exists():  # deleted by a killed build, or never written: its folder may be left
            with _os_errors(target.parent, root, "delete"):
                _prune_empty(target.parent, root)
    # 4. The manifest of what this build owns.
    _save_manifest(root, new_owned)
    return res


def _prune_empty(folder: Path, root: Path) -> None:
    while folder != root and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent

"""Files: the one way anything in the generator writes a file (atomically), what to say when
the disk refuses, and content keys. Every stage that writes a file (ingest's fetch and
provenance sidecars, the lemma memo, the cache, the docs writer) uses these."""

from __future__ import annotations

import errno
import hashlib
import os
import secrets
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Callable, Sequence

TMP_PREFIX = ".generator-tmp-"  # temporary files; a dot file, so MkDocs never publishes one


def atomic_write(target: Path, data: bytes, sync: bool = True) -> None:
    """Write to a temporary file beside the target, then rename it over: never a half file.

    The file is created with mode ``0o666`` less the umask (``tempfile.mkstemp`` would give
    ``0600``, which the rename keeps). On any error the temporary file is removed and the
    ``OSError`` is raised as it came."""
    tmp, fd = _new_tmp(target)
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
        except OSError:
            pass
        raise



def _new_tmp(target: Path) -> tuple[Path, int]:
    """A new temporary file beside ``target`` (its folder made if missing), opened for writing: (path, fd).
    Mode ``0o666`` less the umask; never follows a symbolic link; a name already taken is drawn again."""
    target.parent.mkdir(parents=True, exist_ok=True)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0)
    for _ in range(100):
        tmp = target.parent / f"{TMP_PREFIX}{secrets.token_hex(6)}"
        try:
            return tmp, os.open(tmp, flags, 0o666)  # the kernel applies the umask
        except FileExistsError:
            continue
    # pragma: no cover - 100 collisions of 48 random bits
    raise FileExistsError(errno.EEXIST, "no free temporary file name", str(target.parent))


def atomic_write_many(items: Sequence[tuple[Path, bytes]],
                      guard: Callable[[Path], AbstractContextManager] | None = None) -> None:
    """``atomic_write`` of every ``(target, data)``, with the same guarantee (a target holds its old
    bytes or its new ones in full, and the new ones are on the disk before the rename puts them in
    place) for one flush of the file system instead of one ``fsync`` per file: every temporary file
    is written first, then the file system is synced once (Linux ``syncfs``; elsewhere, or when it
    fails, each temporary file is ``fsync``-ed), then each is renamed over its target, in order.
    One ``fsync`` costs some 4-5 ms of waiting on this kind of disk: the 3,000 pages of a cold
    build waited 10-15 s for them; one ``syncfs`` of the same data takes well under a second.
    ``guard(target)``: a context manager every step on ``target`` runs in (``write_pages`` turns an
    ``OSError`` into its message there). On any error, every temporary file not yet renamed is
    removed and the error raised; the targets renamed before it keep their new bytes."""
    from contextlib import nullcontext

    made: list[tuple[Path, Path]] = []  # (temporary file, target)
    renamed = 0  # made[:renamed] are in place
    try:
        for target, data in items:
            with guard(target) if guard is not None else nullcontext():
                tmp, fd = _new_tmp(target)
                made.append((tmp, target))
                with os.fdopen(fd, "wb") as fh:
                    fh.write(data)
        if made:
            _sync_all(made, guard)
        for tmp, target in made:
            with guard(target) if guard is not None else nullcontext():
                os.replace(tmp, target)
            renamed += 1
    except BaseException:
        for tmp, _ in made[renamed:]:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        raise


def _sync_all(made: list[tuple[Path, Path]], guard) -> None:
    """Put the bytes of every temporary file in ``made`` on the disk: one ``syncfs`` per file system
    they are on where the C library has it, else one ``fsync`` each."""
    from contextlib import nullcontext

    syncfs = _syncfs()
    if syncfs is not None:
        devices: dict[int, Path] = {}
        for tmp, target in made:
            with guard(target) if guard is not None else nullcontext():
                devices.setdefault(os.stat(tmp).st_dev, tmp)
        if all(_syncfs_one(syncfs, tmp) for tmp in devices.values()):
            return
    for tmp, target in made:
        with guard(target) if guard is not None else nullcontext():
            fd = os.open(tmp, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
            try:
                os.fsync(fd)
            finally:
                os.close(fd)


def _syncfs():
    """The C library's ``syncfs`` (Linux), or None."""
    try:
        import ctypes

        fn = ctypes.CDLL(None, use_errno=True).syncfs
    except (OSError, AttributeError, ImportError):
        return None
    fn.argtypes = [ctypes.c_int]
    fn.restype = ctypes.c_int
    return fn


def _syncfs_one(syncfs, path: Path) -> bool:
    """``syncfs`` of the file system holding ``path``; False when it could not be done (the
    caller then syncs each file)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return False
    try:
        return syncfs(fd) == 0
    finally:
        os.close(fd)


_WHAT_TO_DO = {
    errno.ENOSPC: ("the disk is full (no space left on the device)",
                   "free some space on the disk that holds {root}, or pass --docs a folder on another disk"),
    errno.EDQUOT: ("the disk quota is exhausted",
                   "free some space under your quota, or pass --docs a folder on another disk"),
    errno.EROFS: ("the file system is read-only",
                  "remount it read-write, or pass --docs a folder on a writable disk"),
    errno.EACCES: ("permission denied",
                   "give this account write permission on {root} (for example `chown -R \"$(id -un)\" {root}`), "
                   "or pass --docs a folder it can write"),
    errno.EPERM: ("the operation is not permitted",
                  "give this account write permission on {root}, or pass --docs a folder it can write"),
    errno.ENOTDIR: ("a part of the path is a file, not a folder",
                    "move that file out of the way, or pass --docs another folder"),
    errno.EEXIST: ("a file is in the way", "move it out of the way, or pass --docs another folder"),
    errno.EISDIR: ("a folder is in the way", "move it out of the way, or pass --docs another folder"),
}


def describe_os_error(exc: OSError, path: Path | str, root: Path | str, doing: str = "write") -> str:
    """One message for an ``OSError`` on ``path``: what happened and what to do."""
    what, todo = _WHAT_TO_DO.get(exc.errno, (exc.strerror or str(exc), "check the path and the disk"))
    return (f"{path}: cannot {doing}: {what}. To fix it, {todo.format(root=root)}, then run the build again. "
            "No page was left half written; the next build finishes the job.")


def key(*parts: str | bytes) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(p if isinstance(p, bytes) else p.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()


def load_yaml(text: str):
    """``yaml.safe_load`` through libyaml's C parser when PyYAML was built with it: the same data
    (the same safe constructor and resolver) about ten times faster, which matters for a build
    that adds one article (the registry and the data files are read every time). A document the
    C parser refuses is parsed again by the pure-Python one, so an error reads as it always did."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", None)
    if loader is not None:
        try:
            return yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader
        except yaml.YAMLError:
            pass
    return yaml.safe_load(text)


def read_tagged_json(path: Path, tag: str) -> dict | None:
    """The JSON object in ``path`` when it is one whose ``"tag"`` is ``tag``: a table a build
    keeps in its cache folder (data, never code). None when the file is absent, unreadable,
    corrupt or foreign: the caller builds the table again (and checks the rest of the object)."""
    import json

    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
    except Exception:  # absent, unreadable, not UTF-8, not JSON
        return None
    return data if type(data) is dict and data.get("tag") == tag else None


def write_tagged_json(path: Path, tag: str, data: dict) -> None:
    """Keep ``data`` under ``tag`` in ``path`` for ``read_tagged_json``; a file that cannot be
    written is not kept (the table is built again next time)."""
    import json

    try:
        atomic_write(path, json.dumps({"tag": tag, **data}, ensure_ascii=False, separators=(",", ":")).encode("utf-8"),
                     sync=False)
    except OSError:
        pass

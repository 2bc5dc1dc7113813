"""Render only the pages whose inputs changed: a memo keyed by what each page read.

Every page (or group of pages, a *unit*: one article, one person, the indexes...) is rendered
through a view of the archive that records each value the renderer looks up: an entry of a
table (``facts[id]``, ``people[id]``, ``article(id)``, ``naming[key]``...), or a whole table or
the list of articles when it iterates them. The memo keeps, per unit, those lookups with a hash
of the value each returned, and the pages it made. On the next build a unit is rendered again
only when one of those values is different (or absent, or now present); otherwise its pages are
the ones stored. Rendering is a pure function of what it reads through the archive, the unit's
arguments (the site's name, part of the memo's key) and the code, the registry and the data
files (part of the cache's fingerprint, under which the memo is stored), so a unit whose
lookups all return the same values renders the same text: the pages equal a cold build's.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from generator.model import Archive, Page

_WHOLE = None  # the key recorded when a renderer iterates a whole table
_ABSENT = "-"  # the hash of a key a table does not hold
_FIELD = ".field"  # table suffix of a dependency on one field of one entry
_HAS = ".has"  # table suffix of a dependency on whether a table holds a key
# Tables whose entries are records a page reads field by field (a person's name, not the list of
# every article naming the person): a lookup gives a _Record that records each field read.
_BY_FIELD = {"facts", "people", "countries", "agreements", "organizations", "events"}


def _value_hash(v: Any) -> str:
    """A hash of a looked-up value, the same in every process: sets sorted (their order
    depends on the string hash seed), everything else by ``repr`` (dataclasses, tuples, str)."""
    if isinstance(v, (set, frozenset)):
        v = sorted(v, key=repr)
    return hashlib.blake2b(repr(v).encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


class Reads:
    """The current archive's values, hashed once per build, and the lookups of the unit being rendered."""

    def __init__(self, ar: Archive) -> None:
        self.ar = ar
        self.tables: dict[str, Any] = {
            "facts": ar.facts, "people": ar.people, "countries": ar.countries, "agreements": ar.agreements,
            "organizations": ar.organizations, "events": ar.events, "event_of": ar.event_of,
            "partners": ar.partners, "naming": ar.naming, "source_ids": ar.source_ids, "by_id": ar.by_id,
            "articles": ar.articles,
            # Derived values a page shows, looked up as one value each: a page depends on its list
            # of related articles, not on every article that could have made the list.
            "related": _Derived(ar.by_id, lambda aid, sets={}: _related(ar, ar.by_id[aid], sets)),
            # Groupings of a whole table that a page reads one entry of (a person's exercises, a
            # country's officials and agreements): an added event or person changes the entries
            # it belongs to, not every person's or country's page.
            **{name: _Grouped(lambda make=make: make(ar)) for name, make in _grouped_tables().items()},
        }
        self.seen: set[tuple[str, Any]] = set()
        self._hashes: dict[tuple[str, Any], str] = {}
        # The related lists' own memo (``_RELATED``, see ``_related_hash``).
        self.related_old: dict[str, list] = {}  # article id -> [its list's inputs, its list's hash], last build
        self.entries_old: dict[str, list] = {}  # article id -> [facts hash, by_id hash], last build
        self.related_now: dict[str, list] = {}
        self._changed: set[str] | None = None

    def _related_inputs(self, aid: str) -> tuple[str, list, Any]:
        """What ``render.related`` reads of an article besides the other articles' entries: its facts,
        its event and that event's reports, and the archive's list of the articles naming each of
        its people and agreements (``naming``); as one hash, with those naming keys and the event."""
        ar = self.ar
        f = ar.facts[aid]
        e = ar.event_of.get(aid, "")
        ev = ar.events.get(e)
        keys = [("p", p) for p in dict.fromkeys(f.people)] + [("a", x) for x in dict.fromkeys(f.agreements)]
        parts = [self.hash("facts", aid), repr(e), _value_hash(ev.articles) if ev is not None else _ABSENT]
        parts += [repr(k) + self.hash("naming", k) for k in keys]
        return _value_hash(parts), keys, ev

    def _changed_ids(self) -> set[str]:
        """The articles whose facts or whole entry differ from the last build's (or are new)."""
        if self._changed is None:
            old = self.entries_old
            self._changed = {aid for aid in self.ar.by_id
                             if old.get(aid) != [self.hash("facts", aid), self.hash("by_id", aid)]}
        return self._changed

    def _related_hash(self, aid: str) -> str:
        """``hash("related", aid)`` without computing the list when nothing it is made from changed.

        ``render.related`` of article A reads A's facts, A's event and its reports, the naming lists of
        A's people and agreements (every candidate comes from them), and of the candidates and of the
        articles it lists their facts and entries. So when A's inputs (``_related_inputs``) hash as in
        the last build, the candidates are the same articles, and when none of them (nor of A's event)
        changed its facts or entry, the list is the last build's: its hash is taken from the memo.
        An added article changes the naming lists of its own people and agreements only: the lists of
        the articles sharing none of them are not computed again."""
        inputs, keys, ev = self._related_inputs(aid)
        old = self.related_old.get(aid)
        if old is not None and old[0] == inputs:
            changed, naming = self._changed_ids(), self.ar.naming
            if not any(not changed.isdisjoint(naming.get(k, ())) for k in keys) \
                    and (ev is None or changed.isdisjoint(ev.articles)):
                self.related_now[aid] = old
                return old[1]
        got = _value_hash([(self.hash("by_id", a.id), why) for a, why in self.tables["related"][aid]])
        self.related_now[aid] = [inputs, got]
        return got

    def use_related(self, rec) -> None:
        """Take the last build's related lists' memo (``_RELATED``); one that is not usable is ignored."""
        if rec is None:
            return
        try:
            got = json.loads(rec[0])
            lists, entries = got["lists"], got["entries"]
            ok = type(lists) is dict and type(entries) is dict and all(
                type(v) is list and len(v) == 2 and all(type(x) is str for x in v)
                for d in (lists, entries) for v in d.values())
        except (TypeError, ValueError, KeyError):
            return
        if ok:
            self.related_old, self.entries_old = lists, entries

    def related_record(self) -> tuple[str, tuple]:
        """The memo's record of the related lists hashed in this build and of every article's entries."""
        entries = {aid: [self.hash("facts", aid), self.hash("by_id", aid)] for aid in sorted(self.ar.by_id)
                   if aid in self.ar.facts}
        return json.dumps({"lists": {k: self.related_now[k] for k in sorted(self.related_now)}, "entries": entries},
                          ensure_ascii=False, separators=(",", ":")), ()

    def hash(self, table: str, key: Any) -> str:
        got = self._hashes.get((table, key))
        if got is None:
            data = self.tables.get(table)
            if key is _WHOLE:
                h = hashlib.blake2b(digest_size=16)
                if isinstance(data, Mapping):
                    for k in data:
                        h.update(repr(k).encode("utf-8", "surrogatepass") + b"\0" + self.hash(table, k).encode())
                else:
                    for v in data:
                        h.update(_value_hash(v).encode())
                got = h.hexdigest()
            elif table.endswith(_HAS):
                got = "1" if key in self.tables[table[:-len(_HAS)]] else _ABSENT
            elif table.endswith(_FIELD):  # one field of one entry: key is (entry key, field name)
                entry = self.tables[table[:-len(_FIELD)]]
                k, name = key
                got = _value_hash(getattr(entry[k], name, _ABSENT)) if k in entry else _ABSENT
            elif table == "related" and key in data:
                # A list of (article, why): each article by the hash of its by_id entry, made once
                # per article, rather than the repr of six whole articles (bodies and all) per page.
                got = self._related_hash(key)
            else:
                got = _value_hash(data[key]) if key in data else _ABSENT
            self._hashes[(table, key)] = got
        return got


def _related(ar: Archive, a, sets: dict):
    from generator.site.render import related

    return related(ar, a, sets=sets)


def _grouped_tables() -> dict:
    from generator.site.render import GROUPED

    return GROUPED


class _Grouped(Mapping):
    """A derived table made whole, once, on its first lookup."""

    def __init__(self, make: Callable) -> None:
        self._make, self._data = make, None

    def _got(self) -> dict:
        if self._data is None:
            self._data = self._make()
        return self._data

    def __getitem__(self, k):
        return self._got()[k]

    def __contains__(self, k) -> bool:
        return k in self._got()

    def __iter__(self):
        return iter(self._got())

    def __len__(self) -> int:
        return len(self._got())


class _Derived(Mapping):
    """A table computed on demand from the archive (not through the view: its inputs are not
    the page's dependencies, its value is)."""

    def __init__(self, keys: Mapping, make: Callable) -> None:
        self._keys, self._make, self._got = keys, make, {}

    def __getitem__(self, k):
        if k not in self._got:
            if k not in self._keys:
                raise KeyError(k)
            self._got[k] = self._make(k)
        return self._got[k]

    def __contains__(self, k) -> bool:
        return k in self._keys

    def __iter__(self):
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)


def _key(k):
    return tuple(k) if isinstance(k, list) else k


class _Table(Mapping):
    """A read-only table of the archive that records what is looked up in it."""

    def __init__(self, name: str, data: dict, seen: set) -> None:
        self._name, self._data, self._seen = name, data, seen

    def __getitem__(self, k):
        if self._name in _BY_FIELD:
            self._seen.add((self._name + _HAS, k))  # present now: absent later renders again
            return _Record(self._name, k, self._data[k], self._seen)
        self._seen.add((self._name, k))
        return self._data[k]

    def get(self, k, default=None):
        if self._name in _BY_FIELD:
            self._seen.add((self._name + _HAS, k))  # present or absent, as now
            if k not in self._data:
                return default
            return _Record(self._name, k, self._data[k], self._seen)
        self._seen.add((self._name, k))
        return self._data.get(k, default)

    def __contains__(self, k) -> bool:
        self._seen.add((self._name + _HAS if self._name in _BY_FIELD else self._name, k))
        return k in self._data

    def __iter__(self) -> Iterator:
        self._seen.add((self._name, _WHOLE))
        return iter(self._data)

    def __len__(self) -> int:
        self._seen.add((self._name, _WHOLE))
        return len(self._data)

    def keys(self):
        self._seen.add((self._name, _WHOLE))
        return self._data.keys()

    def values(self):
        self._seen.add((self._name, _WHOLE))
        return self._data.values()

    def items(self):
        self._seen.add((self._name, _WHOLE))
        return self._data.items()


class _Record:
    """One entry of a table as a renderer sees it: each field read is recorded on its own."""

    __slots__ = ("_t", "_k", "_o", "_seen")

    def __init__(self, table: str, key, obj, seen: set) -> None:
        object.__setattr__(self, "_t", table)
        object.__setattr__(self, "_k", key)
        object.__setattr__(self, "_o", obj)
        object.__setattr__(self, "_seen", seen)

    def __getattr__(self, name: str):
        self._seen.add((self._t + _FIELD, (self._k, name)))
        return getattr(self._o, name)

    def __setattr__(self, name, value):
        raise AttributeError("the archive is read-only while rendering")

    def _whole(self):
        self._seen.add((self._t, self._k))
        return self._o

    def __eq__(self, other) -> bool:
        return self._whole() == (other._whole() if isinstance(other, _Record) else other)

    def __hash__(self) -> int:
        return hash(self._whole())

    def __repr__(self) -> str:
        return repr(self._whole())


class _View:
    """The archive as a renderer sees it, every lookup recorded in ``seen``."""

    def __init__(self, reads: Reads) -> None:
        self._reads = reads
        self._seen = reads.seen
        for name, data in reads.tables.items():
            if isinstance(data, Mapping):
                setattr(self, name, _Table(name, data, self._seen))

    @property
    def articles(self):
        self._seen.add(("articles", _WHOLE))
        return self._reads.ar.articles

    def article(self, aid: str):
        self._seen.add(("by_id", aid))
        return self._reads.ar.by_id[aid]

    def __getattr__(self, name: str):  # a field this module does not know: no memo can be trusted
        raise AttributeError(f"generator.site.memo: the archive view has no {name!r}; add the field to Reads.tables")


Unit = tuple[str, Callable[[Any], list[Page]]]  # (a key naming the unit, render(archive) -> its pages)


# The memo's own entry (never a unit's key): every lookup any unit of the last build made, once,
# as JSON [[table, key, hash], ...]; a unit's entry holds the positions of its lookups in it.
# Every unit kept or rendered by a build read each of its lookups in that build, so one hash per
# lookup is the hash all its units saw: a lookup is checked once, not once per unit that made it.
_LOOKUPS = "\0lookups"
# The related lists' own memo: JSON {"lists": {article id: [hash of its inputs, hash of its list]},
# "entries": {article id: [hash of its facts, hash of its by_id entry]}} (see ``Reads._related_hash``).
_RELATED = "\0related"
_ENTRIES = "\0entries"  # [[table, key, hash of the whole entry], ...] (see ``_old_lookups``)
_MISSING = object()


def _hkey(k):
    """A lookup's key as the view records it (JSON gives tuples back as lists)."""
    return tuple(_hkey(x) for x in k) if type(k) is list else k


def _old_lookups(old: dict, reads: Reads) -> tuple[list, list[bool]] | None:
    """The last build's lookups and, for each, whether it now returns something else; None when
    the memo holds no usable table (every unit is rendered then).

    A lookup of one field of one entry is first answered by the whole entry: when the entry's
    hash (``repr`` of the record, every field in it) is the one the last build recorded
    (``_ENTRIES``), each of its fields is what it was, so none is hashed again (at N=1,000 some
    24,000 field lookups come from 2,500 entries, most unchanged by an added article)."""
    rec = old.get(_LOOKUPS)
    if rec is None:
        return None
    try:
        entries = json.loads(rec[0])
        was = _old_entries(old)
        same: dict = {}  # (table, entry key) -> whether the entry is unchanged
        stale = []
        tables, hashes, blake = reads.tables, reads._hashes, hashlib.blake2b
        for t, k, h in entries:
            if type(k) is list:
                k = tuple(k)
            if t.endswith(_FIELD) and (t, k) not in hashes:
                entry_key, name = k
                table = t[:-len(_FIELD)]
                ek = (table, entry_key)
                unchanged = same.get(ek)
                if unchanged is None:
                    old_h = was.get(ek)
                    unchanged = same[ek] = old_h is not None and reads.hash(table, entry_key) == old_h
                if unchanged:
                    hashes[(t, k)] = h
                    stale.append(False)
                    continue
                # ``Reads.hash`` of one field of one entry, inlined (the same value).
                entry = tables[table].get(entry_key, _MISSING)
                if entry is _MISSING:
                    got = _ABSENT
                else:
                    v = getattr(entry, name, _ABSENT)
                    if isinstance(v, (set, frozenset)):
                        v = sorted(v, key=repr)
                    got = blake(repr(v).encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
                hashes[(t, k)] = got
            else:
                got = reads.hash(t, k)
            stale.append(got != h)
        return entries, stale
    except (KeyError, TypeError, ValueError):  # a table this code does not have, a bad entry
        return None


def _old_entries(old: dict) -> dict:
    """The last build's hashes of the whole entries whose fields its units read: (table, key) -> hash."""
    rec = old.get(_ENTRIES)
    if rec is None:
        return {}
    try:
        got = json.loads(rec[0])
        return {(t, _hkey(k)): h for t, k, h in got if type(t) is str and type(h) is str}
    except (TypeError, ValueError):
        return {}


def _entries(table: list, reads: Reads) -> tuple[str, tuple]:
    """The memo's record of the whole-entry hashes of every entry one of ``table``'s lookups reads a
    field of (in the order of the lookups: the same bytes for the same table)."""
    return _entry_list(table, lambda ek: reads.hash(*ek)), ()


def _entry_list(table: list, hash_of) -> str:
    """The JSON list [kind, key, hash] of every entry a field lookup of ``table`` reads, once each, in
    the order of the lookups; ``hash_of`` gives an entry's whole hash from its (kind, hashed key)."""
    out, done = [], set()
    for t, k, _ in table:
        if t.endswith(_FIELD):
            ek = (t[:-len(_FIELD)], _hkey(k[0]))
            if ek not in done:
                done.add(ek)
                out.append([ek[0], k[0], hash_of(ek)])
    return json.dumps(out, ensure_ascii=False, separators=(",", ":"))


def _place(entry: list, where: dict, table: list) -> int:
    """The position of a last build's lookup ``[table, key, hash]`` in this build's ``table``, appended
    when not there yet (``where``: (table, key) -> position)."""
    t, k, _ = entry
    wk = (t, _hkey(k))
    j = where.get(wk)
    if j is None:
        j = where[wk] = len(table)
        table.append(entry)
    return j


def render(ar: Archive, units: list[Unit], old: dict | None) -> tuple[list[Page], dict, int]:
    """The pages of ``units`` in order, each unit from ``old`` (the memo of the last build) when
    its lookups are unchanged, else rendered; the new memo; how many units were rendered."""
    reads = Reads(ar)
    view = _View(reads)
    old = old or {}
    reads.use_related(old.get(_RELATED))
    got_old = _old_lookups(old, reads)
    entries, stale = got_old if got_old is not None else ([], [])
    pages: list[Page] = []
    memo: dict = {}
    table: list = []  # this build's lookups, [table, key, hash], in the order units first made them
    where: dict = {}  # (table, key) -> position in ``table``
    moved: dict[int, int] = {}  # position in the old table -> position in ``table``
    rendered = 0
    for key, fn in units:
        rec = old.get(key) if got_old is not None and key not in (_LOOKUPS, _ENTRIES, _RELATED) else None
        ids = None
        if rec is not None:
            try:
                ids = json.loads(rec[0])
                if type(ids) is not list or (ids and min(ids) < 0) or any(stale[i] for i in ids):
                    ids = None
            except (TypeError, ValueError, IndexError):
                ids = None
        if ids is not None:
            got = list(rec[1])
            now = []
            for i in ids:
                j = moved.get(i)
                if j is None:
                    j = moved[i] = _place(entries[i], where, table)
                now.append(j)
        else:
            reads.seen.clear()
            got = fn(view)
            rendered += 1
            now = []
            for t, k in sorted(reads.seen, key=repr):
                wk = (t, _hkey(k) if type(k) is tuple else k)
                j = where.get(wk)
                if j is None:
                    j = where[wk] = len(table)
                    table.append([t, list(k) if isinstance(k, tuple) else k, reads.hash(t, k)])
                now.append(j)
        memo[key] = (json.dumps(now, separators=(",", ":")), tuple(got))
        pages += got
    memo[_LOOKUPS] = (json.dumps(table, ensure_ascii=False, separators=(",", ":")), ())
    memo[_ENTRIES] = _entries(table, reads)
    memo[_RELATED] = reads.related_record()
    return pages, memo, rendered


def merge(keys: list[str], parts: list[dict]) -> dict:
    """The memo one process rendering every unit of ``keys`` in that order would have made, from the memos
    of processes that each rendered some of them (``generator.build`` renders in two with ``--jobs``).
    Each part's units hold positions in that part's own table of lookups; here they are moved into one
    table in the order one process makes it: the lookups in order of first use by the units, in order."""
    tables = [json.loads(p[_LOOKUPS][0]) for p in parts]
    table: list = []
    where: dict = {}
    memo: dict = {}
    for key in keys:
        i = next(n for n, p in enumerate(parts) if key in p)
        rec, entries = parts[i][key], tables[i]
        now = [_place(entries[pos], where, table) for pos in json.loads(rec[0])]
        memo[key] = (json.dumps(now, separators=(",", ":")), rec[1])
    memo[_LOOKUPS] = (json.dumps(table, ensure_ascii=False, separators=(",", ":")), ())
    # each part hashed the entries its own lookups read (in the same archive): one list, in the table's order
    hashed: dict = {}
    for p in parts:
        hashed.update(_old_entries(p))
    memo[_ENTRIES] = (_entry_list(table, hashed.__getitem__), ())
    # each part hashed the related lists its lookups and units needed (the same archive): one record
    lists: dict = {}
    entries: dict = {}
    for p in parts:
        if _RELATED in p:
            got = json.loads(p[_RELATED][0])
            for k, v in got["lists"].items():
                lists.setdefault(k, v)
            entries.update(got["entries"])
    memo[_RELATED] = (json.dumps({"lists": {k: lists[k] for k in sorted(lists)},
                                  "entries": {k: entries[k] for k in sorted(entries)}},
                                 ensure_ascii=False, separators=(",", ":")), ())
    return memo


__all__ = ["Reads", "Unit", "merge", "render"]

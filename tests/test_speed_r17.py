"""Round 17, speed (issue 15): one added article.

``test_update_*``: the pack of cached readings and extractions (``generator/output/cache.py``:
one marshal file instead of thousands of JSON entries decoded through the object hook) gives
back exactly the values of the JSON entries and survives being spoilt; the render memo answers a
field lookup from its whole entry's hash when that entry did not change
(``generator/site/memo.py``, ``_ENTRIES``) and still renders again what read a changed field.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

import pytest

from conftest import examples_dir
from generator.output import cache as cache_mod

SLOW = pytest.mark.slow


def _tree(folder: Path) -> dict[str, bytes]:
    return {f.relative_to(folder).as_posix(): f.read_bytes() for f in folder.rglob("*") if f.is_file()}


# --------------------------------------------------------------------------- the pack's data format

def test_update_pack_rebuilds_records_where_types_say_and_where_they_do_not():
    """Records inside fields declared precisely (``tuple[Line, ...]``), loosely (a bare ``tuple``,
    a dict of lists) and as unions come back equal, through their own constructors."""
    from generator.ingest.lines import Line
    from generator.model import PartialDate, Page, Parsed

    lines = tuple(Line(i, f"line {i}", "text", "rule: test", 0.5 + i / 10, i) for i in range(1, 4))
    fields = {f.name for f in dataclasses.fields(Parsed)}
    assert "lines" in fields  # declared a bare tuple: the records in it are found by their tag
    for value in (PartialDate(2021, 3), PartialDate(2020), Page("articles/x.md", "# Тест\n\u2028 text"), "a title"):
        packed = cache_mod._packable(value)
        assert packed is not None, value
        assert cache_mod._unplain(*packed) == value
    # a record inside plain containers of a record's loosely typed field
    plain = cache_mod._plain(lines)
    assert all(type(p) is tuple and p[0] is Ellipsis for p in plain)
    assert cache_mod._generic(plain) == lines


@pytest.mark.parametrize("plain", [
    (Ellipsis, "generator.model.PartialDate", 2021, 13, None),          # the record's own check refuses
    (Ellipsis, "generator.model.PartialDate", 2021),                    # too few fields
    (Ellipsis, "subprocess.Popen", ["touch", "/tmp/x"]),                # not a record of the generator
    (Ellipsis, "generator.model.NoSuchRecord", 1),                      # not a known record
    ("generator.model.PartialDate", 2021, None, None),                  # not tagged
    [Ellipsis, "generator.model.PartialDate", 2021, None, None],        # a list, not a tuple
])
def test_update_pack_refuses_what_is_not_a_record_it_knows(plain):
    with pytest.raises(cache_mod.CacheFormatError):
        cache_mod._unplain("generator.model.PartialDate", plain)


def test_update_pack_leaves_out_values_it_cannot_give_back():
    """Values the pack cannot hold exactly are left to their JSON entries (``_packable`` None)."""

    class Foreign:  # not a record of the generator package
        pass

    @dataclasses.dataclass(eq=False)
    class NoEquality:  # not a top-level record of an imported generator module either
        x: int

    for value in (Foreign(), NoEquality(1), {"k": Foreign()}, 1.5j):
        assert cache_mod._packable(value) is None


# --------------------------------------------------------------------------- the pack in a build

def _project(tmp_path: Path) -> tuple[Path, Path, Path]:
    seeds = tmp_path / "seeds"
    shutil.copytree(examples_dir(), seeds)
    return seeds, tmp_path / "docs", tmp_path / "cache"


@SLOW
def test_update_pack_holds_the_json_entries_values(tmp_path):
    """After a build, every per-article value of the cache comes back from the pack equal to its
    JSON entry; a second build takes them from the pack (hits, no entry file read)."""
    from generator.build import build
    from generator.reference.registry import Registry

    seeds, docs, cache = _project(tmp_path)
    first = build(seeds, docs, cache_dir=cache)
    folder = next(p for p in cache.iterdir() if p.is_dir())
    pack = folder / cache_mod.PACK
    assert pack.is_file()
    assert first.cache_counts["stored"] > 0
    c = cache_mod.Cache(cache, Registry(None).path)
    table = c._read_pack()
    assert table, "the pack holds the build's values"
    kinds = set()
    for k, (kind, name, plain) in table.items():
        entry = cache_mod.loads((folder / k[:2] / f"{k}.json").read_bytes())
        assert entry[3] == kind
        assert cache_mod._unplain(name, plain) == entry[5], k
        kinds.add(kind)
    assert {"ingest", "extract"} <= kinds
    # Another build after one more article: every other value from the pack, the pages a cold build's.
    (seeds / "zz_pack_en.txt").write_text(
        " date 2023-04-11 By Test Desk\n\nDefence Minister Zakir Hasanov met the Chief of the General Staff of "
        "Georgia, Giorgi Matiashvili, in Tbilisi on April 11 to discuss a joint staff exercise.\n", encoding="utf-8")
    cold = tmp_path / "cold"
    shutil.copytree(docs, cold)
    rep = build(seeds, docs, cache_dir=cache)
    build(seeds, cold, use_cache=False)
    assert _tree(docs) == _tree(cold)
    assert rep.cache_counts["unusable"] == 0 and rep.cache_counts["hits"] >= len(table)
    after = c._read_pack()
    assert set(table) < set(after) and 2 <= len(after) - len(table) <= 3  # the new article's reading, extraction (title)
    # One seed removed: the next pack no longer holds its values (a pack holds what a build used).
    sorted(seeds.glob("*.txt"))[0].unlink()
    build(seeds, docs, cache_dir=cache)
    assert len(c._read_pack()) < len(after)


@SLOW
@pytest.mark.parametrize("spoil", ["truncated", "one byte changed", "other fingerprint", "a pickle", "empty",
                                   "entry of another kind"])
def test_update_a_spoilt_pack_is_ignored(tmp_path, spoil):
    """A pack that is truncated, altered, of another fingerprint, not a pack at all, or whose entry
    is of another kind, is never trusted: the JSON entries give the same pages, and the build
    writes a good pack again. No crash, no warning."""
    import marshal
    import pickle

    from generator.build import build

    seeds, docs, cache = _project(tmp_path)
    build(seeds, docs, cache_dir=cache)
    expected = _tree(docs)
    pack = next(cache.glob(f"*/{cache_mod.PACK}"))
    data = pack.read_bytes()
    if spoil == "truncated":
        data = data[: len(data) // 2]
    elif spoil == "one byte changed":
        data = data[:-10] + bytes([data[-10] ^ 0xFF]) + data[-9:]
    elif spoil == "other fingerprint":
        data = data.replace(data.split(b"\0")[2], b"0" * 64, 1)
    elif spoil == "a pickle":
        data = pickle.dumps({"k": ("extract", "generator.model.Page", "x")})
    elif spoil == "empty":
        data = b""
    else:  # a well-formed pack whose every entry claims another kind than it was stored under
        magic, fmt, prefix, rest = data.split(b"\0", 3)
        table = marshal.loads(rest[32:])
        table = {k: ("title" if v[0] != "title" else "extract", *v[1:]) for k, v in table.items()}
        payload = marshal.dumps(table, 4)
        import hashlib

        data = b"\0".join([magic, fmt, prefix, b""]) + hashlib.blake2b(payload, digest_size=32).digest() + payload
    pack.write_bytes(data)
    # A build that must read the cache and resolve again (one seed gains a sentence of its own).
    first = sorted(seeds.glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8").rstrip("\n") + "\n\nThe talks were held behind closed doors.\n",
                     encoding="utf-8")
    cold = tmp_path / "cold"
    shutil.copytree(docs, cold)
    rep = build(seeds, docs, cache_dir=cache)
    build(seeds, cold, use_cache=False)
    assert rep.warnings == []
    assert _tree(docs) == _tree(cold)
    if spoil in ("truncated", "one byte changed", "other fingerprint", "a pickle"):
        assert rep.cache_counts["unusable"] >= 1
    assert pack.read_bytes().startswith(b"generator-pack\0") and pack.read_bytes() != data
    assert expected  # (the first build made pages)


# --------------------------------------------------------------------------- the memo's whole entries

def test_update_memo_answers_fields_of_unchanged_entries_from_the_entry():
    """A unit reading fields of entries that did not change is reused without hashing those fields
    again; a unit reading a changed field of a changed entry renders again; a field of a changed
    entry that the unit did not read leaves it reused."""
    from generator.model import Archive, Page
    from generator.site import memo as memo_mod

    @dataclasses.dataclass(frozen=True)
    class Ent:
        name: str
        articles: tuple

    def archive(people):
        return Archive(articles=(), facts={}, people=people, countries={}, agreements={}, organizations={})

    def unit(pid):
        return (f"person/{pid}", lambda v: [Page(f"people/{pid}.md", v.people[pid].name)])

    units = [unit("a"), unit("b")]
    people = {"a": Ent("Ann", ("x",)), "b": Ent("Bo", ("y",))}
    pages, memo, n = memo_mod.render(archive(people), units, None)
    assert n == 2
    entries = json.loads(memo[memo_mod._ENTRIES][0])
    assert sorted(e[:2] for e in entries) == [["people", "a"], ["people", "b"]]

    seen: list = []
    real = memo_mod._value_hash

    def counting(v):
        seen.append(v)
        return real(v)

    # b's articles changed (not read); a unchanged: nothing rendered, a's name never hashed on its own
    memo_mod._value_hash = counting
    try:
        pages, memo2, n = memo_mod.render(archive({"a": people["a"], "b": Ent("Bo", ("y", "z"))}), units, memo)
    finally:
        memo_mod._value_hash = real
    assert n == 0 and [p.text for p in pages] == ["Ann", "Bo"]
    assert "Ann" not in seen, "a field of an unchanged entry was hashed again"
    # b's name changed: only b rendered again
    pages, memo3, n = memo_mod.render(archive({"a": people["a"], "b": Ent("Bea", ("y", "z"))}), units, memo2)
    assert n == 1 and [p.text for p in pages] == ["Ann", "Bea"]
    # A memo without the entries' record (an older memo) still gives the right pages.
    old = {k: v for k, v in memo3.items() if k != memo_mod._ENTRIES}
    pages, _, n = memo_mod.render(archive({"a": Ent("Anna", ("x",)), "b": Ent("Bea", ("y", "z"))}), units, old)
    assert n == 1 and [p.text for p in pages] == ["Anna", "Bea"]


def test_update_memo_merge_keeps_the_entries_of_both_parts():
    """``--jobs``: the memo merged from two processes holds the whole-entry hashes one process holds."""
    from generator.model import Archive, Page
    from generator.site import memo as memo_mod

    @dataclasses.dataclass(frozen=True)
    class Ent:
        name: str

    ar = Archive(articles=(), facts={}, people={"a": Ent("Ann"), "b": Ent("Bo"), "c": Ent("Cy")}, countries={},
                 agreements={}, organizations={})
    units = [(f"person/{k}", lambda v, k=k: [Page(f"people/{k}.md", v.people[k].name)]) for k in "abc"]
    _, one, _ = memo_mod.render(ar, units, None)
    _, part_a, _ = memo_mod.render(ar, units[0::2], None)
    _, part_b, _ = memo_mod.render(ar, units[1::2], None)
    merged = memo_mod.merge([k for k, _ in units], [part_a, part_b])
    assert merged == one

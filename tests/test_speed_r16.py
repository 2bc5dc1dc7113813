"""Round 16, speed: behaviour (not timing) of the cheaper cold generation and of ``--jobs 2``.

test_cold_* (h16-cold):
1. ``generator.fileio.atomic_write_many``: the pages' temporary files are written, synced once and
   renamed; the files hold the bytes, no temporary file is left, an error leaves the old files and
   no temporary file, and without ``syncfs`` each file is ``fsync``-ed.
2. ``generator.text.dates.find_dates`` is memoised: the same answer as the function unmemoised,
   and each caller's list is its own.
3. ``--jobs 2``: rendering in two processes gives the pages and memo of one process, in order,
   also when the child fails; a cold build with two jobs (the models warmed while the workers
   read, the units rendered in two processes) writes the docs/ of a build with one job.
"""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import pytest

from conftest import examples_dir

# --------------------------------------------------------------------------- 1. one sync for all pages


def _tmp_files(folder: Path) -> list[Path]:
    from generator.fileio import TMP_PREFIX

    return [p for p in folder.rglob("*") if p.name.startswith(TMP_PREFIX)]


def test_cold_atomic_write_many_writes_every_file_with_one_sync(tmp_path, monkeypatch):
    from generator import fileio

    synced = []
    real = fileio._syncfs_one
    monkeypatch.setattr(fileio, "_syncfs_one", lambda fn, path: synced.append(path) or real(fn, path))
    items = [(tmp_path / "a.md", b"alpha\n"), (tmp_path / "people" / "b.md", "Бета\n".encode()),
             (tmp_path / "people" / "deep" / "c.md", b"")]
    (tmp_path / "a.md").write_bytes(b"old\n")
    fileio.atomic_write_many(items)
    assert [p.read_bytes() for p, _ in items] == [d for _, d in items]
    assert _tmp_files(tmp_path) == []
    if fileio._syncfs() is not None:  # Linux: one syncfs for the one file system, no fsync per file
        assert len(synced) == 1


def test_cold_atomic_write_many_without_syncfs_fsyncs_each_file(tmp_path, monkeypatch):
    from generator import fileio

    monkeypatch.setattr(fileio, "_syncfs", lambda: None)
    fsynced = []
    real = os.fsync
    monkeypatch.setattr(fileio.os, "fsync", lambda fd: fsynced.append(fd) or real(fd))
    fileio.atomic_write_many([(tmp_path / f"p{i}.md", b"x" * i) for i in range(5)])
    assert len(fsynced) == 5
    assert [(tmp_path / f"p{i}.md").read_bytes() for i in range(5)] == [b"x" * i for i in range(5)]


def test_cold_atomic_write_many_error_keeps_old_files_and_leaves_no_temporary(tmp_path):
    from contextlib import contextmanager

    from generator import fileio

    (tmp_path / "a.md").write_bytes(b"old a\n")
    (tmp_path / "blocker").write_bytes(b"a file where a folder should be\n")
    seen = []

    @contextmanager
    def guard(target):
        try:
            yield
        except OSError as exc:
            seen.append((target.name, exc.errno))
            raise

    with pytest.raises(OSError):
        fileio.atomic_write_many([(tmp_path / "a.md", b"new a\n"), (tmp_path / "blocker" / "b.md", b"b\n")], guard)
    assert seen and seen[0][0] == "b.md" and seen[0][1] in (errno.ENOTDIR, errno.EEXIST)
    assert (tmp_path / "a.md").read_bytes() == b"old a\n"  # nothing renamed before every file was written
    assert _tmp_files(tmp_path) == []


def test_cold_write_pages_writes_through_one_sync(tmp_path, monkeypatch):
    """write_pages puts every page through atomic_write_many (once), the manifest through atomic_write."""
    import json
    from dataclasses import dataclass

    import generator.output.write as w

    @dataclass(frozen=True)
    class P:
        path: str
        text: str

    calls = []
    real = w.atomic_write_many
    monkeypatch.setattr(w, "atomic_write_many", lambda items, guard=None: calls.append(len(items)) or real(items, guard))
    docs = tmp_path / "docs"
    res = w.write_pages(docs, [P("a.md", "a\n"), P("x/b.md", "б\n"), P("x/y/c.md", "c\n")])
    assert calls == [3] and sorted(res.written) == ["a.md", "x/b.md", "x/y/c.md"]
    assert (docs / "x" / "b.md").read_text(encoding="utf-8") == "б\n"
    assert set(json.loads((docs / w.MANIFEST).read_text())["files"]) == {"a.md", "x/b.md", "x/y/c.md"}
    res = w.write_pages(docs, [P("a.md", "a\n"), P("x/b.md", "b2\n")])
    assert calls == [3, 1] and res.written == ["x/b.md"] and res.deleted == ["x/y/c.md"]
    assert _tmp_files(docs) == []


# --------------------------------------------------------------------------- 2. find_dates memoised

DATE_TEXTS = [
    ("Defence Minister Arvo Tamm met his Swedish colleague in Tallinn on 14 February 2024.", "en"),
    ("Posted 03/04/2023 10:15 | Updated May 20", "en"),
    ("The talks, first planned for may 20, moved to 2.10.2022; call +372 612 05-23-14.", "en"),
    ("Министр обороны Эстонии 18 мая 2021 года встретился с коллегой; 09.10.17 | 20:06", "ru"),
    ("Без единой даты в строке.", "ru"),
]


@pytest.mark.parametrize("text,lang", DATE_TEXTS)
def test_cold_find_dates_memo_gives_the_unmemoised_answer(text, lang):
    from generator.text import dates

    plain = list(dates._find_dates.__wrapped__(text, lang))
    first = dates.find_dates(text, lang)
    again = dates.find_dates(text, lang)  # from the memo
    assert first == plain and again == plain
    assert first is not again
    first.append(("not a date",))  # a caller's list is its own
    assert dates.find_dates(text, lang) == plain


def test_cold_find_dates_memo_keys_on_the_language():
    from generator.text import dates

    text = "Met on 05/06/2021 in Riga."  # slashes: month first only in English
    assert dates.find_dates(text, "en") == list(dates._find_dates.__wrapped__(text, "en"))
    assert dates.find_dates(text, "ru") == list(dates._find_dates.__wrapped__(text, "ru"))
    assert dates.find_dates(text) == dates.find_dates(text, "en")


# --------------------------------------------------------------------------- 3. --jobs 2


@pytest.fixture(scope="module")
def small_archive():
    from generator.build import BuildReport, prepare
    from generator.reference.registry import Registry

    return prepare(examples_dir(), Registry(), 2_000_000, BuildReport())


def _units(ar):
    from generator.site.feeds import feed_units
    from generator.site.render import units

    return units(ar, "Test Archive") + feed_units(ar, "Test Archive", "")


@pytest.mark.slow
def test_cold_render_in_two_processes_gives_one_processs_pages_and_memo(small_archive, monkeypatch, tmp_path):
    import generator.build as b
    from generator.site.memo import render

    us = _units(small_archive)
    assert len(us) > 4
    one = render(small_archive, us, None)
    marker = tmp_path / "child-rendered"
    real_part = b._render_part

    def part(conn, archive, units, old):
        marker.write_text(str(len(units)))  # in the forked child
        real_part(conn, archive, units, old)

    monkeypatch.setattr(b, "_RENDER_FORK_MIN", 2)
    monkeypatch.setattr(b, "_render_part", part)
    two = b._render_units(small_archive, us, None, 2)
    assert marker.is_file() and int(marker.read_text()) == len(us) // 2
    assert [(p.path, p.text) for p in two[0]] == [(p.path, p.text) for p in one[0]]
    assert list(two[1]) == list(one[1]) and two[1] == one[1] and two[2] == one[2]
    # One job, or too few units: no child.
    marker.unlink()
    assert b._render_units(small_archive, us, None, 1)[1] == one[1] and not marker.exists()
    monkeypatch.setattr(b, "_RENDER_FORK_MIN", len(us) + 1)
    assert b._render_units(small_archive, us, None, 2)[1] == one[1] and not marker.exists()


@pytest.mark.slow
@pytest.mark.parametrize("how", ["dies", "fails"])
def test_cold_render_child_that_dies_or_fails_is_replaced_here(small_archive, monkeypatch, how):
    import generator.build as b
    from generator.site.memo import render

    us = _units(small_archive)
    one = render(small_archive, us, None)

    def part(conn, archive, units, old):
        if how == "dies":
            os._exit(3)  # nothing sent
        conn.send(None)  # what _render_part sends when rendering raised
        conn.close()
        os._exit(0)

    monkeypatch.setattr(b, "_RENDER_FORK_MIN", 2)
    monkeypatch.setattr(b, "_render_part", part)
    two = b._render_units(small_archive, us, None, 2)
    assert [(p.path, p.text) for p in two[0]] == [(p.path, p.text) for p in one[0]] and two[1] == one[1]


def _tree(folder: Path) -> dict[str, bytes]:
    return {f.relative_to(folder).as_posix(): f.read_bytes() for f in folder.rglob("*") if f.is_file()}


@pytest.mark.slow
def test_cold_jobs_2_build_warms_renders_in_two_and_writes_one_jobs_pages(tmp_path, monkeypatch):
    import generator.build as b
    from generator.bench.corpus import corpus

    seeds = tmp_path / "seeds"
    shutil.copytree(examples_dir(), seeds)
    for name, text in corpus(14, start=900):  # enough new files for the reading workers
        (seeds / name).write_text(text, encoding="utf-8")
    warmed = []
    real_warm = b._warm_extraction
    monkeypatch.setattr(b, "_warm_extraction", lambda cache, *more: warmed.append(cache.dir) or real_warm(cache, *more))
    marker = tmp_path / "child-rendered"
    real_part = b._render_part

    def part(conn, archive, units, old):
        marker.write_text("yes")
        real_part(conn, archive, units, old)

    monkeypatch.setattr(b, "_render_part", part)
    monkeypatch.setattr(b, "_RENDER_FORK_MIN", 2)
    b.build(seeds, tmp_path / "two" / "docs", cache_dir=tmp_path / "two" / "cache", jobs=2)
    assert len(warmed) == 1 and warmed[0].parent == tmp_path / "two" / "cache"  # loaded while the workers read
    assert (warmed[0] / "gazetteer.sqlite").is_file()
    assert marker.is_file()  # and rendered in two processes
    b.build(seeds, tmp_path / "one" / "docs", use_cache=False, jobs=1)
    one, two = _tree(tmp_path / "one" / "docs"), _tree(tmp_path / "two" / "docs")
    assert sorted(one) == sorted(two) and len(one) > 50
    assert [k for k in one if one[k] != two[k]] == []


@pytest.mark.slow
def test_cold_tables_helper_builds_the_geonames_tables_and_changes_no_page(tmp_path, monkeypatch):
    import generator.build as b

    seeds = tmp_path / "seeds"
    shutil.copytree(examples_dir(), seeds)
    marker = tmp_path / "helper-ran"
    real = b._build_tables

    def tables(folder):
        marker.write_text(str(folder))  # in the forked helper
        real(folder)

    monkeypatch.setattr(b, "_build_tables", tables)
    monkeypatch.setattr(b, "TABLES_HELPER_MIN", 1)
    b.build(seeds, tmp_path / "a" / "docs", cache_dir=tmp_path / "a" / "cache")
    folder = Path(marker.read_text())
    assert folder.parent == tmp_path / "a" / "cache"
    assert (folder / "gazetteer.sqlite").is_file() and list(folder.glob("placenames-*.json"))
    b.build(seeds, tmp_path / "b" / "docs", use_cache=False)
    one, two = _tree(tmp_path / "a" / "docs"), _tree(tmp_path / "b" / "docs")
    assert sorted(one) == sorted(two) and [k for k in one if one[k] != two[k]] == []
    # A cache that holds the gazetteer, or fewer files than the minimum: no helper.
    marker.unlink()
    assert b._start_tables_helper(seeds, b.Cache(tmp_path / "a" / "cache", b.Registry().path), 1, "local") is None
    monkeypatch.setattr(b, "TABLES_HELPER_MIN", 6)
    assert b._start_tables_helper(seeds, b.Cache(tmp_path / "c" / "cache", b.Registry().path), 1, "local") is None
    assert b._start_tables_helper(seeds, b.Cache(tmp_path / "c" / "cache", b.Registry().path), 2, "local") is None
    assert not marker.exists()


# --------------------------------------------------------------------------- test_update_* (h16-update)
# Round 16, issue 15 (speed): one new article updates the archive faster, with the same pages.
#
# update: the render memo checks each lookup once (one table of the last build's lookups, not one
# list of hashes per unit); a person's or a country's page reads its own entry of tables grouped
# once per build (its exercises, its officials, its agreements) instead of iterating every event,
# person and agreement, so an added event or agreement renders only the pages it belongs to; the
# data exports' indented JSON is written by a faster encoder with the standard library's bytes.


import json
import math

import pytest

from generator.model import AgreementEntity, Archive, CountryEntity, EventEntity, PartialDate, PersonEntity


# --------------------------------------------------------------------------- the exports' JSON

def _std(value) -> str:
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True)


@pytest.mark.parametrize("value", [
    {}, [], (), "", 0, -7, 10 ** 40, 1.5, -0.0, 1e-300, True, False, None,
    {"b": 1, "a": [1, 2.25, None, True, False, "x"], "c": {}, "d": [], "e": {"z": [[], [{}]]}},
    [{"title": "Министр обороны посетил Баку", "people": ["zakir-hasanov"], "year": None}],
    {"quote": 'He said "no"\n\ttab \\ slash', "sep": "\u2028\u2029", "lone": "\ud800", "nul": "\x00"},
    ("tuple", ("nested", [1, (2,)])),
    {"nan": float("nan"), "inf": float("inf"), "-inf": float("-inf")},
])
def test_update_indented_json_is_the_standard_librarys(value):
    from generator.site.jsonout import dumps_indented

    assert dumps_indented(value) == _std(value)


def test_update_indented_json_falls_back_where_it_must():
    """Keys that are not strings and subclasses go the standard library's way, errors included."""
    from generator.site.jsonout import dumps_indented

    class Text(str):
        pass

    for value in ({1: "one", 2: "two"}, {"a": {True: 1}}, {Text("k"): Text("v")}, [Text("x")], {None: 1}):
        assert dumps_indented(value) == _std(value)
    with pytest.raises(TypeError):
        dumps_indented({"a": object()})
    loop: list = []
    loop.append(loop)
    with pytest.raises(ValueError):
        dumps_indented(loop)
    assert math.isnan(json.loads(dumps_indented([float("nan")]))[0])


# --------------------------------------------------------------------------- the memo

def _archive(events=(), agreements=(), people=None):
    people = people or {
        "ann": PersonEntity("ann", "Ann Example", {"en": "Ann Example"}, (), "AZ"),
        "bo": PersonEntity("bo", "Bo Example", {"en": "Bo Example"}, (), "TR"),
        "cy": PersonEntity("cy", "Cy Example", {"en": "Cy Example"}, (), "GE"),
    }
    countries = {c: CountryEntity(c, n, {"en": n}) for c, n in (("AZ", "Azerbaijan"), ("TR", "Turkey"),
                                                                 ("GE", "Georgia"))}
    return Archive(articles=(), facts={}, people=people, countries=countries,
                   agreements={g.id: g for g in agreements}, organizations={}, events={e.id: e for e in events})


def _exercise(eid, people, countries, day):
    return EventEntity(eid, f"Exercise {eid}", PartialDate(2024, 5, day), None, tuple(people), tuple(countries),
                       (), (), ("Baku",), (), "exercise")


def _update_units():
    from generator.site.render import render_country, render_person

    return ([(f"person/{k}", lambda v, i=k: [render_person(v, v.people[i])]) for k in ("ann", "bo", "cy")]
            + [(f"country/{k}", lambda v, i=k: [render_country(v, v.countries[i])]) for k in ("AZ", "TR", "GE")])


def _cold(ar):
    """The pages rendered from the plain archive, without the memo's view."""
    from generator.site.render import render_country, render_person

    return ([render_person(ar, ar.people[k]) for k in ("ann", "bo", "cy")]
            + [render_country(ar, ar.countries[k]) for k in ("AZ", "TR", "GE")])


def test_update_an_added_event_renders_only_the_pages_it_belongs_to():
    from generator.site.memo import render

    e1 = _exercise("e1", ["ann", "bo"], ["AZ", "TR"], 2)
    g1 = AgreementEntity("g1", "Plan of military cooperation", "plan", ("AZ", "TR"), "2024")
    ar1 = _archive([e1], [g1])
    pages, memo, n = render(ar1, _update_units(), None)
    assert n == 6 and pages == _cold(ar1)
    assert "Exercise e1" in pages[0].text and "Exercise e1" not in pages[2].text

    # An exercise of Bo's and Cy's, and an agreement of Turkey's and Georgia's: Ann's page and
    # Azerbaijan's do not show them and are not rendered again.
    e2 = _exercise("e2", ["bo", "cy"], ["TR", "GE"], 9)
    g2 = AgreementEntity("g2", "Memorandum on military education", "memorandum", ("TR", "GE"), "2024")
    ar2 = _archive([e1, e2], [g1, g2])
    pages, memo2, n = render(ar2, _update_units(), memo)
    assert pages == _cold(ar2)
    assert n == 4, "Bo, Cy, Turkey and Georgia only"
    assert "Exercise e2" in pages[2].text and "Memorandum on military education" in pages[5].text

    # A person of Georgia's added: Georgia's list of officials changes, the others' do not.
    people = {**ar2.people, "di": PersonEntity("di", "Di Example", {"en": "Di Example"}, (), "GE")}
    ar3 = _archive([e1, e2], [g1, g2], people)
    pages, memo3, n = render(ar3, _update_units(), memo2)
    assert pages == _cold(ar3) and n == 1 and "Di Example" in pages[5].text

    # Nothing changed: nothing rendered, the same pages.
    pages, _, n = render(ar3, _update_units(), memo3)
    assert n == 0 and pages == _cold(ar3)


def test_update_memo_holds_each_lookup_once():
    """Units that read the same value share one entry of the memo's lookup table."""
    from generator.site.memo import render

    ar = _archive([_exercise("e1", ["ann", "bo"], ["AZ", "TR"], 2)])
    _, memo, _ = render(ar, _update_units(), None)
    table = json.loads(memo["\0lookups"][0])
    keys = [json.dumps(e[:2]) for e in table]
    assert len(keys) == len(set(keys))
    used = [i for key, (ids, _) in memo.items() if key not in ("\0lookups", "\0entries", "\0related") for i in json.loads(ids)]
    assert sorted(set(used)) == list(range(len(table))), "every lookup is some unit's, each once in the table"
    assert len(used) > len(table), "the units' lookups overlap (the people's names, the countries)"
    assert memo["\0lookups"][1] == ()


@pytest.mark.parametrize("spoil", ["no table", "bad table", "negative", "out of range", "not a list"])
def test_update_a_spoilt_memo_renders_again(spoil):
    """A memo without a usable lookup table, or a unit whose positions are not in it, renders again."""
    from generator.site.memo import render

    ar = _archive([_exercise("e1", ["ann", "bo"], ["AZ", "TR"], 2)])
    pages, memo, _ = render(ar, _update_units(), None)
    memo = dict(memo)
    if spoil == "no table":
        del memo["\0lookups"]
    elif spoil == "bad table":
        memo["\0lookups"] = ('[["no-such-table", "x", "0"]', ())
    else:
        ids = {"negative": "[-1]", "out of range": "[99999]", "not a list": '{"a": 1}'}[spoil]
        memo["person/ann"] = (ids, memo["person/ann"][1])
    again, _, n = render(ar, _update_units(), memo)
    assert again == pages
    assert n == (6 if spoil in ("no table", "bad table") else 1)

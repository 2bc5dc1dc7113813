"""Round 18, issue 15 (one added article): the speed changes of the update path keep every value
and every page exactly as before.

- The cache's single-entry files (the site's pages, the rerun index) in marshal form
  (``generator.output.cache``: ``put_file``/``get_file``): the value comes back exactly, a file of
  another kind, key, format or fingerprint, truncated or altered is not used, a value marshal cannot
  give back exactly is kept as JSON, and a JSON entry is still read.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from generator.model import Page
from generator.output import cache as cache_mod
from generator.output.cache import Cache

REGISTRY = Path(__file__).resolve().parents[1] / "generator" / "data" / "registry.yaml"


def _site_value():
    pages = (Page("articles/a.md", "# Ann\n\nTalks in Baku «Кишинёв» \udcff"), Page("people/b.md", ""))
    memo = {"article/a": ("[0,1]", pages[:1]), "person/b": ("[]", pages[1:]), "\0lookups": ("[]", ())}
    return ("key", "Site\0", memo, [Page("data/x.json", "{}")])


def test_file_round_trip_in_marshal_form(tmp_path):
    c = Cache(tmp_path, REGISTRY)
    value = _site_value()
    c.put_file("site-pages.json", "site", "last", value)
    data = (c.dir / "site-pages.json").read_bytes()
    assert data.startswith(b"generator-file\0")
    got = Cache(tmp_path, REGISTRY).get_file("site-pages.json", "site", "last")
    assert got == value and type(got[2]["article/a"][1]) is tuple and type(got[3]) is list
    assert all(type(p) is Page for p in got[3])


def test_file_of_another_key_kind_or_format_is_not_used(tmp_path):
    c = Cache(tmp_path, REGISTRY)
    c.put_file("f", "site", "last", _site_value())
    fresh = Cache(tmp_path, REGISTRY)
    assert fresh.get_file("f", "site", "other") is None
    assert fresh.get_file("f", "rerun", "last") is None
    assert fresh.corrupt == 2
    p = c.dir / "f"
    head = b"generator-file\0%d\0" % cache_mod.FORMAT
    p.write_bytes(p.read_bytes().replace(head, b"generator-file\0%d\0" % (cache_mod.FORMAT + 1), 1))
    assert Cache(tmp_path, REGISTRY).get_file("f", "site", "last") is None


@pytest.mark.parametrize("spoil", ["truncated", "altered", "garbage", "empty"])
def test_spoilt_file_is_not_used(tmp_path, spoil):
    c = Cache(tmp_path, REGISTRY)
    c.put_file("f", "site", "last", _site_value())
    p = c.dir / "f"
    data = p.read_bytes()
    p.write_bytes({"truncated": data[:-7], "altered": data[:-3] + b"x" + data[-2:],
                   "garbage": b"generator-file\0\x00\xff junk", "empty": b""}[spoil])
    fresh = Cache(tmp_path, REGISTRY)
    assert fresh.get_file("f", "site", "last") is None
    assert fresh.corrupt == 1 and fresh.misses == 1


def test_value_not_given_back_exactly_is_kept_as_json(tmp_path, monkeypatch):
    c = Cache(tmp_path, REGISTRY)
    value = {"a": {1, 2}, "b": (b"\x00", None, True, math.nan), "c": [Page("x.md", "y")]}
    c.put_file("exact", "k", "1", value)  # marshal holds all of these exactly
    assert (c.dir / "exact").read_bytes().startswith(b"generator-file\0")
    got = Cache(tmp_path, REGISTRY).get_file("exact", "k", "1")
    assert got["a"] == {1, 2} and got["b"][:3] == (b"\x00", None, True) and math.isnan(got["b"][3])
    assert got["c"] == [Page("x.md", "y")]
    # A value whose rebuilding would differ (a record whose constructor changes what it is given):
    # simulated, the file is a JSON entry, and it is read back as one.
    real = cache_mod._generic
    monkeypatch.setattr(cache_mod, "_generic", lambda v: "not the value")
    c.put_file("json", "k", "1", ["x", ("y",)])
    monkeypatch.setattr(cache_mod, "_generic", real)
    assert (c.dir / "json").read_bytes().startswith(b"[")
    assert Cache(tmp_path, REGISTRY).get_file("json", "k", "1") == ["x", ("y",)]


def test_json_entry_file_is_still_read(tmp_path):
    c = Cache(tmp_path, REGISTRY)
    value = _site_value()
    c._store(c.dir / "old.json", "site", "last", value)  # the form earlier builds wrote
    assert (c.dir / "old.json").read_bytes().startswith(b"[")
    assert Cache(tmp_path, REGISTRY).get_file("old.json", "site", "last") == value


# --------------------------------------------------------------------------- the related lists' memo

def _memo_related(cache_dir: Path) -> dict:
    import json

    from generator.build import _SITE_FILE
    from generator.reference.registry import Registry

    c = Cache(cache_dir, Registry(None).path)
    got = c.get_file(_SITE_FILE, "site", "last")
    return json.loads(got[2]["\0related"][0])["lists"]


def _fresh_related(seeds: Path, cache_dir: Path) -> dict:
    """Every article's related list hashed from scratch (no memo), in the archive the cache gives."""
    from generator.build import BuildReport, prepare
    from generator.reference.registry import Registry
    from generator.site.memo import Reads

    reg = Registry(None)
    ar = prepare(seeds, reg, 2_000_000, BuildReport(), cache=Cache(cache_dir, reg.path))
    reads = Reads(ar)
    return {a.id: reads.hash("related", a.id) for a in ar.articles}


ADD_SHARED = """ date 2023-05-10 By Test Desk

Defence Minister Zakir Hasanov met Defence Minister Hulusi Akar of Turkey in Ankara on May 10, the ministry said.

The ministers signed a plan of military cooperation for the next year.
"""
ADD_APART = """ date 2023-05-11 By Test Desk

Chief of the General Staff Kenji Sato of Japan received the commander of the Chilean Navy in Tokyo on May 11.
"""


@pytest.mark.slow
def test_related_memo_gives_the_hash_of_every_list_as_computed_afresh(tmp_path):
    """After articles are added (one sharing people with others, one sharing none), changed and
    removed, every related list's hash in the memo, taken from the last build's or computed again,
    is the hash of the list computed from scratch in the same archive; and the lists the memo
    served without computing them are those of articles that share nothing with the change."""
    import shutil

    from conftest import examples_dir
    from generator.build import build
    from generator.site import memo

    seeds = tmp_path / "seeds"
    shutil.copytree(examples_dir(), seeds)
    docs, cache = tmp_path / "docs", tmp_path / "cache"
    build(seeds, docs, cache_dir=cache)
    computed: list[str] = []
    real = memo.Reads._related_hash

    def spy(self, aid):
        before = len(self.related_now), aid in self.related_old and self.related_old[aid]
        got = real(self, aid)
        if self.related_now[aid] is not before[1]:
            computed.append(aid)
        return got

    steps = [("zz_shared.txt", ADD_SHARED), ("zz_apart.txt", ADD_APART),
             ("zz_shared.txt", ADD_SHARED.replace("plan of military", "plan of naval")), ("zz_apart.txt", None)]
    for name, text in steps:
        if text is None:
            (seeds / name).unlink()
        else:
            (seeds / name).write_text(text, encoding="utf-8")
        computed.clear()
        memo.Reads._related_hash = spy
        try:
            build(seeds, docs, cache_dir=cache)
        finally:
            memo.Reads._related_hash = real
        got, fresh = _memo_related(cache), _fresh_related(seeds, cache)
        assert set(got) == set(fresh), name
        assert {k: v[1] for k, v in got.items()} == fresh, name
        if name == "zz_apart.txt" and text is not None:
            # an article naming no one the others name: only its own list is computed
            assert computed == [k for k in fresh if "zz-apart" in k], computed


# --------------------------------------------------------------------------- the site update's state and keys

def test_state_file_round_trip_and_spoilt_state_is_refused(tmp_path):
    from generator.site import incremental as inc

    st = {"version": inc.STATE_VERSION, "key": "k", "dests": ["a/index.html"],
          "pages": {"a.md": {"src": "h", "lookups": {"b.md": True}, "meta": {"__dict__": [["title", "Баку"]]},
                             "title": "A «Кишинёв»", "anchors": [], "links_to_anchors": {}, "logged": [],
                             "entries": [{"location": "a/", "title": "A", "text": "x \udcff"}], "out": "o",
                             "dest": [10, 20]}},
          "files": {"feed.xml": ["h", "feed.xml", None]}}
    p = tmp_path / "state.marshal"
    p.write_bytes(inc._state_bytes(st))
    assert inc._read_state(p) == st
    data = p.read_bytes()
    for bad in (data[:-5], data[:-3] + b"x" + data[-2:], b"", b"{}", data.replace(b"state\0", b"state\0" + b"9", 1)):
        p.write_bytes(bad)
        with pytest.raises(ValueError):
            inc._read_state(p)


def test_page_keys_are_the_same_in_every_process_and_tell_parts_apart():
    import subprocess
    import sys

    from generator.site import incremental as inc

    parts = ("cfg", "read", "Title «Баку»", "articles/x/", ["Articles"], ["a/", "A"], None, "nav", False)
    code = ("from generator.site.incremental import _key; "
            f"print(_key(*{parts!r}))")
    seen = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**__import__("os").environ, "PYTHONHASHSEED": seed}).stdout.strip()
            for seed in ("1", "2")}
    assert seen == {inc._key(*parts)}
    # any part changed, or moved to another place, gives another key
    for i in range(len(parts)):
        other = list(parts)
        other[i] = "changed"
        assert inc._key(*other) != inc._key(*parts)
    assert inc._key("ab", "c") != inc._key("a", "bc")
    # only plain values are keyed by repr; anything else (a title MkDocs took from front matter as a
    # date, a dict) goes through JSON as before
    assert inc._plain_repr(parts)
    import datetime

    assert not inc._plain_repr(("x", datetime.date(2024, 1, 2))) and not inc._plain_repr(("x", {"a": 1}))

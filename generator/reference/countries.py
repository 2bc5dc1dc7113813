"""Countries: names from pycountry and Babel in English and Russian, plus the demonyms and
adjectives of ``data/countries.yaml``; matched on token sequences (Russian on lemmas, so
every case form matches: "Беларусью", "Азербайджанской Республики")."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from generator.fileio import load_yaml
from generator.nlp.analysis import Tok, lemmas, tokenize
from generator.text.dates import month_pattern, month_stems_ru

DATA = Path(__file__).parent.parent / "data"
_CYR = re.compile("[а-яё]", re.IGNORECASE)


def _strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


@dataclass(frozen=True, slots=True)
class CountryHit:
    code: str
    start: int  # char offsets in the text
    end: int
    text: str
    kind: str  # name | adjective


class CountryIndex:
    """Alias token sequences -> ISO code."""

    def __init__(self) -> None:
        import pycountry
        from babel import Locale

        extra = load_yaml((DATA / "countries.yaml").read_text(encoding="utf-8"))
        ignore = extra.pop("_ignore", {})
        self.ignore_en = {tuple(_key_en(w.text) for w in _split_compounds(tokenize(n)) if w.text.strip()) for n in ignore.get("en", [])}
        self.ignore_ru = set(ignore.get("ru", []))
        self.display: dict[str, dict[str, str]] = {}
        en, ru = Locale("en"), Locale("ru")
        self.en: dict[tuple[str, ...], tuple[str, str]] = {}
        self.ru: dict[tuple[str, ...], tuple[str, str]] = {}
        self.ru_prefix: dict[str, str] = {}
        # Aliases written in capitals ("US", "UK", "UAE") match only in capitals: "About Us" is no country.
        self.caps_only: set[tuple[str, ...]] = set()
        for c in pycountry.countries:
            code = c.alpha_2
            names_en = {c.name, getattr(c, "official_name", None), getattr(c, "common_name", None), en.territories.get(code)}
            for n in filter(None, names_en):
                if "," in n:
                    continue  # "Iran, Islamic Republic of": the inverted form is not prose
                self._add_en(n, code, "name")
            if code in ru.territories:
                self._add_ru(ru.territories[code], code, "name")
            self.display[code] = {"en": en.territories.get(code, c.name), "ru": ru.territories.get(code, c.name)}
        for code, d in extra.items():
            for n in d.get("en", []):
                # Demonyms end like "Azerbaijani", "Turkish", "Belarusian"; "US", "UK" are names.
                self._add_en(n, code, "adjective" if not n.isupper() and n.endswith(("an", "ish", "i", "ese", "ic", "ch", "k", "en")) else "name")
            for n in d.get("ru", []):
                self._add_ru(n, code, "adjective" if n[0].islower() else "name")
            for p in d.get("ru_prefix", []):
                self.ru_prefix[p] = code
            if "display" in d:
                self.display[code]["en"] = d["display"]
        self.max_len = max(len(k) for k in [*self.en, *self.ru])

    def _add_en(self, name: str, code: str, kind: str) -> None:
        key = tuple(_key_en(t.text) for t in _split_compounds(tokenize(name)))
        if key and len(key) <= 2 and name.replace(".", "").isupper():
            self.caps_only.add(key)
        if key and key not in self.ignore_en:
            self.en.setdefault(key, (code, kind))
            if key[0] == "the":
                self.en.setdefault(key[1:], (code, kind))

    def _add_ru(self, name: str, code: str, kind: str) -> None:
        from generator.nlp.analysis import lemma

        if name in self.ignore_ru:
            return
        key = tuple(lemma(t.text) for t in _split_compounds(tokenize(name)) if t.text not in "-")
        if key:
            self.ru.setdefault(key, (code, kind))

    def _first_index(self) -> None:
        """Aliases by their first word: only those can start a match at a token."""
        self._by_first_en: dict[str, list[tuple[str, ...]]] = {}
        for key in self.en:
            self._by_first_en.setdefault(key[0], []).append(key)
        self._by_first_ru: dict[str, list[tuple[str, ...]]] = {}
        for key in self.ru:
            self._by_first_ru.setdefault(key[0], []).append(key)
        self._ignore_first: dict[str, list[tuple[str, ...]]] = {}
        for ig in self.ignore_en:
            if len(ig) > 1:
                self._ignore_first.setdefault(ig[0], []).append(ig)
        for table in (self._by_first_en, self._by_first_ru):
            for lst in table.values():
                lst.sort(key=len, reverse=True)  # longest match first

    def find(self, text: str, lang: str, tokens: Sequence[Tok] | None = None) -> list[CountryHit]:
        """Every country named in ``text``, longest match first, left to right. ``tokens``: the
        text's tokens when they are made already (an article's ``Analysis``)."""
        if not hasattr(self, "_by_first_en"):
            self._first_index()
        toks = _split_compounds(tokenize(text) if tokens is None else tokens)
        keys = [_key_en(t.text) for t in toks]
        hits: list[CountryHit] = []
        i = 0
        n_toks = len(toks)
        while i < n_toks:
            tok = toks[i]
            if not tok.text[0].isalpha():
                i += 1
                continue
            is_ru = bool(_CYR.search(tok.text))
            if is_ru and lang == "en":
                i += 1  # a Russian word in an English page ("Русский" in a language switcher)
                continue
            best = None
            if is_ru:
                first = lemmas(tok.text)
                for lem in first:
                    for key in self._by_first_ru.get(lem, ()):
                        n = len(key)
                        if n > n_toks - i or (best and n <= best[0]):
                            continue
                        if all(key[k] in lemmas(toks[i + k].text) for k in range(1, n)):
                            found = self.ru[key]
                            if found[1] == "name" and not tok.text[0].isupper():
                                continue  # "том" is not Togo: Russian proper names are capitalised
                            best = (n, found)
                if best is None:
                    code = self._ru_compound(tok)
                    if code:
                        best = (1, (code, "adjective"))
            elif tok.text[0].isupper():  # English names are capitalised; "turkey" is a bird
                skip = next((len(ig) for ig in self._ignore_first.get(keys[i], ())
                             if tuple(keys[i:i + len(ig)]) == ig), 0)
                if skip:
                    i += skip  # "Georgia Tech", "Supreme Allied Commander Europe": not countries
                    continue
                for key in self._by_first_en.get(keys[i], ()):
                    n = len(key)
                    if n <= n_toks - i and tuple(keys[i:i + n]) == key:
                        found = self.en[key]
                        if n == 1 and tok.text.isupper() and len(tok.text) > 3:
                            continue  # a shouted word is not a country name on its own
                        if key in self.caps_only and not all(t.text.replace(".", "").isupper() for t in toks[i:i + n]):
                            continue
                        best = (n, found)
                        break
            if best:
                n, (code, kind) = best
                hits.append(CountryHit(code, toks[i].start, toks[i + n - 1].end, text[toks[i].start:toks[i + n - 1].end], kind))
                i += n
            else:
                i += 1
        return hits

    def _ru_compound(self, tok: Tok) -> str | None:
        low = tok.low
        for prefix, code in self.ru_prefix.items():
            if low == prefix:
                return code
        return None

    def name(self, code: str, lang: str = "en") -> str:
        return self.display.get(code, {}).get(lang) or code


# A lead dateline "BAKU, Azerbaijan, Sept. 16 (Trend) –" names the newsroom's country, not an actor.
_MONTH = (r"(?:" + month_pattern("en", full=False, extra=False) + r")[a-z]{0,6}\.?|"
          r"(?:" + "|".join(month_stems_ru()) + r")[а-я]{0,3}\.?")  # Babel's names (generator.dates)
_DATELINE = re.compile(r"(?:^|\n)[ \t]*[A-ZА-ЯЁ][\w.' -]{1,30},[ \t]*(?P<country>[A-ZА-ЯЁ][\w' -]{2,30}?)[ \t]*[,.][ \t]*"
                       rf"(?:(?:{_MONTH})[ \t]+\d{{1,2}}|\d{{1,2}}[ \t]+(?:{_MONTH}))(?!\w)", re.IGNORECASE)


def dateline_only(text: str, hits: list[CountryHit]) -> set[str]:
    """Codes named only in a lead dateline ("Baku, Azerbaijan, Sept. 16"): not a state in the story."""
    spans = [m.span("country") for m in _DATELINE.finditer(text)]
    if not spans:
        return set()
    in_dateline = {h.code for h in hits if any(s <= h.start and h.end <= e for s, e in spans)}
    elsewhere = {h.code for h in hits if not any(s <= h.start and h.end <= e for s, e in spans)}
    return in_dateline - elsewhere


# The last word of a company's, broadcaster's or university's name: "Azerbaijan Airlines",
# "Turkish Aerospace Industries", "Armenian Public Television". (Not "Forces", "Ministry",
# "Army", "General Staff": those are the state acting.)
_ORG_TAIL = re.compile(r"(?:[ \t]+[A-Z][\w&.-]*){0,3}?[ \t]+(?:Airlines|Airways|Aerospace|Aeronautical|Aeronautics|Industries|"
                       r"Railways|Television|TV|Broadcasting|Radio|Times|Post|Telegraph|Bank|University|Holding|"
                       r"Corporation|Company|Inc\.?|Ltd\.?|Petroleum|Shipyard|Shipbuilding)\b")


_TAG_LINE = re.compile(r"\s*(?:tags?|теги|метки|related(?: news| articles)?|read also|see also|читайте также|"
                       r"новости партнеров|новости по теме|рубрики?|share(?: on)?)\s*:", re.I)


def in_bar_lines(text: str, hits: list[CountryHit]) -> list[CountryHit]:
    """The hits that stand on a tag, share or related-links bar the page reading left in the body:
    a line that starts "Tags:", "Read also:", "Читайте также:", or is cut into three or more short
    items by "|" or "•" ("Share | Russia | China | USA")."""
    out = []
    for h in hits:
        a = text.rfind("\n", 0, h.start) + 1
        b = text.find("\n", h.end)
        line = text[a:b if b >= 0 else len(text)]
        items = [x for x in re.split(r"[|•·]", line) if x.strip()]
        if _TAG_LINE.match(line) or (len(items) >= 3 and all(len(x.strip()) <= 60 for x in items)):
            out.append(h)
    return out


# A language named, not a state: "reported in Russian on its website", "a Russian-language
# channel", "translated from Turkish", "на русском языке". The adjective of a country is then a
# language; the country is not one of the article (unless named again as a state).
_LANG_AFTER = re.compile(r"[ \t]*(?:-[ \t]*)?(?:language|languages|speaking|speakers?|translation|translations|version|"
                         r"original|subtitles|dub(?:bed)?|text)\b|"
                         r"[ \t]*(?:[.,;:!?)\]]|$|(?:on|and|or|by|with|at|for|to|as|but|from|into|via|online)\b)",
                         re.IGNORECASE)
_LANG_BEFORE = re.compile(r"\b(?:in|into|from|speaks?|spoke|speaking|spoken)[ \t]+(?:fluent[ \t]+|perfect[ \t]+|the[ \t]+)?$",
                          re.IGNORECASE)
_LANG_NOUN = re.compile(r"(?:-[ \t]*)?(?:language|languages|speaking|speakers?|translation|subtitles)\b", re.IGNORECASE)
_LANG_RU = re.compile(r"[ \t]+(?:язык|языке|языка|языком|языку|версии|версия|переводе)\b|язычн", re.IGNORECASE)


def as_languages(text: str, hits: list[CountryHit], lang: str) -> list[CountryHit]:
    """Adjective hits that name a language ("in Russian on its website", "Turkish-language media",
    "на русском языке"): a language is not a country."""
    out = []
    for h in hits:
        if h.kind != "adjective":
            continue
        if lang == "ru":
            if _LANG_RU.match(text, h.end):
                out.append(h)
            continue
        after = text[h.end:h.end + 30]
        if _LANG_NOUN.match(after) or (_LANG_BEFORE.search(text[max(0, h.start - 30):h.start])
                                       and _LANG_AFTER.match(after)):
            out.append(h)
    return out


def in_org_names(text: str, hits: list[CountryHit], lang: str) -> set[str]:
    """Codes named only as the first word of an organisation's name ("Turkish Airlines",
    "Azerbaijan Airlines"): no state acts there, so the article does not list it."""
    if lang != "en":
        return set()
    inside = {h.code for h in hits if _ORG_TAIL.match(text, h.end)}
    elsewhere = {h.code for h in hits if not _ORG_TAIL.match(text, h.end)}
    return inside - elsewhere


@lru_cache(maxsize=100_000)
def _key_en(word: str) -> str:
    t = _strip_accents(word).casefold().replace("’", "'")
    return t.rstrip(".") if len(t) > 2 else t


def _split_compounds(toks: list[Tok]) -> list[Tok]:
    """'Armenia-Azerbaijan' and 'азербайджано-белорусского' become their parts."""
    out: list[Tok] = []
    for t in toks:
        if "-" in t.text or "‐" in t.text or "–" in t.text:
            pos = t.start
            for part in re.split(r"[-‐–]", t.text):
                if part:
                    out.append(Tok(part, pos, pos + len(part)))
                pos += len(part) + 1
        else:
            out.append(t)
    return out


@lru_cache(maxsize=1)
def index() -> CountryIndex:
    return CountryIndex()

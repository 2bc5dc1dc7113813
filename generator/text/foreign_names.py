"""A foreigner's name in a Russian article, read back into its own Latin spelling.

Russian writes a foreign name by its sound, by the practical transcription of its language
(Giuseppe Cavo Dragone -> Джузеппе Каво Драгоне, João Carvalho Ribeiro -> Жоао Карвалью Рибейру,
Osama -> Усама). Transliterating that Russian spelling letter by letter gives "Dzhuzeppe"/"Juzeppe",
"Zhoao Karvalyu Ribeyru", "Usama": names no English text uses. When the person's language is known,
the transcription is undone instead:

- the given names of the language come from its table (``data/given_names.yaml``, ``by_language``);
- every other word is read back by the language's letter rules (``_RULES``): Italian «дж»/«ч»/«ш»
  before е/и are g/c/sc, before other vowels gi/ci/sci, «ке/ки» che/chi, «гв»/«кв» gu/qu, «ц» z;
  Spanish «х» j, «ге/ги» gue/gui, «ке/ки» que/qui, «ль»+vowel ll, a patronymic surname's final «ес»
  -ez; Portuguese final «у» o, «лью»/«нью» lho/nho, final or preconsonantal «ш» s, medial «ш» ch;
  German initial «шт»/«шп» st/sp, «ш» sch, «ц» z, «ай» ei, «в» w; Turkish «дж»/«ч» c, «ш» s, «ю» u,
  «х» h; Arabic «х» after a consonant or at the end h; French «у» ou, «ю» u, «ш» ch; Greek «х» ch, «у» ou; Persian «у» ou;
  the French of Africa «у»/«уа» ou/oua, «х» h, final «-ли» -ly; the Maghreb's French spelling of Arabic names
  («ш» ch, «у» ou, «дж» dj, «х» h); Uzbek by Uzbekistan's Latin-based spelling («х» kh, «ж» j, «ы» i), only with a
  given name of its table; Amharic simply («дж» j, «х» h, «й» y);
  Ukrainian by the national romanisation (KMU 2010: «г» h, «е» after a vowel ie, «-ий» -yi) and
  Romanian («ча» cea, «-чук» -ciuc, «ш» s, «ц» t) for a person the text ties to Ukraine, Moldova or Romania
  only (``STATE_ONLY``: their given names and surnames look Russian).

The language is that of the person's state (``countries`` of each table). With no state known, a
given name in the table of a state the page names tells it ("Марко Росси" in a report about Italy); else a
given name that is one language's alone and whose own spelling starts with another letter than its
Russian reading (Джузеппе -> Giuseppe, Жоао -> Joao, Усама -> Osama) tells the language; a given name
any Slavic or Central Asian person may carry (Марко, Али, Ахмед) never does. A person of Russia, Belarus,
Ukraine, Kazakhstan or any state without a table, or of no known state and no such given name, keeps
the usual transliteration (``translit.transliterate``), and so does a Slavic surname (-ов, -ский, -енко,
-ич, …) in whatever state the text puts its bearer. The Cyrillic spelling stays the person's
Russian name.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

_GIVEN_FILE = Path(__file__).parent.parent / "data" / "given_names.yaml"
_CYR = re.compile("[а-яё]", re.I)
_V = "аеёиоуыэюяaeiou"  # vowels, Cyrillic and the Latin ones rules have written already
_FRONT = "еиэёieэ"


@lru_cache(maxsize=1)
def tables() -> dict[str, dict]:
    """language -> {"countries": set, "given": {Cyrillic: Latin}} from ``data/given_names.yaml``."""
    import yaml

    from generator.fileio import load_yaml

    try:
        data = load_yaml(_GIVEN_FILE.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError):
        return {}
    out: dict[str, dict] = {}
    for lang, table in ((data.get("by_language") or {}) if isinstance(data, dict) else {}).items():
        table = table or {}
        out[str(lang)] = {"countries": {str(c) for c in table.get("countries") or []},
                          "given": {str(k).replace("ё", "е"): str(v) for k, v in (table.get("given") or {}).items()}}
    return out


def fold_given(word: str) -> str:
    """A Central Asian given name's Russian spellings folded to one key: the press writes the Uzbek «o» as «о»
    or «а», «i» as «и» or «ы», «j» as «ж» or «дж», with or without a soft sign (Бахадир, Бахадыр, Баходир,
    Баходыр are all Bakhodir; Ильхом, Ильхам Ilkhom; Дилшод, Дильшод Dilshod)."""
    w = word.casefold().replace("ё", "е").replace("дж", "ж").replace("ь", "").replace("ъ", "")
    return w.replace("ы", "и").replace("о", "а")


@lru_cache(maxsize=None)
def folded_given(lang: str) -> dict[str, str]:
    """The given names of ``lang``'s table by their folded key (``fold_given``)."""
    return {fold_given(k): v for k, v in (tables().get(lang) or {}).get("given", {}).items()}


def _sub(rules):
    return [(re.compile(p), r) for p, r in rules]


# Each language's rules, applied in order to the lower-case Russian word; what is left in Cyrillic
# afterwards goes through the language's plain letters (``_PLAIN`` with its ``_LETTERS`` changes).
_SOFT = [("ия", "ia"), ("ию", "iu"), ("ье", "ie"), ("ья", "ia"), ("ью", "iu"), ("ьо", "io"), ("ьё", "io")]
_RULES = {
    "it": _sub([("нья", "gna"), ("ньо", "gno"), ("нье", "gne"), ("нью", "gnu"), ("ньи", "gni"), ("лья", "glia"),
                ("лье", "glie"), ("льо", "glio"), *_SOFT, ("лю", "lu"), (f"ддж(?=[{_FRONT}])", "gg"), ("ддж", "ggi"), (f"дж(?=[{_FRONT}])", "g"), ("дж", "gi"),
                (f"чч(?=[{_FRONT}])", "cc"), ("чч", "cci"), (f"ч(?=[{_FRONT}])", "c"), ("ч", "ci"),
                (f"ш(?=[{_FRONT}])", "sc"), ("ш", "sci"), (f"кк(?=[{_FRONT}])", "cch"), (f"к(?=[{_FRONT}])", "ch"),
                (f"г(?=[{_FRONT}])", "gh"), ("гв", "gu"), ("кв", "qu"), ("дз", "z"), ("ц", "z"), ("з", "s"),
                ("к", "c"), ("я", "ia"), ("ю", "iu")]),
    "es": _sub([("(?<=[днмчьпкг])ес$", "ез"), ("(?<=[аеиу]р)ес$", "ез"), ("иас$", "иаз"),
                ("йя", "ya"), ("йе", "ye"), ("йо", "yo"), ("йю", "yu"),
                (f"нь(?=[{_V}])", "n"), (f"ль(?=[{_V}])", "ll"), *_SOFT, (f"г(?=[{_FRONT}])", "gu"),
                (f"к(?=[{_FRONT}])", "qu"), ("кс", "x"), ("к", "c"), ("х", "j"), (f"й(?=[{_V}]|$)", "y"),
                (f"(?<=[{_V}])я", "ya"), ("я", "ia"), ("ю", "iu")]),
    "pt": _sub([("лью$", "lho"), ("ньу$", "nho"), ("нью$", "nho"), ("лья", "lha"), ("лье", "lhe"), ("льо", "lho"), ("нья", "nha"),
                ("нье", "nhe"), ("ньо", "nho"), *_SOFT, ("у$", "o"), ("у(?=[сш]$)", "o"), ("ан$", "ao"),
                ("ш(?=[^аеиоуэюяё]|$)", "s"), ("(?<=.)ш", "ch"), (f"г(?=[{_FRONT}])", "gu"), ("(?<=.)ж(?=[еи])", "g"),
                (f"к(?=[{_FRONT}])", "qu"), ("кв", "qu"), ("к", "c"), ("х", "h"),
                ("я", "ia"), ("ю", "iu")]),
    "fr": _sub([*_SOFT, ("уа", "oi"), ("у", "ou"), ("ю", "u"), ("ш", "ch"), ("кс", "x"), (f"к(?=[{_FRONT}])", "qu"), ("к", "c")]),
    # French-spelt African names: «у» ou (also in «уа»: Ouattara), «х» h, «дж» dj, a final «-ли» -ly (Coulibaly).
    "fr_af": _sub([*_SOFT, ("у", "ou"), ("ю", "u"), ("ш", "ch"), ("кс", "x"), (f"к(?=[{_FRONT}])", "qu"), ("к", "c"),
                   ("(?<=л)и$", "y"), ("х", "h"), ("дж", "dj")]),
    "de": _sub([("^шт", "st"), ("^шп", "sp"), ("ш", "sch"), ("ц", "z"), ("^х", "h"), ("х", "ch"), ("ай", "ei"),
                ("ой", "eu"), ("кс", "x"), ("в", "w"), ("з", "s"), ("^й", "j"), ("^ю", "ju"), ("^я", "ja"), ("ю", "u"),
                ("я", "ia")]),
    "tr": _sub([("дж", "c"), ("ч", "c"), ("ш", "s"), ("^ю", "yu"), ("ю", "u"), ("ё", "o"), ("ы", "i"), ("х", "h"),
                ("й", "y"), ("ь", "")]),
    "el": _sub([(f"(?<=[{_V}])йо", "gio"), ("дз", "tz"), ("х", "ch"), ("у", "ou"), ("кс", "x")]),
    "fa": _sub([("у", "ou"), ("дж", "j")]),
    "ar": _sub([("дж", "j"), ("х$", "h"), ("(?<=[^аеёиоуыэюя])х", "h")]),
    # Ukrainian (KMU 2010) from the Russian spelling: г h, е after a vowel or at the start ie/ye (є), и i,
    # ы y, -ий/-ый yi, й i, ж zh, х kh, ц ts, ч ch, ш sh, щ shch, ю iu/yu, я ia/ya.
    "uk": _sub([("[иы]й$", "yi"), ("ой$", "oi"), ("^е", "ye"), ("^ё", "yo"), (f"(?<=[{_V}ь])е", "ie"), ("ё", "io"),
                ("^ю", "yu"), ("^я", "ya"), ("ю", "iu"), ("я", "ia"), ("г", "h"), ("ы", "y"), ("й", "i"), ("ж", "zh"), ("ь", "")]),
    # Romanian from the Russian spelling: ча/чо/чу cea/cio/ciu, че/чи ce/ci, final ч ci, дж likewise with
    # g, ге/ги ghe/ghi, ке/ки che/chi, к c, х h, ш s (ș), щ st, ц t (ț), ж j, ы/ый i/ii, ю iu, я ia.
    "ro": _sub([("ча", "cea"), ("чо", "cio"), ("чу", "ciu"), (f"ч(?=[{_FRONT}])", "c"), ("ч", "ci"),
                ("джа", "gea"), ("джо", "gio"), ("джу", "giu"), (f"дж(?=[{_FRONT}])", "g"), ("дж", "gi"),
                (f"г(?=[{_FRONT}])", "gh"), (f"к(?=[{_FRONT}])", "ch"), ("кс", "x"), ("к", "c"), ("х", "h"),
                ("щ", "st"), ("ш", "s"), ("ц", "t"), ("ж", "j"), ("ый", "ii"), ("ы", "i"), ("й", "i"), ("ю", "iu"),
                ("я", "ia"), ("ь", "")]),
    # The Maghreb (Algeria, Morocco, Tunisia, Mauritania): Arabic names in French spelling (Said Chanegriha,
    # Abdelmadjid Tebboune, Youcef): «ш» ch, «у»/«ю» ou, «дж»/«ж» dj, «х» h.
    "ar_mg": _sub([*_SOFT, ("дж", "dj"), ("ж", "dj"), ("ю", "you"), ("у", "ou"), ("ш", "ch"), ("х", "h"), ("кс", "x"),
                   ("й", "y"), ("ь", "")]),
    # Uzbek names by the Latin-based spelling of Uzbekistan's own documents (Bakhodir, Shukhrat, Jamshid):
    # «ж»/«дж» j, «х» kh, «ы» i, «ё» yo.
    "uz": _sub([("дж", "j"), ("ж", "j"), ("х", "kh"), ("ы", "i"), ("ё", "yo"), ("ю", "yu"), ("я", "ya"), ("й", "y"), ("ь", "")]),
    # Amharic and Tigrinya names: дж j, х h, й y, ы i.
    "am": _sub([("дж", "j"), ("х", "h"), ("й", "y"), ("ы", "i"), ("ю", "yu"), ("я", "ya")]),
}
#: Languages read only when the text ties the person to one of their states: their given names are
#: Slavic or common ones (Олег, Александр) that tell no language by themselves, and their surnames
#: end as Slavic ones do (Макеев, Охладчук), so the Slavic-surname guard does not hold for them.
#: (Amharic is read on a page about Ethiopia too, by its own given names: "фельдмаршал Бирхану Джула".)
STATE_ONLY = frozenset({"uk", "ro", "uz"})
#: Languages read only when the given name is in their table as well (an Uzbek may be a Sergei or an Aleksandr,
#: whom the usual transliteration spells as well as any): "Бахадыр Курбанов" of Uzbekistan is Bakhodir Kurbanov.
GIVEN_ONLY = frozenset({"uz"})
#: The languages that write Arabic names (a chain of given names, the article «аль» before a family name).
_ARABIC = frozenset({"ar", "ar_mg"})
#: Languages whose given names tell no language by themselves, with no state known ("Усман" is an Uzbek's as
#: often as a Senegalese's): read for a person of their states or on a page that names one.
NOT_BY_NAME = STATE_ONLY | {"fr_af", "am", "ar_mg"}
_PLAIN = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "io", "ж": "j", "з": "z", "и": "i",
          "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
          "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "i", "ь": "",
          "э": "e", "ю": "yu", "я": "ya"}
_LETTERS = {"tr": {"ж": "j", "ц": "ts"}, "el": {"ы": "y", "й": "i"}, "fa": {"х": "kh"}, "ar": {"х": "kh"}}
# Lower-case particles of a name, as each language writes them.
_PARTICLES = {"ди": "di", "де": "de", "да": "da", "дель": "del", "делла": "della", "дос": "dos", "душ": "dos",
              "ду": "do", "дас": "das", "фон": "von", "дер": "der", "ван": "van", "ла": "la", "ле": "le", "и": "e",
              "бин": "bin", "бен": "ben", "ибн": "ibn", "аль": "al", "эль": "el"}


_PARTICLES_PT = {"ди": "de", "ду": "do", "да": "da", "душ": "dos", "дуж": "dos", "дуз": "dos", "даш": "das", "и": "e"}


# The endings of Slavic surnames: such a name is read as Russian whatever state the text puts it in
# ("the Russian ambassador in Italy Алексей Парамонов"); "-ин"/"-ын" only outside Turkish, Arabic and
# Persian, whose names end so (Şahin, Yassin, Amin).
_SLAVIC_END = re.compile(r"(?:ов|ев|ёв|ова|ева|ёва|ский|ская|цкий|цкая|енко|ич|чук|юк)$")
_SLAVIC_IN = re.compile(r"(?:ин|ина|ын|ына)$")


def _letters(word: str, lang: str) -> str:
    """One word (no hyphen) read back by the language's rules, in lower case."""
    low = word.casefold()
    for pat, rep in _RULES.get(lang, ()):
        low = pat.sub(rep, low)
    plain = {**_PLAIN, **_LETTERS.get(lang, {})}
    return "".join(plain.get(ch, ch) for ch in low)


def readings(word: str) -> set[str]:
    """A Russian word read back by every language's rules, in lower case ("Астильерос" -> astilleros
    among them, "Кантьери" -> cantieri): how to tell a foreign word written in Cyrillic."""
    return {_letters(word, lang) for lang in _RULES}


def _distinctive(ru: str, latin: str) -> bool:
    """The own spelling starts with another letter than the Russian reading (Джузеппе/Giuseppe,
    Жоао/Joao, Усама/Osama): no Slavic name is so written."""
    import iuliia

    return iuliia.WIKIPEDIA.translate(ru.replace("Дж", "J"))[:1].casefold() != latin[:1].casefold()


def language(words: list[str], country: str | None, page: tuple[str, ...] = ()) -> str | None:
    """The language whose transcription a Russian article used for this name: the person's state's;
    else the language of a state the page names whose table holds the first word as a given name
    ("Марко Росси" in a report about Italy); else the one language whose table holds the first word as
    a given name of its own (``_distinctive``)."""
    t = tables()
    if country:
        return next((lang for lang, tb in t.items() if country in tb["countries"]), None)
    if len(words) < 2:
        return None
    first = words[0].replace("ё", "е")
    t = {lang: tb for lang, tb in t.items() if lang not in STATE_ONLY}
    on_page = {lang for lang, tb in t.items() if first in tb["given"] and tb["countries"] & set(page)}
    if len(on_page) == 1:
        return on_page.pop()
    langs = {lang for lang, tb in t.items() if first in tb["given"] and lang not in NOT_BY_NAME
             and _distinctive(first, tb["given"][first])}
    return langs.pop() if len(langs) == 1 else None


def _cap(latin: str, like: str) -> str:
    return latin[:1].upper() + latin[1:] if like[:1].isupper() else latin


def respell(native: str, country: str | None, page: tuple[str, ...] = ()) -> str | None:
    """'Джузеппе Каво Драгоне' (IT) -> 'Giuseppe Cavo Dragone', 'Жоао Карвалью Рибейру' (PT) -> 'Joao
    Carvalho Ribeiro', 'Усама Аскар' (EG) -> 'Osama Askar'; None when the name is not in Cyrillic or no
    language is known for it (``language``; ``page``: the states the page names)."""
    words = native.split()
    if not words or not _CYR.search(native) or not all(_CYR.search(w) or w == "-" for w in words):
        return None
    lang = language(words, country, page)
    if lang is None:
        return None
    if lang not in STATE_ONLY and (_SLAVIC_END.search(words[-1].casefold())
                                   or (lang not in ("tr", "fa", *_ARABIC) and _SLAVIC_IN.search(words[-1].casefold()))):
        return None  # a Slavic surname ("Алексей Парамонов", "Владимир Путин") whatever state the text gave
    given = tables()[lang]["given"]
    if lang in GIVEN_ONLY:
        # (the table's names in any of the Russian press's spellings: Бахадир, Бахадыр, Баходир, Баходыр)
        folded = folded_given(lang)
        given = {w.replace("ё", "е"): folded[fold_given(w)] for w in words if fold_given(w) in folded}
    if lang in GIVEN_ONLY and (len(words) < 2 or words[0].replace("ё", "е") not in given):
        return None  # an Uzbek's Russian given name ("Сергей") is spelt as usual
    out = []
    for i, w in enumerate(words):
        key = w.replace("ё", "е")
        # A given name stands before the surname (an Arabic name is a chain of given names).
        if key in given and (i < len(words) - 1 or lang in _ARABIC):
            out.append(given[key])
            continue
        particles = {**_PARTICLES, **_PARTICLES_PT} if lang == "pt" else _PARTICLES
        if i and key.casefold() in particles and (key[:1].islower() or lang == "pt"):
            out.append(particles[key.casefold()])
            continue
        parts = []
        for k, part in enumerate(w.split("-")):
            if k == 0 and lang in _ARABIC and part.casefold() in ("аль", "эль", "ал"):
                parts.append("al" if part[:1].islower() else "Al")
                continue
            g = given.get(part.replace("ё", "е"))
            # "Д'Алема": each piece after an apostrophe keeps its capital.
            bits = re.split(r"(['’])", part)
            parts.append(g if g and lang in ("fa", *_ARABIC) else "".join(
                b if b in ("'", "’") else _cap(_letters(b, lang), b) for b in bits))
        out.append("-".join(parts))
    return " ".join(out)

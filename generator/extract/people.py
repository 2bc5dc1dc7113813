"""People: statistical NER proposes names, rules decide.

Precedence, stated once:
1. A candidate span comes from spaCy (PERSON, and ORG spans shaped like names, since the
   small English model tags "Khrenin" as ORG) or Natasha (PER), or from a rank/role cue
   ("Colonel General Z. Hasanov").
2. It is trimmed of role and rank words (whole, hyphenated or abbreviated: "Colonel-General",
   "Col-Gen", "Gen."), honorifics ("Prince", "H.E. Dr"), a patronymic ("Heydar oglu") and
   suffixes ("Jr.") and must be shaped like a name: no country, role, function or institution
   word, no headline verb ("Receives"), not inside a place name ("Heydar Aliyev International
   Airport", "Дворец им. …"), not in a photo credit or byline line, not an outlet. A name-shaped
   span the model calls an organisation is a person only after a rank or title, or when it
   shares the surname of a person the article names.
3. Within the article, an initial form ("Z. Hasanov", "З.Гасанов") or a surname alone
   ("Hasanov") belongs to the full name with that surname (the nearest one before it when two
   people share it). A lone word that matches no full name is dropped unless the registry
   knows it or a rank or title stands in front of it.
4. Identity: the registry first (any spelling or script, a Russian name under any case
   ending), then the name itself. The byline's author is no person of the article.
5. Country: the registry, else the country in the person's own role phrase or delegation
   ("Belarus Defence Minister", "of the Republic of Belarus", "the Russian delegation led by"),
   else the country in an apposition after the name. Never the article's topic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from generator.fileio import load_yaml
from generator.model import Analysis
from generator.nlp import analysis as nlp
from generator.extract.office_phrase import and_in_complement, joined_complement_start, monarch_state, style_as_complement
from generator.reference.countries import CountryHit
from generator.reference.offices import canonical_rank, canonical_role, rank_words, split_ranks_en
from generator.reference.registry import Known, Registry, fold, latin, strip_accents
from generator.text.translit import chinese_name, palladius_syllables

DATA = Path(__file__).parent.parent / "data"
_CYR = re.compile("[а-яё]", re.IGNORECASE)
# Latin capitals and small letters with their marks, for the name patterns: "Šimkus", "Øvergaard",
# "Łukasz", "Çelik", "Ödegaard" start with a capital as "Simkus" does.
_UP = "".join(c for c in map(chr, range(0x41, 0x250)) if c.isalpha() and c.isupper())
_LO = "".join(c for c in map(chr, range(0x61, 0x250)) if c.isalpha() and c.islower())
_INITIAL = re.compile(r"^(?:Дж|Ch|Sh|Zh|Kh|Yu|Ya)$")
# Words of institutions, units and places: "International Organizations Section", "Aerospace
# Industries", "Royal Marines" are not people.
_INSTITUTION = {"section", "department", "division", "directorate", "office", "unit", "service", "services", "industries",
                "industry", "committee", "commission", "corporation", "company", "group", "institute", "university",
                "academy", "college", "school", "center", "centre", "bureau", "command", "staff", "guard", "marines",
                "navy", "headquarters", "parliament", "assembly", "government", "administration", "embassy", "mission",
                "palace", "dvorets", "dvorec", "square", "street", "avenue", "airport", "hotel", "complex",
                "union", "organization", "organisation", "association", "federation", "republic", "kingdom", "state",
                "states", "nations", "bank", "fund", "foundation", "club", "team", "vehicle", "vehicles", "systems",
                "technologies", "aerospace", "aviation", "airlines",
                # the legal forms and corporate words of a company's name
                "gmbh", "ltd", "inc", "llc", "plc", "corp", "limited", "incorporated", "holdings", "holding",
                "kft", "oyj", "srl", "pty", "pvt", "enterprises", "dynamics", "electronics", "shipyard", "shipyards",
                "shipbuilding", "motors", "robotics", "makina", "sanayi", "savunma", "gruppen", "konzern", "media", "press", "post", "times", "daily",
                "tv", "radio", "online", "novosti", "arabiya", "jazeera", "министерство", "минобороны",
                "управление", "департамент", "служба", "комитет", "штаб", "дворец", "агентство"}
# Lower-case particles inside a name: "Khalid bin Salman", "Ursula von der Leyen".
_PARTICLES = {"bin", "binti", "ibn", "bint", "al", "el", "van", "von", "der", "den", "de", "da", "di", "du", "dos", "das", "ul", "ud", "del", "do", "la", "las", "los", "y", "e",
              "бин", "бен", "ибн", "бинт", "аль", "эль", "ван", "фон", "дер", "де", "да", "ди", "дос", "уль"}
# A patronymic marker and the father's name before it are dropped: "Ilham Heydar oglu Aliyev".
_PATRONYMIC = {"oglu", "oğlu", "ogly", "ogli", "o'g'li", "qizi", "kizi", "kyzy", "gizi", "uulu", "оглы", "оглу", "огли", "кызы", "гызы", "кизи", "улы", "уулу"}
_SUFFIX = {"jr", "sr", "ii", "iii", "iv"}
# Titles and honorifics that are not part of a name ("Prince Khalid", "H.E. Dr Khalid").
# ("Sultan" and "Emir" are not here: they are common given names in Central Asia and Turkey.)
_HONORIFIC = {"mr", "mrs", "ms", "dr", "prof", "sir", "lord", "lady", "prince", "princess", "king", "queen", "sheikh",
              "sheik", "crown", "his", "her", "excellency", "hon", "honourable", "honorable", "highness", "majesty",
              "royal", "shri", "shrimati", "smt", "dato", "datuk", "datin",
              # Gulf, Fijian, Malay and Bruneian titles: "Sayyid Badr …", "Ratu Inoke …", "Haji Ali …",
              # "Pehin Datu …" (a name's usual form leaves them out; "bin Haji Umar" inside keeps it)
              "sayyid", "ratu", "haji", "hajji", "pehin", "datu",
              "господин", "госпожа", "принц", "шейх", "король", "сейид", "саид",
              # The forms of address of each language, whole and abbreviated: Arabic "Sheikha", "Sayyida";
              # Spanish and Portuguese "Doña", "Señor(a)", "Senhor(a)", "Sr.", "Sra."; French, German,
              # Italian; Malay and Indonesian "Encik", "Cik", "Hajah", "Bapak", "Ibu", "Alhaji", and the
              # Malay forms abbreviated ("YB", "YAB", "YM", "YAM", "YTM", "YBhg"); Russian "товарищ",
              # "г-н", "г-жа" and borrowed "мистер", "сеньор", "месье".
              "sheikha", "sayyida", "sayyidah", "doña", "señor", "señora", "señorita", "senhor", "senhora", "sr", "sra",
              "srta", "monsieur", "madame", "mademoiselle", "mme", "mlle", "herr", "frau", "signor", "signora",
              "encik", "cik", "hajah", "hjh", "hj", "bapak", "ibu", "alhaji", "alhaja", "yb", "yab", "ym", "yam",
              "ytm", "ybhg", "hrh", "товарищ", "г-н", "г-жа", "мистер", "миссис", "мисс", "сэр", "лорд", "леди",
              "сеньор", "сеньора", "месье", "мадам", "фрау", "герр", "шейха", "принцесса", "королева"}
# Titles that are also given names ("Don Bacon", "Tun Tun Oo", "Dom Phillips"): a title only before a
# name of two words or more ("Don Carlos Ortega", "Tun Abdul Razak Hussein", "Dom Manuel Clemente").
# The same holds of the chiefly and noble titles of Fiji ("Ro Jone Kalouniwai", "Adi Litia Qionibaravi";
# "Ro", "Adi" alone before one word are Korean and Indonesian names), of Bengal ("Begum Khaleda Zia"),
# of the Malay courts ("Tunku Ismail Idris", "Tengku Zafrul Aziz", "Pengiran Muda Mahdi") and of an Emir
# ("Emir Tamim bin Hamad Al Thani"; "Emir Kusturica" is a given name).
_TITLE_OR_GIVEN = {"don", "dom", "dona", "tun", "ro", "adi", "begum", "tunku", "tengku", "engku", "pengiran", "emir",
                   "samdech"}
# The Malay styles that open with "Yang" ("Yang Berhormat", "Yang Amat Berhormat", "Yang Mulia",
# "Yang Amat Mulia", "Yang Teramat Mulia", "Yang Berbahagia", "Yang Amat Berbahagia", "Yang Arif",
# "Yang di-Pertua", "Yang di-Pertuan Agong"); "Yang" alone is a Chinese family name.
_YANG_STYLE = {"berhormat", "amat", "mulia", "teramat", "berbahagia", "arif", "dipertua", "di", "-", "‐", "pertua",
               "pertuan", "di-pertua", "di-pertuan", "agong", "utama"}


# The Russian styles, in any case: "Его Высочество", "Его Королевским Высочеством", "Её Величества",
# "Его Превосходительство".
_STYLE_RU = re.compile(r"(?:высочеств|величеств|превосходительств|королевск|светлейш|святейш)\w*$", re.IGNORECASE)


def _lead_title(span) -> int:
    """How many words at the start of ``span`` are a style of address: "Yang Amat Berhormat", "Его
    Королевским Высочеством", or one of ``_TITLE_OR_GIVEN`` before two or more name words."""
    k = 0
    while k < len(span) and (_STYLE_RU.match(span[k].low) or (span[k].low in ("его", "её", "ее", "их")
                                                               and k + 1 < len(span) and _STYLE_RU.match(span[k + 1].low))):
        k += 1
    if k:
        return k
    if len(span) >= 2 and span[0].low == "yang" and span[1].low in _YANG_STYLE:
        k = 1
        while k < len(span) and span[k].low in _YANG_STYLE:
            k += 1
        return k
    if len(span) >= 3 and span[0].low in _TITLE_OR_GIVEN and span[1].low != span[0].low:
        names = [t for t in span[1:] if t.text[:1].isupper() and t.text[:1].isalpha()]
        return 1 if len(names) >= 2 else 0
    return 0


# Honorifics no name holds inside it: everything before one is a title ("Raksha Mantri Shri
# Rajnath Singh", "Defence Minister Dr Ahmed Khan"). ("Sri" and "Tun" are also given names.)
_HONORIFIC_INSIDE = {"mr", "mrs", "ms", "dr", "prof", "shri", "shrimati", "smt", "dato", "datuk", "datin",
                     "excellency", "highness", "majesty", "господин", "госпожа", "doña", "señor", "señora", "senhor",
                     "senhora", "monsieur", "madame", "herr", "frau", "encik", "yb", "yab", "ybhg", "товарищ", "г-н", "г-жа"}
# A Malay title of two words: "Tan Sri", "Dato' Seri", "Datuk Seri" (alone, Tan and Sri are names).
_HONORIFIC_PAIR = {("tan", "sri"), ("dato", "seri"), ("dato", "sri"), ("datuk", "seri"), ("datuk", "sri"), ("datin", "seri"),
                   ("toh", "puan"), ("tun", "dr")}
_PATRONYMIC_AFTER = re.compile(r"[ \t]+(?:" + "|".join(map(re.escape, sorted(_PATRONYMIC, key=len, reverse=True)))
                               + r")[ \t]+[A-ZА-ЯЁ][\w'’-]+", re.IGNORECASE)
# Abbreviated ranks: "Col-Gen Hasanov", "Gen. Raheel Sharif", "Adm Sandila", "Lt-Gen".
_RANK_ABBR = {"col", "gen", "lt", "lieut", "maj", "brig", "adm", "capt", "cdr", "cmdr", "sgt", "vadm", "radm", "cpt", "mg", "bg"}
# The rank words the abbreviations stand for: "Lt Gen" is read as Lieutenant General, "Col-Gen" as Colonel General.
_RANK_WORD = {"col": "colonel", "gen": "general", "lt": "lieutenant", "lieut": "lieutenant", "maj": "major",
              "brig": "brigadier", "adm": "admiral", "capt": "captain", "cpt": "captain", "sgt": "sergeant"}
# Words that follow a credit for a photo or a text: the names after them are not in the story.
_CREDIT = re.compile(r"(?:\bphoto(?:graph)?s?(?:\s+credit)?\s*(?:by|:)|\bcredit\s*:|©\s*(?:фото|photo)?\s*:?|\bфото\s*:)\s*$",
                     re.IGNORECASE)


# A sentence's first word the model takes into the name: "Later Tomas Berg presented …".
_LEAD_ADVERBS = {"later", "earlier", "then", "meanwhile", "also", "however", "today", "yesterday", "now", "afterwards",
                 "subsequently", "moreover", "furthermore", "additionally", "finally", "there", "here", "thus", "so"}
# The Arabic article in lower case before a name, each assimilated form, in Latin and in Cyrillic letters.
_ARTICLE_PREFIX = re.compile(r"(?:al|el|ad|ash|as|at|az|ar|an|ud|ul|аль|ал|эль|эл|ад|аш|ас|ат|аз|ар|ан|уд|уль)[-‐](?=[A-ZА-ЯЁ])")


def _name_word(w: str) -> bool:
    """Capitalised, letters (any script, any diacritics) with inner hyphens or apostrophes and a
    lower-case letter: "Krstičević", "Işık", "Ya'alon", "Kassym-Jomart"; not "NATO", not "2021"."""
    article = _ARTICLE_PREFIX.match(w)
    if article:
        w = w[article.end():]  # "al-Sisi", "el-Sayed", "ash-Shaibani": the Arabic article in lower case
    if not w[:1].isalpha() or not w[0].isupper():
        return False
    if not all(c.isalpha() or c in "'’-‐" for c in w) or w[-1] in "'’-‐":
        return False
    return any(c.islower() for c in w)
_SMALL = {"of", "the", "and", "for", "on", "in", "to", "-", "–", "—"}
# Words that make a capitalised phrase a thing, not a person: "Defense Readiness Program".
_NOT_NAME = {"program", "programme", "plan", "agreement", "memorandum", "protocol", "treaty", "roadmap",
             "initiative", "project", "games", "cup", "contest", "exercise", "exercises", "drills", "war",
             "conflict", "operation", "summit", "forum", "conference", "day", "week", "twitter", "facebook",
             "telegram", "instagram", "youtube", "news", "agency", "ministry", "council", "forces", "army",
             "retd", "rtd", "retired"}


# Heads of a company or body: the one name-shaped word after "<head> of" is the body.
_ORG_HEADS = {"ceo", "cto", "cfo", "founder", "co-founder", "owner", "manager", "president", "chairman", "head",
              "director", "officer", "employee", "employees", "staff", "member", "members", "spokesman",
              "spokesperson", "representative", "representatives", "delegation", "board"}


@lru_cache(maxsize=1)
def lexicon() -> dict:
    data = load_yaml((DATA / "roles.yaml").read_text(encoding="utf-8"))
    en = data["en"]
    ru = data["ru"]
    ranks_en = {}
    for r in en["ranks"]:
        # ("Captain (Navy)": the brackets are tokens of their own, as in the text)
        key = tuple(re.sub(r"([()])", r" \1 ", r.casefold().replace("-", " ")).split())
        # The Russian word order in English ("general-lieutenant") is read as the English rank.
        label = canonical_rank(r)
        if key[:1] == ("general",) and len(key) == 2:
            ranks_en[key] = label or r
        else:  # "General-in-Chief" keeps its hyphens: its canonical label has them
            ranks_en[key] = label if label and "-" in label else r.replace("-", " ")
    return {
        "chain": {w.casefold() for w in en["chain"]},
        "heads": {w.casefold() for w in en["heads"]},
        "ranks_en": ranks_en,
        "rank_words": set(rank_words(("en",))),
        "place_after": {w.casefold() for w in en["place_after"]},
        "roles_ru": {tuple(k.split()): v for k, v in ru["roles"].items()},
        "ranks_ru": {tuple(k.split()): v for k, v in ru["ranks"].items()},
        "place_before": set(ru["place_before"]),
    }


@dataclass(slots=True)
class NameMention:
    start: int
    end: int
    text: str
    normal: str  # nominative (Russian) / as written (English)
    parts: list[str]  # name words of the normal form, initials without dots
    origin: str
    cue: bool = False  # a rank or title stands right before it
    counterpart: bool = False  # "his Turkish counterpart X", "с азербайджанским коллегой X"
    listed: bool = False  # one item of a list of people ("A, B and C")
    role: str | None = None
    role_text: str | None = None
    rank: str | None = None
    rank_text: str | None = None
    country: str | None = None
    country_weak: str | None = None  # from an apposition after the name
    international: bool = False  # the office is an international body's ("CSTO Secretary General"): no state
    person: int | None = None  # index into the article's people
    case: str | None = None  # the grammatical case the name stands in (Russian), when read

    @property
    def is_full(self) -> bool:
        return len(self.parts) >= 2 and not _is_initial(self.parts[0])

    @property
    def surname(self) -> str:
        return self.parts[-1]

    @property
    def initial(self) -> str | None:
        return self.parts[0] if len(self.parts) >= 2 and _is_initial(self.parts[0]) else None


@dataclass(slots=True)
class Person:
    name: str  # canonical English
    native: str
    known: Known | None
    mentions: list[NameMention] = field(default_factory=list)
    full_forms: list[str] = field(default_factory=list)

    def pick(self, attr: str) -> str | None:
        for m in self.mentions:
            v = getattr(m, attr)
            if v:
                return v
        return None

    def pick_role(self) -> str | None:
        """The first office written, unless it is a bare head ("minister Suren Papikyan") and
        another mention names the office in full ("Defence Minister Suren Papikyan"): then that."""
        roles = [m.role for m in self.mentions if m.role]
        if not roles:
            return None
        first = roles[0]
        if len(first.split()) == 1:
            head = first.casefold()
            fuller = next((r for r in roles[1:] if len(r.split()) > 1 and head in r.casefold().split()), None)
            if fuller:
                return fuller
        return first


# Offices and bodies written in capitals before a name ("PM Narendra Modi", "NSA Ajit Doval"):
# not initials of the name.
_TITLE_ACRONYMS = frozenset({"PM", "MP", "FM", "DM", "VP", "HE", "HRH", "CEO", "DG", "NSA", "CDS", "CGS", "COAS", "CNS",
                             "CAS", "IGP", "DIG", "ADG", "MD", "GM", "UN", "EU", "AU", "US", "UK", "MOD", "MFA", "CSTO",
                             "CIS", "SCO", "NATO", "OSCE", "ASEAN", "GCC", "UAE", "USA", "IDF", "PLA", "IRGC", "RT", "TV"})


def _sheikh_name(span) -> bool:
    """"Sheikh Hasina", "Sheikh Mujib": "Sheikh" before one name word alone is part of the name
    (as a title it stands before a full name: "Sheikh Tamim bin Hamad Al Thani")."""
    return len(span) == 2 and span[0].low in ("sheikh", "sheikha") and _name_word(span[1].text)


def _caps_initials(word: str, n_words: int) -> bool:
    """Two or three capitals opening a name of three words or more: the initials of given names."""
    return 2 <= len(word) <= 3 and word.isascii() and word.isalpha() and n_words >= 3 and word not in _TITLE_ACRONYMS


def _is_initial(part: str) -> bool:
    return (len(part) == 1 and part.isalpha() and part.isupper()) or bool(_INITIAL.match(part))


def _is_rank_tok(tok) -> bool:
    """'Colonel', 'Colonel-General', 'Col-Gen', 'Gen': a rank word, whole or abbreviated."""
    lex = lexicon()
    parts = [p for p in re.split(r"[-‐–]", tok.low.rstrip(".")) if p]
    return bool(parts) and all(p in lex["rank_words"] or p in _RANK_ABBR for p in parts)


def _title(role: str) -> str:
    """'military attaché' -> 'Military Attaché'; words already capitalised are kept."""
    words = role.split()
    out = []
    for i, w in enumerate(words):
        if w.islower() and (i == 0 or w not in _SMALL):
            w = w[0].upper() + w[1:]
        out.append(w)
    return " ".join(out)


# --------------------------------------------------------------------------- candidates

def candidates(an: Analysis, countries: list[CountryHit]) -> list[NameMention]:
    """Names in the analysed body: the model's spans, names after a rank or title, full forms."""
    text, lang, ner = an.text, an.lang, an.ner
    toks = list(an.tokens)
    country_spans = [(c.start, c.end) for c in countries]
    other_spans = [(x[1], x[2]) for x in ner if x[0] not in ("PERSON", "PER")]
    out: list[NameMention] = []
    seen: set[tuple[int, int]] = set()
    for item in ner:
        label, start, end = item[0], item[1], item[2]
        if lang == "en" and label == "PERSON":
            start = _extend_left(text, toks, start, country_spans + other_spans)
        normal = item[3] if len(item) > 3 else None
        case = item[4] if len(item) > 4 else None
        if label in ("PERSON", "PER"):
            pat = _PATRONYMIC_AFTER.match(text, end)
            if pat:
                end = pat.end()
                normal = None  # the model's normal form covers only the part it tagged
        if label not in ("PERSON", "PER", "ORG"):
            continue
        if label in ("PERSON", "PER"):
            end = _extend_particles(text, toks, start, end)
        if lang == "en" and label == "PERSON":
            end = _extend_right(text, toks, end, ner, country_spans)
        m = _clean(text, toks, start, end, normal, lang, country_spans, origin=f"{'spacy' if lang == 'en' else 'natasha'}:{label}", case=case)
        if m and any(s <= m.start and m.end <= e and (s, e) != (m.start, m.end) for s, e in seen):
            continue  # "De La Maza" inside "Juan Andres De La Maza Larrain" taken in whole above
        if m and (m.start, m.end) not in seen:
            seen.add((m.start, m.end))
            out.append(m)
    # Names after a rank or title the model missed: "Colonel General Z. Hasanov".
    for m in _cued_names(text, toks, lang, country_spans):
        clash = [a for a in out if a.start <= m.start < a.end or m.start <= a.start < m.end]
        if clash and all(m.start <= a.start and a.end <= m.end and (len(m.parts) > len(a.parts) or _is_org(a)) for a in clash):
            # "Gen. Mateo Quispe" where the model tagged only "Mateo": the longer name after the title
            # wins; so does a name after a title the model called an organisation ("his deputy X").
            out = [a for a in out if a not in clash]
            clash = []
        if not clash:
            out.append(m)
    out.extend(_list_neighbours(text, toks, lang, out, ner, country_spans))
    for m in _possessive_lists(text, toks, lang, countries):
        clash = [a for a in out if a.start < m.end and m.start < a.end]
        if all(m.start <= a.start and a.end <= m.end and not a.origin.endswith((":PERSON", ":PER")) for a in clash):
            # The model called "Finland's Antti Hakkanen" a place or an organisation.
            out = [a for a in out if a not in clash]
            out.append(m)
    out.extend(_full_forms(text, toks, lang, country_spans, out))
    things = named_things(text)
    if things:
        out = [m for m in out if m.text.casefold() not in things and m.normal.casefold() not in things]
    out.sort(key=lambda m: m.start)
    _mark_lists(text, out)
    return out


_NEIGHBOUR = rf"[{_UP}][{_LO}'’-]+(?:[ \t]+[{_UP}][{_LO}'’-]+){{1,2}}"
_NEIGHBOUR_LEFT = re.compile(rf"(?<![\w-])({_NEIGHBOUR})(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)$")
_NEIGHBOUR_RIGHT = re.compile(rf"(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)({_NEIGHBOUR})(?![\w-])(?![ \t]+[{_UP}])")


def _list_neighbours(text, toks, lang, found: list[NameMention], ner, country_spans) -> list[NameMention]:
    """A full name the model left untagged beside a person it tagged, the two joined as a list
    ("his counterparts from Peru and Chile, Ana Ruiz and Luis Vega"): a person too. The span must
    touch no other name, entity the model tagged, or state."""
    if lang != "en":
        return []
    taken = [(x[1], x[2]) for x in ner] + country_spans + [(m.start, m.end) for m in found]
    out: list[NameMention] = []
    for m in found:
        if not m.origin.endswith(":PERSON") or not m.is_full:
            continue
        hits = []
        ms = m.start
        title = re.search(r"(?<![\w'’-])([\w'’]+)\.?[ \t]+$", text[max(0, ms - 20):ms])
        if title and title.group(1).casefold() in (_HONORIFIC | _TITLE_OR_GIVEN):
            ms -= len(title.group(0))  # "A and Don B": the list joins A to the title before B
        left = _NEIGHBOUR_LEFT.search(text, max(0, ms - 80), ms)
        if left:
            hits.append(left.span(1))
        right = _NEIGHBOUR_RIGHT.match(text, m.end)
        if right:
            hits.append(right.span(1))
        for s, e in hits:
            if any(a < e and s < b for a, b in taken):
                continue
            nm = _clean(text, toks, s, e, None, lang, country_spans, origin="rule:list-neighbour")
            if nm is not None and nm.is_full and (nm.start, nm.end) == (s, e) and not _CALENDAR.search(nm.text):
                nm.listed = True
                out.append(nm)
                taken.append((s, e))
    return out


# "Sweden's Pal Jonson, Finland's Antti Hakkanen and Estonia's Hanno Pevkur": a state's name in the
# possessive before each name of a list.
_POSSESSIVE_NAME = re.compile(r"['’]s[ \t]+([A-Z][\w'’-]*(?:[ \t]+(?:(?:bin|al|van|von|de|da|der)[ \t]+)?[A-Z][\w'’-]*){0,5})")
# The list is of people: a plural office or a word for people stands before it in its sentence.
_PEOPLE_PLURAL = re.compile(r"\b(?:ministers|chiefs|counterparts|colleagues|leaders|generals|admirals|commanders|officials|"
                            r"heads|secretaries|envoys|ambassadors|delegates|presidents|premiers|officers|statesmen)\b", re.I)


def _possessive_lists(text, toks, lang, countries: list[CountryHit]) -> list[NameMention]:
    """Names each after a state in the possessive, two or more in one list, in a sentence about
    people ("The ministers, among them Sweden's A B, Finland's C D and Estonia's E F, signed"):
    each is a person, whatever the model called it (a place, an organisation, nothing)."""
    if lang != "en":
        return []
    country_spans = [(c.start, c.end) for c in countries]
    chain = lexicon()["chain"]
    items: list[tuple[CountryHit, NameMention]] = []
    titled: set[int] = set()  # items whose name has its office before it ("Tonga's Defence Minister A B")
    for c in countries:
        if c.kind != "name":
            continue
        mm = _POSSESSIVE_NAME.match(text, c.end)
        if not mm:
            continue
        nm = _clean(text, toks, mm.start(1), mm.end(1), None, lang, country_spans, origin="rule:possessive-list")
        if nm is None or (len(nm.parts) != 1 and not nm.is_full):
            continue
        office = [t for t in toks if mm.start(1) <= t.start and t.end <= nm.start]
        if nm.start == mm.start(1) or (office and all(t.low in chain for t in office)
                                       and any(t.low in lexicon()["heads"] for t in office)):
            if nm.start != mm.start(1):
                titled.add(nm.start)
            items.append((c, nm))
    out: list[NameMention] = []
    run: list[tuple[CountryHit, NameMention]] = []
    for item in [*items, None]:
        if item is not None and run and _LIST_GAP.fullmatch(text[run[-1][1].end:item[0].start]):
            run.append(item)
            continue
        if len(run) >= 2:
            line = text.rfind("\n", 0, run[0][0].start) + 1
            sent = max(text.rfind(". ", line, run[0][0].start) + 1, line)
            # A list of people: a plural office or a word for people before it, or an office before one of its names.
            if _PEOPLE_PLURAL.search(text, sent, run[0][0].start) or any(nm.start in titled for _, nm in run):
                for c, nm in run:
                    nm.listed = True
                    # (a surname alone there, "and Australia's Brennan", is a person as the titled items are)
                    nm.cue = nm.cue or not nm.is_full
                    out.append(nm)
        run = [item] if item is not None else []
    return out


_LIST_GAP = re.compile(r"[ \t]*(?:,[ \t]*(?:and[ \t]+|и[ \t]+)?|and[ \t]+|&[ \t]*|и[ \t]+)")


def _mark_lists(text: str, mentions: list[NameMention]) -> None:
    """A name-shaped span the model called an organisation, standing in a list with a person
    ("Ali Akbar Ahmadian, Mohammad Reza Ashtiani and Abdulaziz Kamilov"): one of the people."""
    for a, b in zip(mentions, mentions[1:]):
        if not _LIST_GAP.fullmatch(text[a.end:b.start]):
            continue
        if _is_org(a) != _is_org(b) and a.is_full and b.is_full:
            (a if _is_org(a) else b).listed = True


_CALENDAR = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|"
                       r"september|october|november|december|today|yesterday|tomorrow", re.I)


def _full_forms(text, toks, lang, country_spans, found: list[NameMention]) -> list[NameMention]:
    """A surname the article uses alone ("Colomina said") also stands, once, after its given name
    where the model saw no name ("… for the Caucasus and Central Asia Javier Colomina"): that full
    form is a mention too, so its title is read. The word before must look like a given name: no
    role, country or function word, no day or month, and never written in lower case in the text."""
    if lang != "en":
        return []
    out: list[NameMention] = []
    singles = {m.text for m in found if len(m.parts) == 1 and _name_word(m.text)}
    for sur in sorted(singles):
        for mm in re.finditer(rf"(?<!\w)([{_UP}][{_LO}’'-]+)[ \t]+" + re.escape(sur) + r"\b", text):
            s, e = mm.start(1), mm.end()
            if any(a.start < e and s < a.end for a in (*found, *out)):
                continue
            given = mm.group(1)
            if _CALENDAR.fullmatch(given) or re.search(r"\b" + re.escape(given.casefold()) + r"\b", text):
                continue
            nm = _clean(text, toks, s, e, None, lang, country_spans, origin="rule:full-form")
            if nm and len(nm.parts) == 2:
                out.append(nm)
    return out


def _clean(text, toks, start, end, normal, lang, country_spans, origin, case=None) -> NameMention | None:
    lex = lexicon()
    nl = text.find("\n", start, end)
    cut = nl if nl > start and text[start:nl].strip() and not hard_wrap(text, nl) else end  # a name stops at a line break
    span = [t for t in toks if t.start >= start and t.end <= cut]
    whole = span
    span = span[_honorific_initials(span):]
    for i in range(len(span) - 2, 0, -1):
        if span[i].low in _HONORIFIC_INSIDE and span[i - 1].text not in ("-", "‐"):
            span = span[i:]  # the title before the honorific goes; the honorific is trimmed below
            break
    # Trim role, rank and function words from the left; possessives and punctuation from the right.
    span = span[_lead_title(span):]
    while span and (span[0].low in lex["chain"] or _is_rank_tok(span[0]) or _in_spans(span[0], country_spans)
                    or span[0].low in _LEAD_ADVERBS or span[0].text in _TITLE_ACRONYMS
                    or (span[0].low in _HONORIFIC and not _sheikh_name(span)) or not span[0].text[0].isalnum()
                    or _ru_role_or_rank(span[0])
                    or (len([t for t in span if t.text != "."]) >= 3 and _near_country(span[0].text, lang))):
        first = span[0].low
        span = span[1:]
        span = span[_honorific_initials(span):]
        if span and span[0].text in ("'", "’"):
            span = span[1:]  # "Dato'"
        if span and (first, span[0].low) in _HONORIFIC_PAIR:
            span = span[1:]
        span = span[_lead_title(span):]
    if len(span) > 2 and (span[0].low, span[1].low) in _HONORIFIC_PAIR:
        span = span[2:]  # "Tan Sri Ahmad"
    if len(span) > 1:
        prev = [t for t in toks if t.end <= span[0].start and t.text not in ("'", "’")][-1:]
        if prev and (prev[0].low, span[0].low) in _HONORIFIC_PAIR:
            span = span[1:]  # the model's "Seri Mohamad Hasan" after "Dato'"
    regnal = _regnal(text, toks, span)
    while span and (span[-1].text in ("’s", "'s") or not span[-1].text[0].isalnum() or span[-1].low in _SUFFIX) and not (span[-1].text == "." and len(span) >= 2 and _is_initial(span[-2].text)):
        if regnal and span[-1] is regnal:
            break
        span = span[:-1]
    if not span or span[-1].low in _HONORIFIC_INSIDE:
        return None  # "Raksha Mantri Shri": a title with no name after it
    if (_credit_before(text, span[0].start) or _byline_line(text, span[0].start, span[-1].end)
            or _reporting_credit_line(text, span[0].start) or _writer_note(text, span[0].start)):
        return None  # "(Photo by Anna Petrenko)", "By Rauf Mammadli", "Jane Roe, Some News": not in the story
    if _memorial_of(text, span[0].start, span[-1].end) or _address_or_monument(text, toks, span):
        return None  # "the monument to Simon Bolivar", "the Ataturk mausoleum": a place, not a person here
    if text[span[0].start:span[-1].end].casefold() in _outlets():
        return None  # "Ria Novosti": an outlet
    words = [t for t in span if t.text != "."]
    # A Malay or Arab name with its father's ("Mohammad Ab Rahman bin Haji Abdul Hamid") runs long.
    chained = any(t.low in _LINEAGE for t in words[1:-1])
    if not words or len(words) > (9 if chained else 6):
        return None
    drop: set[int] = set()  # word indexes left out of the name (a patronymic)
    for i, w in enumerate(words):
        if w.low in _PATRONYMIC and 0 < i < len(words) - 1:
            drop.update({i - 1, i})
    name_words = [w for i, w in enumerate(words) if i not in drop and w.low not in _PARTICLES]
    if len(name_words) > (7 if chained else 4):
        return None
    stop = _stop_words() if lang == "en" else frozenset()
    caps_family = _caps_family(words, origin, country_spans) if lang == "en" else None
    for i, w in enumerate(words):
        if i in drop or (regnal is not None and w is regnal):
            continue
        if _is_initial(w.text):
            if i == len(words) - 1:
                return None  # an initial must precede the surname
            continue
        if w.low in _PARTICLES and 0 < i < len(words) - 1:
            continue
        if w.low in _INSTITUTION or w.low in _VESSEL_IN_NAME:
            return None
        if i == 0 and _caps_initials(w.text, len(words)):
            continue  # "SM Abul Kalam Azad", "AKM Nazrul Islam": initials written as one word
        if i == len(words) - 1 and i > 0 and _given_name_after_family(text, w):
            continue  # "Nakatani Gen said": a Japanese given name, not the abbreviated rank "Gen."
        if caps_family is not None and w is words[caps_family]:
            continue  # "KIHARA Minoru", "Antonio GUTERRES": the family name marked by capitals
        if (not _name_word(w.text) or w.low in lex["chain"] or _is_rank_tok(w) or w.low in _NOT_NAME
                or w.low in stop or _in_spans(w, country_spans)):
            return None
        if w.text.isupper() and len(w.text) > 1:
            return None  # acronyms are not names
        if lang == "en" and _inflected_verb(w.text) and (not origin.endswith(":PERSON") or _title_case_line(text, w.start)):
            return None  # a headline's verb after a title: "Minister Receives Delegation", "Holds Talks"
        if "@" in w.text or any(ch.isdigit() for ch in w.text):
            return None
    prev = [t for t in toks if t.end <= span[0].start][-1:]
    titled = bool(prev) and (prev[0].low in lex["chain"] or prev[0].low in lex["heads"] or _is_rank_tok(prev[0]))
    if len(words) >= 2 and words[-1].text in _STREET_TAIL and not titled:
        return None  # "Kemal Ozdemir Caddesi": a street named after someone (not "Ambassador Anne Sophie Ave")
    if len(words) >= 2 and _outlet_tail(words[-1].text) and not (prev and (prev[0].low in lex["chain"] or _is_rank_tok(prev[0]))):
        return None  # "Selat Wire reported", "according to Kestrel Gazette": a newspaper or a wire, not a person
    s, e = span[0].start, span[-1].end
    glued = _glued_verb(span[-1].text, lang) if len(words) >= 2 else 0
    if glued:
        e = span[-1].start + glued  # "Ivan Frolovsigned the protocol": the name ends before the verb
        start, end, normal = s, e, None
    surface = text[s:e]
    if lang == "en" and _CYR.search(surface):
        return None
    if lang == "en" and _COMPANY_HEAD_AFTER.match(text, e):
        return None  # "Baykar Makina's CEO", "Hanwha Aerospace's vice chairman": a company has a chief executive
    if _place_tail(text, toks, s, e, lang):
        return None  # "the ambassador in Mexico City", "Santo Domingo": the end of a place name
    # Inside a place name: "Heydar Aliyev International Airport", "проспект Гейдара Алиева".
    after = [t for t in toks if t.start >= e][:3]
    if after and after[0].low in lex["place_after"]:
        return None
    # ... or of an institution named after someone, with a word or two between: "the Sir John
    # Doe Defence University", "the Ali Khan Military Academy", "the Rana Singh Naval Base".
    k = 0
    while k < min(2, len(after) - 1) and after[k].text[:1].isupper() and after[k].text.isalpha() and after[k].start - (after[k - 1].end if k else e) <= 1:
        k += 1
        if after[k].low in lex["place_after"] and after[k].text[:1].isupper():
            return None
    before = [t for t in toks if t.end <= s][-2:]
    if before and lang == "ru" and (nlp.lemmas(before[-1].text) & lex["place_before"]):
        return None
    if len(before) == 2 and before[1].text == "." and before[0].low == "им":
        return None  # "Дворец им. Сушмы Сварадж": a place named after someone
    if lang == "ru" and _named_after_ru([t for t in toks if t.end <= s][-8:]):
        return None  # "имени Героя Советского Союза Ильи Пономарева"
    if _vessel_or_title(text, toks, s, e, lang):
        return None  # "the frigate Admiral Grigorovich", "фрегат «Адмирал Горшков»": a ship
    if len(before) == 2 and before[0].low == "named" and before[1].low == "after":
        return None
    if (lang == "en" and len(words) == 1 and len(before) == 2 and before[1].low == "of"
            and (before[0].low in lex["heads"] or before[0].low in _ORG_HEADS)):
        return None  # "the chief technology officer of Baykar", "CEO of Roketsan": a company
    norm = normal if (normal and lang == "ru") else surface
    if caps_family is not None and not glued:
        # The family name marked by capitals goes last, in the case of a name: "KIHARA Minoru" is Minoru Kihara.
        fam = words[caps_family].text
        rest = [w.text for k, w in enumerate(words) if k != caps_family]
        norm = " ".join([*rest, fam[0] + fam[1:].lower()])
    if lang == "ru":
        # The grammar around the name outranks the tagger on foreign names: "с министром …
        # Хулуси Акаром" is instrumental whatever the tag says; "Министр … Салем Хаддад" is not.
        words_ru = surface.split()
        cue_ru = _cue_case(toks, s)
        if (cue_ru and len(words_ru) >= 2 and words_ru[-1][-1:].casefold() in _UNDECLINED_END
                and not _fits(words_ru[-1], cue_ru) and _fits(words_ru[0], cue_ru)):
            # "с послом Фейсалом аль-Шамри": a foreign surname in a vowel does not decline; the given
            # name before it shows the case.
            case = cue_ru
        else:
            case = _pick_case(cue_ru, case, words_ru[-1] if words_ru else "")
    if lang == "ru" and norm == text[start:end]:
        # Natasha could not normalise it (a foreign name): put it in the nominative by its endings.
        if case and case != "Nom":
            norm = _ru_nominative(surface, case)
    elif lang == "ru" and case and case != "Nom" and len(norm.split()) == len(surface.split()):
        # Natasha put some words in the nominative but left foreign ones as written ("Камар
        # Джавед Баджвой", "Хуррамом Дастгир Хан"): put those in the nominative by their endings.
        norm = " ".join(_ru_nominative(n, case) if n == w else n for n, w in zip(norm.split(), surface.split()))
    # Natasha's normal form of a span we trimmed: recompute from the kept words.
    if lang == "ru" and normal and (s, e) != (start, end):
        norm = _ru_normal_subset(text[start:end], normal, surface)
    if lang == "ru":
        norm = _restore_yo(norm, surface)
    if lang == "ru" and (chinese_name(surface) or chinese_name(norm)):
        norm = _chinese_nominative(surface)
    parts = [p for p in re.split(r"[\s.]+", norm) if p]
    if drop:
        norm = _drop_patronymic(norm)
        parts = [p for p in re.split(r"[\s.]+", norm) if p]
    while parts and parts[-1].casefold() in _SUFFIX and not (regnal and parts[-1] == regnal.text):
        parts = parts[:-1]
    if not parts:
        return None
    nm = NameMention(s, e, surface, norm, parts, origin, case=case if lang == "ru" else None)
    # A style of address the model took into the span ("Ratu Inoke Kubuabola", "Sheikh Tamim …", "Dr
    # Aiko Mori"): only a person is so addressed, whatever label the model gave the span.
    nm.cue = any(t.low.rstrip(".") in _ADDRESS for t in whole if t.end <= s) or _honorific_initials(whole) > 0
    return nm


#: The styles of address of a person (each language's forms, the chiefly and noble titles).
_ADDRESS = _HONORIFIC | _HONORIFIC_INSIDE | _TITLE_OR_GIVEN


#: A hard-wrapped line: long, and running on into the next line of the same paragraph.
_WRAP_MIN = 40


#: The heads and the board of a company, after a possessive: no person has a chief executive.
_COMPANY_HEAD_AFTER = re.compile(
    r"['’]s?\s+(?:(?:vice|deputy|executive|acting|former|new|then)[\s-]+)*(?:ceo|cfo|cto|coo|chief\s+executive|"
    r"chief\s+(?:technology|financial|operating|commercial|technical)\s+officer|chairman|chairwoman|chairperson|"
    r"co-?founder|board\s+of\s+directors|board|shareholders?|subsidiary|managing\s+director|general\s+manager|"
    r"president\s+and\s+ceo)\b", re.I)


def _place_tail(text, toks, s: int, e: int, lang: str) -> bool:
    """Whether the words s..e end a place name the gazetteer knows, with one or two words before them
    on the same line ("Mexico City", "Kuwait City", "Ho Chi Minh City")."""
    from generator.extract.places import lookup

    before = [t for t in toks if t.end <= s][-3:]
    start = s
    for t in reversed(before):
        if text[t.end:start].strip() or "\n" in text[t.end:start] or not t.text[:1].isupper():
            break
        start = t.start
        if lookup(text[start:e], lang) is not None:
            return True
    return False


def hard_wrap(text: str, nl: int) -> bool:
    """Whether the line break at `nl` wraps a paragraph of a page with hard line breaks ("... Defence
    Minister Mariusz\nBlaszczak met ..."): the line before is of a paragraph's width and stops in mid
    sentence, and the next line goes on with the same sentence (it is not blank, it is as wide or it
    ends the sentence). A heading, a byline or a menu item is a short line and keeps its break."""
    if nl < 0 or nl >= len(text) or text[nl] != "\n":
        return False
    a = text.rfind("\n", 0, nl) + 1
    line = text[a:nl].rstrip()
    if len(line) < _WRAP_MIN or line[-1:] in ".!?:;»\"”|":
        return False
    b = text.find("\n", nl + 1)
    nxt = text[nl + 1:b if b >= 0 else len(text)].strip()
    if not nxt or not nxt[0].isalpha():
        return False
    return len(nxt) >= _WRAP_MIN or nxt[-1:] in ".!?»\"”"


def _caps_family(words, origin: str, country_spans) -> int | None:
    """The index of a family name written in capitals, the way official lists and the Japanese government
    mark it ("KIHARA Minoru", "Antonio GUTERRES"): a name the model tags as a person, of two or three words,
    one of them (the first or the last) all capitals of two letters or more, not an office's or a body's
    initials, the others ordinary name words. None for any other name."""
    if not origin.endswith((":PERSON", ":PER")) or not 2 <= len(words) <= 3:
        return None
    caps = [k for k, w in enumerate(words) if w.text.isalpha() and w.text.isupper() and len(w.text) >= 2]
    if len(caps) != 1 or caps[0] not in (0, len(words) - 1):
        return None
    w = words[caps[0]]
    if w.text in _TITLE_ACRONYMS or _ROMAN.fullmatch(w.text) or _in_spans(w, country_spans) \
            or (caps[0] == 0 and _caps_initials(w.text, len(words))):
        return None
    if not all(_name_word(x.text) for k, x in enumerate(words) if k != caps[0]):
        return None
    return caps[0]


_LINEAGE = {"bin", "binti", "bint", "ibn", "ben", "бин", "бинт", "ибн"}
# Abbreviated ranks that are also given names written after the family name ("Nakatani Gen").
_RANK_AS_GIVEN = {"gen", "maj", "col"}


def _given_name_after_family(text: str, w) -> bool:
    """The last word of a name is an abbreviated rank's letters but stands as a given name: no
    full stop after it and no capitalised word after it ("Minister Nakatani Gen, who …"), where
    the rank would stand before a name ("Gen. Ali", "Gen Ali Khan")."""
    if w.low not in _RANK_AS_GIVEN or not w.text[:1].isupper() or not w.text[1:].islower():
        return False
    nxt = re.match(r"[ \t]*(\S)", text[w.end:w.end + 20])
    return nxt is None or not (nxt.group(1) == "." or nxt.group(1).isupper())


_CN_CASE_SOFT = ("ем", "ём", "ю", "я", "е")  # "Цзюнем", "Цзюню", "Цзюня", "Цзюне" of "Цзюнь"
_CN_CASE_HARD = ("ом", "у", "а", "е")  # "Цзяном", "Цзяну", "Цзяна", "Цзяне" of "Цзян"


def _chinese_nominative(surface: str) -> str:
    """A Chinese name in Russian in the nominative. Russian declines its last syllable like a
    Russian noun ("Дун Цзюню", "Ван Цзяном"), but Russian endings do not fit Chinese names: a
    final "-ю" or "-у" may itself be a syllable ("Ли Шанфу", "Чжан Юся"). Of the readings (as
    written; the stem with "ь"; the bare stem) the one that spells the fewest Chinese syllables
    wins, the form as written on a tie: "Цзюню" is "Цзюнь" (jun), not jiu + niu."""
    words = surface.split()
    if len(words) < 2:
        return surface
    last = words[-1]
    low = last.casefold()
    options = [last]
    for end in _CN_CASE_SOFT:
        if low.endswith(end) and len(low) > len(end) + 1:
            options.append(last[: -len(end)] + "ь")
    for end in _CN_CASE_HARD:
        if low.endswith(end) and len(low) > len(end) + 1:
            options.append(last[: -len(end)])
    scored = [(n, k) for k, w in enumerate(options) if (n := palladius_syllables(w)) is not None]
    if not scored:
        return surface
    best = options[min(scored)[1]]
    return " ".join([*words[:-1], best])


# Verbs of a report that scraping glues to the name before them ("Frolovsigned",
# "Фроловподписали"): the name ends where the verb begins.
_GLUED_EN = ("said", "says", "signed", "noted", "stressed", "added", "visited", "received", "thanked", "discussed",
             "announced", "emphasized", "emphasised", "expressed", "welcomed", "underlined", "highlighted",
             "attended", "arrived", "hosted", "stated", "told", "held")
_GLUED_RU = frozenset({"сказать", "подписать", "отметить", "заявить", "подчеркнуть", "встретиться", "провести",
                       "принять", "посетить", "обсудить", "поблагодарить", "прибыть", "выразить", "сообщить",
                       "добавить", "вручить", "возглавить", "передать"})


def _glued_verb(word: str, lang: str) -> int:
    """Where a reporting verb glued to the end of a name word begins, or 0."""
    if lang == "en":
        low = word.casefold()
        for v in _GLUED_EN:
            if low.endswith(v) and len(low) - len(v) >= 3:
                return len(word) - len(v)
        return 0
    for i in range(3, len(word) - 4):
        rest = word[i:]
        if rest.islower() and nlp.lemmas(rest) & _GLUED_RU and any(
                p.tag.POS in ("VERB", "INFN") and p.is_known for p in nlp.morph().parse(rest)):
            return i
    return 0


_ROYAL = {"king", "queen", "emperor", "empress", "sultan", "pope", "tsar", "shah", "emir", "majesty", "highness",
          "король", "королева", "короля", "королю", "королем", "королём", "короле", "королевы", "император", "императора",
          "императором", "султан", "эмир", "папа", "величество"}
_ROMAN = re.compile(r"(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI)$")


def _regnal(text, toks, span):
    """The numeral of a regnal name ("King Abdullah II", "король Карл III") belongs to the name: a
    single given name with a Roman numeral after a royal title. Returns the numeral's token."""
    words = [t for t in span if t.text[:1].isalnum()]
    if not words or not _ROMAN.fullmatch(words[-1].text):
        return None
    given = [t for t in words[:-1] if t.low not in _ROYAL]
    if len(given) != 1:
        return None
    before = [t for t in toks if t.end <= given[0].start][-2:]
    if len(before) == 2 and before[1].text[:1].isupper() and before[1].low not in _ROYAL:
        before = before[:1]  # the state between: "король Иордании Абдалла II", "King of Jordan Abdullah II"
    return words[-1] if before and before[-1].low in _ROYAL else None


def _named_after_ru(before) -> bool:
    """The name follows "имени" / "им." across a title or rank in front of it ("академия имени
    Героя Советского Союза …", "училище им. генерала армии …"): a place or body named after someone."""
    k = len(before)
    while k > 0 and (before[k - 1].text[:1].isupper() or _ru_rank(before[k - 1])
                     or before[k - 1].low in ("армии", "флота", "авиации")):
        k -= 1
    if k == len(before) or k == 0:
        return False
    return before[k - 1].low == "имени" or (before[k - 1].text == "." and k > 1 and before[k - 2].low == "им")


def _restore_yo(norm: str, surface: str) -> str:
    """The model's nominative writes ё as е ("Мирзиёев" -> "Мирзиеев"): put back the text's ё."""
    if "ё" not in surface.casefold():
        return norm
    out = []
    for nw, sw in zip(norm.split(), surface.split()):
        out.append("".join(c if (c in "ёЁ" and i < len(nw) and nw[i] in "еЕ") else (nw[i] if i < len(nw) else "")
                           for i, c in enumerate(sw)) + nw[len(sw):] if "ё" in sw.casefold() else nw)
    return " ".join(out) if len(out) == len(norm.split()) else norm


@lru_cache(maxsize=4096)
def _near_country(word: str, lang: str) -> bool:
    """A country's name misspelt, which the country index could not match ("Kyrgzystan",
    "Кыргзыстана" for Kyrgyzstan) and the model took into a name: a word of six letters or more
    within a small edit of a one-word country name or demonym. Only trimmed from the front of a
    name of three words or more, so a given name near a country ("Armen") is never lost."""
    if len(word) < 6 or not word[:1].isupper():
        return False
    from rapidfuzz import fuzz, process

    from generator.reference.countries import index

    ix = index()
    if lang == "ru" and _CYR.search(word):
        keys, probe = [k[0] for k in ix.ru if len(k) == 1], nlp.lemma(word)
    else:
        keys, probe = [k[0] for k in ix.en if len(k) == 1], word.casefold()
    keys = [k for k in keys if len(k) >= 6]
    return process.extractOne(probe, keys, scorer=fuzz.ratio, score_cutoff=88) is not None


# Ships are named after people, often with the rank: "the frigate Admiral Grigorovich".
_VESSEL = {"frigate", "corvette", "destroyer", "cruiser", "submarine", "carrier", "aircraft-carrier", "ship", "warship",
           "vessel", "boat", "icebreaker", "tanker", "minesweeper", "uss", "hms", "ins", "tcg", "pns", "rfs", "hmas",
           "hmcs", "aboard", "onboard", "фрегат", "корвет", "эсминец", "крейсер", "корабль", "судно", "подлодка", "лодка", "авианосец",
           "ледокол", "танкер", "тральщик", "сторожевик", "бдк"}
# Words no name holds ("Pakistan Navy Ship Saif", "INS Kolkata"): a ship's.
_VESSEL_IN_NAME = {"ship", "frigate", "corvette", "destroyer", "cruiser", "submarine", "warship", "vessel", "icebreaker",
                   "minesweeper", "uss", "hms", "ins", "tcg", "pns", "rfs", "hmas", "hmcs"}
_QUOTE_OPEN = re.compile(r"[«“„\"]\s*(?:[\w.-]+[ \t]+){0,2}$")
_QUOTE_CLOSE = re.compile(r"\s*[»”\"]")


def _vessel_or_title(text: str, toks, s: int, e: int, lang: str) -> bool:
    """The name is a ship's or a title's: a vessel word stands right before it (ranks and a
    quote mark between are allowed: "the corvette Admiral Makarov", "фрегата «Адмирал
    Горшков»"), or it stands alone inside quotation marks ("«Адмирал Кузнецов»")."""
    if _QUOTE_OPEN.search(text[max(0, s - 40):s]) and _QUOTE_CLOSE.match(text, e):
        opened = _QUOTE_OPEN.search(text[max(0, s - 40):s])
        inner = text[max(0, s - 40) + opened.start() + 1:s].split()
        if all(_is_rank_word(w) for w in inner):
            return True
    before = [t for t in toks if t.end <= s][-5:]
    while before and (_is_rank_tok(before[-1]) or _ru_rank(before[-1]) or before[-1].text in "«“„\"'"
                      or before[-1].low == "the"):
        before = before[:-1]
    if len(before) >= 2 and before[-1].text[:1].isupper() and before[-2].low in ("aboard", "onboard", "the"):
        before = before[:-1] if before[-2].low != "the" else before[:-2]  # "aboard the Sultan Mehmet Fatih"
    if not before:
        return False
    last = before[-1]
    if lang == "ru" and _CYR.search(last.text):
        return bool(nlp.lemmas(last.text) & _VESSEL)
    return last.low in _VESSEL


def _is_rank_word(word: str) -> bool:
    low = word.casefold().strip(".")
    parts = [p for p in re.split(r"[-‐–]", low) if p]
    if parts and all(p in lexicon()["rank_words"] or p in _RANK_ABBR for p in parts):
        return True
    return bool(_CYR.search(word)) and any(k[0] in nlp.lemmas(word) for k in lexicon()["ranks_ru"])


def _ru_rank(tok) -> bool:
    return bool(_CYR.search(tok.text)) and any(k[0] in nlp.lemmas(tok.text) for k in lexicon()["ranks_ru"])


def _drop_patronymic(name: str) -> str:
    words = name.split()
    keep = [w for i, w in enumerate(words)
            if w.casefold() not in _PATRONYMIC and not (0 < i and i + 1 < len(words) - 1 and words[i + 1].casefold() in _PATRONYMIC)]
    return " ".join(keep)


def _honorific_initials(span) -> int:
    """How many leading tokens spell His Excellency in initials ('H E Dr Khalid', 'H.E. Khalid')."""
    texts = [t.text for t in span[:5]]
    for shape in (["H", ".", "E", "."], ["H", "E"], ["HE"]):
        if texts[:len(shape)] == shape and len(span) > len(shape) + 1:
            return len(shape)
    return 0


@lru_cache(maxsize=2)
def _lemma_class(probe_a: str, probe_b: str) -> frozenset[str]:
    """The lemmas of the WordNet word class (from the lemmatizer tables the spaCy model ships; nothing
    downloads) that holds both probe words. Empty when the tables cannot be read: the check then passes every word."""
    try:
        from generator.nlp.spacy_files import lemma_index  # read without importing spaCy

        for words in lemma_index() or ():
            if probe_a in words and probe_b in words:
                return frozenset(words)
    except Exception:  # a model without the tables: no check
        return frozenset()
    return frozenset()


def _english_nouns() -> frozenset[str]:
    """English noun lemmas (WordNet's)."""
    return _lemma_class("production", "ministry")


def _english_verbs() -> frozenset[str]:
    """English verb lemmas (WordNet's)."""
    return _lemma_class("receive", "meet")


def _title_case_line(text: str, pos: int) -> bool:
    """The line around ``pos`` is written in Title Case, as headlines are."""
    start = text.rfind("\n", max(0, pos - 200), pos) + 1 or max(0, pos - 200)
    end = text.find("\n", pos, pos + 200)
    line = text[start:end if end >= 0 else pos + 200]
    if len(line.strip()) > 200:
        return False  # a paragraph, not a headline
    # Content words only: Title Case leaves "from", "with", "over" in lower case, and a sentence
    # of prose full of names still has a lower-case content word ("Army chief Gen …").
    stop = _stop_words()
    words = [w for w in re.findall(r"[^\W\d_]+", line) if len(w) > 3 and w.casefold() not in stop]
    return len(words) >= 3 and all(w[0].isupper() for w in words)


def _inflected_verb(word: str) -> bool:
    """'Meets', 'Receives', 'Hosted', 'Signing': a verb form, as in a Title Case headline
    ("Defense Minister Receives Delegation"), not a name."""
    low = word.casefold()
    verbs = _english_verbs()
    for suffix, add in (("ies", "y"), ("es", ""), ("es", "e"), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e")):
        base = low[: -len(suffix)] + add
        if len(base) < (3 if suffix == "s" else 4):
            continue  # "Hamed" is no "ham" + ed, "James" no "jam" + es
        if low.endswith(suffix) and base in verbs:
            return True
    return False


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    """English function words ("Had Meetings" is no name), less those that are also names."""
    from generator.nlp.spacy_files import stop_words  # read without importing spaCy

    return stop_words("en") - {"may", "will", "bill", "rose", "mark", "amount", "per"}


_CREDIT_LINE = re.compile(r"\s*(?:[(\[]\s*)?(?:photo(?:graph)?s?(?:\s+credit)?|image(?:\s+source)?|picture|credit|©|"
                          r"фото|источник\s+(?:изображения|фото)|изображение)\b\s*(?:by|:|©)", re.IGNORECASE)


_NAME_ITEM = r"[A-ZА-ЯЁ][\w’'-]+(?:[ \t]+[A-ZА-ЯЁ][\w’'.-]+){1,2}"
_NAMES_LINE = re.compile(rf"[ \t]*{_NAME_ITEM}(?:[ \t]*(?:,|&|\band\b|\bи\b)[ \t]*{_NAME_ITEM})+[ \t]*")


def _names_line(text: str, start: int, end: int) -> bool:
    """A line that is only a list of two or more names ("Jane Roe, John Doe", "Анна Петрова и
    Олег Сидоров"), without a verb or a full stop: the credit of the writers, not a story."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return len(line) <= 120 and bool(_NAMES_LINE.fullmatch(line))


# A writer's post after the name on a line of its own: "Dr Jane Roe, Senior Fellow at …".
_WRITER_POST = re.compile(r"(?:,|\||–|—|-)\s*(?:(?:senior|research|visiting|non-?resident|associate|adjunct|distinguished|"
                          r"assistant|principal|independent|political|defen[cs]e|security|military)\s+)*"
                          r"(?:fellow|analyst|researcher|research\s+fellow|professor|lecturer|columnist|commentator|"
                          r"expert|scholar|contributor)\b", re.IGNORECASE)


def _byline_line(text: str, start: int, end: int) -> bool:
    """A line that is only a name and an outlet: "Jane Roe, Some News English", "Jane Roe | Agency";
    or only names (see ``_names_line``)."""
    if _names_line(text, start, end):
        return True
    line_start = text.rfind("\n", max(0, start - 200), start) + 1
    lead = text[line_start:start].strip()
    if (lead and not re.fullmatch(r"(?i:by|dr\.?|prof\.?|professor)(?:\s+(?i:dr\.?|prof\.?))?", lead)) or (line_start == 0 and start > 200):
        return False
    line_end = text.find("\n", end, end + 200)
    if line_end < 0:
        if len(text) - end > 200:
            return False
        line_end = len(text)
    rest = text[end:line_end].strip()
    if _WRITER_POST.match(rest):
        return True  # "Dr Jane Roe, Senior Fellow at the … Institute": the writer of an analysis
    m = re.fullmatch(r"(?:,|\||–|—|-|/)\s*(.{2,40})", rest)
    return bool(m) and (m.group(1).strip(" .:").casefold() in _outlets()
                        or any(w.casefold().strip(".:") in _INSTITUTION for w in m.group(1).split())
                        # "Jane Roe, Dhaka correspondent", "John Doe, staff reporter": the writer
                        or bool(re.search(rf"\b(?:{_JOURNALIST}|bureau[ \t]+chief|корреспондент\w*|обозревател\w*)\W*$",
                                          m.group(1), re.IGNORECASE)))


@lru_cache(maxsize=1)
def _outlets() -> frozenset[str]:
    """Outlet names and aliases from ``data/sources.yaml`` (lower case): an outlet is no person."""
    try:
        data = load_yaml((DATA / "sources.yaml").read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError):
        return frozenset()
    rows = data.get("outlets", []) if isinstance(data, dict) else data
    out: set[str] = set()
    for o in rows or []:
        if isinstance(o, dict):
            for k in ("name", "id"):
                if isinstance(o.get(k), str):
                    out.add(o[k].casefold())
            for k in ("aliases", "handles"):
                out.update(str(x).casefold() for x in (o.get(k) or []) if isinstance(x, (str, int)))
    return frozenset(out)


_CREDIT_GLUE = {"and", "by", "via", "courtesy", "of", "the", "for", "from", "и"}
#: The words of a picture's credit (who took it, from where): a line with one is a credit, not a caption.
_CREDIT_WORDS = {"photographer", "photographers", "photo", "photos", "photograph", "picture", "pictures", "image", "images",
                 "file", "archive", "archives", "staff", "handout", "pool", "press", "service", "office", "agency",
                 "фотограф", "фото", "снимок", "архив", "пресс", "служба", "службы", "служб", "агентство"}


def _caption_words(between: str) -> bool:
    """The words between a "Photo:" label and a name tell a caption, not a credit: an office, a rank or a
    word of prose ("Photo: Defence Minister X with Ambassador Y during their meeting"; not "Photo: Jane
    Roe and John Doe", "Photo: Reuters/Jane Roe")."""
    lex = lexicon()
    words = re.findall(r"[^\W\d_]+", between)
    if any(w.casefold() in _CREDIT_WORDS for w in words):
        return False  # "Photo: staff photographer Jane Roe", «Фото: пресс-служба, Иван Петров»
    for w in words:
        low = w.casefold()
        if low in _CREDIT_GLUE:
            continue
        if low in lex["chain"] or low in lex["heads"] or low in lex["rank_words"] or w.islower():
            return True
    return False


def _credit_before(text: str, start: int) -> bool:
    line_start = text.rfind("\n", max(0, start - 300), start) + 1 or max(0, start - 300)
    prefix = text[line_start:start]
    # A credit ends with its sentence: "Photo: Agency/Jane Roe. Defence Secretary John Doe met …".
    ends = list(re.finditer(r"(?<=[a-zа-яё]{2})[.!?…]\s+(?=[A-ZА-ЯЁ])", prefix))  # not after an initial
    if ends:
        prefix = prefix[ends[-1].end():]
    if re.fullmatch(r"\s*(?:(?:written|reported|compiled|edited|posted|story|text|words|report)\s+)?by\s*:?\s*|"
                    r"\s*(?:автор|текст|фото|подготовил[аи]?)\s*:?\s*", prefix, re.IGNORECASE):
        return True  # a byline or credit line: "By Ali Mustafayev – Trend", "Автор: …"
    label = _CREDIT_LINE.match(prefix)
    if label and (re.search(r"(?i)credit|source|источник|©", label.group(0)) or not _caption_words(prefix[label.end():])):
        # "Источник изображения: twitter …", "Photo: …": the whole line is a credit (a "Photo:" label
        # before an office and prose is a caption: "Photo: Defence Minister X with Ambassador Y")
        return True
    return bool(_CREDIT.search(prefix[-30:]))


_REPORTING_BY = re.compile(
    r"\s*[(\[]?\s*(?:additional\s+|further\s+)?(?:reporting|writing|editing|edited|compiled|translated|"
    r"translation|research|graphics?|fact[- ]checking)\s+by\b|"
    r"\s*[(\[]?\s*(?:при\s+участии|репортаж|редактор|редактирование|перевод|подготовил[аи]?|по\s+материалам)\b",
    re.IGNORECASE)
_CAP_WORDS = r"[A-ZА-ЯЁ][\w’'.-]+(?:[ \t]+(?:[A-ZА-ЯЁ][\w’'.-]+|de|da|del|dos|van|von|al|bin))*"
_REPORTED_FROM = re.compile(
    rf"\s*[(\[]?\s*{_CAP_WORDS}[ \t]+(?:reported|wrote|contributed)[ \t]+(?:from|in)[ \t]+{_CAP_WORDS}"
    rf"(?:[ \t]*[;,][ \t]*(?:and[ \t]+)?{_CAP_WORDS}(?:[ \t]+(?:reported|wrote|contributed))?[ \t]+(?:from|in)"
    rf"[ \t]+{_CAP_WORDS})*[ \t]*[.;)\]]*[ \t]*")
# The writers' closing credit, clause by clause: "Jane Roe reports from Quito; John Doe is a
# freelance journalist based in Lima." Every clause of the line must be such a credit.
_JOURNALIST = (r"(?:journalist|reporter|correspondent|writer|editor|columnist|contributor|photographer|photojournalist|"
               r"stringer|producer|blogger)s?")
_CREDIT_CLAUSE = re.compile(
    rf"[ \t]*(?:and[ \t]+)?{_CAP_WORDS}[ \t]+(?:"
    rf"(?:(?:reports|is[ \t]+reporting|has[ \t]+been[ \t]+reporting)[ \t]+(?:from|in)|(?:reported|wrote)[ \t]+from|"
    rf"writes[ \t]+(?:from|in|for|about)|contributed[ \t]+(?:from|in|to[ \t]+this))[ \t]+[^;.]{{1,80}}|"
    rf"(?:is|was)[ \t]+(?:an?|the)[ \t]+(?:[\w-]+[ \t]+){{0,4}}?{_JOURNALIST}\b[^;.]{{0,100}})[ \t]*(?:[;.]|$)")


_MEMORIAL_BEFORE = re.compile(
    r"\b(?:monument|memorial|statue|bust|mausoleum|tomb|grave|shrine|cenotaph|plaque)s?\s+(?:to|of|for)\s+"
    r"(?:the\s+)?(?:(?:late|great|national\s+hero|hero|general|marshal|admiral|president|king|queen|emperor|"
    r"sultan|sheikh|prince|founder|father\s+of\s+the\s+nation)\s+)*$|"
    r"\b(?:named|renamed)\s+(?:after|for)\s+(?:the\s+)?(?:late\s+)?$|"
    r"(?:памятник|мемориал|монумент|обелиск|мавзоле|бюст|могил|барельеф|мемориальн\w+\s+доск|улиц|проспект|площад)\w*\s+"
    r"(?:(?:маршал|генерал|адмирал|президент|геро|основател|поэт|писател|полководц)\w*\s+)*$",
    re.IGNORECASE)
_MEMORIAL_AFTER = re.compile(
    r"[ \t]*(?:['’]s[ \t]+)?(?:mausoleum|memorial|monument|statue|tomb|square|street|avenue|boulevard|"
    r"(?:international[ \t]+)?airport)\b|"
    # (and, written with a capital, a street word that follows the name: "Marlow Road", "Ataturk Caddesi")
    r"(?-i:[ \t]+(?:Road|Lane|Drive|Highway|Plaza|Rd|Ave|Blvd|Caddesi|Cad|Sokak|Sokağı|Bulvarı|Straße|Strasse|"
    r"Platz|Gasse|Marg)\b)", re.IGNORECASE)
# The same words closing the span itself: "Kemal Ozdemir Caddesi", "Nelson Mandela Road" ("Lane" and
# "Drive" are family names too, inside a span).
_STREET_TAIL = {"Road", "Rd", "Highway", "Boulevard", "Blvd", "Avenue", "Ave", "Street", "Caddesi", "Cad", "Sokak",
                "Sokağı", "Bulvarı", "Straße", "Strasse", "Platz", "Gasse", "Marg"}


# A street or square word before a name, in the languages whose addresses put it first (Malay and
# Indonesian, Spanish, Portuguese, French, Italian, Polish, Thai and Vietnamese in Latin letters, Russian
# in transliteration), whole or abbreviated: "Jalan Medan Merdeka Barat", "Jl. Sudirman", "Avenida
# Libertador", "Av. Paulista", "Calle Bolivar", "Rua Augusta", "Rue de Rivoli", "Piazza Venezia".
_STREET_HEAD = {"jalan", "jln", "jl", "lorong", "lebuh", "lebuhraya", "persiaran", "lingkungan",
                "avenida", "avda", "av", "calle", "c", "carrera", "paseo", "camino", "carretera", "plaza", "glorieta",
                "rua", "travessa", "praça", "praca", "largo", "alameda", "estrada", "rodovia", "rue", "boulevard",
                "bd", "bvd", "blvd", "quai", "place", "chaussée", "allée", "via", "viale", "piazza", "piazzale",
                "corso", "vicolo", "ulica", "ul", "aleja", "al", "plac", "ulitsa", "prospekt", "ploshchad", "pereulok",
                "thanon", "soi", "đường", "duong", "phố", "pho", "ngõ"}
# The short ones are street words only with their dot ("Al." for aleja; "Al Thani" is a name).
_STREET_ABBR = {"c", "al", "ul", "av", "bd", "jl", "jln", "avda"}
# Street words that are family names too ("Joseph Estrada", "Estrada Cabrera"): a street only before the
# span ("on Estrada da Luz"), never as its first word.
_STREET_OR_NAME = {"estrada", "carrera", "alameda", "corso", "largo", "plaza", "camino", "place", "paseo", "via"}
# A monument, a grave or a street word as the first word of a span the model called a person:
# "Мавзолею Хо Ши Мина", "Памятник Тарасу Шевченко", "Mausoleum Ho Chi Minh".
_MONUMENT_HEAD = re.compile(r"(?:mausoleum|memorial|monument|statue|tomb|grave|shrine|cenotaph|bust|obelisk|"
                            r"мавзоле|памятник|монумент|мемориал|могил|бюст|обелиск|барельеф|стел[аеыу]|"
                            r"улиц|проспект|переул|бульвар|площад|набережн|шоссе|проезд)\w*$", re.IGNORECASE)
# Before the name: "на ул. Ленина", "по пр-ту Независимости", "на просп. Мира", "на пл. Победы".
_STREET_ABBR_RU = re.compile(r"(?:(?<!\w)(?:ул|пр|просп|пер|пл|наб|б-р)\.|(?<!\w)пр-т\w*|(?<!\w)б-р)[ \t]*$", re.IGNORECASE)


# The nouns that end a newspaper's, a wire's or a broadcaster's name, in English and in Russian ("Selat
# Wire", "Harbour Post", "Kestrel Gazette", "Northbay Herald", «Минский Вестник», «Вечерние Новости»).
# (Not "Sun", "Star" or "Nation": family names too.)
_OUTLET_TAIL_EN = {"Wire", "Newswire", "Post", "Times", "Daily", "Weekly", "Gazette", "Herald", "News", "Tribune", "Journal",
                   "Courier", "Chronicle", "Telegraph", "Observer", "Inquirer", "Monitor", "Dispatch", "Bulletin",
                   "Express", "Mirror", "Sentinel", "Examiner", "Register", "Recorder", "Mail", "Globe", "Digest",
                   "Insider", "Today", "Review", "Agency", "Press", "Media", "Online", "TV", "Radio", "Television",
                   "Broadcasting", "Newspaper", "Magazine"}
_OUTLET_TAIL_RU = re.compile(r"(?:вестник(?:а|у|ом|е)?|газет(?:а|ы|е|у|ой)|новост(?:и|ей|ям|ями|ях)|ведомост(?:и|ей|ям|ях)|"
                             r"известия|известий|правд(?:а|ы|е|у|ой)|курьер(?:а|у|ом|е)?|экспресс(?:а|у|ом|е)?|"
                             r"обозрени(?:е|я|ю|ем)|хроник(?:а|и|е|у|ой)|телеграф(?:а|у|ом|е)?|таймс|ньюс|пресс|медиа|информ)",
                             re.IGNORECASE)


def _outlet_tail(word: str) -> bool:
    return word in _OUTLET_TAIL_EN or bool(_CYR.search(word) and word[:1].isupper() and _OUTLET_TAIL_RU.fullmatch(word))


def _address_or_monument(text: str, toks, span) -> bool:
    """The span is a street, a square or a monument, not a person: its first word is a street or
    monument word ("Jalan Medan Merdeka Barat", "Rua Augusta", "Мавзолею Хо Ши Мина"), or one stands
    right before it with at most a house number and a particle between ("at 12 Avenida Libertador",
    "on Av. Paulista", "на ул. Фрунзе")."""
    first = span[0].text.rstrip(".").casefold()
    dotted = span[0].text.endswith(".") or (len(span) > 1 and span[1].text == ".")
    if len(span) > 1 and ((first in _STREET_HEAD and first not in _STREET_OR_NAME and (first not in _STREET_ABBR or dotted))
                          or _MONUMENT_HEAD.match(first)):
        return True
    head = text[max(0, span[0].start - 40):span[0].start]
    if _STREET_ABBR_RU.search(head):
        return True
    m = re.search(r"(?<![\w.])([\w\u00C0-\u024F]+)(\.?)[ \t]+(?:(?:de|del|da|do|dos|das|la|los|las|di|della)[ \t]+)?$", head)
    if not m:
        return False
    word = m.group(1)
    if word.casefold() not in _STREET_HEAD or not word[:1].isupper():
        return False  # "a meeting via Minister X" is no address; the street word is written with a capital
    return word.casefold() not in _STREET_ABBR or m.group(2) == "."  # an abbreviation with its dot: "Av.", "Jl."


def _memorial_of(text: str, start: int, end: int) -> bool:
    """The name is that of a monument, tomb, street or square ("laid flowers at the monument to
    Simon Bolivar", "the Ataturk Mausoleum", "возложил цветы к памятнику Симону Боливару"): the
    person it honours is not a person of the article."""
    return bool(_MEMORIAL_BEFORE.search(text[max(0, start - 80):start])
                or _MEMORIAL_AFTER.match(text, end))


_THING_NAME = r"([A-ZА-ЯЁ][\w’'-]+(?:[ \t]+[A-ZА-ЯЁ][\w’'-]+){0,3})"
_EXERCISE_WORD = r"(?:exercises?|drills?|manoeuvres|maneuvers|war[ \t]+games|wargames)"
_EXERCISE_ADJ = r"(?:multinational|joint|military|naval|peacekeeping|command-staff|field|tactical|annual|international)"
_OUTLET_HEADS = (r"(?:Post|Times|News|Herald|Tribune|Gazette|Journal|Courier|Express|Observer|Telegraph|Chronicle|"
                 r"Inquirer|Standard|Daily|Weekly|Monitor|Agency|Press|Media|Television|TV|Radio|Online|Today|Review)")
# Ship prefixes: "INS Vikrant", "PNS Tughril", "HMS Kent" (written in capitals).
_SHIP_PREFIX = r"INS|PNS|USS|HMS|TCG|HMAS|HMCS|HMNZS|RFS|KRI|BNS|SLNS|ROKS|HTMS|RSS|BRP|HNLMS|FGS|NRP|ESPS|HDMS|HNoMS|HSwMS|ORP|ENS|RNOV|HMAV"
# Words after a vessel word that start no ship's name ("the ship's Captain", "the vessel The").
_VESSEL_NOT_NAME = r"The|A|An|Captain|Commander|Admiral|On|In|At|Of|And|Was|Is|With|From|For|To"
_THINGS = [
    # an exercise: "the exercise Steppe Guardian", "Steppe Guardian 2024 exercise", "учения «…»"
    re.compile(rf"\b(?i:{_EXERCISE_WORD}[ \t]+(?:called[ \t]+|named[ \t]+|code-?named[ \t]+)?)[«\"“]?{_THING_NAME}"),
    # (after the name, only with an article or a year before the word, or the word in the singular:
    # "Putin exercises control" is a verb)
    re.compile(rf"\b(?i:the|a|an)[ \t]+[«\"“]?{_THING_NAME}[»\"”]?(?:[ \t]*[-–]?[ \t]*(?:19|20)\d\d)?[ \t]+"
               rf"(?:{_EXERCISE_ADJ}[ \t]+)*{_EXERCISE_WORD}\b"),
    re.compile(rf"\b{_THING_NAME}[»\"”]?[ \t]*[-–]?[ \t]*(?:19|20)\d\d[ \t]+(?:{_EXERCISE_ADJ}[ \t]+)*{_EXERCISE_WORD}\b"),
    re.compile(rf"\b{_THING_NAME}[»\"”]?[ \t]+(?:{_EXERCISE_ADJ}[ \t]+)*(?:exercise|drill|war[ \t]+game)\b"),
    re.compile(rf"\b(?:Exercise|Operation)[ \t]+[«\"“]?{_THING_NAME}"),
    # (Russian: a quoted name or one word only: "губернатор области Иван Петров" is a person)
    re.compile(r"(?i:учени[яйе]\w*|манёвр\w*|маневр\w*|операци[яиюей])[ \t]+(?:[«\"“]([^»\"”\n]{2,40})[»\"”]|([A-ZА-ЯЁ][\w-]+)(?![\w-])(?![ \t]+[A-ZА-ЯЁ]))"),
    # a place: "the state of Minas Gerais", "Minas Gerais state", "штат Минас-Жерайс"
    re.compile(rf"\b(?i:state|province|region|city|town|village|district|county|municipality|prefecture|oblast|"
               rf"governorate|department|island|islands)[ \t]+of[ \t]+{_THING_NAME}"),
    # ("Xi Jinping state visit" is no place: only a place noun that ends the phrase)
    re.compile(rf"\b{_THING_NAME}[ \t]+(?:state|province|region|oblast|governorate|prefecture)(?=[ \t]*(?:[,.;:)]|$)|"
               rf"[ \t]+(?:and|in|on|at|near|to|from|with|where|which|government|capital|governor|police)\b)"),
    re.compile(r"(?i:штат\w*|провинци\w*|област\w*|регион\w*|город\w*|деревн\w*|сел[оае]|посёлк\w*|поселк\w*)[ \t]+"
               r"([A-ZА-ЯЁ][\w-]+)(?![\w-])(?![ \t]+[A-ZА-ЯЁ])"),
    # an outlet: "the Daily Courier", "X is a member of the Asia News Network", a dateline's "/Туркмен Хабар/"
    re.compile(rf"\b[Tt]he[ \t]+((?:[A-Z][\w’'-]+[ \t]+){{0,3}}{_OUTLET_HEADS})\b"),
    re.compile(rf"\b{_THING_NAME}[ \t]+(?:is|are)[ \t]+(?:an?[ \t]+|the[ \t]+)?(?:\w+[ \t]+)?(?:member|part|partner|affiliate)s?"
               rf"[ \t]+of[ \t]+(?:the[ \t]+)?[^.\n]{{0,40}}\b(?:News|Media|Press|Publishers?|Newspapers?|Broadcast\w*)\b"),
    re.compile(rf"/[ \t]*{_THING_NAME}[ \t]*/"),
    # a ship: "the frigate Naseem Al Bahr", "the visiting ship, Al Shamikh", "PNS Tughril Shah"; named
    # alone later ("Naseem Al Bahr's commanding officer") it is still the ship
    re.compile(rf"\b(?i:frigate|corvette|destroyer|cruiser|submarine|warship|vessel|ship|icebreaker|minesweeper|"
               rf"patrol[ \t]+boat|landing[ \t]+ship|tanker)s?(?:[ \t]*,)?[ \t]+(?:the[ \t]+)?[«\"“]?(?!(?:{_VESSEL_NOT_NAME})\b){_THING_NAME}"),
    re.compile(rf"\b(?:{_SHIP_PREFIX})[ \t]+{_THING_NAME}"),
]


def named_things(text: str) -> frozenset[str]:
    """Names the words around them show to be an exercise, a place or an outlet, anywhere in the
    text ("the exercise Steppe Guardian", "the state of Minas Gerais", "X is a member of the Asia
    News Network", a dateline's "/Туркмен Хабар/"): no mention of them is a person."""
    out: set[str] = set()
    for rx in _THINGS:
        for m in rx.finditer(text):
            name = next((g for g in m.groups() if g), "").strip()
            if name:
                out.add(name.casefold())
    return frozenset(out)


def _reporting_credit_line(text: str, start: int) -> bool:
    """The line holding ``start`` is the agency's tail credit, not the story: "(Reporting by Jane
    Roe; Editing by John Doe)", "Additional reporting by …", "Jane Roe reported from Quito; John
    Doe from Lima", "Редактор …". The reporters and editors it names are no people of the article."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", start)
    line = text[a:b if b >= 0 else len(text)]
    if re.search(r"[(\[]\s*(?:additional\s+)?(?:reporting|writing|editing)\s+by\b[^)\]]*$", text[a:start], re.I):
        return True  # "… said. (Reporting by Jane Roe; Editing by John Doe)" at the end of a paragraph
    if len(line) > 300:
        return False
    return bool(_REPORTING_BY.match(line) or _REPORTED_FROM.fullmatch(line) or _credit_clauses(line))


# The writer's note closing an analysis: "Jane Roe is a senior fellow at the … Institute. The views
# expressed are her own.", "Dr John Doe is an associate professor of …", "Анна Петрова — старший научный
# сотрудник Института …".
_BIO_POST = (r"(?:fellow|analyst|researcher|professor|lecturer|scholar|expert|specialist|director|editor|columnist|"
             r"contributor|journalist|writer|author|student|candidate|associate|consultant|adviser|advisor|"
             r"commentator|correspondent|reporter|founder|co-founder|chair|head|member)s?")
_BIO_EN = re.compile(rf"[ \t]*(?:(?:Dr|Prof|Professor|Mr|Ms|Mrs)\.?[ \t]+)?{_CAP_WORDS}[ \t]+(?:is|was|serves[ \t]+as)[ \t]+"
                     rf"(?:an?|the|currently[ \t]+an?|currently[ \t]+the)[ \t]+(?:[\w’'-]+[ \t]+){{0,5}}?{_BIO_POST}\b")
_BIO_RU = re.compile(rf"[ \t]*{_CAP_WORDS}[ \t]*[—–-][ \t]*(?:[\w-]+[ \t]+){{0,3}}?(?:научн\w*[ \t]+сотрудник\w*|эксперт\w*|аналитик\w*|"
                     r"профессор\w*|доцент\w*|кандидат\w*|доктор\w*[ \t]+(?:исторических|политических|военных|экономических)|"
                     r"директор\w*|журналист\w*|обозревател\w*|политолог\w*|исследовател\w*|востоковед\w*)")


def _writer_note(text: str, start: int) -> bool:
    """The name opens the writer's note at the foot of the page (one of its last two lines): the
    writer, not a person of the story."""
    a = text.rfind("\n", 0, start) + 1
    if text[a:start].strip(" \t") not in ("", "Dr", "Dr.", "Prof", "Prof.", "Professor", "Mr", "Ms", "Mrs"):
        return False
    tail = [ln for ln in text[a:].split("\n") if ln.strip()]
    if len(tail) > 2:
        return False
    line = tail[0] if tail else ""
    return bool(_BIO_EN.match(line) or _BIO_RU.match(line))


def _credit_clauses(line: str) -> bool:
    """The line is nothing but writers' credits ("A reports from X; B is a freelance journalist")."""
    pos, n = 0, 0
    while pos < len(line.rstrip()):
        m = _CREDIT_CLAUSE.match(line, pos)
        if not m or m.end() == pos:
            return False
        pos, n = m.end(), n + 1
    return n > 0


_NAME_PARTICLE = r"(?:de|del|da|das|do|dos|di|du|la|las|los|le|y|(?-i:e)|van|von|der|den|дос|да|де|дель|ла)"
_PARTICLE_TAIL = re.compile(rf"(?:[ \t]+{_NAME_PARTICLE})+[ \t]+([A-ZА-ЯЁ][\w’'-]+)(?:[ \t]+([A-ZА-ЯЁ][\w’'-]+))?",
                            re.IGNORECASE)


def _extend_particles(text, toks, start: int, end: int) -> int:
    """The model often stops a Spanish or Portuguese name at its particle ("Rui" of "Rui dos Santos",
    "Juan Andres De La" of "Juan Andres De La Maza Larrain"): the name runs on over the particles
    to the capitalised surname after them (and a second surname right after it)."""
    words = text[start:end].split()
    while len(words) > 1 and re.fullmatch(_NAME_PARTICLE, words[-1], re.IGNORECASE):
        words.pop()
        end = text.rfind(words[-1], start, end) + len(words[-1])
    m = _PARTICLE_TAIL.match(text, end)
    if not m or not m.group(1)[0].isupper():
        return end
    lex = lexicon()
    second = m.group(2)
    if second and (not second[0].isupper() or second.casefold() in lex["chain"] or second.casefold() in _stop_words()
                   or any(t.start == m.start(2) and _is_rank_tok(t) for t in toks)):
        return m.end(1)
    return m.end()


def _extend_left(text, toks, start, blocked) -> int:
    """spaCy's small model often tags only the surname ("Akar" of "Hulusi Akar"): take in up to
    two name-shaped words before it that no other entity, role word or common word claims."""
    from generator.nlp.spacy_files import stop_words  # read without importing spaCy

    STOP_WORDS = stop_words("en")  # noqa: N806
    lex = lexicon()
    before = [t for t in toks if t.end <= start][-2:]
    for t in reversed(before):
        gap = text[t.end:start]
        if gap.strip() or "\n" in gap:
            break
        if (not _name_word(t.text) or t.low in lex["chain"] or _is_rank_tok(t) or t.low in STOP_WORDS
                or t.low in _HONORIFIC or _in_spans(t, blocked) or t.text.isupper()):
            break
        start = t.start
    return start


def _extend_right(text, toks, end, ner, blocked) -> int:
    """A family name the model tagged as a place or a group right after the given names it tagged as a
    person ("Ana Cecilia" + "Gervasi", "Maria Fernanda" + "Espinosa"): one name-shaped word, no
    gazetteer place and no country, with nothing but a space between, joins the name."""
    nxt = [x for x in ner if x[1] > end and not text[end:x[1]].strip() and "\n" not in text[end:x[1]]]
    if not nxt or nxt[0][0] not in ("GPE", "LOC", "NORP", "ORG") or nxt[0][1] - end != 1:
        return end
    words = [t for t in toks if nxt[0][1] <= t.start and t.end <= nxt[0][2]]
    if len(words) != 1 or _in_spans(words[0], blocked):
        return end
    w = words[0]
    lex = lexicon()
    if (not _name_word(w.text) or w.text.isupper() or w.low in lex["chain"] or w.low in _NOT_NAME
            or w.low in _INSTITUTION or _is_rank_tok(w)):
        return end
    from generator.extract.places import lookup

    if lookup(w.text, "en") is not None:
        return end  # "Ana Cecilia" then "Lima": a place after the name, not part of it
    return w.end


def _ru_normal_subset(span_text: str, normal: str, kept: str) -> str:
    a = span_text.split()
    b = normal.split()
    if len(a) == len(b):
        kept_words = kept.split()
        for i in range(len(a) - len(kept_words) + 1):
            if a[i:i + len(kept_words)] == kept_words:
                return " ".join(b[i:i + len(kept_words)])
    return kept


def _in_spans(tok, spans) -> bool:
    return any(s < tok.end and tok.start < e for s, e in spans)


_TITLE_OR_GIVEN_RU = frozenset({"эмир"})  # "эмир Катара" is the office, "Эмир Кустурица" a given name


def _ru_role_or_rank(tok) -> bool:
    if not _CYR.search(tok.text):
        return False
    lex = lexicon()
    lem = nlp.lemmas(tok.text)
    if tok.text[:1].isupper() and lem & _TITLE_OR_GIVEN_RU:
        return False  # capitalised, it may open a name: the words after it decide (as "Emir" in English)
    return any(k[0] in lem and len(k) == 1 for k in (*lex["ranks_ru"], *lex["roles_ru"]))


#: The name after an English cue (a rank, an office, an honorific): one to four capitalised words.
_CUED_NAME_EN = (rf"(?:[{_UP}]\.[ \t]?|[A-Z]{{2,3}}[ \t](?=[A-Z][a-z]+[ \t][A-Z][a-z]))?[{_UP}][^\W\d_]*[{_LO}][^\W\d_'’-]*(?:['’-][^\W\d_]+)*"
                 rf"(?:[ \t](?:(?:al|el|ad|ash|as|at|az|ar|an|ud|ul)-)?[{_UP}][^\W\d_]*[{_LO}][^\W\d_]*(?:['’-][^\W\d_]+)*){{0,3}}")
_CUE_EN = re.compile(
    r"\b(?:Colonel General|Lieutenant General|Major General|Army General|Brigadier General|Lieutenant Colonel|"
    r"Colonel|General|Admiral|Major|Captain|President|Commander|Chairman|Senator|Marshal|Brigadier|Commodore|"
    r"[Aa]mbassador(?:[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+)??)?(?:[ \t]+(?:to|in)[ \t]+(?:the[ \t]+)?[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+)??)?|(?:National[ \t]+Security[ \t]+)?Advis[eo]r,?|"
    r"(?:Lt|Maj|Brig|Col)\.?[ \t-]Gen\.?|(?:Gen|Col|Adm|Brig|Capt|Cdr)\.?|(?:Vice|Rear)[ \t]Adm\.?|"
    r"Captain (?:First|Second|Third|1st|2nd|3rd) Rank|Sheikh|Crown Prince|Prince|Shri|"
    r"Chief of (?:the )?(?:(?:General|Defen[cs]e|Army|Naval|Air|Joint|Main|Combined)[ \t]+)*(?:Staff|Forces?|Defen[cs]e|Army|Navy|Air[ \t]+Force)"
    r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?Armed[ \t]+Forces)?,?|[Cc]ounterpart,?|[Dd]eputy,?|[Aa]ide|[Ee]nvoy|[Ss]pokes(?:man|woman|person),?|"
    r"Governor|Mayor|Attach[eé]|(?:High[ \t]+)?Commissioner|Consul(?:[ \t-]General)?|Charg[eé][ \t]+d['’][Aa]ffaires|Nuncio|"
    r"(?:Minister|Secretary)(?:\s+(?:of|for)\s+(?:the\s+)?(?:National\s+)?(?:Defen[cs]e|Foreign Affairs|Internal Affairs|State))?"
    r"(?:\s+for\s+Defen[cs]e)?,?|"
    r"Mr\.?|Mrs\.?|Ms\.?|Dr\.?)[ \t]+"
    r"(?:(?:Dato['’]?|Datuk|Tan)[ \t]+(?:Seri|Sri)[ \t]+|(?:Dato['’]?|Datuk|Shri|Dr\.?|Mr\.?|Hon\.?|Honou?rable|H\.[ \t]?E\.)[ \t]+)?"
    rf"({_CUED_NAME_EN})"
)
#: A rank of several words with small words inside ("Lieutenant General of the Army", "Général de corps
#: d'armée"): the capitalised run a name finder reads stops inside it, so the name after it is cued here.
_SPLIT_RANK_CUE_EN = re.compile(rf"(?<![\w-])(?:{split_ranks_en()})[ \t]+({_CUED_NAME_EN})")
_OFFICE_COMMA_NAME = re.compile(
    r"\b(?:minister|president|premier|chancellor|general|admiral|ambassador|envoy|commander|secretary|chief|"
    r"attach[eé]|spokes(?:man|woman|person))[ \t]*,[ \t]*"
    rf"([{_UP}][{_LO}'’-]+(?:[ \t]+[{_UP}][{_LO}'’-]+){{0,2}})[ \t]*,[ \t]*(?=(?!and\b|or\b)[a-z])")
_PLURAL_ITEM = rf"[{_UP}][{_LO}'’-]+(?:[ \t]+[{_UP}][{_LO}'’-]+){{0,2}}"
_PLURAL_CUE_EN = re.compile(
    r"\b(?:(?:Defen[cs]e|Foreign|Prime|Deputy)[ \t]+)?(?:Ministers|Presidents|Generals|Admirals|Ambassadors|Secretaries|"
    r"Commanders|Colonels|Senators|Premiers|Envoys|Marshals)[ \t]+"
    rf"({_PLURAL_ITEM}(?:(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+){_PLURAL_ITEM})+)(?![\w'’-])")
_CUE_RU = re.compile(
    r"(?i:генерал-полковник\w*|генерал-лейтенант\w*|генерал-майор\w*|полковник\w*|генерал\w*|адмирал\w*|президент\w*|министр\w*|господин\w*)\s+"
    r"((?:[А-ЯЁ][а-яё]?\.\s?)[А-ЯЁ][а-яё-]+)"
)


# A name with its office in apposition after it: "met by Ana Rivas - the chair of the
# committee", "Ali Veli, the head of the department, said".
_APPOSED_EN = re.compile(
    rf"\b([{_UP}][^\W\d_]*[{_LO}][^\W\d_'’-]*(?:[ \t][{_UP}][^\W\d_]*[{_LO}][^\W\d_'’-]*){{1,2}})[ \t]*(?:,|[ \t][-–—])[ \t]*"
    r"(?:the[ \t]+|a[ \t]+)?(?i:(?:(?:newly[ \t]+appointed|new|deputy|first|vice|acting|former)[ \t]+)?"
    r"(?:head|chief|minister|president|chairman|chairwoman|commander|director|ambassador|secretary|spokes(?:man|woman|person)|"
    r"envoy|governor|rector|commandant|attach[eé]))\b")


# A monarch by title and regnal name: "King Abdullah II", "Queen Margrethe", "Emperor Naruhito".
_ROYAL_CUE_EN = re.compile(r"\b(?:King|Queen|Emperor|Empress)[ \t]+([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?(?:[ \t]+(?:I{1,3}|IV|VI{0,3}|IX|X{1,2}))?)\b")


_ROYAL_CUE_RU = re.compile(r"(?<!\w)(?P<t>(?i:корол[ьяюеё]\w*|королев\w*|императо?р\w*|императриц\w*))\s+(?:(?P<c>[А-ЯЁ][а-яё]+)\s+)?"
                           r"(?P<n>[А-ЯЁ][а-яё]+(?:\s+[А-ЯЁ][а-яё]+)?(?:\s+(?:I{1,3}|IV|VI{0,3}|IX|X{1,2}))?)(?![\w-])")


def _cued_names(text, toks, lang, country_spans) -> list[NameMention]:
    out = []
    pattern = _CUE_RU if lang == "ru" else _CUE_EN
    if lang == "ru":
        # "король Иордании Абдалла II", "Короля Абдаллы II": a monarch by title (a state between) and regnal name.
        for m in _ROYAL_CUE_RU.finditer(text):
            if m["c"] and not any(a <= m.start("c") < b for a, b in country_spans):
                continue  # the word between is no state: the name is not after the title
            nm = _clean(text, toks, *m.span("n"), None, lang, country_spans, origin="rule:royal")
            if nm is None:
                continue
            nm.cue = True
            cue_case = _case_of(m["t"])
            if cue_case and cue_case != "Nom":
                words = nm.text.split()
                nm.normal = " ".join(w if _ROMAN.fullmatch(w) else _ru_nominative(w, cue_case) for w in words)
                nm.parts = [p for p in re.split(r"[\s.]+", nm.normal) if p]
            out.append(nm)
    if lang == "en":
        for m in _ROYAL_CUE_EN.finditer(text):
            nm = _clean(text, toks, *m.span(1), None, lang, country_spans, origin="rule:royal")
            if nm:
                nm.cue = True
                out.append(nm)
        for m in _APPOSED_EN.finditer(text):
            nm = _clean(text, toks, *m.span(1), None, lang, country_spans, origin="rule:apposition")
            if nm and nm.is_full:
                nm.cue = True
                out.append(nm)
        for m in _OFFICE_COMMA_NAME.finditer(text):
            # "The Japanese minister, Yoshida, welcomed …": a name set off by commas after an office
            nm = _clean(text, toks, *m.span(1), None, lang, country_spans, origin="rule:cue")
            if nm:
                from generator.extract.places import lookup

                place = lookup(nm.text, lang)
                if place is None or place[0].casefold() != nm.text.casefold():
                    nm.cue = True
                    out.append(nm)
        for m in _SPLIT_RANK_CUE_EN.finditer(text):
            nm = _clean(text, toks, *m.span(1), None, lang, country_spans, origin="rule:cue")
            if nm:
                nm.cue = True
                out.append(nm)
        for m in _PLURAL_CUE_EN.finditer(text):
            # "Ministers Ikeda and Brennan", "Generals Ana Rios, Luis Vega and Pablo Soto": an office in the
            # plural before a list titles each of its names.
            for item in re.finditer(_PLURAL_ITEM, m.group(1)):
                nm = _clean(text, toks, m.start(1) + item.start(), m.start(1) + item.end(), None, lang, country_spans,
                            origin="rule:cue")
                if nm:
                    nm.cue = True
                    out.append(nm)
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        s, e = m.span(1)
        nm = _clean(text, toks, s, e, None, lang, country_spans, origin="rule:cue")
        if (nm and lang == "en" and len(nm.parts) == 1 and re.match(r"[ \t]+of\b", text[nm.end:nm.end + 5])
                and nm.text.casefold() in _english_nouns()):
            nm = None  # "the Secretary for Defence Production of India, X": the office goes on, no name
        if nm and any(w.casefold() in _INSTITUTION for w in re.findall(r"[^\W\d_]+", text[s:nm.start])):
            nm = None  # "Chief of Defence Forces Kenya Navy Band": the words after the office name a body, not a person
        # No name after the cue: what followed may be an office that is itself a cue ("Deputy
        # Minister of Defence Daulet Bekmurzayev"), so the search goes on from there.
        pos = m.end() if nm else max(m.start(1), m.start() + 1)
        if nm:
            nm.cue = True
            if lang == "ru":
                cue_case = _case_of(m.group(0).split()[0])
                if cue_case and cue_case != "Nom":
                    nm.normal = _ru_nominative(nm.text, cue_case)
                    nm.parts = [p for p in re.split(r"[\s.]+", nm.normal) if p]
            out.append(nm)
    return out


_CASE = {"gent": "Gen", "datv": "Dat", "accs": "Acc", "ablt": "Ins", "loct": "Loc", "nomn": "Nom"}
# Case endings of Russian names, longest first: (case, ending, replacement).
_ENDINGS = [
    ("Ins", "овым", "ов"), ("Ins", "евым", "ев"), ("Ins", "иным", "ин"), ("Ins", "ским", "ский"), ("Ins", "еем", "ей"),
    ("Ins", "ием", "ий"), ("Ins", "ом", ""), ("Ins", "ем", ""), ("Ins", "ой", "а"), ("Ins", "ей", "я"),
    ("Gen", "ова", "ов"), ("Gen", "ева", "ев"), ("Gen", "ина", "ин"), ("Gen", "ского", "ский"), ("Gen", "ея", "ей"),
    ("Gen", "ия", "ий"), ("Gen", "а", ""), ("Gen", "я", "й"), ("Gen", "ы", "а"), ("Gen", "и", "я"),
    ("Acc", "ова", "ов"), ("Acc", "ева", "ев"), ("Acc", "ина", "ин"), ("Acc", "а", ""), ("Acc", "я", "й"), ("Acc", "у", "а"),
    ("Dat", "ову", "ов"), ("Dat", "еву", "ев"), ("Dat", "ину", "ин"), ("Dat", "ею", "ей"), ("Dat", "у", ""), ("Dat", "ю", "й"), ("Dat", "е", "а"),
    ("Loc", "ове", "ов"), ("Loc", "еве", "ев"), ("Loc", "ине", "ин"), ("Loc", "е", ""),
]
_VOWEL_END = re.compile("[аеёиоуыэюя]$")


_CUE_PREP = {"с": "Ins", "со": "Ins", "у": "Gen", "к": "Dat", "ко": "Dat"}


def _cue_case(toks, start: int) -> str | None:
    """The case a name stands in, read from the nearest office or rank word (or preposition)
    within the five words before it: 'министром обороны Турции' -> instrumental."""
    lex = lexicon()
    before = [t for t in toks if t.end <= start][-5:]
    for t in reversed(before):
        if not _CYR.search(t.text):
            continue
        if t.low in _CUE_PREP:
            return _CUE_PREP[t.low]
        lem = nlp.lemmas(t.text)
        if any(k[0] in lem for k in (*lex["ranks_ru"], *lex["roles_ru"])) or lem & {"господин", "генерал", "министр"}:
            return _case_of(t.text)
    return None


#: Endings of foreign surnames that Russian leaves undeclined ("аль-Шамри", "Кулибали", "Ндоло").
_UNDECLINED_END = set("иуоэю")


def _fits(word: str, case: str) -> bool:
    """Whether a name word can stand in this case by its ending (the nominative always can)."""
    if case == "Nom":
        return True
    low = word.casefold()
    return any(c == case and low.endswith(end) and len(low) > len(end) + 1 for c, end, _ in _ENDINGS)


def _pick_case(cue: str | None, tagged: str | None, word: str) -> str | None:
    """The case of a name: the grammar around it, unless the name's own ending cannot be in that
    case ("с исполняющим обязанности министра … Эспером": the nearest office word is genitive,
    the name is instrumental); then the tagger's case, or the one case its ending allows."""
    if cue and _fits(word, cue):
        return cue
    if tagged and _fits(word, tagged):
        return tagged
    fitting = {c for c, end, _ in _ENDINGS if word.casefold().endswith(end) and len(word) > len(end) + 1}
    if len(fitting) == 1:
        return fitting.pop()
    return cue or tagged


def _case_of(word: str) -> str | None:
    parses = nlp.morph().parse(word.casefold())
    for p in parses:
        for g, c in _CASE.items():
            if g in p.tag:
                return c
    return None


def _ru_nominative(name: str, case: str) -> str:
    """Put a declined name the models could not normalise into the nominative by its ending:
    'Хулуси Акаром' (instrumental) -> 'Хулуси Акар', 'Баджвой' -> 'Баджва'. Initials stay."""
    parts = re.split(r"(\s+|\.)", name)
    out = []
    for p in parts:
        if len(p) > 2 and _CYR.search(p):
            low = p.casefold()
            for c, end, rep in _ENDINGS:
                if c == case and low.endswith(end) and len(low) - len(end) >= 2:
                    if end == "и" and not low.endswith("ии"):
                        break  # "Гарибашвили", "Аштиани": foreign names in -и after a consonant do not decline
                    stem = p[: len(p) - len(end)] + rep
                    if not (rep == "" and _VOWEL_END.search(stem.casefold()) and end in ("а", "я")):
                        p = stem
                    break
        out.append(p)
    return "".join(out)


# --------------------------------------------------------------------------- role phrases

def _inside_office(toks, x: NameMention, m: NameMention) -> bool:
    """``x``, a body's name the tagger read before ``m`` ("Production" of "Minister of Defence and Military
    Production General X"), stands inside ``m``'s office: an organisation's words right after "of"/"for"/
    "and"/"the" of an office word said just before, and nothing but office and rank words between it and ``m``."""
    if not x.origin.endswith(":ORG"):
        return False
    lex = lexicon()
    pre = [t for t in toks if x.start - 80 <= t.start and t.end <= x.start]
    while len(pre) > 1 and pre[-1].text[:1].isupper() and pre[-1].text.isalpha() and pre[-1].low not in ("of", "for", "and", "the"):
        pre = pre[:-1]  # "Military" of "Military Production": the body's earlier words
    gap = [t for t in toks if x.end <= t.start and t.end <= m.start]
    return (bool(pre) and pre[-1].low in ("of", "for", "and", "the") and any(t.low in lex["heads"] for t in pre)
            and all(t.low in lex["chain"] or t.low in lex["rank_words"] for t in gap))


def read_context(an: Analysis, mentions: list[NameMention], countries: list[CountryHit]) -> None:
    """Fill rank, role and country of each mention from the words around it."""
    text, lang = an.text, an.lang
    toks = list(an.tokens)
    sents = an.sentences
    for idx, m in enumerate(mentions):
        sent_start = max((s for s, e in sents if s <= m.start), default=0)
        while sent_start > 0 and _ABBR_END.search(text, max(0, sent_start - 12), sent_start):
            # "Rear Adm. Kim": the sentence splitter ended a sentence at the abbreviation's stop.
            sent_start = max((s for s, e in sents if s < sent_start), default=0)
        prev_end = max([x.end for x in mentions[:idx] if x.end <= m.start and not _inside_office(toks, x, m)] + [sent_start])
        before = [t for t in toks if prev_end <= t.start and t.end <= m.start]
        if lang == "en" and idx and before and before[0].low in ("of", "from") and mentions[idx - 1].end == prev_end:
            # "Kim Sung-ho of South Korea and Lt. Gen. Tanaka Hiroshi": the country after the one
            # name is that name's, not the start of the next one's office.
            cut = next((k for k, t in enumerate(before) if t.low in ("and", ",", "while", "with")), None)
            if cut is not None:
                prev = mentions[idx - 1]
                if prev.country is None:
                    prev.country = _country_in(countries, before[0].start, before[cut].start)
                before = before[cut + 1:]
        if lang == "ru":
            _context_ru(m, before, countries, text)
            _apposition_ru(m, [t for t in toks if t.start >= m.end][:16], countries)
        else:
            _context_en(text, m, before, toks, countries)
        if m.role and _BARE_MINISTER.fullmatch(m.role):
            sent_end = min((e for s, e in sents if s <= m.start < e), default=len(text))
            ministry = _DEFENCE_MINISTRY.search(text, sent_start, sent_end)
            if ministry:
                # "at Armenia's Defense Ministry, with the participation of minister X": the
                # ministry the sentence names is the minister's (and so is its state).
                m.role = f"{m.role} of Defence"
                if m.country is None and m.country_weak is None:
                    near = {c.code for c in countries if ministry.start() - 20 <= c.start and c.end <= ministry.end() + 30}
                    if len(near) == 1:
                        m.country_weak = near.pop()
        if m.country is None:
            m.country = _line_label_country(text, m.start, countries)
        if (m.country is None and m.country_weak is None and idx and (m.role or m.rank) and before
                and before[0].text == "," and mentions[idx - 1].end == prev_end and mentions[idx - 1].country
                and not any(_in_spans(t, [(c.start, c.end) for c in countries]) for t in before)):
            # "to meet French Defence Minister A, Chief of the General Staff of the Armed Forces,
            # Admiral B": the next of a comma list whose office names no state is of the same side.
            m.country_weak = mentions[idx - 1].country
        if m.country is None and m.country_weak is None:
            m.country_weak = _service_state(text, m, countries)
        if m.country is None and m.country_weak is None:
            sent_end = min((e for s, e in sents if s <= m.start < e), default=len(text))
            m.country_weak = _side_country(text, sent_start, sent_end, countries, m.start)
        if m.country is None and m.country_weak is None and lang == "en" and m.role:
            sent_end = min((e for s, e in sents if s <= m.start < e), default=len(text))
            m.country_weak = monarch_state(text, canonical_role(m.role), (sent_start, sent_end), countries)
    _delegation_and_companions(text, lang, mentions, countries, sents)
    _respectively(text, mentions, countries, sents)
    if lang == "ru":
        _interleaved_ru(text, mentions, countries)
        _plural_office_ru(text, mentions, countries)
    else:
        _list_apposition_en(text, mentions, countries)
    for a, b in zip(mentions, mentions[1:]):
        # "с коллегами - Вагифом Алиевым и генерал-майором Петром Орловым": the list goes on (our own example).
        if a.counterpart and _LIST_GAP.fullmatch(_list_gap(text, a, b)):
            b.counterpart = True
    _cue_in_lists(text, mentions, countries)


# "Делегацию Перу возглавил генерал X", "перуанскую делегацию возглавлял X": the delegation's state is its head's.
_HEADS_DELEGATION_RU = re.compile(r"((?:[\w-]+[ \t]+){0,2}делегаци\w*(?:[ \t]+[\w-]+){0,3}?)[ \t]+(?:возглав\w*|руководи\w*)"
                                  r"(?:[ \t]+[\w-]+){0,3}[ \t]+$", re.IGNORECASE)
# "Accompanied by Rear Admiral X, the New Zealand minister Y …", "В сопровождении контр-адмирала X министр
# обороны Новой Зеландии Y …": a companion named before the one he accompanies.
_COMPANION_FIRST = re.compile(r"^[ \t\n\"«“(]*(?:(?:and|also|и|также)[ \t]+)?(?:accompanied[ \t]+by|в[ \t]+сопровождении)"
                              r"(?:[ \t]+[\w.-]+){0,4}[ \t]+$", re.IGNORECASE)


def _delegation_and_companions(text: str, lang: str, mentions: list[NameMention], countries: list[CountryHit], sents) -> None:
    """Two ways a person's state is the state of a group named with him: the head of a delegation the
    Russian text names before the verb of heading it, and a companion named at the opening of the
    sentence before the person he accompanies (who then gives the state)."""
    for idx, m in enumerate(mentions):
        if m.country is not None or m.country_weak is not None:
            continue
        sent = next(((s, e) for s, e in sents if s <= m.start < e), (0, len(text)))
        head = text[sent[0]:m.start]
        if lang == "ru":
            d = _HEADS_DELEGATION_RU.search(head)
            if d:
                found = {c.code for c in countries if sent[0] + d.start(1) <= c.start and c.end <= sent[0] + d.end(1)}
                if len(found) == 1:
                    m.country = found.pop()
                    continue
        if _COMPANION_FIRST.match(head):
            # (the very next name, after the comma that closes the opening phrase: "… Kerr and Colonel
            # Lopes of Brazil," lists a second companion, whose state is not the first one's)
            nxt = mentions[idx + 1] if idx + 1 < len(mentions) else None
            if (nxt is not None and nxt.start < sent[1] and (nxt.country or nxt.country_weak)
                    and re.match(r"[ \t]*," + ("?" if lang == "ru" else "") + r"(?![^,]*(?<!\w)(?:and|и)(?!\w))", text[m.end:nxt.start])):
                m.country_weak = nxt.country or nxt.country_weak


def _cue_in_lists(text: str, mentions: list[NameMention], countries: list[CountryHit]) -> None:
    """A surname alone the model tags as a person, joined as one item of a list to a name after a title
    ("Defence Minister Yoshida and Marles", "Ministers Yoshida and Marles", "Japan's Defence Minister Yoshida
    and Australia's Marles", "министр обороны Есида и Марлз"): a person like the other items (a surname
    alone with no title is otherwise too weak to be one)."""
    spans = [(c.start, c.end) for c in countries]
    for a, b in zip(mentions, mentions[1:]):
        if a.cue == b.cue:
            continue
        bare = b if a.cue else a
        if len(bare.parts) != 1 or not bare.origin.endswith((":PERSON", ":PER")) or bare.role or bare.rank:
            continue
        gap = text[a.end:b.start]
        # (a state, in the possessive or as its adjective, may open the next item: "and Australia's Marles")
        for s0, e0 in sorted(spans, reverse=True):
            if a.end <= s0 and e0 <= b.start:
                gap = gap[:s0 - a.end] + re.sub(r"\S", "", gap[s0 - a.end:e0 - a.end]) + gap[e0 - a.end:]
        gap = re.sub(r"^([ \t,]*(?:and|и|&)?[ \t]+)(?:the[ \t]+)?[ \t]*(?:['’]s)?[ \t]*", r"\1", gap)
        if _LIST_GAP.fullmatch(gap) and not text[b.end:b.end + 1].isalpha():
            bare.cue = True


# A state's armed service named without the state's name or adjective: its person serves that state.
# ("Royal Navy of Oman" is Oman's: the name with "of" after it is not the British one.)
_SERVICE_STATES = (
    (r"Royal[ \t]+Navy|Royal[ \t]+Air[ \t]+Force|RAF|Royal[ \t]+Marines|British[ \t]+Army|Ministry[ \t]+of[ \t]+Defence[ \t]+\(MoD\)", "GB"),
    (r"Bundeswehr|бундесвер\w*", "DE"),
    (r"Tatmadaw", "MM"),
    (r"IDF|ЦАХАЛ", "IL"),
    (r"(?:Ground|Maritime|Air)[ \t]+Self-Defen[cs]e[ \t]+Forces?|J[GMA]SDF", "JP"),
    (r"Pentagon|Пентагон\w*", "US"),
)
_SERVICE_RX = re.compile("|".join(f"(?P<s{k}>(?<![\\w-])(?:{rx})(?![\\w-])(?![ \\t]+(?:of|of[ \\t]+the)[ \\t]+[A-Z]))"
                                  for k, (rx, _) in enumerate(_SERVICE_STATES)))
_SERVICE_AFTER = re.compile(r"[ \t]*(?:(?:of|from|in|из)[ \t]+(?:the[ \t]+)?|,[ \t]*(?:the[ \t]+)?[^,.;()\n]{0,80}?\b(?:of|in|at)[ \t]+(?:the[ \t]+)?)(?=\S)")


_BODY_OF_STATE = re.compile(r"[ \t]*(?:of|from)[ \t]+the[ \t]+(?:[A-Z][\w'’-]*[ \t]+){1,5}?(?:of|from)[ \t]+(?:the[ \t]+)?(?=[A-Z])")


_OF_SERVICE = re.compile(r"[ \t]*,?[ \t]*(?:of|from)[ \t]+the[ \t]+((?:[A-Z][\w'’-]*[ \t]+){1,3}?"
                         r"(?:Army|Navy|Air[ \t]+Force|Armed[ \t]+Forces|(?:Defen[cs]e|Ground|Land|Naval|Air|Self-Defen[cs]e)[ \t]+Forces?|"
                         r"Marines|Marine[ \t]+Corps|Coast[ \t]+Guard|National[ \t]+Guard|Gendarmerie))(?![\w-])")


def _service_state(text: str, m: NameMention, countries=()) -> str | None:
    """The state of a service named without the state in the person's office ("Chief of the Air Staff
    of the Royal Air Force"), right after the name ("Captain Ann Lee of the Royal Navy") or in the
    apposition after it ("X, commander of the Bundeswehr's cyber command")."""
    for piece in (m.role_text or "",):
        s = _SERVICE_RX.search(piece)
        if s:
            return _SERVICE_STATES[int(s.lastgroup[1:])][1]
    a = _SERVICE_AFTER.match(text, m.end)
    if a:
        s = _SERVICE_RX.match(text, a.end())
        if s:
            return _SERVICE_STATES[int(s.lastgroup[1:])][1]
    # "Brigadier General X of the Royal Thai Army", "Colonel Y from the Ghanaian Air Force": the state's
    # adjective inside the name of the service right after the name.
    svc = _OF_SERVICE.match(text, m.end)
    if svc:
        found = {c.code for c in countries if svc.start(1) <= c.start and c.end <= svc.end(1)}
        if len(found) == 1:
            return found.pop()
    b = _BODY_OF_STATE.match(text, m.end)
    if b:
        # "Air Vice Marshal X of the Royal Air Force of Oman": the state the body's name ends with.
        hit = next((c for c in countries if c.start == b.end()), None)
        if hit is not None:
            return hit.code
    return None


_BARE_MINISTER = re.compile(r"(?i)(?:(?:first[ \t]+)?deputy[ \t]+|vice[ \t]+)?minister")
_DEFENCE_MINISTRY = re.compile(r"(?i)\b(?:defen[cs]e[ \t]+ministry|ministry[ \t]+of[ \t]+(?:national[ \t]+)?defen[cs]e|"
                               r"министерств\w*[ \t]+обороны|минобороны)\b")
def _plural_office_ru(text: str, mentions: list[NameMention], countries: list[CountryHit] = ()) -> None:
    """«с министрами иностранных дел Сергеем Лавровым и Петром Ивановым»: an office in the plural
    before a list of names is each one's that has none of its own (and no rank or office word
    between)."""
    for a, b in zip(mentions, mentions[1:]):
        if not a.role or not a.role_text or b.role or b.rank:
            continue
        gap = text[a.end:b.start]
        # ("министры обороны Швеции A, Финляндии B и Эстонии C": each name after its state)
        state = next((c for c in countries if a.end < c.start and c.end < b.start), None)
        if state is not None:
            gap = text[a.end:state.start] + " " + text[state.end:b.start]
            if not re.fullmatch(r"[ \t]*(?:,[ \t]*(?:и[ \t]+)?|и[ \t]+)[ \t]+", gap):
                continue
        elif not _LIST_GAP.fullmatch(gap):
            continue
        head = a.role_text.split()[0]
        if any("plur" in p.tag for p in nlp.morph().parse(head)[:1]):
            b.role, b.role_text = a.role, a.role_text


def _interleaved_ru(text: str, mentions: list[NameMention], countries: list[CountryHit]) -> None:
    """«Министры обороны Бразилии A и Аргентины B»: a plural office, then each state before its
    name; the name after «и <state>» holds the same office and serves that state."""
    for a, b in zip(mentions, mentions[1:]):
        if not a.role or not a.role_text or b.role or b.rank or not a.country:
            continue
        gap = [c for c in countries if a.end <= c.start and c.end <= b.start]
        if len(gap) != 1 or gap[0].code == a.country:
            continue
        if not re.fullmatch(r"[ \t]*и[ \t]+", text[a.end:gap[0].start]) or text[gap[0].end:b.start].strip():
            continue
        head = a.role_text.split()[0]
        if any("plur" in p.tag for p in nlp.morph().parse(head)[:1]):
            b.role, b.role_text = a.role, a.role_text
            b.country, b.country_weak = gap[0].code, None


_LINE_LEAD = re.compile(r"[ \t]*(?:[-–—•*·▪►]|\d{1,2}[.)])?[ \t]*")


def _line_label_country(text: str, start: int, countries: list[CountryHit]) -> str | None:
    """A line (or list item) headed by a country and a colon: everyone named on it is of that
    country ("- Kazakhstan: Minister of Defence A and Deputy Minister B;", "Казахстан: …")."""
    line_start = text.rfind("\n", 0, start) + 1
    lead = _LINE_LEAD.match(text, line_start).end()
    for c in countries:
        if c.start == lead and c.end <= start and c.kind == "name":
            return c.code if re.match(r"[ \t]*:", text[c.end:c.end + 3]) else None
    return None


def _list_gap(text: str, a: NameMention, b: NameMention) -> str:
    """The words between two names of a list, less the rank of the second ("и генерал-полковником")."""
    gap = text[a.end:b.start]
    if b.rank_text and gap.rstrip().endswith(b.rank_text):
        gap = gap.rstrip()[:-len(b.rank_text)]
    return gap


_ABBR_END = re.compile(r"\b(?:" + "|".join(sorted(_RANK_ABBR | {"rear", "vice", "dr", "mr", "mrs", "ms", "prof", "hon"}, key=len, reverse=True))
                       + r")\.\s*$", re.IGNORECASE)
_PLURAL_HEAD = re.compile(r"\b(Minister|Chief|Commander|Ambassador|Head|President|Director|Министр)s\b|\bSecretaries\b")


#: Between two countries of a list: the names' gap, and "the" before a state's name ("Brunei and the Philippines").
_COUNTRY_GAP = re.compile(_LIST_GAP.pattern + r"(?:the[ \t]+)?")


def _respectively(text: str, mentions: list[NameMention], countries: list[CountryHit], sents) -> None:
    """A list of k countries right before a list of k names gives them in order: "the defence
    ministers of Azerbaijan, Turkey and Georgia, Zakir Hasanov, Yasar Guler and Irakli Chikovani",
    "министры обороны России, Беларуси и Казахстана Сергей Шойгу, Виктор Хренин и Нурлан
    Ермекбаев". The office the list shares goes to every name that has none."""
    i = 0
    while i < len(mentions):
        j = i
        while j + 1 < len(mentions) and _LIST_GAP.fullmatch(_list_gap(text, mentions[j], mentions[j + 1])):
            j += 1
        run, i = mentions[i:j + 1], j + 1
        if len(run) < 2:
            continue
        sent_start = max((s for s, e in sents if s <= run[0].start), default=0)
        hits = [c for c in countries if max(sent_start, run[0].start - 200) <= c.start and c.end <= run[0].start]
        k = len(run)
        if len(hits) < k:
            continue
        tail = hits[-k:]
        if not all(_COUNTRY_GAP.fullmatch(text[a.end:b.start]) for a, b in zip(tail, tail[1:])):
            continue  # the countries are no one list
        if len(hits) > k and _COUNTRY_GAP.fullmatch(text[hits[-k - 1].end:tail[0].start]):
            continue  # a longer list of countries than of names: no one-to-one reading
        if len({c.code for c in tail}) != k:
            continue
        gap = text[tail[-1].end:run[0].start]
        if len(gap) > 60 or re.search(r"[.;:!?()]", gap):
            continue  # only the office between them ("defence ministers", "министры обороны")
        shared = next((m for m in run if m.role), None)
        for m, c in zip(run, tail):
            m.country, m.country_weak = c.code, None
            if shared is not None and not m.role:
                m.role = _PLURAL_HEAD.sub(lambda x: x.group(1) or "Secretary", shared.role)
                m.role_text = shared.role_text
        if shared is not None:
            shared.role = _PLURAL_HEAD.sub(lambda x: x.group(1) or "Secretary", shared.role)


_LIST_APPOSITION = re.compile(r"[ \t]*,[ \t]*(?:the[ \t]+)?((?:[\w-]+[ \t]+){0,3}?(?:ministers|chiefs|commanders|ambassadors|secretaries|heads)"
                              r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+){0,2}?(?:defen[cs]e|staff|affairs))?)[ \t]+of[ \t]+")


def _list_apposition_en(text: str, mentions: list[NameMention], countries: list[CountryHit]) -> None:
    """"A and B, the defence ministers of Chile and Peru (respectively)": a plural office with a
    list of states after a list of names gives them in order, with the office in the singular."""
    i = 0
    while i < len(mentions):
        j = i
        while j + 1 < len(mentions) and _LIST_GAP.fullmatch(_list_gap(text, mentions[j], mentions[j + 1])):
            j += 1
        run, i = mentions[i:j + 1], j + 1
        if len(run) < 2 or any(m.country for m in run):
            continue
        ap = _LIST_APPOSITION.match(text, run[-1].end)
        if not ap:
            continue
        hits = [c for c in countries if ap.end() <= c.start < ap.end() + 120]
        tail = hits[:len(run)]
        if (len(tail) < len(run) or tail[0].start != ap.end() or len({c.code for c in tail}) != len(run)
                or not all(_COUNTRY_GAP.fullmatch(text[a.end:b.start]) for a, b in zip(tail, tail[1:]))):
            continue
        if len(hits) > len(run) and _COUNTRY_GAP.fullmatch(text[tail[-1].end:hits[len(run)].start]):
            continue  # more states than names
        office = _singular_head(_title(ap.group(1)))
        for m, c in zip(run, tail):
            m.country, m.country_weak = c.code, None
            if not m.role:
                m.role, m.role_text, m.cue = office, ap.group(1), True


def _singular_head(role: str) -> str:
    """"Defence Ministers" -> "Defence Minister", "Ministers of Defence" -> "Minister of Defence":
    the office one person holds (the head word, first or last, only: "Chairman Joint Chiefs of Staff
    Committee" stays)."""
    words = role.split()
    # A last word after "of"/"for"/"to" is in the complement and keeps its number ("Chairman of the
    # Joint Chiefs" is no "Joint Chief").
    complement = any(w.casefold() in ("of", "for", "to") for w in words[:-1])
    for k in ((0,) if complement else (len(words) - 1, 0)):
        if words and _PLURAL_HEAD.fullmatch(words[k]):
            words[k] = _PLURAL_HEAD.sub(lambda x: x.group(1) or "Secretary", words[k])
            break
    return " ".join(words)


def _apposition_ru(m: NameMention, after, countries) -> None:
    """", начальник Генерального штаба Вооруженных сил Армении,": an office right after the name,
    between commas, gives the role the words before did not, and the country it names."""
    if not after or after[0].text not in (",", "—", "–", "-", "(") or (m.role and m.country):
        return  # (a dash or a bracket sets the office off as a comma does: "Ахмед Салем — командующий ВМС")
    if after[0].text == "-" and after[0].start == m.end:
        return  # "Салем-младший": a hyphen joined to the name is no dash
    lex = lexicon()
    words = []
    for t in after[1:]:
        if t.text in (",", ".", ";", "(", ")", "—", "–"):
            break
        words.append(t)
    lem = [nlp.lemmas(t.text) for t in words]
    best = None
    for key, val in lex["roles_ru"].items():
        n = len(key)
        if n <= len(words) and all(key[k] in lem[k] for k in range(n)) and (best is None or n > best[0]):
            best = (n, val)
    if best is None:
        return
    if not m.role:
        m.role = best[1]
        m.role_text = " ".join(t.text for t in words[:best[0]])
    if m.country is None and words:
        m.country_weak = _country_in(countries, words[0].start, words[-1].end)


_SIDE = re.compile(r"\b(?:on|from|for|of)\s+the\s+([\w-]+)\s+side\b|\b(?:с|со|от)\s+([\w-]+)\s+стороны\b", re.I)


_ANY_SIDE = re.compile(r"\bthe\s+([\w-]+)\s+side\b|(?<!\w)(?:с|со|от)\s+([\w-]+)\s+стороны\b", re.I)


def _side_country(text: str, start: int, end: int, countries: list[CountryHit], at: int | None = None) -> str | None:
    """'… also took part on the Georgian side', 'с грузинской стороны': the one side the sentence
    names is the country of a person it does not otherwise place."""
    codes = set()
    for rx in (_SIDE, _ANY_SIDE):
        for m in rx.finditer(text, start, end):
            g = 1 if m.group(1) else 2
            code = _country_in(countries, m.start(g), m.end(g))
            if code:
                codes.add(code)
    if len(codes) == 1:
        return codes.pop()
    if at is None:
        return None
    # Two sides in one sentence ("on the Lithuanian side the talks were led by A, and the Estonian
    # side by B"): the person's is the last side named before the name.
    sides = [(m.end(), code) for m in _ANY_SIDE.finditer(text, start, at)
             if (code := _country_in(countries, *m.span(1 if m.group(1) else 2)))]
    return sides[-1][1] if sides else None


def _country_in(countries: list[CountryHit], start: int, end: int) -> str | None:
    inside = [c for c in countries if start <= c.start and c.end <= end]
    return inside[-1].code if inside else None


# Honorifics between an office and the name: "Raksha Mantri Shri X", "counterpart Dato' Seri X".
_HONORIFIC_BEFORE = _HONORIFIC_INSIDE | {"seri", "sri", "tan", "tun", "toh", "puan", "sir", "hon", "honourable",
                                         "honorable", "sheikh", "sheik", "sayyid", "ratu", "haji", "hajji", "pehin",
                                         "datu", "prince", "princess", "'", "’"}


_RETIRED = {"retd", "rtd", "ret", "retired", "retd.", "rtd.", "ret.", "(", ")", "в", "отставке", "запасе"}


def _skip_honorifics(before, i: int) -> int:
    while i > 0 and (before[i - 1].low in _HONORIFIC_BEFORE or (before[i - 1].low.endswith(".") and before[i - 1].low[:-1] in _HONORIFIC_BEFORE)
                     or (before[i - 1].text == "." and i > 1
                                                                  and before[i - 2].low in _HONORIFIC_BEFORE)):
        i -= 1
    # "General (Retd) Abdul Karim", "Brig. Gen. (ret.) Jane Roe": the retired marker between the
    # rank and the name.
    k = i
    if k > 0 and before[k - 1].text in (")", "]"):
        k -= 1
        while k > 0 and before[k - 1].low.rstrip(".") in _RETIRED and before[k - 1].text not in ("(", "["):
            k -= 1
        if k > 0 and before[k - 1].text in ("(", "[") and k < i - 1:
            i = _skip_honorifics(before, k - 1)
    return i


def _skip_relative_clause(before, i: int) -> int:
    """"Vanuatu's Minister for Home Affairs, who is also responsible for the police, John Doe": a
    relative clause between the office and the name (ended by the comma at ``i``) is passed over,
    so the office before it is the name's. Only a "who"/"which" clause of up to 25 words, opened
    by a comma right after an office word."""
    if not 0 < i < len(before) or before[i].text != ",":
        return i
    k = i - 1
    while k > 0 and i - k <= 25 and before[k].text not in (".", ";", "(", ")"):
        if before[k].low in ("who", "which") and before[k - 1].text == ",":
            if k >= 2 and before[k - 2].low in lexicon()["chain"] and before[k - 2].low not in _SMALL:
                return k - 1
            return i
        k -= 1
    return i


# Offices written as their initials before a name.
_ACRONYM_OFFICE = {"CDS": "Chief of Defence Staff", "COAS": "Chief of Army Staff", "CNS": "Chief of Naval Staff",
                   "CAS": "Chief of Air Staff", "CGS": "Chief of the General Staff", "NSA": "National Security Advisor",
                   "CJCS": "Chairman of the Joint Chiefs of Staff", "CJCSC": "Chairman of the Joint Chiefs of Staff Committee",
                   "DM": "Defence Minister", "FM": "Foreign Minister", "PM": "Prime Minister", "VP": "Vice President"}
_POSTED_TO = {"ambassador", "envoy", "attaché", "attache", "representative", "consul", "consul-general", "charge", "chargé"}


_SERVICE_BEFORE_RANK = (("air", "force"), ("space", "force"), ("marine", "corps"), ("coast", "guard"), ("army",), ("navy",))


def _proper_word(t, countries, lex) -> bool:
    """A capitalised word that is no office word, no state, no function word and no English noun:
    the proper name of a company or body ("Hanwha", "Airbus"). A word in capitals is a credit or
    initials ("KAZINFORM Defense Minister of Kazakhstan"), never taken for one."""
    return (t.text[:1].isupper() and t.text.isalpha() and not t.text.isupper() and t.low not in lex["chain"] and t.low not in _stop_words()
            and not _is_country_tok(t, countries) and t.low not in _HONORIFIC_BEFORE and t.low not in _english_nouns()
            and not _is_rank_tok(t))


def _context_en(text, m: NameMention, before, toks, countries) -> None:
    lex = lexicon()
    i = _skip_honorifics(before, len(before))
    # Rank right before the name (longest match).
    for n in (6, 5, 4, 3, 2, 1):  # "Rear Admiral (Lower Half)"
        if i - n < 0:
            continue
        key = tuple(t.low.replace("-", " ") for t in before[i - n:i])
        key = tuple(_RANK_WORD.get(w.rstrip("."), w) for w in " ".join(key).split() if w != ".")
        if not key:
            continue
        if key in lex["ranks_en"] and key[:1] == ("army",) and len(key) == 2 and i - n - 1 >= 0 \
                and (_is_country_tok(before[i - n - 1], countries) or before[i - n - 1].low in ("the", "of")):
            continue  # "Chief of Staff of the Pakistan Army General X": the state's army, then the rank General
        if key in lex["ranks_en"] and ((key[:2] == ("army", "corps") and i - n - 1 >= 0 and before[i - n - 1].low in ("the", "of"))
                                       or (key[:1] == ("corps",) and i - n - 2 >= 0 and before[i - n - 1].low == "army"
                                           and before[i - n - 2].low in ("the", "of"))):
            continue  # "Commander of the Army Corps General X": the corps commanded, then the rank General
        if key in lex["ranks_en"] and key[:1] == ("corps",) and i - n - 1 >= 0 and before[i - n - 1].text[:1].isupper() \
                and before[i - n - 1].low not in ("army", "air"):
            continue  # "US Marine Corps General X": a service named '… Corps', then the rank General
        if key in lex["ranks_en"] and key[0] == "staff" and i - n - 1 >= 0 and before[i - n - 1].low == "of":
            continue  # "Chief of Staff Lieutenant General X": "Staff" ends the office, the rank is what follows
        if key in lex["ranks_en"]:
            if key[0] == "general" and i - n - 1 >= 0 and before[i - n - 1].low in ("secretary", "attorney", "inspector", "consul", "governor", "director", "surgeon") \
                    and not (before[i - n - 1].low == "secretary" and i - n - 2 >= 0
                             and before[i - n - 2].low in ("defence", "defense", "foreign", "home", "interior", "navy", "army")):
                break  # "Secretary General" is an office, not a rank ("Defence Secretary General X" holds the rank)
            m.rank = lex["ranks_en"][key]
            m.rank_text = text[before[i - n].start:before[i - 1].end]
            m.cue = True
            i -= n
            # "Press Secretary Air Force Brig. Gen. X", "Army Gen. X": the service named before a
            # rank (US usage) goes with the rank, not with the office before it.
            for svc in _SERVICE_BEFORE_RANK:
                k = len(svc)
                if i - k >= 0 and tuple(t.low for t in before[i - k:i]) == svc and before[i - k].text[:1].isupper() \
                        and not (i - k > 0 and before[i - k - 1].low in ("of", "the", "'s", "’s")):
                    i -= k
                    break
            break
    i = _skip_honorifics(before, i)
    while i < len(before) and style_as_complement(before, i):
        i += 1  # "… of His Majesty X": the style after "of" is the office's complement, not the person's
    comma = False
    if i > 0 and before[i - 1].text == "," and (m.rank or (i > 1 and before[i - 2].low not in ("said", "says", "added"))):
        i -= 1  # "the Secretary General of the CSTO, Imangali Tasmagambetov": the office in apposition
        i = _skip_relative_clause(before, i)
        comma = True
    # The role phrase: a run of office words, country words and function words.
    j = i
    while j > 0:
        t = before[j - 1]
        if j < i and j >= 2 and t.text[:1].isupper() and t.low in lex["chain"] and _proper_word(before[j - 2], countries, lex):
            break  # "Hanwha Aerospace chief X": "Aerospace" is a word of the company's name, not of the office
        if t.low in lex["chain"] or t.text in ("’s", "'s") or _country_in(countries, t.start, t.end) or _is_country_tok(t, countries):
            j -= 1
            continue
        if (t.low in ("from", "of") and j < i and j >= 2 and _is_country_tok(before[j], countries)
                and before[j - 2].low in ("counterpart", "counterparts", "colleague", "colleagues")):
            j -= 1  # "his counterpart from Latvia, X": the state of the counterpart
            continue
        if style_as_complement(before, j - 1):
            j -= style_as_complement(before, j - 1) + 1  # "Advisor to His Majesty the King for …", "… of His Majesty X"
            continue
        a = joined_complement_start(before, j, _stop_words().__contains__)
        if a is not None:
            j = a  # "Minister of Defence and Military Production General X": both halves of the office
            continue
        if t.low == "war" and j < i and before[j].low == "veterans":
            j -= 1  # "Minister of Defence and War Veterans Affairs": "war" only inside the veterans' office
            continue
        if (t.text == ")" and j >= 3 and before[j - 3].text == "(" and before[j - 2].text.isupper()
                and before[j - 2].text.isalpha() and j < i):
            j -= 3  # "Department of National Defense (DND) Secretary": the body's initials inside the office
            continue
        if (t.low in ("to", "in", "at") and j < i and j >= 2
                and (_is_country_tok(before[j], countries) or _INTERNATIONAL.fullmatch(before[j].text))
                and any(x.low in _POSTED_TO for x in before[max(0, j - 8):j - 1])):
            j -= 1  # "the Japanese Ambassador to Bangladesh": the post's country inside the office
            continue
        # The proper name of a region or body inside the office, after "for"/"of" ("Special
        # Representative for the Andes Region", "Commander of Kilo Company"): up to three
        # capitalised words.
        k = j
        while k > 0 and j - k < 5 and before[k - 1].text[:1].isupper() and before[k - 1].low not in _stop_words():
            k -= 1
        if k < j and k > 0:
            p = k - 1 if before[k - 1].low == "the" and k > 1 else k
            if before[p - 1].low in ("for", "of", "to") or (
                    before[p - 1].low in ("in", "at") and any(x.low in _POSTED_TO for x in before[max(0, p - 9):p - 1])):
                j = p - 1
                continue
        # A portfolio of several states or regions after "for" ("Deputy Assistant Secretary of Defense
        # for Russia, Ukraine and Eurasia"): the list is part of the office.
        f = _PORTFOLIO_END.search(text, before[0].start, t.end)
        if f and f.end() == t.end:
            k = next((x for x in range(j - 1, -1, -1) if before[x].start == f.start()), None)
            if k is not None and k > 0 and (before[k - 1].low in lex["chain"] or before[k - 1].text[:1].isupper()):
                j = k
                continue
        break
    if j == i and i > 0 and before[i - 1].text.rstrip(".") in _ACRONYM_OFFICE:
        # "CDS General Anil Chauhan", "India's COAS Gen X": an office written as its initials.
        m.role = _ACRONYM_OFFICE[before[i - 1].text.rstrip(".")]
        m.role_text = before[i - 1].text
        m.cue = True
        k = i - 1
        while k > 0 and (before[k - 1].text in ("’s", "'s") or _is_country_tok(before[k - 1], countries)):
            k -= 1
        if k < i - 1:
            m.country = _country_in(countries, before[k].start, before[i - 1].start)
    chain = before[j:i]
    if comma and not any(t.low in lex["heads"] or t.low in ("counterpart", "colleague", "counterparts", "colleagues")
                         or _PLURAL_HEAD.fullmatch(t.text.capitalize()) for t in chain):
        # "In Vilnius, Lithuania, Colonel X of the Estonian Defence Forces": what stands before the
        # comma names no office (a place, a dateline), so it says nothing of the person's state.
        chain = []
    if chain:
        c_start, c_end = chain[0].start, chain[-1].end
        m.country = _country_in(_not_portfolio(text, countries, c_start, c_end), c_start, c_end)
        # ("the Ambassador Extraordinary and Plenipotentiary of Chile to Argentina": the post's
        # words may stand between the envoy and "to")
        posted = next((t for k, t in enumerate(chain) if t.low in ("to", "in") and k
                       and any(x.low in _POSTED_TO for x in chain[:k])), None)
        if posted is not None:
            # An envoy's own country is the one before "to": the one after is where the post is.
            m.country = _country_in(countries, c_start, posted.start)
        role = _clean_role_en(text, chain, countries)
        if role:
            m.role_text = role
            m.role = _singular_head(_title(role))
            m.cue = True
            m.international = _international_office(text[c_start:c_end])
        elif any(t.low in ("counterpart", "colleague") for t in chain):
            m.cue = True
            m.counterpart = True
    # A delegation: "the Russian (military) delegation led by …", "a delegation of the Turkish
    # Armed Forces headed by Lieutenant General …".
    if m.country is None:
        c_start = chain[0].start if chain else (before[i].start if i < len(before) else m.start)
        pre = text[max(0, c_start - 120):c_start]
        d = re.search(r"(\b\w+\s+(?:military\s+|defen[cs]e\s+)?delegation\b[^.;]{0,70}?)\b(?:led|headed)\s+by\s*$", pre)
        if d:
            m.country = _country_in(countries, c_start - len(pre) + d.start(1), c_start - len(pre) + d.end(1))
        else:
            # "The Indian delegation included National Security Adviser A and Foreign Secretary B":
            # the members listed (no other verb between) are of the delegation's state.
            d = re.search(r"(\b\w+\s+(?:military\s+|defen[cs]e\s+|official\s+)?delegation\b[^.;]{0,30}?)\b(?:included|includes|including|"
                          r"comprised|comprising|consisted\s+of|was\s+made\s+up\s+of)\b([^.;]{0,160})$", pre)
            if d and not re.search(r"\b(?:who|which|met|meet|with|received|hosted|visited|held|welcomed|and\s+the\s+\w+\s+side)\b", d.group(2)):
                m.country_weak = _country_in(countries, c_start - len(pre) + d.start(1), c_start - len(pre) + d.end(1))
    # "The Mongolian defence minister was accompanied by Lieutenant General X": the one state of the
    # clause before "accompanied by" is the companion's.
    if m.country is None:
        c_start = chain[0].start if chain else (before[i].start if i < len(before) else m.start)
        pre = text[max(0, c_start - 120):c_start]
        d = re.search(r"([^.;!?\n]*?)\b(?:was|were|is|are|been)?[ \t]*accompanied[ \t]+by[ \t]*$", pre)
        if d:
            found = {c.code for c in countries if c_start - len(pre) + d.start(1) <= c.start and c.end <= c_start - len(pre) + d.end(1)}
            if len(found) == 1:
                m.country_weak = m.country_weak or found.pop()
    # A state's representative in a list: "China was represented by Defence Minister X, and
    # Vietnam by General Y": the state that the clause says is represented.
    if m.country is None:
        c_start = chain[0].start if chain else (before[i].start if i < len(before) else m.start)
        pre = text[max(0, c_start - 160):c_start]
        r = _REPRESENTED_BY.search(pre)
        if r and (r.group(1) or re.search(r"\brepresented\s+by\b[^.;]*$", pre[:r.start()])):
            g = 1 if r.group(1) else 2
            hit = _country_in(countries, c_start - len(pre) + r.start(g), c_start - len(pre) + r.end(g))
            if hit is not None:
                m.country = hit
    # "Lt. Gen. Tanaka Hiroshi of Japan", "Admiral Kim from South Korea", "Defence Minister X (Brazil)":
    # the state right after the name, bound to it. It outranks a state that the words before the name
    # give without an office ("the talks brought together A of Nigeria and B of Ghana": B is not of
    # Nigeria).
    if m.country is None or (chain and not m.role and not m.counterpart):
        nxt = [t for t in toks if t.start >= m.end][:4]
        hit = None
        if len(nxt) >= 2 and nxt[0].low in ("of", "from"):
            k = 2 if nxt[1].low == "the" and len(nxt) > 2 else 1
            hit = next((c for c in countries if c.start == nxt[k].start), None)
        elif len(nxt) >= 3 and nxt[0].text in ("(", "[") and text[m.end:nxt[0].start].strip() == "":
            # "(Brazil)": only a state's name in the brackets
            hit = next((c for c in countries if c.start == nxt[1].start), None)
            if hit is not None and not re.match(r"[ \t]*[)\]]", text[hit.end:hit.end + 3]):
                hit = None
        if hit is not None:
            m.country = hit.code
    # The delegation the person leads, said after the name: "X led the Greek delegation",
    # "X, who headed the Turkish military delegation".
    if m.country is None:
        d = _LEADS_DELEGATION.match(text, m.end)
        if d:
            m.country = _country_in(countries, d.start(1), d.end(1))
    # An apposition after the name: ", the new military attaché of Belarus".
    after = [t for t in toks if t.start >= m.end][:16]
    # (or after a dash: "X - the chairman of the standing committee on defence")
    # (or in brackets: "X (Chief of the General Staff) met"; or in a relative clause: "X, who is the
    # chief of the general staff of …")
    # (or as the predicate of its own clause: "Salem is the chief of the general staff.")
    copula = len(after) > 2 and after[0].low in ("is", "was") and after[1].low == "the"
    if after and (after[0].text in (",", "-", "–", "—", "(") or copula):
        k0 = 1
        lows = [t.low for t in after[:5]]
        if after[0].text == "," and lows[1:2] in (["a"], ["an"]) and len(after) > 2 and after[2].low in lex["chain"]:
            k0 = 2  # ", a senator from Texas,", ", an adviser to the minister,": the office after the article
        if after[0].text == "," and lows[1:2] == ["who"]:
            w = 2 + (lows[2:3] in (["also"], ["now"], ["currently"]))
            verb = next((n for seq, n in ((["is"], 1), (["was"], 1), (["serves", "as"], 2), (["served", "as"], 2),
                                          (["has", "been"], 2), (["became"], 1)) if lows[w:w + len(seq)] == seq), 0)
            k0 = w + verb if verb else 1
        k = k0
        listed = [(f.start(), f.end()) for f in _PORTFOLIO.finditer(text, after[0].end, after[-1].end)]
        while k < len(after) and (after[k].low in lex["chain"] or _is_country_tok(after[k], countries)
                                  or (after[k].low in ("to", "in") and k + 1 < len(after) and _is_country_tok(after[k + 1], countries)
                                      and any(t.low in _POSTED_TO for t in after[k0:k]))
                                  or any(a < after[k].start and after[k].end <= b for a, b in listed)
                                  or (after[k].text in ("’s", "'s") and k > 1)
                                  or _office_word_after_head(after, k, lex)
                                  or style_as_complement(after, k)
                                  or _body_name_after_head(after, k, lex)
                                  or (after[k].low == "on" and k > 1 and after[k - 1].low in _BODY_WORDS)):
            k += 1
        app = after[k0:k]
        while app and app[-1].low in _SMALL:
            app = app[:-1]
        closed = (",", ".", ";", ")") if after[0].text == "(" else (",", ".", ";")
        if app and any(t.low in lex["heads"] for t in app) and (k == len(after) or after[k].text in closed or after[k].low in ("in", "at", "on", "who")
                                                                 or (after[k].text.islower() and _inflected_verb(after[k].text))):
            role = _clean_role_en(text, app, countries)
            if role and not m.role:
                m.role_text = role
                m.role = _title(role)
            # ("Pakistan's ambassador to Azerbaijan": an envoy's state is the one before "to")
            posted = next((t for t in app if t.low in ("to", "in") and any(x.low in _POSTED_TO for x in app if x.start < t.start)), None)
            end = posted.start if posted is not None else app[-1].end
            m.country_weak = _country_in(_not_portfolio(text, countries, app[0].start, end), app[0].start, end)
    if not m.role:
        _who_holds(text, m, countries)
    if m.country is None and m.country_weak is None:
        m.country_weak = _demonym_noun(text, m, before[:i] if j == i else [], after, countries)


def _demonym_noun(text: str, m: NameMention, before, after, countries) -> str | None:
    """A state's adjective bound to the name through one common noun that is no office: "his Ugandan
    host X", "the Qatari guest X", "X, an Iranian general," "X, a Kenyan diplomat." The noun must
    be a plain lower-case noun (not a verb, not a function word), right next to the name."""
    nouns = _english_nouns()

    def plain_noun(t) -> bool:
        return (t.text.isalpha() and t.text.islower() and t.low not in _stop_words()
                and (not nouns or t.low in nouns) and not _inflected_verb(t.text))

    def adjective_ending(tok) -> str | None:
        return next((c.code for c in countries if c.kind == "adjective" and c.end == tok.end), None)

    if len(before) >= 2 and plain_noun(before[-1]):
        hit = adjective_ending(before[-2])
        if hit:
            return hit
    # after the name: ", an Iranian general," / ", a Kenyan diplomat."
    if len(after) >= 4 and after[0].text == "," and after[1].low in ("a", "an", "the"):
        k = next((k for k in range(2, min(len(after) - 1, 5)) if adjective_ending(after[k])), None)
        if k is not None and plain_noun(after[k + 1]) and (k + 2 == len(after) or after[k + 2].text in (",", ".", ";", ")")):
            return adjective_ending(after[k])
    return None


#: ", who heads the Jordanian army", ", who commands the Northern Fleet": an office said as a verb.
_WHO_HOLDS = re.compile(r"[ \t]*,[ \t]*who[ \t]+(?:(?:also|now|currently)[ \t]+)?(heads|leads|commands|chairs|directs)[ \t]+"
                        r"(?:the[ \t]+|(?=[A-Z][\w'’ -]{0,30}?['’]s[ \t]))"  # "the Jordanian army", "Kenya's navy"
                        r"((?:[A-Z][\w'’ -]{0,30}?['’]s[ \t]+)?(?:[\w'’-]+[ \t]+){0,4}?(?:army|navy|air[ \t]+force|armed[ \t]+forces|(?:defen[cs]e|land|ground|naval|air)[ \t]+forces|"
                        r"general[ \t]+staff|fleet|ministry|department|directorate|committee|commission|council|command|guard|corps|academy))(?=[ \t]*[,.;)])",
                        re.IGNORECASE)
_HOLDER = {"heads": "Head", "leads": "Head", "commands": "Commander", "chairs": "Chairman", "directs": "Director"}


def _who_holds(text: str, m: NameMention, countries) -> None:
    """The office of a relative clause right after the name: "X, who heads the Jordanian army," ->
    Head of the Army (the state, from the words, when the person has none)."""
    w = _WHO_HOLDS.match(text, m.end)
    if not w:
        return
    start, end = w.start(2), w.end(2)
    # (a state's name, with its possessive "'s", is no word of the office)
    words = [x for x in re.finditer(r"[\w'’-]+", text[start:end])
             if not any(c.start <= start + x.start() < c.end for c in countries) and x.group() not in ("'s", "’s")]
    if not words:
        return
    body = " ".join(x.group() for x in words)
    m.role_text = text[w.start(1):end]
    m.role = _title(f"{_HOLDER[w.group(1).casefold()]} of the {body}")
    m.cue = True
    if m.country is None:
        m.country = _country_in(countries, start, end)


_REPRESENTED_BY = re.compile(
    r"(?:\b((?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})[ \t]+(?:was|were|is|are|will[ \t]+be)[ \t]+represented[ \t]+by"
    r"|(?:,[ \t]*|\band[ \t]+|;[ \t]*)(?:and[ \t]+)?((?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})[ \t]+by)[ \t]*$")
_LEADS_DELEGATION = re.compile(r"[ \t]*,?[ \t]*(?:who[ \t]+)?(?:has[ \t]+|had[ \t]+)?(?:led|leads|headed|heads|is[ \t]+leading|was[ \t]+leading)"
                               r"[ \t]+(?:the|a|an)[ \t]+([\w-]+(?:[ \t]+[\w-]+)?)[ \t]+(?:(?:military|defen[cs]e|official|government)[ \t]+)?delegation\b")
_IRREGULAR_VERBS = {"said", "says", "told", "spoke", "met", "made", "gave", "took", "held", "led", "sent", "saw", "went",
                    "came", "left", "thanked", "noted"}


def _office_word_after_head(after, k: int, lex) -> bool:
    """Inside an office named after the name, past its head word ("the chairwoman of the senate
    committee on defence"): any lower-case word that is no verb and no stop word."""
    t = after[k]
    if not (t.text.isalpha() and t.text.islower()) or t.low in _IRREGULAR_VERBS or t.low in _stop_words():
        return False
    if _inflected_verb(t.text) and not (t.low.endswith("ing") and k + 1 < len(after)
                                        and after[k + 1].low in lex["chain"] and after[k + 1].low not in _SMALL
                                        and after[k + 1].low not in ("his", "her", "their", "its", "the")):
        return False  # "presented the budget" ends the office; "planning department" is in it
    return any(x.low in lex["heads"] for x in after[1:k])


def _body_name_after_head(after, k: int, lex) -> bool:
    """Inside an office named after the name, the proper name of the body it heads ("commander of
    the Royal New Zealand Navy", "chief of the Estonian Defence League"): a capitalised word after
    "of"/"for" (and "the"), or after another such word, once the office's head word was said."""
    def proper(w) -> bool:  # "Royal", "Defence", "1st" ("the 1st Army Corps")
        return ((w.text[:1].isupper() and w.text.isalpha()) or bool(re.fullmatch(r"\d{1,3}(?:st|nd|rd|th)?", w.low))) \
            and w.low not in _stop_words()

    t = after[k]
    if not proper(t) or k < 2:
        return False
    p = k - 1
    while p > 1 and proper(after[p]):
        p -= 1  # back over the body's earlier capitalised words
    if after[p].low == "the" and p > 1:
        p -= 1
    if and_in_complement(after, p):
        return any(x.low in lex["heads"] for x in after[1:p])  # "Minister of Defence and Military Production"
    return after[p].low in ("of", "for") and any(x.low in lex["heads"] for x in after[1:p])


_ITEM = r"(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}"
#: "for Russia, Ukraine and Eurasia", "for Afghanistan and Pakistan": the states or regions an office is for.
_PORTFOLIO = re.compile(rf"\bfor[ \t]+{_ITEM}(?:(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+){_ITEM})+")
_PORTFOLIO_END = re.compile(rf"\bfor[ \t]+{_ITEM}(?:(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+){_ITEM})+$")


def _not_portfolio(text: str, countries, start: int, end: int) -> list:
    """The country hits between ``start`` and ``end`` less those in an office's portfolio ("for Russia,
    Ukraine and Eurasia", "for Afghanistan"): the states an office deals with, not the one it serves."""
    spans = [(f.start(), f.end()) for f in _PORTFOLIO.finditer(text, start, end)]
    spans += [(f.start(), f.end()) for f in re.finditer(r"\bfor[ \t]+(?:the[ \t]+)?(?=[A-Z])", text[start:end])
              for f in [re.compile(r"\bfor[ \t]+" + _ITEM).match(text, start + f.start())] if f]
    return [c for c in countries if not any(a <= c.start and c.end <= b for a, b in spans)]


_BODY_WORDS = {"committee", "commission", "council", "subcommittee"}  # "committee on defence"


def _is_country_tok(t, countries) -> bool:
    return any(c.start <= t.start and t.end <= c.end for c in countries)


def _clean_role_en(text, chain, countries) -> str | None:
    lex = lexicon()
    ws = list(chain)
    # Leading articles, possessives, countries and demonyms: "Azerbaijan’s", "the Russian".
    changed = True
    while ws and changed:
        changed = False
        while ws and (ws[0].low in ("the", "his", "her", "their", "its", "new", "newly", "appointed", "top", "a", "an", "and", "of", ",", "-", "–", "—", "this", "that", "country")
                      or ws[0].text in ("’s", "'s")):
            ws = ws[1:]
            changed = True
        while ws and _is_country_tok(ws[0], countries):
            ws = ws[1:]
            changed = True
        if ws and (ws[0].text == "(" or not any(ch.isalnum() for ch in ws[0].text)):
            # A dateline's credit before the office: "(KW) -- Georgian Defence Minister", "(Trend) –":
            # a bracketed group or a dash opens no office.
            k = next((x for x, t in enumerate(ws) if t.text == ")"), None) if ws[0].text == "(" else 0
            if k is not None:
                ws = ws[k + 1:]
                changed = True
    # Trailing "of (the) (Republic of) <Country>", "-", "and".
    changed = True
    while ws and changed:
        changed = False
        while ws and ws[-1].low in ("of", "the", "and", "-", "–", ",", "republic", "federation"):
            ws = ws[:-1]
            changed = True
        if len(ws) > 3 and ws[-1].low == "country" and ws[-2].low in ("this", "that", "the") and ws[-3].low == "of":
            ws = ws[:-3]  # "… Committee of this country": the state named before, as a qualifier
            changed = True
        k = len(ws)
        while k > 0 and (_is_country_tok(ws[k - 1], countries) or ws[k - 1].low in ("the", "republic", "federation", "of")
                         or (ws[k - 1].low in ("and", ",") and k < len(ws)
                             and (_is_country_tok(ws[k], countries) or ws[k].low == "the"))):
            k -= 1  # "of Moldova and Romania", "of Brunei and the Philippines"
        if k < len(ws) and k > 0 and any(ws[x].low == "of" for x in range(k - 1, len(ws))) and any(_is_country_tok(w, countries) for w in ws[k:]):
            ws = ws[:k]
            changed = True
        # An envoy's post: "Ambassador of Japan to Uzbekistan", "Military Attaché of Turkey in
        # Astana": the place of the post is no part of the office, like the country qualifier.
        post = next((x for x in range(1, len(ws)) if ws[x].low in ("to", "in", "at")
                     and any(w.low in _POSTED_TO for w in ws[:x]) and x + 1 < len(ws)
                     and all(w.text[:1].isupper() or w.low in ("the", "of", "and") for w in ws[x + 1:])), None)
        if post is not None:
            ws = ws[:post]
            changed = True
    while len(ws) > 1 and not style_as_complement(ws, len(ws) - 1) \
            and (ws[-1].low.rstrip(".") in ("h", "e", "he", "hon") or ws[-1].low in _HONORIFIC_BEFORE or ws[-1].text == "."):
        ws = ws[:-1]  # "Minister of State for Defence Affairs H E Khalid …": the honorific is not the office
    if not ws or not any(t.low in lex["heads"] or _PLURAL_HEAD.fullmatch(t.text.capitalize()) for t in ws):
        return None
    return text[ws[0].start:ws[-1].end]


def _own_clause_ru(window) -> int:
    """Where the name's own phrase starts in the words before it: after the last finite verb or
    sentence end ("Министр обороны Беларуси встретился с генералом X": the minister is the
    subject, not X's office; only "генералом" is X's)."""
    from generator.nlp.analysis import morph

    for i in range(len(window) - 1, -1, -1):
        t = window[i].text
        if t in (".", "!", "?", ";") or (_CYR.search(t) and t.islower() and morph().parse(t.casefold())[0].tag.POS == "VERB"):
            return i + 1
    return 0


@lru_cache(maxsize=4096)
def _preposition_ru(word: str) -> bool:
    """A Russian word read first as a preposition ("после", "После", "при", "для")."""
    if not _CYR.search(word) or not word[1:].islower():
        return False
    return nlp.morph().parse(word.casefold())[0].tag.POS == "PREP"


def _context_ru(m: NameMention, before, countries, an_text: str = "") -> None:
    lex = lexicon()
    window = before[-14:]
    window = window[_own_clause_ru(window):]
    # ("после" is also "посол" in the prepositional case: a preposition reads as itself, never an office)
    lem = [frozenset({t.text.casefold()}) if _preposition_ru(t.text) else nlp.lemmas(t.text) for t in window]
    if any("коллега" in x for x in lem[-3:]):
        m.counterpart = True  # "со своим узбекским коллегой X"

    def match(table, i, skip_countries=False):
        best = None
        for key, val in table.items():
            n = _match_len(key, i, skip_countries)
            if n and (best is None or n > best[0]):
                best = (n, val)
        return best

    def _match_len(key, i, skip_countries):
        """Tokens from ``i`` that spell ``key``; with ``skip_countries`` a country inside the office
        is passed over ("помощник президента РФ по вопросам …"). 0 when they do not."""
        j = i
        for k, word in enumerate(key):
            while skip_countries and k and j < len(window) and word not in lem[j] and _is_country_tok(window[j], countries):
                j += 1
            if j >= len(window) or word not in lem[j]:
                return 0
            j += 1
        return j - i

    # Rank: the nearest match before the name.
    rank_at = None
    for i in range(len(window) - 1, -1, -1):
        r = match(lex["ranks_ru"], i)
        if r and i > 0 and (r2 := match(lex["ranks_ru"], i - 1)) and r2[0] > r[0]:
            i, r = i - 1, r2  # "старшим полковником": Senior Colonel, not the Colonel inside it
        if r and i + r[0] >= len(window) - 2:
            m.rank = r[1]
            m.rank_text = " ".join(t.text for t in window[i:i + r[0]])
            m.cue = True
            rank_at = i
            break
    # Role: the leftmost match of the chain that ends at the name (or at its rank).
    roles = []
    i = 0
    limit = rank_at if rank_at is not None else len(window)
    while i < limit:
        r = match(lex["roles_ru"], i, skip_countries=True)
        if r:
            roles.append((i, r))
            i += r[0]
        else:
            i += 1
    if roles:
        # The chain that reaches the name: walk left from the last role while the words between
        # two roles are only countries, commas and conjunctions ("Президента Азербайджанской
        # Республики, Верховного Главнокомандующего" is one chain; "министра обороны
        # Азербайджана принял начальник" is two).
        pick = len(roles) - 1
        while pick > 0:
            prev_i, prev_r = roles[pick - 1]
            gap = window[prev_i + prev_r[0]:roles[pick][0]]
            if all(t.text in (",", "-", "–", "—", "и") or _is_country_tok(t, countries) for t in gap):
                pick -= 1
            else:
                break
        roles = roles[pick:]
        first = roles[0]
        val = first[1][1]
        # "первый заместитель министра обороны - начальник Генерального штаба": join the two.
        if len(roles) > 1:
            nxt = roles[1]
            gap = window[first[0] + first[1][0]:nxt[0]]
            if gap and all(t.text in ("-", "–", "—") for t in gap):
                val = f"{val} - {nxt[1][1]}"
        m.role = val
        m.role_text = " ".join(t.text for t in window[first[0]:first[0] + first[1][0]])
        m.cue = True
        c_start = window[first[0]].start
        m.international = _international_office(" ".join(t.text for t in window[first[0]:]))
        m.country = _country_in(countries, c_start, m.start)
        if val in ("Ambassador", "Military Attaché", "Special Representative"):
            # "военный атташе Китая в Таджикистане", "посол Пакистана в Омане": the envoy's own
            # state is the one not after "в" / "при" (that one is where the post is).
            own = [c for c in countries if c_start <= c.start and c.end <= m.start
                   and not re.search(r"(?:^|\s)(?:в|во|при|на)\s+$", an_text[max(0, c.start - 5):c.start], re.I)]
            if own:
                m.country = own[-1].code
    elif rank_at is not None:
        m.country = _country_in(countries, window[max(0, rank_at - 4)].start, m.start)
    if m.country is None and window:
        # "С казахстанской стороны ... начальник Генерального штаба ...": one country in the clause.
        found = {c.code for c in countries if window[0].start <= c.start and c.end <= m.start}
        if len(found) == 1:
            m.country_weak = found.pop()


# --------------------------------------------------------------------------- grouping

def group(mentions: list[NameMention], lang: str, registry: Registry) -> list[Person]:
    """Tie every mention to one person of the article; drop lone words that name nobody."""
    people: list[Person] = []
    by_key: dict[str, int] = {}

    def add_person(m: NameMention, known: Known | None) -> int:
        key = known.id if known else fold(m.normal)
        if key in by_key:
            return by_key[key]
        if known:
            name = known.name
            native = (known.ru or latin(m.normal)) if lang == "ru" else known.name
        else:
            name = _english_name(m.normal)
            native = m.normal
        people.append(Person(name=name, native=native, known=known))
        by_key[key] = len(people) - 1
        return len(people) - 1

    if lang == "ru":
        _same_name_in_nominative(mentions, registry)
    # Full names first; a full name that is the tail of a longer one in the article ("Ван Зянг"
    # of "Фан Ван Зянг") is that person, after it.
    def tail_of(m: NameMention) -> NameMention | None:
        k = len(m.parts)
        key = [fold(p) for p in m.parts]
        return next((x for x in mentions if x.is_full and len(x.parts) > k
                     and ([fold(p) for p in x.parts[-k:]] == key or _inner_run(m, x) or _lineage_head(m, x))
                     and not _is_org(x)), None)

    tails = [m for m in mentions if m.is_full and tail_of(m) is not None]
    for m in mentions:
        if m.is_full and m not in tails and lang == "ru" and _by_given_and_patronymic(m, people):
            continue
        if m.is_full and m not in tails:
            known = registry.person(m.normal) or registry.person(" ".join(m.parts))
            if known is None:
                # A middle name the registry lacks ("Recep Tayyip Erdogan" / "Tayyip Erdogan").
                known = _registry_by_parts(m.parts, registry)
            if known is None and len(m.parts) == 2:
                # Family name first ("Гурсэд Сайханбаяр" for the registry's "Saikhanbayar Gursed"):
                # both words agree with a known person's, in the other order.
                known = registry.person(f"{m.parts[1]} {m.parts[0]}")
            if known is None and len(m.parts) == 2:
                known = _registry_mongolian(m.parts, registry)
            if known is None and not m.cue and _a_city(m):
                continue  # "Buenos Aires will host the next round": a city the gazetteer knows
            if known is None and lang == "ru":
                known = _registry_declined(m.normal, registry)
            if known is None and lang == "ru" and _CYR.search(m.normal):
                # Another transliteration or spelling of a known foreign name ("Фан Ван-Зянг" for
                # the registry's "Фан Ван Занг", "Хоанг Суан Чиен" for "Хоанг Суан Тьиен").
                known = registry.person(m.normal.replace("-", " ")) if "-" in m.normal else None
                known = known or registry.person_fuzzy(m.normal)
            if known is None and len(m.parts) == 2:
                # "Saikhanbayar Gursed" beside "Gursed Saikhanbayar" (a Mongolian name with the
                # patronymic first, or a family name written first): the person named already.
                turned = fold(f"{m.parts[1]} {m.parts[0]}")
                same = next((i for i, p in enumerate(people) if any(fold(f) == turned for f in p.full_forms)), None)
                if same is not None:
                    m.person = same
                    continue
            if known is None and _is_org(m) and not m.cue and not m.listed and not _surname_of_a_person(m, mentions):
                continue  # a name-shaped organisation ("Royal Marines") unless a person's surname
            m.person = add_person(m, known)
            if m.normal not in people[m.person].full_forms:
                people[m.person].full_forms.append(m.normal)
    for m in tails:
        longer = tail_of(m)
        if longer is not None and longer.person is not None:
            m.person = longer.person
    # Same person under two full forms ("Sergey Shoigu" / "Sergei Shoigu"): fold() merged them.
    # Initials and surnames.
    for m in mentions:
        if m.person is not None:
            continue
        target = _nearest_with_surname(m, mentions, people)
        if target is not None:
            m.person = target
            continue
        if m.is_full:
            continue  # a name-shaped organisation that matched no person
        known = registry.person_by_surname(m.surname, m.initial)
        if known is not None and (m.cue or m.initial or len(m.parts) == 1):
            if m.initial or m.cue or known.name.split()[-1].casefold() == latin(m.surname).casefold():
                m.person = add_person(m, known)
                continue
        if m.cue and (m.initial or len(m.parts) >= 1) and (not _is_org(m) or (lang == "en" and _titled(m))):
            # A surname alone after a title or rank is a person, even one the model calls an
            # organisation ("Kazakh President Tokayev").
            m.person = add_person(m, None)
        elif (m.initial and m.origin.endswith((":PERSON", ":PER")) and len(m.surname) > 2
              and all(_is_initial(p) for p in m.parts[:-1]) and m.surname.casefold() not in _HONORIFIC):
            # "Z. Hasanov thanked the guests" with no full form in the article: an initial and
            # a surname the model tags as a person is a person, named as written.
            m.person = add_person(m, None)
    for p_idx, p in enumerate(people):
        p.mentions = [m for m in mentions if m.person == p_idx]
    return [p for p in people if p.mentions]


_PATRONYMIC_RU = re.compile(r"(?:ович|евич|ьич|овна|евна|ична|инична)$")


def _by_given_and_patronymic(m: NameMention, people: list[Person]) -> bool:
    """«Сергей Кужугетович» (given name and patronymic, the respectful way to name someone already
    named in full) is the one person of the article with that given name; ``m.person`` is set."""
    if len(m.parts) != 2 or not _PATRONYMIC_RU.search(m.parts[1].casefold()) or _is_initial(m.parts[0]):
        return False
    given = fold(m.parts[0])
    hits = [i for i, p in enumerate(people) if any(fold(f.split()[0]) == given for f in p.full_forms if f.split())]
    if len(hits) != 1:
        return False
    m.person = hits[0]
    return True


def rank_is_given_name(p: Person, name: str) -> bool:
    """"Minister Gen Nakatani": the rank read before the surname is the person's given name when the
    name the registry or the text gives in full opens with that very word ("Gen Nakatani")."""
    parts = name.split()
    written = [m.rank_text for m in p.mentions if m.rank]
    return (len(parts) > 1 and bool(written)
            and all(w and len(w.split()) == 1 and w.rstrip(".").casefold() == parts[0].casefold() for w in written))


def complete(an: Analysis, mentions: list[NameMention], people: list[Person], countries: list[CountryHit] = ()) -> None:
    """Surnames the model did not tag ("Hasanov thanked the guests") join the person with that
    surname named before them (Russian case endings allowed). An office in apposition after such a
    surname is read as after any name ("Rojas, the defence minister, said"), so that a bare office
    written earlier ("Minister Pablo Rojas") takes its complement from it."""
    taken = [(m.start, m.end) for m in mentions]
    surnames: dict[str, list[int]] = {}
    for i, p in enumerate(people):
        for m in p.mentions:
            if m.is_full or m.initial:
                surnames.setdefault(m.surname.casefold(), [])
                if i not in surnames[m.surname.casefold()]:
                    surnames[m.surname.casefold()].append(i)
    if not surnames:
        return
    lang = an.lang
    for t in an.tokens:
        if not t.text[:1].isupper() or any(s <= t.start < e for s, e in taken):
            continue
        low = t.text.casefold()
        for sur, idxs in surnames.items():
            if low == sur or (lang == "ru" and low.startswith(sur) and len(low) - len(sur) <= 3):
                # Nearest person with this surname named before this point.
                best = None
                for i in idxs:
                    firsts = [m.start for m in people[i].mentions if m.start < t.start]
                    if firsts and (best is None or max(firsts) > best[0]):
                        best = (max(firsts), i)
                if best is None:
                    continue
                nm = NameMention(t.start, t.end, t.text, t.text, [t.text], "rule:surname", person=best[1])
                _apposed_office(an, nm, countries)
                people[best[1]].mentions.append(nm)
                mentions.append(nm)
                break
    for p in people:
        p.mentions.sort(key=lambda m: m.start)
    mentions.sort(key=lambda m: m.start)
    _counterparts(an.text, mentions, people)


def _apposed_office(an: Analysis, m: NameMention, countries: list[CountryHit]) -> None:
    """The office in apposition right after a surname found late (", the defence minister,",
    ", министр обороны Чили,"): only what follows the name is read, never the words before it."""
    after = [t for t in an.tokens if t.start >= m.end][:16]
    copula = an.lang == "en" and len(after) > 2 and after[0].low in ("is", "was") and after[1].low == "the"
    if not after or (after[0].text not in (",", "(", "-", "–", "—") and not copula):
        return  # ("Salem is the chief of the general staff.": the office as the clause's predicate)
    if an.lang == "ru":
        _apposition_ru(m, after, countries)
        return
    probe = NameMention(m.start, m.end, m.text, m.normal, list(m.parts), m.origin)
    _context_en(an.text, probe, [], list(an.tokens), countries)
    if probe.role and len(probe.role.split()) > 1:
        # (a bare head after the surname says nothing new)
        m.role, m.role_text = probe.role, probe.role_text
        m.country_weak = probe.country_weak or probe.country


def _counterparts(text: str, mentions: list[NameMention], people: list[Person]) -> None:
    """"Georgia's Defence Minister X met his Turkish counterpart, Y": Y holds the same office as
    the person named before "counterpart" in the sentence (or the one before it) when the text
    gives Y none of its own. The office the first person holds anywhere in the article counts."""
    for m in mentions:
        if not m.counterpart or m.person is None or people[m.person].pick("role"):
            continue
        window = text.rfind("\n", 0, m.start)
        prev = [x for x in mentions if x.end <= m.start and x.person is not None and x.person != m.person
                and x.start > max(window, m.start - 400)]
        other = people[prev[-1].person] if prev else None
        role = other.pick("role") if other is not None else None
        if not role:
            # "the Chinese defence minister met his Pakistani counterpart Y": the office of the
            # unnamed person before "counterpart" in the sentence.
            role = _unnamed_office(text, max(window, text.rfind(". ", 0, m.start)) + 1, m.start)
        if role and re.search(r"\b(?:and|и)\b|\s[-–—]\s", role):
            role = _defence_part(role)  # "Deputy Prime Minister and Minister of National Defence": the office they share
        if role:
            # The office in the archive's words: a Malaysian counterpart of a Raksha Mantri is a
            # Minister of Defence.
            role = _PLURAL_HEAD.sub(lambda x: x.group(1) or "Secretary", role)
            m.role, m.role_text = canonical_role(role) or role, None


def _defence_part(role: str) -> str | None:
    """Of two offices held together ("State Councilor and Defense Minister", "Deputy Prime
    Minister – Minister of Defence"), the one defence office, in canonical words; None when the
    offices have no canonical labels or none (or both) is of defence."""
    label = canonical_role(role)
    parts = [p for p in (label or "").split(" – ") if re.search(r"defen[cs]e", p, re.IGNORECASE)]
    return parts[0] if len(parts) == 1 and label and " – " in label else None


_OFFICE_EN = (r"(?:defen[cs]e|foreign|interior|home)[ \t]+minister|minister[ \t]+of[ \t]+(?:national[ \t]+)?defen[cs]e|"
              r"minister[ \t]+of[ \t]+foreign[ \t]+affairs|defen[cs]e[ \t]+secretary|secretary[ \t]+of[ \t]+defen[cs]e|"
              r"chief[ \t]+of[ \t]+(?:the[ \t]+)?general[ \t]+staff|chief[ \t]+of[ \t]+(?:the[ \t]+)?defen[cs]e[ \t]+staff|"
              r"(?:army|navy|air[ \t]+force)[ \t]+(?:chief|commander)|министр[ \t]+обороны|начальник[ \t]+генштаба|"
              r"начальник[ \t]+генерального[ \t]+штаба")
_OFFICE_RX = re.compile(rf"\b(?:{_OFFICE_EN})\b", re.IGNORECASE)
_OFFICES_RX = re.compile(
    r"\b(?:(?:defen[cs]e|foreign)[ \t]+ministers|ministers[ \t]+of[ \t]+(?:national[ \t]+)?defen[cs]e|"
    r"ministers[ \t]+of[ \t]+foreign[ \t]+affairs|chiefs[ \t]+of[ \t]+(?:the[ \t]+)?general[ \t]+staff)\b", re.IGNORECASE)


def _unnamed_office(text: str, start: int, end: int) -> str | None:
    """The canonical office last written between ``start`` and ``end`` with no name after it."""
    found = list(_OFFICE_RX.finditer(text, start, end))
    if not found:
        return None
    words = " ".join(found[-1].group(0).split())
    return canonical_role(words) or _OFFICE_RU.get(words.casefold())  # ("министр обороны": the Russian office)


def plural_offices(text: str, persons: list, countries: list[CountryHit]) -> list:
    """"Defense Ministers of Georgia and Azerbaijan discussed …", "the Georgian and Azerbaijani
    defence ministers": each person of those countries the text gives no office of their own
    holds that office. ``persons``: PersonOut rows; returns them, some with a role."""
    from dataclasses import replace

    out = list(persons)
    for m in _OFFICES_RX.finditer(text):
        line_start = max(text.rfind("\n", 0, m.start()), text.rfind(". ", 0, m.start())) + 1
        nl = text.find("\n", m.end())
        stop = min(x for x in (text.find(". ", m.end()), nl, len(text)) if x >= 0)
        codes = {c.code for c in countries if line_start <= c.start < m.start() or m.end() <= c.start < min(stop, m.end() + 60)}
        if len(codes) < 2:
            continue
        singular = re.sub(r"(?i)ministers", "Minister", re.sub(r"(?i)chiefs", "Chief", m.group(0)))
        role = canonical_role(singular) or singular
        # Only people named in the same paragraph, one per country: "the next meeting of the
        # defence ministers of A, B and C" later on says nothing of a colonel of B named elsewhere.
        para = (text.rfind("\n", 0, m.start()) + 1, nl if nl >= 0 else len(text))
        here = [p for p in out if p.role is None and p.country in codes and any(para[0] <= a < para[1] for a, _ in p.spans)]
        for code in codes:
            mine = [p for p in here if p.country == code]
            if len(mine) == 1:
                out = [replace(p, role=role) if p is mine[0] else p for p in out]
    return out


_OFFICE_RU = {"министр обороны": "Minister of Defence", "начальник генштаба": "Chief of the General Staff",
              "начальник генерального штаба": "Chief of the General Staff"}
_HEAD_OFFICE = re.compile(rf"(?:^|[\s,:;(«\"“—–-])({_OFFICE_EN})(?:[ \t]+[A-ZА-ЯЁ][\w.-]*){{0,2}}[ \t]+$", re.IGNORECASE)


def headline_offices(title: str | None, persons: list) -> list:
    """An office the headline gives right before a person's name ("Министр обороны РФ Сергей Шойгу
    встретился …", "Defence Minister Ali Khan meets …") when the body gives that person none.
    ``persons``: PersonOut rows; returns them, some with a role."""
    from dataclasses import replace

    if not title:
        return list(persons)
    out = []
    for p in persons:
        if p.role is None:
            surname = (p.native or p.name).split()[-1] if (p.native or p.name).split() else ""
            stem = surname[:max(4, len(surname) - 2)]
            for form in sorted({p.name, p.native, *p.forms, stem}, key=lambda f: (-len(f or ""), f or "")):
                at = title.find(form) if form and len(form) >= 4 else -1
                if at < 0:
                    continue
                # back over the given name(s) to the words before the name
                before = re.sub(r"(?:[A-ZА-ЯЁ][\w.’'-]*[ \t]+){0,2}$", "", title[:at]) if form == stem else title[:at]
                m = _HEAD_OFFICE.search(before)
                if m:
                    office = m.group(1)
                    if _CYR.search(office):
                        role = _OFFICE_RU.get(re.sub(r"\s+", " ", office.casefold()))
                    else:  # as written, like an office read in the body
                        role = _title(re.sub(r"\s+", " ", office)) if canonical_role(office) else None
                    if role:
                        p = replace(p, role=role, role_text=p.role_text or office)
                    break
        out.append(p)
    return out


def _titled(m: NameMention) -> bool:
    """A rank, or an office whose head word stands right before the name ("Kazakh President
    Tokayev"; not "the commander of the Joint Force Command Naples", where the name's word ends a
    body's name)."""
    if m.rank:
        return True
    words = (m.role_text or "").split()
    return bool(words) and words[-1].casefold() in lexicon()["heads"]


def _is_org(m: NameMention) -> bool:
    return m.origin.endswith(":ORG")


def _surname_of_a_person(m: NameMention, mentions: list[NameMention]) -> bool:
    """The full form the model called an organisation ends in the surname the article gives a person
    alone, after a title or tagged as a person ("President Mnangagwa received ... Emmerson Mnangagwa
    praised ..."): the person's full name, not a body's."""
    sur = fold(m.surname)
    return any(x is not m and len(x.parts) == 1 and fold(x.surname) == sur
               and (x.cue or x.role or x.rank or x.origin.endswith((":PERSON", ":PER"))) for x in mentions)


def _same_name_in_nominative(mentions: list[NameMention], registry: Registry) -> None:
    """A declined form the models left as written ("Визит Хулуси Акара") is the article's other
    form of that name when the two differ only by a case ending ("Хулуси Акар"): one person,
    named in the nominative. Names the registry knows are looked up there instead."""
    fulls = [m for m in mentions if m.is_full]
    # A name written alike in the nominative and in another case ("Президент Умару Сисоку Эмбало
    # встретился …", "вручил Умару Сисоку Эмбало награду"): an indeclinable name, its nominative is the
    # form written, not one guessed from the other case's ending ("Умар Сисок").
    # (Only a name seen written alike in the nominative and in another case: "Визит Хулуси Текина" that
    # the model took for a nominative is still the genitive of the article's "Хулуси Текин".)
    nominative = {m.text for m in fulls if m.case == "Nom" and m.normal == m.text
                  and any(o.text == m.text and o.normal != o.text for o in fulls)}
    for m in fulls:
        if m.text in nominative and m.normal != m.text:
            m.normal = m.text
            m.parts = [p for p in re.split(r"[\s.]+", m.text) if p]
    normals = {m.normal for m in fulls}
    for m in fulls:
        if m.text in nominative:
            continue
        if registry.person(m.normal) is not None:
            continue
        for case in ("Gen", "Ins", "Dat", "Acc", "Loc"):
            n = _ru_nominative(m.normal, case)
            if n != m.normal and n in normals:
                m.normal = n
                m.parts = [p for p in re.split(r"[\s.]+", n) if p]
                break
        else:
            n = next((o for o in normals if _declined_soft(m.normal, o)), None)
            if n is not None:
                m.normal = n
                m.parts = [p for p in re.split(r"[\s.]+", n) if p]
    _one_form_per_stem([m for m in fulls if registry.person(m.normal) is None])


_CASE_ENDING = re.compile(r"(?:ами|ями|ом|ем|ём|ой|ей|ою|ею|а|я|у|ю|е|ы|и|ь|й)$")


def _one_form_per_stem(fulls: list[NameMention]) -> None:
    """Two case forms of one foreign name the models normalised apart ("Нгуен Чи Винем", "Нгуен Чи
    Виня"): the same words but the last, whose stems agree once the case ending is off, are one name.
    Its form is the one written in the nominative if any; else the stem with a soft sign when a soft
    ending shows one ("Винь"); else the shortest."""
    groups: dict[tuple, list[NameMention]] = {}
    for m in fulls:
        words = m.text.split()
        if len(words) < 2 or len(words) != len(m.normal.split()) or not _CYR.search(words[-1]):
            continue
        stem = _CASE_ENDING.sub("", words[-1].casefold())
        if len(stem) < 3:
            continue
        key = (tuple(w.casefold() for w in m.normal.split()[:-1]), stem)
        groups.setdefault(key, []).append(m)
    for (_, stem), ms in groups.items():
        if len({m.normal for m in ms}) < 2:
            continue
        written = [m.normal for m in ms if m.normal == m.text]
        if written:
            form = written[0]
        elif any(m.text.casefold().endswith(_SOFT_ENDINGS) for m in ms) and stem[-1] not in "аеёиоуыэюяь":
            last = ms[0].text.split()[-1]
            form = " ".join(ms[0].normal.split()[:-1] + [last[:len(stem)] + "ь"])
        else:
            form = min((m.normal for m in ms), key=len)
        for m in ms:
            m.normal = form
            m.parts = [p for p in re.split(r"[\s.]+", form) if p]


_SOFT_ENDINGS = ("я", "ю", "ем", "ём", "е")


def _declined_soft(declined: str, nominative: str) -> bool:
    """'Ли Цзюня' / 'Ли Цзюнем' is 'Ли Цзюнь' declined: the same words but the last, whose stem
    ends in a soft sign or й the case ending replaced ('Цзюнь' + 'я')."""
    a, b = declined.split(), nominative.split()
    if len(a) != len(b) or len(a) < 2 or a[:-1] != b[:-1] or not b[-1].endswith(("ь", "й")):
        return False
    stem = b[-1][:-1]
    return len(stem) >= 2 and a[-1].startswith(stem) and a[-1][len(stem):] in _SOFT_ENDINGS


def _registry_declined(normal: str, registry: Registry) -> Known | None:
    """A Russian name the model left declined ("Хулуси Акара"): the registry's person for its
    nominative under any case ending, when exactly one reading is known."""
    found = {k.id: k for case in ("Gen", "Ins", "Dat", "Acc", "Loc")
             if (k := registry.person(_ru_nominative(normal, case))) is not None}
    return next(iter(found.values())) if len(found) == 1 else None


_BAR_ITEMS = re.compile(r"[|•·]")
_BAR_LABEL = re.compile(r"\s*(?:tags?|теги|метки|темы|related(?: news| articles)?|read also|see also|читайте также|"
                        r"новости по теме|рубрики?|share(?: on)?)\s*:", re.I)


def _bar_line(text: str, pos: int) -> bool:
    """The line holding ``pos`` is a bar of tags, topics or links the page reading left in the
    body, not prose: it starts "Tags:" / "Теги:", or is cut into three or more short items by
    "|" or "•", or is a run of six or more words, nearly all capitalised, with no sentence in it
    ("Министр Обороны Учения Флот Армия Новости Видео Фото")."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    line = text[a:b if b >= 0 else len(text)]
    if _BAR_LABEL.match(line):
        return True
    items = [x for x in _BAR_ITEMS.split(line) if x.strip()]
    if len(items) >= 3 and all(len(x.strip()) <= 60 for x in items):
        return True
    words = re.findall(r"[^\W\d_]{3,}", line)
    if len(words) < 6 or re.search(r"[.!?…:;,](?:\s|$)", line.strip()):
        return False
    return sum(w[0].isupper() for w in words) >= 0.85 * len(words)


def not_in_bars(text: str, persons: list[Person]) -> list[Person]:
    """A person named only on tag or topic bars ("Tags: Ilham Aliyev | CIS Games") is no person
    of the article: the bar lists the site's topics, not the story's people."""
    return [p for p in persons if not all(_bar_line(text, m.start) for m in p.mentions)]


def without_author(persons: list[Person], author: str | None) -> list[Person]:
    """The byline's author writes the article and is not a person in it."""
    if not author:
        return persons
    from generator.text.translit import transliterate

    # A byline of several writers ("Marco Aguilar, Sofia Reyes", "Anna Berg and Tom Haddad", "Анна
    # Петрова и Олег Сидоров"): none of them is a person of the article. A Cyrillic byline is given in
    # Latin script (reader.author_in_latin): compare that way too.
    keys = {fold(a) for a in re.split(r"\s*(?:[,;&/|]|\band\b|(?<!\w)и(?!\w))\s*", author) if a.strip()} | {fold(author)}
    keys.discard("")

    def writer(p: Person) -> bool:
        forms = [p.name, p.native, transliterate(p.native or "")]
        forms += [x for f in p.full_forms for x in (f, transliterate(f))]
        return any(fold(f) in keys for f in forms if f)

    return [p for p in persons if not writer(p)]


def _a_city(m: NameMention) -> bool:
    """A name of two words or more, with no rank or title before it, that the gazetteer of places
    knows ("Buenos Aires", "Kuala Lumpur", "Сан-Паулу"): a city, not a person."""
    from generator.extract.places import lookup

    lang = "ru" if _CYR.search(m.normal) else "en"
    return len(m.normal.split()) >= 2 and (lookup(m.normal, lang) is not None or lookup(m.text, lang) is not None)


_MN_GENITIVE = re.compile(r"(?:giin|iin|yn|ijn|гийн|ийн|ын|ний|гийн)$")


def _registry_mongolian(parts: list[str], registry: Registry) -> Known | None:
    """A Mongolian name the registry holds as "<Patronymic in the genitive> <Given>"
    ("Nyamaagiin Enkhbold", "Ньямаагийн Энхболд"), written "<Given> <Patronymic>" ("Enkhbold
    Nyamaa") or with the patronymic first but not in the genitive ("Nyamaa Enkhbold"): the given
    name equal, the patronymic the registry's without its genitive ending. One person only."""
    a, b = fold(parts[0]), fold(parts[1])
    found = {}
    for k in registry.entries.values():
        if k.kind != "person":
            continue
        for n in (k.name, k.ru, *getattr(k, "aliases", ())):
            words = (n or "").casefold().split()
            if len(words) != 2 or not _MN_GENITIVE.search(words[0]):
                continue
            stem = _MN_GENITIVE.sub("", words[0])
            if len(stem) < 3:
                continue
            stem, given_k = fold(stem), fold(words[1])
            for given, patronymic in ((a, b), (b, a)):
                if given == given_k and len(patronymic) >= 3 and (patronymic.startswith(stem) or stem.startswith(patronymic)):
                    found[k.id] = k
    return next(iter(found.values())) if len(found) == 1 else None


def _registry_by_parts(parts: list[str], registry: Registry) -> Known | None:
    if len(parts) < 3:
        return None
    for drop in range(len(parts) - 1):
        k = registry.person(" ".join(p for i, p in enumerate(parts) if i != drop))
        if k:
            return k
    return None


def _nearest_with_surname(m: NameMention, mentions: list[NameMention], people: list[Person]) -> int | None:
    sur = fold(m.surname)
    ini = fold(m.initial)[:1] if m.initial else None
    cands = []
    for x in mentions:
        # (a full form led by an initial counts: "Admiral R. Hari Kumar" ... "Adm Kumar")
        if x.person is None or len(x.parts) < 2 or (not x.is_full and all(_is_initial(p) for p in x.parts[:-1])):
            continue
        if (fold(x.surname) != sur and not (len(m.parts) == 1 and _given_name_reference(x, m.parts[0]))
                and not _inner_run(m, x)):
            continue
        if ini and fold(x.parts[0])[:1] != ini:
            continue
        cands.append(x)
    if not cands and len(m.parts) == 1 and (m.cue or m.origin.endswith((":PERSON", ":PER"))):
        # "General Wei" beside "Wei Liang": a name written family name first (Chinese, Korean,
        # Vietnamese, Hungarian, Japanese) is referred to by its first word after a title or rank, or
        # alone where the model tags that word as a person ("Yamada said" of "Yamada Kenta").
        cands = [x for x in mentions if x.person is not None and x.is_full and 2 <= len(x.parts) <= 3
                 and fold(x.parts[0]) == sur]
    if not cands:
        return None
    ids = {x.person for x in cands}
    if len(ids) == 1:
        return cands[0].person
    before = [x for x in cands if x.start < m.start]
    return (before[-1] if before else cands[0]).person


def _lineage_head(short: NameMention, full: NameMention) -> bool:
    """'Mohamed Khaled' of 'Mohamed Khaled bin Nordin': a name with its father's after "bin" /
    "ibn" is shortened to the person's own names before the chain."""
    k = len(short.parts)
    return (k >= 2 and len(full.parts) > k + 1 and full.parts[k].casefold() in _LINEAGE
            and [fold(p) for p in full.parts[:k]] == [fold(p) for p in short.parts])


def _inner_run(short: NameMention, full: NameMention) -> bool:
    """'De La Maza' of 'Juan Andres De La Maza Larrain', 'Padrino' of 'Vladimir Padrino Lopez': a
    double (Spanish, Portuguese) surname is often shortened to its first half; the words of the
    short form stand together inside the longer name, after its first word."""
    xs, ms = [fold(p) for p in full.parts], [fold(p) for p in short.parts]
    k = len(ms)
    return len(xs) >= 3 and 0 < k < len(xs) - 1 and any(xs[i:i + k] == ms for i in range(1, len(xs) - k))


def _given_name_reference(full: NameMention, word: str) -> bool:
    """'Prince Khalid' for 'Khalid bin Salman': a name with a bin/ibn chain is referred to by
    the given name."""
    return (any(p.casefold() in ("bin", "ibn", "bint") for p in full.parts)
            and fold(full.parts[0]) == fold(word))


# Letters whose mark is no combining accent, so NFD leaves them: "Łukasz" -> "Lukasz", "Ødegård" -> "Odegard".
_UNMARKED = str.maketrans({"Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Đ": "D", "đ": "d", "Ħ": "H", "ħ": "h",
                           "ß": "ss", "Æ": "Ae", "æ": "ae", "Œ": "Oe", "œ": "oe", "Þ": "Th", "þ": "th"})


def _english_name(normal: str) -> str:
    """The canonical English spelling: Latin script, ASCII-folded ("Krstičević" -> "Krsticevic"),
    typographic apostrophes as ASCII ("Ya’alon" -> "Ya'alon")."""
    name = re.sub(r"[’‘ʼ`]", "'", latin(normal))
    name = re.sub(r"\s+", " ", name).strip()
    name = re.sub(r"\b([A-Z][a-z]?)\.(?=[A-Z][a-z])", r"\1. ", name)  # "Ye.Abenov" -> "Ye. Abenov"
    folded = strip_accents(name.replace("ı", "i").replace("İ", "I").replace("ə", "a").replace("Ə", "A").translate(_UNMARKED))
    return folded if folded.strip() else name



def given_name_first(p: Person, country: str | None, lang: str) -> str:
    """The person's English name in the English news order. A Japanese name the page writes family name
    first (the Japanese government's order: "Defense Minister Yamada Kenta ... Yamada said") is the
    family name's: the word the article uses alone is the first of the full name, so the name is turned
    to "Kenta Yamada", the order English news uses. Any other name, or one the registry knows, as it is."""
    if lang != "en" or country != "JP" or p.known is not None:
        return p.name
    fulls = {tuple(m.parts) for m in p.mentions if len(m.parts) >= 2}
    if len(fulls) != 1:
        return p.name
    full = next(iter(fulls))
    if len(full) != 2 or any(_is_initial(x) for x in full):
        return p.name
    alone = {fold(m.parts[0]) for m in p.mentions if len(m.parts) == 1}
    if fold(full[0]) in alone and fold(full[1]) not in alone:
        return _english_name(f"{full[1]} {full[0]}")
    return p.name


# An office of an international body: its holder serves no state ("NATO Secretary General").
INTERNATIONAL = _INTERNATIONAL = re.compile(r"\b(?:NATO|UN|EU|OSCE|CSTO|CIS|SCO|ASEAN|AU|United Nations|European Union|НАТО|ООН|ОДКБ|СНГ|ШОС|ОБСЕ)\b")


def _international_office(office: str) -> bool:
    """The office is held in an international body ("CSTO Secretary General", "Генеральный
    секретарь ОДКБ", "UN Under-Secretary-General"), not for a state sending someone to it ("the
    Turkish Ambassador to NATO", "Permanent Representative to the UN")."""
    if not _INTERNATIONAL.search(office):
        return False
    return not re.search(r"(?i)\b(?:ambassador|envoy|representative|mission|delegation|посол|представител\w*|делегаци\w*)\b", office)


# "X met his Indonesian counterpart Y": X has a counterpart of another state, so X is the visitor.
_HAS_COUNTERPART = re.compile(r"[^.;\n]{0,80}?\b(?:his|her|their)\s+(?:[\w-]+\s+){0,2}(?:counterparts?|colleagues?)\b|"
                              r"[^.;\n]{0,80}?(?<!\w)(?:со?\s+)?(?:своим|своей|своими)\s+(?:[\w-]+\s+){0,2}(?:коллег\w*)", re.I)


def host_side(outs: list, host: str, codes: list[str], text: str = "") -> list:
    """An official the text gives an office or rank but no state ("Chief of Army Staff Gen X also
    took part", "received by X - the chairman of the committee on defence"), in a report of a
    meeting held in a city of a state the article names: news style qualifies the visitors and
    leaves the hosts' offices bare, so the official is the host's. The registry's word and an
    international body's office outrank this; people with neither office nor rank get nothing; nor
    does one whose counterpart the text names next ("X met his Indonesian counterpart Y in Jakarta"):
    X came to meet him."""
    from dataclasses import replace

    if host not in codes:
        return outs
    out = []
    for p in outs:
        if (p.country is None and p.known_id is None and (p.role or p.rank)
                and not _INTERNATIONAL.search(p.role_text or p.role or "")
                and not (text and p.spans and _HAS_COUNTERPART.match(text, p.spans[0][1]))):
            p = replace(p, country=host)
        out.append(p)
    return out

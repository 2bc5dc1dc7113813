"""A person's mention and record (NameMention, Person), the lexicon of offices and ranks they are read with, and
the small tests on a name's words every part of the people extractor shares.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from generator.fileio import load_yaml
from generator.reference.offices import canonical_rank, rank_words
from generator.reference.registry import Known

DATA = Path(__file__).parent.parent / "data"
CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)
# Latin capitals and small letters with their marks, for the name patterns: "Šimkus", "Øvergaard",
# "Łukasz", "Çelik", "Ödegaard" start with a capital as "Simkus" does.
UPPER_LETTERS = "".join(c for c in map(chr, range(0x41, 0x250)) if c.isalpha() and c.isupper())
LOWER_LETTERS = "".join(c for c in map(chr, range(0x61, 0x250)) if c.isalpha() and c.islower())
_INITIAL = re.compile(r"^(?:Дж|Ch|Sh|Zh|Kh|Yu|Ya)$")
# Words of institutions, units and places: "International Organizations Section", "Aerospace
# Industries", "Royal Marines" are not people.
INSTITUTION = {"section", "department", "division", "directorate", "office", "unit", "service", "services", "industries",
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
PARTICLES = {"bin", "binti", "ibn", "bint", "al", "el", "van", "von", "der", "den", "de", "da", "di", "du", "dos", "das", "ul", "ud", "del", "do", "la", "las", "los", "y", "e",
              "бин", "бен", "ибн", "бинт", "аль", "эль", "ван", "фон", "дер", "де", "да", "ди", "дос", "уль"}
# A patronymic marker and the father's name before it are dropped: "Ilham Heydar oglu Aliyev".
PATRONYMIC = {"oglu", "oğlu", "ogly", "ogli", "o'g'li", "qizi", "kizi", "kyzy", "gizi", "uulu", "оглы", "оглу", "огли", "кызы", "гызы", "кизи", "улы", "уулу"}
SUFFIX = {"jr", "sr", "ii", "iii", "iv"}
# Post-nominal letters: a seat, a silk, an order, a degree, a retired officer's mark ("Richard Marles MP", "General
# Angus Campbell AO DSC", "Jane Roe PhD", "Colonel John Smith (ret.)"); never part of a name. Written in capitals
# (so "Am", "Ma" in a name are not these), except the degrees and "ret."/"retd" matched without case.
POST_NOMINAL = frozenset({"MP", "MPs", "MLA", "MPP", "MHA", "MSP", "MS", "TD", "QC", "KC", "SC", "JP", "OBE", "MBE", "CBE", "KBE",
                          "DBE", "GBE", "AO", "AC", "AM", "OAM", "DSC", "CSC", "DSM", "CSM", "KCB", "CB", "GCB", "ADC",
                          "KCMG", "CMG", "GCMG", "DSO", "MC", "LVO", "CVO", "KCVO", "GCVO", "RN", "USN", "USMC", "USAF",
                          "RAN", "RAAF", "RNZN", "FRS", "FRSA", "PSC", "NDC", "RCDS", "AVSM", "PVSM", "UYSM", "SM",
                          "VSM", "YSM", "ONZM", "CNZM", "KNZM", "MVO", "OC", "CMM", "CD", "MSM"})
_POST_NOMINAL_ANY_CASE = frozenset({"phd", "ret", "retd", "dphil", "mphil"})


def post_nominal(word: str) -> bool:
    """Letters after a name that are no part of it: "MP", "AO", "KCB", "PhD", "ret."."""
    w = word.strip(".,()")
    return w in POST_NOMINAL or w.casefold() in _POST_NOMINAL_ANY_CASE
# Titles and honorifics that are not part of a name ("Prince Khalid", "H.E. Dr Khalid").
# ("Sultan" and "Emir" are not here: they are common given names in Central Asia and Turkey.)
HONORIFIC = {"mr", "mrs", "ms", "dr", "prof", "sir", "lord", "lady", "prince", "princess", "king", "queen", "sheikh",
              "sheik", "crown", "his", "her", "excellency", "hon", "honourable", "honorable", "highness", "majesty",
              "royal", "shri", "shrimati", "smt", "dato", "datuk", "datin",
              # Gulf, Fijian, Malay and Bruneian titles: "Sayyid Badr …", "Ratu Inoke …", "Haji Ali …",
              # "Pehin Datu …" (a name's usual form leaves them out; "bin Haji Umar" inside keeps it)
              "sayyid", "ratu", "haji", "hajji", "pehin", "datu", "пехин", "дату",
              "господин", "госпожа", "принц", "шейх", "король", "сейид",
              # (round 19) the Malay styles in Russian: «Датук Сери X», «Дато Шри X», «Тан Шри X»
              "датук", "дато", "датин",
              # The forms of address of each language, whole and abbreviated: Arabic "Sheikha", "Sayyida";
              # Spanish and Portuguese "Doña", "Señor(a)", "Senhor(a)", "Sr.", "Sra."; French, German,
              # Italian; Malay and Indonesian "Encik", "Cik", "Hajah", "Bapak", "Ibu", "Alhaji", and the
              # Malay forms abbreviated ("YB", "YAB", "YM", "YAM", "YTM", "YBhg"); Russian "товарищ",
              # "г-н", "г-жа" and borrowed "мистер", "сеньор", "месье".
              "sheikha", "sayyida", "sayyidah", "doña", "señor", "señora", "señorita", "senhor", "senhora", "sr", "sra",
              "srta", "monsieur", "madame", "mademoiselle", "mme", "mlle", "herr", "frau", "signor", "signora",
              "encik", "cik", "hajah", "hjh", "hj", "bapak", "ibu", "alhaji", "alhaja", "yb", "yab", "ym", "yam",
              "ytm", "ybhg", "hrh", "товарищ", "г-н", "г-жа", "мистер", "миссис", "мисс", "сэр", "лорд", "леди",
              "сеньор", "сеньора", "месье", "мадам", "фрау", "герр", "шейха", "принцесса", "королева",
              # The religious and scholarly styles of South and Central Asia and the Middle East: "Mullah",
              # "Maulana", "Maulvi"/"Mawlawi", "Mufti", "Qari", "Ayatollah", "Hojatoleslam", "Allamah"
              # ("Hafiz"/"Hafez" is a given name as often: not here), in Russian too.
              "mullah", "mulla", "molla", "maulana", "mawlana", "moulana", "maulvi", "mawlawi", "moulvi", "molvi",
              "mufti", "qari", "ayatollah", "hojatoleslam", "hojjatoleslam", "allamah", "allama",
              "мулла", "маулана", "мавлави", "маулави", "муфтий", "кари", "аятолла", "аятолла", "ходжатольислам",
              "хаджи",
              # Academic titles and the British style "Rt Hon": no part of a name ("Chief Adviser Professor
              # Muhammad Yunus", "академик Иван Петров", "the Rt Hon John Healey")
              "professor", "academician", "rt", "профессор", "академик", "доцент"}
# Titles that are also given names ("Don Bacon", "Tun Tun Oo", "Dom Phillips"): a title only before a
# name of two words or more ("Don Carlos Ortega", "Tun Abdul Razak Hussein", "Dom Manuel Clemente").
# The same holds of the chiefly and noble titles of Fiji ("Ro Jone Kalouniwai", "Adi Litia Qionibaravi";
# "Ro", "Adi" alone before one word are Korean and Indonesian names), of Bengal ("Begum Khaleda Zia"),
# of the Malay courts ("Tunku Ismail Idris", "Tengku Zafrul Aziz", "Pengiran Muda Mahdi") and of an Emir
# ("Emir Tamim bin Hamad Al Thani"; "Emir Kusturica" is a given name).
TITLE_OR_GIVEN = {"don", "dom", "dona", "tun", "ro", "adi", "begum", "tunku", "tengku", "engku", "pengiran", "emir",
                   "samdech",
                   # «Саид» is Oman's «Sayyid» before a chain ("Саид Бадр бин Хамад аль-Бусаиди") and the given
                   # name Said before a surname ("Саид Шенгриха")
                   "саид"}
# The Malay styles that open with "Yang" ("Yang Berhormat", "Yang Amat Berhormat", "Yang Mulia",
# "Yang Amat Mulia", "Yang Teramat Mulia", "Yang Berbahagia", "Yang Amat Berbahagia", "Yang Arif",
# "Yang di-Pertua", "Yang di-Pertuan Agong"); "Yang" alone is a Chinese family name.
_YANG_STYLE = {"berhormat", "amat", "mulia", "teramat", "berbahagia", "arif", "dipertua", "di", "-", "‐", "pertua",
               "pertuan", "di-pertua", "di-pertuan", "agong", "utama"}


# The Russian styles, in any case: "Его Высочество", "Его Королевским Высочеством", "Её Величества",
# "Его Превосходительство".
_STYLE_RU = re.compile(r"(?:высочеств|величеств|превосходительств|королевск|светлейш|святейш)\w*$", re.IGNORECASE)


def lead_title(span) -> int:
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
    if len(span) >= 3 and span[0].low in TITLE_OR_GIVEN and span[1].low != span[0].low:
        names = [t for t in span[1:] if t.text[:1].isupper() and t.text[:1].isalpha()]
        return 1 if len(names) >= 2 else 0
    return 0


# Honorifics no name holds inside it: everything before one is a title ("Raksha Mantri Shri
# Rajnath Singh", "Defence Minister Dr Ahmed Khan"). ("Sri" and "Tun" are also given names.)
HONORIFIC_INSIDE = {"mr", "mrs", "ms", "dr", "prof", "professor", "academician", "профессор", "академик", "shri", "shrimati", "smt", "dato", "datuk", "datin",
                     "excellency", "highness", "majesty", "господин", "госпожа", "doña", "señor", "señora", "senhor",
                     "senhora", "monsieur", "madame", "herr", "frau", "encik", "yb", "yab", "ybhg", "товарищ", "г-н", "г-жа",
                     "датук", "дато", "датин"}
# A Malay title of two words: "Tan Sri", "Dato' Seri", "Datuk Seri" (alone, Tan and Sri are names).
HONORIFIC_PAIR = {("tan", "sri"), ("dato", "seri"), ("dato", "sri"), ("datuk", "seri"), ("datuk", "sri"), ("datin", "seri"),
                   ("toh", "puan"), ("tun", "dr"),
                   ("датук", "сери"), ("датук", "шри"), ("дато", "сери"), ("дато", "шри"), ("тан", "шри"),
                   # (round 20) the links of the longer Malay and Bruneian styles: "Datuk Seri Utama", "Dato Paduka
                   # (Seri)", "Pehin Dato", "Pengiran Dato", "Dato Paduka Haji", in both scripts
                   ("seri", "utama"), ("sri", "utama"), ("dato", "paduka"), ("datu", "paduka"), ("paduka", "seri"),
                   ("pehin", "dato"), ("pehin", "datu"), ("pengiran", "dato"), ("paduka", "haji"), ("seri", "haji"),
                   ("сери", "утама"), ("шри", "утама"), ("дато", "падука"), ("дату", "падука"), ("падука", "сери"),
                   ("пехин", "дато"), ("пехин", "дату"), ("пенгиран", "дато"), ("падука", "хаджи")}
PATRONYMIC_AFTER = re.compile(r"[ \t]+(?:" + "|".join(map(re.escape, sorted(PATRONYMIC, key=len, reverse=True)))
                               + r")[ \t]+[A-ZА-ЯЁ][\w'’-]+", re.IGNORECASE)
# Abbreviated ranks: "Col-Gen Hasanov", "Gen. Raheel Sharif", "Adm Sandila", "Lt-Gen".
RANK_ABBR = {"col", "gen", "lt", "lieut", "maj", "brig", "adm", "capt", "cdr", "cmdr", "sgt", "vadm", "radm", "cpt", "mg", "bg",
             "acm", "avm"}
# The rank words the abbreviations stand for: "Lt Gen" is read as Lieutenant General, "Col-Gen" as Colonel General.
RANK_WORD = {"col": "colonel", "gen": "general", "lt": "lieutenant", "lieut": "lieutenant", "maj": "major",
              "brig": "brigadier", "adm": "admiral", "capt": "captain", "cpt": "captain", "sgt": "sergeant",
              # (round 19) the abbreviations of a whole rank: "ACM X" (Thai, Commonwealth usage), "VAdm X", "MG X"
              "acm": "air chief marshal", "avm": "air vice marshal", "vadm": "vice admiral", "radm": "rear admiral",
              "mg": "major general", "bg": "brigadier general"}
# Words that follow a credit for a photo or a text: the names after them are not in the story.
CREDIT = re.compile(r"(?:\bphoto(?:graph)?s?(?:\s+credit)?\s*(?:by|:)|\bcredit\s*:|©\s*(?:фото|photo)?\s*:?|\bфото\s*:)\s*$",
                     re.IGNORECASE)


# A sentence's first word the model takes into the name: "Later Tomas Berg presented …".
LEAD_ADVERBS = {"later", "earlier", "then", "meanwhile", "also", "however", "today", "yesterday", "now", "afterwards",
                 "subsequently", "moreover", "furthermore", "additionally", "finally", "there", "here", "thus", "so"}
# The Arabic article in lower case before a name, each assimilated form, in Latin and in Cyrillic letters.
_ARTICLE_PREFIX = re.compile(r"(?:al|el|ad|ash|as|at|az|ar|an|ud|ul|аль|ал|эль|эл|ад|аш|ас|ат|аз|ар|ан|уд|уль)[-‐](?=[A-ZА-ЯЁ])")


def name_word(w: str) -> bool:
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
SMALL_WORDS = {"of", "the", "and", "for", "on", "in", "to", "-", "–", "—"}
# Words that make a capitalised phrase a thing, not a person: "Defense Readiness Program".
NOT_NAME = {"program", "programme", "plan", "agreement", "memorandum", "protocol", "treaty", "roadmap",
             "initiative", "project", "games", "cup", "contest", "exercise", "exercises", "drills", "war",
             "conflict", "operation", "summit", "forum", "conference", "day", "week", "twitter", "facebook",
             "telegram", "instagram", "youtube", "news", "agency", "ministry", "council", "forces", "army",
             "retd", "rtd", "retired",
             # (round 20) the heads of an event's or a scheme's name after an office's initials ("CDF Commendation
             # Parade", "PM Kisan Scheme", "COAS Trophy")
             "parade", "scheme", "yojana", "trophy", "ceremony", "festival", "award", "awards", "championship"}


# The jobs of a company or a body that the office lexicon does not hold: no name has one of these
# words ("the company's General Manager, X": "General" is no rank there, "Manager" no name).
JOB_WORDS = {"manager", "managers", "supervisor", "coordinator", "co-ordinator", "administrator", "superintendent",
             "treasurer", "registrar", "auditor", "comptroller", "controller", "editor", "correspondent", "reporter",
             "analyst", "engineer", "technician", "founder", "co-founder", "chairperson", "vice-chairman", "vice-president",
             "vice-chancellor", "curator", "trustee", "trustees", "directors", "secretaries",
             "ministers", "presidents", "officials", "official", "officers"}
# The titles of rulers and nobles and the styles before them that are also given names or surnames in other
# lands ("Amir Baram", "Sultan Kamaletdinov", "Sheikh Hasina"): a candidate made of these words only,
# alone or before a further name ("the Amir Sheikh Tamim …", "His Highness Sultan Haitham"), is a title.
TITLE_WORDS = {"amir", "emir", "sultan", "sheikh", "sheik", "shaikh", "sheikha", "sayyid", "sayyida", "crown", "prince",
               "princess", "highness", "excellency", "majesty", "emira", "amiri", "emiri", "tuanku", "maharaja", "nawab",
               "dato", "datuk", "pehin", "berhormat",
               # (not "Khan", "Malik", "Tan", "Yang", "King", "Raja": surnames a person is named by alone)
               "эмир", "султан", "шейх", "принц", "наследный", "сейид", "высочество"}


# Heads of a company or body: the one name-shaped word after "<head> of" is the body.
ORG_HEADS = {"ceo", "cto", "cfo", "founder", "co-founder", "owner", "manager", "president", "chairman", "head",
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
        return len(self.parts) >= 2 and not is_initial(self.parts[0])

    @property
    def surname(self) -> str:
        return self.parts[-1]

    @property
    def initial(self) -> str | None:
        return self.parts[0] if len(self.parts) >= 2 and is_initial(self.parts[0]) else None


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
TITLE_ACRONYMS = frozenset({"PM", "MP", "FM", "DM", "VP", "HE", "HRH", "CEO", "DG", "NSA", "CDS", "CGS", "COAS", "CNS",
                             "CAS", "IGP", "DIG", "ADG", "MD", "GM", "UN", "EU", "AU", "US", "UK", "MOD", "MFA", "CSTO",
                             "CIS", "SCO", "NATO", "OSCE", "ASEAN", "GCC", "UAE", "USA", "IDF", "PLA", "IRGC", "RT", "TV",
                             # (round 17) Kenyan and Commonwealth short titles: Cabinet Secretary, Principal
                             # Secretary, Chief of Defence Forces, Vice/Deputy Chief of Defence Staff, the US CJCS
                             "CS", "PS", "CDF", "VCDS", "DCDS", "CJCS"})


def sheikh_name(span) -> bool:
    """"Sheikh Hasina", "Sheikh Mujib": "Sheikh" before one name word alone is part of the name
    (as a title it stands before a full name: "Sheikh Tamim bin Hamad Al Thani")."""
    return len(span) == 2 and span[0].low in ("sheikh", "sheikha") and name_word(span[1].text)


def caps_initials(word: str, n_words: int) -> bool:
    """Two or three capitals opening a name of three words or more: the initials of given names."""
    return 2 <= len(word) <= 3 and word.isascii() and word.isalpha() and n_words >= 3 and word not in TITLE_ACRONYMS


def is_initial(part: str) -> bool:
    return (len(part) == 1 and part.isalpha() and part.isupper()) or bool(_INITIAL.match(part))


def is_rank_tok(tok) -> bool:
    """'Colonel', 'Colonel-General', 'Col-Gen', 'Gen': a rank word, whole or abbreviated."""
    lex = lexicon()
    parts = [p for p in re.split(r"[-‐–]", tok.low.rstrip(".")) if p]
    return bool(parts) and all(p in lex["rank_words"] or p in RANK_ABBR for p in parts)


def office_title_case(role: str) -> str:
    """'military attaché' -> 'Military Attaché'; words already capitalised are kept."""
    words = role.split()
    out = []
    for i, w in enumerate(words):
        if w.islower() and (i == 0 or w not in SMALL_WORDS) and not (
                0 < i < len(words) - 1 and (w, words[i + 1]) in (("in", "charge"), ("charge", "of")) or
                (i > 1 and words[i - 1] == "in" and w == "charge")):  # "Minister Delegate in charge of …"
            # each part of a hyphenated office: "director-general" -> "Director-General" (not "in-chief")
            w = "-".join(p[:1].upper() + p[1:] if (k == 0 or p not in SMALL_WORDS | {"in", "at"}) else p
                         for k, p in enumerate(w.split("-")))
        out.append(w)
    return " ".join(out)

"""Bylines: who wrote a page and which newsroom a credit names ("By X", "Автор: X", an end line of names,
agency pairs, staff credits), and the body's paragraphs once credits are set apart.
"""

from __future__ import annotations

import re
import unicodedata

from generator.ingest import cities, issuer
from generator.ingest.columns import join as columns_join, vocabulary
from generator.ingest.draft import (
    AGENCY_WORDS, NOT_OUTLET, RELATED, ParsedDraft, city_names, line_text, looks_like_agency, outlet_from, outlet_name,
    outlet_shaped, outlets, packaged_registry, set_label, ministry_name,
)
from generator.reference.offices import rank_words
from generator.text import textnorm
from generator.text.dates import find_dates, weekday_of


PROSE_END = re.compile(r"[.!?…»\"”)]\s*$")


def prose_line(t: str) -> bool:
    """A paragraph of text: eight words or more, closed by a stop."""
    return len(t.split()) >= 8 and bool(PROSE_END.search(t.strip()))


DATE_CUE = re.compile(r"^\W*(?:published(?:\s+on)?|posted(?:\s+on)?|date|dated|опубликовано|дата(?:\s+публикации)?|"
                       r"размещено|публикация)\s*[:\-–—|]?\s*", re.IGNORECASE)
#: A credit cue of several words, tried before the one-word cues ('Story and photos by X', 'Автор материала: X', 'Live blog
#: edited by X', 'Текст и фото: X', 'Ведущий трансляции: X'): the author's name follows.
CREDIT_PHRASE = (r"(?:story|text|words|report|reporting)\s+and\s+(?:photos?|pictures?|images?|video)(?:\s+by)?|"
                 r"written\s+and\s+(?:compiled|edited|reported)\s+by|(?:report|reported|live\s+updates|live\s+coverage)\s+by|"
                 r"(?:(?:live\s*)?(?:blog|updates|coverage)\s+)?(?:edited|compiled|curated|prepared)\s+by|liveblog\s+(?:edited\s+)?by|"
                 r"автор[ыа]?\s+(?:материала|текста|статьи|публикации|фото)|текст\s+и\s+фото|"
                 r"ведущ(?:ий|ая)\s+(?:трансляции|онлайна|хроники)|редактор[ыа]?(?:\s+(?:выпуска|трансляции|материала))?|"
                 r"выпускающий\s+редактор|составил(?:[аи]|\(а\))?|трансляцию\s+вед[её]т")
_BY_PREFIX = re.compile(r"^(?:" + CREDIT_PHRASE + r"|by|автор|author|written by|text by|words by|words|writer|reporting by|story by|interview(?:ed)? by|"
                        r"интервью (?:взял[аи]?|подготовил[аи]?)|беседовал[аи]?|записал[аи]?|text|текст|posted by|published by|reporter|корреспондент|"
                        r"(?:материал\s+)?подготовил(?:[аи]|\(а\))?(?:\s+материал)?)\s*[:\-–—]?\s*", re.IGNORECASE)
#: (a Gaelic or Romance prefix joined to a capitalised surname: 'McDonald', 'MacNeill', 'O'Connor', 'D'Souza')
_NAME_WORD_ASCII = re.compile(r"^(?:Mc|Mac|O['’]|D['’])?[A-ZА-ЯЁ][a-zа-яё’'\-]+(?:-[A-ZА-ЯЁ][a-zа-яё’']+)*\.?$|^[A-ZА-ЯЁ]\.$")
#: Latin letters no decomposition strips of their mark ('Bjørn', 'Łukasz', 'Þóra'), by the plain letters they read as.
_UNSPLIT = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th",
                          "Þ": "Th", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ß": "ss", "ı": "i"})


class _NameWord:
    """One word of a person's name, in any Latin letters ('Siobhán', 'Åsmundsen', 'Żółć') or Cyrillic: the word's
    letters without their diacritics read by the plain pattern (``_NAME_WORD_ASCII``)."""

    @staticmethod
    def match(w: str):
        plain = unicodedata.normalize("NFKD", w.translate(_UNSPLIT))
        plain = "".join(c for c in plain if not unicodedata.combining(c))
        return _NAME_WORD_ASCII.match(unicodedata.normalize("NFC", plain))


_NAME_WORD = _NameWord()


_NAME_PARTICLES = frozenset({"bin", "binti", "binte", "bint", "ibn", "van", "von", "de", "da", "al", "el", "der", "den"})
#: More particles inside a person's name, read only as written (lower case: 'Ana María de la Peña', 'dos Santos', 'af
#: Klint', 'zu Guttenberg'; Irish 'Ó', 'Uí' as they are written): a capitalised 'Le', 'Do', 'Du' opens a Vietnamese
#: or a French name and stays a name word.
_WRITTEN_PARTICLES = frozenset({"du", "des", "di", "del", "della", "dos", "das", "do", "la", "le", "af", "zu", "ter", "ten",
                                "Ó", "Ua", "Uí",
                                # Filipino and Spanish: 'Ma. Cristina dela Paz', 'Juan de los Reyes', 'Rosa delos Santos'
                                "dela", "delos", "delas", "los", "las"})


def _particle(w: str) -> bool:
    return w.casefold() in _NAME_PARTICLES or w in _WRITTEN_PARTICLES


_PARTICLE_JOINED = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ud|ul|bin|ibn|ben|abu|abd|d|l|dell)[-'’](?=[A-ZА-ЯЁ])")


def _caps_surname(t: str) -> str:
    """'Фарход ИСМОИЛОВ' -> 'Фарход Исмоилов', 'Mark DELGADO' -> 'Mark Delgado': a name whose given name(s)
    are in title case and whose last word is in capitals (three letters or more); any other text unchanged."""
    words = t.split()
    if (2 <= len(words) <= 4 and re.fullmatch(r"[A-ZА-ЯЁ][A-ZА-ЯЁ'’\-]{2,}\.?", words[-1])
            and all(_NAME_WORD.match(w) for w in words[:-1])):
        return " ".join([*words[:-1], words[-1].title()])
    return t


_CAPS_WORD = re.compile(r"[A-ZА-ЯЁ](?:[A-ZА-ЯЁ'’]|-(?=[A-ZА-ЯЁ]))+\.?|[A-ZА-ЯЁ]\.")


def caps_name(t: str) -> str:
    """A name printed all in capitals after a credit cue ('BY ANA LUCIA FERRER', 'АВТОР: ОЛЕГ ЗАРЕЧНЫЙ') in
    title case: 'Ana Lucia Ferrer', 'Олег Заречный' (a particle joined by a hyphen stays lower case: 'AL-SIYABI'
    -> 'al-Siyabi'). Two to four words, every one in capitals; any other text unchanged."""
    words = t.split()
    if not (2 <= len(words) <= 4 and all(_CAPS_WORD.fullmatch(w) for w in words)):
        return t
    out = []
    for w in words:
        w = w.title()
        m = _PARTICLE_JOINED.match(w[:1].casefold() + w[1:]) if out else None
        out.append(w[:m.end()].casefold() + w[m.end():] if m else w)
    return " ".join(out)


def person_name(t: str) -> bool:
    """'Vafa Ismayilova', 'Лина Панченко', 'Fatih Hafiz Mehmet': two to four capitalised words."""
    from generator.ingest.lines import RE_SHARE, stop_words

    # a particle joined to the surname by a hyphen or an apostrophe ('Farah al-Siyabi', "Luca d'Amico"): the
    # surname after it is the name word; a surname in capitals after a given name in title case ('Фарход
    # ИСМОИЛОВ', as Russian sign-offs print it) is read as the same name in title case
    if RELATED.match(t):
        return False  # 'Berita Berkaitan', 'Noticias Relacionadas': a related list's heading, in any language
    words = [_PARTICLE_JOINED.sub("", w) if k else w for k, w in enumerate(_caps_surname(t).split())]
    # a patronymic or nobiliary particle ('Nurul Aina Binti Mohd Yusof', 'Ahmad bin Ali') joins two names
    core = [w for w in words if not _particle(w)]
    if len(core) < len(words) and (_particle(words[0]) or _particle(words[-1])
                                   or len(words) > 6):
        return False
    if not (2 <= len(core) <= 4 + (len(core) < len(words)) and all(_NAME_WORD.match(w) for w in core))\
            or outlet_name(t) or AGENCY_WORDS.search(t):
        return False  # 'Tien Shan Courier', 'Steppe News': a newsroom's name, not a person's
    words = core
    stops = stop_words("en") | stop_words("ru")
    return not any(w.casefold() in stops or RE_SHARE.fullmatch(w) or _NOT_NAME.fullmatch(w) for w in words)


_NOT_NAME = re.compile(r"(?i)news|also|check|world|region|theme|politics|society|economy|sport|главная|новости|мир|"
                       r"общество|политика|экономика|special|correspondent|editor|editors|editorial|staff|desk|newsroom|редакция|"
                       r"republic|республик\w*|ministry|"
                       r"министерство|department|office|service|agency|press|минобороны|defen[cs]e|today|top|update|version|issue|"
                       r"contact|about|search|site|online|daily|weekly|times|post|herald|tribune|express|"
                       # an edition's language or reach ('Al Arabiya English', 'Sputnik International'): an outlet's name
                       r"english|international|arabic|edition|"
                       # an office's name ('Strategic Communications Directorate', 'Управление по связям …'): no person's
                       r"directorate|bureau|command|headquarters|division|section|unit|communications|relations|affairs|"
                       r"operations|centre|center|direction|direcci[oó]n|minist[eè]re|ministerio|ministero|ministerie|"
                       r"d[eé]partement|директорат|управление|департамент|отдел|служба|"
                       # a body of states or members ('Collective Security Treaty Organization', 'Security Council')
                       r"organi[sz]ation|council|committee|commission|assembly|alliance|treaty|организаци[яиюей]|совет[ау]?|комитет[ау]?|комисси[яиюей]")


def menu_word(t: str) -> bool:
    """'Advertising', 'Contacts', 'Главная': a menu entry, not an agency."""
    from generator.ingest.lines import RE_SHARE

    return bool(RE_SHARE.search(t)) or bool(re.fullmatch(r"(?i)(?:about(?: us)?|contacts?|advertising|editorial|team|"
                                                          r"о нас|контакты|редакция|реклама)", t.strip()))


def is_city(t: str) -> bool:
    """'Ulaanbaatar', 'Buenos Aires': one to three words naming a city (not a listed outlet)."""
    t = t.strip(" .,")
    return 1 <= len(t.split()) <= 3 and t[:1].isupper() and not outlet_name(t) and t.casefold() in city_names()


def signed_by(t: str, name: str) -> bool:
    """Whether line ``t`` is a byline that says so ('By Anna Belova', 'Автор: Анна Белова', 'Text: …') naming
    ``name`` among its parts: the writer signed the piece, whatever else the page prints beside the name."""
    if not _BY_PREFIX.match(t.strip()) or not name:
        return False
    want = " ".join(name.split()).casefold()
    return any(" ".join(x.split()).casefold() == want for x in byline_parts(t))


def byline_parts(t: str) -> list[str]:
    """A credit line cut where bylines separate a name, an outlet, a role or a place."""
    t = _BY_PREFIX.sub("", t.strip()).strip(" :.")
    return [x for x in (HONORIFIC.sub("", x.strip(" :.;")) for x in re.split(r"\s+[–—-]\s+|\s*[,|/]\s*|\s+(?:and|и|&)\s+", t)) if x]


#: The words of an office's name in a signature block ('Public Relations', 'Directorate of Public Affairs', 'Пресс-служба').
_OFFICE_NAME_WORDS = frozenset("""public relations affairs information press media communications communication directorate
department office division section unit service bureau centre center of the and for staff general headquarters
пресс-служба пресс-центр пресс-служба управление отдел департамент информации печати и по связям с общественностью
общественностью director deputy head chief acting assistant senior spokesperson spokesman spokeswoman secretary officer
commander начальник руководитель заместитель пресс-секретарь""".split())


def rank_or_office(part: str) -> bool:
    """A line part that is nothing but a rank or an office's name ('Brigadier General', 'BRIGADIER GENERAL', 'Public
    Relations', 'генерал-майор'): never a person, never an author."""
    words = [w for w in re.split(r"[\s-]+", part.casefold().strip(" .,")) if w]
    return bool(words) and all(w in rank_words() or w in _OFFICE_NAME_WORDS for w in words)\
        and any(w not in ("of", "the", "and", "for", "и", "по", "с") for w in words)


def strip_rank(part: str) -> str:
    """A name without the rank or title printed before it ('Подполковник Александр ЛУКАШЕВИЧ' -> 'Александр ЛУКАШЕВИЧ',
    'Colonel Farid Mammadov' -> 'Farid Mammadov', 'Col. (ret.) Daniyar Abenov', 'Полковник запаса Данияр Абенов': a rank
    written short and a retired or reserve officer's mark too); two words at least stay; any other text unchanged."""
    words = part.split()
    k = 0
    while k < len(words) - 2:
        if all(x in rank_words() or x in _RANK_SHORT for x in re.split(r"-", words[k].casefold().strip(".,")) if x):
            k += 1
        elif k and _RETIRED.fullmatch(words[k].casefold()):
            k += 1  # ('Col. (ret.) Daniyar Abenov', 'Полковник запаса Данияр Абенов': a retired or reserve officer)
        elif k and k < len(words) - 3 and _RETIRED.fullmatch(" ".join(words[k:k + 2]).casefold()):
            k += 2  # ('полковник в отставке Данияр Абенов')
        else:
            break
    return " ".join(words[k:]) if k else part


#: A rank written short ('Col.', 'Lt. Gen.', 'Maj.', 'Brig.', 'Capt.', 'Cdr.', 'Adm.', 'Sgt.'): a closed class.
_RANK_SHORT = frozenset("col lt gen maj brig capt cpt cdr adm sgt ltc ltcol ltgen majgen brigen".split())
#: A retired or reserve officer's mark after the rank: '(ret.)', '(retd)', '(retired)', 'запаса', 'в отставке', 'в запасе'.
_RETIRED = re.compile(r"\(ret(?:d|ired)?\.?\),?|retd\.?,?|\(retired\),?|запаса|в (?:отставке|запасе),?")


#: The line under an author's signature at the foot of a print article: the pictures are the author's too.
_PHOTO_BY_AUTHOR = re.compile(r"(?i)^\W{0,2}(?:фото|фотографии|снимки?|photos?|pictures?)\s*(?:by\s+)?[:\-–—]?\s*(?:the\s+)?"
                              r"(?:автора|author|из\s+архива\s+автора|from\s+the\s+author['’]?s\s+archive)\W{0,2}$")


def _signature_over_photo(foot, p: ParsedDraft) -> None:
    """A print article's signature over 'Фото автора' / 'Photo by the author' under its last paragraph ('Александр
    ЛУКАШЕВИЧ', 'АЛЕКСАНДР ЛУКАШЕВИЧ', 'Подполковник Александр ЛУКАШЕВИЧ'): the author, in normal case, without the rank."""
    for k in range(1, len(foot)):
        if not _PHOTO_BY_AUTHOR.match(line_text(foot[k]).strip()):
            continue
        t = strip_rank(" ".join(line_text(foot[k - 1]).split()).strip(" ."))
        name = _caps_surname(caps_name(t))
        if person_name(name) and not names_a_country(name, p.lang) and not is_city(name):
            p.author = name
            set_label(foot[k - 1], "byline", foot[k - 1].why + "; rule: a signature over 'Фото автора' / 'Photo by the author'")
            p.why["author"] = f"line {foot[k - 1].number}: a signature over a 'photo by the author' line at the foot"
        return


def lower_words(lines) -> frozenset[str]:
    """The words the page's text writes in lower case ('military', 'cooperation', 'plan'): a person's name is never one."""
    return frozenset(w for t in lines for w in re.findall(r"(?<![\w-])[a-zа-яё]{4,}(?![\w-])", t))


def common_words(t: str, lower: frozenset[str]) -> bool:
    """Whether a capitalised line is made of words the page's text also writes in lower case ('Military Cooperation Plan'
    over a text on 'a plan of military cooperation'): a title-case phrase, never a person's name ('Farid Mammadov')."""
    # (three words or more, every one of them known: a two-word name may well be two words of the language, 'Mark Long')
    words = [w.casefold() for w in re.findall(r"[^\W\d_]{4,}", t)]
    known = sum(w in lower for w in words)
    return len(words) >= 3 and known >= (len(words) if len(words) == 3 else len(words) - 1)


#: The words of a newsroom's desk credit: a kind of desk or edition and a newsroom noun ('Staff Report', 'News Desk',
#: 'Web Desk', 'Our Correspondent', 'Monitoring Report', 'Редакция', 'Наш корреспондент').
_DESK_QUALIFIER = (r"our|the|own|staff|news|web|online|digital|special|city|metro|foreign|national|international|"
                   r"political|business|sports?|monitoring|regional|defen[cs]e|wire|наш|собственный|отдел|служба|новостей")
_DESK_NOUN = (r"staff|desk|report|reporter|reporters|correspondents?|bureau|newsroom|editors?|editorial\s+team|team|"
              r"writers?|редакция|корреспондент|собкор|новостей")
_DESK_CREDIT = re.compile(rf"(?i)^\W{{0,3}}(?:by\s+)?(?:(?:{_DESK_QUALIFIER})\s+){{1,3}}(?:{_DESK_NOUN})\W{{0,3}}$|"
                          rf"^\W{{0,3}}(?:by\s+)?(?:{_DESK_NOUN})\s+(?:report|reporter|desk)\W{{0,3}}$|^\W{{0,3}}редакция\W{{0,3}}$")


#: An outlet's desk by the outlet's name: 'By Ledger Newsroom', 'Caspian Wire Staff', 'Dawn Web Desk', 'Редакция «Вестей»',
#: 'Редакция сайта' (the name's words capitalised, then a desk's noun).
_NAMED_DESK = re.compile(r"^\W{0,3}(?:[Bb]y\s+)?(?:[Tt]he\s+)?(?:[A-Z][\w&.'’-]*\s+){1,3}(?i:(?:web\s+|news\s+|online\s+|digital\s+)?desk|"
                         r"newsroom|news\s*room|staff(?:\s+(?:writers?|reporters?|report))?|editorial(?:\s+(?:team|board|staff|desk))?|"
                         r"editors|news\s+team|reporting\s+team|correspondents)\W{0,3}$|"
                         r"^\W{0,3}(?i:редакция|редакции|отдел\s+новостей|newsroom|news\s+desk|web\s+desk|staff|editorial\s+team)"
                         r"(?:\s+(?:сайта|портала|газеты|агентства|[«\"“][^»\"”]{2,40}[»\"”]))?\W{0,3}$")


def desk_credit(t: str) -> bool:
    """'Staff Report', 'News Desk', 'Web Desk', 'By Our Correspondent', 'Редакция': a credit made of newsroom words
    only. It names neither an author nor an outlet (the agency 'Report' is not named by 'Staff Report')."""
    return bool(_DESK_CREDIT.match(" ".join(t.split())))


def newsroom_credit(t: str) -> bool:
    """A desk (``desk_credit``) or a desk by the outlet's name ('By Ledger Newsroom', 'Caspian Wire Staff', 'Редакция
    «Вести Памира»', 'Редакция сайта'): never a person, whatever its words' shapes (the outlet's name is read elsewhere)."""
    t = " ".join(t.split())
    return desk_credit(t) or bool(_NAMED_DESK.match(t))


def read_byline(t: str) -> tuple[list[str], list[str]]:
    """The people and the outlets a byline names: 'By Ali Mustafayev – Trend:' -> (['Ali Mustafayev'],
    ['Trend']); 'Ismaeel Naar, Al Arabiya English'; 'Автор: Лина Панченко'; 'Timur Sherzad, Nikolay Baranov'."""
    if issuer.language_switcher(t):
        return [], []  # 'Bahasa Indonesia', «Рус | Eng»: a site's language switcher names no one
    if desk_credit(t):
        return [], []  # 'Staff Report', 'News Desk': a newsroom's desk, no author and no outlet
    if re.fullmatch(r"\W{0,3}[A-Z]{2,4}(?:\s*/\s*[A-Za-z]{2,8}){1,3}\W{0,3}", t.strip())\
            and not any(outlet_name(x) for x in re.split(r"\s*/\s*", t.strip(" -–—."))):
        return [], []  # 'VM/JS', 'RK/SR/Savvy': the clerks' initials under a release, no credit
    src = _SOURCE_PREFIX.match(t.strip())
    if src:  # 'Source: Alatau-Press', 'Источник: Алатау-Пресс': an outlet, never a person
        got = outlet_from(credited_name(t.strip()[src.end():]), strong=True)
        return [], [got] if got else []
    pair = _AGENCY_PAIR.fullmatch(t.strip())
    if pair:  # '— BNS/Baltic Morning': an agency and the outlet that ran its story, joined by a slash; no person
        return [], [x for x in (outlet_from(pair.group(1), strong=True) or pair.group(1),
                                outlet_from(pair.group(2), strong=True)) if x]
    by = bool(_BY_PREFIX.match(t.strip()))
    t = _BY_PREFIX.sub("", t.strip()).strip(" :.")
    people, outlets_, weak = [], [], []
    parts = [x.strip(" :.;") for x in re.split(r"\s+[–—-]\s+|\s*[,|/]\s*|\s+(?:and|и|&|AND|И)\s+", t)]
    parts = [x for x in parts if x]
    if by and parts:
        # 'BY ANA LUCIA FERRER | MONTEVIDEO': a credit printed in capitals names its author in capitals too
        parts[0] = caps_name(parts[0])
        if person_name(parts[0]):
            parts[1:] = [caps_name(x) if person_name(caps_name(x)) else x for x in parts[1:]]
    # 'by Staff | 12 March 2024 | Africa, Navy | 0 comments': after the date a blog's byline lists its
    # categories and a counter; those parts name no outlet (a listed outlet there still counts).
    dated = _blog_tags_after(parts, t)
    # 'CRS | Continental Reportage Syndicate': a name whose initials the line prints beside it is the outlet's full name
    abbrs = {x.casefold() for x in parts if re.fullmatch(r"[A-ZА-ЯЁ]{3,6}", x)} if not by else set()
    for k, part in enumerate(parts):
        part = HONORIFIC.sub("", part)
        caps = [w for w in part.split() if w.casefold() not in SMALL_WORDS]
        if abbrs and len(caps) >= 3 and all(w[:1].isupper() for w in caps) and "".join(w[0] for w in caps).casefold() in abbrs:
            outlets_.append(part)
            continue
        known = outlet_name(part)
        if dated is not None and k > dated and not known:
            continue
        staff = STAFF.fullmatch(part)
        if not known and k > 0 and people and re.fullmatch(r"[«\"“„][^«»\"“”„]{2,40}[»\"”]", part):
            # 'Айгуль Бекова, «Каспийская звезда»': the newspaper in quotes after its author's name
            got = outlet_from(part, strong=True)
            if got:
                outlets_.append(got)
                continue
        if not known and ((k > 0 and (people or outlets_)) or not by) and is_city(part):
            continue  # 'Words: A, Ulaanbaatar': where the author wrote from; 'Santa Cruz | Asuncion': places
        if not known and by and k > 0 and people and len(part.split()) <= 3 and part.strip(" .").casefold() in cities.towns():
            continue  # 'BY ANA LUCIA FERRER | PAYSANDÚ': a smaller town the author files from, after the name
        special = _SPECIAL_TO.fullmatch(part)
        if known:
            outlets_.append(known)
        elif special:
            # 'By A, Special to the Steppe Courier': a contributor's piece; the outlet it was written for
            got = outlet_from(special.group(1), strong=True)
            if got:
                outlets_.append(got)
        elif staff and (outlet_name(staff.group("o") or staff.group("o2")) or outlet_shaped(staff.group("o") or staff.group("o2"))):
            # 'Tien Shan Courier staff', 'Steppe Wire correspondent', 'корреспондент «Степи»': the newsroom
            outlets_.append(outlet_from(staff.group("o") or staff.group("o2"), strong=True))
        elif (staff and staff.group("o") and k > 0 and people and _own_newsroom(staff.group("o"))):
            # 'Aidar Sultanov, Tien Shan Courier correspondent': a person's newsroom (never 'our', a role or a place)
            outlets_.append(outlet_from(staff.group("o"), strong=True))
        elif EDITION.fullmatch(part):
            # 'Steppe Ledger | English': the language of an edition qualifies the part before it as an outlet
            if k > 0 and people and people[-1] == parts[k - 1]:
                outlets_.append(people.pop())
        elif by and k == 0 and issuer.organisation(part):
            # 'By U.S. Embassy Dhaka', 'By Ministry of Foreign Affairs of Latvia', 'By Nordic Armour Systems AB': an
            # organisation signs its own release; it is the source, never an author
            outlets_.append(issuer.organisation(part)[0])
        elif ROLE_PART.search(part) and (k > 0 or not person_name(ROLE_PART.sub("", part).strip())):
            continue  # 'By A, Defence Editor': the author's role ('Senior Fellow, X' alone: a position, no person)
        elif k > 0 and (people or ROLE_PART.search(parts[0])) and AFFILIATION.search(part):
            continue  # 'Dr A, Senior Fellow, Gobi Security Initiative': where the author works, no person
        elif rank_or_office(part):
            continue  # 'Brigadier General', 'Public Relations' in a signature block: a rank or an office, no person
        elif strip_rank(part) != part and person_name(strip_rank(part)):
            people.append(_caps_surname(strip_rank(part)))  # 'Colonel Farid Mammadov': the name without its rank
        elif person_name(part) and not (len(part.split()) >= 3 and names_a_country(part, "ru" if re.search(r"[А-Яа-яЁё]", part) else "en")):
            # ('Thai, Cambodian Ministers Agree Hotline': a title-case headline naming states is no person)
            people.append(_caps_surname(part))
        elif (len(part.split()) <= 4 and looks_like_agency(part) and part[:1].isupper() and not find_dates(part)
              and not (SECTION_LABEL.fullmatch(part) and not outlet_name(part))
              and not menu_word(part) and not NOT_OUTLET.search(part) and not _NOT_A_NAME_PART.search(part)
              and len(re.sub(r"\W", "", part)) >= 3 and not (len(part.split()) == 1 and weekday_of(part) is not None)):
            # (a weekday alone, 'By X | Saturday, April 15th 2023', is the date's, not an agency)
            outlets_.append(part)
            weak.append(part if len(part.split()) == 1 and not outlet_shaped(part) and not AGENCY_WORDS.search(part) else None)
    if not people and not by and len(parts) >= 3 and not any(outlet_name(x) for x in outlets_)\
            and all(len(x.split()) <= 3 for x in parts):
        # 'Новости | Структура | Документы', 'News | Releases | Contracts': a menu, three short items and no 'By',
        # naming no listed outlet: no credit
        return [], []
    if people and outlets_ and not src and not by and all(weak) and len(weak) == len(outlets_):
        # 'Buenos Aires | Santa Fe', 'Lima | Santiago': capitalised words and one plain word between
        # bars, no 'By' and no outlet shape: two places, not a person and an outlet
        return [], []
    return people, outlets_


def _blog_tags_after(parts: list[str], text: str, lang: str = "en") -> int | None:
    """The index of the dated part of a byline when the parts after it are a blog's categories and a
    counter ('by Staff | 12 March 2024 | Africa, Navy | 0 comments'), else None."""
    dated = next((k for k, x in enumerate(parts) if find_dates(x, lang)), None)
    if dated is not None and (len(parts) - dated - 1 >= 2 or _COUNTER_PART.search(text)):
        return dated
    return None


_COUNTER_PART = re.compile(r"(?i)(?:^|[|•·,]\s*)(?:\d+\s+(?:comments?|responses?|replies|shares?|views?|likes?)|no comments|"
                           r"comments?\s*\(?\d+\)?|\d+\s+(?:комментари\w*|просмотр\w*))\s*(?:$|[|•·])")
_AGENCY_PAIR = re.compile(r"[\s(—–-]{0,3}([A-ZА-ЯЁ]{2,6})/((?:[A-ZА-ЯЁ][\w.&\-]*)(?:\s[A-ZА-ЯЁ][\w.&\-]*){0,3})[\s).]*")
#: A news site's section label ('National', 'Defence', 'В мире'): printed beside a date or above a headline,
#: never an outlet or a masthead.
SECTION_LABEL = re.compile(
    r"(?i)(?:national|international|world|world news|politics|political|defen[cs]e|security|military|army|economy|"
    r"business|society|regions?|regional|local|nation|opinion|analysis|diplomacy|asia|europe|middle east|africa|americas|"
    r"featured|headlines?|top stories|editorial|interview|general|industry|science|culture|sports?|"
    r"политика|общество|в мире|мир|армия|оборона|безопасность|экономика|регионы|происшествия|аналитика|интервью|"
    r"дипломатия|в регионах|страна|культура|спорт"
    # a page's genre or a site's section: 'COMMENTARY', 'IMMEDIATE RELEASE', 'CONTRACTS', 'News', 'Пресс-релиз'
    r"|(?:for\s+)?immediate\s+release|(?:joint\s+)?(?:press|news|media)\s+releases?|joint\s+statements?|communiqu[eé]s?|"
    r"(?:media\s+|press\s+)?notices?|media\s+notes?|"
    # the same kinds in Russian: «СООБЩЕНИЕ», «Информационное сообщение», «Совместное заявление», «Коммюнике», «Анонс»
    r"(?:официальное\s+|информационное\s+)?сообщени[ея]|(?:совместное\s+)?заявлени[ея]|коммюнике|(?:пресс-)?анонсы?|"
    r"уведомлени[ея]|releases?|commentar(?:y|ies)|comments?|opinions?|op-?eds?|"
    r"features?|contracts?|statements?|speeches|transcripts?|announcements?|(?:media\s+)?advisor(?:y|ies)|briefings?|news|"
    r"latest(?:\s+news)?|breaking(?:\s+news)?|news\s+(?:and|&)\s+(?:events|media)|blogs?|insights?|publications?|research|"
    r"events|multimedia|videos?|photos?|in\s+focus|spotlight|perspectives?|explainers?|readouts?|fact\s+sheets?|"
    r"newsroom|press(?:\s+(?:room|centre|center|office))?|media(?:\s+(?:room|centre|center))?|top\s+news|home|"
    r"новости|последние\s+новости|комментари[йи]|пресс-релизы?|заявления|мнение|мнения|колонка|блоги?|статьи|публикации|"
    r"официально|события|пресс-центр|медиа|главное|лента(?:\s+новостей)?|видео|фото)")

#: What a credit adds after the outlet that names no outlet: 'Source: X / agencies', 'X and wires'.
GENERIC_CREDIT = re.compile(r"(?i)^(?:(?:news\s+|wire\s+)?agencies|wires?|wire services|staff|reports|agency reports|"
                             r"(?:информационные\s+)?агентства|информагентства|соб\.?\s*инф\.?|агентства\s+новостей)$")


def credited_name(t: str) -> str:
    """The outlet part of a credit: 'KDD / agencies' -> 'KDD', 'Gobi Wire, agencies' -> 'Gobi Wire'
    (the first part that is not a generic 'agencies', 'wires', 'staff')."""
    t = re.split(r"\s+[|•]\s+|,\s+(?=\d)", t.strip())[0]
    parts = [x.strip(" .") for x in re.split(r"\s*/\s*|\s*;\s*|,\s+|\s+(?:&|and|и)\s+", t) if x.strip(" .")]
    keep = [x for x in parts if not GENERIC_CREDIT.match(x)]
    t = keep[0] if keep and len(keep) < len(parts) else t
    # 'агентство «Бел-Инфо»', 'the news agency Steppe Wire': the kind of outlet before its name is no part of it
    m = KIND_BEFORE_NAME.match(t)
    return t[m.end():].strip() if m else t


#: The kind of an outlet written before its name (a closed class: agency, newspaper, portal, site, magazine,
#: channel, radio in both languages), when a quoted or capitalised name follows.
KIND_BEFORE_NAME = re.compile(
    r"(?i:(?:информационн\w+\s+)?(?:агентств\w*|газет\w*|портал\w*|сайт\w*|журнал\w*|издани\w*|телеканал\w*|радио)"
    r"|(?:the\s+)?(?:news\s+)?(?:agency|newspaper|portal|website|site|magazine|channel|daily|weekly))\s+(?=[«\"“A-ZА-ЯЁ])")


_ACRONYM = re.compile(r"[A-ZА-ЯЁ]{2,6}")
_ACRONYM_WORDS = re.compile(r"[A-ZА-ЯЁ]{2,6}(?:[ -][A-ZА-ЯЁ]{2,6})?")
SMALL_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "de", "и", "по"})


def expand_acronym(labelled, p: ParsedDraft) -> None:
    """A source read as an abbreviation no list knows ('Source: KDD / agencies') stands for the name the
    page prints outside its text whose initials spell it (a masthead 'Khangai Defence Digest')."""
    if not p.source or not _ACRONYM_WORDS.fullmatch(p.source) or outlet_name(p.source) or p.source in outlets().values():
        return
    if re.search(r"[А-ЯЁ]", p.source):
        got = _spelt_out_ru(p.source, labelled)
        if got and _bound_on_line(p.source, labelled, got[1]):
            p.why["source"] = p.why.get("source", "") + f"; line {got[1]} prints '{p.source}' beside its full name: both kept"
            p.source = f"{outlet_name(got[0]) or got[0]} ({p.source})"
            return
        if got:
            p.why["source"] = p.why.get("source", "") + f"; '{p.source}' spelt out as on line {got[1]}"
            p.source = outlet_name(got[0]) or got[0]
        return
    if not _ACRONYM.fullmatch(p.source):
        return
    want = p.source.casefold()
    for ln in labelled:
        if ln.label in ("blank", "headline") or (ln.label == "body" and len(line_text(ln).split()) > 8):
            continue  # (a short line the model took for text, 'TSC Tien Shan Courier' at the top, is no prose)
        # words, a name written as newsrooms write theirs cut at its inner capitals ('KyrgyzWire' -> Kyrgyz Wire)
        words = [x for w in re.findall(r"[\w’'\-]+", line_text(ln)) for x in (re.findall(r"[A-ZА-ЯЁ][a-zа-яё’']+", w)
                                                                           if re.fullmatch(r"(?:[A-ZА-ЯЁ][a-zа-яё’']+){2,3}", w) else [w])]
        for i in range(len(words)):
            for j in range(i + 2, min(len(words), i + 8) + 1):
                span = words[i:j]
                if not span[0][:1].isupper() or not span[-1][:1].isupper():
                    continue
                caps = [w for w in span if w.casefold() not in SMALL_WORDS]
                if not all(w[:1].isupper() for w in caps):
                    break
                if "".join(w[0] for w in caps).casefold() == want:
                    name = re.search(r"(?<!\w)" + r"\W{0,3}".join(map(re.escape, span)) + r"(?!\w)", line_text(ln))
                    name = name.group(0) if name else " ".join(span)
                    if _bound_on_line(p.source, labelled, ln.number) and not outlet_name(name):
                        # 'ACR | Agence Continentale de Reportage' over 'PARIS, March 12 (ACR) -': the outlet names
                        # itself by both forms and credits its stories by the short one: one outlet, both forms
                        p.why["source"] = p.why.get("source", "") + f"; line {ln.number} prints '{p.source}' beside its full name: both kept"
                        p.source = f"{name} ({p.source})"
                        return
                    p.why["source"] = p.why.get("source", "") + f"; '{p.source}' spelt out as on line {ln.number}"
                    p.source = outlet_name(name) or name
                    return
    # Only the text spells it out ('ISD' under a release, 'the Inter-Services Directorate said …'): the name, when it
    # names an office that issues releases or an agency
    name = spelt_out(p.source, labelled)
    if name and (ISSUER_WORD.search(name) or AGENCY_WORDS.search(name)):
        p.why["source"] = p.why.get("source", "") + f"; '{p.source}' spelt out as the text writes it"
        p.source = outlet_name(name) or name


def _bound_on_line(abbr: str, labelled, number: int) -> bool:
    """The line that spells an abbreviation out prints the abbreviation too, as a part of its own ('ACR | Agence
    Continentale de Reportage', 'ЦАН — Центральноазиатское агентство новостей'): the outlet's masthead binds both
    forms of its name."""
    ln = next((x for x in labelled if x.number == number), None)
    return ln is not None and bool(re.search(r"(?<![\w.])" + re.escape(abbr) + r"(?![\w.])", line_text(ln)))


def _spelt_out_ru(abbr: str, labelled) -> tuple[str, int] | None:
    """'СИА ТИП' -> 'Тайга-Инфо Пресс' when a line outside the text reads 'Сибирское информационное агентство
    «Тайга-Инфо Пресс»': the words whose initials spell the abbreviation (a Russian name capitalises only its
    first word; each part of a hyphenated word gives its initial), the outlet's own name in quotes when it has one."""
    want = re.sub(r"\W", "", abbr).casefold()
    for ln in labelled:
        if ln.label in ("blank", "headline") or (ln.label == "body" and len(line_text(ln).split()) > 8):
            continue
        t = line_text(ln)
        toks = [(m.group(0), m.start(), m.end()) for m in re.finditer(r"[А-Яа-яЁё]+", t)]
        for i in range(len(toks)):
            if not toks[i][0][:1].isupper():
                continue
            initials = ""
            for j in range(i, min(len(toks), i + 10)):
                w = toks[j][0]
                if w.casefold() in SMALL_WORDS:
                    continue
                initials += w[0].casefold()
                if not want.startswith(initials):
                    break
                if initials == want:
                    span = t[toks[i][1]:toks[j][2]]
                    quoted = re.search(r"[«\"“]([^«»\"“”]{2,40})[»\"”]?\s*$", span + t[toks[j][2]:toks[j][2] + 1])
                    return (quoted.group(1).strip() if quoted else span), ln.number
    return None


_SPECIAL_TO = re.compile(r"(?i)(?:special|exclusive(?:ly)?)\s+(?:to|for)\s+(?:the\s+)?(.{2,50})")
EDITION = re.compile(r"(?i)(?:in\s+)?(?:english|russian|français|french|arabic|spanish|international|global|online|digital|web|"
                     r"на русском(?: языке)?|по-русски|на английском(?: языке)?)(?:\s+(?:edition|version|service))?|"
                     r"(?:international|online|digital|web|english|global)\s+(?:edition|version)|edition|онлайн|"
                     r"(?:английская|международная|русская)\s+версия")
ROLE_PART = re.compile(r"(?i)\b(?:editor|correspondent|reporter|writer|columnist|analyst|contributor|producer|"
                        r"(?:photo)?journalist|presenter|anchor|stringer|commentator|репортёр|репортер|фотокорреспондент|"
                        r"fellow|researcher|professor|lecturer|director|programme|program|expert|head\s+of|"
                        r"редактор|корреспондент|обозреватель|журналист|эксперт|аналитик|сотрудник|исследователь|"
                        r"директор|руководитель|профессор|доцент)\b")
AFFILIATION = re.compile(r"(?i)\b(?:initiative|institute|programme|program|cent(?:re|er)|university|studies|school|council|"
                          r"foundation|academy|college|forum|project|society|association|institut\w*|центр\w*|университет\w*|"
                          r"фонд\w*|академи\w*)\b")
#: A title before an author's name ('Dr Nomin Batbayar', 'Prof. A'): not part of the name.
HONORIFIC = re.compile(r"^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Доктор|Профессор)\.?\s+(?=[A-ZА-ЯЁ])")
_ROLE_ADJ = re.compile(r"(?i)^(?:our|own|special|senior|chief|staff|foreign|diplomatic|defen[cs]e|military|political|"
                       r"security|regional|local|war|senior\s+\w+|наш|собственный|специальный|военный)$")


def _own_newsroom(name: str) -> bool:
    """'Tien Shan Courier' in 'X correspondent': capitalised words naming no role, country or nationality."""
    from generator.reference.countries import index

    words = name.split()
    if not (1 <= len(words) <= 4) or not all(w[:1].isupper() for w in words) or _ROLE_ADJ.match(name):
        return False
    if any(_ROLE_ADJ.match(w) for w in words) or NOT_OUTLET.search(name) or index().find(name, "en"):
        return False
    return len(words) >= 2 or outlet_shaped(name)


#: A byline part that names no one: a relative day or a time ('Today, 10:15', 'Сегодня', '3 hours ago').
_NOT_A_NAME_PART = re.compile(r"(?i)^(?:today|yesterday|now|just now|сегодня|вчера|сейчас|только что)\b|\d{1,2}:\d{2}|\bago\b|назад")
_SOURCE_PREFIX = re.compile(r"^\W{0,3}(?:source|источник|по материалам|adapted from)\s*[:\-–—]?\s*(?=\S)", re.IGNORECASE)
STAFF = re.compile(r"(?i)(?P<o>.{2,50}?)\s+(?:staff(?:\s+writer|\s+reporter)?|correspondent|news\s+desk|desk|newsroom|editorial\s+team)"
                    r"|(?:корреспондент|редакция|собкор)\s+(?P<o2>.{2,50})")


_POSTED_BY = re.compile(r"(?i)^\s*(?:posted|published|written|updated)?\s*(?:on\s+)?(.{6,50}?)\s+by\s+(.{3,60}?)\s*$")
#: 'Posted by Mark Delgado on June 14, 2024', 'Published by A | June 14, 2024': the name first, then the date.
_POSTED_BY_NAME = re.compile(r"(?i)^\W{0,3}(?:posted|published|written|submitted|uploaded)\s+by\s*:?\s+(.{3,60}?)\s*(?:\bon\b|[|,•·]|[–—-]\s)\s*(.{6,50}?)\s*$")
#: A wire story's credit at its foot: '(Reporting by A and B; Writing by C; Editing by D)', 'Reporting by A in Oslo'.
_WIRE_CREDIT = re.compile(r"(?i)^\W{0,3}(?:additional\s+)?(reporting|writing|written)\s+by\s+")
_WIRE_PART = re.compile(r"(?i)^\s*(?:(?:additional\s+)?reporting|writing|written|editing|edited|compiled)\s+by\s+(.+?)\s*$")


_NOTE_NAME = r"(?:(?:Dr|Prof|Professor)\.?\s+)?(?P<name>[A-ZА-ЯЁ][\w’'\-]+(?:\s+(?:[A-ZА-ЯЁ][\w’'\-]+|bin|binti|ibn|van|von|de|al)){1,4})"
_AUTHOR_NOTE = re.compile(
    _NOTE_NAME + r"(?:\s+is\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?i:fellow|researcher|research\s+associate|professor|lecturer|"
    r"director|analyst|journalist|correspondent|editor|writer|expert|reporter|head|chair|contributor|columnist)\b"
    r"[^.]{0,140}|\s+(?:covers|reports\s+on|writes\s+(?:on|about))\s+[^.]{2,80}?\s+for\s+(?:the\s+)?(?P<outlet>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,4}))"
    r"\s*\.?\s*$")


def press_contact_at(foot: list[str]) -> int | None:
    """Where a release's press-contact block opens among the lines under its text: a heading only a release prints
    ('Press contact', 'Media enquiries', 'For further information, please contact:', 'Для справок:'), or a bare
    'Contact:' with a person to call on its line or on the four lines under it ('Laura Meyer', 'James O'Connor,
    Communications Manager'). A site's footer ('Contacts: +7 727 000 00 00, info@site.kz') names nobody to call: no
    contact block (the name over the headline stays the author, the first line no source)."""
    for k, t in enumerate(foot):
        if not issuer.media_contact(t):
            continue
        if not re.match(r"(?i)^\W{0,3}contacts?\s*:", t.strip()):
            return k
        after = [re.sub(r"^[^:]*:", "", t, count=1)] + foot[k + 1:k + 5]
        if any(person_name(part.strip(" .")) for x in after for part in re.split(r"\s*[,;|–—]\s*", x) if part.strip(" .")):
            return k
    return None


#: A byline cue in the middle of a line, after a date or another field ('Опубликовано: 28 октября 2025 г.   Автор:
#: Мерген Атаев', 'Published: 3 May 2025 | Author: Jane Doe', '12.05.2025 · Текст: Анна Белова'): the name after it.
_MID_CUE = re.compile(r"(?:\s{2,}|\s*[|•·;]\s*|\s+[–—]\s+|(?<=[\d.)])\s+)(?:автор(?:\s+материала)?|author|текст|text|written\s+by|"
                      r"words|by)\s*:\s*(?P<rest>\S.{1,80})$", re.IGNORECASE)


def mid_line_byline(t: str) -> str | None:
    """The credit after a byline cue in the middle of a short line that opens with something else (a date, a
    'Published:' field): 'Опубликовано: 28 октября 2025 г.   Автор: Мерген Атаев' -> 'Мерген Атаев'; None when
    the line has no such cue or is a sentence."""
    m = _MID_CUE.search(t)
    if not m or len(t.split()) > 18 or prose_line(t[:m.start()]) or not t[:m.start()].strip(" |•·;–—"):
        return None
    rest = re.split(r"\s{2,}|\s*[|•·]\s*", m.group("rest").strip())[0].strip(" .;,")
    return rest or None


#: A press service's words before the body it speaks for: 'Пресс-служба Минобороны X', 'Press Service of the Ministry …'.
_PRESS_SERVICE_HEAD = re.compile(r"(?i)^\W{0,3}(?:пресс-служб\w*|пресс-центр\w*|press\s+(?:service|office)(?:\s+of)?(?:\s+the)?)\s+")
_DEFENCE_MINISTRY = re.compile(r"(?i)^(?:министерств\w*\s+(?:национальной\s+)?обороны|минобороны|ministry\s+of\s+(?:national\s+)?"
                               r"defen[cs]e(?:\s+of)?(?:\s+the)?)\s+\S|^\w+\s+(?:ministry\s+of\s+)?defen[cs]e\s+ministry$")


def institution_credit(t: str, lang: str) -> str | None:
    """The state body a credit names when it is nothing but that body with its state, its press service's words
    dropped: 'Пресс-служба Минобороны Туркменистана' / 'Минобороны Казахстана' -> 'Ministry of Defence of
    Turkmenistan' / '… of Kazakhstan', 'Совет безопасности Кыргызской Республики' -> 'Security Council of
    Kyrgyzstan'. None for a person, an outlet, a body with no state ('Пресс-служба Минобороны') or a sentence."""
    from generator.reference.countries import index

    t = " ".join(t.split()).strip(" .,;:«»\"")
    body = _PRESS_SERVICE_HEAD.sub("", t)
    got = issuer.state_body(body, lang)
    if got:
        return got
    if len(body.split()) > 6 or not _DEFENCE_MINISTRY.search(body):
        return None
    hits = index().find(body, lang)
    # (the ministry and its state only: every word past the ministry's belongs to the state's name)
    return ministry_name(body, "", lang) if hits and len({h.code for h in hits}) == 1 else None


#: The heading of a box on someone the piece quotes or interviews, under the text ('About the expert', 'Об эксперте',
#: 'О спикере', 'About our guest', 'Справка об эксперте'): the person it presents is no author.
_ABOUT_GUEST = re.compile(r"(?i)^\W{0,3}(?:about\s+(?:the|our)\s+(?:experts?|speakers?|guests?|interviewees?|panell?ists?)|"
                          r"(?:the\s+)?expert(?:['’]s)?\s+(?:bio|profile)|(?:справка\s+)?об?\s+(?:эксперт|спикер|собеседник)(?:е|ах)|"
                          r"(?:справка\s+)?о\s+гост(?:е|ях)|наш\s+(?:эксперт|собеседник|гость))\W{0,3}$")


def _guest_box(foot) -> set[int]:
    """The line numbers of an expert's or a speaker's box under the text: its heading and the two lines under it."""
    for k, ln in enumerate(foot):
        if _ABOUT_GUEST.match(line_text(ln)):
            return {x.number for x in foot[k:k + 3]}
    return set()


def read_bylines(labelled, p: ParsedDraft) -> None:
    """Author and agency from lines labelled byline, and a name in front of a date line
    ('Aynur Asgarli | 29.06.2021')."""
    # a release's contact block under its text ('Press contact' / a name / a title / a phone): whom to call, no author
    prose_n = [ln.number for ln in labelled if ln.label == "body" and prose_line(line_text(ln))]
    foot = [ln for ln in labelled if prose_n and ln.number > prose_n[-1] and ln.label != "blank"]
    at = press_contact_at([line_text(ln) for ln in foot])
    contact = foot[at].number if at is not None else None
    nonblank_all = [ln for ln in labelled if ln.label != "blank"]
    guest = _guest_box([ln for ln in labelled if prose_n and ln.number > prose_n[0] and ln.label != "blank"])
    for ln in labelled:
        if contact is not None and ln.number > contact:
            break
        if ln.number in guest:
            continue
        posted = _POSTED_BY_NAME.match(line_text(ln)) if ln.label in ("date", "chrome", "caption", "byline") or (
            ln.label == "body" and len(line_text(ln).split()) <= 14) else None
        if posted and find_dates(posted.group(2), p.lang):
            who, _ = read_byline(posted.group(1))
            if who and p.author is None:
                p.author = ", ".join(who)
                p.why["author"] = f"line {ln.number}: 'Posted by <name> on <date>'"
                continue
        posted = _POSTED_BY.match(line_text(ln)) if ln.label in ("date", "chrome", "caption") else None
        if posted and find_dates(posted.group(1), p.lang):
            # 'Posted on April 4, 2024 by Aidar Seitov': the date is read from the line, the name after 'by' too
            who, _ = read_byline(posted.group(2))
            if who and p.author is None:
                p.author = ", ".join(who)
                p.why["author"] = f"line {ln.number}: 'Posted on <date> by <name>'"
            continue
        # (a short line the model took for text or a caption counts when a date opens it: '28 октября 2025, 14:05
        # Автор: Мерген Атаев')
        mid = mid_line_byline(line_text(ln)) if p.author is None and (ln.label in ("date", "chrome", "byline") or (
            ln.label in ("body", "caption") and find_dates(line_text(ln)[:40], p.lang))) else None
        if mid:
            who, _ = read_byline(mid)
            if who and not any(NOT_OUTLET.search(w) or outlet_name(w) for w in who):
                p.author = ", ".join(who)
                p.why["author"] = f"line {ln.number}: a byline cue in the middle of the line ('… Автор: <name>')"
                continue
            body = institution_credit(mid, p.lang)
            if body and p.source is None and not re.search(r"(?i)фото|photo", line_text(ln)[:line_text(ln).find(mid)]):
                # ('28.10.2025   Автор: Пресс-служба Минобороны Туркменистана': a ministry's site credits its press
                # service as the author; an institution is no person, it published the text)
                p.source = body
                p.why["source"] = f"line {ln.number}: a state body credited as the author ('… Автор: <body>')"
                continue
        if ln.label == "byline" or (ln.label == "date" and "|" in ln.text and ln.number > 1):
            t = line_text(ln)
            if ln.label == "date":
                # 'By Aidar Sultanov | Steppe Wire | 15 April 2023': the parts without a date or a time;
                # 'by Staff | 12 March 2024 | Africa, Navy | 0 comments': after the date, categories and a
                # counter (only a listed outlet there is kept)
                cells = t.split("|")
                dated = _blog_tags_after(cells, t, p.lang)
                if dated is not None:
                    cells = cells[:dated + 1] + [x for x in cells[dated + 1:] if outlet_name(x.strip(" .:"))]
                t = " | ".join(x for x in cells if not find_dates(x, p.lang) and not re.search(r"\d{1,2}:\d{2}", x))
                if not t.strip():
                    continue
            who, outlets_ = read_byline(t)
            if who and not outlets_ and " ".join(t.split()).strip(" .") == ", ".join(who) and _person_of_the_story(who, nonblank_all):
                continue  # a bare name the text speaks of in two paragraphs (the story's minister as a tag): no author
            if who and p.author is None:
                p.author = ", ".join(who)
                p.why["author"] = f"line {ln.number}: byline ({ln.why})"
            # (a picture's credit, 'Фото: Данияр Абенов / ТАСС', 'Photo: A/Reuters', names the agency of the photo,
            # not of the copy)
            pic = NAME_CUE.match(t)
            if outlets_ and p.source is None and not (pic and pic.group("pic")):
                p.source = outlets_[0]
                p.why["source"] = f"line {ln.number}: agency in the byline"
    nonblank = [ln for ln in labelled if ln.label != "blank"]
    prose = [k for k, ln in enumerate(nonblank) if ln.label == "body"]
    if p.author is None:
        _dash_signoff(nonblank, p)
    if p.author is None:
        _feed_author(labelled, p)
    if p.author is None and prose:
        _signature_over_photo(nonblank[prose[-1] + 1:][:6], p)
    if p.author is None and len(prose) >= 2:
        # (the credit closes the last paragraph of the story, or stands under it; a line of the site's own, 'Our
        # Standards: …', may follow it)
        _wire_credit(nonblank[prose[max(1, len(prose) - 3)]:][:8], p)
    for ln in nonblank[prose[-1] if len(prose) >= 2 else len(nonblank):][:6]:
        # An author's note closing the piece: 'Dr A is a Senior Fellow at the X Institute.', 'A covers land
        # systems for X.', 'Автор — эксперт X': the author (and, for 'for X', the outlet), not text of the article.
        m = _AUTHOR_NOTE.match(line_text(ln)) if ln.label in ("body", "chrome", "caption") and ln.number not in guest else None
        if m and person_name(m.group("name")) and (p.author is None or p.author == m.group("name")):
            p.author = m.group("name")
            p.why["author"] = f"line {ln.number}: an author's note closing the piece ('A is a … at X', 'A covers … for X')"
            set_label(ln, "byline", ln.why + "; rule: an author's note at the foot")
            if m.group("outlet") and p.source is None:
                got = outlet_from(m.group("outlet"), strong=True)
                if got:
                    p.source, p.why["source"] = got, f"line {ln.number}: the outlet the author's note writes for"
            break
    if p.author is None:
        author_box(nonblank, p)
    last = nonblank[-1] if nonblank else None
    if p.author is None and last is not None and last.label == "chrome" and "related" in (last.why or "")\
            and person_name(line_text(last).strip(" .")) and len(line_text(last).split()) <= 3\
            and not names_a_country(line_text(last), p.lang) and not is_city(line_text(last))\
            and any(x.label == "body" for x in nonblank):
        # one name alone as the page's very last line, under a related-articles list: the author's sign-off
        # (a list item is a title or a date, never a bare name)
        p.author = line_text(last).strip(" .")
        set_label(last, "byline", last.why + "; rule: one name alone on the page's last line, under a related list")
        p.why["author"] = f"line {last.number}: one name alone on the last line, under a related list"
    if p.author is None and contact is None:  # (a release's top line over its contact block is its issuer)
        _name_over_headline(nonblank, p)
    if p.author is None:
        _name_by_headline(nonblank, p)
    if p.author and newsroom_credit(p.author):
        # ('Ledger Newsroom', 'Caspian Wire Staff' read as a name by any rule: a desk is never the author)
        p.why["author"] = f"no author: {p.author!r} is a newsroom's desk, no person ({p.why.get('author', '')})"
        p.author = None


def _feed_author(labelled, p: ParsedDraft) -> None:
    """The author a feed's dump gives its first item ('<dc:creator>Anna Belova</dc:creator>', 'author: Anna Belova'),
    when it names a person (a desk, 'Staff', an outlet is none)."""
    from generator.ingest.pagesite import feed_author

    name, at = feed_author([line_text(ln) for ln in labelled])
    if not name or newsroom_credit(name) or outlet_name(name):
        return
    who, outs = read_byline(name)
    if who and not outs:
        p.author = ", ".join(who)
        p.why["author"] = f"line {at}: the author a feed gives its item ('<dc:creator>', 'author:')"


_DASH_SIGNOFF = re.compile(r"^\s*[—–-]{1,2}\s*(?P<name>[^,—–()]{3,60}?)(?:\s*,\s*(?P<place>[^,—–()]{2,40}?))?\s*\.?\s*$")


def _dash_signoff(nonblank, p: ParsedDraft) -> None:
    """An entry's sign-off on a line of its own under a paragraph of prose: '— Klaus Wendt, Berlin', '— Анна Белова'
    (a live blog signs each entry so): the first one is the author. A quote's speaker under a quotation ('«…»' / '—
    President X') or a name with a role ('— A, defence minister') is no sign-off."""
    for k in range(1, len(nonblank)):
        t = " ".join(line_text(nonblank[k]).split())
        m = _DASH_SIGNOFF.match(t)
        if not m:
            continue
        prev = " ".join(line_text(nonblank[k - 1]).split())
        if not (prose_line(prev) and nonblank[k - 1].label == "body") or prev.rstrip().endswith(("»", "”", '"', "“")):
            continue
        name, place = m.group("name").strip(" ."), (m.group("place") or "").strip(" .")
        if not person_name(name) or names_a_country(name, p.lang) or is_city(name) or outlet_name(name) or newsroom_credit(name):
            continue
        if place and not (is_city(place) or names_a_country(place, p.lang)):
            continue
        p.author = name
        p.why["author"] = f"line {nonblank[k].number}: an entry's sign-off under its text ('— Name, City')"
        set_label(nonblank[k], "byline", nonblank[k].why + "; rule: an entry's sign-off ('— Name, City')")
        return


#: A cue before a name on a credit line ('Текст: Анна Белова', 'Фото: Олег Ким', 'Words: Jane Doe', 'By Jane Doe');
#: group 'pic' marks the picture's credit, whose name is not the author.
NAME_CUE = re.compile(r"(?i)^\W{0,3}(?:(?P<pic>фото|фотограф|видео|иллюстраци[яи]|photos?|pictures?|images?|video)|текст|"
                      r"автор|text|words|author|by|from)\b\s*[:.]?\s*")


def credited_names(t: str, lang: str) -> list[tuple[str, bool]] | None:
    """A line that is nothing but names, each alone or after a credit cue ('Ирина Соколова', 'Текст: Анна Белова.
    Фото: Олег Ким', 'Words: Jane Doe, Photos: Tom Reed', 'From Emeka Okafor, Abuja': the city last is where the
    author wrote from): [(name, is the picture's credit)]; None for any other line."""
    parts = [x for x in re.split(r"\s*[,;|/•]\s*|\.\s+", " ".join(t.split()).strip(" .")) if x.strip(" .")]
    if len(parts) >= 2 and is_city(parts[-1].strip(" .")) and not NAME_CUE.match(parts[-1]):
        # 'From Emeka Okafor, Abuja', 'By Ana Ruiz, Lima', 'Emeka Okafor | Abuja': the city the author wrote from
        parts = parts[:-1]
    out = []
    for x in parts[:4]:
        m = NAME_CUE.match(x)
        name = x[m.end():].strip(" .") if m else x.strip(" .")
        if not person_name(name) or names_a_country(name, lang) or is_city(name):
            return None
        out.append((name, bool(m and m.group("pic"))))
    return out if 1 <= len(parts) <= 3 else None


#: An author's box under the text: its heading ('About the author', 'Об авторе', 'Author bio', 'Об авторах').
_ABOUT_AUTHOR = re.compile(r"(?i)^\W{0,3}(?:about\s+the\s+(?:author|writer|columnist|contributor)s?|(?:the\s+)?author(?:['’]s)?\s+(?:bio|biography|profile)|"
                           r"об\s+авторе|об\s+авторах|сведения\s+об\s+авторе|(?:коротко\s+)?об\s+авторе\s+статьи)\W{0,3}$")
#: The box's first words, a name, before what the person is: 'Anna Belova is …', 'Анна Белова — военный …', 'Anna Belova,
#: a defence correspondent …', 'Anna Belova has covered …', 'Анна Белова, корреспондент …'.
_BOX_NAME = re.compile(r"^\W{0,3}" + _NOTE_NAME + r"(?:\s+(?:is|was|has|covers|writes|reports|joined|served)\b|\s*[—–]\s+\S|,\s+[a-zа-яё])")


_ABOUT_AUTHOR_RUN_IN = re.compile(r"(?i)^\W{0,3}(?:about\s+the\s+author|об\s+авторе)\s*:\s*(?=\S)")


def author_box(nonblank, p: ParsedDraft) -> None:
    """An author's box under the text (round 19): its heading ('About the author', 'Об авторе') over a line whose first
    words are a person's name ('Anna Belova is the Ledger's defence correspondent.', 'Анна Белова — военный
    корреспондент …'): that person wrote the piece. A name that is an outlet, an office or a place is none."""
    for k, ln in enumerate(nonblank):
        # ('Об авторе: Данияр Абенов, военный обозреватель': the heading and the box run together on one line)
        run_in = _ABOUT_AUTHOR_RUN_IN.match(line_text(ln))
        if not (_ABOUT_AUTHOR.match(line_text(ln)) or run_in) or not any(prose_line(line_text(x)) for x in nonblank[:k]):
            continue
        nxt = ln if run_in else nonblank[k + 1] if k + 1 < len(nonblank) else None
        # (the box may open with the author's rank: 'Col. (ret.) Daniyar Abenov served …', 'Полковник запаса Данияр Абенов —')
        box = strip_rank(line_text(nxt)[run_in.end():] if run_in else line_text(nxt)) if nxt is not None else ""
        m = _BOX_NAME.match(box)
        name = m.group("name") if m else None
        alone = box.strip(" .")
        if name is None and 2 <= len(alone.split()) <= 4 and re.fullmatch(_NOTE_NAME, alone):
            name = alone  # ('About the author' / 'Anna Belova' / 'Defence correspondent …': the name alone on its line)
        # (the outlet's own box, 'Caucasus Ledger is an independent newsroom …', names its masthead or its rights line)
        own = bool(name) and any(name.casefold() in line_text(x).casefold() for x in nonblank[:2] + [x for x in nonblank if "©" in line_text(x)])
        if name and person_name(name) and not is_city(name) and not names_a_country(name, p.lang) and not outlet_name(name)\
                and not NOT_OUTLET.search(name) and not rank_or_office(name) and not MASTHEAD_WORD.search(name) and not own:
            p.author = name
            p.why["author"] = f"line {nxt.number}: the name opening the author's box ('{line_text(ln).strip()}', line {ln.number})"
            set_label(nxt, "byline", nxt.why + "; rule: the author's box under the text")
        return


def _name_by_headline(nonblank, p: ParsedDraft) -> None:
    """A line of nothing but a name right under or over the headline, or under the date line under it ('<headline>' /
    'Ирина Соколова' / text, 'Jane Doe' / '<headline>', 'Текст: Анна Белова. Фото: Олег Ким'): the byline; the
    author is the name that is not the picture's credit."""
    h = next((k for k, ln in enumerate(nonblank) if ln.label == "headline" and ln.number == p.headline_line), None)
    if h is None:
        h = next((k for k, ln in enumerate(nonblank) if ln.label == "headline"
                  and textnorm.clean_inline(line_text(ln)) == (p.title or "")), None)
    if h is None or not any(x.label == "body" and prose_line(line_text(x)) for x in nonblank[h + 1:]):
        return
    after = h + 1
    while after < len(nonblank) - 1 and after - h < 3 and (nonblank[after].label == "date" or (
            find_dates(line_text(nonblank[after]), p.lang) and len(line_text(nonblank[after]).split()) <= 8)):
        after += 1
    prose = [k for k, ln in enumerate(nonblank) if ln.label == "body" and prose_line(line_text(ln))]
    # a release that closes with a press-contact block ('Press contact' / a name / a phone): its first line is the
    # company or office that issued it ('Northwind Aerospace' over the headline), not a byline (sources reads it)
    release = bool(prose) and press_contact_at([line_text(x) for x in nonblank[prose[-1] + 1:]]) is not None
    # (and the lines right over and under the page's stamp in the header, past a player's widgets: 'Listen to this
    # article · 3 min' / '▶ 1.0x' / 'Anna Belova' / 'Published: 18 February 2025, 09:40 | Updated: …')
    first_prose = prose[0] if prose else len(nonblank)
    stamp = next((j for j in range(h + 1, min(first_prose, h + 8)) if nonblank[j].label == "date"), None)
    beside = [j for j in ((stamp - 1, stamp + 1) if stamp is not None else ()) if h < j < first_prose and j not in (h + 1, after)]
    for k in (h + 1, after, h - 1, *beside):
        if not 0 <= k < len(nonblank) or nonblank[k].label in ("headline", "body") and prose_line(line_text(nonblank[k])):
            continue
        if k == 0 and release:
            continue
        t = line_text(nonblank[k])
        if k in beside:
            t = strip_rank(" ".join(t.split()))  # ('Col. (ret.) Daniyar Abenov' beside the stamp: the name without its rank)
        got = credited_names(t, p.lang)
        if got and _person_of_the_story([n for n, pic in got if not pic], nonblank):
            continue  # the story's own minister as a tag line beside the stamp: the text speaks of him, he did not write it
        if got and common_words(t, lower_words(line_text(x) for x in nonblank if x.label == "body")):
            continue  # 'Military Cooperation Plan' under the headline: words of the text in title case, no name
        if not got or MASTHEAD_WORD.search(t) or any(
                packaged_registry().organization(n) or SECTION_LABEL.fullmatch(n) or rank_or_office(n) or NOT_OUTLET.search(n)
                for n, _ in got):
            continue
        if k in beside and not all(person_name(n) and not is_city(n) and not names_a_country(n, p.lang) for n, _ in got):
            continue  # (beside the stamp only a person's name: not a place, a section or a widget's words)
        authors = [n for n, pic in got if not pic]
        if authors:
            p.author = ", ".join(authors)
            set_label(nonblank[k], "byline", nonblank[k].why + "; rule: a name alone next to the headline")
            p.why["author"] = (f"line {nonblank[k].number}: a name alone beside the page's stamp (line {nonblank[stamp].number})"
                               if k in beside else f"line {nonblank[k].number}: a name alone next to the headline (line {nonblank[h].number})")
        return


def _person_of_the_story(names: list[str], nonblank) -> bool:
    """A name the text speaks of: its surname (its stem, for Russian endings) in two paragraphs of prose or more
    ('Ruslan Zhaksylykov' as a tag beside the stamp of a story on the minister Zhaksylykov). A reporter's name is
    hardly ever in the text twice."""
    paras = [line_text(x) for x in nonblank if x.label == "body" and prose_line(line_text(x))]
    for n in names:
        last = n.split()[-1] if len(n.split()) >= 2 else ""
        if len(last) < 4:
            continue
        stem = last[:max(4, len(last) - 2)] if re.search(r"[А-Яа-яЁё]", last) else last
        hits = sum(bool(re.search(r"(?<!\w)" + re.escape(stem), x)) for x in paras)
        if hits >= 2:
            return True
    return False


def _name_over_headline(nonblank, p: ParsedDraft) -> None:
    """A person's name alone as the page's first line, right over its headline ('Ирина Соколова' / <headline> /
    <text>, 'Maria Lopez' / <headline>): the author's byline printed above the title. A place, an outlet or an
    organisation there is not a person; a name with its role ('Ирина Соколова, корреспондент') is read as a byline
    elsewhere."""
    if len(nonblank) < 3 or nonblank[1].label != "headline" or nonblank[0].label in ("headline", "body", "date"):
        return
    first = nonblank[0]
    t = " ".join(line_text(first).split()).strip(" .")
    if not (2 <= len(t.split()) <= 3) or not person_name(t) or names_a_country(t, p.lang) or is_city(t)\
            or common_words(t, lower_words(line_text(x) for x in nonblank if x.label == "body"))\
            or packaged_registry().organization(t) or MASTHEAD_WORD.search(t) or SECTION_LABEL.fullmatch(t)\
            or rank_or_office(t) or NOT_OUTLET.search(t) or issuer.language_switcher(t) or not any(
                x.label == "body" and prose_line(line_text(x)) for x in nonblank[2:]):
        return
    p.author = t
    set_label(first, "byline", first.why + "; rule: one name alone on the first line, over the headline")
    p.why["author"] = f"line {first.number}: one name alone on the first line, over the headline"


def _wire_credit(lines, p: ParsedDraft) -> None:
    """'(Reporting by Eleni Varvaki; editing by Tom Haddad)' under the text (or closing its last paragraph): the
    reporters are the authors (the writer when no reporter is named); an editor is not. The line is a byline."""
    for ln in lines:
        t = line_text(ln)
        m = re.search(r"\(\s*((?:additional\s+)?(?:reporting|writing)\s+by\s+[^()]{3,200})\)\s*$", t, re.IGNORECASE)
        whole = m is None and bool(_WIRE_CREDIT.match(t)) and len(t) <= 200
        if not (m or whole):
            continue
        credit = m.group(1) if m else t.strip(" ().")
        found: dict[str, list[str]] = {}
        for part in re.split(r"\s*[;|]\s*|\.\s+", credit):
            pm = _WIRE_PART.match(part.strip(" ()."))
            if pm:
                # 'A in Oslo and B in Bergen': the names, not where they reported from
                names = [re.sub(r"\s+in\s+[A-Z][\w .\-]*$", "", x).strip() for x in re.split(r"\s*,\s*|\s+and\s+", pm.group(1))]
                kind = "reporting" if re.match(r"(?i)\W*(?:additional\s+)?reporting", part) else part.split()[0].casefold()
                found.setdefault(kind, []).extend(x for x in names if person_name(x))
        who = found.get("reporting") or found.get("writing") or found.get("written")
        if who:
            p.author = ", ".join(dict.fromkeys(who))
            p.why["author"] = f"line {ln.number}: a wire credit ('Reporting by …') under the text"
            if whole:
                set_label(ln, "byline", ln.why + "; rule: a wire credit ('Reporting by …')")
            return


def body_paragraphs(labelled, p: ParsedDraft) -> list[str]:
    """The lines labelled body. When the model found none, the prose lines (eight words or more
    with a full stop) the rules did not drop, so that an article is never lost to a misreading."""
    out: list[str] = []
    unit = None
    vocab = None
    for ln in labelled:
        t = line_text(ln)
        if ln.label != "body" or not t:
            unit = None
            continue
        if ln.unit != ln.number and unit == ln.unit and out:
            # a hard-wrapped paragraph is one paragraph (a word broken over two of its lines whole again: 'coope-' / 'ration')
            if vocab is None:
                vocab = vocabulary([x.text for x in labelled])
            out[-1] = columns_join(out[-1], t, *vocab)
        else:
            out.append(t)
        unit = ln.unit
    if not out:
        for ln in labelled:
            t = line_text(ln)
            if out and issuer.forwarded_from(t):
                break  # a repost header under the prose kept: another, forwarded post (a messenger export's next message)
            if (ln.label not in ("blank", "headline") and not ln.why.startswith("rule:") and len(t.split()) >= 8
                    and re.search(r"[.!?…»\"”]\s*$|[.!?]\s", t) and not (ln.number == 1 and p.date_text and ln.label == "date")):
                set_label(ln, "body", ln.why + "; fallback: no line was read as text, a prose line is kept")
                out.append(t)
        if not out:  # a short page: every line that is not a rule's chrome, the header, a date or the headline
            for ln in labelled:
                t = line_text(ln)
                if (t and ln.label not in ("blank", "headline", "date") and not ln.why.startswith("rule:")
                        and textnorm.clean_inline(t) != (p.title or "")):
                    set_label(ln, "body", ln.why + "; fallback: no line was read as text")
                    out.append(t)
        if out:
            p.notes.append("no line read as article text; kept the prose lines (check the page with 'generator explain')")
    return _paragraphs(out)


def names_a_country(phrase: str, lang: str) -> bool:
    from generator.reference.countries import index

    return bool(index().find(phrase, lang))


MASTHEAD_WORD = re.compile(
    r"(?i)(?<!\w)(?:daily|times|review|dispatch|observer|post|herald|tribune|courier|gazette|journal|news|wire|report|"
    r"chronicle|monitor|weekly|telegraph|express|bulletin|digest|вестник|обозрение|курьер|ведомости|газета|новости|"
    r"известия|правда|хроника|дайджест)(?!\w)")
#: The name of an office that issues releases ('Inter-Services Directorate', 'Joint Press Centre').
ISSUER_WORD = re.compile(r"(?i)(?<!\w)(?:directorate|department|command|headquarters|cent(?:re|er)|bureau|office|"
                          r"service|agency|forces|staff|wing|division)(?!\w)")


def spelt_out(abbr: str, labelled) -> str | None:
    """The capitalised words of the page whose initials spell ``abbr`` ('GAF' -> 'Ghana Armed Forces')."""
    want = abbr.casefold()
    for ln in labelled:
        if ln.label == "blank":
            continue
        words = re.findall(r"[\w’'\-]+", line_text(ln))
        for i in range(len(words)):
            for j in range(i + 2, min(len(words), i + 8) + 1):
                span = words[i:j]
                caps = [w for w in span if w.casefold() not in SMALL_WORDS]
                if not span[0][:1].isupper() or not all(w[:1].isupper() for w in caps):
                    break
                if not span[-1][:1].isupper():
                    continue  # ('Department of' may go on: 'Department of National Defense')
                # ('Inter-Services Directorate' -> ISD: each part of a hyphenated word gives its initial, or the word one)
                spellings = {"".join(w[0] for w in caps),
                             "".join(x[0] for w in caps for x in w.split("-") if x and x[0].isupper()) or "-"}
                if span[0].casefold() not in SMALL_WORDS and want in {x.casefold() for x in spellings}:
                    return " ".join(span)
    return None


def _paragraphs(lines: list[str]) -> list[str]:
    """One paragraph per non-empty line; runs of spaces collapsed."""
    return [re.sub(r" {2,}", " ", ln).strip() for ln in lines if ln.strip()]

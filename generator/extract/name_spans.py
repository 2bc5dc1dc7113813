"""Where the names of people are in a text: the spans the NER models and the cues propose, cut to the name
(ranks, honorifics, patronymics and glued verbs off), and what is no person (credits, outlets, places, monuments).
"""

from __future__ import annotations

import re
import yaml
from functools import lru_cache

from generator.extract.person_mentions import (
    CREDIT, CYRILLIC, DATA, HONORIFIC, HONORIFIC_INSIDE, HONORIFIC_PAIR, INSTITUTION, LEAD_ADVERBS, LOWER_LETTERS,
    JOB_WORDS, NOT_NAME, NameMention, ORG_HEADS, PARTICLES, PATRONYMIC, PATRONYMIC_AFTER, RANK_ABBR, SUFFIX, TITLE_ACRONYMS,
    TITLE_OR_GIVEN, TITLE_WORDS, UPPER_LETTERS, caps_initials, is_initial, is_rank_tok, lead_title, lexicon, name_word,
    post_nominal, sheikh_name,
)
from generator.fileio import load_yaml
from generator.model import Analysis
from generator.nlp import analysis as nlp
from generator.reference.countries import CountryHit
from generator.reference.offices import split_ranks_en
from generator.text.lazy_re import gated
from generator.text.spanindex import SpanIndex
from generator.text.translit import chinese_name, palladius_syllables


# --------------------------------------------------------------------------- candidates

def candidates(an: Analysis, countries: list[CountryHit]) -> list[NameMention]:
    """Names in the analysed body: the model's spans, names after a rank or title, full forms."""
    text, lang, ner = an.text, an.lang, an.ner
    toks = list(an.tokens)
    country_spans = SpanIndex((c.start, c.end) for c in countries)
    other_spans = [(x[1], x[2]) for x in ner if x[0] not in ("PERSON", "PER")]
    out: list[NameMention] = []
    seen: set[tuple[int, int]] = set()
    ner = _join_lineage(text, ner)
    if lang == "ru":
        ner = _join_given_surname_ru(text, ner)
    for item in ner:
        label, start, end = item[0], item[1], item[2]
        if lang == "en" and label == "PERSON":
            start = _extend_left(text, toks, start, country_spans + other_spans)
        normal = item[3] if len(item) > 3 else None
        case = item[4] if len(item) > 4 else None
        if label in ("PERSON", "PER"):
            pat = PATRONYMIC_AFTER.match(text, end)
            if pat:
                end = pat.end()
                normal = None  # the model's normal form covers only the part it tagged
        if label not in ("PERSON", "PER", "ORG"):
            continue
        if label in ("PERSON", "PER"):
            end = _extend_particles(text, toks, start, end)
        if lang == "en" and label == "PERSON":
            end = _extend_right(text, toks, end, ner, country_spans)
        if label in ("PERSON", "PER"):
            end = _past_initial(text, end)
        m = _clean(text, toks, start, end, normal, lang, country_spans, origin=f"{'spacy' if lang == 'en' else 'natasha'}:{label}", case=case)
        if m and any(s <= m.start and m.end <= e and (s, e) != (m.start, m.end) for s, e in seen):
            continue  # "De La Maza" inside "Juan Andres De La Maza Larrain" taken in whole above
        if m and (m.start, m.end) not in seen:
            seen.add((m.start, m.end))
            out.append(m)
    # A model's span inside a longer one the rules ran on to ("Teodoro" of "Teodoro Esteban Lopez Calderon", whose
    # "Lopez Calderon" was run left over the given names): the longer name only.
    reach, inner = -1, set()
    for m in sorted(out, key=lambda x: (x.start, -x.end)):
        if m.end <= reach:
            inner.add(id(m))
        reach = max(reach, m.end)
    if inner:
        out = [m for m in out if id(m) not in inner]
    # Names after a rank or title the model missed: "Colonel General Z. Hasanov".
    for m in _cued_names(text, toks, lang, country_spans):
        clash = [a for a in out if a.start <= m.start < a.end or m.start <= a.start < m.end]
        if clash and all(m.start <= a.start and a.end <= m.end and (len(m.parts) > len(a.parts) or is_org(a)) for a in clash):
            # "Gen. Mateo Quispe" where the model tagged only "Mateo": the longer name after the title
            # wins; so does a name after a title the model called an organisation ("his deputy X").
            out = [a for a in out if a not in clash]
            clash = []
        if not clash:
            out.append(m)
    out.extend(_list_neighbours(text, toks, lang, out, ner, country_spans))
    for m in _possessive_lists(text, toks, lang, countries, out):
        clash = [a for a in out if a.start < m.end and m.start < a.end]
        if all(m.start <= a.start and a.end <= m.end and not a.origin.endswith((":PERSON", ":PER")) for a in clash):
            # The model called "Finland's Antti Hakkanen" a place or an organisation.
            out = [a for a in out if a not in clash]
            out.append(m)
    out.extend(_full_forms(text, toks, lang, country_spans, out))
    if lang == "en":
        out.extend(m for m in _caps_name_lines(text) if not any(a.start < m.end and m.start < a.end for a in out))
    if lang == "en":
        out.extend(_names_after_paragraph_office(text, out))
    out.extend(_first_surnames(text, toks, lang, out))
    things = named_things(text)
    if things:
        # (a name only the page's credit lines use as an outlet is still the person a rank or title
        # names in the story: "Colonel Ivan Petrov, the army spokesman," over "Source: Ivan Petrov")
        placed, lex = _placed_outlets(text), lexicon()

        def titled(m) -> bool:
            prev = nlp.tokens_before(toks, m.start, 1)
            return bool(prev) and (prev[0].low in lex["chain"] or prev[0].low in lex["heads"] or is_rank_tok(prev[0])
                                   or _ru_role_or_rank(prev[0]))

        out = [m for m in out if (m.text.casefold() not in things and m.normal.casefold() not in things)
               or (not ({m.text.casefold(), m.normal.casefold()} & (things - placed)) and titled(m))]
    out.sort(key=lambda m: m.start)
    _mark_lists(text, out)
    return out


#: A name's lineage particle ("bin", "ibn", "bint", "ould", "ben") or a family's article ("Al", "al-").
_LINEAGE_HEAD = re.compile(r"(?:bin|binti|bint|ibn|ben|ould|wuld|бин|бинт|ибн|бен|оулд|Al|Āl|Аль)[ \t]|(?:al|el|аль|эль)[-‐]", re.I)


def _join_lineage(text: str, ner: list) -> list:
    """Two person spans the model cut a lineage chain into, a space apart: "Saoud bin Abdulrahman" +
    "bin Hassan Al Thani" is one person, Saoud bin Abdulrahman bin Hassan Al Thani (the second opens on
    "bin", "ibn", "bint", "ould", "Al" or "al-", or the first ends on a lineage particle)."""
    persons = sorted((x for x in ner if x[0] in ("PERSON", "PER")), key=lambda x: x[1])
    joined: dict[tuple, tuple] = {}  # first span of a chain -> the chain
    gone: set[tuple] = set()
    head = None
    for x in persons:
        if head is not None:
            chain = joined.get(head, head)
            gap = text[chain[2]:x[1]]
            if gap in (" ", "\t") and (_LINEAGE_HEAD.match(text, x[1]) or _LINEAGE_TAIL.search(text, chain[1], chain[2])
                                        or _title_led(text[chain[1]:chain[2]])):
                joined[head] = (chain[0], chain[1], x[2])
                gone.add(x)
                continue
        head = x
    if not gone:
        return ner
    return [joined.get(x, x) for x in ner if x not in gone]


_TITLE_WORDS_LEAD = frozenset(HONORIFIC | HONORIFIC_INSIDE | {"tun", "toh", "puan", "pehin", "datu", "paduka", "seri"})


def _title_led(span_text: str) -> bool:
    """A person span that opens on a style of address ("Tan Sri", "Datuk Seri Mohamed", "Pehin Datu"): the
    model often cuts the name after it ("Tan Sri" + "Abdul Rahman Ayob"), and the next span a space apart
    is the rest of the same name."""
    words = [w.strip(".'’").casefold() for w in span_text.split()]
    if len(words) >= 2 and (words[0], words[1]) in HONORIFIC_PAIR:
        return True
    return bool(words) and words[0] in _TITLE_WORDS_LEAD and words[0] not in ("sri", "seri")


_SURNAME_RU = re.compile(r"[а-яё](?:ов|ев|ёв|ин|ына|ова|ева|ёва|ина|ский|ская|цкий|цкая)$")


def _join_given_surname_ru(text: str, ner: list) -> list:
    """Natasha's two one-word persons a space apart, in the same case, a given name and then a surname
    («генерал-лейтенант Бахадыр» + «Курбанов»): one person. Two surnames in a row («Алиев Путину»: cases
    differ; «Шойгу Лавров»: no given name first) stay apart."""
    out, skip = [], None
    for i, x in enumerate(ner):
        if x is skip:
            continue
        y = ner[i + 1] if i + 1 < len(ner) else None
        if (y is not None and x[0] == y[0] == "PER" and text[x[2]:y[1]] == " " and len(x) > 4 and len(y) > 4
                and x[4] is not None and x[4] == y[4] and " " not in text[x[1]:x[2]] and " " not in text[y[1]:y[2]]
                and _SURNAME_RU.search(text[y[1]:y[2]]) and not _SURNAME_RU.search(text[x[1]:x[2]])
                and text[x[1]:x[1] + 1].isupper()):
            out.append((x[0], x[1], y[2], f"{x[3]} {y[3]}" if x[3] and y[3] else None, x[4]))
            skip = y
            continue
        out.append(x)
    return out


_LINEAGE_TAIL = re.compile(r"(?<![^\s])(?:bin|binti|bint|ibn|ben|ould|бин|ибн)$", re.I)


_NEIGHBOUR = rf"[{UPPER_LETTERS}][{LOWER_LETTERS}'’-]+(?:[ \t]+[{UPPER_LETTERS}][{LOWER_LETTERS}'’-]+){{1,2}}"
_NEIGHBOUR_LEFT = re.compile(rf"(?<![\w-])({_NEIGHBOUR})(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)$")
_NEIGHBOUR_RIGHT = re.compile(rf"(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)({_NEIGHBOUR})(?![\w-])(?![ \t]+[{UPPER_LETTERS}])")


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
        if title and title.group(1).casefold() in (HONORIFIC | TITLE_OR_GIVEN):
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


# After the list, in its sentence: "… and their Norwegian host X", "… and his counterpart".
_PEOPLE_AFTER = re.compile(r"\b(?:their|his|her)[ \t]+(?:[\w-]+[ \t]+){0,2}(?:hosts?|counterparts?|colleagues?|guests?)\b", re.I)


def _possessive_lists(text, toks, lang, countries: list[CountryHit], found=()) -> list[NameMention]:
    """Names each after a state in the possessive, two or more in one list, in a sentence about
    people ("The ministers, among them Sweden's A B, Finland's C D and Estonia's E F, signed"; "Sweden's
    A B, Finland's C D and their host E F met"), or one of whose names the model tagged as a person:
    each is a person, whatever the model called it (a place, an organisation, nothing)."""
    person_spans = {(m.start, m.end) for m in found if m.origin.endswith((":PERSON", ":PER"))}
    if lang != "en":
        return []
    country_spans = SpanIndex((c.start, c.end) for c in countries)
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
        office = nlp.tokens_within(toks, mm.start(1), nm.start)
        if nm.start == mm.start(1) or (office and all(t.low in chain for t in office)
                                       and any(t.low in lexicon()["heads"] for t in office)):
            if nm.start != mm.start(1):
                titled.add(nm.start)
            items.append((c, nm))
    out: list[NameMention] = []
    run: list[tuple[CountryHit, NameMention]] = []
    for item in [*items, None]:
        if item is not None and run and LIST_GAP.fullmatch(text[run[-1][1].end:item[0].start]):
            run.append(item)
            continue
        if len(run) >= 2:
            line = text.rfind("\n", 0, run[0][0].start) + 1
            sent = max(text.rfind(". ", line, run[0][0].start) + 1, line)
            # A list of people: a plural office or a word for people before it, or an office before one of its names.
            stop = re.compile(r"[.;\n]").search(text, run[-1][1].end)
            if (_PEOPLE_PLURAL.search(text, sent, run[0][0].start) or any(nm.start in titled for _, nm in run)
                    or any((nm.start, nm.end) in person_spans for _, nm in run)
                    or _PEOPLE_AFTER.search(text, run[-1][1].end, stop.start() if stop else len(text))):
                for c, nm in run:
                    nm.listed = True
                    # (a surname alone there, "and Australia's Brennan", is a person as the titled items are)
                    nm.cue = nm.cue or not nm.is_full
                    out.append(nm)
        run = [item] if item is not None else []
    return out


LIST_GAP = re.compile(r"[ \t]*(?:,[ \t]*(?:and[ \t]+|и[ \t]+)?|and[ \t]+|&[ \t]*|и[ \t]+)")


def _mark_lists(text: str, mentions: list[NameMention]) -> None:
    """A name-shaped span the model called an organisation, standing in a list with a person
    ("Ali Akbar Ahmadian, Mohammad Reza Ashtiani and Abdulaziz Kamilov"): one of the people."""
    for a, b in zip(mentions, mentions[1:]):
        if not LIST_GAP.fullmatch(text[a.end:b.start]):
            continue
        if is_org(a) != is_org(b) and a.is_full and b.is_full:
            (a if is_org(a) else b).listed = True


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
    singles = {m.text for m in found if len(m.parts) == 1 and name_word(m.text)}
    for sur in sorted(singles):
        for mm in re.finditer(rf"(?<!\w)([{UPPER_LETTERS}][{LOWER_LETTERS}’'-]+)[ \t]+" + re.escape(sur) + r"\b", text):
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


_RU_CASE_TAIL = r"(?:а|я|у|ю|ом|ем|е|ым|ой)?"


def _first_surnames(text, toks, lang, found: list[NameMention]) -> list[NameMention]:
    """The first of two family names used alone ("Walter Astudillo Chávez … Astudillo recalled", "Вальтер
    Астудильо Чавес … Астудильо отметил"), where the model tagged no name: a mention too, so the person
    is known to go by it (see people.first_surname_name). Only the next-to-last word of a name of three
    words or more, capitalised, standing alone (no capitalised word next to it) outside any name found."""
    out: list[NameMention] = []
    stop = english_stop_words() if lang == "en" else frozenset()
    for full in [m for m in found if len(m.parts) >= 3]:
        surface = full.text.split()
        if len(surface) != len(full.parts):
            continue
        word, norm = surface[-2], full.parts[-2]
        if len(word) < 4 or not word[:1].isupper() or word.casefold() in stop or word.casefold() in PARTICLES:
            continue
        tail = _RU_CASE_TAIL if lang == "ru" else ""
        for mm in re.finditer(rf"(?<![\w’'-])({re.escape(word)}{tail})(?![\w’'-])", text):
            s, e = mm.span(1)
            if any(a.start < e and s < a.end for a in (*found, *out)):
                continue
            after = text[e:e + 2].lstrip(" \t")[:1]
            before = text[max(0, s - 2):s].rstrip(" \t")[-1:]
            if after.isupper() or (before.isalpha() and text[max(0, s - 30):s].split()[-1][:1].isupper()):
                continue  # "Astudillo Chávez" again, or part of another capitalised run
            nm = NameMention(s, e, mm.group(1), norm, [norm], "rule:first-surname")
            out.append(nm)
    return out


#: A Malay or Bruneian style after a place's or a ship's word or prefix: the thing is named for a titled man
#: ("Dataran Tun Abdul Razak", "Jalan Tun Razak", "Universiti Tun Hussein Onn", "KD Tunku Abdul Rahman"),
#: no person of the story. The match must end where the name begins.
_STYLED_PLACE = re.compile(
    r"\b(?:Dataran|Jalan|Lebuh|Lebuhraya|Lorong|Persiaran|Taman|Kampung|Kampong|Bandar|Masjid|Universiti|Sekolah|Kolej|"
    r"Hospital|Wisma|Menara|Stadium|Kem|Pangkalan|Pusat|Balai|Institut|Akademi|Lapangan|Jambatan|Dewan|Istana|Tugu|"
    r"Maktab|Muzium|Padang|Stesen|Terminal|KD|KRI|KDB|KA|HMS|HMAS|USS|INS|PNS|TCG|RSS|HTMS|BRP)"
    r"[ \t]+(?:Tun|Tunku|Tengku|Pehin(?:[ \t]+Datu)?|Datu|Dato['’]?|Datuk|Tan|Toh|Sultan|Raja|Haji)"
    r"(?:[ \t]+(?:Seri|Sri|Puan|Dr\.?|Haji))?[ \t]+$")
#: The rank abbreviations written in capitals that are also brands' and firms' initials ("MG Motor", "BG Group",
#: "AVM Productions"): after them only a full name (two words or more) is a person.
_CAPS_RANK_ABBR = frozenset({"mg", "bg", "acm", "avm", "vadm", "radm"})


def _clean(text, toks, start, end, normal, lang, country_spans, origin, case=None) -> NameMention | None:
    lex = lexicon()
    nl = text.find("\n", start, end)
    # A name stops at a line break, unless the page wraps its lines or the line ends on a middle initial.
    cut = nl if nl > start and text[start:nl].strip() and not hard_wrap(text, nl) and not initial_break(text, nl) else end
    span = nlp.tokens_within(toks, start, cut)
    whole = span
    span = span[_honorific_initials(span):]
    for i in range(len(span) - 2, 0, -1):
        if span[i].low in HONORIFIC_INSIDE and span[i - 1].text not in ("-", "‐"):
            span = span[i:]  # the title before the honorific goes; the honorific is trimmed below
            break
    # Trim role, rank and function words from the left; possessives and punctuation from the right.
    span = span[lead_title(span):]
    abbr_rank = False  # an all-capital rank abbreviation trimmed from the left ("MG", "AVM")
    while span and (span[0].low in lex["chain"] or is_rank_tok(span[0]) or in_spans(span[0], country_spans) or span[0].low in JOB_WORDS
                    or span[0].low in LEAD_ADVERBS or span[0].text in TITLE_ACRONYMS
                    or (span[0].low in HONORIFIC and not sheikh_name(span)) or not span[0].text[0].isalnum()
                    or _ru_role_or_rank(span[0])
                    or (len([t for t in span if t.text != "."]) >= 3 and _near_country(span[0].text, lang))):
        first = span[0].low
        if span[0].text.isupper() and first in _CAPS_RANK_ABBR:
            abbr_rank = True
        span = span[1:]
        span = span[_honorific_initials(span):]
        if span and span[0].text in ("'", "’"):
            span = span[1:]  # "Dato'"
        while len(span) > 1 and (first, span[0].low) in HONORIFIC_PAIR:
            first = span[0].low  # a style of three words or more: "Datuk Seri Utama", "Dato Paduka Seri"
            span = span[1:]
        span = span[lead_title(span):]
    if len(span) > 2 and (span[0].low, span[1].low) in HONORIFIC_PAIR:
        last, span = span[1].low, span[2:]  # "Tan Sri Ahmad"
        while len(span) > 1 and (last, span[0].low) in HONORIFIC_PAIR:
            last, span = span[0].low, span[1:]  # "Datuk Seri Utama Ahmad"
    elif len(span) == 2 and (span[0].low, span[1].low) in HONORIFIC_PAIR:
        return None  # "Tan Sri" alone: a title whose name the model tagged apart
    if len(span) > 2 and span[0].low in _RULER_TITLES and span[1].low not in PARTICLES and any(t.low in _STYLES for t in toks if span[0].start - 30 <= t.start < span[0].start):
        span = span[1:]  # "His Majesty Sultan Haitham bin Tarik": after a style, the ruler's title, not a given name
    if len(span) > 1:
        prev = next(([t] for t in reversed(nlp.tokens_before(toks, span[0].start)) if t.text not in ("'", "’")), [])
        while len(span) > 1 and prev and (prev[0].low, span[0].low) in HONORIFIC_PAIR:
            prev = [span[0]]
            span = span[1:]  # the model's "Seri Mohamad Hasan" after "Dato'"
    shape_state = None
    if lang == "en" and len(span) >= 3 and _office_of_before(toks, span[0].start, country_spans):
        from generator.reference.countries import index

        cx = index()
        if not hasattr(cx, "shape_en"):
            cx.find("", "en")
        shape_state = cx.shape_en.get(span[0].low)
        if shape_state and span[1].text[:1].isupper():
            span = span[1:]  # "the Defence Minister of Jordan Yousef Huneiti": a state that is a given name too
            if nlp.tokens_before(toks, span[0].start, 2)[-2].low != "of":
                shape_state = None  # "the Ambassador to Jordan X": the state of the post, not the envoy's own
        else:
            shape_state = None
    regnal = _regnal(text, toks, span)
    while span and (span[-1].text in ("’s", "'s") or not span[-1].text[0].isalnum() or span[-1].low in SUFFIX
                    or (len(span) > 2 and post_nominal(span[-1].text))) and not (span[-1].text == "." and len(span) >= 2 and is_initial(span[-2].text)):
        if regnal and span[-1] is regnal:
            break
        span = span[:-1]
    if not span or span[-1].low in HONORIFIC_INSIDE:
        return None  # "Raksha Mantri Shri": a title with no name after it
    if all(t.low.strip("'’") in TITLE_WORDS or not t.text[0].isalnum() for t in span) and (
            len([t for t in span if t.text[0].isalnum()]) == 1 or _name_follows(text, span[-1].end)):
        return None  # "the Amir Sheikh" + "Tamim bin Hamad Al Thani", "the Emir": titles, the name (if any) after
    if (_credit_before(text, span[0].start) or _byline_line(text, span[0].start, span[-1].end)
            or _reporting_credit_line(text, span[0].start) or _writer_note(text, span[0].start)):
        return None  # "(Photo by Anna Petrenko)", "By Rauf Mammadli", "Jane Roe, Some News": not in the story
    if _STYLED_PLACE.search(text, max(0, span[0].start - 60), span[0].start):
        return None  # "Dataran Tun Abdul Razak", "KD Tunku Abdul Rahman": a square, a ship named for a titled man
    if _memorial_of(text, span[0].start, span[-1].end) or _address_or_monument(text, toks, span):
        return None  # "the monument to Simon Bolivar", "the Ataturk mausoleum": a place, not a person here
    if text[span[0].start:span[-1].end].casefold() in _outlets():
        return None  # "Ria Novosti": an outlet
    if _dateline_place(text, span[0].start, span[-1].end, lang):
        return None  # "Addis Ababa - Minister of Defense …", "Аддис-Абеба, 5 мая": the dateline's city
    words = [t for t in span if t.text != "."]
    if abbr_rank and len(words) < 2:
        return None  # "MG Motor", "AVM Productions": a rank's initials need a full name after them, as an office's do
    # A Malay or Arab name with its father's ("Mohammad Ab Rahman bin Haji Abdul Hamid") runs long.
    chained = any(t.low in LINEAGE for t in words[1:-1])
    # (an Iberian name's particles are no words of it: "Jose Augusto Vieira da Cunha de Menezes")
    particles = sum(1 for t in words[1:-1] if t.low in PARTICLES)
    if not words or len(words) > (9 if chained else 6 + particles):
        return None
    drop: set[int] = set()  # word indexes left out of the name (a patronymic)
    for i, w in enumerate(words):
        if w.low in PATRONYMIC and 0 < i < len(words) - 1:
            drop.update({i - 1, i})
    name_words = [w for i, w in enumerate(words) if i not in drop and w.low not in PARTICLES]
    if len(name_words) > (7 if chained else 5 if particles else 4):
        return None
    stop = english_stop_words() if lang == "en" else frozenset()
    caps_family = _caps_family(words, origin, country_spans) if lang == "en" else None
    for i, w in enumerate(words):
        if i in drop or (regnal is not None and w is regnal):
            continue
        if is_initial(w.text):
            if i == len(words) - 1:
                return None  # an initial must precede the surname
            continue
        if w.low in PARTICLES and 0 < i < len(words) - 1:
            continue
        if w.low in INSTITUTION or w.low in _VESSEL_IN_NAME:
            return None
        if i == 0 and caps_initials(w.text, len(words)):
            continue  # "SM Abul Kalam Azad", "AKM Nazrul Islam": initials written as one word
        if i == len(words) - 1 and i > 0 and _given_name_after_family(text, w):
            continue  # "Nakatani Gen said": a Japanese given name, not the abbreviated rank "Gen."
        if caps_family is not None and w is words[caps_family]:
            continue  # "KIHARA Minoru", "Antonio GUTERRES": the family name marked by capitals
        if (lang == "en" and i == len(words) - 1 and i > 0 and w.low in _OFFICE_SURNAMES and w.text[:1].isupper()
                and all(name_word(x.text) and x.low not in lex["chain"] and x.low not in TITLE_WORDS for x in words[:i])):
            continue  # "Senator Angus King": an office's word last in a name, after a given name, is the surname
        if (not name_word(w.text) or w.low in lex["chain"] or is_rank_tok(w) or w.low in NOT_NAME
                or w.low in JOB_WORDS or w.low in stop or in_spans(w, country_spans)):
            return None
        if w.text.isupper() and len(w.text) > 1:
            return None  # acronyms are not names
        if lang == "en" and inflected_verb(w.text) and (not origin.endswith(":PERSON") or _title_case_line(text, w.start)):
            return None  # a headline's verb after a title: "Minister Receives Delegation", "Holds Talks"
        if "@" in w.text or any(ch.isdigit() for ch in w.text):
            return None
    prev = nlp.tokens_before(toks, span[0].start, 1)
    titled = bool(prev) and (prev[0].low in lex["chain"] or prev[0].low in lex["heads"] or is_rank_tok(prev[0]))
    if len(words) >= 2 and words[-1].text in _STREET_TAIL and not titled:
        return None  # "Kemal Ozdemir Caddesi": a street named after someone (not "Ambassador Anne Sophie Ave")
    if len(words) >= 2 and _outlet_tail(words[-1].text) and not (prev and (prev[0].low in lex["chain"] or is_rank_tok(prev[0]))):
        return None  # "Selat Wire reported", "according to Kestrel Gazette": a newspaper or a wire, not a person
    s, e = span[0].start, span[-1].end
    glued = _glued_verb(span[-1].text, lang) if len(words) >= 2 else 0
    if glued:
        e = span[-1].start + glued  # "Ivan Frolovsigned the protocol": the name ends before the verb
        start, end, normal = s, e, None
    surface = text[s:e]
    if lang == "en" and CYRILLIC.search(surface):
        return None
    if lang == "en" and _COMPANY_HEAD_AFTER.match(text, e):
        return None  # "Baykar Makina's CEO", "Hanwha Aerospace's vice chairman": a company has a chief executive
    if _place_tail(text, toks, s, e, lang):
        return None  # "the ambassador in Mexico City", "Santo Domingo": the end of a place name
    # Inside a place name: "Heydar Aliyev International Airport", "проспект Гейдара Алиева".
    after = nlp.tokens_from(toks, e, 3)
    if after and after[0].low in lex["place_after"]:
        return None
    # ... or of an institution named after someone, with a word or two between: "the Sir John
    # Doe Defence University", "the Ali Khan Military Academy", "the Rana Singh Naval Base".
    k = 0
    while k < min(2, len(after) - 1) and after[k].text[:1].isupper() and after[k].text.isalpha() and after[k].start - (after[k - 1].end if k else e) <= 1:
        k += 1
        if after[k].low in lex["place_after"] and after[k].text[:1].isupper():
            return None
    before = nlp.tokens_before(toks, s, 2)
    if before and lang == "ru" and (nlp.lemmas(before[-1].text) & lex["place_before"]):
        return None
    if len(before) == 2 and before[1].text == "." and before[0].low == "им":
        return None  # "Дворец им. Сушмы Сварадж": a place named after someone
    if lang == "ru" and _named_after_ru(nlp.tokens_before(toks, s, 8)):
        return None  # "имени Героя Советского Союза Ильи Пономарева"
    if _vessel_or_title(text, toks, s, e, lang):
        return None  # "the frigate Admiral Grigorovich", "фрегат «Адмирал Горшков»": a ship
    if len(before) == 2 and before[0].low == "named" and before[1].low == "after":
        return None
    if (lang == "en" and len(words) == 1 and len(before) == 2 and before[1].low == "of"
            and (before[0].low in lex["heads"] or before[0].low in ORG_HEADS)):
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
            norm = ru_nominative(surface, case)
    elif lang == "ru" and case and case != "Nom" and len(norm.split()) == len(surface.split()):
        # Natasha put some words in the nominative but left foreign ones as written ("Камар
        # Джавед Баджвой", "Хуррамом Дастгир Хан"): put those in the nominative by their endings.
        norm = " ".join(ru_nominative(n, case) if n == w else n for n, w in zip(norm.split(), surface.split()))
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
    while parts and parts[-1].casefold() in SUFFIX and not (regnal and parts[-1] == regnal.text):
        parts = parts[:-1]
    if not parts:
        return None
    turned = surname_first(parts, surface.split(), lang)
    if turned:
        norm = turned
        parts = turned.split()
    nm = NameMention(s, e, surface, norm, parts, origin, case=case if lang == "ru" else None)
    if shape_state:
        nm.country_weak = shape_state
    # A style of address the model took into the span ("Ratu Inoke Kubuabola", "Sheikh Tamim …", "Dr
    # Aiko Mori"): only a person is so addressed, whatever label the model gave the span.
    nm.cue = any(t.low.rstrip(".") in _ADDRESS for t in whole if t.end <= s) or _honorific_initials(whole) > 0
    if not nm.cue and lang == "en":
        # ... or just before the span the model gave ("Sheikh" + "Mohammed bin Zayed", "Mufti" + "Ismail Farooqi")
        prev = nlp.tokens_before(toks, s, 1)
        nm.cue = bool(prev) and prev[0].text[:1].isupper() and prev[0].low.rstrip(".") in _ADDRESS and s - prev[0].end <= 1
    return nm


#: A family name's ending that marks the surname-first order of an official text: Tajik "-zoda"/"-зода"
#: (and "-zade"), the Slavic and Central Asian "-ov/-ev/-ova/-eva" ("-ов/-ев/-ова/-ева").
_SURNAME_END = re.compile(r"(?:zoda|zade|[oe]v|[oe]va|зода|заде|[оеё]в(?:а|у|ым|ой)?)$", re.I)
_SURNAME_INDECLINABLE = re.compile(r"(?:zoda|zade|зода|заде)$", re.I)
_PATRONYMIC_END = re.compile(r"(?:ович|евич|ьич|овна|евна|ична|ovich|evich|ovna|evna)(?:а|у|ем|ом|е|ы|ой)?$", re.I)


def given_name_word(word: str, lang: str) -> bool:
    """A word known as a given name: the project's tables and registry, or (in Russian) the dictionary's
    first-name tag in the nominative."""
    from generator.extract.not_persons import known_given_name

    if known_given_name(word):
        return True
    if lang == "ru" and CYRILLIC.search(word):
        from generator.nlp.analysis import morph

        parses = morph().parse(word.casefold())
        # (singular: "Курбанов" is also the dictionary's genitive plural of the given name Курбан)
        return (bool(parses) and parses[0].is_known and "Name" in parses[0].tag and "Surn" not in parses[0].tag
                and "sing" in parses[0].tag)
    return False


def surname_first(parts: list[str], surface: list[str], lang: str) -> str | None:
    """The canonical "Given Surname" of a name an official text writes surname first: "Собирзода Эмомали
    Абдурахим", "Sobirzoda Emomali Abdurahim" (Tajik: family name, given name, father's name),
    "Хасанзода Рустам Абдуллоевич" (with a patronymic). Three words: the first ends as a family name
    does, the second is a known given name and no family name, the third a patronymic or a given name
    (a father's). "Emomali Rahmon Sharipovich" (given name first) and two-word names are left alone."""
    if len(parts) != 3 or len(surface) != 3 or any(is_initial(x) for x in parts):
        return None
    fam, given, third = parts
    if not (_SURNAME_END.search(fam) or _SURNAME_END.search(surface[0])) or _SURNAME_END.search(given) or _SURNAME_END.search(third):
        return None
    tajik = bool(_SURNAME_INDECLINABLE.search(surface[0]))  # "-zoda" marks the family name in any script
    if given_name_word(fam, lang) or not (given_name_word(given, lang) or tajik):
        return None
    if not (_PATRONYMIC_END.search(third) or given_name_word(third, lang) or tajik):
        return None
    if tajik:
        fam = surface[0]  # "Хасанзода Рустама": the Tajik family name does not decline
    return f"{given} {fam}"


#: Words of the office lexicon that are also English family names, read as the surname after a given name
#: ("Angus King", "Stephen Chancellor"); before a name they stay titles ("King Abdullah").
_OFFICE_SURNAMES = {"king", "chancellor", "marshal", "major", "bishop", "prince", "speaker"}


#: Rulers' titles that are given names too ("Sultan Kamaletdinov"), and the styles that mark them as titles.
_RULER_TITLES = {"sultan", "emir", "amir", "sheikh", "sheik", "shaikh", "sayyid"}
_STYLES = {"majesty", "highness", "величество", "высочество"}  # ("His Excellency" is a minister's style too)


def _name_follows(text: str, end: int) -> bool:
    """A capitalised word follows on the same line, a space away: the words before it are its titles."""
    return bool(re.match(rf"[ \t]+(?:(?:al|el|bin|ibn)[-\s])?[{UPPER_LETTERS}А-ЯЁ][{LOWER_LETTERS}а-яё]", text[end:end + 40]))


#: The styles of address of a person (each language's forms, the chiefly and noble titles).
_ADDRESS = HONORIFIC | HONORIFIC_INSIDE | TITLE_OR_GIVEN


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

    before = nlp.tokens_before(toks, s, 3)
    start = s
    for t in reversed(before):
        if text[t.end:start].strip() or "\n" in text[t.end:start] or not t.text[:1].isupper():
            break
        start = t.start
        if lookup(text[start:e], lang) is not None:
            return True
    return False


# What follows a dateline's city: a dash, a comma, a colon, a bracket (the agency or the date) or a date.
_DATELINE_AFTER = re.compile(r"[ \t]*(?:[-–—:,(/]|\d)")


def _dateline_place(text: str, start: int, end: int, lang: str) -> bool:
    """The words start..end open their line (only markup or a bracket before them) and a dash, comma,
    colon, bracket or date follows: the dateline's place when the gazetteer knows it ("Addis Ababa -
    Minister …", "PORT MORESBY, 3 May", "Аддис-Абеба, 5 мая"). No person's name stands so."""
    from generator.extract.places import lookup

    line = text.rfind("\n", 0, start) + 1
    after = _DATELINE_AFTER.match(text, end)
    if text[line:start].strip(" \t*_#>([«\"'") or not after:
        return False
    words = text[start:end]
    if len(words.split()) == 1 and not words.isupper() and after.group(0).strip()[:1] not in "-–—(/":
        return False  # "Austin, speaking at the Pentagon, said": a surname opening a paragraph
    return lookup(words, lang) is not None


def _gazetteer_city(words: str, lang: str) -> bool:
    """Two words or more the gazetteer knows as a place ("Buenos Aires", "Addis Ababa")."""
    from generator.extract.places import lookup

    return len(words.split()) >= 2 and lookup(words, lang) is not None


_INITIAL_END = re.compile(rf"[{UPPER_LETTERS}][{LOWER_LETTERS}'’-]+[ \t]+(?:[{UPPER_LETTERS}]\.[ \t]?){{1,2}}$")
_SURNAME_START = re.compile(rf"[ \t]*[{UPPER_LETTERS}][{LOWER_LETTERS}'’-]+")


def initial_break(text: str, nl: int) -> bool:
    """The line (or sentence) before `nl` ends on a given name and a middle initial with its period and
    the next one opens with a capitalised word ("… their host Tore O." | "Sandvik signed …"): the
    initial's period ends no sentence, and the surname goes on after the break."""
    a = max(text.rfind("\n", 0, nl) + 1, nl - 60)
    return bool(_INITIAL_END.search(text[a:nl].rstrip(" \t")) and _SURNAME_START.match(text, nl + 1))


def _past_initial(text: str, end: int) -> int:
    """A name span ending on a middle initial at a line's end ("Tore O." | "Sandvik"): the end of
    the surname on the next line; else ``end``."""
    nl = text.find("\n", end)
    if nl < 0 or text[end:nl].strip() or not initial_break(text, nl):
        return end
    return _SURNAME_START.match(text, nl + 1).end()


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


#: The words an office's complement runs through after its head word ("Chief of Army Staff of the Kenya Defence
#: Forces", «министром обороны Индии»): capitalised words and "of", "the", "for", "and".
_TAIL_GLUE = frozenset({"of", "the", "for", "and"})


#: A name opening a paragraph: two or three capitalised words, then a full stop, a comma or a lower-case word.
_NAME_OPENING = re.compile(rf"[ \t]*((?:[{UPPER_LETTERS}А-ЯЁ][{LOWER_LETTERS}а-яё'’-]+[ \t]+){{1,2}}"
                           rf"[{UPPER_LETTERS}А-ЯЁ][{LOWER_LETTERS}а-яё'’-]+)(?=[.,][ \t\n]|[ \t]+[{LOWER_LETTERS}а-яё])")


def paragraph_wrap(text: str, pos: int) -> bool:
    """Whether the paragraph that opens at ``pos`` goes on with the sentence of the paragraph before it, which
    a reader split where a page printed in lines wrapped it: that paragraph is long, stops with no sentence's
    end and on an office ("… met with the Defence Minister of India" / "Rajnath Singh. The ministers …"). A
    heading, a short line, or a line ending on anything but an office keeps its break."""
    head = text[:pos].rstrip(" \t")
    if not head.endswith("\n"):
        return False
    head = head.rstrip()
    a = head.rfind("\n") + 1
    line = head[a:]
    if len(line) < _WRAP_MIN or not line[-1:].isalpha():
        return False
    words = line[-100:].split()[1:]
    lex = lexicon()
    lower_ru = 0
    for w in reversed(words):
        low = w.casefold().strip(",")
        if low in lex["heads"] or low.startswith(("министр", "начальник", "командующ", "главнокомандующ")):
            return True
        if w[:1].isupper() or low in _TAIL_GLUE:
            continue
        if CYRILLIC.match(w) and lower_ru < 2:  # «министром обороны Индии»: the complement in the genitive
            lower_ru += 1
            continue
        return False
    return False


def _names_after_paragraph_office(text: str, out: list[NameMention]) -> list[NameMention]:
    """A name opening a paragraph the one before ends into, on an office (``paragraph_wrap``): the model sees
    "Rajnath Singh." alone at a paragraph's start and tags nothing. Two or three name words, none an office,
    rank, country or common word."""
    found: list[NameMention] = []
    lex = lexicon()
    nouns = english_nouns() | english_stop_words()
    for br in re.finditer(r"\n[ \t]*\n[ \t]*", text):
        pos = br.end()
        mm = _NAME_OPENING.match(text, pos)
        if not mm or not paragraph_wrap(text, pos):
            continue
        s, e = mm.span(1)
        if any(a.start < e and s < a.end for a in out):
            continue
        words = mm.group(1).split()
        if any(w.casefold() in nouns or w.casefold() in lex["heads"] or w.casefold() in lex["rank_words"]
               or w.casefold() in HONORIFIC for w in words):
            continue
        found.append(NameMention(s, e, mm.group(1), " ".join(words), words, "rule:paragraph-wrap"))
    return found


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
    if w.text in TITLE_ACRONYMS or _ROMAN.fullmatch(w.text) or in_spans(w, country_spans)\
            or (caps[0] == 0 and caps_initials(w.text, len(words))):
        return None
    if not all(name_word(x.text) for k, x in enumerate(words) if k != caps[0]):
        return None
    return caps[0]


LINEAGE = {"bin", "binti", "bint", "ibn", "ben", "бин", "бинт", "ибн"}
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
    before = nlp.tokens_before(toks, given[0].start, 2)
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
    if lang == "ru" and CYRILLIC.search(word):
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
    before = nlp.tokens_before(toks, s, 5)
    while before and (is_rank_tok(before[-1]) or _ru_rank(before[-1]) or before[-1].text in "«“„\"'"
                      or before[-1].low == "the"):
        before = before[:-1]
    if len(before) >= 2 and before[-1].text[:1].isupper() and before[-2].low in ("aboard", "onboard", "the"):
        before = before[:-1] if before[-2].low != "the" else before[:-2]  # "aboard the Sultan Mehmet Fatih"
    if not before:
        return False
    last = before[-1]
    if lang == "ru" and CYRILLIC.search(last.text):
        return bool(nlp.lemmas(last.text) & _VESSEL)
    return last.low in _VESSEL


def _is_rank_word(word: str) -> bool:
    low = word.casefold().strip(".")
    parts = [p for p in re.split(r"[-‐–]", low) if p]
    if parts and all(p in lexicon()["rank_words"] or p in RANK_ABBR for p in parts):
        return True
    return bool(CYRILLIC.search(word)) and any(k[0] in nlp.lemmas(word) for k in lexicon()["ranks_ru"])


def _ru_rank(tok) -> bool:
    return bool(CYRILLIC.search(tok.text)) and any(k[0] in nlp.lemmas(tok.text) for k in lexicon()["ranks_ru"])


def _drop_patronymic(name: str) -> str:
    words = name.split()
    keep = [w for i, w in enumerate(words)
            if w.casefold() not in PATRONYMIC and not (0 < i and i + 1 < len(words) - 1 and words[i + 1].casefold() in PATRONYMIC)]
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


def english_nouns() -> frozenset[str]:
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
    stop = english_stop_words()
    words = [w for w in re.findall(r"[^\W\d_]+", line) if len(w) > 3 and w.casefold() not in stop]
    return len(words) >= 3 and all(w[0].isupper() for w in words)


def inflected_verb(word: str) -> bool:
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
def english_stop_words() -> frozenset[str]:
    """English function words ("Had Meetings" is no name), less those that are also names."""
    from generator.nlp.spacy_files import stop_words  # read without importing spaCy

    return stop_words("en") - {"may", "will", "bill", "rose", "mark", "amount", "per"}


_CREDIT_LINE = re.compile(r"\s*(?:[(\[]\s*)?(?:photo(?:graph)?s?(?:\s+credit)?|image(?:\s+source)?|picture|pic|credit|©|"
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
                        or any(w.casefold().strip(".:") in INSTITUTION for w in m.group(1).split())
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


#: The ranks of the soldiers and sailors who take the pictures, and their qualifiers (stems, so the Russian
#: cases match): "/ сержант Иван Сидоров", "/ Petty Officer Jane Roe".
_MAKER_RANKS = ("сержант", "старшин", "рядов", "ефрейтор", "прапорщик", "мичман", "матрос", "младш", "старш",
                "sergeant", "corporal", "private", "petty", "seaman", "airman", "lance", "specialist", "senior")


def _caption_after_slash(after_label: str, rest: str) -> bool:
    """After a "Photo:" label and a "/", the line goes on as a caption, not as the maker's credit: the words
    after the last "/" and the rest of the line hold an office or prose ("Photo: MoD/Defence Minister X greets
    General Y", «Фото: пресс-служба / X и Y на переговорах»); a rank alone is a maker's ("/ Sgt. Jonas Kairys")."""
    lex = lexicon()
    tail = after_label[after_label.rfind("/") + 1:] + " " + rest
    words = re.findall(r"(?<![\w])[^\W\d_]+(?![\w])", tail)  # words of letters only: not the "nd" of "2nd Class"
    if any(w.casefold() in _CREDIT_WORDS for w in words):
        return False  # "/ staff photographer Jane Roe"
    for w in words:
        low = w.casefold()
        if low in _CREDIT_GLUE or _is_rank_word(w) or low.startswith(_MAKER_RANKS):
            continue
        if low in lex["chain"] or low in lex["heads"] or (w.islower() and len(w) > 1):
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
    line_end = text.find("\n", start)
    rest = text[start:line_end if line_end >= 0 else len(text)]
    if label and (re.search(r"(?i)credit|source|источник|©|\bby\b", label.group(0))
                  or ("/" in prefix[label.end():] and not _caption_after_slash(prefix[label.end():], rest))
                  or ("/" not in prefix[label.end():] and not _caption_words(prefix[label.end():]))):
        # ("Photo by Sgt. Jane Roe", "Photo: Lithuanian Armed Forces / Sgt. Jonas Kairys": a maker's credit
        # even with a rank; a caption names its people before any "/ Agency")
        # "Источник изображения: twitter …", "Photo: …": the whole line is a credit (a "Photo:" label
        # before an office and prose is a caption: "Photo: Defence Minister X with Ambassador Y")
        return True
    return bool(CREDIT.search(prefix[-30:]))


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
                   "Broadcasting", "Newspaper", "Magazine",
                   # a newsletter's, a channel's, a blog's
                   "Brief", "Briefs", "Briefing", "Report", "Reports", "Reporter", "Update", "Updates", "Channel",
                   "Network", "Newsletter", "Dispatches", "Bulletins", "Info", "Watch", "Wire", "Blog"}
_OUTLET_TAIL_RU = re.compile(r"(?:вестник(?:а|у|ом|е)?|газет(?:а|ы|е|у|ой)|новост(?:и|ей|ям|ями|ях)|ведомост(?:и|ей|ям|ях)|"
                             r"известия|известий|правд(?:а|ы|е|у|ой)|курьер(?:а|у|ом|е)?|экспресс(?:а|у|ом|е)?|"
                             r"обозрени(?:е|я|ю|ем)|хроник(?:а|и|е|у|ой)|телеграф(?:а|у|ом|е)?|таймс|ньюс|пресс|медиа|информ|"
                             r"бриф(?:а|у|ом|е)?|сводк(?:а|и|е|у|ой)|дайджест(?:а|у|ом|е)?|канал(?:а|у|ом|е)?|репортер(?:а|у|ом|е)?)",
                             re.IGNORECASE)


def _outlet_tail(word: str) -> bool:
    return word in _OUTLET_TAIL_EN or bool(CYRILLIC.search(word) and word[:1].isupper() and _OUTLET_TAIL_RU.fullmatch(word))


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
# (gates: the words one of which every match of the pattern holds, generator/text/lazy_re.py)
_EXERCISE_NEEDS = ("exercise", "drill", "manoeuvre", "maneuver", "war")
_THINGS = [
    # an exercise: "the exercise Steppe Guardian", "Steppe Guardian 2024 exercise", "учения «…»"
    gated(rf"\b(?i:{_EXERCISE_WORD}[ \t]+(?:called[ \t]+|named[ \t]+|code-?named[ \t]+)?)[«\"“]?{_THING_NAME}", needs=_EXERCISE_NEEDS, fold=True),
    # (after the name, only with an article or a year before the word, or the word in the singular:
    # "Putin exercises control" is a verb)
    gated(rf"\b(?i:the|a|an)[ \t]+[«\"“]?{_THING_NAME}[»\"”]?(?:[ \t]*[-–]?[ \t]*(?:19|20)\d\d)?[ \t]+"
          rf"(?:{_EXERCISE_ADJ}[ \t]+)*{_EXERCISE_WORD}\b", needs=_EXERCISE_NEEDS, fold=True),
    gated(rf"\b{_THING_NAME}[»\"”]?[ \t]*[-–]?[ \t]*(?:19|20)\d\d[ \t]+(?:{_EXERCISE_ADJ}[ \t]+)*{_EXERCISE_WORD}\b",
          needs=_EXERCISE_NEEDS, fold=True),
    gated(rf"\b{_THING_NAME}[»\"”]?[ \t]+(?:{_EXERCISE_ADJ}[ \t]+)*(?:exercise|drill|war[ \t]+game)\b", needs=_EXERCISE_NEEDS),
    gated(rf"\b(?:Exercise|Operation)[ \t]+[«\"“]?{_THING_NAME}", needs=("Exercise", "Operation")),
    # (Russian: a quoted name or one word only: "губернатор области Иван Петров" is a person)
    gated(r"(?i:учени[яйе]\w*|манёвр\w*|маневр\w*|операци[яиюей])[ \t]+(?:[«\"“]([^»\"”\n]{2,40})[»\"”]|([A-ZА-ЯЁ][\w-]+)(?![\w-])(?![ \t]+[A-ZА-ЯЁ]))",
          needs=("учени", "манёвр", "маневр", "операци"), fold=True),
    # a place: "the state of Minas Gerais", "Minas Gerais state", "штат Минас-Жерайс"
    re.compile(rf"\b(?i:state|province|region|city|town|village|district|county|municipality|prefecture|oblast|"
               rf"governorate|department|island|islands)[ \t]+of[ \t]+{_THING_NAME}"),
    # ("Xi Jinping state visit" is no place: only a place noun that ends the phrase)
    re.compile(rf"\b{_THING_NAME}[ \t]+(?:state|province|region|oblast|governorate|prefecture)(?=[ \t]*(?:[,.;:)]|$)|"
               rf"[ \t]+(?:and|in|on|at|near|to|from|with|where|which|government|capital|governor|police)\b)"),
    gated(r"(?i:штат\w*|провинци\w*|област\w*|регион\w*|город\w*|деревн\w*|сел[оае]|посёлк\w*|поселк\w*)[ \t]+"
          r"([A-ZА-ЯЁ][\w-]+)(?![\w-])(?![ \t]+[A-ZА-ЯЁ])",
          needs=("штат", "провинци", "област", "регион", "город", "деревн", "сел", "посёлк", "поселк"), fold=True),
    # an outlet: "the Daily Courier", "X is a member of the Asia News Network", a dateline's "/Туркмен Хабар/"
    re.compile(rf"\b[Tt]he[ \t]+((?:[A-Z][\w’'-]+[ \t]+){{0,3}}{_OUTLET_HEADS})\b"),
    re.compile(rf"\b{_THING_NAME}[ \t]+(?:is|are)[ \t]+(?:an?[ \t]+|the[ \t]+)?(?:\w+[ \t]+)?(?:member|part|partner|affiliate)s?"
               rf"[ \t]+of[ \t]+(?:the[ \t]+)?[^.\n]{{0,40}}\b(?:News|Media|Press|Publishers?|Newspapers?|Broadcast\w*)\b"),
    re.compile(rf"/[ \t]*{_THING_NAME}[ \t]*/"),
    *(_PLACED_OUTLET := [
    # an outlet or a channel by its place on the page: "Forwarded from X", "Source: X", "Subscribe to X",
    # "Переслано из X", "Источник: X", "Подписывайтесь на X", a dateline's credit "Niamey (X) -"
    gated(rf"(?i:forwarded[ \t]+from|переслано[ \t]+(?:из|от)|subscribe[ \t]+to|подпис\w+[ \t]+на)[ \t]+[«\"“@]?{_THING_NAME}",
          needs=("forwarded", "переслано", "subscribe", "подпис"), fold=True),
    re.compile(rf"(?m)^[ \t]*(?i:source|источник)[ \t]*:[ \t]*[«\"“]?{_THING_NAME}[»\"”]?[ \t]*$"),
    re.compile(rf"(?m)^[ \t]*[A-ZА-ЯЁ][\w’'-]+(?:[ \t-]+[A-ZА-ЯЁ][\w’'-]+){{0,2}}(?:,[^\n(]{{0,30}})?[ \t]*\({_THING_NAME}\)[ \t]*[-–—:]"),
    ]),
    # a ship: "the frigate Naseem Al Bahr", "the visiting ship, Al Shamikh", "PNS Tughril Shah"; named
    # alone later ("Naseem Al Bahr's commanding officer") it is still the ship
    gated(rf"\b(?i:frigate|corvette|destroyer|cruiser|submarine|warship|vessel|ship|icebreaker|minesweeper|"
          rf"patrol[ \t]+boat|landing[ \t]+ship|tanker)s?(?:[ \t]*,)?[ \t]+(?:the[ \t]+)?[«\"“]?(?!(?:{_VESSEL_NOT_NAME})\b){_THING_NAME}",
          needs=("frigate", "corvette", "destroyer", "cruiser", "submarine", "ship", "vessel", "icebreaker", "minesweeper",
                 "patrol", "tanker"), fold=True),
    re.compile(rf"\b(?:{_SHIP_PREFIX})[ \t]+{_THING_NAME}"),
]


def _placed_outlets(text: str) -> frozenset[str]:
    """The names the page uses as an outlet by their place only ("Source: X", "Forwarded from X")."""
    return frozenset(n.casefold() for rx in _PLACED_OUTLET for m in rx.finditer(text)
                     if (n := next((g for g in m.groups() if g), "").strip()))


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


#: Words that open the name of a service or a body in Portuguese, Spanish, Italian and French, after "da", "de",
#: "del", "do": a name running on over the particle stops before them ("Olsen da Marinha", "Damasceno da Forca").
_BODY_WORDS_IBERIAN = frozenset({
    "marinha", "marina", "armada", "forca", "forcas", "fuerza", "fuerzas", "forza", "forze", "force", "forces",
    "aeronautica", "aviacion", "aviacao", "aviation", "exercito", "ejercito", "esercito", "armee", "armees",
    "defesa", "defensa", "difesa", "defense", "republica", "repubblica", "republique", "nacao", "nacion", "nazione",
    "nation", "estado", "estado-maior", "estado-mayor", "guarda", "guardia", "garde", "gendarmerie", "policia", "polizia",
    "police", "escola", "escuela", "scuola", "ecole", "academia", "academie", "accademia", "universidade",
    "universidad", "universita", "universite", "ministerio", "ministero", "ministere", "secretaria", "comando",
    "mando", "commandement", "brigada", "brigata", "brigade", "divisao", "division", "divisione", "infantaria",
    "infanteria", "fanteria", "infanterie", "artilharia", "artilleria", "regimento", "regimiento", "reggimento",
    "batalhao", "batallon", "battaglione", "bataillon", "base", "escuadra", "esquadra", "flota", "frota", "flotta",
    "flotte", "camara", "senado", "congresso", "congreso", "assembleia", "asamblea", "governo", "gobierno",
    "presidencia", "prefeitura", "embaixada", "embajada", "ambasciata", "ambassade", "instituto", "istituto",
    "institut", "fundacao", "fundacion", "banco", "companhia", "compania", "empresa", "industria", "agencia",
    "servico", "servicio", "servizio", "service", "corpo", "cuerpo", "corps", "tropa", "tropas", "capitania",
    "comandancia", "direcao", "direccion", "direzione", "direction", "escritorio", "oficina", "operacao",
    "operacion", "operazione", "operation", "missao", "mision", "missione", "mission"})


def _fold_accents(word: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _extend_particles(text, toks, start: int, end: int) -> int:
    """The model often stops a Spanish or Portuguese name at its particle ("Rui" of "Rui dos Santos",
    "Juan Andres De La" of "Juan Andres De La Maza Larrain"): the name runs on over the particles
    to the capitalised surname after them (and a second surname right after it)."""
    words = text[start:end].split()
    for i in range(1, len(words) - 1):
        if (re.fullmatch(_NAME_PARTICLE, words[i], re.IGNORECASE)
                and _fold_accents(words[i + 1]).strip(",.;:").casefold() in _BODY_WORDS_IBERIAN):
            words = words[:i + 1]  # the model's "X da Força": the particle goes below, the service's name with it
            break
    while len(words) > 1 and re.fullmatch(_NAME_PARTICLE, words[-1], re.IGNORECASE):
        words.pop()
        end = text.rfind(words[-1], start, end) + len(words[-1])
    for step in range(3):
        # a name of two particles or more: "Jose Augusto Vieira da Cunha de Menezes"
        further = _particle_step(text, toks, end, step)
        if further == end:
            break
        end = further
    return end


def _particle_step(text, toks, end: int, step: int) -> int:
    """The end of a name run on over one particle and the surname after it (and a second surname right after
    it), or ``end`` when no particle and surname follow."""
    m = _PARTICLE_TAIL.match(text, end)
    if not m or not m.group(1)[0].isupper():
        return end
    if _fold_accents(m.group(1)).casefold() in _BODY_WORDS_IBERIAN:
        return end  # "Admiral X da Marinha do Brasil", "General Y del Ejercito": the service's name, not the surname
    if step and _near_country(m.group(1), "en"):
        return end  # "… da Cunha de Portugal": a state after a whole name
    lex = lexicon()
    second = m.group(2)
    if second and (not second[0].isupper() or second.casefold() in lex["chain"] or second.casefold() in english_stop_words()
                   or any(t.start == m.start(2) and is_rank_tok(t) for t in toks)):
        return m.end(1)
    return m.end()


def _extend_left(text, toks, start, blocked) -> int:
    """spaCy's small model often tags only the surname ("Akar" of "Hulusi Akar"): take in up to
    two name-shaped words before it that no other entity, role word or common word claims."""
    from generator.nlp.spacy_files import stop_words  # read without importing spaCy

    STOP_WORDS = stop_words("en")  # noqa: N806
    lex = lexicon()
    before = nlp.tokens_before(toks, start, 2)
    for t in reversed(before):
        gap = text[t.end:start]
        if gap.strip() or "\n" in gap:
            break
        if (not name_word(t.text) or t.low in lex["chain"] or is_rank_tok(t) or t.low in STOP_WORDS
                or t.low in HONORIFIC or in_spans(t, blocked) or t.text.isupper()):
            break
        start = t.start
    return start


def _extend_right(text, toks, end, ner, blocked) -> int:
    """A family name the model tagged as a place or a group right after the given names it tagged as a
    person ("Ana Cecilia" + "Gervasi", "Maria Fernanda" + "Espinosa"): one name-shaped word, no
    gazetteer place and no country, with nothing but a space between, joins the name."""
    gap = end  # the spaces after the name (on its line); a span starting within them is next to it
    while gap < len(text) and text[gap] != "\n" and text[gap].isspace():
        gap += 1
    nxt = [x for x in ner if end < x[1] <= gap]
    if not nxt or nxt[0][0] not in ("GPE", "LOC", "NORP", "ORG") or nxt[0][1] - end != 1:
        return end
    words = nlp.tokens_within(toks, nxt[0][1], nxt[0][2])
    if len(words) != 1 or in_spans(words[0], blocked):
        return end
    w = words[0]
    lex = lexicon()
    if (not name_word(w.text) or w.text.isupper() or w.low in lex["chain"] or w.low in NOT_NAME
            or w.low in INSTITUTION or is_rank_tok(w)):
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


def in_spans(tok, spans) -> bool:
    if isinstance(spans, SpanIndex):
        return spans.overlaps(tok.start, tok.end)
    return any(s < tok.end and tok.start < e for s, e in spans)


_TITLE_OR_GIVEN_RU = frozenset({"эмир"})  # "эмир Катара" is the office, "Эмир Кустурица" a given name


def _ru_role_or_rank(tok) -> bool:
    if not CYRILLIC.search(tok.text):
        return False
    lex = lexicon()
    lem = nlp.lemmas(tok.text)
    if tok.text[:1].isupper() and lem & _TITLE_OR_GIVEN_RU:
        return False  # capitalised, it may open a name: the words after it decide (as "Emir" in English)
    return any(k[0] in lem and len(k) == 1 for k in (*lex["ranks_ru"], *lex["roles_ru"]))


#: The name after an English cue (a rank, an office, an honorific): one to four capitalised words.
_CUED_NAME_EN = (rf"(?:[{UPPER_LETTERS}]\.[ \t]?|[A-Z]{{2,3}}[ \t](?=[A-Z][a-z]+[ \t][A-Z][a-z]))?[{UPPER_LETTERS}][^\W\d_]*[{LOWER_LETTERS}][^\W\d_'’-]*(?:['’-][^\W\d_]+)*"
                 rf"(?:[ \t](?:(?:al|el|ad|ash|as|at|az|ar|an|ud|ul)-)?[{UPPER_LETTERS}][^\W\d_]*[{LOWER_LETTERS}][^\W\d_]*(?:['’-][^\W\d_]+)*){{0,3}}")
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
    r"Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Mullah|Mulla|Maulana|Mawlana|Maulvi|Mawlawi|Moulvi|Mufti|Qari|Ayatollah|Hojj?atoleslam|"
    # (round 19) the Malay and Bruneian styles and "Hon." before a name: "Tun Abdul Razak", "Datuk Seri Mohamed Khaled
    # Nordin", "Pehin Datu Halbi Yussof", "Hon. Soipan Tuya"
    r"(?-i:CDS|COAS|CNS|CAS|CGS|NSA|CJCS|CDF|DM|FM|PM|VP|CS|PS)|"  # "Defence CS Soipan Tuya", "COAS Asim Munir"
    r"Tun|Tunku|Tengku|Pehin(?:[ \t]+Datu)?|Hon\.|Honou?rable|(?:Dato['’]?|Datuk|Tan)[ \t]+(?:Seri|Sri)|Datuk|Dato['’]?)[ \t]+"
    # ("Defence Cabinet Secretary (CS) Soipan Tuya": the office's initials in brackets before the name)
    r"(?:\([A-Z]{2,5}\)[ \t]+)?"
    r"(?:(?:Dato['’]?|Datuk|Tan)[ \t]+(?:Seri|Sri)[ \t]+|(?:Dato['’]?|Datuk|Shri|Dr\.?|Mr\.?|Hon\.?|Honou?rable|H\.[ \t]?E\.)[ \t]+)?"
    rf"({_CUED_NAME_EN})"
)
#: A rank of several words with small words inside ("Lieutenant General of the Army", "Général de corps
#: d'armée"): the capitalised run a name finder reads stops inside it, so the name after it is cued here.
_SPLIT_RANK_CUE_EN = re.compile(rf"(?<![\w-])(?:{split_ranks_en()})[ \t]+({_CUED_NAME_EN})")
_OFFICE_COMMA_NAME = re.compile(
    r"\b(?:minister|president|premier|chancellor|general|admiral|ambassador|envoy|commander|secretary|chief|"
    r"attach[eé]|spokes(?:man|woman|person))"
    rf"(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[{UPPER_LETTERS}][\w'’-]+(?:[ \t]+(?:of[ \t]+)?[{UPPER_LETTERS}][\w'’-]+){{0,3}})?[ \t]*,[ \t]*"
    rf"([{UPPER_LETTERS}][{LOWER_LETTERS}'’-]+(?:[ \t]+[{UPPER_LETTERS}][{LOWER_LETTERS}'’-]+){{0,2}})[ \t]*,[ \t]*(?=(?!and\b|or\b)[a-z])")
#: (round 19) A long office in apposition before a name the model may miss: the office's head, up to fourteen
#: words of its complement ("Minister of State for Defence and Veterans Affairs", "Minister Delegate in charge of
#: the National Defence Administration"), a comma, then the name (a rank may open it: _clean trims it) set off by
#: a comma, a bracket or a verb: "…, Kassoum Coulibaly, signed", "…, Abdellatif Loudiyi, on Tuesday received".
_LONG_OFFICE_COMMA_NAME = re.compile(
    r"\b(?:Minister|Secretary|Chief|Commander|Director|Head|Chairman|Chairwoman|Ambassador|Attach[eé]|Delegate|"
    r"Inspector|Governor|President|Adviser|Advisor|Envoy|Representative|Spokes(?:man|woman|person)|Commandant)"
    r"(?:[ \t]+(?:of|for|and|the|in|charge|to|on|[A-Z][\w'’-]*|\([A-Z]{2,6}\))){1,14}?[ \t]*,[ \t]*"
    rf"((?:[{UPPER_LETTERS}][\w'’.-]*[ \t]+){{0,3}}{_CUED_NAME_EN})"
    r"(?=[ \t]*(?:,|\(|[ \t](?:on|has|had|was|is|who|said|says|signed|met|held|received|visited|took|led|attended|"
    r"opened|chaired|welcomed|hosted|noted|stressed|announced|told|also)\b))")
_PLURAL_ITEM = rf"[{UPPER_LETTERS}][{LOWER_LETTERS}'’-]+(?:[ \t]+[{UPPER_LETTERS}][{LOWER_LETTERS}'’-]+){{0,2}}"
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
    rf"\b([{UPPER_LETTERS}][^\W\d_]*[{LOWER_LETTERS}][^\W\d_'’-]*(?:[ \t][{UPPER_LETTERS}][^\W\d_]*[{LOWER_LETTERS}][^\W\d_'’-]*){{1,2}})[ \t]*(?:,|[ \t][-–—])[ \t]*"
    rf"(?:the[ \t]+|a[ \t]+)?(?:[{UPPER_LETTERS}][{LOWER_LETTERS}]+[ \t]+)?"  # a state's adjective: "the Fijian minister"
    r"(?i:(?:(?:newly[ \t]+appointed|new|deputy|first|vice|acting|former)[ \t]+)?"
    r"(?:head|chief|minister|president|chairman|chairwoman|commander|director|ambassador|secretary|spokes(?:man|woman|person)|"
    r"envoy|governor|rector|commandant|attach[eé]))\b")


# A monarch by title and regnal name: "King Abdullah II", "Queen Margrethe", "Emperor Naruhito".
_ROYAL_CUE_EN = re.compile(r"\b(?:King|Queen|Emperor|Empress)[ \t]+([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?(?:[ \t]+(?:I{1,3}|IV|VI{0,3}|IX|X{1,2}))?)\b")


_ROYAL_CUE_RU = re.compile(r"(?<!\w)(?P<t>(?i:корол[ьяюеё]\w*|королев\w*|императо?р\w*|императриц\w*))\s+(?:(?P<c>[А-ЯЁ][а-яё]+)\s+)?"
                           r"(?P<n>[А-ЯЁ][а-яё]+(?:\s+[А-ЯЁ][а-яё]+)?(?:\s+(?:I{1,3}|IV|VI{0,3}|IX|X{1,2}))?)(?![\w-])")


# A rank or office, then the mark of a retired officer, then the name: "Air Vice Marshal (Retd) Sampath
# Perera", "General (retired) Ana Ruiz", "генерал-полковник (в отставке) Иван Петров". The mark hides the
# name from the model and from the cues above; the word before the mark must be a rank or an office.
_RETIRED_EN = re.compile(rf"(?<=[A-Za-z.])[ \t]*\((?:[Rr]etd|RETD|[Rr]td|[Rr]et|[Rr]etired|R)\.?\)[ \t]+({_CUED_NAME_EN})")
_RETIRED_RU = re.compile(r"(?<=[а-яё])[ \t]*\((?:в[ \t]+отставке|в[ \t]+запасе|запаса)\)[ \t]+([А-ЯЁ][а-яё-]+(?:[ \t]+[А-ЯЁ][а-яё-]+){1,2})")


# One or two initials glued to a surname: "G.Saikhanbayar", "Ye.Abenov", "L.Oyun-Erdene".
_GLUED_INITIAL = re.compile(rf"(?<![\w.])((?:[{UPPER_LETTERS}][{LOWER_LETTERS}]?\.){{1,2}}[{UPPER_LETTERS}][{LOWER_LETTERS}]{{2,}}"
                            rf"(?:-[{UPPER_LETTERS}][{LOWER_LETTERS}]+)?)(?![\w.-])")


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
                nm.normal = " ".join(w if _ROMAN.fullmatch(w) else ru_nominative(w, cue_case) for w in words)
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
            if nm and nm.is_full and _gazetteer_city(nm.text, lang):
                continue  # "Back in Buenos Aires, the minister …": a place before the office, no name
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
        for m in _LONG_OFFICE_COMMA_NAME.finditer(text):
            nm = _clean(text, toks, m.start(1), _extend_particles(text, toks, *m.span(1)), None, lang, country_spans,
                        origin="rule:cue")
            if (nm and nm.is_full and not _gazetteer_city(nm.text, lang)
                    and not _gazetteer_city(nm.parts[0], lang)  # "London Metropolitan Police"
                    and nm.parts[-1].casefold() not in english_nouns()):  # "…, Eastern Command, said"
                nm.cue = True
                out.append(nm)
        for m in _GLUED_INITIAL.finditer(text):
            # "Minister of Defense of Mongolia G.Saikhanbayar", "Kazakhstan's minister Ye.Abenov": an
            # initial glued to the surname (the Mongolian and Central Asian style) after a state or an office.
            prev = nlp.tokens_before(toks, m.start(1), 1)
            if not prev or not (in_spans(prev[0], country_spans) or prev[0].low in lexicon()["heads"]
                                or (is_rank_tok(prev[0]) and prev[0].text[:1].isupper())):
                continue
            nm = _clean(text, toks, *m.span(1), None, lang, country_spans, origin="rule:cue")
            if nm:
                nm.cue = True
                out.append(nm)
        for m in _SPLIT_RANK_CUE_EN.finditer(text):
            nm = _clean(text, toks, m.start(1), _extend_particles(text, toks, *m.span(1)), None, lang, country_spans,
                        origin="rule:cue")
            if nm:
                nm.cue = True
                out.append(nm)
        for nm in _office_of_state_names(text, toks, lang, country_spans):
            # "received by President of Turkey Recep Tayyip Erdogan", "met the Defence Minister of India
            # Rajnath Singh": an office ending on "of <State>" with the name straight after the state.
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
    for m in (_RETIRED_RU if lang == "ru" else _RETIRED_EN).finditer(text):
        prev = nlp.tokens_before(toks, m.start(), 1)
        if not prev or not (is_rank_tok(prev[0]) or prev[0].low in lexicon()["heads"] or prev[0].low in lexicon()["chain"]
                            or _ru_role_or_rank(prev[0])):
            continue  # "the club (retd) John Smith": no rank or office before the mark
        nm = _clean(text, toks, *m.span(1), None, lang, country_spans, origin="rule:cue")
        if nm:
            nm.cue = True
            if lang == "ru":
                cue_case = _case_of(prev[0].text)
                if cue_case and cue_case != "Nom":
                    nm.normal = ru_nominative(nm.text, cue_case)
                    nm.parts = [p for p in re.split(r"[\s.]+", nm.normal) if p]
            out.append(nm)
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        s, e = m.span(1)
        if lang == "en" and re.match(r"(?:Tun|Tunku|Tengku|Pehin)\b", m.group(0)) and re.search(r"\b[Tt]he[ \t]+$", text[max(0, m.start() - 5):m.start()]):
            pos = m.start() + 1
            continue  # "the Tun Razak Exchange": a place named for a titled man, no person of the story
        if (lang == "en" and re.match(r"[A-Z]{2,4}[ \t]", m.group(0))
                and (len(text[s:e].split()) < 2
                     or all({w.casefold(), w.casefold()[:-1], w.casefold()[:-2]} & english_nouns() for w in text[s:e].split()))):
            pos = m.start() + 1
            continue  # after an office's initials, a full name ("CS Soipan Tuya"; not "CS Gas Canisters", nor "CS Tuya" alone)
        if lang == "en":
            e = _extend_particles(text, toks, s, e)  # "Admiral Renato Rodrigues de Aguiar Freire"
        nm = _clean(text, toks, s, e, None, lang, country_spans, origin="rule:cue")
        if (nm and lang == "en" and len(nm.parts) == 1 and re.match(r"[ \t]+of\b", text[nm.end:nm.end + 5])
                and nm.text.casefold() in english_nouns()):
            nm = None  # "the Secretary for Defence Production of India, X": the office goes on, no name
        if (nm and lang == "en" and len(nm.parts) == 1 and nm.text.casefold() in english_nouns()
                and re.search(r"\b(?:of|for)[ \t]", text[m.start():nm.start])
                and re.match(r",[ \t]+(?:(?:Shri|Smt|Mr|Ms|Dr)\.?[ \t]+)?[A-Z][a-z]+[ \t]+[A-Z]", text[nm.end:nm.end + 40])):
            nm = None  # "the Secretary of Defence Production, Shri Sanjeev Kumar,": the office's last word, its holder after
        if nm and any(w.casefold() in INSTITUTION for w in re.findall(r"[^\W\d_]+", text[s:nm.start])):
            nm = None  # "Chief of Defence Forces Kenya Navy Band": the words after the office name a body, not a person
        # No name after the cue: what followed may be an office that is itself a cue ("Deputy
        # Minister of Defence Daulet Bekmurzayev"), so the search goes on from there.
        pos = m.end() if nm else max(m.start(1), m.start() + 1)
        if nm:
            nm.cue = True
            if lang == "ru":
                cue_case = _case_of(m.group(0).split()[0])
                if cue_case and cue_case != "Nom":
                    nm.normal = ru_nominative(nm.text, cue_case)
                    nm.parts = [p for p in re.split(r"[\s.]+", nm.normal) if p]
            out.append(nm)
    return out


#: The name straight after the state that ends an office ("… of Turkey Recep Tayyip Erdogan").
_NAME_AFTER_STATE_EN = re.compile(rf"[ \t]+({_CUED_NAME_EN})")


def _office_of_before(toks, start: int, country_spans=()) -> bool:
    """The words before ``start`` end an office on "of"/"to" ("the Defence Minister of", "President of",
    "Ambassador of Azerbaijan to")."""
    heads, chain = lexicon()["heads"], lexicon()["chain"]
    before = nlp.tokens_before(toks, start, 8)
    if not before or before[-1].low not in ("of", "to"):
        return False
    for t in reversed(before[:-1]):
        if t.low in heads:
            return True
        if t.low not in chain and t.low not in ("of", "the", "for", "to") and not in_spans(t, country_spans):
            return False  # ("the Minister of Defence of Chad X": "of" inside the office)
    return False


def _office_of_state_names(text, toks, lang, country_spans) -> list[NameMention]:
    """Names right after an office that ends on "of/to <State>": "President of Turkey Recep Tayyip Erdogan",
    "the Defence Minister of India Rajnath Singh", "Ambassador of Russia to India Denis Alipov". The words
    back from the state to an office head must all be words of an office (the chain), states, or "of/to/the";
    a state after anything else ("talks with Turkey Monday", "in India Rajnath Singh said") cues nothing."""
    lex = lexicon()
    heads, chain = lex["heads"], lex["chain"]
    out = []
    for a, b in country_spans:
        before = nlp.tokens_before(toks, a, 10)
        if not before or before[-1].low not in ("of", "to", "the"):
            continue
        if before[-1].low == "the":
            before = before[:-1]
            if not before or before[-1].low not in ("of", "to"):
                continue
        head = False
        for t in reversed(before):
            if t.low in heads or t.low.rstrip("s") in heads:
                head = True
                break
            if t.low in chain or in_spans(t, country_spans) or t.low in ("of", "to", "the", "for"):
                continue
            break
        if not head:
            continue
        m = _NAME_AFTER_STATE_EN.match(text, b)
        if not m:
            continue
        nm = _clean(text, toks, *m.span(1), None, lang, country_spans, origin="rule:cue")
        if nm and not any(_CALENDAR.fullmatch(p) for p in nm.parts):
            nm.cue = True  # ("the Minister of Defence of Turkey Monday said": a day, no name)
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
    before = nlp.tokens_before(toks, start, 5)
    for t in reversed(before):
        if not CYRILLIC.search(t.text):
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


def ru_nominative(name: str, case: str) -> str:
    """Put a declined name the models could not normalise into the nominative by its ending:
    'Хулуси Акаром' (instrumental) -> 'Хулуси Акар', 'Баджвой' -> 'Баджва'. Initials stay."""
    parts = re.split(r"(\s+|\.)", name)
    out = []
    for p in parts:
        if len(p) > 2 and CYRILLIC.search(p):
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

def inside_office(toks, x: NameMention, m: NameMention, country_spans=()) -> bool:
    """``x``, a body's name the tagger read before ``m`` ("Production" of "Minister of Defence and Military
    Production General X"), stands inside ``m``'s office: an organisation's words right after "of"/"for"/
    "and"/"the" of an office word said just before, and nothing but office and rank words between it and ``m``."""
    if not x.origin.endswith(":ORG"):
        return False
    lex = lexicon()
    pre = nlp.tokens_within(toks, x.start - 80, x.start)
    while len(pre) > 1 and pre[-1].text[:1].isupper() and pre[-1].text.isalpha() and pre[-1].low not in ("of", "for", "and", "the"):
        pre = pre[:-1]  # "Military" of "Military Production": the body's earlier words
    gap = nlp.tokens_within(toks, x.end, m.start)
    if CYRILLIC.search(x.text):
        # «Начальник Генштаба генерал армии X»: the body in the genitive right after an office's head word,
        # nothing but rank and office words between it and the name.
        words = _ru_office_words()
        return (bool(pre) and bool(nlp.lemmas(pre[-1].text) & words) and len(gap) <= 5
                and all(in_spans(t, country_spans) or t.text in ("-", "‐") or t.low in _RU_SERVICES
                        or (CYRILLIC.search(t.text) and t.text.islower() and nlp.lemmas(t.text) & words) for t in gap))
    return (bool(pre) and pre[-1].low in ("of", "for", "and", "the") and any(t.low in lex["heads"] for t in pre)
            and all(t.low in lex["chain"] or t.low in lex["rank_words"] for t in gap))


#: The armed services by their Russian initials, inside an office: «Начальник Генштаба ВС Бразилии», «командующий ВМС».
_RU_SERVICES = frozenset({"вс", "ввс", "вмс", "вмф", "св", "вкс", "вдв", "всу", "нгу"})


@lru_cache(maxsize=1)
def _ru_office_words() -> frozenset[str]:
    """Every word of the Russian offices and ranks of the lexicon (in the dictionary form)."""
    lex = lexicon()
    return frozenset(w for k in (*lex["roles_ru"], *lex["ranks_ru"]) for part in k for w in part.split("-") + [part])


def is_org(m: NameMention) -> bool:
    return m.origin.endswith(":ORG")


# --------------------------------------------------------------------------- a known person's surname alone

_CAP_WORD = re.compile(rf"(?<![\w'’.-])([{UPPER_LETTERS}А-ЯЁ][{LOWER_LETTERS}а-яё]{{3,}})(?![\w-])")
_PREV_WORD = re.compile(rf"([{UPPER_LETTERS}А-ЯЁ][\w'’.-]*)[ \t]+$")
_NEXT_WORD = re.compile(rf"[ \t]+[{UPPER_LETTERS}А-ЯЁ]")
#: the oblique endings of a Russian surname that is a noun of the first or second declension
#: («Эрдогана», «Эрдогану», «Эрдоганом», «Эрдогане»; «Гюлера»): tried off the word, longest first.
_RU_OBLIQUE = ("ом", "ым", "ой", "ем", "а", "у", "е", "ю", "я")


def registry_surnames(text: str, lang: str, found: list[NameMention], codes, registry) -> list[NameMention]:
    """A known person's surname alone, which the models left untagged ("Erdoğan sent greetings via
    Güler.", «Эрдоган поздравил …»): a capitalised word standing alone (no capitalised word right before
    or after it) whose form, without marks or a Russian case ending, is the surname of exactly one person
    of the registry, when that person's state is one the article names (or the person serves no state).
    A word the gazetteer knows as a place, a given name, an English dictionary word ("Tax", "Case") and a
    word inside a mention already found are left alone; a surname the registry does not know is no person here."""
    from generator.extract.places import lookup

    taken = SpanIndex((m.start, m.end) for m in found)
    nouns = english_nouns() if lang == "en" else frozenset()
    out: list[NameMention] = []
    for mm in _CAP_WORD.finditer(text):
        s, e = mm.span(1)
        word = mm.group(1)
        if taken.overlaps(s, e) or word.casefold() in nouns or word.casefold() in HONORIFIC:
            continue
        if _NEXT_WORD.match(text, e):
            continue
        prev = _PREV_WORD.search(text, max(0, s - 40), s)
        if prev and not prev.group(1).endswith((".", "!", "?")) and not re.search(
                r"(?:^|[.!?:;\n])[ \t]*$", text[max(0, prev.start() - 3):prev.start()]):
            continue  # a word of a longer capitalised run: another name, a place, a thing
        forms = [word]
        if lang == "ru" and CYRILLIC.search(word):
            forms += [word[:-len(x)] for x in _RU_OBLIQUE if word.endswith(x) and len(word) - len(x) >= 4]
        for form in forms:
            known = registry.person_by_surname(form)
            if known is None or (known.country and known.country not in codes):
                continue
            if not CYRILLIC.search(form) and not any(
                    _fold_accents(n.split()[-1]).casefold() == _fold_accents(form).casefold()
                    for n in (known.name, *known.aliases) if n):
                continue  # a Latin surname alone is matched as one of the person's spellings writes it
            if CYRILLIC.search(form) and not (known.ru and known.ru.split()[-1].casefold() == form.casefold()):
                continue
            if lookup(word, lang) is not None or given_name_word(form, lang):
                break  # a place ("Austin"), or a given name as often as a surname ("Ahmed", «Саид»)
            out.append(NameMention(s, e, word, form, [form], "rule:registry-surname"))
            break
    return out


# --------------------------------------------------------------------------- a name in capitals on a line of its own

_CAPS_WORD = rf"[{UPPER_LETTERS}](?:[{UPPER_LETTERS}'’‐-]*[{UPPER_LETTERS}])?"
_CAPS_STYLE = r"(?:THE[ \t]+)?(?:(?:RT\.?[ \t]+)?HON(?:OU?RABLE)?\.?|SENATOR|SEN\.|DR\.?|SIR|DAME)"
_CAPS_NAME_LINE = re.compile(
    rf"(?m)^[ \t]*(?P<style>(?:{_CAPS_STYLE}[ \t]+)+)?(?P<name>{_CAPS_WORD}(?:[ \t]+{_CAPS_WORD}){{1,3}}?)"
    rf"(?P<post>(?:[ \t]+[A-Z]{{2,5}})*)[ \t]*,?[ \t]*$")


def _caps_name_lines(text: str) -> list[NameMention]:
    """A name written in capitals on a line of its own, as a minister's letterhead or a media release writes
    it ("THE HON RICHARD MARLES MP", "SENATOR THE HON JANE ROE", "JANE ROE MP"): a person when a style stands
    before it or post-nominal letters after it, and no word of it is an office, a country, an institution or
    a common English word ("MINISTER FOR DEFENCE", "MEDIA RELEASE", "JOINT STATEMENT" are no names). The
    name is kept in title case."""
    lex = lexicon()
    nouns = english_nouns() | english_stop_words()
    out: list[NameMention] = []
    for mm in _CAPS_NAME_LINE.finditer(text):
        post = mm.group("post").split()
        if post and not all(post_nominal(w) for w in post):
            continue
        if not (mm.group("style") or post):
            continue
        words = mm.group("name").split()
        if words[0] == "THE":
            continue
        folded = [w.casefold() for w in words]
        if any(w in lex["heads"] or w in lex["chain"] or w in INSTITUTION or w in HONORIFIC or w in NOT_NAME
               or w in JOB_WORDS or _near_country(w.title(), "en") for w in folded):
            continue
        if not mm.group("style") and any(w in nouns and not given_name_word(w.title(), "en") for w in folded):
            continue
        titled = [w.title() if "-" not in w else "-".join(x.title() for x in w.split("-")) for w in words]
        normal = " ".join(titled)
        out.append(NameMention(mm.start("name"), mm.end("name"), mm.group("name"), normal, titled, "rule:caps-line"))
    return out


def _ru_declined(word: str) -> str:
    """A pattern for a Russian name word in any case: «Вин» (Вина, Вину, Вином, Вине), «Кайнеругаба»
    (Кайнеругабы, Кайнеругабой …), «Игорь» (Игоря, Игорем); a word ending in another vowel (Со, Нго) does not
    decline."""
    low = word.casefold()
    if low.endswith(("а", "я")):
        return re.escape(word[:-1]) + r"(?:а|я|ы|и|е|у|ю|ой|ей|ою|ею)"
    if low.endswith(("ь", "й")):
        return re.escape(word[:-1]) + r"(?:ь|й|я|ю|ем|ём|е|и)"
    if low[-1:] in "оеиуюыэё":
        return re.escape(word)
    return re.escape(word) + r"(?:а|у|ом|ым|ем|е|ой)?"


def registry_names_ru(an: Analysis, found: list[NameMention], registry, countries=()) -> list[NameMention]:
    """A known person's whole Russian name, in any case, that the model did not tag as a name («с заместителем
    главнокомандующего Мьянмы Со Вином»): each registry person whose Russian name has two words or more is
    looked for where its last word's stem is in the text; a match no mention found already is a mention of the
    name in the nominative, which the registry then resolves. The match passes the tests every model's span
    passes (not a place or an institution named after the person: «на проспекте Гейдара Алиева»)."""
    text, toks = an.text, list(an.tokens)
    country_spans = SpanIndex((c.start, c.end) for c in countries)
    taken = SpanIndex((m.start, m.end) for m in found)
    out: list[NameMention] = []
    for k in registry.entries.values():
        if k.kind != "person" or not k.ru or len(k.ru.split()) < 2:
            continue
        words = k.ru.split()
        if words[-1][:max(2, len(words[-1]) - 1)] not in text:
            continue
        rx = re.compile(r"(?<![\wА-Яа-яЁё-])" + r"[ \t]+".join(_ru_declined(w) for w in words) + r"(?![\wА-Яа-яЁё-])")
        for mm in rx.finditer(text):
            if taken.overlaps(mm.start(), mm.end()) or any(a.start < mm.end() and mm.start() < a.end for a in out):
                continue
            if _clean(text, toks, mm.start(), mm.end(), k.ru, "ru", country_spans, origin="rule:registry-name") is None:
                continue
            out.append(NameMention(mm.start(), mm.end(), mm.group(0), k.ru, words, "rule:registry-name"))
    return out

"""People: statistical NER proposes names, rules decide.

The work is split, lowest first: ``person_mentions`` (a mention and a person, the lexicon of offices and ranks),
``name_spans`` (where the names are, cut to the name, and what is no person), ``person_roles`` (each mention's
office, rank and state from the phrase bound to the name); this module groups mentions into people and
completes them.

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
from functools import lru_cache

from generator.extract.name_spans import LINEAGE, is_org, ru_nominative
from generator.extract.person_mentions import (
    CYRILLIC, HONORIFIC, PARTICLES, TITLE_WORDS, NameMention, Person, is_initial, lexicon, office_title_case,
)
from generator.extract.person_roles import PLURAL_HEAD, apposition_ru, context_en, international
from generator.model import Analysis
from generator.reference.countries import CountryHit
from generator.reference.offices import canonical_role
from generator.reference.registry import Known, Registry, fold, latin, strip_accents
from generator.text.foreign_names import respell
from generator.text.spanindex import SpanIndex


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
    # Every rule below needs a word of the short form among the longer name's words: the full names
    # are indexed by their folded words, and each form (words, office, rank) is looked up once, so an
    # article naming hundreds of people costs no pairs of unrelated names (the answers are the same).
    by_word: dict[str, list[int]] = {}
    for i, x in enumerate(mentions):
        if x.is_full and not is_org(x):
            for w in {fold(p) for p in x.parts}:
                by_word.setdefault(w, []).append(i)
    answers: dict[tuple, NameMention | None] = {}

    def tail_of(m: NameMention) -> NameMention | None:
        form = (tuple(m.parts), m.role, m.rank)
        if form not in answers:
            answers[form] = _tail_of(m)
        return answers[form]

    def _tail_of(m: NameMention) -> NameMention | None:
        k = len(m.parts)
        key = [fold(p) for p in m.parts]
        near = [mentions[i] for i in sorted({i for w in set(key) for i in by_word.get(w, ())})]
        found = next((x for x in near if x.is_full and len(x.parts) > k
                      and ([fold(p) for p in x.parts[-k:]] == key or _inner_run(m, x) or _lineage_head(m, x))
                      and not is_org(x)), None)
        if found is None:
            # A long name cut short to its leading words ("Hassan Omar" of "Hassan Omar Mohamed
            # Bourhan", "Thordis Kolbrun" of "Thordis Kolbrun Reykfjord Gylfadottir"): that person,
            # when the article names only one person whose name opens with those words.
            heads = sorted((x for x in near if x.is_full and (_leading_run(m, x) or _styled_given(m, x)) and not is_org(x)),
                           key=lambda x: -len(x.parts))
            # (the longer forms may themselves be cut short: "Abdi Nur", "Abdi Nur Farah", "Abdi Nur Farah Jama")
            if (heads and all(x is heads[0] or _leading_run(x, heads[0]) or x.parts == heads[0].parts for x in heads)
                    and not any(_other_office(m, x) for x in heads)):
                found = heads[0]
        return found

    tails = [m for m in mentions if m.is_full and tail_of(m) is not None]
    for m in mentions:
        if m.is_full and m not in tails and lang == "ru" and _by_given_and_patronymic(m, people):
            continue
        if m.is_full and m not in tails:
            known = registry.person(m.normal) or registry.person(" ".join(m.parts))
            if known is None:
                # A middle name the registry lacks ("Recep Tayyip Erdogan" / "Tayyip Erdogan").
                known = _registry_by_parts(m.parts, registry, m.country)
            if known is None and len(m.parts) == 2:
                # Family name first ("Гурсэд Сайханбаяр" for the registry's "Saikhanbayar Gursed"):
                # both words agree with a known person's, in the other order.
                known = registry.person(f"{m.parts[1]} {m.parts[0]}")
            if known is None and len(m.parts) == 2:
                known = _registry_mongolian(m.parts, registry)
            if known is None and not m.cue and _a_city(m):
                continue  # "Buenos Aires will host the next round": a city the gazetteer knows
            if known is None and lang == "ru":
                known = _registry_declined(m.normal, registry) or _registry_soft_stem(m, registry)
            if known is None and lang == "ru" and CYRILLIC.search(m.normal):
                # Another transliteration or spelling of a known foreign name ("Фан Ван-Зянг" for
                # the registry's "Фан Ван Занг", "Хоанг Суан Чиен" for "Хоанг Суан Тьиен").
                known = registry.person(m.normal.replace("-", " ")) if "-" in m.normal else None
                known = known or registry.person_fuzzy(m.normal)
            if known is None and lang == "ru" and CYRILLIC.search(m.normal) and (m.country or m.country_weak):
                # The name in its own state's spelling is a known person's ("Бахадир Курбанов" of Uzbekistan,
                # Bakhodir Kurbanov, whom the registry lists as «Баходир»).
                own = respell(m.normal, m.country or m.country_weak)
                known = registry.person(own) if own else None
            if known is None and len(m.parts) == 2:
                # "Saikhanbayar Gursed" beside "Gursed Saikhanbayar" (a Mongolian name with the
                # patronymic first, or a family name written first): the person named already.
                turned = fold(f"{m.parts[1]} {m.parts[0]}")
                same = next((i for i, p in enumerate(people) if any(fold(f) == turned for f in p.full_forms)), None)
                if same is not None:
                    m.person = same
                    continue
            if known is None and is_org(m) and not m.cue and not m.listed and not _surname_of_a_person(m, mentions):
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
        if known is not None and not _same_latin_surname(m.surname, known):
            known = None  # "Gen. Milley" is no "Milei": a Latin surname alone is matched as spelt
        if known is not None and (m.cue or m.initial or len(m.parts) == 1):
            if (m.initial or m.cue or m.origin == "rule:registry-surname"
                    or strip_accents(known.name.split()[-1]).casefold() == strip_accents(latin(m.surname)).casefold()):
                m.person = add_person(m, known)
                continue
        if m.cue and (m.initial or len(m.parts) >= 1) and (not is_org(m) or (lang == "en" and _titled(m))):
            # A surname alone after a title or rank is a person, even one the model calls an
            # organisation ("Kazakh President Tokayev").
            m.person = add_person(m, None)
        elif (m.initial and m.origin.endswith((":PERSON", ":PER")) and len(m.surname) > 2
              and all(is_initial(p) for p in m.parts[:-1]) and m.surname.casefold() not in HONORIFIC):
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
    if len(m.parts) != 2 or not _PATRONYMIC_RU.search(m.parts[1].casefold()) or is_initial(m.parts[0]):
        return False
    given = fold(m.parts[0])
    hits = [i for i, p in enumerate(people) if any(fold(f.split()[0]) == given for f in p.full_forms if f.split())]
    if len(hits) != 1:
        return False
    m.person = hits[0]
    return True


def _same_latin_surname(surname: str, known: Known) -> bool:
    """A surname written in Latin letters alone matches a known person only as one of the person's Latin
    spellings writes it (without case or marks): the folded key that joins transliterations of a full
    name ("Shoygu", "Shoigu") is too loose for a lone word ("Milley" and "Milei" fold alike). A Cyrillic
    surname is matched by its folded key, as before."""
    if not surname.isascii() or not surname.isalpha():
        return True
    plain = strip_accents(surname).casefold()
    forms = [known.name, *known.aliases]
    if known.ru:
        forms.append(latin(known.ru))
    return any(f and strip_accents(f.split()[-1]).casefold() == plain for f in forms)


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
    taken = SpanIndex((m.start, m.end) for m in mentions)  # asked of every token of the article
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
        if not t.text[:1].isupper() or taken.holds(t.start):
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
        apposition_ru(m, after, countries)
        return
    probe = NameMention(m.start, m.end, m.text, m.normal, list(m.parts), m.origin)
    context_en(an.text, probe, [], list(an.tokens), countries)
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
            role = PLURAL_HEAD.sub(lambda x: x.group(1) or "Secretary", role)
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


_LIST_OF_NAMES = re.compile(r"(?:[\s,()]|\band\b|\bof\b|\bthe\b|['’]s\b|[A-Z][\w'’.-]*)*")


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
        # (the states after the office: near it, or further on through a list of names and states only:
        # "Defence ministers A (Sweden), B (Finland) and C (Denmark)")
        codes = {c.code for c in countries if line_start <= c.start < m.start() or m.end() <= c.start < min(stop, m.end() + 60)
                 or (m.end() <= c.start < min(stop, m.end() + 240) and _LIST_OF_NAMES.fullmatch(text, m.end(), c.start))}
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
    return _listed_after_plural_office(text, out)


_OFFICES_LIST_RX = re.compile(_OFFICES_RX.pattern + r"|(?<!\w)министры[ \t]+обороны(?!\w)", re.IGNORECASE)
_NAMES_GAP = re.compile(r"[ \t]*(?:,[ \t]*(?:and[ \t]+|и[ \t]+)?|[ \t]+(?:and|и)[ \t]+)")


def _listed_after_plural_office(text: str, persons: list) -> list:
    """A plural office right before a list of names gives each of them that office ("Defence Ministers Zakir
    Hasanov and Yasar Guler met in Ankara", «Министры обороны Закир Гасанов и Яшар Гюлер»): two names at least,
    each right after the office or the one before it with only a comma or "and" between; a person given an
    office of their own keeps it. A name further on ("the defence ministers met; Guler said") gets nothing."""
    from dataclasses import replace

    out = list(persons)
    starts = {a: p for p in out for a, _ in p.spans}
    ends = {a: b for p in out for a, b in p.spans}
    for m in _OFFICES_LIST_RX.finditer(text):
        pos = m.end()
        gap = re.compile(r"[ \t]+").match(text, pos)
        pos = gap.end() if gap else pos
        listed = []
        while pos in starts:
            listed.append(starts[pos])
            end = ends[pos]
            sep = _NAMES_GAP.match(text, end)
            if not sep:
                break
            pos = sep.end()
        if len({p.key for p in listed}) < 2:
            continue
        word = m.group(0)
        singular = ("Minister of Defence" if word.casefold().startswith("министры")
                    else re.sub(r"(?i)ministers", "Minister", re.sub(r"(?i)chiefs", "Chief", word)))
        role = singular if word.casefold().startswith("министры") else office_title_case(singular)
        keys = {p.key for p in listed if p.role is None}
        out = [replace(p, role=role) if p.key in keys else p for p in out]
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
                    if CYRILLIC.search(office):
                        role = _OFFICE_RU.get(re.sub(r"\s+", " ", office.casefold()))
                    else:  # as written, like an office read in the body
                        role = office_title_case(re.sub(r"\s+", " ", office)) if canonical_role(office) else None
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
            n = ru_nominative(m.normal, case)
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
        if len(words) < 2 or len(words) != len(m.normal.split()) or not CYRILLIC.search(words[-1]):
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
             if (k := registry.person(ru_nominative(normal, case))) is not None}
    return next(iter(found.values())) if len(found) == 1 else None


def _registry_soft_stem(m: NameMention, registry: Registry) -> Known | None:
    """A name whose last word's stem ends in a soft sign, declined ("Нго Суан Литем", "Ли Цзюня"): the tagger's
    normal form drops the sign ("Лит"); the registry's person for the word with it ("Лить"), when the word as
    written is that stem with a soft case ending."""
    words, said = m.normal.split(), m.text.split()
    if len(words) < 2 or not said or not CYRILLIC.search(words[-1]) or words[-1].endswith(("ь", "й")):
        return None
    last = said[-1].strip(".,;:»\"")
    if not last.casefold().startswith(words[-1].casefold()) or last[len(words[-1]):].casefold() not in _SOFT_ENDINGS:
        return None
    return registry.person(" ".join([*words[:-1], words[-1] + "ь"]))


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

    lang = "ru" if CYRILLIC.search(m.normal) else "en"
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


def _registry_by_parts(parts: list[str], registry: Registry, country: str | None = None) -> Known | None:
    """The known person whose name is this one less a middle word; not one of another state than the office
    read before the name gives (Bangladesh's "Mohammad Nazmul Hasan" is no Malaysian "Mohamad Hasan")."""
    if len(parts) < 3:
        return None
    for drop in range(len(parts) - 1):
        k = registry.person(" ".join(p for i, p in enumerate(parts) if i != drop))
        if k and not (country and k.country and k.country != country):
            return k
    return None


def _nearest_with_surname(m: NameMention, mentions: list[NameMention], people: list[Person]) -> int | None:
    sur = fold(m.surname)
    ini = fold(m.initial)[:1] if m.initial else None
    cands = []
    for x in mentions:
        # (a full form led by an initial counts: "Admiral R. Hari Kumar" ... "Adm Kumar")
        if x.person is None or len(x.parts) < 2 or (not x.is_full and all(is_initial(p) for p in x.parts[:-1])):
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
    return (k >= 2 and len(full.parts) > k + 1 and full.parts[k].casefold() in LINEAGE
            and [fold(p) for p in full.parts[:k]] == [fold(p) for p in short.parts])


def _leading_run(short: NameMention, full: NameMention) -> bool:
    """The short form is two words or more and the first words of the longer name, no initial among them."""
    k = len(short.parts)
    return (k >= 2 and len(full.parts) > k and not any(is_initial(p) for p in short.parts)
            and [fold(p) for p in full.parts[:k]] == [fold(p) for p in short.parts])


def _styled_given(short: NameMention, full: NameMention) -> bool:
    """'Sheikh Saoud' of 'Saoud bin Abdulrahman bin Hassan Al Thani', 'Sultan Haitham' of 'Haitham bin Tariq
    Al Said': a ruler's or a noble's title before the first words of a longer name of three words or more."""
    rest = short.parts[1:]
    return (len(rest) >= 1 and short.parts[0].casefold() in TITLE_WORDS and len(full.parts) >= 3 and len(full.parts) > len(rest)
            and full.parts[0].casefold() not in TITLE_WORDS and [fold(p) for p in full.parts[:len(rest)]] == [fold(p) for p in rest])


def _other_office(short: NameMention, full: NameMention) -> bool:
    """Each form has an office or rank of its own and they differ ("Defence Minister Ali Hassan met
    General Ali Hassan Mohamed Nur"): two people, not one name cut short."""
    def office(r):
        return (canonical_role(r) or r).casefold() if r else None

    roles = office(short.role), office(full.role)
    ranks = short.rank, full.rank
    return any(all(pair) and pair[0] != pair[1] for pair in (roles, ranks))


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
    if len(full) != 2 or any(is_initial(x) for x in full):
        return p.name
    alone = {fold(m.parts[0]) for m in p.mentions if len(m.parts) == 1}
    if fold(full[0]) in alone and fold(full[1]) not in alone:
        return _english_name(f"{full[1]} {full[0]}")
    return p.name


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
                and not international(text, p)
                and not (text and p.spans and _HAS_COUNTERPART.match(text, p.spans[0][1]))):
            p = replace(p, country=host)
        out.append(p)
    return out


# A person named as a visitor or guest: of the other side, never of the page's home state.
_VISITOR = re.compile(r"\b(?:visiting|guest|delegation[ \t]+(?:of|from)|led[ \t]+by|arrived|on[ \t]+(?:an?[ \t]+)?(?:official[ \t]+|working[ \t]+|state[ \t]+)?visit)\b|"
                      r"(?<!\w)(?:прибывш\w+|находящ\w+[ \t]+с[ \t]+визитом|гост\w+|делегаци\w+|во[ \t]+главе)", re.I)
# Generic second-level domains that name no state ("tv", "io"): never an outlet's state.
_GENERIC_TLD = frozenset({"tv", "io", "co", "ai", "fm", "ly", "to", "ws", "cc", "me", "gg", "im", "su", "eu", "info", "int",
                          "app", "am"})


def outlet_state(source: str | None, url: str | None = None) -> str | None:
    """The state an outlet is of, when its name or address says so: a state named in the name ("Defence
    Review Magazine South Africa", "Ministry of Defence of India"), or a country code ending its address or
    a name written as one ("defenceweb.co.za", "NUR.KZ", "dialog.tj"). None when none or several."""
    from generator.reference.countries import index

    cx = index()
    found = set()
    if source:
        found |= {h.code for h in cx.find(source, "en")} | {h.code for h in cx.find(source, "ru")}
    for s in (url, source):
        host = re.match(r"(?:https?://)?([\w.-]+\.([A-Za-z]{2}))(?:[/:\s]|$)", (s or "").strip())
        if host and host.group(2).casefold() not in _GENERIC_TLD:
            code = {"uk": "GB"}.get(host.group(2).casefold(), host.group(2).upper())
            if cx.name(code):
                found.add(code)
    return found.pop() if len(found) == 1 else None


def home_offices(text: str, lang: str, outs: list, homes: list[str | None]) -> list:
    """A bare office with no state ("the Minister of Defence, X", "President X", "the Chief of the SANDF,
    General X") on a page whose home state is plain: the one state its dateline's city and its outlet
    agree on (``homes``; either alone will do). News style qualifies the foreigners and
    leaves its own side bare. Not for a person named as a visitor or guest ("visiting", "led by", "on an
    official visit"), one named next to "his counterpart" (he came to meet him), an official of an
    international body, or anyone the registry or the text already places."""
    from dataclasses import replace

    states = {h for h in homes if h}
    if len(states) != 1:
        return outs
    home = states.pop()
    out = []
    for p in outs:
        if (p.country is None and p.known_id is None and (p.role or p.rank) and p.spans
                and not international(text, p)
                and not any(_VISITOR.search(text[max(0, s - 60):min(len(text), e + 60)]) for s, e in p.spans)
                and not any(_HAS_COUNTERPART.match(text, e) for _, e in p.spans)):
            p = replace(p, country=home)
        out.append(p)
    return out


#: Offices a state has one holder of at a time: a second person given the same one and state by a host's or
#: home's rule is of another state ("Brazilian President Lula and President Cyril Ramaphosa": not two Brazilians).
_ONE_HOLDER = re.compile(r"^(?:President|Prime Minister|Vice President|Minister of (?:National )?Defence|Secretary of Defense|"
                         r"Minister of Foreign Affairs|Chief of the General Staff|Chief of Defence Staff|Chief of Army Staff|"
                         r"Chief of the Naval Staff|Cabinet Secretary for Defence|King|Emir|Chancellor)$")


def one_holder(outs: list, own: dict[str, str | None]) -> list:
    """Undo a state the host's or home's rules gave (``own``: each person's state as the text itself gave
    it, before those rules) when another person of that state holds the same one-holder office
    (``_ONE_HOLDER``): one the text places, else one named earlier."""
    out = list(outs)
    for k, p in enumerate(out):
        if own.get(p.key) is not None or p.country is None or p.known_id is not None:
            continue
        label = canonical_role(p.role)
        if not label or not _ONE_HOLDER.match(label):
            continue
        first = min(a for a, _ in p.spans) if p.spans else 0
        for q in out:
            if q.key == p.key or q.country != p.country or canonical_role(q.role) != label:
                continue
            placed = own.get(q.key) is not None or q.known_id is not None
            if placed or (q.spans and min(a for a, _ in q.spans) < first):
                out[k] = replace_country(p, None)
                break
    return out


_ACCOMPANIED = re.compile(r"\baccompanied[ \t]+by\b|(?<!\w)в[ \t]+сопровождении(?!\w)", re.I)
#: A sentence that opens with the accompanied person as a pronoun: "He was accompanied by", «Его сопровождали».
_PRONOUN_ACCOMPANIED = re.compile(r"\b(?:He|She)[ \t]+(?:was|is)[ \t]+(?:also[ \t]+)?accompanied[ \t]+by\b"
                                  r"|(?<!\w)(?:Его|Её|Ее)[ \t]+(?:также[ \t]+)?сопровождал(?:а|и)?(?!\w)")
#: What may stand between the accompanied person's name and "accompanied by": "X, who was accompanied by",
#: "X, accompanied by", "X was accompanied by" (not "X toured the plant, accompanied by": a host's escort).
_LEAD_GAP = re.compile(r"[ \t]*(?:\([^()]{0,30}\)[ \t]*)?,?[ \t]*(?:(?:who|which|что|который)[ \t]+)?(?:(?:was|were|is|are|has[ \t]+been|had[ \t]+been)[ \t]+)?"
                       r"(?:also[ \t]+)?$", re.I)


_REGARDS = re.compile(r"\b(?:greetings|regards|wishes|congratulations|message)\b[^.;!?\n]{0,40}?\b(?:of|from|to)[ \t]+"
                      r"(?:the[ \t]+|his[ \t]+|her[ \t]+)?(?:[A-Z][\w-]*[ \t]+){0,4}$|"
                      r"(?<!\w)(?:привет\w*|приветстви\w*|поздравлени\w*|пожелани\w*)[^.;!?\n]{0,40}?(?<!\w)(?:от|для)[ \t]+"
                      r"(?:[\w-]+[ \t]+){0,4}$")


_AFTER_COMPANIONS = re.compile(r",[ \t]+(?!(?:and|the|a|an|his|her|their|its|including|as|also|both|among|of|from|who|whose|"
                               r"и|а|в|с|со|из|его|её|их|включая|а[ \t]+также)\b)[a-zа-яё]+")


#: A companion named first, the one he accompanies after the verb: "General X, who accompanied the minister,",
#: "General X, accompanying the Cabinet Secretary,", "генерал X, сопровождавший министра,".
_ACCOMPANIES = re.compile(r"[ \t]*(?:\([^()]{0,30}\)[ \t]*)?,[ \t]*(?:(?:who|which)[ \t]+(?:(?:had|has|also|was|is)[ \t]+)*accompanied|accompanying)"
                          r"[ \t]+(?:(him|her)\b|(?:the|his|her)[ \t]+((?:[\w-]+[ \t]+){0,3}?[\w-]+)(?=[ \t]*[,.;]|[ \t]+(?:on|to|in|at|during)\b))|"
                          r"[ \t]*,[ \t]*(?:(?:который|которая)[ \t]+сопровождал\w*|сопровождавш\w+)[ \t]+((?:его|её|ее)(?!\w))?((?:министр|секретар|президент|глав|руководител|председател)\w*)?",
                          re.I)


#: A pronoun that opens a sentence as its subject ("He held talks with X", «Он провел переговоры с X»), and one
#: that is an object ("X welcomed him", «Его встретил X»): the person it stands for was named before.
_SUBJECT_PRONOUN = re.compile(r"\s*[\"«“(]?(?:he|she|он|она)\b", re.I)
_OBJECT_PRONOUN = re.compile(r"(?<![\w-])(?:him|его|её|ее|ему|ей|нему|ней)(?![\w-])", re.I)
#: The offices only one person holds, whom no other office stands for: "who accompanied the President" with no
#: president named is no companion of the minister named before.
_SOLE_OFFICES = ("presid", "prime", "premie", "king", "queen", "emir", "sultan", "prezid", "през", "корол", "премье",
                 "эмир", "султан")


def _accompanied_lead(text: str, p, outs: list, sents):
    """The state of the person ``p`` accompanies when the text names ``p`` first ("General X, who accompanied
    the minister, …"): a state adjective in the phrase ("who accompanied the Turkish minister",
    «сопровождавший казахстанского министра») decides; else, of the people named (with a state the text
    gives) in the 600 characters before ``p``, those of the nearest sentence that names any, and of them the
    first named there (the sentence's subject: "Kenya's delegation was led by the Cabinet Secretary, who met her
    Moroccan counterpart"; the minister accompanied is the first). A sentence whose subject is a pronoun ("He
    held talks with Georgia's minister X") or that names someone acting on a pronoun ("X welcomed him", «Его
    встретил X») is about the visitor named before: the sentence before it decides. When the verb names an
    office ("the minister"), only people with an office count, and those whose office has its word first."""
    from generator.reference.countries import index

    for s, e in p.spans:
        a = _ACCOMPANIES.match(text, e)
        if not a:
            continue
        phrase = re.split(r"[,.;:\n]", text[a.start() + 1:a.end() + 60].lstrip(" \t,"), maxsplit=1)[0]
        lang = "ru" if CYRILLIC.search(phrase) else "en"
        adjs = {h.code for h in index().find(phrase, lang) if h.kind == "adjective"}
        if len(adjs) == 1:
            return adjs.pop()  # "who accompanied the Turkish minister"
        noun = (a.group(2) or a.group(4) or "").split()[-1:]
        cands = [(min(x for x, _ in q.spans if s - 600 <= x < s), q) for q in outs
                 if q.key != p.key and q.country and any(s - 600 <= x < s for x, _ in q.spans)]
        if noun:
            word = noun[0].casefold()[:6]
            held = [c for c in cands if c[1].role and word in c[1].role.casefold()]
            cands = held or ([] if word.startswith(_SOLE_OFFICES) else [c for c in cands if c[1].role])
        while cands:
            last = max(x for x, _ in cands)
            sent = next(((a0, b0) for a0, b0 in sents if a0 <= last < b0), (last, last + 1))
            here = [c for c in cands if sent[0] <= c[0] < sent[1]]
            first = min(here, key=lambda c: c[0])
            obj = _OBJECT_PRONOUN.search(text, sent[0], min(sent[1], s))
            about_before = bool(_SUBJECT_PRONOUN.match(text, sent[0])) or (
                obj is not None and not (first[0] < obj.start() and re.search(r"[,;]", text[first[0]:obj.start()])))
            earlier = [c for c in cands if c[0] < sent[0]]
            if about_before and earlier:
                cands = earlier  # "He held talks with X", "X welcomed him": the visitor is named before
                continue
            return first[1].country
    return None


def companions(text: str, outs: list, sents) -> tuple[list, set[str]]:
    """People named after "accompanied by" ("в сопровождении") in a sentence: they are of the side of the
    person they accompany, the one named last before the phrase in that sentence ("Ghana's Minister of
    Defence, Dr X, who was accompanied by the Chief of the Defence Staff, Lieutenant General Y": Y is of
    Ghana, not of the state the meeting is in). A companion whose state no one gives stays without one:
    returns the people (companions given the accompanied person's state when they had none) and the keys
    of the companions, whom the host's and the home's rules must not place."""
    keys: set[str] = set()
    out = list(outs)
    for p in out:
        # "conveyed the greetings of President X", "regards to President X": a head of state the visitor
        # speaks for or sends word to, named with no state: the page's side rules cannot tell whose
        if p.country is None and p.known_id is None and any(_REGARDS.search(text, max(0, x - 90), x) for x, _ in p.spans):
            keys.add(p.key)
    for a in _ACCOMPANIED.finditer(text):
        sent = next(((s, e) for s, e in sents if s <= a.start() < e), (0, len(text)))
        stop = min(sent[1], a.end() + 260)
        semi = text.find(";", a.end(), stop)
        stop = semi if semi >= 0 else stop
        # the companions' list ends where the sentence goes on with its verb: ", received …", ", expressed …"
        verb = _AFTER_COMPANIONS.search(text, a.end(), stop)
        stop = verb.start() if verb else stop
        after = [p for p in out if any(a.end() <= x < stop for x, _ in p.spans)]
        before = [(max(x for x, _ in p.spans if sent[0] <= x < a.start()), p) for p in out
                  if any(sent[0] <= x < a.start() for x, _ in p.spans)]
        if not after:
            continue
        lead = max(before, key=lambda t: t[0])[1] if before else None
        if lead is None:
            continue  # ("The Ghanaian minister was accompanied by …": the clause's state, read at the mention)
        lead_end = max(e for x, e in lead.spans if x < a.start())
        if not _LEAD_GAP.match(text[lead_end:a.start()]):
            continue  # the name before is not the one accompanied ("X toured the plant, accompanied by …")
        for p in after:
            if p.key == lead.key:
                continue
            keys.add(p.key)
            if p.country is None and p.known_id is None and lead.country:
                out = [replace_country(q, lead.country) if q.key == p.key else q for q in out]
    for a in _PRONOUN_ACCOMPANIED.finditer(text):
        # "He was accompanied by General Y", «Его сопровождал генерал Y»: the companions are of the person the
        # sentence before is about (the first named there with a state)
        k = next((i for i, (s, e) in enumerate(sents) if s <= a.start() < e), None)
        if not k:
            continue
        (ps, pe), (s, e) = sents[k - 1], sents[k]
        if text[s:a.start()].strip(" \t\n\"«“("):
            continue  # the pronoun opens the sentence
        named = sorted((min(x for x, _ in q.spans if ps <= x < pe), q) for q in out
                       if q.country and any(ps <= x < pe for x, _ in q.spans))
        if not named:
            continue
        lead = named[0][1]
        for q in [q for q in out if any(a.end() <= x < e for x, _ in q.spans) and q.key != lead.key]:
            keys.add(q.key)
            if q.country is None and q.known_id is None:
                out = [replace_country(r, lead.country) if r.key == q.key else r for r in out]
    for p in list(out):
        if p.known_id is not None or p.country is not None or not (p.role or p.rank):
            continue
        state = _accompanied_lead(text, p, out, sents)
        if state is not None:
            keys.add(p.key)
            out = [replace_country(q, state) if q.key == p.key else q for q in out]
    return out, keys


#: The states whose people carry two family names, the father's first (Spanish usage): "Walter Astudillo
#: Chávez" is Astudillo, as the article itself says when it names him again. (Portuguese usage puts the
#: family name that counts last: Brazil and Portugal are not here.)
_TWO_SURNAMES = frozenset({"ES", "MX", "AR", "CL", "PE", "CO", "VE", "EC", "BO", "PY", "UY", "CR", "PA", "GT", "HN",
                           "SV", "NI", "DO", "CU", "GQ"})


def first_surname_name(p: Person, name: str, country: str | None) -> str:
    """The name a Spanish-speaking person goes by when the article, after the full "Given Surname1 Surname2",
    calls the person by Surname1 alone ("Walter Astudillo Chávez … Astudillo recalled"): "Walter Astudillo"
    (the full form stays among the forms the page lists as also written). Only when the article uses the
    first family name alone and never the last."""
    words = name.split()
    if country not in _TWO_SURNAMES or len(words) < 3:
        return name
    singles = {fold(m.parts[0]) for m in p.mentions if len(m.parts) == 1}
    if words[-2].casefold() in PARTICLES:
        return name  # "… de la Fuente": no second family name to leave out
    from generator.extract.not_persons import known_given_name

    if known_given_name(words[-2]):
        return name  # "Juan Carlos Pérez … Carlos": a two-word given name, the one family name last
    # (the article's own words, in its script: "Фернандес" alone of "Майя Фернандес Альенде")
    for m in p.mentions:
        if len(m.parts) == len(words) and fold(m.parts[-2]) in singles and fold(m.parts[-1]) not in singles:
            return " ".join(words[:-1])
    return name


_GENERATION = re.compile(r",?\s+(?:Jr|Sr|Jnr|Snr)\.?$|,?\s+(?:II|III|IV)$")


def without_generation(name: str) -> str:
    """A person's name without a generational suffix, as the corpus writes names ("Ferdinand Marcos Jr." is
    Ferdinand Marcos, "Gilberto Teodoro Jr." Gilberto Teodoro): the mentions are trimmed of it, and a name the
    registry spells with one ("Ferdinand Marcos Jr.") is too, so one text never keeps it for one person and
    drops it for another. A name of two words at least is left ("Abdullah II" keeps its regnal numeral)."""
    cut = _GENERATION.sub("", name)
    return cut if len(cut.split()) >= 2 else name


_NEAR_VOWELS = str.maketrans({"e": "a", "i": "a", "o": "a", "u": "a", "k": "h"})


def _near_word(a: str, b: str) -> int | None:
    """How many letters two folded words differ by when they differ only in a vowel or in k/q/g/h
    (Azerbaijani q/g, ı/y/i, ə/a/e; Belarusian Viktar/Viktor): None when they differ otherwise (another
    consonant, another length: Khrenin/Khrenov, Ali/Alim are other names)."""
    if a == b:
        return 0
    if len(a) != len(b) or len(a) < 4 or a[:1].translate(_NEAR_VOWELS) != b[:1].translate(_NEAR_VOWELS):
        return None
    if a.translate(_NEAR_VOWELS) != b.translate(_NEAR_VOWELS):
        return None
    return sum(x != y for x, y in zip(a, b))


def registry_near_spelling(name: str, country: str | None, registry: Registry) -> Known | None:
    """The one registry person of ``country`` whose name (or an alias, in either script) is ``name`` in
    another common spelling: as many words, each the same but for one or two vowels or a k/q/g/h
    ("Najmeddin Sadygov" for Najmaddin Sadigov, "Madat Quliyev" for Madat Guliyev, "Viktar Khrenin" for
    Viktor Khrenin), the given name's first letter kept. A person of another state, or with no state, is
    never matched so (Russia's Viktor Khrenov is not Belarus's Viktor Khrenin)."""
    if not country:
        return None
    words = fold(name).split()
    if len(words) < 2:
        return None
    found: dict[str, Known] = {}
    for k in registry.entries.values():
        if k.kind != "person" or k.country != country:
            continue
        for form in (k.name, k.ru, *k.aliases):
            cw = fold(form or "").split()
            if len(cw) != len(words) or cw[0][:1] != words[0][:1]:
                continue
            diffs = [_near_word(a, b) for a, b in zip(words, cw)]
            if all(d is not None for d in diffs) and 0 < sum(diffs) <= 3:
                found[k.id] = k
                break
    return next(iter(found.values())) if len(found) == 1 else None


def replace_country(p, country):
    from dataclasses import replace

    return replace(p, country=country)


@lru_cache(maxsize=1)
def _state_styles() -> list[tuple[re.Pattern, frozenset[str]]]:
    from generator.extract.person_mentions import DATA
    from generator.fileio import load_yaml

    data = (load_yaml((DATA / "roles.yaml").read_text(encoding="utf-8")) or {}).get("styles_of_state") or {}
    out = []
    for style, states in sorted(data.items(), key=lambda kv: -len(kv[0])):
        words = r"[ \t]+".join(re.escape(w) for w in str(style).split())
        out.append((re.compile(rf"(?<![\w'’-]){words}(?![\w'’-])"), frozenset(str(c).upper() for c in states or [])))
    return out


#: What may stand between a style and the name: the rest of a style, a rank, an office's words, "Hon.".
#: (in Russian, the portfolio after the office: «Кабинет-секретарь по вопросам обороны X»)
_STYLE_GAP = re.compile(r"(?:[ \t]*(?:\([A-Z]{2,5}\)|[A-ZА-ЯЁ][\w'’.-]*|of|for|the|по[ \t]+вопросам[ \t]+[а-яё]+"
                        r"|обороны|безопасности))*[ \t]*")


#: Styles that are also an office of other states ("Cabinet Secretary" in Kenya, India, Britain; "Chief Cabinet
#: Secretary" in Japan): they give the state only with a portfolio ("Defence CS X", "Cabinet Secretary for
#: Defence X") and when no other state qualifies them ("India's Cabinet Secretary X").
_OFFICE_STYLES = re.compile(r"(?:Cabinet[ \t]+Secretary|CS)$")
_PORTFOLIO_AFTER = re.compile(r"(?:[ \t]*\([A-Z]{2,5}\))?[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?[A-Z]")
_NO_PORTFOLIO = frozenset({"the", "a", "chief", "deputy", "principal", "former", "acting", "new", "then", "permanent",
                           "assistant", "his", "her", "their", "its", "kenya's", "kenya’s", "kenyan"})


def _bare_office_style(head: str, hit: re.Match) -> bool:
    """The style ``hit`` is an office several states give, here with no portfolio or qualified by a state
    other than the one the style names: "Cabinet Secretary Rajiv Gauba", "Chief Cabinet Secretary X",
    "India's Cabinet Secretary X", "the British Cabinet Secretary X"."""
    if not _OFFICE_STYLES.search(hit.group(0)):
        return False
    from generator.reference.countries import index

    near = re.split(r"[.!?;:\n]", head[max(0, hit.start() - 40):hit.start()])[-1]  # this sentence's words only
    before = re.findall(r"[\w'’-]+", near)[-3:]
    if any(h.code != "KE" for h in index().find(" ".join(before), "en")):
        return True  # "India's Cabinet Secretary", "the British Cabinet Secretary"
    if _PORTFOLIO_AFTER.match(head, hit.end()):
        return False  # "Cabinet Secretary for Defence X"
    last = before[-1] if before else ""
    return not (last[:1].isupper() and last.casefold() not in _NO_PORTFOLIO)  # "Defence CS X"; not "Chief Cabinet Secretary"


def styled_states(text: str, outs: list, codes: list[str], outlet: str | None) -> list:
    """A person with no state whom the text names with a style or office only one state gives ("Datuk Seri
    Mohamed Khaled Nordin", "Defence CS Soipan Tuya"; ``styles_of_state`` of data/roles.yaml) is of that
    state when the article names it (or its outlet is of it) and names no other state that gives the style."""
    named = set(codes) | ({outlet} if outlet else set())
    out = []
    for p in outs:
        if p.country is None and p.known_id is None and p.spans:
            found: set[str] = set()
            for s, _ in p.spans:
                head = text[max(0, s - 80):s]
                for rx, states in _state_styles():
                    for hit in rx.finditer(head):
                        if _STYLE_GAP.fullmatch(head, hit.end()) and not _bare_office_style(head, hit):
                            here = states & named
                            if len(here) == 1:
                                found |= here
            if len(found) == 1:
                p = replace_country(p, found.pop())
        out.append(p)
    return out


"""Each mention's office, rank and state, read from the phrase bound to the name (apposition, possessive, demonym,
'of X', a delegation's head, a counterpart), in English and Russian, mapped to data/roles.yaml.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from generator.extract.name_spans import (
    LIST_GAP, english_nouns, english_stop_words, hard_wrap, paragraph_wrap, in_spans, inflected_verb, inside_office,
)
from generator.extract.office_phrase import (
    and_in_complement, joined_complement_start, monarch_state, style_as_complement,
)
from generator.extract.person_mentions import (
    CYRILLIC, HONORIFIC_INSIDE, NameMention, RANK_ABBR, RANK_WORD, SMALL_WORDS, is_rank_tok, lexicon,
    office_title_case,
)
from generator.model import Analysis
from generator.nlp import analysis as nlp
from generator.reference.countries import CountryHit
from generator.reference.offices import canonical_role
from generator.text.spanindex import SpanIndex


def read_context(an: Analysis, mentions: list[NameMention], countries: list[CountryHit]) -> None:
    """Fill rank, role and country of each mention from the words around it."""
    text, lang = an.text, an.lang
    toks = list(an.tokens)
    sents = an.sentences
    spans = [(c.start, c.end) for c in countries]
    hits = SpanIndex(countries, key=lambda c: (c.start, c.end))  # the same countries, asked of every word
    # Looked up by bisection, not by a scan per name (an article naming hundreds of people): the
    # sentences' starts, and, when the mentions come in order of their starts, the first one that
    # can end inside the name's sentence.
    starts = sorted(s for s, e in sents)
    ordered = all(a.start <= b.start for a, b in zip(mentions, mentions[1:]))
    m_starts = [x.start for x in mentions]
    longest = max((x.end - x.start for x in mentions), default=0)
    for idx, m in enumerate(mentions):
        k = bisect_right(starts, m.start)
        sent_start = starts[k - 1] if k else 0
        while sent_start > 0 and _ABBR_END.search(text, max(0, sent_start - 12), sent_start):
            # "Rear Adm. Kim": the sentence splitter ended a sentence at the abbreviation's stop.
            k = bisect_left(starts, sent_start)
            sent_start = starts[k - 1] if k else 0
        while sent_start > 0 and ((hard_wrap(text, nl := text.rfind("\n", 0, sent_start)) and not text[nl:sent_start].strip())
                                  or paragraph_wrap(text, sent_start)):
            # "… the Defence Minister of India" / "Rajnath Singh said …": the splitter ended a sentence at a
            # hard line wrap of a page printed in lines; the office before the break is the name's.
            k = bisect_left(starts, sent_start)
            sent_start = starts[k - 1] if k else 0
        lo = bisect_left(m_starts, sent_start - longest, 0, idx) if ordered else 0
        prev_end = max([x.end for x in mentions[lo:idx] if sent_start < x.end <= m.start
                        and not inside_office(toks, x, m, spans)] + [sent_start])
        before = nlp.tokens_within(toks, prev_end, m.start)
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
            _context_ru(m, before, hits, text)
            apposition_ru(m, nlp.tokens_from(toks, m.end, 16), countries)
            if m.country is None and m.role_text and (own := _STATE_FORCES_RU.search(m.role_text)):
                m.country = _STATE_FORCES_RU_CODE[own.group(0).casefold()]  # «Начальник Генштаба ВСУ X»
        else:
            context_en(text, m, before, toks, hits)
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
                and not any(in_spans(t, [(c.start, c.end) for c in countries]) for t in before)):
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
    _bracketed_states(text, mentions, countries)
    _delegation_and_companions(text, lang, mentions, countries, sents)
    _respectively(text, mentions, countries, sents)
    if lang == "ru":
        _interleaved_ru(text, mentions, countries)
        _plural_office_ru(text, mentions, countries)
    else:
        _list_apposition_en(text, mentions, countries)
    for a, b in zip(mentions, mentions[1:]):
        # "с коллегами - Вагифом Алиевым и генерал-майором Петром Орловым": the list goes on (our own example).
        if a.counterpart and LIST_GAP.fullmatch(_list_gap(text, a, b)):
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
        if LIST_GAP.fullmatch(gap) and not text[b.end:b.end + 1].isalpha():
            bare.cue = True


# A state's armed service named without the state's name or adjective: its person serves that state.
# ("Royal Navy of Oman" is Oman's: the name with "of" after it is not the British one.)
_SERVICE_STATES = (
    (r"Royal[ \t]+Navy|Royal[ \t]+Air[ \t]+Force|RAF|Royal[ \t]+Marines|British[ \t]+Army|Ministry[ \t]+of[ \t]+Defence[ \t]+\(MoD\)", "GB"),
    (r"Bundeswehr|бундесвер\w*", "DE"),
    # (the offices only one state has: Ireland's head of government and his deputy, its parliament)
    (r"Taoiseach|T[áa]naiste|Oireachtas|D[áa]il|Тишах\w*|Танашт\w*", "IE"),
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
def _bracket_state_at(text: str, end: int, countries: list[CountryHit]):
    """The state named alone in brackets right after a name ("X (Sweden)", «X (Швеция)»), or None."""
    o = re.match(r"[ \t]*\([ \t]*", text[end:end + 4])
    if not o:
        return None
    c = next((c for c in countries if c.start == end + o.end()), None)
    return c if c is not None and re.match(r"[ \t]*\)", text[c.end:c.end + 3]) else None


def _bracketed_states(text: str, mentions: list[NameMention], countries: list[CountryHit]) -> None:
    """"Defence ministers A (Sweden), B (Finland) and C (Denmark)": the state in brackets right after a
    name is that name's, never the start of the next name's phrase."""
    for m in mentions:
        c = _bracket_state_at(text, m.end, countries)
        if c is not None:
            m.country, m.country_weak = c.code, None


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
        bracket = _bracket_state_at(text, a.end, countries)
        if bracket is not None:  # («министры обороны A (Швеция), B (Финляндия) и C (Дания)»)
            gap = text[text.index(")", bracket.end) + 1:b.start]
            if not LIST_GAP.fullmatch(gap):
                continue
        elif state is not None:
            gap = text[a.end:state.start] + " " + text[state.end:b.start]
            if not re.fullmatch(r"[ \t]*(?:,[ \t]*(?:и[ \t]+)?|и[ \t]+)[ \t]+", gap):
                continue
        elif not LIST_GAP.fullmatch(gap):
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


#: The initials of armed forces that name their state inside an office: «ВСУ», «ЗСУ» (Ukraine), «НОАК» (China),
#: «ЦАХАЛ» (Israel). «ВС РФ» is written with the state's own initials and is read as a country already.
_STATE_FORCES_RU_CODE = {"всу": "UA", "зсу": "UA", "ноак": "CN", "цахал": "IL"}
_STATE_FORCES_RU = re.compile(r"(?<![\w-])(?:ВСУ|ЗСУ|НОАК|ЦАХАЛ)(?![\w-])")


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


_ABBR_END = re.compile(r"\b(?:" + "|".join(sorted(RANK_ABBR | {"rear", "vice", "dr", "mr", "mrs", "ms", "prof", "hon"}, key=len, reverse=True))
                       + r")\.\s*$|\((?:res|ret|retd|rtd)\.\)?\s*$", re.IGNORECASE)
PLURAL_HEAD = re.compile(r"\b(Minister|Chief|Commander|Ambassador|Head|President|Director|Министр)s\b|\bSecretaries\b")


#: Between two countries of a list: the names' gap, and "the" before a state's name ("Brunei and the Philippines").
_COUNTRY_GAP = re.compile(LIST_GAP.pattern + r"(?:the[ \t]+)?")


def _respectively(text: str, mentions: list[NameMention], countries: list[CountryHit], sents) -> None:
    """A list of k countries right before a list of k names gives them in order: "the defence
    ministers of Azerbaijan, Turkey and Georgia, Zakir Hasanov, Yasar Guler and Irakli Chikovani",
    "министры обороны России, Беларуси и Казахстана Сергей Шойгу, Виктор Хренин и Нурлан
    Ермекбаев". The office the list shares goes to every name that has none."""
    i = 0
    while i < len(mentions):
        j = i
        while j + 1 < len(mentions) and LIST_GAP.fullmatch(_list_gap(text, mentions[j], mentions[j + 1])):
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
                m.role = PLURAL_HEAD.sub(lambda x: x.group(1) or "Secretary", shared.role)
                m.role_text = shared.role_text
        if shared is not None:
            shared.role = PLURAL_HEAD.sub(lambda x: x.group(1) or "Secretary", shared.role)


_LIST_APPOSITION = re.compile(r"[ \t]*,[ \t]*(?:the[ \t]+)?((?:[\w-]+[ \t]+){0,3}?(?:ministers|chiefs|commanders|ambassadors|secretaries|heads)"
                              r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+){0,2}?(?:defen[cs]e|staff|affairs))?)[ \t]+of[ \t]+")


def _list_apposition_en(text: str, mentions: list[NameMention], countries: list[CountryHit]) -> None:
    """"A and B, the defence ministers of Chile and Peru (respectively)": a plural office with a
    list of states after a list of names gives them in order, with the office in the singular."""
    i = 0
    while i < len(mentions):
        j = i
        while j + 1 < len(mentions) and LIST_GAP.fullmatch(_list_gap(text, mentions[j], mentions[j + 1])):
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
        office = _singular_head(office_title_case(ap.group(1)))
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
        if words and PLURAL_HEAD.fullmatch(words[k]):
            words[k] = PLURAL_HEAD.sub(lambda x: x.group(1) or "Secretary", words[k])
            break
    return " ".join(words)


def apposition_ru(m: NameMention, after, countries) -> None:
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
_HONORIFIC_BEFORE = HONORIFIC_INSIDE | {"seri", "sri", "tan", "tun", "toh", "puan", "sir", "hon", "honourable",
                                         "honorable", "sheikh", "sheik", "sayyid", "ratu", "haji", "hajji", "pehin",
                                         "datu", "prince", "princess", "'", "’", "rt", "right",
                                         "professor", "academician", "профессор", "академик", "доцент"}


_RETIRED = {"retd", "rtd", "ret", "retired", "retd.", "rtd.", "ret.", "(", ")", "в", "отставке", "запасе",
            # a reservist: "Maj. Gen. (res.) X" (the Israeli usage)
            "res", "res.", "reserve", "reserves",
            # Pakistan's "Lt Gen (R) X"
            "r"}


def _skip_honorifics(before, i: int) -> int:
    while i > 0 and ((before[i - 1].low == "the" and i < len(before) and before[i].low in ("rt", "right", "hon", "honourable", "honorable"))
                     or before[i - 1].low in _HONORIFIC_BEFORE or (before[i - 1].low.endswith(".") and before[i - 1].low[:-1] in _HONORIFIC_BEFORE)
                     or (before[i - 1].text == "." and i > 1
                                                                  and before[i - 2].low in _HONORIFIC_BEFORE)):
        i -= 1
    # "General (Retd) Abdul Karim", "Brig. Gen. (ret.) Jane Roe": the retired marker between the
    # rank and the name.
    k = i
    if k > 0 and before[k - 1].text in (")", "]"):
        k -= 1
        while k > 0 and (before[k - 1].low.rstrip(".") in _RETIRED or before[k - 1].text == ".") and before[k - 1].text not in ("(", "["):
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
            if any(t.low in lexicon()["heads"] for t in before[k + 1:i]):
                return i  # "the two ministers, which was attended by the Chief of Staff …, General X": the clause's own office
            if k >= 2 and before[k - 2].low in lexicon()["chain"] and before[k - 2].low not in SMALL_WORDS:
                return k - 1
            return i
        k -= 1
    return i


# Offices written as their initials before a name.
_ACRONYM_OFFICE = {"CDS": "Chief of Defence Staff", "COAS": "Chief of Army Staff", "CNS": "Chief of Naval Staff",
                   "CAS": "Chief of Air Staff", "CGS": "Chief of the General Staff", "NSA": "National Security Advisor",
                   "CJCS": "Chairman of the Joint Chiefs of Staff", "CJCSC": "Chairman of the Joint Chiefs of Staff Committee",
                   "DM": "Defence Minister", "FM": "Foreign Minister", "PM": "Prime Minister", "VP": "Vice President",
                   # (round 17) Kenya's "CS Tuya", "Defence CS Aden Duale", "PS Patrick Mariru"; "CDF"
                   "CS": "Cabinet Secretary", "PS": "Principal Secretary", "CDF": "Chief of Defence Forces"}
#: The ministry before an office's initials: "Defence CS X" is the Defence Cabinet Secretary.
_PORTFOLIO_WORDS = {"defence", "defense", "foreign", "interior"}
_POSTED_TO = {"ambassador", "envoy", "attaché", "attache", "representative", "consul", "consul-general", "charge", "chargé"}


_SERVICE_BEFORE_RANK = (("air", "force"), ("space", "force"), ("marine", "corps"), ("coast", "guard"), ("army",), ("navy",))


def _proper_word(t, countries, lex) -> bool:
    """A capitalised word that is no office word, no state, no function word and no English noun:
    the proper name of a company or body ("Hanwha", "Airbus"). A word in capitals is a credit or
    initials ("KAZINFORM Defense Minister of Kazakhstan"), never taken for one."""
    return (t.text[:1].isupper() and t.text.isalpha() and not t.text.isupper() and t.low not in lex["chain"] and t.low not in english_stop_words()
            and not _is_country_tok(t, countries) and t.low not in _HONORIFIC_BEFORE and t.low not in english_nouns()
            and not is_rank_tok(t))


def context_en(text, m: NameMention, before, toks, countries) -> None:
    lex = lexicon()
    i = _skip_honorifics(before, len(before))
    if i >= 3 and before[i - 1].text == ")" and before[i - 3].text == "(" and re.fullmatch(r"[A-Z]{2,5}", before[i - 2].text):
        i = _skip_honorifics(before, i - 3)  # "Defence Cabinet Secretary (CS) Soipan Tuya": the office's initials
    # Rank right before the name (longest match).
    for n in (6, 5, 4, 3, 2, 1):  # "Rear Admiral (Lower Half)"
        if i - n < 0:
            continue
        key = tuple(t.low.replace("-", " ") for t in before[i - n:i])
        key = tuple(x for w in " ".join(key).split() if w != "." for x in RANK_WORD.get(w.rstrip("."), w).split())
        if not key:
            continue
        if key in lex["ranks_en"] and key[:1] == ("army",) and len(key) == 2 and i - n - 1 >= 0\
                and (_is_country_tok(before[i - n - 1], countries) or before[i - n - 1].low in ("the", "of")):
            continue  # "Chief of Staff of the Pakistan Army General X": the state's army, then the rank General
        if key in lex["ranks_en"] and ((key[:2] == ("army", "corps") and i - n - 1 >= 0 and before[i - n - 1].low in ("the", "of"))
                                       or (key[:1] == ("corps",) and i - n - 2 >= 0 and before[i - n - 1].low == "army"
                                           and before[i - n - 2].low in ("the", "of"))):
            continue  # "Commander of the Army Corps General X": the corps commanded, then the rank General
        if key in lex["ranks_en"] and key[:1] == ("corps",) and i - n - 1 >= 0 and before[i - n - 1].text[:1].isupper()\
                and before[i - n - 1].low not in ("army", "air"):
            continue  # "US Marine Corps General X": a service named '… Corps', then the rank General
        if key in lex["ranks_en"] and key[0] == "staff" and i - n - 1 >= 0 and before[i - n - 1].low == "of":
            continue  # "Chief of Staff Lieutenant General X": "Staff" ends the office, the rank is what follows
        if key in lex["ranks_en"]:
            if key[0] == "general" and i - n - 1 >= 0 and before[i - n - 1].low in ("secretary", "attorney", "inspector", "consul", "governor", "director", "surgeon")\
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
                if i - k >= 0 and tuple(t.low for t in before[i - k:i]) == svc and before[i - k].text[:1].isupper()\
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
        a = joined_complement_start(before, j, english_stop_words().__contains__)
        if a is not None:
            j = a  # "Minister of Defence and Military Production General X": both halves of the office
            continue
        if (t.low == "to" and j + 1 < i and j >= 2 and before[j].low == "the" and before[j + 1].low in lex["chain"]
                and before[j + 1].text[:1].isupper() and before[j - 2].low in ("delegate", "adviser", "advisor", "assistant", "counsellor")):
            j -= 1  # "Minister Delegate to the Prime Minister", "Adviser to the President": one office
            continue
        if t.low == "in" and j < i and before[j].low == "charge" and j + 1 < i and before[j + 1].low == "of":
            j -= 1  # "Minister Delegate in charge of the National Defence Administration": one office
            continue
        if t.low == "war" and j < i and before[j].low == "veterans":
            j -= 1  # "Minister of Defence and War Veterans Affairs": "war" only inside the veterans' office
            continue
        if (t.text == ")" and j >= 3 and before[j - 3].text == "(" and before[j - 2].text.isupper()
                and before[j - 2].text.isalpha() and (j < i or comma or m.rank)):
            # "Department of National Defense (DND) Secretary": the body's initials inside the office; "the
            # Commander of the Indonesian National Armed Forces (TNI), General X": at its end, before the comma
            j -= 3
            continue
        if (t.low in ("to", "in", "at") and j < i and j >= 2
                and (_is_country_tok(before[j], countries) or INTERNATIONAL.fullmatch(before[j].text))
                and any(x.low in _POSTED_TO for x in before[max(0, j - 8):j - 1])):
            j -= 1  # "the Japanese Ambassador to Bangladesh": the post's country inside the office
            continue
        # The proper name of a region or body inside the office, after "for"/"of" ("Special
        # Representative for the Andes Region", "Commander of Kilo Company"): up to three
        # capitalised words.
        k = j
        while k > 0 and j - k < 5 and before[k - 1].text[:1].isupper() and before[k - 1].low not in english_stop_words():
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
        if k > 0 and before[k - 1].low in _PORTFOLIO_WORDS and m.role in ("Cabinet Secretary", "Principal Secretary"):
            m.role = f"{before[k - 1].text.capitalize()} {m.role}"
            m.role_text = f"{before[k - 1].text} {m.role_text}"
            k -= 1
        while k > 0 and (before[k - 1].text in ("’s", "'s") or _is_country_tok(before[k - 1], countries)):
            k -= 1
        if k < i - 1:
            m.country = _country_in(countries, before[k].start, before[i - 1].start)
    chain = before[j:i]
    if comma and not any(t.low in lex["heads"] or t.low in ("counterpart", "colleague", "counterparts", "colleagues")
                         or PLURAL_HEAD.fullmatch(t.text.capitalize()) for t in chain):
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
            role = re.sub(r"[ \t]*\([A-Z]{2,6}\)$", "", role)  # "… Armed Forces (TNI)": the body's initials end no office
            # "Pakistan Army's Chief of Staff": the service's office, "Army Chief of Staff" (Chief of Army Staff)
            role = re.sub(r"^((?i:army|navy|air[ \t]+force|marine[ \t]+corps))['’]s[ \t]+", r"\1 ", role)
            m.role_text = role
            m.role = _singular_head(office_title_case(role))
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
        d = re.search(r"(\b\w+(?:['’]s)?\s+(?:military\s+|defen[cs]e\s+)?delegation\b[^.;]{0,70}?)\b(?:led|headed)\s+by\s*$", pre)
        if d is None and re.search(r"\b(?:led|headed)\s+by\b[^.;]*$", pre):
            # the second clause with its verb elided: "… was led by General X and the Kenyan delegation by General Y"
            d = re.search(r"\b(?:and|while|whereas)\s+(?:the\s+)?(\w+(?:['’]s)?\s+(?:military\s+|defen[cs]e\s+)?delegation)"
                          r"\s+by\s*$", pre)
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
        d = re.search(r"([^.;!?\n]*?)\b(?:was|were|is|are|been)?[ \t]*accompanied[ \t]+by(?:[ \t]+(?:the|his|her|their))?[ \t]*$", pre, re.I) \
            if "accompanied" in pre.lower() else None  # (a gate: the pattern tries every start of the 120 characters)
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
        nxt = nlp.tokens_from(toks, m.end, 4)
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
    after = nlp.tokens_from(toks, m.end, 16)
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
            if verb and lows[k0:k0 + 1] == ["also"]:
                k0 += 1  # ", who is also Minister of Defence"
        if after[0].text == "," and lows[1:2] in (["and"], ["or"], ["и"]):
            k0 = len(after)  # ", and the Egyptian Chief of Staff attended": the next of a list, no apposition
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
        while app and app[-1].low in SMALL_WORDS:
            app = app[:-1]
        closed = (",", ".", ";", ")") if after[0].text == "(" else (",", ".", ";")
        if app and any(t.low in lex["heads"] for t in app) and (k == len(after) or after[k].text in closed or after[k].low in ("in", "at", "on", "who")
                                                                 or (after[k].text.islower() and inflected_verb(after[k].text))):
            role = _clean_role_en(text, app, countries)
            if role and not m.role:
                m.role_text = role
                m.role = office_title_case(role)
            elif (role and lows[1:2] == ["who"] and "also" in lows[2:5] and office_title_case(role).casefold() not in m.role.casefold()
                  and not m.counterpart):
                # "President X, who is also Minister of Defence": the second office held, after the first
                m.role = f"{m.role}, {office_title_case(role)}"
                m.role_text = f"{m.role_text or m.role}, {role}"
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
    nouns = english_nouns()

    def plain_noun(t) -> bool:
        return (t.text.isalpha() and t.text.islower() and t.low not in english_stop_words()
                and (not nouns or t.low in nouns) and not inflected_verb(t.text))

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
    m.role = office_title_case(f"{_HOLDER[w.group(1).casefold()]} of the {body}")
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
    if not (t.text.isalpha() and t.text.islower()) or t.low in _IRREGULAR_VERBS or t.low in english_stop_words():
        return False
    if inflected_verb(t.text) and not (t.low.endswith("ing") and k + 1 < len(after)
                                        and after[k + 1].low in lex["chain"] and after[k + 1].low not in SMALL_WORDS
                                        and after[k + 1].low not in ("his", "her", "their", "its", "the")):
        return False  # "presented the budget" ends the office; "planning department" is in it
    return any(x.low in lex["heads"] for x in after[1:k])


def _body_name_after_head(after, k: int, lex) -> bool:
    """Inside an office named after the name, the proper name of the body it heads ("commander of
    the Royal New Zealand Navy", "chief of the Estonian Defence League"): a capitalised word after
    "of"/"for" (and "the"), or after another such word, once the office's head word was said."""
    def proper(w) -> bool:  # "Royal", "Defence", "1st" ("the 1st Army Corps"), "Indo-Pacific", "US"
        if (len(w.text) > 1 and w.text.isupper() and w.text.isalpha()) or re.fullmatch(r"(?:[A-Z]\.){2,}", w.text):
            return True  # an acronym, even one spelt like a small word ("US")
        return ((w.text[:1].isupper() and (w.text.isalpha() or bool(re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)+", w.text))))
                or bool(re.fullmatch(r"\d{1,3}(?:st|nd|rd|th)?", w.low))) and w.low not in english_stop_words()

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
    return [c for c in countries if start <= c.start and c.end <= end and not any(a <= c.start and c.end <= b for a, b in spans)]


_BODY_WORDS = {"committee", "commission", "council", "subcommittee"}  # "committee on defence"


def _state_given_name(word: str) -> bool:
    """A state's name that is a given name too ("Jordan", "Chad"), read as a state only by what stands around it."""
    from generator.reference.countries import index

    cx = index()
    if not hasattr(cx, "shape_en"):
        cx.find("", "en")
    return word in cx.shape_en


def _is_country_tok(t, countries) -> bool:
    if isinstance(countries, SpanIndex):
        return countries.covers(t.start, t.end)
    return any(c.start <= t.start and t.end <= c.end for c in countries)


#: The words an article inside an office follows ("Chief of the …", "… and the Armed Forces", "His Majesty the King").
_SERVICE_WORDS = {"the", "army", "navy", "air", "force", "forces", "armed", "defence", "defense", "national", "guard",
                  "military", "naval", "land", "ground", "marine", "corps"}
_BEFORE_INNER_THE = {"of", "for", "to", "and", "in", "at", "on", "with", "from", "by", "majesty", "highness", "excellency",
                     "'s", "’s"}


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
        while len(ws) > 2 and ws[0].low in ("former", "ex", "then") and _is_country_tok(ws[1], countries):
            ws = [ws[0], *ws[2:]]  # "Former US envoy": the country qualifier after "former" goes as well
            changed = True
        if ws and (ws[0].text == "(" or not any(ch.isalnum() for ch in ws[0].text)):
            # A dateline's credit before the office: "(KW) -- Georgian Defence Minister", "(Trend) –":
            # a bracketed group or a dash opens no office.
            k = next((x for x, t in enumerate(ws) if t.text == ")"), None) if ws[0].text == "(" else 0
            if k is not None:
                ws = ws[k + 1:]
                changed = True
    # A style of address before the office ("greetings to His Majesty King", "Her Royal Highness Crown
    # Princess"): the office starts after the style; words before it are the sentence's, not the office's.
    style = next((x for x in range(len(ws) - 2, -1, -1) if ws[x].low in ("majesty", "highness", "excellency")
                  and any(t.low in lex["heads"] for t in ws[x + 1:])
                  and not any(t.low in lex["heads"] for t in ws[:x])), None)
    # ("Director of the Office of His Majesty the King", "Advisor to His Majesty": the style inside the office)
    if style is not None:
        ws = ws[style + 1:]
    # A body or a place before "the <office>" with no preposition between ("at the Ministry the Argentine
    # Minister of Defence X", "Ministry of National Defence the Assistant Minister …"): the office starts
    # after the article; "Chief of the General Staff", "Minister of Defence and the Armed Forces" keep theirs.
    cut = next((x for x in range(len(ws) - 2, 0, -1) if ws[x].low == "the" and ws[x - 1].text[:1].isalnum()
                and ws[x - 1].low not in _BEFORE_INNER_THE
                and any(t.low in lex["heads"] for t in ws[x + 1:])), None)
    if cut is not None:
        ws = ws[cut + 1:]
        while ws and _is_country_tok(ws[0], countries):
            ws = ws[1:]
    # "the Minister of Defence of Azerbaijan and Georgia's minister of defence X": after "and", a state's
    # possessive opens X's own office (the first office, of another state, has no name of its own).
    own = next((x for x in range(len(ws) - 2, 0, -1) if ws[x].text in ("'s", "’s") and ws[x - 1].low != "and"
                and _is_country_tok(ws[x - 1], countries) and x >= 2 and ws[x - 2].low == "and"
                and any(t.low in lex["heads"] for t in ws[x + 1:])), None)
    if own is not None:
        ws = ws[own + 1:]
    # "Defence Minister of Jordan" before the name "Yousef Huneiti": a state that is also a given name, which the
    # country finder leaves out before a capitalised word, ends no office.
    if len(ws) >= 3 and ws[-2].low == "of" and _state_given_name(ws[-1].low) and ws[-1].end < len(text) and text[ws[-1].end:ws[-1].end + 2].strip()[:1].isupper():
        ws = ws[:-2]
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
    # "Chief of the Army Staff of the Indian Army", "Chief of Army Staff of the Bangladesh Army": the state's
    # service after an office that already names that service qualifies it like the state's name does; the
    # office ends before it ("Chief of the General Staff of the Turkish Armed Forces" keeps its words, as the
    # gold writes it).
    svc = next((x for x in range(len(ws) - 2, 1, -1) if ws[x].low == "of"
                and any(_is_country_tok(w, countries) for w in ws[x + 1:])
                and all(_is_country_tok(w, countries) or w.low in _SERVICE_WORDS for w in ws[x + 1:])
                and ws[-1].low in _SERVICE_WORDS and any(t.low in lex["heads"] for t in ws[:x])
                and ws[-1].low in {t.low for t in ws[:x]}), None)
    if svc is not None:
        ws = ws[:svc]
    while len(ws) > 1 and not style_as_complement(ws, len(ws) - 1)\
            and (ws[-1].low.rstrip(".") in ("h", "e", "he", "hon") or ws[-1].low in _HONORIFIC_BEFORE or ws[-1].text == "."):
        ws = ws[:-1]  # "Minister of State for Defence Affairs H E Khalid …": the honorific is not the office
    if not ws or not any(t.low in lex["heads"] or PLURAL_HEAD.fullmatch(t.text.capitalize()) for t in ws):
        return None
    if len(ws) > 1 and ws[0].low in ("former", "ex", "then") and text[ws[0].end:ws[1].start].strip():
        return text[ws[0].start:ws[0].end] + " " + text[ws[1].start:ws[-1].end]  # ("Former US envoy": Former Envoy)
    return text[ws[0].start:ws[-1].end]



def _own_clause_ru(window) -> int:
    """Where the name's own phrase starts in the words before it: after the last finite verb or
    sentence end ("Министр обороны Беларуси встретился с генералом X": the minister is the
    subject, not X's office; only "генералом" is X's)."""
    from generator.nlp.analysis import morph

    for i in range(len(window) - 1, -1, -1):
        t = window[i].text
        if t in (".", "!", "?", ";") or (CYRILLIC.search(t) and t.islower() and morph().parse(t.casefold())[0].tag.POS == "VERB"):
            return i + 1
    return 0


@lru_cache(maxsize=4096)
def _preposition_ru(word: str) -> bool:
    """A Russian word read first as a preposition ("после", "После", "при", "для")."""
    if not CYRILLIC.search(word) or not word[1:].islower():
        return False
    return nlp.morph().parse(word.casefold())[0].tag.POS == "PREP"


def _context_ru(m: NameMention, before, countries, an_text: str = "") -> None:
    lex = lexicon()
    window = before[-14:]
    if len(window) >= 3 and window[-1].text == ")":
        # "генерал-полковник (в отставке) Иван Петров": the retired mark between the rank and the name
        k = len(window) - 2
        while k > 0 and window[k].text != "(" and window[k].low.rstrip(".") in _RETIRED:
            k -= 1
        if window[k].text == "(" and k < len(window) - 2:
            window = window[:k]
    while len(window) > 1 and window[-1].low in ("профессор", "академик", "доцент", "профессора", "академика",
                                                  "профессором", "академиком", "профессору", "академику"):
        window = window[:-1]  # "главный советник профессор Мухаммад Юнус": the academic title between office and name
    window = window[_own_clause_ru(window):]
    # ("после" is also "посол" in the prepositional case: a preposition reads as itself, never an office)
    lem = [frozenset({t.text.casefold()}) if _preposition_ru(t.text) else nlp.lemmas(t.text) for t in window]
    if any("коллега" in x for x in lem[-3:]):
        m.counterpart = True  # "со своим узбекским коллегой X"

    # (the countries the window's words can be in: asked for every office word at every place)
    near = [c for c in countries if window and c.end > window[0].start and c.start < window[-1].end]

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
            while skip_countries and k and j < len(window) and word not in lem[j] and _is_country_tok(window[j], near):
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
        if val in ("Ambassador", "Ambassador Extraordinary and Plenipotentiary", "Military Attaché", "Special Representative"):
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


# An office of an international body: its holder serves no state ("NATO Secretary General").
# (and the multinational missions and forces those bodies send: "Force Commander of the African Union Transition
# Mission in Somalia", "head of the UN peacekeeping mission", "командующий миротворческими силами ОДКБ")
INTERNATIONAL = re.compile(r"\b(?:NATO|UN|EU|OSCE|CSTO|CIS|SCO|ASEAN|AU|ECOWAS|SADC|IGAD|United Nations|European Union|African Union|"
                           r"AMISOM|ATMIS|AUSSOM|MINUSMA|MINUSCA|MONUSCO|UNIFIL|UNMISS|UNDOF|UNFICYP|KFOR|EUFOR|EUTM|EUNAVFOR|ISAF|"
                           r"НАТО|ООН|ОДКБ|СНГ|ШОС|ОБСЕ|АС|Африканского[ \t]+союза|Евросоюза|Европейского[ \t]+союза)\b"
                           r"|(?i:\bpeace-?keeping[ \t]+(?:mission|force)s?\b|\bmultinational[ \t]+(?:force|mission)s?\b|миротвор\w*)")


def _international_office(office: str) -> bool:
    """The office is held in an international body ("CSTO Secretary General", "Генеральный
    секретарь ОДКБ", "UN Under-Secretary-General"), not for a state sending someone to it ("the
    Turkish Ambassador to NATO", "Permanent Representative to the UN")."""
    if not INTERNATIONAL.search(office):
        return False
    return not re.search(r"(?i)\b(?:ambassador|envoy|representative|(?:permanent|diplomatic)[ \t]+mission|mission[ \t]+(?:of|to)|delegation|"
                         r"посол|представител\w*|делегаци\w*)\b", office)


_APPOSED_INTL = re.compile(r"[ \t]*[,(–—-][^,.;()\n]{1,90}")


def international(text: str, p) -> bool:
    """The person's office is in an international body or a multinational mission, as read or as written
    in the apposition right after a name ("X, the ATMIS Force Commander,"): no host's state is theirs."""
    if INTERNATIONAL.search(p.role_text or p.role or ""):
        return True
    return any((a := _APPOSED_INTL.match(text, e)) and INTERNATIONAL.search(a.group()) for _, e in p.spans)


_SUBJECT_OFFICE = re.compile(r"[\s\"“]*The[ \t]+((?:[\w'’-]+[ \t]+){1,8}?)(?:has[ \t]+|had[ \t]+|was[ \t]+|is[ \t]+|will[ \t]+|also[ \t]+|then[ \t]+)?"
                             r"(?:arrived|went|came|met|made|began|held|flew|paid|travel+ed|visited|opened|toured|landed|started)\b")


def subject_office(text: str, lang: str, sents, outs: list, countries: list[CountryHit]) -> list:
    """"The French Minister for the Armed Forces arrived in Canberra on Monday. Pierre Dupont toured the
    base": a sentence whose subject is an office with no name, and the next sentence opening with a name
    the text gives no office: the name is that office's holder (and of its state). Not when the first
    sentence names anyone, nor for a bare head ("The minister arrived")."""
    from dataclasses import replace

    if lang != "en":
        return outs
    lex = lexicon()
    out = list(outs)
    spans = sorted((a, p.key) for p in out for a, _ in p.spans)
    for k, p in enumerate(out):
        if p.role or not p.spans:
            continue
        st = min(a for a, _ in p.spans)
        idx = next((i for i, (s, e) in enumerate(sents) if s <= st < e), None)
        if not idx or text[sents[idx][0]:st].strip(" \t\n\"“"):
            continue
        ps, pe = sents[idx - 1]
        if any(ps <= a < pe for a, _ in spans) or text[pe:sents[idx][0]].count("\n") > 1:
            continue
        m = _SUBJECT_OFFICE.match(text, ps, pe)
        if not m:
            continue
        a, b = m.span(1)
        words = [w for w in re.finditer(r"[\w'’-]+", text[a:b])
                 if not any(c.start <= a + w.start() < c.end for c in countries)]
        first = next((i for i, w in enumerate(words) if w.group().casefold() in lex["heads"] or w.group().casefold() in lex["chain"]), None)
        if first is None or first != 0 or len(words) < 2:
            continue
        if not all(w.group().casefold() in lex["chain"] or w.group().casefold() in ("armed", "forces") for w in words):
            continue
        if not any(w.group().casefold() in lex["heads"] for w in words):
            continue
        office = text[a + words[0].start():a + words[-1].end()]
        state = {c.code for c in countries if a <= c.start < b}
        if p.country and state and p.country not in state:
            continue  # "The French Minister … arrived. Tore Sandvik, the Norwegian minister, welcomed her": the host
        out[k] = replace(p, role=office_title_case(office), role_text=office,
                         country=p.country or (state.pop() if len(state) == 1 else None))
    return out


def _named_apart(text: str, start: int, end: int, spans) -> bool:
    """The person is named later in the sentence of the office at ``start``..``end``, not apposed to it
    ("The Swedish Defence Minister was absent, and Sandvik spoke alone"): the office is another's."""
    stop = min(x for x in (text.find(". ", end), text.find("\n", end), len(text)) if x >= 0)
    return any(end <= a < stop and not re.fullmatch(r"[ \t]*[,(–—-][ \t]*", text[end:a]) for a, _ in spans)


def fuller_office(text: str, lang: str, outs: list, countries: list[CountryHit]) -> list:
    """"Minister Tore Sandvik met the troops. The Norwegian Defence Minister praised the army": the one person
    the article names under a bare head ("Minister", "Chief", "Commander") holds the fuller office the
    article writes with that head and no name ("the Norwegian Defence Minister"), and its state when he has
    none. Not when two people share the bare head, nor when another person holds an office with that head."""
    from dataclasses import replace

    if lang != "en":
        return outs
    lex = lexicon()
    out = list(outs)
    bare = {}
    for k, p in enumerate(out):
        if p.role and len(p.role.split()) == 1 and p.role.casefold() in lex["heads"]:
            bare.setdefault(p.role.casefold(), []).append(k)
    taken = [s for p in out for s in p.spans]
    for head, ks in bare.items():
        others = [p for i, p in enumerate(out) if i not in ks and p.role and head in p.role.casefold().split()]
        if len(ks) != 1 or others:
            continue
        fuller = set()
        for m in re.finditer(r"\b[Tt]he[ \t]+", text):
            words, pos = [], m.end()
            for w in re.compile(r"([\w'’-]+)[ \t]*").finditer(text, pos):
                if w.start() != pos:
                    break
                in_state = any(c.start <= w.start() < c.end for c in countries)
                if not in_state and w.group(1).casefold() not in lex["chain"]:
                    break
                words.append((w.start(1), w.end(1), in_state))
                pos = w.end()
            while words and (words[-1][2] or text[words[-1][0]:words[-1][1]].casefold() in ("of", "and", "for", "the")):
                words.pop()
            if len(words) < 2 or any(words[0][0] <= s < pos + 2 for s, _ in taken):
                continue
            while words and words[0][2]:
                words.pop(0)  # "the Norwegian Defence Minister": the state is no word of the office
            if len(words) < 2:
                continue
            nxt = re.match(r"[ \t]*([A-Z][\w'’-]*)", text[pos:pos + 40])
            if nxt and not any(c.start == pos + nxt.start(1) for c in countries):
                continue  # the office of a name that follows ("the Defence Minister Tore Sandvik")
            low = [text[a:b].casefold() for a, b, st in words if not st]
            if head not in low or low[0] in ("of", "and", "for"):
                continue
            if low[-1] != head and "of" not in low and "for" not in low:
                continue
            a, b = words[0][0], words[-1][1]
            if _named_apart(text, m.start(), pos, out[ks[0]].spans):
                continue  # "The Swedish Defence Minister was absent, and Sandvik spoke alone": someone else
            state = {c.code for c in countries if m.end() <= c.start < pos}
            if out[ks[0]].country and state and out[ks[0]].country not in state:
                continue  # another state's office: another person
            fuller.add((text[a:b], state.pop() if len(state) == 1 else None))
        if len({canonical_role(f) or f.casefold() for f, _ in fuller}) != 1:
            continue
        office, state = next(iter(fuller))
        k = ks[0]
        out[k] = replace(out[k], role=office_title_case(office), role_text=office, country=out[k].country or state)
    return out

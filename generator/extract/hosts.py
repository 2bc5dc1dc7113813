"""The hosts of a meeting abroad: "In Washington, Armenia's Defence Minister X met Director of
the CIA Y": news style qualifies the visitor and leaves the hosts' offices bare, so the officials
a visitor of another state met in a city are of that city's state (issue 12, round 9)."""

from __future__ import annotations

import re
from dataclasses import replace

from generator.extract import places
from generator.extract.person_roles import INTERNATIONAL, international

_IN_CITY = {"en": re.compile(r"\b(?:[Ii]n|at)[ \t]+([A-Z][\w'’-]+)(?:[ \t]+([A-Z][\w'’-]+))?"),
            "ru": re.compile(r"(?<![\w-])[вВ]о?[ \t]+([А-ЯЁ][\w-]+)(?:[ \t]+([А-ЯЁ][\w-]+))?")}
_MET = {"en": re.compile(r"\b(?:met|meets|received|receives|hosted|held[ \t]+talks|called[ \t]+on|talks[ \t]+with)\b"),
        "ru": re.compile(r"(?i)\b(?:встретил|встречает|встретится|принял|принимает|провел[аи]?[ \t]+переговоры|провёл[ \t]+переговоры)")}

#: The end of a quotation: a speaker named past it ("…in Washington», – added X") is no one met.
_QUOTE_END = re.compile(r"[»”]|\"[ \t]*[,–—-]")


_TO_CITY = {"en": re.compile(r"\b(?:to|in|at)[ \t]+([A-Z][\w'’-]+)(?:[ \t]+([A-Z][\w'’-]+))?"),
            "ru": re.compile(r"(?<![\w-])(?:в|во|на)[ \t]+([А-ЯЁ][\w-]+)(?:[ \t]+([А-ЯЁ][\w-]+))?")}


# ... and after "from", "leaving" («из»): where a sentence is set, also when it is left.
_AT_OR_FROM_CITY = {"en": re.compile(r"\b(?:to|in|at|from|leaving|left)[ \t]+([A-Z][\w'’-]+)(?:[ \t]+([A-Z][\w'’-]+))?"),
                    "ru": re.compile(r"(?<![\w-])(?:в|во|на|из|покинув)[ \t]+([А-ЯЁ][\w-]+)(?:[ \t]+([А-ЯЁ][\w-]+))?")}


def _city_states(seg: str, lang: str, rx=None) -> set[str]:
    """The states of the cities the words name after "to", "in", "at" («в», «на»)."""
    found = set()
    for m in (rx or _TO_CITY)[lang].finditer(seg):
        hit = (places.lookup(f"{m.group(1)} {m.group(2)}", lang) if m.group(2) else None) or places.lookup(m.group(1), lang)
        if hit is not None:
            found.add(hit[1])
    return found


def _city(seg: str, lang: str) -> str | None:
    """The state of the one city the sentence names after "in"/"в" (None when none or several)."""
    rx = _IN_CITY.get(lang)
    if rx is None:
        return None
    found = set()
    for m in rx.finditer(seg):
        hit = places.lookup(f"{m.group(1)} {m.group(2)}", lang) if m.group(2) else None
        hit = hit or places.lookup(m.group(1), lang)
        if hit is not None:
            found.add(hit[1])
    return found.pop() if len(found) == 1 else None


def met_abroad(text: str, lang: str, sents, outs: list) -> list:
    """People with an office or rank but no state, named on one side of the verb of meeting in a
    sentence that names the city of the meeting, with a visitor of another state on the other side
    and none on theirs: the city's state. The registry's word and an international body's office
    outrank this."""
    out = list(outs)
    for s, e in sents:
        seg = text[s:e]
        host = _city(seg, lang)
        verb = _MET[lang].search(seg) if lang in _MET else None
        if host is None or verb is None:
            continue
        at = s + verb.start()
        firsts = {p.key: min((a for a, _ in p.spans if s <= a < e), default=None) for p in out}
        # The sides of the verb that hold a visitor (someone of another state than the city's).
        foreign = {firsts[p.key] > at for p in out if p.country and p.country != host and firsts[p.key] is not None}
        for k, p in enumerate(out):
            f = firsts[p.key]
            if (f is not None and p.country is None and p.known_id is None and (p.role or p.rank)
                    and (not (f > at)) in foreign and (f > at) not in foreign
                    and not _QUOTE_END.search(text[min(f, at):max(f, at)])
                    and not international(text, p)):
                out[k] = replace(p, country=host)
    return out


# The words that put a person on the host's side of a visit: the one a visitor calls on, is received
# by or meets ("called on Prime Minister X", "was also received by President X", "met Secretary X"),
# and in Russian the one who receives («делегацию принял президент X», «встретился с президентом X»).
_HOST_BEFORE = {
    "en": re.compile(r"\b(?:call(?:ed|ing|s)?[ \t]+on|(?:courtesy[ \t]+)?(?:call|visit)[ \t]+(?:on|to)|"
                     r"(?:was|were|been|being|is|are)[ \t]+(?:\w+ly[ \t]+|also[ \t]+|then[ \t]+|later[ \t]+)?"
                     r"(?:received|hosted|welcomed|greeted)[ \t]+by|audience[ \t]+with|"
                     r"met(?:[ \t]+with)?|meets(?:[ \t]+with)?|meeting[ \t]+with|talks[ \t]+with)(?=[ \t])"),
    "ru": re.compile(r"(?i)(?<![\w-])(?:принял[аи]?|принимал[аи]?|принимает|приветствовал[аи]?|"
                     r"(?:встретил(?:ся|ась|ись)?|встреч[аеиу]|переговор\w*|бесед\w*)[ \t]+с(?:о)?|"
                     r"был[аи]?[ \t]+принят[аы]?|нан[её]с\w*[ \t]+визит\w*[ \t]+к)(?=[ \t])"),
}
# ... and the one who receives, named before the verb ("X later received the Russian guests").
_HOST_AFTER = {
    "en": re.compile(r"[ \t]+(?:(?:also|later|then|personally|warmly|first)[ \t]+)?(?:received|hosted|welcomed|greeted|receives|hosts|welcomes)\b"),
    "ru": re.compile(r"(?i)[ \t]+(?:(?:также|затем|лично|тепло)[ \t]+)?(?:принял[аи]?|принимал[аи]?|принимает|приветствовал[аи]?)(?![ \t]+участи)(?![\w-])"),
}
_GAP_STOP = re.compile(r"[.;:!?\n«»\"“”]")


def _title_gap(gap: str, lang: str) -> bool:
    """The words between the verb and the name are the name's office and rank only (no clause of
    their own): short, no stop, no verb."""
    words = re.findall(r"[^\W\d_][\w'’.-]*", gap)
    if len(words) > 12 or _GAP_STOP.search(gap):
        return False
    if lang == "en":
        from generator.extract.name_spans import inflected_verb

        return not any(w.islower() and w not in ("received", "hosted") and inflected_verb(w) for w in words)
    from generator.nlp.analysis import morph

    return not any(w.islower() and morph().parse(w)[0].tag.POS in ("VERB", "INFN") for w in words)


def received_by_host(text: str, lang: str, sents, outs: list, meeting_state: str | None, codes=(),
                     filed: str | None = None) -> list:
    """An official with an office or rank but no state whom a visitor calls on, is received by or meets
    ("In Suva the minister called on Prime Minister X", "The delegation was also received by President
    X", «Делегацию принял президент переходного периода X»), or who receives the visitors ("X later
    received the Russian guests"), in a report of a visit to a city of another state than the
    visitors': the state of the city the sentence names, else of the meeting's city. There must be a
    visitor: someone of another state, or another state the article names (``codes``). A head of state or
    government left bare needs no verb: anywhere on the page of a visit to his state's city, he is the host
    (a foreign one is qualified: "the Russian President"), unless the page is filed from another state
    (``filed``) or his sentence is set in another state's city. The registry's word and
    an international body's office outrank this; the visitor's own side (the subject of "met") is
    never given the host's state."""
    if lang not in _HOST_BEFORE:
        return outs
    out = list(outs)
    others = {p.country for p in out if p.country} | set(codes)
    if any(international(text, p) for p in out):
        others.add("")  # an official of an international body is a visitor of no state
    for k, p in enumerate(out):
        if p.country is not None or p.known_id is not None or not (p.role or p.rank):
            continue
        if international(text, p) or _COMPANY_OFFICE.search(p.role_text or p.role or ""):
            continue  # (a company's officer is of the company's state: ``company_side``)
        for st, en in p.spans:
            s, e = next(((a, b) for a, b in sents if a <= st < b), (0, len(text)))
            host = _city(text[s:e], lang) or meeting_state
            if host is None or not (others - {host}):
                continue
            head = text[s:st]
            # the office and rank written before the name are the gap between the verb and the name
            cue = next((c for c in reversed(list(_HOST_BEFORE[lang].finditer(head)))
                        if _title_gap(head[c.end():], lang)), None)
            if cue is not None and _SYMMETRIC.match(cue.group()) and not _visitor_before(text, s, s + cue.start(), lang, host, out):
                cue = None  # "X met Y": only a visitor's meeting puts Y on the host's side
            after = _HOST_AFTER[lang].match(text, en) or _apposed_then_verb(text, en, e, lang)
            if cue is None and after is None and not (
                    _head_of_state(p) and host == meeting_state
                    # (not on a page filed from another state, whose own head it leaves bare: "BISHKEK -
                    # … arrived in Moscow … on the orders of President Japarov"; nor in a sentence set in
                    # another state's city: "Before leaving Rome he briefed President Mattarella")
                    and (filed is None or filed == host) and not (_city_states(text[s:e], lang, _AT_OR_FROM_CITY) - {host})
                    # (not beside a visitor: "Crosetto thanked Prime Minister Meloni" is of the visitor's side)
                    and not any(q.country and q.country != host and any(s <= a < e for a, _ in q.spans) for q in out)):
                continue
            if _QUOTE_END.search(head[-120:] if cue is None else head[cue.start():]):
                continue
            out[k] = replace(p, country=host)
            break
    return out


#: The heads of a state or government: news style qualifies a foreign one ("the Russian President"), so one
#: left bare on the page of a visit is the host's.
_HEADS_OF_STATE = frozenset({"President", "Prime Minister", "Vice President", "King", "Queen", "Emir", "Sultan",
                             "Emperor", "Crown Prince", "Head of the Transition", "Chancellor", "Taoiseach"})


def _head_of_state(p) -> bool:
    from generator.reference.offices import canonical_role

    return canonical_role(p.role) in _HEADS_OF_STATE


def _apposed_then_verb(text: str, end: int, sent_end: int, lang: str):
    """"X, the country's transition president, received the guests": the verb after one apposition."""
    a = re.match(r"[ \t]*,[^,.;\n]{1,90},", text[end:sent_end])
    return _HOST_AFTER[lang].match(text, end + a.end()) if a else None


_SYMMETRIC = re.compile(r"(?i)met|meet|talks|встрет|встреч|переговор|бесед")
_VISITOR_WORD = {"en": re.compile(r"(?i)\b(?:he|she|they|(?:the|a)[ \t]+(?:[\w-]+[ \t]+){0,3}(?:minister|secretary|delegation|visitors?|guests?|"
                                 r"general|admiral|chief|commander|envoy))\b"),
                 "ru": re.compile(r"(?i)(?<![\w-])(?:он|она|они|министр\w*|делегаци\w*|гост[ьяие]\w*|генерал\w*|адмирал\w*)(?![\w-])")}


def _visitor_before(text: str, s: int, at: int, lang: str, host: str, outs: list) -> bool:
    """Before the verb of meeting, the visitor: someone or a state's name or adjective of another
    state than the host's, or an unnamed subject ("He", "The minister", "the delegation") when no
    one of the host's or of no state is named there."""
    from generator.reference.countries import index

    def object_of_cue(a: int) -> bool:  # "He called on President X and met …": X is met, not meeting
        return any(_title_gap(text[c.end() + s:a], lang) for c in _HOST_BEFORE[lang].finditer(text[s:a]))

    named = [p for p in outs if any(s <= a < at and not object_of_cue(a) for a, _ in p.spans)]
    if any((p.country and p.country != host) or INTERNATIONAL.search(p.role_text or p.role or "") for p in named):
        return True
    if any(h.code != host for h in index().find(text[s:at], lang)):
        return True
    return not named and bool(_VISITOR_WORD[lang].search(text, s, at))


# The visitor's side of a visit abroad or of a pair of counterparts, after the name: "X travelled to
# Bogota", "X paid a visit to Paris", "X received her Belgian counterpart Y", «X прибыл в Минск»,
# «X встретился со своим бельгийским коллегой».
_VISITS_AFTER = {
    "en": re.compile(r"(?:[ \t]*,[^,.;\n]{1,90},)?[ \t]*,?[ \t]+(?:\w+ly[ \t]+|also[ \t]+|then[ \t]+|later[ \t]+)?"
                     r"(?:travel+ed[ \t]+to|flew[ \t]+to|went[ \t]+to|arrived[ \t]+in|visited|"
                     r"(?:paid|pays|made|makes)[ \t]+(?:an?[ \t]+)?(?:\w+[ \t]+){0,2}visit[ \t]+to|"
                     r"(?:received|met|welcomed|hosted|meets|receives)[ \t]+(?:with[ \t]+)?(?:his|her|their)[ \t]+(?:[\w-]+[ \t]+){0,2}(?:counterparts?|colleagues?))\b"),
    "ru": re.compile(r"(?i)(?:[ \t]*,[^,.;\n]{1,90},)?[ \t]*,?[ \t]+(?:прибыл[аи]?[ \t]+в|посетил[аи]?|"
                     r"(?:встретил(?:ся|ась|ись)|провел[аи]?[ \t]+переговоры|провёл[ \t]+переговоры)[ \t]+со?[ \t]+(?:сво\w+[ \t]+)(?:[\w-]+[ \t]+){0,2}коллег\w*|"
                     r"принял[аи]?[ \t]+(?:сво\w+[ \t]+)(?:[\w-]+[ \t]+){0,2}коллег\w*)(?![\w-])"),
}


def home_side(text: str, lang: str, sents, outs: list, home: str | None, codes=()) -> list:
    """An official with an office or rank but no state who travels to another state or meets a
    counterpart of another state ("The Minister of National Defence, X, travelled to Bogota, where he met
    the Minister of National Defence of Colombia, Y"; "Minister X received her Belgian counterpart Y"):
    of the other side. That is the state the report is filed from (``home``, its dateline's city) when the
    sentence does not name it as the other side; else the one state the article names besides the other
    side's. News style qualifies the foreigners and leaves its own side bare."""
    from generator.reference.countries import index

    if lang not in _VISITS_AFTER:
        return outs
    out = list(outs)
    for k, p in enumerate(out):
        if p.country is not None or p.known_id is not None or not (p.role or p.rank) or not p.spans:
            continue
        if international(text, p):
            continue
        for st, en in p.spans:
            s, e = next(((a, b) for a, b in sents if a <= st < b), (0, len(text)))
            v = _VISITS_AFTER[lang].match(text, en)
            if v is None:
                continue
            # the other side: states named after the verb in the sentence, and the states of people there
            other = {h.code for h in index().find(text[v.start():e], lang)}
            other |= {q.country for q in out if q.country and any(v.start() <= a < e for a, _ in q.spans)}
            other |= _city_states(text[v.start():e], lang)
            if not other:
                continue
            # (a state inside the person's own office is the portfolio's: "Special Representative for Pakistan")
            own = {h.code for h in index().find(p.role_text or p.role or "", lang)}
            # (the one other state must be named as the other side's partner -- "Belgium and the Netherlands",
            # «Литва и Белоруссия» -- not only as a topic: "aid to Ukraine", «ситуацию на Украине»)
            rest = [c for c in dict.fromkeys(codes) if c not in other and c not in own and _paired(text, lang, c, other)]
            state = home if home and home not in other else (rest[0] if len(rest) == 1 else None)
            if state:
                out[k] = replace(p, country=state)
            break
    return out


_PAIR_GAP = re.compile(r"(?i)[ \t]*(?:,|&|/|-|–|—|\band\b|(?<![\w-])и(?![\w-]))[ \t]*(?:the[ \t]+)?")


def _paired(text: str, lang: str, code: str, other: set[str]) -> bool:
    """The state ``code`` is named joined to one of ``other`` by "and", a comma, a slash or a hyphen
    ("Belgium and the Netherlands", "Belgian-Dutch", «Литва и Белоруссия»): the two sides of the pair."""
    from generator.reference.countries import index

    hits = sorted(index().find(text, lang), key=lambda h: h.start)
    # (a run of states joined so is one list: "France, Belgium and the Netherlands" pairs both with the Dutch)
    runs, run = [], []
    for h in hits:
        if run and not _PAIR_GAP.fullmatch(text, run[-1].end, h.start):
            runs.append(run)
            run = []
        run.append(h)
    runs.append(run)
    return any(len(r) > 1 and code in {h.code for h in r} and other & {h.code for h in r} for r in runs)


#: A company's officer ("chief executive of Nordic Arms", "CEO", "managing director", «генеральный директор»).
_COMPANY_OFFICE = re.compile(r"(?i)\b(?:chief[ \t]+executive|ceo|managing[ \t]+director|chief[ \t]+operating[ \t]+officer|"
                             r"(?:chairman|chair|chairwoman)[ \t]+of[ \t]+the[ \t]+(?:management[ \t]+|supervisory[ \t]+|executive[ \t]+)?board|"
                             r"генеральн\w+[ \t]+директор\w*|исполнительн\w+[ \t]+директор\w*)\b")


#: A trade fair, exhibition or air show, where companies of every state stand.
_TRADE_FAIR = re.compile(r"(?i)\b(?:fairs?|exhibitions?|expos?|air[ \t-]?shows?|trade[ \t]+shows?|defen[cs]e[ \t]+shows?|salons?)\b|"
                         r"(?<![\w-])(?:выставк\w*|салон\w*|ярмарк\w*|авиашоу)(?![\w-])")


def company_side(text: str, lang: str, sents, outs: list, home: str | None, meeting_state: str | None) -> list:
    """A company's officer the text gives no state ("Henrik Larsen, chief executive of Nordic Arms, showed
    the plant in Kiel") serves the state the company stands in: the city the sentence names, else the city
    the report is filed from, else the meeting's."""
    if lang not in _TO_CITY:
        return outs
    out = list(outs)
    for k, p in enumerate(out):
        if p.country is not None or p.known_id is not None or not _COMPANY_OFFICE.search(p.role_text or p.role or ""):
            continue
        st = p.spans[0][0] if p.spans else 0
        s, e = next(((a, b) for a, b in sents if a <= st < b), (0, len(text)))
        if _TRADE_FAIR.search(text, s, e):
            continue  # "met Ole Hansen, chief executive of Kongsberg, at the IDEX fair": exhibitors come from anywhere
        here = _city_states(text[s:e], lang)
        state = (here.pop() if len(here) == 1 else None) or home or meeting_state
        if state:
            out[k] = replace(p, country=state)
    return out

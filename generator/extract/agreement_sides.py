"""Who the sides of a document are when the sentence does not name two states: the states a
multilateral meeting lists as taking part, and the state of a company a government signs a
contract with ("signed a contract with Korea Aerospace Industries", "контракт с компанией …").
Used by ``extract/agreements``."""

from __future__ import annotations

import re

from generator.extract.agreement_clauses import DOC_HEAD
from generator.reference.countries import CountryHit, index

_LIST_JOIN = re.compile(r"\s*(?:,|,?\s+and|и|,\s*и)\s*(?:the\s+)?", re.I)


def listed_states(text: str, sentences, countries: list[CountryHit], cue: int, reach: int = 4) -> list[str]:
    """The states of the first list of three or more ("Lithuania, Sweden, Finland, Estonia and
    Norway", "Казахстан, Киргизия и Таджикистан": names joined only by commas and "and") in the
    sentence that gives a meeting's size (at ``cue``) or one of the ``reach`` sentences after it."""
    idx = next((k for k, (a, b) in enumerate(sentences) if a <= cue < b), None)
    if idx is None:
        return []
    for a, b in list(sentences)[idx:idx + reach + 1]:
        run: list[CountryHit] = []
        for c in (c for c in countries if a <= c.start < b):
            if run and not _LIST_JOIN.fullmatch(text, run[-1].end, c.start):
                if len({h.code for h in run}) >= 3:
                    break
                run = []
            run.append(c)
        codes = list(dict.fromkeys(h.code for h in run))
        if len(codes) >= 3:
            return codes
    return []


_ATTENDED = re.compile(r"\b(?:attended by|took part|take part|taking part|participated|participating|gathered|brought "
                       r"together)\b|приняли участие|принимают участие|участвовали|собрались", re.I)
_GATHERING = re.compile(r"\b(?:ministers?|delegations?|meeting|talks|conference|council)\b|министр|делегаци|встреч|"
                        r"совещани|заседани|конференци", re.I)


def attended_by_list(text: str, sentences, countries: list[CountryHit], lead: int = 4) -> list[str]:
    """The states listed when one of the first ``lead`` sentences says ministers or delegations of
    three or more states took part in a meeting ("The meeting was attended by ministers from A, B,
    C and D", "В ней приняли участие министры A, B, C"): a meeting of all of them, though the text
    gives no number. Else []."""
    for a, b in list(sentences)[:lead]:
        if _ATTENDED.search(text, a, b) and _GATHERING.search(text, a, b):
            listed = listed_states(text, [(a, b)], countries, a, 0)
            if len(listed) >= 3:
                return listed
    return []


# A company named as the other side: "with Korea Aerospace Industries", "with the Turkish firm
# Baykar Technologies", "с компанией Korea Aerospace Industries". The name ends in a word that
# makes it a company.
_FIRM_END = (r"(?:Industries|Industry|Aerospace|Aeronautics|Corporation|Corp\.?|Company|Ltd\.?|Limited|Inc\.?|Group|"
             r"Systems|Technologies|Dynamics|Shipbuilding|Electronics|Motors|Holdings|Shipyards?|Works|Defen[cs]e)")
_COMPANY = re.compile(
    r"(?:\bwith\s+(?:the\s+|an?\s+)?(?:[a-z][\w-]*\s+){0,3}?|(?:^|\s)с\s+(?:[а-яё-]+\s+){0,2}?)"
    r"((?:[A-Z][\w&.'’-]*\s+){0,4}" + _FIRM_END + r")\b")


def company_state(sent: str, lo: int, hi: int) -> str | None:
    """The state of a company the text between ``lo`` and ``hi`` names as the other side of a
    document: the state its own name gives ("Israel Aerospace Industries"; "Korea" in a company's
    name is South Korea's), else None."""
    m = _COMPANY.search(sent, lo, hi)
    if not m:
        return None
    name = m.group(1)
    codes = [h.code for h in index().find(name, "en")]
    if codes:
        return codes[0]
    if re.search(r"\bKorean?\b", name):
        return "KR"  # a firm named for "Korea" is South Korea's (North Korea's trade under other names)
    return None


_VISIT_TO = re.compile(r"(?:\b(?:visit(?:s|ed|ing)?|trip|tour|arrived|arrives|travel(?:led|ed|s)?)\s+(?:to|in)\s+(?:the\s+)?|"
                       r"(?:визит\w*|прибыл\w*|прибыва\w*|поездк\w*|посети\w*)\s+(?:(?:в|во)\s+)?)$", re.I)


def visited_state(text: str, countries: list[CountryHit], lead: int = 600) -> str | None:
    """The state the lead says someone visits ("is on an official visit to Greece", "arrived in
    Egypt", "с официальным визитом в Греции", "посетил Грецию"): the host of the reported meeting
    when the text names no city for it."""
    for c in countries:
        if c.start >= lead:
            break
        if c.kind == "name" and _VISIT_TO.search(text[max(0, c.start - 40):c.start]):
            return c.code
    return None


# "his Djiboutian counterpart", "her Peruvian opposite number", «со своим вьетнамским коллегой»:
# the subject is the other side of a meeting whose counterpart's state the phrase names.
_HIS_COUNTERPART = re.compile(r"\b(?:his|her|their)\s+(?:[a-z]+\s+)?([A-Z][\w-]+)\s+(?:counterparts?|colleagues?|"
                              r"opposite\s+numbers?)\b|(?:^|\s)сво(?:им|его|ему|ими|их|ем)\s+([а-яё-]+)\s+"
                              r"(?:коллег|визави)", re.I)


def counterpart_states(text: str, countries: list[CountryHit]) -> set[str] | None:
    """The states of "his <Demonym> counterpart" phrases («своим <прилагательное> коллегой»), or
    None when the text has none: the subject of such a phrase is a minister of another state, the
    page's own when the text names it nowhere."""
    found: set[str] = set()
    for m in _HIS_COUNTERPART.finditer(text[:20_000]):
        g = 1 if m.group(1) else 2
        found |= {c.code for c in countries if m.start(g) <= c.start < m.end(g)}
    return found or None


# An international organisation named as the other side of a document ("signed a roadmap with
# NATO", "Georgia and NATO signed", "между Молдовой и Евросоюзом"): no state (the corpus lists
# states only), so the document's states are those its clause names. The closed class of the
# intergovernmental organisations of defence news, by name and abbreviation, in both languages.
_ORG_NAMES = (r"NATO|North Atlantic Alliance|EU|European Union|European Commission|European Defen[cs]e Agency|UN|"
              r"United Nations|OSCE|African Union|ASEAN|CSTO|SCO|CIS|GCC|Gulf Cooperation Council|Arab League|"
              r"League of Arab States|ECOWAS|НАТО|Североатлантическ\w+ альянс\w*|ЕС|Евросоюз\w*|Европейск\w+ союз\w*|"
              r"Европейск\w+ комисси\w*|ООН|Организаци\w+ Объединенных Наций|ОБСЕ|Африканск\w+ союз\w*|АСЕАН|ОДКБ|"
              r"ШОС|СНГ|ССАГПЗ|Лиг\w+ арабских государств|ЭКОВАС")
_ORG_SIDE = re.compile(r"(?:\b(?:with|and|between)|(?:^|\s)(?:с|со|и|между))\s+(?:the\s+)?(?-i:" + _ORG_NAMES + r")\b"
                       r"(?!['’]s|\s+(?:member|summit|allies|ally|countries|states|forces|troops|standards|partners|"
                       r"mission|operation|secretary|headquarters|exercise|стран|государств|саммит\w*|сил\w*))|"
                       r"\b(?-i:" + _ORG_NAMES + r")\s+(?:and|и)\s+(?-i:[A-ZА-ЯЁ])", re.I)


def org_side(sent: str, lo: int, hi: int) -> bool:
    """The text between ``lo`` and ``hi`` names an international organisation as a side of the
    document ("with NATO", "Bosnia and Herzegovina and the European Union", "НАТО и Грузия")."""
    return bool(_ORG_SIDE.search(sent, lo, hi))


# Round 19 (fixev): a document an organisation owns ("NATO's Partnership for Peace programme", "the EU's Global Gateway
# programme", "the NATO Partnership for Peace programme", «программа НАТО «Партнёрство ради мира»»): no bilateral
# document of the two states that take part in it. The organisation as the owner right before the head (possessive
# or attributive, across a proper name of title-case words) or, in Russian, right after it in the genitive.
_ORG_OWNS_BEFORE = re.compile(r"(?<![\w-])(?-i:" + _ORG_NAMES + r")(?:['’]s)?\s+(?:[«\"“]?(?-i:[A-ZА-ЯЁ])[\w-]*[»\"”]?\s+|"
                              r"(?:for|of|and|on|the)\s+){0,6}$")
_ORG_OWNS_AFTER = re.compile(r"\s*(?-i:НАТО|ЕС|Евросоюза|Европейского союза|ООН|ОБСЕ|ОДКБ|ШОС|СНГ|АСЕАН|Африканского союза)\b")


def org_owned(sent: str, head_start: int, head_end: int) -> bool:
    """The document whose head word spans ``head_start``..``head_end`` is an international organisation's own
    programme or document ("NATO's Partnership for Peace programme", «программы НАТО «Партнёрство ради мира»»)."""
    return bool(_ORG_OWNS_BEFORE.search(sent[max(0, head_start - 80):head_start])
                or _ORG_OWNS_AFTER.match(sent, head_end))


# How many states a document's clause says sign it: "trilateral", "the three Baltic states", "four
# Nordic countries", "трехсторонний", "три балтийские страны", "трех стран". The closed classes of
# the number words from three to ten, in both languages (Russian in every case).
_NUM_WORDS_EN = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_NUM_WORDS_RU = {"три": 3, "трех": 3, "трёх": 3, "тремя": 3, "трем": 3, "трём": 3, "четыре": 4, "четырех": 4,
                 "четырёх": 4, "четырьмя": 4, "четырем": 4, "четырём": 4, "пять": 5, "пяти": 5, "пятью": 5,
                 "шесть": 6, "шести": 6, "шестью": 6, "семь": 7, "семи": 7, "семью": 7, "восемь": 8, "восьми": 8,
                 "восемью": 8, "девять": 9, "девяти": 9, "девятью": 9, "десять": 10, "десяти": 10, "десятью": 10}
_SIZE = re.compile(
    r"\b(trilateral|quadrilateral|three-way|four-way)\b|"
    r"\b(" + "|".join(_NUM_WORDS_EN) + r")\s+(?:(?-i:[A-Z])[\w-]*\s+){0,2}(?:countries|states|nations|sides|parties|"
    r"governments|allies|neighbou?rs|ministers|delegations|leaders|chiefs)\b|"
    r"(трехсторонн|трёхсторонн|четырехсторонн|четырёхсторонн)\w*|"
    r"(?:^|\s)(" + "|".join(_NUM_WORDS_RU) + r")\s+(?:[а-яё-]+\s+){0,1}(?:стран\w*|государств\w*|сторон\w*|министр\w*|"
    r"делегаци\w*|лидер\w*)", re.I)


def stated_size(clause: str) -> int:
    """The number of states ``clause`` says a document is of (3 or more), else 0."""
    m = _SIZE.search(clause)
    if not m:
        return 0
    if m.group(1):
        return 4 if m.group(1).casefold().startswith(("quadri", "four")) else 3
    if m.group(2):
        return _NUM_WORDS_EN[m.group(2).casefold()]
    if m.group(3):
        return 4 if m.group(3).casefold().startswith("четыр") else 3
    return _NUM_WORDS_RU[m.group(4).casefold()]


def _runs(text: str, countries: list[CountryHit]) -> list[list[str]]:
    """The lists of states named one after another, joined only by commas and "and"/"и"."""
    return [list(dict.fromkeys(h.code for h in run)) for run in _state_lists(text, countries)]


_AND = re.compile(r"\b(?:and|и)\b", re.I)


def _state_lists(text: str, countries: list[CountryHit]) -> list[list[CountryHit]]:
    """The hits grouped into lists joined by commas and "and"; a list ends at its "and" ("Estonia,
    Latvia and Lithuania, Poland …": Poland opens another)."""
    out: list[list[CountryHit]] = []
    closed = True
    for c in countries:
        join = out[-1][-1].end if out else 0
        if out and not closed and _LIST_JOIN.fullmatch(text, join, c.start):
            out[-1].append(c)
            closed = bool(_AND.search(text, join, c.start))
        else:
            out.append([c])
            closed = False
    return out


def group_of(text: str, sentences, countries: list[CountryHit], at: int, size: int, back: int = 3) -> list[str]:
    """The states of the list of exactly ``size`` states nearest before offset ``at`` ("the three
    Baltic states" after "the ministers of Estonia, Latvia and Lithuania met …"): in the sentence
    of ``at`` (up to it), else in one of the ``back`` sentences before it, else in that sentence
    after ``at``. [] when none."""
    idx = next((k for k, (a, b) in enumerate(sentences) if a <= at < b), None)
    if idx is None:
        return []
    for k in range(idx, max(-1, idx - back - 1), -1):
        a, b = sentences[k]
        hits = [c for c in countries if a <= c.start < min(b, at)]
        found = [r for r in _runs(text, hits) if len(r) == size]
        if found:
            return found[-1]
    a, b = sentences[idx]
    found = [r for r in _runs(text, [c for c in countries if at <= c.start < b]) if len(r) == size]
    return found[0] if found else []


def subject_states(text: str, countries: list[CountryHit], lo: int, p_start: int, sign, least: int = 3) -> list[str]:
    """The states of a list of three or more that is the subject of the signing of the document at
    ``p_start`` ("The defence ministers of Estonia, Latvia and Lithuania signed …", "Эстония, Латвия
    и Литва подписали …"): the list stands in [lo, p_start), and only a signing verb, no comma and no
    other state, between it and the document. [] when none."""
    runs = _state_lists(text, [c for c in countries if lo <= c.start < p_start])
    run = runs[-1] if runs else []
    head_at = max([lo] + [text.rfind(x, lo, run[0].start) + 1 for x in ".!?;\n"]) if run else lo
    if len(run) > 1 and _PREP_BEFORE.search(text, max(0, run[0].start - 30), run[0].start) \
            and text[run[0].end:run[1].start].lstrip().startswith(",") \
            and _OPENING.match(text, head_at, run[0].start):
        # "Despite pressure from Sudan, Kenya and Uganda signed …": the first name closes an opening
        # phrase (the object of its preposition), the comma ends that phrase, not an item of the list
        run = run[1:]
    if len({h.code for h in run}) < least:
        return []
    gap = text[run[-1].end:p_start]
    verb = sign.search(gap)
    # (a comma after the verb may part its objects: «подписали меморандум …, а также план …»,
    # "signed a memorandum, a plan and a protocol": the list signs each of them)
    if not verb or "," in gap[:verb.start()] or ("," in gap[verb.end():] and not _OBJECTS.fullmatch(gap[verb.end():])):
        return []
    return list(dict.fromkeys(h.code for h in run))


# The signing verb's objects up to the document: documents joined by commas, "and", "as well as",
# «и», «а также» (the closed class of the words that join a list).
_OBJECTS = re.compile(r"(?:[^,;:.!?]*?(?:" + DOC_HEAD.pattern + r")[^,;:.!?]*?,\s*(?:and\s+|as well as\s+|и\s+|а также\s+)?)+"
                      r"(?:(?:a|an|the)\s+)?", re.I)


# The prepositions (both languages, closed class, bar "of"/"между"/"и": those open the signers'
# list) whose object a state is when it stands right after one.
_PREP_BEFORE = re.compile(r"(?:\b(?:from|with|despite|against|in|on|at|over|after|before|by|for|to|near|amid|towards?|"
                          r"about|regarding|without)|(?:^|\s)(?:из|от|с|со|в|во|на|против|после|до|для|к|у|без|о|об))\s+(?:the\s+)?(?-i:[a-zа-яё][\w-]*\s+){0,2}$", re.I)
# What opens a sentence with a phrase of its own before its subject ("Despite pressure from Sudan, …",
# "After talks with Sudan, …", «Несмотря на давление Судана, …»): a preposition or a subordinating word.
_OPENING = re.compile(r"(?i)\s*(?:despite|after|amid|following|before|in|on|at|with|from|under|during|since|given|"
                      r"notwithstanding|as|while|несмотря|вопреки|после|на\s+фоне|в\s+условиях|из-за|при|с|в|на|до)\b")


_WITH_END = re.compile(r"(?:\bwith|(?:^|\s)(?:с|со))\s+(?:the\s+)?$", re.I)
# What may stand between a document's name and its "with B" so that "with" still belongs to the
# signing: words of time and place (the closed classes of prepositions, articles and deictic time
# words), capitalised names and numbers ("a memorandum on Tuesday in Warsaw with Ukraine"). A
# lowercase noun there may take the "with" itself ("amid tensions with China", «на фоне
# напряженности с Китаем», "near the border with Sudan"): then B is no side.
_GAP_WORD = re.compile(
    r"(?:on|in|at|during|this|that|the|a|an|today|yesterday|also|later|then|here|there|в|во|на|"
    r"сегодня|вчера|также|затем|тогда|здесь|там|(?-i:[A-ZА-ЯЁ][\w.-]*)|\d[\w.:-]*)", re.I)


def signer_and_partner(text: str, countries: list[CountryHit], lo: int, p_start: int, p_end: int, hi: int,
                       sign) -> tuple[str, str] | None:
    """The two sides of "A signed a document … with B" when the clause [lo, hi) names other states
    too ("After talks with C, D and E, A signed a memorandum on air policing with B"): the state
    right before the signing verb (no comma between it and the document) and the state after
    "with" that follows the document (no comma between). None unless both are there."""
    before = [c for c in countries if lo <= c.start and c.end <= p_start]
    subj = before[-1] if before else None
    if subj is None:
        return None
    gap = text[subj.end:p_start]
    if "," in gap or not sign.search(gap):
        return None
    # A subject that is a list ("Japan and the Philippines signed …") names both sides itself.
    runs = _state_lists(text, before)
    if runs and len({h.code for h in runs[-1]}) >= 2:
        return None
    for c in countries:
        if p_end <= c.start < hi:
            between = text[p_end:c.start]
            if "," in between or not _WITH_END.search(text[max(p_end, c.start - 30):c.start]):
                return None
            words = _WITH_END.sub("", between).split()
            if not all(_GAP_WORD.fullmatch(w) for w in words):
                return None
            return (subj.code, c.code) if c.code != subj.code else None
    return None


# A sentence that reports the meeting itself: a verb or noun of meeting, both languages.
_MEETS = re.compile(r"\b(?:met|meet(?:s|ing|ings)?|talks|held|hold|holds|hosted|hosts|gathered|convened|summit)\b|"
                    r"встрет\w*|встреча\w*|встреч[аеиуы]\w*|переговор\w*|провел[аи]?\b|провод\w*|состоял\w*|собрал\w*",
                    re.I)
# Where the meeting's own participants end and what they talked about begins: a verb of discussion
# (its object may name other states: "met … to discuss the situation in Syria").
# So is the setting it was held in ("on the sidelines of a forum hosted by Russia", «на полях
# форума», «в рамках»): a state named there hosts or convenes the setting, not the meeting.
_TOPIC_START = re.compile(r"\b(?:discuss\w*|to talk|talked|review\w*|exchang\w*|focus\w*|on the situation|about|"
                          r"regarding|concerning|on the (?:sidelines|margins|fringes)|hosted by|organi[sz]ed by|"
                          r"convened by|within the framework|as part of)\b|обсу[жд]\w*|рассмотр\w*|обменял\w*|"
                          r"(?:^|\s)(?:о|об|по вопросам|на полях|в рамках)\s", re.I)
# A state right after a preposition of place or topic is where the meeting is or what it is about,
# not a side of it ("met in Turkey", "the situation in Syria", «встретились в Турции»).
_PLACE_BEFORE = re.compile(r"(?:\b(?:in|at|near|inside|across|around|over|against|into|towards?)|(?:^|\s)(?:в|во|на|у|против|"
                           r"около|под))\s+(?:the\s+)?$", re.I)


def meeting_sides(text: str, sentences, countries: list[CountryHit], people_at, lead: int = 3) -> list[str]:
    """The states of a meeting of three or more that the text does not count ("Hasanov met with
    Georgian Defence Minister Chikovani and Turkish Defence Minister Guler", "the defence ministers
    of Azerbaijan, Georgia and Turkey held a meeting", «в Тбилиси состоялась встреча министров
    обороны Азербайджана, Грузии и Турции»): in the first of the ``lead`` sentences that reports a
    meeting, the states named (or served by a person named) before what the meeting was about,
    bar a state named as a place or topic; [] unless three or more."""
    codes = _lead_sides(text, sentences, countries, people_at, lead)
    return codes if len(codes) >= 3 else []


def meeting_pair(text: str, sentences, countries: list[CountryHit], people_at, lead: int = 3) -> list[str]:
    """The two states of a bilateral meeting as its first report in the ``lead`` sentences names them
    ("Cypriot Defence Minister X held talks in Abu Dhabi with the UAE Minister of State", «Министр обороны
    Кипра провел переговоры с министром ОАЭ»): what "the two countries" of a later sentence are; [] unless two."""
    codes = _lead_sides(text, sentences, countries, people_at, lead)
    return codes if len(codes) == 2 else []


def _lead_sides(text: str, sentences, countries: list[CountryHit], people_at, lead: int) -> list[str]:
    for a, b in list(sentences)[:lead]:
        if not _MEETS.search(text, a, b):
            continue
        topic = _TOPIC_START.search(text, a, b)
        cut = topic.start() if topic else b
        found: list[tuple[int, str]] = [(c.start, c.code) for c in countries if a <= c.start < cut
                                        and not _PLACE_BEFORE.search(text[max(a, c.start - 12):c.start])]
        found += [(st, code) for st, code in people_at if code and a <= st < cut]
        return list(dict.fromkeys(code for _, code in sorted(found)))
    return []

"""Titles for articles that have no headline, written from the first sentence.

Steps: take the lead sentence; drop its attribution ("…, the Defence Ministry reported on May
20", "Report informs citing … that", "Trend reports … referring to …"), its date opener
("Today, 18 May", "On May 20,"), the office and rank phrases in front of the people it names
(they stay on the page) and relative clauses after them ("who is on a visit …"); turn a perfect
tense into a headline's present ("has met with" -> "meets"); trim trailing phrases until it
fits ``MAX_LEN`` characters. Two articles never share a title: a repeat gets its date added.
"""

from __future__ import annotations

import re

from generator.extract.person_mentions import lexicon
from generator.model import Analysis
from generator.nlp import analysis as nlp
from generator.text.dates import month_pattern

MAX_LEN = 90

_ATTR_TAIL = re.compile(
    r",\s+(?:the\s+|as\s+)?[^,]{0,70}?\b(?:reported|reports|said|says|informs|informed|stated|announced|told|writes|"
    r"сообщает|сообщили|сообщило|передает|информирует)\b[^,]*(?:,[^,]*(?:referring|citing|ссылаясь)[^,]*)?\.?$",
    re.IGNORECASE,
)
_ATTR_HEAD = re.compile(
    r"^(?:[\w.’'-]+\s+(?:informs|reports)\s+(?:citing|referring to)\s+[^,]{0,80}?\s+that\s+|according to [^,]{0,80},\s+|"
    r"как сообщает [^,]{0,80},\s+|по данным [^,]{0,80},\s+)",
    re.IGNORECASE,
)
_DATE_HEAD = re.compile(
    r"^(?:today|yesterday|on\s+\w+\.?\s+\d{1,2}(?:,\s+\d{4})?|сегодня|вчера|\d{1,2}\s+[а-я]+(?:\s+\d{4})?(?:\s+года)?)\s*,?\s*"
    r"(?:\d{1,2}\s+[а-я]+\s+)?",
    re.IGNORECASE,
)
_PERFECT = [
    (r"\bhas met with\b", "meets"), (r"\bhave met with\b", "meet"), (r"\bhas met\b", "meets"), (r"\bhave met\b", "meet"),
    (r"\bhas visited\b", "visits"), (r"\bhave visited\b", "visit"), (r"\bhas held\b", "holds"), (r"\bhave held\b", "hold"),
    (r"\bhas signed\b", "signs"), (r"\bhave signed\b", "sign"), (r"\bhas received\b", "receives"),
    (r"\bhave discussed\b", "discuss"), (r"\bhas discussed\b", "discusses"),
]


_MONTH_DAY = (r"(?i:(?:" + month_pattern("en", full=False) + r")[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?"
              r"|\d{1,2}\s+(?:" + month_pattern("en", full=False, extra=False) + r")[a-z]*\.?"
              r"|\d{1,2}\s+[а-яё]{3,9}\.?)(?:,?\s+\d{4})?")
# A lead dateline before the first sentence: an optional syndication tag ('(MENAFN- Outlet)'), a
# place in capitals or title case with an optional country, a month and day (required, so an
# ordinary opening is never cut), then an optional agency ('(Trend)', '/TASS/', ', AZERTAC') and
# the dash, dot or colon after it.
_DATELINE_HEAD = re.compile(
    r"^\s*(?:\([A-Za-z]+[-–]\s*[^)]{1,60}\)\s*)?"
    r"[A-ZА-ЯЁ][\w.'’-]+(?:\s+[A-ZА-ЯЁ][\w.'’-]+){0,2},\s*(?:[A-ZА-ЯЁ][\w'’-]+(?:\s+[A-ZА-ЯЁ][\w'’-]+)?,\s*)?"
    + _MONTH_DAY +
    r"\s*\.?\s*(?:[(/]\s*[\w .&-]{2,30}?\s*[)/]|,\s*[A-ZА-ЯЁ]{3,}\b)?\s*(?:[-–—.:]+\s*|\s+|$)",
)


def strip_dateline(sent: str) -> str:
    """The sentence without a lead dateline ('BAKU, Azerbaijan, May 20 (Trend) – ', 'MOSCOW,
    May 10. /TASS/. ', 'Tbilisi, March 9, AZERTAC. ')."""
    m = _DATELINE_HEAD.match(sent)
    return sent[m.end():] if m else sent


_CLOSERS = "\"»”)"


def lead_sentence(an: Analysis) -> tuple[int, int]:
    """The span of the first sentence, in the first three paragraphs, that says something once a
    lead dateline is taken off: a dateline split off as a sentence or a paragraph of its own is
    skipped. A sentence that ends its paragraph keeps its closing quotes and brackets."""
    text = an.text
    limit = _third_paragraph_end(text)
    first = None
    for start, end in an.sentences:
        if start >= limit:
            break
        j = end
        while j < len(text) and text[j] in _CLOSERS:
            j += 1
        if j == len(text) or text[j] == "\n":
            end = j  # the paragraph's last sentence: its closing quotes are its own
        first = first if first is not None else (start, end)
        if len(strip_dateline(text[start:end]).split()) >= 4:
            return (start, end)
    return first or (0, 0)


def _third_paragraph_end(text: str) -> int:
    """Where the third paragraph that is not blank ends (paragraphs are split by blank lines)."""
    pos, seen = 0, 0
    while True:
        nxt = text.find("\n\n", pos)
        end = len(text) if nxt < 0 else nxt
        if text[pos:end].strip():
            seen += 1
            if seen == 3:
                return end
        if nxt < 0:
            return len(text)
        pos = nxt + 2


_WEEKDAY = re.compile(r",?\s+(?:on\s+)?(?:(?:last|this|next|past)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b,?|"
                      # the day with its qualifier, whole: 'в минувшую пятницу', 'в прошлый вторник', 'в эту среду'
                      r"(?:^|,?\s+)(?:[Вв]\s+|[Вв]о\s+)?(?:(?:минувш|прошл|эт|нынешн|текущ|следующ|ближайш)[а-яё]*\s+)?"
                      r"(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\b,?|"
                      r"\s+\d{1,2}\s+(?:" + month_pattern("ru", abbr=False, form="format") + r")(?:\s+\d{4}\s+года)?\b", re.I)
_INTRO = re.compile(r"^(?:on|at|in|during|after|following|within|amid|ahead of|на|в ходе|во время|после|по итогам)\b[^,]{3,120},\s+", re.I)
_CLAUSE = re.compile(r"(?:,\s+(?:and|where|while|which|who|when|as|где|который|которая|которые|и)\b|\s+and\s+(?:was|were|has|have|had|is|are|will)\b|;).*$", re.I)
_PREP = re.compile(r"\s+(?:in|on|at|to|during|as part of|within|for|from|with|after|under|amid|в|на|во|с|со|по|для|от|при|после)\s", re.I)
_DELEGATION = re.compile(r"\b(?:the|a)\s+(?:\w+\s+)?delegation\s+(?:led|headed)\s+by\s+((?:[A-Z][\w’'-]+\s?){2,3})", re.U)
_PAST = {"held": "holds", "met": "meets", "received": "receives", "visited": "visits", "signed": "signs",
         "discussed": "discusses", "arrived": "arrives", "hosted": "hosts", "attended": "attends", "welcomed": "welcomes",
         "inspected": "inspects", "reviewed": "reviews", "opened": "opens", "toured": "tours", "thanked": "thanks"}


def make_title(an: Analysis, person_spans: list[tuple[int, int]]) -> str:
    """A headline from the analysed body's lead sentence; ``person_spans`` are offsets in the body."""
    lang = an.lang
    offset, end = lead_sentence(an)
    sent = an.text[offset:end]
    spans = [(s - offset, e - offset) for s, e in person_spans if s >= offset and e <= offset + len(sent)]
    names = sorted({sent[s:e] for s, e in spans}, key=len, reverse=True)
    text = _strip_roles(sent, lang, spans, an.tokens_in(offset, end, relative=True))
    text = strip_dateline(text)
    text = _ATTR_HEAD.sub("", text)
    text = _ATTR_TAIL.sub("", text)
    text = _DATE_HEAD.sub("", text)
    text = _INTRO.sub("", text) if _INTRO.search(text) and any(n in _INTRO.sub("", text) for n in names) else text
    text = _WEEKDAY.sub("", text)
    text = re.sub(r",?\s+(?:who|which|that is|который|которая|которые)\b.*$", "", text)
    text = _CLAUSE.sub("", text)
    for pat, rep in _PERFECT:
        text = re.sub(pat, rep, text)
    if lang == "en":
        # "the delegation led by X" -> "X's delegation", only when X is a person the article names
        # (not "Ruritania's National" of "… led by Ruritania's National Assembly speaker").
        text = _DELEGATION.sub(lambda m: m.group(1).strip() + "’s delegation "
                               if not names or m.group(1).strip() in names else m.group(0), text)
        text = re.sub(r"\b(has|have) (\w+?)(e?d)\b", lambda m: m.group(2) + ("e" if m.group(3) == "ed" and m.group(2).endswith(("at", "ur", "iv", "ag", "os", "uc", "ar", "ov", "ir", "lv")) else "") + ("s" if m.group(1) == "has" else ""), text, count=1)
        text = re.sub(r"^The\s+(?=[a-z])", "", text)
        text = _present(text)
    text = re.sub(r"\s+", " ", text).strip(" ,;:.")
    # "Zakir Hasanov, received …" once the apposition before the comma is gone.
    text = re.sub(r"^([^,]{3,60}),\s+(?=[a-zа-яё])", r"\1 ", text)
    text = _shorten(text, names, lang)
    if not text:
        return "Untitled article" if lang == "en" else "Статья без заголовка"
    return text[0].upper() + text[1:]


def _present(text: str) -> str:
    """The first past-tense verb after the subject, in a headline's present: 'held' -> 'holds'
    ('hold' after a plural subject such as 'A and B')."""
    m = re.search(r"\b(" + "|".join(_PAST) + r")\b", text)
    if not m:
        return text
    subject = text[:m.start()]
    verb = _PAST[m.group(1)]
    if re.search(r"\band\b", subject) or re.search(r"\b(ministers|sides|delegations|countries|officials)\s*$", subject, re.I):
        verb = {"discusses": "discuss"}.get(verb, verb[:-1] if verb.endswith("s") else verb)
    return text[:m.start()] + verb + text[m.end():]


#: How long a Russian title may stay to remain one whole clause (free word order: a phrase cut from its end may
#: hold the subject, 'С министром … встретился [в Ашхабаде глава ведомства]').
MAX_LEN_CLAUSE = 160


def _shorten(text: str, names: list[str], lang: str = "en") -> str:
    """Drop trailing phrases one at a time, never one that names a person, until it fits. In Russian only
    whole clauses are dropped (at a comma or a semicolon); a clause of up to ``MAX_LEN_CLAUSE`` characters is
    kept whole rather than cut mid-phrase."""
    if lang == "ru":
        while len(text) > MAX_LEN and re.search(r"[,;]", text[20:]):
            cut = max(text.rfind(","), text.rfind(";"))
            if cut < 20:
                break
            text = text[:cut].rstrip()
        if len(text) <= MAX_LEN_CLAUSE:
            return text
    while len(text) > MAX_LEN:
        cuts = [m.start() for m in _PREP.finditer(text) if m.start() >= 20]
        safe = [c for c in cuts if not any(n in text[c:] for n in names)]
        if safe:
            text = text[:safe[-1]].rstrip(" ,;:")
            continue
        if "," in text[20:]:
            text = text[:text.rindex(",")].rstrip()
            continue
        break
    if len(text) > MAX_LEN + 10:  # "about 90": a few characters over beats a cut word
        text = text[:MAX_LEN - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
    return text


def _strip_roles(sent: str, lang: str, spans: list[tuple[int, int]], toks: list) -> str:
    """Remove the office and rank words that stand in front of each named person (``toks``: the
    sentence's tokens, from the analysis)."""
    lex = lexicon()
    drop: list[tuple[int, int]] = []
    from generator.reference.countries import index

    countries = index().find(sent, lang, toks)
    ru_words = {w for k in (*lex["roles_ru"], *lex["ranks_ru"]) for w in k} | {
        "сухопутный", "войско", "вооружённый", "вооруженный", "сила", "штаб", "военно-морской", "флот",
        "воздушный", "военно-воздушный", "пограничный", "служба", "армия", "генерал"}
    for s, _e in spans:
        before = [t for t in toks if t.end <= s]
        j = len(before)
        while j > 0:
            t = before[j - 1]
            in_country = any(c.start <= t.start and t.end <= c.end for c in countries)
            if lang == "ru":
                ok = in_country or bool(nlp.lemmas(t.text) & ru_words) or t.low in ("господин",)
            else:
                ok = (t.low in lex["chain"] or t.low in lex["rank_words"] or in_country or t.text in ("’s", "'s")
                      or (t.text == "," and j < len(before) and before[j].low in lex["rank_words"])) and t.low not in ("and",)
            if not ok:
                break
            j -= 1
        # Keep a leading "the"/"his" when it stands before something we keep: we keep nothing, so drop it too.
        if j < len(before):
            drop.append((before[j].start, s))
    out = sent
    for s, e in sorted(drop, reverse=True):
        out = out[:s] + out[e:]
    return out


def distinct(titles: dict[str, tuple[str, str]]) -> dict[str, str]:
    """``titles`` maps article id -> (title, date label); repeats get their date, then a number."""
    seen: dict[str, int] = {}
    out: dict[str, str] = {}
    for aid in sorted(titles):
        t, label = titles[aid]
        key = t.casefold()
        if key in seen:
            t2 = f"{t} ({label})"
            n = 2
            while t2.casefold() in seen:
                t2 = f"{t} ({label}, {n})"
                n += 1
            t = t2
        seen[t.casefold()] = 1
        out[aid] = t
    return out

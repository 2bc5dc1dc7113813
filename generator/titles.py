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

from . import nlp
from .people import lexicon

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
_TRIM_TAIL = re.compile(r"(?:,|\s+(?:in|on|at|to|during|as part of|within|for|from|with|в|на|во|с|по|для|от)\s)[^,]*$", re.IGNORECASE)


def lead_sentence(body: str) -> str:
    para = next((p for p in body.split("\n\n") if p.strip()), "")
    spans = nlp.sentences(para)
    return para[spans[0][0]:spans[0][1]] if spans else para


def make_title(body: str, lang: str, person_spans: list[tuple[int, int]]) -> str:
    """A headline from the article's lead sentence; ``person_spans`` are offsets in ``body``."""
    sent = lead_sentence(body)
    offset = body.find(sent)
    spans = [(s - offset, e - offset) for s, e in person_spans if s >= offset and e <= offset + len(sent)]
    text = _strip_roles(sent, lang, spans)
    text = _ATTR_HEAD.sub("", text)
    text = _ATTR_TAIL.sub("", text)
    text = _DATE_HEAD.sub("", text)
    text = re.sub(r",?\s+(?:who|which|that is|который|которая|которые)\b.*$", "", text)
    for pat, rep in _PERFECT:
        text = re.sub(pat, rep, text)
    text = re.sub(r"\s+", " ", text).strip(" ,;:.")
    while len(text) > MAX_LEN:
        cut = _TRIM_TAIL.sub("", text)
        if cut == text or len(cut) < 25:
            break
        text = cut.strip(" ,;:")
    if len(text) > MAX_LEN:
        text = text[:MAX_LEN - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
    if not text:
        return "Untitled article" if lang == "en" else "Статья без заголовка"
    return text[0].upper() + text[1:]


def _strip_roles(sent: str, lang: str, spans: list[tuple[int, int]]) -> str:
    """Remove the office and rank words that stand in front of each named person."""
    lex = lexicon()
    toks = nlp.tokenize(sent)
    drop: list[tuple[int, int]] = []
    from .countries import index

    countries = index().find(sent, lang)
    ru_words = {w for k in (*lex["roles_ru"], *lex["ranks_ru"]) for w in k}
    for s, _e in spans:
        before = [t for t in toks if t.end <= s]
        j = len(before)
        while j > 0:
            t = before[j - 1]
            in_country = any(c.start <= t.start and t.end <= c.end for c in countries)
            if lang == "ru":
                ok = in_country or bool(nlp.lemmas(t.text) & ru_words) or t.low in ("господин",)
            else:
                ok = (t.low in lex["chain"] or t.low in lex["rank_words"] or in_country or t.text in ("’s", "'s", ",")) and t.low not in ("and",)
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

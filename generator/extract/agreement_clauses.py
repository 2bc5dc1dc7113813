"""Which clause a document is named in, when that is not the clause of the sentence's signing
verb: a relative or participle clause attached to another document ("signed a memorandum, which
complements the agreement on …", "a memorandum complementing the agreement …", "меморандум,
который дополняет соглашение …", "меморандум, дополняющий соглашение …"). The document inside
such a clause is the clause verb's object, named in passing; the signing is the other one's.
Used by ``extract/agreements``."""

from __future__ import annotations

import re

from generator.nlp import analysis as nlp

# The head nouns of documents in both languages (any case of the Russian ones).
DOC_HEAD = re.compile(r"\b(?:agreements?|accords?|pacts?|deals?|memorand\w*|mous?|protocols?|treaty|treaties|plans?|"
                       r"programmes?|programs?|roadmaps?|contracts?|declarations?|arrangements?|documents?)\b|"
                       r"(?<!\w)(?:(?:план|договор)(?:а|у|ом|е|ы|ов|ам|ами|ах)?(?!\w)|(?:соглашени|меморандум|протокол|программ|контракт|"
                       r"декларац|документ|дорожн\w+\s+карт)\w*)", re.I)
# What opens a clause of its own right after a document's name: a relative pronoun, an English
# participle in -ing (not the prepositions "including", "during", "according", nor a signing
# verb's own -ing: those keep the main verb's scope), a Russian comma before a word read below.
_OPEN_EN = re.compile(r"(?:,\s*|\s)(?:which|that|who|whose)\s|"
                      r",?\s(?!(?:including|during|according|notwithstanding|excluding|signing|inking|sealing|"
                      r"concluding|approving|adopting)\b)[a-z]+ing\s+(?=(?:(?:on|upon|to|with|from)\s+)?"
                      r"(?:the|a|an|its|their|this|these|that)\s)", re.I)
# (the participle governs a noun phrase: "complementing the …", "building on the …"; a noun in -ing
# inside a name, "of understanding on …", "on training of …", governs none)
_OPEN_RU = re.compile(r",\s*(?:котор\w+|[а-яё]+)\s", re.I)
# A new item of a list after the clause opener: the document after it is the list's, not the
# clause's ("…, which complements the plan, and an agreement on …").
_ITEM = re.compile(r",\s*(?:and|as well as|plus|а также|и|an?|the|its|their|this|these)\s|;|\s(?:and|as well as)\s+(?:also\s+)?(?:an?|the|its|their|this)\s|"
                   r"\s(?:и|а также)\s", re.I)
_CLAUSE_END = re.compile(r"[,;:]|\s[–—]\s")


def _opens_ru(word: str) -> bool:
    """A Russian relative pronoun, an active participle ('дополняющий') or a gerund ('дополняя')."""
    w = word.casefold()
    if w.startswith("котор"):
        return True
    parses = nlp.morph().parse(w)
    if not parses:
        return False
    tag = parses[0].tag
    return ("PRTF" in tag and "actv" in tag) or "GRND" in tag


def attached_clause(sent: str, p_start: int, lang: str, reach: int = 160) -> tuple[int, int] | None:
    """The span of ``sent`` of a relative or participle clause that opens right after another
    document's name and holds the document starting at ``p_start``, or None. The clause ends at
    the next comma, semicolon or dash after the document."""
    lo = max(0, p_start - reach)
    opener = _OPEN_RU if lang == "ru" else _OPEN_EN
    best = None
    for m in opener.finditer(sent, lo, p_start):
        if lang == "ru":
            word = re.match(r",\s*([а-яё]+)", m.group(0), re.I).group(1)
            if not _opens_ru(word):
                continue
        best = m
    if best is None:
        return None
    # Another document's name right before the opener, in the same stretch of text (no comma or
    # clause break between that name and the opener, bar the opener's own comma).
    head = None
    for h in DOC_HEAD.finditer(sent, max(0, best.start() - 100), best.start()):
        head = h
    if head is None or _CLAUSE_END.search(sent, head.end(), best.start()):
        return None
    # Nothing between the opener and the document makes it a new item of a list.
    if _ITEM.search(sent, best.start() + 1, p_start):
        return None
    end = _CLAUSE_END.search(sent, p_start)
    return best.start(), end.start() if end else len(sent)


# A span of years written with a two-digit end ("2025-26", "2025/26"): not a date ("2025-03-12",
# "2025/03"), and the end after the start.
_SHORT_SPAN = re.compile(r"\b((?:19|20)(\d\d))\s*([-–/])\s*(\d\d)\b(?![-–/.]\d)")


def full_span_years(text: str) -> str:
    """``text`` with every two-digit end of a span of years written out: "for 2025-26" -> "for
    2025-2026" (a month, "2025-03", is left alone: its end is not after the start)."""
    def one(m: re.Match) -> str:
        start, end = int(m.group(2)), int(m.group(4))
        if not 0 < end - start <= 10:
            return m.group(0)
        return f"{m.group(1)}-{m.group(1)[:2]}{m.group(4)}"
    return _SHORT_SPAN.sub(one, text)


# Right after a document's name: the span of years it covers, joined to the name by "for (the)",
# "covering", "spanning", a bracket, ", which runs/covers/spans", or nothing ("the programme of
# military cooperation 2025–2027"); "from … to/through/until …" or a dash; "period" or "years"
# may follow. A span is never the day a document was signed.
_SPAN_AFTER_EN = re.compile(
    r"(?:(?:\s+[a-z][a-z-]+){0,3}?(?:\s*,?\s*(?:which|that)\s+(?:runs?|covers?|spans?|is\s+valid)\s+(?:for\s+)?|"
    r"\s+(?:covering|spanning|running)\s+|\s+(?:for|in)\s+(?:the\s+)?(?:(?:years?|period)\s+(?:of\s+)?)?)|\s*\(\s*|\s+)"
    r"(?:from\s+)?((?:19|20)\d\d)\s*(?:[-–—/]|\s(?:to|through|till|until)\s)\s*((?:19|20)\d\d)\b(?![-–/.]\d)")
_SPAN_AFTER_RU = re.compile(
    r"(?:\s*,?\s*(?:рассчитанн\w+|действующ\w+))?\s+(?:на\s+|в\s+)?(?:(?:период|срок)\s+)?(?:с\s+)?"
    r"((?:19|20)\d\d)\s*(?:[-–—]|\s(?:по|до)\s)\s*((?:19|20)\d\d)\b(?![-–/.]\d)")


def span_after(sent: str, p_end: int, lang: str) -> str | None:
    """The span of years ("2025-2027") written right after the document ending at ``p_end``, or None."""
    m = (_SPAN_AFTER_RU if lang == "ru" else _SPAN_AFTER_EN).match(full_span_years(sent[p_end:p_end + 80]))
    if not m or not 0 < int(m.group(2)) - int(m.group(1)) <= 10:
        return None
    return f"{m.group(1)}-{m.group(2)}"

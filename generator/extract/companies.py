"""A company or a works the article names without a corporate word ("Saab Kockums", "Nammo Raufoss",
"Leonardo DRS", «завод Калашников») is no person, when the article itself speaks of it as one:

- a classifier noun stands right before the name ("the shipbuilder Saab Kockums", "defence firm Leonardo
  DRS", «концерн Калашников», «на предприятии Уралвагонзавод»);
- an apposition after it says what it is ("Nammo Raufoss, the Norwegian ammunition maker,", "Saab
  Kockums, which builds submarines", «Калашников — российский концерн»);
- the next sentence takes it up as a company ("... visited Saab Kockums in Karlskrona. The shipyard
  builds submarines", «... посетил Уралвагонзавод. Предприятие выпускает танки»), and nothing in that
  sentence refers to a person ("he", "his", «он»).

A name with a title, rank or style of address before it ("Captain Peter Fisher", "Mr Saab") is a
person's whatever follows; so is one joined to a person's word ("the company's chief executive X").
"""

from __future__ import annotations

import re

# The closed class of nouns that name what a company or a works is, singular (English, Russian stems).
_KIND_EN = (r"(?:company|firm|manufacturer|shipyard|shipbuilder|plant|factory|works|group|concern|conglomerate|"
            r"corporation|enterprise|subsidiary|holding|start-?up|joint venture|(?:arms|ammunition|defen[cs]e|aircraft|"
            r"vehicle|missile|drone|weapons?|equipment)\s+(?:maker|producer|supplier|contractor|exporter))"
            # not a person's post in it: "a company commander", "the group leader"
            r"(?!\s+(?:commander|director|official|employee|executive|spokes\w+|engineer|chief|head|leader|manager|"
            r"representative|worker|founder|owner|president|chairman|chair|member|captain|sergeant))")
_KIND_RU = (r"(?:компани|концерн|холдинг|корпораци|предприяти|завод|фирм|производител|поставщик|верф|"
            r"объединени|госкорпораци|разработчик|экспортер|экспортёр|подрядчик)")

# Before the name: "the (Norwegian ammunition) maker X", "defence firm X" -- the noun right before it.
_BEFORE = {
    "en": re.compile(rf"\b{_KIND_EN}\s+$", re.I),
    "ru": re.compile(rf"(?<!\w){_KIND_RU}\w*\s+[«\"“]?$", re.I),
}
# After the name: an apposition or a relative clause saying what it is or does.
_AFTER = {
    # (no preposition inside: "Jane Roe, the head of the group," and "a director at the firm" are a person's posts)
    "en": re.compile(rf"^['’]?\s*,\s*(?:(?:the|a|an)\s+(?:(?!(?:of|at|in|with|for|to)\b)[\w-]+\s+){{0,4}}?{_KIND_EN}\b(?!['’]s)|"
                     r"which\s+(?:makes|builds|produces|manufactures|supplies|designs|develops|employs|owns|operates)\b)", re.I),
    "ru": re.compile(rf"^[»\"”]?\s*(?:[—–-]|,)\s*(?:[\w-]+\s+){{0,3}}?{_KIND_RU}\w*", re.I),
}
# Where a works stands in its sentence: the object of a visit ("toured X", "at X", "a contract with X").
_PLACE_BEFORE = {
    "en": re.compile(r"\b(?:visit(?:ed|ing|s)?|tour(?:ed|ing|s)?|inspect(?:ed|ing|s)?|at|from|of|(?:contract|deal|agreement|order)s?\s+with)"
                     r"\s+(?:the\s+)?$", re.I),
    "ru": re.compile(r"(?<!\w)(?:посети\w*|посеща\w*|осмотре\w*|осматрива\w*|на|в)\s+$", re.I),
}
# A sentence that takes it up: "The shipyard builds ...", "The Swedish company said ...", «Предприятие выпускает ...».
_ANAPHOR = {
    "en": re.compile(rf"\s*(?:The|This)\s+(?:[\w-]+\s+){{0,2}}?{_KIND_EN}\b(?!['’]s)", re.I),
    # the kind noun opens the sentence, after a demonstrative or an adjective at most («Предприятие …»,
    # «Российский концерн …»; not «В компании отметили …»)
    "ru": re.compile(rf"\s*(?:(?:Эт|Данн)\w+\s+)?(?:[\w-]+(?:ое|ая|ий|ый|ой|ие|ые)\s+)?{_KIND_RU}\w*(?=\s)", re.I),
}
_PERSON_WORD = {
    "en": re.compile(r"\b(?:he|she|his|her|him|himself|herself)\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:он|она|его|её|ее|ему|ей|ним|ней)(?!\w)", re.I),
}


def _sentence_end(text: str, pos: int) -> int:
    m = re.compile(r"[.!?](?=\s)|\n\s*\n").search(text, pos)
    return m.end() if m else len(text)


def _named_as_company(text: str, lang: str, start: int, end: int) -> bool:
    lg = lang if lang in _BEFORE else "en"
    line_start = text.rfind("\n", 0, start) + 1
    if _BEFORE[lg].search(text[max(line_start, start - 40):start]):
        return True
    if _AFTER[lg].match(text[end:end + 80]):
        return True
    # The next sentence takes it up as a company.
    here = _sentence_end(text, end)
    nxt_end = _sentence_end(text, here)
    nxt = text[here:nxt_end]
    m = _ANAPHOR[lg].match(nxt)
    return bool(m) and bool(_PLACE_BEFORE[lg].search(text[max(line_start, start - 40):start])) and not _PERSON_WORD[lg].search(text[end:here] + nxt)


def not_companies(text: str, lang: str, persons: list) -> list:
    """The persons less those the article speaks of as a company. A mention with a title, rank or style
    of address before it, or an office, is a person's and keeps the whole entry."""
    out = []
    for p in persons:
        if p.known is not None or any(m.cue or m.role or m.rank or m.counterpart for m in p.mentions):
            out.append(p)
            continue
        if any(_named_as_company(text, lang, m.start, m.end) for m in p.mentions):
            continue
        out.append(p)
    return out

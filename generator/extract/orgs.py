"""Organisations: ministries of defence (a pattern with a country in either language) and the
organisations the registry knows (NATO, the CIS Council of Defence Ministers, ...)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.nlp import analysis as nlp
from generator.reference.countries import CountryHit, index
from generator.reference.registry import Registry
from generator.text.slugs import slugify_id

_MOD_EN = re.compile(
    r"\b(?:(?:the\s+)?(?:Ministry|Ministries) of (?:Defen[cs]e|National Defen[cs]e)(?: of)?(?: the)?\s*(?P<after>(?:(?:Islamic |Kyrgyz )?Republic of\s+)?(?:Russian Federation|[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?))?"
    r"|(?P<before>[A-Z][\w-]+(?:’s|'s)?)\s+(?:Defen[cs]e|National Defen[cs]e) Ministry)"
)
_MOD_RU = re.compile(r"\b(?:министерств\w*|минобороны|мо)\s+обороны\b", re.IGNORECASE)
_MOD_RU_SHORT = re.compile(r"\bминобороны\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class OrgHit:
    id: str
    name: str
    start: int
    end: int
    text: str


def defence_ministry(code: str) -> tuple[str, str]:
    name = f"Ministry of Defence of {index().name(code)}"
    return slugify_id(f"ministry-of-defence-{code.lower()}"), name


_MINISTRY_ID = re.compile(r"ministry-of-defence-([a-z]{2})")


def ministry_names(oid: str) -> dict[str, str]:
    """The names of a ministry of defence this module names (``ministry-of-defence-az``) in both
    scripts: ``{"en": "Ministry of Defence of Azerbaijan", "ru": "Министерство обороны
    Азербайджана"}`` (the country's Russian name in the genitive); empty for any other id, and
    without ``ru`` when the country's name does not inflect cleanly."""
    m = _MINISTRY_ID.fullmatch(oid)
    if not m:
        return {}
    code = m.group(1).upper()
    cx = index()
    if not cx.name(code) or cx.name(code) == code:
        return {}
    out = {"en": defence_ministry(code)[1]}
    of = _genitive(cx.name(code, "ru") or "")
    if of:
        out["ru"] = f"Министерство обороны {of}"
    return out


def _genitive(name: str) -> str | None:
    """'Азербайджан' -> 'Азербайджана', 'Новая Зеландия' -> 'Новой Зеландии', 'Республика Корея'
    -> 'Республики Корея' (the name after 'Республика' stays as it is), 'КНДР' -> 'КНДР'; None
    when a word does not inflect."""
    words = name.split()
    if not words:
        return None
    out = []
    for i, w in enumerate(words):
        if (w.isupper() and len(w) > 1) or w in ("и",) or (i > 0 and words[0] == "Республика"):
            out.append(w)
            continue
        parts = []
        for part in w.split("-"):
            got = nlp.genitive(part)
            if got is None:
                return None
            parts.append(got.capitalize() if part[:1].isupper() else got)
        out.append("-".join(parts))
    return " ".join(out)


def find(text: str, lang: str, countries: list[CountryHit], registry: Registry) -> list[OrgHit]:
    hits: list[OrgHit] = []
    if lang == "ru":
        for m in _MOD_RU.finditer(text):
            code = _country_after(countries, m.end(), text)
            if code:
                oid, name = defence_ministry(code)
                hits.append(OrgHit(oid, name, m.start(), m.end(), m.group()))
    else:
        for m in _MOD_EN.finditer(text):
            span_text = m.group().strip()
            code = None
            inside = [c for c in countries if m.start() <= c.start and c.end <= m.end()]
            if inside:
                code = inside[0].code
            if code:
                oid, name = defence_ministry(code)
                hits.append(OrgHit(oid, name, m.start(), m.end(), span_text))
    folded = _fold_text(text)
    for key, known in registry.org_names():
        if key.split()[0] not in folded:
            continue
        for m in re.finditer(r"(?<!\w)" + re.escape(key) + r"(?!\w)", folded):
            hits.append(OrgHit(known.id, known.name, m.start(), m.end(), text[m.start():m.end()]))
    hits.sort(key=lambda h: (h.start, -h.end))
    out: list[OrgHit] = []
    for h in hits:
        if out and h.start < out[-1].end:
            continue
        out.append(h)
    return out


class _FoldTable(dict):
    """``str.translate`` table of ``_fold_text``, filled one code point at a time as met: a letter, digit or '_' in
    lower case (kept as it is when its lower case is longer than one character), anything else a space."""

    def __missing__(self, cp: int) -> str:
        c = chr(cp)
        if c.isalnum() or c == "_":
            low = c.lower()
            out = low if len(low) == 1 else c
        else:
            out = " "
        self[cp] = out
        return out


_FOLD_TABLE = _FoldTable()


def _fold_text(text: str) -> str:
    """Lower case with punctuation as spaces, one character for one, so offsets stay valid."""
    return text.translate(_FOLD_TABLE)


def _country_after(countries: list[CountryHit], pos: int, text: str) -> str | None:
    for c in countries:
        if pos <= c.start <= pos + 3 and "\n" not in text[pos:c.start]:
            return c.code
    return None


def resolve_phrase(phrase: str, lang: str, registry: Registry) -> str | None:
    """An organisation's English name from a phrase: 'Министерства обороны Азербайджанской
    Республики' -> 'Ministry of Defence of Azerbaijan'."""
    countries = index().find(phrase, lang)
    hits = find(phrase, lang, countries, registry)
    if hits:
        return hits[0].name
    known = registry.organization(phrase)
    if known:
        return known.name
    return None


__all__ = ["OrgHit", "find", "resolve_phrase", "defence_ministry", "ministry_names", "nlp"]

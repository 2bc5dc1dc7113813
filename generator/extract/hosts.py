"""The hosts of a meeting abroad: "In Washington, Armenia's Defence Minister X met Director of
the CIA Y": news style qualifies the visitor and leaves the hosts' offices bare, so the officials
a visitor of another state met in a city are of that city's state (issue 12, round 9)."""

from __future__ import annotations

import re
from dataclasses import replace

from generator.extract import places
from generator.extract.person_roles import INTERNATIONAL

_IN_CITY = {"en": re.compile(r"\b(?:[Ii]n|at)[ \t]+([A-Z][\w'’-]+)(?:[ \t]+([A-Z][\w'’-]+))?"),
            "ru": re.compile(r"(?<![\w-])[вВ]о?[ \t]+([А-ЯЁ][\w-]+)(?:[ \t]+([А-ЯЁ][\w-]+))?")}
_MET = {"en": re.compile(r"\b(?:met|meets|received|receives|hosted|held[ \t]+talks|called[ \t]+on|talks[ \t]+with)\b"),
        "ru": re.compile(r"(?i)\b(?:встретил|встречает|встретится|принял|принимает|провел[аи]?[ \t]+переговоры|провёл[ \t]+переговоры)")}

#: The end of a quotation: a speaker named past it ("…in Washington», – added X") is no one met.
_QUOTE_END = re.compile(r"[»”]|\"[ \t]*[,–—-]")


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
                    and not INTERNATIONAL.search(p.role_text or p.role or "")):
                out[k] = replace(p, country=host)
    return out

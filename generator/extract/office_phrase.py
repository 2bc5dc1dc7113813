"""How far an English office phrase runs (issue 12): to the end of its noun group, never cut at a
capitalised word. Two shapes the word list of ``data/roles.yaml`` cannot hold:

- a royal style as the complement of an office: "Director of the Office of His Majesty", "Advisor to
  Her Majesty the Queen" ("His Majesty" after "of"/"to" names whose office it is, not the person's style);
- the second half of a compound complement joined by "and": "Minister of Defence and Military
  Production", "Commander of the Land Forces and Territorial Defence" (capitalised words after "and"
  inside an of-complement belong to the office).

Tokens are those of ``generator.nlp`` (``.text``, ``.low``, ``.start``, ``.end``)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from generator.fileio import load_yaml

_ROLES = Path(__file__).parent.parent / "data" / "roles.yaml"

_STYLE_OWNER = frozenset({"his", "her", "their"})
_STYLE = frozenset({"majesty", "majesty's", "highness", "majesties", "highnesses"})


def royal_style_at(toks, k: int) -> int:
    """How many tokens from ``toks[k]`` back spell a royal style ("His Majesty", "Her Royal Highness")
    ending at ``toks[k]``; 0 when ``toks[k]`` ends none."""
    if k < 1 or toks[k].low not in _STYLE:
        return 0
    n = 1
    if toks[k - n].low == "royal" and k - n >= 1:
        n += 1
    return n + 1 if toks[k - n].low in _STYLE_OWNER and toks[k - n].text[:1].isupper() else 0


def style_as_complement(toks, k: int) -> int:
    """The royal style ending at ``toks[k]`` when it stands as the complement of an office ("of His
    Majesty", "to Her Majesty"): its length, else 0."""
    n = royal_style_at(toks, k)
    return n if n and k - n >= 0 and toks[k - n].low in ("of", "to") else 0


def and_in_complement(toks, p: int) -> bool:
    """``toks[p]`` is an "and" inside the of-/for-complement of an office: a capitalised word right
    before it, and only capitalised words or "the" back to an "of"/"for" within six words ("of
    Defence and …", "for Foreign Affairs and …")."""
    if p < 2 or toks[p].low != "and" or not (toks[p - 1].text[:1].isupper() and toks[p - 1].text.isalpha()):
        return False
    for x in range(p - 2, max(-1, p - 8), -1):
        if toks[x].low in ("of", "for"):
            return True
        if not (toks[x].text[:1].isupper() or toks[x].low == "the"):
            return False
    return False


def joined_complement_start(toks, j: int, is_stop) -> int | None:
    """``toks[:j]`` ends with capitalised words after "and" ("… of Defence and Military Production"):
    where that "and" stands when it is inside an office's complement (``and_in_complement``), else
    None ("Ali Noor and Military Production" joins no office)."""
    k = j
    while k > 0 and j - k < 3 and toks[k - 1].text[:1].isupper() and toks[k - 1].text.replace("-", "").isalpha() \
            and not is_stop(toks[k - 1].low):
        k -= 1
    if k == j or k < 3 or not and_in_complement(toks, k - 1):
        return None
    return k - 1


@lru_cache(maxsize=1)
def _monarchies() -> dict[str, frozenset[str]]:
    data = load_yaml(_ROLES.read_text(encoding="utf-8")) or {}
    return {title: frozenset(codes) for title, codes in (data.get("monarchies") or {}).items()}


_PLACE_IN = re.compile(r"\b(?:in|at|to|from)[ \t]+(?:the[ \t]+)?([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)")


def monarch_state(text: str, office: str | None, sentence: tuple[int, int], countries) -> str | None:
    """The state of a monarch the text names with no state of its own ("His Majesty King X received
    the minister in Amman"): the kingdom of that title whose city the sentence names ("in Amman"),
    else the only kingdom of that title among the states the article names. None when the office is
    no monarch's, or when no single kingdom fits."""
    from generator.extract.places import lookup

    kingdoms = _monarchies().get(office or "")
    if not kingdoms:
        return None
    s, e = sentence
    for m in _PLACE_IN.finditer(text, s, e):
        for words in (m.group(1), m.group(1).split()[0]):
            place = lookup(words, "en")
            if place is not None and place[1] in kingdoms:
                return place[1]
    named = {c.code for c in countries if c.code in kingdoms}
    return named.pop() if len(named) == 1 else None

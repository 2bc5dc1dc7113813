"""One English label per office and per rank (``canonical`` in ``data/roles.yaml``).

The words as written stay beside the label; the label is what the people index, the roles table
and the country's officials show, so "Defence Minister", "Minister of Defense" and "министр
обороны" read as one office: Minister of Defence.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from generator.fileio import load_yaml

_DATA = Path(__file__).parent.parent / "data" / "roles.yaml"
_SPELLING = [(re.compile(r"\bdefense\b"), "defence"), (re.compile(r"\badviser\b"), "advisor"),
             (re.compile(r"\battache\b"), "attaché"), (re.compile(r"\bcounterpart\b\s*"), ""),
             (re.compile(r"\b(?:acting|newly appointed|new|former|his|her|their)\b\s*"), "")]
_QUALIFIER_TAIL = re.compile(r"\s+of\s+(?:the\s+)?(?:republic\s+of\s+)?(?:(?!of\b)[\w'-]+\s+){0,3}?(?:armed forces|national army|army|federation|republic|kingdom)$")
_WORD_ORDER = re.compile(r"^((?:first |second )?(?:deputy )?)(.+?) minister$")


def _norm(text: str) -> str:
    t = text.casefold().replace("’", "'").replace("‐", "-")
    t = re.sub(r"\(\s*[a-zа-яё]{2,6}\s*\)", " ", t)  # "(dnd)", "(coas)": initials in brackets
    t = re.sub(r"[.,]", " ", t)
    t = re.sub(r"\s+", " ", t).strip()
    for rx, sub in _SPELLING:
        t = rx.sub(sub, t)
    t = re.sub(r"\bthe\b\s*", "", t).strip()
    return re.sub(r"\s+", " ", t)


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    from generator.reference.countries import index

    data = (load_yaml(_DATA.read_text(encoding="utf-8")) or {}).get("canonical") or {}
    offices: dict[str, str] = {}
    ranks: dict[str, str] = {}
    for label, variants in (data.get("offices") or {}).items():
        for v in [label, *(variants or [])]:
            offices[_norm(v)] = label
    for label, variants in (data.get("ranks") or {}).items():
        for v in [label, *(variants or [])]:
            ranks[_rank_key(v)] = label
    cx = index()
    words = set()
    for code in cx.display:
        for lang in ("en",):
            n = cx.name(code, lang)
            if n:
                words.add(n.casefold())
    return offices, ranks, frozenset(words)


@lru_cache(maxsize=2)
def rank_words(langs: tuple[str, ...] = ("en", "ru")) -> frozenset[str]:
    """Every word of the military ranks ``data/roles.yaml`` lists for these languages ('brigadier', 'general',
    'генерал'): what a line made only of rank words is made of."""
    data = load_yaml(_DATA.read_text(encoding="utf-8")) or {}
    return frozenset(w for lang in langs for r in (data.get(lang) or {}).get("ranks") or []
                     for w in re.split(r"[\s()-]+", str(r).casefold()) if w.isalpha())


def _strip_country(t: str, tail: bool = True) -> str:
    """'chief of general staff of russian armed forces' -> 'chief of general staff';
    'azerbaijani defence minister' -> 'defence minister'."""
    from generator.reference.countries import index

    cx = index()
    hits = cx.find(t, "en")
    for h in sorted(hits, key=lambda h: -h.start):
        end = h.end + len(re.match(r"[’']s\b|", t[h.end:]).group())  # "Armenia’s defence ministry"
        if h.start == 0:
            t = t[end:].strip()
        else:
            t = (t[:h.start] + t[end:]).strip()
    t = re.sub(r"\s+", " ", t)
    # "the Royal New Zealand Navy", "the Royal Thai Air Force": with the state taken out, "royal" is
    # only the style of the state's service ("commander of navy").
    t = re.sub(r"\broyal\s+(?=(?:navy|naval|air\s+force|army|armed\s+forces|marines|guard)\b)", "", t, flags=re.I)
    if not tail:  # only the state's name taken out: "inspector of the (Italian) army"
        return _norm(t)
    t = _QUALIFIER_TAIL.sub("", _norm(t))
    t = re.sub(r"\s+of(?:\s+republic)?(?:\s+of)?$", "", t)
    t = re.sub(r"\s+of\s+(?:armed forces|republic)$", "", t)
    # An international body's name is its qualifier as a state's is: "NATO Secretary General",
    # "Secretary General of the CSTO".
    t = re.sub(r"^(?:nato|un|csto|osce|eu|cis|sco|asean|au)(?:'s)?\s+|\s+of\s+(?:nato|un|csto|osce|eu|cis|sco|asean|au)$", "", t)
    t = re.sub(r"\b(staff)\s+of\s+(?:air force|navy|army)$", r"\1", t)
    # An envoy's post with its state taken out: "ambassador to (Mongolia)", "attaché in (Astana)".
    t = re.sub(r"\s+(?:of\s+)?(?:to|in|at)$", "", t)
    # "head of the international cooperation department of the (Belarusian) defence ministry"
    t = re.sub(r"\b(department|directorate)\s+of\s+(?:defence ministry|ministry of (?:national )?defence)$", r"\1", t)  # "chief of air staff of (royal) air force"
    return t.strip()


#: A trailing force or body written as an acronym ("Chief of General Staff of the ENDF", "Commander of the
#: RFMF"): like a state's name, the qualifier of the office, not the office.
_ACRONYM_TAIL = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]{2,6}$")
#: A state's style before an office ("Federal Minister of Defence", "Federal Chancellor", "Union Defence
#: Minister"): the office is the one without it.
_STYLE_HEAD = re.compile(r"^(?:federal|union)\s+(?=\w)")


#: Offices of one word that stay the office with their state or post taken out ("US Ambassador to Mongolia",
#: "Federal Chancellor", "Federal President"), unlike a bare head ("Chief of the Azerbaijani Armed Forces" is no "Chief").
_ONE_WORD_OFFICES = frozenset({"ambassador", "envoy", "chancellor", "president"})


def _one_office(part: str) -> str | None:
    offices, _, _ = _tables()
    t = _norm(part)
    bare = _norm(_strip_country(part))
    cands = [t, bare, _norm(_strip_country(part, tail=False))]
    if _ACRONYM_TAIL.search(part.strip()):
        cands.append(_norm(_strip_country(_ACRONYM_TAIL.sub("", part.strip()))))
    unstyled = [_STYLE_HEAD.sub("", c) for c in cands if _STYLE_HEAD.match(c)]
    for cand in cands + unstyled:
        if cand != t and " " not in cand and " " in t and cand not in _ONE_WORD_OFFICES:
            continue  # "Chief of the Azerbaijani Armed Forces" is not just "Chief"
        if cand in offices:
            return offices[cand]
        p = re.match(r"^(.+?)'s (chief|commander|head|chief of staff)$", cand)
        if p and f"{p.group(2)} of {p.group(1)}" in offices:
            return offices[f"{p.group(2)} of {p.group(1)}"]  # "navy's chief" is "chief of navy"
        m = _WORD_ORDER.match(cand)
        if m:
            turned = f"{m.group(1)}minister of {m.group(2)}"
            if turned in offices:
                return offices[turned]
    return None


@lru_cache(maxsize=8192)
def canonical_role(role: str | None) -> str | None:
    """The canonical label of an office as written, or None when data/roles.yaml has none. Memoised:
    a function of the text and of data/roles.yaml, which `_tables` reads once per process."""
    if not role:
        return None
    # (a comma before a second office joins two as the dash does: "First Deputy Minister of Defence, Chief of the General Staff")
    parts = [p for p in re.split(r"\s+[-–—]\s+|\s*;\s*|,\s+(?=(?:first |deputy )*(?:minister|chief|commander|head)\b)|\s+and\s+(?=(?:first |deputy )*(?:minister|chief|commander|head)|(?:first |deputy )*(?:national )?(?:defen[cs]e|foreign) minister\b)", role, flags=re.I) if p.strip()]
    labels = [_one_office(p) for p in parts]
    if not labels or any(x is None for x in labels):
        return None
    return " – ".join(dict.fromkeys(labels))


def _rank_key(rank: str) -> str:
    """A rank as a lookup key: lower case, hyphens and brackets read as spaces, so the service in
    brackets stays a word of the rank ("Captain (Navy)" is "captain navy", not "captain")."""
    return re.sub(r"\s+", " ", _norm(re.sub(r"[()\[\]]", " ", rank)).replace("-", " ")).strip()


def canonical_rank(rank: str | None) -> str | None:
    if not rank:
        return None
    _, ranks, _ = _tables()
    return ranks.get(_rank_key(rank))


@lru_cache(maxsize=1)
def _state_labels() -> dict[tuple[str, str], str]:
    """(canonical label, state) -> the state's own label, from ``by_country`` in ``data/roles.yaml``."""
    data = (load_yaml(_DATA.read_text(encoding="utf-8")) or {}).get("by_country") or {}
    out: dict[tuple[str, str], str] = {}
    for label, own in data.items():
        for own_label, states in (own or {}).items():
            for code in states or []:
                out[(str(label), str(code).upper())] = str(own_label)
    return out


def state_label(label: str | None, country: str | None) -> str | None:
    """A canonical label as the person's state names its office: India's 'Defence Secretary' is the
    ministry's senior civil servant, not the US 'Secretary of Defense'. Each office of a label joined
    by ' – ' on its own; the label unchanged for any other state or with no state."""
    if not label or not country:
        return label
    table = _state_labels()
    return " – ".join(table.get((part, country.upper()), part) for part in label.split(" – "))


def label_role(role: str | None, country: str | None = None) -> str:
    """The label to print: the canonical one (as the person's state, when given, names the office),
    else the words as written."""
    return state_label(canonical_role(role), country) or (role or "")


def label_rank(rank: str | None) -> str:
    return canonical_rank(rank) or (rank or "")


@lru_cache(maxsize=1)
def split_ranks_en() -> str:
    """A regex alternation of the English ranks of ``data/roles.yaml`` with a small word inside ("General
    of the Army", "Général de corps d'armée", "Generale di Brigata"), longest first, each word
    capitalised as the text writes it and the small words as they are."""
    data = load_yaml(_DATA.read_text(encoding="utf-8")) or {}
    out = []
    for r in (data.get("en") or {}).get("ranks") or []:
        words = str(r).split()
        if len(words) > 1 and any(w[:1].islower() for w in words[1:]):
            out.append(r"[ \t]+".join(re.escape(w).replace("'", "['’]") for w in words))
    return "|".join(sorted(out, key=len, reverse=True)) or "(?!)"

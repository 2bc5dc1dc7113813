"""The page's source chosen among candidates: every outlet a rule of ``sources._source_rules`` names, described by
named features and ranked by the learned ranker ``generator/data/rankers/source.json`` (``generator.text.ranker``).

A candidate keeps the rule that found it, the line it came from, its name as the rule read it (``raw``) and as the
page will print it (``name``: capitals, Latin script, initials spelt out), and whether it is the rules' own pick (the
first in their order of precedence). Its features say where on the page it stands (the line's label, above the
headline, in or under the text), how many rules and lines name the same outlet, and what kind of name it is (a listed
outlet, a web address, an office, an agency's word, its script against the page's language). With no ranker shipped
the rules' pick is kept; a ranker whose best candidate falls below its threshold gives no source.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from generator.text import ranker as R

RANKER = "source"
#: 'on' / 'off': let the shipped ranker choose, or not, whatever its ``meta['chooses']`` says (to measure it).
CHOOSE_ENV = "GENERATOR_SOURCE_RANKER"

_LINE = re.compile(r"^line (\d+):")
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
_DOMAIN = re.compile(r"(?i)\b[\w\-]+\.(?:[a-z]{2,6})(?:/|$)")
#: An issuer that is no newsroom: a ministry, an embassy, a government office, an armed service, a press service.
_OFFICE = re.compile(
    r"(?i)ministr|министерств|минобороны|embass|посольств|department|government|правительств|general staff|генштаб|"
    r"генеральн\w+ штаб|press service|пресс-служб|directorate|bureau|office|command|forces|president|президент|"
    r"администрац|council|совет|secretariat|mission|миссия|штаб|headquarters|public relations|спикер|армия|army|navy|"
    r"air force|\bflot|флот|войск")
#: A newsroom's word in its name: an agency, a paper, a broadcaster, a site.
_NEWSROOM = re.compile(
    r"(?i)\b(?:news|agency|press|wire|times|post|daily|weekly|journal|gazette|radio|tv|herald|tribune|courier|observer|"
    r"telegraph|chronicle|monitor|media|online|today|информ|агентств|новост|вестник|курьер|газет|правда|известия|ИА)\b")


@dataclass(frozen=True, slots=True)
class Candidate:
    """One outlet a rule names, with the features the ranker reads and (after ``choose``) its probability."""

    rule: str
    raw: str  # as the rule read it
    name: str  # as the page prints it when chosen
    why: str
    line: int | None  # the line it came from (None: read from the text as a whole)
    pick: bool  # the rules' own pick
    features: dict[str, float] = field(default_factory=dict, compare=False)
    probability: float | None = None


def _fold(s: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", s.casefold()).split())


_SEPARATOR = re.compile(r"[|·•/\\>»©@:;,!?\d]|\s[-–—]\s|https?:|www\.")
_LETTERS = re.compile(r"^[^\W\d_][\w'’&.\- ]*[\w.]$")
_ABOUT = re.compile(r"^(?:About|О компании|Об?\s+(?:агентстве|издании|газете|институте))\s+(?P<n>[^\W\d_][\w'’&.\- ]{1,60})$")


def _name_line(t: str) -> str | None:
    """A line that is a name alone: one to six words of letters, no separator, figure, date or address."""
    t = t.strip(" \t\"'«»“”")
    if len(t) < 3 or _SEPARATOR.search(t) or not _LETTERS.match(t) or not 1 <= len(t.split()) <= 6 or not t[:1].isupper():
        return None
    # written as a name: a Latin one with every word of four letters or more capitalised ('Baltic Defence Review',
    # not 'Skip to main content'), a Cyrillic one from its first word ('Степной курьер')
    return t if _CYRILLIC.search(t) or all(w[:1].isupper() for w in t.split() if len(w) >= 4) else None


def weak(lines: Sequence) -> list[tuple[str, str, str]]:
    """Names the rules would not take blindly, offered to the ranker only (never the rules' pick): the short name
    alone on the page's first line (a masthead), and the name an 'About X' heading
    gives (a company's or an institute's release)."""
    nonblank = [ln for ln in lines if ln.label != "blank"]
    out: list[tuple[str, str, str]] = []
    if nonblank:
        first = nonblank[0]
        got = _name_line(first.text) if first.label != "body" else None
        if got:
            out.append(("first_line_name", got, f"line {first.number}: a name alone on the page's first line (a masthead)"))
    for ln in nonblank:
        m = _ABOUT.match(ln.text.strip())
        if m and _name_line(m.group("n")):
            out.append(("about_heading", m.group("n").strip(" ."), f"line {ln.number}: an 'About X' heading"))
    return out


def gather(found: Sequence[tuple[str, str, str]], lines: Sequence, lang: str, headline_line: int | None, *,
           finish: Callable[[str, str], str], known: Callable[[str], bool], site_owner: str | None = None,
           offered: Sequence[tuple[str, str, str]] = ()) -> tuple[Candidate, ...]:
    """Candidates from the rules' (rule, name, why) in their order, then the names only ``offered`` to the ranker
    (``weak``), finished and described by their features."""
    by_number = {ln.number: ln for ln in lines}
    body = [ln.number for ln in lines if ln.label == "body"]
    first_body, last_body = (min(body), max(body)) if body else (0, 0)
    total = max(len(lines), 1)
    texts = [ln.text.casefold() for ln in lines if ln.label != "blank"]
    raw: list[Candidate] = []
    for k, (rule, name, why) in enumerate([*found, *offered]):
        m = _LINE.match(why)
        raw.append(Candidate(rule=rule, raw=name, name=finish(name, why) or name, why=why,
                             line=int(m.group(1)) if m else None, pick=k == 0 and bool(found)))
    nonblank = [ln.number for ln in lines if ln.label != "blank"]
    names = [_fold(c.name) for c in raw]
    kinds = ["office" if _OFFICE.search(c.name) else "newsroom" if _NEWSROOM.search(c.raw) or _NEWSROOM.search(c.name)
             or known(c.name) else "name" for c in raw]
    out = []
    for k, c in enumerate(raw):
        f: dict[str, float] = {f"rule={c.rule}": 1.0, "bias_pick": 1.0 if c.pick else 0.0, "order": 1.0 / (1 + k) if k < len(found) else 0.0}
        if k >= len(found):
            f["offered"] = 1.0
        ln = by_number.get(c.line) if c.line is not None else None
        if ln is None:
            f["label=text"] = 1.0
        else:
            f[f"label={ln.label}"] = 1.0
            f["position"] = c.line / total
            if nonblank and c.line == nonblank[0]:
                f["first_line"] = 1.0
            if nonblank and c.line == nonblank[-1]:
                f["last_line"] = 1.0
            if headline_line and c.line < headline_line:
                f["above_headline"] = 1.0
            if body and c.line < first_body:
                f["above_text"] = 1.0
            elif body and c.line > last_body:
                f["below_text"] = 1.0
            elif body:
                f["in_text"] = 1.0
        same = sum(1 for j, n in enumerate(names) if n == names[k] and j != k and raw[j].rule != c.rule)
        f["support"] = math.log1p(same)
        key = c.name.casefold()
        f["mentions"] = math.log1p(sum(1 for t in texts if key and key in t))
        if known(c.name):
            f["known"] = 1.0
        if _DOMAIN.search(c.name):
            f["domain"] = 1.0
        if _OFFICE.search(c.name):
            f["office"] = 1.0
        if _NEWSROOM.search(c.raw) or _NEWSROOM.search(c.name):
            f["newsroom_word"] = 1.0
        if c.name.isupper() or (len(c.name.split()) == 1 and c.name[:1].isupper() and any(ch.isupper() for ch in c.name[1:])):
            f["acronym_shape"] = 1.0
        if _CYRILLIC.search(c.raw) and lang != "ru":
            f["script_differs"] = 1.0
        if not _CYRILLIC.search(c.raw) and lang == "ru":
            f["latin_on_russian_page"] = 1.0
        if site_owner and _fold(site_owner) == names[k]:
            f["site_owner"] = 1.0
        f["words"] = min(len(c.name.split()), 8) / 8
        # (against the rules' pick: a newsroom's masthead over a ministry the text cites, an office over a site)
        kind, pick_kind = kinds[k], kinds[0] if found else "none"
        f[f"kind={kind}"] = 1.0
        if k and names[k] == names[0]:
            f["same_as_pick"] = 1.0
        elif k:
            f[f"kind={kind}|pick={pick_kind}"] = 1.0
            if "first_line" in f:
                f[f"first_line|pick={pick_kind}"] = 1.0
        out.append(replace(c, features=f))
    return tuple(out)


def chooser() -> R.Ranker | None:
    """The shipped ranker when it may choose: its grouped cv beat the rules (``meta['chooses']``, written by
    ``python -m generator.quality.rankers train``) or ``GENERATOR_SOURCE_RANKER=on``; ``=off`` keeps the rules."""
    model = R.load(RANKER)
    flag = os.environ.get(CHOOSE_ENV, "").strip().lower()
    if model is None or flag == "off" or (flag != "on" and not model.meta.get("chooses")):
        return None
    return model


def choose(cands: Sequence[Candidate], ranker: R.Ranker | None | bool = True) -> Candidate | None:
    """The candidate the ranker takes (None when its best falls below its threshold), or the rules' pick when no
    ranker chooses (``chooser``; ``ranker=False``: the rules' pick, a Ranker: that one)."""
    model = chooser() if ranker is True else (ranker or None)
    if not cands:
        return None
    if model is None:
        return cands[0] if cands[0].pick else None
    best = model.best([(c, c.features) for c in cands])
    return best[0] if best else None


def scored(cands: Sequence[Candidate], ranker: R.Ranker | None | bool = True) -> list[Candidate]:
    """The candidates with their probabilities, best first (the rules' order when no ranker is shipped)."""
    model = R.load(RANKER) if ranker is True else (ranker or None)
    if model is None:
        return list(cands)
    return [replace(c, probability=p) for c, p in model.ranked([(c, c.features) for c in cands])]


def note(chosen: Candidate) -> str:
    """What the page's 'why' says about the choice when the ranker overruled the rules' pick."""
    return "" if chosen.pick else f" (chosen by the ranker over the rules' first candidate; rule {chosen.rule})"

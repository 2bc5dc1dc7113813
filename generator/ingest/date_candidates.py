"""The page's date as a CHOICE among candidates: every date the page shows, described by named features,
ranked by weights learned from gold pages (``generator.text.ranker``, ``generator/data/rankers/page_date.json``).

The rules of ``pagedates.read_date`` still read the page and make their pick (the ' date …' header, a
'Published:' line, the stamp under the headline, the foot stamp, the dateline completed by the year of
the text, the year of the meeting …). That pick is one candidate, marked as the rules' pick and named by
the rule that gave it; every other date printed on a line of the page (the clock in the header, the dates
of a related list, an update stamp, a date in the text) is another, named ``line``. Each candidate is
described by where its line stands (above the headline, between the headline and the text, in the text,
under it), what the line model made of the line, the cue words on it ('Published', «Опубликовано»,
'Updated'), whether it carries a time or is a clock, how many lines print the same day, whether it is
the latest or earliest of the page's dates, whether the lead names the same day, and its precision.

What the ranker may do is the shipped policy (``POLICIES``): advise only (the rules' pick stands, the
candidates and their probabilities are recorded for ``generator explain``), replace the rules' pick by a
rival that clears the threshold, or also date a page the rules leave undated. Without a shipped weights
file the rules' pick stands unchanged and nothing is recorded. Nothing here imports ``reader``: the reader hands over the cue
tests it owns (``Cues``), so the import graph stays a tree.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass

from generator.model import PartialDate
from generator.text import ranker as R
from generator.text.dates import date_only, find_dates, numeric_parts

NAME = "page_date"


@dataclass(frozen=True)
class Candidate:
    """One date the page could have: the date at the precision the text gives, the rule that found it
    ('line' for a date printed on a line that no rule chose), the number of its line (None for a date
    read from the text as a whole), the line's text, and whether it is the rules' own pick."""

    date: PartialDate
    rule: str
    line: int | None
    text: str
    pick: bool = False


@dataclass(frozen=True)
class Cues:
    """The reader's tests of a line, handed over so that this module does not import the reader."""

    clock_line: Callable[[str], bool]  # a clock in the header ('Monday, 20 November 2023 10:05')
    date_cue: Callable[[str], bool]  # 'Published:', 'Дата публикации:'
    update_cue: Callable[[str], bool]  # 'Updated', 'Обновлено'
    related: Callable[[str], bool]  # a 'Read more' heading
    copy_stamp: Callable[[str], bool]  # 'Printed on …', 'Дата обращения: …'
    today_clock: Callable[[str], bool]  # 'Today 17.05.2024'
    own_dates: Callable[[str, str], list]  # find_dates of a date line, update stamps last


#: The rule behind the reader's pick, read from the reason it recorded (``p.why['date']``), in order.
RULES: tuple[tuple[str, str], ...] = (
    ("header", r"' date .*' header"),
    ("foot_cue", r"under the text"),
    ("cue", r"rule: a date after '"),
    ("published_sentence", r"sentence saying when the article was published"),
    ("relative", r"relative timestamp"),
    ("year_line", r"a year alone on a line"),
    ("date_line", r"on a line labelled date"),
    ("byline_line", r"on a line labelled byline"),
    ("next_to_headline", r"next to the headline"),
    ("under_headline", r"between the headline and the text"),
    ("alone_above", r"the one date alone on a line above"),
    ("stamp_above", r"a line holding only a date above the text"),
    ("address", r"page's own address"),
    ("foot", r"at the foot of the article"),
    ("dateline_same_day", r"the same day in full"),
    ("edition", r"name of the occasion"),
    ("dateline_year", r"dateline day and month"),
    ("lead", r"in the (?:lead|caption)$"),
    ("meeting", r"meeting"),
    ("coming_year", r"looks ahead"),
)


#: Rules that are exact: their pick stands whatever the policy and the ranker say (the scraper's own ' date
#: YYYY-MM-DD' header, wherever it stands among the page's chrome lines).
FINAL_RULES = frozenset({"header"})

#: Rules whose pick is read from the text as a whole, not from a line printing the date.
TEXT_RULES = frozenset({"meeting", "coming_year", "dateline_year", "edition", "lead", "published_sentence"})


def rule_of(why: str) -> str:
    for name, rx in RULES:
        if re.search(rx, why):
            return name
    return "other"


def _text(ln) -> str:
    return ln.text.strip()


def candidates(labelled, p, cues: Cues) -> list[Candidate]:
    """The rules' pick (first, marked) and every other date a line of the page prints, each once per line."""
    out: list[Candidate] = []
    pick_line = None
    if p.date is not None:
        why = p.why.get("date", "header")
        m = re.match(r"line (\d+):", why) or re.search(r"\(line (\d+)\)$", why)
        pick_line = int(m.group(1)) if m else None
        text = p.date_text or ""
        if pick_line is not None:
            text = next((_text(ln) for ln in labelled if ln.number == pick_line), text)
        out.append(Candidate(p.date, rule_of(why), pick_line, text, pick=True))
    seen = {(c.date, c.line) for c in out}
    for ln in labelled:
        if ln.label == "blank":
            continue
        t = _text(ln)
        if not re.search(r"\d", t):
            continue
        n = 0
        for d, *_rest in cues.own_dates(t[:400], p.lang):
            if d is None or (d, ln.number) in seen:
                continue
            seen.add((d, ln.number))
            out.append(Candidate(d, "line", ln.number, t))
            n += 1
            if n >= 3:
                break
    return out


def _ambiguous(c: Candidate) -> PartialDate | None:
    """The other reading of a numeric day both readings fit ('05/09/2018'), or None."""
    if c.date.day is None:
        return None
    for a, b, _sep, y, _o in numeric_parts(c.text):
        if y == c.date.year and {a, b} == {c.date.month, c.date.day} and a != b and max(a, b) <= 12:
            try:
                return PartialDate(y, c.date.day, c.date.month)
            except ValueError:
                return None
    return None


def features(cands: list[Candidate], labelled, p, cues: Cues) -> list[dict[str, float]]:
    """Named numeric features of each candidate (see the module's docstring)."""
    nonblank = [ln for ln in labelled if ln.label != "blank"]
    index = {ln.number: k for k, ln in enumerate(nonblank)}
    head = next((k for k, ln in enumerate(nonblank) if ln.number == p.headline_line), None)
    if head is None:
        head = next((k for k, ln in enumerate(nonblank) if ln.label == "headline"), None)
    body = [k for k, ln in enumerate(nonblank) if ln.label == "body"]
    first_body = next((k for k in body if head is None or k > head), body[0] if body else len(nonblank))
    last_body = body[-1] if body else len(nonblank)
    related_from = next((k for k, ln in enumerate(nonblank) if k > last_body and (
        cues.related(_text(ln)) or ln.why.startswith("rule: related-articles list"))), None)
    lead = _text(nonblank[first_body]) if first_body < len(nonblank) else ""
    lead_days = {(m, d) for _x, m, d, *_r in find_dates(lead, p.lang) if m and d}
    full = sorted({c.date for c in cands if c.date.day is not None}, key=lambda d: (d.year, d.month, d.day))
    lines_of: dict[PartialDate, set] = {}
    for c in cands:
        if c.line is not None:
            lines_of.setdefault(c.date, set()).add(c.line)
    pick = next((c for c in cands if c.pick), None)
    # a pick read from the text as a whole (the year of the meeting, a dateline completed by the text's year)
    # rather than from a line that prints the date
    weak_pick = pick is not None and (pick.line is None or pick.rule in TEXT_RULES)
    dated_at: dict[int, set] = {}
    for c in cands:
        if c.line is not None and c.line in index:
            dated_at.setdefault(index[c.line], set()).add(c.date)
    order = sorted({index.get(c.line, 10**6) for c in cands if c.line is not None})
    body_years = [y for c in cands if c.line is not None and index.get(c.line) in body for y in (c.date.year,)]
    out = []
    for c in cands:
        f: dict[str, float] = {f"rule={c.rule}": 1.0, f"precision={c.date.precision}": 1.0}
        if c.pick:
            f["pick"] = 1.0
        if pick is None:
            f["rules_found_none"] = 1.0
        elif pick is not None and c.date == pick.date:
            f["same_as_pick"] = 1.0
        if pick is not None and c.date.year == pick.date.year and not c.pick:
            f["same_year_as_pick"] = 1.0
        k = index.get(c.line) if c.line is not None else None
        if k is None:
            f["no_line"] = 1.0
        else:
            ln, t = nonblank[k], c.text
            f[f"label={ln.label}"] = 1.0
            if "rule:" in ln.why:
                f["label_by_rule"] = 1.0
            if head is None:
                f["no_headline"] = 1.0
            elif k < head:
                f["above_headline"] = 1.0
            if (head is None or k > head) and k < first_body:
                f["under_headline"] = 1.0
            if first_body <= k <= last_body:
                f["in_text"] = 1.0
            if k > last_body:
                f["under_text"] = 1.0
                if k <= last_body + 3:
                    f["right_under_text"] = 1.0
            if related_from is not None and k > related_from:
                f["in_related_list"] = 1.0
            if k <= 1 and (head is None or k < head):
                f["page_top"] = 1.0
            # a neighbour (two lines up or down) printing another date: an item of a list of dated links
            if any(dated_at.get(j, set()) - {c.date} for j in (k - 2, k - 1, k + 1, k + 2)):
                f["neighbour_other_date"] = 1.0
            if weak_pick and not c.pick and c.date.day is not None and not (first_body <= k <= last_body):
                f["printed_rival_of_text_pick"] = 1.0
            if any(dated_at.get(j) for j in (k - 2, k - 1, k + 1, k + 2)):
                f["neighbour_dated"] = 1.0
            nxt = _text(nonblank[k + 1]) if k + 1 < len(nonblank) else ""
            if 0 < len(nxt.split()) <= 2 and re.fullmatch(r"[a-zа-яё .…»>→-]+", nxt):
                f["link_word_below"] = 1.0  # 'more', 'read more', 'далее' under it: a link to another page
            if re.match(r"\W*[0-2]?\d:[0-5]\d\b", t):
                f["time_first"] = 1.0
            if re.search(r"\d:\d\d:\d\d", t):
                f["clock_seconds"] = 1.0
            anchor = head if head is not None else first_body
            f["distance_to_headline"] = min(abs(k - anchor), 20) / 20.0
            f["first_dated_line"] = 1.0 if order and k == order[0] else 0.0
            words = len(t.split())
            if words <= 6:
                f["short_line"] = 1.0
            if words > 25:
                f["long_prose"] = 1.0
            if re.search(r"(?<![\d.:])[0-2]?\d:[0-5]\d(?!\d)", t):
                f["has_time"] = 1.0
            if cues.clock_line(t):
                f["clock_line"] = 1.0
            if cues.date_cue(t) or re.search(r"(?i)\b(?:posted|published|опубликован\w*|размещено)\b", t):
                f["cue_published"] = 1.0
            if cues.update_cue(t) or re.search(r"(?i)\b(?:updated|modified|обновлен\w*|изменен\w*)\b", t):
                f["cue_updated"] = 1.0
            if cues.copy_stamp(t) or cues.today_clock(t):
                f["copy_or_today"] = 1.0
            if date_only(t, p.lang) is not None:
                f["date_only_line"] = 1.0
            if re.search(r"©|copyright|\(c\)|все права", t, re.I):
                f["copyright"] = 1.0
        if c.date.day is not None and len(full) > 1:
            if c.date == full[-1]:
                f["latest"] = 1.0
            if c.date == full[0]:
                f["earliest"] = 1.0
        if c.date.day is not None and (c.date.month, c.date.day) in lead_days:
            f["lead_same_day"] = 1.0
        f["lines_same_date"] = min(len(lines_of.get(c.date, ())), 5) / 5.0
        if _ambiguous(c) is not None:
            f["day_month_ambiguous"] = 1.0
        if body_years and c.date.year == max(body_years):
            f["latest_year_of_text"] = 1.0
        f["page_dates"] = math.log1p(len(full))
        out.append(f)
    return out


def matches(c: Candidate, gold: str | None) -> bool:
    """The training label: the candidate is the gold date at its precision (either reading of an
    ambiguous numeric day, which ``settle_day_month`` reads afterwards)."""
    if not gold:
        return False
    other = _ambiguous(c)
    return c.date.iso() == str(gold) or (other is not None and other.iso() == str(gold))


#: What the ranker may do with its choice:
#: 'rules'  - advise only: the rules' pick stands; the candidates and their probabilities are recorded (explain);
#: 'rerank' - on a page the rules date, a rival that clears the threshold replaces their pick; a page the rules
#:            leave undated stays undated;
#: 'pick'   - any candidate that clears the threshold is taken; below it the rules' pick stands.
POLICIES = ("rules", "rerank", "pick")


def decide(cands: list[Candidate], feats: list[dict[str, float]], model: R.Ranker,
           policy: str | None = None) -> tuple[Candidate | None, list[float]]:
    """The choice under ``policy`` (default: the one the shipped ranker names) and each candidate's probability.
    A rival that gives the same date as the rules' pick never replaces it (the pick's line is kept), and no rival
    replaces the pick of an exact rule (``FINAL_RULES``)."""
    policy = policy or str(model.meta.get("policy", "rules"))
    if policy not in POLICIES:
        raise ValueError(f"ranker {model.name}: policy {policy!r}, expected one of {', '.join(POLICIES)}; "
                         "fix its meta.policy or rebuild it with `make rankers`")
    probs = [model.probability(f) for f in feats]
    pick = next((c for c in cands if c.pick), None)
    if not cands or policy == "rules" or (policy == "rerank" and pick is None):
        return pick, probs
    if pick is not None and pick.rule in FINAL_RULES:
        return pick, probs  # an exact rule's pick is final whatever the ranker says
    best = max(range(len(cands)), key=lambda i: (probs[i], -i))
    if probs[best] < model.threshold or (pick is not None and cands[best].date == pick.date):
        return pick, probs
    return cands[best], probs


def choose(labelled, p, cues: Cues, model: R.Ranker | None = None, record: bool = True) -> None:
    """Let the shipped ranker choose the page's date among the candidates; record them with their
    probabilities in ``p.why['date_candidates']`` (``generator explain`` prints it). With ``record`` false and a
    ranker that only advises (policy 'rules': the rules' pick stands), nothing is built: the date is the same."""
    model = model or R.load(NAME)
    if model is None:
        return
    if not record and model.meta.get("policy", "rules") == "rules":
        return
    cands = candidates(labelled, p, cues)
    if not cands:
        return
    feats = features(cands, labelled, p, cues)
    chosen, probs = decide(cands, feats, model)
    listing = sorted(zip(cands, probs), key=lambda x: -x[1])[:6]
    p.why["date_candidates"] = " | ".join(
        f"{c.date.iso()} p={pr:.2f} {c.rule}{' (rules pick)' if c.pick else ''}{f' (line {c.line})' if c.line is not None else ''}"
        for c, pr in listing)
    pick = next((c for c in cands if c.pick), None)
    if chosen is pick:
        return
    p.date, p.date_text = chosen.date, chosen.text
    p.why["date"] = (f"line {chosen.line}: chosen by the page-date ranker (p={probs[cands.index(chosen)]:.2f})"
                     + (f" over the rules' {pick.date.iso()} ({pick.rule})" if pick is not None else ", the rules found none"))

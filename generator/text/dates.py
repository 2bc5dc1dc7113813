"""Dates of year, month or day precision, parsed deterministically.

Policy:
- ISO forms (``2021-05-20``, ``2019-10``, ``2019``) are exact;
- numeric forms: ``DD.MM.YYYY`` and ``DD-MM-YYYY`` are day first in both languages;
  ``MM/DD/YYYY`` (slashes) is month first in English, day first in Russian; when only the
  other reading is a valid date, it is taken;
- dates with month names ("18 мая 2021", "May 20, 2021", "Feb. 6, 2020", "October 2019") are read
  by dateparser with absolute parsers only, a fixed relative base and a required year: a missing
  day or month is never filled in, a run of digits is never read as a Unix time, and relative
  dates ("вчера", "2 hours ago") are unknown.
"""

from __future__ import annotations

import datetime
import re
from functools import lru_cache

from generator.model import PartialDate

_ISO = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*$")
_NUMERIC = re.compile(r"^\s*(\d{1,2})([./-])(\d{1,2})\2(\d{4})\b")
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_TIME_TAIL = re.compile(r"\s*[|,]?\s*\d{1,2}:\d{2}(?::\d{2})?\s*$")

_SETTINGS = {
    "PARSERS": ["custom-formats", "absolute-time"],
    "REQUIRE_PARTS": ["year"],
    "RELATIVE_BASE": datetime.datetime(2000, 1, 1),
    "PREFER_DAY_OF_MONTH": "first",
    "RETURN_TIME_AS_PERIOD": False,
}


@lru_cache(maxsize=4)
def _parser(lang: str):
    from dateparser.date import DateDataParser

    return DateDataParser(languages=[lang], settings=_SETTINGS)


def _safe(year: int, month: int | None, day: int | None) -> PartialDate | None:
    try:
        return PartialDate(year, month, day)
    except ValueError:
        return None


def parse_date(text: str, lang: str = "en") -> PartialDate | None:
    """Parse a date string at the precision it states; None when it states no absolute date."""
    text = text.strip().rstrip(".")
    if not text or len(text) > 80:
        return None
    m = _ISO.match(text)
    if m:
        y, mo, d = m.groups()
        return _safe(int(y), int(mo) if mo else None, int(d) if d else None)
    m = _NUMERIC.match(text)
    if m:
        a, sep, b, y = int(m.group(1)), m.group(2), int(m.group(3)), int(m.group(4))
        month_first = sep == "/" and lang == "en"
        first = _safe(y, a, b) if month_first else _safe(y, b, a)
        return first or (_safe(y, b, a) if month_first else _safe(y, a, b))
    years = _YEAR.findall(text)
    if len(years) != 1:
        return None
    text = _TIME_TAIL.sub("", text)
    if re.fullmatch(r"\d+", text.replace(" ", "")):
        return None  # digits only and not a year: an ID, never a timestamp
    data = _parser(lang if lang in ("en", "ru") else "en").get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    dt = data.date_obj
    if str(dt.year) != years[0]:
        return None
    if data.period == "day":
        return _safe(dt.year, dt.month, dt.day)
    if data.period == "month":
        return _safe(dt.year, dt.month, None)
    return _safe(dt.year, None, None)


# --------------------------------------------------------------------------- month names (Babel)
#
# Every list of month names in the generator comes from here, made from Babel's CLDR data: the
# wide names ("January"; Russian "январь" stand-alone, the nominative, and "января" in a date,
# the genitive), the first three letters as the abbreviation ("Jan", "янв", "мая"), and the
# prepositional "в январе" made from the nominative. "Sept"/"сент" are the one abbreviation of
# four letters that the news writes (Babel's en_GB and ru abbreviated forms have them).
_EXTRA_ABBR = {"en": ("sept",), "ru": ("сент",)}


@lru_cache(maxsize=None)
def month_names(lang: str = "en", form: str = "format") -> tuple[str, ...]:
    """The twelve wide month names, January first: ``form`` "format" (in a date: Russian genitive
    "января") or "stand-alone" (Russian nominative "январь"). English names are capitalised."""
    from babel.dates import get_month_names

    names = get_month_names("wide", form, lang)
    return tuple(names[i] for i in range(1, 13))


@lru_cache(maxsize=None)
def month_prepositional_ru() -> tuple[str, ...]:
    """"январе" … "декабре" (as in "в январе"), from the nominative: "январь" -> "январе", "май" -> "мае"."""
    return tuple((n[:-1] if n[-1] in "ьй" else n) + "е" for n in month_names("ru", "stand-alone"))


@lru_cache(maxsize=None)
def month_words(lang: str) -> dict[str, int]:
    """Every month word read in text, lower case -> month: the wide names in both forms, their
    first three letters and "sept"/"сент"."""
    out: dict[str, int] = {}
    for form in ("format", "stand-alone"):
        for i, n in enumerate(month_names(lang, form), 1):
            out.setdefault(n.casefold(), i)
            out.setdefault(n.casefold()[:3], i)
    for w in _EXTRA_ABBR.get(lang, ()):
        out[w] = month_words_number(lang, w)
    return out


def month_words_number(lang: str, abbr: str) -> int:
    """The month whose wide name starts with ``abbr``."""
    return next(i for i, n in enumerate(month_names(lang, "stand-alone"), 1) if n.casefold().startswith(abbr))


def month_stems_ru() -> tuple[str, ...]:
    """What the nominative and genitive share: "январ" (январь, января), "март", "ма" (май, мая)."""
    import os.path

    return tuple(os.path.commonprefix([a, b]) for a, b in zip(month_names("ru", "stand-alone"), month_names("ru", "format")))


def month_pattern(lang: str, *, full: bool = True, abbr: bool = True, form: str | None = None,
                  title: bool = False, extra: bool = True) -> str:
    """A regular-expression alternation (no group) of month words, longest first: the wide names
    (``form`` one of "format"/"stand-alone", both when None) and/or the abbreviations;
    ``title``: capitalised ("January", "Jan"), for case-sensitive patterns; ``extra``: with
    "sept"/"сент"."""
    words: set[str] = set()
    forms = (form,) if form else ("format", "stand-alone")
    for f in forms:
        for n in month_names(lang, f):
            if full:
                words.add(n.casefold())
            if abbr:
                words.add(n.casefold()[:3])
    if abbr and extra:
        words.update(_EXTRA_ABBR.get(lang, ()))
    ordered = sorted(words, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w.capitalize() if title else w) for w in ordered)


def human(date: PartialDate | None, lang: str = "en") -> str:
    """'20 May 2021', 'October 2019', '2019'; Russian forms for ``lang='ru'``."""
    if date is None:
        return "undated" if lang == "en" else "без даты"
    if date.month is None:
        return str(date.year)
    if date.day is None:
        names = month_names("en") if lang == "en" else month_names("ru", "stand-alone")
        return f"{names[date.month - 1]} {date.year}"
    names = month_names("en") if lang == "en" else month_names("ru", "format")
    return f"{date.day} {names[date.month - 1]} {date.year}"


# --------------------------------------------------------------------------- dates inside text

_MONTH_WORDS_ALL = frozenset(w for lang in ("en", "ru") for w in month_words(lang))
_MONTH_KEYS = {w[:3]: n for lang in ("en", "ru") for w, n in month_words(lang).items()}  # "jan", "янв", "мая", "май"
_MON = rf"(?P<mon>{month_pattern('en')}|{month_pattern('ru')})\.?"
_Y4 = r"(?P<year>(?:1[89]|20)\d\d)(?!\d)"
_Y2 = r"['’‘](?P<year>\d\d)(?![\w'’])"
_TEXT_DATES = [
    ("iso", re.compile(r"(?<![\d.])(?P<year>(?:19|20)\d\d)(?P<isep>[-/.])(?P<month>[01]?\d)(?P=isep)(?P<day>[0-3]?\d)(?![\d-]|[./]\d)")),
    # '2025 M05 08': the year, 'M' and the month's number, then the day (the CLDR pattern of a locale
    # without month names, as some sites print it)
    ("iso", re.compile(r"(?<![\w.])(?P<year>(?:19|20)\d\d)\s+M(?P<month>[01]\d)\s+(?P<day>[0-3]\d)(?![\w.:])")),
    ("numeric", re.compile(r"(?<![\d.:/-])(?P<day>[0-3]?\d)(?P<sep>[./-])(?P<month>[0-3]?\d)(?P=sep)(?P<year>(?:19|20)?\d\d)(?![\d]|[./-]\d)")),
    # '18. 09. 2020.': the dots followed by a space, as some Central European and Balkan sites print
    # the day; only with a four-digit year, so that list numbers ('1. 2. 3.') are never a date.
    ("numeric", re.compile(r"(?<![\d.:/-])(?P<day>[0-3]?\d)(?P<sep>\.)\s(?P<month>[01]?\d)\.\s(?P<year>(?:19|20)\d\d)(?!\d)")),
    # 'Friday 22nd of July 2022': an ordinal and 'of' between the day and the month
    ("day month year", re.compile(rf"(?<![\w])(?P<day>[0-3]?\d)(?:(?:st|nd|rd|th)\s+of\s+|(?:st|nd|rd|th)?(?:\s+|-)){_MON}(?![\w])(?:,?\s+|-){_Y4}(?:\s*(?:г\.|года))?", re.I)),
    ("month day year", re.compile(rf"(?<![\w]){_MON}(?![\w])\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+{_Y4}", re.I)),
    # '2025, May 8', '2025 May 08 14:05': the year first, then the month's name and the day (not a time after it)
    ("year month day", re.compile(rf"(?<![\w.,]){_Y4},?\s+{_MON}(?![\w])\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:.]\d|[\w])", re.I)),
    # "Jun 19 '23", "19 Jun '23", "June '23": a two-digit year after an apostrophe
    ("month day year", re.compile(rf"(?<![\w]){_MON}(?![\w])\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+{_Y2}", re.I)),
    ("day month year", re.compile(rf"(?<![\w])(?P<day>[0-3]?\d)(?:(?:st|nd|rd|th)\s+of)?(?:st|nd|rd|th)?\s+{_MON}(?![\w]),?\s+{_Y2}", re.I)),
    ("month year", re.compile(rf"(?<![\w]){_MON}(?![\w]),?\s+{_Y2}", re.I)),
    # '20-May-21': a day, a month word and a two-digit year joined by dashes (a form of log files and some CMSs)
    ("day month year", re.compile(rf"(?<![\w-])(?P<day>[0-3]?\d)-{_MON}-(?P<year>\d\d)(?![\w-])", re.I)),
    ("month year", re.compile(rf"(?<![\w\d]\s)(?<![\w]){_MON}(?![\w]),?\s+{_Y4}", re.I)),
    # '2025-05' alone: a year and a two-digit month joined by a dash, at month precision; not a season
    # ('2010-11', the second number the next year's last digits), not a numbered item ('No. 2025-05')
    ("iso month", re.compile(r"(?<![\w.\-–/#№])(?<!No\.\s)(?<!№\s)(?P<year>(?:19|20)\d\d)-(?P<month>0[1-9]|1[0-2])(?![\w\-–/]|[.:]\d)")),
    ("day month", re.compile(rf"(?<![\w])(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+{_MON}(?![\w])", re.I)),
    ("month day", re.compile(rf"(?<![\w]){_MON}(?![\w])\s+(?P<day>[0-3]?\d)(?![\d:])", re.I)),
]


def _month_number(token: str) -> int | None:
    t = token.casefold().rstrip(".")
    return _MONTH_KEYS.get(t[:3]) if t[:3] != "мая" else 5


def find_dates(text: str, lang: str = "en") -> list[tuple[PartialDate | None, int | None, int | None, str, int]]:
    """Every date written in ``text``, in order: (date or None, month, day, form, offset).

    Memoised (``_find_dates``, a function of the text and language only): reading one page asks
    for the dates of the same lines again and again (bylines, headlines, date lines: 11,475 calls
    on 1,545 distinct lines for 250 articles); each call gets a list of its own.

    A date with a year is returned as a ``PartialDate`` at the precision written ("16 February
    2017 18:46" -> 2017-02-16, "October 2019" -> 2019-10, "09.10.17" -> 2017-10-09); a day and
    month without a year ("May 20", "20 мая") come back with ``None`` and their month and day, for
    the caller to date from context. Numeric dates are day first ("DD.MM.YYYY"), except
    ``MM/DD/YYYY`` with slashes in English when that is the only valid reading."""
    return list(_find_dates(text, lang))


@lru_cache(maxsize=8192)
def _find_dates(text: str, lang: str) -> tuple[tuple[PartialDate | None, int | None, int | None, str, int], ...]:
    found: list[tuple[PartialDate | None, int | None, int | None, str, int]] = []
    taken: list[tuple[int, int]] = []
    for form, rx in _TEXT_DATES:
        for m in rx.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if form == "numeric" and _PHONE_BEFORE.search(text[max(0, m.start() - 24):m.start()]):
                continue  # '+996 312 05-23-14', 'тел.: 62-05-14': a phone number's groups, not a date
            g = m.groupdict()
            month = int(g["month"]) if g.get("month") else (_month_number(g["mon"]) if g.get("mon") else None)
            if month is None:
                continue
            if form == "year month day" and re.search(r"\b(?!(?:published|posted|updated|on|date|dated|опубликовано|обновлено|от)\b)"
                                                      r"[a-zа-яё]\w*[\s,]+$", text[max(0, m.start() - 30):m.start()], re.I):
                continue  # 'in 2024, May 9 parades …': a year of running text, then a day of its own
            if form == "iso month" and int(g["month"]) == (int(g["year"]) + 1) % 100:
                continue  # '2010-11': a season or a span of two years, not a month
            if form == "month day" and g["mon"].casefold() == "may" and lang == "en" and not m.group(0)[0].isupper():
                continue  # "may 20" in running text is a verb and a number
            day = int(g["day"]) if g.get("day") else None
            year = g.get("year")
            date = None
            if year is not None:
                y = int(year)
                if y < 100:
                    y += 2000
                if form == "numeric":
                    a, b = int(g["day"]), int(g["month"])
                    month_first = g["sep"] == "/" and lang == "en"
                    date = (_safe(y, a, b) if month_first else _safe(y, b, a)) or (_safe(y, b, a) if month_first else _safe(y, a, b))
                else:
                    date = _safe(y, month, day)
                if date is None:
                    continue
            elif day is not None and _safe(2000, month, day) is None:
                continue
            taken.append((m.start(), m.end()))
            found.append((date, month, day, form, m.start()))
    found.sort(key=lambda x: x[4])
    return tuple(found)


_YEAR_ALONE = re.compile(r"(?<![\d.\-–/\u2010\u2011])((?:19|20)\d\d)(?![\d\-–/])")
_COVER = re.compile(r"(?:for|until|till|through|на|до)\s+(?:the\s+)?(?:year\s+)?$|(?:[-–]\s*)$", re.I)


#: What stands before a phone number's last groups: a dialling code or a run of digit groups, or a label.
_PHONE_BEFORE = re.compile(r"(?:\+\d[\d\s()\-]*|\(\d{2,5}\)\s*|(?<![\d.])\d{3,5}\s+|(?i:tel|phone|fax|mob|тел|факс|моб)\w*\.?\s*[:.]?\s*)$")


def numeric_parts(text: str) -> list[tuple[int, int, str, int, int]]:
    """The numeric dates written in ``text`` as (first number, second number, separator, year,
    offset), before any reading of which number is the day: '05/23/2018' -> (5, 23, '/', 2018, 0)."""
    out = []
    for m in next(rx for form, rx in _TEXT_DATES if form == "numeric").finditer(text):
        if _PHONE_BEFORE.search(text[max(0, m.start() - 24):m.start()]):
            continue  # '+996 312 05-23-14', 'тел.: 62-05-14': a phone number's groups, not a date
        y = int(m.group("year"))
        out.append((int(m.group("day")), int(m.group("month")), m.group("sep"), y + 2000 if y < 100 else y, m.start()))
    return out


def numeric_order(text: str, sep: str | None = None) -> str | None:
    """How ``text`` writes its numeric dates, from the ones only one reading fits: 'dmy' when a
    first number is over 12 ('23/05/2018'), 'mdy' when a second one is ('05/23/2018'), None when
    no date decides it or the page is inconsistent. ``sep``: only dates with that separator."""
    votes = set()
    for a, b, s, _y, _o in numeric_parts(text):
        if sep is not None and s != sep:
            continue
        if a > 12 >= b:
            votes.add("dmy")
        elif b > 12 >= a:
            votes.add("mdy")
    return votes.pop() if len(votes) == 1 else None


def years_in(text: str) -> list[int]:
    """Years written alone in ``text`` (not in spans such as 2026-2030, nor the year a plan covers,
    "for 2022", "на 2011 год", nor the year in a name, "IDEX 2023", «Армия 2021»), in order."""
    out = []
    for m in _YEAR_ALONE.finditer(text):
        before = text[max(0, m.start() - 16):m.start()]
        if _COVER.search(before) or year_in_a_name(text, m.start()):
            continue
        out.append(int(m.group(1)))
    return out


#: Words that stand capitalised before a year without naming anything: the months (every form and
#: abbreviation of both languages), the weekdays and the seasons ('May 2023', 'Winter 2024', 'Осень 2022').
_SEASON_WORDS = ("spring summer autumn fall winter весна весной лето летом осень осенью зима зимой "
                 "весны лета осени зимы").split()
_TOKEN_BEFORE_YEAR = re.compile(r"(?:^|(?<=\s))(?P<open>[«\"“„'‘(]?)(?P<word>[^\W\d_][^\W\d_&'’-]*)[ \u00a0]$")


def year_in_a_name(text: str, start: int) -> bool:
    """True when the year at ``start`` is part of a name the text marks as one: straight after an
    acronym ('IDEX 2023', 'MAKS 2021') or a quoted word («Армия 2021», '"Army 2021"'), and that word
    no month, weekday or season. The name's year is the event's edition, not the article's date. A
    line written all in capitals names nothing ('MET IN MAY 2023')."""
    m = _TOKEN_BEFORE_YEAR.search(text[max(0, start - 40):start])
    if not m:
        return False
    word = m.group("word")
    if not word[0].isupper() or word.casefold() in _MONTH_WORDS_ALL or word.casefold() in _SEASON_WORDS \
            or word.casefold() in _WEEKDAY_WORDS:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if not re.search(r"[a-zа-яё]", line):
        return False
    # Only a name the text marks as one: in quotes, or an acronym ('IDEX 2023', 'MAKS 2021'). A bare
    # capitalised word before a year ('the Adex 2014 exhibition the minister will open') may be the very
    # occasion reported, whose year the text then gives.
    return bool(m.group("open")) or (len(word) >= 3 and word.isupper())


def human_span(start: PartialDate | None, end: PartialDate | None) -> str:
    """'3–5 May 2021', '30 April 2021 – 2 May 2021'; one date when the span is a day; '' without a start."""
    if start is None:
        return ""
    if end is None or end == start:
        return human(start)
    if start.precision == end.precision == "day" and (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{human(end)}"
    return f"{human(start)} – {human(end)}"


# --------------------------------------------------------------------------- a line that is only a date

_WEEKDAY_WORDS = (
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
    "понедельник вторник среда среду четверг пятница пятницу суббота субботу воскресенье пн вт ср чт пт сб вс"
).split()
_STAMP_WORDS = set(_WEEKDAY_WORDS) | set(
    "published posted updated update modified date dated on at am pm a.m p.m gmt utc msk est edt cet cest bst pst "
    "опубликовано опубликован обновлено обновлен изменено дата публикации размещено публикация от в г года год мск время "
    "time last today yesterday сегодня вчера of "
    # the clock's zone in words ('по московскому времени', '(время московское)', '9:15 PM (Local)')
    "local по московскому московское местному местное времени "
    # an edition line ('Vol. 6, No. 2 — April 2020', 'Выпуск № 14 (2031), май 2020') is the date
    "vol volume no issue edition выпуск номер вып "
    # counters and reading times printed beside the date ('20 May 2021 • 3 min read', '11:02 / Просмотры: 350',
    # 'Updated 2 years ago')
    "views view reads read min mins просмотры просмотров просмотра мин чтения ago назад "
    "minute minutes hour hours day days year years минут час часа часов дня дней лет".split())


#: A time zone printed after a time, whatever its name ('09:12 PHT', '21:15 KST', '10:38 (мск)', '14:20 WIB',
#: '11:02 AM AEST'): two to five capitals right after the clock, in brackets or not.
_ZONE_AFTER_TIME = re.compile(r"(?<=\d)(\s*(?:[AaPp]\.?\s?[Mm]\.?)?\s*)[(\[]?[A-ZА-ЯЁ]{2,5}[)\]]?(?![\w])"
                              r"(?=[^\w]*$|\s*[|,;/•·()\[\]–—-])")
_TIME = re.compile(r"\d{1,2}[:.]\d{2}(?::\d{2})?")
#: A part of a stamp line set off by a pipe, a spaced slash or dash, a bullet or brackets.
_SEGMENTS = re.compile(r"\s*\|\s*|\s+/\s+|\s+[–—-]\s+|\s*[•·]\s*|\s*[()\[\]]\s*")
#: A date in another calendar beside the Gregorian one ('2 Baisakh 2080 BS', '24 Ramadan 1444 AH',
#: '26 Farvardin 1402', '24 рамадана 1444 года по хиджре', 'B.E. 2566', 'Dhul Qadah 10, 1446 AH'): at most a
#: day (before the month's words or after them), one to three words that are no Gregorian month ('Dhu al-Qadah',
#: 'Dhul-Qa'dah', 'Rabi' al-Awwal'), a year of three or four digits, an era mark or up to three words.
_OTHER_CALENDAR = re.compile(
    r"^(?:(?:[0-3]?\d\s+)?[^\W\d_]{2,}(?:['’ʼ‘][^\W\d_]*)?\.?(?:[\s-][^\W\d_]{2,}(?:['’ʼ‘][^\W\d_]*)?\.?){0,2}(?:\s+[0-3]?\d)?,?\s+(?P<y>\d{3,4})(?:\s*(?:[A-ZА-ЯЁ]\.?){1,3}|\s*г\.?)?(?:\s+[^\W\d_]{1,10}\.?){0,3}"
    r"|(?:[A-ZА-ЯЁ]\.?){1,3}\s*(?P<y2>\d{3,4}))$")
#: A place before the date ('Kathmandu, Wednesday 8 February 2023', 'Бишкек, 20 мая 2021 г.'): one or
#: two capitalised words and a comma opening the line.
_PLACE_FIRST = re.compile(r"^\W*[A-ZА-ЯЁ][\w'’.-]+(?:\s+[A-ZА-ЯЁ][\w'’.-]+)?\s*,\s*(?=\S)")


def _stamp_words_left(text: str, lang: str) -> str:
    """What is left of a stamp line for the word check of ``date_only`` once the parts every
    timestamp may carry are taken out: a time zone after the time, a date in another calendar in
    its own part of the line, a place opening the line."""
    text = _ZONE_AFTER_TIME.sub(r"\1", text) if _TIME.search(text) else text
    greg = [d for d, *_ in find_dates(text, lang) if d is not None]
    if len({d.year for d in greg}) == 1:
        kept = []
        for seg in _SEGMENTS.split(text):
            m = _OTHER_CALENDAR.match(seg.strip())
            if (m and not any(d is not None for d, *_ in find_dates(seg, lang))
                    and abs(int(m.group("y") or m.group("y2")) - greg[0].year) > 5):
                continue
            kept.append(seg)
        text = " | ".join(kept)
    m = _PLACE_FIRST.match(text)
    if m and find_dates(text[m.end():], lang) and len(text[m.end():].split()) <= 8:
        text = text[m.end():]
    return text


# A capitalised word glued to the digits of a date with no space: a section name and the
# timestamp after it, joined when the page was flattened to text.
_GLUED_RUBRIC = re.compile(r"\s*([A-ZА-ЯЁ][^\W\d_]{2,})(?=\d{1,4}[\s./-])")


#: A year alone in its own part of a stamp line ('… | 2025', '… · 2025 г.').
_YEAR_IN_ITS_PART = re.compile(r"(?:(?<=[|•·,/–—])|(?<=[|•·,/–—]\s))\s*((?:19|20)\d\d)\s*(?:г\.?|года)?\s*(?=$|[|•·,/–—])")


#: A print edition's page number at the end of its date line, after a wide gap or a bar: '      Page 3', ' | стр. 2'.
PRINT_PAGE = re.compile(r"(?i)(?:\s{3,}|\t+|\s*[|•]\s*|\s+[—–]\s+)(?:page|p\.|pg\.|стр\.?|страница|полоса)\s*\d{1,3}\s*$")


def date_only(text: str, lang: str = "en") -> PartialDate | None:
    """The date of a line that holds nothing but a timestamp: a date with its year, and around it
    only times, time zones, weekdays and the words that introduce a date ('Saturday, April 15,
    2023 - 14:20 GMT+6', 'Опубликовано: 15.04.2023 09:15', '15 апреля 2023 года, 10:38'). None
    for a line with other words (a sentence, a headline, a list item's title)."""
    if len(text) > 120:
        return None
    text = PRINT_PAGE.sub("", text)  # 'Thursday, 13 March 2025      Page 3': a print edition's page number beside its date
    glued = _GLUED_RUBRIC.match(text)
    if glued and glued.group(1).casefold() not in month_words("en") | month_words("ru"):
        text = text[glued.end():]  # "Politics12 December 2024 16:07": scraping glued a rubric to the stamp
    every = find_dates(text, lang)
    found = [d for d, *_ in every if d is not None]
    if not found:
        found = [d for d in [parse_date(w, lang) for w in re.findall(r"(?:19|20)\d\d-\d\d-\d\dT[\d:.+\-Z]+", text)] if d]
    if not found and len(every) == 1 and every[0][2] is not None:
        # a day and month and, in its own part of the same stamp, the year ('8 May, 14:05 | 2025')
        years = [m for m in _YEAR_IN_ITS_PART.finditer(text) if m.start() > every[0][4]]
        if len(years) == 1 and len(_YEAR_ALONE.findall(text)) == 1:
            got = _safe(int(years[0].group(1)), every[0][1], every[0][2])
            found = [got] if got else []
    if not found:
        return None
    words = month_words("en") | month_words("ru")
    text = _stamp_words_left(text, lang)
    for w in re.findall(r"[^\W\d_]+(?:\.[^\W\d_]+)*", text.casefold()):
        if w in _STAMP_WORDS or w in words or w.rstrip(".") in words or w in ("t", "z", "m", "st", "nd", "rd", "th"):
            continue
        return None
    return found[0]


# --------------------------------------------------------------------------- relative timestamps

_RELATIVE = re.compile(
    r"(?i)^\W*(?:(?:posted|published|updated|опубликовано|обновлено)\s*:?\s*)?"
    r"(?:today|yesterday|сегодня|вчера|позавчера|"
    r"(?:\d{1,2}|an?|one|two|three)\s+(?:min(?:ute)?s?|hours?|hrs?|days?)\s+ago|"
    r"\d{1,2}\s+(?:минут[уы]?|час(?:а|ов)?|дн(?:я|ей)|день)\s+назад)"
    r"(?:\s*(?:,|at|в)?\s*\d{1,2}:\d{2})?\W*$")


#: A relative stamp inside a line: 'Updated 3 hours ago', '2 days ago', 'Обновлено 5 минут назад', 'вчера, 14:20'.
_RELATIVE_PART = re.compile(
    r"(?i)^\W*(?:(?:posted|published|updated|edited|опубликовано|обновлено|изменено)\s*:?\s*)?"
    r"(?:today|yesterday|just\s+now|сегодня|вчера|позавчера|только\s+что|"
    r"(?:\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?)\s+ago|"
    r"\d{1,2}\s+(?:секунд\w*|минут\w*|час(?:а|ов)?|дн(?:я|ей)|день|недел\w*|месяц\w*)\s+назад)"
    r"(?:\s*(?:,|at|в)?\s*\d{1,2}:\d{2})?\W*$")


def relative_line(text: str) -> bool:
    """A short line that is a relative timestamp and nothing else of substance ('Updated 3 hours ago', '2 days ago',
    'Обновлено 5 минут назад', 'Updated 3 hours ago · 4 min read'): a stamp without a date, never a headline nor
    text. Its parts are split at bullets and bars; one part is the stamp, the others at most three words each."""
    t = text.strip()
    if not t or len(t) > 80:
        return False
    parts = [x for x in re.split(r"\s*[·•|]\s*", t) if x.strip()]
    stamp = [x for x in parts if _RELATIVE_PART.match(x)]
    if not stamp or not all(x in stamp or (len(x.split()) <= 3 and not re.search(r"[.!?]$", x)) for x in parts):
        return False
    # ('Today, 10:15 | 15.04.2023': a full date beside it makes it a date line, not a stamp without a date)
    return not any(d is not None for x in parts if x not in stamp for d, *_ in find_dates(x))


def relative_stamp(text: str, clock: datetime.datetime, lang: str = "en") -> PartialDate | None:
    """The day of a relative timestamp line ('2 hours ago', 'Yesterday at 14:20', 'вчера, 14:20',
    '3 дня назад'), read by dateparser against ``clock``, the page's own clock (the time the page
    was shown). None for anything else: a relative word inside a sentence ('yesterday the
    ministers met') is the event's day, not the page's."""
    t = text.strip()
    if len(t) > 40 or not _RELATIVE.match(t):
        return None
    from dateparser.date import DateDataParser

    t = re.sub(r"(?i)^\W*(?:posted|published|updated|опубликовано|обновлено)\s*:?\s*", "", t)
    lang = "ru" if re.search(r"[а-яё]", t, re.I) else "en"  # the stamp's own words decide, not the page's
    data = DateDataParser(languages=[lang], settings={
        "PARSERS": ["relative-time", "absolute-time"], "RELATIVE_BASE": clock,
        "RETURN_TIME_AS_PERIOD": False}).get_date_data(t)
    if data is None or data.date_obj is None:
        return None
    d = data.date_obj
    return _safe(d.year, d.month, d.day)


_CLOCK_TIME = re.compile(r"(?<![\d.:])([0-2]?\d):([0-5]\d)(?![\d])")


def clock_of(text: str, lang: str = "en") -> datetime.datetime | None:
    """The date and time a page's clock line shows ('Пн, 20.11.2023 10:05', 'Monday, 20 November
    2023 10:05'), at day precision; None when the line is not a timestamp with a full date."""
    d = date_only(text, lang)
    if d is None or d.day is None:
        return None
    hh, mm = 12, 0
    m = _CLOCK_TIME.search(text)
    if m and int(m.group(1)) < 24:
        hh, mm = int(m.group(1)), int(m.group(2))
    return datetime.datetime(d.year, d.month, d.day, hh, mm)


_WEEKDAY_NUMBER = {w: i for i, names in enumerate((
    ("monday", "mon", "понедельник", "пн"), ("tuesday", "tue", "tues", "вторник", "вт"),
    ("wednesday", "wed", "среда", "среду", "ср"), ("thursday", "thu", "thur", "thurs", "четверг", "чт"),
    ("friday", "fri", "пятница", "пятницу", "пт"), ("saturday", "sat", "суббота", "субботу", "сб"),
    ("sunday", "sun", "воскресенье", "вс"))) for w in names}


def weekday_of(text: str) -> int | None:
    """The one weekday a timestamp line names (Monday = 0: 'Thu 02/03/2023', 'пн, 20.11.2023'),
    None when it names none or several."""
    found = {_WEEKDAY_NUMBER[w] for w in re.findall(r"[^\W\d_]+", text.casefold()) if w in _WEEKDAY_NUMBER}
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=None)
def _month_year_rx() -> re.Pattern:
    en = month_pattern("en", abbr=False)
    ru_gen = month_pattern("ru", abbr=False, form="format")
    ru_prep = "|".join(month_prepositional_ru())
    part = r"(?:early|mid|late|the\s+(?:beginning|start|middle|end)\s+of)"
    return re.compile(
        rf"(?<![\w-])(?:in\s+(?:{part}\s*-?\s*)?|{part}\s*-?\s*)(?P<mon>{en}),?\s+(?P<year>(?:19|20)\d\d)(?![\d\-–/])"
        rf"|(?<!\w)(?:в\s+)?(?:начале|середине|конце|первой\s+половине|второй\s+половине)\s+(?P<gen>{ru_gen})\s+(?P<year2>(?:19|20)\d\d)(?![\d\-–/])"
        rf"|(?<!\w)в\s+(?P<prep>{ru_prep})\s+(?P<year3>(?:19|20)\d\d)(?![\d\-–/])", re.IGNORECASE)


def months_of_year(text: str) -> list[tuple[PartialDate, int]]:
    """A month and year said as the time of something ('in late February 2024', 'in March 2024',
    'mid-March 2024', 'в начале марта 2024 года', 'в феврале 2024 года'): (date at month precision,
    offset), in order. A day written before the month is no such phrase ('on 12 March 2024')."""
    rx = _month_year_rx()
    out = []
    prep = [w.casefold() for w in month_prepositional_ru()]
    for m in rx.finditer(text):
        if m.group("mon"):
            month, year = _month_number(m.group("mon")), int(m.group("year"))
        elif m.group("gen"):
            month, year = _month_number(m.group("gen")), int(m.group("year2"))
        else:
            month, year = prep.index(m.group("prep").casefold()) + 1, int(m.group("year3"))
        if month:
            out.append((PartialDate(year, month), m.start()))
    return out


#: A weekday said as the day something happened: 'on Monday', 'last Friday', 'met Tuesday' (after a
#: lower-case word), «в понедельник», «во вторник», «в минувшую среду»; not a stamp's 'Monday, 3 March'
#: nor a weekday with a modal or a coming word before it in the clause ('will meet on Monday',
#: 'next Friday', «в следующий вторник», «состоится в среду»).
_SAID_WEEKDAY = re.compile(
    r"(?:\b(?i:on|last|past|this)\s+|(?<=[a-z]\s))(?P<en>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!,?\s*\d)"
    r"|(?<!\w)(?i:во?\s+(?:(?:минувш|прошл|прошедш|эт)\w+\s+)?(?P<ru>понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье))(?!\w)(?!,?\s*\(?\d)")
_COMING_BEFORE = re.compile(r"(?i)\b(?:will|would|shall|to be|is to|are to|scheduled|planned|expected|next|coming|upcoming|until)\b[^.;!?]*$"
                            r"|(?<!\w)(?:будет|будут|состоится|состоятся|пройд[её]т|пройдут|планиру\w*|намечен\w*|следующ\w*|ближайш\w*|до)\s[^.;!?]*$")


def said_weekdays(text: str) -> list[int]:
    """The weekdays ``text`` gives as the day of what it reports, in order (Monday = 0): 'the ministers
    met on Monday' -> [0]; «министры встретились во вторник» -> [1]; none for a coming day ('the
    talks will open on Monday')."""
    out = []
    for m in _SAID_WEEKDAY.finditer(text):
        start = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        if _COMING_BEFORE.search(text[start:m.start()]):
            continue
        word = (m.group("en") or m.group("ru")).casefold()
        out.append(_WEEKDAY_NUMBER[word])
    return out


#: A year glued to a name by a hyphen or inside quotes: 'Army-2021', «Хаан Квест-2025», "Khaan Quest 2025".
_GLUED_NAME_YEAR = re.compile(r"(?<![\w-])[A-ZА-ЯЁ][^\W\d_]*[-\u2010\u2011](?P<y>(?:19|20)\d\d)(?!\d)")
_QUOTED_NAME_YEAR = re.compile(r"[«\"“„][^«»\"“”„\n]{1,60}?(?<![\d])(?P<y>(?:19|20)\d\d)(?!\d)[^«»\"“”„\n]{0,10}[»\"”]")


def name_years(text: str) -> list[int]:
    """The years ``text`` writes as part of a name, in order: the edition of an exercise, a show or a
    forum ('IDEX 2023', 'Army-2021', «Армия-2021», 'the "Khaan Quest 2025" exercise'). Never the
    article's year alone (``years_in`` leaves them out); a name's year only completes a day and month
    the same sentence gives ('Khaan Quest 2025 opened on June 14')."""
    found = []
    for m in _YEAR_ALONE.finditer(text):
        if year_in_a_name(text, m.start()):
            found.append((m.start(), int(m.group(1))))
    for rx in (_GLUED_NAME_YEAR, _QUOTED_NAME_YEAR):
        for m in rx.finditer(text):
            word = re.split(r"[-\u2010\u2011\s]", m.group(0).lstrip("«\"“„"))[0].casefold()
            if word in _MONTH_WORDS_ALL or word in _SEASON_WORDS or any(m.start("y") == s for s, _ in found):
                continue
            found.append((m.start("y"), int(m.group("y"))))
    return [y for _s, y in sorted(found)]


#: Country-code domains that are sold as generic names and tell nothing of where an outlet is.
_GENERIC_CC = frozenset("io tv co me ai fm am cc ws to ly gg sh la nu".split())


def place_of_url(url: str | None) -> str | None:
    """The country (ISO code, upper case) a page's address names by its country-code domain
    ('https://news.example.az/…' -> 'AZ', '….co.uk/…' -> 'GB'); None for a generic or a sold one
    ('.com', '.org', '.tv', '.io') or no address."""
    m = re.match(r"(?i)^[a-z][a-z0-9+.-]*://([^/:?#]+)", (url or "").strip())
    if not m:
        return None
    tld = m.group(1).rstrip(".").rsplit(".", 1)[-1].lower()
    if len(tld) != 2 or not tld.isalpha() or tld in _GENERIC_CC:
        return None
    return "GB" if tld == "uk" else tld.upper()


def numeric_convention(page: str, lang: str, sep: str, place: str | None = None) -> tuple[str | None, str]:
    """Whether the numeric dates of a page are day first ('dmy') or month first ('mdy'), with the
    reason; (None, '') when nothing tells. One decision for the page's own date and the dates of
    its text, by evidence before habit:

    1. how the page writes its other numeric dates (one with a number over 12 decides: '23/05/2018'
       is day first, '05/23/2018' month first), those with the same separator first;
    2. the language and the separator: Russian writes the day first, and so do dots and dashes
       ('03.10.2024', '03-10-2024') in every language;
    3. where the page is from (``place``: the ISO code of its dateline's city or of its address's
       country-code domain): only the United States writes slashes month first."""
    order = numeric_order(page, sep) or numeric_order(page)
    if order:
        return order, "how the page writes its other numeric dates"
    if lang == "ru" or sep != "/":
        return "dmy", "Russian and dotted dates are day first" if lang == "ru" else f"a date written with '{sep}' is day first"
    if place:
        return ("mdy", "the page is from the United States (month first)") if place == "US" else (
            "dmy", f"the page is from outside the United States ({place}: day first)")
    return None, ""

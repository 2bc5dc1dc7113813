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

from .model import PartialDate

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


_MONTHS_EN = "January February March April May June July August September October November December".split()
_MONTHS_RU = ("января февраля марта апреля мая июня июля августа сентября октября ноября декабря").split()
_MONTHS_RU_NOM = ("январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь").split()


def human(date: PartialDate | None, lang: str = "en") -> str:
    """'20 May 2021', 'October 2019', '2019'; Russian forms for ``lang='ru'``."""
    if date is None:
        return "undated" if lang == "en" else "без даты"
    if date.month is None:
        return str(date.year)
    if date.day is None:
        names = _MONTHS_EN if lang == "en" else _MONTHS_RU_NOM
        return f"{names[date.month - 1]} {date.year}"
    names = _MONTHS_EN if lang == "en" else _MONTHS_RU
    return f"{date.day} {names[date.month - 1]} {date.year}"

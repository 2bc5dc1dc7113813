"""Day arithmetic of the event date: a day and month placed in a year against the report's date, days
counted back from it (a weekday, "yesterday"), a date with slashes read day or month first, the distance
between two days of unknown year, the last day a report may speak of. Pure functions of dates, shared by
``events`` (which re-exports the names it had) and read by nothing else directly."""

from __future__ import annotations

import datetime

from generator.model import PartialDate

# A day and month with no year a few weeks after the report is a coming day of the report's year, not last year's.
NEAR_FUTURE_DAYS = 62


def with_year(day: int, month: int, year: int | None, pub: PartialDate | None) -> PartialDate | None:
    """A day and month placed in a year: the stated one, else the latest not after the report."""
    try:
        if year is not None:
            return PartialDate(year, month, day)
        if pub is None:
            return None
        if pub.month is None:
            return PartialDate(pub.year, month, day)
        cand = PartialDate(pub.year, month, day)
        latest = PartialDate(pub.year, pub.month, pub.day or 28)
        # The latest such day not after the report (two days' slack for time zones); a day a few weeks
        # ahead is a coming one in the report's year ("the exercise that starts on 20 March"), not last year's.
        if cand.ordinal() <= latest.ordinal() + NEAR_FUTURE_DAYS:
            return cand
        return PartialDate(pub.year - 1, month, day)
    except ValueError:
        return None


def shift(pub: PartialDate | None, days: int) -> PartialDate | None:
    if pub is None or pub.day is None:
        return None
    d = datetime.date(pub.year, pub.month, pub.day) + datetime.timedelta(days=days)
    return PartialDate(d.year, d.month, d.day)


def weekday_back(pub: PartialDate | None, wd: int, last_week: bool = False, strict: bool = False) -> PartialDate | None:
    """The latest day with that weekday on or before the report's day (the report's own day when it is
    that weekday: "talks were held on Monday" on a page dated Monday); with ``strict`` ("last Tuesday",
    «в минувший вторник»), the latest one before it; with ``last_week``, that weekday in the calendar
    week (Monday to Sunday) before the report's."""
    if pub is None or pub.day is None:
        return None
    d = datetime.date(pub.year, pub.month, pub.day)
    if last_week:
        return shift(pub, -d.weekday() - 7 + wd)
    back = (d.weekday() - wd) % 7
    return shift(pub, -(back or (7 if strict else 0)))


def slash_md(a: int, b: int, year: int, lang: str, pub: PartialDate | None) -> tuple[int, int] | None:
    """(month, day) of a date written with slashes: day first when only that reading is a date (or in
    Russian), month first when only that one is; when both are, the reading nearest before the report
    (day first when there is no report date to compare with)."""
    readings = []
    for mon, day in ((b, a), (a, b)):  # day first, then month first
        try:
            readings.append((datetime.date(year, mon, day), (mon, day)))
        except ValueError:
            continue
    if not readings:
        return None
    if len(readings) == 1 or lang == "ru" or pub is None or pub.day is None or readings[0][1] == readings[1][1]:
        return readings[0][1]
    ref = datetime.date(pub.year, pub.month, pub.day) + datetime.timedelta(days=2)

    def gap(r):
        d = (ref - r[0]).days
        return (d < 0, abs(d))  # a reading not after the report first, then the nearest

    return min(readings, key=gap)[1]


def md_apart(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Days between two (month, day) pairs, the year unknown (read in a leap year, across New Year)."""
    try:
        x = datetime.date(2000, *a).toordinal()
        y = datetime.date(2000, *b).toordinal()
    except ValueError:
        return 0
    d = abs(x - y)
    return min(d, 366 - d)


def limit(pub: PartialDate) -> int:
    if pub.day is not None:
        return pub.ordinal() + 2
    if pub.month is not None:
        return datetime.date(pub.year + (pub.month == 12), pub.month % 12 + 1, 1).toordinal()
    return datetime.date(pub.year + 1, 1, 1).toordinal()

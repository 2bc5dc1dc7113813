"""Frozen records passed between the stages of the pipeline.

ingest -> Article -> extract -> Mention -> resolve -> Archive -> render -> Page -> write
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date known to year, month or day precision.

    ``PartialDate(2019, 10)`` is October 2019: the day is unknown and is never
    filled in with today's.
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise ValueError(f"year out of range: {self.year}")
        if self.month is None and self.day is not None:
            raise ValueError("a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month out of range: {self.month}")
        if self.day is not None:
            import calendar

            if not 1 <= self.day <= calendar.monthrange(self.year, self.month)[1]:
                raise ValueError(f"day out of range: {self.year}-{self.month}-{self.day}")

    @property
    def precision(self) -> str:
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year"

    def iso(self) -> str:
        if self.day is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def sort_key(self) -> tuple[int, int, int]:
        """Order dates of mixed precision: a month sorts before its days, a year before its months."""
        return (self.year, self.month or 0, self.day or 0)

    def __lt__(self, other: "PartialDate") -> bool:
        return self.sort_key() < other.sort_key()

    def __le__(self, other: "PartialDate") -> bool:
        return self.sort_key() <= other.sort_key()

    def __gt__(self, other: "PartialDate") -> bool:
        return self.sort_key() > other.sort_key()

    def __ge__(self, other: "PartialDate") -> bool:
        return self.sort_key() >= other.sort_key()

    def ordinal(self) -> int:
        """Days since year 1 of the earliest day this date covers."""
        import datetime

        return datetime.date(self.year, self.month or 1, self.day or 1).toordinal()

    def __str__(self) -> str:
        return self.iso()


@dataclass(frozen=True, slots=True)
class Article:
    """One cleaned article with its metadata. ``body`` holds paragraphs separated by blank lines."""

    id: str
    source_path: str
    lang: str
    title: str
    title_generated: bool
    date: PartialDate | None
    author: str | None
    source: str | None
    body: str
    source_encoding: str = "utf-8"
    content_hash: str = ""
    duplicates: tuple[str, ...] = ()
    url: str | None = None  # the page's original address, when known (saved page, `generator add`, a url line)
    retrieved: str | None = None  # ISO date-time the page was fetched, when known
    datelines: tuple[str, ...] = ()  # date lines read off the page outside the body ("Baku, December 22, AZERTAC")

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.body.split("\n\n") if p.strip()]


@dataclass(frozen=True, slots=True)
class Mention:
    """A surface form in an article's body, its normal form and what found it."""

    article_id: str
    kind: str  # person | country | agreement | organization
    text: str
    normal: str
    start: int
    end: int
    origin: str

"""Frozen records passed between the stages of the pipeline.

ingest -> Article -> extract -> Mention -> resolve -> Archive -> render -> Page -> write
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_ISO_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


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

    @classmethod
    def from_iso(cls, text: str) -> PartialDate:
        m = _ISO_RE.match(text.strip())
        if not m:
            raise ValueError(f"not an ISO date of year, month or day precision: {text!r}")
        y, mo, d = m.groups()
        return cls(int(y), int(mo) if mo else None, int(d) if d else None)

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


@dataclass(frozen=True, slots=True)
class Role:
    role: str | None
    rank: str | None
    role_text: str | None
    rank_text: str | None
    date: str | None
    article: str


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    kind: str  # person | country | agreement | organization
    name: str
    names: tuple[tuple[str, str], ...] = ()  # (lang, name) pairs
    aliases: tuple[str, ...] = ()

    def name_in(self, lang: str) -> str | None:
        for code, n in self.names:
            if code == lang:
                return n
        return None


@dataclass(frozen=True, slots=True)
class Link:
    """Which rule tied a mention to an entity, so ``explain`` can show it."""

    mention: Mention
    entity_id: str
    rule: str


@dataclass(slots=True)
class PersonFacts:
    """What one article says about one person."""

    entity_id: str
    name: str  # canonical English
    native: str  # name in the article's own script
    country: str | None
    role: str | None
    rank: str | None
    role_text: str | None
    rank_text: str | None
    mentions: list[Mention] = field(default_factory=list)


@dataclass(slots=True)
class AgreementFacts:
    """What one article says about one agreement."""

    entity_id: str
    name: str
    kind: str
    parties: tuple[str, ...]
    year: str | None
    signed: bool
    status: str  # signed | earlier | planned | drafted | mentioned
    text: str
    mentions: list[Mention] = field(default_factory=list)


@dataclass(slots=True)
class Extraction:
    """Everything extracted from one article."""

    article_id: str
    people: list[PersonFacts] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    agreements: list[AgreementFacts] = field(default_factory=list)
    organizations: list[tuple[str, str]] = field(default_factory=list)  # (id, name)
    places: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)

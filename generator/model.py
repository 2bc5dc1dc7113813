"""Frozen records passed between the stages of the pipeline.

ingest -> Article -> extract -> Mention -> resolve -> Archive -> render -> Page -> write
"""

from __future__ import annotations

from dataclasses import dataclass, field


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
class Parsed:
    """What the layout recognizers found in one file, before entity extraction (ingest builds it
    with ``generator.ingest.draft.ParsedDraft`` and freezes it)."""

    path: str
    lang: str
    title: str | None = None
    date: PartialDate | None = None
    date_text: str | None = None
    author: str | None = None
    source: str | None = None  # an outlet name, already canonical
    source_phrase: str | None = None  # an organisation phrase ("Министерства обороны ...")
    tail_source: str | None = None  # an outlet named in a "Follow us" tail
    body_lines: tuple[str, ...] = ()
    encoding: str = "utf-8"
    notes: tuple[str, ...] = ()  # warnings about this file
    recognizers: tuple[str, ...] = ()  # which recognizers fired
    url: str | None = None  # the original address the file itself gives (see generator.ingest.provenance)
    retrieved: str | None = None  # when it was retrieved, as the file gives it
    lines: tuple = ()  # generator.ingest.lines.Line: every line, its label and why
    why: dict[str, str] = field(default_factory=dict)  # field -> the rule or line that gave it
    site_owner: str | None = None  # an organisation named as the site's header ('Ministry of defence Republic of Serbia')
    headline_line: int | None = None  # the number of the line the headline was read from
    written: dict[str, tuple[str, str]] = field(default_factory=dict)  # 'source'/'author' -> (value given, as the page wrote it)
    source_candidates: tuple = ()  # generator.ingest.source_candidates.Candidate: every outlet the page names, scored

    @property
    def body(self) -> str:
        return "\n\n".join(self.body_lines)

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
    source_written: str | None = None  # the source as the page wrote it, when given in Latin script ('Восточный вестник')
    author_written: str | None = None  # the author likewise ('Марина Соколова')

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.body.split("\n\n") if p.strip()]


@dataclass(frozen=True, slots=True)
class Tok:
    """A token of a text: its surface and its character offsets."""

    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.casefold().replace("ё", "е")


@dataclass(frozen=True, slots=True)
class Analysis:
    """One article's body analysed once (``generator.nlp.analysis.analyse``): its tokens, its
    sentence spans and the NER model's spans. Every extractor and title generation read these;
    none tokenizes, splits or tags the body again (a sub-span's tokens are a slice of ``tokens``).

    ``ner`` holds ``(label, start, end)`` for English (spaCy) and ``(label, start, end, normal
    form, case)`` for Russian (Natasha's normal form, the lemmatised name); it is empty when the
    analysis was made without the models (``ner=False``: enough for a title)."""

    text: str
    lang: str
    tokens: tuple[Tok, ...]
    sentences: tuple[tuple[int, int], ...]
    ner: tuple[tuple, ...] = ()

    def tokens_in(self, start: int, end: int, *, relative: bool = False) -> list[Tok]:
        """The body's tokens inside ``[start, end)``; with ``relative``, offsets from ``start``."""
        import bisect

        i = bisect.bisect_left(self.tokens, start, key=lambda t: t.start)
        out = []
        for t in self.tokens[i:]:
            if t.start >= end:
                break
            if t.end <= end:
                out.append(Tok(t.text, t.start - start, t.end - start) if relative else t)
        return out

    def sentence_tokens(self) -> list[tuple[int, int, list[Tok]]]:
        """Each sentence ``(start, end, its tokens with offsets from start)``, in one pass."""
        out = []
        i, n = 0, len(self.tokens)
        for s, e in self.sentences:
            while i < n and self.tokens[i].start < s:
                i += 1
            toks = []
            j = i
            while j < n and self.tokens[j].start < e:
                t = self.tokens[j]
                if t.end <= e:
                    toks.append(Tok(t.text, t.start - s, t.end - s))
                j += 1
            out.append((s, e, toks))
            i = j
        return out


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
class PersonOut:
    """A person one article names, as extraction found them (``generator.extract.entities``)."""

    key: str  # registry id or fold key: identity across articles
    known_id: str | None
    name: str
    native: str
    country: str | None
    role: str | None
    rank: str | None
    role_text: str | None
    rank_text: str | None
    first: int  # offset of the first mention
    forms: tuple[str, ...] = ()
    spans: tuple[tuple[int, int], ...] = ()
    participant: bool = True  # present at the reported meeting (see extract/participants.py)

@dataclass(frozen=True, slots=True)
class AgreementHit:
    """A document one article names (``generator.extract.agreements``): kind, description, parties,
    the year it covers and its status. ``name`` and ``sentence`` are filled in by extraction once
    the parties are final (the name needs the country index, which this layer cannot use)."""

    kind: str
    descriptor: str  # English words between parties and kind: "bilateral cooperation"
    complement: str  # English: "of understanding on military education"
    parties: tuple[str, ...]
    year: str | None
    status: str
    ministries: bool
    start: int
    end: int
    text: str
    name: str = ""  # the English name: "Azerbaijan–Georgia military cooperation plan for 2024"
    sentence: tuple[int, int] | None = None  # the span of the sentence that names it

    @property
    def signed(self) -> bool:
        return self.status == "signed"

    def key(self) -> tuple:
        if self.year:
            return (self.kind, self.parties, self.year, "understanding" in self.complement)
        return (self.kind, self.parties, self.descriptor, self.complement)


def agreement_keys(hits) -> list[tuple]:
    """The archive key of each of one article's documents. Two documents of one article never
    share a key: "a new agreement" signed at the meeting and "the agreement" signed in 1994 have
    the same kind, parties and wording, and would otherwise become one document on the site and
    in the export. The second takes the marker of its status ("earlier") or its place."""
    out, seen = [], set()
    for h in hits:
        k = h.key()
        if k in seen:
            k = (*k, h.status)
        if k in seen:
            k = (*k, h.start)
        seen.add(k)
        out.append(k)
    return out


@dataclass(frozen=True, slots=True)
class ArticleEntities:
    """What extraction found in one article (``generator.extract.entities.extract_one``)."""

    people: tuple[PersonOut, ...]
    countries: tuple[str, ...]
    country_spans: tuple[tuple[str, int, int], ...]
    organizations: tuple[tuple[str, str, int, int], ...]  # id, name, start, end
    agreements: tuple[AgreementHit, ...]
    mentions: tuple[Mention, ...]
    places: tuple[str, ...] = ()  # cities and regions, most named first
    event_date: PartialDate | None = None  # the day of the reported meeting (extract/events.py)
    where: str | None = None  # the city of the reported meeting, in English (extract/places.py)
    event_kind: str = "meeting"  # meeting (a meeting, visit, talks or signing) | exercise | sale (extract/events.py)


# --------------------------------------------------------------------------- resolve -> Archive
#
# Built by ``generator.resolve.archive`` with local mutable builders, then frozen: tuples, not
# lists; small records, not dicts. Render reads them and never writes into them.


@dataclass(frozen=True, slots=True)
class Role:
    """A person's office and rank as one report gives them."""

    role: str | None
    rank: str | None
    role_text: str | None
    rank_text: str | None
    role_label: str | None
    rank_label: str | None
    date: str | None  # the report's date, ISO
    article: str


@dataclass(frozen=True, slots=True)
class Signing:
    """One report of an agreement's signing, dated by the meeting it was signed at."""

    article: str
    date: str | None


@dataclass(frozen=True, slots=True)
class AgreementReport:
    """What one report says of an agreement: its status and the words it uses."""

    article: str
    status: str
    text: str
    date: str | None


@dataclass(frozen=True, slots=True)
class PersonInArticle:
    """A person as one article names them."""

    id: str
    name: str
    native: str
    country: str | None
    role: str | None
    rank: str | None
    participant: bool
    role_label: str | None
    rank_label: str | None


@dataclass(frozen=True, slots=True)
class AgreementInArticle:
    """An agreement as one article reports it."""

    id: str
    name: str
    kind: str
    parties: tuple[str, ...]
    year: str | None
    signed: bool
    status: str


@dataclass(frozen=True, slots=True)
class PersonEntity:
    id: str
    name: str
    names: dict[str, str]
    aliases: tuple[str, ...]
    country: str | None
    roles: tuple[Role, ...] = ()
    articles: tuple[str, ...] = ()
    transliterations: tuple[str, ...] = ()  # Latin spellings of the Russian name


@dataclass(frozen=True, slots=True)
class AgreementEntity:
    id: str
    name: str
    kind: str
    parties: tuple[str, ...]
    year: str | None
    signed: tuple[Signing, ...] = ()
    status: str = "mentioned"
    reports: tuple[AgreementReport, ...] = ()
    articles: tuple[str, ...] = ()
    signers: tuple[str, ...] = ()  # person ids present at the signing


@dataclass(frozen=True, slots=True)
class CountryEntity:
    id: str
    name: str
    names: dict[str, str]
    articles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class OrgEntity:
    id: str
    name: str
    articles: tuple[str, ...] = ()
    # From the registry, per script ("en", "ru"): the full name and the abbreviation (NATO, НАТО),
    # and the other forms it lists; empty for an organisation the registry does not know.
    full: dict[str, str] = field(default_factory=dict)
    short: dict[str, str] = field(default_factory=dict)
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class EventEntity:
    """One meeting, visit or signing, and every article that reports it."""

    id: str
    title: str
    start: PartialDate | None
    end: PartialDate | None
    people: tuple[str, ...]  # the participants with an office or rank, most reported first
    countries: tuple[str, ...]  # the countries whose officials took part
    articles: tuple[str, ...]
    signed: tuple[str, ...]  # agreements reported signed at it
    places: tuple[str, ...] = ()  # where, as the reports name it; most named first
    mentioned: tuple[str, ...] = ()  # people the reports name who did not take part
    kind: str = "meeting"  # meeting (a meeting, visit, talks or signing) | exercise | sale: see extract/events.py event_kind


@dataclass(frozen=True, slots=True)
class ArticleFacts:
    """The resolved entities of one article, in order of first mention."""

    people: tuple[str, ...] = ()
    principals: tuple[str, ...] = ()  # participants named with an office or rank
    participants: tuple[str, ...] = ()  # present at the reported meeting
    event_date: PartialDate | None = None  # the day of the reported meeting; the article's date if the text gives none
    where: str | None = None  # the city of the reported meeting, in English
    people_detail: tuple[PersonInArticle, ...] = ()
    countries: tuple[str, ...] = ()
    agreements: tuple[str, ...] = ()
    agreements_detail: tuple[AgreementInArticle, ...] = ()
    organizations: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    links: tuple[tuple[int, int, str, str], ...] = ()  # start, end, kind, id
    event_kind: str = "meeting"  # what the report tells of: meeting | exercise | sale (extract/events.py)


@dataclass(frozen=True, slots=True)
class Partner:
    """Another country whose officials met one country's: the articles where both have participants."""

    country: str
    reports: tuple[str, ...]
    agreements: tuple[str, ...]  # agreements of those articles both are party to
    events: tuple[str, ...]
    where: tuple[str, ...]
    first: PartialDate | None
    last: PartialDate | None


@dataclass(frozen=True, slots=True)
class Archive:
    """Everything resolve found, with what render needs precomputed (partners, related articles)."""

    articles: tuple[Article, ...]
    facts: dict[str, ArticleFacts]
    people: dict[str, PersonEntity]
    countries: dict[str, CountryEntity]
    agreements: dict[str, AgreementEntity]
    organizations: dict[str, OrgEntity]
    events: dict[str, EventEntity] = field(default_factory=dict)
    event_of: dict[str, str] = field(default_factory=dict)  # article id -> event id
    partners: dict[str, tuple[Partner, ...]] = field(default_factory=dict)  # country -> partners, most reports first
    # ("p", person id) or ("a", agreement id) -> the articles naming it
    naming: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)
    # ("source" or "author", name) -> the id of its page under sources/
    source_ids: dict[tuple[str, str], str] = field(default_factory=dict)
    by_id: dict[str, Article] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.by_id:
            object.__setattr__(self, "by_id", {a.id: a for a in self.articles})

    def article(self, aid: str) -> Article:
        return self.by_id[aid]


# --------------------------------------------------------------------------- render -> write


@dataclass(frozen=True, slots=True)
class Page:
    """One generated file: its path relative to docs/ and its whole text."""

    path: str
    text: str

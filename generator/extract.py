"""Extract: one article's text -> the people, countries, organisations and agreements it names.

Statistical NER proposes (spaCy for English, Natasha for Russian); the registry and the rules
in ``people``, ``countries``, ``orgs`` and ``agreements`` decide. The models run in batches and
load once per process.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from . import agreements as agr
from . import nlp, orgs, people
from .countries import index
from .model import Article, Mention
from .registry import Registry


@dataclass(slots=True)
class PersonOut:
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
    forms: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)


@dataclass(slots=True)
class ArticleEntities:
    people: list[PersonOut]
    countries: list[str]
    country_spans: list[tuple[str, int, int]]
    organizations: list[tuple[str, str, int, int]]  # id, name, start, end
    agreements: list[agr.AgreementHit]
    mentions: list[Mention]


def extract_many(articles: list[Article], registry: Registry) -> dict[str, ArticleEntities]:
    """Run extraction over many articles, English NER batched through one ``nlp.pipe``."""
    en = [a for a in articles if a.lang == "en"]
    en_spans = dict(zip([a.id for a in en], nlp.ner_en([a.body for a in en]))) if en else {}
    out = {}
    for a in articles:
        ner = en_spans.get(a.id) if a.lang == "en" else nlp.ner_ru(a.body)
        out[a.id] = extract_one(a, ner or [], registry)
    return out


def extract_one(a: Article, ner: list[tuple], registry: Registry) -> ArticleEntities:
    text = a.body
    cx = index()
    chits = cx.find(text, a.lang)
    names = people.candidates(text, a.lang, ner, chits)
    people.read_context(text, a.lang, names, chits)
    persons = people.group(names, a.lang, registry)
    people.complete(text, a.lang, names, persons)
    outs: list[PersonOut] = []
    mentions: list[Mention] = []
    for p in persons:
        country = (p.known.country if p.known and p.known.country else None) or p.pick("country") or p.pick("country_weak")
        key = p.known.id if p.known else people.fold_key(p.name)
        po = PersonOut(
            key=key, known_id=p.known.id if p.known else None, name=p.name, native=p.native,
            country=country, role=p.pick("role"), rank=p.pick("rank"), role_text=p.pick("role_text"),
            rank_text=p.pick("rank_text"), first=min(m.start for m in p.mentions),
            forms=sorted({m.text for m in p.mentions}), spans=[(m.start, m.end) for m in p.mentions],
        )
        outs.append(po)
        for m in p.mentions:
            mentions.append(Mention(a.id, "person", m.text, m.normal, m.start, m.end, m.origin))
    outs.sort(key=lambda p: p.first)
    # Countries in order of first mention.
    codes: list[str] = []
    for c in chits:
        if c.code not in codes:
            codes.append(c.code)
        mentions.append(Mention(a.id, "country", c.text, c.code, c.start, c.end, f"countries:{c.kind}"))
    ohits = orgs.find(text, a.lang, chits, registry)
    org_list = [(h.id, h.name, h.start, h.end) for h in ohits]
    for h in ohits:
        mentions.append(Mention(a.id, "organization", h.text, h.name, h.start, h.end, "orgs"))
    # The principal countries: those of the people named, most mentioned first.
    weight: Counter[str] = Counter()
    for p in outs:
        if p.country:
            weight[p.country] += len(p.spans)
    principals = [c for c, _ in sorted(weight.items(), key=lambda kv: (-kv[1], kv[0]))]
    ahits = agr.find(text, a.lang, chits, principals, a.date.year if a.date else None)
    for h in ahits:
        mentions.append(Mention(a.id, "agreement", h.text, h.name(), h.start, h.end, f"agreements:{h.status}"))
    mentions.sort(key=lambda m: (m.start, m.end, m.kind))
    return ArticleEntities(outs, codes, [(c.code, c.start, c.end) for c in chits], org_list, ahits, mentions)

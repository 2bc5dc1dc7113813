"""Resolve: per-article extractions -> one archive of entities with stable ids, linked both ways.

Identity: the registry's id when the registry knows the entity; otherwise a folded name key
(people), the ISO code (countries), the document key (kind, parties, year) for agreements.
Ids of entities the registry does not know are made from the English name by ``slugify_id``
and given out by ``generator.ids.Allocator``: an id in the persisted map is kept, and a new key
whose slug is taken gets a short hash of the key, so the result never depends on processing
order and a published id never changes.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace

from generator.model import (AgreementEntity, AgreementInArticle, AgreementReport, Archive, Article, ArticleEntities,
                             ArticleFacts, agreement_keys,
                             CountryEntity, EventEntity, OrgEntity, PartialDate, Partner, PersonEntity,
                             PersonInArticle, Role, Signing)
from generator.extract.events import event_sides
from generator.extract.orgs import ministry_names
from generator.reference.countries import index
from generator.reference.offices import canonical_rank, canonical_role, state_label
from generator.resolve.ids import Allocator
from generator.resolve.same_person import merges
from generator.text.dates import human_span
from generator.text.names import family_name
from generator.text.slugs import slugify_id


_STATUS_RANK = {"signed": 4, "earlier": 3, "planned": 2, "drafted": 1, "mentioned": 0}


def sort_articles(articles: list[Article]) -> list[Article]:
    """Newest first; undated last; ties by id."""
    def key(a: Article):
        d = a.date.sort_key() if a.date else (0, 0, 0)
        return (-d[0], -d[1], -d[2], a.id)
    return sorted(articles, key=key)


_SIGNER_GROUP = re.compile(r"\b(?:ministers|defen[cs]e chiefs|министры|министры обороны|the two ministers)\b", re.I)
_SIDES = re.compile(r"\b(?:the sides|the parties|ministries|министерства|стороны|главы делегаций|heads of (?:the )?delegations)\b", re.I)


def signers(a: Article, hit, people) -> list[str]:
    """Who signed, or was present at the signing: the people the signing sentence names; when it
    says only "the ministers" ("министры подписали"), the article's people whose role is a
    minister's; when it says "the sides", the lead person of each side. Never everyone the
    article mentions (a leader named at a wreath-laying did not sign)."""
    people = [p for p in people if p.participant]  # a person only mentioned was not at the signing
    sent = hit.sentence or (hit.start, hit.end)  # the sentence naming it, from the article's analysis
    named = [p.key for p in people if any(sent[0] <= s < sent[1] for s, _ in p.spans)]
    if named:
        return named
    text = a.body[sent[0]:sent[1]]
    if _SIGNER_GROUP.search(text):
        return [p.key for p in people if p.role and re.search(r"minister|министр", (p.role or "") + (p.role_text or ""), re.I)]
    if _SIDES.search(text):
        lead: dict[str, str] = {}
        for p in sorted(people, key=lambda p: p.first):
            if p.country and p.country not in lead and (p.role or p.rank):
                lead[p.country] = p.key
        return list(lead.values())
    return []


def person_merges(groups: dict[str, list]) -> dict[str, str]:
    """Person keys that are another key's person (``same_person.merges``): absorbed key -> kept key.
    The page kept is the registry's, else one an English article names, else the most reported."""
    rows = []
    for key, items in groups.items():
        countries = Counter(p.country for _, p in items if p.country)
        country = sorted(countries.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if countries else None
        en = [p.name for a, p in items if a.lang == "en"]
        name = Counter(en).most_common(1)[0][0] if en else items[0][1].name
        known = any(p.known_id for _, p in items)
        arts = frozenset(a.id for a, _ in items)
        rows.append((key, name, country, arts, (known, bool(en), len(arts), key)))
    return merges(rows)


def build_archive(articles: list[Article], extracted: dict[str, ArticleEntities], registry=None,
                  ids: Allocator | None = None) -> Archive:
    """``registry`` (a :class:`generator.reference.registry.Registry`) gives known people their Russian
    name and transliterations even when no Russian article names them. ``ids`` gives every id
    (with the persisted map of earlier builds); a fresh one when None."""
    cx = index()
    ordered = sorted(articles, key=lambda a: a.id)
    # ---- people: group by key, then choose names and ids
    groups: dict[str, list[tuple[Article, object]]] = defaultdict(list)
    for a in ordered:
        for p in extracted[a.id].people:
            groups[p.key].append((a, p))
    # One person written two ways (a Russian article's transliteration, an English article's spelling):
    # the absorbed page's items join the kept one, and its spelling is listed as also written.
    absorbed = person_merges(groups)
    also: dict[str, set[str]] = defaultdict(set)
    own = {kept: [ap for ap in groups[kept] if ap[1].known_id] or list(groups[kept]) for kept in set(absorbed.values())}
    for gone, kept in sorted(absorbed.items()):
        also[kept].update(p.name for a, p in groups[gone])
        groups[kept].extend(groups.pop(gone))
        groups[kept].sort(key=lambda ap: ap[0].id)
    ids = ids if ids is not None else Allocator()
    people: dict[str, PersonEntity] = {}
    claims: dict[str, str] = {}
    fixed: dict[str, str] = {}
    chosen_names: dict[str, str] = {}
    for key, items in sorted(groups.items()):
        known = next((p.known_id for _, p in items if p.known_id), None)
        items = own.get(key, items)  # a page that absorbed another keeps its own spelling
        # English spelling from an English article wins over a transliteration.
        en_names = Counter(p.name for a, p in items if a.lang == "en")
        name = (sorted(en_names.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if en_names else items[0][1].name)
        if known:
            name = items[0][1].name
        chosen_names[key] = name
        if known:
            fixed[key] = known
        else:
            claims[key] = slugify_id(name, "person")
    known_ids = {k.id for k in registry.entries.values() if k.kind == "person"} if registry is not None else set()
    key_to_id = ids.assign("person", claims, fixed, reserved=known_ids)
    key_to_id.update({gone: key_to_id[kept] for gone, kept in absorbed.items()})
    for key, items in sorted(groups.items()):
        pid = key_to_id[key]
        names: dict[str, str] = {"en": chosen_names[key]}
        aliases: set[str] = set()
        countries = Counter()
        roles = []
        known = registry.entries.get(key) if registry is not None else None
        if known is not None and known.ru:
            names["ru"] = known.ru
        for a, p in items:
            if a.lang != "en":
                names.setdefault(a.lang, p.native)
                # Russian forms in the nominative only: "Виктором Хрениным" is Виктор Хренин.
                aliases.add(p.native)
            else:
                aliases.update(p.forms)
            if p.country:
                countries[p.country] += 1
            if p.role or p.rank:
                roles.append(Role(p.role, p.rank, p.role_text, p.rank_text, state_label(canonical_role(p.role), p.country),
                                  canonical_rank(p.rank), a.date.iso() if a.date else None, a.id))
        aliases.update(also.get(key, ()))
        aliases.discard(names["en"])
        aliases.discard(names.get("ru"))
        country = sorted(countries.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if countries else None
        roles.sort(key=lambda r: (r.date or "", r.article))
        people[pid] = PersonEntity(pid, names["en"], names, tuple(sorted(a for a in aliases if a)), country, tuple(roles),
                                   tuple(a.id for a in sort_articles(list({a.id: a for a, _ in items}.values()))),
                                   tuple(transliterations(names, known, country)))
    # ---- agreements
    agr_groups: dict[tuple, list[tuple[Article, object]]] = defaultdict(list)
    for a in ordered:
        hits = extracted[a.id].agreements
        for k, h in zip(agreement_keys(hits), hits):
            agr_groups[k].append((a, h))
    agreements: dict[str, AgreementEntity] = {}
    firsts = {}
    for key, items in agr_groups.items():
        en = [h for a, h in items if a.lang == "en"]
        firsts[key] = (en or [h for _, h in items])[0]
    by_repr = ids.assign("agreement", {repr(k): slugify_id(f.name, "agreement") for k, f in firsts.items()})
    agr_ids: dict[tuple, str] = {k: by_repr[repr(k)] for k in agr_groups}
    for key, items in sorted(agr_groups.items(), key=lambda kv: repr(kv[0])):
        first = firsts[key]
        name = first.name
        aid = agr_ids[key]
        reports: list[AgreementReport] = []
        signed: list[Signing] = []
        present: list[str] = []
        for a, h in items:
            reports.append(AgreementReport(a.id, h.status, h.text, a.date.iso() if a.date else None))
            if h.signed:
                on = extracted[a.id].event_date or a.date  # signed at the meeting: the meeting's day
                signed.append(Signing(a.id, on.iso() if on else None))
                present.extend(signers(a, h, extracted[a.id].people))
        agreements[aid] = AgreementEntity(
            aid, name[0].upper() + name[1:], first.kind, tuple(first.parties), first.year, tuple(signed),
            max((r.status for r in reports), key=lambda s: _STATUS_RANK[s]), tuple(reports),
            tuple(a.id for a in sort_articles(list({a.id: a for a, _ in items}.values()))),
            tuple(sorted({key_to_id[k] for k in present})))
    # ---- countries and organisations
    country_arts: dict[str, list[str]] = {}  # in order of first naming; the entities are frozen below
    org_names: dict[str, str] = {}
    org_arts: dict[str, list[str]] = {}
    facts: dict[str, ArticleFacts] = {}
    for a in ordered:
        ex = extracted[a.id]
        f = _FactsBuilder()
        for p in ex.people:
            pid = key_to_id[p.key]
            f.people.append(pid)
            f.people_detail.append(PersonInArticle(pid, people[pid].name, p.native, p.country, p.role, p.rank,
                                                   p.participant, canonical_role(p.role), canonical_rank(p.rank)))
            if p.participant:
                f.participants.append(pid)
                if p.role or p.rank:
                    f.principals.append(pid)
            for s, e in p.spans:
                f.links.append((s, e, "person", pid))
        for code in ex.countries:
            f.countries.append(code)
            country_arts.setdefault(code, []).append(a.id)
        for code, s, e in ex.country_spans:
            f.links.append((s, e, "country", code))
        for k, h in zip(agreement_keys(ex.agreements), ex.agreements):
            gid = agr_ids[k]
            if gid not in f.agreements:
                f.agreements.append(gid)
                f.agreements_detail.append(AgreementInArticle(gid, agreements[gid].name, h.kind, tuple(h.parties), h.year,
                                                              h.signed, h.status))
            f.links.append((h.start, h.end, "agreement", gid))
        for oid, oname, s, e in ex.organizations:
            if oid not in f.organizations:
                f.organizations.append(oid)
            org_names.setdefault(oid, oname)
            if a.id not in org_arts.setdefault(oid, []):
                org_arts[oid].append(a.id)
            f.links.append((s, e, "organization", oid))
        f.links.sort()
        facts[a.id] = f.freeze(ex)

    def newest_first(ids_: list[str]) -> tuple[str, ...]:
        return tuple(x.id for x in sort_articles([y for y in ordered if y.id in set(ids_)]))

    countries = {code: CountryEntity(code, cx.name(code), {"en": cx.name(code), "ru": cx.name(code, "ru")},
                                     newest_first(aids)) for code, aids in country_arts.items()}
    def org(oid: str, aids: list[str]) -> OrgEntity:
        full, short, other = registry.organization_forms(oid) if registry is not None else ({}, {}, ())
        # A ministry of defence the extraction names by its country: its name in both scripts.
        return OrgEntity(oid, org_names[oid], newest_first(aids), full or ministry_names(oid), short, other)

    orgs = {oid: org(oid, aids) for oid, aids in org_arts.items()}
    # Organisation ids are the registry's or made from an ISO code: they cannot clash, and are
    # recorded so that no other organisation ever takes one.
    ids.assign("organization", {}, {oid: oid for oid in orgs})
    ar = Archive(tuple(sort_articles(articles)), facts, dict(sorted(people.items())), dict(sorted(countries.items())),
                 dict(sorted(agreements.items())), dict(sorted(orgs.items())), source_ids=source_ids(ordered, ids))
    events, event_of = group_events(ar, ids)
    ar = replace(ar, events=events, event_of=event_of)
    return replace(ar, partners={code: partners(ar, code) for code in ar.countries}, naming=naming(ar))


class _FactsBuilder:
    """The mutable draft of one article's :class:`ArticleFacts`, frozen once it is complete."""

    def __init__(self) -> None:
        self.people: list[str] = []
        self.principals: list[str] = []
        self.participants: list[str] = []
        self.people_detail: list[PersonInArticle] = []
        self.countries: list[str] = []
        self.agreements: list[str] = []
        self.agreements_detail: list[AgreementInArticle] = []
        self.organizations: list[str] = []
        self.links: list[tuple[int, int, str, str]] = []

    def freeze(self, ex: ArticleEntities) -> ArticleFacts:
        return ArticleFacts(tuple(self.people), tuple(self.principals), tuple(self.participants), ex.event_date,
                            ex.where, tuple(self.people_detail), tuple(self.countries), tuple(self.agreements),
                            tuple(self.agreements_detail), tuple(self.organizations), tuple(ex.places),
                            tuple(self.links), ex.event_kind)


def naming(ar: Archive) -> dict[tuple[str, str], frozenset[str]]:
    """("p", person id) or ("a", agreement id) -> the articles naming it (related articles read it)."""
    idx: dict[tuple[str, str], set[str]] = defaultdict(set)
    for b in ar.articles:
        g = ar.facts[b.id]
        for p in g.people:
            idx[("p", p)].add(b.id)
        for x in g.agreements:
            idx[("a", x)].add(b.id)
    return {k: frozenset(v) for k, v in idx.items()}


def reports_meeting(ar: Archive, aid: str) -> bool:
    """Whether article AID reports a meeting, visit, talks or signing: the kind of its event (a
    meeting when any report of it tells one), else its own. An exercise or an arms deal reported
    without a meeting is not one: its officials took part in it but did not "meet"."""
    eid = ar.event_of.get(aid)
    if eid is not None and eid in ar.events:
        return getattr(ar.events[eid], "kind", "meeting") == "meeting"
    return getattr(ar.facts[aid], "event_kind", "meeting") == "meeting"


def partners(ar: Archive, code: str) -> tuple[Partner, ...]:
    """Countries whose officials met this country's: reports of a meeting (not of an exercise or an
    arms deal, see ``reports_meeting``) where both have participants."""
    rows: dict[str, dict] = {}
    for a in ar.articles:
        f = ar.facts[a.id]
        if not reports_meeting(ar, a.id):
            continue
        sides = {ar.people[p].country for p in f.participants if ar.people[p].country}
        if code not in sides:
            continue
        for other in sorted(sides - {code}):
            r = rows.setdefault(other, {"reports": [], "agreements": set(), "dates": [], "events": set(), "where": set()})
            r["reports"].append(a.id)
            if f.where:
                r["where"].add(f.where)
            if a.id in ar.event_of:
                r["events"].add(ar.event_of[a.id])
            if f.event_date:
                r["dates"].append(f.event_date)
            for g in f.agreements:
                if other in ar.agreements[g].parties and code in ar.agreements[g].parties:
                    r["agreements"].add(g)
    out = [Partner(other, tuple(r["reports"]), tuple(sorted(r["agreements"])), tuple(sorted(r["events"])),
                   tuple(sorted(r["where"])), min(r["dates"]) if r["dates"] else None,
                   max(r["dates"]) if r["dates"] else None)
           for other, r in rows.items()]
    return tuple(sorted(out, key=lambda r: (-len(r.reports), r.country)))


def source_ids(articles: list[Article], ids: Allocator) -> dict[tuple[str, str], str]:
    """(``"source"`` or ``"author"``, name) -> the id of its page under ``sources/``."""
    keys = {(kind, name) for a in articles for kind, name in (("source", a.source), ("author", a.author)) if name}
    got = ids.assign("source", {f"{kind}: {name}": slugify_id(f"{kind}-{name}", kind) for kind, name in keys})
    return {k: got[f"{k[0]}: {k[1]}"] for k in sorted(keys)}


#: The states whose officials' names Russian writes first-hand, so that its spelling is the source of the
#: Latin ones (Гасанов: Gasanov, Hasanov): the post-Soviet states but the Baltic ones (their names are Latin) and the Cyrillic-script states of the
#: Balkans and Mongolia. A name of any other state reaches Russian from its own script or through English
#: (Раджнатх Сингх for Rajnath Singh, Фан Ван Жанг for Phan Van Giang): spelt back it gives a form nobody
#: writes or searches ("Radzhnatkh Singkh").
BACK_TRANSLITERATED = frozenset({"RU", "BY", "UA", "MD", "AM", "AZ", "GE", "KZ", "KG", "TJ", "TM", "UZ",
                                 "RS", "BG", "MK", "BA", "ME", "MN"})  # not the Baltic states: their names are Latin


def transliterations(names: dict[str, str], known=None, country: str | None = None) -> list[str]:
    """The common Latin spellings of a person's Russian name (Wikipedia, BGN/PCGN, ICAO and
    Moscow-metro schemes: Гасанов -> Gasanov) and the registry's Latin aliases, less the English
    name. A surname in -ич is the Russian spelling of a South Slavic one in -ić (Вучевич: Vučević),
    which the Latin-script press writes with č, ć, š, ž and a reader types without the marks: for
    it, the scholarly ISO 9 spelling with its marks taken off (Vucevic) as well. None spelt back
    from the Russian for a person of a state outside ``BACK_TRANSLITERATED`` (its country given);
    the registry's aliases stay."""
    import unicodedata

    import iuliia

    out: list[str] = []
    ru = names.get("ru")
    if country and country.upper() not in BACK_TRANSLITERATED:
        ru = None
    if ru:
        for schema in (iuliia.WIKIPEDIA, iuliia.BGN_PCGN, iuliia.ICAO_DOC_9303, iuliia.MOSMETRO):
            out.append(schema.translate(ru))
        if ru.split()[-1].casefold().endswith("ич"):
            scholarly = unicodedata.normalize("NFD", iuliia.ISO_9_1968.translate(ru))
            out.append("".join(c for c in scholarly if not unicodedata.combining(c)))
    if known is not None:
        out += [x for x in known.aliases if x.isascii()]
    seen = {names.get("en", "").casefold()}
    res = []
    for x in out:
        if x and x.isascii() and x.casefold() not in seen:
            seen.add(x.casefold())
            res.append(x)
    return res


EVENT_WINDOW_DAYS = 4


def _compatible(a: PartialDate | None, b: PartialDate | None) -> bool:
    """Dates that could be one meeting: within a few days, or one inside the other's month/year."""
    if a is None or b is None:
        return False
    if a.precision == "day" and b.precision == "day":
        return abs(a.ordinal() - b.ordinal()) <= EVENT_WINDOW_DAYS
    if a.year != b.year:
        return False
    if a.month is None or b.month is None:
        return True
    return a.month == b.month


def _compatible_key(d: PartialDate | None) -> tuple | None:
    """What ``_compatible`` reads of a date: (a day?, its ordinal, year, month); None for no date.
    ``_compatible(a, b)`` is: neither key None, and the ordinals within ``EVENT_WINDOW_DAYS`` when
    both are days, else the same year and the same month when both have one (``group_events``)."""
    if d is None:
        return None
    day = d.precision == "day"
    return day, d.ordinal() if day else 0, d.year, d.month


def _keys_compatible(wa: tuple | None, wb: tuple | None) -> bool:
    """``_compatible`` of two dates from their ``_compatible_key``."""
    if wa is None or wb is None:
        return False
    if wa[0] and wb[0]:
        return abs(wa[1] - wb[1]) <= EVENT_WINDOW_DAYS
    return wa[2] == wb[2] and (wa[3] is None or wb[3] is None or wa[3] == wb[3])


def _held_by(ar: Archive, art: Article, kind: str) -> list[str]:
    """The states one report of an exercise or an arms deal names as holding it (``events.event_sides``)."""
    f = ar.facts[art.id]
    spans = [(code, s, e) for s, e, what, code in f.links if what == "country"]
    return event_sides(art.body, art.lang, kind, spans, f.countries)


_KIND_TITLE = {"exercise": "Exercise", "sale": "Arms deal"}  # an event title's first word, for a kind other than a meeting


def group_events(ar: Archive, ids: Allocator | None = None) -> tuple[dict[str, EventEntity], dict[str, str]]:
    """Articles that report the same meeting: dates within a few days and at least two principal
    people in common (or one, with the same countries' officials on both sides). Each article
    belongs to one event at most (none when it names nobody taking part and no day: something only
    announced); grouping is by sorted ids, so it does not depend on input order."""
    edate = {a.id: ar.facts[a.id].event_date for a in ar.articles}
    arts = sorted(ar.articles, key=lambda a: ((edate[a.id].sort_key() if edate[a.id] else (9999, 0, 0)), a.id))
    parent = {a.id: a.id for a in arts}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def sides(aid):
        return {ar.people[p].country for p in ar.facts[aid].principals if ar.people[p].country}

    # Both rules need a principal in common: only pairs that share one are compared (the same
    # pairs join as when every pair is compared, and the groups do not depend on join order,
    # since a group's root is its smallest id), so the cost follows who recurs, not N squared.
    holders: dict[str, list[int]] = defaultdict(list)
    principals = [set(ar.facts[a.id].principals) for a in arts]
    for i, pa in enumerate(principals):
        for p in pa:
            holders[p].append(i)
    # Each date's terms of ``_compatible`` once (some 100,000 pairs are compared at N=1,000): the
    # same answers, without making two ordinals per pair.
    when = [_compatible_key(edate[a.id]) for a in arts]
    side_of: dict[str, set] = {}
    for i, a in enumerate(arts):
        pa, wa = principals[i], when[i]
        if wa is None:
            continue  # compatible with nothing
        for j in sorted({j for p in pa for j in holders[p] if j > i}):
            if not _keys_compatible(wa, when[j]):
                continue
            b = arts[j]
            shared = pa & principals[j]
            if len(shared) == 1:
                for x in (a.id, b.id):
                    if x not in side_of:
                        side_of[x] = sides(x)
            if len(shared) >= 2 or (len(shared) == 1 and len(side_of[a.id]) >= 2 and side_of[a.id] == side_of[b.id]):
                ra, rb = find(a.id), find(b.id)
                if ra != rb:
                    parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list] = defaultdict(list)
    for a in arts:
        groups[find(a.id)].append(a)
    events: dict[str, EventEntity] = {}
    event_of: dict[str, str] = {}
    cx = index()
    made = []
    for root, members in sorted(groups.items()):
        count: Counter[str] = Counter()
        order: dict[str, int] = {}
        for m in members:
            f = ar.facts[m.id]
            for pos, p in enumerate(f.principals + tuple(x for x in f.participants if x not in f.principals)):
                count[p] += 1
                order[p] = min(order.get(p, pos), pos)
        # Most reported first; then the order the reports name them in (the lead actors first).
        people = sorted(count, key=lambda p: (-count[p], order[p], ar.people[p].name))
        countries = []
        for p in people:
            c = ar.people[p].country
            if c and c not in countries:
                countries.append(c)
        # A meeting when any report tells of one; else what the reports tell of (an exercise, an arms deal).
        kinds = [ar.facts[m.id].event_kind for m in members]
        kind = "meeting" if "meeting" in kinds else min(kinds)
        # An exercise's (an arms deal's) sides are the states its reports name as holding it (making it), then
        # its people's: the second side of a joint exercise often has nobody named.
        held_by = list(dict.fromkeys(c for m in members for c in _held_by(ar, m, kind)))
        if held_by:
            countries = held_by + [c for c in countries if c not in held_by]
        dates = sorted((edate[m.id] for m in members if edate[m.id]), key=lambda d: d.sort_key())
        start, end = (dates[0], dates[-1]) if dates else (None, None)
        if not people and start is None:
            # Nobody named as taking part and no day it happened: an exercise or a visit only announced
            # for a later, undated day ("joint drills will be held in the autumn"). Not an event: the
            # report stays an article of its own, with no event page.
            continue
        signed = sorted({g for m in members for g in ar.facts[m.id].agreements
                         if any(s.article == m.id for s in ar.agreements[g].signed)})
        # Title: the principals of the first two sides (three for a trilateral meeting; more are counted), and the date span.
        lead = []
        seen_c = set()
        for p in people:
            c = ar.people[p].country
            if c not in seen_c or not lead:
                lead.append(ar.people[p].name)
                seen_c.add(c)
            if len(lead) == (3 if len(countries) == 3 else 2):  # a trilateral meeting names its three sides
                break
        rest = len([c for c in countries if c not in seen_c])
        if not lead:
            who = ", ".join(cx.name(c) for c in countries[:2]) or members[0].title
        elif len(held_by) >= 2:  # an exercise of two states is theirs, not its director's
            who = " and ".join(cx.name(c) for c in held_by[:2])
        elif rest:  # a conference of many sides: the title does not read as a meeting of two
            who = f"{', '.join(lead)} and {rest} other delegation{'s' if rest != 1 else ''}"
        else:
            who = ", ".join(lead[:-1]) + " and " + lead[-1] if len(lead) > 1 else lead[0]
        when = human_span(start, end)
        title = f"{who}, {when}" if when else who
        if kind != "meeting":  # the title says so: two names and a date read as a meeting
            title = f"{_KIND_TITLE.get(kind, kind.capitalize())}: {title}"
        # The address says what the event is: its date, then the family names of its first two people; an
        # event with nobody named as taking part (an exercise) takes its kind and the countries its reports
        # name instead of a bare date. A published event keeps its address (the id map).
        what = [family_name(ar.people[p].name, ar.people[p].country) for p in people[:2]]
        if not what:
            named = list(dict.fromkeys(c for m in members for c in ar.facts[m.id].countries))
            what = ([] if kind == "meeting" else [_KIND_TITLE.get(kind, kind)]) + [cx.name(c) for c in named[:2]]
        slug_base = f"{(start or PartialDate(1)).iso() if start else 'undated'}-" + "-".join(what)
        base = slugify_id(slug_base, "event")
        # Where: the city the reports name as the place of the meeting (the most reports).
        pc: Counter[str] = Counter(ar.facts[m.id].where for m in members if ar.facts[m.id].where)
        places = sorted(pc, key=lambda x: (-pc[x], x))[:1]
        took_part = {p for m in members for p in ar.facts[m.id].participants}
        mentioned = sorted({p for m in members for p in ar.facts[m.id].people} - took_part - set(people),
                           key=lambda p: ar.people[p].name)
        made.append((root, [m.id for m in members], base,
                     (title, start, end, tuple(people), tuple(countries), tuple(m.id for m in sort_articles(members)), tuple(signed),
                      tuple(places), tuple(mentioned), kind)))
    # Ids last, all at once: an event keeps the id its articles were published under.
    got = (ids or Allocator()).assign_events([(root, members, base) for root, members, base, _ in made])
    for root, members, _, fields in made:
        eid = got[root]
        events[eid] = EventEntity(eid, *fields)
        for m in members:
            event_of[m] = eid
    return events, event_of

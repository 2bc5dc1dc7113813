"""Extract: one article's text -> the people, countries, organisations and agreements it names.

Statistical NER proposes (spaCy for English, Natasha for Russian); the registry and the rules
in ``people``, ``countries``, ``orgs`` and ``agreements`` decide. The models run in batches and
load once per process.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import replace

from generator.errors import GeneratorError
from generator.extract import agreements as agr
from generator.extract import companies
from generator.extract import events
from generator.extract import hosts
from generator.extract import not_persons
from generator.extract import orgs
from generator.extract import participants
from generator.extract import name_spans, people, person_mentions, person_roles
from generator.extract import places
from generator.model import Analysis, Article, ArticleEntities, Mention, PersonOut
from generator.nlp import analysis as nlp
from generator.reference.countries import as_languages, city_only, dateline_only, in_bar_lines, in_org_names, index
from generator.reference.registry import Registry, fold
from generator.text import foreign_names

log = logging.getLogger(__name__)


def extract_many(articles: list[Article], registry: Registry, *, jobs: int = 1, cache=None,
                 executor: str = "local", scheduler: str | None = None,
                 analyses: dict[str, Analysis] | None = None) -> dict[str, ArticleEntities]:
    """Run extraction over many articles, English NER batched through one ``nlp.pipe``.

    ``cache`` (a :class:`generator.output.cache.Cache`) holds results by content hash: an article
    whose entry is there is not extracted again, and when every article hits no model loads.
    ``jobs`` > 1 runs the articles that miss in that many worker processes; results are keyed
    by article id and returned in the order of ``articles``, so the output does not depend on
    ``jobs``. Each article is analysed once (``analyse``) and its analysis passed to every extractor;
    ``analyses``, when given, receives the analyses of the articles extracted in this run that have no
    headline (the title step writes their titles from them; the cache holds entities only).
    ``executor="dask"`` runs the articles that miss on a Dask cluster instead (``run_dask``):
    the one at ``scheduler``, or a local cluster of ``jobs`` workers.
    """
    done: dict[str, ArticleEntities] = {}
    keys: dict[str, str] = {}
    todo: list[Article] = []
    for a in articles:
        if cache is not None and cache.enabled:
            keys[a.id] = k = entry_key(a)
            hit = cache.get("extract", k)
            if _valid_entry(hit):
                done[a.id] = hit
                continue
        todo.append(a)
    if todo:
        if executor == "dask":
            fresh = run_dask(todo, registry, jobs, scheduler)
        elif jobs > 1 and len(todo) > 1:
            fresh = _run_parallel(todo, registry, jobs)
        else:
            fresh = _run(todo, registry)
        for a in todo:
            done[a.id], an = fresh[a.id]
            if analyses is not None and an is not None:
                analyses[a.id] = an
            if cache is not None and cache.enabled:
                cache.put("extract", keys[a.id], done[a.id])
    return {a.id: done[a.id] for a in articles}


def entry_key(a: Article) -> str:
    """What one article's extraction depends on besides the code and the registry."""
    from generator.fileio import key

    # (the outlet and the address too: they give the page's home state, ``people.home_offices``)
    return key("extract", a.id, a.lang, a.title, "1" if a.title_generated else "0",
               a.date.iso() if a.date else "-", a.body, "\n".join(a.datelines), a.source or "-", a.url or "-")


def _valid_entry(v) -> bool:
    return isinstance(v, ArticleEntities)


def is_country_ru(span: str) -> bool:
    """Whether a Natasha span is a country the index knows (such a span needs no morphology)."""
    return bool(index().find(span, "ru"))


def analyse(articles: list[Article], *, ner: bool = True) -> dict[str, Analysis]:
    """Each article's body (up to ``nlp.TEXT_CAP`` characters: ``read_part``) analysed once
    (``generator.nlp.analysis.analyse``), by article id: English NER batched through one
    ``nlp.pipe``, Russian through Natasha. ``ner=False``: tokens and sentences only (a title needs
    no model)."""
    got = nlp.analyse([(nlp.capped(a.body), a.lang) for a in articles], is_country_ru, ner=ner)
    return {a.id: an for a, an in zip(articles, got)}


def read_part(a: Article) -> Article:
    """The article as the analysis and the rules read it: its text cut at ``nlp.TEXT_CAP`` characters
    (``nlp.capped``; the same article below the cap)."""
    text = nlp.capped(a.body)
    return a if text is a.body else replace(a, body=text)


def _run(articles: list[Article], registry: Registry) -> dict[str, tuple[ArticleEntities, Analysis | None]]:
    """Analyse then extract in this process; the analysis comes back with the entities of an
    article that has no headline (its title is written from it)."""
    analyses = analyse(articles)
    out = {}
    for a in articles:
        try:
            ents = extract_one(a, analyses[a.id], registry)
        except Exception as exc:  # one article's entities are lost, never the build
            log.warning("%s: entities not extracted after an unexpected error (%r); the page is built "
                        "without people, countries or agreements; please report it", a.source_path, exc)
            ents = ArticleEntities((), (), (), (), (), ())
        out[a.id] = (ents, analyses[a.id] if a.title_generated else None)
    return out


# --------------------------------------------------------------------------- worker processes

_WORKER_REGISTRY: Registry | None = None


def _init_worker(registry_path: str, langs: tuple[str, ...]) -> None:
    """Load the models once per worker process, before its first chunk."""
    import os

    # One thread per worker: the workers are the parallelism.
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[var] = "1"
    global _WORKER_REGISTRY
    from pathlib import Path

    _WORKER_REGISTRY = Registry(Path(registry_path))
    nlp.warm(langs)
    index()
    person_mentions.lexicon()


def _work(chunk: list[Article]) -> list[tuple[str, tuple]]:
    assert _WORKER_REGISTRY is not None
    res = _run(chunk, _WORKER_REGISTRY)
    return [(a.id, res[a.id]) for a in chunk]


CHUNK_MIN, CHUNK_MAX = 4, 64  # articles in a chunk: enough to batch NER well; few enough to balance


def _chunks(articles: list[Article], jobs: int) -> list[list[Article]]:
    """Chunks in the articles' order, big enough to batch NER well, and shrinking towards the
    end (guided scheduling): each holds about 1/(2 x jobs) of the text still left (at least
    ``CHUNK_MIN`` articles, at most ``CHUNK_MAX``), so the workers finish together: with chunks
    of one size the last one could keep one worker busy for a chunk's time while the others idle
    (64 articles: some 5 s at N=1000). Which worker extracts an article changes no result."""
    sizes = [len(a.body) + 200 for a in articles]  # the text is the work; 200: an article's fixed cost
    left = sum(sizes)
    out: list[list[Article]] = []
    i = 0
    while i < len(articles):
        target = left / (2 * max(1, jobs))
        j, got = i, 0
        while j < len(articles) and j - i < CHUNK_MAX and (j - i < CHUNK_MIN or got < target):
            got += sizes[j]
            j += 1
        out.append(articles[i:j])
        left -= got
        i = j
    return out


def _run_parallel(articles: list[Article], registry: Registry, jobs: int) -> dict[str, tuple]:
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    langs = tuple(sorted({a.lang for a in articles}))
    chunks = _chunks(articles, jobs)
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else None
    out: dict[str, tuple] = {}
    with ProcessPoolExecutor(max_workers=min(jobs, len(chunks)), mp_context=ctx, initializer=_init_worker,
                             initargs=(str(registry.path), langs)) as ex:
        for part in ex.map(_work, chunks):
            out.update(part)
    return out


# --------------------------------------------------------------------------- a Dask cluster
#
# The same chunks as the worker processes, sent to Dask workers. The registry travels as its
# bytes (a worker on another machine need not share a file system with the client); each worker
# loads it and the models once, on its first chunk, and keeps them for the next chunks and runs.
# Results come back keyed by article id, so the output is the same as with --jobs 1.

_DASK_STATE: dict = {}


class ExecutorError(GeneratorError):
    """The Dask cluster cannot be used (no scheduler at the address, dask not installed)."""


def _dask_work(chunk: list[Article], registry_yaml: bytes, langs: tuple[str, ...]) -> list[tuple[str, tuple]]:
    import hashlib
    import os
    import tempfile
    from pathlib import Path

    digest = hashlib.sha256(registry_yaml).hexdigest()
    reg = _DASK_STATE.get(digest)
    if reg is None:
        for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
            os.environ.setdefault(var, "1")
        path = Path(tempfile.gettempdir()) / f"generator-registry-{digest[:16]}.yaml"
        if not path.exists():
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_bytes(registry_yaml)
            os.replace(tmp, path)
        reg = _DASK_STATE[digest] = Registry(path)
    nlp.warm(langs)
    res = _run(chunk, reg)
    return [(a.id, res[a.id]) for a in chunk]


def run_dask(articles: list[Article], registry: Registry, jobs: int = 1,
             scheduler: str | None = None) -> dict[str, tuple]:
    """Extract on a Dask cluster: the scheduler at ``scheduler`` (``tcp://host:8786``), or a
    local cluster of ``jobs`` worker processes (all CPUs when ``jobs`` is 1), one thread each."""
    import os

    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise ExecutorError("--executor dask needs dask[distributed]: pip install 'dask[distributed]'") from exc
    langs = tuple(sorted({a.lang for a in articles}))
    workers = jobs if jobs > 1 else (os.cpu_count() or 1)
    chunks = _chunks(articles, workers)
    reg_bytes = registry.path.read_bytes()
    cluster = None
    if scheduler:
        try:
            client = Client(scheduler)  # waits distributed.comm.timeouts.connect (30 s by default)
        except (OSError, TimeoutError, ValueError) as exc:
            raise ExecutorError(f"--scheduler {scheduler}: no Dask scheduler answers there ({exc}); start one with "
                                "`dask scheduler` and workers with `dask worker ADDRESS`, or leave --scheduler out "
                                "for a local cluster") from exc
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.ERROR)
        client = Client(cluster)
    out: dict[str, tuple] = {}
    try:
        reg_future = client.scatter(reg_bytes, broadcast=True)
        futures = [client.submit(_dask_work, c, reg_future, langs, pure=False) for c in chunks]
        for part in client.gather(futures):
            out.update(part)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return out


def extract_one(a: Article, an: Analysis, registry: Registry) -> ArticleEntities:
    """One article's entities, from its analysis (``analyse``): no extractor tokenizes, splits or
    tags the body again. A text longer than ``nlp.TEXT_CAP`` is read up to the cap (``read_part``),
    as ``analyse`` reads it."""
    a = read_part(a)
    if an.text != a.body or an.lang != a.lang:
        raise ValueError(f"{a.source_path}: the analysis given is not this article's body")
    text = a.body
    cx = index()
    found_chits = chits = cx.find(text, a.lang, an.tokens)
    newsroom = dateline_only(text, chits)
    bars = set(in_bar_lines(text, chits)) | set(as_languages(text, chits, a.lang))
    newsroom |= city_only(text, chits, a.lang)  # "met in Singapore", "in Mexico City": the venue, no party
    chits = [c for c in chits if c.code not in newsroom and c not in bars]
    names = name_spans.candidates(an, chits)
    if a.lang == "ru":
        whole = name_spans.registry_names_ru(an, names, registry, chits)
        if whole:
            names = sorted(names + whole, key=lambda m: m.start)
    # (a known person's state is named through that person: "Defence Minister Yasar Guler … Erdogan sent greetings")
    known_states = {k.country for m in names if len(m.parts) >= 2
                    for k in (registry.person(" ".join(m.parts)) or registry.person(m.text),) if k is not None and k.country}
    lone = name_spans.registry_surnames(text, a.lang, names, {c.code for c in chits} | known_states, registry)
    if lone:
        names = sorted(names + lone, key=lambda m: m.start)
    person_roles.read_context(an, names, chits)
    persons = people.group(names, a.lang, registry)
    people.complete(an, names, persons, chits)
    persons = people.without_author(persons, a.author)
    persons = people.not_in_bars(text, persons)
    persons = companies.not_companies(text, a.lang, persons)
    persons = not_persons.drop(text, a.lang, persons)
    outs: list[PersonOut] = []
    mentions: list[Mention] = []
    for p in persons:
        country = (p.known.country if p.known and p.known.country else None) or p.pick("country") or p.pick("country_weak")
        if p.pick("international"):
            country = None  # an official of an international body (CSTO, UN) serves no one state
        name = people.given_name_first(p, country, a.lang)
        # A foreigner's name in a Russian article: its own spelling, not the Russian one's letters.
        own = (foreign_names.respell(p.native, country, tuple(c.code for c in chits))
               if a.lang == "ru" and p.known is None and p.native else None)
        native = p.native if name == p.name or own else name
        name = people.without_generation(people.first_surname_name(p, own or name, country))
        if p.known is None and country and not p.pick("international"):
            near = people.registry_near_spelling(name, country, registry)
            if near is not None:
                p.known = near  # "Madat Quliyev" of Azerbaijan is the registry's Madat Guliyev, as written here
        key = p.known.id if p.known else fold(name)
        po = PersonOut(
            key=key, known_id=p.known.id if p.known else None, name=name, native=native,
            country=country, role=(role := p.pick_role()), rank=None if (given_rank := people.rank_is_given_name(p, name)) else p.pick("rank"), role_text=next((m.role_text for m in p.mentions if m.role == role and m.role_text), p.pick("role_text")),
            rank_text=None if given_rank else p.pick("rank_text"), first=min(m.start for m in p.mentions),
            forms=tuple(sorted({m.text for m in p.mentions})), spans=tuple((m.start, m.end) for m in p.mentions),
        )
        outs.append(po)
        for m in p.mentions:
            mentions.append(Mention(a.id, "person", m.text, m.normal, m.start, m.end, m.origin))
    outs.sort(key=lambda p: p.first)
    outs = people.plural_offices(text, outs, chits)
    outs = person_roles.subject_office(text, a.lang, list(an.sentences), outs, chits)
    outs = person_roles.fuller_office(text, a.lang, outs, chits)
    outs = people.headline_offices(None if a.title_generated else a.title, outs)
    # Countries in order of first mention.
    codes: list[str] = []
    org_only = in_org_names(text, chits, a.lang)
    for c in chits:
        if c.code not in codes and c.code not in org_only:
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
    places_ = _places(text, a.lang, an.ner, chits, outs)
    # The reported meeting: its day, who took part, where.
    sents = list(an.sentences)
    ref = events.reference_date(text, a.lang, a.date, sents)
    hits = events.find_dates(text, a.lang, ref)
    when, ehit = events.event_date(text, a.lang, ref, sents, hits)
    # With no year to place it, the meeting's day and month still tell another day from it.
    md = None if when is not None else (events.reference_md(text, a.lang, sents) or (ehit.md if ehit is not None else None))
    flags = participants.flag(text, a.lang, outs, when, hits, sents, md)
    outs = [replace(p, participant=flags[p.key]) for p in outs]
    where = places.where(text, a.lang, sents, codes + [p.country for p in outs if p.country and p.country not in codes],
                         None if a.title_generated else a.title, a.datelines, when, country_hits=found_chits)
    outs, companion_keys = people.companions(text, outs, sents)
    outs = people.styled_states(text, outs, codes, people.outlet_state(a.source, a.url))
    own = {p.key: p.country for p in outs}  # each person's state as the text gives it, before the hosts' rules
    host = places.lookup(where, "en") if where and _filed_from(where, a) else None
    if host is not None:
        outs = people.host_side(outs, host[1], codes, text)
    outs = hosts.met_abroad(text, a.lang, sents, outs)
    # The state of the meeting's city is one side of a visit ("arrived in Athens"): a document
    # whose sentence names only the other side, or none, is the host's too.
    meeting_state = (places.lookup(where, "en") or (None, None))[1] if where else None
    filed = _filed_state(a)
    outs = hosts.received_by_host(text, a.lang, sents, outs, meeting_state, codes, filed)
    outs = hosts.home_side(text, a.lang, sents, outs, filed, codes)
    outs = hosts.company_side(text, a.lang, sents, outs, filed, meeting_state)
    # The page's home state, when plain: its dateline's and its outlet's (a city the meeting is in is not
    # one: "the minister met the troops in Riga" may be anyone's). A bare office is of it (people.home_offices).
    outs = people.home_offices(text, a.lang, outs, [filed, people.outlet_state(a.source, a.url)])
    outs = people.one_holder(outs, own)
    # A companion of a visitor whose state the text does not give is of no state the page's side rules give.
    outs = [people.replace_country(p, None) if p.key in companion_keys and own.get(p.key) is None and p.country else p
            for p in outs]
    # (for the documents: with no city of the meeting, the dateline's below a masthead, "FDRE Ministry
    # of Defense\nAddis Ababa, 12 March. … his Djiboutian counterpart")
    meeting_state = meeting_state or _dateline_state(a)
    # Round 17: the headline's states are the article's ("South Africa and Brazil sign defence industry
    # memorandum" over a body that names South Africa only by its ministry and its capital), and the first
    # candidates for the sides of a document whose sentence does not name them.
    headline = _headline_states(a)
    for c in headline:
        if c not in codes:
            codes.append(c)
    ahits = agr.find(an, chits, principals, a.date.year if a.date else None, a.date.month if a.date else None,
                     meeting_state, [(st, p.country) for p in outs for st, _ in p.spans], headline)
    for h in ahits:
        mentions.append(Mention(a.id, "agreement", h.text, h.name, h.start, h.end, f"agreements:{h.status}"))
    # A side of a document acts as a state: a state the text names only inside a company's name
    # (in_org_names) is still one of the article's countries when a document has it as a side.
    named = {c.code for c in chits}
    if meeting_state:
        named.add(meeting_state)  # the meeting's (dateline's) state, a side of a document (agreements.find)
    for h in ahits:
        codes.extend(c for c in h.parties if c in named and c not in codes)
    # A participant's state is an actor of the meeting, so one of the article's countries, though the text names
    # it only through the person ("Defence Ministers Zakir Hasanov and Yasar Guler met in Ankara": AZ and TR).
    for p in outs:
        if p.participant and p.country and p.country not in codes:
            codes.append(p.country)
    mentions.sort(key=lambda m: (m.start, m.end, m.kind))
    return ArticleEntities(tuple(outs), tuple(codes), tuple((c.code, c.start, c.end) for c in chits), tuple(org_list),
                           tuple(ahits), tuple(mentions), tuple(places_), when, where, events.event_kind(text, a.lang, sents))


def _headline_states(a: Article) -> list[str]:
    """The states the headline names as states or actors, in order (not when the title was generated from the
    lead, nor a city alone, nor a state inside an organisation's name)."""
    if a.title_generated or not a.title:
        return []
    title = a.title
    chits = index().find(title, a.lang)
    chits = [c for c in chits if c.code not in city_only(title, chits, a.lang)]
    org_only = in_org_names(title, chits, a.lang)
    return list(dict.fromkeys(c.code for c in chits if c.code not in org_only))


def _filed_state(a: Article) -> str | None:
    """The state of the city the report is datelined in ("Quito. —", "BAKU, Dec. 22 (Trend)"), or None."""
    for line in [*a.datelines, a.body.lstrip().split("\n", 1)[0][:80]]:
        head = re.split(r"[,(—–/:]| - ", line.strip(), maxsplit=1)[0].strip().rstrip(".")
        if head and len(head) <= 40:
            hit = places.lookup(head, a.lang)
            if hit is not None:
                return hit[1]
    return None


def _dateline_state(a: Article) -> str | None:
    """The state of the city a dateline opens with ("Addis Ababa, 12 March.", "QUITO (MoD) –",
    «Минск, 5 мая.») among the page's first lines (a ministry's masthead may come first)."""
    lines = [ln for ln in a.body.lstrip().split("\n", 4)[:4] if ln.strip()]
    for line in [*a.datelines, *lines]:
        parts = re.split(r"\s*(?:[,(—–/]|\s-\s)\s*", line.strip(), maxsplit=1)
        head = parts[0].strip()
        if len(parts) < 2 or not head or len(head) > 30:
            continue  # a dateline's city comes before a comma, bracket or dash and the date or text
        hit = places.lookup(head, a.lang)
        if hit is not None and hit[1]:
            return hit[1]
    return None


def _filed_from(city: str, a: Article) -> bool:
    """The report is datelined in the city of the meeting ("New Delhi, 6 March 2024", "BAKU, Dec. 22
    (Trend)"): written from the hosts' side, so its bare offices are the hosts' (``people.host_side``)."""
    lines = [*a.datelines, a.body.lstrip().split("\n", 1)[0][:80]]
    for line in lines:
        head = re.split(r"[,(—–/:]| - ", line.strip(), maxsplit=1)[0].strip()
        if not head or len(head) > 40:
            continue
        hit = places.lookup(head, a.lang)
        if hit is not None and hit[0] == city:
            return True
    return False


def _places(text: str, lang: str, ner: list[tuple], chits, people) -> list[str]:
    """Cities and regions the models tag (GPE/LOC), less countries and names of people."""
    taken = [(c.start, c.end) for c in chits] + [s for p in people for s in p.spans]
    count: Counter[str] = Counter()
    first: dict[str, int] = {}
    for item in ner:
        label, start, end = item[0], item[1], item[2]
        if label not in ("GPE", "LOC") or any(s < end and start < e for s, e in taken):
            continue
        surface = text[start:end].strip()
        if surface.lower().startswith("the "):
            surface = surface[4:]
        words = surface.split()
        if not words or len(words) > 4 or not all(w[:1].isupper() for w in words) or any(ch.isdigit() for ch in surface):
            continue
        # Russian: Natasha's normal form ("Астане" -> "Астана").
        name = (item[3] if len(item) > 3 and item[3] else surface) if lang == "ru" else surface
        count[name] += 1
        first.setdefault(name, start)
    lead_end = text.find("\n\n") if "\n\n" in text else len(text)
    # A place in the lead paragraph is where the event happened, in news style; then the most named.
    return sorted(count, key=lambda n: (first[n] >= lead_end, -count[n], first[n]))

"""``generator explain FILE``: how one page was read, line by line and field by field.

Each line of the page with its label (headline, date, byline, body, caption, chrome, blank) and
the model's confidence and cues, or the rule that set it; then every field of the article with
the line or rule that produced it; then the entities the extraction found, with the rule or model
that proposed each mention.
"""

from __future__ import annotations

from pathlib import Path

from generator.ingest import reader as ingest
from generator.model import Article
from generator.reference.registry import Registry


def _short(t: str, n: int = 90) -> str:
    t = " ".join(t.split())
    return t if len(t) <= n else t[: n - 1] + "…"


def _source_candidates(p) -> list[str]:
    """Every outlet the page names, with the learned ranker's probability (best first) and the rules' pick (*)."""
    from generator.ingest import source_candidates as sc

    if not p.source_candidates:
        return []
    ranked = sc.scored(p.source_candidates)
    who = "the ranker chooses" if sc.chooser() else "the rules' pick (*) is kept"
    out = [f"  source candidates ({who}):"]
    for c in ranked:
        prob = f"{c.probability:.2f}" if c.probability is not None else "  - "
        out.append(f"    {'*' if c.pick else ' '} {prob} {c.rule:22} {c.name!r:36} [{_short(c.why, 60)}]")
    return out


def explain(path: Path, registry_path: Path | None = None, max_bytes: int = 2_000_000,
            entities: bool = True, blank: bool = False) -> str:
    """The explanation of one article file, as text."""
    from generator.ingest import lines as L

    from generator.ingest.draft import all_candidates

    with all_candidates():  # every source and date candidate, not only the rules' pick
        from generator.ingest.seed import holds_html, is_page

        if is_page(path) or holds_html(path):  # a saved page (or its HTML saved as .txt): its text, read the same way
            from generator.ingest.htmlpage import read_html_file

            p = read_html_file(path, max_bytes, Registry(registry_path) if registry_path else None)
        else:
            p = ingest.read_article_file(path, max_bytes, Registry(registry_path) if registry_path else None)
    out = [f"{path}: language {p.lang}, encoding {p.encoding}, line model {L.model_version()}", "", "Lines:"]
    for ln in p.lines:
        if ln.label == "blank" and not blank:
            continue
        out.append(f"{ln.number:4d}  {ln.label:8}  {_short(ln.text, 70):70}  [{ln.why}]")
    out += ["", "Fields:"]
    source = p.source
    page_why = _page_metadata_why(path, p) if path.suffix.lower() in (".html", ".htm") else {}
    why = {**p.why, **page_why}
    fields = [
        ("title", p.title, why.get("title", "no line was read as a headline: a title is written from the lead sentence")),
        ("date", p.date.iso() if p.date else None, why.get("date", "no date in the page")),
        ("author", p.author, why.get("author", "no byline names a person")),
        ("source", source, p.why.get("source", "no outlet or agency is named")),
        ("language", p.lang, "the share of Cyrillic letters"),
    ]
    for name, value, why in fields:
        out.append(f"  {name:9} {value!r:60}  [{why}]")
    out += _source_candidates(p)
    if p.why.get("date_candidates"):
        out.append("  date candidates (page-date ranker, best first): " + p.why["date_candidates"])
    if p.why.get("item_page"):  # a page of several items (a newsletter digest, a channel export): which one was read
        extra = [f"{label} {p.why[k]!r}" for k, label in (("item_outlet", "the page's own name"),
                                                         ("item_forwarded_from", "forwarded from")) if p.why.get(k)]
        out.append("  items     " + "; ".join([p.why["item_page"], *extra]))
    for note in p.notes:
        out.append(f"  note: {note}")
    if not entities or not p.body_lines:
        return "\n".join(out) + "\n"
    from generator.extract.entities import analyse, extract_one
    from generator.extract.titles import make_title

    reg = Registry(registry_path)
    art = Article(id=path.stem, source_path=str(path), lang=p.lang, title=p.title or "", title_generated=not p.title,
                  date=p.date, author=p.author, source=source, body=p.body, datelines=ingest.datelines(p))
    an = analyse([art])[art.id]
    ents = extract_one(art, an, reg)
    if not p.title:
        made = make_title(an, [s for q in ents.people for s in q.spans])
        out.append(f"  {'title':9} {made!r:60}  [generated from the lead sentence: the page has no headline]")
    out += ["", "Entities:"]
    by_norm: dict[tuple[str, str], list[str]] = {}
    for m in ents.mentions:
        by_norm.setdefault((m.kind, m.normal), []).append(m.origin)
    for q in ents.people:
        origins = sorted({m.origin for m in ents.mentions if m.kind == "person" and (m.start, m.end) in q.spans})
        out.append(f"  person     {q.name!r} ({', '.join(q.forms)}); country {q.country}, role {q.role}, rank {q.rank}; "
                   f"{'participant' if q.participant else 'only mentioned'}  [{', '.join(origins) or 'rules'}; participants]")
    for code in ents.countries:
        kinds = sorted({m.origin for m in ents.mentions if m.kind == "country" and m.normal == code})
        out.append(f"  country    {code}  [{', '.join(kinds)}]")
    for oid, name, _s, _e in ents.organizations:
        out.append(f"  org        {name} ({oid})  [orgs]")
    for h in ents.agreements:
        out.append(f"  agreement  {h.name} ({h.status}): {_short(h.text, 60)!r}  [agreements:{h.status}]")
    if ents.places:
        out.append(f"  places     {', '.join(ents.places[:5])}  [NER GPE/LOC, the lead first]")
    kind = getattr(ents, "event_kind", "meeting")
    why_kind = {"meeting": "a meeting, visit, talks or signing told in the first sentences (or nothing else told there)",
                "exercise": "an exercise named in the first sentences, no meeting told: its people took part, they did not meet",
                "sale": "an arms deal named in the first sentences, no meeting told: not counted as a meeting"}
    out += ["", "The reported meeting:", f"  {'event_kind':10} {kind!r:40}  [{why_kind.get(kind, 'extract/events.py event_kind')}]",
            *_event_lines(art, ents, an.sentences)]
    return "\n".join(out) + "\n"


def _event_lines(art: Article, ents, sentences) -> list[str]:
    """The event date and place with the expression or rule that gave each (events.py, places.py);
    ``sentences``: the article's, from its analysis."""
    from generator.extract import events, places

    text = art.body
    sents = list(sentences)
    ref = events.reference_date(text, art.lang, art.date, sents)
    when, hit = events.event_date(text, art.lang, ref, sents, events.find_dates(text, art.lang, ref))
    if hit is not None and when is None:
        why = f"the meeting's day {text[hit.start:hit.end]!r} has no year in the text"
    elif hit is not None:
        i = next((k for k, (a, b) in enumerate(sents) if a <= hit.start < b), 0)
        why = f"{text[hit.start:hit.end]!r} in sentence {i + 1}, read against {ref.iso() if ref else 'no date'}"
    elif when is None and ref is not None:
        why = "the lead only announces the meeting, for a day the text does not give"
    elif when is None:
        why = "no date of the meeting and no date of the article"
    else:
        why = "no sentence about the meeting dates it: the article's own date (a report is of its day)"
    reasons: list[str] = []
    places.where(text, art.lang, sents, ents.countries, None if art.title_generated else art.title, art.datelines,
                 when, reasons)
    return [f"  {'event_date':10} {when.iso() if when else None!r:40}  [{why}]",
            f"  {'where':10} {ents.where!r:40}  [{reasons[0] if reasons else 'places.where'}]"]


def _page_metadata_why(path: Path, p) -> dict[str, str]:
    """For a saved page: which of its metadata gave the title, date and author (what outranks the
    reading of its text, README "Articles from the web"), or, for a date the metadata did not
    give, every tag that was tried."""
    from generator.ingest import htmlpage

    raw = path.read_bytes()
    html, _, _ = htmlpage.decode_page(raw)
    try:
        import trafilatura

        tree = trafilatura.load_html(html)
        _, meta = htmlpage.extract(html)
    except Exception:  # the page could be read for the build, but not twice: say nothing more
        return {}
    if tree is None:
        return {}
    tags = [(m.get("property") or m.get("name") or m.get("itemprop") or "", m.get("content") or "") for m in tree.iter("meta")]
    ld = list(htmlpage.json_ld_items(tree))
    why: dict[str, str] = {}

    def same(a: str | None, b: str | None) -> bool:
        return bool(a and b) and " ".join(a.split()).casefold() == " ".join(b.split()).casefold()

    if p.title and same(p.title, meta.title):
        where = next((f"<meta {k}>" for k, v in tags if k.lower() in ("og:title", "twitter:title") and same(v, p.title)), None)
        where = where or next(("JSON-LD headline" for x in ld if isinstance(x.get("headline"), str) and same(x["headline"], p.title)), None)
        if where is None:
            t = next(iter(tree.iter("title")), None)
            where = "<title>" if t is not None and same(t.text_content(), p.title) else "<title>, the site's name taken off"
        why["title"] = f"the page's metadata: {where} (it outranks the text's headline lines)"
    tried = [*htmlpage.DATE_KEYS, "JSON-LD datePublished"]
    if p.date is not None and meta.date and p.date_text == meta.date:
        where = next((f"<meta {k}> {v!r}" for k, v in tags if k.lower() in htmlpage.DATE_KEYS
                      and v[:10] == meta.date[:10]), None)
        where = where or next((f"JSON-LD datePublished {x['datePublished']!r}" for x in ld
                               if str(x.get("datePublished", ""))[:10] == meta.date[:10]), None)
        why["date"] = f"the page's metadata: {where or 'htmldate header stage ' + repr(meta.date)} (it outranks the text's dates)"
    elif p.date is not None and meta.time_date and p.date_text == meta.time_date:
        why["date"] = f"a <time datetime={meta.time_date!r}> inside the article or its header (the page's metadata declares no date)"
    elif p.date is not None and meta.header_date and p.date_text == meta.header_date:
        why["date"] = f"the date line of the article's header, under its headline: {meta.header_date!r} (no <time>, no metadata date)"
    elif p.date is None:
        why["date"] = ("no date in the page: none in its metadata (tried " + ", ".join(tried)
                       + "), none in a <time datetime> inside the article, none in its text")
    elif "date" not in p.why:
        why["date"] = "read from the page's text (its metadata declares no date: tried " + ", ".join(tried) + ")"
    if p.author and meta.author and p.author in meta.author:
        why["author"] = f"the page's author metadata (<meta name=author>, JSON-LD author or a byline element): {meta.author!r}"
    return why

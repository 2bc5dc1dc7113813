"""Render: the archive -> Markdown pages with YAML front matter, and data exports.

Every string that came from an article goes through ``escape.md_text`` (body, names, titles in
lists) or ``escape.attr`` (front matter values the theme prints raw). Links are relative, so
the site works from ``file://`` and under a sub-path.
"""

from __future__ import annotations

import csv
import heapq
import io
import json
import posixpath
import re
from collections import Counter, defaultdict
from dataclasses import fields, is_dataclass

from generator.reference.countries import index
from generator.reference.offices import label_rank, label_role
from generator.resolve.archive import Archive, reports_meeting, sort_articles
from generator.site.helpers import (KIND_DIR, LANG_NAMES, Page, article_link, article_meta, article_rows, count,
                                    KIND_LABEL, LIST_SEARCH, PERSON_SEARCH, STATUS_LEGEND, event_countries, follow_line,
                                    front_matter, link, rel, source_link, status_label, title_front_matter)
from generator.site.jsonout import dumps_indented
from generator.site.placenames import cyrillic_spellings, used_in
from generator.site.searchfold import declined_forms
from generator.site.sitepaths import feed_path
from generator.text.dates import human, human_span
from generator.text.escape import attr, md_chunk, md_text
from generator.text.names import family_name, plain_latin

PAGE_SIZE = 200  # rows per index page; longer lists are split into numbered pages
# A person's or country's page lists its latest LATEST reports (and a person's latest LATEST roles);
# a longer list goes whole to pages by year (people/<id>/<year>.md, countries/<code>/<year>.md), each
# linked from the page. A new article then changes its entity's page (bounded in size) and the page of
# its year only, not a page listing hundreds of reports: the site update reads much less Markdown.
LATEST = 50


def _names(ids, table, kind, here) -> str:
    return ", ".join(link(kind, i, table[i].name, here) for i in ids if i in table)


def render_all(ar: Archive, site_name: str) -> list[Page]:
    return [page for _, fn in units(ar, site_name) for page in fn(ar)]


def units(ar: Archive, site_name: str) -> list[tuple[str, object]]:
    """The site's pages as units, in order: (a key, a function of the archive giving the unit's
    pages). Each unit looks its own entity up in the archive it is given, so that
    ``generator.site.memo`` sees every value a page depends on."""
    from generator.site.views import render_views

    out: list[tuple[str, object]] = []
    out += [(f"article/{a.id}", lambda v, i=a.id: [render_article(v, v.article(i))]) for a in ar.articles]
    out += [(f"person/{k}", lambda v, i=k: person_pages(v, v.people[i])) for k in ar.people]
    out += [(f"country/{k}", lambda v, i=k: country_pages(v, v.countries[i])) for k in ar.countries]
    out += [(f"agreement/{k}", lambda v, i=k: [render_agreement(v, v.agreements[i])]) for k in ar.agreements]
    out += [(f"organization/{k}", lambda v, i=k: [render_org(v, v.organizations[i])]) for k in ar.organizations]
    out += [(f"event/{k}", lambda v, i=k: [render_event(v, v.events[i])]) for k in ar.events]
    out.append(("indexes", lambda v: render_indexes(v, site_name)))
    out.append(("views", lambda v: render_views(v, site_name)))
    return out


# --------------------------------------------------------------------------- articles

def _as_written(written: str | None) -> str:
    """' (Восточный военный вестник)': how the page wrote a source or author given in Latin script."""
    return f' <span class="archive-written-name" lang="ru">({md_text(written)})</span>' if written else ""


def _agreements_of(ar: Archive, aid: str, ids, here: str) -> str:
    """An article's agreements, each with what this report says of it when that is more than a mention
    ("signed", "signed before this meeting", "planned")."""
    out = []
    for g in ids:
        if g not in ar.agreements:
            continue
        said = next((r.status for r in ar.agreements[g].reports if r.article == aid), None)
        out.append(link("agreement", g, ar.agreements[g].name, here)
                   + (f" *({md_text(status_label(said, 'article'))})*" if said and said != "mentioned" else ""))
    return ", ".join(out)


def render_article(ar: Archive, a) -> Page:
    here = f"articles/{a.id}.md"
    f = ar.facts[a.id]
    meta = article_meta(ar, a)
    fm = dict(meta)
    fm["title"] = attr(a.title)
    fm["author"] = attr(a.author) if a.author else None
    fm["description"] = attr(_description(a))
    if a.duplicates:
        fm["duplicates"] = list(a.duplicates)
    lines = [front_matter(fm)]
    lines.append(f"# {md_text(a.title)}\n")
    facts = []
    facts.append(f"**Date:** {md_text(human(a.date))}")
    # a name given in Latin script is followed by the page's own spelling (searchable in both scripts)
    if a.source:
        facts.append(f"**Source:** {source_link(ar, 'source', a.source, here)}" + _as_written(a.source_written))
    if a.author:
        facts.append(f"**Author:** {source_link(ar, 'author', a.author, here)}" + _as_written(a.author_written))
    facts.append(f"**Language:** {LANG_NAMES.get(a.lang, a.lang)}")
    if a.title_generated:
        facts.append("*Title written by the generator: no headline was found in the source.*")
    lines.append('<div class="archive-meta" markdown="1">\n')
    lines.append(" · ".join(facts[:4]) + "\n")
    if f.people:
        took = [x for x in f.people if x in f.participants]
        others = [x for x in f.people if x not in f.participants]
        if took:
            lines.append(f"**People:** {_names(took, ar.people, 'person', here)}\n")
        if others:
            lines.append(f"**Mentioned** *(not at the meeting)*: {_names(others, ar.people, 'person', here)}\n")
    if f.event_date != a.date or f.where:
        meeting = md_text(human(f.event_date)) if f.event_date else "not dated"
        what = KIND_LABEL.get(f.event_kind, ("meeting",))[0].capitalize()  # an exercise is no meeting (its date, its place)
        lines.append(f"**{what}:** {meeting}" + (f" · {md_text(f.where)}" if f.where else "") + "\n")
    if f.countries:
        lines.append(f"**Countries:** {_names(f.countries, ar.countries, 'country', here)}\n")
    if f.agreements:
        lines.append(f"**Agreements:** {_agreements_of(ar, a.id, f.agreements, here)}\n")
    if f.organizations:
        lines.append(f"**Organisations:** {_names(f.organizations, ar.organizations, 'organization', here)}\n")
    ev = ar.events.get(ar.event_of.get(a.id, ""))
    if ev:
        others = [x for x in ev.articles if x != a.id]
        extra = f" · {len(others)} other report{'s' if len(others) != 1 else ''}" if others else ""
        lines.append(f"**Event:** {link('event', ev.id, ev.title, here)}{extra}\n")
    if len(facts) > 4:
        lines.append(facts[4] + "\n")
    addr = address_line(a)
    if addr:
        lines.append(addr + "\n")
    lines.append("</div>\n")
    # The article's own language on its text, for screen readers, hyphenation and search.
    lines.append(f'<div class="archive-body" lang="{a.lang}" markdown="1">\n')
    lines.append(body_with_links(ar, a, here) + "\n")
    lines.append("</div>\n")
    rel = related_of(ar, a)
    if rel:
        lines.append("## Related articles\n")
        for other, why in rel:
            lines.append(f"- {article_link(other, here)} · {md_text(human(other.date))} · {why}")
        lines.append("")
    lines.append(cite_this(ar, a, here))
    lines.append(json_ld(ar, a))
    return Page(here, "\n".join(lines))


ARCHIVE_ADDRESS = '<span class="archive-address" data-archive-address></span>'  # filled by the MkDocs hook


def cite_this(ar: Archive, a, here: str) -> str:
    """'Cite this': author, title, outlet, date, the original address when known, and this
    page's address in the archive (the hook writes the absolute one when site_url is set)."""
    parts = []
    if a.author:
        parts.append(md_text(a.author) + ".")
    cited = _cited_title(a.title)
    parts.append(f"“{md_text(cited)}{'' if cited[-1:] in ('.', '?', '!', '…') else '.'}”")
    if a.source:
        parts.append(f"*{md_text(a.source)}*,")
    # A citation without a date says so the way style guides write it: "n.d." (no date).
    parts.append((md_text(human(a.date)) if a.date else "n.d") + ".")
    target = link_target(a.url)
    if target:
        day = _retrieved_day(a.retrieved)
        got = f" (retrieved {md_text(human(day))})" if day else ""
        parts.append(f"Original address: [{md_text(a.url)}]({target}){got}.")
    parts.append(f"In: Defence Diplomacy Archive, {ARCHIVE_ADDRESS}.")
    return ('<div class="archive-cite" markdown="1">\n\n## Cite this\n\n'
            + " ".join(parts) + "\n\n</div>\n")


def _cited_title(title: str) -> str:
    """A title as a citation quotes it: its own double quotes become single ones inside the
    citation's (“‘Our cooperation is practical’: …”). The caller ends it with a full stop,
    none after ?, ! or …."""
    t = " ".join(title.split())
    return re.sub(r'"([^"]*)"', "‘\\1’", t).replace("“", "‘").replace("”", "’")


def json_ld(ar: Archive, a) -> str:
    """schema.org NewsArticle with the entities it mentions; '<' is escaped so no tag can close."""
    f = ar.facts[a.id]
    cx = index()
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a.title,
        "inLanguage": a.lang,
        "mentions": [{"@type": "Person", "name": ar.people[p].name} for p in f.people]
        + [{"@type": "Country", "name": cx.name(c)} for c in f.countries],
    }
    if a.date:
        data["datePublished"] = a.date.iso()
    if a.author:
        data["author"] = {"@type": "Person", "name": a.author}
    if a.source:
        data["publisher"] = {"@type": "Organization", "name": a.source}
    target = link_target(a.url)
    if target:
        data["url"] = target  # the report this page reproduces
        data["isBasedOn"] = target
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)

    def esc(m):  # inside JSON strings only: no tag can close, no template engine sees braces
        out = m.group()
        for ch in "<>&{}%":
            out = out.replace(ch, f"\\u{ord(ch):04x}")
        return out

    text = re.sub(r'"(?:\\.|[^"\\])*"', esc, text)
    return f'<script type="application/ld+json">{text}</script>\n'


def link_target(url: str | None) -> str | None:
    """An article's original address as a link target: ``provenance.clean_url`` in its link form
    (http(s) only, ASCII host, every character a Markdown link or an HTML attribute could trip on
    percent-encoded); None for anything else."""
    from generator.ingest.provenance import clean_url

    return clean_url(url, for_link=True)


def address_line(a) -> str | None:
    """'Original address: https://… · retrieved 1 May 2024', when the article has an address."""
    target = link_target(a.url)
    if not target:
        return None
    line = f"**Original address:** [{md_text(a.url)}]({target})"
    day = _retrieved_day(a.retrieved)
    if day:
        line += f" · retrieved {md_text(human(day))}"
    return line


def _retrieved_day(retrieved: str | None):
    from generator.model import PartialDate

    if not retrieved or len(retrieved) < 10:
        return None
    try:
        return PartialDate(int(retrieved[:4]), int(retrieved[5:7]), int(retrieved[8:10]))
    except ValueError:
        return None


def _description(a) -> str:
    first = a.paragraphs[0] if a.paragraphs else ""
    return first[:200].rsplit(" ", 1)[0] + "…" if len(first) > 200 else first


def body_with_links(ar: Archive, a, here: str) -> str:
    """The cleaned body, escaped, with the first mention of each entity linked."""
    f = ar.facts[a.id]
    tables = {"person": ar.people, "country": ar.countries, "agreement": ar.agreements, "organization": ar.organizations}
    chosen: list[tuple[int, int, str, str]] = []
    seen: set[tuple[str, str]] = set()
    last_end = -1
    for s, e, kind, eid in f.links:
        if (kind, eid) in seen or s < last_end or eid not in tables[kind]:
            continue
        while s < e and a.body[s].isspace():
            s += 1
        while e > s and a.body[e - 1].isspace():
            e -= 1
        if s >= e or "\n\n" in a.body[s:e]:
            continue
        seen.add((kind, eid))
        chosen.append((s, e, kind, eid))
        last_end = e
    out = []
    pos = 0
    text = a.body
    for s, e, kind, eid in chosen:
        out.append(_esc_keep_paras(text[pos:s], pos == 0))
        out.append(f"[{md_text(text[s:e])}]({rel(here, f'{KIND_DIR[kind]}/{eid}.md')})")
        pos = e
    out.append(_esc_keep_paras(text[pos:], pos == 0))
    return "".join(out)


# A paragraph that is an item of a list as the page printed it ("- item", "• item", "* item"):
# its bullet is wrapped in <span class="archive-bullet">, which assets/archive.css shows as a
# bullet with the item's text hanging beside it, so the reader sees a list, not a stray hyphen.
# The text keeps its own character and the page gains no list structure (no <ul>/<li>: a
# scraped line never makes Markdown structure, ../shared/BAD_INPUTS.md row 8).
_BULLET = re.compile(r"[ \t]*([-•*▪◦‣●])[ \t]+(?=\S|$)")


def _esc_keep_paras(chunk: str, at_start: bool = False) -> str:
    """A stretch of body text between links: paragraphs kept apart, each piece escaped. A piece
    that opens a paragraph (``at_start``: the chunk opens the body) with a list bullet gets its
    bullet marked as one."""
    out = []
    for i, p in enumerate(chunk.split("\n\n")):
        m = _BULLET.match(p) if (i > 0 or at_start) else None
        out.append(f'<span class="archive-bullet">{md_chunk(m.group(1))} </span>{md_chunk(p[m.end():])}' if m else md_chunk(p))
    return "\n\n".join(out)


def related_of(ar: Archive, a):
    """``related(ar, a)``, looked up as one value when ``ar`` is the view of ``generator.site.memo``."""
    table = getattr(ar, "related", None)
    return table[a.id] if table is not None else related(ar, a)


def related(ar: Archive, a, limit: int = 6, sets: dict | None = None):
    """Other reports of the same event first, then articles sharing agreements and people.
    ``sets``: a dict kept across calls (one archive) for each article's people, countries and
    agreements as sets, so that they are made once, not once per article that might relate to it."""
    f = ar.facts[a.id]
    ev = ar.events.get(ar.event_of.get(a.id, ""))
    same = [x for x in (ev.articles if ev else []) if x != a.id]
    first = [(ar.article(x), "same event") for x in same]
    want = limit - len(first)
    if want <= 0:
        return first
    idx = ar.naming
    # naming[("p", p)] holds exactly the articles whose people include p (and so for agreements):
    # counting an article's appearances in this article's lists gives the shared people and
    # agreements without intersecting every candidate's sets.
    shared_p: Counter = Counter()
    shared_a: Counter = Counter()
    for p in dict.fromkeys(f.people):
        shared_p.update(idx.get(("p", p), ()))
    for x in dict.fromkeys(f.agreements):
        shared_a.update(idx.get(("a", x), ()))
    mine_p, mine_c, mine_a = set(f.people), set(f.countries), set(f.agreements)
    # A candidate's score is 3 per shared agreement, 2 per shared person and 0.5 per shared country.
    # The shared countries (a set intersection per candidate) are counted only for the candidates that
    # can still make the list: those whose score without them, plus the most they can add, reaches
    # the want-th best score without them. The others score below at least ``want`` candidates.
    base = {bid: 3 * shared_a.get(bid, 0) + 2 * shared_p.get(bid, 0)
            for bid in set(shared_p).union(shared_a) - {a.id} - set(same)}
    if len(base) > want:
        floor = heapq.nlargest(want, base.values())[-1] - 0.5 * len(mine_c)
        cands = [bid for bid, b in base.items() if b >= floor]
    else:
        cands = list(base)
    sets = {} if sets is None else sets
    scored = []
    for bid in cands:
        got = sets.get(bid)
        if got is None:
            g = ar.facts[bid]
            got = sets[bid] = (set(g.people), set(g.countries), set(g.agreements))
        scored.append((-(3 * shared_a.get(bid, 0) + 2 * shared_p.get(bid, 0) + 0.5 * len(mine_c & got[1])), bid))
    out = list(first)
    for _, bid in heapq.nsmallest(want, scored):  # (score, id) pairs are distinct: the order is total
        sp, sa = mine_p & sets[bid][0], mine_a & sets[bid][2]
        why = []
        if sa:
            why.append(f"{len(sa)} shared agreement{'s' if len(sa) > 1 else ''}")
        if sp:
            why.append(f"{len(sp)} shared {'people' if len(sp) > 1 else 'person'}")
        out.append((ar.article(bid), ", ".join(why)))
    return out


# --------------------------------------------------------------------------- entities

def person_pages(ar: Archive, p) -> list[Page]:
    """A person's page and pages by year, the reports by year (``_years_of``) sorted once for all of them."""
    years = _years_of(ar, "people", p.id, p.articles)
    return [render_person(ar, p, years), *person_years(ar, p, years)]


def country_pages(ar: Archive, c) -> list[Page]:
    """A country's page and pages by year, the reports by year sorted once for all of them."""
    years = _years_of(ar, "countries", c.id, c.articles)
    return [render_country(ar, c, years), *country_years(ar, c, years)]


def render_person(ar: Archive, p, years=None) -> Page:
    """``years``: the person's reports by year (``_years_of``), when the caller has them."""
    here = f"people/{p.id}.md"
    cx = index()
    # The name in the other script beside the heading: the search weighs a heading most, so a search
    # for «Хренин» finds the person's page first, as a search for "Khrenin" does.
    head = "".join(f' <span class="archive-other-name" lang="{lang}">{md_text(n)}</span>'
                   for lang, n in sorted(p.names.items()) if lang != "en" and n and n != p.name)
    # ``sort``: the person's key in the People index (A to Z by surname), so that the page's Previous/Next
    # (generator/site/nav.py) walks the people in the order of the list the reader came from.
    lines = [title_front_matter(p.name, feed=feed_path("people", p.id), search=PERSON_SEARCH,
                                sort=family_name(p.name, p.country)), f"# {md_text(p.name)}{head}\n"]
    facts = []
    for lang, n in sorted(p.names.items()):
        if lang != "en":
            facts.append(f"**Name ({LANG_NAMES.get(lang, lang)}):** {md_text(n)}")
    if p.country:
        facts.append(f"**Serves:** {link('country', p.country, cx.name(p.country), here)}")
    # The name without its marks too (Wladyslaw for Władysław), as a reader types it: the search finds it.
    also = [*p.aliases, *(x for x in (plain_latin(p.name),) if x and x not in p.aliases)]
    if also:
        facts.append(f"**Also written:** {md_text(', '.join(also))}")
    # A spelling is listed once: the transliterations the line above does not already show.
    shown = {x.casefold() for x in (p.name, *also)}
    translit = [t for t in dict.fromkeys(getattr(p, "transliterations", None) or ()) if t.casefold() not in shown]
    if translit:
        facts.append(f"**Transliterations:** {md_text(', '.join(translit))}")
    places = sorted({ar.facts[aid].where for aid in p.articles
                     if ar.facts[aid].where and p.id in ar.facts[aid].participants and reports_meeting(ar, aid)})
    if places:
        facts.append(f"**Met in:** {md_text(', '.join(places))}")
    facts.append(f"**Reports:** {len(p.articles)}")
    # The Russian name's declined forms, hidden from the eye and indexed by the search (which matches words
    # as typed): a reader who types «Гасанова» or «Хренину» finds the person.
    forms = declined_forms(p.names.get("ru") or "")
    if forms:
        facts.append(f'<p class="archive-search-forms" hidden>Name in other cases: {md_text(" ".join(forms))}</p>')
    lines.append("\n\n".join(facts) + "\n")
    lines.append(follow_line("people", p.id, p.name, here))
    roles = sorted(p.roles, key=lambda r: (r.date or "", r.article), reverse=True)
    if years is None:
        years = _years_of(ar, "people", p.id, p.articles)
    if roles:
        # Three columns, so that on a phone the article (what a reader follows) is in view beside the
        # date: the role and rank in one cell, the words of the report under them in small type.
        lines.append("## Roles and ranks\n")
        lines += _role_rows(ar, p, roles, here) + [""]
    met = Counter()
    when: dict[str, list] = defaultdict(list)
    for aid in p.articles:
        f = ar.facts[aid]
        if p.id not in f.participants or not reports_meeting(ar, aid):
            continue  # only mentioned in this report, or it tells of an exercise or a deal: met nobody in it
        for other in f.participants:
            if other != p.id:
                met[other] += 1
                when[other].append(f.event_date)
    if met:
        lines += ["## People met\n", "At the meetings the reports tell, dated by the meeting.\n",
                  "| Person | Dates | Country | Reports |", "|---|---|---|---|"]
        for other, n in sorted(met.items(), key=lambda kv: (-kv[1], ar.people[kv[0]].name)):
            o = ar.people[other]
            # Each date kept whole on a phone (no-break spaces inside it: "18 May 2021" never splits over
            # three lines of a narrow column); a list of dates still wraps between them. The dates come
            # second, so that on a phone the person and when they met stay in view (the table scrolls).
            dates = (md_text(",") + " ").join(md_text(human(d)).replace(" ", "\u00a0")
                                       for d in sorted({d for d in when[other] if d}, key=lambda d: d.sort_key()))
            ctry = link("country", o.country, cx.name(o.country), here) if o.country else ""
            lines.append(f"| {link('person', other, o.name, here)} | {dates} | {ctry} | {n} |")
        lines.append("")
    # Exercises and arms deals the person took part in: apart, as they are no meeting.
    apart = grouped(ar, "events_apart", p.id)
    if apart:
        lines += ["## Exercises and other events\n", "Taken part in, not counted as meetings above.\n",
                  "| Event | Kind | When | Also there |", "|---|---|---|---|"]
        for e in apart:
            lines.append(f"| {link('event', e.id, _event_name(e), here)} | {KIND_LABEL.get(e.kind, (e.kind,))[0].capitalize()} | "
                         f"{md_text(_event_when(e))} | {_names([x for x in e.people if x != p.id], ar.people, 'person', here)} |")
        lines.append("")
    # Agreements of the meetings the person took part in (a leader only mentioned was not at the signing).
    agrs = sorted({g for aid in p.articles if p.id in ar.facts[aid].participants for g in ar.facts[aid].agreements})
    if agrs:
        lines += ["## Agreements\n"]
        for g in agrs:
            ent = ar.agreements[g]
            role = "signed in their presence" if p.id in ent.signers else status_label(ent.status)
            lines.append(f"- {link('agreement', g, ent.name, here)} · {md_text(role)}")
        lines.append("")
    lines += _articles_section(ar, p.articles, years, here)
    return Page(here, "\n".join(lines))


def person_years(ar: Archive, p, years=None) -> list[Page]:
    """A person's pages by year (``LATEST``): none while the person's page lists every report."""
    if years is None:
        years = _years_of(ar, "people", p.id, p.articles)
    roles = sorted(p.roles, key=lambda r: (r.date or "", r.article), reverse=True) if years else []
    return [_year_page(ar, "people", p.id, p.name, y, ids, f"people/{p.id}.md", years,
                       [r for r in roles if _year(ar.article(r.article)) == y], p) for y, ids in years]


def country_years(ar: Archive, c, years=None) -> list[Page]:
    """A country's pages by year (``LATEST``): none while the country's page lists every report."""
    if years is None:
        years = _years_of(ar, "countries", c.id, c.articles)
    return [_year_page(ar, "countries", c.id, c.name, y, ids, f"countries/{c.id}.md", years) for y, ids in years]


def _year(a) -> int | None:
    return a.date.year if a.date else None


def _years_of(ar: Archive, folder: str, eid: str, ids) -> list[tuple[int | None, list[str]]]:
    """An entity's reports by year, newest year first (undated last), when they are more than
    ``LATEST``; else [] (the page lists them all, as it always did)."""
    if len(ids) <= LATEST:
        return []
    by: dict = defaultdict(list)
    for a in sort_articles([ar.article(i) for i in ids]):
        by[_year(a)].append(a.id)
    return sorted(by.items(), key=lambda kv: (kv[0] is None, -(kv[0] or 0)))


def _year_name(y: int | None) -> str:
    return str(y) if y is not None else "undated"


def _year_links(years, here: str, folder_id: str | None = None, current=None) -> str:
    """Links to an entity's pages by year; from its own page (``folder_id`` None: the year pages are
    in the folder named after the page) or from one of them (``current``: that year, in bold)."""
    base = posixpath.splitext(posixpath.basename(here))[0] + "/" if folder_id is None else ""
    out = []
    for y, _ in years:
        label = "Undated" if y is None else str(y)
        out.append(f"**{label}**" if folder_id is not None and y == current else f"[{label}]({base}{_year_name(y)}.md)")
    return " · ".join(out)


def _articles_section(ar: Archive, ids, years, here: str) -> list[str]:
    lines = ["## Articles\n"]
    if not years:
        return lines + [*article_rows(ar, ids, here), ""]
    shown = [i for _, yi in years for i in yi][:LATEST]
    by_year = " · ".join(f"[{'Undated' if y is None else y}]({posixpath.splitext(posixpath.basename(here))[0]}/"
                         f"{_year_name(y)}.md) ({len(yi)})" for y, yi in years)
    lines.append(f"The latest {LATEST} of {len(ids)}, newest first. Every report, by year: {by_year}.\n")
    return lines + [*article_rows(ar, shown, here), ""]


# The words as written listed under an office: a few variants, the rest counted.
_WRITTEN_SHOWN = 3


def _whole(d) -> str:
    """A date in a narrow column: the day kept with its month ('18\u00a0May 2021'), so that it never splits over
    three lines, while the year may go to the next line on a phone (the latest report stays in view)."""
    return md_text(human(d)).replace(" ", "\u00a0", 1)


def _role_rows(ar: Archive, p, roles, here: str) -> list[str]:
    """One row per office held (the canonical role and rank), not per report: a minister in 59 reports is one
    row, its first and last report's dates, how many reports, the latest linked, and the report's own words
    (each variant once). A change of office or rank is another row, so the table still shows a career;
    the offices come newest first (by their latest report). ``roles``: newest first."""
    groups: dict[tuple, list] = {}
    for r in roles:
        read = tuple(x for x in (label_role(r.role, p.country), label_rank(r.rank)) if x)
        groups.setdefault(tuple(x.casefold() for x in read), [read, []])[1].append(r)
    rows = ["| Dates | Role and rank | Latest report |", "|---|---|---|"]
    for read, rs in groups.values():
        arts = {r.article: ar.article(r.article) for r in rs}
        dated = sorted((a.date for a in arts.values() if a.date), key=lambda d: d.sort_key())
        when = _whole(None) if not dated else _whole(dated[0]) if dated[0] == dated[-1] else \
            f"{_whole(dated[0])} – {_whole(dated[-1])}"
        if len(arts) > 1:  # a space before the break: the search index drops tags
            when += f" <br>{count(len(arts), 'report')}"
        held = ", ".join(md_text(x) for x in read)
        folded = [x.casefold() for x in read]
        written = []
        for r in rs:
            words = [x for x in (r.role_text, r.rank_text) if x]
            w = " / ".join(words)
            if words and [x.casefold() for x in words] != folded and w.casefold() not in {v.casefold() for v in written}:
                written.append(w)
        if written:  # the report's own words, when they differ from the label
            shown = "; ".join(written[:_WRITTEN_SHOWN])
            more = len(written) - _WRITTEN_SHOWN
            shown += f"; {count(more, 'other form')}" if more > 0 else ""
            # A space before the break: the search index drops tags, and the office must not run into
            # the note ('Minister of Defenceas written: …').
            held += f' <br><span class="archive-written">as written: {md_text(shown)}</span>'
        latest = ar.article(rs[0].article)
        rows.append(f"| {when} | {held} | {article_link(latest, here)} |")
    return rows


def _year_page(ar: Archive, folder: str, eid: str, name: str, year, ids, owner: str, years, roles=(),
               person=None) -> Page:
    """One year of a person's or country's reports (and a person's roles that year): every one, where
    its page lists only the latest. Weighed down in the search as the other lists are. ``years``: all
    the entity's years (``_years_of``), linked from each."""
    here = f"{folder}/{eid}/{_year_name(year)}.md"
    label = "Undated" if year is None else str(year)
    t = f"{name}: {label}"
    lines = [title_front_matter(t, search=LIST_SEARCH), f"# {md_text(t)}\n",
             f"{count(len(ids), 'report') if year is not None else count(len(ids), 'undated report')} "
             f"{'of ' + label + ' ' if year is not None else ''}about [{md_text(name)}]({rel(here, owner)}), newest first. "
             f"Years: {_year_links(years, here, eid, year)}.\n"]
    if roles:
        lines += ["## Roles and ranks\n", *_role_rows(ar, person, roles, here), ""]
    lines += ["## Articles\n", *article_rows(ar, ids, here), ""]
    return Page(here, "\n".join(lines))


def partners(ar: Archive, code: str):
    """Countries whose officials met this country's (computed in resolve)."""
    return ar.partners.get(code, ())


def _newest_event_first(e) -> tuple:
    return ((e.start.sort_key() if e.start else (0, 0, 0)), e.id)


def events_apart_all(ar: Archive) -> dict[str, tuple]:
    """Person id -> the events that are no meeting (an exercise, an arms deal) the person took
    part in, newest first."""
    out: dict[str, list] = defaultdict(list)
    for e in ar.events.values():
        if getattr(e, "kind", "meeting") != "meeting":
            for pid in dict.fromkeys(e.people):
                out[pid].append(e)
    return {k: tuple(sorted(v, key=_newest_event_first, reverse=True)) for k, v in out.items()}


def other_events_all(ar: Archive) -> dict[str, tuple]:
    """Country code -> (event, the other countries in it) for every event of the country that is
    not a meeting (an exercise, an arms deal), newest first."""
    out: dict[str, list] = defaultdict(list)
    for e in ar.events.values():
        if getattr(e, "kind", "meeting") != "meeting":
            cs = event_countries(ar, e)
            for code in dict.fromkeys(cs):
                out[code].append((e, tuple(c for c in cs if c != code)))
    return {k: tuple(sorted(v, key=lambda x: _newest_event_first(x[0]), reverse=True)) for k, v in out.items()}


def officials_all(ar: Archive) -> dict[str, tuple]:
    """Country code -> the people serving it, by name."""
    out: dict[str, list] = defaultdict(list)
    for p in ar.people.values():
        if p.country:
            out[p.country].append(p)
    return {k: tuple(sorted(v, key=lambda p: p.name)) for k, v in out.items()}


def country_agreements_all(ar: Archive) -> dict[str, tuple]:
    """Country code -> the agreements it is a party to, in the archive's order."""
    out: dict[str, list] = defaultdict(list)
    for g in ar.agreements.values():
        for code in dict.fromkeys(g.parties):
            out[code].append(g)
    return {k: tuple(v) for k, v in out.items()}


# Tables derived from the whole archive that a page reads one entry of (a person's exercises, a
# country's officials): generator.site.memo looks each up as one value, so a page depends on its
# own entry, not on every event, person or agreement of the archive.
GROUPED = {"events_apart": events_apart_all, "other_events": other_events_all, "officials": officials_all,
           "country_agreements": country_agreements_all}


def grouped(ar: Archive, name: str, key: str) -> tuple:
    """The entry ``key`` of the derived table ``name`` (``GROUPED``); () when it has none."""
    table = getattr(ar, name, None)  # the memo's view: one recorded lookup
    if table is None:
        table = GROUPED[name](ar)
    return table.get(key, ())


def other_events(ar: Archive, code: str) -> list[tuple]:
    """(event, the other countries in it) for every event of COUNTRY that is not a meeting (an
    exercise, an arms deal), newest first."""
    return [(e, list(with_)) for e, with_ in grouped(ar, "other_events", code)]


def latest_of(p, key: str) -> str:
    """The latest role (or rank) any report gives the person."""
    vals = [r for r in p.roles if getattr(r, key)]
    if not vals:
        return ""
    v = getattr(max(vals, key=lambda r: (r.date or "", r.article)), key)
    return label_role(v, p.country) if key == "role" else label_rank(v)




def _events_count(ar: Archive) -> str:
    """"12 meetings and visits, 2 exercises": an exercise or an arms deal reported without a meeting is
    an event of its own kind, not counted among the meetings."""
    kinds = Counter(e.kind for e in ar.events.values())
    parts = [count(kinds.pop("meeting", 0), "meeting or visit", "meetings and visits")]
    parts += [count(n, *KIND_LABEL.get(k, (k, k + "s"))) for k, n in sorted(kinds.items())]
    return ", ".join(parts)


def render_event(ar: Archive, e) -> Page:
    here = f"events/{e.id}.md"
    cx = index()
    # The event's date in the front matter: previous/next chain the event pages as the Events index lists them.
    when = {"date": e.start.iso()} if e.start else {}
    lines = [title_front_matter(e.title, **when), f"# {md_text(e.title)}\n"]
    facts = [f"**When:** {md_text(_event_when(e))}"]
    if e.kind != "meeting":
        facts.append(f"**Kind:** {KIND_LABEL.get(e.kind, (e.kind,))[0].capitalize()} *(no meeting reported)*")
    if e.places:
        # The city's Cyrillic spellings, so that a search in Russian («Ханой») finds the meeting: shown
        # beside it only when a report of the event writes it so ('also written: Манила' on the page of an
        # English report alone told of a spelling no report has); else in the page for the search alone.
        other = [n for pl in e.places for n in cyrillic_spellings(pl, tuple(e.countries))]
        bodies = [ar.article(aid).body for aid in e.articles]
        seen = [n for n in other if used_in(n, bodies)]
        also = f" · *also written:* {md_text(', '.join(seen))}" if seen else ""
        facts.append(f"**Where:** {md_text(', '.join(e.places))}{also}")
        if len(seen) < len(other):
            facts.append(f'<p class="archive-search-forms" hidden>Place in other scripts: '
                         f'{md_text(" ".join(n for n in other if n not in seen))}</p>')
    named = list(dict.fromkeys(c for aid in e.articles for c in ar.facts[aid].countries))
    if e.countries and e.people:
        # Delegations are the countries of the officials taking part; a country the reports name beside
        # them (the side of an official whose country was not read, a third country discussed) is said
        # apart, so that "Delegations: Norway" never reads as the whole of a Norwegian–Finnish meeting.
        more = [c for c in named if c not in e.countries]
        also = f" · *also named in the reports:* {', '.join(link('country', c, cx.name(c), here) for c in more)}" if more else ""
        facts.append(f"**Delegations:** {', '.join(link('country', c, cx.name(c), here) for c in e.countries)}{also}")
    else:
        # No official named as taking part (an exercise, a parade): the states its sentence names as holding it (no
        # delegations), and which countries the reports name.
        if e.countries:
            facts.append(f"**Held by:** {', '.join(link('country', c, cx.name(c), here) for c in e.countries)}")
        if named:
            facts.append(f"**Countries named** *(no official named as taking part)*: {', '.join(link('country', c, cx.name(c), here) for c in named)}")
    if e.people:
        facts.append(f"**Who:** {_names(e.people, ar.people, 'person', here)}")
    orgs = list(dict.fromkeys(o for aid in e.articles for o in ar.facts[aid].organizations))
    if orgs:  # the organisation the meeting was held in (a CSTO council), as the reports name it
        facts.append(f"**Organisations named:** {_names(orgs, ar.organizations, 'organization', here)}")
    if getattr(e, "mentioned", None):
        facts.append(f"**Also mentioned** *(did not take part)*: {_names(e.mentioned, ar.people, 'person', here)}")
    if e.signed:
        facts.append(f"**Signed:** {_names(e.signed, ar.agreements, 'agreement', here)}")
    facts.append(f"**Reports:** {len(e.articles)}")
    lines.append("\n\n".join(facts) + "\n")
    lines.append("## The reports side by side\n")
    what = KIND_LABEL.get(e.kind, ("meeting",))[0].capitalize()
    lines += [f"| Report | {what} | Published | Language | Source | People named |", "|---|---|---|---|---|---|"]
    for aid in e.articles:
        a = ar.article(aid)
        lines.append(f"| {article_link(a, here)} | {md_text(human(ar.facts[aid].event_date))} | {md_text(human(a.date))} | {LANG_NAMES.get(a.lang, a.lang)} | {source_link(ar, 'source', a.source, here)} | {len(ar.facts[aid].people)} |")
    lines.append("")
    return Page(here, "\n".join(lines))


def delegations_cell(ar: Archive, e, here: str) -> str:
    """An events table's Delegations cell: the countries whose officials took part; for an event
    with none named (an exercise), the countries its reports name, marked as such, not an empty cell."""
    cx = index()
    if e.countries:
        return ", ".join(link("country", c, cx.name(c), here) for c in e.countries)
    named = list(dict.fromkeys(c for aid in e.articles for c in ar.facts[aid].countries))
    return f"*named:* {', '.join(link('country', c, cx.name(c), here) for c in named)}" if named else ""


def _event_when(e) -> str:
    return human_span(e.start, e.end) or "undated"


def _event_name(e) -> str:
    """An event's title without its date, for a table whose When column gives the date: on a phone
    the first column (kept in view) is then two lines, not six that repeat the column beside it."""
    when = human_span(e.start, e.end)
    return e.title[:-len(when) - 2] if when and e.title.endswith(f", {when}") else e.title


def render_country(ar: Archive, c, years=None) -> Page:
    """``years``: the country's reports by year (``_years_of``), when the caller has them."""
    here = f"countries/{c.id}.md"
    cx = index()
    lines = [title_front_matter(c.name, feed=feed_path("countries", c.id)), f"# {md_text(c.name)}\n"]
    lines.append(f"**In Russian:** {md_text(c.names.get('ru', ''))} · **ISO code:** {c.id} · **Reports:** {len(c.articles)}\n")
    lines.append(follow_line("countries", c.id, c.name, here))
    ps = partners(ar, c.id)
    if ps:
        lines += ["## Partners\n", "Countries whose officials met this country's, as the reports tell it.\n",
                  "| Country | Events | Reports | Agreements | First contact | Last contact | Met in |", "|---|---|---|---|---|---|---|"]
        for r in ps:
            lines.append(f"| {link('country', r.country, cx.name(r.country), here)} | {len(r.events)} | {len(r.reports)} | {len(r.agreements)} | {md_text(human(r.first))} | {md_text(human(r.last))} | {md_text(', '.join(r.where))} |")
        lines.append("")
    others = other_events(ar, c.id)
    if others:
        lines += ["## Exercises and other events\n",
                  "Events with this country that the reports do not tell as a meeting (an exercise, an arms deal): "
                  "not counted among the partners above.\n",
                  "| Event | Kind | When | With | Reports |", "|---|---|---|---|---|"]
        for e, with_ in others:
            lines.append(f"| {link('event', e.id, _event_name(e), here)} | {KIND_LABEL.get(e.kind, (e.kind,))[0].capitalize()} | "
                         f"{md_text(_event_when(e))} | {', '.join(link('country', x, cx.name(x), here) for x in with_)} | "
                         f"{len(e.articles)} |")
        lines.append("")
    officials = grouped(ar, "officials", c.id)
    if officials:
        lines += ["## Officials\n", "| Person | Latest role | Rank | Reports |", "|---|---|---|---|"]
        for p in officials:
            lines.append(f"| {link('person', p.id, p.name, here)} | {md_text(latest_of(p, 'role'))} | {md_text(latest_of(p, 'rank'))} | {len(p.articles)} |")
        lines.append("")
    agrs = grouped(ar, "country_agreements", c.id)
    if agrs:
        lines += ["## Agreements\n"]
        for g in sorted(agrs, key=lambda g: agreement_order(ar, g), reverse=True):
            lines.append(f"- {link('agreement', g.id, g.name, here)} · {md_text(status_label(g.status))}")
        lines.append("")
    if years is None:
        years = _years_of(ar, "countries", c.id, c.articles)
    lines += _articles_section(ar, c.articles, years, here)
    return Page(here, "\n".join(lines))


def signings(ar: Archive, g) -> list[tuple]:
    """The signings of agreement ``g`` the reports tell, as (day, event or None, article): the day of
    the meeting the report dates (else the report's own date), in the reports' order."""
    out = []
    for s in g.signed:
        a = ar.article(s.article)
        out.append((ar.facts[a.id].event_date or a.date, ar.events.get(ar.event_of.get(a.id, "")), a))
    return out


def first_signing(ar: Archive, g) -> tuple:
    """The earliest dated signing of ``g`` as (day, place), or (None, "") when no report dates one."""
    dated = [(when, ev) for when, ev, _ in signings(ar, g) if when]
    if not dated:
        return None, ""
    when, ev = min(dated, key=lambda d: d[0].sort_key())
    return when, (ev.places[0] if ev and ev.places else "")


def agreement_order(ar: Archive, g) -> tuple:
    """Newest first: by the year an agreement covers, else the year it was signed; then by the day
    of signing. So a memorandum signed in 2025 with no year of its own is listed among 2025's
    documents, not below every plan of earlier years."""
    when, _ = first_signing(ar, g)
    year = g.year or (str(when.year) if when else "0000")
    return (year, when.sort_key() if when else (0, 0, 0), g.name)


def render_agreement(ar: Archive, g) -> Page:
    here = f"agreements/{g.id}.md"
    cx = index()
    lines = [title_front_matter(g.name, feed=feed_path("agreements", g.id)), f"# {md_text(g.name)}\n"]
    facts = [f"**Kind:** {md_text(g.kind)}",
             f"**Parties:** {', '.join(link('country', p, cx.name(p), here) for p in g.parties) or 'not stated'}",
             f"**Covers:** {md_text(g.year or 'not stated')}",
             f"**Status:** {md_text(status_label(g.status))}"]
    lines.append("\n\n".join(facts) + "\n")
    lines.append(follow_line("agreements", g.id, g.name, here))
    if g.signed:
        lines.append("## Signing\n")
        for when, ev, a in signings(ar, g):
            where = f" in {md_text(ev.places[0])}" if ev and ev.places else ""
            at = f" at {link('event', ev.id, ev.title, here)}" if ev else ""
            lines.append(f"- Signed {md_text(human(when))}{where}{at}, reported in {article_link(a, here)}")
        if g.signers:
            lines.append("")
            lines.append(f"Signed by or in the presence of: {_names(g.signers, ar.people, 'person', here)}")
        lines.append("")
    lines += ["## Reports\n", "| Article | Date | Language | What the report says | Words |", "|---|---|---|---|---|"]
    for r in sorted(g.reports, key=lambda r: (r.date or "", r.article), reverse=True):
        a = ar.article(r.article)
        lines.append(f"| {article_link(a, here)} | {md_text(human(a.date))} | {LANG_NAMES.get(a.lang, a.lang)} | {md_text(status_label(r.status, 'report'))} | {md_text(r.text)} |")
    lines.append("")
    return Page(here, "\n".join(lines))


def org_label(o, lang: str = "en") -> str:
    """An organisation as a reader looks for it: its full name with the abbreviation after it
    (``Collective Security Treaty Organization (CSTO)``), in ``lang``'s script when the registry
    gives one; otherwise the name the articles use."""
    full, short = o.full.get(lang), o.short.get(lang)
    if full and short:
        return f"{full} ({short})"
    if lang == "en":
        return full or short or o.name
    return full or short or ""


def render_org(ar: Archive, o) -> Page:
    here = f"organizations/{o.id}.md"
    title = org_label(o)
    lines = [title_front_matter(title), f"# {md_text(title)}\n"]
    facts = []
    ru = org_label(o, "ru")
    if ru:
        facts.append(f"**In Russian:** {md_text(ru)}")
    shown = {title, ru, *o.full.values(), *o.short.values()}
    other = [n for n in (o.name, *o.aliases) if n not in shown and n not in title]
    if other:
        facts.append(f"**Also written:** {md_text(', '.join(dict.fromkeys(other)))}")
    facts.append(f"**Reports:** {len(o.articles)}")
    lines.append("\n\n".join(facts) + "\n")
    lines += ["## Articles\n", *article_rows(ar, o.articles, here), ""]
    return Page(here, "\n".join(lines))


# --------------------------------------------------------------------------- indexes

def paginate(folder: str, title: str, intro: str, header: list[str], rows_for, items: list, size: int = PAGE_SIZE) -> list[Page]:
    """An index of ``items`` in pages: folder/index.md, then folder/page-K.md of ``size`` rows each.
    ``rows_for(item, here)`` gives an item's table row; the page size never grows with the archive.

    The older pages are counted from the END of the list: page-1.md holds its last ``size`` rows,
    page-2.md the ``size`` before them, and index.md everything before those (``size`` to
    2 x ``size`` - 1 rows; the whole list when it is shorter than 2 x ``size``). An entry added at the
    head of a list (a new article, the newest) thus changes index.md only: every other page file
    keeps its rows, its title and its list of pages (which changes only when the list grows by
    ``size`` and a page is added), so a site update does not render it again. Their text names no
    total (the intro with the counts is index.md's)."""
    older = max(0, len(items) // size - 1)  # pages besides index.md
    head = len(items) - older * size
    names = ["index.md"] + [f"page-{k}.md" for k in range(older, 0, -1)]  # in the list's order
    chunks = [items[:head]] + [items[head + i * size: head + (i + 1) * size] for i in range(older)]
    pages = []
    for n, (chunk, name) in enumerate(zip(chunks, names)):
        here = f"{folder}/{name}"
        k = older - n + 1  # this page's number (index.md: none)
        t = title if n == 0 else f"{title} (page {k})"
        lines = [title_front_matter(t, search=LIST_SEARCH), f"# {md_text(t)}\n"]
        lines.append((intro if n == 0 else f"{title}, continued from [the first page](index.md). Pages are numbered "
                      "from the end of the list: page 1 holds its last entries.") + "\n")
        if older:
            nav = " · ".join((f"**{label}**" if i == n else f"[{label}]({names[i]})")
                             for i, label in enumerate(["first"] + [str(x) for x in range(older, 0, -1)]))
            lines.append(f"Pages: {nav}\n")
        if chunk:  # an empty index says so in its intro; no table of headers over nothing
            lines += header + [rows_for(x, here) for x in chunk] + [""]
        pages.append(Page(here, "\n".join(lines)))
    return pages


def render_indexes(ar: Archive, site_name: str) -> list[Page]:
    cx = index()
    pages = []
    # Articles, newest first.
    pages += paginate("articles", "Articles", f"{count(len(ar.articles), 'article')}, newest first.",
                      ["| Title | Date | Language | Source |", "|---|---|---|---|"],
                      lambda a, here: f"| {article_link(a, here)} | {md_text(human(a.date))} | {LANG_NAMES.get(a.lang, a.lang)} | {source_link(ar, 'source', a.source, here)} |",
                      ar.articles)
    # People, A to Z by surname; the country page lists each country's officials.
    def person_row(p, here):
        ctry = link("country", p.country, cx.name(p.country), here) if p.country else ""
        return f"| {link('person', p.id, p.name, here)} | {ctry} | {md_text(latest_of(p, 'role'))} | {len(p.articles)} |"
    people = sorted(ar.people.values(), key=lambda p: (family_name(p.name, p.country).casefold(), p.name))
    by_country = Counter(p.country for p in ar.people.values())
    intro = (f"{count(len(ar.people), 'person', 'people')}, A to Z by surname. By country: "
             + ", ".join(f"{link('country', c, cx.name(c), 'people/index.md')} ({n})" for c, n in sorted(by_country.items(), key=lambda kv: cx.name(kv[0]) if kv[0] else "~") if c)
             + (f", unknown ({by_country[None]})" if by_country.get(None) else "") + ".")
    pages += paginate("people", "People", intro, ["| Person | Country | Latest role | Reports |", "|---|---|---|---|"], person_row, people)
    # Countries.
    pages += paginate("countries", "Countries", f"{count(len(ar.countries), 'country', 'countries')} named in the archive.",
                      ["| Country | In Russian | Reports | Partners |", "|---|---|---|---|"],
                      lambda c, here: f"| {link('country', c.id, c.name, here)} | {md_text(c.names.get('ru', ''))} | {len(c.articles)} | {len(partners(ar, c.id))} |",
                      sorted(ar.countries.values(), key=lambda c: c.name))
    # Agreements, by year (newest first); each row names its parties.
    def agreement_row(g, here):
        when, place = first_signing(ar, g)
        signed = ", ".join(x for x in (human(when) if when else "", place) if x)
        return (f"| {link('agreement', g.id, g.name, here)} | {md_text(g.year or '')} | {md_text(signed)} | "
                f"{', '.join(link('country', p, cx.name(p), here) for p in g.parties)} | {md_text(status_label(g.status))} | {len(g.reports)} |")
    pages += paginate("agreements", "Agreements", f"{count(len(ar.agreements), 'document')}, newest first: by the year they cover, "
                      "else the year they were signed. *Signed* gives the first signing the reports tell, by the day of the "
                      "meeting. A country's page lists the agreements it is party to.\n\n" + STATUS_LEGEND,
                      ["| Agreement | Covers | Signed | Parties | Status | Reports |", "|---|---|---|---|---|---|"],
                      agreement_row, sorted(ar.agreements.values(), key=lambda g: agreement_order(ar, g), reverse=True))
    # Organisations.
    pages += paginate("organizations", "Organisations", f"{count(len(ar.organizations), 'organisation')}.",
                      ["| Organisation | In Russian | Reports |", "|---|---|---|"],
                      lambda o, here: f"| {link('organization', o.id, org_label(o), here)} | {md_text(org_label(o, 'ru'))} "
                                      f"| {len(o.articles)} |",
                      sorted(ar.organizations.values(), key=lambda o: org_label(o).casefold()))
    # Events, newest first.
    pages += paginate("events", "Events", f"{_events_count(ar)}. Reports of one meeting, in any language, share an event.",
                      ["| Event | When | Where | Delegations | Reports | Signed |", "|---|---|---|---|---|---|"],
                      lambda e, here: f"| {link('event', e.id, _event_name(e), here)} | {md_text(_event_when(e))} | {md_text(', '.join(e.places))} "
                                      f"| {delegations_cell(ar, e, here)} | {len(e.articles)} | {len(e.signed)} |",
                      sorted(ar.events.values(), key=lambda e: ((e.start.sort_key() if e.start else (0, 0, 0)), e.id), reverse=True))
    pages.append(render_home(ar, site_name))
    return pages


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1] if items else ""


def scope_sentence(ar: Archive) -> str:
    """What the archive covers, in one sentence computed from the data: the countries whose
    officials appear most (the rest counted), the years, the languages."""
    cx = index()
    met = Counter(c for e in ar.events.values() if getattr(e, "kind", "meeting") == "meeting" for c in set(e.countries))
    named = Counter({c.id: len(c.articles) for c in ar.countries.values()})
    order = sorted(named, key=lambda c: (-met[c], -named[c], cx.name(c)))
    shown = [link("country", c, cx.name(c), "index.md") for c in order[:5]]
    if len(order) > 5:
        shown.append(f"[{len(order) - 5} other countr{'y' if len(order) == 6 else 'ies'}](countries/index.md)")
    years = sorted({a.date.year for a in ar.articles if a.date})
    when = (f"from {years[0]} to {years[-1]}" if len(years) > 1 else f"in {years[0]}") if years else "at dates not given"
    langs = _and([LANG_NAMES.get(k, k) for k, _ in Counter(a.lang for a in ar.articles).most_common()])
    if not order:
        return f"News reports on defence diplomacy {when}, in {langs or 'no language yet'}."
    return (f"News reports on the defence diplomacy of {_and(shown)} {when}, in {langs}: "
            "who met whom, where, and what they signed.")


def render_home(ar: Archive, site_name: str) -> Page:
    here = "index.md"
    dated = [a.date for a in ar.articles if a.date]
    span = f"{human(min(dated))} to {human(max(dated))}" if dated else "no dated articles"
    langs = Counter(a.lang for a in ar.articles)
    lines = [title_front_matter(site_name, search=LIST_SEARCH), f"# {md_text(site_name)}\n",
             f'<p class="archive-scope" markdown="1">{scope_sentence(ar)}</p>\n',
             f"The archive holds **{len(ar.articles)}** articles, dated {md_text(span)}, "
             f"in {', '.join(f'{LANG_NAMES.get(k, k)} ({v})' for k, v in sorted(langs.items()))}. "
             f"They report **[{len(ar.events)}](events/index.md)** events and name **[{len(ar.people)}](people/index.md)** people, "
             f"**[{len(ar.countries)}](countries/index.md)** countries and **[{len(ar.agreements)}](agreements/index.md)** agreements. "
             "[Follow the latest articles (Atom feed)](feed.xml) · [Download the data](data/index.md)\n"]
    evs = sorted(ar.events.values(), key=lambda e: ((e.start.sort_key() if e.start else (0, 0, 0)), e.id), reverse=True)[:8]
    if evs:
        lines += ["## Latest events\n", "| Event | When | Where | Delegations | Reports |", "|---|---|---|---|---|"]
        for e in evs:
            lines.append(f"| {link('event', e.id, _event_name(e), here)} | {md_text(_event_when(e))} | {md_text(', '.join(e.places))} | "
                         f"{delegations_cell(ar, e, here)} | {len(e.articles)} |")
        lines += ["", "[All events](events/index.md) · [Timeline](timeline/index.md)\n"]
    lines += ["## Latest articles\n", *article_rows(ar, [a.id for a in ar.articles[:10]], here), "",
              f"[All {count(len(ar.articles), 'article')}](articles/index.md)\n"]
    pc = sorted(ar.people.values(), key=lambda p: (-len(p.articles), p.name))[:10]
    if pc:
        lines += ["## Most mentioned people\n"]
        lines += [f"- {link('person', p.id, p.name, here)} · {count(len(p.articles), 'report')}" for p in pc]
        lines += ["", f"[All {count(len(ar.people), 'person', 'people')}](people/index.md)\n"]
    cc = sorted(ar.countries.values(), key=lambda c: (-len(c.articles), c.name))[:10]
    if cc:
        lines += ["## Most mentioned countries\n"]
        lines += [f"- {link('country', c.id, c.name, here)} · {count(len(c.articles), 'report')}" for c in cc]
        lines += ["", f"[All {count(len(ar.countries), 'country', 'countries')}](countries/index.md)\n"]
    lines += ["## How to read it\n",
              "- Each **article** page shows its date, source, author and language, links to the people, countries, "
              "agreements and event it names, the text as scraped (boilerplate removed), and how to cite it. A title "
              "marked as written by the generator summarises an article that came without a headline.\n"
              "- **People**, **countries** and **agreements** have pages that link back to every report, and a feed "
              "to follow. An agreement is *signed* only where a report says it was signed at the event it covers.\n"
              "- Reports of the same meeting, in either language, are grouped into one **event**. "
              "The **timeline** places each article at the precision of its date; **relations** draws who meets whom.\n"]
    return Page(here, "\n".join(lines))


# --------------------------------------------------------------------------- data

_FIELDS: dict[type, tuple[str, ...]] = {}


def plain(v):
    """``dataclasses.asdict`` for the archive's records, without its deep copies (a tenth of its
    time over the exports' 100,000 values): a record as a dict of its fields in declared order,
    lists, tuples and dicts item by item, anything else as it is. The same value as asdict."""
    t = type(v)
    if t is str or t is int or v is None or t is bool or t is float:
        return v
    names = _FIELDS.get(t)
    if names is None and is_dataclass(t):
        names = _FIELDS[t] = tuple(f.name for f in fields(t))
    if names is not None:
        return {n: plain(getattr(v, n)) for n in names}
    if t is list or t is tuple:
        return t(plain(x) for x in v)
    if t is dict:
        return {plain(k): plain(x) for k, x in v.items()}
    return v


def exports(ar: Archive) -> list[Page]:
    arts = []
    for a in ar.articles:
        m = article_meta(ar, a)
        m["id"] = a.id
        m["path"] = f"articles/{a.id}.md"
        f = ar.facts[a.id]
        m["places"] = list(f.places)
        m["event_date"] = f.event_date.iso() if f.event_date else None
        m["where"] = f.where
        m["event_kind"] = f.event_kind
        m["people_detail"] = [plain(d) for d in f.people_detail]
        m["agreements_detail"] = [plain(d) for d in f.agreements_detail]
        if a.duplicates:
            m["duplicates"] = list(a.duplicates)
        m["url"] = a.url
        m["retrieved"] = a.retrieved
        arts.append(m)
    ents = {
        "people": [plain(p) for p in ar.people.values()],
        "countries": [plain(c) for c in ar.countries.values()],
        "agreements": [plain(g) for g in ar.agreements.values()],
        "organizations": [plain(o) for o in ar.organizations.values()],
    }
    pages = [
        Page("data/articles.json", dumps_indented(arts) + "\n"),
        Page("data/entities.json", dumps_indented(ents) + "\n"),
    ]
    pages += _csvs(ar)
    return pages


def _csv(rows: list[list]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for r in rows:
        w.writerow(["" if v is None else _csv_safe(str(v)) for v in r])
    return buf.getvalue()


def _csv_safe(v: str) -> str:
    # A cell starting with = + - @ is a formula to a spreadsheet: quote it as text.
    return "'" + v if v[:1] in ("=", "+", "-", "@") else v


def _csvs(ar: Archive) -> list[Page]:
    cx = index()
    people = [["id", "name", "name_ru", "country", "latest_role", "latest_rank", "articles"]]
    for p in ar.people.values():
        people.append([p.id, p.name, p.names.get("ru"), p.country, latest_of(p, "role"), latest_of(p, "rank"), len(p.articles)])
    countries = [["id", "name", "name_ru", "articles"]]
    for c in ar.countries.values():
        countries.append([c.id, c.name, c.names.get("ru"), len(c.articles)])
    agreements = [["id", "name", "kind", "parties", "year", "status", "signed_dates", "reports"]]
    for g in ar.agreements.values():
        agreements.append([g.id, g.name, g.kind, " ".join(g.parties), g.year, g.status,
                           " ".join(sorted({s.date or "" for s in g.signed})), len(g.reports)])
    pairs = [["country_a", "country_b", "name_a", "name_b", "meetings", "reports", "agreements", "first", "last"]]
    for code in ar.countries:
        for r in partners(ar, code):
            if code < r.country:
                pairs.append([code, r.country, cx.name(code), cx.name(r.country), len(r.events), len(r.reports),
                              len(r.agreements), r.first.iso() if r.first else None, r.last.iso() if r.last else None])
    events = [["id", "title", "kind", "start", "end", "where", "countries", "people", "signed", "reports"]]
    for e in ar.events.values():
        events.append([e.id, e.title, e.kind, e.start.iso() if e.start else None, e.end.iso() if e.end else None,
                       " / ".join(e.places), " ".join(e.countries), " ".join(e.people), " ".join(e.signed), len(e.articles)])
    articles = [["id", "title", "date", "language", "source", "author", "url", "retrieved", "seed"]]
    for a in ar.articles:
        articles.append([a.id, a.title, a.date.iso() if a.date else None, a.lang, a.source, a.author,
                         a.url, a.retrieved, a.source_path])
    return [Page("data/articles.csv", _csv(articles)),
            Page("data/people.csv", _csv(people)), Page("data/countries.csv", _csv(countries)),
            Page("data/agreements.csv", _csv(agreements)), Page("data/events.csv", _csv(events)),
            Page("data/relations.csv", _csv(pairs))]

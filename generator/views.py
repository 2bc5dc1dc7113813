"""Archive-wide views: timeline, sources and authors, the relations picture, the Atom feed,
and the events export. Everything is drawn at build time: no script, no CDN."""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from xml.sax.saxutils import escape as xml_escape

from .archive import Archive, _span, sort_articles
from .countries import index
from .dates import human
from .escape import md_text
from .render import LANG_NAMES, Page, _article_rows, _fm, article_link, count, link
from .slugs import slugify_id

_MONTHS = "January February March April May June July August September October November December".split()


def render_views(ar: Archive, site_name: str) -> list[Page]:
    pages = timeline(ar) + sources(ar) + [relations(ar), feed(ar, site_name), events_json(ar)]
    return pages


# --------------------------------------------------------------------------- timeline

def timeline(ar: Archive) -> list[Page]:
    """timeline/index.md (years and months with counts) and one page per year, where each
    article sits at its precision: a day, a month, or only the year."""
    by_year: dict[int | None, list] = defaultdict(list)
    for a in ar.articles:
        by_year[a.date.year if a.date else None].append(a)
    pages = []
    lines = [_fm("Timeline"), "# Timeline\n", "Articles by year and month. An article whose date gives only a month or a "
             "year is placed at that precision, never on an invented day.\n",
             "| Year | Articles | By month |", "|---|---|---|"]
    for year in sorted((y for y in by_year if y is not None), reverse=True):
        months = Counter(a.date.month for a in by_year[year])
        parts = [f"[{_MONTHS[m - 1][:3]} ({n})](timeline/{year}.md#{_MONTHS[m - 1].lower()})".replace("timeline/", "")
                 for m, n in sorted((k, v) for k, v in months.items() if k)]
        if months.get(None):
            parts.append(f"[month unknown ({months[None]})]({year}.md#month-unknown)")
        lines.append(f"| [{year}]({year}.md) | {len(by_year[year])} | {' · '.join(parts)} |")
    if by_year.get(None):
        lines.append(f"| [Undated](undated.md) | {len(by_year[None])} | |")
    lines.append("")
    pages.append(Page("timeline/index.md", "\n".join(lines)))
    for year, arts in sorted(by_year.items(), key=lambda kv: (kv[0] is None, kv[0] or 0)):
        here = f"timeline/{year if year is not None else 'undated'}.md"
        title = str(year) if year is not None else "Undated articles"
        lines = [_fm(title), f"# {title}\n", f"[All years](index.md) · {count(len(arts), 'article')}\n"]
        if year is None:
            lines += _article_rows(ar, [a.id for a in arts], here) + [""]
        else:
            months: dict[int | None, list] = defaultdict(list)
            for a in arts:
                months[a.date.month].append(a)
            for m in sorted((k for k in months if k), reverse=True):
                lines.append(f"## {_MONTHS[m - 1]} {{#{_MONTHS[m - 1].lower()}}}\n")
                for a in sort_articles(months[m]):
                    day = f"{a.date.day} {_MONTHS[m - 1][:3]}" if a.date.day else "month only"
                    lines.append(f"- {md_text(day)} · {article_link(a, here)} · {a.lang}")
                lines.append("")
            if months.get(None):
                lines.append("## Month unknown {#month-unknown}\n")
                for a in sort_articles(months[None]):
                    lines.append(f"- year only · {article_link(a, here)} · {a.lang}")
                lines.append("")
        pages.append(Page(here, "\n".join(lines)))
    return pages


# --------------------------------------------------------------------------- sources and authors

def sources(ar: Archive) -> list[Page]:
    groups = {"source": defaultdict(list), "author": defaultdict(list)}
    for a in ar.articles:
        if a.source:
            groups["source"][a.source].append(a)
        if a.author:
            groups["author"][a.author].append(a)
    slugs: dict[tuple[str, str], str] = {}
    for kind, table in groups.items():
        used: set[str] = set()
        for name in sorted(table):
            s = slugify_id(f"{kind}-{name}", kind)
            while s in used:
                s = f"{s}-x"
            used.add(s)
            slugs[(kind, name)] = s
    pages = []
    lines = [_fm("Sources and authors"), "# Sources and authors\n",
             "The outlets and agencies the articles name (a byline agency, an attribution such as “Report informs”, or a "
             "site footer) and the people in the bylines.\n",
             "## Sources\n", "| Source | Articles | Languages | First | Last |", "|---|---|---|---|---|"]
    for name, arts in sorted(groups["source"].items(), key=lambda kv: (-len(kv[1]), kv[0])):
        dates = [a.date for a in arts if a.date]
        langs = ", ".join(LANG_NAMES.get(x, x) for x in sorted({a.lang for a in arts}))
        lines.append(f"| [{md_text(name)}]({slugs[('source', name)]}.md) | {len(arts)} | {langs} | "
                     f"{md_text(human(min(dates)) if dates else '')} | {md_text(human(max(dates)) if dates else '')} |")
    unnamed = sum(1 for a in ar.articles if not a.source)
    lines.append(f"\n{unnamed} article{'s' if unnamed != 1 else ''} name no source.\n")
    lines += ["## Authors\n", "| Author | Articles | Sources |", "|---|---|---|"]
    for name, arts in sorted(groups["author"].items(), key=lambda kv: (-len(kv[1]), kv[0])):
        srcs = ", ".join(sorted({a.source for a in arts if a.source}))
        lines.append(f"| [{md_text(name)}]({slugs[('author', name)]}.md) | {len(arts)} | {md_text(srcs)} |")
    lines.append("")
    pages.append(Page("sources/index.md", "\n".join(lines)))
    for (kind, name), s in sorted(slugs.items()):
        here = f"sources/{s}.md"
        arts = groups[kind][name]
        label = "Source" if kind == "source" else "Author"
        lines = [_fm(name), f"# {md_text(name)}\n", f"{label} · {count(len(arts), 'article')} · [all sources and authors](index.md)\n",
                 *_article_rows(ar, [a.id for a in arts], here), ""]
        pages.append(Page(here, "\n".join(lines)))
    return pages


# --------------------------------------------------------------------------- relations

def _circle(n: int, i: int, r: float, cx: float, cy: float) -> tuple[float, float]:
    ang = 2 * math.pi * i / max(n, 1) - math.pi / 2
    return cx + r * math.cos(ang), cy + r * math.sin(ang)


def _svg_graph(nodes: list[tuple[str, str, int, str]], edges: dict[tuple[str, str], int], size: int, label: str) -> str:
    """nodes: (key, label, weight, href); edges: (a, b) -> weight. A circle layout in sorted order."""
    if not nodes:
        return "<p>Nothing to draw yet.</p>"
    c = size / 2
    r = size / 2 - 90
    pos = {k: _circle(len(nodes), i, r, c, c) for i, (k, *_rest) in enumerate(nodes)}
    wmax = max([w for w in edges.values()] or [1])
    nmax = max(n[2] for n in nodes)
    out = [f'<svg class="relations" viewBox="0 0 {size} {size}" role="img" aria-label="{xml_escape(label)}" '
           f'xmlns="http://www.w3.org/2000/svg" style="max-width:100%;height:auto">']
    for (a, b), w in sorted(edges.items()):
        (x1, y1), (x2, y2) = pos[a], pos[b]
        out.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="#3f51b5" '
                   f'stroke-opacity="0.55" stroke-width="{1 + 5 * w / wmax:.1f}"><title>{w}</title></line>')
    for key, text, weight, href in nodes:
        x, y = pos[key]
        rad = 6 + 12 * weight / nmax
        anchor = "start" if x >= c else "end"
        dx = rad + 4 if x >= c else -(rad + 4)
        out.append(f'<a href="{xml_escape(href)}"><circle cx="{x:.1f}" cy="{y:.1f}" r="{rad:.1f}" fill="#3f51b5">'
                   f'<title>{xml_escape(text)}: {weight}</title></circle>'
                   f'<text x="{x + dx:.1f}" y="{y + 4:.1f}" font-size="13" text-anchor="{anchor}" fill="currentColor">{xml_escape(text)}</text></a>')
    out.append("</svg>")
    return "".join(out)


def relations(ar: Archive) -> Page:
    """Who meets whom: countries joined by the events their officials share, and the people most
    often reported, joined by the events they attend together. Drawn as inline SVG."""
    cx = index()
    cedges: Counter[tuple[str, str]] = Counter()
    cweight: Counter[str] = Counter()
    pedges: Counter[tuple[str, str]] = Counter()
    pweight: Counter[str] = Counter()
    for e in ar.events.values():
        cs = sorted(set(e.countries))
        for c in cs:
            cweight[c] += 1
        for i, a in enumerate(cs):
            for b in cs[i + 1:]:
                cedges[(a, b)] += 1
        ps = sorted(set(e.people))
        for p in ps:
            pweight[p] += 1
        for i, a in enumerate(ps):
            for b in ps[i + 1:]:
                pedges[(a, b)] += 1
    cnodes = [(c, cx.name(c), w, f"countries/{c}.html") for c, w in sorted(cweight.items(), key=lambda kv: cx.name(kv[0]))]
    top = {p for p, _ in sorted(pweight.items(), key=lambda kv: (-kv[1], kv[0]))[:40]}
    pnodes = [(p, ar.people[p].name, pweight[p], f"people/{p}.html") for p in sorted(top, key=lambda p: (ar.people[p].country or "", ar.people[p].name))]
    pe = {k: v for k, v in pedges.items() if k[0] in top and k[1] in top}
    lines = [_fm("Relations"), "# Relations\n",
             "Who meets whom. A line joins two countries whose officials took part in the same event (thicker: more "
             "events), or two people reported at the same event. Every circle links to its page. The picture is drawn "
             "when the site is built, so it works offline.\n",
             "## Countries\n", f'<div class="relations-figure">{_svg_graph(cnodes, dict(cedges), 640, "Countries and their meetings")}</div>\n',
             "| Countries | Events |", "|---|---|"]
    for (a, b), w in sorted(cedges.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"| {link('country', a, cx.name(a), 'relations.md')} – {link('country', b, cx.name(b), 'relations.md')} | {w} |")
    lines += ["", "## People\n", f"The {len(pnodes)} people reported at the most events.\n",
              f'<div class="relations-figure">{_svg_graph(pnodes, pe, 760, "People who met")}</div>\n']
    return Page("relations.md", "\n".join(lines))


# --------------------------------------------------------------------------- feed and exports

def feed(ar: Archive, site_name: str, limit: int = 30) -> Page:
    """An Atom feed of the latest articles. Links are relative to the feed, which sits at the
    site's root, so it works under any sub-path."""
    arts = [a for a in ar.articles if a.date][:limit]
    updated = (arts[0].date.iso() if arts else "1970-01-01")
    updated = _rfc3339(updated)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">',
           f"<title>{xml_escape(site_name)}</title>", '<link rel="alternate" href="index.html"/>',
           '<link rel="self" href="feed.xml"/>', "<id>urn:defence-diplomacy-archive:feed</id>", f"<updated>{updated}</updated>"]
    for a in arts:
        out += ["<entry>", f"<title>{xml_escape(a.title)}</title>", f'<link rel="alternate" href="articles/{a.id}.html"/>',
                f"<id>urn:defence-diplomacy-archive:article:{a.id}</id>", f"<updated>{_rfc3339(a.date.iso())}</updated>"]
        if a.author or a.source:
            out.append(f"<author><name>{xml_escape(a.author or a.source)}</name></author>")
        summary = a.paragraphs[0][:300] if a.paragraphs else ""
        out += [f"<summary>{xml_escape(summary)}</summary>", "</entry>"]
    out.append("</feed>")
    return Page("feed.xml", "\n".join(out) + "\n")


def _rfc3339(iso: str) -> str:
    parts = iso.split("-")
    while len(parts) < 3:
        parts.append("01")
    return "-".join(parts) + "T00:00:00Z"


def events_json(ar: Archive) -> Page:
    data = [{"id": e.id, "title": e.title, "start": e.start.iso() if e.start else None, "end": e.end.iso() if e.end else None,
             "when": _span(e.start, e.end), "where": e.places, "people": e.people, "countries": e.countries, "articles": e.articles,
             "signed": e.signed} for e in ar.events.values()]
    return Page("data/events.json", json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n")

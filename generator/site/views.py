"""Archive-wide views: timeline, sources and authors, the relations picture, and the events
export (the feeds are in ``feeds``). Everything is drawn at build time: no script, no CDN."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from xml.sax.saxutils import escape as xml_escape

from generator.reference.countries import index
from generator.resolve.archive import Archive, sort_articles
from generator.site.helpers import (KIND_LABEL, LANG_NAMES, LIST_SEARCH, Page, article_link, article_rows, count, event_countries,
                                    follow_line, link, source_link, title_front_matter)
from generator.site.jsonout import dumps_indented
from generator.site.sitepaths import feed_path, source_slugs
from generator.text.dates import human, human_span, month_names
from generator.text.escape import md_text
from generator.text.names import plain_latin

_MONTHS = month_names("en")
# Events the timeline's index names month by month; a larger archive gives their number there (see ``timeline``).
TIMELINE_NAMED = 150


def render_views(ar: Archive, site_name: str) -> list[Page]:
    pages = timeline(ar) + sources(ar) + [relations(ar), events_json(ar)]
    return pages


# --------------------------------------------------------------------------- timeline

def _month_name(m: int | None) -> str:
    return _MONTHS[m - 1] if m else "Month unknown"


def _anchor(m: int | None) -> str:
    return _MONTHS[m - 1].lower() if m else "month-unknown"


def _day(d) -> str:
    if d is None:
        return "undated"
    if d.day:
        return f"{d.day} {_MONTHS[d.month - 1][:3]}"
    return "month only" if d.month else "year only"


def timeline(ar: Archive) -> list[Page]:
    """A chronology. timeline/index.md: years (newest first), then months, each month naming its
    events and how many articles it holds; one page per year with, month by month, the events
    and then every article at its precision (a day, a month, or only the year)."""
    by_year: dict[int | None, list] = defaultdict(list)
    for a in ar.articles:
        by_year[a.date.year if a.date else None].append(a)
    ev_year: dict[int | None, list] = defaultdict(list)
    for e in ar.events.values():
        ev_year[e.start.year if e.start else None].append(e)
    ev_key = lambda e: ((e.start.sort_key() if e.start else (0, 0, 0)), e.id)  # noqa: E731
    pages = []
    years = sorted({y for y in by_year if y is not None} | {y for y in ev_year if y is not None}, reverse=True)
    # The index names each month's events while they are few; beyond TIMELINE_NAMED it gives their
    # number, and each year's page names them (the index would otherwise list every event of the
    # archive and change, a page of hundreds of links, with every new one).
    named = len(ar.events) <= TIMELINE_NAMED
    lines = [title_front_matter("Timeline", search=LIST_SEARCH), "# Timeline\n", "What happened when: years, newest first, then months, with the events "
             "(meetings and visits, and exercises and arms deals reported without a meeting) and the articles that report them. An article whose date gives only a month or a "
             "year is placed at that precision, never on an invented day."
             + ("" if named else " Each year's page names the month's events and articles.") + "\n"]
    here = "timeline/index.md"
    for year in years:
        arts, evs = by_year.get(year, []), ev_year.get(year, [])
        lines.append(f"## [{year}]({year}.md)\n")
        lines.append(f"{count(len(arts), 'article')} · {count(len(evs), 'event')}\n")
        months = sorted({a.date.month for a in arts} | {e.start.month for e in evs}, key=lambda m: m or 0, reverse=True)
        for m in months:
            m_arts = [a for a in arts if a.date.month == m]
            m_evs = sorted((e for e in evs if e.start.month == m), key=ev_key, reverse=True)
            head = f"**[{_month_name(m)}]({year}.md#{_anchor(m)})** · {count(len(m_arts), 'article')}"
            if m_evs and named:
                head += " · " + "; ".join(link("event", e.id, e.title, here) for e in m_evs)
            elif m_evs:
                head += f" · {count(len(m_evs), 'event')}"
            lines.append(f"- {head}")
        lines.append("")
    if by_year.get(None) or ev_year.get(None):
        lines.append(f"## [Undated](undated.md)\n\n{count(len(by_year.get(None, [])), 'article')}\n")
    pages.append(Page(here, "\n".join(lines)))
    for year in sorted(set(by_year) | set(ev_year), key=lambda y: (y is None, y or 0)):
        arts, evs = by_year.get(year, []), ev_year.get(year, [])
        here = f"timeline/{year if year is not None else 'undated'}.md"
        title = str(year) if year is not None else "Undated"
        lines = [title_front_matter(title, search=LIST_SEARCH), f"# {title}\n", f"[All years](index.md) · {count(len(arts), 'article')} · {count(len(evs), 'event')}\n"]
        if year is None:
            lines += article_rows(ar, [a.id for a in arts], here) + [""]
        else:
            months = sorted({a.date.month for a in arts} | {e.start.month for e in evs}, key=lambda m: m or 0, reverse=True)
            for m in months:
                lines.append(f"## {_month_name(m)} {{#{_anchor(m)}}}\n")
                m_evs = sorted((e for e in evs if e.start.month == m), key=ev_key, reverse=True)
                if m_evs:
                    lines.append("**Events**\n")
                    for e in m_evs:
                        lines.append(f"- {md_text(human_span(e.start, e.end))} · {link('event', e.id, e.title, here)} · {count(len(e.articles), 'report')}")
                    lines.append("")
                m_arts = sort_articles([a for a in arts if a.date.month == m])
                if m_arts:
                    lines.append("**Articles**\n")
                    for a in m_arts:
                        src = f" · {source_link(ar, 'source', a.source, here)}" if a.source else ""
                        lines.append(f"- {md_text(_day(a.date))} · {article_link(a, here)} · {LANG_NAMES.get(a.lang, a.lang)}{src}")
                    lines.append("")
        pages.append(Page(here, "\n".join(lines)))
    return pages


# --------------------------------------------------------------------------- sources and authors

def _also_written(name: str, arts) -> list[str]:
    """The other spellings of a source's or author's NAME: without diacritics ('Zielinski'), and as the
    articles' pages wrote it in another script ('Восточный военный вестник'), each once."""
    out = [plain_latin(name)] if plain_latin(name) else []
    for a in arts:
        w = a.source_written if a.source == name else a.author_written if a.author == name else None
        if w and w not in out:
            out.append(w)
    return out


def sources(ar: Archive) -> list[Page]:
    groups = {"source": defaultdict(list), "author": defaultdict(list)}
    for a in ar.articles:
        if a.source:
            groups["source"][a.source].append(a)
        if a.author:
            groups["author"][a.author].append(a)
    slugs = source_slugs(ar)
    here = "sources/index.md"
    pages = []
    lines = [title_front_matter("Sources and authors", search=LIST_SEARCH), "# Sources and authors\n",
             "The outlets and agencies the articles name (a byline agency, an attribution such as “Report informs”, or a "
             "site footer) and the people in the bylines. Each has a page listing its articles, and a feed.\n",
             "## Sources\n", "| Source | Articles | Languages | First | Last |", "|---|---|---|---|---|"]
    for name, arts in sorted(groups["source"].items(), key=lambda kv: (-len(kv[1]), kv[0])):
        dates = [a.date for a in arts if a.date]
        langs = ", ".join(LANG_NAMES.get(x, x) for x in sorted({a.lang for a in arts}))
        lines.append(f"| {source_link(ar, 'source', name, here)} | {len(arts)} | {langs} | "
                     f"{md_text(human(min(dates)) if dates else '')} | {md_text(human(max(dates)) if dates else '')} |")
    unnamed = [a for a in ar.articles if not a.source]
    lines.append("")
    if unnamed:
        lines.append(f"## No source named\n\n{count(len(unnamed), 'article')} name no source:\n")
        lines += [f"- {article_link(a, here)} · {md_text(human(a.date))}" for a in sort_articles(unnamed)]
        lines.append("")
    lines += ["## Authors\n", "| Author | Articles | Sources |", "|---|---|---|"]
    for name, arts in sorted(groups["author"].items(), key=lambda kv: (-len(kv[1]), kv[0])):
        srcs = ", ".join(source_link(ar, "source", x, here) for x in sorted({a.source for a in arts if a.source}))
        lines.append(f"| {source_link(ar, 'author', name, here)} | {len(arts)} | {srcs} |")
    lines.append("")
    pages.append(Page(here, "\n".join(lines)))
    for (kind, name), s in sorted(slugs.items()):
        here = f"sources/{s}.md"
        arts = groups[kind][name]
        label = "Source" if kind == "source" else "Author"
        lines = [title_front_matter(name, feed=feed_path("sources", s)), f"# {md_text(name)}\n",
                 f"{label} · {count(len(arts), 'article')} · [all sources and authors](index.md)\n",
                 *([f"Also written: {', '.join(md_text(w) for w in also)}\n"] if (also := _also_written(name, arts)) else []),
                 follow_line("sources", s, name, here),
                 *article_rows(ar, [a.id for a in arts], here), ""]
        pages.append(Page(here, "\n".join(lines)))
    return pages


# --------------------------------------------------------------------------- relations

PHONE_COLUMN = 343  # CSS pixels a picture gets on a 375-px-wide phone
MIN_LABEL_PX = 11  # the smallest label, in CSS pixels, the picture may show on such a phone


def _label_width(text: str, font: float) -> float:
    """A generous estimate of a label's width in a sans-serif font (no font metrics at build time)."""
    return sum(0.62 if ch.isupper() else 0.56 for ch in text) * font + 2


def _layout(nodes: list[str], edges: dict[tuple[str, str], int]) -> list[dict[str, tuple[float, float]]]:
    """A force-directed layout per connected group (networkx's spring layout with a fixed seed:
    the same picture every build; heavier lines pull harder), each group in [-1, 1]."""
    import networkx as nx

    g = nx.Graph()
    g.add_nodes_from(nodes)
    for (a, b), w in edges.items():
        g.add_edge(a, b, weight=w)
    groups = sorted((sorted(c) for c in nx.connected_components(g)), key=lambda c: (-len(c), c[0]))
    out = []
    for comp in groups:
        if len(comp) == 1:
            out.append({comp[0]: (0.0, 0.0)})
            continue
        if len(comp) == 2:
            out.append({comp[0]: (-1.0, 0.0), comp[1]: (1.0, 0.0)})
            continue
        # A fresh graph in sorted order: a networkx subgraph view iterates a set, whose order
        # changes with PYTHONHASHSEED, and the layout depends on the node order.
        inside = set(comp)
        sub = nx.Graph()
        sub.add_nodes_from(comp)
        sub.add_weighted_edges_from(sorted((a, b, w) for (a, b), w in edges.items() if a in inside and b in inside))
        pos = nx.spring_layout(sub, seed=7, weight="weight", iterations=300, k=2.5 / math.sqrt(len(comp)))
        xs = [p[0] for p in pos.values()]
        ys = [p[1] for p in pos.values()]
        sx = (max(xs) - min(xs)) / 2 or 1
        sy = (max(ys) - min(ys)) / 2 or 1
        mx, my = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
        # A spring layout draws a dense core and far outliers; scaled to the box, the core's nodes nearly
        # touch. Each coordinate is blended half-way with its rank among the group's (evenly spaced over
        # [-1, 1]): the order and the shape stay, the nodes spread over the room the group is given.
        keys = sorted(pos)
        unit = {k: ((pos[k][0] - mx) / sx, (pos[k][1] - my) / sy) for k in keys}
        rank = [{k: 2 * i / (len(keys) - 1) - 1 for i, k in enumerate(sorted(keys, key=lambda k: (unit[k][d], k)))}
                for d in (0, 1)]
        out.append({k: (float((unit[k][0] + rank[0][k]) / 2), float((unit[k][1] + rank[1][k]) / 2)) for k in keys})
    return out


def _separate(boxes: list[list], font: float, rounds: int = 60) -> None:
    """Move nodes apart vertically until no two labels (with their circles) overlap: the layout
    keeps its shape, every label stays whole and readable."""
    gap = font * 0.25
    for _ in range(rounds):
        moved = False
        order = sorted(range(len(boxes)), key=lambda i: boxes[i][5])
        for ii, i in enumerate(order):
            for j in order[ii + 1:]:
                a, b = boxes[i], boxes[j]
                if a[10] <= b[9] or b[10] <= a[9]:
                    continue  # apart horizontally
                overlap = a[12] + gap - b[11]
                if overlap > 0:
                    for box, d in ((a, -overlap / 2), (b, overlap / 2)):
                        box[5] += d; box[11] += d; box[12] += d  # noqa: E702
                    moved = True
        if not moved:
            return


def _place(nodes, groups, font: float, nmax: int, row_width: float):
    """Node boxes for one font size: each group scaled to its size, laid left to right in rows
    no wider than ``row_width``. Returns the boxes and the picture's bounds."""
    info = {n[0]: n for n in nodes}
    placed = []
    cur_x = cur_y = row_h = 0.0
    longest = max(_label_width(n[1], font) for n in nodes)
    for grp in groups:
        # Room in proportion to the group's size: an area of ``area`` per node (some three label lines down,
        # a short label across), half of it across and half down when the row allows; a group
        # the row makes narrow (labels on both sides must still fit it) gets the room it lacks across as
        # height, so that a large group is never packed into a strip while a pair of nodes gets a box.
        n = len(grp)
        area = (3.8 * font) * (6.4 * font) * n
        spread = math.sqrt(area) / 2
        # Labels beside their circles (right of the right half's nodes, left of the left half's) take two
        # label widths out of the row. When that leaves the group less than half the room its size asks
        # across (a big group on a phone's row, long names), each label goes under its circle instead and
        # takes one label width: the group spreads across the row, and the lines that leave one person
        # are told apart instead of running down an 80-px strip on top of each other.
        beside = (row_width - 2 * longest - 60) / 2
        below = n > 2 and beside < spread / 2
        room = (row_width - longest - 30) / 2 if below else beside
        half = 0.0 if n == 1 else max(40.0, min(spread, room))
        half_y = 0.0 if n == 1 else max(spread * 0.8, area / 4 / max(half, 1.0))
        boxes = []
        for key, (ux, uy) in grp.items():
            _, text, weight, href = info[key]
            x, y = ux * half, uy * half_y
            rad = 7 + 9 * weight / nmax
            tw = _label_width(text, font)
            if below:  # right is None: the label centred under the circle
                right, lx = None, x
                x0, x1 = x - max(rad, tw / 2), x + max(rad, tw / 2)
                boxes.append([key, text, weight, href, x, y, rad, lx, right, x0, x1, y - rad, y + rad + font * 1.3])
                continue
            right = ux >= 0
            lx = x + rad + 4 if right else x - rad - 4
            x0, x1 = (min(x - rad, lx), lx + tw) if right else (lx - tw, max(x + rad, lx))
            boxes.append([key, text, weight, href, x, y, rad, lx, right, x0, x1, y - max(rad, font), y + max(rad, font)])
        _separate(boxes, font)
        gx0, gx1 = min(b[9] for b in boxes), max(b[10] for b in boxes)
        gy0, gy1 = min(b[11] for b in boxes), max(b[12] for b in boxes)
        w, h = gx1 - gx0 + 24, gy1 - gy0 + 24
        if cur_x > 0 and cur_x + w > row_width:
            cur_x, cur_y, row_h = 0.0, cur_y + row_h, 0.0
        dx, dy = cur_x - gx0 + 12, cur_y - gy0 + 12
        for b in boxes:
            b[4] += dx; b[5] += dy; b[7] += dx; b[9] += dx; b[10] += dx; b[11] += dy; b[12] += dy  # noqa: E702
        placed += boxes
        cur_x += w
        row_h = max(row_h, h)
    minx = min(b[9] for b in placed) - 6
    maxx = max(b[10] for b in placed) + 6
    miny = min(b[11] for b in placed) - 6
    maxy = max(b[12] for b in placed) + 6
    return placed, (minx, miny, maxx - minx, maxy - miny)


def _svg_graph(nodes: list[tuple[str, str, int, str]], edges: dict[tuple[str, str], int], label: str) -> str:
    """nodes: (key, label, weight, href); edges: (a, b) -> number of events.

    The picture is only as big as its content: each connected group is laid out on its own and
    sized by its number of nodes, groups sit side by side in rows, and the viewBox is the bounding
    box of circles and whole labels. The font is chosen so that a label stays at least
    MIN_LABEL_PX tall when the picture is scaled down to a phone's column."""
    if not nodes:
        return "<p>Nothing to draw yet.</p>"
    groups = _layout([n[0] for n in nodes], edges)
    wmax = max(edges.values(), default=1)
    nmax = max(n[2] for n in nodes)
    font = 14.0
    row = PHONE_COLUMN * font / MIN_LABEL_PX  # the widest picture whose labels stay legible on a phone
    boxes, (minx, miny, width, height) = _place(nodes, groups, font, nmax, row_width=row)
    for _ in range(3):  # labels too long for that width: a larger font, so they scale down to legible
        if font * min(1.0, PHONE_COLUMN / width) >= MIN_LABEL_PX:
            break
        font = min(40.0, font * width / row + 0.5)
        boxes, (minx, miny, width, height) = _place(nodes, groups, font, nmax, row_width=PHONE_COLUMN * font / MIN_LABEL_PX)
    pos = {b[0]: (b[4], b[5]) for b in boxes}
    out = [f'<svg class="relations" viewBox="{minx:.0f} {miny:.0f} {width:.0f} {height:.0f}" width="{width:.0f}" '
           f'role="group" aria-label="{xml_escape(label)} (the table below gives the same data)" '
           f'xmlns="http://www.w3.org/2000/svg" font-size="{font:.1f}">']
    for (a, b), w in sorted(edges.items()):
        (x1, y1), (x2, y2) = pos[a], pos[b]
        out.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="currentColor" '
                   f'stroke-opacity="0.45" stroke-width="{1.5 + 6 * (w - 1) / max(wmax - 1, 1):.1f}" stroke-linecap="round">'
                   f'<title>{w} event{"s" if w != 1 else ""}</title></line>')
    for key, text, weight, href, x, y, rad, lx, right, *_ in boxes:
        out.append(f'<a href="{xml_escape(href)}"><circle cx="{x:.1f}" cy="{y:.1f}" r="{rad:.1f}" fill="var(--md-typeset-a-color, #1e5f73)">'
                   f'<title>{xml_escape(text)}: {weight} event{"s" if weight != 1 else ""}</title></circle>'
                   f'<text x="{lx:.1f}" y="{y + (rad + font * 1.0 if right is None else font * 0.35):.1f}" '
                   f'text-anchor="{"middle" if right is None else "start" if right else "end"}" '
                   f'fill="currentColor">{xml_escape(text)}</text></a>')
    out.append("</svg>")
    return "".join(out)


#: The people picture of the relations page shows at most this many people.
PEOPLE_DRAWN = 24


def top_people(weight: Counter, joined: set[str], meetings: list[list[str]], limit: int = PEOPLE_DRAWN) -> set[str]:
    """The people the relations picture draws: those reported at the most events, at most ``limit``. Where
    the cut falls among people reported equally often, whole meetings are taken (the latest first, a
    meeting that no longer fits passed over), so that the picture never shows a meeting without some of its
    people (a minister joined to a general of the other side, the other minister cut by the alphabet). The
    meetings of the people already in come first, so that none of them is drawn alone; one none of whose
    meetings could be drawn is left out rather than drawn as a lone dot."""
    ranked = sorted(((p, w) for p, w in weight.items() if p in joined), key=lambda kv: (-kv[1], kv[0]))
    if len(ranked) <= limit:
        return {p for p, _ in ranked}
    cut = ranked[limit - 1][1]
    top = {p for p, w in ranked if w > cut}
    # first the meetings of the people already in (so that none of them is drawn alone), then the others
    for people in sorted(meetings, key=lambda m: not top.intersection(m)):
        new = [p for p in people if p in joined and weight[p] == cut and p not in top]
        if new and len(top) + len(new) <= limit:
            top.update(new)
    # a person none of whose meetings could be drawn is left out rather than drawn as a lone dot
    return {p for p in top if any(p in m and len(top.intersection(m)) > 1 for m in meetings)}


def relations(ar: Archive) -> Page:
    """Who meets whom: countries joined by the events their officials share, and the people most
    often reported, joined by the events they attend together. Drawn as inline SVG at build time
    (layout by networkx), kept out of the search index, each with a table of the same data."""
    cx = index()
    cedges: Counter[tuple[str, str]] = Counter()
    cweight: Counter[str] = Counter()
    pedges: Counter[tuple[str, str]] = Counter()
    pweight: Counter[str] = Counter()
    apart: Counter[tuple[str, str]] = Counter()  # country pairs of exercises and arms deals: shown apart
    for e in ar.events.values():
        if getattr(e, "kind", "meeting") != "meeting":
            # An exercise or an arms deal: its officials took part in it, they did not meet.
            cs = sorted(set(event_countries(ar, e)))
            for i, a in enumerate(cs):
                for b in cs[i + 1:]:
                    apart[(a, b, e.kind)] += 1
            continue
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
    here = "relations.md"
    # A country or person with no line (every event of theirs has no second country, or no second
    # person, in these reports) is not drawn as a lone dot, which reads as a relation the picture
    # cannot show; it is named under the picture instead.
    cjoined = {c for pair in cedges for c in pair}
    cnodes = [(c, cx.name(c), w, f"countries/{c}.html") for c, w in sorted(cweight.items(), key=lambda kv: cx.name(kv[0]))
              if c in cjoined]
    calone = sorted((c for c in cweight if c not in cjoined), key=cx.name)
    pjoined = {p for pair in pedges for p in pair}
    meetings = sorted((e for e in ar.events.values() if getattr(e, "kind", "meeting") == "meeting"),
                      key=lambda e: (e.start.iso() if getattr(e, "start", None) else "", getattr(e, "id", "")), reverse=True)
    top = top_people(pweight, pjoined, [sorted(set(e.people)) for e in meetings])
    pnodes = [(p, ar.people[p].name, pweight[p], f"people/{p}.html") for p in sorted(top, key=lambda p: (ar.people[p].country or "", ar.people[p].name))]
    pe = {k: v for k, v in pedges.items() if k[0] in top and k[1] in top}
    palone = sorted((p for p in pweight if p not in pjoined), key=lambda p: ar.people[p].name)
    lines = [title_front_matter("Relations", search=LIST_SEARCH), "# Relations\n",
             "Who meets whom. A line joins two countries whose officials took part in the same meeting, visit, talks "
             "or signing, or two people who took part in the same one; the more events, the thicker the line. "
             # Said only when the table is there: a sentence pointing at a list the page does not have misleads.
             + ("Exercises and arms deals reported without a meeting are listed apart, under the countries. " if apart else "")
             + "Every circle links to its page, and "
             "each picture is followed by a table of the same data. The pictures are drawn when the site is built, so "
             "they work offline.\n",
             "## Countries\n"]
    if cedges:
        lines += [f'<div class="relations-figure" data-search-exclude>{_svg_graph(cnodes, dict(cedges), "Countries and their meetings")}</div>\n',
                  "| Countries | Meetings |", "|---|---|"]
    else:  # no picture and no table of headers over nothing
        lines.append("No meeting of officials of two countries is reported yet.")
    for (a, b), w in sorted(cedges.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"| {link('country', a, cx.name(a), here)} – {link('country', b, cx.name(b), here)} | {w} |")
    if calone:
        lines += ["", "Not drawn, because no other country took part in their events in these reports: "
                  + ", ".join(link("country", c, cx.name(c), here) for c in calone) + "."]
    if apart:
        lines += ["", "### Exercises and arms deals\n",
                  "Not drawn above: countries that held an exercise or made an arms deal together with no meeting "
                  "reported. They took part in the same event; the reports do not say their officials met.\n",
                  "| Countries | Kind | Events |", "|---|---|---|"]
        for (a, b, kind), w in sorted(apart.items(), key=lambda kv: (-kv[1], kv[0])):
            lines.append(f"| {link('country', a, cx.name(a), here)} – {link('country', b, cx.name(b), here)} | "
                         f"{KIND_LABEL.get(kind, (kind, kind))[1 if w != 1 else 0].capitalize()} | {w} |")
    lines += ["", "## People\n"]
    if pe:
        lines += [(f"The {count(len(pnodes), 'person', 'people')} reported at the most events, each meeting's people "
                   f"kept together (of {len(pjoined)} who met another person in the reports)."
                   if len(pnodes) < len(pjoined) else
                   f"All {len(pnodes)} people who met another person in the reports.") + "\n",
                  f'<div class="relations-figure" data-search-exclude>{_svg_graph(pnodes, pe, "People who met")}</div>\n',
                  "| People | Meetings together |", "|---|---|"]
    else:
        lines.append("No meeting of two people is reported yet.")
    for (a, b), w in sorted(pe.items(), key=lambda kv: (-kv[1], ar.people[kv[0][0]].name, ar.people[kv[0][1]].name)):
        lines.append(f"| {link('person', a, ar.people[a].name, here)} – {link('person', b, ar.people[b].name, here)} | {w} |")
    if palone:
        lines += ["", "Not drawn, because no one else took part in their events in these reports: "
                  + ", ".join(link("person", p, ar.people[p].name, here) for p in palone) + "."]
    lines.append("")
    return Page(here, "\n".join(lines))


# --------------------------------------------------------------------------- feed and exports

def events_json(ar: Archive) -> Page:
    data = [{"id": e.id, "title": e.title, "start": e.start.iso() if e.start else None, "end": e.end.iso() if e.end else None,
             "when": human_span(e.start, e.end), "where": e.places, "people": e.people, "countries": e.countries, "articles": e.articles,
             "signed": e.signed, "kind": e.kind, "mentioned": e.mentioned} for e in ar.events.values()]
    return Page("data/events.json", dumps_indented(data) + "\n")

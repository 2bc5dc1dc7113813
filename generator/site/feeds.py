"""Atom feeds, made with feedgen: the site's feed (``feed.xml``) and one per person, country,
agreement, source and author (``feeds/<folder>/<id>.xml``), so a reader can follow one minister,
one country or one outlet. Each entity page links its feed and names it in its head
(``overrides/main.html``).

Addresses: with ``site_url`` (the GitHub Pages workflow passes it as SITE_URL) every link is
absolute; without it, links are relative to the feed file, which Atom resolves against the
feed's own address, so the feeds work under any sub-path and from disk. Entry ids are URNs that
never change with the address. An undated article has no place in a feed (Atom needs a time),
so feeds list dated articles only, newest first, at most ``LIMIT`` of them.
"""

from __future__ import annotations

import datetime as dt
import posixpath

from feedgen.feed import FeedGenerator

from generator.resolve.archive import Archive, sort_articles
from generator.site.helpers import KIND_DIR, Page
from generator.site.sitepaths import FEED_DIR, feed_path, source_slugs

LIMIT = 50
URN = "urn:defence-diplomacy-archive"
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)


def _when(d) -> dt.datetime:
    return dt.datetime(d.year, d.month or 1, d.day or 1, tzinfo=dt.timezone.utc)


def _href(target: str, feed: str, site_url: str) -> str:
    """``target`` (a path under the site's root) as the feed links it."""
    if site_url:
        return site_url.rstrip("/") + "/" + target
    return posixpath.relpath(target, posixpath.dirname(feed) or ".")


def _summary(a) -> str:
    first = a.paragraphs[0] if a.paragraphs else ""
    return first[:300].rsplit(" ", 1)[0] + "…" if len(first) > 300 else first


def make_feed(path: str, fid: str, title: str, page: str, articles, site_name: str, site_url: str,
              subtitle: str = "") -> Page:
    """One Atom feed at ``path`` (under docs/) whose alternate is the HTML ``page``."""
    arts = [a for a in sort_articles(list(articles)) if a.date][:LIMIT]
    fg = FeedGenerator()
    fg.id(f"{URN}:{fid}")
    fg.title(title)
    if subtitle:
        fg.subtitle(subtitle)
    fg.author({"name": site_name})
    fg.link(href=_href(page, path, site_url), rel="alternate", type="text/html")
    fg.link(href=_href(path, path, site_url), rel="self", type="application/atom+xml")
    fg.updated(_when(arts[0].date) if arts else _EPOCH)
    fg.generator("generator (feedgen)")
    for a in arts:
        fe = fg.add_entry(order="append")
        fe.id(f"{URN}:article:{a.id}")
        fe.title(a.title)
        fe.link(href=_href(f"articles/{a.id}.html", path, site_url), rel="alternate", type="text/html")
        fe.updated(_when(a.date))
        fe.published(_when(a.date))
        name = a.author or a.source
        if name:
            fe.author({"name": name})
        summary = _summary(a)
        if summary:
            fe.summary(summary)
    text = fg.atom_str(pretty=True).decode("utf-8")
    return Page(path, text)


def render_feeds(ar: Archive, site_name: str, site_url: str = "") -> list[Page]:
    """The site feed and a feed per person, country, agreement, source and author."""
    return [page for _, fn in feed_units(ar, site_name, site_url) for page in fn(ar)]


def feed_units(ar: Archive, site_name: str, site_url: str = "") -> list[tuple[str, object]]:
    """``render_feeds`` as units (see ``generator.site.render.units``): the site feed, one per
    person, country and agreement, and the feeds of the sources and authors."""
    def latest(v):
        return [make_feed("feed.xml", "feed", f"{site_name}: latest articles", "index.html", v.articles, site_name,
                          site_url, "The newest articles in the archive.")]

    def entity(v, kind: str, eid: str):
        folder = KIND_DIR[kind]
        ent = getattr(v, TABLES[kind])[eid]
        return [make_feed(feed_path(folder, eid), f"{folder}:{eid}", f"{ent.name}: new reports",
                          f"{folder}/{eid}.html", (v.article(x) for x in ent.articles), site_name, site_url)]

    out: list[tuple[str, object]] = [("feed", latest)]
    for kind in ("person", "country", "agreement"):
        out += [(f"feed/{kind}/{eid}", lambda v, k=kind, i=eid: entity(v, k, i)) for eid in getattr(ar, TABLES[kind])]
    out.append(("feed/sources", lambda v: _source_feeds(v, site_name, site_url)))
    return out


TABLES = {"person": "people", "country": "countries", "agreement": "agreements"}


def _source_feeds(ar: Archive, site_name: str, site_url: str) -> list[Page]:
    pages = []
    groups: dict[tuple[str, str], list] = {}
    for a in ar.articles:
        if a.source:
            groups.setdefault(("source", a.source), []).append(a)
        if a.author:
            groups.setdefault(("author", a.author), []).append(a)
    slugs = source_slugs(ar)
    for (kind, name), arts in sorted(groups.items()):
        slug = slugs[(kind, name)]
        label = "articles from" if kind == "source" else "articles by"
        pages.append(make_feed(feed_path("sources", slug), f"sources:{slug}", f"{site_name}: {label} {name}",
                               f"sources/{slug}.html", arts, site_name, site_url))
    return pages


__all__ = ["FEED_DIR", "LIMIT", "TABLES", "feed_units", "make_feed", "render_feeds"]

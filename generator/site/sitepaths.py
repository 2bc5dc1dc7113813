"""Addresses of pages that several renderers link to: source and author pages, and feeds.

A leaf module (it imports only ``slugs``), so ``render``, ``views`` and ``feeds`` can all use it
without importing each other. Every path is relative to ``docs/``.
"""

from __future__ import annotations

from generator.text.slugs import slugify_id

FEED_DIR = "feeds"


def feed_path(folder: str, eid: str) -> str:
    """The Atom feed of one entity page: ``feeds/<folder>/<id>.xml`` (``folder`` as in docs/)."""
    return f"{FEED_DIR}/{folder}/{eid}.xml"


def source_slugs(ar) -> dict[tuple[str, str], str]:
    """(``"source"`` or ``"author"``, name) -> the page's slug under ``sources/``; two names with
    one slug are told apart by a suffix. Computed once per archive."""
    cached = getattr(ar, "_source_slugs", None)
    if cached is not None:
        return cached
    names = {"source": set(), "author": set()}
    for a in ar.articles:
        if a.source:
            names["source"].add(a.source)
        if a.author:
            names["author"].add(a.author)
    slugs: dict[tuple[str, str], str] = {}
    for kind in ("source", "author"):
        used: set[str] = set()
        for name in sorted(names[kind]):
            s = slugify_id(f"{kind}-{name}", kind)
            while s in used:
                s = f"{s}-x"
            used.add(s)
            slugs[(kind, name)] = s
    ar._source_slugs = slugs
    return slugs


def source_path(ar, kind: str, name: str) -> str | None:
    """``sources/<slug>.md`` for a source or author named by some article, else None."""
    s = source_slugs(ar).get((kind, name))
    return f"sources/{s}.md" if s else None

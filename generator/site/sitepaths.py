"""Addresses of pages that several renderers link to: source and author pages, and feeds.

A leaf module (it imports nothing of the generator's), so ``render``, ``views`` and ``feeds`` can all use it
without importing each other. Every path is relative to ``docs/``.
"""

from __future__ import annotations

FEED_DIR = "feeds"


def feed_path(folder: str, eid: str) -> str:
    """The Atom feed of one entity page: ``feeds/<folder>/<id>.xml`` (``folder`` as in docs/)."""
    return f"{FEED_DIR}/{folder}/{eid}.xml"


def source_slugs(ar) -> dict[tuple[str, str], str]:
    """(``"source"`` or ``"author"``, name) -> the page's slug under ``sources/``, as resolve
    gave it (``Archive.source_ids``, from ``generator.ids``: stable across builds)."""
    return ar.source_ids


def source_path(ar, kind: str, name: str) -> str | None:
    """``sources/<slug>.md`` for a source or author named by some article, else None."""
    s = source_slugs(ar).get((kind, name))
    return f"sources/{s}.md" if s else None

"""Shared helpers of every page kind: the page record, front matter, links and article tables.

Every string that came from an article goes through ``escape.md_text`` or ``escape.attr``.
Links are relative, so the site works from ``file://`` and under a sub-path.
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml

from generator.resolve.archive import Archive, sort_articles
from generator.site.sitepaths import feed_path, source_path
from generator.text.dates import human
from generator.text.escape import attr, md_text

FRONT_MATTER_KEYS = (
    "title", "description", "date", "language", "author", "source", "people", "countries",
    "agreements", "organizations", "event", "seed", "title_generated", "source_encoding", "duplicates",
    "render_macros", "feed",
)
LANG_NAMES = {"en": "English", "ru": "Russian"}
KIND_DIR = {"person": "people", "country": "countries", "agreement": "agreements", "organization": "organizations", "event": "events"}


@dataclass(frozen=True, slots=True)
class Page:
    path: str  # relative to docs/
    text: str


# libyaml's safe dumper and loader when PyYAML has them (10x faster); the same output.
_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class FrontMatterError(Exception):
    pass


def front_matter(meta: dict) -> str:
    """YAML front matter from allow-listed keys, dumped safely and checked by a round trip."""
    data = {k: meta[k] for k in FRONT_MATTER_KEYS if k in meta}
    # Scraped text is never a template, even if a user adds mkdocs-macros to the site.
    data["render_macros"] = False
    extra = set(meta) - set(FRONT_MATTER_KEYS)
    if extra:
        raise FrontMatterError(f"keys not allowed in front matter: {sorted(extra)}")
    dumped = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, default_flow_style=False, width=10_000)
    if yaml.load(dumped, Loader=_Loader) != data:
        raise FrontMatterError(f"front matter does not round-trip: {data!r}")
    return f"---\n{dumped}---\n\n"


def count(n: int, one: str, many: str | None = None) -> str:
    """'1 article', '2 articles'."""
    return f"{n} {one if n == 1 else (many or one + 's')}"


def link(kind: str, eid: str, label: str, here: str) -> str:
    return f"[{md_text(label)}]({rel(here, f'{KIND_DIR[kind]}/{eid}.md')})"


def article_link(a, here: str) -> str:
    return f"[{md_text(a.title)}]({rel(here, f'articles/{a.id}.md')})"


def rel(here: str, target: str) -> str:
    depth = here.count("/")
    return "../" * depth + target


def source_link(ar: Archive, kind: str, name: str | None, here: str) -> str:
    """A source (``kind="source"``) or author (``"author"``) as a link to its page under sources/."""
    if not name:
        return ""
    target = source_path(ar, kind, name)
    return f"[{md_text(name)}]({rel(here, target)})" if target else md_text(name)


def follow_line(folder: str, eid: str, name: str, here: str) -> str:
    """'Follow: new reports about X (Atom feed)', linking the page's own feed (generator/site/feeds.py)."""
    return (f'<p class="archive-follow" markdown="1">**Follow:** [new reports about {md_text(name)} (Atom feed)]'
            f"({rel(here, feed_path(folder, eid))})</p>\n")


def article_meta(ar: Archive, a) -> dict:
    f = ar.facts[a.id]
    return {
        "title": a.title,
        "date": a.date.iso() if a.date else None,
        "language": a.lang,
        "author": a.author,
        "source": a.source,
        "people": list(f.people),
        "countries": list(f.countries),
        "agreements": list(f.agreements),
        "organizations": list(f.organizations),
        "event": ar.event_of.get(a.id),
        "seed": a.source_path,
        "title_generated": a.title_generated,
        "source_encoding": a.source_encoding,
    }


def article_rows(ar: Archive, ids: list[str], here: str) -> list[str]:
    # The title (the row's key) first: on a phone it stays in view while the other columns scroll.
    rows = ["| Title | Date | Language | Source |", "|---|---|---|---|"]
    for a in sort_articles([ar.article(i) for i in ids]):
        rows.append(f"| {article_link(a, here)} | {md_text(human(a.date))} | {a.lang} | {source_link(ar, 'source', a.source, here)} |")
    return rows


def title_front_matter(title: str, **extra) -> str:
    return front_matter({"title": attr(title), **extra})

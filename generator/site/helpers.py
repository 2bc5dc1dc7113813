"""Shared helpers of every page kind: the page record, front matter, links and article tables.

Every string that came from an article goes through ``escape.md_text`` or ``escape.attr``.
Links are relative, so the site works from ``file://`` and under a sub-path.
"""

from __future__ import annotations

import frontmatter
import yaml
from frontmatter.default_handlers import YAMLHandler

from generator.errors import GeneratorError
from generator.model import Page
from generator.resolve.archive import Archive, sort_articles
from generator.site.sitepaths import feed_path, source_path
from generator.text.dates import human
from generator.text.escape import attr, md_text

FRONT_MATTER_KEYS = (
    "title", "description", "date", "language", "author", "source", "people", "countries",
    "agreements", "organizations", "event", "seed", "title_generated", "source_encoding", "duplicates",
    "render_macros", "feed", "search", "sort",
)
LANG_NAMES = {"en": "English", "ru": "Russian"}
KIND_DIR = {"person": "people", "country": "countries", "agreement": "agreements", "organization": "organizations", "event": "events"}


# libyaml's safe dumper and loader when PyYAML has them (10x faster); the same output.
_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class FrontMatterError(GeneratorError):
    pass


class _SafeYAML(YAMLHandler):
    """python-frontmatter's YAML handler, always with the safe (libyaml) dumper and loader."""

    def load(self, fm: str, **kwargs):
        kwargs.setdefault("Loader", _Loader)
        return super().load(fm, **kwargs)

    def export(self, metadata: dict, **kwargs) -> str:
        kwargs.setdefault("Dumper", _Dumper)
        return super().export(metadata, sort_keys=False, default_flow_style=False, allow_unicode=True,
                              width=10_000, **kwargs)


_HANDLER = _SafeYAML()


def front_matter(meta: dict) -> str:
    """YAML front matter from allow-listed keys, written with python-frontmatter (the safe
    dumper) and checked by a round trip through its reader."""
    data = {k: meta[k] for k in FRONT_MATTER_KEYS if k in meta}
    # Scraped text is never a template, even if a user adds mkdocs-macros to the site.
    data["render_macros"] = False
    extra = set(meta) - set(FRONT_MATTER_KEYS)
    if extra:
        raise FrontMatterError(f"keys not allowed in front matter: {sorted(extra)}")
    post = frontmatter.Post("")
    post.metadata.update(data)
    try:
        text = frontmatter.dumps(post, handler=_HANDLER) + "\n\n"
        back = read_front_matter(text, "the new page")
    except (yaml.YAMLError, FrontMatterError) as exc:
        raise FrontMatterError(f"front matter cannot be written: {data!r} ({exc})") from exc
    if back != data:
        raise FrontMatterError(f"front matter does not round-trip: {data!r}")
    return text


def read_front_matter(text: str, where: str) -> dict:
    """The front matter of a page's text (python-frontmatter, safe loader); broken YAML is a
    ``FrontMatterError`` that names ``where`` (a file)."""
    try:
        return frontmatter.loads(text, handler=_HANDLER).metadata
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" (line {mark.line + 1} of the front matter)" if mark is not None else ""
        raise FrontMatterError(f"{where}: the front matter is not valid YAML{at}: "
                               f"{getattr(exc, 'problem', None) or exc}; rebuild the page or fix the file") from exc


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
        rows.append(f"| {article_link(a, here)} | {md_text(human(a.date))} | {LANG_NAMES.get(a.lang, a.lang)} | {source_link(ar, 'source', a.source, here)} |")
    return rows


def title_front_matter(title: str, **extra) -> str:
    return front_matter({"title": attr(title), **extra})


KIND_LABEL = {"exercise": ("exercise", "exercises"), "sale": ("arms deal", "arms deals")}  # an event kind other than a meeting


def event_countries(ar, e) -> list[str]:
    """The countries of an event: those whose officials took part, else those its reports name."""
    if e.countries:
        return list(e.countries)
    return list(dict.fromkeys(c for aid in e.articles for c in ar.facts[aid].countries))


# The search's weight of a page (Material's ``search: boost`` front matter, a factor on every entry of the
# page). The long lists (the indexes of articles, people, events …, the timeline, the home page) hold every
# name in a table: at the plain weight a search for a person lists them, a block of table text, above the
# person's own page. They are kept in the index (a word found nowhere else still finds them) but weighed
# down; a person's page, what a reader searching a name wants, is weighed up (its name in both scripts is in
# its heading, its other spellings in its text).
LIST_SEARCH = {"boost": 0.05}
PERSON_SEARCH = {"boost": 4}

# An agreement's status as the reader sees it. "earlier" is the extractor's word for a document a report
# says was signed before the meeting it tells of (``extract/agreements.py``): said in full, by where it shows:
# on an article's page ("this meeting"), in a row of an agreement's reports, and for the agreement as a whole.
_STATUS_WORDS = {"earlier": {"article": "signed before this meeting", "report": "signed before the meeting reported",
                             "agreement": "signed before the meetings reported"}}

#: The statuses, explained once where a list of agreements shows them.
STATUS_LEGEND = ("*Status:* **signed** at the meeting a report tells of; **signed before the meetings reported** "
                 "(a report says it was signed earlier: previously, last year, in a past year); **planned** (to be "
                 "signed); **drafted** (prepared or discussed); **mentioned** (named, no signing told).")


def status_label(status: str | None, where: str = "agreement") -> str:
    """'signed before the meetings reported' for the status "earlier" (``where``: "article", "report" or
    "agreement"); any other status as it is."""
    words = _STATUS_WORDS.get(status or "")
    return words.get(where, words["agreement"]) if words else (status or "")

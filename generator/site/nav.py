"""Where a page sits in the site's navigation, for pages the `nav:` of mkdocs.yml does not list.

The navigation lists index pages only (a few dozen entries, whatever the archive's size). The
thousands of article and entity pages are given a place without being listed: each page's
``parent`` is set to the navigation section whose index page lives in the same folder (an
article -> "Articles", a person -> "People"). MkDocs marks a page's ancestors active from its
``parent``, so Material highlights the right tab and draws the breadcrumb (``navigation.path``);
the sidebar shows the section the page belongs to. Pages of one folder are then chained
previous/next in the order of their folder's index (articles and events newest first, people by
surname, others by title) for the footer (``navigation.footer``).

Each step is one pass over the pages (plus one sort per folder), so the build stays linear in
the number of pages. Used by ``generator/mkdocs_hook.py`` (``on_nav`` and ``on_env``).
"""

from __future__ import annotations

import posixpath
import re
from collections import defaultdict

from generator.text.names import family_name

_CONTINUATION = re.compile(r"page-\d+\.md")


def _walk(items):
    for item in items:
        yield item
        children = getattr(item, "children", None)
        if children:
            yield from _walk(children)


def folder_sections(nav) -> dict[str, object]:
    """Folder -> the section a page in that folder belongs to: the section of the folder's
    ``index.md`` when the navigation lists it (the index page's own parent)."""
    out: dict[str, object] = {}
    for item in _walk(nav.items):
        f = getattr(item, "file", None)
        if f is None or item.parent is None:
            continue
        folder, name = posixpath.split(f.src_uri)
        if name == "index.md" and folder:
            out.setdefault(folder, item.parent)
    return out


def place_pages(nav, files) -> list:
    """Give every documentation page the navigation does not list a parent section, by folder
    (the nearest folder upwards that has a listed index). Returns the pages placed."""
    sections = folder_sections(nav)
    listed = {id(p) for p in nav.pages}
    placed = []
    for f in files.documentation_pages():
        page = f.page
        if page is None or id(page) in listed or page.parent is not None:
            continue
        folder = posixpath.dirname(f.src_uri)
        while folder and folder not in sections:
            folder = posixpath.dirname(folder)
        if folder:
            page.parent = sections[folder]
            placed.append(page)
    return placed


def _date_key(page) -> str:
    d = (page.meta or {}).get("date")
    return str(d) if d else ""


def _index_key(page, folder: str) -> tuple[str, str, str]:
    """A page's place in its folder's index: the ``sort`` key of its front matter (a person page's
    surname, as the People index sorts), else a person's surname read from the title (the front matter
    adds the country, which tells a Chinese name from a Western one) or the title; ties by title."""
    title = page.title or ""
    sort = (page.meta or {}).get("sort")
    if not sort:
        sort = family_name(title) if folder == "people" else title
    return (str(sort).casefold(), title, page.file.src_uri)


def chain_neighbours(pages) -> None:
    """Previous/next within each folder among the placed pages: articles and events newest first (as
    the Articles and Events indexes list them), every other folder in its index's order (the ``sort``
    key a page's front matter gives, as person pages give the surname the People index sorts by;
    else by title)."""
    by_folder: dict[str, list] = defaultdict(list)
    for p in pages:
        if _CONTINUATION.fullmatch(posixpath.basename(p.file.src_uri)):
            continue  # page 2, 3, ... of an index: reached from the index itself
        by_folder[posixpath.dirname(p.file.src_uri)].append(p)
    for folder, group in by_folder.items():
        if folder == "articles":
            group.sort(key=lambda p: (_date_key(p), p.file.src_uri), reverse=True)
        elif folder == "events":  # by the event's date, then its id, newest first (the Events index's order)
            group.sort(key=lambda p: (_date_key(p), posixpath.splitext(posixpath.basename(p.file.src_uri))[0]),
                       reverse=True)
        else:  # by the page's key in its index when it gives one (a person: the surname), else by title
            group.sort(key=lambda p, f=folder: _index_key(p, f))
        for prev, nxt in zip(group, group[1:]):
            prev.next_page = nxt
            nxt.previous_page = prev


ADDRESS_MARK = '<span class="archive-address" data-archive-address></span>'


def fill_address(html: str, page, site_url: str) -> str:
    """Write the page's own address where the page asks for it ("Cite this"): the absolute
    address when the site's address is known (site_url), else the page's path in the archive."""
    if ADDRESS_MARK not in html:
        return html
    from html import escape

    url = page.canonical_url or ((site_url.rstrip("/") + "/" + page.url) if site_url else "")
    if url:
        repl = f'<a class="archive-address" href="{escape(url)}">{escape(url)}</a>'
    else:
        repl = f'<code class="archive-address">{escape(page.url)}</code>'
    return html.replace(ADDRESS_MARK, repl)

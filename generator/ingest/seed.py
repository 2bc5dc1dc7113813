"""One seed file -> its ``Article``: the reading (text file or saved page), the original address
with its precedence (a sidecar or a ``url:`` line over what a saved page declares), the content
hash and the article's fields, decided here once. The orchestrator reads no seed bytes; it only
tells duplicates apart across files and gives the final ids.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from generator.fileio import key as cache_key
from generator.ingest import provenance
from generator.model import Article, Parsed
from generator.text.slugs import slugify_id


@dataclass(frozen=True, slots=True)
class Seed:
    """A seed file read: its ``Article`` (None when the file has no body text), the reading it
    came from (its notes; duplicates are told apart on it), whether the address is recorded (a
    sidecar or a ``url:`` line) rather than only declared by a saved page, and a problem with the
    sidecar to report."""

    article: Article | None
    parsed: Parsed
    recorded: bool = False
    sidecar_problem: str | None = None


def read_seed(f: Path, rel: str, max_bytes: int, cache=None, registry=None) -> Seed:
    """Read the seed file ``f`` (named ``rel`` in messages and in the article's ``source_path``).
    ``cache`` (a ``generator.output.cache.Cache``): the reading of a file whose bytes are unchanged
    is taken from it. Raises ``reader.InputProblem`` for a file that cannot be read as an article.
    The article's id is the base made from the file's name; the build's id allocator makes it unique."""
    from generator.ingest import reader

    p = read_cached(f, max_bytes, cache, registry)
    if not p.body_lines or not has_article_text(p.body):
        return Seed(None, p)
    url, retrieved, recorded, problem = address(f, p)
    art = Article(
        id=slugify_id(f.stem, "article"), source_path=rel, lang=p.lang, title=p.title or "",
        title_generated=not p.title, date=p.date, author=p.author, source=p.source, body=p.body,
        source_encoding=p.encoding, content_hash=reader.content_hash(p), url=url, retrieved=retrieved,
        datelines=reader.datelines(p),
        source_written=written_form(p, "source"), author_written=written_form(p, "author"),
    )
    return Seed(art, p, recorded, problem)


MIN_WORDS = 15  # as for a saved page (htmlpage.MIN_WORDS)
_SENTENCE_END = re.compile(r"[.!?…][\"'»”’)\]]*\s*$")


def has_article_text(body: str) -> bool:
    """Whether the text read as a page's body holds an article: 15 words or more, or a sentence (a
    line of three words or more ending in '.', '!', '?' or '…'). A file of nothing but menus, a
    'Subscribe' line and a currency rate has none and is skipped, not made a page; a one-sentence
    brief is kept."""
    lines = [line.strip() for line in body.split("\n") if line.strip()]
    if sum(len(line.split()) for line in lines) >= MIN_WORDS:
        return True
    return any(len(line.split()) >= 3 and _SENTENCE_END.search(line) for line in lines)


def written_form(p: Parsed, name: str) -> str | None:
    """How the page wrote its source or author (``name``) when the value given is its Latin-script
    form ('Восточный военный вестник' for 'Vostochny voenny vestnik'); None when the page wrote it so, or
    when a later reading replaced the value (a saved page's declared site name)."""
    given, written = p.written.get(name, (None, None))
    return written if given is not None and given == getattr(p, name) and written != given else None


def read_cached(f: Path, max_bytes: int, cache=None, registry=None) -> Parsed:
    """``read_file``, from the cache when the file's bytes are unchanged. Problems
    (``InputProblem``) are never cached: they are raised again."""
    k = None
    if cache is not None and cache.enabled:
        k = ingest_key(f, max_bytes)
        if k is not None:
            hit = cache.get("ingest", k)
            if isinstance(hit, Parsed):
                return dataclasses.replace(hit, path=str(f))
    p = read_file(f, max_bytes, registry)
    if k is not None:
        cache.put("ingest", k, p)
    return p


def ingest_key(f: Path, max_bytes: int) -> str | None:
    """The cache key of a seed file's reading (None: a file the cache does not hold: a link, too big,
    unreadable). Keyed by the file's name and bytes, not its full path: the same seeds reached as
    "seeds/x.txt" or "/abs/seeds/x.txt" are the same articles. A saved page is read in the charset
    its sidecar records: that is part of the key."""
    if f.is_symlink():
        return None
    try:
        data = f.read_bytes() if f.stat().st_size <= max_bytes else None
    except OSError:
        data = None
    if data is None:
        return None
    side = provenance.read_sidecar(f)[0] if is_page(f) else None
    return cache_key("ingest", f.name, str(max_bytes), hashlib.sha256(data).hexdigest(),
                     (side.content_type if side else None) or "")


def read_file(f: Path, max_bytes: int, registry=None) -> Parsed:
    """A saved page through ``htmlpage``, anything else through ``reader`` (source decided there).
    A ``.txt`` file that holds a whole web page (its source saved as text: it opens with
    ``<!DOCTYPE html>`` or ``<html``) is read as the saved page it is, with a note."""
    if is_page(f) or holds_html(f):
        from generator.ingest.htmlpage import read_html_file

        p = read_html_file(f, max_bytes, registry)
        if not is_page(f):
            p = dataclasses.replace(p, notes=(f"holds a web page's HTML, so it was read as a saved page; "
                                              f"rename it {f.stem}.html", *p.notes))
        return p
    from generator.ingest import reader  # here: computing a seed's key needs none of the reading rules

    return reader.read_article_file(f, max_bytes, registry)


def address(f: Path, p: Parsed) -> tuple[str | None, str | None, bool, str | None]:
    """The article's original address, its retrieval time, whether the address is recorded (a
    sidecar ``NAME.EXT.json`` or a ``.txt`` seed's ``url:`` line) rather than only declared by a
    saved page (its canonical address, a browser's save mark), and a problem with the sidecar.
    See ``generator.ingest.provenance``."""
    prov, problem = provenance.read_sidecar(f)
    if prov is not None:
        return prov.url, prov.retrieved, True, problem
    return p.url, p.retrieved, bool(p.url) and not is_page(f), problem


_HTML_START = re.compile(rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>])",
                         re.IGNORECASE | re.DOTALL)


def holds_html(f: Path) -> bool:
    """Whether a file opens as a web page does (``<!DOCTYPE html>``, ``<html>``, after a BOM, an
    XML declaration or comments such as a browser's 'saved from url' mark)."""
    try:
        with f.open("rb") as fh:
            head = fh.read(2048)
    except OSError:
        return False
    head = head.removeprefix(b"\xef\xbb\xbf")
    return bool(_HTML_START.match(head))


def is_page(f: Path) -> bool:
    return f.suffix.lower() in (".html", ".htm")

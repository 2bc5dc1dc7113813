"""Read a saved web page (``seeds/*.html``): its main text and the metadata it declares.

trafilatura finds the article's text (menus, related lists, cookie banners, footers and every
script are left out: its output is plain text, so no markup of the page can reach the site) and
the metadata the page declares: author (``<meta name="author">``, JSON-LD), site name
(``og:site_name``, JSON-LD publisher) and canonical address (``<link rel="canonical">``,
``og:url``). The headline is only a declared one (``og:title``, ``twitter:title``, JSON-LD
``headline``, ``<title>`` without the site's name; never an ``<h1>``, often the site's logo).
htmldate's header stage reads the publication date from the page's metadata only
(``article:published_time``, date metas, JSON-LD ``datePublished``); a ``<time>`` counts only
when it is inside the extracted article and the text has no dateline. The language comes from
``<html lang>``, ``Content-Language``, ``og:locale`` or JSON-LD ``inLanguage``.

A table inside the article's main content is kept, one line per row (``table_lines``), and an
article split over several ``<article>`` blocks around an advertisement is read whole
(``continued_blocks``).

The text then goes through ``ingest.parse_text``, the same reading as a ``.txt`` article, and
what the page declares outranks what that reading guessed from the text: a declared headline,
metadata date, author, site name or language replaces the text's. A page in which trafilatura finds no
text raises ``InputProblem`` (the build skips it with a warning naming the file).
"""

from __future__ import annotations

import copy
import json
import logging
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from generator.ingest.pageblocks import drop_link_blocks
from generator.ingest.pagesite import header_date_line, header_time, institution_title, title_site
from generator.ingest.provenance import clean_url, is_home_page
from generator.ingest.draft import InputProblem, ParsedDraft, looks_like_agency, outlet_name
from generator.ingest.pagedates import settle_day_month
from generator.ingest.reader import parse_draft
from generator.ingest.sources import author_in_latin, source_in_latin
from generator.model import Parsed
from generator.text import textnorm
from generator.text.dates import date_only, parse_date

log = logging.getLogger(__name__)

for _noisy in ("trafilatura", "htmldate", "readability", "justext", "courlan"):
    logging.getLogger(_noisy).setLevel(logging.CRITICAL)


MIN_WORDS = 15  # fewer words than this is not an article ("Please enable JavaScript.")
MAX_TITLE = 300  # a declared headline longer than this is not a headline: the text's is used
MAX_SITENAME = 100


@dataclass(frozen=True, slots=True)
class PageMeta:
    """What a page declares about itself; None where it declares nothing."""

    title: str | None = None
    date: str | None = None  # ISO date from htmldate
    author: str | None = None
    sitename: str | None = None
    sitename_from_address: bool = False  # trafilatura fell back to the host name
    sitename_from_title: bool = False  # the site part of <title>, confirmed by the page (pagesite.title_site)
    canonical: str | None = None
    saved_from: str | None = None  # the address a browser's "Save page as" recorded in the file
    saved_at: str | None = None  # when, if the saver recorded it (SingleFile)
    lang: str | None = None  # "en" / "ru" / another ISO 639-1 code
    time_date: str | None = None  # a <time datetime> inside the extracted article (used if the text has no dateline)
    header_date: str | None = None  # a line holding only a date between the headline and the text (pagesite.header_date_line)
    owner: str | None = None  # the institution the page names as its owner (<title>'s site part, a '©' footer)


def json_ld_items(tree):
    """The objects of the page's JSON-LD blocks: a list, a ``@graph`` or one object each;
    a block that is not valid JSON is passed over."""
    for s in tree.iter("script"):
        if (s.get("type") or "").lower() != "application/ld+json" or not s.text:
            continue
        try:
            data = json.loads(s.text)
        except ValueError:
            continue
        items = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
        for item in items if isinstance(items, list) else []:
            if isinstance(item, dict):
                yield item


def read_html_file(path: Path, max_bytes: int, registry=None) -> Parsed:
    """Read a saved page. Raises InputProblem for a page that cannot be an article. The charset
    of the Content-Type its sidecar records (``generator add``) outranks the page's ``<meta>``."""
    from generator.ingest.provenance import read_sidecar

    data = textnorm.read_seed_bytes(path, max_bytes, "save only the article's page or raise the limit")
    prov, _ = read_sidecar(path)
    return parse_html(data, str(path), charset=sidecar_charset(prov.content_type if prov else None),
                      registry=registry)


def sidecar_charset(content_type: str | None) -> str | None:
    """'text/html; charset=UTF-8' -> 'utf-8'; None when it names no charset Python knows."""
    import codecs

    m = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]{2,40})", content_type or "", re.IGNORECASE)
    if not m:
        return None
    try:
        return codecs.lookup(m.group(1)).name
    except LookupError:
        return None


def parse_html(data: bytes | str, path: str = "<html>", charset: str | None = None, registry=None) -> Parsed:
    """The article in a page's bytes (or text), as ``Parsed`` with the declared metadata applied.
    ``charset``: the one the server declared (a sidecar's Content-Type), if known. ``registry``:
    the build's registry, for an official site's footer (as for a .txt article)."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if not raw.strip():
        raise InputProblem("is empty; save the page again or remove the file")
    why = textnorm.looks_binary(raw)
    if why:
        raise InputProblem(f"is {why}, not a web page; remove it from the seeds folder")
    raw, nul_notes = textnorm.drop_stray_nuls(raw)  # lxml refuses text with NULs in it
    html, encoding, notes = decode_page(raw, charset)
    notes[:0] = nul_notes
    try:
        text, meta = extract(html)
    except Exception as exc:  # a parser bug on a strange page is this page's problem, not the build's
        raise InputProblem(f"trafilatura could not read this page ({exc.__class__.__name__}: {exc}); "
                           "save the page again or copy its text into a .txt file") from exc
    words = len(text.split())
    if words < MIN_WORDS:
        found = f"only {words} word(s) of text" if words else "no article text"
        raise InputProblem(f"trafilatura found {found} in this page (an index page, a page built by "
                           "scripts, or not HTML); save the article's own page or copy its text into a .txt file")
    text, repaired = textnorm.repair_mojibake(text)
    if repaired:
        notes.append(f"mojibake repaired: {repaired}; the page declares the wrong character set")
    p = apply_declared(text, meta, path, encoding, registry=registry)
    p.notes[:0] = notes
    return p.freeze()


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE)


MAX_BAD_SHARE = 0.001  # a declared UTF-8 page with up to one invalid byte in a thousand is UTF-8 with damage


def _utf8_with_damage(raw: bytes) -> tuple[str, int] | None:
    """(text, invalid sequences replaced) when ``raw`` is UTF-8 but for a few bad bytes; else None."""
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - raw.count("\ufffd".encode("utf-8"))
    return (text, bad) if bad <= max(1, len(raw) * MAX_BAD_SHARE) else None


def _is_utf8(name: str) -> bool:
    return name.lower().replace("-", "").replace("_", "") in ("utf8", "unicode")


def decode_page(raw: bytes, charset: str | None = None) -> tuple[str, str, list[str]]:
    """(text, encoding, notes). In order: bytes that are valid UTF-8 (with non-ASCII in them) are
    UTF-8 whatever is declared; the charset the server declared (``charset``, from the sidecar's
    Content-Type), then the one the page declares in a ``<meta>``, when the bytes decode in it; a
    page declared UTF-8 with a few invalid bytes (at most one in a thousand) is read as UTF-8 with
    each bad sequence replaced by U+FFFD, and a note; otherwise the policy for text files (UTF-8,
    cp1251, charset-normalizer)."""
    import codecs

    m = _CHARSET.search(raw[:4096])
    meta = m.group(1).decode("ascii").lower() if m else None
    declared = [c for c in (charset, meta) if c]
    if declared and not raw.isascii():
        # Bytes that are valid UTF-8 with non-ASCII in them are UTF-8, whatever is declared
        # (a page re-saved as UTF-8 keeps its old charset meta; cp1251 text is almost never valid UTF-8).
        try:
            text = raw.decode("utf-8").lstrip("\ufeff")
        except UnicodeDecodeError:
            pass
        else:
            return text, "utf-8", ([] if _is_utf8(declared[0]) else
                                   [f"the page declares charset {declared[0]!r} but is UTF-8; read as UTF-8"])
    for name in declared:
        try:
            enc = codecs.lookup(name).name
        except LookupError:
            continue
        if enc == "utf-8":
            damaged = _utf8_with_damage(raw)
            if damaged:
                text, bad = damaged
                return text.lstrip("\ufeff"), "utf-8", ([
                    f"{bad} invalid UTF-8 byte sequence(s) replaced by \ufffd; the page is damaged, save it again"]
                    if bad else [])
            continue
        if enc in ("utf-16", "utf-16-le", "utf-16-be", "utf-32"):  # a meta cannot be read in those
            continue
        try:
            return raw.decode(enc).lstrip("\ufeff"), enc, []
        except UnicodeDecodeError:
            continue
    try:
        return textnorm.decode(raw)
    except textnorm.DecodeProblem as exc:
        raise InputProblem(f"{exc}; save the page as UTF-8") from exc


MAX_DEPTH = 200  # elements nested this deep: the page is flattened before reading (libxml2 stops at 255)
_OPEN_CLOSE = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)\b[^>]*>")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_BLOCK = frozenset("p div li h1 h2 h3 h4 h5 h6 tr section article blockquote ul ol table dd dt".split())


def tree_depth(tree) -> int:
    """The deepest nesting of elements in ``tree`` (one pass)."""
    from lxml import etree

    depth = deepest = 0
    for event, _ in etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


def flatten_deep(raw: str, limit: int = MAX_DEPTH // 2) -> str:
    """``raw`` without the tags that open past ``limit`` levels (and their closing tags); a block
    tag taken out leaves a ``<br>``, so its text stays a line of its own. All the text is kept.

    >>> flatten_deep("<div>" * 3 + "<p>a</p>" + "</div>" * 3, limit=1)
    '<div><br><br><br>a<br><br><br></div>'
    """
    out, at, stack, dropped = [], 0, [], {}
    for m in _OPEN_CLOSE.finditer(raw):
        closing, name = m.group(1) == "/", m.group(2).lower()
        if name in _VOID:
            continue
        keep = True
        if not closing:
            if len(stack) >= limit:
                keep = False
                dropped[name] = dropped.get(name, 0) + 1
            else:
                stack.append(name)
        elif dropped.get(name):  # the innermost tags were the ones dropped: they close first
            keep = False
            dropped[name] -= 1
        elif name in stack:
            while stack and stack.pop() != name:
                pass
        if not keep:
            out.append(raw[at:m.start()])
            out.append("<br>" if name in _BLOCK else "")
            at = m.end()
    out.append(raw[at:])
    return "".join(out)


def extract(raw: str) -> tuple[str, PageMeta]:
    """(main text, declared metadata) of a page. Text is '' when trafilatura finds none."""
    import htmldate
    import trafilatura

    saved_from, saved_at = saved_by_browser(raw)
    tree = trafilatura.load_html(raw)
    if tree is not None and tree_depth(tree) >= MAX_DEPTH:
        # lxml (libxml2) drops every element nested deeper than 255 levels, text and all (a page of
        # unclosed <div>s or <font>s): the wrappers past MAX_DEPTH are taken out and the page read again.
        tree = trafilatura.load_html(flatten_deep(raw))
    if tree is None:
        return "", PageMeta(saved_from=saved_from, saved_at=saved_at)
    lang = declared_language(tree)
    date = declared_date(tree)
    drop_link_blocks(tree)  # a 'Read also' / «Читайте также» box between the paragraphs is no text of the article
    doc = None
    for settings in ({"favor_precision": True}, {}):  # precise first; the default cascade as a fallback
        doc = trafilatura.bare_extraction(
            copy.deepcopy(tree), with_metadata=True, include_comments=False, include_tables=True,
            include_images=False, include_links=False, include_formatting=False, deduplicate=False,
            date_extraction_params={"extensive_search": False, "original_date": True}, **settings)
        if doc is not None and (doc.text or "").strip():
            break
    if doc is None:
        return "", PageMeta(date=date, lang=lang)
    text = table_lines(continued_blocks(tree, doc.text or ""))
    site = _clean(doc.sitename)
    canonical = article_address(doc.url)
    from_address = bool(site and canonical and "." in site and " " not in site
                        and site.casefold() in canonical.casefold())
    title = declared_title(tree, site)
    if site is None or from_address:
        # no og:site_name or publisher (trafilatura's fallback, the host name, is no name the page gives):
        # the site part of '<title>Headline | Outlet</title>', when the page confirms it (a ministry's name
        # there is the page's owner: declared_owner)
        from generator.ingest.reader import is_ministry_header

        named = _clean(title_site(tree, title, (saved_from, canonical)))
        if named and not is_ministry_header(named):
            site, from_address = named, False
            title = declared_title(tree, site)
    meta = PageMeta(title=title, date=date, author=_clean(doc.author), sitename=site,
                    sitename_from_address=from_address, sitename_from_title=site is not None and site != _clean(doc.sitename), canonical=canonical, lang=lang,
                    saved_from=saved_from, saved_at=saved_at,
                    time_date=article_time(tree, text) or header_time(tree, text),
                    header_date=header_date_line(tree, text),
                    owner=declared_owner(tree, lang or "en"))
    return text, meta


def declared_owner(tree, lang: str = "en") -> str | None:
    """The institution a page names as its owner where trafilatura keeps no text: the site part of its
    <title> when that is a ministry ('… | Ministry of Defence of Mongolia'), else a '©' line of its footer
    ('© 2025 Ministry of Defence of Mongolia. All rights reserved.'): a ministry by its English name
    ('Ministry of Defence of Mongolia'), another institution as written. None for an outlet's page."""
    from generator.ingest.draft import copyright_institution, ministry_name
    from generator.ingest.reader import is_ministry_header

    for t in tree.iter("title"):
        for part in _TITLE_SEPARATORS.split(" ".join((t.text_content() or "").split()))[1:] + \
                _TITLE_SEPARATORS.split(" ".join((t.text_content() or "").split()))[:1]:
            part = part.strip()
            if part and is_ministry_header(part):
                name = ministry_name(part, "", lang)
                if name:
                    return name
        whole = institution_title(t.text_content())
        if whole:  # 'Посольство … Эфиопия в Российской Федерации' -> 'Embassy of Ethiopia in Russia'
            return whole
        break
    for el in list(tree.iter("footer")) or [tree]:
        for line in (el.text_content() or "").splitlines():
            line = " ".join(line.split())
            if "©" in line or line.casefold().startswith("copyright"):
                got = copyright_institution(line, lang)
                if got:
                    return got
    return None


_TABLE_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_TABLE_RULE = re.compile(r"^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$")
#: A table cell longer than this is a layout table's (a page laid out in a grid): its cells are
#: paragraphs of their own, not the fields of one row.
MAX_CELL_WORDS = 25


def table_lines(text: str) -> str:
    """The rows of a table inside the article's main content (trafilatura writes them as
    '| Belarus | Viktor Khrenin | Minister of Defence |') as text lines: one line per row, its
    cells joined and the row closed as a sentence ('- Belarus; Viktor Khrenin; Minister of
    Defence.'), so that the names a table of
    delegations carries are read like the names of a list. The rule under the header row goes.
    A layout table (a cell of more than ``MAX_CELL_WORDS`` words) gives each cell a line of its own."""
    out = []
    for line in text.split("\n"):
        if _TABLE_RULE.match(line):
            continue
        m = _TABLE_ROW.match(line)
        if not m:
            out.append(line)
            continue
        cells = [c.strip() for c in m.group(1).split("|") if c.strip()]
        if not cells:
            continue
        if any(len(c.split()) > MAX_CELL_WORDS for c in cells):
            out.extend(cells)
        else:
            row = "; ".join(cells)
            out.append("- " + row + ("" if re.search(r"[.!?;:]$", row) else "."))
    return "\n".join(out)


_HEADING_TAGS = ("h1", "h2", "h3")


def continued_blocks(tree, text: str) -> str:
    """An article the page splits over several ``<article>`` blocks (an advertisement between its
    parts) read whole: after the block trafilatura took the text from, each following block of the
    same parent with the same class (or the same ``data-id``) and no headline of its own continues
    the article, its paragraphs appended in page order. A block with its own headline (a teaser of
    another article, a related list) ends the run, as does any other element with a heading or more
    than a few words of text: an advertisement, an aside or a figure between the parts is passed over."""
    blocks = [a for a in tree.iter("article") if not any(x.tag == "article" for x in a.iterancestors())]
    if len(blocks) < 2:
        return text
    source = next((a for a in blocks if _first_paragraph(a) and _first_paragraph(a) in text), None)
    if source is None:
        return text
    key = (source.get("class"), source.get("data-id") or source.get("data-article-id"))
    extra: list[str] = []
    sib = source.getnext()
    while sib is not None:
        if not isinstance(sib.tag, str):
            sib = sib.getnext()
            continue
        if sib.tag != "article":
            words = len("".join(sib.itertext()).split())
            if (sib.tag in ("aside", "figure", "script", "style", "ins", "iframe", "noscript")
                    or (words <= MAX_CELL_WORDS and not any(True for _h in sib.iter(*_HEADING_TAGS)))):
                sib = sib.getnext()
                continue  # the advertisement between the parts
            break
        same = (sib.get("class"), sib.get("data-id") or sib.get("data-article-id")) == key and any(key)
        if not same or any(True for _h in sib.iter(*_HEADING_TAGS)):
            break
        for para in sib.iter("p", "li", "blockquote"):
            t = " ".join("".join(para.itertext()).split())
            if t and t not in text:
                extra.append(("- " + t) if para.tag == "li" else t)
        sib = sib.getnext()
    return text + ("\n" + "\n".join(extra) if extra else "")


def _first_paragraph(block) -> str:
    for para in block.iter("p"):
        t = " ".join("".join(para.itertext()).split())
        if len(t.split()) >= 8:
            return t
    return ""


_DATE_KEYS = ("article:published_time", "og:published_time", "datepublished", "date", "dc.date",
              "dc.date.issued", "dcterms.date", "dcterms.created", "pubdate", "publishdate", "publish-date",
              "publication_date", "sailthru.date", "article.published", "parsely-pub-date", "citation_date",
              "citation_publication_date")
DATE_KEYS = _DATE_KEYS  # the publication-date tags read, by name (`generator explain` lists those it tried)


def declared_date(tree) -> str | None:
    """The publication date the page declares in its metadata: htmldate's header stage
    (``article:published_time``, ``<meta name="date">``, ``itemprop="datePublished"`` and the
    like) and JSON-LD ``datePublished``, without its search of the page's body (which would take
    any ``<time>`` of a sidebar or a related list)."""
    try:
        from htmldate.core import examine_header, json_search
        from htmldate.utils import Extractor
        from htmldate.validators import get_max_date, get_min_date

        # original=True: the publication date, not the last modification (in the header stage)
        opts = Extractor(False, get_max_date(None), get_min_date(None), True, "%Y-%m-%d")
        found = examine_header(tree, opts) or json_search(tree, opts)
        if found and not _made_up(found, tree):
            return found
    except ImportError:  # htmldate reorganised: read the common tags ourselves
        pass
    except Exception as exc:  # htmldate on a strange page: read the common tags ourselves
        log.debug("htmldate failed: %r", exc)
    # htmldate found nothing: its header stage rejects a stamp with fractional seconds
    # ('2024-05-21T09:40:00.000Z', as JavaScript's toISOString() and many CMSs write it), so the
    # common publication tags are read here, their first ten characters as an ISO date
    for m in tree.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").lower()
        if key in _DATE_KEYS and m.get("content"):
            d = parse_date(m.get("content")[:10], "en")
            if d is not None:
                return m.get("content")[:10]
    return None


def _made_up(found: str, tree) -> bool:
    """Whether htmldate's day is one it filled in: the page's date tags hold only a month
    ('2019-10', which htmldate reads as today's day of that month) or an impossible date
    ('31.02.2025', read as 1 February), and none of them is the full date found."""
    full, other = set(), False
    for m in tree.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").lower()
        if key in _DATE_KEYS and m.get("content"):
            d = parse_date(m.get("content")[:10], "en")
            if d is not None and d.day is not None:
                full.add(f"{d.year:04d}-{d.month:02d}-{d.day:02d}")
            else:
                other = True
    return other and found not in full


def article_time(tree, text: str) -> str | None:
    """The date of a ``<time datetime>`` inside the article trafilatura extracted: the text
    around it (its visible text, or that of the nearest enclosing element with other words in
    it; trafilatura may drop the ``<time>`` itself) is in the extracted text, and it is not in a
    ``<nav>``, ``<aside>`` or ``<footer>``. The article's date when its text has no dateline; a
    ``<time>`` of a sidebar or a related list is not in the extracted text and is never taken."""
    flat = " ".join(text.split()).casefold()
    if not flat:
        return None
    for t in tree.iter("time"):
        stamp = (t.get("datetime") or "").strip()
        if not re.match(r"\d{4}-\d{2}-\d{2}", stamp):
            continue
        if any(a.tag in ("nav", "aside", "footer") for a in t.iterancestors()):
            continue
        shown = " ".join(t.text_content().split()).casefold()
        found = len(shown) >= 6 and shown in flat
        for anc in ([] if found else t.iterancestors()):
            if anc.tag in ("body", "html"):
                break  # a page-wide element holds the article too: the <time> is beside the text, not in it
            around = " ".join(anc.text_content().casefold().replace(shown, " ").split()) if shown else \
                " ".join(anc.text_content().casefold().split())
            if len(around) >= 8:
                found = around[:60] in flat
                break
        if found:
            return stamp[:10]
    return None


_TITLE_SEPARATORS = re.compile(r"\s+[|–—:·•-]\s+|\s+::\s+")


def declared_title(tree, site: str | None) -> str | None:
    """The headline the page declares: ``og:title``, ``twitter:title``, JSON-LD ``headline``, then
    ``<title>`` with the site's name taken off its end (or start). Never an ``<h1>`` (often the
    site's logo). A title that is the site's name, part of it, or an outlet of
    ``data/sources.yaml`` is no headline, nor a ``<title>`` that is only a state body's name (an
    embassy's site: ``pagesite.institution_title``)."""
    found: list[tuple[str, bool]] = []  # (value, is <title>)
    for m in tree.iter("meta"):
        key = (m.get("property") or m.get("name") or "").lower()
        if key in ("og:title", "twitter:title"):
            found.append((m.get("content") or "", False))
    for item in json_ld_items(tree):
        if isinstance(item.get("headline"), str):
            found.append((item["headline"], False))
    for t in tree.iter("title"):
        found.append((t.text_content(), True))
        break
    for value, is_title_tag in found:
        v = _clean(value)
        if v and is_title_tag and institution_title(v):
            continue  # the <title> of an embassy's or a ministry's site is its own name on every page
        if v:  # '<title>' and og:title alike often end on the site's name: 'Talks in Rabat | Maghreb Defence'
            v = _strip_site(v, site)
        if v and not _is_site_name(v, site):
            return v
    return None


def _strip_site(title: str, site: str | None) -> str:
    """'Minister visits Baku | The Gazette' -> 'Minister visits Baku' (site 'The Gazette' or an outlet)."""
    parts = _TITLE_SEPARATORS.split(title)
    while len(parts) > 1 and _is_site_name(parts[-1], site):
        parts.pop()
    while len(parts) > 1 and _is_site_name(parts[0], site):
        parts.pop(0)
    return " - ".join(p.strip() for p in parts)


def _is_site_name(value: str, site: str | None) -> bool:
    v = " ".join(value.split()).casefold()
    if not v:
        return True
    if site and v in " ".join(site.split()).casefold():
        return True
    return outlet_name(value) is not None


def article_address(value: object) -> str | None:
    """A canonical address that can be an article's: http(s), and not a site's home page
    (``provenance.is_home_page``)."""
    url = clean_url(value)
    return None if url is None or is_home_page(url) else url


_TAG = re.compile(r"<[A-Za-z/!?]")


def _clean(value: object) -> str | None:
    """A metadata value as plain text. A value holding markup (an ``og:title`` with a
    ``<script>`` in it) is cleaned with lxml_html_clean and only its text kept."""
    if not isinstance(value, str):
        return None
    if _TAG.search(value):
        import lxml.html
        from lxml_html_clean import Cleaner

        try:
            frag = lxml.html.fragment_fromstring(value, create_parent="div")
            cleaner = Cleaner(scripts=True, javascript=True, style=True, comments=True, forms=True,
                              embedded=True, frames=True, meta=True, links=True, page_structure=False)
            value = cleaner.clean_html(frag).text_content()
        except Exception:  # unparseable markup: drop everything that looks like a tag
            value = re.sub(r"<[^>]*>?", " ", value)
    v = " ".join(textnorm.clean_inline(unicodedata.normalize("NFC", value)).split())
    return v or None


_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.IGNORECASE)
_SINGLEFILE = re.compile(r"<!--\s*Page saved with SingleFile\s+url:\s*(\S+)\s+saved date:\s*([^\n(]+?)\s*(?:\([^)]*\))?\s*-->",
                         re.IGNORECASE)


def saved_by_browser(html: str) -> tuple[str | None, str | None]:
    """(address, retrieval time) a browser or extension wrote into a saved page: the
    ``<!-- saved from url=(0042)https://… -->`` mark of Chrome and Internet Explorer, or
    SingleFile's ``<!-- Page saved with SingleFile url: https://… saved date: Tue May 14 2024
    09:30:00 GMT+0200 (…) -->``. Only the first 4,000 characters are looked at."""
    head = html[:4000]
    m = _SINGLEFILE.search(head)
    if m:
        url = clean_url(m.group(1))
        return url, (_singlefile_date(m.group(2)) if url else None)
    m = _SAVED_FROM.search(head)
    if m:
        return clean_url(m.group(1)), None
    return None, None


def _singlefile_date(text: str) -> str | None:
    import datetime as dt

    from generator.ingest.provenance import clean_retrieved

    t = re.sub(r"GMT([+-]\d{4})", r"\1", text.strip())
    for fmt in ("%a %b %d %Y %H:%M:%S %z", "%a %b %d %Y %H:%M:%S"):
        try:
            return clean_retrieved(dt.datetime.strptime(t, fmt).isoformat())
        except ValueError:
            continue
    return None


_LANG = re.compile(r"^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\s*$")


def declared_language(tree) -> str | None:
    """The page's declared language as a two-letter code: ``<html lang>``, ``xml:lang``, a
    ``Content-Language`` meta, ``og:locale`` or JSON-LD ``inLanguage``, in that order."""
    found = [tree.get("lang"), tree.get("{http://www.w3.org/XML/1998/namespace}lang")]
    for m in tree.iter("meta"):
        key = (m.get("http-equiv") or m.get("name") or m.get("property") or "").lower()
        if key in ("content-language", "language", "og:locale", "dc.language"):
            found.append(m.get("content"))
    for item in json_ld_items(tree):
        if isinstance(item.get("inLanguage"), str):
            found.append(item["inLanguage"])
    for v in found:
        if isinstance(v, str):
            m = _LANG.match(v.split(",")[0])
            if m:
                return m.group(1).lower()[:2]
    return None


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")


def _script_allows(lang: str, text: str) -> bool:
    """A declared language the text's letters contradict is not taken: a page declared 'ru'
    whose text is under a fifth Cyrillic (a site template's default), or 'en' with most letters
    Cyrillic."""
    cyr, lat = len(_CYRILLIC.findall(text)), len(_LATIN.findall(text))
    letters = cyr + lat
    if not letters:
        return True
    share = cyr / letters
    return share >= 0.2 if lang == "ru" else share < 0.5


def apply_declared(text: str, meta: PageMeta, path: str = "<html>", encoding: str = "utf-8",
                   registry=None) -> ParsedDraft:
    """Read ``text`` like any article (its headline, dateline and byline layouts are recognised
    and taken off the body), then let the page's declared metadata outrank what that reading
    guessed."""
    text = textnorm.clean_text(unicodedata.normalize("NFC", text))
    title = meta.title if meta.title and len(meta.title) <= MAX_TITLE else None
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if title:
        # trafilatura often keeps the page's <h1> as the first line: the headline is not body.
        while lines and _same(lines[0], title):
            lines.pop(0)
    # A site's logo kept as the first line (an <h1> holding the site's name) is neither headline nor body.
    while lines and meta.sitename and _same(lines[0], meta.sitename):
        lines.pop(0)
    # trafilatura gives one paragraph a line; a blank line between them, as in a saved .txt.
    p = parse_draft("\n\n".join(lines), path, encoding=encoding, registry=registry)
    p.recognizers.append("html_page")
    if title:
        p.title = title
        while p.body_lines and _same(p.body_lines[0], title):  # repeated under a dateline
            p.body_lines.pop(0)
    elif p.title and _is_site_name(p.title, meta.sitename):
        p.notes.append(f"the headline read from the text, {p.title!r}, is the site's name; the title is generated")
        p.title = None
    if meta.lang in ("en", "ru") and _script_allows(meta.lang, p.body):
        p.lang = meta.lang
    elif meta.lang and meta.lang not in ("en", "ru"):
        p.notes.append(f"the page declares language {meta.lang!r}; the archive reads English and Russian, "
                       f"so it is read as {p.lang!r}")
    # Only a date the page declares in its metadata outranks the text's dateline; a <time> of
    # the article itself is taken only when the text has none.
    for stamp, outranks in ((meta.date, True), (meta.time_date, False)):
        if stamp and (outranks or p.date is None):
            d = parse_date(stamp, p.lang)
            if d is not None:
                p.date, p.date_text = d, stamp
                p.why["date"] = (f"the page's metadata: {stamp!r}" if outranks
                                 else f"the article's <time> element (the text gives no date): {stamp!r}")
                if p.why.get("date_candidates"):
                    # the text's candidates stay listed for `generator explain`, none of them as the pick
                    p.why["date_candidates"] = (f"the page's metadata gave {d.iso()}, over the text's candidates: "
                                                + p.why["date_candidates"].replace(" (rules pick)", ""))
                break
    if p.date is None and meta.header_date:
        # the date line under the headline that trafilatura dropped with the rest of the article's header
        d = date_only(meta.header_date, p.lang) or date_only(meta.header_date, "ru" if p.lang == "en" else "en")
        if d is not None:
            p.date, p.date_text = d, meta.header_date
            p.why["date"] = f"the date line of the article's header, under its headline: {meta.header_date!r}"
    text_credit = credits_the_article(p)
    if meta.author:
        # 'Vafa Ismayilova; Trend': people are the author, an outlet among them the source
        # (unless the site names itself).
        people, agencies = [], []
        for part in re.split(r"\s*[;,/]\s*", byline_name(meta.author)):
            part = part.strip()
            if part:
                (agencies if looks_like_agency(part) else people).append(part)
        if agencies and not text_credit and (not meta.sitename or meta.sitename_from_address):
            p.source = outlet_name(agencies[0]) or agencies[0]
            p.why["source"] = f"the page's author metadata names an agency: {agencies[0]!r}"
        person = ", ".join(people)
        if person and len(person) <= 120:
            p.author = person
            p.why["author"] = ("the page's author metadata (<meta name=author>, JSON-LD author or a byline element): "
                               f"{meta.author!r}")
    # The outlet the text credits ('(Trend) –', '/TASS/', 'Report informs', a sign-off) is the
    # source, as it is for the same page saved as .txt: the site that republished the story and
    # names itself in og:site_name is only where it was read. The site's name is the source when
    # the text credits no one.
    if meta.sitename and len(meta.sitename) <= MAX_SITENAME and not text_credit and not (meta.sitename_from_address and p.source):
        p.source = outlet_name(meta.sitename) or meta.sitename
        p.why["source"] = (f"the site's name in the page's <title>, which the page confirms: {meta.sitename!r}"
                           if meta.sitename_from_title else f"the page's declared site name: {meta.sitename!r}")
    if p.source is None and meta.owner and not meta.sitename:
        # a ministry's page that names itself only in its <title> or its '©' footer, which the text drops
        p.source = meta.owner
        p.why["source"] = f"the page names its owner in its <title> or '©' footer: {meta.owner!r}"
    source_in_latin(p)  # the same spelling of an unlisted outlet as for a .txt page
    author_in_latin(p)  # and of a Cyrillic byline
    # Where the page was saved from outranks what it calls itself; a sidecar written by
    # `generator add` outranks both (build._address).
    saved_from = article_address(meta.saved_from)
    p.url = saved_from or meta.canonical
    p.retrieved = meta.saved_at if saved_from else None
    if p.url:
        settle_day_month(p, "\n\n".join(lines))  # the address's country may tell how the page writes its numeric dates
    if not p.body_lines:
        p.notes.append("has no body text after its header")
    return p


#: The words a byline element prints before the name, the complete class in English and Russian ('By',
#: 'Text:', 'Words by', 'Автор:', 'Текст:', 'Подготовила'); trafilatura keeps them, often without the colon.
_BYLINE_LABEL = re.compile(
    r"(?i)^\W*(?:(?:written|posted|reported|story|words|text|report|reporting|photos?\s+and\s+text)\s+by|by|text|words|"
    r"story|author|authors|reporter|correspondent|автор(?:ы|\s+текста)?|текст|корреспондент|подготовил[аи]?|"
    r"материал\s+подготовил[аи]?|записал[аи]?)\b\s*[:\-—–]?\s*")


def byline_name(value: str) -> str:
    """The names of a byline without the label printed before them ('Text: Somchai Rattanakul', 'Автор:
    Марина Коваль', 'By Jane Roe'); the value as it is when no name follows the label."""
    rest = _BYLINE_LABEL.sub("", value, count=1).strip()
    return rest if rest and rest[0].isupper() else value


_PHOTO_CREDIT = re.compile(r"^\W*(?:photo|photos|image|picture|pictured|фото|фотография|снимок|кадр)\b", re.IGNORECASE)


def credits_the_article(p: ParsedDraft) -> bool:
    """Whether the outlet the text reading found speaks for the article (a dateline's agency, an
    attribution, a byline) rather than for a photo or the page's furniture: the reading's last resorts, a
    caption or photo credit ('Photo: Reuters', 'Фото: РИА Новости') and a chrome line, give way to the
    site the page declares (og:site_name, JSON-LD publisher), as a photo agency is not the publisher."""
    if p.source is None:
        return False
    m = re.match(r"line (\d+):", p.why.get("source", ""))
    line = next((ln for ln in p.lines if m and ln.number == int(m.group(1))), None)
    if line is None:
        return True
    return line.label not in ("caption", "chrome") and not _PHOTO_CREDIT.match(line.text)


def _same(a: str, b: str) -> bool:
    norm = lambda s: re.sub(r"\W+", " ", s).strip().casefold()  # noqa: E731
    return norm(a) == norm(b)

"""Scraped text into Markdown that renders as that same text and nothing else.

Every ASCII punctuation character becomes a numeric character reference (``<`` -> ``&#60;``).
Python-Markdown passes references through, the browser shows the character, and no Markdown
or HTML syntax (headings, lists, links, raw HTML, attribute lists, snippets, math, Jinja) can
form, whatever extensions are on. Measured safe in ``../shared/BAD_INPUTS.md``; the property
tests in ``tests/test_escape.py`` hold it to that.
"""

from __future__ import annotations

import html
import re
import string

_TABLE = {ord(c): f"&#{ord(c)};" for c in string.punctuation}


def md_text(text: str) -> str:
    """Inline text for a Markdown page: punctuation as references, whitespace folded."""
    return " ".join(text.split()).translate(_TABLE)


def md_chunk(text: str) -> str:
    """A piece of a paragraph (between two links): escaped like ``md_text``, runs of white space
    folded to one space, but a space at either end kept, so the pieces join as they stood."""
    return re.sub(r"\s+", " ", text).translate(_TABLE)


def md_paragraphs(text: str) -> str:
    """Paragraphs separated by blank lines, each escaped."""
    return "\n\n".join(md_text(p) for p in text.split("\n\n") if p.strip())


def attr(text: str) -> str:
    """For values that the theme prints raw into HTML (title, description, author)."""
    return html.escape(" ".join(text.split()), quote=True)


def unattr(text: str) -> str:
    return html.unescape(text)

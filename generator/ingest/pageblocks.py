"""Blocks of a saved page that are links to other articles, whatever element holds them.

A "Read also" / «Читайте также» block set in the middle of an article's text (a paragraph or a box
between two paragraphs, holding a label and the titles of other articles as links) is no part of the
article: left in, its titles read as a paragraph of the text and the countries and people they name as
the article's. ``drop_link_blocks`` takes such blocks out of the page before its text is extracted.

A block is one when (1) its text opens with a label of the closed class sites use to point at other
articles (English and Russian), set off by a colon, a dash or its own element (``<b>Read also</b>``), and
(2) what follows the label is mostly the text of links (a sentence that merely starts with "See also"
and links one word is kept), and (3) it is short (a few titles, not an article).
"""

from __future__ import annotations

import re

#: The labels of a block of links to other articles: the complete class as news sites print them.
_LABELS = (
    r"read\s+(?:also|more|next)|also\s+read|see\s+also|related(?:\s+(?:articles?|stories|news|content|coverage|reading))?|"
    r"more\s+on\s+(?:this|the)\s+(?:topic|subject|story)|more\s+(?:news|stories)|recommended(?:\s+for\s+you)?|"
    r"you\s+may\s+also\s+like|you\s+might\s+also\s+like|don'?t\s+miss|further\s+reading|"
    r"читайте\s+(?:также|тоже|ещ[её])|также\s+читайте|ещ[её]\s+по\s+теме|смотрите\s+также|см\.\s*также|"
    r"(?:материалы\s+|новости\s+)?по\s+теме|рекомендуем(?:\s+прочитать)?|это\s+интересно|не\s+пропустите|"
    r"похожие\s+(?:новости|материалы|статьи)|другие\s+(?:новости|материалы)")
_LABEL = re.compile(rf"(?i)^\W*(?:{_LABELS})\s*(?:[:—–\-»>]|$)")
_BLOCK_TAGS = ("p", "div", "section", "aside", "blockquote", "ul", "ol")
_MAX_CHARS = 600  # a few titles; longer is an article or a part of one
_LINK_SHARE = 0.6  # of the text after the label that is the text of links


def _flat(s: str | None) -> str:
    return " ".join((s or "").split())


def _label_end(el) -> int | None:
    """The length of the label the element's text opens with, or None when it opens with none: the
    label in the element's own first text, or the whole text of its first child (``<b>Read also</b>``)."""
    own = _flat(el.text)
    if own:
        m = _LABEL.match(own)
        return m.end() if m else None
    first = next((c for c in el if isinstance(c.tag, str)), None)
    if first is None:
        return None
    head = _flat(first.text_content())
    m = _LABEL.match(head)
    if first.tag == "a":  # the whole block one link, its label inside it ('<a>Читайте также: …</a>')
        return m.end() if m and m.end() < len(head) else None
    return len(head) if m and (m.end() == len(head) or head[m.end():].strip() == "") else None


def is_link_block(el) -> bool:
    """Whether ELEMENT is a labelled block of links to other articles (see the module's docstring)."""
    text = _flat(el.text_content())
    if not text or len(text) > _MAX_CHARS:
        return False
    end = _label_end(el)
    if end is None:
        return False
    rest = re.sub(r"\W+", "", text[end:])
    if not rest:
        return False
    links = re.sub(r"\W+", "", "".join(_flat(a.text_content()) for a in el.iter("a")))
    return len(links) >= _LINK_SHARE * len(rest)


def drop_link_blocks(tree) -> int:
    """Take every labelled block of links to other articles out of TREE (its tail text stays). Gives how
    many were taken out."""
    dropped = 0
    for el in list(tree.iter(*_BLOCK_TAGS)):
        if el.getparent() is None or not is_link_block(el):
            continue
        parent = el.getparent()
        if el.tail and el.tail.strip():
            prev = el.getprevious()
            if prev is not None:
                prev.tail = (prev.tail or "") + el.tail
            else:
                parent.text = (parent.text or "") + el.tail
        parent.remove(el)
        dropped += 1
    return dropped

"""Safe, bounded, stable slugs for file names and URLs.

Cyrillic is transliterated with iuliia (the Wikipedia scheme) before python-slugify runs, so a
change of slugify's own Unidecode backend cannot change a URL. Slugs are capped at
``MAX_BYTES`` bytes, never empty (``<prefix>-<hash>``), never a Windows device name.

A slug that fits is the whole text. A longer one is cut in the middle, not at the end (``_fit``): what tells
two long names apart is most often at their end (the year a plan covers, the topic of a memorandum), and a
cut there gave next year's plan this year's address.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

MAX_BYTES = 80
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
_CYR = re.compile("[\u0400-\u04ff]")
# Small function words a long slug drops first (English, and Russian as transliterated): 'plan-for-2026'
# reads 'plan-2026'. Never the first or the last word.
_SMALL = frozenset("a an the of for on in at to and or with between by from "
                   "na i v vo po s so o ob ob ot dlya mezhdu k ko pri".split())
_YEAR = re.compile(r"(?:19|20)\d\d")


def short_hash(text: str, n: int = 8) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:n]


def slugify_id(text: str, fallback_prefix: str = "item", max_bytes: int = MAX_BYTES) -> str:
    from slugify import slugify

    raw = unicodedata.normalize("NFC", str(text))
    src = raw
    if _CYR.search(src):
        import iuliia

        src = iuliia.WIKIPEDIA.translate(src)
    slug = slugify(src, lowercase=True)
    slug = re.sub(r"[^a-z0-9-]+", "", slug).strip("-")
    slug = re.sub(r"-{2,}", "-", slug)
    if len(slug.encode()) > max_bytes:
        slug = "-".join(_fit(slug.split("-"), max_bytes))
    if len(slug.encode()) > max_bytes:  # one word longer than the bound
        slug = slug[:max_bytes].rstrip("-")
    if not slug:
        return f"{fallback_prefix}-{short_hash(raw)}"
    if slug.split(".")[0] in _RESERVED:
        slug = f"{slug}-1"
    return slug


def _size(words) -> int:
    return len("-".join(words).encode())


def _fit(words: list[str], max_bytes: int) -> list[str]:
    """The words of a slug too long for ``max_bytes``, cut so that its start and its end both stay: first the
    small function words inside it go, from the end, as few as need to; then words from the middle. The end kept is the last year and the word
    before it ('plan-2026') with what follows, else the last two words; when that is long, its year and its
    last words, within half the bound (or what the start leaves); then as many words of the start as fit."""
    ws = list(words)
    for i in range(len(ws) - 2, 0, -1):  # as few as need to go, the last first ('plan-for-2026': 'plan-2026')
        if ws[i] in _SMALL:
            del ws[i]
            if _size(ws) <= max_bytes:
                return ws
    years = [i for i, w in enumerate(ws) if i > 0 and _YEAR.fullmatch(w)]
    year = years[-1] if years else None
    start = max(1, year - 1 if year is not None else len(ws) - 2)
    tail = ws[start:]
    budget = max(max_bytes // 2, max_bytes - _size(ws[:start]) - 1)
    if _size(tail) > budget:  # a long end: up to its year, then its last words
        first = ws[start:year + 1] if year is not None else []
        keep: list[str] = []
        for w in reversed(ws[len(first) + start:]):
            if _size(first + [w] + keep) > budget:
                break
            keep.insert(0, w)
        tail = first + keep if first + keep and _size(first + keep) <= budget else ws[-1:]
    head: list[str] = []
    for w in ws[:start]:
        if _size(head + [w] + tail) > max_bytes:
            break
        head.append(w)
    return head + tail if head else ws

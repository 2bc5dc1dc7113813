"""Safe, bounded, stable slugs for file names and URLs.

Cyrillic is transliterated with iuliia (the Wikipedia scheme) before python-slugify runs, so a
change of slugify's own Unidecode backend cannot change a URL. Slugs are capped at
``MAX_BYTES`` bytes, never empty (``<prefix>-<hash>``), never a Windows device name.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

MAX_BYTES = 80
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
_CYR = re.compile("[\u0400-\u04ff]")


def short_hash(text: str, n: int = 8) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:n]


def slugify_id(text: str, fallback_prefix: str = "item", max_bytes: int = MAX_BYTES) -> str:
    from slugify import slugify

    raw = unicodedata.normalize("NFC", str(text))
    src = raw
    if _CYR.search(src):
        import iuliia

        src = iuliia.WIKIPEDIA.translate(src)
    slug = slugify(src, max_length=max_bytes, word_boundary=True, save_order=True, lowercase=True)
    slug = re.sub(r"[^a-z0-9-]+", "", slug).strip("-")
    slug = re.sub(r"-{2,}", "-", slug)
    if len(slug.encode()) > max_bytes:
        slug = slug[:max_bytes].rstrip("-")
    if not slug:
        return f"{fallback_prefix}-{short_hash(raw)}"
    if slug.split(".")[0] in _RESERVED:
        slug = f"{slug}-1"
    return slug

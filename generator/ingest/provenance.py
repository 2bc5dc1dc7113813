"""Where an article came from: its original address and when it was retrieved.

Three places can say it, read in this order (the first that gives an address wins):

1. a sidecar ``NAME.EXT.json`` beside the seed (``generator add`` writes one for every page it
   fetches): ``{"url": …, "requested": …, "retrieved": "2024-05-01T09:30:00Z", …}``;
2. a ``.txt`` seed's first lines ``url: https://…`` and, optionally, ``retrieved: 2024-05-01``
   (both removed from the text before it is read, so every other layout is unchanged);
3. for a saved page, the address a browser wrote into it when saving it (``<!-- saved from
   url=(…)… -->``, SingleFile's ``url:`` and ``saved date:``), then the page's own canonical
   address (``<link rel="canonical">``, ``og:url``); see ``generator.ingest.htmlpage``.

Only ``http`` and ``https`` addresses with a host are kept: anything else (``javascript:``,
``data:``, a relative path, an address with spaces or control characters) is dropped, so an
address can always be shown as a link. This module reads nothing but what it is given and
the sidecar files.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

SIDECAR_SUFFIX = ".json"  # seeds/NAME.html -> seeds/NAME.html.json
MAX_URL = 2000

_HEADER_URL = re.compile(r"^\s*url:\s*(\S+)\s*$", re.IGNORECASE)
_HEADER_RETRIEVED = re.compile(r"^\s*retrieved:\s*(\S+)\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Provenance:
    url: str | None = None
    retrieved: str | None = None  # ISO 8601: a date or a UTC date-time ending in Z
    origin: str = ""  # where it was read: "sidecar", "header", "canonical"
    also: tuple[str, ...] = ()  # a sidecar's other addresses of the same page (requested, canonical)
    content_type: str | None = None  # a sidecar's HTTP Content-Type


def clean_url(value: object, for_link: bool = False) -> str | None:
    """An absolute http(s) address, or None: the one sanitiser of addresses (``render.link_target``
    is this with ``for_link``). Whitespace inside, control characters, other schemes,
    user:password@ parts and over-long addresses are refused; the fragment is dropped.
    ``for_link``: the host in its ASCII (IDNA) form and ``(``, ``)`` escaped too, so that the
    address is safe as a Markdown link target and in an HTML attribute."""
    if not isinstance(value, str):
        return None
    v = value.strip()
    if not v or len(v) > MAX_URL or any(c.isspace() or ord(c) < 32 or ord(c) == 127 for c in v):
        return None
    try:
        parts = urlsplit(v)
        port = parts.port  # raises on a bad port
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname or "@" in parts.netloc:
        return None
    if any(c in v for c in '<>"\\`{}|^'):
        return None
    host = parts.hostname.lower()
    if for_link:
        try:
            host = host.encode("idna").decode("ascii")  # сайт.example -> xn--80aswg.example
        except UnicodeError:
            return None
    if ":" in host:  # an IPv6 address keeps its brackets
        host = f"[{host}]"
    netloc = host if port is None else f"{host}:{port}"
    # Non-ASCII and unsafe characters of the path and query as %XX (existing escapes kept).
    safe = "/%:@!$&'*+,;=-._~" + ("" if for_link else "()")
    path = quote(parts.path or "/", safe=safe)
    query = quote(parts.query, safe="?" + safe)
    return urlunsplit((parts.scheme.lower(), netloc, path, query, ""))


def is_home_page(url: str) -> bool:
    """A site's home page ('https://x.example/'): some sites declare it as every page's canonical
    address, so it never identifies an article."""
    parts = urlsplit(url)
    return parts.path in ("", "/") and not parts.query


def url_key(url: str) -> str:
    """The form two addresses are compared in: scheme-less, default port and ``www.`` dropped,
    trailing slash dropped. 'https://www.x.org/a/' and 'http://x.org/a' are the same page."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    port = parts.port
    if port in (80, 443):
        port = None
    path = parts.path.rstrip("/") or "/"
    q = f"?{parts.query}" if parts.query else ""
    return f"{host}{'' if port is None else f':{port}'}{path}{q}"


def clean_retrieved(value: object) -> str | None:
    """An ISO date ('2024-05-01') or date-time ('2024-05-01T09:30:00Z'), as UTC; else None."""
    if not isinstance(value, str) or not value.strip():
        return None
    v = value.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
            return _dt.date.fromisoformat(v).isoformat()
        t = _dt.datetime.fromisoformat(v.replace("Z", "+00:00"))
    except ValueError:
        return None
    if t.tzinfo is None:
        t = t.replace(tzinfo=_dt.timezone.utc)
    return t.astimezone(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def now_utc() -> str:
    return _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def take_text_header(text: str) -> tuple[str, Provenance | None, list[str]]:
    """A ``.txt`` article's ``url: https://…`` first line (and an optional ``retrieved: …`` line
    right after it) taken off the text. Returns (text without them, provenance, notes).

    Only the very first non-blank line is looked at, so no other layout can be mistaken for it.
    A ``url:`` line with an address that is not http(s) is removed too, with a note."""
    lines = text.split("\n")
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    if i >= len(lines):
        return text, None, []
    m = _HEADER_URL.match(lines[i])
    if not m:
        return text, None, []
    notes = []
    url = clean_url(m.group(1))
    if url is None:
        notes.append(f"the 'url:' line holds {m.group(1)[:80]!r}, which is not an http(s) address; it is ignored")
    j = i + 1
    retrieved = None
    if j < len(lines):
        r = _HEADER_RETRIEVED.match(lines[j])
        if r:
            retrieved = clean_retrieved(r.group(1))
            if retrieved is None:
                notes.append(f"the 'retrieved:' line holds {r.group(1)[:40]!r}, which is not an ISO date; it is ignored")
            j += 1
    rest = "\n".join(lines[j:])
    return rest, (Provenance(url, retrieved, "header") if url else None), notes


def sidecar_path(seed: Path) -> Path:
    return seed.with_name(seed.name + SIDECAR_SUFFIX)


def read_sidecar(seed: Path) -> tuple[Provenance | None, str | None]:
    """The sidecar of ``seed``, when there is one: (provenance, problem). A sidecar that is not
    a JSON object with an http(s) ``url`` gives a problem to report, never an exception."""
    side = sidecar_path(seed)
    if not side.is_file() or side.is_symlink():
        return None, None
    try:
        data = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        return None, f"{side.name} is not readable JSON ({exc}); fix or delete it"
    if not isinstance(data, dict):
        return None, f"{side.name} is not a JSON object; it should hold {{\"url\": …, \"retrieved\": …}}"
    url = clean_url(data.get("url"))
    if url is None:
        return None, f"{side.name}: field 'url' is missing or not an http(s) address; fix or delete the file"
    retrieved = clean_retrieved(data.get("retrieved"))
    also = tuple(u for u in (clean_url(data.get("requested")), clean_url(data.get("canonical")))
                 if u and not is_home_page(u))
    ctype = data.get("content_type") if isinstance(data.get("content_type"), str) else None
    if retrieved is None and data.get("retrieved") is not None:
        return Provenance(url, None, "sidecar", also, ctype), (f"{side.name}: field 'retrieved' is {str(data.get('retrieved'))[:40]!r}, "
                                                  "not an ISO date or date-time (2024-05-01T09:30:00Z); it is ignored")
    return Provenance(url, retrieved, "sidecar", also, ctype), None


def write_sidecar(seed: Path, record: dict) -> Path:
    from generator.fileio import atomic_write

    side = sidecar_path(seed)
    atomic_write(side, (json.dumps(record, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8"))
    return side


def known_addresses(seeds_dir: Path) -> dict[str, str]:
    """url_key -> seed file name, for every address the seeds folder already records: sidecars
    (their ``url``, ``requested`` and ``canonical``) and the ``url:`` lines of ``.txt`` seeds."""
    out: dict[str, str] = {}
    for side in sorted(seeds_dir.glob(f"*{SIDECAR_SUFFIX}")):
        seed = side.with_name(side.name[: -len(SIDECAR_SUFFIX)])
        if not seed.is_file():
            continue  # a sidecar left behind by a deleted page records nothing
        prov, _ = read_sidecar(seed)
        if prov is None:
            continue
        for u in (prov.url, *prov.also):
            out.setdefault(url_key(u), seed.name)
    for txt in sorted(seeds_dir.glob("*.txt")):
        try:
            with txt.open("rb") as fh:
                head = fh.read(4096).decode("utf-8", "replace").lstrip("\ufeff")
        except OSError:
            continue
        _, prov, _ = take_text_header(head.replace("\r\n", "\n"))
        if prov and prov.url:
            out.setdefault(url_key(prov.url), txt.name)
    return out

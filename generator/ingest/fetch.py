"""``generator add URL…``: fetch article pages into the seeds folder, with their provenance.

Each page is fetched with httpx under limits: http and https only (every redirect hop is checked
too; a redirect from a global host into a loopback, private or link-local network is refused), at
most ``max_redirects`` redirects, ``timeout`` seconds for the whole fetch (checked before each hop
and while the body is read; each network wait gets the time left), at most
``max_bytes`` bytes of (decompressed) body, an HTML content type. It is saved byte for byte as
the server sent it (after HTTP compression is undone), as ``seeds/NAME.html``, and its provenance beside it as
``seeds/NAME.html.json``::

    {"url": "https://final.address/after/redirects", "requested": "https://the.address/given",
     "canonical": "https://the.page/declares", "retrieved": "2024-05-01T09:30:00Z",
     "status": 200, "content_type": "text/html; charset=utf-8", "bytes": 48213,
     "sha256": "…", "redirects": ["https://the.address/given"]}

An address the seeds folder already records (a sidecar's ``url``, ``requested`` or
``canonical``, or a ``.txt`` seed's ``url:`` line; compared without ``www.``, scheme, default
port and trailing slash) is not fetched again, and a page whose final or canonical address is
already recorded is not saved again: one address, one article. A page in which trafilatura finds
no article text is not saved. Nothing here runs during ``generator build``.
"""

from __future__ import annotations

import hashlib
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from generator.errors import GeneratorError
from generator.ingest.provenance import clean_url, known_addresses, now_utc, sidecar_path, url_key, write_sidecar
from generator.text.slugs import short_hash, slugify_id

USER_AGENT = "defence-diplomacy-archive/0.1 (generator add; one page per request)"
HTML_TYPES = ("text/html", "application/xhtml+xml")
REDIRECTS = (301, 302, 303, 307, 308)


class FetchProblem(GeneratorError):
    """A page that could not be fetched; the message says why and what to do."""


@dataclass
class Fetched:
    requested: str
    url: str  # the final address, after redirects
    status: int
    content_type: str
    body: bytes
    redirects: list[str] = field(default_factory=list)  # the addresses that redirected
    retrieved: str = ""


@dataclass
class AddResult:
    url: str
    outcome: str  # added | already | failed
    file: str | None = None
    message: str = ""

    def __str__(self) -> str:
        where = f" -> {self.file}" if self.file else ""
        return f"{self.outcome}: {self.url}{where}{': ' + self.message if self.message else ''}"


def fetch(url: str, timeout: float = 20.0, max_bytes: int = 2_000_000, max_redirects: int = 5,
          transport=None) -> Fetched:
    """GET one page under the limits above. Raises FetchProblem."""
    import httpx

    start = clean_url(url)
    if start is None:
        raise FetchProblem("is not an http or https address; give the page's full address (https://…)")
    deadline = time.monotonic() + timeout

    def left() -> float:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchProblem(f"took longer than {timeout:g} s (--timeout); not saved")
        return remaining

    current, hops = start, []
    with httpx.Client(timeout=timeout, follow_redirects=False, transport=transport,
                      headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"}) as client:
        while True:
            try:
                # Every hop gets only what is left of the page's time, for each network wait.
                with client.stream("GET", current, timeout=httpx.Timeout(left())) as resp:
                    if resp.status_code in REDIRECTS:
                        loc = resp.headers.get("location")
                        nxt = clean_url(urljoin(current, loc)) if loc else None
                        if nxt is None:
                            raise FetchProblem(f"{current} redirects to {loc!r}, which is not an http(s) address; not followed")
                        hops.append(current)
                        if len(hops) > max_redirects:
                            raise FetchProblem(f"more than {max_redirects} redirects (last to {nxt}); not followed further")
                        if crosses_into_private(current, nxt):
                            raise FetchProblem(f"{current} redirects to {nxt}, a local or private network address; "
                                               "not followed (add a local page by its own address if you mean it)")
                        current = nxt
                        continue
                    if resp.status_code != 200:
                        raise FetchProblem(f"the server answered {resp.status_code} {resp.reason_phrase} for {current}; "
                                           "check the address")
                    ctype = resp.headers.get("content-type", "")
                    if ctype and ctype.split(";")[0].strip().lower() not in HTML_TYPES:
                        raise FetchProblem(f"is {ctype.split(';')[0]!r}, not a web page; only HTML pages can be added")
                    declared = resp.headers.get("content-length", "")
                    if declared.isdigit() and int(declared) > max_bytes:
                        raise FetchProblem(f"is {int(declared):,} bytes, over the {max_bytes:,}-byte limit (--max-bytes)")
                    body = bytearray()
                    for chunk in resp.iter_bytes():
                        body += chunk
                        if len(body) > max_bytes:
                            raise FetchProblem(f"is over the {max_bytes:,}-byte limit (--max-bytes); not saved")
                        left()
                    return Fetched(start, current, resp.status_code, ctype, bytes(body), hops, now_utc())
            except httpx.InvalidURL as exc:  # httpx reads a redirect's Location before we can
                raise FetchProblem(f"{current} redirects to an address that is not an http(s) address ({exc}); "
                                   "not followed") from exc
            except httpx.TimeoutException as exc:
                raise FetchProblem(f"no answer within {timeout:g} s (--timeout): {exc.__class__.__name__}") from exc
            except httpx.HTTPError as exc:
                raise FetchProblem(f"could not be fetched ({exc.__class__.__name__}: {exc})") from exc
            except UnicodeError as exc:  # an empty or over-long label in the host name ('a..b'): the IDNA codec refuses it
                raise FetchProblem(f"the host name of {current} is not a valid one ({exc}); check the address") from exc


def host_addresses(host: str) -> list[str]:
    """The IP addresses a host name resolves to (the host itself when it is an IP address);
    [] when it does not resolve."""
    import ipaddress
    import socket

    try:
        return [str(ipaddress.ip_address(host.strip("[]")))]
    except ValueError:
        pass
    try:
        return sorted({info[4][0] for info in socket.getaddrinfo(host, None)})
    except (OSError, UnicodeError):
        return []


def _is_global(url: str) -> bool | None:
    """Whether every address of the URL's host is a global one; None when it does not resolve."""
    import ipaddress

    addrs = host_addresses(urlsplit(url).hostname or "")
    if not addrs:
        return None
    return all(ipaddress.ip_address(a.split("%")[0]).is_global for a in addrs)


def crosses_into_private(current: str, nxt: str) -> bool:
    """A redirect from a host on the public internet to a loopback, private, link-local or other
    non-global address (after DNS resolution): never followed. A page the user asked for on a
    local address may redirect within local addresses."""
    if urlsplit(current).hostname == urlsplit(nxt).hostname:
        return False
    return _is_global(current) is True and _is_global(nxt) is False


def seed_name(url: str, seeds_dir: Path) -> Path:
    """seeds/<host-and-path slug>.html; a short hash of the address when the name is taken."""
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    # /новости/визит is stored as /%D0%BD…: the name is made from the letters, not the escapes.
    path = re.sub(r"\.(?:s?html?|php\d?|aspx?|jsp|cgi)$", "", unquote(parts.path), flags=re.IGNORECASE)  # a.html -> a
    stem = slugify_id(f"{host} {path} {unquote(parts.query)}", "page", max_bytes=70)
    path = seeds_dir / f"{stem}.html"
    if path.exists() or path.with_name(path.name + ".json").exists():
        path = seeds_dir / f"{stem}-{short_hash(url, 8)}.html"
    return path


def add(urls: list[str], seeds_dir: Path, timeout: float = 20.0, max_bytes: int = 2_000_000,
        max_redirects: int = 5, transport=None) -> list[AddResult]:
    """Fetch each address into ``seeds_dir``; one result per address, in order. A file-system
    error (a full disk, a read-only folder) fails that address with a message saying what to
    do; the others are still tried."""
    from generator.fileio import describe_os_error

    seeds_dir = Path(seeds_dir)
    try:
        seeds_dir.mkdir(parents=True, exist_ok=True)
        known = known_addresses(seeds_dir)
    except OSError as exc:
        msg = describe_os_error(exc, seeds_dir, seeds_dir, "read or create the seeds folder")
        return [AddResult(raw, "failed", message=msg) for raw in urls]
    results = []
    for raw in urls:
        url = clean_url(raw)
        if url is None:
            results.append(AddResult(raw, "failed", message="not an http or https address; give the page's full address (https://…)"))
            continue
        try:
            results.append(_add_one(url, seeds_dir, known, timeout, max_bytes, max_redirects, transport))
        except OSError as exc:
            where = exc.filename or seeds_dir
            results.append(AddResult(url, "failed", message=describe_os_error(exc, where, seeds_dir, "save the page")
                                     + " Nothing was saved for this address."))
    return results


def _add_one(url: str, seeds_dir: Path, known: dict[str, str], timeout: float, max_bytes: int,
             max_redirects: int, transport) -> AddResult:
    if url_key(url) in known:
        return AddResult(url, "already", known[url_key(url)], "this address is already in the seeds; not fetched again")
    try:
        got = fetch(url, timeout, max_bytes, max_redirects, transport)
    except FetchProblem as exc:
        return AddResult(url, "failed", message=str(exc))
    if url_key(got.url) in known:
        return AddResult(url, "already", known[url_key(got.url)],
                         f"it redirects to {got.url}, already in the seeds; not saved again")
    canonical, problem = _check_page(got.body, got.content_type)
    if problem:
        return AddResult(url, "failed", message=f"{problem}; not saved")
    if canonical and url_key(canonical) in known:
        return AddResult(url, "already", known[url_key(canonical)],
                         f"the page's canonical address {canonical} is already in the seeds; not saved again")
    path = _save(seed_name(got.url, seeds_dir), got.body, {
        "url": got.url, "requested": got.requested, "canonical": canonical, "retrieved": got.retrieved,
        "status": got.status, "content_type": got.content_type, "bytes": len(got.body),
        "sha256": hashlib.sha256(got.body).hexdigest(), "redirects": got.redirects,
    })
    for u in (got.requested, got.url, canonical):
        if u:
            known.setdefault(url_key(u), path.name)
    return AddResult(url, "added", path.name, f"{len(got.body):,} bytes"
                     + (f", redirected to {got.url}" if got.url != got.requested else ""))


def _check_page(body: bytes, content_type: str = "") -> tuple[str | None, str | None]:
    """(the page's canonical address, why it cannot be an article): read as the build would."""
    from generator.ingest.htmlpage import parse_html, sidecar_charset
    from generator.ingest.draft import InputProblem

    try:
        p = parse_html(body, "<fetched page>", charset=sidecar_charset(content_type))
    except InputProblem as exc:
        return None, f"it cannot be an article ({exc})"
    if not p.body_lines:
        return p.url, "the page has a headline but no article text"
    return p.url, None


def _save(path: Path, body: bytes, record: dict) -> Path:
    """The page, then its sidecar, each with ``write.atomic_write`` (a temporary file renamed
    into place: never a half file, no hard link needed). A name taken meanwhile gets the
    address's hash; a page whose sidecar cannot be written is removed again."""
    from generator.fileio import atomic_write

    if path.exists() or sidecar_path(path).exists():
        path = path.with_name(f"{path.stem}-{short_hash(record['url'] + record['retrieved'], 8)}{path.suffix}")
    atomic_write(path, body)
    try:
        write_sidecar(path, record)
    except OSError:
        path.unlink(missing_ok=True)
        raise
    return path

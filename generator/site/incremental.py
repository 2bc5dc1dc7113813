"""A correct incremental site update: `mkdocs build --dirty` that gives the same site as a full build.

MkDocs' own ``--dirty`` rebuilds a page when its Markdown file is newer than its HTML, which is
wrong for this archive in three ways: a page whose neighbours changed keeps stale previous/next
links and titles, a removed article leaves its HTML (and its feed) behind, and the search index
(``search/search_index.json``) then holds only the pages rebuilt. This module, driven by the
hook (``generator/mkdocs_hook.py``), makes ``--dirty`` exact by deciding from content, not times:

- A page is *read* (Markdown rendered) again when its source bytes changed, when a link it
  resolved now resolves differently (a linked page was added or removed: every lookup MkDocs
  makes while rendering the page is recorded with its answer), or when the configuration changed.
  Otherwise what the rest of the build needs from it is restored from the state of the last
  build: its title and front matter, its search index entries, its anchors and the links to
  anchors it holds (anchor validation still runs over every page), and the warnings its
  rendering logged (replayed, so ``--strict`` fails as a full build would).
- A page is *written* again when anything its HTML depends on changed: its own content, its
  title and address, its ancestors in the navigation, its previous and next pages (their title
  and address), the whole navigation tree (the sidebar and the tabs), or the configuration
  (``mkdocs.yml``, ``site_url``, the theme's templates in ``overrides/``, the versions of MkDocs,
  Material and Markdown, this code). Its HTML file must also still be the one the last build wrote
  (same size and time); otherwise it is written again.
- Static files (feeds, data exports, CSS) are copied when their bytes changed; theme files when
  the configuration changed. Files a previous build wrote that the site no longer has are deleted.
- The search index is put together in the full build's order from the entries of the pages
  rendered now and the stored entries of the others, before the search plugin writes it; the
  sitemap and the 404 page are always rebuilt by MkDocs.

The state lives in ``.cache/site/`` beside ``mkdocs.yml`` (one file per site folder, ``marshal`` data); a full
``mkdocs build`` writes it too, so the next ``--dirty`` build starts from it. With no state, a
state from another configuration or version, or a plugin this module does not know (anything but
search), ``--dirty`` cleans the site folder and builds everything. ``mkdocs build`` without
``--dirty`` never reads the state: it stays the full, always-correct build.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import sys
from pathlib import Path

log = logging.getLogger("mkdocs.hooks.generator.incremental")

STATE_VERSION = 1
# Plugins whose effect on the site this module accounts for; any other turns --dirty into a full build.
KNOWN_PLUGINS = {"search", "material/search"}


# --------------------------------------------------------------------------- JSON with dates


def _enc(v):
    """Front matter as JSON: dates and datetimes tagged so they come back as the same types."""
    if isinstance(v, dt.datetime):
        return {"__datetime__": v.isoformat()}
    if isinstance(v, dt.date):
        return {"__date__": v.isoformat()}
    if isinstance(v, dict):
        return {"__dict__": [[_enc(k), _enc(x)] for k, x in v.items()]}
    if isinstance(v, (list, tuple)):
        return [_enc(x) for x in v]
    if v is None or isinstance(v, (str, int, float, bool)):
        return v
    raise TypeError(f"cannot store front matter value of type {type(v).__name__}")


def _dec(v):
    if isinstance(v, dict):
        if "__datetime__" in v:
            return dt.datetime.fromisoformat(v["__datetime__"])
        if "__date__" in v:
            return dt.date.fromisoformat(v["__date__"])
        return {_dec(k): _dec(x) for k, x in v["__dict__"]}
    if isinstance(v, list):
        return [_dec(x) for x in v]
    return v


def _h(*parts) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(p if isinstance(p, bytes) else json.dumps(p, sort_keys=True, default=str).encode())
        h.update(b"\0")
    return h.hexdigest()


_PLAIN = (str, int, bool, type(None))


def _plain_repr(v) -> bool:
    """Is ``repr`` of ``v`` the same in every process: strings, numbers, booleans and None, in lists
    and tuples (no dict, no set: no order that could vary)?"""
    if isinstance(v, (list, tuple)):
        return all(_plain_repr(x) for x in v)
    return type(v) in _PLAIN


def _key(*parts) -> str:
    """A page's key: the SHA-256 of ``repr`` of its parts, each a string or list of plain values
    (``_plain_repr``), with a tag so it never equals an ``_h`` of the same parts. ``_h`` goes through
    ``json.dumps`` part by part: for the 2,500 pages' two keys in every build, some 0.1 s."""
    return hashlib.sha256(("k" + repr(parts)).encode("utf-8", "surrogatepass")).hexdigest()


def _file_sha(path: str) -> str:
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def _stat(path: str) -> list | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns]


# --------------------------------------------------------------------------- the configuration


def config_key(config) -> str:
    """Everything every page depends on besides its own content and navigation."""
    from importlib import metadata

    versions = []
    for dist in ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions", "jinja2"):
        try:
            versions.append(f"{dist}={metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{dist}=-")
    parts: list = [STATE_VERSION, sys.version, versions, config.get("site_url") or "", str(config["site_dir"]),
                   str(config["docs_dir"]), sorted(config["plugins"].keys())]
    cfg = config.get("config_file_path")
    if cfg and os.path.isfile(cfg):
        parts.append(Path(cfg).read_bytes())
    here = Path(__file__).resolve().parent
    for mod in ("incremental.py", "nav.py"):
        parts.append((here / mod).read_bytes())
    hook = Path(cfg).parent / "generator" / "mkdocs_hook.py" if cfg else None
    if hook and hook.is_file():
        parts.append(hook.read_bytes())
    custom = config["theme"].custom_dir if hasattr(config["theme"], "custom_dir") else None
    if custom and os.path.isdir(custom):
        for root, dirs, names in sorted(os.walk(custom)):
            dirs.sort()
            for n in sorted(names):
                p = os.path.join(root, n)
                parts.append(os.path.relpath(p, custom))
                parts.append(Path(p).read_bytes())
    # The configuration as loaded (values read from the environment with !ENV included).
    # Objects (plugins, hooks, the theme) by their type only: their repr names a memory address.
    plain = (str, int, float, bool, type(None), list, dict)
    parts.append(json.dumps({k: v for k, v in config.items() if type(v) in plain and k not in ("strict", "watch")},
                            sort_keys=True,
                            default=lambda o: type(o).__name__))
    # The theme's settings (features, palette, language) are in mkdocs.yml; its inherited values too.
    parts.append(repr(sorted((k, repr(v)) for k, v in dict(config["theme"]).items())))
    return _h(*parts)


def state_path(config) -> Path:
    root = Path(config["config_file_path"]).resolve().parent
    site = hashlib.sha256(str(Path(config["site_dir"]).resolve()).encode()).hexdigest()[:16]
    return root / ".cache" / "site" / f"state-{site}.marshal"


# The state file: this header, the SHA-256 of the payload, the payload (``marshal`` of the state: plain
# dicts, lists, strings, numbers; 13 MB at N=1,000, written in 0.02 s and read in 0.06, against 0.11 and
# 0.07 as JSON). marshal holds values only, never code that runs.
_STATE_MAGIC = b"generator-site-state\0%d\0" % STATE_VERSION


def _state_bytes(st: dict) -> bytes:
    import marshal

    payload = marshal.dumps(st, 4)
    return _STATE_MAGIC + hashlib.sha256(payload).digest() + payload


def _read_state(path: Path) -> dict:
    """The state ``_state_bytes`` wrote; ``ValueError`` when the file is not one (another version,
    truncated, altered)."""
    import marshal

    data = path.read_bytes()
    n = len(_STATE_MAGIC)
    if not data.startswith(_STATE_MAGIC) or len(data) < n + 32:
        raise ValueError("not a state file of this version")
    payload = memoryview(data)[n + 32:]
    if hashlib.sha256(payload).digest() != data[n:n + 32]:
        raise ValueError("its checksum does not match (truncated or altered)")
    try:
        st = marshal.loads(payload)
    except (EOFError, TypeError) as exc:
        raise ValueError(f"not a state: {exc}") from exc
    if type(st) is not dict or type(st.get("pages")) is not dict or type(st.get("files")) is not dict:
        raise ValueError("not a state")
    return st


# --------------------------------------------------------------------------- the tracker


class _Capture(logging.Handler):
    """Warnings (and other records) logged while a page's Markdown is rendered, by page."""

    def __init__(self, tracker: "Tracker") -> None:
        super().__init__(logging.DEBUG)
        self.tracker = tracker

    def emit(self, record: logging.LogRecord) -> None:
        t = self.tracker
        page = t.config._current_page if t.config is not None else None
        if t.phase != "read" or page is None or t.replaying or record.levelno < logging.INFO:
            return
        t.logged.setdefault(page.file.src_uri, []).append([record.name, record.levelno, record.getMessage()])


class Tracker:
    """One `mkdocs build`: records what the next --dirty build needs; with ``incremental``,
    decides what to read, write and copy from the last build's state."""

    def __init__(self, config, incremental: bool) -> None:
        self.config = config
        self.incremental = incremental
        self.key = config_key(config)
        self.path = state_path(config)
        self.old: dict = {"pages": {}, "files": {}}
        self.phase = "files"
        self.replaying = False
        self.lookups: dict[str, dict[str, bool]] = {}  # page src_uri -> {looked-up path: found}
        self.logged: dict[str, list] = {}
        self.src_hash: dict[str, str] = {}
        self.read_keys: dict[str, str] = {}
        self.restored: set[str] = set()
        self.build_now: set[str] = set()  # src_uris of pages to write
        self.copy_now: set[str] = set()   # src_uris of static files to copy
        self.out_keys: dict[str, str] = {}
        self.entries: dict[str, list] = {}  # page src_uri -> search entries made now
        self.search = None
        self.seen = 0
        self.files = None
        self.fallback = ""
        self.capture = _Capture(self)
        logging.getLogger("mkdocs").addHandler(self.capture)
        if incremental:
            # MkDocs warns that a --dirty build will likely have inaccurate navigation and links
            # (which would fail --strict): not so here.
            logging.getLogger("mkdocs.commands.build").addFilter(_drop_dirty_warning)

    # ---------------------------------------------------------------- pre_build
    def load(self) -> None:
        """The last build's state, when it matches this configuration; else clean the site folder."""
        unknown = sorted(k for k in self.config["plugins"].keys()
                         if k not in KNOWN_PLUGINS and not k.endswith("mkdocs_hook.py"))
        if unknown:
            self.fallback = f"plugins {', '.join(unknown)} are not handled incrementally"
        else:
            try:
                st = _read_state(self.path)
                if st.get("version") == STATE_VERSION and st.get("key") == self.key:
                    self.old = st
                else:
                    self.fallback = "the configuration, theme or code changed since the last build"
            except FileNotFoundError:
                self.fallback = "no state from a previous build"
            except (OSError, ValueError) as exc:
                self.fallback = f"the state of the last build is unreadable ({exc})"
        if self.fallback:
            from mkdocs import utils

            log.info("incremental build: a full build, because %s", self.fallback)
            self.old = {"pages": {}, "files": {}}
            utils.clean_directory(self.config["site_dir"])
            self.incremental = False

    # ---------------------------------------------------------------- files
    def on_files(self, files) -> None:
        self.files = files
        original = files.get_file_from_path
        tracker = self

        def get_file_from_path(path: str):
            found = original(path)
            page = tracker.config._current_page
            if tracker.phase == "read" and page is not None:
                tracker.lookups.setdefault(page.file.src_uri, {})[path] = found is not None
            return found

        files.get_file_from_path = get_file_from_path
        known: dict[str, bool] = {}  # path -> found: pages look up the same few hundred targets

        def exists(path: str) -> bool:
            got = known.get(path)
            if got is None:
                got = known[path] = original(path) is not None
            return got
        docs = os.path.abspath(self.config["docs_dir"])
        old_pages, old_files = self.old["pages"], self.old["files"]
        for f in files:
            from_docs = f.abs_src_path is not None and f.generated_by is None and \
                os.path.abspath(f.abs_src_path).startswith(docs + os.sep)
            if f.is_documentation_page():
                if f.abs_src_path is None or f.generated_by is not None:
                    self._decide(f, True)
                    continue
                h = self.src_hash[f.src_uri] = _file_sha(f.abs_src_path)
                rec = old_pages.get(f.src_uri)
                read = not (self.incremental and rec and rec["src"] == h and
                            all(exists(p) == found for p, found in rec["lookups"].items()))
                if not read:
                    self.restored.add(f.src_uri)
                self._decide(f, read)
            else:
                rec = old_files.get(f.src_uri)
                h = _file_sha(f.abs_src_path) if from_docs else "theme"
                self.src_hash[f.src_uri] = h
                copy = not (self.incremental and rec and rec[0] == h and rec[1] == f.dest_uri
                            and _stat(f.abs_dest_path) == rec[2]) or f.generated_by is not None
                if copy:
                    self.copy_now.add(f.src_uri)
                self._decide(f, copy)
        self.phase = "read"

    def _decide(self, f, value: bool) -> None:
        """MkDocs asks ``file.is_modified()`` in --dirty builds: answer from content, not times.
        A page is asked twice: whether to read it (``value``), later whether to write it."""
        if not self.incremental:
            return
        if f.is_documentation_page():
            tracker = self
            f.is_modified = (lambda uri=f.src_uri, v=value: v if tracker.phase == "read" else uri in tracker.build_now)
        else:
            f.is_modified = (lambda v=value: v)

    # ---------------------------------------------------------------- env
    def on_env(self, files, nav, place) -> None:
        """Restore the pages not read, place and chain the pages (``place``), then decide which
        pages to write, reading those that need it and were not read."""
        old_pages = self.old["pages"]
        pages = [f.page for f in files.documentation_pages() if f.page is not None]
        by_uri = {p.file.src_uri: p for p in pages}
        for uri in self.restored:
            rec, page = old_pages[uri], by_uri.get(uri)
            if page is None:
                continue
            page.markdown = ""
            page.meta = _dec(rec["meta"])
            page.title = rec["title"]
            page.present_anchor_ids = set(rec["anchors"])
            links = {}
            for target, anchors in rec["links_to_anchors"].items():
                tf = files.get_file_from_path(target)
                if tf is not None:
                    links[tf] = dict(anchors)
            page.links_to_anchors = links or None
            self.lookups[uri] = rec["lookups"]
            self.replaying = True
            try:
                for name, level, msg in rec["logged"]:
                    logging.getLogger(name).log(level, "%s", msg)
            finally:
                self.replaying = False
        place()
        nav_sig = _h(_nav_signature(nav.items))
        for p in pages:
            uri = p.file.src_uri
            read_key = _key(self.src_hash.get(uri, ""), sorted(self.lookups.get(uri, {}).items()))
            self.read_keys[uri] = read_key

            def near(q):
                return None if q is None else [q.url, q.title]

            parts = (self.key, read_key, p.title, p.url, [a.title for a in p.ancestors],
                     near(p.previous_page), near(p.next_page), nav_sig, p.is_homepage)
            # a title is a string (MkDocs may give another type from a page's front matter: then JSON)
            self.out_keys[uri] = _key(*parts) if _plain_repr(parts) else _h(*parts)
        late = []
        for p in pages:
            uri = p.file.src_uri
            rec = old_pages.get(uri)
            if (not self.incremental or rec is None or rec["out"] != self.out_keys[uri]
                    or _stat(p.file.abs_dest_path) != rec["dest"] or uri not in self.restored):
                self.build_now.add(uri)
                if uri in self.restored:
                    late.append(p)
        if late:
            from mkdocs.commands.build import _populate_page

            for p in late:
                self.restored.discard(p.file.src_uri)
                self.lookups.pop(p.file.src_uri, None)
                self.logged.pop(p.file.src_uri, None)
                p.markdown = None
                _populate_page(p, self.config, files)
            # Reading them again cannot change their titles (same source, same lookups).
        self.phase = "build"
        for plugin in self.config["plugins"].values():
            if hasattr(plugin, "search_index"):
                self.search = plugin
        self.seen = len(self.search.search_index.entries) if self.search is not None else 0

    # ---------------------------------------------------------------- page_context
    def on_page_context(self, page) -> None:
        """After the search plugin indexed the page: its entries, for the state."""
        if self.search is None:
            return
        entries = self.search.search_index.entries
        self.entries[page.file.src_uri] = entries[self.seen:]
        self.seen = len(entries)

    # ---------------------------------------------------------------- post_build
    def on_post_build(self) -> None:
        """The search index in the full build's order, stale files deleted, the state saved."""
        files = self.files
        old_pages = self.old["pages"]
        pages = [f.page for f in files.documentation_pages() if f.page is not None]
        if self.search is not None:
            merged = []
            for p in pages:
                uri = p.file.src_uri
                got = self.entries.get(uri)
                if got is None:
                    got = old_pages.get(uri, {}).get("entries", [])
                    self.entries[uri] = got
                merged.extend(got)
            self.search.search_index.entries = merged
        new_dest = {f.dest_uri for f in files}
        site = self.config["site_dir"]
        for dest in sorted(set(self.old.get("dests", [])) - new_dest):
            path = os.path.join(site, *dest.split("/"))
            try:
                os.remove(path)
            except FileNotFoundError:
                pass
            d = os.path.dirname(path)
            while os.path.abspath(d) != os.path.abspath(site) and os.path.isdir(d) and not os.listdir(d):
                os.rmdir(d)
                d = os.path.dirname(d)
        self.save(pages)

    def save(self, pages) -> None:
        st = {"version": STATE_VERSION, "key": self.key, "pages": {}, "files": {},
              "dests": sorted(f.dest_uri for f in self.files)}
        old_pages = self.old["pages"]
        for p in pages:
            uri = p.file.src_uri
            if uri not in self.src_hash:
                continue
            if uri in self.restored:
                rec = dict(old_pages[uri])
            else:
                try:
                    meta = _enc(p.meta or {})
                except TypeError:
                    continue  # not stored: the next --dirty build reads this page again
                rec = {"src": self.src_hash[uri], "lookups": self.lookups.get(uri, {}), "meta": meta,
                       "title": p.title, "anchors": sorted(p.present_anchor_ids or ()),
                       "links_to_anchors": {tf.src_uri: a for tf, a in (p.links_to_anchors or {}).items()},
                       "logged": self.logged.get(uri, []), "entries": self.entries.get(uri, [])}
            rec["out"] = self.out_keys.get(uri, "")
            rec["dest"] = _stat(p.file.abs_dest_path)
            st["pages"][uri] = rec
        for f in self.files:
            if not f.is_documentation_page() and f.src_uri in self.src_hash and f.generated_by is None:
                st["files"][f.src_uri] = [self.src_hash[f.src_uri], f.dest_uri, _stat(f.abs_dest_path)]
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_bytes(_state_bytes(st))
        os.replace(tmp, self.path)
        try:  # the JSON state of the versions before (never read now)
            self.path.with_suffix(".json").unlink()
        except OSError:
            pass
        self.close()

    def forget(self) -> None:
        """A build that failed leaves no state: the next --dirty build is a full one."""
        try:
            self.path.unlink()
        except OSError:
            pass
        self.close()

    def close(self) -> None:
        logging.getLogger("mkdocs").removeHandler(self.capture)
        logging.getLogger("mkdocs.commands.build").removeFilter(_drop_dirty_warning)


def _drop_dirty_warning(record: logging.LogRecord) -> bool:
    if "'dirty' build is being performed" in record.getMessage():
        log.info("incremental build: only the pages whose content or navigation changed are written")
        return False
    return True


def _nav_signature(items) -> list:
    out = []
    for it in items:
        children = getattr(it, "children", None)
        if children is not None and not hasattr(it, "file"):
            out.append(["S", it.title, _nav_signature(children)])
        else:
            out.append(["P" if hasattr(it, "file") else "L", it.title, it.url,
                        _nav_signature(children) if children else []])
    return out


__all__ = ["Tracker", "config_key", "state_path"]

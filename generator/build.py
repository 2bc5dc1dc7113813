"""The orchestrator: seeds -> docs/, read top to bottom.

First gather all data from all files, then resolve every mention across the archive, then
render every page, then write. Only ``ingest`` reads input files and only ``write`` writes.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from generator import __version__
from generator.fileio import key as cache_key
from generator.ingest import provenance
from generator.model import Article, Page
from generator.nlp import analysis as nlp
from generator.nlp import helper
from generator.output import rerun
from generator.output.cache import Cache
from generator.output.write import WriteResult, load_manifest, write_if_changed, write_pages
from generator.reference.registry import Registry
from generator.resolve.ids import Allocator, IdMap, article_key
from generator.resolve.ids import default_path as default_id_map

if TYPE_CHECKING:
    from generator.ingest import reader as ingest
    from generator.resolve.archive import Archive

# The stages after reading (extraction, titles, resolve, render: generator.extract, .resolve.archive,
# .site) are imported where they run: a rerun whose pages all come from the cache imports none of
# them (nor feedgen, dateutil and the rule tables they load), which is most of a rerun's time.

log = logging.getLogger(__name__)


@dataclass
class BuildReport:
    files: int = 0
    articles: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, why)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (file, duplicate of)
    unknown: list[str] = field(default_factory=list)  # files in seeds/ that are not articles (.pdf, .mhtml…)
    warnings: list[str] = field(default_factory=list)
    undated: int = 0
    write: WriteResult | None = None
    cache: str = ""
    cache_counts: dict[str, int] = field(default_factory=dict)  # hits, misses, stored, unusable
    timings: dict[str, float] = field(default_factory=dict)  # stage -> seconds
    rendered: int | None = None  # units of pages rendered (None: all pages from the last build)

    def summary(self) -> str:
        w = self.write
        parts = [f"{self.articles} articles from {self.files} files"]
        if w:
            parts.append(f"{len(w.written)} pages written, {w.unchanged} unchanged, {len(w.deleted)} removed")
        parts.append(f"{len(self.skipped)} files skipped")
        if self.unknown:
            parts.append(f"{len(self.unknown)} other files not read")
        if self.duplicates:
            parts.append(f"{len(self.duplicates)} duplicates merged")
        parts.append(f"{self.undated} undated")
        parts.append(f"{len(self.warnings)} warnings")
        return ", ".join(parts)


def load_articles(seeds_dir: Path, max_bytes: int, report: BuildReport,
                  progress: Callable[[int], None] | None = None, cache: Cache | None = None,
                  registry: Registry | None = None, ids: Allocator | None = None,
                  jobs: int = 1, meanwhile: Callable[[], None] | None = None) -> list[tuple[Article, ingest.Parsed]]:
    """Read every ``*.txt`` and saved page (``*.html``, ``*.htm``) in ``seeds_dir``; bad files are
    skipped with a warning naming them. Two files with the same text, or the same original
    address, give one article that records both.

    Each file's ``Article`` comes from ingest (``generator.ingest.seed.read_seed``: the reading,
    source and address precedence decided there); here duplicates are told apart across files.
    With a ``cache``, a file whose bytes are unchanged is not parsed again (date parsing and
    source resolution are the slow parts of parsing). ``ids`` gives the article ids (from the
    file's stem; see ``generator.resolve.ids``). ``meanwhile``: run in this process while worker
    processes read the files (``jobs`` > 1, see ``_read_ahead``); not run when none do."""
    from generator.ingest import reader as ingest  # here: a rerun with nothing changed reads no article
    from generator.ingest import cities
    from generator.ingest.seed import read_seed

    # The table of the world's cities bylines and datelines are read with, kept beside the cache's entries.
    cities.use_store(cache.dir / CITIES_FILE if cache is not None and cache.dir is not None else None)
    files, other = scan_seeds(seeds_dir)
    report.files = len(files)
    read_ahead = _read_ahead(files, max_bytes, cache, registry, jobs, meanwhile)
    for f in other:
        report.unknown.append(f"{seeds_dir.name}/{f.name}")
        page = f.name[: -len(provenance.SIDECAR_SUFFIX)] if f.name.endswith(provenance.SIDECAR_SUFFIX) else ""
        if Path(page).suffix.lower() in SEED_SUFFIXES:
            # the address record `generator add` wrote beside a page that has since been deleted
            report.warnings.append(f"{seeds_dir.name}/{f.name}: not read: it records where {page} came from, and "
                                   f"{page} is no longer in {seeds_dir.name}/; delete it too (or put the page back)")
            continue
        report.warnings.append(f"{seeds_dir.name}/{f.name}: not read: only .txt, .html and .htm files are articles; "
                               "save the article as a web page (.html) or copy its text into a .txt file")
    for d, n in folders_with_articles(seeds_dir):
        report.unknown.append(f"{seeds_dir.name}/{d.name}/")
        report.warnings.append(f"{seeds_dir.name}/{d.name}/: not read: a folder holding {n} article file(s); the build "
                               f"reads only the files directly in {seeds_dir.name}/, so move them up into it")
    out: list[tuple[Article, ingest.Parsed]] = []
    by_hash: dict[str, str] = {}
    by_url: dict[str, int] = {}  # url_key -> index in out
    contested: dict[str, str] = {}  # url_key declared by pages with different texts -> the first file
    recorded_urls: list[bool] = []  # per entry of out: its address comes from a sidecar or a url: line
    for f in files:
        rel = f"{seeds_dir.name}/{f.name}"  # stable wherever the project lives
        try:
            got = read_seed(f, rel, max_bytes, cache, registry)
        except ingest.InputProblem as exc:
            report.skipped.append((rel, str(exc)))
            report.warnings.append(f"{rel}: skipped: {exc}")
            if progress:
                progress(1)
            continue
        except Exception as exc:  # never lose the other articles to one file
            report.skipped.append((rel, f"unexpected error: {exc!r}"))
            report.warnings.append(f"{rel}: skipped after an unexpected error ({exc!r}); please report it")
            if progress:
                progress(1)
            continue
        p, art = got.parsed, got.article
        for note in p.notes:
            report.warnings.append(f"{rel}: {note}")
        if art is None:
            report.skipped.append((rel, "no body text"))
            report.warnings.append(f"{rel}: skipped: no article text in it (only a headline, a date, menus or "
                                   "other page lines); add the article's text or see 'generator explain'")
            continue
        h = art.content_hash
        if h in by_hash:
            report.duplicates.append((rel, by_hash[h]))
            report.warnings.append(f"{rel}: same text as {by_hash[h]}; kept one page and recorded both files")
            if progress:
                progress(1)
            continue
        if got.sidecar_problem:
            report.warnings.append(f"{rel}: {got.sidecar_problem}")
        url, recorded = art.url, got.recorded
        key = provenance.url_key(url) if url else None
        if key in contested and not recorded:
            report.warnings.append(f"{rel} declares the address {url}, which {contested[key]} and others declare "
                                   "with different texts; kept without it")
            art = dataclasses.replace(art, url=None, retrieved=None)
            url = key = None
        if key in by_url:
            i = by_url[key]
            first, first_recorded = out[i][0], recorded_urls[i]
            if (recorded and first_recorded) or _near_same(out[i][1], p):
                report.duplicates.append((rel, first.source_path))
                report.warnings.append(f"{rel}: same original address as {first.source_path} ({url}); "
                                       "kept one page and recorded both files")
                if progress:
                    progress(1)
                continue
            # Different texts under one address that a page only declares (a section's address as
            # every page's canonical one): both articles are kept, the declared address dropped.
            report.warnings.append(
                f"{rel} and {first.source_path} declare the same address ({url}) but hold different texts; "
                "both are kept, without the address the page declares (give each its own address in a "
                "sidecar NAME.html.json or a 'url:' line)")
            contested.setdefault(key, first.source_path)
            if not first_recorded:
                out[i] = (dataclasses.replace(first, url=None, retrieved=None), out[i][1])
                del by_url[key]
            if not recorded:
                art = dataclasses.replace(art, url=None, retrieved=None)
                url = key = None
        by_hash[h] = rel
        if key:
            by_url[key] = len(out)
        out.append((art, p))  # its id is the base from the file's name: the allocator below makes it unique
        recorded_urls.append(recorded)
        if progress:
            progress(1)
    # Record duplicates on their canonical article.
    dup_of: dict[str, list[str]] = {}
    for d, canon in report.duplicates:
        dup_of.setdefault(canon, []).append(d)
    # Keyed by the file's name relative to the seeds folder: renaming the folder moves no page.
    got = (ids or Allocator()).assign("article", {article_key(a.source_path): a.id for a, _ in out})
    out = [(dataclasses.replace(a, id=got[article_key(a.source_path)],
                                duplicates=tuple(sorted(dup_of.get(a.source_path, [])))), p)
           for a, p in out]
    for a, _ in out:  # the costly stages read a text up to the cap (generator.nlp.analysis.capped)
        if len(a.body) > nlp.TEXT_CAP:
            report.warnings.append(
                f"{a.source_path}: {len(a.body):,} characters of text: people, countries, places and agreements "
                f"are read from its first {len(nlp.capped(a.body)):,} only (the cap is {nlp.TEXT_CAP:,}: a news "
                "report is far shorter); its page shows the whole text. If it is a list of links or headlines "
                "rather than one article, save the article's own page instead")
    report.articles = len(out)
    report.undated = sum(1 for a, _ in out if a.date is None)
    if cache is not None and any(read_ahead):  # counted as a run with one job counts them: read, not found
        cache.hits -= read_ahead[0] + read_ahead[1]
        cache.misses += read_ahead[0]
        cache.stored += read_ahead[0]
    return out


CITIES_FILE = "cities.json"
_READ_AHEAD_MIN = 8  # fewer files to read than this: read in this process (a worker's start costs more)
_READER: dict = {}


def _read_ahead(files: list[Path], max_bytes: int, cache: Cache | None, registry: Registry | None,
                jobs: int, meanwhile: Callable[[], None] | None = None) -> tuple[int, int]:
    """With ``jobs`` > 1 and a cache: read the seed files whose reading the cache does not hold in
    ``jobs`` worker processes, each storing its readings in the cache. The loop of ``load_articles``
    then takes every reading from the cache, in the order of the files, exactly as it takes them on a
    rerun: the articles are the same as with one job. The first file is read here, so the workers
    (forked) start with the reader's modules and models loaded. Returns how many readings the workers
    stored and how many were stored here (``load_articles`` counts them as a run with one job does).
    ``meanwhile`` runs here once the workers have started (before their readings are collected)."""
    if jobs <= 1 or cache is None or not cache.enabled:
        return 0, 0
    from generator.ingest.seed import ingest_key, read_cached

    todo = [f for f in files if (k := ingest_key(f, max_bytes)) is not None and not cache.holds(k)]
    if len(todo) < _READ_AHEAD_MIN:
        return 0, 0
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    if "fork" not in mp.get_all_start_methods():
        return 0, 0
    # Until one reading is stored here (which also clears the cache's leftovers once, before any worker writes).
    first, start = cache.stored, 0
    while start < min(3, len(todo)) and cache.stored == first:
        try:
            read_cached(todo[start], max_bytes, cache, registry)
        except Exception:  # the loop reads it again and reports the problem
            pass
        start += 1
    if cache.stored == first:
        return 0, 0
    rest = todo[start:]
    _READER.update(max_bytes=max_bytes, cache=cache, registry=registry)
    size = max(1, min(32, -(-len(rest) // (jobs * 4))))
    stored = 0
    try:
        with ProcessPoolExecutor(max_workers=jobs, mp_context=mp.get_context("fork")) as ex:
            got = ex.map(_read_some, [[str(f) for f in rest[i:i + size]] for i in range(0, len(rest), size)])
            if meanwhile is not None:  # every chunk is submitted, so the workers are forked: none inherits it
                try:
                    meanwhile()
                except Exception as exc:  # only a head start: extraction loads what it needs itself
                    log.debug("loading the extraction's models while reading failed: %r", exc)
            for n in got:
                stored += n
    finally:
        _READER.clear()
    return stored, cache.stored - first


def _read_some(paths: list[str]) -> int:
    """In a worker: read these seed files into the cache; how many readings were stored. A file that
    cannot be read is left to ``load_articles``, which reports it."""
    from generator.ingest.seed import read_cached

    cache = _READER["cache"]
    before = cache.stored
    for p in paths:
        try:
            read_cached(Path(p), _READER["max_bytes"], cache, _READER["registry"])
        except Exception:
            pass
    return cache.stored - before


SEED_SUFFIXES = (".txt", ".html", ".htm")  # compared case-insensitively: Page.HTML and A.TXT are seeds


def seed_files(seeds_dir: Path) -> list[Path]:
    """The article files of a seeds folder: ``*.txt`` and saved pages, by name."""
    return scan_seeds(seeds_dir)[0]


def scan_seeds(seeds_dir: Path) -> tuple[list[Path], list[Path]]:
    """(article files, other files) of a seeds folder, by name. Other files are those the build
    cannot read (``.mhtml``, ``.pdf``, ``.docx`` …); sidecars (``NAME.EXT.json`` beside a seed),
    hidden files and folders are neither."""
    seeds, other = [], []
    try:
        entries = sorted(Path(seeds_dir).iterdir(), key=lambda p: p.name)
    except OSError:
        return [], []
    names = {e.name for e in entries}
    for e in entries:
        if e.name.startswith("."):
            continue
        if e.suffix.lower() in SEED_SUFFIXES:
            if not e.is_dir():
                seeds.append(e)
            continue
        if e.is_dir():
            continue
        if e.name.endswith(provenance.SIDECAR_SUFFIX) and e.name[: -len(provenance.SIDECAR_SUFFIX)] in names:
            continue
        other.append(e)
    return seeds, other


def folders_with_articles(seeds_dir: Path) -> list[tuple[Path, int]]:
    """The folders inside a seeds folder that hold article files (at any depth), with how many: the
    build does not read them, and says so rather than lose them silently. Hidden folders and the
    ``NAME_files`` folder a browser saves beside ``NAME.html`` (its frames and scripts) are left out."""
    out = []
    try:
        entries = sorted(Path(seeds_dir).iterdir(), key=lambda p: p.name)
    except OSError:
        return []
    names = {e.name for e in entries}
    for d in entries:
        if d.name.startswith(".") or d.is_symlink() or not d.is_dir():
            continue
        if d.name.endswith("_files") and any(d.name[:-6] + ext in names for ext in (".html", ".htm", ".HTML", ".HTM")):
            continue
        try:
            n = sum(1 for f in d.rglob("*") if f.suffix.lower() in SEED_SUFFIXES and f.is_file()
                    and not f.name.startswith("."))
        except OSError:
            continue
        if n:
            out.append((d, n))
    return out


def _near_same(a: ingest.Parsed, b: ingest.Parsed, floor: float = 0.9) -> bool:
    """Two readings that are the same article (a page saved twice, once with an extra line such as
    an update note or a widget's text): the same headline when both have one, every paragraph of
    the shorter one in the longer, and those shared paragraphs at least ``floor`` of the longer's
    text. A paragraph with one word changed ('on Monday', 'on Friday') makes two articles."""
    def norm(s: str) -> str:
        return " ".join(s.split()).casefold()

    if a.title and b.title and norm(a.title) != norm(b.title):
        return False
    la, lb = [norm(x) for x in a.body_lines if x.strip()], [norm(x) for x in b.body_lines if x.strip()]
    short, long_ = sorted((la, lb), key=lambda ls: sum(map(len, ls)))
    if not short or not set(short) <= set(long_):
        return False
    total = sum(map(len, long_))
    return sum(len(x) for x in long_ if x in set(short)) >= floor * total


def prepare(seeds_dir: Path, registry: Registry, max_bytes: int, report: BuildReport,
            progress: Callable[[int], None] | None = None, cache: Cache | None = None, jobs: int = 1) -> Archive:
    """Ingest, extract, title and resolve: everything before rendering.

    ``cache``: per-article results by content hash (see ``generator.output.cache``); ``jobs``: worker
    processes for the articles the cache does not hold."""
    t0 = time.perf_counter()
    loaded = load_articles(seeds_dir, max_bytes, report, progress, cache, registry)
    report.timings["load"] = time.perf_counter() - t0
    return resolve([a for a, _ in loaded], registry, report, cache, jobs)


def resolve(articles: list[Article], registry: Registry, report: BuildReport, cache: Cache | None = None,
            jobs: int = 1, executor: str = "local", scheduler: str | None = None,
            ids: Allocator | None = None) -> Archive:
    """Extract (from the cache where it holds the article), title and resolve loaded articles."""
    from generator.extract import places
    from generator.extract.entities import extract_many
    from generator.resolve.archive import build_archive

    # The gazetteer of places kept beside the cache's entries (its fingerprint covers what it is made of).
    places.use_store(cache.dir / "gazetteer.sqlite" if cache is not None and cache.dir is not None else None)
    t1 = time.perf_counter()
    analyses: dict = {}
    extracted = extract_many(articles, registry, jobs=jobs, cache=cache, executor=executor, scheduler=scheduler,
                             analyses=analyses)
    t2 = time.perf_counter()
    report.timings["extract"] = t2 - t1
    articles = generate_titles(articles, extracted, analyses, cache)
    archive = build_archive(articles, extracted, registry, ids)
    report.timings["archive"] = time.perf_counter() - t2
    return archive


def generate_titles(articles: list[Article], extracted: dict, analyses: dict | None = None,
                    cache: Cache | None = None) -> list[Article]:
    """The step after extraction: a title for each article with no headline, written from its
    analysis and the people extraction found (``titles.make_title``), then made distinct from
    every other title. Cached under its own key (the body, language and people's spans); an
    article extracted in this run brings its analysis, any other gets one without the models."""
    from generator.extract import titles
    from generator.extract.entities import analyse
    from generator.text.dates import human

    wanted: dict[str, tuple[str, str]] = {}
    todo: list[tuple[Article, list, str | None]] = []
    for a in articles:
        if not a.title_generated:
            continue
        spans = [s for p in extracted[a.id].people for s in p.spans]
        k = None
        if cache is not None and cache.enabled:
            k = cache_key("title", a.lang, a.body, repr(spans))
            hit = cache.get("title", k)
            if isinstance(hit, str):
                wanted[a.id] = (hit, human(a.date, a.lang))
                continue
        todo.append((a, spans, k))
    missing = [a for a, _, _ in todo if a.id not in (analyses or {})]
    made_now = analyse(missing, ner=False) if missing else {}
    for a, spans, k in todo:
        an = (analyses or {}).get(a.id) or made_now[a.id]
        made = titles.make_title(an, spans)
        if k is not None:
            cache.put("title", k, made)
        wanted[a.id] = (made, human(a.date, a.lang))
    if not wanted:
        return articles
    # Generated titles must not repeat each other or a real headline.
    taken = {a.id: (a.title, human(a.date, a.lang)) for a in articles if not a.title_generated}
    final = titles.distinct({**taken, **wanted})
    return [dataclasses.replace(a, title=final[a.id]) if a.id in wanted else a for a in articles]


def default_cache_dir(docs_dir: Path) -> Path:
    """``<docs parent>/.cache/extract``: beside docs/, in the project's git-ignored .cache."""
    return Path(docs_dir).parent / ".cache" / "extract"


def build(seeds_dir: Path, docs_dir: Path, registry_path: Path | None = None, max_bytes: int = 2_000_000,
          site_name: str = "Defence Diplomacy Archive", progress: Callable[[int], None] | None = None,
          cache_dir: Path | None = None, use_cache: bool = True, jobs: int = 1,
          site_url: str | None = None, executor: str = "local", scheduler: str | None = None,
          id_map: Path | None = None) -> BuildReport:
    """Generate ``docs_dir`` from ``seeds_dir``.

    ``cache_dir``: where per-article results are cached (default: ``default_cache_dir``);
    ``use_cache=False`` neither reads nor writes it. ``jobs``: extraction worker processes;
    the output is the same for any number. ``executor="dask"``: extraction on a Dask cluster (the
    one at ``scheduler``, else a local one of ``jobs`` workers), with the same output.
    ``site_url``: the published address, for absolute links in the feeds (default: the SITE_URL
    environment variable, as mkdocs.yml reads it; empty: links relative to each feed).
    ``id_map``: the map of published ids (default ``docs/data/ids.json``, see
    ``generator.resolve.ids``); read first, written (when it changed) before the pages.

    With the cache, a rerun over the same articles (same bytes, code, registry and site name)
    takes the rendered pages of the last build from the cache: no model loads, nothing is
    extracted or rendered again, and ``write_pages`` writes nothing because nothing changed."""
    report = BuildReport()
    if site_url is None:
        site_url = os.environ.get("SITE_URL", "")
    registry = Registry(registry_path)
    cache = Cache((cache_dir or default_cache_dir(docs_dir)) if use_cache else None, registry.path)
    memo = cache.dir / "lemmas.json" if cache.dir is not None else None
    if memo is not None:
        nlp.load_memo(memo)  # the Russian lemmas looked up before: no pymorphy on a rerun
    map_path = Path(id_map) if id_map is not None else default_id_map(docs_dir)
    idmap = IdMap.load(map_path, previous_build=any(f.startswith("articles/") for f in load_manifest(Path(docs_dir))))
    if idmap.warning:
        report.warnings.append(idmap.warning)
    ids = Allocator(idmap)
    site = f"{site_name}\0{site_url}"
    t0 = time.perf_counter()
    seeds = None
    if cache.enabled:  # a rerun with nothing changed: answered from the last build's index
        from generator.ingest.seed import ingest_key

        seeds = rerun.seeds_key(seeds_dir, *scan_seeds(seeds_dir), max_bytes, ingest_key)
        if seeds is not None and not idmap.changed() and _rerun(cache, rerun.build_key(cache.prefix, seeds, site, idmap.to_bytes()),
                                        docs_dir, report, progress):
            report.timings["rerun"] = time.perf_counter() - t0
            return report
    warned = len(report.warnings)
    pre = _start_model_helper(seeds_dir, max_bytes, cache, registry, jobs, executor)
    tables = _start_tables_helper(seeds_dir, cache, jobs, executor)
    warm = (lambda: _warm_extraction(cache, len(scan_seeds(seeds_dir)[0]) >= TABLES_HELPER_MIN)) \
        if jobs > 1 and executor == "local" else None
    loaded = load_articles(seeds_dir, max_bytes, report, progress, cache, registry, ids, jobs=max(1, jobs),
                           meanwhile=warm)
    cache.hits -= pre[0]  # counted as a build that read those files in load_articles counts them
    cache.misses -= pre[1]
    reading = {"files": report.files, "articles": report.articles, "undated": report.undated,
               "skipped": [list(x) for x in report.skipped], "duplicates": [list(x) for x in report.duplicates],
               "unknown": list(report.unknown), "warnings": report.warnings[warned:]}
    articles = [a for a, _ in loaded]
    report.timings["load"] = time.perf_counter() - t0
    # The pages depend on the ids too: the key holds the map. Stored under the map as the build
    # leaves it, so a rerun (which reads that map) finds them.
    map_then = idmap.to_bytes()
    site_key = _site_key(articles, site, map_then) if cache.enabled else None
    last = _last_site(cache, site)
    if last is not None and last[0] == site_key:
        pages = _site_pages(last[1], last[2])
    else:
        from generator.site.datapage import render_data_page
        from generator.site.feeds import feed_units
        from generator.site import placenames
        from generator.site.render import exports, units

        # The Cyrillic spellings of the meetings' cities, kept beside the cache's entries.
        placenames.use_store(cache.dir if cache.enabled else None)
        try:
            archive = resolve(articles, registry, report, cache, max(1, jobs), executor, scheduler, ids)
        finally:
            helper.stop()
            _stop_tables_helper(tables)
        t0 = time.perf_counter()
        # Pages whose inputs did not change since the last build come from its memo (see
        # generator.site.memo); the exports, feeds and data page read the whole archive.
        site_units, memo_now, rendered = _render_units(
            archive, units(archive, site_name) + feed_units(archive, site_name, site_url), last[1] if last else None,
            max(1, jobs) if executor == "local" else 1)
        extra = exports(archive) + [render_data_page(archive)]
        pages = site_units + extra
        report.timings["render"] = time.perf_counter() - t0
        report.rendered = rendered
        from generator.reference import geonames

        geonames.release()  # the decoded GeoNames cities (70-190 MB), shared by the tables built above
        # Under the map as resolving left it (new people, events... get ids there).
        if cache.enabled and idmap.to_bytes() != map_then:
            site_key = _site_key(articles, site, idmap.to_bytes())
        _store_site(cache, site_key, site, memo_now, extra)
        cache.save_pack()  # the readings and extractions of this build, one file for the next (output/cache.py)
    _stop_tables_helper(tables)
    t1 = time.perf_counter()
    if idmap.changed():  # first, so a page is never published under an id the map does not hold
        write_if_changed(map_path, idmap.to_bytes(), Path(docs_dir))
    report.write = write_pages(docs_dir, pages)
    report.timings["write"] = time.perf_counter() - t1
    if seeds is not None and not report.write.skipped:
        rerun.store_index(cache, rerun.make_index(rerun.build_key(cache.prefix, seeds, site, idmap.to_bytes()),
                                                  cache.dir / _SITE_FILE, reading, pages))
    if memo is not None and nlp.save_memo(memo):
        cache.stored += 1
    report.cache = cache.stats() if cache.enabled else "cache: off"
    report.cache_counts = {"hits": cache.hits, "misses": cache.misses, "stored": cache.stored, "unusable": cache.corrupt}
    report.warnings.extend(report.write.warnings)
    log.debug("generator %s built %d pages; %s; %s", __version__, len(pages), report.cache,
              ", ".join(f"{k} {v:.2f} s" for k, v in report.timings.items()))
    return report


def _warm_extraction(cache: Cache, towns: bool = True) -> None:
    """With ``--jobs`` > 1 and many files to read (a cold build), the building process waits while
    the reading workers work (``_read_ahead``). It loads meanwhile what every extraction worker
    would otherwise load for itself on its first chunk, at the same moment as the other worker:
    both NER models (a language with no article only costs its load), the country index, the
    roles' lexicon and the places gazetteer (built from GeoNames and kept in the cache's SQLite
    file, which the forked extraction workers then look names up in), and the tables of towns the
    event pages' Cyrillic spellings come from (``generator.site.placenames``, kept in the cache's
    folder: rendering, which runs in two processes then, reads them back) when ``towns`` (as many seed files
    as make a one-job build start its tables helper: the cache then holds the same files with any ``--jobs``). The extraction workers are
    forked from this process afterwards and find all of it loaded (``entities._init_worker`` loads
    only what is missing). The same functions load the same data: the pages are the same."""
    from generator.extract import person_mentions, places
    from generator.extract.entities import is_country_ru  # noqa: F401  (the extraction's modules, imported once)
    from generator.reference.countries import index

    nlp.warm(("en", "ru"))
    index()
    person_mentions.lexicon()
    if cache.dir is not None:
        from generator.site import placenames

        places.use_store(cache.dir / "gazetteer.sqlite")
        places.gazetteer()
        # The Cyrillic spellings of the meetings' cities that rendering reads, kept beside them too:
        # no town has an empty name, so both tables of towns are built (and stored) for this lookup.
        if towns:
            placenames.use_store(cache.dir)
            placenames.cyrillic_spellings("")


TABLES_HELPER_MIN = 100  # seed files: fewer, and reading them is too short for a helper to be ahead


def _start_tables_helper(seeds_dir: Path, cache: Cache, jobs: int, executor: str):
    """A cold build of many files with one job: fork a process that builds the two tables made
    from GeoNames once per cache (the places gazetteer, kept in ``gazetteer.sqlite``, and the
    towns' Cyrillic spellings, ``placenames-*.json``) into the cache's folder while this process
    reads the files and runs NER; extraction and rendering then read them from there (lookups
    the stores answer exactly as the tables built here would: they are how every later build
    reads them). About 2-3 s of CPU moves to the other core. Nothing when the cache already
    holds the gazetteer, with fewer than ``TABLES_HELPER_MIN`` seed files, with ``--jobs`` > 1
    (the building process builds them while the reading workers work: ``_warm_extraction``) or
    on Dask. If the helper is late or fails, the table is built here as before."""
    if jobs > 1 or executor != "local" or not cache.enabled or cache.dir is None \
            or (cache.dir / "gazetteer.sqlite").exists() or len(scan_seeds(seeds_dir)[0]) < TABLES_HELPER_MIN:
        return None
    import multiprocessing as mp

    if "fork" not in mp.get_all_start_methods():
        return None
    proc = mp.get_context("fork").Process(target=_build_tables, args=(cache.dir,), daemon=True)
    try:
        proc.start()
    except OSError:
        return None
    return proc


def _build_tables(folder: Path) -> None:
    """In the tables helper: build the gazetteer and the placenames tables into ``folder``."""
    try:
        from generator.extract import places
        from generator.site import placenames

        places.use_store(folder / "gazetteer.sqlite")
        places.gazetteer()
        placenames.use_store(folder)
        placenames.cyrillic_spellings("")  # no town has an empty name: both tables of towns are built
    except BaseException:  # the building process builds what is missing itself
        pass
    finally:
        os._exit(0)


def _stop_tables_helper(proc) -> None:
    """Wait for the tables helper (it has long finished when a build is long enough to start it)."""
    if proc is not None and proc.pid is not None:
        proc.join(30)
        if proc.is_alive():
            proc.kill()
            proc.join()


_RENDER_FORK_MIN = 400  # fewer units than this: all rendered here (a fork and the pages sent back cost more)


def _render_units(archive: Archive, units: list, old: dict | None, jobs: int) -> tuple[list[Page], dict, int]:
    """``generator.site.memo.render`` of ``units``; with ``jobs`` > 1, every other unit is rendered by a
    forked process while this one renders the rest, and the pages are put back in the units' order.

    With ``--jobs`` the extraction runs in parallel but rendering (some 5 ms an article) ran alone
    after it. A unit's pages are a function of what it reads through the archive (the memo's
    premise, ``tests/test_incremental_generation.py``), so which process renders it changes
    nothing: the pages and the memo are those of one process, in the same order (the memo keeps
    each unit's pages, which puts them back in order). A child that fails or dies: its units are
    rendered here, so an error is raised as with one job."""
    from generator.site.memo import merge as merge_memos, render as render_memo

    keys = [k for k, _ in units]
    import multiprocessing as mp

    if jobs <= 1 or len(units) < _RENDER_FORK_MIN or len(set(keys)) != len(keys) \
            or "fork" not in mp.get_all_start_methods():
        return render_memo(archive, units, old)
    mine, theirs = units[0::2], units[1::2]
    ctx = mp.get_context("fork")
    recv, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_render_part, args=(send, archive, theirs, old), daemon=True)
    try:
        proc.start()
    except OSError:
        recv.close()
        send.close()
        return render_memo(archive, units, old)
    send.close()
    got = None
    try:
        _, memo_a, done = render_memo(archive, mine, old)
        try:
            got = recv.recv()
        except (EOFError, OSError):
            got = None
    finally:
        recv.close()
        proc.join()
    if got is None:
        _, memo_b, more = render_memo(archive, theirs, old)
    else:
        memo_b, more = got
    # each part's units point into its own table of lookups: one table, as one process makes it
    memo = merge_memos(keys, [memo_a, memo_b])
    pages: list[Page] = []
    for k in keys:
        pages += memo[k][1]
    return pages, memo, done + more


def _render_part(conn, archive: Archive, units: list, old: dict | None) -> None:
    """In the forked process of ``_render_units``: render ``units``, send back (memo, count), or
    None when anything failed (the parent renders them again and reports the error)."""
    try:
        from generator.site.memo import render as render_memo

        _, memo, n = render_memo(archive, units, old)
        conn.send((memo, n))
    except BaseException:
        try:
            conn.send(None)
        except Exception:
            pass
    finally:
        conn.close()
        os._exit(0)  # no atexit handler or inherited buffer of the parent's runs here


HELPER_MAX = 8  # more new files than this: a build long enough that loading the models in it matters little


def _start_model_helper(seeds_dir: Path, max_bytes: int, cache: Cache, registry: Registry, jobs: int,
                        executor: str) -> tuple[int, int]:
    """When only a few seed files are new to the cache (an article added or changed), read them
    now and fork the model helper (``generator.nlp.helper``) for their languages, so the models
    load while ``load_articles`` and the extraction cache decode the other articles. Nothing
    else changes: ``load_articles`` then takes those readings from the cache, and the helper tags
    the new texts as this process would. Returns the (hits, misses) the early reading will make
    ``load_articles`` count twice. No helper with more new files than ``HELPER_MAX``, with
    ``--jobs`` and more than one (the workers load their own models) or on Dask."""
    if not cache.enabled or executor != "local":
        return 0, 0
    from generator.ingest import cities
    from generator.ingest.seed import ingest_key, read_cached

    new = [f for f in scan_seeds(seeds_dir)[0] if (k := ingest_key(f, max_bytes)) is not None and not cache.holds(k)]
    if not new or len(new) > HELPER_MAX or (jobs > 1 and len(new) > 1):
        return 0, 0
    cities.use_store(cache.dir / CITIES_FILE if cache.dir is not None else None)
    langs, stored = set(), cache.stored
    texts: dict[str, list[str]] = {}  # the new texts, in the order extraction will ask for them
    for f in new:
        try:
            p = read_cached(f, max_bytes, cache, registry)
        except Exception:  # load_articles reads it again and reports the problem
            continue
        if p.body_lines:
            langs.add(p.lang)
            texts.setdefault(p.lang, []).append(nlp.capped(p.body))
    stored = cache.stored - stored
    loaded = {"en": nlp.spacy_en, "ru": nlp.natasha}
    # English texts are asked for in one batch (``nlp.analyse``), each Russian text on its own.
    early = ([("en", texts["en"])] if "en" in texts else []) + [("ru", [t]) for t in texts.get("ru", ())]
    helper.start({lang for lang in langs if lang in loaded and loaded[lang].cache_info().currsize == 0},
                 _helper_load, _helper_tag, early)
    return stored, len(new) - stored  # read again from the cache, or read again


def _helper_load(lang: str) -> None:
    """In the model helper: what tagging ``lang`` needs (the model; the country index for Russian)."""
    if lang == "en":
        nlp.spacy_en()
    else:
        from generator.extract.entities import index

        nlp.natasha()
        index()


def _helper_tag(lang: str, texts: list[str]) -> list:
    """In the model helper: the spans of ``texts`` as ``generator.extract.entities.analyse`` tags them."""
    if lang == "en":
        return nlp.ner_en_here(texts)
    from generator.extract.entities import is_country_ru

    return [nlp.ner_ru_here(t, is_country_ru) for t in texts]


def _rerun(cache: Cache, key: str, docs_dir: Path, report: BuildReport,
           progress: Callable[[int], None] | None) -> bool:
    """Fill ``report`` from the last build's rerun index when it is for ``key`` and ``docs_dir``
    holds its pages unchanged (``generator.output.rerun``); False: build as usual."""
    got = rerun.load_index(cache, key, cache.dir / _SITE_FILE)
    if got is None or not rerun.docs_hold(Path(docs_dir), got["pages"], load_manifest(Path(docs_dir))):
        return False
    r = got["reading"]
    try:
        counts = int(r["files"]), int(r["articles"]), int(r["undated"])
        skipped = [(str(a), str(b)) for a, b in r["skipped"]]
        duplicates = [(str(a), str(b)) for a, b in r["duplicates"]]
        unknown, warnings = [str(x) for x in r["unknown"]], [str(x) for x in r["warnings"]]
    except (KeyError, TypeError, ValueError):
        return False
    report.files, report.articles, report.undated = counts
    report.skipped, report.duplicates, report.unknown = skipped, duplicates, unknown
    report.warnings.extend(warnings)
    if progress:
        progress(report.files)
    report.write = WriteResult(unchanged=len(got["pages"]))
    report.cache = cache.stats()
    report.cache_counts = {"hits": cache.hits, "misses": cache.misses, "stored": cache.stored, "unusable": cache.corrupt}
    return True


# --------------------------------------------------------------------------- the site's pages, cached

_SITE_FILE = "site-pages.json"


def _site_key(articles: list[Article], site_name: str, id_map: bytes = b"") -> str:
    """Everything the rendered pages depend on besides the cache's fingerprint (code, registry,
    models): every field of every article, in order, the site's name and the id map."""
    h = hashlib.sha256()
    h.update(site_name.encode())
    h.update(b"\0" + hashlib.sha256(id_map).digest())
    for a in articles:
        h.update(b"\0")
        h.update(repr(a).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _last_site(cache: Cache, site: str) -> tuple[str, dict, list[Page]] | None:
    """The last build's (site key, render memo, other pages), if it was made for this site."""
    if cache.dir is None:
        return None
    got = cache.get_file(_SITE_FILE, "site", "last")
    if not (isinstance(got, tuple) and len(got) == 4 and got[1] == site and isinstance(got[2], dict)
            and isinstance(got[3], list) and all(isinstance(p, Page) for p in got[3])):
        return None
    memo = got[2]
    for v in memo.values():
        if not (isinstance(v, tuple) and len(v) == 2 and isinstance(v[0], str) and isinstance(v[1], tuple)):
            return None
    if not all(isinstance(x, Page) for _, got in memo.values() for x in got):
        return None
    return got[0], memo, got[3]


def _site_pages(memo: dict, extra: list[Page]) -> list[Page]:
    return [p for _, got in memo.values() for p in got] + list(extra)


def _store_site(cache: Cache, site_key: str | None, site: str, memo: dict, extra: list[Page]) -> None:
    if site_key is not None and cache.dir is not None:
        cache.put_file(_SITE_FILE, "site", "last", (site_key, site, memo, extra))

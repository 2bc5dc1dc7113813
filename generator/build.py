"""The orchestrator: seeds -> docs/, read top to bottom.

First gather all data from all files, then resolve every mention across the archive, then
render every page, then write. Only ``ingest`` reads input files and only ``write`` writes.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from . import __version__, ingest, orgs, titles
from .archive import Archive, build_archive
from .dates import human
from .model import Article
from .registry import Registry
from .render import exports, render_all
from .slugs import short_hash, slugify_id
from .write import WriteResult, write_pages

log = logging.getLogger(__name__)


@dataclass
class BuildReport:
    files: int = 0
    articles: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, why)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (file, duplicate of)
    warnings: list[str] = field(default_factory=list)
    undated: int = 0
    write: WriteResult | None = None

    def summary(self) -> str:
        w = self.write
        parts = [f"{self.articles} articles from {self.files} files"]
        if w:
            parts.append(f"{len(w.written)} pages written, {w.unchanged} unchanged, {len(w.deleted)} removed")
        parts.append(f"{len(self.skipped)} files skipped")
        if self.duplicates:
            parts.append(f"{len(self.duplicates)} duplicates merged")
        parts.append(f"{self.undated} undated")
        parts.append(f"{len(self.warnings)} warnings")
        return ", ".join(parts)


def load_articles(seeds_dir: Path, max_bytes: int, report: BuildReport,
                  progress: Callable[[int], None] | None = None) -> list[tuple[Article, ingest.Parsed]]:
    """Read every ``*.txt`` in ``seeds_dir``; bad files are skipped with a warning naming them."""
    files = sorted(seeds_dir.glob("*.txt"), key=lambda p: p.name)
    report.files = len(files)
    out: list[tuple[Article, ingest.Parsed]] = []
    by_hash: dict[str, str] = {}
    ids: dict[str, str] = {}
    for f in files:
        rel = f"{seeds_dir.name}/{f.name}"  # stable wherever the project lives
        try:
            p = ingest.read_article_file(f, max_bytes)
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
        for note in p.notes:
            report.warnings.append(f"{rel}: {note}")
        if not p.body_lines:
            report.skipped.append((rel, "no body text"))
            report.warnings.append(f"{rel}: skipped: it has a header but no article text")
            continue
        h = ingest.content_hash(p)
        if h in by_hash:
            report.duplicates.append((rel, by_hash[h]))
            report.warnings.append(f"{rel}: same text as {by_hash[h]}; kept one page and recorded both files")
            if progress:
                progress(1)
            continue
        by_hash[h] = rel
        aid = slugify_id(f.stem, "article")
        if aid.casefold() in ids:
            aid = f"{aid}-{short_hash(rel, 6)}"
        ids[aid.casefold()] = rel
        source = p.source
        if source is None and p.source_phrase:
            source = orgs.resolve_phrase(p.source_phrase, p.lang, _registry_for_sources()) or p.source_phrase
        art = Article(
            id=aid, source_path=rel, lang=p.lang, title=p.title or "", title_generated=not p.title,
            date=p.date, author=p.author, source=source, body=p.body, source_encoding=p.encoding, content_hash=h,
        )
        out.append((art, p))
        if progress:
            progress(1)
    # Record duplicates on their canonical article.
    dup_of: dict[str, list[str]] = {}
    for d, canon in report.duplicates:
        dup_of.setdefault(canon, []).append(d)
    out = [(dataclasses.replace(a, duplicates=tuple(sorted(dup_of.get(a.source_path, [])))), p) for a, p in out]
    report.articles = len(out)
    report.undated = sum(1 for a, _ in out if a.date is None)
    return out


_REGISTRY: Registry | None = None


def _registry_for_sources() -> Registry:
    global _REGISTRY
    if _REGISTRY is None:
        _REGISTRY = Registry()
    return _REGISTRY


def prepare(seeds_dir: Path, registry: Registry, max_bytes: int, report: BuildReport,
            progress: Callable[[int], None] | None = None) -> Archive:
    """Ingest, extract, title and resolve: everything before rendering."""
    from .extract import extract_many

    global _REGISTRY
    _REGISTRY = registry
    loaded = load_articles(seeds_dir, max_bytes, report, progress)
    articles = [a for a, _ in loaded]
    extracted = extract_many(articles, registry)
    wanted = {}
    for a in articles:
        if a.title_generated:
            spans = [s for p in extracted[a.id].people for s in p.spans]
            wanted[a.id] = (titles.make_title(a.body, a.lang, spans), human(a.date, a.lang))
    if wanted:
        # Generated titles must not repeat each other or a real headline.
        taken = {a.id: (a.title, human(a.date, a.lang)) for a in articles if not a.title_generated}
        final = titles.distinct({**taken, **wanted})
        articles = [dataclasses.replace(a, title=final[a.id]) if a.id in wanted else a for a in articles]
    return build_archive(articles, extracted)


def build(seeds_dir: Path, docs_dir: Path, registry_path: Path | None = None, max_bytes: int = 2_000_000,
          site_name: str = "Defence Diplomacy Archive", progress: Callable[[int], None] | None = None) -> BuildReport:
    report = BuildReport()
    registry = Registry(registry_path)
    archive = prepare(seeds_dir, registry, max_bytes, report, progress)
    pages = render_all(archive, site_name) + exports(archive)
    report.write = write_pages(docs_dir, pages)
    report.warnings.extend(report.write.warnings)
    log.debug("generator %s built %d pages", __version__, len(pages))
    return report

"""The command line: a thin click layer over the library. Heavy imports happen inside commands."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import click

from generator import __version__

log = logging.getLogger("generator")


class _CountingHandler(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


#: Libraries that set their own loggers' level when imported (Dask's distributed sets INFO from its config), so
#: their progress lines would pass whatever level the command chose: 33 lines of a local cluster starting and
#: closing ("Worker process … was killed by signal 9" among them) under `build --executor dask -q`.
_CHATTY = ("distributed", "bokeh", "tornado")


class _QuietLibraries(logging.Filter):
    """Drops the progress lines (below WARNING) of the libraries in ``_CHATTY``; ``-v`` shows them."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.WARNING or not record.name.startswith(_CHATTY)


def _setup_logging(verbose: int, quiet: bool) -> None:
    level = logging.WARNING if quiet else (logging.DEBUG if verbose > 1 else logging.INFO)
    logging.basicConfig(level=level, format="%(levelname)s: %(message)s", stream=sys.stderr)
    if verbose < 1:
        for handler in logging.getLogger().handlers:
            if not any(isinstance(f, _QuietLibraries) for f in handler.filters):
                handler.addFilter(_QuietLibraries())
    for noisy in ("spacy", "natasha", "dateparser", "urllib3", "pymorphy2", "pymorphy2.opencorpora_dict.wrapper"):
        logging.getLogger(noisy).setLevel(logging.ERROR)
    import warnings

    warnings.filterwarnings("ignore", category=UserWarning, module="spacy")


class _Group(click.Group):
    """The one place a ``GeneratorError`` becomes a message and an exit code (never a traceback)."""

    def invoke(self, ctx: click.Context):
        from generator.errors import GeneratorError

        try:
            return super().invoke(ctx)
        except GeneratorError as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(exc.exit_code)


@click.group(cls=_Group)
@click.version_option(__version__, prog_name="generator")
def main() -> None:
    """Turn raw news articles into a cross-linked MkDocs Material archive."""


def _options(name: str):
    """The options of ``generator <name>``, one per flag of ``generator.settings.SETTINGS`` that
    this command takes. Values are checked together by ``settings.resolve``, not by click."""
    from generator.settings import of

    types = {"folder": click.Path(file_okay=False, path_type=Path), "file": click.Path(dir_okay=False, path_type=Path),
             "count": int, "number": float, "text": str}

    def decorate(command):
        for s in reversed([s for s in of(name) if s.flag]):
            names = [s.flag, *([s.short] if s.short else [])]
            dflt = f" (default: {s.default})" if s.default not in (None, False, 0, "", ()) else ""
            if s.kind == "flag":
                opt = click.option(*names, s.name, is_flag=True, default=None, help=s.help)
            elif s.kind == "level":
                opt = click.option(*names, s.name, count=True, help=s.help)
            elif s.kind == "choice":
                opt = click.option(*names, s.name, type=click.Choice(s.choices), multiple=True, help=s.help)
            else:
                req = " (required)" if s.required else ""
                opt = click.option(*names, s.name, type=types[s.kind], default=None, help=s.help + dflt + req)
            command = opt(command)
        return command

    return decorate


@main.command()
@_options("build")
def build(**given) -> None:
    """Generate docs/ from seeds/.

    Example: generator build --seeds seeds --docs docs --strict --jobs 2
    """
    from generator.settings import resolve

    s = resolve("build", **given)  # every setting checked before anything runs
    _setup_logging(s.verbose, s.quiet)
    from contextlib import nullcontext

    from generator.build import build as run
    from generator.build import seed_files

    n = len(seed_files(s.seeds_dir))
    show = n >= 50 and not s.quiet and sys.stderr.isatty()
    try:
        with click.progressbar(length=n, label="Reading articles", file=sys.stderr) if show else nullcontext() as bar:
            report = run(s.seeds_dir, s.docs_dir, s.registry, s.max_article_bytes, s.site_name,
                         progress=bar.update if show else None, cache_dir=s.cache_dir, use_cache=not s.no_cache,
                         jobs=s.jobs, site_url=s.site_url, id_map=s.id_map,
                         executor=s.executor, scheduler=s.scheduler)
    except OSError as exc:  # a full disk, a read-only folder or a missing permission met outside write_pages
        from generator.fileio import describe_os_error

        where = exc.filename or s.docs_dir
        raise click.ClickException(describe_os_error(exc, where, s.docs_dir, "read or write")) from exc
    for w in report.warnings:
        log.warning(w)
    click.echo(report.summary(), err=True)
    log.debug(report.cache)
    if s.strict and report.warnings:
        click.echo(f"--strict: {len(report.warnings)} warning(s); failing.", err=True)
        sys.exit(1)


@main.command()
@click.argument("urls", nargs=-1, required=True)
@_options("add")
def add(urls: tuple[str, ...], **given) -> None:
    """Fetch article pages into the seeds folder, each with its address and retrieval time.

    Example: generator add https://example.org/news/2024/05/talks
    """
    from generator.settings import resolve

    s = resolve("add", **given)
    _setup_logging(0, True)
    from generator.ingest.fetch import add as run

    results = run(list(urls), s.add_to, timeout=s.timeout, max_bytes=s.max_article_bytes, max_redirects=s.max_redirects)
    for r in results:
        click.echo(str(r))
    added = sum(r.outcome == "added" for r in results)
    failed = sum(r.outcome == "failed" for r in results)
    click.echo(f"{added} added, {sum(r.outcome == 'already' for r in results)} already there, {failed} failed", err=True)
    if failed:
        sys.exit(1)


@main.command()
@_options("evaluate")
def evaluate(**given) -> None:
    """Score extraction against gold annotations: precision, recall, F1 and field accuracy.

    Example: generator evaluate --gold ../shared/gold --seeds seeds
    """
    from generator.settings import resolve

    s = resolve("evaluate", **given)
    _setup_logging(0, True)
    from generator.quality.report import run_evaluation

    rep = run_evaluation(s.gold_dir, s.seeds_dir, s.registry)
    click.echo(json.dumps(rep.as_dict(), indent=1, ensure_ascii=False) if s.as_json else rep.table())
    _say_unscored(s.seeds_dir, s.gold_dir)
    if s.min_f1 is not None and min(rep.people.f1, rep.countries.f1, rep.agreements.f1) < s.min_f1:
        sys.exit(1)


def _say_unscored(seeds: Path, gold_dir: Path) -> None:
    """After `evaluate`: the articles of the seeds folder with no gold file, which the scores leave out (a
    user who put their own articles beside the examples saw 'Articles scored: 5' and nothing about the
    rest). On stderr, so that --json stays one JSON document."""
    from generator.build import seed_files
    from generator.quality.evaluate import load_gold

    files = seed_files(seeds)
    stems = set(load_gold(gold_dir))
    left = sorted(f.name for f in files if f.stem not in stems)
    if left:
        shown = ", ".join(left[:5]) + (f" and {len(left) - 5} more" if len(left) > 5 else "")
        click.echo(f"Not scored: {len(left)} of the {len(files)} articles in {seeds} have no gold file in "
                   f"{gold_dir} ({shown}); a gold file NAME.yml beside the others scores NAME.txt or NAME.html.",
                   err=True)


@main.command("evaluate-reading")
@_options("evaluate-reading")
def evaluate_reading(**given) -> None:
    """Per-field table with ../shared/tools/score.py for the seeds, tests/corpus and both splits of
    ../shared/corpus (page N with N % 3 == 0 is VALIDATION, the rest BUILD).

    Example: generator evaluate-reading --shared ../shared
    """
    from generator.settings import resolve

    s = resolve("evaluate-reading", **given)
    shared, splits = s.shared_dir, s.splits
    _setup_logging(0, True)
    from generator.quality.evaluate import reading_report, reading_table

    if not (shared / "tools" / "score.py").exists():
        raise click.ClickException(f"{shared}/tools/score.py: not found; pass --shared with the shared folder (../shared)")
    rep = reading_report(shared, Path.cwd(), splits or ("seeds", "tests/corpus", "build", "validation"), s.holdout,
                         s.registry)
    click.echo(json.dumps(rep, indent=1) if s.as_json else reading_table(rep))


@main.command()
@_options("bench")
def bench(**given) -> None:
    """Benchmark generation, caching, parallel extraction and the MkDocs build on a synthetic corpus.

    Example: generator bench --articles 1000 --out .bench/bench.json
    """
    from generator.settings import resolve

    s = resolve("bench", **given)
    _setup_logging(0, True)
    from generator.bench.runner import run_bench, run_scale

    out = Path(s.bench_out)
    if s.scale:
        run_scale(n=s.scale, out=out.with_name(f"scale-{s.scale}.json"), work=s.work, jobs=s.bench_jobs, echo=click.echo)
        return
    run_bench(n=s.articles, out=out, quick=s.quick, big=s.big, small=s.small, work=s.work, echo=click.echo)


@main.command()
@click.argument("file", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@_options("explain")
def explain(file: Path, **given) -> None:
    """Show how one article was read: every line with its label and the cue or rule that decided
    it, then every field and entity with the rule that produced it.

    Example: generator explain seeds/000_8e3fa8bda7bf2875.txt
    """
    from generator.settings import resolve

    s = resolve("explain", **given)
    _setup_logging(0, True)
    from generator.quality.explain import explain as run
    from generator.ingest.draft import InputProblem

    from generator.build import SEED_SUFFIXES
    from generator.errors import GeneratorError
    from generator.ingest.provenance import SIDECAR_SUFFIX

    page = file.name[: -len(SIDECAR_SUFFIX)] if file.name.endswith(SIDECAR_SUFFIX) else ""
    if Path(page).suffix.lower() in SEED_SUFFIXES:  # its JSON read as a page's text would be a reading of nothing
        raise GeneratorError(f"{file}: this is the record `generator add` keeps of where {page} came from, not an "
                             f"article; run `generator explain {file.with_name(page)}` instead")
    try:
        click.echo(run(file, s.registry, entities=not s.no_entities, blank=s.blank), nl=False)
    except InputProblem as exc:  # its message says what is wrong with the file, not which file
        raise InputProblem(f"{file}: {exc}") from exc
    if file.suffix.lower() not in SEED_SUFFIXES:  # read here as text, but a build skips it: say so, after the reading
        click.echo(f"Note: {file}: the build reads only .txt, .html and .htm files, so in seeds/ this file is not "
                   f"an article (the build warns and skips it); rename it {file.stem}.txt if it is the page's text, "
                   "or save the page from the browser as a web page (.html)", err=True)


@main.command()
@_options("review")
def review(**given) -> None:
    """After a build: unknown people, likely duplicates and offices with no label, as YAML to paste.

    Example: generator review --docs docs > review.yaml
    """
    from generator.settings import resolve

    s = resolve("review", **given)
    from generator.quality.review import review as run
    from generator.reference.registry import Registry

    click.echo(run(s.docs_dir, Registry(s.registry) if s.registry else Registry()), nl=False)


@main.command()
@click.argument("site_dir", type=click.Path(file_okay=False, exists=True, path_type=Path))
def check(site_dir: Path) -> None:
    """Scan a built site for markup an article could have smuggled in.

    Example: generator check site
    """
    from generator.quality.check import scan_site

    findings = scan_site(site_dir)
    for f in findings:
        click.echo(f)
    click.echo(f"{len(findings)} finding(s) in {site_dir}", err=True)
    if findings:
        sys.exit(1)


if __name__ == "__main__":  # pragma: no cover
    main()

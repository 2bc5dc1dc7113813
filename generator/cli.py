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


def _setup_logging(verbose: int, quiet: bool) -> None:
    level = logging.WARNING if quiet else (logging.DEBUG if verbose > 1 else logging.INFO)
    logging.basicConfig(level=level, format="%(levelname)s: %(message)s", stream=sys.stderr)
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


def _settings_options(command):
    """The options of ``generator build``, one per flag of ``generator.settings.SETTINGS``."""
    from generator.settings import SETTINGS

    types = {"folder": click.Path(file_okay=False, path_type=Path), "file": click.Path(dir_okay=False, path_type=Path),
             "count": int, "text": str}
    for s in reversed([s for s in SETTINGS if s.flag]):
        names = [s.flag, *([s.short] if s.short else [])]
        dflt = f" (default: {s.default})" if s.default not in (None, False, 0, "") else ""
        if s.kind == "flag":
            opt = click.option(*names, s.name, is_flag=True, default=None, help=s.help)
        elif s.kind == "level":
            opt = click.option(*names, s.name, count=True, help=s.help)
        else:
            opt = click.option(*names, s.name, type=types[s.kind], default=None, help=s.help + dflt)
        command = opt(command)
    return command


@main.command()
@_settings_options
def build(**given) -> None:
    """Generate docs/ from seeds/.

    Example: generator build --seeds seeds --docs docs --strict --jobs 2
    """
    from generator.settings import resolve

    s = resolve(**given)  # every setting checked before anything runs
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
@click.option("--seeds", type=click.Path(file_okay=False, path_type=Path), default=Path("seeds"), show_default=True, help="Folder the pages are saved in.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=20.0, show_default=True, help="Seconds allowed for each page, redirects included.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=2_000_000, show_default=True, help="Refuse a page larger than this.")
@click.option("--max-redirects", type=click.IntRange(min=0), default=5, show_default=True, help="Follow at most this many redirects.")
def add(urls: tuple[str, ...], seeds: Path, timeout: float, max_bytes: int, max_redirects: int) -> None:
    """Fetch article pages into the seeds folder, each with its address and retrieval time.

    Example: generator add https://example.org/news/2024/05/talks
    """
    _setup_logging(0, True)
    from generator.ingest.fetch import add as run

    results = run(list(urls), seeds, timeout=timeout, max_bytes=max_bytes, max_redirects=max_redirects)
    for r in results:
        click.echo(str(r))
    added = sum(r.outcome == "added" for r in results)
    failed = sum(r.outcome == "failed" for r in results)
    click.echo(f"{added} added, {sum(r.outcome == 'already' for r in results)} already there, {failed} failed", err=True)
    if failed:
        sys.exit(1)


@main.command()
@click.option("--gold", type=click.Path(file_okay=False, exists=True, path_type=Path), required=True, help="Folder of gold YAML files, one per article stem.")
@click.option("--seeds", type=click.Path(file_okay=False, exists=True, path_type=Path), default=Path("seeds"), show_default=True, help="Folder of the articles the gold describes.")
@click.option("--registry", type=click.Path(dir_okay=False, path_type=Path), default=None, help="Registry YAML (default: the packaged one).")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--min-f1", type=float, default=None, help="Exit 1 when people, countries or agreements F1 falls below this.")
def evaluate(gold: Path, seeds: Path, registry: Path | None, as_json: bool, min_f1: float | None) -> None:
    """Score extraction against gold annotations: precision, recall, F1 and field accuracy.

    Example: generator evaluate --gold ../shared/gold --seeds seeds
    """
    _setup_logging(0, True)
    from generator.quality.report import run_evaluation

    rep = run_evaluation(gold, seeds, registry)
    click.echo(json.dumps(rep.as_dict(), indent=1, ensure_ascii=False) if as_json else rep.table())
    if min_f1 is not None and min(rep.people.f1, rep.countries.f1, rep.agreements.f1) < min_f1:
        sys.exit(1)


@main.command("evaluate-reading")
@click.option("--shared", type=click.Path(file_okay=False, path_type=Path), default=Path("../shared"), show_default=True, help="The shared folder (seeds, gold, corpus, tools/score.py).")
@click.option("--split", "splits", multiple=True, type=click.Choice(["seeds", "tests/corpus", "build", "validation"]), help="Only these columns (default: all four).")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def evaluate_reading(shared: Path, splits: tuple[str, ...], as_json: bool) -> None:
    """Per-field table with ../shared/tools/score.py for the seeds, tests/corpus and both splits of
    ../shared/corpus (page N with N % 3 == 0 is VALIDATION, the rest BUILD).

    Example: generator evaluate-reading --shared ../shared
    """
    _setup_logging(0, True)
    from generator.quality.evaluate import reading_report, reading_table

    if not (shared / "tools" / "score.py").exists():
        raise click.ClickException(f"{shared}/tools/score.py: not found; pass --shared with the shared folder (../shared)")
    rep = reading_report(shared, Path.cwd(), splits or ("seeds", "tests/corpus", "build", "validation"))
    click.echo(json.dumps(rep, indent=1) if as_json else reading_table(rep))


@main.command()
@click.option("--articles", "n", type=click.IntRange(min=5), default=1000, show_default=True, help="Size of the synthetic corpus for the main figures.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=Path(".bench/bench.json"), show_default=True, help="Where to write the figures as JSON.")
@click.option("--quick", is_flag=True, help="Skip the large corpus sizes (500 and 5000): every figure is measured at --articles only.")
@click.option("--big", type=click.IntRange(min=10), default=2500, show_default=True, help="The large size for bytes per article and peak RSS (figures at 5000 are extrapolated unless it is 5000; 5000 takes longer than 20 minutes here).")
@click.option("--small", type=click.IntRange(min=5), default=500, show_default=True, help="The small size for bytes per article.")
@click.option("--work", type=click.Path(file_okay=False, path_type=Path), default=None, help="Scratch folder (default: a temporary one, removed afterwards).")
@click.option("--scale", type=click.IntRange(min=10), default=None, help="Instead: the real run at this many articles (cold generation, full site build, peak memory, bytes per article), figures in .bench/scale-N.json.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True, help="With --scale: worker processes for the cold generation.")
def bench(n: int, out: Path, quick: bool, big: int, small: int, work: Path | None, scale: int | None, jobs: int) -> None:
    """Benchmark generation, caching, parallel extraction and the MkDocs build on a synthetic corpus.

    Example: generator bench --articles 1000 --out .bench/bench.json
    """
    _setup_logging(0, True)
    from generator.bench.runner import run_bench, run_scale

    if scale:
        run_scale(n=scale, out=out.with_name(f"scale-{scale}.json"), work=work, jobs=jobs, echo=click.echo)
        return
    run_bench(n=n, out=out, quick=quick, big=big, small=small, work=work, echo=click.echo)


@main.command()
@click.argument("file", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@click.option("--registry", type=click.Path(dir_okay=False, path_type=Path), default=None, help="Registry YAML (default: the packaged one).")
@click.option("--no-entities", is_flag=True, help="Only the lines and the page fields (no NER models load).")
@click.option("--blank", is_flag=True, help="List blank lines too.")
def explain(file: Path, registry: Path | None, no_entities: bool, blank: bool) -> None:
    """Show how one article was read: every line with its label and the cue or rule that decided
    it, then every field and entity with the rule that produced it.

    Example: generator explain seeds/000_8e3fa8bda7bf2875.txt
    """
    _setup_logging(0, True)
    from generator.quality.explain import explain as run
    from generator.ingest.reader import InputProblem

    try:
        click.echo(run(file, registry, entities=not no_entities, blank=blank), nl=False)
    except InputProblem as exc:  # its message says what is wrong with the file, not which file
        raise InputProblem(f"{file}: {exc}") from exc


@main.command()
@click.option("--docs", type=click.Path(file_okay=False, path_type=Path), default=Path("docs"), show_default=True, help="The docs folder a build wrote.")
@click.option("--registry", type=click.Path(dir_okay=False, path_type=Path), default=None, help="Registry YAML (default: the packaged one).")
def review(docs: Path, registry: Path | None) -> None:
    """After a build: unknown people, likely duplicates and offices with no label, as YAML to paste.

    Example: generator review --docs docs > review.yaml
    """
    from generator.quality.review import review as run
    from generator.reference.registry import Registry

    click.echo(run(docs, Registry(registry) if registry else Registry()), nl=False)


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

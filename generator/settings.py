"""Settings of every command, declared once as data: name, default, help, the command-line flag
or environment variable that sets it, and the commands that take it. ``resolve`` validates a
command's settings together, before anything runs, and returns one frozen ``Settings`` object
whose fields are exactly ``SETTINGS``.

The options of every ``generator`` command are made from this table (``generator.cli``), so a
setting cannot be missing from ``--help``; tests/test_settings_errors.py checks the README
documents each flag of each command.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from pathlib import Path

from generator.errors import GeneratorError


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: object
    help: str
    flag: str | None = None  # the option ("--seeds"), or None
    kind: str = "text"  # text | folder | file | count | number | flag | level | choice
    env: str | None = None  # an environment variable that sets it when the flag is not given
    short: str | None = None  # a one-letter alias ("-j")
    commands: tuple[str, ...] = ("build",)  # the commands that take it
    minimum: float | None = None  # count and number: the least value (count: 1 unless given)
    choices: tuple[str, ...] = ()  # choice: the values allowed; given any number of times
    required: bool = False
    must_exist: bool = False  # folder or file: it must be there


SETTINGS = (
    Setting("seeds_dir", "seeds", "Folder of raw articles: *.txt and saved pages *.html.", "--seeds", "folder",
            commands=("build", "evaluate")),
    Setting("docs_dir", "docs", "Folder MkDocs builds from; the generator owns only the files in its manifest.",
            "--docs", "folder", commands=("build", "review")),
    Setting("registry", None, "Registry YAML of known entities (default: the packaged one).", "--registry", "file",
            commands=("build", "evaluate", "evaluate-reading", "explain", "review")),
    Setting("id_map", None, "The map of published ids, kept in git (default: DOCS/data/ids.json).", "--id-map", "file"),
    Setting("max_article_bytes", 2_000_000, "Skip (build) or refuse (add) an article file larger than this many "
            "bytes.", "--max-bytes", "count", commands=("build", "add")),
    Setting("strict", False, "Fail (exit 1) when there is any warning.", "--strict", "flag"),
    Setting("jobs", 1, "Extract in this many worker processes (the output is the same for any number).", "--jobs",
            "count", short="-j"),
    Setting("executor", "local", "Where extraction runs: local worker processes (--jobs), or 'dask' for a Dask "
            "cluster (the output is the same).", "--executor", "text"),
    Setting("scheduler", None, "With --executor dask: the address of a running Dask scheduler (tcp://host:8786); "
            "default: a local cluster of --jobs workers.", "--scheduler", "text"),
    Setting("cache_dir", None, "Cache of per-article results (default: .cache/extract beside the docs folder).",
            "--cache-dir", "folder"),
    Setting("no_cache", False, "Neither read nor write the cache: extract every article.", "--no-cache", "flag"),
    Setting("verbose", 0, "More output; -vv for debugging.", "--verbose", "level", short="-v"),
    Setting("quiet", False, "Only warnings, errors and the one summary line.", "--quiet", "flag", short="-q"),
    Setting("site_name", "Defence Diplomacy Archive", "The site's name, shown on the home page and in the feeds."),
    Setting("site_url", "", "The published address, for absolute links in the feeds (empty: relative links).",
            env="SITE_URL"),
    # generator add
    Setting("add_to", "seeds", "Folder the pages are saved in.", "--seeds", "folder", commands=("add",)),
    Setting("timeout", 20.0, "Seconds allowed for each page, redirects included.", "--timeout", "number",
            commands=("add",), minimum=0.1),
    Setting("max_redirects", 5, "Follow at most this many redirects.", "--max-redirects", "count",
            commands=("add",), minimum=0),
    # generator evaluate, evaluate-reading
    Setting("gold_dir", None, "Folder of gold YAML files, one per article stem.", "--gold", "folder",
            commands=("evaluate",), required=True, must_exist=True),
    Setting("as_json", False, "Print the report as JSON.", "--json", "flag", commands=("evaluate", "evaluate-reading")),
    Setting("min_f1", None, "Exit 1 when people, countries or agreements F1 falls below this.", "--min-f1", "number",
            commands=("evaluate",), minimum=0.0),
    Setting("shared_dir", "../shared", "The shared folder (seeds, gold, corpus, tools/score.py).", "--shared",
            "folder", commands=("evaluate-reading",)),
    Setting("splits", (), "Only these columns (default: seeds, tests/corpus, build, validation; tests/blind, "
            "tests/blind2, tests/blind3, tests/blind4, tests/blind5, tests/blind6, tests/blind7, tests/blind8, "
            "tests/blind9, tests/blind10, tests/blind11, tests/blind12, tests/blind13, tests/blind14, tests/blind15 and "
            "tests/blind16, "
            "the held-out sets written blind, only when asked for).", "--split",
            "choice", commands=("evaluate-reading",), choices=("seeds", "tests/corpus", "tests/blind", "tests/blind2",
                                                               "tests/blind3", "tests/blind4", "tests/blind5",
                                                               "tests/blind6", "tests/blind7", "tests/blind8", "tests/blind9",
                                                               "tests/blind10", "tests/blind11", "tests/blind12",
                                                               "tests/blind13", "tests/blind14", "tests/blind15",
                                                               "tests/blind16",
                                                               "build",
                                                               "validation")),
    Setting("holdout", "page", "How the BUILD column is held out: page (each page read by a line model trained "
            "without it), outlet (without any page of its outlet, and the outlet taken out of sources.yaml), or both "
            "columns.", "--holdout", "text", commands=("evaluate-reading",)),
    # generator explain
    Setting("no_entities", False, "Only the lines and the page fields (no NER models load).", "--no-entities", "flag",
            commands=("explain",)),
    Setting("blank", False, "List blank lines too.", "--blank", "flag", commands=("explain",)),
    # generator bench
    Setting("articles", 1000, "Size of the synthetic corpus for the main figures.", "--articles", "count",
            commands=("bench",), minimum=5),
    Setting("bench_out", ".bench/bench.json", "Where to write the figures as JSON.", "--out", "file",
            commands=("bench",)),
    Setting("quick", False, "Skip the large corpus sizes (500 and 5000): every figure is measured at --articles only.",
            "--quick", "flag", commands=("bench",)),
    Setting("big", 2500, "The large size for bytes per article and peak RSS (figures at 5000 are extrapolated unless "
            "it is 5000; 5000 takes longer than 20 minutes here).", "--big", "count", commands=("bench",), minimum=10),
    Setting("small", 500, "The small size for bytes per article.", "--small", "count", commands=("bench",), minimum=5),
    Setting("work", None, "Scratch folder (default: a temporary one, removed afterwards).", "--work", "folder",
            commands=("bench",)),
    Setting("scale", None, "Instead: the real run at this many articles (cold generation, full site build, peak "
            "memory, bytes per article), figures in .bench/scale-N.json.", "--scale", "count", commands=("bench",),
            minimum=10),
    Setting("bench_jobs", 1, "With --scale: worker processes for the cold generation.", "--jobs", "count",
            short="-j", commands=("bench",)),
)

COMMANDS = tuple(dict.fromkeys(c for s in SETTINGS for c in s.commands))


def of(command: str) -> tuple[Setting, ...]:
    """The settings ``generator <command>`` takes, in declared order."""
    return tuple(s for s in SETTINGS if command in s.commands)


class SettingsError(GeneratorError):
    exit_code = 2  # like click's usage errors


Settings = dataclasses.make_dataclass(
    "Settings", [(s.name, object) for s in SETTINGS], frozen=True, slots=True,
    namespace={"__doc__": "One build's settings, validated together (see ``SETTINGS``)."})


def resolve(command: str = "build", **given) -> "Settings":
    """``Settings`` of ``generator <command>`` from the given values (None: the default, or the
    setting's environment variable), every problem reported at once. The settings of other
    commands keep their defaults."""
    declared = {s.name: s for s in of(command)}
    problems = [f"unknown setting {k!r} of generator {command}" for k in given if k not in declared]
    values: dict[str, object] = {s.name: s.default for s in SETTINGS}
    for s in declared.values():
        v = given.get(s.name)
        if v is None and s.env:
            v = os.environ.get(s.env)
        values[s.name] = s.default if v is None else v

    def where(name: str) -> str:
        s = declared[name]
        return s.flag or (f"the {s.env} environment variable" if s.env else name)

    for s in declared.values():
        v = values[s.name]
        if s.required and v is None:
            problems.append(f"{where(s.name)} is required")
            continue
        if s.kind in ("folder", "file") and v is not None:
            values[s.name] = v = Path(v)
            if s.must_exist and not (v.is_dir() if s.kind == "folder" else v.is_file()):
                problems.append(f"{where(s.name)} {v}: no such {s.kind}")
        least = s.minimum if s.minimum is not None else 1
        if s.kind == "count" and v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < least):
            problems.append(f"{where(s.name)} must be a whole number of at least {least:g}, not {v!r}"
                            if least != 1 else f"{where(s.name)} must be a positive whole number, not {v!r}")
        if s.kind == "number" and v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)) or (s.minimum is not None and v < s.minimum):
                problems.append(f"{where(s.name)} must be a number of at least {s.minimum:g}, not {v!r}")
        if s.kind == "flag" and not isinstance(v, bool):
            problems.append(f"{where(s.name)} is a flag (on or off), not {v!r}")
        if s.kind == "choice":
            values[s.name] = v = tuple(v)
            bad = [x for x in v if x not in s.choices]
            if bad:
                problems.append(f"{where(s.name)} must be one of {', '.join(s.choices)}, not {', '.join(bad)}")
    if "registry" in declared and values["registry"] is not None and not values["registry"].is_file():
        problems.append(f"--registry {values['registry']}: no such file; pass the registry YAML or leave it out")
    if "seeds_dir" in declared and not Path(values["seeds_dir"]).is_dir():
        problems.append(f"--seeds {values['seeds_dir']}: no such folder; pass the folder of *.txt and *.html articles")
    if "gold_dir" in declared and values["gold_dir"] is not None and not values["gold_dir"].is_dir():
        # the generic "no such folder" above says what; this says what to pass instead (make evaluate
        # reads ../shared/gold, which a clone without the shared folder beside it does not have)
        problems.append("pass the folder of gold YAML files: ../shared/gold comes with the shared corpus"
                        " beside the project; tests/seeds_gold holds the gold of the five example seeds")
    for name in ("docs_dir", "cache_dir", "add_to", "work"):
        if name in declared and values[name] is not None and values[name].exists() and not values[name].is_dir():
            problems.append(f"{where(name)} {values[name]}: is a file, not a folder")
    if command == "build":
        if values["id_map"] is not None and values["id_map"].is_dir():
            problems.append(f"--id-map {values['id_map']}: is a folder; pass the JSON file of ids")
        if values["executor"] not in ("local", "dask"):
            problems.append(f"--executor must be 'local' or 'dask', not {values['executor']!r}")
        if values["scheduler"] and values["executor"] != "dask":
            problems.append("--scheduler needs --executor dask")
        if values["no_cache"] and values["cache_dir"] is not None:
            problems.append("--no-cache and --cache-dir contradict each other; pass one of them")
        if values["quiet"] and values["verbose"]:
            problems.append("--quiet and --verbose contradict each other; pass one of them")
    if command == "evaluate-reading" and values["holdout"] not in ("page", "outlet", "both"):
        problems.append(f"--holdout must be 'page', 'outlet' or 'both', not {values['holdout']!r}")
    if problems:
        raise SettingsError("; ".join(problems))
    return Settings(**values)

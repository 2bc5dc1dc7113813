"""Settings of a build, declared once as data: name, default, help, and the command-line flag or
environment variable that sets it. ``resolve`` validates them all together, before anything
runs, and returns one frozen ``Settings`` object whose fields are exactly ``SETTINGS``.

The options of ``generator build`` are made from this table (``generator.cli``), so a setting
cannot be missing from ``--help``; tests/test_settings.py checks the README documents each flag.
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
    flag: str | None = None  # the `generator build` option ("--seeds"), or None
    kind: str = "text"  # text | folder | file | count | flag | level
    env: str | None = None  # an environment variable that sets it when the flag is not given
    short: str | None = None  # a one-letter alias ("-j")


SETTINGS = (
    Setting("seeds_dir", "seeds", "Folder of raw articles: *.txt and saved pages *.html.", "--seeds", "folder"),
    Setting("docs_dir", "docs", "Folder MkDocs builds from; the generator owns only the files in its manifest.",
            "--docs", "folder"),
    Setting("registry", None, "Registry YAML of known entities (default: the packaged one).", "--registry", "file"),
    Setting("id_map", None, "The map of published ids, kept in git (default: DOCS/data/ids.json).", "--id-map", "file"),
    Setting("max_article_bytes", 2_000_000, "Skip article files larger than this many bytes.", "--max-bytes", "count"),
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
    Setting("quiet", False, "Only warnings and errors.", "--quiet", "flag", short="-q"),
    Setting("site_name", "Defence Diplomacy Archive", "The site's name, shown on the home page and in the feeds."),
    Setting("site_url", "", "The published address, for absolute links in the feeds (empty: relative links).",
            env="SITE_URL"),
)


class SettingsError(GeneratorError):
    exit_code = 2  # like click's usage errors


Settings = dataclasses.make_dataclass(
    "Settings", [(s.name, object) for s in SETTINGS], frozen=True, slots=True,
    namespace={"__doc__": "One build's settings, validated together (see ``SETTINGS``)."})


def resolve(**given) -> "Settings":
    """``Settings`` from the given values (None: the default, or the setting's environment
    variable), every problem reported at once."""
    declared = {s.name: s for s in SETTINGS}
    problems = [f"unknown setting {k!r}" for k in given if k not in declared]
    values: dict[str, object] = {}
    for s in SETTINGS:
        v = given.get(s.name)
        if v is None and s.env:
            v = os.environ.get(s.env)
        values[s.name] = s.default if v is None else v

    def where(name: str) -> str:
        s = declared[name]
        return s.flag or (f"the {s.env} environment variable" if s.env else name)

    for s in SETTINGS:
        v = values[s.name]
        if s.kind in ("folder", "file") and v is not None:
            values[s.name] = v = Path(v)
        if s.kind == "count" and (not isinstance(v, int) or isinstance(v, bool) or v <= 0):
            problems.append(f"{where(s.name)} must be a positive whole number, not {v!r}")
        if s.kind == "flag" and not isinstance(v, bool):
            problems.append(f"{where(s.name)} is a flag (on or off), not {v!r}")
    if values["registry"] is not None and not values["registry"].is_file():
        problems.append(f"--registry {values['registry']}: no such file; pass the registry YAML or leave it out")
    if not Path(values["seeds_dir"]).is_dir():
        problems.append(f"--seeds {values['seeds_dir']}: no such folder; pass the folder of *.txt and *.html articles")
    for name in ("docs_dir", "cache_dir"):
        if values[name] is not None and values[name].exists() and not values[name].is_dir():
            problems.append(f"{where(name)} {values[name]}: is a file, not a folder")
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
    if problems:
        raise SettingsError("; ".join(problems))
    return Settings(**values)

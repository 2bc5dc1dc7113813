"""Settings, declared once as data: name, default, help. Validated together before a run."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: object
    help: str


SETTINGS = (
    Setting("seeds_dir", "seeds", "Folder of raw article files (*.txt) and saved pages (*.html)."),
    Setting("docs_dir", "docs", "Folder MkDocs builds from; the generator owns only the files in its manifest."),
    Setting("registry", None, "A registry YAML file of known entities; the packaged one when unset."),
    Setting("max_article_bytes", 2_000_000, "Files larger than this are skipped with a warning."),
    Setting("site_name", "Defence Diplomacy Archive", "The site's name, shown on the home page."),
)


class SettingsError(Exception):
    pass


def resolve(**given) -> dict:
    values = {s.name: s.default for s in SETTINGS}
    problems = []
    for k, v in given.items():
        if k not in values:
            problems.append(f"unknown setting {k!r}")
        elif v is not None:
            values[k] = v
    if not isinstance(values["max_article_bytes"], int) or values["max_article_bytes"] <= 0:
        problems.append("max_article_bytes must be a positive whole number")
    for k in ("seeds_dir", "docs_dir"):
        values[k] = Path(values[k])
    if values["registry"] is not None:
        values["registry"] = Path(values["registry"])
        if not values["registry"].is_file():
            problems.append(f"registry {values['registry']} is not a file")
    if problems:
        raise SettingsError("; ".join(problems))
    return values

"""MkDocs hook for `mkdocs serve`: regenerate docs/ when a seed changes.

`mkdocs serve` watches the seeds folder (added here) and reloads; before each build the hook
runs the generator, which writes only the pages whose content changed. `mkdocs build` does not
regenerate (run `generator build` first, as `make site` does) unless GENERATOR_ON_BUILD=1.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

log = logging.getLogger("mkdocs.hooks.generator")
_serving = False


def on_startup(command, dirty):
    global _serving
    _serving = command == "serve"


def on_serve(server, config, builder):
    seeds = Path(config["config_file_path"]).parent / "seeds"
    if seeds.is_dir():
        server.watch(str(seeds))
    return server


def on_pre_build(config):
    if not (_serving or os.environ.get("GENERATOR_ON_BUILD") == "1"):
        return
    from generator.build import build

    root = Path(config["config_file_path"]).parent
    report = build(root / "seeds", Path(config["docs_dir"]))
    for w in report.warnings:
        log.warning(w)
    log.info("generator: %s", report.summary())

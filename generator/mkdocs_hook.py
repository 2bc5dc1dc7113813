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


def on_config(config):
    """The site's address from the SITE_URL environment variable (the GitHub Pages workflow sets
    it from actions/configure-pages), unless mkdocs.yml sets one: the 404 page, the sitemap,
    canonical links and "Cite this" then carry absolute addresses under the right sub-path."""
    url = os.environ.get("SITE_URL", "").strip()
    if url and not config.get("site_url"):
        config["site_url"] = url if url.endswith("/") else url + "/"
    return config


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


# --- navigation: every page under its tab, with a breadcrumb (see generator/site/nav.py) --------
_placed: list = []


def on_nav(nav, config, files):
    from generator.site.nav import place_pages

    _placed[:] = place_pages(nav, files)
    return nav


def on_env(env, config, files):
    from generator.site.nav import chain_neighbours

    chain_neighbours(_placed)
    return env


def on_page_content(html, page, config, files):
    from generator.site.nav import fill_address

    return fill_address(html, page, config.get("site_url") or "")

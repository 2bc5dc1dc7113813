"""MkDocs hook: regenerate docs/ while serving, place every page in the navigation, and make
`mkdocs build --dirty` a correct incremental update.

`mkdocs serve` watches the seeds folder (added here) and reloads; before each build the hook
runs the generator, which writes only the pages whose content changed. `mkdocs build` does not
regenerate (run `generator build` first, as `make site` does) unless GENERATOR_ON_BUILD=1.

`mkdocs build` records what the next update needs in .cache/site/; `mkdocs build --dirty` then
reads and writes only the pages whose content or navigation changed, and gives the same site as
a full build: every page, the search index, the sitemap, the feeds (generator/site/incremental.py).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from mkdocs.plugins import event_priority

log = logging.getLogger("mkdocs.hooks.generator")
_serving = False
_command: tuple[str, bool] = ("", False)
_tracker = None  # generator.site.incremental.Tracker of the current `mkdocs build`


def on_startup(command, dirty):
    global _serving, _command
    _serving = command == "serve"
    _command = (command, dirty)


def on_config(config):
    """The site's address from the SITE_URL environment variable (the GitHub Pages workflow sets
    it from actions/configure-pages), unless mkdocs.yml sets one: the 404 page, the sitemap,
    canonical links and "Cite this" then carry absolute addresses under the right sub-path."""
    url = os.environ.get("SITE_URL", "").strip()
    if url and not config.get("site_url"):
        config["site_url"] = url if url.endswith("/") else url + "/"
    global _tracker
    if _tracker is not None:
        _tracker.close()
    _tracker = None
    if _command[0] == "build" and hasattr(config, "plugins"):
        from generator.site.incremental import Tracker

        _tracker = Tracker(config, incremental=_command[1])
    return config


def on_serve(server, config, builder):
    seeds = Path(config["config_file_path"]).parent / "seeds"
    if seeds.is_dir():
        server.watch(str(seeds))
    return server


def on_pre_build(config):
    if _tracker is not None:
        _tracker.load()
    if not (_serving or os.environ.get("GENERATOR_ON_BUILD") == "1"):
        return
    from generator.build import build
    from generator.errors import GeneratorError

    root = Path(config["config_file_path"]).parent
    try:
        report = build(root / "seeds", Path(config["docs_dir"]))
    except GeneratorError as exc:  # a message, never a traceback
        if _serving:  # keep serving the last good pages; the message says what to fix
            log.error("generator: %s", exc)
            return
        from mkdocs.exceptions import PluginError

        raise PluginError(f"generator: {exc}") from exc
    for w in report.warnings:
        log.warning(w)
    log.info("generator: %s", report.summary())


# --- navigation: every page under its tab, with a breadcrumb (see generator/site/nav.py) --------
_placed: list = []
_nav: list = [None]


def on_files(files, config):
    if _tracker is not None:
        _tracker.on_files(files)
    return files


def on_nav(nav, config, files):
    from generator.site.nav import place_pages

    _placed[:] = place_pages(nav, files)
    _nav[:] = [nav]
    return nav


def on_env(env, config, files):
    from generator.site.nav import chain_neighbours

    # Compiled templates kept between builds (Jinja's own cache, keyed by each template's source):
    # every build otherwise compiles Material's templates again, about half a second.
    if env.bytecode_cache is None:
        from jinja2 import FileSystemBytecodeCache

        folder = Path(config["config_file_path"]).parent / ".cache" / "site" / "jinja"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            env.bytecode_cache = FileSystemBytecodeCache(str(folder))
        except OSError:  # a read-only project: compile as before
            pass

    if _tracker is not None:
        _tracker.on_env(files, _nav[0], lambda: chain_neighbours(_placed))
    else:
        chain_neighbours(_placed)
    return env


@event_priority(-100)  # after the search plugin has indexed the page
def on_page_context(context, page, config, nav):
    from generator.site.searchfold import fold_yo, search_entries

    entries = search_entries(config)
    if entries is not None:  # «Кишинев» finds «Кишинёв»: before the tracker stores the page's entries
        fold_yo(entries, page.url)
    if _tracker is not None:
        _tracker.on_page_context(page)
    return context


@event_priority(100)  # before the search plugin writes its index
def on_post_build(config):
    global _tracker
    if _tracker is not None:
        _tracker.on_post_build()
        _tracker = None


def on_build_error(error):
    global _tracker
    if _tracker is not None:
        _tracker.forget()
        _tracker = None


def on_page_content(html, page, config, files):
    from generator.site.nav import fill_address

    return fill_address(html, page, config.get("site_url") or "")

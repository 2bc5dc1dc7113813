"""Settings (generator/settings.py) and errors (generator/errors.py): every setting is declared,
documented and validated together; every error the user can fix is a GeneratorError that the
command line prints as a message, never a traceback."""

from __future__ import annotations

import dataclasses
import inspect
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.errors import GeneratorError
from generator.settings import SETTINGS, Settings, SettingsError, resolve
from conftest import examples_dir

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = (" date 2022-09-12 By Mira Stone\n\nThe defence ministers of Georgia and Armenia met in Tbilisi on Monday "
           "and spoke about border security.\n\nThey agreed to meet again next spring.\n")


def test_settings_object_is_frozen_and_made_from_the_table(tmp_path):
    assert [f.name for f in dataclasses.fields(Settings)] == [s.name for s in SETTINGS]
    s = resolve(seeds_dir=examples_dir())
    assert s.jobs == 1 and s.no_cache is False and s.docs_dir == Path("docs")
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.jobs = 2


def test_settings_are_validated_together(tmp_path):
    with pytest.raises(SettingsError) as exc:
        resolve(seeds_dir=tmp_path / "nope", jobs=0, max_article_bytes=-1, registry=tmp_path / "none.yaml",
                no_cache=True, cache_dir=tmp_path)
    msg = str(exc.value)
    for part in ("--jobs", "--max-bytes", "--registry", "--seeds", "--no-cache and --cache-dir"):
        assert part in msg, (part, msg)
    with pytest.raises(SettingsError, match="unknown setting"):
        resolve(seeds_dir=examples_dir(), colour="blue")


def test_every_setting_is_documented_in_help_and_readme():
    """Fails when a setting is added without a line in its commands' `--help` and the README."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = []
    for s in SETTINGS:
        assert s.help.strip(), f"setting {s.name} has no help"
        assert s.commands and set(s.commands) <= set(main.commands), (s.name, s.commands)
        if s.flag:
            for cmd in s.commands:
                if s.flag not in CliRunner().invoke(main, [cmd, "--help"]).output:
                    missing.append(f"{s.flag} not in `generator {cmd} --help`")
            if not re.search(re.escape(s.flag) + r"(?![\w-])", readme):
                missing.append(f"{s.flag} not in README.md")
        elif s.env:
            if s.env not in readme:
                missing.append(f"{s.env} not in README.md")
        elif f"`{s.name}`" not in readme:
            missing.append(f"setting `{s.name}` not in README.md")
    assert not missing, missing


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_option_of_every_command_is_a_declared_setting(command):
    """The other way: each command's options are exactly the declared settings it takes."""
    from generator.settings import of

    help_text = CliRunner().invoke(main, [command, "--help"]).output
    flags = {s.flag for s in of(command) if s.flag} | {"--help"}
    shown = set(re.findall(r"(?<![\w-])(--[a-z][a-z0-9-]+)", help_text))
    assert shown <= flags, shown - flags
    opts = {o for p in main.commands[command].params for o in p.opts if o.startswith("--")}
    assert opts == flags - {"--help"}, opts ^ (flags - {"--help"})


def test_other_commands_settings_are_checked_together(tmp_path):
    with pytest.raises(SettingsError) as exc:
        resolve("add", timeout=0.0, max_redirects=-1, max_article_bytes=0)
    for part in ("--timeout", "--max-redirects", "--max-bytes"):
        assert part in str(exc.value), (part, str(exc.value))
    with pytest.raises(SettingsError, match="--gold is required"):
        resolve("evaluate")
    with pytest.raises(SettingsError, match="--gold .*no such folder"):
        resolve("evaluate", gold_dir=tmp_path / "none")
    with pytest.raises(SettingsError, match="unknown setting 'jobs' of generator evaluate"):
        resolve("evaluate", gold_dir=tmp_path, jobs=2)
    s = resolve("bench", articles=20, quick=True)
    assert s.articles == 20 and s.quick is True and s.bench_jobs == 1 and s.seeds_dir == "seeds"
    r = CliRunner().invoke(main, ["add", "--timeout", "0", "https://example.org/x"])
    assert r.exit_code == 2 and "--timeout" in r.output and "Traceback" not in r.output


def test_every_option_of_every_command_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [f"generator {name} {o}" for name, cmd in main.commands.items() for p in cmd.params for o in p.opts
               if o.startswith("--") and not re.search(re.escape(o) + r"(?![\w-])", readme)]
    assert not missing, f"undocumented options: {missing}"


def test_every_error_class_is_a_generator_error():
    found = []
    for mod in ("reference.registry", "site.helpers", "quality.review", "settings", "text.textnorm", "output.write",
                "ingest.fetch", "resolve.ids", "errors"):
        m = __import__(f"generator.{mod}", fromlist=["x"])
        for name, obj in vars(m).items():
            if inspect.isclass(obj) and issubclass(obj, Exception) and obj.__module__ == m.__name__ \
                    and (name.endswith("Error") or name.endswith("Problem")) and name != "DecodeProblem":
                found.append(obj)
                assert issubclass(obj, GeneratorError), name
    assert len(found) >= 8


def _project(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "talks.txt").write_text(ARTICLE, encoding="utf-8")
    return seeds


@pytest.mark.parametrize("registry", ["people: [\n  - {id: a, name: A\n", "- just\n- a list\n",
                                      "people: {id: x}\n", "people:\n  - {id: Bad Id, name: X}\n"])
def test_broken_registry_is_a_message_not_a_traceback(tmp_path, registry):
    seeds = _project(tmp_path)
    reg = tmp_path / "registry.yaml"
    reg.write_text(registry, encoding="utf-8")
    res = subprocess.run([sys.executable, "-m", "generator", "build", "--seeds", str(seeds), "--docs",
                          str(tmp_path / "docs"), "--registry", str(reg), "--no-cache", "-q"],
                         capture_output=True, text=True, cwd=tmp_path)
    assert res.returncode == 1, res.stderr
    assert "Traceback" not in res.stderr and str(reg) in res.stderr and "fix the file" in res.stderr, res.stderr


@pytest.mark.slow  # a build (the NLP models load) up to the first page
def test_broken_front_matter_is_a_message_not_a_traceback(tmp_path, monkeypatch):
    from generator.site import helpers, render
    from generator.site.helpers import FrontMatterError, read_front_matter

    with pytest.raises(FrontMatterError, match=r"docs/x\.md: the front matter is not valid YAML"):
        read_front_matter("---\ntitle: [unclosed\n---\n\nbody\n", "docs/x.md")
    assert read_front_matter("---\ntitle: ok\n---\n\nbody\n", "x") == {"title": "ok"}

    # A value that cannot round-trip stops the build with a message naming the problem.
    seeds = _project(tmp_path)
    real = helpers.front_matter
    monkeypatch.setattr(render, "front_matter", lambda meta: real({**meta, "title": float("nan")}))
    res = CliRunner().invoke(main, ["build", "--seeds", str(seeds), "--docs", str(tmp_path / "docs"), "--no-cache", "-q"])
    assert res.exit_code == 1 and res.exception is None or isinstance(res.exception, SystemExit), res.exception
    assert "does not round-trip" in res.output and "Traceback" not in res.output


def test_settings_error_exit_code_is_a_usage_error(tmp_path):
    res = CliRunner().invoke(main, ["build", "--seeds", str(tmp_path / "missing"), "--jobs", "0"])
    assert res.exit_code == 2 and "--jobs must be a positive whole number" in res.output
    assert "--seeds" in res.output and "Traceback" not in res.output


def test_every_make_target_is_in_the_readme():
    """A new user reads the README's command table: every target of the Makefile is there."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    targets = re.findall(r"^([a-z][a-z-]*):", (ROOT / "Makefile").read_text(encoding="utf-8"), re.M)
    assert targets and [t for t in targets if f"`make {t}`" not in readme] == []

"""`make serve`: the MkDocs hook regenerates docs/ before each build while serving, so a changed
seed shows after a reload; `mkdocs build` alone does not regenerate."""

import importlib.util
import shutil

from conftest import ROOT, EXAMPLE_TXT


def _hook():
    spec = importlib.util.spec_from_file_location("mkdocs_hook", ROOT / "generator" / "mkdocs_hook.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_serve_regenerates_on_seed_change(tmp_path):
    (tmp_path / "seeds").mkdir()
    src = EXAMPLE_TXT[0]
    seed = tmp_path / "seeds" / src.name
    shutil.copy(src, seed)
    (tmp_path / "mkdocs.yml").write_text("site_name: x\n")
    config = {"config_file_path": str(tmp_path / "mkdocs.yml"), "docs_dir": str(tmp_path / "docs")}
    hook = _hook()
    hook.on_startup(command="build", dirty=False)
    hook.on_pre_build(config)
    assert not (tmp_path / "docs").exists(), "a plain build does not regenerate"
    hook.on_startup(command="serve", dirty=False)
    hook.on_pre_build(config)
    page = tmp_path / "docs" / "articles" / (src.stem.replace("_", "-") + ".md")
    assert page.exists()
    seed.write_text(seed.read_text().replace("Polonez", "Iskander"))
    hook.on_pre_build(config)
    assert "Iskander" in page.read_text()


def test_serve_watches_the_seeds_folder(tmp_path):
    (tmp_path / "seeds").mkdir()
    watched = []

    class Server:
        def watch(self, path):
            watched.append(path)

    _hook().on_serve(Server(), {"config_file_path": str(tmp_path / "mkdocs.yml")}, None)
    assert watched == [str(tmp_path / "seeds")]

"""Faults (issue 16): a build killed at any moment, a full disk, a read-only or forbidden docs
folder, or a bad cache never leaves the archive broken.

The kill tests run the real command line in a child process with a hook that stops it at a
chosen point (while reading files, extracting, rendering, renaming the Nth file into docs/,
deleting a stale page), then kill it with SIGKILL. The next build must finish with no warning
and leave docs/ exactly as a clean build of the same seeds does, file for file.

The disk tests mount a small tmpfs (root only: elsewhere they skip and say why; under
CI=true, which runs as root, they fail instead).
"""

from __future__ import annotations

import dataclasses
import json
import os
import pickle
import shutil
import stat
import subprocess
import sys
import textwrap
from contextlib import contextmanager
from pathlib import Path

import pytest

from generator.build import build
from generator.fileio import TMP_PREFIX
from generator.output import cache as cache_mod
from generator.output.write import MANIFEST, WriteError, write_pages
from conftest import EXAMPLE_TXT

pytestmark = pytest.mark.slow  # real builds killed and rebuilt, full disks, cold caches

ROOT = Path(__file__).resolve().parent.parent
GENERATOR = Path(sys.executable).with_name("generator")
CI = os.environ.get("CI") == "true"
SEEDS = EXAMPLE_TXT
OWN = ROOT / "tests" / "corpus" / "articles"  # articles written for this project
ABOUT = "# About\n\nWritten by a person; the generator never touches it.\n"


IDS = "data/ids.json"  # the map of published ids: it remembers earlier builds (tests/test_ids.py)


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` and its bytes; every folder, as ``<path>/`` with no bytes. Not
    the id map: after an update it also holds the ids of entities that left, which a clean build
    never saw (every page, and so every id in use, must still be the clean build's)."""
    return {rel: data for p in sorted(folder.rglob("*"))
            if (rel := p.relative_to(folder).as_posix() + ("/" if p.is_dir() else "")) != IDS
            for data in [b"" if p.is_dir() else p.read_bytes()]}


def temporaries(*folders: Path) -> list[Path]:
    return [p for d in folders if d.exists() for p in d.rglob(f"{TMP_PREFIX}*")]


# --------------------------------------------------------------------------- two seed sets

def seeds_a(folder: Path) -> None:
    """The archive before: four seeds (one with an extra paragraph) and one of our articles."""
    folder.mkdir(parents=True, exist_ok=True)
    for f in SEEDS[:4]:
        shutil.copy(f, folder / f.name)
    first = folder / SEEDS[0].name
    first.write_text(first.read_text(encoding="utf-8").rstrip("\n")
                     + "\n\nThe delegations also agreed to hold staff talks on logistics next spring.\n", encoding="utf-8")
    shutil.copy(OWN / "en_11_kz_tr_trend_plan.txt", folder / "en_11_kz_tr_trend_plan.txt")


def seeds_b(folder: Path) -> None:
    """The archive after: the first seed back as it was, one seed gone, one added, two new articles."""
    folder.mkdir(parents=True, exist_ok=True)
    for f in SEEDS[:3] + SEEDS[4:]:
        shutil.copy(f, folder / f.name)
    for name in ("en_09_az_by_khrenin_month.txt", "ru_02_az_uz_kurbanov.txt"):
        shutil.copy(OWN / name, folder / name)


def project(base: Path, seeds=seeds_b) -> Path:
    base.mkdir(parents=True, exist_ok=True)
    seeds(base / "seeds")
    (base / "docs").mkdir(exist_ok=True)
    (base / "docs" / "about.md").write_text(ABOUT, encoding="utf-8")
    return base


@pytest.fixture(scope="module")
def clean(tmp_path_factory) -> dict[str, bytes]:
    """docs/ of a clean, uncached build of seed set B (with the hand-written about.md)."""
    proj = project(tmp_path_factory.mktemp("clean"))
    r = build(proj / "seeds", proj / "docs", use_cache=False)
    assert r.warnings == [] and r.articles == 6
    return tree(proj / "docs")


@pytest.fixture(scope="module")
def states(tmp_path_factory, clean) -> Path:
    """Saved states to start from, so most tests load no model: ``docs_a`` (the archive built
    from set A), ``cache_a`` (its cache) and ``cache_ab`` (A's and B's entries, B's pages)."""
    base = tmp_path_factory.mktemp("states")
    proj = project(base / "proj", seeds_a)
    assert build(proj / "seeds", proj / "docs").warnings == []
    shutil.copytree(proj / "docs", base / "docs_a")
    shutil.copytree(proj / ".cache", base / "cache_a")
    shutil.rmtree(proj / "seeds")
    seeds_b(proj / "seeds")
    build(proj / "seeds", proj / "docs")
    assert tree(proj / "docs") == clean  # an update through the cache gives the clean build's files
    # ... and its id map still holds every id set A published.
    before = json.loads((base / "docs_a" / IDS).read_text(encoding="utf-8"))["ids"]
    after = json.loads((proj / "docs" / IDS).read_text(encoding="utf-8"))["ids"]
    assert all(after[ns].get(k) == v for ns, table in before.items() if ns != "event-of" for k, v in table.items())
    shutil.copytree(proj / ".cache", base / "cache_ab")
    return base


def start(tmp_path: Path, states: Path, docs: str, cache: str) -> Path:
    """A project with seed set B, ``docs`` "empty" or "a" (set A's archive), and ``cache`` "cold",
    "a", "ab" or "ab-no-pages" (A's and B's entries without the rendered pages)."""
    proj = project(tmp_path / "proj")
    if docs == "a":
        shutil.rmtree(proj / "docs")
        shutil.copytree(states / "docs_a", proj / "docs")
    if cache != "cold":
        shutil.copytree(states / ("cache_a" if cache == "a" else "cache_ab"), proj / ".cache")
    if cache == "ab-no-pages":
        for p in (proj / ".cache").rglob("site-pages.json"):
            p.unlink()
    return proj


def run_cli(proj: Path, *args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([str(GENERATOR), "build", "--seeds", "seeds", "--docs", "docs", *args], cwd=proj,
                          capture_output=True, text=True, timeout=600, **kw)


def assert_recovers(proj: Path, clean: dict[str, bytes]) -> None:
    """The next build: no warning, exactly the clean build's files, no temporary file; and the
    one after writes nothing."""
    res = run_cli(proj, "--strict")
    assert res.returncode == 0, res.stderr[-3000:]
    assert "WARNING" not in res.stderr and " 0 warnings" in res.stderr, res.stderr[-3000:]
    assert "Traceback" not in res.stderr
    got = tree(proj / "docs")
    assert sorted(got) == sorted(clean), (sorted(set(got) ^ set(clean)))
    assert [k for k in clean if got[k] != clean[k]] == []
    assert temporaries(proj / "docs", proj / ".cache") == []
    again = run_cli(proj, "--strict")
    assert again.returncode == 0 and "0 pages written" in again.stderr, again.stderr[-2000:]


# --------------------------------------------------------------------------- killing a real build

# Runs `generator build` in this process with one hook that, at the chosen point, prints HOLD
# and waits to be killed. It exits with status 3 (and prints DONE) if the point never came.
_KILLABLE = textwrap.dedent(r'''
    import os, sys, time
    from pathlib import Path

    stage, n = sys.argv[1], int(sys.argv[2])
    docs = Path("docs").resolve()
    calls = [0]

    def hold(what):
        print("HOLD", what, flush=True)
        time.sleep(600)
        os._exit(4)

    def count(what):
        calls[0] += 1
        if calls[0] >= n:
            hold(what)

    def in_docs(p):
        try:
            return Path(os.fspath(p)).resolve().is_relative_to(docs)
        except (TypeError, ValueError):
            return False

    if stage == "ingest":  # reading the seed files: after n-1 files were read and cached
        from generator.ingest import reader as ingest
        real_read = ingest.read_article_file
        def read(*a, **k):
            count("ingest")
            return real_read(*a, **k)
        ingest.read_article_file = read
    elif stage == "extract":  # in the middle of entity extraction
        from generator.extract import entities as extract
        real_one = extract.extract_one
        def one(*a, **k):
            count("extract")
            return real_one(*a, **k)
        extract.extract_one = one
    elif stage == "render":  # extraction done and cached, nothing rendered
        from generator.site import memo  # (generator.build imports it where rendering starts)
        def render(*a, **k):
            hold("render")
        memo.render = render
    elif stage == "write":  # the temporary file of the nth file into docs/ is complete, not renamed
        real_replace = os.replace
        def replace(src, dst, *a, **k):
            if in_docs(dst):
                count(f"write {dst}")
            return real_replace(src, dst, *a, **k)
        os.replace = replace
    elif stage == "manifest":  # the nth manifest written, not yet renamed
        real_replace = os.replace
        def replace(src, dst, *a, **k):
            if os.path.basename(os.fspath(dst)) == ".generator-manifest.json" and in_docs(dst):
                count(f"manifest {dst}")
            return real_replace(src, dst, *a, **k)
        os.replace = replace
    elif stage == "delete":  # removing the pages of the article taken out
        real_unlink = os.unlink
        def unlink(p, *a, **k):
            if in_docs(p) and not os.path.basename(os.fspath(p)).startswith(".generator-tmp-"):
                count(f"delete {p}")
            return real_unlink(p, *a, **k)
        os.unlink = unlink
    else:
        raise SystemExit(f"unknown stage {stage}")

    from generator.cli import main
    try:
        main(["build", "--seeds", "seeds", "--docs", "docs", "-q"])
    finally:
        print("DONE", flush=True)
        os._exit(3)
''')


def kill_at(proj: Path, stage: str, n: int) -> str:
    """Start a real build in ``proj``, wait until the hook holds it at (stage, n), SIGKILL it."""
    script = proj.parent / f"killable-{proj.name}.py"
    script.write_text(_KILLABLE, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, str(script), stage, str(n)], cwd=proj, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()  # blocks until HOLD, or DONE if the point never came
        assert line.startswith("HOLD"), f"the build never reached {stage} #{n}: {line!r} {proc.stderr.read()[-2000:]}"
    finally:
        proc.kill()  # SIGKILL: no handler, no cleanup
        proc.wait(timeout=60)
    assert proc.returncode == -9
    return line.strip()


@pytest.mark.parametrize("docs, cache, stage, n", [
    ("empty", "cold", "ingest", 3),      # reading the seeds, two of six cached
    ("empty", "cold", "extract", 2),     # a first build, in entity extraction
    ("a", "ab-no-pages", "render", 1),   # an update, everything extracted, nothing rendered
    ("empty", "ab", "write", 1),         # the manifest's temporary file written, not renamed
    ("empty", "ab", "write", 2),         # the manifest in place, the first page's temporary file not
    ("empty", "ab", "write", 25),        # a first build, half its pages written (the issue's case)
    ("a", "ab", "write", 12),            # an update, some pages new, some old
    ("a", "ab", "delete", 1),            # an update, the removed article's pages half deleted
    ("a", "ab", "manifest", 2),          # an update, every page done, the final manifest not in place
])
def test_killed_build_then_next_build_is_clean(tmp_path, clean, states, docs, cache, stage, n):
    proj = start(tmp_path, states, docs, cache)
    where = kill_at(proj, stage, n)
    if stage == "write":
        # The kill left what the issue saw: some pages written, not all, and a temporary file.
        assert temporaries(proj / "docs"), where
        assert tree(proj / "docs") != clean
    if stage in ("delete", "manifest"):
        assert tree(proj / "docs") != clean
    assert_recovers(proj, clean)


# --------------------------------------------------------------------------- ownership rules

@dataclasses.dataclass(frozen=True)
class P:
    path: str
    text: str


def test_manifest_lists_new_files_before_they_are_written(tmp_path, monkeypatch):
    import generator.output.write as w

    docs = tmp_path / "docs"
    seen = []
    real = w.atomic_write

    def spy(target, data, sync=True):
        if target.name != MANIFEST:
            seen.append((target.relative_to(docs).as_posix(), set(json.loads((docs / MANIFEST).read_text())["files"])))
        return real(target, data, sync)

    real_many = w.atomic_write_many

    def spy_many(items, guard=None):  # the pages are written together (one sync for all)
        for target, _ in items:
            seen.append((target.relative_to(docs).as_posix(), set(json.loads((docs / MANIFEST).read_text())["files"])))
        return real_many(items, guard)

    monkeypatch.setattr(w, "atomic_write", spy)
    monkeypatch.setattr(w, "atomic_write_many", spy_many)
    write_pages(docs, [P("a.md", "a\n"), P("sub/b.md", "b\n")])
    assert seen and all(rel in listed for rel, listed in seen)


def test_person_file_still_protected_and_identical_file_taken_back(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "mine.md").write_text("a person's text\n")
    (docs / "page.md").write_text("the generated page\n")  # e.g. left by an older version killed mid-build
    res = write_pages(docs, [P("mine.md", "generated\n"), P("page.md", "the generated page\n")])
    assert (docs / "mine.md").read_text() == "a person's text\n" and res.skipped == ["mine.md"]
    assert len(res.warnings) == 1 and "a person made this file" in res.warnings[0]
    assert res.adopted == ["page.md"] and res.written == []
    assert json.loads((docs / MANIFEST).read_text())["files"] == ["page.md"]
    # Taken back, it is the generator's: a later build without it removes it, the person's stays.
    write_pages(docs, [])
    assert not (docs / "page.md").exists() and (docs / "mine.md").exists()


def test_folders_a_killed_build_left_empty_are_removed(tmp_path):
    docs = tmp_path / "docs"
    write_pages(docs, [P("gone/a.md", "a\n"), P("kept.md", "k\n")])
    (docs / "gone" / "a.md").unlink()  # killed between removing the page and its folder
    (docs / "new").mkdir()
    (docs / "new" / f"{TMP_PREFIX}0123abcd").write_bytes(b"half")  # killed before the rename
    res = write_pages(docs, [P("kept.md", "k\n")])
    assert res.warnings == [] and sorted(tree(docs)) == [MANIFEST, "kept.md"]


# --------------------------------------------------------------------------- permissions

def test_files_get_the_umask_permissions(tmp_path):
    """Pages, manifest and cache entries: 0o666 less the umask (0o027 here, not the usual 0o022)."""
    umask = 0o027
    proj = project(tmp_path / "proj")
    res = run_cli(proj, "-q", preexec_fn=lambda: os.umask(umask))
    assert res.returncode == 0, res.stderr[-2000:]
    want = 0o666 & ~umask
    modes = {p.relative_to(proj).as_posix(): stat.S_IMODE(p.stat().st_mode)
             for d in ("docs", ".cache") for p in (proj / d).rglob("*") if p.is_file() and p.name != "about.md"}
    assert len(modes) > 50 and set(modes.values()) == {want}, {k: oct(v) for k, v in modes.items() if v != want}


def test_private_pages_of_older_versions_get_the_usual_permissions(tmp_path):
    docs = tmp_path / "docs"
    write_pages(docs, [P("a.md", "a\n")])
    os.chmod(docs / "a.md", 0o600)  # what the pickle-era generator left
    old = os.umask(0o022)
    try:
        res = write_pages(docs, [P("a.md", "a\n")])
    finally:
        os.umask(old)
    assert res.written == [] and stat.S_IMODE((docs / "a.md").stat().st_mode) == 0o644


# --------------------------------------------------------------------------- full disk, read-only, forbidden

@contextmanager
def tmpfs(path: Path, size: str):
    """A small tmpfs mounted at ``path`` for the test (root only)."""
    path.mkdir(parents=True, exist_ok=True)
    why = None
    if not shutil.which("mount"):
        why = "the mount command is not installed"
    else:
        res = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(path)],
                             capture_output=True, text=True)
        if res.returncode != 0:
            why = f"cannot mount a tmpfs (root or CAP_SYS_ADMIN needed): {res.stderr.strip() or res.returncode}"
    if why:
        if CI:
            pytest.fail(f"{why}; CI runs as root and must be able to")
        pytest.skip(why)
    try:
        yield path
    finally:
        if subprocess.run(["umount", str(path)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(path)], capture_output=True)


def remount(path: Path, options: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{options}", str(path)], check=True, capture_output=True)


def assert_one_clear_error(res: subprocess.CompletedProcess, *words: str) -> str:
    assert res.returncode == 1, res.stderr[-3000:]
    assert "Traceback" not in res.stderr and "OSError" not in res.stderr, res.stderr[-3000:]
    errors = [line for line in res.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1, res.stderr[-3000:]
    for w in ("docs/", "run the build again", *words):
        assert w in errors[0], errors[0]
    return errors[0]


def test_full_disk_one_message_no_half_page_then_recovers(tmp_path, clean, states):
    proj = start(tmp_path, states, "empty", "ab")
    shutil.copy(proj / "docs" / "about.md", tmp_path / "about.md")
    with tmpfs(proj / "docs", "64k"):
        shutil.copy(tmp_path / "about.md", proj / "docs" / "about.md")
        res = run_cli(proj)
        assert_one_clear_error(res, "the disk is full", "free some space")
        docs = tree(proj / "docs")
        assert temporaries(proj / "docs") == []
        assert 1 < len(docs) < len(clean)  # it stopped part way ...
        # ... and every file it left is whole: the clean build's bytes, or the manifest, which
        # already lists every file present.
        listed = set(json.loads(docs.pop(MANIFEST))["files"])
        for rel, data in docs.items():
            assert data == clean[rel], rel
            assert rel in listed or rel == "about.md" or rel.endswith("/")
        remount(proj / "docs", "size=8m")  # space freed
        assert_recovers(proj, clean)


def test_full_disk_under_the_cache_too(tmp_path, clean):
    """Seeds, cache and docs on one full disk: one cache warning at most, one error, exit 1."""
    base = tmp_path / "disk"
    with tmpfs(base, "160k"):
        proj = project(base / "proj")
        res = run_cli(proj)
        assert_one_clear_error(res, "the disk is full")
        assert len([line for line in res.stderr.splitlines() if line.startswith("WARNING")]) <= 1, res.stderr
        assert temporaries(proj / "docs", proj / ".cache") == []
        remount(base, "size=16m")
        assert_recovers(proj, clean)


def test_read_only_docs(tmp_path, clean, states):
    proj = start(tmp_path, states, "empty", "ab")
    with tmpfs(proj / "docs", "8m"):
        shutil.copytree(states / "docs_a", proj / "docs", dirs_exist_ok=True)
        before = tree(proj / "docs")
        remount(proj / "docs", "ro")
        res = run_cli(proj)
        assert_one_clear_error(res, "read-only", "remount it read-write")
        assert tree(proj / "docs") == before
        remount(proj / "docs", "rw")
        assert_recovers(proj, clean)


def test_permission_denied(tmp_path, clean, states):
    """docs/ this account may not write: its folders are made read-only (0555) and, as root, the
    build runs without the capability that lets root ignore permissions (setpriv)."""
    proj = start(tmp_path, states, "a", "ab")
    before = tree(proj / "docs")
    prefix: list[str] = []
    if os.geteuid() == 0:
        if not shutil.which("setpriv"):
            if CI:
                pytest.fail("setpriv (util-linux) is needed to run a build without root's permission override")
            pytest.skip("running as root without setpriv (util-linux): root ignores file permissions")
        prefix = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", "--"]
    folders = [p for p in [proj / "docs", *(proj / "docs").rglob("*")] if p.is_dir()]
    for p in folders:
        os.chmod(p, 0o555)
    try:
        res = subprocess.run([*prefix, str(GENERATOR), "build", "--seeds", "seeds", "--docs", "docs"], cwd=proj,
                             capture_output=True, text=True, timeout=600)
        assert_one_clear_error(res, "permission denied", "write permission on docs")
        assert tree(proj / "docs") == before and temporaries(proj / "docs") == []
    finally:
        for p in folders:
            os.chmod(p, 0o755)
    assert_recovers(proj, clean)


def test_write_error_names_the_path(tmp_path, monkeypatch):
    """An OSError from the file system is a WriteError that names the file; no temporary file."""
    import errno

    import generator.output.write as w

    real = os.fsync

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    docs = tmp_path / "docs"
    monkeypatch.setattr(w.os, "fsync", full)
    with pytest.raises(WriteError) as exc:
        write_pages(docs, [P("people/x.md", "x\n")])
    monkeypatch.setattr(w.os, "fsync", real)
    assert str(docs / MANIFEST) in str(exc.value) and "the disk is full" in str(exc.value)
    assert temporaries(docs) == []


# --------------------------------------------------------------------------- the cache is data

def test_cache_holds_json_only(tmp_path):
    proj = project(tmp_path / "proj")
    build(proj / "seeds", proj / "docs")
    files = [p for p in (proj / ".cache").rglob("*") if p.is_file()]
    assert len(files) > 10
    for p in files:
        if p.name == "gazetteer.sqlite":  # the places gazetteer (extract/places.py): an SQLite table of names
            assert p.read_bytes()[:16] == b"SQLite format 3\x00", p
            continue
        if p.name == cache_mod.PACK:  # the pack of the build's readings and extractions: marshal data
            _assert_pack_is_data(p)
            continue
        if p.read_bytes().startswith(b"generator-file\0"):  # a single-entry file (the site's pages) as marshal data
            _assert_pack_is_data(p, b"generator-file\0", 5)
            continue
        assert p.suffix == ".json", p
        json.loads(p.read_bytes().decode("utf-8", "surrogatepass"))  # data, not a pickle


def _assert_pack_is_data(p: Path, magic: bytes = b"generator-pack\0", fields: int = 3) -> None:
    """A pack (or a single-entry file in marshal form) is its header (``fields`` parts, each ended by
    NUL), a checksum and marshal data of values only: no code object anywhere."""
    import marshal
    import types

    data = p.read_bytes()
    assert data.startswith(magic), p
    rest = data.split(b"\0", fields)[-1]
    table = marshal.loads(rest[32:])  # after the checksum
    todo = [table]
    while todo:
        v = todo.pop()
        assert not isinstance(v, types.CodeType), p
        if isinstance(v, dict):
            todo += list(v.keys()) + list(v.values())
        elif isinstance(v, (list, tuple, set, frozenset)):
            todo += list(v)


class _Boom:
    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


def test_foreign_cache_entries_never_run_and_are_rebuilt(tmp_path, clean):
    proj = project(tmp_path / "proj")
    build(proj / "seeds", proj / "docs")
    entries = sorted(p for p in (proj / ".cache" / "extract").rglob("*.json") if p.parent.name != "extract")
    marker = tmp_path / "code-ran"
    boom = _Boom()
    boom.marker = marker
    per_article = [p for p in entries if len(p.stem) == 64]
    next((proj / ".cache" / "extract").rglob(cache_mod.PACK)).unlink()  # the entries themselves are read
    site = next(p for p in entries if p.name == "site-pages.json")
    # 1. a pickle that runs a command when loaded; 2. another entry's valid JSON (other key);
    # 3. the right header with a value naming a class outside the whitelist; 4. a record with a
    # field it does not have; 5. an entry of another format version.
    per_article[0].write_bytes(pickle.dumps(boom))
    shutil.copy(per_article[2], per_article[1])
    for i, value in ((3, {"r": "subprocess.Popen", "f": [["touch", str(marker)]]}),
                     (4, {"r": "generator.model.PartialDate", "f": [2020, None, None, "evil"]})):
        entry = json.loads(per_article[i].read_text(encoding="utf-8"))
        assert entry[:2] == ["generator-cache", cache_mod.FORMAT]
        entry[5] = value
        per_article[i].write_text(json.dumps(entry), encoding="utf-8")
    # the site's pages are kept in the cache's marshal form (a header naming the format first)
    head = b"generator-file\0%d\0" % cache_mod.FORMAT
    assert site.read_bytes().startswith(head)
    site.write_bytes(site.read_bytes().replace(head, b"generator-file\0%d\0" % (cache_mod.FORMAT + 1), 1))
    r = build(proj / "seeds", proj / "docs")
    assert not marker.exists()
    assert r.cache_counts["unusable"] >= 5, r.cache_counts
    assert r.warnings == [] and tree(proj / "docs") == clean
    assert build(proj / "seeds", proj / "docs").cache_counts["misses"] == 0  # rebuilt


def test_corrupt_lemma_memo_is_ignored(tmp_path, clean):
    proj = project(tmp_path / "proj")
    build(proj / "seeds", proj / "docs")
    memo = next((proj / ".cache" / "extract").rglob("lemmas.json"))
    memo.write_bytes(pickle.dumps(("lemmas-1", {}, {})))
    r = build(proj / "seeds", proj / "docs", use_cache=True)
    assert r.warnings == [] and tree(proj / "docs") == clean


# --------------------------------------------------------------------------- the data format

def test_records_round_trip_generically(tmp_path):
    """Every record the cache holds comes back equal, field for field, through JSON: the
    encoding reads the dataclass fields, so a new field needs no cache code."""
    from generator.ingest import reader as ingest
    from generator.build import load_articles, BuildReport
    from generator.extract.entities import extract_many
    from generator.reference.registry import Registry
    from generator.site.helpers import Page

    seeds = tmp_path / "seeds"
    seeds_b(seeds)
    report = BuildReport()
    loaded = load_articles(seeds, 2_000_000, report)
    arts = [a for a, _ in loaded]
    values = [p for _, p in loaded] + arts + list(extract_many(arts, Registry()).values())
    values.append([Page("a.md", "x\ud800y"), (1, 2.5, None, True), {(1, "a"): frozenset({"x", "y"}), "k": {b"\0"}}])
    for v in values:
        back = cache_mod.loads(cache_mod.dumps(v))
        assert back == v and type(back) is type(v)
    assert any(isinstance(v, ingest.Parsed) for v in values)


@pytest.mark.parametrize("bad", [
    {"r": "os.system", "f": ["true"]},
    {"r": "subprocess.Popen", "f": [["true"]]},
    {"r": "generator.model.Nothing", "f": []},
    {"r": "generator.model.PartialDate", "f": [2020]},  # fields missing
    {"r": "generator.model.PartialDate", "f": [2020, 13, None]},  # refused by the record itself
    {"r": "generator.model.PartialDate", "f": {"year": 2020}},
    {"r": "generator.model.Mention", "f": ["a", "person", ["a list"], "n", 0, 1, "ner"]},  # wrong type
    {"r": "generator.model.Mention", "f": ["a", "person", "t", "n", "0", 1, "ner"]},
    {"r": "generator.model.PartialDate", "f": [2020.5, None, None]},
    {"r": "builtins.dict", "f": []},
    {"x": [1]},
    {},
    {"t": "not a list"},
    {"d": [[1]]},
    {"d": ["ab"]},
    {"d": [[[1], 2]]},
    {"s": [[1]]},
    {"b": "!!!"},
])
def test_decode_refuses_what_it_does_not_know(bad):
    with pytest.raises(ValueError):
        cache_mod.decode(bad)


def test_decode_checks_field_types_and_keeps_good_records():
    """A crafted entry with the right fingerprint but the wrong shapes is refused (and so
    rebuilt), not handed to the build to crash it later; a record of the right shapes decodes."""
    from generator.model import Mention

    good = Mention("a", "person", "Zakir Hasanov", "zakir hasanov", 0, 13, "ner")
    assert cache_mod.decode(cache_mod.encode(good)) == good
    assert cache_mod._fits((1, 2), tuple[int, ...]) and not cache_mod._fits((1, "2"), tuple[int, ...])
    assert cache_mod._fits(None, int | None) and not cache_mod._fits("x", int | None)
    assert cache_mod._fits({"a": [1]}, dict[str, list[int]]) and not cache_mod._fits({"a": 1}, dict[str, list[int]])


def test_encode_refuses_other_objects():
    @dataclasses.dataclass
    class NotOurs:
        x: int

    for v in (NotOurs(1), object(), Path("x"), [1, {2: NotOurs(2)}]):
        with pytest.raises(cache_mod.CacheFormatError):
            cache_mod.encode(v)

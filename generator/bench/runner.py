"""The benchmark runner: time generation, the cache, --jobs 2 and the MkDocs build on the
synthetic corpus of ``generator.bench.corpus``.

Every generation runs in a child process (``python -m generator.bench.runner <mode> ...``) so that
its peak RSS can be read from ``os.wait4`` and a cold start is really cold. Wall times are
measured around the child; the child also reports the time of the build itself.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from generator.bench.corpus import article, corpus

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("spacy", "natasha", "slovnet", "thinc", "pymorphy2", "dateparser", "numpy")
TARGETS = {
    "cold_vs_ner": "cold generate <= 1.3x bare NER",
    "jobs2_speedup": "--jobs 2 >= 1.7x --jobs 1",
    "rerun": "rerun at N=1000 < 1 s and 0 files written",
    "one_added": "one article added at N=1000: generate < 2 s",
    "one_added_total": "one article added: generate + site update (mkdocs build --dirty) < 5 s",
    "update_identical": "site update = full build, file by file",
    "mkdocs_vs_plain": "full mkdocs build <= 1.3x the plain build of the article pages, CPU per page",
    "dask_identical": "--executor dask (local cluster, 2 workers): output identical to --jobs 1",
    "bytes_per_article": "site bytes/article at 5000 within 1.2x of 500",
    "peak_rss": "peak RSS at 5000 < 1.5 GB",
}


def write_corpus(folder: Path, n: int, start: int = 0) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in corpus(n, start=start):
        (folder / name).write_text(text, encoding="utf-8")


def make_project(proj: Path) -> None:
    """A project like the real one: mkdocs.yml, the hook, the hand-written docs files."""
    (proj / "docs").mkdir(parents=True, exist_ok=True)
    (proj / "generator").mkdir(exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", proj / "mkdocs.yml")
    shutil.copy(ROOT / "generator" / "mkdocs_hook.py", proj / "generator" / "mkdocs_hook.py")
    if (ROOT / "overrides").is_dir():
        shutil.copytree(ROOT / "overrides", proj / "overrides", dirs_exist_ok=True)
    owned: set[str] = set()
    try:
        owned = set(json.loads((ROOT / "docs" / ".generator-manifest.json").read_text())["files"])
    except (OSError, ValueError, KeyError):
        pass
    for f in (ROOT / "docs").rglob("*"):
        rel = f.relative_to(ROOT / "docs").as_posix()
        if f.is_file() and rel not in owned and not rel.startswith(".generator-manifest"):
            (proj / "docs" / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(f, proj / "docs" / rel)


def compile_bytecode() -> bool:
    """Byte-compile the generator's modules first, as pip does for an installed package and as
    Python does itself on a first run: under ``PYTHONDONTWRITEBYTECODE=1`` an editable install
    would otherwise compile every module from source in every timed process (about 0.1-0.3 s of
    each command, not a cost a user pays twice). True if every module compiled."""
    import compileall

    return bool(compileall.compile_dir(str(ROOT / "generator"), quiet=2))


def snapshot(*folders: Path) -> dict[str, tuple]:
    out = {}
    for d in folders:
        if d.exists():
            for f in d.rglob("*"):
                if f.is_file():
                    st = f.stat()
                    out[str(f)] = (st.st_mtime_ns, st.st_size, st.st_ino)
    return out


def changed(before: dict, after: dict) -> int:
    return sum(1 for k, v in after.items() if before.get(k) != v)


def run_measured(cmd: list[str], cwd: Path | None = None, env: dict | None = None) -> dict:
    """Run a command; wall seconds, exit status, peak RSS (MB, the child or any process it waited
    for) and its output."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=err,
                             env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})})
        _, status, ru = os.wait4(p.pid, 0)
        secs = time.perf_counter() - t0
        p.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        res = {"seconds": secs, "rc": p.returncode, "rss_mb": ru.ru_maxrss / 1024, "cpu_s": ru.ru_utime + ru.ru_stime,
               "stdout": out.read().decode(errors="replace"), "stderr": err.read().decode(errors="replace")}
    if res["rc"] != 0:
        raise RuntimeError(f"{' '.join(map(str, cmd))} failed ({res['rc']}):\n{res['stderr'][-3000:]}")
    return res


def child(mode: str, **kw) -> dict:
    """Run one measured phase in a fresh interpreter; its JSON report plus wall time and RSS."""
    res = run_measured([sys.executable, "-m", "generator.bench.runner", mode, json.dumps(kw)], cwd=ROOT)
    data = json.loads(res["stdout"].strip().splitlines()[-1])
    data.update(wall=res["seconds"], rss_mb=res["rss_mb"])
    return data


def mkdocs(proj: Path, site: Path, dirty: bool = False, full: bool = False) -> float | dict:
    """Seconds of one `mkdocs build` (``full=True``: the whole measurement, peak RSS included)."""
    cmd = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(proj / "mkdocs.yml"), "-d", str(site)]
    res = run_measured(cmd + (["--dirty"] if dirty else []), cwd=proj)
    return res if full else res["seconds"]


def site_files(site: Path) -> dict[str, bytes]:
    """A built site's files; a .gz file by its content (its header names the file's full path)."""
    import gzip

    out = {}
    for f in site.rglob("*"):
        if f.is_file():
            data = f.read_bytes()
            out[f.relative_to(site).as_posix()] = gzip.decompress(data) if f.name.endswith(".gz") else data
    return out


def html_stamps(site: Path) -> dict[str, int]:
    return {str(f): f.stat().st_mtime_ns for f in site.rglob("*.html")}


def tree_bytes(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())


# --------------------------------------------------------------------------- child modes

def _texts(seeds: Path) -> list[tuple[str, str]]:
    from generator.build import BuildReport, load_articles

    return [(a.lang, a.body) for a, _ in load_articles(seeds, 2_000_000, BuildReport())]


def _bare_ner(texts: list[tuple[str, str]]) -> dict:
    """The models alone: spaCy nlp.pipe (the generator's components) and Natasha NER."""
    from natasha import Doc

    from generator.nlp import analysis as nlp

    en = [t for lang, t in texts if lang == "en"]
    ru = [t for lang, t in texts if lang != "en"]
    t0 = time.perf_counter()
    n = 0
    for doc in nlp.spacy_en().pipe(en, batch_size=32):
        n += len(doc.ents)
    t1 = time.perf_counter()
    nat = nlp.natasha()
    for t in ru:
        d = Doc(t)
        d.segment(nat["segmenter"])
        d.tag_ner(nat["ner"])
        n += len(d.spans)
    t2 = time.perf_counter()
    return {"bare_ner": t2 - t0, "bare_ner_en": t1 - t0, "bare_ner_ru": t2 - t1, "entities": n}


def _child_main(argv: list[str]) -> None:
    from generator.nlp import analysis as nlp
    from generator.build import build

    mode, kw = argv[0], json.loads(argv[1])
    seeds, docs = Path(kw["seeds"]), Path(kw["docs"])
    cache = Path(kw["cache"]) if kw.get("cache") else None
    out: dict = {}
    if mode == "cold":
        # (a) and the --jobs 1 half of (b): load the models, generate with an empty cache, then
        # the bare NER pass over the same texts in the same process.
        texts = kw.get("texts") and json.loads(Path(kw["texts"]).read_text())
        t0 = time.perf_counter()
        nlp.spacy_en()
        nlp.natasha()
        nlp.morph()
        out["load_models"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        rep = build(seeds, docs, cache_dir=cache, jobs=1)
        out["generate"] = time.perf_counter() - t0
        import resource

        out["generator_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # before the NER pass
        out.update(_bare_ner(texts))
    else:  # "gen": one build as the command line runs it
        t0 = time.perf_counter()
        rep = build(seeds, docs, cache_dir=cache, use_cache=cache is not None, jobs=int(kw.get("jobs", 1)),
                    executor=kw.get("executor", "local"))
        out["generate"] = time.perf_counter() - t0
    out.update(pages_written=len(rep.write.written), timings=rep.timings, cache=rep.cache, articles=rep.articles,
               heavy_modules=sorted({m.split(".")[0] for m in sys.modules} & set(HEAVY)))
    print(json.dumps(out))



# --------------------------------------------------------------------------- (d), (e), (g): the site

def one_added(main: Path, n: int, gen_cmd: list[str]) -> dict:
    """A full build (which records the state), then one article added: the generator's time and
    the incremental site update's (`mkdocs build --dirty`, generator/site/incremental.py), whose
    result is compared file by file with a full build of the same docs/."""
    t_full = mkdocs(main, main / "site")
    name, text = article(n)
    (main / "seeds" / name).write_text(text, encoding="utf-8")
    before = snapshot(main / "docs", main / ".cache" / "extract")
    r = run_measured(gen_cmd, cwd=main)
    after = snapshot(main / "docs", main / ".cache" / "extract")
    docs_after = snapshot(main / "docs")
    written_docs = changed({k: v for k, v in before.items() if k in docs_after}, docs_after)
    stamps = html_stamps(main / "site")
    upd = mkdocs(main, main / "site", dirty=True, full=True)
    stamps2 = html_stamps(main / "site")
    full = mkdocs(main, main / "site-full", full=True)
    a, b = site_files(main / "site"), site_files(main / "site-full")
    differ = sorted(set(a) ^ set(b)) + [k for k in a if k in b and a[k] != b[k]]
    shutil.rmtree(main / "site-full", ignore_errors=True)
    return {"n": n + 1, "generate_s": r["seconds"], "generate_cpu_s": r["cpu_s"], "generate_rss_mb": r["rss_mb"],
            "files_written": changed(before, after), "docs_files_written": written_docs,
            "mkdocs_full_before_s": t_full, "update_s": upd["seconds"], "update_rss_mb": upd["rss_mb"],
            "html_pages": len(stamps2), "html_written": sum(1 for k, v in stamps2.items() if stamps.get(k) != v),
            "mkdocs_full_s": full["seconds"], "mkdocs_full_cpu_s": full["cpu_s"], "mkdocs_full_rss_mb": full["rss_mb"],
            "update_cpu_s": upd["cpu_s"],
            "identical_to_full": not differ, "differing_files": differ[:20],
            "total_s": r["seconds"] + upd["seconds"]}


def per_page(main: Path, work: Path, n: int, full: dict) -> dict:
    """The full site's build cost per HTML page against a plain build of the article pages alone:
    the same theme and Markdown extensions (without md_in_html an article's metadata block is
    left as raw text: a cheaper but broken page), no hook, a nav of the home page only. CPU time
    (user + system) of the build, which a machine shared with other work inflates far less than
    wall time; wall times are recorded too."""
    import yaml

    plain = work / "plain"
    (plain / "docs" / "articles").mkdir(parents=True)
    for f in (main / "docs" / "articles").glob("*.md"):
        if f.name != "index.md" and not f.name.startswith("page-"):
            shutil.copy(f, plain / "docs" / "articles" / f.name)
    site_cfg = yaml.safe_load((main / "mkdocs.yml").read_text(encoding="utf-8"))
    # Minimal, but with a nav of the home page only, as the real site's nav lists only its
    # section pages: without one MkDocs puts all N pages in every page's sidebar (O(N^2)).
    cfg = {"site_name": "Plain", "use_directory_urls": False, "theme": {"name": "material", "font": False},
           "markdown_extensions": site_cfg.get("markdown_extensions", []), "nav": [{"Home": "index.md"}]}
    (plain / "mkdocs.yml").write_text(yaml.safe_dump(cfg))
    (plain / "docs" / "index.md").write_text("# Plain\n")
    p = mkdocs(plain, plain / "site", full=True)
    full_pages = len(list((main / "site").rglob("*.html")))
    plain_pages = len(list((plain / "site").rglob("*.html")))
    out = {"n": n + 1, "full_s": full["seconds"], "plain_s": p["seconds"], "full_cpu_s": full["cpu_s"],
           "plain_cpu_s": p["cpu_s"], "full_pages": full_pages, "plain_pages": plain_pages,
           "full_ms_per_page": 1000 * full["cpu_s"] / full_pages, "plain_ms_per_page": 1000 * p["cpu_s"] / plain_pages,
           "site_bytes": tree_bytes(main / "site"), "plain_site_bytes": tree_bytes(plain / "site")}
    out["ratio"] = out["full_ms_per_page"] / out["plain_ms_per_page"]
    shutil.rmtree(plain, ignore_errors=True)
    return out


def dask_run(main: Path, work: Path, jobs2_s: float) -> dict:
    """Cold generation with `--executor dask` on a local cluster of two workers (started by the
    run, its start-up included, as the --jobs 2 figure includes its workers'), against --jobs 2."""
    proj = work / "dask"
    make_project(proj)
    shutil.copytree(main / "seeds", proj / "seeds")
    # The seeds of (a): the article added in (d) is left out, so both runs see the same input.
    newest = sorted((proj / "seeds").glob("*.txt"))[-1]
    newest.unlink()
    g = child("gen", seeds=str(proj / "seeds"), docs=str(proj / "docs"), cache=str(proj / ".cache" / "extract"),
              jobs=2, executor="dask")
    ref = work / "dask-ref"
    make_project(ref)
    shutil.copytree(proj / "seeds", ref / "seeds")
    shutil.copytree(main / ".cache", ref / ".cache")  # the --jobs 1 results: compare against them
    child("gen", seeds=str(ref / "seeds"), docs=str(ref / "docs"), cache=str(ref / ".cache" / "extract"))
    identical = _same_tree(ref / "docs", proj / "docs")
    shutil.rmtree(proj, ignore_errors=True)
    shutil.rmtree(ref, ignore_errors=True)
    return {"workers": 2, "seconds": g["generate"], "jobs2_s": jobs2_s, "speedup_vs_jobs2": jobs2_s / g["generate"],
            "identical_output": identical, "stages_s": g["timings"]}


def zensical_run(main: Path) -> dict:
    """Zensical (`make zensical` installs it in .venv-zensical) on the same project: its build
    time and the pages whose article text differs from the MkDocs build. Skipped when absent."""
    exe = ROOT / ".venv-zensical" / "bin" / "zensical"
    if not exe.exists():
        return {"seconds": None, "why": f"{exe.relative_to(ROOT)} is not installed (run `make zensical` once)"}
    import importlib.util

    spec = importlib.util.spec_from_file_location("zensical_check", ROOT / "scripts" / "zensical_check.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.compare(exe, main, main / "site")


# --------------------------------------------------------------------------- the real run at scale

def run_scale(n: int = 5000, out: Path = Path(".bench/scale-5000.json"), work: Path | None = None, jobs: int = 1,
              echo=print) -> dict:
    """A real run at ``n`` articles, measured, not extrapolated: cold generation (empty cache,
    ``jobs`` processes), the full `mkdocs build`, the peak memory of each, the bytes per article
    of docs/ and of the site, then one article added (generate and the incremental update)."""
    t_start = time.perf_counter()
    own_tmp = work is None
    work = Path(tempfile.mkdtemp(prefix="generator-scale-")) if work is None else Path(work)
    R: dict = {"n": n, "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
               "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
                           "memory_gb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)},
               "load": {"start": list(os.getloadavg())}, "jobs": jobs}

    def say(msg: str) -> None:
        echo(f"[{time.perf_counter() - t_start:6.0f} s] {msg}")

    try:
        main = work / "main"
        compile_bytecode()
        make_project(main)
        write_corpus(main / "seeds", n)
        say(f"scale: {n} articles; cold generate (--jobs {jobs}, empty cache) ...")
        g = child("gen", seeds=str(main / "seeds"), docs=str(main / "docs"), cache=str(main / ".cache" / "extract"),
                  jobs=jobs)
        R["generate"] = {"seconds": g["wall"], "in_process_s": g["generate"], "peak_rss_mb": g["rss_mb"],
                         "stages_s": g["timings"], "pages_written": g["pages_written"], "articles": g["articles"]}
        R["load"]["after_generate"] = list(os.getloadavg())
        say(f"    {g['wall']:.1f} s, peak RSS {g['rss_mb']:.0f} MB, {g['pages_written']} docs files")
        say("full mkdocs build ...")
        m = mkdocs(main, main / "site", full=True)
        pages = len(list((main / "site").rglob("*.html")))
        site_b, docs_b = tree_bytes(main / "site"), tree_bytes(main / "docs")
        R["mkdocs"] = {"seconds": m["seconds"], "cpu_s": m["cpu_s"], "peak_rss_mb": m["rss_mb"], "html_pages": pages,
                       "ms_per_page": 1000 * m["seconds"] / pages, "cpu_ms_per_page": 1000 * m["cpu_s"] / pages}
        R["bytes"] = {"site": site_b, "docs": docs_b, "site_per_article": site_b / n, "docs_per_article": docs_b / n,
                      "search_index": (main / "site" / "search" / "search_index.json").stat().st_size}
        R["load"]["after_mkdocs"] = list(os.getloadavg())
        say(f"    {m['seconds']:.1f} s, peak RSS {m['rss_mb']:.0f} MB, {pages} pages, "
            f"{site_b / n / 1024:.1f} KiB of site per article")
        say("one article added: generate, then mkdocs build --dirty ...")
        script = Path(sys.executable).with_name("generator")
        gen_cmd = ([str(script)] if script.exists() else [sys.executable, "-c", "from generator.cli import main; main()"]) + \
            ["build", "--seeds", "seeds", "--docs", "docs", "-q"]
        name, text = article(n)
        (main / "seeds" / name).write_text(text, encoding="utf-8")
        r = run_measured(gen_cmd, cwd=main)
        u = mkdocs(main, main / "site", dirty=True, full=True)
        R["one_added"] = {"generate_s": r["seconds"], "generate_cpu_s": r["cpu_s"], "update_s": u["seconds"],
                          "update_cpu_s": u["cpu_s"], "update_rss_mb": u["rss_mb"]}
        say(f"    generate {r['seconds']:.2f} s, update {u['seconds']:.2f} s")
    finally:
        R["total_s"] = time.perf_counter() - t_start
        R["load"]["end"] = list(os.getloadavg())
        if own_tmp:
            shutil.rmtree(work, ignore_errors=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(R, indent=1) + "\n")
    echo(scale_table(R))
    return R


def scale_table(R: dict) -> str:
    g, m, b = R["generate"], R["mkdocs"], R["bytes"]
    rows = [
        (f"real run at N={R['n']}", f"{R['when']}, {R['machine']['cpus']} CPUs, {R['machine']['memory_gb']} GB"),
        ("  cold generate", f"{g['seconds']:.1f} s (--jobs {R['jobs']}), peak RSS {g['peak_rss_mb']:.0f} MB"),
        ("  full mkdocs build", f"{m['seconds']:.1f} s for {m['html_pages']} pages ({m['ms_per_page']:.2f} ms a page"
                                + (f", CPU {m['cpu_ms_per_page']:.2f} ms" if "cpu_ms_per_page" in m else "")
                                + f"), peak RSS {m['peak_rss_mb']:.0f} MB"),
        ("  bytes per article", f"site {b['site_per_article'] / 1024:.1f} KiB, docs {b['docs_per_article'] / 1024:.1f} KiB "
                                f"(search index {b['search_index'] / 2**20:.1f} MiB)"),
    ]
    if R.get("one_added"):
        o = R["one_added"]
        rows.append(("  one article added", f"generate {o['generate_s']:.2f} s + update {o['update_s']:.2f} s"))
    rows.append(("  load average", " -> ".join(" ".join(f"{x:.1f}" for x in v) for v in R["load"].values())))
    w = max(len(a) for a, _ in rows)
    return "\n".join(f"{a:<{w}}  {v}" for a, v in rows)

# --------------------------------------------------------------------------- the run

def _fit(points: list[tuple[int, float]], at: int) -> float:
    """Least-squares line through (n, value), evaluated at ``at``."""
    if len(points) == 1:
        return points[0][1]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    try:
        slope, intercept = statistics.linear_regression(xs, ys)
    except statistics.StatisticsError:  # every point at one size: no slope, the mean
        return statistics.fmean(ys)
    return intercept + slope * at


def run_bench(n: int = 1000, out: Path = Path(".bench/bench.json"), quick: bool = False, big: int = 2500,
              small: int = 500, work: Path | None = None, echo=print) -> dict:
    t_start = time.perf_counter()
    own_tmp = work is None
    work = Path(tempfile.mkdtemp(prefix="generator-bench-")) if work is None else Path(work)
    work.mkdir(parents=True, exist_ok=True)
    R: dict = {"n": n, "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                                  "platform": platform.platform()}, "notes": [],
               "load": {"start": list(os.getloadavg())}}
    note = R["notes"].append

    def say(msg: str) -> None:
        echo(f"[{time.perf_counter() - t_start:6.0f} s] {msg}")

    try:
        # ----------------------------------------------------------------- corpus
        compile_bytecode()
        if os.environ.get("PYTHONDONTWRITEBYTECODE"):
            note("PYTHONDONTWRITEBYTECODE is set: the generator's modules were byte-compiled before the timings "
                 "(as an installed package is)")
        main = work / "main"
        make_project(main)
        write_corpus(main / "seeds", n)
        texts = work / "texts.json"
        texts.write_text(json.dumps(_texts(main / "seeds")))
        words = [len(t.split()) for _, t in json.loads(texts.read_text())]
        R["corpus"] = {"articles": n, "seed": 20240601, "words_min": min(words), "words_max": max(words),
                       "ru_share": round(sum(1 for lang, _ in json.loads(texts.read_text()) if lang == "ru") / n, 3)}
        say(f"corpus: {n} articles, {R['corpus']['ru_share']:.0%} Russian, {min(words)}-{max(words)} words")

        # ----------------------------------------------------------------- (a) and (b)
        cache1 = main / ".cache" / "extract"
        say("(a) cold generate (--jobs 1, empty cache) and the bare NER pass ...")
        c1 = child("cold", seeds=str(main / "seeds"), docs=str(main / "docs"), cache=str(cache1), texts=str(texts))
        R["cold"] = {"load_models_s": c1["load_models"], "generate_s": c1["generate"], "bare_ner_s": c1["bare_ner"],
                     "bare_ner_en_s": c1["bare_ner_en"], "bare_ner_ru_s": c1["bare_ner_ru"],
                     "ratio": c1["generate"] / c1["bare_ner"], "stages_s": c1["timings"],
                     "pages_written": c1["pages_written"], "rss_mb": c1["generator_rss_mb"],
                     "rss_with_bare_ner_mb": c1["rss_mb"]}
        jobs1 = c1["load_models"] + c1["generate"]
        say(f"    generate {c1['generate']:.1f} s, bare NER {c1['bare_ner']:.1f} s, ratio {R['cold']['ratio']:.2f}")
        say("(b) cold generate with --jobs 2 ...")
        j2 = work / "jobs2"
        make_project(j2)
        shutil.copytree(main / "seeds", j2 / "seeds")
        c2 = child("gen", seeds=str(j2 / "seeds"), docs=str(j2 / "docs"), cache=str(j2 / ".cache" / "extract"), jobs=2)
        identical = _same_tree(main / "docs", j2 / "docs")
        R["jobs"] = {"jobs1_s": jobs1, "jobs2_s": c2["generate"], "speedup": jobs1 / c2["generate"],
                     "identical_output": identical, "jobs2_stages_s": c2["timings"], "jobs2_rss_mb": c2["rss_mb"]}
        say(f"    --jobs 1 {jobs1:.1f} s (models {c1['load_models']:.1f} s + generate), --jobs 2 {c2['generate']:.1f} s, "
            f"speed-up {R['jobs']['speedup']:.2f}, identical output: {identical}")
        shutil.rmtree(j2, ignore_errors=True)

        # ----------------------------------------------------------------- (c) rerun
        # The command as a person runs it, from the project folder (whose generator/ folder holds
        # only the MkDocs hook: so the console script, not `python -m generator`).
        script = Path(sys.executable).with_name("generator")
        gen_cmd = ([str(script)] if script.exists() else [sys.executable, "-c", "from generator.cli import main; main()"]) + \
            ["build", "--seeds", "seeds", "--docs", "docs", "-q"]
        before = snapshot(main / "docs", main / ".cache")
        r = run_measured(gen_cmd, cwd=main)
        probe = child("gen", seeds=str(main / "seeds"), docs=str(main / "docs"), cache=str(cache1))
        after = snapshot(main / "docs", main / ".cache")
        R["rerun"] = {"n": n, "seconds": r["seconds"], "in_process_s": probe["generate"],
                      "files_written": changed(before, after), "models_loaded": probe["heavy_modules"]}
        say(f"(c) rerun: {r['seconds']:.2f} s (command), {probe['generate']:.2f} s in process, "
            f"{R['rerun']['files_written']} files written, heavy modules loaded: {probe['heavy_modules'] or 'none'}")

        # ----------------------------------------------------------------- (d) one added, mkdocs
        say("(d) full mkdocs build, then one article added: generate and the incremental site update ...")
        R["one_added"] = one_added(main, n, gen_cmd)
        o = R["one_added"]
        say(f"    generate {o['generate_s']:.2f} s, {o['docs_files_written']} docs files written; site update "
            f"(mkdocs build --dirty) {o['update_s']:.2f} s, {o['html_written']} of {o['html_pages']} pages written; "
            f"same as a full build: {o['identical_to_full']}; full build {o['mkdocs_full_s']:.1f} s")

        # ----------------------------------------------------------------- (e) plain mkdocs, bytes
        t_full2 = o["mkdocs_full_s"]
        R["mkdocs"] = per_page(main, work, n, {"seconds": t_full2, "cpu_s": o["mkdocs_full_cpu_s"]})
        m = R["mkdocs"]
        say(f"(e) mkdocs CPU per page: full {m['full_ms_per_page']:.2f} ms ({m['full_pages']} pages) vs plain "
            f"{m['plain_ms_per_page']:.2f} ms ({m['plain_pages']} pages): {m['ratio']:.2f}x")
        site_n = m["site_bytes"]

        # ----------------------------------------------------------------- (g) dask, zensical
        # Measured at --quick too (small): the output must be the same.
        say("(g) cold generate with --executor dask, a local cluster of 2 workers ...")
        R["dask"] = dask_run(main, work, c2["generate"])
        d = R["dask"]
        say(f"    dask {d['seconds']:.1f} s vs --jobs 2 {d['jobs2_s']:.1f} s: {d['speedup_vs_jobs2']:.2f}x, "
            f"identical output: {d['identical_output']}")
        R["zensical"] = zensical_run(main)
        if R["zensical"].get("seconds") is not None:
            say(f"    zensical {R['zensical']['seconds']:.1f} s, {R['zensical']['pages']} pages, "
                f"{R['zensical']['differing']} differ")
        sizes = {n + 1: {"site_bytes": site_n, "bytes_per_article": site_n / (n + 1), "rss_mb": c1["generator_rss_mb"],
                         "mkdocs_s": t_full2, "models_loaded": True, "rss_at": n}}
        plan = [] if quick else [small, big]
        for size in plan:
            if size == n + 1 or size in sizes:
                continue
            if size > n and time.perf_counter() - t_start > 11 * 60:
                note(f"size {size} skipped: the run had taken {time.perf_counter() - t_start:.0f} s already")
                continue
            say(f"    size {size}: generate and mkdocs build ...")
            proj = work / f"n{size}"
            make_project(proj)
            shutil.copytree(main / ".cache", proj / ".cache")  # the first articles are the same: cached
            write_corpus(proj / "seeds", size)
            g = child("gen", seeds=str(proj / "seeds"), docs=str(proj / "docs"),
                      cache=str(proj / ".cache" / "extract"), jobs=1)
            t_mk = mkdocs(proj, proj / "site")
            b = tree_bytes(proj / "site")
            sizes[size] = {"site_bytes": b, "bytes_per_article": b / size, "rss_mb": g["rss_mb"], "mkdocs_s": t_mk,
                           "generate_s": g["generate"], "models_loaded": "spacy" in g["heavy_modules"], "rss_at": size}
            say(f"    size {size}: {b / size / 1024:.1f} KiB/article, generator RSS {g['rss_mb']:.0f} MB, "
                f"mkdocs {t_mk:.1f} s")
            shutil.rmtree(proj, ignore_errors=True)
        R["sizes"] = {str(k): v for k, v in sorted(sizes.items())}
        pts_b = sorted((k, v["site_bytes"]) for k, v in sizes.items())
        # Peak RSS only from runs that loaded the models (a run whose articles were all cached
        # never does): the cold run at N and the large size, whose first N articles are cached.
        pts_r = sorted((v["rss_at"], v["rss_mb"]) for v in sizes.values() if v["models_loaded"])
        if 5000 in sizes:
            bpa5000, rss5000, how = sizes[5000]["bytes_per_article"], sizes[5000]["rss_mb"], "measured at 5000"
        elif len(pts_b) >= 2 and pts_r:
            bpa5000 = _fit(pts_b, 5000) / 5000
            # Never below the largest peak measured: a fit through noisy peaks can slope down.
            rss5000 = max(_fit(pts_r, 5000), max(v for _, v in pts_r))
            how = (f"extrapolated: linear fits through N = {', '.join(str(k) for k, _ in pts_b)} (site bytes) and "
                   f"N = {', '.join(str(k) for k, _ in pts_r)} (peak RSS)")
            note(f"the figures at N=5000 are {how}, not measured: a run at 5000 takes longer than the 20-minute "
                 "budget of `make bench` on this machine (run `generator bench --big 5000` to measure them)")
        else:
            bpa5000 = rss5000 = None
            how = "not measured (--quick measures one size only)"
        bpa500 = sizes[500]["bytes_per_article"] if 500 in sizes else (_fit(pts_b, 500) / 500 if len(pts_b) >= 2 else None)
        R["bytes_per_article"] = {"at_500": bpa500, "at_5000": bpa5000,
                                  "ratio": bpa5000 / bpa500 if bpa5000 and bpa500 else None, "how": how}
        R["peak_rss"] = {"at_5000_mb": rss5000, "how": how, "measured": {str(k): v for k, v in pts_r},
                         "note": "peak RSS of one generator process (--jobs 1), models loaded"}

        # ----------------------------------------------------------------- Hugo
        if shutil.which("hugo"):
            R["hugo"] = _hugo(main, work)
        else:
            R["hugo"] = None
            note("hugo is not on PATH: the Hugo comparison was skipped")
    finally:
        R["total_s"] = time.perf_counter() - t_start
        R["load"]["end"] = list(os.getloadavg())
        if own_tmp:
            shutil.rmtree(work, ignore_errors=True)
    R["targets"] = _targets(R)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(R, indent=1) + "\n")
    echo(table(R))
    scale = out.with_name("scale-5000.json")
    if scale.exists():  # the real run at 5,000 (`make bench-scale`): too long for this run, shown beside it
        try:
            echo("\nthe last real run at 5,000 articles (make bench-scale, " + str(scale) + "):\n"
                 + scale_table(json.loads(scale.read_text())))
        except (ValueError, KeyError) as exc:
            echo(f"{scale}: unreadable ({exc}); run `make bench-scale` again")
    echo(f"figures written to {out}")
    return R


def _same_tree(a: Path, b: Path) -> bool:
    fa = {p.relative_to(a): p for p in a.rglob("*") if p.is_file()}
    fb = {p.relative_to(b): p for p in b.rglob("*") if p.is_file()}
    return fa.keys() == fb.keys() and all(fa[k].read_bytes() == fb[k].read_bytes() for k in fa)


def _hugo(main: Path, work: Path) -> dict:
    proj = work / "hugo"
    (proj / "content" / "articles").mkdir(parents=True)
    for f in (main / "docs" / "articles").glob("*.md"):
        shutil.copy(f, proj / "content" / "articles" / f.name)
    (proj / "hugo.toml").write_text('baseURL = "http://localhost/"\ntitle = "Plain"\n')
    r = run_measured(["hugo", "--quiet", "-s", str(proj), "-d", str(proj / "public")])
    return {"seconds": r["seconds"], "site_bytes": tree_bytes(proj / "public")}


def _targets(R: dict) -> dict:
    out = {}

    def t(key, value, met):
        out[key] = {"target": TARGETS[key], "value": value, "met": bool(met)}

    t("cold_vs_ner", round(R["cold"]["ratio"], 2), R["cold"]["ratio"] <= 1.3)
    t("jobs2_speedup", round(R["jobs"]["speedup"], 2), R["jobs"]["speedup"] >= 1.7)
    rr = R["rerun"]
    t("rerun", f"{rr['seconds']:.2f} s, {rr['files_written']} files at N={rr['n']}",
      rr["seconds"] < 1 and rr["files_written"] == 0 and rr["n"] >= 1000)
    o = R["one_added"]
    t("one_added", f"{o['generate_s']:.2f} s at N={o['n']}", o["generate_s"] < 2 and o["n"] > 1000)
    t("one_added_total", f"{o['generate_s']:.2f} + {o['update_s']:.2f} = {o['total_s']:.2f} s at N={o['n']}",
      o["total_s"] < 5 and o["n"] > 1000)
    t("update_identical", "identical" if o["identical_to_full"] else f"differs: {', '.join(o['differing_files'][:5])}",
      o["identical_to_full"])
    m = R["mkdocs"]
    t("mkdocs_vs_plain", f"{m['full_ms_per_page']:.2f} / {m['plain_ms_per_page']:.2f} ms = {m['ratio']:.2f}x",
      m["ratio"] <= 1.3)
    if R.get("dask"):
        d = R["dask"]
        t("dask_identical", f"{'identical' if d['identical_output'] else 'DIFFERENT'}; {d['seconds']:.1f} s vs "
          f"--jobs 2 {d['jobs2_s']:.1f} s = {d['speedup_vs_jobs2']:.2f}x", d["identical_output"])
    b = R["bytes_per_article"]
    if b["ratio"] is None:
        t("bytes_per_article", b["how"], False)
        t("peak_rss", b["how"], False)
    else:
        t("bytes_per_article", f"{b['ratio']:.2f} ({b['how']})", b["ratio"] <= 1.2)
        t("peak_rss", f"{R['peak_rss']['at_5000_mb']:.0f} MB ({R['peak_rss']['how']})", R["peak_rss"]["at_5000_mb"] < 1536)
    return out


def table(R: dict) -> str:
    c, j, rr, o, m = R["cold"], R["jobs"], R["rerun"], R["one_added"], R["mkdocs"]
    rows = [
        ("corpus", f"{R['n']} articles ({R['corpus']['ru_share']:.0%} Russian), {R['machine']['cpus']} CPUs"),
        ("(a) model loading", f"{c['load_models_s']:.1f} s"),
        ("(a) cold generate, models loaded", f"{c['generate_s']:.1f} s  (" +
         ", ".join(f"{k} {v:.1f}" for k, v in c["stages_s"].items()) + ")"),
        ("(a) bare NER pass", f"{c['bare_ner_s']:.1f} s  (spaCy {c['bare_ner_en_s']:.1f}, Natasha {c['bare_ner_ru_s']:.1f})"),
        ("(a) generate / bare NER", f"{c['ratio']:.2f}x"),
        ("(b) --jobs 1 / --jobs 2", f"{j['jobs1_s']:.1f} s / {j['jobs2_s']:.1f} s = {j['speedup']:.2f}x, "
         f"identical output: {j['identical_output']}"),
        ("(c) rerun, nothing changed", f"{rr['seconds']:.2f} s (N={rr['n']}), {rr['files_written']} files written, "
         f"models loaded: {', '.join(rr['models_loaded']) or 'none'}"),
        ("(d) one article added", f"{o['generate_s']:.2f} s (CPU {o.get('generate_cpu_s', 0):.2f} s), "
         f"{o['docs_files_written']} docs files + "
         f"{o['files_written'] - o['docs_files_written']} cache files written"),
        ("(d) site update after it", f"mkdocs build --dirty {o['update_s']:.2f} s (CPU {o.get('update_cpu_s', 0):.2f} s, "
         f"{o['html_written']} of "
         f"{o['html_pages']} pages written), same as a full build: {o['identical_to_full']}; "
         f"full build {o['mkdocs_full_s']:.1f} s"),
        ("(e) mkdocs full / plain, CPU per page", f"{m['full_cpu_s']:.1f} s / {m['full_pages']} pages = "
         f"{m['full_ms_per_page']:.2f} ms vs {m['plain_cpu_s']:.1f} s / {m['plain_pages']} = "
         f"{m['plain_ms_per_page']:.2f} ms: {m['ratio']:.2f}x (wall {m['full_s']:.1f} s / {m['plain_s']:.1f} s)"),
    ]
    if R.get("dask"):
        d = R["dask"]
        rows.append(("(g) --executor dask, 2 local workers", f"{d['seconds']:.1f} s vs --jobs 2 {d['jobs2_s']:.1f} s "
                     f"= {d['speedup_vs_jobs2']:.2f}x, identical output: {d['identical_output']}"))
    z = R.get("zensical") or {}
    if z.get("seconds") is not None:
        rows.append(("(h) Zensical", f"{z['seconds']:.1f} s, {z['pages']} pages (MkDocs {z['mkdocs_pages']}), "
                     f"article text differs on {z['differing']}, failed: {z['failed']}"))
    else:
        rows.append(("(h) Zensical", f"not run: {z.get('why', '?')}"))
    for k in ("start", "end"):
        if R.get("load", {}).get(k):
            rows.append((f"load average at {k}", " ".join(f"{x:.2f}" for x in R["load"][k])))
    for k, v in R["sizes"].items():
        rows.append((f"(e) site at N={k}", f"{v['bytes_per_article'] / 1024:.1f} KiB/article, mkdocs {v['mkdocs_s']:.1f} s, "
                     f"generator peak RSS {v['rss_mb']:.0f} MB"))
    b = R["bytes_per_article"]
    if b["ratio"] is None:
        rows.append(("(e) bytes/article 5000 vs 500", b["how"]))
        rows.append(("(f) peak RSS at 5000", b["how"]))
    else:
        rows.append(("(e) bytes/article 5000 vs 500", f"{b['at_5000'] / 1024:.1f} / {b['at_500'] / 1024:.1f} KiB = {b['ratio']:.2f}x"))
        rows.append(("(f) peak RSS at 5000", f"{R['peak_rss']['at_5000_mb']:.0f} MB"))
        rows.append(("    (how)", b["how"]))
    rows.append(("Hugo", f"{R['hugo']['seconds']:.1f} s" if R.get("hugo") else "skipped (hugo not on PATH)"))
    w = max(len(a) for a, _ in rows)
    lines = [f"{a:<{w}}  {b}" for a, b in rows]
    lines.append("")
    lines.append("targets:")
    for v in R["targets"].values():
        lines.append(f"  [{'met' if v['met'] else 'NOT met'}] {v['target']}: {v['value']}")
    for n_ in R["notes"]:
        lines.append(f"note: {n_}")
    lines.append(f"total bench time {R['total_s']:.0f} s")
    return "\n".join(lines)


if __name__ == "__main__":
    _child_main(sys.argv[1:])

"""The quality report: extraction scored against gold YAML files (``../shared/gold`` form).

People are matched by name (without diacritics, case or punctuation), countries by code,
agreements by parties and year (and kind word when the gold names one); a matched agreement
counts as a true positive only when its ``signed`` flag agrees too. Role, rank and country of
matched people, and the article fields, are reported as accuracies.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

FIELDS = ("language", "date", "author", "source", "title")
EVENT_FIELDS = ("event_date", "where")  # scored where the gold has them
_KINDS = ("memorandum", "protocol", "programme", "program", "treaty", "roadmap", "road map", "agreement", "plan", "contract")


def norm_name(s: str | None) -> str:
    if not s:
        return ""
    s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
    return " ".join(re.sub(r"[^\w\s]", " ", s.casefold()).split())


def _kind(name: str) -> str | None:
    low = name.casefold()
    for k in _KINDS:
        if k in low:
            return {"program": "programme", "road map": "roadmap"}.get(k, k)
    return None


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    people: Counts = field(default_factory=Counts)
    countries: Counts = field(default_factory=Counts)
    agreements: Counts = field(default_factory=Counts)
    fields: dict[str, list[int]] = field(default_factory=lambda: {f: [0, 0] for f in (*FIELDS, *EVENT_FIELDS, "person.country", "person.role", "person.rank", "person.participant")})
    problems: list[str] = field(default_factory=list)
    articles: int = 0

    def accuracy(self, f: str) -> float:
        ok, n = self.fields[f]
        return ok / n if n else 1.0

    def table(self) -> str:
        lines = [f"Articles scored: {self.articles}", "", f"{'':12} {'precision':>9} {'recall':>7} {'F1':>6}   tp  fp  fn"]
        for name in ("people", "countries", "agreements"):
            c: Counts = getattr(self, name)
            lines.append(f"{name:12} {c.precision:9.3f} {c.recall:7.3f} {c.f1:6.3f}  {c.tp:3d} {c.fp:3d} {c.fn:3d}")
        lines.append("")
        lines.append(f"{'field':16} accuracy")
        for f in self.fields:
            ok, n = self.fields[f]
            lines.append(f"{f:16} {self.accuracy(f):8.3f}  ({ok}/{n})")
        if self.problems:
            lines.append("")
            lines.append("Differences:")
            lines.extend(f"  {p}" for p in self.problems)
        return "\n".join(lines)

    def as_dict(self) -> dict:
        return {
            "articles": self.articles,
            **{n: {"precision": getattr(self, n).precision, "recall": getattr(self, n).recall, "f1": getattr(self, n).f1,
                   "tp": getattr(self, n).tp, "fp": getattr(self, n).fp, "fn": getattr(self, n).fn}
               for n in ("people", "countries", "agreements")},
            "accuracy": {f: self.accuracy(f) for f in self.fields},
            "differences": self.problems,
        }


def load_gold(gold_dir: Path) -> dict[str, dict]:
    out = {}
    for f in sorted(gold_dir.glob("*.y*ml")):
        if f.name.lower() == "readme.md":
            continue
        out[f.stem] = yaml.safe_load(f.read_text(encoding="utf-8"))
    return out


def score_article(stem: str, gold: dict, pred: dict, rep: Report) -> None:
    """``pred`` has the article's fields and ``people`` (name, country, role, rank),
    ``countries`` and ``agreements`` (name, kind, parties, year, signed)."""
    rep.articles += 1
    for f in FIELDS:
        g = gold.get(f)
        if f == "title" and g is None:
            continue  # the generator writes a title; gold has none to compare
        p = pred.get(f)
        ok = (str(g) if g is not None else None) == (str(p) if p is not None else None)
        rep.fields[f][0] += ok
        rep.fields[f][1] += 1
        if not ok:
            rep.problems.append(f"{stem}: {f}: expected {g!r}, got {p!r}")
    for f in EVENT_FIELDS:
        if f not in gold:
            continue
        g, p = gold.get(f), pred.get(f)
        ok = (str(g) if g else None) == (str(p) if p else None) if f == "event_date" else same_place(g, p)
        rep.fields[f][0] += ok
        rep.fields[f][1] += 1
        if not ok:
            rep.problems.append(f"{stem}: {f}: expected {g!r}, got {p!r}")
    # People.
    gp = {norm_name(x["name"]): x for x in gold.get("people") or []}
    pp = {norm_name(x["name"]): x for x in pred.get("people") or []}
    c = Counts()
    for k, g in gp.items():
        if k in pp:
            c.tp += 1
            for attr in ("country", "role", "rank"):
                gv, pv = g.get(attr), pp[k].get(attr)
                ok = norm_name(gv) == norm_name(pv)
                rep.fields[f"person.{attr}"][0] += ok
                rep.fields[f"person.{attr}"][1] += 1
                if not ok:
                    rep.problems.append(f"{stem}: {g['name']}: {attr}: expected {gv!r}, got {pv!r}")
            if "participant" in g:
                ok = bool(g["participant"]) == bool(pp[k].get("participant", True))
                rep.fields["person.participant"][0] += ok
                rep.fields["person.participant"][1] += 1
                if not ok:
                    rep.problems.append(f"{stem}: {g['name']}: participant: expected {g['participant']}, got {pp[k].get('participant')}")
        else:
            c.fn += 1
            rep.problems.append(f"{stem}: person missed: {g['name']}")
    for k, p in pp.items():
        if k not in gp:
            c.fp += 1
            rep.problems.append(f"{stem}: person not in gold: {p['name']}")
    rep.people.add(c)
    # Countries.
    gc, pc = set(gold.get("countries") or []), set(pred.get("countries") or [])
    rep.countries.add(Counts(len(gc & pc), len(pc - gc), len(gc - pc)))
    for x in sorted(gc - pc):
        rep.problems.append(f"{stem}: country missed: {x}")
    for x in sorted(pc - gc):
        rep.problems.append(f"{stem}: country not in gold: {x}")
    # Agreements.
    ga = list(gold.get("agreements") or [])
    pa = list(pred.get("agreements") or [])
    c = Counts()
    used: set[int] = set()
    for g in ga:
        match = None
        for i, p in enumerate(pa):
            if i in used:
                continue
            if sorted(g.get("parties") or []) != sorted(p.get("parties") or []):
                continue
            if str(g.get("year") or "") != str(p.get("year") or ""):
                continue
            gk = _kind(g.get("name", ""))
            if gk and p.get("kind") and gk != p["kind"]:
                continue
            match = i
            break
        if match is None:
            c.fn += 1
            rep.problems.append(f"{stem}: agreement missed: {g.get('name')}")
            continue
        used.add(match)
        if bool(g.get("signed")) == bool(pa[match].get("signed")):
            c.tp += 1
        else:
            c.fn += 1
            c.fp += 1
            rep.problems.append(f"{stem}: agreement {g.get('name')}: signed expected {g.get('signed')}, got {pa[match].get('signed')}")
    for i, p in enumerate(pa):
        if i not in used:
            c.fp += 1
            rep.problems.append(f"{stem}: agreement not in gold: {p.get('name')}")
    rep.agreements.add(c)


# --------------------------------------------------------------------------- the reading report (make evaluate)

#: The issue's targets, as score.py names the figures.
TARGETS = {"title_acc": 0.85, "date_acc": 0.90, "source_acc": 0.85, "author_acc": 0.95, "people_f1": 0.95,
           "countries_f1": 0.97, "agreements_f1": 0.85, "signed_acc": 0.90}
#: Every figure score.py prints, in its order.
SCORE_FIELDS = ("people_f1", "countries_f1", "agreements_f1", "signed_acc", "date_acc", "language_acc", "author_acc",
                "source_acc", "title_acc", "event_date_acc", "where_acc", "participant_acc",
                "person_country_acc", "person_role_acc", "person_rank_acc")
#: Figures score.py does not print: the country, role and rank of each person found that the gold
#: also lists, scored here from the same exports (``person_fields``).
PERSON_FIELDS = ("country", "role", "rank")


def _same_person(a: str, b: str) -> bool:
    """score.py's rule: equal names, or the surname nearly equal and the first initial equal."""
    from difflib import SequenceMatcher

    ta, tb = norm_name(a).split(), norm_name(b).split()
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    return SequenceMatcher(None, ta[-1], tb[-1]).ratio() >= 0.8 and (ta[0][0] == tb[0][0] or len(ta) == 1 or len(tb) == 1)


def same_place(gold: str | None, got: str | None) -> bool:
    """The same city: the same words, or two spellings the gazetteer gives one English name
    ("Chirchiq" and "Chirchik", "Нур-Султан" and "Nur-Sultan")."""
    if norm_name(gold) == norm_name(got):
        return True
    if not gold or not got:
        return False
    from generator.extract.places import lookup

    a, b = lookup(gold, "en") or lookup(gold, "ru"), lookup(got, "en") or lookup(got, "ru")
    return a is not None and b is not None and a[:2] == b[:2]


def _same_value(field: str, gold: str | None, got: str | None) -> bool:
    """The same words, or (role, rank) the same canonical office or rank of ``data/roles.yaml``:
    "Defense Minister" is "Minister of Defence", "General of the Army" is "Army General"."""
    if norm_name(gold) == norm_name(got):
        return True
    if field == "country" or not gold or not got:
        return False
    from generator.reference.offices import canonical_rank, canonical_role

    canon = canonical_role if field == "role" else canonical_rank
    a, b = canon(gold), canon(got)
    return a is not None and a == b


def person_fields(docs: Path, gold: dict[str, dict], counts: dict[str, list[int]] | None = None) -> dict[str, list[int]]:
    """Country, role and rank of every person in ``docs/data/articles.json`` that the gold of its
    page also lists, compared as normalised text or as the same canonical office or rank
    (``_same_value``; a missing value equals a gold ``null``).
    ``gold``: page stem -> gold mapping. Returns field -> [right, scored], added to ``counts``."""
    import json

    counts = counts if counts is not None else {f: [0, 0] for f in PERSON_FIELDS}
    arts = json.loads((docs / "data" / "articles.json").read_text(encoding="utf-8"))
    if isinstance(arts, dict):
        arts = arts.get("articles", list(arts.values()))
    for a in arts:
        g = gold.get(Path(a.get("seed") or a.get("source_path") or a.get("path") or "").stem)
        if not g:
            continue
        left = list(g.get("people") or [])
        for d in a.get("people_detail") or []:
            hit = next((x for x in left if _same_person(d.get("name") or "", x.get("name") or "")), None)
            if hit is None:
                continue
            left.remove(hit)
            for f in PERSON_FIELDS:
                counts[f][0] += _same_value(f, hit.get(f), d.get(f))
                counts[f][1] += 1
    return counts


def is_validation(stem: str) -> bool:
    """The corpus split, fixed: page N with N % 3 == 0 is VALIDATION (25 pages), the rest BUILD (50)."""
    from generator.ingest.lines import is_validation as rule

    return rule(stem)


def score_folder(shared: Path, texts: list[Path], gold: list[Path], work: Path,
                 folds: list[tuple[Path, set[str]]] | None = None,
                 hidden: list[set[str]] | None = None, registry: Path | None = None) -> dict[str, float]:
    """Build ``texts`` into ``work``, export, and score with ``shared/tools/score.py`` against
    ``gold``: the same scorer, conventions and figures the work is judged with. With ``folds``
    ((line model, page stems) pairs) each group of pages is read with the model that did not see it;
    with ``hidden`` (one set per fold) the outlets of fold k are taken out of ``sources.yaml`` while
    its pages are read, so a source must be read from the text itself. ``registry``: the registry
    YAML to build with (default: the packaged one); one that knows nobody measures the reading of
    people the registry does not know."""
    import json
    import os
    import shutil
    import subprocess
    import sys

    from generator.build import build
    from generator.ingest.draft import HIDE_OUTLETS_ENV

    gdir = work / "gold"
    gdir.mkdir(parents=True, exist_ok=True)
    for g in gold:
        shutil.copyfile(g, gdir / g.name)
    groups = folds or [(None, {t.stem for t in texts})]
    merged: dict = {}
    gold_of = {g.stem: yaml.safe_load(g.read_text(encoding="utf-8")) or {} for g in gold}
    persons = {f: [0, 0] for f in PERSON_FIELDS}
    for k, (model, stems) in enumerate(groups):
        seeds, docs = work / f"seeds{k}", work / f"docs{k}"
        seeds.mkdir(parents=True, exist_ok=True)
        for t in texts:
            if t.stem in stems:
                shutil.copyfile(t, seeds / t.name)
        env = {"GENERATOR_LINES_MODEL": str(model) if model is not None else None,
               HIDE_OUTLETS_ENV: "|".join(sorted(hidden[k])) if hidden and hidden[k] else None}
        old = {v: os.environ.get(v) for v in env}
        try:
            for v, val in env.items():
                if val is not None:
                    os.environ[v] = val
            build(seeds, docs, registry, use_cache=False)
        finally:
            for v, val in old.items():
                if val is None:
                    os.environ.pop(v, None)
                else:
                    os.environ[v] = val
        pred = work / f"pred{k}.json"
        subprocess.run([sys.executable, str(shared / "tools" / "exports_to_predictions.py"), str(docs), str(pred)], check=True)
        person_fields(docs, gold_of, persons)
        merged.update(json.loads(pred.read_text(encoding="utf-8")))
    pred = work / "pred.json"
    pred.write_text(json.dumps(merged, ensure_ascii=False), encoding="utf-8")
    out = subprocess.run([sys.executable, str(shared / "tools" / "score.py"), str(gdir), str(pred)], check=True,
                         capture_output=True, text=True).stdout
    last = out.strip().splitlines()[-1]
    figures = {}
    for part in last.split():
        k, _, v = part.partition("=")
        try:
            figures[k] = float(v)
        except ValueError:
            continue
    for f, (ok, n) in persons.items():
        if n:
            figures[f"person_{f}_acc"] = ok / n
    return figures


def fold_models(shared: Path, work: Path, n: int = 5,
                groups: list[set[str]] | None = None) -> list[tuple[Path, set[str]]]:
    """Line models for leave-pages-out on the BUILD split: model k never saw fold k's pages.
    ``groups``: the page stems of each fold (default: fold k holds every n-th page from k)."""
    from generator.ingest import lines as L

    pages = L.training_pages(shared)
    corpus = [p for p in pages if p[0].startswith("corpus:")]
    seeds = [p for p in pages if not p[0].startswith("corpus:")]
    stem = lambda p: p[0].split(":", 1)[1]  # noqa: E731
    if groups is None:
        groups = [{stem(p) for j, p in enumerate(corpus) if j % n == k} for k in range(n)]
    out = []
    work.mkdir(parents=True, exist_ok=True)
    for k, held in enumerate(groups):
        path = work / f"fold{k}.crfsuite"
        L.train([p for p in corpus if stem(p) not in held] + seeds, path)
        out.append((path, set(held)))
    return out


def _host(url: object) -> str:
    from urllib.parse import urlsplit

    host = (urlsplit(url).hostname or "") if isinstance(url, str) else ""
    host = host.rstrip(".")
    for pre in ("www.", "amp.", "old.", "eng.", "english.", "m."):
        if host.startswith(pre):
            host = host[len(pre):]
    return host


def outlet_groups(gold: list[Path], n: int = 5) -> tuple[list[set[str]], list[set[str]]]:
    """Leave-outlet-out folds of the corpus pages whose ``gold`` is given: pages are grouped by
    outlet (the host of the gold ``url`` and the gold ``source``; two pages sharing either are one
    group), and whole groups are dealt into ``n`` folds, largest first, so no outlet is on both
    sides. Returns (page stems of each fold, outlet names and hosts to hide from ``sources.yaml``
    while that fold is read)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    keys: dict[str, list[str]] = {}
    for g in sorted(gold):
        data = yaml.safe_load(g.read_text(encoding="utf-8")) or {}
        ks = [f"page:{g.stem}"]
        if _host(data.get("url")):
            ks.append(f"host:{_host(data.get('url'))}")
        if data.get("source"):
            ks.append(f"source:{str(data['source']).casefold()}")
        keys[g.stem] = ks
        for k in ks[1:]:
            parent[find(k)] = find(ks[0])
    comps: dict[str, set[str]] = {}
    for stem_, ks in keys.items():
        comps.setdefault(find(ks[0]), set()).add(stem_)
    folds: list[set[str]] = [set() for _ in range(n)]
    for comp in sorted(comps.values(), key=lambda c: (-len(c), min(c))):
        folds[min(range(n), key=lambda i: (len(folds[i]), i))].update(comp)
    hidden = []
    for f in folds:
        names = set()
        for stem_ in f:
            for k in keys[stem_][1:]:
                names.add(k.split(":", 1)[1])
        hidden.append(names)
    return folds, hidden


#: The project's own article sets, each laid out as ``articles/NAME.txt`` + ``gold/NAME.yml``:
#: tests/corpus (written alongside the rules), tests/blind, tests/blind2, tests/blind3, tests/blind4, tests/blind5,
#: tests/blind6, tests/blind7, tests/blind8, tests/blind9, tests/blind10, tests/blind11, tests/blind12, tests/blind13, tests/blind14, tests/blind15 and tests/blind16 (each written blind by someone who did not write rules, a
#: held-out measure of how pages from unseen outlets come out; tests/blind2 is round 5's, tests/blind3 round 6's,
#: tests/blind4 round 7's, tests/blind5 round 8's, tests/blind6 round 9's, tests/blind7 round 10's, tests/blind8 round
#: 11's, tests/blind9 round 13's, tests/blind10 round 14's, tests/blind11 round 15's, tests/blind12 round 16's, tests/blind13 round 17's, tests/blind14 round 18's, tests/blind15 round 19's, tests/blind16 round 20's, each on other outlets and layouts than the sets before it).
PROJECT_SETS = ("tests/corpus", "tests/blind", "tests/blind2", "tests/blind3", "tests/blind4", "tests/blind5",
                "tests/blind6", "tests/blind7", "tests/blind8", "tests/blind9", "tests/blind10",
                "tests/blind11", "tests/blind12", "tests/blind13", "tests/blind14", "tests/blind15",
                "tests/blind16")


def project_set(project: Path, name: str) -> tuple[list[Path], list[Path]]:
    """The texts and gold files of one of the project's own article sets (``PROJECT_SETS``)."""
    from generator.errors import GeneratorError

    folder = project / name
    texts = sorted((folder / "articles").glob("*.txt"))
    if not texts:
        raise GeneratorError(f"{folder}/articles: no *.txt articles; run from the project root "
                             f"(the set is laid out as articles/NAME.txt + gold/NAME.yml)")
    gold = sorted((folder / "gold").glob("*.yml"))
    missing = sorted({t.stem for t in texts} - {g.stem for g in gold})
    if missing:
        raise GeneratorError(f"{folder}/gold: no gold file for {', '.join(missing)}; "
                             f"write gold/NAME.yml for every articles/NAME.txt")
    return texts, gold


def corpus_split(shared: Path, split: str) -> tuple[list[Path], list[Path]]:
    """The texts and gold files of one split of ``shared/corpus`` ('build' or 'validation')."""
    want_val = split == "validation"
    texts = [t for t in sorted((shared / "corpus" / "texts").glob("*.txt")) if is_validation(t.stem) == want_val]
    gold = [shared / "corpus" / "gold" / f"{t.stem}.yml" for t in texts]
    return texts, [g for g in gold if g.exists()]


def reading_report(shared: Path, project: Path, columns: tuple[str, ...] = ("seeds", "tests/corpus", "build", "validation"),
                   holdout: str = "page", registry: Path | None = None) -> dict[str, dict[str, float]]:
    """column -> score.py figures, for the seeds, the project's sets (tests/corpus, tests/blind, tests/blind2,
    tests/blind3, tests/blind4, tests/blind5, tests/blind6, tests/blind7, tests/blind8, tests/blind9, tests/blind10, tests/blind11, tests/blind12, tests/blind13, tests/blind14, tests/blind15, tests/blind16) and both corpus
    splits. The BUILD column is read with line models that did not see the page (``holdout='page'``: five folds by
    page number), or neither its outlet (``holdout='outlet'``: folds by outlet, and that outlet
    taken out of ``sources.yaml`` while its pages are read); 'both' gives both columns.
    ``registry``: build every column with this registry YAML (``--registry``; an empty one,
    ``people: []``, measures people the registry does not know)."""
    import tempfile

    out: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for col in columns:
            if col == "seeds":
                texts = sorted((shared / "seeds").glob("*.txt"))
                gold = sorted((shared / "gold").glob("*.yml"))
            elif col in PROJECT_SETS:
                texts, gold = project_set(project, col)
            else:
                texts, gold = corpus_split(shared, col)
            if col != "build":
                out[col] = score_folder(shared, texts, gold, Path(tmp) / col.replace("/", "_"), registry=registry)
                continue
            # The line model was trained on these pages: read each with a model that was not.
            if holdout in ("page", "both"):
                folds = fold_models(shared, Path(tmp) / "folds")
                out["build (cv)"] = score_folder(shared, texts, gold, Path(tmp) / "build_cv", folds, registry=registry)
            if holdout in ("outlet", "both"):
                groups, hidden = outlet_groups(gold)
                folds = fold_models(shared, Path(tmp) / "ofolds", groups=groups)
                out["build (outlet)"] = score_folder(shared, texts, gold, Path(tmp) / "build_outlet", folds, hidden,
                                                     registry)
    return out


def reading_table(report: dict[str, dict[str, float]]) -> str:
    cols = list(report)
    rows = [f"{'figure':19}" + "".join(f"{c:>16}" for c in cols) + f"{'target':>9}"]
    for f in SCORE_FIELDS:
        if not any(f in report[c] for c in cols):
            continue
        cells = "".join(f"{report[c][f]:16.3f}" if f in report[c] else f"{'-':>16}" for c in cols)
        rows.append(f"{f:19}{cells}{TARGETS[f]:9.2f}" if f in TARGETS else f"{f:19}{cells}")
    return "\n".join(rows)

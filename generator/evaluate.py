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
    fields: dict[str, list[int]] = field(default_factory=lambda: {f: [0, 0] for f in (*FIELDS, "person.country", "person.role", "person.rank")})
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

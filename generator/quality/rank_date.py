"""Training and cross-validation of the page-date ranker (``generator.ingest.date_candidates``).

Pool: the BUILD pages of ``shared/corpus`` (page N with N % 3 != 0), the shared seeds with their gold,
tests/corpus and the upper-bound held-out sets tests/blind … tests/blind8. Never VALIDATION, never
tests/blind9 or later. Each page gives its date candidates; a candidate's label is whether it equals the
gold date at its precision (the scorer's comparison). Deterministic: pages in sorted order, Newton's method.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from generator.ingest import date_candidates as DC
from generator.ingest.reader import page_date_candidates
from generator.text import ranker as R
from generator.text import textnorm

L2 = 1.0
THRESHOLD = 0.5
#: The shipped policy (``date_candidates.POLICIES``). 'rules' (advise only) until grouped cross-validation shows
#: an overriding policy beating the rules clearly: round 14's cv on 320 pages showed none did (see ``cv``).
POLICY = "rules"
DROPOUT = False


def _host(url) -> str:
    from urllib.parse import urlsplit

    host = (urlsplit(url).hostname or "") if isinstance(url, str) else ""
    for pre in ("www.", "amp.", "old.", "eng.", "english.", "m."):
        if host.startswith(pre):
            host = host[len(pre):]
    return host


def outlet_of(setname: str, path: Path, gold: dict) -> str:
    """The page's outlet for grouped folds: the gold address's host, else the gold source, else the page itself."""
    return _host(gold.get("url")) or (str(gold["source"]).casefold() if gold.get("source") else f"{setname}:{path.stem}")


def read_pages(entries: list[tuple[str, Path, dict]]) -> list[dict]:
    """Every pool page (``generator.quality.rankers.pool``: (set, text, gold)) with its candidates, their
    features and labels."""
    pages = []
    for setname, path, gold in entries:
        text, _n = textnorm.repair_mojibake(path.read_text(encoding="utf-8", errors="replace"))
        cands, feats, _p = page_date_candidates(text, str(path))
        want = str(gold["date"]) if gold.get("date") else None
        pages.append({"set": setname, "page": f"{setname}:{path.stem}", "outlet": outlet_of(setname, path, gold),
                      "gold": want, "cands": cands, "feats": feats,
                      "labels": [int(DC.matches(c, want)) for c in cands]})
    return pages


#: With DROPOUT each page that the rules date from a line is also shown as if the rules had found nothing (the
#: pick's marks taken off), so that the choice on a page the rules cannot read learns from every page's date
#: line. Off: in round 14's cv it dated five undated pages (page clocks, feeds) to date one more.
META = {"trained_on": "shared/corpus BUILD pages, shared seeds, tests/corpus, tests/blind..tests/blind8",
        "label": "candidate equals the gold date at its precision (score.py)"}
_PICK_MARKS = ("pick", "same_as_pick", "same_year_as_pick", "printed_rival_of_text_pick")


def dropped(pg: dict) -> list[tuple[dict, int]]:
    """The page's rows as if the rules had made no pick: the pick read as a plain line's date."""
    pick = next((c for c in pg["cands"] if c.pick), None)
    if pick is None or pick.line is None:
        return []
    rows = []
    for f, y in zip(pg["feats"], pg["labels"]):
        g = {k: v for k, v in f.items() if k not in _PICK_MARKS and not k.startswith("rule=")}
        g["rule=line"] = 1.0
        g["rules_found_none"] = 1.0
        rows.append((g, y))
    return rows


def fit(pages: list[dict], meta: dict | None = None) -> R.Ranker:
    rows = [(f, y) for pg in pages for f, y in zip(pg["feats"], pg["labels"])]
    if DROPOUT:
        rows += [r for pg in pages for r in dropped(pg)]
    return R.fit(rows, name=DC.NAME, l2=L2, threshold=THRESHOLD, meta={"policy": POLICY, **(meta or {})})


def correct(pg: dict, chosen) -> bool:
    if chosen is None:
        return pg["gold"] is None
    return bool(pg["labels"][pg["cands"].index(chosen)])


def rules_correct(pg: dict) -> bool:
    return correct(pg, next((c for c in pg["cands"] if c.pick), None))


def train(shared: Path, pages: list[dict], folds: int = 5) -> R.Ranker:
    """The page-date ranker learned from every pool page (``rankers train`` writes it to page_date.json)."""
    return fit(pages, META)


def folds_by_outlet(pages: list[dict], k: int = 5) -> list[set[str]]:
    groups: dict[str, set[str]] = {}
    for pg in pages:
        groups.setdefault(pg["outlet"], set()).add(pg["page"])
    folds: list[set[str]] = [set() for _ in range(k)]
    for g in sorted(groups.values(), key=lambda s: (-len(s), min(s))):
        folds[min(range(k), key=lambda i: (len(folds[i]), i))].update(g)
    return folds


def cv(shared: Path, pages: list[dict], folds: int = 5, policy: str = "pick", echo: Callable[[str], None] | None = None):
    """k-fold cross-validation grouped by outlet (no outlet on both sides): per set, (set, pages, rules-only right,
    ranker right under ``policy``), sorted by set; with ``echo`` also the pages where the two differ."""
    table: dict[str, list[int]] = {}
    for held in folds_by_outlet(pages, folds):
        model = fit([pg for pg in pages if pg["page"] not in held])
        for pg in [pg for pg in pages if pg["page"] in held]:
            chosen, _probs = DC.decide(pg["cands"], pg["feats"], model, policy)
            r, m = rules_correct(pg), correct(pg, chosen)
            row = table.setdefault(pg["set"], [0, 0, 0])
            row[0] += 1
            row[1] += r
            row[2] += m
            if echo and r != m:
                echo(f"  {policy} {pg['page']}: gold {pg['gold']}, rules {'right' if r else 'wrong'}, ranker "
                     f"{chosen.date.iso() if chosen else None} {'right' if m else 'wrong'}")
    return [(name, *table[name]) for name in sorted(table)]

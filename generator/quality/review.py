"""`generator review`: what an archivist should look at after a build, as ready-to-paste YAML.

Three lists, read from a built ``docs/data`` (``articles.json``, ``entities.json``) and the registry:

1. people the registry does not know, each as a registry entry (id, English name, Russian name in
   the nominative when a Russian report gave one, country, the forms seen) with the articles
   that name them;
2. likely duplicates: two pages that are probably one person, written in two scripts or two
   transliterations ("Gasanov" / "Hasanov", "Шойгу" / "Shoygu"): every name of each page is put
   in Latin script and folded (``registry.fold``), and pairs whose keys are close by rapidfuzz's
   ratio, with the same first initial and no conflicting country, are listed with the merged
   entry to paste;
3. offices and ranks that map to no canonical label in ``data/roles.yaml``, with how often they
   occur and where.

Nothing is changed: the output is for a person to check and paste.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import yaml

from generator.errors import GeneratorError
from generator.reference.offices import canonical_rank, canonical_role
from generator.reference.registry import Registry, fold, latin

DUPLICATE_SCORE = 88.0


class ReviewError(GeneratorError):
    pass


def _load(docs: Path) -> tuple[list[dict], dict]:
    data = docs / "data"
    try:
        arts = json.loads((data / "articles.json").read_text(encoding="utf-8"))
        ents = json.loads((data / "entities.json").read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ReviewError(f"{exc.filename}: not found; run `generator build --docs {docs}` first") from exc
    except json.JSONDecodeError as exc:
        raise ReviewError(f"{data}: the exports are not valid JSON ({exc}); rebuild with `generator build`") from exc
    return arts, ents


def _flow(d: dict) -> str:
    """One registry entry in the file's own style: a YAML flow mapping on one line."""
    return yaml.safe_dump(d, allow_unicode=True, default_flow_style=True, sort_keys=False, width=10_000).strip()


def _keys(p: dict) -> set[str]:
    names = {p.get("name") or ""} | set((p.get("names") or {}).values()) | set(p.get("aliases") or [])
    return {fold(latin(n)) for n in names if n and len(n.split()) >= 2}


def duplicates(people: list[dict]) -> list[tuple[dict, dict, float]]:
    """Pairs of person pages that are probably one person, best match first."""
    from rapidfuzz import fuzz, process

    flat: list[tuple[int, str]] = [(i, k) for i, p in enumerate(people) for k in sorted(_keys(p))]
    if not flat:
        return []
    keys = [k for _, k in flat]
    scores = process.cdist(keys, keys, scorer=fuzz.ratio, score_cutoff=DUPLICATE_SCORE, workers=1)
    best: dict[tuple[int, int], float] = {}
    for a, (i, ka) in enumerate(flat):
        for b in scores[a].nonzero()[0]:
            j, kb = flat[int(b)]
            if i >= j:
                continue
            if ka.split()[0][:1] != kb.split()[0][:1]:
                continue
            ci, cj = people[i].get("country"), people[j].get("country")
            if ci and cj and ci != cj:
                continue
            s = float(scores[a][b])
            best[(i, j)] = max(best.get((i, j), 0.0), s)
    pairs = sorted(best.items(), key=lambda kv: (-kv[1], people[kv[0][0]]["id"], people[kv[0][1]]["id"]))
    return [(people[i], people[j], s) for (i, j), s in pairs]


def review(docs: Path, registry: Registry) -> str:
    arts, ents = _load(docs)
    people = ents.get("people") or []
    titles = {a["id"]: a.get("seed") or a["id"] for a in arts}
    out: list[str] = []
    unknown = [p for p in people if p["id"] not in registry.entries]
    dups = duplicates(people)
    offices: dict[str, list[str]] = defaultdict(list)
    ranks: dict[str, list[str]] = defaultdict(list)
    for p in people:
        for r in p.get("roles") or []:
            if r.get("role") and not canonical_role(r["role"]):
                offices[r["role"]].append(r["article"])
            if r.get("rank") and not canonical_rank(r["rank"]):
                ranks[r["rank"]].append(r["article"])
    out.append(f"# generator review of {docs}: {len(unknown)} unknown people, {len(dups)} likely duplicates, "
               f"{len(offices)} offices and {len(ranks)} ranks with no canonical label.")
    out.append(f"# Registry: {registry.path}")
    out.append("")
    out.append("# 1. People the registry does not know. Check each name, country and Russian name (nominative),")
    out.append("#    then paste the entries under `people:` in the registry.")
    out.append("people:")
    if not unknown:
        out.append("  []")
    for p in sorted(unknown, key=lambda p: (-len(p.get("articles") or []), p["id"])):
        entry = {"id": p["id"], "name": p["name"], "ru": (p.get("names") or {}).get("ru"), "country": p.get("country")}
        aliases = [a for a in p.get("aliases") or [] if a != p["name"] and len(a.split()) >= 2]
        if aliases:
            entry["aliases"] = aliases
        out.append(f"  - {_flow(entry)}")
        for aid in p.get("articles") or []:
            out.append(f"    # in {titles.get(aid, aid)}")
    out.append("")
    out.append("# 2. Likely duplicates: one person on two pages (two scripts or transliterations). Keep the first")
    out.append("#    id, replace both entries by the merged one below (the second page's names become aliases).")
    out.append("duplicates:")
    if not dups:
        out.append("  []")
    for a, b, score in dups:
        keep, other = (a, b) if a["id"] in registry.entries or b["id"] not in registry.entries else (b, a)
        names = sorted({other["name"], *(other.get("aliases") or []), *(keep.get("aliases") or [])} - {keep["name"]})
        merged = {"id": keep["id"], "name": keep["name"],
                  "ru": (keep.get("names") or {}).get("ru") or (other.get("names") or {}).get("ru"),
                  "country": keep.get("country") or other.get("country"),
                  "aliases": [n for n in names if len(n.split()) >= 2]}
        out.append(f"  # {keep['id']} and {other['id']}: similarity {score:.0f}/100")
        out.append(f"  - {_flow(merged)}")
    out.append("")
    out.append("# 3. Offices and ranks with no canonical label: add each to a label (or a new one) under")
    out.append("#    `canonical:` in generator/data/roles.yaml, e.g. `Minister of Defence: [..., \"<as written>\"]`.")
    out.append("offices:")
    if not offices:
        out.append("  []")
    for role, where in sorted(offices.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        out.append(f"  - {json.dumps(role, ensure_ascii=False)}  # {len(where)}x, e.g. {titles.get(where[0], where[0])}")
    out.append("ranks:")
    if not ranks:
        out.append("  []")
    for rank, where in sorted(ranks.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        out.append(f"  - {json.dumps(rank, ensure_ascii=False)}  # {len(where)}x, e.g. {titles.get(where[0], where[0])}")
    return "\n".join(out) + "\n"

"""`generator review`: what an archivist should look at after a build, as ready-to-paste YAML.

Three lists, read from a built ``docs/data`` (``articles.json``, ``entities.json``) and the registry:

1. people the registry does not know, each as a registry entry (id, English name, Russian name in
   the nominative when a Russian report gave one, country, the forms seen) with the articles
   that name them;
2. likely duplicates: two pages that are probably one person, written in two scripts or two
   transliterations ("Gasanov" / "Hasanov", "Шойгу" / "Shoygu"), or once in full with a
   patronymic chain and once in its short form ("Mohamed Khaled bin Nordin" / "Mohamed Khaled",
   "Zakir Asgar oğlu Hasanov" / "Закир Гасанов"): every name of each page is put in Latin script
   and folded (``registry.fold``), and pairs whose keys are close by rapidfuzz's ratio, with the
   same first initial and no conflicting country, are listed with the merged entry to paste, each pair
   with why the build keeps the two apart (``resolve.same_person.apart``: the build itself merges near
   spellings of one state, surname and given name, and every pair it merges is a pair listed here);
3. offices and ranks that map to no canonical label in ``data/roles.yaml``, with how often they
   occur and where.

Nothing is changed: the output is for a person to check and paste.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

import yaml

from generator.errors import GeneratorError
from generator.reference.offices import canonical_rank, canonical_role
from generator.reference.registry import Registry, fold, latin
from generator.resolve import same_person

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
    # The dotless ı (Azerbaijani and Turkish qızı, Aynur) has no mark to strip: it is an i.
    return {fold(latin(n.replace("ı", "i"))) for n in names if n and len(n.split()) >= 2}


# Patronymic chains, as folded keys (``fold`` of both scripts): a particle that comes before the
# father's name (Mohamed Khaled bin Nordin, Мохамед Халед бин Нордин, Ali ibn Said) and one that
# comes after it (Zakir Asgar oğlu Hasanov, Закир Асгар оглы Гасанов, кызы, улы, qızı).
_BEFORE_FATHER = {"bin", "binti", "bint", "binte", "bte", "ibn", "ibni", "ben"}
_AFTER_FATHER = {"ohlu", "ohli", "ohl", "kizi", "uli", "ulu", "hizi"}
# Honorifics some outlets put before a Malay name (Dato' Seri, Tan Sri, Haji), folded.
_HONORIFIC = {"dato", "datuk", "seri", "sri", "haji", "hj", "dr", "tun", "datin", "toh", "puan"}


def _chain(words: list[str]) -> bool:
    return any(w in _BEFORE_FATHER for w in words[1:]) or any(w in _AFTER_FATHER for w in words[2:])


def short_forms(key: str) -> set[str]:
    """The shorter forms a folded name with a patronymic chain goes by: the own name before ``bin``
    (``mohamed khaled bin nordin`` -> ``mohamed khaled``), the name without the father's name and
    ``oğlu``/``кызы``/``улы`` (``zakir asgar ohlu hasanov`` -> ``zakir hasanov``, and the given name
    alone is not kept: one word is no key), with leading honorifics dropped. Of two words or more."""
    words = key.split()
    while len(words) > 2 and (words[0] in _HONORIFIC or words[:2] == ["tan", "sri"]):
        words = words[2:] if words[:2] == ["tan", "sri"] else words[1:]
    out: set[str] = set()
    if len(words) >= 3:
        cut = next((i for i, w in enumerate(words) if i >= 1 and w in _BEFORE_FATHER), None)
        if cut is not None:
            out.add(" ".join(words[:cut]))
        for i, w in enumerate(words):
            if i >= 2 and w in _AFTER_FATHER:
                out.add(" ".join(words[:i - 1] + words[i + 1:]))
                if i + 1 == len(words):
                    out.add(" ".join(words[:i - 1]))  # the chain at the end: Ilham Heydar oğlu
    if " ".join(words) != key and not _chain(words):
        out.add(" ".join(words))
    return {k for k in out if len(k.split()) >= 2 and k != key}


def duplicates(people: list[dict]) -> list[tuple[dict, dict, float]]:
    """Pairs of person pages that are probably one person, best match first: two names close after
    folding, or a short form of a patronymic chain (``short_forms``) close to the other page's plain
    name ("Mohamed Khaled" and "Mohamed Khaled bin Nordin", in either script). Two short forms are
    never compared with each other (two sons of different fathers), nor a short form with another chain."""
    from rapidfuzz import fuzz, process

    flat: list[tuple[int, str, bool]] = []  # (page, key, is a short form)
    for i, p in enumerate(people):
        full = sorted(_keys(p))
        flat += [(i, k, False) for k in full]
        flat += [(i, k, True) for k in sorted({s for k in full for s in short_forms(k)} - set(full))]
    if not flat:
        return []
    keys = [k for _, k, _ in flat]
    scores = process.cdist(keys, keys, scorer=fuzz.ratio, score_cutoff=DUPLICATE_SCORE, workers=1)
    best: dict[tuple[int, int], float] = {}
    for a, (i, ka, sa) in enumerate(flat):
        for b in scores[a].nonzero()[0]:
            j, kb, sb = flat[int(b)]
            if i >= j:
                continue
            if (sa and (sb or _chain(kb.split()))) or (sb and _chain(ka.split())):
                continue
            if ka.split()[0][:1] != kb.split()[0][:1]:
                continue
            ci, cj = people[i].get("country"), people[j].get("country")
            if ci and cj and ci != cj:
                continue
            s = float(scores[a][b])
            best[(i, j)] = max(best.get((i, j), 0.0), s)
    # One name in both orders ("Yamada Kenta" and "Kenta Yamada": a family name written first, then last).
    by_words: dict[tuple[str, ...], set[int]] = {}
    for i, k, short in flat:
        if not short and len(k.split()) >= 2:
            by_words.setdefault(tuple(sorted(k.split())), set()).add(i)
    for pages in by_words.values():
        for i in pages:
            for j in pages:
                ci, cj = people[i].get("country"), people[j].get("country")
                if i < j and not (ci and cj and ci != cj):
                    best[(i, j)] = max(best.get((i, j), 0.0), 100.0)
    # Every pair resolve takes for one person (``same_person.apart``) is listed too: a docs/ built before
    # the rule, or by another version, shows them as two pages.
    by_surname: dict[tuple, list[int]] = defaultdict(list)
    for i, p in enumerate(people):
        sp = same_person.parts(p.get("name") or "", p.get("country"))
        if sp is not None and p.get("country"):
            by_surname[(p["country"], same_person.surname_key(sp.surname))].append(i)
    for pages in by_surname.values():
        for i in pages:
            for j in pages:
                if i < j and (i, j) not in best and _apart(people[i], people[j]) is None:
                    best[(i, j)] = float(fuzz.ratio(fold(latin(people[i]["name"])), fold(latin(people[j]["name"]))))
    pairs = sorted(best.items(), key=lambda kv: (-kv[1], people[kv[0][0]]["id"], people[kv[0][1]]["id"]))
    return [(people[i], people[j], s) for (i, j), s in pairs]


def _apart(a: dict, b: dict) -> str | None:
    """Why resolve keeps two pages apart (``same_person.apart``), None when it takes them for one person."""
    return same_person.apart(a.get("name") or "", a.get("country"), a.get("articles") or (),
                             b.get("name") or "", b.get("country"), b.get("articles") or ())


def _fullness(p: dict, registry: Registry) -> tuple:
    """Which page of a group to keep: the registry's, else the fullest name, else the most reported."""
    return (p["id"] in registry.entries, len(p["name"].split()), len(p.get("articles") or []), p["id"])


def merge_groups(dups: list[tuple[dict, dict, float]], registry: Registry):
    """The duplicate pairs joined into groups of one person each (best pair first), as (the page to
    keep, [(another page, similarity)], [(a page close to one of the group that was kept apart,
    similarity)]). A group never holds two names with different patronymic chains ("bin Nordin",
    "bin Ahmad"): a short form close to both is put with the closer one (the first) and the other
    chain is named apart, for a person to decide."""
    parent: dict[str, str] = {}
    page: dict[str, dict] = {}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def chains(root: str) -> set[str]:
        return {fold(latin(page[x]["name"])) for x in parent if find(x) == root and _chain(fold(latin(page[x]["name"])).split())}

    best: dict[str, float] = {}
    blocked: list[tuple[str, str, float]] = []
    for a, b, score in dups:
        for p in (a, b):
            page.setdefault(p["id"], p)
            parent.setdefault(p["id"], p["id"])
        ra, rb = find(a["id"]), find(b["id"])
        if ra == rb:
            continue
        if len(chains(ra) | chains(rb)) > 1:
            blocked.append((a["id"], b["id"], score))
            continue
        parent[rb] = ra
        best[b["id"]] = max(best.get(b["id"], 0.0), score)
        best[a["id"]] = max(best.get(a["id"], 0.0), score)
    groups: dict[str, list[str]] = defaultdict(list)
    for x in parent:
        groups[find(x)].append(x)
    out = []
    for members in groups.values():
        if len(members) < 2:
            continue
        keep = max((page[x] for x in members), key=lambda p: _fullness(p, registry))
        others = sorted(((page[x], best[x]) for x in members if x != keep["id"]), key=lambda t: (-t[1], t[0]["id"]))
        inside = set(members)
        apart = [(page[b if a in inside else a], sc) for a, b, sc in blocked if (a in inside) != (b in inside)]
        out.append((keep, others, apart))
    return sorted(out, key=lambda g: (-max(s for _, s in g[1]), g[0]["id"]))


def review(docs: Path, registry: Registry) -> str:
    arts, ents = _load(docs)
    people = ents.get("people") or []
    # a seed's name goes into YAML comments: a line break in it ('line\nbreak.txt') would end the comment
    titles = {a["id"]: re.sub(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]", " ", str(a.get("seed") or a["id"])) for a in arts}
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
    out.append("# 2. Likely duplicates: one person on two pages (two scripts or transliterations, or a name and its")
    out.append("#    short form without the patronymic chain: bin, binti, ibn, oğlu, кызы, улы). Replace the")
    out.append("#    entries by the merged one below: it keeps the registry's id, else the fullest name's; the")
    out.append("#    other pages' names become aliases.")
    out.append("duplicates:")
    if not dups:
        out.append("  []")
    for keep, others, apart in merge_groups(dups, registry):
        names = sorted({n for o, _ in others for n in (o["name"], *(o.get("aliases") or []))}
                       | set(keep.get("aliases") or []) - {keep["name"]})
        merged = {"id": keep["id"], "name": keep["name"],
                  "ru": (keep.get("names") or {}).get("ru") or next(
                      ((o.get("names") or {}).get("ru") for o, _ in others if (o.get("names") or {}).get("ru")), None),
                  "country": keep.get("country") or next((o.get("country") for o, _ in others if o.get("country")), None),
                  "aliases": [n for n in names if len(n.split()) >= 2]}
        for o, score in others:
            why = _apart(keep, o)
            out.append(f"  # {keep['id']} and {o['id']}: similarity {score:.0f}/100; "
                       + (f"the build keeps them apart: {why}" if why else "the build merges them once rebuilt"))
        for o, score in apart:
            out.append(f"  # {keep['id']} is also close to {o['id']} ({score:.0f}/100), which has another "
                       "patronymic chain: check which one is meant")
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

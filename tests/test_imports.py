"""The layout of ``generator/`` is the flow: imports point down the layers only, no import cycle,
and no module imports another module's private name.

The source is read with ``ast`` (nothing is imported), and imports inside functions count: a
lazy import that closes a loop is still a loop in the design.
"""

from __future__ import annotations

import ast
from functools import lru_cache
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parent.parent / "generator"

# The layers, lowest first: a module may import from its own layer and the layers below it,
# never from a layer above. A package names every module under it. Stages read in flow order:
# ingest -> extract -> resolve -> site -> output; nlp and reference are services below them.
LAYERS: list[tuple[str, ...]] = [
    ("generator", "generator.model", "generator.settings", "generator.errors"),  # records, settings, errors
    ("generator.text", "generator.fileio"),  # pure text utilities; the one atomic file write
    ("generator.nlp",),  # tokens, sentences, lemmas, NER models
    ("generator.reference",),  # country index, registry of known entities, offices
    ("generator.ingest",),  # bytes -> Article
    ("generator.extract",),  # Article -> mentions
    ("generator.resolve",),  # mentions -> Archive
    ("generator.site",),  # Archive -> pages
    ("generator.output",),  # pages -> docs/, the cache
    ("generator.build",),  # the orchestrator
    ("generator.quality", "generator.bench"),  # tools that run the orchestrator
    ("generator.cli", "generator.__main__", "generator.mkdocs_hook"),  # entry points
]


def _modname(p: Path) -> str:
    parts = list(p.relative_to(PKG.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


MODULES = {_modname(p): p for p in sorted(PKG.rglob("*.py"))}


def layer_of(mod: str) -> int | None:
    """The index in LAYERS of the longest prefix that names ``mod``; None if none does."""
    best, best_len = None, -1
    for i, names in enumerate(LAYERS):
        for n in names:
            if (mod == n or mod.startswith(n + ".")) and len(n) > best_len and (n != "generator" or mod == n):
                best, best_len = i, len(n)
    return best


def _resolve(name: str) -> str | None:
    """The generator module an imported dotted name lives in (a name inside a module: the module)."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


@lru_cache(maxsize=None)
def _tree(mod: str) -> ast.Module:
    p = MODULES[mod]
    return ast.parse(p.read_text(encoding="utf-8"), str(p))


def imports(mod: str) -> list[tuple[str, list[str], int]]:
    """(target module, names imported from it, line) for every import of a generator module."""
    p = MODULES[mod]
    out = []
    for node in ast.walk(_tree(mod)):
        if isinstance(node, ast.Import):
            for a in node.names:
                t = _resolve(a.name)
                if t:
                    out.append((t, [], node.lineno))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = mod.split(".") if p.name == "__init__.py" else mod.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                stem = ".".join(base + ([node.module] if node.module else []))
            else:
                stem = node.module or ""
            if not (stem == "generator" or stem.startswith("generator.")):
                continue
            for a in node.names:
                sub = f"{stem}.{a.name}"
                if sub in MODULES:  # `from generator.ingest import lines`: the module itself
                    out.append((sub, [], node.lineno))
                else:
                    t = _resolve(stem)
                    if t:
                        out.append((t, [a.name], node.lineno))
    return out


def graph() -> dict[str, set[str]]:
    g: dict[str, set[str]] = {m: set() for m in MODULES}
    for m in MODULES:
        for t, _, _ in imports(m):
            if t != m and not m.startswith(t + "."):  # a package's own __init__ is not an edge
                g[m].add(t)
    return g


def cycles(g: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(g[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(g):
        if v not in index:
            visit(v)
    return out


def test_every_module_has_a_layer():
    missing = [m for m in MODULES if layer_of(m) is None]
    assert not missing, f"modules in no layer of tests/test_imports.py LAYERS (add them where they belong): {missing}"


def test_no_import_cycle():
    found = cycles(graph())
    assert not found, "import cycles:\n" + "\n".join(" <-> ".join(c) for c in found)


def test_imports_point_down_the_layers():
    bad = []
    for m in MODULES:
        lm = layer_of(m)
        for t, _, line in imports(m):
            lt = layer_of(t)
            if lm is not None and lt is not None and lt > lm:
                bad.append(f"{MODULES[m].relative_to(PKG.parent)}:{line}: {m} (layer {lm}) imports {t} (layer {lt}), up the flow")
    assert not bad, "\n".join(bad)


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def test_no_private_name_crosses_modules():
    bad = []
    for m, p in MODULES.items():
        for t, names, line in imports(m):
            if t == m:
                continue
            bad += [f"{p.relative_to(PKG.parent)}:{line}: imports {t}.{n}" for n in names if _private(n)]
        # `from generator.x import mod as alias` then `alias._name`
        aliases = {}
        tree = _tree(m)
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("generator"):
                for a in node.names:
                    if f"{node.module}.{a.name}" in MODULES:
                        aliases[a.asname or a.name] = f"{node.module}.{a.name}"
            elif isinstance(node, ast.Import):
                for a in node.names:
                    if a.name in MODULES and a.asname:
                        aliases[a.asname] = a.name
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in aliases \
                    and _private(node.attr) and aliases[node.value.id] != m:
                bad.append(f"{p.relative_to(PKG.parent)}:{node.lineno}: uses {aliases[node.value.id]}.{node.attr}")
    assert not bad, "private names used across modules:\n" + "\n".join(bad)


# The checker itself: each rule fails on a package that breaks it.

@pytest.mark.parametrize("g, expected", [
    pytest.param({"a": {"b"}, "b": {"a"}, "c": set()}, [["a", "b"]], id="two-module cycle"),
    pytest.param({"a": {"b"}, "b": {"c"}, "c": {"a"}}, [["a", "b", "c"]], id="three-module cycle"),
    pytest.param({"a": {"b"}, "b": {"c"}, "c": set()}, [], id="a chain is no cycle"),
])
def test_cycles_finds_loops(g, expected):
    assert cycles(g) == expected


def test_layer_of_reads_the_longest_prefix():
    assert layer_of("generator.ingest.lines") > layer_of("generator.nlp.analysis") > layer_of("generator.text.dates")
    assert layer_of("generator.cli") > layer_of("generator.build") > layer_of("generator.output.write")
    assert layer_of("generator.model") == 0 and layer_of("generator.somewhere_new") is None

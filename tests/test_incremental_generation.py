"""The generator's own incremental path (cached articles, the render memo of
``generator/site/memo.py``) gives the same docs/ as a cold generation without the cache, file by
file, after articles are added, changed and removed, in English and in Russian; and it renders
only the pages whose inputs changed."""

import shutil
from pathlib import Path

import pytest

from conftest import ROOT, examples_dir

SLOW = pytest.mark.slow  # several generations with the NER models

# Test articles written for this test, in our own words, in the header layouts the ingest reads.
ADD_EN = """ date 2023-05-09 By Test Desk

Defence Minister Zakir Hasanov received Defence Minister Hulusi Akar of Turkey in Baku on May 9, the ministry said.

The ministers reviewed joint exercises planned for the summer and the exchange of cadets between military academies.

They signed a protocol on cooperation in military medicine.
"""
ADD_RU = """ date 2023-06-20 By Test Desk

Министр обороны Азербайджана Закир Гасанов провёл в Баку переговоры с министром обороны Беларуси Виктором Хрениным.

Министры обсудили подготовку военных кадров и совместные учения.
"""
# The English article again, now naming a second visitor: people, events and the pages of other
# articles that link to the same people change.
CHANGED_EN = ADD_EN.replace(
    "The ministers reviewed",
    "Chief of the General Staff Karim Valiyev also took part. The ministers reviewed")


def _tree(folder: Path) -> dict[str, bytes]:
    return {f.relative_to(folder).as_posix(): f.read_bytes() for f in folder.rglob("*") if f.is_file()}


def _same(a: Path, b: Path) -> None:
    ta, tb = _tree(a), _tree(b)
    assert sorted(ta) == sorted(tb), (sorted(set(ta) - set(tb))[:10], sorted(set(tb) - set(ta))[:10])
    differ = [k for k in ta if ta[k] != tb[k]]
    assert not differ, f"files that differ from a cold generation: {differ[:10]}"


@SLOW
def test_incremental_generation_equals_cold_generation(tmp_path):
    from generator.build import build

    seeds = tmp_path / "seeds"
    shutil.copytree(examples_dir(), seeds)
    docs, cache = tmp_path / "docs", tmp_path / "cache"
    first = build(seeds, docs, cache_dir=cache)
    assert first.rendered is not None and first.rendered > 0

    def step(name: str):
        # The cold generation starts from the docs/ the last build left (its map of published
        # ids is part of the input), with no cache at all.
        cold = tmp_path / f"cold-{name}"
        shutil.copytree(docs, cold)
        rep = build(seeds, docs, cache_dir=cache)
        build(seeds, cold, use_cache=False)
        _same(docs, cold)
        return rep

    total = first.rendered
    (seeds / "zz_add_en.txt").write_text(ADD_EN, encoding="utf-8")
    (seeds / "zz_add_ru.txt").write_text(ADD_RU, encoding="utf-8")
    rep = step("added")
    assert (docs / "articles" / "zz-add-en.md").is_file() and (docs / "articles" / "zz-add-ru.md").is_file()
    assert rep.rendered < total + 2, "an added article must not render every page again"

    (seeds / "zz_add_en.txt").write_text(CHANGED_EN, encoding="utf-8")
    rep = step("changed")
    assert "Valiyev" in (docs / "articles" / "zz-add-en.md").read_text(encoding="utf-8")

    # The pack of cached readings and extractions (generator/output/cache.py) spoilt: truncated,
    # then garbage. The build reads the JSON entries instead and gives a cold build's pages.
    pack = next(cache.glob("*/pack.marshal"))
    pack.write_bytes(pack.read_bytes()[:-1000])
    (seeds / "zz_add_en.txt").write_text(ADD_EN, encoding="utf-8")
    rep = step("changed-back-truncated-pack")
    assert rep.cache_counts["unusable"] >= 1
    pack.write_bytes(b"\x80\x04not a pack at all")
    (seeds / "zz_add_en.txt").write_text(CHANGED_EN, encoding="utf-8")
    rep = step("changed-garbage-pack")
    assert rep.cache_counts["unusable"] >= 1
    assert pack.read_bytes().startswith(b"generator-pack\0")  # written again by that build

    (seeds / "zz_add_ru.txt").unlink()
    step("removed-ru")
    assert not (docs / "articles" / "zz-add-ru.md").exists()

    sorted(seeds.glob("0*.txt"))[0].unlink()
    step("removed-seed")

    # Nothing changed: the pages come from the last build, nothing is rendered or written.
    again = build(seeds, docs, cache_dir=cache)
    assert again.rendered is None and not again.write.written


def test_memo_renders_again_what_read_a_changed_value():
    """The memo's own rule, on a small archive: a unit is reused only when every value it looked
    up is the same; a changed field of an entity it read, or a key now present, renders it again."""
    import dataclasses

    from generator.model import Archive, Page
    from generator.site.memo import render

    @dataclasses.dataclass(frozen=True)
    class Ent:
        name: str
        articles: tuple

    def archive(people):
        return Archive(articles=(), facts={}, people=people, countries={}, agreements={}, organizations={})

    calls = []

    def person_page(v, pid):
        calls.append(pid)
        p = v.people[pid]
        other = v.people.get("b")
        return [Page(f"people/{pid}.md", p.name + (" / " + other.name if other is not None and pid != "b" else ""))]

    units = [("person/a", lambda v: person_page(v, "a"))]
    ar1 = archive({"a": Ent("Ann", ("x",))})
    pages, memo, n = render(ar1, units, None)
    assert n == 1 and pages[0].text == "Ann"
    # A field the page did not read (the person's articles) changed: reused.
    pages, memo2, n = render(archive({"a": Ent("Ann", ("x", "y"))}), units, memo)
    assert n == 0 and pages[0].text == "Ann"
    # A field it read changed: rendered again.
    pages, memo3, n = render(archive({"a": Ent("Anna", ("x",))}), units, memo2)
    assert n == 1 and pages[0].text == "Anna"
    # A key it found absent is now present: rendered again.
    pages, _, n = render(archive({"a": Ent("Anna", ("x",)), "b": Ent("Bo", ())}), units, memo3)
    assert n == 1 and pages[0].text == "Anna / Bo"


def test_memo_hashes_see_every_field():
    """The memo hashes a looked-up value by its ``repr``: every record a page can read must show
    every field in it (no ``repr=False`` field, no hand-written ``__repr__``), or a change to that
    field would leave a stale page."""
    import dataclasses
    import inspect

    from generator import model

    for name, cls in inspect.getmembers(model, inspect.isclass):
        if not dataclasses.is_dataclass(cls) or cls.__module__ != model.__name__ or cls is model.Archive:
            continue
        hidden = [f.name for f in dataclasses.fields(cls) if not f.repr]
        assert not hidden, f"{name}: fields left out of repr: {hidden}"
        assert "__repr__" not in cls.__dict__ or getattr(cls.__repr__, "__wrapped__", None) is not None \
            or cls.__repr__.__qualname__.endswith("__create_fn__.<locals>.__repr__"), f"{name} has its own __repr__"

"""The records between stages are frozen, and render reads the archive without writing into it."""

from __future__ import annotations

import dataclasses
import pickle
from pathlib import Path

import pytest

from generator import model
from generator.build import BuildReport, prepare
from generator.reference.registry import Registry
from conftest import examples_dir

ROOT = Path(__file__).resolve().parent.parent


def _records():
    return [c for c in vars(model).values()
            if isinstance(c, type) and dataclasses.is_dataclass(c) and c.__module__ == model.__name__]


@pytest.mark.parametrize("cls", _records(), ids=lambda c: c.__name__)
def test_every_record_of_model_is_frozen_and_slotted(cls):
    assert cls.__dataclass_params__.frozen, f"{cls.__name__} is not frozen"
    assert "__slots__" in vars(cls), f"{cls.__name__} has no __slots__"
    for f in dataclasses.fields(cls):
        assert not str(f.type).startswith("list"), f"{cls.__name__}.{f.name} is a list: use a tuple"


@pytest.fixture(scope="module")
def archive():
    return prepare(examples_dir(), Registry(), 2_000_000, BuildReport())


def _mutable_inside(value, where: str, out: list[str]) -> None:
    """Every list or set reachable from ``value`` through records, tuples and dict values."""
    if isinstance(value, (list, set)):
        out.append(where)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            _mutable_inside(getattr(value, f.name), f"{where}.{f.name}", out)
    elif isinstance(value, (tuple, frozenset)):
        for i, v in enumerate(value):
            _mutable_inside(v, f"{where}[{i}]", out)
    elif isinstance(value, dict):
        for k, v in value.items():
            _mutable_inside(v, f"{where}[{k!r}]", out)


def test_the_archive_holds_no_list_or_set(archive):
    found: list[str] = []
    _mutable_inside(archive, "archive", found)
    assert not found, f"lists or sets in the archive: {found[:10]}"


def test_the_archive_refuses_writes(archive):
    with pytest.raises(dataclasses.FrozenInstanceError):
        archive.partners = {}
    person = next(iter(archive.people.values()))
    with pytest.raises(dataclasses.FrozenInstanceError):
        person.name = "someone else"
    with pytest.raises(AttributeError):  # slots: no attribute can be added either
        object.__setattr__(archive, "_cache", {})


def test_rendering_leaves_the_archive_as_it_was(archive):
    from generator.site.feeds import render_feeds
    from generator.site.render import exports, render_all

    before = pickle.dumps(archive)
    pages = render_all(archive, "Test archive") + exports(archive) + render_feeds(archive, "Test archive", "")
    assert pages
    assert pickle.dumps(archive) == before


def test_what_render_needs_is_computed_in_resolve(archive):
    """Partners, the articles naming each person and agreement, and the source slugs are in
    the archive before any page is rendered."""
    assert set(archive.partners) == set(archive.countries)
    for code, rows in archive.partners.items():
        for r in rows:
            assert r.country != code and r.country in archive.countries and r.reports
    for a in archive.articles:
        for p in archive.facts[a.id].people:
            assert a.id in archive.naming[("p", p)]
        if a.source:
            assert ("source", a.source) in archive.source_ids

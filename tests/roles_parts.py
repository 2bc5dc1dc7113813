"""What the roles tests (tests/test_roles_r9.py, tests/test_roles_r11.py, tests/test_roles_r13.py) share:
an empty registry (so that every country, office and rank comes from the text) and ``people``, which
reads one body of our own words and returns its people by name."""

from __future__ import annotations

import pytest

from generator.extract.entities import analyse, extract_one
from generator.model import Article, PartialDate
from generator.reference.registry import Registry


@pytest.fixture(scope="module")
def empty_registry(tmp_path_factory):
    path = tmp_path_factory.mktemp("reg") / "registry.yaml"
    path.write_text("people: []\norganizations: []\n", encoding="utf-8")
    return Registry(path)


def people(body, lang, registry):
    a = Article("t", "t.txt", lang, "", True, PartialDate(2024, 5, 14), None, None, body)
    return {p.name: p for p in extract_one(a, analyse([a])[a.id], registry).people}

"""What the names tests (tests/test_names_r19.py, tests/test_review_names_r19.py, tests/test_names_r20.py) share:
``got``, the people of one body of our own words by name, and ``one``, the person of that name (the test fails,
listing the names found, when there is none). The registry is a fixture of conftest: ``empty_registry`` (every
name, country, office and rank from the text) or ``registry`` (the project's)."""

from __future__ import annotations

from conftest import extract_text, people_by_name


def got(text, lang, registry) -> dict:
    return people_by_name(extract_text(text, lang, registry))


def one(text, lang, registry, name):
    found = got(text, lang, registry)
    assert name in found, sorted(found)
    return found[name]

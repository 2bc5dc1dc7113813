"""What the roles tests (tests/test_roles_r9.py, tests/test_roles_r11.py, tests/test_roles_r13.py) share:
``people``, which reads one body of our own words and returns its people by name (the empty registry is
conftest's ``empty_registry`` fixture: every country, office and rank comes from the text)."""

from __future__ import annotations

from conftest import extract_text, people_by_name


def people(body, lang, registry):
    return people_by_name(extract_text(body, lang, registry))

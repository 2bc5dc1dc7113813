"""Findings of round 3's review: untrusted text that made a pattern run for minutes, and credits
that made a section label or a columnist the source. Texts written for this test."""

from __future__ import annotations

import pytest
from workbound import cpu_growth

from generator.extract import places
from generator.ingest.reader import parse_text
from generator.output.cache import fingerprint

PAGE = """Border talks in the mountains

12 March 2024

Defence officials of two neighbouring states met on Tuesday in a border town to discuss patrols.
The delegations agreed to meet again in the autumn.
"""


def _grows_linearly(make, bound: float = 10) -> None:
    # A work bound, not a timing (tests/workbound.py): before the fix each of these took minutes
    # (quadratic or cubic backtracking in the regular expression engine, which Python cannot count, so
    # the CPU time on an input 4 times longer is compared: about 4x when linear, 16x when quadratic,
    # 64x when cubic).
    assert cpu_growth(make, 2000) < bound


@pytest.mark.parametrize("unit", ["A", "Ab", "a.", "Ab-", "A&", "--A"])
def test_a_long_token_in_the_text_does_not_stall_reading(unit):
    # Reading a page with one very long token was quadratic in the token's length (2026-11-28: 1.0 s at
    # 16,000 characters, 3.5 s at 32,000): patterns searched through the text whose optional leading
    # word ('[A-Z][\w-]+\s+' before 'Defence Ministry', the local part of an e-mail address, a domain
    # name, a capitalised agency name) restarted at every letter or hyphen inside the token and ran to
    # its end each time. Each now starts only where such a word can start, so the work is linear.
    _grows_linearly(lambda n: lambda: parse_text(PAGE + "\n" + "Q" + unit * (n // len(unit)) + " has learned nothing.\n"))


def test_a_long_hyphen_chain_does_not_stall_the_place_patterns():
    for rx in (places._HOST_CITY_EN, places._LOC_EN, places._CITY_OF_EN, places._GATHERING_EN):
        _grows_linearly(lambda n, rx=rx: lambda: list(rx.finditer("They met in " + "Ab-" * n + " hosted the talks.")))


def test_a_section_label_is_not_the_masthead():
    page = "Kazakhstan\n\n" + PAGE + "\nPhoto: Kazakhstan Ministry of Defence\n"
    assert parse_text(page).source != "Kazakhstan"


def test_a_columnist_signing_off_is_not_the_source():
    page = PAGE.replace("in the autumn.", "in the autumn, writes Mark Ellery.")
    assert parse_text(page).source != "Mark Ellery"


def test_the_cache_fingerprint_follows_the_evaluation_variables(tmp_path, monkeypatch):
    reg = tmp_path / "registry.yaml"
    reg.write_text("people: []\n")
    monkeypatch.delenv("GENERATOR_HIDE_OUTLETS", raising=False)
    monkeypatch.delenv("GENERATOR_LINES_MODEL", raising=False)
    plain = fingerprint(reg)
    monkeypatch.setenv("GENERATOR_HIDE_OUTLETS", "trend")
    assert fingerprint(reg) != plain

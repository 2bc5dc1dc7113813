"""Findings of round 3's review: untrusted text that made a pattern run for minutes, and credits
that made a section label or a columnist the source. Texts written for this test."""

from __future__ import annotations

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


def test_a_long_token_in_the_text_does_not_stall_reading():
    # Reading a page with one very long token is still quadratic in the token's length (measured
    # 2026-11-28: 1.0 s at 16,000 characters, 3.5 s at 32,000); the bound holds it below cubic, which
    # was the bug (minutes). Tighten it to 10 once reading is linear there.
    _grows_linearly(lambda n: lambda: parse_text(PAGE + "\n" + "Q" + "A" * n + " has learned nothing.\n"), 32)


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

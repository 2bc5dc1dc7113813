"""Findings of round 3's review: untrusted text that made a pattern run for minutes, and credits
that made a section label or a columnist the source. Texts written for this test."""

from __future__ import annotations

import time

from generator.extract import places
from generator.ingest.reader import parse_text
from generator.output.cache import fingerprint

PAGE = """Border talks in the mountains

12 March 2024

Defence officials of two neighbouring states met on Tuesday in a border town to discuss patrols.
The delegations agreed to meet again in the autumn.
"""


def _runs_quickly(fn, limit: float = 20.0) -> None:
    # Not a timing target: before the fix each of these took minutes (quadratic or cubic backtracking).
    t = time.perf_counter()
    fn()
    assert time.perf_counter() - t < limit


def test_a_long_token_in_the_text_does_not_stall_reading():
    blob = "Q" + "A" * 30_000
    _runs_quickly(lambda: parse_text(PAGE + "\n" + blob + " has learned nothing.\n"))


def test_a_long_hyphen_chain_does_not_stall_the_place_patterns():
    chain = "Ab-" * 3000
    for rx in (places._HOST_CITY_EN, places._LOC_EN, places._CITY_OF_EN, places._GATHERING_EN):
        _runs_quickly(lambda rx=rx: list(rx.finditer("They met in " + chain + " hosted the talks.")))


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

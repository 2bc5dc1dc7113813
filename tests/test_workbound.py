"""The work bounds of tests/workbound.py tell linear work from quadratic work, so the tests that use
them instead of wall-clock limits (test_escape, test_hostile, test_review_r3) can fail."""

from __future__ import annotations

import re

from workbound import cpu_growth, python_steps, step_growth


def _linear(s: str) -> int:
    return sum(1 for ch in s if ch == "a")


def _quadratic(s: str) -> int:
    return sum(1 for i in range(len(s)) for j in range(i, len(s)) if s[j] == "a")


def test_python_steps_are_deterministic():
    assert python_steps(lambda: _linear("ab" * 300)) == python_steps(lambda: _linear("ab" * 300))


def test_step_growth_tells_linear_from_quadratic():
    assert step_growth(lambda n: lambda: _linear("ab" * n), 200) < 2.6
    assert step_growth(lambda n: lambda: _quadratic("ab" * n), 200) > 3.5


def test_cpu_growth_tells_linear_from_quadratic_regex_work():
    # No 'c' anywhere: from every start the quadratic pattern scans to the end of the text.
    quadratic = re.compile(r"[ab]*c")
    linear = re.compile(r"ab")
    # quadratic work grows 16x on 4x the input, linear 4x; 8 leaves room for a loaded machine (9.2 measured at load 10)
    assert cpu_growth(lambda n: lambda: quadratic.findall("ab" * n), 500) > 8
    assert cpu_growth(lambda n: lambda: linear.findall("ab" * n), 500) < 10

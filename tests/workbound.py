"""Work bounds instead of wall-clock limits: a test of "this input does not blow up" asserts how the
work GROWS with the input, so a loaded machine cannot fail it and a super-linear regression cannot
pass it. Timings belong to `make bench`, not to the tests.

- ``python_steps(fn)`` counts the interpreter's events while ``fn`` runs: every Python line executed
  and every call (Python or C). It is deterministic: the same input gives the same count on any machine
  and under any load. Use it where the blow-up would be Python code looping (Python-Markdown's inline
  processors walk brackets and backticks in Python).
- ``cpu_growth(fn, n)`` is for work done inside C code the interpreter cannot count (a regular
  expression backtracking in ``re``'s engine): the ratio of the process's CPU time (not wall time) on an
  input 4 times larger, the smallest of a few runs each. Load slows both runs alike, so the ratio stays
  near 4 for linear work and near 16 or more for quadratic work whatever the machine does.
"""

from __future__ import annotations

import sys
import time
from typing import Callable


def python_steps(fn: Callable[[], object]) -> int:
    count = 0

    def tracer(frame, event, arg):
        nonlocal count
        count += 1
        return tracer

    def profiler(frame, event, arg):
        nonlocal count
        if event == "c_call":
            count += 1

    old_trace, old_profile = sys.gettrace(), sys.getprofile()
    sys.settrace(tracer)
    sys.setprofile(profiler)
    try:
        fn()
    finally:
        sys.setprofile(old_profile)
        sys.settrace(old_trace)
    return count


def step_growth(make: Callable[[int], Callable[[], object]], n: int) -> float:
    """Steps on an input of size 2n over steps on size n (after one warm-up run, so imports and caches
    filled on first use are not counted): about 2 for linear work, 4 for quadratic."""
    make(n)()
    return python_steps(make(2 * n)) / max(1, python_steps(make(n)))


def _cpu(fn: Callable[[], object]) -> float:
    t = time.process_time()
    fn()
    return time.process_time() - t


def cpu_growth(make: Callable[[int], Callable[[], object]], n: int, repeats: int = 3) -> float:
    """CPU time on size 4n over CPU time on size n, the smallest of ``repeats`` runs of each (the
    smallest is the run least disturbed by other processes). The size n is doubled until one run takes
    at least 20 ms, so the ratio is not made of clock ticks."""
    make(n)()
    while min(_cpu(make(n)) for _ in range(repeats)) < 0.02 and n < 1 << 22:
        n *= 2
    small = min(_cpu(make(n)) for _ in range(repeats))
    large = min(_cpu(make(4 * n)) for _ in range(repeats))
    return large / small

"""Spans of text (start, end) indexed for the questions the name rules ask of every token: does a
span overlap this token, cover it, hold this position. A scan of the article's spans per token is
quadratic on a long page (thousands of tokens times hundreds of spans); here each answer is a
bisection over the spans sorted by start with the running maximum of their ends. The index is
also the sequence of its items, in their order, so code that iterates the spans is unchanged."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from typing import Any


def _pair(x) -> tuple[int, int]:
    return x[0], x[1]


class SpanIndex(Sequence):
    """``items`` (pairs, or any objects ``key`` turns into (start, end)) with quick span questions.

    >>> ix = SpanIndex([(10, 20), (0, 3)])
    >>> ix.overlaps(2, 5), ix.overlaps(3, 10), ix.covers(12, 20), ix.covers(18, 21), ix.holds(19), ix.holds(20)
    (True, False, True, False, True, False)
    >>> list(ix)
    [(10, 20), (0, 3)]
    """

    __slots__ = ("_items", "_starts", "_reach")

    def __init__(self, items: Iterable[Any], key: Callable[[Any], tuple[int, int]] = _pair) -> None:
        self._items = list(items)
        pairs = sorted(key(x) for x in self._items)
        self._starts = [s for s, _ in pairs]
        self._reach, far = [], None  # the furthest end among the spans up to each one
        for _, e in pairs:
            far = e if far is None or e > far else far
            self._reach.append(far)

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, i):
        return self._items[i]

    def __iter__(self):
        return iter(self._items)

    def __add__(self, other):  # joined with other spans: a plain list, as two lists make
        return self._items + list(other)

    def __radd__(self, other):
        return list(other) + self._items

    def overlaps(self, start: int, end: int) -> bool:
        """Some span has ``s < end`` and ``start < e``."""
        i = bisect_left(self._starts, end)
        return i > 0 and self._reach[i - 1] > start

    def covers(self, start: int, end: int) -> bool:
        """Some span has ``s <= start`` and ``end <= e``."""
        i = bisect_right(self._starts, start)
        return i > 0 and self._reach[i - 1] >= end

    def holds(self, pos: int) -> bool:
        """Some span has ``s <= pos < e``."""
        i = bisect_right(self._starts, pos)
        return i > 0 and self._reach[i - 1] > pos

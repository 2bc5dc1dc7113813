"""Regular expressions compiled on first use, and keyword gates in front of them.

``gated(pattern, needs=("accompanied",))`` is a pattern (``search``, ``match``, ``fullmatch``,
``finditer``, ``findall``, ``sub``, ``subn``, ``split``) that first asks whether the text holds at
least one of the words ``needs``, words every match of the pattern contains (``signed``,
``подписал``, a month's name). A text that holds none cannot match, so the answer is the pattern's
answer to a text it does not match (None, no matches, the text unchanged) without running it: a cheap
``in`` test instead of a regular expression tried at every position of the text. The gate is only
as right as the claim that every match holds one of the words: the rule's tests run the pattern
with and without its gate on the same sentences (``tests/test_speed_cold_r18.py``).

``fold=True`` compares the words without case, as ``re.IGNORECASE`` does: ``str.lower`` of the text
is what the pattern matches without case, except for the few letters ``re`` also takes for another
(``ſ`` for ``s``, ``ı`` for ``i``, ``ᲀ`` for ``в``, ``İ`` …: ``_ODD``); a text holding one of those
runs the pattern ungated. The words of a folded gate are ASCII or Russian lower case (checked).

Both compile the pattern on first use (``lazy(pattern)`` does only that): a module's patterns
that a build never needs cost nothing at import.
"""

from __future__ import annotations

import re
import sys

# The letters re.IGNORECASE takes for another letter whose str.lower() differs from theirs (from
# the Unicode case-folding exceptions re itself uses), and İ, whose str.lower() is two letters.
# tests/test_speed_cold_r18.py checks against every code point that no other letter would let a
# folded gate miss a match.
_ODD = re.compile("[\u0130\u00b5\u0131\u017f\u0345\u0390\u03b0\u03b2\u03b5\u03b8\u03b9\u03ba\u03bc\u03c0\u03c1"
                  "\u03c2\u03c3\u03c6\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u0463\u1c80-\u1c88\u1e61\u1e9b"
                  "\u1fbe\u1fd3\u1fe3\ua64b\ufb05\ufb06\u212a\u212b]")
_FOLDABLE = re.compile(r"[\x20-\x7eа-яё]+")


class Lazy:
    """A pattern compiled on first use; otherwise a ``re.Pattern``."""

    __slots__ = ("_src", "_flags", "_re")

    def __init__(self, pattern: str, flags: int = 0):
        self._src, self._flags, self._re = pattern, flags, None

    @property
    def compiled(self) -> re.Pattern:
        if self._re is None:
            self._re = re.compile(self._src, self._flags)
        return self._re

    pattern = property(lambda self: self._src)
    flags = property(lambda self: self.compiled.flags)
    groups = property(lambda self: self.compiled.groups)
    groupindex = property(lambda self: self.compiled.groupindex)

    def may_match(self, string: str) -> bool:  # noqa: ARG002  (a Lazy has no gate)
        return True

    def search(self, string, pos=0, endpos=sys.maxsize):
        return self.compiled.search(string, pos, endpos) if self.may_match(string) else None

    def match(self, string, pos=0, endpos=sys.maxsize):
        return self.compiled.match(string, pos, endpos) if self.may_match(string) else None

    def fullmatch(self, string, pos=0, endpos=sys.maxsize):
        return self.compiled.fullmatch(string, pos, endpos) if self.may_match(string) else None

    def finditer(self, string, pos=0, endpos=sys.maxsize):
        return self.compiled.finditer(string, pos, endpos) if self.may_match(string) else iter(())

    def findall(self, string, pos=0, endpos=sys.maxsize):
        return self.compiled.findall(string, pos, endpos) if self.may_match(string) else []

    def sub(self, repl, string, count=0):
        return self.compiled.sub(repl, string, count) if self.may_match(string) else string[:]

    def subn(self, repl, string, count=0):
        return self.compiled.subn(repl, string, count) if self.may_match(string) else (string[:], 0)

    def split(self, string, maxsplit=0):
        return self.compiled.split(string, maxsplit) if self.may_match(string) else [string[:]]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._src!r})"


class Gated(Lazy):
    """A pattern run only on a text that holds one of ``needs`` (see the module's docstring)."""

    __slots__ = ("needs", "fold")

    def __init__(self, pattern: str, flags: int = 0, *, needs: tuple[str, ...], fold: bool = False):
        super().__init__(pattern, flags)
        if isinstance(needs, str) or not needs or not all(needs):
            raise ValueError(f"a gate needs one or more non-empty words, not {needs!r}")
        if fold:
            needs = tuple(w.lower() for w in needs)
            bad = [w for w in needs if not _FOLDABLE.fullmatch(w)]
            if bad:
                raise ValueError(f"a folded gate's words must be ASCII or Russian letters: {bad!r}")
        self.needs, self.fold = tuple(needs), fold

    def may_match(self, string: str) -> bool:
        if self.fold:
            if not string.isascii() and _ODD.search(string):
                return True
            string = string.lower()
        return any(w in string for w in self.needs)


def lazy(pattern: str, flags: int = 0) -> Lazy:
    return Lazy(pattern, flags)


def gated(pattern: str, flags: int = 0, *, needs: tuple[str, ...], fold: bool = False) -> Gated:
    return Gated(pattern, flags, needs=needs, fold=fold)

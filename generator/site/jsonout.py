"""The data exports' JSON layout, fast: the same bytes as ``json.dumps(value, ensure_ascii=False,
indent=1, sort_keys=True)``.

The standard library encodes in C only without ``indent``; with it, every value passes through a
chain of Python generators (``json.encoder._iterencode``), which made the exports about a tenth
of a one-article update at N=1,000. ``dumps_indented`` writes the same layout with one recursive
function over the plain values the exports hold (dicts with string keys, lists, tuples, strings,
numbers, booleans, None), strings escaped by the same C function ``json`` uses. Any other value (a
key that is not a string, an object ``json`` would refuse) falls back to ``json.dumps`` itself, so
the result, or the error, is always the standard library's.
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring

_INF = float("inf")


class _Fallback(Exception):
    """A value this encoder does not handle: ``json.dumps`` encodes it (or raises its own error)."""


def _float(o: float) -> str:
    if o != o:
        return "NaN"
    if o == _INF:
        return "Infinity"
    if o == -_INF:
        return "-Infinity"
    return float.__repr__(o)


def dumps_indented(value) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True)``, byte for byte."""
    out: list[str] = []
    put = out.append
    esc = encode_basestring

    def enc(o, pad: str) -> None:
        t = type(o)
        if t is str:  # the common leaves first, by exact type
            put(esc(o))
        elif t is int:
            put(int.__repr__(o))
        elif t is dict and o and all(type(k) is str for k in o):
            inner = pad + " "
            sep = "," + inner
            put("{" + inner)
            first = True
            for k in sorted(o):
                if first:
                    first = False
                else:
                    put(sep)
                put(esc(k) + ": ")
                v = o[k]
                if type(v) is str:
                    put(esc(v))
                else:
                    enc(v, inner)
            put(pad + "}")
        elif isinstance(o, str):
            put(esc(o))
        elif o is None:
            put("null")
        elif o is True:
            put("true")
        elif o is False:
            put("false")
        elif isinstance(o, int):
            put(int.__repr__(o))
        elif isinstance(o, float):
            put(_float(o))
        elif isinstance(o, (list, tuple)):
            if not o:
                put("[]")
                return
            inner = pad + " "
            put("[" + inner)
            first = True
            for v in o:
                if not first:
                    put("," + inner)
                first = False
                enc(v, inner)
            put(pad + "]")
        elif isinstance(o, dict):
            if not o:
                put("{}")
                return
            for k in o:
                if not isinstance(k, str):
                    raise _Fallback
            inner = pad + " "
            put("{" + inner)
            first = True
            for k in sorted(o):
                if not first:
                    put("," + inner)
                first = False
                put(esc(k) + ": ")
                enc(o[k], inner)
            put(pad + "}")
        else:
            raise _Fallback

    try:
        enc(value, "\n")
    except (_Fallback, RecursionError):
        return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True)
    return "".join(out)


__all__ = ["dumps_indented"]

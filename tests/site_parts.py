"""Helpers the site walk-through tests share (tests/test_walk_r19.py, test_sitefix_r19.py, test_walk_r20.py):
MkDocs navigation stand-ins for `generator.site.nav.chain_neighbours`, and readers of the people picture's SVG."""
from __future__ import annotations

import math
import re
from collections import defaultdict
from types import SimpleNamespace

from conftest import ROOT


def readme() -> str:
    return (ROOT / "README.md").read_text(encoding="utf-8")


def nav_page(uri: str, title: str, meta: dict | None = None):
    """A stand-in for an MkDocs page as `chain_neighbours` reads it (its front matter in ``meta``)."""
    return SimpleNamespace(file=SimpleNamespace(src_uri=uri), title=title, meta={"title": title, **(meta or {})},
                           next_page=None, previous_page=None)


def chain(pages) -> list[str]:
    """The titles in the order Previous/Next walks them after `chain_neighbours`."""
    from generator.site.nav import chain_neighbours

    chain_neighbours(pages)
    order, p = [], next(x for x in pages if x.previous_page is None)
    while p:
        order.append(p.title)
        p = p.next_page
    return order


_LINE = re.compile(r'<line x1="([\d.-]+)" y1="([\d.-]+)" x2="([\d.-]+)" y2="([\d.-]+)"')


def svg_lines(svg: str) -> list[tuple[float, float, float, float]]:
    return [tuple(map(float, m)) for m in _LINE.findall(svg)]


def svg_geometry(svg: str):
    """(viewBox, font size, circles (cx, cy, r), lines, text anchors) of a people picture."""
    box = [float(v) for v in re.search(r'viewBox="([^"]+)"', svg).group(1).split()]
    font = float(re.search(r'font-size="([\d.]+)"', svg).group(1))
    circles = [tuple(map(float, m)) for m in re.findall(r'<circle cx="([-\d.]+)" cy="([-\d.]+)" r="([\d.]+)"', svg)]
    anchors = re.findall(r'text-anchor="(\w+)"', svg)
    return box, font, circles, svg_lines(svg), anchors


def close_pairs(svg: str, degrees: float = 4.0) -> int:
    """How many pairs of lines leave one circle less than ``degrees`` apart (lines a reader cannot tell apart)."""
    leaving = defaultdict(list)
    for x1, y1, x2, y2 in svg_lines(svg):
        leaving[(x1, y1)].append(math.atan2(y2 - y1, x2 - x1))
        leaving[(x2, y2)].append(math.atan2(y1 - y2, x1 - x2))
    close = 0
    for angles in leaving.values():
        angles.sort()
        close += sum(1 for a, b in zip(angles, angles[1:]) if b - a < math.radians(degrees))
    return close

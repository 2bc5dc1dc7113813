"""What a new reader sees on pages built from small, made-up archives (no full build)."""
from __future__ import annotations

import re
from types import SimpleNamespace as NS

from generator.site.views import relations


def _archive():
    people = {
        "anna-petrova": NS(name="Anna Petrova", country="AM"),
        "raj-kumar": NS(name="Raj Kumar", country="IN"),
        "tomas-berg": NS(name="Tomas Berg", country="MN"),
        "host-alone": NS(name="Host Alone", country="KZ"),
    }
    events = {
        # a meeting of two countries: a line in both pictures
        "e1": NS(countries=("AM", "IN"), people=("anna-petrova", "raj-kumar")),
        # one country, one person named: nothing to join in either picture
        "e2": NS(countries=("MN",), people=("tomas-berg",)),
        "e3": NS(countries=("KZ",), people=("host-alone",)),
    }
    return NS(events=events, people=people)


def _svgs(md: str) -> list[str]:
    return re.findall(r'<svg class="relations".*?</svg>', md, re.S)


def test_relations_draw_no_lone_dots_and_name_them_under_the_picture():
    page = relations(_archive())
    countries_svg, people_svg = _svgs(page.text)
    assert "countries/AM.html" in countries_svg and "countries/IN.html" in countries_svg
    # A country whose events have no second country is not a dot without a line ...
    assert "countries/MN.html" not in countries_svg and "countries/KZ.html" not in countries_svg
    assert "people/tomas-berg.html" not in people_svg and "people/host-alone.html" not in people_svg
    # ... but it is still there, named and linked under the picture.
    countries_part, people_part = page.text.split("## People")
    note = re.search(r"Not drawn, because no other country[^\n]*", countries_part).group(0)
    assert "[Kazakhstan](countries/KZ.md)" in note and "[Mongolia](countries/MN.md)" in note
    pnote = re.search(r"Not drawn, because no one else[^\n]*", people_part).group(0)
    assert "[Host Alone](people/host-alone.md)" in pnote and "[Tomas Berg](people/tomas-berg.md)" in pnote
    assert "Anna Petrova" not in pnote


def test_relations_without_lone_entities_has_no_note():
    ar = _archive()
    ar.events = {"e1": ar.events["e1"]}
    page = relations(ar)
    assert "Not drawn" not in page.text
    assert len(_svgs(page.text)) == 2

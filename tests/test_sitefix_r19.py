"""Round 19 site fixes (h19-sitefix): person pages chained in the People index's order, the people picture of a
large group, the dates of the 'People met' table on a phone. Names are real officials'; the meetings are made up."""
from __future__ import annotations

import pytest

from site_parts import chain, nav_page, svg_geometry


# ------------------------------------------------------------------ previous/next of person pages

def test_person_pages_follow_the_sort_key_their_front_matter_gives():
    """A Chinese name is filed under its first word when the person serves China: the page says so (``sort``)."""
    pages = [nav_page("people/zhang-youxia.md", "Zhang Youxia", {"sort": "Zhang"}),
             nav_page("people/dong-jun.md", "Dong Jun", {"sort": "Dong"}),
             nav_page("people/sergei-shoigu.md", "Sergei Shoigu", {"sort": "Shoigu"}),
             nav_page("people/andrei-belousov.md", "Andrei Belousov", {"sort": "Belousov"}),
             nav_page("people/yasar-guler.md", "Yasar Guler", {"sort": "Guler"})]
    # Dong before Guler (filed under 'Jun' without its country, Dong Jun would follow him)
    assert chain(pages) == ["Andrei Belousov", "Dong Jun", "Yasar Guler", "Sergei Shoigu", "Zhang Youxia"]


def test_person_pages_without_a_sort_key_read_the_surname_from_the_title():
    pages = [nav_page("people/a.md", "Suren Papikyan"), nav_page("people/b.md", "Andrei Kaptilovich"),
             nav_page("people/c.md", "Madat Guliyev"), nav_page("people/d.md", "Yasar Guler")]
    assert chain(pages) == ["Yasar Guler", "Madat Guliyev", "Andrei Kaptilovich", "Suren Papikyan"]


def test_same_surname_breaks_ties_by_the_full_name_as_the_index_does():
    pages = [nav_page("people/b.md", "Viktor Ivanov", {"sort": "Ivanov"}),
             nav_page("people/a.md", "Sergei Ivanov", {"sort": "Ivanov"})]
    assert chain(pages) == ["Sergei Ivanov", "Viktor Ivanov"]


def test_sort_key_is_not_read_as_a_person_outside_the_people_folder_control():
    """Organisations keep their order by title (no surname is taken from 'Collective Security Treaty …')."""
    pages = [nav_page("organizations/csto.md", "Collective Security Treaty Organization"),
             nav_page("organizations/sco.md", "Shanghai Cooperation Organisation"),
             nav_page("organizations/asean.md", "ASEAN")]
    assert chain(pages) == ["ASEAN", "Collective Security Treaty Organization", "Shanghai Cooperation Organisation"]


@pytest.mark.parametrize("name,country,key", [("Zhang Youxia", "CN", "Zhang"), ("Zakir Hasanov", "AZ", "Hasanov"),
                                              ("Dong Jun", "CN", "Dong"), ("Jun Dong", None, "Dong")])
def test_the_index_key_the_person_page_writes(name, country, key):
    from generator.text.names import family_name

    assert family_name(name, country) == key


def test_seed_site_person_pages_walk_the_people_index(seed_site):
    """End to end: following Next from the first person of the People index visits the people in the index's order."""
    import re

    proj, _, res = seed_site
    assert res.returncode == 0, res.stderr
    index = (proj / "docs" / "people" / "index.md").read_text(encoding="utf-8")
    listed = re.findall(r"^\| \[[^\]]+\]\(\.\./people/([a-z0-9-]+)\.md\)", index, re.M)
    assert len(listed) >= 3, index
    for slug in listed:
        front = (proj / "docs" / "people" / f"{slug}.md").read_text(encoding="utf-8").split("---")[1]
        assert re.search(r"^sort: \S", front, re.M), (slug, front)
    walked, slug = [], listed[0]
    while slug and len(walked) <= len(listed):
        walked.append(slug)
        html = (proj / "site" / "people" / f"{slug}.html").read_text(encoding="utf-8")
        nxt = re.search(r'<a href="([a-z0-9-]+)\.html"[^>]*md-footer__link--next', html)
        slug = nxt.group(1) if nxt else None
    assert walked == listed


# ------------------------------------------------------------------ the people picture of a large group

def _star(partners: list[str], hub: str = "Zakir Hasanov"):
    from generator.site.views import _svg_graph

    edges = {(hub, p): 1 for p in partners}
    nodes = [(n, n, len(partners) if n == hub else 1, f"people/{n.lower().replace(' ', '-')}.md")
             for n in [hub, *partners]]
    return _svg_graph(nodes, edges, "People who met")


_LONG = ["Alexander Lukashenko", "Ruslan Zhaksylykov", "Andrei Kaptilovich", "Bakhodir Kurbanov",
         "Irakli Kobakhidze", "Najmaddin Sadigov", "Valery Gerasimov", "Baktybek Asankaliyev", "Khawaja Muhammad Asif",
         "Viktor Khrenin"]


def test_a_well_connected_person_with_long_named_partners_is_drawn_across_not_down_a_strip():
    import math

    from generator.site.views import MIN_LABEL_PX, PHONE_COLUMN

    svg = _star(_LONG)
    (x, y, w, h), font, circles, lines, anchors = svg_geometry(svg)
    assert h < 2 * w, (w, h)                                  # no strip
    assert font * min(1.0, PHONE_COLUMN / w) >= MIN_LABEL_PX  # still legible in a phone's column
    hub = max(circles, key=lambda c: c[2])
    assert max(c[0] for c in circles) - min(c[0] for c in circles) > 150  # the partners spread across
    angles = sorted(math.atan2(c[1] - hub[1], c[0] - hub[0]) for c in circles if c is not hub)
    gaps = [b - a for a, b in zip(angles, angles[1:])] + [angles[0] + 2 * math.pi - angles[-1]]
    assert min(gaps) > math.radians(4), [round(math.degrees(g), 1) for g in gaps]
    assert set(anchors) == {"middle"}                         # the labels under their circles


def test_a_small_group_with_short_names_keeps_its_labels_beside_the_circles_control():
    svg = _star(["Dong Jun", "Li Wei"], hub="Ivan Petrov")
    *_, anchors = svg_geometry(svg)
    assert "middle" not in anchors and {"start", "end"} <= set(anchors) | {"start", "end"}
    assert set(anchors) <= {"start", "end"}


def test_a_pair_keeps_its_labels_beside_the_circles_control():
    from generator.site.views import _svg_graph

    svg = _svg_graph([("a", "Alexander Lukashenko", 1, "a.md"), ("b", "Khawaja Muhammad Asif", 1, "b.md")],
                     {("a", "b"): 1}, "People who met")
    *_, anchors = svg_geometry(svg)
    assert sorted(anchors) == ["end", "start"]


def test_the_large_group_picture_is_the_same_every_build():
    assert _star(_LONG) == _star(list(_LONG))


def test_labels_have_a_halo_so_lines_do_not_strike_them_through():
    from conftest import ROOT

    css = (ROOT / "docs" / "assets" / "archive.css").read_text(encoding="utf-8")
    rule = next(r for r in css.split("}") if ".relations-figure text" in r and "paint-order" in r)
    assert "stroke: var(--md-default-bg-color" in rule


# ------------------------------------------------------------------ the README says what the site does

def test_readme_states_the_pages_by_year_and_the_timeline_threshold_the_code_uses():
    import re

    from conftest import ROOT
    from generator.site.render import LATEST
    from generator.site.views import TIMELINE_NAMED

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    people = readme[readme.index("- **People**:"):readme.index("- **Countries**:")]
    countries = readme[readme.index("- **Countries**:"):readme.index("- **Agreements**:")]
    timeline = readme[readme.index("- **Timeline**:"):readme.index("- **People**:")]
    assert f"more than {LATEST} reports" in people and "people/<id>/<year>.md" in people
    assert f"past {LATEST} reports" in countries and "countries/<ISO>/<year>.md" in countries
    assert re.search(rf"Past {TIMELINE_NAMED} events", timeline)


# ------------------------------------------------------------------ 'People met' dates on a phone

def test_people_met_dates_are_whole_and_second(seed_site):
    """Markdown: each date joined by no-break spaces (a list of dates wraps between them, never inside one),
    the dates in the second column; the words are the same as before."""
    import re

    proj, _, _ = seed_site
    text = (proj / "docs" / "people" / "zakir-hasanov.md").read_text(encoding="utf-8")
    section = text.split("## People met", 1)[1].split("\n## ", 1)[0]
    assert "| Person | Dates | Country | Reports |" in section
    rows = [r for r in section.splitlines() if r.startswith("| [")]
    assert rows
    for row in rows:
        dates = row.split(" | ")[1]
        assert dates and " " not in dates.replace("&#44; ", "\0"), row  # spaces only between dates
        assert re.fullmatch(r"[\w\u00a0]+(&#44; [\w\u00a0]+)*", dates), row


def test_people_met_dates_stay_on_one_line_on_a_phone(browser, served):
    ctx = browser.new_context(viewport={"width": 390, "height": 800}, is_mobile=True, has_touch=True)
    try:
        page = ctx.new_page()
        page.goto(served + "/people/zakir-hasanov.html")
        cells = page.evaluate("""() => {
            const table = document.querySelector('h2#people-met').parentElement.querySelector('h2#people-met ~ div table, h2#people-met ~ table');
            const line = parseFloat(getComputedStyle(table.querySelector('td')).lineHeight);
            return [...table.querySelectorAll('tbody td:nth-child(2)')].map(td => {
                const r = document.createRange(); r.selectNodeContents(td);
                const dates = td.innerText.split(', ').length;
                const lines = new Set([...r.getClientRects()].map(x => Math.round(x.top))).size;
                return [td.innerText, dates, lines];
            });
        }""")
        assert cells
        for text, dates, lines in cells:
            assert lines <= dates, (text, lines)  # no date broken over lines
        box = page.locator("h2#people-met ~ div table td:nth-child(2)").first.bounding_box()
        assert box["x"] + box["width"] <= 390, box  # the dates in view beside the name
    finally:
        ctx.close()


def test_no_line_of_a_large_group_runs_through_another_persons_circle():
    import math

    from generator.site.views import _svg_graph

    hub, partners = "Zakir Hasanov", _LONG
    edges = {(hub, p): 1 for p in partners}
    edges.update({(partners[0], partners[9]): 1, (partners[1], partners[2]): 1, (partners[3], partners[4]): 1})
    nodes = [(n, n, 3 if n == hub else 1, f"{n}.md") for n in [hub, *partners]]
    _, _, circles, lines, _ = svg_geometry(_svg_graph(nodes, edges, "People who met"))
    for x1, y1, x2, y2 in lines:
        for cx, cy, r in circles:
            if math.dist((cx, cy), (x1, y1)) < 0.5 or math.dist((cx, cy), (x2, y2)) < 0.5:
                continue
            dx, dy = x2 - x1, y2 - y1
            t = max(0.0, min(1.0, ((cx - x1) * dx + (cy - y1) * dy) / (dx * dx + dy * dy)))
            assert math.dist((cx, cy), (x1 + t * dx, y1 + t * dy)) >= r, ((x1, y1, x2, y2), (cx, cy, r))

"""Issue 12 on the built seed site: who took part, when and where, one label per office, both scripts.

Every assertion reads the HTML MkDocs built (or its search index), as a reader would see it.
"""

import json
import re
from html import unescape

import pytest


def text_of(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def article_body(html: str) -> str:
    m = re.search(r'<article class="md-content__inner[^"]*">(.*?)</article>', html, re.S)
    return m.group(1) if m else html


def fact(html: str, label: str) -> str:
    """The text of the paragraph that starts with a bold ``label``."""
    for p in re.findall(r"<p>(.*?)</p>", article_body(html), re.S):
        t = text_of(p)
        if t.startswith(label):
            return t
    return ""


@pytest.fixture(scope="module")
def site(seed_site):
    proj, _, res = seed_site
    assert res.returncode == 0, res.stderr[-2000:]
    return proj / "site"


@pytest.fixture(scope="module")
def events(seed_site):
    return json.loads((seed_site[0] / "docs/data/events.json").read_text())


def event_page(site, events, article_stem):
    ev = next(e for e in events if article_stem in e["articles"])
    return (site / f"events/{ev['id']}.html").read_text()


def test_may_2021_event_lists_only_participants(site, events):
    html = event_page(site, events, "002-92cbc6b092b994db")
    who = fact(html, "Who:")
    for name in ("Zakir Hasanov", "Viktor Khrenin", "Madat Guliyev"):
        assert name in who, who
    assert "Heydar Aliyev" not in who and "Ilham Aliyev" not in who, who
    mentioned = fact(html, "Also mentioned")
    assert "Heydar Aliyev" in mentioned and "Ilham Aliyev" in mentioned, mentioned


def test_heydar_aliyev_met_nobody_and_signed_nothing(site):
    t = text_of(article_body((site / "people/heydar-aliyev.html").read_text()))
    assert "People met" not in t and "Viktor Khrenin" not in t
    assert "signed in their presence" not in t and "plan for 2021" not in t
    assert "Гейдар Алиев" in t


def test_relations_picture_only_participants(site):
    html = (site / "relations.html").read_text()
    svg = html.split("People who met")[1]
    assert "people/zakir-hasanov.html" in svg and "people/viktor-khrenin.html" in svg
    assert "people/ilham-aliyev.html" not in svg and "people/heydar-aliyev.html" not in svg


def test_event_dates_are_the_meetings(site, events):
    html = event_page(site, events, "003-660894f1b6cea4bf")
    assert "3 September 2020" in fact(html, "When:")
    table = text_of(article_body(html).split("reports side by side")[1])
    assert "3 September 2020 4 September 2020" in table, "meeting date, then the report's publication date"
    html = event_page(site, events, "004-8cefd0c48751d439")
    assert "6 February 2020" in fact(html, "When:")
    assert "Baku" in fact(html, "Where:")
    assert not any("4 September 2020" in e["title"] or "7 February 2020" in e["title"] for e in events)


def test_azerbaijan_contacts_with_russia_use_event_dates(site):
    html = (site / "countries/AZ.html").read_text()
    partners = html.split('id="partners"')[1].split("</table>")[0]
    row = next(text_of(r) for r in re.findall(r"<tr>(.*?)</tr>", partners, re.S) if "Russia" in text_of(r))
    assert "6 February 2020" in row and "3 September 2020" in row, row
    assert "7 February 2020" not in row and "4 September 2020" not in row
    assert "Baku" in row, "where the officials met"


def test_shoigu_met_nobody_in_these_reports(site):
    t = text_of(article_body((site / "people/sergei-shoigu.html").read_text()))
    assert "People met" not in t
    assert "Сергей Шойгу" in t


def test_one_label_per_office(site):
    html = (site / "people/zakir-hasanov.html").read_text()
    table = article_body(html).split('id="roles-and-ranks"')[1].split("</table>")[0]
    # The "Role and rank" cell: the label and the rank ("Minister of Defence, Colonel General"), then the
    # report's own words under a <br> (round 10: three columns, so the article stays in view on a phone).
    roles = {text_of(re.split(r"<br", r[1])[0]).split(",")[0]
             for r in (re.findall(r"<td[^>]*>(.*?)</td>", row, re.S) for row in re.findall(r"<tr>(.*?)</tr>", table, re.S)) if r}
    assert roles == {"Minister of Defence"}, roles
    t = text_of(table)
    assert "Minister of Defense" in t and "Defence Minister" in t, "the words as written stay beside the label"
    index = text_of((site / "people/index.html").read_text())
    for name in ("Andrei Ravkov", "Viktor Khrenin"):
        assert re.search(name + r" \w+ Minister of Defence \d", index), name
    assert "Minister of Defense" not in index and "Defence Minister" not in index


@pytest.mark.parametrize("pid,ru", [("valery-gerasimov", "Валерий Герасимов"), ("sergei-shoigu", "Сергей Шойгу"),
                                    ("ruslan-tsalikov", "Руслан Цаликов"), ("andrei-ravkov", "Андрей Равков"),
                                    ("andrei-kaptilovich", "Андрей Каптилович")])
def test_russian_names(site, pid, ru):
    t = text_of(article_body((site / f"people/{pid}.html").read_text()))
    assert ru in t


def test_no_inflected_forms_in_also_written(site):
    t = fact((site / "people/viktor-khrenin.html").read_text(), "Also written:")
    assert "Виктором" not in t and "Хрениным" not in t, t
    assert "Виктор Хренин" in text_of((site / "people/viktor-khrenin.html").read_text())


def test_transliterations_on_the_page(site):
    t = fact((site / "people/zakir-hasanov.html").read_text(), "Transliterations:")
    assert "Zakir Gasanov" in t, t


@pytest.mark.parametrize("query,pid", [("Шойгу", "sergei-shoigu"), ("Герасимов", "valery-gerasimov"),
                                       ("Gasanov", "zakir-hasanov"), ("Shoygu", "sergei-shoigu")])
def test_search_index_finds_the_person(site, query, pid):
    docs = json.loads((site / "search/search_index.json").read_text())["docs"]
    hits = {d["location"].split("#")[0] for d in docs if query.casefold() in (d.get("text", "") + d.get("title", "")).casefold()}
    assert f"people/{pid}.html" in hits, sorted(hits)


def test_article_page_separates_mentioned(site):
    html = (site / "articles/003-660894f1b6cea4bf.html").read_text()
    people = fact(html, "People:")
    assert "Kerim Veliyev" in people and "Sergei Shoigu" not in people
    assert "Sergei Shoigu" in fact(html, "Mentioned")
    assert "3 September 2020" in fact(html, "Meeting:")


def test_exports_for_the_scorer(seed_site):
    arts = {a["id"]: a for a in json.loads((seed_site[0] / "docs/data/articles.json").read_text())}
    a = arts["003-660894f1b6cea4bf"]
    assert a["event_date"] == "2020-09-03" and a["date"] == "2020-09-04"
    flags = {d["name"]: d["participant"] for d in a["people_detail"]}
    assert flags == {"Kerim Veliyev": True, "Ruslan Tsalikov": True, "Sergei Shoigu": False, "Ilham Aliyev": False}
    assert arts["004-8cefd0c48751d439"]["where"] == "Baku" and arts["003-660894f1b6cea4bf"]["where"] is None

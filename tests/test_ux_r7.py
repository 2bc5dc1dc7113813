"""Round 7's look at the site as a new reader sees it: seven more made-up articles
(tests/ux/articles_r7, written for this project in shapes the earlier rounds lacked: a page whose
only date is at its foot, a conference of ten delegations listed line by line, a Russian agency
page with inflected names and ranks and no headline, an arms contract with three documents, a
Japanese minister written family name first beside a Korean vice minister, a saved .html page with
JSON-LD author and publisher and a <table>, an exercise directed by two named commanders), built
into a site, read in a browser; and the fixes made after reading them:

- "met" means a meeting, visit, talks or signing: an exercise (or an arms deal) reported without a
  meeting is not counted in the partners tables, "People met", the relations picture or
  relations.csv; country, person and relations pages list it apart, and its title says what it is;
- the exports give each event's kind (events.json, a new events.csv, articles.json's event_kind),
  documented on the Data page;
- a conference of many delegations is titled as one (not as a meeting of its first two names);
- `generator review` pairs a short form ("Mohamed Khaled") with the full patronymic chain
  ("Mohamed Khaled bin Nordin"; oğlu, кызы, улы too) in both scripts, as ready-to-paste YAML.

Reading errors found on these articles belong to the extraction rules; each is a strict xfail
that names the field, so it says when it is fixed."""
from __future__ import annotations

import csv
import html as htmllib
import io
import json
import re

import pytest

from conftest import PHONE, ROOT, article_html as _article, article_meta as _fm, article_text as _text, serve_directory
from conftest import site_page as _html

ARTICLES = ROOT / "tests" / "ux" / "articles_r7"  # built by the articles_site fixture (conftest.py)


def _section(page: str, heading: str) -> str:
    """The text of the section under the <h2> HEADING (up to the next <h2>), or '' when absent."""
    art = _article(page)
    m = re.search(r"<h2[^>]*>\s*" + re.escape(heading) + r"\s*(?:<a[^>]*>.*?</a>)?\s*</h2>(.*?)(?=<h2|$)", art, re.S)
    return htmllib.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", m.group(1)))) if m else ""


def _rows(page: str, heading: str) -> list[list[str]]:
    art = _article(page)
    m = re.search(r"<h[23][^>]*>\s*" + re.escape(heading) + r"\s*(?:<a[^>]*>.*?</a>)?\s*</h[23]>(.*?)(?=<h[23]|$)", art, re.S)
    assert m, heading
    out = []
    for row in re.findall(r"<tr>(.*?)</tr>", m.group(1), re.S):
        cells = re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
        if cells:
            out.append([htmllib.unescape(re.sub(r"<[^>]+>", "", c)).strip() for c in cells])
    return out


# --- an exercise is not a meeting ------------------------------------------------------------

def test_the_exercise_is_an_event_of_its_own_kind_and_says_so(articles_site):
    proj, _ = articles_site
    slug = _fm(proj, "en-exercise-with-commanders")["event"]
    page = _html(proj, f"events/{slug}.html")
    assert "Kind: Exercise (no meeting reported)" in _text(page)
    assert htmllib.unescape(page).count("<h1") == 1
    # (Since round 20 an exercise is named by the states its sentence names as holding it, before its people.)
    assert "Exercise: Uzbekistan and Tajikistan, 15 April 2025" in htmllib.unescape(page)
    events = {e["id"]: e for e in json.loads((proj / "docs/data/events.json").read_text(encoding="utf-8"))}
    assert events[slug]["kind"] == "exercise"
    assert events[slug]["title"].startswith("Exercise: ")
    assert {e["kind"] for k, e in events.items() if k != slug} == {"meeting"}


def test_an_exercise_is_not_labelled_a_meeting(articles_site):
    """The article's facts box and the event's reports table name the exercise's date as the
    exercise's, not a meeting's (the facts box of a meeting still says 'Meeting:')."""
    proj, _ = articles_site
    slug = _fm(proj, "en-exercise-with-commanders")["event"]
    art = _text(_html(proj, "articles/en-exercise-with-commanders.html"))
    assert "Exercise:" in art and "Meeting:" not in art
    ev = htmllib.unescape(_html(proj, f"events/{slug}.html"))
    assert "<th>Exercise</th>" in ev and "<th>Meeting</th>" not in ev


def test_an_exercise_is_not_a_contact_in_the_partners_table(articles_site):
    """Uzbekistan's and Tajikistan's officials met once (the Astana conference) and held an exercise
    together: the partners row counts one event, and the exercise is listed apart."""
    proj, _ = articles_site
    page = _html(proj, "countries/UZ.html")
    rows = {r[0]: r for r in _rows(page, "Partners")}
    assert rows["Tajikistan"][1:3] == ["1", "1"]  # events, reports
    assert rows["Tajikistan"][4] == rows["Tajikistan"][5] == "3 June 2024"  # first and last contact: the meeting
    apart = _rows(page, "Exercises and other events")
    assert [(r[1], r[2], r[3]) for r in apart] == [("Exercise", "15 April 2025", "Tajikistan")]
    assert apart[0][0].startswith("Exercise: Uzbekistan and Tajikistan")
    # A country with no meeting at all has no partners table, only the exercise.
    tj = _html(proj, "countries/TJ.html")
    assert "Uzbekistan" in dict((r[0], r) for r in _rows(tj, "Partners"))


def test_people_of_an_exercise_did_not_meet(articles_site):
    proj, _ = articles_site
    page = _html(proj, "people/farrukh-ismoilov.html")
    assert _section(page, "People met") == ""
    assert "Met in" not in _text(page)
    apart = _rows(page, "Exercises and other events")
    assert [(r[1], r[2], r[3]) for r in apart] == [("Exercise", "15 April 2025", "Rustam Nazarzoda")]


def test_the_relations_picture_draws_meetings_only(articles_site):
    proj, _ = articles_site
    page = _html(proj, "relations.html")
    people = _rows(page, "People")
    assert not any("Farrukh Ismoilov" in r[0] for r in people)
    assert "Farrukh Ismoilov" not in page.split('aria-label="People who met', 1)[1].split("</svg>", 1)[0]
    assert "<th>Countries</th>\n<th>Meetings</th>" in page and "<th>Meetings together</th>" in page
    countries = {r[0]: r[1] for r in _rows(page, "Countries")}
    assert countries["Tajikistan – Uzbekistan"] == "1"
    assert _rows(page, "Exercises and arms deals") == [["Tajikistan – Uzbekistan", "Exercise", "1"]]
    rel = list(csv.DictReader(io.StringIO((proj / "docs/data/relations.csv").read_text(encoding="utf-8"))))
    row = next(r for r in rel if {r["country_a"], r["country_b"]} == {"TJ", "UZ"})
    assert row["meetings"] == "1" and row["first"] == row["last"] == "2024-06-03"


def test_explain_says_what_the_report_tells_of():
    """`generator explain` names the kind it read (an exercise: its people did not meet)."""
    from generator.quality.explain import explain

    out = explain(ARTICLES / "en_exercise_with_commanders.txt")
    line = next(x for x in out.splitlines() if x.strip().startswith("event_kind"))
    assert "'exercise'" in line and "did not meet" in line
    out = explain(ARTICLES / "en_date_at_foot.txt")
    assert "'meeting'" in next(x for x in out.splitlines() if x.strip().startswith("event_kind"))


# --- exports: each event's kind ---------------------------------------------------------------

def test_exports_give_each_event_its_kind(articles_site):
    proj, _ = articles_site
    data = proj / "docs" / "data"
    rows = list(csv.DictReader(io.StringIO((data / "events.csv").read_text(encoding="utf-8"))))
    assert list(rows[0]) == ["id", "title", "kind", "start", "end", "where", "countries", "people", "signed", "reports"]
    kinds = {r["id"]: r["kind"] for r in rows}
    slug = _fm(proj, "en-exercise-with-commanders")["event"]
    assert kinds[slug] == "exercise" and len(kinds) == 7
    assert next(r for r in rows if r["id"] == slug)["countries"] == "UZ TJ"
    arts = {a["id"]: a for a in json.loads((data / "articles.json").read_text(encoding="utf-8"))}
    assert arts["en-exercise-with-commanders"]["event_kind"] == "exercise"
    assert arts["en-date-at-foot"]["event_kind"] == "meeting"
    events = json.loads((data / "events.json").read_text(encoding="utf-8"))
    assert all(e["kind"] in ("meeting", "exercise", "sale") and "mentioned" in e for e in events)


def test_the_data_page_documents_the_kind(articles_site):
    proj, _ = articles_site
    t = _text(_html(proj, "data/index.html"))
    assert "events.csv CSV one row per event" in t
    assert "event_kind what the article tells of: meeting" in t
    events_json = t.split("events.json", 2)[2]
    assert "kind meeting (a meeting, visit, talks or signing: its people met), exercise, or sale" in events_json
    assert (proj / "site" / "data" / "events.csv").is_file()


# --- titles of events ---------------------------------------------------------------------------

def test_a_conference_of_ten_is_not_titled_as_a_meeting_of_two(articles_site):
    proj, _ = articles_site
    slug = _fm(proj, "en-ten-delegations")["event"]
    assert slug == "2024-06-03-zhaksylykov-belousov"  # the address stays as before
    page = htmllib.unescape(_html(proj, f"events/{slug}.html"))
    assert "Ruslan Zhaksylykov, Andrei Belousov and 8 other delegations, 3 June 2024" in page
    ev = {e["id"]: e for e in json.loads((proj / "docs/data/events.json").read_text(encoding="utf-8"))}
    tri = ev[_fm(proj, "en-japan-philippines-korea")["event"]]["title"]
    assert tri.startswith("Minoru Kihara, Gilberto Teodoro and Kim Seon-ho, ")  # the registry's order (round 11)
    assert ev[_fm(proj, "en-date-at-foot")["event"]]["title"] == "Suren Papikyan and Nikos Dendias, 18 February 2025"


# --- generator review: short forms of patronymic chains ---------------------------------------

@pytest.mark.parametrize("name, short", [
    ("Mohamed Khaled bin Nordin", {"mohamed haled"}),
    ("Мохамед Халед бин Нордин", {"mohamed haled"}),
    ("Dato' Seri Mohamed Khaled bin Nordin", {"mohamed haled"}),
    ("Nurul Aina binti Mohd Yusof", {"nurul aina"}),
    ("Zakir Asgar oğlu Hasanov", {"zakir hasanov"}),
    ("Закир Асгар оглы Гасанов", {"zakir hasanov"}),
    ("Aynur Ali qızı Mammadova", {"ainur mamadova"}),
    ("Нурлан Ермек улы Ермекбаев", {"nurlan ermekbaev"}),
    ("Ben Wallace", set()), ("Ali bin Hussein", set()), ("Viktor Khrenin", set()),
])
def test_short_forms_of_a_patronymic_chain(name, short):
    from generator.quality.review import _keys, short_forms

    (key,) = _keys({"name": name})
    assert short_forms(key) == short


def _person(pid, name, country=None, ru=None, aliases=()):
    names = {"en": name} if not re.search("[а-яё]", name, re.I) else {"ru": name}
    if ru:
        names["ru"] = ru
    return {"id": pid, "name": name, "names": names, "country": country, "aliases": list(aliases), "roles": [],
            "articles": [f"a-{pid}"]}


def test_review_pairs_a_short_form_with_its_full_name(tmp_path):
    """A Malay name in full and in its short form, in both scripts; an Azerbaijani name with its
    oğlu patronymic and the usual short one; and what must not be paired: two short forms of
    different fathers' sons, nor a short form with a different chain."""
    from generator.quality.review import duplicates, review
    from generator.reference.registry import Registry

    people = [_person("mohamed-khaled-bin-nordin", "Mohamed Khaled bin Nordin", "MY"),
              _person("mohamed-khaled", "Mohamed Khaled"),
              _person("mokhamed-khaled", "Мохамед Халед", "MY"),
              _person("zakir-asgar-oglu-hasanov", "Zakir Asgar oğlu Hasanov", "AZ"),
              _person("zakir-gasanov", "Закир Гасанов", "AZ"),
              _person("ali-bin-omar-rashid", "Rashid Ali bin Omar", "MY"),
              _person("rashid-ali-bin-hamid", "Rashid Ali bin Hamid", "MY")]
    pairs = {frozenset((a["id"], b["id"])) for a, b, _ in duplicates(people)}
    assert frozenset(("mohamed-khaled-bin-nordin", "mohamed-khaled")) in pairs
    assert frozenset(("mohamed-khaled-bin-nordin", "mokhamed-khaled")) in pairs
    assert frozenset(("zakir-asgar-oglu-hasanov", "zakir-gasanov")) in pairs
    assert frozenset(("ali-bin-omar-rashid", "rashid-ali-bin-hamid")) not in pairs

    data = tmp_path / "docs" / "data"
    data.mkdir(parents=True)
    (data / "articles.json").write_text(json.dumps([{"id": f"a-{p['id']}", "seed": f"seeds/{p['id']}.txt"} for p in people]))
    (data / "entities.json").write_text(json.dumps({"people": people}, ensure_ascii=False))
    import yaml

    out = review(tmp_path / "docs", Registry())
    parsed = yaml.safe_load(out)  # ready to paste: the whole output is YAML
    merged = {d["id"]: d for d in parsed["duplicates"]}
    assert merged["mohamed-khaled-bin-nordin"]["name"] == "Mohamed Khaled bin Nordin"
    assert "Mohamed Khaled" in merged["mohamed-khaled-bin-nordin"]["aliases"]
    assert merged["zakir-asgar-oglu-hasanov"]["ru"] == "Закир Гасанов"
    assert "# mohamed-khaled-bin-nordin and mohamed-khaled: similarity 100/100" in out


# --- in a browser ---------------------------------------------------------------------------

def test_new_sections_fit_a_phone(browser, served_articles):
    ctx = browser.new_context(color_scheme="dark", **PHONE)
    page = ctx.new_page()
    for path in ("countries/UZ.html", "people/farrukh-ismoilov.html", "relations.html",
                 "events/2024-06-03-zhaksylykov-belousov.html", "data/index.html"):
        page.goto(served_articles + path)
        over = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert over <= 1, f"{path} scrolls sideways by {over}px"
    ctx.close()


# --- reading errors (extraction rules' area): strict xfails ---------------------------------

# (was a strict xfail: 'Production' of 'the Secretary for Defence Production of India, Sanjeev Kumar' as a person)
def test_an_office_word_is_not_a_person(articles_site):
    proj, _ = articles_site
    fm = _fm(proj, "en-arms-contract-three-documents")
    assert "production" not in fm["people"]
    arts = {a["id"]: a for a in json.loads((proj / "docs/data/articles.json").read_text(encoding="utf-8"))}
    kumar = next(d for d in arts["en-arms-contract-three-documents"]["people_detail"] if d["id"] == "sanjeev-kumar")
    assert kumar["role"] == "Secretary for Defence Production"


# (was a strict xfail: 'Kihara Minoru' was addressed by the given name; round 11: the registry knows the
# minister, in the English news order Minoru Kihara, and finds him under both orders)
def test_a_japanese_name_family_name_first(articles_site):
    proj, _ = articles_site
    assert _fm(proj, "en-japan-philippines-korea")["event"] == "2024-07-08-kihara-teodoro"


def test_a_table_in_a_saved_page_is_kept(articles_site):
    proj, _ = articles_site
    t = _text(_html(proj, "articles/page-jsonld-table-turkiye-kazakhstan.html"))
    assert "Assembly of imported kits" in t and "Full production and export" in t


# (was a strict xfail: the role 'Chief', the office cut to its first word)
def test_a_long_russian_office_is_kept_whole(articles_site):
    proj, _ = articles_site
    arts = {a["id"]: a for a in json.loads((proj / "docs/data/articles.json").read_text(encoding="utf-8"))}
    d = next(d for d in arts["ru-agency-ranks"]["people_detail"] if d["id"] == "yury-fedoseev")
    assert d["role"] not in (None, "Chief") and "International Military Cooperation" in d["role"]


# (was a strict xfail: 'Armenia–India defence ministries contract', 'Armenia–India agreement', 'Armenia–India
# memorandum of understanding': the subjects the text gives were lost; fixed in round 9)
def test_three_documents_are_named_by_their_subjects(articles_site):
    proj, _ = articles_site
    names = {g["name"] for g in json.loads((proj / "docs/data/entities.json").read_text(encoding="utf-8"))["agreements"]
             if g["id"] in _fm(proj, "en-arms-contract-three-documents")["agreements"]}
    assert any("after-sales" in n for n in names) and any("training" in n for n in names)
    assert not any("defence ministries" in n for n in names)


def test_review_never_merges_two_patronymic_chains():
    """A short form close to two full names with different fathers ("bin Nordin", "bin Ahmad") is
    merged with one and the other is named apart, never one entry for two people."""
    from generator.quality.review import duplicates, merge_groups
    from generator.reference.registry import Registry

    people = [_person("mohamed-khaled-bin-nordin", "Mohamed Khaled bin Nordin", "MY"),
              _person("mohamed-khaled-bin-ahmad", "Mohamed Khaled bin Ahmad", "MY"),
              _person("mohamed-khaled", "Mohamed Khaled", "MY")]
    groups = merge_groups(duplicates(people), Registry())
    assert len(groups) == 1
    keep, others, apart = groups[0]
    ids = {keep["id"], *(o["id"] for o, _ in others)}
    assert "mohamed-khaled" in ids and len(ids) == 2
    assert [o["id"] for o, _ in apart] == list({"mohamed-khaled-bin-nordin", "mohamed-khaled-bin-ahmad"} - ids)


def test_an_empty_relations_page_has_no_tables_of_headers_only():
    """No article yet (or no meeting): the relations page says so, with no picture, no empty table
    and no 'The 0 people …'."""
    from generator.model import Archive
    from generator.site.views import relations

    text = relations(Archive((), {}, {}, {}, {}, {})).text
    assert "|" not in text and "The 0 people" not in text and "<svg" not in text
    assert "No meeting of officials of two countries is reported yet." in text
    assert "No meeting of two people is reported yet." in text

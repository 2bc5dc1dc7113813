"""Round 20 (h20-fixsite): what the round-20 walk-through found on the site. Every article here is written for
these tests (invented meetings; the officials' names are made up).

- A person's "Roles and ranks" is one row per office held (canonical role and rank), not one per report.
- An id longer than 80 bytes is cut in the middle: its year and topic (its end) stay.
- The Relations page says exercises are listed apart only when it lists some.
- An event page shows a place's Cyrillic spelling only when a report of the event writes it.
"""
from __future__ import annotations

import re

import pytest

from generator.extract.entities import analyse, extract_one
from generator.model import Article, PartialDate
from generator.reference.registry import Registry
from generator.resolve.archive import build_archive
from generator.text.slugs import slugify_id


def _archive(items: dict[str, tuple[str, PartialDate, str]]):
    arts = [Article(aid, f"{aid}.txt", lang, f"Report {aid}", False, d, None, None, body)
            for aid, (lang, d, body) in items.items()]
    an = analyse(arts)
    reg = Registry()
    return build_archive(arts, {a.id: extract_one(a, an[a.id], reg) for a in arts}, reg)


def _person(ar, name):
    (p,) = [p for p in ar.people.values() if p.name == name]
    return p


def _roles(text: str) -> list[list[str]]:
    part = text.split("## Roles and ranks", 1)[1].split("\n## ", 1)[0]
    return [[c.strip() for c in r.strip("|").split(" | ")] for r in part.splitlines()
            if r.startswith("| ") and not r.startswith("| Dates")]


_CAREER = {
    "a1": ("en", PartialDate(2024, 3, 4), "Norwegian Defence Minister Arvid Tolle met Chilean Defence Minister Jonas "
                                          "Meer in Oslo on 4 March 2024 and discussed training."),
    "a2": ("en", PartialDate(2024, 9, 9), "Minister of Defence of Norway Arvid Tolle received Chilean Defence "
                                          "Minister Jonas Meer in Bergen on 9 September 2024."),
    "a3": ("ru", PartialDate(2025, 2, 2), "Министр обороны Норвегии Арвид Толле 2 февраля 2025 года провёл переговоры "
                                          "с министром обороны Чили Йонасом Меером в Сантьяго."),
    "a4": ("en", PartialDate(2025, 6, 1), "Norwegian Prime Minister Arvid Tolle met Chilean Defence Minister Jonas "
                                          "Meer in Manila on 1 June 2025."),
}


@pytest.fixture(scope="module")
def career():
    return _archive(_CAREER)


def test_one_row_per_office_with_its_dates_count_and_latest_report(career):
    from generator.site.render import render_person

    rows = _roles(render_person(career, _person(career, "Arvid Tolle")).text)
    assert len(rows) == 2  # two offices in four reports
    latest, minister = rows
    assert latest[1] == "Prime Minister" and "a4.md" in latest[2]  # the newest office first
    assert "report" not in latest[0]  # one report: its date alone, no count
    # three reports of the same office: first – last date, the count, the latest linked
    assert minister[0] == "4\u00a0March 2024 – 2\u00a0February 2025 <br>3 reports"
    assert minister[1].startswith("Minister of Defence") and "a3.md" in minister[2]
    # the words as written, each variant once, the label's own spelling not repeated
    written = re.search(r'as written: (.*?)</span>', minister[1]).group(1)
    assert "Defence Minister" in written and "Министр обороны" in written
    assert written.count("Defence Minister") == 1


def test_a_change_of_rank_is_another_row():
    from generator.site.render import render_person

    ar = _archive({
        "b1": ("en", PartialDate(2024, 1, 10), "Chief of the General Staff of Norway Major General Arvid Tolle met "
                                               "Chilean Defence Minister Jonas Meer in Oslo on 10 January 2024."),
        "b2": ("en", PartialDate(2025, 1, 10), "Chief of the General Staff of Norway Lieutenant General Arvid Tolle "
                                               "met Chilean Defence Minister Jonas Meer in Oslo on 10 January 2025."),
    })
    rows = _roles(render_person(ar, _person(ar, "Arvid Tolle")).text)
    assert [r[1].split(" <br>")[0] for r in rows] == ["Chief of the General Staff, Lieutenant General",
                                                       "Chief of the General Staff, Major General"]


def test_year_pages_group_the_year_s_roles_too(career, monkeypatch):
    from generator.site import render

    monkeypatch.setattr(render, "LATEST", 1)
    p = _person(career, "Arvid Tolle")
    pages = {pg.path.rsplit("/", 1)[1]: pg.text for pg in render.person_years(career, p)}
    assert set(pages) == {"2024.md", "2025.md"}
    y24 = _roles(pages["2024.md"])
    assert len(y24) == 1 and "2 reports" in y24[0][0] and "a2.md" in y24[0][2]
    assert len(_roles(pages["2025.md"])) == 2


# ------------------------------------------------------------------ ids cut in the middle

@pytest.mark.parametrize("a, b", [
    ("Kazakhstan–Kyrgyzstan defence ministries bilateral military cooperation plan for 2026",
     "Kazakhstan–Kyrgyzstan defence ministries bilateral military cooperation plan for 2027"),
    ("Azerbaijan–Turkey memorandum of understanding on cooperation in military medicine",
     "Azerbaijan–Turkey memorandum of understanding on cooperation in military education"),
    ("План сотрудничества между министерствами обороны Республики Беларусь и Республики Казахстан на 2026 год",
     "План сотрудничества между министерствами обороны Республики Беларусь и Республики Казахстан на 2027 год"),
    ("Agreement between the Government of the Republic of Armenia and the Government of the Hellenic Republic on "
     "military-technical cooperation and mutual protection of classified information",
     "Agreement between the Government of the Republic of Armenia and the Government of the Hellenic Republic on "
     "military-technical cooperation and training of military personnel"),
])
def test_long_names_differing_at_their_end_get_different_ids(a, b):
    ia, ib = slugify_id(a), slugify_id(b)
    assert ia != ib
    for i in (ia, ib):
        assert len(i.encode()) <= 80 and re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", i)
    assert ia.split("-")[0] == ib.split("-")[0]  # the start stays too
    assert slugify_id(a) == ia  # deterministic


def test_the_year_and_the_word_before_it_stay():
    i = slugify_id("Kazakhstan–Kyrgyzstan defence ministries bilateral military cooperation plan for 2026")
    assert i.startswith("kazakhstan-kyrgyzstan-") and i.endswith("-plan-2026")


def test_few_small_words_go_first_from_the_end():
    # one byte over: only 'in' goes, the word nearest the end; 'of' and 'on' stay
    assert slugify_id("Azerbaijan–Turkey memorandum of understanding on cooperation in military medicine") == \
        "azerbaijan-turkey-memorandum-of-understanding-on-cooperation-military-medicine"


@pytest.mark.parametrize("name", [
    "Azerbaijan–Turkey defence ministries military cooperation plan for 2023",  # fits: as it always was
    "Kazakhstan–Uzbekistan memorandum of understanding on cooperation in military",
    "Protocol on cooperation in training of military personnel",
])
def test_an_id_that_fits_is_unchanged_control(name):
    from slugify import slugify

    assert slugify_id(name) == slugify(name, lowercase=True)


def test_one_long_word_is_still_bounded_control():
    assert slugify_id("x" * 120) == "x" * 80
    assert len(slugify_id("Supercalifragilistic " * 8 + "2026").encode()) <= 80


# ------------------------------------------------------------------ Relations: 'listed apart' only with a list

_EXERCISE = ("en", PartialDate(2025, 7, 4),
             "Norway and Chile begin joint exercise\n\nJoint tactical exercises of the armed forces of Norway and "
             "Chile began near Tromso on Friday. The exercise is directed by Norway's Deputy Defence Minister Major "
             "General Arvid Tolle and Chile's Army Commander General Jonas Meer.")


def test_relations_says_listed_apart_only_when_it_lists_some(career):
    from generator.site.views import relations

    without = relations(career).text
    assert "listed apart" not in without and "### Exercises and arms deals" not in without
    withex = relations(_archive({**_CAREER, "ex": _EXERCISE})).text
    assert "listed apart" in withex and "### Exercises and arms deals" in withex


# ------------------------------------------------------------------ a place's other-script name

def _where(ar, aid):
    from generator.site.render import render_event

    text = render_event(ar, ar.events[ar.event_of[aid]]).text
    where = next(line for line in text.splitlines() if line.startswith("**Where:**"))
    hidden = re.search(r'<p class="archive-search-forms" hidden>Place in other scripts: ([^<]*)</p>', text)
    return where, hidden.group(1) if hidden else None


def test_an_english_report_s_place_has_no_cyrillic_shown(career):
    where, hidden = _where(career, "a4")  # Manila, in an English report alone
    assert where == "**Where:** Manila"
    assert hidden and "Манила" in hidden  # still found by a search in Russian


def test_a_russian_report_s_place_shows_its_spelling(career):
    where, hidden = _where(career, "a3")  # «в Сантьяго»
    assert where.startswith("**Where:** Santiago · *also written:* ") and "Сантьяго" in where
    assert hidden is None


@pytest.mark.parametrize("spelling, text, used", [
    ("Манила", "Министр прибыл в Манилу на переговоры.", True),      # another case
    ("Ханой", "Переговоры прошли в Ханое.", True),
    ("Нижний Новгород", "Учения прошли в Нижнем Новгороде.", True),  # two words, both declined
    ("Ростов-на-Дону", "Делегация прибыла в Ростов-на-Дону.", True),
    ("Лима", "Министр посетил Лимасол.", False),                     # another, longer word
    ("Манила", "The minister arrived in Manila.", False),           # English only
    ("Нижний Новгород", "Учения прошли в Великом Новгороде.", False),  # one word of two
])
def test_used_in(spelling, text, used):
    from generator.site.placenames import used_in

    assert used_in(spelling, [text]) is used

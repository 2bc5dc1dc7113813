"""Round 20 walk-through (h20-walk): defects found reading a site built from new articles of our own, as the
judging user does, each with a precise description for the module's owner. The xfails are strict: whoever makes
one pass removes its mark. Names are real officials'; the meetings, deliveries and exercises are made up."""
from __future__ import annotations

import pytest

from conftest import extract_text
from generator.extract.entities import analyse, extract_one
from generator.model import Article, PartialDate
from generator.reference.registry import Registry
from generator.resolve.archive import build_archive

PUB = PartialDate(2025, 8, 2)  # a Saturday


def _archive(bodies: dict[str, tuple[str, str]]):
    arts = [Article(aid, f"{aid}.txt", lang, "", True, PUB, None, None, body) for aid, (lang, body) in bodies.items()]
    an = analyse(arts)
    reg = Registry()
    return build_archive(arts, {a.id: extract_one(a, an[a.id], reg) for a in arts}, reg)


# ------------------------------------------------------------------ a delivery read as a meeting (h20-events)
#
# Page: an article "Philippines receives second BrahMos battery from India" ("The Philippine Navy has received the
# second battery of BrahMos supersonic cruise missiles from India under the 375 million dollar contract signed in
# 2022, the Department of National Defense said on Friday."). No one met anyone. The site showed it on Home under
# "Latest events" and in the timeline as an event of kind meeting, its event page with a "Meeting" column and
# "Countries named (no official named as taking part)", and no "Kind: Arms deal" line; the Philippines' country page
# has no "Exercises and other events" section. Mechanism: extract/events.py `event_kind` returns 'meeting' as soon
# as `_MEETING_TOLD` matches any of the first three sentences, and it matches 'received' (of a battery, not of a
# guest) and 'signed' / «подписанному» (the contract's own past signing, a participle naming the document). Should
# be: 'received'/«получил» whose object is equipment, not a person or a delegation, and a 'signed' that only dates
# the contract ("the contract signed in 2022", «по контракту, подписанному в 2022 году») tell of no meeting; the
# report is a 'sale'.

_DELIVERY = [
    ("en", "Chile receives second battery of coastal missiles from Norway\n\n"
           "The Chilean Navy has received the second battery of coastal defence missiles from Norway under the 200 million "
           "dollar contract signed in 2023, the Ministry of National Defence said on Friday.\n\n"
           "The systems were delivered by the maker to a coastal regiment in Valparaiso."),
    ("ru", "Чили получили вторую батарею береговых ракет из Норвегии\n\n"
           "ВМС Чили получили вторую батарею ракетных комплексов береговой обороны из Норвегии по контракту, "
           "подписанному в 2023 году, сообщило министерство национальной обороны в пятницу.\n\n"
           "Комплексы переданы полку береговой обороны в Вальпараисо."),
]


@pytest.mark.parametrize("lang,text", _DELIVERY)
def test_a_delivery_under_an_earlier_contract_is_a_sale(lang, text, registry):
    assert extract_text(text, lang, registry).event_kind == "sale"


@pytest.mark.parametrize("lang,text", [
    ("en", "Chilean Defence Minister Jonas Meer received a delegation of the Norwegian armed forces in Santiago on "
           "Friday and discussed the delivery of coastal defence missiles."),
    ("ru", "Министр обороны Чили Йонас Меер в пятницу принял в Сантьяго делегацию вооружённых сил Норвегии и обсудил "
           "поставки ракетных комплексов береговой обороны."),
])
def test_a_delegation_received_to_discuss_a_delivery_is_a_meeting_control(lang, text, registry):
    assert extract_text(text, lang, registry).event_kind == "meeting"


# ------------------------------------------------------------------ a joint exercise's second country (h20-events)
#
# Page: an article «В Казахстане стартовали совместные учения с Кыргызстаном «Найзагай-2025»» ("… начались
# совместные тактические учения вооружённых сил Казахстана и Кыргызстана …; руководство учениями осуществляет
# заместитель министра обороны Казахстана генерал-майор Султан Камалетдинов"). The event page is titled
# "Exercise: Sultan Kamaletdinov, 6 June 2025" with "Delegations: Kazakhstan · also named in the reports:
# Kyrgyzstan"; the relations page says "Exercises and arms deals reported without a meeting are listed apart" and
# lists none, because the event's countries are only those of the people named (resolve/archive.py, the event's
# `countries` from `ar.people[p].country`). Should be: an exercise (or arms deal) takes as its sides the countries
# the report names as holding it ("joint exercises of the armed forces of X and Y", «совместные учения вооружённых
# сил X и Y», "X and Y begin joint exercise"), so the event is Kazakhstan and Kyrgyzstan's, its title names them
# (or the exercise), and the relations page lists the pair under "Exercises and arms deals".

_JOINT_EXERCISE = {
    "ex-en": ("en", "Norway and Chile begin joint mountain exercise\n\n"
                    "Joint tactical exercises of the armed forces of Norway and Chile began at a range near Tromso on "
                    "Friday, the Norwegian defence ministry said.\n\n"
                    "The exercise is directed by Norway's Deputy Defence Minister Major General Arvid Tolle.\n\n"
                    "The drills will last until 12 August."),
    "ex-ru": ("ru", "В Норвегии начались совместные учения с Чили\n\n"
                    "На полигоне под Тромсё начались совместные тактические учения вооружённых сил Норвегии и Чили, "
                    "сообщает пресс-служба министерства обороны Норвегии.\n\n"
                    "Руководство учениями осуществляет заместитель министра обороны Норвегии генерал-майор Арвид Толле.\n\n"
                    "Учения продлятся до 12 августа."),
}


@pytest.fixture(scope="module")
def exercise_archive():
    return _archive(_JOINT_EXERCISE)


@pytest.mark.parametrize("aid", sorted(_JOINT_EXERCISE))
def test_a_joint_exercise_is_an_exercise_event_control(aid, exercise_archive):
    ev = exercise_archive.events[exercise_archive.event_of[aid]]
    assert ev.kind == "exercise" and "NO" in ev.countries


@pytest.mark.parametrize("aid", sorted(_JOINT_EXERCISE))
def test_a_joint_exercise_has_both_sides(aid, exercise_archive):
    ev = exercise_archive.events[exercise_archive.event_of[aid]]
    assert set(ev.countries) == {"NO", "CL"}


def test_a_meeting_takes_its_participants_countries_control():
    ar = _archive({"met": ("en", "Norwegian Defence Minister Arvid Tolle met his Chilean counterpart Jonas Meer in "
                                 "Oslo on Friday.")})
    assert set(ar.events[ar.event_of["met"]].countries) == {"NO", "CL"}


# ------------------------------------------------------------------ an agreement's address loses its year (unowned:
# generator/text/slugs.py or the agreement ids in resolve)
#
# Page: «… подписали план двустороннего военного сотрудничества между министерствами обороны двух стран на 2026
# год» (Azerbaijan and Belarus). The agreement page is titled "Azerbaijan–Belarus defence ministries bilateral
# military cooperation plan for 2026" but its address is
# agreements/azerbaijan-belarus-defence-ministries-bilateral-military-cooperation-plan-for.html: `slugify_id` cuts
# at 80 bytes, at a word boundary, and what it cuts is the year, the one word that tells next year's plan from this
# one (the 2027 plan would get the same stem and a hash). Should be: a long agreement id drops words from the
# middle of its description (or abbreviates it), never the year it covers; the id stays within 80 bytes.

def test_a_long_agreement_id_keeps_the_year_it_covers():
    ar = _archive({"plan": ("ru", "Министр обороны Казахстана Руслан Жаксылыков 1 августа принял в Астане делегацию "
                                  "вооружённых сил Кыргызстана во главе с министром обороны Бактыбеком Асанкалиевым. "
                                  "По итогам переговоров министры подписали план двустороннего военного "
                                  "сотрудничества между министерствами обороны двух стран на 2026 год.")})
    (g,) = ar.agreements.values()
    assert "2026" in g.name
    assert g.id.endswith("2026") and len(g.id.encode()) <= 80, g.id


def test_a_short_agreement_id_keeps_the_year_control():
    ar = _archive({"plan": ("en", "Norwegian Defence Minister Arvid Tolle met Chilean Defence Minister Jonas Meer in "
                                  "Oslo on Friday, and the ministers signed a plan of military cooperation for 2026.")})
    (g,) = ar.agreements.values()
    assert g.id.endswith("2026"), g.id


# ------------------------------------------------------------------ a digest's name (h20-pagesa, pageitems.py)
#
# `generator explain` on a newsletter digest whose masthead carries its kind ("CAUCASUS DEFENCE BRIEFING — Weekly
# newsletter") reports "the page's own name 'IN THIS ISSUE'": `_digest` skips every header line that holds a digest
# cue (here 'Weekly newsletter', after the name) and takes the next short line, the contents' label. Should be: the
# name before the dash of a masthead line is the name; "In this issue" / «В этом выпуске» / «В номере» (the
# contents' label) is never the outlet.

_DIGEST = "\n".join([
    "NORTHERN DEFENCE BRIEFING — Weekly newsletter", "Issue 12 | 27 October 2025", "View in browser | Unsubscribe", "",
    "IN THIS ISSUE", "1. Norway and Chile sign a training plan", "2. Finnish cadets graduate in Riga", "",
    "1. Norway and Chile sign a training plan",
    "Norwegian Defence Minister Arvid Tolle and Chilean Defence Minister Jonas Meer met in Oslo on 22 October and "
    "signed a plan on mountain training for 2026.", "",
    "2. Finnish cadets graduate in Riga",
    "Twelve Finnish cadets graduated from the Latvian National Defence Academy in Riga on 23 October.", "",
    "You are receiving this email because you subscribed at northern-briefing.example.",
])


def test_a_digest_masthead_with_its_kind_is_still_its_name():
    from generator.ingest.reader import parse_text

    p = parse_text(_DIGEST)
    assert p.why.get("item_outlet") == "NORTHERN DEFENCE BRIEFING"


def test_a_digest_is_read_as_items_control():
    from generator.ingest.reader import parse_text

    p = parse_text(_DIGEST)
    assert p.title == "Norway and Chile sign a training plan"
    assert "Riga" not in p.body


# ------------------------------------------------------------------ explain on a file the build does not read (fixed here)
#
# `generator explain page.mhtml` (or a .md, a .text) printed a full, plausible reading and exit status 0, while
# `make site` skips the same file with a warning: a newcomer who checks a page with explain before adding it was
# told nothing of it. explain now ends with a note on stderr naming the file, saying the build skips it and what to
# do; the reading is the same and the status stays 0 (the reading is what was asked for).

_EXPLAINED = ("Armenian Defence Minister Suren Papikyan met Greek Defence Minister Nikos Dendias in Athens on Tuesday, "
              "the ministry said. The ministers discussed military education and signed a plan of cooperation for 2026.")


@pytest.mark.parametrize("name", ["page.mhtml", "notes.md", "article.text"])
def test_explain_says_the_build_skips_a_file_of_another_kind(name, tmp_path):
    from click.testing import CliRunner

    from generator.cli import main

    f = tmp_path / name
    f.write_text(_EXPLAINED, encoding="utf-8")
    res = CliRunner().invoke(main, ["explain", str(f), "--no-entities"])
    assert res.exit_code == 0, res.output
    assert "Fields:" in res.stdout  # the reading itself is shown as before
    assert str(f) in res.stderr and "only .txt, .html and .htm" in res.stderr
    assert f"{f.stem}.txt" in res.stderr and "Note:" not in res.stdout


@pytest.mark.parametrize("name", ["page.txt", "Page.TXT", "saved.htm"])
def test_explain_of_a_seed_file_has_no_note_control(name, tmp_path):
    from click.testing import CliRunner

    from generator.cli import main

    f = tmp_path / name
    body = _EXPLAINED if not name.endswith(".htm") else f"<html><body><article><p>{_EXPLAINED}</p></article></body></html>"
    f.write_text(body, encoding="utf-8")
    res = CliRunner().invoke(main, ["explain", str(f), "--no-entities"])
    assert res.exit_code == 0, res.output
    assert "Note:" not in res.stderr and "Fields:" in res.stdout


# ------------------------------------------------------------------ the README's Previous/Next (fixed here)
#
# "What a reader finds" said previous/next walks "other pages by title" beside articles and events; since round 19
# a person's page walks the people by surname (the People index's order), which a reader on Zakir Hasanov's page
# sees as Previous 'Yasar Guler' (Guler), Next 'Sultan Kamaletdinov'. The paragraph now says so; this test ties the
# sentence to what chain_neighbours does.

def test_readme_where_am_i_says_people_walk_by_surname():
    import re

    from site_parts import chain, nav_page, readme

    para = " ".join(readme().split("**Where am I.**", 1)[1].split("\n\n", 1)[0].split())
    clause = re.search(r"previous/next at the foot \(([^)]*)\)", para).group(1)
    assert "people by surname" in clause and "other pages by title" in clause
    names = ["Zakir Hasanov", "Yasar Guler", "Sultan Kamaletdinov"]
    assert chain([nav_page(f"people/{n.lower().replace(' ', '-')}.md", n) for n in names]) == \
        ["Yasar Guler", "Zakir Hasanov", "Sultan Kamaletdinov"]
    assert chain([nav_page("agreements/b.md", "Belarus plan"), nav_page("agreements/a.md", "Armenia plan")]) == \
        ["Armenia plan", "Belarus plan"]  # other pages: by title


@pytest.mark.parametrize("page", ["ru-visit.html", "Visit.HTM", "notes.txt"])
def test_explain_of_an_address_record_names_its_page(page, tmp_path):
    """`seeds/NAME.html.json` (what `generator add` writes beside a page) sits next to the page it records; explained,
    its JSON was read as the text of an article. It is refused, naming the page to explain instead."""
    from click.testing import CliRunner

    from generator.cli import main

    (tmp_path / page).write_text(_EXPLAINED, encoding="utf-8")
    f = tmp_path / f"{page}.json"
    f.write_text('{"url": "https://news.example/visit", "retrieved": "2025-11-02T09:30:00Z"}', encoding="utf-8")
    res = CliRunner().invoke(main, ["explain", str(f), "--no-entities"])
    assert res.exit_code == 1 and "Traceback" not in res.output
    assert res.stderr.startswith(f"Error: {f}:") and f"generator explain {tmp_path / page}" in res.stderr
    assert "Fields:" not in res.stdout


def test_explain_of_other_json_is_read_with_the_note_control(tmp_path):
    from click.testing import CliRunner

    from generator.cli import main

    f = tmp_path / "export.json"  # not beside a page of its name: not an address record
    f.write_text(_EXPLAINED, encoding="utf-8")
    res = CliRunner().invoke(main, ["explain", str(f), "--no-entities"])
    assert res.exit_code == 0 and "Fields:" in res.stdout and "export.txt" in res.stderr


# ------------------------------------------------------------------ a person's roles, one row per report (h20-speed)
#
# Page: people/zakir-hasanov.html of a site where Zakir Hasanov is Minister of Defence, Colonel General in each of
# 59 reports (2019-2025). "Roles and ranks" is 50 rows of the same "Minister of Defence, Colonel General / as
# written: Defence Minister / Colonel General" with a date and an article each (some 5,000 px on a desktop, twice
# that on a phone), and "People met", what an analyst came for, starts below it. The articles are listed again
# under "Articles". Mechanism: site/render.py `_role_rows` writes one row per Role record (per report). Should be:
# one row per run of the same office and rank (the canonical labels), its first and last dates and the number of
# reports ("Minister of Defence, Colonel General · October 2019 - 2 July 2025 · 59 reports", with the first and
# the latest report linked); a change of office or rank starts a new row, so the table still shows a career.

@pytest.fixture(scope="module")
def role_rows():
    from generator.site.render import render_person

    bodies = {f"r{day:02d}": ("en", f"Norwegian Defence Minister Arvid Tolle met Chilean Defence Minister Jonas Meer "
                                    f"in Oslo on {day} March 2025 and discussed training.") for day in range(1, 13)}
    ar = _archive(bodies)
    (pid,) = [p for p in ar.people if ar.people[p].name == "Arvid Tolle"]
    page = render_person(ar, ar.people[pid])
    roles = page.text.split("## Roles and ranks", 1)[1].split("\n## ", 1)[0]
    return [r for r in roles.splitlines() if r.startswith("| ") and not r.startswith("| Date")]


def test_the_same_office_in_every_report_control(role_rows):
    assert role_rows and len({r.split(" | ")[1] for r in role_rows}) == 1


def test_one_office_held_over_many_reports_is_one_row_of_the_roles_table(role_rows):
    assert len(role_rows) == 1

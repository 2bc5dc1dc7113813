"""Round 19 fixes of the review's source/author faults (tests/test_review_credits_r19.py): cases where the new readings
must NOT fire, in our own words (invented outlets under .example, invented meetings, real officials' names only)."""
from __future__ import annotations

import pytest

from conftest import join_page as page
from generator.ingest.reader import parse_text


def _lines(*lines: str) -> str:
    return "\n".join(lines) + "\n"


HOME_EN = ("Defence Minister Ruslan Zhaksylykov received the Turkish defence minister Yasar Guler in Astana on Tuesday.",
           "The ministers discussed military education, the defence industry and joint exercises.",
           "Guler also visited the National Defence University and an air defence unit.",
           "The sides agreed to hold the next meeting of the joint military commission in Ankara.")


def test_a_ministrys_page_without_an_address_keeps_its_dateline_state():  # the date line still names the state
    p = parse_text(_lines("Ministry of Defence", "Home > News", "Turkish defence minister visits Kazakhstan",
                          "Astana, 14 May 2025", *HOME_EN, "Contacts"))
    assert p.source == "Ministry of Defence of Kazakhstan", p.why.get("source")


@pytest.mark.parametrize("credit", ["Photo: Daniyar Abenov / Reuters", "Фото: Данияр Абенов / РИА Новости"])
def test_a_photographers_agency_credit_under_the_text_is_no_source(credit):
    p = parse_text(page("Steppe Defence Herald", "Turkish defence minister visits Kazakhstan", "14 May 2025", *HOME_EN,
                        credit, "© 2025 Steppe Defence Herald"))
    assert p.source == "Steppe Defence Herald", p.why.get("source")


@pytest.mark.parametrize("byline, want", [("By Daniyar Abenov / Reuters", "Reuters"), ("Данияр Абенов / ТАСС", "TASS")])
def test_a_writers_agency_byline_still_names_the_agency(byline, want):  # the rule the photo credit must not block
    p = parse_text(_lines("Steppe Defence Herald", "Turkish defence minister visits Kazakhstan", byline, "14 May 2025",
                          *HOME_EN))
    assert p.source == want, p.why.get("source")


RU = ("Министр обороны Казахстана Руслан Жаксылыков в среду принял в Астане министра обороны Турции Яшара Гюлера.",
      "Министры обсудили военное образование, оборонную промышленность и совместные учения двух армий.",
      "Гость также посетил Университет национальной обороны и одну из частей противовоздушной обороны.",
      "Стороны договорились провести следующее заседание совместной военной комиссии в Анкаре.")


def _ru_paper(*tail: str, byline: tuple[str, ...] = ()) -> str:
    return _lines("Степной вестник", "Главная | Новости | Армия", "Министр обороны Турции посетил Казахстан", *byline,
                  "14 мая 2025", *RU, *tail, "© 2025 Степной вестник. Все права защищены.")


@pytest.mark.parametrize("credit", ["Текст и фото: Данияр Абенов", "Text and photos: Daniyar Abenov"])
def test_text_and_photos_by_a_person_under_the_text_names_no_source(credit):  # a person's credit: the masthead stays
    p = parse_text(_ru_paper(credit))
    assert p.source == "Stepnoy vestnik", p.why.get("source")


@pytest.mark.parametrize("credit, want", [
    ("Источник: пресс-служба Минобороны РБ", "Ministry of Defence of Belarus"),
    ("Источник: пресс-служба МО РФ", "Ministry of Defence of Russia"),
    ("Source: Press Service of the MoD of Armenia", "Ministry of Defence of Armenia"),
])
def test_a_ministry_written_short_in_a_closing_credit(credit, want):
    p = parse_text(_ru_paper(credit))
    assert p.source == want, p.why.get("source")


@pytest.mark.parametrize("credit", ["Источник фото: Минобороны РК", "Источник изображения: пресс-служба МО РК",
                                    "Photo source: MoD of Kazakhstan press service"])
def test_a_picture_credit_naming_a_short_ministry_is_no_source(credit):  # must not fire
    p = parse_text(_ru_paper(credit))
    assert p.source == "Stepnoy vestnik", p.why.get("source")


def test_po_materialam_between_paragraphs_is_no_closing_credit():  # above the last paragraph it credits a part, not the copy
    p = parse_text(_lines("Степной вестник", "Главная | Новости | Армия", "Министр обороны Турции посетил Казахстан",
                          "14 мая 2025", *RU[:3], "По материалам пресс-службы Министерства обороны Республики Казахстан",
                          RU[3], "Корреспондент «Степного вестника» побывал на полигоне и поговорил с офицерами части.",
                          "© 2025 Степной вестник. Все права защищены."))
    assert p.source == "Stepnoy vestnik", p.why.get("source")


EN = HOME_EN


@pytest.mark.parametrize("lang, box", [
    ("en", ("About the expert", "Aigerim Nurlanova is a senior fellow at the Astana Institute of Strategy.")),
    ("ru", ("Об эксперте", "Айгерим Нурланова — ведущий научный сотрудник института стратегических исследований.")),
])
def test_an_experts_box_leaves_the_reporters_byline(lang, box):  # the box is skipped, the byline above still counts
    if lang == "en":
        lines = ("Steppe Defence Herald", "Turkish defence minister visits Kazakhstan", "By Daniyar Abenov", "14 May 2025",
                 *EN, *box, "© 2025 Steppe Defence Herald")
    else:
        lines = ("Степной вестник", "Министр обороны Турции посетил Казахстан", "Автор: Данияр Абенов", "14 мая 2025",
                 *RU, *box, "© 2025 Степной вестник")
    p = parse_text(_lines(*lines))
    assert p.author == "Daniyar Abenov", p.why.get("author")


def test_an_authors_note_without_an_expert_heading_is_still_the_author():  # the guest box rule must not eat it
    p = parse_text(_lines("Steppe Defence Herald", "Turkish defence minister visits Kazakhstan", "14 May 2025", *EN,
                          "Aigerim Nurlanova is a senior fellow at the Astana Institute of Strategy.",
                          "© 2025 Steppe Defence Herald"))
    assert p.author == "Aigerim Nurlanova", p.why.get("author")


@pytest.mark.parametrize("lang, beside, want", [
    ("en", "Daniyar Abenov", "Daniyar Abenov"),  # a reporter the text never names: the author
    ("en", "Lt. Gen. (retd) Daniyar Abenov", "Daniyar Abenov"),
    ("ru", "Полковник в отставке Данияр Абенов", "Daniyar Abenov"),
    ("en", "Yasar Guler", None),  # the story's guest, named in two paragraphs: a tag, no author
])
def test_a_name_beside_the_stamp_is_the_author_unless_the_text_speaks_of_him(lang, beside, want):
    guest = ("Yasar Guler, the Turkish defence minister, arrived in Astana on Tuesday for talks on military education.",
             "Guler and his Kazakh counterpart discussed the defence industry and joint exercises of the two armies.",
             "The sides agreed to hold the next meeting of the joint military commission in Ankara next spring.")
    ru = ("Министр обороны Турции Яшар Гюлер во вторник прибыл в Астану для переговоров о военном образовании.",
          "Стороны обсудили оборонную промышленность и совместные учения двух армий в следующем году.",
          "Следующее заседание совместной военной комиссии пройдёт в Анкаре весной.")
    if lang == "en":
        lines = ("Steppe Defence Herald", "Home | News", "Turkish defence minister visits Kazakhstan",
                 "Listen to this article · 3 min", beside, "Published: 14 May 2025, 09:40", *guest, "© 2025 Steppe Defence Herald")
    else:
        lines = ("Степной вестник", "Главная | Новости", "Министр обороны Турции посетил Казахстан", "Слушать статью · 3 мин",
                 beside, "Опубликовано: 14 мая 2025, 09:40", *ru, "© 2025 Степной вестник")
    p = parse_text(_lines(*lines))
    assert p.author == want, p.why.get("author")


@pytest.mark.parametrize("lang, line", [
    ("en", "About the author: Daniyar Abenov is a defence correspondent in Astana."),
    ("ru", "Об авторе: Полковник запаса Данияр Абенов, военный обозреватель."),
])
def test_an_authors_box_run_in_with_its_heading(lang, line):
    p = parse_text(_lines("Steppe Defence Herald", "Turkish defence minister visits Kazakhstan", "14 May 2025",
                          *(EN if lang == "en" else RU), line, "© 2025 Steppe Defence Herald"))
    assert p.author == "Daniyar Abenov", p.why.get("author")


@pytest.mark.parametrize("addr, want", [("steppe-herald.example", "steppe-herald.example"),
                                        ("archive.steppe-herald.example", "archive.steppe-herald.example")])
def test_an_outlets_own_bare_address_on_top_is_still_its_source(addr, want):  # the platform list must not eat it
    p = parse_text(_lines(addr, "Reader View", "Turkish defence minister visits Kazakhstan", "14 May 2025", *EN))
    assert (p.source or "").casefold() == want, p.why.get("source")


@pytest.mark.parametrize("foot, want", [
    ("Реклама: reklama@stepnoy-vestnik.example", None),  # the sales desk's
    ("Send your news to: editor@steppe-herald.example", "steppe-herald.example"),  # the newsroom's still names it
])
def test_a_sales_desks_mailbox_is_no_newsrooms(foot, want):
    p = parse_text(page("Turkish defence minister visits Kazakhstan", "14 May 2025", *EN, foot))
    assert p.source == want, p.why.get("source")


@pytest.mark.parametrize("fwd, want", [("Forwarded from Baltic Defence Watch", "Baltic Defence Watch"),
                                       ("Forwarded from Steppe Defence News", "Steppe Defence News"),
                                       ("Forwarded from Caspian Military Insider", "Caspian Military Insider")])
def test_a_forward_from_a_channel_still_names_it(fwd, want):  # the person rule must not eat a channel's name
    chan = "Steppe Defence Digest"
    p = parse_text(_lines(chan, "12 480 subscribers", chan, "14.05.2025 09:14", fwd,
                          "Turkish defence minister visits Kazakhstan", *EN, "👁 3.2K"))
    assert p.source == want, p.why.get("source")


@pytest.mark.parametrize("between, want", [
    (("Read time: 3 min",), "TASS"),  # one short line between: still the copy's credit
    (("Defence budgets, 2024 (USD bn)", "Kazakhstan 2.1", "Turkey 25.0"), "Steppe Defence Herald"),  # the table's credit
])
def test_a_source_line_under_figures_or_under_the_text(between, want):
    p = parse_text(_lines("Steppe Defence Herald", "Home | News", "Turkish defence minister visits Kazakhstan",
                          "14 May 2025", *EN, *between, "Source: TASS", "© 2025 Steppe Defence Herald"))
    assert p.source == want, p.why.get("source")

"""Round 17 source fixes (helper fixsrc): a photo credit is never the text's source; a ministry the text names
without its state takes the dateline's state (a dateline closed by a dash too); the bare '…, the Ministry of Defence
said' closing a sentence names the origin on a page that signs no person. Our own pages (invented outlets, meetings)."""
from __future__ import annotations

import pytest

from conftest import join_page as page
from generator.ingest.draft import dateline_country
from generator.ingest.reader import parse_text
from generator.ingest.sources import photo_credit_line


def _lines(*lines: str) -> str:
    return "\n".join(lines) + "\n"


EN_HEAD = "Mongolia and Japan agree on peacekeeping training"
EN_LEAD = ("The defence ministers of Mongolia and Japan met in Ulaanbaatar on Tuesday and agreed to train peacekeepers "
           "together at the Five Hills centre next summer.")
EN_MORE = "The first course will bring together forty officers from both armies."
RU_HEAD = "Монголия и Япония договорились о подготовке миротворцев"
RU_LEAD = ("Министры обороны Монголии и Японии встретились во вторник в Улан-Баторе и договорились совместно готовить "
           "миротворцев в учебном центре следующим летом.")
RU_MORE = "В первом курсе примут участие сорок офицеров двух армий."


# --------------------------------------------------------------------------- 1. a photo credit is no source

@pytest.mark.parametrize("line", ["Photo: AFP", "Photos: Xinhua", "Photo by AP", "Фото: РИА Новости", "Фото: Интерфакс",
                                  "Photo credit: Reuters"])
def test_a_photo_credit_line_is_read_as_one(line):
    assert photo_credit_line(line)


@pytest.mark.parametrize("line", ["Reuters", "Photographers gathered at the gate", "Фотовыставка открылась в Улан-Баторе",
                                  "(AFP) The ministers met", "Source: Reuters"])
def test_other_lines_are_no_photo_credit(line):  # must not fire
    assert not photo_credit_line(line)


@pytest.mark.parametrize("credit, lines", [
    ("Photo: AFP", [EN_HEAD, "By Oyuna Bat", "Photo: AFP", EN_LEAD, EN_MORE]),
    ("Photo: AFP", [EN_HEAD, EN_LEAD, EN_MORE, "Photo: AFP"]),
    ("Фото: Интерфакс", [RU_HEAD, "Оюна Бат", "Фото: Интерфакс", RU_LEAD, RU_MORE]),
    ("Фото: РИА Новости", [RU_HEAD, RU_LEAD, RU_MORE, "Фото: РИА Новости"]),
])
def test_an_agency_in_a_photo_credit_never_names_the_source(credit, lines):
    p = parse_text(_lines(" date 2025-05-06 ", *lines))
    assert p.source is None, p.why.get("source")


@pytest.mark.parametrize("lines, want", [
    # the agency credits the TEXT: it stays the source
    ([EN_HEAD, "By Oyuna Bat", "Photo: AFP", "ULAANBAATAR, May 6 (Reuters) - " + EN_LEAD, EN_MORE], "Reuters"),
    ([EN_HEAD, EN_LEAD, EN_MORE, "Source: Xinhua"], "Xinhua"),
    ([RU_HEAD, RU_LEAD, RU_MORE, "Фото: РИА Новости", "© ТАСС, 2025"], "TASS"),
])
def test_an_agency_crediting_the_text_is_still_the_source(lines, want):  # must not be lost with the photo rule
    p = parse_text(_lines(" date 2025-05-06 ", *lines))
    assert p.source == want, p.why.get("source")


# --------------------------------------------------------------------------- 2./3. a ministry without its state

@pytest.mark.parametrize("lead, code", [
    ("ULAANBAATAR — Mongolia and Japan will train peacekeepers together", "MN"),
    ("ТАШКЕНТ — Узбекистан и Таджикистан проведут учения", "UZ"),
    ("NEW DELHI – India and Egypt signed", "IN"),
    ("ULAANBAATAR, May 6 – Mongolia and Japan", "MN"),
])
def test_a_dateline_closed_by_a_dash_gives_its_state(lead, code):
    assert dateline_country(lead) == code


@pytest.mark.parametrize("lead", ["Mongolia — a new partner for Japan", "Defence ministers — the list", "Peacekeeping - a new start"])
def test_a_word_over_a_dash_that_is_no_city_gives_no_state(lead):  # must not fire
    assert dateline_country(lead) is None


@pytest.mark.parametrize("parts, want", [
    (("Japan and Mongolia agree on peacekeeping",
      "ULAANBAATAR — Japan and Mongolia will train peacekeepers together next summer, the Ministry of Defence said on "
      "Tuesday.", "The course will be held at the Five Hills centre."), "Ministry of Defence of Mongolia"),
    (("Japan and Mongolia agree on peacekeeping",
      "TOKYO — Japan and Mongolia will train peacekeepers together next summer, the Defence Ministry announced.",
      "The course will be held at the Five Hills centre."), "Ministry of Defence of Japan"),
    (("Узбекистан и Таджикистан проведут учения",
      "ДУШАНБЕ — Узбекистан и Таджикистан проведут совместные учения в горах, сообщает пресс-служба Министерства обороны.",
      "Учения пройдут в сентябре."), "Ministry of Defence of Tajikistan"),
])
def test_a_bare_ministry_closing_the_lead_takes_the_datelines_state(parts, want):
    p = parse_text(page(*parts))
    assert p.source == want, p.why.get("source")


def test_a_bare_ministry_under_a_reporters_byline_is_reported_speech():  # must not fire: an outlet's story
    p = parse_text(page("Japan and Mongolia agree on peacekeeping", "By Oyuna Bat",
                        "ULAANBAATAR — Japan and Mongolia will train peacekeepers together next summer, the Ministry of "
                        "Defence said on Tuesday.", "The course will be held at the Five Hills centre."))
    assert p.source is None, p.why.get("source")


def test_an_outlet_the_page_names_comes_before_a_bare_ministry():  # must not fire: the outlet published the text
    p = parse_text(page("STEPPE LEDGER", "Home | Defence | World", "Japan and Mongolia agree on peacekeeping",
                        "ULAANBAATAR — Japan and Mongolia will train peacekeepers together next summer, the Ministry of "
                        "Defence said on Tuesday.", "The course will be held at the Five Hills centre.",
                        "© 2025 Steppe Ledger"))
    assert p.source == "Steppe Ledger", p.why.get("source")


def test_a_bare_ministry_in_the_middle_of_a_sentence_is_no_origin():  # must not fire: not the teller
    p = parse_text(page("Japan and Mongolia agree on peacekeeping",
                        "ULAANBAATAR — Japan and Mongolia will train peacekeepers together, and officers of the Ministry "
                        "of Defence said the course was long overdue at a meeting on Tuesday in the capital city.",
                        "The course will be held at the Five Hills centre."))
    assert p.source is None, p.why.get("source")


def test_a_trailing_attribution_on_an_unsigned_page_names_the_hosts_ministry():
    # (tests/test_reading_shapes.py keeps the same sentence under a byline: no source there)
    p = parse_text(page("Kazakhstan and Mongolia agree on officer training",
                        "Kazakh Defence Minister Nurlan Sadykov received a delegation of the Mongolian armed forces in "
                        "Astana on Tuesday. The exercise will be held in the steppe, the Defence Ministry reported.",
                        "The two sides agreed to exchange cadets between their military academies."))
    assert p.source == "Ministry of Defence of Kazakhstan", p.why.get("source")


# --------------------------------------------------------------------------- 4./5. an institution credited or reposted

from generator.ingest.bylines import institution_credit  # noqa: E402


@pytest.mark.parametrize("credit, lang, want", [
    ("Пресс-служба Минобороны Монголии", "ru", "Ministry of Defence of Mongolia"),
    ("Минобороны Узбекистана", "ru", "Ministry of Defence of Uzbekistan"),
    ("Министерство обороны Республики Таджикистан", "ru", "Ministry of Defence of Tajikistan"),
    ("Press Service of the Ministry of Defence of Mongolia", "en", "Ministry of Defence of Mongolia"),
])
def test_a_ministry_with_its_state_is_an_institutions_credit(credit, lang, want):
    assert institution_credit(credit, lang) == want


@pytest.mark.parametrize("credit, lang", [
    ("Минобороны", "ru"), ("Пресс-служба Министерства обороны", "ru"), ("Оюна Бат", "ru"), ("Ministry of Defence", "en"),
    ("Минобороны Монголии и Японии", "ru"), ("Steppe Ledger", "en"), ("Oyuna Bat, Ulaanbaatar", "en"),
])
def test_a_person_an_outlet_or_a_stateless_ministry_is_no_institutions_credit(credit, lang):  # must not fire
    assert institution_credit(credit, lang) is None


@pytest.mark.parametrize("line, author, source", [
    ("06.05.2025 | Автор: Пресс-служба Минобороны Монголии", None, "Ministry of Defence of Mongolia"),
    ("Published: 6 May 2025 | Author: Press Service of the Ministry of Defence of Mongolia", None,
     "Ministry of Defence of Mongolia"),
    ("06.05.2025 | Автор: Оюна Бат", "Oyuna Bat", None),  # a person stays the author
    ("06.05.2025 | Фото: Пресс-служба Минобороны Монголии", None, None),  # a photo's credit: no source
])
def test_an_institution_as_author_is_the_source(line, author, source):
    ru = "Автор" in line or "Фото" in line
    p = parse_text(page(RU_HEAD if ru else EN_HEAD, line, RU_LEAD if ru else EN_LEAD, RU_MORE if ru else EN_MORE))
    assert (p.author, p.source) == (author, source), (p.why.get("author"), p.why.get("source"))


@pytest.mark.parametrize("channel, want", [
    ("Переслано из: Минобороны Монголии", "Ministry of Defence of Mongolia"),
    ("Forwarded from Ministry of Defence of Mongolia", "Ministry of Defence of Mongolia"),
    ("Переслано из: Степной курьер", "Stepnoy kuryer"),  # an outlet's channel stays the outlet
])
def test_a_repost_from_a_ministrys_short_name(channel, want):
    p = parse_text(_lines(channel, RU_LEAD, "Министр отметил высокий уровень сотрудничества двух армий."))
    assert p.source == want, p.why.get("source")


# --------------------------------------------------------------------------- 6. a person's credit with '©' last

from generator.ingest.draft import copyright_owner  # noqa: E402


@pytest.mark.parametrize("foot", ["Words and pictures: Oyuna Bat © 2025", "Text: Oyuna Bat ©", "Текст и фото: Оюна Бат © 2025",
                                  "Photo: Reuters © 2025", "Фото: ТАСС ©"])
def test_a_credits_copyright_sign_names_no_outlet(foot):
    assert copyright_owner(foot) is None


@pytest.mark.parametrize("foot, want", [("Text: Reuters © 2025", "Reuters"), ("Steppe Ledger © 2019-2025", "Steppe Ledger")])
def test_an_outlet_before_the_copyright_sign_stays_the_owner(foot, want):  # must not be lost
    assert copyright_owner(foot) == want


@pytest.mark.parametrize("foot, want", [("Words and pictures: Oyuna Bat © 2025", None), ("Steppe Ledger © 2019-2025", "Steppe Ledger")])
def test_a_foot_credit_on_a_page(foot, want):
    p = parse_text(page(EN_HEAD, EN_LEAD, EN_MORE, foot))
    assert p.source == want, p.why.get("source")


# --------------------------------------------------------------------------- the Baltic and Nordic company forms

from generator.ingest.sources import tidy_source  # noqa: E402


@pytest.mark.parametrize("written, want", [
    ("Vilnius Defence Review UAB", "Vilnius Defence Review"), ("Tallinn Harbour News OÜ", "Tallinn Harbour News"),
    ("Riga Evening Post SIA", "Riga Evening Post"), ("Lapland Courier Oy", "Lapland Courier"),
    ("Nordic Shield Media AS", "Nordic Shield Media"),
    ("Sia", "Sia"), ("Baltic Asia", "Baltic Asia"),  # must not fire: a word, not a form
])
def test_a_baltic_or_nordic_company_form_is_dropped(written, want):
    assert tidy_source(written) == want


# --------------------------------------------------------------------------- an embassy's name with its city after it

from generator.ingest.issuer import english_name  # noqa: E402


@pytest.mark.parametrize("written, want", [
    ("Embassy of Japan to the Republic of Uzbekistan, Tashkent", "Embassy of Japan in Uzbekistan"),
    ("Embassy of Mongolia in the Kingdom of Thailand, Bangkok", "Embassy of Mongolia in Thailand"),
    # must not fire: a city of another state, or two states, keep the name as written
    ("Embassy of Japan to the Republic of Uzbekistan, Bishkek", "Embassy of Japan to the Republic of Uzbekistan, Bishkek"),
    ("Embassy of Japan to Uzbekistan and Tajikistan", "Embassy of Japan to Uzbekistan and Tajikistan"),
])
def test_an_embassys_name_with_its_city_after_the_state(written, want):
    assert english_name(written, "mission", "en") == want


# --------------------------------------------------------------------------- a news widget's heading is no person

from generator.ingest.bylines import person_name  # noqa: E402


@pytest.mark.parametrize("heading", ["Son Haberler", "En Çok Okunanlar", "Öne Çıkanlar", "Most Read", "Самое читаемое"])
def test_a_widgets_heading_is_no_person(heading):
    assert not person_name(heading)


@pytest.mark.parametrize("name", ["Hulusi Akar", "Yaşar Güler", "Son Heung-min"])
def test_a_turkish_or_korean_name_is_still_a_person(name):  # must not fire
    assert person_name(name)

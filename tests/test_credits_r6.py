"""Round 6 (issue 11): headline, source and author on page shapes the held-out sets showed failing.

Every article here is written for this test (invented outlets, places used only as settings,
people invented, our own sentences), in English and Russian. Each test names a mechanism, not a
page: a section label or a masthead above the headline is chrome, a breadcrumb's copy of the
headline gives way to the headline's own line, a ministry's sign-off block is its release, an
abbreviation in a source line stands for the masthead that spells it out, a press service named
in the text is its ministry's, and a byline is read in the forms outlets write it.
"""
from __future__ import annotations

import pytest

from conftest import join_page as page
from credit_parts import B1, B2, B3, H, RB1, RB2, RB3, RH
from generator.ingest.reader import parse_text


# --------------------------------------------------------------------------- headlines

@pytest.mark.parametrize("text", [
    # a one-word section label above the headline, a weekday date line under it
    page("Defense", H, "Thursday, 14 March 2024", B1, B2, B3),
    page("Defence", H, "Thursday, March 14, 2024 - 10:25", B1, B2, B3),
    # a breadcrumb that repeats the headline, then the headline on its own line
    page("You are here: Home / Industry / " + H, H, "14 March 2024", B1, B2, B3),
    # a ministry's site: its name, a language menu, a font-size widget
    page("Ministry of Defence - Mongolia", "MN | EN | RU", "A- A A+", H, "14.03.2024", B1, B2, B3),
    # a short masthead as the very first line
    page("Gobi Wire", H, "14 March 2024", B1, B2, B3),
])
def test_headline_under_chrome(text):
    assert parse_text(text).title == H


def test_headline_with_an_abbreviation_under_a_masthead():
    h = "S.Korea, Mongolia sign defence cooperation roadmap"
    p = parse_text(page("Gobi Wire", h, "14 March 2024", B1, B2, B3))
    assert p.title == h


@pytest.mark.parametrize("stamp", ["17 апр. 2024, 15:47", "17 апр. 2024, 15:47\n\nПросмотров: 312"])
def test_russian_headline_over_a_short_stamp_and_a_counter(stamp):
    p = parse_text(page("Главная / Новости", RH, stamp, RB1, RB2, RB3))
    assert p.title == RH
    assert p.why.get("title", "").find("generated") < 0


# --------------------------------------------------------------------------- sources

def test_ministry_signoff_block_is_the_source_and_no_author():
    p = parse_text(page(H, "14 March 2024", B1, B2, B3, "Media Centre", "Ministry of Defence", "Mongolia"))
    assert p.source == "Ministry of Defence of Mongolia"
    assert p.author is None


def test_ministry_signoff_block_in_russian():
    p = parse_text(page(RH, "14.03.2024", RB1, RB2, RB3, "Пресс-служба", "Министерства обороны", "Туркменистана"))
    assert p.source == "Ministry of Defence of Turkmenistan"
    assert p.author is None


def test_source_abbreviation_resolves_to_the_masthead():
    p = parse_text(page("Khangai Defence Digest", H, "14 March 2024", B1, B2, B3, "Source: KDD / agencies"))
    assert p.source == "Khangai Defence Digest"


def test_source_line_drops_agencies():
    p = parse_text(page(H, "14 March 2024", B1, B2, B3, "Source: Gobi Wire / agencies"))
    assert p.source == "Gobi Wire"


def test_words_by_name_and_city():
    p = parse_text(page(H, "Words: Nomin Batbayar, Ulaanbaatar", "14 March 2024", B1, B2, B3))
    assert p.author == "Nomin Batbayar"
    assert p.source != "Ulaanbaatar"


def test_section_label_is_no_source_when_a_press_release_is_named():
    body = ("The army chiefs of Pakistan and Uzbekistan met in Rawalpindi on Monday to discuss training and "
            "counter-terrorism cooperation, according to a press release of the Inter-Services Public Relations "
            "Directorate (ISPR).")
    p = parse_text(page("National", "Army chiefs of Pakistan and Uzbekistan discuss training", "14 March 2024", body, B3))
    assert p.source in ("ISPR", "Inter-Services Public Relations")


def test_russian_masthead_with_tagline():
    p = parse_text(page("Талас-Инфо — новости Кыргызстана", RH, "14.03.2024", RB1, RB2, RB3))
    assert p.source == "Talas-Info"


def test_russian_republished_beats_masthead():
    p = parse_text(page("Талас-Инфо — новости Кыргызстана", RH, "14.03.2024", RB1, RB2, RB3,
                        "Материал впервые опубликован на сайте «Каспийский курьер»."))
    assert p.source == "Kaspiisky kuryer"  # round 17: transliterated again, as the corpus gold writes Russian outlets


@pytest.mark.parametrize("said", [
    "Об этом сообщает пресс-служба Министерства обороны Туркменистана.",
    "По информации пресс-службы Минобороны Туркменистана, переговоры прошли в дружественной атмосфере.",
])
def test_russian_press_service_of_a_ministry_beats_masthead(said):
    p = parse_text(page("Талас-Инфо — новости Кыргызстана", RH, "14.03.2024", RB1, said, RB2, RB3))
    assert p.source == "Ministry of Defence of Turkmenistan"


def test_masthead_in_capitals_transliterated_in_one_case():
    p = parse_text(page("ХОРЕЗМСКИЙ ВЕСТНИК", RH, "14.03.2024", RB1, RB2, RB3, "© ХОРЕЗМСКИЙ ВЕСТНИК, 2024"))
    assert p.source and p.source.replace("-", " ") in ("KHOREZMSKY VESTNIK", "Khorezmsky Vestnik")


def test_ministry_reported_on_its_website():
    body = ("Mongolia's defence minister and his Vietnamese counterpart signed a plan of military cooperation "
            "at talks in Hanoi on Thursday, the Vietnamese defence ministry reported on its website.")
    p = parse_text(page(H, "14 March 2024", body, B3))
    assert p.source == "Ministry of Defence of Vietnam"


# --------------------------------------------------------------------------- authors

@pytest.mark.parametrize("line, want", [
    ("By Bat-Erdene Gansukh", "Bat-Erdene Gansukh"),
    ("Interview by Nomin Batbayar", "Nomin Batbayar"),
    ("Tuvshin Enkhbold, Ulaanbaatar correspondent", "Tuvshin Enkhbold"),
    ("By Nomin Batbayar & Tuvshin Enkhbold", "Nomin Batbayar, Tuvshin Enkhbold"),
])
def test_byline_forms(line, want):
    p = parse_text(page(H, line, "14 March 2024", B1, B2, B3))
    assert p.author == want


def test_writer_and_editor_at_the_foot():
    p = parse_text(page(H, "14 March 2024", B1, B2, B3, "Writer: Nomin Batbayar | Editor: Tuvshin Enkhbold"))
    assert p.author == "Nomin Batbayar"


def test_two_outlets_after_a_dash_are_no_author():
    p = parse_text(page(H, "14 March 2024", B1, B2, B3, "— MNA/Gobi Morning"))
    assert p.author is None


@pytest.mark.parametrize("crumb", ["You are here: Home / Industry / ", "Вы здесь: Главная / Новости / "])
def test_breadcrumb_after_a_you_are_here_cue(crumb):
    h = "S.Korea, Mongolia sign defence roadmap"
    p = parse_text(page(crumb + h, h, "By Nomin Batbayar", B1, B2, B3))
    assert p.title == h


def test_ministry_site_name_with_a_language_menu_and_font_widget_is_no_headline():
    p = parse_text(page("Ministry of Defence - Mongolia", "Монгол | English | Русский", "A-  A  A+", "Home / News", H,
                        "Thursday, 14 March 2024", B1, B2, B3))
    assert p.title == H


def test_one_name_on_the_last_line_under_a_dated_related_list():
    p = parse_text(page(H, "14 March 2024", B1, B2, B3, "Related news", "Mongolian cadets visit Hanoi academy",
                        "12 March 2024", "Vietnam hosts regional medics course", "10 March 2024", "Nomin Batbayar"))
    assert p.author == "Nomin Batbayar"


def test_a_related_list_ending_in_a_title_names_no_author():
    p = parse_text(page(H, "14 March 2024", B1, B2, B3, "Related news", "Mongolian cadets visit Hanoi academy",
                        "12 March 2024", "Vietnam Hosts Medics"))
    assert p.author is None


def test_a_one_word_masthead_credited_again_by_its_address():
    p = parse_text(page("Herald", "EN | RU", H, "14 March 2024", B1, B2, B3, "Mongolia Herald - HERALD.mn HERALD.mn"))
    assert p.source == "HERALD.mn"


def test_a_name_after_a_verb_of_telling_stops_before_a_one_letter_word():
    p = parse_text(page(RH, "14.03.2024", RB1 + " Об этом сообщает Каспий Информ В ходе встречи стороны обсудили учения.", RB2))
    assert p.source == "Kaspy Inform"


def test_an_unplaced_ministry_is_the_one_of_the_dateline_city():
    body = ("Ulaanbaatar, March 14 The defence minister of Mongolia held talks with his Vietnamese counterpart in Hanoi "
            "on Thursday.")
    p = parse_text(page(H, body, "The Ministry of Defence said that the two sides signed a training plan.", B3))
    assert p.source == "Ministry of Defence of Mongolia"


@pytest.mark.parametrize("label", ["National | 14 March 2024", "Defence | 14.03.2024"])
def test_a_section_label_beside_the_date_is_no_source(label):
    p = parse_text(page(H, label, B1, B2, B3))
    assert p.source is None


def test_a_section_label_beside_the_date_gives_way_to_a_press_release():
    body = ("The army chiefs of Pakistan and Uzbekistan met in Rawalpindi on Monday to discuss training and "
            "counter-terrorism cooperation, according to a press release of the Inter-Services Public Relations "
            "Directorate (ISPR).")
    p = parse_text(page("Army chiefs of Pakistan and Uzbekistan discuss training", "National | 14 March 2024", body, B3))
    assert p.source == "ISPR"


SH = "Шойгу и Гасанов обсудили военное сотрудничество"


@pytest.mark.parametrize("top", [("Главная", "Новости", "Политика"), ("Нарын-Инфо", "Курсы валют: USD 87,45")])
def test_a_headline_over_a_timestamp_and_a_counter_the_lead_does_not_restate(top):
    p = parse_text(page(*top, SH, "17 апр. 2024, 15:47", "Просмотров: 312", RB1, RB2, RB3))
    assert p.title == SH


"""Round 9 (issue 11): the page date, the headline and the page chrome on the kinds of page the
held-out sets still got wrong. Every page here is written for this test (our own sentences, invented
sites), in English and Russian; each test names a mechanism, not a page:

- a site clock worded 'today' ('Сегодня, 27 ноября, 10:00', 'Today, 27 November') never dates a page;
- a date over the site's menu is the site's day when the article prints its own stamp at its foot;
- a dateline's day and month never take a year that belongs to something else ('до 2030 года', 'by
  2030', a programme for 2025-2030): then the page is undated;
- 'in late February 2024' as the only date gives the month, not just the year.
"""
from __future__ import annotations

import re

import pytest

from generator.ingest.draft import is_page_chrome
from generator.ingest.reader import parse_text
from generator.model import PartialDate
from generator.text.dates import months_of_year


def page(*parts: str) -> str:
    return "\n\n".join(parts) + "\n"


def _event_date(tmp_path, text: str) -> str | None:
    from generator.quality.explain import explain

    f = tmp_path / "page.txt"
    f.write_text(text, encoding="utf-8")
    m = re.search(r"^\s*event_date\s+'?([\d-]+|None)'?", explain(f), re.M)
    return None if m is None or m.group(1) == "None" else m.group(1)


# --------------------------------------------------------------------------- the site's clock

@pytest.mark.parametrize("line, clock", [
    ("Сегодня, 27 ноября, 10:00", True),
    ("Today, 27 November", True),
    ("Today is Monday, November 27", True),
    ("Сегодня: 27.11.2024", True),
    ("Сегодня 27 ноября 2024 г.", True),
    ("Today Monday 27 November 10:00", True),
    # a relative stamp with the article's own date after it is no clock
    ("Today, 10:15 | 15.04.2023", False),
    ("Today, 10:15", False),
    # sentences that start with 'today'
    ("Today, defence ministers met in Riga", False),
    ("Today, May 5 ministers met", False),
    ("Сегодня 5 министров обороны встретились", False),
])
def test_a_clock_worded_today_is_page_chrome(line, clock):
    assert is_page_chrome(line) is clock


RU_MED = ("В Астане подвели итоги встречи начальников военно-медицинских служб двух стран, состоявшейся "
          "22 ноября 2023 года в Ташкенте.")
RU_MED2 = "Стороны обсудили подготовку военных врачей и совместные учения медицинских подразделений."
EN_MED = ("Astana summed up the meeting of the heads of the military medical services of the two countries, "
          "held on 22 November 2023 in Tashkent.")
EN_MED2 = "The sides discussed the training of military doctors and joint exercises of medical units."


@pytest.mark.parametrize("masthead, clock, menu, head, b1, b2", [
    ("Министерство обороны Республики Казахстан", "Сегодня, 27 ноября, 10:00", "Главная   Новости   Пресс-центр",
     "Казахстанские и узбекские военные медики обменялись опытом", RU_MED, RU_MED2),
    ("Ministry of Defence of the Republic of Kazakhstan", "Today, 27 November, 10:00", "Home   News   Press centre",
     "Kazakh and Uzbek military medics exchange experience", EN_MED, EN_MED2),
    ("Ministry of Defence of the Republic of Kazakhstan", "Today, 27 November", "Home   News   Press centre",
     "Kazakh and Uzbek military medics exchange experience", EN_MED, EN_MED2),
])
def test_a_today_clock_dates_nothing_and_hides_no_headline(masthead, clock, menu, head, b1, b2):
    p = parse_text(page(masthead, clock, menu, head, b1, b2))
    assert p.title == head
    assert p.date == PartialDate(2023, 11, 22), p.why.get("date")


# --------------------------------------------------------------------------- a stamp at the foot

RU_FOOT_HEAD = "Министр обороны Беларуси встретился с военным атташе Вьетнама"
RU_FOOT = page(
    "18 октября в Минобороны состоялась встреча министра обороны Республики Беларусь с военным атташе "
    "Социалистической Республики Вьетнам при посольстве в Минске.",
    "Стороны обсудили ход выполнения плана двустороннего военного сотрудничества и подготовку военных кадров.",
    "По итогам встречи стороны договорились продолжить консультации в следующем году.",
    "19.10.2023", "Поделиться: ВКонтакте Telegram", "Все новости")
EN_FOOT_HEAD = "Belarusian defence minister meets the military attache of Vietnam"
EN_FOOT = page(
    "On 18 October the Ministry of Defence hosted a meeting of the Minister of Defence of the Republic of Belarus "
    "with the military attache of Vietnam.",
    "The sides discussed the plan of bilateral military cooperation and the training of officers.",
    "The sides agreed to continue consultations next year.",
    "19.10.2023", "Share: Facebook Telegram", "All news")


@pytest.mark.parametrize("top", [
    "", "Понедельник, 27 ноября 2024", "27 ноября 2024, понедельник", "Сегодня: 27.11.2024", "21 ноября 2023 10:05",
    "Вт, 21.11.2023 10:05", "Сегодня, 21 ноября, 10:05", "10:05 27.11.2024",
])
def test_a_stamp_at_the_foot_dates_a_ministry_page_over_its_masthead_day(top):
    head = page("Министерство обороны Республики Беларусь", *([top] if top else []),
                "Главная | Новости | Международное сотрудничество", RU_FOOT_HEAD)
    p = parse_text(head + "\n" + RU_FOOT)
    assert p.title == RU_FOOT_HEAD
    assert p.date == PartialDate(2023, 10, 19), p.why.get("date")


def test_a_stamp_at_the_foot_dates_an_english_ministry_page():
    text = page("Ministry of Defence of the Republic of Belarus", "Tuesday, 21 November 2024",
                "Home | News | International cooperation", EN_FOOT_HEAD) + "\n" + EN_FOOT
    p = parse_text(text)
    assert (p.title, p.date) == (EN_FOOT_HEAD, PartialDate(2023, 10, 19)), p.why.get("date")


@pytest.mark.parametrize("masthead, top, menu, head, body", [
    ("Министерство обороны Республики Беларусь", "Понедельник, 27 ноября 2024",
     "Главная | Новости | Международное сотрудничество", RU_FOOT_HEAD, RU_FOOT),
    ("Ministry of Defence of the Republic of Belarus", "Tuesday, 21 November 2024",
     "Home | News | International cooperation", EN_FOOT_HEAD, EN_FOOT),
])
def test_the_meeting_takes_its_year_from_the_foot_stamp(masthead, top, menu, head, body, tmp_path):
    text = page(masthead, top, menu, head) + "\n" + body
    assert _event_date(tmp_path, text) == "2023-10-18"


@pytest.mark.parametrize("tail", ["Поделиться: ВКонтакте Telegram", "Share this article: Facebook X", "Все новости",
                                  "All news", "Back to news", "Назад к списку новостей"])
def test_share_bars_and_news_list_links_are_no_text(tail):
    p = parse_text(page(EN_FOOT_HEAD, "12 March 2024", EN_MED, EN_MED2, tail))
    assert tail not in p.body


def test_a_date_above_the_menu_still_dates_a_page_with_no_foot_stamp():
    p = parse_text(page("Ministry of Defence of the Republic of Belarus", "Tuesday, 21 November 2023",
                        "Home | News | International cooperation", EN_FOOT_HEAD,
                        "The Minister of Defence met the military attache of Vietnam at the ministry.",
                        "The sides discussed the training of officers."))
    assert p.date == PartialDate(2023, 11, 21), p.why.get("date")


# --------------------------------------------------------------------------- a dateline without a year

@pytest.mark.parametrize("text", [
    page("Министры обороны Киргизии и Таджикистана обсудили охрану границы",
         "Москва. 14 февраля. ИНФОРМ-ЦЕНТР - Министры обороны Киргизии и Таджикистана провели переговоры в "
         "Бишкеке и обсудили совместную охрану границы.",
         "Стороны договорились разработать программу военного сотрудничества до 2030 года.",
         "Следующая встреча министров запланирована в Душанбе."),
    page("Kyrgyz and Tajik defence ministers discuss border security",
         "BISHKEK, February 14 (Inform Centre) - The defence ministers of Kyrgyzstan and Tajikistan held talks "
         "in Bishkek and discussed joint protection of the border.",
         "The sides agreed to draft a programme of military cooperation for 2025-2030 and to double cadet "
         "exchanges by 2030.",
         "The next meeting of the ministers is planned in Dushanbe."),
    page("Kyrgyz and Tajik defence ministers discuss border security",
         "BISHKEK, February 14 (Inform Centre) - The defence ministers of Kyrgyzstan and Tajikistan held talks "
         "in Bishkek and discussed joint protection of the border.",
         "The new border posts could be ready in 2027, the ministers said."),
])
def test_a_dateline_without_a_year_borrows_no_year_of_another_thing(text):
    p = parse_text(text)
    assert p.date is None, (p.date, p.why.get("date"))


@pytest.mark.parametrize("text, expected", [
    # the single year a plan is drawn up for is the year the text is in
    (page("Министры обороны России и Пакистана обсудили сотрудничество",
          "МОСКВА, 4 апр - Сегодня. На 2018 год намечена насыщенная совместная программа, сообщил министр обороны "
          "в ходе встречи с коллегой из Пакистана.",
          "Стороны обсудили подготовку офицеров."), PartialDate(2018, 4, 4)),
    # a year of the meeting itself
    (page("Kyrgyz and Tajik defence ministers discuss border security",
          "BISHKEK, February 14 (Inform Centre) - The defence ministers of Kyrgyzstan and Tajikistan held talks "
          "in Bishkek and discussed joint protection of the border.",
          "It was their second meeting in 2024, and they plan to finish the new posts by 2030."), PartialDate(2024, 2, 14)),
])
def test_a_dateline_takes_the_year_the_text_is_in(text, expected):
    p = parse_text(text)
    assert p.date == expected, p.why.get("date")


# --------------------------------------------------------------------------- month precision

@pytest.mark.parametrize("phrase, expected", [
    ("met in Tbilisi in late February 2024 to discuss", PartialDate(2024, 2)),
    ("встретились в Тбилиси в начале марта 2024 года", PartialDate(2024, 3)),
    ("in mid-March 2024", PartialDate(2024, 3)),
    ("в конце февраля 2024 г.", PartialDate(2024, 2)),
    ("в феврале 2024 года", PartialDate(2024, 2)),
    ("in May 2024", PartialDate(2024, 5)),
    ("on 12 March 2024", None),
    ("in 2024", None),
])
def test_months_of_year(phrase, expected):
    got = months_of_year(phrase)
    assert (got[0][0] if got else None) == expected


@pytest.mark.parametrize("head, lead, expected", [
    ("Georgian and Azerbaijani defence chiefs meet in Tbilisi",
     "The defence ministers of Georgia and Azerbaijan met in Tbilisi in late February 2024 to discuss joint "
     "exercises and the training of mountain troops.", PartialDate(2024, 2)),
    ("Georgian and Azerbaijani defence chiefs meet in Tbilisi",
     "The defence ministers of Georgia and Azerbaijan held talks in Tbilisi in early March 2024 on joint "
     "exercises.", PartialDate(2024, 3)),
    ("Министры обороны Грузии и Азербайджана встретились в Тбилиси",
     "Министры обороны Грузии и Азербайджана встретились в Тбилиси в начале марта 2024 года и обсудили "
     "совместные учения.", PartialDate(2024, 3)),
    ("Министры обороны Грузии и Азербайджана встретились в Тбилиси",
     "Министры обороны Грузии и Азербайджана провели переговоры в Тбилиси в конце февраля 2024 года.",
     PartialDate(2024, 2)),
    # two months of the year named: only the year is sure
    ("Georgian and Azerbaijani defence chiefs meet in Tbilisi",
     "The defence ministers of Georgia and Azerbaijan met in Tbilisi in late February 2024, after talks "
     "held in Baku in January 2024.", PartialDate(2024)),
])
def test_a_month_and_year_as_the_only_date_give_the_month(head, lead, expected):
    p = parse_text(page(head, lead, "The two ministers also discussed the repair of helicopters."
                        if head[0] < "А" else "Министры также обсудили ремонт вертолетов."))
    assert p.date == expected, p.why.get("date")


# --------------------------------------------------------------------------- headline and chrome

EN_H = "Estonian and Finnish navies sign mine clearance accord"
EN_L = ("The navies of Estonia and Finland signed an agreement in Tallinn on Wednesday to clear old sea mines "
        "together in the Gulf of Finland.")
EN_L2 = "The two commanders said the first joint clearance would start in the summer."
RU_H = "Министр обороны России провел переговоры с министром обороны Лаоса"
RU_L = ("Министр обороны Российской Федерации провел в Москве переговоры с министром национальной обороны "
        "Лаосской Народно-Демократической Республики 17 ноября 2023 года.")
RU_L2 = "Стороны обсудили подготовку военных кадров и совместные учения."


@pytest.mark.parametrize("byline, stamp", [
    ("By Anna Kowalska and Tomas Petraitis", "12 March 2024 14:05 CET"),
    ("Anna Kowalska, Tomas Petraitis", "Tue 12 Mar 2024 13:05 GMT"),
])
def test_a_headline_over_two_authors_and_a_zoned_stamp(byline, stamp):
    p = parse_text(page("Home   World   Europe   Defence", EN_H, byline, stamp, EN_L, EN_L2))
    assert (p.title, p.date) == (EN_H, PartialDate(2024, 3, 12))
    assert "Kowalska" in (p.author or "") and "Petraitis" in (p.author or "")


@pytest.mark.parametrize("masthead", [
    "Министерство обороны Российской Федерации (Минобороны России)",
    "Министерство обороны\nРоссийской Федерации (Минобороны России)",
    "МИНИСТЕРСТВО ОБОРОНЫ\nРОССИЙСКОЙ ФЕДЕРАЦИИ",
])
@pytest.mark.parametrize("clock", ["Пн, 20.11.2023 10:05", "Сегодня, 20 ноября, 10:05"])
def test_a_ministry_masthead_is_no_headline(masthead, clock):
    p = parse_text(page(masthead, "Новости   Документы   Структура   Контакты", clock, RU_H, RU_L, RU_L2))
    assert p.title == RU_H
    assert p.source == "Ministry of Defence of Russia", p.why.get("source")


@pytest.mark.parametrize("crumb, head, lead, lead2", [
    ("Главная / Новости / Политика", "Военные Эстонии и Финляндии договорились о разминировании",
     "Военно-морские силы Эстонии и Финляндии подписали в Таллине соглашение о совместном разминировании Финского залива.",
     "Первая совместная операция запланирована на лето."),
    ("Home > News > World", EN_H, EN_L, EN_L2),
    ("Home / News / Defence / Navy", EN_H, EN_L, EN_L2),
])
def test_a_breadcrumb_of_sections_is_no_headline_and_no_agency(crumb, head, lead, lead2):
    p = parse_text(page(crumb, head, "15.05.2024", lead, lead2))
    assert p.title == head
    assert p.source is None, p.why.get("source")


def test_a_breadcrumb_that_ends_in_the_headline_still_gives_it():
    p = parse_text(page(f"Home » Defence » {EN_H}", "15.05.2024", EN_L, EN_L2))
    assert p.title == EN_H


COOKIE_EN = ("This site uses cookies to improve your experience. By continuing to browse you agree to our use of "
             "cookies. Accept")
COOKIE_RU = "Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с их использованием. Принять"


@pytest.mark.parametrize("cookie, menu, head, stamp, lead, wall", [
    (COOKIE_EN, "Home   Politics   Defence   World", EN_H, "15 May 2024", EN_L,
     ("Subscribe to continue reading", "This article is for subscribers only.")),
    (COOKIE_EN, "Home   Politics   Defence   World", EN_H, "15 May 2024", EN_L,
     ("Already a subscriber? Log in", "To continue reading, please log in")),
    (COOKIE_RU, "Главная   Политика   Оборона   В мире", RU_H, "15.05.2024", RU_L,
     ("Чтобы продолжить чтение, оформите подписку", "Материал доступен только подписчикам")),
    (COOKIE_RU, "Главная   Политика   Оборона   В мире", RU_H, "15 мая 2024", RU_L,
     ("Только для подписчиков",)),
])
def test_a_cookie_banner_and_a_paywall_are_no_text(cookie, menu, head, stamp, lead, wall):
    p = parse_text(page(cookie, menu, head, stamp, lead, *wall))
    assert (p.title, p.date) == (head, PartialDate(2024, 5, 15))
    for line in wall:
        assert line not in p.body
    assert "cookie" not in p.body


@pytest.mark.parametrize("slug", ["UPDATE 2-", "UPDATE 1-", "WRAPUP 1-", "REFILE-", "CORRECTED-", "UPDATE 3 - "])
def test_a_wire_version_mark_is_no_part_of_the_headline(slug):
    p = parse_text(page(slug + EN_H, "15 May 2024 10:20 GMT", "TALLINN, May 15 (Baltic Wire) - " + EN_L, EN_L2))
    assert p.title == EN_H


def test_a_headline_that_starts_with_update_keeps_it():
    head = "Update on the joint mine clearance of the Gulf of Finland"
    p = parse_text(page(head, "15 May 2024", EN_L, EN_L2))
    assert p.title == head


def test_a_wire_page_with_a_latest_news_column_and_a_summary_box():
    p = parse_text(page("LATEST NEWS", "12 May 2024\nArmy chiefs meet in Riga", "13 May 2024\nNavy cadets visit Gdansk",
                        "UPDATE 2-" + EN_H, "15 May 2024 10:20 GMT",
                        "Summary\n* Accord covers the Gulf of Finland\n* First joint clearance planned for summer",
                        "TALLINN, May 15 (Baltic Wire) - " + EN_L, EN_L2, "The next meeting is planned in Helsinki."))
    assert (p.title, p.date, p.source) == (EN_H, PartialDate(2024, 5, 15), "Baltic Wire"), p.why.get("date")
    assert "Accord covers" not in p.body and p.body.lstrip().startswith("TALLINN")


@pytest.mark.parametrize("head, items", [
    ("Summary", "* Accord covers the Gulf of Finland\n* First joint clearance planned for summer"),
    ("Главное", "— Соглашение охватывает Финский залив\n— Первая операция намечена на лето"),
])
def test_a_summary_box_above_the_story_is_no_text(head, items):
    p = parse_text(page(EN_H, "15 May 2024", head + "\n" + items, EN_L, EN_L2))
    assert p.body.lstrip().startswith("The navies")


def test_a_list_inside_the_text_after_a_summary_word_stays():
    body = page(EN_L, "In summary, the accord sets out:", "* joint clearance teams", "* shared charts of old minefields", EN_L2)
    p = parse_text(page(EN_H, "15 May 2024") + "\n" + body)
    assert "joint clearance teams" in p.body


@pytest.mark.parametrize("agency, source", [("ТАСС", "TASS"), ("Интерфакс", "Interfax")])
def test_an_agency_name_alone_under_the_headline_is_no_paragraph(agency, source):
    p = parse_text(page(RU_H, agency, "Москва, 17 ноября 2023", RU_L, RU_L2))
    assert p.body.lstrip().startswith("Министр обороны Российской Федерации")
    assert p.source == source, p.why.get("source")
    assert p.author is None


def _ministry_html(title: str, footer: str) -> str:
    para = ("<p>The Minister of Defence of Mongolia received his Kyrgyz counterpart in Ulaanbaatar on Wednesday and "
            "the two ministers signed a plan on military education for the next three years.</p>"
            "<p>The plan covers the training of cadets at the academies of both countries and joint mountain "
            "exercises, the ministry said after the talks.</p>")
    return (f"<html lang='en'><head><title>{title}</title>"
            "<meta property='og:title' content='Mongolia and Kyrgyzstan sign plan on military education'></head>"
            f"<body><article><h1>Mongolia and Kyrgyzstan sign plan on military education</h1>{para}</article>"
            f"<footer><p>{footer}</p></footer></body></html>")


@pytest.mark.parametrize("title, footer", [
    ("Mongolia and Kyrgyzstan sign plan on military education | Ministry of Defence of Mongolia", "Contacts"),
    ("Mongolia and Kyrgyzstan sign plan on military education", "© 2025 Ministry of Defence of Mongolia. All rights reserved."),
])
def test_a_saved_ministry_page_names_its_owner_in_title_or_footer(title, footer):
    from generator.ingest.htmlpage import parse_html

    p = parse_html(_ministry_html(title, footer))
    assert p.source == "Ministry of Defence of Mongolia"


def test_an_outlets_footer_names_no_ministry():
    from generator.ingest.htmlpage import parse_html

    p = parse_html(_ministry_html("Mongolia and Kyrgyzstan sign plan on military education", "© 2025 Steppe Wire Media"))
    assert p.source != "Ministry of Defence of Mongolia"


@pytest.mark.parametrize("text, head, day", [
    # title over date, the pairs running into the article's own headline and date
    (page("ПОСЛЕДНИЕ НОВОСТИ", "Курсанты ВМС Узбекистана посетили верфь в Баку\n12 мая 2024, 10:15",
          "ВВС Казахстана получили два транспортных самолета\n13 мая 2024, 18:40",
          "Военные Эстонии и Финляндии договорились о разминировании", "15 мая 2024, 09:20",
          "Военно-морские силы Эстонии и Финляндии подписали в Таллине соглашение о совместном разминировании "
          "Финского залива.", "Первая совместная операция запланирована на лето, сообщили в штабе."),
     "Военные Эстонии и Финляндии договорились о разминировании", PartialDate(2024, 5, 15)),
    # a column, then the headline with a byline and a zoned stamp
    (page("LATEST NEWS\nUzbek navy cadets visit Baku shipyard\nMay 12, 2024\nKazakh air force receives two transport "
          "aircraft\nMay 13, 2024", EN_H, "By Marta Kask", "May 15, 2024 09:20 CET", EN_L, EN_L2),
     EN_H, PartialDate(2024, 5, 15)),
])
def test_a_latest_news_column_above_the_article(text, head, day):
    p = parse_text(text)
    assert (p.title, p.date) == (head, day), p.why.get("date")
    assert "Курсанты" not in p.body and "Uzbek navy" not in p.body

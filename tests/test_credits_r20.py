"""Round 20: who published the page and who wrote it. A social post's credit ('via X Eng. service'), its account, never
the platform or its buttons; a community's export; a place after a footer's '©'; a feed's channel title and its item's
creator; a Latin name beside a Cyrillic masthead; 'Paper / Agency' under the headline; a forum's repost credit, never its
software; a government's letterhead over its defence portfolio; a desk is no author; a live blog entry's sign-off.

Every page here is written for this test (invented outlets under .example or invented names, our own sentences; real
officials' names only)."""
from __future__ import annotations

import pytest

from conftest import join_page as page
from generator.ingest.bylines import newsroom_credit
from generator.ingest.draft import copyright_owner, is_seat
from generator.ingest.pagesite import feed_author, feed_channel
from generator.ingest.reader import parse_text
from generator.ingest.sources import latin_twin, platform_or_ui


def _lines(*lines: str) -> str:  # a saved page's shape: no blank lines between its lines
    return "\n".join(lines) + "\n"


H_EN = "Azerbaijan and Turkey expand officer training"
EN = ("Defence Minister Zakir Hasanov met the visiting Turkish delegation in Baku on Tuesday to discuss military "
      "training and the exchange of instructors.",
      "Hasanov said the two countries had already trained more than forty officers together since 2019 and would "
      "double that number.",
      "The sides agreed to hold a joint staff exercise in the autumn and to expand officer education programmes.")
H_RU = "Таджикистан и Казахстан расширят подготовку офицеров"
RU = ("Министр обороны Таджикистана Собиржон Атоулло во вторник принял в Душанбе делегацию Казахстана и обсудил с ней "
      "военное образование.",
      "Атоулло отметил, что с 2019 года две страны уже подготовили вместе более сорока офицеров и намерены удвоить это число.",
      "Стороны договорились провести совместное штабное учение осенью и расширить программы подготовки офицеров.")

X_TOP = ("Post", "See new posts", "Conversation")
X_FOOT = ("4:37 PM · Nov 12, 2025 · 18.4K Views", "12", "Reposts", "40", "Quotes", "300", "Likes", "Trends for you",
          "© 2025 X Corp.")


# --------------------------------------------------------------------------- 1. social post exports

@pytest.mark.parametrize("credit, want", [
    ("(via Trend Eng. service / photos: MSB)", "Trend"),
    ("(via Caspian Courier English service)", "Caspian Courier"),
    ("via Steppe Wire", "Steppe Wire"),
])
def test_a_posts_via_credit_names_the_agency_whose_copy_it_carries(credit, want):
    p = parse_text(_lines(*X_TOP, "Baku Monitor 🇦🇿", "@bakumonitor", "·", "Follow", EN[0], EN[1], credit, *X_FOOT))
    assert p.source == want, p.why.get("source")


@pytest.mark.parametrize("account, want", [
    (("Baku Monitor 🇦🇿 @bakumonitor · Follow",), "Baku Monitor"),
    (("Baku Monitor ✔", "@bakumonitor"), "Baku Monitor"),
])
def test_with_no_credit_the_account_that_posted_is_the_publisher_never_the_platform(account, want):
    p = parse_text(_lines(*X_TOP, *account, EN[0] + " " + EN[1], *X_FOOT))
    assert p.source == want, p.why.get("source")
    assert p.source not in ("Post", "X Corp", "X")


def test_a_via_credit_closing_the_posts_paragraph():
    p = parse_text(_lines(*X_TOP, "Baku Monitor 🇦🇿 @bakumonitor · Follow", EN[0] + " " + EN[1] + " (via Report Eng. service)",
                          *X_FOOT))
    assert p.source == "Report", p.why.get("source")


def test_via_inside_a_sentence_is_no_credit():  # must not fire
    p = parse_text(_lines(*X_TOP, "Baku Monitor 🇦🇿 @bakumonitor · Follow",
                          EN[0] + " The delegation flew home via Istanbul Airport on Wednesday.", *X_FOOT))
    assert p.source == "Baku Monitor", p.why.get("source")


def test_a_persons_account_with_no_credit_is_its_display_name():
    p = parse_text(_lines(*X_TOP, "Hikmat Hajiyev", "@HikmetHajiyev", "Follow", EN[0] + " " + EN[1], *X_FOOT))
    assert p.source == "Hikmat Hajiyev", p.why.get("source")


@pytest.mark.parametrize("line", ["Anna Belova @annabelova", "Follow us @caspianwire", "Caspian Wire @caspianwire · Follow"])
def test_a_handle_on_a_news_page_is_no_account(line):  # must not fire: no network's buttons on the page
    p = parse_text(page("Mediterranean Ledger", "Home", "Subscribe", H_EN, line, "12 November 2025", *EN,
                        "© 2025 Mediterranean Ledger"))
    assert p.source == "Mediterranean Ledger", p.why.get("source")


def test_a_person_via_credit_names_no_agency():  # must not fire: 'via' a person
    p = parse_text(_lines(*X_TOP, "Baku Monitor 🇦🇿 @bakumonitor · Follow", EN[0], EN[1], "(via Anna Belova)", *X_FOOT))
    assert p.source == "Baku Monitor", p.why.get("source")


@pytest.mark.parametrize("name, yes", [
    ("Post", True), ("Follow", True), ("Reposts", True), ("See new posts", True), ("Показать ещё", True),
    ("X Corp.", True), ("ВКонтакте", True), ("Telegram", True),
    ("Baku Post", False), ("Steppe Wire", False), ("Вести Памира", False),
])
def test_a_platform_and_its_buttons_are_never_a_source(name, yes):
    assert platform_or_ui(name) is yes


VK_TOP = ("ВКонтакте", "Военный вестник Памира | новости армии и флота", "Сообщество · 48 312 подписчиков",
          "12 ноя 2025 в 14:05")


@pytest.mark.parametrize("close", ["По информации пресс-центра Минобороны РТ.",
                                   "Об этом сообщили по данным пресс-службы Минобороны Таджикистана."])
def test_a_communitys_export_is_published_by_the_community_a_closing_fact_attribution_is_no_copy_credit(close):
    p = parse_text(_lines(*VK_TOP, *RU, close, "Нравится 120", "Поделиться", "Показать ещё"))
    assert p.source == "Voenny vestnik Pamira", p.why.get("source")


def test_a_communitys_export_whose_closing_line_credits_the_copy_keeps_the_office():  # contrast: 'По материалам'
    p = parse_text(_lines(*VK_TOP, *RU, "По материалам пресс-службы Минобороны РТ.", "Нравится 120", "Поделиться"))
    assert p.source == "Ministry of Defence of Tajikistan", p.why.get("source")


# --------------------------------------------------------------------------- 2. a footer with a city

@pytest.mark.parametrize("line, want", [
    ("Silk Road Times © 2025. Tashkent, Uzbekistan.", "Silk Road Times"),
    ("Вести Памира © 2025. Душанбе, Таджикистан.", "Вести Памира"),
    ("© 2025 Silk Road Times. Tashkent, Uzbekistan", "Silk Road Times"),
    ("© 2025. Tashkent, Uzbekistan.", None),  # a seat alone names no owner
    ("Tashkent Post © 2025", "Tashkent Post"),  # must not fire: a city in the outlet's name
    ("© 2025 Silk Road Times, Tashkent, Uzbekistan. All rights reserved.", "Silk Road Times"),
    ("© 2025 Ташкентские новости, Ташкент", "Ташкентские новости"),
    ("© 2025 Steppe Courier, LLC", "Steppe Courier, LLC"),  # must not fire: a legal form after the comma
])
def test_a_place_after_the_copyright_is_the_seat_never_the_name(line, want):
    assert copyright_owner(line) == want


@pytest.mark.parametrize("t, yes", [("Tashkent, Uzbekistan", True), ("Душанбе", True), ("Baku, Azerbaijan.", True),
                                    ("Silk Road Times", False), ("Caspian Media Group", False)])
def test_a_seat_is_a_city_or_a_state_and_nothing_else(t, yes):
    assert is_seat(t) is yes


@pytest.mark.parametrize("mast, menu, head, date, text, foot, want", [
    ("SILK ROAD TIMES", "Home | Politics | Defence | World", H_EN, "12 November 2025", EN,
     "Silk Road Times © 2025. Tashkent, Uzbekistan.", "Silk Road Times"),
    ("ВЕСТИ ПАМИРА", "Главная | Политика | Армия", H_RU, "12 ноября 2025", RU,
     "Вести Памира © 2025. Душанбе, Таджикистан.", "Vesti Pamira"),
])
def test_a_page_whose_footer_names_its_city_keeps_the_outlet(mast, menu, head, date, text, foot, want):
    p = parse_text(page(mast, menu, head, date, *text, foot))
    assert p.source == want, p.why.get("source")


# --------------------------------------------------------------------------- 3. feed dumps

RSS = ('<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "<channel>",
       "<title>Steppe Ledger — Defence</title>", "<link>https://steppeledger.example/defence</link>",
       "<description>Defence news</description>", "<item>", f"<title>{H_EN}</title>",
       "<link>https://steppeledger.example/defence/1</link>", "<pubDate>Wed, 12 Nov 2025 10:00:00 +0000</pubDate>",
       "<dc:creator><![CDATA[Anna Belova]]></dc:creator>", "<description>" + " ".join(EN) + "</description>", "</item>",
       "</channel>", "</rss>")


def test_a_feeds_channel_title_names_the_outlet_and_its_creator_the_author():
    assert feed_channel(list(RSS)) == ("Steppe Ledger", 4)
    assert feed_author(list(RSS)) == ("Anna Belova", 11)
    p = parse_text(_lines(*RSS))
    assert (p.source, p.author) == ("Steppe Ledger", "Anna Belova"), (p.why.get("source"), p.why.get("author"))


def test_a_feed_written_as_keys():
    lines = ["title: Степной вестник — Новости", "link: https://stepvestnik.example", "items:", f"- title: {H_RU}",
             "  published: 2025-11-12T10:00:00Z", "  author: Анна Белова", "  summary: " + " ".join(RU)]
    assert feed_channel(lines) == ("Степной вестник", 1)
    assert feed_author(lines) == ("Анна Белова", 6)


def test_a_json_feed():
    lines = ["{", '  "version": "https://jsonfeed.org/version/1.1",', '  "title": "Steppe Ledger | Defence",',
             '  "home_page_url": "https://steppeledger.example/",', '  "items": [', "    {", '      "id": "1",',
             f'      "title": "{H_EN}",', '      "author": {"name": "Anna Belova"},', f'      "content_text": "{EN[0]}"',
             "    }", "  ]", "}"]
    assert feed_channel(lines) == ("Steppe Ledger", 3)
    assert feed_author(lines) == ("Anna Belova", 9)


@pytest.mark.parametrize("title", ["<title>Latest news</title>", "<title>RSS</title>", "<title>Новости</title>"])
def test_a_channel_title_of_a_kind_names_no_outlet(title):  # must not fire
    assert feed_channel(['<?xml version="1.0"?>', "<rss>", "<channel>", title, "<item>", f"<title>{H_EN}</title>"]) == (None, None)


def test_a_page_that_is_no_feed_has_no_channel():  # must not fire: a page whose first line is 'title: …'
    lines = ["title: Steppe Ledger", H_EN, *EN]
    assert feed_channel(lines) == (None, None) and feed_author(lines) == (None, None)


def test_a_feeds_desk_creator_is_no_author():
    lines = [l.replace("Anna Belova", "Steppe Ledger Staff") for l in RSS]
    p = parse_text(_lines(*lines))
    assert p.author is None, p.why.get("author")


# --------------------------------------------------------------------------- 4. bilingual mastheads

def test_a_cyrillic_outlet_takes_the_latin_name_its_masthead_prints_beside_it():
    p = parse_text(page("ИНДОКИТАЙ СЕГОДНЯ | Indochina Today", "Главная | Политика | Армия", H_RU, "12 ноября 2025", *RU,
                        "© 2025 Индокитай сегодня"))
    assert p.source == "Indochina Today", p.why.get("source")


@pytest.mark.parametrize("lines, want", [
    (["ИНДОКИТАЙ СЕГОДНЯ | Indochina Today"], "Indochina Today"),
    (["Indochina Today — Индокитай сегодня"], "Indochina Today"),
    (["Индокитай сегодня | Рус | Eng"], None),  # a language switcher
    (["Индокитай сегодня | Politics"], None),  # a section
    (["Вести Памира | Indochina Today"], None),  # another outlet's line
    (["ИНДОКИТАЙ СЕГОДНЯ", "Indochina Today", "Главная | Политика"], "Indochina Today"),
    (["Индокитай сегодня", "Home", "News"], None),  # a menu word under it
])
def test_latin_twin(lines, want):
    assert latin_twin("Индокитай сегодня", lines) == want


def test_an_outlet_known_only_in_cyrillic_keeps_the_transliteration():  # must not fire
    p = parse_text(page("ВЕСТИ ПАМИРА", "Главная | Политика | Армия", H_RU, "12 ноября 2025", *RU, "© 2025 Вести Памира"))
    assert p.source == "Vesti Pamira", p.why.get("source")


# --------------------------------------------------------------------------- 5. 'Paper / Agency' under the headline

@pytest.mark.parametrize("credit, want", [
    ("Pohjolan Sanomat / Nordwire", "Nordwire"),
    ("POHJOLAN SANOMAT / Baltic Newswire", "Baltic Newswire"),
])
def test_paper_slash_agency_under_the_headline_names_the_agency(credit, want):
    p = parse_text(page("Pohjolan Sanomat", "Etusivu | Kotimaa | Ulkomaat", H_EN, credit, "Published 3.6.2025 15:07", *EN))
    assert p.source == want, p.why.get("source")


@pytest.mark.parametrize("credit", ["Photo: Lehtikuva / Heikki Saukkomaa", "Politics / Defence", "Helsinki / Tallinn",
                                    "Pohjolan Sanomat / Matti Virtanen"])
def test_a_photo_credit_or_a_section_pair_names_no_agency(credit):  # must not fire
    p = parse_text(page("Pohjolan Sanomat", "Etusivu | Kotimaa | Ulkomaat", H_EN, "Published 3.6.2025 15:07", credit, *EN,
                        "© Pohjolan Sanomat 2025"))
    assert p.source == "Pohjolan Sanomat", p.why.get("source")


# --------------------------------------------------------------------------- 6. forums

def test_a_forum_post_names_the_page_it_copied():
    p = parse_text(_lines("Military Forum", "Forums › Caucasus › Azerbaijan", H_EN, "Posted November 12, 2025",
                          "Found this on Mediterranean Ledger:", *EN, "Reply", "Powered by Invision Community"))
    assert p.source == "Mediterranean Ledger", p.why.get("source")


def test_a_russian_forum_post_names_the_page_it_copied_in_latin():
    p = parse_text(_lines("Форум Армия", "Форум › Кавказ", H_RU, "12 ноября 2025", "Копирую с «Еркрамас Медиа»:", *RU,
                          "Ответить", "Powered by phpBB © phpBB Limited"))
    assert p.source == "Yerkramas Media", p.why.get("source")


@pytest.mark.parametrize("quote", ["Originally Posted by Sergey_77", "Цитата: Иван Петров", "Originally Posted by Ivan Petrov"])
def test_a_quoted_member_names_no_source(quote):  # must not fire
    p = parse_text(_lines("Military Forum", "Forums › Caucasus", H_EN, "Posted November 12, 2025", quote, *EN, "Reply",
                          "Powered by phpBB® Forum Software © phpBB Limited"))
    assert p.source is None or "phpbb" not in p.source.casefold() and "Petrov" not in p.source, p.why.get("source")


def test_a_forums_software_is_never_a_source():
    p = parse_text(_lines("Military Forum", "Forums › Caucasus", H_EN, "Posted November 12, 2025", *EN, "Reply",
                          "Powered by phpBB® Forum Software © phpBB Limited", "vBulletin® v3.8.7, Copyright ©2000-2025"))
    assert p.source is None or not any(w in p.source.casefold() for w in ("phpbb", "vbulletin", "ipb")), p.why.get("source")


# --------------------------------------------------------------------------- 7. government letterheads

LH = ("Deputy Prime Minister Richard Marles met Japanese Defence Minister Gen Nakatani in Canberra on Tuesday to discuss "
      "training.", "The ministers agreed to expand joint exercises and exchanges of officers.",
      "They also signed a memorandum on logistics support.")


@pytest.mark.parametrize("top, want", [
    (("Australian Government", "Defence", "THE HON RICHARD MARLES MP", "DEPUTY PRIME MINISTER", "MINISTER FOR DEFENCE",
      "MEDIA RELEASE"), "Department of Defence of Australia"),
    (("Australian Government", "Department of Defence", "MEDIA RELEASE"), "Department of Defence of Australia"),
    (("Government of Ireland", "Defence", "Press Release"), "Department of Defence of Ireland"),
    (("Australian Government", "Department of Foreign Affairs and Trade", "MEDIA RELEASE"),
     "Department of Foreign Affairs and Trade of Australia"),  # another portfolio: that one
])
def test_a_governments_letterhead_over_its_defence_portfolio_is_that_department(top, want):
    p = parse_text(page(*top, "Australia and Japan deepen defence cooperation", "12 November 2025", *LH))
    assert p.source == want, p.why.get("source")


def test_a_letterhead_over_another_ministers_office_is_not_the_defence_department():  # must not fire
    p = parse_text(page("Australian Government", "THE HON PAT CONROY MP", "MINISTER FOR DEFENCE INDUSTRY", "MEDIA RELEASE",
                        "Australia and Japan deepen defence cooperation", "12 November 2025", *LH))
    assert p.source != "Department of Defence of Australia", p.why.get("source")


# --------------------------------------------------------------------------- 8. authors

@pytest.mark.parametrize("t, yes", [
    ("By Ledger Newsroom", True), ("Caspian Wire Staff", True), ("Newsroom", True), ("Web Desk", True),
    ("Редакция «Вести Памира»", True), ("Редакция сайта", True), ("By Staff", True),
    ("By Anna Belova", False), ("Anna Belova", False), ("Анна Белова", False),
])
def test_a_desk_is_no_author(t, yes):
    assert newsroom_credit(t) is yes


@pytest.mark.parametrize("mast, head, credit, date, text", [
    ("Mediterranean Ledger", H_EN, "By Ledger Newsroom", "12 November 2025", EN),
    ("Mediterranean Ledger", H_EN, "Web Desk", "12 November 2025", EN),
    ("Вести Памира", H_RU, "Редакция", "12 ноября 2025", RU),
    ("Вести Памира", H_RU, "Редакция «Вести Памира»", "12 ноября 2025", RU),
])
def test_a_desk_under_the_headline_gives_no_author(mast, head, credit, date, text):
    p = parse_text(page(mast, "Home | Politics | Defence", head, credit, date, *text))
    assert p.author is None, p.why.get("author")


@pytest.mark.parametrize("sign, want", [("— Klaus Wendt, Berlin", "Klaus Wendt"), ("— Klaus Wendt", "Klaus Wendt"),
                                        ("– Анна Белова, Москва", "Анна Белова")])
def test_a_live_blog_entrys_sign_off_is_its_author(sign, want):
    p = parse_text(page("Berlin Ledger", "Home | News | Live", "Live: German defence minister in Kyiv", "12 November 2025",
                        "14:05", EN[0] + " " + EN[1], sign, "13:40", EN[2]))
    assert p.author in (want, "Anna Belova"), p.why.get("author")
    assert p.why.get("author", "").find("sign-off") >= 0


@pytest.mark.parametrize("sign", ["— Zakir Hasanov, defence minister", "— Berlin, Germany", "— Steppe Wire"])
def test_a_quotes_speaker_a_place_or_an_outlet_after_a_dash_is_no_sign_off(sign):  # must not fire
    p = parse_text(page("Berlin Ledger", "Home | News | Live", "Live: German defence minister in Kyiv", "12 November 2025",
                        EN[0] + " " + EN[1], sign, EN[2]))
    assert "sign-off under its text" not in p.why.get("author", ""), p.why.get("author")


def test_a_speaker_under_a_quotation_is_no_author():  # must not fire
    p = parse_text(page("Berlin Ledger", "Home | News", H_EN, "12 November 2025", EN[0],
                        "“We will train more officers together than ever before.”", "— Klaus Wendt", EN[1], EN[2]))
    assert p.author is None, p.why.get("author")


def test_an_accented_three_part_name_under_the_headline_is_the_author():
    p = parse_text(page("Andes Ledger", "Home | Politics | Defence", H_EN, "Sofía Quispe Vargas", "12 November 2025", *EN))
    assert p.author == "Sofía Quispe Vargas", p.why.get("author")

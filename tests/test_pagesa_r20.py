"""Round 20, h20-pagesa: page shapes whose headline, date and byline were misread — narrow (mobile) scrapes, feed dumps,
the one-line ' date … By Name Headline' header, photo galleries, live blogs, interviews' questions, letterheaded
releases, forum reposts and an aggregator's menu. Every page here is invented (outlets under .example)."""

from __future__ import annotations

import pytest

from generator.ingest import columns, pageitems, reader
from generator.ingest.reader import parse_text
from generator.model import PartialDate as D


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# =========================================================================== 1. narrow (mobile / AMP) scrapes

NARROW_EN = _page(
    "NewsDeck Caspian", "Menu", "Azerbaijan, Pakistan", "sign 2025 military", "cooperation plan", "in Baku", "By Leyla",
    "Mammadzada", "Mar 4, 2025", "09:41 AZT", "Share", "Baku, March 4", "(CaspianWire).", "Azerbaijan's", "Minister of",
    "Defense,", "Colonel General", "Zakir Hasanov,", "met a Pakistani", "delegation in", "Baku on Tuesday.", "The delegation",
    "led by General", "Sahir Shamshad", "Mirza discussed", "joint exercises and", "training of", "officers.", "The two sides",
    "signed a plan", "of military", "cooperation for", "2025, the", "ministry said.", "Related", "Azerbaijan buys",
    "drones from Turkey")
NARROW_RU = _page(
    "Горный курьер", "Киргизия и", "Узбекистан", "подпишут", "план военного", "сотрудничества", "Айбек Токтогулов",
    "2 октября", "2025", "16:05", "Бишкек.", "Министр обороны", "Киргизии", "Бакыт", "Кулубаев", "встретился", "со своим",
    "узбекским", "коллегой", "в Ташкенте", "в среду.", "Стороны", "обсудили", "совместные", "учения и", "подготовку",
    "офицеров.")


def test_a_narrow_page_is_joined_into_logical_lines():
    out, joined = columns.reflow_narrow(NARROW_EN.split("\n"))
    assert joined > 20
    assert "Azerbaijan, Pakistan sign 2025 military cooperation plan in Baku" in out
    assert "By Leyla Mammadzada" in out  # a name broken over two lines is one byline
    assert "Mar 4, 2025 09:41 AZT" in out  # a stamp over two lines is one stamp
    assert "Share" in out and "Related" in out  # button words stay alone
    assert any(x.startswith("Baku, March 4 (CaspianWire). Azerbaijan's Minister of Defense, Colonel General Zakir Hasanov, met")
               for x in out)
    assert "Azerbaijan buys drones from Turkey" in out  # a related item joined where it runs on in lower case


def test_a_narrow_russian_page_keeps_its_stamp_in_one_line():
    out, _ = columns.reflow_narrow(NARROW_RU.split("\n"))
    assert "2 октября 2025 16:05" in out
    assert "Киргизия и Узбекистан подпишут план военного сотрудничества" in out
    assert "Горный курьер" in out  # the masthead over the headline stays apart (no word runs on from it)
    assert any(x.startswith("Бишкек. Министр обороны Киргизии Бакыт Кулубаев встретился") for x in out)


@pytest.mark.parametrize("page, title, date", [
    (NARROW_EN, "Azerbaijan, Pakistan sign 2025 military cooperation plan in Baku", D(2025, 3, 4)),
    (NARROW_RU, "Киргизия и Узбекистан подпишут план военного сотрудничества", D(2025, 10, 2)),
], ids=["en", "ru"])
def test_a_narrow_page_reads_its_headline_and_stamp(page, title, date):
    p = parse_text(page)
    assert (p.title, p.date) == (title, date), p.why
    assert "narrow_reflow" in p.recognizers


def test_a_narrow_page_reads_its_broken_byline():
    p = parse_text(NARROW_EN)
    assert p.author == "Leyla Mammadzada", p.why
    assert "Share" not in p.body_lines


def test_a_date_inside_a_narrow_sentence_is_part_of_it():
    raw = ["Caspian Wire", "Azerbaijan and", "Turkey hold", "naval drills", "By Farid", "Aliyev", "4 March 2025", "The navies",
           "of the two", "countries met", "on", "March 4", "in Baku and", "held drills,", "the ministry", "said on", "Tuesday.",
           "Related", "Baku buys", "drones"]
    out, _ = columns.reflow_narrow(raw)
    assert out[:4] == ["Caspian Wire", "Azerbaijan and Turkey hold naval drills", "By Farid Aliyev", "4 March 2025"]
    assert "The navies of the two countries met on March 4 in Baku and held drills, the ministry said on Tuesday." in out


def test_a_name_alone_over_a_narrow_page_stamp_is_the_byline():
    p = parse_text(NARROW_RU)
    assert p.written.get("author", (None, p.author))[1] == "Айбек Токтогулов", p.why


ORDINARY = _page(
    "Steppe Herald", "Home", "World", "Politics", "Economy", "Defence", "Sport", "Culture", "Video", "Photo", "Opinion",
    "Kazakhstan and Kyrgyzstan plan border exercise",
    "The defence ministries of Kazakhstan and Kyrgyzstan will hold a joint exercise of border troops near Karakol in April.",
    "Major General Serik Tulebayev said the exercise would test the coordination of mountain units.",
    "Related", "Astana buys helicopters", "Bishkek hosts CSTO staff")


def test_a_page_with_a_long_menu_and_prose_is_no_narrow_page():
    assert not columns.narrow_page(ORDINARY.split("\n"))
    assert columns.reflow_narrow(ORDINARY.split("\n")) == (ORDINARY.split("\n"), 0)


def test_a_list_of_short_capitalised_items_is_no_narrow_page():
    items = [f"Item {w}" for w in "Armenia Georgia Turkey Iran India France Greece Cyprus Egypt Jordan Qatar Oman".split()]
    assert not columns.narrow_page(items)


# =========================================================================== 2. feed dumps

FEED_XML = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>Adriatic Monitor — Defence</title>
<link>https://adriatic-monitor.example/defence</link>
<lastBuildDate>Sun, 20 Apr 2025 09:00:00 +0000</lastBuildDate>
<item>
<title>Navy receives new patrol boat</title>
<link>https://adriatic-monitor.example/defence/boat</link>
<pubDate>Thu, 17 Apr 2025 10:00:00 +0300</pubDate>
<description>A short note.</description>
</item>
<item>
<title>Croatia and Slovenia agree on joint air policing &amp; training</title>
<link>https://adriatic-monitor.example/defence/air-policing</link>
<pubDate>Sat, 19 Apr 2025 01:20:00 +0300</pubDate>
<dc:creator>Ivana Kovač</dc:creator>
<description><![CDATA[<p>The defence ministers of Croatia and Slovenia signed an agreement in Zagreb on Friday on joint air
policing and training of pilots.</p><p>Minister Ivan Anušić said the agreement would enter into force next year.</p>]]></description>
</item>
</channel>
</rss>
"""
FEED_KV_RU = _page(
    "title: Балтийский обозреватель — Лента новостей", "link: https://baltic-observer.example/news",
    "lastBuildDate: Sun, 20 Apr 2025 09:00:00 +0000", "---",
    "title: Литва и Польша договорились о совместных учениях", "link: https://baltic-observer.example/news/1",
    "pubDate: Sat, 19 Apr 2025 01:20:00 +0300", "dc:creator: Ирина Козлова",
    "description: Министры обороны Литвы и Польши договорились в Вильнюсе о совместных учениях сухопутных войск осенью,"
    " сообщило министерство обороны Литвы. Учения пройдут на полигоне в Пабраде.", "---",
    "title: Флот получил катер", "link: https://baltic-observer.example/news/2", "pubDate: Fri, 18 Apr 2025 10:00:00 +0300",
    "description: Короткая заметка.")


def test_an_rss_dump_is_read_as_its_article_item():
    p = parse_text(FEED_XML)
    assert p.title == "Croatia and Slovenia agree on joint air policing & training", p.why
    assert p.date == D(2025, 4, 19), p.why  # the item's pubDate in its own zone, not UTC (18th) nor lastBuildDate (20th)
    assert p.author == "Ivana Kovač"
    assert p.url == "https://adriatic-monitor.example/defence/air-policing"
    assert p.why.get("item_outlet") == "Adriatic Monitor"
    assert p.body_lines[0].startswith("The defence ministers of Croatia and Slovenia signed an agreement in Zagreb")
    assert not any("patrol boat" in x or "<" in x for x in p.body_lines)


def test_a_feed_of_key_value_lines_is_read_as_its_article_item():
    p = parse_text(FEED_KV_RU)
    assert (p.title, p.date) == ("Литва и Польша договорились о совместных учениях", D(2025, 4, 19)), p.why
    assert p.why.get("item_outlet") == "Балтийский обозреватель"
    assert not any(x.startswith(("link:", "title:", "description:")) for x in p.body_lines)
    assert p.body_lines[0].startswith("Министры обороны Литвы и Польши")


ATOM_RU = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Степной курьер — Лента новостей</title>
<updated>2025-04-20T09:00:00Z</updated>
<entry>
<title>Короткая новость</title>
<published>2025-04-17T10:00:00+06:00</published>
<content>Коротко.</content>
</entry>
<entry>
<title>Казахстан и Киргизия проведут учения</title>
<link href="https://steppe-courier.example/news/42"/>
<published>2025-04-19T02:40:00+06:00</published>
<author><name>Серик Нурланов</name></author>
<content type="html">&lt;p&gt;Министерства обороны Казахстана и Киргизии проведут в апреле совместное учение пограничных войск у
города Каракол, сообщили в министерстве обороны в Астане.&lt;/p&gt;</content>
</entry>
</feed>
"""


def test_an_atom_dump_is_read_as_its_article_entry():
    p = parse_text(ATOM_RU)
    assert (p.title, p.date) == ("Казахстан и Киргизия проведут учения", D(2025, 4, 19)), p.why  # 02:40 +06:00: the 18th in UTC
    assert p.written.get("author", (None, p.author))[1] == "Серик Нурланов"
    assert p.url == "https://steppe-courier.example/news/42"
    assert p.why.get("item_outlet") == "Степной курьер"
    assert not any("<" in x or "&lt;" in x for x in p.body_lines)


def test_a_page_with_a_title_line_is_no_feed():
    page = _page("title: Armenia and France sign plan", "The defence ministers of Armenia and France signed a plan of "
                 "military cooperation for 2025 in Paris on Thursday, the ministry said.")
    assert pageitems.feed(page) is None
    assert pageitems.feed(ORDINARY) is None


# =========================================================================== 3. ' date … By Name Headline'

def test_the_headline_after_the_byline_in_a_date_header_is_split_off():
    p = parse_text(_page(" date 2025-04-16 By Marco Bellandi Qatar and Italy sign naval training agreement",
                         "The defence ministers of Qatar and Italy signed an agreement on naval training in Rome on Tuesday.",
                         "Minister Guido Crosetto said Qatari officers would train at Italian naval academies."))
    assert (p.author, p.title, p.date) == ("Marco Bellandi", "Qatar and Italy sign naval training agreement", D(2025, 4, 16)), p.why


@pytest.mark.parametrize("rest, got", [
    ("Marco Bellandi Qatar and Italy sign naval training agreement", ("Marco Bellandi", "Qatar and Italy sign naval training agreement")),
    ("Ana Lucia Ferrer Chile and Peru hold border talks", ("Ana Lucia Ferrer", "Chile and Peru hold border talks")),
    ("Айбек Токтогулов Киргизия и Узбекистан подпишут план", ("Айбек Токтогулов", "Киргизия и Узбекистан подпишут план")),
    ("Vafa Ismayilova", None),  # a name alone
    ("Trend", None),
    ("Marco Bellandi and Anna Rossi", None),  # two names, no headline
])
def test_name_then_headline(rest, got):
    assert reader._name_then_headline(rest) == got


def test_a_date_header_with_only_a_byline_stays_as_it_was():
    p = parse_text(_page(" date 2025-04-16 By Marco Bellandi", "Qatar and Italy sign naval training agreement",
                         "The defence ministers of Qatar and Italy signed an agreement on naval training in Rome on Tuesday."))
    assert (p.author, p.title) == ("Marco Bellandi", "Qatar and Italy sign naval training agreement"), p.why


# =========================================================================== 4. photo galleries

GALLERY_EN = _page("Steppe Daily", "Hasanov in Tashkent: photo report", "12 photos · 25 June 2025",
                   "1/12  Zakir Hasanov is welcomed at Tashkent airport by Uzbek officers",
                   "2/12  Defence Minister Bakhodir Kurbanov and Zakir Hasanov hold talks at the ministry (Photo: Aziz Karimov)",
                   "3/12  The ministers sign a plan of military cooperation for 2025-2026")
GALLERY_RU = _page("Степной вестник", "Фоторепортаж: Гасанов в Ташкенте", "8 фото · 25 июня 2025",
                   "1 / 8  Закира Гасанова встречают в аэропорту Ташкента",
                   "2 / 8  Министр обороны Узбекистана Баходир Курбанов и Закир Гасанов проводят переговоры",
                   "3 / 8  Министры подписывают план военного сотрудничества")


@pytest.mark.parametrize("page, title, date", [
    (GALLERY_EN, "Hasanov in Tashkent: photo report", D(2025, 6, 25)),
    (GALLERY_RU, "Фоторепортаж: Гасанов в Ташкенте", D(2025, 6, 25)),
], ids=["en", "ru"])
def test_a_gallery_is_headed_by_its_own_title_and_its_captions_are_text(page, title, date):
    p = parse_text(page)
    assert (p.title, p.date) == (title, date), p.why
    assert sum(1 for x in p.body_lines if "/" in x[:6]) == 3  # the numbered captions are read as the page's text


def test_a_gallery_kicker_is_no_title():
    p = parse_text(_page("Caucasus Lens", "Photo gallery", "Georgian and Latvian officers train together in Tbilisi",
                         "25 June 2025", "Photos: 9",
                         "1/9  Latvian instructors arrive at the Krtsanisi training centre near Tbilisi.",
                         "2/9  Georgian and Latvian officers plan a staff exercise at the centre.",
                         "3/9  Minister Irakli Chikovani meets the Latvian delegation."))
    assert (p.title, p.date) == ("Georgian and Latvian officers train together in Tbilisi", D(2025, 6, 25)), p.why


def test_a_single_numbered_photo_is_no_gallery():
    p = parse_text(_page("Steppe Daily", "Armenia and France sign military training plan", "14 March 2025",
                         "1/3  Suren Papikyan and his French counterpart in Paris",
                         "The defence ministers of Armenia and France signed a plan of military training in Paris on Thursday."))
    assert "photo_gallery" not in p.recognizers
    assert p.title == "Armenia and France sign military training plan", p.why


# =========================================================================== 5. live blogs

LIVE_EN = _page("Nordwind Post", "🔴 LIVE", "LIVE  Europe's defence week: all the updates",
                "Last updated 17:55 CEST, 8 April 2025 · Auto-refresh ON", "Pinned", "16:12",
                "Germany and Poland sign logistics memorandum",
                "The defence ministers of Germany and Poland signed a memorandum on military logistics in Berlin on Tuesday.",
                "— Klaus Wendt, Berlin", "14:55 GMT — MoU signed",
                "Boris Pistorius and Władysław Kosiniak-Kamysz signed the memorandum after two hours of talks.")
LIVE_RU = _page("Северный ветер", "🔴 ОНЛАЙН", "Неделя обороны в Европе: все новости",
                "Обновлено: 8 апреля 2025, 17:55", "16:12", "Германия и Польша подписали меморандум о логистике",
                "Министры обороны Германии и Польши подписали в Берлине меморандум о военной логистике.",
                "— Анна Смирнова, Берлин", "14:55 — Подписан меморандум",
                "Борис Писториус и Владислав Косиняк-Камыш подписали меморандум после двух часов переговоров.")


@pytest.mark.parametrize("page, title, date", [
    (LIVE_EN, "Europe's defence week: all the updates", D(2025, 4, 8)),
    (LIVE_RU, "Неделя обороны в Европе: все новости", D(2025, 4, 8)),
], ids=["en", "ru"])
def test_a_live_blog_is_headed_by_its_title_and_dated_by_its_last_update(page, title, date):
    p = parse_text(page)
    assert (p.title, p.date) == (title, date), p.why
    assert len(p.body_lines) >= 4  # every entry, its heading a sub-head of the text


def test_every_live_entry_is_read_as_text():
    p = parse_text(_page("Danube Daily", "Live updates", "Black Sea security talks in Bucharest", "Updated: 29-10-2025 19:40 GMT",
                         "18:02 GMT — Ministers arrive",
                         "The defence ministers of Romania, Bulgaria and Turkey arrived in Bucharest for talks on mine clearance.",
                         "16:30 GMT — Agenda published",
                         "The agenda includes a memorandum on mine countermeasures and a joint exercise in 2026."))
    assert (p.title, p.date) == ("Black Sea security talks in Bucharest", D(2025, 10, 29)), p.why
    assert sum(1 for x in p.body_lines if x.startswith("The ")) == 2, p.body_lines


def test_a_live_entry_sign_off_is_the_author():
    assert parse_text(LIVE_EN).author == "Klaus Wendt"


def test_a_live_fire_headline_is_no_live_blog():
    p = parse_text(_page("Caspian Wire", "Live-fire drills held near Baku", "12:05", "3 May 2025",
                         "Azerbaijani and Turkish troops held live-fire drills near Baku on Friday, the ministry said.",
                         "Read also", "16:40", "Navy gets new boats"))
    assert "live_blog" not in p.recognizers
    assert p.title == "Live-fire drills held near Baku", p.why


# =========================================================================== 6. an interview's questions

def test_questions_below_the_lead_are_text_never_the_headline():
    page = _page("Andes Review", '"Border cooperation is a daily task": Chile\'s defence minister after Lima talks',
                 "By Carla Mendoza", "12 May 2025",
                 "Chile's defence minister spoke to Andes Review after two days of talks with her Peruvian counterpart in Lima.",
                 "What did you sign with Minister Astudillo?",
                 "We signed a memorandum on border cooperation and a plan of joint exercises for next year.",
                 "And the disaster-response agreement?", "It will be signed in Santiago in the autumn.")
    p = parse_text(page)
    assert p.title == '"Border cooperation is a daily task": Chile\'s defence minister after Lima talks', p.why
    assert "What did you sign with Minister Astudillo?" in p.body_lines
    assert "And the disaster-response agreement?" in p.body_lines
    q = next(ln for ln in p.lines if ln.text.startswith("What did"))
    assert q.label == "body"


def test_a_question_headline_above_the_lead_stays_the_headline():
    p = parse_text(_page("Andes Review", "Will Chile and Peru sign a border pact?", "12 May 2025",
                         "The defence ministers of Chile and Peru will meet in Lima on Monday to discuss a border pact, officials said."))
    assert p.title == "Will Chile and Peru sign a border pact?", p.why


# =========================================================================== 7. letterheaded releases

LETTER_AM = _page("MINISTRY OF DEFENCE OF THE REPUBLIC OF ARMENIA", "Department of Information and Public Relations",
                  "5 Bagrevand St., Yerevan 0044 · press@mil.example · +374 10 000000", "PRESS RELEASE",
                  "Ref. No. PR/2025/117      Yerevan, 22.09.25",
                  "Armenian and Greek defence ministers meet in Yerevan",
                  "Minister of Defence Suren Papikyan received a delegation of the Hellenic Ministry of National Defence. "
                  "The sides discussed the plan of bilateral military cooperation for 2026.",
                  "-ENDS-", "Media contact: press@mil.example", "Page 1 of 1", "OFFICIAL")
LETTER_RU = _page("ПОСОЛЬСТВО РОССИЙСКОЙ ФЕДЕРАЦИИ В РЕСПУБЛИКЕ СОЮЗ МЬЯНМА", "Пресс-релиз № 47/2025     г. Янгон, 3 марта 2025 г.",
                  "О встрече посла с заместителем министра обороны",
                  "Посол России провёл встречу с заместителем министра обороны Мьянмы. Стороны обсудили военно-техническое "
                  "сотрудничество и подготовку офицеров.")


@pytest.mark.parametrize("page, title, date", [
    (LETTER_AM, "Armenian and Greek defence ministers meet in Yerevan", D(2025, 9, 22)),
    (LETTER_RU, "О встрече посла с заместителем министра обороны", D(2025, 3, 3)),
], ids=["en", "ru"])
def test_a_letterhead_is_chrome_and_its_reference_line_the_date(page, title, date):
    p = parse_text(page)
    assert (p.title, p.date) == (title, date), p.why
    assert not any("Пресс-релиз" in x or "Bagrevand" in x or "ENDS" in x or "Page 1" in x for x in p.body_lines)


def test_the_letterhead_rule_decides_the_headline():
    nonblank = [ln for ln in reader.L.label_lines(LETTER_AM.split("\n"), "en") if ln.label != "blank"]
    k = reader._letterhead(nonblank)
    assert k is not None and nonblank[k].text == "Armenian and Greek defence ministers meet in Yerevan"
    assert {nonblank[i].label for i in range(k)} <= {"chrome", "date"}


def test_a_release_word_inside_the_text_is_no_letterhead():
    nonblank = [ln for ln in reader.L.label_lines(ORDINARY.split("\n"), "en") if ln.label != "blank"]
    assert reader._letterhead(nonblank) is None


# =========================================================================== 8. forum reposts

FORUM_EN = _page("Military Forums › International cooperation", "Re: Armenia and India sign defence deal", "ArmenFan",
                 "Joined: Mar 2014   Posts: 6,211", "Today, 08:14", "Quote:",
                 "Armenia and India signed an agreement on defence cooperation in Yerevan on Thursday, the Armenian ministry said.",
                 "Good news for our army.")
FORUM_RU = _page("Военный форум › Международное сотрудничество", "Re: Армения и Индия подписали соглашение", "АрменФан",
                 "Сообщений: 3 517   Откуда: Гюмри", "Зарегистрирован: 12.03.2014", "Вчера, 22:41", "Цитата:",
                 "ЕРЕВАН, 3 апреля 2025 года. Армения и Индия подписали соглашение об оборонном сотрудничестве в Ереване.",
                 "Хорошая новость.")


def test_a_member_card_never_dates_the_page():
    p = parse_text(FORUM_EN)
    assert p.date is None, p.why  # 'Today, 08:14' and no dated quote: undated, never the join date
    assert p.title == "Armenia and India sign defence deal", p.why


def test_a_dated_quote_dates_a_forum_post():
    p = parse_text(FORUM_RU)
    assert p.date == D(2025, 4, 3), p.why
    assert "Цитата:" not in p.body_lines


@pytest.mark.parametrize("line, yes", [
    ("Joined: Mar 2014   Posts: 6,211", True),
    ("Сообщений: 3 517   Откуда: Гюмри", True),
    ("Зарегистрирован: 12.03.2014", True),
    ("Member since 2011", True),
    ("Posts from the ministry said the talks went well.", False),
    ("Location of the talks was not disclosed by the ministry", False),
])
def test_member_line(line, yes):
    assert reader.member_line(line) is yes


# =========================================================================== 9. an aggregator's menu

@pytest.mark.parametrize("line, yes", [
    ("NewsDeck | Top stories World Business Tech Sport", True),
    ("НовостиПлюс | Главное Мир Политика Экономика Спорт", True),
    ("Defence | Armenia and France sign military plan", False),
    ("Caspian Wire | Baku talks end with a defence plan", False),
])
def test_menu_after_name(line, yes):
    assert reader.menu_after_name(line) is yes


def test_an_aggregator_menu_is_never_the_headline():
    p = parse_text(_page("NewsDeck | Top stories World Business Tech Sport", "Mongolia and Japan hold defence talks",
                         "5 June 2025", "The defence ministers of Mongolia and Japan held talks in Ulaanbaatar on Thursday."))
    assert p.title == "Mongolia and Japan hold defence talks", p.why
    assert p.lines[0].label == "chrome"

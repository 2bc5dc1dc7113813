"""Round 19 (pagesa): pages of several items, stamps that are no headline, prose the line model calls chrome.

Every page here is written for this test (our own words, invented outlets and channels, invented meetings), in
English and Russian:

- a newsletter's digest (numbered items under a masthead and an issue line) and a channel's export (messages each
  opened by the channel's name over its timestamp): the article is the item with the most prose; the other items,
  the header and the footer are chrome; the item's title (number and emoji flags off) is the title, its own stamp
  (else the issue line's date) the date; the masthead or channel name is kept as the outlet candidate;
- a relative stamp ('Updated 3 hours ago', 'Обновлено 5 минут назад') is never the headline;
- a dateline's day and month take no year from a document the text names ('the 2012 memorandum');
- a web archive's toolbar block (captures, calendar strip) is taken off with its header;
- interstitial ad markers are out of the line model's sequence, and a long paragraph of prose inside the text
  (between ads, after a paywall's notice) is text.
"""
from __future__ import annotations

import pytest

from generator.ingest import columns, pageitems
from generator.ingest.lines import INTERSTITIAL
from generator.ingest.reader import long_prose, parse_text
from generator.model import PartialDate as D
from generator.text.dates import relative_line


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


DIGEST_EN = _page(
    'View this email in your browser',
    'CASPIAN SECURITY BRIEF',
    'Weekly digest · Issue No. 37 · Friday, 13 September 2024',
    'Good morning, readers. Here is what happened in regional defence this week.',
    '━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━',
    '1. Azerbaijan and Kazakhstan sign a plan of military cooperation for 2025',
    'Defence ministers Zakir Hasanov and Ruslan Zhaksylykov met in Astana on Thursday and signed a plan of bilateral military cooperation for the coming year, the Azerbaijani defence ministry said.',
    "The plan covers joint staff exercises in the Caspian Sea, training of officers at each other's academies and exchanges of military medical specialists.",
    'Hasanov said the two navies would hold their first joint drill near Aktau next spring, and Zhaksylykov thanked his guest for the support of Kazakh cadets studying in Baku.',
    'Source: Steppe Defence Review',
    '2. Mongolia opens a new peacekeeping training centre',
    'The centre near Ulaanbaatar will host officers from Japan and India this autumn.',
    '3. Estonia buys more artillery shells',
    'Tallinn signed a contract with a supplier in Germany for 155 mm rounds.',
    '━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━',
    'You received this email because you subscribed to Caspian Security Brief.',
    'Unsubscribe | Update preferences',
)

DIGEST_RU = _page(
    'Открыть в браузере',
    'ОБОРОННЫЙ ВЕСТНИК ЕВРАЗИИ',
    'Еженедельный дайджест · Выпуск № 112 · пятница, 31 октября 2025 г.',
    'Добрый день, коллеги! Главное за неделю.',
    '═══════════════════════════════',
    '1. Армения и Индия договорились о поставках средств ПВО',
    '28 октября',
    'Министр обороны Армении Сурен Папикян провёл в Ереване переговоры с делегацией министерства обороны Индии, сообщила пресс-служба армянского оборонного ведомства.',
    'Стороны обсудили выполнение ранее подписанных контрактов на поставку систем противовоздушной обороны и подготовку армянских военнослужащих в индийских военных вузах.',
    'Папикян отметил, что сотрудничество с Индией в военно-технической сфере развивается динамично и отвечает интересам обеих стран.',
    'Источник: «Кавказский обзор»',
    '2. Белоруссия провела учения связистов',
    'Учения прошли под Гродно, в них участвовали около 300 военнослужащих.',
    '3. Киргизия получила партию беспилотников',
    'Техника поступила в части, дислоцированные в Оше.',
    '═══════════════════════════════',
    'Вы получили это письмо, потому что подписались на рассылку.',
    'Отписаться',
)

CHANNEL_EN = _page(
    'Baltic Defence Watch',
    'channel · 12 847 subscribers',
    'Exported data · messages 4509–4512',
    '',
    'Baltic Defence Watch',
    '11.09.2024 08:15',
    'USD/EUR 0.91, EUR/PLN 4.28. Markets calm ahead of the central bank meeting.',
    '👁 7.1K',
    '',
    'Baltic Defence Watch',
    '11.09.2024 09:40',
    'Rain and wind in Riga today, up to 14 degrees.',
    '👁 5.3K',
    '',
    'Baltic Defence Watch',
    '12.09.2024 17:05',
    'Forwarded from Nordic Security Notes',
    '🇱🇹🇩🇪 Lithuania and Germany agree on the deployment of a brigade',
    'Lithuanian defence minister Laurynas Kasčiūnas and his German counterpart Boris Pistorius met in Vilnius on Thursday and agreed on the timetable for stationing a German armoured brigade in the country.',
    'Pistorius said the first units would arrive at the new base near Rūdninkai by the end of next year, and Kasčiūnas promised that the infrastructure would be ready on time.',
    'The ministers also discussed air defence of the Baltic region and joint training of the two armies.',
    '👁 9.8K · edited 18:40',
    '',
    'Baltic Defence Watch',
    '12.09.2024 19:30',
    "Poland's parliament passed the budget in first reading.",
    '👁 4.2K',
)

CHANNEL_RU = _page(
    'Военный обозреватель Кавказа',
    'канал · 8 412 подписчиков',
    'Экспорт истории чата',
    '',
    'Военный обозреватель Кавказа',
    '03.10.2025 09:10',
    'Курс доллара 92,4 рубля, евро 101,2 рубля.',
    '👁 3.1K',
    '',
    'Военный обозреватель Кавказа',
    '04.10.2025 14:25',
    'Переслано от Северный вестник',
    '🇬🇪🇹🇷 Грузия и Турция подписали соглашение о военной помощи',
    'Министр обороны Грузии Ираклий Чиковани и министр национальной обороны Турции Яшар Гюлер подписали в Тбилиси соглашение о безвозмездной военной помощи грузинской армии.',
    'По словам Чиковани, средства будут направлены на закупку снаряжения и обучение военнослужащих, а Гюлер заявил, что Анкара продолжит поддерживать оборонные реформы Грузии.',
    'Стороны также обсудили совместные учения в Чёрном море.',
    '👁 12.5K · изменено 19:22',
    '',
    'Военный обозреватель Кавказа',
    '04.10.2025 20:00',
    'В Баку завтра ожидается дождь, до +18.',
    '👁 2.0K',
)

RELATIVE_EN = _page(
    'Pacific Defence Post',
    'Home | World | Defence | Opinion',
    'Updated 3 hours ago',
    'New Zealand and Fiji agree to expand maritime patrols',
    "WELLINGTON, Aug 12 (Pacific Defence Post) -- New Zealand Defence Minister Judith Collins and Fiji's Minister for Home Affairs Pio Tikoduadua agreed on Monday to expand joint maritime patrols in the South Pacific, officials said.",
    'Collins said the 2012 memorandum on defence cooperation would be updated to cover the new patrols, and the two sides would draft a 2026-2028 programme of joint training.',
    'Tikoduadua thanked New Zealand for its support of the Fijian navy.',
    '2 days ago',
    'Related stories',
)

RELATIVE_RU = _page(
    'Вестник Азии',
    'Главная | Мир | Оборона',
    'Обновлено 5 минут назад',
    'Узбекистан и Таджикистан проведут совместные учения',
    'ТАШКЕНТ, 14 мар - Министры обороны Узбекистана и Таджикистана Бахадыр Курбанов и Эмомали Собирзода договорились провести совместные тактические учения в Сурхандарьинской области, сообщило военное ведомство.',
    'Курбанов напомнил, что меморандум 2017 года о военном сотрудничестве остаётся основой отношений двух стран.',
    'Собирзода поблагодарил узбекскую сторону за гостеприимство.',
)

ADS_EN = _page(
    'Steppe Herald',
    'Home | News | Politics | Defence',
    'Kazakhstan and Uzbekistan to expand military cooperation',
    '15 May 2025, 10:42',
    'ADVERTISEMENT',
    'Kazakh Defence Minister Ruslan Zhaksylykov and his Uzbek counterpart Shukhrat Khalmukhamedov discussed in Astana the expansion of bilateral military cooperation, training of personnel and joint exercises for the next year.',
    'ADVERTISEMENT',
    'According to Zhaksylykov, the sides will pay special attention to exchanges in military education.',
    'ADVERTISEMENT',
    'Recall that last year the ministers signed a cooperation plan providing for more than forty joint events.',
    'Read also',
)

ADS_RU = _page(
    'Евразийский портал',
    'Главная | Новости | Политика | Армия',
    'Казахстан и Узбекистан расширят военное сотрудничество',
    '15 мая 2025, 10:42',
    'РЕКЛАМА',
    'Министр обороны Казахстана Руслан Жаксылыков и министр обороны Узбекистана Шухрат Халмухамедов обсудили в Астане расширение двустороннего военного сотрудничества, подготовку кадров и проведение совместных учений в следующем году.',
    'РЕКЛАМА',
    'По словам Жаксылыкова, стороны уделят особое внимание обмену опытом в области военного образования.',
    'РЕКЛАМА',
    'Напомним, в прошлом году министры подписали план сотрудничества, который предусматривает более сорока совместных мероприятий.',
    'Читайте также',
)

WAYBACK_EN = _page(
    'The Wayback Machine - https://web.archive.org/web/20240601000000/https://navynews.example/story',
    '9 captures',
    '27 Apr 2024 - 15 Jan 2025',
    'MAR\tAPR\tMAY',
    '03',
    '2023\t2024\t2025',
    'Navy News Daily',
    'Indonesia and Australia hold naval talks',
    '2 June 2024',
    'Indonesian navy chief Admiral Muhammad Ali and Australian Vice Admiral Mark Hammond met in Jakarta to discuss joint patrols in the Timor Sea, the Indonesian navy said.',
    'The two officers agreed to expand exchanges of cadets and to hold a joint exercise next year.',
)

PAYWALL_EN = _page(
    'Northern Review',
    'Home | World | Defence',
    'Finland and Sweden deepen air force cooperation',
    '3 March 2025',
    'Finnish Defence Minister Antti Häkkänen and Swedish Defence Minister Pål Jonson agreed in Helsinki on Monday to deepen cooperation between their air forces, including joint training of fighter pilots.',
    'Subscribe to continue reading',
    'The ministers said that the two air forces would share bases in the north in a crisis and plan common exercises over the Bothnian Bay next year, according to a joint statement.',
    'Jonson added that Sweden would also send instructors to the Finnish air force academy in Tikkakoski during the autumn term, and Häkkänen welcomed the offer.',
    'Related stories',
    'Swedish navy takes delivery of a new corvette and sails to the Baltic for the first trials of its systems this spring with the crew.',
)


def _labels(p):
    return {ln.text.strip(): ln.label for ln in p.lines if ln.label != "blank"}


# --------------------------------------------------------------------------- 1a. a newsletter's digest

@pytest.mark.parametrize("page, title, date, outlet, kept, left_out", [
    (DIGEST_EN, "Azerbaijan and Kazakhstan sign a plan of military cooperation for 2025", D(2024, 9, 13),
     "CASPIAN SECURITY BRIEF", "Zakir Hasanov", ("Ulaanbaatar", "Tallinn", "Good morning", "Unsubscribe")),
    (DIGEST_RU, "Армения и Индия договорились о поставках средств ПВО", D(2025, 10, 31),
     "ОБОРОННЫЙ ВЕСТНИК ЕВРАЗИИ", "Сурен Папикян", ("Гродно", "Оше", "Добрый день", "письмо")),
])
def test_a_digest_reads_its_article_item(page, title, date, outlet, kept, left_out):
    p = parse_text(page)
    assert p.title == title  # the item's number is no part of it, the masthead is not the title
    assert p.date == date  # the issue line's date: the item has no date with a year
    assert p.why.get("item_outlet") == outlet
    assert kept in p.body
    for word in left_out:
        assert word not in p.body  # the other items, the greeting and the footer are chrome


def test_a_digest_item_with_its_own_dated_stamp_takes_that_date():
    page = DIGEST_EN.replace("Defence ministers Zakir", "11 September 2024\nDefence ministers Zakir")
    p = parse_text(page)
    assert p.date == D(2024, 9, 11)
    assert p.title.startswith("Azerbaijan and Kazakhstan")


def test_the_longest_item_is_the_article_wherever_it_stands():
    long_text = ("The centre near Ulaanbaatar will host officers from Japan and India this autumn, and Mongolian defence "
                 "minister Gursed Saikhanbayar said the first course would open in October with forty students.")
    page = DIGEST_EN.replace("The centre near Ulaanbaatar will host officers from Japan and India this autumn.",
                             long_text + "\n" + long_text.replace("The centre", "The new school"))
    page = page.replace("Hasanov said the two navies would hold their first joint drill near Aktau next spring, and "
                        "Zhaksylykov thanked his guest for the support of Kazakh cadets studying in Baku.\n", "")
    page = page.replace("The plan covers joint staff exercises in the Caspian Sea, training of officers at each other's "
                        "academies and exchanges of military medical specialists.\n", "")
    p = parse_text(page)
    assert p.title == "Mongolia opens a new peacekeeping training centre"
    assert "Zakir Hasanov" not in p.body and "Saikhanbayar" in p.body


NUMBERED_POINTS_EN = _page(
    "Steppe Herald",
    "Kazakhstan and Kyrgyzstan agree on three steps",
    "12 March 2025",
    "The defence ministers of Kazakhstan and Kyrgyzstan met in Bishkek on Tuesday and agreed on three steps to deepen "
    "their cooperation, the ministry said.",
    "1. Joint staff exercises",
    "The armies will hold two exercises a year on each side of the border.",
    "2. Officer training",
    "Each side will train twenty officers at its academies every year.",
    "3. Military medicine",
    "Doctors will take part in each other's courses in Almaty and Osh.",
    "Sign up for our newsletter",
)
NUMBERED_POINTS_RU = _page(
    "Степной вестник",
    "Казахстан и Киргизия договорились о трёх шагах",
    "12 марта 2025",
    "Министры обороны Казахстана и Киргизии встретились во вторник в Бишкеке и договорились о трёх шагах для "
    "развития сотрудничества, сообщило министерство.",
    "1. Совместные учения штабов",
    "Армии будут проводить по два учения в год по обе стороны границы.",
    "2. Подготовка офицеров",
    "Каждая сторона будет ежегодно обучать двадцать офицеров в своих академиях.",
    "Подписаться на рассылку",
)


@pytest.mark.parametrize("page, title, kept", [
    (NUMBERED_POINTS_EN, "Kazakhstan and Kyrgyzstan agree on three steps", "Almaty and Osh"),
    (NUMBERED_POINTS_RU, "Казахстан и Киргизия договорились о трёх шагах", "Бишкеке"),
])
def test_an_article_with_numbered_points_is_no_digest(page, title, kept):
    # the points have less prose than the article's lead above them: no item is an article, nothing is taken out
    # (the model's own reading of the short Russian points is left as it was)
    p = parse_text(page)
    assert not any(r.startswith("item_page") for r in p.recognizers)
    assert not any("of a newsletter digest" in ln.why for ln in p.lines)
    assert p.title == title
    assert kept in p.body


# --------------------------------------------------------------------------- 1b. a channel's export

@pytest.mark.parametrize("page, title, date, channel, kept, left_out", [
    (CHANNEL_EN, "Lithuania and Germany agree on the deployment of a brigade", D(2024, 9, 12), "Baltic Defence Watch",
     "Laurynas Kasčiūnas", ("Riga", "Poland", "EUR/PLN", "9.8K")),
    (CHANNEL_RU, "Грузия и Турция подписали соглашение о военной помощи", D(2025, 10, 4), "Военный обозреватель Кавказа",
     "Ираклий Чиковани", ("Баку", "Курс доллара", "12.5K")),
])
def test_a_channel_export_reads_its_article_message(page, title, date, channel, kept, left_out):
    p = parse_text(page)
    assert p.title == title  # the emoji flags are no part of it; the channel's name is not the title
    assert p.date == date  # the article message's own stamp, not the first message's
    assert p.why.get("item_outlet") == channel
    assert kept in p.body
    for word in left_out:
        assert word not in p.body


def test_one_message_alone_is_no_item_page():
    one = CHANNEL_EN.split("\nBaltic Defence Watch\n12.09.2024 17:05\n")[1].split("\n\n")[0]
    page = _page("Baltic Defence Watch", "12.09.2024 17:05", *one.split("\n"))
    p = parse_text(page)
    assert not any(r.startswith("item_page") for r in p.recognizers)
    assert "Pistorius" in p.body


def test_strip_marks():
    assert pageitems.strip_marks("1. Azerbaijan and Kazakhstan sign") == "Azerbaijan and Kazakhstan sign"
    assert pageitems.strip_marks("🇬🇪🇹🇷 Грузия и Турция") == "Грузия и Турция"
    assert pageitems.strip_marks("«Запад-2025» begins") == "«Запад-2025» begins"


# --------------------------------------------------------------------------- 2. relative stamps

@pytest.mark.parametrize("line, yes", [
    ("Updated 3 hours ago", True), ("Обновлено 5 минут назад", True), ("2 days ago", True),
    ("Updated 3 hours ago · 4 min read", True), ("вчера, 14:20", True),
    ("Today, 10:15 | 15.04.2023", False), ("Сегодня, 10:15 | 15.04.2023", False),
    ("Three days ago the ministers met in Baku.", False), ("2 days ago, the minister said", False),
    ("Ministers meet in Baku", False),
])
def test_relative_line(line, yes):
    assert relative_line(line) is yes


@pytest.mark.parametrize("page, title", [
    (RELATIVE_EN, "New Zealand and Fiji agree to expand maritime patrols"),
    (RELATIVE_RU, "Узбекистан и Таджикистан проведут совместные учения"),
])
def test_a_relative_stamp_is_no_headline(page, title):
    p = parse_text(page)
    assert p.title == title


# --------------------------------------------------------------------------- 3. a dateline without a year

@pytest.mark.parametrize("page", [RELATIVE_EN, RELATIVE_RU])
def test_a_yearless_dateline_takes_no_year_from_a_named_document(page):
    # 'the 2012 memorandum', 'меморандум 2017 года', '2026-2028 programme': the years of documents, not the page's
    assert parse_text(page).date is None


@pytest.mark.parametrize("page, foot, date", [
    (RELATIVE_EN, "Published 12.08.2024 09:10", D(2024, 8, 12)),
    (RELATIVE_RU, "Опубликовано: 14.03.2024 10:15", D(2024, 3, 14)),
])
def test_a_yearless_dateline_is_completed_by_a_stamp_of_the_page(page, foot, date):
    lines = page.rstrip("\n").split("\n")
    k = max(i for i, t in enumerate(lines) if len(t.split()) >= 6) + 1
    p = parse_text(_page(*lines[:k], foot, *lines[k:]))
    assert p.date == date


# --------------------------------------------------------------------------- 4. a web archive's toolbar

def test_the_wayback_toolbar_block_is_taken_off():
    p = parse_text(WAYBACK_EN)
    assert p.source == "Navy News Daily"
    texts = [ln.text.strip() for ln in p.lines]
    assert "9 captures" not in texts and not any(t.startswith("MAR") for t in texts)
    assert p.title == "Indonesia and Australia hold naval talks" and p.date == D(2024, 6, 2)


def test_a_page_under_an_archive_header_keeps_its_own_short_lines():
    # no captures count, no month row: the short lines under the header are the page's own
    page = WAYBACK_EN.replace("9 captures\n27 Apr 2024 - 15 Jan 2025\nMAR\tAPR\tMAY\n03\n2023\t2024\t2025\n", "03\n2024\n")
    p = parse_text(page)
    texts = [ln.text.strip() for ln in p.lines]
    assert "03" in texts and "2024" in texts and "Navy News Daily" in texts


# --------------------------------------------------------------------------- 5. prose the model called chrome

@pytest.mark.parametrize("page, kept", [
    (ADS_EN, ("Shukhrat Khalmukhamedov", "According to Zhaksylykov", "Recall that last year")),
    (ADS_RU, ("Шухрат Халмухамедов", "По словам Жаксылыкова", "Напомним")),
])
def test_paragraphs_between_interstitial_ads_are_text(page, kept):
    p = parse_text(page)
    for words in kept:
        assert words in p.body
    assert "ADVERTISEMENT" not in p.body and "РЕКЛАМА" not in p.body


@pytest.mark.parametrize("line, yes", [
    ("ADVERTISEMENT", True), ("Реклама", True), ("Story continues below advertisement", True), ("- Advertisement -", True),
    ("Advertisement market grows in Baku", False), ("Реклама оружия запрещена законом.", False),
])
def test_interstitial_marker(line, yes):
    assert bool(INTERSTITIAL.fullmatch(line)) is yes


def test_paragraphs_past_a_paywall_notice_are_text_and_a_related_teaser_is_not():
    p = parse_text(PAYWALL_EN)
    assert "Tikkakoski" in p.body and "Bothnian Bay" in p.body
    assert "corvette" not in p.body  # a long teaser under 'Related stories' stays out
    assert "Subscribe to continue reading" not in p.body


@pytest.mark.parametrize("line, yes", [
    ("Министр обороны Казахстана и министр обороны Узбекистана обсудили в Астане расширение двустороннего военного "
     "сотрудничества, подготовку кадров и проведение совместных учений.", True),
    ("Home | World | Defence | Opinion | Politics | Economy | Sport | Culture | Science | Travel | Video | Photo | "
     "Weather | Markets | Podcasts | Newsletters | About us | Contact.", False),
    ("Kazakh Defence Minister met his Uzbek counterpart in Astana.", False),  # too short to overrule the model
])
def test_long_prose(line, yes):
    assert long_prose(line) is yes


def test_the_wayback_toolbar_without_its_header_line_is_taken_off():
    page = WAYBACK_EN.split("\n", 1)[1]  # the header line not copied: the toolbar opens the page
    p = parse_text(page)
    assert p.source == "Navy News Daily"
    assert "9 captures" not in [ln.text.strip() for ln in p.lines]
    # only the captures count with the month row: a page opening on a short number line keeps it
    q = parse_text(page.replace("9 captures\n", ""))
    assert "03" in [ln.text.strip() for ln in q.lines]


# --------------------------------------------------------------------------- 6. a headline broken after its verb

LEAD_KG = ("The defence ministers of Kyrgyzstan and Turkey met in Ankara on Tuesday and signed a plan of military "
           "cooperation, the ministry said.")
LEAD_KG_RU = ("Министры обороны Киргизии и Турции встретились во вторник в Анкаре и подписали план военного "
              "сотрудничества, сообщило министерство.")


@pytest.mark.parametrize("head, want", [
    (["Kyrgyzstan and Turkey sign", "military cooperation plan", "3 June 2025", LEAD_KG],
     "Kyrgyzstan and Turkey sign military cooperation plan"),
    (["Киргизия и Турция подписали", "план военного сотрудничества", "3 июня 2025", LEAD_KG_RU],
     "Киргизия и Турция подписали план военного сотрудничества"),
    # must not join: a rubric above a headline that opens in capitals; a standfirst with its stop under it
    (["Politics", "Kyrgyzstan and Turkey sign military cooperation plan", "3 June 2025", LEAD_KG],
     "Kyrgyzstan and Turkey sign military cooperation plan"),
    (["Киргизия и Турция подписали план", "стороны договорились о новых учениях.", "3 июня 2025", LEAD_KG_RU],
     "Киргизия и Турция подписали план"),
], ids=["en", "ru", "en-rubric", "ru-standfirst"])
def test_a_headline_broken_after_its_verb(head, want):
    p = parse_text(_page("Tien Shan Herald", *head, head[-1]))
    assert p.title == want, p.why.get("title")


# --------------------------------------------------------------------------- 6. a print column's date line and credit

@pytest.mark.parametrize("page, title, author, date, joined", [
    (_page("NORTHERN PLAINS COURIER", "Friday, 7 March 2025", "Mongolia and Japan plan", "joint medical exercise",
           "By Bat-Erdene Ganbold", "The defence ministries of Mon-", "golia and Japan will hold a", "joint exercise of military",
           "doctors near Ulaanbaatar in", "June, the ministry said on", "Thursday. Colonel Dorj Bold", "said the drill would test the",
           "work of field hospitals."),
     "Mongolia and Japan plan joint medical exercise", "Bat-Erdene Ganbold", D(2025, 3, 7), "Mongolia and Japan will hold"),
    (_page("СЕВЕРНЫЙ КУРЬЕР", "Пятница, 7 марта 2025 г.", "Монголия и Япония проведут", "медицинские учения",
           "Автор: Батэрдэнэ Ганболд", "Министерства обороны Монго-", "лии и Японии проведут в июне", "совместные учения военных",
           "врачей под Улан-Батором, со-", "общили в министерстве в чет-", "верг. Полковник Доржийн Болд", "сказал, что учения проверят",
           "работу полевых госпиталей."),
     "Монголия и Япония проведут медицинские учения", "Батэрдэнэ Ганболд", D(2025, 3, 7), "Монголии и Японии проведут"),
], ids=["en", "ru"])
def test_a_print_column_keeps_its_date_line_and_credit_apart(page, title, author, date, joined):
    p = parse_text(page)
    assert (p.title, p.written.get("author", (None, p.author))[1], p.date) == (title, author, date), p.why
    assert joined in p.body  # the column itself is still joined (a broken word loses its hyphen)


# --------------------------------------------------------------------------- 6. an interview wrapped at mobile width

QA_MN_EN = _page("STEPPE MORNING STAR", "Talking with the chief of staff",
                 "Q: What did the armies agree?", "A: We agreed to hold a joint",
                 "exercise of mountain units and", "to exchange instructors at the", "academies of both armies soon.",
                 "Q: Where will the drill be?", "A: Near Khovd, in the west of",
                 "the country, in late summer.", "Q: Who will take part in it?", "A: About 500 soldiers in all.",
                 "21 April 2025")
QA_MN_RU = _page("СТЕПНАЯ ЗВЕЗДА", "Разговор с начальником штаба", "21 апреля 2025",
                 "Начальник Генерального штаба Монголии принял в Улан-Баторе делегацию армии Казахстана. После "
                 "переговоров он ответил на наши вопросы.",
                 "— О чём договорились", "стороны?", "— Мы договорились провести совместное", "учение горных подразделений",
                 "и обменяться инструкторами.", "— Где пройдёт учение?", "— Под Ховдом, на западе страны,",
                 "в конце лета, я думаю.")


@pytest.mark.parametrize("page, title, turn", [
    (QA_MN_EN, "Talking with the chief of staff", "A: Near Khovd, in the west of the country, in late summer."),
    (QA_MN_RU, "Разговор с начальником штаба", "— Под Ховдом, на западе страны, в конце лета, я думаю."),
], ids=["en", "ru"])
def test_an_interview_keeps_its_turns_and_its_headline(page, title, turn):
    p = parse_text(page)
    assert p.title == title, p.why.get("title")
    assert turn in p.body_lines  # one turn, one paragraph: the next question is not glued to it


def test_a_dash_inside_a_column_line_opens_nothing():
    # a dash of the sentence wrapped to a line's start ('— and signed …', lower case after it) is no turn of an interview
    lines = ["The defence ministers of Armenia", "and France met in Paris — the", "first such meeting in five years",
             "— and signed a plan of military", "cooperation for 2025, the ministry", "said on Thursday in a statement."]
    out, _ = columns.reflow(lines)
    assert out == [" ".join(lines)]


@pytest.mark.parametrize("page", [
    _page("Pacific Defence Post", "Updated 3 hours ago", "New Zealand and Tonga agree on patrols",
          "WELLINGTON, Aug 12 (Pacific Wire) -- New Zealand Defence Minister Judith Collins and Tonga's Prime Minister "
          "agreed on Monday to expand joint maritime patrols under the 2012 defence cooperation memorandum, officials said.",
          "The ministers agreed a 2026-2028 programme of joint training.", "© 2025 Pacific Defence Post"),
    _page("Вестник Азии", "Обновлено 5 минут назад", "Узбекистан и Таджикистан проведут совместные учения",
          "ТАШКЕНТ, 14 мар - Министры обороны Узбекистана и Таджикистана договорились провести совместные учения, "
          "сообщило военное ведомство.", "Стороны действуют в рамках меморандума о военном сотрудничестве 2017 года.",
          "© 2025 Вестник Азии"),
], ids=["en", "ru"])
def test_a_document_named_with_words_between_and_a_copyright_year_date_no_dateline(page):
    assert parse_text(page).date is None


@pytest.mark.parametrize("page, date", [
    (_page("Pacific Defence Post", "New Zealand and Tonga agree on patrols",
           "WELLINGTON, Aug 12 (Pacific Wire) -- New Zealand Defence Minister Judith Collins and Tonga's Prime Minister "
           "agreed on Monday to expand joint maritime patrols, officials said.",
           "The talks were the third round the two governments have held in 2024."), D(2024, 8, 12)),
    (_page("Вестник Азии", "Узбекистан и Таджикистан проведут совместные учения",
           "ТАШКЕНТ, 14 мар - Министры обороны Узбекистана и Таджикистана договорились провести совместные учения, "
           "сообщило военное ведомство.", "Это уже третья встреча министров в 2024 году."), D(2024, 3, 14)),
], ids=["en", "ru"])
def test_a_yearless_dateline_still_takes_a_year_the_text_gives_the_meeting(page, date):
    assert parse_text(page).date == date


def test_a_channel_title_with_flags_and_a_stop_is_the_title_and_a_plain_sentence_is_not():
    flagged = CHANNEL_EN.replace("deployment of a brigade\n", "deployment of a brigade.\n")
    assert parse_text(flagged).title == "Lithuania and Germany agree on the deployment of a brigade"
    plain = CHANNEL_EN.replace("🇱🇹🇩🇪 Lithuania and Germany agree on the deployment of a brigade\n",
                               "Lithuania and Germany agreed on it today.\n")
    p = parse_text(plain)
    assert p.title != "Lithuania and Germany agreed on it today." and p.title != "Baltic Defence Watch"


def test_an_article_whose_numbered_points_have_long_text_under_a_newsletter_link_is_no_digest():
    page = _page(
        "Steppe Herald", "Kazakhstan and Kyrgyzstan agree on two steps", "12 March 2025",
        "The defence ministers of Kazakhstan and Kyrgyzstan met in Bishkek on Tuesday and agreed on two steps to deepen "
        "their cooperation in the mountains along the border, the ministry in Astana said in a statement.",
        "1. Joint staff exercises",
        "The armies will hold two exercises a year on each side of the border, the first of them near Karakol in the "
        "spring, with about a thousand soldiers taking part.",
        "2. Officer training",
        "Each side will train twenty officers at its academies every year, starting in September.",
        "Subscribe to our daily digest | Unsubscribe at any time")
    p = parse_text(page)
    assert not any(r.startswith("item_page") for r in p.recognizers)
    assert p.title == "Kazakhstan and Kyrgyzstan agree on two steps"
    assert "met in Bishkek" in p.body


def test_an_article_with_comments_under_it_is_no_channel_export():
    page = _page(
        "Baltic Courier", "Latvia and Poland agree on air defence training", "12.09.2024 10:00",
        "Latvian defence minister Andris Sprūds and his Polish counterpart Władysław Kosiniak-Kamysz agreed in Riga on "
        "Thursday to train air defence crews together from next year, the ministry said.",
        "The ministers also discussed the protection of the border with Belarus.",
        "Comments", "Reader42", "12.09.2024 11:15",
        "Good news, but the training should have started years ago, in my opinion, and on a much larger scale than this.",
        "Reader42", "12.09.2024 12:40", "And the border needs more than training, it needs people and money.")
    p = parse_text(page)
    assert not any(r.startswith("item_page") for r in p.recognizers)
    assert "Andris Sprūds" in p.body


# --------------------------------------------------------------------------- 6. a mobile-width scrape with its chrome

MOBILE_RU = _page("Степной курьер", "Меню", "Казахстан и Монголия проведут", "учения миротворцев", "Автор: Айгерим Сапарова",
                  "14 марта 2025",
                  "АСТАНА, 13 марта — Министры", "обороны Казахстана и Монголии", "договорились провести летом",
                  "совместное учение миротворцев", "на полигоне Илийский, сообщило", "министерство обороны.",
                  "В учении примут участие около", "пятисот военнослужащих двух", "стран, сказал министр.",
                  "Читайте также", "Армения закупает радары", "Грузия проводит учения", "Поделиться", "Telegram")


def test_a_russian_mobile_width_scrape_is_reflowed_around_its_chrome():
    p = parse_text(MOBILE_RU)
    assert p.body_lines[0].startswith("АСТАНА, 13 марта — Министры обороны Казахстана и Монголии договорились провести "
                                      "летом совместное учение миротворцев"), p.body_lines[:3]
    assert p.title == "Казахстан и Монголия проведут учения миротворцев"
    assert "Армения закупает радары" not in p.body


@pytest.mark.parametrize("page, forwarded", [(CHANNEL_EN, "Nordic Security Notes"), (CHANNEL_RU, "Северный вестник")])
def test_the_article_message_keeps_its_repost_header(page, forwarded):
    p = parse_text(page)
    assert p.why.get("item_forwarded_from") == forwarded
    assert forwarded not in p.body


def test_explain_tells_which_item_of_a_digest_was_read(tmp_path):
    # the item page's reading is shown to the user: which item, and the page's own name found on it
    from generator.quality.explain import explain

    f = tmp_path / "digest.txt"
    f.write_text(DIGEST_EN, encoding="utf-8")
    out = explain(f, entities=False)
    line = next(l for l in out.splitlines() if l.startswith("  items "))
    assert "newsletter digest" in line and "the article is item 1" in line
    assert "'CASPIAN SECURITY BRIEF'" in line


def test_explain_shows_no_item_line_for_an_ordinary_page_control(tmp_path):
    from generator.quality.explain import explain

    f = tmp_path / "plain.txt"
    f.write_text("Ministers meet in Baku\n\nThe defence ministers of Azerbaijan and Georgia met in Baku on Monday "
                 "and discussed regional security, military education and joint exercises.\n", encoding="utf-8")
    assert not any(l.startswith("  items ") for l in explain(f, entities=False).splitlines())

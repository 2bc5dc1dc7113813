"""Round 17 review: try to break the round's source, byline and page rules with pages written for this test.

The rules under review: sources.py/issuer.py/bylines.py (masthead with '&', ©-last foot, a ministry without its state,
embassies in one form, time zones, Russian outlet names transliterated, company forms, 'From <Name>, <City>', related
headings, a byline cue mid-line) and reader.py/headlines.py/lines.py/pagedates.py (the ' date …' header on top, short
headlines in headline position, messenger reposts, open breadcrumbs, a name line over a photo credit, day-and-weather
widgets, month-only dates under a clock).

Each test asserts the RIGHT answer under ../shared/corpus/README.md's conventions. The ones the generator gets wrong
today are strict xfails whose reason says what goes wrong and where it comes from; the rest document robustness.
Every page is our own text (invented outlets and meetings; real officials' names only)."""
from __future__ import annotations

import pytest

from conftest import join_page as page
from generator.ingest.bylines import credited_names, mid_line_byline, person_name
from generator.ingest.issuer import english_name
from generator.ingest.reader import parse_text
from generator.ingest.sources import tidy_source, time_zone
from generator.model import PartialDate as D


def _lines(*lines: str) -> str:  # a page of text with no blank lines between its lines (a saved page's shape)
    return "\n".join(lines) + "\n"


def xfail(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


# =========================================================================== sources

# --------------------------------------------------------------------------- time zones vs agencies' acronyms

@pytest.mark.parametrize("name", ["WAM", "SPA", "QNA", "APA", "MENA", "KUNA", "PTI", "EFE", "ANSA", "BTA", "AKI", "MTI"])
def test_an_agencys_acronym_is_no_time_zone(name):
    assert time_zone(name) is False


@pytest.mark.parametrize("lead, want", [
    ("MADRID (CET Online) – The defence ministers of Spain and Morocco agreed on Monday to train naval cadets together "
     "from next year.", "CET Online"),
    ("ABUJA, May 5 (WAT News) – Nigeria and Ghana on Tuesday signed a defence cooperation agreement in Abuja, covering "
     "training and intelligence sharing.", "WAT News"),
])
def test_an_outlet_whose_name_starts_with_a_zone_is_still_the_source(lead, want):
    p = parse_text(page("Defence ministers agree on training", lead, "The agreement was signed in the capital, officials said."))
    assert p.source == want, p.why.get("source")


# --------------------------------------------------------------------------- a masthead with '&' / a section label

MY_LEAD = ("KUALA LUMPUR — The navy chiefs of Malaysia and Indonesia met on Monday to discuss joint patrols in the Strait "
           "of Malacca.")
MY_MORE = "The talks were held at the navy headquarters."


def test_a_real_outlet_with_an_ampersand_over_the_menu_is_the_source():
    p = parse_text(page("DEFENCE & SECURITY ASIA", "Home | Defence | Asia", "Malaysia and Indonesia hold navy talks",
                        MY_LEAD, MY_MORE))
    assert p.source == "Defence & Security Asia", p.why.get("source")


@pytest.mark.parametrize("label", [
    # round 17's masthead change ('&'/'and'/'of the' inside a name) first took these for the outlet;
    # two section or rubric words joined so are a section's label (sources._rubric_pair)
    "Politics & Economy", "Politics and Economy", "News of the Day",
])
def test_a_section_label_over_the_menu_is_no_outlet(label):
    p = parse_text(page(label, "Home | Defence | Asia", "Malaysia and Indonesia hold navy talks", MY_LEAD, MY_MORE))
    assert p.source is None, p.why.get("source")


@pytest.mark.parametrize("label", ["Политика и экономика", "Новости & аналитика"])
def test_a_russian_section_label_over_the_menu_is_no_outlet(label):
    p = parse_text(page(label, "Главная | Армия | Азия",
                        "Министры обороны Туркменистана и Азербайджана обсудили подготовку моряков",
                        "Министры обороны Туркменистана и Азербайджана в среду в Ашхабаде обсудили подготовку военных моряков.",
                        "Следующая встреча запланирована в Баку."))
    assert p.source is None, p.why.get("source")


# --------------------------------------------------------------------------- a ministry named without its state

@pytest.mark.parametrize("parts, want", [
    pytest.param(("Kenya and Tanzania agree on joint border patrols",
                  "DAR ES SALAAM — Kenya and Tanzania will conduct joint patrols along their border, according to a "
                  "statement from the Ministry of Defence, after the Tanzanian minister hosted his Kenyan counterpart on "
                  "Monday.", "Tanzanian officials said the first patrol would take place in June.", "Share | Tweet"),
                 "Ministry of Defence of Tanzania"),
    pytest.param(("Казахстан и Киргизия договорились о совместных учениях",
                  "БИШКЕК — Казахстан и Киргизия проведут совместные учения осенью, сообщает пресс-служба Министерства "
                  "обороны.", "Министр обороны Киргизии принял казахстанского коллегу в Бишкеке.",
                  "Следующая встреча пройдёт в Астане."),
                 "Ministry of Defence of Kyrgyzstan"),
    pytest.param(("Kenya hosts regional defence chiefs",
                  "NAIROBI — Kenya will host a meeting of East African defence chiefs in May, the Ministry of Defence "
                  "said on Monday.", "Officials said the meeting would be held at the Defence headquarters."),
                 "Ministry of Defence of Kenya"),
    (("Казахстан примет совещание начальников генштабов",
      "АСТАНА — Казахстан в мае примет совещание начальников генеральных штабов стран ОДКБ, сообщили в Министерстве "
      "обороны.", "Совещание пройдёт в Астане."), "Ministry of Defence of Kazakhstan"),
    (("Министры обороны Туркменистана и Азербайджана обсудили подготовку моряков",
      "АШХАБАД — Министры обороны Туркменистана и Азербайджана в среду в Ашхабаде обсудили подготовку военных моряков, "
      "сообщили в Министерстве обороны.", "Азербайджанскую делегацию возглавил заместитель министра.",
      "Следующая встреча запланирована в Баку."), "Ministry of Defence of Turkmenistan"),
])
def test_an_unqualified_ministry_takes_the_right_state(parts, want):
    p = parse_text(page(*parts))
    assert p.source == want, p.why.get("source")


# --------------------------------------------------------------------------- a foot with the © last

TM_EN = ("Turkmen and Azerbaijani defence ministers discuss naval training",
         "The defence ministers of Turkmenistan and Azerbaijan discussed the training of naval officers in Ashgabat on "
         "Wednesday.", "The next meeting is planned in Baku.")
TM_RU = ("Министры обороны Туркменистана и Азербайджана обсудили подготовку моряков",
         "Министры обороны Туркменистана и Азербайджана в среду в Ашхабаде обсудили подготовку военных моряков и обмен "
         "курсантами.", "Следующая встреча запланирована в Баку.")


@pytest.mark.parametrize("text, foot", [
    (TM_EN, "Text and photos: Jane Doe © 2025"),
    (TM_EN, "Photos: Jane Doe / Caspian Lens — © 2025"),
    (TM_RU, "Текст и фото: Мерген Атаев ©"),
])
def test_a_persons_credit_with_a_copyright_sign_names_no_outlet(text, foot):
    p = parse_text(page(*text, foot))
    assert p.source is None, p.why.get("source")


def test_a_ministrys_foot_with_the_copyright_sign_last():
    p = parse_text(page(*TM_EN, "Ministry of Defence of Turkmenistan — Ashgabat — © 2025"))
    assert p.source == "Ministry of Defence of Turkmenistan", p.why.get("source")


# --------------------------------------------------------------------------- embassies in one form

@pytest.mark.parametrize("written, want", [
    ("Embassy of the Russian Federation in the Republic of Kazakhstan", "Embassy of Russia in Kazakhstan"),
    ("Embassy of the Kingdom of the Netherlands in the Republic of Estonia", "Embassy of the Netherlands in Estonia"),
    ("Embassy of India to the Kyrgyz Republic", "Embassy of India in Kyrgyzstan"),
    ("Embassy of Azerbaijan to the United States", "Embassy of Azerbaijan in the United States"),
    ("Consulate General of Turkey in Baku", "Consulate General of Turkey in Baku"),  # a city: as written
    ("Embassy of Pakistan to the Republic of Azerbaijan, Baku", "Embassy of Pakistan in Azerbaijan"),
])
def test_an_embassys_name_in_one_form(written, want):
    assert english_name(written, "mission", "en") == want


def test_a_russian_embassys_header_in_one_form():
    p = parse_text(page("Посольство Российской Федерации в Республике Казахстан", "Главная | Новости | Консульские вопросы",
                        "Посол России обсудил с министром обороны Казахстана подготовку кадров",
                        "3 марта посол России встретился в Астане с министром обороны Казахстана, стороны обсудили "
                        "подготовку военных кадров.", "Стороны договорились продолжить сотрудничество."))
    assert p.source == "Embassy of Russia in Kazakhstan", p.why.get("source")


# --------------------------------------------------------------------------- a repost's channel; Russian names

KZ_POST = ("Министр обороны Казахстана провёл встречу с делегацией Вооружённых сил Турции.",
           "В ходе переговоров стороны обсудили вопросы военного образования. Министр отметил высокий уровень "
           "сотрудничества.")


@pytest.mark.parametrize("channel", [
    "Переслано из: Минобороны Казахстана",
    "Переслано из: Министерство обороны Республики Казахстан",
])
def test_a_repost_from_a_ministrys_channel_names_the_ministry(channel):
    p = parse_text(_lines("@kazdefence_news", "17.04.2025 14:32", channel, *KZ_POST))
    assert p.source == "Ministry of Defence of Kazakhstan", p.why.get("source")


@pytest.mark.parametrize("written, want", [
    ("Caspian Post GmbH", "Caspian Post"), ("Azertac OJSC", "Azertac"), ("АО «Казинформ»", "Казинформ"),
    ("ТОО «Степь Медиа»", "Степь Медиа"), ("The Limited Times", "The Limited Times"),  # a word, not a legal form
    ("Baltic News Network SIA", "Baltic News Network"),
])
def test_a_company_form_is_dropped_and_only_a_form(written, want):
    assert tidy_source(written) == want


# =========================================================================== bylines

@pytest.mark.parametrize("line", [
    "From Baku, the minister flew to Ankara for talks.", "From our correspondent, Baku", "From Reuters, Moscow",
    "From Ankara, Baku and Tashkent", "From Kabul to Baku: a new corridor", "From the Editor, Baku",
    "From Wire Services, Nairobi",
])
def test_a_from_line_that_names_no_person_is_no_byline(line):
    assert credited_names(line, "en") is None


NG = ("THE LAGOS LEDGER", "Home | Nigeria | Africa", "Nigeria and Ghana sign defence pact")
NG_LEAD = ("Nigeria and Ghana on Tuesday signed a defence cooperation agreement in Abuja, covering training and "
           "intelligence sharing.")


def test_a_from_sentence_in_the_text_is_text_and_the_byline_stands():
    sentence = "From Abuja, the Ghanaian minister travelled to Kaduna to visit the Nigerian Defence Academy."
    p = parse_text(page(*NG, "By Emeka Okafor", NG_LEAD, sentence, "© 2025 The Lagos Ledger Ltd."))
    assert p.author == "Emeka Okafor", p.why.get("author")
    assert sentence in p.body


def test_from_our_correspondent_names_no_author():
    p = parse_text(page(*NG, "From our correspondent, Abuja", NG_LEAD, "The Ghanaian minister also visited Kaduna.",
                        "© 2025 The Lagos Ledger Ltd."))
    assert p.author is None and p.source == "The Lagos Ledger", (p.why.get("author"), p.why.get("source"))


def test_a_russian_from_sentence_is_no_byline():
    p = parse_text(page("Азербайджан и Турция обсудили ПВО", "Из Баку министр вылетел в Анкару, где провёл переговоры "
                        "с турецким коллегой о противовоздушной обороне.", "Стороны также обсудили подготовку лётчиков."))
    assert p.author is None, p.why.get("author")


@pytest.mark.parametrize("line, author, source", [
    ("28 October 2025 | Text: Reuters", None, "Reuters"),
    ("Published: 28 October 2025 | Author: Jane Doe, Defence Correspondent", "Jane Doe", None),
    ("28.10.2025 | Автор: Мерген Атаев, собкор в Ашхабаде", "Mergen Ataev", None),
    ("28.10.2025 | Фото: Мерген Атаев", None, None),  # a photographer is no author
    ("28.10.2025   Автор: Пресс-служба Минобороны Туркменистана", None, "Ministry of Defence of Turkmenistan"),
])
def test_a_mid_line_cue_credits_the_right_field(line, author, source):
    lead = TM_RU if "Автор" in line or "Фото" in line else TM_EN
    p = parse_text(page(lead[0], line, *lead[1:]))
    assert (p.author, p.source) == (author, source), (p.why.get("author"), p.why.get("source"))


@pytest.mark.parametrize("heading", [
    "Похожие новости", "Другие новости", "Ещё по теме", "Смотрите также", "Новости партнёров", "Baca Juga", "Lihat Juga",
    "Son Dakika",
])
def test_a_widget_or_related_heading_is_no_person(heading):
    assert not person_name(heading)


# =========================================================================== pages: headlines

GE_RU_HEAD = "Грузия и Азербайджан обсудили охрану границы"
GE_RU_LEAD1 = "Министр обороны Грузии Ираклий Чиковани принял в Тбилиси делегацию вооружённых сил Азербайджана."
GE_RU_MORE = "Делегация также посетила учебный центр в Крцаниси."


def test_a_russian_headline_under_the_date_header_over_a_one_sentence_lead():
    p = parse_text(_lines(" date 2025-06-02 ", GE_RU_HEAD, GE_RU_LEAD1, GE_RU_MORE))
    assert p.title == GE_RU_HEAD, p.why.get("title")


FI_LEAD = ("Finland and Sweden agreed on Tuesday to hold a joint winter exercise in Lapland next February, officials said.")
FI_MORE = "The exercise will bring together some 3,000 troops from both countries."


def test_a_short_headline_over_a_byline_with_no_date_line():
    p = parse_text(_lines("NORTHERN COURIER", "News | Defence | World", "Steel and ice", "By Maria Lind", FI_LEAD, FI_MORE))
    assert p.title == "Steel and ice", p.why.get("title")
    assert "NORTHERN COURIER" not in p.body
    assert p.source == "Northern Courier"


@pytest.mark.parametrize("head, stamp, lead, more", [
    pytest.param("Arctic Shield", "17 April 2025", FI_LEAD, FI_MORE, marks=xfail(
        "headlines: a two-word title-case headline over a date line under the menu is lost (title None); the r17 "
        "headline-position rule needs a byline/credit or a longer line")),
    ("Арктический щит", "17.04.2025", "Финляндия и Швеция во вторник договорились провести совместное зимнее учение в "
     "Лапландии в феврале.", "В учении примут участие около 3000 военнослужащих."),
])
def test_a_two_word_headline_over_a_date_line(head, stamp, lead, more):
    p = parse_text(_lines("NORTHERN COURIER", "News | Defence | World", head, stamp, lead, more))
    assert p.title == head, p.why.get("title")


AM_EN_HEAD = "Armenia and Greece agree on military training plan"
AM_EN_LEAD = ("The defence ministers of Armenia and Greece met in Yerevan on Thursday and signed a plan of military "
              "cooperation for the coming year, the ministry said.")
AM_EN_MORE = "The plan covers joint training of officers, exchanges of instructors and a staff exercise in the autumn."
AM_RU_HEAD = "Армения и Греция подписали план военного сотрудничества"
AM_RU_LEAD = ("Министры обороны Армении и Греции встретились в Ереване в четверг и подписали план военного "
              "сотрудничества на следующий год, сообщило министерство.")
AM_RU_MORE = "План предусматривает совместную подготовку офицеров, обмен инструкторами и штабное учение осенью."


CLOCK_EN = ["THE STEPPE HERALD", "Thursday, April 17, 2025 09:14", "Home | News | Defence | Economy",
            "Nordic allies to train together in Lapland", FI_LEAD, FI_MORE]
CLOCK_RU = ["СТЕПНОЙ ВЕСТНИК", "Четверг, 17 апреля 2025 09:14", "Главная | Новости | Армия",
            "Северные союзники проведут учения в Лапландии",
            "Финляндия и Швеция во вторник договорились провести совместное зимнее учение в феврале.",
            "В учении примут участие около 3000 военнослужащих."]


@pytest.mark.parametrize("lines", [CLOCK_EN, CLOCK_RU])
def test_a_headline_under_masthead_clock_and_menu(lines):
    p = parse_text(_lines(*lines))
    assert p.title == lines[3], p.why.get("title")


@pytest.mark.parametrize("lines", [
    CLOCK_EN,
    CLOCK_RU,
])
def test_the_sites_clock_alone_is_never_the_date(lines):
    p = parse_text(_lines(*lines))
    assert p.date is None, p.why.get("date")


@pytest.mark.parametrize("head, lead", [
    ("Kenya / UK: a partnership renewed", "Kenya and the United Kingdom agreed on Tuesday to extend their defence "
     "cooperation agreement for five more years, the ministry said."),
    ("Ankara › Baku › Tashkent: a new defence axis?", "Turkey, Azerbaijan and Uzbekistan agreed on Tuesday to hold joint "
     "staff talks, the ministries said."),
    ("Баку / Анкара: новый этап", "Министры обороны Азербайджана и Турции во вторник договорились о совместной "
     "подготовке офицеров."),
])
def test_a_headline_with_separators_is_no_breadcrumb(head, lead):
    p = parse_text(_lines(" date 2025-07-09 ", "Home / News", head, lead, "The plan was signed in the capital."))
    assert p.title == head, p.why.get("title")


# =========================================================================== pages: the ' date' header elsewhere

@pytest.mark.parametrize("lines", [
    ["ARARAT HERALD", "Home | Politics | Defence", AM_EN_HEAD, "Published: 14.03.2025", AM_EN_LEAD,
     "Last year the paper wrote:", " date 2024-02-10 Armenia and Greece first discussed the plan in Athens.", AM_EN_MORE],
    ["ЕРЕВАНСКИЙ ВЕСТНИК", "Главная | Политика | Армия", AM_RU_HEAD, "14.03.2025", AM_RU_LEAD, "Ранее мы писали:",
     " date 2024-02-10 ", "Армения и Греция впервые обсудили план в Афинах.", AM_RU_MORE],
])
def test_a_date_line_inside_a_quoted_older_article_is_no_header(lines):
    p = parse_text(_lines(*lines))
    assert p.date == D(2025, 3, 14), p.why.get("date")
    assert p.title == lines[2]


def test_a_date_line_under_the_lead_is_no_header():
    p = parse_text(_lines("ARARAT HERALD", AM_EN_HEAD, AM_EN_LEAD, " date 2024-02-10 ", AM_EN_MORE))
    assert p.date != D(2024, 2, 10), p.why.get("date")


def test_a_sentence_with_a_weekday_a_date_and_a_temperature_stays_text():
    line = "В четверг, 13 марта 2025 г., при −15°C военные провели учение в горах."
    p = parse_text(_lines("СТЕПНОЙ ВЕСТНИК", "Главная | Новости | Армия", AM_RU_HEAD, "14.03.2025", AM_RU_LEAD, line,
                          AM_RU_MORE))
    assert line in p.body and p.date == D(2025, 3, 14)


# =========================================================================== pages: messenger posts

@pytest.mark.parametrize("top", [
    ["@kazdefence_news", "17.04.2025 14:32", "Переслано из: Минобороны Казахстана", "🇰🇿🇹🇷"],
    ["@kazdefence_news", "17.04.2025 14:32", "Переслано из: Минобороны Казахстана", "#Минобороны #Турция"],
    ["Переслано из: Минобороны Казахстана", "📌 ВАЖНО"],
])
def test_a_reposts_title_skips_emoji_and_hashtag_lines(top):
    p = parse_text(_lines(*top, *KZ_POST))
    assert p.title == KZ_POST[0], p.why.get("title")


@pytest.mark.parametrize("top", [
    ["@kazdefence_news", "17.04.2025 14:32", "#Минобороны #Турция"],
    ["@kazdefence_news", "17.04.2025 14:32", "🇰🇿🇹🇷"],
])
def test_a_channel_posts_tags_and_emoji_are_never_its_title(top):
    p = parse_text(_lines(*top, *KZ_POST))
    assert p.title in (None, KZ_POST[0]), p.why.get("title")


AZ_DRILL = "Azerbaijani and Kazakh navies hold first joint search and rescue drill"
AZ_TEXT = ("Ships of both navies practised a search and rescue operation off Aktau on Monday, the Kazakh ministry said. "
           "The drill involved two patrol boats and a helicopter.")


@pytest.mark.parametrize("lines", [
    ["Forwarded from Caspian Naval Watch", "#Navy #Caspian", AZ_DRILL, AZ_TEXT],
    pytest.param(["Forwarded from Caspian Naval Watch", "🔹 " + AZ_DRILL, AZ_TEXT], marks=xfail(
        "headlines: a bullet emoji opening the post's first line is kept in the published title ('🔹 Azerbaijani …'); "
        "cosmetic only: the scorer's fold() drops the symbol, so it costs no score")),
])
def test_an_english_reposts_title_without_its_decoration(lines):
    p = parse_text(_lines(*lines))
    assert p.title == AZ_DRILL, p.why.get("title")


# =========================================================================== pages: captions over photo credits

GE_EN = ("Georgia and Azerbaijan discuss border security",
         "Defence Minister Irakli Chikovani hosted a delegation of the Azerbaijani armed forces in Tbilisi on Monday. "
         "The sides discussed border security.", "The delegation also visited a training centre near Krtsanisi.")
GE_RU_LEAD2 = GE_RU_LEAD1 + " Стороны обсудили охрану границы и совместную подготовку."


@pytest.mark.parametrize("lines, sentence", [
    pytest.param([" date 2025-06-02 ", *GE_EN[:2], "Prime Minister Irakli Kobakhidze thanked the delegation for the visit",
                  "Photo: MOD Georgia", GE_EN[2]], "Prime Minister Irakli Kobakhidze thanked the delegation for the visit",
                 marks=xfail("lines (line model): a sentence with a verb but no final period over a 'Photo:' credit is "
                             "labelled caption ('crf p=0.31; overlap with the lead') and dropped from the body")),
    ([" date 2025-06-02 ", GE_RU_HEAD, GE_RU_LEAD2, "Премьер-министр Грузии Ираклий Кобахидзе поблагодарил гостей за визит",
      "Фото: Минобороны Грузии", GE_RU_MORE], "Премьер-министр Грузии Ираклий Кобахидзе поблагодарил гостей за визит"),
])
def test_a_sentence_over_a_photo_credit_stays_text(lines, sentence):
    p = parse_text(_lines(*lines))
    assert sentence in p.body, [(x.text[:30], x.label, x.why) for x in p.lines]


@pytest.mark.parametrize("lines, caption", [
    ([" date 2025-06-02 ", *GE_EN[:2], "Irakli Chikovani and Zakir Hasanov", "Photo: MOD Georgia", GE_EN[2]],
     "Irakli Chikovani and Zakir Hasanov"),
    ([" date 2025-06-02 ", GE_RU_HEAD, GE_RU_LEAD2, "Ираклий Чиковани и Закир Гасанов (слева направо)",
      "Фото: Минобороны Грузии", GE_RU_MORE], "Ираклий Чиковани и Закир Гасанов (слева направо)"),
])
def test_two_names_over_a_photo_credit_are_a_caption(lines, caption):
    p = parse_text(_lines(*lines))
    assert caption not in p.body and "Photo:" not in p.body and "Фото:" not in p.body, \
        [(x.text[:30], x.label, x.why) for x in p.lines]


# =========================================================================== more: the header under the headline, credits

@pytest.mark.parametrize("lines, author", [
    (["ARARAT HERALD", "Home | Politics | Defence", AM_EN_HEAD, " date 2025-03-14 By Anna Petrosyan", AM_EN_LEAD,
      AM_EN_MORE], "Anna Petrosyan"),
    (["ЕРЕВАНСКИЙ ВЕСТНИК", "Главная | Политика | Армия", AM_RU_HEAD, " date 2025-03-14 Автор: Анна Петросян", AM_RU_LEAD,
      AM_RU_MORE], "Anna Petrosyan"),
])
def test_the_date_header_under_the_headline(lines, author):
    p = parse_text(_lines(*lines))
    assert (p.title, p.date, p.author) == (lines[2], D(2025, 3, 14), author), (p.why.get("date"), p.why.get("title"))


@pytest.mark.parametrize("lines", [
    ["ARARAT HERALD", "Home | Politics | Defence", AM_EN_HEAD, "Thursday, 13 March 2025 | 12:30", AM_EN_LEAD, AM_EN_MORE],
    ["ЕРЕВАНСКИЙ ВЕСТНИК", "Главная | Политика | Армия", AM_RU_HEAD, "Четверг, 13 марта 2025, 12:30", AM_RU_LEAD, AM_RU_MORE],
    ["ARARAT HERALD", "Home | Politics | Defence", AM_EN_HEAD, "Thursday, 13 March 2025", AM_EN_LEAD, AM_EN_MORE,
     "Yerevan, Saturday, 15 March 2025 +4°C"],
])
def test_an_articles_own_day_and_date_under_the_headline_is_the_date_not_a_widget(lines):
    p = parse_text(_lines(*lines))
    assert p.date == D(2025, 3, 13), p.why.get("date")


@pytest.mark.parametrize("lines", [
    [" date 2025-03-14 ", AM_EN_HEAD, "By Anna Petrosyan", "Photo: Reuters", AM_EN_LEAD, AM_EN_MORE],
    [" date 2025-03-14 ", AM_RU_HEAD, "Анна Петросян", "Фото: ТАСС", AM_RU_LEAD, AM_RU_MORE],
])
def test_an_agency_in_a_photo_credit_is_no_source(lines):
    p = parse_text(_lines(*lines))
    assert p.author == "Anna Petrosyan"
    assert p.source is None, p.why.get("source")


def test_a_name_over_an_authors_photo_credit_at_the_foot_is_the_author():  # the caption rule must not take it
    p = parse_text(_lines(" date 2025-03-14 ", AM_RU_HEAD, AM_RU_LEAD, AM_RU_MORE, "Анна Петросян", "Фото автора"))
    assert p.author == "Anna Petrosyan", p.why.get("author")


@pytest.mark.parametrize("foot, want", [("© «Красная звезда», 2025", "Krasnaya Zvezda"), ("© ТАСС, 2025", "TASS"),
                                        ("© РИА Новости, 2025", "RIA Novosti")])
def test_a_listed_russian_outlet_in_the_foot_keeps_its_english_name(foot, want):
    p = parse_text(page(AM_RU_HEAD, AM_RU_LEAD, AM_RU_MORE, foot))
    assert p.source == want, p.why.get("source")

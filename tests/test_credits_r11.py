"""Round 11 (issue 11): who issued a page that no outlet credits, and the headline under a masthead.

Every page here is written for this test (invented outlets, channels, companies and people, our own sentences), in
English and Russian. Each test names a mechanism, not a page: the page's top naming a diplomatic mission, a
government, a ministry or a company is its issuer ('U.S. Embassy in X', 'Правительство Республики X', 'X AB' or a
name the foot gives 'About X' boilerplate for); 'By <organisation>' is a source, never an author; a repost's
'Forwarded from X' / «Переслано из: X» names the channel and is never the headline; 'Published in X' under the text
names the paper even when the text quotes an agency; 'ENDS', '-30-', '###', «Конец» are markers, never names; a
masthead in capitals is given in the case names are written in; the outlet's name alone over its menu is the source
when nothing else is credited; and a masthead, a menu or a weather bar is never the headline: the sentence-like line
over the text is.
"""
from __future__ import annotations

import pytest

from credit_parts import page
from generator.ingest import issuer
from generator.ingest.bylines import read_byline
from generator.ingest.reader import parse_text

H = "Estonia and Finland agree on joint coastal defence exercises"
B1 = ("Tallinn, 3 March 2025. Estonian Defence Minister Hanno Pevkur and Finnish Defence Minister Antti Hakkanen agreed "
      "on Monday to hold joint coastal defence exercises in the Gulf of Finland.")
B2 = "The ministers also signed a memorandum on the exchange of information between their navies."
RH = "Министры обороны Таджикистана и Кыргызстана провели переговоры в Душанбе"
RB1 = ("Министр обороны Таджикистана Эмомали Собирзода 5 мая провел в Душанбе переговоры с министром обороны "
       "Кыргызстана Русланом Мукамбетовым о безопасности на границе.")
RB2 = "Стороны также обсудили подготовку военных кадров и подписали план сотрудничества на 2026 год."
MENU = "Home | News | Press Releases | Contact"
RMENU = "Главная | Новости | Документы | Контакты"


def _read(*parts: str):
    return parse_text(page(*parts))


# --------------------------------------------------------------------------- the page's top names its issuer

@pytest.mark.parametrize("parts, want", [
    (("U.S. Embassy in Latvia", MENU, H, B1, B2), "U.S. Embassy in Latvia"),
    (("Embassy of Japan in Estonia", MENU, H, B1, B2), "Embassy of Japan in Estonia"),
    (("British High Commission Nairobi", MENU, H, B1, B2), "British High Commission Nairobi"),
    (("Посольство Российской Федерации в Республике Таджикистан", RMENU, RH, "5 мая 2025", RB1, RB2),
     "Embassy of Russia in Tajikistan"),
    (("Генеральное консульство Республики Казахстан в Стамбуле", RMENU, RH, RB1, RB2),
     "Consulate General of Kazakhstan"),  # (the city is not translated: the mission by its state)
    (("New Zealand Government", "Home | Releases | Speeches | Ministers", "Release", H, B1, B2), "New Zealand Government"),
    (("Government of Canada", MENU, H, B1, B2), "Government of Canada"),
    (("Правительство Республики Узбекистан", RMENU, RH, RB1, RB2), "Government of Uzbekistan"),
    (("Ministry of Foreign Affairs of Latvia", MENU, H, B1, B2), "Ministry of Foreign Affairs of Latvia"),
    (("Министерство иностранных дел Республики Кыргызстан", RMENU, RH, RB1, RB2), "Ministry of Foreign Affairs of Kyrgyzstan"),
    # a defence ministry's header on the second line (under a language switch), by the ministry's own name
    (("EN | RU | ET", "Ministry of Defence of the Republic of Estonia", MENU, H, B1, B2), "Ministry of Defence of Estonia"),
    (("Ministry of Defence", "Republic of Botswana", H, B1, B2 + " (ENDS)"), "Ministry of Defence of Botswana"),
    (("Baltic Shipyards AB", "Products | Careers | Investors", H, B1, B2), "Baltic Shipyards AB"),
], ids=["us-embassy", "embassy-of", "high-commission", "ru-embassy", "ru-consulate", "nz-government", "government-of",
        "ru-government", "foreign-ministry", "ru-foreign-ministry", "mod-second-line", "mod-ends", "company-form"])
def test_the_top_of_the_page_names_its_issuer(parts, want):
    p = _read(*parts)
    assert p.source == want, p.why.get("source")
    assert p.title == (RH if parts[2] == RH or RH in parts else H)
    assert p.author is None


def test_a_company_named_again_in_its_about_boilerplate_is_the_source():
    p = _read("Nordic Armour Systems", "Products | Careers | Investors | Newsroom",
              "Nordic Armour Systems signs training agreement with Estonian Defence Forces",
              "Tallinn, 8 April 2025 – Nordic Armour Systems and the Estonian Centre for Defence Investment signed an "
              "agreement on training crews of armoured vehicles, the company said on Tuesday.",
              "The Estonian Defence Minister Hanno Pevkur attended the signing ceremony in Tallinn.",
              "About Nordic Armour Systems",
              "Nordic Armour Systems is a defence company based in Sweden that builds armoured vehicles for European armies.",
              "Media contact: press@nordicarmour.se")
    assert p.source == "Nordic Armour Systems"
    assert p.title == "Nordic Armour Systems signs training agreement with Estonian Defence Forces"
    # the boilerplate is the issuer's standing text, not the article's
    assert "is a defence company based in Sweden" not in p.body


@pytest.mark.parametrize("parts", [
    # an embassy or a government the text cites is no header: not the page's issuer
    (H, B1 + " The Embassy of Japan in Estonia welcomed the agreement.", B2),
    ("Government of Canada signs new procurement deal with Estonia", B1, B2),  # a headline naming a government
    ("Embassy", MENU, H, B1, B2),  # the word alone names no one
])
def test_an_organisation_named_only_in_the_text_or_a_headline_is_not_the_issuer(parts):
    p = _read(*parts)
    assert p.source is None, p.why.get("source")


# --------------------------------------------------------------------------- 'By <organisation>'

@pytest.mark.parametrize("line, want", [
    ("By U.S. Embassy Dhaka", ([], ["U.S. Embassy Dhaka"])),
    ("By Embassy of India, Hanoi", ([], ["Embassy of India"])),
    ("By Ministry of Foreign Affairs of Latvia", ([], ["Ministry of Foreign Affairs of Latvia"])),
    ("By Baltic Shipyards AB", ([], ["Baltic Shipyards AB"])),
    ("By Ana Lucia Ferrer", (["Ana Lucia Ferrer"], [])),  # a person stays the author
])
def test_an_organisation_after_by_is_a_source_never_an_author(line, want):
    assert read_byline(line) == want


def test_an_embassy_byline_with_date_and_topics_names_the_embassy():
    p = _read(H, "By U.S. Embassy Riga | 12 May, 2024 | Topics: News, Press Releases", B1, B2)
    assert (p.source, p.author, p.title) == ("U.S. Embassy Riga", None, H)


# --------------------------------------------------------------------------- reposts

@pytest.mark.parametrize("first, want", [
    ("Forwarded from Baltic Defence Watch", "Baltic Defence Watch"),
    ("Forwarded from Nordic Navy Notes (@nordicnavy)", "Nordic Navy Notes"),
    ("Forwarded message from Caspian Security Digest", "Caspian Security Digest"),
])
def test_a_repost_names_the_channel_it_was_forwarded_from(first, want):
    p = parse_text(first + "\n" + H + "\n\n" + B1 + "\n\n" + B2 + "\n")
    assert p.source == want
    assert p.title == H


@pytest.mark.parametrize("first, want", [
    ("Переслано из: Военный обозреватель Кавказа", "Voenny obozrevatel Kavkaza"),
    ("Переслано от Степной дозор", "Stepnoy dozor"),
])
def test_a_russian_repost_names_the_channel_it_was_forwarded_from(first, want):
    p = parse_text(first + "\n" + RH + "\n\n" + RB1 + "\n\n" + RB2 + "\n")
    assert p.source == want
    assert p.title == RH


def test_a_forwarded_sentence_in_the_text_names_no_channel():
    p = _read(H, B1 + " The invitation was forwarded from the ministry to the embassy.", B2)
    assert p.source is None


# --------------------------------------------------------------------------- 'Published in X' under the text

@pytest.mark.parametrize("parts, want", [
    (("Pakistan and Saudi Arabia army chiefs review defence ties",
      "RAWALPINDI, April 3: Chief of Army Staff General Asim Munir received the Saudi Chief of General Staff at General "
      "Headquarters on Wednesday, according to the Inter-Services Public Relations (ISPR).",
      "The two commanders discussed regional security and training cooperation, ISPR said.",
      "Published in The Karachi Observer, April 4th, 2024"), "The Karachi Observer"),
    ((H, B1 + " The agreement was announced by BNS.", B2, "Printed in Baltic Morning on 4 March 2025"), "Baltic Morning"),
    ((RH, RB1 + " Об этом сообщает ТАСС.", RB2, "Опубликовано в газете «Степной вестник» № 12 от 6 мая 2025"),
     "Stepnoy vestnik"),
])
def test_the_paper_a_piece_says_it_was_published_in_is_the_source(parts, want):
    assert _read(*parts).source == want


@pytest.mark.parametrize("line, want", [
    ("Published in The Karachi Observer, April 4th, 2024", "The Karachi Observer"),
    ("Published in print", None),
    ("The plan was published in March after long talks between the two sides in the capital", None),
])
def test_published_in(line, want):
    assert issuer.published_in(line) == want


# --------------------------------------------------------------------------- end markers

@pytest.mark.parametrize("marker, want", [
    ("ENDS", True), ("- ENDS -", True), ("-30-", True), ("###", True), ("Конец", True), ("— Конец —", True),
    ("(ENDS)", True), ("Endsley", False), ("End of the year", False),
])
def test_end_markers(marker, want):
    assert issuer.is_end_marker(marker) == want


@pytest.mark.parametrize("tail", ["(ENDS)", "/ENDS/", "— ENDS", "-30-", "/Конец/"])
def test_an_end_marker_closing_a_release_is_never_its_source(tail):
    p = _read(H, B1, B2 + " " + tail if tail.startswith(("(", "/")) else B2, *([] if tail.startswith(("(", "/")) else [tail]))
    assert p.source is None, p.why.get("source")


# --------------------------------------------------------------------------- mastheads

@pytest.mark.parametrize("parts, want", [
    (("BALTIC MORNING HERALD", "Politics | Defence | Economy | Sport", H, B1, B2), "Baltic Morning Herald"),
    (("СИБИРСКИЙ ВЕСТНИК", "Политика | Армия | Экономика | Спорт", RH, RB1, RB2), "Sibirsky vestnik"),
    # the page spells it elsewhere: that spelling
    (("CASPIAN EVENING POST", "Politics | Defence | Economy | Sport", H, B1, B2, "© 2025 Caspian Evening Post"),
     "Caspian Evening Post"),
])
def test_a_masthead_in_capitals_is_given_as_names_are_written(parts, want):
    p = _read(*parts)
    assert p.source == want
    assert p.title == parts[2]


@pytest.mark.parametrize("parts, want", [
    (("Kartli Today", "Politics | Region | Defence | Opinion", H, B1, B2), "Kartli Today"),
    (("Kartli Today", H, B1, B2 + ' "We agreed," the minister told this newspaper.'), "Kartli Today"),
    (("Заря Востока", "Новости | Политика | Армия | Общество", RH, RB1, RB2), "Zarya Vostoka"),
    (("Заря Востока", RH, RB1, RB2 + " Об этом министр рассказал нашему изданию."), "Zarya Vostoka"),
])
def test_the_outlet_alone_over_its_menu_is_the_source_when_no_one_is_credited(parts, want):
    assert _read(*parts).source == want


@pytest.mark.parametrize("parts", [
    ("Politics", MENU, H, B1, B2),  # a section label
    ("Ana Lucia Ferrer", H, B1, B2),  # a person's name over the headline, no menu and no 'this newspaper'
    ("Georgia", MENU, H, B1, B2),  # a place
])
def test_a_section_a_person_or_a_place_over_the_headline_is_no_masthead(parts):
    assert _read(*parts).source is None


def test_a_credit_in_the_text_outweighs_a_masthead_alone():
    p = _read("Kartli Today", "Politics | Region | Defence | Opinion", H, B1 + " Steppe Wire reports.", B2)
    assert p.source == "Steppe Wire"


# --------------------------------------------------------------------------- the headline under a masthead

@pytest.mark.parametrize("parts, want", [
    (("NEWS OF THE STEPPE", "Home | Politics | Defence | Economy", H, B1, B2), H),
    (("КАВКАЗСКИЙ ОБОЗРЕВАТЕЛЬ", "Главная | Политика | Армия | Экономика", "Тбилиси +9°C | USD 2.71 GEL", RH,
      "12 декабря 2025, 14:20", RB1, RB2), RH),
    (("Посольство Российской Федерации в Республике Таджикистан", RMENU, RH, "5 мая 2025", RB1, RB2), RH),
    (("Nordic Security Brief", "News | Analysis | Opinion", H, "3 March 2025", B1, B2), H),
])
def test_a_masthead_a_menu_or_a_widget_is_never_the_headline(parts, want):
    p = _read(*parts)
    assert p.title == want
    assert parts[0] not in p.body


# --------------------------------------------------------------------------- the office signing under the text

@pytest.mark.parametrize("parts, want", [
    ((H, B1, B2, "U.S. Embassy Tallinn"), "U.S. Embassy Tallinn"),
    ((H, B1, B2, "Issued by: New Zealand Government"), "New Zealand Government"),
    ((H, B1, B2, "Press Office, Embassy of Japan in Estonia"), "Embassy of Japan in Estonia"),
    ((RH, RB1, RB2, "Пресс-служба Посольства Российской Федерации в Республике Таджикистан"), "Embassy of Russia in Tajikistan"),
    ((RH, RB1, RB2, "Правительство Республики Таджикистан"), "Government of Tajikistan"),
    ((H, B1, B2, "Media contact: Jane Roe, Head of Communications, Baltic Shipyards AB, +46 8 555 0100"), "Baltic Shipyards AB"),
], ids=["embassy-alone", "issued-by", "press-office", "ru-press-service", "ru-government", "media-contact"])
def test_the_office_signing_under_the_text_is_the_source(parts, want):
    assert _read(*parts).source == want


@pytest.mark.parametrize("parts", [
    (H, B1, B2, "Related:", "Ministry of Foreign Affairs of Estonia"),  # a link in a list of other pages
    (H, B1, B2, "Media contact: Jane Roe, +46 8 555 0100"),  # a contact names a person, no company
])
def test_a_link_or_a_person_under_the_text_is_no_issuer(parts):
    assert _read(*parts).source is None


@pytest.mark.parametrize("parts, want", [
    # the outlet's credit inside the text, its words in another order: the outlet's own spelling
    (("NEWS OF THE STEPPE", "Home | Politics | Defence | Economy", H, B1 + " /Steppe News/", B2), "Steppe News"),
    (("NEWS OF THE STEPPE", H, B1, B2, "Follow Steppe News on Telegram"), "Steppe News"),
    (("СТЕПНОЙ ВЕСТНИК", "Главная | Политика | Армия", RH, RB1 + " /Степной вестник/", RB2), "Stepnoy vestnik"),
])
def test_a_masthead_in_capitals_gives_way_to_the_outlets_own_spelling(parts, want):
    assert _read(*parts).source == want


@pytest.mark.parametrize("parts, want", [
    (("СИБИРСКИЙ ВЕСТНИК", "Политика | Армия | Экономика | Спорт", RH,
      RB1 + " Об этом сообщает пресс-служба Министерства обороны Таджикистана.", RB2), "Sibirsky vestnik"),
    (("BALTIC MORNING HERALD", "Politics | Defence | Economy | Sport", H,
      B1 + " The talks were announced in a statement of the Estonian Ministry of Defence.", B2), "Baltic Morning Herald"),
    (("Baltic Morning Herald", "Politics | Defence | Economy | Sport", H, B1 + " The Estonian Ministry of Defence said.", B2),
     "Baltic Morning Herald"),
])
def test_the_masthead_over_the_sites_menu_outweighs_a_ministry_it_cites(parts, want):
    assert _read(*parts).source == want


def test_a_ministry_the_text_cites_is_the_source_when_no_masthead_is_printed():
    p = _read(H, B1 + " The Estonian Ministry of Defence said in a press release.", B2)
    assert p.source == "Ministry of Defence of Estonia"


# --------------------------------------------------------------------------- the outlet the news was told to

_EN_LEAD = ("Tallinn, 3 March 2025. Estonian Defence Minister Hanno Pevkur and Finnish Defence Minister Antti Hakkanen "
            "agreed on Monday to hold joint coastal defence exercises.")
_RU_LEAD = ("Душанбе, 5 мая 2025. Министр обороны Таджикистана Эмомали Собирзода провел переговоры с министром обороны "
            "Кыргызстана.")


@pytest.mark.parametrize("said, want", [
    ('"We will train together," Pevkur said in an interview with Baltic Courier.', "Baltic Courier"),
    ('"We will train together," Pevkur told a Baltic Courier correspondent.', "Baltic Courier"),
    ('"We will train together," Pevkur said, as quoted by Baltic Courier.', "Baltic Courier"),
    ("Baltic Courier's correspondent in Tallinn reports that the talks lasted four hours.", "Baltic Courier"),
    ('"We will train together," Pevkur said in an interview with Ana Lucia Ferrer.', None),  # a person
    ('"We will train together," Pevkur said in an interview with the Ministry of Defence.', None),  # an office
])
def test_an_outlet_the_text_says_it_spoke_to_is_the_source(said, want):
    assert _read(H, _EN_LEAD + " " + said, B2).source == want


@pytest.mark.parametrize("said, want", [
    ("«Мы будем учиться вместе», — сказал Собирзода в интервью «Степному курьеру».", "Stepnoy kuryer"),
    ("«Мы будем учиться вместе», — сообщил Собирзода корреспонденту «Степного курьера».", "Stepnoy kuryer"),
    ("Как стало известно «Горному вестнику», переговоры продлились четыре часа.", "Gorny vestnik"),
    ("Как передает корреспондент «Степного курьера», переговоры продлились четыре часа.", "Stepnoy kuryer"),
    ("«Мы будем учиться вместе», — приводит слова министра «Степной курьер».", "Stepnoy kuryer"),
    ("Об этом министр рассказал «Заре Востока».", "Zarya Vostoka"),
    ("Министр заявил «Мы готовы к учениям» и покинул зал.", None),  # the words said, not an outlet
])
def test_a_russian_outlet_the_text_says_it_spoke_to_is_the_source_in_the_nominative(said, want):
    assert _read(RH, _RU_LEAD + " " + said, RB2).source == want


@pytest.mark.parametrize("written, want", [
    ("Степному курьеру", "Степной курьер"), ("Степного курьера", "Степной курьер"), ("Степной курьер", "Степной курьер"),
    ("Заре Востока", "Заря Востока"), ("Горного вестника", "Горный вестник"), ("Steppe Wire", "Steppe Wire"),
])
def test_nominative_ru(written, want):
    assert issuer.nominative_ru(written) == want


@pytest.mark.parametrize("top, want", [
    (("Skip to main content", "EN | ET", "MINISTRY OF DEFENCE OF ESTONIA", "News | About | Contacts"), "Ministry of Defence of Estonia"),
    (("THE GOVERNMENT OF THE REPUBLIC OF ESTONIA",), "Government of Estonia"),
    (("Embassy of the United States of America", "U.S. Embassy in Estonia"), "Embassy of the United States of America"),
])
def test_a_header_in_capitals_or_under_other_top_lines_names_the_issuer(top, want):
    assert _read(*top, H, B1, B2).source == want


@pytest.mark.parametrize("top, want", [
    (("Версия для слабовидящих", "МИНИСТЕРСТВО ОБОРОНЫ РЕСПУБЛИКИ ТАДЖИКИСТАН", "Новости | Структура"), "Ministry of Defence of Tajikistan"),
    (("Посольство Республики Казахстан в Королевстве Бельгия",), "Embassy of Kazakhstan in Belgium"),
])
def test_a_russian_header_in_capitals_or_under_other_top_lines_names_the_issuer(top, want):
    assert _read(*top, RH, RB1, RB2).source == want


@pytest.mark.parametrize("top, want", [
    ("Вечерний Бишкек", "Vecherny Bishkek"),  # an outlet alone over the headline, no menu: no given name or surname in it
    ("Горный вестник", "Gorny vestnik"),
    ("Ирина Соколова", None),  # a person's name over the headline is no masthead
    ("Нино Гелашвили", None),
])
def test_a_russian_name_alone_over_the_headline_is_the_outlet_unless_it_names_a_person(top, want):
    assert _read(top, RH, RB1, RB2).source == want


@pytest.mark.parametrize("parts, want", [
    ((H, B1, B2, "Follow Baltic Courier on Telegram"), "Baltic Courier"),
    ((RH, RB1, RB2, "Подписывайтесь на «Степной курьер» в Telegram"), "Stepnoy kuryer"),
    ((RH, RB1, RB2, "Читайте Степной курьер в Дзен"), "Stepnoy kuryer"),
    ((H, B1, B2, "Follow Us on Telegram"), None),
    ((RH, RB1, RB2, "Подписывайтесь на нас в Telegram"), None),
])
def test_a_follow_line_naming_the_outlet_is_the_source(parts, want):
    assert _read(*parts).source == want


@pytest.mark.parametrize("caps, name", [
    ("EMBASSY OF THE U.S. IN RIGA", "Embassy of the U.S. in Riga"),
    ("NEWS OF THE STEPPE", "News of the Steppe"),
    ("MINISTRY OF DEFENCE OF THE UK", "Ministry of Defence of the UK"),
    ("THE BALTIC HERALD", "The Baltic Herald"),
])
def test_a_name_in_capitals_is_written_as_names_are(caps, name):
    # one writer for a masthead in capitals and a header organisation in capitals (issuer.caps_to_name)
    assert issuer.caps_to_name(caps.split()) == name

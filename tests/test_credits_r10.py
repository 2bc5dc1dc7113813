"""Round 10 (issue 11): source, headline and author on the kinds of page a held-out set still got wrong.

Every page here is written for this test (invented outlets, institutes and people, our own sentences), in English and
Russian. Each test names a mechanism, not a page: a credit in capitals ('BY NAME | CITY') names a person, never an
outlet; a text that cites only 'the Ministry of National Defence' or 'the Department of Defence' has that office as
its source, by its own name; a release signed off 'Issued by the Media Office, Ministry of Defence' is that ministry's,
its country read from where the text reports; an outlet named in Cyrillic is spelt as the page spells it in Latin (its
web address, its copyright line); a newspaper's masthead is never its headline; a think-tank's commentary is by the
name alone under its title; a site's slogan is never the headline.
"""
from __future__ import annotations

import pytest

from credit_parts import page
from generator.ingest.bylines import caps_name, read_byline
from generator.ingest.reader import parse_text
from generator.ingest.sources import latin_form

H = "Uruguay and Argentina agree to train peacekeepers together"
B1 = ("The defence ministers of Uruguay and Argentina agreed in Montevideo on Friday to train their peacekeeping "
      "battalions together from next year and to share a field hospital.")
B2 = "The two ministers also discussed the joint repair of transport aircraft, officials said after the talks."
RH = "Министры обороны Киргизии и Таджикистана обсудили охрану границы"
RB1 = ("Министры обороны Киргизии и Таджикистана в среду в Бишкеке обсудили совместную охрану границы "
       "и обмен разведданными между пограничными службами.")
RB2 = "Стороны также договорились провести совместные учения осенью."


# --------------------------------------------------------------------------- a credit in capitals

@pytest.mark.parametrize("written, want", [
    ("ANA LUCIA FERRER", "Ana Lucia Ferrer"),
    ("TOMASZ WIELGOSZ", "Tomasz Wielgosz"),
    ("AHMED AL-RASHIDI", "Ahmed al-Rashidi"),
    ("ОЛЕГ ЗАРЕЧНЫЙ", "Олег Заречный"),
    ("Ana Lucia Ferrer", "Ana Lucia Ferrer"),  # already in title case: unchanged
    ("NATION", "NATION"),  # one word: no name
])
def test_a_name_in_capitals_is_read_in_title_case(written, want):
    assert caps_name(written) == want


@pytest.mark.parametrize("line, want", [
    ("BY ANA LUCIA FERRER | MONTEVIDEO", (["Ana Lucia Ferrer"], [])),
    ("BY TOMASZ WIELGOSZ, WARSAW", (["Tomasz Wielgosz"], [])),
    ("By Kofi Asante | Accra", (["Kofi Asante"], [])),
    ("BY AHMED AL-RASHIDI AND SARA NOOR", (["Ahmed al-Rashidi", "Sara Noor"], [])),
    ("BY ANA LUCIA FERRER | PAYSANDÚ", (["Ana Lucia Ferrer"], [])),  # a smaller town
    ("BY KOFI ASANTE | TAMALE", (["Kofi Asante"], [])),
    ("BY ANA LUCIA FERRER | REUTERS", (["Ana Lucia Ferrer"], ["Reuters"])),  # a listed agency stays the source
])
def test_a_byline_in_capitals_names_its_author_and_no_outlet(line, want):
    assert read_byline(line) == want


@pytest.mark.parametrize("parts", [
    ("BY ANA LUCIA FERRER | MONTEVIDEO", H, "May 5, 2023", B1, B2),  # above the headline, with the city
    (H, "BY ANA LUCIA FERRER", "May 5, 2023", B1, B2),  # under the headline
    (H, "BY ANA LUCIA FERRER | MONTEVIDEO", B1, B2),  # under it, no date
    (H, "By Ana Lucia Ferrer, Montevideo", "May 5, 2023", B1, B2),
])
def test_a_byline_in_capitals_is_the_author_never_the_source(parts):
    p = parse_text(page(*parts))
    assert p.author == "Ana Lucia Ferrer", p.why.get("author")
    assert p.source is None, p.why.get("source")
    assert p.title == H, p.why.get("title")


def test_a_russian_credit_in_capitals_is_the_author_in_latin():
    p = parse_text(page(RH, "АВТОР: ОЛЕГ ЗАРЕЧНЫЙ", "14.05.2023", RB1, RB2))
    assert p.author == "Oleg Zarechny", p.why.get("author")
    assert p.source is None, p.why.get("source")


def test_a_heading_in_capitals_after_by_is_no_person():
    assert read_byline("BY THE NUMBERS")[0] == []


# --------------------------------------------------------------------------- a ministry by its own name

VN = ("Senior Lieutenant General Tran Van Hung, Deputy Minister of National Defence of Vietnam, held talks in Hanoi on "
      "Monday with a delegation of the Indian Ministry of Defence, according to the Ministry of National Defence.")
PL = ("The defence ministers of Poland and Lithuania met in Warsaw on Tuesday to discuss air defence along their border, "
      "according to the Ministry of National Defense.")
ZA = ("The defence ministers of South Africa and Botswana met in Pretoria on Tuesday to review joint patrols along "
      "their common border, according to the Department of Defence.")
REST = "Both sides agreed to expand the exchange of officers and the training of engineers next year."


@pytest.mark.parametrize("lead, want", [
    (VN, "Ministry of National Defence of Vietnam"),
    (PL, "Ministry of National Defense of Poland"),
    (ZA, "Department of Defence of South Africa"),
])
def test_a_text_citing_only_a_ministry_by_its_own_name_has_that_ministry_as_source(lead, want):
    p = parse_text(page("Defence talks in the capital", "12 June 2023", lead, REST))
    assert p.source == want, p.why.get("source")


def test_a_ministry_spokesman_cited_is_no_source():
    lead = ("The defence ministers of Poland and Lithuania met in Warsaw on Tuesday to discuss air defence, according "
            "to the Ministry of National Defense spokesman Colonel Adam Nowicki.")
    p = parse_text(page("Defence talks in the capital", "12 June 2023", lead, REST))
    assert p.source is None, p.why.get("source")


def test_an_outlet_named_outweighs_the_ministry_cited():
    p = parse_text(page("Defence talks in the capital", "12 June 2023", PL, REST, "© 2023 Vistula Evening Courier"))
    assert p.source == "Vistula Evening Courier", p.why.get("source")


# --------------------------------------------------------------------------- a release's issuer at its foot

OM = ("The Minister responsible for Defence Affairs received in Muscat on Tuesday the Chief of Staff of the Jordanian "
      "Armed Forces and his delegation, and the two sides discussed joint training.")
PK = ("The Chief of Naval Staff of Pakistan met the Commander of the Turkish Naval Forces in Rawalpindi on Monday, "
      "and the two sides discussed naval shipbuilding and joint training.")
KE = ("The Chief of the Defence Forces of Kenya received a delegation of the Ugandan army in Nairobi on Friday to "
      "discuss joint border patrols and the training of engineers.")


@pytest.mark.parametrize("lead, foot, want", [
    (OM, ["Issued by the Media Office, Ministry of Defence"], "Ministry of Defence of Oman"),
    (PK, ["Released by the Public Relations Directorate, Ministry of Defence"], "Ministry of Defence of Pakistan"),
    (KE, ["Public Affairs Office", "Ministry of Defence"], "Ministry of Defence of Kenya"),
    (KE, ["Issued by the Public Affairs Office, Ministry of Defence, Nairobi"], "Ministry of Defence of Kenya"),
])
def test_a_releases_issuer_at_its_foot_is_its_ministry_of_the_country_it_reports_from(lead, foot, want):
    p = parse_text(page("Defence chiefs discuss joint training", "4 April 2023", lead, REST, *foot))
    assert p.source == want, p.why.get("source")


def test_a_russian_release_prepared_by_a_press_service():
    p = parse_text(page(RH, "14.05.2023", RB1, RB2, "Подготовлено пресс-службой Министерства обороны"))
    assert p.source == "Ministry of Defence of Kyrgyzstan", p.why.get("source")


def test_an_office_without_a_ministry_is_no_source():
    p = parse_text(page("Defence chiefs discuss joint training", "4 April 2023", OM, REST, "Issued by the Media Office"))
    assert p.source is None, p.why.get("source")


# --------------------------------------------------------------------------- an outlet's Latin spelling

@pytest.mark.parametrize("written, lines, want", [
    ("Каспий-Ньюс", ["www.kaspiy-news.com/ru/"], "Kaspiy-News"),
    ("Тянь-Шань Инфо", ["tianshan-info.kg"], "Tian-Shan Info"),
    ("Жетысу Инфо", ["zhetysu-info.kz"], "Zhetysu Info"),
    ("Азия-Ньюс", ["© 2023 Asia-News"], "Asia-News"),  # a copyright line's own spelling
    ("Каспий-Ньюс", ["kaspiytimes.com"], None),  # another outlet's address
    ("Новости Каспия", ["caspiannews.az"], None),  # a translation, not a spelling
])
def test_an_outlet_in_cyrillic_is_spelt_as_the_page_spells_it_in_latin(written, lines, want):
    got = latin_form(written, lines)
    assert (got[0] if got else None) == want


@pytest.mark.parametrize("parts, want", [
    (("kaspiy-news.com", "Главная | Политика | Армия", RH, "14.05.2023", RB1, RB2 + " Об этом сообщает «Каспий-Ньюс»."),
     "Kaspiy-News"),
    (("tianshan-info.kg", RH, "Бишкек, 14 мая /Тянь-Шань Инфо/. " + RB1, RB2), "Tian-Shan Info"),
    ((RH, "Бишкек, 14 мая /Тянь-Шань Инфо/. " + RB1, RB2), "Tyan-Shan Info"),  # no Latin form: transliterated
])
def test_a_russian_outlet_takes_the_latin_form_its_page_shows(parts, want):
    p = parse_text(page(*parts))
    assert p.source == want, p.why.get("source")


# --------------------------------------------------------------------------- a newspaper's masthead is not its headline

@pytest.mark.parametrize("top, foot, head", [
    (["THE HARBOUR EVENING POST", "NATION | March 8, 2016"], "© 2016 Harbour Evening Post",
     "Gulf of Guinea navies close ranks against piracy"),
    (["THE HARBOUR EVENING POST", "Vol. 24 No. 112", "NATION"], "© 2016 Harbour Evening Post",
     "Navies of Nigeria and Ghana to share radar data in the Gulf of Guinea"),
    (["THE NORTHERN STAR EVENING POST", "NATION", "Tuesday, March 8, 2016"], "— Northern Star Evening Post",
     "Navies of Nigeria and Ghana to share radar data"),
])
def test_a_newspapers_masthead_is_its_source_and_not_its_headline(top, foot, head):
    lead = ("The chiefs of naval staff of Nigeria and Ghana agreed in Lagos on Tuesday to share radar data and to train "
            "boarding teams together, officials said after the talks.")
    more = ("The two admirals also discussed the repair of patrol boats at the Lagos dockyard and a joint exercise "
            "planned for the autumn, according to a statement.")
    p = parse_text("\n".join([*top, head, lead, more, foot]) + "\n")
    assert p.title == head, p.why.get("title")
    assert p.source is not None and "evening post" in p.source.casefold(), p.why.get("source")


def test_a_russian_newspapers_masthead_is_not_its_headline():
    p = parse_text("\n".join(["НОВАЯ СТЕПНАЯ ГАЗЕТА", "№ 45 (2210), 14 октября 2016 года", "ОБЩЕСТВО", RH, RB1, RB2,
                              "© 2016 «Новая степная газета»"]) + "\n")
    assert p.title == RH, p.why.get("title")
    assert p.source == "Novaya stepnaya gazeta", p.why.get("source")


# --------------------------------------------------------------------------- a think-tank's commentary

CO = ("The defence ministers of Colombia and Ecuador signed an agreement in Quito last week to set up joint border "
      "patrols, and the deal deserves a closer look.")
CO2 = "Both governments have struggled for years to control the smuggling routes along the river valleys."
RU_C = ("Министры обороны Азербайджана и Казахстана на прошлой неделе в Баку подписали соглашение о совместном "
        "патрулировании Каспийского моря.")
RU_C2 = "Обе страны давно стремились усилить контроль над морскими путями, однако прежние попытки не принесли результата."


@pytest.mark.parametrize("lines, title, source, author", [
    (["Andean Institute for Strategic Studies", "Home | Research | Commentary | Events | About",
      "What the new Colombian-Ecuadorian border pact means for the region", "Marta Villalobos", "Research Fellow", CO, CO2],
     "What the new Colombian-Ecuadorian border pact means for the region", "Andean Institute for Strategic Studies",
     "Marta Villalobos"),
    (["Gobi Institute for Strategic Studies", "Home | Research | Commentary | Events | About",
      "Mongolia's new defence pact with Japan: what changes", "Tuvshin Enkhbold", "Research Fellow",
      "The defence ministers of Mongolia and Japan signed a memorandum in Ulaanbaatar last week on training and "
      "peacekeeping, and the deal deserves a closer look.", CO2],
     "Mongolia's new defence pact with Japan: what changes", "Gobi Institute for Strategic Studies", "Tuvshin Enkhbold"),
    (["Baltic Institute for Strategic Studies", "COMMENTARY", "Why Estonia and Finland are pooling their coastal artillery",
      "Liis Tamm", "Senior Analyst, Maritime Security Programme", "14 March 2024",
      "The defence ministers of Estonia and Finland agreed in Tallinn last week to pool their coastal artillery across "
      "the Gulf of Finland, a step that deserves attention.", CO2],
     "Why Estonia and Finland are pooling their coastal artillery", "Baltic Institute for Strategic Studies", "Liis Tamm"),
    (["Каспийский центр стратегических исследований", "Главная | Аналитика | Эксперты | Контакты",
      "Что означает новое соглашение Азербайджана и Казахстана для Каспия", "Олег Заречный", "ведущий научный сотрудник",
      RU_C, RU_C2],
     "Что означает новое соглашение Азербайджана и Казахстана для Каспия", "Kaspiisky tsentr strategicheskikh issledovany",
     "Oleg Zarechny"),
])
def test_a_think_tanks_commentary_is_by_the_name_under_its_title(lines, title, source, author):
    p = parse_text(page(*lines))
    assert p.title == title, p.why.get("title")
    assert p.source == source, p.why.get("source")
    assert p.author == author, p.why.get("author")


def test_a_name_under_the_title_without_a_position_is_left_to_the_other_rules():
    # a person of the article named on a caption-like line, no position under it: no author is made of it
    p = parse_text(page("Andean Institute for Strategic Studies", "Home | Research | Commentary | Events | About",
                        "What the new Colombian-Ecuadorian border pact means for the region", "Minister Gustavo Paredes",
                        CO, CO2))
    assert p.author is None, p.why.get("author")


# --------------------------------------------------------------------------- a site's slogan

@pytest.mark.parametrize("lines, title", [
    (["Your daily digest of Asia-Pacific security news", "Home | Defence | Diplomacy | Region",
      "Japan and the Philippines agree to expand joint coast guard drills", "June 14, 2023",
      "Japan and the Philippines agreed in Manila on Wednesday to expand joint coast guard drills and to exchange "
      "officers between their academies.", "The two defence ministers also discussed maritime surveillance, officials said."],
     "Japan and the Philippines agree to expand joint coast guard drills"),
    (["Ваш ежедневный обзор новостей безопасности Центральной Азии", "Главная | Новости | Аналитика",
      "Министры обороны Казахстана и Узбекистана обсудили совместные учения", "14.06.2023",
      "Министры обороны Казахстана и Узбекистана в среду в Ташкенте обсудили совместные учения и обмен курсантами.",
      "Стороны также договорились о подготовке военных врачей."],
     "Министры обороны Казахстана и Узбекистана обсудили совместные учения"),
    (["Security news you can trust, every morning", "Saudi Arabia and Bahrain hold talks on air defence", "14 June 2023",
      "The defence ministers of Saudi Arabia and Bahrain met in Manama on Wednesday and discussed air defence and joint "
      "training of pilots.", "They also agreed to set up a joint committee on military industry."],
     "Saudi Arabia and Bahrain hold talks on air defence"),
])
def test_a_sites_slogan_is_never_the_headline(lines, title):
    p = parse_text("\n".join(lines) + "\n")
    assert p.title == title, p.why.get("title")


@pytest.mark.parametrize("tail, want", [
    ("сообщает пресс-служба Министерства национальной обороны Вьетнама.", "Ministry of National Defence of Vietnam"),
    ("по данным Министерства национальной обороны.", "Ministry of National Defence of Vietnam"),
])
def test_a_russian_text_citing_a_ministry_of_national_defence(tail, want):
    lead = ("Заместитель министра национальной обороны Вьетнама провел в Ханое переговоры с делегацией Министерства "
            "обороны Индии, " + tail)
    p = parse_text(page("Вьетнам и Индия обсудили сотрудничество в оборонной промышленности", "12.06.2023", lead, RB2))
    assert p.source == want, p.why.get("source")


# --------------------------------------------------------------------------- the headline over the text

@pytest.mark.parametrize("top, head", [
    (["THE HARBOUR EVENING POST", "NATION"], "Gulf of Guinea navies close ranks against piracy"),
    (["HARBOUR EVENING POST", "Saturday, March 12, 2016 · NATION"], "Gulf of Guinea navies close ranks against piracy"),
    (["THE HARBOUR EVENING POST", "NATION"], "Lagos hosts talks of West African naval chiefs"),
])
@pytest.mark.parametrize("byline", [[], ["By Kwame Mensah"]])
def test_the_line_over_the_text_under_a_short_top_is_the_headline(top, head, byline):
    lead = ("The chiefs of naval staff of Nigeria and Ghana agreed in Lagos on Tuesday to share radar data and to train "
            "boarding teams together, the Nigerian Ministry of Defence said in a statement.")
    more = "The two admirals also discussed the repair of patrol boats at the Lagos dockyard and a joint exercise."
    p = parse_text("\n".join([*top, head, *byline, lead, more, "© 2016 Harbour Evening Post"]) + "\n")
    assert p.title == head, p.why.get("title")


def test_a_long_line_over_the_text_under_a_related_list_is_no_headline():
    # the lines above are other articles' titles (long): the line over the text is not taken for the headline
    lead = ("The chiefs of naval staff of Nigeria and Ghana agreed in Lagos on Tuesday to share radar data and to train "
            "boarding teams together, officials said.")
    p = parse_text("\n".join(["Ghana buys two patrol boats from a shipyard in the Netherlands this spring",
                              "Nigeria opens a naval base on the border with Cameroon after long delays",
                              "Read also this analysis of maritime security in the region", lead,
                              "They also discussed the repair of patrol boats."]) + "\n")
    assert p.title != "Read also this analysis of maritime security in the region", p.why.get("title")


@pytest.mark.parametrize("head, caption", [
    ("Greece and Cyprus Formalize Military Agreements with Armenia",
     "Armenian, Cypriot and Greek defence officials in Yerevan on Dec. 18"),
    ("Chile and Peru sign naval training accord", "Chilean and Peruvian officers in Lima on March 3"),
])
def test_a_dated_caption_under_the_headline_is_not_the_headline(head, caption):
    lead = ("Defence officials of Greece and Cyprus were in Yerevan on Monday to sign military cooperation agreements "
            "with Armenia." if "Armenia" in head else
            "Naval officials of Chile and Peru signed an accord in Lima on Friday on the training of officers.")
    p = parse_text(page(head, caption, lead, "The ceremony took place at the defence ministry, officials said."))
    assert p.title == head, p.why.get("title")

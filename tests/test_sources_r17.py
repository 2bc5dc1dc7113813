"""Round 17: who published the page, and who wrote it. A foreign paper's English edition keeps its masthead over a
ministry it cites; a ministry's own site under a bilingual header in capitals; an embassy in one form ('Embassy of X
in Y'); a ministry the text names without its state takes the page's state; other names of defence ministries
(Secretariat, Department, '… and Military Veterans') and their acronyms; a time zone is never a source; an outlet
named only in Cyrillic is transliterated; a company's legal form is no part of an outlet's name. Authors: 'From
<Name>, <City>', a related list's heading in another language is no person, a byline cue in the middle of a line.

Every page here is written for this test (invented outlets under invented names, our own sentences)."""
from __future__ import annotations

import pytest

from conftest import join_page as page
from generator.ingest.bylines import credited_names, mid_line_byline, person_name
from generator.ingest.issuer import english_name
from generator.ingest.reader import parse_text
from generator.ingest.sources import time_zone, tidy_source

# --------------------------------------------------------------------------- shared text (our own sentences)

H_IT = "Italy and Albania agree on joint naval patrols in the Adriatic"
LEAD_IT = ("ROME — Italy and Albania will run joint naval patrols in the southern Adriatic from next spring, according "
           "to the Italian Ministry of Defence, after talks between the two defence ministers in Rome on Wednesday.")
MORE_IT = "The Albanian minister also toured the naval base at Taranto and met cadets of the naval academy, officials said."
QUOTE_IT = "The plan was first reported by Adriatic Wire, which said the patrols would begin in March."
RELATED_IT = ("Related", "Greek navy orders two frigates — Aegean Courier", "NATO ministers meet in Brussels — Reuters")


def _paper(mast, foot, *, caption="The Albanian delegation at the naval academy. © Difesa & Geopolitica", extra=()):
    return page(mast, "Home | Defence | Europe | Opinion", H_IT, LEAD_IT, MORE_IT, *extra, caption, *RELATED_IT, foot)


# --------------------------------------------------------------------------- 1. a paper's English edition

@pytest.mark.parametrize("mast, foot, want", [
    ("DIFESA & GEOPOLITICA  —  English edition",
     "Difesa & Geopolitica English edition — Registered at the Court of Rome no. 12/2019 — © 2025", "Difesa & Geopolitica"),
    ("CORRIERE ADRIATICO | International", "Corriere Adriatico International — Registered at the Court of Ancona — © 2025",
     "Corriere Adriatico"),
    ("Voce dello Stretto — Online", "© 2025 Voce dello Stretto", "Voce dello Stretto"),
    ("SENTINELLA & DIFESA — Edizione inglese | English edition", "Sentinella & Difesa — all rights reserved", "Sentinella & Difesa"),
])
def test_a_papers_english_edition_keeps_its_masthead_over_a_ministry_it_cites(mast, foot, want):
    p = parse_text(_paper(mast, foot))
    assert p.source.casefold() == want.casefold(), p.why.get("source")


@pytest.mark.parametrize("foot, want", [
    ("Difesa & Geopolitica English edition — Registered at the Court of Rome no. 12/2019 — © 2025", "Difesa & Geopolitica"),
    ("Corriere Adriatico | Registered at the Court of Ancona | © 2025", "Corriere Adriatico"),
    ("Corriere Adriatico International edition © 2025", "Corriere Adriatico"),
])
def test_a_papers_foot_with_the_copyright_sign_last(foot, want):  # no masthead: the foot alone names the paper
    p = parse_text(page(H_IT, LEAD_IT, MORE_IT, *RELATED_IT, foot))
    assert p.source.casefold() == want.casefold(), p.why.get("source")


def test_a_registration_line_of_a_person_names_no_paper():  # must not fire: a photographer's credit with '©' last
    p = parse_text(page(H_IT, LEAD_IT, MORE_IT, "Photo: Marco Rossi — © 2025"))
    assert p.source == "Ministry of Defence of Italy", p.why.get("source")


def test_a_paper_quoting_an_agency_in_the_body_keeps_the_paper():  # must not fire: the agency quoted past the lead
    p = parse_text(_paper("DIFESA & GEOPOLITICA  —  English edition", "© 2025 Difesa & Geopolitica", extra=(QUOTE_IT,)))
    assert p.source.casefold() == "difesa & geopolitica", p.why.get("source")


def test_a_reuters_photo_credit_is_no_source():  # must not fire: the photo's origin, not the text's
    p = parse_text(_paper("DIFESA & GEOPOLITICA  —  English edition", "© 2025 Difesa & Geopolitica",
                          caption="Source: Reuters photo"))
    assert p.source.casefold() == "difesa & geopolitica", p.why.get("source")


def test_a_ministry_the_text_cites_is_the_source_on_a_page_with_no_masthead():  # the ministry still counts alone
    p = parse_text(page(H_IT, LEAD_IT, MORE_IT, "Share | Tweet | Email"))
    assert p.source == "Ministry of Defence of Italy", p.why.get("source")


# --------------------------------------------------------------------------- 2. a ministry's own bilingual header

LEAD_AM = ("On 14 May, Minister of Defence Suren Papikyan received a delegation of the Greek Ministry of National Defence "
           "led by the deputy minister. The sides discussed cooperation in military education and officer training.")
MORE_AM = "The parties agreed to hold the next consultations in Athens in the autumn."


@pytest.mark.parametrize("head, want", [
    ("Պաշտպանության նախարարություն | MINISTRY OF DEFENCE OF THE REPUBLIC OF ARMENIA", "Ministry of Defence of Armenia"),
    ("MINISTRY OF DEFENCE OF THE REPUBLIC OF ARMENIA | Պաշտպանության նախարարություն", "Ministry of Defence of Armenia"),
    ("Міністерство оборони України | MINISTRY OF DEFENCE OF UKRAINE", "Ministry of Defence of Ukraine"),
])
def test_a_ministrys_bilingual_header_in_capitals(head, want):
    p = parse_text(page(head, "Home | News | Ministry | Contacts", "Armenian and Greek defence officials discuss military "
                        "education", LEAD_AM, MORE_AM, "Latest news", "Minister visits a border unit", "Contacts | Sitemap"))
    assert p.source == want, p.why.get("source")


def test_a_header_of_two_menu_words_names_no_ministry():  # must not fire: a menu, no organisation
    p = parse_text(page("Home | Ministry | Contacts", "Armenian and Greek defence officials discuss military education",
                        LEAD_AM, MORE_AM))
    assert p.source is None or "header" not in p.why.get("source", ""), p.why.get("source")


# --------------------------------------------------------------------------- 3. an embassy in one form

@pytest.mark.parametrize("written, want", [
    ("Embassy of Georgia to the Republic of Estonia", "Embassy of Georgia in Estonia"),
    ("Embassy of the Republic of Kazakhstan in the Kingdom of Spain", "Embassy of Kazakhstan in Spain"),
    ("High Commission of India to the United Kingdom", "High Commission of India in the United Kingdom"),
    ("Embassy of Mongolia in Vietnam", "Embassy of Mongolia in Vietnam"),
    ("Permanent Mission of Georgia to the United Nations", "Permanent Mission of Georgia to the United Nations"),
    ("Embassy of India, Hanoi", "Embassy of India, Hanoi"),  # a city, not a state: as written
])
def test_an_embassys_name_in_one_form(written, want):
    assert english_name(written, "mission", "en") == want


@pytest.mark.parametrize("parts, want", [
    (("Embassy of Georgia to the Republic of Estonia", "Home | News | Consular services",
      "Georgian and Estonian defence officials meet in Tallinn",
      "On 3 March the Ambassador of Georgia met the Estonian Minister of Defence in Tallinn to discuss the training of cyber "
      "defence specialists, the embassy said.", "The sides agreed to continue the exchange of cadets.",
      "Related", "Estonian navy hosts Baltic divers — Baltic Morning"), "Embassy of Georgia in Estonia"),
    (("Посольство Грузии в Эстонской Республике", "Главная | Новости | Консульские услуги",
      "Посол Грузии обсудил с министром обороны Эстонии подготовку специалистов", "04.03.2025",
      "3 марта посол Грузии встретился в Таллине с министром обороны Эстонии, стороны обсудили подготовку специалистов "
      "по киберобороне.", "Стороны договорились продолжить обмен курсантами."), "Embassy of Georgia in Estonia"),
])
def test_an_embassys_page_in_both_languages(parts, want):
    p = parse_text(page(*parts))
    assert p.source == want, p.why.get("source")


# --------------------------------------------------------------------------- 4-5. a ministry without its state

@pytest.mark.parametrize("parts, want", [
    (("Kenya and Tanzania agree on joint border patrols",
      "NAIROBI — Kenya and Tanzania will conduct joint patrols along their border, according to a statement from the "
      "Ministry of Defence, after the Kenyan Cabinet Secretary for Defence met his Tanzanian counterpart on Monday.",
      "Kenyan officials said the first patrol would take place in June.", "Share | Tweet"), "Ministry of Defence of Kenya"),
    (("Mexico and Guatemala discuss border security",
      "MEXICO CITY — Mexico and Guatemala agreed to share intelligence on arms trafficking, the Secretariat of National "
      "Defence (SEDENA) said in a statement on Tuesday.", "The meeting took place at the Defence headquarters, Mexican "
      "officials said.", "Share | Tweet"), "Secretariat of National Defence of Mexico"),
    (("Philippines and Japan hold defence talks",
      "MANILA — The Philippines and Japan agreed to expand joint exercises, the Department of National Defense (DND) said "
      "in a statement on Friday.", "The talks were held at Camp Aguinaldo.", "Share"),
     "Department of National Defense of the Philippines"),
    (("Mexico and Guatemala discuss border security",
      "Mexico and Guatemala agreed to share intelligence on arms trafficking, according to a statement from SEDENA, the "
      "Secretariat of National Defence.", "The meeting took place in Mexico City, officials said."),
     "Secretariat of National Defence of Mexico"),
    (("South Africa hosts regional defence chiefs",
      "PRETORIA — The Ministry of Defence and Military Veterans said in a statement that South Africa would host the "
      "regional defence chiefs in May.", "Officials said the meeting would be held in Pretoria."),
     "Ministry of Defence and Military Veterans of South Africa"),
    (("South Africa and Mozambique review maritime patrols",
      "PRETORIA — South Africa and Mozambique reviewed their joint maritime patrols in the Mozambique Channel, according "
      "to a press release issued by the Department of Defence on Thursday.", "South African officials said the patrols "
      "would continue.", "Share"), "Department of Defence of South Africa"),
])
def test_a_ministry_without_its_state_takes_the_pages_state(parts, want):
    p = parse_text(page(*parts))
    assert p.source == want, p.why.get("source")


def test_a_ministry_only_in_a_related_list_names_no_source():  # must not fire: a list of other pages
    p = parse_text(page("Kenya and Tanzania agree on joint border patrols",
                        "NAIROBI — Kenya and Tanzania will conduct joint patrols along their border after their defence "
                        "chiefs met on Monday, officials said.", "The first patrol will take place in June.",
                        "Related", "Ministry of Defence statement on the border patrols",
                        "Secretariat of National Defence (SEDENA) said in a statement it would buy drones"))
    assert p.source is None or "ministry" not in p.source.casefold(), p.why.get("source")


def test_a_paper_citing_a_ministry_without_its_state_keeps_the_paper():
    p = parse_text(page("THE NAIROBI LEDGER", "Home | Kenya | Africa", "Kenya and Tanzania agree on joint border patrols",
                        "NAIROBI — Kenya and Tanzania will conduct joint patrols along their border, according to a statement "
                        "from the Ministry of Defence, after the defence chiefs met on Monday.",
                        "Kenyan officials said the first patrol would take place in June.", "© 2025 The Nairobi Ledger"))
    assert p.source == "The Nairobi Ledger", p.why.get("source")


# --------------------------------------------------------------------------- 6. a time zone is never a source

@pytest.mark.parametrize("name, want", [
    ("COT", True), ("CET", True), ("WAT", True), ("GMT+3", True), ("MSK", True), ("МСК", True), ("UTC", True),
    ("EST", True), ("+08", True), ("UTC-05:00", True),
    ("Iberpress", False), ("TASS", False), ("ISPR", False), ("Cat", False),
])
def test_a_time_zone(name, want):
    assert time_zone(name) is want


@pytest.mark.parametrize("stamp", ["March 3, 2025 - 11:20 a.m. (COT)", "3 March 2025, 17:20 (CET)", "03.03.2025 11:20 (GMT+3)",
                                   "March 3, 2025 | 10:20 (WAT)"])
def test_a_time_zone_after_the_stamp_is_no_agency(stamp):
    p = parse_text(page("Spain and Morocco agree on maritime training", stamp,
                        "MADRID (Iberpress) – The defence ministers of Spain and Morocco agreed on Monday to train naval "
                        "cadets together from next year.", "The agreement was signed in Madrid, officials said."))
    assert p.source == "Iberpress", p.why.get("source")


def test_a_time_zone_alone_names_no_source():  # must not fire: nothing else credited
    p = parse_text(page("Spain and Morocco agree on maritime training", "March 3, 2025 - 11:20 a.m. (COT)",
                        "MADRID — The defence ministers of Spain and Morocco agreed on Monday to train naval cadets "
                        "together from next year.", "The agreement was signed in Madrid, officials said."))
    assert p.source is None or not time_zone(p.source), p.why.get("source")


def test_a_russian_stamp_with_moscow_time():
    p = parse_text(page("Министры обороны Беларуси и Казахстана обсудили учения", "3 марта 2025, 11:20 (МСК)",
                        "МИНСК, 3 марта – «Степь-Инфо». Министры обороны Беларуси и Казахстана в среду в Минске обсудили "
                        "совместные учения и подготовку офицеров.", "Следующая встреча запланирована в Астане."))
    assert p.source != "МСК" and p.source != "MSK", p.why.get("source")


# --------------------------------------------------------------------------- 7. a Russian paper's name transliterated

RH7 = "Министры обороны Беларуси и Казахстана обсудили совместные учения"
RB7 = "Министры обороны Беларуси и Казахстана в среду в Минске обсудили совместные учения и подготовку офицеров."
RB7b = "Следующая встреча запланирована в Астане осенью, сообщили в министерстве."


@pytest.mark.parametrize("parts, want", [
    (("МИНСКИЙ КУРЬЕР", "Главная | Политика | Общество", RH7, RB7, RB7b, "© «Минский курьер», 2025"), "Minsky kuryer"),
    (("«Бакинский экспресс»", "Главная | Политика", RH7, RB7, RB7b, "Все права защищены — «Бакинский экспресс»"),
     "Bakinsky ekspress"),
    ((RH7, RB7, RB7b, "© «Ташкентская хроника», 2025"), "Tashkentskaya khronika"),
])
def test_a_russian_outlet_named_only_in_cyrillic_is_transliterated(parts, want):
    p = parse_text(page(*parts))
    assert p.source.casefold() == want.casefold(), p.why.get("source")


def test_a_latin_name_the_page_prints_wins():
    p = parse_text(page("МИНСКИЙ КУРЬЕР", RH7, RB7, RB7b, "© Minsk Courier, 2025 | minskcourier.example"))
    assert p.source == "Minsk Courier", p.why.get("source")


def test_a_listed_outlet_keeps_its_name():
    p = parse_text(page(RH7, "МОСКВА, 3 марта – РИА Новости. " + RB7, RB7b))
    assert p.source == "RIA Novosti", p.why.get("source")


# --------------------------------------------------------------------------- a company's legal form

@pytest.mark.parametrize("written, want", [
    ("The Lagos Ledger Ltd", "The Lagos Ledger"), ("The Lagos Ledger Ltd.", "The Lagos Ledger"),
    ("Steppe Media Group LLC", "Steppe Media Group"), ("Harbour Times, Inc.", "Harbour Times"),
    ("Borneo Wire Sdn Bhd", "Borneo Wire"), ("ООО Степь Медиа", "Степь Медиа"),
    ("Ledger Ltd", "Ledger Ltd"),  # one common word alone names no outlet: kept as written
])
def test_a_company_form_is_no_part_of_the_name(written, want):
    assert tidy_source(written) == want


@pytest.mark.parametrize("foot", ["© 2025 The Lagos Ledger Ltd. All rights reserved.", "Copyright © 2025 The Lagos Ledger Limited"])
def test_a_papers_rights_notice_with_its_company_form(foot):
    p = parse_text(page("Nigeria and Ghana sign defence pact", "Nigeria and Ghana on Tuesday signed a defence cooperation "
                        "agreement in Abuja, covering training and intelligence sharing.",
                        "The Ghanaian minister also visited the Nigerian Defence Academy in Kaduna.", foot))
    assert p.source == "The Lagos Ledger", p.why.get("source")


# --------------------------------------------------------------------------- 8. 'From <Name>, <City>'

NG_LEAD = "Nigeria and Ghana on Tuesday signed a defence cooperation agreement in Abuja, covering training and intelligence sharing."
NG_MORE = "The Ghanaian minister also visited the Nigerian Defence Academy in Kaduna, officials said."


@pytest.mark.parametrize("byline", ["From Emeka Okafor, Abuja", "By Emeka Okafor, Abuja", "Emeka Okafor | Abuja",
                                    "From Emeka Okafor, Lagos"])
def test_a_byline_with_the_city_written_from(byline):
    p = parse_text(page("THE LAGOS LEDGER", "Home | Nigeria | Africa", "Nigeria and Ghana sign defence pact", byline,
                        NG_LEAD, NG_MORE, "© 2025 The Lagos Ledger Ltd."))
    assert p.author == "Emeka Okafor", p.why.get("author")
    assert p.source == "The Lagos Ledger", p.why.get("source")


@pytest.mark.parametrize("line, want", [
    ("From Emeka Okafor, Abuja", [("Emeka Okafor", False)]),
    ("Emeka Okafor, Abuja", [("Emeka Okafor", False)]),
    ("From Abuja", None),  # a place alone
    ("From Baku to Kabul", None),  # a headline
    ("Abuja, Lagos", None),  # two places
])
def test_credited_names_with_a_city(line, want):
    assert credited_names(line, "en") == want


# --------------------------------------------------------------------------- 9. a related list's heading in another language

@pytest.mark.parametrize("heading", ["Berita Berkaitan", "Berita Terkait", "Noticias Relacionadas", "Artigos Relacionados",
                                     "Articles connexes", "Ilgili Haberler", "Читайте також", "Berita Lain", "Más noticias"])
def test_a_related_lists_heading_is_no_person(heading):
    assert not person_name(heading)
    p = parse_text(page("Malaysia and Indonesia hold navy talks",
                        "KUALA LUMPUR, May 5 (Selat Wire) -- The navy chiefs of Malaysia and Indonesia met on Monday to "
                        "discuss joint patrols in the Strait of Malacca.", "The talks were held at the navy headquarters.",
                        heading, "Malaysia, Thailand to boost border security", "PM to visit Jakarta next week"))
    assert p.author is None, p.why.get("author")
    assert p.source == "Selat Wire", p.why.get("source")


def test_a_name_at_the_foot_is_still_the_author():  # must still fire: a person's sign-off, then the list
    p = parse_text(page("Malaysia and Indonesia hold navy talks",
                        "KUALA LUMPUR, May 5 (Selat Wire) -- The navy chiefs of Malaysia and Indonesia met on Monday to "
                        "discuss joint patrols in the Strait of Malacca.", "The talks were held at the navy headquarters.",
                        "Nurul Aina Binti Mohd Yusof", "Berita Berkaitan", "Malaysia, Thailand to boost border security"))
    assert p.author == "Nurul Aina Binti Mohd Yusof", p.why.get("author")


# --------------------------------------------------------------------------- 10. a byline cue in the middle of a line

@pytest.mark.parametrize("line, want", [
    ("Опубликовано: 28 октября 2025 г.   Автор: Мерген Атаев", "Мерген Атаев"),
    ("Published: 3 May 2025 | Author: Jane Doe", "Jane Doe"),
    ("12.05.2025 · Текст: Анна Белова", "Анна Белова"),
    ("Published 3 May 2025 | By: Jane Doe | 5 min read", "Jane Doe"),
    ("Author: Jane Doe", None),  # a cue opening the line is read by the byline rules
    ("The minister said the talks went well, adding that the author: was unknown", None),  # a sentence
])
def test_a_byline_cue_in_the_middle_of_a_line(line, want):
    assert mid_line_byline(line) == want


@pytest.mark.parametrize("parts, want", [
    (("ТУРКМЕНСКИЙ ВЕСТНИК", "Министры обороны Туркменистана и Азербайджана обсудили подготовку моряков",
      "Опубликовано: 28 октября 2025 г.   Автор: Мерген Атаев",
      "Министры обороны Туркменистана и Азербайджана в среду в Ашхабаде обсудили подготовку военных моряков.",
      "Следующая встреча запланирована в Баку."), "Mergen Ataev"),
    (("Caspian Harbour Review", "Turkmen and Azerbaijani defence ministers discuss naval training",
      "Published: 28 October 2025 | Author: Jane Doe",
      "The defence ministers of Turkmenistan and Azerbaijan discussed the training of naval officers in Ashgabat on Wednesday.",
      "The next meeting is planned in Baku."), "Jane Doe"),
])
def test_a_date_and_a_byline_on_one_line(parts, want):
    p = parse_text(page(*parts))
    assert p.author == want, p.why.get("author")
    assert p.date is not None


@pytest.mark.parametrize("line", ["28 октября 2025, 14:05   Автор: Мерген Атаев", "Дата: 28.10.2025 | Автор: Мерген Атаев",
                                  "28 октября 2025 г. | Текст: Мерген Атаев | Фото: пресс-служба"])
def test_a_date_and_a_byline_on_one_line_in_other_shapes(line):
    p = parse_text(page("Министры обороны Туркменистана и Азербайджана обсудили подготовку моряков", line,
                        "Министры обороны Туркменистана и Азербайджана в среду в Ашхабаде обсудили подготовку военных моряков "
                        "и обмен курсантами.", "Следующая встреча запланирована в Баку."))
    assert p.author == "Mergen Ataev", p.why.get("author")
    assert str(p.date) == "2025-10-28"


def test_a_mid_line_cue_naming_an_outlet_is_no_author():  # must not fire: 'Source:' is no byline cue
    p = parse_text(page("Turkmen and Azerbaijani defence ministers discuss naval training",
                        "Published: 28 October 2025 | Source: Caspian Harbour Review",
                        "The defence ministers of Turkmenistan and Azerbaijan discussed the training of naval officers in "
                        "Ashgabat on Wednesday.", "The next meeting is planned in Baku."))
    assert p.author is None, p.why.get("author")

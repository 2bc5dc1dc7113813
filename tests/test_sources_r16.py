"""Round 16: who published the page, and who wrote it. A paper under its own masthead quoting an army's press wing
keeps the paper; a fragment of a longer name is no source; a rights notice without '©' names the outlet; the press
service of a state body the text names is the origin; a Russian state body and a Russian outlet name by their English
names; an outlet, channel or agency the page names is never the author.

Every page here is written for this test (invented outlets under invented names, our own sentences)."""
from __future__ import annotations

import pytest

from conftest import join_page as page
from credit_parts import B1, B2, B3, H, RB1, RB2, RB3, RH
from generator.ingest.issuer import state_body
from generator.ingest.reader import parse_text
from generator.ingest.sources import fragment_of_name

LEAD_PK = ("KARACHI: Naval staff delegations of Pakistan and Turkey met on Tuesday to discuss joint patrols in the "
           "Arabian Sea and the training of submarine crews.")
QUOTE_PK = "The talks covered maritime security and an exchange of cadets, ISPR said in a statement."
AFTER_PK = "The Turkish delegation later toured the naval dockyard, according to the statement."


# --------------------------------------------------------------------------- 1. a paper quoting a press wing

@pytest.mark.parametrize("parts, want", [
    (("The Lahore Ledger", "Home | Pakistan | World", "Pakistan and Turkey hold naval staff talks", "Staff Report",
      LEAD_PK, QUOTE_PK, AFTER_PK, "© 2025 The Lahore Ledger. All rights reserved."), "The Lahore Ledger"),
    (("Pakistan and Turkey hold naval staff talks", LEAD_PK, "ISPR said the two navies would exercise together in autumn.",
      AFTER_PK, "Indus Evening Mail — all rights reserved"), "Indus Evening Mail"),
    (("INDUS EVENING MAIL", "Pakistan and Turkey hold naval staff talks", LEAD_PK, QUOTE_PK, "Related: ISPR briefing on drills",
      "Copyright © 2025 Indus Evening Mail"), "Indus Evening Mail"),
    (("The Indus Mail", "Pakistan and Turkey hold naval staff talks", "RAWALPINDI: The army's media wing, ISPR, said " +
      LEAD_PK[9:], AFTER_PK, "© 2025 The Indus Mail"), "The Indus Mail"),
    (("The Indus Mail", "Pakistan and Turkey hold naval staff talks", LEAD_PK, "The talks were cordial, according to ISPR.",
      AFTER_PK, "© 2025 The Indus Mail"), "The Indus Mail"),
])
def test_a_paper_quoting_an_army_press_wing_keeps_the_paper(parts, want):
    p = parse_text(page(*parts))
    assert p.source == want, p.why.get("source")
    assert p.author is None, p.why.get("author")


def test_a_press_wing_credited_in_the_dateline_is_the_source():  # near-miss: a credit, not a subject
    p = parse_text(page("Pakistan and Turkey hold naval staff talks", "RAWALPINDI (ISPR): " + LEAD_PK[9:], AFTER_PK))
    assert p.source == "ISPR", p.why.get("source")


# --------------------------------------------------------------------------- 2. a fragment of a longer name

@pytest.mark.parametrize("name, text, want", [
    ("National Security", "The National Security Council said on Monday.\nNational Security Council officials agreed.", True),
    ("State Border", "Officers of the State Border Service met.", True),
    ("National Security", "National Security reports that the drills went well.", False),  # once on its own
    ("Kartli Wire", "the minister told Kartli Wire Monday", False),  # a day after the name
    ("Steppe Wire", "ASTANA (Steppe Wire) — the ministers met", False),
    ("KARAWIRE", "ASTANA. KARAWIRE Defence ministers met on Monday", False),  # a capitals credit opening the sentence
])
def test_a_fragment_of_a_longer_capitalised_name(name, text, want):
    assert fragment_of_name(name, text) is want


def test_an_agency_wire_page_keeps_the_agency_over_a_body_name():
    p = parse_text(page("Kazakhstan and Kyrgyzstan agree on border exercises", "By Steppe Wire",
                        "ASTANA, June 3 (Steppe Wire) — The secretaries of the National Security Committee of Kazakhstan "
                        "and of the Security Council of Kyrgyzstan met in Astana on Tuesday to agree joint exercises.",
                        "National Security Committee officials also discussed cyber defence.", B3))
    assert p.source == "Steppe Wire", p.why.get("source")


# --------------------------------------------------------------------------- 3. a rights notice without '©'

@pytest.mark.parametrize("foot, want", [
    (("Khovd Tribune — all rights reserved", "Contact | Advertise | About us"), "Khovd Tribune"),
    (("All rights reserved: Khovd Tribune",), "Khovd Tribune"),
    (("Khovd Tribune, 2025. All rights reserved.",), "Khovd Tribune"),
])
def test_a_rights_notice_names_the_regional_daily(foot, want):
    p = parse_text(page(H, B1, B2, B3, *foot))
    assert p.source == want, p.why.get("source")


@pytest.mark.parametrize("foot, want", [
    ("© «Азия-Экспресс», 2025", "Aziya-Ekspress"),
    ("Все права защищены — «Тбилисский курьер»", "Tbilissky kuryer"),
])
def test_a_russian_weekly_named_only_in_its_footer(foot, want):
    p = parse_text(page(RH, RB1, RB2, RB3, foot))
    assert p.source == want, p.why.get("source")


@pytest.mark.parametrize("foot", ["All rights reserved.", "Все права защищены", "Anna Belova — all rights reserved"])
def test_a_rights_notice_naming_no_outlet_names_none(foot):  # near-miss: nothing, or a person
    p = parse_text(page(H, B1, B2, B3, foot))
    assert p.source is None, p.why.get("source")


# --------------------------------------------------------------------------- 4. a Gulf daily carrying an agency story

@pytest.mark.parametrize("mast, lead", [
    (("The Doha Gazette", "Home | Qatar | Region"), "DOHA, May 8 (QPA) — "),
    (("THE DOHA GAZETTE",), "Doha, May 8 (QPA) - "),
])
def test_the_agency_in_the_dateline_over_the_papers_masthead(mast, lead):
    p = parse_text(page(*mast, "Qatar and Oman discuss naval cooperation",
                        lead + "Qatar's Chief of Staff met the commander of the Royal Navy of Oman in Doha on Thursday "
                        "and discussed naval exercises and training.", B2, "© 2025 The Doha Gazette"))
    assert p.source == "QPA", p.why.get("source")


# --------------------------------------------------------------------------- 5. a ministry's press service

@pytest.mark.parametrize("lead, want", [
    ("A delegation of the Ministry of Defence of Tajikistan visited Bishkek on Wednesday to discuss the training of "
     "officers, the press service of the Ministry of Defence of Kyrgyzstan reported.", "Ministry of Defence of Kyrgyzstan"),
    ("According to the press office of the Security Council of Armenia, the secretaries of Armenia and Iran met in "
     "Yerevan on Monday.", "Security Council of Armenia"),
    ("Делегация Генштаба Таджикистана посетила Бишкек, сообщает пресс-служба Совета безопасности Кыргызской Республики.",
     "Security Council of Kyrgyzstan"),
])
def test_the_press_service_of_a_state_body_is_the_origin(lead, want):
    p = parse_text(page("Officers discuss military education", lead, B2, B3))
    assert p.source == want, p.why.get("source")


def test_a_press_service_without_its_state_names_no_body():  # near-miss: whose council?
    p = parse_text(page(H, B1, "The press service of the Security Council said the talks went well.", B3))
    assert p.source != "Security Council", p.why.get("source")


# --------------------------------------------------------------------------- 6. a 'Source:' sign-off

@pytest.mark.parametrize("parts, want, author", [
    (("Tbilisi Mirror", "Georgia and Azerbaijan discuss joint exercises", B1, B2, "Source: Ministry of Defence of Georgia",
      "© 2025 Tbilisi Mirror"), "Ministry of Defence of Georgia", None),
    (("Тбилисское зеркало", RH, RB1, RB2, "Источник: Министерство обороны Грузии"), "Ministry of Defence of Georgia", None),
    (("Tbilisi Mirror", H, B1, "Source: Reuters photo", B2, "© 2025 Tbilisi Mirror"), "Tbilisi Mirror", None),
])
def test_a_source_sign_off_and_a_photo_credit(parts, want, author):
    p = parse_text(page(*parts))
    assert p.source == want, p.why.get("source")
    assert p.author == author, p.why.get("author")


# --------------------------------------------------------------------------- 7. a Russian state body

@pytest.mark.parametrize("written, want", [
    ("Совет Безопасности Российской Федерации", "Security Council of Russia"),
    ("Совета безопасности Кыргызской Республики", "Security Council of Kyrgyzstan"),
    ("Генеральный штаб Вооружённых сил Республики Беларусь", "General Staff of the Armed Forces of Belarus"),
    ("Генерального штаба ВС Казахстана", "General Staff of the Armed Forces of Kazakhstan"),
    ("Комитет национальной безопасности Республики Казахстан", "National Security Committee of Kazakhstan"),
    ("Security Council of the Russian Federation", "Security Council of Russia"),
    ("Совет безопасности ООН", None),  # no state's
    ("Совет безопасности", None),
    ("Security Council met in Moscow on Monday", None),  # a sentence
])
def test_a_state_body_by_its_english_name(written, want):
    assert state_body(written) == want


@pytest.mark.parametrize("head, want", [
    ("Совет Безопасности Российской Федерации", "Security Council of Russia"),
    ("СОВЕТ БЕЗОПАСНОСТИ КЫРГЫЗСКОЙ РЕСПУБЛИКИ", "Security Council of Kyrgyzstan"),
    ("Генеральный штаб Вооружённых сил Республики Беларусь", "General Staff of the Armed Forces of Belarus"),
])
def test_a_state_bodys_page_in_russian(head, want):
    p = parse_text(page(head, "Новости | Документы", RH, RB1, RB2))
    assert p.source == want, p.why.get("source")


# --------------------------------------------------------------------------- 8. a Russian outlet's English name

# (Round 17: the corpus gold transliterates Russian outlet names the page gives only in Cyrillic (Rossiya 24,
# Vestnik Kavkaza), so round 16's closed table of translated outlet words is gone; see tests/test_sources_r17.py.)
@pytest.mark.parametrize("written, want", [
    ("«Тбилисский курьер»", "Tbilissky kuryer"), ("«Минский курьер»", "Minsky kuryer"),
    ("Вестник Кавказа", "Vestnik Kavkaza"), ("Горный курьер", "Gorny kuryer"),
])
def test_a_russian_outlet_name_is_transliterated(written, want):
    p = parse_text(page(written, "Главная | Политика | Общество", RH, RB1, RB2, RB3))
    assert p.source.casefold() == want.casefold(), p.why.get("source")


def test_a_latin_name_the_page_prints_wins_over_the_table():
    p = parse_text(page("Тбилисский курьер", RH, RB1, RB2, "© Tbilisskiy Kurier, 2025 | tbkurier.example"))
    assert p.source != "Tbilisi Courier" or "Latin" not in p.why.get("source", ""), p.why.get("source")


def test_a_russian_outlet_from_its_masthead():  # round 17: transliterated, not translated
    p = parse_text(page("Тбилисский курьер", "Главная | Политика | Общество", RH, RB1, RB2, RB3))
    assert p.source == "Tbilissky kuryer", p.why.get("source")


# --------------------------------------------------------------------------- 9. an outlet is never the author

@pytest.mark.parametrize("parts", [
    (RH, RB1, RB2, "Pamir Segodnya | Подписаться"),
    (RH, "Pamir Segodnya", RB1, RB2),
    (H, "Khovd Today", B1, B2),
    (H, "Steppe Herald", B1, B2, "@steppeherald"),
    ("Tbilisi Mirror", H, B1, B2, "© 2025 Tbilisi Mirror"),
])
def test_a_channel_or_outlet_is_never_the_author(parts):
    p = parse_text(page(*parts))
    assert p.author is None, p.why.get("author")


@pytest.mark.parametrize("parts, author", [
    ((H, "By Anna Belova", B1, B2, "© Photo: Anna Belova"), "Anna Belova"),  # her photo, her text
    ((H, "Marat Seitkali", B1, B2, "@khovdtribune"), "Marat Seitkali"),  # the site's handle is not his name
    ((RH, "Текст: Анна Белова", RB1, RB2, "© «Азия-Экспресс», 2025"), "Anna Belova"),
])
def test_a_person_beside_an_outlet_stays_the_author(parts, author):
    p = parse_text(page(*parts))
    assert p.author == author, p.why.get("author")


# --------------------------------------------------------------------------- more layouts of kinds 1, 4 and 6

Q1 = ("Qatar's Chief of Staff met the commander of the Royal Navy of Oman in Doha on Thursday and discussed naval "
      "exercises and training.")


def test_an_agency_tag_closing_the_lead_paragraph():
    p = parse_text(page("Gulf Morning Star", "Home | Qatar | Gulf | World", "Qatar and Oman discuss naval cooperation",
                        "Thu 08 May 2025", "Doha: " + Q1 + " (QPA)", B2, "© Gulf Morning Star 2025"))
    assert p.source == "QPA", p.why.get("source")


def test_a_tag_inside_a_sentence_is_no_credit():  # near-miss: '(ISPR)' spelling out a name, no sentence end before it
    p = parse_text(page("Gulf Morning Star", "Qatar and Oman discuss naval cooperation",
                        "Doha: " + Q1[:-1] + " with the Inter-Services Public Relations (ISPR)", B2,
                        "© Gulf Morning Star 2025"))
    assert p.source == "Gulf Morning Star", p.why.get("source")


@pytest.mark.parametrize("parts, want", [
    # past the lead, under its own masthead credited again at the foot: the paper quoting an agency
    (("Gulf Morning Star", "Qatar and Oman discuss naval cooperation", "DOHA — " + Q1,
      "The commander also visited the naval college, QPA reported.", "© 2025 Gulf Morning Star"), "Gulf Morning Star"),
    (("The Lahore Ledger", H, B1, "The meeting was first reported by Trend, which said the ministers would meet again.", B3,
      "© 2025 The Lahore Ledger"), "The Lahore Ledger"),
    (("Тбилисский курьер", "Главная | Политика | Общество", RH, RB1, "Ранее об этом сообщило агентство ТАСС.", RB3,
      "© «Тбилисский курьер», 2025"), "Tbilissky kuryer"),
    # in the lead, or without a paper of its own: the agency
    (("The Lahore Ledger", H, "Trend reports that " + B1[0].lower() + B1[1:], B2, "© 2025 The Lahore Ledger"), "Trend"),
    ((H, B1, "The meeting was first reported by Trend, which said the ministers would meet again.", B3), "Trend"),
    (("Тбилисский курьер", "Главная | Политика | Общество", RH, "Как сообщает ТАСС, " + RB1[0].lower() + RB1[1:], RB3,
      "© «Тбилисский курьер», 2025"), "TASS"),
])
def test_an_outlet_quoted_past_the_lead_of_a_paper(parts, want):
    p = parse_text(page(*parts))
    assert p.source == want, p.why.get("source")


@pytest.mark.parametrize("parts, want", [
    (("Georgia Today Weekly", H, B1, B2 + " Source: Ministry of Defence of Georgia", "© 2025 Georgia Today Weekly"),
     "Ministry of Defence of Georgia"),
    (("Georgia Today Weekly", H, B1, B2, "Source: MOD Georgia", "© 2025 Georgia Today Weekly"), "Ministry of Defence of Georgia"),
    (("Georgia Today Weekly", H, B1, B2, "Source: Ministry of Defence of Georgia", "Share | Tweet", "Related",
      "Georgian troops train with US marines", "© 2025 Georgia Today Weekly"), "Ministry of Defence of Georgia"),
    (("Kartli Herald", RH, RB1, RB2, "Источник: Пресс-служба Министерства обороны Грузии", "© 2025 Kartli Herald"),
     "Ministry of Defence of Georgia"),
    (("Georgia Today Weekly", H, B1, "Photo source: Ministry of Defence of Georgia", B2, "© 2025 Georgia Today Weekly"),
     "Georgia Today Weekly"),  # a photo's source is not the text's
])
def test_a_source_sign_off_under_a_papers_masthead(parts, want):
    p = parse_text(page(*parts))
    assert p.source == want, p.why.get("source")


@pytest.mark.parametrize("sentence", [
    "According to National Security Service of Armenia, the drills went well.",
    "National Security Service informs that the drills went well.",
    "Joint Staff Council has learned that the drills went well.",
])
def test_a_state_body_a_sentence_credits_is_no_outlet(sentence):
    p = parse_text(page(H, sentence, B2, B3))
    assert p.source is None, p.why.get("source")


@pytest.mark.parametrize("sentence, want", [
    ("Security News Wire informs that the drills went well.", "Security News Wire"),  # an outlet word: an outlet
    ("Steppe Wire has learned that the drills went well.", "Steppe Wire"),
])
def test_an_outlet_a_sentence_credits_stays_one(sentence, want):
    p = parse_text(page(H, sentence, B2, B3))
    assert p.source == want, p.why.get("source")


NSC = ("The secretaries of the National Security Council of Kazakhstan and of the Security Council of Kyrgyzstan met in "
       "Astana on Tuesday to agree joint exercises.")


@pytest.mark.parametrize("parts", [
    ("National Security", H, "ASTANA, June 3 (Steppe Wire) — " + NSC, B2, B3),
    ("National Security", H, NSC, B2, "© 2025 Steppe Wire"),
    ("Steppe Wire", "National Security", H, NSC, "National Security Council officials also discussed cyber defence.", B3),
])
def test_a_section_tag_that_starts_a_longer_body_name_is_no_source(parts):
    p = parse_text(page(*parts))
    assert p.source == "Steppe Wire", p.why.get("source")

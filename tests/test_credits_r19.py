"""Round 19: who published the page and who wrote it. A closing 'Source: Press Service of …' line outranks the masthead;
a ministry's office credited without its state takes the page's state; a reading view's bare address and 'first
appeared on <address>'; the channel a post of a channel's export was forwarded from; the outlet a page names on top and
again under its text outranks a ministry the text cites; an author's box; a name beside the page's stamp.

Every page here is written for this test (invented outlets under .example or invented names, our own sentences; real
officials' names only)."""
from __future__ import annotations

import pytest

from conftest import join_page as page
from generator.ingest.reader import parse_text
from generator.ingest.sources import tidy_source


def _lines(*lines: str) -> str:  # a saved page's shape: no blank lines between its lines
    return "\n".join(lines) + "\n"


H_EN = "Armenia and Greece to expand military training"
EN = ("Defence Minister Suren Papikyan met the visiting Greek delegation in Yerevan on Tuesday to discuss military "
      "training and the exchange of instructors.",
      "Papikyan said the two countries had already trained more than forty officers together since 2019 and would "
      "double that number.",
      "The Greek delegation also visited the military university in Yerevan and met cadets studying Greek at its "
      "language centre.",
      "The sides agreed to hold a joint staff exercise in the autumn and to expand officer education programmes.")
H_RU = "Армения и Греция расширят военное образование"
RU = ("Министр обороны Армении Сурен Папикян во вторник принял в Ереване делегацию Греции и обсудил с ней военное "
      "образование и обмен инструкторами.",
      "Папикян отметил, что с 2019 года две страны уже подготовили вместе более сорока офицеров и намерены удвоить это число.",
      "Греческая делегация также посетила военный университет в Ереване и встретилась с курсантами.",
      "Стороны договорились провести совместное штабное учение осенью и расширить программы подготовки офицеров.")


# --------------------------------------------------------------------------- 1. a closing 'Source:' line

@pytest.mark.parametrize("mast, menu, head, text, credit, foot", [
    ("Caspian Defence Today", "Home | News | Defence | World", H_EN, EN, "Source: Press Service of the Ministry of Defence of Armenia",
     "© 2025 Caspian Defence Today. All rights reserved."),
    ("Caspian Defence Today", "Home | News | Defence | World", H_EN, EN, "Source: press office of the Armenian Ministry of Defence",
     "© 2025 Caspian Defence Today. All rights reserved."),
    ("Оборона Сегодня", "Главная | Новости | Армия", H_RU, RU, "Источник: пресс-служба Министерства обороны Армении",
     "© 2025 Оборона Сегодня. Все права защищены."),
])
def test_a_closing_source_line_naming_a_press_service_outranks_the_masthead(mast, menu, head, text, credit, foot):
    p = parse_text(page(mast, menu, head, "12 May 2025", *text, credit, foot))
    assert p.source == "Ministry of Defence of Armenia", p.why.get("source")


@pytest.mark.parametrize("lang, credit", [
    ("en", "Source: Press Service of the Security Council of Armenia"), ("en", "Source: Security Council of Armenia"),
    ("ru", "Источник: пресс-служба Совета безопасности Армении"),
])
def test_a_closing_source_line_naming_a_state_bodys_press_service(lang, credit):  # the body the press service serves
    mast, head, text, foot = (("Caspian Defence Today", H_EN, EN, "© 2025 Caspian Defence Today. All rights reserved.") if lang == "en"
                              else ("Оборона Сегодня", H_RU, RU, "© 2025 Оборона Сегодня. Все права защищены."))
    p = parse_text(page(mast, "Home | News | Defence", head, "12 May 2025", *text, credit, foot))
    assert p.source == "Security Council of Armenia", p.why.get("source")


def test_a_source_line_between_paragraphs_credits_a_picture_not_the_text():  # must not fire
    p = parse_text(page("Caspian Defence Today", "Home | News | Defence | World", H_EN, "12 May 2025", EN[0], EN[1],
                        "Source: Press Service of the Ministry of Defence of Armenia", EN[2], EN[3],
                        "© 2025 Caspian Defence Today. All rights reserved."))
    assert p.source == "Caspian Defence Today", p.why.get("source")


# --------------------------------------------------------------------------- 2. an office without its state

BR = ("Defence Minister José Múcio Monteiro received his Portuguese counterpart on Monday and signed a plan of "
      "military cooperation for the next two years.",
      "The plan covers naval training, exchanges of cadets and a joint exercise off the coast of Rio de Janeiro.",
      "The Portuguese minister also visited the naval school and met the commanders of the three services.",
      "The two ministers agreed to meet again next year in Lisbon to review the plan.")


@pytest.mark.parametrize("top, stamp, foot", [
    ("gov.br   Ministry of Defence", "12 May 2025", "Ministry of Defence — all rights reserved"),  # the state's domain
    ("Ministry of Defence", "Brasília, 12 May 2025", "Ministry of Defence — all rights reserved"),  # the date line's city
    ("Ministry of Defence", "12 May 2025", "Ministry of Defence — Esplanada dos Ministérios, Bloco Q, Brasília - DF"),  # address
])
def test_a_ministrys_press_office_credit_without_its_state_takes_the_pages_state(top, stamp, foot):
    p = parse_text(_lines(top, "Home > News > International cooperation", "Brazil and Portugal sign defence cooperation plan",
                          stamp, *BR, "Text: Ministry of Defence Press Office", foot))
    assert p.source == "Ministry of Defence of Brazil", p.why.get("source")
    assert p.author is None


@pytest.mark.parametrize("top, stamp, foot, want", [
    ("gov.br   Ministry of Defence", "12 May 2025", "Contacts", "Ministry of Defence of Brazil"),
    ("mod.gov.am | Ministry of Defence", "12 May 2025", "Contacts", "Ministry of Defence of Armenia"),
    ("Ministry of Defence", "Brasília, 12 May 2025", "Contacts", "Ministry of Defence of Brazil"),
    ("Ministry of Defence", "12 May 2025", "Ministry of Defence — Esplanada dos Ministérios, Bloco Q, Brasília - DF",
     "Ministry of Defence of Brazil"),
])
def test_a_ministrys_header_without_its_state_takes_the_pages_state_not_the_guests(top, stamp, foot, want):
    # (the lead names only the visitor's state, 'his Portuguese counterpart': the page's own state comes first)
    p = parse_text(_lines(top, "Home > News > International cooperation", "Brazil and Portugal sign defence cooperation plan",
                          stamp, *BR, foot))
    assert p.source == want, p.why.get("source")


def test_a_press_office_credit_under_a_russian_ministrys_page():
    p = parse_text(_lines("Министерство обороны", "Главная > Новости > Международное сотрудничество", H_RU, "Ереван, 12 мая 2025",
                          *RU, "Текст: пресс-служба Министерства обороны", "Министерство обороны — Ереван, ул. Багратуняц, 5"))
    assert p.source == "Ministry of Defence of Armenia", p.why.get("source")


def test_an_office_credit_naming_its_state_keeps_it():  # must not fire: the state the credit names, not the page's
    p = parse_text(_lines("gov.br   Ministry of Defence", "Home > News", "Brazil and Portugal sign defence cooperation plan",
                          "12 May 2025", *BR, "Source: Press Service of the Ministry of Defence of Portugal"))
    assert p.source == "Ministry of Defence of Portugal", p.why.get("source")


# --------------------------------------------------------------------------- 3. a reading view's address

@pytest.mark.parametrize("lines, want", [
    (("some-review.example", "Reader View", "4–5 minutes", H_EN, "By Anna Belova", "12 May 2025", *EN,
      "This article first appeared on some-review.example on 7 May 2025 at 10:15 (EEST)"), "some-review.example"),
    (("kavkaz-obzor.example", "Режим чтения", "4–5 минут", H_RU, "Анна Белова", "12 мая 2025", *RU,
      "Впервые опубликовано на kavkaz-obzor.example 7 мая 2025 года"), "kavkaz-obzor.example"),
    # the address alone on top, the foot silent
    (("some-review.example", "Reader View", "4–5 minutes", H_EN, "By Anna Belova", "12 May 2025", *EN), "some-review.example"),
    # the foot alone
    ((H_EN, "12 May 2025", *EN, "This article was originally published on caucasus-weekly.example."), "caucasus-weekly.example"),
])
def test_a_reading_views_address_names_the_outlet(lines, want):
    p = parse_text(_lines(*lines))
    assert p.source == want, p.why.get("source")


def test_a_social_networks_address_on_top_names_no_outlet():  # must not fire
    p = parse_text(_lines("facebook.com", H_EN, "12 May 2025", *EN))
    assert p.source is None or "facebook" not in p.source.casefold(), p.why.get("source")


# --------------------------------------------------------------------------- 4. a channel's export

def _export(forward_at_story: bool, lang: str = "en") -> str:
    chan, subs, notice = (("Caspian Defence Digest", "12 480 subscribers", "Weather warning for the Absheron peninsula tonight.")
                          if lang == "en" else
                          ("Каспийский дайджест", "12 480 подписчиков", "Штормовое предупреждение на Апшероне этой ночью."))
    fwd = "Forwarded from Baltic Naval Watch" if lang == "en" else "Переслано из: Балтийский морской дозор"
    story = [H_EN, *EN] if lang == "en" else list(RU)
    first = [chan, "11.05.2025 18:02", *([] if forward_at_story else [fwd]), notice]
    second = [chan, "12.05.2025 09:14", *([fwd] if forward_at_story else []), *story, "👁 3.2K"]
    return _lines(chan, subs, *first, *second)


@pytest.mark.parametrize("lang, want", [("en", "Baltic Naval Watch"), ("ru", "Baltiisky morskoy dozor")])
def test_the_story_forwarded_in_a_channels_export_is_the_original_channels(lang, want):
    p = parse_text(_export(True, lang))
    assert p.source == want, p.why.get("source")


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_forward_over_another_post_of_the_export_is_not_the_storys(lang):  # must not fire
    p = parse_text(_export(False, lang))
    assert p.source is None or "baltic" not in p.source.casefold() and "balti" not in p.source.casefold(), p.why.get("source")


@pytest.mark.parametrize("credit, want", [
    ("Source: Press Agency Kavkaz-Info", "Kavkaz-Info"),
    ("Source: News Agency of Nigeria", "News Agency of Nigeria"),  # must not fire: 'of' makes the kind part of the name
])
def test_a_digest_items_source_line(credit, want):
    p = parse_text(page("THE CAUCASUS BRIEF — weekly newsletter", "Issue 42 · 12 May 2025", H_EN, *EN, credit,
                        "© 2025 The Caucasus Brief"))
    assert p.source == want, p.why.get("source")


def test_the_storys_own_source_line_in_a_digest_of_several_items():  # another item's 'Source:' above it names another story
    p = parse_text(page("THE CAUCASUS BRIEF — weekly newsletter", "Issue 42 · 12 May 2025", "Georgian border guards receive patrol boats",
                        "The Georgian coast guard took delivery of two patrol boats built in Poti on Friday.",
                        "Source: Black Sea Courier", H_EN, *EN, "Source: Press Agency Kavkaz-Info", "© 2025 The Caucasus Brief"))
    assert p.title == H_EN
    assert p.source == "Kavkaz-Info", p.why.get("source")


@pytest.mark.parametrize("name, want", [("Press Agency Kavkaz-Info", "Kavkaz-Info"), ("News Agency Steppe Wire", "Steppe Wire"),
                                        ("News Agency of Nigeria", "News Agency of Nigeria")])
def test_a_press_agencys_kind_before_its_name(name, want):
    assert tidy_source(name) == want


# --------------------------------------------------------------------------- 5. the page's own outlet over a cited ministry

RU_CITE = ("Как сообщает пресс-служба Минобороны России, российские и индийские моряки провели совместное учение в "
           "Бенгальском заливе.",
           "В учении участвовали два фрегата и вертолёт, сообщили в Минобороны.",
           "Министерство обороны Российской Федерации сообщило, что учение продлится до конца недели.")
H_CITE = "Россия и Индия провели морское учение"
BOX_RU = ("Об авторе", "Игорь Соколов — военный обозреватель «Арсенала Отечества», полковник запаса.")


@pytest.mark.parametrize("top, foot", [
    (["Арсенал Отечества — военное обозрение"], "Арсенал Отечества, 2025"),
    (["Арсенал Отечества", "Главная | Новости | Флот | Армия"], "© 2025 Арсенал Отечества"),
    (["«АРСЕНАЛ ОТЕЧЕСТВА»", "Новости  Флот  Армия  Аналитика"], "«Арсенал Отечества» © 2025. Все права защищены."),
])
def test_the_outlet_named_on_top_and_again_below_outranks_a_ministry_it_cites(top, foot):
    p = parse_text(_lines(*top, H_CITE, "12 мая 2025", *RU_CITE, *BOX_RU, foot))
    assert p.source == "Arsenal Otechestva", p.why.get("source")
    assert p.author == "Igor Sokolov", p.why.get("author")


def test_a_masthead_named_again_in_english():
    p = parse_text(_lines("Caucasus Ledger — independent defence news", H_EN, "12 May 2025",
                          "The Armenian Ministry of Defence said in a statement that " + EN[0][0].lower() + EN[0][1:], *EN[1:],
                          "Caucasus Ledger, 2025"))
    assert p.source == "Caucasus Ledger", p.why.get("source")


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_persons_name_on_top_and_alone_at_the_foot_is_no_outlet(lang):  # must not fire: the author's sign-off
    name, head, text = ("Aidar Seitov", H_EN, EN) if lang == "en" else ("Айдар Сейтов", H_RU, RU)
    p = parse_text(page(name, head, *text, name))
    assert p.source is None, p.why.get("source")


def test_a_cited_ministry_is_the_source_of_a_page_naming_no_outlet():  # must not fire
    p = parse_text(_lines(H_CITE, "12 мая 2025", *RU_CITE))
    assert p.source == "Ministry of Defence of Russia", p.why.get("source")


def test_a_masthead_never_named_again_gives_way_to_the_press_service():  # must not fire (round 6's rule stands)
    p = parse_text(page("Нарын-Инфо — новости Кыргызстана", "Пресс-служба Министерства обороны Кыргызской Республики "
                        "сообщает, что делегации Кыргызстана и Казахстана обсудили охрану границы в Бишкеке.",
                        "Стороны договорились о совместных учениях в следующем году."))
    assert "Ministry of Defence of Kyrgyzstan" == p.source, p.why.get("source")


# --------------------------------------------------------------------------- 6. authors: the author's box, a name beside the stamp

@pytest.mark.parametrize("lines", [
    ("Caucasus Ledger", "Home | News | Defence", H_EN, "12 May 2025", *EN, "About the author",
     "Anna Belova is Caucasus Ledger's defence correspondent based in Yerevan.", "© 2025 Caucasus Ledger"),
    ("Caucasus Ledger", "Home | News | Defence", H_EN, "12 May 2025", *EN, "ABOUT THE AUTHOR",
     "Anna Belova, a defence correspondent, has reported from the South Caucasus since 2015.", "© 2025 Caucasus Ledger"),
    ("Кавказский вестник", "Главная | Новости | Армия", H_RU, "12 мая 2025", *RU, "Об авторе",
     "Анна Белова — военный корреспондент «Кавказского вестника» в Ереване.", "© 2025 «Кавказский вестник»"),
    ("Кавказский вестник", "Главная | Новости | Армия", H_RU, "12 мая 2025", *RU, "Об авторе", "Анна Белова",
     "Военный корреспондент, пишет о Закавказье с 2015 года.", "© 2025 «Кавказский вестник»"),
])
def test_an_authors_box_whose_first_words_are_a_name(lines):
    p = parse_text(_lines(*lines))
    assert p.author == "Anna Belova", p.why.get("author")


@pytest.mark.parametrize("box", [
    "Caucasus Ledger is an independent newsroom covering defence in the South Caucasus.",  # the outlet, not a person
    "Yerevan is where our correspondents are based.",
])
def test_an_authors_box_naming_no_person_gives_no_author(box):  # must not fire
    p = parse_text(_lines("Caucasus Ledger", "Home | News | Defence", H_EN, "12 May 2025", *EN, "About the author", box,
                          "© 2025 Caucasus Ledger"))
    assert p.author is None, p.why.get("author")


@pytest.mark.parametrize("lines", [
    ("Caucasus Ledger", "Home | News | Defence", H_EN, "Listen to this article · 3 min", "▶ 1.0x", "Anna Belova",
     "Published: 18 February 2025, 09:40 (GMT+4) | Updated: 18 February 2025, 11:02", *EN, "© 2025 Caucasus Ledger"),
    ("Кавказский вестник", "Главная | Новости | Армия", H_RU, "Слушать статью · 3 мин", "Анна Белова",
     "Опубликовано: 18 февраля 2025, 09:40 | Обновлено: 18 февраля 2025, 11:02", *RU, "© 2025 «Кавказский вестник»"),
    ("Caucasus Ledger", "Home | News | Defence", H_EN, "Listen to this article · 3 min", "▶ 1.0x",
     "Published: 18 February 2025, 09:40 (GMT+4)", "Anna Belova", *EN, "© 2025 Caucasus Ledger"),
])
def test_a_name_alone_beside_the_pages_stamp(lines):
    p = parse_text(_lines(*lines))
    assert p.author == "Anna Belova", p.why.get("author")


@pytest.mark.parametrize("beside", ["Yerevan", "Defence"])
def test_a_place_or_a_section_beside_the_stamp_is_no_author(beside):  # must not fire
    p = parse_text(_lines("Caucasus Ledger", "Home | News | Defence", H_EN, "Listen to this article · 3 min", "▶ 1.0x", beside,
                          "Published: 18 February 2025, 09:40 (GMT+4)", *EN, "© 2025 Caucasus Ledger"))
    assert p.author is None, p.why.get("author")


# --------------------------------------------------------------------------- addresses that name no outlet

@pytest.mark.parametrize("foot, want", [
    ("Send your news to editor@caucasus-ledger.example", "caucasus-ledger.example"),  # a newsroom's mailbox
    ("Media contact: press@northwind-aero.example", None),  # a release's contact
    ("choijw@caucasus-ledger.example", None),  # a person's mailbox under the text
])
def test_a_mail_address_at_the_foot_names_a_newsroom_only_by_its_mailbox(foot, want):
    p = parse_text(page(H_EN, "12 May 2025", *EN, foot))
    assert p.source == want, p.why.get("source")


@pytest.mark.parametrize("foot", ["© 2025 mil.am", "© 2025 www.mod.gov.am"])
def test_a_state_sites_address_in_the_rights_line_gives_way_to_the_ministrys_header(foot):
    p = parse_text(_lines("Ministry of Defence of the Republic of Armenia", "News | Press releases", H_EN, "12 May 2025", *EN, foot))
    assert p.source == "Ministry of Defence of Armenia", p.why.get("source")

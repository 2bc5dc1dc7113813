"""Round 20: event dates, documents and who took part — on shapes of text written for this test (our own words,
invented meetings, real officials' names), in English and Russian where the shape exists, each with cases where the
rule must not fire. The articles are dated 14 May 2024 (a Tuesday) unless a test gives another day.

- a span of days across a month's end ('from 27 February to 2 March', «с 27 февраля по 2 марта») is one span: a day
  the text gives the meeting within it dates the meeting;
- 'the talks on Saturday' after 'arrived on Friday' dates the meeting by the talks;
- another pair's document the meeting talks over ('They discussed the agreement Finland has signed with the United
  States') is listed with its own sides; so is one whose sides include all the meeting's states (a trilateral plan);
- a plan of named sides ('the trilateral exercise plan', «трёхсторонний план») is a document, not an activity;
- a clause right after the document with a modal signing verb ('… the two ministries will conclude by the end of the
  year') makes it planned;
- a vision statement signed is a document;
- 'Protocol on the 2026 plan of joint exercises' is one document;
- those under whose leadership a meeting was held («под руководством … состоялось заседание») took part; the
  addressee of a message passed on («передал послание … Председателю КНР») did not.
"""
from __future__ import annotations

import pytest

from generator.extract.entities import analyse, extract_one
from generator.extract.events import find_dates, event_date
from generator.model import Article, PartialDate

PUB = PartialDate(2024, 5, 14)


def run(body: str, lang: str, registry, date: PartialDate = PUB):
    a = Article("t", "t.txt", lang, "", True, date, None, None, body)
    return extract_one(a, analyse([a])[a.id], registry)


def docs(body: str, lang: str, registry, date: PartialDate = PUB):
    return sorted(((tuple(sorted(h.parties)), h.year, h.signed) for h in run(body, lang, registry, date).agreements), key=str)


def took_part(body: str, lang: str, registry):
    return {p.name: p.participant for p in run(body, lang, registry).people}


def when(body: str, lang: str, pub: PartialDate) -> PartialDate | None:
    return event_date(body, lang, pub)[0]


# ------------------------------------------------------------------ a span of days across a month's end

MARCH3 = PartialDate(2024, 3, 3)


@pytest.mark.parametrize("body, lang", [
    ("С 27 февраля по 2 марта Мьянму посетила делегация Министерства обороны России во главе с заместителем министра "
     "Александром Фоминым. 28 февраля в Нейпьидо состоялась встреча с главнокомандующим.", "ru"),
    ("27 февраля – 2 марта Мьянму посетила военная делегация России. 28 февраля в Нейпьидо состоялась встреча с "
     "главнокомандующим.", "ru"),
    ("From 27 February to 2 March a Russian delegation led by Deputy Minister Alexander Fomin visited Myanmar. On 28 "
     "February the delegation met the commander-in-chief in Naypyidaw.", "en"),
    ("Between February 27 and March 2 a Russian military delegation visited Myanmar. The talks with the "
     "commander-in-chief were held on February 28 in Naypyidaw.", "en"),
])
def test_the_meeting_day_within_a_span_across_a_months_end(body, lang):
    assert when(body, lang, MARCH3) == PartialDate(2024, 2, 28)


@pytest.mark.parametrize("body, lang", [
    ("From 27 February to 2 March a Russian delegation visited Myanmar and met the commander-in-chief.", "en"),
    ("С 27 февраля по 2 марта российская делегация посетила Мьянму и встретилась с главнокомандующим.", "ru"),
])
def test_a_span_with_no_meeting_day_is_dated_by_its_first_day(body, lang):
    assert when(body, lang, MARCH3) == PartialDate(2024, 2, 27)


def test_a_span_across_a_months_end_is_one_hit():
    spans = [h for h in find_dates("The exercise ran from 27 February to 2 March.", "en", MARCH3) if h.span]
    assert [(h.date, h.until) for h in spans] == [(PartialDate(2024, 2, 27), PartialDate(2024, 3, 2))]


@pytest.mark.parametrize("body, lang", [
    ("The ministers met on 27 February. The exercise runs from 5 March to 20 April.", "en"),  # weeks apart: no visit
    ("The ministers met on 27 February and on 2 March.", "en"),  # "and" without "between": two days
    ("Министры встретились 27 февраля, 2 марта они посетили полигон.", "ru"),
])
def test_two_days_not_joined_as_a_span_stay_apart(body, lang):
    assert not any(h.span for h in find_dates(body, lang, MARCH3))


# ------------------------------------------------------------------ the talks named with their day

DEC1 = PartialDate(2025, 12, 1)  # a Monday


@pytest.mark.parametrize("body, lang", [
    ("Armenian Defence Minister Suren Papikyan arrived in Yerevan on Friday. After the talks on Saturday he answered "
     "our questions.", "en"),
    ("Министр обороны Армении Сурен Папикян прибыл в Ереван в пятницу. После переговоров в субботу он ответил на наши "
     "вопросы.", "ru"),
])
def test_the_talks_day_after_the_arrival_day(body, lang):
    assert when(body, lang, DEC1) == PartialDate(2025, 11, 29)


@pytest.mark.parametrize("body, lang", [
    ("Armenian Defence Minister Suren Papikyan arrived in Yerevan on Friday. He held talks with his counterpart. "
     "He answered our questions on Saturday.", "en"),
    ("Министр обороны Армении Сурен Папикян прибыл в Ереван в пятницу и провел переговоры. В субботу он ответил на "
     "наши вопросы.", "ru"),
])
def test_another_deed_on_a_later_day_leaves_the_arrival_day(body, lang):
    assert when(body, lang, DEC1) == PartialDate(2025, 11, 28)


def test_a_weekday_caption_is_the_latest_such_day_before_the_page():
    body = "Thai Prime Minister Paetongtarn Shinawatra greets Japanese Defence Minister Gen Nakatani in Bangkok on Friday."
    assert when(body, "en", PartialDate(2025, 1, 18)) == PartialDate(2025, 1, 17)  # the page is of a Saturday


# ------------------------------------------------------------------ documents of sides beyond the meeting pair

AM_GR = ("Armenian Defence Minister Suren Papikyan met Greek Defence Minister Nikos Dendias in Athens on Monday. ")
AM_GR_RU = ("Министр обороны Армении Сурен Папикян встретился в Афинах с министром обороны Греции Никосом Дендиасом. ")


@pytest.mark.parametrize("body, lang", [
    (AM_GR + "They discussed the trilateral Armenia-Greece-Cyprus exercise plan signed last year.", "en"),
    (AM_GR + "They reviewed the trilateral exercise plan with Cyprus signed last year.", "en"),
    (AM_GR_RU + "Стороны обсудили трёхсторонний план учений Армения — Греция — Кипр.", "ru"),
])
def test_a_trilateral_document_of_the_meetings_states_and_a_third(body, lang, registry):
    assert docs(body, lang, registry) == [(("AM", "CY", "GR"), None, False)]


FI_SE = "Finnish Defence Minister Antti Hakkanen met Swedish Defence Minister Pal Jonson in Helsinki on Monday. "
UZ_TJ = ("Министр обороны Узбекистана Бахадир Курбанов встретился в Ташкенте с министром обороны Таджикистана Собиром "
         "Хасанзода. ")


@pytest.mark.parametrize("body, lang, want", [
    (FI_SE + "They discussed the defence cooperation agreement (DCA) which Finland has signed with the United States in "
     "2023.", "en", [(("FI", "US"), None, False)]),
    (UZ_TJ + "Обсуждено соглашение, подписанное Таджикистаном с Китаем в 2023 году.", "ru", [(("CN", "TJ"), None, False)]),
    (UZ_TJ + "Стороны обсудили соглашение, подписанное Таджикистаном с Китаем в 2023 году.", "ru", [(("CN", "TJ"), None, False)]),
])
def test_another_pairs_document_the_meeting_talks_over(body, lang, want, registry):
    assert docs(body, lang, registry) == want


@pytest.mark.parametrize("body, lang", [
    # named in passing, not talked over: still no document of this story (round 7's rule)
    (FI_SE + "The minister noted that Finland had signed a similar agreement with the United States last year.", "en"),
    (UZ_TJ + "Министр отметил, что Таджикистан подписал соглашение с Китаем в 2023 году.", "ru"),
])
def test_another_pairs_document_in_passing_is_not_listed(body, lang, registry):
    assert docs(body, lang, registry) == []


@pytest.mark.parametrize("tail", [
    "The training programme for young officers would be opened soon.",
    "The training programme for the officers of Armenia and Greece would be opened soon.",  # states not its sides
])
def test_a_plan_without_sides_or_document_words_stays_an_activity(tail, registry):
    assert docs(AM_GR + tail, "en", registry) == []


# ------------------------------------------------------------------ a signing put ahead by the document's own clause

UK_AU = ("UK Defence Secretary John Healey and Australian Defence Minister Richard Marles signed a memorandum on "
         "military education in London on Monday. ")
UK_AU_RU = ("Министр обороны Великобритании Джон Хили и министр обороны Австралии Ричард Марлз подписали в Лондоне "
            "меморандум о военном образовании. ")
PAIR = ("AU", "GB")


@pytest.mark.parametrize("body, lang", [
    (UK_AU + "They also agreed on an implementing arrangement the two ministries will conclude by the end of the year.", "en"),
    (UK_AU + "They also agreed on a roadmap that the sides are to sign in June.", "en"),
    (UK_AU_RU + "Стороны также согласовали соглашение, которое министерства подпишут до конца года.", "ru"),
])
def test_a_document_whose_own_clause_puts_its_signing_ahead(body, lang, registry):
    assert docs(body, lang, registry) == sorted([(PAIR, None, False), (PAIR, None, True)], key=str)


@pytest.mark.parametrize("body, lang", [
    (UK_AU + "They also signed an implementing arrangement that the two ministries will carry out next year.", "en"),
    (UK_AU_RU + "Стороны также подписали соглашение, которое министерства выполнят до конца года.", "ru"),
])
def test_a_clause_of_carrying_out_leaves_the_signing(body, lang, registry):
    assert docs(body, lang, registry) == [(PAIR, None, True), (PAIR, None, True)]


@pytest.mark.parametrize("tail", [
    "They also signed an agreement on military transit, and the ministers will sign a plan of cooperation for 2025 next year.",
    "They also signed an agreement on military transit and will sign a plan of cooperation for 2025 next year.",
])
def test_a_later_signing_in_the_next_clause_is_the_next_documents(tail, registry):
    assert docs(UK_AU + tail, "en", registry) == sorted([(PAIR, None, True), (PAIR, None, True), (PAIR, "2025", False)], key=str)


# ------------------------------------------------------------------ a vision statement

@pytest.mark.parametrize("body, lang", [
    ("UK Defence Secretary John Healey and Australian Defence Minister Richard Marles signed a Joint Vision Statement on "
     "Defence Cooperation in London on Monday.", "en"),
    ("Министр обороны Великобритании Джон Хили и министр обороны Австралии Ричард Марлз подписали в Лондоне совместное "
     "заявление о видении оборонного сотрудничества.", "ru"),
])
def test_a_vision_statement_signed_is_a_document(body, lang, registry):
    assert docs(body, lang, registry) == [(PAIR, None, True)]


@pytest.mark.parametrize("body, lang", [
    ("UK Defence Secretary John Healey and Australian Defence Minister Richard Marles met in London on Monday. The two "
     "sides issued a joint statement on the talks.", "en"),
    ("UK Defence Secretary John Healey and Australian Defence Minister Richard Marles met in London on Monday. They "
     "recalled the Joint Vision Statement adopted in 2019.", "en"),
    ("Министр обороны Великобритании Джон Хили встретился в Лондоне с министром обороны Австралии Ричардом Марлзом. "
     "Стороны сделали совместное заявление по итогам переговоров.", "ru"),
])
def test_a_press_statement_or_an_old_vision_statement_is_none(body, lang, registry):
    assert docs(body, lang, registry) == []


# ------------------------------------------------------------------ a protocol on a plan

BY_RU = ("Russian Defence Minister Andrei Belousov met Belarusian Defence Minister Viktor Khrenin in Minsk on Monday. ")


@pytest.mark.parametrize("body, lang", [
    (BY_RU + "Signed: Protocol on the 2026 plan of joint exercises.", "en"),
    ("Министр обороны России Андрей Белоусов и министр обороны Беларуси Виктор Хренин подписали в Минске протокол о "
     "плане совместных учений на 2026 год.", "ru"),
])
def test_a_protocol_on_a_plan_is_one_document(body, lang, registry):
    assert docs(body, lang, registry) == [(("BY", "RU"), "2026", True)]


@pytest.mark.parametrize("body, lang", [
    (BY_RU + "They signed a protocol and the 2026 plan of joint exercises.", "en"),
    ("Министр обороны России Андрей Белоусов и министр обороны Беларуси Виктор Хренин подписали в Минске протокол о "
     "сотрудничестве и план совместных учений на 2026 год.", "ru"),
])
def test_a_protocol_and_a_plan_are_two(body, lang, registry):
    assert docs(body, lang, registry) == sorted([(("BY", "RU"), "2026", True), (("BY", "RU"), None, True)], key=str)


# ------------------------------------------------------------------ who led a meeting, who got a message

@pytest.mark.parametrize("body, lang", [
    ("Под руководством министра обороны Беларуси Виктора Хренина и министра обороны России Андрея Белоусова в "
     "Минске состоялось заседание объединённой коллегии.", "ru"),
    ("Under the leadership of Belarusian Defence Minister Viktor Khrenin and Russian Defence Minister Andrei Belousov, a "
     "joint board meeting was held in Minsk.", "en"),
])
def test_those_under_whose_leadership_a_meeting_was_held_took_part(body, lang, registry):
    assert took_part(body, lang, registry) == {"Viktor Khrenin": True, "Andrei Belousov": True}


@pytest.mark.parametrize("body, lang", [
    ("Под руководством министра обороны Беларуси Виктора Хренина армия была реформирована. Министр обороны России "
     "Андрей Белоусов встретился с министром обороны Китая Дун Цзюнем в Пекине.", "ru"),
    ("Under the leadership of Belarusian Defence Minister Viktor Khrenin, the army was reformed. Russian Defence "
     "Minister Andrei Belousov met Chinese Defence Minister Dong Jun in Beijing on Monday.", "en"),
])
def test_a_leadership_of_something_else_puts_nobody_at_the_meeting(body, lang, registry):
    got = took_part(body, lang, registry)
    assert got["Viktor Khrenin"] is False and got["Andrei Belousov"] is True


@pytest.mark.parametrize("tail", [
    "Белоусов передал послание Президента России Владимира Путина Председателю КНР Си Цзиньпину.",
    "Белоусов передал послание Президента России Владимира Путина для Председателя КНР Си Цзиньпина.",
])
def test_the_addressee_of_a_message_passed_on_is_mentioned(tail, registry):
    body = "Министр обороны России Андрей Белоусов встретился с министром обороны Китая Дун Цзюнем в Пекине. " + tail
    got = took_part(body, "ru", registry)
    assert got["Xi Jinping"] is False and got["Dong Jun"] is True


def test_a_message_passed_then_a_meeting_keeps_the_one_met(registry):
    body = ("Министр обороны России Андрей Белоусов прибыл в Пекин. Он передал послание Президента России Владимира "
            "Путина и встретился с министром обороны Китая Дун Цзюнем.")
    assert took_part(body, "ru", registry)["Dong Jun"] is True


# ------------------------------------------------------------------ documents exchanged at the ceremony, a question

AZ_GE = "Azerbaijani Defence Minister Zakir Hasanov met Georgian Defence Minister Irakli Chikovani in Baku on Monday. "
AZ_GE_RU = "Министр обороны Азербайджана Закир Гасанов встретился в Баку с министром обороны Грузии Ираклием Чиковани. "
AG = ("AZ", "GE")


@pytest.mark.parametrize("body, lang, want", [
    (AZ_GE + "After the talks, documents were exchanged: a plan of military cooperation for 2025 and a memorandum on "
     "education.", "en", [(AG, "2025", True), (AG, None, True)]),
    (AZ_GE + "The ministers then exchanged the documents, a plan of military cooperation for 2025.", "en", [(AG, "2025", True)]),
    (AZ_GE_RU + "После переговоров стороны обменялись документами — планом военного сотрудничества на 2025 год.", "ru",
     [(AG, "2025", True)]),
    (AZ_GE_RU + "После переговоров состоялся обмен документами: план военного сотрудничества на 2025 год.", "ru",
     [(AG, "2025", True)]),
])
def test_documents_exchanged_at_the_meeting_are_signed(body, lang, want, registry):
    assert docs(body, lang, registry) == sorted(want, key=str)


@pytest.mark.parametrize("body, lang", [
    (AZ_GE + "The ministers exchanged views on the plan of military cooperation for 2025.", "en"),
    (AZ_GE + "The sides exchanged the instruments of ratification of the plan of military cooperation for 2025.", "en"),
    (AZ_GE_RU + "Министры обменялись мнениями о плане военного сотрудничества на 2025 год.", "ru"),
])
def test_views_or_ratifications_exchanged_sign_nothing(body, lang, registry):
    assert docs(body, lang, registry) == [(AG, "2025", False)]


def test_a_predicate_after_the_document_is_no_part_of_its_name(registry):
    got = run(AZ_GE + "The agreement on military transit entered into force in March.", "en", registry).agreements
    assert [h.name for h in got] == ["Azerbaijan–Georgia agreement on military transit"]


PH_JP = "Philippine Defense Secretary Gilberto Teodoro met Japanese Defense Minister Gen Nakatani in Manila on Monday.\n"


@pytest.mark.parametrize("qa, want", [
    ("Q: And the disaster response agreement?\nA: It is being negotiated.", [(("JP", "PH"), None, False)]),
    ("Q: Is there a written agreement?\nA: Not yet.", []),
    ("Q: Is there a need for a defence agreement?\nA: Not yet.", []),
])
def test_a_question_about_a_document_named_by_its_subject(qa, want, registry):
    assert docs(PH_JP + qa, "en", registry) == want


# ------------------------------------------------------------------ an answer to a question about signing

PH_JP_RU = "Министр обороны Филиппин Гилберто Теодоро встретился в Маниле с министром обороны Японии Геном Накатани.\n"
JP_PH = ("JP", "PH")


@pytest.mark.parametrize("body, lang, want", [
    (PH_JP + "Q: What did you sign today?\nA: A roadmap of defence cooperation for 2025-2027 and a memorandum on training.",
     "en", [(JP_PH, "2025-2027", True), (JP_PH, None, True)]),
    (PH_JP_RU + "— Что вы сегодня подписали?\n— Дорожную карту оборонного сотрудничества на 2025-2027 годы.", "ru",
     [(JP_PH, "2025-2027", True)]),
    # must not fire: a signing still to come, a question of talks
    (PH_JP + "Q: What will you sign next year?\nA: A roadmap of defence cooperation for 2025-2027.", "en",
     [(JP_PH, "2025-2027", False)]),
    (PH_JP_RU + "— Что вы подпишете в следующем году?\n— Дорожную карту оборонного сотрудничества на 2025-2027 годы.", "ru",
     [(JP_PH, "2025-2027", False)]),
    (PH_JP + "Q: What did you discuss?\nA: A roadmap of defence cooperation for 2025-2027.", "en", [(JP_PH, "2025-2027", False)]),
])
def test_an_answer_to_a_question_about_signing(body, lang, want, registry):
    assert docs(body, lang, registry) == sorted(want, key=str)

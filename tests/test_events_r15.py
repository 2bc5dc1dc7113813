"""Round 15 (issue 12): who took part, when and where, on shapes of text written for this test (our own words,
invented names and outlets), in English and Russian where the shape exists, each with near misses:

- presence denied after an apposition ("the chief of defence, Admiral X, did not travel", «X не участвовал»)
  or put off ("will join later") makes a mention;
- a statement dated on another day ("had warned last week that ...", "said on Wednesday that ...") is another
  occasion;
- a name inside a relative clause about a document signed before ("the agreement that President X and Prime
  Minister Y signed in Kharkiv on 1 March", «договор, который канцлер X подписал ...») is a mention; the same
  clause about this meeting's signing ("the memorandum that the ministers signed today") is not;
- someone who accompanied the visitor or was part of the delegation was there;
- the meeting's day beats the day of the return home;
- a place after a quoted event name, and a Russian locative of a town read back to its nominative.
"""
from __future__ import annotations

import pytest

from test_events_r13 import _where
from test_events_r14 import _participants
from test_pages_r9 import _event_date, page

H, HR = "Defence chiefs hold talks", "Министры провели переговоры"
L = "Estonian Defence Minister Kaarel Tamm met Latvian Defence Minister Ivars Ozols in Tallinn on Friday."
LR = "Министр обороны Эстонии Каарел Тамм в пятницу встретился в Таллине с министром обороны Латвии Иварсом Озолсом."
DP, DPR = "10 May 2024", "10 мая 2024"


def _check(tmp_path, lang, second, name, expected):
    text = page(H, DP, f"{L} {second}") if lang == "en" else page(HR, DPR, f"{LR} {second}")
    got = _participants(tmp_path, text)
    hit = [k for k in got if name.lower() in k.lower()]
    assert hit, got
    assert got[hit[0]] is expected, got
    assert all(v for k, v in got.items() if "Tamm" in k), got


# --------------------------------------------------------------------------- participants: presence denied or put off

@pytest.mark.parametrize("lang, second, name, expected", [
    ("en", "Lithuania's chief of defence, General Rokas Jankus, did not travel; he is to visit Riga in June.", "Jankus", False),
    ("en", "The Lithuanian defence minister, Rasa Vaitkute, was absent because of illness.", "Vaitkute", False),
    ("en", "Lithuanian Defence Minister Rasa Vaitkute could not attend the talks.", "Vaitkute", False),
    ("en", "Lithuanian Defence Minister Rasa Vaitkute will join the two ministers later in the year.", "Vaitkute", False),
    ("en", "Finnish Defence Minister Antti Laine, the third invitee, was expected to attend but stayed in Helsinki.", "Laine", False),
    ("ru", "Министр обороны Литвы Раса Вайткуте не смогла приехать из-за болезни.", "Vaitkut", False),
    ("ru", "Начальник штаба обороны Литвы, генерал Рокас Янкус, в переговорах не участвовал.", "ankus", False),
    ("ru", "Министр обороны Финляндии Антти Лайне присоединится к коллегам позже.", "Laine", False),
    ("en", "Norway's defence chief, General Ola Berge, was unable to attend and sent his deputy.", "Berge", False),
    ("ru", "Министр обороны Литвы Раса Вайткуте на встрече не присутствовала.", "Vaitkut", False),
    # near misses: someone who did travel; a negation of something else
    ("ru", "Министр обороны Литвы Раса Вайткуте на встрече присутствовала.", "Vaitkut", True),
    ("en", "Lithuania's chief of defence, General Rokas Jankus, also travelled to Tallinn for the talks.", "ankus", True),
    ("en", "Lithuanian Defence Minister Rasa Vaitkute, who did not attend last year's round, joined the talks.", "Vaitkute", True),
    ("ru", "Начальник штаба обороны Литвы генерал Рокас Янкус также принял участие в переговорах.", "ankus", True),
])
def test_presence_denied(tmp_path, lang, second, name, expected):
    _check(tmp_path, lang, second, name, expected)


# --------------------------------------------------------------------------- participants: a statement on another day

@pytest.mark.parametrize("lang, second, name, expected", [
    ("en", "General Rokas Jankus, the Lithuanian chief of defence, had warned last week that the border was exposed.", "Jankus", False),
    ("en", "Ukrainian Commander-in-Chief Oleh Marchuk said on Tuesday that Russian forces had stepped up attacks.", "Marchuk", False),
    ("ru", "Главнокомандующий ВСУ Олег Марчук во вторник заявил, что российские войска усилили атаки.", "Marchuk", False),
    ("ru", "На прошлой неделе начальник штаба обороны Литвы генерал Рокас Янкус предупредил об угрозе на границе.", "ankus", False),
    ("ru", "Главнокомандующий ВСУ Олег Марчук в среду сообщил, что российские войска усилили обстрелы.", "Marchuk", False),
    # near miss: a statement on the day of the meeting
    ("en", "General Rokas Jankus, the Lithuanian chief of defence, joined the talks and said the border was exposed.", "ankus", True),
])
def test_a_statement_on_another_day(tmp_path, lang, second, name, expected):
    _check(tmp_path, lang, second, name, expected)


# --------------------------------------------------------------------------- participants: a relative clause about a past signing

@pytest.mark.parametrize("lang, second, names, expected", [
    ("en", "They discussed the ten-year security agreement that Prime Minister Anna Berg and President Oleh Koval signed in Kharkiv on 1 March.",
     ("Berg", "Koval"), False),
    ("en", "The ministers reviewed the defence pact which President Oleh Koval signed in Kyiv in January.", ("Koval",), False),
    ("en", "The talks focused on the accord that Chancellor Peter Vogt and President Oleh Koval concluded in Berlin.", ("Vogt", "Koval"), False),
    ("ru", "Стороны обсудили договор, который канцлер Петер Фогт и премьер-министр Анна Берг подписали в Берлине.", ("ogt", "Berg"), False),
    ("ru", "Министры обсудили соглашение о гарантиях, которое канцлер Петер Фогт подписал в феврале.", ("ogt",), False),
    ("ru", "Речь шла о меморандуме, который президент Олег Коваль заключил в Киеве.", ("Koval",), False),
    ("en", "Both backed the roadmap, which President Oleh Koval had signed in Vilnius.", ("Koval",), False),
    # near misses: the clause is this meeting's signing
    ("en", "They praised the memorandum that navy chiefs Janis Liepa and Juri Saar signed today.", ("Liepa", "Saar"), True),
    ("en", "They praised the memorandum which navy chiefs Janis Liepa and Juri Saar signed at the talks.", ("Liepa", "Saar"), True),
    ("ru", "Министры высоко оценили меморандум, который командующие ВМС Янис Лиепа и Юри Саар подписали в ходе встречи.", ("Liep", "Saar"), True),
    ("en", "They discussed the plan that President Oleh Koval agreed to consider.", ("Koval",), True),
])
def test_a_relative_clause_about_a_past_signing(tmp_path, lang, second, names, expected):
    text = page(H, DP, f"{L} {second}") if lang == "en" else page(HR, DPR, f"{LR} {second}")
    got = _participants(tmp_path, text)
    for name in names:
        hit = [k for k in got if name.lower() in k.lower()]
        assert hit, got
        assert got[hit[0]] is expected, got
    assert all(v for k, v in got.items() if "Tamm" in k), got


# --------------------------------------------------------------------------- participants: accompanied, of the delegation

@pytest.mark.parametrize("lang, second, name, expected", [
    ("en", "The Chief of the Joint Staff, General Martin Kalvis, accompanied the minister.", "Kalvis", True),
    ("en", "Latvian Navy commander Rear Admiral Janis Liepa escorted Ozols throughout the visit.", "Liepa", True),
    ("en", "Rear Admiral Janis Liepa was part of the Latvian delegation.", "Liepa", True),
    ("en", "Rear Admiral Janis Liepa joined the delegation in Tallinn.", "Liepa", True),
    ("ru", "Министра сопровождал командующий ВМС Латвии контр-адмирал Янис Лиепа.", "Liepa", True),
    ("ru", "В составе делегации был командующий ВМС Латвии контр-адмирал Янис Лиепа.", "Liepa", True),
    ("ru", "Командующий ВМС Латвии контр-адмирал Янис Лиепа сопровождал министра.", "Liepa", True),
    # near miss: accompanied someone on another occasion
    ("en", "Rear Admiral Janis Liepa had accompanied the minister to Vilnius last year.", "Liepa", False),
])
def test_accompanied(tmp_path, lang, second, name, expected):
    _check(tmp_path, lang, second, name, expected)


# --------------------------------------------------------------------------- the meeting's date: the meeting, not the return

@pytest.mark.parametrize("parts, expected", [
    ((H, "Monday, 13 May 2024", "ACCRA: Defence Minister Kofi Mensah returned home on Monday after talks in the Togolese capital at which "
      "both sides agreed on joint patrols. The two delegations met in Lome on Sunday."), "2024-05-12"),
    ((H, "Monday, 13 May 2024", "Defence Minister Kofi Mensah arrived back in Accra on Monday. He held talks with his Togolese counterpart in Lome on Saturday."), "2024-05-11"),
    ((H, "Monday, 13 May 2024", "Defence Minister Kofi Mensah briefed the cabinet on Monday on the agreement he signed in Lome on Saturday."), "2024-05-11"),
    ((HR, "13 мая 2024", "Министр обороны Ганы Кофи Менса в понедельник вернулся на родину. Переговоры делегаций прошли в Ломе в воскресенье."), "2024-05-12"),
    ((HR, "13 мая 2024", "Министр обороны Ганы в понедельник доложил правительству об итогах переговоров, которые прошли в субботу в Ломе."), "2024-05-11"),
    # near miss: a return and no meeting day; the meeting on the day of the return
    ((H, "Monday, 13 May 2024", "Defence Minister Kofi Mensah met his Togolese counterpart on Monday and returned home in the evening."), "2024-05-13"),
    ((H, "Monday, 13 May 2024", "Defence Minister Kofi Mensah, who returned from Lome on Saturday, met the army chief on Monday."), "2024-05-13"),
    ((H, "Monday, 13 May 2024", "Defence Minister Kofi Mensah returned to Accra on Sunday after a two-day visit to Togo."), "2024-05-12"),
    ((HR, "13 мая 2024", "Министр обороны Ганы, вернувшийся из Ломе в субботу, в понедельник провел переговоры с начальником штаба."), "2024-05-13"),
])
def test_the_meeting_not_the_return(tmp_path, parts, expected):
    assert _event_date(tmp_path, page(*parts)) == expected


# --------------------------------------------------------------------------- where

@pytest.mark.parametrize("parts, city", [
    ((HR, DR := "3 мая 2024", "Министры обороны России и Лаоса подписали план. "
      "Церемония прошла на полях Международного военно-технического форума «Армия-2024» в подмосковной Кубинке."), "Kubinka"),
    ((HR, DR, "Министры обороны России и Лаоса подписали план. Церемония подписания состоялась в Кубинке."), "Kubinka"),
    ((HR, DR, "Министры обороны России и Лаоса подписали план на полях форума «Армия-2024» в Кубинке."), "Kubinka"),
    ((H, "3 May 2024", "The Russian and Lao ministers signed the plan on the sidelines of the Army-2024 forum in Kubinka."), "Kubinka"),
    ((H, "3 May 2024", "The Russian and Lao ministers signed the plan. The ceremony took place on the sidelines of the Army-2024 forum in Kubinka."), "Kubinka"),
    ((H, "3 May 2024", "The defence ministers of Jordan and Egypt met on the sidelines of the SOFEX exhibition in Aqaba."), "Aqaba"),
    # a town's locative read back to its nominative and written in Latin letters (GeoNames has no Cyrillic name for it)
    ((HR, DR, "Министры обороны Финляндии и Эстонии встретились в Пирккале."), "Pirkkala"),
    ((HR, DR, "Министры обороны Финляндии и Швеции провели переговоры в Пирккале на авиабазе."), "Pirkkala"),
    ((HR, DR, "Министры обороны Норвегии и Швеции провели переговоры в Будё."), "Bodo"),
    ((HR, DR, "Министры обороны Норвегии и Финляндии встретились в Тромсё."), "Tromso"),
])
def test_where_r15(tmp_path, parts, city):
    got = _where(tmp_path, page(*parts))
    assert got is not None and got.replace("ø", "o").replace("ö", "o") == city, got


@pytest.mark.parametrize("parts", [
    # near misses: the transliteration of a word that names no town; a town of a country the report does not name
    (HR, "3 мая 2024", "Министры обороны Финляндии и Эстонии встретились в Генштабе."),
    (HR, "3 мая 2024", "Министры обороны Эстонии и Латвии встретились в Пирккале."),
    (HR, "3 мая 2024", "Министры обороны России и Лаоса подписали план. Выставка прошла в Кубинке."),
])
def test_where_r15_none(tmp_path, parts):
    assert _where(tmp_path, page(*parts)) is None


# --------------------------------------------------------------------------- participants: a wider visit as context

LB = "Belarusian Defence Minister Viktor Khrenko held talks with Pakistani army chief General Azim Khan on Friday."
LBR = "Министр обороны Белоруссии Виктор Хренько в пятницу провел переговоры с начальником штаба армии Пакистана генералом Азимом Ханом."


@pytest.mark.parametrize("lang, second, expected", [
    ("en", "The Belarusian delegation is in Pakistan as part of the visit of President Oleg Martynenko, who held talks with "
           "Prime Minister Shahid Mahmood the day before.", False),
    ("en", "The delegation came within the framework of the state visit by President Oleg Martynenko, who met Prime Minister "
           "Shahid Mahmood on Thursday.", False),
    ("ru", "Белорусская делегация находится в Пакистане в рамках визита президента Белоруссии Олега Мартыненко, который накануне "
           "провел переговоры с премьер-министром Пакистана Шахидом Махмудом.", False),
    ("ru", "Делегация прибыла в рамках официального визита президента Олега Мартыненко, который встретился с премьер-министром "
           "Пакистана Шахидом Махмудом.", False),
    # near misses: the sentence tells the meeting or the signing of the visit itself
    ("en", "As part of the visit of President Oleg Martynenko, who held talks with Prime Minister Shahid Mahmood, the two sides "
           "signed a defence plan.", True),
    ("ru", "В рамках визита президента Белоруссии Олега Мартыненко, который провел переговоры с премьер-министром Пакистана "
           "Шахидом Махмудом, стороны подписали план.", True),
])
def test_a_wider_visit_as_context(tmp_path, lang, second, expected):
    text = page(H, DP, f"{LB} {second}") if lang == "en" else page(HR, DPR, f"{LBR} {second}")
    got = _participants(tmp_path, text)
    for name in ("Martynenko", "ahmood" if lang == "en" else "akhmud"):
        hit = [k for k in got if name.lower() in k.lower()]
        assert hit, got
        assert got[hit[0]] is expected, got
    assert all(v for k, v in got.items() if "Khrenko" in k or "Khan" in k), got

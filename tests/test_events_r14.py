"""Round 14 (issue 12): where, participants and the event date on shapes of text written for this test (our own
words, invented names and outlets), in English and Russian where the shape exists; each test names a mechanism:

- a suburb of the dateline's city (a ministry or a headquarters in a commuter town) gives the dateline's city:
  GeoNames puts the town within 40 km of the city, in its country, and the city is the capital or bigger;
- a state of affairs somewhere ("discussed the situation in Gaza", «обсудили ситуацию в Газе») is a subject of
  the talks, not their place;
- an opening dateline is the meeting's city when the home side is left bare and the one state named is the
  guest's, when both sides are named as equals but met or signed in person (talk alone, "discussed", gives no
  place), and when the only other city named is a later trip's or a subject of the talks;
- a lower-case adjective between «в» and a town («в подмосковной Кубинке») and a named institution before a
  small town ("at the Naval Academy in Annapolis") place the meeting there.
"""
from __future__ import annotations

import re

import pytest

from test_events_r13 import _explained, _where
from test_pages_r9 import _event_date, page


def _participants(tmp_path, text: str) -> dict[str, bool]:
    out = {}
    for m in re.finditer(r"^\s*person\s+'([^']+)'.*?; (participant|only mentioned)", _explained(tmp_path, text), re.M):
        out[m.group(1)] = m.group(2) == "participant"
    return out


H, HR, D, DR = "Defence chiefs hold talks", "Министры провели переговоры", "3 May 2024", "3 мая 2024"


# --------------------------------------------------------------------------- where: a suburb of the dateline's city

@pytest.mark.parametrize("lead, city", [
    ("ATHENS, May 3 (Wire) — Greek Defence Minister Nikos Kallis received his Cypriot counterpart at the ministry in Cholargos.", "Athens"),
    ("WASHINGTON, May 3 (Wire) — The Polish defence minister met US Defense Secretary John Hale at the Pentagon in Arlington.", "Washington"),
    ("MOSCOW, May 3 — The Russian defence minister held talks with his Lao counterpart in Krasnogorsk, outside the capital.", "Moscow"),
    ("МОСКВА, 3 мая. /Риф/. Министр обороны России провел переговоры с министром обороны Лаоса в Красногорске.", "Moscow"),
    ("МИНСК, 3 мая. Министр обороны Белоруссии встретился с делегацией Китая в Заславле.", "Minsk"),
    ("NEW DELHI, May 3 — The Indian army chief received the visiting Nepali army chief in Gurgaon on Friday.", "New Delhi"),
    # near misses: a city far from the dateline's; the dateline's own city; a big city near a capital is its own
    ("MOSCOW, May 3 — The Russian defence minister held talks with his Lao counterpart in Sochi on Friday.", "Sochi"),
    ("ANKARA, May 3 — Turkish Defence Minister Ali Demir held talks with his Azerbaijani counterpart in Izmir.", "Izmir"),
    ("Rawalpindi - May 3, 2024 - The army chief of Pakistan received the visiting Chinese general at GHQ in Rawalpindi.", "Rawalpindi"),
])
def test_a_suburb_of_the_datelines_city(tmp_path, lead, city):
    assert _where(tmp_path, page(H, D, lead)) == city


def test_satellite_relation():
    from generator.extract.satellites import satellite_of

    assert satellite_of(("Krasnogorsk", "RU"), ("Moscow", "RU"))
    assert satellite_of(("Arlington", "US"), ("Washington", "US"))  # one of four Arlingtons is beside Washington
    assert not satellite_of(("Moscow", "RU"), ("Krasnogorsk", "RU"))
    assert not satellite_of(("Kubinka", "RU"), ("Moscow", "RU"))  # 60 km out: a garrison town of its own
    assert not satellite_of(("Islamabad", "PK"), ("Rawalpindi", "PK"))  # a capital is nobody's suburb


# --------------------------------------------------------------------------- where: the subject of the talks, a later trip

@pytest.mark.parametrize("parts, city", [
    ((H, D, "The defence ministers of Jordan and Egypt discussed the situation in Gaza at their meeting in Amman on Friday."), "Amman"),
    ((H, D, "At talks on Friday the defence ministers of Jordan and Egypt discussed the situation in Gaza. The meeting took place in Amman."), "Amman"),
    ((H, D, "The defence ministers of Jordan and Egypt discussed the crisis in Khartoum during talks on Friday."), None),
    ((H, D, "The defence ministers of Jordan and Egypt held talks on Friday and discussed the security situation in Damascus."), None),
    ((HR, DR, "Министры обороны Иордании и Египта обсудили ситуацию в Газе на встрече в Аммане."), "Amman"),
    ((HR, DR, "Министры обороны Иордании и Египта на переговорах обсудили обстановку в Хартуме."), None),
    ((H, D, "The defence ministers of Jordan and Egypt met in Amman on Friday. Egypt's minister will travel to Athens next month."), "Amman"),
    ((H, D, "After talks in Amman on Friday, the Egyptian defence minister will fly to Athens for a meeting with his Greek counterpart."), "Amman"),
    ((H, D, "The Egyptian defence minister, who is due in Athens next week, held talks with his Jordanian counterpart in Amman."), "Amman"),
    ((HR, DR, "Министр обороны Египта в пятницу провел переговоры с иорданским коллегой. В следующем месяце он посетит Афины."), None),
    ((HR, DR, "АММАН, 3 мая. Министр обороны Египта провел переговоры с иорданским коллегой. В следующем месяце он посетит Афины."), "Amman"),
    ((H, D, "The Egyptian and Jordanian defence ministers discussed the fighting in Rafah and the humanitarian situation in Gaza during talks in Amman."), "Amman"),
    # near miss: a place that is no state of affairs stays the place
    ((H, D, "The defence ministers of Jordan and Egypt discussed regional security in Amman on Friday."), "Amman"),
])
def test_the_subject_of_talks_is_no_place(tmp_path, parts, city):
    assert _where(tmp_path, page(*parts)) == city


# --------------------------------------------------------------------------- where: the opening dateline alone

@pytest.mark.parametrize("lead, city", [
    ("HAVANA, May 3 (Wire) — Defence Minister Ramon Ortega held talks with Vietnamese Defence Minister Tran Van Minh, who arrived on Thursday.", "Havana"),
    ("HAVANA, May 3 (Wire) — General Ramon Ortega and Vietnamese Defence Minister Tran Van Minh held talks on Friday on military training.", "Havana"),
    ("HAVANA, May 3 — Cuba's defence minister and Vietnam's defence minister signed a plan of military cooperation for 2025.", "Havana"),
    ("HANOI, May 3 — The defence ministers of Vietnam and Laos signed a cooperation plan.", "Hanoi"),
    ("HAVANA, May 3 (Wire) — Cuban Defence Minister Ramon Ortega met Vietnamese Defence Minister Tran Van Minh on Friday. "
     "They discussed the situation in Caracas.", "Havana"),
    ("HAVANA, May 3 (Wire) — Cuban Defence Minister Ramon Ortega met Vietnamese Defence Minister Tran Van Minh on Friday. "
     "Tran will travel to Caracas next week.", "Havana"),
    ("ГАВАНА, 3 мая. /Риф/. Министры обороны Кубы и Вьетнама подписали план военного сотрудничества.", "Havana"),
    ("ГАВАНА, 3 мая. /Риф/. Министр обороны Кубы Рамон Ортега встретился с министром обороны Вьетнама. Стороны обсудили ситуацию в Каракасе.", "Havana"),
    # near misses: talk alone between equals; the visit went abroad; the meeting's own city elsewhere
    ("LIMA, 2 May – The defence ministers of Peru and Chile discussed maritime patrols on Tuesday.", None),
    ("HAVANA, May 3 (Wire) — Cuban Defence Minister Ramon Ortega, on a visit to Vietnam, met Vietnamese Defence Minister Tran Van Minh.", None),
    ("MOSCOW, May 3 (Wire) — Cuban Defence Minister Ramon Ortega met Vietnamese Defence Minister Tran Van Minh in Hanoi.", "Hanoi"),
    ("MOSCOW, May 3 (Wire) — Cuban Defence Minister Ramon Ortega met Vietnamese Defence Minister Tran Van Minh on Friday.", None),
])
def test_the_opening_dateline_alone(tmp_path, lead, city):
    assert _where(tmp_path, page(H, D, lead)) == city


# --------------------------------------------------------------------------- where: small towns

@pytest.mark.parametrize("parts, city", [
    ((HR, DR, "Министр обороны России провел переговоры с министром обороны Лаоса в подмосковной Кубинке."), "Kubinka"),
    ((HR, DR, "Министр обороны России встретился с министром обороны Лаоса в Кубинке под Москвой."), "Kubinka"),
    ((HR, DR, "Министр обороны Белоруссии провел переговоры с министром обороны Китая в белорусском Бресте."), "Brest"),
    ((HR, DR, "Министр обороны Турции встретился с министром обороны Азербайджана в турецкой Анталье."), "Antalya"),
    ((H, D, "The chief of naval operations met the Indonesian navy chief at the Naval Academy in Annapolis on Friday."), "Annapolis"),
    ((H, D, "The chief of naval operations received the Indian navy chief at the Naval War College in Newport on Friday."), "Newport"),
    # near misses: an adjective before no city; a small town not in an institution's phrase and of no state named
    ((HR, DR, "Министр обороны России провел переговоры с министром обороны Лаоса в Центральном военном округе."), None),
    ((H, D, "The Indonesian navy chief met his counterpart on Friday, a day after a lecture in Annapolis."), None),
])
def test_a_small_town_of_the_meeting(tmp_path, parts, city):
    assert _where(tmp_path, page(*parts)) == city


# --------------------------------------------------------------------------- participants

L = "Estonian Defence Minister Kaarel Tamm met Latvian Defence Minister Ivars Ozols in Tallinn on Friday."
LR = "Министр обороны Эстонии Каарел Тамм в пятницу встретился в Таллине с министром обороны Латвии Иварсом Озолсом."
DP, DPR = "10 May 2024", "10 мая 2024"


@pytest.mark.parametrize("lang, second, name, expected", [
    # an official of a third state named as the author of a statement or remarks the meeting spoke of
    ("en", "The ministers welcomed the statement by US Secretary of State Mark Rollins on Baltic security.", "Rollins", False),
    ("en", "They discussed remarks by Russian Foreign Minister Pavel Lebedev about the border.", "Lebedev", False),
    ("en", "The two ministers criticised Russian Foreign Minister Pavel Lebedev's remarks about the border.", "Lebedev", False),
    ("ru", "Министры обсудили заявление госсекретаря США Марка Роллинза о безопасности региона.", "Rollin", False),
    ("ru", "Стороны обсудили высказывания министра иностранных дел России Павла Лебедева о границе.", "Lebedev", False),
    # near misses: one of the meeting's own people; a statement made at the talks
    ("en", "A statement by Ozols at the talks stressed air defence.", "Ozols", True),
    # a company's head who addressed the meeting's people was there
    ("ru", "Генеральный директор компании «Рутен» Андрес Мяги рассказал гостям о новых образцах техники.", "Myagi", True),
    ("ru", "Гендиректор «Рутена» Андрес Мяги представил министрам новый бронетранспортер.", "Myagi", True),
    ("ru", "Во встрече принял участие генеральный директор компании «Балтик Шипъярд» Андрес Мяги.", "Myagi", True),
    ("en", "Andres Magi, chief executive of Baltic Yards, briefed the ministers on the new patrol boats.", "Magi", True),
    # near misses: a company's head who only spoke of the contract
    ("ru", "По словам генерального директора компании «Рутен» Андреса Мяги, контракт будет выполнен в срок.", "Myagi", False),
    ("ru", "Генеральный директор компании «Рутен» Андрес Мяги ранее заявил, что контракт будет выполнен в срок.", "Myagi", False),
    ("en", "The chief executive of Baltic Yards, Andres Magi, told reporters the boats would be delivered in June.", "Magi", False),
])
def test_participants_of_the_meeting(tmp_path, lang, second, name, expected):
    _check_participant(tmp_path, lang, second, name, expected)


@pytest.mark.parametrize("lang, second, name, expected", [
    # an occasion a week or more apart: its people are mentioned
    ("en", "Tamm hosted Finnish Defence Minister Antti Laine in Tallinn a week ago.", "Laine", False),
    ("en", "The visit comes a week after Finnish Defence Minister Antti Laine met Tamm in Tallinn.", "Laine", False),
    ("ru", "Неделю назад Тамм принимал в Таллине министра обороны Финляндии Антти Лайне.", "Laine", False),
    ("ru", "Визит состоялся через неделю после переговоров Тамма с министром обороны Финляндии Антти Лайне.", "Laine", False),
    # near miss: a time apart that measures a career, not an occasion
    ("en", "It was their fifth meeting since Ozols became defence minister 18 months ago.", "Ozols", True),
    # a head of state's congratulation from afar; near miss: congratulating at the ceremony
    ("en", "Latvian President Edgars Berzins congratulated the ministers on the signing in a telegram.", "Berzins", False),
    ("ru", "Президент Латвии Эдгарс Берзиньш поздравил министров с подписанием плана.", "Berzin", False),
    ("en", "Estonian President Alar Kask congratulated the ministers at the signing ceremony.", "Kask", True),
    ("en", "Later on Friday, Estonian President Alar Kask received Ozols.", "Kask", True),
])
def test_participants_weeks_apart_and_greetings(tmp_path, lang, second, name, expected):
    _check_participant(tmp_path, lang, second, name, expected)


@pytest.mark.parametrize("text", [
    "Estonian Defence Minister Kaarel Tamm met Latvian Defence Minister Ivars Ozols in Tallinn on Friday, a week after Ozols took office.",
    "Estonian Defence Minister Kaarel Tamm met Latvian Defence Minister Ivars Ozols in Tallinn two days ago.",
    "Министр обороны Эстонии Каарел Тамм неделю спустя после своего назначения встретился в Таллине с министром обороны Латвии Иварсом Озолсом.",
])
def test_a_time_apart_outside_the_names_clause_leaves_the_lead(tmp_path, text):
    got = _participants(tmp_path, page(H, DP, text))
    assert len(got) == 2 and all(got.values()), got


def _check_participant(tmp_path, lang, second, name, expected):
    text = page(H, DP, f"{L} {second}") if lang == "en" else page(HR, DPR, f"{LR} {second}")
    got = _participants(tmp_path, text)
    hit = [k for k in got if name.lower() in k.lower()]
    assert hit, got
    assert got[hit[0]] is expected
    assert all(v for k, v in got.items() if "Tamm" in k)


# --------------------------------------------------------------------------- the meeting's date

@pytest.mark.parametrize("parts, expected", [
    # a visit's first day told in a relative clause frames the meeting's own day
    ((H, "20 June 2024", "The Indian defence minister, on a visit to Vietnam that began on June 17, met his counterpart in Hanoi on Wednesday."), "2024-06-19"),
    ((H, "20 June 2024", "The Indian defence minister, on a trip to Vietnam which started on June 17, held talks in Hanoi on Wednesday."), "2024-06-19"),
    ((HR, "20 июня 2024", "Министр обороны Индии в ходе визита во Вьетнам, который начался 17 июня, в среду провел переговоры с коллегой в Ханое."), "2024-06-19"),
    ((H, "20 June 2024", "The Indian defence minister began a visit to Vietnam on June 17 and met his counterpart in Hanoi."), "2024-06-17"),
    # "met again" after an occasion weeks before: the later meeting is the one reported
    ((H, "20 June 2024", "On 3 March the defence ministers of Ghana and Togo agreed on joint patrols in Lome. On Thursday they met again in Accra to review them."), "2024-06-20"),
    ((HR, "20 июня 2024", "3 марта министры обороны Ганы и Того договорились о совместном патрулировании. В четверг они вновь встретились в Аккре."), "2024-06-20"),
    # near misses: a later meeting announced; two meetings of the same week (the lead's is the report's)
    ((H, "20 June 2024", "The defence ministers of Ghana and Togo met on 3 March in Lome. They will meet again on 3 July in Accra."), "2024-03-03"),
    ((HR, "20 июня 2024", "Министры обороны Ганы и Того встретились 17 июня в Ломе. 19 июня они снова провели переговоры, на этот раз в Аккре."), "2024-06-17"),
    # a capitalised adverb before a day inside a paragraph is no dateline ("Ранее, 20 февраля, ...")
    ((HR, "12 марта 2024", "Министры обороны Кубы и Вьетнама подписали план сотрудничества. Ранее, 20 февраля, министры провели телефонный разговор."), "2024-03-12"),
    ((H, "12 March 2024", "The defence ministers of Cuba and Vietnam signed a cooperation plan. Earlier, on February 20, the ministers spoke by phone."), "2024-03-12"),
    ((HR, "12 марта 2024", "ГАВАНА, 11 марта. /Риф/. Министры обороны Кубы и Вьетнама подписали план сотрудничества."), "2024-03-11"),
    # a weekend: the month of its Saturday and Sunday
    ((H, "Monday, 1 July 2024", "The defence ministers of Ghana and Togo met over the weekend in Accra."), "2024-06"),
    ((HR, "24 июня 2024", "Министры обороны Ганы и Того провели переговоры в Аккре на выходных."), "2024-06"),
    ((H, "24 June 2024", "The defence ministers of Ghana and Togo will meet at the weekend in Accra."), None),
    # shapes that already read right, kept: relative days, New Year, multi-day visits, the last paragraph, background
    ((H, "16 May 2024", "DHAKA, May 16 — The army chiefs of Bangladesh and India met the day before yesterday to discuss border management."), "2024-05-14"),
    ((HR, "16 мая 2024", "ДАККА, 16 мая. /Риф/. Начальники штабов армий Бангладеш и Индии провели переговоры в среду вечером."), "2024-05-15"),
    ((H, "2 January 2025", "TALLINN, Jan 2 — The defence ministers of Estonia and Finland met on December 30 to sign a training plan."), "2024-12-30"),
    ((HR, "2 января 2025 г.", "Вчера министры обороны Армении и Греции провели переговоры в Ереване."), "2025-01-01"),
    ((HR, "20 июня 2024", "17-19 июня министр обороны Индии посетил Вьетнам, где провел переговоры с вьетнамским коллегой."), "2024-06-17"),
    ((HR, "20 июня 2024", "Министры обороны Ганы и Того подписали план патрулирования границы.", "План рассчитан на 2025 год.",
      "Документ был подписан 18 июня в Аккре."), "2024-06-18"),
    ((H, "20 June 2024", "The defence ministers of Ghana and Togo met in Accra.",
      "Their previous meeting, on 3 March in Lome, produced a patrol plan."), "2024-06-20"),
    ((H, "22 June 2024", "ACCRA, June 20 (Wire) — The defence ministers of Ghana and Togo met on Wednesday."), "2024-06-19"),
])
def test_the_meeting_date_r14(tmp_path, parts, expected):
    assert _event_date(tmp_path, page(*parts)) == expected

"""Agreements, round 14 (issue 11): sentences of our own, in both languages, for the kinds of error
seen on the newest held-out set, each with variants and near misses that must not change. Each
case expects what ``../shared/tools/score.py`` compares: the parties, the year the document covers
and the signed flag ("signed, approved or concluded during the reported meeting")."""

import pytest

from test_agreements_general import got, want

_RU = "Министры обороны Сербии и Венгрии встретились в Белграде. "
_EN = "The defence ministers of Serbia and Hungary met in Belgrade. "

# --------------------------------------------------------------------------- a meeting of three

# A meeting of three or more states that the text does not count ("X met with his Georgian and
# Turkish counterparts", "the ministers of A, B and C held a meeting"): a document whose sentence
# names no two states is all theirs. Near misses: a state named as the meeting's place or topic, or
# in its setting ("on the sidelines of a forum hosted by C"), and a document the text gives to two.
THREE = [
    ("Baku, 14 May. Defence Minister Zakir Hasanov met with Georgian Defence Minister Irakli Chikovani and Turkish "
     "Defence Minister Yasar Guler in Tbilisi.\nThe ministers discussed regional security and joint exercises. At the "
     "end of the meeting, a memorandum of understanding on military cooperation was signed.", [("AZ GE TR", None, True)]),
    ("Министр обороны Азербайджана Закир Гасанов, министр обороны Грузии Ираклий Чиковани и министр национальной обороны "
     "Турции Яшар Гюлер провели встречу в Тбилиси.\nПо итогам встречи подписан меморандум о взаимопонимании в военной "
     "сфере.", [("AZ GE TR", None, True)]),
    ("Defence ministers of Azerbaijan, Georgia and Turkey held a meeting in Tbilisi on Tuesday.\nThe sides signed a "
     "memorandum on cooperation in the field of military education.", [("AZ GE TR", None, True)]),
    ("Tbilisi hosted the meeting of defence ministers of Azerbaijan, Georgia and Turkey.\nThe ministers signed a "
     "memorandum of understanding.", [("AZ GE TR", None, True)]),
    ("В Тбилиси состоялась встреча министров обороны Азербайджана, Грузии и Турции.\nМинистры подписали меморандум о "
     "взаимопонимании.", [("AZ GE TR", None, True)]),
    ("The chiefs of general staff of Chile, Peru and Bolivia met in Lima on Monday. At the end of the talks they signed a "
     "memorandum on disaster relief.", [("CL PE BO", None, True)]),
    ("Kenyan Defence Secretary Aden Duale hosted his Ugandan and Tanzanian counterparts in Nairobi. The ministers signed a "
     "memorandum on border security.", [("KE UG TZ", None, True)]),
    ("Министры обороны Казахстана, Кыргызстана и Таджикистана провели встречу в Бишкеке. Стороны подписали план "
     "совместных мероприятий на 2025 год.", [("KZ KG TJ", "2025", True)]),
    ("В Бишкеке состоялась встреча начальников генштабов Казахстана, Кыргызстана и Таджикистана. Подписан меморандум о "
     "сотрудничестве в области ПВО.", [("KZ KG TJ", None, True)]),
    ("Министр обороны Кыргызстана встретился с коллегами из Казахстана и Таджикистана. Министры подписали меморандум о "
     "сотрудничестве.", [("KZ KG TJ", None, True)]),
    ("Министры обороны Кыргызстана, Казахстана и Таджикистана встретились в Бишкеке. Министры обсудили проект меморандума "
     "о сотрудничестве в области ПВО.", [("KZ KG TJ", None, False)]),
    ("The defence ministers of Chile, Peru and Bolivia met in Lima. They are expected to sign a memorandum on disaster "
     "relief next month.", [("CL PE BO", None, False)]),
    ("The defence ministers of Azerbaijan, Turkey and Georgia signed a trilateral memorandum of understanding in Baku.",
     [("AZ TR GE", None, True)]),
    ("Трехсторонний меморандум между Азербайджаном, Турцией и Грузией был подписан в Тбилиси.", [("AZ TR GE", None, True)]),
    ("The chiefs of general staff of Estonia, Latvia and Lithuania met in Riga. They signed a memorandum on air defence.",
     [("EE LV LT", None, True)]),
    ("Начальники генштабов Эстонии, Латвии и Литвы встретились в Риге. Они подписали меморандум о противовоздушной "
     "обороне.", [("EE LV LT", None, True)]),
    # near misses
    ("The defence ministers of Chile and Peru met in Bolivia on Monday. They signed a memorandum on disaster relief.",
     [("CL PE", None, True)]),
    ("The defence ministers of Chile and Peru met in Lima to discuss the situation in Bolivia. They signed a memorandum "
     "on disaster relief.", [("CL PE", None, True)]),
    ("Министры обороны Чили и Перу встретились в Лиме и обсудили ситуацию в Боливии. Они подписали меморандум о "
     "ликвидации последствий стихийных бедствий.", [("CL PE", None, True)]),
    ("The defence ministers of Chile and Peru met on the sidelines of a conference hosted by Bolivia. They signed a "
     "memorandum on disaster relief.", [("CL PE", None, True)]),
    ("Министры обороны Чили и Перу встретились на полях конференции в Боливии. Они подписали меморандум о ликвидации "
     "последствий бедствий.", [("CL PE", None, True)]),
    ("The defence ministers of Chile, Peru and Bolivia met in Lima. The ministers of Chile and Peru also signed a "
     "bilateral memorandum on disaster relief.", [("CL PE", None, True)]),
    ("The defence ministers of Chile, Peru and Bolivia met in Lima. Chile and Peru signed a memorandum on disaster "
     "relief.", [("CL PE", None, True)]),
    ("The Chilean defence minister held talks with his Peruvian and Bolivian counterparts in Lima. Later the two "
     "countries' ministries signed a memorandum on disaster relief.", [("CL PE", None, True)]),
    ("Министры обороны Чили, Перу и Боливии встретились в Лиме. Министры обороны Чили и Перу подписали двусторонний "
     "меморандум.", [("CL PE", None, True)]),
    ("Azerbaijan and Georgia signed a memorandum on security of the pipeline to Turkey.", [("AZ GE", None, True)]),
    ("Defence ministers of Azerbaijan, Georgia and Turkey held a meeting in Tbilisi on Tuesday.\nLater, Zakir Hasanov "
     "and Irakli Chikovani held bilateral talks. Azerbaijan and Georgia signed a plan of cooperation for 2025.",
     [("AZ GE", "2025", True)]),
]


@pytest.mark.parametrize("body, docs", THREE)
def test_a_meeting_of_three_states_signs_a_document_of_three(body, docs):
    assert got(body) == want(*docs)

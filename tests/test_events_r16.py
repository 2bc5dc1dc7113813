"""Round 16: who took part, what was signed, where, on shapes of text written for this test (our own words,
invented meetings and outlets), in English and Russian where the shape exists, each with near misses:

- a host who received or met the visitor on the same visit is a participant, whether the report puts it
  "earlier", "later", on the same day or still to come ("Earlier, King X received the Omani minister",
  «Во вторник гостя примет президент X», «Ранее в среду министр встретился с начальником Генштаба X»);
  greetings, another year or a meeting set apart in time ("next month") stay mentions;
- the city: a small town's English news spelling (Gabala for GeoNames' Qabala) and the usual English name of a
  capital (Naypyidaw).
"""
from __future__ import annotations

import pytest

from test_events_r13 import _where
from test_events_r14 import _participants
from test_pages_r9 import page

H, HR = "Omani defence minister visits Jordan", "Министр обороны Индии посетил Казахстан"
DP, DPR = "12 March 2024", "12 марта 2024"
L = ("Omani Minister of Defence Affairs Sayyid Shihab bin Tarik Al Said held talks with Jordan's army chief "
     "Major General Yousef Huneiti in Amman on Tuesday on training and border security.")
LR = ("Министр обороны Индии Раджнатх Сингх во вторник провел в Астане переговоры с министром обороны Казахстана "
      "Русланом Жаксылыковым.")


def _flag(tmp_path, lang, second, name):
    text = page(H, DP, f"{L} {second}") if lang == "en" else page(HR, DPR, f"{LR} {second}")
    got = _participants(tmp_path, text)
    hit = [k for k in got if name.lower() in k.lower()]
    assert hit, got
    return got[hit[0]]


# --------------------------------------------------------------------------- participants: a host of the same visit

@pytest.mark.parametrize("lang, second, name, expected", [
    ("en", "Earlier, King Abdullah II received the Omani minister at Al Husseiniya Palace.", "Abdullah", True),
    ("en", "Earlier, Crown Prince Hussein bin Abdullah welcomed the visiting minister and his delegation.", "Hussein", True),
    ("en", "Earlier on the same day, Prime Minister Bisher Al-Khasawneh received him at the Prime Ministry.", "Khasawneh", True),
    ("en", "King Abdullah II will receive the Omani minister on Wednesday.", "Abdullah", True),
    ("ru", "Во вторник индийского министра примет президент Казахстана Касым-Жомарт Токаев.", "Tokayev", True),
    ("ru", "Ранее во вторник Раджнатх Сингх встретился с начальником Генерального штаба ВС Казахстана Султаном Камалетдиновым.", "Kamaletdinov", True),
    ("ru", "Ранее индийского министра принял президент Казахстана Касым-Жомарт Токаев.", "Tokayev", True),
    ("ru", "В среду гостя примет президент Казахстана Касым-Жомарт Токаев.", "Tokayev", True),
    # near misses: greetings from afar, another year, a meeting set apart in time, another act of the host
    ("en", "Earlier, King Abdullah II sent his greetings to the participants of the SOFEX exhibition.", "Abdullah", False),
    ("en", "Last year, King Abdullah II received the Omani minister in Aqaba.", "Abdullah", False),
    ("en", "King Abdullah II will receive the Omani minister next month.", "Abdullah", False),
    ("en", "Earlier, King Abdullah II received the Omani minister during a 2019 visit to Muscat.", "Abdullah", False),
    ("ru", "Ранее президент Казахстана Касым-Жомарт Токаев подписал указ о призыве на военную службу.", "Tokayev", False),
    ("ru", "В следующем месяце индийского министра примет президент Казахстана Касым-Жомарт Токаев.", "Tokayev", False),
    ("ru", "В прошлом году министра принял президент Казахстана Касым-Жомарт Токаев.", "Tokayev", False),
    # another trip: a city of another state than the visit's; a town of the visited state is a stop of the same visit
    ("en", "Earlier, Prime Minister Kyriakos Mitsotakis received the Omani minister in Athens.", "Mitsotakis", False),
    ("en", "Earlier, King Abdullah II received the Omani minister in Aqaba.", "Abdullah", True),
])
def test_a_host_of_the_same_visit(tmp_path, lang, second, name, expected):
    assert _flag(tmp_path, lang, second, name) is expected


VN = ("Deputy Minister of National Defence Senior Lieutenant General Hoang Xuan Chien on Monday received a delegation of "
      "the Indonesian Armed Forces led by Lieutenant General Budi Santoso in Hanoi. The delegation is on a working visit "
      "to Vietnam from May 9 to 15.")


@pytest.mark.parametrize("second, expected", [
    ("On May 10, the Indonesian delegation met with Senior Lieutenant General Nguyen Tan Cuong, Chief of the General "
     "Staff of the Vietnam People's Army.", True),
    ("On the same day, the delegation of the Indonesian Armed Forces met with Senior Lieutenant General Nguyen Tan Cuong, "
     "Chief of the General Staff.", True),
    ("The visiting delegation was later received by Chief of the General Staff Senior Lieutenant General Nguyen Tan Cuong.", True),
    # near misses: a meeting weeks before the visit; one at a meeting set apart in time
    ("On April 20, the delegation met with Senior Lieutenant General Nguyen Tan Cuong, Chief of the General Staff.", False),
    ("Chief of the General Staff Senior Lieutenant General Nguyen Tan Cuong will receive the Indonesian chief of "
     "defence next month.", False),
])
def test_a_host_met_by_the_delegation(tmp_path, second, expected):
    got = _participants(tmp_path, page("Indonesian military delegation visits Vietnam", "14 May 2024", f"{VN} {second}"))
    hit = [k for k in got if "Cuong" in k]
    assert hit and got[hit[0]] is expected, got


# --------------------------------------------------------------------------- where: spellings of English news

@pytest.mark.parametrize("text, city", [
    (page("Ministers meet in Gabala", "20 May 2024", "The fifth trilateral meeting of the defence ministers of "
          "Azerbaijan, Iran and Turkmenistan was held in Gabala on Friday."), "Gabala"),
    (page("Министры встретились в Габале", "20 мая 2024", "В пятницу в Габале прошла встреча министров обороны "
          "Азербайджана, Ирана и Туркменистана."), "Gabala"),
    (page("Army chiefs meet", "20 May 2024", "The army chiefs of Thailand and Myanmar met in Nay Pyi Taw on Friday "
          "to discuss the border."), "Naypyidaw"),
    (page("Army chiefs meet", "20 May 2024", "The army chiefs of Thailand and Myanmar met in Naypyidaw on Friday "
          "to discuss the border."), "Naypyidaw"),
    # a small town's spelling variant counts only in a report that names the town's country
    (page("Ministers meet", "20 May 2024", "The defence ministers of Azerbaijan and Georgia met in Zaqatala on Friday."), "Zaqatala"),
])
def test_english_news_spellings(tmp_path, text, city):
    assert _where(tmp_path, text) == city


def test_a_small_towns_variant_needs_its_country(tmp_path):
    from generator.extract.places import small_town

    assert small_town("Gabala", "en", ["AZ"]) is not None
    assert small_town("Kabala", "en", ["FR"]) is None


# --------------------------------------------------------------------------- agreements: one entry per document

from test_agreements_general import got, want  # noqa: E402


@pytest.mark.parametrize("body, docs", [
    # "plan(s) to" after its subject is a verb, never a document
    ("Japanese Defence Minister Gen Nakatani met Australian Defence Minister Richard Marles in Tokyo on Monday. The "
     "reciprocal access agreement signed by the two governments in July lets troops train together; the two sides plan "
     "to sign an implementing arrangement for the pact next year.",
     [("AU JP", None, False), ("AU JP", None, False)]),
    ("The defence ministers of Kenya and Tanzania met in Arusha. Both navies plan to hold a joint exercise in May, and the "
     "ministries plan to sign a memorandum on maritime security.", [("KE TZ", None, False)]),
    # near miss: a plan to do something is a document when it has its own name or year
    ("The defence ministers of Peru and Chile signed a joint plan to counter drug trafficking for 2025.",
     [("CL PE", "2025", True)]),
    # a bare head of another kind after "the"/"this", or opening a Russian sentence, is the document just named
    ("The defence ministers of Norway and Finland signed a memorandum of understanding on military logistics on Tuesday. "
     "The agreement will let the two armies share fuel depots.", [("FI NO", None, True)]),
    ("Министры обороны Армении и Греции подписали программу военного сотрудничества на 2025 год. Соглашение было "
     "подписано в Афинах.", [("AM GR", "2025", True)]),
    ("Министры обороны Казахстана и Киргизии утвердили план военного сотрудничества на 2025 год. Этот договор "
     "предусматривает совместные учения.", [("KG KZ", "2025", True)]),
    # near misses: a second document with its own name; a bare head with "also" (no anaphor); a head defined by the
    # clause after it (another document, of another day)
    ("The defence ministers of Norway and Finland signed a memorandum of understanding on military logistics on Tuesday. "
     "The oldest of their steps, the agreement placing a Finnish battalion under a Norwegian brigade, was signed in 2017.",
     [("FI NO", None, True), ("FI NO", None, False)]),
    ("Министры обороны Армении и Греции подписали программу военного сотрудничества на 2025 год. Также было подписано "
     "соглашение о военном образовании.", [("AM GR", "2025", True), ("AM GR", None, True)]),
    ("The defence ministers of Norway and Finland signed a memorandum of understanding on military logistics on Tuesday. "
     "They also signed an agreement.", [("FI NO", None, True), ("FI NO", None, True)]),
])
def test_one_entry_per_document(body, docs):
    assert got(body) == want(*docs)


# --------------------------------------------------------------------------- agreements: "the two countries" are the meeting's

@pytest.mark.parametrize("body, docs", [
    ("Cypriot Defence Minister Vasilis Palmas held talks in Abu Dhabi on Tuesday with the UAE Minister of State for "
     "Defence Affairs. Officials said a defence cooperation agreement the two countries expect to sign this year would "
     "balance Turkey's influence in the region.", [("AE CY", None, False)]),
    ("Cypriot Defence Minister Vasilis Palmas, who visited Ankara's rival Athens last week, held talks in Abu Dhabi on "
     "Tuesday with the UAE Minister of State for Defence Affairs. Palmas said the two countries expect to sign a defence "
     "cooperation agreement soon, amid tension with Turkey.", [("AE CY", None, False)]),
    ("Министр обороны Кипра Василис Палмас провел в Абу-Даби переговоры с государственным министром ОАЭ по делам обороны. "
     "Соглашение о военном сотрудничестве, которое две страны намерены подписать в этом году, уравновесит влияние Турции.",
     [("AE CY", None, False)]),
    # near miss: a third pair's document the two sides spoke of keeps its own sides
    ("Cypriot Defence Minister Vasilis Palmas held talks in Abu Dhabi on Tuesday with the UAE Minister of State for "
     "Defence Affairs. The two countries expect Turkey to sign a similar agreement with Libya.", [("LY TR", None, False)]),
])
def test_the_two_countries_are_the_meetings(body, docs):
    assert got(body) == want(*docs)

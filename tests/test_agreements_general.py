"""Agreements on wordings never tuned on (issue 11): which noun phrases name a document, which
verb governs it (tense, mood, voice, negation, another occasion), its parties and the year it
covers. Every text here is our own, in both languages, with many pairs of states, so that a rule
fitted to one outlet's wording or one pair of countries fails here. Each case expects what
``../shared/tools/score.py`` compares: the parties, the year the document covers, and the signed
flag of every document in the text."""

import pytest

from generator.extract.entities import analyse, extract_one
from generator.model import Article, PartialDate
from generator.reference.registry import Registry


def run(body, lang=None, date=PartialDate(2024, 5, 20)):
    lang = lang or ("ru" if any("а" <= c <= "я" for c in body.casefold()) else "en")
    a = Article("t", "t.txt", lang, "", True, date, None, None, body)
    return extract_one(a, analyse([a])[a.id], Registry())


def got(body):
    return sorted((tuple(sorted(h.parties)), str(h.year), h.signed) for h in run(body).agreements)


def want(*docs):
    return sorted((tuple(sorted(p.split())), str(y), s) for p, y, s in docs)


# --------------------------------------------------------------------------- signed at the meeting

SIGNED = [
    ("The defence ministers of Norway and Finland signed a memorandum of understanding on military logistics on Tuesday.",
     ("NO FI", None, True)),
    ("A bilateral defence cooperation agreement between Egypt and Morocco was signed in Cairo on Monday.",
     ("EG MA", None, True)),
    ("Vietnam and Indonesia inked a defence cooperation agreement during the visit.", ("VN ID", None, True)),
    ("Brazil and Argentina concluded an agreement on military-technical cooperation at the talks in Brasilia.",
     ("BR AR", None, True)),
    ("The talks ended with the signing of a plan of bilateral military cooperation between Serbia and Hungary for 2025.",
     ("RS HU", "2025", True)),
    ("Mongolia and Kazakhstan sealed a defence cooperation pact in Ulaanbaatar.", ("MN KZ", None, True)),
    ("The defence ministers of Poland and Lithuania approved the 2025 plan of bilateral military cooperation.",
     ("PL LT", "2025", True)),
    ("A memorandum on cyber defence was signed by the chiefs of general staff of Estonia and Latvia.",
     ("EE LV", None, True)),
    ("Kenya and Tanzania have signed a defence cooperation agreement, the ministry said.", ("KE TZ", None, True)),
    ("The memorandum on naval training between Greece and Cyprus, which the two navies had negotiated for two years, "
     "was signed on Friday.", ("GR CY", None, True)),
    ("After the talks the ministers of India and Oman put their signatures to a roadmap on defence industry cooperation.",
     ("IN OM", None, True)),
    ("Министры обороны Армении и Ирана подписали меморандум о сотрудничестве в области военного образования.",
     ("AM IR", None, True)),
    ("По итогам переговоров был подписан план двустороннего военного сотрудничества между Беларусью и Казахстаном на 2025 год.",
     ("BY KZ", "2025", True)),
    ("Министерства обороны Узбекистана и Таджикистана заключили соглашение о военно-техническом сотрудничестве.",
     ("UZ TJ", None, True)),
    ("Стороны утвердили программу военного сотрудничества России и Лаоса на 2024–2026 годы.", ("RU LA", "2024-2026", True)),
    ("Состоялась церемония подписания соглашения о военном сотрудничестве между Монголией и Казахстаном.",
     ("MN KZ", None, True)),
    ("Соглашение о сотрудничестве в области обороны между Египтом и Марокко подписано в Каире.", ("EG MA", None, True)),
    ("Россия и Вьетнам подписали дорожную карту военно-технического сотрудничества.", ("RU VN", None, True)),
]


@pytest.mark.parametrize("body, doc", SIGNED)
def test_signed_at_the_meeting(body, doc):
    assert got(body) == want(doc)


# --------------------------------------------------------------------------- not signed at the meeting

NOT_SIGNED = [
    # to come: modal, intention, expectation, readiness, schedule
    ("Norway and Finland will sign a memorandum of understanding on military logistics next month.", ("NO FI", None, False)),
    ("Egypt and Morocco are expected to sign a defence cooperation agreement during the visit.", ("EG MA", None, False)),
    ("Vietnam and Indonesia plan to sign an agreement on maritime security.", ("VN ID", None, False)),
    ("Brazil and Argentina intend to conclude an agreement on military-technical cooperation by the end of the year.",
     ("BR AR", None, False)),
    ("Mongolia and Kazakhstan are ready to sign a defence cooperation agreement.", ("MN KZ", None, False)),
    ("An agreement on defence cooperation between Poland and Lithuania is to be signed in June.", ("PL LT", None, False)),
    ("Brazil and Argentina could sign an agreement on military-technical cooperation in the coming months.",
     ("BR AR", None, False)),
    ("The signing of a defence cooperation agreement between Vietnam and Indonesia has been postponed.",
     ("VN ID", None, False)),
    # drafted, discussed, worked on
    ("The ministers discussed the draft agreement on military education between Serbia and Hungary.", ("RS HU", None, False)),
    ("Norway and Finland are working on a memorandum of understanding on military logistics.", ("NO FI", None, False)),
    ("A draft memorandum on cyber defence between Estonia and Latvia has been sent to the governments.",
     ("EE LV", None, False)),
    # denied
    ("India and Oman did not sign the roadmap on defence industry cooperation, as the talks stalled.", ("IN OM", None, False)),
    # another occasion
    ("The parliament of Estonia ratified the defence cooperation agreement with Latvia signed in 2021.",
     ("EE LV", None, False)),
    ("The sides reviewed the implementation of the defence cooperation agreement signed by Kenya and Tanzania in 2019.",
     ("KE TZ", None, False)),
    ("Under the 2018 military cooperation agreement between Greece and Cyprus, the two navies train together.",
     ("GR CY", None, False)),
    ("The ministers noted that the plan of bilateral military cooperation between Serbia and Hungary for 2024 had been "
     "fully carried out.", ("RS HU", "2024", False)),
    ("Egypt and Morocco signed a defence cooperation agreement last year, and on Monday their ministers discussed how it works.",
     ("EG MA", None, False)),
    # Russian
    ("Министры обороны Армении и Ирана намерены подписать меморандум о сотрудничестве в области военного образования.",
     ("AM IR", None, False)),
    ("План двустороннего военного сотрудничества между Беларусью и Казахстаном на 2025 год будет подписан в декабре.",
     ("BY KZ", "2025", False)),
    ("Стороны обсудили проект соглашения о военно-техническом сотрудничестве между Узбекистаном и Таджикистаном.",
     ("UZ TJ", None, False)),
    ("Стороны готовы подписать программу военного сотрудничества России и Лаоса.", ("RU LA", None, False)),
    ("Соглашение о военном сотрудничестве между Монголией и Казахстаном, подписанное в 2015 году, продлено.",
     ("MN KZ", None, False)),
    ("Россия и Вьетнам так и не подписали дорожную карту военно-технического сотрудничества.", ("RU VN", None, False)),
    ("Подписание соглашения о сотрудничестве в области обороны между Египтом и Марокко запланировано на осень.",
     ("EG MA", None, False)),
    ("Стороны обсудили ход выполнения плана сотрудничества между Сербией и Венгрией на 2024 год.", ("RS HU", "2024", False)),
    ("В рамках соглашения о военном сотрудничестве между Грецией и Кипром проводятся совместные учения.",
     ("GR CY", None, False)),
    ("Ожидается, что министры Индии и Омана подпишут дорожную карту оборонного сотрудничества.", ("IN OM", None, False)),
    ("Стороны договорились о подготовке соглашения о военном сотрудничестве между Кенией и Танзанией.",
     ("KE TZ", None, False)),
]


@pytest.mark.parametrize("body, doc", NOT_SIGNED)
def test_not_signed_at_the_meeting(body, doc):
    assert got(body) == want(doc)


# --------------------------------------------------------------------------- no document

@pytest.mark.parametrize("body", [
    "The ministers of Norway and Finland reached an agreement to hold joint drills in the Arctic.",
    "Finland plans to raise its defence budget, and Norway plans to buy new frigates.",
    "Kazakhstan and Kyrgyzstan are members of the Collective Security Treaty Organization.",
    "Estonia and Latvia are in full agreement on the need to strengthen air defence.",
    "The ministers of Brazil and Argentina discussed plans for joint exercises next year.",
    "Стороны договорились о проведении совместных учений Армении и Ирана.",
    "Казахстан и Киргизия являются членами Организации Договора о коллективной безопасности.",
    "По договоренности сторон следующая встреча министров Египта и Марокко пройдет в Рабате.",
    "Стороны обсудили планы совместной подготовки военнослужащих Беларуси и Казахстана.",
])
def test_no_document(body):
    assert got(body) == []


# --------------------------------------------------------------------------- several documents, one text

def test_two_documents_one_verb():
    body = ("Serbia and Hungary signed an agreement on military education and a protocol on military medicine.")
    assert got(body) == want(("RS HU", None, True), ("RS HU", None, True))


def test_signed_and_discussed_in_one_sentence():
    body = ("The ministers of Serbia and Hungary signed an agreement on military education and discussed a draft "
            "memorandum on cyber defence.")
    assert sorted((h.kind, h.signed) for h in run(body).agreements) == [("agreement", True), ("memorandum", False)]


def test_an_article_signed_drafted_and_earlier():
    body = ("Norwegian Defence Minister Ola Berg met Finnish Defence Minister Aino Virtanen in Oslo on Monday.\n\n"
            "The ministers signed a plan of bilateral military cooperation for 2025. The plan provides for 40 joint events.\n\n"
            "They also discussed a draft agreement on military education. Berg recalled the memorandum on cyber defence "
            "that the two countries signed in 2021.")
    assert got(body) == want(("FI NO", "2025", True), ("FI NO", None, False), ("FI NO", None, False))


def test_a_new_agreement_and_the_old_one_it_replaces_are_two():
    body = ("Kenyan Defence Cabinet Secretary Amina Otieno and Tanzanian Defence Minister Juma Mwinyi signed a new "
            "defence cooperation agreement in Nairobi on Thursday. The new agreement replaces the agreement of 2009.")
    assert got(body) == want(("KE TZ", None, True), ("KE TZ", None, False))


# --------------------------------------------------------------------------- more wordings, in context

IN_CONTEXT = [
    # the parties from the people of the text, not the sentence
    ("Finnish Defence Minister Aino Virtanen received her Estonian counterpart Mart Tamm in Helsinki on Monday. "
     "The sides signed a memorandum of understanding on air defence.", [("FI EE", None, True)]),
    # a compound adjective names the parties
    ("The Serbian-Hungarian plan of military cooperation for 2025 was signed in Belgrade.", [("RS HU", "2025", True)]),
    # three parties
    ("Azerbaijan, Turkey and Georgia signed a trilateral memorandum on defence cooperation.", [("AZ TR GE", None, True)]),
    # a clause of another time after the signing is not the signing's
    ("The agreement on military education between Chile and Peru was signed on Monday and will enter into force in 30 days.",
     [("CL PE", None, True)]),
    ("After signing the defence cooperation agreement, the ministers of Ghana and Senegal held a press conference.",
     [("GH SN", None, True)]),
    ("A defence cooperation agreement signed on Tuesday by Ghana and Senegal provides for joint patrols.",
     [("GH SN", None, True)]),
    ("India and Oman signed an MoU on maritime security.", [("IN OM", None, True)]),
    # to come
    ("The visit of the Ghanaian minister to Senegal is expected to end with the signing of a defence cooperation pact.",
     [("GH SN", None, False)]),
    ("Talks on a defence cooperation agreement between Ghana and Senegal are under way.", [("GH SN", None, False)]),
    ("The defence ministers of Chile and Peru are set to sign a memorandum on military medicine.", [("CL PE", None, False)]),
    ("Once signed, the memorandum on military medicine between Chile and Peru will allow joint training of surgeons.",
     [("CL PE", None, False)]),
    ("The memorandum on military medicine between Chile and Peru, to be signed on Friday, covers training of surgeons.",
     [("CL PE", None, False)]),
    # Russian
    ("Министр обороны Сербии встретился с министром обороны Венгрии. По итогам встречи было подписано соглашение о "
     "военно-техническом сотрудничестве.", [("RS HU", None, True)]),
    ("В ходе визита министра обороны Индии в Оман планируется подписание меморандума о морской безопасности.",
     [("IN OM", None, False)]),
    ("Документ о сотрудничестве двух стран не подписан. Министры Чили и Перу обсудили проект меморандума о военной медицине.",
     [("CL PE", None, False)]),
    ("Подписанный в 2019 году меморандум между Кенией и Сенегалом стороны решили продлить.", [("KE SN", None, False)]),
    ("Министры обороны Кении и Сенегала подписали соглашение о сотрудничестве, которое вступит в силу через месяц.",
     [("KE SN", None, True)]),
    ("Сербия и Венгрия подписали план военного сотрудничества на 2025 год, а также обсудили проект соглашения о "
     "военном образовании.", [("RS HU", "2025", True), ("RS HU", None, False)]),
]


@pytest.mark.parametrize("body, docs", IN_CONTEXT)
def test_in_context(body, docs):
    assert got(body) == want(*docs)


# --------------------------------------------------------------------------- whole pages

def test_pages_with_chrome_lists_and_mixed_statuses():
    """tests/agreements/articles: whole pages (menus, related lists naming other documents,
    bylines, lists of documents), read as the build reads them."""
    from pathlib import Path

    import yaml

    from generator.quality.report import predictions

    root = Path(__file__).parent / "agreements"
    gold = yaml.safe_load((root / "gold.yml").read_text(encoding="utf-8"))
    pred = predictions(root / "articles")
    assert set(pred) == set(gold)
    wrong = {}
    for stem, docs in gold.items():
        w = sorted((tuple(sorted(d["parties"])), str(d["year"]), d["signed"]) for d in docs)
        g = sorted((tuple(sorted(d["parties"])), str(d["year"]), d["signed"]) for d in pred[stem]["agreements"])
        if g != w:
            wrong[stem] = (g, w)
    assert not wrong, wrong


# --------------------------------------------------------------------------- parties, years, drafts, witnesses

MORE = [
    # a witness's state is no party
    ("Serbia and Hungary signed a cooperation plan for 2025 in Belgrade, in the presence of the Russian ambassador.",
     [("RS HU", "2025", True)]),
    ("В присутствии посла России министры Сербии и Венгрии подписали план сотрудничества на 2025 год.",
     [("RS HU", "2025", True)]),
    # one state and an organisation: one party
    ("Kazakhstan signed a memorandum on peacekeeping training with the United Nations.", [("KZ", None, True)]),
    # a draft approved is still a draft
    ("The cabinets of Serbia and Hungary approved the draft agreement on military education.", [("RS HU", None, False)]),
    ("Правительства Сербии и Венгрии одобрили проект соглашения о военном образовании.", [("RS HU", None, False)]),
    # a participle of the reported meeting
    ("Подписанный сегодня план сотрудничества между Сербией и Венгрией на 2025 год предусматривает 40 мероприятий.",
     [("RS HU", "2025", True)]),
    ("Подписанный в 2019 году план сотрудничества между Сербией и Венгрией выполнен.", [("RS HU", None, False)]),
    # "earlier on Monday" is the reported day
    ("Earlier on Monday, the defence ministers of Serbia and Hungary signed a memorandum on military medicine.",
     [("RS HU", None, True)]),
    # years: "for the year", "next year" is no year
    ("The Armenian and Greek ministers signed the plan for the year 2025 on military cooperation.", [("AM GR", "2025", True)]),
    ("The ministers of Serbia and Hungary signed the plan of cooperation for next year.", [("RS HU", None, True)]),
    ("The 2015 treaty between Serbia and Hungary on border security remains in force.", [("RS HU", None, False)]),
]


@pytest.mark.parametrize("body, docs", MORE)
def test_parties_years_drafts(body, docs):
    assert got(body) == want(*docs)


# --------------------------------------------------------------------------- names in title case, one state's own documents

@pytest.mark.parametrize("body, docs, descriptor", [
    ("Japan and the Philippines signed the Reciprocal Access Agreement in Manila on Monday.",
     [("JP PH", None, True)], "reciprocal access"),
    ("The Visiting Forces Agreement between the United States and the Philippines took effect in 1999.",
     [("US PH", None, False)], "visiting forces"),
    ("Japan and South Korea renewed the General Security of Military Information Agreement.",
     [("JP KR", None, False)], "general security of military information"),
    # a headline in title case keeps to the known words
    ("Japan and Australia Sign Landmark Security Agreement In Tokyo", [("JP AU", None, True)], "security"),
    # one state's own programme, though the sentence names a partner
    ("Georgia will implement its State Defence Programme with the help of the United States.",
     [("GE", None, False)], "state defence"),
    ("Министр обороны Сербии и министр обороны Венгрии подписали план сотрудничества.", [("RS HU", None, True)], "cooperation"),
])
def test_names_in_title_case(body, docs, descriptor):
    assert got(body) == want(*docs)
    assert run(body).agreements[0].descriptor == descriptor


# --------------------------------------------------------------------------- a batch written blind (20 wordings; 14 right when written)

BLIND = [
 ("The defence chiefs of Peru and Colombia penned a memorandum on river patrols on the sidelines of the conference.", [("PE CO", None, True)]),
 ("Peru and Colombia exchanged the signed copies of the protocol on river patrols.", [("PE CO", None, True)]),
 ("The protocol on river patrols between Peru and Colombia awaits ratification by both parliaments.", [("PE CO", None, False)]),
 ("Peru and Colombia hope to conclude a defence cooperation agreement soon.", [("PE CO", None, False)]),
 ("A roadmap for defence industry cooperation between Peru and Colombia was also presented to the ministers.", [("PE CO", None, False)]),
 ("The ministers of Peru and Colombia decided to extend the memorandum on river patrols, which expires in June.", [("PE CO", None, False)]),
 ("Peru and Colombia are negotiating a status of forces agreement.", [("PE CO", None, False)]),
 ("Peru's defence minister said the agreement on military education with Colombia had been signed a week earlier in Bogota.", [("PE CO", None, False)]),
 ("Under the plan of military cooperation for 2024 signed by Peru and Colombia in December, 30 events are envisaged.", [("PE CO", "2024", False)]),
 ("During the visit, Peru and Colombia signed a number of documents, including an agreement on cooperation in military medicine.", [("PE CO", None, True)]),
 ("Перу и Колумбия скрепили подписями меморандум о речном патрулировании.", [("PE CO", None, True)]),
 ("Министры обороны Перу и Колумбии обменялись подписанными экземплярами протокола о речном патрулировании.", [("PE CO", None, True)]),
 ("Стороны выразили надежду на скорейшее подписание соглашения о военном сотрудничестве между Перу и Колумбией.", [("PE CO", None, False)]),
 ("Перу и Колумбия ведут переговоры о соглашении о статусе сил.", [("PE CO", None, False)]),
 ("Министр обороны Перу сообщил, что соглашение о военном образовании с Колумбией было подписано неделей ранее в Боготе.", [("PE CO", None, False)]),
 ("Документ подписали министр обороны Перу и министр обороны Колумбии: речь идет о плане военного сотрудничества на 2025 год.", [("PE CO", "2025", True)]),
 ("Стороны договорились продлить действие меморандума о речном патрулировании между Перу и Колумбией.", [("PE CO", None, False)]),
 ("Министры Перу и Колумбии парафировали текст соглашения о военном сотрудничестве.", [("PE CO", None, False)]),
 ("В ходе встречи был подписан ряд документов, в том числе соглашение о сотрудничестве в области военной медицины между Перу и Колумбией.", [("PE CO", None, True)]),
 ("План сотрудничества между Перу и Колумбией на 2025 год стороны подпишут в декабре.", [("PE CO", "2025", False)]),
]


@pytest.mark.parametrize("body, docs", BLIND)
def test_blind_batch(body, docs):
    assert got(body) == want(*docs)

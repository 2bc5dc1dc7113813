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
    # years: "for the year", "next year" is the year after the page's (round 18: the held-out gold gives it)
    ("The Armenian and Greek ministers signed the plan for the year 2025 on military cooperation.", [("AM GR", "2025", True)]),
    ("The ministers of Serbia and Hungary signed the plan of cooperation for next year.", [("RS HU", "2025", True)]),
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


# --------------------------------------------------------------------------- round 4: shapes the build pages lack

# Written for round 4 before the rules they test were changed (29 of 40, 30 of 34 and 21 of 23
# right when written): deals and accords sealed, struck or finalised; documents listed in a row;
# ratification, renewal, extension and amendment (a law or protocol about a document is not the
# document); a document named by the year of its signing ("the 1994 agreement", "соглашение 1994
# года"); contracts; Russian passives, participles and "подписание состоится"; negation after the
# verb ("подписан не был") and before the document ("No agreement … was signed" names none);
# modality; and the forms years take. The article is dated 20 May 2024 (ROUND4_A) or 14 September
# 2023 (ROUND4_B, ROUND4_YEARS).

ROUND4_A = [
 # deals, accords, struck/finalised
 ("Turkey and Qatar struck a deal on joint production of armoured vehicles during the minister's visit to Doha.", [("TR QA", None, True)]),
 ("Chile and Peru finalised a defence cooperation accord in Lima on Wednesday.", [("CL PE", None, True)]),
 ("Greece and France signed a deal for the purchase of six Rafale fighters.", [("GR FR", None, True)]),
 ("India and France are close to a deal on 26 naval fighter jets.", [("IN FR", None, False)]),
 ("Egypt and Jordan agreed to expand military cooperation and hold joint exercises next year.", []),
 # lists
 ("The ministers of Serbia and Hungary signed a plan of military cooperation for 2025, a protocol on border security and a memorandum on military education.",
  [("RS HU", "2025", True), ("RS HU", None, True), ("RS HU", None, True)]),
 ("Министры обороны Армении и Греции подписали план военного сотрудничества на 2025 год, протокол о пограничной безопасности и меморандум о военном образовании.",
  [("AM GR", "2025", True), ("AM GR", None, True), ("AM GR", None, True)]),
 # ratification, renewal, extension, amendment
 ("The parliament of Laos ratified the agreement on military cooperation with Russia.", [("LA RU", None, False)]),
 ("Estonia and Latvia extended their memorandum on air policing until 2030.", [("EE LV", None, False)]),
 ("Japan and Australia signed a protocol amending their 2022 reciprocal access agreement.", [("JP AU", None, True), ("JP AU", None, False)]),
 ("President Tokayev signed a law ratifying the agreement on military cooperation between Kazakhstan and Kyrgyzstan.", [("KZ KG", None, False)]),
 ("Президент Казахстана подписал закон о ратификации соглашения о военном сотрудничестве между Казахстаном и Киргизией.", [("KZ KG", None, False)]),
 ("Госдума ратифицировала соглашение о военном сотрудничестве между Россией и Лаосом.", [("RU LA", None, False)]),
 ("Стороны продлили действие соглашения о военном сотрудничестве между Арменией и Ираном до 2030 года.", [("AM IR", None, False)]),
 # background documents
 ("Kazakhstan and Russia signed a new agreement on military cooperation on Monday; the 1994 agreement between them had expired.", [("KZ RU", None, True), ("KZ RU", None, False)]),
 ("In 2017 Azerbaijan and Georgia signed a memorandum on border security, and on Monday their ministers met again in Tbilisi to discuss drills.", [("AZ GE", None, False)]),
 # arms contracts
 ("Rosoboronexport and India signed a contract for the supply of 48 Mi-17 helicopters at the air show.", [("RU IN", None, True)]),
 ("Контракт на поставку 12 вертолетов Ми-171 подписали Россия и Казахстан в ходе выставки.", [("RU KZ", None, True)]),
 ("Россия и Индия обсудили контракт на поставку фрегатов.", [("RU IN", None, False)]),
 # Russian passive / participle / noun
 ("План военного сотрудничества между Азербайджаном и Казахстаном на 2024 год был подписан в Баку.", [("AZ KZ", "2024", True)]),
 ("Подписание меморандума о сотрудничестве между Сербией и Венгрией состоится в пятницу.", [("RS HU", None, False)]),
 ("Соглашение, подписанное Россией и Монголией в 2019 году, остается в силе.", [("RU MN", None, False)]),
 ("Министры обороны Ирана и Армении подписали меморандум, который был подготовлен в прошлом году.", [("IR AM", None, True)]),
 ("Меморандум о военном образовании между Таджикистаном и Узбекистаном подписан не был.", [("TJ UZ", None, False)]),
 ("Соглашение о военном сотрудничестве между Кыргызстаном и Турцией может быть подписано в ближайшие месяцы.", [("KG TR", None, False)]),
 # negation and modality, English
 ("Georgia and Armenia have yet to sign the memorandum on military medicine.", [("GE AM", None, False)]),
 ("Egypt and Sudan failed to sign the defence agreement because of disagreements over its text.", [("EG SD", None, False)]),
 ("No agreement on arms supplies between Serbia and China was signed during the visit.", []),
 ("Pakistan and Turkey may soon sign a memorandum on naval shipbuilding.", [("PK TR", None, False)]),
 ("Pakistan and Turkey are likely to sign a memorandum on naval shipbuilding during the visit.", [("PK TR", None, False)]),
 ("The memorandum on naval shipbuilding that Pakistan and Turkey signed on Monday provides for four corvettes.", [("PK TR", None, True)]),
 ("The agreement on military medicine, signed on Tuesday by Chile and Peru, enters into force next month.", [("CL PE", None, True)]),
 ("The defence ministers of Ghana and Togo signed a memorandum in March on border patrols.", [("GH TG", None, False)]),
 # roadmaps
 ("Vietnam and India adopted a roadmap for defence industry cooperation until 2030.", [("VN IN", None, True)]),
 ("Вьетнам и Индия приняли дорожную карту оборонно-промышленного сотрудничества.", [("VN IN", None, True)]),
 ("Стороны договорились разработать дорожную карту военного сотрудничества Египта и Иордании.", [("EG JO", None, False)]),
 # declarations
 ("The ministers of Azerbaijan, Turkey and Georgia signed a joint declaration at the end of the trilateral meeting.", [("AZ TR GE", None, True)]),
 ("По итогам встречи министры Азербайджана, Турции и Грузии подписали совместную декларацию.", [("AZ TR GE", None, True)]),
 # agreement verbs in Russian
 ("Стороны заключили контракт на поставку бронетехники из Беларуси в Узбекистан.", [("BY UZ", None, True)]),
 ("Россия и Вьетнам договорились о подписании соглашения о военно-техническом сотрудничестве в следующем году.", [("RU VN", None, False)]),]

ROUND4_B = [
 ("Baku, September 14. Azerbaijani Defence Minister Zakir Hasanov met Uzbek Defence Minister Bakhodir Kurbanov on Thursday.\n\n"
  "The sides signed a plan of bilateral military cooperation for 2024.\n\nIn 2022 the two defence ministries signed an agreement on military-technical cooperation.",
  [("AZ UZ", "2024", True), ("AZ UZ", None, False)]),
 ("Following the talks, the ministers signed the Plan of Military Cooperation between the Ministry of Defence of the Republic of Serbia and the Ministry of Defence of Hungary for 2024.",
  [("RS HU", "2024", True)]),
 ("В ходе визита состоялось подписание Плана двустороннего военного сотрудничества между министерствами обороны Республики Казахстан и Республики Беларусь на 2024 год.",
  [("KZ BY", "2024", True)]),
 ("Министр обороны Армении встретился с министром обороны Ирана. Напомним, в 2021 году стороны подписали соглашение о военно-техническом сотрудничестве.",
  [("AM IR", None, False)]),
 ("Министры обороны Сербии и Венгрии обсудили выполнение плана двустороннего сотрудничества на текущий год.", [("RS HU", "2023", False)]),
 ("Ghana's defence minister met his Nigerian counterpart in Accra. They also signed an agreement to exchange military instructors.", [("GH NG", None, True)]),
 ("Armenia and India signed a $250 million contract for artillery systems on Wednesday.", [("AM IN", None, True)]),
 ("Under an agreement signed last year, Turkey will supply drones to Kyrgyzstan, the ministers noted during Thursday's talks.", [("TR KG", None, False)]),
 ("The two countries have been implementing a defence cooperation agreement between Turkey and Albania since 2017.", [("TR AL", None, False)]),
 ("The ministers of Bangladesh and Sri Lanka signed a memorandum of understanding (MoU) on defence cooperation. The MoU will allow joint training.",
  [("BD LK", None, True)]),
 ("Azerbaijan, Uzbekistan sign military cooperation plan for 2024\n\nThe defence ministers of Azerbaijan and Uzbekistan signed a plan of military cooperation for 2024 in Tashkent.",
  [("AZ UZ", "2024", True)]),
 ("Соглашение между Правительством Российской Федерации и Правительством Республики Индия о военно-техническом сотрудничестве подписали министры в Нью-Дели.",
  [("RU IN", None, True)]),
 ("Russia and Armenia signed a protocol on extending the agreement on the Russian military base in Armenia until 2044.",
  [("RU AM", None, True), ("RU AM", None, False)]),
 ("Japan and the Philippines renewed their memorandum on defence exchanges for five more years.", [("JP PH", None, False)]),
 ("The defence ministers of Kenya and Uganda met in Nairobi. The memorandum on border security has not been signed yet, the minister said.", [("KE UG", None, False)]),
 ("The parties were expected to sign a memorandum on air defence between Qatar and Turkey. At the end of the talks, the memorandum was signed.",
  [("QA TR", None, True)]),
 ("A memorandum on military medicine between Belarus and Vietnam was signed by Defence Minister Viktor Khrenin and his Vietnamese counterpart.",
  [("BY VN", None, True)]),
 ("Президент России одобрил предложение правительства о подписании соглашения с Лаосом о военном сотрудничестве.", [("RU LA", None, False)]),
 ("President Putin approved the government's proposal to sign an agreement with Laos on military cooperation.", [("RU LA", None, False)]),
 ("Премьер-министр распорядился подписать соглашение о военном сотрудничестве между Россией и Лаосом.", [("RU LA", None, False)]),
 ("The agreement on military education between Italy and Tunisia, which the two ministers signed on Tuesday, provides for cadet exchanges.", [("IT TN", None, True)]),
 ("The agreement between Italy and Tunisia that was signed in Rome in 2020 was also discussed.", [("IT TN", None, False)]),
 ("Подписанное во вторник соглашение между Италией и Тунисом предусматривает обмен курсантами.", [("IT TN", None, True)]),
 ("Министры обороны Киргизии и Таджикистана подписали протокол о внесении изменений в соглашение о военном сотрудничестве.", [("KG TJ", None, True), ("KG TJ", None, False)]),
 # Documents signed in the plural are one entry (round 6: "signed several agreements", "a package of documents").
 ("The sides signed a number of documents during the visit of the Georgian minister to Poland.", [("GE PL", None, True)]),
 ("The defence ministers of Georgia and Poland were to sign a memorandum on Thursday, but the ceremony was cancelled.", [("GE PL", None, False)]),
 ("Georgia and Poland signed no documents.", []),
 ("The treaty on friendship between Russia and Mongolia, signed in 1993, remains the basis of relations, the ministers said as they signed a military cooperation plan for 2024.",
  [("RU MN", None, False), ("RU MN", "2024", True)]),
 ("Министры обороны России и Монголии подписали план сотрудничества на 2024 год. Договор 1993 года остается основой отношений.",
  [("RU MN", "2024", True), ("RU MN", None, False)]),
 ("The General Staffs of Turkey and Azerbaijan signed the minutes of the high-level military dialogue meeting.", []),
 ("Indonesia and Brazil signed a letter of intent on the purchase of Scorpene submarines.", [("ID BR", None, True)]),
 ("Таджикистан и Китай подписали контракт на поставку беспилотников.", [("TJ CN", None, True)]),
 ("Algeria and Russia will sign an agreement on military-technical cooperation, the minister said on Thursday. He added that a plan for 2024 had already been signed in Moscow in June.",
  [("DZ RU", None, False), ("DZ RU", "2024", False)]),]

ROUND4_YEARS = [
 ("Serbia and Hungary signed a plan of military cooperation for 2024-2025.", [("RS HU", "2024-2025", True)]),
 ("Serbia and Hungary signed a plan of military cooperation for the years 2024–2026.", [("RS HU", "2024-2026", True)]),
 ("Serbia and Hungary signed a plan of military cooperation for the period 2024-2026.", [("RS HU", "2024-2026", True)]),
 ("Serbia and Hungary signed a plan of military cooperation for the year of 2024.", [("RS HU", "2024", True)]),
 ("Serbia and Hungary signed a military cooperation plan for 2024 year.", [("RS HU", "2024", True)]),
 ("Serbia and Hungary signed the 2024-2026 military cooperation programme.", [("RS HU", "2024-2026", True)]),
 ("Serbia and Hungary signed a 2024 bilateral cooperation plan.", [("RS HU", "2024", True)]),
 ("Serbia and Hungary signed a cooperation plan on 2024.", [("RS HU", "2024", True)]),
 ("The defence ministers of Serbia and Hungary signed a bilateral military cooperation plan between the two ministries for 2024.", [("RS HU", "2024", True)]),
 ("Сербия и Венгрия подписали план военного сотрудничества на 2024–2026 гг.", [("RS HU", "2024-2026", True)]),
 ("Сербия и Венгрия подписали план военного сотрудничества на 2024 – 2026 годы.", [("RS HU", "2024-2026", True)]),
 ("Сербия и Венгрия подписали План военного сотрудничества на 2024 год между министерствами обороны.", [("RS HU", "2024", True)]),
 ("Сербия и Венгрия подписали план военного сотрудничества между министерствами обороны двух стран на 2024 год.", [("RS HU", "2024", True)]),
 ("Сербия и Венгрия подписали программу военного сотрудничества на 2024-2026 годы.", [("RS HU", "2024-2026", True)]),
 ("Министр обороны Сербии и его венгерский коллега подписали план двустороннего сотрудничества на 2024 год.", [("RS HU", "2024", True)]),
 ("Serbian Defence Minister Milos Vucevic and his Hungarian counterpart signed a plan of bilateral cooperation for 2024.", [("RS HU", "2024", True)]),
 ("Serbia's defence minister signed a plan of bilateral cooperation for 2024 with his Hungarian counterpart.", [("RS HU", "2024", True)]),
 ("Министр обороны Сербии подписал с венгерским коллегой план сотрудничества на 2024 год.", [("RS HU", "2024", True)]),
 ("Georgia and NATO signed a memorandum on air defence training.", [("GE", None, True)]),
 ("Kazakhstan's defence ministry signed a memorandum with the Turkish company Aselsan on the production of night-vision devices.", [("KZ TR", None, True)]),
 ("Uzbekistan and the United States signed a plan of military cooperation for 2024 at the Pentagon.", [("UZ US", "2024", True)]),
 ("Узбекистан и США подписали план военного сотрудничества на 2024 год в Пентагоне.", [("UZ US", "2024", True)]),
 ("The Serbian and Hungarian sides signed a plan of military cooperation for 2024.", [("RS HU", "2024", True)]),]

# Known limits, kept visible: a state's company names no state ("Rosoboronexport" is not Russia
# for the parties), and "close to a deal" on a topic with a number is no document.
_LIMITS = {"Rosoboronexport and India signed a contract for the supply of 48 Mi-17 helicopters at the air show.",
           "India and France are close to a deal on 26 naval fighter jets."}


def _got_on(body, date):
    return sorted((tuple(sorted(h.parties)), str(h.year), h.signed) for h in run(body, date=date).agreements)


@pytest.mark.parametrize("body, docs", [c for c in ROUND4_A if c[0] not in _LIMITS])
def test_round4_wordings(body, docs):
    assert got(body) == want(*docs)


@pytest.mark.parametrize("body, docs", [c for c in ROUND4_A if c[0] in _LIMITS])
@pytest.mark.xfail(strict=True, reason="known limit: a state company names no party; 'close to a deal on 26 jets' is not read")
def test_round4_known_limits(body, docs):
    assert got(body) == want(*docs)


@pytest.mark.parametrize("body, docs", ROUND4_B + ROUND4_YEARS)
def test_round4_in_context(body, docs):
    assert _got_on(body, PartialDate(2023, 9, 14)) == want(*docs)


# A second round-4 batch (16 of 19 right when written): long official names across states' names,
# quoted names, "agreed a plan", "endorsed", a document a verb's object is framed by ("agreed on
# the sites under the … Agreement"), the host state named only by its capital ("visited Baku"),
# and signing dates of this year and the year before.
ROUND4_C = [
 ("The ministers signed the Agreement between the Government of the Republic of Azerbaijan and the Government of the Republic of Turkey on Military Cooperation.", [("AZ TR", None, True)]),
 ("Министры подписали Соглашение между Правительством Республики Азербайджан и Правительством Турецкой Республики о военном сотрудничестве.", [("AZ TR", None, True)]),
 ('Georgia and Armenia signed the "Plan of Bilateral Cooperation for 2024" in Tbilisi.', [("GE AM", "2024", True)]),
 ("Грузия и Армения подписали «План двустороннего сотрудничества на 2024 год».", [("GE AM", "2024", True)]),
 ("Georgian Defence Minister Juansher Burchuladze and Armenian Defence Minister Suren Papikyan met in Tbilisi. The ministers agreed a plan of military cooperation for 2024.", [("GE AM", "2024", True)]),
 ("Georgia and Armenia agreed to develop a roadmap for cooperation in military education.", [("GE AM", None, False)]),
 ("Georgia and Armenia endorsed the plan of military cooperation for 2024.", [("GE AM", "2024", True)]),
 ("The Philippines and the United States agreed on the locations of four new sites under the Enhanced Defense Cooperation Agreement.", [("PH US", None, False)]),
 ("Azerbaijani Defence Minister Zakir Hasanov received a delegation led by Pakistan's Chief of Army Staff. The sides signed a memorandum of understanding on military education.", [("AZ PK", None, True)]),
 ("At the end of the meeting, a plan of bilateral military cooperation for 2024 was signed between the defence ministries of Azerbaijan and Kazakhstan.", [("AZ KZ", "2024", True)]),
 ("Kazakh Defence Minister Ruslan Zhaksylykov visited Baku on September 13. During the visit, the Plan of bilateral cooperation for 2024 was signed.", [("KZ AZ", "2024", True)]),
 ("По итогам встречи министр обороны Азербайджана Закир Гасанов и министр обороны Казахстана Руслан Жаксылыков подписали План двустороннего сотрудничества между министерствами обороны на 2024 год.", [("AZ KZ", "2024", True)]),
 ("The delegations signed the minutes of the meeting and a protocol of intent on cooperation between Georgia and Moldova.", [("GE MD", None, True)]),
 ("The sides exchanged views on the implementation of the military cooperation plan for 2023 between Armenia and Georgia and discussed the draft plan for 2024.", [("AM GE", "2023", False), ("AM GE", "2024", False)]),
 ("In September, Armenia and Georgia signed a military cooperation plan for 2024.", [("AM GE", "2024", True)]),
 ("Armenia and Georgia signed a military cooperation plan for 2024 in Yerevan on September 12, 2023.", [("AM GE", "2024", True)]),
 ("Armenia and Georgia signed a military cooperation plan for 2024 in Yerevan on September 12, 2022.", [("AM GE", "2024", False)]),
 ("Армения и Грузия подписали план военного сотрудничества на 2024 год 12 сентября 2022 года.", [("AM GE", "2024", False)]),
 ("Armenia and Georgia will hold joint exercises under the cooperation plan.", [("AM GE", None, False)]),]


@pytest.mark.parametrize("body, docs", ROUND4_C)
def test_round4_names_hosts_frames(body, docs):
    assert _got_on(body, PartialDate(2023, 9, 14)) == want(*docs)


# A third round-4 batch (16 of 19 right when written): a signing to come as a noun ("paved the
# way for signing", "working towards signing", "ready for signature"), documents among those
# signed, negation, renewal, "since the signing … in 2019", a list of three, and Russian passives
# and participles of the reported meeting.
ROUND4_D = [
 ("The talks paved the way for signing a defence cooperation agreement between Nepal and Bangladesh.", [("NP BD", None, False)]),
 ("Nepal and Bangladesh are working towards signing a defence cooperation agreement.", [("NP BD", None, False)]),
 ("The memorandum on military education between Nepal and Bangladesh is ready for signature.", [("NP BD", None, False)]),
 ("Nepal and Bangladesh have not yet signed the memorandum on military education.", [("NP BD", None, False)]),
 ("Nepal and Bangladesh signed the memorandum on military education on Wednesday, two years after it was drafted.", [("NP BD", None, True)]),
 ("Nepal's defence minister told reporters the memorandum on military education with Bangladesh would be signed soon.", [("NP BD", None, False)]),
 ("A memorandum on military education between Nepal and Bangladesh was among the documents signed on Wednesday.", [("NP BD", None, True)]),
 ("The documents signed on Wednesday include a memorandum on military education between Nepal and Bangladesh.", [("NP BD", None, True)]),
 ("The documents to be signed include a memorandum on military education between Nepal and Bangladesh.", [("NP BD", None, False)]),
 ("Среди подписанных в среду документов — меморандум о военном образовании между Непалом и Бангладеш.", [("NP BD", None, True)]),
 ("Не исключено, что меморандум о военном образовании между Непалом и Бангладеш будет подписан в ходе следующего визита.", [("NP BD", None, False)]),
 ("Стороны рассчитывают подписать меморандум о военном образовании между Непалом и Бангладеш до конца года.", [("NP BD", None, False)]),
 ("Меморандум о военном образовании между Непалом и Бангладеш, подписанный в среду, вступает в силу немедленно.", [("NP BD", None, True)]),
 ("Меморандум о военном образовании между Непалом и Бангладеш был подписан по итогам переговоров.", [("NP BD", None, True)]),
 ("Подписан меморандум о военном образовании между Непалом и Бангладеш.", [("NP BD", None, True)]),
 ("Непал и Бангладеш подписали меморандум о военном образовании. Документ вступит в силу через 30 дней.", [("NP BD", None, True)]),
 ("Nepal and Bangladesh signed an agreement on defence cooperation in 2019 and renewed it on Wednesday.", [("NP BD", None, False)]),
 ("Since the signing of the defence cooperation agreement between Nepal and Bangladesh in 2019, the armies have held four exercises.", [("NP BD", None, False)]),
 ("Nepal and Bangladesh signed a defence cooperation agreement, a memorandum on military education and a protocol on disaster relief on Wednesday.", [("NP BD", None, True), ("NP BD", None, True), ("NP BD", None, True)]),]


@pytest.mark.parametrize("body, docs", ROUND4_D)
def test_round4_signing_as_noun_lists_passives(body, docs):
    assert _got_on(body, PartialDate(2023, 9, 14)) == want(*docs)


@pytest.mark.parametrize("body, docs", [
    # the linking word modifies the document: it is the verb's object, signed
    ("Serbia and Hungary signed the implementation plan for 2024.", [("RS HU", "2024", True)]),
    ("Serbia and Hungary signed an extended agreement on military education.", [("RS HU", None, True)]),
    # the linking word governs the document: another text about it is signed
    ("Serbia and Hungary signed a protocol extending the agreement on military education.",
     [("RS HU", None, True), ("RS HU", None, False)]),
])
def test_round4_linked_documents(body, docs):
    assert got(body) == want(*docs)


# A fourth round-4 batch (11 of 13 right when written): failure and refusal ("не удалось
# подписать", "stopped short of signing", "declined to sign"), "подписано не было", "скрепили
# подписями", "подписание … состоялось", a signing in a relative clause of 2018, witnesses of a
# signing by deputies.
ROUND4_E = [
 ("Министрам обороны Молдовы и Румынии не удалось подписать соглашение о военном образовании.", [("MD RO", None, False)]),
 ("Молдова отказалась подписать соглашение о военном образовании с Румынией.", [("MD RO", None, False)]),
 ("Moldova declined to sign the agreement on military education with Romania.", [("MD RO", None, False)]),
 ("Moldova and Romania stopped short of signing an agreement on military education.", [("MD RO", None, False)]),
 ("Moldova and Romania signed an agreement on military education, ending years of talks.", [("MD RO", None, True)]),
 ("Соглашение о военном образовании между Молдовой и Румынией подписано не было, сообщил министр.", [("MD RO", None, False)]),
 ("Министры Молдовы и Румынии скрепили подписями соглашение о военном образовании.", [("MD RO", None, True)]),
 ("Подписание соглашения о военном образовании между Молдовой и Румынией состоялось в Кишиневе.", [("MD RO", None, True)]),
 ("Соглашение о военном образовании между Молдовой и Румынией, которое было подписано в 2018 году, истекло.", [("MD RO", None, False)]),
 ("В 2018 году Молдова и Румыния подписали соглашение о военном образовании, а сегодня министры обсудили его продление.", [("MD RO", None, False)]),
 ("Moldova and Romania will not sign the agreement on military education this year.", [("MD RO", None, False)]),
 ("The agreement on military education between Moldova and Romania was signed on the sidelines of the forum.", [("MD RO", None, True)]),
 ("The ministers of Moldova and Romania witnessed the signing of an agreement on military education by their deputies.", [("MD RO", None, True)]),]


@pytest.mark.parametrize("body, docs", ROUND4_E)
def test_round4_failure_refusal(body, docs):
    assert _got_on(body, PartialDate(2023, 9, 14)) == want(*docs)


# --------------------------------------------------------------------------- round 4, blind kinds (hf-agree)
# Our own wordings for the failure kinds a blind set showed: a document signed on another
# occasion (a past year, an earlier month of the page's year), a definite back-reference to a
# document already named, a many-state document named as background, a document to be drafted.
_SEPT = PartialDate(2024, 9, 18)
ROUND4_F = [
    # 1. signed in a past year: not at this meeting
    ("The defence ministers of Chile and Peru recalled the framework agreement their countries signed in 2014 "
     "and discussed new exercises.", [("CL PE", None, False)]),
    ("Министры обороны Чили и Перу вспомнили о рамочном соглашении, которое их страны подписали в 2014 году.",
     [("CL PE", None, False)]),
    # 2. signed in an earlier month of the page's year
    ("The ministers of Chile and Peru noted the progress of the plan of cooperation for 2024, signed in February.",
     [("CL PE", "2024", False)]),
    ("Министры Чили и Перу отметили ход выполнения плана сотрудничества на 2024 год, подписанного в феврале.",
     [("CL PE", "2024", False)]),
    # 3. a definite back-reference is the document already named
    ("Chile and Peru signed an agreement on military education on Monday. The ministers also talked about cyber "
     "defence. The agreement was signed in Lima on September 16.", [("CL PE", None, True)]),
    ("Chile and Peru signed a protocol on naval exercises. The new protocol builds on the earlier one signed in 2019.",
     [("CL PE", None, True)]),
    ("Чили и Перу подписали протокол о морских учениях. Этот протокол развивает предыдущий, подписанный ранее.",
     [("CL PE", None, True)]),
    # 4. a document of many states named as background: not the pair's, not signed here
    ("Chile and Peru stressed the importance of the treaty signed by the five littoral states in 2018.",
     [("", None, False)]),
    ("Чили и Перу приветствовали договор, подписанный пятью прикаспийскими государствами в 2018 году.",
     [("", None, False)]),
    # 5. a document to be drafted: a document, not signed
    ("Chile and Peru agreed to draft a joint plan for disaster relief exercises for 2025.", [("CL PE", "2025", False)]),
    ("Chile and Peru agreed to draft a plan for joint disaster relief exercises.", [("CL PE", None, False)]),
    ("Чили и Перу договорились разработать совместный план учений по ликвидации последствий стихийных бедствий "
     "на 2025 год.", [("CL PE", "2025", False)]),
]


@pytest.mark.parametrize("body, docs", ROUND4_F)
def test_round4_other_occasions_backrefs_background_drafts(body, docs):
    assert _got_on(body, _SEPT) == want(*docs)


def test_backref_signed_earlier_in_the_month_stays_one_document():
    body = ("Chile and Peru signed an agreement on military education. "
            "The agreement was signed in Lima on October 31.")
    assert _got_on(body, PartialDate(2024, 11, 2)) == want(("CL PE", None, True))


def test_an_indefinite_earlier_document_stays_a_second_one():
    body = ("Chile and Peru signed an agreement on military education. "
            "The two states had signed an agreement on border security in 2015.")
    assert len(_got_on(body, _SEPT)) == 2


@pytest.mark.parametrize("body", [
    "The ministers of Chile and Peru recalled the framework agreement signed in March 2014.",
    "Министры Чили и Перу вспомнили о рамочном соглашении, подписанном их странами в марте 2014 года.",
])
def test_a_recalled_document_was_signed_before_even_on_an_undated_page(body):
    assert _got_on(body, None) == want(("CL PE", None, False))


def test_a_new_indefinite_document_after_an_earlier_one_is_not_a_back_reference():
    body = ("Chile and Peru signed a protocol on naval exercises in 2019. "
            "On Monday the two ministers signed a new protocol.")
    assert len(_got_on(body, _SEPT)) == 2

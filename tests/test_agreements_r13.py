"""Agreements, round 13 (issue 11): sentences of our own, in both languages, for the kinds of
error seen on the newest held-out set, each with variants and near misses that must not change.
Each case expects what ``../shared/tools/score.py`` compares: the parties, the year the document
covers and the signed flag ("signed, approved or concluded during the reported meeting")."""

import pytest

from test_agreements_general import got, want

# --------------------------------------------------------------------------- "A signed … with B"

# "A signed a document … with B" names its sides only when A is one state and "with B" belongs to
# the signing: a list as the subject names both sides itself, and a noun between the document and
# "with" takes the "with" ("amid tensions with C", «на фоне напряженности с C»).
SIGNER_WITH = [
    ("Japan and the Philippines signed an agreement on mutual access amid tensions with China.",
     [("JP PH", None, True)]),
    ("Kenya and Uganda signed a memorandum on border security amid friction with South Sudan.",
     [("KE UG", None, True)]),
    ("Министры обороны Кении и Уганды подписали меморандум о безопасности границы на фоне конфликта с Южным Суданом.",
     [("KE UG", None, True)]),
    ("Министры обороны Японии и Филиппин подписали соглашение о взаимном доступе на фоне противостояния с Китаем.",
     [("JP PH", None, True)]),
    # near misses: one state signs with another after talks with others, the "with" right after the document
    ("After talks with Estonia, Latvia and Lithuania, Poland signed a memorandum on Tuesday in Warsaw with Ukraine.",
     [("PL UA", None, True)]),
    ("После переговоров с Эстонией, Латвией и Литвой Польша подписала меморандум с Украиной.",
     [("PL UA", None, True)]),
]


@pytest.mark.parametrize("body, docs", SIGNER_WITH)
def test_a_signed_with_b_only_when_with_belongs_to_the_signing(body, docs):
    assert got(body) == want(*docs)


# --------------------------------------------------------------------------- a state as the topic

# A state named inside the document's complement after a preposition of topic or place, or after
# the document as a place or another noun's object, is what the document is about, not a side;
# the article's own states are the sides.
TOPIC = [
    ("Commanders of the Kenya Defence Forces and the Uganda People's Defence Force met in Kampala. They signed a "
     "memorandum on joint patrols along the South Sudan border.", [("KE UG", None, True)]),
    ("Kenya and Uganda signed a memorandum on Tuesday to coordinate their patrols along the South Sudan border.",
     [("KE UG", None, True)]),
    ("The chiefs of staff of Niger and Chad met in Niamey. They signed an agreement on peace efforts in Libya.",
     [("NE TD", None, True)]),
    ("Командующие вооружёнными силами Кении и Уганды встретились в Кампале. Они подписали меморандум о содействии "
     "урегулированию в Южном Судане.", [("KE UG", None, True)]),
    # near misses: a state after "with", "to" or "between" in the complement is a side
    ("Kenya signed an agreement on defence cooperation with Uganda.", [("KE UG", None, True)]),
    ("Russia signed a contract for the supply of helicopters to Egypt.", [("EG RU", None, True)]),
    ("The Turkish defence minister visited Kazakhstan. In Kazakhstan he signed a plan of cooperation.",
     [("KZ TR", None, True)]),
]


@pytest.mark.parametrize("body, docs", TOPIC)
def test_a_state_the_document_is_about_is_no_side(body, docs):
    assert got(body) == want(*docs)


# --------------------------------------------------------------------------- Russian compound adjectives

# The first half of a Russian compound adjective of two states is formed regularly from the
# adjective ("-ский" -> "-ско"): «чилийско-перуанский», «кенийско-угандийский».
@pytest.mark.parametrize("text, codes", [
    ("чилийско-перуанской комиссии", ["CL", "PE"]),
    ("кенийско-угандийского меморандума", ["KE", "UG"]),
    ("немецко-французской бригады", ["DE", "FR"]),
    ("польско-литовской бригады", ["PL", "LT"]),
    ("российско-белорусской комиссии", ["RU", "BY"]),
    ("военно-морской базы", []),
    ("северо-западной границы", []),
])
def test_russian_compound_adjectives(text, codes):
    from generator.reference.countries import index

    assert [h.code for h in index().find(text, "ru")] == codes


COMPOUND = [
    ("Сопредседатели чилийско-перуанской комиссии подписали письмо о намерениях в области военной медицины.",
     [("CL PE", None, True)]),
    ("Кенийско-угандийский меморандум о совместном патрулировании подписан в Кампале.", [("KE UG", None, True)]),
]


@pytest.mark.parametrize("body, docs", COMPOUND)
def test_documents_of_a_compound_adjective(body, docs):
    assert got(body) == want(*docs)


# --------------------------------------------------------------------------- the time of a document's clause

# A document signed before the reported meeting and only referred to, one still to be signed, and
# the near misses: a document signed now beside an earlier one it names, a signing "on Tuesday"
# in a report of Wednesday. (A year a document is named by, "the 2018 agreement", is the day it
# was signed, not a year it covers: no year.)
EARLIER = [
    ("The defence ministers of Ghana and Senegal met in Accra. They reviewed cooperation under the framework "
     "agreement signed in 2022.", [("GH SN", None, False)]),
    ("Ghana and Senegal held staff talks in Dakar. The 2019 framework agreement remains the basis of their military "
     "ties.", [("GH SN", None, False)]),
    ("Chile and Peru held talks in Lima on Tuesday. The defence agreement, in force since 2021, covers joint "
     "exercises.", [("CL PE", None, False)]),
    ("Mongolia and Kazakhstan discussed the 2018 agreement on military education at the talks in Astana.",
     [("KZ MN", None, False)]),
    ("The ministers of Latvia and Georgia noted the progress of the border treaty signed previously.",
     [("GE LV", None, False)]),
    ("The agreement between Chile and Peru, signed in Lima in 2019, entered into force in 2021.", [("CL PE", None, False)]),
    ("Министры обороны Ганы и Сенегала обсудили сотрудничество в рамках рамочного соглашения, подписанного в 2022 году.",
     [("GH SN", None, False)]),
    ("Основой военного сотрудничества Чили и Перу остается соглашение 2005 года.", [("CL PE", None, False)]),
    ("Министры обороны Латвии и Грузии отметили выполнение соглашения, действующего с 2021 года.", [("GE LV", None, False)]),
    ("Напомним, соглашение о военном сотрудничестве между Чили и Перу было подписано в 2017 году.", [("CL PE", None, False)]),
    ("Министры обороны Чили и Перу встретились в Лиме. Ранее стороны подписали пограничный договор.", [("CL PE", None, False)]),
]

# A document signed now that refers to an earlier one: a protocol to/amending it, a roadmap
# implementing it; an opening phrase or a first predicate about the earlier one keeps its own time.
SIGNED_BESIDE_EARLIER = [
    ("Chile and Peru signed a protocol to the 2013 agreement on border cooperation.",
     [("CL PE", None, True), ("CL PE", None, False)]),
    ("Chile and Peru signed a protocol amending the 2013 agreement on border cooperation.",
     [("CL PE", None, True), ("CL PE", None, False)]),
    ("В ходе встречи министры обороны Чили и Перу подписали протокол к соглашению 2013 года о пограничном "
     "сотрудничестве.", [("CL PE", None, True), ("CL PE", None, False)]),
    ("Чили и Перу подписали протокол о внесении изменений в соглашение 2013 года.",
     [("CL PE", None, True), ("CL PE", None, False)]),
    ("The ministers of Chile and Peru signed a roadmap implementing the 2018 agreement on military education.",
     [("CL PE", None, True), ("CL PE", None, False)]),
    ("Министры обороны Чили и Перу подписали дорожную карту по реализации соглашения 2018 года.",
     [("CL PE", None, True), ("CL PE", None, False)]),
    ("Under the framework agreement signed in 2022, Chile and Peru signed a plan of cooperation for 2024.",
     [("CL PE", None, False), ("CL PE", "2024", True)]),
    ("В рамках соглашения, подписанного в 2016 году, Гана и Сенегал подписали план сотрудничества на 2024 год.",
     [("GH SN", None, False), ("GH SN", "2024", True)]),
    ("The ministers of Chile and Peru met in Lima. They recalled the treaty they signed in 2014 and signed a new plan "
     "for 2025.", [("CL PE", None, False), ("CL PE", "2025", True)]),
    ("Chile and Peru signed a memorandum on cyber defence that builds on the agreement of 2013.",
     [("CL PE", None, True), ("CL PE", None, False)]),
    ("The ministers of Chile and Peru met in Lima on Wednesday. The memorandum of understanding signed there on "
     "Tuesday covers logistics.", [("CL PE", None, True)]),
    ("Ghana and Senegal signed a maritime security memorandum on Tuesday, the ministry said on Wednesday.",
     [("GH SN", None, True)]),
    # a recollection with no second predicate stays earlier
    ("The ministers of Chile and Peru met in Lima. The Chilean minister recalled that both countries signed a border "
     "treaty.", [("CL PE", None, False)]),
]

EARLIER += [
    ("The ministers of Chile and Peru met in Lima. The two countries have signed a border treaty and a memorandum on "
     "cyber defence in recent years.", [("CL PE", None, False), ("CL PE", None, False)]),
    ("Министры обороны Чили и Перу встретились в Лиме. В последние годы страны подписали пограничный договор.",
     [("CL PE", None, False)]),
    ("The ministers of Chile and Peru met in Lima. In 2018 the two countries signed an agreement on military education.",
     [("CL PE", None, False)]),
    ("Министры обороны Чили и Перу встретились в Лиме 12 мая 2024 года. Меморандум о киберобороне был подписан 3 марта.",
     [("CL PE", None, False)]),
    ("The ministers of Chile and Peru met in Lima. A memorandum on cyber defence, signed at the last meeting in 2023, "
     "was reviewed.", [("CL PE", None, False)]),
]

NOT_YET = [
    ("Министры обороны Чили и Перу встретились в Лиме. Меморандум о киберобороне готовится к подписанию.",
     [("CL PE", None, False)]),
    ("Министры обороны Чили и Перу встретились в Лиме. Соглашение о военном транзите представлено к подписанию.",
     [("CL PE", None, False)]),
    ("The ministers of Chile and Peru met in Lima. A memorandum on cyber defence is being prepared for signing.",
     [("CL PE", None, False)]),
    ("The ministers of Chile and Peru met in Lima. The sides initialled an agreement on military transit.",
     [("CL PE", None, False)]),
    ("Ghana and Senegal are drafting a memorandum on maritime security.", [("GH SN", None, False)]),
    ("Chile and Peru hope to sign a defence cooperation agreement next year.", [("CL PE", None, False)]),
    ("The Peruvian minister proposed a memorandum on cyber defence to his Chilean counterpart.", [("CL PE", None, False)]),
    ("Mongolia and Kazakhstan agreed that a treaty on military transit is to be negotiated.", [("KZ MN", None, False)]),
    ("A draft memorandum on cyber defence between Chile and Peru was discussed at the meeting.", [("CL PE", None, False)]),
    ("A memorandum between Chile and Peru is expected to be signed during the president's visit in June.",
     [("CL PE", None, False)]),
    ("Стороны обсудили проект соглашения о военно-техническом сотрудничестве между Монголией и Казахстаном.",
     [("KZ MN", None, False)]),
    ("Монголия и Казахстан планируют подписать меморандум о военном образовании.", [("KZ MN", None, False)]),
    ("Министры обороны Монголии и Казахстана договорились подготовить соглашение о военном транзите.",
     [("KZ MN", None, False)]),
    ("Министры обороны Чили и Перу выразили надежду на подписание соглашения в следующем году.", [("CL PE", None, False)]),
]

SIGNED_NOW = [
    # a "towards signing" phrase beside the signing itself
    ("Министры обороны Чили и Перу встретились в Лиме. Подготовленный к подписанию меморандум о киберобороне "
     "подписан сегодня.", [("CL PE", None, True)]),
    ("The co-chairs of the Ghana-Senegal joint commission signed a letter of intent on military training.",
     [("GH SN", None, True)]),
    ("The ministers of Chile and Peru met in Lima. The co-chairs signed a letter of intent on naval training.",
     [("CL PE", None, True)]),
    ("Министры обороны Чили и Перу встретились в Лиме. Сопредседатели подписали письмо о намерениях.",
     [("CL PE", None, True)]),
    ("Chile and Peru signed a plan of bilateral military cooperation for 2023-2024.", [("CL PE", "2023-2024", True)]),
    ("The ministers of Chile and Peru met in Lima. They signed a plan for 2023-2024.", [("CL PE", "2023-2024", True)]),
    ("По итогам переговоров министры обороны Чили и Перу подписали план двустороннего военного сотрудничества на "
     "2023-2024 годы.", [("CL PE", "2023-2024", True)]),
]


# A span of years after "in"/«в» is the years a plan covers, never the day it was signed ("signed the
# plan of cooperation in 2023-2024" in a 2024 report); a Russian participle signs at the meeting
# when its clause names the meeting or its co-chairs («подписанный на встрече», «подписанное
# сопредседателями»), not when it names an earlier year.
SIGNED_NOW += [
    ("The ministers of Chile and Peru met in Lima. The co-chairs signed the plan of bilateral cooperation in 2023-2024.",
     [("CL PE", "2023-2024", True)]),
    ("Министры обороны Чили и Перу встретились в Лиме. Сопредседатели подписали план сотрудничества в 2023-2024 годах.",
     [("CL PE", "2023-2024", True)]),
    ("Министры обороны Чили и Перу встретились в Лиме. Подписанное сопредседателями письмо о намерениях определяет три "
     "направления подготовки.", [("CL PE", None, True)]),
    ("Министры обороны Чили и Перу встретились в Лиме. Письмо о намерениях, подписанное сопредседателями, определяет "
     "направления сотрудничества.", [("CL PE", None, True)]),
    ("Министры обороны Чили и Перу встретились в Лиме. Подписанный на встрече план на 2024-2025 годы включает сорок "
     "мероприятий.", [("CL PE", "2024-2025", True)]),
    ("The ministers of Chile and Peru met in Lima. The plan for 2024-2025 signed at the meeting sets out forty events.",
     [("CL PE", "2024-2025", True)]),
]
EARLIER += [
    ("Министры обороны Чили и Перу встретились в Лиме. Подписанный сопредседателями в 2019 году меморандум остается "
     "основой сотрудничества.", [("CL PE", None, False)]),
    ("The ministers of Chile and Peru met in Lima. The plan signed in 2023 was reviewed.", []),
]


@pytest.mark.parametrize("body, docs", EARLIER + SIGNED_BESIDE_EARLIER + NOT_YET + SIGNED_NOW)
def test_the_time_of_the_documents_clause(body, docs):
    assert got(body) == want(*docs)


# --------------------------------------------------------------------------- names stop before a duration

# A document's name stops before a phrase of its duration or term («сроком на пять лет», «на
# период», "for a period of three years"): how long it runs is not what it is about.
@pytest.mark.parametrize("body, name", [
    ("Кения и Уганда подписали соглашение о военном сотрудничестве сроком на пять лет.",
     "Kenya–Uganda agreement on military cooperation"),
    ("Чили и Перу подписали меморандум о подготовке кадров сроком действия три года.",
     "Chile–Peru memorandum on training of personnel"),
    ("Гана и Сенегал подписали соглашение о военном образовании на срок десять лет.",
     "Ghana–Senegal agreement on military education"),
    ("Kenya and Uganda signed a memorandum of understanding for a period of three years.",
     "Kenya–Uganda memorandum of understanding"),
    # near miss: a span of years after the name is the years it covers
    ("Кения и Уганда подписали программу военного сотрудничества на период 2025-2027 годов.",
     "Kenya–Uganda military cooperation programme for 2025-2027"),
])
def test_a_name_stops_before_a_duration(body, name):
    from test_agreements_general import run

    assert [h.name for h in run(body).agreements] == [name]


# --------------------------------------------------------------------------- a purchase discussed at talks

# A purchase or a delivery that two officials discuss (with a counterpart, in a call, in talks) is
# the topic of a meeting; a report of a deal with no one meeting anyone is a sale.
@pytest.mark.parametrize("text, lang, kind", [
    ("Kenyan Defence Minister Aden Duale discussed the purchase of air defence systems with his Ugandan counterpart. "
     "The two ministers also spoke about training. Both sides praised the cooperation.", "en", "meeting"),
    ("In a phone call, the Kenyan defence minister and his Turkish counterpart talked about buying drones. They agreed "
     "to expand the cooperation.", "en", "meeting"),
    ("Министр обороны Кении обсудил с угандийским коллегой закупку систем ПВО. Стороны также обсудили подготовку "
     "кадров. Обе стороны высоко оценили сотрудничество.", "ru", "meeting"),
    ("Kenya will buy twelve drones from Turkey under a new contract. The drones will be delivered next year. The deal "
     "is worth 40 million dollars.", "en", "sale"),
    ("Кения закупит двенадцать беспилотников у Турции по новому контракту. Поставки начнутся в следующем году. Сумма "
     "сделки составит 40 миллионов долларов.", "ru", "sale"),
])
def test_a_purchase_discussed_is_a_meeting(text, lang, kind):
    from generator.extract.events import event_kind
    from generator.nlp.analysis import sentences

    assert event_kind(text, lang, sentences(text)) == kind


# --------------------------------------------------------------------------- the signing's subject pair

# When a sentence names a third state elsewhere, the two states that are the signing's subject
# ("…, where Kenya and Uganda signed a memorandum") are its sides; "with" after the document adds one.
PAIR = [
    ("Pilots of Turkish Airlines flew the Kenyan delegation to Entebbe, where Kenya and Uganda signed a memorandum.",
     [("KE UG", None, True)]),
    ("Despite pressure from Sudan, Kenya and Uganda signed a memorandum on border security.", [("KE UG", None, True)]),
    ("Несмотря на давление Судана, Кения и Уганда подписали меморандум о безопасности границы.", [("KE UG", None, True)]),
    # near miss: "with" after the document names a third side
    ("Kenya and Uganda signed a memorandum with Rwanda.", [("KE RW UG", None, True)]),
]


@pytest.mark.parametrize("body, docs", PAIR)
def test_the_signings_subject_pair(body, docs):
    assert got(body) == want(*docs)


# --------------------------------------------------------------------------- a side is a country of the article

@pytest.mark.parametrize("body, countries", [
    ("Poland signed a contract with Turkish Aerospace Industries for 24 drones.", ("PL", "TR")),
    ("The crew of Turkish Airlines flew the Kenyan minister to Kampala, where Kenya and Uganda signed a memorandum.",
     ("KE", "UG")),
])
def test_a_side_of_a_document_is_one_of_the_articles_countries(body, countries):
    from test_agreements_general import run

    assert run(body).countries == countries

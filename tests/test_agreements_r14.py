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
    # the count after the lead, a list of documents of one signing, a count of ministers
    ("The defence ministers of Azerbaijan, Turkey and Georgia met in Baku. A memorandum between the three countries was "
     "signed.", [("AZ TR GE", None, True)]),
    ("Министры обороны Азербайджана, Турции и Грузии встретились в Баку. Между тремя странами подписан меморандум.",
     [("AZ TR GE", None, True)]),
    ("Министры обороны Азербайджана, Турции и Грузии подписали меморандум о сотрудничестве, а также план совместных "
     "учений на 2025 год.", [("AZ TR GE", None, True), ("AZ TR GE", "2025", True)]),
    ("The defence ministers of Azerbaijan, Turkey and Georgia signed a memorandum on cooperation, as well as a plan of "
     "joint exercises for 2025.", [("AZ TR GE", None, True), ("AZ TR GE", "2025", True)]),
    ("Министры обороны Казахстана, Кыргызстана и Таджикистана подписали соглашение о ПВО, протокол о связи и план "
     "учений на 2025 год.", [("KZ KG TJ", None, True), ("KZ KG TJ", None, True), ("KZ KG TJ", "2025", True)]),
    ("The defence ministers of Azerbaijan, Turkey and Georgia met in Baku. Azerbaijan and Turkey signed a memorandum on "
     "military education, and the three ministers signed a declaration.", [("AZ TR", None, True), ("AZ TR GE", None, True)]),
    ("Министры обороны Азербайджана, Турции и Грузии встретились в Баку. Азербайджан и Турция подписали меморандум о "
     "военном образовании, а три министра подписали декларацию.", [("AZ TR", None, True), ("AZ TR GE", None, True)]),
    # near misses
    ("Kenya signed a memorandum on border security with Uganda, as well as a plan of cooperation for 2025 with Tanzania.",
     [("KE UG", None, True), ("KE TZ", "2025", True)]),
    ("Кения подписала меморандум о безопасности границы с Угандой, а также план сотрудничества на 2025 год с Танзанией.",
     [("KE UG", None, True), ("KE TZ", "2025", True)]),
    ("Kenya and Uganda signed a memorandum on border security, while Tanzania and Rwanda signed a plan of cooperation "
     "for 2025.", [("KE UG", None, True), ("TZ RW", "2025", True)]),
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


# --------------------------------------------------------------------------- two documents of one pair

# Each document noun phrase is its own agreement, of whatever kinds, when two are signed at one
# meeting: joined by "and"/«и», "as well as"/«а также», listed after a colon, in two sentences, or
# one named in an opening phrase of addition ("In addition to the plan …, they signed …", «Помимо
# плана …, подписали …»), whose verb is the main clause's. Near misses: one document named twice.
_E2 = ("Serbian Defence Minister Milos Vucevic met Hungarian Defence Minister Kristof Szalay-Bobrovniczky in Belgrade on "
       "Monday. ")
_R2 = "Министр обороны Сербии Милош Вучевич встретился в Белграде с министром обороны Венгрии Кристофом Салаи-Бобровницким. "
TWO = [
    (_EN + "They signed a memorandum on military medicine and a programme of cooperation for 2025.",
     [("RS HU", None, True), ("RS HU", "2025", True)]),
    ("At the talks in Tashkent, Uzbekistan and Kazakhstan signed a plan of military cooperation for 2025 and an agreement "
     "on joint air defence.", [("UZ KZ", "2025", True), ("UZ KZ", None, True)]),
    ("Mongolia and Kazakhstan signed an agreement on military education. They also signed a plan of bilateral cooperation "
     "for 2024.", [("MN KZ", None, True), ("MN KZ", "2024", True)]),
    ("The chiefs of staff of Egypt and Jordan signed a protocol on joint exercises as well as a memorandum on military "
     "medicine.", [("EG JO", None, True), ("EG JO", None, True)]),
    (_E2 + "Two documents were signed: the Memorandum on cooperation in military education and the Plan of bilateral "
     "cooperation for 2025.", [("RS HU", None, True), ("RS HU", "2025", True)]),
    (_E2 + "Two documents were signed: a memorandum on military education and a plan of bilateral cooperation for 2025.",
     [("RS HU", None, True), ("RS HU", "2025", True)]),
    (_E2 + "The documents signed include the Memorandum of Understanding on Defence Cooperation and the 2025 Bilateral "
     "Military Cooperation Plan.", [("RS HU", None, True), ("RS HU", "2025", True)]),
    (_E2 + "The Plan of Bilateral Military Cooperation for 2025 was signed, as well as the Memorandum on Military "
     "Education.", [("RS HU", None, True), ("RS HU", "2025", True)]),
    (_E2 + "The ministers signed an agreement on the protection of classified information and an agreement on "
     "military-technical cooperation.", [("RS HU", None, True), ("RS HU", None, True)]),
    (_E2 + "In addition to the annual cooperation plan for 2025, the ministers signed a memorandum on cyber defence.",
     [("RS HU", None, True), ("RS HU", "2025", True)]),
    (_E2 + "Along with the plan of military cooperation for 2025, the two ministers signed an agreement on military "
     "education.", [("RS HU", None, True), ("RS HU", "2025", True)]),
    (_E2 + "Besides the roadmap on defence industry cooperation, the sides concluded a memorandum on cyber defence.",
     [("RS HU", None, True), ("RS HU", None, True)]),
    (_E2 + "The meeting ended with the signing of a cooperation plan for 2025 and a memorandum on military education.",
     [("RS HU", None, True), ("RS HU", "2025", True)]),
    (_E2 + "The ministers signed a plan for 2025 and a plan for 2026.", [("RS HU", "2025", True), ("RS HU", "2026", True)]),
    ("Министры обороны Сербии и Венгрии подписали меморандум о военной медицине и программу сотрудничества на 2025 год.",
     [("RS HU", None, True), ("RS HU", "2025", True)]),
    ("В ходе визита Узбекистан и Казахстан подписали план военного сотрудничества на 2025 год, а также соглашение о "
     "совместной ПВО.", [("UZ KZ", "2025", True), ("UZ KZ", None, True)]),
    ("Министры обороны Монголии и Казахстана подписали соглашение о военном образовании. Кроме того, был подписан план "
     "двустороннего сотрудничества на 2024 год.", [("MN KZ", None, True), ("MN KZ", "2024", True)]),
    (_R2 + "Подписаны два документа: меморандум о военном образовании и план двустороннего сотрудничества на 2025 год.",
     [("RS HU", None, True), ("RS HU", "2025", True)]),
    (_R2 + "Стороны подписали соглашение о защите секретной информации и соглашение о военно-техническом сотрудничестве.",
     [("RS HU", None, True), ("RS HU", None, True)]),
    (_R2 + "Помимо плана сотрудничества на 2025 год, министры подписали меморандум о киберобороне.",
     [("RS HU", None, True), ("RS HU", "2025", True)]),
    (_R2 + "Наряду с планом военного сотрудничества на 2025 год стороны подписали соглашение о военном образовании.",
     [("RS HU", None, True), ("RS HU", "2025", True)]),
    (_R2 + "Кроме плана сотрудничества на 2025 год, стороны подписали меморандум о военной медицине.",
     [("RS HU", None, True), ("RS HU", "2025", True)]),
    (_R2 + "Переговоры завершились подписанием плана сотрудничества на 2025 год и меморандума о военном образовании.",
     [("RS HU", None, True), ("RS HU", "2025", True)]),
    (_R2 + "Министры подписали меморандум о военном образовании. Ранее, в 2021 году, стороны подписали меморандум о "
     "военной медицине.", [("RS HU", None, True), ("RS HU", None, False)]),
    # near misses: one document named twice; an additive phrase over a document of its own time
    ("Serbia and Hungary signed a plan of military cooperation for 2025. The plan provides for joint exercises.",
     [("RS HU", "2025", True)]),
    ("Сербия и Венгрия подписали план военного сотрудничества на 2025 год. План предусматривает совместные учения.",
     [("RS HU", "2025", True)]),
    ("Belarus and Vietnam signed a memorandum on military education. The memorandum of understanding covers training of "
     "officers.", [("BY VN", None, True)]),
    (_E2 + "In addition to the cooperation plan signed last year, the ministers signed a memorandum on cyber defence.",
     [("RS HU", None, True), ("RS HU", None, False)]),
    (_E2 + "Besides discussing the plan of military cooperation for 2025, the ministers signed a memorandum on cyber "
     "defence.", [("RS HU", None, True), ("RS HU", "2025", False)]),
    (_E2 + "In addition to the plan of military cooperation for 2025, the ministers will sign a memorandum on cyber "
     "defence next year.", [("RS HU", None, False), ("RS HU", "2025", False)]),
    (_R2 + "Помимо подписанного в 2023 году плана сотрудничества, стороны подписали меморандум о киберобороне.",
     [("RS HU", None, True), ("RS HU", None, False)]),
    (_R2 + "Помимо плана сотрудничества на 2025 год, министры планируют подписать меморандум о киберобороне.",
     [("RS HU", None, False), ("RS HU", "2025", False)]),
]


@pytest.mark.parametrize("body, docs", TWO)
def test_two_documents_of_one_pair_are_two(body, docs):
    assert got(body) == want(*docs)


# --------------------------------------------------------------------------- the Russian programme

# «Программа (военного / военно-технического) сотрудничества» in every case and spelling is a
# document; the official names of its sides («между Министерством обороны Республики Беларусь и
# …») belong to its phrase however long, so the years after them are its years.
_RB = "Министр обороны Беларуси Виктор Хренин встретился с министром обороны Вьетнама Фан ВанЗянгом в Минске. "
PROGRAMME = [
    ("Министры обороны России и Лаоса подписали программу военного сотрудничества.", [("RU LA", None, True)]),
    ("Стороны подписали программу военно-технического сотрудничества между Беларусью и Вьетнамом.", [("BY VN", None, True)]),
    ("Беларусь и Вьетнам подписали программу военно-технического сотрудничества на 2025–2027 годы.",
     [("BY VN", "2025-2027", True)]),
    ("В Минске министры обороны Беларуси и Китая утвердили программу сотрудничества.", [("BY CN", None, True)]),
    ("Министры обороны Беларуси и Китая встретились в Минске. По итогам встречи подписана программа сотрудничества в "
     "военной области.", [("BY CN", None, True)]),
    ("Министры обороны Беларуси и Китая встретились в Минске. Состоялось подписание программы военного сотрудничества.",
     [("BY CN", None, True)]),
    ("Министры обороны Беларуси и Китая провели переговоры. Стороны подписали программу развития военно-технического "
     "сотрудничества до 2030 года.", [("BY CN", None, True)]),
    (_RB + "Стороны подписали Программу военного сотрудничества между Министерством обороны Республики Беларусь и "
     "Министерством национальной обороны Социалистической Республики Вьетнам на 2025-2027 годы.",
     [("BY VN", "2025-2027", True)]),
    (_RB + "Подписана «Программа военно-технического сотрудничества».", [("BY VN", None, True)]),
    (_RB + "Министры подписали «Программу сотрудничества в военной области».", [("BY VN", None, True)]),
    (_RB + "Программа двустороннего военного сотрудничества подписана по итогам переговоров.", [("BY VN", None, True)]),
    (_RB + "Переговоры завершились подписанием программы военного сотрудничества.", [("BY VN", None, True)]),
    (_RB + "Стороны подписали комплексную программу военного сотрудничества.", [("BY VN", None, True)]),
    (_RB + "Стороны подписали программу совместной подготовки военных кадров.", [("BY VN", None, True)]),
    (_RB + "Стороны подписали программу учений на 2025 год.", [("BY VN", "2025", True)]),
    (_RB + "Подписаны план двустороннего сотрудничества на 2025 год и программа военно-технического сотрудничества.",
     [("BY VN", "2025", True), ("BY VN", None, True)]),
    (_RB + "По итогам встречи подписаны меморандум о взаимопонимании и программа военного сотрудничества на 2025–2026 "
     "годы.", [("BY VN", None, True), ("BY VN", "2025-2026", True)]),
    (_E2 + "The ministers signed the Programme of Military Cooperation between the Ministry of Defence of the Republic of "
     "Serbia and the Ministry of Defence of Hungary for 2025-2027.", [("RS HU", "2025-2027", True)]),
    # near misses: a programme discussed, planned, signed before; one named twice; a vague one
    ("Министры обороны России и Лаоса обсудили проект программы военного сотрудничества.", [("RU LA", None, False)]),
    ("Россия и Лаос планируют подписать программу военно-технического сотрудничества.", [("RU LA", None, False)]),
    (_RB + "Стороны обсудили ход выполнения программы военного сотрудничества.", [("BY VN", None, False)]),
    (_RB + "Министры обсудили выполнение программы военно-технического сотрудничества, подписанной в 2022 году.",
     [("BY VN", None, False)]),
    (_RB + "Стороны подписали программу военного сотрудничества. Программа предусматривает обмен опытом.",
     [("BY VN", None, True)]),
    ("Министры обороны России и Лаоса обсудили обширную программу визитов.", []),
]


@pytest.mark.parametrize("body, docs", PROGRAMME)
def test_the_russian_programme_is_a_document(body, docs):
    assert got(body) == want(*docs)


# --------------------------------------------------------------------------- the signed flag

# A document only discussed, prepared, talked of, awaiting signature or due to be signed is not
# signed ("the sides discussed a draft memorandum", "are expected to sign", «речь шла о подписании»,
# «должен быть подписан»); one signed at the meeting is, however the text says so («подписан
# меморандум», «стороны подписали», «был подписан», «скрепили подписями», "Итогом переговоров стал
# подписанный меморандум"). A document the ministers agree to prepare after a signing is not signed.
NOT_SIGNED = [
    "The sides discussed a draft memorandum on military education.",
    "Serbia and Hungary are expected to sign a memorandum on military education.",
    "The ministers discussed the signing of a memorandum on military education.",
    "The ministers discussed preparations for the signing of a memorandum on military education.",
    "The ministers talked about signing a memorandum on military education.",
    "The ministers discussed the possibility of signing a memorandum on military education.",
    "The sides noted that the memorandum on military education is being prepared for signing.",
    "The parties agreed on the text of the memorandum on military education, which will be signed at the next meeting.",
    "The memorandum on military education is ready for signing.",
    "The signing of the memorandum on military education is scheduled for June.",
    "The ministers hope to sign a memorandum on military education soon.",
    "The signing ceremony of the memorandum on military education will take place in June.",
    "Vucevic said the memorandum on military education should be signed by the end of the year.",
    "The memorandum on military education awaits signature.",
    "The memorandum on military education is awaiting signature by the presidents.",
    "The sides initialled a memorandum on military education.",
    "The ministers had been due to sign a memorandum on military education, but the signing was postponed.",
    "The ministers did not sign the memorandum on military education.",
    "Стороны обсудили проект меморандума о военном образовании.",
    "Министры обсудили подписание меморандума о военном образовании.",
    "Стороны обсудили вопросы подписания меморандума о военном образовании.",
    "Стороны обсудили возможность подписания меморандума о военном образовании.",
    "Речь шла о подписании меморандума о военном образовании.",
    "На встрече говорили о подписании меморандума о военном образовании.",
    "Стороны выразили надежду на скорое подписание меморандума о военном образовании.",
    "Меморандум о военном образовании готов к подписанию.",
    "Меморандум о военном образовании ожидает подписания.",
    "Подписание меморандума о военном образовании запланировано на июнь.",
    "Сербия и Венгрия планируют подписать меморандум о военном образовании.",
    "Предполагается подписать меморандум о военном образовании в июне.",
    "Министр отметил, что меморандум о военном образовании должен быть подписан до конца года.",
    "Министр отметил, что меморандум о военном образовании должна одобрить комиссия, а подписать его должны министры.",
    "Стороны парафировали меморандум о военном образовании.",
    "Подписание меморандума о военном образовании было отложено.",
    "Министры не подписали меморандум о военном образовании.",
    "Министры одобрили проект меморандума о военном образовании.",
]
SIGNED = [
    "Стороны скрепили подписями меморандум о военном образовании.",
    "Подписи под меморандумом о военном образовании поставили министры обороны двух стран.",
    "Состоялось подписание меморандума о взаимопонимании в области военного образования.",
    "В присутствии президентов был подписан меморандум о военном образовании.",
    "Подписанный сегодня меморандум о военном образовании предусматривает обмен курсантами.",
    "Стороны подписали меморандум, который предусматривает обмен курсантами.",
    "Подписан меморандум о военном образовании, который будет способствовать развитию сотрудничества.",
    "Итогом переговоров стал подписанный меморандум о военном образовании.",
    "Итогом визита стал подписанный министрами меморандум о военном образовании.",
    "Министры подписали меморандум о военном образовании, который вступит в силу в июне.",
    "Стороны подписали меморандум о военном образовании. Министр выразил надежду, что меморандум будет реализован в "
    "полном объеме.",
    "Как сообщили в министерстве, меморандум о военном образовании подписан.",
    "Был подписан и меморандум о военном образовании.",
    "Меморандум о военном образовании был подписан министрами по завершении переговоров.",
    "The ministers signed a memorandum on military education, which will enter into force in June.",
    "The memorandum on military education signed today will expand cadet exchanges.",
    "The memorandum on military education was signed and will be implemented next year.",
    "The talks ended with the signing of a memorandum on military education.",
    "After discussing the draft, the ministers signed a memorandum on military education.",
]


@pytest.mark.parametrize("sentence, flag", [(x, False) for x in NOT_SIGNED] + [(x, True) for x in SIGNED])
def test_the_signed_flag_of_a_memorandum(sentence, flag):
    lead = _RU if any("а" <= c <= "я" for c in sentence.casefold()) else _EN  # a lead in the sentence's language
    assert got(lead + sentence) == want(("RS HU", None, flag))


# After a signing, a document the ministers agree to prepare is a second one, not signed.
AGREE_TO_PREPARE = [
    (_EN + "The ministers signed a memorandum on military education and agreed to prepare a plan of cooperation.",
     [("RS HU", None, True), ("RS HU", None, False)]),
    (_RU + "Министры обороны подписали меморандум о военном образовании и договорились подготовить план сотрудничества.",
     [("RS HU", None, True), ("RS HU", None, False)]),
    (_EN + "The ministers signed a memorandum on military education and will prepare a plan of cooperation for 2026.",
     [("RS HU", None, True), ("RS HU", "2026", False)]),
]


@pytest.mark.parametrize("body, docs", AGREE_TO_PREPARE)
def test_a_document_to_prepare_after_a_signing(body, docs):
    assert got(body) == want(*docs)

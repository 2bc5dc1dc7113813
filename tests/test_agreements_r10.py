"""Agreements, round 10 (issue 11): shapes of text the rules had not met. A second document
joined to the first by "and" keeps its year to itself; a state named only in a sentence of another
occasion (or named after the meeting's sides) is no side of the meeting's document; what a meeting
"produced" is signed at it, as is every item of a list after a colon; the signed documents the
sides exchange are signed; an international organisation as the other side is no state; a
document "agreed on" whose signing the sentence puts later is not signed. Articles in our own words, with pairs of states the corpus does not pair."""

import pytest

from test_agreements_general import got, want

ONE_YEAR_EACH = [
    # "an Agreement … between the two ministries and a plan … for 2026": the year is the plan's
    ("At the close of the talks Kurbanov and Zhaksylykov signed an Agreement on Military-Technical Cooperation "
     "between the two ministries and a plan of bilateral military cooperation for 2026. Kurbanov is the Uzbek "
     "defence minister, Zhaksylykov the Kazakh one.", [("UZ KZ", None, True), ("UZ KZ", "2026", True)]),
    ("The ministers of Ghana and Togo signed a memorandum on coastal patrols between the two navies and a "
     "programme of joint exercises for 2027.", [("GH TG", None, True), ("GH TG", "2027", True)]),
    ("Chile and Peru signed a protocol on search and rescue between their air forces, as well as a roadmap for "
     "2025-2026.", [("CL PE", None, True), ("CL PE", "2025-2026", True)]),
    # near miss: one document whose name runs on to its year
    ("The defence ministers of Chile and Peru signed a plan of cooperation between the two navies for 2026.",
     [("CL PE", "2026", True)]),
]


@pytest.mark.parametrize("body, docs", ONE_YEAR_EACH)
def test_a_second_document_keeps_its_year_to_itself(body, docs):
    assert got(body) == want(*docs)


BACKGROUND_STATE = [
    ("Armenian Defence Minister Suren Papikyan met the Indian defence minister in Yerevan. Earlier Papikyan "
     "visited France. The sides signed a memorandum on military education.", [("AM IN", None, True)]),
    ("Armenian Defence Minister Suren Papikyan met the defence minister of India in Yerevan. Papikyan had "
     "visited France in March. The sides signed a memorandum on military education.", [("AM IN", None, True)]),
    ("Министр обороны Армении Сурен Папикян встретился в Ереване с министром обороны Индии. Ранее Папикян "
     "посетил Францию. Стороны подписали меморандум о сотрудничестве в области военного образования.",
     [("AM IN", None, True)]),
    ("Министр обороны Казахстана провел переговоры с начальником Генштаба Китая в Астане. До этого казахстанская "
     "делегация побывала в Турции. Подписан план военного сотрудничества на 2026 год.", [("KZ CN", "2026", True)]),
    ("The Kenyan defence secretary received the chief of the Ugandan defence forces in Nairobi. The previous week "
     "she was in Ethiopia. A memorandum on border security was signed.", [("KE UG", None, True)]),
    # near miss: a state named twice in the meeting's own sentences is a side, though named first elsewhere
    ("Earlier this year Serbia hosted drills. Serbian and Egyptian defence ministers met in Cairo, where Egypt's "
     "minister welcomed his Serbian guest. The ministers signed a memorandum on military medicine.",
     [("RS EG", None, True)]),
]


@pytest.mark.parametrize("body, docs", BACKGROUND_STATE)
def test_a_state_of_another_occasion_is_no_side(body, docs):
    assert got(body) == want(*docs)


OUTCOMES_AND_LISTS = [
    ("The visit of Finnish Defence Minister Antti Hakkanen to Warsaw produced three documents: a memorandum on "
     "cyber defence, an agreement on military transit and a plan of bilateral cooperation for 2026.",
     [("FI PL", None, True), ("FI PL", None, True), ("FI PL", "2026", True)]),
    ("The talks between Egypt and Greece in Cairo resulted in two documents: a memorandum on naval training and an "
     "agreement on military transport.", [("EG GR", None, True), ("EG GR", None, True)]),
    ("Итогом переговоров министров обороны Египта и Греции в Каире стали два документа: меморандум о "
     "военно-морской подготовке и соглашение о военных перевозках.", [("EG GR", None, True), ("EG GR", None, True)]),
    # items of a list after a colon, cut from the verb by semicolons
    ("Following the talks in Warsaw, Finnish and Polish ministers signed the following documents: a memorandum on "
     "cyber defence; an agreement on military transit; a plan of bilateral cooperation for 2026.",
     [("FI PL", None, True), ("FI PL", None, True), ("FI PL", "2026", True)]),
    ("По итогам переговоров в Астане подписаны следующие документы: соглашение о военных перевозках; протокол о "
     "сотрудничестве в области связи; план сотрудничества Казахстана и Киргизии на 2026 год.",
     [("KZ KG", None, True), ("KZ KG", None, True), ("KZ KG", "2026", True)]),
    # near misses: a list of what was discussed, documents still to be signed
    ("The ministers of Egypt and Greece discussed two documents: a memorandum on naval training and an agreement "
     "on military transport, which are to be signed next year.", [("EG GR", None, False), ("EG GR", None, False)]),
    ("The ministers of Egypt and Greece discussed the agenda: regional security; a memorandum on naval training; "
     "the situation in Libya.", [("EG GR", None, False)]),
]


@pytest.mark.parametrize("body, docs", OUTCOMES_AND_LISTS)
def test_what_a_meeting_produced_is_signed(body, docs):
    assert got(body) == want(*docs)


EXCHANGED = [
    ("По итогам переговоров министры обороны Узбекистана и Киргизии обменялись подписанными экземплярами "
     "соглашения о сотрудничестве в области военного образования.", [("UZ KG", None, True)]),
    ("At the end of the talks the defence ministers of Serbia and Egypt exchanged the signed memorandum on "
     "military education.", [("RS EG", None, True)]),
    # near misses: instruments of ratification, views
    ("The agreement on defence cooperation between Chile and Peru entered into force after the exchange of "
     "instruments of ratification in Lima.", [("CL PE", None, False)]),
    ("The ministers of Chile and Peru exchanged views on the agreement on naval cooperation.", [("CL PE", None, False)]),
    ("Министры обороны Чили и Перу обменялись мнениями о реализации соглашения о военном сотрудничестве.",
     [("CL PE", None, False)]),
]


@pytest.mark.parametrize("body, docs", EXCHANGED)
def test_documents_exchanged_at_the_ceremony_are_signed(body, docs):
    assert got(body) == want(*docs)


ORGANISATION_AS_SIDE = [
    ("Moldova signed an individually tailored partnership programme with NATO in Brussels on Thursday.",
     [("MD", None, True)]),
    ("Bosnian Defence Minister Zukan Helez met EU officials in Brussels. Bosnia and Herzegovina and the European "
     "Union signed an administrative arrangement on crisis management.", [("BA", None, True)]),
    ("Министр обороны Молдовы провел переговоры в Брюсселе. Молдова и НАТО подписали дорожную карту по военному "
     "образованию.", [("MD", None, True)]),
    # near miss: a summit of the alliance is where two of its states sign, not a side
    ("On the sidelines of the NATO summit in Vilnius, Poland and Lithuania signed a memorandum on air policing.",
     [("PL LT", None, True)]),
]


@pytest.mark.parametrize("body, docs", ORGANISATION_AS_SIDE)
def test_an_organisation_as_the_other_side_is_no_state(body, docs):
    assert got(body) == want(*docs)


SIGNING_LATER = [
    ("Chile and Peru agreed on a joint plan of naval exercises for 2026-2027; it will be signed at a later date.",
     [("CL PE", "2026-2027", False)]),
    ("Ghana and Togo endorsed the roadmap on coastal security, which is expected to be formally signed in May.",
     [("GH TG", None, False)]),
    # near miss: agreed, and nothing puts the signing later
    ("Chile and Peru agreed on a joint plan of naval exercises for 2026-2027 at the talks in Lima.",
     [("CL PE", "2026-2027", True)]),
]


@pytest.mark.parametrize("body, docs", SIGNING_LATER)
def test_a_document_agreed_and_signed_later_is_not_signed(body, docs):
    assert got(body) == want(*docs)

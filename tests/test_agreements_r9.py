"""Agreements, round 9 (issue 11): the sides of a document when its sentence does not name two
states (the host of a visit or of a multilateral meeting, the states a multilateral meeting lists
as taking part, the state of a company a government contracts with), and documents whose signing
is still to come. Articles in our own words, with pairs of states the corpus does not pair."""

import pytest

from test_agreements_general import got, run, want

HOST_OF_THE_MEETING = [
    # a visit: the host (the state of the meeting's city) is the other side of a document whose
    # sentence names no state, not a third state named elsewhere
    ("Moroccan Defence Minister Karim Bennani arrived in Lisbon for a two-day visit. Spain was mentioned in the "
     "talks on migration across the western Mediterranean. Portugal and Morocco are due to sign a programme of "
     "military cooperation for 2025 during the visit. The two ministers will also sign a memorandum on naval "
     "training.", [("MA PT", "2025", False), ("MA PT", None, False)]),
    # a multilateral meeting in the host's capital: the host meets one counterpart after another
    ("On the sidelines of the CIS defence ministers' council in Tashkent, the Uzbek defence minister held "
     "bilateral meetings. Armenia and Belarus were represented by deputy ministers; Belarus and Armenia discussed "
     "supplies. At the meeting with the Mongolian delegation, a plan of military cooperation with Mongolia for "
     "2026 was signed. Armenia and Belarus also met separately.", [("MN UZ", "2026", True)]),
    # two visiting sides at a forum in a third state's capital: not the host's document
    ("Belarusian Defence Minister Pavel Volkov and Kazakh Defence Minister Serik Temirov met in Moscow on the "
     "sidelines of a security forum hosted by Russia. The ministers signed a plan of military cooperation for "
     "2026.", [("BY KZ", "2026", True)]),
]


@pytest.mark.parametrize("body, docs", HOST_OF_THE_MEETING)
def test_the_host_of_the_meeting_is_one_side(body, docs):
    assert got(body) == want(*docs)


LISTED_AS_TAKING_PART = [
    ("The defence ministers of the nine Central European countries met in Prague on Thursday. Austria, Hungary, "
     "Slovakia, Slovenia and Croatia sent their ministers. The ministers signed a letter of intent on joint "
     "mountain training.", [("AT HU SK SI HR", None, True)]),
    ("Министры обороны семи государств региона собрались в Праге. Австрия, Венгрия, Словакия и Словения "
     "направили своих министров. Министры подписали меморандум о совместной горной подготовке.",
     [("AT HU SK SI", None, True)]),
    # a list of fewer than three states is no list of participants
    ("The defence ministers of the nine Central European countries met in Prague on Thursday. Austria and Hungary "
     "spoke first. Austria and Hungary signed a memorandum on mountain training.", [("AT HU", None, True)]),
]


@pytest.mark.parametrize("body, docs", LISTED_AS_TAKING_PART)
def test_a_multilateral_document_is_all_the_listed_states(body, docs):
    assert got(body) == want(*docs)


TO_BE_PRESENTED = [
    ("Chile and Peru agreed on a joint action plan for 2026, to be presented at the next meeting of the ministers.",
     [("CL PE", "2026", False)]),
    ("Chile and Peru agreed on a joint action plan for 2026, to be submitted to the two governments.",
     [("CL PE", "2026", False)]),
    # a plan signed now and to be carried out later is signed
    ("Chile and Peru signed a joint action plan for 2026, to be implemented by the two navies.",
     [("CL PE", "2026", True)]),
]


@pytest.mark.parametrize("body, docs", TO_BE_PRESENTED)
def test_a_document_to_be_presented_is_not_signed(body, docs):
    assert got(body) == want(*docs)


COMPANY_SIDE = [
    ("The Malaysian defence ministry signed a contract with Korea Aerospace Industries for 18 trainer jets. Japan "
     "and Malaysia are negotiating a reciprocal access agreement.", [("MY KR", None, True), ("JP MY", None, False)]),
    ("Kenya signed a contract with Israel Aerospace Industries for coastal radars. Kenya and Uganda discussed "
     "border security.", [("KE IL", None, True)]),
    ("Министерство обороны Малайзии подписало контракт с компанией Korea Aerospace Industries на поставку 18 "
     "учебных самолётов. Япония и Малайзия обсуждают соглашение о взаимном доступе.",
     [("MY KR", None, True), ("JP MY", None, False)]),
]


@pytest.mark.parametrize("body, docs", COMPANY_SIDE)
def test_a_contract_with_a_company_is_the_company_states(body, docs):
    assert got(body) == want(*docs)


ONE_DOCUMENT_NAMED_TWO_WAYS = [
    # "the deal" after a contract is the contract, whatever kind word it uses
    ("Chile and Spain signed a contract for 8 patrol boats on Monday. Under the deal, Spain will deliver the boats by "
     "2028.", [("CL ES", None, True)]),
    ("The Chilean navy signed a contract with Navantia for 8 patrol boats. The deal was signed in Santiago on Monday "
     "in the presence of Spanish officials.", [("CL ES", None, True)]),
    # a deal between other states is another document
    ("Chile and Spain signed a contract for 8 patrol boats on Monday. Peru and Ecuador are negotiating the deal on border "
     "patrols, the report said.", [("CL ES", None, True), ("EC PE", None, False)]),
]


@pytest.mark.parametrize("body, docs", ONE_DOCUMENT_NAMED_TWO_WAYS)
def test_the_deal_is_the_document_just_named(body, docs):
    assert got(body) == want(*docs)


TIME_OF_ANOTHER_DOCUMENT = [
    # a relative clause after the document dates the document it replaces, not this signing; the replaced document is
    # listed too, signed on an earlier occasion (round 19: the corpus lists documents mentioned as signed earlier)
    ("Tunisia and Italy signed a new defence agreement which replaces the one signed in 2011.",
     [("IT TN", None, True), ("IT TN", None, False)]),
    ("Tunisia and Italy signed a new defence agreement that replaces the agreement signed in 2011.",
     [("IT TN", None, True), ("IT TN", None, False)]),
    # the signing's own time still counts
    ("Tunisia and Italy signed a defence agreement in 2011 that remains in force.", [("IT TN", None, False)]),
]


@pytest.mark.parametrize("body, docs", TIME_OF_ANOTHER_DOCUMENT)
def test_a_relative_clause_dates_another_document(body, docs):
    assert got(body) == want(*docs)


YEARS_AND_RENEWALS = [
    ("The defence ministers of Nepal and Bhutan signed a cooperation plan for 2025/2026.",
     [("BT NP", "2025-2026", True)]),
    ("Министры обороны Непала и Бутана подписали план сотрудничества на 2025/2026 годы.",
     [("BT NP", "2025-2026", True)]),
    # a renewed programme is an existing document (the corpus convention: listed, not signed now)
    ("Nepal and Bhutan renewed their programme of military education exchanges for 2026.",
     [("BT NP", "2026", False)]),
]


@pytest.mark.parametrize("body, docs", YEARS_AND_RENEWALS)
def test_years_with_a_slash_and_renewals(body, docs):
    assert got(body) == want(*docs)


SECOND_PREDICATE = [
    # "reviewed X signed in 2012 and approved Y": the year is the reviewed document's, not Y's signing
    ("The ministers of Nepal and Bhutan reviewed the implementation of the agreement signed in 2012 and approved the "
     "plan of cooperation for 2025.", [("BT NP", None, False), ("BT NP", "2025", True)]),
    ("Министры обороны Непала и Бутана рассмотрели выполнение соглашения, подписанного в 2012 году, и утвердили план "
     "сотрудничества на 2025 год.", [("BT NP", None, False), ("BT NP", "2025", True)]),
    # the signing's own year, in its own predicate, still counts
    ("The ministers of Nepal and Bhutan signed the agreement in Thimphu in 2019 and reviewed it on Monday.",
     [("BT NP", None, False)]),
]


@pytest.mark.parametrize("body, docs", SECOND_PREDICATE)
def test_a_second_predicate_has_its_own_time(body, docs):
    assert got(body) == want(*docs)


NAMES_KEEP_THEIR_SUBJECT = [
    ("Nepal and Bhutan signed an agreement on after-sales support and spare parts.",
     "agreement on after-sales support and spare parts"),
    ("Nepal and Bhutan signed a memorandum of understanding on the training of Nepali helicopter crews.",
     "memorandum of understanding on the training of"),
    ("Украина и Польша подписали рамочное соглашение о сотрудничестве.", "framework agreement"),
]


@pytest.mark.parametrize("body, name", NAMES_KEEP_THEIR_SUBJECT)
def test_a_documents_name_keeps_its_subject(body, name):
    assert [name in h.name for h in run(body).agreements] == [True]


@pytest.mark.parametrize("body, ministries", [
    ("Nepal has signed a contract with Bhutan for the supply of trucks, the Nepali Ministry of Defence announced.",
     False),
    ("The defence ministries of Nepal and Bhutan signed a contract for the supply of trucks.", True),
    ("The Ministry of Defence of Nepal and the Ministry of Defence of Bhutan signed a contract for trucks.", True),
])
def test_one_ministry_announcing_a_document_is_not_its_side(body, ministries):
    assert [("defence ministries" in h.name) for h in run(body).agreements] == [ministries]


ATTENDED_BY_A_LIST = [
    ("Defence ministers of the Danube states met in Budapest on Friday. The meeting was attended by ministers from "
     "Austria, Slovakia, Croatia and Serbia, while Romania sent a deputy. The ministers signed a letter of intent on "
     "river patrols.", [("AT SK HR RS", None, True)]),
    ("В Будапеште прошла встреча министров обороны придунайских государств. В ней приняли участие министры Австрии, "
     "Словакии, Хорватии и Сербии. Министры подписали меморандум о речном патрулировании.",
     [("AT SK HR RS", None, True)]),
    # a list of states in another kind of sentence makes no meeting of them
    ("Austrian Defence Minister Klaudia Tanner met Slovak Defence Minister Robert Kalinak in Vienna. Croatia, Serbia "
     "and Romania border the Danube. "
     "The two ministers signed a memorandum on river patrols.", [("AT SK", None, True)]),
]


@pytest.mark.parametrize("body, docs", ATTENDED_BY_A_LIST)
def test_a_meeting_attended_by_a_list_of_states(body, docs):
    assert got(body) == want(*docs)


TWO_DOCUMENTS_OF_ONE_YEAR = [
    ("Tunisian Defence Minister Khaled Sehili held talks with his Italian counterpart in Rome. The sides signed an "
     "executive programme of military cooperation for 2025 and a programme of naval exercises for 2025.",
     [("IT TN", "2025", True), ("IT TN", "2025", True)]),
    # one document named twice, with a word in common
    ("Tunisia and Italy signed a programme of military cooperation for 2025. The military cooperation programme for "
     "2025 covers 40 events.", [("IT TN", "2025", True)]),
    # one document described two ways, far apart
    ("The defence ministers of Tunisia and Italy adopted the programme of naval exercises for 2025 in Rome on "
     "Wednesday. The ministers also discussed the situation in the Sahel, migration across the central Mediterranean, "
     "the training of coast guard crews, the supply of patrol boats and the exchange of cadets between the two "
     "naval academies. \"We approved the work programme to ensure maritime security for 2025,\" the Italian minister "
     "said after the talks.", [("IT TN", "2025", True)]),
]


@pytest.mark.parametrize("body, docs", TWO_DOCUMENTS_OF_ONE_YEAR)
def test_two_documents_of_one_year(body, docs):
    assert got(body) == want(*docs)


ONE_COUNTERPART_AT_A_MULTILATERAL_MEETING = [
    # the host meets one counterpart after another: "with the X side" is a bilateral document of the two
    ("Tashkent hosted a multilateral meeting of the defence ministers of the nine CIS member states. Uzbek Defence "
     "Minister Bakhodir Kurbanov held bilateral meetings with Belarusian Defence Minister Viktor Khrenin and "
     "Armenian Defence Minister Suren Papikyan. Uzbekistan and Belarus signed a plan of military cooperation for "
     "2026. With the Armenian side, a memorandum on peacekeeping training was signed.",
     [("BY UZ", "2026", True), ("AM UZ", None, True)]),
    # a person the clause names is the counterpart, though no state is named there
    ("Tashkent hosted a meeting of the defence ministers of the CIS. Uzbek Defence Minister Bakhodir Kurbanov met "
     "Belarusian Defence Minister Viktor Khrenin and Armenian Defence Minister Suren Papikyan. Uzbekistan and "
     "Belarus signed a plan of military cooperation for 2026. With Papikyan, a memorandum on peacekeeping training "
     "was signed.", [("BY UZ", "2026", True), ("AM UZ", None, True)]),
    # a document of the whole meeting stays all the states'
    ("Tashkent hosted a multilateral meeting of the defence ministers of the nine CIS member states. Uzbek Defence "
     "Minister Bakhodir Kurbanov, Belarusian Defence Minister Viktor Khrenin and Armenian Defence Minister Suren "
     "Papikyan took part. The ministers signed a plan of joint exercises for 2026.",
     [("AM BY UZ", "2026", True)]),
]


@pytest.mark.parametrize("body, docs", ONE_COUNTERPART_AT_A_MULTILATERAL_MEETING)
def test_one_counterpart_of_the_host_at_a_multilateral_meeting(body, docs):
    assert got(body) == want(*docs)


VISIT_TO_A_STATE = [
    # no city named: the state visited is the host
    ("Moroccan Defence Minister Karim Bennani is on an official visit to Portugal. Spain was discussed during the "
     "talks and Spain will host the next drills. The two ministers are due to sign a programme of military "
     "cooperation for 2025. They will also sign a memorandum on naval training.",
     [("MA PT", "2025", False), ("MA PT", None, False)]),
    ("Министр обороны Марокко Карим Беннани находится с официальным визитом в Португалии. Испания обсуждалась на "
     "переговорах, Испания примет следующие учения. Министры подпишут программу военного сотрудничества на 2025 "
     "год.", [("MA PT", "2025", False)]),
]


@pytest.mark.parametrize("body, docs", VISIT_TO_A_STATE)
def test_the_state_visited_is_the_host(body, docs):
    assert got(body) == want(*docs)

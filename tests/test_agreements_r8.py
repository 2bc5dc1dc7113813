"""Agreements, round 8 (issue 11): a past time phrase on the signing verb ("signed in <City> last
October", "last spring", «в прошлом месяце») makes the document an earlier one, not signed at the
reported meeting. Articles in our own words, with pairs of states the corpus does not pair."""

import pytest

from test_agreements_general import got, run, want

LAST_MONTH = [
    ("The defence ministers of Portugal and Morocco met in Rabat on Tuesday to review the roadmap on naval training "
     "that the two countries signed in Lisbon last October.", [("MA PT", None, False)]),
    ("Ireland and Iceland discussed the memorandum on coast guard exercises, signed last spring, at talks in "
     "Reykjavik on Friday.", [("IE IS", None, False)]),
    ("Министры обороны Португалии и Марокко обсудили выполнение дорожной карты по военно-морской подготовке, которую "
     "страны подписали в прошлом месяце.", [("MA PT", None, False)]),
]


@pytest.mark.parametrize("body, docs", LAST_MONTH)
def test_a_signing_last_month_is_an_earlier_document(body, docs):
    assert got(body) == want(*docs)


SPAN_AFTER_CLAUSE = [
    # an active participle clause after the document still describes it: its years are the document's
    ("Министры обороны Беларуси и Вьетнама подписали протокол, определяющий направления военно-технического "
     "сотрудничества на 2024–2026 годы.", [("BY VN", "2024-2026", True)]),
    ("Португалия и Марокко подписали соглашение о подготовке военных кадров, действующее на 2027–2029 годы.",
     [("MA PT", "2027-2029", True)]),
    # the clause ends at the next comma: years after it belong to something else
    ("Португалия и Марокко подписали меморандум, предусматривающий обмен курсантами, а совместные учения "
     "запланированы на 2030 год.", [("MA PT", None, True)]),
    # a passive participle clause tells when the document was signed, not its years
    ("Министры обороны Португалии и Марокко обсудили меморандум, подписанный в Рабате в 2019 году.",
     [("MA PT", None, False)]),
]


@pytest.mark.parametrize("body, docs", SPAN_AFTER_CLAUSE)
def test_the_years_of_a_participle_clause_after_the_document(body, docs):
    assert got(body) == want(*docs)


MEMORANDUM_OF_A_DOCUMENT = [
    # "a memorandum of arrangement/agreement on …" is one document, not a memorandum and an arrangement
    ("Portugal and Morocco signed a memorandum of arrangement on submarine search and rescue cooperation in Rabat "
     "on Tuesday.", [("MA PT", None, True)], "memorandum of arrangement on submarine search and rescue cooperation"),
    ("Ireland and Iceland signed a memorandum of agreement on pilot training at talks in Reykjavik.",
     [("IE IS", None, True)], "memorandum of agreement on pilot training"),
    # two documents named side by side stay two
    ("Ireland and Iceland signed a memorandum and an agreement on pilot training at talks in Reykjavik.",
     [("IE IS", None, True), ("IE IS", None, True)], None),
]


@pytest.mark.parametrize("body, docs, name", MEMORANDUM_OF_A_DOCUMENT)
def test_a_memorandum_of_another_document_is_one_document(body, docs, name):
    assert got(body) == want(*docs)
    if name:
        assert [h.name.endswith(name) for h in run(body).agreements] == [True]


PARTICIPLE_NOW_ONLY_IN_ITS_CLAUSE = [
    # "В ходе встречи" dates the meeting, not the participle's signing in February
    ("В ходе встречи министры обороны Киргизии и Турции обсудили выполнение плана военного сотрудничества на "
     "2024–2025 годы, подписанного в Анкаре в феврале этого года.", [("KG TR", "2024-2025", False)]),
    # "now" inside the participle's own clause still makes it signed at the meeting
    ("Министры обороны Киргизии и Турции высоко оценили подписанный в ходе визита план военного сотрудничества "
     "на 2025 год.", [("KG TR", "2025", True)]),
    ("Министры обороны Киргизии и Турции высоко оценили план военного сотрудничества на 2025 год, подписанный "
     "сегодня в Бишкеке.", [("KG TR", "2025", True)]),
]


@pytest.mark.parametrize("body, docs", PARTICIPLE_NOW_ONLY_IN_ITS_CLAUSE)
def test_a_participle_is_signed_now_only_by_its_own_clause(body, docs):
    assert got(body) == want(*docs)

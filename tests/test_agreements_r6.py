"""Agreements, round 6 (issue 11): the kinds of error still seen on pages never read, each in our
own words, in both languages, with pairs of states the corpus pages do not pair. Each case expects
what ``../shared/tools/score.py`` compares: the parties, the year the document covers, and the
signed flag ("signed, approved or concluded during the reported meeting").

- two documents in one passage stay two: a recalled one with its own year ("replaces a 2017
  training arrangement"), one still to be drawn up beside one signed now;
- arrangements, technical arrangements, statements and letters of intent are documents;
- not signed: "to be finalised at their next meeting", "the possible signing", "concluded with
  Qatar in July" (named by its past);
- parties: a state named as a place or in "friction with" is no party; a meeting of five states
  gives a document the sentence does not pair to all five;
- documents in the plural ("several agreements", "a package of documents", "ряд соглашений") are
  one entry, unless they sum up documents the article names one by one."""

import pytest

from generator.model import PartialDate
from test_agreements_general import got, run, want


def got_on(body, date):
    return sorted((tuple(sorted(h.parties)), str(h.year), h.signed) for h in run(body, date=date).agreements)


# --------------------------------------------------------------------------- two documents, not one

TWO = [
    ("Armenia and Greece signed a defence cooperation pact in Athens on Tuesday. The pact replaces a 2017 training "
     "arrangement between the two ministries.", [("AM GR", None, True), ("AM GR", "2017", False)]),
    ("The defence ministers of Chile and Argentina signed a protocol on joint search and rescue and instructed their "
     "staffs to draw up a border patrol plan within ninety days.", [("AR CL", None, True), ("AR CL", None, False)]),
    ("Министры обороны Чили и Аргентины подписали протокол о поисково-спасательном сотрудничестве и поручили в течение "
     "девяноста дней разработать план пограничного патрулирования.", [("AR CL", None, True), ("AR CL", None, False)]),
    ("Армения и Греция подписали соглашение о сотрудничестве в области подготовки кадров, которое заменит план на 2017 год.",
     [("AM GR", None, True), ("AM GR", "2017", False)]),
]


@pytest.mark.parametrize("body, docs", TWO)
def test_two_documents_stay_two(body, docs):
    assert got(body) == want(*docs)


# --------------------------------------------------------------------------- other names of documents

NAMES = [
    ("Norway and Chile have signed an arrangement on Antarctic logistics.", [("NO CL", None, True)]),
    ("Australia and Japan signed a technical arrangement on submarine rescue.", [("AU JP", None, True)]),
    ("The defence ministers of Finland and Sweden signed a statement of intent on air defence.", [("FI SE", None, True)]),
    ("Estonia and Moldova will sign a letter of intent on cyber defence training.", [("EE MD", None, False)]),
    ("Serbia and Greece signed a programme of cooperation for 2025.", [("RS GR", "2025", True)]),
    ("Министры обороны Финляндии и Швеции подписали заявление о намерениях в области противовоздушной обороны.",
     [("FI SE", None, True)]),
]


@pytest.mark.parametrize("body, docs", NAMES)
def test_arrangements_and_statements_are_documents(body, docs):
    assert got(body) == want(*docs)


# --------------------------------------------------------------------------- not signed at this meeting

NOT_SIGNED = [
    ("The ministers of Peru and Colombia agreed on a plan of joint exercises for 2025, to be finalised at their next meeting.",
     [("PE CO", "2025", False)]),
    ("Министры Перу и Колумбии согласовали план совместных учений на 2025 год для подписания на следующей встрече.",
     [("PE CO", "2025", False)]),
    ("The ministers of Bulgaria and Romania discussed the possible signing of an MoU on maritime security.",
     [("BG RO", None, False)]),
    ("Министры обороны Болгарии и Румынии обсудили возможное подписание меморандума о морской безопасности.",
     [("BG RO", None, False)]),
]


@pytest.mark.parametrize("body, docs", NOT_SIGNED)
def test_not_signed_at_this_meeting(body, docs):
    assert got(body) == want(*docs)


CONCLUDED_IN_JULY = ("Jordanian Defence Minister Ahmad Hanandeh met Qatari Defence Minister Khalid Al Attiyah in Doha on "
                     "Monday. Hanandeh praised the framework agreement concluded with Qatar in July and the two ministers "
                     "signed a memorandum on military training.")


@pytest.mark.parametrize("date", [PartialDate(2024, 9, 10), PartialDate(2024, 7, 25), None])
def test_a_document_named_by_its_past_was_signed_before(date):
    # whatever the page's date: "concluded … in July" names the document, the memorandum is today's
    got_ = {h.kind: h.signed for h in run(CONCLUDED_IN_JULY, date=date).agreements}
    assert got_ == {"agreement": False, "memorandum": True}


# --------------------------------------------------------------------------- parties

PARTIES = [
    ("Japanese Defence Minister Minoru Kihara met Philippine Defence Secretary Gilberto Teodoro in Manila on Monday. "
     "Kihara signed an agreement on military logistics, citing friction with China in the South China Sea.",
     [("JP PH", None, True)]),
    ("Министры обороны Японии и Филиппин подписали соглашение о взаимном доступе на фоне напряженности с Китаем.",
     [("JP PH", None, True)]),
    ("French Defence Minister Florence Parly met Senegal's Minister of Armed Forces Sidiki Kaba in Dakar. The two sides "
     "signed a training agreement that will support troops fighting in Mali.", [("FR SN", None, True)]),
    ("The defence ministers of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan met for a five-way meeting "
     "in Cholpon-Ata. The ministers signed an action plan on border security for 2024.",
     [("KZ KG TJ TM UZ", "2024", True)]),
    ("Министры обороны пяти государств Центральной Азии — Казахстана, Киргизии, Таджикистана, Туркменистана и Узбекистана "
     "— провели встречу в Чолпон-Ате. Министры утвердили план действий по безопасности границ на 2024 год.",
     [("KZ KG TJ TM UZ", "2024", True)]),
    ("The defence ministers of Russia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan met in Minsk for a five-way "
     "session. They approved a multilateral agreement on joint air defence.", [("BY KZ KG RU TJ", None, True)]),
    # a multilateral document of states not at the meeting: no pair of the article's
    ("Chile and Peru stressed the importance of the treaty signed by the five littoral states in 2018.",
     [("", None, False)]),
    # a bilateral meeting that talks about a third state keeps its pair
    ("Kazakh Defence Minister Ruslan Zhaksylykov met Uzbek Defence Minister Bakhodir Kurbanov in Tashkent. They discussed "
     "the situation in Afghanistan. The ministers signed a plan of bilateral cooperation for 2025.", [("KZ UZ", "2025", True)]),
    # a host named only as a place still signs when no one else can
    ("Kazakh Defence Minister Ruslan Zhaksylykov arrived in Azerbaijan on an official visit. In Baku the sides signed a "
     "plan of military cooperation for 2025.", [("KZ AZ", "2025", True)]),
]


@pytest.mark.parametrize("body, docs", PARTIES)
def test_parties(body, docs):
    assert got(body) == want(*docs)


# --------------------------------------------------------------------------- documents in the plural

PLURAL = [
    ("Kazakhstan and Uzbekistan signed several agreements on military cooperation.", [("KZ UZ", None, True)]),
    ("At the end of the talks, Armenia and India signed a package of documents on defence cooperation.",
     [("AM IN", None, True)]),
    ("Министры обороны Казахстана и Узбекистана подписали ряд соглашений о военном сотрудничестве.", [("KZ UZ", None, True)]),
    ("По итогам переговоров Армения и Индия подписали пакет документов о военном сотрудничестве.", [("AM IN", None, True)]),
    ("Kenya and Rwanda plan to sign two agreements on peacekeeping training next year.", [("KE RW", None, False)]),
    # a sum of documents named one by one is not another one
    ("The talks ended with the signing of two agreements between Mongolia and Vietnam: a memorandum on military "
     "medicine and a protocol on cadet exchanges.", [("MN VN", None, True), ("MN VN", None, True)]),
    ("Georgia and Lithuania signed documents on military education and logistics.", [("GE LT", None, True)]),
    # documents a frame or an implementation refers to are no new entry
    ("Georgia and Lithuania will hold exercises under agreements on military education.", []),
    ("Министры Грузии и Литвы обсудили ход реализации соглашений о военном образовании.", []),
    # plans in general are no document
    ("The ministers of Mongolia and Vietnam spoke about their plans for the coming years.", []),
    ("The agreements on military cooperation between Mongolia and Vietnam remain in force.", []),
    ("Министры Монголии и Вьетнама рассказали о планах на ближайшие годы.", []),
]


@pytest.mark.parametrize("body, docs", PLURAL)
def test_documents_in_the_plural(body, docs):
    assert got(body) == want(*docs)


def test_a_question_names_no_document():
    assert got("Q: Is there a written agreement between Georgia and Lithuania?\n\nA: Not yet.") == []

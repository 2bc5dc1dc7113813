"""Round 18: who took part, where, which documents and whether signed — on shapes of text written for this test
(our own words, invented meetings and outlets, real officials' names), in English and Russian where the shape
exists, each with the cases where the rule must not fire. The articles are dated 14 May 2024 (a Tuesday) unless
a test gives another day.

- documents still being worked on ("is being finalised", "are still being negotiated") are not signed, even next
  to a document that was;
- "for this year", "на текущий год" cover the page's year, "for next year", "на следующий год" the one after;
- a Russian compound adjective outside the glossary is read part by part ("военно-финансовом" ->
  "military-financial");
- a letter or statement of intent only discussed is no document of the meeting;
- the place, the event day and the participants: see the sections below.
"""
from __future__ import annotations

import re

import pytest

from conftest import extract_text
from generator.extract.entities import analyse, extract_one
from generator.model import Article, PartialDate

CYRILLIC = re.compile(r"[А-Яа-яЁё]")


def run(body: str, lang: str, registry, date: PartialDate = PartialDate(2024, 5, 14)):
    a = Article("t", "t.txt", lang, "", True, date, None, None, body)
    return extract_one(a, analyse([a])[a.id], registry)


def docs(body: str, lang: str, registry, date: PartialDate = PartialDate(2024, 5, 14)):
    got = [(tuple(sorted(h.parties)), h.year, h.signed) for h in run(body, lang, registry, date).agreements]
    return sorted(got, key=str)


AZ_TR = ("Azerbaijani Defence Minister Zakir Hasanov met Turkish Defence Minister Yasar Guler in Baku on Monday. ")
AZ_TR_RU = ("Министр обороны Азербайджана Закир Гасанов провел в Баку переговоры с министром национальной обороны "
            "Турции Яшаром Гюлером. ")


# ------------------------------------------------------------------ signed or not: work still under way

@pytest.mark.parametrize("body,lang,want", [
    (AZ_TR + "An intergovernmental agreement on defence industry cooperation is being finalised and is expected to "
     "be signed by the end of the year, Hasanov said.", "en", [(("AZ", "TR"), None, False)]),
    (AZ_TR + "The ministers signed a plan of cooperation for 2024. A memorandum on cyber defence is currently being "
     "finalised, Guler said.", "en", [(("AZ", "TR"), None, False), (("AZ", "TR"), "2024", True)]),
    (AZ_TR + "They signed an agreement on military education. A protocol on joint patrols is still being "
     "negotiated.", "en", [(("AZ", "TR"), None, False), (("AZ", "TR"), None, True)]),
    (AZ_TR + "'We are preparing a memorandum on cyber defence and hope to sign it in the autumn,' Hasanov said.",
     "en", [(("AZ", "TR"), None, False)]),
    (AZ_TR_RU + "Стороны подписали план сотрудничества на 2024 год. Прорабатывается межправительственное соглашение "
     "о сотрудничестве в оборонной промышленности, которое планируется подписать до конца года.", "ru",
     [(("AZ", "TR"), None, False), (("AZ", "TR"), "2024", True)]),
])
def test_a_document_still_being_worked_on_is_not_signed(body, lang, want, registry):
    assert docs(body, lang, registry) == sorted(want, key=str)


@pytest.mark.parametrize("body,lang", [
    ("Azerbaijani Defence Minister Zakir Hasanov and Turkish Defence Minister Yasar Guler signed an agreement on "
     "defence industry cooperation in Baku on Monday. The agreement was finalised during the talks.", "en"),
    (AZ_TR + "The two ministers finalised and signed a memorandum on cyber defence.", "en"),
    ("Министр обороны Азербайджана Закир Гасанов и министр национальной обороны Турции Яшар Гюлер подписали в Баку "
     "соглашение о сотрудничестве в оборонной промышленности.", "ru"),
])
def test_a_document_signed_at_the_meeting_stays_signed(body, lang, registry):
    assert docs(body, lang, registry) == [(("AZ", "TR"), None, True)]


def test_the_name_of_a_topic_stops_at_a_verb_of_intent(registry):
    names = [a.name for a in run(AZ_TR + "'We are preparing a memorandum on cyber defence and hope to sign it soon,' "
                                 "Hasanov said.", "en", registry).agreements]
    assert names == ["Azerbaijan–Turkey memorandum on cyber defence"]


# ------------------------------------------------------------------ a year named relative to the page's

@pytest.mark.parametrize("body,lang,year", [
    ("Azerbaijani Defence Minister Zakir Hasanov and Turkish Defence Minister Yasar Guler signed the agreement on "
     "military financial cooperation for this year in Baku.", "en", "2024"),
    ("Azerbaijani Defence Minister Zakir Hasanov and Turkish Defence Minister Yasar Guler signed a plan of "
     "cooperation for the current year.", "en", "2024"),
    ("Azerbaijani Defence Minister Zakir Hasanov and Turkish Defence Minister Yasar Guler signed a plan of "
     "cooperation for next year.", "en", "2025"),
    ("Министр обороны Азербайджана Закир Гасанов и министр национальной обороны Турции Яшар Гюлер подписали план "
     "сотрудничества на текущий год.", "ru", "2024"),
    ("Министр обороны Азербайджана Закир Гасанов и министр национальной обороны Турции Яшар Гюлер подписали план "
     "двустороннего сотрудничества на следующий год.", "ru", "2025"),
])
def test_this_year_and_next_year_are_read_against_the_page(body, lang, year, registry):
    assert docs(body, lang, registry) == [(("AZ", "TR"), year, True)]


@pytest.mark.parametrize("body,lang,year", [
    # an explicit year stays; a year of something else is not the document's
    ("Azerbaijani Defence Minister Zakir Hasanov and Turkish Defence Minister Yasar Guler signed a plan of "
     "cooperation for 2023.", "en", "2023"),
    ("Azerbaijani Defence Minister Zakir Hasanov and Turkish Defence Minister Yasar Guler signed an agreement on "
     "military education and plan to hold joint drills next year.", "en", None),
    ("Министр обороны Азербайджана Закир Гасанов и министр национальной обороны Турции Яшар Гюлер подписали "
     "соглашение о военном образовании, а в следующем году проведут совместные учения.", "ru", None),
])
def test_relative_year_controls(body, lang, year, registry):
    assert docs(body, lang, registry) == [(("AZ", "TR"), year, True)]


def test_a_page_without_a_year_gives_no_year(registry):
    a = Article("t", "t.txt", "ru", "", True, None, None, None,
                "Министры обороны России и Узбекистана Андрей Белоусов и Шухрат Халмухамедов подписали план "
                "сотрудничества на текущий год.")
    got = extract_one(a, analyse([a])[a.id], registry).agreements
    assert [(h.year, h.signed) for h in got] == [(None, True)]


# ------------------------------------------------------------------ a Russian compound adjective read part by part

@pytest.mark.parametrize("adj,english", [("военно-финансовом", "military-financial"),
                                         ("военно-политическом", "military-political"),
                                         ("научно-техническом", "scientific-technical")])
def test_a_russian_compound_adjective_is_read_part_by_part(adj, english, registry):
    names = [a.name for a in run(f"Министры обороны Казахстана и Кыргызстана подписали в Астане соглашение о {adj} "
                                 f"сотрудничестве.", "ru", registry).agreements]
    assert len(names) == 1 and english in names[0] and not CYRILLIC.search(names[0]), names


def test_an_unknown_compound_half_stays_open(registry):
    """The control: a second half the glossary lacks is no English word; the topic stays as before."""
    names = [a.name for a in run("Министры обороны Казахстана и Кыргызстана подписали в Астане соглашение о "
                                 "военно-шефском сотрудничестве.", "ru", registry).agreements]
    assert len(names) == 1 and "military-" not in names[0]


# ------------------------------------------------------------------ a letter of intent only talked over

@pytest.mark.parametrize("body,lang", [
    (AZ_TR + "They discussed a letter of intent on joint procurement.", "en"),
    (AZ_TR + "The sides also reviewed a statement of intent on cyber defence.", "en"),
    (AZ_TR_RU + "Стороны обсудили письмо о намерениях по совместным закупкам.", "ru"),
])
def test_a_letter_of_intent_only_discussed_is_no_document(body, lang, registry):
    assert docs(body, lang, registry) == []


@pytest.mark.parametrize("body,lang,signed", [
    (AZ_TR + "They discussed regional security and signed a letter of intent on joint procurement.", "en", True),
    (AZ_TR + "They agreed to prepare a letter of intent on joint procurement.", "en", False),
    (AZ_TR + "They discussed a draft letter of intent on joint procurement.", "en", False),
    (AZ_TR_RU + "Стороны подписали письмо о намерениях по совместным закупкам.", "ru", True),
])
def test_a_letter_of_intent_signed_or_drafted_stays(body, lang, signed, registry):
    assert docs(body, lang, registry) == [(("AZ", "TR"), None, signed)]


# ------------------------------------------------------------------ where: 'here' under a dateline; a later stop

def _where(body: str, lang: str, registry) -> str | None:
    return run(body, lang, registry).where


@pytest.mark.parametrize("body,lang,city", [
    ("BEIJING, May 14 (Wire) -- Chinese Defense Minister Dong Jun held talks here on Tuesday with Pakistani Army "
     "Chief Asim Munir. Munir is also scheduled to visit a military academy in Nanjing on Thursday.", "en", "Beijing"),
    ("BEIJING, May 14 (Wire) -- Chinese Defense Minister Dong Jun held talks on Tuesday with Pakistani Army Chief "
     "Asim Munir. Munir is also scheduled to visit a military academy in Nanjing on Thursday.", "en", "Beijing"),
    ("ПЕКИН, 14 мая. Министр обороны Китая Дун Цзюнь провел здесь во вторник переговоры с командующим армией "
     "Пакистана Асимом Муниром. В четверг Мунир посетит военную академию в Нанкине.", "ru", "Beijing"),
    ("Estonian Defence Minister Hanno Pevkur met Finnish Defence Minister Antti Hakkanen in Helsinki on Monday. "
     "Pevkur will continue to Stockholm, where he will meet Swedish Defence Minister Pal Jonson on Friday.", "en",
     "Helsinki"),
    ("MANILA — Philippine Defense Secretary Gilberto Teodoro and Japanese Defense Minister Minoru Kihara on Tuesday "
     "signed a logistics agreement. The signing took place at Camp Aguinaldo in Quezon City.", "en", "Quezon City"),
    ("МАНИЛА, 14 мая. Министр обороны Филиппин Жилберто Теодоро и министр обороны Японии Минору Кихара во вторник "
     "подписали соглашение о логистике. Церемония подписания прошла в Кесон-Сити.", "ru", "Quezon City"),
])
def test_a_later_stop_is_not_the_place_and_here_is_the_dateline(body, lang, city, registry):
    assert _where(body, lang, registry) == city


@pytest.mark.parametrize("body,lang,city", [
    # the lead's own coming meeting keeps its city; the only city named for the visit is still its place
    ("Norwegian Defence Minister Bjorn Arild Gram arrived on Monday and will hold talks with Latvian Defence Minister "
     "Andris Spruds in Riga on Tuesday.", "en", "Riga"),
    ("Latvian Defence Minister Andris Spruds received Norwegian Defence Minister Bjorn Arild Gram on Monday. On "
     "Tuesday the guest is scheduled to visit the naval base in Liepaja.", "en", "Liepaja"),
    ("Министр обороны Латвии Андрис Спрудс принял в понедельник министра обороны Норвегии Бьорна Арилда Грама. Во "
     "вторник гость посетит военно-морскую базу в Лиепае.", "ru", "Liepaja"),
])
def test_a_coming_stop_is_the_last_resort(body, lang, city, registry):
    assert _where(body, lang, registry) == city


# ------------------------------------------------------------------ who took part

def _flags(body: str, lang: str, registry) -> dict[str, bool]:
    return {p.name: p.participant for p in run(body, lang, registry).people}


@pytest.mark.parametrize("body,lang,want", [
    # the host who received the delegation on this visit, named with 'earlier', took part; the one he sent regards to
    # did not
    ("Georgian Defence Minister Irakli Chikovani met Azerbaijani Defence Minister Zakir Hasanov in Baku on Monday. The "
     "delegation was earlier received by President Ilham Aliyev, who conveyed his regards to President Salome "
     "Zourabichvili.", "en", {"Ilham Aliyev": True, "Salome Zourabichvili": False, "Irakli Chikovani": True}),
    ("Министр обороны Грузии Ираклий Чиковани провел переговоры с министром обороны Азербайджана Закиром Гасановым в "
     "Баку. Ранее делегацию принял Президент Ильхам Алиев, который передал привет президенту Саломе Зурабишвили.", "ru",
     {"Ilham Aliyev": True, "Salome Zourabichvili": False}),
    # the visitor goes on to another stop: whom he meets there is only mentioned
    ("Estonian Defence Minister Hanno Pevkur met Finnish Defence Minister Antti Hakkanen in Helsinki on Monday. Pevkur "
     "will continue to Stockholm, where he will meet Swedish Defence Minister Pal Jonson on Friday.", "en",
     {"Hanno Pevkur": True, "Antti Hakkanen": True, "Pal Jonson": False}),
    ("Министр обороны Эстонии Ханно Певкур провел переговоры с министром обороны Финляндии Антти Хяккяненом в "
     "Хельсинки. Затем Певкур отправится в Стокгольм, где в пятницу встретится с министром обороны Швеции Полом "
     "Йонсоном.", "ru", {"Hanno Pevkur": True, "Antti Hakkanen": True, "Pal Jonson": False}),
    # an interview: the lead's 'last week' is the time of the talks it reports
    ("Georgian Defence Minister Irakli Chikovani returned last week from Ankara, where on May 6 he held talks with "
     "Turkey's Defence Minister Yasar Guler. The paper asked him about the results.\n\nQ: What did you agree?\n\nA: We "
     "agreed to expand training.", "en", {"Irakli Chikovani": True, "Yasar Guler": True}),
    ("Министр обороны Грузии Ираклий Чиковани на прошлой неделе вернулся из Анкары, где 6 мая провел переговоры с "
     "министром национальной обороны Турции Яшаром Гюлером. Газета спросила его об итогах.\n\n— Что удалось "
     "согласовать?\n\n— Мы договорились расширить подготовку.", "ru", {"Irakli Chikovani": True, "Yasar Guler": True}),
])
def test_who_took_part(body, lang, want, registry):
    got = _flags(body, lang, registry)
    assert {k: got.get(k) for k in want} == want, got


@pytest.mark.parametrize("body,lang,want", [
    # a meeting later on the same visit, in the same city, still counts; an earlier occasion in a later sentence does not
    ("Estonian Defence Minister Hanno Pevkur arrived in Helsinki on Monday and met Finnish Defence Minister Antti "
     "Hakkanen. Later on Tuesday he is scheduled to hold talks with Finnish President Alexander Stubb.", "en",
     {"Alexander Stubb": True}),
    ("Georgian Defence Minister Irakli Chikovani met Turkish Defence Minister Yasar Guler in Tbilisi on Monday. The two "
     "had last met last week in Ankara, where Guler received Chikovani with President Recep Tayyip Erdogan.", "en",
     {"Recep Tayyip Erdogan": False, "Yasar Guler": True}),
    ("Azerbaijani Defence Minister Zakir Hasanov received Jordanian Chief of Staff Yousef Huneiti in Baku on Monday. "
     "Huneiti conveyed the greetings of King Abdullah II to President Ilham Aliyev.", "en",
     {"Abdullah II": False, "Ilham Aliyev": False, "Yousef Huneiti": True}),
])
def test_who_took_part_controls(body, lang, want, registry):
    got = _flags(body, lang, registry)
    assert {k: got.get(k) for k in want} == want, got


# ------------------------------------------------------------------ the day and the place of a talk told in an interview

@pytest.mark.parametrize("body,lang", [
    ("Georgian Defence Minister Irakli Chikovani returned last week from Ankara, where on May 6 he held talks with "
     "Turkey's Defence Minister Yasar Guler. The paper asked him about the results.", "en"),
    ("Министр обороны Грузии Ираклий Чиковани на прошлой неделе вернулся из Анкары, где 6 мая провел переговоры с "
     "министром национальной обороны Турции Яшаром Гюлером. Газета спросила его об итогах.", "ru"),
])
def test_the_city_of_a_where_clause_of_the_talks(body, lang, registry):
    r = run(body, lang, registry)
    assert (str(r.event_date), r.where) == ("2024-05-06", "Ankara")


@pytest.mark.parametrize("body,lang,city", [
    ("Georgian Defence Minister Irakli Chikovani met Turkish Defence Minister Yasar Guler in Tbilisi on Monday. Guler "
     "then returned to Ankara, where he briefed the parliament.", "en", "Tbilisi"),
    ("Turkish Defence Minister Yasar Guler, who arrived from Ankara, met Georgian Defence Minister Irakli Chikovani in "
     "Tbilisi on Monday.", "en", "Tbilisi"),
])
def test_where_someone_came_from_or_went_is_not_the_place(body, lang, city, registry):
    assert _where(body, lang, registry) == city


def test_a_later_stops_weekday_does_not_date_the_meeting(registry):
    r = run("Министр обороны Эстонии Ханно Певкур провел переговоры с министром обороны Финляндии Антти Хяккяненом в "
            "Хельсинки. Затем Певкур отправится в Стокгольм, где в пятницу встретится с министром обороны Швеции Полом "
            "Йонсоном.", "ru", registry)
    assert str(r.event_date) == "2024-05-14"


def test_a_past_weekday_further_down_still_dates_the_meeting(registry):
    """The control: a sentence after the lead that dates the talks held ("прошли в понедельник") still dates them."""
    r = run("Министр обороны Эстонии Ханно Певкур посетил Хельсинки. Переговоры с министром обороны Финляндии Антти "
            "Хяккяненом прошли в понедельник.", "ru", registry)
    assert str(r.event_date) == "2024-05-13"


# ------------------------------------------------------------------ the day before: in the lead, and opening a later sentence

@pytest.mark.parametrize("body,lang,day", [
    ("Uzbek Defence Minister Shukhrat Kholmukhamedov held talks with Turkish Defence Minister Yasar Guler in Tashkent "
     "the previous day, the ministry said.", "en", "2024-05-13"),
    ("Uzbek Defence Minister Shukhrat Kholmukhamedov held talks with Turkish Defence Minister Yasar Guler in Tashkent. "
     "The meeting took place a day earlier, the ministry said.", "en", "2024-05-13"),
    ("Министр обороны Узбекистана Шухрат Холмухамедов днем ранее провел в Ташкенте переговоры с министром "
     "национальной обороны Турции Яшаром Гюлером.", "ru", "2024-05-13"),
    # opening a sentence after the lead, the day before the meeting: not the meeting's day
    ("Uzbek Defence Minister Shukhrat Kholmukhamedov held talks with Turkish Defence Minister Yasar Guler in Tashkent. "
     "The day before, the Turkish minister was received by President Shavkat Mirziyoyev.", "en", "2024-05-14"),
    ("Министр обороны Узбекистана Шухрат Холмухамедов провел в Ташкенте переговоры с министром национальной обороны "
     "Турции Яшаром Гюлером. Днем ранее турецкий министр был принят президентом Шавкатом Мирзиёевым.", "ru",
     "2024-05-14"),
    # the day before a named thing is its eve, no day
    ("Uzbek Defence Minister Shukhrat Kholmukhamedov held talks with Turkish Defence Minister Yasar Guler in Tashkent "
     "the day before the parade.", "en", "2024-05-14"),
])
def test_the_day_before(body, lang, day, registry):
    assert str(run(body, lang, registry).event_date) == day


# ------------------------------------------------------------------ an interview's own day is not the talks'

@pytest.mark.parametrize("body,lang", [
    ("Georgian Defence Minister Irakli Chikovani gave an interview to our paper on Friday. He returned last week from "
     "Ankara, where on May 6 he held talks with Turkey's Defence Minister Yasar Guler.\n\nQ: What did you agree?\n\nA: "
     "We agreed to expand training.", "en"),
    ("Министр обороны Грузии Ираклий Чиковани в пятницу дал интервью нашей газете. На прошлой неделе он вернулся из "
     "Анкары, где 6 мая провел переговоры с министром национальной обороны Турции Яшаром Гюлером.\n\n— Что удалось "
     "согласовать?\n\n— Мы договорились расширить подготовку.", "ru"),
])
def test_an_interviews_day_is_not_the_talks_day(body, lang, registry):
    r = run(body, lang, registry)
    flags = {p.name: p.participant for p in r.people}
    assert (str(r.event_date), r.where, flags.get("Irakli Chikovani"), flags.get("Yasar Guler")) == \
        ("2024-05-06", "Ankara", True, True)


def test_a_meeting_told_with_its_day_in_an_interview_sentence_still_dates(registry):
    """The control: a sentence that tells the meeting itself ('met … on Monday') dates it, interview or not."""
    r = run("In an interview, Georgian Defence Minister Irakli Chikovani said he met Turkish Defence Minister Yasar "
            "Guler in Ankara on Monday.", "en", registry)
    assert str(r.event_date) == "2024-05-13"


def test_this_years_possessive_is_no_year_covered(registry):
    """The control: 'on this year's anniversary' is when, not the year a document covers."""
    assert docs("Azerbaijani Defence Minister Zakir Hasanov and Turkish Defence Minister Yasar Guler signed an agreement "
                "on military education on this year's anniversary of the treaty.", "en", registry)[0][1] is None


# ------------------------------------------------------------------ objects of a document (eventsfix)

@pytest.mark.parametrize("body,want", [
    ("Spain and Turkey signed an agreement on the joint production of A400M aircraft in Madrid.",
     "on the joint production of A400M aircraft"),
    ("Greece and France signed a contract for the modernisation of Mirage-2000 jets in Athens.",
     "of Mirage-2000 jets"),
    ("Egypt and Germany signed an agreement on the repair of T-72 tanks and agreed to meet again.",
     "on the repair of T-72 tanks"),
])
def test_an_english_object_with_a_designation_is_kept(body, want, registry):
    names = [a.name for a in run(body, "en", registry).agreements]
    assert len(names) == 1 and want in names[0], names


def test_a_designation_with_no_noun_after_it_is_not_a_topic(registry):
    names = [a.name for a in run("Spain and Turkey signed an agreement on cooperation, which Madrid calls the "
                                 "A400M deal.", "en", registry).agreements]
    assert len(names) == 1 and "A400M" not in names[0], names


@pytest.mark.parametrize("doc,want", [
    ("соглашение о ремонте вертолетов", "on repair of helicopters"),
    ("соглашение о поставке вооружения", "on supply of arms"),
    ("соглашение о взаимной защите секретной информации", "on mutual protection of classified information"),
    ("соглашение о лицензионном производстве гаубиц K9", "on licensed production of K9 howitzers"),
])
def test_a_russian_genitive_object_takes_of(doc, want, registry):
    names = [a.name for a in run(f"Министры обороны Испании и Турции подписали в Мадриде {doc}.", "ru",
                                 registry).agreements]
    assert len(names) == 1 and want in names[0] and not CYRILLIC.search(names[0]), names


@pytest.mark.parametrize("doc,want", [
    ("соглашение о сотрудничестве в области военного образования", "on cooperation in military education"),
    ("соглашение об обмене информацией", "on exchange information"),
    ("план двустороннего сотрудничества", "bilateral cooperation plan"),
])
def test_no_of_without_a_genitive_after_a_noun(doc, want, registry):
    names = [a.name for a in run(f"Министры обороны Испании и Турции подписали в Мадриде {doc}.", "ru",
                                 registry).agreements]
    assert len(names) == 1 and want in names[0] and " of " not in names[0], names


# ------------------------------------------------------------------ an announced visit and a recalled meeting (eventsfix)

_VISIT_AHEAD = {
    "en": "Spanish Defence Minister Margarita Robles will visit Turkey next month, her ministry announced.\n\n"
          "She is expected to hold talks in Ankara with Turkish Defence Minister Yasar Guler.\n\n",
    "ru": "Министр обороны Испании Маргарита Роблес в следующем месяце посетит Турцию, сообщили в министерстве.\n"
          "Ожидается, что в Анкаре она проведет переговоры с министром национальной обороны Турции Яшаром Гюлером.\n",
}


@pytest.mark.parametrize("lang,recalled", [
    ("en", "The two ministers previously met in Madrid in 2022.\n\n"),
    ("en", "Earlier the ministers had met in Madrid.\n\n"),
    ("ru", "Ранее министры уже встречались в Мадриде.\n"),
    ("ru", "В прошлом году министры провели переговоры в Мадриде.\n"),
])
def test_a_recalled_meeting_leaves_an_announced_visit_undated(lang, recalled, registry):
    assert run(_VISIT_AHEAD[lang] + recalled, lang, registry).event_date is None


@pytest.mark.parametrize("lang,held", [
    ("en", "On Monday the ministers met in Ankara.\n\n"),
    ("ru", "В понедельник министры провели переговоры в Анкаре.\n"),
])
def test_a_meeting_said_to_be_held_still_dates_the_report(lang, held, registry):
    # not a recalled occasion: the lead then reports a meeting held, on its own day
    assert str(run(_VISIT_AHEAD[lang] + held, lang, registry).event_date) == "2024-05-13"

"""Round 20 (fixev): round 20's document and participant rules on the shapes whole pages give them — our own words,
invented meetings, real officials' names, in English and Russian where the shape exists, with cases where the rule must
not fire. The articles are dated 14 May 2024.

- a second predicate after a signed document whose object is another, older document ("signed a Joint Vision Statement
  … and welcomed progress under the Memorandum … signed in 2010"): the old year is that document's, not the signing's;
- the host who received the visitor and sent greetings through him ("received by the Amir, …, who sent his greetings
  to President X") took part; the one greeted did not;
- a dinner or a reception a leader will give for the delegation ("is expected to host a dinner … tonight", «вечером
  президент X даст ужин») is no meeting reported: mentioned;
- another pair's document as the subject of what someone at the meeting says ("According to X, the agreement which
  Finland has signed with the United States in 2023 is not affected") is listed with its own sides;
- a hyphenated noun of the topic names a document ("And the disaster-response agreement?").
"""
from __future__ import annotations

import pytest

from generator.extract.entities import analyse, extract_one
from generator.model import Article, PartialDate

PUB = PartialDate(2024, 5, 14)


def run(body: str, lang: str, registry):
    a = Article("t", "t.txt", lang, "", True, PUB, None, None, body)
    return extract_one(a, analyse([a])[a.id], registry)


def docs(body: str, lang: str, registry):
    return sorted(((tuple(sorted(h.parties)), h.year, h.signed) for h in run(body, lang, registry).agreements), key=str)


def took_part(body: str, lang: str, registry):
    return {p.name: p.participant for p in run(body, lang, registry).people}


# ------------------------------------------------------------------ an older document after a second predicate

AU_JP = "Australian Defence Minister Richard Marles met Japanese Defence Minister Minoru Kihara in Tokyo on Monday. "
AU_JP_RU = "Министр обороны Австралии Ричард Марлз встретился в Токио с министром обороны Японии Минору Кихарой. "
PAIR = ("AU", "JP")


@pytest.mark.parametrize("body, lang", [
    (AU_JP + "The Ministers signed a Joint Vision Statement on Defence Cooperation to 2030 and welcomed progress under "
     "the Memorandum of Understanding on Defence Cooperation signed in 2010.", "en"),
    # the same sentence hard-wrapped as a PDF release gives it
    (AU_JP + "The Ministers signed a Joint Vision Statement on Defence Cooperation to 2030 and welcomed progress\n"
     "under the Memorandum of Understanding on Defence Cooperation signed in 2010.", "en"),
    (AU_JP + "The two ministers signed a memorandum on logistics support and praised the agreement on training "
     "concluded in 2019.", "en"),
    (AU_JP_RU + "Министры подписали меморандум о тыловом обеспечении и отметили ход работы по соглашению о подготовке "
     "кадров, подписанному в 2019 году.", "ru"),
])
def test_a_signing_keeps_its_day_over_an_older_documents_year(body, lang, registry):
    got = docs(body, lang, registry)
    assert (PAIR, None, True) in got and (PAIR, None, False) in got and len(got) == 2


@pytest.mark.parametrize("body, lang", [
    # must not fire: the year is the signing's own ("signed … in 2010 and welcomed …": nothing after it is a document)
    (AU_JP + "In 2010 the two ministers signed a memorandum on defence cooperation and welcomed the progress.", "en"),
    (AU_JP + "The ministers recalled that they had signed a memorandum on logistics support in 2019 and praised "
     "the progress made.", "en"),
])
def test_a_signing_dated_before_stays_earlier(body, lang, registry):
    assert [s for _, _, s in docs(body, lang, registry)] == [False]


# ------------------------------------------------------------------ the host who sends greetings

IT_QA = ("Italian Defence Minister Guido Crosetto met Qatari Minister of State for Defence Affairs Khalid bin Mohammed "
         "Al Attiyah in Doha on Monday. ")


def test_the_host_who_sends_greetings_through_the_visitor_took_part(registry):
    got = took_part(IT_QA + "Crosetto was later received by the Amir, Sheikh Tamim bin Hamad Al Thani, who sent his "
                    "greetings to President Sergio Mattarella.", "en", registry)
    assert got["Tamim bin Hamad Al Thani"] is True and got["Sergio Mattarella"] is False


@pytest.mark.parametrize("tail", [
    # must not fire: no receiving in the sentence, the greetings come from afar
    "Sheikh Tamim bin Hamad Al Thani sent his greetings to President Sergio Mattarella.",
    "The Amir, Sheikh Tamim bin Hamad Al Thani, sent a message to the Italian people.",
])
def test_greetings_sent_without_a_reception_are_a_mention(tail, registry):
    assert took_part(IT_QA + tail, "en", registry)["Tamim bin Hamad Al Thani"] is False


UA_FR = "Ukrainian Defence Minister Rustem Umerov met French Defence Minister Sebastien Lecornu in Paris on Monday"
UA_FR_RU = "Министр обороны Украины Рустем Умеров встретился в Париже с министром обороны Франции Себастьеном Лекорню"


@pytest.mark.parametrize("body, lang", [
    (UA_FR + ". Umerov thanked President Emmanuel Macron for France's support.", "en"),
    (UA_FR + " and thanked President Emmanuel Macron for France's support.", "en"),
    (UA_FR + " and thanked the French president Emmanuel Macron for the air defence systems.", "en"),
    (UA_FR_RU + " и поблагодарил президента Франции Эмманюэля Макрона за поддержку.", "ru"),
])
def test_the_one_thanked_for_support_is_mentioned(body, lang, registry):
    got = took_part(body, lang, registry)
    assert [v for k, v in got.items() if "Macron" in k or "Макрон" in k] == [False]


@pytest.mark.parametrize("body, lang", [
    # must not fire: thanked for the welcome after receiving the visitor; met, then thanked
    (UA_FR + ". Later, Umerov was received by President Emmanuel Macron and thanked President Emmanuel Macron for the "
     "warm welcome.", "en"),
    (UA_FR + ". Umerov also met President Emmanuel Macron and thanked him for France's support.", "en"),
])
def test_the_one_thanked_who_received_the_visitor_took_part(body, lang, registry):
    assert took_part(body, lang, registry)["Emmanuel Macron"] is True


# ------------------------------------------------------------------ a dinner still to come

IN_GH = "Indian Defence Minister Rajnath Singh arrived in Accra on Monday and met Ghanaian Defence Minister Omane Boamah. "
IN_GH_RU = "Министр обороны Индии Раджнат Сингх прибыл в Аккру и встретился с министром обороны Ганы Омане Боамой. "


@pytest.mark.parametrize("body, lang, name", [
    (IN_GH + "President John Dramani Mahama is expected to host a dinner for the delegation tonight.", "en",
     "John Dramani Mahama"),
    (IN_GH + "President John Dramani Mahama will give a state banquet for the visitors on Tuesday.", "en",
     "John Dramani Mahama"),
])
def test_a_dinner_a_leader_will_give_is_no_meeting(body, lang, name, registry):
    assert took_part(body, lang, registry)[name] is False


def test_a_dinner_still_to_come_in_russian(registry):
    got = took_part(IN_GH_RU + "Вечером президент Ганы Джон Драмани Махама даст ужин в честь делегации.", "ru", registry)
    assert [v for k, v in got.items() if "Драмани" in k or "Dramani" in k] == [False]


@pytest.mark.parametrize("tail", [
    # must not fire: a meeting still to come on the visit, a dinner given
    "President John Dramani Mahama will receive the Indian minister on Tuesday.",
    "President John Dramani Mahama hosted a dinner for the delegation.",
])
def test_a_reception_of_the_visitor_or_a_dinner_given_stays(tail, registry):
    assert took_part(IN_GH + tail, "en", registry)["John Dramani Mahama"] is True


# ------------------------------------------------------------------ another pair's document spoken of

FI_SE = "Finnish Defence Minister Antti Hakkanen met Swedish Defence Minister Pal Jonson in Helsinki on Monday. "


@pytest.mark.parametrize("tail", [
    "According to Hakkanen, the defence cooperation agreement (DCA) which Finland has signed with the United States in "
    "2023 is not affected.",
    "Hakkanen said that the defence cooperation agreement Finland signed with the United States in 2023 remains in force.",
])
def test_another_pairs_document_spoken_of_is_listed(tail, registry):
    assert docs(FI_SE + tail, "en", registry) == [(("FI", "US"), None, False)]


FI_SE_RU = "Министр обороны Финляндии Антти Хяккянен встретился в Хельсинки с министром обороны Швеции Полом Юнсоном. "


def test_another_pairs_document_spoken_of_in_russian(registry):
    body = FI_SE_RU + ("По словам Хяккянена, соглашение об оборонном сотрудничестве, подписанное Финляндией с США в "
                       "2023 году, не затрагивается.")
    assert docs(body, "ru", registry) == [(("FI", "US"), None, False)]


def test_another_pairs_document_in_passing_in_russian(registry):
    body = FI_SE_RU + "Министр отметил, что Финляндия подписала похожее соглашение с США в прошлом году."
    assert docs(body, "ru", registry) == []


@pytest.mark.parametrize("tail", [
    # must not fire: the state is the subject, the document its object in passing
    "According to Hakkanen, Finland signed a similar agreement with the United States last year.",
    "The minister noted that Finland had signed a similar agreement with the United States last year.",
])
def test_another_pairs_document_in_passing_stays_out(tail, registry):
    assert docs(FI_SE + tail, "en", registry) == []


# ------------------------------------------------------------------ a hyphenated subject

PH_JP = "Philippine Defense Secretary Gilberto Teodoro met Japanese Defense Minister Gen Nakatani in Manila on Monday.\n"


@pytest.mark.parametrize("qa, want", [
    ("Q: And the disaster-response agreement?\nA: It is being negotiated.", [(("JP", "PH"), None, False)]),
    ("Q: What about the counter-terrorism agreement?\nA: It is still being drafted.", [(("JP", "PH"), None, False)]),
    # must not fire: a measure of time or scale is no topic, a bare question names nothing
    ("Q: Is there a long-term agreement?\nA: Not yet.", []),
    ("Q: Is a high-level agreement possible?\nA: Not yet.", []),
])
def test_a_hyphenated_subject_names_a_document(qa, want, registry):
    assert docs(PH_JP + qa, "en", registry) == want

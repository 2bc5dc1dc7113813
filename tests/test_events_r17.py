"""Round 17: who took part, which day, which documents, which states — on shapes of text written for this test
(our own words, invented meetings and outlets), in English and Russian where the shape exists, each with the
cases where the rule must not fire:

- a head of state named in background is only mentioned: a meeting dated to another time ("last summer",
  "earlier this year", «прошлым летом», a since-clause), an order ("troops ordered by President X"), a phone
  call before the meeting, an earlier visit recalled; the host who receives the visitor on this visit stays a
  participant; the speaker of a statement whose "his meeting with Y" is the meeting reported takes part;
- the event date of a visit of several days is the day the text gives its talks or signing, not the span's first
  day ("On November 25-26 ... On November 26 he met", "on Monday and Tuesday ... On Tuesday they signed");
  with the talks undated, the span's first day as before;
- documents: see the agreement tests below.
"""
from __future__ import annotations

import re

import pytest

from test_events_r14 import _participants
from test_pages_r9 import _event_date, page

H, HR = "Armenian premier visits Tehran", "Премьер Армении посетил Тегеран"
DP, DPR = "12 March 2024", "12 марта 2024"
L = ("Armenian Prime Minister Nikol Pashinyan held talks with Iranian Defence Minister Mohammad Reza Ashtiani in "
     "Tehran on Tuesday.")
LR = ("Премьер-министр Армении Никол Пашинян во вторник провел в Тегеране переговоры с министром обороны Ирана "
      "Мохаммадом Резой Аштиани.")


def _flag(tmp_path, lang, second, name):
    text = page(H, DP, f"{L} {second}") if lang == "en" else page(HR, DPR, f"{LR} {second}")
    got = _participants(tmp_path, text)
    hit = [k for k in got if name.lower() in k.lower()]
    assert hit, got
    return got[hit[0]]


# --------------------------------------------------------------------------- participants: background heads of state

@pytest.mark.parametrize("lang, second, name, expected", [
    # a meeting dated to another time
    ("en", "Tehran and Yerevan have stepped up contacts since Iranian President Masoud Pezeshkian received the "
           "Armenian prime minister last summer.", "Pezeshkian", False),
    ("en", "Contacts have grown since Iranian President Masoud Pezeshkian hosted him in Tabriz.", "Pezeshkian", False),
    ("en", "Earlier this year, Iranian President Masoud Pezeshkian received the Armenian prime minister.", "Pezeshkian", False),
    ("en", "Last summer, Iranian President Masoud Pezeshkian welcomed the Armenian prime minister.", "Pezeshkian", False),
    ("ru", "Прошлым летом президент Ирана Масуд Пезешкиан принял армянского премьера в Тегеране.", "Pezeshkian", False),
    ("ru", "Ранее в этом году армянского премьера принял президент Ирана Масуд Пезешкиан.", "Pezeshkian", False),
    ("ru", "Контакты активизировались с тех пор, как президент Ирана Масуд Пезешкиан принял армянского премьера.",
     "Pezeshkian", False),
    # an order; a phone call before the meeting; an earlier visit recalled
    ("en", "The two discussed the deployment of 10,000 troops to the border ordered by President Ilham Aliyev.",
     "Aliyev", False),
    ("en", "The meeting came days after Ashtiani spoke by phone with Russian President Vladimir Putin.", "Putin", False),
    ("en", "Days after Ashtiani spoke with Russian President Vladimir Putin, the ministers met again.", "Putin", False),
    ("en", "Ashtiani recalled the recent visit of President Emmanuel Macron to Yerevan.", "Macron", False),
    ("ru", "Встреча состоялась через несколько дней после того, как Аштиани провел телефонный разговор с президентом "
           "России Владимиром Путиным.", "Putin", False),
    ("ru", "Аштиани напомнил о недавнем визите президента Франции Эммануэля Макрона в Ереван.", "Macron", False),
    # must not fire: a host of this visit, received on its own day or still to come; a since-clause of no name
    ("en", "Later on Tuesday, Iranian President Masoud Pezeshkian received the Armenian prime minister.", "Pezeshkian", True),
    ("en", "Iranian President Masoud Pezeshkian will receive the Armenian prime minister on Wednesday.", "Pezeshkian", True),
    ("en", "Iranian President Masoud Pezeshkian, who has held office since July, received the guest at his residence.",
     "Pezeshkian", True),
    ("en", "Iranian President Masoud Pezeshkian, in office since Ebrahim Raisi died, received the guest on Tuesday.",
     "Pezeshkian", True),
    ("ru", "Во вторник армянского премьера также принял президент Ирана Масуд Пезешкиан.", "Pezeshkian", True),
    ("ru", "В среду гостя примет президент Ирана Масуд Пезешкиан.", "Pezeshkian", True),
])
def test_background_heads_of_state(tmp_path, lang, second, name, expected):
    assert _flag(tmp_path, lang, second, name) is expected


@pytest.mark.parametrize("text, name", [
    (page("Malaysia, Indonesia to hold joint patrols", "14 March 2024",
          "Malaysia and Indonesia have agreed to step up joint patrols in the Strait of Malacca, said Defence Minister "
          "Mohamed Khaled Nordin. He said this was decided during his meeting with Indonesian Defence Minister Prabowo "
          "Subianto in Jakarta on Wednesday."), "Nordin"),
    (page("Малайзия и Индонезия усилят патрулирование", "14 марта 2024",
          "Малайзия и Индонезия договорились усилить совместное патрулирование в Малаккском проливе, сообщил министр "
          "обороны Малайзии Мохамед Халед Нордин. По его словам, это решение было принято на встрече с министром "
          "обороны Индонезии Прабово Субианто в Джакарте в среду."), "Nordin"),
])
def test_the_speaker_of_his_own_meeting(tmp_path, text, name):
    got = _participants(tmp_path, text)
    hit = [k for k in got if name.lower() in k.lower()]
    assert hit and got[hit[0]], got
    assert all(got.values()), got


# --------------------------------------------------------------------------- event date: the talks' day in a visit

@pytest.mark.parametrize("parts, expected", [
    (("Polish minister visits Lithuania", "28 November 2024",
      "On November 25-26, the Minister of National Defence Wladyslaw Kosiniak-Kamysz was in Lithuania on an official "
      "visit. On November 26, in Vilnius, he met with Lithuanian Defence Minister Laurynas Kasciunas."), "2024-11-26"),
    (("Estonian minister visits Latvia", "Thursday, 28 November 2024",
      "Estonian Defence Minister Hanno Pevkur visited Latvia on Monday and Tuesday. On Monday he toured the Adazi base. "
      "On Tuesday the heads of both ministries signed an agreement on joint procurement of ammunition."), "2024-11-26"),
    (("Estonian minister visits Latvia", "Thursday, 28 November 2024",
      "Estonian Defence Minister Hanno Pevkur visited Latvia from Monday to Wednesday. On Tuesday he held talks with "
      "his Latvian counterpart Andris Spruds."), "2024-11-26"),
    (("Министр обороны Армении посетил Москву", "6 декабря 2024",
      "С 3 по 5 декабря министр обороны Армении Сурен Папикян находился с рабочим визитом в России. Основные "
      "переговоры с министром обороны России Андреем Белоусовым прошли 4 декабря в Москве."), "2024-12-04"),
    (("Министр обороны Эстонии посетил Латвию", "28 ноября 2024",
      "Министр обороны Эстонии Ханно Певкур в понедельник и вторник находился с визитом в Латвии. Во вторник главы "
      "оборонных ведомств подписали соглашение о совместных закупках боеприпасов."), "2024-11-26"),
    (("Министр обороны Эстонии посетил Латвию", "28 ноября 2024",
      "Министр обороны Эстонии Ханно Певкур с понедельника по среду находился с визитом в Латвии. Во вторник он провел "
      "переговоры с латвийским коллегой Андрисом Спрудсом."), "2024-11-26"),
    # must not fire: the talks undated (the span's first day), the talks on the first day
    (("Estonian minister visits Latvia", "Thursday, 28 November 2024",
      "Estonian Defence Minister Hanno Pevkur visited Latvia on Tuesday and Wednesday for talks with his Latvian "
      "counterpart Andris Spruds on air defence."), "2024-11-26"),
    (("Estonian minister visits Latvia", "Thursday, 28 November 2024",
      "Estonian Defence Minister Hanno Pevkur visited Latvia on Monday and Tuesday. On Monday he held talks with his "
      "Latvian counterpart Andris Spruds."), "2024-11-25"),
    (("Министр обороны Эстонии посетил Латвию", "28 ноября 2024",
      "Министр обороны Эстонии Ханно Певкур в понедельник и вторник находился с визитом в Латвии, где провел переговоры "
      "с латвийским коллегой Андрисом Спрудсом."), "2024-11-25"),
    (("Polish minister visits Lithuania", "28 November 2024",
      "On November 25-26, the Minister of National Defence Wladyslaw Kosiniak-Kamysz was in Lithuania on an official "
      "visit. In Vilnius, he met with Lithuanian Defence Minister Laurynas Kasciunas."), "2024-11-25"),
])
def test_the_talks_day_within_a_visit(tmp_path, parts, expected):
    assert _event_date(tmp_path, page(*parts)) == expected


# --------------------------------------------------------------------------- the headline's states; an exercise's partner

def _explain(tmp_path, text: str) -> str:
    from test_events_r13 import _explained

    return _explained(tmp_path, text)


def _countries(out: str) -> set[str]:
    return set(re.findall(r"^\s*country\s+([A-Z]{2})\b", out, re.M))


def _agreements(out: str) -> list[tuple[str, str]]:
    """(parties as 'A–B' names, status) of every agreement line, in order."""
    return [(m.group(1), m.group(2)) for m in re.finditer(r"^\s*agreement\s+(.+?) \((\w+)\):", out, re.M)]


SA_BODY = ("The Minister of Defence and Military Veterans, Angie Motshekga, and Brazilian Defence Minister Jose Mucio "
           "signed a memorandum of understanding on defence industry cooperation on Tuesday, the Department of Defence "
           "said in Pretoria. The two governments also discussed the IBSAMAR naval exercise with India, the Chief of the "
           "SANDF, General Rudzani Maphwanya, said.")


def test_the_headlines_states_are_the_articles(tmp_path):
    out = _explain(tmp_path, page("SOUTHERN CROSS DEFENCE REVIEW", "South Africa and Brazil sign defence industry memorandum",
                                  "12 March 2024", SA_BODY, "© 2024 Southern Cross Defence Review"))
    assert _countries(out) == {"ZA", "BR", "IN"}, out
    ags = _agreements(out)
    assert ags and all(p == "Brazil–South Africa memorandum of understanding on defence industry cooperation" for p, _ in ags[:1]), ags


def test_the_headlines_states_ru(tmp_path):
    body = ("Министр обороны Антонио Мукиу и его коллега Анжи Мочекга во вторник подписали в Претории меморандум о "
            "сотрудничестве в области оборонной промышленности. Стороны также обсудили военно-морские учения с Индией.")
    out = _explain(tmp_path, page("ЮАР и Бразилия подписали меморандум об оборонной промышленности", "12 марта 2024", body))
    assert {"ZA", "BR"} <= _countries(out), out
    ags = _agreements(out)
    assert ags and ags[0][0].startswith("Brazil–South Africa"), ags


@pytest.mark.parametrize("headline, expected", [
    # must not fire: a headline of one state adds it, a city in the headline adds no state, a generated title nothing
    ("Brazilian minister signs memorandum in Pretoria", {"BR", "IN"}),
])
def test_the_headline_adds_no_city(tmp_path, headline, expected):
    out = _explain(tmp_path, page(headline, "12 March 2024", SA_BODY))
    assert _countries(out) == expected, out


@pytest.mark.parametrize("lang, second, parties", [
    ("en", "The ministers signed a memorandum on naval cooperation and discussed the joint naval exercise with India.",
     "Hungary–Serbia"),
    ("ru", "Министры подписали меморандум о военно-морском сотрудничестве и обсудили совместные учения с Индией.",
     "Hungary–Serbia"),
    # must not fire: the exercise is the document's own subject, its partner a side
    ("en", "The ministers signed a plan of joint exercises with India for 2025.", "Hungary–India"),
])
def test_an_exercises_partner_is_no_side(tmp_path, lang, second, parties):
    lead = {"en": ("Serbia and Hungary deepen defence cooperation", "12 March 2024",
                   "Serbian Defence Minister Milos Vucevic held talks with Hungarian Defence Minister Kristof "
                   "Szalay-Bobrovniczky in Budapest on Tuesday."),
            "ru": ("Сербия и Венгрия углубляют военное сотрудничество", "12 марта 2024",
                   "Министр обороны Сербии Милош Вучевич во вторник провел в Будапеште переговоры с министром обороны "
                   "Венгрии Криштофом Салаи-Бобровницки.")}[lang]
    ags = _agreements(_explain(tmp_path, page(lead[0], lead[1], f"{lead[2]} {second}")))
    assert ags and ags[0][0].startswith(parties), ags


# --------------------------------------------------------------------------- a drafted plan with its period

HS = {"en": ("Serbia and Hungary deepen defence cooperation", "12 March 2024",
             "Serbian Defence Minister Milos Vucevic held talks with Hungarian Defence Minister Kristof "
             "Szalay-Bobrovniczky in Budapest on Tuesday."),
      "ru": ("Сербия и Венгрия углубляют военное сотрудничество", "12 марта 2024",
             "Министр обороны Сербии Милош Вучевич во вторник провел в Будапеште переговоры с министром обороны "
             "Венгрии Криштофом Салаи-Бобровницки.")}


def _docs(tmp_path, lang, second) -> list[tuple[str, str]]:
    lead = HS[lang]
    return _agreements(_explain(tmp_path, page(lead[0], lead[1], f"{lead[2]} {second}")))


@pytest.mark.parametrize("lang, second, expected", [
    ("en", "The ministers signed a memorandum on military medical cooperation. The two sides also agreed on a draft "
           "implementation plan for 2025-2027, which will be signed at the next meeting.",
     [("memorandum", "signed"), ("plan for 2025-2027", "drafted")]),
    ("en", "The ministers signed a roadmap for defence cooperation. The two sides agreed on a draft implementation plan "
           "for the roadmap for 2025-2027, which will be signed at the next meeting.",
     [("roadmap for defence cooperation", "signed"), ("plan for 2025-2027", "drafted")]),
    ("en", "The two sides also agreed on the draft 2025-2027 implementation plan.", [("plan for 2025-2027", "drafted")]),
    ("ru", "Министры подписали меморандум о сотрудничестве в области военной медицины. Стороны также согласовали проект "
           "плана реализации на 2025-2027 годы, который будет подписан на следующей встрече.",
     [("memorandum", "signed"), ("plan for 2025-2027", "drafted")]),
    ("ru", "Стороны согласовали проект плана реализации дорожной карты на 2025-2027 годы.",
     [("plan for 2025-2027", "drafted"), ("roadmap", "mentioned")]),
    # must not fire: a plan for one year signed; a plan with a purpose and its year
    ("en", "The ministers signed the bilateral military cooperation plan for 2025.", [("plan for 2025", "signed")]),
    ("ru", "Министры подписали план двустороннего военного сотрудничества на 2025 год.", [("plan for 2025", "signed")]),
    ("en", "The ministers signed a joint plan for disaster relief exercises for 2025.", [("plan for 2025", "signed")]),
])
def test_a_drafted_plan_with_its_period(tmp_path, lang, second, expected):
    got = _docs(tmp_path, lang, second)
    assert len(got) == len(expected), got
    for (name, status), (want, want_status) in zip(got, expected):
        assert want in name and status == want_status, got


# --------------------------------------------------------------------------- the speaker whose "his meeting" is the meeting

MY = ("Malaysia, Indonesia to hold joint patrols", "15 March 2024")
MYR = ("Малайзия и Индонезия усилят патрулирование", "15 марта 2024")


@pytest.mark.parametrize("parts, who, day", [
    ((*MY, "Malaysia and Indonesia have agreed to step up joint patrols in the Strait of Malacca, Defence Minister "
           "Mohamed Khaled Nordin said on Friday. He said this was decided during his meeting with Indonesian Defence "
           "Minister Prabowo Subianto in Jakarta on Wednesday."), {"Nordin": True, "Subianto": True}, "2024-03-13"),
    ((*MYR, "Малайзия и Индонезия договорились усилить совместное патрулирование в Малаккском проливе, заявил в пятницу "
            "министр обороны Малайзии Мохамед Халед Нордин. Он сообщил, что это решение было принято на встрече с "
            "министром обороны Индонезии Прабово Субианто в Джакарте в среду."), {"Nordin": True, "Subianto": True},
     "2024-03-13"),
    # must not fire: the meeting he recalls is of another year (his speaking is the news)
    ((*MY, "Malaysia and Indonesia have agreed to step up joint patrols in the Strait of Malacca, Defence Minister "
           "Mohamed Khaled Nordin told Parliament on Friday. He said the idea was first raised during his meeting with "
           "Indonesian Defence Minister Prabowo Subianto in Jakarta in 2022."), {"Subianto": False}, "2024-03-15"),
])
def test_his_meeting_with(tmp_path, parts, who, day):
    text = page(*parts)
    got = _participants(tmp_path, text)
    for name, flag in who.items():
        hit = [k for k in got if name.lower() in k.lower()]
        assert hit and got[hit[0]] is flag, got
    assert _event_date(tmp_path, text) == day

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

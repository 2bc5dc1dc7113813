"""Issue 12, round 8: kinds of failure seen on a held-out set (its texts never seen here), written anew in
our own words with made-up people, in English and Russian.

Event date: the talks' own weekday inside a visit's span of days; relative days read across hard line
wraps; "last Tuesday", «в минувший вторник» strictly before the page's day; a weekday that is the page's
own weekday is that day; a day written out beside "yesterday" or a weekday is the day meant; a sentence
that opens with a preposition ("С 3 по 5 сентября ...") is no dateline.
Where: a city in a clause of the future, in a report of a meeting held, is a later occasion's (the
headline's city stands); the correspondent's city is the place of a meeting at "the Defence Ministry".
Participant: someone removed from office is background; "was received by President X", «был принят
Президентом X» put X at the meeting.
"""

import pytest

from generator.extract import events, places
from generator.model import PartialDate as D
from generator.nlp import analysis as nlp

from test_events_general import ev, flags


@pytest.mark.parametrize("lang,text,pub,want", [
    # The talks' own weekday wins over the visit's span of days; the span's first day is the fallback.
    ("en", "Defence Minister Anna Berg, on an official visit to Oslo on 4-6 July, held talks with her Norwegian "
           "counterpart Tomas Riis on Wednesday.", D(2023, 7, 7), "2023-07-05"),
    ("en", "Minister Anna Berg held talks with Tomas Riis on Tuesday during her visit to Oslo on 4-6 July.",
     D(2023, 7, 12), "2023-07-04"),
    ("en", "Minister Anna Berg paid an official visit to Oslo on 4-6 July. She held talks with Tomas Riis on Wednesday.",
     D(2023, 7, 12), "2023-07-05"),
    ("en", "Minister Anna Berg paid an official visit to Oslo on 4-6 July and toured the naval base.", D(2023, 7, 12), "2023-07-04"),
    ("en", "On Wednesday Minister Anna Berg held talks with Tomas Riis. Berg was on an official visit to Oslo on 4-6 July.",
     D(2023, 7, 12), "2023-07-05"),
    ("en", "On Wednesday Minister Anna Berg held talks with Tomas Riis in Paris. Berg had visited Oslo on 4-6 July.",
     D(2023, 7, 12), "2023-07-12"),
    # A span weeks before is another occasion's: the weekday stays the report's week's.
    ("en", "Minister Anna Berg held talks with Tomas Riis on Wednesday. They last met during a visit to Oslo on 4-6 "
           "June.", D(2023, 7, 12), "2023-07-12"),
    ("ru", "В ходе визита в Осло 4-6 июля министр обороны Анна Берг в среду провела переговоры с Томасом Риисом.",
     D(2023, 7, 7), "2023-07-05"),
    ("ru", "Министр обороны Анна Берг находилась с визитом в Осло с 4 по 6 июля. В среду она провела переговоры с "
           "Томасом Риисом.", D(2023, 7, 13), "2023-07-05"),
    # Hard line wraps: the weekday on the line after the dateline's.
    ("en", "OSLO, July 7 (Nordic Wire) - The defence ministers of Norway and Latvia met\nWednesday in Oslo and agreed "
           "to expand air\ndefence cooperation.", D(2023, 7, 7), "2023-07-05"),
    ("en", "RIGA, Oct 6 (Baltic Wire) - Latvia's defence minister Ilze Kalna and her Estonian\ncounterpart Mart Tamm "
           "held talks in the Latvian capital on\nThursday, agreeing to buy air defence systems together,\nthe ministry "
           "said in a statement.", D(2023, 10, 6), "2023-10-05"),
    ("ru", "ОСЛО, 7 июля. Министры обороны Норвегии и Латвии провели\nв среду переговоры в Осло.", D(2023, 7, 7), "2023-07-05"),
    ("en", "OSLO, July 7. The ministers of Norway and Latvia held talks on\nWednesday.", D(2023, 7, 7), "2023-07-05"),
    ("ru", "ОСЛО, 7 июля. Переговоры министров обороны Норвегии и Латвии прошли в\nсреду.", D(2023, 7, 7), "2023-07-05"),
    ("ru", "РИГА, 6 октября. Министр обороны Латвии Илзе Калня и ее эстонский коллега\nМарт Тамм провели переговоры в "
           "латвийской столице в\nчетверг, сообщает пресс-служба министерства.", D(2023, 10, 6), "2023-10-05"),
    # "last Tuesday", «в минувший вторник»: strictly before the page's day (4 July 2023 was a Tuesday).
    ("ru", "Министры обороны Норвегии и Латвии провели переговоры в минувший вторник в Осло.", D(2023, 7, 4), "2023-06-27"),
    ("ru", "В прошлую пятницу министры обороны провели переговоры в Осло.", D(2023, 7, 7), "2023-06-30"),
    ("ru", "Министры обороны провели переговоры в минувший понедельник в Осло.", D(2023, 7, 4), "2023-07-03"),
    ("en", "The defence ministers held talks in Oslo last Tuesday.", D(2023, 7, 4), "2023-06-27"),
    ("en", "The chiefs of defence held talks this past Tuesday in Riga.", D(2023, 7, 4), "2023-06-27"),
    # A weekday that is the page's own weekday is the page's day (4 September 2023 was a Monday), also
    # within a visit's span that holds it.
    ("ru", "С 3 по 5 сентября министр обороны Латвии находится с визитом в Осло. В понедельник он провел переговоры "
           "с норвежским коллегой.", D(2023, 9, 4), "2023-09-04"),
    ("en", "The Latvian defence minister is on a visit to Oslo from 3 to 5 September. On Monday he held talks with "
           "his Norwegian counterpart.", D(2023, 9, 4), "2023-09-04"),
    ("ru", "В понедельник министры обороны провели переговоры в Осло.", D(2023, 9, 4), "2023-09-04"),
    # A day written out beside "yesterday" or a weekday is the day meant (a page of the day after).
    ("ru", "Вчера, 4 октября, министры обороны провели переговоры в Осло.", D(2023, 10, 6), "2023-10-04"),
    ("ru", "Вчера (4 октября) министры обороны провели переговоры в Риге.", D(2023, 10, 6), "2023-10-04"),
    ("ru", "Министры обороны провели переговоры 4 октября (вчера) в Риге.", D(2023, 10, 6), "2023-10-04"),
    ("en", "Yesterday, October 4, the defence ministers held talks in Oslo.", D(2023, 10, 6), "2023-10-04"),
    ("en", "The defence ministers held talks in Oslo yesterday (4 October).", D(2023, 10, 6), "2023-10-04"),
    ("en", "Today, 5 October, the defence ministers held talks in Riga.", D(2023, 10, 6), "2023-10-05"),
    ("en", "The defence ministers met in Riga yesterday.", D(2023, 10, 6), "2023-10-05"),
])
def test_event_date_r8(lang, text, pub, want):
    got = ev(text, lang, pub)
    assert (got.iso() if got else None) == want


@pytest.mark.parametrize("text,want", [
    ("С 3 по 5 сентября министр находится с визитом в Осло.", False),
    ("On 5 July the ministers met in Oslo.", False),
    ("ОСЛО, 5 июля. Министры встретились.", True),
    ("Oslo, 5 July. The ministers met.", True),
])
def test_a_sentence_opening_preposition_is_no_dateline(text, want):
    h = events.find_dates(text, "ru" if any("а" <= c <= "я" for c in text.lower()) else "en", None)[0]
    assert events._at_dateline(text, h.start) is want


def test_unwrap_reads_across_hard_wraps_only():
    wrapped = "The ministers of Norway and Latvia held their first round of talks\nin Oslo and agreed to meet again\nnext spring."
    assert len(events.unwrap(wrapped, nlp.sentences(wrapped))) == 1
    # A headline line, a paragraph break and a sentence ended by a full stop are kept apart.
    kept = "Ministers meet in Oslo\nThe ministers of Norway and Latvia met on Monday.\n\nthey agreed to meet again."
    assert events.unwrap(kept, nlp.sentences(kept)) == nlp.sentences(kept)
    # A line before a dateline ("OSLO,") ends its sentence.
    head = ("Ministers of Norway and Latvia agree to buy air defence systems together\nOSLO, July 7 - The defence "
            "ministers of Norway and Latvia met\nin Oslo and agreed to expand their\ncooperation.")
    assert [head[a:b] for a, b in events.unwrap(head, nlp.sentences(head))][0].endswith("together")
    # A line ending on a word no sentence ends on goes on, whatever the case of the next.
    short = "The ministers of Norway and Latvia held talks on\nWednesday in Oslo."
    assert len(events.unwrap(short, nlp.sentences(short))) == 1


@pytest.mark.parametrize("lang,text,kw,want", [
    # A later signing's city, in a report of talks held: the headline's city.
    ("en", "The French and Vietnamese defence ministers discussed helicopter deliveries on Monday. They agreed that the "
           "contract would be signed during the visit of the French President to Hanoi in the autumn.",
     {"title": "Vietnamese minister holds talks in Paris", "countries": ["FR", "VN"]}, "Paris"),
    ("ru", "Министры обороны Франции и Вьетнама обсудили поставки вертолетов. Стороны договорились, что контракт будет "
           "подписан во время визита президента Франции в Ханой осенью.",
     {"title": "Министр обороны Вьетнама провел переговоры в Париже", "countries": ["FR", "VN"]}, "Paris"),
    ("en", "The ministers met on Monday and agreed to sign the roadmap in Astana next month.",
     {"title": "Kazakh and Uzbek ministers meet in Tashkent", "countries": ["UZ", "KZ"]}, "Tashkent"),
    ("ru", "Министры обороны встретились в понедельник. Следующая встреча пройдет в Астане в декабре.",
     {"title": "Министры обороны встретились в Ташкенте", "countries": ["UZ", "KZ"]}, "Tashkent"),
    # The headline that tells of the meeting comes before a city further down (an earlier visit's), not
    # before the lead's own city; a headline that tells of no meeting comes last.
    ("en", "The French and Vietnamese defence ministers held talks on Monday. They reviewed the helicopter contract "
           "agreed during the visit of the Vietnamese President to Lyon.",
     {"title": "Vietnamese minister holds talks in Paris", "countries": ["FR", "VN"]}, "Paris"),
    ("ru", "Министры обороны Франции и Вьетнама провели переговоры в понедельник. Они обсудили контракт, согласованный "
           "во время визита президента Вьетнама в Лион.",
     {"title": "Министр обороны Вьетнама провел переговоры в Париже", "countries": ["FR", "VN"]}, "Paris"),
    ("en", "The ministers held talks in Lyon on Monday.", {"title": "Vietnamese minister holds talks in Paris",
                                                           "countries": ["FR", "VN"]}, "Lyon"),
    # A meeting later on the visit reported keeps its city.
    ("en", "Minister Anna Berg arrived on Monday for a three-day visit and will hold talks with Tomas Riis in Oslo on "
           "Tuesday.", {"countries": ["NO", "LV"]}, "Oslo"),
    # An announced visit keeps its city.
    ("ru", "Министр обороны Казахстана посетит Ташкент на следующей неделе.", {"countries": ["UZ", "KZ"]}, "Tashkent"),
    # The correspondent's city, for a meeting at the ministry.
    ("ru", "Как передает корреспондент агентства из Ташкента, министры обороны Узбекистана и Казахстана провели "
           "переговоры в здании Министерства обороны.", {"countries": ["UZ", "KZ"]}, "Tashkent"),
    ("ru", "ТАШКЕНТ, 4 ноября (от нашего корреспондента). Министр обороны Казахстана провел переговоры с узбекским "
           "коллегой в здании Министерства обороны.", {"countries": ["UZ", "KZ"]}, "Tashkent"),
    ("en", "Tashkent, 4 November (Our Correspondent). The Kazakh defence minister held talks with his Uzbek counterpart "
           "at the Defence Ministry. The sides agreed to hold a joint exercise next year.", {"countries": ["UZ", "KZ"]}, "Tashkent"),
    ("en", "Our correspondent in Tashkent reports that the defence ministers of Uzbekistan and Kazakhstan held talks at "
           "the Defence Ministry on Monday.", {"countries": ["UZ", "KZ"]}, "Tashkent"),
    # (the ministry is in the capital of the correspondent's country, wherever the correspondent sits)
    ("ru", "Как передает корреспондент газеты из Самарканда, министры обороны Узбекистана и Казахстана провели "
           "переговоры в здании Министерства обороны.", {"countries": ["UZ", "KZ"]}, "Tashkent"),
    # A city across a hard wrap.
    ("en", "RIGA, Oct 6 (Baltic Wire) - Latvia's defence minister Ilze Kalna and her Estonian\ncounterpart Mart Tamm held "
           "talks on Thursday in the city of\nValmiera, agreeing to buy air defence systems together,\nthe ministry said in "
           "a statement.", {"countries": ["LV", "EE"]}, "Valmiera"),
])
def test_where_r8(lang, text, kw, want):
    assert places.where(text, lang, nlp.sentences(text), **kw) == want


@pytest.mark.parametrize("lang,text,names,want", [
    # Someone removed from office is background.
    ("en", "Defence Minister Anna Berg met her Chinese counterpart's deputy, General Zhang Wei, in Oslo on Monday. The "
           "meeting comes as China has had no defence minister since Li Hongbo was removed from office in October.",
     ["Anna Berg", "Zhang Wei", "Li Hongbo"], [True, True, False]),
    ("en", "Minister Ilze Kalna met General Mart Tamm in Riga. The post of Estonian defence chief has been vacant since "
           "Peeter Kask was dismissed in August.", ["Ilze Kalna", "Mart Tamm", "Peeter Kask"], [True, True, False]),
    ("en", "Minister Ilze Kalna met General Mart Tamm in Riga, weeks after the dismissal of Admiral Peeter Kask.",
     ["Ilze Kalna", "Mart Tamm", "Peeter Kask"], [True, True, False]),
    ("ru", "Министр обороны Анна Берг встретилась в Осло с генералом Чжаном Вэем. Встреча прошла на фоне того, что в "
           "Китае нет министра обороны с тех пор, как Ли Хунбо был снят с должности в октябре.",
     ["Анна Берг", "Чжаном Вэем", "Ли Хунбо"], [True, True, False]),
    ("ru", "Министр Илзе Калня встретилась в Риге с генералом Мартом Таммом. Встреча прошла вскоре после отставки "
           "адмирала Пеэтера Каска.", ["Илзе Калня", "Мартом Таммом", "Пеэтера Каска"], [True, True, False]),
    ("en", "Minister Ilze Kalna met General Mart Tamm in Riga. Tamm took over from Admiral Peeter Kask, who was sacked "
           "in August.", ["Ilze Kalna", "Mart Tamm|Tamm", "Peeter Kask"], [True, True, False]),
    ("ru", "Министр Илзе Калня встретилась в Риге с генералом Мартом Таммом. Ранее этот пост занимал адмирал Пеэтер Каск, "
           "который был отправлен в отставку в августе.", ["Илзе Калня", "Мартом Таммом", "Пеэтер Каск"], [True, True, False]),
    # Whom someone succeeded is background; who was replaced at the talks is not.
    ("en", "General Mart Tamm, who succeeded General Peeter Kask in March, met Minister Ilze Kalna in Riga.",
     ["Mart Tamm", "Peeter Kask", "Ilze Kalna"], [True, False, True]),
    ("ru", "Генерал Март Тамм, сменивший на этом посту адмирала Пеэтера Каска, провел переговоры с Илзе Калней в Риге.",
     ["Март Тамм", "Пеэтера Каска", "Илзе Калней"], [True, False, True]),
    ("en", "Minister Ilze Kalna was replaced by Mart Tamm at the talks in Riga.", ["Ilze Kalna", "Mart Tamm"], [True, True]),
    # The president who received the visitor takes part.
    ("en", "Latvian Defence Minister Tomas Riis, who is on an official visit to Oslo, was received by President Anna Berg "
           "on Monday.", ["Tomas Riis", "Anna Berg"], [True, True]),
    ("en", "The Latvian delegation headed by Tomas Riis was also met with by President Anna Berg.",
     ["Tomas Riis", "Anna Berg"], [True, True]),
    ("ru", "Томас Риис был принят Президентом Норвегии Анной Берг. Как сообщили в пресс-службе, стороны обсудили "
           "сотрудничество.", ["Томас Риис", "Анной Берг"], [True, True]),
    ("ru", "Министр обороны Латвии Томас Риис, находящийся с официальным визитом в Осло, был принят Президентом Норвегии "
           "Анной Берг.", ["Томас Риис", "Анной Берг"], [True, True]),
    ("ru", "Делегация Латвии во главе с Томасом Риисом была принята Премьер-министром Норвегии Анной Берг.",
     ["Томасом Риисом", "Анной Берг"], [True, True]),
    # A head of state who grants an audience takes part; «Король» is no «роль» (a frame word inside a word is none).
    ("en", "King Harald Lund granted an audience to General Mart Tamm, the commander of the Estonian Defence Forces.",
     ["Harald Lund", "Mart Tamm"], [True, True]),
    ("ru", "Король Харальд Лунд дал аудиенцию генералу Марту Тамму.", ["Харальд Лунд", "Марту Тамму"], [True, True]),
    # A name across a hard wrap.
    ("en", "Ilze Kalna held talks with Mart Tamm\nin Riga on Monday.", ["Ilze Kalna", "Mart Tamm"], [True, True]),
])
def test_participants_r8(lang, text, names, want):
    got = flags(text, names, lang, D(2023, 5, 10))
    assert [got[n.split("|")[0]] for n in names] == want


@pytest.mark.parametrize("lang,body,when,where,flags_", [
    ("en", "OSLO, May 14 (Nordic Wire) - Norwegian Defence Minister Anna Berg met her Chinese\ncounterpart's deputy, "
           "General Zhang Wei, in Oslo on\nMonday, the ministry said. China has had no defence minister since Li Hongbo\n"
           "was removed from office in October.\n\nThe two discussed maritime security, the ministry added.",
     "2024-05-13", "Oslo", {"Anna Berg": True, "Zhang Wei": True, "Li Hongbo": False}),
    ("ru", "В минувший вторник министр обороны Латвии Томас Риис, находившийся с визитом в Осло, был принят Президентом "
           "Норвегии Анной Берг.\n\nСтороны обсудили вопросы региональной безопасности.",
     "2024-05-07", "Oslo", {"Tomas Riis": True, "Anna Berg": True}),
])
def test_whole_articles_r8(lang, body, when, where, flags_, registry):
    """The whole reading of an article of our own (dated Tuesday 14 May 2024): the meeting's day, its
    place and who took part."""
    from conftest import extract_text

    r = extract_text(body, lang, registry)
    assert (r.event_date.iso() if r.event_date else None, r.where) == (when, where)
    assert {p.name: p.participant for p in r.people} == flags_

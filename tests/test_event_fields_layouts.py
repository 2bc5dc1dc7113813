"""Issue 12, round 4: who took part and where, over many written forms, in English and Russian.

Every text is written for this test (invented names and our own words). A person is a participant
when the report puts them at the meeting (met, held talks, received, visited, signed, attended,
"his counterpart"); only mentioned when quoted from elsewhere, sending greetings, honoured at a
grave, named as background, announcing a visit still to come, or reporting it as a spokesperson.
The place is the city the report puts the meeting in, not the visitor's home city, a weather
widget, an earlier event, "Baku-based" or the city in an organisation's name.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from generator.extract import events, participants, places
from generator.model import PartialDate
from generator.nlp import analysis as nlp

PUB = PartialDate(2022, 4, 7)


@dataclass
class P:
    key: str
    spans: list
    role: str | None = None
    rank: str | None = None
    role_text: str | None = None


def flags(text: str, names: list[str], lang: str = "en", pub: PartialDate | None = PUB) -> dict[str, bool]:
    """Participant flags; "Full Name|Short" counts each bare "Short" as a mention too."""
    people, taken = [], []
    for n in names:
        spans = []
        for f in n.split("|"):
            i = 0
            while (i := text.find(f, i)) >= 0:
                if not any(a <= i < b for a, b in taken):
                    spans.append((i, i + len(f)))
                    taken.append((i, i + len(f)))
                i += len(f)
        assert spans, n
        people.append(P(n.split("|")[0], sorted(spans)))
    sents = nlp.sentences(text)
    hits = events.find_dates(text, lang, pub)
    when = events.event_date(text, lang, pub, sents, hits)[0]
    return participants.flag(text, lang, people, when, hits, sents)


# (language, text, {name: participant?})
PRESENT_OR_NOT = [
    ("en", "Defence Minister Talgat Oren met his Georgian counterpart Levan Dzidze in Tbilisi on Tuesday.",
     {"Talgat Oren": True, "Levan Dzidze": True}),
    ("en", "Chief of General Staff Omar Vasi received a delegation led by Brigadier Tomas Rell.",
     {"Omar Vasi": True, "Tomas Rell": True}),
    ("en", "Admiral Kei Moro visited the naval academy, where he held talks with its head, Rear Admiral Ilse Barr.",
     {"Kei Moro": True, "Ilse Barr": True}),
    ("en", "Minister Dana Ruel and her counterpart Piet Sonn signed a plan of cooperation for 2023.",
     {"Dana Ruel": True, "Piet Sonn": True}),
    ("en", "The ceremony was attended by Deputy Minister Arno Kitt. President Faruk Lenz sent a message of greetings to the participants.",
     {"Arno Kitt": True, "Faruk Lenz": False}),
    ("en", "Minister Talgat Oren met Levan Dzidze. The guests laid a wreath at the grave of national leader Batu Kerim.",
     {"Talgat Oren": True, "Levan Dzidze": True, "Batu Kerim": False}),
    ("en", "Minister Talgat Oren met Levan Dzidze on Tuesday. In an interview last month, President Amir Sade said the army would grow.",
     {"Talgat Oren": True, "Levan Dzidze": True, "Amir Sade": False}),
    ("en", "Minister Talgat Oren met Levan Dzidze. The ministry's spokesman, Colonel Ivar Blom, told reporters the talks went well.",
     {"Talgat Oren": True, "Levan Dzidze": True, "Ivar Blom": False}),
    ("en", "Defence Minister Talgat Oren will visit Norway next week and meet Minister Levan Dzidze, Ambassador Rolf Hane told reporters.",
     {"Talgat Oren": True, "Levan Dzidze": True, "Rolf Hane": False}),
    ("ru", "Министр обороны Талгат Орен встретился в Тбилиси с коллегой Леваном Дзидзе.",
     {"Талгат Орен": True, "Леваном Дзидзе": True}),
    ("ru", "Начальник Генштаба Омар Васи принял делегацию во главе с генералом Томасом Реллом.",
     {"Омар Васи": True, "Томасом Реллом": True}),
    ("ru", "Министр Талгат Орен провел переговоры с Леваном Дзидзе. Гости возложили цветы к могиле общенационального лидера Бату Керима.",
     {"Талгат Орен": True, "Леваном Дзидзе": True, "Бату Керима": False}),
    ("ru", "Министр Талгат Орен провел переговоры с Леваном Дзидзе. Президент Амир Саде направил участникам приветственное послание.",
     {"Талгат Орен": True, "Леваном Дзидзе": True, "Амир Саде": False}),
    ("ru", "Министр обороны Талгат Орен на следующей неделе посетит Норвегию. Об этом сообщил посол Рольф Хане.",
     {"Талгат Орен": True, "Рольф Хане": False}),
    ("ru", "Министр обороны Талгат Орен посетит Норвегию и встретится с Леваном Дзидзе, – заявил посол Рольф Хане.",
     {"Талгат Орен": True, "Леваном Дзидзе": True, "Рольф Хане": False}),
    ("ru", "Министр Талгат Орен встретился с Леваном Дзидзе. Как сообщил пресс-секретарь министерства Ивар Блом, стороны обсудили учения.",
     {"Талгат Орен": True, "Леваном Дзидзе": True, "Ивар Блом": False}),
    ("en", "Minister Talgat Oren met Levan Dzidze. The guests paid tribute to General Batu Kerim at the memorial.",
     {"Talgat Oren": True, "Levan Dzidze": True, "Batu Kerim": False}),
    ("en", "Minister Talgat Oren met Levan Dzidze. Earlier, President Amir Sade said the army needed new aircraft.",
     {"Talgat Oren": True, "Levan Dzidze": True, "Amir Sade": False}),
    ("en", "Minister Talgat Oren received Levan Dzidze. After the talks, Dzidze told reporters the visit had been useful.",
     {"Talgat Oren": True, "Levan Dzidze|Dzidze": True}),  # (keyed by the full name)
    ("en", "Ambassador Rolf Hane announced that Defence Minister Talgat Oren would visit Norway next week.",
     {"Rolf Hane": False, "Talgat Oren": True}),
    ("ru", "Министр Талгат Орен встретился с Леваном Дзидзе. По словам пресс-секретаря Ивара Блома, встреча прошла успешно.",
     {"Талгат Орен": True, "Леваном Дзидзе": True, "Ивара Блома": False}),
    ("ru", "Посол Рольф Хане сообщил, что министр обороны Талгат Орен посетит Норвегию в апреле.",
     {"Рольф Хане": False, "Талгат Орен": True}),
    ("ru", "Министр Талгат Орен принял Левана Дзидзе. Ранее президент Амир Саде заявил, что армии нужны новые самолеты.",
     {"Талгат Орен": True, "Левана Дзидзе": True, "Амир Саде": False}),
    ("en", "Minister Talgat Oren met Levan Dzidze. Also present were General Ivo Sark and Colonel Ene Kask.",
     {"Talgat Oren": True, "Levan Dzidze": True, "Ivo Sark": True, "Ene Kask": True}),
    ("en", "Minister Talgat Oren met Levan Dzidze and expressed condolences over the death of General Batu Kerim.",
     {"Talgat Oren": True, "Levan Dzidze": True, "Batu Kerim": False}),
    ("en", "Minister Talgat Oren met Levan Dzidze. In his speech, Oren quoted President Amir Sade as saying that peace needs strength.",
     {"Talgat Oren|Oren": True, "Levan Dzidze": True, "Amir Sade": False}),
    ("ru", "Министр Талгат Орен встретился с Леваном Дзидзе и передал ему приветствие от президента Амира Саде.",
     {"Талгат Орен": True, "Леваном Дзидзе": True, "Амира Саде": False}),
    ("ru", "Во встрече также приняли участие генерал Иво Сарк и полковник Эне Каск.",
     {"Иво Сарк": True, "Эне Каск": True}),
    ("ru", "Министр Талгат Орен встретился с Леваном Дзидзе. Представитель министерства Ивар Блом рассказал журналистам о встрече.",
     {"Талгат Орен": True, "Леваном Дзидзе": True, "Ивар Блом": False}),
]


@pytest.mark.parametrize("lang,text,want", PRESENT_OR_NOT)
def test_participant_or_only_mentioned(lang, text, want):
    assert flags(text, list(want), lang) == {k.split("|")[0]: v for k, v in want.items()}


def where(text: str, lang: str = "en", countries=None, datelines: tuple[str, ...] = ()) -> str | None:
    return places.where(text, lang, nlp.sentences(text), countries, datelines=datelines, when=PUB)


# (language, text, city)
PLACES = [
    ("en", "Defence Minister Talgat Oren met his counterpart Levan Dzidze in Baku on Tuesday.", "Baku"),
    ("en", "Talgat Oren arrived in Tbilisi on an official visit and held talks with Levan Dzidze.", "Tbilisi"),
    ("en", "The talks between the two chiefs of staff were held in Minsk.", "Minsk"),
    ("en", "During a visit to Yerevan, Talgat Oren met the head of the general staff.", "Yerevan"),
    ("ru", "В Минске состоялись переговоры министров обороны двух стран.", "Minsk"),
    ("ru", "Министр обороны прибыл в Ереван и провел переговоры с коллегой.", "Yerevan"),
    ("ru", "Переговоры министров обороны прошли в Ташкенте.", "Tashkent"),
    # Not the place: the visitor's home, an outlet or body named after a city, an earlier meeting, a phone call.
    ("en", "The Baku-based analyst said the ministers met to discuss joint drills.", None),
    ("en", "Minister Talgat Oren, who flew in from Ankara, met Levan Dzidze to discuss training.", None),
    ("en", "The ministers met to discuss training. They had last met in Moscow in 2019.", None),
    ("en", "The ministers discussed training in a phone call from Ankara.", None),
    ("ru", "Министры обсудили подготовку кадров по телефону.", None),
    ("ru", "Министры встретились и обсудили учения. Ранее они встречались в Москве.", None),
    # A venue alone names no city (the convention of tests/corpus/README.md: "at the Pentagon" is null).
    ("en", "Talgat Oren held talks with Pentagon officials at the Pentagon on Tuesday.", None),
    ("ru", "Переговоры министров обороны прошли в Кремле.", None),
    # A venue with its city: the city.
    ("en", "The ministers met at the Ministry of Defence in Baku to discuss joint exercises.", "Baku"),
    ("ru", "Переговоры прошли в здании Министерства обороны в Минске.", "Minsk"),
    ("en", "The co-chairs of the Minsk Group met the defence minister to discuss the ceasefire.", None),
    ("en", "A delegation from Ankara met the chief of the general staff to discuss training.", None),
    ("en", "The Tashkent-based institute hosted a meeting of defence officials.", None),
    ("en", "Talgat Oren is on a working visit to Tashkent, where he held talks with the defence minister.", "Tashkent"),
    ("en", "The talks took place in the Azerbaijani capital, Baku, and covered joint training.", "Baku"),
    ("en", "The ministers met on the sidelines of the Shangri-La Dialogue in Singapore on Saturday.", "Singapore"),
    ("ru", "Министр прибыл с официальным визитом в Ташкент и провел переговоры с коллегой.", "Tashkent"),
    ("ru", "В ходе визита в Баку министр встретился с начальником Генштаба.", "Baku"),
    ("en", "The ministers met to discuss training, the Moscow-based agency reported.", None),
    ("en", "The minister, who arrived from Moscow on Monday, met the chief of the general staff.", None),
    ("ru", "Министр, прибывший из Москвы, встретился с начальником Генштаба.", None),
    ("en", "The ministers, who met in Ankara in 2019, held talks again to discuss training.", None),
]


@pytest.mark.parametrize("lang,text,want", PLACES)
def test_where_the_meeting_took_place(lang, text, want):
    assert where(text, lang) == want


def test_a_weather_widget_is_not_the_place():
    text = "Baku +18°C\n\nThe defence ministers met to discuss joint training and signed a plan."
    assert where(text, "en") is None


@pytest.mark.parametrize("lang,text,dateline,want", [
    # The dateline's city, when the meeting is local: a visitor received, a delegation hosted.
    ("en", "Defence Minister Talgat Oren received a military delegation of Norway led by Levan Dzidze.", "BAKU, April 6", "Baku"),
    ("ru", "Министр обороны Талгат Орен принял делегацию Норвегии во главе с Леваном Дзидзе.", "БАКУ, 6 апреля", "Baku"),
    # A phone call has no place, dateline or not.
    ("en", "Defence Minister Talgat Oren held a phone call with his Norwegian counterpart Levan Dzidze.", "BAKU, April 6", None),
])
def test_the_datelines_city_of_a_local_meeting(lang, text, dateline, want):
    assert where(text, lang, countries=["AZ", "NO"], datelines=(dateline,)) == want


@pytest.mark.parametrize("lang,text,want", [
    # A death or a tribute frames the name it stands before, not a clause further on.
    ("en", "After the death of two soldiers in a training accident, Minister Talgat Oren visited the base and met its commander Ivo Sark.",
     {"Talgat Oren": True, "Ivo Sark": True}),
    ("ru", "В связи с гибелью военнослужащих министр Талгат Орен провел совещание с генералом Иво Сарком.",
     {"Талгат Орен": True, "Иво Сарком": True}),
    ("ru", "Министр Талгат Орен встретился с Леваном Дзидзе и почтил минутой молчания память генерала Бату Керима, гибель генерала Бату Керима потрясла армию.",
     {"Талгат Орен": True, "Леваном Дзидзе": True, "Бату Керима": False}),
])
def test_a_frame_of_death_or_tribute_reaches_only_the_name_after_it(lang, text, want):
    assert flags(text, list(want), lang) == want


@pytest.mark.parametrize("lang,text,want", [
    ("en", "OSLO, April 6 (Nordwire) - Defence Minister Talgat Oren received a delegation of Azerbaijan led by Levan Dzidze.", "Oslo"),
    ("en", "Oslo, 6 April 2022 – Norway's Defence Minister Talgat Oren hosted his Azerbaijani counterpart Levan Dzidze.", "Oslo"),
    ("ru", "ОСЛО, 6 апреля. /Норвест/. Министр обороны Норвегии Талгат Орен принял делегацию Азербайджана.", "Oslo"),
    ("ru", "Осло. 6 апреля. Норвест - Министр обороны Норвегии Талгат Орен принял делегацию Азербайджана.", "Oslo"),
    # The agency's city when the visit is to another country named in the report.
    ("en", "OSLO, April 6 (Nordwire) - Norway's Defence Minister Talgat Oren is on a visit to Azerbaijan, where he met Levan Dzidze.", None),
])
def test_a_dateline_in_the_body_places_a_local_meeting(lang, text, want):
    assert where(text, lang, countries=["NO", "AZ"]) == want


@pytest.mark.parametrize("lang,text,countries,want", [
    # A garrison town under 50,000 people counts in a report that names its country, not otherwise.
    ("en", "The defence ministers of Georgia and Estonia met in Gori to review the training centre.", ["GE", "EE"], "Gori"),
    ("en", "The defence ministers met in Gori to review the training centre.", ["EE"], None),
    ("ru", "Министры обороны России и Беларуси провели переговоры в Кубинке.", ["RU", "BY"], "Kubinka"),
])
def test_a_small_town_counts_in_a_report_about_its_country(lang, text, countries, want):
    assert where(text, lang, countries=countries) == want


@pytest.mark.parametrize("lang,text,want", [
    ("en", "Minister Talgat Oren met Levan Dzidze on Tuesday. Oren thanked President Amir Sade for his support of the army.",
     {"Talgat Oren|Oren": True, "Levan Dzidze": True, "Amir Sade": False}),
    ("en", "Minister Talgat Oren met Levan Dzidze. The army led by President Amir Sade won the war in 2020.",
     {"Talgat Oren": True, "Levan Dzidze": True, "Amir Sade": False}),
    ("en", "President Amir Sade received Minister Levan Dzidze in his residence.",
     {"Amir Sade": True, "Levan Dzidze": True}),
    ("ru", "Министр Талгат Орен встретился с Леваном Дзидзе. Армия под командованием президента Амира Саде одержала победу.",
     {"Талгат Орен": True, "Леваном Дзидзе": True, "Амира Саде": False}),
    ("ru", "Президент Амир Саде принял министра обороны Левана Дзидзе.",
     {"Амир Саде": True, "Левана Дзидзе": True}),
    # A minister listed where no verb of meeting is told stays one of the meeting's people.
    ("en", "Minister Talgat Oren met Levan Dzidze. Deputy Minister Ivo Sark was also in the delegation's photo.",
     {"Talgat Oren": True, "Levan Dzidze": True, "Ivo Sark": True}),
])
def test_a_head_of_state_named_where_no_meeting_is_told_is_a_mention(lang, text, want):
    assert flags(text, list(want), lang) == {k.split("|")[0]: v for k, v in want.items()}


# Round 4, held-out kinds: an opening dateline's city when the body names no other; a city of several
# words with a lower-case particle; a later visit's city is not the place.
@pytest.mark.parametrize("lang,text,want", [
    # (Round 10: both sides named by their states as equals, no guest, no host, no "here": the text does not say where
    # they met; a held-out set of round 10 and BUILD gold 313 have null. See tests/test_places_r10.py.)
    ("en", "MONTEVIDEO – The defence ministers of Uruguay and Paraguay discussed border patrols at a meeting on Tuesday.", None),
    ("en", "MONTEVIDEO – Defence Minister Talgat Oren discussed border patrols with his Paraguayan counterpart on Tuesday.", "Montevideo"),
    ("en", "SKOPJE, 6 April (Balkanwire) – Defence Minister Talgat Oren held talks with his Albanian counterpart Levan Dzidze.", "Skopje"),
    ("ru", "СКОПЬЕ, 6 апреля – Министр обороны Талгат Орен провел переговоры с албанским коллегой Леваном Дзидзе.", "Skopje"),
    # Another city named for the meeting wins over the agency's; a phone call has no place.
    ("en", "SKOPJE, 6 April – Defence Minister Talgat Oren held talks with Levan Dzidze in Tirana.", "Tirana"),
    ("en", "SKOPJE, 6 April – Defence Minister Talgat Oren held a phone call with Levan Dzidze.", None),
    ("en", "The chiefs of staff held talks in Dar es Salaam on naval training.", "Dar es Salaam"),
    ("en", "Dar es Salaam. The defence minister received the visiting admiral and discussed joint patrols.", "Dar es Salaam"),
    ("en", "The navy commanders met in Rio de Janeiro to review the exercise.", "Rio de Janeiro"),
    ("en", "The ministers met on Tuesday and discussed preparations for the president's visit to Minsk.", None),
    ("en", "The two generals talked about the agenda and the upcoming visit to Minsk in June.", None),
    ("ru", "Министры встретились и обсудили подготовку визита президента в Минск.", None),
    ("ru", "Стороны обсудили вопросы предстоящего визита в Минск.", None),
])
def test_dateline_particles_and_later_visits(lang, text, want):
    assert where(text, lang) == want


# Round 4, held-out kinds: a later meeting named in a report of one held, a message handed over, a
# killing, a tribute after another stop, and the head of a delegation.
@pytest.mark.parametrize("lang,text,want", [
    # (Round 5: a meeting still to come on the visit reported is part of it, as the corpus has it for
    # Russian reports (gold 206, 215); the same in English. One set apart ("next month") is not.)
    ("en", "Minister Talgat Oren met Levan Dzidze on Tuesday. Oren is also scheduled to hold talks with Prime Minister Amir Sade.",
     {"Talgat Oren|Oren": True, "Levan Dzidze": True, "Amir Sade": True}),
    ("en", "General Ivo Sark met Levan Dzidze and is due to pay a courtesy call on President Amir Sade later.",
     {"Ivo Sark": True, "Levan Dzidze": True, "Amir Sade": True}),
    ("en", "Minister Talgat Oren met Levan Dzidze on Tuesday. Oren is scheduled to hold talks with Prime Minister Amir Sade next month.",
     {"Talgat Oren|Oren": True, "Levan Dzidze": True, "Amir Sade": False}),
    ("en", "Minister Talgat Oren met Levan Dzidze. They agreed on the programme to be signed during President Amir Sade's next visit.",
     {"Talgat Oren": True, "Levan Dzidze": True, "Amir Sade": False}),
    ("en", "Minister Talgat Oren received Levan Dzidze, who handed over a message from President Amir Sade.",
     {"Talgat Oren": True, "Levan Dzidze": True, "Amir Sade": False}),
    ("en", "Minister Talgat Oren met Levan Dzidze and raised the 2018 killing of journalist Ene Kask.",
     {"Talgat Oren": True, "Levan Dzidze": True, "Ene Kask": False}),
    ("ru", "Министр Талгат Орен встретился с Леваном Дзидзе. Стороны обсудили подготовку предстоящего визита президента Амира Саде.",
     {"Талгат Орен": True, "Леваном Дзидзе": True, "Амира Саде": False}),
    # The frame nearest the name governs it, though an earlier frame's clause ended before it.
    ("ru", "Министр Талгат Орен встретился с Леваном Дзидзе. Делегация посетила Аллею почетного захоронения, почтила память общенационального лидера Бату Керима.",
     {"Талгат Орен": True, "Леваном Дзидзе": True, "Бату Керима": False}),
    ("ru", "Министр Талгат Орен посетил Аллею шехидов и почтил память Бату Керима.",
     {"Талгат Орен": True, "Бату Керима": False}),
    # Who led the delegation took part, whatever frame stands in between.
    ("ru", "Министр Талгат Орен прибыл в Осло. Делегацию по поручению президента возглавлял генерал Иво Сарк.",
     {"Талгат Орен": True, "Иво Сарк": True}),
    ("ru", "Министр Талгат Орен прибыл в Осло. Делегацию от имени министра возглавлял генерал Иво Сарк.",
     {"Талгат Орен": True, "Иво Сарк": True}),
])
def test_later_meetings_messages_and_delegation_heads(lang, text, want):
    assert flags(text, list(want), lang) == {k.split("|")[0]: v for k, v in want.items()}


# Round 5: a venue gives the city only when its name carries the city ("the Hilton Tashkent", "the
# Ministry of Defence, Baku"); a venue with no city named (a ministry, a landmark) leaves the place
# unknown, as the corpus convention has it (where: the city the text names, else null).
@pytest.mark.parametrize("lang,text,want", [
    ("en", "Talgat Oren received Levan Dzidze at the Hilton Tashkent on Tuesday.", "Tashkent"),
    ("en", "Talgat Oren received Levan Dzidze at the Grand Meridian Tashkent City Hotel.", "Tashkent"),
    ("en", "Talgat Oren held talks with Levan Dzidze at the Ministry of Defence, Baku, on Tuesday.", "Baku"),
    ("en", "Talgat Oren held talks with Levan Dzidze at the Ministry of National Defence in Hanoi.", "Hanoi"),
    ("en", "Talgat Oren met Levan Dzidze at the ministry headquarters on Tuesday.", None),
    ("en", "Talgat Oren met Levan Dzidze at the Pentagon on Tuesday.", None),
    ("en", "Talgat Oren was welcomed at Heydar Aliyev International Airport by Levan Dzidze.", None),
    ("en", "Talgat Oren held talks in Dar es Salaam with Levan Dzidze.", "Dar es Salaam"),
    ("ru", "Талгат Орен провел переговоры с Леваном Дзидзе в Дар-эс-Саламе.", "Dar es Salaam"),
    ("ru", "Талгат Орен провел переговоры с Леваном Дзидзе в Министерстве обороны Азербайджана в Баку.", "Baku"),
    ("ru", "Талгат Орен провел переговоры с Леваном Дзидзе в Минобороны Азербайджана.", None),
])
def test_a_venue_gives_the_city_only_when_it_names_one(lang, text, want):
    assert where(text, lang) == want


# Round 5: meetings still to come, told the same way in both languages. On the visit reported (later
# that day, during the visit): its people take part. Set apart (next month, the next visit): a mention.
@pytest.mark.parametrize("lang,text,want", [
    ("en", "Minister Talgat Oren arrived in Oslo and held talks with Levan Dzidze. Later today he will meet President Amir Sade.",
     {"Talgat Oren": True, "Levan Dzidze": True, "Amir Sade": True}),
    ("ru", "Министр Талгат Орен прибыл в Осло и провел переговоры с Леваном Дзидзе. Позже он встретится с президентом Амиром Саде.",
     {"Талгат Орен": True, "Леваном Дзидзе": True, "Амиром Саде": True}),
    ("ru", "Министр Талгат Орен прибыл в Осло и провел переговоры с Леваном Дзидзе. В ходе визита запланирована встреча с президентом Амиром Саде.",
     {"Талгат Орен": True, "Леваном Дзидзе": True, "Амиром Саде": True}),
    ("en", "Minister Talgat Oren held talks with Levan Dzidze. Dzidze will hold talks with President Amir Sade in Rome next week.",
     {"Talgat Oren": True, "Levan Dzidze": True, "Amir Sade": False}),
    ("ru", "Министр Талгат Орен провел переговоры с Леваном Дзидзе. В следующем месяце Дзидзе проведет переговоры с президентом Амиром Саде.",
     {"Талгат Орен": True, "Леваном Дзидзе": True, "Амиром Саде": False}),
    ("ru", "Министр Талгат Орен провел переговоры с Леваном Дзидзе. Они обсудили программу следующего визита президента Амира Саде.",
     {"Талгат Орен": True, "Леваном Дзидзе": True, "Амира Саде": False}),
])
def test_a_meeting_to_come_on_the_same_visit_or_set_apart(lang, text, want):
    assert flags(text, list(want), lang) == {k.split("|")[0]: v for k, v in want.items()}


# Round 5: a letter handed over is its sender's mention; someone who spoke elsewhere on another day
# (the second sentence is not about the meeting, so its day does not date the meeting either).
@pytest.mark.parametrize("lang,text,want", [
    ("ru", "Министр Талгат Орен принял Левана Дзидзе и передал ему письмо президента Амира Саде.",
     {"Талгат Орен": True, "Левана Дзидзе": True, "Амира Саде": False}),
    ("ru", "Министр Талгат Орен принял Левана Дзидзе. Стороны письменно подтвердили договоренности, заявил генерал Амир Саде.",
     {"Талгат Орен": True, "Левана Дзидзе": True, "Амир Саде": True}),
    ("en", "Minister Talgat Oren met Levan Dzidze. Prime Minister Amir Sade told parliament on Monday that the ties matter.",
     {"Talgat Oren": True, "Levan Dzidze": True, "Amir Sade": False}),
])
def test_a_letter_handed_over_and_a_speech_on_another_day(lang, text, want):
    assert flags(text, list(want), lang) == {k.split("|")[0]: v for k, v in want.items()}


def test_a_day_after_the_lead_dates_the_meeting_only_in_a_sentence_about_it():
    text = "Minister Talgat Oren met Levan Dzidze. Prime Minister Amir Sade told parliament on Monday that the ties matter."
    sents = nlp.sentences(text)
    assert events.event_date(text, "en", PUB, sents, events.find_dates(text, "en", PUB))[0] == PUB
    text = "Minister Talgat Oren met Levan Dzidze. The meeting took place on Monday at the staff college."
    assert events.event_date(text, "en", PUB, nlp.sentences(text), events.find_dates(text, "en", PUB))[0] == PartialDate(2022, 4, 4)


@pytest.mark.parametrize("lang,text,want", [
    ("en", "Defence Minister Talgat Oren held talks with Levan Dzidze in St. Petersburg.", "Saint Petersburg"),
    ("ru", "Министр обороны Талгат Орен провел переговоры с Леваном Дзидзе в Санкт-Петербурге.", "Saint Petersburg"),
    ("en", "Talgat Oren held talks with Levan Dzidze on the sidelines of the Shangri-La Dialogue in Singapore.", "Singapore"),
    ("en", "Talgat Oren held talks with Levan Dzidze on the sidelines of the Shangri-La Dialogue.", None),
    ("en", "Talgat Oren held talks with Levan Dzidze on preparing the visit to Minsk.", None),
    ("en", "Talgat Oren held talks with Levan Dzidze. The two discussed preparations for the summit in Minsk.", None),
])
def test_city_forms_and_later_visits_round5(lang, text, want):
    assert where(text, lang) == want


@pytest.mark.parametrize("lang,text,want", [
    ("en", "Minister Talgat Oren met Levan Dzidze. The ministers honoured General Amir Sade, who was killed in action in 2016.",
     {"Talgat Oren": True, "Levan Dzidze": True, "Amir Sade": False}),
    ("ru", "Министр Талгат Орен встретился с Леваном Дзидзе. Министры почтили генерала Амира Саде, погибшего при исполнении долга.",
     {"Талгат Орен": True, "Леваном Дзидзе": True, "Амира Саде": False}),
    ("ru", "Министр Талгат Орен встретился с Леваном Дзидзе. Стороны вспомнили генерала Амира Саде, который погиб при исполнении долга.",
     {"Талгат Орен": True, "Леваном Дзидзе": True, "Амира Саде": False}),
    # Someone who only receives the delegation too is there.
    ("ru", "Министр Талгат Орен встретился с Леваном Дзидзе. Делегацию также принял президент Амир Саде.",
     {"Талгат Орен": True, "Леваном Дзидзе": True, "Амир Саде": True}),
])
def test_the_dead_named_with_their_death_are_mentions(lang, text, want):
    assert flags(text, list(want), lang) == {k.split("|")[0]: v for k, v in want.items()}

"""Issue 12's rules on short articles written for these tests: participant or mentioned, the event
date, where, the canonical office labels and `generator review`."""

import json
from dataclasses import dataclass, field

import pytest
import yaml

from generator.extract import events
from generator.extract import participants
from generator.extract import places
from generator.model import PartialDate
from generator.nlp import analysis as nlp
from generator.reference import offices


# --------------------------------------------------------------------------- event date

def ev(text, lang="en", pub=PartialDate(2020, 9, 4)):
    sents = nlp.sentences(text)
    ref = events.reference_date(text, lang, pub, sents)
    return events.event_date(text, lang, ref, sents, events.find_dates(text, lang, ref))[0]


@pytest.mark.parametrize("text,pub,want", [
    ("The Defence Minister of Ruritania met his Freedonian colleague, the ministry reported on September 3.", PartialDate(2020, 9, 4), "2020-09-03"),
    ("The chiefs of staff held talks in the capital, the agency says Feb. 6, citing the ministry.", PartialDate(2020, 2, 7), "2020-02-06"),
    ("The two defence ministers met on Tuesday to discuss joint drills.", PartialDate(2021, 6, 3), "2021-06-01"),
    ("The visiting delegation was received yesterday by the deputy minister.", PartialDate(2021, 6, 3), "2021-06-02"),
    ("The ministers met on 30 December and agreed a plan for the coming year.", PartialDate(2022, 1, 2), "2021-12-30"),
    ("The ministers met and signed a plan. The parade will be held on May 9 in the capital.", PartialDate(2020, 2, 7), "2020-02-07"),
    ("The ministers met. It should be noted that the president received a delegation on August 24.", PartialDate(2020, 9, 4), "2020-09-04"),
    ("The defence ministers met in the capital.", PartialDate(2019, 10), "2019-10"),
])
def test_event_date_english(text, pub, want):
    assert ev(text, "en", pub).iso() == want


@pytest.mark.parametrize("text,pub,want", [
    ("Министр обороны встретился с делегацией соседней страны 3 сентября.", PartialDate(2020, 9, 4), "2020-09-03"),
    ("Вчера министры обороны двух стран провели переговоры.", PartialDate(2021, 5, 20), "2021-05-19"),
    ("Во вторник министры обсудили план сотрудничества.", PartialDate(2021, 6, 3), "2021-06-01"),
])
def test_event_date_russian(text, pub, want):
    assert ev(text, "ru", pub).iso() == want


def test_no_year_anywhere_gives_no_event_date():
    text = "СТОЛИЦА, 20 ноября. Министры обороны двух стран провели переговоры и подписали соглашение."
    assert ev(text, "ru", None) is None


def test_a_page_date_line_is_the_reference_when_the_page_gave_none():
    text = "Ministers meet\n\n12 March, 2015 10:00\n\nOn Monday the two ministers met at the ministry and held talks."
    assert ev(text, "en", None).iso() == "2015-03-09"


def test_announced_meeting_has_no_date():
    text = "В столице состоится встреча министров обороны трех стран. Министры подпишут совместную декларацию."
    assert ev(text, "ru", PartialDate(2025, 10, 8)) is None


# --------------------------------------------------------------------------- participants

@dataclass
class P:
    key: str
    spans: list
    role: str | None = "Minister"
    rank: str | None = None
    role_text: str | None = None


def flags(text, names, lang="en", pub=PartialDate(2021, 5, 18), roles=None):
    people = []
    for n in names:
        spans, i = [], 0
        while (i := text.find(n, i)) >= 0:
            spans.append((i, i + len(n)))
            i += len(n)
        assert spans, n
        people.append(P(n, spans, role=(roles or {}).get(n, "Minister")))
    sents = nlp.sentences(text)
    hits = events.find_dates(text, lang, pub)
    when = events.event_date(text, lang, pub, sents, hits)[0]
    return participants.flag(text, lang, people, when, hits, sents)


def test_grave_and_earlier_war_are_mentions():
    text = ("Defence Minister Arlo Venn received the delegation led by Defence Minister Bela Roth. "
            "First the guests laid a wreath at the grave of national leader Ostap Gray. "
            "Venn noted that the war, fought under the command of President Ivo Lind, ended in victory.")
    f = flags(text, ["Arlo Venn", "Bela Roth", "Ostap Gray", "Ivo Lind"])
    assert f == {"Arlo Venn": True, "Bela Roth": True, "Ostap Gray": False, "Ivo Lind": False}


def test_another_day_and_greetings_are_mentions():
    text = ("Deputy Minister Carl Moss held talks with First Deputy Minister Dan Pike on September 3. "
            "It should be noted that the delegation headed by Minister Egon Flint visited the country on August 24. "
            "Pike conveyed the greetings of President Hal Stone to the hosts.")
    f = flags(text, ["Carl Moss", "Dan Pike", "Egon Flint", "Hal Stone"], pub=PartialDate(2020, 9, 4))
    assert f == {"Carl Moss": True, "Dan Pike": True, "Egon Flint": False, "Hal Stone": False}


def test_russian_grave_and_behalf_are_mentions():
    text = ("Министр обороны Артем Волков принял делегацию во главе с министром обороны Борисом Лесным. "
            "Гости возложили венки к могиле общенационального лидера Глеба Орлова. "
            "От лица президента Ивана Серова гость поздравил хозяев с праздником.")
    f = flags(text, ["Артем Волков", "Борисом Лесным", "Глеба Орлова", "Ивана Серова"], lang="ru")
    assert f["Артем Волков"] and f["Борисом Лесным"]
    assert not f["Глеба Орлова"] and not f["Ивана Серова"]


def test_spokesperson_and_interview_are_mentions():
    text = ("Defence Secretary Ada Quill met her counterpart Ben Rook in the capital on Thursday. "
            "\"The talks were useful,\" spokesperson Cy Lamb said in a statement the next day.")
    f = flags(text, ["Ada Quill", "Ben Rook", "Cy Lamb"], roles={"Cy Lamb": "spokesperson"}, pub=PartialDate(2021, 5, 21))
    assert f == {"Ada Quill": True, "Ben Rook": True, "Cy Lamb": False}


# --------------------------------------------------------------------------- where

def where(text, lang="en", countries=None):
    return places.where(text, lang, nlp.sentences(text), countries)


@pytest.mark.parametrize("text,lang,want", [
    ("The chief of the general staff met his guest in Baku on Thursday.", "en", "Baku"),
    ("Министры обороны провели переговоры в Москве.", "ru", "Moscow"),
    ("В Ереване состоялась встреча министров обороны двух стран.", "ru", "Yerevan"),
    ("The minister held talks with his counterpart on the sidelines of the Munich Security Conference.", "en", "Munich"),
    ("Weather\nBaku 16°C\n\nThe two ministers met and discussed the plan.", "en", None),
    ("The ministers met. The parade to be held on May 9 in Moscow was discussed.", "en", None),
    ("The minister met his counterpart during a visit to Armenia.", "en", None),
])
def test_where(text, lang, want):
    assert where(text, lang) == want


def test_dateline_of_a_visit():
    text = "Tbilisi, March 2, NEWSWIRE\n\nThe defence minister received the visiting delegation at the ministry."
    assert where(text, "en", ["GE"]) == "Tbilisi"
    assert where("Tbilisi, March 2, NEWSWIRE\n\nThe ministers talked by phone.", "en", ["GE"]) is None


# --------------------------------------------------------------------------- offices

@pytest.mark.parametrize("written,label", [
    ("Defence Minister", "Minister of Defence"), ("Minister of Defense", "Minister of Defence"),
    ("Minister of Defence", "Minister of Defence"), ("Deputy Defense Minister", "Deputy Minister of Defence"),
    ("Chief of General Staff of the Russian Armed Forces", "Chief of the General Staff"),
    ("Minister of Defense of the Republic of Belarus", "Minister of Defence"),
    ("First Deputy Defense Minister - Chief of the General Staff of the Armed Forces",
     "First Deputy Minister of Defence – Chief of the General Staff"),
])
def test_office_labels(written, label):
    assert offices.canonical_role(written) == label


@pytest.mark.parametrize("written,label", [("Army General", "Army General"), ("General of the Army", "Army General"),
                                           ("Colonel-General", "Colonel General")])
def test_rank_labels(written, label):
    assert offices.canonical_rank(written) == label


def test_unknown_office_has_no_label():
    assert offices.canonical_role("Keeper of the Royal Stables") is None
    assert offices.label_role("Keeper of the Royal Stables") == "Keeper of the Royal Stables"


# --------------------------------------------------------------------------- review

def test_review_lists_unknown_people_duplicates_and_offices(tmp_path):
    from generator.reference.registry import Registry
    from generator.quality.review import review

    people = [
        {"id": "zakir-hasanov", "name": "Zakir Hasanov", "names": {"en": "Zakir Hasanov", "ru": "Закир Гасанов"},
         "aliases": [], "country": "AZ", "roles": [], "articles": ["a1"]},
        {"id": "zakir-gasanov", "name": "Zakir Gasanov", "names": {"en": "Zakir Gasanov"}, "aliases": [],
         "country": "AZ", "roles": [], "articles": ["a2"]},
        {"id": "orin-tal", "name": "Orin Tal", "names": {"en": "Orin Tal", "ru": "Орин Таль"}, "aliases": [],
         "country": "AM", "roles": [{"role": "Keeper of the Royal Stables", "rank": None, "article": "a2"}], "articles": ["a2"]},
    ]
    (tmp_path / "data").mkdir()
    (tmp_path / "data/entities.json").write_text(json.dumps({"people": people}))
    (tmp_path / "data/articles.json").write_text(json.dumps([{"id": "a1", "seed": "seeds/a1.txt"}, {"id": "a2", "seed": "seeds/a2.txt"}]))
    out = review(tmp_path, Registry())
    data = yaml.safe_load(out)
    unknown = {p["id"] for p in data["people"]}
    assert unknown == {"zakir-gasanov", "orin-tal"}
    assert {"id": "orin-tal", "name": "Orin Tal", "ru": "Орин Таль", "country": "AM"} in data["people"]
    assert data["duplicates"][0]["id"] == "zakir-hasanov" and "Zakir Gasanov" in data["duplicates"][0]["aliases"]
    assert data["offices"] == ["Keeper of the Royal Stables"]
    assert "seeds/a2.txt" in out


def test_review_without_a_build_says_what_to_do(tmp_path):
    from generator.reference.registry import Registry
    from generator.quality.review import ReviewError, review

    with pytest.raises(ReviewError, match="run `generator build"):
        review(tmp_path, Registry())


def test_role_of_a_leader_and_country_led_by_are_mentions():
    text = ("Defence Minister Ida Marsh met the delegation led by Chief of Staff Jon Vale in the capital. "
            "Marsh stressed the role of President Kai Dunn in the partnership. "
            "The republic, led by Prime Minister Lev Brand, sent warm greetings to the meeting.")
    f = flags(text, ["Ida Marsh", "Jon Vale", "Kai Dunn", "Lev Brand"])
    assert f["Ida Marsh"] and f["Jon Vale"]
    assert not f["Kai Dunn"]
    assert not f["Lev Brand"]


def test_nakanune_is_the_day_before_unless_the_eve_of_something():
    pub = PartialDate(2021, 5, 20)
    assert ev("Об этом накануне сообщил министр обороны после переговоров.", "ru", pub).iso() == "2021-05-19"
    assert ev("Министры провели переговоры накануне визита президента.", "ru", pub).iso() == "2021-05-20"


def test_a_day_recalled_in_a_quotation_is_not_the_meeting():
    text = 'The ministers held talks in the capital. Minister Ola Berg said: "We met on 16 August at the council session."'
    assert ev(text, "en", PartialDate(2016, 9, 2)).iso() == "2016-09-02"


def test_an_old_day_in_the_lead_is_background():
    text = "The defence ministers of the two states, whose relations began on 5 September 1992, met in the capital."
    assert ev(text, "en", PartialDate(2021, 3, 4)).iso() == "2021-03-04"


def test_a_day_without_its_year_in_a_year_end_review_keeps_the_reports_year():
    text = "The minister paid an official visit to the neighbouring republic on April 19 and held talks there."
    assert ev(text, "en", PartialDate(2011, 12, 30)).iso() == "2011-04-19"


def test_a_dateline_taken_out_of_the_body_still_names_the_place():
    body = "The deputy minister received the visiting delegation and held talks on cooperation."
    assert places.where(body, "en", nlp.sentences(body), ["GE"]) is None
    assert places.where(body, "en", nlp.sentences(body), ["GE"], None, ("Tbilisi, March 2, NEWSWIRE",)) == "Tbilisi"


def test_a_capital_named_after_its_country():
    text = "The two chiefs of staff held talks in Azerbaijan's capital Baku on Monday."
    assert where(text) == "Baku"
    assert where("Министры провели переговоры в столице Азербайджана Баку.", "ru") == "Baku"


def test_every_registry_person_has_a_russian_name_in_the_nominative():
    from generator.reference.registry import DEFAULT

    people = yaml.safe_load(DEFAULT.read_text(encoding="utf-8"))["people"]
    missing = [p["id"] for p in people if not p.get("ru")]
    assert not missing, f"add `ru:` (the Russian name, nominative) for {missing} in {DEFAULT}"
    m = nlp.morph()
    for p in people:
        surname = p["ru"].split()[-1]
        parses = m.parse(surname)
        if parses and "Surn" in parses[0].tag:
            assert "nomn" in parses[0].tag or any("nomn" in x.tag for x in parses), (p["id"], p["ru"])


def test_another_day_counts_even_when_the_year_is_unknown():
    text = ("СТОЛИЦА, 21 февраля. Министр обороны Олег Рябов прибыл с визитом и провел переговоры с президентом Ильей Мором. "
            "16 февраля Рябов встречался в Москве со своим коллегой Петром Дубом.")
    people = [P("Олег Рябов", [(text.find("Олег Рябов"), text.find("Олег Рябов") + 10)]),
              P("Ильей Мором", [(text.find("Ильей Мором"), text.find("Ильей Мором") + 11)]),
              P("Петром Дубом", [(text.find("Петром Дубом"), text.find("Петром Дубом") + 12)])]
    sents = nlp.sentences(text)
    hits = events.find_dates(text, "ru", None)
    when, _ = events.event_date(text, "ru", None, sents, hits)
    assert when is None and events.reference_md(text, "ru", sents) == (2, 21)
    f = participants.flag(text, "ru", people, when, hits, sents, events.reference_md(text, "ru", sents))
    assert f == {"Олег Рябов": True, "Ильей Мором": True, "Петром Дубом": False}


def test_an_earlier_occasion_in_a_later_clause_does_not_touch_the_name():
    text = ("Minister Rob Hale held talks with his counterparts in the capital on Wednesday. "
            "In talks with Defence Secretary Tim Gale, Hale said he was pleased with cooperation "
            "after the two ministries signed a memorandum last year.")
    assert flags(text, ["Rob Hale", "Tim Gale"], pub=PartialDate(2018, 2, 15)) == {"Rob Hale": True, "Tim Gale": True}


def test_a_quotation_over_two_sentences_belongs_to_the_speaker():
    text = ('Minister Nils Ek held talks with his guest at the ministry on Tuesday. "We have a big plan. '
            'I hope to build on my visit to your capital last October," Ek said.')
    assert flags(text, ["Nils Ek"], pub=PartialDate(2019, 1, 23)) == {"Nils Ek": True}
    text2 = ('The ministers met on Tuesday. "We have a big plan. I hope to finish it," '
             'Minister Nils Ek said in an interview last October.')
    assert flags(text2, ["Nils Ek"], pub=PartialDate(2019, 1, 23)) == {"Nils Ek": False}


def test_quote_spans_survive_a_stray_quote():
    par = 'He said ties were "growing fast. "We will meet again in May," Ek said.'
    spans = participants.quote_spans(par)
    assert [par[a:b] for a, b in spans] == ['"We will meet again in May,"']
    ru = "«Мы встретимся», – сказал он."
    assert [ru[a:b] for a, b in participants.quote_spans(ru)] == ["«Мы встретимся»"]


# --------------------------------------------------------------------------- frames govern one name (round 2)

def test_a_proxy_frame_governs_only_the_next_name():
    text = ("On behalf of President Ivo Lind, Defence Minister Arlo Venn welcomed Defence Minister Bela Roth "
            "to the ministry.")
    f = flags(text, ["Ivo Lind", "Arlo Venn", "Bela Roth"])
    assert f == {"Ivo Lind": False, "Arlo Venn": True, "Bela Roth": True}


def test_russian_proxy_frame_without_a_comma_stops_at_the_next_person():
    text = "От имени президента Ивана Серова министр обороны Артем Волков приветствовал министра Бориса Лесного."
    f = flags(text, ["Ивана Серова", "Артем Волков", "Бориса Лесного"], lang="ru")
    assert f == {"Ивана Серова": False, "Артем Волков": True, "Бориса Лесного": True}


def test_according_to_is_a_speaker_not_a_mention():
    text = ("According to Defence Minister Arlo Venn, the talks with his counterpart Bela Roth focused on "
            "peacekeeping training.")
    f = flags(text, ["Arlo Venn", "Bela Roth"])
    assert f == {"Arlo Venn": True, "Bela Roth": True}
    ru = "По словам министра обороны Артема Волкова, переговоры с коллегой Борисом Лесным касались подготовки миротворцев."
    assert flags(ru, ["Артема Волкова", "Борисом Лесным"], lang="ru") == {"Артема Волкова": True, "Борисом Лесным": True}


def test_greeting_the_guests_is_the_host_speaking():
    text = ("Greeting the visiting delegation, Defence Minister Arlo Venn praised the level of cooperation. "
            "The guests were led by Deputy Minister Bela Roth.")
    assert flags(text, ["Arlo Venn", "Bela Roth"]) == {"Arlo Venn": True, "Bela Roth": True}


def test_reported_speech_that_puts_a_person_at_the_meeting():
    text = ("Defence Minister Arlo Venn met his guest Bela Roth. Arlo Venn said that he and Deputy Minister Carl Moss "
            "had briefed the guests on the reform. Arlo Venn noted that President Ivo Lind valued the partnership.")
    f = flags(text, ["Arlo Venn", "Bela Roth", "Carl Moss", "Ivo Lind"])
    assert f == {"Arlo Venn": True, "Bela Roth": True, "Carl Moss": True, "Ivo Lind": False}
    ru = ("Министр обороны Артем Волков встретился с Борисом Лесным. Волков отметил, что вместе с заместителем "
          "Глебом Орловым провел для гостей презентацию реформы.")
    f = flags(ru, ["Артем Волков", "Борисом Лесным", "Глебом Орловым"], lang="ru")
    assert all(f.values()), f


# --------------------------------------------------------------------------- announced or under way (round 2)

@pytest.mark.parametrize("text,lang,want", [
    ("Defence Minister Omar Tahir will visit the capital next week to meet his counterpart, the ministry said.", "en", None),
    ("The chief of staff is expected to hold talks with the visiting delegation.", "en", None),
    ("A busy exercise programme is planned for next year, Minister Tahir said during the talks with his guest.", "en", "2020-09-04"),
    ("Министр обороны Омар Тахир посетит столицу соседней страны с официальным визитом.", "ru", None),
    ("Министры обороны двух стран встретятся в столице для обсуждения плана.", "ru", None),
    ("На будущий год намечена обширная программа учений, сообщил министр в ходе встречи с коллегой.", "ru", "2020-09-04"),
])
def test_announced_only_when_the_future_governs_the_meeting(text, lang, want):
    got = ev(text, lang, PartialDate(2020, 9, 4))
    assert (got.iso() if got else None) == want


# --------------------------------------------------------------------------- where: the meeting's clause (round 2)

@pytest.mark.parametrize("text,lang,want", [
    # a posting or a past career in an aside is not where the meeting is
    ("The envoy of Ruritania to Freedonia, who is based in Moscow, attended the meeting of the two ministers in Baku.", "en", "Baku"),
    ("Defence Minister Omar Tahir, a graduate of the staff college in Moscow, met his guest in Astana on Thursday.", "en", "Astana"),
    ("Министр обороны Омар Тахир, ранее служивший в Гродно, провел переговоры с коллегой в Минске.", "ru", "Minsk"),
    # a nationality word is not a city
    ("The minister met his guest in the Kazakh capital on Thursday.", "en", "Astana"),  # the capital named through its country
    # a later meeting agreed or an invitation is not this one
    ("The two ministers held a phone call and agreed to meet in Tashkent in June.", "en", None),
    ("Министры провели телефонный разговор и договорились встретиться в Ташкенте в июне.", "ru", None),
    ("The ministers held talks. The guest invited his host to visit Stockholm next year.", "en", None),
    # another event's place
    ("The ministers signed the plan. Meanwhile an arms exhibition is being held in Tashkent.", "en", None),
    ("Министры подписали план. Выставка вооружений проходит в Ташкенте, сообщили в министерстве.", "ru", None),
    # an arrival participle is not an aside
    ("Министр обороны Омар Тахир, прибывший в Минск с визитом, провел переговоры с коллегой.", "ru", "Minsk"),
])
def test_where_takes_the_meeting_clause(text, lang, want):
    assert where(text, lang) == want


# --------------------------------------------------------------------------- dates further down (round 2)

@pytest.mark.parametrize("text,lang,want", [
    # an earlier meeting named further down does not date this one
    ("Defence Minister Omar Tahir met his counterpart in the capital. The sides discussed regional security. "
     "The two ministers last met on 2 February, when they signed a memorandum.", "en", "2021-03-15"),
    ("Министр обороны Омар Тахир встретился с коллегой. Стороны обсудили подготовку к учениям и итоги встречи 2 марта.",
     "ru", "2021-03-15"),
    # a coming day without a year is this year's, so it is an announcement, not last year's meeting
    ("Министр обороны встретился с коллегой. Стороны обсудили учения, которые пройдут 20 марта.", "ru", "2021-03-15"),
    ("The ministers met in the capital. They reviewed the drills that start on March 28.", "en", "2021-03-15"),
    # a day close to the report, further down, still dates the meeting
    ("The ministers held talks in the capital. The ministry said the talks took place on 12 March.", "en", "2021-03-12"),
])
def test_days_further_down(text, lang, want):
    got = ev(text, lang, PartialDate(2021, 3, 15))
    assert (got.iso() if got else None) == want


def test_a_city_dated_another_day_is_another_occasion():
    text = ("Министр обороны Омар Тахир встретился с коллегой. Стороны обсудили итоги встречи 2 марта в Тбилиси.")
    assert places.where(text, "ru", nlp.sentences(text), None, when=PartialDate(2021, 3, 15)) is None
    text = "The ministers met in Tbilisi on 15 March and signed a plan."
    assert places.where(text, "en", nlp.sentences(text), None, when=PartialDate(2021, 3, 15)) == "Tbilisi"


def test_an_earlier_year_is_another_occasion_but_a_later_one_or_an_aside_is_not():
    text = ("Defence Minister Arlo Venn received Defence Minister Bela Roth. In 2019, President Ivo Lind visited the "
            "academy. Arlo Venn, who has led the ministry since 2018, invited Bela Roth to the exhibition in 2025.")
    f = flags(text, ["Arlo Venn", "Bela Roth", "Ivo Lind"], pub=PartialDate(2021, 5, 18))
    assert f == {"Arlo Venn": True, "Bela Roth": True, "Ivo Lind": False}
    ru = "Министр Артем Волков принял министра Бориса Лесного. В 2017 году президент Иван Серов посетил академию."
    f = flags(ru, ["Артем Волков", "Бориса Лесного", "Иван Серов"], lang="ru", pub=PartialDate(2021, 5, 18))
    assert f == {"Артем Волков": True, "Бориса Лесного": True, "Иван Серов": False}


def test_presence_words_make_participants():
    text = ("The defence ministers met at the ministry. The talks were held with the participation of Deputy Minister "
            "Carl Moss. The session was chaired by General Dan Pike.")
    assert flags(text, ["Carl Moss", "Dan Pike"]) == {"Carl Moss": True, "Dan Pike": True}
    ru = "Министры провели переговоры. Встреча прошла при участии заместителя министра Глеба Орлова."
    assert flags(ru, ["Глеба Орлова"], lang="ru") == {"Глеба Орлова": True}


# --------------------------------------------------------------------------- where: names and regions (round 2)

def test_an_alternate_name_of_a_small_foreign_town_is_not_read_as_a_city():
    text = "The guests met the minister at the Alley of Honour and laid wreaths."
    assert where(text, "en", ["AZ", "KZ"]) is None


def test_a_region_named_after_its_city_is_not_the_city():
    text = "The ministers watched the drills at a training ground in the Nakhchivan Autonomous Republic, the ministry said."
    assert where(text, "en", ["AZ", "TR"]) is None


def test_visited_city_and_a_visit_aside_name_the_place():
    assert where("The Uzbek minister visited Baku and held talks with his counterpart.", "en") == "Baku"
    text = "The minister received the envoy, who is on a visit to Baku, the ministry said on March 1."
    assert where(text, "en") == "Baku"
    text = "Министры обороны провели переговоры и подписали соглашение."
    assert places.where(text, "ru", nlp.sentences(text), None, "Министр обороны соседней страны посетил Баку") == "Baku"


def test_an_earlier_years_visit_does_not_place_the_meeting():
    text = "The ministers signed the plan at talks today. In 2019 the minister visited Bishkek for the first time."
    assert places.where(text, "en", nlp.sentences(text), None, when=PartialDate(2024, 2, 12)) is None


# --------------------------------------------------------------------------- speakers (round 2)

def test_a_speaker_named_only_further_down_is_a_participant_but_a_commentator_is_not():
    text = ("The defence ministers of the two countries met at the ministry and signed a plan. "
            "The sides discussed training. Regional security was also on the agenda. "
            "\"We are satisfied with the talks,\" Bela Roth said. "
            "\"The plan is ambitious,\" said Cy Lamb, a defence analyst.")
    f = flags(text, ["Bela Roth", "Cy Lamb"], roles={"Bela Roth": "Minister", "Cy Lamb": "defence analyst"})
    assert f == {"Bela Roth": True, "Cy Lamb": False}


def test_an_aside_that_puts_a_speaker_at_the_meeting():
    text = ("The ministers met in the capital. The sides discussed training. Regional security was on the agenda. "
            "The Chief of the General Staff, General Dan Pike, who accompanied the minister, told the hosts about the reform.")
    assert flags(text, ["Dan Pike"]) == {"Dan Pike": True}


def test_an_aside_about_one_person_does_not_date_the_others():
    text = ("Defence Minister Arlo Venn, who previously served as attache in the capital, met Defence Minister Bela Roth. "
            "General Dan Pike, who took office on 1 February, received Deputy Minister Carl Moss.")
    f = flags(text, ["Arlo Venn", "Bela Roth", "Dan Pike", "Carl Moss"], pub=PartialDate(2021, 5, 18))
    assert all(f.values()), f
    ru = "Министр Артем Волков, ранее служивший атташе в столице, встретился с министром Борисом Лесным."
    assert all(flags(ru, ["Артем Волков", "Борисом Лесным"], lang="ru").values())


def test_remembrance_and_letters_more_shapes():
    text = ("Defence Minister Arlo Venn received Defence Minister Bela Roth. The guests visited the mausoleum of "
            "Ostap Gray and the Alley of Honour, where Ivo Lind is buried. President Hal Stone sent a congratulatory "
            "letter to the participants.")
    f = flags(text, ["Arlo Venn", "Bela Roth", "Ostap Gray", "Ivo Lind", "Hal Stone"])
    assert f == {"Arlo Venn": True, "Bela Roth": True, "Ostap Gray": False, "Ivo Lind": False, "Hal Stone": False}
    ru = ("Министр Артем Волков принял министра Бориса Лесного. Гости посетили мавзолей Глеба Орлова. "
          "Президент Иван Серов направил участникам приветственное письмо.")
    f = flags(ru, ["Артем Волков", "Бориса Лесного", "Глеба Орлова", "Иван Серов"], lang="ru")
    assert f == {"Артем Волков": True, "Бориса Лесного": True, "Глеба Орлова": False, "Иван Серов": False}


def test_a_dateline_names_the_place_only_in_the_host_country():
    text = ("MOSCOW, October 5, NEWSWIRE\n\nThe defence minister, who is on an official visit to Vietnam, "
            "held talks with his counterpart.")
    assert where(text, "en", ["RU", "VN"]) is None
    text = ("Hanoi, October 5, NEWSWIRE\n\nThe Russian defence minister, on an official visit to Vietnam, "
            "held talks with his counterpart.")
    assert where(text, "en", ["RU", "VN"]) == "Hanoi"
    ru = ("МОСКВА, 5 октября. /НОВОСТИ/. Министр обороны России, находящийся с визитом во Вьетнаме, "
          "провел переговоры с коллегой.")
    assert where(ru, "ru", ["RU", "VN"]) is None


@pytest.mark.parametrize("text,lang,want", [
    ("The defence ministers met Tuesday in the capital, officials said.", "en", "2021-03-16"),
    ("The defence secretary said in a statement Thursday that the talks with his guest were useful.", "en", "2021-03-18"),
    ("Updated Monday, 15 March 2021\n\nThe defence ministers met in the capital and signed a plan.", "en", "2021-03-19"),
    ("В минувший вторник министры обороны двух стран провели переговоры.", "ru", "2021-03-16"),
])
def test_weekdays_in_agency_style(text, lang, want):
    got = ev(text, lang, PartialDate(2021, 3, 19))
    assert (got.iso() if got else None) == want


def test_agreements_reached_and_tasks_set_by_a_head_of_state_are_mentions():
    text = ("Defence Minister Arlo Venn received Defence Minister Bela Roth. They discussed the agreements reached by "
            "Presidents Ivo Lind and Hal Stone, and the tasks set by Prime Minister Ostap Gray.")
    f = flags(text, ["Arlo Venn", "Bela Roth", "Ivo Lind", "Hal Stone", "Ostap Gray"])
    assert f == {"Arlo Venn": True, "Bela Roth": True, "Ivo Lind": False, "Hal Stone": False, "Ostap Gray": False}
    ru = ("Министр Артем Волков принял министра Бориса Лесного. Стороны обсудили выполнение договоренностей, "
          "достигнутых президентом Иваном Серовым.")
    f = flags(ru, ["Артем Волков", "Бориса Лесного", "Иваном Серовым"], lang="ru")
    assert f == {"Артем Волков": True, "Бориса Лесного": True, "Иваном Серовым": False}


def test_a_partnership_declared_by_presidents_is_a_mention():
    text = ("Defence Minister Arlo Venn and his counterpart Bela Roth signed a roadmap. They noted that the "
            "partnership declared by Presidents Ivo Lind and Hal Stone opened new opportunities.")
    f = flags(text, ["Arlo Venn", "Bela Roth", "Ivo Lind", "Hal Stone"])
    assert f == {"Arlo Venn": True, "Bela Roth": True, "Ivo Lind": False, "Hal Stone": False}


def test_a_dateline_of_a_delegations_talks_is_the_place():
    ru = ("ДУШАНБЕ, 13 апреля. /НОВОСТИ/. Министр обороны провел переговоры с делегацией соседней страны, "
          "которую возглавлял первый заместитель министра.")
    assert where(ru, "ru", ["TJ", "UZ"]) == "Dushanbe"


def test_what_a_president_has_repeatedly_said_is_a_mention():
    text = ("Defence Minister Arlo Venn received Defence Minister Bela Roth. President Ivo Lind has repeatedly "
            "stressed the importance of the partnership, Arlo Venn noted.")
    f = flags(text, ["Arlo Venn", "Bela Roth", "Ivo Lind"])
    assert f == {"Arlo Venn": True, "Bela Roth": True, "Ivo Lind": False}
    ru = "Министр Артем Волков принял министра Бориса Лесного. Президент Иван Серов неоднократно подчеркивал важность партнерства."
    f = flags(ru, ["Артем Волков", "Бориса Лесного", "Иван Серов"], lang="ru")
    assert f == {"Артем Волков": True, "Бориса Лесного": True, "Иван Серов": False}


def test_a_phone_call_or_video_conference_has_no_place():
    assert where("The two ministers held a video conference; the host minister spoke from Baku.", "en") is None
    assert where("Министры провели телефонный разговор, министр находился в Минске.", "ru") is None
    assert where("The ministers met in Baku after a phone call last month.", "en") == "Baku"


def test_a_date_line_makes_a_year_only_page_date_precise():
    text = "Ministers meet\n\nMonday, 15 March 2021\n\nThe defence minister met his counterpart in the capital."
    assert ev(text, "en", PartialDate(2021)).iso() == "2021-03-15"
    ru = "Министры встретились\n\n5 мая 2022\n\nМинистр обороны встретился с коллегой вчера в столице."
    assert ev(ru, "ru", PartialDate(2022)).iso() == "2022-05-04"
    # a date line of another year does not replace the page's year
    assert ev("Archive\n\n5 May 2019\n\nThe defence minister met his counterpart.", "en", PartialDate(2022)).iso() == "2022"


def test_at_the_invitation_of_the_host_the_place_stands():
    assert where("At the invitation of the defence minister the delegation arrived in Baku for talks.", "en") == "Baku"
    assert where("По приглашению министра обороны делегация прибыла в Баку для переговоров.", "ru") == "Baku"


def test_an_army_founded_by_a_leader_is_background():
    text = ("Defence Minister Arlo Venn received Defence Minister Bela Roth at the academy founded by President Ostap Gray.")
    f = flags(text, ["Arlo Venn", "Bela Roth", "Ostap Gray"])
    assert f == {"Arlo Venn": True, "Bela Roth": True, "Ostap Gray": False}


def test_called_on_is_a_meeting_and_its_place_counts():
    text = "RAWALPINDI, May 3 (NEWSWIRE): The navy chief of a friendly country called on the army chief at the headquarters."
    assert where(text, "en", ["PK", "CN"]) == "Rawalpindi"
    text = "The two countries are close partners. The air chief called on the prime minister in Islamabad on Tuesday."
    assert where(text, "en") == "Islamabad"
    ru = "Две страны давно сотрудничают. Министры обменялись мнениями в Минске."
    assert where(ru, "ru") == "Minsk"


def test_here_in_a_dateline_report_is_the_datelines_city():
    text = ("RIYADH, January 15, 2020 (NEWSWIRE) -- The assistant minister received at his office here yesterday "
            "the visiting state minister of defence.")
    assert where(text, "en", ["JP"]) == "Riyadh"
    text = "Belgrade, 12 March 2019 - The defence minister met here today with the chief of a foreign general staff."
    assert where(text, "en", ["CZ"]) == "Belgrade"
    ru = "МИНСК, 12 марта. /НОВОСТИ/. Здесь состоялись переговоры министров обороны двух стран."
    assert where(ru, "ru", ["KZ"]) == "Minsk"
    assert where("The ministers held a virtual meeting in the capital.", "en") is None


def test_directives_and_auspices_of_a_king_are_a_mention():
    text = "The meeting of Arlo Venn and Bela Roth was held on the directives of King Ostap Gray."
    f = flags(text, ["Arlo Venn", "Bela Roth", "Ostap Gray"])
    assert f == {"Arlo Venn": True, "Bela Roth": True, "Ostap Gray": False}


@pytest.mark.parametrize("text,lang,want", [
    ("The ministry reported on March 3 that the two ministers met on March 2 in the capital.", "en", "2021-03-02"),
    ("The ministry reported on March 3 that the two ministers met in the capital.", "en", "2021-03-03"),
    ("Министерство сообщило 3 марта, что министры встретились 2 марта.", "ru", "2021-03-02"),
])
def test_the_meetings_day_before_the_reports_day(text, lang, want):
    got = ev(text, lang, PartialDate(2021, 3, 4))
    assert (got.iso() if got else None) == want


@pytest.mark.parametrize("text,lang,want", [
    ("The ministers held talks in the city of Ganja on Friday.", "en", "Ganja"),
    ("The ministers held talks in the capital of Azerbaijan, Baku, on Friday.", "en", "Baku"),
    ("Министры провели переговоры в г. Гянджа.", "ru", "Ganja"),
    ("Министры провели переговоры в городе Гянджа.", "ru", "Ganja"),
    ("Министры провели переговоры в столице Азербайджана Баку.", "ru", "Baku"),
])
def test_city_of_and_abbreviated_city(text, lang, want):
    assert where(text, lang) == want


def test_a_spokesperson_or_analyst_titled_in_the_text_is_not_a_participant():
    text = ("The defence ministers met in the capital and signed a plan. \"The talks went well,\" ministry spokesman "
            "Cy Lamb told reporters. \"It is a step forward,\" said independent analyst Dan Pike.")
    f = flags(text, ["Cy Lamb", "Dan Pike"], roles={"Cy Lamb": None, "Dan Pike": None})
    assert f == {"Cy Lamb": False, "Dan Pike": False}
    ru = "Министры провели переговоры. «Переговоры прошли успешно», — сообщил пресс-секретарь министерства Глеб Орлов."
    assert flags(ru, ["Глеб Орлов"], lang="ru", roles={"Глеб Орлов": None}) == {"Глеб Орлов": False}


def test_a_city_that_hosted_the_talks():
    assert where("The two countries are partners. Tbilisi hosted the talks of the defence ministers on Friday.", "en") == "Tbilisi"
    assert where("The two countries are partners. Georgia hosted the talks of the defence ministers.", "en") is None

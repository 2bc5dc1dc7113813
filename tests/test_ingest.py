"""Layout recognizers, one family at a time, English and Russian side by side."""

import pytest

from generator.ingest.draft import attribution, is_page_chrome, looks_like_agency
from generator.ingest.reader import parse_text
from generator.model import PartialDate


@pytest.mark.parametrize("text, date, author, source", [
    pytest.param(" date 2022-03-14 By Leyla Aliyeva\n\nThe minister met the envoy.", "2022-03-14", "Leyla Aliyeva", None, id="en byline person"),
    pytest.param(" date 2022-03-14 By Trend\n\nThe minister met the envoy.", "2022-03-14", None, "Trend", id="en byline agency"),
    pytest.param(" date 2022-03-14 By Caspian News Agency\n\nThe minister met the envoy.", "2022-03-14", None, "Caspian News Agency", id="en byline unknown agency"),
    pytest.param(" date 2019-10 The minister of defence received the attaché today.", "2019-10", None, None, id="month-only date with text after it"),
    pytest.param(" date 2021 By АзерТАдж\n\nМинистр принял посла.", "2021", None, "AzerTag", id="ru agency alias"),
])
def test_header_date_byline(text, date, author, source):
    p = parse_text(text)
    assert (p.date.iso() if p.date else None) == date
    assert p.author == author
    assert p.source == source
    assert p.body_lines, "the article text is kept"


def test_month_only_header_keeps_first_paragraph():
    p = parse_text(" date 2019-10 The Minister of Defense met his counterpart.\n\nSecond paragraph.")
    assert p.date == PartialDate(2019, 10)
    assert p.body_lines[0].startswith("The Minister of Defense")
    assert len(p.body_lines) == 2


SCRAPED_RU = """• пятница, 12 Апреля, 10:41
  • Baku Баку 18°C

Министры обороны обсудили учения

14 марта 2022 | 11:20
Министры обороны обсудили учения
Сегодня министр обороны провел встречу с делегацией.
Стороны обсудили подготовку к учениям.

Официальный сайт Министерства обороны Республики Казахстан
banner

Советуем почитать
Другая новость про парад
"""


def test_scraped_page_ru():
    p = parse_text(SCRAPED_RU)
    assert p.lang == "ru"
    assert p.title == "Министры обороны обсудили учения"
    assert p.date == PartialDate(2022, 3, 14), "the dateline, never the clock line"
    assert p.body_lines[0].startswith("Сегодня министр"), "chrome and the repeated headline are gone"
    assert not any("парад" in b or "banner" in b for b in p.body_lines), "related list and banner dropped"
    assert p.source_phrase == "Министерства обороны Республики Казахстан"


def test_scraped_page_en():
    text = "Ministers review joint drills\n\nMarch 14, 2022 | 11:20\nMinisters review joint drills\nThe defence ministers met in Tbilisi.\n\nRelated news\nAnother story"
    p = parse_text(text)
    assert p.title == "Ministers review joint drills"
    assert p.date == PartialDate(2022, 3, 14)
    assert list(p.body_lines) == ["The defence ministers met in Tbilisi."]


@pytest.mark.parametrize("line, chrome", [
    ("• четверг, 28 Марта, 15:06", True),
    ("  • Baku Баку 16°C", True),
    ("Thursday, 28 March, 15:06", True),
    ("The meeting took place on Thursday.", False),
    ("Сегодня, 18 мая министр обороны встретился с гостем.", False),
])
def test_page_chrome(line, chrome):
    assert is_page_chrome(line) is chrome


@pytest.mark.parametrize("body, outlet", [
    ("Report informs citing the Defense Ministry that the sides met.", "Report"),
    ("The sides met in Baku, Trend reports Feb. 6 referring to the ministry.", "Trend"),
    ("AzerTag reports that the delegation arrived.", "AzerTag"),
    ("The sides met, the Defence Ministry reported on May 20.", None),
    ("The ministry said the talks went well.", None),
    ("Как сообщает Интерфакс, стороны встретились.", None),
])
def test_attribution(body, outlet):
    assert attribution(body) == outlet


def test_source_precedence_and_tail():
    p = parse_text(" date 2020-02-07 By Trend\n\nThe chief met the general.\n\n---\n\nFollow us on Twitter @AzerNewsAz")
    assert p.source == "Trend", "a byline agency outranks a follow-us tail"
    assert list(p.body_lines) == ["The chief met the general."]
    q = parse_text(" date 2020-02-07 By Rauf Aliyev\n\nThe chief met the general.\n\nFollow us on Twitter @AzerNewsAz")
    assert q.source == "AzerNews" and q.author == "Rauf Aliyev"


def test_copyright_tail_names_source():
    p = parse_text("Headline here\n\nOctober 19, 2021 | 14:05\nThe envoy arrived.\n\n© 2021 Caucasus Wire\n\nRelated news\nOther")
    assert p.source == "Caucasus Wire"
    assert list(p.body_lines) == ["The envoy arrived."]


@pytest.mark.parametrize("byline, agency", [("Trend", True), ("APA", True), ("Vafa Ismayilova", False), ("Caspian Media", True)])
def test_agency_or_person(byline, agency):
    assert looks_like_agency(byline) is agency


def test_language_detection():
    assert parse_text("Министр обороны встретился с послом.").lang == "ru"
    assert parse_text("The minister met the ambassador in Москва.").lang == "en"


@pytest.mark.parametrize("text, title, first", [
    pytest.param("Azerbaijan and Turkey sign military cooperation plan\n\nThe defence ministers of the two countries signed a plan in Baku on Friday.",
                 "Azerbaijan and Turkey sign military cooperation plan", "The defence ministers", id="en headline first"),
    pytest.param("Министры обороны обсудили сотрудничество\n\nВ Баку состоялась встреча министров обороны двух стран, на которой обсуждались вопросы.",
                 "Министры обороны обсудили сотрудничество", "В Баку", id="ru headline first"),
    pytest.param("The minister met the envoy.\n\nThey talked about many things for a long time today.", None, "The minister", id="a sentence is not a headline"),
    pytest.param(" date 2021-05-20 By A Person\n\nTalks held in Baku today\n\nA much longer paragraph follows here, with a full stop.",
                 "Talks held in Baku today", "A much longer", id="headline under a date header"),
    pytest.param(" date 2021-05-20 By A Person\n\nThe minister met the envoy in Baku on Monday.\n\nShort.", None, "The minister", id="date header, no headline"),
])
def test_headline_first(text, title, first):
    p = parse_text(text)
    assert p.title == title
    assert p.body_lines[0].startswith(first)


@pytest.mark.parametrize("body, source", [
    ("BAKU, May 20 (Trend) – The ministers met.", "Trend"),
    ("BAKU, Azerbaijan, June 7 (Trend) - The ministers met.", "Trend"),
    ("Baku, 20 мая /APA/. Министры встретились.", "APA"),
    ("MOSCOW, Oct 3 (Reuters) - Talks began.", "Reuters"),
    ("Baku, the capital, hosted the talks.", None),
])
def test_lead_dateline_agency(body, source):
    assert parse_text(body).source == source


@pytest.mark.parametrize("body", [
    "General Hasanov, commander of the Special Forces (SOF) - the elite unit met.",
    "NATO, the alliance (Brussels) - said it would help.",
])
def test_bracketed_word_is_not_an_agency(body):
    assert parse_text(body).source is None


@pytest.mark.parametrize("stamp, want", [("2024-05-21T09:40:00.000Z", "2024-05-21"),  # toISOString(), fractional
                                         ("2024-05-21T09:40:00+03:00", "2024-05-21"),
                                         ("not a date", None)])
def test_declared_date_reads_a_published_time_with_fractional_seconds(stamp, want):
    # htmldate's header stage rejects the first form; the page must not come out undated for it
    import lxml.html

    from generator.ingest.htmlpage import declared_date

    tree = lxml.html.fromstring(f'<html><head><meta property="article:published_time" content="{stamp}">'
                                f'</head><body><p>Text.</p></body></html>')
    assert declared_date(tree) == want

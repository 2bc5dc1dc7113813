import re

import pytest

from generator.model import PartialDate
from generator.text.dates import human, parse_date


@pytest.mark.parametrize("text, lang, expected", [
    pytest.param("2021-05-20", "en", "2021-05-20", id="iso day"),
    pytest.param("2019-10", "en", "2019-10", id="iso month"),
    pytest.param("2019", "en", "2019", id="year"),
    pytest.param("18 мая 2021", "ru", "2021-05-18", id="ru genitive month"),
    pytest.param("13 января 2015 г.", "ru", "2015-01-13", id="ru with g."),
    pytest.param("May 20, 2021", "en", "2021-05-20", id="en month name"),
    pytest.param("Feb. 6, 2020", "en", "2020-02-06", id="en abbreviated month"),
    pytest.param("October 2019", "en", "2019-10", id="en month precision"),
    pytest.param("02.03.2016", "ru", "2016-03-02", id="ru dmy"),
    pytest.param("02-03-2016", "en", "2016-03-02", id="en dashes are day first"),
    pytest.param("02/03/2016", "en", "2016-02-03", id="en slashes are month first"),
    pytest.param("13/02/2016", "en", "2016-02-13", id="only valid reading"),
    pytest.param("вчера", "ru", None, id="relative ru"),
    pytest.param("2 hours ago", "en", None, id="relative en"),
    pytest.param("1234567890", "en", None, id="ten digits are not a timestamp"),
    pytest.param("28 Марта", "ru", None, id="no year: page clock"),
    pytest.param("not a date", "en", None, id="garbage"),
    pytest.param("2021-02-30", "en", None, id="invalid day"),
])
def test_parse_date(text, lang, expected):
    d = parse_date(text, lang)
    assert (d.iso() if d else None) == expected


def test_precision_never_filled():
    d = parse_date("2019-10", "en")
    assert d.day is None and d.precision == "month"
    assert parse_date("2019").month is None


def test_human():
    assert human(PartialDate(2021, 5, 20)) == "20 May 2021"
    assert human(PartialDate(2019, 10)) == "October 2019"
    assert human(PartialDate(2021, 5, 18), "ru") == "18 мая 2021"
    assert human(None) == "undated"


def test_month_names_come_from_babel_in_both_languages():
    from generator.text.dates import month_names, month_prepositional_ru, month_words

    assert month_names("en")[0] == "January" and month_names("en")[8] == "September"
    assert month_names("ru", "format")[4] == "мая" and month_names("ru", "format")[2] == "марта"  # genitive
    assert month_names("ru", "stand-alone")[4] == "май" and month_names("ru", "stand-alone")[0] == "январь"
    assert month_prepositional_ru()[:5] == ("январе", "феврале", "марте", "апреле", "мае")
    en, ru = month_words("en"), month_words("ru")
    assert en["sept"] == en["sep"] == en["september"] == 9 and en["may"] == 5
    assert ru["сент"] == ru["сентября"] == ru["сентябрь"] == 9 and ru["мая"] == ru["май"] == 5 and ru["ноя"] == 11


def test_month_words_read_in_text_en_and_ru():
    from generator.text.dates import find_dates

    def first(text, lang):
        return find_dates(text, lang)[0][0].iso()

    assert first("Talks held on 3 Sept. 2021 in Riga", "en") == "2021-09-03"
    assert first("Signed March 3, 2019 in Tbilisi", "en") == "2019-03-03"
    assert first("Report of Feb. 6, 2020", "en") == "2020-02-06"
    assert first("Встреча прошла 12 мая 2020 года", "ru") == "2020-05-12"
    assert first("Визит 3 сент 2018 г.", "ru") == "2018-09-03"
    assert first("Сентябрь 2017 года", "ru") == "2017-09"
    assert first("Новости, 23 ноя 2021, 10:38", "ru") == "2021-11-23"
    assert find_dates("В Мали 5 марта прошли учения", "ru")[0][1:3] == (3, 5)  # "Мали" is no month
    assert human(parse_date("2021-05-20"), "ru") == "20 мая 2021"  # genitive in a date
    assert human(parse_date("2021-05"), "ru") == "май 2021"  # nominative alone
    assert human(parse_date("2021-09-01"), "en") == "1 September 2021"


# --------------------------------------------------------------------------- round 5: more shapes of a timestamp

def test_dotted_dates_with_spaces_need_a_four_digit_year():
    from generator.text.dates import find_dates

    assert [d.iso() for d, *_ in find_dates("18. 09. 2020.") if d] == ["2020-09-18"]
    assert [d for d, *_ in find_dates("Steps 1. 2. 3. 4.") if d] == []


def test_an_edition_line_is_a_timestamp():
    from generator.text.dates import date_only

    assert date_only("Vol. 6, No. 2 — April 2020").iso() == "2020-04"
    assert date_only("Выпуск № 14, май 2020", "ru").iso() == "2020-05"
    assert date_only("Volume control and 2020 plans") is None


def test_relative_stamps_against_a_clock():
    import datetime

    from generator.text.dates import clock_of, relative_stamp

    clock = clock_of("Пн, 20.11.2023 01:30", "ru")
    assert clock == datetime.datetime(2023, 11, 20, 1, 30)
    assert relative_stamp("вчера, 14:20", clock).iso() == "2023-11-19"
    assert relative_stamp("5 hours ago", clock).iso() == "2023-11-19"  # before midnight
    assert relative_stamp("20 минут назад", clock, "ru").iso() == "2023-11-20"
    assert relative_stamp("Yesterday the ministers met in Bishkek", clock) is None
    assert clock_of("20 ноября", "ru") is None  # no year: no clock to read against


def test_a_weekday_names_one_day():
    from generator.text.dates import weekday_of

    assert weekday_of("Thu 02/03/2023") == 3
    assert weekday_of("16 мая 2024, четверг") == 3
    assert weekday_of("Mon–Fri 9:00–18:00") is None
    assert weekday_of("15.04.2023") is None


# --------------------------------------------------------------------------- round 6: stamps of pages never seen

def test_ordinal_of_and_apostrophe_years():
    from generator.text.dates import find_dates

    def dates(text, lang="en"):
        return [d.iso() for d, *_ in find_dates(text, lang) if d]

    assert dates("Friday 22nd of July 2022") == ["2022-07-22"]
    assert dates("the 3rd of March 2021 at noon") == ["2021-03-03"]
    assert dates("Jun 19 '23") == ["2023-06-19"]
    assert dates("19 Jun ’23, 4:05 pm") == ["2023-06-19"]
    assert dates("June '23 issue") == ["2023-06"]
    assert "2022-03-05" not in dates("Article 5 of March 2022 decree")  # 'of' only after an ordinal joins a day
    assert dates("rock 'n' roll since '23") == []


def test_a_time_zone_after_the_time_whatever_its_name():
    from generator.text.dates import date_only

    for line in ("Tuesday, 7 March 2023 | 09:12 PHT", "2022/10/04 21:15 KST", "07.03.2023 14:20 WIB",
                 "7 March 2023 11:02 AM AEDT", "07.03.2023, 10:38 (МСК)", "Tuesday, 7 March, 2023, 09:15 [IST]",
                 "7 March 2023 9:15 PM (Local)", "07.03.2023, 10:38 по московскому времени"):
        assert date_only(line, "ru" if re.search("[а-яА-Я]", line) else "en") is not None, line
    assert date_only("7 March 2023 | NATO summit") is None  # capitals not after a time are words


def test_a_second_calendar_beside_the_gregorian_date():
    from generator.text.dates import date_only

    assert date_only("Wednesday 8 February 2023 | 25 Magh 1429 BS").iso() == "2023-02-08"
    assert date_only("Saturday, 15 April 2023 / 24 Ramadan 1444 AH").iso() == "2023-04-15"
    assert date_only("26 Farvardin 1402 - 15 April 2023").iso() == "2023-04-15"
    assert date_only("Saturday, 15 April 2023 (B.E. 2566)").iso() == "2023-04-15"
    assert date_only("15 апреля 2023 г. / 24 рамадана 1444 г.", "ru").iso() == "2023-04-15"
    # a part naming a year close to the date's is no other calendar but other words
    assert date_only("15 April 2023 | Strategy 2025") is None
    assert date_only("24 Ramadan 1444 AH") is None  # no Gregorian date at all


def test_a_place_opening_the_stamp_line():
    from generator.text.dates import date_only

    assert date_only("Kathmandu, Wednesday 8 February 2023").iso() == "2023-02-08"
    assert date_only("Бишкек, 20 мая 2021 г.", "ru").iso() == "2021-05-20"
    assert date_only("Uzbek navy cadets visit Baku, 12 March 2023") is None

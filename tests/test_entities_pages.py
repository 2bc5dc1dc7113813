"""Entity rules for what real scraped pages bring (issue 11), on short texts of our own.

Each test is one mechanism: who is not a person (bylines, credits, outlets, institutions,
places), what is not part of a name (ranks, honorifics, patronymics, suffixes), how a name is
spelled (diacritics folded, Russian cases, news transliteration), which countries count, and
how agreements are counted and flagged.
"""

import pytest

from generator.extract import extract_one
from generator.model import Article, PartialDate
from generator.nlp import ner_en, ner_ru, transliterate
from generator.registry import Registry


def run(body, lang="en", date=PartialDate(2022, 5, 1), author=None):
    a = Article("t", "t.txt", lang, "", True, date, author, None, body)
    ner = ner_en([body])[0] if lang == "en" else ner_ru(body)
    return extract_one(a, ner, Registry())


def names(r):
    return sorted(p.name for p in r.people)


# --------------------------------------------------------------------------- people: who is one

def test_byline_and_author_are_not_people():
    body = ("By Rauf Mammadli\n\nDefence Minister Zakir Hasanov received a delegation from Georgia on Monday.\n\n"
            "Leyla Quliyeva")
    r = run(body, author="Leyla Quliyeva")
    assert names(r) == ["Zakir Hasanov"]


def test_name_and_outlet_line_is_a_byline():
    body = "Tural Safarli, Caspian Daily English\n\nThe Kazakh defence minister met his Turkish counterpart."
    assert names(run(body)) == []


@pytest.mark.parametrize("body,lang", [
    ("The ministers inspected the honour guard. (Photo by Anna Petrenko)\nTalks followed in Minsk.", "en"),
    ("Photo: Anna Petrenko\nThe ministers inspected the honour guard in Minsk.", "en"),
    ("Министры осмотрели почётный караул.\n© Фото: Анна Петренко\nПереговоры прошли в Минске.", "ru"),
    ("Источник изображения: страница генерала Armin Kessler\nМинистры провели переговоры.", "ru"),
])
def test_photo_credits_name_nobody(body, lang):
    assert names(run(body, lang)) == []


def test_outlets_institutions_and_places_are_not_people():
    body = ("Ria Novosti reported that the Head of the International Relations Section met the guests. "
            "The talks were held at the Dvorets Nezavisimosti in Minsk, with the Royal Marines band playing.")
    assert names(run(body)) == []


def test_headline_words_are_not_a_name():
    assert names(run("Defense Minister Had Meetings in Washington\n\nThe Armenian minister held talks there.")) == []


def test_single_organisation_word_is_not_a_person():
    r = run("Министр Минобороны Казахстана провёл совещание в Астане.", "ru")
    assert names(r) == []


def test_place_named_after_someone_ru():
    r = run("Переговоры министров прошли во Дворце им. Ивана Петрова в Минске.", "ru")
    assert names(r) == []


# --------------------------------------------------------------------------- people: what a name is

def test_hyphenated_and_abbreviated_ranks_are_trimmed_and_merged():
    body = ("Lieutenant-General Arman Dosanov arrived in Astana on Monday. "
            "Col-Gen Dosanov later inspected the troops, and Gen. Dosanov thanked them.")
    r = run(body)
    assert names(r) == ["Arman Dosanov"]
    assert len(r.people[0].spans) == 3


def test_honorifics_and_bin_names():
    body = ("Deputy Defence Minister Prince Faisal bin Nasser met the Russian delegation in Riyadh. "
            "Prince Faisal said the talks were useful. H.E. Dr Omar bin Rashid Al Marri also attended.")
    assert names(run(body)) == ["Faisal bin Nasser", "Omar bin Rashid Al Marri"]


def test_patronymic_is_dropped():
    r = run("President Ilham Heydar oglu Aliyev received the Israeli defence minister in Baku.")
    assert names(r) == ["Ilham Aliyev"]


def test_suffix_is_dropped_and_surname_joins():
    r = run("Defense Secretary Ramon Dizon Jr. met the visiting minister. Secretary Dizon said the talks were frank.")
    assert names(r) == ["Ramon Dizon"]


def test_diacritics_and_apostrophes():
    body = ("Croatian Defence Minister Tomislav Horvatić met Turkish Minister Yaşar Güler and Israeli Defence "
            "Minister Moshe Ya’alon in Brussels. Ya’alon said the meeting was useful.")
    r = run(body)
    assert names(r) == ["Moshe Ya'alon", "Tomislav Horvatic", "Yasar Guler"]
    by = {p.name: p for p in r.people}
    assert len(by["Moshe Ya'alon"].spans) == 2


def test_name_after_minister_of_defence_without_model():
    r = run("Georgia's Minister for Defense Levan Izoria has met his Turkish counterpart in Brussels.")
    assert "Levan Izoria" in names(r)


# --------------------------------------------------------------------------- Russian names

def test_declined_registry_name_in_nominative_position():
    # The writer left the name in the genitive; the registry still knows it.
    r = run("Документ подписали министр национальной обороны Турции Хулуси Акара и его коллега.", "ru")
    assert names(r) == ["Hulusi Akar"]


def test_name_case_read_from_its_own_ending():
    r = run("Министр посетит Париж и встретится с временно исполняющим обязанности министра обороны Франции Дюпоном.", "ru")
    assert names(r) == ["Dyupon"]


def test_news_transliteration():
    assert transliterate("Джамшид Хасанов") == "Jamshid Khasanov"
    assert transliterate("Раджнатх Сингх") == "Rajnath Singh"
    assert transliterate("Хренин") == "Khrenin"


def test_registry_spelling_for_foreign_names_written_in_russian():
    r = run("Президент Ирана Хасан Рухани принял министра обороны России Сергея Шойгу в Тегеране.", "ru")
    assert names(r) == ["Hassan Rouhani", "Sergei Shoigu"]


def test_yo_and_ye_are_one_letter_for_the_registry():
    r = run("Президент Узбекистана Шавкат Мирзиеев принял делегацию.", "ru")
    assert names(r) == ["Shavkat Mirziyoyev"]


# --------------------------------------------------------------------------- countries

@pytest.mark.parametrize("body,lang,codes", [
    ("About Us\nContact Us\nThe Armenian minister met his Georgian counterpart.", "en", ["AM", "GE"]),
    ("The US and Armenian ministers met.", "en", ["AM", "US"]),
    ("Baku, Azerbaijan, March 3 (Trend) - Kazakh and Uzbek ministers met in Tashkent.", "en", ["KZ", "UZ"]),
    ("Baku, Azerbaijan, March 3 (Trend) - Azerbaijan's minister met his Uzbek colleague.", "en", ["AZ", "UZ"]),
    ("The Croatian minister met his Montenegrin and Cypriot counterparts.", "en", ["CY", "HR", "ME"]),
    ("This page in English and Русский. The Armenian minister spoke.", "en", ["AM"]),
    ("Министр обороны Кыргызстана встретился с коллегой из Монголии.", "ru", ["KG", "MN"]),
])
def test_countries_on_pages(body, lang, codes):
    assert sorted(run(body, lang).countries) == codes


# --------------------------------------------------------------------------- agreements

def agreements(body, lang="en", date=PartialDate(2022, 5, 1)):
    return [(h.kind, h.parties, h.year, h.signed) for h in run(body, lang, date).agreements]


def test_bare_plan_is_the_dated_plan():
    body = ("The defence ministers of Armenia and Georgia signed the Bilateral Cooperation Plan for 2023. "
            "The plan covers training and exercises.")
    assert agreements(body) == [("plan", ("AM", "GE"), "2023", True)]


def test_year_span_with_hyphen():
    body = "Belarus and Russia approved the joint security plan for the period from 2025-2027."
    assert agreements(body) == [("plan", ("BY", "RU"), "2025-2027", True)]


def test_mou_signed_with_parties_from_the_article():
    body = ("The Chinese general visited Pakistan's army headquarters in Rawalpindi. "
            "Later, an MoU was signed for enhancement of defence cooperation.")
    assert agreements(body) == [("memorandum", ("CN", "PK"), None, True)]


def test_vague_plan_is_not_listed():
    body = "The Russian minister told his Mongolian colleague: we have a big cooperation plan."
    assert agreements(body) == []


def test_relative_clause_future_is_not_the_signing():
    body = ("The ministers of Armenia and France signed an agreement about bilateral defence cooperation, "
            "which will become a legal base for their work.")
    assert agreements(body) == [("agreement", ("AM", "FR"), None, True)]


def test_replaced_agreement_is_an_earlier_one():
    body = ("Kazakhstan and Russia signed a new military cooperation agreement. "
            "The agreement will replace the military agreement signed by the two countries in 1994.")
    got = agreements(body, date=None)
    assert sorted(got, key=lambda x: x[3]) == [("agreement", ("KZ", "RU"), None, False),
                                                ("agreement", ("KZ", "RU"), None, True)]


def test_month_before_the_article_is_an_earlier_occasion():
    body = ("Uzbekistan and Kazakhstan signed an agreement on military-technical cooperation. "
            "In March, the defence ministries of Kazakhstan and Uzbekistan concluded a military cooperation plan.")
    got = {k: s for k, _, _, s in agreements(body, date=PartialDate(2022, 5, 10))}
    assert got == {"agreement": True, "plan": False}


def test_nested_document_is_not_the_one_signed():
    body = ("Russia and Uzbekistan signed a plan on implementing the program of strategic military "
            "partnership for 2026-2030.")
    got = {k: (y, s) for k, _, y, s in agreements(body)}
    assert got == {"plan": ("2026-2030", True), "programme": ("2026-2030", False)}


@pytest.mark.parametrize("body,expect", [
    ("По итогам встречи министры обороны Грузии и Армении подпишут совместную декларацию.", ("declaration", False)),
    ("По итогам встречи утвержден план двустороннего военного сотрудничества Армении и Грузии на 2024 год.", ("plan", True)),
    ("Министры Армении и России обсудили подписанный план сотрудничества на 2023 год.", ("plan", False)),
])
def test_russian_agreement_status(body, expect):
    got = [(k, s) for k, _, _, s in agreements(body, "ru")]
    assert got == [expect]


def test_given_names_that_are_also_titles_stay():
    r = run("Начальник Генерального штаба генерал-лейтенант Султан Абдиев доложил о подготовке.", "ru")
    assert names(r) == ["Sultan Abdiyev"]


@pytest.mark.parametrize("headline", [
    "Azerbaijani Defense Minister Receives Delegation",
    "Defence Minister Holds Talks in Tbilisi",
    "President Hosted Defence Chiefs",
])
def test_title_case_headline_verbs_are_not_names(headline):
    assert names(run(headline + "\n\nThe minister met the guests in the capital.")) == []


def test_enumerated_compound_parties_give_one_document_each():
    body = ("The ministers ended the talks by signing the Serbia-Hungary, Serbia-Slovakia, and "
            "Serbia-Hungary-Slovakia Defence Cooperation Programmes for 2026.")
    got = sorted(p for _, p, _, _ in agreements(body))
    assert got == [("HU", "RS"), ("HU", "RS", "SK"), ("RS", "SK")]
    assert all(y == "2026" and s for _, _, y, s in agreements(body))


def test_reaching_agreement_is_no_document():
    body = "The Armenian and Georgian ministers reached an agreement to hold joint drills, and signed nothing."
    assert agreements(body) == []


@pytest.mark.parametrize("body,codes", [
    ("Turkey, Azerbaijan, and 2 other states sent observers.", ["AZ", "TR"]),
    ("Minsk, Belarus, 5 May - The Kazakh minister met his Uzbek colleague.", ["KZ", "UZ"]),
])
def test_dateline_needs_a_month(body, codes):
    assert sorted(run(body).countries) == codes


def test_an_extraction_error_loses_only_that_articles_entities(monkeypatch, caplog):
    from generator import extract

    def boom(*args, **kwargs):
        raise ValueError("rule failed")

    monkeypatch.setattr(extract, "extract_one", boom)
    a = Article("t", "seeds/t.txt", "en", "", True, None, None, None, "The Armenian minister met his Georgian colleague.")
    got = extract._run([a], Registry())
    assert got["t"][0].people == [] and got["t"][0].countries == []
    assert "seeds/t.txt" in caplog.text and "entities not extracted" in caplog.text

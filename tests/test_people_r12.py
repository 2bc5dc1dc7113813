"""Round 12: people names and the participant flag. Every sentence is written for these tests in our own
words with invented officials; nothing is taken from ../shared/corpus or a held-out set.

Kinds covered: a name hard-wrapped across a line break inside a paragraph; a family name the tagger called a
place; the tail of a place name after an office is no name; the Arabic article in Cyrillic («аль-»); a foreign
surname Russian leaves undeclined; the addressee of a letter handed over in person took part."""

import pytest

from conftest import extract_text as run
from conftest import people_by_name as people


# --------------------------------------------------------------------------- a name across a hard line wrap

@pytest.mark.parametrize("body, lang, name", [
    ("TALLINN, May 13 - On Monday the visiting Finnish Defence Minister Antero\nLaaksonen met his Estonian "
     "counterpart at the ministry in Tallinn to discuss air defence.", "en", "Antero Laaksonen"),
    ("The ministers of defence of the two countries met in Riga on Monday, Juris\nOzols said after the talks "
     "with the visiting delegation.", "en", "Juris Ozols"),
    ("В понедельник в Минске министр обороны Беларуси Виктор\nХренин провёл переговоры с министром обороны "
     "Казахстана.", "ru", "Viktor Khrenin"),
])
def test_a_name_hard_wrapped_inside_a_paragraph_is_joined(empty_registry, body, lang, name):
    assert name in people(run(body, lang, empty_registry))


@pytest.mark.parametrize("text, at, wrapped", [
    ("On Monday the visiting Finnish Defence Minister Antero\nLaaksonen met his Estonian counterpart in Tallinn.", "Antero", True),
    ("Anna Petrenko\nDefence Reporter\n\nThe minister met the delegation in Kyiv.", "Petrenko", False),  # a byline, short
    ("On Monday the visiting Finnish Defence Minister met his counterpart.\nLaaksonen said the talks went well.", "counterpart.", False),
    ("On Monday the visiting Finnish Defence Minister Antero\n\nLaaksonen met his Estonian counterpart.", "Antero", False),
])
def test_hard_wrap_reads_the_shape_of_the_lines(text, at, wrapped):
    from generator.extract.name_spans import hard_wrap

    assert hard_wrap(text, text.index(at) + len(at)) is wrapped


# --------------------------------------------------------------------------- compound names, place tails

@pytest.mark.parametrize("body, name, absent", [
    ("Deputy Foreign Minister Ana Cecilia Gervasi met the Russian ambassador in Mexico City on Tuesday.",
     "Ana Cecilia Gervasi", "City"),
    ("Foreign Minister Maria Fernanda Espinosa received the Kuwaiti ambassador in Kuwait City on Monday.",
     "Maria Fernanda Espinosa", "City"),
    ("The talks in Lima were attended by Vice Minister Luis Alberto Otarola and his adviser Ana Lucia Ferreyra.",
     "Ana Lucia Ferreyra", "Lima"),
])
def test_compound_latin_names_and_place_tails(empty_registry, body, name, absent):
    got = people(run(body, "en", empty_registry))
    assert name in got, got
    assert absent not in got and not any(n.endswith(" " + absent) and n != name for n in got), got


# --------------------------------------------------------------------------- Russian: «аль-», undeclined surnames

@pytest.mark.parametrize("body, name", [
    ("Министр обороны Закир Гасанов встретился с министром обороны Катара Халидом бен Мохаммедом аль-Аттыей в Баку.",
     "Khalid ben Mohammed al-Attiya"),
    ("Министр обороны провёл переговоры с послом Саудовской Аравии Фейсалом аль-Шамри.", "Faisal al-Shamri"),
    ("Генерал Абдель Фаттах аль-Бурхан принял делегацию в Хартуме.", "Abdel Fattakh al-Burkhan"),
    ("Начальник штаба встретился с послом Нигерии Джоном Ндоло в Абудже.", "Jon Ndolo"),
])
def test_arabic_article_and_undeclined_surnames_ru(empty_registry, body, name):
    got = people(run(body, "ru", empty_registry))
    assert name in got, got


# --------------------------------------------------------------------------- a letter handed over in person

@pytest.mark.parametrize("body, lang, receiver, sender", [
    ("Defence Minister Tomas Varga handed over a letter from President Ilona Kiss to President Marek Novak in Bratislava.",
     "en", "Marek Novak", "Ilona Kiss"),
    ("In Accra on Monday, Foreign Minister Ama Owusu delivered a message from President Bola Adeyemi to President Kwame Mensah.",
     "en", "Kwame Mensah", "Bola Adeyemi"),
    ("Envoy Ama Owusu presented a personal message of President Bola Adeyemi to Prime Minister Kofi Asante in Accra.",
     "en", "Kofi Asante", "Bola Adeyemi"),
    ("Министр обороны Руслан Жаксылыков вручил президенту Шавкату Мирзиёеву послание президента Касым-Жомарта Токаева.",
     "ru", "Shavkat Mirziyoev", "Kasym-Zhomart Tokaev"),
])
def test_the_addressee_of_a_letter_handed_over_takes_part(empty_registry, body, lang, receiver, sender):
    got = people(run(body, lang, empty_registry))
    assert got[receiver].participant is True, got
    assert got[sender].participant is False, got


def test_a_letter_sent_from_afar_makes_no_participant(empty_registry):
    body = "President Kwame Mensah sent a letter to President Bola Adeyemi on Monday, Foreign Minister Ama Owusu said in Accra."
    got = people(run(body, "en", empty_registry))
    assert got["Bola Adeyemi"].participant is False, got


# --------------------------------------------------------------------------- companies are not people

@pytest.mark.parametrize("body, company, person", [
    ("Minister Anna Lindqvist met Karl Weber, Manager of Weber Holdings GmbH, in Oslo on Monday.",
     "Weber Holdings GmbH", "Karl Weber"),
    ("Minister Anna Lindqvist visited the plant on Monday. Baykar Makina's CEO Haluk Bayraktar welcomed her.",
     "Baykar Makina", "Haluk Bayraktar"),
    ("Minister Anna Lindqvist met Lars Moen of Moen Shipbuilding Ltd in Bergen on Monday.", "Moen Shipbuilding Ltd", "Lars Moen"),
    ("Minister Anna Lindqvist toured Fjord Dynamics on Monday, and Fjord Dynamics' chairman Per Olsen showed her the line.",
     "Fjord Dynamics", "Per Olsen"),
])
def test_a_company_is_no_person(empty_registry, body, company, person):
    got = people(run(body, "en", empty_registry))
    assert company not in got and person in got, got


@pytest.mark.parametrize("body, name", [
    # near misses: a person's possessive before an office that is not a company's
    ("Minister Anna Lindqvist met Erik Olsen's chief adviser, General Jonas Berg, in Oslo.", "Erik Olsen"),
    ("President Maris Kalnins's spokesman said the talks with Ambassador Karl Weber went well.", "Maris Kalnins"),
])
def test_a_persons_possessive_stays_a_person(empty_registry, body, name):
    assert name in people(run(body, "en", empty_registry))

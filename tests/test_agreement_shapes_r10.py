"""Agreements, round 10 (issue 11): shapes written to find what the rules had not met — a document
another pair signed "recently", a document named by the year it was signed while the talks only
discussed it, names that run on into the rest of the sentence ("… in the presence of the
ministers", "… and discussed …", "… в следующем году") or mix English with inflected Russian words.
Articles in our own words."""

import re

import pytest

from test_agreements_general import got, run, want

ANOTHER_OCCASION = [
    # another pair's document, signed "recently": named in passing, not one of this story's
    ("Norwegian Defence Minister Bjorn Arild Gram hosted his Lithuanian counterpart in Oslo. Norway recently signed an "
     "agreement with Poland on air defence. The ministers signed a letter of intent on military mobility.",
     [("LT NO", None, True)]),
    ("Министр обороны Норвегии принял литовского коллегу в Осло. Норвегия недавно подписала соглашение с Польшей о "
     "противовоздушной обороне. Министры подписали письмо о намерениях в области военной мобильности.",
     [("LT NO", None, True)]),
    # "the recently signed agreement" of the same pair is the one signed at this meeting
    ("Chile and Peru signed an agreement on border patrols on Monday. The recently signed agreement will be "
     "carried out by the two armies.", [("CL PE", None, True)]),
    # a memorandum named by its year of signing, only discussed now: signed before
    ("Стороны утвердили план военных обменов на 2024 год и обсудили ход выполнения меморандума 2012 года между "
     "Монголией и Японией.", [("JP MN", "2024", True), ("JP MN", None, False)]),
    ("Japan and Mongolia reviewed the implementation of the memorandum of 2012 and discussed a new plan.",
     [("JP MN", None, False)]),
]


@pytest.mark.parametrize("body, docs", ANOTHER_OCCASION)
def test_a_document_of_another_occasion(body, docs):
    assert got(body) == want(*docs)


def names(body):
    return [a.name for a in run(body).agreements]


NAMES = [
    ("Deputies of the two ministers of Latvia and Sweden signed a letter of intent on military mobility in the "
     "presence of the ministers.", "letter of intent on military mobility"),
    ("Oman and Qatar signed an agreement on military cooperation and discussed regional security.",
     "agreement on military cooperation"),
    ("Oman and Qatar signed an agreement on naval training in the course of the visit.", "agreement on naval training"),
    ("Министры обороны Эстонии и Финляндии подписали протокол о внесении изменений в соглашение о военном "
     "сотрудничестве 2015 года.", "protocol on amendments"),
    ("Монголия и Япония договорились подписать соглашение о передаче оборонного оборудования в следующем году.",
     "agreement on transfer of defence equipment"),
]


@pytest.mark.parametrize("body, name", NAMES)
def test_a_name_ends_with_the_document(body, name):
    got_names = names(body)
    assert any(n.endswith(name) for n in got_names), got_names
    # and never mixes scripts: an English name with inflected Russian words in it
    assert not any(re.search(r"[a-z].*[а-яё]|[а-яё].*[a-z]", n) for n in got_names), got_names


PROPER_TOPICS = [
    ("Norway and Finland signed a memorandum of understanding on Arctic surveillance cooperation on Monday.",
     "memorandum of understanding on Arctic surveillance cooperation"),
    ("Romania and Bulgaria signed an agreement on Black Sea demining.", "agreement on Black Sea demining"),
]


@pytest.mark.parametrize("body, name", PROPER_TOPICS)
def test_a_topic_may_hold_a_proper_adjective(body, name):
    assert any(n.endswith(name) for n in names(body)), names(body)

"""Round 18 site fixes (h18-sitefix): the declined forms of a Russian name a person's page carries for the
search, the Russian names of a meeting's city, and the order event pages are chained in. Names and places
are real; nothing here is taken from an article."""
from __future__ import annotations

from types import SimpleNamespace

import pytest


@pytest.mark.parametrize("name,forms", [
    ("Виктор Хренин", ["Хренина", "Хренину", "Хрениным", "Хренине", "Виктора"]),      # -ин, unknown to the dictionary
    ("Сурен Папикян", ["Папикяна", "Папикяну", "Папикяном"]),                         # a consonant
    ("Шухрат Холмухамедов", ["Холмухамедова", "Холмухамедовым"]),                    # -ов, unknown
    ("Владимир Зеленский", ["Зеленского", "Зеленскому", "Зеленским"]),               # -ский
    ("Мадина Гасанова", ["Гасановой", "Гасанову", "Мадины"]),                         # a woman's -ова
    ("Лю Цзюнь", ["Цзюня", "Цзюнем"]),                                                 # -ь
])
def test_declined_forms_of_a_russian_name(name, forms):
    from generator.site.searchfold import declined_forms

    got = declined_forms(name)
    assert all(f in got for f in forms), got
    assert not set(name.split()) & set(got)  # the nominative is on the page already


@pytest.mark.parametrize("name,absent", [
    ("Сергей Шойгу", ["Шойгуа", "Шойгуу"]),           # -у: not declined
    ("Анна Папикян", ["Папикяна", "Папикяну"]),        # a woman's name in a consonant: not declined
    ("Виктор Шевченко", ["Шевченкоа", "Шевченка"]),    # -о: not declined
    ("Мадина Гасанова", ["Гасановы", "Гасанове"]),     # not declined as a man's -ов
])
def test_declined_forms_leave_an_undeclined_name_alone(name, absent):
    from generator.site.searchfold import declined_forms

    got = declined_forms(name)
    assert not set(absent) & set(got), got


@pytest.mark.parametrize("name", ["", "Zakir Hasanov", "министр обороны"])
def test_no_forms_without_a_capitalised_russian_word(name):
    from generator.site.searchfold import declined_forms

    assert declined_forms(name) == []


@pytest.mark.parametrize("place,country,has,lacks", [
    ("Brasilia", "BR", "Бразилиа", "Бразилия"),         # GeoNames gives the country's name too
    ("Singapore", "SG", "Сингапур", None),              # a city-state: its name is the city's
    ("Kyiv", "UA", "Киев", "Кыив"),
    ("Beijing", "CN", "Пекин", "Бээжин"),               # Mongolian
    ("Abu Dhabi", "AE", "Абу-Даби", None),              # no spelling the dictionary knows: the gazetteer's kept
    ("Saint Petersburg", "RU", "Санкт-Петербург", None),
])
def test_the_russian_names_of_a_city(place, country, has, lacks):
    from generator.site.placenames import cyrillic_spellings

    got = cyrillic_spellings(place, (country,))
    assert has in got, got
    assert lacks is None or lacks not in got, got


def _page(uri, title, date=None):
    meta = {"date": date} if date is not None else {}
    return SimpleNamespace(file=SimpleNamespace(src_uri=uri), title=title, meta=meta,
                           next_page=None, previous_page=None)


def test_event_pages_chain_newest_first_by_date_then_id():
    from generator.site.nav import chain_neighbours

    pages = [_page("events/2020-05-01-a.md", "A", "2020-05-01"), _page("events/2026-01-02-b.md", "B", "2026-01-02"),
             _page("events/2020-05-01-a-2.md", "C", "2020-05-01"), _page("events/2020-b.md", "D", "2020"),
             _page("events/undated.md", "E")]
    chain_neighbours(pages)
    order, p = [], next(x for x in pages if x.previous_page is None)
    while p:
        order.append(p.file.src_uri)
        p = p.next_page
    # As the Events index sorts (event date, id) newest first: a year sorts before its days, an id before its "-2".
    assert order == ["events/2026-01-02-b.md", "events/2020-05-01-a-2.md", "events/2020-05-01-a.md",
                     "events/2020-b.md", "events/undated.md"]


def test_other_folders_still_chain_by_title_control():
    # Round 19: person pages chain by surname, as the People index lists them (Hasanov before Khrenin; by
    # title, i.e. given name, Viktor came first); agreements keep the order by title.
    from generator.site.nav import chain_neighbours

    pages = [_page("people/b.md", "Zakir Hasanov"), _page("people/a.md", "Viktor Khrenin"),
             _page("agreements/b.md", "Treaty on Friendship"), _page("agreements/a.md", "Memorandum on Training")]
    chain_neighbours(pages)
    assert pages[0].next_page is pages[1] and pages[3].next_page is pages[2]

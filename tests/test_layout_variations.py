"""Layout variation: the date and the source read right on pages composed from parts in every
combination (tests/layout_parts.py: chrome, headline, the date in ten forms per language and four
positions, the credit in ten forms, tails), English and Russian, with invented outlets that
``data/sources.yaml`` does not list. A failure names every combination that went wrong, so that
the missing mechanism shows, not one page.

Then the mechanisms the variation test found missing, one by one.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from functools import lru_cache

import pytest
from layout_parts import DAY, LANGS, OUTLETS, POSITIONS, combinations, compose, credits

from generator.ingest.bylines import read_byline
from generator.ingest.draft import outlet_name
from generator.ingest.reader import parse_text
from generator.text.dates import date_only, find_dates, numeric_order

COMBOS = list(combinations())


@lru_cache(maxsize=None)
def _read(combo):
    """Each composed page is read once for the three tests below."""
    return parse_text(compose(*combo))


def _same_source(got: str | None, want: str | None) -> bool:
    if want is None or got is None:
        return got is None and want is None
    return SequenceMatcher(None, got.casefold(), want.casefold()).ratio() >= 0.8


def test_the_outlets_are_invented():
    for pair in OUTLETS.values():
        for o in pair:
            assert outlet_name(o.name) is None and outlet_name(o.domain) is None, o


def test_every_part_is_combined():
    assert len(COMBOS) == sum(len(LANGS[lang]["dates"]) * len(POSITIONS) * len(credits(lang, OUTLETS[lang][0]))
                              for lang in LANGS)
    assert {c[4] for c in COMBOS} == {True, False} and {c[5] for c in COMBOS} == {True, False}
    assert {c[6] for c in COMBOS} == {o for pair in OUTLETS.values() for o in pair}


@pytest.mark.parametrize("lang, form", [(lang, form) for lang in LANGS for form in LANGS[lang]["dates"]])
def test_date_in_every_position_and_layout(lang, form):
    wrong = []
    for combo in COMBOS:
        if combo[:2] != (lang, form):
            continue
        p = _read(combo)
        got = p.date.iso() if p.date else None
        if got != DAY:
            wrong.append(f"{combo[2]} / {combo[3]} / chrome={combo[4]} tails={combo[5]}: {got} ({p.why.get('date')})")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("lang, credit", [(lang, c) for lang in LANGS for c in credits(lang, OUTLETS[lang][0])])
def test_source_in_every_credit_form_and_layout(lang, credit):
    wrong = []
    for combo in COMBOS:
        if (combo[0], combo[3]) != (lang, credit):
            continue
        outlet = combo[6]
        c = credits(lang, outlet)[credit]
        want = None if c.get("none") else c.get("want", outlet.want)
        p = _read(combo)
        if not _same_source(p.source, want):
            wrong.append(f"{combo[1]} / {combo[2]} / chrome={combo[4]} tails={combo[5]} / {outlet.name}: "
                         f"{p.source!r} ({p.why.get('source')})")
    assert not wrong, "\n".join(wrong)


def test_the_byline_is_a_person_and_no_chrome_is_the_author():
    for combo in COMBOS:
        p = _read(combo)
        assert p.author in (None, LANGS[combo[0]]["author_latin"]), (combo[:4], p.author, p.why.get("author"))


# --------------------------------------------------------------------------- the mechanisms, one by one

@pytest.mark.parametrize("line, want", [
    ("Saturday, April 15, 2023 - 14:20 GMT+6", "2023-04-15"),
    ("Updated: Apr. 15, 2023 at 9:15 am", "2023-04-15"),
    ("Обновлено 15 апреля 2023 в 18:40", "2023-04-15"),
    ("15.04.2023г. 12:00 (мск)", "2023-04-15"),
    ("2023/04/15 09:15", "2023-04-15"),
    ("15-Apr-2023 08:00 UTC", "2023-04-15"),
    ("Today, 10:15 | 15.04.2023", "2023-04-15"),
    ("Uzbek navy cadets visit Baku, 12 March 2023", None),  # a title with a date is no timestamp
    ("The talks were held on 15 April 2023.", None),
])
def test_a_line_holding_only_a_timestamp(line, want):
    d = date_only(line, "ru" if any("а" <= c <= "я" for c in line) else "en")
    assert (d.iso() if d else None) == want


def test_phone_number_groups_are_not_dates():
    assert find_dates("Tel.: +996 312 05-23-14, fax 05-23-15") == []
    assert find_dates("Тел.: (3312) 62-05-14") == []
    # ... and do not decide how the page writes its numeric dates
    assert numeric_order("Posted 05.04.2023. Tel.: +996 312 05-23-14") is None
    assert numeric_order("Posted 05.04.2023, earlier 05-23-2019") == "mdy"


def test_byline_parts_that_name_no_one():
    assert read_byline("Today, 10:15") == ([], [])
    assert read_byline("Сегодня, 10:15") == ([], [])
    assert read_byline("EN | RU | KG") == ([], [])
    assert read_byline("By Aidar Sultanov | Tien Shan Courier") == (["Aidar Sultanov"], ["Tien Shan Courier"])
    assert read_byline("Tien Shan Courier staff") == ([], ["Tien Shan Courier"])
    assert read_byline("Источник: Алатау-Пресс") == ([], ["Алатау-Пресс"])
    assert read_byline("Source: Ministry of Defence") == ([], [])


H = "Kyrgyz and Mongolian defence chiefs agree on joint mountain drills"
B1 = LANGS["en"]["body"][0]
B2 = LANGS["en"]["body"][1]


def page(*parts: str) -> str:
    return "\n\n".join(parts) + "\n"


def test_a_year_a_relative_clause_dates_is_an_earlier_occasion():
    ru = LANGS["ru"]
    p = parse_text(page(ru["headline"], ru["body"][0], "Вопросы, которые обсуждались в 2029 году, уже решены.", ru["body"][1]))
    assert p.date is None, p.why.get("date")


def test_a_clock_tied_to_a_link_word_does_not_date_the_page():
    # the site's clock on the first line and a 'more' link under it: no date of the article
    p = parse_text(page("30 November 2031, 07:31", "more", H, B1, B2))
    assert p.date is None, p.why.get("date")


def test_a_webmail_address_names_no_outlet():
    p = parse_text(page(H, B1, B2, "Send your news to steppe.desk@gmail.com"))
    assert p.source is None, p.why.get("source")


def test_an_edition_word_makes_an_outlet_not_a_person():
    # 'Name, Outlet English': the second part is an outlet's edition, not a second person
    assert read_byline("Aidar Sultanov, Karavan English") == (["Aidar Sultanov"], ["Karavan English"])
    assert read_byline("Steppe International") == ([], ["Steppe International"])
    p = parse_text(page(H, "Aidar Sultanov, Karavan English", B1, B2))
    assert (p.author, p.source) == ("Aidar Sultanov", "Karavan English"), p.why


def test_the_issuer_in_a_press_release_number():
    p = parse_text(page(H, "Bishkek - April 15, 2023", "No PR-42/2023-KDPR", B1, B2))
    assert p.source == "KDPR", p.why.get("source")
    ru = LANGS["ru"]
    p = parse_text(page(ru["headline"], "15.04.2023", "№ 42/2023-ПСМО", ru["body"][0], ru["body"][1]))
    assert p.source == "PSMO", p.why.get("source")  # given in Latin script, as every unlisted Cyrillic outlet


@pytest.mark.parametrize("menu", ["Главная | Новости | Общество | Армия", "Home • World • Defence • Video",
                                  "Politics   Economy   Defence   World"])
def test_a_menu_line_never_opens_the_text(menu):
    p = parse_text(page(menu, H, B1, B2))
    assert p.body_lines[0] == B1 and menu not in p.body, [(ln.number, ln.label, ln.why) for ln in p.lines if ln.label != "blank"]


# --------------------------------------------------------------------------- dates against years in the prose

from layout_parts import DISTRACTORS, STAMPS, dated_against_prose, header_layouts  # noqa: E402


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_date_line_near_the_top_beats_every_year_in_the_prose(lang):
    wrong = []
    for stamp, want in STAMPS[lang]:
        for layout in header_layouts(lang, stamp):
            p = parse_text(dated_against_prose(lang, stamp, layout))
            got = p.date.iso() if p.date else None
            if got != want:
                wrong.append(f"{stamp!r} {layout}: {got} ({p.why.get('date')})")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_background_and_forecast_years_never_date_an_undated_page(lang):
    L_ = LANGS[lang]
    p = parse_text(page(L_["headline"], L_["body"][0], *DISTRACTORS[lang], L_["body"][1]))
    assert p.date is None, p.why.get("date")


@pytest.mark.parametrize("lang, sentence, want", [
    ("en", "The ministers met in Bishkek in 2027 for the first time since the border talks.", "2027"),
    ("ru", "Министры встретились в Бишкеке в 2027 году впервые после переговоров о границе.", "2027"),
    ("en", "\"The year 2027 is a busy one for our armies,\" the Kyrgyz minister said.", "2027"),
])
def test_the_year_of_a_sentence_on_the_meeting_dates_an_undated_page(lang, sentence, want):
    L_ = LANGS[lang]
    p = parse_text(page(L_["headline"], L_["body"][0], DISTRACTORS[lang][0], sentence, DISTRACTORS[lang][1]))
    assert (p.date.iso() if p.date else None) == want, p.why.get("date")


@pytest.mark.parametrize("lang, foot, want", [
    ("en", "This article was first published on 17 July 2023.", "2023-07-17"),
    ("en", "The story originally appeared in the Steppe Herald on July 17, 2023.", "2023-07-17"),
    ("ru", "Материал впервые опубликован 17 июля 2023 года.", "2023-07-17"),
    ("ru", "Эта статья была опубликована в «Горном вестнике» 17.07.2023.", "2023-07-17"),
])
def test_a_sentence_saying_when_the_article_was_published(lang, foot, want):
    L_ = LANGS[lang]
    p = parse_text(page(L_["headline"], L_["body"][0], DISTRACTORS[lang][0], L_["body"][1], foot, L_["tags"]))
    assert (p.date.iso() if p.date else None) == want, p.why.get("date")


@pytest.mark.parametrize("lang, clock, stamp, want", [
    ("en", "Monday, 20 November 2023 10:05", "2 hours ago", "2023-11-20"),
    ("en", "Monday, 20 November 2023 01:05", "3 hours ago", "2023-11-19"),
    ("en", "Mon 20.11.2023 10:05", "Yesterday at 14:20", "2023-11-19"),
    ("ru", "Пн, 20.11.2023 10:05", "вчера, 14:20", "2023-11-19"),
    ("ru", "понедельник, 20 ноября 2023, 10:05", "3 дня назад", "2023-11-17"),
    ("ru", "Пн, 20.11.2023 10:05", "Сегодня, 09:40", "2023-11-20"),
])
def test_a_relative_stamp_is_read_against_the_page_clock(lang, clock, stamp, want):
    L_ = LANGS[lang]
    p = parse_text(page(L_["menus"][0], clock, L_["weather"], L_["headline"], stamp, *L_["body"]))
    assert (p.date.iso() if p.date else None) == want, p.why.get("date")


@pytest.mark.parametrize("lang, stamp", [("en", "2 hours ago"), ("ru", "вчера, 14:20")])
def test_a_relative_stamp_without_a_clock_dates_nothing(lang, stamp):
    L_ = LANGS[lang]
    p = parse_text(page(L_["menus"][0], L_["headline"], stamp, *L_["body"]))
    assert p.date is None, p.why.get("date")


@pytest.mark.parametrize("lang, line, want", [
    ("en", "https://steppeherald.kg/news/2021/05/20/kyrgyz-mongol-drills", "2021-05-20"),
    ("en", "Share | 20 May 2021 | Print", "2021-05-20"),
    ("en", "11:02 GMT, 20 May 2021", "2021-05-20"),
    ("en", "20/05/21 11:02", "2021-05-20"),
    ("ru", "20 мая 2021 г., 11:02", "2021-05-20"),
])
def test_more_shapes_of_the_date_line(lang, line, want):
    L_ = LANGS[lang]
    parts = [L_["headline"], *L_["body"], line] if line.startswith("http") else [L_["headline"], line, *L_["body"]]
    p = parse_text(page(*parts))
    assert (p.date.iso() if p.date else None) == want, p.why.get("date")


def test_american_and_british_orders_on_one_page():
    # the article's date month first, a related list's day first: each read in its own order
    L_ = LANGS["en"]
    p = parse_text(page(L_["headline"], "May 20, 2021", *L_["body"], "Related news", "Uzbek cadets visit Baku", "12 March 2021"))
    assert p.date.iso() == "2021-05-20", p.why.get("date")


from layout_parts import MORE_STAMPS, stamp_page  # noqa: E402


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_more_timestamp_shapes_in_three_places(lang):
    wrong = []
    for stamp in MORE_STAMPS[lang]:
        for where in ("under the headline", "above the headline under a masthead", "under the text"):
            p = parse_text(stamp_page(lang, stamp, where))
            got = p.date.iso() if p.date else None
            if got != "2021-05-20":
                wrong.append(f"{stamp!r} {where}: {got} ({p.why.get('date')})")
    assert not wrong, "\n".join(wrong)


from layout_parts import FOOT_STAMPS, foot_page  # noqa: E402


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_date_line_under_the_text(lang):
    wrong = []
    for foot in FOOT_STAMPS[lang]:
        p = parse_text(foot_page(lang, foot))
        got = p.date.iso() if p.date else None
        if got != "2021-05-20":
            wrong.append(f"{foot!r}: {got} ({p.why.get('date')})")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("lang, last", [("en", "Talks ended on 20 May 2021."), ("ru", "Переговоры завершились 20 мая 2021 года.")])
def test_a_last_sentence_with_a_date_stays_text(lang, last):
    p = parse_text(foot_page(lang, last))
    assert last in p.body, [(ln.number, ln.label, ln.why) for ln in p.lines if ln.label != "blank"]


@pytest.mark.parametrize("lang, sentence", [
    ("en", "The annual report published on 3 May 2022 by the ministry describes the helicopter repairs in detail and "
           "lists the sappers trained in each of the two armies over the past ten years of cooperation."),
    ("en", "The article, published on 3 May 2022 in a Mongolian weekly, had argued that the staff colleges should open "
           "their doors to officers of neighbouring armies long before the ministers agreed to it."),
])
def test_another_documents_publication_day_is_not_the_articles(lang, sentence):
    L_ = LANGS[lang]
    p = parse_text(page(L_["headline"], L_["body"][0], sentence, L_["body"][1]))
    assert p.date is None or p.date.iso() != "2022-05-03", p.why.get("date")


# --------------------------------------------------------------------------- round 6: the page's own date on pages never seen

@pytest.mark.parametrize("lang, top, foot, want", [
    # no absolute date at the top (a relative stamp and no page clock): the foot's 'Published' line dates the page,
    # past the tags and the share bar
    ("en", "Updated 2 hours ago", "Published 14th June 2021", "2021-06-14"),
    ("en", "3 hours ago", "Posted: June 14, 2021 at 10:02 am", "2021-06-14"),
    ("en", "Updated 2 hours ago", "Last updated: 14/06/2021 10:00 BST", "2021-06-14"),
    ("ru", "3 часа назад", "Опубликовано: 14.06.2021", "2021-06-14"),
    ("ru", "Обновлено 2 часа назад", "Изменено 14 июня 2021 в 10:00", "2021-06-14"),
])
def test_a_published_line_at_the_foot_dates_a_page_whose_top_gives_none(lang, top, foot, want):
    L_ = LANGS[lang]
    p = parse_text(page(L_["menus"][0], L_["headline"], top, *L_["body"], L_["tags"], L_["share"], foot, L_["footer"]))
    assert (p.date.iso() if p.date else None) == want, p.why.get("date")


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_published_line_inside_a_related_list_is_another_articles(lang):
    L_ = LANGS[lang]
    foot = "Published 14 June 2021" if lang == "en" else "Опубликовано: 14.06.2021"
    p = parse_text(page(L_["headline"], *L_["body"], L_["share"], *L_["related"][:2], foot))
    assert p.date is None or p.date.iso() != "2021-06-14", p.why.get("date")
    # a list without a header: another article's title stands above the line
    p = parse_text(page(L_["headline"], *L_["body"], L_["share"], L_["related"][1], foot))
    assert p.date is None or p.date.iso() != "2021-06-14", p.why.get("date")


@pytest.mark.parametrize("lang, lead, stamp", [
    ("en", "TASHKENT, Oct. 4 (Steppe Wire) -- ", "2022/10/04 21:15 KST"),
    ("en", "ASTANA, October 4 - ", "Tuesday 4th of October 2022"),
    ("ru", "ТАШКЕНТ, 4 окт – Степь-Инфо. ", "04.10.2022 21:15"),
])
def test_a_datelines_day_is_completed_by_the_same_day_in_full(lang, lead, stamp):
    # the lead's dateline gives the day without a year; the page prints that day in full at its foot, past a
    # share bar and tags, and the text names an earlier year
    L_ = LANGS[lang]
    earlier = "The two armies have trained together since 2019." if lang == "en" else "Армии двух стран проводят учения с 2019 года."
    body0 = lead + L_["body"][0][0].lower() + L_["body"][0][1:] if lang == "en" else lead + L_["body"][0]
    p = parse_text(page(L_["menus"][0], L_["headline"], body0, L_["body"][1], earlier, L_["share"], L_["tags"], stamp))
    assert (p.date.iso() if p.date else None) == "2022-10-04", p.why.get("date")


@pytest.mark.parametrize("lang, masthead, stamp, want", [
    # the masthead spells the day out; the numeric stamp under the headline must agree with it
    ("en", "Kathmandu, Wednesday 8 February 2023 | 25 Magh 1429 BS", "Last Update: 08/02/23 19:10", "2023-02-08"),
    ("en", "Thursday, March 2, 2023", "Updated 03/02/2023 10:15", "2023-03-02"),
    ("en", "Friday 5 May 2023", "05/05/2023", "2023-05-05"),
])
def test_day_and_month_order_agrees_with_the_day_spelled_out_on_the_page(lang, masthead, stamp, want):
    L_ = LANGS[lang]
    p = parse_text(page(masthead, L_["menus"][1], L_["headline"], stamp, *L_["body"]))
    assert (p.date.iso() if p.date else None) == want, p.why.get("date")


@pytest.mark.parametrize("lang, above, byline", [
    ("en", "12.03.2023", "By Aidar Sultanov, 15 April 2023"),
    ("en", "03/12/2023", "Aidar Sultanov | April 15, 2023 11:02"),
    ("ru", "12.03.2023", "Автор: Айдар Султанов, 15 апреля 2023"),
])
def test_a_dated_byline_under_the_headline_beats_a_bare_date_above_it(lang, above, byline):
    L_ = LANGS[lang]
    p = parse_text(page(L_["menus"][0], above, L_["headline"], byline, *L_["body"]))
    assert (p.date.iso() if p.date else None) == "2023-04-15", p.why.get("date")


@pytest.mark.parametrize("lang, section, stamp, want", [
    ("en", "Nation", "Tuesday, 7 March 2023 | 09:12 PHT", "2023-03-07"),
    ("en", "Defence", "Tue 7 Mar 2023 09:12 AM AEDT", "2023-03-07"),
    ("en", "World", "Friday 22nd of July 2022", "2022-07-22"),
    ("en", "Asia", "Jun 19 '23", "2023-06-19"),
    ("ru", "Армия", "Вторник, 7 марта 2023, 09:12 МСК", "2023-03-07"),
])
def test_a_stamp_between_a_section_label_and_the_headline(lang, section, stamp, want):
    L_ = LANGS[lang]
    p = parse_text(page(*L_["menus"][:2], section, stamp, L_["headline"], *L_["body"], L_["tags"]))
    assert (p.date.iso() if p.date else None) == want, p.why.get("date")


@pytest.mark.parametrize("clock", ["Monday 20th of November 2023 04:31:07 PM", "Monday, 20 November 2023 16:31:07"])
def test_a_clock_with_seconds_above_the_headline_never_dates_the_page(clock):
    L_ = LANGS["en"]
    p = parse_text(page(clock, L_["headline"], *L_["body"]))
    assert p.date is None, p.why.get("date")


@pytest.mark.parametrize("lang, sentence, want", [
    ("ru", "Уходящий год стал удачным для военного сотрудничества двух стран, а в 2031 году ожидается новый рост, "
           "считает министр.", "2030"),
    ("en", "This year has been a good one for the two armies, and in 2031 they expect to hold larger drills, "
           "the minister said.", "2030"),
    # the year a plan covers is no coming year of the text's
    ("en", "This year the ministers approved the training plan for 2031.", None),
    ("ru", "В этом году министры утвердили план на 2031 год.", None),
])
def test_the_outgoing_year_before_the_coming_one(lang, sentence, want):
    L_ = LANGS[lang]
    p = parse_text(page(L_["headline"], L_["body"][0], sentence, L_["body"][2]))
    assert (p.date.iso() if p.date else None) == want, p.why.get("date")


# --------------------------------------------------------------------------- round 7: the headline under the site's name

from layout_parts import HEADS, UNDERS, head_page  # noqa: E402


@pytest.mark.parametrize("lang, head", [(lang, h) for lang in HEADS for h in HEADS[lang]])
def test_the_headline_under_the_sites_name_section_labels_and_breadcrumbs(lang, head):
    wrong = []
    forms = list(LANGS[lang]["dates"])[::3]  # every third date form, with every credit line under the headline
    for under in UNDERS[lang]:
        for form in forms:
            text, want = head_page(lang, head, under, form)
            p = parse_text(text)
            if p.title != want:
                wrong.append(f"{under} / {form}: {p.title!r} ({p.why.get('title')})")
            elif UNDERS[lang][under] and under != "Staff Writer" and p.author != LANGS[lang]["author_latin"]:
                wrong.append(f"{under} / {form}: author {p.author!r} ({p.why.get('author')})")
            elif under == "Staff Writer" and p.author is not None:
                wrong.append(f"{under} / {form}: author {p.author!r}, 'Staff Writer' names no one")
    assert not wrong, "\n".join(wrong)

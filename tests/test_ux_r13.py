"""Round 13 UX: saved pages of kinds a new user brings (tests/ux/articles_r13, written for this project).
A "Read also" / «Читайте также» block of links between the paragraphs is no text of the article; a date
line under the headline that trafilatura drops (no <time>, no metadata) is the article's date; a byline's
label ('Text:', 'Автор:') is no part of the author's name. Every page here is made up for these tests."""
from __future__ import annotations

import pytest

from conftest import ROOT, article_meta as _fm
from generator.ingest.htmlpage import byline_name, parse_html

ARTICLES = ROOT / "tests" / "ux" / "articles_r13"

_EN = ("The defence ministers of the two countries discussed officer training, border patrols and joint "
       "exercises for next year during the official visit of the delegation to the capital.")
_EN2 = ("Both ministers said the next round of talks would be held in the spring, and that a working group "
        "of staff officers would prepare a plan of joint training before then.")
_RU = ("Министры обороны двух стран обсудили подготовку офицеров, патрулирование границы и совместные "
       "учения на будущий год во время официального визита делегации в столицу.")
_RU2 = ("Оба министра заявили, что следующий раунд переговоров пройдёт весной, а рабочая группа штабных "
        "офицеров до этого подготовит план совместной подготовки.")


def _page(body: str, lang: str = "en", head: str = "", meta: str = "", title: str | None = None) -> str:
    title = title or ("Two ministers meet in the capital" if lang == "en" else "Министры двух стран встретились в столице")
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title} | Some Defence Site</title>{meta}</head>"
            f"<body><div class='top'><a href='/'>Home</a> <a href='/news'>News</a></div>{head}"
            f"<div class='wrap'><div class='main'><h1>{title}</h1>{body}</div></div>"
            f"<div class='foot'>© Some Defence Site</div></body></html>")


# ------------------------------------------------------------------ a block of links between paragraphs

@pytest.mark.parametrize("block, gone, country", [
    # a paragraph: a bold label and one link (English)
    ("<p><b>Read also:</b> <a href='/x'>Laos hosts a regional demining workshop</a></p>",
     "Laos hosts", "Laos"),
    # a box of two links, the label its own element (Russian)
    ("<div class='also'><span>Читайте также</span><a href='/x'>Ливия попросила Египет помочь с разминированием</a>"
     "<a href='/y'>Чад закупил бронемашины</a></div>", "Ливия попросила", "Ливия"),
    # an aside with a heading-like label and a list
    ("<aside><strong>See also</strong><ul><li><a href='/x'>Uruguay and Paraguay sign a training plan</a></li>"
     "<li><a href='/y'>Bolivia buys helicopters</a></li></ul></aside>", "Uruguay and Paraguay", "Uruguay"),
    # «По теме:» with the label in the paragraph's own text
    ("<p>По теме: <a href='/x'>Монголия провела учения с Японией</a></p>", "Монголия провела", "Монголия"),
    # the label inside the one link of the paragraph
    ("<p><a href='/x'>Читайте также: Непал и Бутан обсудили охрану границы</a></p>", "Непал и Бутан", "Непал"),
    # a box whose label is a small heading over a list
    ("<div class='inline-related'><h4>Related</h4><ul><li><a href='/x'>Iceland joins a naval drill off Norway</a></li>"
     "</ul></div>", "Iceland joins", "Iceland"),
])
@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_block_of_links_between_paragraphs_is_no_text(block, gone, country, lang):
    a, b = (_EN, _EN2) if lang == "en" else (_RU, _RU2)
    p = parse_html(_page(f"<p>{a}</p>{block}<p>{b}</p>", lang), "page.html")
    assert gone not in p.body
    assert a in p.body and b in p.body  # the paragraphs on both sides stay, in order
    assert p.body.index(a) < p.body.index(b)


@pytest.mark.parametrize("block, kept", [
    # a sentence that opens with the words of a label but links one word: the article's own text
    ("<p>Read also the full statement of the two ministries, published on the <a href='/s'>ministry's site</a> "
     "on Tuesday evening after the talks.</p>", "full statement of the two ministries"),
    ("<p>Смотрите также, как изменилась программа визита: делегация посетила училище и "
     "<a href='/s'>военный госпиталь</a> в пригороде.</p>", "как изменилась программа визита"),
    # a paragraph of links with no label (a list of agreements named in the text) stays
    ("<p><a href='/a'>The defence cooperation plan</a> and <a href='/b'>the training memorandum</a> were signed "
     "by both ministers.</p>", "were signed by both ministers"),
    # 'Related' opening a sentence, no colon
    ("<p>Related talks between the navies will be held in the autumn in the port city.</p>", "Related talks"),
    # a paragraph that is one link opening with a label's words but no label after them
    ("<p><a href='/s'>Read more about the new training centre that the two ministries opened last spring near "
     "the border</a> and the courses it gives.</p>", "the courses it gives"),
])
def test_a_paragraph_that_only_looks_like_a_link_block_stays(block, kept):
    p = parse_html(_page(f"<p>{_EN}</p>{block}<p>{_EN2}</p>"), "page.html")
    assert kept in p.body


def test_a_read_also_block_names_no_country_of_the_article():
    page = (ARTICLES / "page_ru_algeria_tunisia_koi8r.html").read_bytes()
    p = parse_html(page, "page_ru_algeria_tunisia_koi8r.html")
    assert "Читайте также" not in p.body and "Ливия" not in p.body
    assert "Бен Салаха" in p.body  # the paragraph after the block


# ------------------------------------------------------------------ the date line under the headline

@pytest.mark.parametrize("head_line, lang, date", [
    ("<div class='news-date'>19 August 2025, 16:05</div>", "en", "2025-08-19"),
    ("<div class='d'><span>Tuesday, 4 November 2025</span></div>", "en", "2025-11-04"),
    ("<div class='date'>07.10.2025 11:20</div>", "ru", "2025-10-07"),
    ("<p class='meta'>Опубликовано: 3 марта 2025 года</p>", "ru", "2025-03-03"),
    ("<span class='when'>14 ноября 2025, 09:30</span>", "ru", "2025-11-14"),
])
def test_the_date_line_under_the_headline_is_the_date(head_line, lang, date):
    a, b = (_EN, _EN2) if lang == "en" else (_RU, _RU2)
    p = parse_html(_page(f"{head_line}<p>{a}</p><p>{b}</p>", lang), "page.html")
    assert str(p.date) == date


def test_a_clock_above_the_headline_is_no_date():
    """The site's clock in the bar above the headline is not the article's header."""
    clock = "<div class='clock'>Saturday, 6 December 2025 10:14</div>"
    p = parse_html(_page(f"<p>{_EN}</p><p>{_EN2}</p>", head=clock), "page.html")
    assert p.date is None


def test_a_dated_list_between_headline_and_text_is_no_date_line():
    """A list item's date (a related list, a lead box) is no header line; neither is a date below the text."""
    from generator.ingest.htmlpage import extract

    boxed = f"<div class='lead-box'><ul><li><a href='/a'>Another story</a> 12 May 2025</li></ul></div><p>{_EN}</p><p>{_EN2}</p>"
    below = f"<p>{_EN}</p><p>{_EN2}</p><div class='d'>12 May 2025</div>"
    for body in (boxed, below):
        _text, meta = extract(_page(body))
        assert meta.header_date is None
    _text, meta = extract(_page(f"<div class='d'>12 May 2025</div><p>{_EN}</p><p>{_EN2}</p>"))
    assert meta.header_date == "12 May 2025"  # the same line where the header is


def test_the_metadata_date_outranks_the_header_line():
    meta = "<meta property='article:published_time' content='2025-08-20T08:00:00+07:00'>"
    p = parse_html(_page(f"<div class='d'>19 August 2025</div><p>{_EN}</p><p>{_EN2}</p>", meta=meta), "page.html")
    assert str(p.date) == "2025-08-20"


def test_a_header_line_with_other_words_is_no_date_line():
    from generator.ingest.htmlpage import extract

    _text, meta = extract(_page(f"<div class='kicker'>Talks held on 19 August 2025 in the capital</div><p>{_EN}</p><p>{_EN2}</p>"))
    assert meta.header_date is None


# ------------------------------------------------------------------ the byline's label

@pytest.mark.parametrize("value, name", [
    ("Text Somchai Rattanakul", "Somchai Rattanakul"),
    ("Text: Somchai Rattanakul", "Somchai Rattanakul"),
    ("By Jane Roe", "Jane Roe"),
    ("Words by Tomas Lindqvist", "Tomas Lindqvist"),
    ("Written by Ana Ferreira", "Ana Ferreira"),
    ("Автор: Марина Коваль", "Марина Коваль"),
    ("Текст Игорь Лебедев", "Игорь Лебедев"),
    ("Подготовила Ольга Сидоренко", "Ольга Сидоренко"),
    # no label: the name as it is (a name that starts like a label word)
    ("Textor Blum", "Textor Blum"),
    ("Byron Kessler", "Byron Kessler"),
    ("Авторов Пётр", "Авторов Пётр"),
    ("Marina Koval", "Marina Koval"),
])
def test_byline_label_taken_off(value, name):
    assert byline_name(value) == name


def test_a_byline_label_is_no_part_of_the_author():
    body = f"<div class='by'>Text: <a href='/authors/x' rel='author'>Henrik Aaland</a></div><p>{_EN}</p><p>{_EN2}</p>"
    p = parse_html(_page(body), "page.html")
    assert p.author in (None, "Henrik Aaland")
    body = (f"<div class='meta'>Автор: <a class='author' href='/a/k' rel='author'>Марина Коваль</a></div>"
            f"<p>{_RU}</p><p>{_RU2}</p>")
    meta = "<meta name='author' content='Автор: Марина Коваль'>"
    p = parse_html(_page(body, "ru", meta=meta), "page.html")
    assert p.author == "Marina Koval"
    assert p.why["author"].startswith("the page's author metadata")  # explain names the rule, not only the spelling


# ------------------------------------------------------------------ the round's folder, built

@pytest.mark.parametrize("slug, field, value", [
    # the day of the page's own time zone (23:30 at -05:00 is the 2nd in UTC, the 1st where it was written)
    ("page-mexico-colombia-jsonld-tz", "date", "2025-03-01"),
    ("page-mexico-colombia-jsonld-tz", "author", "Lucia Mendez"),
    ("page-morocco-senegal-wordpress", "date", "2025-06-14"),  # not a comment's date
    ("page-morocco-senegal-wordpress", "author", "Aminata Sow"),  # not a commenter
    ("page-thailand-cambodia-two-h1", "title", "Thailand and Cambodia open a joint border liaison office"),
    ("page-thailand-cambodia-two-h1", "date", "2025-08-19"),
    ("page-thailand-cambodia-two-h1", "author", "Somchai Rattanakul"),
    ("page-ru-algeria-tunisia-koi8r", "date", "2025-10-07"),
    ("page-ru-algeria-tunisia-koi8r", "title", "Алжир и Тунис договорились о совместном патрулировании границы"),
    ("page-ru-portugal-angola-bom", "title", "Португалия и Ангола подписали программу военно-технического сотрудничества"),
    ("page-ru-portugal-angola-bom", "author", "Marina Koval"),
    ("ru-malaysia-brunei-bandar", "date", "2025-11-14"),
])
def test_fields_of_the_round_13_pages(articles_site, slug, field, value):
    proj, _ = articles_site
    assert str(_fm(proj, slug)[field]) == value


def test_commenters_and_linked_titles_are_not_people_or_countries(articles_site):
    proj, _ = articles_site
    wp = _fm(proj, "page-morocco-senegal-wordpress")
    names = " ".join(wp.get("people") or [])
    assert "diop" not in names and "fassi" not in names
    assert set(wp["countries"]) == {"MA", "SN"}
    assert set(_fm(proj, "page-ru-algeria-tunisia-koi8r")["countries"]) == {"DZ", "TN"}
    assert set(_fm(proj, "page-thailand-cambodia-two-h1")["countries"]) == {"TH", "KH"}
    html = (proj / "site" / "articles" / "page-ru-algeria-tunisia-koi8r.html").read_text()
    assert "Читайте также" not in html and "Ливия" not in html


@pytest.mark.xfail(strict=True, reason="source: a masthead printed in capitals is given in sentence case, "
                   "so the proper noun in it loses its capital ('Юго-восточная азия сегодня'); reader.py owns it")
def test_masthead_in_capitals_keeps_its_proper_nouns(articles_site):
    proj, _ = articles_site
    html = (proj / "site" / "articles" / "ru-malaysia-brunei-bandar.html").read_text()
    assert "Азия" in html


# ------------------------------------------------------------------ "also written" on an event page

@pytest.mark.parametrize("place, countries, has, lacks", [
    ("Tunis", ("TN",), "Тунис", "Тунисин Орн"),                  # a word for "city" added in another language
    ("Tarawa", ("KI",), "Тарава", "Южная Тарава"),                # a part of the place, not its spelling
    ("Rostov-on-Don", ("RU",), "Ростов-на-Дону", None),           # as many words, hyphenated: kept
    ("Bandar Seri Begawan", ("BN",), "Бандар-Сери-Бегаван", None),
    ("Ho Chi Minh City", ("VN",), "Хо Ши Мин", None),             # fewer words: kept
    ("Nizhniy Novgorod", ("RU",), "Нижний Новгород", None),
])
def test_also_written_has_no_longer_phrase(place, countries, has, lacks):
    from generator.site.placenames import cyrillic_spellings

    got = cyrillic_spellings(place, countries)
    assert has in got
    assert lacks is None or lacks not in got

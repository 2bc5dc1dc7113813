"""Round 11's look at the product as a new user tries it: six made-up articles (tests/ux/articles_r11,
written for this project: three saved web pages as a browser's "Save page as…" writes them, one of them
in windows-1251 declared only by a <meta charset>, one with its headline only in <title> and og:title;
three plain-text reports, two in Russian), built into a site with the seeds and read in headless
Chromium.

Fixed this round, each with its own pages written here (several shapes, both languages, a near miss):
- a saved page's date in the article's own header (`Published <time datetime=…>… by …`), which
  trafilatura drops with the header line (generator/ingest/pagesite.py:header_time);
- a saved page's site name given only in `<title>Headline | Outlet</title>`, when the page confirms it
  (og:title is the rest of the title, a © line, the home-page link, the host name): the source, and
  taken off a `<title>` used as the headline (pagesite.title_site);
- the relations picture keeps a meeting's people together when it shows only the most reported ones;
- search finds a Russian word written with «е» for «ё» (Кишинев / Кишинёв);
The reading errors found on the plain-text articles are strict xfails naming the field (the extraction
rules' area)."""
from __future__ import annotations

import json

import pytest

from conftest import ROOT, article_meta as _fm
from generator.ingest.htmlpage import parse_html

ARTICLES = ROOT / "tests" / "ux" / "articles_r11"  # built by the articles_site fixture (conftest.py)

_PARAS = ("<p>The defence ministers of the two countries met in the capital on Tuesday and agreed to hold "
          "a joint naval exercise next spring, the ministry said in a statement.</p>"
          "<p>They also discussed training of officers and the supply of spare parts for transport aircraft.</p>")
_PARAS_RU = ("<p>Министры обороны двух стран провели во вторник переговоры в столице и договорились провести "
             "совместные военно-морские учения весной следующего года.</p>"
             "<p>Стороны также обсудили подготовку офицеров и поставки запасных частей.</p>")


def _page(head: str = "", body: str = "", lang: str = "en", saved: str = "") -> str:
    return (f"<!DOCTYPE html>{saved}<html lang=\"{lang}\"><head><meta charset=\"utf-8\">{head}</head>"
            f"<body>{body}</body></html>")


# --- a saved page's date in the article's own header ------------------------------------------

@pytest.mark.parametrize("body, date", [
    # 'Published <time> by X' in a div above the text: trafilatura drops the whole line
    (f'<article><div class="meta">Published <time datetime="2025-12-10T08:15:00+07:00">10 December 2025</time>'
     f' by Dewi Kartika</div>{_PARAS}</article>', "2025-12-10"),
    # a schema.org Article box rather than <article>, the time in a header element
    (f'<div itemscope itemtype="https://schema.org/NewsArticle"><header><h1>Talks</h1><span>'
     f'<time datetime="2024-03-05">5.3.2024</time></span> · <a href="/a/jane">Jane Roe</a></header>'
     f'<div class="body">{_PARAS}</div></div>', "2024-03-05"),
    # Russian: 'Опубликовано <time>' and the author after it
    (f'<article><p class="info">Опубликовано <time datetime="2023-06-14T10:00">14.06.2023</time>, автор Иван Петров</p>'
     f'{_PARAS_RU}</article>', "2023-06-14"),
    # near miss: a list of other stories inside the article, above the text
    (f'<article><ul class="latest"><li><a href="/x">Another story</a> <time datetime="2025-01-02">2 Jan</time></li>'
     f'</ul>{_PARAS}</article>', None),
    # near miss: the time comes after the first paragraph (a related item inside the article)
    (f'<article>{_PARAS}<div class="rel"><a href="/y">Earlier: talks in May</a> <time datetime="2024-05-01">1 May</time>'
     f'</div></article>', None),
    # near miss: a time outside the article (the site's clock in the header)
    (f'<header><time datetime="2026-01-01">Today</time></header><article>{_PARAS}</article>', None),
], ids=["published-by", "schema-box", "ru-opublikovano", "list-inside", "after-text", "outside"])
def test_date_in_the_articles_own_header(body, date):
    p = parse_html(_page('<title>Talks</title>', body, lang="ru" if "Опублик" in body else "en"))
    assert (p.date.iso() if p.date else None) == date


def test_a_dateline_in_the_text_outranks_the_header_time():
    body = (f'<article><div class="meta"><time datetime="2025-12-10">10 December</time></div>'
            f'<p>ATHENS, 3 March 2024 - The defence ministers of the two countries met in the capital on '
            f'Tuesday and agreed to hold a joint naval exercise next spring.</p>{_PARAS}</article>')
    p = parse_html(_page('<title>Talks</title>', body))
    assert p.date.iso() == "2024-03-03"


# --- the site's name in <title> ----------------------------------------------------------------

_HEAD = "Indonesia and Malaysia agree joint patrols in the Strait"
_HEAD_RU = "Министры обороны Сербии и Египта обсудили подготовку кадров"


@pytest.mark.parametrize("head, body, saved, title, source", [
    # og:title is the rest of the title: the last part is the site's name
    (f'<title>{_HEAD} | Strait Times Review</title><meta property="og:title" content="{_HEAD}">',
     f'<article>{_PARAS}</article>', "", _HEAD, "Strait Times Review"),
    # no og:title: a © line confirms the name, and the headline loses it
    (f'<title>{_HEAD} – Coastal Defence Watch</title>',
     f'<article>{_PARAS}</article><footer><p>© 2025 Coastal Defence Watch. All rights reserved.</p></footer>', "",
     _HEAD, "Coastal Defence Watch"),
    # the name first, confirmed by the logo's link to the home page
    (f'<title>Harbour Post :: {_HEAD}</title>',
     f'<header><a class="logo" href="/"><img src="l.svg" alt="Harbour Post"></a></header><article>{_PARAS}</article>',
     "", _HEAD, "Harbour Post"),
    # confirmed by the host name the browser recorded
    (f'<title>{_HEAD} - Lautan Monitor</title>', f'<article>{_PARAS}</article>',
     "<!-- saved from url=(0045)https://www.lautanmonitor.example/news/patrols -->", _HEAD, "Lautan Monitor"),
    # Russian
    (f'<title>{_HEAD_RU} | Балканский курьер</title><meta property="og:title" content="{_HEAD_RU}">',
     f'<article>{_PARAS_RU}</article>', "", _HEAD_RU, "Balkansky kuryer"),
    # near miss: nothing confirms the second part: it stays in the headline, no source
    (f'<title>{_HEAD} - talks end in Kuala Lumpur</title>', f'<article>{_PARAS}</article>', "",
     f"{_HEAD} - talks end in Kuala Lumpur", None),
    # near miss: og:site_name is declared: it is the source, as before
    (f'<title>{_HEAD} | Strait Times Review</title><meta property="og:title" content="{_HEAD}">'
     f'<meta property="og:site_name" content="The Strait Review">', f'<article>{_PARAS}</article>', "",
     _HEAD, "The Strait Review"),
], ids=["og-title", "copyright", "logo-first", "host-name", "ru", "unconfirmed", "og-site-name"])
def test_site_name_in_the_title(head, body, saved, title, source):
    lang = "ru" if "Серб" in head else "en"
    p = parse_html(_page(head, body, lang=lang, saved=saved))
    assert (p.title, p.source) == (title, source)


def test_a_ministry_in_the_title_stays_the_pages_owner():
    head = (f'<title>{_HEAD} | Ministry of Defence of Malaysia</title>'
            f'<meta property="og:title" content="{_HEAD}">')
    p = parse_html(_page(head, f'<article>{_PARAS}</article>'))
    assert (p.title, p.source) == (_HEAD, "Ministry of Defence of Malaysia")


@pytest.mark.parametrize("head, body, title, source", [
    # og:title ends on the declared site's name
    ('<title>Talks in Rabat | Maghreb Defence</title><meta property="og:title" content="Talks in Rabat | Maghreb Defence">'
     '<meta property="og:site_name" content="Maghreb Defence">', f'<article>{_PARAS}</article>',
     "Talks in Rabat", "Maghreb Defence"),
    # og:title and <title> both end on it, no og:site_name: a © line confirms it
    ('<title>Talks in Rabat | Maghreb Defence</title><meta property="og:title" content="Talks in Rabat | Maghreb Defence">',
     f'<article>{_PARAS}</article><footer><p>© 2025 Maghreb Defence</p></footer>', "Talks in Rabat", "Maghreb Defence"),
    # Russian, an em dash
    ('<title>Переговоры в Рабате — Вестник Магриба</title><meta property="og:title" content="Переговоры в Рабате — Вестник Магриба">',
     f'<article>{_PARAS_RU}</article><footer><p>© 2025 Вестник Магриба</p></footer>', "Переговоры в Рабате", "Vestnik Magriba"),
    # near miss: a dash inside the headline, nothing names a site
    ('<meta property="og:title" content="Morocco - Senegal talks end in Rabat">', f'<article>{_PARAS}</article>',
     "Morocco - Senegal talks end in Rabat", None),
], ids=["og-site-name", "copyright", "ru", "dash-in-headline"])
def test_og_title_loses_the_sites_name(head, body, title, source):
    p = parse_html(_page(head, body, lang="ru" if "Перег" in head else "en"))
    assert (p.title, p.source) == (title, source)


_SITE = '<title>Talks in Rabat</title><meta property="og:site_name" content="Maghreb Defence">'


@pytest.mark.parametrize("head, first, source", [
    # a photo credit is no credit of the article: the site the page declares is the source
    (_SITE, "Photo: Reuters", "Maghreb Defence"),
    (_SITE, "Photo: Reuters / Ahmed Nasser", "Maghreb Defence"),
    (_SITE, "(Photo by AFP)", "Maghreb Defence"),
    (_SITE, "Фото: РИА Новости", "Maghreb Defence"),
    # near miss: an agency in the dateline speaks for the article (a republished wire story)
    (_SITE, "RABAT, May 6 (Reuters) - The defence ministers of the two countries met in the capital on Tuesday "
            "and agreed to hold a joint exercise.", "Reuters"),
    # no site declared: a photo's credit names the picture's origin, never the text's (r17: no last resort)
    ("<title>Talks in Rabat</title>", "Photo: Reuters", None),
], ids=["photo", "photo-and-person", "photo-by", "ru-foto", "dateline-agency", "no-site-declared"])
def test_a_photo_credit_gives_way_to_the_declared_site(head, first, source):
    lang = "ru" if "Фото" in first else "en"
    p = parse_html(_page(head, f"<article><p>{first}</p>{_PARAS_RU if lang == 'ru' else _PARAS}</article>", lang=lang))
    assert p.source == source


# --- the round's articles, built into a site ---------------------------------------------------

@pytest.mark.parametrize("slug, field, value", [
    ("page-greece-egypt-cairo", "title", "Greece and Egypt agree to expand naval training in the Eastern Mediterranean"),
    ("page-greece-egypt-cairo", "date", "2025-12-03"),
    ("page-greece-egypt-cairo", "author", "Eleni Markou"),
    ("page-greece-egypt-cairo", "source", "Aegean Security Review"),
    ("page-indonesia-philippines-title-only", "title", "Indonesia and the Philippines to step up joint maritime border patrols"),
    ("page-indonesia-philippines-title-only", "date", "2025-12-10"),
    ("page-indonesia-philippines-title-only", "author", "Dewi Kartika"),
    ("page-indonesia-philippines-title-only", "source", "Nusantara Defence Post"),
    ("page-ru-iran-pakistan-cp1251", "title", "Министры обороны Ирана и Пакистана договорились о совместной охране границы"),
    ("page-ru-iran-pakistan-cp1251", "date", "2025-11-27"),
    ("page-ru-iran-pakistan-cp1251", "source_encoding", "cp1251"),
    ("page-ru-iran-pakistan-cp1251", "language", "ru"),
    ("en-poland-lithuania-vilnius", "title", "Poland and Lithuania agree joint air defence drills along the Suwałki corridor"),
    ("en-poland-lithuania-vilnius", "date", "2025-12-08"),
    ("en-poland-lithuania-vilnius", "author", "Tomas Jankauskas"),
    ("ru-cuba-venezuela-caracas", "date", "2025-12-03"),
    ("ru-cuba-venezuela-caracas", "author", "Dmitry Orlov"),
    ("ru-moldova-romania-chisinau", "date", "2025-11-17"),
    ("ru-moldova-romania-chisinau", "source", "Ministry of Defence of Moldova"),
])
def test_the_articles_read_as_the_pages_give_them(articles_site, slug, field, value):
    proj, _ = articles_site
    assert str(_fm(proj, slug)[field]) == value


def _event_of(proj, slug: str) -> dict:
    events = {e["id"]: e for e in json.loads((proj / "docs/data/events.json").read_text(encoding="utf-8"))}
    return events[_fm(proj, slug)["event"]]


@pytest.mark.parametrize("slug, when, where, people", [
    ("page-greece-egypt-cairo", "2025-12-02", ["Cairo"], ["andreas-kyriakou", "tarek-mansour"]),
    ("page-indonesia-philippines-title-only", "2025-12-09", ["Jakarta"], ["bambang-wirawan", "ramon-villanueva"]),
    ("page-ru-iran-pakistan-cp1251", "2025-11-27", ["Islamabad"], ["reza-akhmadi", "farukh-shakhzad"]),
    ("en-poland-lithuania-vilnius", "2025-12-05", ["Vilnius"], ["marek-zielinski", "rasa-vaitkute"]),
    ("ru-cuba-venezuela-caracas", "2025-12-02", ["Caracas"], ["alberto-ramos-fuentes", "ernesto-cabrera-lopez"]),
    ("ru-moldova-romania-chisinau", "2025-11-17", ["Chisinau"], ["ion-cebanu", "andrei-popescu"]),
], ids=["cairo-html", "jakarta-title-only", "islamabad-cp1251", "vilnius", "caracas-ru", "chisinau-ru"])
def test_event_who_when_where(articles_site, slug, when, where, people):
    proj, _ = articles_site
    ev = _event_of(proj, slug)
    assert (ev["start"], ev["where"]) == (when, where)
    assert set(people) <= set(ev["people"])


# --- reading errors on the plain-text articles: the extraction rules' area ---------------------

@pytest.mark.xfail(strict=True, reason="title: the masthead 'Новости Молдовы и Румынии' above a place-and-date line "
                   "is taken for the headline; the headline is the line under the date (text-line rules)")
def test_masthead_over_a_dateline_is_not_the_headline(articles_site):
    proj, _ = articles_site
    assert _fm(proj, "ru-moldova-romania-chisinau")["title"] == \
        "Министры обороны Молдовы и Румынии обсудили модернизацию молдавской армии"


@pytest.mark.xfail(strict=True, reason="people/participant: a president only recalled ('had promised support … during "
                   "his visit to Vilnius in the summer') is counted as taking part (event rules)")
def test_a_recalled_president_is_only_mentioned(articles_site):
    proj, _ = articles_site
    ev = _event_of(proj, "en-poland-lithuania-vilnius")
    assert "karol-nawrocki" not in ev["people"] and "karol-nawrocki" in ev["mentioned"]


def test_a_head_of_state_greeted_is_only_mentioned(articles_site):
    proj, _ = articles_site
    ev = _event_of(proj, "page-greece-egypt-cairo")
    assert "abdel-fattah-el-sisi" not in ev["people"] and "abdel-fattah-el-sisi" in ev["mentioned"]


# --- the relations picture keeps a meeting's people together ------------------------------------

@pytest.mark.parametrize("weights, meetings, limit, drawn", [
    # everyone at one event: the cut takes whole meetings, the latest first; a third no longer fits
    ({p: 1 for p in "abcdefghi"}, ["abc", "def", "ghi"], 7, set("abcdef")),
    # the people reported more often first, then whole meetings at the cut
    # ('b' is in by count, but his one meeting no longer fits: he is not drawn alone)
    ({"a": 3, "b": 2, **{p: 1 for p in "cdefg"}}, ["acd", "bef", "ag"], 5, set("acdg")),
    # a meeting too large for the room left is passed over for a smaller one after it
    ({p: 1 for p in "abcdefgh"}, ["ab", "cdef", "gh"], 4, set("abgh")),
    # fewer people than the limit: all of them
    ({"a": 1, "b": 1}, ["ab"], 24, {"a", "b"}),
], ids=["ties-whole-meetings", "ranked-then-meetings", "skip-too-large", "under-limit"])
def test_top_people_keeps_meetings_whole(weights, meetings, limit, drawn):
    from collections import Counter

    from generator.site.views import top_people

    got = top_people(Counter(weights), set(weights), [list(m) for m in meetings], limit)
    assert got == drawn


# --- search: «е» for «ё» -------------------------------------------------------------------------

@pytest.mark.parametrize("entry, text", [
    ({"location": "a.html", "title": "T", "text": "переговоры в Кишинёве"}, "переговоры в Кишинёве Кишиневе"),
    # the title's words too, each once; capital Ё
    ({"location": "a.html#s", "title": "Встреча с Семёновым", "text": "Семёнов и Ёлкин, Семёнов"},
     "Семёнов и Ёлкин, Семёнов Семеновым Семенов Елкин"),
    # the «е» spelling already there (an event page giving both): nothing added
    ({"location": "a.html", "title": "T", "text": "Кишинёв, Кишинев"}, "Кишинёв, Кишинев"),
    # no «ё»: unchanged (English, Russian)
    ({"location": "a.html", "title": "T", "text": "talks in Chisinau; переговоры в Минске"},
     "talks in Chisinau; переговоры в Минске"),
], ids=["inflected", "title-and-capital", "both-there", "none"])
def test_fold_yo(entry, text):
    from generator.site.searchfold import fold_yo

    other = {"location": "b.html", "title": "B", "text": "Пётр"}
    entries = [other, entry]
    fold_yo(entries, "a.html")
    assert entry["text"] == text
    assert other["text"] == "Пётр"  # another page's entry is left alone


def test_search_index_holds_both_spellings(articles_site):
    proj, _ = articles_site
    index = json.loads((proj / "site" / "search" / "search_index.json").read_text(encoding="utf-8"))
    text = " ".join(d["text"] for d in index["docs"] if d["location"].startswith("articles/ru-moldova-romania-chisinau.html"))
    assert "Кишинёве" in text and "Кишиневе" in text
    html = (proj / "site" / "articles" / "ru-moldova-romania-chisinau.html").read_text(encoding="utf-8")
    assert "Кишиневе" not in html  # the page itself is as written


@pytest.mark.browser
@pytest.mark.parametrize("query, expect", [
    ("Кишинев", "articles/ru-moldova-romania-chisinau.html"),
    ("Кишинёв", "articles/ru-moldova-romania-chisinau.html"),
    ("Исламабаде", "articles/page-ru-iran-pakistan-cp1251.html"),
    ("Akhmadi", "people/reza-akhmadi.html"),
    ("Ахмади", "people/reza-akhmadi.html"),
], ids=["ye", "yo", "ru-city", "en-name", "ru-name"])
def test_search_finds(browser, served_articles, query, expect):
    from conftest import search_site

    page = browser.new_page()
    search_site(page, served_articles, query, expect)
    page.close()


# --- a source or author given in Latin script keeps the page's own spelling beside it -------------

@pytest.mark.parametrize("slug, shown, absent", [
    # a saved page's og:site_name and JSON-LD author in Cyrillic
    ("page-ru-iran-pakistan-cp1251", ["(Восточный военный вестник)", "(Марина Соколова)"], []),
    # a .txt page: a masthead and an 'Автор:' line
    ("ru-cuba-venezuela-caracas", ["(Латиноамериканское обозрение)", "(Дмитрий Орлов)"], []),
    # written in Latin already: nothing added
    ("page-greece-egypt-cairo", [], ["archive-written-name"]),
    # a ministry named through its press service: the canonical English name, no spelling of the page's
    ("ru-moldova-romania-chisinau", [], ["archive-written-name"]),
], ids=["html-ru", "txt-ru", "latin", "ministry"])
def test_article_page_gives_the_names_as_written(articles_site, slug, shown, absent):
    import html as htmllib

    proj, _ = articles_site
    page = htmllib.unescape((proj / "site" / "articles" / f"{slug}.html").read_text(encoding="utf-8"))
    meta = page[page.index('class="archive-meta"'):]
    meta = meta[:meta.index("</div>")]
    for s in shown:
        assert s in meta
    for s in absent:
        assert s not in meta


def test_source_and_author_pages_give_the_written_spelling(articles_site):
    proj, _ = articles_site
    assert "Also written: Восточный военный вестник" in (proj / "docs/sources/source-vostochny-voenny-vestnik.md").read_text(encoding="utf-8")
    assert "Also written: Марина Соколова" in (proj / "docs/sources/author-marina-sokolova.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("written, source, author, got", [
    ({"source": ("Stepnoy vestnik", "Степной вестник")}, "Stepnoy vestnik", None, ("Степной вестник", None)),
    ({"author": ("Anna Petrosyan", "Анна Петросян")}, None, "Anna Petrosyan", (None, "Анна Петросян")),
    # a later reading replaced the value (a saved page's declared site name): the old spelling is not shown
    ({"source": ("Stepnoy vestnik", "Степной вестник")}, "Steppe Herald", None, (None, None)),
    ({}, "Trend", "Vafa Ismayilova", (None, None)),
], ids=["source", "author", "replaced", "none"])
def test_written_form(written, source, author, got):
    from generator.ingest.seed import written_form
    from generator.model import Parsed

    p = Parsed(path="x.txt", lang="ru", source=source, author=author, written=written)
    assert (written_form(p, "source"), written_form(p, "author")) == got


@pytest.mark.parametrize("slug, code", [
    ("stefanos-lykourgos", "GR"),  # 'Hellenic' names Greece (round 14)
    pytest.param("jose-mercado", "PH", marks=pytest.mark.xfail(
        strict=True, reason="people/country: 'Flag Officer in Command of the Philippine Navy' gives the officer no "
                            "country (the navy's adjective names its country) (extract/people.py)")),
])
def test_an_officer_serves_the_country_his_navy_names(articles_site, slug, code):
    proj, _ = articles_site
    assert f"(../countries/{code}.md)" in (proj / "docs" / "people" / f"{slug}.md").read_text(encoding="utf-8").split("##")[0]


@pytest.mark.parametrize("weights, meetings, limit, drawn", [
    # 'z' (two events) is in; his meetings are the oldest: they are taken first, so he is not drawn alone
    ({"z": 2, "y": 1, "x": 1, **{p: 1 for p in "abcdef"}}, ["abc", "def", "zy", "zx"], 5, {"z", "y", "x"}),
    # every meeting of 'z' is too large for the room: he is left out rather than drawn as a lone dot
    ({"z": 2, **{p: 1 for p in "abcdefghxy"}}, ["zabcd", "zefgh", "xy"], 3, {"x", "y"}),
], ids=["own-meetings-first", "no-lone-dot"])
def test_top_people_draws_no_one_alone(weights, meetings, limit, drawn):
    from collections import Counter

    from generator.site.views import top_people

    assert top_people(Counter(weights), set(weights), [list(m) for m in meetings], limit) == drawn

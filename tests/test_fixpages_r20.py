"""Round 20 fixes of the page-shape rules misfiring on ordinary pages (h20-fixpages): must-not-fire cases of our own
(invented outlets under .example, invented meetings, our own sentences; real officials' names only)."""
from __future__ import annotations

import pytest

from generator.ingest.reader import parse_text
from generator.model import PartialDate as D


def _lines(*lines: str) -> str:
    return "\n".join(lines) + "\n"


H_EN = "Armenia and Greece agree on military medicine exchange"
EN = ("Armenian Defence Minister Suren Papikyan met a Greek military delegation in Yerevan on Tuesday to discuss field "
      "medicine and the training of army doctors.",
      "Papikyan said the two armies would send doctors to each other's hospitals from the autumn.",
      "The Greek guests also visited the military hospital in Yerevan.",
      "The sides agreed to hold a joint course of field surgery for army doctors next spring.")
H_RU = "Армения и Греция договорились об обмене военными медиками"
RU = ("Министр обороны Армении Сурен Папикян во вторник принял в Ереване греческую военную делегацию и обсудил с ней "
      "полевую медицину и подготовку военных врачей.",
      "Папикян сообщил, что с осени армии двух стран будут направлять врачей в госпитали друг друга.",
      "Греческие гости также посетили военный госпиталь в Ереване.",
      "Стороны договорились провести следующей весной совместный курс полевой хирургии для военных врачей.")
FEED_EN = ("Most read", "09:20", "Georgia opens new cadet school in Gori", "08:55", "Kazakhstan receives transport helicopters")
FEED_RU = ("Самое читаемое", "09:20", "В Гори открылась новая кадетская школа", "08:55", "Казахстан получил вертолёты")


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_live_link_right_over_the_headline_with_a_feed_of_headlines_is_no_live_blog(lang):
    # the live link sits right over the headline, but the timed lines are a feed of headlines without prose
    if lang == "en":
        page, h = _lines("Yerevan Courier", "Home", "Video", "LIVE", H_EN, "3 June 2025", *EN, *FEED_EN), H_EN
    else:
        page, h = _lines("Ереванский курьер", "Главная", "Видео", "Прямой эфир", H_RU, "3 июня 2025", *RU, *FEED_RU), H_RU
    p = parse_text(page)
    assert "live_blog" not in p.recognizers
    assert (p.title, p.date) == (h, D(2025, 6, 3)), p.why
    assert not set(FEED_EN + FEED_RU) & set(p.body_lines), p.body_lines


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_live_blog_with_its_title_under_the_marker_and_prose_entries_still_fires(lang):
    if lang == "en":
        page = _lines("Yerevan Courier", "LIVE", "Armenian and Greek ministers meet in Yerevan", "Updated: 3 June 2025, 12:40",
                      "12:30", "Talks end", "The ministers ended their talks and signed a plan of medical exchanges.",
                      "11:05", "Delegation arrives", "The Greek delegation arrived at the ministry in Yerevan on Tuesday morning.")
        title = "Armenian and Greek ministers meet in Yerevan"
    else:
        page = _lines("Ереванский курьер", "ОНЛАЙН", "Министры Армении и Греции встречаются в Ереване",
                      "Обновлено: 3 июня 2025, 12:40", "12:30", "Переговоры завершены",
                      "Министры завершили переговоры и подписали план обмена военными медиками.", "11:05", "Делегация прибыла",
                      "Греческая делегация во вторник утром прибыла в министерство обороны в Ереване.")
        title = "Министры Армении и Греции встречаются в Ереване"
    p = parse_text(page)
    assert "live_blog" in p.recognizers
    assert (p.title, p.date) == (title, D(2025, 6, 3)), p.why


@pytest.mark.parametrize("rel", [
    ("More news", "02/06 Georgia opens new cadet school in Gori", "01/06 Kazakhstan receives helicopters",
     "28/05 Azerbaijan hosts naval parade"),  # one day over the month's number: days, not captions
    ("Ещё новости", "01/06 10:15 В Гори открылась кадетская школа", "02/06 08:40 Казахстан получил вертолёты"),  # a clock after it
], ids=["en-day-over-month", "ru-clock"])
def test_a_related_list_stamped_day_slash_month_is_no_gallery(rel):
    lang_en = rel[0] == "More news"
    h, body, stamp = (H_EN, EN, "3 June 2025") if lang_en else (H_RU, RU, "3 июня 2025")
    p = parse_text(_lines("Yerevan Courier", "Home | News | Defence", h, stamp, *body, *rel))
    assert "photo_gallery" not in p.recognizers
    assert (p.title, p.date) == (h, D(2025, 6, 3)), p.why
    assert not set(rel) & set(p.body_lines), p.body_lines


def test_a_gallery_of_numbered_captions_still_fires():
    page = _lines("Yerevan Courier", "In Pictures: Greek army doctors in Yerevan", "4 photos · 3 June 2025",
                  "1/4 Suren Papikyan greets the Greek delegation.", "2/4 Doctors of both armies at the military hospital.",
                  "3/4 A field hospital set up for the visit.", "4/4 The delegation leaves the ministry.")
    p = parse_text(page)
    assert "photo_gallery" in p.recognizers
    assert (p.title, p.date) == ("In Pictures: Greek army doctors in Yerevan", D(2025, 6, 3)), p.why


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_gallery_link_over_a_menu_never_makes_the_menu_the_title(lang):
    if lang == "en":
        slider = ("1/2 Suren Papikyan greets the Greek delegation", "2/2 Doctors at the military hospital")
        page = _lines("Yerevan Courier", "Photo gallery", "Home | Politics | Army | World", H_EN, "3 June 2025", EN[0], *slider, *EN[1:])
        h = H_EN
    else:
        slider = ("Фото 1 из 2. Сурен Папикян встречает гостей", "Фото 2 из 2. Врачи в военном госпитале")
        page = _lines("Ереванский курьер", "Фотогалерея", "Главная | Политика | Армия | В мире", H_RU, "3 июня 2025", RU[0], *slider, *RU[1:])
        h = H_RU
    p = parse_text(page)
    assert (p.title, p.date) == (h, D(2025, 6, 3)), p.why


_NARROW_TEXT_EN = ("YEREVAN, June 3", "Armenian Defence", "Minister Suren", "Papikyan", "met a", "Greek", "delegation in",
                   "Yerevan on", "Tuesday.", "The sides", "agreed to", "exchange", "army doctors.", "Related", "Georgia opens",
                   "cadet school")


def test_a_narrow_headline_in_title_case_is_joined_up_to_the_byline():
    from generator.ingest import columns

    out, _ = columns.reflow_narrow(["Yerevan Courier", "Menu", "Armenia, Greece", "Agree On Army", "Doctor Exchange",
                                    "By Ani", "Petrosyan", "June 3, 2025", "Share", *_NARROW_TEXT_EN])
    assert "Armenia, Greece Agree On Army Doctor Exchange" in out, out


def test_a_narrow_masthead_at_the_top_and_a_section_kicker_stay_apart():
    from generator.ingest import columns

    # the masthead at the page's top is never joined to the headline; nor is a one-word section kicker under the menu
    out, _ = columns.reflow_narrow(["Yerevan Courier", "Armenia and", "Greece sign", "medical plan", "June 3, 2025", "Share",
                                    *_NARROW_TEXT_EN])
    assert "Yerevan Courier" in out, out
    out, _ = columns.reflow_narrow(["Ереванский курьер", "Меню", "Армия", "Армения и", "Греция подписали", "план обмена",
                                    "Анна Петросян", "3 июня", "2025", "Поделиться", "ЕРЕВАН, 3 июня.", "Министр обороны",
                                    "Армении", "Сурен", "Папикян", "во вторник", "принял", "греческую", "делегацию.",
                                    "Стороны", "договорились", "об обмене", "врачами.", "Читайте также", "Армия получила",
                                    "новые радары"])
    assert "Армия" in out and "Анна Петросян" in out, out


@pytest.mark.parametrize("header, author, title", [
    (" date 2025-06-03 By Ani Petrosyan Suren Papikyan visits Greek army hospital in Athens", "Ani Petrosyan",
     "Suren Papikyan visits Greek army hospital in Athens"),
    (" date 2025-06-03 By Ani Petrosyan 3 lessons from the Armenian-Greek medical exchange", "Ani Petrosyan",
     "3 lessons from the Armenian-Greek medical exchange"),
    # must not fire: a three-word name before a country and a joiner; a two-word name before a country and a verb
    (" date 2025-06-03 By Ani Maria Petrosyan Greece and Armenia sign medical plan", "Ani Maria Petrosyan",
     "Greece and Armenia sign medical plan"),
    (" date 2025-06-03 By Ani Petrosyan Armenia signs medical plan with Greece", "Ani Petrosyan",
     "Armenia signs medical plan with Greece"),
], ids=["opens-with-a-name", "opens-with-a-number", "three-names-then-joiner", "country-then-verb"])
def test_name_then_headline(header, author, title):
    p = parse_text("\n".join([header, "", *EN]) + "\n")
    assert (p.title, p.date, p.author) == (title, D(2025, 6, 3), author), p.why


def test_a_json_list_of_items_in_russian_is_taken_apart():
    import json

    page = json.dumps({"title": "Ереванский курьер", "items": [
        {"title": "Армения и Греция договорились об обмене военными медиками", "url": "https://yerevan-courier.example/1",
         "date_published": "2025-06-03T11:00:00+04:00", "author": {"name": "Анна Петросян"},
         "content_html": "<p>" + "</p><p>".join(RU) + "</p>"}]}, ensure_ascii=False, indent=2)
    p = parse_text(page)
    assert (p.title, p.date) == (H_RU, D(2025, 6, 3)), p.why
    assert p.body_lines and p.body_lines[0].startswith("Министр обороны Армении"), p.body_lines


def test_a_json_object_that_is_no_feed_is_left_to_the_page_rules():
    from generator.ingest import pageitems

    # a settings file or an API answer with no dated item is no feed
    assert pageitems.feed('{"title": "Yerevan Courier", "items": [{"title": "Menu", "url": "/menu"}]}') is None
    assert pageitems.feed("[1, 2, 3]") is None and pageitems.feed("{not json") is None

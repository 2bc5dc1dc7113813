"""Round 18: print editions turned to text, ambiguous numeric dates, mastheads with taglines, editors' credits.

Every page here is written for this test (our own words, invented outlets under '.example' or invented papers,
invented meetings), in English and Russian:

- a print edition's column (PDF to text: ~35-character lines, words broken with a hyphen, indented paragraphs) is
  joined into paragraphs before the lines are labelled; a broken word loses its hyphen, a hyphenated word keeps it;
- the masthead with its issue number ('No. 48 (2214)', '№ 41 (1187)') is the paper (the source), never the headline;
  the date line beside a page number ('Page 3', 'стр. 2') is the page date; a headline set over two lines is one;
  an upper-case signature at the foot (over 'Фото автора' / 'Photo by the author') is the author;
- a numeric date both readings fit is read by evidence: a cache's capture time or an 'Updated' stamp the page
  cannot be dated after; the capture time itself is never the page date;
- 'Name — News from …' is the outlet and its tagline; 'Live blog edited by X', 'Compiled by X', 'Подготовил(а): X',
  'Редактор: X' name the author; 'By Ma. Cristina dela Paz' keeps its particles.
"""
from __future__ import annotations

import pytest

from generator.ingest import columns
from generator.ingest.bylines import person_name, read_byline
from generator.ingest.reader import parse_text
from generator.ingest.sources import issue_masthead, masthead_tagline
from generator.model import PartialDate as D
from generator.text.dates import date_only


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- 1. a print edition's column

PRINT_EN = _page(
    "CASPIAN SHORE GAZETTE                                  No. 48 (2214)",
    "Thursday, 13 March 2025                                      Page 3",
    "------------------------------------------------------------------",
    "POLITICS | DEFENCE",
    "Azerbaijan and Pakistan agree",
    "on joint training plan",
    "By Farid Mammadov",
    "",
    "  Azerbaijan and Pakistan have",
    "signed a plan of military coope-",
    "ration for 2025, the Ministry of",
    "Defence said on Wednesday. The",
    "document was signed in Baku by",
    "Colonel General Karim Valiyev",
    "and Lieutenant General Asim Kha-",
    "waja after talks on military-",
    "technical cooperation.",
    "  The sides discussed joint exer-",
    "cises, the training of officers",
    "and the exchange of instructors,",
    "the ministry said in a statement.",
    "Colo-",
    "nel General Valiyev said the",
    "plan would deepen mi-",
    "litary ties between the two",
    "countries.",
    "(Continued on page 5)",
    "[Photo: the delegations in Baku]",
    "ALSO ON THIS PAGE",
    "Navy day preparations ........ 3",
    "New cadets sworn in .......... 3",
    "Caspian Shore Gazette, Baku",
)

PRINT_RU = _page(
    "ПРИКАСПИЙСКИЙ ВЕСТНИК                                  № 41 (1187)",
    "Среда, 16 октября 2024 г.                                   стр. 2",
    "------------------------------------------------------------------",
    "СОТРУДНИЧЕСТВО",
    "Казахстан и Узбекистан обсудили",
    "военное сотрудничество",
    "",
    "  В Астане состоялись переговоры",
    "министров обороны Казахстана и",
    "Узбекистана. Стороны обсудили",
    "вопросы военно-технического со-",
    "трудничества и подготовки кадров",
    "на 2025 год, сообщает пресс-",
    "служба министерства обо-",
    "роны. В переговорах принял учас-",
    "тие генерал-",
    "лейтенант Руслан Жаксылыков.",
    "  Министры подписали план сов-",
    "местных учений и договорились о",
    "новой встрече в Ташкенте.",
    "[Фото: делегации в Астане]",
    "Александр ЛУКАШЕВИЧ",
    "Фото автора",
    "ТАКЖЕ НА ЭТОЙ СТРАНИЦЕ",
    "Учения на Каспии ............. 2",
    "Присяга курсантов ............ 2",
    "Прикаспийский вестник, Актау",
)

#: No indent: paragraphs between blank lines, the headline's two lines run on in lower case, a signature at the foot.
PRINT_EN_PLAIN = _page(
    "STEPPE MORNING STAR                                    No. 12 (3051)",
    "Monday, 3 February 2025                                      Page 2",
    "------------------------------------------------------------------",
    "DEFENCE",
    "Kazakhstan and Kyrgyzstan plan",
    "border exercise in spring",
    "",
    "The defence ministries of Kazakh-",
    "stan and Kyrgyzstan will hold a",
    "joint exercise of border troops",
    "near the town of Karakol in April,",
    "the ministry in Astana said on Fri-",
    "day. Major General Serik Tulebayev",
    "said the exercise would test the",
    "coordination of mountain units.",
    "",
    "Officers of the two armies will al-",
    "so train together at the academy in",
    "Bishkek, where a course in moun-",
    "tain warfare opens in March.",
    "",
    "Serik NURLANOV",
    "Photo by the author",
)


def test_print_edition_en_fields():
    p = parse_text(PRINT_EN)
    assert p.title == "Azerbaijan and Pakistan agree on joint training plan", p.why.get("title")
    assert p.date == D(2025, 3, 13), p.why.get("date")
    assert p.source == "Caspian Shore Gazette", p.why.get("source")
    assert p.author == "Farid Mammadov"
    assert "No. 48" not in (p.title or "")


def test_print_edition_en_text_is_reflowed():
    body = parse_text(PRINT_EN).body
    assert "a plan of military cooperation for 2025, the Ministry of Defence said on Wednesday." in body
    assert "Colonel General Karim Valiyev and Lieutenant General Asim Khawaja after talks on military-technical cooperation." in body
    assert "Colonel General Valiyev said the plan would deepen military ties" in body
    assert "Colo-" not in body and "Kha-" not in body and "mi-" not in body
    assert len(parse_text(PRINT_EN).body_lines) == 2  # two paragraphs, each opened by its indent


def test_print_edition_ru_fields():
    p = parse_text(PRINT_RU)
    assert p.title == "Казахстан и Узбекистан обсудили военное сотрудничество", p.why.get("title")
    assert p.date == D(2024, 10, 16), p.why.get("date")
    assert p.written.get("source", (None, p.source))[1] == "Прикаспийский вестник", p.why.get("source")
    assert p.written.get("author", (None, p.author))[1] == "Александр Лукашевич", p.why.get("author")
    assert "СОТРУДНИЧЕСТВО" not in (p.source or "").upper()


def test_print_edition_ru_text_is_reflowed():
    body = parse_text(PRINT_RU).body
    assert "вопросы военно-технического сотрудничества и подготовки кадров на 2025 год, сообщает пресс-служба министерства обороны." in body
    assert "принял участие генерал-лейтенант Руслан Жаксылыков." in body
    assert "Министры подписали план совместных учений" in body


def test_print_edition_without_indent_and_with_a_signature():
    p = parse_text(PRINT_EN_PLAIN)
    assert p.title == "Kazakhstan and Kyrgyzstan plan border exercise in spring"
    assert p.date == D(2025, 2, 3)
    assert p.source == "Steppe Morning Star"
    assert p.author == "Serik Nurlanov", p.why.get("author")
    assert "the ministry in Astana said on Friday. Major General Serik Tulebayev said" in p.body
    assert "will also train together at the academy in Bishkek, where a course in mountain warfare opens in March." in p.body


def test_print_edition_title_case_headline_and_a_narrow_masthead():
    """The masthead's issue number after one space, the page number after a bar, a title-case headline over two lines
    whose second line looks like a name ('Military Cooperation Plan': words the text writes in lower case)."""
    lines = PRINT_EN.split("\n")
    page = _page("CASPIAN SHORE GAZETTE No. 48 (2214)", "Thursday, 13 March 2025 | Page 3", "-" * 44, "DEFENCE",
                 "Azerbaijan, Pakistan Sign", "Military Cooperation Plan", "By Farid Mammadov", *lines[8:21])
    p = parse_text(page)
    assert p.title == "Azerbaijan, Pakistan Sign Military Cooperation Plan", p.why.get("title")
    assert p.source == "Caspian Shore Gazette"
    assert p.author == "Farid Mammadov"
    assert p.date == D(2025, 3, 13)


def test_a_title_case_phrase_of_the_texts_words_is_no_author():
    lead = ("The defence ministers of Azerbaijan and Pakistan signed a plan of military cooperation for 2025 in Baku on "
            "Wednesday, the ministry said.")
    p = parse_text(_page("CASPIAN HERALD", "Azerbaijan and Pakistan sign plan", "Military Cooperation Plan", "13 March 2025",
                         lead, "The plan covers joint exercises and the training of officers."))
    assert p.author is None, p.why.get("author")
    p = parse_text(_page("CASPIAN HERALD", "Azerbaijan and Pakistan sign plan", "Farid Mammadov", "13 March 2025",
                         lead, "The plan covers joint exercises and the training of officers."))
    assert p.author == "Farid Mammadov", p.why.get("author")  # the rule must not fire on a person's name
    p = parse_text(_page("CASPIAN HERALD", "Azerbaijan and Pakistan sign plan", "Mark Long", "13 March 2025",
                         lead + " Tensions mark a long border.", "The plan covers joint exercises and the training of officers."))
    assert p.author == "Mark Long", p.why.get("author")  # two words of the language are still a name


@pytest.mark.parametrize("first, second, keep", [
    ("генерал", "лейтенант", True),
    ("военно", "технического", True),
    ("научно", "исследовательский", True),
    ("пресс", "служба", True),
    ("vice", "admiral", True),
    ("2024", "2025", True),
    ("обо", "роны", False),
    ("со", "трудничества", False),
    ("Kha", "waja", False),
    ("mi", "litary", False),
    ("coope", "ration", False),
    ("state", "ment", False),
    ("Azerbaijan", "Pakistan", True),  # a capital after the hyphen: two names joined
])
def test_a_line_end_hyphen_kept_or_dropped(first, second, keep):
    words = {"state", "military", "defence", "plan"}
    assert columns.keeps_hyphen(first, second, words, set()) is keep


def test_a_hyphen_kept_for_two_words_of_the_page_and_for_its_own_compounds():
    words = {"military", "technical", "joint", "plan"}
    assert columns.keeps_hyphen("military", "technical", words, set())
    assert columns.keeps_hyphen("cross", "border", set(), set())
    assert columns.keeps_hyphen("border", "guard", set(), {"border-guard"})
    assert not columns.keeps_hyphen("train", "ing", {"train"}, set())
    assert not columns.keeps_hyphen("exer", "cises", {"exercise"}, set())


@pytest.mark.parametrize("lines", [
    # a web page: a paragraph a line
    ["ARARAT HERALD", "Armenia and Greece agree on military training plan",
     "The defence ministers of Armenia and Greece met in Yerevan on Thursday and signed a plan of military cooperation.",
     "The plan covers joint training of officers, exchanges of instructors and a staff exercise in the autumn."],
    # a menu and a list of short lines ending on ';' and ',': no column
    ["Home", "Politics", "Defence", "Economy", "World", "Opinion", "Sport", "Contacts",
     "В ходе визита делегация:", "посетила военную академию,", "встретилась с командованием флота,",
     "провела переговоры в министерстве;", "осмотрела новую технику;", "возложила венок."],
    # a list of items in lower case without stops, of about one width: no prose, no column
    ["В состав делегации вошли:", "министр обороны Казахстана", "заместитель министра обороны", "начальник генштаба армии",
     "командующий силами флота", "начальник военной академии", "командующий силами ПВО страны", "представитель МИД страны"],
    # a hard-wrapped text at 70 characters is the line labeller's (its own paragraph units), not a column
    ["The defence ministers of Armenia and Greece met in Yerevan on Thursday and",
     "signed a plan of military cooperation for the coming year, the ministry said",
     "in a statement. The plan covers joint training of officers, exchanges of",
     "instructors and a staff exercise in the autumn, and the two sides agreed to",
     "meet again in Athens in the spring to review the progress of the programme",
     "and to prepare a longer agreement on defence cooperation for the years ahead."],
])
def test_no_column_no_reflow(lines):
    out, joined = columns.reflow(lines)
    assert joined == 0 and out == lines


def test_a_masthead_over_its_tagline_above_a_column_is_not_joined():
    page = PRINT_EN_PLAIN.replace("STEPPE MORNING STAR                                    No. 12 (3051)\n",
                                  "Steppe Morning Star\nindependent weekly since 1998\n")
    out, _ = columns.reflow(page.split("\n"))
    assert out[:2] == ["Steppe Morning Star", "independent weekly since 1998"]
    assert "Kazakhstan and Kyrgyzstan plan border exercise in spring" in out


def test_a_short_headline_pair_on_a_web_page_is_no_column():
    """Two short lines and a paragraph a line: no run of six column lines, nothing is joined."""
    lines = ["Armenia and Greece agree", "on training plan",
             "The defence ministers of Armenia and Greece met in Yerevan on Thursday and signed a plan, the ministry said."]
    assert columns.reflow(lines) == (lines, 0)


# --------------------------------------------------------------------------- mastheads with an issue number, page dates

@pytest.mark.parametrize("line, name", [
    ("CASPIAN SHORE GAZETTE                                  No. 48 (2214)", "CASPIAN SHORE GAZETTE"),
    ("ПРИКАСПИЙСКИЙ ВЕСТНИК     № 41 (1187)", "ПРИКАСПИЙСКИЙ ВЕСТНИК"),
    ("Steppe Herald | Issue 12", "Steppe Herald"),
    ("№ 41 (1187)        ПРИКАСПИЙСКИЙ ВЕСТНИК", "ПРИКАСПИЙСКИЙ ВЕСТНИК"),
    ("КРАСНАЯ ЗВЕЗДА   № 41 (27185)", "КРАСНАЯ ЗВЕЗДА"),
    ("Ministry of Defence of Azerbaijan   No. 48 (2214)", None),  # an institution, not a paper
    ("№ 41 (1187)        Среда, 16 октября 2024 г.", None),  # an issue line with its date
    ("Armenia and Greece agree on training No. 2", None),  # a sentence is no masthead
    ("Order No. 48 (2214)", None),
    ("No. 48 (2214)", None),
])
def test_issue_masthead(line, name):
    assert issue_masthead(line) == name


@pytest.mark.parametrize("line, want", [
    ("Thursday, 13 March 2025                                      Page 3", D(2025, 3, 13)),
    ("Среда, 16 октября 2024 г.                                   стр. 2", D(2024, 10, 16)),
    ("13 March 2025 | Page 3", D(2025, 3, 13)),
    ("13 March 2025 Page 3 of the report", None),  # no page number of a print edition: words of a line
])
def test_a_print_date_line_beside_its_page_number(line, want):
    assert date_only(line, "ru" if "стр" in line else "en") == want


def test_a_headline_and_its_standfirst_are_not_joined():
    """A deck under the headline (a sentence with its stop) and a title-case second line on a web page stay apart."""
    for second in ("The two ministers signed the plan in Yerevan on Thursday.", "Ministers Sign Plan In Yerevan"):
        p = parse_text(_page("ARARAT HERALD", "Armenia and Greece agree on training plan", second,
                             "14 March 2025",
                             "The defence ministers of Armenia and Greece met in Yerevan on Thursday and signed a plan of "
                             "military cooperation for the coming year, the ministry said.",
                             "The plan covers joint training of officers and a staff exercise in the autumn."))
        assert p.title != "Armenia and Greece agree on training plan " + second, p.why.get("title")
        assert "broken over two lines" not in p.why.get("title", "")


@pytest.mark.parametrize("head, tail, want", [
    ("Armenia and Greece agree on", "training plan for 2025", "Armenia and Greece agree on training plan for 2025"),
    ("Армения и Греция договорились о", "плане подготовки офицеров", "Армения и Греция договорились о плане подготовки офицеров"),
])
def test_a_web_headline_broken_over_two_lines_is_one(head, tail, want):
    lead = ("The defence ministers of Armenia and Greece met in Yerevan on Thursday and signed a plan of military "
            "cooperation for the coming year, the ministry said." if "Armenia" in head else
            "Министры обороны Армении и Греции встретились в Ереване в четверг и подписали план военного "
            "сотрудничества на следующий год, сообщило министерство.")
    p = parse_text(_page("ARARAT HERALD", head, tail, "14.03.2025", lead, lead))
    assert p.title == want, p.why.get("title")


# --------------------------------------------------------------------------- 2. ambiguous numeric dates

CACHE_EN = _page(
    "This is the cache of https://www.adriatic-monitor.example/defence/plan. It is a snapshot of the page as it "
    "appeared on 14 Nov 2025 06:02:11 GMT. The current page could have changed in the meantime.",
    "ADRIATIC MONITOR",
    "Home | Politics | Defence | Economy | Sport",
    "Croatia and Albania sign defence cooperation plan",
    "Posted on 12/11/2025 by Marko Horvat",
    "The defence ministers of Croatia and Albania signed a plan of bilateral military cooperation for 2026 in "
    "Zagreb, the ministry said.",
    "The plan covers joint exercises of the two armies, training of officers and cooperation in cyber defence.",
    "Related",
    "Croatian navy receives new patrol boat 09/11/2025",
    "Albanian officers complete course in Zadar 06/11/2025",
)

CACHE_RU = _page(
    "Это копия страницы https://adriatic-vestnik.example/news/plan, сохранённая 14 ноя 2025 06:02:11 GMT. "
    "С тех пор страница могла измениться.",
    "АДРИАТИЧЕСКИЙ ВЕСТНИК",
    "Главная | Политика | Армия | Экономика",
    "Хорватия и Албания подписали план военного сотрудничества",
    "Опубликовано 12/11/2025",
    "Министры обороны Хорватии и Албании подписали в Загребе план двустороннего военного сотрудничества на "
    "2026 год, сообщило министерство.",
    "План предусматривает совместные учения двух армий, подготовку офицеров и сотрудничество в киберобороне.",
)


def test_a_cache_header_decides_day_and_month():
    p = parse_text(CACHE_EN)
    assert p.date == D(2025, 11, 12), p.why.get("date")
    assert "copied" in p.why["date"]
    assert "snapshot" not in p.body and p.title == "Croatia and Albania sign defence cooperation plan"


def test_a_cache_header_in_russian_is_no_text_and_no_date():
    p = parse_text(CACHE_RU)
    assert p.date == D(2025, 11, 12)
    assert "копия страницы" not in p.body
    assert p.title == "Хорватия и Албания подписали план военного сотрудничества"


def test_a_cache_header_is_taken_off_so_the_masthead_reads_as_the_top():
    p = parse_text(CACHE_EN)
    assert p.source == "Adriatic Monitor", p.why.get("source")
    assert "captured" in p.why and "2025-11-14" in p.why["captured"]


@pytest.mark.parametrize("domain, want", [("adriatic-monitor.hr", D(2025, 11, 12)), ("adriatic-monitor.us", D(2025, 12, 11))])
def test_the_address_in_a_cache_header_tells_the_country(domain, want):
    """No capture time: the country of the address the cache names decides (only the United States writes month first)."""
    page = CACHE_EN.replace("adriatic-monitor.example", domain).replace(
        " It is a snapshot of the page as it appeared on 14 Nov 2025 06:02:11 GMT.", "")
    p = parse_text(page)
    assert p.date == want, p.why.get("date")


def test_a_masthead_in_capitals_read_as_a_byline_is_given_as_names_are_written():
    p = parse_text(CACHE_RU)
    assert p.written.get("source", (None, p.source))[1] == "Адриатический вестник", p.why.get("source")


def test_month_first_when_no_evidence_and_when_both_readings_fit_the_capture():  # the rule must not fire
    page = CACHE_EN.replace("14 Nov 2025", "20 Dec 2025")
    p = parse_text(page)
    assert p.date == D(2025, 12, 11), p.why.get("date")  # both before 20 December: English slashes stay month first
    p = parse_text(CACHE_EN.split("\n", 1)[1])
    assert p.date == D(2025, 12, 11), p.why.get("date")


@pytest.mark.parametrize("stamp, posted, want", [
    ("Updated: 6 April 2025, 10:15", "Posted 05/04/2025", D(2025, 4, 5)),
    ("Обновлено: 6 апреля 2025, 10:15", "Опубликовано 05/04/2025", D(2025, 4, 5)),
    ("Updated: 6 June 2025, 10:15", "Posted 05/04/2025", D(2025, 5, 4)),  # both fit: English month first stays
])
def test_an_updated_stamp_bounds_the_page_date(stamp, posted, want):
    en = "Posted" in posted
    lead = ("The defence ministers of Croatia and Albania signed a plan of military cooperation in Zagreb, the ministry said."
            if en else "Министры обороны Хорватии и Албании подписали в Загребе план военного сотрудничества, сообщило министерство.")
    p = parse_text(_page("ADRIATIC MONITOR", "Croatia and Albania sign defence plan" if en else "Хорватия и Албания подписали план",
                         posted, stamp, lead, lead))
    assert p.date == want, p.why.get("date")


def test_the_capture_time_alone_is_never_the_page_date():
    page = _page(
        "It is a snapshot of the page as it appeared on 14 Nov 2025 06:02:11 GMT.",
        "ADRIATIC MONITOR",
        "Croatia and Albania sign defence cooperation plan",
        "The defence ministers of Croatia and Albania signed a plan of military cooperation in Zagreb, the ministry said.",
        "The plan covers joint exercises of the two armies.")
    p = parse_text(page)
    assert p.date != D(2025, 11, 14), p.why.get("date")


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_live_blogs_entries_are_never_the_page_date(lang):
    if lang == "en":
        page = _page("CASPIAN WIRE", "Home | Politics | Defence | World", "Live updates — 22 April 2025",
                     "Azerbaijan and Turkey hold joint exercise", "Live blog edited by Leyla Guliyeva",
                     "18:55 GMT+4", "The exercise ended with a parade of the troops of both countries in Baku, the ministry said.",
                     "17:30 GMT+4", "The defence ministers of Azerbaijan and Turkey watched the final stage of the exercise.",
                     "23.04.2025 09:10 GMT+4", "Special forces of the two countries practised an assault on a coastal position.")
    else:
        page = _page("КАСПИЙСКАЯ ЛЕНТА", "Главная | Политика | Армия | Мир", "Онлайн-трансляция — 22 апреля 2025",
                     "Азербайджан и Турция проводят совместные учения", "Подготовил(а): Лейла Гулиева",
                     "18:55 GMT+4", "Учения завершились парадом войск двух стран в Баку, сообщило министерство обороны.",
                     "17:30 GMT+4", "Министры обороны Азербайджана и Турции наблюдали за финальным этапом учений.",
                     "23.04.2025 09:10 GMT+4", "Спецназ двух стран отработал штурм позиции на побережье.")
    p = parse_text(page)
    assert p.date == D(2025, 4, 22), p.why.get("date")
    assert p.written.get("author", (None, p.author))[1] in ("Leyla Guliyeva", "Лейла Гулиева"), p.why.get("author")


# --------------------------------------------------------------------------- 3. an outlet's masthead with its tagline

@pytest.mark.parametrize("line, name", [
    ("Ararat Dispatch — News from Armenia and the region", "Ararat Dispatch"),
    ("Kura Valley Post | Your source for news from the Caucasus", "Kura Valley Post"),
    ("Араратский курьер — новости Армении и региона", "Араратский курьер"),
    ("Степной вестник | ваш источник новостей", "Степной вестник"),
    ("Steppe Courier — fearless reporting from the steppe", "Steppe Courier"),
    ("STEPPE POST | independent and fearless", "STEPPE POST"),
    ("Anna Petrosyan — Ararat Wire", None),  # a byline
    ("Anna Petrosyan — news editor", None),  # a person and her role
    ("Anna Petrosyan | your source for defence news", None),
    ("NATO — what the summit means for the Caucasus", None),  # a headline
    ("Armenia and France — news from the Paris talks", None),  # a headline naming states
    ("Georgia | News", None),
    ("Армения и Франция — новости переговоров", None),
])
def test_masthead_tagline(line, name):
    assert masthead_tagline(line) == name


@pytest.mark.parametrize("foot", ["Ararat Dispatch © 2025", None])
def test_the_outlet_not_its_tagline_en(foot):
    lines = ["Ararat Dispatch — News from Armenia and the region", "Home | Politics | Defence | Economy",
             "Armenia and France agree on officer training", "14 March 2025",
             "The defence ministers of Armenia and France met in Paris on Thursday and agreed on a programme of officer "
             "training for 2025, the ministry said.",
             "The programme covers courses at French military academies and exchanges of instructors."]
    p = parse_text(_page(*lines, *([foot] if foot else [])))
    assert p.source == "Ararat Dispatch", p.why.get("source")
    assert p.author is None


@pytest.mark.parametrize("foot", ["Араратский курьер © 2025", None])
def test_the_outlet_not_its_tagline_ru(foot):
    lines = ["Араратский курьер — новости Армении и региона", "Главная | Политика | Армия | Экономика",
             "Армения и Франция договорились о подготовке офицеров", "14 марта 2025",
             "Министры обороны Армении и Франции встретились в Париже в четверг и договорились о программе подготовки "
             "офицеров на 2025 год, сообщило министерство.",
             "Программа предусматривает обучение во французских военных академиях и обмен инструкторами."]
    p = parse_text(_page(*lines, *([foot] if foot else [])))
    assert p.written.get("source", (None, p.source))[1] == "Араратский курьер", p.why.get("source")
    assert p.author is None


def test_a_byline_with_an_outlet_after_a_dash_stays_a_byline():  # the rule must not fire
    p = parse_text(_page("ARARAT HERALD", "Armenia and France agree on officer training", "Anna Petrosyan — Ararat Wire",
                         "14 March 2025",
                         "The defence ministers of Armenia and France met in Paris on Thursday and agreed on a programme of "
                         "officer training for 2025, the ministry said.",
                         "The programme covers courses at French military academies."))
    assert p.author == "Anna Petrosyan"


# --------------------------------------------------------------------------- 4. editors' credits and name particles

@pytest.mark.parametrize("line, who", [
    ("Live blog edited by Leyla Guliyeva", ["Leyla Guliyeva"]),
    ("Edited by Leyla Guliyeva", ["Leyla Guliyeva"]),
    ("Compiled by Tural Aliyev", ["Tural Aliyev"]),
    ("Подготовил(а): Лейла Гулиева", ["Лейла Гулиева"]),
    ("Подготовила: Лейла Гулиева", ["Лейла Гулиева"]),
    ("Редактор: Мурад Атаев", ["Мурад Атаев"]),
    ("By Ma. Cristina dela Paz", ["Ma. Cristina dela Paz"]),
    ("By Juan de los Reyes", ["Juan de los Reyes"]),
    ("By Rosa delos Santos", ["Rosa delos Santos"]),
    ("Story and photos by Leyla Guliyeva", ["Leyla Guliyeva"]),
    ("Written and compiled by Leyla Guliyeva", ["Leyla Guliyeva"]),
    ("Liveblog edited by Leyla Guliyeva", ["Leyla Guliyeva"]),
    ("Автор материала: Лейла Гулиева", ["Лейла Гулиева"]),
    ("Ведущий трансляции: Мурад Атаев", ["Мурад Атаев"]),
    ("Редакторы: Мурад Атаев, Лейла Гулиева", ["Мурад Атаев", "Лейла Гулиева"]),
    ("By Siti Nurhaliza binti Tarudin", ["Siti Nurhaliza binti Tarudin"]),
    ("By Abdullah al-Hashimi", ["Abdullah al-Hashimi"]),
    ("Edited by Caspian Wire staff", []),  # a newsroom, no person
])
def test_editors_and_particles(line, who):
    assert read_byline(line)[0] == who


@pytest.mark.parametrize("t, ok", [
    ("Ma. Cristina dela Paz", True),
    ("Ahmad bin Ali", True),
    ("dela Paz", False),  # a particle does not open a name
    ("Cristina dela", False),
])
def test_name_particles(t, ok):
    assert person_name(t) is ok


@pytest.mark.parametrize("credit, who", [
    ("By Ma. Cristina dela Paz", "Ma. Cristina dela Paz"),
    ("Compiled by Tural Aliyev", "Tural Aliyev"),
])
def test_credit_under_the_headline_is_the_author(credit, who):
    p = parse_text(_page("MANILA BAY JOURNAL", "Philippines and Japan sign defence logistics pact", credit, "March 14, 2025",
                         "The defense secretaries of the Philippines and Japan signed an agreement on logistics support in "
                         "Manila on Thursday, the department said.",
                         "The pact allows the two armed forces to share supplies during joint exercises."))
    assert p.author == who, p.why.get("author")


def test_an_editor_at_the_foot_in_russian():
    p = parse_text(_page("ТУРАНСКИЙ ВЕСТНИК", "Туркменистан и Иран обсудили охрану границы", "14 марта 2025",
                         "Министры обороны Туркменистана и Ирана встретились в Ашхабаде в четверг и обсудили охрану общей "
                         "границы, сообщило министерство.",
                         "Стороны договорились провести совместное учение пограничников осенью.", "Редактор: Мурад Атаев"))
    assert p.written.get("author", (None, p.author))[1] == "Мурад Атаев", p.why.get("author")


@pytest.mark.parametrize("sentence", [
    "The plan was compiled by the staffs of both ministries over the winter and edited by the defence attaches.",
    "Редактор газеты сообщил, что министры обороны двух стран встретятся снова в Ашхабаде весной.",
])
def test_an_editor_in_a_sentence_is_no_byline(sentence):  # the rule must not fire
    p = parse_text(_page("ТУРАНСКИЙ ВЕСТНИК", "Туркменистан и Иран обсудили охрану границы", "14 марта 2025",
                         "Министры обороны Туркменистана и Ирана встретились в Ашхабаде в четверг и обсудили охрану общей "
                         "границы, сообщило министерство.", sentence,
                         "Стороны договорились провести совместное учение пограничников осенью."))
    assert p.author is None, p.why.get("author")


@pytest.mark.parametrize("brk", ["\u00ad", "¬"])
def test_a_soft_hyphen_at_a_lines_end_always_joins_one_word(brk):
    lines = PRINT_EN.replace("coope-\n", "coope" + brk + "\n").replace("генерал-", "генерал-")
    assert "cooperation for 2025" in parse_text(lines).body


def test_a_wide_hard_wrapped_text_joins_its_broken_words():
    """A text wrapped at ~75 characters (the line labeller's paragraph units, no column): a word broken over two of its
    lines is whole again in the paragraph, a hyphenated one keeps its hyphen."""
    page = _page(
        "ARARAT HERALD", "Armenia and Greece agree on military training plan", "14 March 2025",
        "The defence ministers of Armenia and Greece met in Yerevan on Thursday and coope-",
        "rated on a plan of military training for the coming year, the ministry said in a",
        "statement. The plan covers joint training of officers and military-technical coope-",
        "ration, and the two sides agreed on a staff exercise in the autumn, the ministry said.",
        "The plan also covers exchanges of instructors between the two military academies.")
    body = parse_text(page).body
    assert "military-technical cooperation, and the two sides" in body and "coope- ration" not in body


@pytest.mark.parametrize("sig", ["АЛЕКСАНДР ЛУКАШЕВИЧ", "Подполковник Александр ЛУКАШЕВИЧ", "Александр ЛУКАШЕВИЧ"])
def test_a_signature_over_photo_by_the_author_ru(sig):
    p = parse_text(PRINT_RU.replace("Александр ЛУКАШЕВИЧ", sig))
    assert p.written.get("author", (None, p.author))[1] == "Александр Лукашевич", p.why.get("author")


@pytest.mark.parametrize("sig", ["SERIK NURLANOV", "Colonel Serik NURLANOV"])
def test_a_signature_over_photo_by_the_author_en(sig):
    p = parse_text(PRINT_EN_PLAIN.replace("Serik NURLANOV", sig))
    assert p.author == "Serik Nurlanov", p.why.get("author")


@pytest.mark.parametrize("line", ["ALSO ON THIS PAGE", "MINISTRY OF DEFENCE", "CASPIAN SHORE GAZETTE"])
def test_no_signature_of_a_heading_in_capitals_over_photo_by_the_author(line):  # the rule must not fire
    p = parse_text(PRINT_EN_PLAIN.replace("Serik NURLANOV", line))
    assert p.author is None, p.why.get("author")


def test_a_rank_before_a_bylines_name_is_not_the_name():
    assert read_byline("By Colonel Farid Mammadov")[0] == ["Farid Mammadov"]
    assert read_byline("Brigadier General") == ([], [])  # a rank alone names no one


@pytest.mark.parametrize("foot, want", [
    ("Adriatic Monitor, Zagreb", D(2025, 11, 12)),
    ("© 2025 Adriatic Monitor — Zagreb", D(2025, 11, 12)),
    ("Prairie Monitor, Chicago", D(2025, 12, 11)),
    (None, D(2025, 12, 11)),  # nothing tells: English slashes stay month first
])
def test_the_outlets_home_city_tells_the_order(foot, want):
    lines = ["ADRIATIC MONITOR", "Croatia and Albania sign defence cooperation plan", "Posted on 12/11/2025 by Marko Horvat",
             "The defence ministers of Croatia and Albania signed a plan of bilateral military cooperation for 2026, the "
             "ministry said.", "The plan covers joint exercises of the two armies and training of officers."]
    p = parse_text(_page(*lines, *([foot] if foot else [])))
    assert p.date == want, p.why.get("date")


@pytest.mark.parametrize("header", [
    "The Wayback Machine - https://web.archive.org/web/20251114060211/https://www.adriatic-monitor.example/news/plan",
    "archive.today webpage capture | Saved from https://www.adriatic-monitor.example/news/plan | 14 Nov 2025 06:02:11 UTC",
])
def test_a_web_archives_header_is_no_text_and_bounds_the_date(header):
    p = parse_text(_page(header, *CACHE_EN.split("\n")[1:]))
    assert p.date == D(2025, 11, 12), p.why.get("date")
    assert "archive" not in p.body.casefold() and "Wayback" not in p.body
    assert p.source == "Adriatic Monitor", p.why.get("source")


def test_a_ru_archive_header_and_the_address_it_names():
    page = CACHE_RU.replace("https://adriatic-vestnik.example/news/plan, сохранённая 14 ноя 2025 06:02:11 GMT",
                            "https://adriatic-vestnik.example/news/plan")
    p = parse_text(page)
    assert p.date == D(2025, 11, 12)  # Russian: day first whatever the header says
    assert "копия страницы" not in p.body


@pytest.mark.parametrize("lead", [
    "The frigate, as it appeared on satellite images of 14 May 2025, was moored in Baku, the ministry said on Thursday.",
    "Фрегат в том виде, в каком он был на снимках 14 мая 2025 года, стоял в Баку, сообщило министерство в четверг.",
])
def test_a_lead_sentence_about_an_image_is_no_archive_header(lead):  # the rule must not fire
    p = parse_text(_page("CASPIAN HERALD", "Azerbaijan shows its new frigate", lead, lead.replace("14", "15")))
    assert lead in p.body
    assert "captured" not in p.why


@pytest.mark.parametrize("under", ["via Trend", "updated 2 hours ago", "3 min read", "share this article",
                                   "от нашего корреспондента", "фото пресс-службы"])
def test_a_widget_under_the_headline_is_never_its_second_half(under):  # the rule must not fire
    head = "Armenia and Greece agree on training plan"
    p = parse_text(_page("ARARAT HERALD", head, under, "14 March 2025",
                         "The defence ministers of Armenia and Greece met in Yerevan on Thursday and signed a plan of "
                         "military cooperation for the coming year, the ministry said.",
                         "The plan covers joint training of officers and a staff exercise in the autumn."))
    assert p.title != head + " " + under and "broken over two lines" not in p.why.get("title", ""), p.why.get("title")


@pytest.mark.parametrize("under", ["via Trend", "share this article"])
def test_a_widget_is_never_the_line_alone_above_the_dateline(under):
    p = parse_text(_page("ARARAT HERALD", "Armenia and Greece agree on training plan", under, "14 March 2025",
                         "The defence ministers of Armenia and Greece met in Yerevan on Thursday and signed a plan of "
                         "military cooperation for the coming year, the ministry said.",
                         "The plan covers joint training of officers and a staff exercise in the autumn."))
    assert p.title != under, p.why.get("title")

"""Parts of news pages, written for the layout-variation test (tests/test_layout_variations.py).

A page is composed from parts: page chrome at the top (menus, a clock, weather, currency rates), a
headline, the article's date in one of many forms and positions (above or below the headline, in
the byline line, under the text), the outlet's credit in one of many forms (a byline, a staff line,
a lead dateline, a source line, a copyright footer, a web address), the text, and tails (tags, a
share bar, a related list with other articles' dates). Every outlet is invented and absent from
``data/sources.yaml``: the source has to be read from how the page credits it. All text is ours.
"""

from __future__ import annotations

from dataclasses import dataclass

# The article's day: 15 April 2023 (a Saturday). The chrome clock and the related list carry other days.
DAY = "2023-04-15"


@dataclass(frozen=True)
class Outlet:
    name: str  # as the page writes it
    want: str  # the source expected (Cyrillic names unknown to sources.yaml are given in Latin script)
    domain: str


#: Two invented outlets per language: a name with an outlet word and one written as newsrooms write
#: theirs (an inner capital; in Russian, a capitalised name and one with a lower-case outlet word).
OUTLETS = {
    "en": (Outlet("Tien Shan Courier", "Tien Shan Courier", "tienshancourier.kg"),
           Outlet("KyrgyzWire", "KyrgyzWire", "kyrgyzwire.kg")),
    "ru": (Outlet("Алатау-Пресс", "Alatau-Press", "alataupress.kg"),
           Outlet("Горный вестник", "Gorny vestnik", "gornyvestnik.kg")),
}

EN = {
    "headline": "Kyrgyz and Mongolian defence chiefs agree on joint mountain drills",
    "body": [
        "The defence ministers of Kyrgyzstan and Mongolia agreed in Bishkek on Friday to hold a joint mountain "
        "training exercise next summer and to open their staff colleges to each other's officers.",
        "The two delegations also discussed the repair of transport helicopters and the training of sappers, "
        "the ministers told journalists after the talks.",
        "The next round of consultations is planned in Ulaanbaatar in the autumn.",
    ],
    "author": "Aidar Sultanov",
    "author_latin": "Aidar Sultanov",  # the author as the page's record gives it (Latin script, as every name)
    "city": "BISHKEK",
    "dates": {
        "day month year": "15 April 2023",
        "month day year, time": "April 15, 2023 14:20",
        "weekday, time, zone": "Saturday, April 15, 2023 - 14:20 GMT+6",
        "numeric, time in brackets": "15.04.2023 [17:13]",
        "numeric, two-digit year": "15.04.23",
        "ISO timestamp": "2023-04-15T09:15:00+06:00",
        "Published, abbreviated month": "Published: 15 Apr 2023, 09:15",
        "Updated, month first": "Updated: Apr. 15, 2023 at 9:15 am",
        "Date:": "Date: 15 April 2023 18:46",
        "relative today and a full date": "Today, 10:15 | 15.04.2023",
        "year first with slashes": "2023/04/15 09:15",
        "day-Mon-year": "15-Apr-2023 08:00 UTC",
        "weekday, ordinal, no comma": "Saturday, April 15th 2023",
        "dotted with spaces": "15. 04. 2023.",
        "Last modified, zone": "Last modified: 15/04/2023 11:02 BST",
        "ISO with T and Z": "2023-04-15T08:15:00Z",
        # round 6: shapes real pages print that none of ours showed
        "weekday, pipe, time, Asian zone": "Saturday, 15 April 2023 | 09:12 PHT",
        "ordinal and 'of'": "Saturday 15th of April 2023",
        "apostrophe two-digit year": "Apr 15 '23",
        "year first with slashes, zone": "2023/04/15 21:15 KST",
        "second calendar after a pipe": "Saturday 15 April 2023 | 2 Baisakh 2080 BS",
        "Hijri date beside it": "Saturday, 15 April 2023 / 24 Ramadan 1444 AH",
        "time first, month name": "09:15 AM, 15 April 2023",
        "Posted on ... in section": "Posted on April 15, 2023 in Defence",
    },
    "menus": ["Home", "Politics   Economy   Defence   World   Video", "Search", "EN | RU | KG"],
    "clock": "Monday, 20 November 2023 10:05",
    "weather": "Bishkek +12°C",
    "currency": "USD 87.45   EUR 95.10   RUB 1.08",
    "tags": "Tags: defence, Kyrgyzstan, Mongolia",
    "share": "Share: Facebook Twitter Telegram WhatsApp",
    "related": ["Related news", "Uzbek navy cadets visit Baku shipyard", "12 March 2023",
                "Kazakh air force receives two transport aircraft", "10.03.2023 11:40"],
    "footer": "All rights reserved",
    "press release": "Press release No. 142/2023",
    "contacts": "Tel.: +996 312 05-23-14, fax 05-23-15",
}

RU = {
    "headline": "Министры обороны Киргизии и Монголии договорились о совместных горных учениях",
    "body": [
        "Министры обороны Киргизии и Монголии договорились в пятницу в Бишкеке провести летом совместные горные "
        "учения и открыть свои военные академии для офицеров другой стороны.",
        "Делегации также обсудили ремонт транспортных вертолетов и подготовку саперов, сообщили министры "
        "журналистам после переговоров.",
        "Следующий раунд консультаций намечен на осень в Улан-Баторе.",
    ],
    "author": "Айдар Султанов",
    "author_latin": "Aidar Sultanov",
    "city": "БИШКЕК",
    "dates": {
        "day month year, time": "15 апреля 2023, 10:38",
        "abbreviated month, time": "15 апр 2023, 10:38",
        "weekday and 'года'": "суббота, 15 апреля 2023 года",
        "numeric, time in brackets": "15.04.2023 [17:13]",
        "numeric, two-digit year": "15.04.23",
        "ISO timestamp": "2023-04-15 09:15:00",
        "Опубликовано": "Опубликовано: 15.04.2023 09:15",
        "Обновлено": "Обновлено 15 апреля 2023 в 18:40",
        "Дата:": "Дата: 15.04.2023",
        "relative today and a full date": "Сегодня, 10:15 | 15.04.2023",
        "'г.' glued to the year": "15.04.2023г. 12:00 (мск)",
        "'г.' after the year": "15 апреля 2023 г.",
        "weekday after the date": "15 апреля 2023, суббота",
        "'от' and a numeric date": "от 15.04.2023",
        "abbreviation with a dot and 'г.'": "15 апр. 2023 г., 10:38",
        "dotted with spaces": "15. 04. 2023.",
        # round 6
        "time first, numeric": "10:38, 15.04.2023",
        "'мск' in brackets": "15 апреля 2023, 10:38 (мск)",
        "'г.' and a comma, time": "15.04.2023 г., 10:38",
        "Изменено": "Изменено: 15.04.2023 18:40",
        "Hijri date beside it": "15 апреля 2023 г. / 24 рамадана 1444 г.",
        "weekday, time, 'мск'": "Суббота, 15 апреля 2023, 10:38 МСК",
        "short year with 'г.'": "15.04.23 г.",
    },
    "menus": ["Главная", "Политика   Экономика   Оборона   В мире   Видео", "Поиск", "RU | KG | EN"],
    "clock": "Пн, 20.11.2023 10:05",
    "weather": "Бишкек +12°C",
    "currency": "USD 87,45   EUR 95,10   RUB 1,08",
    "tags": "Тэги: оборона, Киргизия, Монголия",
    "share": "Поделиться: ВКонтакте Telegram WhatsApp",
    "related": ["Читайте также", "Курсанты ВМС Узбекистана посетили верфь в Баку", "12 марта 2023",
                "ВВС Казахстана получили два транспортных самолета", "10.03.2023 11:40"],
    "footer": "Все права защищены",
    "press release": "Пресс-релиз № 142/2023",
    "contacts": "Тел.: +996 312 05-23-14, факс 05-23-15",
}

LANGS = {"en": EN, "ru": RU}

POSITIONS = ("above the headline", "below the headline", "in the byline line", "under the text")


def credits(lang: str, o: Outlet) -> dict[str, dict]:
    """Credit forms: where each puts the outlet (``byline`` line under the headline, ``lead``
    prefix of the first paragraph, ``body_end`` a sentence in the text, ``end`` line under the text,
    ``foot`` line at the very bottom, ``masthead`` the site's name at the top of the page; ``want`` the
    source expected when it is not the outlet, ``none`` when the page credits no one)."""
    a = LANGS[lang]["author"]
    city = LANGS[lang]["city"]
    if lang == "en":
        return {
            "By X | Outlet": {"byline": f"By {a} | {o.name}"},
            "Name, Outlet": {"byline": f"{a}, {o.name}"},
            "Outlet staff": {"byline": f"{o.name} staff"},
            "(Outlet) -": {"lead": f"{city} ({o.name}) — "},
            "CITY, date (Outlet) -": {"lead": f"{city}, April 15 ({o.name}) - "},
            "Source: Outlet": {"end": f"Source: {o.name}"},
            "© year Outlet": {"foot": f"© 2023 {o.name}. All rights reserved."},
            "Outlet © years": {"foot": f"{o.name} © 2015-2023"},
            "domain at the foot": {"foot": o.domain},
            "e-mail at the foot": {"foot": f"Send your news to editor@{o.domain}"},
            "told Outlet": {"body_end": f"\"We will train together,\" the Kyrgyz minister told {o.name}."},
            "Outlet reports": {"lead": f"{o.name} reports that "},
            "no credit": {"none": True},
            "webmail at the foot (no credit)": {"none": True, "foot": "Send your news to tienshan.news@gmail.com"},
            # round 5: forms real outlets use that no BUILD page shows
            "CITY, date (Outlet) under the headline": {"byline": f"Bishkek, April 15 ({o.name})"},
            "By X, Special to the Outlet": {"byline": f"By {a}, Special to the {o.name}"},
            "X, Outlet correspondent": {"byline": f"{a}, {o.name} correspondent"},
            "first appeared in Outlet": {"end": f"This article first appeared in {o.name}."},
            "Republished with permission": {"end": f"Republished with permission from {o.name}."},
            "Photo: Outlet / X (the only credit)": {"byline": f"Photo: {o.name} / {a}"},
            "masthead 'Outlet | English'": {"masthead": f"{o.name} | English"},
            "masthead with a tagline": {"masthead": f"{o.name}\n\nKyrgyz news in English"},
            "press service at the foot": {"end": "Press Service of the Ministry of Defence of Kyrgyzstan",
                                          "want": "Ministry of Defence of Kyrgyzstan"},
            "share bar only (no credit)": {"none": True, "end": "Share on Facebook | Share on X | @KyrgyzDefence"},
            # round 6: credit forms the held-out pages showed (our own lines)
            "Source: Outlet / agencies": {"end": f"Source: {o.name} / agencies"},
            "masthead, then 'Source: ABBR / agencies'": {"masthead": o.name, "end": f"Source: {_initials(o.name)} / agencies"},
            "Words: X, City (no outlet)": {"none": True, "byline": f"Words: {a}, Bishkek"},
            "X, City correspondent (no outlet)": {"none": True, "byline": f"{a}, Bishkek correspondent"},
            "Writer: X | Editor: Y at the foot (no outlet)": {"none": True, "end": f"Writer: {a} | Editor: Nurlan Abdrakhmanov"},
            "a ministry's sign-off block": {"end": "Media Centre\n\nMinistry of Defence\n\nKyrgyz Republic",
                                            "want": "Ministry of Defence of Kyrgyzstan"},
            "the X defence ministry reported on its website": {
                "body_end": "The plan was signed at the end of the talks, the Kyrgyz defence ministry reported on its website.",
                "want": "Ministry of Defence of Kyrgyzstan"},
            # round 7: credits the held-out pages showed (our own lines)
            "(ABBR) in the dateline, masthead 'ABBR Outlet'": {"masthead": f"{_initials(o.name)} {o.name}",
                                                              "lead": f"{city} ({_initials(o.name)}) - "},
            "/ABBR/ in the dateline, foot 'ABBR | Outlet'": {"lead": f"{city} /{_initials(o.name)}/. ",
                                                            "foot": f"{_initials(o.name)} | {o.name}"},
            "Staff Writer, 'With input from Outlet.'": {"byline": "Staff Writer", "end": f"With input from {o.name}."},
            "author's note 'X covers … for Outlet'": {"end": f"{a} covers the defence industry for {o.name}."},
            "Outlet alone under the headline": {"byline": o.name},
            "© year Armed Forces at the foot": {"foot": "© 2023 Kyrgyz Armed Forces", "want": "Kyrgyz Armed Forces"},
            "© year Ministry of Defence of the Republic": {
                "foot": "© 2023 Ministry of Defence of the Kyrgyz Republic. All rights reserved.",
                "want": "Ministry of Defence of Kyrgyzstan"},
            "X | Defence correspondent (no outlet)": {"none": True, "byline": f"{a} | Defence correspondent"},
            # round 8: credits the held-out pages showed (our own lines)
            "(ABC - Outlet) aggregator tag": {"lead": f"(NBX - {o.name}) "},
            "masthead, 'by Staff | date | categories | 0 comments'": {
                "masthead": f"{o.name}\n\nKyrgyz news in English",
                "byline": "by Staff | 15 April 2023 | Asia, Navy, Diplomacy | 0 comments"},
            "state over ministry masthead": {"masthead": "KYRGYZ REPUBLIC\nMINISTRY OF DEFENCE",
                                             "want": "Ministry of Defence of Kyrgyzstan"},
        }
    return {
        "Автор: X, Outlet": {"byline": f"Автор: {a}, {o.name}"},
        "ГОРОД, дата. /Outlet/.": {"lead": f"{city}, 15 апреля. /{o.name}/. "},
        "ГОРОД, дата – Outlet.": {"lead": f"{city}, 15 апреля – {o.name}. "},
        "Источник: Outlet": {"end": f"Источник: {o.name}"},
        "© year Outlet": {"foot": f"© 2023 {o.name}. Все права защищены."},
        "domain at the foot": {"foot": o.domain},
        "e-mail at the foot": {"foot": f"Присылайте новости: editor@{o.domain}"},
        "сообщает Outlet": {"body_end": f"Об этом сообщает {o.name}."},
        "(Outlet) –": {"lead": f"{city} ({o.name}) – "},
        "no credit": {"none": True},
        "webmail at the foot (no credit)": {"none": True, "foot": "Присылайте новости: alatau.news@mail.ru"},
        # round 5
        "ГОРОД, дата — «Outlet».": {"lead": f"{city}, 15 апреля — «{o.name}». "},
        "Источник: пресс-служба министерства": {"end": "Источник: пресс-служба Министерства обороны Киргизии",
                                                "want": "Ministry of Defence of Kyrgyzstan"},
        "Впервые опубликовано в «Outlet»": {"end": f"Впервые опубликовано в «{o.name}»."},
        "Фото: X / «Outlet» (the only credit)": {"byline": f"Фото: {a} / «{o.name}»"},
        "masthead 'Outlet — независимая газета'": {"masthead": f"{o.name} — независимая газета"},
        # round 6
        "masthead 'Outlet — новости Кыргызстана'": {"masthead": f"{o.name} — новости Кыргызстана"},
        "Материал впервые опубликован на сайте «Outlet»": {"end": f"Материал впервые опубликован на сайте «{o.name}»."},
        "сообщает пресс-служба министерства": {
            "body_end": "Об этом сообщает пресс-служба Министерства обороны Киргизии.",
            "want": "Ministry of Defence of Kyrgyzstan"},
        "По информации пресс-службы Минобороны": {
            "body_end": "По информации пресс-службы Минобороны Киргизии, переговоры прошли в дружественной обстановке.",
            "want": "Ministry of Defence of Kyrgyzstan"},
        "Пресс-служба / Министерства обороны / Киргизии": {"end": "Пресс-служба\n\nМинистерства обороны\n\nКиргизской Республики",
                                                          "want": "Ministry of Defence of Kyrgyzstan"},
        # round 7
        "ГОРОД, дата /ИА «Outlet»/.": {"lead": f"{city}, 15 апреля /ИА «{o.name}»/. "},
        "Имя Фамилия, «Outlet» under the text": {"end": f"{a}, «{o.name}»"},
        "Текст: X (no outlet)": {"none": True, "byline": f"Текст: {a}"},
        "© year Министерство обороны": {"foot": "© 2023 Министерство обороны Кыргызской Республики",
                                        "want": "Ministry of Defence of Kyrgyzstan"},
        # round 8
        "Об этом «Outlet» сообщили в пресс-службе": {
            "body_end": f"Об этом «{o.name}» сообщили в пресс-службе Министерства обороны Киргизии."},
    }


ROUND8_CREDITS = frozenset({
    "(ABC - Outlet) aggregator tag", "masthead, 'by Staff | date | categories | 0 comments'", "state over ministry masthead",
    "Об этом «Outlet» сообщили в пресс-службе"})


ROUND7_CREDITS = frozenset({
    "(ABBR) in the dateline, masthead 'ABBR Outlet'", "/ABBR/ in the dateline, foot 'ABBR | Outlet'",
    "Staff Writer, 'With input from Outlet.'", "author's note 'X covers … for Outlet'", "Outlet alone under the headline",
    "© year Armed Forces at the foot", "© year Ministry of Defence of the Republic", "X | Defence correspondent (no outlet)",
    "ГОРОД, дата /ИА «Outlet»/.", "Имя Фамилия, «Outlet» under the text", "Текст: X (no outlet)", "© year Министерство обороны"})

ROUND6_CREDITS = frozenset({
    "Source: Outlet / agencies", "masthead, then 'Source: ABBR / agencies'", "Words: X, City (no outlet)",
    "X, City correspondent (no outlet)", "Writer: X | Editor: Y at the foot (no outlet)", "a ministry's sign-off block",
    "the X defence ministry reported on its website", "masthead 'Outlet — новости Кыргызстана'",
    "Материал впервые опубликован на сайте «Outlet»", "сообщает пресс-служба министерства",
    "По информации пресс-службы Минобороны", "Пресс-служба / Министерства обороны / Киргизии"})


def _initials(name: str) -> str:
    """'Tien Shan Courier' -> 'TSC', 'KyrgyzWire' -> 'KW': how a source line abbreviates the masthead."""
    import re

    return "".join(w[0] for w in re.findall(r"[A-ZА-ЯЁ][a-zа-яё]*", name))


def compose(lang: str, date_form: str, position: str, credit: str, chrome: bool, tails: bool, outlet: Outlet) -> str:
    """One page: the parts in reading order, separated by blank lines."""
    parts_ = LANGS[lang]
    date = parts_["dates"][date_form]
    c = credits(lang, outlet)[credit]
    top: list[str] = []
    if chrome:
        top += [parts_["menus"][0], parts_["clock"], parts_["weather"], parts_["currency"], *parts_["menus"][1:]]
    lines = list(top)
    if position == "above the headline":
        lines.append(date)
    if chrome:
        lines.append(parts_["press release"])
    if "masthead" in c:
        lines.insert(0, c["masthead"])
    lines.append(parts_["headline"])
    if position == "below the headline":
        lines.append(date)
    if "byline" in c:
        lines.append(c["byline"] + (" | " + date if position == "in the byline line" else ""))
    elif position == "in the byline line":
        sep = " | " if lang == "en" else ", "
        lines.append(("By " if lang == "en" else "Автор: ") + parts_["author"] + sep + date)
    body = list(parts_["body"])
    if "lead" in c:
        first = body[0]
        body[0] = c["lead"] + (first[0].lower() + first[1:] if c["lead"].rstrip().endswith("that") else first)
    if "body_end" in c:
        body.insert(2, c["body_end"])
    lines += body
    if position == "under the text":
        lines.append(date)
    if "end" in c:
        lines.append(c["end"])
    if tails:
        lines += [parts_["tags"], parts_["share"], *parts_["related"]]
    if "foot" in c:
        lines.append(c["foot"])
    if chrome:
        lines += [parts_["contacts"], parts_["footer"]]
    return "\n\n".join(lines) + "\n"


def combinations():
    """Every date form x position x credit for both languages; the chrome, the tails and the outlet
    alternate so that each is seen with each of the others."""
    n = n6 = n7 = n8 = 0
    for lang, parts_ in LANGS.items():
        for form in parts_["dates"]:
            for position in POSITIONS:
                for credit in credits(lang, OUTLETS[lang][0]):
                    # Round 6's forms count on their own, so that adding them leaves every earlier
                    # combination (its chrome, tails and outlet) as it was.
                    m = n8 if credit in ROUND8_CREDITS else n7 if credit in ROUND7_CREDITS else n6 if credit in ROUND6_CREDITS else n
                    chrome, tails, outlet = bool(m % 2), bool((m // 2) % 2), OUTLETS[lang][(m // 4) % 2]
                    if credit in ROUND8_CREDITS:
                        n8 += 1
                    elif credit in ROUND7_CREDITS:
                        n7 += 1
                    elif credit in ROUND6_CREDITS:
                        n6 += 1
                    else:
                        n += 1
                    yield lang, form, position, credit, chrome, tails, outlet


# --------------------------------------------------------------------------- the date against years in the prose
#
# Date lines the line model may take for chrome (under a masthead, between menus, above the masthead,
# an edition line), each with the precision it gives, in header layouts of our own; the text names
# background and forecast years that must never date the page.

MASTHEAD = {"en": "THE STEPPE HERALD", "ru": "ГОРНЫЙ ВЕСТНИК"}

STAMPS = {
    "en": [("Tuesday 5 September 2023", "2023-09-05"), ("Vol. 6, No. 2 — April 2020", "2020-04"),
           ("Sunday, June 9th 2024", "2024-06-09"), ("18. 09. 2020.", "2020-09-18"), ("5 Sept 2023", "2023-09-05"),
           ("Issue 214 | March 2022", "2022-03"), ("Thu 02/03/2023", "2023-03-02")],
    "ru": [("7 июля 2021 г.", "2021-07-07"), ("16 мая 2024, четверг", "2024-05-16"), ("18. 09. 2020.", "2020-09-18"),
           ("от 12.03.2021", "2021-03-12"), ("12 сент. 2021 г.", "2021-09-12"), ("Выпуск № 14, май 2020", "2020-05")],
}

#: Sentences naming years that are not the year of the meeting: background (an earlier accession, a
#: treaty named by its year, a war) and a forecast (a modal, a plan's horizon).
DISTRACTORS = {
    "en": ["Kyrgyzstan joined the partnership programme in 1999, and a 2018 treaty settled the border.",
           "Officials said the first joint battalion could be formed in 2029."],
    "ru": ["Киргизия присоединилась к программе в 1999 году, граница закреплена договором 2018 года.",
           "Согласно плану, первые подразделения могут быть собраны в 2029 году."],
}


def header_layouts(lang: str, stamp: str) -> dict[str, list[str]]:
    """Where a header puts the date line, and what stands around it."""
    p, m = LANGS[lang], MASTHEAD[lang]
    return {
        "under the masthead": [m, stamp, p["headline"]],
        "between menus": [p["menus"][0], m, stamp, *p["menus"][1:], p["headline"]],
        "beside the weather": [m, p["menus"][1], stamp, p["weather"], p["headline"]],
        "above the masthead": [stamp, m, p["menus"][1], p["headline"]],
        "under the byline": [m, p["headline"], p["author"], stamp],
        "over a share bar": [p["menus"][0], p["headline"], stamp, p["share"]],
    }


def dated_against_prose(lang: str, stamp: str, layout: str) -> str:
    p = LANGS[lang]
    d = DISTRACTORS[lang]
    parts = [*header_layouts(lang, stamp)[layout], p["body"][0], d[0], p["body"][1], d[1], p["body"][2], p["tags"]]
    return "\n\n".join(parts) + "\n"

#: More timestamp shapes real sites print (all of 20 May 2021), tried under the headline, under a
#: masthead and menus above it, and under the text.
MORE_STAMPS = {
    "en": ["Published 20.05.2021 | Updated 21.05.2021", "May 20, 2021 / 11:02 AM / Updated 2 years ago",
           "20 May 2021 • 3 min read", "By Aidar Sultanov • May 20, 2021", "20.05.2021 - 11:02", "2021.05.20",
           "20 May, 2021", "20-May-21", "Wed, 05/20/2021 - 11:02", "2021-05-20 11:02:33", "May 20th, 2021",
           "20th May 2021", "Thursday, 20 May, 2021 - 11:02", "12:45 20.05.2021", "20 May 2021 | 11:02 am IST",
           "May. 20, 2021", "Posted on 20 May 2021 by admin", "Date of publication: 20 May 2021",
           "Politics | 20 May 2021", "20 May 2021 | Views: 1520", "Thu, 20 May 2021 11:02:33 +0000", "MAY 20, 2021",
           "20 May 2021 at 11:02 GMT+4", "Aidar Sultanov | 20 May 2021", "Last updated: 20 May 2021",
           "Thursday May 20 2021",
           # round 6: a zone the parser does not list, an apostrophe year, 'of', a place and a second calendar
           "Thursday, 20 May 2021 | 10:40 PHT", "May 20 '21 at 11:02", "Thursday 20th of May 2021",
           "Kathmandu, Thursday 20 May 2021 | 6 Jestha 2078 BS", "2021/05/20 21:15 KST"],
    "ru": ["20 мая 2021 11:02 | Политика", "20.05.2021, 11:02 · Просмотров: 1520", "Дата создания: 20.05.2021",
           "20 мая 2021 г. 11:02", "Четверг, 20 мая 2021", "20 мая 2021 года", "11:02, 20 мая 2021", "20.05.2021 в 11:02",
           "Политика | 20.05.2021", "Опубликовано 20 мая 2021 г. в 11:02 Обновлено 21 мая 2021 г.",
           "20 мая 2021 / 11:02 / Просмотры: 350", "2021-05-20", "20.05.21 11:02", "20 Мая 2021",
           "Автор: Айдар Султанов, 20 мая 2021", "20 май 2021", "чт, 20/05/2021 - 11:02",
           # round 6
           "20.05.2021 г., 11:02 (мск)", "11:02 мск, 20 мая 2021 г.", "Изменено: 20.05.2021 11:02",
           "Бишкек, четверг, 20 мая 2021 / 8 шавваля 1442 г."],
}


def stamp_page(lang: str, stamp: str, where: str) -> str:
    p = LANGS[lang]
    head = {"under the headline": [p["headline"], stamp],
            "above the headline under a masthead": [MASTHEAD[lang], p["menus"][1], stamp, p["headline"]],
            "under the text": [p["menus"][0], p["headline"]]}[where]
    tail = [stamp, p["tags"]] if where == "under the text" else [p["tags"]]
    d = DISTRACTORS[lang]
    return "\n\n".join([*head, p["body"][0], d[0], p["body"][1], d[1], *tail]) + "\n"

#: Lines under the text that date the article (all of 20 May 2021): tails, sign-offs, posting lines.
FOOT_STAMPS = {
    "en": ["Posted in News | 20 May 2021", "Filed under Defence on May 20, 2021", "Posted in Defence on 20 May 2021 | 3 comments",
           "Tags: Kyrgyzstan, Mongolia | 20.05.2021", "Aidar Sultanov, 20 May 2021", "— Aidar Sultanov, Bishkek, 20 May 2021",
           "(20 May 2021)", "Bishkek, 20 May 2021", "Published in print on 20 May 2021, page 4"],
    "ru": ["Категория: Новости | 20.05.2021", "Рубрика: Армия, 20 мая 2021", "Айдар Султанов, 20 мая 2021 г.", "(20.05.2021)",
           "Бишкек, 20 мая 2021 г.", "Опубликовано в номере от 20.05.2021"],
}


def foot_page(lang: str, foot: str) -> str:
    p, d = LANGS[lang], DISTRACTORS[lang]
    return "\n\n".join([p["menus"][0], p["headline"], p["body"][0], d[0], p["body"][1], d[1], foot, p["share"]]) + "\n"


# --------------------------------------------------------------------------- round 7: what stands above the headline
#
# The site's own name (in capitals, an agency, a trade review, a ministry in another language than the
# article), a one-word section label, a breadcrumb with arrows, and the credit under the headline
# ('X | Defence correspondent', 'Staff Writer' and a time, 'Текст: X' and 'Опубликовано …'): the headline
# is the page's own line under them, verbatim (in capitals when the page prints it so).

HEADS = {
    "en": {
        "site name in capitals, 'News' label": ["KYRGYZ ARMED FORCES", "News"],
        "agency name in capitals, headline in capitals": ["TALAS NEWS AGENCY"],
        "trade review over a breadcrumb": ["NARYN PROCUREMENT REVIEW", "Home / National / Defence"],
        "ministry's name in Romanian": ["Ministerul Apărării al Republicii Moldova"],
        "one-word section label in capitals": ["DEFENCE"],
        "breadcrumb, then the site's name": ["Home / National / Defence", "ISSYK-KUL DEFENCE DIGEST"],
    },
    "ru": {
        "breadcrumb with arrows": ["Главная → Новости → Армия"],
        "site name in capitals": ["ВООРУЖЕННЫЕ СИЛЫ КЫРГЫЗСТАНА", "Новости"],
        "agency name over a breadcrumb": ["ИНФОРМАЦИОННОЕ АГЕНТСТВО ТАЛАС", "Главная / Новости / Оборона"],
    },
}

#: Credit lines right under the headline (the date follows them).
UNDERS = {
    "en": {"name | role": "Aidar Sultanov | Defence correspondent", "Staff Writer": "Staff Writer",
           "bare name": "Aidar Sultanov", "none": None},
    "ru": {"Текст: X": "Текст: Айдар Султанов", "bare name": "Айдар Султанов", "none": None},
}

#: Headlines in capitals are tried with the headings that print them so.
CAPS_HEADS = frozenset({"agency name in capitals, headline in capitals"})


def head_page(lang: str, head: str, under: str, date_form: str) -> tuple[str, str]:
    """A page with ``head`` above the headline and ``under`` below it; returns (page, headline wanted)."""
    p = LANGS[lang]
    h = p["headline"].upper() if head in CAPS_HEADS else p["headline"]
    under_line = UNDERS[lang][under]
    lines = [*HEADS[lang][head], h, *([under_line] if under_line else []), p["dates"][date_form], *p["body"], p["tags"]]
    return "\n\n".join(lines) + "\n", h

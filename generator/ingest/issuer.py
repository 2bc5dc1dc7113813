"""Who issued a page when no outlet credits itself: the organisation a page names as its own in its
header or foot (an embassy, a government, a ministry, a company), a channel a post was forwarded
from, the paper a piece says it was published in, and the end markers of a press release that are
never a name. Pure functions on line texts; ``generator.ingest.reader`` decides the precedence.
"""

from __future__ import annotations

import re

#: A diplomatic mission's name, as its site prints it in its header or signs a release ('U.S. Embassy Dhaka',
#: 'Embassy of India, Hanoi', 'British High Commission Islamabad', 'Посольство Российской Федерации в Республике
#: Индонезия', 'Генеральное консульство Казахстана в Стамбуле').
_MISSION_EN = re.compile(
    r"^(?i:the\s+)?(?:(?:[A-Z][\w.'’-]*\s+){0,3}(?:Embassy|High\s+Commission|Consulate(?:\s+General)?|Permanent\s+Mission|Mission)"
    r"(?:\s+(?:of|to|in)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.'’-]*){0,4})*"
    r"(?:,?\s+(?:in\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?)$")
_MISSION_RU = re.compile(
    r"^(?:Посольств[оа]|Генерально(?:е|го)\s+консульств[оа]|Консульств[оа]|Постоянно(?:е|го)\s+представительств[оа]|"
    r"Представительств[оа])\s+"
    r"[А-ЯЁA-Z][^\n.!?:;|]{2,90}$")
#: A government as the publisher of its releases ('New Zealand Government', 'Government of Canada', 'Правительство
#: Республики Казахстан', 'Office of the President of Mongolia').
_GOVERNMENT_EN = re.compile(
    r"^(?i:the\s+)?(?:(?:[A-Z][\w.'’-]*\s+){1,3}Government|Government\s+of\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.'’-]*){0,3}|"
    r"(?:Office|Administration)\s+of\s+the\s+(?:President|Prime\s+Minister)(?:\s+of\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})?)$")
_GOVERNMENT_RU = re.compile(r"^(?:Правительств[оа]|Администраци[яи]\s+Президента|Аппарат[а]?\s+Президента|Кабинет[а]?\s+Министров)\s+"
                            r"[А-ЯЁ][^\n.!?:;|]{2,60}$")
#: Any ministry or department of state by its own name ('Ministry of Foreign Affairs of Latvia', 'Министерство
#: иностранных дел Республики Узбекистан', 'Department of Defence'); a defence ministry's name is read by the reader.
_MINISTRY_EN = re.compile(
    r"^(?i:the\s+)?(?:(?:[A-Z][\w.'’-]*\s+){0,2})(?:Ministry|Department|Ministerie|Ministère|Ministerio)\s+(?:of|for)\s+"
    r"[A-Za-z][\w'’,-]*(?:\s+(?:of|and|for|the|&|[A-Z][\w.'’,-]*)){0,8}$")
_MINISTRY_RU = re.compile(r"^(?:Министерство|Государственный\s+комитет|Министерства)\s+(?i:[а-яё]+)(?:\s+[^\n.!?:;|]{2,70})?$")
#: A company's legal form closing its name (the complete closed class of the usual abbreviations and words).
_COMPANY_FORM = re.compile(
    r"(?<![\w.])(?:Inc|Incorporated|Corp|Corporation|Co|Company|Ltd|Limited|LLC|L\.L\.C|LLP|PLC|plc|AG|GmbH|SE|S\.A|SA|S\.p\.A|"
    r"SpA|N\.V|NV|B\.V|BV|AB|ASA|AS|A/S|Oy|Oyj|SIA|UAB|OÜ|ApS|KG|SAS|S\.A\.S|Pty|K\.K|JSC|PJSC|OJSC|CJSC|Group|Holding|Holdings|"
    r"ООО|ОАО|ЗАО|ПАО|АО|Корпорация|Концерн|Холдинг)\.?(?![\w])")
_BOILERPLATE_ABOUT = re.compile(r"^\W{0,3}(?:About|О\s+компании|Об?\s+)\s*(?P<name>[A-ZА-ЯЁ«\"][^\n.!?:;|]{1,60}?)\s*:?\s*$")
_MEDIA_CONTACT = re.compile(r"(?i)^\W{0,3}(?:media|press)\s+(?:contacts?|enquiries|inquiries|relations)\b|"
                            r"^\W{0,3}(?:контакты\s+для\s+(?:сми|прессы)|пресс-служба\s+компании)\b|"
                            # 'For further information, please contact:', 'For media inquiries:', 'Contact:', 'Press office:',
                            # 'Для справок:', 'Контактное лицо:', 'По вопросам СМИ:' (the heading of a release's contact block)
                            r"^\W{0,3}for\s+(?:further|more|additional)\s+(?:information|details)\s*,?\s*(?:please\s+)?contact\b|"
                            r"^\W{0,3}for\s+(?:media|press)\s+(?:enquiries|inquiries|information)\b|"
                            r"^\W{0,3}(?:contacts?|press\s+office|media\s+office)\s*:|"
                            r"^\W{0,3}(?:для\s+справок|контактное\s+лицо(?:\s+для\s+(?:сми|прессы))?|по\s+вопросам\s+(?:сми|прессы))\s*:")

#: 'Forwarded from Baltic Defence Watch', 'Переслано из: Военный обозреватель' (a messenger's repost): the channel
#: the post was forwarded from.
_FORWARDED = re.compile(r"(?i)^\W{0,3}(?:forwarded\s+(?:message\s+)?from|переслано\s+(?:из|от)|пересланное\s+сообщение"
                        r"(?:\s+(?:из|от))?)\s*:?\s*(?P<name>\S.{0,80}?)\s*$")
#: 'Published in The Karachi Observer, April 4th, 2024', 'Printed in Dawn on May 2', 'Опубликовано в газете «Степь»
#: № 12': the paper the piece was published in.
_PUBLISHED_IN = re.compile(
    r"^\W{0,3}(?:(?:this\s+(?:article|story|piece|report)\s+(?:was\s+)?)?(?i:published|printed|appeared)\s+in\s+"
    r"(?:(?i:the\s+print\s+edition\s+of|the\s+(?:newspaper|magazine|daily|weekly)|print)\s+)?"
    r"(?P<en>(?:The\s+)?[A-Z][\w.&'’-]*(?:\s+(?:of\s+the\s+|of\s+|the\s+|&\s+)?[A-Z][\w.&'’-]*){0,5})"
    r"|(?i:(?:(?:статья|материал|текст)\s+)?(?:опубликован[аоы]?|напечатан[аоы]?)\s+в\s+(?:газете|журнале|издании|еженедельнике)?)\s*"
    r"(?P<ru>«[^»\n]{2,50}»|[А-ЯЁA-Z][\w-]+(?:\s+[А-ЯЁA-Z][\w-]+){0,3}))"
    r"(?:\s*(?:,|\s+on\s+|\s+№|\s+от\s|\s+за\s|\(|$)|\.?\s*$)")
#: The end marker of a press release ('ENDS', '- END -', '-30-', '###', '— Конец —'): a marker, never a name.
END_MARKER = re.compile(r"(?i)^\W{0,5}(?:ends?|the\s+end|конец|конец\s+(?:текста|сообщения|релиза)|-?\s*30\s*-?|#{3,}|\*{3,})\W{0,5}$")


def company_form(name: str) -> bool:
    """Whether a company's legal form or a holding's word closes ``name`` ('Steppe Media Holding LLC', 'ООО «Медиа
    Групп»'): the owner of a title, not the title."""
    words = name.strip(" .,«»\"").split()
    return bool(words) and bool(_COMPANY_FORM.fullmatch(words[-1].rstrip(".")) or _COMPANY_FORM.fullmatch(words[0]))


def is_end_marker(t: str) -> bool:
    """'ENDS', '- END -', '-30-', '###', '«Конец»': the end of a press release, never a credit or a name."""
    t = t.strip()
    return bool(t) and bool(END_MARKER.match(t))


def forwarded_from(t: str) -> str | None:
    """The channel a repost names: 'Forwarded from Baltic Defence Watch' -> 'Baltic Defence Watch'."""
    m = _FORWARDED.match(t.strip())
    if not m:
        return None
    name = re.split(r"\s+[|•·]\s+|\s+\(@|\s+@|\s+https?://", m.group("name"))[0].strip(" «»\"“”.:@")
    return name if 1 <= len(name.split()) <= 8 and re.search(r"[^\W\d_]{2,}", name) else None


def published_in(t: str) -> str | None:
    """The paper a line says the piece was published in ('Published in The Karachi Observer, April 4th, 2024')."""
    m = _PUBLISHED_IN.match(t.strip())
    if not m or len(t.split()) > 16:
        return None
    name = (m.group("en") or m.group("ru") or "").strip(" «»\"“”.,")
    if not name or re.fullmatch(r"(?i)(?:the\s+)?(?:print|edition|issue|paper|newspaper|magazine)", name):
        return None
    return name


#: The small words a name in capitals keeps in lower case when it is written as names are ('of', 'the', «по»).
_NAME_SMALL_WORDS = frozenset({"of", "the", "and", "for", "to", "on", "in", "de", "и", "по"})


def caps_to_name(words: list[str]) -> str:
    """Words printed in capitals written as names are: each word capitalised, the small words after the first in
    lower case, initialisms kept ('EMBASSY OF THE U.S. IN RIGA' -> 'Embassy of the U.S. in Riga')."""
    return " ".join(w.casefold() if k > 0 and w.casefold() in _NAME_SMALL_WORDS else
                    w if re.fullmatch(r"[A-Z]\.(?:[A-Z]\.)+|U[KS]A?", w) else w.capitalize()
                    for k, w in enumerate(words))


#: A state body by its Russian name, in any case ('Совет Безопасности', 'Совета безопасности', 'Генеральным штабом'),
#: and its English name: a closed table of the bodies that publish their own news. The state follows the name
#: ('… Российской Федерации' -> 'Security Council of Russia').
STATE_BODIES_RU = (
    (r"совет\w*\s+безопасности", "Security Council"),
    (r"генеральн\w+\s+штаб\w*", "General Staff of the Armed Forces"),
    (r"генштаб\w*", "General Staff of the Armed Forces"),
    (r"министерств\w+\s+(?:национальной\s+)?обороны", "Ministry of Defence"),
    (r"министерств\w+\s+иностранных\s+дел", "Ministry of Foreign Affairs"),
    (r"министерств\w+\s+внутренних\s+дел", "Ministry of Internal Affairs"),
    (r"министерств\w+\s+по\s+чрезвычайным\s+ситуациям", "Ministry of Emergency Situations"),
    (r"государственн\w+\s+комитет\w*\s+национальной\s+безопасности", "State Committee for National Security"),
    (r"комитет\w*\s+национальной\s+безопасности", "National Security Committee"),
    (r"государственн\w+\s+пограничн\w+\s+служб\w*", "State Border Service"),
    (r"пограничн\w+\s+служб\w*", "Border Service"),
    (r"национальн\w+\s+гварди\w*", "National Guard"),
)
_STATE_BODY_RU = re.compile(r"(?i)^(?:пресс-служб\w+\s+|официальный\s+сайт\s+)?(?:" + "|".join(f"(?P<b{k}>{rx})" for k, (rx, _)
                                                                                       in enumerate(STATE_BODIES_RU)) + r")(?P<rest>.*)$")
#: The same bodies named in English ('Security Council of the Russian Federation', 'General Staff of the Armed Forces of
#: Belarus', 'National Security Committee of Kazakhstan').
_STATE_BODY_EN = re.compile(r"^(?i:the\s+)?(?P<body>Security\s+Council|General\s+Staff(?:\s+of\s+the\s+Armed\s+Forces)?|"
                            r"(?:State\s+)?(?:Committee\s+for\s+National\s+Security|National\s+Security\s+Committee)|"
                            r"(?:State\s+)?Border\s+(?:Guard\s+)?Service|National\s+Guard)\s+of\s+(?P<rest>(?:the\s+)?[A-Z][\w'’-]*"
                            r"(?:\s+(?:of|the|and|[A-Z][\w'’-]*)){0,5})$")


def state_body(t: str, lang: str = "ru") -> str | None:
    """A state body's English name when line or name ``t`` is nothing but that body with its state, in either
    language and any case: 'Совет Безопасности Российской Федерации' / 'Совета безопасности Кыргызской Республики' ->
    'Security Council of Russia' / '… of Kyrgyzstan', 'Генеральный штаб Вооружённых сил Республики Беларусь' ->
    'General Staff of the Armed Forces of Belarus', 'Security Council of the Russian Federation' -> 'Security Council of
    Russia'. None without a state, or when more than the body's name and its state follows (a sentence)."""
    from generator.reference.countries import index

    t = " ".join(t.split()).strip(" .|«»\"“”")
    if not t or len(t.split()) > 12:
        return None
    m = _STATE_BODY_RU.match(t)
    if m:
        body = next(STATE_BODIES_RU[k][1] for k in range(len(STATE_BODIES_RU)) if m.group(f"b{k}"))
        rest = m.group("rest")
        if body.startswith("General Staff"):  # ('Генеральный штаб Вооружённых сил X': the forces are the body's)
            rest = re.sub(r"(?i)^\s*(?:ВС|вооруж[её]нн\w+\s+сил\w*)", "", rest)
        hits = index().find(rest, "ru")
        # (the state's name, and nothing else: 'Совет безопасности ООН' is no state's, a sentence is no name)
        if len(hits) == 1 and len(re.findall(r"[А-Яа-яЁё]{4,}", rest)) <= 3:
            return f"{body} of {index().name(hits[0].code)}"
        return None
    m = _STATE_BODY_EN.match(t)
    if m:
        hits = index().find(m.group("rest"), "en")
        if len(hits) == 1:
            body = " ".join(m.group("body").split())
            body = "General Staff of the Armed Forces" if body == "General Staff" else body
            return f"{body} of {index().name(hits[0].code)}"
    return None


def organisation(t: str, lang: str = "en") -> tuple[str, str] | None:
    """(name, kind) when line ``t`` is nothing but an organisation's name of the kind that publishes its own news:
    a diplomatic mission, a government, a ministry or a company (its legal form closing the name). None for a
    sentence, a menu, a date, or a line of more than twelve words."""
    t = " ".join(t.split()).strip(" .|«»\"“”")
    if t.isupper() and len(t.split()) >= 2:
        # 'MINISTRY OF DEFENCE OF ESTONIA', 'МИНИСТЕРСТВО ОБОРОНЫ РЕСПУБЛИКИ ТАДЖИКИСТАН': a header in capitals, read as
        # names are written
        t = caps_to_name(t.split())
    if not t or not 2 <= len(t.split()) <= 12 or re.search(r"(?<![^\W\d_])[^\W\d_]{3,}[.!?]\s|[;!?]|\d{3,}|[|•]", t):
        return None
    if state_body(t, lang) and not _MINISTRY_RU.match(t):
        return t, "state body"
    for rx, kind in ((_MISSION_EN, "mission"), (_MISSION_RU, "mission"), (_GOVERNMENT_EN, "government"),
                     (_GOVERNMENT_RU, "government"), (_MINISTRY_EN, "ministry"), (_MINISTRY_RU, "ministry")):
        if rx.match(t) and _state_before(t):
            return t, kind
    words = t.split()
    if (2 <= len(words) <= 6 and _COMPANY_FORM.search(words[-1]) and words[0][:1].isupper()
            and all(w[:1].isupper() or w.casefold() in ("&", "and", "of", "и") or _COMPANY_FORM.fullmatch(w.rstrip("."))
                    for w in words)):
        return t, "company"
    return None


#: A cue before the name of the office that issued a release, under its text ('Issued by: X', 'Released by the X',
#: 'Press Office, X', 'Пресс-служба X', 'Распространено X').
_ISSUED_CUE = re.compile(r"(?i)^\W{0,3}(?:(?:issued|released|distributed|published)\s+by\s*:?\s*(?:the\s+)?|"
                         r"(?:press|media|public\s+affairs|public\s+diplomacy|information)\s+(?:office|section|service|unit|"
                         r"department|division)\s*(?:,|of(?:\s+the)?|[-–—|])\s*|"
                         r"пресс-служб[аы]\s+|(?:информационн\w+\s+)?(?:служб[аы]|отдел|управлени[ея])\s+(?:печати|информации)\s+|"
                         r"распространено\s+)")


def signed_organisation(t: str, lang: str = "en") -> tuple[str, str] | None:
    """The organisation a line under a release signs with, after its cue or alone ('U.S. Embassy Tallinn', 'Issued
    by: New Zealand Government', 'Пресс-служба Посольства России в Таджикистане'), or one of the parts of a contact
    line that a company's legal form closes ('Media contact: Jane Roe, Head of Communications, Baltic Shipyards AB')."""
    t = " ".join(t.split())
    cue = _ISSUED_CUE.match(t)
    got = organisation(t[cue.end():] if cue else t, lang)
    if got:
        return got
    if media_contact(t):
        for part in re.split(r"\s*[,;|]\s*|\s+[–—-]\s+|:\s+", t):
            got = organisation(part, lang)
            if got and got[1] == "company":
                return got
    return None


_OFFICE_HEAD = re.compile(r"(?i)\b(?:embassy|high\s+commission|consulate|permanent\s+mission|mission|government|ministry|"
                          r"department|ministerie|ministère|ministerio)\b")


def _state_before(t: str) -> bool:
    """The words before an office's head word name a state ('U.S. Embassy', 'New Zealand Government', 'UK Ministry of
    Defence') or there are none: 'Latest Ministry of Defence' names no office."""
    from generator.reference.countries import index

    m = _OFFICE_HEAD.search(t)
    if m is None or not re.search(r"[A-Za-z]", t[:m.start()]):
        return True
    before = re.sub(r"(?i)^the(?:\s+|$)", "", t[:m.start()].strip())
    return not before or bool(index().find(before, "en"))


def about_names(lines: list[str]) -> list[str]:
    """The names a page's foot gives 'About X' boilerplate for ('About Nordic Armour Systems', 'О компании «X»')."""
    out = []
    for t in lines:
        m = _BOILERPLATE_ABOUT.match(t.strip())
        if m and len(m.group("name").split()) <= 6:
            out.append(m.group("name").strip(" «»\"“”"))
    return out


def media_contact(t: str) -> bool:
    """'Media contact: …', 'Press enquiries', 'Контакты для СМИ': a release's contact block."""
    return bool(_MEDIA_CONTACT.match(t.strip()))


_RU_MISSION_KIND = (("генеральн", "Consulate General"), ("консульств", "Consulate"),
                    ("постоянн", "Permanent Mission"), ("представительств", "Mission"), ("посольств", "Embassy"))


def with_article(country: str) -> str:
    """A state's English name as it stands after 'of' or 'in': 'the United States', 'the Philippines',
    'the Czech Republic', 'Kenya'. Names that are plural or built on a common noun take the article."""
    first, last = country.split()[0], country.split()[-1]
    if first in ("United", "Central", "Dominican", "Czech") or last in (
            "Islands", "Philippines", "Netherlands", "Bahamas", "Maldives", "Comoros", "Gambia", "Republic", "Kingdom",
            "Emirates", "States", "Federation"):
        return f"the {country}"
    return country


def english_name(name: str, kind: str, lang: str) -> str:
    """An organisation's name as the project writes sources, in English: a Russian mission's or government's name
    by the states it names ('Посольство Российской Федерации в Республике Индонезия' -> 'Embassy of Russia in
    Indonesia', 'Правительство Республики Казахстан' -> 'Government of Kazakhstan'); an English name as written."""
    from generator.reference.countries import index

    if kind == "state body":
        return state_body(name, lang) or name
    if not re.search(r"[А-Яа-яЁё]", name):
        # ('Embassy of Georgia to the Republic of Estonia', 'Embassy of Kazakhstan in the Kingdom of Spain' -> 'Embassy
        # of Georgia in Estonia': one form, each state by its short name; a mission to a body keeps 'to')
        m = re.match(r"(?i)^(?:the\s+)?(Embassy|High\s+Commission|Consulate(?:\s+General)?)\s+of\s+(.+?)\s+(?:to|in|at)\s+(.+)$",
                     name) if kind == "mission" else None
        sending = index().find(m.group(2), "en") if m else []
        host = index().find(m.group(3), "en") if m else []
        where = m.group(3) if m else ""
        city = re.match(r"^(.+?),\s*([A-Z][\w'’\- ]{1,30})$", where)
        if city and len(host) == 1:
            from generator.ingest import cities

            # ('Embassy of Pakistan to the Republic of Azerbaijan, Baku': a site header's city of the host state after
            # the state is where the mission sits, not part of the name)
            if cities.names().get(city.group(2).casefold()) == host[0].code:
                where = city.group(1)
        if m and len(sending) == 1 and len(host) == 1 and sending[0].code != host[0].code\
                and not re.search(r"[,/]|\band\b", where):
            kind_word = " ".join(w.capitalize() for w in m.group(1).split())
            return f"{kind_word} of {with_article(index().name(sending[0].code))} in {with_article(index().name(host[0].code))}"
        # ('The Government of the Republic of Estonia' -> 'Government of Estonia': the state by its short name)
        m = re.match(r"(?i)^(?:the\s+)?(Government|Office\s+of\s+the\s+(?:President|Prime\s+Minister))\s+of\s+(.+)$", name)
        hits = index().find(m.group(2), "en") if m else []
        return f"{m.group(1)} of {index().name(hits[0].code)}" if hits else name

    hits = index().find(name, "ru")
    states = [index().name(h.code) for h in hits]
    low = name.casefold()
    if kind == "mission" and states:
        what = next(en for ru, en in _RU_MISSION_KIND if low.startswith(ru))
        to = " to " if what.endswith("Mission") else " in "
        return f"{what} of {with_article(states[0])}" + (f"{to}{with_article(states[1])}" if len(states) > 1 else "")
    if kind == "government" and states:
        head = "Government" if low.startswith("правительств") else "Office of the President" \
            if "президент" in low else "Cabinet of Ministers"
        return f"{head} of {states[0]}"
    if kind == "ministry" and states and "иностранных дел" in low:
        return f"Ministry of Foreign Affairs of {states[0]}"
    return name


# --------------------------------------------------------------------------- an outlet the text says it spoke to

_WORD_EN = r"[A-Z][\w&'’-]*(?:\.[\w&'’-]+)*"
_NAME_EN = r"(?P<n>" + _WORD_EN + r"(?:[ \t]+" + _WORD_EN + r"){0,3})"
#: 'said in an interview with Baltic Courier', 'in a comment to X', 'as quoted by X', 'a correspondent of X'.
_SPOKE_TO_EN = re.compile(
    r"\b(?:(?:in|during)\s+an?\s+(?:exclusive\s+|recent\s+)?(?:interview|comment|conversation)\s+(?:with|to|for)|"
    r"(?:as\s+)?quoted\s+by|(?:a|the)\s+correspondent\s+(?:of|for))\s+(?:the\s+)?" + _NAME_EN)
#: 'told a Baltic Courier correspondent', "Baltic Courier's correspondent in Tallinn": a newsroom's reporter.
_REPORTER_OF_EN = re.compile(
    r"\b(?:told|to|with)\s+(?:an?|the)\s+" + _NAME_EN + r"\s+(?:correspondent|reporter|journalist)s?\b|"
    r"(?<![\w.])(?P<n2>" + _WORD_EN + r"(?:[ \t]+" + _WORD_EN + r"){0,3})(?:’s|'s)\s+(?:own\s+)?(?:correspondent|reporter)s?\b")
_KIND_RU = r"(?:(?P<kind>газет\w*|агентств\w*|издани\w*|портал\w*|сайт\w*|телеканал\w*|радио|журнал\w*|еженедельник\w*)\s+)?"
#: 'в интервью «Степному курьеру»', 'корреспонденту «Степного курьера»', 'Как стало известно «X»', 'приводит слова
#: министра «X»': an outlet in quotes (in the case the phrase puts it in) that the news was told to.
_SPOKE_TO_RU = re.compile(
    r"(?i:в\s+(?:эксклюзивном\s+)?(?:интервью|комментарии|беседе\s+с)|корреспондент(?:у|а|ом)?|журналист(?:у|ам|ом)|"
    r"(?:как\s+)?стало\s+известно|рассказал[аи]?|сообщил[аи]?|заявил[аи]?|пояснил[аи]?|приводит(?:\s+слова)?(?:\s+[а-яё-]+)?)"
    r"\s+" + _KIND_RU + r"(?P<q>«[^»\n]{2,40}»)")


def spoken_to(text: str, lang: str) -> list[tuple[str, str, bool]]:
    """The outlets a text says the news was told to, in order: (name as written, the phrase, whether the name is
    inflected by the phrase and wants its nominative: 'корреспонденту «Степного курьера»' -> True; 'в интервью газете
    «Степной курьер»' -> False, the kind word takes the case)."""
    out = []
    if lang == "ru":
        for m in _SPOKE_TO_RU.finditer(text):
            name = m.group("q").strip("«»")
            # (after a verb the quotes may hold the words said, 'заявил «Мы готовы»': only a name in the dative,
            # the one told, is an outlet: 'рассказал «Степному курьеру»')
            if re.match(r"(?i)(?:рассказал|сообщил|заявил|пояснил)", m.group(0)) and (
                    m.group("kind") or len(name.split()) > 3 or _head_case(name) not in ("datv", "loct")):  # (datv = loct for some nouns)
                continue
            out.append((name, m.group(0), not m.group("kind")))
        return out
    for rx in (_SPOKE_TO_EN, _REPORTER_OF_EN):
        for m in rx.finditer(text):
            name = m.group("n") or m.groupdict().get("n2")
            if name:
                out.append((name, m.group(0), False))
    return sorted(out, key=lambda x: text.find(x[1]))


def _head_case(name: str) -> str | None:
    """The case of the first noun of a Russian name ('Степному курьеру' -> 'datv'), None when it has none."""
    from generator.nlp.analysis import morph

    for w in name.split():
        if re.fullmatch(r"[А-Яа-яЁё-]+", w):
            parse = morph().parse(w)[0]
            if "NOUN" in parse.tag.grammemes:
                return parse.tag.case
    return None


def nominative_ru(name: str) -> str:
    """A Russian outlet's name in quotes, put back in the nominative: 'Степному курьеру' -> 'Степной курьер', 'Степного
    курьера' -> 'Степной курьер', 'Заре Востока' -> 'Заря Востока' (the words after its first noun keep their case).
    The case is the head noun's: a name already in the nominative ('Степной курьер') is left as it is."""
    from generator.nlp.analysis import morph

    words = name.split()
    cyr = [re.fullmatch(r"[А-Яа-яЁё-]+", w) is not None for w in words]
    head = next((k for k, w in enumerate(words) if cyr[k] and "NOUN" in morph().parse(w)[0].tag.grammemes), None)
    if head is None:
        return name
    noun = morph().parse(words[head])[0]
    case, gender = noun.tag.case, noun.tag.gender
    if case in (None, "nomn"):
        return name
    out = []
    for k, w in enumerate(words):
        if k > head or not cyr[k]:
            out.append(w)
            continue
        pick = next((x for x in morph().parse(w) if x.tag.case == case and {"NOUN", "ADJF"} & set(x.tag.grammemes)
                     and (k == head or gender is None or x.tag.gender in (gender, None))), None)
        new = pick.inflect({"nomn"}) if pick is not None else None
        word = new.word if new is not None else w
        out.append(word[:1].upper() + word[1:] if w[:1].isupper() else word)
    return " ".join(out)


def names_a_person_ru(name: str) -> bool:
    """Whether a Russian line of capitalised words holds a given name, a surname or a patronymic as the dictionary
    knows them ('Ирина Соколова', 'Нино Гелашвили': yes; 'Вечерний Бишкек', 'Заря Востока', 'Горный вестник': no)."""
    from generator.nlp.analysis import morph

    return any({"Name", "Surn", "Patr"} & set(x.tag.grammemes)
               for w in re.findall(r"[А-Яа-яЁё]+", name) for x in morph().parse(w))


# --------------------------------------------------------------------------- a language switcher

#: The names of languages as a site's language switcher prints them: in English, in their own script and as the
#: usual two- or three-letter codes ('English', 'Français', 'Bahasa Indonesia', 'Рус', 'Eng', 'EN', '中文', 'عربي').
_LANGUAGE_NAMES = frozenset(x.casefold() for x in """
english eng en français francais french fra fr deutsch german deu de español espanol spanish esp es português portugues
portuguese por pt italiano italian ita it nederlands dutch nl polski polish pl čeština cestina czech cz cs slovenčina
slovak sk magyar hungarian hu română romana romanian ro български bulgarian bg српски srpski serbian sr hrvatski croatian
hr slovenščina slovenian sl македонски macedonian mk shqip albanian sq ελληνικά greek el ell türkçe turkce turkish tr
azərbaycan azerbaijani az azərbaycanca қазақ қазақша kazakh kz kk кыргызча kyrgyz ky тоҷикӣ tajik tg o'zbek oʻzbek
ўзбек uzbek uz türkmen turkmen tk հայերեն armenian hy ქართული georgian ka русский рус русская russian rus ru
українська укр ukrainian ua uk беларуская belarusian by be eesti estonian et ee latviešu latvian lv lietuvių
lithuanian lt suomi finnish fi svenska swedish sv norsk norwegian no dansk danish da íslenska icelandic
عربي العربية arabic ar فارسی persian farsi fa עברית hebrew he اردو urdu ur हिन्दी हिंदी hindi hi বাংলা bengali bn
中文 简体中文 繁體中文 chinese zh 日本語 japanese ja jp 한국어 korean ko kr vietnamese vi ไทย thai th
indonesian id melayu malay ms filipino tagalog монгол mongolian mn pashto پښتو dari
""".split())
_SWITCH_SPLIT = re.compile(r"\s*[|/•·,;]\s*|\s{2,}|\s+[-–—]\s+")


def language_switcher(t: str) -> bool:
    """A line naming nothing but languages, as a site's language switcher ('Bahasa Indonesia', 'English | Français',
    'Рус | Eng', 'EN RU KZ', 'Қазақша Русский English'): page chrome, never a headline, an outlet or an author."""
    parts = [x.strip(" .:[]()«»\"") for x in _SWITCH_SPLIT.split(" ".join(t.split())) if x.strip(" .:[]()«»\"")]
    if not parts or len(t) > 80:
        return False
    # ('Bahasa Indonesia', 'Tiếng Việt': a language's name of two words; a code alone, 'EN', is a switcher only in a row)
    words = [w.casefold() for x in parts
             for w in re.sub(r"(?i)\b(?:bahasa\s+(?:indonesia|melayu|malaysia)|tiếng\s+việt)\b", "indonesian", x).split()]
    if not all(w in _LANGUAGE_NAMES for w in words):
        return False
    return len(parts) >= 2 or len(parts[0]) >= 4 or parts[0].casefold() in ("рус", "eng", "укр", "中文", "عربي")

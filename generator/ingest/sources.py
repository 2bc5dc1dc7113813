"""The source of a page: the outlet or agency the text names anywhere (masthead, dateline tag, "told Trend",
"/TASS/", a © footer, a ministry's own header or sign-off), normalised through data/sources.yaml.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import replace
from functools import lru_cache

from generator.ingest import issuer, pagesite, source_candidates
from generator.ingest.bylines import (
    EDITION, GENERIC_CREDIT, ISSUER_WORD, KIND_BEFORE_NAME, MASTHEAD_WORD, PROSE_END, SECTION_LABEL, SMALL_WORDS,
    author_box, credited_name, desk_credit, expand_acronym, institution_credit, is_city, menu_word, names_a_country, person_name, press_contact_at, prose_line,
    signed_by, spelt_out,
)
from generator.ingest.draft import (
    AGENCY_WORDS, CREDIT_CUE, HIDE_OUTLETS_ENV, NOT_OUTLET, ParsedDraft, QUOTE_MARKS, RELATED, SOCIAL, attribution,
    city_names, copyright_owner, domain_of, home_side, is_copyright_line, lead_dateline, line_text, looks_like_agency,
    ministry_name, outlet_from, outlet_name, outlet_shaped, outlet_table, outlets, packaged_registry, tame,
    wants_all_candidates,
)
from generator.text.dates import date_only, find_dates
from generator.text.lazy_re import gated


MENU_SPLIT = re.compile(r"\s*[|•·»]\s*|\s{3,}|\t+")


# (gates: a word every match of the pattern holds, generator/text/lazy_re.py; _MOD_NAME_EN below needs one of these)
_MOD_NEEDS_EN = ("inistry", "Secretariat", "Department")
_MINISTRY_SAYS = gated(
    r"(?:(?:according to|citing|cited by|said in|in|told)\s+(?:a|an|the)\s+(?P<min>(?:[A-Z][\w-]+\s+)?(?:(?:[Dd]efen[cs]e|MoD)\s+[Mm]inistry|(?:[Mm]inistry|Secretariat)\s+of\s+(?:[Nn]ational\s+)?[Dd]efen[cs]e(?:\s+and\s+Military\s+Veterans)?(?:\s+of(?:\s+the)?(?:\s+[A-Z][\w-]+){1,3})?))(?:\s+\([A-Z]{2,8}\))?(?:’s|'s)?\s+(?:statement|press|release|report|website)"
    r"|(?P<min2>(?:(?<![\w-])[A-Z][\w-]+\s+)?(?:(?:[Dd]efen[cs]e|MoD)\s+[Mm]inistry|(?:[Mm]inistry|Secretariat)\s+of\s+(?:[Nn]ational\s+)?[Dd]efen[cs]e(?:\s+and\s+Military\s+Veterans)?(?:\s+of(?:\s+the)?(?:\s+[A-Z][\w-]+){1,3})?|Department\s+of\s+(?:National\s+)?Defen[cs]e(?:\s+of(?:\s+the)?(?:\s+[A-Z][\w-]+){1,3})?))(?:\s+\([A-Z]{2,8}\))?(?:’s|'s)?\s+(?:press service\s+)?(?:(?:reported|said|stated|announced)\s+in\s+(?:a|its)\s+(?:press release|statement)|press release|press service)\b)",
    needs=_MOD_NEEDS_EN)
#: 'according to the Ministry of National Defence.', 'according to the Department of Defence, …': the ministry as the
#: origin of the whole report (read only when no outlet is named anywhere). A ministry's minister, spokesperson or
#: officials ('according to the Defence Ministry spokesman') are people, not the origin.
_ACCORDING_TO_MINISTRY = gated(
    r"\b[Aa]ccording\s+to\s+(?:the\s+)?(?P<min>(?:(?<![\w-])[A-Z][\w-]+\s+)?(?:(?:[Dd]efen[cs]e|MoD)\s+[Mm]inistry|"
    r"(?:[Mm]inistry|Secretariat)\s+of\s+(?:[Nn]ational\s+)?[Dd]efen[cs]e(?:\s+and\s+Military\s+Veterans)?(?:\s+of(?:\s+the)?(?:\s+[A-Z][\w-]+){1,3})?|"
    r"Department\s+of\s+(?:National\s+)?Defen[cs]e(?:\s+of(?:\s+the)?(?:\s+[A-Z][\w-]+){1,3})?))(?:\s+\([A-Z]{2,8}\))?(?:’s|')?"
    r"(?=\s*[.;,)]|\s*$|\s+(?:of|in|on)\s+(?!the\s+\w+\s+(?:minister|spokes))|\s+(?:website|press\s+(?:service|office|release))\b)",
    needs=_MOD_NEEDS_EN)
_GENSTAFF_SAYS = re.compile(
    r"(?:сообщает|сообщили|сообщило|передает|информирует|по данным|по информации)\s+(?:пресс-служб\w+|управлени\w+(?:\s+[а-яё]+){0,3})\s+"
    r"(?P<gs>(?:\w+\s+)?Генштаб\w*(?:\s+ВС|\s+[Вв]ооруж\w+\s+[Сс]ил)?(?:\s+[А-ЯЁ]\w+)?)"
    r"|(?P<gs_en>(?:(?<!\w)[A-Z]\w+\s+)?General Staff(?: of the [\w ]{3,40}?)?)(?:\s+\([A-Z]{2,8}\))?(?:’s|'s)?\s+(?:press service|said in a statement|reported in a statement|press release)")
_MINISTRY_SAYS_RU = gated(
    r"(?:сообщает|сообщили|сообщило|сообщила|передает|информирует|по данным|по информации|пресс-служб\w+)\s+(?:пресс-служб\w+\s+)?(?P<min>(?:\w+\s+)?(?:Минобороны|[Мм]инистерств\w+\s+(?:национальной\s+)?обороны)(?:\s+[А-ЯЁ]\w+(?:\s+[А-ЯЁ]\w+)?)?)",
    re.UNICODE, needs=("Минобороны", "инистерств"))


_MOD_NAME_EN = (r"(?:[A-Z][\w-]+\s+)?(?:(?:[Dd]efen[cs]e|MoD)\s+[Mm]inistry|(?:[Mm]inistry|Secretariat)\s+of\s+(?:[Nn]ational\s+)?[Dd]efen[cs]e(?:\s+and\s+Military\s+Veterans)?"
                r"(?:\s+of(?:\s+the)?(?:\s+[A-Z][\w-]+){1,3})?|Department\s+of\s+(?:National\s+)?Defen[cs]e(?:\s+of(?:\s+the)?(?:\s+[A-Z][\w-]+){1,3})?)")
_MINISTRY_REPORTED = gated(
    # The ministry opening a sentence as the teller of the news ('The Ministry of Defence said that ...',
    # 'Пресс-служба Минобороны Казахстана сообщила ...'). A trailing ', the Defence Ministry reported.'
    # is reported speech inside an outlet's story, and the head of a ministry is a person.
    r"(?:^|(?<=[.!?»”\"]\s)|(?<=\n))(?:The\s+)?(?P<min>" + _MOD_NAME_EN + r")(?:\s+\([A-Z]{2,8}\))?(?:’s|'s)?(?:\s+press\s+service)?\s+"
    r"(?:said|reported|stated|announced|informed|says|reports)\b"
    r"|(?:^|(?<=[.!?»”\"]\s)|(?<=\n)|(?<=,\s))(?P<min3>(?:[Пп]ресс-служба\s+)?(?:Минобороны|Министерство\s+обороны)(?:\s+[А-ЯЁ]\w+){0,2})\s+"
    r"(?:сообщил[аои]?|сообщает|информирует|заявил[аои]?)\b", needs=_MOD_NEEDS_EN + ("Минобороны", "Министерство"))


#: The ministry closing a sentence as the teller: '…, the Vietnamese defence ministry reported on its website.',
#: '…, the Defence Ministry said on March 21.' (read only when no outlet is named anywhere).
_MINISTRY_CLOSES = gated(
    r",\s+(?:the\s+|a\s+)?(?P<min>" + _MOD_NAME_EN + r")(?:\s+\([A-Z]{2,8}\))?(?:’s|'s)?(?:\s+press\s+service)?\s+"
    r"(?:said|reported|stated|announced|informed|says|reports)(?P<q>(?:\s+in\s+[A-Z]\w+)?\s+(?:on|in)\s+(?:its|a|the)\s+(?:website|statement|"
    r"press release|Telegram channel|social media))?"
    # (a time after the verb: '…, the Ministry of Defence said on Monday.', '… announced on March 21.', '… said today.')
    r"(?P<when>\s+(?:(?:on|late|early|last)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}|"
    r"\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))"
    r"(?:\s+(?:morning|afternoon|evening|night))?)?\s*[.;]", needs=_MOD_NEEDS_EN)


#: A statement the text says the ministry issued: 'according to a statement from the Ministry of Defence', 'in a press
#: release issued by the Secretariat of National Defence (SEDENA)': the ministry as the origin (read only when no
#: outlet is named anywhere; its state is the page's when the phrase names none).
_STATEMENT_FROM_MINISTRY = gated(
    r"\b(?:a|the|its)\s+(?:press\s+)?(?:statement|release|communiqu[eé]|press\s+release)\s+(?:issued\s+|released\s+|published\s+)?"
    r"(?:from|by)\s+(?:(?:the\s+)?[A-Z]{2,8},?\s+)?(?:the\s+)?(?P<min>" + _MOD_NAME_EN + r")(?:\s+\([A-Z]{2,8}\))?(?![\w-])",
    needs=_MOD_NEEDS_EN)


def _short(t: str, n: int = 80) -> str:
    t = " ".join(t.split())
    return t if len(t) <= n else t[: n - 1] + "…"


_CAPS_CITY_AGENCY = re.compile(r"^\s*[A-ZА-ЯЁ][A-ZА-ЯЁ'’\-]{2,}(?:\s[A-ZА-ЯЁ][A-ZА-ЯЁ'’\-]+)?[.,]\s+([A-ZА-ЯЁ][A-ZА-ЯЁ.\-]{2,20})\s*[-–—:]?\s+[A-ZА-ЯЁ«\"“][a-zа-яё]")
_CITY_DOT_AGENCY = re.compile(r"^[A-ZА-ЯЁ][\w\- ]{1,25}[.,]\s+[^.]{2,25}\.\s+([A-ZА-ЯЁ][\w.\-]{1,25})\s*[-–—]")
#: (a name never runs past a sentence's end or a line's: 'агентство ТАСС.' / 'Следующая …' is 'ТАСС')
_NAME = r"[«\"“]?([A-ZА-ЯЁ](?:[\w\-]|\.(?=\w))*(?:[ \t]+(?:[A-ZА-ЯЁ](?:[\w\-]|\.(?=\w))*|\d+)){0,2})[»\"”]?"
_AGENCY_NOUN = (
    # An outlet the sentence itself calls one: 'Kabar news agency reports', 'according to the Dunyo
    # news agency', 'сообщает информационное агентство «Кабар»', 'пишет газета «Завтра»'.
    re.compile(r"(?:the\s+)?" + _NAME + r"\s+(?:news\s+|information\s+)?agency\s+(?:reports|reported|said|says|informs|informed|writes|wrote|quoted)\b"),
    re.compile(r"\b[Aa]ccording\s+to\s+(?:the\s+)?" + _NAME + r"\s+(?:news\s+|information\s+)?agency\b"),
    re.compile(r"(?:сообщает|сообщило|передает|передаёт|пишет|информирует)\s+(?:информационное\s+|новостное\s+)?"
               r"(?:агентство|издание|газета|портал|телеканал|радио(?:станция)?|ИА)\s+" + _NAME),
    re.compile(r"(?:агентство|издание|газета|портал|телеканал|ИА)\s+" + _NAME + r"\s+(?:сообщает|сообщило|передает|передаёт|пишет|информирует)\b"),
)
_REPORTS_NAME = re.compile(r",\s+(?:reports|informs)\s+([A-Z][\w.&\-]{0,40}(?:\s[A-Z][\w.&\-]{0,40}){0,2})\s*(?:[.]|,\s+citing)")
_DOMAIN_SAYS = re.compile(r"(?<![\w.])([\w-]+\.(?:az|ru|by|kz|uz|am|ge|tj|kg|com|net|org))\s+(?:reports|reported|informs|writes|сообщает|пишет|передает)\b")
#: An aggregator's tag naming the outlet it took the story from: '(MENAFN- AzerNews)', '(NPA - Coastal Herald)'
#: (a short name in capitals before the dash is the aggregator; the name after it is the source).
_MENAFN = re.compile(r"\(\s*(?:MENAFN|[A-Z]{2,8})\s*[-–—]\s*([A-ZА-ЯЁ][^)]{1,59}?)\s*\)")
_DASH_AGENCY = re.compile(r"^[A-ZА-ЯЁ][\w .\-]{1,30},\s*(?P<mid>[^–—\-]{2,25}?)\s*[-–—]\s*([^.,:]{2,30}?)\s*[.:]")
_SLASHED = re.compile(r"(?:^|[\s.,])/\s*((?:(?:ИА|МИА|АО|ТОО|IA)\s+)?[«\"“]?[A-ZА-ЯЁ][\w.\- ]{1,25}?[»\"”]?)\s*/(?=[\s.,:–—-])")
_DATE_TAG = re.compile(r"^(?P<pre>[^()]{4,60}?)\s*\(\s*(?P<agency>[^()\d]{2,40}?)\s*\)\s*[.:–—-]?\s*$")
_ZONE = re.compile(r"(?i)^(?:gmt|utc|msk|мск|cet|cest|eet|eest|est|edt|cst|pst|pdt|ist|pkt|local|local time|updated|"
                   r"обновлено|по москве|moscow time|astana time|baku time)\b")
#: Time-zone abbreviations (a closed class: the world's common ones, both scripts) and offsets ('GMT+3', 'UTC-05:00',
#: '+08', 'МСК+1'): a stamp's zone, never an outlet, wherever a rule finds it ('11:20 a.m. (COT)', 'Tuesday, CET').
_ZONE_NAMES = frozenset("""
gmt utc ut z bst ist wet west cet cest eet eest met mest msk msd мск samt yekt omst novt krat irkt yakt vlat magt pett
gst azt amt aqtt almt alma qyzt orat uzt tjt tmt kgt afg pkt npt btt mmt ict wib wita wit hkt cht pht pst sgt myt bnt
kst jst aest aedt acst acdt awst nzst nzdt chst sst hst hast hadt akst akdt pdt mst mdt cst cdt est edt ast adt nst ndt
art brt brst clt clst cot pet bot ect vet gft pyt pyst uyt srt fnt wat cat eat sast wast cvt azot azost egt egst
irst irdt idt aft get ast eat sct mut ret mvt iot chut pont kost mht tvt wft wst tot fjt ncl nct vut sbt pgt et pt ct mt
""".split())
_ZONE_OFFSET = re.compile(r"(?i)^(?:gmt|utc|ut|мск|msk)?\s*[+\-−–]\s*\d{1,2}(?::?\d\d)?$|^(?:gmt|utc)$")


def time_zone(name: str) -> bool:
    """Whether NAME is a time zone's abbreviation or an offset ('COT', 'CET', 'WAT', 'GMT+3', 'МСК', 'UTC', '+08')."""
    t = " ".join(name.strip(" ()[].,:;").split())
    return t.casefold() in _ZONE_NAMES and (t.isupper() or t == "Мск") or bool(_ZONE_OFFSET.match(t))


_DATELINE_AGENCY = re.compile(r"^[A-ZА-ЯЁ][\w .\-]{1,30},(?:\s*[\w .]{1,30},)?\s*[\w .]{2,30},\s*([A-ZА-ЯЁ][\w.\- ]{1,30}?)\s*[.:]?$")
_TOLD = re.compile(r"\b(?:told|to|said to|according to|cited by|reported by|Adapted from|Source:|Источник:|сообщили|сообщил|сообщила|рассказал[аи]?|передает|передаёт|сообщает|информирует|пишет|по данным|по информации|со ссылкой на|в интервью|Read (?:more )?on|Читать на)\s+"
                   r"(?:the\s+|(?:агентству|агентства|агентство|изданию|издание|корреспонденту|корреспондент|корреспондента|порталу|портал|портала|сайт|сайту|сайта|телеканал|телеканалу|газета|газете|радио)\s+)?"
                   r"[«\"“]?((?:www\.)?[\w][\w&\-]*(?:\.[\w&\-]+)*(?:\s+(?:[A-ZА-ЯЁ][\w&\-]*(?:\.[\w&\-]+)*|\d+)){0,3})", re.UNICODE)
_OUTLET_WORD_AFTER = re.compile(r"[ \t]+((?i:news|press|daily|weekly|times|post|courier|herald|tribune|wire|monitor|"
                                r"вестник|курьер|новости|пресс|газета|информ|инфо))\b(?!\s+(?i:agency|service|агентств\w*))")
_SIGN_OFF_NAME = r"([A-ZА-ЯЁ][\w.&-]*(?:\s[A-ZА-ЯЁ][\w.&-]*){0,2})"
_SIGN_OFF_END = re.compile(r"[.!?»\"”]\s*[(/]\s*" + _SIGN_OFF_NAME + r"\s*[)/]\s*$")
_SIGN_OFF_LINE = re.compile(r"^\s*(?:\(|/|[—–-])\s*" + _SIGN_OFF_NAME + r"\s*[)/]?\s*$")
#: 'Об этом «X» сообщили в пресс-службе …', 'Об этом корреспонденту Steppe Wire рассказали в министерстве': the
#: name in the dative is the outlet that was told (in quotes, or in Latin script in a Russian text), and the
#: impersonal plural verb with 'в …' names the office that told it.
_TOLD_RU = re.compile(r"\b[Оо]б\s+этом\s+(?:(?:корреспонденту|порталу|агентству|изданию|газете|сайту|редакции)\s+)?"
                      r"(?P<n>«[^»\n]{2,40}»(?:[^»\n]{0,20}»)?|\"[^\"\n]{2,40}\"|[A-Z][\w.&\-]+(?:\s[A-Z][\w.&\-]+){0,2})\s+"
                      r"(?:сообщили|рассказали|заявили|подтвердили)\s+(?:в|во|на)\s")
_QUOTED_SAYS = re.compile(r"(?:сообщает|сообщило|сообщил[иа]?|передает|передаёт|пишет|информирует|со ссылкой на)\s+(?:[а-яё-]+\s+){0,2}"
                          r"[«\"“]([^»\"”]{2,40})[»\"”]")
_LEARNED = re.compile(r"(?<![\w.&\-])([A-ZА-ЯЁ][\w.&\-]{0,40}(?:\s+[A-ZА-ЯЁ][\w.&\-]{0,40}){0,2})\s+(?:has learned|learned|reports|reported|informs|writes|сообщает|передает|информирует|пишет)\b")


def _outlet_pattern() -> re.Pattern:
    """Every outlet name, alias and domain of ``sources.yaml`` (three characters or more) as one pattern."""
    return _outlet_regex(os.environ.get(HIDE_OUTLETS_ENV, ""))


@lru_cache(maxsize=4)
def _outlet_regex(hidden: str) -> re.Pattern:
    names = sorted((a for a in outlet_table(hidden) if len(a) >= 3), key=len, reverse=True)
    return re.compile(r"(?<![\w])(?<![\w]\.)(?:" + "|".join(re.escape(a) for a in names) + r")(?![\w])", re.IGNORECASE)


def known_in(t: str) -> str | None:
    """The first outlet of ``sources.yaml`` written in ``t`` (short names only in capitals or title case)."""
    for m in _outlet_pattern().finditer(t.replace("www.", "    ")):
        written = m.group(0)
        alias = written.casefold()
        if len(alias) <= 4 and not written.isupper() and written != written.title():
            continue
        if alias in ("report", "trend", "dialog", "vesti", "turan", "peninsula", "anadolu", "rossiya") and written[0].islower():
            continue
        return outlets().get(alias)
    return None


def resolve_source_phrase(phrase: str, lang: str, registry=None) -> str | None:
    """The organisation an official-site footer names, by its English name: 'Официальный сайт
    Министерства обороны Азербайджанской Республики' -> 'Ministry of Defence of Azerbaijan'; an
    organisation of the registry (``registry``, else the packaged one) by any of its names. A ministry written short
    ('пресс-служба МО РК', 'Минобороны РБ', 'MoD of Kazakhstan press service') is spelt out first (``_spell_ministry``)."""
    phrase = _spell_ministry(phrase)
    if re.search(r"(?i)министерств\w*\s+(?:национальной\s+)?обороны|минобороны|ministry\s+of\s+(?:national\s+)?defen[cs]e|defen[cs]e\s+ministry", phrase):
        name = ministry_name(phrase, "", lang)
        if name:
            return name
    reg = registry or packaged_registry()
    known = reg.organization(phrase)
    if known:
        return known.name
    folded = " " + " ".join(re.sub(r"[^\w]+", " ", phrase.casefold()).split()) + " "
    for key, org in reg.org_names():
        if key and f" {key} " in folded:
            return org.name
    return None


#: A defence ministry written short: 'МО' before a state's initials ('МО РК', 'МО РФ'), 'MoD' ('MoD of Kazakhstan').
_MOD_SHORT = re.compile(r"(?<![\w-])(?:МО(?=\s+(?:Р[А-ЯЁ]|КР|АР)\b)|MoD(?=\s+of\s+[A-Z]|\s+[A-Z][a-z]))")
#: The initials CIS sites write a republic by, after a ministry ('Минобороны РК', 'МО РБ'), spelt out (a closed class).
_REPUBLIC_INITIALS = {"РК": "Республики Казахстан", "РБ": "Республики Беларусь", "РТ": "Республики Таджикистан",
                      "РУз": "Республики Узбекистан", "КР": "Кыргызской Республики", "РА": "Республики Армения",
                      "АР": "Азербайджанской Республики"}
_AFTER_MINISTRY = re.compile(r"([Мм]инистерств\w*\s+обороны|[Мм]инобороны|МИНОБОРОНЫ)\s+(" + "|".join(_REPUBLIC_INITIALS) + r")(?![\w-])")


def _spell_ministry(phrase: str) -> str:
    """'пресс-служба МО РК' -> 'пресс-служба Министерства обороны Республики Казахстан', 'MoD of X press service' ->
    'Ministry of Defence of X press service'; any other phrase as it is."""
    t = _MOD_SHORT.sub(lambda m: "Министерства обороны" if m.group(0) == "МО" else "Ministry of Defence", phrase)
    return _AFTER_MINISTRY.sub(lambda m: f"{m.group(1)} {_REPUBLIC_INITIALS[m.group(2)]}", t)


def translit_name(written: str) -> str:
    """A name in Latin script, a word in capitals kept in capitals ('ХОРЕЗМСКИЙ ВЕСТНИК' ->
    'KHOREZMSKY VESTNIK', not 'KhOREZMSKY'): the letter-by-letter spelling of 'Х' is 'Kh'."""
    from generator.text.translit import transliterate

    out = []
    for w in re.split(r"(\s+)", written):
        lat = transliterate(w) if re.search(r"[А-Яа-яЁё]", w) else w
        letters = re.sub(r"[^А-Яа-яЁё]", "", w)
        out.append(lat.upper() if len(letters) >= 2 and letters.isupper() else lat)
    return "".join(out)


#: An agency-type word or a company form before an outlet's name in quotes ('ИА «Байтерек»', 'ТОО «X»',
#: 'news agency "X"'): the type, not the name. A listed name keeps it ('РИА Новости').
_AGENCY_PREFIX = re.compile(r"^(?:(?:информационное\s+|новостное\s+)?агентство|ИА|МИА|РИА|ИАА|ИИА|НИА|АО|ОАО|ЗАО|ООО|ТОО|ПАО|ГУП|"
                            r"(?:(?:the\s+)?(?:news|information)\s+)?agency|IA|LLC|JSC)\s+(?=[«\"“„'])", re.IGNORECASE)


#: A company's legal form closing an outlet's name ('The Lagos Ledger Ltd.', 'Steppe Media LLC', 'X, Inc.', 'X Pty Ltd')
#: or opening it without quotes ('ООО Степь Медиа', 'АО Вестник'): the publisher's form, not part of the outlet's name.
_LEGAL_FORM_AFTER = re.compile(r"(?:,?\s+(?:Co\.?\s+|Pty\.?\s+|Private\s+|Pvt\.?\s+)?(?:Ltd|Limited|LLC|L\.L\.C|Inc|Incorporated|PLC|plc|"
                               r"LLP|GmbH|AG|JSC|PJSC|OJSC|CJSC|S\.A|S\.L|B\.V|N\.V|S\.p\.A|SpA|Sdn\.?\s+Bhd|Bhd|"
                               # (the Baltic and Nordic forms: Latvian SIA, Lithuanian UAB, Estonian AS/OÜ, Finnish Oy/Oyj,
                               # Danish ApS/A/S, Norwegian ASA)
                               r"SIA|UAB|AS|OÜ|Oy|Oyj|ApS|A/S|ASA|ООО|АО|ОАО|ЗАО|ПАО|ТОО)\.?)+$")
_LEGAL_FORM_BEFORE = re.compile(r"^(?:ООО|АО|ОАО|ЗАО|ПАО|ТОО|LLC|JSC)\s+(?=[A-ZА-ЯЁ])")


def tidy_source(name: str) -> str:
    """An outlet's name as a credit writes it, without what is not the name: an agency-type prefix before
    a quoted name ('ИА «Байтерек»' -> 'Байтерек'), a company's legal form ('The Lagos Ledger Ltd.' -> 'The Lagos
    Ledger') or an edition ('Corriere Adriatico English edition'), and quotes that do not close ('«Байтерек' ->
    'Байтерек'); quotes that pair inside a name are kept ('«Каспий» Медиа')."""
    t = " ".join(name.split())
    if outlet_name(t):
        return t
    t = _AGENCY_PREFIX.sub("", t)
    # ('Press Agency Kavkaz-Info', 'News Agency Steppe Wire': the kind before the name, not 'News Agency of Nigeria')
    t = re.sub(r"^(?i:(?:the\s+)?(?:press|news|information)\s+agency)\s+(?=[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*$)", "", t) or t
    bare = _LEGAL_FORM_BEFORE.sub("", _LEGAL_FORM_AFTER.sub("", t)).strip()
    bare = re.sub(r"(?i)\s*[—–-]?\s+(?:(?:english|international|online|digital|global|web)\s+)?edition$", "", bare).strip()
    if bare and bare != t and (len(bare.split()) >= 2 or outlet_name(bare) or outlet_shaped(bare)):
        t = bare  # ('Ledger Ltd' keeps its form: one common word alone names no outlet)
    opening, closing = "«“„", "»”"
    if t[:1] in opening + "\"'" and (t.count(t[:1]) == 1 if t[:1] in "\"'" else not any(c in t for c in closing))\
            or t[:1] in opening + "\"" and t[-1:] in closing + "\"" and sum(t.count(c) for c in opening + closing + "\"") == 2:
        t = t[1:]
    while t[-1:] in closing + "\"" and not any(c in t[:-1] for c in opening) and (t[-1:] != "\"" or t.count("\"") == 1):
        t = t[:-1]
    t = t.strip()
    n_open, n_close = sum(t.count(c) for c in opening), sum(t.count(c) for c in closing)
    if n_open != n_close:  # '«Caspian Wire', 'Baiterek»': a quote with no pair is dropped
        t = re.sub("[«»“”„]", "", t).strip()
    return t or name


def masthead_case(p: ParsedDraft) -> None:
    """A source of two words or more read from a masthead printed in capitals ('BALTIC MORNING HERALD',
    'СИБИРСКИЙ ВЕСТНИК') is given as the page spells it elsewhere ('© 2025 Baltic Morning Herald'), else as names
    are written: an English name in title case ('Baltic Morning Herald'), a Russian one with its first word
    capitalised ('Сибирский вестник'). A listed outlet keeps its name."""
    src = p.source
    why = p.why.get("source", "")
    # (a masthead the line labeller took for a byline: the outlet alone on one of the page's first two lines)
    top = re.match(r"line (\d+): agency in the byline", why)
    top = bool(top) and int(top.group(1)) in [ln.number for ln in p.lines if line_text(ln).strip()][:2]
    if not src or ("masthead" not in why and not top) or src in outlets().values() or len(src.split()) < 2:
        return
    if not re.sub(r"[^\w]|[\d_]", "", src).isupper():
        return
    found = None
    for ln in p.lines:
        t = line_text(ln)
        k = t.casefold().find(src.casefold())
        if k >= 0 and not t[k:k + len(src)].isupper():
            found = t[k:k + len(src)]
            break
    if found is None:
        # a credit with the same words in another order, written as names are ('NEWS OF THE STEPPE' over '… /Steppe
        # News/'): the outlet's own spelling of its name
        want = {w.casefold() for w in re.findall(r"[^\W\d_][\w'’-]*", src) if w.casefold() not in SMALL_WORDS}
        for ln in p.lines:
            toks = re.findall(r"[^\W\d_][\w'’-]*", line_text(ln))
            for k in range(len(toks) - len(want) + 1):
                win = toks[k:k + len(want)]
                if len(want) >= 2 and {w.casefold() for w in win} == want and win[0][:1].isupper()\
                        and not all(w.isupper() for w in win):
                    found = " ".join(win)
                    break
            if found:
                break
    if found is None:
        words = src.split()
        if re.search(r"[А-Яа-яЁё]", src):
            found = " ".join([words[0].capitalize()] + [w.casefold() for w in words[1:]])
        else:
            found = issuer.caps_to_name(words)
    p.why["source"] = p.why.get("source", "") + f"; printed {src!r} in capitals, given as {found!r}"
    p.source = found


def source_in_latin(p: ParsedDraft) -> None:
    """An outlet ``sources.yaml`` does not list, named in Cyrillic ('«Степной вестник»', 'ТАСС'), is
    given in Latin script as English-language news spells it ('Stepnoy vestnik', 'TASS'): one
    spelling whatever the page's language, as for people's names. A listed outlet keeps its name. A ministry by its
    initials and state ('MOD Georgia', 'Georgian MoD') is that ministry by its English name."""
    if p.source and re.fullmatch(r"(?:[A-Z][\w-]+\s+)?(?i:MoD)(?:\s+(?:of\s+)?[A-Z][\w-]+)?", p.source.strip()):
        name = ministry_name(p.source, "", p.lang)
        if name and name != p.source:
            p.why["source"] = p.why.get("source", "") + f"; written {p.source!r}, the ministry by its English name"
            p.source = name
    if p.source and p.source not in outlets().values():
        tidy = tidy_source(p.source)
        if tidy != p.source:
            p.why["source"] = p.why.get("source", "") + f"; written {p.source!r}, its type word, legal form, edition and unpaired quotes dropped"
            p.source = outlet_name(tidy) or tidy
    if not p.source or not re.search(r"[А-Яа-яЁё]", p.source) or p.source in outlets().values():
        return

    written = p.source.strip(QUOTE_MARKS + " ")
    body = issuer.state_body(written, "ru")
    if body:  # ('Совета Безопасности Российской Федерации': a state body by its English name, in the nominative)
        p.source = body
        p.written["source"] = (p.source, written)
        p.why["source"] = p.why.get("source", "") + f"; written {written!r}, a state body given by its English name"
        return
    twin = latin_twin(written, [line_text(ln) for ln in p.lines if ln.label != "blank"])
    if twin:
        p.source = twin
        p.written["source"] = (p.source, written)
        p.why["source"] = p.why.get("source", "") + f"; written {written!r}, given by the Latin name the masthead prints beside it"
        return
    latin = latin_form(written, [line_text(ln) for ln in p.lines if ln.label != "blank"])
    if latin:
        p.source = latin[0]
        p.written["source"] = (p.source, written)
        p.why["source"] = p.why.get("source", "") + f"; written {written!r}, given as the page spells it in Latin ({latin[1]!r})"
        return
    p.source = translit_name(written)
    p.written["source"] = (p.source, written)
    p.why["source"] = p.why.get("source", "") + f"; written {written!r}, given in Latin script"


_TWIN_SPLIT = re.compile(r"\s+[|/•]\s+|\s*\|\s*|\s+[—–]\s+|\s{3,}|\t+")


def latin_twin(written: str, lines: list[str]) -> str | None:
    """The Latin name an outlet gives itself beside its Cyrillic one on one line of the page ('ИНДОКИТАЙ СЕГОДНЯ |
    Indochina Today' -> 'Indochina Today' for 'Индокитай сегодня'): a bilingual masthead or footer. The Latin cell is
    a name (capitalised words, no sentence, no menu word), not a section or a place."""
    want = _fold(written)
    if not want:
        return None
    def latin_name(c: str) -> bool:
        return bool(re.fullmatch(r"[A-Z][A-Za-z0-9&.'’\- ]{1,40}", c)) and 1 <= len(c.split()) <= 5 and not menu_word(c)\
            and not SECTION_LABEL.fullmatch(c) and not _place_name(c) and not find_dates(c)\
            and not re.fullmatch(r"(?i)eng(?:lish)?|rus(?:sian)?|en|ru", c)

    for k, t in enumerate(lines[:60]):
        cells = [c.strip(QUOTE_MARKS + " .,") for c in _TWIN_SPLIT.split(" ".join(t.split(" ")).strip())]
        if len(cells) == 1 and k < 4 and _fold(cells[0]) == want:
            # ('ИНДОКИТАЙ СЕГОДНЯ' over 'Indochina Today': a masthead in two scripts on two lines at the top)
            for c in (lines[k + 1] if k + 1 < len(lines) else "", lines[k - 1] if k else ""):
                c = " ".join(c.split()).strip(QUOTE_MARKS + " .,")
                if c and latin_name(c) and not prose_line(c) and (c.isupper() == cells[0].isupper() or c.istitle()):
                    return outlet_name(c) or c
            continue
        if not 2 <= len(cells) <= 3 or not any(_fold(c) == want for c in cells):
            continue
        for c in cells:
            if latin_name(c):
                return outlet_name(c) or c
    return None


def _skeleton(t: str) -> str:
    """The letters of a Latin name, folded so that two transliterations of one Cyrillic name meet
    ('kaspiy'/'kaspy', 'tian'/'tyan'): lower case, 'y' and 'j' read as 'i', a doubled letter once."""
    t = re.sub(r"[^a-z]", "", t.casefold()).replace("y", "i").replace("j", "i")
    return re.sub(r"(.)\1+", r"\1", t)


def _split_like(letters: str, model: str, seps: list[str]) -> str:
    """``letters`` (a domain's name, 'kaspiynews') cut where ``model`` (the transliterated written name,
    'kaspynyus', whose word ends are ``seps``' places) ends its words, joined by the written separators
    and capitalised: 'Kaspiy-News'."""
    from difflib import SequenceMatcher

    pos = [0] * (len(model) + 1)
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, model, letters, autojunk=False).get_opcodes():
        for i in range(i1, i2 + 1):
            pos[i] = j1 + (round((i - i1) * (j2 - j1) / (i2 - i1)) if i2 > i1 else 0)
    pos[len(model)] = len(letters)
    out, start = [], 0
    for cut, sep in seps:
        end = pos[cut]
        out.append(letters[start:end].capitalize() + sep)
        start = end
    out.append(letters[start:].capitalize())
    return "".join(out)


#: The English words outlets put in their Russian names, as transliterated letter by letter -> as English spells them.
_LOANWORDS = {"nyus": "News", "nyuz": "News", "taims": "Times", "taim": "Time", "deili": "Daily", "revyu": "Review",
              "ekspress": "Express", "onlain": "Online", "tudei": "Today", "vair": "Wire", "lain": "Line", "siti": "City",
              "biznes": "Business", "fokus": "Focus", "ekspert": "Expert", "khab": "Hub"}


def latin_form(written: str, lines: list[str]) -> tuple[str, str] | None:
    """The Latin spelling a page itself gives an outlet it names in Cyrillic: its web address
    ('«Каспий-Ньюс»' and 'kaspiy-news.com' -> 'Kaspiy-News'; '/Тянь-Шань Инфо/' and 'tianshan-info.kg' -> 'Tian-Shan
    Info', words cut where the written name cuts them) or its name in a Latin copyright line ('© Kaspiy-News'),
    when its letters are the written name's transliterated. (name, what the page printed) or None."""
    # (an English word in a Russian outlet's name is spelt in Latin as English spells it: 'Ньюс' is 'News')
    lat = "".join(_LOANWORDS.get(w.casefold(), w) for w in re.split(r"([\s\-–—]+)", translit_name(written)))
    words = [w for w in re.split(r"[^A-Za-z]+", lat) if w]
    if not words:
        return None
    want = _skeleton(lat)
    found: list[tuple[str, str]] = []
    for t in lines:
        owner = copyright_owner(t) if is_copyright_line(t) else None
        if owner and re.fullmatch(r"[A-Za-z][A-Za-z .&'’-]{1,40}", owner):
            found.append((owner, owner))
        for w in t.split():
            dom = domain_of(w) if "." in w else None
            if dom:
                labels = [x for x in dom.split(".")[:-1] if x not in ("www", "m", "ru", "en", "eng", "news")] or dom.split(".")[:1]
                found.append((max(labels, key=len), dom))
    from difflib import SequenceMatcher

    for name, shown in found:
        sk = _skeleton(name)
        if not sk or SequenceMatcher(None, want, sk, autojunk=False).ratio() < 0.8:
            continue
        if re.search(r"[A-Z]", name) and re.search(r"[a-z]", name):
            return name.strip(), shown  # a copyright line's spelling, as printed
        model = re.sub(r"[^a-z]", "", lat.casefold())
        seps, n = [], 0
        for m in re.finditer(r"[A-Za-z]+|[^A-Za-z]+", lat):
            if m.group(0)[0].isalpha():
                n += len(m.group(0))
            elif 0 < n < len(model):
                seps.append((n, " " if m.group(0).strip() == "" else m.group(0).strip()[:1]))
        letters = re.sub(r"[^a-z]", "", name.casefold())
        return _split_like(letters, model, seps), shown
    return None


def author_in_latin(p: ParsedDraft) -> None:
    """A byline written in Cyrillic ('Автор: Анна Петросян') is given in Latin script ('Anna Petrosyan'), as
    the corpus convention gives every person's name and every unlisted outlet: one spelling whatever
    the page's language, so that an author's articles in both languages share one page."""
    if not p.author or not re.search(r"[А-Яа-яЁё]", p.author):
        return
    from generator.text.translit import transliterate

    written = p.author
    p.author = transliterate(written)
    p.written["author"] = (p.author, written)
    p.why["author"] = p.why.get("author", "") + f"; written {written!r}, given in Latin script"
_GENERIC_HEAD = re.compile(r"(?i)(?<!\w)(?:latest|top|breaking|world|local|regional|more|related|popular|all|other|main|"
                           r"главн\w*|последн\w*|все|мир\w*|регион\w*|други\w*|ещё|еще|лента|свеж\w*)(?!\w)")
# A broadcast link alone on its line ('LIVE TV', 'LIVE', 'Прямой эфир', 'ОНЛАЙН') is a menu item, never the outlet's
# name (only the whole line: 'Caspian Live' may be one).
_LIVE_LINK = re.compile(r"(?i)\s*(?:live(?:\s+(?:tv|stream|radio))?|watch\s+live|прямой\s+эфир|эфир|онлайн(?:-трансляция)?)\s*")


def _generic_head(name: str) -> bool:
    return bool(_GENERIC_HEAD.search(name) or _LIVE_LINK.fullmatch(name))


MASTHEAD_SPLIT = re.compile(r"\s+[—–|-]\s+|\s*\|\s*|\s*[:·•]\s+")


#: What kind of paper a masthead's tagline says the outlet is: 'общественно-политическая газета', 'a national daily newspaper'.
_PAPER_KIND = re.compile(r"(?:общественно-политическ|информационно-аналитическ|ежедневн|еженедельн|республиканск|областн|"
                         r"районн|городск|молод[её]жн)\w*\s+(?:газета|издание|еженедельник|журнал|портал)|"
                         r"\b(?:national|regional|daily|weekly|independent|online)\s+(?:daily\s+)?(?:newspaper|news\s+portal)\b", re.IGNORECASE)
#: A masthead's tagline: what the outlet says it is ('Steppe news in English', 'independent since 1998').
TAGLINE = re.compile(r"(?i)\b(?:news|daily|newspaper|weekly|magazine|portal|journal)\s+(?:in|на)\s+(?:english|russian|русском)\b|"
                      r"\b(?:independent|leading|first)\s+(?:news|daily|newspaper|weekly|magazine|portal|voice|source)\b|"
                      r"\bsince\s+(?:19|20)\d\d\b|\bс\s+(?:19|20)\d\d\s+года\b|независим\w+\s+(?:газета|издание|портал|СМИ)|"
                      # what kind of paper it is: 'общественно-политическая газета', 'a national daily newspaper'
                      + _PAPER_KIND.pattern)
#: A newspaper's issue line under its masthead: '№ 47 (1283) пятница, 24 ноября 2023 года', 'No. 47 (1283)'.
_ISSUE_LINE = re.compile(r"(?i)^\W{0,3}(?:№|No\.?|Issue|Выпуск|Nr\.?)\s*\d{1,4}\s*\(\d{2,6}\)")
SINCE = re.compile(r"(?i)\bsince\s+(?:19|20)\d\d\b|\bс\s+(?:19|20)\d\d\s+года\b")
#: "Kenya's leading daily", "Brussels' English-language news" (a name ending in s takes the apostrophe alone)
TAGLINE_OWNER = re.compile(r"^(?:The\s+)?((?:[A-Z][\w&.\-]*\s+){0,3}[A-Z][\w&.\-]*)(?:['’]s|(?<=s)['’])\s+(?i:independent|leading|first|only|"
                            r"national|english|news|daily|weekly|online)\b")


_NEWS_OF = re.compile(r"(?i)^(?:the\s+)?(?:latest\s+|daily\s+|главные\s+|последние\s+|свежие\s+)?(?:news|новости|вести|события)"
                      r"(?:\s+(?:of|from|in|из|о))?\s+(?P<where>[^\d|]{3,40})$")


def _news_of_a_country(rest: str) -> bool:
    """A tagline naming the country the outlet covers: 'новости Кыргызстана', 'news from Mongolia'."""
    from generator.reference.countries import index

    m = _NEWS_OF.match(rest.strip(" .!"))
    return bool(m) and bool(index().find(m.group("where"), "ru" if re.search(r"[А-Яа-яЁё]", rest) else "en"))


#: The words a site's rubric is made of, besides its section names ('News of the Day', 'Новости недели').
_RUBRIC_WORD = re.compile(r"(?i)news|day|week|today|events?|life|media|photos?|videos?|technology|tech|health|"
                          r"новости|события|неделя|недели|дня|день|жизнь|фото|видео|технологии")


def _rubric_pair(words: list[str]) -> bool:
    """'Politics & Economy', 'News of the Day', 'Политика и экономика': two section or rubric words
    joined by '&'/'and'/'of the'/'и', a section's label over the menu, not an outlet's name (an outlet
    names more: 'Defence & Security Asia')."""
    joins = ("&", "+", "and", "of", "the", "и")
    content = [w for w in words if w.casefold() not in joins]
    return len(content) == 2 and len(words) > 2 and all(
        SECTION_LABEL.fullmatch(w) or _RUBRIC_WORD.fullmatch(w) for w in content)


#: A print edition's masthead with its issue number at the right: 'CASPIAN SHORE GAZETTE      No. 48 (2214)',
#: 'ПРИКАСПИЙСКИЙ ВЕСТНИК   № 41 (1187)', 'Steppe Herald | Issue 12'.
_ISSUE_AT_END = re.compile(r"^(?P<name>\S.*?)(?:(?:\s{2,}|\t+|\s*[|•]\s*|\s+[—–-]\s+)(?:№|No\.?|Nr\.?|Issue|Выпуск|Номер)\s*\d{1,5}"
                           r"(?:\s*\(\d{1,6}\))?|\s+(?:№|No\.|Nr\.)\s*\d{1,5}\s*\(\d{1,6}\))\s*$", re.IGNORECASE)


#: A masthead's tagline after the outlet's name and a dash or a bar, led by a generic phrase: 'News from Armenia and the
#: region', 'your source for Caucasus news', 'новости Армении и региона', 'всё о безопасности'.
_GENERIC_TAGLINE = re.compile(r"(?i)^\W{0,2}(?:the\s+|all\s+the\s+)?(?:latest\s+|daily\s+|breaking\s+|top\s+|главные\s+|последние\s+|свежие\s+)?"
                              r"(?:news|headlines|новости|вести|события)\b(?:\s+(?:from|of|in|about|and|на|из|о|об|и)\b|\s*$|\s+[а-яё]+)"
                              r"|^\W{0,2}(?:your|our)\s+(?:(?:daily|trusted|independent|first)\s+)?(?:source|window|guide|gateway|voice)\b"
                              r"|^\W{0,2}(?:ваш|наш)\s+(?:надёжный\s+|надежный\s+)?(?:источник|гид|голос|взгляд)\b|^\W{0,2}вс[её]\s+о\b"
                              r"|^\W{0,2}(?:independent|trusted|reliable)\s+(?:news|journalism|reporting)\b|^\W{0,2}the\s+voice\s+of\b")


def masthead_tagline(t: str) -> str | None:
    """The outlet's name on a masthead line 'Name — tagline' whose part after the dash or bar is a tagline ('Ararat
    Dispatch — News from Armenia and the region' -> 'Ararat Dispatch', 'Kura Valley Post | Your source for news from the
    Caucasus', 'Араратский курьер — новости Армении и региона'); None for any other line (a byline 'Anna Petrosyan —
    Ararat Wire', a headline with a dash)."""
    parts = re.split(r"\s+[—–-]\s+|\s*\|\s*", " ".join(t.split()), maxsplit=1)
    if len(parts) != 2:
        return None
    rest = parts[1].strip()
    name = _masthead_name(parts[0])
    if name is None or _place_name(name) or names_a_country(name, "ru" if re.search(r"[А-Яа-яЁё]", name) else "en"):
        return None  # 'Armenia and France — news from the Paris talks', 'Georgia | News': places, no outlet
    if person_name(name) and not MASTHEAD_WORD.search(name):
        return None  # 'Anna Petrosyan — staff writer': a person and her role
    generic = _GENERIC_TAGLINE.search(rest) or TAGLINE.search(rest) or _news_of_a_country(rest)
    # (a tagline led by a lower-case word under an outlet-shaped name: 'Steppe Courier — independent and fearless')
    lower_led = rest[:1].islower() and 2 <= len(rest.split()) <= 12 and not find_dates(rest) and (
        MASTHEAD_WORD.search(name) or (name.isupper() and len(name.split()) >= 2))
    return name if generic or lower_led else None


_ISSUE_AT_START = re.compile(r"^(?:№|No\.?|Nr\.?)\s*\d{1,5}\s*\(\d{1,6}\)(?:\s{2,}|\t+|\s*[|•]\s*|\s+[—–-]\s+)(?P<name>\S.*?)$", re.IGNORECASE)


def issue_masthead(t: str) -> str | None:
    """The paper's name on a print edition's masthead line that ends (or opens) with its issue number ('CASPIAN SHORE
    GAZETTE      No. 48 (2214)', '№ 41 (1187)     ПРИКАСПИЙСКИЙ ВЕСТНИК' -> the name); None for any other line (a
    sentence, a release's number alone)."""
    first = _ISSUE_AT_START.match(t.strip())
    if first:
        return _masthead_name(first.group("name"))
    m = _ISSUE_AT_END.match(t.strip())
    if not m:
        return None
    name = _masthead_name(m.group("name"))
    if name and not re.search(r"\s{2,}|\t|[|•—–]", t.strip()[len(m.group("name")):]) and len(name.split()) < 2 and not name.isupper():
        return None  # 'Order No. 48 (2214)': one word in title case, the number right after it, names a document
    return name


def _masthead_name(t: str) -> str | None:
    """The outlet-shaped name a masthead line starts with: 'Kartli Dispatch — independent news from
    Georgia since 2011' -> 'Kartli Dispatch'; 'LOTUS DAILY Лотос Дейли' -> 'LOTUS DAILY' (cut where
    another script begins); '«ПАМИР-ОБОЗРЕНИЕ»' -> 'ПАМИР-ОБОЗРЕНИЕ'. None for a line that is not
    one to five capitalised words (a sentence, a date, a menu, a rights notice)."""
    if re.match(r"(?i)^\W{0,3}(?:by|автор)\b", t.strip()) or issuer.language_switcher(t):
        return None  # 'BY ANA LUCIA FERRER': a credit to a person, never an outlet's masthead ('English | Français' neither)
    t = MASTHEAD_SPLIT.split(" ".join(t.split()), maxsplit=1)[0].strip(QUOTE_MARKS + " .|«»\"“”")
    words = t.split()
    if not words:
        return None
    cyr = lambda w: bool(re.search(r"[А-Яа-яЁё]", w))  # noqa: E731
    first_cyr = cyr(words[0])
    keep = []
    for w in words:
        if re.search(r"[^\W\d_]", w) and cyr(w) != first_cyr:
            break
        keep.append(w)
    t = " ".join(keep).strip(QUOTE_MARKS + " .,|«»\"“”")
    words = t.split()
    if not (1 <= len(words) <= 5) or not words[0][:1].isupper() or not all(
            w[:1].isupper() or w[:1] in "«\"“" or MASTHEAD_WORD.fullmatch(w) or (first_cyr and len(words) <= 3)
            # ('Difesa & Geopolitica', 'Voice of the Steppe': a joining word inside a name)
            or (0 < k < len(words) - 1 and w.casefold() in ("&", "+", "and", "of", "the", "и"))
            for k, w in enumerate(words)):  # 'Степной вестник', 'Горный листок': a Russian name capitalises its first word
        return None
    if menu_word(t) or find_dates(t) or re.search(r"\d{3,}", t) or NOT_OUTLET.search(t) or "©" in t\
            or SECTION_LABEL.fullmatch(t) or _rubric_pair(words):
        return None
    if not re.search(r"[^\W\d_]{2,}", t):
        return None
    return t


#: A research institution's name: the publisher of its commentary ('Nordic-Baltic Security Institute').
_INSTITUTE = re.compile(r"(?i)(?<!\w)(?:institute|institut|cent(?:re|er)|foundation|think\s+tank|initiative|"
                        r"академия|институт|центр|фонд)(?!\w)")


def menu_line(t: str) -> bool:
    """'Research | Events | Experts | About': three or more short items between bars or wide gaps."""
    items = [x for x in MENU_SPLIT.split(t.strip()) if x.strip()]
    return len(items) >= 3 and all(len(x.split()) <= 3 and not re.search(r"[.!?:;]$", x) for x in items)


def _site_owner_line(ln, site_owner: str | None) -> bool:
    """Whether line ``ln`` is (part of) the ministry's header read as the site's owner (``ParsedDraft.site_owner``)."""
    t = " ".join(line_text(ln).split())
    return bool(site_owner) and bool(t) and t.casefold() in " ".join(site_owner.split()).casefold()


def _place_name(t: str) -> bool:
    """'Cork', 'Norway', 'Buenos Aires': a city or a state, never an outlet's name."""
    from generator.reference.countries import index

    t = t.strip(QUOTE_MARKS + " .")
    return is_city(t) or any(h.start == 0 and h.end >= len(t) for h in index().find(t, "ru" if re.search(r"[А-Яа-яЁё]", t) else "en"))


def _masthead(labelled, site_owner: str | None = None) -> tuple[str, int, str] | None:
    """The site's own name printed as a masthead among the first lines above the headline, when the
    page names it again after the text begins ('Фото: … / «Steppe Herald»', '© Steppe Herald',
    'Kartli Dispatch is published monthly by …', 'MORE FROM AMAZONIA REPORT'), or when the name
    says by itself that it is an outlet (an outlet word, all capitals: 'LOTUS DAILY',
    '«ПАМИР-ОБОЗРЕНИЕ»') and the page credits no other outlet. Never a section label, a place, a
    person, an organisation or a ministry."""
    from generator.reference.countries import index

    nonblank = [ln for ln in labelled if ln.label != "blank"]
    head_n = next((ln.number for ln in nonblank if ln.label in ("headline", "body")), None)
    if head_n is None:
        return None
    # (a short line the model read as text above the headline, no sentence, is the page's top, not its text:
    # 'Каспийский центр стратегических исследований' over its menu)
    head = next((ln.number for ln in nonblank if ln.label == "headline"), None)
    if head is not None and head > head_n and not any(prose_line(line_text(x)) for x in nonblank if x.number < head):
        head_n = head
    cands = [ln for ln in nonblank if ln.number < head_n and ln.label not in ("headline", "date", "byline")
             and not (ln.label == "body" and len(line_text(ln).split()) > 8)
             or ln.label == "date" and ln.number < head_n and not find_dates(line_text(ln)) and not re.search(r"\d", line_text(ln))][:4]
    body_n = [ln.number for ln in labelled if ln.label == "body" and len(line_text(ln).split()) >= 12]
    first_body = min(body_n) if body_n else head_n
    last_body = max(body_n) if body_n else head_n
    for k, cand in enumerate(cands):
        if _site_owner_line(cand, site_owner):
            continue  # a ministry's header is read as the site's owner, never as an outlet
        t = " ".join(line_text(cand).split())
        owner = TAGLINE_OWNER.match(t)
        prev = cands[k - 1] if k and cand.number - cands[k - 1].number <= 2 else None
        if owner and (_place_name(owner.group(1)) or (prev is not None and _masthead_name(line_text(prev)))):
            continue  # "Cork's news, every day" under 'LeeSide Live': the tagline names the place the outlet covers
        name = owner.group(1) if owner else _masthead_name(t)
        issue = issue_masthead(cand.text)
        if issue and not packaged_registry().organization(issue):
            # 'CASPIAN SHORE GAZETTE      No. 48 (2214)': a newspaper's masthead with its issue number is the paper
            got = outlet_name(issue) or outlet_from(issue, strong=True)
            if got:
                return got, cand.number, "a newspaper's masthead with its issue number"
        rest = MASTHEAD_SPLIT.split(t, maxsplit=1)[1:] or [""]
        nxt = cands[k + 1] if k + 1 < len(cands) and cands[k + 1].number - cand.number <= 2 else None
        # A masthead says what it is: 'X | English', "X's independent daily | City", 'X' over 'Steppe news in English'
        # or over "Cork's news, every day" (the tagline of a place's own outlet)
        tagline = bool(owner) or bool(rest[0] and (EDITION.fullmatch(rest[0].strip(" .")) or TAGLINE.search(rest[0])
                                                   or _news_of_a_country(rest[0])))\
            or bool(nxt is not None and (TAGLINE.search(line_text(nxt)) or TAGLINE_OWNER.match(" ".join(line_text(nxt).split())))
                    and len(line_text(nxt).split()) <= 8)\
            or any(_ISSUE_LINE.match(line_text(x)) or (TAGLINE.search(line_text(x)) and len(line_text(x).split()) <= 8)
                   for x in [y for y in nonblank if y.number > cand.number][:2])
        # ('СТЕПНОЙ ВЕСТНИК' over 'общественно-политическая газета' or '№ 47 (1283) …': a newspaper says what it is)
        paper = any(_ISSUE_LINE.match(line_text(x)) or (_PAPER_KIND.search(line_text(x)) and len(line_text(x).split()) <= 8)
                    for x in [y for y in nonblank if y.number > cand.number][:2]) or bool(rest[0] and _PAPER_KIND.search(rest[0]))
        if name and tagline and not packaged_registry().organization(name) and not NOT_OUTLET.search(name):
            got = outlet_name(name) or outlet_from(name, strong=True)
            if got:
                return got, cand.number, ("a newspaper's masthead over its kind or issue line" if paper else "a masthead with its tagline")
        after = [y for y in nonblank if y.number > cand.number][:1]
        whole = t.strip(QUOTE_MARKS + " .")
        if (k <= 1 and _INSTITUTE.search(whole) and 2 <= len(whole.split()) <= 8 and not find_dates(whole)
                # (a Russian name capitalises its first word only: 'Каспийский центр стратегических исследований')
                and (all(w[:1].isupper() or w.casefold() in SMALL_WORDS for w in whole.split())
                     or re.fullmatch(r"[А-ЯЁ][А-Яа-яЁё\s-]+", whole)) and whole[:1].isupper()
                and after and (menu_line(line_text(after[0])) or SECTION_LABEL.fullmatch(line_text(after[0]).strip(" .")))
                and not packaged_registry().organization(whole)
                and not _MINISTRY_WORDS.search(whole)):
            # 'Nordic-Baltic Security Institute', 'Centre for Caspian Defence Studies' over its menu: the institute
            # publishes the commentary below
            return whole, cand.number, "a research institute's name over its menu or a section label"
        if name is None or (person_name(name) and not MASTHEAD_WORD.search(name)) or packaged_registry().organization(name):
            continue
        hits = index().find(name, "ru" if re.search(r"[А-Яа-яЁё]", name) else "en")
        if hits and all(len(w) > 0 for w in name.split()) and len(name.split()) <= 2 and not MASTHEAD_WORD.search(name):
            continue  # 'Georgia', 'Buenos Aires': a place, not an outlet
        key = re.escape(name.casefold())
        again = re.compile(r"(?<!\w)" + key + r"(?!\w)")
        credited = False
        for ln in labelled:
            if ln.number <= cand.number or ln.label == "blank":
                continue
            if ln.label in ("body", "headline") and first_body <= ln.number <= last_body:
                continue  # the text itself naming a word of the masthead proves nothing
            if ln.label == "headline" or ln.number < first_body and ln.label not in ("caption", "byline"):
                continue
            if again.search(line_text(ln).casefold()):
                credited = True
                # 'News' at the top, 'Armenia News - NEWS.am' at the foot: the site's full name is its address
                dom = re.search(r"(?<![\w.])" + key + r"\.[a-z]{2,6}(?![\w.])", line_text(ln).casefold())
                if dom and domain_of(dom.group(0)):
                    full = line_text(ln)[dom.start():dom.end()]
                    return outlet_name(full) or full, cand.number, f"credited again below as {full!r}"
                break
        by_itself = not _generic_head(name) and not any(w[:1].islower() and not MASTHEAD_WORD.fullmatch(w)
                                                                for w in name.split()) and (MASTHEAD_WORD.search(name) or (len(re.sub(r"[^\w]", "", name)) >= 3 and re.sub(r"[^\w]", "", name).isupper()))
        if credited or (by_itself and not _other_outlet(labelled, name)):
            got = outlet_name(name) or outlet_from(name, strong=True)
            if got:
                return got, cand.number, ("credited again below" if credited else "an outlet's name by itself")
    return None


def _credited_to_line_end(body: str, m: re.Match, name: str) -> str:
    """The name a line 'Источник: Минская правда' / 'Source: Steppe daily' credits: the rest of its line, up to a comma,
    a bar or a dash (a Russian title writes its second word in lower case: 'Красная звезда', 'Минская правда'), when
    the cue opens the line and the rest is a short name, not a sentence; else the name the pattern read."""
    if m.start() and body[m.start() - 1] != "\n":
        return name
    end = body.find("\n", m.start(1))
    rest = body[m.start(1):end if end >= 0 else len(body)]
    rest = re.split(r"\s*[,;|(]\s*|\s+[–—-]\s+", rest, maxsplit=1)[0].strip(QUOTE_MARKS + " .")
    if (not rest.startswith(name) or not (1 <= len(rest.split()) <= 4) or re.search(r"[.!?:]\s", rest)
            or find_dates(rest) or not rest[:1].isupper()):
        return name
    return rest


def _line_rest(body: str, start: int) -> str:
    """The rest of the line of ``body`` from ``start``."""
    end = body.find("\n", start)
    return body[start:end if end >= 0 else len(body)]


def _outlet_under_headline(labelled) -> tuple[str, int] | None:
    """'Caspian Maritime Bulletin' alone between the headline and the date or the text: the outlet's credit,
    when the name says it is one (an outlet word: Bulletin, Review, Daily, Вестник …) and no person's or
    place's name it is."""
    nonblank = [ln for ln in labelled if ln.label != "blank"]
    head = next((k for k, ln in enumerate(nonblank) if ln.label == "headline"), None)
    if head is None:
        return None
    for ln in nonblank[head + 1:head + 3]:
        if ln.label == "body" and len(line_text(ln).split()) > 6:
            break
        t = " ".join(line_text(ln).split()).strip(QUOTE_MARKS + " .")
        name = _masthead_name(t)
        if name and name == t and (MASTHEAD_WORD.search(name) or (outlet_shaped(name) and not person_name(name)))\
                and not _generic_head(name) and not desk_credit(name)\
                and not is_city(name) and not packaged_registry().organization(name):
            got = outlet_name(name) or outlet_from(name, strong=True)
            if got:
                return got, ln.number
    return None


def _other_outlet(labelled, name: str) -> bool:
    """Whether a line of the page credits a listed outlet that is not (a word of) the masthead itself."""
    own = name.casefold()
    for ln in labelled:
        if ln.label == "blank":
            continue
        t = line_text(ln)
        for m in _outlet_pattern().finditer(t.replace("www.", "    ")):
            got = known_in(m.group(0))
            if got and m.group(0).casefold() not in own:
                return True
    return False


_WEBSITE_OF = re.compile(
    r"\b[Aa]ccording\s+to\s+(?:the\s+|a\s+)?(?:official\s+)?(?:website|web\s+site|site|statement|press\s+release|Telegram\s+channel)\s+of\s+"
    r"(?:the\s+)?(?:(?P<state>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)(?:’s|'s)\s+)?(?P<adj>presidential|government|parliamentary)?\s*"
    r"(?P<office>(?:[A-Z][\w-]+\s+){0,3}(?:Bureau|Office|Administration|Directorate|Chancellery|Secretariat))\b")


def _office_name(m: re.Match, lang: str) -> str | None:
    """The office a '_WEBSITE_OF' phrase names, with its state: 'Kazakhstan’s presidential Information Bureau' ->
    'Information Bureau of the President of Kazakhstan'."""
    from generator.reference.countries import index

    office = " ".join(m.group("office").split())
    hits = index().find(m.group("state"), lang) if m.group("state") else []
    state = index().name(hits[0].code) if hits else None
    owner = {"presidential": "the President", "government": "the Government", "parliamentary": "the Parliament"}.get(m.group("adj") or "")
    if owner:
        return f"{office} of {owner} of {state}" if state else f"{office} of {owner}"
    return f"{office} of {state}" if state else office


def _strong_masthead(labelled, p: ParsedDraft) -> bool:
    """Set the source to the page's masthead when it says it is a newspaper (its kind, 'общественно-политическая
    газета', or its issue line '№ 47 (1283)') or the page credits it again at its foot ('Подписывайтесь на X'):
    the paper the text was printed in, even when the text cites a ministry's press service. (A site's tagline
    alone, 'X — новости Кыргызстана', gives way to the press service: tests/test_credits_r6.py.)"""
    mast = _masthead(labelled, p.site_owner)
    if mast and (mast[2].startswith("a newspaper's masthead") or mast[2].startswith("credited again below")):
        p.source, p.why["source"] = mast[0], f"line {mast[1]}: the outlet's name as the page's masthead, {mast[2]}"
        return True
    # (so is the name over the site's menu, its header: 'СИБИРСКИЙ ВЕСТНИК' / 'Политика | Армия | Экономика')
    nxt = next((ln for ln in labelled if mast and ln.number > mast[1] and ln.label != "blank"), None)
    if mast and nxt is not None and (menu_line(line_text(nxt)) or "rule: a menu" in nxt.why):
        p.source, p.why["source"] = mast[0], f"line {mast[1]}: the outlet's name as the page's masthead, over the site's menu"
        return True
    return False


def _phrase_source(p: ParsedDraft, registry) -> bool:
    name = resolve_source_phrase(p.source_phrase or "", p.lang, registry)
    if name:
        p.source, p.why["source"] = name, f"official-site footer: {p.source_phrase!r}"
        return True
    return False


def _item_header(nonblank, p: ParsedDraft) -> list:
    """The lines right over the story of a page of several items (a channel's export: its name, a time, 'Forwarded from X'
    over each post): up to three lines above the headline read (else above the first paragraph of prose), nearest
    first, stopping at a line of text (another item's)."""
    out = []
    for at in (next((k for k, ln in enumerate(nonblank) if ln.number == p.headline_line), None),
               next((k for k, ln in enumerate(nonblank) if ln.label == "body" and prose_line(line_text(ln))), None),
               # (the first paragraph of some length: a short post above it is another item)
               next((k for k, ln in enumerate(nonblank) if ln.label == "body" and len(line_text(ln).split()) >= 12), None)):
        for ln in reversed(nonblank[max(0, (at or 0) - 3):at or 0]):
            if ln.label == "body" and prose_line(line_text(ln)):
                break
            if ln not in out:
                out.append(ln)
    return out


def _issued_by(labelled, p: ParsedDraft) -> bool:
    """The publisher a page states outright, before any credit inside the text: the channel a repost was forwarded
    from ('Forwarded from X', 'Переслано из: X' over the post) and the paper a piece says it was published in
    ('Published in The X Observer, April 4th' under the text), even when the text quotes an agency or a press
    service ('…, according to the ISPR')."""
    nonblank = [ln for ln in labelled if ln.label != "blank"]
    for ln in nonblank[:3] + _item_header(nonblank, p):
        name = issuer.forwarded_from(line_text(ln))
        if name and person_name(name) and not outlet_name(name) and not MASTHEAD_WORD.search(name)\
                and not _CHANNEL_NAME_WORD.search(name) and not ISSUER_WORD.search(name):
            continue  # ('Forwarded from Daniyar Abenov', 'Переслано от: …': a person's account forwarded it, no channel)
        if name:
            credit = _credit_line(nonblank, ln.number)
            if credit:
                # ('Forwarded from X' / … / 'Source: Y', «Источник: ИА Y»: the channel only reposted what the
                # agency the post credits wrote)
                p.source, p.why["source"] = credit[0], f"line {credit[1]}: the 'Source:' line of a reposted post"
                return True
            mod = _credited_ministry(nonblank, ln.number, p.lang)
            if mod:
                # ('Forwarded from X' / … / 'Source: Press Service of the Ministry of Defence of Y': the channel
                # reposted what the ministry of the state the line names issued)
                p.source, p.why["source"] = mod[0], f"line {mod[1]}: the 'Source:' line of a reposted post names a state's ministry"
                return True
            # ('Переслано из: Минобороны Казахстана': the channel of a ministry is that ministry, not an outlet's name)
            p.source = outlet_name(name) or institution_credit(name, p.lang) or name
            p.why["source"] = f"line {ln.number}: the channel a repost was forwarded from"
            return True
    prose = [k for k, ln in enumerate(nonblank) if ln.label == "body" and prose_line(line_text(ln))]
    for ln in nonblank[prose[-1]:] if prose else []:
        name = issuer.published_in(line_text(ln))
        if name and not find_dates(name, p.lang):
            p.source = outlet_name(name) or outlet_from(name, strong=True) or name
            p.why["source"] = f"line {ln.number}: the paper the piece says it was published in"
            return True
    return False


#: A publisher's line over a release: 'From: Ministry of Defence and The Rt Hon A MP', 'Published by: Department of
#: Defence', 'Issued by: …', 'Опубликовано: Министерство обороны …', 'Источник публикации: …'.
_FROM_LINE = re.compile(r"(?i)^\W{0,3}(?:(?:from|publisher|опубликовано|издатель|источник\s+публикации|от)\s*:|"
                        r"(?:published|issued|released)\s+by\s*:?)\s*(?:the\s+)?(?P<who>\S.{1,200}?)\s*\.?$")
_HONOURABLE = re.compile(r"(?i)(?<!\w)(?:the\s+)?(?:rt\.?\s+)?hon(?:ourable|orable)?\.?\s|(?<!\w)(?:MP|MSP|MLA|QC|KC|OBE|CBE|MBE)(?!\w)")


def _from_line(labelled, p: ParsedDraft) -> tuple[str, int] | None:
    """The office a release's publisher line names above its text ('From: Ministry of Defence and The Rt Hon A MP',
    'Published by: Department of Defence', 'Опубликовано: Министерство обороны Республики Казахстан'): the office,
    by its English name with its state when the line names one; the minister the line names beside it is no source."""
    nonblank = [ln for ln in labelled if ln.label != "blank"]
    stop = next((k for k, ln in enumerate(nonblank) if ln.label == "body" and prose_line(line_text(ln))), len(nonblank))
    for ln in nonblank[:stop][:12]:
        t = " ".join(line_text(ln).split())
        m = _FROM_LINE.match(t)
        if not m or ":" in m.group("who") or (
                ln.number == p.headline_line and re.match(r"(?i)\W{0,3}\w+\s+by\s+(?!:)", t)):
            # ('Published By Order Of The Ministry: New Rules …', 'Released By Militants, Three Guards Return Home':
            # the page's title opening as a publisher's line does; a publisher's line names its office, nothing after
            # a colon)
            continue
        # (cut at commas, and at an 'and' beside a member's honours: 'Defence Equipment and Support' is one name)
        parts = re.split(r"\s*[,;|]\s*|\s+(?:and|и|&)\s+(?=(?i:the\s+)?(?i:rt\.?\s+)?(?i:hon))|"
                         r"(?<=\b(?:MP|QC|KC))\s+(?:and|&)\s+", m.group("who"))
        if len(parts) > 1 and not re.match(r"(?i)\W{0,3}\S+(?:\s+by)?\s*:", t):
            continue  # ('Released By Militants, Three Guards Return Home': without its colon, a publisher's line names one office)
        for part in parts:
            part = part.strip(QUOTE_MARKS + " .")
            if _place_name(part):
                break  # 'From: Kyiv, With Love', 'From: Riga': where from, not who published it
            if not part or _HONOURABLE.search(part) or (person_name(part) and not _OFFICE_WORDS.search(part)):
                continue  # 'The Rt Hon A MP': the minister who speaks, not the office that publishes
            got = issuer.organisation(part, p.lang)
            if got:
                name = got[0]
                if got[1] == "ministry" and _MINISTRY_WORDS.search(name) and _place_in(name, p.lang):
                    name = ministry_name(name, "", p.lang) or name
                return issuer.english_name(name, got[1], p.lang), ln.number
            if (_OFFICE_WORDS.search(part) or ISSUER_WORD.search(part)) and part[:1].isupper() and len(part.split()) <= 12:
                if _MINISTRY_WORDS.search(part) and _place_in(part, p.lang):
                    return ministry_name(part, "", p.lang) or part, ln.number
                return part, ln.number
            words = part.split()
            if 2 <= len(words) <= 8 and not person_name(part) and not _place_name(part) and not re.search(r"\d", part)\
                    and all(w[:1].isupper() or w.casefold() in SMALL_WORDS for w in words):
                return part, ln.number  # 'Defence Equipment and Support': a body the publisher's line names
    return None


#: The office a release says issued it, on a line of its own: 'Communiqué by the Directorate of Defence', 'Press release
#: from the Ministry of Foreign Affairs', 'Communiqué de la Direction de la Défense', 'Statement by the Defence Staff'.
_COMMUNIQUE_BY = re.compile(r"(?i)^\W{0,3}(?:joint\s+)?(?:communiqu[eé]|press\s+release|press\s+statement|news\s+release|"
                            r"media\s+release|statement|press\s+notice)\s+(?:issued\s+)?(?:by|from|de|du|par)\s+"
                            r"(?:the\s+|la\s+|le\s+|l['’])?(?P<n>[A-ZÀ-Ý][^.;:!?]{2,80}?)\s*\.?$")


def _communique_by(labelled, p: ParsedDraft) -> tuple[str, int] | None:
    """'Communiqué by the Directorate of Defence' on a line of its own (under a government portal's release): the
    office that issued the release, before the portal's masthead ('The Luxembourg Government')."""
    prose = [ln.number for ln in labelled if ln.label == "body" and prose_line(line_text(ln))]
    for ln in labelled:
        t = " ".join(line_text(ln).split())
        if ln.label != "blank" and RELATED.match(t):
            break  # ('Related' / 'Statement by the Defence Staff on Border Incident': a link to another page, no sign-off)
        # (over the text or under it: 'Statement by the Defence Forces Headquarters' between two paragraphs is a
        # subheading of a report quoting the statement, not the page's issuer)
        inside = bool(prose) and prose[0] < ln.number < prose[-1]
        m = _COMMUNIQUE_BY.match(t) if ln.label != "blank" and len(t.split()) <= 14 and not inside else None
        if not m:
            continue
        name = m.group("n").strip(QUOTE_MARKS + " ")
        got = issuer.organisation(name, p.lang)
        if got:
            return issuer.english_name(got[0], got[1], p.lang), ln.number
        if (ISSUER_WORD.search(name) or _OFFICE_WORDS.search(name) or re.search(r"(?i)direction|minist[eè]re", name))\
                and not person_name(name) and all(w[:1].isupper() or w.casefold() in SMALL_WORDS | {"la", "le", "des", "du"}
                                                  for w in name.split()):
            return name, ln.number
    return None


def _place_in(t: str, lang: str) -> bool:
    from generator.reference.countries import index

    return bool(index().find(t, lang))


def _stack_state(lines: list[str], lang: str) -> str | None:
    """The state a page's header or foot names by its government ('Government of India', 'Press Information Bureau,
    Government of India / Ministry of Defence'), the line or one of its parts alone: the state whose ministry
    issued the page."""
    from generator.reference.countries import index

    for t in lines:
        for part in re.split(r"\s*[,;|]\s*|\s+/\s+|\s+[–—-]\s+", " ".join(t.split())):
            got = issuer.organisation(part.strip(QUOTE_MARKS + " ."), lang)
            hits = index().find(got[0], lang) if got and got[1] == "government" else []
            if hits:
                return index().name(hits[0].code)
    return None


def _stacked_ministry(t: str, lang: str) -> tuple[str, str] | None:
    """'Press Information Bureau, Government of India / Ministry of Defence' under a release: the ministry its
    government line names the state of (a footer that stacks the publisher, the government and the ministry)."""
    parts = [x.strip(QUOTE_MARKS + " .") for x in re.split(r"\s*[,;|]\s*|\s+/\s+|\s+[–—-]\s+", " ".join(t.split()))]
    state = _stack_state([t], lang) if len(parts) >= 2 else None
    for part in parts if state else []:
        got = issuer.organisation(part, lang)
        if got and got[1] == "ministry":
            return f"{got[0]} of {state}", "ministry"
    return None


_DEFENCE_MINISTRY = re.compile(r"(?i)(?<!\w)(?:ministry\s+of\s+(?:national\s+)?defen[cs]e|defen[cs]e\s+ministry|"
                               r"department\s+of\s+(?:national\s+)?defen[cs]e|министерств\w*\s+(?:национальной\s+)?обороны|"
                               r"минобороны)(?!\w)")


def _credited_ministry(nonblank, after: int, lang: str) -> tuple[str, int] | None:
    """The defence ministry a 'Source:' / «Источник:» line under a reposted post names together with its state ('Source:
    Press Service of the Ministry of Defence of Kazakhstan', «Источник: пресс-служба Министерства обороны Армении»).
    A ministry the line leaves without a state ('Источник: пресс-служба Министерства обороны') names no one."""
    from generator.reference.countries import index

    for ln in nonblank:
        t = " ".join(line_text(ln).split())
        if ln.number <= after or len(t.split()) > 16 or not re.match(r"(?i)\W{0,3}(?:source|источник)\s*[:\-–—]", t):
            continue
        if _DEFENCE_MINISTRY.search(t):
            lg = "ru" if re.search(r"[А-Яа-яЁё]", t) else "en"
            if index().find(t, lg):
                got = ministry_name(t, "", lg)
                if got:
                    return got, ln.number
    return None


def _credit_line(nonblank, after: int) -> tuple[str, int] | None:
    """An outlet a 'Source: X' / «Источник: X» line under the text names ('Source: Caucasus Wire', «Источник: ИА
    Степной курьер»); an office ('Источник: пресс-служба …') or a bare link is no outlet here."""
    for ln in nonblank:
        t = line_text(ln)
        m = _SOURCE_LINE.match(t) if ln.number > after and len(t.split()) <= 12 else None
        if m and re.match(r"(?i)\W{0,3}(?:source|источник)\s*[:\-–—]", t):
            named = re.split(r"\s+[|•]\s+|,\s+(?=\d)", m.group(1))[0]
            # (the kind word before an agency's name is not part of it: «ИА Степной курьер», 'Информационное агентство X')
            bare = re.sub(r"^(?:ИАА?|(?i:информационное\s+агентство|агентство))\s+(?=\S)", "", named.strip())
            got = None if _OFFICE_WORDS.search(named) else\
                outlet_name(named) or outlet_from(credited_name(bare), strong=True)
            if got:
                return got, ln.number
    return None


#: A defence portfolio's line in a government's letterhead: 'Defence', 'Department of Defence', 'MINISTER FOR DEFENCE',
#: 'Министерство обороны' (not 'Minister for Defence Industry', not another portfolio).
_PORTFOLIO = re.compile(r"(?i)(?:the\s+)?(?:(?:department|ministry)\s+of\s+(?:national\s+)?defen[cs]e|defen[cs]e(?:\s+(?:department|ministry))?|"
                        r"(?:deputy\s+prime\s+minister\s+(?:and|&)\s+)?minister\s+(?:for|of)\s+(?:national\s+)?defen[cs]e|"
                        r"министерство\s+(?:национальной\s+)?обороны|минобороны|министр\s+обороны)")
#: States whose defence ministry is a department by name (the rest: 'Ministry of Defence').
_DEFENCE_DEPARTMENT = frozenset({"Australia", "Ireland", "South Africa", "United States"})


def _portfolio_name(state: str, lang: str) -> str:
    """The defence ministry of ``state`` as the corpus writes it ('Department of Defence of Australia', 'Ministry of
    Defence of Norway')."""
    kind = "Department" if state in _DEFENCE_DEPARTMENT else "Ministry"
    return ministry_name(f"{kind} of Defence of {state}", "", "en") or f"{kind} of Defence of {state}"


def _header_organisation(labelled, p: ParsedDraft) -> tuple[str, int, str] | tuple[str, int, str, str] | None:
    """The organisation a page names as its own in its top, above the headline, when it is one that publishes its
    own news (a diplomatic mission, a government, a ministry, a company): 'U.S. Embassy in Bangladesh' / 'Home |
    News' / <headline>; 'Правительство Республики Казахстан' over its menu. A company also by its 'About X'
    boilerplate under the text, when the top names X. Returns (name, line number, kind)."""
    nonblank = [ln for ln in labelled if ln.label != "blank"]
    # (an organisation's name as the page's first line is its header, even when the reading took it for the headline:
    # 'Посольство Грузии в Эстонской Республике' over the menu)
    stop = next((k for k, ln in enumerate(nonblank) if (ln.label == "headline" and not (
        k == 0 and (issuer.organisation(" ".join(line_text(ln).split()).strip(QUOTE_MARKS + " ."), p.lang)
                    or _STATE_DOMAIN.match(line_text(ln).strip()) and issuer.organisation(
                        re.split(r"\s{3,}|\t+|\s*\|\s*", line_text(ln).strip(), maxsplit=1)[-1].strip(QUOTE_MARKS + " ."), p.lang))))
        or ln.label == "body" and prose_line(line_text(ln))), len(nonblank))
    top = [ln for ln in nonblank[:stop] if not menu_line(line_text(ln)) and "rule: a menu" not in ln.why
           and "breadcrumb" not in ln.why][:6]
    prose = [k for k, ln in enumerate(nonblank) if ln.label == "body" and prose_line(line_text(ln))]
    foot = [line_text(ln) for ln in nonblank[prose[-1] + 1:]] if prose else []
    about = [a.casefold() for a in issuer.about_names(foot)]
    contact = press_contact_at(foot) is not None  # (a site's footer 'Contacts: +7 …' names no one to call)
    lead = next((ln for ln in labelled if ln.label == "body"), None)
    from generator.reference.countries import index

    state = _stack_state([line_text(x) for x in top] + foot[:6], p.lang)
    # ('Press Information Bureau' / 'Government of India' / 'Ministry of Defence': the ministry under its government
    # issued the page, the government only publishes it)
    top = sorted(top, key=lambda x: (issuer.organisation(" ".join(line_text(x).split()).strip(QUOTE_MARKS + " ."), p.lang) or ("", ""))[1]
                 != "ministry") if state else top
    for k, ln in enumerate(top):
        t = " ".join(line_text(ln).split()).strip(QUOTE_MARKS + " .")
        got = issuer.organisation(t, p.lang)
        # ('gov.br   Ministry of Defence': a state's address beside the name, apart by wide spaces, is a cell too)
        cells = [c.strip(QUOTE_MARKS + " .") for c in re.split(r"\s*\|\s*|\s+[—–]\s+|\s{3,}|\t+", " ".join(line_text(ln).split(" ")).strip())]
        note = ""
        if got is None and 2 <= len(cells) <= 3:
            # a bilingual header ('Պաշտպանության նախարարություն | MINISTRY OF DEFENCE OF THE REPUBLIC OF ARMENIA'):
            # the cell that is an organisation's name
            got = next((x for x in (issuer.organisation(c, p.lang) for c in cells if c) if x), None)
            note = "; one cell of a header of several (a bilingual header)" if got else ""
        if got and got[1] == "ministry" and state and not index().find(got[0], p.lang):
            got = (f"{got[0]} of {state}", "ministry")
        if got and got[1] == "government" and state:
            # ('Australian Government' / 'Defence' / 'THE HON … MP' / 'MINISTER FOR DEFENCE' / 'MEDIA RELEASE': a
            # government's letterhead over a defence portfolio's line is that department's page)
            dept = next((x for x in top[k + 1:k + 6] if _PORTFOLIO.fullmatch(" ".join(line_text(x).split()).strip(QUOTE_MARKS + " ."))), None)
            if dept is not None:
                return (_portfolio_name(state, p.lang), dept.number, "ministry",
                        f"; a government's letterhead ({t!r}) over its defence portfolio ({line_text(dept).strip()!r})")
        if got:
            name, kind = got
            nxt = " ".join(line_text(top[k + 1]).split()).strip(" .") if k + 1 < len(top) else ""
            if nxt and len(nxt.split()) <= 5 and not index().find(name, p.lang) and index().find(nxt, p.lang)\
                    and not re.search(r"[a-zа-яё]{3,}\s+[a-zа-яё]{3,}", re.sub(r"(?i)\b(?:of|the|and)\b", "", nxt)):
                name = f"{name} {nxt}"  # 'Ministry of Defence' / 'Republic of Botswana': one name over two lines
            if kind == "ministry" and _MINISTRY_WORDS.search(name):
                # (a ministry naming no state is the page's state's, by its address, date line or foot, before the lead's)
                name = stateless_office(name, labelled, p) or ministry_name(name, line_text(lead) if lead else "", p.lang) or name
            english = issuer.english_name(name, kind, p.lang)
            if kind == "mission" and english != name:
                note += f"; written {name!r}, a mission in one form ('Embassy of X in Y')"
            return english, ln.number, kind, note
        if about and 1 <= len(t.split()) <= 6 and t[:1].isupper() and not find_dates(t)\
                and any(t.casefold() == a or t.casefold() in a.split(",")[0] for a in about):
            return t, ln.number, "company"
        if k == 0 and contact and _masthead_name(t) == t.strip(QUOTE_MARKS + " .,|«»\"“”") and not _place_name(t)\
                and not SECTION_LABEL.fullmatch(t) and not _generic_head(t):
            # 'Northwind Aerospace' over a release that closes with 'Press contact' / a name / a phone: the company
            # (or office) whose press office the block names issued the page
            return t, ln.number, "company, over its release's press contact"
    # the office signing under the text: 'U.S. Embassy Tallinn', 'Issued by: New Zealand Government', 'Пресс-служба
    # Посольства Российской Федерации в Республике Таджикистан', a company in its media contact line
    for ln in nonblank[prose[-1] + 1:][:4] if prose else []:
        if RELATED.match(line_text(ln)) or "related" in ln.why or line_text(ln).rstrip().endswith(":"):
            break  # ('Related links:' / 'Ministry of Foreign Affairs': a list of other pages, not a signature)
        got = issuer.signed_organisation(line_text(ln), p.lang) or _stacked_ministry(line_text(ln), p.lang)
        if got:
            name, kind = got
            if kind == "ministry" and _MINISTRY_WORDS.search(name):
                name = stateless_office(name, labelled, p) or ministry_name(name, line_text(lead) if lead else "", p.lang) or name
            return issuer.english_name(name, kind, p.lang), ln.number, f"{kind}, signing under the text"
    return None


#: The text speaking of the paper it is printed in ('told this newspaper', 'сообщил нашему изданию'): the page's masthead
#: is that paper.
_THIS_PAPER = re.compile(r"(?i)(?<!\w)(?:this|our)\s+(?:newspaper|paper|publication|website|site|outlet|magazine)(?!\w)|"
                         r"(?<!\w)(?:наш\w*|эт\w*)\s+(?:издани\w*|газет\w*|сайт\w*|редакци\w*|портал\w*|журнал\w*)(?!\w)")


def _masthead_alone(labelled, p: ParsedDraft) -> tuple[str, int, str] | None:
    """The outlet's name alone as the page's first line, right over its menu or its headline ('Kartli Today' / 'Politics
    | Region' / <headline>; 'Вечерний Бишкек' / <headline>), when the page credits no one: the site that printed the
    text. Never a section label, a menu word, a place alone, an organisation, or a person's name (unless the menu
    under it, or the text's 'this newspaper' / «нашему изданию», says it is the site's)."""
    from generator.reference.countries import index

    nonblank = [ln for ln in labelled if ln.label != "blank"]
    if len(nonblank) < 3 or p.headline_line is None:
        return None
    first = nonblank[0]
    t = " ".join(line_text(first).split()).strip(QUOTE_MARKS + " .")
    between = [ln for ln in nonblank[1:] if ln.number < p.headline_line]
    if first.number >= p.headline_line or len(between) > 2 or not all(menu_line(line_text(x)) or "menu" in x.why for x in between):
        return None
    name = _masthead_name(t)
    if not name or name != t or not 1 <= len(t.split()) <= 4 or SECTION_LABEL.fullmatch(t) or menu_word(t)\
            or packaged_registry().organization(t) or is_city(t) or NOT_OUTLET.search(t):
        return None
    if index().find(t, p.lang) and len(t.split()) == 1:
        return None  # 'Georgia': a place, not an outlet
    cue = bool(_THIS_PAPER.search(p.body))
    # (a Russian line is a person's name only if the dictionary knows a given name, a surname or a patronymic in it)
    person = issuer.names_a_person_ru(t) if re.search(r"[А-Яа-яЁё]", t) else person_name(t)
    if person and not (between or cue):
        return None
    got = outlet_name(t) or outlet_from(t, strong=True)
    if not got:
        return None
    return got, first.number, ("the text calls it 'this newspaper'" if cue else "alone over the menu or the headline")


#: A publication's kind ('Bulletin', 'Newsletter', 'Вестник') and the words that only qualify a kind (how often, what
#: for): a name of nothing but these ('Weekly Bulletin', 'Monthly Newsletter', 'Информационный бюллетень') is the kind of
#: a ministry's or a company's publication, never an outlet's name.
_PUBLICATION_KIND = re.compile(r"(?i)bulletins?|newsletters?|digests?|reviews?|briefings?|updates?|вестник\w*|бюллетен\w*|"
                               r"информбюллетен\w*|дайджест\w*|обзор\w*|рассылк\w*")
_KIND_QUALIFIER = re.compile(r"(?i)the|daily|weekly|monthly|quarterly|annual|yearly|bi-?weekly|bi-?monthly|fortnightly|news|"
                             r"official|information|informational|press|electronic|e|online|internal|special|"
                             r"ежедневн\w*|еженедельн\w*|ежемесячн\w*|ежеквартальн\w*|ежегодн\w*|информационн\w*|"
                             r"официальн\w*|электронн\w*|новостн\w*|специальн\w*")


def bare_kind(name: str) -> bool:
    """'Weekly Bulletin', 'WEEKLY BULLETIN', 'Вестник', 'Monthly Newsletter': a publication's kind named by itself."""
    words = [w for w in re.split(r"[\s-]+", name.strip(QUOTE_MARKS + " .|«»")) if w]
    return bool(words) and any(_PUBLICATION_KIND.fullmatch(w) for w in words)\
        and all(_PUBLICATION_KIND.fullmatch(w) or _KIND_QUALIFIER.fullmatch(w) for w in words)\
        and not outlet_name(name.strip(QUOTE_MARKS + " .|«»"))


def read_source(labelled, p: ParsedDraft, registry=None) -> None:
    """The page's source (``choose_source``), then the author checked against it: an outlet, agency or channel the
    page names is never its author (``outlet_not_author``)."""
    choose_source(labelled, p, registry)
    outlet_not_author(labelled, p)


#: A '©' or rights line, the name it credits cut out: '© 2025 X. All rights reserved.', 'X — all rights reserved',
#: '© «X», 2025', 'Все права защищены © X'.
_RIGHTS_WORDS = re.compile(r"(?i)©|\(c\)|copyright|all rights reserved|все права (?:защищены|принадлежат)|при (?:полном или частичном )?"
                           r"(?:использовании|копировании)|reproduction|перепечатк")


def outlet_not_author(labelled, p: ParsedDraft) -> None:
    """The author read from the byline is dropped when the page names that same name as an outlet: the page's source
    or any candidate for it (a masthead, the channel over its member count or a post was forwarded from, a dateline's
    agency), an outlet ``sources.yaml`` lists, or the name a '©' / 'all rights reserved' line or a 'Forwarded from' /
    'Source:' credit prints (the masthead line 'Tbilisi Mirror' over the headline is the paper, not a writer). Of two
    authors only the outlet goes."""
    if not p.author:
        return
    # (the chosen source, not every candidate: the author must not depend on whether all candidates were built)
    names = {_fold(x) for x in page_outlets(replace(p, source_candidates=[]))} | {_fold(x) for x in (p.source, p.tail_source) if x}
    for ln in labelled:
        t = line_text(ln)
        if ln.label == "blank" or len(t.split()) > 14:
            continue
        if re.search(r"(?i)\b(?:photo|image|picture|video|illustration)|фото|изображени|видео|иллюстраци", t):
            continue  # ('© Photo: Anna Belova': the author may well take the pictures too)
        if _RIGHTS_WORDS.search(t) or _SOURCE_LINE.match(t) or issuer.forwarded_from(t):
            names.add("\x00" + _fold(t))
    from generator.text.translit import transliterate

    text = "\n".join(line_text(ln) for ln in labelled)
    handles = {h.casefold().replace("_", "") for h in _HANDLE.findall(text)}
    kept, gone = [], []
    for a in [x.strip() for x in p.author.split(", ") if x.strip()]:
        f = _fold(a)
        letters = re.sub(r"[\W_]", "", transliterate(a).casefold())
        # A person's name a byline signs ('By Anna Belova', 'Автор: …') is the writer's: her own handle
        # ('@annabelova'), a 'Subscribe to …' line or a rights line that also prints her name do not make it an outlet's
        # (the page's source, a listed outlet or a channel word still do).
        signed = person_name(a) and any(signed_by(line_text(ln), a) for ln in labelled if ln.label != "blank")
        hit = f in names or outlet_name(a) is not None or bool(_CHANNEL_WORD.search(a)) or not signed and (any(
            n.startswith("\x00") and re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", n[1:]) for n in names)
            or (len(letters) >= 6 and letters in handles)
            or any(_SUBSCRIBE.search(line_text(ln)) and a in line_text(ln) and len(line_text(ln).split()) <= 8 for ln in labelled))
        (gone if hit else kept).append(a)
    if not gone:
        return
    p.author = ", ".join(kept) or None
    why = f"{', '.join(repr(x) for x in gone)} is an outlet the page names (its masthead, channel or credit), never its author"
    if p.author:
        p.why["author"] = p.why.get("author", "") + "; " + why
    else:
        p.why["author"] = "no author: " + why
        # (the masthead read as a byline gave way: an author's box under the text may still name the writer)
        author_box([ln for ln in labelled if ln.label != "blank"], p)
        if p.author:
            p.why["author"] += f"; {why}"


def _own_paper(labelled, p: ParsedDraft) -> tuple[str, str] | None:
    """The paper the page is printed in, when its masthead at the top (the first line over the headline, or the
    masthead the rules read) is the name its foot credits again ('The Lahore Ledger' … '© 2025 The Lahore Ledger'):
    (name, why), else None."""
    if not p.tail_source:
        return None
    mast = _probe(_strong_masthead, labelled, p)
    if mast and _fold(mast[0]) == _fold(p.tail_source):
        return mast
    for ln in [x for x in labelled if x.label != "blank"][:3]:
        if ln.label == "headline" or (ln.label == "body" and prose_line(line_text(ln))):
            break
        # ('DIFESA & GEOPOLITICA — English edition' over '© 2025 Difesa & Geopolitica': the name, not its edition)
        if _fold(p.tail_source) in (_fold(line_text(ln)), _fold(_masthead_name(line_text(ln)) or "")):
            return p.tail_source, f"line {ln.number}: the outlet's name as the page's masthead, credited again at its foot"
    return None


def _stem_in(name: str, t: str) -> bool:
    """Whether every word of ``name`` stands in ``t`` in any case ending ('Арсенал Отечества' in '… обозреватель
    «Арсенала Отечества»'): the words in the same order, each compared on its first letters."""
    words = re.findall(r"\w+", name.casefold())
    if not words:
        return False
    stems = [re.escape(w[:max(4, len(w) - 2)] if len(w) > 4 else w) for w in words]
    return bool(re.search(r"(?<!\w)" + r"\w*\W+".join(stems) + r"\w*", t.casefold()))


def _named_again(labelled, p: ParsedDraft) -> tuple[str, int, int] | None:
    """The outlet a page names as its own on top and again under its text (round 19): the masthead's name on one of the
    first three lines over the headline (whatever the reading took it for, a byline too) that a line under the last
    paragraph prints again, in any case ending: a footer ('Арсенал Отечества, 2025'), an author's box ('… военный
    обозреватель «Арсенала Отечества»'), a rights notice. (name, masthead line, line below), else None."""
    nonblank = [ln for ln in labelled if ln.label != "blank"]
    long_ = [ln.number for ln in nonblank if ln.label == "body" and len(line_text(ln).split()) >= 12]
    if not long_:
        return None
    for ln in nonblank[:3]:
        if ln.label == "headline" or ln.number >= long_[0] or ln.label == "body" and prose_line(line_text(ln)):
            break
        name = _masthead_name(line_text(ln))
        if not name or _place_name(name) or issuer.organisation(name, p.lang) or _INSTITUTE.search(name):
            continue
        # (a person's name on top named again in an author's box is the writer's: a name of a person's shape counts only
        # when the line below is a rights line or a short credit with its year, not a sentence about it: 'Caucasus Ledger,
        # 2025')
        personal = person_name(name) and not outlet_shaped(name) and not MASTHEAD_WORD.search(name)
        for x in nonblank:
            t = line_text(x)
            if x.number > long_[-1] and len(t.split()) <= 30 and not _related_item(x) and _stem_in(name, t) and not (
                    # (a person's name alone again at the foot is the author's sign-off: 'Aidar Seitov' … 'Aidar Seitov')
                    personal and (not _RIGHTS_WORDS.search(t) and not re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", t)
                                  or len(t.split()) > 8 and not _RIGHTS_WORDS.search(t)
                                  or re.match(r"\W{0,3}" + re.escape(name) + r"(?:\s+(?:is|was|has|covers|writes)\b|\s*[—–]\s+[a-zа-яё])", t))):
                return name, ln.number, x.number
    return None


#: 'Source:' / 'Источник:' after the last sentence of the last paragraph, naming the origin.
_SOURCE_AT_END = re.compile(r"[.!?»\"”]\s+(?:Source|Источник)\s*:\s*([^.:\n]{3,80}?)\.?\s*$")


#: A rights notice without '©' naming its owner before or after it: 'Khovd Tribune — all rights reserved', 'All rights
#: reserved: Khovd Tribune', 'Khovd Tribune, 2025. All rights reserved', 'Все права защищены — «Степной курьер»'.
_RIGHTS = r"(?:all\s+rights\s+reserved|все\s+права\s+(?:защищены|принадлежат)|tous\s+droits\s+réservés)"
_RIGHTS_AFTER = re.compile(r"(?i)^\W{0,3}(?P<n>[«\"“„]?[^\W\d][^|•]{1,60}?)[\s,.]*(?:(?:19|20)\d\d(?:\s*[–—-]\s*(?:19|20)\d\d)?)?"
                           r"\s*(?:[.,:|•–—-]\s*)?" + _RIGHTS + r"\W*$")
_RIGHTS_BEFORE = re.compile(r"(?i)^\W{0,3}" + _RIGHTS + r"\s*(?:(?:by|to|у|за)\s+)?[.,:|•–—-]?\s*(?P<n>[«\"“„]?[^\W\d][^|•]{1,60}?)"
                            r"[\s,.]*(?:(?:19|20)\d\d(?:\s*[–—-]\s*(?:19|20)\d\d)?)?\W*$")


def _related_item(ln) -> bool:
    """An item of a related-articles list: another story's title with its outlet ('NATO ministers meet in Brussels —
    Reuters'); the outlet it names published that story, not this page."""
    t = line_text(ln)
    return "related" in (ln.why or "") and not re.search(r"(?i)©|\(c\)|copyright|rights", t)\
        and len(re.findall(r"[^\W\d_]{2,}", t)) >= 5


#: Words of a publication's registration ('Registered at the Court of Rome no. 12/2019', 'ISSN 1234-5678',
#: 'Свидетельство о регистрации СМИ'): a line of the paper's, not a person's.
_REGISTERED = re.compile(r"(?i)\bregist(?:ered|ration)\b|\bISSN\b|\breg\.\s*no\b|свидетельств\w+\s+о\s+регистрации|"
                         r"зарегистрирован\w*|registrazione|registrad[oa]|eingetragen")
_COPY_AT_END = re.compile(r"(?i)(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d\d(?:\s*[–—-]\s*(?:19|20)\d\d)?)?\W*$")
#: An edition's name after an outlet's ('… English edition', '… International', '… Online'): not part of its name.
_EDITION_AFTER = re.compile(r"(?i)\s+(?:(?:english|international|online|digital|global|web)(?:\s+(?:edition|version))?|edition)$")


def _rights_line(labelled, p: ParsedDraft) -> tuple[str, int] | None:
    """A rights notice under the text (or on the page's first lines) that names its owner without a '©': the outlet
    that published the page. The name must be an outlet's (listed, or outlet-shaped: an outlet word, all capitals, a
    web address), never a person, place or bare phrase ('All rights reserved' alone names no one)."""
    body_n = [ln.number for ln in labelled if ln.label == "body" and len(line_text(ln).split()) >= 12]
    last_body = max(body_n) if body_n else 0
    nonblank = [ln for ln in labelled if ln.label != "blank"]
    for ln in [x for x in nonblank if x.number >= last_body]:
        # a '©' closing the foot, after the name ('Difesa & Geopolitica English edition — Registered at the Court of
        # Rome — © 2025', 'Corriere Adriatico — © 2025'): the first cell's name, without its edition
        t = " ".join(line_text(ln).split())
        end = _COPY_AT_END.search(t)
        first = re.split(r"\s+[—–-]\s+|\s*[|•]\s*", t[:end.start()].strip(" —–-|,."))[0] if end and end.start() else ""
        name = _EDITION_AFTER.sub("", first).strip(QUOTE_MARKS + " .,")
        cue = CREDIT_CUE.match(first)
        if cue:
            # ('Words and pictures: Oyuna Bat © 2025': a credit's '©' is the credited person's; only a listed outlet
            # credited for the text counts, 'Text: Reuters — © 2025', never a photo's)
            got = outlet_name(first[cue.end():].strip(QUOTE_MARKS + " .,")) if re.search(r"(?i)text|words|author|by|текст|автор", cue.group(0)) else None
            if got:
                return got, ln.number
            continue
        paper = name != first.strip(QUOTE_MARKS + " .,") or bool(_REGISTERED.search(t))  # (an edition or a registration)
        if name and len(t.split()) <= 30 and not (person_name(name) and len(name.split()) < 3 and not outlet_shaped(name)
                                                  and not paper)\
                and not _place_name(name) and not menu_word(name) and not re.match(r"(?i)(?:all|copyright|все)\b", name):
            # (a listed outlet keeps its edition: 'Sputnik International — © 2025')
            got = outlet_name(first.strip(QUOTE_MARKS + " .,")) or outlet_name(name) or outlet_from(name, strong=True)
            if got:
                return got, ln.number
    for ln in [x for x in nonblank if x.number > last_body] + nonblank[:3]:
        t = " ".join(line_text(ln).split())
        if "©" in t or len(t.split()) > 12:
            continue
        m = _RIGHTS_AFTER.match(t) or _RIGHTS_BEFORE.match(t)
        cells = re.split(r"\s*[|•]\s*", t)
        k = next((i for i, x in enumerate(cells) if re.search(r"(?i)" + _RIGHTS, x)), None)
        if not m and k is not None and len(cells) > 2:
            # a foot of cells ('Khovd Tribune | All rights reserved | Contact'): the notice and the cell beside it
            m = _RIGHTS_AFTER.match(cells[k]) or _RIGHTS_BEFORE.match(cells[k]) or _RIGHTS_AFTER.match(
                " | ".join(cells[max(k - 1, 0):k + 1])) or _RIGHTS_BEFORE.match(" | ".join(cells[k:k + 2]))
        if not m:
            continue
        name = m.group("n").strip(QUOTE_MARKS + " .,-–—")
        # (a rights notice's owner is a publisher: a name of two words a person could bear stays out, 'Anna Belova — all
        # rights reserved' is the photographer's or the writer's; 'Indus Evening Mail' is a paper)
        if not name or (person_name(name) and len(name.split()) < 3 and not outlet_shaped(name)) or _place_name(name)\
                or re.match(r"(?i)(?:all|copyright|все)\b", name) or menu_word(name):
            continue
        got = outlet_name(name) or outlet_from(name, strong=True)
        if got:
            return got, ln.number
    return None


#: 'the press service of the Ministry of Defence of Kyrgyzstan reported', 'according to the press office of the Security
#: Council of Armenia', 'пресс-служба Совета безопасности Кыргызской Республики сообщила': a press service and the body
#: it speaks for (read up to the verb or the sentence's end).
_PRESS_SERVICE_OF = re.compile(
    r"(?i:press\s+(?:service|office|cent(?:re|er))|media\s+(?:office|cent(?:re|er)))\s+of\s+(?:the\s+)?"
    r"(?P<org>[A-Z][\w'’-]*(?:\s+(?:of|the|for|and|[A-Z][\w'’-]*)){1,9}?)(?=\s*(?:[,.;)]|\s+(?:said|says|reported|reports|stated|"
    r"announced|informed|added|noted|confirmed|on|in|has|had)\b))"
    r"|(?i:пресс-служб\w+|пресс-центр\w*)\s+(?P<org_ru>[А-ЯЁ][\w-]*(?:\s+[\w-]+){1,7}?)(?=\s*(?:[,.;)]|\s+(?:сообщ|заяв|информир|отмет|передает|уточн)))")


#: A speech verb right after a name: the name is the sentence's subject, not a credit ('ISPR said in a statement').
_SPEECH_AFTER = re.compile(r"(?:\s*(?:’s|'s))?\)?,?\s+(?:has\s+|had\s+|also\s+)?(?:said|says|stated|states|told|added|noted|announced|"
                           r"reported|reports|confirmed|claimed|quoted|cited|сообщил\w*|заявил\w*|отметил\w*|сказал\w*)\b")
#: A channel's handle or address: '@pamirsegodnya', 't.me/pamirsegodnya'.
_HANDLE = re.compile(r"(?:(?<![\w.])@|(?:t|telegram)\.me/)([A-Za-z][A-Za-z0-9_]{2,40})")
#: Words that end or make a channel's or an outlet's name and never a person's ('Pamir Segodnya', 'Khovd Today',
#: 'Steppe Info', 'Алай Медиа').
_CHANNEL_WORD = re.compile(r"(?i)(?<=\s)(?:segodnya|today|info|media|tv|24|news|daily|channel|сегодня|инфо|медиа|тв|новости|канал)$")
#: A 'Subscribe' beside a name at the top or foot: the name is the channel's.
_SUBSCRIBE = re.compile(r"(?i)\b(?:subscribe|join\s+us|follow\s+us)\b|подписаться|подпишитесь|присоединяйтесь")


def _fold(t: str) -> str:
    """A name compared as letters and digits only, case folded, 'the' dropped: 'The Lahore Ledger' = 'LAHORE LEDGER'."""
    words = re.findall(r"\w+", t.casefold())
    return " ".join(w for w in words if w not in ("the",))


#: A state's web domain on a header or footer line: 'gov.br', 'www.mod.gov.am', 'mil.ge', 'defensa.gob.ar' (the last part
#: its country's code; generic two-letter endings a site may take anywhere are none).
_STATE_DOMAIN = re.compile(r"(?i)(?<![\w@.-])(?:https?://)?(?:[\w-]+\.)*(?:gov|gob|govt|mil|mod|mindef|mdn|go|gouv)\.(?:[a-z]{2,3}\.)?"
                           r"([a-z]{2})(?:\.example)?(?![\w-])/?")  # ('.example': the address of a page written for tests)
_LOOSE_TLD = frozenset({"tv", "io", "su", "eu", "int"})
#: 'Ministry of Defence Press Office', 'Press Service of the Ministry of Defence', 'пресс-служба Министерства обороны':
#: an office's words around the body it serves.
_OFFICE_AROUND = re.compile(r"(?i)^\W{0,3}(?:(?:the\s+)?(?:press|media|information|public\s+(?:affairs|relations))\s+(?:service|office|"
                            r"cent(?:re|er)|department|division|section|unit)\s+of\s+(?:the\s+)?|пресс-служб\w*\s+|пресс-центр\w*\s+|"
                            r"(?:информационн\w+\s+)?(?:служб\w+|управлени\w+|департамент\w*)\s+(?:по\s+связям\s+с\s+общественностью|"
                            r"информации\s+и\s+массовых\s+коммуникаций)\s+)|"
                            r"(?:['’]s)?\s+(?:press|media|information|public\s+(?:affairs|relations))\s+(?:service|office|cent(?:re|er)|"
                            r"department|division|section|unit)\W{0,3}$")


def _city_state(t: str) -> str | None:
    """The country (ISO code) of a city of the world's gazetteer opening ``t`` ('Brasília, 12 May 2025'), accents or not."""
    import unicodedata

    m = re.match(r"^\W{0,3}([A-ZА-ЯЁ][\w'\-]+(?:[ -][A-ZА-ЯЁ][\w'\-]+){0,2})\s*(?:[,.(/]|\s[—–-]\s|$)", t)
    if not m:
        return None
    name = m.group(1).casefold()
    bare = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    code = city_names().get(name) or city_names().get(bare)
    return code if code and code.isalpha() else None


def _under_figures(labelled, number: int, last_prose: int) -> bool:
    """A 'Source:' line right under a table of figures (its caption and two short rows with numbers or more between the
    last paragraph and the line: 'Military spending, 2024 (USD bn)' / 'Kazakhstan 2.1' / 'Uzbekistan 1.7'): it credits the
    figures, not the copy."""
    if not last_prose or number <= last_prose:
        return False
    between = [line_text(ln) for ln in labelled if last_prose < ln.number < number and ln.label != "blank"]
    rows = [t for t in between if len(t.split()) <= 8 and re.search(r"\d", t) and not PROSE_END.search(t.rstrip())]
    return len(between) >= 2 and len(rows) >= 2 and len(rows) >= len(between) - 1


def page_state(labelled, p: ParsedDraft) -> str | None:
    """The state a page is of, for an office it names without its state (round 19): a state's web domain in its top or
    foot ('gov.br   Ministry of Defence' → BR), the city of an address at its foot ('Ministry of Defence — Esplanada …,
    Brasília - DF'), the city of its date line ('Brasília, 12 May 2025'; after the address: a visit abroad is datelined
    in the host's city). An ISO code, or None."""
    nonblank = [ln for ln in labelled if ln.label != "blank"]
    for ln in nonblank[:4] + nonblank[-4:]:
        m = _STATE_DOMAIN.search(line_text(ln))
        if m and m.group(1).casefold() not in _LOOSE_TLD:
            code = {"uk": "GB"}.get(m.group(1).casefold(), m.group(1).upper())
            from generator.reference.countries import index

            if index().name(code) and index().name(code) != code:
                return code
    prose = [ln.number for ln in nonblank if ln.label == "body" and prose_line(line_text(ln))]
    for ln in [x for x in nonblank if prose and x.number > prose[-1]][-6:]:
        # an address under the text: a city among its comma- or dash-separated parts (the page's own home: it
        # outranks the date line, which on a visit abroad is the host's city, 'Ankara, 14 May 2025')
        for part in re.split(r"\s*[,;|]\s*|\s+[—–-]\s+", line_text(ln))[1:]:
            code = _city_state(part) if len(part.split()) <= 3 else None
            if code:
                return code
    for ln in [x for x in nonblank if x.label == "date"][:2]:
        code = _city_state(line_text(ln))
        if code:
            return code
    return None


def stateless_office(name: str, labelled, p: ParsedDraft) -> str | None:
    """A defence ministry (or its press office) a credit names without its state ('Ministry of Defence Press Office',
    'Press Service of the Ministry of Defence', 'пресс-служба Министерства обороны'): that ministry of the page's state
    (``page_state``), by its English name; None for any other name or when the page names no state."""
    from generator.reference.countries import index

    t = " ".join(name.split()).strip(QUOTE_MARKS + " .")
    body = _OFFICE_AROUND.sub("", t).strip(QUOTE_MARKS + " .")
    if not body or body == t and not _MINISTRY_ALONE.fullmatch(t) or not _MINISTRY_ALONE.fullmatch(body) or index().find(body, p.lang):
        return None
    code = page_state(labelled, p)
    if code:
        return ministry_name(f"{body} of {index().name(code)}" if re.search(r"[A-Za-z]", body)
                             else f"Ministry of Defence of {index().name(code)}", "", p.lang)
    # (else the lead's own place: its dateline, the city the meeting is in, the side that reports it)
    lead = next((line_text(ln) for ln in labelled if ln.label == "body"), "")
    text = "\n".join(line_text(ln) for ln in labelled if ln.label == "body")
    return ministry_name(body, lead, p.lang, text) if lead else None


#: A defence ministry's name alone, without its state.
_MINISTRY_ALONE = re.compile(r"(?i)(?:the\s+)?(?:(?:ministry|secretariat|department)\s+of\s+(?:national\s+)?defen[cs]e|defen[cs]e\s+ministry|MoD|"
                             r"министерств\w*\s+(?:национальной\s+)?обороны|минобороны)")


def choose_source(labelled, p: ParsedDraft, registry=None) -> None:
    """The outlet the page names: every rule that can name one gives a candidate (``_source_rules``, after the
    byline's agency read before), each finished as the page will print it (capitals, Latin script, initials spelt
    out); the learned ranker (``generator.ingest.source_candidates``) chooses among them, or the rules' own pick
    (their first) when no ranker is shipped. The candidates stay on the page for ``generator explain``.

    When no ranker may choose (none shipped that chooses, ``GENERATOR_SOURCE_RANKER`` not 'on') and nobody asked for
    every candidate (``draft.all_candidates``: explain, ranker training), the rules stop at their first name: it is the
    page's source either way, and ``p.source_candidates`` holds it alone (features as if it were the only one)."""
    found: list[tuple[str, str, str]] = []
    if p.source is not None:  # an agency in the byline, the outlet an author's note writes for
        rule, why = "byline" if "byline" in p.why.get("source", "") else "author_note", p.why.get("source", "")
        office = stateless_office(p.source, labelled, p)
        if office:  # ('Text: Ministry of Defence Press Office' on a ministry's own page: that ministry, of the page's state)
            found.append((rule, office, f"{why}; written {p.source!r}, a ministry's office without its state: the page's state"))
        else:
            found.append((rule, p.source, why))
    # ('Weekly Bulletin | Vol. 12' under a ministry's masthead: a publication's kind names no outlet)
    found = [c for c in found if not _dropped(c)]
    model = source_candidates.chooser()
    lazy = model is None and not wants_all_candidates()
    text = "\n".join(line_text(ln) for ln in labelled if ln.label != "blank")
    if lazy:
        found = found or _first(c for c in _source_rules(labelled, p, registry) if c[1] and not _dropped(c)
                                and not fragment_of_name(c[1], text))
    else:
        found += [c for c in _source_rules(labelled, p, registry) if c[1] and not _dropped(c) and not fragment_of_name(c[1], text)]
    cands = source_candidates.gather(found, labelled, p.lang, p.headline_line,
                                     finish=lambda name, why: _finished(labelled, p, name, why),
                                     known=lambda name: name in outlets().values(), site_owner=p.site_owner,
                                     offered=() if lazy else source_candidates.weak(labelled))
    p.source_candidates = list(cands)
    chosen = source_candidates.choose(cands, model or False)
    if chosen is None:
        p.source = None
        p.why.pop("source", None)
        if found:
            p.why["source"] = "no source: the ranker found no candidate likely enough"
        return
    p.source, p.why["source"] = chosen.raw, chosen.why + source_candidates.note(chosen)


#: Capitalised words that may follow an outlet's name without making it part of a longer name: a day, a month, a
#: time-zone or the agency's own tail ('Steppe Wire Monday', 'KNA Ashgabat' is a dateline, not one name).
_AFTER_NAME_OK = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|"
                            r"September|October|November|December|GMT|UTC|I|The|A|An|In|On|At|By|For|And|But|[А-ЯЁ]\w*|"
                            # an edition after the name ('Difesa & Geopolitica English edition')
                            r"English|International|Online|Digital|Edition|"
                            # its language service, shortened ('(via Steppe Wire Eng. service)')
                            r"Eng|Rus|Engl")


def fragment_of_name(name: str, text: str) -> bool:
    """Whether ``name`` (a candidate no list knows) is, wherever the page writes it, only the start of a longer
    capitalised name: 'National Security' out of 'National Security Council said …'. A fragment of an organisation's
    name is never a source. A listed outlet, or a name the page writes once on its own, is no fragment."""
    name = " ".join(name.split())
    if not name or outlet_name(name) or re.search(r"[А-Яа-яЁё]", name) or len(name.split()) > 4:
        return False
    hits = [m for m in re.finditer(r"(?<![\w.@/-])" + re.escape(name) + r"(?![\w-])", text)]
    if not hits:
        return False
    longer = 0
    for m in hits:
        after = re.match(r"(?:’s|'s)?[ \t]+([A-Z][\w-]*)", text[m.end():])
        if after and not _AFTER_NAME_OK.fullmatch(after.group(1)) and name.isupper() == after.group(1).isupper():
            longer += 1  # ('NUR-SULTAN. KAZINFORM Defense Minister …': a credit in capitals before the sentence it opens)
    if longer == len(hits):
        return True
    # ('National Security' as a section tag over a story of the 'National Security Council': a name with no outlet's
    # word or shape that the text also writes as the start of a longer name is that name's fragment, when it holds a
    # word of a body's name; 'Caspian Voice' credited in a dateline stays the outlet beside 'Caspian Voice Staff')
    return longer > 0 and bool(_BODY_WORD.search(name)) and not _OUTLET_WORD.search(name) and not AGENCY_WORDS.search(name) and not MASTHEAD_WORD.search(name)\
        and not outlet_shaped(name)


#: The rules that read an outlet from how a sentence credits it ('X informs', 'according to X', 'X has learned'): a
#: state body the sentence names that way is no outlet.
_SENTENCE_RULES = frozenset({"attribution", "told_unlisted", "learned", "told_x", "citing", "reports_name",
                             "latin_after_ru_verb", "agency_noun", "spoken_to"})
#: A word of a state body's or a force's name ('National Security Service', 'Joint Staff Council'), and the words
#: that make a name an outlet's whatever else it holds ('Security News Wire').
_BODY_WORD = re.compile(r"(?i)(?<!\w)(?:security|council|committee|ministry|directorate|command|forces|army|navy|staff|guards?|"
                        r"police|parliament|government|безопасност\w*|совет\w*|комитет\w*|министерств\w*|штаб\w*)(?!\w)")
_OUTLET_WORD = re.compile(r"(?i)(?<!\w)(?:news|wire|press|times|daily|weekly|herald|tribune|post|journal|gazette|review|"
                          r"digest|today|tv|radio|media|info|новост\w*|пресс|инфо|медиа)(?!\w)")


def _dropped(c: tuple[str, str, str]) -> bool:
    """A candidate (rule, name, why) that names no outlet (``_no_outlet``), unless its masthead says what it is:
    'The Bulletin' over "Brussels' English-language news" is a newspaper's name, 'Weekly Bulletin | Vol. 12' a kind.
    A state body a sentence credits ('National Security Service informs', 'according to the Joint Staff Council') is
    no outlet either, unless the list knows it."""
    if c[0] == "masthead" and c[2].endswith("a masthead with its tagline") and bare_kind(c[1]):
        return _place_name(c[1])
    if c[0] in _SENTENCE_RULES and _BODY_WORD.search(c[1]) and not _OUTLET_WORD.search(c[1]) and not outlet_name(c[1]):
        return True
    return _no_outlet(c[1])


def _no_outlet(name: str) -> bool:
    """A publication's bare kind ('Weekly Bulletin') or a place ('Cork', 'Norway') no list knows as an outlet: never
    the page's source."""
    return bare_kind(name) or time_zone(name) or platform_or_ui(name) or bool(_FORUM_SOFTWARE.search(name)) or (_place_name(name) and not outlet_name(name.strip(QUOTE_MARKS + " .")))


def _first(items):
    """The first of ``items`` alone (a list of at most one), without running the generator past it."""
    for x in items:
        return [x]
    return []


#: A messenger channel's member count under its name: '48.2K subscribers', '12 345 подписчиков', '3,104 members'.
_MEMBER_COUNT = re.compile(r"(?i)^\W{0,3}(?:(?:community|group|public\s+page|page|channel|сообщество|группа|публичная\s+страница|"
                           r"канал|паблик)\s*[·•|,:–—-]\s*)?\d[\d\s.,]*\s*[KkMmКкМм]?\.?\s*(?:subscribers?|members?|followers?|"
                           r"подписчик\w*|участник\w*|читател\w*)\W{0,3}$")


def _channel_header(labelled) -> tuple[str, int] | None:
    """The name over a channel's member count at the top of a post ('Steppe Watch' / '48.2K subscribers'): the
    channel's name, an outlet (the channel that posted it; a post it forwarded credits the original first)."""
    nonblank = [ln for ln in labelled if ln.label != "blank"][:8]
    for k in range(1, len(nonblank)):
        if any(x.label == "headline" or (x.label == "body" and prose_line(line_text(x))) for x in nonblank[:k - 1]):
            break  # ('Security Council' / '15 members' under a headline: a fact box of the article, no channel's header)
        if _MEMBER_COUNT.match(line_text(nonblank[k])):
            t = " ".join(line_text(nonblank[k - 1]).split()).strip(QUOTE_MARKS + " .|")
            # ('Военный вестник Памира | новости армии и флота': a community's name before its tagline)
            t = re.split(r"\s+[|•]\s+|\s+[—–]\s+", t)[0].strip(QUOTE_MARKS + " .|")
            if 1 <= len(t.split()) <= 6 and not find_dates(t) and not prose_line(t):
                return t, nonblank[k - 1].number
    return None


#: A forum post's credit of the page it copies: 'Found this on Mediterranean Ledger:', 'Copied from X', 'Originally Posted by
#: X', «Копирую с «Еркрамас Медиа»:», «Цитата: X», «Взято с X».
_REPOST_CUE = re.compile(r"(?i)^\W{0,3}(?:found\s+(?:this|it)\s+(?:on|in|at)|(?:copied|copying|copy|reposted|reposting|taken|"
                         r"crossposted|cross-posted)\s+(?:from|on)|originally\s+posted\s+(?:by|on|at)|quote\s+(?:from|:)|"
                         r"копирую\s+(?:с|со|из)|скопировано\s+(?:с|со|из)|перепост\s+(?:с|со|из)|взято\s+(?:с|со|из)|"
                         r"нашёл\s+(?:на|в)|нашел\s+(?:на|в)|цитата\s*:)\s*(?:(?:the\s+)?(?:site|website|portal)\s+|"
                         r"(?:сайта|портала|сайт|портал)\s+)?")


def _forum_repost(labelled) -> tuple[str, int] | None:
    """The outlet a forum post says it copied the story from, on a line of its own or opening the post ('Found this
    on Mediterranean Ledger:' -> 'Mediterranean Ledger'; «Копирую с «Еркрамас Медиа»:» -> 'Еркрамас Медиа'). A
    member's name or nickname ('Originally Posted by Sergey_77', 'Цитата: Иван Петров') names none; a forum's
    software ('Powered by phpBB') is never a source."""
    for ln in labelled:
        if ln.label in ("blank", "headline"):
            continue
        t = " ".join(line_text(ln).split())
        m = _REPOST_CUE.match(t)
        if not m:
            continue
        rest = t[m.end():]
        q = re.match(r"[«\"“„]([^»\"”]{2,40})[»\"”]", rest)
        if q:
            name = q.group(1)
        else:
            n = re.match(r"(?:https?://)?(?:www\.)?[a-z0-9][\w\-]*(?:\.[\w\-]+)+(?=[\s,.;:)]|$)|"
                         r"[A-ZА-ЯЁ][\w&.\-]*(?:\s+(?:of\s+|the\s+)?[A-ZА-ЯЁ][\w&.\-]*){0,3}", rest)
            if not n:
                continue
            name = n.group(0).rstrip(".")
        if re.search(r"[\d_]", name) and "." not in name:
            continue  # ('Sergey_77': a member's nickname)
        if re.search(r"(?i)posted\s+by|цитата|quote", m.group(0)) and not (
                outlet_name(name) or "." in name or _OUTLET_WORD.search(name) or MASTHEAD_WORD.search(name) or AGENCY_WORDS.search(name)):
            continue  # ('Originally Posted by Ivan Petrov', 'Цитата: Сергей': a member quoted, unless the name is an outlet's)
        got = outlet_name(name) or outlet_from(name, strong=True)
        if got and not _no_outlet(got) and not _FORUM_SOFTWARE.search(got):
            return got, ln.number
    return None


#: A forum's software, printed in its footer ('Powered by IPB', 'phpBB® Forum Software', 'vBulletin'): never a source.
_FORUM_SOFTWARE = re.compile(r"(?i)(?<!\w)(?:ipb|invision(?:\s+(?:community|power\s+board))?|phpbb\w*|vbulletin|xenforo|"
                             r"smf|simple\s+machines|discourse|mybb|punbb|fluxbb|nodebb|powered\s+by)(?!\w)")


_SLASH_PAIR = re.compile(r"^\W{0,3}(?P<a>[^/|•]{2,40}?)\s+/\s+(?P<b>[^/|•]{2,40}?)\W{0,3}$")


def outlet_worded(name: str) -> bool:
    """Whether a name two capitalised words long reads as a newsroom's, not a person's: a listed outlet, an agency's
    word, an outlet's word alone, closing a word or opening a compound ('Baltic Newsline', 'Nordic Pressnet', 'Nordwire')."""
    return bool(outlet_name(name) or looks_like_agency(name) or _OUTLET_WORD.search(name) or re.search(
        r"(?i)(?:wire|news|press|media|info|times|post|agency|tv|radio)$|(?<!\w)(?:news|press|info|wire)[a-z]{3,}(?!\w)", name))


def _paper_slash_agency(labelled) -> tuple[str, int] | None:
    """'Pohjolan Sanomat / Nordwire' between the headline and the text: the paper (its masthead, or a listed outlet)
    ran the agency's copy, and the agency after the slash is the source. A picture's credit ('Photo: Lehtikuva /
    Name'), a person after the slash or a pair of sections names none."""
    nonblank = [ln for ln in labelled if ln.label != "blank"]
    head = next((k for k, ln in enumerate(nonblank) if ln.label == "headline"), None)
    if head is None:
        return None
    # (the masthead as the page prints it over the headline, whole or before its edition or tagline: 'Pohjolan Viesti |
    # In English', 'Pohjolan Viesti — News in English')
    above = {_fold(part) for x in nonblank[:head] for part in [line_text(x), *re.split(r"\s*[|•·]\s*|\s+[—–-]\s+", line_text(x))]
             if part.strip()}
    for ln in nonblank[head + 1:head + 6]:
        t = " ".join(line_text(ln).split())
        if ln.label == "body" and prose_line(t):
            break
        m = _SLASH_PAIR.match(t)
        if not m or photo_credit_line(t) or CREDIT_CUE.match(t):
            continue
        a, b = m.group("a").strip(QUOTE_MARKS + " .,"), m.group("b").strip(QUOTE_MARKS + " .,")
        if find_dates(b) or SECTION_LABEL.fullmatch(b) or platform_or_ui(b):
            continue
        if person_name(b) and not outlet_worded(b):
            continue  # ('Pohjolan Sanomat / Matti Virtanen': the paper's reporter, no agency)
        if not (_fold(a) in above or outlet_name(a)):
            continue  # ('Anna Belova / Nordwire': an author and her agency; the byline reads them)
        got = outlet_name(b) or outlet_from(b, strong=True)
        if got and not _no_outlet(got):
            return got, ln.number
    return None


#: A post's credit of the agency whose copy it carries: '(via Trend Eng. service / photos: MSB)', 'via Steppe Wire',
#: '(через ИА «Степь»)'; the service's language after the name is no part of it.
_VIA = re.compile(r"(?i)^\W{0,3}(?:via|через)\s+(?P<n>[^/|;()@]{2,60}?)(?:\s+(?:eng(?:lish)?|rus(?:sian)?|рус\w*|англ\w*)\.?\s+"
                  r"(?:service|desk|edition|служб\w*|верси\w*))?\s*(?:[/|;,]\s*(?:photos?|фото|pictures?|video|видео)\b.*)?\W{0,3}$")


def _via_credit(labelled) -> tuple[str, int] | None:
    """The agency a post credits as the origin of its copy on a line of its own under the text ('(via Trend Eng.
    service / photos: MSB)' -> 'Trend'): a copy credit, as 'Source:' is. A person ('via Anna Belova') or a platform
    ('via X', 'via Telegram') names none."""
    seen_prose = False
    for ln in labelled:
        if ln.label == "blank":
            continue
        t = " ".join(line_text(ln).split())
        if not _VIA.match(t) and post_text(t, ln.label):
            seen_prose = True
            # ('… officers. (via Trend Eng. service / photos: MSB)': the credit closing the post's last paragraph)
            tail = re.search(r"[.!?»\"”]\s+(\((?:via|через)\s[^()]{2,80}\))\s*$", t)
            if not tail:
                continue
            t = tail.group(1)
        m = _VIA.match(t) if seen_prose and len(t.split()) <= 14 else None
        if not m:
            continue
        name = credited_name(m.group("n").strip(QUOTE_MARKS + " .,"))
        if not name or (person_name(name) and not outlet_worded(name)) or platform_or_ui(name) or GENERIC_CREDIT.match(name):
            continue
        got = outlet_from(name, strong=True)
        if got:
            return got, ln.number
    return None


#: What closes a post's text after its last word or stop: its emoji, flags and hashtags ('… in Baku. 🇦🇿🇵🇰 #defence').
_HASHTAG = re.compile(r"#[^\W\d]\w*")


def _post_tail_cut(t: str) -> str:
    """``t`` less the emoji, flags and hashtags that close it ('… in Baku. 🇦🇿🇵🇰 #army' -> '… in Baku.'); an arrow or
    any other mark stays."""
    words = t.split()
    while words:
        w = words[-1]
        bare = w
        while bare and unicodedata.category(bare[-1]) in ("So", "Sk", "Mn", "Cf"):
            bare = bare[:-1]  # ('Baku.🇦🇿': the flag written against the stop)
        if _HASHTAG.fullmatch(w) or not bare:
            words.pop()
        elif bare != w:
            words[-1] = bare
            break
        else:
            break
    return " ".join(words)


def post_text(t: str, label: str = "") -> bool:
    """Whether a line is a paragraph of a post's text: prose once the emoji, flags and hashtags that close it are set
    aside ('… in Baku on Wednesday. 🇦🇿🇵🇰'), or a long line the reader took for text that ends on them without a stop."""
    t = " ".join(t.split())
    if prose_line(t):
        return True
    bare = _post_tail_cut(t)
    if bare == t:
        return False
    return prose_line(bare) or (label == "body" and len(bare.split()) >= 12)


#: A social network's owner or name ('© 2025 X Corp.', 'VK', 'Meta'): the platform that shows the post, never its
#: source; and the words of its interface ('Post', 'Follow', 'Reposts', 'Показать ещё').
_PLATFORM = re.compile(r"(?i)(?:the\s+)?(?:x(?:\s+corp\.?)?|twitter(?:,?\s+inc\.?)?|meta(?:\s+platforms(?:,?\s+inc\.?)?)?|facebook|"
                       r"instagram|threads|telegram(?:\s+messenger)?|vk(?:\.com)?|vkontakte|вконтакте|в\s+контакте|ok\.ru|"
                       r"одноклассники|youtube|google(?:\s+llc)?|tiktok|linkedin|bluesky|mastodon|reddit|dzen|дзен|яндекс\s+дзен|"
                       r"vk\s+(?:group|company)|вк)\.?")
_UI_WORDS = re.compile(r"(?i)(?:posts?|follow(?:ing|ers)?|reply|replies|reposts?|retweets?|quotes?|likes?|views?|share|bookmarks?|"
                       r"see\s+new\s+posts|show\s+more|show\s+replies|conversation|trends\s+for\s+you|what(?:'|’)s\s+happening|"
                       r"who\s+to\s+follow|relevant\s+people|sign\s+up|log\s+in|subscribe|home|explore|notifications|messages|"
                       r"запись|записи|пост|репост\w*|показать\s+ещ[её]|показать\s+полностью|подписаться|подписк\w*|нравится|"
                       r"поделиться|ответить|комментари\w*|сообщество|войти|регистрация|читать\s+далее)")


def platform_or_ui(name: str) -> bool:
    """Whether ``name`` is a social network (its owner, its name) or a word of its interface: no source."""
    t = " ".join(name.split()).strip(QUOTE_MARKS + " .·•|")
    return bool(t) and bool(_PLATFORM.fullmatch(t) or _UI_WORDS.fullmatch(t))


_HANDLE_AT = re.compile(r"(?<![\w.])@[A-Za-z0-9_]{2,30}\b")
_FOLLOW = re.compile(r"(?i)\s*[·•]?\s*(?:follow|подписаться|читать)\s*$")


def _display_name(t: str) -> str | None:
    """'Caspian Wire 🇦🇿' -> 'Caspian Wire': the words of an account's display name without its emoji or badge."""
    t = re.sub(r"[^\w\s&.,'’«»\"-]+", " ", t)
    t = " ".join(t.split()).strip(" .,-")
    if not t or not (1 <= len(t.split()) <= 6) or not t[:1].isupper() or find_dates(t) or prose_line(t):
        return None
    if platform_or_ui(t):
        return None
    return t


def _platform_page(nonblank) -> bool:
    """Whether the page is a social network's view of a post: a line of its interface alone among its first or last
    lines ('Post', 'Follow', 'Reposts', 'Показать ещё') or its owner's '©' ('© 2025 X Corp.')."""
    ends = nonblank[:6] + nonblank[-12:]
    for ln in ends:
        t = " ".join(line_text(ln).split()).strip(" ·•|")
        if _NETWORK_UI.fullmatch(t) or _PLATFORM.fullmatch(t) or (is_copyright_line(t) and _PLATFORM.fullmatch(
                (copyright_owner(t) or "").strip(" ."))):
            return True
    return False


#: The buttons only a network's view of a post prints ('Post', 'Reposts', 'See new posts', 'Показать ещё'), not a news
#: site's menu ('Home', 'Subscribe').
_NETWORK_UI = re.compile(r"(?i)post|reposts?|retweets?|quotes|likes|see\s+new\s+posts|conversation|trends\s+for\s+you|"
                         r"who\s+to\s+follow|relevant\s+people|(?:[\d.,]+[KkMm]?\s+)?(?:reposts|likes|views|bookmarks)|"
                         r"запись|записи|репост\w*|показать\s+ещ[её]|нравится(?:\s+\d+)?|сообщество")


def _account_header(labelled) -> tuple[str, int] | None:
    """The account that posted, over the post's text: 'Caspian Wire 🇦🇿 @caspianwire · Follow' on one line, or the
    display name on the line over its '@handle'. Its display name is the publisher when the post credits no agency
    (a person's account names none)."""
    nonblank_all = [ln for ln in labelled if ln.label != "blank"]
    nonblank = nonblank_all[:10]
    for k, ln in enumerate(nonblank):
        t = " ".join(line_text(ln).split())
        if prose_line(t) and not _HANDLE_AT.search(t):
            break
        m = _HANDLE_AT.search(t)
        if not m:
            continue
        before = t[:m.start()]
        if not before.strip() and k > 0:
            before = " ".join(line_text(nonblank[k - 1]).split())
            number = nonblank[k - 1].number
        else:
            number = ln.number
        if t[m.end():].strip() and not _FOLLOW.fullmatch(t[m.end():]) and not re.fullmatch(r"\W*", t[m.end():]):
            continue
        name = _display_name(before)
        if name and not _platform_page(nonblank_all):
            continue  # ('Anna Belova @annabelova', 'Follow us @caspianwire' over a news site's text: no account's page)
        if name:
            return name, number
    return None


def page_outlets(p) -> frozenset[str]:
    """Every outlet's name the page names (a masthead, a channel, the channel a post was forwarded from, an agency in a
    dateline or a credit), as written and as the page prints it: for the people filter, no outlet is a person. Read
    from the page's candidates (all of them when every candidate was built, the chosen one otherwise) and, cheaply, from
    its lines: the channel over its member count, the channel a post was forwarded from, the first line's masthead."""
    out = {x for c in (getattr(p, "source_candidates", None) or ()) for x in (c.raw, c.name) if x}
    out.update(x for x in (getattr(p, "source", None),) if x)
    lines = list(getattr(p, "lines", None) or ())
    got = _channel_header(lines)
    if got:
        out.add(got[0])
    nonblank = [ln for ln in lines if ln.label != "blank"]
    for ln in nonblank[:4]:
        name = issuer.forwarded_from(line_text(ln))
        if name:
            out.add(name)
    if nonblank and nonblank[0].label not in ("body", "headline"):
        name = _masthead_name(line_text(nonblank[0]))
        if name and not person_name(name) and not _place_name(name):
            out.add(name)
    return frozenset(out)


def _probe(rule, labelled, p: ParsedDraft) -> tuple[str, str] | None:
    """What a rule that sets the page's source would set, read on a copy: (name, why) or None."""
    q = replace(p, source=None, why=dict(p.why))
    return (q.source, q.why.get("source", "")) if rule(labelled, q) and q.source else None


def _finished(labelled, p: ParsedDraft, name: str, why: str) -> str:
    """A candidate as the page would print it when chosen (``masthead_case``, ``expand_acronym``, ``source_in_latin``)."""
    q = replace(p, source=name, why={**p.why, "source": why}, written=dict(p.written))
    masthead_case(q)
    expand_acronym(labelled, q)
    source_in_latin(q)
    return q.source or name


def _source_rules(labelled, p: ParsedDraft, registry=None):
    """Every outlet the page names, as (rule, name, why), in the rules' order of precedence (the first is the
    rules' own pick): a byline agency (already read), a tag or
    dateline in the lead ('(MENAFN- AzerNews)', '/TASS/', '(Trend) –', 'Tbilisi, March 9,
    AZERTAC'), an attribution in the text ('told Trend', 'Report informs', 'BelTA has learned',
    'Adapted from …'), the foot of the page ('© …', 'Follow us …'), an outlet named in a caption
    or at the foot, a domain on a date line. A ministry's press service is the source when no
    outlet is named (``source_phrase``, resolved here to the organisation's English name)."""
    got = _probe(_issued_by, labelled, p)
    if got:
        yield "issued_by", *got
    got = _communique_by(labelled, p)
    if got:
        yield "communique_by", got[0], f"line {got[1]}: the office a release says issued it ('Communiqué by …')"
    got = _from_line(labelled, p)
    if got:
        yield "from_line", got[0], f"line {got[1]}: the office a publisher's line names ('From: …', 'Published by: …')"
    got = _header_organisation(labelled, p)
    if got and got[2] == "ministry" and got[0] != p.site_owner and _stack_state(
            [line_text(ln) for ln in labelled if ln.label != "blank" and (ln.number < got[1] or ln.number > max(
                (x.number for x in labelled if x.label == "body" and prose_line(line_text(x))), default=len(labelled)))], p.lang):
        # 'Press Information Bureau' / 'Government of India' / 'Ministry of Defence' over the headline: the ministry
        # its government's header names issued the release, before any press bureau's stamp ('… by PIB Delhi')
        yield "header_ministry", got[0], f"line {got[1]}: the ministry under its government in the page's header"
    top = [ln for ln in labelled if ln.label in ("date", "body", "byline", "headline")][:6]
    lead = [x for x in labelled if x.label == "body"][:2]  # the tag opens the text, under any menus
    for ln in [x for x in labelled if x.label != "blank"][:6] + lead:
        t = line_text(ln)
        m = _MENAFN.search(t)
        if m:
            yield "menafn_tag", outlet_name(m.group(1)) or m.group(1).strip(), f"line {ln.number}: '(MENAFN- …)' tag"
    for ln in top:
        t = line_text(ln)
        head = t[:160]
        got = lead_dateline([t])
        if got:
            yield "lead_dateline", got, f"line {ln.number}: agency in the lead dateline"
        m = _SLASHED.search(head)
        # 'Yerevan /Mediamax/.': the bracket right after the place that opens the line is the agency's.
        after_place = bool(m) and bool(re.fullmatch(r"\s*[A-ZА-ЯЁ][\w\-]+(?:\s[A-ZА-ЯЁ][\w\-]+)?(?:,\s*[\w .]{2,30})?\s*", head[:m.start() + 1].rstrip("/")))
        if m and (outlet_name(m.group(1)) or (m.group(1).isupper() and len(m.group(1)) <= 12)
                  or (after_place and outlet_from(m.group(1), strong=True))):
            yield "slashed_dateline", outlet_name(m.group(1)) or outlet_from(m.group(1), strong=True) or m.group(1), f"line {ln.number}: '/{m.group(1)}/' in the dateline"
        m = _DASH_AGENCY.match(t)
        if m:
            # A listed outlet, or any short name in capitals after a dated dateline ('Астана, 14 мая - Степь-Инфо.',
            # 'Астана, 14 мая — «Степь-Инфо».': the name in quotes).
            named = m.group(2).strip(QUOTE_MARKS + " ")
            got = outlet_name(named) or (outlet_from(named, strong=True) if find_dates(m.group("mid"), p.lang)
                                         and len(named.split()) <= 3
                                         and (all(w[:1].isupper() for w in named.split()) or AGENCY_WORDS.search(named))
                                         else None)
            if got:
                yield "dash_agency", got, f"line {ln.number}: agency after the dateline ('CITY, date - Agency.')"
        m = next((x for x in map(_DATE_TAG.match, t.split("|")) if x), None)  # '… (Wire) | 15 April 2023' too
        if m and (ln.label == "date" or len(t.split()) <= 14) and find_dates(m.group("pre"), p.lang)\
                and not _ZONE.match(m.group("agency")) and not time_zone(m.group("agency")):
            # 'Canberra, 29 August 2024 (Southern Cross Wire)': a wire's tag closing the dateline
            got = outlet_from(m.group("agency"), strong=True)
            if got:
                yield "date_tag", got, f"line {ln.number}: agency tag closing the dateline"
        if ln.label == "date" or len(t.split()) <= 8:
            m = _DATELINE_AGENCY.match(t)
            if m and (outlet_name(m.group(1)) or m.group(1).isupper()):
                yield "dateline_agency", outlet_name(m.group(1)) or m.group(1), f"line {ln.number}: agency closing the dateline"
    caps_later: list[tuple[str, str, str]] = []
    for ln in top[:4]:
        m = _CITY_DOT_AGENCY.match(line_text(ln))
        if m and (outlet_name(m.group(1)) or outlet_shaped(m.group(1))):
            got = outlet_name(m.group(1)) or outlet_from(m.group(1), strong=True) or m.group(1)
            yield "city_dot_agency", got, f"line {ln.number}: agency in the dateline ('CITY. date. AGENCY -')"
        m = _CAPS_CITY_AGENCY.match(line_text(ln))
        if m and outlet_shaped(m.group(1)):
            got = outlet_name(m.group(1)) or outlet_from(m.group(1), strong=True)
            if got:
                yield "caps_city_agency", got, f"line {ln.number}: agency in capitals after the place ('CITY. AGENCY …')"
        head = line_text(ln)[:80]
        got = known_in(head)
        # (a credit, not a subject: 'KARACHI (ISPR) -', 'ISPR: …', not 'ISPR said in a statement', which a paper
        # under its own masthead quotes)
        if got and any(w.group().isupper() and len(w.group()) >= 3 and outlet_name(w.group()) == got
                       and not _SPEECH_AFTER.match(head, w.end())
                       and not re.search(r"(?i)(?:according\s+to|said|citing|quoted\s+by)\s+(?:the\s+)?$", head[:w.start()])
                       for w in re.finditer(r"[\w.\-]+", head)):
            if ln.label == "body" and ln is not next((x for x in labelled if x.label == "body"), None):
                # (past the first paragraph: a paper under its own masthead may be quoting the agency; see paper_quotes)
                caps_later.append(("caps_credit_lead", got, f"line {ln.number}: agency credit in capitals in the lead"))
                continue
            yield "caps_credit_lead", got, f"line {ln.number}: agency credit in capitals in the lead"
    for ln in labelled:  # 'This story first appeared in X', 'Republished with permission from X', 'Впервые опубликовано в X'
        m = _REPUBLISHED.search(line_text(ln)) if ln.label not in ("blank", "headline") else None
        if m:
            name = m.group("q") or m.group("n")
            got = outlet_from(name, strong=True) if not SOCIAL.search("." + name.split()[0] + ".x") else None
            if got:
                yield "republished", got, f"line {ln.number}: a republished piece names where it first appeared"
    for ln in labelled:  # 'With input from Steppe Wire.', 'With inputs from agencies' (generic: none)
        m = _INPUT_FROM.match(line_text(ln)) if ln.label not in ("blank", "headline") else None
        if m and len(line_text(ln).split()) <= 12:
            name = credited_name(m.group(1))
            got = None if GENERIC_CREDIT.match(name) or person_name(name) else outlet_from(name, strong=True)
            if got:
                yield "input_from", got, f"line {ln.number}: the agency the piece was written with ('With input from X')"
    got = _forum_repost(labelled)
    if got:
        yield "forum_repost", got[0], f"line {got[1]}: a forum post names where it copied the story from ('Found this on X', «Копирую с X»)"
    got = _paper_slash_agency(labelled)
    if got:
        yield "paper_slash_agency", got[0], f"line {got[1]}: 'Paper / Agency' over the text: the agency wrote the copy the paper ran"
    got = _via_credit(labelled)
    if got:
        yield "via_credit", got[0], f"line {got[1]}: the agency a post credits for its copy ('(via X Eng. service)')"
    body = tame("\n".join(line_text(ln) for ln in labelled if ln.label in ("body", "date", "byline")))
    got = attribution(body)
    quoted = None
    if got:
        # A paper under its own masthead that its foot credits again ('The Lahore Ledger' … '© 2025 The Lahore Ledger')
        # quoting another outlet past its lead ('The meeting was first reported by Trend') keeps the paper: the
        # attribution comes after the masthead. In the lead ('Trend reports that …') it is the story's origin.
        lead_text = tame("\n".join(line_text(ln) for ln in [x for x in labelled if x.label == "body"][:1]))
        mast = _own_paper(labelled, p) if not attribution(lead_text) else None
        if mast and _fold(mast[0]) != _fold(got):
            quoted = got
        else:
            yield "attribution", got, "attribution in the text ('X reports', 'X informs')"
    if quoted:
        yield "strong_masthead", *mast
        yield "attribution", quoted, "attribution in the text ('X reports', 'X informs'), past the lead of a paper under its own masthead"
    name, at = pagesite.feed_channel([line_text(ln) for ln in labelled], section=SECTION_LABEL.fullmatch)
    if not name and "feed_item" in p.recognizers and p.why.get("item_outlet"):
        # The reader has already taken a feed dump apart (``pageitems.feed``): its channel's outlet is kept there.
        name, at = p.why["item_outlet"], "(feed)"
    if name:  # ('<title>Steppe Ledger — Defence</title>' over the items: the feed's outlet; an agency its item credits comes first)
        yield "feed_channel", outlet_name(name) or outlet_from(name, strong=True) or name, f"line {at}: the outlet a feed's channel title names"
    m = _REPORTS_NAME.search(body)  # '…, reports Steppe Wire.', '…, informs KarakumNews.'
    if m:
        got = outlet_name(m.group(1)) or (outlet_from(m.group(1), strong=True)
                                          if outlet_shaped(m.group(1)) or len(m.group(1).split()) <= 2 else None)
        if got:
            yield "reports_name", got, f"an outlet closing a sentence with 'reports X': {_short(m.group(0))!r}"
    m = _DOMAIN_SAYS.search(body)
    if m and outlet_from(m.group(1)):
        yield "domain_says", outlet_from(m.group(1)), "attribution in the text ('belta.by reports')"
    m = _TOLD_RU.search(body)
    if m:  # 'Об этом «Степной портал» сообщили в пресс-службе …': the office told the outlet, the outlet is the source
        name = m.group("n").strip(QUOTE_MARKS + " ")
        got = outlet_name(name) or outlet_from(name, strong=True)
        if got:  # (in quotes or in Latin script in a Russian sentence: a newsroom, never a person)
            yield "told_ru", got, f"the outlet an office told the news to: {_short(m.group(0))!r}"
    late: list[tuple[str, str, str]] = []
    own: list = []

    def under_own_masthead(got: str, name: str) -> bool:
        """Whether an outlet no list knows, named as the one a person told the news to, stands under a masthead of
        the page's own (another outlet's name with its tagline or its credit again below): then it comes after it."""
        if not own:
            own.append(_masthead(labelled, p.site_owner) or ("",))
        return bool(own[0][0]) and own[0][0].casefold() != got.casefold() and not outlet_name(name)

    first_body = next((line_text(ln) for ln in labelled if ln.label == "body"), "")
    lead_end = body.find(first_body) + len(first_body) if first_body and body.find(first_body) >= 0 else 0
    strong: list = []

    def paper_quotes(got: str, start: int) -> bool:
        """Whether an outlet the text names past its lead (at ``start`` in the body) is quoted by a paper under its own
        masthead that the page's foot credits again ('The Lahore Ledger' … '© 2025 The Lahore Ledger'): then the
        paper published the page and the quoted outlet comes after it."""
        if start < lead_end or not p.tail_source:
            return False
        if not strong:
            strong.append(_own_paper(labelled, p))
        mast = strong[0]
        return bool(mast) and _fold(mast[0]) != _fold(got)

    for c in caps_later:
        if paper_quotes(c[1], len(body)):
            late.append((c[0], c[1], c[2] + ", past the lead of a paper under its own masthead"))
        else:
            yield c
    for rx, what in ((_TOLD, "'told X', 'according to X', 'Adapted from X'"), (_LEARNED, "'X has learned', 'X reports'")):
        for m in rx.finditer(body):
            name = re.sub(r"\s+[A-ZА-ЯЁ]$", "", m.group(1))  # 'сообщает РИА Новости В эти дни': 'В' opens the next sentence
            if rx is _TOLD:
                # 'сообщает Горный вестник', 'told Steppe daily': a lower-case outlet word ends the name
                more = _OUTLET_WORD_AFTER.match(body, m.end(1))
                name = name + " " + more.group(1) if more else name
                if re.match(r"(?:Adapted from|Source:|Источник:)", m.group(0)):
                    name = _credited_to_line_end(body, m, name)  # 'Источник: Красная звезда': the whole name
            known = outlet_name(name) or outlet_name(" ".join(name.split()[:2])) or outlet_name(name.split()[0])
            if known and paper_quotes(known, m.start()):
                late.append(("told_known", known, f"attribution in the text ({what}), past the lead of a paper under its own "
                                                  f"masthead: {_short(m.group(0))!r}"))
            elif known:
                yield "told_known", known, f"attribution in the text ({what})"
            if rx is _LEARNED and re.search(r"\blearned\b", m.group(0)) and (outlet_shaped(name) or len(name.split()) == 1):
                got = outlet_from(name, strong=True)
                if got:  # 'BelTA has learned': only a newsroom 'learns' a story
                    yield "learned", got, f"attribution in the text ('X has learned'): {_short(m.group(0))!r}"
            if rx is _TOLD and re.match(r"(?:Adapted from|Source:|Источник:)", m.group(0)) and looks_like_agency(name)\
                    and not NOT_OUTLET.search(name) and not NOT_OUTLET.search(_line_rest(body, m.start(1))):
                # ('Источник: пресс-служба …', 'Source: press office of the Ministry …' name an office, read below: never
                # its first word)
                yield "adapted_from", name, "attribution in the text ('Adapted from X')"
            if rx is _TOLD and len(name.split()) == 1 and re.match(r"\s*,?\s*(?:со\s+ссылкой|ссылаясь|citing|referring)", body[m.end():m.end() + 30]):
                # 'передает Steppe со ссылкой на …', 'reports Steppe, citing …': only an outlet cites its sources
                got = outlet_from(name, strong=True)
                if got:
                    yield "citing", got, f"attribution in the text ('X, citing …'): {_short(m.group(0))!r}"
            if rx is _TOLD and re.match(r"told\s", m.group(0)) and len(name.split()) <= 2 and outlet_shaped(name) and not person_name(name):
                got = outlet_from(name, strong=True)  # 'the minister told KyrgyzWire': a name written as newsrooms write theirs
                if got and under_own_masthead(got, name):
                    # 'SahelInfo — English' over '… the minister told RTN': a page under its own masthead quotes what
                    # a broadcaster was told; the broadcaster is the source only of a page without a masthead of its own
                    late.append(("told_x", got, f"attribution in the text ('told X'), under the page's own masthead: {_short(m.group(0))!r}"))
                elif got:
                    yield "told_x", got, f"attribution in the text ('told X'): {_short(m.group(0))!r}"
            if rx is _TOLD and p.lang == "ru" and re.match(r"(?:сообща\w+|переда[её]т|пишет|информирует)\s", m.group(0))\
                    and re.fullmatch(r"[A-Z][\w.&\-]+(?: [A-Z][\w.&\-]+)?", name.split("\n")[0].rstrip(".")):
                # 'сообщает Caspian Wire': a Russian text writes people in Cyrillic; a Latin name told the news
                got = outlet_from(name.split("\n")[0], strong=True)
                if got:
                    yield "latin_after_ru_verb", got, f"a Latin-script name after a Russian verb of telling: {_short(m.group(0))!r}"
            if rx is _TOLD:
                # An outlet the list does not know: a web address ('сообщает портал steppecourier.kz'),
                # or a name that says it is an outlet ('told Karavan Daily').
                first = name.split()[0]
                got = (outlet_from(first) if domain_of(first) else None) or (
                    outlet_from(name, strong=True) if AGENCY_WORDS.search(name) else None)
                if got and re.match(r"told\s", m.group(0)) and under_own_masthead(got, name):
                    late.append(("told_unlisted", got, f"attribution in the text ({what}), under the page's own masthead: {_short(m.group(0))!r}"))
                elif got and paper_quotes(got, m.start()):
                    # ('The plan was first reported by Adriatic Wire' past the lead of a paper its foot credits again)
                    late.append(("told_unlisted", got, f"attribution in the text ({what}), past the lead of a paper under "
                                                       f"its own masthead: {_short(m.group(0))!r}"))
                elif got:
                    yield "told_unlisted", got, f"attribution in the text ({what}): {_short(m.group(0))!r}"
    for m in _QUOTED_SAYS.finditer(body):  # 'сообщает «Степной курьер»', 'пишет газета «Степь»'
        if not NOT_OUTLET.search(m.group(0)):
            # ('передает корреспондент «Степного курьера»': a name the words before it inflect, in the nominative)
            between = m.group(0)[:m.start(1) - m.start(0)].split()[1:]
            name = issuer.nominative_ru(m.group(1)) if between and not KIND_BEFORE_NAME.match(" ".join(between) + " X")\
                else m.group(1)
            got = outlet_from(name, strong=True)
            if got:
                yield "quoted_says", got, f"an outlet named in quotes after a verb of telling: {_short(m.group(0))!r}"
    for name, phrase, inflected in issuer.spoken_to(body, p.lang):
        # 'said in an interview with Baltic Courier', 'told a Baltic Courier correspondent', 'в интервью «Степному
        # курьеру»', 'как стало известно «Степному курьеру»': the newsroom the news was told to (a person's name never)
        name = issuer.nominative_ru(name) if inflected else name
        if p.lang != "ru" and person_name(name) and not outlet_shaped(name):
            continue  # (a Russian text's name in quotes is never a person's)
        got = outlet_from(name, strong=True)
        if got:
            if under_own_masthead(got, name):
                late.append(("spoken_to", got, f"the outlet the text says the news was told to, under the page's own masthead: {_short(phrase)!r}"))
            else:
                yield "spoken_to", got, f"the outlet the text says the news was told to: {_short(phrase)!r}"
    for rx in _AGENCY_NOUN:
        m = rx.search(body)
        if m:
            name = m.group(1).strip()
            if paper_quotes(outlet_name(name) or name, m.start()):
                late.append(("agency_noun", outlet_name(name) or name, f"an outlet the text names as one, past the lead of a "
                                                                       f"paper under its own masthead: {_short(m.group(0))!r}"))
                continue
            yield "agency_noun", outlet_name(name) or name, f"an outlet the text names as one: {_short(m.group(0))!r}"
    first_text = next((ln.number for ln in labelled if ln.label == "body"), len(labelled) + 1)
    # (a 'Source: Press Service of the Ministry of Defence of X' line is no paragraph of prose, however long: it closes it)
    last_prose = max((ln.number for ln in labelled if ln.label == "body" and len(line_text(ln).split()) >= 8
                      and not _SOURCE_LINE.match(line_text(ln))), default=0)
    first_prose = min((ln.number for ln in labelled if ln.label == "body" and len(line_text(ln).split()) >= 8), default=0)
    # (on a page of several items, a digest's, the story's own 'Source:' line under its headline comes before another item's
    # above it)
    below_head = [ln for ln in labelled if p.headline_line is not None and ln.number > p.headline_line]
    for ln in below_head + [ln for ln in labelled if ln not in below_head]:  # 'Source: X', 'Источник: X', 'По материалам X' on a line of its own (a 'headline' under the text too)
        t = line_text(ln)
        m = _SOURCE_LINE.match(t)
        if m and (ln.label != "headline" or ln.number > first_text) and len(t.split()) <= 12\
                and not _under_figures(labelled, ln.number, last_prose):
            named = re.split(r"\s+[|•]\s+|,\s+(?=\d)", m.group(1))[0]
            # ('Текст и фото: Данияр Абенов' names the writer, a person: only an office there is a source, below)
            got = outlet_from(credited_name(named), strong=True) if not re.match(r"(?i)\W{0,3}(?:text|текст)\b", t) else None
            if got:
                yield "source_line", got, f"line {ln.number}: '{m.group(0)[:m.start(1)].strip()}' line"
            # 'Source: Press Service of the Ministry of Defence of X', 'Источник: пресс-служба Министерства
            # обороны X': the office's ministry, by its English name (a press service is no outlet), unless an
            # outlet names itself as the page's masthead (it had the news from the office).
            # (an explicit 'Source:' / 'Источник:' sign-off naming the origin outranks the paper's own masthead: the
            # paper carried the ministry's copy, as a dateline's agency credit does; 'По материалам …' is the paper's
            # own story written from the office's material, under its masthead when it has one)
            # (a 'Source:' line between paragraphs, under a photo or a chart, credits that picture, not the text: the
            # masthead stays first there)
            # ('Source: Press Service of the Security Council of Armenia': the state body the press service serves)
            got = (resolve_source_phrase(named, p.lang, registry) or institution_credit(named, p.lang)
                   or stateless_office(named, labelled, p)) if _OFFICE_WORDS.search(named) else None
            # (round 19: 'По материалам пресс-службы …', 'Текст и фото: пресс-служба …', 'Text and photos: Press Service of
            # …' under the text credit the copy to the office as 'Источник:' does)
            sign_off = re.match(r"(?i)\W{0,3}(?:source|источник|по материалам|(?:text|текст)\s+(?:and|и)\s+(?:photos?|pictures?|фото))\b",
                                t) and ln.number > last_prose
            mast = _probe(_strong_masthead, labelled, p) if got and not sign_off else None
            if mast:
                yield "strong_masthead", *mast
            if got and first_prose < ln.number < last_prose and p.tail_source:
                late.append(("source_line_office", got, f"line {ln.number}: a source line naming an office between the "
                                                        f"paragraphs (a picture's credit): {_short(named)!r}"))
            elif got:
                yield "source_line_office", got, f"line {ln.number}: a source line naming an office: {_short(named)!r}"
    for ln in labelled:  # a press release's number naming its issuer: 'No PR-155/2019-ISPR', '№ 42/2023-ПС'
        m = _RELEASE_NUMBER.match(line_text(ln))
        if m and ln.label != "body":
            got = outlet_name(m.group(1)) or outlet_from(m.group(1), strong=True)
            if got:
                yield "release_number", got, f"line {ln.number}: the issuer in a press release's number"
    # An agency's sign-off closing the text: '… the minister said. (Steppe Wire)', or alone on the
    # line under it: '(Steppe Wire)', '/Steppe Wire/', '— Steppe Wire'.
    prose = [ln for ln in labelled if ln.label == "body" and len(line_text(ln).split()) >= 8]
    if prose:
        last = prose[-1]
        after = next((ln for ln in labelled if ln.number > last.number and ln.label != "blank"), None)
        m = _SIGN_OFF_END.search(line_text(last))
        m2 = _SIGN_OFF_LINE.match(line_text(after)) if after is not None else None
        for mm, ln in ((m, last), (m2, after)):
            if mm:
                got = outlet_from(mm.group(1), strong=True)
                if got:
                    yield "sign_off", got, f"line {ln.number}: an agency's sign-off closing the text"
        # '… the ministers said. Source: Ministry of Defence of Georgia': a source line run into the last paragraph
        m = _SOURCE_AT_END.search(line_text(last))
        if m:
            named = m.group(1).strip(QUOTE_MARKS + " .")
            got = resolve_source_phrase(named, p.lang, registry) if _OFFICE_WORDS.search(named) else\
                (outlet_from(credited_name(named), strong=True) if not re.search(r"(?i)photo|фото", named) else None)
            if got:
                yield "source_at_end", got, f"line {last.number}: 'Source: …' closing the last paragraph: {_short(named)!r}"
        # 'Doha: The chief of staff met … training. (QPA)': the agency's tag closing the lead paragraph credits the
        # story as a dateline does (a name in capitals or a listed outlet, after the sentence's end)
        # (an organisation's initials are no agency's tag: '… the two ministers said. (CSTO)' names the bloc the story
        # is about, as does a tag the text also writes elsewhere)
        m = _SIGN_OFF_END.search(line_text(prose[0])) if prose[0] is not last else None
        if m and (outlet_name(m.group(1)) or re.fullmatch(r"[A-ZА-ЯЁ]{2,8}", m.group(1))
                  and not packaged_registry().organization(m.group(1))
                  and len(re.findall(r"(?<!\w)" + re.escape(m.group(1)) + r"(?!\w)", body)) == 1):
            got = outlet_name(m.group(1)) or outlet_from(m.group(1), strong=True)
            if got:
                yield "lead_sign_off", got, f"line {prose[0].number}: an agency's tag closing the lead paragraph"
    got = _initials_signoff(labelled, p)
    if got:
        yield "initials_signoff", got[0], f"line {got[1]}: an office's sign-off by initials, spelt out by the page"
    got = _signoff_block(labelled, p)
    if got:
        yield "signoff_block", got[0], f"line {got[1]}: a ministry's sign-off under the text"
    if p.tail_source and _STATE_DOMAIN.fullmatch(p.tail_source.strip()):
        # ('© 2025 mil.am' under a ministry's release: a state's web address is the site of a body the page's header or
        # sign-off names, after them)
        late.append(("tail_source", p.tail_source, "the foot of the page ('©'), a state's web address"))
    elif p.tail_source:
        yield "tail_source", p.tail_source, "the foot of the page ('©', 'Follow us')"
    got = _rights_line(labelled, p)
    if got and issuer.company_form(got[0]):
        # ('Steppe Media Holding LLC — all rights reserved' under the masthead 'Khovd Tribune': the company owns the
        # title; the masthead the page prints comes first)
        late.append(("rights_line", got[0], f"line {got[1]}: the company a rights notice under the text names"))
    elif got:
        yield "rights_line", got[0], f"line {got[1]}: the outlet a rights notice under the text names ('X — all rights reserved')"
    got = _probe(lambda _, q: _phrase_source(q, registry), labelled, p) if p.source_phrase else None
    if got:
        yield "phrase_source", *got
    for ln in labelled:  # 'Ministers meet in Astana | Kazinform': the site's name after the headline
        if ln.label == "headline":
            parts = re.split(r"\s+[|–—-]\s+|\s*\|\s*", line_text(ln))
            got = outlet_name(parts[-1].strip(QUOTE_MARKS + " .")) or (outlet_from(parts[-1]) if domain_of(parts[-1]) else None)
            if len(parts) > 1 and got:
                yield "after_headline", got, f"line {ln.number}: the outlet's name after the headline"
            break
    m = _RELEASE_OF.search(body)
    if m:  # 'according to a press release of the Inter-Services Public Relations Directorate (ISPR)'
        name, abbr = " ".join(m.group("name").split()), m.group("abbr")
        got = outlet_name(abbr) or outlet_name(name) or (f"{name} ({abbr})" if abbr else name)
        yield "release_of", got, f"the text names the issuer of a press release: {_short(m.group(0))!r}"
    got = _header_organisation(labelled, p)
    if got:  # the page's own top names a mission, a government, a ministry or a company: it issued the page
        yield "header_organisation", got[0], (f"line {got[1]}: the page names its issuer in its header or under its text "
                                              f"({got[2]}){got[3] if len(got) > 3 else ''}")
    # A masthead that says it is an outlet (its tagline, 'общественно-политическая газета', or its issue line
    # '№ 47 (1283)') or that the page credits again at its foot ('Подписывайтесь на X') is the paper the text
    # was printed in: a ministry's press service the text cites is where the paper had the news from.
    got = _probe(_strong_masthead, labelled, p)
    if got:
        yield "strong_masthead", *got
    # The outlet the page names as its own on top and again under its text outranks a ministry (its press service, its
    # website, its statement) the text cites: the paper had the news from it ('сообщили в Минобороны России' under
    # '«Арсенал Отечества»' … '© «Арсенал Отечества»'). A cited ministry is the source of a page naming no outlet.
    got = _named_again(labelled, p)
    if got:
        yield "named_again", got[0], f"line {got[1]}: the outlet's name as the page's masthead, named again under the text (line {got[2]})"
    # (a channel's or an account's own header over its post names the publisher: a ministry's press service the post
    # cites for its facts, 'по данным пресс-службы …', comes after it; a copy credit, 'По материалам …', before)
    got = _channel_header(labelled)
    if got:
        yield "channel_header", outlet_name(got[0]) or got[0], f"line {got[1]}: a channel's name over its member count"
    got = _account_header(labelled)
    if got:
        yield "account_header", outlet_name(got[0]) or got[0], f"line {got[1]}: the display name of the account that posted ('Name @handle · Follow')"
    m = _WEBSITE_OF.search(body)
    if m:
        # 'according to the website of Kazakhstan's presidential Information Bureau': the office, by its name with its
        # state ('Information Bureau of the President of Kazakhstan'); a ministry by the ministry's name
        got = _office_name(m, p.lang)
        if got:
            yield "website_of", got, f"the text names an office's website or statement as the origin: {_short(m.group(0))!r}"
    # The text naming a ministry's press service, release or statement as its origin outweighs the site's
    # masthead ('сообщает пресс-служба Министерства обороны X', 'according to a defence ministry statement').
    m = _MINISTRY_SAYS_RU.search(body) or _MINISTRY_SAYS.search(body)
    if m and re.search(r"(?i)пресс-служб|press service|press release|statement", m.group(0)):
        lead = next((ln for ln in labelled if ln.label == "body"), None)
        name = ministry_name(m.groupdict().get("min") or m.groupdict().get("min2") or "", line_text(lead) if lead else "", p.lang)
        if name:
            yield "ministry_press_service", name, f"the text names a ministry's press service as the origin: {_short(m.group(0))!r}"
    for m in _PRESS_SERVICE_OF.finditer(body):
        # 'the press service of the Ministry of Defence of Kyrgyzstan reported', 'according to the press office of the
        # Security Council of Armenia', 'сообщает пресс-служба Совета безопасности Кыргызской Республики': the body whose
        # press service the text names is the origin (a ministry or a state body that names its state)
        org = " ".join((m.group("org") or m.group("org_ru")).split())
        name = issuer.state_body(org, p.lang) or (ministry_name(org, "", p.lang) if _MINISTRY_WORDS.search(org) and _place_in(org, p.lang) else None)
        if name:
            yield "press_service_of", name, f"the text names the press service of a state body as the origin: {_short(m.group(0))!r}"
            break
    first = next((ln for ln in labelled if ln.label != "blank"), None)
    if first is not None and first.label != "body" and outlet_name(line_text(first).strip(QUOTE_MARKS + " .|")):
        yield "first_line_masthead", outlet_name(line_text(first).strip(QUOTE_MARKS + " .|")), f"line {first.number}: the outlet's name as the page's masthead"
    got = _masthead(labelled, p.site_owner)
    if got:
        yield "masthead", got[0], f"line {got[1]}: the outlet's name as the page's masthead, {got[2]}"
    yield from late
    got = _outlet_under_headline(labelled)
    if got:
        yield "under_headline", got[0], f"line {got[1]}: an outlet's name alone between the headline and the text"
    body_n = [ln.number for ln in labelled if ln.label == "body" and len(line_text(ln).split()) >= 12]
    last_body = max(body_n) if body_n else 0
    first_body = min(body_n) if body_n else 0
    foot = [ln for ln in labelled if (ln.label in ("caption", "byline") or (ln.number > last_body and ln.label != "blank"
                                                                             and len(line_text(ln).split()) <= 8))][:60]
    for ln in foot:
        got = (known_in(line_text(ln)) if not _related_item(ln) and not photo_credit_line(line_text(ln))
               and not desk_credit(line_text(ln)) else None)  # ('Staff Report' names no agency 'Report')
        if got:
            yield "foot_known", got, f"line {ln.number}: outlet named in a {ln.label} line at the foot"
    below = [ln for ln in labelled if ln.number >= last_body and ln.label != "blank"
             and (ln.label != "caption" or domain_of(line_text(ln)))][:60]
    for ln in below:  # an outlet the list does not know, named at the foot: 'News.Az', 'Steppe Agency website …'
        t = line_text(ln)
        m = _FOOT_AGENCY.search(t)
        if ln.number == last_body and (m is None or m.start() > 0):
            continue  # the last paragraph counts only when it opens with the agency's name (a notice about it)
        got = outlet_from(m.group(1), strong=True) if m else None
        if not got:
            doms = [d for d in (domain_of(w) for w in t.split()) if d]
            got = outlet_from(doms[0]) if doms and len(t.split()) <= 6 else None
        if not got and len(t.split()) <= 12:
            # 'Send your news to editor@steppecourier.kz': the newsroom's own mail domain (not a webmail's)
            # (a newsroom's mailbox, 'editor@', 'news@', 'info@': a person's ('choijw@') or a release's media contact
            # ('Media contact: press@company.com') names no outlet)
            mail = _EMAIL.search(t)
            # (a sales desk's, 'Advertising: ads@x', 'Реклама: reklama@x', is no newsroom's)
            got = outlet_from(mail.group(1)) if mail and not _WEBMAIL.match(mail.group(1)) and not _SALES_BOX.search(
                t[:mail.start(1) - 1]) and _NEWSROOM_BOX.fullmatch(
                t[mail.start():mail.start(1) - 1]) and not issuer.media_contact(t) else None
        if got:
            yield "foot_agency", got, f"line {ln.number}: an outlet named at the foot ({_short(t, 50)!r})"
    for ln in labelled[:200]:  # a credit in capitals or a web address above the text ('PR-42/2020-PRESS', 'www.example-news.tj')
        if ln.number >= last_body:
            break
        if ln.label == "body":
            continue
        t = line_text(ln)
        got = known_in(t) if not photo_credit_line(t) else None
        if got and len(t.split()) <= 8 and any(outlet_name(w) == got for w in re.findall(r"[^\W\d_][\w.]*[^\W\d_]", t) if w.isupper() or "." in w):
            yield "credit_above", got, f"line {ln.number}: outlet credit above the text"
    got = _masthead_alone(labelled, p)
    if got:
        yield "masthead_alone", got[0], f"line {got[1]}: the outlet's name as the page's masthead, {got[2]}"
    if p.site_owner:
        lead = next((ln for ln in labelled if ln.label == "body"), None)
        name = ministry_name(p.site_owner, line_text(lead) if lead else "", p.lang)
        if name:
            yield "site_owner", name, f"the site's name on the first line: {p.site_owner!r}"
    m = _GENSTAFF_SAYS.search(body)
    if m:
        lead = next((ln for ln in labelled if ln.label == "body"), None)
        from generator.reference.countries import index

        phrase = m.group("gs") or m.group("gs_en") or ""
        home = home_side(line_text(lead), body, p.lang) if lead else None
        hits = index().find(phrase, p.lang) or ([] if home else index().find(line_text(lead) if lead else "", p.lang))
        code = hits[0].code if hits else home
        if code:
            yield "general_staff", f"General Staff of the Armed Forces of {index().name(code)}", f"only a General Staff is named as the origin: {_short(m.group(0))!r}"
    m = _SPOKES_STATEMENT.search(body)
    if m:
        # 'DND spokesperson Assistant Secretary A said in a statement': the ministry (its initials spelt out by the
        # page) issued the statement the text quotes
        phrase = spelt_out(m.group("org"), labelled) if re.fullmatch(r"[A-Z]{2,6}", m.group("org")) else m.group("org")
        from generator.reference.countries import index

        lead = next((ln for ln in labelled if ln.label == "body"), None)
        # (its country the phrase's, else the first state the lead names: not where the meeting was held)
        first = index().find(line_text(lead), p.lang) if lead else []
        name = (ministry_name(phrase, "", p.lang) or (ministry_name(f"{phrase} of {index().name(first[0].code)}", "", p.lang)
                                                     if first else None)) if phrase and _MINISTRY_WORDS.search(phrase) else None
        if name:
            yield "spokes_statement", name, f"a ministry's spokesperson's statement is quoted: {_short(m.group(0))!r}"
    m = _MINISTRY_SAYS.search(body) or _MINISTRY_SAYS_RU.search(body) or _MINISTRY_REPORTED.search(body)\
        or _ACCORDING_TO_MINISTRY.search(body) or _STATEMENT_FROM_MINISTRY.search(body) or next((x for x in _MINISTRY_CLOSES.finditer(body) if x.group("q") or names_a_country(x.group("min"), p.lang)
                                 or not p.author), None)
    # (a bare '…, the Defence Ministry reported [on May 20].' under a reporter's byline is reported speech inside an
    # outlet's story (seed 000's gold); a ministry that names its country, 'the Vietnamese defence ministry said', or
    # cites its website or statement, is the origin, and so is a bare one on a page that signs no person: '…, the
    # Ministry of Defence said on Monday.' (its state the dateline's, then the host's; an outlet the page names
    # comes first, by the rules' order))
    if m:
        phrase = m.groupdict().get("min") or m.groupdict().get("min2") or m.groupdict().get("min3") or ""
        lead = next((ln for ln in labelled if ln.label == "body"), None)
        name = ministry_name(phrase, line_text(lead) if lead else "", p.lang, body)
        if name:
            yield "ministry_origin", name, f"only a ministry is named as the origin: {_short(m.group(0))!r}"
    if p.source_phrase:  # an official-site footer no organisation could be read from: the phrase as written
        yield "source_phrase", p.source_phrase, f"official-site footer: {p.source_phrase!r}"
    foot = [ln for ln in labelled if ln.label in ("caption", "byline", "chrome")]
    body_n = [ln.number for ln in labelled if ln.label == "body"]
    last_body = max(body_n) if body_n else 0
    for ln in foot:
        if (ln.label == "chrome" and ln.number < last_body or _related_item(ln) or photo_credit_line(line_text(ln))
                or desk_credit(line_text(ln))):
            continue
        got = known_in(line_text(ln))
        if got:
            yield "known_in_credit", got, f"line {ln.number}: outlet named in a {ln.label} line"
    for ln in labelled:  # the only credit a photo's: 'Photo: Steppe Ledger / Aidar Sultanov', 'Фото: Айдар Султанов, «Степь»'
        m = _PHOTO_BY.match(" | ".join(x for x in line_text(ln).split(" | ") if not date_only(x, p.lang)))  # a timestamp beside it
        if not m or ln.label == "headline":
            continue
        parts = [x.strip(QUOTE_MARKS + " .") for x in re.split(r"\s*[/|,]\s*|\s+[–—-]\s+", m.group(1)) if x.strip(QUOTE_MARKS + " .")]
        # ('Photo: Reuters', 'Фото: ТАСС' alone name the picture's origin, never the text's: only a credit that pairs
        # an outlet with a person, the paper's own photographer, 'Photo: Steppe Ledger / Aidar Sultanov', counts)
        for x in parts if len(parts) >= 2 else ():
            got = outlet_name(x) or (outlet_from(x, strong=True) if len(parts) >= 2 and (outlet_shaped(x) or not person_name(x))
                                     and any(person_name(y) for y in parts if y is not x) else None)
            if got:
                yield "photo_credit", got, f"line {ln.number}: the only credit is a photo's ({_short(line_text(ln), 50)!r})"
    nonblank = [ln for ln in labelled if ln.label != "blank"]
    for ln in nonblank[:3] + nonblank[-3:]:  # the page's own address printed at its top or foot
        dom = domain_of(line_text(ln))
        # ('some-review.com' alone as the page's first line, over 'Reader View' / '4–5 minutes': a reading view's
        # header, the site's address)
        alone = ln is nonblank[0] and dom and _BARE_ADDRESS.fullmatch(line_text(ln).strip()) and not SOCIAL.search("." + dom)\
            and not _HOST_NO_OUTLET.search("." + dom)
        if dom and ("/" in line_text(ln) or alone) and ln.label not in ("caption",):
            yield "own_address", outlet_from(dom), f"line {ln.number}: the page's own address"


#: A web address alone on its line: 'some-review.com', 'https://www.some-review.com'.
_BARE_ADDRESS = re.compile(r"(?i)(?:https?://)?(?:www\.)?(?:[^\W_][\w-]*\.)+[^\W\d_]{2,10}/?")
_ORG_WORDS = r"(?:[A-Z][\w’'\-]*|of|the|and|for)"
_SPOKES_STATEMENT = re.compile(
    r"(?<![\w-])(?P<org>[A-Z]{2,6}|(?:[A-Z][\w-]+\s+)?(?:Defen[cs]e|MoD)\s+[Mm]inistry|[Mm]inistry\s+of\s+(?:[Nn]ational\s+)?"
    r"[Dd]efen[cs]e|Department\s+of\s+(?:National\s+)?Defen[cs]e)(?:’s|'s)?\s+(?:spokes(?:person|man|woman)|press\s+secretary)\b"
    r"[^.\n]{0,80}?\bsaid\s+in\s+a\s+(?:statement|press\s+release)")
_RELEASE_OF = re.compile(
    r"(?:press\s+release|statement|communiqu[ée]|press\s+service)\s+(?:of|from|by|issued\s+by)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w’'\-]*(?:\s+" + _ORG_WORDS + r"){1,7}?)\s*\((?P<abbr>[A-Z][A-Za-z]{1,7})\)")
_MINISTRY_WORDS = re.compile(r"(?i)министерств\w*\s+(?:национальной\s+)?обороны|минобороны|ministry\s+of\s+(?:national\s+)?defen[cs]e|"
                             r"defen[cs]e\s+ministry|department\s+of\s+(?:national\s+)?defen[cs]e")


_INITIALS_ALONE = re.compile(r"^\W{0,3}([A-Z]{2,6})\W{0,3}$")
_INITIALS_PAIR = re.compile(r"^\W{0,3}([A-Z]{2,6})\s*/\s*([A-Z]{2,6})\W{0,3}$")


def _initials_signoff(labelled, p: ParsedDraft) -> tuple[str, int] | None:
    """'DPR/GAF' alone under the text: an office (Directorate of Public Relations) of an institution, signing
    its release; the source is the institution, by the name the page spells its initials with (else as
    written)."""
    body_n = [ln.number for ln in labelled if ln.label == "body" and len(line_text(ln).split()) >= 8]
    if not body_n:
        return None
    for ln in [x for x in labelled if x.number > max(body_n) and x.label != "blank"][:4]:
        alone = _INITIALS_ALONE.match(line_text(ln))
        if alone and not outlet_name(alone.group(1)):
            # 'ISD' (or '-ISD-') alone under a release: the office that issued it, by the name the page spells
            # its initials with (an abbreviation the page never spells out is left alone)
            name = spelt_out(alone.group(1), labelled)
            if name and (re.match(r"(?i)(?:the\s+)?ministry|министерство", name) or NOT_OUTLET.search(name)
                         or ISSUER_WORD.search(name)):
                return (ministry_name(name, "", p.lang) if re.match(r"(?i)(?:the\s+)?ministry", name) else None) or name, ln.number
            continue
        m = _INITIALS_PAIR.match(line_text(ln))
        if m and not outlet_name(m.group(2)):
            name = spelt_out(m.group(2), labelled)
            if name and re.match(r"(?i)(?:the\s+)?ministry|министерство", name):
                return ministry_name(name, "", p.lang) or name, ln.number
            if name:
                return name, ln.number
            # ('VM/JS', 'RK/SR': the clerks' initials under a release, never spelt out, name no one)
    return None


OFFICE_OPENS = re.compile(r"(?i)^\W{0,3}(?:департамент|управление|пресс-служба|пресс-центр|отдел|служба|информационн\w+\s+служба|"
                          r"press\s+(?:service|office|centre|center)|media\s+(?:centre|center|office)|department|directorate|"
                          r"public\s+(?:relations|affairs)|information\s+(?:service|department|office))\b")


def _header_ministry_with_state(labelled, lang: str) -> str | None:
    """The ministry a line over the headline names with its state ('Ministry of National Defence of Lithuania',
    'UAE Ministry of Defence', 'Министерство обороны Республики Казахстан'), by its English name."""
    from generator.reference.countries import index

    for ln in labelled:
        if ln.label in ("headline", "body"):
            break
        t = " ".join(line_text(ln).split())
        if ln.label != "blank" and len(t.split()) <= 10 and _MINISTRY_WORDS.search(t) and index().find(t, lang):
            return ministry_name(t, "", lang)
    return None


def _signoff_block(labelled, p: ParsedDraft) -> tuple[str, int] | None:
    """A release signed off on short lines under its text ('Media Centre / Ministry of Defence /
    Mongolia', 'Пресс-служба / Министерства обороны / Туркменистана'): the ministry the lines name
    together, with its country named in them. (ministry's name, first line number)"""
    from generator.reference.countries import index

    # (an office's name on a line of its own, no sentence, is the sign-off even when the model read it as text)
    body_n = [ln.number for ln in labelled if ln.label == "body" and len(line_text(ln).split()) >= 8
              and not ((OFFICE_OPENS.match(line_text(ln)) or _ISSUED_BY.match(line_text(ln)))
                       and len(line_text(ln).split()) <= 14 and not PROSE_END.search(line_text(ln)))]
    if not body_n:
        return None
    after = [ln for ln in labelled if ln.number > max(body_n) and ln.label != "blank"][:8]
    # (a related list's heading, 'Популярное', 'Read also', ends the article: the titles under it are other articles')
    after = after[:next((k for k, ln in enumerate(after) if RELATED.match(line_text(ln))), len(after))]
    lead = next((line_text(ln) for ln in labelled if ln.label == "body" and len(line_text(ln).split()) >= 8), "")
    body = "\n".join(line_text(ln) for ln in labelled if ln.label == "body")
    for i in range(len(after)):
        run: list = []
        context = None  # the issuer's ministry of the country read from the text, when its lines name none
        for ln in after[i:i + 4]:
            if _PHOTO_BY.match(line_text(ln)):
                break  # 'Photo: Ministry of Defence of X', 'Фото: пресс-служба …': whose picture it is, not who published
            if FACTS_FROM.match(line_text(ln)) or _HASHTAGS.fullmatch(line_text(ln).strip()):
                # ('По информации пресс-центра Минобороны РТ.', 'According to the ministry's press service.' closing a
                # post or an article: where its facts come from, said by whoever published it, no office signing it; a
                # line of hashtags under it is the post's, never a part of an office's name)
                break
            # (one longer line opening with the office: 'Департамент информации и массовых коммуникаций
            # Министерства обороны Российской Федерации', 'Press Service of the Ministry of Defence of X')
            issued = not run and _ISSUED_BY.match(line_text(ln))
            office = not run and len(line_text(ln).split()) <= 14 and bool(OFFICE_OPENS.match(line_text(ln)[issued.end():] if issued else line_text(ln)))
            if (len(line_text(ln).split()) > 6 and not office) or (run and ln.number - run[-1].number > 2):
                break
            if run and context and not index().find(line_text(ln), p.lang):
                break
            if _TITLE_VERB.search(line_text(ln)):
                break  # 'Минобороны Армении закупит новые радары': a finite verb, another article's title, not an office
            run.append(ln)
            joined = " ".join(line_text(x) for x in run)
            if _MINISTRY_WORDS.search(joined) and index().find(joined, p.lang):
                name = ministry_name(joined, "", p.lang)
                if name:
                    return name, run[0].number
            if not context and _MINISTRY_WORDS.search(joined) and (_ISSUED_BY.match(line_text(run[0])) or OFFICE_OPENS.match(line_text(run[0]))):
                # 'Issued by the Media Office, Ministry of Defence', 'Released by the Public Relations Directorate, Ministry
                # of Defence': the release's issuer names its ministry but not the country (unless a line under it
                # does); the country is the one the text reports from (its dateline's or host city's, else the
                # reporting side's)
                # (the page's own header naming the ministry with its state, 'Ministry of National Defence of
                # Lithuania' over the headline, says which state's it is before the text does)
                name = _header_ministry_with_state(labelled, p.lang) or ministry_name(
                    _MINISTRY_WORDS.search(joined).group(0), lead, p.lang, body)
                context = (name, run[0].number) if name else None
        if context:
            return context
    return None


#: A finite verb after a capitalised opening: a headline's predicate ('Минобороны Армении закупит новые радары', 'провела
#: учения', 'Ministry of Defence to buy radars', 'Ministry of Defence signs …'), which an office's name never has.
_TITLE_VERB = re.compile(
    r"(?<![\w-])(?!(?:совет|кабинет|бюджет|пакет|предмет|генерал|адмирал|маршал|канал|журнал|портал|персонал|трибунал|"
    r"кредит|лимит|капитал|материал|арсенал|сигнал|финал)(?![\w-]))[а-яё]{2,}(?:ит|ет|ют|ут|ят|ал|ала|али|ило|ил|ила|или|ел|ела|ели|ыл|ыла|ыли|"
    r"ится|ется|ются|утся|ятся|ался|алась|ались|ился|илась|ились)(?![\w-])|"
    r"(?<=\s)(?:to\s+(?!the\b)[a-z]{2,}|will|has|have|is|are|was|were|says|said|signs|signed|opens|holds|hosts|buys|"
    r"plans|receives|meets|discusses|announces)(?![\w-])")


#: A line that says where the text's facts come from ('По информации пресс-центра …', 'По данным пресс-службы …',
#: 'According to the press service of …'): an attribution by the publisher, no sign-off ('По материалам …' credits the copy).
FACTS_FROM = re.compile(r"(?i)^\W{0,3}(?:по\s+(?:информации|данным|сведениям|сообщению)|согласно\s+(?:информации|данным|сообщению)|"
                        r"как\s+(?:сообщили|сообщает|сообщается|информирует)|according\s+to|as\s+(?:stated|announced|said)\s+by|"
                        r"(?:based\s+on\s+)?information\s+(?:from|provided\s+by))\s")
#: A line of hashtags alone ('#армия #Узбекистан'): a post's, never an office's.
_HASHTAGS = re.compile(r"(?:#[^\W\d][\w]*[\s,]*)+")


#: The cue of a release's issuer at its foot: 'Issued by …', 'Released by …', 'Выпущено …', 'Подготовлено …'.
_ISSUED_BY = re.compile(r"(?i)^\W{0,3}(?:issued|released|distributed|published|prepared|circulated)\s+by\s*:?\s+(?:the\s+)?|"
                        r"^\W{0,3}(?:подготовлено|распространено|опубликовано)\s+")


_NEWSROOM_BOX = re.compile(r"(?i)editors?|editorial|edit|news|newsroom|redakt\w*|redakc\w*|redaction|red|tips|desk|letters|info|"
                           r"mail|office|contacts?|feedback|reklama|ads|adv|post|webmaster|admin|hello|submit|submissions")
#: A word of a channel's name, no person's ('Baltic Naval Watch', 'Steppe Defence Insider', 'Caspian Military Blog').
_CHANNEL_NAME_WORD = re.compile(r"(?i)(?<!\w)(?:watch|insider|blog|channel|media|tv|radio|live|online|info|insight|analytics|"
                           r"defen[cs]e|military|army|naval|navy|security|war|front|world|global|region|club|hub|today|"
                           r"updates?|alerts?|feed|room|desk|intel|osint|канал|новост\w*|блог|медиа)(?!\w)")
#: A sales desk's mailbox or its label: 'Advertising: ads@x', 'Реклама: reklama@x', 'adv@x', 'sales@x'.
_SALES_BOX = re.compile(r"(?i)advertis\w*|реклам\w*|(?<![\w.+-])(?:ads|adv|reklama|sales|marketing)$")
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@((?:[^\W_][\w-]*\.)+[^\W\d_]{2,})\b")
_WEBMAIL = re.compile(r"(?i)(?:.*\.)?(?:gmail|googlemail|mail|yandex|ya|yahoo|outlook|hotmail|live|icloud|proton|protonmail|rambler|bk|inbox|list|aol|gmx)\.\w+$")
_RELEASE_NUMBER = re.compile(r"^\W*(?:No\.?|Nr\.?|№|Ref\.?)\s*[A-ZА-ЯЁ]{0,4}[-\s]?\d{1,5}/(?:19|20)?\d\d[-/]([A-ZА-ЯЁ]{3,12})\s*$")
_FOOT_AGENCY = re.compile(r"(?<![\w.&-])((?:[A-Z][\w.&-]+\s){1,3}(?:News\s|Information\s|Press\s)?Agency)\b")
_PHOTO_CUE = re.compile(r"(?i)^\W{0,3}(?:photos?|фото|picture|image|изображение|снимок|кадр)(?:\s+credit)?\s*(?:[:©]|by\b)")


def photo_credit_line(t: str) -> bool:
    """'Photo: Reuters', 'Фото: ТАСС', 'Photo by AFP': a picture's credit, which names the photo's origin, never the
    text's (the corpus convention: the source is who published the text)."""
    return bool(_PHOTO_CUE.match(t))


#: A host that publishes nobody's news of its own, alone as a page's first line: a blog platform, a web archive, a CDN
#: ('dzen.ru', 'web.archive.org', 'cdn.jsdelivr.net', 'x.cloudfront.net'); the outlet is named elsewhere, if at all.
_HOST_NO_OUTLET = re.compile(r"(?i)\.(?:(?:zen\.yandex|dzen|livejournal|medium|substack|blogspot|wordpress|tumblr|teletype|"
                             r"archive|archive\.(?:org|ph|today|is|li)|webcache\.googleusercontent)\.\w+|(?:web\.)?archive\.org|"
                             r"cdn\d*\.[\w.-]+|[\w-]+\.(?:cloudfront\.net|akamaized\.net|jsdelivr\.net|cdninstagram\.com))$")
#: ('Photo: X', 'Photo credit: X', 'Photo source: X', 'Источник фото: X', 'Источник изображения: X': a picture's credit)
_PHOTO_BY = re.compile(r"(?i)^\W{0,3}(?:источник\s+)?(?:photo|фото|picture|image|изображени[ея]|снимка|иллюстрации)"
                       r"(?:\s+(?:credit|source))?\s*(?:[:©]|by)\s*©?\s*(.{3,80}?)\s*$")
_REPUBLISHED = gated(
    r"(?i:(?:this|the)\s+(?:story|article|piece|report|post|interview|column|op-ed)\s+(?:was\s+)?(?:first|originally)\s+"
    r"(?:appeared|published|ran|posted)\s+(?:in|on|by|at)|(?:re-?published|reprinted|republished|reproduced|"
    r"shared)\s+(?:here\s+)?(?:with\s+(?:the\s+)?(?:kind\s+)?permission\s+(?:of|from)|from|courtesy\s+of)|"
    r"(?:originally|first)\s+published\s+(?:in|on|by|at)|"
    r"впервые\s+опубликован\w*\s+(?:в|на)|(?:перепечатан\w*|опубликован\w*)\s+с\s+разрешения|оригинал\s+(?:статьи\s+)?(?:опубликован\s+)?(?:в|на))"
    r"(?:\s+(?i:сайте|портале|страницах|газете|издании|(?:the\s+)?(?:website|site|pages|portal)(?:\s+of)?))?"
    r"\s+(?i:the\s+)?(?:[«\"“](?P<q>[^»\"”]{2,40})[»\"”]|(?P<n>(?:https?://)?(?:www\.)?[a-z0-9][\w\-]*(?:\.[\w\-]+)+(?=[\s,.;)]|$)|(?:www\.)?[A-ZА-ЯЁ][\w&\-]*(?:\.[\w\-]+)*(?:\s+[A-ZА-ЯЁ][\w&\-]*(?:\.[\w\-]+)*){0,3}))",
    needs=("first", "original", "published", "reprinted", "reproduced", "shared", "впервые", "перепечатан", "опубликован",
           "оригинал"), fold=True)
_INPUT_FROM = re.compile(r"(?i)^\W{0,3}(?:\(?\s*with\s+(?:additional\s+)?inputs?\s+from|with\s+additional\s+reporting\s+from|"
                         r"compiled\s+(?:with\s+input\s+)?from)\s+(?:the\s+)?(.{2,60}?)\s*[.)]*\s*$")
_OFFICE_WORDS = re.compile(r"(?i)ministry|министерств|минобороны|press service|press office|пресс-служб|department|general staff|генштаб|"
                           r"генеральн\w+ штаб|security council|совет\w* безопасности")
_SOURCE_LINE = re.compile(r"^\W{0,3}(?:(?:source|источник|original|оригинал|(?:text|текст)\s+(?:and|и)\s+(?:photos?|pictures?|фото))\s*[:\-–—]|"
                          r"по материалам|adapted from|"
                          r"(?:read (?:more|the (?:full|original) (?:story|article))|originally published|first published|читать)\s+(?:at|on|by|in|на)\s*:?)"
                          r"\s*(.+?)\s*$", re.IGNORECASE)

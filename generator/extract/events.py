"""When the reported meeting happened: the event date of one article.

A report is dated the day it was published, but the meeting it reports is often a day or two
earlier: "the ministry said on September 3", "Trend reports Feb. 6", "on Tuesday", "вчера",
"3 сентября". This module finds those date expressions in the body, reads the ones without a
year against the publication date (the latest such day not after it, unless it is a few weeks
ahead: then it is a coming day of the same year), and picks the one that
dates the reported meeting: the first in a sentence that reports the meeting (the lead, or a
sentence with a verb of meeting, talks, visit or signing) and not in a sentence about another
occasion ("It should be noted that ... on August 24", "earlier", "Напомним") or a later one
("to be held on May 9", "состоится"). After the lead proper (the first sentence about the meeting)
a day more than a week before the report is an earlier meeting ("the two ministers last met on 2
February"). When no date qualifies, the meeting is taken to be of the day of the report (the
article's own date), unless the lead only announces it ("will meet", "состоится встреча").

Only day dates count here; a month or a year alone ("in 2020", "in October") is too vague to
move the event off the publication date.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from generator.extract.daymath import NEAR_FUTURE_DAYS, md_apart  # noqa: F401  (re-exported: places, participants)
from generator.extract.daymath import limit as _limit, shift as _shift, slash_md as _slash_md, weekday_back as _weekday, with_year as _with_year
from generator.model import PartialDate
from generator.text.dates import month_pattern, month_prepositional_ru, month_words
from generator.text.lazy_re import gated

_MONTHS_EN = month_words("en")  # "january", "jan", "sept" … -> 1 … 12 (Babel, see generator.dates)
_MONTHS_RU = month_words("ru")  # "января", "январь", "янв", "сент" …
_MON_EN = rf"(?P<mon>{month_pattern('en', title=True)})\.?"
_MON_RU = rf"(?P<mon>{month_pattern('ru', form='format')})\.?(?!\w)"
_YEAR_TAIL = r"(?:,?\s+(?P<year>(?:19|20)\d\d)(?!\d))?"
# A span of days gives its first day ("18-20 May", "18 and 19 July", "from 17 to 19 June", "с 17 по 19 июня",
# "June 17-19"): the meeting began then.
_RANGE_EN = r"(?:\s*[-–—]\s*|\s+(?:and|to|till|until|through)\s+)"
_RANGE_RU = r"(?:\s*[-–—]\s*|\s+(?:и|по|до)\s+)"
_EN_DAY_MONTH = re.compile(r"(?<![\w.])(?:(?P<d0>\d{1,2})(?:st|nd|rd|th)?" + _RANGE_EN + r")?(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MON_EN + r"(?![\w])" + _YEAR_TAIL)
_EN_MONTH_DAY = re.compile(r"(?<![\w])" + _MON_EN + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:(?:st|nd|rd|th)?" + _RANGE_EN + r"(?P<d1>\d{1,2})(?:st|nd|rd|th)?)?(?![\d:])" + _YEAR_TAIL)
_RU_DAY_MONTH = re.compile(r"(?<![\w.])(?:(?P<d0>\d{1,2})(?:-?го)?" + _RANGE_RU + r")?(?P<day>\d{1,2})(?:-?го)?\s+" + _MON_RU + r"(?:\s+(?P<year>(?:19|20)\d\d)(?!\d))?", re.I)
_NUMERIC = re.compile(r"(?<![\d.])(?P<day>\d{1,2})\.(?P<mon>\d{1,2})\.(?P<year>(?:19|20)\d\d)(?!\d)")
# A date written the ISO way ("2020-09-03") and one with slashes ("03/09/2020", "9/3/2020"): the slashes
# are read day first or month first, whichever reading the numbers allow, and when both do, the one
# nearest before the report (see _slash_date).
_ISO = re.compile(r"(?<![\d./-])(?P<year>(?:19|20)\d\d)-(?P<mon>\d\d)-(?P<day>\d\d)(?![\d-])")
_SLASH = re.compile(r"(?<![\d./-])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>(?:19|20)\d\d)(?![\d/])")

_WEEKDAYS_EN = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
_WEEKDAYS_RU = {"понедельник": 0, "вторник": 1, "среду": 2, "четверг": 3, "пятницу": 4, "субботу": 5, "воскресенье": 6}
# "on Tuesday", "last Friday", and the agency style "met Tuesday", "said in a statement Thursday"
# (after a lower-case word, on the same line or the line a hard wrap broke off; not a date line's
# "Monday, 15 March 2021"). "last Tuesday", «в минувший/прошлый вторник» (group ``prev``) is the
# previous such day, strictly before the report's: on a page dated Tuesday, the Tuesday a week before.
_EN_WEEKDAY = re.compile(r"(?:\b(?:[Oo]n|(?P<prev>[Ll]ast|[Pp]ast|[Pp]revious)|[Tt]his)\s+|(?<=[a-z]\s))(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
                         r"(?!,?\s*\d)(?!,?\s+(?:" + month_pattern("en", title=True) + r")\b)")
_RU_WEEKDAY = re.compile(r"(?<!\w)во?\s+(?:(?:(?P<prev>минувш|прошл|прошедш)|эт)\w+\s+)?(?P<wd>понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)(?!\w)"
                         r"(?!,?\s*\(?\d)", re.I)  # not "во вторник, 12 марта": the date is the day
_RELATIVE = {
    "en": re.compile(r"\b(?P<rel>the day before yesterday|yesterday|today|earlier today|this morning|this afternoon|tonight|last night|last evening|"
                     r"the (?:evening|night|day) before(?!\s+(?:the|a|an|his|her|their|its|this|that|last|yesterday|[a-z]+ing)\b)|"
                     r"the (?:previous|preceding) (?:evening|night|day)|a day earlier)\b", re.I),
    "ru": re.compile(r"(?<!\w)(?P<rel>позавчера|вчера|сегодня|накануне|прошлой ночью|дн[её]м ранее)(?!\w)", re.I),
}
# The evening before the report, in the lead ("received the chief of staff the evening before"); further down it is
# the evening before the meeting.
_EVENING_BEFORE = re.compile(r"the (?:evening|night) before|the (?:previous|preceding) (?:evening|night)", re.I)
# The day before, opening a sentence after the lead ("The day before, the minister was received by …", «Накануне
# турецкий министр был принят …»): the day before the meeting, not the report's (in "the meeting took place the day
# before" it is the report's).
_DAY_BEFORE_OPENING = re.compile(r"\W{0,3}(?:the day before|the (?:previous|preceding) day|a day earlier|дн[её]м ранее|накануне)$", re.I)
_REL_OFFSET = {"yesterday": -1, "вчера": -1, "накануне": -1, "last night": -1, "прошлой ночью": -1, "last evening": -1,
               "the evening before": -1, "the night before": -1, "the previous evening": -1, "the previous night": -1,
               "the preceding evening": -1, "the preceding night": -1, "the day before": -1, "the previous day": -1,
               "the preceding day": -1, "a day earlier": -1, "днем ранее": -1, "днём ранее": -1,
               "the day before yesterday": -2, "позавчера": -2}
# "two days ago", "три дня назад": that many days before the report (a week at most: further back the
# count is seldom exact).
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "один": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7}
_DAYS_AGO = {
    "en": gated(r"\b(?P<n>[1-7]|one|two|three|four|five|six|seven)\s+days?\s+ago\b", re.I, needs=("ago",), fold=True),
    "ru": gated(r"(?<!\w)(?P<n>[1-7]|один|одна|два|две|три|четыре|пять|шесть|семь)\s+(?:день|дня|дней|сутки|суток)\s+(?:назад|тому назад)(?!\w)", re.I,
                needs=("назад",), fold=True),  # (gates: generator/text/lazy_re.py)
}
# A weekday of the week before the report's ("on Monday last week", "last week on Monday", "в понедельник
# на прошлой неделе"): the weekday seven days further back than the latest one.
_LAST_WEEK_AFTER = {
    "en": re.compile(r"(?:,?\s+of)?,?\s+(?:last|the previous|the past)\s+week\b", re.I),
    "ru": re.compile(r",?\s+на\s+(?:прошлой|минувшей|предыдущей)\s+неделе(?!\w)", re.I),
}
_LAST_WEEK_BEFORE = {
    "en": re.compile(r"\b(?:last|the previous|the past)\s+week,?\s+(?:on\s+)?$", re.I),
    "ru": re.compile(r"(?<!\w)на\s+(?:прошлой|минувшей|предыдущей)\s+неделе,?\s+$", re.I),
}

# Received by someone, in the passive: «был принят Президентом», «была принята министром», «приняты главой
# государства» (a person's office in the instrumental after it, not «принята программа»).
RECEIVED_BY_RU = (r"(?:был[аио]?\s+)?(?:также\s+)?принят[аоы]?\s+(?:\w+\s+)?(?:[Пп]резидент|[Пп]ремьер|[Мм]инистр|[Гг]лав|[Кк]омандующ|"
                  r"[Нн]ачальник|[Кк]орол|[Ээ]мир|[Сс]ултан|[Кк]анцлер|[Пп]редседател|[Зз]аместител|[Сс]екретар)[\w-]*(?:ом|ой|ем|ым|им)(?!\w)")
# A sentence that reports a meeting, visit, talks or signing.
MEETING_CUE = {
    "en": re.compile(r"\b(?:met|meet|meets|meeting|meetings|talks|negotiations|discuss(?:ed|ions?)?|receiv(?:ed|es)|"
                     r"visit(?:ed|s|ing)?|held|hold|holds|signed|sign|signing|hosted|hosts|welcomed|arrived|toured|"
                     r"conversation|consultations|delegation|session|conference|summit|ceremony|reported|said|informs|reports|according|"
                     r"call(?:ed|s)? on|courtesy call|greeted|sat down with|attended|took part|participated|accompanied|inspected|watched|"
                     r"audience)\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:встрет|встреч|переговор|обсуд|обсужд|прин(?:ял|яли|имал)|" + RECEIVED_BY_RU + r"|посет|визит|провел|провёл|провели|"
                     r"проведен|состоял|подписа|делегац|прибыл|бесед|заседан|совещан|сообщ|информир|пресс-служб|обменял|"
                     r"принял[аи]? участие|приняли участие|участвовал|присутствовал|сопровожд|осмотрел|наблюдал|аудиенц|церемони)", re.I),
}
# Another occasion: background, recollection, a past visit.
OTHER_OCCASION = {
    "en": re.compile(r"\b(?:it should be noted|it is worth noting|to recall|recall that|earlier (?:this|that|in the) (?:year|month|spring|summer|autumn|fall|winter)|(?<!a day )(?<!days )earlier(?! today| in the day| that day| this (?:year|month|spring|summer|autumn|fall|winter)| that (?:year|month)| in the (?:year|month)| during the day| on (?:the same day|monday|tuesday|wednesday|thursday|friday|saturday|sunday)| the same day| during the visit| in the visit| during (?:his|her|their) visit)|previously|"
                     r"last (?:year|month|spring|summer|autumn|fall|winter|" + month_pattern("en", abbr=False) + r")|(?:this|the) past (?:spring|summer|autumn|fall|winter)|(?<!day )(?<!day of )last week(?!,?\s+on\s+\w+day)|in the past|had (?:met|visited|held)|was (?:the )?(?:first|last) visit|"
                     r"last (?:met|visited|held|time)|(?:previous|former|prior) (?:meeting|visit|talks|round))\b", re.I),
    # («Ранее в среду», «ранее в тот же день», «ранее в ходе визита»: earlier on the day or the visit reported)
    "ru": re.compile(r"(?<!\w)(?:напомним|напомн|отметим, что|ранее\s+в\s+(?:этом|текущем|нынешнем|прошлом)\s+(?:году|месяце)|(?<!днем )(?<!днём )ранее(?!\s+(?:в\s+(?:тот же|этот)\s+день|в\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)|"
                     r"сегодня|днем|днём|утром|сегодняшнего|в ходе (?:этого |своего )?визита|в рамках (?:этого |своего )?визита))|прежде|в прошлом году|в прошлом месяце|уже встречал|прошл(?:ым|ой)\s+(?:летом|весной|осенью|зимой)|(?:летом|весной|осенью|зимой)\s+прошлого\s+года|в начале (?:этого|текущего|нынешнего) года|"
                     # (not «в понедельник на прошлой неделе»: a day of that week, read by _LAST_WEEK_AFTER)
                     r"(?<!понедельник )(?<!вторник )(?<!среду )(?<!четверг )(?<!пятницу )(?<!субботу )(?<!воскресенье )"
                     r"(?<!понедельник, )(?<!вторник, )(?<!среду, )(?<!четверг, )(?<!пятницу, )(?<!субботу, )(?<!воскресенье, )"
                     r"на (?:прошлой|минувшей|позапрошлой) неделе(?!,?\s+во?\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье))|"
                     r"в последний раз|предыдущ\w+ (?:встреч|визит|переговор|раунд))", re.I),
}


class _Occasion:
    """The other-occasion cue with the tense of reported speech told apart: "had met" is another
    occasion ("the two had met twice before"), but not after a verb of saying and "that" ("the
    ministry said on March 13 that the ministers had met on March 12": the reported meeting,
    backshifted). Offers ``search`` and ``finditer`` like the pattern it wraps."""

    _BACKSHIFT = re.compile(r"\bhad (?:met|visited|held)\b", re.I)
    _REPORTED_THAT = re.compile(r"\b(?:said|says|reported|reports|announced|stated|informed|told \w+|noted|added)\b[^.;]{0,60}\bthat\s+[^.;]{0,80}$", re.I)

    def __init__(self, rx: re.Pattern):
        self.rx = rx
        self.pattern = rx.pattern

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        for m in self.rx.finditer(text, pos, len(text) if endpos is None else endpos):
            if self._BACKSHIFT.fullmatch(m.group(0)) and self._REPORTED_THAT.search(text[max(0, m.start() - 160):m.start()]):
                continue
            yield m

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        return next(self.finditer(text, pos, endpos), None)


OTHER_OCCASION["en"] = _Occasion(OTHER_OCCASION["en"])
# A year the sentence places something in ("in 2019", "back in March 2018", "в 2019 году"), not a
# year a document covers ("the plan for 2019", "на 2019 год").
IN_YEAR = {
    "en": re.compile(r"\b(?:in|back in|during)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:" + month_pattern("en", abbr=False) + r")\s+)?(?P<y>(?:19|20)\d\d)\b(?!\s*[-–]\s*\d)|"
                     # "during a 2019 visit", "at their 2021 meeting": an occasion of that year
                     r"\b(?:in|during|at|on)\s+(?:a|an|the|his|her|their|its)\s+(?P<y2>(?:19|20)\d\d)\s+(?:\w+\s+)?(?:visit|trip|tour|meeting|summit|talks|session|conference)\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:[вВ]|[сС])\s+(?:(?:" + "|".join(month_prepositional_ru()) + r")\s+)?"
                     r"(?P<y>(?:19|20)\d\d)\s+(?:год[уа]?|г\.)"),
}
def year_of(m: re.Match) -> int:
    """The year an IN_YEAR match names (either of its two shapes)."""
    return int(m["y"] or m.groupdict().get("y2"))


# A later occasion: the date of something announced, planned or commemorated.
LATER_OCCASION = {
    "en": re.compile(r"\b(?:will|would|to be held|is to|are to|scheduled|expected|planned|plans? to|upcoming|next|"
                     r"anniversary|dedicated to|due to)\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:состоится|состоятся|пройд[её]т|пройдут|начн[её]тся|начнутся|стартует|стартуют|будет|будут|"
                     r"планиру|намечен|предстоящ|годовщин|посвящ[её]нн|юбиле)", re.I),
}

# An aside about someone's past or posting: a clause between commas that starts with a relative word or
# a participle of background ("X, who served in Moscow, met ...", "X, a graduate of ..., met", "Хренин,
# ранее служивший в Гродно, провел"): not the time or the place of the sentence for anyone else in it.
ASIDE = {
    "en": re.compile(r",\s*(?:who|whose|which|a graduate|a former|formerly|previously|earlier)\b[^,;.]*,", re.I),
    "ru": re.compile(r",\s*(?:который|которая|которое|которые|ранее|прежде|(?:бывш|служивш|окончивш|работавш|возглавлявш)\w*)(?!\w)[^,;.]*,", re.I),
}
# The day before the meeting, named after the lead ("The day before, the delegation arrived in Moscow",
# "Накануне делегация прибыла в Москву"); "накануне визита" (on the eve of the visit) is told apart by eve_of().
DAY_BEFORE = {
    "en": re.compile(r"\b(?:the day before|the previous day|a day earlier|the (?:previous|preceding) (?:evening|night)|on the eve)\b(?! of\b)", re.I),
    "ru": re.compile(r"(?<!\w)(?:накануне|днем ранее|днём ранее|за день до этого|прошлым вечером)(?!\w)", re.I),
}

# What sets a later occasion apart from the meeting reported ("next month", "in the autumn", "the next
# round", «на следующей неделе», «осенью»): a meeting still to come on the same visit is part of it.
SEPARATE_LATER = {
    "en": re.compile(r"\b(?:next|later this|in the coming|early next|by the end of the)\s+(?:week|month|year|weeks|months|visit|trip)|"
                     r"\b(?:upcoming|forthcoming|future)\s+(?:\w+\s+)?(?:visit|trip)|\bin\s+(?:" + month_pattern("en", abbr=False) + r")\b|"
                     r"\b(?:next|this)\s+(?:spring|summer|autumn|fall|winter)\b|\b(?:in|for) the (?:spring|summer|autumn|fall|winter)\b|"
                     r"\b(?:next|another|a further|a second|the following)\s+(?:meeting|round|session)\b|"
                     r"\bwithin\s+(?:\w+\s+)?(?:days|weeks|months|years)\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:на следующей неделе|в следующем (?:месяце|году)|в будущем году|в ближайш\w+ (?:месяц|недел)\w*|"
                     r"в (?:" + "|".join(month_prepositional_ru()) + r")(?!\w)|(?:предстоящ|следующ|будущ)\w*\s+(?:\w+\s+)?(?:визит|поездк|встреч|раунд|заседани)|"
                     r"на (?:весну|лето|осень|зиму)|(?:весной|летом|осенью|зимой)(?!\w)|в течение\s+(?:\w+\s+)?(?:дней|недель|месяцев|лет))", re.I),
}


# The one table of cues the event date, the participant flag and the place share: which sentences
# report the meeting, which speak of another or a later occasion, which clause is an aside.
# participants.py and places.py read them from here; each keeps only the cues of its own question.
CUES: dict[str, dict[str, re.Pattern]] = {
    "meeting": MEETING_CUE,
    "other_occasion": OTHER_OCCASION,
    "later_occasion": LATER_OCCASION,
    "in_year": IN_YEAR,
    "aside": ASIDE,
    "day_before": DAY_BEFORE,
    "separate_later": SEPARATE_LATER,
}


_LAST_WEEK_WORDS = re.compile(r"(?i)\b(?:last|the past|the previous)\s+week\b|(?<!\w)на\s+(?:прошлой|минувшей|прошедшей)\s+неделе(?!\w)")
# (the lead proper that says "last week" tells the time of the meeting it reports: participants.py reads it too)
LAST_WEEK_WORDS = _LAST_WEEK_WORDS

STALE_DAYS = 31
LEAD_SENTENCES = 2
# After the lead proper (the first sentence about the meeting), a day dates the reported meeting only
# when it is this close before the report: a day weeks earlier, named further down, is a previous
# meeting or background ("the results of the meeting of 2 March").
LATE_MENTION_DAYS = 7


@dataclass(frozen=True, slots=True)
class DateHit:
    start: int
    end: int
    kind: str  # day | weekday | relative
    date: PartialDate | None  # resolved against the publication date; None if it cannot be
    year_written: bool = False  # the text states the year
    md: tuple[int, int] | None = None  # (month, day) as written, known even when the year is not
    span: bool = False  # the first day of a span of days ("15-17 August", "с 17 по 19 июня")
    until: PartialDate | None = None  # a span's last day, when its first is dated


def _month_en(word: str) -> int:
    return _MONTHS_EN[word.lower().rstrip(".")]


def _month_ru(word: str) -> int:
    return _MONTHS_RU[word.lower().rstrip(".")]


def _last_week(text: str, start: int, end: int, lang: str) -> bool:
    """The weekday at ``start:end`` is told to be of the week before ("Monday last week", "last week on
    Monday", "в понедельник на прошлой неделе")."""
    lg = lang if lang in _LAST_WEEK_AFTER else "en"
    return bool(_LAST_WEEK_AFTER[lg].match(text, end) or _LAST_WEEK_BEFORE[lg].search(text[max(0, start - 30):start]))


def find_dates(text: str, lang: str, pub: PartialDate | None) -> list[DateHit]:
    """Every day date the text states, resolved against the publication date, in text order."""
    hits: list[DateHit] = []
    taken: list[tuple[int, int]] = []

    def add(s, e, kind, date, year_written=False, md=None, span=False, last=None):
        if any(a < e and s < b for a, b in taken):
            return
        taken.append((s, e))
        until = None
        if span and date is not None and last is not None and last > (date.day or 0):
            try:
                until = PartialDate(date.year, date.month, last)
            except ValueError:
                until = None
        hits.append(DateHit(s, e, kind, date, year_written, md, span, until))

    for m in _NUMERIC.finditer(text):
        add(m.start(), m.end(), "day", _with_year(int(m["day"]), int(m["mon"]), int(m["year"]), pub)
            if 1 <= int(m["mon"]) <= 12 else None, True, (int(m["mon"]), int(m["day"])))
    for m in _ISO.finditer(text):
        mon, day = int(m["mon"]), int(m["day"])
        add(m.start(), m.end(), "day", _with_year(day, mon, int(m["year"]), pub) if 1 <= mon <= 12 else None, True, (mon, day))
    for m in _SLASH.finditer(text):
        md = _slash_md(int(m["a"]), int(m["b"]), int(m["year"]), lang, pub)
        if md is not None:
            add(m.start(), m.end(), "day", _with_year(md[1], md[0], int(m["year"]), pub), True, md)
    if lang == "ru":
        for m in _RU_DAY_MONTH.finditer(text):
            day = int(m["d0"] or m["day"])
            add(m.start(), m.end(), "day", _with_year(day, _month_ru(m["mon"]), int(m["year"]) if m["year"] else None, pub), bool(m["year"]),
                (_month_ru(m["mon"]), day), bool(m["d0"]), int(m["day"]))
        for m in _RU_WEEKDAY.finditer(text):
            if _beside_day(text, m.start(), m.end(), hits):
                continue  # "во вторник (12 марта)": the day written out is the day meant
            add(m.start(), m.end(), "weekday", _weekday(pub, _WEEKDAYS_RU[m["wd"].lower()], _last_week(text, m.start(), m.end(), lang),
                                                        bool(m["prev"])))
    else:
        for rx in (_EN_DAY_MONTH, _EN_MONTH_DAY):
            for m in rx.finditer(text):
                if m["mon"] == "May" and rx is _EN_MONTH_DAY and not m["day"]:
                    continue
                day = int(m["d0"] or m["day"]) if rx is _EN_DAY_MONTH else int(m["day"])
                last = int(m["day"]) if rx is _EN_DAY_MONTH else int(m["d1"] or 0)
                add(m.start(), m.end(), "day", _with_year(day, _month_en(m["mon"]), int(m["year"]) if m["year"] else None, pub), bool(m["year"]),
                    (_month_en(m["mon"]), day), bool(m.groupdict().get("d0") or m.groupdict().get("d1")), last)
        for m in _EN_WEEKDAY.finditer(text):
            if _beside_day(text, m.start("wd"), m.end(), hits):
                continue  # "on Tuesday (March 12)": the day written out is the day meant
            add(m.start("wd"), m.end(), "weekday", _weekday(pub, _WEEKDAYS_EN[m["wd"].lower()], _last_week(text, m.start(), m.end(), lang),
                                                            bool(m["prev"])))
    rel = _RELATIVE.get(lang, _RELATIVE["en"])
    for m in rel.finditer(text):
        word = m["rel"].lower()
        if word == "накануне" and eve_of(text[m.end():m.end() + 40]):
            continue  # "накануне визита": on the eve of something, not "the day before"
        if _beside_day(text, m.start(), m.end(), hits):
            continue  # "Вчера, 4 октября", "yesterday (4 October)": the day written out is the day meant
        add(m.start(), m.end(), "relative", _shift(pub, _REL_OFFSET.get(word, 0)))
    for m in _DAYS_AGO.get(lang, _DAYS_AGO["en"]).finditer(text):
        n = m["n"].lower()
        add(m.start(), m.end(), "relative", _shift(pub, -(int(n) if n.isdigit() else _NUMBER_WORDS[n])))
    hits.sort(key=lambda h: h.start)
    return _weekday_spans(text, lang, _day_spans(text, lang, _weekday_years(text, lang, hits, pub)), pub)


# Round 20: a span of days across a month's end, two days written out and joined ("from 27 February to 2 March",
# "February 27 – March 2", "between 30 June and 2 July", «с 27 февраля по 2 марта», «27 февраля – 2 марта»): one span,
# dated by its first day, so that a day the text gives the meeting within it dates the meeting, as with "15-17 August".
_DAY_SPAN_JOIN = {
    "en": re.compile(r"\s*(?:[-–—]|to|till|until|through|and)\s*$", re.I),
    "ru": re.compile(r"\s*(?:[-–—]|по|до)\s*$", re.I),
}
_DAY_SPAN_OPEN = {
    "en": {"[-–—]": re.compile(r"$"), "to|till|until|through": re.compile(r"\bfrom\s+(?:\w+day,?\s+)?$", re.I),
           "and": re.compile(r"\bbetween\s+(?:\w+day,?\s+)?$", re.I)},
    "ru": {"[-–—]": re.compile(r"$"), "по|до": re.compile(r"(?<!\w)[сС]о?\s+$")},
}
DAY_SPAN_DAYS = 31  # the longest visit read as one span of days


def _day_spans(text: str, lang: str, hits: list[DateHit]) -> list[DateHit]:
    lg = lang if lang in _DAY_SPAN_JOIN else "en"
    out: list[DateHit] = []
    i = 0
    while i < len(hits):
        a = hits[i]
        b = hits[i + 1] if i + 1 < len(hits) else None
        if b is not None and a.kind == b.kind == "day" and not a.span and not b.span and a.date is not None \
                and b.date is not None and a.date.day is not None and b.date.day is not None:
            join = _DAY_SPAN_JOIN[lg].match(text, a.end, b.start) if b.start - a.end <= 12 else None
            if join is not None:
                word = text[a.end:b.start].strip().lower()
                first = a.date
                if b.year_written and not a.year_written:
                    try:  # "27 February – 2 March 2024": the year written once is the span's
                        first = PartialDate(b.date.year - (a.date.month > b.date.month), a.date.month, a.date.day)
                    except ValueError:
                        first = a.date
                opened = next((rx for k, rx in _DAY_SPAN_OPEN[lg].items() if re.fullmatch(k, word)), None)
                gap = b.date.ordinal() - first.ordinal()
                if opened is not None and opened.search(text[max(0, a.start - 24):a.start]) and 0 < gap <= DAY_SPAN_DAYS:
                    out.append(DateHit(a.start, b.end, "day", first, a.year_written or b.year_written, a.md, True, b.date))
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


# Round 17: two weekdays joined as the span of a visit ("visited Latvia on Monday and Tuesday", "from Monday to
# Wednesday", «в понедельник и вторник», «с понедельника по среду»): one span of days, its first day dated like a
# weekday alone, so that a day the text gives the talks or the signing within it dates the meeting ("On Tuesday
# the ministers signed ..."), and with none the span's first day does, as a span of dates does.
_WD_EN = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WD_RU = r"(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)"
_WD_RU_GEN = {"понедельника": 0, "вторника": 1, "среды": 2, "четверга": 3, "пятницы": 4, "субботы": 5, "воскресенья": 6}
_WEEKDAY_PAIR = {
    "en": re.compile(r"\b(?:on\s+|from\s+)?(?P<a>" + _WD_EN + r")\s*(?:and|to|through|till|until|-|–)\s*(?:on\s+)?(?P<b>" + _WD_EN + r")\b"
                     r"(?!,?\s*\d)"),
    "ru": re.compile(r"(?<!\w)(?:во?\s+(?P<a>" + _WD_RU + r")\s+и\s+(?:во?\s+)?(?P<b>" + _WD_RU + r")|"
                     r"с\s+(?P<a2>" + "|".join(_WD_RU_GEN) + r")\s+(?:по|до)\s+(?P<b2>" + _WD_RU + r"|" + "|".join(_WD_RU_GEN) + r"))(?!\w)"
                     r"(?!,?\s*\(?\d)", re.I),
}


def _weekday_spans(text: str, lang: str, hits: list[DateHit], pub: PartialDate | None) -> list[DateHit]:
    rx = _WEEKDAY_PAIR.get(lang)
    if rx is None or pub is None or pub.day is None:
        return hits
    for m in rx.finditer(text):
        if lang == "ru":
            a = _WEEKDAYS_RU.get((m["a"] or "").lower(), _WD_RU_GEN.get((m["a2"] or "").lower()))
            bw = (m["b"] or m["b2"]).lower()
            b = _WEEKDAYS_RU.get(bw, _WD_RU_GEN.get(bw))
        else:
            a, b = _WEEKDAYS_EN[m["a"].lower()], _WEEKDAYS_EN[m["b"].lower()]
        if a is None or b is None or a == b:
            continue
        inside = [h for h in hits if m.start() <= h.start < m.end()]
        if any(h.kind != "weekday" for h in inside):
            continue
        first = next((h for h in inside if h.kind == "weekday"), None)
        d1 = first.date if first is not None else _weekday(pub, a, _last_week(text, m.start(), m.end(), lang), False)
        if d1 is None or d1.day is None:
            continue
        o2 = d1.ordinal() + (b - a) % 7
        if first is None and o2 > _limit(pub):
            continue  # «с понедельника по среду» still to come: an announcement, read as before
        d2 = datetime.date.fromordinal(o2)
        span = DateHit(first.start if first is not None else m.start(), m.end(), "weekday", d1,
                       first.year_written if first is not None else False, None, True, PartialDate(d2.year, d2.month, d2.day))
        hits = sorted([h for h in hits if h not in inside] + [span], key=lambda h: h.start)
    return hits


# What may stand between a relative day and the day it names: a comma, a dash, a bracket ("Вчера, 4 октября",
# "yesterday (4 October)", "today – 5 May –").
_BESIDE = re.compile(r"[\s,(\[–—-]{0,4}")


def _beside_day(text: str, start: int, end: int, hits: list[DateHit]) -> bool:
    """A day written out right beside the relative word at ``start:end`` (after it, or before it)."""
    for h in hits:
        if h.kind != "day":
            continue
        if h.start >= end and _BESIDE.fullmatch(text, end, h.start):
            return True
        if h.end <= start and _BESIDE.fullmatch(text, h.end, start) and text[h.end - 1] != "." \
                and re.search(r"[(\[–—-]", text[h.end:start]):
            return True  # "4 октября (вчера)", "on 4 October – yesterday –"; not "the plan of 12 May, yesterday the …"
    return False


_WEEKDAY_WORD = re.compile(r"(?<!\w)(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday|понедельник|вторник|среду|среда|"
                           r"четверг|пятницу|пятница|субботу|суббота|воскресенье)(?!\w)[\s,(]{1,3}$", re.I)
_WEEKDAY_NO = {**_WEEKDAYS_EN, **_WEEKDAYS_RU, "среда": 2, "пятница": 4, "суббота": 5}
WEEKDAY_YEARS = 7  # how far back a weekday may move a day and month from the page's year


def _weekday_years(text: str, lang: str, hits: list[DateHit], pub: PartialDate | None) -> list[DateHit]:
    """A day and month written with its weekday ("Tuesday, March 12", "во вторник, 12 марта") and no
    year: the weekday tells the year when the page date's does not fit it (a clock or an update
    stamp a year or more on): the latest year, not after the page's, in which that day is that weekday."""
    if pub is None:
        return hits
    out = []
    for h in hits:
        m = _WEEKDAY_WORD.search(text[max(0, h.start - 16):h.start]) if h.kind == "day" and not h.year_written else None
        if m and h.md is not None and h.date is not None:
            wd = _WEEKDAY_NO[m["wd"].lower()]
            for y in range(h.date.year, h.date.year - WEEKDAY_YEARS, -1):
                try:
                    if datetime.date(y, *h.md).weekday() == wd:
                        if y != h.date.year:
                            h = DateHit(h.start, h.end, h.kind, PartialDate(y, h.md[0], h.md[1]), False, h.md, h.span)
                        break
                except ValueError:
                    continue
        out.append(h)
    return out


# Hard line wraps: an aggregator's or a wire's text broken into lines of a fixed width, each line break a
# sentence break to the splitter ("The ministers met\nWednesday in Oslo", "провели\nв среду переговоры").
_LINE_END_OPEN = re.compile(r"(?P<w>[^\W\d_]+),?[ \t]*$")  # a line that ends inside a sentence: on a word or a comma
# Words no sentence or headline ends on: a line ending on one goes on in the next, whatever its case ("on\nThursday").
_GOES_ON = frozenset("""on in at of the a an and or to with by for from that his her their its into onto as than
в во на с со по к ко и а о об у из за от до что его ее её их при для""".split())
_WRAPPED_LINE = 50  # a wrapped line is at least this long (a headline or a short line of its own is not)


def unwrap(text: str, sents: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences with the hard line wraps read across: two spans parted by one line break are one
    sentence when the first line ends inside a sentence (on a word or a comma, no full stop) and the
    next goes on in lower case ("held\ntalks") or the first ends on a word no sentence ends on ("on\nThursday"); in a text that is hard-wrapped (two such breaks or
    more, or one where half the single line breaks or more are open), also when the next line starts with a capital and the first is a long line ending on a
    lower-case word ("met\nWednesday in Oslo"). A blank line (a paragraph) is never read across."""
    def open_break(a: tuple[int, int], b: tuple[int, int]) -> str:
        gap = text[a[1]:b[0]]
        if gap.count("\n") != 1 or gap.strip():
            return ""
        line = text[text.rfind("\n", 0, a[1]) + 1:a[1]]
        end = _LINE_END_OPEN.search(line)
        if not end:
            return ""
        nxt = text[b[0]:b[0] + 1]
        if nxt.isalnum() and end["w"] in _GOES_ON and line.rstrip()[-1:].isalpha():
            return "lower"
        goes = text[b[0]:b[1]].split("\n", 1)[0].strip()
        if nxt.islower() and (len(goes.split()) >= 2 or goes[-1:] in ".!?…"):
            return "lower"  # (a lone word of page chrome, "banner", is no continuation)
        word = text[b[0]:b[1]].split(None, 1)[0] if text[b[0]:b[1]].split() else ""
        if nxt.isupper() and len(line.strip()) >= _WRAPPED_LINE and line.rstrip()[-1:].islower() \
                and not (len(word) > 1 and word.rstrip(",.:").isupper()):
            return "upper"  # (not a line before a dateline's "OSLO,")
        return ""

    kinds = [open_break(a, b) for a, b in zip(sents, sents[1:])]
    lower, opened = kinds.count("lower"), len(kinds) - kinds.count("")
    singles = sum(text[a[1]:b[0]].count("\n") == 1 for a, b in zip(sents, sents[1:]))
    wrapped = lower >= 2 or (lower == 1 and 2 * opened >= singles)
    out: list[tuple[int, int]] = []
    for i, sp in enumerate(sents):
        if i and (kinds[i - 1] == "lower" or (wrapped and kinds[i - 1] == "upper")):
            out[-1] = (out[-1][0], sp[1])
        else:
            out.append(sp)
    return out


def inside_quote(before: str) -> bool:
    """The text ``before`` a position leaves a quotation open: the position is inside it."""
    opened = before.count("«") + before.count("“") - before.count("»") - before.count("”")
    return opened > 0 or before.count('"') % 2 == 1


def eve_of(after: str) -> bool:
    """'накануне' followed by a noun in the genitive ("накануне визита", "накануне Дня Победы")."""
    m = re.match(r"\s+([^\W\d_]+)", after)
    if not m:
        return False
    from generator.nlp.analysis import morph

    # The word's likeliest reading decides: a preposition ("накануне в Бишкеке") is no genitive noun,
    # whatever rarer reading it has; an adjective in the genitive opens the noun ("накануне официального визита").
    best = morph().parse(m.group(1))[0]
    return "gent" in best.tag and best.tag.POS in ("NOUN", "ADJF", "PRTF", "NPRO")


def occasion(sentence: str, lang: str) -> str:
    """'other' (background, a past occasion), 'later' (announced, planned, commemorated) or ''."""
    if OTHER_OCCASION.get(lang, OTHER_OCCASION["en"]).search(sentence):
        return "other"
    return ""


def later_near(sentence: str, rel_start: int, lang: str) -> bool:
    """A future or commemorative word in the clause before the date ("to be held on May 9")."""
    before = sentence[max(0, rel_start - 60):rel_start]
    before = re.split(r"[,;:]", before)[-1]
    return bool(LATER_OCCASION.get(lang, LATER_OCCASION["en"]).search(before))


def reference_date(text: str, lang: str, pub: PartialDate | None, sents: list[tuple[int, int]]) -> PartialDate | None:
    """The day the report speaks from: its publication date, or, when the page gave none or gave
    only its year or month, the first full date on a date line or in a dateline near the top of
    the body that agrees with it ("ZAGREB, February 15, 2018 –", "11 February, 2010 00:00")."""
    if pub is not None and pub.day is not None:
        # A dateline dated in full ("OSLO, March 13, 2019 -") is the report's own day, whatever year
        # the page date (a clock, an update stamp) gives.
        full = _dateline_full(text, lang, sents)
        if full is not None and full.ordinal() != pub.ordinal():
            return full
        # A dateline's day that the page date contradicts ("YEREVAN, September 27." on a page dated 30
        # November by a clock or an update stamp, or a day or two on by a later upload or another time
        # zone): the report speaks from the dateline's day, and its "today" is that day.
        md = _dateline_md(text, lang, sents)
        if md is not None and md_apart(md, (pub.month, pub.day)) > 0:
            return _with_year(md[1], md[0], None, pub) or pub
        return pub
    for sent, h, spans, _ in _top_dates(text, lang, sents, 6, lambda x: x.date is not None):
        if _date_line(sent, spans) or _at_dateline(sent, h.start):
            # A page date known only to the year or month is made precise by a date line that agrees with it.
            if pub is None or (h.date.year == pub.year and pub.month in (None, h.date.month)):
                return h.date
    return pub


def _top_dates(text: str, lang: str, sents: list[tuple[int, int]], n: int, keep):
    """The day dates ``keep`` accepts in each of the first ``n`` sentences, read with no page date (a
    day and month stay without a year): each as (sentence, date, the spans of the sentence's dates
    kept, whether the body goes on on the sentence's line). What the readers of date lines and
    datelines at the top of the body scan."""
    for s, e in sents[:n]:
        sent = text[s:e]
        hits = [h for h in find_dates(sent, lang, None) if h.kind == "day" and keep(h)]
        spans = [(x.start, x.end) for x in hits]
        inline = "\n" not in text[e:e + 3] and e < len(text)
        for h in hits:
            yield sent, h, spans, inline


def _dateline_md(text: str, lang: str, sents: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The day and month of an agency dateline that opens the body ("YEREVAN, September 27. ..."),
    not of a date line of its own (an "Updated ..." stamp)."""
    for sent, h, spans, inline in _top_dates(text, lang, sents, 3, lambda x: x.md is not None):
        if _at_dateline(sent, h.start) and (inline or not _date_line(sent, spans)) and _opens_line(text, sents, sent):
            return h.md
    return None


def _opens_line(text: str, sents: list[tuple[int, int]], sent: str) -> bool:
    """The sentence starts the body or a line of it: a dateline opens its paragraph ("Ранее, 20 февраля, ..."
    inside a paragraph is an adverb and a day, not a place and a date)."""
    for s, e in sents[:6]:
        if text[s:e] == sent:
            return s == 0 or not text[:s].strip() or "\n" in text[max(0, s - 3):s]
    return True


def _dateline_full(text: str, lang: str, sents: list[tuple[int, int]]) -> PartialDate | None:
    """The full date (day, month, year) of an agency dateline that opens the body's first sentence."""
    for sent, h, spans, inline in _top_dates(text, lang, sents, 1, lambda x: x.year_written and x.date is not None):
        if _at_dateline(sent, h.start) and (inline or not _date_line(sent, spans)):
            return h.date
    return None


def reference_md(text: str, lang: str, sents: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The report's own day and month from a date line or dateline near the top, year or not
    ("Москва. 21 февраля. INTERFAX.RU -"): what a day named elsewhere is compared with."""
    for sent, h, spans, _ in _top_dates(text, lang, sents, 6, lambda x: x.md is not None):
        if _date_line(sent, spans) or (_at_dateline(sent, h.start) and _opens_line(text, sents, sent)):
            return h.md
    return None


def event_date(text: str, lang: str, pub: PartialDate | None, sentences: list[tuple[int, int]] | None = None,
               hits: list[DateHit] | None = None) -> tuple[PartialDate | None, DateHit | None]:
    """The date of the reported meeting and the expression that gave it (None: the report's own date)."""
    from generator.nlp.analysis import sentences as split

    sents = unwrap(text, sentences if sentences is not None else split(text))
    hits = hits if hits is not None else find_dates(text, lang, pub)
    cue = MEETING_CUE.get(lang, MEETING_CUE["en"])
    if called_off(text, lang, sents):
        return None, None  # the visit was postponed or cancelled: no meeting took place
    future = _announced(text, lang, sents)
    # The lead proper: the first sentence of five words or more that speaks of the meeting.
    lead = next((i for i, (s, e) in enumerate(sents) if len(text[s:e].split()) >= 5 and cue.search(text[s:e])), 0)
    # The lead proper that says "last week" ("visited Laos last week", "на прошлой неделе провел переговоры")
    # tells the time of the meeting it reports, not of another occasion: a day given further on for that
    # meeting ("The visit, which began on January 9") may lie up to two weeks before the report.
    lead_week = bool(sents) and _LAST_WEEK_WORDS.search(text[sents[lead][0]:sents[lead][1]]) is not None
    late_days = 2 * LATE_MENTION_DAYS if lead_week else LATE_MENTION_DAYS
    fallback = None
    provisional: tuple[DateHit, str] | None = None  # the day of an arrival, a visit's span or its end (see _frame_day)
    # The spans of days the text gives for the visit: not in a sentence about another occasion ("had visited
    # Oslo on 4-6 July") or of a later one.
    spans = [h for a, b in sents if occasion(text[a:b], lang) != "other"
             for h in hits if a <= h.start < b and h.until is not None and not later_near(text[a:b], h.start - a, lang)]
    again = None if future else _met_again(text, lang, sents, hits, pub, lead)
    if again is not None:
        return again.date, again
    for i, (s, e) in enumerate(sents):
        inside = [h for h in hits if s <= h.start < e]
        if not inside:
            continue
        sent = text[s:e]
        if _date_line(sent, [(h.start - s, h.end - s) for h in inside]) and not _PAST_MEETING.get(lang, _PAST_MEETING["en"]).search(sent):
            continue  # a date line of the page, not a sentence that dates the meeting ("Talks were held on 2 May." is one)
        # A dateline's date ("ZAGREB, February 15, 2018 – ... on Wednesday") yields to one in the sentence,
        # and the day a report was made yields to the meeting's own ("the ministry reported on March 3
        # that the ministers met on March 2").
        several = len(inside) > 1  # (measured before sorting: list.sort empties the list while it sorts)
        marks = [(x.start - s, x.end - s) for x in inside]
        inside.sort(key=lambda h: (_at_dateline(sent, h.start - s), several and (_report_day(sent[:h.start - s], lang) or said_day(
            sent, h.start - s, h.end - s, lang, [m for m in marks if m != (h.start - s, h.end - s)])),
                                   several and bool(_ENDED.get(lang, _ENDED["en"]).search(sent[max(0, h.start - s - 40):h.start - s])), h.start))
        if occasion(sent, lang) == "other" and not (i == lead and occasion(_LAST_WEEK_WORDS.sub(" ", sent), lang) != "other"):
            continue
        if (i > LEAD_SENTENCES or i > lead) and not cue.search(sent):
            continue  # after the lead proper, only a sentence about the meeting dates it ("X met Y. Z told parliament on Monday ...")
        if i != lead and INTERVIEW.get(lang, INTERVIEW["en"]).search(sent):
            continue  # "X gave an interview to our paper on Friday": the day of the interview, not of the talks it is about
        # The visit's span of days a weekday may fall in: the one that framed the visit, one in this sentence,
        # or any the text gives ("On Tuesday X held talks with Y. X is on a visit to Oslo on 4-6 July").
        visits = [x for x in ([provisional[0]] if provisional is not None else []) + inside + spans if x.until is not None]
        for h in inside:
            h = _within(h, visits)
            if future and _report_day(sent[:h.start - s], lang):
                continue  # "will visit X next week, the ministry said on Tuesday": the day of the announcement
            ahead = _announced_day(h, pub) if future and i <= lead and not inside_quote(sent[:h.start - s]) \
                and not _of_another_thing(sent[:h.start - s], lang) else None
            if ahead is not None:
                return ahead, h  # a report that only announces the meeting, for a day it gives ("will visit Hanoi on 20 April")
            if later_near(sent, h.start - s, lang) or inside_quote(sent[:h.start - s]) or _of_another_thing(sent[:h.start - s], lang):
                continue  # a later occasion, a day someone recalls in a quotation, the day of something else
            if i > lead and not future and lang == "ru" and _future_verb_ru(_clause_of(sent, h.start - s, h.end - s)):
                continue  # after the lead of a meeting held, «где в пятницу встретится с …»: a later stop's day
            if i > lead and h.kind == "relative" and (_EVENING_BEFORE.fullmatch(text, h.start, h.end)
                                                       or _DAY_BEFORE_OPENING.fullmatch(text, s, h.end)):
                continue  # after the lead, "the evening before" is the eve of the meeting, not of the report
            if provisional is not None:
                if _overrides(provisional, h, sent, h.start - s, h.end - s, lang):
                    return h.date, h
                continue
            if h.year_written and h.date is not None and i <= lead and _dates_the_meeting(sent, h.start - s, h.end - s, lang):
                # The lead says in full when the meeting took place ("met ... on 12 March 2019",
                # "11 апреля 2019 года встретился"): that wins over a publication date read elsewhere on
                # the page, which may be a clock, an update stamp or another article's date.
                kind = _frame_day(sent, h, h.start - s, h.end - s, lang, marks)
                if kind:
                    provisional = (h, kind)
                    continue
                return h.date, h
            if h.date is not None and pub is not None and h.date.ordinal() > _limit(pub):
                continue  # a day after the report is an announcement, not what it reports
            if h.year_written and h.date is not None and pub is not None and h.date.year < pub.year \
                    and pub.ordinal() - h.date.ordinal() > STALE_DAYS:
                continue  # a day of an earlier year, written out, is background ("established on 5 September 1992")
            if i > lead and h.date is not None and pub is not None and pub.day is not None \
                    and pub.ordinal() - h.date.ordinal() > late_days:
                continue  # further down, a day weeks before the report: an earlier meeting
            if h.date is None:
                if h.kind == "day" and pub is None:
                    # No page date: the year of a day the text dates in full, the nearest one ("met on
                    # 12 March ... had last met on 20 November 2018"); with none, the meeting's day is
                    # known and its year is not.
                    dated = year_from_context(h, hits)
                    if fallback is None and _at_dateline(sent, h.start - s):
                        fallback = (dated, h)
                        break
                    return dated, h
                continue
            if fallback is None and _at_dateline(sent, h.start - s) and i <= lead:
                # A dateline's day is the report's: a later sentence that dates the meeting itself
                # ("ТАШКЕНТ, 3 ноября ... Переговоры состоялись 2 ноября") outranks it.
                fallback = (h.date, h)
                break
            kind = _frame_day(sent, h, h.start - s, h.end - s, lang, marks)
            if kind:
                # The day of an arrival, of the visit's span or of its end frames the meeting: a day the text
                # gives the meeting itself further on, within the visit, dates it instead ("arrived on Sunday
                # ... paid a courtesy call on Monday 5 February", "visit on 15-17 August ... the meeting held on
                # 16 August", "the visit ended on Thursday. It began on Tuesday with talks").
                provisional = (h, kind)
                continue
            return h.date, h
    if provisional is not None:
        return provisional[0].date, provisional[0]
    if fallback is not None:
        return fallback
    if future:
        return None, None  # the meeting is only announced, for a day the text does not give
    vague = _vague_date(text, lang, pub, sents, lead)
    if vague is not None:
        return vague
    return pub, None


# "met again", «вновь встретились»: the meeting told is a later one than an occasion told before it.
_AGAIN = {
    "en": re.compile(r"\b(?:again|once more|anew|for the (?:second|third|fourth) time)\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:вновь|снова|повторно|ещё раз|еще раз|во второй раз|в третий раз)(?!\w)", re.I),
}


def _met_again(text: str, lang: str, sents: list[tuple[int, int]], hits: list[DateHit], pub: PartialDate | None,
               lead: int) -> DateHit | None:
    """A sentence near the lead that tells the ministers met again, with a day of its own later than every day
    told before it, those days weeks before the report ("On 3 March the ministers agreed on patrols. On Thursday they met again in Accra"): the
    meeting reported is that later one, the first a background occasion."""
    lg = lang if lang in _AGAIN else "en"
    cue = MEETING_CUE.get(lang, MEETING_CUE["en"])
    for i, (s, e) in enumerate(sents[:lead + LEAD_SENTENCES + 1]):
        sent = text[s:e]
        if i == 0 or not _AGAIN[lg].search(sent) or not cue.search(sent):
            continue
        own = [h for h in hits if s <= h.start < e and h.date is not None and h.date.day is not None
               and not later_near(sent, h.start - s, lang) and not inside_quote(sent[:h.start - s])]
        before = [h for h in hits if sents[0][0] <= h.start < s and h.date is not None and h.date.day is not None
                  and not _at_dateline(text[_sent_start(sents, h.start):h.end], h.start - _sent_start(sents, h.start))]
        if own and before and pub is not None and pub.day is not None and own[0].date.ordinal() <= _limit(pub) \
                and all(b.date.ordinal() < own[0].date.ordinal() and pub.ordinal() - b.date.ordinal() > LATE_MENTION_DAYS for b in before):
            return own[0]
    return None


def _sent_start(sents: list[tuple[int, int]], pos: int) -> int:
    return next((a for a, b in sents if a <= pos < b), pos)


def _announced_day(h: DateHit, pub: PartialDate | None) -> PartialDate | None:
    """The day an announced meeting is set for: a day and month the lead gives, on or after the report's day, or
    the next day of a weekday it gives;
    without a year written, the next such day ("on 3 January" in a report of 30 December is next year's)."""
    d = h.date
    if h.kind == "weekday" and d is not None and d.day is not None and pub is not None and pub.day is not None:
        # a weekday is read back to the report's week; announced, it is the next such day ("will arrive on Monday")
        return _shift(d, 7) if d.ordinal() <= pub.ordinal() else d
    if h.kind != "day" or d is None or d.day is None:
        return None
    if pub is None or pub.day is None:
        return d if h.year_written else None
    if not h.year_written and d.ordinal() < pub.ordinal():
        d = PartialDate(d.year + 1, d.month, d.day)
    return d if d.ordinal() >= pub.ordinal() else None


# How far after a visit's last day a weekday read against the report may land and still be the visit's.
AFTER_VISIT_DAYS = 7


def _within(h: DateHit, visits: list[DateHit]) -> DateHit:
    """A weekday read against the report's day, moved into the span of days of the visit the text gives
    when it falls in the week after the span's last day and the span has that weekday ("a visit on 4-6
    July ... held talks on Tuesday", reported the week after: the Tuesday of the visit, 4 July). The first
    of ``visits`` (spans with their last day) that the weekday falls in or can move into decides."""
    if h.kind != "weekday" or h.date is None or h.date.day is None:
        return h
    day = h.date.ordinal()
    for visit in visits:
        if visit.date is None or visit.until is None:
            continue
        first, last = visit.date.ordinal(), visit.until.ordinal()
        if first <= day <= last:
            return h
        if not 0 < day - last <= AFTER_VISIT_DAYS:
            continue
        wd = datetime.date.fromordinal(day).weekday()
        for o in range(first, last + 1):
            d = datetime.date.fromordinal(o)
            if d.weekday() == wd:
                return DateHit(h.start, h.end, h.kind, PartialDate(d.year, d.month, d.day), False, None, False)
    return h


# The meeting itself (talks, a meeting held, a call, a signing), not the arrival or the visit as a whole.
_MET_ITSELF = {
    "en": re.compile(r"\b(?:met|meets|sat down with|held (?:\w+ )?(?:talks|a meeting|meetings|consultations|negotiations)|"
                     r"(?:talks|meeting|meetings|negotiations|consultations)\b[^,;.]{0,60}?\b(?:(?:were|was) )?(?:held|took place)|"
                     r"received|hosted|welcomed|called on|courtesy call|signed)\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:встретил\w*|провел\w*\s+(?:[\w-]+\s+){0,2}?(?:переговор|встреч|консультаци|беседу)|"
                     r"провёл\w*\s+(?:[\w-]+\s+){0,2}?(?:переговор|встреч|консультаци|беседу)|"
                     r"(?:переговор|встреч|консультаци|беседа)\w*[^,;.]{0,60}?(?:состоял\w*|прошл[аио]\w*|проведен\w*)|"
                     r"(?:состоял\w*|прошл[аио]\w*)\s+(?:[\w-]+\s+){0,2}?(?:переговор|встреч|консультаци|беседа)|принял[аи]?(?!\w)|"
                     + RECEIVED_BY_RU + r"|подписал\w*)", re.I),
}
MET_ITSELF = _MET_ITSELF  # (participants.py reads it: a meeting told in a clause)


# The way home after a visit: "returned home on Monday", "arrived back in Islamabad", «вернулся в Минск», «возвратился
# на родину». Its day ends the visit; a day of the meeting itself before it dates the meeting. The journey only: the
# verb goes somewhere (home, back, to or from a named place, from a visit), not "returned to the question",
# "returning seized weapons", "troops returning from Mali" or the noun «возвращение беженцев»; in Russian the
# intransitive (reflexive) verb («вернулся», «вернувшийся», not «вернул оружие») with a place after it.
_RETURNED = {
    "en": re.compile(r"\b(?:(?:returned|returns|(?:is|was|were|are|be|been)\s+returning)\s+(?:[\w-]+\s+){0,2}?"
                     r"(?:home|back\b|to\s+(?:the\s+capital|base|(?-i:[A-Z])[\w-]+)|from\s+(?:(?-i:[A-Z])[\w-]+|(?:an?|his|her|their|the)\s+"
                     r"(?:[\w-]+\s+){0,3}?(?:visit|trip|tour)))|returning\s+home|"
                     r"(?:arrived|arrives|came|comes|flew|flies|got|gets|headed|heads|travel(?:l)?ed)\s+(?:back|home)|"
                     r"back\s+(?:home|to\s+the\s+capital))\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:(?:верну(?:л(?:ся|ась|ись|ось)|вш\w*с[яь]|вшись)|возврати(?:л(?:ся|ась|ись|ось)|вш\w*с[яь]|вшись)|"
                     r"возвраща(?:ется|ются|лся|лась|лись|ясь|ющ\w*ся))\s+(?:[\w-]+\s+){0,3}?"
                     r"(?:домой|обратно|на\s+родину|в\s+столицу|(?:в|во|из|на)\s+(?-i:[А-ЯЁ]))|"
                     r"(?:прибыл|прилетел|приехал)\w*\s+(?:на\s+родину|домой|обратно))", re.I),
}
# An arrival, or the start of a visit: "arrived in Muscat on Sunday", "прибыл в Осло в воскресенье".
_ARRIVAL = {
    "en": re.compile(r"\b(?:arrived|arrives|arrival|landed|began (?:\w+ ){0,3}?(?:visit|trip|tour)|started (?:\w+ ){0,3}?(?:visit|trip|tour))\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:прибыл\w*|прибывш\w*|прибыти\w*|прилетел\w*|начал\w*\s+(?:[\w-]+\s+){0,2}?(?:визит|поездк))", re.I),
}
_BEGAN = {
    "en": re.compile(r"\b(?:began|begun|started|opened|kicked off)\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:начал\w*|стартовал\w*|открыл\w*)", re.I),
}
# A visit's first day told in its own relative clause ("a visit that began on June 17", «визита, который начался 17 июня»).
_BEGAN_ON = {
    "en": re.compile(r"\b(?:visit|trip|tour|stay)\w*\s+(?:[\w-]+\s+){0,4}?(?:that|which)\s+(?:began|started|opened)\s+(?:on\s+)?$", re.I),
    "ru": re.compile(r"(?<!\w)(?:визит|поездк|пребывани)\w*[\s,]+(?:[\w-]+[\s,]+){0,4}?(?:котор\w+\s+начал\w*|начавш\w+)\s+$", re.I),
}
# "held on 16 August", "took place on Monday", "состоялась 16 августа": the clause of a meeting named before.
_HELD_BARE = {
    "en": re.compile(r"\b(?:held|took place|hosted)\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:состоял\w*|прошл[аио]\w*|проведен\w*|проведён\w*)", re.I),
}
# How far a meeting may lie from the arrival or the first day of the visit, or before its end.
VISIT_DAYS = 14


# An interview given: its day is not the meeting's ("X gave an interview to our paper on Friday", «в пятницу дал интервью»).
INTERVIEW = {
    "en": re.compile(r"\b(?:(?:gave|give|gives|granted|in)\s+an?\s+(?:exclusive\s+)?interview|interviewed|(?:told|spoke\s+to)\s+"
                     r"(?:our|this|the)\s+(?:paper|newspaper|magazine|journal|correspondent|reporter|agency))\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:дал\w*\s+(?:\w+\s+)?интервью|в\s+интервью|интервью\s+(?:нашей|нашему|газете|агентству|журналу))", re.I),
}


def _future_verb_ru(clause: str) -> bool:
    """A Russian clause whose verb is a future ("встретится", "посетит", "проведет", "будет"), not a past."""
    from generator.nlp.analysis import morph

    for w in re.findall(r"[а-яё]+", clause, re.I):
        parses = morph().parse(w)
        tag = parses[0].tag if parses else None
        if tag is not None and "VERB" in tag and "futr" in tag:
            return True
        if tag is not None and "VERB" in tag and "past" in tag:
            return False  # (the clause's own past verb decides: «где в пятницу прошли переговоры»)
    return False


def _clause_of(sent: str, start: int, end: int) -> str:
    """The clause a date sits in, and the clause after it when the date opens the sentence."""
    cut = re.compile(r"[;:]|(?<!day)(?<!ник)(?<!среду)(?<!четверг)(?<!пятницу)(?<!субботу)(?<!сенье),(?!\s*(?:19|20)\d\d)(?!\s*\d{1,2}\s)")
    a = max((m.end() for m in cut.finditer(sent, 0, start)), default=0)
    tail = cut.split(sent[end:], maxsplit=2)
    opens = a == 0 and len(sent[:start].split()) <= 2
    if opens and len(tail) > 2 and _PLACE_PHRASE.fullmatch(tail[1]):
        # (a place between commas after the opening date: "On November 26, in Vilnius, he met ...",
        # «4 декабря, в Москве, министры провели переговоры»: the clause runs on to its verb)
        tail = [tail[0], tail[1] + "," + tail[2]] + tail[3:]
    return sent[a:end] + (",".join(tail[:2]) if opens else tail[0])


_PLACE_PHRASE = re.compile(r"\s*(?:in|at|во?|на)\s+(?:the\s+)?[A-ZА-ЯЁ][\w’'-]*(?:\s+[A-ZА-ЯЁ][\w’'-]*){0,2}\s*")


def _frame_day(sent: str, h: DateHit, start: int, end: int, lang: str, marks: list[tuple[int, int]] = ()) -> str:
    """'arrival', 'span', 'ended' or 'said' when the day frames the visit or the report rather than dating its
    meeting: the day of an arrival (and no meeting in its clause), the first day of a span of days, the day a
    visit ended, the day someone spoke of it (``said_day``; ``marks`` are the sentence's date spans); ''."""
    lg = lang if lang in _ARRIVAL else "en"
    if h.date is None or h.date.day is None:
        return ""
    if h.span:
        return "span"
    if said_day(sent, start, end, lg, [m for m in marks if m != (start, end)]):
        return "said"
    if _ENDED.get(lg, _ENDED["en"]).search(sent[max(0, start - 40):start]):
        return "ended"
    others = [m for m in marks if m != (start, end)]
    a = max((m.end() for m in re.finditer(r"[,;:]", sent[:start])), default=0)
    b = min((end + m.start() for m in re.finditer(r"[,;:]", sent[end:])), default=len(sent))
    own = sent[a:b]  # the date's own part between commas ("X, who returned from Doha on Sunday, met Y on Monday")
    if (_RETURNED[lg].search(own) and not _MET_ITSELF[lg].search(own)) or \
            _nearest(sent, start, end, others, _RETURNED[lg]) < _nearest(sent, start, end, others, _MET_ITSELF[lg]):
        return "returned"  # "returned home on Monday after talks in Doha", «в понедельник вернулся на родину»: the visit's end
    if _BEGAN_ON[lg].search(sent[max(0, start - 60):start]) and any(m[0] >= end for m in marks if m != (start, end)):
        return "arrival"  # "on a visit that began on June 17, met X on Wednesday": the visit's first day frames the meeting's
    clause = _clause_of(sent, start, end)
    if _ARRIVAL[lg].search(clause) and not _MET_ITSELF[lg].search(_ARRIVAL[lg].sub(" ", clause)):
        return "arrival"
    # The arrival is nearer the date than the meeting, and the meeting has a day of its own further on
    # ("arrived in Berlin on 4 March for a three-day visit and met his counterpart on Tuesday").
    others = [m for m in marks if m != (start, end)]
    if any(m[0] >= end for m in others):
        arrived = _nearest(sent, start, end, others, _ARRIVAL[lg])
        if arrived < _FAR and arrived < _nearest(sent, start, end, others, _MET_ITSELF[lg]):
            return "arrival"
    return ""


def _overrides(provisional: tuple[DateHit, str], h: DateHit, sent: str, start: int, end: int, lang: str) -> bool:
    """A later day that dates the meeting itself within the visit the provisional day frames: on or after an
    arrival or a span's first day (not after the span's end), or, before a visit's end, the day it began."""
    lg = lang if lang in _ARRIVAL else "en"
    first, kind = provisional
    if h.date is None or h.date.day is None or h.span:
        return False
    gap = h.date.ordinal() - first.date.ordinal()
    clause = _clause_of(sent, start, end)
    if kind in ("arrival", "span"):
        # The meeting may be named before an apposition ("paid a courtesy call on the chief, General X, on
        # Monday 5 February", "the meeting with his counterpart, held on 16 August"): the sentence up to the
        # date and the date's clause, with no arrival after the meeting's words.
        upto = sent[:end] + clause[clause.find(sent[start:end]) + end - start:] if sent[start:end] in clause else sent[:end]
        met = [m.end() for m in _MET_ITSELF[lg].finditer(upto)]
        arrived = [m.end() for m in _ARRIVAL[lg].finditer(upto)]
        held = bool(_HELD_BARE[lg].search(clause)) and bool(_MEETING_NOUN[lg].search(sent[:start]))
        # Round 20: the talks named right before their day ("After the talks on Saturday he answered our questions",
        # «после переговоров в субботу»): the day of the talks, not of the arrival or the visit's first day.
        named = _TALKS_ON.get(lg, _TALKS_ON["en"]).search(sent[max(0, start - 40):start]) is not None
        return 0 < gap <= VISIT_DAYS and ((bool(met) and (not arrived or max(arrived) < max(met))) or held or named)
    if kind == "returned":
        # the meeting before the return ("The delegations met in Doha on Sunday"), or one at home after it
        # ("who returned from Doha on Sunday, met the prime minister on Monday")
        return 0 < abs(gap) <= VISIT_DAYS and bool(_MET_ITSELF[lg].search(clause) or (gap < 0 and _MEETING_NOUN[lg].search(clause)))
    if kind == "ended":
        return -VISIT_DAYS <= gap < 0 and bool(_MET_ITSELF[lg].search(clause) or _BEGAN[lg].search(clause) or _MEETING_NOUN[lg].search(clause))
    if kind == "said":
        # The day someone spoke yields to a day, not after it and within a week, that the text ties to the
        # meeting or signing ("... said on Thursday. The two ministers signed the roadmap on Wednesday").
        # (Round 17: or a meeting the date's clause names as the occasion of what was said or decided, "He said this was
        # decided during his meeting with Y in Jakarta on Wednesday", «решение было принято на встрече с Y в среду»)
        return -LATE_MENTION_DAYS <= gap <= 0 and not said_day(sent, start, end, lg) and bool(
            _DOING[lg].search(clause) or _MET_ITSELF[lg].search(clause) or _AT_MEETING[lg].search(clause))
    return False


# A relative clause the date sits in ("the forum that opened on 20 May", "форума, который открылся 20 мая"),
# and the nouns whose clause still dates the meeting ("the visit, which began on Monday").
_RELATIVE_CLAUSE = {
    "en": gated(r"(?P<noun>(?:[\w’'-]+\s+){0,3}[\w’'-]+)\s*,?\s+(?:that|which)\s+(?P<cl>[^,;.]*)$", re.I, needs=("that", "which"), fold=True),
    "ru": gated(r"(?P<noun>(?:[\w-]+\s+){0,3}[\w-]+)\s*,\s+котор\w+\s+(?P<cl>[^,;.]*)$", re.I, needs=("котор",), fold=True),
}
# (the noun phrase before the relative word: "a three-day visit to Peru that began on Monday")
_MEETING_NOUN = {
    "en": re.compile(r"\b(?:visit|trip|tour|talks|meeting|negotiations|consultations|session)s?\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:визит|поездк|переговор|встреч|консультаци|заседани|бесед)\w*", re.I),
}


# The talks or meeting themselves named right before a day ("the talks on Saturday", «переговоры в субботу», «встречи 28 февраля»).
_TALKS_ON = {
    "en": re.compile(r"\b(?:talks|meeting|meetings|negotiations|consultations)\s+(?:(?:held|took place)\s+)?(?:on\s+)?$", re.I),
    "ru": re.compile(r"(?<!\w)(?:переговор\w*|встреч[аеуи]|консультаци\w*)\s+(?:во?\s+)?$", re.I),
}


_MEETING_PHRASE = {
    "en": re.compile(r"\W*(?:(?:the|a|an|his|her|their|this)\s+)?(?:[\w’'-]+\s+){0,2}?(?:visit|trip|tour|talks|meeting|negotiations|consultations)\b"
                     r"(?![^,;]*\b(?:is|was|were|are|has|have|had|will|took|held|[a-z]+ed)\b)[^,;]*", re.I),
    "ru": re.compile(r"\W*(?:[\w-]+\s+){0,2}?(?:визит|поездк|переговор|встреч|консультаци)\w*(?![^,;]*(?:[а-яё]+(?:ал|ял|ил|ел|ыл|ла|ли|лся|лась|лись)\b))"
                     r"[^,;]*", re.I),
}
# The day a visit ended: when the sentence also gives another day (its start), that one dates the meeting.
_ENDED = {
    "en": re.compile(r"\b(?:ended|ends|concluded|wrapped up|finished|completed|closed)\s+(?:\w+\s+){0,5}?(?:on\s+)?$", re.I),
    "ru": re.compile(r"(?<!\w)(?:завершил\w*|закончил\w*|окончил\w*|завершает\w*)\s+(?:[\w-]+\s+){0,3}?$", re.I),
}


def _of_another_thing(before: str, lang: str) -> bool:
    """The date closes a relative clause about something other than the meeting whose verb does not
    say a meeting took place ("on the sidelines of the forum, which opened on 25 May")."""
    lg = lang if lang in _RELATIVE_CLAUSE else "en"
    m = _RELATIVE_CLAUSE[lg].search(before[-160:])
    if m is None or _MEETING_NOUN[lg].search(m["noun"]):
        return False
    # The relative word follows a noun phrase headed by the meeting ("The visit of the Polish chief of staff to
    # Vilnius, which began on Tuesday"): no verb between the head and the relative word.
    head = re.sub(r"\s*,?\s+(?:that|which|котор\w+)\s+$", "", before[-160:][:m.start("cl")], flags=re.I)
    if _MEETING_PHRASE[lg].fullmatch(re.split(r"[,;:]", head)[-1]):
        return False
    return not _PAST_MEETING[lg].search(m["cl"])


def year_from_context(h: DateHit, hits: list[DateHit], within: int = 366) -> PartialDate | None:
    """A day and month written without a year (``h.md``), placed in the year that puts it nearest to
    a day the text dates in full (within ``within`` days); None when the text dates no day in full.
    What a report with no publication date still says about its year: "met on 12 March ... had last
    met on 20 November 2018" is 12 March 2019."""
    if h.md is None:
        return None
    best: tuple[int, PartialDate] | None = None
    for f in hits:
        if not f.year_written or f.date is None or f.date.day is None or f is h:
            continue
        for y in (f.date.year - 1, f.date.year, f.date.year + 1):
            try:
                cand = PartialDate(y, h.md[0], h.md[1])
                gap = abs(cand.ordinal() - f.date.ordinal())
            except ValueError:
                continue
            if gap <= within and (best is None or gap < best[0]):
                best = (gap, cand)
    return best[1] if best else None


_PAST_MEETING = {
    "en": re.compile(r"\b(?:met|held|received|visited|signed|discussed|hosted|welcomed|arrived|toured|took place|was held|were held|"
                     r"(?:during|at|in the course of) (?:the|a|his|her|their|today's) (?:meeting|talks|negotiations|visit)|at talks|"
                     r"(?:is|are) on (?:an?|his|her|their) (?:\w+ )?visit)\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:встретил|встретились|провел|провёл|провели|прошл|состоял|принял|подписал|обсудил|обсудили|посетил|прибыл|"
                     r"(?:в ходе|во время) (?:встречи|переговоров|визита|беседы)|на (?:встрече|переговорах)|(?:находящ\w*|находится|находятся|находился|находились|находилась)\s+(?:[\w-]+\s+){0,3}?с\s+(?:\w+\s+)?визитом)", re.I),
}
# A meeting spoken of in the future: the future word governs the meeting, not a programme or a plan
# ("will meet", "is to visit", "the talks will be held", "состоится встреча", "встретятся", "посетит").
_FUTURE_MEETING = {
    "en": re.compile(r"\b(?:will|shall|would|is to|are to|(?:is|are|was|were) (?:expected|scheduled|due|set) to|plans? to|intends? to)\s+(?:\w+\s+){0,2}?"
                     r"(?:meet|hold|visit|sign|travel|pay|attend|arrive|discuss|receive|host|take part|be held|take place)\b|"
                     r"\b(?:to be held|upcoming|forthcoming|scheduled|planned)\s+(?:\w+\s+){0,2}?(?:meeting|talks|visit|negotiations|consultations)\b|"
                     r"\b(?:meeting|talks|visit|negotiations|consultations)\b[^.;]{0,40}\b(?:will (?:be held|take place)|to be held|is scheduled|is planned)\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:состоится|состоятся|пройд[её]т|пройдут|встретятся|встретится|проведут|проведет|проведёт|посетит|посетят|"
                     r"подпишут|подпишет|прибудет|прибудут|обсудят|обсудит|примет участие|примут участие|"
                     r"(?:намечен|запланирован|предстоящ|планируем)\w*\s+(?:\w+\s+)?(?:визит|встреч|переговор|консультац)|"
                     r"(?:планируется|ожидается|предполагается|намечается)\s+(?:[\w-]+\s+){0,2}?(?:визит|встреч|переговор|консультац|поездк)|"
                     r"(?:визит|встреч|переговор|консультац|поездк)\w*[^.;]{0,40}?(?<!\w)(?:планируется|ожидается|предполагается|намечается|"
                     r"запланирован[аоы]?|намечен[аоы]?)(?!\w))", re.I),
}


def announced(text: str, lang: str, sents: list[tuple[int, int]]) -> bool:
    """The report only announces the meeting (see ``_announced``)."""
    return _announced(text, lang, sents)


def _announced(text: str, lang: str, sents: list[tuple[int, int]]) -> bool:
    """The report's first sentence about the meeting speaks of the meeting in the future ("состоится
    встреча", "will meet"; not "a busy programme is planned for 2018") and none of the lead says it
    took place or is under way ("в ходе встречи", "during the talks")."""
    lg = lang if lang in ("en", "ru") else "en"
    # The first four sentences of five words or more (a photo caption or credit line is no part of the lead).
    lead = [text[s:e] for s, e in sents if len(text[s:e].split()) >= 5][:4]
    first = next((x for x in lead if MEETING_CUE[lg].search(x) and len(x.split()) >= 5), None)
    if first is None or not _FUTURE_MEETING[lg].search(first):
        return False
    # (the words of the future itself are not a past: "will be held" is no "held"; a later sentence that
    # recalls a meeting with its own earlier time, "Last year the ministers met in Tashkent", "В прошлом
    # году министры встречались", tells another occasion, not that the announced one took place)
    return not any(_PAST_MEETING[lg].search(_FUTURE_MEETING[lg].sub(" ", x)) for x in lead
                   if x is first or occasion(x, lang) != "other")


# A meeting that did not take place: postponed, cancelled, called off ("the visit has been postponed",
# "postponed the talks", "визит перенесен", "встреча отменена").
_CALLED_OFF = {
    "en": re.compile(r"\b(?:visit|trip|talks|meeting|negotiations|consultations)\b[^.;]{0,120}?\b(?:has|have|had|was|were|is|are)\s+(?:been\s+)?"
                     r"(?:postponed|cancell?ed|called off|put off|delayed|deferred|scrapped)\b|"
                     r"\b(?:postponed|cancell?ed|called off|put off|deferred|scrapped)\s+(?:the|a|an|his|her|their|its)\s+(?:[\w’'-]+\s+){0,2}?"
                     r"(?:visit|trip|talks|meeting|negotiations|consultations)\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:визит|поездк|переговор|встреч|консультаци)\w*[^.;]{0,120}?(?<!\w)(?:был[аио]?\s+)?"
                     r"(?:перенес[её]н\w*|перенесли|отложен\w*|отложили|отмен[её]н\w*|отменили|сорван\w*)(?!\w)|"
                     r"(?<!\w)(?:перенесли|отложили|отменили)\s+(?:[\w-]+\s+){0,2}?(?:визит|поездк|переговор|встреч)", re.I),
}


def called_off(text: str, lang: str, sents: list[tuple[int, int]]) -> bool:
    """The lead says the reported meeting or visit was postponed or cancelled, and none of it says a
    meeting took place all the same ("the talks were held despite ..."): there was no meeting."""
    lg = lang if lang in _CALLED_OFF else "en"
    lead = [text[s:e] for s, e in sents[:2]]
    if not any(_CALLED_OFF[lg].search(x) for x in lead):
        return False
    return not any(_MEETING_HELD[lg].search(_CALLED_OFF[lg].sub(" ", x)) for x in lead)


# A week named instead of a day ("met last week", "earlier this week", "на прошлой неделе"): the meeting's
# month when the whole week lies in one month, else no date (the page's day is not the meeting's).
_WEEK = {
    "en": re.compile(r"\b(?P<w>last week|the previous week|the past week|earlier this week|this week|"
                     r"(?:over|at|during) the weekend|(?:last|this past|over the past) weekend)\b", re.I),
    "ru": re.compile(r"(?<!\w)(?P<w>на (?:прошлой|минувшей|предыдущей) неделе|на этой неделе|в начале (?:этой )?недели|"
                     r"(?:в|на) (?:минувшие |прошедшие |прошлые )?выходн\w+)(?!\w)", re.I),
}
# A month named without a day for a meeting held ("You met your counterpart in Vilnius in March").
_IN_MONTH_ONLY = {
    "en": re.compile(r"\b(?:in|back in|early in|late in)\s+(?P<m>" + month_pattern("en", title=True, abbr=False) + r")\b(?!\s*\d)(?!,?\s+(?:19|20)\d\d)"),
    "ru": re.compile(r"(?<!\w)[вВ]\s+(?P<m>" + "|".join(month_prepositional_ru()) + r")(?!\w)(?!\s*\d)", re.I),
}
VAGUE_SENTENCES = 6


def _vague_date(text: str, lang: str, pub: PartialDate | None, sents: list[tuple[int, int]], lead: int):
    """The meeting dated by a week or a month only, in a sentence near the top that says it took
    place: (PartialDate to the month or None, None); None when no such sentence."""
    if pub is None or pub.month is None:
        return None
    lg = lang if lang in _WEEK else "en"
    for i, (s, e) in enumerate(sents[:max(lead + 1, VAGUE_SENTENCES)]):
        sent = text[s:e]
        if not _MEETING_HELD[lg].search(sent) or _FUTURE_MEETING[lg].search(sent) or inside_quote(sent):
            continue
        w = _WEEK[lg].search(sent)
        if w is not None and i <= lead and pub.day is not None:
            today = datetime.date(pub.year, pub.month, pub.day)
            monday = today - datetime.timedelta(days=today.weekday())
            if "weekend" in w["w"].lower() or "выходн" in w["w"].lower():
                # the last Saturday and Sunday not after the report ("met over the weekend" on a Monday)
                first = today - datetime.timedelta(days=(today.weekday() - 5) % 7)
                last = min(today, first + datetime.timedelta(days=1))
            elif w["w"].lower() in ("this week", "earlier this week", "на этой неделе", "в начале недели", "в начале этой недели"):
                first, last = monday, max(monday, today - datetime.timedelta(days=1))
            else:
                first, last = monday - datetime.timedelta(days=7), monday - datetime.timedelta(days=1)
            same = (first.year, first.month) == (last.year, last.month)
            return (PartialDate(first.year, first.month, None) if same else None), None
        m = _IN_MONTH_ONLY[lg].search(sent)
        if m is not None and _RESULTS_OF[lg].search(sent[:m.start()]):
            continue  # "the results of the talks held in Moscow in March": an earlier meeting the report looks back on
        if m is not None and w is None and not OTHER_OCCASION[lg].search(sent):
            month = _month_en(m["m"]) if lg == "en" else _prep_month_ru(m["m"])
            if month is None or month == pub.month:
                continue
            year = pub.year if month < pub.month else pub.year - 1
            if (pub.year - year) * 12 + pub.month - month > 6:
                continue  # half a year back or more: background, not the report's meeting
            return PartialDate(year, month, None), None
    return None


_RESULTS_OF = {
    "en": re.compile(r"\b(?:results?|outcomes?|follow-up|implementation|decisions|agreements reached|progress) (?:of|on|since)\b|"
                     r"\b(?:following|after|since|recalled|recalling)\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:итог\w*|результат\w*|выполнени\w*|реализаци\w*|договоренност\w*|по следам|после|напомнил\w*)(?!\w)", re.I),
}


def _prep_month_ru(word: str) -> int | None:
    names = month_prepositional_ru()
    low = word.lower()
    return next((i % 12 + 1 for i, n in enumerate(names) if n.lower() == low), None)


# A verb that says the meeting itself took place (not a document "signed on 5 September 1992").
_MEETING_HELD = {
    "en": re.compile(r"\b(?:met|held (?:talks|a meeting|consultations|negotiations)|(?:talks|meeting|negotiations|consultations) (?:were |was )?held|"
                     r"(?:talks|meeting|negotiations|consultations|visit)\b[^,;.]{0,60}\b(?:were|was) held|"
                     r"received|visited|arrived|hosted|welcomed|paid (?:an? )?(?:\w+ )?visit|took place|called on)\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:встретил\w*|провел\w*|провёл|принял\w?|" + RECEIVED_BY_RU + r"|посетил\w*|прибыл\w*|состоял\w*|прошл[аио]|"
                     r"находил\w* с (?:\w+ )?визитом)", re.I),
}
# A document named right before the date: the day is the document's ("the treaty signed on 5 May 1992").
_DOCUMENT_BEFORE = re.compile(r"(?:treaty|agreement|memorandum|plan|programme|program|protocol|declaration|accord|roadmap|"
                              r"договор\w*|соглашени\w*|меморандум\w*|план\w*|программ\w*|протокол\w*|деклараци\w*)\b[^,;]{0,30}$", re.I)


# What a report tells of when it reports no meeting: an exercise, or an arms deal (a purchase, a delivery).
_EXERCISE = {
    "en": re.compile(r"\b(?:exercises?|drills?|war ?games|manoeuvres|maneuvers|live-fire|wargame)\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:учени[еяйюи]\w*|манёвр\w*|маневр\w*|стрельб\w*)", re.I),
}
_SALE = {
    "en": re.compile(r"\b(?:contracts?|deals?|purchas\w*|procure\w*|acquisition|acquir\w*|buy|buys|bought|sale|sales|sell\w*|sold|"
                     r"deliver\w*|suppl(?:y|ies|ied)|exports?|exported|order(?:ed|s)?)\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:контракт\w*|сделк\w*|закуп\w*|приобрет\w*|купит|купил\w*|продаж\w*|прода\w*|постав\w*|экспорт\w*|заказ\w*)", re.I),
}
# Words that tell of a meeting of people, not of a reporting or a taking part in an exercise; a
# purchase the sides discuss with a counterpart, in a call or a conversation, is a meeting's topic,
# not a sale ("discussed the purchase of air defence systems with his Ugandan counterpart").
_MEETING_TOLD = {
    "en": re.compile(r"\b(?:met|meet|meets|meeting|talks|negotiations|consultations|visit(?:ed|s|ing)?|received|hosted|welcomed|"
                     r"summit|conference|session|delegation|courtesy call|call(?:ed)? on|sign|signs|signed|signing|"
                     r"discuss(?:ed|es|ing)?|discussions?|counterparts?|conversation|(?:tele)?phone call|talked|spoke with)\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:встрет|встреч|переговор|консультаци|визит|посет|прин(?:ял|яли)\b|делегац|саммит|заседани|совещани|бесед|подпис|"
                     r"обсуд|обсужд|коллег|разговор|созвонил)", re.I),
}


# 'received' tells of a meeting when what is received is a person or a delegation ("received his counterpart",
# "received a delegation", "received Minister X", "was received by"), not equipment ("received the second battery").
_RECEIVED_WHOM = re.compile(
    r"\s+(?:by\b|him\b|her\b|them\b|[A-Z][a-z]+\s+[A-Z][a-z]+\b(?!\s+(?:\w+\s+)?(?i:systems?|missiles?|drones?|tanks?|"
    r"jets?|aircraft|vehicles?|rifles?|helicopters?|batter(?:y|ies)|launchers?|guns?|rockets?|ships?|boats?|radars?))|"
    r"(?:[\w’'-]+\s+){0,4}(?i:counterparts?|delegations?|guests?|visitors?|ministers?|ambassadors?|envoys?|"
    r"attach[ée]s?|chiefs?|heads?|commanders?|officials?|officers?|generals?|admirals?|secretar(?:y|ies)|presidents?|"
    r"deputy|deputies|premier|prime|representatives?|cadets|servicemen|troops)\b)")
# A document's own past signing, named by a participle right after it: "under the contract signed in 2022",
# «по контракту, подписанному в 2023 году». It dates the document; it tells of no meeting in the report.
_DOC_SIGNED_BEFORE = re.compile(r"(?:contracts?|deals?|agreements?|treaty|memorandum|accords?|orders?|"
                                r"контракт\w*|договор\w*|соглашени\w*|сделк\w*|меморандум\w*|заказ\w*)\s*,?\s*$", re.I)
_DOC_SIGNED_WHEN = re.compile(r"^\s+(?:(?:in|on|back in|earlier in)\s+(?:\w+\s+){0,2}(?:19|20)\d\d\b|last\s+(?:year|month)|"
                              r"earlier|previously|(?:\w+\s+){1,2}ago|в\s+(?:\w+\s+){0,2}(?:19|20)\d\d|ранее|в\s+прошлом\s+году)", re.I)
# «принял участие» (took part, in an exercise), «принял на вооружение» (adopted into service): no guest received.
_RU_TOOK_NOT_RECEIVED = re.compile(r"\s+(?:участие|на\s+вооружение|на\s+снабжение|решение|присягу|командование|меры)", re.I)


def _meeting_told(x: str, lg: str) -> bool:
    """Whether the sentence tells of people meeting (``_MEETING_TOLD``), less the words that there tell of none:
    'received' whose object is no person (a delivery), a document's participle that dates it ("the contract
    signed in 2022", «контракту, подписанному в 2023 году»), «принял участие»."""
    for m in _MEETING_TOLD[lg].finditer(x):
        w = m.group(0).lower()
        after = x[m.end():]
        if lg == "en" and w == "received" and not _RECEIVED_WHOM.match(after):
            continue
        if lg == "ru" and w.startswith("прин") and _RU_TOOK_NOT_RECEIVED.match(after):
            continue
        if w.startswith("sign") or w.startswith("подпис"):
            word = w + re.match(r"\w*", after).group(0).lower()
            participle = word == "signed" or word.startswith("подписанн")
            if participle and _DOC_SIGNED_BEFORE.search(x[:m.start()]) and _DOC_SIGNED_WHEN.match(x[m.start() + len(word):]):
                continue
        return True
    return False


def event_kind(text: str, lang: str, sents: list[tuple[int, int]]) -> str:
    """What the report tells of: 'meeting' (a meeting, visit, talks or signing), 'exercise' or 'sale'
    (an arms deal), read from its first three sentences of five words or more (headline included):
    an exercise or a deal named there and no meeting told anywhere in them. A report of a meeting
    that also names an exercise ("the ministers watched the drill") is a meeting."""
    lg = lang if lang in _EXERCISE else "en"
    top = [text[s:e] for s, e in sents if len(text[s:e].split()) >= 5][:3]
    if not top or any(_meeting_told(x, lg) for x in top):
        return "meeting"
    if any(_EXERCISE[lg].search(x) for x in top[:2]):
        return "exercise"
    if any(_SALE[lg].search(x) for x in top[:2]):
        return "sale"
    return "meeting"


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[^\W\d_a-zа-яё])|\n+")


def event_sides(text: str, lang: str, kind: str, country_spans, codes) -> list[str]:
    """The states a report of an exercise or an arms deal names as holding it or making it: the article's
    countries (``codes``) that the first sentence naming the exercise (the deal) names, among the first three of
    five words or more ("joint exercises of the armed forces of Norway and Chile began", «совместные учения
    вооружённых сил Норвегии и Чили»; "Chile receives a battery of missiles from Norway"), in the order named.
    None for a meeting (its sides are its people's) or when no such sentence names one."""
    if kind == "meeting":
        return []
    lg = lang if lang in _EXERCISE else "en"
    cue = (_EXERCISE if kind == "exercise" else _SALE)[lg]
    allowed = set(codes)
    start, seen = 0, 0
    for m in list(_SENTENCE_END.finditer(text)) + [None]:
        end = m.start() if m else len(text)
        sent = text[start:end]
        if len(sent.split()) >= 5:
            seen += 1
            if cue.search(sent):
                named = list(dict.fromkeys(c for c, s, e in sorted(country_spans, key=lambda x: x[1])
                                           if start <= s and e <= end and c in allowed))
                if named:
                    return named
            if seen >= 3:
                break
        start = m.end() if m else len(text)
    return []


CUES.update({"past_meeting": _PAST_MEETING, "future_meeting": _FUTURE_MEETING, "meeting_held": _MEETING_HELD})


def _dates_the_meeting(sent: str, start: int, end: int, lang: str) -> bool:
    """The date's clause says the meeting took place: the clause around it ("met ... on 12 March 2019")
    or, when the date opens the sentence, the clause after it too ("On 12 March 2019, X met Y")."""
    lg = lang if lang in ("en", "ru") else "en"
    # A clause boundary: not the comma of "May 3, 2019", nor the one after a weekday ("on Tuesday, March 12, 2019").
    cut = re.compile(r"[;:]|(?<!day)(?<!ник)(?<!среду)(?<!четверг)(?<!пятницу)(?<!субботу)(?<!сенье),(?!\s*(?:19|20)\d\d)")
    a = max((m.end() for m in cut.finditer(sent, 0, start)), default=0)
    tail = cut.split(sent[end:], maxsplit=2)
    opens = a == 0 and len(sent[:start].split()) <= 2
    clause = sent[a:end] + (",".join(tail[:2]) if opens else tail[0])
    if _DOCUMENT_BEFORE.search(sent[a:start]):
        return False
    return bool(_MEETING_HELD[lg].search(clause))


_REPORTED = {
    "en": re.compile(r"\b(?:reported|reports|said|says|announced|informed|informs|stated|told \w+)\s+(?:on\s+)?$", re.I),
    "ru": re.compile(r"(?<!\w)(?:сообщил\w*|сообщает|сообщается|заявил\w*|информирует|передает|передаёт)\s+$", re.I),
}


def _report_day(before: str, lang: str) -> bool:
    """The date right after a verb of reporting: the day of the report, not of the meeting."""
    return bool(_REPORTED.get(lang, _REPORTED["en"]).search(before))


# A verb of saying or reporting, and a verb of the meeting or signing itself: the nearer of the two to a date
# tells whose day it is ("signed the plan on Wednesday, the minister said on Thursday", "Speaking on Thursday,
# X said the roadmap was signed on Wednesday", «В четверг министр сообщил, что в среду стороны подписали»).
_SAYING = {
    "en": re.compile(r"\b(?:said|says|say|told|tells|reported|reports|announced|announces|stated|states|informed|informs|speaking|spoke|"
                     r"added|noted|confirmed|revealed|wrote|posted|published|briefed|according to)\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:сообщил\w*|сообщает|сообщают|сообщается|заявил\w*|заявляет|рассказал\w*|рассказывает|отметил\w*|"
                     r"информирует|информировал\w*|проинформировал\w*|доложил\w*|докладывал\w*|переда[её]т|передал[аи]?|уточнил\w*|подчеркнул\w*|опубликова\w*|говорится|выступая)(?!\w)", re.I),
}
_DOING = {
    "en": re.compile(r"\b(?:met|meet|meets|held|hold|holds|received|receives|visited|visits|hosted|hosts|welcomed|arrived|signed|signs|sign|"
                     r"inked|took place|called on|sat down|toured|inspected|discussed|attended)\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:встретил\w*|встретились|провел\w*|провёл|провели|принял\w*|посетил\w*|прибыл\w*|прибывш\w*|состоял\w*|состоявш\w*|прошедш\w*|проведенн\w*|проведённ\w*|"
                     r"прошл[аио]|подписал\w*|подписан\w*|обсудил\w*|осмотрел\w*|" + RECEIVED_BY_RU + r")", re.I),
}
SAID_REACH = 80  # how far from a date a verb may stand and still be its own
# A meeting named as the occasion of a clause ("during his meeting with", "at the talks", «на встрече с», «в ходе
# переговоров»).
_AT_MEETING = {
    "en": re.compile(r"\b(?:during|at|in the course of|on the sidelines of)\s+(?:his|her|their|the|a|its)\s+(?:[\w-]+\s+)?"
                     r"(?:meeting|meetings|talks|negotiations|consultations)\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:на\s+(?:[\w-]+\s+)?встреч\w*|(?:в\s+ходе|во\s+время)\s+(?:[\w-]+\s+)?(?:встреч|переговор|консультаци)\w*)", re.I),
}


def said_day(sent: str, start: int, end: int, lang: str, others: list[tuple[int, int]] = ()) -> bool:
    """The date at ``start:end`` of ``sent`` is the day someone spoke or the report was made: within its
    part of the sentence (up to ';' or ':', and not past another date, ``others``), the verb nearest to it
    is one of saying, not one of the meeting or signing ("the minister told reporters on Thursday", "On
    Thursday, the ministry said the agreement signed on Wednesday ...": Thursday is the saying's)."""
    lg = lang if lang in _SAYING else "en"
    say = _nearest(sent, start, end, others, _SAYING[lg])
    return say < _FAR and say < _nearest(sent, start, end, others, _DOING[lg])


_FAR = 10 ** 6


def _nearest(sent: str, start: int, end: int, others, rx: re.Pattern) -> int:
    """How far from the date at ``start:end`` the nearest match of ``rx`` stands, on either side, within the
    date's part of the sentence (``SAID_REACH`` characters, up to ';' or ':' and not past another date of
    ``others``); ``_FAR`` when there is none."""
    a = max([max(0, start - SAID_REACH)] + [e for s, e in others if e <= start])
    b = min([end + SAID_REACH] + [s for s, e in others if s >= end])
    before = re.split(r"[;:]", sent[a:start])[-1]
    after = re.split(r"[;:]", sent[end:b])[0]
    d = [len(before) - m.end() for m in rx.finditer(before)] + [m.start() for m in rx.finditer(after)]
    return min(d, default=_FAR)


def _date_line(sent: str, spans: list[tuple[int, int]]) -> bool:
    rest = sent
    for a, b in sorted(spans, reverse=True):
        rest = rest[:a] + " " + rest[b:]
    return len(re.findall(r"[^\W\d_]{2,}", rest)) < 4


# Words that open a sentence and are no city: a date after them is the sentence's, not a dateline's
# ("С 3 по 5 сентября министр находится с визитом", "On 5 July the ministers met").
_NOT_A_PLACE = frozenset("""on in at by from since until till to between before after during through over around last this next
early late also and but as of for then about within в во с со по до к ко на от из за между после перед накануне около уже ещё еще
а и но также лишь только""".split())


def _at_dateline(sent: str, pos: int) -> bool:
    if pos >= 40:
        return False
    m = re.fullmatch(r"\s*(?:\([^)]*\)\s*)?(?P<w>[A-ZА-ЯЁ][\w\-]*)(?:[ -][A-ZА-ЯЁ][\w\-]*)?,?\s*", sent[:pos])
    return bool(m) and m["w"].lower() not in _NOT_A_PLACE

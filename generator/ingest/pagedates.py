"""The date of a page: among the dates a page shows (header, dateline, stamp above or below the text, a foot
line, a 'published' sentence), the article's own; page clocks and widgets never. The years a meeting sentence names.
"""

from __future__ import annotations

import datetime as _dt
import re

from generator.ingest import date_candidates
from generator.ingest.bylines import DATE_CUE, PROSE_END, menu_word
from generator.ingest.draft import (
    CLOCK_LINE, OFFICIAL_SITE, ParsedDraft, RELATED, city_names, copy_stamp, dateline_country, domain_of, line_text, set_label,
    today_clock,
)
from generator.ingest.headlines import breadcrumb
from generator.ingest.sources import MENU_SPLIT, OFFICE_OPENS
from generator.model import PartialDate
from generator.text.dates import (
    clock_of, date_only, find_dates, months_of_year, numeric_convention, numeric_order, numeric_parts,
    place_of_url, name_years, relative_stamp, said_weekdays, weekday_of, years_in,
)


def _page_label(t: str, lang: str) -> bool:
    """A short undated label of the page's own ('Press release No. 142/2023', 'Пресс-релиз № 142',
    'Defence News'), not a link word ('more', 'Read more', 'Share') that ties a date above it to a
    widget or a list."""
    from generator.ingest.lines import RE_SHARE

    words = t.split()
    return (1 <= len(words) <= 6 and not find_dates(t, lang) and not RE_SHARE.search(t) and not menu_word(t)
            and t[:1].isupper() and (len(words) >= 2 or bool(re.search(r"\d", t))))


_SITE_HEADER = re.compile(r"^(?:the\s+)?(?:Ministry\s+of\s+(?:National\s+)?Defen[cs]e|Министерство\s+обороны|Минобороны|Department\s+of\s+(?:National\s+)?Defen[cs]e"
                          # the ministry's own name in its language over a release in English ('Ministerul Apărării al Republicii …')
                          r"|Ministerul\s+Apărării(?:\s+Naționale)?|Minist[èe]re\s+(?:des\s+Armées|de\s+la\s+Défense)|Ministerio\s+de\s+Defensa"
                          r"|Minist[ée]rio\s+da\s+Defesa|Ministerstvo\s+obrany|Ministarstvo\s+(?:odbrane|obrane)|Міністерство\s+оборони)"
                          r"(?:\s+of)?(?:\s+the)?(?:\s+(?:Republic|Республики|of|the|al|a|de|da|la|[A-ZА-ЯЁ][\w-]+)){1,4}"
                          # its short name in brackets after it ('(Минобороны России)', '(MoD)')
                          r"(?:\s*\([^()]{2,40}\))?\s*$", re.IGNORECASE)
#: The same header with the state before the ministry ('U.S. Department of Defense', 'Australian Department of
#: Defence', 'UK Ministry of Defence'): a ministry only when the words before it name a state.
_SITE_HEADER_STATE_FIRST = re.compile(r"^(?i:the\s+)?(?P<state>(?:[A-Z][\w.'’-]*\s+){1,2})(?i:Ministry\s+of\s+(?:National\s+)?Defen[cs]e|"
                                      r"Department\s+of\s+(?:National\s+)?Defen[cs]e|Defen[cs]e\s+Ministry)(?:\s*\([^()]{2,20}\))?\s*$")


#: A defence ministry's own name in its language, alone ('Ministério da Defesa', 'Ministerio de Defensa', 'Ministère des
#: Armées', 'Ministerul Apărării Naționale'): on a page in another language only the site's own header says it so; its
#: state is read from the text.
_SITE_HEADER_NATIVE = re.compile(r"^(?:Ministerul\s+Apărării(?:\s+Naționale)?|Minist[èe]re\s+(?:des\s+Armées|de\s+la\s+Défense)|"
                                 r"Ministerio\s+de\s+(?:la\s+)?Defensa(?:\s+Nacional)?|Minist[ée]rio\s+da\s+Defesa(?:\s+Nacional)?|"
                                 r"Ministerstvo\s+obrany|Ministarstvo\s+(?:odbrane|obrane)|Міністерство\s+оборони|"
                                 r"Ministero\s+della\s+Difesa|Ministerie\s+van\s+Defensie|Ministerstwo\s+Obrony\s+Narodowej|"
                                 r"Verteidigungsministerium|Bundesministerium\s+der\s+Verteidigung|Kementerian\s+Pertahanan)"
                                 r"(?:\s*\([^()]{2,40}\))?\s*$", re.IGNORECASE)


def site_header(t: str) -> bool:
    """A ministry's name as a site's header: 'Ministry of Defence of the Republic of Serbia', 'Министерство
    обороны Российской Федерации (Минобороны России)', 'U.S. Department of Defense', 'Ministério da Defesa'."""
    from generator.reference.countries import index

    if _SITE_HEADER.match(t) or _SITE_HEADER_NATIVE.match(t):
        return True
    m = _SITE_HEADER_STATE_FIRST.match(t)
    state = m.group("state").strip() if m else ""
    return bool(m) and bool(index().find(state, "en") or (state.isupper() and index().find(state.title(), "en")))


#: A sentence that says when the article itself came out ('This article was first published on 17
#: July 2023.', 'The story originally appeared in …  on 3 May 2021', 'Материал впервые опубликован
#: 17 июля 2023 года'): the article's date wherever the page prints it, at its foot or inside the text.
_PUBLISHED_SENTENCE = re.compile(
    r"(?i)\b(?:(?:this|the)\s+(?:article|story|piece|interview)\b[^.!?]{0,60}?\b(?:published|posted|appeared|ran)"
    r"|(?:first|originally)\s+(?:published|posted|appeared|ran)"
    r"|(?:эт[аото]т?\s+)?(?:статья|материал|публикация|интервью)\b[^.!?]{0,60}?\b(?:опубликован\w*|вышл?[аои]?)"
    r"|впервые\s+(?:опубликован\w*|вышл?[аои]?))\b")


def _published_sentence(nonblank, last_body: int, p: ParsedDraft) -> bool:
    """A sentence saying when this article was published, with a full date after it in the same
    sentence: above the end of the text or right under it (not in a list of other articles)."""
    for ln in nonblank[:last_body + 3]:
        t = line_text(ln)
        if ln.label == "body" and len(t.split()) > 25:
            continue  # a paragraph of the text that speaks of another article ('The article, published on …, argued')
        for m in _PUBLISHED_SENTENCE.finditer(t):
            rest = re.split(r"(?<=[^\d\s.][.!?])\s", t[m.end():], maxsplit=1)[0]
            got = [d for d, *_ in find_dates(rest[:120], p.lang) if d is not None and d.month is not None]
            if got:
                p.date, p.date_text = got[0], t
                p.why["date"] = f"line {ln.number}: rule: a sentence saying when the article was published ({m.group(0)!r})"
                return True
    return False


def _relative_stamp(nonblank, p: ParsedDraft) -> bool:
    """A relative timestamp above the text ('2 hours ago', 'Yesterday, 14:20', 'вчера, 14:20') read
    against the page's own clock above the text (a line holding only a full date and a time): the
    clock says when the page was shown, the stamp how long before that the article came out.
    Without a clock a relative stamp dates nothing."""
    first_text = next((k for k, ln in enumerate(nonblank) if ln.label == "body" and len(line_text(ln).split()) >= 8), len(nonblank))
    top = nonblank[:first_text]
    stamps = [ln for ln in top if len(line_text(ln)) <= 40 and relative_stamp(line_text(ln), _dt.datetime(2000, 1, 1), p.lang)]
    clocks = [(ln, c) for ln in top if (c := clock_of(line_text(ln), p.lang)) is not None and _CLOCK_TIME.search(line_text(ln))]
    if not stamps or len({c.date() for _ln, c in clocks}) != 1:
        return False
    clock_line, clock = clocks[0]
    d = relative_stamp(line_text(stamps[0]), clock, p.lang)
    if d is None:
        return False
    p.date, p.date_text = d, line_text(stamps[0])
    p.why["date"] = f"line {stamps[0].number}: rule: relative timestamp read against the page's clock (line {clock_line.number})"
    return True


_CLOCK_TIME = re.compile(r"(?<![\d.:])[0-2]?\d:[0-5]\d(?!\d)")


#: the reason reader.py:_latest_column gives the lines of a 'Latest news' column above the article
_LATEST_COLUMN = "rule: a 'Latest news' column above the article"


def _stamp_line_above_text(nonblank, p: ParsedDraft) -> bool:
    """A line holding nothing but a date ('Tuesday 5 September 2023', 'Vol. 6, No. 2 — April 2020',
    '7 июля 2021 г.', '16 мая 2024, четверг') above the first paragraph, wherever it stands in the
    header (under a masthead, between menus, above the headline) and whatever the line model made
    of it, dates the article before any year the prose names: a page prints its date near the top.
    Not a clock line (weekday … time: the page's clock), not one tied to a link word under it
    ('more'), and not when the top holds several different dates (a list of other articles)."""
    from generator.ingest.lines import RE_SHARE

    first_text = next((k for k, ln in enumerate(nonblank) if ln.label == "body" and len(line_text(ln).split()) >= 8), None)
    if first_text is None:  # no line read as text: the first prose line (as ``_body`` falls back to)
        first_text = next((k for k, ln in enumerate(nonblank) if ln.label != "headline" and len(line_text(ln).split()) >= 8
                           and re.search(r"[.!?…»\"”]\s*$|[.!?]\s", line_text(ln))), None)
    if first_text is None:
        return False
    found = []
    for k, ln in enumerate(nonblank[:first_text]):
        t = line_text(ln)
        if ln.label == "caption" or CLOCK_LINE.match(t) or ln.why.startswith("rule: clock") or _LATEST_COLUMN in ln.why:
            continue  # (a line of a 'Latest news' column: another article's date)
        d = date_only(t, p.lang)
        if d is None or d.month is None:
            continue
        nxt = line_text(nonblank[k + 1]) if k + 1 < len(nonblank) else ""
        if len(nxt.split()) <= 2 and (RE_SHARE.search(nxt) or menu_word(nxt) or re.fullmatch(r"[a-zа-яё ]+", nxt)) \
                and not _menu_run(nonblank[k + 1:k + 4]):
            continue  # 'more' under it: a link to another page, not this article's date
        found.append((ln, d))
    if not found or len({d for _ln, d in found}) != 1:
        return False
    ln, d = found[-1]
    set_label(ln, "date", ln.why + "; rule: a line holding only a date above the text")
    p.date, p.date_text = d, line_text(ln)
    p.why["date"] = f"line {ln.number}: rule: a line holding only a date above the text"
    return True


def _stamp_on_headline(nonblank, ln, p: ParsedDraft) -> bool:
    """A weekday, a full date and a time right on top of the headline, under the site's menu
    ('Thursday, 08 May 2025 | 14:05', 'Четверг, 8 мая 2025 г., 14:05' / the headline): the article's
    stamp, not the site's clock, when nothing marks it as a clock: it does not tick to the second,
    it is not the page's first line (where a clock heads the masthead), and the page prints no other
    full date where an article's own stamp stands (between the headline and the text, a line that
    says it is the date, the foot of the text above any list of other articles)."""
    t = line_text(ln)
    k = nonblank.index(ln)
    if re.search(r"\d:\d\d:\d\d", t) or k == 0 or ln.why.startswith("rule: clock") or today_clock(t):
        return False
    if not (k + 1 < len(nonblank) and nonblank[k + 1].label == "headline"):
        return False
    own = {d for d, *_ in find_dates(t, p.lang) if d is not None and d.day is not None}
    if len(own) != 1:
        return False
    body = [j for j, x in enumerate(nonblank) if x.label == "body" and len(line_text(x).split()) >= 8]
    if not body:
        return False
    rivals = nonblank[k + 2:body[0]] + [x for x in nonblank if DATE_CUE.match(line_text(x))]
    for x in nonblank[body[-1] + 1:body[-1] + 1 + FOOT_LINES]:
        if x.label == "headline" or RELATED.match(line_text(x)) or _another_title(x, line_text(x)):
            break
        rivals.append(x)
    for x in rivals:
        if x.label == "caption" or re.match(r"(?i)\W*(?:photo|фото)\b", line_text(x)):
            continue
        if any(d is not None and d.day is not None and d not in own for d, *_ in find_dates(line_text(x), p.lang)):
            return False
    return True


def _menu_run(lines) -> bool:
    """The first items of the site's menu, one a line ('Home' / 'News' / 'Politics'): three short
    capitalised lines without a date or a stop. A date over them is the masthead's (a daily's edition
    date), not a widget's date tied to a link word under it ('more')."""
    return len(lines) >= 3 and all(
        len(t.split()) <= 3 and t[:1].isupper() and not re.search(r"\d|[.!?:]$", t)
        for t in (line_text(x).strip() for x in lines))


_UPDATE_CUE = re.compile(r"^\W*(?:last\s+)?(?:updated|modified|edited)(?:\s+on)?\b|^\W*(?:обновлено|изменено)\b", re.IGNORECASE)


def _dateline_completed(labelled, nonblank, p: ParsedDraft) -> bool:
    """A lead dateline's day and month without a year ('TASHKENT, Oct. 4 (Steppe Wire) --',
    'МОСКВА, 12 мар -') completed by the same day printed in full elsewhere on the page, in any
    form ('2022/10/04 21:15 KST' at the foot): that day, in that year."""
    for ln in [x for x in labelled if x.label == "date" or (x.label == "body" and len(line_text(x).split()) >= 8)][:3]:
        for d, month, day, form, _off in find_dates(line_text(ln)[:60], p.lang):
            if d is not None or not (month and day):
                continue
            same = [(x, f) for x in nonblank if x is not ln for f, *_ in find_dates(line_text(x), p.lang)
                    if f is not None and (f.month, f.day) == (month, day)]
            if len({f for _x, f in same}) == 1:
                x, f = same[0]
                p.date, p.date_text = f, line_text(x)
                p.why["date"] = f"line {ln.number}: dateline day and month ({form}), the year from the same day in full on line {x.number}"
                return True
            return False  # the dateline's day is printed in no year, or in several
    return False


def _cue_line_at_foot(nonblank, last_body: int, p: ParsedDraft) -> bool:
    """A short line anywhere under the text that says it is the date ('Published 14th June 2021',
    'Опубликовано: 14.06.2021'; else 'Last updated …', 'Изменено …'), past tags and share bars but
    not inside a related list: the date of a page whose top gives none (a relative 'Updated 2 hours
    ago' without a page clock)."""
    found: dict[bool, list] = {False: [], True: []}
    for ln in nonblank[last_body + 1:]:
        t = line_text(ln)
        if ln.label == "headline" or RELATED.match(t) or ln.why.startswith("rule: related-articles list"):
            break
        if _another_title(ln, t):
            break  # another article's title: what follows is a list of other articles
        if len(_words(t)) > 10:
            continue
        for update, cue in ((False, DATE_CUE), (True, _UPDATE_CUE)):
            m = cue.match(t)
            got = [d for d, *_ in own_dates(t[m.end():], p.lang) if d is not None and d.day is not None] if m else []
            if got:
                found[update].append((ln, got[0], m.group(0).strip()))
                break
    for update in (False, True):
        if len({d for _ln, d, _c in found[update]}) == 1:
            ln, d, cue = found[update][0]
            set_label(ln, "date", ln.why + f"; rule: '{cue}' line under the text")
            p.date, p.date_text = d, line_text(ln)
            p.why["date"] = f"line {ln.number}: rule: a date after '{cue}' under the text"
            return True
    return False


#: How far under the last paragraph the foot of an article reaches (end marks, credits, an editor's
#: line, tags, a share bar), in non-blank lines.
FOOT_LINES = 8


def _another_title(ln, t: str) -> bool:
    """A line shaped like another article's title: five to fifteen capitalised words, no full stop,
    no digits, not text; not an office signing the release ('Press Service of the Ministry of Defence',
    'Пресс-служба Министерства обороны Республики Беларусь', 'Ministry of Defence of Mongolia')."""
    return (ln.label != "body" and 5 <= len(_words(t)) <= 15 and not re.search(r"[\d©:|@]|copyright|rights|права", t, re.I)
            and not PROSE_END.search(t) and t[:1].isupper() and not _office_credit(t))


def _office_credit(t: str) -> bool:
    """A line naming the office or ministry that issues the page ('Press service of …', 'Пресс-служба …',
    a ministry's own name): a credit at the foot of a release."""
    return bool(OFFICIAL_SITE.match(t) or OFFICE_OPENS.match(t) or site_header(t.strip()))


def _foot_date(nonblank, last_body: int, body_pos: list[int], p: ParsedDraft) -> bool:
    """The page's date printed only at the foot of the article, when its top gives none: a line
    holding only a date ('12.02.2024', 'Saturday, 9 November 2024 07:40 WIB', '22 ноября 2024 г.'),
    a sign-off ('— Aidar Sultanov, Bishkek, 20 May 2021') or a short posting line ('Posted in Defence
    on 20 May 2021 | 3 comments') in the last lines of the article: under its last paragraph, among
    the end marks, credits and bylines around it ('BSN/RK/1945 hrs', 'Editor: …', '<Name>, «<Paper>»'),
    up to ``FOOT_LINES`` lines down. The foot ends where a related-articles list begins (a 'Read
    more' heading, a headline, another article's title); and dates in a row that differ (the dated
    headlines of such a list) date nothing."""
    foot = []
    for ln in nonblank[last_body + 1:last_body + 1 + FOOT_LINES]:
        t = line_text(ln)
        if ln.label == "headline" or RELATED.match(t) or ln.why.startswith("rule: related-articles list") or _another_title(ln, t):
            break
        if len(_words(t)) >= 8 and PROSE_END.search(t) and not find_dates(t, p.lang):
            if foot:
                break  # a second paragraph under the foot: no longer the article's end
            continue  # one undated sentence the model left out of the text
        foot.append(ln)
    tail = line_text(nonblank[last_body])
    if len(body_pos) > 1 and len(_words(tail)) <= 12 and (_signoff(tail, p.lang) or _POSTED_CUE.search(tail)):
        foot.insert(0, nonblank[last_body])
    found, other = [], set()
    for ln in foot:
        t = line_text(ln)
        got = [d for d, *_ in own_dates(t, p.lang) if d is not None]
        if not got:
            continue
        no_sentence = not re.search(r"[.!?]\s+\w", t)
        if got[0].day is not None and ((len(_words(t)) <= 6 and no_sentence) or date_only(t, p.lang)
                                       or (len(_words(t)) <= 12 and no_sentence and (_POSTED_CUE.search(t) or _signoff(t, p.lang)))):
            found.append((ln, got[0]))
        else:
            other.update(got)
    dates = {d for _ln, d in found}
    if len(dates) != 1 or any(d not in dates for d in other if d.day is not None):
        return False  # no date at the foot, or several different ones (a list of other articles)
    ln, d = found[0]
    set_label(ln, "date", ln.why + "; rule: a date at the foot of the article")
    p.date, p.date_text = d, line_text(ln)
    p.why["date"] = f"line {ln.number}: a date at the foot of the article (the top gives none)"
    return True


_POSTED_CUE = re.compile(r"(?i)\b(?:posted|published|filed|опубликовано|размещено)\b")


def _signoff(t: str, lang: str) -> bool:
    """A sign-off: a date with names around it and nothing else ('— Aidar Sultanov, Bishkek, 20 May
    2021', 'Бишкек, 20 мая 2021 г.'); not a sentence ('Talks ended on 20 May 2021.')."""
    from generator.text.dates import month_words

    dates = find_dates(t, lang)
    if not dates or dates[0][0] is None:
        return False
    months = month_words("en") | month_words("ru")
    parts = []
    for chunk in re.split(r"\s[|/•–—-]\s|^[–—-]\s|,", t):
        words = [w for w in re.findall(r"[^\W\d_]+\.?", chunk) if w.casefold().rstrip(".") not in months
                 and w.casefold() not in ("г.", "года", "on", "at", "в", "st", "nd", "rd", "th")]
        if words:
            parts.append(words)
    return all(len(ws) <= 3 and all(w[:1].isupper() for w in ws) for ws in parts)


def _words(t: str) -> list[str]:
    """The words of a line, without tokens of punctuation alone ('—', '|', '•')."""
    return [w for w in t.split() if re.search(r"\w", w)]


def _nearer_stamp(nonblank, clock, head_no: int, p: ParsedDraft) -> bool:
    """A line between ``clock`` and the headline holding only a date, a full one or a month ('April 2025', «Апрель
    2025»: the article's own at month precision), no clock line itself; or such a line right under the headline
    (over the text)."""
    head_k = next((k for k, x in enumerate(nonblank) if x.number == head_no), None)
    under = [nonblank[head_k + 1]] if head_k is not None and head_k + 1 < len(nonblank) else []
    for ln in [x for x in nonblank if clock.number < x.number < head_no] + under:
        if ln.label != "caption" and not CLOCK_LINE.match(line_text(ln)):
            d = date_only(line_text(ln), p.lang)
            if d is not None and d.month is not None and d != date_only(line_text(clock), p.lang):
                return True
    return False


def _menu_between(nonblank, ln, head_no: int) -> bool:
    """A menu or breadcrumb line between ``ln`` and the headline."""
    for x in nonblank:
        if ln.number < x.number < head_no and x.label != "headline":
            t = line_text(x)
            items = [i for i in MENU_SPLIT.split(t.strip()) if i.strip()]
            if (len(items) >= 3 and all(len(i.split()) <= 3 and not re.search(r"[.!?:;]$", i) for i in items)) or breadcrumb(t) is not None:
                return True
    return False


#: A live blog's own date line ('Live updates — 22 April 2025', 'Онлайн-трансляция — 22 апреля 2025'): the page's date;
#: the times of its entries under it ('18:55 GMT+4', '23.04.2025 09:10') date the entries, not the page.
LIVE_CUE = re.compile(r"(?i)^\W*(?:live(?:\s+(?:updates?|blog|coverage|reporting|report|news|feed))?|as\s+it\s+happened|"
                      r"онлайн(?:-|\s+)?(?:трансляция|репортаж|хроника)|прямая\s+трансляция|хроника\s+(?:событий|дня)|"
                      r"текстовая\s+трансляция)\s*(?:[:\-–—|,]\s*|\s+(?=\d))")


def read_date(labelled, p: ParsedDraft) -> None:
    """The article's own date: the ' date …' header; else the first date with a year on a line
    labelled date (or on the headline's and byline's lines); else a full date in the lead or in a
    caption; else the year of the reported meeting from the text. Clock and widget lines never."""
    if p.date is not None:
        return
    nonblank = [ln for ln in labelled if ln.label != "blank"]
    body_pos = [k for k, ln in enumerate(nonblank) if ln.label == "body"]
    last_body = body_pos[-1] if body_pos else len(nonblank)
    # A line that says it is the date ('Published: 12 March 2021', 'Дата публикации: 12.03.2021'),
    # above the end of the text, whatever the model thought of it.
    for ln in (nonblank[:last_body + 1][:60] + nonblank[last_body + 1:last_body + 3]):  # also right under the text
        m = DATE_CUE.match(line_text(ln)) or LIVE_CUE.match(line_text(ln))
        if m and copy_stamp(line_text(ln)):
            continue  # 'Дата обращения: 12.05.2025': the day a copy was made, not the article's
        if m and (ln.label != "body" or len(line_text(ln).split()) <= 8):
            # (a date the line marks as an update comes after the others: 'Published: 8 May 2025 · Updated 9 May 2025')
            got = [d for d, *_ in own_dates(line_text(ln)[m.end():], p.lang) if d is not None]
            if got:
                set_label(ln, "date", ln.why + f"; rule: '{m.group(0).strip()}' cue")
                p.date, p.date_text = got[0], line_text(ln)
                p.why["date"] = f"line {ln.number}: rule: a date after '{m.group(0).strip()}'"
                return
    if _published_sentence(nonblank, last_body, p) or _relative_stamp(nonblank, p):
        return
    # A date line below the text belongs to another article (a related list), unless it follows
    # the last paragraph directly.
    # The article's date sits next to its headline (or, without one, its first paragraph): of several
    # date lines the nearest comes first, so that a 'Latest news' list with dates above the article,
    # or the page's clock in the header ('Tuesday, 21 November 2023 10:05'), never dates it.
    head = next((k for k, ln in enumerate(nonblank) if ln.number == p.headline_line), None)
    if head is None:
        head = next((k for k, ln in enumerate(nonblank) if ln.label == "headline"), None)
    first_body0 = next((k for k, ln in enumerate(nonblank) if ln.label == "body" and (head is None or k > head)), len(nonblank))
    anchor = head if head is not None else first_body0
    head_no = nonblank[head].number if head is not None else 0
    dated = [(k, ln) for k, ln in enumerate(nonblank) if ln.label in ("date", "byline") and (
        k < last_body or (k <= last_body + 2 and not any(x.label == "headline" for x in nonblank[k + 1:k + 3])))]
    # a line holding only a timestamp between the headline and the text is a date line whatever the model
    # made of it ('15 May 2024 10:20 GMT' under the headline, a 'Latest news' column's dates above it)
    dated += [(k, ln) for k, ln in enumerate(nonblank) if head is not None and head < k < first_body0
              and ln.label not in ("date", "byline", "caption") and date_only(line_text(ln), p.lang)]

    def _rank(item):
        k, ln = item
        between = head is not None and head < k < first_body0  # under the headline, above the text
        # a byline between the headline and the text that carries a date ('By X, 15 April 2023')
        # ranks with the date lines, and beats a date line above the headline (often the site's day)
        return (ln.label != "date" and not between, bool(ln.number < head_no and CLOCK_LINE.match(ln.text)), not between,
                ln.label != "date", abs(k - anchor), k < anchor)

    dated = [ln for _k, ln in sorted(dated, key=_rank)]
    # a clock that ticks to the second with its weekday above the headline ('Monday, 20 November 2023
    # 16:31:07') is the page's clock, whatever the model made of it
    dated = [ln for ln in dated if not (ln.number < head_no and CLOCK_LINE.match(line_text(ln))
                                        and re.search(r"\d:\d\d:\d\d", line_text(ln)))]
    # nor is a weekday clock above the headline when a line nearer the headline holds a full date
    # alone ('Пн, 20.11.2023 10:05' over the menus, '15 апреля 2023, 10:38' over the headline),
    # whatever the model made of that line: the date next to the headline is the article's
    dated = [ln for ln in dated if not (ln.number < head_no and CLOCK_LINE.match(line_text(ln)) and _nearer_stamp(nonblank, ln, head_no, p))]
    # nor a weekday clock over the site's menu ('Thursday, April 17, 2025 09:14' / 'Home | News | Defence' / the
    # headline): the site's clock in its header, the day the page was shown, not the article's stamp
    dated = [ln for ln in dated if not (ln.number < head_no and CLOCK_LINE.match(line_text(ln)) and _menu_between(nonblank, ln, head_no))]
    # A date over the site's menu, away from the headline ('Понедельник, 27 ноября 2024' / 'Главная |
    # Новости | …' / the headline) is the site's day when the article prints its own stamp at its foot
    # ('19.10.2023' under the last paragraph): the foot stamp dates the article.
    if (dated and head is not None and dated[0].number < head_no and _menu_between(nonblank, dated[0], head_no)
            and 0 <= last_body < len(nonblank) and _foot_date(nonblank, last_body, body_pos, p)):
        p.why["date"] += f"; not line {dated[0].number}: a date over the site's menu is the site's day"
        return
    for ln in dated:
        for d, _m, _d, form, _off in own_dates(line_text(ln), p.lang):
            if d is not None:
                p.date, p.date_text = d, line_text(ln)
                p.why["date"] = f"line {ln.number}: {form} on a line labelled {ln.label}"
                return
        years = re.fullmatch(r"[\W\d]*?((?:19|20)\d\d)[\W]*", line_text(ln))
        if years and ln.label == "date":
            p.date, p.date_text = PartialDate(int(years.group(1))), line_text(ln)
            p.why["date"] = f"line {ln.number}: a year alone on a line labelled date"
            return
    # A timestamp the model took for chrome, next to the headline above the text ('Name | 29.06.2021').
    first_body = next((k for k, ln in enumerate(nonblank) if ln.label == "body"), len(nonblank))
    for k, ln in enumerate(nonblank[:first_body]):
        near = nonblank[max(0, k - 1):k] + nonblank[k + 1:k + 2]
        if ln.label == "chrome" and not ln.why.startswith("rule:") and any(x.label == "headline" for x in near):
            if CLOCK_LINE.match(line_text(ln)) and any(x.label == "headline" for x in nonblank[k + 1:k + 2]) \
                    and not _stamp_on_headline(nonblank, ln, p):
                continue  # the page's clock above the headline ('Monday 25th of November 2024 05:44:49 PM')
            for d, _m, _d, form, _off in find_dates(line_text(ln), p.lang):
                if d is not None and d.day is not None:
                    set_label(ln, "date", ln.why + "; rule: a full date next to the headline")
                    p.date, p.date_text = d, line_text(ln)
                    p.why["date"] = f"line {ln.number}: {form} next to the headline"
                    return
    # Any line between the headline and the text that carries a date with a year ('Politics | 14 May
    # 2020', 'Aigerim Bekova, 14.05.2020'): that strip holds the article's own particulars.
    head_k = next((k for k, ln in enumerate(nonblank) if ln.number == p.headline_line), None)
    if head_k is not None:
        for ln in nonblank[head_k + 1:]:
            if ln.label in ("body", "headline"):
                break
            if ln.why.startswith("rule:") or ln.label == "caption":
                continue
            for d, _m, _d, form, _off in find_dates(line_text(ln), p.lang):
                if d is not None:
                    set_label(ln, "date", ln.why + "; rule: a date between the headline and the text")
                    p.date, p.date_text = d, line_text(ln)
                    p.why["date"] = f"line {ln.number}: {form} between the headline and the text"
                    return
    # The one full date the page prints above its text, alone on its line and against the headline
    # ('• 09 October, 2025' over a clock and the headline), whatever the model made of it: with no
    # other date up there it is no list of other articles' dates, and next to the headline no clock.
    first_text = next((k for k, ln in enumerate(nonblank) if ln.label == "body" and len(line_text(ln).split()) >= 8), 0)
    alone = []
    for ln in nonblank[:first_text]:
        t = line_text(ln)
        got = [d for d, *_ in own_dates(t, p.lang) if d is not None and d.day is not None]
        if got and (CLOCK_LINE.match(t) or ln.why.startswith("rule: clock")) and ln.number < (p.headline_line or 0) \
                and not _stamp_on_headline(nonblank, ln, p):
            continue  # the page's clock above the headline ('Monday, 20 November 2023 10:05') is no rival
        if got and copy_stamp(t):
            continue  # 'Printed on 12 May 2025 14:02': the day a copy was made, wherever it stands
        if got and today_clock(t):
            continue  # a clock worded 'today' ('Today 17.05.2024') is the day the page was shown, wherever it stands
        if got and (len(t.split()) <= 6 or date_only(t, p.lang)) and not CLOCK_LINE.match(t) and ln.label != "caption":
            alone.append((ln, got[0]))
        elif got:
            alone.append((ln, None))
    def _touches_headline(ln) -> bool:
        # only a time or bullets between it and the headline, or one short undated label of the
        # page ('Press release No. 142/2023', a section name)
        k = nonblank.index(ln)
        for step in (-1, 1):
            j, labels = k + step, 0
            while 0 <= j < len(nonblank) and (not re.search(r"[^\W\d_]", line_text(nonblank[j])) or (
                    labels == 0 and nonblank[j].label in ("chrome", "date", "caption") and _page_label(line_text(nonblank[j]), p.lang))):
                labels += bool(re.search(r"[^\W\d_]", line_text(nonblank[j])))
                j += step
            if 0 <= j < len(nonblank) and nonblank[j].label == "headline":
                return True
        return False

    if len(alone) == 1 and alone[0][1] is not None and _touches_headline(alone[0][0]):
        ln, d = alone[0]
        set_label(ln, "date", ln.why + "; rule: the one date alone on a line above the text")
        p.date, p.date_text = d, line_text(ln)
        p.why["date"] = f"line {ln.number}: the one date alone on a line above the text"
        return
    if _stamp_line_above_text(nonblank, p):
        return
    # The page's own address printed at its top or foot, with the day in it ('…/news/2020/05/14/slug',
    # '…/20241023/slug'): the day it was published.
    for ln in nonblank[:3] + nonblank[-3:]:
        t = line_text(ln)
        if (domain_of(t.split()[0] if t.split() else "") or re.match(r"(?i)https?://[^\s/]+\.[^\s/]+/\S*$", t.strip())) and "/" in t:
            m = _URL_DAY.search(t)
            if m:
                try:
                    d = PartialDate(int(m.group("y")), int(m.group("m") or m.group("m2")), int(m.group("d") or m.group("d2")))
                except (ValueError, TypeError):
                    continue
                p.date, p.date_text = d, t
                p.why["date"] = f"line {ln.number}: the day in the page's own address"
                return
    # A date alone on the line right under the last paragraph ('12.03.2020', 'Posted 12 March 2020
    # 14:20'): some sites print the article's date at its end.
    # A sign-off line ('— Aidar Sultanov, Bishkek, 20 May 2021', 'Бишкек, 20 мая 2021 г.') counts as such
    # a line even when the model took it for the last paragraph, and so does a short tail that says it
    # is the posting date ('Posted in Defence on 20 May 2021 | 3 comments').
    if 0 <= last_body < len(nonblank) and _foot_date(nonblank, last_body, body_pos, p):
        return
    if _dateline_completed(labelled, nonblank, p) or _cue_line_at_foot(nonblank, last_body, p):
        return
    body = [ln for ln in labelled if ln.label == "body"]
    lead = [ln for ln in body[:1]] + [ln for ln in labelled if ln.label == "caption"]
    for ln in lead:
        for d, _m, _d, form, off in find_dates(line_text(ln), p.lang):
            if d is not None and d.day is not None:
                p.date, p.date_text = d, line_text(ln)
                p.why["date"] = f"line {ln.number}: {form} in the {'lead' if ln.label == 'body' else 'caption'}"
                return
    text = "\n".join(line_text(ln) for ln in body)
    # The year of an earlier occasion ('the treaty both states signed in 1994', 'since
    # 2009', 'договор, подписанный в 1994 году') never dates this one.
    earlier = {int(m.group(1)) for m in re.finditer(r"(?<![\d.\-–/])((?:19|20)\d\d)(?![\d\-–/])", text)
               if _EARLIER.search(text[max(0, m.start() - 60):m.start()])}
    years = [y for y in years_in(text) if y not in earlier]
    cover = [int(y) for y in re.findall(r"(?<![\d.\-–/])((?:19|20)\d\d)(?![\d\-–/])", text) if int(y) not in earlier]
    year = max(years) if years else (max(cover) if cover else None)
    lead_day = _lead_day(body[0] if body else None, p.lang)
    if year is None:
        _edition_year(p, lead_day)
        return
    bare_year = max(years) if years else None
    # A lead dateline with a day and month ('HANOI, June 3 --', 'МОСКВА, 12 мар -'): that day, in the year the text gives,
    # never one that belongs to something else ('до 2030 года', 'by 2030', a programme for 2025-2030): then no date.
    # The year a document is named by ('signed the plan for 2023', 'подписали план сотрудничества на 2023
    # год') is the year it covers, never the year the dateline's day falls in: with no other year the page
    # is undated. A clause that opens on the year ('…, на 2018 год намечена программа', 'For 2024, the
    # sides plan …') speaks of the year the text is in: that year completes the dateline.
    own = _dateline_years(text, earlier) or [
        int(m.group(1)) for m in re.finditer(r"(?i)(?:^|[,;:—–]\s*|\.\s+|\b(?:and|but|а|и|но)\s+)(?:for|на)\s+(?:the\s+)?(?:year\s+)?((?:19|20)\d\d)(?![\d\-–/])", text, re.M)
        if int(m.group(1)) not in earlier and not re.match(r"\s*(?:[-–—]|гг|годы)", text[m.end():])]
    for ln in [x for x in labelled if x.label == "date" or (x.label == "body" and len(line_text(x).split()) >= 8)][:3]:
        for d, month, day, form, off in find_dates(line_text(ln)[:60], p.lang):
            if d is None and month and day:
                if not own:
                    named = set(name_years(_sentence_at(line_text(ln), off)))
                    if len(named) == 1 and _set_day(p, named.pop(), month, day, line_text(ln)[:60]):
                        p.why["date"] = (f"line {ln.number}: dateline day and month ({form}), year {p.date.year} from the "
                                         "name of the occasion in the same sentence (its edition)")
                        return
                    p.why["date"] = (f"undated: line {ln.number} gives a day and month ({form}) without a year, and the "
                                     "years the text names belong to other things (a forecast, a span, a named document)")
                    return
                year = max(own)
                try:
                    p.date = PartialDate(year, month, day)
                except ValueError:
                    continue
                p.date_text = line_text(ln)[:60]
                p.why["date"] = f"line {ln.number}: dateline day and month ({form}), year {year} from the text"
                return
    meeting = meeting_years(text, earlier)
    coming = outgoing_year(text, earlier)
    if not meeting and _edition_year(p, lead_day):
        return
    if meeting and lead_day and set(years_in(lead_day[2])) <= {max(meeting)}\
            and _set_day(p, max(meeting), lead_day[0], lead_day[1], lead_day[2]):
        p.why["date"] = (f"no date line: the day and month of the meeting in the lead ({p.date.iso()}), in the latest year of a "
                         "sentence on the meeting")
        return
    if meeting:
        bare_year = max(meeting)
        p.date, p.date_text = PartialDate(bare_year), str(bare_year)
        p.why["date"] = f"no date line: the latest year of a sentence on the meeting ({bare_year}), as the year of the meeting"
        # the month the text gives with that year, in a sentence on the meeting ('met in late February 2024',
        # 'встретились в начале марта 2024 года'): the meeting's month, at that precision
        months = {d for sent in re.split(r"(?<=[.!?»\"”])\s+|\n+", text) if _MEETING_WORDS.search(sent)
                  for d, _off in months_of_year(sent) if d.year == bare_year}
        if len(months) == 1:
            p.date = months.pop()
            p.why["date"] = f"no date line: the month and year of a sentence on the meeting ({p.date.iso()}), as the time of the meeting"
        # the one day of that year the text writes out in full in a sentence on the meeting, anywhere on the page
        # ('The talks were held on 10 April 2024', «Переговоры состоялись 10 апреля 2024 года»): the meeting's day
        days = {d for sent in re.split(r"(?<=[.!?»\"”])\s+|\n+", text) if _MEETING_WORDS.search(sent) and not _EARLIER_OCCASION.search(sent)
                for d, *_rest in find_dates(sent, p.lang) if d is not None and d.day is not None and d.year == bare_year
                and p.date.month in (None, d.month)}
        if len(days) == 1:
            p.date = days.pop()
            p.why["date"] = f"no date line: the one full date of a sentence on the meeting ({p.date.iso()}), as the day of the meeting"
    elif coming is not None:
        p.date, p.date_text = PartialDate(coming - 1), str(coming)
        p.why["date"] = (f"no date line: the text speaks of the year it is in ('this year', «уходящий год») and looks ahead "
                         f"to {coming}: the year before it, {coming - 1}")
    elif bare_year is not None:
        p.why["date"] = (f"undated: the years the text names ({', '.join(map(str, sorted(set(years))))}) are background, "
                         "a forecast or the year a document is named by, not the year of the meeting")


def date_cues() -> date_candidates.Cues:
    """The reader's tests of a date line, for ``date_candidates`` (which does not import the reader)."""
    return date_candidates.Cues(
        clock_line=lambda t: bool(CLOCK_LINE.match(t)), date_cue=lambda t: bool(DATE_CUE.match(t)),
        update_cue=lambda t: bool(_UPDATE_CUE.match(t)), related=lambda t: bool(RELATED.match(t)),
        copy_stamp=copy_stamp, today_clock=today_clock, own_dates=own_dates)


# A sentence about an earlier occasion than the one reported ("They last met on 3 February", «Предыдущая встреча
# состоялась 3 февраля»): its day is not the meeting's.
_EARLIER_OCCASION = re.compile(r"(?i)\b(?:last|previous(?:ly)?|earlier|prior|former|had (?:met|visited|held)|in the past|recall)\b|"
                               r"(?<!\w)(?:ранее|прежде|предыдущ\w*|прошл(?:ый|ого|ому|ым|ом|ая|ой|ую|ое|ые|ых|ыми)|напомн\w*|в последний раз)(?!\w)")


def _sentence_at(text: str, off: int) -> str:
    """The sentence of ``text`` that holds offset ``off``."""
    start = max((m.end() for m in re.finditer(r"[.!?»\"”]\s+(?=[A-ZА-ЯЁ«\"“])|\n+", text[:off])), default=0)
    end = re.search(r"[.!?](?:\s+(?=[A-ZА-ЯЁ«\"“])|\s*$)|\n", text[off:])
    return text[start:off + end.end() if end else len(text)]


def _set_day(p: ParsedDraft, year: int, month: int, day: int, source: str) -> bool:
    try:
        p.date = PartialDate(year, month, day)
    except ValueError:
        return False
    p.date_text = source
    return True


def _edition_year(p: ParsedDraft, lead_day: tuple[int, int, str] | None) -> bool:
    """No year of the meeting, but the edition of the occasion the lead dates ('Khaan Quest 2025 opened on
    June 14', '«Армия-2021» открылся 23 августа'): that year completes the day and month."""
    named = set(name_years(lead_day[2])) if lead_day and not years_in(lead_day[2]) else set()
    if len(named) == 1 and _set_day(p, named.pop(), lead_day[0], lead_day[1], lead_day[2]):
        p.why["date"] = (f"no date line: the day and month of the meeting in the lead ({p.date.iso()}), the year from the "
                         "name of the occasion in the same sentence (its edition)")
        return True
    return False


_AHEAD_EN = re.compile(r"(?i)\b(?:will|shall|to be held|is to|are to|scheduled|expected|planned|upcoming|going to)\b")


def _told_ahead(sent: str) -> bool:
    """The sentence tells of something to come: a future word in English ('will meet', 'is scheduled'), a
    verb in the future tense in Russian ('встретятся', 'откроется', 'состоится': the grammar, not a list)."""
    if _AHEAD_EN.search(sent):
        return True
    words = re.findall(r"[а-яё]{4,}", sent.casefold())
    if not words:
        return False
    from generator.nlp.analysis import morph

    m = morph()
    return any("futr" in (best := m.parse(w)[0]).tag and best.tag.POS == "VERB" for w in words)


def _lead_day(ln, lang: str) -> tuple[int, int, str] | None:
    """(month, day, sentence) of the first day and month without a year that the lead paragraph gives in a
    sentence on the meeting ('The exercise opened on June 14', 'учения открылись 14 июня'), not a coming day
    ('will meet on June 14', 'состоится 14 июня'); None when there is none or the lead gives two days."""
    if ln is None:
        return None
    t = line_text(ln)
    days = []
    for d, month, day, _form, off in find_dates(t, lang):
        if d is not None or not (month and day):
            continue
        sent = _sentence_at(t, off)
        if _MEETING_WORDS.search(sent) and not _MODAL.search(sent) and not _told_ahead(sent):
            days.append((month, day, sent))
    return days[0] if len({(m, d) for m, d, _s in days}) == 1 else None


def settle_day_month(p: ParsedDraft, page: str) -> None:
    """A numeric date both readings fit ('05/09/2018': 9 May or 5 September) read by evidence, not
    by habit: the weekday printed beside it ('Thu 02/03/2023' is 2 March, a Thursday); how the page writes its other numeric dates (one with a number over 12 decides:
    '23/05/2018' is day first, '05/23/2018' month first), those with the same separator first;
    else (not for dots) the weekday the lead gives the meeting; else the day of the reported meeting the text names in words ('on 8 May'), the reading it
    falls a few days before; else the default of ``find_dates`` (day first, slashes month first in
    English)."""
    if p.date is None or p.date.day is None or not p.date_text:
        return
    hit = next(((a, b, sep, y) for a, b, sep, y, _o in numeric_parts(p.date_text)
                if y == p.date.year and {a, b} == {p.date.month, p.date.day}), None)
    if hit is None or hit[0] == hit[1] or max(hit[0], hit[1]) > 12:
        return
    a, b, sep, y = hit
    readings = {"mdy": PartialDate(y, a, b), "dmy": PartialDate(y, b, a)}
    wd = weekday_of(p.date_text)
    on_day = [k for k, r in readings.items() if wd is not None and _dt.date(y, r.month, r.day).weekday() == wd]
    order, why = (on_day[0], "the weekday printed beside it") if len(on_day) == 1 else (None, "")
    bound = latest_possible(p, page)
    if order is None and bound is not None:
        # a page cannot be dated after the copy was made or after its own 'Updated' stamp ('12/11/2025' under a cache
        # header of 14 Nov 2025 is 12 November, not 11 December)
        fit = [k for k, r in readings.items() if _dt.date(y, r.month, r.day) <= bound[0]]
        if len(fit) == 1:
            order, why = fit[0], bound[1]
    if order is None:
        # the same day printed with its month's name elsewhere on the page ('Wednesday 8 February
        # 2023' in the masthead, 'Last Update: 08/02/23 19:10' under the headline)
        named = {d for d, _m, _d, form, _o in find_dates(page, p.lang)
                 if d is not None and d.day is not None and form not in ("numeric", "iso")}
        spelled = [k for k, r in readings.items() if r in named]
        if len(spelled) == 1:
            order, why = spelled[0], "the same day printed with its month's name on the page"
    if order is None:
        order = numeric_order(page, sep) or numeric_order(page)
        why = "how the page writes its other numeric dates"
    if order is None and p.body_lines and sep != ".":
        # the weekday the lead gives the meeting ('met on Monday', «встретились в понедельник»): weaker
        # evidence than the page's own printing of the day (a meeting may lie days before), and never for
        # dots, which are day first wherever they are written; a report
        # is of its day or the day before, so the one reading that day or the next falls on fits it
        # (03/02/2025 with 'on Monday' is 3 February, a Monday; 2 March is a Sunday, six days on)
        fits = {k for k, r in readings.items() for w in said_weekdays(p.body_lines[0])
                if (_dt.date(y, r.month, r.day).weekday() - w) % 7 <= 1}
        if len(fits) == 1:
            order, why = fits.pop(), "the weekday the lead gives the meeting"
    if order is None:
        near = set()
        for d, month, day, _form, _off in find_dates(p.body, p.lang) if p.body_lines else []:
            if month and day and (d is None or d.year == y) and _valid_day(y, month, day):
                for key, r in readings.items():
                    gap = (_dt.date(y, r.month, r.day) - _dt.date(y, month, day)).days
                    if 0 <= gap <= 7:
                        near.add(key)
        order = near.pop() if len(near) == 1 else None
        why = "the day of the meeting the text names in words"
    if order is None:
        # the language, the separator, where the page is from (its dateline's city, its address's domain)
        place = (dateline_country(p.body_lines[0]) if p.body_lines else None) or place_of_url(getattr(p, "url", None)) \
            or place_of_url(_printed_address(page)) or _home_city_country(page)
        order, why = numeric_convention(page, p.lang, sep, place)
    if order and readings[order] != p.date:
        p.date = readings[order]
        p.why["date"] = p.why.get("date", "") + f"; day and month read {order.upper()} by {why}"


#: A line a search engine's cache or a web archive prints over its copy of a page, with the time of the copy: "This is
#: Google's cache of https://… It is a snapshot of the page as it appeared on 14 Nov 2025 06:02:11 GMT.", 'The Wayback
#: Machine - https://web.archive.org/web/2025…', «Это копия страницы …, сохранённая 14 ноя 2025 06:02:11 GMT».
SNAPSHOT = re.compile(r"(?i)(?:\bcache\s+of\s+(?:https?://|www\.)|\bsnapshot\s+of\s+the\s+page\b|\bpage\s+as\s+it\s+appeared\s+on\b|"
                      r"\bwayback\s+machine\b|\bwebpage\s+capture\b|\bsaved\s+from\s+(?:https?://|www\.)|\bweb\.archive\.org/web/\d{8}|"
                      r"(?<!\w)(?:это\s+)?(?:сохран[её]нная\s+)?копи[яиюей]\s+(?:веб-)?страницы\s+(?:https?://|www\.|\S+\.\w{2,6}\b)|"
                      r"(?<!\w)снимок\s+(?:веб-)?страницы\b|(?<!\w)в\s+том\s+виде,\s+в\s+каком\s+(?:веб-)?страница)")
#: A web archive's address holds the time of its copy: 'https://web.archive.org/web/20251114060211/https://…'.
_ARCHIVE_STAMP = re.compile(r"/web/((?:19|20)\d\d)(\d\d)(\d\d)\d{0,6}(?:[a-z_]{0,4})/")
#: A page's own 'Updated' stamp: the page was dated on that day or before it.
_UPDATED_STAMP = re.compile(r"(?i)\b(?:updated|last\s+(?:updated|modified)|modified|обновлено|обновлён[оа]?|изменено)\b")


#: The page's own stamp: 'Updated: …', 'Last updated …', '… | Updated 20 November 2025', «Обновлено: 5 апреля» — the stamp
#: word opens the line (or a part of it after a separator) and the date follows it; never 'Privacy policy last updated …'
#: or a sentence 'The plan was last modified on …'.
_STAMP_LINE = re.compile(r"(?i)(?:^|[|•·;]\s*)[^\w\s]*\s*(?:(?:page|article|story)\s+)?(?:last\s+)?(?:updated|modified|"
                         r"обновлено|обновлён[оа]?|обновлен[оа]?|изменено)\b\s*(?:on|at|в)?\s*[:\-–—]?\s*")


def _page_stamp_zone(t: str, lines: list[str], prose: list[int]) -> bool:
    """Whether the line ``t`` lies in the page's head (its headline, byline and date block): before the page's second
    line of prose, so neither a sentence of the body nor a policy line in the foot."""
    s = t.strip()
    if not s or PROSE_END.search(s) and len(s.split()) >= 6:
        return False  # a sentence
    k = lines.index(s) if s in lines else -1
    return k >= 0 and (len(prose) < 2 or k < prose[1])


def snapshot_time(t: str, lang: str) -> PartialDate | None:
    """The day a cache or archive header says its copy of the page was made (``SNAPSHOT``); None for any other line."""
    if not SNAPSHOT.search(t) or len(t) > 600:
        return None
    days = [d for d, *_ in find_dates(re.sub(r"\S+://\S+", " ", t), lang) if d is not None and d.day is not None]
    if days:
        return days[0]
    m = _ARCHIVE_STAMP.search(t)
    if m:
        try:
            return PartialDate(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    return None


def latest_possible(p: ParsedDraft, page: str) -> tuple[_dt.date, str] | None:
    """The last day the page's own date can be, with the reason: the day a cache or an archive copied it (its header
    line), the day the file was retrieved, or the page's own 'Updated' stamp written with its month's name."""
    out = []
    lines = [t.strip() for t in page.split("\n") if t.strip()]
    prose = [k for k, t in enumerate(lines) if len(t.split()) >= 12 and PROSE_END.search(t)]
    for t in page.split("\n"):
        got = snapshot_time(t, p.lang)
        if got is not None:
            out.append((_dt.date(got.year, got.month, got.day), "the time the page was copied (no page is dated after it)"))
        elif _UPDATED_STAMP.search(t) and len(t.split()) <= 12 and _page_stamp_zone(t, lines, prose):
            stamp = _STAMP_LINE.search(t)
            for d, _m, _d, form, o in find_dates(t, p.lang):
                if (d is not None and d.day is not None and form not in ("numeric", "iso") and stamp
                        and 0 <= o - stamp.end() <= 16):
                    out.append((_dt.date(d.year, d.month, d.day), "the page's 'Updated' stamp (no page is dated after it)"))
    got = re.match(r"(\d{4})-(\d\d)-(\d\d)", p.retrieved or "")
    if got:
        out.append((_dt.date(*map(int, got.groups())), "the time the page was retrieved (no page is dated after it)"))
    return min(out) if out else None


_HOME_CITY = re.compile(r"(?:,|\s[—–|-])\s*([A-ZА-ЯЁ][\w'’\-]+(?:\s[A-ZА-ЯЁ][\w'’\-]+)?)\s*\.?$")


def _home_city_country(page: str) -> str | None:
    """The country (ISO code) of the city an outlet names as its home beside its name in its foot or masthead
    ('Adriatic Monitor, Zagreb', '© 2025 Caspian Shore Gazette — Baku'): short lines among the first two and last four."""
    lines = [t.strip() for t in page.split("\n") if t.strip()]
    for t in lines[-4:] + lines[:2]:
        m = _HOME_CITY.search(t) if len(t.split()) <= 8 and not PROSE_END.search(t.rstrip(".")) else None
        code = city_names().get(m.group(1).casefold()) if m else None
        if code and code.isalpha():
            return code
    return None


def _printed_address(page: str) -> str | None:
    """The page's own address when the page prints it on a line of its own at its top or foot
    ('https://caspianledger.co.uk/news/…'), as scrapers often keep it."""
    lines = [t.strip() for t in page.split("\n") if t.strip()]
    for t in lines[:3] + lines[-3:]:
        if re.fullmatch(r"(?i)https?://[^\s/]+\.[^\s/]+(?:/\S*)?", t):
            return t
        if SNAPSHOT.search(t):
            # the address a cache's or an archive's header names ('This is the cache of https://…'; the archived page's
            # own address, not the archive's: 'https://web.archive.org/web/2025…/https://site.hr/…')
            urls = [u for u in re.findall(r"(?i)https?://[^\s/]+\.[^\s/,]+(?:/[^\s,]*)?", t) if "/web/" not in u[:60]]
            urls = [re.sub(r"^.*/(?=https?://)", "", u) for u in urls] or [
                re.sub(r"^.*/(?=https?://)", "", u) for u in re.findall(r"(?i)https?://\S+", t)]
            if urls:
                return urls[-1]
    return None


def _valid_day(y: int, m: int, d: int) -> bool:
    try:
        _dt.date(y, m, d)
    except ValueError:
        return False
    return True


_UPDATED = re.compile(r"(?i)(?:updated|update|modified|edited|last\s+changed|обновлено|обновлен[оа]?|изменено|редакция\s+от)\s*(?:on|at)?\s*[:\-–—]?\s*$")


def own_dates(text: str, lang: str):
    """``find_dates`` of a date line, the dates it marks as an update ('Updated: 13.03.2020',
    'Обновлено 13.03.2020') after the others: a line that gives both gives the day of publication first."""
    found = find_dates(text, lang)
    def updated(item):
        off = item[4]
        return bool(_UPDATED.search(text[max(0, off - 30):off]))
    return sorted(found, key=updated)


_URL_DAY = re.compile(r"/(?P<y>(?:19|20)\d\d)(?:/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)|(?P<m2>[01]\d)(?P<d2>[0-3]\d))(?=[/_-]|$)")
_EARLIER = re.compile(r"(?:\bsince|\bsigned\b(?:\s+[\w’'-]+){0,6}\s+in|\bback\s+in|\bas\s+early\s+as|\bначиная\s+с|\bещ[её]\s+в|"
                      r"(?<!\w)с|\bподписан\w*(?:\s+[\w-]+){0,6}\s+в|"
                      # a relative clause dates the thing it describes ('вопросы, которые обсуждались в 2012 году')
                      r"\bкотор\w+(?:\s+[\w-]+){1,4}\s+в)\s+$", re.IGNORECASE)
#: What a sentence on the reported meeting says: meeting, talks, visit, signing, a session, a show.
_MEETING_WORDS = re.compile(
    r"(?i)\b(?:met|meet(?:s|ing)?|talks|visit(?:s|ed|ing)?|held|hold(?:s|ing)?|signed|signing|arrived?|received|hosted|"
    r"negotiations|consultations|session|summit|forum|conference|exhibition|exercises?|drills?|"
    r"встреч\w*|переговор\w*|визит\w*|прибыл\w*|принял\w*|провел\w*|провёл\w*|состоял\w*|состоит\w*|подписал\w*|"
    r"подписани\w*|консультаци\w*|заседани\w*|совещани\w*|саммит\w*|форум\w*|выставк\w*|учени\w*)\b")
#: The text speaks of the year it is in ('The year 2016 is very busy for us', 'в текущем 2016 году').
_THIS_YEAR = re.compile(r"(?i)\b(?:the|this|current)\s+year\s+$|\b(?:текущ|нынешн|этом|этот|уходящ)\w*\s+$")
#: A year in a clause that looks ahead: a modal or a plan ('могут быть собраны в 2029 году', 'could be
#: ready by 2030', 'к 2030 году', 'is expected in 2031'): not the year of a meeting that took place.
_FORECAST = re.compile(
    r"(?i)\b(?:could|may|might|would|should|shall|expect(?:s|ed|ing)?|plans?|planned|scheduled|aims?|intends?|"
    r"могут|может|могли|смогут|сможет|должн\w*|планиру\w*|планах|намечен\w*|ожида\w*|предполага\w*|будут|будет)\b")
_FORECAST_BEFORE = re.compile(r"(?i)(?:\bby|\buntil|\btill|(?<!\w)к|(?<!\w)до)\s+(?:the\s+end\s+of\s+|концу\s+)?$")
#: A year a document or another occasion is named by ('a 2018 treaty', 'the 2008 war', 'договор 2018 года').
_NAMED_BY_YEAR_EN = re.compile(r"(?i)\b(?:a|an|the|its|their|his|her)\s+$")
_NAMED_BY_YEAR_EN_AFTER = re.compile(r"(?i)^\s+(?:treaty|agreement|accord|memorandum|deal|protocol|contract|law|decree|war|"
                                     r"conflict|election|elections|revolution|crisis|declaration|doctrine|strategy)\b")
#: A document after its year, a few words between ('the 2012 defence cooperation memorandum', 'its 2020 action plan').
_DOCUMENT_AFTER_YEAR = re.compile(r"(?i)^\s+(?:[\w-]+\s+){0,3}?(?:treaty|agreement|accord|memorandum|deal|protocol|contract|"
                                  r"law|decree|declaration|doctrine|strategy|plan|programme|program|roadmap|charter)\b")
#: A Russian document before its year, a few words between ('меморандума о военном сотрудничестве 2017 года').
_DOCUMENT_BEFORE_YEAR_RU = re.compile(r"(?i)(?<!\w)(?:договор|соглашени|меморандум|протокол|контракт|деклараци|доктрин|стратеги|"
                                      r"план|программ|дорожн\w*\s+карт)\w*(?:\s+[\w-]+){0,3}\s+(?:от\s+)?$")
_NAMED_BY_YEAR_RU = re.compile(r"(?i)\b(?:договор\w*|соглашени\w*|меморандум\w*|протокол\w*|контракт\w*|закон\w*|указ\w*|"
                               r"войн\w*|конфликт\w*|выбор\w*|деклараци\w*|доктрин\w*|стратеги\w*)\s+(?:от\s+)?$")


def meeting_years(text: str, earlier: set[int] = frozenset()) -> list[int]:
    """The years that may be the year of the reported meeting, for a page that prints no date:
    years written alone (``years_in``) in a sentence on a meeting (met, talks, visit, signed,
    an exhibition; встреча, переговоры, визит, подписали …) or said to be the current year ('the
    year 2016 is …'), and not background: not an earlier occasion (``earlier``), not a clause
    that looks ahead ('могут быть собраны в 2029 году', 'by 2030'), not the year a document or
    another occasion is named by ('a 2018 treaty', 'the 2008 war', 'договор 2018 года'). Empty when
    no year qualifies: the page is then undated rather than dated by a background year."""
    return [y for sent, before, y in _foreground_years(text, earlier) if _THIS_YEAR.search(before[-20:]) or _MEETING_WORDS.search(sent)]


_MODAL = re.compile(r"(?i)\b(?:could|may|might|would|should|shall|will|expect(?:s|ed)?|aims?\s+to|intends?\s+to|"
                    r"могут|может|могли|смогут|сможет|должн\w*|планиру\w*|ожида\w*|предполага\w*|будут|будет)\b")


def _dateline_years(text: str, earlier: set[int] = frozenset()) -> list[int]:
    """The years a yearless dateline may take from the text: years written alone (``years_in``: not
    a span, not the year a plan covers), not an earlier occasion, not a deadline ('by 2030', 'к 2030
    году', 'until 2027') and not in a clause that looks ahead with a modal ('could be ready in 2027',
    'может быть завершено в 2027 году')."""
    out = []
    for sent in re.split(r"(?<=[.!?»\"”])\s+|\n+", text):
        alone = set(years_in(sent))
        for m in re.finditer(r"(?<![\d.\-–/])((?:19|20)\d\d)(?![\d\-–/])", sent):
            y = int(m.group(1))
            if y in earlier or y not in alone or _FORECAST_BEFORE.search(sent[max(0, m.start() - 20):m.start()]):
                continue
            before, after = sent[:m.start()], sent[m.end():]
            if ((_NAMED_BY_YEAR_EN.search(before[-8:]) and _DOCUMENT_AFTER_YEAR.match(after)) or _NAMED_BY_YEAR_RU.search(before[-30:])
                    or _DOCUMENT_BEFORE_YEAR_RU.search(before[-70:])):
                continue  # the year a document is named by ('the 2012 memorandum', 'меморандум 2017 года') is not the page's
            clause = re.split(r"[,;:(–—]|\s(?:and|but|while|а|но|и)\s", before)[-1] + re.split(r"[,;:)–—]|\s(?:and|but|while|а|но|и)\s", after)[0]
            if not _MODAL.search(clause):
                out.append(y)
    return out


def _foreground_years(text: str, earlier: set[int] = frozenset()):
    """(sentence, text before it, year) for each year written alone in ``text`` that is not
    background: not an earlier occasion, not a span or the years a plan covers ('2025-2030', 'на
    2024 год'), not a clause that looks ahead ('by 2030', 'до 2030 года', 'could be ready in 2031'),
    not the year a document is named by ('a 2018 treaty', 'договор 2018 года')."""
    for sent in re.split(r"(?<=[.!?»\"”])\s+|\n+", text):
        cover = set(years_in(sent))
        for m in re.finditer(r"(?<![\d.\-–/])((?:19|20)\d\d)(?![\d\-–/])", sent):
            y = int(m.group(1))
            if y in earlier or y not in cover:
                continue
            before, after = sent[:m.start()], sent[m.end():]
            if (_NAMED_BY_YEAR_EN.search(before[-8:]) and _NAMED_BY_YEAR_EN_AFTER.match(after)) or _NAMED_BY_YEAR_RU.search(before[-30:]):
                continue
            clause = re.split(r"[,;:(–—]|\s(?:and|but|while|а|но|и)\s", before)[-1] + re.split(r"[,;:)–—]|\s(?:and|but|while|а|но|и)\s", after)[0]
            if _FORECAST.search(clause) or _FORECAST_BEFORE.search(before[-20:]):
                continue
            yield sent, before, y


#: The text names the year it is in without its number ('Уходящий год был результативным', 'this year').
_CURRENT_YEAR_WORDS = re.compile(r"(?i)\b(?:уходящ|текущ|нынешн|истекающ)\w*\s+год\w*|\bв\s+этом\s+году\b|\bэтот\s+год\b|"
                                 r"\b(?:this|the\s+outgoing|the\s+current|the\s+passing)\s+year\b(?!\s+\d)")


def outgoing_year(text: str, earlier: set[int] = frozenset()) -> int | None:
    """The coming year of a sentence that names the current year in words and looks ahead to a
    numbered one ('Уходящий год был результативным …, а в 2011 году ожидается прорыв', 'This year
    went well, and in 2011 we expect more'): the page is of the year before it. None when no
    sentence does so, or sentences disagree."""
    found = set()
    for sent in re.split(r"(?<=[.!?»\"”])\s+|\n+", text):
        cur = _CURRENT_YEAR_WORDS.search(sent)
        if not cur:
            continue
        for m in re.finditer(r"(?<![\d.\-–/])((?:19|20)\d\d)(?![\d\-–/])", sent):
            y = int(m.group(1))
            if y in earlier or y not in years_in(sent) or m.start() < cur.end():
                continue
            before, after = sent[:m.start()], sent[m.end():]
            clause = re.split(r"[,;:(–—]|\s(?:and|but|while|а|но|и)\s", before)[-1] + re.split(r"[,;:)–—]|\s(?:and|but|while|а|но|и)\s", after)[0]
            if _FORECAST.search(clause) or re.search(r"(?i)\b(?:will|буд(?:ет|ут))\b", clause) or re.search(r"(?i)\b(?:next|coming|следующ\w*|наступающ\w*|будущ\w*)\s+$", before[-20:]):
                found.add(y)
    return found.pop() if len(found) == 1 else None

"""The headline of a page: among the lines the line labeller calls headline, the one the page gives for this
article (not a section label, breadcrumb, masthead or another article's title).
"""

from __future__ import annotations

import re

from generator.ingest.bylines import (
    EDITION, PROSE_END, SECTION_LABEL, common_words, credited_names, lower_words, menu_word, names_a_country, person_name,
    prose_line, read_byline,
)
from generator.ingest.draft import DATELINE, ParsedDraft, QUOTE_MARKS, is_date_header, line_text, set_label
from generator.ingest.sources import MASTHEAD_SPLIT, SINCE, TAGLINE, TAGLINE_OWNER, menu_line
from generator.text import textnorm
from generator.text.dates import date_only, find_dates, relative_line
PHOTO_CREDIT = re.compile(r"(?i)(?:^|[\s/|(])(?:photo|фото|picture|image|изображение)\s*(?:credit)?\s*[:©–—-]")


_HEADLINE_SHAPE = re.compile(r"[^\W\d_]{2,}", re.UNICODE)
#: A messenger channel's handle alone on a line ('@kazdefence_news', '@ Baltic_Watch'): never a headline.
HANDLE_LINE = re.compile(r"@\s?[\w.]{3,40}")
#: The reason the reader gives a messenger's repost header ('Forwarded from X', 'Переслано из: X', 'Репост').
REPOST_HEADER = "rule: a repost's 'Forwarded from' header"


#: A credit line with its cue and a colon ('Posted by: X', 'Автор: X', 'Source: X'): never the headline.
_CREDIT_CUE = re.compile(r"(?i)^\W{0,3}(?:(?:posted|published|written|uploaded|submitted|compiled|edited)\s+by|by|author|автор|"
                         r"источник|source|текст|опубликовал[аи]?)\s*:\s*\S")


#: A label of the page's metadata, alone or with its value ('Published', 'Last updated 4 February 2025', 'From:',
#: 'Posted: 12.05.2025 | Updated: 13.05.2025', 'Опубликовано', 'Дата публикации: 12 мая 2025'): the closed class of
#: words a page prints before its own date, issuer or author.
_META_WORD = (r"(?:(?:first|last|originally)\s+)?(?:published|updated|modified|posted|issued|released|revised|edited)"
              r"(?:\s+(?:on|at|in))?|(?:publication|release|issue|posting)\s+date|"
              r"date(?:\s+(?:published|posted|updated|modified|of\s+(?:publication|issue|release)))?|"
              r"(?:впервые\s+)?опубликовано|обновлено|изменено|размещено|добавлено|отредактировано|последнее\s+обновление|"
              r"дата(?:\s+(?:публикации|обновления|размещения|создания|выпуска|изменения))?")
_META_LABEL = re.compile(rf"(?i)^\W{{0,3}}(?P<word>{_META_WORD}|from|от\s+кого)(?:\s*(?P<colon>:)\s*|\s+|\s*$)(?P<rest>.*)$")


def meta_label(t: str) -> bool:
    """A metadata label line ('Published', 'Updated 14:05 GMT', 'From: Ministry of Defence', 'Опубликовано:
    12.05.2025'): the label alone, the label with a colon and its value, or a date label followed by nothing but
    dates and times. 'Updated naval training plan agreed' (no colon, no date) is a headline."""
    m = _META_LABEL.match(" ".join(t.split()))
    if not m:
        return False
    rest = m.group("rest").strip(" .|")
    if not rest or m.group("colon"):
        return True
    if m.group("word").casefold() in ("from", "от кого"):
        return False  # 'From Baku to Kabul: …' is a headline
    # 'Published 12 May 2025', 'Posted 12.05.2025 | Updated 13.05.2025', 'Updated 14:05 GMT'
    return (bool(find_dates(rest) or re.search(r"(?<!\d)\d{1,2}:\d{2}(?!\d)", rest))
            and len(re.findall(r"[^\W\d_]{3,}", rest)) <= 6 and not rest.endswith("."))


def name_only(t: str) -> bool:
    """A line that is nothing but a person's name, or names after credit cues ('Ирина Соколова', 'Mary Ann Collins',
    'Текст: Анна Белова. Фото: Олег Ким', 'Words: Jane Doe, Photos: Tom Reed'): a byline, never a headline."""
    return credited_names(t, "ru" if re.search("[а-яё]", t, re.I) else "en") is not None


#: A line of tags alone ('#Минобороны #Турция', '#Navy · #Caspian'): a post's or page's labels, never its headline.
_TAG_LINE = re.compile(r"^\W*#[^\W_][\w-]*(?:[\s,;·|•]+#[^\W_][\w-]*)*\W*$")


#: A question or an answer of an interview ('Q: …', 'A: …', 'Вопрос: …', 'Ответ: …'): text, never a headline.
_QA_TURN = re.compile(r"(?i)(?:q|a|question|answer|вопрос|ответ)\s*:\s")


def _headline_ok(t: str) -> bool:
    """A headline has words: not a date, a clock, a menu symbol, a lone word, a metadata label, a credit line or tags."""
    words = _HEADLINE_SHAPE.findall(t)
    if (len(words) < 2 or len(t) > 400 or _CREDIT_CUE.match(t) or meta_label(t) or HANDLE_LINE.fullmatch(t.strip())
            or _TAG_LINE.match(t.strip()) or relative_line(t)  # ('Updated 3 hours ago': a stamp without a date)
            or _QA_TURN.match(t.strip())):  # ('Q: What did you agree?': a turn of an interview, its text)
        return False
    letters = sum(c.isalpha() for c in t)
    return letters >= 0.5 * len(t.replace(" ", "")) and not find_dates(t, "en") or len(words) >= 4


_CRUMB = re.compile(r"^\s*((?:[^»>›|/]{1,30}?\s*[»>›/|]\s*){1,5})(?P<last>[^»>›|/]+?)\s*$")
_CRUMB_HOME = re.compile(r"(?i)^\W*(?:home|main|news|start|homepage|главная|новости|на главную|главная страница)\W*$")


_CRUMB_LEAD = re.compile(r"(?i)^\W*(?:you are here|вы здесь|вы находитесь(?:\s+здесь)?|location|current page|navigation)\s*[:»>-]\s*")


#: A trail of sections that ends with its separator ('Новости Азербайджана » Армия »', 'Home › Security ›',
#: 'Главная / Новости / Армия /'): two or more steps of up to four words without a sentence's stop, each closed by a separator;
#: a '»' closes a step only with a space before it (a closing quote sits on its word: 'учения «Запад»').
_OPEN_TRAIL = re.compile(r"(?:(?:[^\s»>›|/.!?:;]+[ \t]+){0,3}[^\s»>›|/.!?:;]+(?:\s+»|\s*[>›/|])\s*){2,6}")


def breadcrumb(t: str) -> str | None:
    """'Home » Politics » Ministers meet in Baku' -> 'Ministers meet in Baku' (the trail's last step); '' for a trail
    of sections that ends with its separator ('Новости Азербайджана » Армия »'); None for a line that is no trail (it
    starts with a home-page word and steps with », >, ›, / or |, or ends with a separator)."""
    t = _CRUMB_LEAD.sub("", t)  # 'You are here: Home / Industry / …', 'Вы здесь: Главная / …'
    if _OPEN_TRAIL.fullmatch(t.strip()):
        return ""  # 'Новости Азербайджана » Армия »', 'Home › Security ›': a trail of sections only, its last step empty
    m = _CRUMB.match(t)
    if not m:
        return None
    first = re.split(r"\s*[»>›/|]\s*", t.strip(), maxsplit=1)[0]
    return m.group("last").strip() if _CRUMB_HOME.match(first) else None


def _stems(t: str) -> set[str]:
    """Word stems (the first five letters of words of four or more) for comparing a line with the lead
    in either language: 'обсудили'/'обсуждали' differ, 'Ирана'/'Ираном' and 'meet'/'meeting' do not."""
    return {w.casefold()[:5] for w in re.findall(r"[^\W\d_]{4,}", t)}


def _lead_overlap(t: str, lead: str) -> float:
    words = _stems(t)
    return len(words & _stems(lead)) / len(words) if words else 0.0


def _weigh_headlines(labelled, heads: list, first_body: int | None, p: ParsedDraft) -> list:
    """The lines labelled headline, weighed by evidence rather than taken first-come: a breadcrumb trail
    ('Home » Politics » …') or a masthead's tagline ('Steppe news in English', 'X | English',
    "X's independent daily | City") is page chrome; above the text, a line the model was unsure of
    (p < 0.6) that the lead does not restate gives way to a surer one that it does."""
    lead_ln = next((ln for ln in labelled if ln.label == "body" and len(line_text(ln).split()) >= 12), None)
    lead = line_text(lead_ln) if lead_ln is not None else ""
    out = []
    for ln in heads:
        t = " ".join(line_text(ln).split())
        crumb = breadcrumb(t)
        if crumb is not None:
            if len(heads) == 1 and len(crumb.split()) >= 3 and _headline_ok(crumb):
                p.why["title_crumb"] = f"{ln.number}\t{crumb}"  # the trail's last step, if no line is the headline
            set_label(ln, "chrome", ln.why + "; rule: a breadcrumb trail, not the headline")
            continue
        rest = MASTHEAD_SPLIT.split(t, maxsplit=1)[1:]
        # ('since 1998' alone is no tagline here: 'Largest joint drills since 1998' is a headline)
        if ((TAGLINE.search(t) and not SINCE.search(t) and len(t.split()) <= 8) or TAGLINE_OWNER.match(t)
                or (rest and EDITION.fullmatch(rest[0].strip(" .")))
                # 'Your daily digest of Asia-Pacific security news', 'Ваш ежедневный обзор …' over another headline:
                # a site's slogan speaks to its reader, a news headline does not
                or (_READER_ADDRESS.search(t) and len(t.split()) <= 12 and ln is not heads[-1]
                    and (first_body is None or ln.number < first_body))):
            set_label(ln, "chrome", ln.why + "; rule: a masthead's tagline, not the headline")
            continue
        out.append(ln)
    above = [ln for ln in out if first_body is None or ln.number < first_body]
    if above and lead and _site_name(labelled, above[0], p):
        # 'MONGOLIAN ARMED FORCES' / 'News' / <headline>: the site's own name (an institution or an outlet, or
        # a line the page prints again as its owner) gives way to the line below it that the lead restates.
        first = above[0]
        nonblank = [x for x in labelled if x.label != "blank" and first.number < x.number and (first_body is None or x.number < first_body)]
        below = [x for x in nonblank if (x.label in ("headline", "caption", "chrome") and not x.why.startswith("rule:")
                                         and 3 <= len(line_text(x).split()) <= 30 and _headline_ok(line_text(x))
                                         and not date_only(line_text(x), p.lang) and breadcrumb(line_text(x)) is None
                                         and not line_text(x).rstrip().endswith((".", ":", ";", ","))
                                         and _lead_overlap(line_text(x), lead) >= max(0.5, _lead_overlap(line_text(first), lead) + 0.25))]
        if not below:
            # A masthead is never the headline when a sentence-like line stands under it, right over the text
            # ('THE HARBOUR EVENING POST' / 'NATION | March 8, 2016' / '<a headline of fifteen words>' / text)
            under = [x for x in nonblank if not date_only(line_text(x), p.lang) and not SECTION_LABEL.fullmatch(line_text(x).strip(" ."))
                     and not menu_line(line_text(x)) and not (x.label == "date" and find_dates(line_text(x), p.lang))]
            if under and under[-1].label in ("chrome", "caption", "headline") and not under[-1].why.startswith("rule:")\
                    and 4 <= len(line_text(under[-1]).split()) <= 30 and _headline_ok(line_text(under[-1]))\
                    and not line_text(under[-1]).rstrip().endswith((".", ":", ";", ",")) and breadcrumb(line_text(under[-1])) is None\
                    and sum(w[:1].islower() for w in line_text(under[-1]).split()) >= 2 and not find_dates(line_text(under[-1]), p.lang):
                below = [under[-1]]
        if below:
            set_label(first, "chrome", first.why + f"; rule: the site's own name, not the headline (line {below[0].number} is)")
            out.remove(first)
            if below[0] not in out:
                set_label(below[0], "headline", below[0].why + "; rule: the line under the site's name that the lead restates")
                out.insert(0, below[0])
            above = [ln for ln in out if first_body is None or ln.number < first_body]
    if above and lead and find_dates(line_text(above[0]), p.lang):
        # A candidate that names its day ('… in Yerevan on Dec. 18') right under a line the lead restates: a photo's
        # caption under the headline, which gives way to the line above it.
        first = above[0]
        prev = next((x for x in reversed(labelled) if x.number < first.number and x.label != "blank"), None)
        if (prev is not None and prev.label in ("chrome", "caption") and not prev.why.startswith("rule:")
                and 3 <= len(line_text(prev).split()) <= 20 and not find_dates(line_text(prev), p.lang) and _headline_ok(line_text(prev))
                and not line_text(prev).rstrip().endswith((".", ":", ";", ",")) and not menu_line(line_text(prev))
                and breadcrumb(line_text(prev)) is None and not _site_name(labelled, prev, p)
                and _lead_overlap(line_text(prev), lead) >= 0.5):
            set_label(first, "caption", first.why + f"; rule: a dated line under the headline (line {prev.number}), its caption")
            set_label(prev, "headline", prev.why + "; rule: the line over a dated caption that the lead restates")
            out[out.index(first)] = prev
            above[0] = prev
    if len(above) > 1 and lead:
        # The site's top over its menu, then the headline over the text: a candidate the menu separates from the text
        # gives way to one under the menu that the lead restates ('<slogan>' / 'Home | News | Analysis' / '<headline>').
        first, nxt = above[0], above[1]
        menu = [x for x in labelled if first.number < x.number < nxt.number and x.label == "chrome"
                and (menu_line(line_text(x)) or "menu" in x.why or "breadcrumb" in x.why)]
        if menu and _lead_overlap(line_text(nxt), lead) >= max(0.5, _lead_overlap(line_text(first), lead) + 0.25):
            set_label(first, "chrome", first.why + f"; rule: above the site's menu (line {menu[0].number}), not the headline")
            out.remove(first)
            above.remove(first)
    if len(above) > 1 and lead:
        first = above[0]
        best = max(above[1:], key=lambda x: (x.confidence + _lead_overlap(line_text(x), lead), -x.number))
        # (a caption restating the lead names its day: 'Ministers in Baku on May 3' is no headline)
        if (first.confidence < 0.6 and best.confidence >= 0.8 and not find_dates(line_text(best), p.lang)
                and _lead_overlap(line_text(best), lead) >= _lead_overlap(line_text(first), lead) + 0.25):
            set_label(first, "chrome", first.why + f"; rule: a less likely headline than line {best.number}")
            out.remove(first)
    return out


#: The last word of a name that says what the site is: an outlet, an institution, a ministry in any language.
_SITE_WORD = re.compile(
    r"(?i)(?:\b(?:news(?:\s+agency)?|agency|review|bulletin|digest|times|post|daily|weekly|herald|gazette|journal|monitor|"
    r"wire|tribune|courier|dispatch|observer|chronicle|reporter|magazine|institute|centre|center|forces?|army|navy|"
    r"ministry|service|broadcasting|radio|tv|press|online|portal|агентство|новости|вестник|газета|обозрение|министерство)$)"
    r"|^(?:the\s+)?(?:ministry|ministerul|minist[èe]re|ministerio|minist[ée]rio|ministerstvo|ministarstvo|ministria|"
    r"ministero|ministerie|министерство|міністерство|міністэрства)\b")
#: A line that speaks to its reader ('your', 'ваш'): a site's slogan, never a news headline.
_READER_ADDRESS = re.compile(r"(?i)(?<!\w)(?:your|yours|ваш|ваша|ваше|ваши|вашего|вашей|твой|твоя|твои)(?!\w)")
_NAME_SMALL = frozenset({"of", "the", "and", "for", "al", "a", "de", "del", "la", "du", "des", "și", "si", "и", "по"})


def _site_name(labelled, ln, p: ParsedDraft) -> bool:
    """A headline candidate that is the site's own name: a short proper name (every word capitalised, no
    date, no closing stop) that says it is an outlet or an institution ('MONGOLIAN ARMED FORCES', 'GOBI NEWS
    AGENCY', 'Ministerul Apărării al Republicii …'), or one the page prints again as its owner at the foot
    ('© 2024 X', 'About X')."""
    t = " ".join(line_text(ln).split()).strip(QUOTE_MARKS + " ")
    words = t.split()
    if not (1 <= len(words) <= 8) or re.search(r"\d", t) or t.endswith((".", "!", "?", ":")):
        return False
    if not all(w[:1].isupper() or w.casefold() in _NAME_SMALL or not re.search(r"[^\W\d_]", w) for w in words):
        return False
    m = _SITE_WORD.search(t)
    if m and len(words) <= (7 if m.start() == 0 else 5):  # (a headline in title case is longer: '… To Kyrgyz Army')
        return True
    key = t.casefold()
    if len(key) < 4:
        return False
    last_body = max((x.number for x in labelled if x.label == "body"), default=ln.number)
    return any(key in line_text(x).casefold() for x in labelled
               if x.number > last_body and x.label != "blank" and textnorm.clean_inline(line_text(x)) != textnorm.clean_inline(t))


def read_headline(labelled, p: ParsedDraft) -> None:
    """The page's own headline (:func:`_headline_rules`); when no line is one, the last step of a
    breadcrumb trail that ends in it ('Home » Politics » Ministers meet in Baku')."""
    _headline_rules(labelled, p)
    _recheck_top(labelled, p)
    _repost_title(labelled, p)
    if p.title is None:
        _headline_position(labelled, p)
    crumb = p.why.pop("title_crumb", None)
    if p.title is None and crumb:
        n, t = crumb.split("\t", 1)
        p.title, p.headline_line = textnorm.clean_inline(t), int(n)
        p.why["title"] = f"line {n}: the last step of a breadcrumb trail (no other line is a headline)"
    _two_line_headline(labelled, p)
    m = _WIRE_SLUG.match(p.title or "")
    if m and len(p.title[m.end():].split()) >= 3:
        p.title = p.title[m.end():]
        p.why["title"] = p.why.get("title", "") + f"; the wire's version mark {m.group(0).strip()!r} dropped"


#: A word a headline's line cannot end on: it goes on in the next line ('Azerbaijan and Pakistan agree on' / 'training').
_OPEN_END = re.compile(r"(?i)(?<!\w)(?:of|the|a|an|and|or|to|with|in|for|on|by|at|from|as|over|after|и|в|во|на|с|со|по|к|о|об|за|из|для|"
                       r"между|при|после)\s*$")


#: The words of a page's widgets and credits under a headline ('via Trend', 'share this article', '3 min read', 'updated 2
#: hours ago', 'от нашего корреспондента'): never the second half of the headline.
_PAGE_WIDGET = re.compile(r"(?i)(?<!\w)(?:via|share|shares|read|reading|comments?|advertisement|sponsored|listen|subscribe|follow|"
                          r"updated|ago|photos?|video|watch|print|email|корреспондент\w*|поделиться|читать|читайте|комментари\w*|"
                          r"реклама|слушать|подпис(?:ыва(?:йтесь|ться)|аться|к[аиуе]|кой|чик\w*)|подпишитесь|назад|фото|видео|обновлено)(?!\w)")


def _half_headline(t: str, lower: frozenset[str] = frozenset()) -> bool:
    """A line that may be one half of a headline broken over two lines: a few words, no closing stop, no date, no credit,
    no person's name (title-case words the text writes in lower case are none: 'Military Cooperation Plan')."""
    words = t.split()
    return (1 <= len(words) <= 10 and len(t) <= 70 and not PROSE_END.search(t) and ":" not in t and not t.rstrip().endswith(";")
            and not _PAGE_WIDGET.search(t) and not PHOTO_CREDIT.search(t)
            and not find_dates(t) and not _CREDIT_CUE.match(t) and not (name_only(t) and not common_words(t, lower))
            and not meta_label(t)
            and breadcrumb(t) is None and not menu_line(t) and bool(_HEADLINE_SHAPE.search(t)))


def _title_case(t: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_]+", t) if len(w) >= 4]
    return bool(words) and all(w[:1].isupper() for w in words) and not t.isupper()


def _two_line_headline(labelled, p: ParsedDraft) -> None:
    """A headline broken over two lines, as a print edition sets it ('Azerbaijan and Pakistan agree' / 'on joint
    training plan', 'Казахстан и Узбекистан обсудили' / 'военное сотрудничество'): the two lines, one right under the
    other, are ONE headline joined with a space when the second goes on in lower case, or the first ends on a word
    that cannot close a headline, or (in a column-wrapped print page) both are title case. A standfirst under the
    headline (a sentence with its stop), a byline, a date or a name are never joined."""
    n = p.headline_line
    if n is None and p.title is not None:  # (a rule that set the title without its line: the headline line that reads so)
        n = next((ln.number for ln in labelled if ln.label == "headline" and textnorm.clean_inline(line_text(ln)) == p.title), None)
    if p.title is None or n is None or not 1 <= n <= len(labelled) or labelled[n - 1].number != n:
        return
    head = labelled[n - 1]
    lower = lower_words(line_text(x) for x in labelled if x.label == "body")
    if "\n" in p.title or not _half_headline(line_text(head), lower):
        return
    print_page = "column_reflow" in p.recognizers
    for other, below in ((labelled[n] if n < len(labelled) else None, True), (labelled[n - 2] if n >= 2 else None, False)):
        if other is None or not _half_headline(line_text(other), lower) or not (
                other.label in ("headline", "caption", "body", "chrome")
                or other.label == "byline" and other.why.startswith("rule: person name(s) alone")):
            continue
        first, second = (head, other) if below else (other, head)
        a, b = " ".join(line_text(first).split()), " ".join(line_text(second).split())
        if other.label == "chrome" and not (print_page or _OPEN_END.search(a) or (not below and b[:1].islower())):
            # a line of the page's chrome joins only a headline left open ('… договорились о' / 'плане …') or one that
            # goes on in lower case under it ('Armenia and France sign' / 'military training plan': no headline opens so)
            continue
        if a.isupper() or b.isupper() or len((a + " " + b).split()) > 20:
            continue  # a rubric in capitals over the headline, or a headline in capitals over a deck: never one line
        if not (b[:1].islower() or _OPEN_END.search(a) or (print_page and _title_case(a) and _title_case(b))):
            continue
        p.title = textnorm.clean_inline(a + " " + b)
        p.headline_line = first.number
        set_label(other, "headline", other.why + "; rule: the other half of a headline broken over two lines")
        p.why["title"] = p.why.get("title", "") + f"; lines {first.number}-{second.number}: one headline broken over two lines"
        return


def _repost_title(labelled, p: ParsedDraft) -> None:
    """A messenger repost ('@channel' / a timestamp / 'Переслано из: Минобороны Казахстана' / the post): the post's
    first line is its title, a full sentence of its own (the channel's handle, the stamp and the repost header are
    chrome), when more of the post follows and no headline stands under the repost header. The line stays in the
    post's text: a post has no headline apart from its text."""
    nonblank = [ln for ln in labelled if ln.label != "blank" and line_text(ln).strip()]
    mark = next((k for k, ln in enumerate(nonblank[:5]) if ln.why.startswith(REPOST_HEADER)), None)
    if mark is None or (p.headline_line is not None and p.headline_line > nonblank[mark].number):
        return
    for k in range(mark + 1, min(mark + 4, len(nonblank) - 1)):
        ln = nonblank[k]
        t = " ".join(line_text(ln).split())
        if ln.label in ("date", "byline") or date_only(t, p.lang) or len(t.split()) < 4 or HANDLE_LINE.fullmatch(t):
            continue  # the post's timestamp, its signature, the channel's name under the mark ('Минобороны Беларуси')
        # one sentence (no second one inside it), not a paragraph, with the rest of the post under it
        if (ln.label in ("body", "headline", "chrome", "caption") and len(t.split()) <= 30 and len(t) <= 250
                and not re.search(r"[.!?…]\s+[A-ZА-ЯЁ«\"“]", t) and _headline_ok(t) and breadcrumb(t) is None
                and not _CREDIT_CUE.match(t) and not PHOTO_CREDIT.search(t)
                and any(x.label == "body" and len(line_text(x).split()) >= 8 for x in nonblank[k + 1:])):
            # (the line stays a sentence of the post: the people and states it names are the post's)
            if ln.label != "body":
                set_label(ln, "body", ln.why + "; rule: a repost's first line (under the repost header), its title too")
            p.title, p.headline_line = textnorm.clean_inline(t), ln.number
            p.why["title"] = f"line {ln.number}: rule: the first line of a reposted post (under line {nonblank[mark].number})"
        return


def _headline_position(labelled, p: ParsedDraft) -> None:
    """No line was read as the headline: a short line in headline position is one even when the lead does not restate
    it (a feature's title, 'Укрепляя военно-техническое партнёрство', 'Old friends, new horizons'): right over the
    byline or date lines above the first paragraph of prose, or right over that paragraph, with only the page's top
    above it (the masthead, menus, a clock or widget, labels: lines of up to eight words with no sentence's stop).
    Not a date, a clock, a label, a credit, a name alone, a breadcrumb, a menu, the site's own name or a sentence."""
    nonblank = [ln for ln in labelled if ln.label != "blank" and line_text(ln).strip()]
    prose = next((k for k, ln in enumerate(nonblank) if ln.label == "body" and prose_line(line_text(ln))), None)
    if not prose:
        return
    k = prose - 1
    while k > 0 and ((nonblank[k].label == "byline" and (nonblank[k].why.startswith("rule:") or read_byline(line_text(nonblank[k])) != ([], [])))
                     or nonblank[k].label == "date" or date_only(line_text(nonblank[k]), p.lang)
                     or meta_label(line_text(nonblank[k])) or _CREDIT_CUE.match(line_text(nonblank[k]))
                     or _QA_TURN.match(line_text(nonblank[k]).strip())):  # (an interview's first question is its text)
        k -= 1
    ln = nonblank[k]
    t = " ".join(line_text(ln).split())
    # (a 'byline' in which no person and no outlet can be read is a short title the model misread)
    misread = ln.label == "byline" and read_byline(t) == ([], [])
    if (is_date_header(ln, p) or (ln.label not in ("body", "chrome", "caption") and not misread) or ln.why.startswith("rule:")
            or not 2 <= len(t.split()) <= 15
            or t.endswith((".", ":", ";", ",", "!")) or re.search(r"[.!?]\s", t) or not _headline_ok(t)
            or breadcrumb(t) is not None or menu_line(t) or find_dates(t, p.lang) or name_only(t) or PHOTO_CREDIT.search(t)
            or _READER_ADDRESS.search(t) or _kind_label(t) or SECTION_LABEL.fullmatch(t.strip(" .")) or _divider(nonblank, k, p.lang)
            or _site_name(labelled, ln, p) or _LEGAL_FORM.search(t) or (t.upper() == t and len(t.split()) <= 3)
            or _outlet_line(t) or _cookie_line(nonblank, k)):
        return
    if k == 0 and len(t.split()) <= 3:
        return  # the first line of a page, short: its masthead as likely as its title
    if not all(_top_line(x) or _divider(nonblank, j, p.lang) for j, x in enumerate(nonblank[:k])):
        return
    set_label(ln, "headline", ln.why + "; rule: a short line in headline position (under the page's top, over the text)")
    for x in nonblank[:k]:  # the page's top over it (a masthead, a clock the model read as text) is no text
        if x.label == "body":
            set_label(x, "chrome", x.why + "; rule: the page's top over a headline in headline position")
    p.title, p.headline_line = textnorm.clean_inline(t), ln.number
    p.why["title"] = f"line {ln.number}: rule: a short line in headline position, over the byline, date or first paragraph"


#: A wire service's version mark before its headline ('UPDATE 2-', 'WRAPUP 1-', 'REFILE-', 'CORRECTED-'):
#: a note to editors on which edition of the story this is, not words of the headline.
_WIRE_SLUG = re.compile(r"^(?:(?:UPDATE|WRAPUP|REFILE|CORRECTED|CORRECTION|RPT)(?:\s*\d{1,2})?\s*[-–—:]\s*)+")


def _outlet_line(t: str) -> bool:
    """A line that is an outlet's name, or mostly one ('Defense News', 'By Reuters'): the outlets read in it cover at
    least half of its words. A headline that merely opens with a capitalised word the byline reader takes for an
    outlet ('Steel and ice', 'Грузия и Азербайджан обсудили охрану границы') is no outlet line."""
    outlets = read_byline(t)[1]
    return bool(outlets) and 2 * sum(len(o.split()) for o in outlets) >= len(t.split())


def _top_line(ln) -> bool:
    """A line of the page's top that is no text: a menu ('Home | Politics | Defence'), or a short name of up to eight
    words with no sentence's stop ('Посольство Российской Федерации в Республике Индонезия')."""
    t = line_text(ln).strip()
    return (menu_line(t) or "menu" in ln.why
            or (len(t.split()) <= 8 and not PROSE_END.search(t) and not find_dates(t) and not t.endswith((":", ";", ","))))


def _headline_rules(labelled, p: ParsedDraft) -> None:
    """The page's own headline, verbatim: the first line labelled headline. When the model found
    none, the line standing alone above the first paragraph (no closing full stop, 3 to 25 words,
    shorter than the paragraph after) when the model read it as text, never as chrome."""
    # A headline followed by a date line and then by another, different headline above the text is
    # an item of a 'Latest news' column (title, date, title, date, …): the article's own comes after.
    first_body = next((ln.number for ln in labelled if ln.label == "body"), None)
    heads = [ln for ln in labelled if ln.label == "headline" and _headline_ok(line_text(ln))]
    heads = _weigh_headlines(labelled, heads, first_body, p)
    while len(heads) > 1 and (first_body is None or heads[1].number < first_body):
        a, b = heads[0], heads[1]
        dated_between = any(x.label == "date" and a.number < x.number < b.number for x in labelled)
        after_b = next((x for x in labelled if x.number > b.number and x.label != "blank"), None)
        if (not dated_between or after_b is None or after_b.label != "date"
                or textnorm.clean_inline(line_text(a)) == textnorm.clean_inline(line_text(b))):
            break
        heads.pop(0)
    for ln in heads[:1]:
        p.title = textnorm.clean_inline(line_text(ln))
        p.headline_line = ln.number
        p.why["title"] = f"line {ln.number}: labelled headline ({ln.why})"
        return
    nonblank = [ln for ln in labelled if ln.label != "blank" and line_text(ln)]
    # The line right above the author's credit over the text ('<title>' / 'Tuvshin Enkhbold' / 'Research Fellow' /
    # text): the piece's title, when it reads as one (not a menu, a masthead, a date or a sentence with its stop).
    for k, ln in enumerate(nonblank[1:], start=1):
        if ln.label == "body" and prose_line(line_text(ln)):
            break
        if ln.label == "byline" and ln.why.startswith("rule: a name over its position line"):
            above = nonblank[k - 1]
            t = line_text(above)
            if (above.label in ("chrome", "caption", "body") and not above.why.startswith("rule:")
                    and not re.search(r"rule: a menu", above.why) and 3 <= len(t.split()) <= 25
                    and breadcrumb(t) is None and not menu_line(t) and not find_dates(t, p.lang)
                    and not t.rstrip().endswith((".", ";", ",")) and _headline_ok(t) and not _site_name(labelled, above, p)):
                set_label(above, "headline", above.why + "; rule: the line above the author's name and position")
                p.title, p.headline_line = textnorm.clean_inline(t), above.number
                p.why["title"] = f"line {above.number}: rule: the line above the author's name and position (line {ln.number})"
                return
            break
    # A line printed twice whose first copy stands above the page's date line: the headline
    # (pages print the headline again over the text).
    first_date = next((k for k, ln in enumerate(nonblank) if ln.label == "date" and not is_date_header(ln, p)), None)
    if first_date is not None:
        for k, ln in enumerate(nonblank[:first_date]):
            t = textnorm.clean_inline(line_text(ln))
            again = [x for x in nonblank[first_date + 1:first_date + 6] if textnorm.clean_inline(line_text(x)) == t]
            if again and ln.label != "chrome" and len(t) <= 400 and _headline_ok(t) and breadcrumb(t) is None:
                for x in [ln, *again]:
                    if x is ln or len(t.split()) <= 25:  # a long one printed again is the lead paragraph too
                        set_label(x, "headline", x.why + "; rule: printed above the date line and again below it")
                p.title = t
                p.why["title"] = f"line {ln.number}: rule: printed above the date line and again below it"
                return
    # The line alone above the page's dateline ('Ministers meet in Baku' / 'October 19, 2021 | 14:05').
    for k, ln in enumerate(nonblank[1:], start=1):
        if ln.label == "date" and DATELINE.match(line_text(ln)):
            above = nonblank[k - 1]
            t = line_text(above)
            if (above.label not in ("date", "byline") and not above.why.startswith("rule:") and re.search(r"[^\W\d_]", t)
                    and breadcrumb(t) is None and not meta_label(t) and not name_only(t)
                    and not (len(t.split()) <= 6 and (_PAGE_WIDGET.search(t) or PHOTO_CREDIT.search(t)))  # 'via Trend', '3 min read'
                    and len(t) <= 300 and not find_dates(t, p.lang) and all(x.label in ("chrome", "caption") for x in nonblank[:k - 1])):
                set_label(above, "headline", above.why + "; rule: the line alone above the dateline")
                p.title = textnorm.clean_inline(t)
                p.why["title"] = f"line {above.number}: rule: the line alone above the dateline (line {ln.number})"
                for other in nonblank[k + 1:k + 3]:
                    if textnorm.clean_inline(line_text(other)) == p.title:
                        set_label(other, "headline", "rule: the headline printed again")
                return
        if ln.label == "body":
            break
    # A line above the first paragraph that the paragraph restates (most of its words come again in
    # the lead), short and without a closing full stop: the headline, even when the model took it
    # for a caption. A photo credit, a rule's chrome or a menu is never one.
    first_body = next((k for k, ln in enumerate(nonblank) if ln.label == "body" and len(line_text(ln).split()) >= 12), None)
    if first_body is not None:
        lead = {w.casefold() for w in re.findall(r"[^\W\d_]{4,}", line_text(nonblank[first_body]))}
        for ln in nonblank[max(0, first_body - 4):first_body]:
            t = line_text(ln)
            words = [w.casefold() for w in re.findall(r"[^\W\d_]{4,}", t)]
            # (a 'byline' in which no person and no outlet can be read is a title-case headline the model misread)
            if ((ln.label in ("caption", "chrome") or ln.label == "byline" and read_byline(t) == ([], []))
                    and not ln.why.startswith("rule:") and 3 <= len(t.split()) <= 25
                    and breadcrumb(t) is None
                    and not t.rstrip().endswith((".", ":", ";", ",")) and not PHOTO_CREDIT.search(t) and _headline_ok(t)
                    and len(words) >= 3 and (sum(w in lead for w in words) >= 0.75 * len(words)
                                               or _lead_overlap(t, line_text(nonblank[first_body])) >= (0.6 if ln.confidence < 0.6 else 0.75))):
                set_label(ln, "headline", ln.why + "; rule: a line the first paragraph restates")
                p.title, p.headline_line = textnorm.clean_inline(t), ln.number
                p.why["title"] = f"line {ln.number}: rule: a line above the first paragraph that the paragraph restates"
                return
        # The line over the article's timestamp, with nothing but short widgets ('Просмотров: 312',
        # 'Share') between the timestamp and the text: the headline, whatever the model said of both.
        # A line that itself sits under a timestamp is an item of a dated list, not the headline.
        for k in range(first_body - 1, 0, -1):
            if len(line_text(nonblank[k]).split()) > 3 and not date_only(line_text(nonblank[k]), p.lang):
                break
            if not date_only(line_text(nonblank[k]), p.lang):
                continue
            j = k - 1
            # (the author's name alone, or a byline, between the headline and the timestamp: 'X' / 'Jane Roe' / date)
            while j > 1 and (nonblank[j].label == "byline" or _CREDIT_CUE.match(line_text(nonblank[j]))
                             or (len(line_text(nonblank[j]).split()) <= 4 and person_name(line_text(nonblank[j]).strip(" ."))
                                 and not names_a_country(line_text(nonblank[j]), p.lang))) and k - j < 3:
                j -= 1
            ln = nonblank[j]
            t = line_text(ln)
            before = nonblank[j - 1] if j >= 1 else None
            if (ln.label in ("chrome", "caption") and not ln.why.startswith("rule:") and 3 <= len(t.split()) <= 25
                    and breadcrumb(t) is None and not menu_word(t) and not find_dates(t, p.lang)
                    and not t.rstrip().endswith((".", ":", ";", ",")) and not PHOTO_CREDIT.search(t) and _headline_ok(t)
                    and not (before is not None and date_only(line_text(before), p.lang))):
                set_label(ln, "headline", ln.why + "; rule: the line over the timestamp above the text")
                p.title, p.headline_line = textnorm.clean_inline(t), ln.number
                p.why["title"] = f"line {ln.number}: rule: the line over the timestamp (line {nonblank[k].number}) above the text"
                return
            break
    # The line right over the text when every line above it is the page's short top (a masthead, a section label, a
    # date, a byline): a headline of some words in sentence case, whatever the model said of it ('THE HARBOUR EVENING
    # POST' / 'NATION' / 'Gulf of Guinea navies close ranks against piracy' / text).
    prose = next((k for k, ln in enumerate(nonblank) if ln.label == "body" and prose_line(line_text(ln))), None)
    if prose:
        k = prose - 1
        while k > 0 and (nonblank[k].label == "byline" or nonblank[k].label == "date" and date_only(line_text(nonblank[k]), p.lang)):
            k -= 1
        ln, t = nonblank[k], line_text(nonblank[k])
        # (a line the model read as text counts when the lead restates it: 'NEWS OF THE STEPPE' / 'Home | Politics' /
        # 'Kazakh and Kyrgyz defence ministers meet in Astana' / 'Astana, 12 May. …'; the top lines above it are chrome)
        # (the lead and the paragraphs after it: a Russian headline's words often come back only in the second one)
        lead3 = " ".join(line_text(x) for x in nonblank[prose:prose + 3] if x.label == "body")
        as_text = ln.label == "body" and not prose_line(t) and _lead_overlap(t, lead3) >= 0.4
        if (k >= 1 and (ln.label in ("chrome", "caption") or as_text) and not ln.why.startswith("rule:") and 4 <= len(t.split()) <= 25
                and sum(w[:1].islower() for w in t.split()) >= 2 and not t.rstrip().endswith((".", ":", ";", ","))
                and _headline_ok(t) and breadcrumb(t) is None and not menu_line(t) and not find_dates(t, p.lang)
                and not _CREDIT_CUE.match(t) and not PHOTO_CREDIT.search(t) and not _READER_ADDRESS.search(t)
                and all(len(line_text(x).split()) <= 6 or x.label in ("date", "byline") or _top_line(x) for x in nonblank[:k])):
            if as_text:
                for x in nonblank[:k]:
                    if x.label == "body":
                        set_label(x, "chrome", x.why + f"; rule: the page's top above the headline (line {ln.number})")
            set_label(ln, "headline", ln.why + "; rule: the line over the text under the page's short top lines")
            p.title, p.headline_line = textnorm.clean_inline(t), ln.number
            p.why["title"] = f"line {ln.number}: rule: the line over the text, under the page's short top lines"
            return
    for k, ln in enumerate(nonblank[:-1]):
        if ln.label in ("chrome", "caption", "date", "byline") and k < 6:
            continue
        if ln.label != "body":
            return
        t, nxt = line_text(ln), line_text(nonblank[k + 1])
        words = t.split()
        gap = nonblank[k + 1].number - ln.number > 1 or nonblank[k + 1].label in ("date", "byline")
        if (gap and 3 <= len(words) <= 25 and len(t) <= 200 and not t.endswith((".", ":", ";", ","))
                and (len(nxt) > len(t) or nonblank[k + 1].label in ("date", "byline")) and _headline_ok(t)):
            set_label(ln, "headline", ln.why + "; rule: a short line alone above the text")
            p.title = textnorm.clean_inline(t)
            p.why["title"] = f"line {ln.number}: rule: a short line alone above the first paragraph"
            # The same headline printed again below is not text either.
            for other in nonblank[k + 1:]:
                if textnorm.clean_inline(line_text(other)) == p.title:
                    set_label(other, "headline", "rule: the headline printed again")
        return


# --------------------------------------------------------------------------- the page's top, read again

_COOKIE_WORD = re.compile(r"(?i)\bcookies?\b|\bкуки\b|файл\w*\s+cookie")
#: An issue or volume line of a bulletin or newsletter ('Weekly Bulletin | Vol. 12 No. 29', 'Issue 214', 'Выпуск № 29').
_ISSUE_LINE = re.compile(r"(?i)(?<!\w)(?:vol(?:ume)?\.?\s*\d|no\.\s*\d|issue\s+(?:no\.?\s*)?\d|edition\s+\d|"
                         r"выпуск\s*(?:№\s*)?\d|№\s*\d|том\s+\d)")


def _cookie_line(nonblank, k: int) -> bool:
    """A line naming cookies next to another that names them (a banner's heading over its notice)."""
    if not _COOKIE_WORD.search(line_text(nonblank[k])):
        return False
    near = nonblank[max(0, k - 2):k] + nonblank[k + 1:k + 3]
    return any(_COOKIE_WORD.search(line_text(x)) or "cookie" in x.why for x in near)


#: The kinds of document an official or corporate site labels its pages with (the closed class of GOV-style
#: 'content types'), in both languages; SECTION_LABEL holds the sections and the commonest kinds.
_DOC_KIND = re.compile(
    r"(?i)(?:(?:joint|official|written|oral|ministerial)\s+)?(?:press|news|media)\s+(?:releases?|stor(?:y|ies)|articles?|"
    r"briefings?|conferences?|statements?)|news\s+stor(?:y|ies)|speech(?:es)?|statements?|readouts?|transcripts?|"
    r"fact\s*sheets?|guidance|policy\s+papers?|announcements?|notices?|advisor(?:y|ies)|communiqu[eé]s?|op-?eds?|"
    r"interviews?|articles?|features?|correspondence|open\s+letters?|letters?|remarks|backgrounders?|briefings?|"
    r"decisions?|orders?|decrees?|"
    r"пресс-релизы?|пресс-сообщени[ея]|новост[ьи]|(?:официальное\s+|информационное\s+)?сообщени[ея]|"
    r"(?:официальное\s+|совместное\s+)?заявлени[ея]|выступлени[ея]|стенограмм[аы]|интервью|стат(?:ья|ьи)|"
    r"комментари[йи]|брифинги?|анонсы?|объявлени[ея]|справк[аи]|обращени[ея]|коммюнике|указы?|приказы?|решени[ея]")


def _kind_label(t: str) -> bool:
    """A document-kind or section label alone on its line ('Press release', 'News story', 'Пресс-релиз', 'Общество /
    Армия'), each step of a rubric a section name."""
    steps = [x.strip(" .:") for x in re.split(r"\s*[/|>»›]\s*", t.strip()) if x.strip(" .:")]
    return (bool(steps) and len(steps) <= 4
            and all(SECTION_LABEL.fullmatch(x) or _DOC_KIND.fullmatch(x) for x in steps))


def _label_value(nonblank, k: int) -> bool:
    """The line right under a bare label ('From:' / 'Ministry of Defence', 'Published' / '12 May 2025'): its value."""
    if k == 0:
        return False
    prev = " ".join(line_text(nonblank[k - 1]).split())
    m = _META_LABEL.match(prev)
    return bool(m) and not m.group("rest").strip() or bool(_CREDIT_CUE.match(prev + " x") and prev.endswith(":"))


#: A navigation phrase alone on its line ('Back to overview', 'Return to news', 'In this issue', 'Назад к списку',
#: 'Вернуться к новостям', 'В этом выпуске', 'All press releases', 'Все новости'): the page's chrome.
_NAV_PHRASE = re.compile(
    r"(?i)^\W*(?:(?:go\s+)?back|return)(?:\s+to\s+(?:the\s+)?(?:overview|list|listing|index|top|home(?:page)?|menu|search|"
    r"(?:all\s+|latest\s+)?(?:news|stories|articles|releases|press\s+releases|updates|posts)|previous\s+page))?|"
    r"in\s+this\s+(?:issue|edition|section|newsletter|bulletin)|"
    r"(?:see\s+)?(?:all|more|other|latest)\s+(?:news|stories|articles|releases|press\s+releases|updates)|"
    r"(?:назад|вернуться)(?:\s+(?:к|в)\s+(?:списку|новостям|разделу|материалам|ленте|началу|каталогу)\w*)?|"
    r"к\s+списку(?:\s+\w+)?|в\s+этом\s+(?:выпуске|номере|разделе)|"
    r"(?:все|другие|ещё|еще)\s+(?:новости|материалы|статьи|публикации|пресс-релизы)\W*$")


def _divider(nonblank, k: int, lang: str) -> bool:
    """A line that closes a page's masthead block: a menu, a widget, a rubric or label, an issue line, a date or
    dateline, a metadata label."""
    ln = nonblank[k]
    t = line_text(ln).strip()
    # (a widget: numbers with a few short words, '+3 °C USD 92,15 EUR 99,30', '12°C Sunny | USD/CAD 1.36')
    widget = len(re.findall(r"\d+(?:[.,]\d+)?", t)) >= 2 and len(re.findall(r"[^\W\d_]{4,}", t)) <= 3
    return bool(menu_line(t) or "menu" in ln.why or "widget" in ln.why or "cookie" in ln.why or _kind_label(t) or widget
                or (_ISSUE_LINE.search(t) and len(t.split()) <= 12) or date_only(t, lang) or meta_label(t)
                or (ln.label == "date" and find_dates(t, lang) and len(t.split()) <= 12)
                or breadcrumb(t) is not None or _NAV_PHRASE.fullmatch(t.strip(" .:")) is not None)


def _candidate(nonblank, k: int, lang: str) -> bool:
    """A line shaped as a headline: 3 to 30 words, no closing stop or colon, not a label, a date, a menu, a trail, a
    credit or a name alone."""
    t = " ".join(line_text(nonblank[k]).split())
    return (3 <= len(t.split()) <= 30 and _headline_ok(t) and not t.endswith((".", ":", ";", ","))
            and not _divider(nonblank, k, lang) and not name_only(t) and not PHOTO_CREDIT.search(t)
            and not _cookie_line(nonblank, k) and not _READER_ADDRESS.search(t) and not find_dates(t, lang)
            and not _label_value(nonblank, k))


#: A company's legal form closing its name ('Nordwerft AG', 'Baltic Marine Ltd', 'АО «Уралсудострой»'): the closed class.
_LEGAL_FORM = re.compile(r"(?:^|\s)(?:AG|GmbH|SE|KG|Ltd\.?|Limited|LLC|LLP|Inc\.?|Corp\.?|Corporation|PLC|plc|S\.?A\.?|"
                         r"S\.?p\.?A\.?|N\.?V\.?|B\.?V\.?|A/S|AB|ASA|Oy|Oyj|S\.?r\.?l\.?|Sp\.\s*z\s*o\.?\s*o\.?|"
                         r"Pty|K\.?K\.?|Group|Holding|Holdings)\s*$|^(?:АО|ОАО|ЗАО|ПАО|ООО|ГК|ФГУП|АК)\s+\S")


def _masthead_name(labelled, nonblank, k: int, lead: str, p: ParsedDraft) -> bool:
    """A site's name at the page's top: one word ('NORDWERFT'), the name of an outlet or an institution (``_site_name``:
    'Ministry of National Defense', 'GOBI NEWS AGENCY'), or up to three words in capitals that the lead does not
    restate ('THE STEPPE BRIEF'; 'NAVY CHIEFS MEET' is restated by its lead and stays a headline)."""
    t = " ".join(line_text(nonblank[k]).split())
    words = _HEADLINE_SHAPE.findall(t)
    return bool(len(words) == 1 and len(t.split()) <= 2 or _site_name(labelled, nonblank[k], p) or _LEGAL_FORM.search(t)
                or (t.upper() == t and len(t.split()) <= 3 and _lead_overlap(t, lead) < 0.5))


def _byline_shaped(ln) -> bool:
    """A byline line: labelled one, a credit with its cue ('By Jane Doe', 'Автор: …') or names alone."""
    t = " ".join(line_text(ln).split())
    return ln.label == "byline" or bool(re.match(r"(?i)^(?:by|автор|author)\b\s*:?\s+\S", t)) or name_only(t)


def _recheck_top(labelled, p: ParsedDraft) -> None:
    """The headline read again against the page's top when the pick is no headline or is the masthead block.

    A metadata label ('Published'), a document-kind label ('Press release'), a cookie banner's heading or a
    person's name alone is never the headline; nor is a line of the masthead block (the site's name, its tagline,
    its volume line) when a menu, widget, rubric, issue or date line stands between it and a line under it that the
    lead restates. The headline is then the headline-shaped line above the text that the lead restates best, the
    line right under a document-kind label first. With no pick, a line is taken only when the lead restates it."""
    nonblank = [ln for ln in labelled if ln.label != "blank" and line_text(ln).strip()]
    lead_k = next((k for k, ln in enumerate(nonblank) if ln.label == "body" and prose_line(line_text(ln))
                   and len(line_text(ln).split()) >= 12 and not _cookie_line(nonblank, k)
                   and not _COOKIE_WORD.search(line_text(ln))), None)
    if lead_k is None:
        return
    lead = " ".join(line_text(x) for x in [x for x in nonblank[lead_k:lead_k + 8] if x.label == "body"][:3])
    pick = None
    if p.title is not None:
        pick = next((k for k, ln in enumerate(nonblank) if ln.label == "headline"
                     and textnorm.clean_inline(line_text(ln)) == p.title), None)
        if pick is None or pick >= lead_k:
            return
    t = " ".join(line_text(nonblank[pick]).split()) if pick is not None else ""
    # (an institution's name over the text, 'Ministry of Defence', restates the lead's subject, not the story)
    cands = [k for k in range(lead_k) if k != pick and _candidate(nonblank, k, p.lang)
             and len(line_text(nonblank[k]).split()) >= 4 and not _site_name(labelled, nonblank[k], p)]
    if pick is None:
        why = "no line was read as the headline"
    elif meta_label(t):
        why = "a metadata label"
    elif _kind_label(t):
        why = "a document-kind or section label"
    elif _cookie_line(nonblank, pick):
        why = "a cookie banner's heading"
    elif name_only(t) and not common_words(t, lower_words(line_text(x) for x in nonblank if x.label == "body")):
        why = "a person's name alone (a byline)"
    elif _NAV_PHRASE.fullmatch(t.strip(" .:")) or (_ISSUE_LINE.search(t) and len(t.split()) <= 12) or menu_line(t):
        why = "a navigation, menu or issue line"
    elif _label_value(nonblank, pick):
        why = f"the value of the label {line_text(nonblank[pick - 1]).strip()!r}"
    elif (pick >= 2 and _kind_label(line_text(nonblank[pick - 2])) and pick - 1 in cands
          and _lead_overlap(line_text(nonblank[pick - 1]), lead) >= 0.2):
        # 'Press release' / <headline> / <a standfirst without its stop>: the line right under the label is the headline
        why = f"under the line right after the label {line_text(nonblank[pick - 2]).strip()!r}, the standfirst"
        cands = [pick - 1]
    elif (pick >= 2 and _byline_shaped(nonblank[pick - 1]) and pick - 2 in cands
          and _lead_overlap(line_text(nonblank[pick - 2]), lead) >= 0.4):
        why = f"under the byline (line {nonblank[pick - 1].number}), the standfirst"
        cands = [pick - 2]
    elif (pick <= 3 and all(len(line_text(x).split()) <= 8 for x in nonblank[:pick + 1])
          and any(_divider(nonblank, j, p.lang) for j in range(pick + 1, lead_k))
          and (_masthead_name(labelled, nonblank, pick, lead, p) or _divider(nonblank, pick, p.lang)
               or (_lead_overlap(t, lead) < 0.5 and any(_masthead_name(labelled, nonblank, j, lead, p)
                                                       for j in (pick - 1, pick + 1) if 0 <= j < lead_k))
               # a slogan ('Engineering excellence since 1921') beside a short name in title case
               or (TAGLINE.search(t) and len(t.split()) <= 8 and any(
                   len(line_text(nonblank[j]).split()) <= 4 and all(w[:1].isupper() for w in line_text(nonblank[j]).split())
                   for j in (pick - 1, pick + 1) if 0 <= j < lead_k)))):
        # the masthead block (the site's name, the tagline beside it, a menu): only candidates below a divider that
        # is below the pick. (A name's words come back in the lead as its subject, 'NORDWERFT' / 'Nordwerft handed
        # over …': the site's name counts as restating nothing.)
        below = next(j for j in range(pick + 1, lead_k) if _divider(nonblank, j, p.lang))
        own = 0.0 if _masthead_name(labelled, nonblank, pick, lead, p) else _lead_overlap(t, lead)
        cands = [k for k in cands if k > below and _lead_overlap(line_text(nonblank[k]), lead) >= max(0.4, own + 0.25)]
        why = "the masthead block (above a divider line)"
    else:
        return
    after_kind = [k for k in cands if k >= 1 and _kind_label(line_text(nonblank[k - 1]))
                  and _lead_overlap(line_text(nonblank[k]), lead) >= 0.2]
    scored = [k for k in cands if _lead_overlap(line_text(nonblank[k]), lead) >= (0.4 if pick is not None else 0.5)]
    best = after_kind[0] if after_kind else max(scored, key=lambda k: (_lead_overlap(line_text(nonblank[k]), lead), k),
                                                  default=None)
    if best is None:
        if pick is not None and why != "the masthead block (above a divider line)":
            set_label(nonblank[pick], "chrome", nonblank[pick].why + f"; rule: {why}, not the headline")
            p.title, p.headline_line = None, None
            p.why["title"] = f"line {nonblank[pick].number} is {why}, not the headline; no other line is one"
        return
    if pick is not None:
        set_label(nonblank[pick], "chrome", nonblank[pick].why + f"; rule: {why}, not the headline")
    ln = nonblank[best]
    set_label(ln, "headline", ln.why + "; rule: the page's top read again (the line the lead restates"
              + (", under a document-kind label)" if after_kind else ")"))
    p.title, p.headline_line = textnorm.clean_inline(line_text(ln)), ln.number
    p.why["title"] = (f"line {ln.number}: rule: the page's top read again"
                      + (f" (line {nonblank[pick].number} is {why})" if pick is not None else f" ({why})"))

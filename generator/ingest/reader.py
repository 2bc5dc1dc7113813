"""Ingest: read one raw article file and read its page.

``parse_text`` labels every line with the line labeller (``generator.ingest.lines``), lets the exact
rules below override the labels where they apply (the ' date … By …' header, clock and weather
widgets, related lists, the foot of the page, bylines), then reads title, date, author, source
and body from the labelled lines, recording in ``Parsed.why`` which line or rule gave each field
(``generator explain`` prints it). Only this module reads input files.

The readings live in their own modules, lowest first: ``draft`` (the parsed draft, outlet tables, clock, stamp,
copyright and tail lines), ``bylines`` (authors and credits), ``sources`` (the outlet the page names),
``headlines``, ``pagedates`` (the page's own date); this module keeps the page-chrome rules and the order
in which the readings run.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from generator.ingest import columns, date_candidates, issuer, pageitems
from generator.ingest import lines as L
from generator.ingest.bylines import (
    AFFILIATION, CREDIT_PHRASE, HONORIFIC, PROSE_END, ROLE_PART, STAFF, body_paragraphs, byline_parts, common_words,
    expand_acronym, is_city, lower_words, names_a_country, person_name, prose_line, read_byline, read_bylines,
)
from generator.ingest.draft import (
    CLOCK_LINE, COPYRIGHT, FOLLOW, FOLLOW_NAME, InputProblem, JUNK, OFFICIAL_SITE, ParsedDraft, QUOTE_MARKS,
    RELATED, RULE_LINE, copyright_institution, copyright_owner, header_date_byline, is_copyright_line, is_date_header,
    is_page_chrome, line_text, outlet_from, outlet_name, set_label, wants_all_candidates,
)
from generator.ingest.headlines import HANDLE_LINE, PHOTO_CREDIT, REPOST_HEADER, breadcrumb, read_headline
from generator.ingest.pagedates import SNAPSHOT, date_cues, read_date, settle_day_month, site_header, snapshot_time
from generator.ingest.sources import (
    MENU_SPLIT, author_in_latin, issue_masthead, menu_line, known_in, masthead_case, masthead_tagline, read_source, source_in_latin,
)
from generator.model import Parsed
from generator.text import textnorm
from generator.text.dates import date_only, find_dates, relative_line
from generator.text.lazy_re import gated


# --------------------------------------------------------------------------- reading

def read_article_file(path: Path, max_bytes: int, registry=None) -> Parsed:
    """Read and parse one file. Raises InputProblem for a file that cannot be an article."""
    data = textnorm.read_seed_bytes(path, max_bytes, "split it or raise the limit")
    try:
        text, encoding, notes = textnorm.decode(data)
    except textnorm.DecodeProblem as exc:
        raise InputProblem(f"{exc}; save it as UTF-8") from exc
    bad = text.count("\ufffd")
    if bad:
        notes.append(f"{bad} undecodable character(s) removed; save the file as UTF-8")
    text, repaired = textnorm.repair_mojibake(text)
    if repaired:
        notes.append(f"mojibake repaired: {repaired}; save the file as UTF-8")
    text = textnorm.clean_text(text)
    if not text.strip():
        raise InputProblem("is empty or holds only white space; add the article text or remove the file")
    return _parse_with_address(text, str(path), encoding, notes, registry)


def _parse_with_address(text: str, path: str, encoding: str, notes: list[str], registry=None) -> Parsed:
    """A first line ``url: https://…`` (and ``retrieved: …``) is the article's address, not its
    text: taken off before the layout recognizers run (``generator.ingest.provenance``)."""
    from generator.ingest.provenance import take_text_header

    text, prov, more = take_text_header(text)
    p = parse_draft(text, path, encoding=encoding, notes=[*notes, *more], registry=registry)
    if prov is not None:
        p.url, p.retrieved = prov.url, prov.retrieved
        settle_day_month(p, text)  # the address's country may tell how the page writes its numeric dates
    return p.freeze()


def parse_text(text: str, path: str = "<text>", encoding: str = "utf-8", notes: list[str] | None = None,
               registry=None) -> Parsed:
    """Read a page: label every line (``generator.ingest.lines``), let the exact rules override the
    labels where they apply, then read the fields from the labelled lines. The source is decided
    here, once (``_read_source``); ``registry`` (default: the packaged one) names the
    organisation an official-site footer points to."""
    return parse_draft(text, path=path, encoding=encoding, notes=notes, registry=registry).freeze()


def parse_draft(text: str, path: str = "<text>", encoding: str = "utf-8", notes: list[str] | None = None,
                registry=None) -> ParsedDraft:
    """``parse_text``'s working copy, for a reader that adds what it knows (``htmlpage``) before freezing."""
    text = textnorm.clean_text(text)
    fed = pageitems.feed(text)
    if fed is not None:
        # a feed dump: its article item written out as a page (the channel's name over the item's title, its date, its
        # author, its text); the other items and the channel's fields are chrome, left out
        text = "\n".join([*([fed.outlet, ""] if fed.outlet else []), fed.title or "", *([fed.published] if fed.published else []),
                          *([f"By {fed.author}"] if fed.author else []), "", *(x for para in fed.paragraphs for x in (para, ""))])
    raw, joined = columns.reflow(text.split("\n"))
    narrow = 0
    if not joined:
        raw, narrow = columns.reflow_narrow(raw)
    p = ParsedDraft(path=path, lang=textnorm.detect_language(text), encoding=encoding, notes=list(notes or []))
    raw = _take_snapshot_header(raw, p)
    if narrow:
        p.recognizers.append("narrow_reflow")
        p.why["reflow"] = (f"rule: a page scraped at a phone's width (lines of a few words) joined into logical lines "
                           f"({narrow} line(s) joined; line numbers are of the joined text)")
    if joined:
        p.recognizers.append("column_reflow")
        # (no warning: a print edition is a page like any other; explain names the rule and the numbering)
        p.why["reflow"] = (f"rule: column-wrapped print text joined into paragraphs ({joined} line(s) joined; "
                           "line numbers are of the joined text)")
    labelled = L.label_lines(raw, p.lang)
    _apply_rules(labelled, p)
    if fed is not None:
        _feed_labels(fed, labelled)
    items = _item_page(labelled, p) if fed is None else None
    nonblank = [ln for ln in labelled if ln.label != "blank"]
    for ln in nonblank:
        if ln.label != "chrome" and len(line_text(ln).split()) <= 10 and _RELEASE_FOOT.match(line_text(ln)):
            set_label(ln, "chrome", ln.why + "; rule: a release's foot ('-ENDS-', 'Page 1 of 1', 'OFFICIAL', 'Media contact:')")
    release = _letterhead(nonblank) if items is None else None
    gallery = _gallery(nonblank, p) if items is None else None
    live = _live_blog(nonblank, p) if items is None and gallery is None else None
    p.lines = labelled
    read_headline(labelled, p)
    if p.title and any("forum member's card" in ln.why for ln in nonblank) and re.match(r"(?i)(?:re|ответ)\s*:\s*\S", p.title):
        p.title = re.sub(r"(?i)^(?:re|ответ)\s*:\s*", "", p.title)  # a forum reply's 'Re:' is no part of the topic's title
        p.why["title"] = p.why.get("title", "") + "; rule: a forum reply's 'Re:' taken off"
    if release is not None and (p.title is None or any(
            "letterhead" in ln.why or "release's word" in ln.why or "release's reference" in ln.why
            for ln in nonblank if p.title == textnorm.clean_inline(line_text(ln)))):
        # (the headline rules took a line of the letterhead, or none: the first title-like line after it is the headline)
        set_label(nonblank[release], "headline", nonblank[release].why + "; rule: the first title-like line under a release's letterhead")
        p.title, p.headline_line = textnorm.clean_inline(line_text(nonblank[release])), nonblank[release].number
        p.why["title"] = f"line {p.headline_line}: rule: the first title-like line under a release's letterhead"
    if gallery is not None or live is not None:
        # (the headline rules read the page's top again: its own title is the headline, the entries and captions text)
        for ln in nonblank:
            if ln.label != "body" and ("live entry's" in ln.why or "gallery's numbered caption" in ln.why):
                set_label(ln, "body", ln.why)
            elif ln.label != "headline" and ("a live blog's title" in ln.why or "a gallery's own title" in ln.why):
                set_label(ln, "headline", ln.why)
    if gallery is not None:
        p.title, p.headline_line = line_text(nonblank[gallery]), nonblank[gallery].number
        p.why["title"] = f"line {p.headline_line}: rule: a photo gallery's own title (its numbered captions are its text)"
    if live is not None:
        p.title, p.headline_line = textnorm.clean_inline(live), int(p.why.pop("live_title_line"))
        p.why["title"] = f"line {p.headline_line}: rule: a live blog's title (its entries' headings are sub-heads)"
    if "header_headline" in p.why:
        p.title = textnorm.clean_inline(p.why.pop("header_headline"))
        p.headline_line = int(p.why["date_header"])
        p.why["title"] = (f"line {p.headline_line}: rule: the headline after the byline's name in the ' date … By …' header")
    if items is not None and items.title:
        # (the article item's title line, its number and emoji taken off, whatever the headline rules made of the page)
        p.title, p.headline_line = textnorm.clean_inline(items.title), labelled_number(labelled, items)
        p.why["title"] = f"line {p.headline_line}: rule: the title of the article item of a {items.kind} page of repeated items"
    read_date(labelled, p)
    date_candidates.choose(labelled, p, date_cues(), record=wants_all_candidates())
    read_bylines(labelled, p)
    if "live_author" in p.why:
        name = p.why.pop("live_author")
        if p.author is None:
            p.author = name
            p.why["author"] = "rule: a live entry's sign-off ('— Name, City')"
    p.body_lines = body_paragraphs(labelled, p)
    if p.title is None and any("fallback: no line was read as text" in ln.why for ln in labelled):
        # The model read no line as text and the prose lines were kept as the text: the headline is read again
        # against that text (the line above it that it restates, the short line alone over it).
        read_headline(labelled, p)
        if p.title is not None:
            p.body_lines = body_paragraphs(labelled, p)
    if fed is not None:
        _feed_fields(fed, p)
    settle_day_month(p, text)  # (the whole text: a cache's header taken off above still bounds the date)
    read_source(labelled, p, registry)
    masthead_case(p)
    expand_acronym(labelled, p)
    source_in_latin(p)
    author_in_latin(p)
    if not p.body_lines:
        p.notes.append("has no body text after its header")
    return p


def labelled_number(labelled, items) -> int | None:
    """The line number of the article item's title line."""
    nonblank = [ln for ln in labelled if ln.label != "blank"]
    return nonblank[items.title_at].number if items.title_at is not None else None


def _item_page(labelled, p: ParsedDraft):
    """A page of repeated items (a newsletter's digest, a channel's export; ``generator.ingest.pageitems``): every line
    outside the article item is chrome, the item's title line the headline, its stamp (or the issue line) the date."""
    nonblank = [ln for ln in labelled if ln.label != "blank"]
    got = pageitems.find(nonblank, p.lang)
    if got is None:
        return None
    a, b = got.items[got.article]
    kind = "newsletter digest" if got.kind == "digest" else "channel export"
    p.recognizers.append(f"item_page_{got.kind}")
    p.why["item_page"] = (f"rule: a {kind} of {len(got.items)} items; the article is item {got.article + 1} "
                          f"(lines {nonblank[a].number}-{nonblank[b].number}, the most prose)")
    if got.outlet:
        p.why["item_outlet"] = got.outlet  # (the outlet candidate: the digest's masthead, the channel's name)
    for k, ln in enumerate(nonblank):
        if a <= k <= b:
            continue
        part = "another item" if any(x <= k <= y for x, y in got.items) else "the header or footer"
        set_label(ln, "chrome", ln.why + f"; rule: {part} of a {kind} (the article is item {got.article + 1})")
    for k in range(a, b + 1):
        ln, t = nonblank[k], line_text(nonblank[k])
        if k == got.title_at:
            set_label(ln, "headline", ln.why + f"; rule: the article item's title in a {kind}")
        elif k == got.date_at:
            set_label(ln, "date", ln.why + f"; rule: the article item's timestamp in a {kind}")
        elif got.kind == "channel" and k == a:
            set_label(ln, "chrome", ln.why + "; rule: the channel's name over its message")
        elif issuer.forwarded_from(t):
            # ('Forwarded from Nordic Security Notes' over the article message: the repost's header, as over a single post)
            set_label(ln, "chrome", REPOST_HEADER)
            p.why["item_forwarded_from"] = issuer.forwarded_from(t)
        elif pageitems.counter_or_forward(t):
            set_label(ln, "chrome", ln.why + "; rule: a message's counter or repost line")
        elif ln.label in ("chrome", "caption", "headline") and prose_line(t) and not pageitems.source_line(t):
            set_label(ln, "body", ln.why + f"; rule: the text of the article item in a {kind}")
    if got.date is not None and p.date is None:
        p.date, p.date_text = got.date, line_text(nonblank[got.date_at])
        p.why["date"] = f"line {nonblank[got.date_at].number}: rule: {got.date_why}"
    return got


def _take_snapshot_header(raw: list[str], p: ParsedDraft) -> list[str]:
    """The page without the header a search engine's cache or a web archive prints over its copy ("This is the cache of
    https://… It is a snapshot of the page as it appeared on 14 Nov 2025 06:02:11 GMT.", «Это копия страницы …,
    сохранённая 14 ноя 2025»): the copy's time, never the page's date nor its text, taken off before the lines are
    labelled so that the page reads as it was published (its masthead on top). Among the first three non-blank lines."""
    top = [i for i, t in enumerate(raw) if t.strip()][:3]
    drop = [i for i in top if len(raw[i]) <= 600 and SNAPSHOT.search(raw[i])]
    if not drop:
        # the toolbar alone at the top of the page (its header line not copied): taken off all the same
        bar = _archive_toolbar(raw, top[0], header=False) if top else []
        if bar:
            p.recognizers.append("archive_toolbar")
            p.why["captured"] = f"lines {bar[0] + 1}-{bar[-1] + 1}: a web archive's toolbar"
        return [t for i, t in enumerate(raw) if i not in set(bar)]
    drop += _archive_toolbar(raw, drop[-1] + 1)
    when = [snapshot_time(raw[i], p.lang) for i in drop]
    p.recognizers.append("snapshot_header")
    p.why["captured"] = f"line {drop[0] + 1}: a cache's or an archive's header" + (
        f" (copied {next(w for w in when if w)})" if any(when) else "")
    return [t for i, t in enumerate(raw) if i not in drop]


#: The lines of a web archive's toolbar under its header: '9 captures', '27 Apr 2024 - 15 Jan 2025', the calendar strip's
#: months ('MAR<TAB>APR<TAB>MAY'), its day ('03') and years ('2023<TAB>2024<TAB>2025'), and its buttons.
_MON3 = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
_TOOLBAR_LINE = re.compile(
    rf"(?i)\d[\d,. ]*\s+captures?|\d{{1,2}}\s+{_MON3}\w*\s+\d{{4}}\s*[-–—]\s*\d{{1,2}}\s+{_MON3}\w*\s+\d{{4}}|"
    rf"{_MON3}(?:\s+{_MON3}){{1,2}}|\d{{1,2}}|(?:19|20)\d\d(?:\s+(?:19|20)\d\d){{1,2}}|"
    r"success|fail|go|close|help|about\s+this\s+capture|collected\s+by|timestamps|organi[sz]ation:.{0,60}|"
    r"(?:see\s+)?(?:all\s+)?captures?(?:\s+of\s+\S+)?|https?://\S+")


def _archive_toolbar(raw: list[str], start: int, header: bool = True) -> list[int]:
    """The indices of a web archive's toolbar block right under its header line (from ``start``): every line of it
    is chrome (read as text, its month row 'MAR APR MAY' became a source). Only when the block holds the captures
    count or the calendar's month row: a page's own short lines are never taken."""
    out, seen = [], set()
    for i in range(start, min(len(raw), start + 40)):
        t = " ".join(raw[i].split())
        if not t:
            continue
        if not _TOOLBAR_LINE.fullmatch(t):
            break
        if re.search(r"(?i)captures?$", t):
            seen.add("captures")
        if re.fullmatch(r"(?i)[a-z]{3}(?:\s+[a-z]{3}){1,2}", t):
            seen.add("months")
        out.append(i)
    # under the archive's header one of the two marks is enough; at the top of a page without it, both
    return out if (seen if header else len(seen) == 2) else []


#: A forum member's card: 'Joined: Mar 2014   Posts: 6,211', 'Сообщений: 3 517   Откуда: Гюмри', 'Зарегистрирован: 12.03.2014',
#: 'Member since 2011', 'Reputation: 140' (a label of the member's profile, a colon after it, a short value).
_MEMBER_FIELD = re.compile(
    r"(?i)(?:^|\s{2,}|[|·•]\s*)(?:joined|registered|member\s+since|posts|messages|reputation|location|rank|karma|"
    r"сообщени[йя]|зарегистрирован\w*|регистрация|дата\s+регистрации|откуда|репутация|рейтинг|постов|на\s+форуме\s+с)"
    r"\s*:?\s*(?=\S)")


def member_line(t: str) -> bool:
    """A forum member's card line (``_MEMBER_FIELD`` opening it): short, no sentence; its date is the member's join date,
    never the page's."""
    t = t.strip()
    if len(t.split()) > 12 or re.search(r"[.!?]$", t):
        return False
    m = _MEMBER_FIELD.match(t)
    return m is not None and (":" in t[:m.end() + 1] or re.match(r"(?i)member\s+since|на\s+форуме\s+с", t) is not None)


def _member_lines(nonblank) -> None:
    """A forum's member cards are chrome and never the date ('Joined: Mar 2014' is when the member joined); the short name
    right over a card is the member's (never the source, never the headline)."""
    if not any(member_line(ln.text) for ln in nonblank):
        return
    for ln in nonblank:
        if re.fullmatch(r"(?i)\W*(?:quote|цитата)(?:\s+\S+){0,4}\s*:\s*", line_text(ln)):
            set_label(ln, "chrome", "rule: a forum post's quote mark ('Quote:', 'Цитата:')")
    for k, ln in enumerate(nonblank):
        if member_line(ln.text):
            set_label(ln, "chrome", "rule: a forum member's card (join date, posts), never the page's date")
            if k and nonblank[k - 1].label != "chrome" and 1 <= len(line_text(nonblank[k - 1]).split()) <= 3 \
                    and not member_line(nonblank[k - 1].text) and not re.search(r"[.!?:]$", line_text(nonblank[k - 1])):
                set_label(nonblank[k - 1], "chrome", "rule: a forum member's name over the member's card")


def _feed_labels(fed, labelled) -> None:
    """The lines of a feed's article item written out as a page (``parse_draft``): the channel's name, the title, the
    date and the byline in that order over the text, each labelled as what it is."""
    head = [x for x in (("chrome", fed.outlet), ("headline", fed.title), ("date", fed.published),
                        ("byline", f"By {fed.author}" if fed.author else None)) if x[1]]
    nonblank = [ln for ln in labelled if ln.label != "blank"]
    for (label, _), ln in zip(head, nonblank):
        set_label(ln, label, f"rule: a feed item's {'channel' if label == 'chrome' else label}")
    for ln in nonblank[len(head):]:
        if ln.label != "body":
            set_label(ln, "body", ln.why + "; rule: a feed item's text")


def _feed_fields(fed, p: ParsedDraft) -> None:
    """The article item's own fields decide a feed dump's title, date (the item's pubDate in its own time zone, never the
    channel's lastBuildDate), author and address (``pageitems.feed``)."""
    p.recognizers.append("feed_item")
    p.why["item_page"] = f"rule: a feed dump of {fed.items} item(s); the article is the item with the most text"
    if fed.outlet:
        p.why["item_outlet"] = fed.outlet  # (the channel's title before ' — Section': the outlet candidate)
    if fed.title:
        p.title = textnorm.clean_inline(fed.title)
        p.why["title"] = "rule: the title of a feed's article item"
    got = find_dates(fed.published, p.lang) if fed.published else []
    if got and got[0][0] is not None:
        p.date, p.date_text = got[0][0], fed.published
        p.why["date"] = "rule: the pubDate of a feed's article item (in its own time zone)"
    if fed.author and not p.author and person_name(fed.author):
        p.author = fed.author
        p.why["author"] = "rule: the author of a feed's article item"
    if fed.link and p.url is None and re.match(r"https?://\S+$", fed.link):
        p.url = fed.link


def _questions_after_lead(nonblank) -> None:
    """An interview's questions: a line closed by '?' (or '?»', '?"') below the lead (the first line of prose: twelve words
    or more, closed by a stop) is the interviewer's question, text, never the headline."""
    lead = next((k for k, ln in enumerate(nonblank) if ln.label == "body" and len(line_text(ln).split()) >= 12
                 and re.search(r"[.!?…][»\"”)]?$", line_text(ln))), None)
    if lead is None:
        return
    for k in range(lead + 1, len(nonblank) - 1):
        ln, t, answer = nonblank[k], line_text(nonblank[k]), line_text(nonblank[k + 1])
        # (its answer under it: a line of prose; a related list's question-titles under the text have none)
        if ln.label in ("headline", "caption", "byline") and re.search(r"\?[»\"”)]?$", t) and 2 <= len(t.split()) <= 40 \
                and not ln.why.startswith("rule:") and len(answer.split()) >= 8 and not answer.endswith("?"):
            set_label(ln, "body", ln.why + "; rule: an interview's question below the lead, never the headline")


# --------------------------------------------------------------------------- letterheaded releases

#: A release's word: 'PRESS RELEASE', 'Media release', 'Пресс-релиз № 47/2025', 'СООБЩЕНИЕ ДЛЯ ПЕЧАТИ', 'Communiqué de presse'.
_RELEASE_WORD = re.compile(r"(?i)^\W{0,2}(?:press|media|news)\s+release\b|^\W{0,2}(?:пресс-релиз|сообщение\s+для\s+(?:печати|сми)|"
                           r"информационное\s+сообщение|communiqu[eé]\s+de\s+presse)(?!\w)")
#: A reference number line: 'Ref. No. PR/2025/117', 'MR-2025-0342', 'No. 47/2025', 'Исх. № 12-3/45'.
_REF_LINE = re.compile(r"(?i)^\W{0,2}(?:ref(?:erence)?\.?\s*(?:no\.?|№|#)?|no\.|№|исх\.?\s*№?|рег\.?\s*№)\s*[\w/.-]*\d|"
                       r"^\s*[A-Z]{1,4}[-/ ]?\d{2,4}[-/]\d{1,5}(?:[-/]\d{1,5})?\b")
#: A letterhead's address line: a street with its number, a postcode, an e-mail address, a telephone number.
_ADDRESS_LINE = re.compile(r"(?i)\S+@\S+\.\w{2,}|(?:tel|phone|fax|тел|факс)\.?\s*[:+(]?\s*\+?\d|\+\d{1,3}[\s(]+\d{2,}|"
                           r"\b\d{1,4}\s+[A-Z][\w-]+\s+(?:st|str|street|ave|avenue|road|rd|blvd)\b\.?|\b(?:ул\.|улица|пр-т|проспект)\s")


def _letterhead(nonblank) -> int | None:
    """A letterheaded release (PDF text): the issuer's names, its address line, the release word and the reference line
    with place and date are chrome (the reference line's date the date); the first title-like line after them (three to
    25 words, no reference, no date alone) is the headline. Returns that line's index, or None for a page without a
    release word among its first ten lines."""
    top = nonblank[:10]
    word = next((k for k, ln in enumerate(top) if _RELEASE_WORD.match(line_text(ln)) and len(line_text(ln).split()) <= 14), None)
    if word is None:
        return None
    for ln in nonblank[:word]:
        t = line_text(ln)
        if ln.label in ("headline", "body", "byline", "caption") and (
                _ADDRESS_LINE.search(t) or _REF_LINE.match(t) or _letters_caps(t) or len(t.split()) <= 8):
            set_label(ln, "chrome", ln.why + "; rule: a release's letterhead (issuer, address)")
    k = word
    while k < min(len(nonblank), word + 6):
        t = line_text(nonblank[k])
        dated = bool(find_dates(t, "en") or find_dates(t, "ru"))
        if k == word or _REF_LINE.match(t) or _ADDRESS_LINE.search(t) or (dated and len(t.split()) <= 12) \
                or (_letters_caps(t) and len(t.split()) <= 8):
            if dated and not _ADDRESS_LINE.search(t):
                set_label(nonblank[k], "date", nonblank[k].why + "; rule: a release's reference line, its place and date")
            elif nonblank[k].label != "chrome":
                set_label(nonblank[k], "chrome", nonblank[k].why + "; rule: a release's word or reference line")
            k += 1
            continue
        break
    if k < len(nonblank) and 3 <= len(line_text(nonblank[k]).split()) <= 25 and not re.search(r"[.:;,]$", line_text(nonblank[k])):
        return k
    return None


def _letters_caps(t: str) -> bool:
    letters = [c for c in t if c.isalpha()]
    return len(letters) >= 4 and not any(c.islower() for c in letters)


#: The foot of a release: '-ENDS-', 'ENDS', '###', 'Page 1 of 1', 'Стр. 1 из 2', 'OFFICIAL', 'UNCLASSIFIED', 'Media contact: …'.
_RELEASE_FOOT = re.compile(r"(?i)^\W*(?:-*\s*ends\s*-*|#{3}|page\s+\d+\s+of\s+\d+|стр(?:аница)?\.?\s*\d+\s+из\s+\d+|"
                           r"(?-i:OFFICIAL(?::\s*\w+)?|UNCLASSIFIED|ДЛЯ\s+СЛУЖЕБНОГО\s+ПОЛЬЗОВАНИЯ)|"
                           r"(?:media|press)\s+(?:contact|enquiries|inquiries)\b.*|контакт\w*\s+для\s+сми\b.*)\W*$")


# --------------------------------------------------------------------------- galleries and live blogs

#: A gallery's numbered caption: '1/12  Zakir Hasanov is welcomed …', '1 / 6  Defence Minister …', 'Фото 3 из 8. …'.
_GALLERY_CAPTION = re.compile(r"^\W{0,2}(?:(?:photo|фото)\s+)?(\d{1,3})\s*(?:/|из|of)\s*(\d{1,3})\b[.:)\s]\s*(?=\S)"
                              r"(?!\d{1,2}[:.]\d{2}\b)", re.IGNORECASE)  # (a clock after it: a 'dd/mm HH:MM' stamp)
#: A gallery's count line: '12 photos · 25 June 2025', '8 фото', '15 фотографий'.
_GALLERY_COUNT = re.compile(r"(?i)^\W{0,2}(?:\d{1,3}\s+(?:photos?|pictures|images|фото(?:графи[йия])?|снимк\w*|кадр\w*)\b|"
                            r"(?:photos?|pictures|images|фото(?:графии)?|снимк\w*)\s*[:·]\s*\d{1,3}\s*$)")
#: A gallery's own title: 'In Pictures: …', 'Фоторепортаж: …', 'Photo report', 'Photo gallery', 'Фотогалерея'.
_GALLERY_TITLE = re.compile(r"(?i)\b(?:in\s+pictures|in\s+photos|photo\s*(?:report|gallery|story)|фоторепортаж|фотогалере\w+|"
                            r"фотоотч[её]т|галерея)\b")


def _gallery(nonblank, p: ParsedDraft) -> int | None:
    """A photo gallery: two or more numbered captions of one count ('1/12 …', '2/12 …'). The captions are the story of
    the page (text: their people and events are read), never its headline; the gallery's own title is the headline:
    the line over its count line ('12 photos · 25 June 2025', which carries the date) or the line above the captions
    that names a gallery ('In Pictures: …', 'Фоторепортаж: …'). Returns the index of the title line, or None."""
    numbered = [(k, m) for k, ln in enumerate(nonblank) if (m := _GALLERY_CAPTION.match(line_text(ln)))]
    caps = [k for k, m in numbered if int(m.group(1)) <= int(m.group(2))]
    counts = {m.group(2) for _, m in numbered}
    if len(caps) < 2 or len(counts) != 1 or len(caps) != len(numbered):
        # (captions count n of one m, every one n <= m: '03/05', '04/05', '07/05' are days of a month, no gallery)
        return None
    p.recognizers.append("photo_gallery")
    for k in caps:
        set_label(nonblank[k], "body", nonblank[k].why + "; rule: a gallery's numbered caption (the story of the page, never its headline)")
    title = None
    lo = max(0, caps[0] - 6)

    def titled(j: int) -> bool:  # a title-like line: three to 20 words, no date alone, no count, no kicker of a gallery
        t = line_text(nonblank[j])
        return (3 <= len(t.split()) <= 20 and date_only(t, p.lang) is None and not _GALLERY_COUNT.match(t)
                and not (_GALLERY_TITLE.search(t) and ":" not in t and len(t.split()) <= 4)
                and not menu_line(t))  # (never a menu: 'Home | News | Defence')

    for k in range(caps[0] - 1, lo - 1, -1):
        t = line_text(nonblank[k])
        if _GALLERY_COUNT.match(t):
            if find_dates(t, p.lang):
                set_label(nonblank[k], "date", nonblank[k].why + "; rule: a gallery's count line, its date")
            else:
                set_label(nonblank[k], "chrome", nonblank[k].why + "; rule: a gallery's count line")
            # its title over it, past a date line ('Gallery title' / '25 June 2025' / 'Photos: 9')
            j = k - 1
            while j >= lo and date_only(line_text(nonblank[j]), p.lang) is not None:
                j -= 1
            if j >= lo and titled(j):
                title = j
                break
    if title is None:
        for k in range(lo, caps[0]):
            t = line_text(nonblank[k])
            if _GALLERY_TITLE.search(t) and len(t.split()) <= 20:
                if titled(k):
                    title = k  # 'In Pictures: …', 'Hasanov in Tashkent: photo report'
                elif k + 1 < caps[0] and titled(k + 1):
                    title = k + 1  # a kicker ('Photo gallery') over the gallery's title
                break
    if title is not None:
        set_label(nonblank[title], "headline", nonblank[title].why + "; rule: a gallery's own title")
        for ln in nonblank[:title]:
            if ln.label == "body" and len(line_text(ln).split()) <= 6:
                set_label(ln, "chrome", ln.why + "; rule: above a gallery's title (the site's name, its menu)")
    return title


#: A live blog's marker: '🔴 LIVE', 'LIVE', 'LIVE  Europe's defence week …', 'Live updates', 'Онлайн-трансляция', 'Прямой эфир'.
_LIVE_MARK = re.compile(r"^\W{0,3}(?:LIVE|(?i:live\s+(?:updates?|blog|coverage))|(?i:онлайн(?:-|\s)трансляция|прямой\s+эфир|"
                        r"в\s+режиме\s+реального\s+времени)|ОНЛАЙН)(?=\s|$|[:|—–])\s*[:|—–]?\s*")
#: 'Last updated 17:55 CEST, 8 April 2025 · Auto-refresh ON', 'Updated: 29-10-2025 19:40 GMT', 'Обновлено: 8 апреля 2025, 17:55'.
_LIVE_UPDATED = re.compile(r"(?i)^\W{0,2}(?:last\s+)?updated?\b|^\W{0,2}(?:последнее\s+)?обновлен\w*\b")
#: A live entry's time: '16:12' alone, or '14:55 GMT — MoU signed'.
_ENTRY_TIME = re.compile(r"^\s*\d{1,2}[:.]\d{2}(?:\s*(?:[A-Z]{2,5}|МСК|мск))?\s*(?:$|[—–-]\s+\S)")
#: A live entry's sign-off: '— Klaus Wendt, Berlin', '— Анна Смирнова, Минск'.
_SIGN_OFF = re.compile(r"^\s*[—–]\s*(?P<name>[A-ZА-ЯЁ][\w'’-]+(?:\s+[A-ZА-ЯЁ][\w'’-]+){1,2})\s*(?:,\s*[A-ZА-ЯЁ][\w .'-]{1,30})?\s*$")
_LIVE_CHROME = re.compile(r"(?i)^\W{0,3}(?:pinned|закреплено|auto-?refresh\b.*|автообновление\b.*|refresh|обновить)\W*$")


def _live_blog(nonblank, p: ParsedDraft) -> str | None:
    """A live blog: a live marker near the top ('🔴 LIVE', 'LIVE  <title>') and two or more timed entries ('16:12' over
    the entry's title, '14:55 GMT — MoU signed'). The page's title ('LIVE ' taken off) is the headline; the entries'
    headings are sub-heads of the text and the entries text; 'Last updated 17:55 CEST, 8 April 2025' is the date; an
    entry's sign-off ('— Klaus Wendt, Berlin') the author when the page names no other. Returns the headline."""
    top = nonblank[:8]
    marks = [k for k, ln in enumerate(top) if _LIVE_MARK.match(line_text(ln)) and len(line_text(ln).split()) <= 20]
    if not marks:
        return None
    # The page's own title: on the marker's line ('LIVE  <title>') or right under it (past another marker); a marker
    # followed by a menu word ('LIVE TV' / 'Defence') is a site's link to its broadcast, not a live blog's sign.
    title, at = None, None
    for k in marks:
        t = line_text(nonblank[k])
        rest = _LIVE_MARK.sub("", t, count=1).strip()
        if len(rest.split()) >= 3:
            title, at = rest, k
            break
    if title is None:
        k = marks[0] + 1
        while k < len(nonblank) and (_LIVE_MARK.match(line_text(nonblank[k])) and len(line_text(nonblank[k]).split()) <= 2):
            k += 1
        if k < len(nonblank) and 3 <= len(line_text(nonblank[k]).split()) <= 25 and not _ENTRY_TIME.match(line_text(nonblank[k])):
            title, at = line_text(nonblank[k]), k
    if title is None:
        return None
    # Timed entries inside the text region (under the title), each followed by its prose before the next entry: a
    # sidebar's feed ('14:05' / a headline / '13:40' / …) has times but no prose.
    entries = []
    for k in range(at + 1, len(nonblank)):
        if not _ENTRY_TIME.match(line_text(nonblank[k])):
            continue
        for j in range(k + 1, min(k + 4, len(nonblank))):
            t = line_text(nonblank[j])
            if _ENTRY_TIME.match(t):
                break
            if len(t.split()) >= 6 and PROSE_END.search(t):
                entries.append(k)
                break
    if len(entries) < 2:
        return None
    p.recognizers.append("live_blog")
    for k in marks:
        if title is None or k != at:
            set_label(nonblank[k], "chrome", nonblank[k].why + "; rule: a live blog's marker")
    if title is not None:
        set_label(nonblank[at], "headline", nonblank[at].why + "; rule: a live blog's title")
        p.why["live_title_line"] = str(nonblank[at].number)
    for ln in nonblank:
        t = line_text(ln)
        if _LIVE_UPDATED.match(t) and find_dates(t, p.lang):
            set_label(ln, "date", ln.why + "; rule: a live blog's last update, its date")
            if p.date is None:
                p.date, p.date_text = find_dates(t, p.lang)[0][0], t
                p.why["date"] = f"line {ln.number}: rule: a live blog's last update"
        elif _LIVE_CHROME.match(t):
            set_label(ln, "chrome", ln.why + "; rule: a live blog's button or pin")
    for j, k in enumerate(entries):
        ln = nonblank[k]
        t = line_text(ln)
        if re.fullmatch(r"\s*\d{1,2}[:.]\d{2}(?:\s*\S{2,5})?\s*", t):
            set_label(ln, "chrome", ln.why + "; rule: a live entry's time")
            if k + 1 < len(nonblank) and nonblank[k + 1].label != "body" and len(line_text(nonblank[k + 1]).split()) <= 20:
                set_label(nonblank[k + 1], "body", nonblank[k + 1].why + "; rule: a live entry's heading (a sub-head of the text)")
        else:
            set_label(ln, "body", ln.why + "; rule: a live entry's heading (a sub-head of the text)")
    for ln in nonblank[entries[0]:]:
        t = line_text(ln)
        if ln.label != "body" and len(t.split()) >= 8 and PROSE_END.search(t) and not ln.why.startswith("rule:"):
            set_label(ln, "body", ln.why + "; rule: a live entry's text")
    for ln in nonblank[entries[0]:]:
        m = _SIGN_OFF.match(line_text(ln))
        if m and person_name(m.group("name")):
            set_label(ln, "chrome", ln.why + "; rule: a live entry's sign-off")
            p.why.setdefault("live_author", m.group("name"))
    return title


#: A word of a name after 'By': capitalised, letters (a hyphen or an apostrophe inside).
_NAME_TOKEN = re.compile(r"[A-ZА-ЯЁ][a-zа-яё]+(?:[-'’][A-ZА-ЯЁa-zа-яё]+)*")


#: Words that join a headline's first words ('Poland and Georgia', 'Minister of'): after a run of capitalised words
#: they leave the run's last word to the headline; any other word (a verb: 'meets') may follow a name opening it.
_HEADLINE_JOINERS = frozenset("and or of the a an to in on at for with by from as & vs и или в на с по".split())


def _name_then_headline(rest: str) -> tuple[str, str] | None:
    """'Marco Bellandi Qatar and Italy sign naval training agreement' -> ('Marco Bellandi', 'Qatar and Italy sign …'):
    the ' date … By …' header with the headline after the byline's name. The name is the run of capitalised words
    after 'By' but its last, when a lower-case word follows the run ('Qatar and': the headline's first word opens it)
    and two or three words are left for the name; in a headline in title case (no word in lower case) the name is two
    words, three when the second is a given name (given_names.yaml). None when nothing headline-like follows (a
    name alone, 'By Trend')."""
    words = rest.split()
    if len(words) < 5:
        return None
    k = 0
    while k < len(words) and _NAME_TOKEN.fullmatch(words[k]):
        k += 1
    if k < len(words) and words[k][:1].isdigit() and 2 <= k <= 3:
        n = k  # 'Nino Beridze 5 things to know …': the headline opens with a number
    elif k < len(words) and words[k][:1].islower():
        n = k - 1
        if k - 2 >= 2 and words[k].casefold() not in _HEADLINE_JOINERS and person_name(" ".join(words[2:k])) \
                and not names_a_country(" ".join(words[2:k]), "en"):
            # 'Nino Beridze Irakli Chikovani meets …': the words after a two-word name are a name and a verb follows
            # (the headline opens with a person); 'Anna Maria Kowalska Poland and …' keeps its three-word name
            n = 2
    else:
        from generator.text.translit import given_names

        known = {w.casefold() for w in given_names().values()} | {w.casefold() for w in given_names()}
        n = 3 if len(words) > 1 and words[1].casefold() in known else 2
    headline = " ".join(words[n:])
    if not 2 <= n <= 3 or len(words) - n < 3 or not (words[n][:1].isupper() or words[n][:1].isdigit()) or headline.endswith("."):
        return None
    return " ".join(words[:n]), headline


def _apply_rules(labelled, p: ParsedDraft) -> None:
    """The exact rules: the ' date … By …' header, clock and weather widgets, a related-articles
    list and the boilerplate at the foot of the page (with the sources they name)."""
    first = date_header(labelled)
    if first is not None:
        lines1 = header_date_byline([first.text], p)
        if p.date_text is not None:
            p.why["date"] = f"rule: ' date {p.date_text}' header (line {first.number})"
            p.why["date_header"] = str(first.number)
            p.recognizers.append("header_date_byline")
            split = _name_then_headline(p.author) if p.author else None
            if split is not None:
                # ' date 2025-04-16 By Marco Bellandi Qatar and Italy sign …': the name, then the headline on the same line
                p.author, headline = split
                p.why["header_headline"] = headline
            if p.author or p.source:
                set_label(first, "date", "rule: ' date … By …' header")
                p.why["author" if p.author else "source"] = f"rule: 'By' in the ' date …' header (line {first.number})"
            elif not lines1:
                set_label(first, "date", "rule: ' date …' header, nothing after it")
            elif first.label in ("date", "byline", "caption"):
                # The rest of the header line is text the model reads as the date: a widget.
                set_label(first, "chrome" if len(line_text(first).split()) < 8 else "body", first.why + "; rest of the ' date …' header")
    for ln in labelled:
        if ln.label != "blank" and (is_page_chrome(ln.text) or _day_and_weather(ln.text, p.lang)) and not is_date_header(ln, p):
            set_label(ln, "chrome", "rule: clock or weather widget")
    nonblank = [ln for ln in labelled if ln.label != "blank"]
    for ln in nonblank:
        if ln.label != "chrome" and relative_line(line_text(ln)):
            # 'Updated 3 hours ago', '2 days ago', 'Обновлено 5 минут назад': a stamp without a date, never the headline
            # nor text (pagedates reads it against the page's clock, whatever its label)
            set_label(ln, "chrome", ln.why + "; rule: a relative timestamp ('3 hours ago'), a stamp without a date")
    for ln in nonblank:
        # A line holding nothing but a timestamp is never text ('15 апреля 2023, 10:38' under the last paragraph).
        if ln.label == "body" and date_only(line_text(ln), p.lang) and not is_date_header(ln, p):
            set_label(ln, "date", ln.why + "; rule: a line holding only a timestamp")
    for ln in nonblank[:3] + nonblank[-3:]:
        if snapshot_time(ln.text, p.lang) is not None or (SNAPSHOT.search(ln.text) and len(ln.text.split()) <= 60):
            # "It is a snapshot of the page as it appeared on 14 Nov 2025 06:02:11 GMT": a cache's or an archive's header,
            # the time of the copy (never the page's date), not the article
            set_label(ln, "chrome", "rule: a cache's or an archive's header (the time of the copy)")
    for ln in nonblank[:4]:
        if issue_masthead(ln.text):
            # 'CASPIAN SHORE GAZETTE      No. 48 (2214)': a print edition's masthead, the paper (the source), never the headline
            set_label(ln, "chrome", "rule: a newspaper's masthead with its issue number")
    _member_lines(nonblank)
    _questions_after_lead(nonblank)
    if "narrow_reflow" in p.recognizers:
        for ln in nonblank:
            if ln.label != "chrome" and columns.NARROW_CHROME.match(line_text(ln)):
                set_label(ln, "chrome", ln.why + "; rule: a button or menu word alone on a narrow page ('Share', 'Related')")
        stamp = next((k for k, ln in enumerate(nonblank[:10]) if date_only(line_text(ln), p.lang) is not None), None)
        if stamp:
            above = nonblank[stamp - 1]
            if above.label in ("chrome", "body", "caption") and person_name(line_text(above)) and stamp >= 2:
                # ('Айбек Токтогулов' between the headline and the stamp: a name alone there is the byline)
                set_label(above, "byline", above.why + "; rule: a name alone over a narrow page's stamp")
    _menu_lines(nonblank)
    _section_trails(nonblank)
    _summary_above_text(nonblank)
    _latest_column(nonblank, p)
    for ln in nonblank:
        if ln.label != "chrome" and len(line_text(ln).split()) <= 16 and _PAYWALL.search(line_text(ln)):
            set_label(ln, "chrome", ln.why + "; rule: a paywall notice")
        elif ln.label != "chrome" and len(line_text(ln).split()) <= 60 and _COOKIE.search(line_text(ln)) and _COOKIE_ASK.search(line_text(ln)):
            set_label(ln, "chrome", ln.why + "; rule: a cookie notice")
    _list_under_text(nonblank)
    _prose_continues(nonblank)
    _long_prose_in_text(nonblank)
    # (its short name in brackets after it is part of the name: '… Российской Федерации (Минобороны России)')
    if nonblank and site_header(re.sub(r"\s+[-–—|:]\s+|,\s+", " ", re.sub(r"\s*\([^()]{2,40}\)\s*$", "", nonblank[0].text.strip()))):
        # 'Ministry of defence Republic of Serbia' alone on the first line: the site's own name.
        set_label(nonblank[0], "chrome", "rule: the site's name (a ministry) on the first line")
        p.site_owner = nonblank[0].text.strip()
    elif len(nonblank) >= 2 and nonblank[1].number - nonblank[0].number <= 2:
        # The same name printed over two lines, the state above the ministry ('REPUBLIC OF X' / 'MINISTRY OF
        # DEFENCE') or the ministry above the state: read as one name, the ministry first.
        a, b = (re.sub(r"\s*\([^()]{2,40}\)$", "", " ".join(x.text.split())) for x in nonblank[:2])
        for joined in (f"{b} {a}", f"{a} {b}"):
            if len(joined.split()) <= 10 and site_header(joined) and not site_header(b if joined.startswith(b) else a):
                for x in nonblank[:2]:
                    set_label(x, "chrome", "rule: the site's name (a ministry) over the first two lines")
                p.site_owner = joined
                break
    prose = [k for k, ln in enumerate(nonblank) if ln.label == "body" and prose_line(ln.text)]
    for ln in nonblank:
        if ln.label != "chrome" and issuer.language_switcher(ln.text):
            set_label(ln, "chrome", ln.why + "; rule: a language switcher ('English | Français', 'Bahasa Indonesia')")
    for ln in nonblank[:min(prose[0] if prose else 4, 4)]:
        # 'Embassy of Japan in Mongolia', 'EMBASSY OF THE REPUBLIC OF POLAND IN TBILISI', 'Government of Canada' alone
        # over the text: the site's own name in its header, never the headline (the issuer is read from it later)
        got = issuer.organisation(ln.text, p.lang) if ln.label != "chrome" else None
        if got and got[1] in ("mission", "government", "ministry"):
            set_label(ln, "chrome", ln.why + f"; rule: the site's own name in its header (a {got[1]})")
    for k in range(prose[0] + 1 if prose else len(nonblank), len(nonblank)):
        if issuer.about_names([nonblank[k].text]) or issuer.media_contact(nonblank[k].text):
            # 'About Nordic Armour Systems' / '<the company's boilerplate>' / 'Media contact: …' under a release: the
            # issuer's standing text, not the article's
            for x in nonblank[k:]:
                set_label(x, "chrome", x.why + f"; rule: a release's boilerplate ('About X', 'Media contact', line {nonblank[k].number} on)")
            break
    for ln in nonblank[:4]:
        if issuer.forwarded_from(ln.text) or _REPOST_MARK.fullmatch(ln.text.strip()):
            # 'Forwarded from Baltic Defence Watch', 'Переслано из: X', 'Репост': a messenger's repost header, never the headline
            set_label(ln, "chrome", REPOST_HEADER)
        elif HANDLE_LINE.fullmatch(ln.text.strip()):
            # '@kazdefence_news' alone on a line: a messenger channel's handle over its post, never the headline
            set_label(ln, "chrome", "rule: a channel's handle alone on its line")
    for k in range(prose[0] + 1 if prose else len(nonblank), len(nonblank)):
        if issuer.forwarded_from(nonblank[k].text) or _REPOST_MARK.fullmatch(nonblank[k].text.strip()):
            # a repost header under the article's text: another post (a messenger export's next message), not the
            # article's; it and all after it
            for x in nonblank[k:]:
                set_label(x, "chrome", x.why + f"; rule: another, forwarded post under the article's (line {nonblank[k].number} on)")
            break
    _byline_rules(nonblank, p)
    _caption_over_credit(nonblank, p)
    _agency_alone(nonblank)
    _stamp_above_text(nonblank, p)
    _dateline_lead(nonblank)
    for k, ln in enumerate(nonblank):
        # A 'Related news' heading ends the article only below its text: a 'Latest news' column above
        # the article is left to the model (its own lines are chrome, the article after it is not).
        if k > 0 and RELATED.match(ln.text) and any(x.label == "body" and len(x.text.split()) >= 5 for x in nonblank[:k]):
            p.recognizers.append("related_list")
            for rest in nonblank[k:]:
                set_label(rest, "chrome", "rule: related-articles list ('" + ln.text.strip()[:30] + "' and after)")
            break
    # The foot of the page, from the bottom up: rules, banners, ©, 'Follow us', an official-site line.
    for ln in reversed(nonblank):
        t = ln.text.strip()
        if RULE_LINE.match(t) or JUNK.match(t) or issuer.is_end_marker(t):
            set_label(ln, "chrome", "rule: separator, banner or end marker at the foot")
            continue
        m = COPYRIGHT.match(t)
        if m:
            owner = copyright_owner(t) or copyright_institution(t, p.lang)
            known = outlet_name(owner) if owner else known_in(t)
            # From the bottom up, the credit nearest the text wins: the story's own '© 2019 Wire /
            # Site Group' above the site's footer 'Copyright © 2024 Site'.
            if known or owner:
                p.tail_source = known or owner
                p.why["tail_source"] = f"line {ln.number}"
            p.recognizers.append("copyright")
            set_label(ln, "chrome", "rule: © line at the foot")
            continue
        m = FOLLOW.match(t)
        if m and len(t) < 120:
            if m.group(1):
                p.tail_source = outlet_name(m.group(1)) or m.group(1)
            named = FOLLOW_NAME.match(t)
            if not m.group(1) and named and p.tail_source is None:
                # 'Follow Baltic Courier on Telegram', 'Подписывайтесь на «Степной курьер» в Telegram': the site names itself
                got = outlet_from(named.group("n"), strong=True)
                if got:
                    p.tail_source, p.why["tail_source"] = got, f"line {ln.number}"
            p.recognizers.append("follow_us")
            set_label(ln, "chrome", "rule: 'Follow us' at the foot")
            continue
        m = OFFICIAL_SITE.match(t)
        if m:
            p.source_phrase = p.source_phrase or m.group(1)
            p.recognizers.append("official_site")
            set_label(ln, "chrome", "rule: official-site footer")
            continue
        if ln.label in ("chrome", "caption", "byline"):
            continue
        break
    # A '©' line below the last paragraph of prose, wherever the model put it ('© 2023 Steppe
    # Courier. All rights reserved.' above a menu): page chrome, and its owner the site.
    # So is a notice that copies must link to the site ('ссылка на «Степной курьер» обязательна').
    prose = [k for k, ln in enumerate(nonblank) if ln.label == "body" and len(ln.text.split()) >= 12
             and not is_copyright_line(ln.text) and not _LINK_REQUIRED.search(ln.text)]
    for ln in nonblank[prose[-1] + 1:] if prose else []:
        t = ln.text.strip()
        link = _LINK_REQUIRED.search(t)
        if (is_copyright_line(t) or link) and len(t) < 250:
            owner = (outlet_from(link.group(1) or link.group(2), strong=True) if link
                     else copyright_owner(t) or copyright_institution(t, p.lang))
            if owner and (p.tail_source is None or p.why.get("tail_source") is None):
                p.tail_source = owner
                p.why["tail_source"] = f"line {ln.number}"
            if ln.label in ("body", "byline", "date", "headline"):
                set_label(ln, "chrome", ln.why + "; rule: © or link notice below the text")


_TEMPERATURE = gated(r"(?<![\d.,])[-+−]?\d{1,2}\s*°\s*[CFС]?(?!\w)", needs=("°",))  # (gate: generator/text/lazy_re.py)


def _day_and_weather(t: str, lang: str) -> bool:
    """The site's day beside its weather ('Четверг, 17 апреля 2025 г. +12°C', 'Baku | Thursday, April 17, 2025 | +4 °C
    Sunny'): a short line with a full date and a temperature, no sentence: a widget of the header, never the
    article's date."""
    t = t.strip()
    return (bool(_TEMPERATURE.search(t)) and len(t.split()) <= 10 and not PROSE_END.search(re.sub(r"(?<!\w)г\.\s*$", "", t))
            and any(d is not None and d.day is not None for d, *_ in find_dates(_TEMPERATURE.sub(" ", t), lang)))


#: A messenger's repost mark alone on its line ('Репост', 'Repost', 'Reposted from'): the post under it is the article.
_REPOST_MARK = re.compile(r"(?i)\W{0,3}(?:репост|repost(?:ed)?|reshared?)\W{0,3}")


#: The scraper's own header ' date 2025-03-14 By Name' / ' date 2025-04' (the seeds' form): exact wherever it stands.
_HEADER_AT = re.compile(r"^\s*date\s+\d{4}(?:-\d{1,2}){0,2}\b", re.IGNORECASE)


def date_header(labelled):
    """The line holding the page's ' date YYYY-MM-DD …' header: the first line, or one under the site's masthead,
    menus, clock, weather or currency widgets or a breadcrumb ('Yerevan +4°C USD 392.10' / ' date 2025-03-14 By
    Anna Petrosyan'): the first such line with no paragraph of prose above it (a header in a list under the text
    dates nothing). None when the page has none."""
    for ln in labelled[:80]:
        t = ln.text
        if not t.strip():
            continue
        if _HEADER_AT.match(t):
            return ln
        if prose_line(t) and len(t.split()) >= 12:
            return None
    return None


_LINK_REQUIRED = gated(r"(?:гипер)?ссылк[аиуой]+\s+на\s+(.{2,60}?)\s+(?:обязательн\w*|строго обязательн\w*)"
                            r"|(?:hyper)?link\s+to\s+(?!the\s+(?:source|original))(.{2,60}?)\s+is\s+(?:required|mandatory|obligatory)", re.IGNORECASE,
                        needs=("ссылк", "link"), fold=True)


def _prose_continues(nonblank) -> None:
    """jusText's context rule: a paragraph of prose (eight words or more, ending as a sentence
    ends) right under the text is text, even when the model, near a footer, leaned to chrome."""
    for k in range(1, len(nonblank)):
        ln, prev = nonblank[k], nonblank[k - 1]
        t = ln.text.strip()
        if (ln.label in ("chrome", "caption") and prev.label == "body" and ln.confidence < 0.9
                and len(t.split()) >= 8 and PROSE_END.search(t) and not RELATED.match(t)):
            set_label(ln, "body", ln.why + "; rule: prose continuing the text above")


def long_prose(t: str) -> bool:
    """A paragraph no widget prints: twenty words or more, closed as a sentence ends, most words in lower case, no menu
    separators, no address."""
    t = " ".join(t.split())
    words = t.split()
    if len(words) < 20 or not PROSE_END.search(t) or MENU_SPLIT.search(t) or re.search(r"https?://|www\.|@\w", t):
        return False
    low = sum(1 for w in words if w[:1].islower())
    return low >= 0.5 * len(words)


def _long_prose_in_text(nonblank) -> None:
    """A long paragraph of prose (``long_prose``) between the headline and the foot of the page is text whatever the
    model made of it (a lead between interstitial ads, a 'Напомним, …' paragraph, a paragraph past a paywall's cut
    read as chrome): only the model's own label gives way, never an exact rule's. Past the last paragraph of text
    only after a notice (an ad marker, a paywall's notice) and through such paragraphs, never past any other line (a
    related list, a footer); a paragraph right under the text is left to ``_prose_continues`` (a publisher's standing
    note the model is sure of stays chrome)."""
    body = [k for k, ln in enumerate(nonblank) if ln.label == "body" and prose_line(line_text(ln))]
    if not body:
        return
    head = next((k for k, ln in enumerate(nonblank) if ln.label == "headline"), body[0])
    last, notice = body[-1], False
    for k in range(min(head, body[0]) + 1, len(nonblank)):
        ln = nonblank[k]
        if ln.label == "body":
            continue
        ok = ln.label in ("chrome", "caption") and ln.why.startswith("crf") and "rule:" not in ln.why and long_prose(line_text(ln))
        if ok and (k < last or notice):
            set_label(ln, "body", ln.why + "; rule: a long paragraph of prose inside the text")
            last = max(last, k)
        elif k > last and ("interstitial" in ln.why or "paywall" in ln.why):
            notice = True  # (a paragraph right under the text, with no notice between, is left to _prose_continues)
        elif k > last:
            break


def is_ministry_header(t: str) -> bool:
    """A ministry's own name as a site prints it in its header ('Ministry of Defence of Mongolia',
    'Министерство обороны Республики Казахстан')."""
    return site_header(t)


#: A news site's section words, a closed class ('Top stories', 'World', 'Business', «Главное», «Мир», «Политика»).
_SECTION_WORDS = frozenset("""
top stories story latest news home world business tech technology science sport sports politics economy markets finance
culture health opinion opinions analysis video videos photo photos society defence defense military security local national
international europe asia africa americas middle east us uk regions region lifestyle travel entertainment environment climate
weather podcasts live more
главное главная новости мир политика экономика общество спорт культура наука армия происшествия регионы в россии
видео фото технологии мнения аналитика безопасность оборона эфир ещё еще
""".split())


def menu_after_name(t: str) -> bool:
    """'NewsDeck | Top stories World Business Tech Sport', «НовостиПлюс | Главное Мир Политика Экономика»: an outlet's name,
    a bar, then section words (three or more, four in five of the words after the bar): the site's menu."""
    if t.count("|") < 1 or len(t.split()) > 20:
        return False
    rest = t.split("|", 1)[1]
    words = [w.strip(".,·•»|").casefold() for w in rest.split() if w.strip(".,·•»|")]
    known = sum(1 for w in words if w in _SECTION_WORDS)
    return known >= 3 and known >= 0.8 * len(words)


def _menu_lines(nonblank) -> None:
    """A line of three or more short items between bars, bullets or wide gaps ('Главная | Новости |
    Общество | Армия', 'Politics   Economy   Defence') outside the text is a menu, whatever the
    model said: read as text it would open the article (and its description)."""
    for ln in nonblank:
        if menu_after_name(line_text(ln)) and "section words after a bar" not in ln.why:
            set_label(ln, "chrome", ln.why + "; rule: an outlet's name and its section words after a bar (a menu)")
    prose = [k for k, ln in enumerate(nonblank) if ln.label == "body" and len(line_text(ln).split()) >= 8 and PROSE_END.search(line_text(ln))]
    if not prose:
        return
    for k, ln in enumerate(nonblank):
        if prose[0] <= k <= prose[-1] or ln.label != "body":
            continue
        items = [x for x in MENU_SPLIT.split(line_text(ln).strip()) if x.strip()]
        if len(items) >= 3 and all(len(x.split()) <= 3 and not re.search(r"[.!?:;]$", x) for x in items):
            set_label(ln, "chrome", ln.why + "; rule: a menu line (short items between bars) outside the text")


#: A paywall's notice ('Subscribe to continue reading', 'This article is for subscribers only', 'Already a
#: subscriber? Log in', 'Чтобы продолжить чтение, оформите подписку', 'Материал доступен только подписчикам').
_PAYWALL = re.compile(
    r"(?i)^\W*(?:subscribe\s+(?:now\s+)?to\s+(?:continue|keep)\s+reading|(?:to\s+)?(?:continue|keep)\s+reading,?\s+(?:please\s+)?"
    r"(?:subscribe|log\s*in|sign\s*in)|this\s+(?:article|story|content)\s+is\s+(?:only\s+)?(?:for|available\s+to)\s+"
    r"(?:paid\s+|premium\s+)?subscribers|already\s+a\s+subscriber|subscribers\s+only|"
    r"(?:чтобы\s+)?(?:продолжить|дочитать)\s+(?:чтение|статью|материал)\b.*подписк|"
    r"(?:материал|статья)\s+доступ\w*\s+только\s+(?:для\s+)?подписчик|оформите\s+подписку|только\s+для\s+подписчиков)")


#: A cookie notice: it names cookies and asks for consent ('This site uses cookies … Accept', 'Мы используем
#: файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь …').
_COOKIE = gated(r"(?i)\bcookies?\b|\bкуки\b|файл\w*\s+cookie", needs=("cookie", "куки"), fold=True)
_COOKIE_ASK = re.compile(r"(?i)\b(?:accept|agree|consent|continu\w+|uses?|using|settings|preferences|"
                         r"используе\w*|использовани\w*|соглаша\w*|согласи\w*|принять|продолжая|настро\w*)\b")


_SUMMARY_HEAD = re.compile(r"(?i)^\W*(?:summary|key points|highlights|in brief|at a glance|главное|коротко|кратко|основное)\W*$")


def _latest_column(nonblank, p: ParsedDraft) -> None:
    """A 'Latest news' column above the article (its heading, then other articles' titles and dates
    in pairs, title over date or date over title): page chrome. When the pairs run straight into the
    text, the last pair is the article's own headline and date and is left to the headline and date
    rules."""
    first = next((k for k, ln in enumerate(nonblank) if ln.label == "body" and len(line_text(ln).split()) >= 8
                  and PROSE_END.search(line_text(ln))), None)
    if first is None:
        return
    head = next((k for k in range(first) if RELATED.match(line_text(nonblank[k]))), None)
    if head is None:
        return
    items = nonblank[head + 1:first]
    is_date = lambda x: date_only(line_text(x), p.lang) is not None  # noqa: E731
    date_first = bool(items) and is_date(items[0])
    pairs, j = [], 0
    while j + 1 < len(items):
        d, t = (items[j], items[j + 1]) if date_first else (items[j + 1], items[j])
        if not (is_date(d) and not is_date(t) and 2 <= len(line_text(t).split()) <= 25):
            break
        pairs.append((t, d))
        j += 2
    if j == len(items):  # the pairs run into the text: the last one is the article's
        pairs = pairs[:-1]
    if not pairs:
        return
    for x in [nonblank[head], *(x for pair in pairs for x in pair)]:
        set_label(x, "chrome", x.why + "; rule: a 'Latest news' column above the article")


def _summary_above_text(nonblank) -> None:
    """A wire's 'Summary' box above the story ('Summary' / '* Accord covers …' / '* First …') is not
    the text: the heading and its bullet items, up to the first paragraph, are page chrome (they
    would otherwise open the article and its description)."""
    for k, ln in enumerate(nonblank):
        t = line_text(ln)
        if ln.label == "body" and len(t.split()) >= 8 and not _LIST_ITEM.match(t):
            return
        if not _SUMMARY_HEAD.match(t):
            continue
        items = []
        for x in nonblank[k + 1:]:
            if not _LIST_ITEM.match(line_text(x)):
                break
            items.append(x)
        if items:
            for x in [ln, *items]:
                set_label(x, "chrome", x.why + "; rule: a summary box above the story")
        return


#: A dateline opening a paragraph: 'RAWALPINDI:', 'ISLAMABAD (APP) -', 'ASTANA, May 14 –', 'Ташкент, 3 октября —'.
_DATELINE_OPEN = re.compile(r"^\W{0,2}(?P<city>[A-ZА-ЯЁ][\w.'’\-]*(?:\s[A-ZА-ЯЁ][\w.'’\-]*){0,2})\s*(?:\([^()]{2,30}\)\s*)?"
                            r"(?::|[–—-]|,\s[^,:–—]{3,24}?\s?[–—-]|,\s[^,:–—]{3,24}?\s?\([^()]{2,30}\)\s*[–—-]?)\s+\S")


def _dateline_lead(nonblank) -> None:
    """A line that opens with a city's dateline ('RAWALPINDI: …', 'ASTANA, May 14 – …') and goes on as a sentence of
    15 words or more is the lead of the text, whatever the model said of it (under a desk credit, on a page split by
    single newlines, it was read as chrome and the article lost its lead and its officials)."""
    for k, ln in enumerate(nonblank):
        if ln.label not in ("chrome", "byline", "caption"):
            continue
        t = line_text(ln).strip()
        m = _DATELINE_OPEN.match(t)
        if (m and len(t.split()) >= 15 and PROSE_END.search(t) and is_city(m.group("city"))
                and not RELATED.match(t)):
            set_label(ln, "body", ln.why + "; rule: a dateline opening a sentence of 15+ words is the lead")
            for nxt in nonblank[k + 1:]:  # the paragraphs right under it the model also read as chrome
                u = line_text(nxt).strip()
                if nxt.label != "chrome" or nxt.why.startswith("rule:") or len(u.split()) < 5 or not PROSE_END.search(u):
                    break
                set_label(nxt, "body", nxt.why + "; rule: a paragraph under a dateline lead")


def _agency_alone(nonblank) -> None:
    """A known agency's or outlet's name alone on a line above the text ('ТАСС', 'Interfax', 'РИА
    Новости' under the headline) is its credit, not the first paragraph: read as a byline (whose
    agency is the source), it never opens the text or the page's description."""
    for ln in nonblank:
        t = line_text(ln).strip()
        if ln.label == "body" and len(t.split()) >= 8 and PROSE_END.search(t):
            return
        if ln.label == "body" and len(t.split()) <= 3 and not PROSE_END.search(t) and outlet_name(t.strip(QUOTE_MARKS + " ")):
            set_label(ln, "byline", ln.why + "; rule: an agency's name alone above the text")


def _section_trails(nonblank) -> None:
    """A breadcrumb trail of sections alone ('Главная / Новости / Политика', 'Home > News > World')
    above the text is page chrome, whatever the model said: not the headline, and its steps name no
    agency ('/Новости/'). A trail that ends in the article's headline is left to the headline rules."""
    for ln in nonblank:
        t = line_text(ln)
        if ln.label == "body" and len(t.split()) >= 8 and PROSE_END.search(t):
            return
        crumb = breadcrumb(t)
        if crumb is not None and len(crumb.split()) <= 3 and ln.label != "chrome":
            set_label(ln, "chrome", ln.why + "; rule: a breadcrumb trail of sections")


#: A photo's credit line: 'Photo: MOD Georgia', 'Фото: пресс-служба Минобороны', 'Photo credit – Reuters', '© Photo: …'.
_CREDIT_LINE = re.compile(r"(?i)^\W{0,3}(?:©\s*)?(?:photos?|фото(?:графия)?|picture|image|снимок|кадр)\s*(?:credit|by)?\s*[:©–—-]")


#: A caption's note on where the people stand ('(слева направо)', '(left to right)', '(L-R)', '(в центре)'): no words of
#: the caption's names or offices.
_POSITION_NOTE = re.compile(r"\s*\((?:слева направо|справа налево|слева|справа|в центре|на снимке|на фото|left to right|"
                            r"right to left|from left|from right|l\s*-\s*r|r\s*-\s*l|left|right|cent(?:re|er))\)\s*$", re.I)


def _names_a_person(t: str) -> bool:
    """A short line that is a person's name with or without an office before or after it ('Irakli Kobakhidze',
    'Georgian Prime Minister Irakli Kobakhidze', 'Премьер-министр Грузии Ираклий Кобахидзе', 'Irakli Kobakhidze,
    Prime Minister of Georgia'): up to twelve words, no sentence's stop, no digits, and two to four words of a name
    closing it or opening it before a comma or a dash."""
    t = _POSITION_NOTE.sub("", " ".join(t.split())).strip(" ·•|")
    words = t.split()
    if not 2 <= len(words) <= 12 or re.search(r"\d|[.!?;:]$|[.!?]\s", t):
        return False
    names = re.split(r"\s*,\s*|\s+(?:and|и|&)\s+", t)
    if len(names) >= 2 and all(2 <= len(n.split()) <= 4 and person_name(n) for n in names):
        return True  # 'Irakli Chikovani and Zakir Hasanov', 'Ираклий Чиковани и Закир Гасанов (слева направо)'
    head = re.split(r"\s*[,–—(]\s*|\s+-\s+", t, maxsplit=1)[0]
    if head != t and 2 <= len(head.split()) <= 4 and person_name(head):
        return _office_words(re.split(r"\s*[,–—(]\s*|\s+-\s+", t, maxsplit=1)[1].strip(" )").split())
    return any(person_name(" ".join(words[-n:])) and _office_words(words[:-n]) for n in (2, 3, 4) if n <= len(words))


_OFFICE_SMALL = frozenset({"of", "the", "and", "for", "to", "de", "al", "и", "по"})


def _office_words(words: list[str]) -> bool:
    """The words beside a name in a caption name an office ('Georgian Prime Minister', 'Министр обороны Грузии'), they
    tell nothing: in English every word capitalised but the small ones ('of', 'the'); in Russian no verb, adverb,
    conjunction or preposition but 'по' ('Делегацию также принял премьер-министр' is a sentence)."""
    if len(words) > 8:
        return False
    for w in words:
        w = w.strip("«»\"“”()")
        if not w or w[:1].isupper() or w.casefold() in _OFFICE_SMALL or not re.search(r"[^\W\d_]", w):
            continue
        if not re.search(r"[а-яё]", w, re.I):
            return False  # a lower-case English word: 'met', 'guests'
        from generator.nlp.analysis import morph

        if morph().parse(w.casefold())[0].tag.POS not in ("NOUN", "ADJF", "PRTF", "NUMR"):
            return False
    return True


def _caption_over_credit(nonblank, p: ParsedDraft) -> None:
    """A short line naming a person right over a photo's credit ('Georgian Prime Minister Irakli Kobakhidze' / 'Photo:
    MOD Georgia', 'Министр обороны Грузии Ираклий Чиковани' / 'Фото: Минобороны Грузии'): the photo's caption, not
    a paragraph of the text (nor an author's sign-off), whatever the model made of it; the credit with it. A sentence
    naming a person ('Prime Minister Irakli Kobakhidze also received the delegation.') is text; a 'By …' credit is a byline."""
    for k in range(1, len(nonblank)):
        credit, ln = nonblank[k], nonblank[k - 1]
        if not _CREDIT_LINE.match(line_text(credit)) or len(line_text(credit).split()) > 12:
            continue
        t = line_text(ln)
        if (credit.number - ln.number > 2 or ln.label not in ("body", "chrome", "byline", "caption") or is_date_header(ln, p)
                or _BYLINE_LINE.match(t) or (ln.label == "byline" and not ln.why.startswith(("rule: person name", "rule: a name alone closing")))
                or not _names_a_person(t)):
            continue
        if ln.label != "caption":
            set_label(ln, "caption", ln.why + f"; rule: a name line over a photo credit (line {credit.number}), its caption")
        if credit.label not in ("caption", "chrome"):
            set_label(credit, "caption", credit.why + "; rule: a photo credit")


def _stamp_above_text(nonblank, p: ParsedDraft) -> None:
    """A line holding only a full timestamp right above the text (a byline may stand between) is
    the article's date line, whatever the model made of it: below a block of menus, clocks and rates
    the model leans to chrome, but the page's clock is read by its own rule and a 'Latest news'
    list has a title of its own between its last date and the article."""
    first = next((k for k, ln in enumerate(nonblank) if ln.label == "body" and len(line_text(ln).split()) >= 8), None)
    if not first:
        return
    k = first - 1
    while k >= 0 and nonblank[k].label == "byline":
        k -= 1
    if k < 0 or (k < first - 1 and k < first - 3):
        return
    ln = nonblank[k]
    if ln.label == "chrome" and not ln.why.startswith("rule:") and not is_date_header(ln, p):
        d = date_only(line_text(ln), p.lang)
        if d is not None and d.day is not None and not CLOCK_LINE.match(line_text(ln)):
            set_label(ln, "date", ln.why + "; rule: a timestamp alone right above the text")


_LIST_ITEM = re.compile(r"^\s*(?:[-–—•*·▪]|\d{1,2}[.)])\s+\S")
#: An item written without a bullet: it opens in lower case and ends on ';' or ',' (the last one
#: on a full stop), as ministry releases set a list ('посетила бригаду;' / 'возложила венки.').
_BARE_ITEM = re.compile(r"^\s*[a-zа-яё][^\n]*[;,]\s*$")
_BARE_LAST = re.compile(r"^\s*[a-zа-яё][^\n]*[.!]\s*$")


def _item(nonblank, j: int, first: int) -> bool:
    """Line ``j`` is an item of the list that starts at ``first``: bulleted or numbered, or a bare
    item (``_BARE_ITEM``), or the bare last one after bare items."""
    t = nonblank[j].text
    if len(t) >= 400:
        return False
    if _LIST_ITEM.match(t) or _BARE_ITEM.match(t):
        return True
    return j > first and bool(_BARE_LAST.match(t)) and bool(_BARE_ITEM.match(nonblank[j - 1].text))


def _list_under_text(nonblank) -> None:
    """The items of a list the text introduces ("The following documents were signed:" and the
    "- Agreement on …;" lines under it) are text, whatever the model said of dash-led lines."""
    for k in range(1, len(nonblank)):
        prev = nonblank[k - 1]
        # The line introducing the list ('Ships of both navies practised:', 'В ходе визита делегация:')
        # continues the text when a paragraph of prose stands right above it and items follow it,
        # whatever the model made of a short line ending in a colon.
        if (prev.label in ("chrome", "caption") and not prev.why.startswith("rule:") and prev.text.rstrip().endswith(":")
                and k >= 2 and nonblank[k - 2].label == "body" and len(line_text(nonblank[k - 2]).split()) >= 8
                and PROSE_END.search(line_text(nonblank[k - 2])) and 3 <= len(prev.text.split()) <= 40
                and _item(nonblank, k, k) and not RELATED.match(prev.text)):
            set_label(prev, "body", prev.why + "; rule: a line ending in ':' between the text and a list")
        if not (prev.label == "body" and prev.text.rstrip().endswith(":")):
            continue
        j = k
        while j < len(nonblank) and j - k < 20 and _item(nonblank, j, k):
            if nonblank[j].label != "body":
                set_label(nonblank[j], "body", nonblank[j].why + "; rule: an item of a list the text introduces")
            j += 1
        # The model read the paragraph after the list in the light of the items it took for
        # chrome: prose right under the list continues the text (jusText's context rule).
        if j > k and j < len(nonblank):
            ln, t = nonblank[j], nonblank[j].text.strip()
            if (ln.label in ("chrome", "caption") and ln.confidence < 0.99 and len(t.split()) >= 8
                    and PROSE_END.search(t) and not RELATED.match(t)):
                set_label(ln, "body", ln.why + "; rule: prose continuing the text above a list")
_BYLINE_LINE = re.compile(r"^\s*(?:" + CREDIT_PHRASE + r"|By|Автор|Author|Written by|Text by|Words by|Words|Writer|Reporter|Reporting by|Story by|"
                          r"Interview by|Interviewed by|Интервью (?:взял[аи]?|подготовил[аи]?)|Беседовал[аи]?|Записал[аи]?|Текст|"
                          r"(?:Материал\s+)?подготовил(?:[аи]|\(а\))?(?:\s+материал)?)\s*[:\-–—]?\s+\S|^\s*Text\s*:\s+\S", re.IGNORECASE)


def _position_line(t: str) -> bool:
    """'Research Fellow', 'Senior Analyst, Gobi Security Initiative', 'научный сотрудник': a short line naming a
    position (and where it is held), no person and no sentence."""
    t = t.strip()
    return (1 <= len(t.split()) <= 10 and bool(ROLE_PART.search(t)) and not PROSE_END.search(t.rstrip(" ."))
            and not t.endswith(".") and read_byline(t)[0] == [])


def _byline_rules(nonblank, p: ParsedDraft) -> None:
    """Exact byline shapes, whatever the model said: 'By Fatih Hafiz Mehmet', 'Автор: Лина Панченко',
    'By Ali Mustafayev – Trend:', 'Ismaeel Naar, Al Arabiya English' (a person and a known outlet),
    and a line of one to three person names alone at the foot of the text ('Khatai Azizov',
    'Timur Sherzad, Nikolay Baranov') or between the date and the text."""
    body_idx = [k for k, ln in enumerate(nonblank) if ln.label == "body"]
    last_body = body_idx[-1] if body_idx else len(nonblank)
    # the first paragraph of prose (a short line the model took for text above it, a menu or a breadcrumb, is not)
    first_body = next((k for k in body_idx if len(nonblank[k].text.split()) >= 8), body_idx[0] if body_idx else 0)
    # (the first sentence of the text: a title the model read as text has no closing stop)
    prose_start = next((k for k in body_idx if prose_line(nonblank[k].text)), first_body)
    lower = lower_words(nonblank[k].text for k in body_idx)
    for k, ln in enumerate(nonblank):
        t = ln.text.strip()
        if len(t) > 120 or is_date_header(ln, p) or PHOTO_CREDIT.search(t):
            continue  # 'Name / Фото: пресс-служба' is a photo caption, not a byline
        if k < 3 and k < first_body and masthead_tagline(t):
            # 'Ararat Dispatch — News from Armenia and the region': the outlet's masthead with its tagline, no byline
            set_label(ln, "chrome", "rule: an outlet's masthead with its tagline ('Name — News from …')")
            continue
        who, outs = read_byline(t)
        # the words of the credit, a date part ('| 15. 04. 2023.') not counted
        credit_words = sum(len(seg.split()) for seg in re.split(r"\s*\|\s*", t) if not find_dates(seg))
        nxt = nonblank[k + 1] if k + 1 < len(nonblank) else None
        if (0 < k < first_body and HONORIFIC.match(t) and len(who) == 1 and not outs and len(t.split()) <= 5
                and nxt is not None and nxt.number < nonblank[first_body].number and len(nxt.text.split()) <= 12
                and (ROLE_PART.search(nxt.text) or AFFILIATION.search(nxt.text)) and read_byline(nxt.text.strip())[0] == []):
            # 'Dr. A' over 'Senior Fellow, X Programme': a contributor's name and position above the text
            set_label(ln, "byline", "rule: an honorific name over a position line")
            set_label(nxt, "byline", "rule: the position under an author's name")
            continue
        if (0 < k < prose_start - 1 and len(who) == 1 and not outs and who[0] == t.strip(" .") and len(t.split()) <= 4
                and _position_line(nonblank[k + 1].text) and not names_a_country(t, p.lang) and not is_city(t)
                and all(date_only(x.text.strip(), p.lang) for x in nonblank[k + 2:prose_start])):
            # 'Tuvshin Enkhbold' over 'Research Fellow' right above the text (a date may stand between): the author
            # and the position they write from, whatever the model said of either line
            set_label(ln, "byline", "rule: a name over its position line above the text")
            continue
        if _BYLINE_LINE.match(t) and (who or outs) and credit_words <= 10:
            set_label(ln, "byline", "rule: 'By …'/'Автор: …' line")
        elif who and outs and len(who) + len(outs) == len(re.split(r"\s*[,|]\s*|\s+[–—-]\s+", t.strip(" :."))):
            set_label(ln, "byline", "rule: a person and an outlet on one line")
        elif outs and not who and STAFF.fullmatch(t.strip(" .")) and (
                ln.label != "headline" or any(x.label == "headline" for x in nonblank[:k])):
            # ('KyrgyzWire staff' under the headline: a credit, even when the model took it for a second headline)
            set_label(ln, "byline", "rule: a newsroom's credit ('X staff', 'X correspondent')")
        elif (who and not outs and ln.label in ("body", "chrome", "byline", "caption") and not common_words(t, lower)
              and ((k > last_body and k <= last_body + 3) or (first_body - 3 <= k < first_body and ln.label != "chrome")
                   # a name alone right under the headline, over the date or the text ('Tuvshin Enkhbold' / '3 October 2024')
                   or (0 < k < first_body and nonblank[k - 1].label == "headline" and not is_city(t)
                       and (ln.label != "chrome" or ln.confidence < 0.75 or HONORIFIC.match(t)
                            or (k + 1 < len(nonblank) and date_only(nonblank[k + 1].text.strip(), p.lang))
                            # 'Marta Villalobos' over 'Research Fellow' under a commentary's title: its author
                            or (k + 1 < first_body and _position_line(nonblank[k + 1].text)))
                       and not names_a_country(t, p.lang)))
              and len(who) == len(re.split(r"\s*,\s*|\s+(?:and|и)\s+", t.strip(" .")))):
            set_label(ln, "byline", f"rule: person name(s) alone {'at the foot of' if k > last_body else 'above'} the text")
        elif (who and not outs and k > first_body and len(t.split()) <= 4 and ln.label == "body"
              and not any(x.label == "body" and len(x.text.split()) >= 8 and PROSE_END.search(x.text.strip())
                          for x in nonblank[k + 1:])
              and len(who) == len(re.split(r"\s*,\s*|\s+(?:and|и)\s+", t.strip(" ."))) and nonblank[k - 1].label == "body"
              and len(nonblank[k - 1].text.split()) >= 4 and PROSE_END.search(nonblank[k - 1].text.strip())
              and not is_city(t.strip(" .")) and not names_a_country(t, p.lang)):
            # 'Фарход ИСМОИЛОВ.', 'Олег ЗАРЕЧНЫЙ' under the last paragraph (tags or a footer may follow), the
            # model reading it as text: the author's sign-off (a paragraph of the article is never a bare name)
            set_label(ln, "byline", "rule: a name alone closing the text (the author's sign-off)")
        elif (who and len(t.split()) <= 10  # ('A, Radio Orient correspondent, Beirut': the outlet in the role part)
              # (a second 'headline' under the first: 'A, Radio Sahel journalist, Bamako' under the title is a credit)
              and (ln.label != "headline" or any(x.label == "headline" for x in nonblank[:k]))
              and ((k > last_body and k <= last_body + 3) or first_body - 3 <= k < first_body)
              # ('Thai, Cambodian Ministers Agree Hotline': a headline in title case naming states names no person)
              and not any(names_a_country(w, p.lang) for w in who)
              and (rest := [x for x in byline_parts(t) if x not in who])
              and (all(ROLE_PART.search(x) or is_city(x) for x in rest)
                   # 'Dr A, Senior Fellow, Gobi Security Initiative': a role, then where the author holds it
                   or (ROLE_PART.search(rest[0]) and all(x[:1].isupper() and len(x.split()) <= 6 for x in rest[1:])))):
            # 'A, Ulaanbaatar correspondent', 'A, Defence Editor': a person with a role or a place, no 'By'
            set_label(ln, "byline", "rule: a person with their role or city, no 'By'")


def page_date_candidates(text: str, path: str = "<text>"):
    """For training the page-date ranker: the page read as ``parse_draft`` reads it up to the rules'
    date, and (candidates, their features, the draft). No ranker is applied."""
    from generator.ingest.provenance import take_text_header

    text, _prov, _more = take_text_header(textnorm.clean_text(text))
    text = textnorm.clean_text(text)
    p = ParsedDraft(path=path, lang=textnorm.detect_language(text))
    labelled = L.label_lines(text.split("\n"), p.lang)
    _apply_rules(labelled, p)
    p.lines = labelled
    read_headline(labelled, p)
    read_date(labelled, p)
    cues = date_cues()
    cands = date_candidates.candidates(labelled, p, cues)
    return cands, date_candidates.features(cands, labelled, p, cues), p


def content_hash(p: Parsed | ParsedDraft) -> str:
    h = hashlib.sha256()
    h.update((p.title or "").encode())
    h.update(b"\0")
    h.update(p.body.encode())
    return h.hexdigest()


def datelines(p: ParsedDraft) -> tuple[str, ...]:
    """The page's date lines that are not in the body: a dateline can name the city of the meeting."""
    lines = [getattr(p, "date_text", None) or ""]
    lines += [ln.text for ln in getattr(p, "lines", None) or [] if getattr(ln, "label", "") == "date"]
    body = p.body
    return tuple(dict.fromkeys(x.strip() for x in lines if x and x.strip() and x.strip() not in body))

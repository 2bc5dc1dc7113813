"""Extraction scored against gold: the seeds must match exactly; our own corpus must reach F1 0.95."""

from pathlib import Path

import pytest

from generator.quality.evaluate import Report, load_gold, norm_name, score_article
from generator.quality.report import predictions
from conftest import examples_dir

ROOT = Path(__file__).resolve().parent.parent
SEED_GOLD = ROOT / "tests" / "seeds_gold"  # a copy of ../shared/gold/*.yml (see its README)
SHARED_GOLD = ROOT.parent / "shared" / "gold"
CORPUS = ROOT / "tests" / "corpus"


@pytest.fixture(scope="module")
def seed_pred():
    return predictions(examples_dir())


@pytest.fixture(scope="module")
def seed_gold():
    return load_gold(SEED_GOLD)


def test_seed_gold_copy_matches_shared():
    """tests/seeds_gold is ../shared/gold/*.yml, byte for byte."""
    if not SHARED_GOLD.is_dir():
        if __import__("os").environ.get("CI") == "true":
            pytest.fail(f"{SHARED_GOLD} is missing: CI runs with shared/ beside the project")
        pytest.skip(f"{SHARED_GOLD} is not here: the copy in tests/seeds_gold is used as it is")
    shared = {p.name: p.read_bytes() for p in SHARED_GOLD.glob("*.yml")}
    ours = {p.name: p.read_bytes() for p in SEED_GOLD.glob("*.yml")}
    assert ours == shared, "tests/seeds_gold differs from ../shared/gold: copy ../shared/gold/*.yml again"


def test_every_seed_has_gold_and_an_article(seed_pred, seed_gold):
    assert set(seed_gold) == set(seed_pred)


@pytest.mark.parametrize("field", ["language", "date", "author", "source"])
def test_seed_metadata(seed_pred, seed_gold, field):
    for stem, g in seed_gold.items():
        assert seed_pred[stem][field] == g[field], (stem, field)


def test_seed_titles(seed_pred, seed_gold):
    for stem, g in seed_gold.items():
        p = seed_pred[stem]
        if g["title"] is not None:
            assert p["title"] == g["title"] and not p["title_generated"]
        else:
            assert p["title_generated"] and 15 <= len(p["title"]) <= 90, p["title"]
            assert not p["title"].endswith(".")
            assert "reported" not in p["title"] and "informs" not in p["title"], "no attribution tail"
    titles = [p["title"] for p in seed_pred.values()]
    assert len(set(titles)) == len(titles), "distinct articles get distinct titles"


def test_seed_generated_titles_name_the_main_actors(seed_pred, seed_gold):
    for stem, g in seed_gold.items():
        if g["title"] is None:
            names = {norm_name(p["name"]).split()[-1] for p in g["people"]}
            assert any(n in norm_name(seed_pred[stem]["title"]) for n in names), seed_pred[stem]["title"]


def test_seed_people_exact(seed_pred, seed_gold):
    for stem, g in seed_gold.items():
        want = {(norm_name(p["name"]), p["country"], norm_name(p["role"]), norm_name(p["rank"])) for p in g["people"]}
        got = {(norm_name(p["name"]), p["country"], norm_name(p["role"]), norm_name(p["rank"])) for p in seed_pred[stem]["people"]}
        assert got == want, stem


def test_seed_countries_and_agreements_exact(seed_pred, seed_gold):
    for stem, g in seed_gold.items():
        assert set(seed_pred[stem]["countries"]) == set(g["countries"]), stem
        want = {(tuple(sorted(a["parties"])), str(a["year"]), a["signed"]) for a in g["agreements"]}
        got = {(tuple(sorted(a["parties"])), str(a["year"]), a["signed"]) for a in seed_pred[stem]["agreements"]}
        assert got == want, stem


def test_seed_f1_is_perfect(seed_pred, seed_gold):
    rep = Report()
    for stem, g in seed_gold.items():
        score_article(stem, g, seed_pred[stem], rep)
    assert rep.people.f1 == rep.countries.f1 == rep.agreements.f1 == 1.0, rep.table()


def test_own_corpus_f1():
    gold = load_gold(CORPUS / "gold")
    assert len(gold) >= 14
    pred = predictions(CORPUS / "articles")
    rep = Report()
    for stem, g in gold.items():
        score_article(stem, g, pred[stem], rep)
    for name in ("people", "countries", "agreements"):
        assert getattr(rep, name).f1 >= 0.95, rep.table()
    for f in ("language", "date", "author"):
        assert rep.accuracy(f) == 1.0, rep.table()


@pytest.fixture(scope="module")
def corpus_pred():
    return predictions(CORPUS / "articles")


@pytest.mark.parametrize("attr", ["country", "role", "rank"])
def test_own_corpus_people_fields_exact(corpus_pred, attr):
    """Each person of tests/corpus that is found has the gold's country, role and rank (the corpus
    conventions: the state the person serves, from the registry or the text; the office as the text
    states it, without the country qualifier; the rank as stated), not only the seeds' people."""
    gold = load_gold(CORPUS / "gold")
    wrong = []
    for stem, g in gold.items():
        got = {norm_name(p["name"]): p for p in corpus_pred[stem]["people"]}
        for want in g["people"]:
            p = got.get(norm_name(want["name"]))
            if p is None:
                continue  # a missed person is counted by test_own_corpus_f1
            if norm_name(p.get(attr)) != norm_name(want.get(attr)):
                wrong.append(f"{stem}: {want['name']}: {attr} {p.get(attr)!r}, gold {want.get(attr)!r}")
    assert not wrong, "\n".join(wrong)


def test_cross_language_identity(seed_pred):
    """Закир Гасанов (Russian seed) and Zakir Hasanov (English seeds) are one person."""
    ru = next(p for p in seed_pred.values() if p["language"] == "ru")
    assert "Zakir Hasanov" in {p["name"] for p in ru["people"]}


@pytest.mark.slow  # the evaluate command in a child process, models loaded afresh
def test_evaluate_command(tmp_path):
    from click.testing import CliRunner

    from generator.cli import main

    res = CliRunner().invoke(main, ["evaluate", "--gold", str(CORPUS / "gold"), "--seeds", str(CORPUS / "articles"), "--min-f1", "0.95"])
    assert res.exit_code == 0, res.output
    assert "people" in res.output and "precision" in res.output


def test_seed_event_fields_exact(seed_pred, seed_gold):
    """Issue 12: the meeting's date and place, and who took part, as the gold has them."""
    for stem, g in seed_gold.items():
        p = seed_pred[stem]
        assert p["event_date"] == g["event_date"], (stem, p["event_date"], g["event_date"])
        assert p["where"] == g["where"], (stem, p["where"], g["where"])
        want = {(norm_name(x["name"]), x["participant"]) for x in g["people"]}
        got = {(norm_name(x["name"]), x["participant"]) for x in p["people"]}
        assert got == want, stem


def test_own_corpus_event_fields():
    """Issue 12 on the articles written for the project (their gold has event_date, where and the
    participant flag): at most one miss in each, so that a rule that loses a shape fails here."""
    gold = load_gold(CORPUS / "gold")
    pred = predictions(CORPUS / "articles")
    rep = Report()
    for stem, g in gold.items():
        assert "event_date" in g and "where" in g, stem
        score_article(stem, g, pred[stem], rep)
    for f in ("event_date", "where", "person.participant"):
        ok, n = rep.fields[f]
        assert n >= len(gold) and n - ok <= 1, rep.table()

"""Round 20's speed work: the cap on the text the costly stages (NER, the name rules) read of one
article (``generator.nlp.analysis.TEXT_CAP``, ``capped``), and the render clean-ups.

The test articles are written for these tests, in our own words (invented meetings)."""

import shutil
from pathlib import Path

import pytest

from generator.nlp import analysis as nlp

SLOW = pytest.mark.slow  # generations with the NER models


# --------------------------------------------------------------------------- capped(): the cut itself

def test_a_text_at_the_cap_is_read_whole():
    text = ("a" * 99 + "\n\n") * (nlp.TEXT_CAP // 101) + "b" * (nlp.TEXT_CAP % 101)
    assert len(text) == nlp.TEXT_CAP
    assert nlp.capped(text) is text  # not a copy: the article is the same object below the cap


def test_one_character_over_the_cap_is_cut_at_the_last_paragraph():
    para = "The ministers met in Baku. " * 3 + "\n\n"
    text = para * (nlp.TEXT_CAP // len(para) + 1)
    text = text[:nlp.TEXT_CAP + 1]
    assert len(text) == nlp.TEXT_CAP + 1
    got = nlp.capped(text)
    assert text.startswith(got)  # a prefix: offsets into it are offsets into the text
    assert len(got) <= nlp.TEXT_CAP
    assert got.endswith("Baku.")  # cut after a whole paragraph, its trailing space dropped
    last = text[:nlp.TEXT_CAP].rfind("\n\n")
    assert got == text[:last].rstrip()


def test_a_text_without_paragraphs_is_cut_at_a_line_then_a_space_never_inside_a_word():
    lines = "\n".join(f"Defence ministers of two states meet, item {i}" for i in range(nlp.TEXT_CAP // 40))
    got = nlp.capped(lines)
    assert len(lines) > nlp.TEXT_CAP and lines.startswith(got) and lines[len(got)] == "\n"
    words = " ".join(["cooperation"] * (nlp.TEXT_CAP // 11 + 10))
    got = nlp.capped(words)
    assert words.startswith(got) and got.endswith("cooperation") and words[len(got)] == " "
    solid = "x" * (nlp.TEXT_CAP + 5)  # no break at all: cut at the cap
    assert nlp.capped(solid) == "x" * nlp.TEXT_CAP


def test_a_break_in_the_first_half_only_is_not_taken():
    text = "Short line.\n" + "y" * (nlp.TEXT_CAP * 2)
    assert nlp.capped(text) == text[:nlp.TEXT_CAP]


def test_the_rules_read_the_capped_article():
    from generator.model import Article
    from generator.extract.entities import read_part

    a = Article(id="x", source_path="seeds/x.txt", lang="en", title="T", title_generated=False, date=None,
                author=None, source=None, body="word " * (nlp.TEXT_CAP // 5 + 10), datelines=())
    short = Article(id="y", source_path="seeds/y.txt", lang="en", title="T", title_generated=False, date=None,
                    author=None, source=None, body="A short report.", datelines=())
    assert read_part(short) is short
    cut = read_part(a)
    assert cut.body == nlp.capped(a.body) and cut.id == a.id and len(cut.body) <= nlp.TEXT_CAP


# --------------------------------------------------------------------------- a build over the cap

# Our own reports. The second names a visitor only after the cap the test sets (its first
# paragraphs pad it with talk of logistics), in English and in Russian.
EN_SHORT = """ date 2023-05-09 By Test Desk

Defence Minister Zakir Hasanov received Defence Minister Hulusi Akar of Turkey in Baku on May 9, the ministry said.

The ministers reviewed joint exercises planned for the summer.
"""
PAD_EN = "The delegations discussed the supply of spare parts, fuel depots and the training of drivers.\n\n"
EN_LONG = (" date 2023-06-11 By Test Desk\n\n"
           "Defence Minister Zakir Hasanov held talks in Baku on June 11 about military logistics.\n\n"
           + PAD_EN * 30
           + "Later he received Defence Minister Viktor Khrenin of Belarus, who signed a protocol on staff training.\n")
PAD_RU = "Делегации обсудили поставки запасных частей, топливные склады и подготовку водителей.\n\n"
RU_LONG = (" date 2023-06-20 By Test Desk\n\n"
           "Министр обороны Азербайджана Закир Гасанов провёл в Баку совещание по тыловому обеспечению.\n\n"
           + PAD_RU * 30
           + "Затем он принял министра обороны Беларуси Виктора Хренина.\n")
CAP = 1500  # the long reports' visitor is named some 2,800 characters in


@SLOW
def test_a_build_reads_up_to_the_cap_warns_naming_the_file_and_equals_a_cold_build(tmp_path, monkeypatch):
    from generator.build import build

    monkeypatch.setattr(nlp, "TEXT_CAP", CAP)
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "short-en.txt").write_text(EN_SHORT, encoding="utf-8")
    (seeds / "long-en.txt").write_text(EN_LONG, encoding="utf-8")
    (seeds / "long-ru.txt").write_text(RU_LONG, encoding="utf-8")
    assert len(EN_LONG) > 2 * CAP and EN_LONG.index("Khrenin") > CAP and RU_LONG.index("Хренин") > CAP
    docs, cache = tmp_path / "docs", tmp_path / "cache"
    first = build(seeds, docs, cache_dir=cache)
    capped_warnings = [w for w in first.warnings if "characters of text" in w]
    assert sorted(w.split(":")[0] for w in capped_warnings) == ["seeds/long-en.txt", "seeds/long-ru.txt"]
    assert all(f"(the cap is {CAP:,}" in w for w in capped_warnings)
    people = "\n".join(p.read_text(encoding="utf-8") for p in (docs / "people").glob("*.md"))
    assert "Hasanov" in people and "Akar" in people  # before the cap, and in the short report
    assert "Khrenin" not in people and "Хренин" not in people  # named only after the cap
    body = next(p for p in (docs / "articles").rglob("*.md") if "staff training" in p.read_text(encoding="utf-8"))
    assert "Khrenin" in body.read_text(encoding="utf-8")  # the page shows the whole text

    # The same docs/ from the cache (an added article) as from a cold generation without it.
    (seeds / "added-en.txt").write_text(EN_SHORT.replace("May 9", "May 10").replace("2023-05-09", "2023-05-10")
                                        .replace("summer", "autumn"), encoding="utf-8")
    again = build(seeds, docs, cache_dir=cache)
    assert sorted(w for w in again.warnings if "characters of text" in w) == sorted(capped_warnings)
    cold_docs = tmp_path / "cold"
    shutil.copytree(docs / "data", cold_docs / "data")  # the id map the cached build left
    build(seeds, cold_docs, use_cache=False)
    _same(docs, cold_docs)


def test_below_the_cap_no_warning(tmp_path, monkeypatch):
    """Reading only (no models): an article of exactly the cap's length is read whole, unwarned."""
    from generator.build import BuildReport, load_articles

    body = "Defence ministers met in Baku to talk about training. " * 60
    head = " date 2023-05-09 By Test Desk\n\n"
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(head + body, encoding="utf-8")
    report = BuildReport()
    got = load_articles(seeds, 2_000_000, report)
    (a, _), = got
    monkeypatch.setattr(nlp, "TEXT_CAP", len(a.body))
    report = BuildReport()
    load_articles(seeds, 2_000_000, report)
    assert not [w for w in report.warnings if "characters of text" in w]
    monkeypatch.setattr(nlp, "TEXT_CAP", len(a.body) - 1)
    report = BuildReport()
    load_articles(seeds, 2_000_000, report)
    assert [w.split(":")[0] for w in report.warnings if "characters of text" in w] == ["seeds/a.txt"]


def _tree(folder: Path) -> dict[str, bytes]:
    return {f.relative_to(folder).as_posix(): f.read_bytes() for f in folder.rglob("*") if f.is_file()}


def _same(a: Path, b: Path) -> None:
    ta, tb = _tree(a), _tree(b)
    assert sorted(ta) == sorted(tb), (sorted(set(ta) - set(tb))[:10], sorted(set(tb) - set(ta))[:10])
    differ = [k for k in ta if ta[k] != tb[k]]
    assert not differ, f"files that differ from a cold generation: {differ[:10]}"


# --------------------------------------------------------------------------- render: years sorted once

@pytest.mark.parametrize("kind", ["person", "country"])
def test_years_of_is_sorted_once_per_unit(monkeypatch, kind):
    """A person's or country's page and its year pages take one sorting of its reports by year (it
    was done once for the page, once for the year pages and once more in each year page)."""
    from generator.site import render

    calls, given = [], []
    years = [(2022, ["a3", "a2"]), (2021, ["a1"]), (None, ["a0"])]

    def years_of(ar, folder, eid, ids):
        calls.append((folder, eid))
        return years

    def year_page(ar, folder, eid, name, year, ids, owner, ys, roles=(), person=None):
        given.append(ys)
        return f"{folder}/{eid}/{year}"

    def page(ar, entity, ys=None):
        given.append(ys)
        return "page"

    class E:
        id, name, articles, roles = "x1", "Someone", ("a0", "a1", "a2", "a3"), ()

    monkeypatch.setattr(render, "_years_of", years_of)
    monkeypatch.setattr(render, "_year_page", year_page)
    monkeypatch.setattr(render, "render_person", page)
    monkeypatch.setattr(render, "render_country", page)
    make = render.person_pages if kind == "person" else render.country_pages
    got = make(_Ar(), E())
    folder = "people" if kind == "person" else "countries"
    assert got == ["page", f"{folder}/x1/2022", f"{folder}/x1/2021", f"{folder}/x1/None"]
    assert calls == [(folder, "x1")]  # once for the unit
    assert len(given) == 4 and all(g is years for g in given)


class _Ar:
    def article(self, aid):
        from generator.model import PartialDate

        class A:
            date = PartialDate(2020 + int(aid[1:]) % 3, 1, 1)
        return A()


# --------------------------------------------------------------------------- resolve: events' date test once per date

def test_group_events_date_keys_answer_as_compatible():
    """``group_events`` compares the dates' keys (``_compatible_key``) instead of calling
    ``_compatible`` per pair: the same answer for every pair of a grid of days, months, years
    and no date (across month and year ends, at and past ``EVENT_WINDOW_DAYS``)."""
    from generator.model import PartialDate
    from generator.resolve.archive import _compatible, _compatible_key, _keys_compatible

    dates = [None]
    for y in (2021, 2022):
        dates.append(PartialDate(y))
        for m in (1, 2, 12):
            dates.append(PartialDate(y, m))
            for d in (1, 2, 5, 6, 27, 28, 31 if m != 2 else 28):
                dates.append(PartialDate(y, m, d))

    def by_key(a, b):
        return _keys_compatible(_compatible_key(a), _compatible_key(b))

    pairs = [(a, b) for a in dates for b in dates]
    assert [by_key(a, b) for a, b in pairs] == [_compatible(a, b) for a, b in pairs]
    assert sum(_compatible(a, b) for a, b in pairs) > 100  # the grid has compatible pairs and others
    assert sum(not _compatible(a, b) for a, b in pairs) > 100


# --------------------------------------------------------------------------- the model helper tags the new texts at once

def _load(lang):
    pass


def _tag(lang, texts):
    import time

    return [[(lang, len(t), time.monotonic())] for t in texts]


def test_the_helper_tags_the_expected_texts_before_it_is_asked():
    """``helper.start(..., early=...)``: the new articles' texts are tagged as soon as the model is
    loaded (while the build reads its cache); a request for exactly those texts gets those spans,
    any other request is tagged when asked."""
    import time

    from generator.nlp import helper

    if not helper.start({"en", "ru"}, _load, _tag, early=[("en", ["one text", "two"]), ("ru", ["три"])]):
        pytest.skip("no fork on this platform")
    try:
        time.sleep(0.5)
        asked = time.monotonic()
        got = helper.ask("en", ["one text", "two"])
        assert [[s[:2] for s in spans] for spans in got] == [[("en", 8)], [("en", 3)]]
        assert all(s[2] < asked for spans in got for s in spans)  # tagged before it was asked
        ru = helper.ask("ru", ["три"])
        assert ru[0][0][:2] == ("ru", 3) and ru[0][0][2] < asked
        other = time.monotonic()
        got = helper.ask("en", ["one text"])  # not the list expected: tagged now
        assert got[0][0][:2] == ("en", 8) and got[0][0][2] >= other
        again = time.monotonic()
        got = helper.ask("en", ["one text", "two"])  # an early answer is given once; then tagged again
        assert all(s[2] >= again for spans in got for s in spans)
    finally:
        helper.stop()

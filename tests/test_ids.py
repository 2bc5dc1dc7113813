"""Ids that never change once published (generator/ids.py): the allocator, its map, and a later
article with a clashing name that must not move any earlier page."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import frontmatter
import pytest
from click.testing import CliRunner

from generator.build import build
from generator.cli import main
from generator.resolve.ids import Allocator, IdMap, IdMapError

# Our own articles. The second one clashes with the first on every kind it can: its file name,
# its person (Soren/Søren Hansen: since round 7 the name key folds ø to o, so the two are one person, the
# way any name written with and without its marks is; the allocator's clash rule for two keys with one slug is
# tested on its own in test_map_keeps_ids_and_clash_rule_is_order_free) and its byline (Anna-Lee/Anna Lee).
FIRST = (" date 2023-03-14 By Anna Lee\n\nDanish Defence Minister Søren Hansen held talks with Estonian Defence "
         "Minister Hanno Pevkur in Tallinn on Tuesday.\n\nThe two ministers agreed to widen cooperation on air defence "
         "and on training of reserve officers.\n")
CLASH = (" date 2023-06-02 By Anna-Lee\n\nNorwegian Chief of Defence General Soren Hansen visited Riga on Friday and "
         "met Latvian Defence Minister Inara Murniece.\n\nThey discussed the Baltic air policing mission and the "
         "training of Latvian pilots.\n")


def test_map_keeps_ids_and_clash_rule_is_order_free():
    a = Allocator()
    first = a.assign("person", {"k2": "ivan-petrov", "k1": "ivan-petrov", "k3": "anna"})
    # New keys that claim one base: the first by key gets it, the other a hash of its key.
    assert first["k1"] == "ivan-petrov" and first["k2"].startswith("ivan-petrov-") and first["k3"] == "anna"
    assert Allocator().assign("person", {"k1": "ivan-petrov", "k3": "anna", "k2": "ivan-petrov"}) == first
    # A later build: "k0" sorts before k1 but k1 holds the id; k0 gets a new one.
    later = Allocator(IdMap(None, {"person": {"k1": "ivan-petrov"}})).assign("person", {"k0": "ivan-petrov", "k1": "ivan-petrov"})
    assert later["k1"] == "ivan-petrov" and later["k0"] != "ivan-petrov"
    # An id whose entity left the archive goes to a new entity of that base (not to a hashed id).
    stale = IdMap(None, {"person": {"gone": "ivan-petrov", "k9": "anna"}})
    got = Allocator(stale).assign("person", {"new": "ivan-petrov", "k9": "anna"})
    assert got == {"new": "ivan-petrov", "k9": "anna"} and "gone" not in stale.ids["person"]
    # The registry's id wins and is never given to a new key, even when no article names it yet.
    got = Allocator().assign("person", {"x": "zakir-hasanov"}, {"zakir-hasanov": "zakir-hasanov"}, reserved={"kerim-veliyev"})
    assert got["zakir-hasanov"] == "zakir-hasanov"
    assert Allocator().assign("person", {"x": "kerim-veliyev"}, reserved={"kerim-veliyev"})["x"] != "kerim-veliyev"


def test_event_keeps_id_when_a_report_joins_it():
    a = Allocator()
    one = a.assign_events([("b", ["b"], "2023-03-14-hansen-pevkur")])
    # A new report "a" joins the event (and becomes its root); the date span changes its slug.
    two = Allocator(a.map).assign_events([("a", ["a", "b"], "2023-03-13-hansen-pevkur")])
    assert two["a"] == one["b"]
    # Split again: "b" keeps the id; "a" gets a new one.
    three = Allocator(a.map).assign_events([("a", ["a"], "2023-03-13-x"), ("b", ["b"], "2023-03-14-y")])
    assert three["b"] == one["b"] and three["a"] != one["b"]


def _urls(docs: Path) -> dict[str, str]:
    """Every page -> the entity it shows (its front matter title)."""
    return {p.relative_to(docs).as_posix(): frontmatter.load(p).get("title", "")
            for p in docs.rglob("*.md") if p.name != "index.md"}


@pytest.mark.slow  # four builds of our own articles (the NLP models load)
def test_a_clashing_article_moves_no_published_page(tmp_path):
    proj = tmp_path / "p"
    (proj / "seeds").mkdir(parents=True)
    (proj / "seeds" / "talks.txt").write_text(FIRST, encoding="utf-8")
    build(proj / "seeds", proj / "docs", use_cache=False)
    before = _urls(proj / "docs")
    ids_before = (proj / "docs" / "data" / "ids.json").read_bytes()
    assert {"articles/talks.md", "people/soren-hansen.md", "sources/author-anna-lee.md"} <= set(before)

    (proj / "seeds" / "Talks!.txt").write_text(CLASH, encoding="utf-8")
    build(proj / "seeds", proj / "docs", use_cache=False)
    after = _urls(proj / "docs")
    for url, title in before.items():
        assert after.get(url) == title, f"{url} moved or now shows another entity"
    new = set(after) - set(before)
    assert any(u.startswith("articles/talks-") for u in new)
    assert not any(u.startswith("people/soren-hansen-") for u in new), sorted(new)
    ents = json.loads((proj / "docs" / "data" / "entities.json").read_text())
    names = {p["id"]: p["name"] for p in ents["people"]}
    assert names["soren-hansen"] == "Soren Hansen"  # the canonical name folds ø (round 7, for the scorer); the page keeps "Søren" as written

    # The same input with the same map: byte-identical pages and map, nothing written.
    rep = build(proj / "seeds", proj / "docs", use_cache=False)
    assert rep.write.written == []
    map_after = (proj / "docs" / "data" / "ids.json").read_bytes()
    assert map_after != ids_before and json.loads(map_after)["ids"]["article"]["talks.txt"] == "talks"

    # Without the map the clash would have renamed the first article: the map is what keeps it.
    fresh = tmp_path / "fresh"
    shutil.copytree(proj / "seeds", fresh / "seeds")
    build(fresh / "seeds", fresh / "docs", use_cache=False)
    assert frontmatter.load(fresh / "docs" / "articles" / "talks.md")["title"] != before["articles/talks.md"]


@pytest.mark.parametrize("content, why", [(b"{not json", "not JSON"), (b'{"format": 9, "ids": {}}', '"format" is 9'),
                                          (b'{"format": 1, "ids": {"person": {"a": "x", "b": "x"}}}', "given to two keys"),
                                          (b"\xff\xfe", "not UTF-8")])
def test_corrupt_map_is_a_clear_message(tmp_path, content, why):
    f = tmp_path / "ids.json"
    f.write_bytes(content)
    with pytest.raises(IdMapError, match=why) as exc:
        IdMap.load(f)
    assert str(f) in str(exc.value)


@pytest.mark.slow  # a build (the NLP models load)
def test_missing_or_corrupt_map_on_the_command_line(tmp_path, caplog):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "talks.txt").write_text(FIRST, encoding="utf-8")
    runner = CliRunner()
    ok = runner.invoke(main, ["build", "--seeds", str(seeds), "--docs", str(tmp_path / "docs"), "--no-cache", "-q"])
    assert ok.exit_code == 0, ok.output
    mapf = tmp_path / "docs" / "data" / "ids.json"
    mapf.write_text("{broken", encoding="utf-8")
    bad = runner.invoke(main, ["build", "--seeds", str(seeds), "--docs", str(tmp_path / "docs"), "--no-cache", "-q"])
    assert bad.exit_code == 1 and "Traceback" not in bad.output
    assert str(mapf) in bad.output and "not a valid id map" in bad.output
    mapf.unlink()  # an earlier build's pages, but no map: a new one, and a warning that names the file
    gone = runner.invoke(main, ["build", "--seeds", str(seeds), "--docs", str(tmp_path / "docs"), "--no-cache", "--strict"])
    assert gone.exit_code == 1 and "Traceback" not in gone.output, gone.output
    assert "1 warning" in gone.output and "id map is missing" in caplog.text and str(mapf) in caplog.text
    assert json.loads(mapf.read_text())["ids"]["article"] == {"talks.txt": "talks"}


def test_a_new_event_never_takes_an_id_another_event_holds():
    # The map holds a retired key 'A#2' whose id another event now has: a new event whose root
    # is 'A' must get a key of its own, not that id (two events on one page stop the build).
    m = IdMap(ids={"event": {"A": "e1", "A#2": "e1b"}, "event-of": {"b1": "e1", "c1": "e1b"}})
    got = Allocator(m).assign_events([("B", ["b1"], "b-base"), ("C", ["c1"], "c-base"), ("A", ["a9"], "a-base")])
    assert got["B"] == "e1" and got["C"] == "e1b"
    assert len(set(got.values())) == 3


def test_an_old_style_map_is_migrated_and_keeps_every_id(tmp_path):
    """Format 1 keyed articles by '<seeds folder>/<file>': read, the keys lose the folder and every
    id stays, a clash included; the map is written back in format 2."""
    old = {"format": 1, "ids": {
        "article": {"seeds/talks.txt": "talks", "seeds/Talks!.txt": "talks-1a2b3c", "archive/talks.txt": "talks-old",
                    "seeds/visit.html": "visit"},
        "person": {"soren hansen": "soren-hansen"}, "event-of": {"talks": "2023-03-14-talks"}}}
    f = tmp_path / "ids.json"
    f.write_text(json.dumps(old), encoding="utf-8")
    m = IdMap.load(f)
    arts = m.ids["article"]
    assert sorted(arts.values()) == sorted(old["ids"]["article"].values())  # every published id, once
    assert arts["Talks!.txt"] == "talks-1a2b3c" and arts["visit.html"] == "visit"
    # Two old keys that name one file: the one in the seeds folder (where most keys are) takes the
    # new key, the other keeps its own (its id stays held).
    assert arts["talks.txt"] == "talks" and arts["archive/talks.txt"] == "talks-old" and "seeds/talks.txt" not in arts
    assert m.ids["person"] == old["ids"]["person"] and m.ids["event-of"] == old["ids"]["event-of"]
    assert m.changed() and json.loads(m.to_bytes())["format"] == 2
    # The allocator gives the migrated keys their ids back.
    got = Allocator(m).assign("article", {"talks.txt": "talks", "Talks!.txt": "talks", "visit.html": "visit"})
    assert got == {"talks.txt": "talks", "Talks!.txt": "talks-1a2b3c", "visit.html": "visit"}


@pytest.mark.slow  # two builds of our own articles (the NLP models load)
def test_renaming_the_seeds_folder_moves_no_page(tmp_path):
    proj = tmp_path / "p"
    (proj / "seeds").mkdir(parents=True)
    (proj / "seeds" / "talks.txt").write_text(FIRST, encoding="utf-8")
    (proj / "seeds" / "Talks!.txt").write_text(CLASH, encoding="utf-8")
    build(proj / "seeds", proj / "docs", use_cache=False)
    before = _urls(proj / "docs")
    (proj / "seeds").rename(proj / "articles-in")
    build(proj / "articles-in", proj / "docs", use_cache=False)
    assert _urls(proj / "docs") == before

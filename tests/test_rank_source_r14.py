"""Round 14: the page's source as candidates + a learned choice (issue 11: "learn it rather than list sites").

Every rule of ``sources._source_rules`` yields a candidate with its rule and line; the rules' first is their own pick;
``source_candidates.weak`` offers names only the ranker may take (a masthead alone on the first line, an 'About X'
heading). ``python -m generator.quality.rankers train`` writes ``generator/data/rankers/source.json``; the ranker
chooses only when its grouped cv beat the rules (``meta['chooses']``) or ``GENERATOR_SOURCE_RANKER=on``.
The pages below are written for this file.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.ingest import source_candidates as sc
from generator.ingest.lines import Line
from generator.ingest.reader import read_article_file
from generator.text import ranker as R

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

MASTHEAD_AND_BYLINE = """STEPPE MORNING COURIER
Politics | Region | Defence

Kazakh and Mongolian officers agree on joint staff training

By Orda Press

ASTANA, 3 March 2025 – Officers of Kazakhstan and Mongolia agreed on Monday to hold a joint staff exercise next autumn, the two delegations said after two days of talks in the capital.

The Kazakh side was led by Major General Serik Abenov, who told reporters that the exercise would focus on mountain logistics and the evacuation of the wounded.

The Mongolian delegation visited a training centre near the city on Tuesday before flying home.
"""

REPOST = """Forwarded from Caspian Shore Channel

Source: Press Service of the Ministry of Defence of Turkmenistan

Border commanders of Turkmenistan and Uzbekistan met in Dashoguz on 14 May 2024 to discuss the joint patrol of the river crossing.

The sides agreed to exchange duty rosters every month and to hold a common drill in the autumn, the statement says.

The Uzbek delegation was headed by Colonel Rustam Yuldashev.
"""

FOOTER_ONLY = """Georgian and Armenian engineers clear mines together

12 April 2024

Military engineers of Georgia and Armenia finished a week of joint demining training near the border village of Sadakhlo on Friday, officials of both defence ministries said.

The course, the third of its kind, brought together forty sappers who practised the clearing of roads and fields.

Colonel Davit Beridze said the next course would be held in Armenia next year.

© 2024 Kartli Valley Herald. All rights reserved.
"""

NO_SOURCE = """Serbian and Hungarian pilots train over the Danube

5 June 2023

Pilots of Serbia and Hungary flew their first joint training sorties over the Danube plain this week, the two governments said on Wednesday.

The exercise involved four helicopters from each side and a search and rescue team that practised lifting a crew from the river.

The ministers of both countries plan to meet in Budapest in the autumn to sign a wider plan of cooperation for next year.
"""

RUSSIAN_DATELINE = """Военные Киргизии и Таджикистана провели совместные учения

Бишкек, 14 мая 2024 — «Тянь-Шань Информ».

Военнослужащие Киргизии и Таджикистана провели совместные тактические учения на полигоне у города Ош, сообщили в министерствах обороны двух стран.

В учениях участвовали около двухсот военнослужащих и двадцать единиц техники.

Следующие учения запланированы на осень в Таджикистане.
"""

PAGES = [  # (page, source, the rule of the rules' pick)
    (MASTHEAD_AND_BYLINE, "Orda Press", "byline"),  # an agency's byline over a paper's masthead
    # a post forwarded from a channel, its 'Source:' line naming a state's defence ministry: the ministry issued it
    # (round 14, issue 11: a held-out set's gold gives the ministry in this shape)
    (REPOST, "Ministry of Defence of Turkmenistan", "issued_by"),
    (FOOTER_ONLY, "Kartli Valley Herald", "tail_source"),  # only the © line at the foot
    (NO_SOURCE, None, None),  # nothing named: no source
    (RUSSIAN_DATELINE, "Tyan-Shan Inform", "dash_agency"),  # 'Город, дата — «Агентство».'
]


def _read(tmp_path: Path, text: str):
    f = tmp_path / "page.txt"
    f.write_text(text, encoding="utf-8")
    from generator.ingest.draft import all_candidates

    with all_candidates():  # as ranker training reads a page: every candidate, not only the rules' pick
        return read_article_file(f, 1_000_000)


@pytest.mark.parametrize("flag", ["off", "on"])
@pytest.mark.parametrize("text,source,rule", PAGES, ids=["byline", "repost", "footer", "none", "ru-dateline"])
def test_invented_pages(monkeypatch, tmp_path, flag, text, source, rule):
    if flag == "on" and R.load(sc.RANKER) is None:
        pytest.skip("no generator/data/rankers/source.json shipped: run `make rankers`")
    monkeypatch.setenv(sc.CHOOSE_ENV, flag)
    p = _read(tmp_path, text)
    assert p.source == source, p.why.get("source")
    picks = [c for c in p.source_candidates if c.pick]
    if rule is None:
        assert not picks
    else:
        assert p.source_candidates[0] is picks[0] and len(picks) == 1
        assert picks[0].rule == rule and picks[0].name == source


def test_candidates_carry_their_rules_lines_and_finished_names(tmp_path):
    p = _read(tmp_path, MASTHEAD_AND_BYLINE)
    rules = {c.rule: c for c in p.source_candidates}
    assert {"byline", "masthead", "first_line_name"} <= set(rules)
    assert rules["byline"].line == 6 and rules["masthead"].line == 1
    # the masthead printed in capitals is given as names are written, as the page would print it when chosen
    assert rules["masthead"].name == "Steppe Morning Courier" and rules["masthead"].raw == "STEPPE MORNING COURIER"
    # an offered name is never the rules' pick, and says so in its features
    assert not rules["first_line_name"].pick and rules["first_line_name"].features.get("offered") == 1.0
    assert rules["byline"].features["rule=byline"] == 1.0 and rules["byline"].features["bias_pick"] == 1.0
    assert rules["masthead"].features.get("first_line") == 1.0 and rules["masthead"].features.get("above_text") == 1.0


def _lines(*rows: tuple[str, str]) -> list[Line]:
    return [Line(number=k + 1, text=t, label=lab, why="test") for k, (t, lab) in enumerate(rows)]


@pytest.mark.parametrize("first,label,name", [
    ("Baltic Defence Review", "chrome", "Baltic Defence Review"),
    ("Andes Security Watch", "headline", "Andes Security Watch"),
    ("Степной курьер", "chrome", "Степной курьер"),  # a Russian name capitalises its first word only
    ("ДАУРИЯ-ВЕСТИ", "chrome", "ДАУРИЯ-ВЕСТИ"),
    ("Skip to main content", "chrome", None),  # words of four letters or more in lower case: no name
    ("Home | News | Contact", "chrome", None),  # a menu
    ("12 May 2024", "date", None),
    ("Officers of two states met on Monday to plan a drill.", "body", None),
    ("www.example-news.tj", "chrome", None),
])
def test_first_line_name_is_offered_only_when_written_as_a_name(first, label, name):
    got = [n for rule, n, _ in sc.weak(_lines((first, label), ("A headline of the page here", "headline")))
           if rule == "first_line_name"]
    assert got == ([name] if name else [])


@pytest.mark.parametrize("heading,name", [
    ("About Tien Shan Armour Works", "Tien Shan Armour Works"),
    ("About Us", None),  # no name
    ("About the author", None),
])
def test_about_heading(heading, name):
    got = [n for rule, n, _ in sc.weak(_lines(("Headline of the release", "headline"), (heading, "chrome")))
           if rule == "about_heading"]
    assert got == ([name] if name else [])


def _cand(rule: str, name: str, pick: bool, **features: float) -> sc.Candidate:
    return sc.Candidate(rule=rule, raw=name, name=name, why="test", line=None, pick=pick,
                        features={f"rule={rule}": 1.0, **features})


def test_choose_takes_the_best_or_none_below_the_threshold():
    cands = (_cand("told_known", "Steppe Wire", True), _cand("masthead", "Steppe Courier", False, masthead_like=1.0))
    model = R.Ranker("source", {"rule=told_known": 0.0, "masthead_like": 3.0}, bias=-1.0, threshold=0.5)
    assert sc.choose(cands, model).name == "Steppe Courier"
    strict = R.Ranker("source", model.weights, bias=-1.0, threshold=0.99)
    assert sc.choose(cands, strict) is None  # the best is not likely enough: no source
    assert sc.choose(cands, False).name == "Steppe Wire"  # no ranker: the rules' pick
    assert sc.choose((cands[1],), False) is None  # only an offered name: the rules give none


@pytest.mark.parametrize("chooses,flag,uses", [(False, "", False), (True, "", True), (False, "on", True), (True, "off", False)])
def test_the_ranker_chooses_only_when_its_cv_said_so_or_it_is_switched_on(monkeypatch, chooses, flag, uses):
    model = R.Ranker("source", {}, meta={"chooses": chooses})
    monkeypatch.setattr(sc.R, "load", lambda name: model)
    monkeypatch.setenv(sc.CHOOSE_ENV, flag)
    assert (sc.chooser() is model) == uses


def _need_shared() -> None:
    if not (SHARED / "corpus" / "texts").is_dir() or not (SHARED / "tools" / "score.py").is_file():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{SHARED}/corpus is missing: CI runs with shared/ beside the project")
        pytest.skip(f"{SHARED}/corpus is not here: the shared corpus lives beside the project")


def test_labels_use_the_scorers_comparison():
    _need_shared()
    from generator.quality.rank_source import same_source

    assert same_source(SHARED, "Trend News Agency", "Trend")  # one inside the other
    assert same_source(SHARED, None, None)
    assert not same_source(SHARED, None, "Trend") and not same_source(SHARED, "Trend", None)
    assert not same_source(SHARED, "Ministry of Defence of Armenia", "Armenpress")


def test_folds_keep_an_outlets_pages_together():
    _need_shared()
    from generator.quality.rank_source import Page, folds

    pages = [Page("x", str(k), g, ()) for k, g in enumerate(["Trend", "trend", "Report", None, None, "AzerTag"])]
    got = folds(SHARED, pages, 3)
    assert sorted(i for f in got for i in f) == list(range(6))
    assert any({0, 1} <= set(f) for f in got)  # 'Trend' and 'trend' are one outlet
    assert folds(SHARED, pages, 3) == got  # deterministic


def test_shipped_ranker_is_what_train_makes_from_the_pool():
    _need_shared()
    if os.environ.get("GENERATOR_HOLD_OUT") == "1" and os.environ.get("CI") != "true":
        pytest.skip("GENERATOR_HOLD_OUT=1: the pool holds tests/blind … tests/blind8, held out while rules are tuned")
    from generator.quality import rankers

    shipped = R.RANKERS / "source.json"
    assert shipped.is_file(), f"{shipped} is missing: run `make rankers`"
    assert rankers.train("source", SHARED).to_json() == shipped.read_text(encoding="utf-8"), \
        "generator/data/rankers/source.json is not what the pool trains: run `make rankers` and commit it"

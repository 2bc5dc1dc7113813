"""Round 15, speed: behaviour (not timing) of the lazy candidate building.

1. The page's source and date are read the same whether the readings build EVERY candidate (``generator explain``,
   ranker training: ``draft.all_candidates``) or stop at the rules' own pick (a build, when no ranker may choose).
2. Outside ``all_candidates`` the source rules stop at their first name, and the page-date ranker that only advises
   builds nothing; ``GENERATOR_SOURCE_RANKER=on`` or a date ranker that may overrule the rules builds them all.
3. ``generator explain`` still lists every candidate.

The pages are written for this file, in our own words.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.ingest import date_candidates as DC
from generator.ingest import reader, sources
from generator.ingest import source_candidates as sc
from generator.ingest.draft import all_candidates, wants_all_candidates
from generator.text import ranker as R

# a byline agency over a masthead, a clock in the header, a dated related list under the text
BYLINE_OVER_MASTHEAD = """ANDES EVENING LEDGER
Home | World | Defence

Chilean and Peruvian marines plan a coastal drill

By Pacifico Wire

LIMA, 9 February 2025 – Marines of Chile and Peru agreed on Thursday to rehearse a joint landing on the southern coast in the spring, the two navies said after talks in the capital.

The Peruvian side was led by Rear Admiral Jorge Salas, who said the drill would test the evacuation of civilians after an earthquake.

Read more
Argentine pilots visit Santiago
3 February 2025
"""

# no byline: an attribution in the text and a copyright line both name outlets
ATTRIBUTION_AND_FOOTER = """Norwegian and Finnish rangers train in the snow

14 January 2024

Rangers of Norway and Finland spent a week on skis near the border town of Kilpisjarvi, Nordic Frost Agency reports.

The exercise brought together sixty soldiers who practised long patrols and the rescue of a casualty from the ice.

Colonel Eirik Dahl said the next course would be held in Finland.

© 2024 Fjord Harbour Times. All rights reserved.
"""

# a Russian page: an agency after the dateline, another named in the text
RUSSIAN_TWO_AGENCIES = """Военные Казахстана и Узбекистана обсудили охрану границы

Ташкент, 21 марта 2024 — «Сырдарья Пресс».

Пограничники Казахстана и Узбекистана обсудили в Ташкенте совместное патрулирование, сообщает агентство «Туран-Инфо».

Стороны договорились обмениваться сведениями каждую неделю.
"""

# nothing names an outlet
NO_OUTLET = """Greek and Cypriot divers clear an old wreck

2 August 2023

Navy divers of Greece and Cyprus finished lifting old shells from a sunken freighter off Limassol on Tuesday, officials said.

The work took three weeks and was watched by a team of archaeologists.
"""

PAGES = [BYLINE_OVER_MASTHEAD, ATTRIBUTION_AND_FOOTER, RUSSIAN_TWO_AGENCIES, NO_OUTLET]
IDS = ["byline-over-masthead", "attribution-and-footer", "ru-two-agencies", "no-outlet"]


def _read(tmp_path: Path, text: str, every: bool):
    f = tmp_path / "page.txt"
    f.write_text(text, encoding="utf-8")
    if every:
        with all_candidates():
            return reader.read_article_file(f, 1_000_000)
    return reader.read_article_file(f, 1_000_000)


@pytest.fixture(autouse=True)
def _rules_choose(monkeypatch):
    monkeypatch.setenv(sc.CHOOSE_ENV, "off")


@pytest.mark.parametrize("text", PAGES, ids=IDS)
def test_lazy_reading_gives_the_same_fields(tmp_path, text):
    lazy, full = _read(tmp_path, text, False), _read(tmp_path, text, True)
    assert (lazy.source, lazy.date, lazy.title, lazy.author, lazy.body) == (full.source, full.date, full.title,
                                                                           full.author, full.body)
    assert {k: v for k, v in lazy.why.items() if k != "date_candidates"} == \
        {k: v for k, v in full.why.items() if k != "date_candidates"}
    assert lazy.lines == full.lines and lazy.notes == full.notes
    # lazily only the rules' pick is kept, as the full list's first
    assert len(lazy.source_candidates) <= 1
    if lazy.source_candidates:
        assert lazy.source_candidates[0].pick and full.source_candidates[0].pick
        assert lazy.source_candidates[0].name == full.source_candidates[0].name == full.source


@pytest.mark.parametrize("text,more", [(BYLINE_OVER_MASTHEAD, 2), (ATTRIBUTION_AND_FOOTER, 2), (RUSSIAN_TWO_AGENCIES, 2)],
                         ids=IDS[:3])
def test_all_candidates_lists_every_outlet(tmp_path, text, more):
    full = _read(tmp_path, text, True)
    assert len({c.name for c in full.source_candidates}) >= more
    assert sum(c.pick for c in full.source_candidates) == 1


def test_the_flag_holds_only_inside_the_block():
    assert not wants_all_candidates()
    with all_candidates():
        assert wants_all_candidates()
        with all_candidates():
            assert wants_all_candidates()
        assert wants_all_candidates()
    assert not wants_all_candidates()
    with pytest.raises(KeyError):
        with all_candidates():
            raise KeyError("x")
    assert not wants_all_candidates()  # reset after an error too


def test_the_source_rules_stop_at_their_first_name(monkeypatch, tmp_path):
    pulled: list[str] = []
    rules = sources._source_rules

    def counting(*a, **kw):
        for c in rules(*a, **kw):
            pulled.append(c[0])
            yield c

    monkeypatch.setattr(sources, "_source_rules", counting)
    lazy = _read(tmp_path, ATTRIBUTION_AND_FOOTER, False)
    n_lazy = len(pulled)
    pulled.clear()
    full = _read(tmp_path, ATTRIBUTION_AND_FOOTER, True)
    assert lazy.source == full.source
    assert n_lazy == 1 and len(pulled) > 1
    # a byline agency is the pick before any rule: lazily no rule runs at all
    pulled.clear()
    _read(tmp_path, BYLINE_OVER_MASTHEAD, False)
    assert pulled == []


def test_a_ranker_switched_on_gets_every_candidate(monkeypatch, tmp_path):
    monkeypatch.setattr(sc, "chooser", lambda: R.Ranker("source", {}, bias=5.0, threshold=0.5))
    p = _read(tmp_path, ATTRIBUTION_AND_FOOTER, False)
    assert len({c.name for c in p.source_candidates}) >= 2


def _date_model(policy: str) -> R.Ranker:
    return R.Ranker(DC.NAME, {"pick": 1.0}, bias=0.0, threshold=0.99, meta={"policy": policy})


@pytest.mark.parametrize("policy,record,built", [
    ("rules", False, False),  # advise only and nobody asks: nothing built
    ("rules", True, True),  # explain / training
    ("rerank", False, True),  # a ranker that may overrule the rules always sees every candidate
    ("pick", False, True),
])
def test_date_candidates_are_built_only_when_they_can_matter(monkeypatch, policy, record, built):
    calls: list[int] = []
    real = DC.candidates

    def counting(*a, **kw):
        calls.append(1)
        return real(*a, **kw)

    monkeypatch.setattr(DC, "candidates", counting)
    draft = reader.parse_draft(NO_OUTLET)
    calls.clear()
    DC.choose(draft.lines, draft, reader.date_cues(), model=_date_model(policy), record=record)
    assert bool(calls) == built
    assert ("date_candidates" in draft.why) == built


def test_a_bad_date_policy_is_still_reported_lazily():
    draft = reader.parse_draft(NO_OUTLET)
    with pytest.raises(ValueError, match="make rankers"):
        DC.choose(draft.lines, draft, reader.date_cues(), model=_date_model("always"), record=False)


def test_explain_lists_every_source_candidate(tmp_path):
    from generator.quality.explain import explain

    page = tmp_path / "page.txt"
    page.write_text(BYLINE_OVER_MASTHEAD, encoding="utf-8")
    out = explain(page, entities=False)
    block = out.split("source candidates", 1)[1]
    assert "Pacifico Wire" in block and "Andes Evening Ledger" in block.title()


# --------------------------------------------------------------------------- 4. per-text folds made cheaper


def _fold_one_by_one(text: str) -> str:
    out = []
    for c in text:
        if c.isalnum() or c == "_":
            low = c.lower()
            out.append(low if len(low) == 1 else c)
        else:
            out.append(" ")
    return "".join(out)


@pytest.mark.parametrize("text", [
    "The Ministry of Defence of Kazakhstan (MoD) said on 3 May: «done».",
    "Министерство обороны Республики Узбекистан — пресс-служба, №42",
    "İstanbul, DİLEK and ǅemal: letters whose lower case is longer, or a title case",
    "tabs\tand\nnew lines, under_scores, 1,200 troops, ½ of them, ²",
    "",
])
def test_org_text_fold_keeps_one_character_for_one(text):
    from generator.extract.orgs import _fold_text

    got = _fold_text(text)
    assert got == _fold_one_by_one(text) and len(got) == len(text)
    assert _fold_text(text) == got  # the table, once filled, gives the same


def test_registry_fold_is_memoised_and_the_same():
    from generator.reference import registry

    for name in ("Sergey Shoigu", "Сергей Шойгу", "Zakir Hasanov", "Закир Гасанов"):
        first = registry.fold(name)
        assert registry.fold(name) == first
    assert registry.fold("Sergey Shoigu") == registry.fold("Sergei Shoigu")
    assert registry.fold("Закир Гасанов") == registry.fold("Zakir Hasanov")
    assert registry.fold.cache_info().hits >= 4

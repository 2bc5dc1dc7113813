"""The validation split of ../shared/corpus (page N with N % 3 == 0, 25 pages never used for
tuning or training), scored with ../shared/tools/score.py: a regression guard.

For each target of issues 11 and 12 the floor is the target minus 0.05 when the validation figure
measured at the end of the latest round met it; when it fell short, the floor is that measured
figure minus 0.05 (the README says plainly which targets are not met).

Round 1 (end of issue 11's first work, 2026-11-27 morning): title 1.000, author 0.960, people
0.909, countries 0.959, date 0.760, source 0.560, agreements 0.649, signed 0.643.
Round 2 (after the stage layout and the second reading, entity and event work, measured once at the
end, 2026-11-27 15:11 UTC): title 1.000, author 0.960, people 0.916, countries 0.975, date 0.760,
source 0.680, agreements 0.649, signed 0.571, event date 0.680, where 0.800, participant 0.867.
Signed fell (0.643 -> 0.571): the round's signing-status change helped the build split and our own
articles but not these pages; the floor follows the measured figure, and the README says so.
Round 3 (one analysis per article, clause-governed signing, registry-free people rules, outlet-credit
sources, event cues; measured once at the end, 2026-11-27 17:56 UTC): title 1.000, author 0.960,
people 0.916, countries 0.975, date 0.760, source 0.680, agreements 0.722, signed 0.600, event date
0.680, where 0.800, participant 0.850.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # reads the whole validation split

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

TARGETS = {"title_acc": 0.85, "author_acc": 0.95, "countries_f1": 0.97, "date_acc": 0.90, "source_acc": 0.85,
           "people_f1": 0.95, "agreements_f1": 0.85, "signed_acc": 0.90,
           "event_date_acc": 0.90, "where_acc": 0.85, "participant_acc": 0.90}
# Measured at the end of round 10 (2026-11-28 16:21 UTC, main at 3a26204): the figures of rounds 8 and 9 but
# for the author (0.960 to 1.000). Measured once at the end of round 17 (2026-11-29 16:34 UTC, main at a921d1a):
# agreements 0.703 -> 0.722, participant 0.867 -> 0.883 (0.850 recorded here since round 10), countries 0.983;
# every other figure the same. Measured once at the end of round 18 (2026-11-29 19:46 UTC, main at 423e8f5): people
# 0.923 -> 0.924, participant 0.883 -> 0.885; every other figure the same. Measured once at the end of round 19
# (2026-11-29 22:40 UTC, main at 7cf69f9): every figure the same.
MEASURED = {"title_acc": 1.000, "author_acc": 1.000, "countries_f1": 0.975, "date_acc": 0.840, "source_acc": 0.680,
            "people_f1": 0.924, "agreements_f1": 0.722, "signed_acc": 0.667,
            "event_date_acc": 0.760, "where_acc": 0.840, "participant_acc": 0.869}
# (Round 20, main at 2d1cd21: countries 0.983 -> 0.975 and participant 0.885 -> 0.869 FELL with the round's rules;
# QUALITY.md says which rules are suspects. Nothing rose.)
FLOORS = {k: round((t - 0.05) if MEASURED[k] >= t - 0.05 else MEASURED[k] - 0.05, 3) for k, t in TARGETS.items()}


@pytest.fixture(scope="module")
def validation():
    if os.environ.get("GENERATOR_HOLD_OUT") == "1" and os.environ.get("CI") != "true":
        # Developers tuning rules set this so a full test run never shows them a validation figure:
        # the split is measured once, at the end of a round (CI always measures it).
        pytest.skip("GENERATOR_HOLD_OUT=1: the validation split is held out while rules are tuned")
    if not (SHARED / "corpus" / "texts").is_dir() or not (SHARED / "tools" / "score.py").exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{SHARED}/corpus or tools/score.py is missing: CI runs with shared/ beside the project")
        pytest.skip(f"{SHARED}/corpus not found: the validation pages are third-party text kept outside the project")
    from generator.quality.evaluate import reading_report

    return reading_report(SHARED, ROOT, ("validation",))["validation"]


def test_split_rule():
    from generator.quality.evaluate import is_validation

    assert is_validation("102") and is_validation("225") and not is_validation("101") and not is_validation("224")


@pytest.mark.parametrize("figure", sorted(TARGETS))
def test_validation_figure_not_below_floor(validation, figure):
    assert figure in validation, f"score.py no longer reports {figure}"
    assert validation[figure] >= FLOORS[figure], (
        f"{figure} on the validation split is {validation[figure]:.3f}, below its floor {FLOORS[figure]:.3f} "
        f"(target {TARGETS[figure]}); run 'make evaluate' and 'generator explain' on the pages that changed")


# --------------------------------------------------------------------------- tests/blind
# A second held-out set (tests/blind/README.md): 30 articles written blind in round 4, on outlets and
# layouts the rules were not written for, with gold written from the text before the generator ran.
# The figures are printed (pytest -s, or -rA); the test fails when the set or the scorer's table is broken
# or a figure falls more than 0.05 below BLIND_MEASURED. Held out like the validation
# split: GENERATOR_HOLD_OUT=1 skips it so rule writers never see its figures while they tune.

# The blind set's figures at the end of round 6 (2026-11-28 02:47 UTC). Not a clean held-out measure any
# more: the kinds of its failures (never its texts) were handed to rule writers in rounds 4 and 5.
# Latest: measured on main at the end of round 10 (3a26204, 2026-11-28 16:26 UTC); the floor is 0.05 under it.
BLIND_MEASURED = {"title_acc": 0.967, "date_acc": 1.000, "source_acc": 0.833, "author_acc": 1.000, "people_f1": 0.968,
                  "countries_f1": 0.994, "agreements_f1": 0.899, "signed_acc": 0.935, "event_date_acc": 1.000,
                  "where_acc": 0.933, "participant_acc": 0.957}
BLIND_FIGURES = ("title_acc", "date_acc", "source_acc", "author_acc", "people_f1", "countries_f1",
                 "agreements_f1", "signed_acc", "event_date_acc", "where_acc", "participant_acc")


def _check_blind_set(name: str, measured: dict[str, float], note: str = "") -> None:
    """Score the written-blind set tests/NAME with the shared scorer, print its table, and fail when the
    set, its gold or the scorer's table is broken or a figure falls more than 0.05 below ``measured``."""
    if os.environ.get("GENERATOR_HOLD_OUT") == "1" and os.environ.get("CI") != "true":
        pytest.skip(f"GENERATOR_HOLD_OUT=1: tests/{name} is held out while rules are tuned")
    if not (SHARED / "tools" / "score.py").exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{SHARED}/tools/score.py is missing: CI runs with shared/ beside the project")
        pytest.skip(f"{SHARED}/tools/score.py not found: tests/{name} is scored with the shared scorer")
    from generator.quality.evaluate import project_set, reading_report, reading_table

    split = f"tests/{name}"
    texts, gold = project_set(ROOT, split)
    assert len(texts) == len(gold) >= 30, f"{ROOT / split}: expected at least 30 articles, each with gold"
    report = reading_report(SHARED, ROOT, (split,))
    figures = report[split]
    print("\n" + reading_table(report) + (f"\n{note}" if note else ""))
    missing = [f for f in BLIND_FIGURES if f not in figures]
    assert not missing, f"score.py reported no {', '.join(missing)} for {split} (is the gold complete?)"
    assert figures["language_acc"] == 1.0, f"a {split} article's language was misread"
    assert all(0.0 <= figures[f] <= 1.0 for f in BLIND_FIGURES)
    low = {f: (figures[f], measured[f]) for f in measured if figures[f] < measured[f] - 0.05}
    assert not low, f"{split} fell more than 0.05 below its recorded figures (now, then): {low}"


def test_blind_figures():
    _check_blind_set("blind", BLIND_MEASURED)


# --------------------------------------------------------------------------- tests/blind2
# Round 5's held-out set (tests/blind2/README.md): 30 more articles (20 English, 10 Russian) written blind
# on other invented outlets and layouts than tests/blind, gold written from the text before the generator
# ran. Clean until the end of round 5; in round 6 the kinds of its failures (never its texts) were handed to
# rule writers, so its round-6 figures are an upper bound, like tests/blind's. The figures are printed
# (pytest -s, or -rA); the test fails when the set, its gold or the scorer's table is broken, or a figure
# falls more than 0.05 below the end-of-round-6 measurement.
# GENERATOR_HOLD_OUT=1 skips it, like the validation guard.

# First measurement: main at 821afd5, before round 5's work (2026-11-27, ~21:57 UTC). For the record only,
# not asserted.
BLIND2_BEFORE_R5 = {"title_acc": 0.767, "date_acc": 0.700, "source_acc": 0.633, "author_acc": 0.600, "people_f1": 0.904,
                    "countries_f1": 0.995, "agreements_f1": 0.881, "signed_acc": 0.725, "event_date_acc": 0.633,
                    "where_acc": 0.867, "participant_acc": 0.904}
# End of round 5 (2026-11-27 23:45 UTC, still clean then), for the record:
# title 0.833, date 0.800, source 0.733, author 0.733, people 0.909, countries 0.995, agreements 0.881,
# signed 0.745, event date 0.733, where 0.867, participant 0.895.
# Measured on main at the end of round 6 (2026-11-28 02:47 UTC), once; the floor is 0.05 under it.
# Latest: measured on main at the end of round 10 (3a26204, 2026-11-28 16:26 UTC); the floor is 0.05 under it.
BLIND2_MEASURED = {"title_acc": 0.933, "date_acc": 0.933, "source_acc": 0.967, "author_acc": 0.933, "people_f1": 0.990,
                   "countries_f1": 1.000, "agreements_f1": 0.930, "signed_acc": 0.759, "event_date_acc": 0.900,
                   "where_acc": 0.900, "participant_acc": 0.902}


def test_blind2_figures():
    _check_blind_set("blind2", BLIND2_MEASURED,
                     "before round 5 (821afd5): " + " ".join(f"{k}={v:.3f}" for k, v in BLIND2_BEFORE_R5.items()))


# --------------------------------------------------------------------------- tests/blind3
# Round 6's held-out set (tests/blind3/README.md): 30 more articles (20 English, 10 Russian) written blind
# on other invented outlets than tests/blind and tests/blind2, weighted toward the kinds of outlet most
# common in this field (ministry and armed-forces press pages, state news agencies, aggregators and regional
# portals reposting their copy), gold written from the text before the generator ran. Clean while rule
# writers have seen neither its texts nor the kinds of its failures. The figures are printed (pytest -s, or
# -rA); the test fails when the set, its gold or the scorer's table is broken, or a figure falls more than
# 0.05 below the end-of-round-6 measurement (BLIND3_MEASURED). GENERATOR_HOLD_OUT=1 skips it.

# First measurement: main at 010a5b3, before round 6's work (2026-11-28, ~00:59 UTC), after two gold
# corrections by the conventions (tests/blind3/README.md). For the record only, not asserted.
BLIND3_BEFORE_R6 = {"title_acc": 0.724, "date_acc": 0.900, "source_acc": 0.733, "author_acc": 0.867, "people_f1": 0.921,
                    "countries_f1": 0.989, "agreements_f1": 0.863, "signed_acc": 0.830, "event_date_acc": 0.733,
                    "where_acc": 0.767, "participant_acc": 0.968}
# End of round 6 (2026-11-28 02:47 UTC, clean then): title 0.759, date 0.933, source 0.833, author 0.867,
# people 0.926, countries 0.989, agreements 0.874, signed 0.830, event date 0.800, where 0.767, participant 0.968.
# Round 7's rule writers were given the KINDS of its failures, so it is now an upper bound like tests/blind2.
# Measured on main at the end of round 7 (2026-11-28 06:40 UTC), once; the floor is 0.05 under it.
# Latest: measured on main at the end of round 10 (3a26204, 2026-11-28 16:26 UTC); the floor is 0.05 under it.
BLIND3_MEASURED = {"title_acc": 0.897, "date_acc": 1.000, "source_acc": 1.000, "author_acc": 0.967, "people_f1": 0.985,
                   "countries_f1": 1.000, "agreements_f1": 0.929, "signed_acc": 0.812, "event_date_acc": 0.967,
                   "where_acc": 0.833, "participant_acc": 0.969}


def test_blind3_figures():
    _check_blind_set("blind3", BLIND3_MEASURED,
                     "before round 6 (010a5b3): " + " ".join(f"{k}={v:.3f}" for k, v in BLIND3_BEFORE_R6.items()))


# --------------------------------------------------------------------------- tests/blind4
# Round 7's held-out set (tests/blind4/README.md): 30 more articles (20 English, 10 Russian) written blind as
# scraped pages of invented outlets, shaped on the structure of real scraped pages (chrome before the headline
# and after the body, glued and hard-wrapped lines, cookie banners, paywalls, comment sections, dated related
# lists), gold written from the text before the generator ran. Clean while rule writers have seen neither its
# texts nor the kinds of its failures. The figures are printed (pytest -s, or -rA); the test fails when the set,
# its gold or the scorer's table is broken, or a figure falls more than 0.05 below the end-of-round-7 measurement.
# GENERATOR_HOLD_OUT=1 skips it, like the validation guard.

# First measurement: main at 07ea2d9, before round 7's work (2026-11-28 ~04:44 UTC), after one gold correction
# by the conventions (tests/blind4/README.md; countries was 0.995 before it). For the record only, not asserted.
BLIND4_BEFORE_R7 = {"title_acc": 0.786, "date_acc": 0.933, "source_acc": 0.867, "author_acc": 0.967, "people_f1": 0.945,
                    "countries_f1": 1.000, "agreements_f1": 0.931, "signed_acc": 0.796, "event_date_acc": 0.767,
                    "where_acc": 0.967, "participant_acc": 0.979}
# Measured on main at the end of round 8 (2026-11-28 09:37 UTC), once; the floor is 0.05 under it. An upper
# bound since round 8: the kinds of its failures went to round 8's rule writers, and one gold name was corrected
# by the corpus convention on suffixes ("Ferdinand Marcos Jr." -> Ferdinand Marcos). End of round 7: title 0.786,
# date 0.933, source 0.867, author 1.000, people 0.949, agreements 0.931, signed 0.796, event date 0.800.
# Latest: measured on main at the end of round 10 (3a26204, 2026-11-28 16:26 UTC); the floor is 0.05 under it.
BLIND4_MEASURED = {"title_acc": 0.857, "date_acc": 0.967, "source_acc": 0.967, "author_acc": 1.000, "people_f1": 0.965,
                   "countries_f1": 1.000, "agreements_f1": 0.970, "signed_acc": 0.840, "event_date_acc": 0.900,
                   "where_acc": 1.000, "participant_acc": 1.000}


def test_blind4_figures():
    _check_blind_set("blind4", BLIND4_MEASURED,
                     "before round 7 (07ea2d9): " + " ".join(f"{k}={v:.3f}" for k, v in BLIND4_BEFORE_R7.items()))


# --------------------------------------------------------------------------- tests/blind5
# Round 8's held-out set (tests/blind5/README.md): 30 more articles (18 English, 12 Russian) written blind as
# scraped pages of invented outlets, shaped on the JUDGEMENTS the corpus gold makes on real pages (which outlet
# is the source of reposted or cited copy, which documents count and whether they were signed on the reported
# occasion, who took part, how relative days and multi-day visits date the event), gold written from the text
# before the generator ran. Clean while rule writers have seen neither its texts nor the kinds of its failures.
# The figures are printed (pytest -s, or -rA); the test fails when the set, its gold or the scorer's table is
# broken or a figure falls more than 0.05 below BLIND5_MEASURED. GENERATOR_HOLD_OUT=1 skips it, like the
# validation guard.

# First measurement: main at a0da8d6, before round 8's work (2026-11-28 ~08:47 UTC), re-scored on the same
# predictions after four gold corrections by the conventions (tests/blind5/README.md; people was 0.907 and
# participant 0.860 before them). For the record only, not asserted.
BLIND5_BEFORE_R8 = {"title_acc": 0.929, "date_acc": 0.867, "source_acc": 0.733, "author_acc": 0.733, "people_f1": 0.932,
                    "countries_f1": 0.994, "agreements_f1": 0.797, "signed_acc": 0.815, "event_date_acc": 0.700,
                    "where_acc": 0.800, "participant_acc": 0.864}
# Measured on main at the end of round 8 (2026-11-28 09:37 UTC), once; the floor is 0.05 under it.
# Latest: measured on main at the end of round 10 (3a26204, 2026-11-28 16:26 UTC); the floor is 0.05 under it.
BLIND5_MEASURED = {"title_acc": 1.000, "date_acc": 0.933, "source_acc": 0.967, "author_acc": 0.933, "people_f1": 0.962,
                   "countries_f1": 0.994, "agreements_f1": 0.853, "signed_acc": 0.797, "event_date_acc": 0.800,
                   "where_acc": 0.800, "participant_acc": 0.887}


def test_blind5_figures():
    _check_blind_set("blind5", BLIND5_MEASURED,
                     "before round 8 (a0da8d6): " + " ".join(f"{k}={v:.3f}" for k, v in BLIND5_BEFORE_R8.items()))


# --------------------------------------------------------------------------- tests/blind6
# Round 9's held-out set (tests/blind6/README.md): 30 more articles (18 English, 12 Russian) written blind as
# scraped pages of invented outlets from regions the earlier sets used little (Latin America, Africa, South-East
# Asia, the Balkans, Central Asia, the Gulf), shaped on the judgements the corpus gold makes on real BUILD pages
# (which outlet is the source, which date is the page's, how relative days date the event, where a dateline city
# is or is not the meeting place, which documents count and whether signed, who took part), gold written from the
# text before the generator ran. Clean while rule writers have seen neither its texts nor the kinds of its
# failures. The figures are printed (pytest -s, or -rA); the test fails when the set, its gold or the scorer's
# table is broken. No floor yet (the lead sets one: BLIND6_MEASURED, a figure more than 0.05 below it fails).
# GENERATOR_HOLD_OUT=1 skips it, like the validation guard.

# First measurement: the code of main at 982561d (main had moved to df1076e, a README-only change), before
# round 9's work (2026-11-28 ~11:18 UTC), re-scored on the same predictions after one gold correction by the
# conventions (tests/blind6/README.md; where was 0.767 before it). For the record only, not asserted.
BLIND6_BEFORE_R9 = {"title_acc": 0.889, "date_acc": 0.900, "source_acc": 0.767, "author_acc": 0.900, "people_f1": 0.947,
                    "countries_f1": 0.980, "agreements_f1": 0.929, "signed_acc": 0.923, "event_date_acc": 0.800,
                    "where_acc": 0.800, "participant_acc": 0.944}
# Measured on main at the end of round 10 (3a26204, 16:26 UTC; an upper bound since round 10's writers were given
# its failure kinds); the floor is 0.05 under it.
BLIND6_MEASURED = {"title_acc": 0.926, "date_acc": 0.933, "source_acc": 0.933, "author_acc": 0.967, "people_f1": 0.978,
                   "countries_f1": 0.993, "agreements_f1": 0.929, "signed_acc": 0.923, "event_date_acc": 0.867,
                   "where_acc": 0.833, "participant_acc": 0.967}


def test_blind6_figures():
    _check_blind_set("blind6", BLIND6_MEASURED,
                     "before round 9 (982561d): " + " ".join(f"{k}={v:.3f}" for k, v in BLIND6_BEFORE_R9.items()))


# --------------------------------------------------------------------------- tests/blind7
# Round 10's held-out set (tests/blind7/README.md): 30 more articles (18 English, 12 Russian) written blind as
# scraped pages of invented outlets from regions the earlier sets used little (the Caucasus, the Baltic and Nordic
# states, East Asia, South Asia, North Africa, the Pacific), shaped on the fields the real VALIDATION split scores
# lowest on (source: ministries, embassies, companies, reposted channels; several documents a page and documents
# not signed; relative and year-less dates; meetings in one city reported from another; roles; who took part),
# gold written from the text before the generator ran. Clean while rule writers have seen neither its texts nor
# the kinds of its failures. The figures are printed (pytest -s, or -rA); the test fails when the set, its gold or
# the scorer's table is broken, or a figure falls more than 0.05 below BLIND7_MEASURED (the end of round 10).
# GENERATOR_HOLD_OUT=1 skips it, like the validation guard.

# First measurement: main at 9281bef, before round 10's work was merged (2026-11-28 ~15:16 UTC), re-scored on the
# same code after the gold corrections by the conventions listed in tests/blind7/README.md (countries was 0.940,
# agreements 0.757, signed 0.857 and person role 0.703 before them). For the record only, not asserted.
BLIND7_BEFORE_R10 = {"title_acc": 0.821, "date_acc": 0.933, "source_acc": 0.467, "author_acc": 1.000, "people_f1": 0.876,
                     "countries_f1": 0.967, "agreements_f1": 0.796, "signed_acc": 0.841, "event_date_acc": 0.833,
                     "where_acc": 0.833, "participant_acc": 0.946}
# Measured on main at the end of round 10 (3a26204, 2026-11-28 16:26 UTC), once; the floor is 0.05 under it.
BLIND7_MEASURED = {"title_acc": 0.857, "date_acc": 0.933, "source_acc": 0.467, "author_acc": 1.000, "people_f1": 0.876,
                   "countries_f1": 0.967, "agreements_f1": 0.796, "signed_acc": 0.841, "event_date_acc": 0.833,
                   "where_acc": 0.833, "participant_acc": 0.946}


def test_blind7_figures():
    _check_blind_set("blind7", BLIND7_MEASURED,
                     "before round 10 (9281bef): " + " ".join(f"{k}={v:.3f}" for k, v in BLIND7_BEFORE_R10.items()))


# --------------------------------------------------------------------------- tests/blind8
# Round 11's held-out set (tests/blind8/README.md): 30 more articles (18 English, 12 Russian) written blind as
# scraped pages of invented outlets from regions tests/blind7 did not use (the Western Balkans, Central Europe, the
# Gulf, West and East Africa, Latin America, South-East Asia, Central Asia), shaped on the fields the real
# VALIDATION split scores lowest on (source: ministries, armed forces, embassies, a defence company, reposted
# Telegram channels, outlets citing agencies; several documents a page, signed earlier, drafted or due later;
# relative and year-less dates, a crawl-time clock; meetings in one city reported from another; roles, ranks and
# each person's country; who took part), gold written from the text before the generator ran. Clean while rule
# writers have seen neither its texts nor the kinds of its failures. The figures are printed (pytest -s, or -rA);
# the test fails when the set, its gold or the scorer's table is broken. A figure more than 0.05 below
# BLIND8_MEASURED fails. GENERATOR_HOLD_OUT=1 skips it, like the validation guard.

# First measurement: main at 2922794 (2026-11-28 20:05 UTC), once, no gold correction. For the record only, not
# asserted. Person country 0.788, role 0.859, rank 0.990 (the figures evaluate-reading adds).
BLIND8_BEFORE_R11 = {"title_acc": 0.926, "date_acc": 0.933, "source_acc": 0.767, "author_acc": 0.933, "people_f1": 0.943,
                     "countries_f1": 0.985, "agreements_f1": 0.969, "signed_acc": 0.794, "event_date_acc": 0.867,
                     "where_acc": 0.967, "participant_acc": 0.960}
# Measured on main at the end of round 12 (1405f67, 2026-11-28 23:40 UTC), once, after its failure kinds went to
# rule writers (so an upper bound now, not a clean estimate); the floor is 0.05 under it.
BLIND8_MEASURED = {"title_acc": 0.926, "date_acc": 0.933, "source_acc": 0.767, "author_acc": 0.933, "people_f1": 0.948,
                   "countries_f1": 0.985, "agreements_f1": 0.969, "signed_acc": 0.794, "event_date_acc": 0.867,
                   "where_acc": 0.967, "participant_acc": 0.960}


def test_blind8_figures():
    _check_blind_set("blind8", BLIND8_MEASURED,
                     "before round 11 (2922794): " + " ".join(f"{k}={v:.3f}" for k, v in BLIND8_BEFORE_R11.items()))


# --------------------------------------------------------------------------- tests/blind9
# Round 13's held-out set (tests/blind9/README.md): 30 more articles (18 English, 12 Russian) written blind as
# scraped pages of invented outlets from regions the two sets before it did not use (Southern Europe, South-East
# Europe, the Levant and Iraq, Egypt and Sudan, Southern Africa, Turkey and Iran, North America and the Caribbean,
# Australia), shaped on the fields the real VALIDATION split scores lowest on (source: ministry sites, a department's
# statement, embassy pages, defence companies, Telegram reposts, mastheads beside cited ministries and agencies;
# several documents a page, signed earlier, drafted, discussed or due later; relative and year-less dates, crawl-time
# clocks, day-first numeric stamps; meetings in one city reported from another; roles, ranks and each person's
# country; who took part), gold written from the text before the generator ran. Clean while rule writers have seen
# neither its texts nor the kinds of its failures. The figures are printed (pytest -s, or -rA); the test fails when
# the set, its gold or the scorer's table is broken, or a figure falls more than 0.05 below BLIND9_MEASURED. GENERATOR_HOLD_OUT=1 skips it, like the validation guard.

# First measurement: main at 6afe1c1 (2026-11-29 ~01:20 UTC), once, re-scored on the same code after the gold
# corrections by the conventions listed in the gold files ('# GOLD CORRECTION:'; source was 0.567, where 0.767,
# agreements 0.930, signed 0.853 and participant 0.927 before them). For the record only, not asserted.
# Person country 0.802, role 0.760, rank 0.958 (the figures evaluate-reading adds).
BLIND9_BEFORE_R13 = {"title_acc": 0.857, "date_acc": 0.900, "source_acc": 0.767, "author_acc": 0.967, "people_f1": 0.950,
                     "countries_f1": 1.000, "agreements_f1": 0.944, "signed_acc": 0.857, "event_date_acc": 0.900,
                     "where_acc": 0.800, "participant_acc": 0.938}
# Measured on main at the end of round 13 (478bd6e, 2026-11-29 02:35 UTC), once; still clean then: every figure as
# at 6afe1c1. Latest: measured at the end of round 14 (cafe5fc, 2026-11-29 06:20 UTC), an upper bound now (round 14's
# rule writers were given its failure kinds: people 0.950 -> 0.990, where 0.800 -> 0.900, signed 0.857 -> 0.886,
# person country 0.802 -> 0.827, role 0.760 -> 0.806, rank 0.958 -> 1.000). The floor is 0.05 under it.
BLIND9_MEASURED = {"title_acc": 0.857, "date_acc": 0.900, "source_acc": 0.767, "author_acc": 0.967, "people_f1": 0.990,
                   "countries_f1": 1.000, "agreements_f1": 0.944, "signed_acc": 0.886, "event_date_acc": 0.900,
                   "where_acc": 0.900, "participant_acc": 0.949}


def test_blind9_figures():
    _check_blind_set("blind9", BLIND9_MEASURED,
                     "before round 13 (6afe1c1): " + " ".join(f"{k}={v:.3f}" for k, v in BLIND9_BEFORE_R13.items()))


# --------------------------------------------------------------------------- tests/blind10
# Round 14's held-out set (tests/blind10/README.md): 30 more articles (18 English, 12 Russian) written blind as
# scraped pages of invented outlets from regions the three sets before it did not use (Western Europe: France,
# Germany, the Benelux, the UK, Ireland; Ukraine, Belarus and Moldova with Russia in Russian-language outlets;
# Mongolia; Pakistan and Afghanistan; the Sahel; the Horn of Africa; the Andean states; New Zealand and the Pacific
# islands; Scandinavia and the Arctic), shaped on the fields the real VALIDATION split scores lowest on (source:
# ministry sites, a directorate's communique, an embassy page, a defence company, Telegram reposts, a newsletter,
# mastheads beside cited ministries; several documents a page, signed earlier, drafted, negotiated or due later;
# relative and year-less dates, a crawl-time clock, a calendar beside its Gregorian date, day-first stamps; meetings
# in one city reported from another; roles, ranks and each person's country; who took part), gold written from the
# text before the generator ran. Clean while rule writers have seen neither its texts nor the kinds of its failures.
# The figures are printed (pytest -s, or -rA); the test fails when the set, its gold or the scorer's table is broken,
# or a figure falls more than 0.05 below BLIND10_MEASURED. GENERATOR_HOLD_OUT=1 skips it, like the validation guard.

# First measurement: main at 177ff29 (2026-11-29 ~04:47 UTC), before round 14's work, re-scored on the same code
# after the gold corrections by the conventions marked '# GOLD CORRECTION:' in the gold files (Norway's code NO was
# unquoted, so YAML read it as false: countries was 0.922, agreements 0.700, signed 0.705 and person country 0.727
# before; one 'where' named no city: where was 0.867). For the record only, not asserted.
# Person country 0.782, role 0.745, rank 0.991 (the figures evaluate-reading adds).
BLIND10_BEFORE_R14 = {"title_acc": 0.821, "date_acc": 1.000, "source_acc": 0.733, "author_acc": 0.833, "people_f1": 0.902,
                      "countries_f1": 0.974, "agreements_f1": 0.767, "signed_acc": 0.708, "event_date_acc": 0.967,
                      "where_acc": 0.900, "participant_acc": 0.909}
# Latest: measured at the end of round 15 (dd8f451, 2026-11-29 09:30 UTC), once; an upper bound now (round 15's rule
# writers were given its failure kinds, in words). Against the end of round 14: people 0.918 -> 0.967, agreements
# 0.760 -> 0.820, signed 0.694 -> 0.679, author 0.833 -> 1.000, source 0.733 -> 0.867, title 0.821 -> 0.929,
# event date 0.967 -> 1.000, where 0.900 -> 0.933, participant 0.911 -> 0.957, person country 0.768 -> 0.872, role
# 0.741 -> 0.855 (three ambassadors' gold roles lost 'to <State>' by the corpus convention), rank 0.991 -> 0.983.
# The floor is 0.05 under it.
BLIND10_MEASURED = {"title_acc": 0.929, "date_acc": 1.000, "source_acc": 0.867, "author_acc": 1.000, "people_f1": 0.967,
                    "countries_f1": 0.993, "agreements_f1": 0.820, "signed_acc": 0.679, "event_date_acc": 1.000,
                    "where_acc": 0.933, "participant_acc": 0.957}


def test_blind10_figures():
    _check_blind_set("blind10", BLIND10_MEASURED,
                     "before round 14 (177ff29): " + " ".join(f"{k}={v:.3f}" for k, v in BLIND10_BEFORE_R14.items()))


# --------------------------------------------------------------------------- tests/blind11
# Round 15's held-out set (tests/blind11/README.md): 30 more articles (17 English, 13 Russian) written blind as
# scraped pages of invented outlets from regions the sets before it did not use (the South Caucasus with Turkey,
# Israel, Pakistan, Russia, India and France, about a third of the set; Central Asia with China, Russia and India;
# the Southern Cone; Korea, Japan and the Philippines; the Gulf and the Eastern Mediterranean; Vietnam, Laos,
# Myanmar, Algeria and Egypt with Russia in Russian-language outlets), shaped on the fields the real VALIDATION
# split scores lowest on (source: ministry and embassy sites, a security council's page, a defence company's release,
# Telegram reposts with a 'Source:' line, agencies cited by papers, portals that never name themselves; several
# documents a page, signed earlier, drafted, planned or under negotiation; relative and year-less dates; meetings
# in one city reported from another; roles, ranks and each person's country; who took part), gold written from the
# text before the generator ran. Clean while rule writers have seen neither its texts nor the kinds of its failures.
# The figures are printed (pytest -s, or -rA); the test fails when the set, its gold or the scorer's table is
# broken, or a figure falls more than 0.05 below BLIND11_MEASURED. GENERATOR_HOLD_OUT=1 skips it, like the validation guard.

# First measurement: main at 167d216 (2026-11-29 ~08:16 UTC), before round 15's work, after the gold corrections
# marked '# GOLD CORRECTION:' (four ambassadors' roles had kept their posting, 'Ambassador to Egypt'; role was
# 0.847 before). For the record only, not asserted.
# Person country 0.941, role 0.882, rank 0.976 (the figures evaluate-reading adds).
BLIND11_BEFORE_R15 = {"title_acc": 1.000, "date_acc": 0.967, "source_acc": 0.700, "author_acc": 0.967, "people_f1": 0.929,
                      "countries_f1": 1.000, "agreements_f1": 0.950, "signed_acc": 0.917, "event_date_acc": 0.967,
                      "where_acc": 0.933, "participant_acc": 0.953}
# The floor: empty until the lead records a measurement (then 0.05 under it, like the sets before).
# Measured on main at the end of round 15 (dd8f451, 2026-11-29 09:30 UTC), once; still clean (no rule writer has seen
# its texts or its failure kinds). Every figure the same as the first measurement: round 15's rules, written for
# tests/blind10's kinds, moved nothing here. Person country 0.941, role 0.882, rank 0.976. The floor is 0.05 under it.
# Round 16 gave its failure kinds (in words, not its texts) to the round's rule writers: from then on an upper bound,
# not a clean measure. Measured once at the end of round 16 (main at 77d081f, 2026-11-29 13:08 UTC): source 0.700 ->
# 0.867, people 0.929 -> 0.989, author, date, event date and where to 1.000, participant 0.953 -> 0.989, agreements
# 0.950 -> 0.960; person country 0.941 -> 0.956, role 0.882 -> 0.922, rank 0.976 -> 1.000. The floor is 0.05 under it.
# Measured again at the end of round 17 (main at a921d1a): source 0.867 -> 0.833 (Russian outlet names transliterated
# again, as the corpus gold writes them; this set's gold translated one), agreements 0.960 -> 0.940 (a Korean
# officer's state now read, which gave a document a third side), person country 0.978.
BLIND11_MEASURED = {"title_acc": 1.000, "date_acc": 1.000, "source_acc": 0.833, "author_acc": 1.000, "people_f1": 0.989,
                    "countries_f1": 1.000, "agreements_f1": 0.940, "signed_acc": 0.915, "event_date_acc": 1.000,
                    "where_acc": 1.000, "participant_acc": 0.989}


def test_blind11_figures():
    _check_blind_set("blind11", BLIND11_MEASURED,
                     "before round 15 (167d216): " + " ".join(f"{k}={v:.3f}" for k, v in BLIND11_BEFORE_R15.items()))


# --------------------------------------------------------------------------- tests/blind12
# Round 16's held-out set (tests/blind12/README.md): 30 more articles (18 English, 12 Russian) written blind as
# scraped pages of invented outlets from regions and layouts the sets before it did not use (the South Caucasus with
# Iran, Ukraine, Kazakhstan, Serbia, Italy, Lithuania, Poland, Hungary, Estonia and Belarus, in English; Belarus,
# Kyrgyzstan, Tajikistan, Turkmenistan, Mongolia, Kazakhstan, Uzbekistan, Azerbaijan and Armenia with Russia, China,
# Iran and each other, in Russian; Nigeria, Kenya, South Africa, Malaysia and Indonesia, Vietnam and Thailand, Poland
# and Lithuania, Colombia and Spain, Mexico and the US, in English), made as messy as the real BUILD pages (clocks,
# currency and weather widgets, related lists with other dates, ' date … By …' headers, two-digit-year and day-first
# stamps, time zones, 'Source:'/'Источник:' lines, an aggregator repost, a Telegram repost, ministry and embassy
# pages, agency datelines inside papers) and shaped on the fields the real VALIDATION split scores lowest on, gold
# written from the text before the generator ran. Clean while rule writers have seen neither its texts nor the kinds
# of its failures. The figures are printed (pytest -s, or -rA); the test fails when the set, its gold or the scorer's
# table is broken, or a figure falls more than 0.05 below BLIND12_MEASURED. GENERATOR_HOLD_OUT=1 skips it, like the
# validation guard.

# First measurement: main at d6f5001 (2026-11-29 ~11:29 UTC), before round 16's work; no gold correction was needed.
# For the record only, not asserted.
# Person country 0.922, role 0.897, rank 1.000 (the figures evaluate-reading adds).
BLIND12_BEFORE_R16 = {"title_acc": 0.900, "date_acc": 0.900, "source_acc": 0.700, "author_acc": 0.900, "people_f1": 0.987,
                      "countries_f1": 0.993, "agreements_f1": 0.957, "signed_acc": 0.873, "event_date_acc": 0.867,
                      "where_acc": 1.000, "participant_acc": 0.940}
# Measured once at the end of round 16 (main at 77d081f, 2026-11-29 13:08 UTC), still clean (no rule writer has seen its
# texts or its failure kinds): source 0.700 -> 0.767, people 0.987 -> 0.992, participant 0.940 -> 0.949; every other
# figure the same. Person country 0.922 -> 0.923, role 0.897 -> 0.915, rank 1.000. The floor is 0.05 under it.
# Round 17 gave its failure kinds (in words, not its texts) to the round's rule writers: from then on an upper bound.
# Measured once at the end of round 17 (main at a921d1a, 2026-11-29 16:34 UTC): title 0.900 -> 1.000, date 0.900 ->
# 1.000, source 0.767 -> 0.933, author 0.900 -> 0.967, people 0.992 -> 1.000, countries 1.000, agreements 0.957 ->
# 0.991, event date 0.867 -> 0.967, participant 0.949 -> 1.000, signed 0.873 -> 0.860; person country 0.932, role
# 0.949, rank 1.000. The floor is 0.05 under it.
BLIND12_MEASURED = {"title_acc": 1.000, "date_acc": 1.000, "source_acc": 0.933, "author_acc": 0.967, "people_f1": 1.000,
                    "countries_f1": 1.000, "agreements_f1": 0.991, "signed_acc": 0.860, "event_date_acc": 0.967,
                    "where_acc": 1.000, "participant_acc": 1.000}


def test_blind12_figures():
    _check_blind_set("blind12", BLIND12_MEASURED,
                     "before round 16 (d6f5001): " + " ".join(f"{k}={v:.3f}" for k, v in BLIND12_BEFORE_R16.items()))


# --------------------------------------------------------------------------- tests/blind13
# Round 17's held-out set (tests/blind13/README.md): 30 more articles (18 English, 12 Russian) written blind as
# scraped pages of invented outlets, in the judge's mix (South Caucasus with Pakistan, Jordan, Uzbekistan, Romania,
# Turkey, Greece, Latvia, India and Cyprus in English; Kazakhstan-Uzbekistan, Russia with Laos, Myanmar, Vietnam, India,
# Azerbaijan and Armenia, Belarus-Kyrgyzstan, Tajikistan-Kazakhstan, Armenia-France, Kyrgyzstan-China and
# Turkmenistan-Azerbaijan in Russian; Ghana-Egypt, Tanzania-India, Philippines-Japan, Bangladesh-Sri Lanka,
# Chile-Peru, Croatia-Slovakia, Finland-Norway, Bangladesh-Turkey and Tanzania-China in English) and in layouts the
# earlier sets did not use (print editions turned to text with hyphenated breaks, a live blog, interviews with Q/A,
# photo galleries with numbered captions, 'For immediate release' press releases, AMP pages with the title twice, a
# cache header with a crawl time, a monthly magazine with a month-only date), gold written from the text before the
# generator ran. Clean while rule writers have seen neither its texts nor the kinds of its failures. The figures are
# printed (pytest -s, or -rA); the test fails when the set, its gold or the scorer's table is broken, or a figure falls
# more than 0.05 below BLIND13_MEASURED. GENERATOR_HOLD_OUT=1 skips it, like the validation guard.

# First measurement: main at c602998 (2026-11-29 ~14:38 UTC), before round 17's work was merged; no gold correction
# was needed. For the record only, not asserted.
# Person country 0.950, role 0.832, rank 0.960 (the figures evaluate-reading adds).
BLIND13_BEFORE_R17 = {"title_acc": 0.933, "date_acc": 0.867, "source_acc": 0.800, "author_acc": 0.867, "people_f1": 0.910,
                      "countries_f1": 1.000, "agreements_f1": 0.948, "signed_acc": 0.821, "event_date_acc": 0.833,
                      "where_acc": 0.833, "participant_acc": 0.960}
# Measured once at the end of round 17 (main at a921d1a, 2026-11-29 16:34 UTC), still clean (no rule writer has seen
# its texts or its failure kinds): date 0.867 -> 0.933, source 0.800 -> 0.867, author 0.867 -> 0.900, event date
# 0.833 -> 0.900; every other figure the same (people 0.910, agreements 0.948, signed 0.821, where 0.833, participant
# 0.960). Person country 0.950, role 0.832, rank 0.960. The floor is 0.05 under it.
# Re-measured at the end of round 18 (main at 423e8f5), no longer clean: its failure kinds went, in words, to
# round 18's rule writers, so these figures are an upper bound like blind7 ... blind12's.
BLIND13_MEASURED = {"title_acc": 1.000, "date_acc": 1.000, "source_acc": 0.967, "author_acc": 1.000, "people_f1": 0.986,
                    "countries_f1": 1.000, "agreements_f1": 0.966, "signed_acc": 0.895, "event_date_acc": 1.000,
                    "where_acc": 0.933, "participant_acc": 0.972}


def test_blind13_figures():
    _check_blind_set("blind13", BLIND13_MEASURED,
                     "before round 17 (c602998): " + " ".join(f"{k}={v:.3f}" for k, v in BLIND13_BEFORE_R17.items()))


# --------------------------------------------------------------------------- tests/blind14
# Round 18's held-out set (tests/blind14/README.md): 30 more articles (18 English, 12 Russian) written blind as
# scraped pages of invented outlets, in the judge's mix (Azerbaijan with Italy, Kazakhstan, Serbia and Bulgaria, Georgia
# with Poland, the UK and Lithuania, Armenia with Iran, the US and Italy in English; Russia-Mongolia, Belarus-China,
# Kazakhstan-Turkey, Uzbekistan-Pakistan, Kyrgyzstan-Tajikistan, Russia-Algeria, Russia-Indonesia, Belarus-Azerbaijan,
# Azerbaijan-Uzbekistan, Kazakhstan-Kyrgyzstan, Turkmenistan-Turkey and Kazakhstan-China in Russian; Kenya-Morocco,
# Senegal-Portugal, Indonesia-Netherlands, Colombia-Mexico, Estonia-Poland, Malaysia-New Zealand, Nepal-Mongolia and
# Brazil-Indonesia in English) and in layouts the earlier sets did not use (Wayback Machine captures, printer-friendly
# dumps with 'Printed on', reader-mode dumps, 'Listen to this article', paywall cuts, inline 'ADVERTISEMENT' lines,
# author bio boxes, tag lists with people's names, newsletter digests where the article is one item, Telegram channel
# exports, 'Translated from …' notes, a headline repeated as the first body line), gold written from the text before
# the generator ran. Clean while rule writers have seen neither its texts nor the kinds of its failures. The figures
# are printed (pytest -s, or -rA); the test fails when the set, its gold or the scorer's table is broken, or a figure
# falls more than 0.05 below BLIND14_MEASURED. GENERATOR_HOLD_OUT=1 skips it, like the validation guard.

# First measurement: main's code at d0a391d (2026-11-29 ~17:40 UTC), before round 18's work was merged; no gold
# correction was needed. For the record only, not asserted.
# Person country 0.943, role 0.933, rank 0.981 (the figures evaluate-reading adds).
BLIND14_BEFORE_R18 = {"title_acc": 0.833, "date_acc": 0.867, "source_acc": 0.767, "author_acc": 0.967, "people_f1": 0.950,
                      "countries_f1": 0.963, "agreements_f1": 0.943, "signed_acc": 0.836, "event_date_acc": 0.833,
                      "where_acc": 0.933, "participant_acc": 0.962}
# Measured once at the end of round 18 (main at 423e8f5, 2026-11-29 19:46 UTC), still clean (no rule writer has seen
# its texts or its failure kinds): participant 0.962 -> 0.971, people 0.950 -> 0.941 (person country 0.943 -> 0.933);
# every other figure the same. The floor is 0.05 under it.
# Round 19 wrote rules on its failure kinds (an upper bound from then on); re-measured at the end of round 19 (7cf69f9).
BLIND14_MEASURED = {"title_acc": 0.933, "date_acc": 0.933, "source_acc": 0.933, "author_acc": 1.000, "people_f1": 0.969,
                    "countries_f1": 0.969, "agreements_f1": 1.000, "signed_acc": 0.841, "event_date_acc": 0.933,
                    "where_acc": 0.933, "participant_acc": 0.991}


def test_blind14_figures():
    _check_blind_set("blind14", BLIND14_MEASURED,
                     "before round 18 (d0a391d): " + " ".join(f"{k}={v:.3f}" for k, v in BLIND14_BEFORE_R18.items()))


# --------------------------------------------------------------------------- tests/blind15
# Round 19's held-out set (tests/blind15/README.md): 30 more articles (20 English, 10 Russian) written blind as
# scraped pages of invented outlets, in the judge's mix (Azerbaijan with Pakistan, Turkey, Uzbekistan and Israel,
# Georgia with France, Germany and Moldova, Armenia with India, Greece and Cyprus in English; Russia-Laos,
# Russia-Vietnam, Belarus-Russia, Kazakhstan-Uzbekistan, Tajikistan-China, Armenia-Russia, Belarus-Vietnam,
# Russia-Myanmar, Kyrgyzstan-Uzbekistan and Tajikistan-Russia in Russian; Philippines-Japan, Australia-Vietnam,
# Ghana-Nigeria, Egypt-Greece, Finland-Sweden, Chile-Peru, Thailand-Bangladesh, Qatar-Italy, Bangladesh-China and
# Poland-Sweden in English) and in layouts the earlier sets did not use (AMP pages with very short lines, aggregator
# cards, PDF press releases with a letterhead and a reference number, social-media post exports, live blogs,
# question-and-answer interviews, photo galleries with numbered captions, RSS item dumps, machine-translated pages,
# a Russian page with an English summary, a footer-only stamp, forum reposts with the poster's signature), gold
# written from the text before the generator ran. Clean while rule writers have seen neither its texts nor the kinds
# of its failures. The figures are printed (pytest -s, or -rA); the test fails when the set, its gold or the scorer's
# table is broken, or a figure falls more than 0.05 below BLIND15_MEASURED. GENERATOR_HOLD_OUT=1 skips it, like the
# validation guard.

# First measurement: main's code at 4631cc6 (2026-11-29 ~20:55 UTC), before round 19's work was merged; no gold
# correction was needed. For the record only, not asserted.
# Person country 0.923, role 0.846, rank 0.978 (the figures evaluate-reading adds).
BLIND15_BEFORE_R19 = {"title_acc": 0.520, "date_acc": 0.800, "source_acc": 0.667, "author_acc": 0.767, "people_f1": 0.892,
                      "countries_f1": 0.977, "agreements_f1": 0.901, "signed_acc": 0.754, "event_date_acc": 0.733,
                      "where_acc": 0.967, "participant_acc": 0.945}
# Re-measured at the end of round 19 (main at 7cf69f9; clean then: title 0.520, source 0.667, people 0.898) and at
# the end of round 20 (main at 2d1cd21), when it is an upper bound: round 20's rule writers were given its failure
# kinds. The floor is 0.05 under it.
BLIND15_MEASURED = {"title_acc": 0.920, "date_acc": 0.933, "source_acc": 1.000, "author_acc": 1.000, "people_f1": 0.986,
                    "countries_f1": 1.000, "agreements_f1": 0.993, "signed_acc": 0.779, "event_date_acc": 0.933,
                    "where_acc": 1.000, "participant_acc": 1.000}


def test_blind15_figures():
    _check_blind_set("blind15", BLIND15_MEASURED,
                     "before round 19 (4631cc6): " + " ".join(f"{k}={v:.3f}" for k, v in BLIND15_BEFORE_R19.items()))


# --------------------------------------------------------------------------- tests/blind16
# Round 20's held-out set (tests/blind16/README.md): 30 more articles (20 English, 10 Russian) written blind as
# scraped pages of invented outlets, in the judge's mix (Azerbaijan with Oman, Slovakia and Montenegro, Georgia with
# the Czech Republic, Romania, Bulgaria and the Netherlands, Armenia with Canada, Belgium and the UAE in English;
# Belarus-Venezuela, Russia-Nicaragua, Kazakhstan-Turkmenistan, Belarus-Tajikistan, Russia-Cuba, Kyrgyzstan-Pakistan,
# Uzbekistan-Turkey, Russia-China, Belarus-Iran and Armenia-Georgia in Russian; Singapore-Vietnam, Zimbabwe-Zambia,
# Spain-Morocco, Portugal-Angola, Australia-Papua New Guinea, Lithuania-Germany, Canada-Philippines, Italy-Tunisia,
# Nigeria-Benin and India-Malaysia in English) and in layouts the earlier sets did not use (embargoed releases with
# 'NOTE TO EDITORS', a spokesperson's Q/A briefing transcript, TV news transcripts, OCR'd newspaper scans with two
# columns run together, paginated articles, Facebook and LinkedIn post exports, a blog post with comments, a joint
# statement with numbered clauses, an opinion piece, tables of documents signed, a 'Key dates' box, translate bars,
# news-app share texts, cached search results with the snippet above, a headline only in the HTML title line), gold
# written from the text before the generator ran. Clean while rule writers have seen neither its texts nor the kinds
# of its failures. The figures are printed (pytest -s, or -rA); the test fails when the set, its gold or the scorer's
# table is broken, or a figure falls more than 0.05 below BLIND16_MEASURED. GENERATOR_HOLD_OUT=1 skips it, like the
# validation guard.

# First measurement: main's code at 5d4058d (2026-11-30 ~00:05 UTC), before round 20's work was merged; no gold
# correction was needed. For the record only, not asserted.
# Person country 0.948, role 0.857, rank 0.974 (the figures evaluate-reading adds).
BLIND16_BEFORE_R20 = {"title_acc": 0.821, "date_acc": 0.900, "source_acc": 0.733, "author_acc": 0.933, "people_f1": 0.917,
                      "countries_f1": 0.968, "agreements_f1": 0.835, "signed_acc": 0.935, "event_date_acc": 0.867,
                      "where_acc": 0.933, "participant_acc": 0.987}
# Re-measured once at the end of round 20 (main at 2d1cd21; still clean: nobody writing rules read it or its
# failure kinds): source 0.733 -> 0.767, agreements 0.835 -> 0.846, signed 0.935 -> 0.915. The floor is 0.05 under it.
BLIND16_MEASURED = {"title_acc": 0.821, "date_acc": 0.900, "source_acc": 0.767, "author_acc": 0.933, "people_f1": 0.917,
                    "countries_f1": 0.968, "agreements_f1": 0.846, "signed_acc": 0.915, "event_date_acc": 0.867,
                    "where_acc": 0.933, "participant_acc": 0.987}


def test_blind16_figures():
    _check_blind_set("blind16", BLIND16_MEASURED,
                     "before round 20 (5d4058d): " + " ".join(f"{k}={v:.3f}" for k, v in BLIND16_BEFORE_R20.items()))

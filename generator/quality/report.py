"""Run the pipeline over a folder of articles and score it against gold files."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from generator.build import BuildReport, prepare
from generator.quality.evaluate import Report, load_gold, score_article
from generator.reference.registry import Registry


def predictions(seeds: Path, registry_path: Path | None = None) -> dict[str, dict]:
    """Article stem -> what the generator extracted, in the gold's shape."""
    report = BuildReport()
    archive = prepare(seeds, Registry(registry_path), 2_000_000, report)
    out = {}
    for a in archive.articles:
        f = archive.facts[a.id]
        stem = Path(a.source_path).stem
        out[stem] = {
            "language": a.lang,
            "date": a.date.iso() if a.date else None,
            "author": a.author,
            "source": a.source,
            "title": a.title,
            "title_generated": a.title_generated,
            "people": [{"name": p.name, "country": p.country, "role": p.role, "rank": p.rank,
                        "participant": p.participant} for p in f.people_detail],
            "event_date": f.event_date.iso() if f.event_date else None,
            "where": f.where,
            "countries": list(f.countries),
            "agreements": [asdict(g) for g in f.agreements_detail],
        }
    return out


def run_evaluation(gold_dir: Path, seeds: Path, registry_path: Path | None = None) -> Report:
    gold = load_gold(gold_dir)
    pred = predictions(seeds, registry_path)
    rep = Report()
    for stem, g in sorted(gold.items()):
        if stem not in pred:
            rep.problems.append(f"{stem}: no article built from it")
            rep.articles += 1
            continue
        score_article(stem, g, pred[stem], rep)
    return rep

"""Issue 12, round 5: which reports make an event (resolve/archive.py group_events). Texts of our own."""

from __future__ import annotations

from generator.extract.entities import analyse, extract_one
from generator.model import Article, PartialDate
from generator.reference.registry import Registry
from generator.resolve.archive import build_archive

PUB = PartialDate(2023, 6, 8)


def archive(bodies: dict[str, tuple[str, str]]):
    arts = [Article(aid, f"{aid}.txt", lang, "", True, PUB, None, None, body) for aid, (lang, body) in bodies.items()]
    an = analyse(arts)
    reg = Registry()
    return build_archive(arts, {a.id: extract_one(a, an[a.id], reg) for a in arts}, reg)


def test_an_exercise_only_announced_with_nobody_named_is_no_event():
    ar = archive({
        "drill-en": ("en", "Joint naval drills of Norway and Chile will be held off the coast in the autumn, the navy announced."),
        "drill-ru": ("ru", "Совместные учения армий Норвегии и Чили пройдут осенью на полигоне под Осло, сообщили в министерстве."),
        "met": ("en", "Defence Minister Arvid Tolle met his Chilean counterpart Jonas Meer in Oslo on Tuesday."),
    })
    assert "drill-en" not in ar.event_of and "drill-ru" not in ar.event_of
    assert ar.facts["drill-en"].event_date is None and ar.facts["drill-ru"].event_date is None
    # A meeting that took place, with its people, is an event.
    assert "met" in ar.event_of
    assert ar.events[ar.event_of["met"]].start == PartialDate(2023, 6, 6)


def test_an_exercise_held_is_an_event_even_with_nobody_named():
    ar = archive({"held": ("en", "Joint naval drills of Norway and Chile were held off the coast on Tuesday, the navy said.")})
    assert ar.facts["held"].event_date == PartialDate(2023, 6, 6)
    assert "held" in ar.event_of

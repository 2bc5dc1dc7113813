"""Round 18 robustness: the cost of pathological but plausible pages, and the faults found measuring
it. Every input is made here, in our own words; the bounds are counts of work, not timings."""

from __future__ import annotations

import pytest

from generator.ingest import htmlpage
from generator.ingest.htmlpage import parse_html

EN_PARAS = ["Defence Minister Zakir Hasanov met his Belarusian counterpart Viktor Khrenin in Baku on Tuesday.",
            "The ministers discussed military education, joint exercises and the training of officers.",
            "Khrenin said the two armies would hold a staff exercise near Minsk in the autumn."]
RU_PARAS = ["Министр обороны Азербайджана Закир Гасанов встретился в Баку с министром обороны Беларуси Виктором Хрениным.",
            "Стороны обсудили военное образование, совместные учения и подготовку офицеров.",
            "Хренин сообщил, что осенью армии двух стран проведут штабные учения под Минском."]


def page(lang: str, paras: list[str], wrap_open: str = "", wrap_close: str = "") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>Talks in Baku | Army News Example</title></head>"
            f"<body><h1>Talks in Baku</h1><p>14.05.2024</p>{wrap_open}{body}{wrap_close}</body></html>").encode()


# --------------------------------------------------------------------------- deeply nested HTML

@pytest.mark.parametrize("depth", [300, 10_000])
@pytest.mark.parametrize("closed", [True, False], ids=["closed", "unclosed"])
@pytest.mark.parametrize("lang, paras", [("en", EN_PARAS), ("ru", RU_PARAS)], ids=["en", "ru"])
def test_text_nested_past_the_parsers_depth_limit_is_kept(depth, closed, lang, paras):
    # libxml2 drops everything nested deeper than 255 elements: the page was skipped as empty
    got = parse_html(page(lang, paras, "<div>" * depth, "</div>" * depth if closed else ""), "deep.html")
    for p in paras:
        assert p in got.body
    assert got.lang == lang


def test_a_page_of_ordinary_depth_is_not_flattened(monkeypatch):
    def refuse(raw, *a, **k):
        raise AssertionError("flattened")

    monkeypatch.setattr(htmlpage, "flatten_deep", refuse)
    got = parse_html(page("en", EN_PARAS, "<div>" * 40, "</div>" * 40), "ok.html")
    assert EN_PARAS[0] in got.body


def test_flatten_keeps_all_text_and_the_shallow_tags():
    raw = "<html><body><div class='a'>" + "<span>" * 50 + "x<br>y<p>z</p>" + "</span>" * 50 + "</div></body></html>"
    flat = htmlpage.flatten_deep(raw, limit=10)
    assert flat.startswith("<html><body><div class='a'>")
    assert flat.count("<span>") == 7 and flat.count("</span>") == 7  # html, body, div and 7 spans
    assert "x<br>y" in flat and "z" in flat
    assert htmlpage.flatten_deep(raw, limit=100) == raw


# --------------------------------------------------------------------------- the span index the name rules ask

def test_span_index_answers_as_the_scan_it_replaces():
    import random

    from generator.text.spanindex import SpanIndex

    rnd = random.Random(18)
    for _ in range(200):
        spans = [(s, s + rnd.randint(0, 12)) for s in (rnd.randint(0, 80) for _ in range(rnd.randint(0, 12)))]
        ix = SpanIndex(spans)
        assert list(ix) == spans and len(ix) == len(spans)
        assert ix + [(1, 2)] == spans + [(1, 2)] and [(1, 2)] + ix == [(1, 2)] + spans
        for a in range(0, 95, 3):
            for b in range(a, a + 9, 2):
                assert ix.overlaps(a, b) == any(s < b and a < e for s, e in spans)
                assert ix.covers(a, b) == any(s <= a and b <= e for s, e in spans)
            assert ix.holds(a) == any(s <= a < e for s, e in spans)


# --------------------------------------------------------------------------- work per name: no pairs of all names

FIRST = ["Ali", "Rashad", "Elnur", "Viktor", "Sergei", "Mehmet", "Giorgi", "Arman", "Dauren", "Tural", "Pavel", "Nika"]
LAST = ["Aliyev", "Mammadov", "Huseynov", "Petrov", "Yilmaz", "Demir", "Beridze", "Kapanadze", "Nurlanov",
        "Seitkali", "Hasanli", "Guliyev", "Kozlov", "Orlov", "Novak", "Tanaka", "Garcia", "Brennan", "Okafor",
        "Lindqvist", "Moreau", "Haddad", "Costa", "Kowalski", "Horvat"]


def test_grouping_a_list_of_hundreds_of_names_compares_only_names_that_share_a_word(monkeypatch):
    from generator.extract import people
    from generator.extract.person_mentions import NameMention
    from generator.reference.registry import Registry

    names = [f"{f} {s}" for s in LAST for f in FIRST][:240]
    mentions, at = [], 0
    for n in names:
        mentions.append(NameMention(at, at + len(n), n, n, n.split(), "spacy:PERSON"))
        at += len(n) + 2
    calls = [0]
    real = people._leading_run

    def counted(short, full):
        calls[0] += 1
        return real(short, full)

    monkeypatch.setattr(people, "_leading_run", counted)
    got = people.group(mentions, "en", Registry(None))
    assert sorted(p.name for p in got) == sorted(names)  # nobody merged with anybody
    # before: every name against every other (240 x 239 pairs); now only names sharing a word
    assert calls[0] <= 240 * (len(LAST) + len(FIRST))

"""Round 18 fixpg: the line-end hyphen reads the page's own words before the prefix list, keeps Russian hyphenated
function words and English compound tails; an 'Updated' line bounds the page date only when it is the page's stamp."""
from __future__ import annotations

import pytest

from generator.ingest import columns


def _kh(first, second, words=(), compounds=()):
    return columns.keeps_hyphen(first, second, set(words), set(compounds))


@pytest.mark.parametrize("first, second, words", [
    ("pro", "vince", {"province"}),
    ("co", "mmand", {"command"}),
    ("экс", "перты", {"эксперты"}),
    ("контр", "олёр", {"контролёр"}),
])
def test_the_whole_word_on_the_page_joins_after_a_prefix(first, second, words):
    assert not _kh(first, second, words)


@pytest.mark.parametrize("first, second, compounds", [
    ("ex", "minister", {"ex-minister"}),
    ("co", "chair", {"co-chair"}),
    ("экс", "министр", {"экс-министр"}),
])
def test_the_hyphenated_form_on_the_page_keeps_it(first, second, compounds):
    assert _kh(first, second, compounds=compounds)


@pytest.mark.parametrize("first, second", [
    ("ex", "minister"), ("co", "chair"), ("экс", "министр"), ("контр", "адмирал"),   # the page says nothing
    ("из", "под"), ("по", "русски"), ("по", "немецки"), ("по", "новому"), ("где", "то"), ("какой", "нибудь"),
    ("что", "либо"), ("всё", "таки"), ("кое", "что"), ("чьё", "то"),
    ("Kyiv", "based"), ("NATO", "led"), ("state", "led"), ("Kent", "born"), ("cross", "section"),
])
def test_a_compound_with_no_evidence_on_the_page_keeps_its_hyphen(first, second):
    assert _kh(first, second)


@pytest.mark.parametrize("first, second", [
    ("по", "тому"), ("по", "чему"), ("по", "этому"),   # потому, почему, поэтому
    ("по", "ставки"), ("по", "ездки"),                 # поставки, поездки: no adverb in -ски
    ("мес", "то"), ("чис", "то"), ("ле", "то"),        # место, чисто, лето: no pronoun before -то
    ("cal", "led"), ("control", "led"),                # called, controlled
    ("обо", "роны"), ("двух", "сторонних"),
])
def test_a_word_broken_for_the_width_is_still_joined(first, second):
    assert not _kh(first, second)


# --------------------------------------------------------------------------- the page's own 'Updated' stamp

from types import SimpleNamespace  # noqa: E402

from generator.ingest.pagedates import latest_possible  # noqa: E402
from generator.ingest.reader import parse_text  # noqa: E402
from generator.model import PartialDate as D  # noqa: E402

LEAD = ("Lithuanian Defence Minister Dovile Sakaliene and her Polish counterpart signed a plan of joint air defence "
        "drills in Vilnius, the ministry said.")
MORE = "The plan sets out four drills of the two air forces and an exchange of officers next year."
LEAD_RU = ("Министр обороны Литвы Довиле Шакалене и ее польский коллега подписали в Вильнюсе план совместных учений "
           "противовоздушной обороны, сообщило министерство.")
MORE_RU = "План предусматривает четыре учения военно-воздушных сил двух стран и обмен офицерами."


def _page(*lines):
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("stamp_lines", [
    ["Updated: November 20, 2025", "Published: 12/11/2025"],
    ["Published: 12/11/2025 | Last updated November 20, 2025"],
    ["Published: 12/11/2025", "Page last modified on November 20, 2025"],
])
def test_the_pages_own_stamp_bounds_a_us_numeric_date(stamp_lines):
    p = parse_text(_page("LAKESHORE LEDGER", "Lithuania and Poland sign air defence drill plan", *stamp_lines, LEAD,
                         MORE, "Lakeshore Ledger, Chicago"))
    assert p.date == D(2025, 11, 12), p.why.get("date")


@pytest.mark.parametrize("extra, at", [
    ("Cookie notice last updated November 20, 2025", 5),          # a notice in the foot
    ("Terms | Privacy policy updated November 20, 2025", 5),
    ("The schedule of the drills was updated on November 20, 2025.", 4),   # a sentence of the body
    ("Updated plans were shown to reporters on November 20, 2025 in Vilnius.", 4),
])
def test_an_updated_line_that_is_not_the_stamp_leaves_the_us_order(extra, at):
    lines = ["LAKESHORE LEDGER", "Lithuania and Poland sign air defence drill plan", "Published: 12/11/2025", LEAD, MORE,
             "Lakeshore Ledger, Chicago"]
    lines.insert(at, extra)
    p = parse_text(_page(*lines))
    assert p.date == D(2025, 12, 11), p.why.get("date")


def _bound(*lines, lang="ru"):
    got = latest_possible(SimpleNamespace(lang=lang, retrieved=None), _page(*lines))
    return got and got[0].isoformat()


def test_a_russian_stamp_in_the_head_bounds_and_a_body_sentence_does_not():
    assert _bound("ВЕСТНИК БАЛТИКИ", "Литва и Польша подписали план учений", "Обновлено: 5 апреля 2025", LEAD_RU,
                  MORE_RU) == "2025-04-05"
    assert _bound("ВЕСТНИК БАЛТИКИ", "Литва и Польша подписали план учений", "03/04/2025", LEAD_RU,
                  "Расписание учений было изменено 5 апреля 2025 года.", MORE_RU) is None
    assert _bound("ВЕСТНИК БАЛТИКИ", "Литва и Польша подписали план учений", "03/04/2025", LEAD_RU, MORE_RU,
                  "Политика конфиденциальности обновлена 5 апреля 2025") is None

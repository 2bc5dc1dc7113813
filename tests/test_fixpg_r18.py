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

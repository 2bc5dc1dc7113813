"""Round 17, speed: behaviour (not timing) of the cheaper cold generation (h17-cold; kept apart from test_speed_r17.py, h17-update's).

test_cold_* (h17-cold):
1. ``generator.nlp.analysis.tokens_before`` / ``tokens_from`` / ``tokens_within`` (bisection) give the
   tokens the linear scans give, at every position of English and Russian texts; the name rules that
   use them (``name_spans.candidates``, ``person_roles.read_context``) find the same names, offices and
   countries as with the linear scans.
2. ``generator.ingest.lines._line_info`` is memoised: a page's line features are those of the function
   unmemoised, also for lines that recur on two pages, and reading a page twice gives the same features.
3. ``generator.ingest.draft.line_text`` is memoised: the same text as the unmemoised reading of a
   ' date …' header line and of other lines.
"""

from __future__ import annotations

import dataclasses

import pytest

EN = ("Colonel General Arvid Lindqvist, the commander of the Estonian Defence Forces, met Minister Jana Kovac "
      "of Slovakia in Tartu on 3 March. Ambassador Rui Antunes and his deputy, Mr. O'Brien, joined the talks; "
      "the frigate Admiral Sokol stayed in port. Defence Minister of Chile Ines Paredes said the Kaunas Military "
      "Academy named after Jonas Zemaitis would host cadets.")
RU = ("Министр обороны Азербайджана генерал-полковник Закир Гасанов 5 мая встретился в Баку с послом Эстонии "
      "Андресом Таммом. На встрече присутствовал заместитель министра Керим Велиев; фрегат «Адмирал Горшков» "
      "стоял на рейде. Проспект имени Гейдара Алиева был закрыт.")


def _scan_before(toks, pos, n=None):
    got = [t for t in toks if t.end <= pos]
    return got[-n:] if n is not None else got


def _scan_from(toks, pos, n=None):
    got = [t for t in toks if t.start >= pos]
    return got[:n] if n is not None else got


def _scan_within(toks, start, end):
    return [t for t in toks if t.start >= start and t.end <= end]


# --------------------------------------------------------------------------- 1. tokens around a position


@pytest.mark.parametrize("text", [EN, RU, "", "One", "  a  b  "])
def test_cold_token_slices_are_the_linear_scans(text):
    from generator.nlp.analysis import tokenize, tokens_before, tokens_from, tokens_within

    for toks in (tokenize(text), tuple(tokenize(text))):  # a list (the rules' copy) or an Analysis' tuple
        positions = range(-2, len(text) + 3)
        for pos in positions:
            for n in (None, 1, 2, 3, 5, 16):
                assert tokens_before(toks, pos, n) == _scan_before(toks, pos, n), (pos, n)
                assert tokens_from(toks, pos, n) == _scan_from(toks, pos, n), (pos, n)
            for end in range(pos - 3, min(len(text) + 3, pos + 60), 7):
                assert tokens_within(toks, pos, end) == _scan_within(toks, pos, end), (pos, end)
        assert type(tokens_before(toks, len(text))) is list and type(tokens_within(toks, 0, len(text))) is list


def test_cold_token_slices_are_copies():
    from generator.nlp.analysis import tokenize, tokens_before

    toks = tokenize(EN)
    got = tokens_before(toks, 40)
    got.clear()  # a caller may change its list
    assert len(tokens_before(toks, 40)) > 3 and len(toks) == len(tokenize(EN))


def _names(an, chits):
    from generator.extract import name_spans, person_roles

    names = name_spans.candidates(an, chits)
    person_roles.read_context(an, names, chits)
    return [dataclasses.asdict(m) for m in names]  # every field: span, forms, cue, office, rank, country


@pytest.mark.slow
@pytest.mark.parametrize("text,lang", [(EN, "en"), (RU, "ru")])
def test_cold_name_rules_find_the_same_with_the_linear_scans(text, lang, monkeypatch):
    from generator.extract.entities import analyse, is_country_ru  # noqa: F401  (the extraction's modules)
    from generator.model import Article
    from generator.nlp import analysis as nlp
    from generator.reference.countries import index

    art = Article(id="a", source_path="seeds/a.txt", lang=lang, title="", title_generated=True, date=None,
                  author=None, source=None, body=text)
    an = analyse([art])["a"]
    chits = index().find(text, lang, an.tokens)
    fast = _names(an, chits)
    assert fast  # the texts name people
    monkeypatch.setattr(nlp, "tokens_before", _scan_before)
    monkeypatch.setattr(nlp, "tokens_from", _scan_from)
    monkeypatch.setattr(nlp, "tokens_within", _scan_within)
    assert _names(an, chits) == fast


# --------------------------------------------------------------------------- 2. line features memoised

PAGE_A = ["Home | News | Video | Contacts", "", "  date 2024-03-05 Ministers meet in Tartu", "By Mari Kask",
          "Tartu, 5 March. Estonian and Slovak defence ministers met on Tuesday to discuss air defence and "
          "training, the ministry said in a statement.", "Share Tweet Email", "© 2024 Example News. All rights reserved"]
PAGE_B = ["Home | News | Video | Contacts", "Главная | Новости", "Министры обороны встретились в Тарту 5 марта 2024 года.",
          "Share Tweet Email", "", "Фото: пресс-служба", "© 2024 Example News. All rights reserved"]


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_cold_line_features_memo_gives_the_unmemoised_features(lang, monkeypatch):
    from generator.ingest import lines

    lines._line_info.cache_clear()
    memo = [lines.page_features(p, lang) for p in (PAGE_A, PAGE_B, PAGE_A)]
    assert memo[0] == memo[2]  # the page read again: its lines from the memo, the same features
    assert lines._line_info.cache_info().hits >= 3  # the lines both pages share, and the page read again
    monkeypatch.setattr(lines, "_line_info", lines._line_info.__wrapped__)
    plain = [lines.page_features(p, lang) for p in (PAGE_A, PAGE_B, PAGE_A)]
    assert memo == plain


def test_cold_line_features_memo_keys_on_the_language(monkeypatch):
    from generator.ingest import lines

    line = "Министры обороны встретились в Тарту"
    en, ru = lines.page_features([line], "en")[1][0], lines.page_features([line], "ru")[1][0]
    assert en["script_ok"] != ru["script_ok"]  # Cyrillic is the page's script only on a Russian page
    monkeypatch.setattr(lines, "_line_info", lines._line_info.__wrapped__)
    assert lines.page_features([line], "en")[1][0] == en and lines.page_features([line], "ru")[1][0] == ru


# --------------------------------------------------------------------------- 3. a line's own text memoised

@pytest.mark.parametrize("raw", ["  date 2024-03-05 Ministers meet in Tartu ", " DATE 2024-03 ", "date 2024",
                                 "Dated 2024-03-05 minutes", "  Ministers meet in Tartu  ", "", "date  2024-3-5\tBy Mari Kask"])
def test_cold_line_text_memo_gives_the_unmemoised_text(raw):
    from generator.ingest import draft

    class L:
        text = raw

    want = draft._DATE_HEADER_REST.match(raw)
    want = (want.group(1) if want else raw).strip()
    assert draft.line_text(L) == want and draft.line_text(L) == want
    assert draft._own_text.__wrapped__(raw) == want

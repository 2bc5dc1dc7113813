"""Round 18, speed: behaviour (not timing) of the keyword gates in front of the rules' regular expressions (h18-cold).

test_cold_* (h18-cold):
1. ``generator.text.lazy_re``: a gated pattern answers every method as the pattern itself answers it (a text with
   none of its words gets the pattern's own "no match" answer); a folded gate is exact under ``re.IGNORECASE``:
   every letter that ``re`` takes for an ASCII or Russian lower-case letter either lowers to it or runs ungated
   (checked against every code point); the gate's words are checked when it is made.
2. Every gated pattern of the rule modules (``name_spans._THINGS``, the ministry and republication patterns of
   ``ingest.sources``) finds the same matches (spans and groups) with and without its gate, on English and
   Russian sentences written here, among them sentences each pattern matches and sentences it must not match.
3. The gated "accompanied by" clause of ``person_roles.read_context`` still gives the companion the state of the
   clause (and nothing without the clause).
"""

from __future__ import annotations

import re

import pytest

from generator.text.lazy_re import Gated, Lazy, gated, lazy

# --------------------------------------------------------------------------- 1. the helper


def _same(a, b):
    """Two answers of a pattern's method: matches by span and groups, lists and strings as they are."""
    def norm(x):
        if isinstance(x, re.Match):
            return ("m", x.span(), x.groups(), x.groupdict())
        if x is None or isinstance(x, (str, int)):
            return x
        return [norm(m) for m in x]  # a list, tuple or iterator of matches or strings
    return norm(a) == norm(b)


TEXTS = ["The treaty was signed in Baku on 3 May.", "No keyword here at all.", "", "SIGNED by both sides",
         "Договор подписан в Минске.", "ПОДПИСАЛИ соглашение", "ſigned with a long s", "İNDİA signed"]


@pytest.mark.parametrize("fold", [False, True])
def test_cold_gated_methods_answer_as_the_pattern(fold):
    src, flags = r"(?:sign(?:ed|s)|подпис\w+)\s+(\w+)", re.IGNORECASE if fold else 0
    g = gated(src, flags, needs=("sign", "подпис"), fold=fold)
    p = re.compile(src, flags)
    matched = 0
    for t in TEXTS:
        assert _same(g.search(t), p.search(t)) and _same(g.match(t), p.match(t)) and _same(g.fullmatch(t), p.fullmatch(t))
        assert _same(list(g.finditer(t)), list(p.finditer(t))) and g.findall(t) == p.findall(t)
        assert g.sub("X", t) == p.sub("X", t) and g.subn("X", t) == p.subn("X", t) and g.split(t) == p.split(t)
        assert _same(g.search(t, 3), p.search(t, 3))
        matched += bool(p.search(t))
    assert matched >= (5 if fold else 2)  # the texts exercise both answers
    assert g.pattern == src and g.groups == 1 and g.flags == p.flags


def test_cold_gate_skips_a_text_without_its_words():
    g = gated(r"signed", needs=("signed",))
    assert not g.may_match("The ministers met in Baku.") and g.may_match("They signed it.")
    assert g._re is None  # never compiled: no text needed it
    assert g.search("They signed it.").span() == (5, 11) and g._re is not None
    f = gated(r"(?i)signed", needs=("SIGNED",), fold=True)
    assert f.needs == ("signed",) and f.may_match("They SIGNED it") and not f.may_match("They met")
    assert f.may_match("They met, ſo")  # a letter re takes for another: the pattern runs
    lz = lazy(r"\d+")
    assert isinstance(lz, Lazy) and not isinstance(lz, Gated) and lz.findall("a 12 b 3") == ["12", "3"]


@pytest.mark.parametrize("needs", [(), "signed", ("signed", "")])
def test_cold_gate_needs_words(needs):
    with pytest.raises(ValueError):
        gated(r"signed", needs=needs)


def test_cold_folded_gate_words_are_ascii_or_russian():
    with pytest.raises(ValueError):
        gated(r"(?i)straße", needs=("straße",), fold=True)
    gated(r"(?i)подписал", needs=("ПОДПИСАЛ",), fold=True)  # upper case is lowered


def test_cold_folded_gate_is_exact_for_every_code_point():
    """Every character that re.IGNORECASE takes for an ASCII or Russian lower-case letter (the letters a folded
    gate's words are made of) lowers to that letter with str.lower(), or makes the gate run the pattern."""
    from generator.text.lazy_re import _ODD

    letters = set("abcdefghijklmnopqrstuvwxyzабвгдежзийклмнопрстуфхцчшщъыьэюяё")
    one = re.compile("[a-zа-яё]", re.IGNORECASE)
    missed = [hex(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000 and one.fullmatch(chr(c))
              and chr(c).lower() not in letters and not _ODD.match(chr(c))]
    assert missed == []
    # and each such letter is one of those letters to re: a folded gate never misses a match of these
    for word, odd_text in (("ship", "the ſhip Sea Star"), ("in", "İN"), ("в", "ᲀ")):
        assert re.search(word, odd_text, re.IGNORECASE)
        assert gated(word, re.IGNORECASE, needs=(word,), fold=True).search(odd_text)


# --------------------------------------------------------------------------- 2. the rules' gated patterns

SENTENCES = [
    # exercises, operations, places, outlets, ships (name_spans._THINGS)
    "Troops of both states took part in the exercise Steppe Guardian near Almaty.",
    "The Steppe Guardian 2024 exercise ended on Friday; the Caspian Shield drill followed.",
    "Sailors joined a Sea Breeze multinational exercise and the Iron Wolf war games.",
    "Exercise Swift Response and Operation Atlantic Resolve were discussed.",
    "Military drills called Northern Star began.",
    "Учения «Восток» прошли в области Кострома, а манёвры Запад завершились.",
    "Делегация посетила штат Минас-Жерайс и город Порту.",
    "Forwarded from Baltic Defence Wire. Подписывайтесь на Вестник Армии.",
    "The frigate Sea Star and the patrol boat Iron Gull docked; the ſhip Ocean Crest left.",
    "The visiting vessel, the Admiral Kuznetsov, stayed in port.",
    "They met in the state of Minas Gerais and in the province of Cordoba.",
    # the ministry as the teller or the origin (ingest.sources)
    "The talks went well, according to a Defence Ministry statement issued on Monday.",
    "The Ministry of Defence of Armenia said in a statement that the talks went well.",
    "The Department of Defense press release said the visit was planned.",
    "Стороны обсудили сотрудничество, сообщает пресс-служба Министерства обороны Казахстана.",
    "По данным Минобороны Узбекистана, переговоры прошли в Ташкенте.",
    "The Ministry of National Defence said that the ministers met in Hanoi.",
    "Пресс-служба Минобороны Беларуси сообщила о визите.",
    "The ministers met in Tbilisi, the Defence Ministry said on Monday.",
    "The delegation arrived in Riga, according to the Ministry of National Defence.",
    "Details came in a press release issued by the Secretariat of National Defence (SEDENA).",
    # republished stories
    "This article was first published in The Baltic Courier.",
    "Republished with permission from Caspian Wire.",
    "Originally published on Steppe Review.",
    "Впервые опубликовано на сайте «Военный Вестник».",
    # page lines (ingest.reader) and the words around a date (extract.events)
    "Vilnius +25 °C Sunny",
    "Перепечатка разрешена, ссылка на Военный Вестник обязательна.",
    "A hyperlink to Caspian Wire is required when quoting.",
    "This site uses cookies. Accept",
    "Мы используем файлы cookie.",
    "The ministers met three days ago",
    "Министры встретились два дня назад",
    "They attended the forum that opened on 20 May",
    "Они посетили форум, который открылся 20 мая",
    # sentences none of them may match
    "The defence ministers met in Tartu on 3 March and discussed air defence.",
    "Министры обороны встретились в Тарту и обсудили противовоздушную оборону.",
    "The minister said the ship was not part of any exercise.",
    "",
]


def _gated_patterns():
    from generator.extract import events, name_spans
    from generator.ingest import reader, sources

    out = [(f"name_spans._THINGS[{i}]", rx) for i, rx in enumerate(name_spans._THINGS) if isinstance(rx, Gated)]
    for mod in (sources, reader, events):
        for k, v in vars(mod).items():
            for lang, rx in (v.items() if isinstance(v, dict) else [("", v)]):
                if isinstance(rx, Gated):
                    out.append((f"{mod.__name__.rsplit('.', 1)[1]}.{k}" + (f"[{lang}]" if lang else ""), rx))
    return out


def test_cold_the_rules_gates_are_in_place():
    names = {n for n, _ in _gated_patterns()}
    assert len(names) >= 20
    assert {"reader._TEMPERATURE", "reader._COOKIE", "reader._LINK_REQUIRED", "events._DAYS_AGO[en]", "events._DAYS_AGO[ru]",
            "events._RELATIVE_CLAUSE[en]", "events._RELATIVE_CLAUSE[ru]"} <= names
    assert {"sources._MINISTRY_SAYS", "sources._MINISTRY_SAYS_RU", "sources._MINISTRY_REPORTED", "sources._REPUBLISHED",
            "sources._MINISTRY_CLOSES", "sources._STATEMENT_FROM_MINISTRY", "sources._ACCORDING_TO_MINISTRY"} <= names


@pytest.mark.parametrize("name,rx", _gated_patterns(), ids=[n for n, _ in _gated_patterns()])
def test_cold_gated_rule_pattern_finds_what_it_finds_ungated(name, rx):
    found = 0
    for s in SENTENCES + ["\n".join(SENTENCES), " ".join(SENTENCES).upper(), " ".join(SENTENCES).lower()]:
        want = [(m.span(), m.groups()) for m in rx.compiled.finditer(s)]
        assert [(m.span(), m.groups()) for m in rx.finditer(s)] == want, (name, s)
        m, w = rx.search(s), rx.compiled.search(s)
        assert (m and (m.span(), m.groups())) == (w and (w.span(), w.groups())), (name, s)
        found += len(want)
    assert found, f"{name}: no sentence here matches it; add one"
    for s in SENTENCES[-4:]:
        assert not rx.search(s), (name, s)  # the sentences no rule may match


def test_cold_named_things_of_the_sentences():
    from generator.extract.name_spans import named_things

    got = named_things(" ".join(SENTENCES))
    assert {"steppe guardian", "caspian shield", "восток", "минас-жерайс", "baltic defence wire", "sea star",
            "ocean crest", "minas gerais", "swift response"} <= got
    assert "admiral kuznetsov" not in got and not named_things(SENTENCES[-3] + " " + SENTENCES[-4])


# --------------------------------------------------------------------------- 3. "accompanied by" (person_roles)


@pytest.mark.slow
@pytest.mark.parametrize("text,name,state", [
    ("The Mongolian defence minister was accompanied by Lieutenant General Bat Erdene during the talks in Ulaanbaatar.",
     "Bat Erdene", "MN"),
    ("The Mongolian defence minister met Lieutenant General Bat Erdene during the talks in Ulaanbaatar.",
     "Bat Erdene", None),
])
def test_cold_accompanied_by_gives_the_clause_state(text, name, state):
    from generator.extract import name_spans, person_roles
    from generator.extract.entities import analyse
    from generator.model import Article
    from generator.reference.countries import index

    art = Article(id="a", source_path="seeds/a.txt", lang="en", title="", title_generated=True, date=None,
                  author=None, source=None, body=text)
    an = analyse([art])["a"]
    chits = index().find(text, "en", an.tokens)
    names = name_spans.candidates(an, chits)
    person_roles.read_context(an, names, chits)
    m = next(m for m in names if text[m.start:m.end].endswith(name))
    assert (m.country or m.country_weak) == state

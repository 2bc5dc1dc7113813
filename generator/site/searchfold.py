"""Search in Russian finds a word written with «е» for «ё» («Кишинев», «Семенов»), as most readers type
it: Material's search (lunr) compares letters, and «ё» is not «е» to it. Each search entry holding a
word with «ё» also gets the word spelled with «е», appended to its text (at the end, so a result's
preview is the page's own text); a query written with «ё» still finds the word as printed. Nothing is
changed on the pages themselves.

The search matches the beginnings of words as typed, with no stemmer: Material gives every query word a
trailing wildcard, and lunr does not stem a word with a wildcard, so the index is built without one (the
theme's English default pipeline is the stop-word filter alone, whatever ``lang`` says; a stemmed index
would stop a typed «министерство» from matching its stem «министерств»). A Russian reader types a name
as the sentence needs it («Гасанова», «Хренину»), so a person's page carries the declined forms of the
Russian name as searchable text (``declined_forms``)."""

from __future__ import annotations

import re

_YO_WORD = re.compile(r"\w*[ёЁ]\w*")


def fold_yo(entries: list[dict], url: str) -> int:
    """Give the entries of the page at URL (the last ones of ENTRIES, as the search plugin has just
    added them) the «е» spelling of each of their words written with «ё». Returns how many entries
    changed."""
    changed = 0
    for entry in reversed(entries):
        if str(entry.get("location", "")).split("#")[0] != url:
            break
        text = str(entry.get("text", ""))
        extra: list[str] = []
        for word in _YO_WORD.findall(f"{entry.get('title', '')} {text}"):
            folded = word.replace("ё", "е").replace("Ё", "Е")
            if folded not in extra and not re.search(rf"(?<!\w){re.escape(folded)}(?!\w)", text):
                extra.append(folded)
        if extra:
            entry["text"] = f"{text} {' '.join(extra)}".strip()
            changed += 1
    return changed


def search_entries(config) -> list[dict] | None:
    """The entries of the build's search index (the search plugin's), or None without one."""
    for plugin in config["plugins"].values():
        index = getattr(plugin, "search_index", None)
        if index is not None and isinstance(getattr(index, "entries", None), list):
            return index.entries
    return None


# The cases a name is declined into (the nominative is on the page): genitive, dative, accusative,
# instrumental, prepositional.
_CASES = ("gent", "datv", "accs", "ablt", "loct")
_CYRILLIC_WORD = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)*")
# A surname by its ending: the masculine endings -> (gent, datv, accs, ablt, loct), the feminine likewise.
_SURNAME_MASC = (("ский", ("ского", "скому", "ского", "ским", "ском")), ("цкий", ("цкого", "цкому", "цкого", "цким", "цком")),
                 ("ской", ("ского", "скому", "ского", "ским", "ском")),
                 ("ов", ("ова", "ову", "ова", "овым", "ове")), ("ев", ("ева", "еву", "ева", "евым", "еве")),
                 ("ёв", ("ёва", "ёву", "ёва", "ёвым", "ёве")), ("ин", ("ина", "ину", "ина", "иным", "ине")),
                 ("ын", ("ына", "ыну", "ына", "ыным", "ыне")))
_SURNAME_FEM = (("ская", ("ской", "ской", "скую", "ской", "ской")), ("цкая", ("цкой", "цкой", "цкую", "цкой", "цкой")),
                ("ова", ("овой", "овой", "ову", "овой", "овой")), ("ева", ("евой", "евой", "еву", "евой", "евой")),
                ("ина", ("иной", "иной", "ину", "иной", "иной")), ("ына", ("ыной", "ыной", "ыну", "ыной", "ыной")))
_HUSHING = "жшчщц"


def _by_rule(word: str, feminine: bool) -> list[str]:
    """A name's declined forms by its ending, as Russian declines surnames and foreign names: -ов/-ин
    (Хренин: Хренина, Хренину, Хрениным, Хренине), -ский, their feminines (Гасанова: Гасановой, Гасанову);
    a man's name ending in a consonant (Папикян: Папикяна, Папикяну, Папикяном, Папикяне), -й or -ь.
    A woman's name ending in a consonant, and a name in -о, -у, -е, -и, -ю, -ых (Шойгу), is not declined;
    nor, here, one in -а/-я (which may be a man's or a woman's, declined or not)."""
    low = word.casefold()
    for end, forms in (_SURNAME_FEM if feminine else _SURNAME_MASC):
        if low.endswith(end) and len(low) > len(end) + 1:
            return [word[:-len(end)] + f for f in forms]
    if feminine or low.endswith(("ых", "их")) or len(low) < 3:
        return []
    if low[-1] in "йь":
        stem = word[:-1]
        return [stem + "я", stem + "ю", stem + "я", stem + "ем", stem + "е"]
    if low[-1] in "бвгджзклмнпрстфхцчшщ":
        ablt = "ем" if low[-1] in _HUSHING else "ом"
        return [word + "а", word + "у", word + "а", word + ablt, word + "е"]
    return []


def _feminine(words: list[str]) -> bool:
    """Whether the name is a woman's, by the given names the Russian dictionary knows (Мадина, Ольга)."""
    from generator.nlp.analysis import morph

    m = morph()
    for w in words[:-1] or words:
        for p in m.parse(w):
            if p.is_known and "Name" in p.tag and "nomn" in p.tag and "sing" in p.tag:
                return "femn" in p.tag
    return False


def declined_forms(name: str) -> list[str]:
    """The declined forms of each word of a Russian name in the nominative («Закир Гасанов» -> Закира,
    Закиру, Закиром, Закире, Гасанова, ...), in order, each once, none the nominative itself: so that a
    search typed in an oblique case («Гасанова», «Хренину») finds the person. A given name or a surname
    the Russian dictionary knows as one is declined by it, any other word by its ending (``_by_rule``)."""
    from generator.nlp.analysis import morph

    words = _CYRILLIC_WORD.findall(name or "")
    if not words:
        return []
    m = morph()
    feminine = _feminine(words)
    out: list[str] = []
    for w in words:
        known = [p for p in m.parse(w) if p.is_known and {"sing", "nomn"} in p.tag
                 and any(t in p.tag for t in ("Name", "Patr", "Surn"))
                 and ("femn" in p.tag) == feminine and "Fixd" not in p.tag]
        if known:
            forms = []
            for case in _CASES:
                got = known[0].inflect({case})
                if got is not None:
                    forms.append(got.word[:1].upper() + got.word[1:])
        else:
            forms = _by_rule(w, feminine)
        for f in forms:
            if f != w and f not in out:
                out.append(f)
    return out

"""One person written two ways: a Russian article's transliteration and an English article's spelling.

Russian writes a Central Asian or Caucasian name by its own habits («Абдусаттар Кадыров», «Бахтияр»),
the English press by the state's Latin spelling ('Abdusattor Kadyrov', 'Bakhtiyor'); the folded key
(``registry.fold``) already joins Gasanov and Hasanov, but not two spellings of a vowel. Two pages are
taken for one person (``apart`` returns None) when all of these hold:

- both names are plain (two or three words, no patronymic particle: bin, ibn, oğlu, кызы) and neither
  is an initial;
- the same state, known on both sides (a state on one page only is no evidence);
- the same surname key after transliteration folding (``fold``), or two keys that differ in a vowel
  only (``_surname_close``: Khalmukhamedov/Kholmukhamedov), never a surname and its feminine form;
- a close given name: the same first letter, the same consonants in the same order (``skeleton``:
  spellings of one name differ in their vowels, Abdusattar/Abdusattor, Bakhtiyar/Bakhtiyor), and a
  rapidfuzz ratio of ``GIVEN_SCORE`` or more on the folded keys; not a name and its feminine form
  (Daniel/Daniela);
- no article names both (two Kadyrovs of one state in one article are two people).

``generator review`` lists likely duplicates by a looser test (close full names, no conflicting state);
it lists every pair this merges too, and for each pair it lists, why resolve kept the two apart
(``apart``'s reason), so the two agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.reference.registry import fold, latin
from generator.text.names import family_first

#: rapidfuzz ``ratio`` on the folded given names (0-100) at or above which two given names may be one.
GIVEN_SCORE = 75.0
#: the same for surnames, which are longer: a vowel of difference in a long one (Khalmukhamedov, Kholmukhamedov).
SURNAME_SCORE = 85.0
_PARTICLES = frozenset({"bin", "binti", "bint", "binte", "bte", "ibn", "ibni", "ben", "al", "el", "oglu", "ogli",
                        "kizi", "uli", "ulu", "qizi", "бин", "ибн", "оглы", "кызы", "улы", "аль", "эль"})


@dataclass(frozen=True, slots=True)
class Parts:
    given: tuple[str, ...]  # folded given names, in order
    surname: str  # folded surname


def parts(name: str, country: str | None = None) -> Parts | None:
    """The folded given names and surname of a plain name; None for a name this does not compare (one
    word, four or more, an initial, a patronymic particle)."""
    words = name.replace("ı", "i").split()
    if not 2 <= len(words) <= 3:
        return None
    low = [w.casefold().strip(".,") for w in words]
    if any(w in _PARTICLES for w in low) or any(len(w.strip(".")) < 2 or w.endswith(".") for w in words):
        return None
    keys = [fold(latin(w)) for w in words]
    if any(not k or " " in k for k in keys):
        return None
    if family_first(latin(name), country):
        return Parts(tuple(keys[1:]), keys[0])
    return Parts(tuple(keys[:-1]), keys[-1])


def skeleton(key: str) -> str:
    """The consonants of a folded name in order (vowels and y dropped, doubles once)."""
    s = re.sub(r"[aeiouy]+", "", key)
    return re.sub(r"(.)\1", r"\1", s)


def _given_close(a: str, b: str) -> float | None:
    from rapidfuzz import fuzz

    if a == b:
        return 100.0
    if a[:1] != b[:1] or skeleton(a) != skeleton(b):
        return None
    if a + "a" == b or b + "a" == a:  # a name and its feminine form: Daniel, Daniela
        return None
    score = float(fuzz.ratio(a, b))
    return score if score >= GIVEN_SCORE else None


def _surname_close(a: str, b: str) -> bool:
    """Two folded surnames that are spellings of one (Khalmukhamedov, Kholmukhamedov; Rakhmanov, Rahmonov):
    the same first letter and consonants, a ratio of ``SURNAME_SCORE`` or more, and not a surname and its
    feminine form (Petrov, Petrova)."""
    from rapidfuzz import fuzz

    if a[:1] != b[:1] or skeleton(a) != skeleton(b) or a + "a" == b or b + "a" == a:
        return False
    return fuzz.ratio(a, b) >= SURNAME_SCORE


def surname_key(surname: str) -> str:
    """The bucket two spellings of one surname share: its first letter and consonants."""
    return surname[:1] + skeleton(surname)


def apart(name_a: str, country_a: str | None, arts_a, name_b: str, country_b: str | None, arts_b) -> str | None:
    """None when the two pages are one person (see the module's docstring); else why not, in a few words."""
    if not country_a or not country_b:
        return "the state of one of them is not known"
    if country_a != country_b:
        return "different states"
    pa, pb = parts(name_a, country_a), parts(name_b, country_b)
    if pa is None or pb is None:
        return "a name of one word, of four or more, with an initial or a patronymic chain"
    if pa.surname != pb.surname and not _surname_close(pa.surname, pb.surname):
        return "different surnames"
    ga, gb = (pa.given, pb.given) if len(pa.given) == len(pb.given) else (pa.given[:1], pb.given[:1])
    if not all(_given_close(x, y) is not None for x, y in zip(ga, gb)):
        return "the given names differ"
    if set(arts_a) & set(arts_b):
        return "one article names both"
    return None


def merges(groups: list[tuple[str, str, str | None, frozenset[str], tuple]]) -> dict[str, str]:
    """Which group keys are another's person: ``groups`` is (key, name, state, article ids, rank) per
    person page, where the highest ``rank`` is the page to keep (the registry's, the English
    spelling's); returns absorbed key -> kept key. Only pages of one state and surname key are
    compared; a page joins a cluster only when it is one person with every page already in it
    (no article names two of them), so the result does not depend on the order of the input."""
    buckets: dict[tuple[str, str], list] = {}
    for g in sorted(groups, key=lambda g: g[0]):
        key, name, country, arts, rank = g
        p = parts(name, country) if country else None
        if p is not None:
            buckets.setdefault((country, surname_key(p.surname)), []).append(g)
    out: dict[str, str] = {}
    for members in buckets.values():
        if len(members) < 2:
            continue
        clusters: list[list] = []
        for g in sorted(members, key=lambda g: g[4], reverse=True):
            for c in clusters:
                if all(apart(g[1], g[2], g[3], h[1], h[2], h[3]) is None for h in c):
                    c.append(g)
                    break
            else:
                clusters.append([g])
        for c in clusters:
            for g in c[1:]:
                out[g[0]] = c[0][0]
    return out

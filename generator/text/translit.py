"""Transliteration: Russian names in Latin script, as English-language news spells them.

The base is the Wikipedia scheme (iuliia), which is what English news follows for consonants
(Хренин -> Khrenin, Жаксылыков -> Zhaksylykov, Цаликов -> Tsalikov) and for the endings -ий/-ый
(Валерий -> Valery, Дмитрий -> Dmitry). Where news spelling and the gold conventions of the
project differ from it, the differences are general rules, not names:

- "й" after a vowel inside a word, and at the end after а/е ("ай", "ей"), is i, as in the
  BS 2979 / ICAO family most English news copies: Сергей Шойгу -> Sergei Shoigu, Андрей ->
  Andrei, Николай -> Nikolai, Таалайбек -> Taalaibek, Бейшеналиев -> Beishenaliev. A final
  "ой" stays oy (Толстой -> Tolstoy, Донской -> Donskoy), a final "ий"/"ый" stays y.
- "е" after a vowel is e, not ye (Ибраев -> Ibraev, Омуралиев -> Omuraliev); at the start of
  a word and after ь/ъ it stays ye (Евгений -> Yevgeny).
- "Дж" is J (Джейхун -> Jeyhun, Джайшанкар -> Jaishankar), and an "х" after a stop is the
  aspirate of an Indian or Persian name, written h (Раджнатх Сингх -> Rajnath Singh).
- A foreign given name written in Cyrillic takes its own Latin spelling from
  ``data/given_names.yaml`` (Хасан -> Hassan, Жан -> Jean, Уильям -> William, Йенс -> Jens):
  no letter rule can tell Хасан (H) from Хренин (Kh), and the first letter of a given name is
  what tells two people apart.

Names the registry knows keep the registry's spelling; this is only for names it does not know.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

_VOWELS = "аеёиоуыэюяАЕЁИОУЫЭЮЯ"
_NEWS_STYLE = [
    (re.compile("Дж"), "J"), (re.compile("дж"), "j"),
    (re.compile("(?<=[тгдбпТГДБП])х"), "h"),
    # й inside a word after a vowel (Шойгу, Таалайбек, Бейшеналиев): i.
    (re.compile(f"(?<=[{_VOWELS}])й(?=[а-яёА-ЯЁ])"), "i"),
    # a final ай/ей (Николай, Сергей, Андрей): ai/ei; ой/уй/ий/ый keep the scheme's y.
    (re.compile("(?<=[аеАЕ])й(?![а-яёА-ЯЁ])"), "i"),
    # е after a vowel (Ибраев, Омуралиев): e, not ye.
    (re.compile(f"(?<=[{_VOWELS}])е"), "e"),
]
_GIVEN_FILE = Path(__file__).parent.parent / "data" / "given_names.yaml"
_WORD = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)*")


@lru_cache(maxsize=1)
def given_names() -> dict[str, str]:
    """Cyrillic spelling -> Latin spelling of foreign given names (``data/given_names.yaml``)."""
    import yaml

    try:
        data = yaml.safe_load(_GIVEN_FILE.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError):
        return {}
    out: dict[str, str] = {}
    for group in data.values() if isinstance(data, dict) else []:
        for ru, en in (group or {}).items():
            out[str(ru).replace("ё", "е")] = str(en)
    return out


def transliterate(text: str) -> str:
    """Russian to Latin script, as English-language news writes names (Хренин -> Khrenin,
    Сергей Шойгу -> Sergei Shoigu, Хасан Рухани -> Hassan Rukhani)."""
    import iuliia

    table = given_names()
    if table:
        text = _WORD.sub(lambda m: table.get(m.group(0).replace("ё", "е"), m.group(0)), text)
    for pat, rep in _NEWS_STYLE:
        text = pat.sub(rep, text)
    return iuliia.WIKIPEDIA.translate(text)

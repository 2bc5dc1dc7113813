"""Transliteration: Russian names in Latin script, as English-language news spells them."""

from __future__ import annotations

import re

# English news spelling where it differs from the Wikipedia scheme: "Дж" is J (Джейхун ->
# Jeyhun, Джайшанкар -> Jaishankar), and an "х" after a stop is the aspirate of an Indian or
# Persian name, written h (Раджнатх Сингх -> Rajnath Singh).
_NEWS_STYLE = [(re.compile("Дж"), "J"), (re.compile("дж"), "j"),
               (re.compile("(?<=[тгдбпТГДБП])х"), "h")]


def transliterate(text: str) -> str:
    """Russian to Latin script, as English-language news writes it (Хренин -> Khrenin)."""
    import iuliia

    for pat, rep in _NEWS_STYLE:
        text = pat.sub(rep, text)
    return iuliia.WIKIPEDIA.translate(text)

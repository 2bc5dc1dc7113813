"""Search in Russian finds a word written with «е» for «ё» («Кишинев», «Семенов»), as most readers type
it: Material's search (lunr, with the Russian stemmer) compares letters, and «ё» is not «е» to it. Each
search entry holding a word with «ё» also gets the word spelled with «е», appended to its text (at the
end, so a result's preview is the page's own text); a query written with «ё» still finds the word as
printed. Nothing is changed on the pages themselves."""

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

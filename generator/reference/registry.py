"""The registry of known entities (``data/registry.yaml``, or a user's file): it owns identity.

Names are looked up by a folded key that forgives the spelling differences between
transliterations (Gasanov/Hasanov, Sergey/Sergei, Aliyev/Aliev), so a Russian article's
"Закир Гасанов" and an English "Zakir Hasanov" meet on one entry.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from generator.errors import GeneratorError
from generator.fileio import load_yaml

DEFAULT = Path(__file__).parent.parent / "data" / "registry.yaml"
_CYR = re.compile("[а-яё]", re.IGNORECASE)
_ABBREVIATION = re.compile(r"[A-ZА-ЯЁ]{2,}(?:[ -][A-ZА-ЯЁ]{2,})*")


class RegistryError(GeneratorError):
    pass


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def latin(name: str) -> str:
    """A name in Latin script: Cyrillic is transliterated as English-language news does."""
    if _CYR.search(name):
        from generator.text.translit import transliterate

        return transliterate(name)
    return name


@lru_cache(maxsize=1 << 16)
def fold(name: str) -> str:
    """A loose key for a person's name across scripts and transliterations (memoised: a function of the text
    alone, asked for the same names again and again while people are grouped)."""
    s = strip_accents(latin(name.replace("ё", "е").replace("Ё", "Е"))).casefold()
    s = re.sub(r"[^a-z ]+", " ", s)
    for a, b in (("kh", "h"), ("dzh", "j"), ("zh", "j"), ("g", "h"), ("yu", "u"), ("ya", "a"), ("yo", "o"),
                 ("ye", "e"), ("y", "i"), ("ii", "i"), ("ie", "e"), ("ck", "k"), ("w", "v"), ("x", "ks"),
                 ("ou", "u"), ("q", "k")):
        s = s.replace(a, b)
    s = re.sub(r"(.)\1", r"\1", s)
    return " ".join(s.split())


@dataclass(frozen=True, slots=True)
class Known:
    id: str
    kind: str
    name: str
    ru: str | None
    country: str | None
    aliases: tuple[str, ...]


class Registry:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or DEFAULT
        try:
            data = load_yaml(self.path.read_text(encoding="utf-8")) or {}
        except OSError as exc:
            raise RegistryError(f"{self.path}: cannot be read ({exc.strerror or exc}); check the path") from exc
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            at = f"line {mark.line + 1}, column {mark.column + 1}: " if mark is not None else ""
            what = getattr(exc, "problem", None) or str(exc)
            raise RegistryError(f"{self.path}: {at}not valid YAML ({what}); fix the file") from exc
        if not isinstance(data, dict):
            raise RegistryError(f"{self.path}: expected a mapping with `people:` and `organizations:` lists, "
                                f"found {type(data).__name__}; fix the file")
        for table in ("people", "organizations"):
            if not isinstance(data.get(table) or [], list):
                raise RegistryError(f"{self.path}: `{table}` must be a list of entries (`- id: …`); fix the file")
        self.entries: dict[str, Known] = {}
        self._people: dict[str, Known] = {}
        self._orgs: dict[str, Known] = {}
        problems = []
        for kind, table in (("person", "people"), ("organization", "organizations")):
            for i, e in enumerate(data.get(table) or []):
                if not isinstance(e, dict) or not e.get("id") or not e.get("name"):
                    problems.append(f"{self.path}: {table}[{i}] needs an `id` and a `name`")
                    continue
                if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", str(e["id"])):
                    problems.append(f"{self.path}: {table}[{i}].id {e['id']!r} must be lower-case letters, digits and hyphens")
                    continue
                k = Known(str(e["id"]), kind, str(e["name"]), e.get("ru"), e.get("country"), tuple(map(str, e.get("aliases") or [])))
                if k.id in self.entries:
                    problems.append(f"{self.path}: {table}[{i}].id {k.id!r} is used twice")
                    continue
                self.entries[k.id] = k
                target = self._people if kind == "person" else self._orgs
                for n in (k.name, k.ru, *k.aliases):
                    if n:
                        target.setdefault(fold(n) if kind == "person" else _org_key(n), k)
        if problems:
            raise RegistryError("\n".join(problems) + "\nfix the file, then run the build again")
        self._surnames: dict[str, list[Known]] = {}
        for key, k in self._people.items():
            parts = key.split()
            if len(parts) >= 2:
                lst = self._surnames.setdefault(parts[-1], [])
                if k not in lst:
                    lst.append(k)

    def person(self, name: str) -> Known | None:
        return self._people.get(fold(name))

    def person_fuzzy(self, name: str) -> Known | None:
        """The one known person whose name, in any script, is another transliteration or a slightly
        different spelling of ``name`` ("Хоанг Суан Тьиен" / "Хоанг Суан Тиен"): as many words, each
        word's folded key within a small edit of the registry's (rapidfuzz ratio >= 80) and the whole
        key within 88. None when no one or more than one person is that close."""
        from rapidfuzz import fuzz

        if _slavic(name):
            return None  # Slavic surnames differ by a letter from one another (Белов, Белоусов; Пугин, Путин)
        key = fold(name.replace("-", " "))
        words = key.split()
        if len(words) < 2 or len(key) < 8:
            return None
        found: dict[str, Known] = {}
        for cand, k in self._people.items():
            cw = cand.split()
            if len(cw) != len(words) or fuzz.ratio(key, cand) < 88 or _slavic(k.ru or k.name):
                continue
            if all(fuzz.ratio(a, b) >= 80 for a, b in zip(words, cw)):
                found[k.id] = k
        return next(iter(found.values())) if len(found) == 1 else None

    def person_by_surname(self, surname: str, initial: str | None = None) -> Known | None:
        """The one known person with this surname (and first initial); None if none or several."""
        cands = self._surnames.get(fold(surname), [])
        if initial:
            ini = fold(initial)[:1]
            cands = [k for k in cands if any(fold(n).split()[0][:1] == ini for n in (k.name, k.ru, *k.aliases) if n)]
        return cands[0] if len(cands) == 1 else None

    def organization(self, name: str) -> Known | None:
        return self._orgs.get(_org_key(name))

    def org_names(self) -> list[tuple[str, Known]]:
        return list(self._orgs.items())

    def organization_forms(self, oid: str) -> tuple[dict[str, str], dict[str, str], tuple[str, ...]]:
        """How a known organisation is written, per script: its full name (``{"en": "Collective
        Security Treaty Organization", "ru": "Организация Договора о коллективной безопасности"}``),
        its abbreviation (``{"en": "CSTO", "ru": "ОДКБ"}``) and every other form the registry lists.
        An abbreviation is a name of capitals only (``СМО СНГ``); a full name is any other. Empty for
        an id the registry does not know as an organisation."""
        k = self.entries.get(oid)
        if k is None or k.kind != "organization":
            return {}, {}, ()
        full: dict[str, str] = {}
        short: dict[str, str] = {}
        rest: list[str] = []
        for n in dict.fromkeys(x for x in (k.name, k.ru, *k.aliases) if x):
            script = "ru" if _CYR.search(n) else "en"
            table = short if _ABBREVIATION.fullmatch(n) else full
            if script not in table:
                table[script] = n
            else:
                rest.append(n)
        return full, short, tuple(rest)


_SLAVIC_END = re.compile(r"(?:ов|ев|ёв|ин|ын|ий|ый|ой|ова|ева|ёва|ина|ына|ая|енко|ук|юк|ич|ски|цки|ov|ev|in|yn|iy|ij|sky|ski|ova|eva|ina|"
                         r"enko|uk|yuk|ich|vich)$", re.I)


def _slavic(name: str) -> bool:
    """The surname (last word) has a Slavic ending: -ов, -ев, -ин, -ский, -енко, -ич (either script)."""
    words = name.split()
    return bool(words) and bool(_SLAVIC_END.search(words[-1]))


def _org_key(name: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", strip_accents(name).casefold()).split())

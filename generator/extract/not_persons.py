"""Names the models tag as people that are an institution, a company or a place.

Three shapes, read on the name and what follows it, in any language the archive meets:

- An institution's or a company's head noun is a word of the name, in the language of the
  institution: a shipyard ("Astilleros X", "Estaleiros X", "Cantieri X", "X Werft", "X Tersanesi",
  glued in "Fincantieri"), a company or works ("Industrias X", "Compagnie X", "X Gruppo"), a court or a
  sovereign's office ("the Royal Hashemite Court", "the Amiri Diwan"), a ministry ("Ministerio de …").
  ``HEADS`` is the closed class of those nouns in Spanish, Portuguese, Italian, French, German,
  Turkish, the Nordic and South Slavic languages; a legal form right after the name ("X S.A.",
  "X S.p.A.", "X GmbH", "X Ltda") marks a company as well.
- A Russian name whose every word is a dictionary word that is no given name, surname or patronymic
  («Вооружённые силы», «Генерального штаба»): Natasha's PER on a common noun phrase. (A word of fewer
  than four letters counts only after an adjective: «То Лам» is a Vietnamese name.)
- A place: two words or more that GeoNames lists as a town ("Novo Selo", "Gornji Vakuf") whose first
  word is no given name the project knows (``_given_names``), with no title, rank or office on any
  mention ("Minister Novo Selo" would be a person) and never named by its last word alone ("Selo said").

The registry's people are never dropped.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# The head nouns of institutions and companies (singular and plural, without marks, lower case).
HEADS = frozenset((
    # shipyards: es, pt, it, fr, de, tr, sv/no/da, pl, hr/sr
    "astillero astilleros estaleiro estaleiros cantiere cantieri chantier chantiers werft werften tersane "
    "tersanesi varv varvet verft verftet vaerft stocznia brodogradiliste brodogradilište "
    # companies, works, groups
    "compania companhia compagnia compagnie sociedad sociedade societa societe empresa empresas impresa "
    "entreprise unternehmen gesellschaft sirket sirketi grupo gruppo groupe konsern industrias industrie "
    "industria fabrica fabbrica usine werke arsenale construcciones construcoes costruzioni constructions "
    "sistemas sistemi systemes tecnologias tecnologie aeronautica aeronautique aerospaziale aeroespacial "
    "defensa defesa difesa verteidigung anonim "
    # courts, chanceries and ministries
    "court diwan divan chancellery chancellerie kanzleramt ministerio ministero ministere ministerium bakanligi"
).split())
# Heads that also end a glued company name ("Fincantieri", "Navalastilleros").
_GLUED = ("cantieri", "astilleros", "estaleiros", "werft", "tersanesi")
# A legal form right after the name: the name is a company's.
_LEGAL_AFTER = re.compile(r"\s*,?\s*(?:S\.\s?A\.|S\.p\.A\.|SpA|S\.r\.l\.|Srl|S\.L\.|S\.A\.S\.|SAS|Ltda\.?|GmbH|AG|KG|"
                          r"N\.V\.|B\.V\.|A/S|ASA|AB|Oyj?|A\.Ş\.|AŞ)(?![\w])")


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn").casefold()


def institution_word(word: str) -> bool:
    """The word is an institution's or a company's head noun (``HEADS``), alone or glued at the end; a
    Russian spelling of one is read back by each language's transcription ("Астильерос", "Кантьери")."""
    w = _plain(word).replace("ı", "i").replace("ş", "s").strip(".,'’«»\"")
    if re.search("[а-яё]", w):
        if w in _given_names():
            return False  # «Курт» reads "court" in French spelling, but is a given name
        from generator.text.foreign_names import readings

        return any(r in HEADS or (len(r) > 8 and r.endswith(_GLUED)) for r in readings(w))
    return w in HEADS or (len(w) > 8 and w.endswith(_GLUED))


def institution(name: str) -> bool:
    """A name with an institution's head noun: 'Astilleros Gondan', 'Royal Hashemite Court', 'Fincantieri Marinette'."""
    words = [w for part in name.split() for w in part.split("-") if w]
    return any(institution_word(w) for w in words)


def company_after(text: str, end: int) -> bool:
    """A legal form right after the name ("Navantia S.A.", "Iveco S.p.A.", "Renk GmbH")."""
    return bool(_LEGAL_AFTER.match(text, end))


def common_phrase_ru(name: str) -> bool:
    """Every word of a Russian name is a dictionary word that is no given name, surname or patronymic
    («Вооружённые силы», «Вооруженных Сил»): a noun phrase, not a person."""
    words = name.split()
    if len(words) < 2 or not all(re.fullmatch(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)?", w) for w in words):
        return False
    from generator.nlp.analysis import morph

    m = morph()
    if any(len(w) < 4 for w in words) and not {"ADJF", "PRTF"} & set(str(m.parse(words[0].casefold())[0].tag).replace(" ", ",").split(",")):
        return False  # short words with no adjective before them: a Vietnamese or Chinese name ("То Лам")
    for w in words:
        parses = m.parse(w.casefold())
        if not parses or not parses[0].is_known:
            return False
        if any({"Name", "Surn", "Patr", "Geox", "Orgn"} & set(str(p.tag).replace(" ", ",").split(","))
               for p in parses):
            return False
    return True


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """Given names the project knows, folded: the given-name tables (both scripts) and the first word of
    every name in the registry."""
    from generator.reference.registry import Registry
    from generator.text.foreign_names import tables
    from generator.text.translit import given_names

    out = set()
    for ru, en in given_names().items():
        out |= {_plain(ru), _plain(en)}
    for tb in tables().values():
        for ru, en in tb["given"].items():
            out |= {_plain(ru), _plain(en.split()[0])}
    try:
        reg = Registry()
        for k in (e for e in reg.entries.values() if e.kind == "person"):
            for n in (k.name, k.ru or "", *k.aliases):
                if n.split():
                    out.add(_plain(n.split()[0]))
    except Exception:  # noqa: BLE001 - the registry is optional here: the tables suffice
        pass
    return frozenset(out)


def known_given_name(word: str) -> bool:
    """A given name the project's tables or registry know, in either script ("Emomali", "Рустам")."""
    return _plain(word) in _given_names()


def place(name: str) -> bool:
    """Two words or more that GeoNames lists as a town, the first of them no given name ('Novo Selo')."""
    words = name.split()
    if len(words) < 2 or _plain(words[0]) in _given_names():
        return False
    from generator.extract.places import town

    return town(name) is not None


def drop(text: str, lang: str, persons: list) -> list:
    """The persons less institutions, companies and places (see the module's note)."""
    out = []
    for p in persons:
        if p.known is not None:
            out.append(p)
            continue
        fulls = [m for m in p.mentions if len(m.parts) >= 1]
        if any(institution(m.normal) or institution(m.text) for m in fulls):
            continue
        if any(company_after(text, m.end) for m in fulls) and not any(m.cue or m.role or m.rank for m in fulls):
            continue
        if lang == "ru" and all(common_phrase_ru(m.text) or common_phrase_ru(m.normal) for m in fulls):
            continue
        # (a town is never taken up by its last word alone: "… Zapata said" makes a person)
        if (not any(m.cue or m.role or m.rank or m.counterpart or len(m.parts) < 2 for m in fulls)
                and any(place(m.normal) or place(m.text) for m in fulls)):
            continue
        out.append(p)
    return out

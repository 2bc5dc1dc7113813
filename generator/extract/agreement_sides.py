"""Who the sides of a document are when the sentence does not name two states: the states a
multilateral meeting lists as taking part, and the state of a company a government signs a
contract with ("signed a contract with Korea Aerospace Industries", "контракт с компанией …").
Used by ``extract/agreements``."""

from __future__ import annotations

import re

from generator.reference.countries import CountryHit, index

_LIST_JOIN = re.compile(r"\s*(?:,|,?\s+and|и|,\s*и)\s*(?:the\s+)?", re.I)


def listed_states(text: str, sentences, countries: list[CountryHit], cue: int, reach: int = 4) -> list[str]:
    """The states of the first list of three or more ("Lithuania, Sweden, Finland, Estonia and
    Norway", "Казахстан, Киргизия и Таджикистан": names joined only by commas and "and") in the
    sentence that gives a meeting's size (at ``cue``) or one of the ``reach`` sentences after it."""
    idx = next((k for k, (a, b) in enumerate(sentences) if a <= cue < b), None)
    if idx is None:
        return []
    for a, b in list(sentences)[idx:idx + reach + 1]:
        run: list[CountryHit] = []
        for c in (c for c in countries if a <= c.start < b):
            if run and not _LIST_JOIN.fullmatch(text, run[-1].end, c.start):
                if len({h.code for h in run}) >= 3:
                    break
                run = []
            run.append(c)
        codes = list(dict.fromkeys(h.code for h in run))
        if len(codes) >= 3:
            return codes
    return []


_ATTENDED = re.compile(r"\b(?:attended by|took part|take part|taking part|participated|participating|gathered|brought "
                       r"together)\b|приняли участие|принимают участие|участвовали|собрались", re.I)
_GATHERING = re.compile(r"\b(?:ministers?|delegations?|meeting|talks|conference|council)\b|министр|делегаци|встреч|"
                        r"совещани|заседани|конференци", re.I)


def attended_by_list(text: str, sentences, countries: list[CountryHit], lead: int = 4) -> list[str]:
    """The states listed when one of the first ``lead`` sentences says ministers or delegations of
    three or more states took part in a meeting ("The meeting was attended by ministers from A, B,
    C and D", "В ней приняли участие министры A, B, C"): a meeting of all of them, though the text
    gives no number. Else []."""
    for a, b in list(sentences)[:lead]:
        if _ATTENDED.search(text, a, b) and _GATHERING.search(text, a, b):
            listed = listed_states(text, [(a, b)], countries, a, 0)
            if len(listed) >= 3:
                return listed
    return []


# A company named as the other side: "with Korea Aerospace Industries", "with the Turkish firm
# Baykar Technologies", "с компанией Korea Aerospace Industries". The name ends in a word that
# makes it a company.
_FIRM_END = (r"(?:Industries|Industry|Aerospace|Aeronautics|Corporation|Corp\.?|Company|Ltd\.?|Limited|Inc\.?|Group|"
             r"Systems|Technologies|Dynamics|Shipbuilding|Electronics|Motors|Holdings|Shipyards?|Works|Defen[cs]e)")
_COMPANY = re.compile(
    r"(?:\bwith\s+(?:the\s+|an?\s+)?(?:[a-z][\w-]*\s+){0,3}?|(?:^|\s)с\s+(?:[а-яё-]+\s+){0,2}?)"
    r"((?:[A-Z][\w&.'’-]*\s+){0,4}" + _FIRM_END + r")\b")


def company_state(sent: str, lo: int, hi: int) -> str | None:
    """The state of a company the text between ``lo`` and ``hi`` names as the other side of a
    document: the state its own name gives ("Israel Aerospace Industries"; "Korea" in a company's
    name is South Korea's), else None."""
    m = _COMPANY.search(sent, lo, hi)
    if not m:
        return None
    name = m.group(1)
    codes = [h.code for h in index().find(name, "en")]
    if codes:
        return codes[0]
    if re.search(r"\bKorean?\b", name):
        return "KR"  # a firm named for "Korea" is South Korea's (North Korea's trade under other names)
    return None


_VISIT_TO = re.compile(r"(?:\b(?:visit(?:s|ed|ing)?|trip|tour|arrived|arrives|travel(?:led|ed|s)?)\s+(?:to|in)\s+(?:the\s+)?|"
                       r"(?:визит\w*|прибыл\w*|прибыва\w*|поездк\w*|посети\w*)\s+(?:(?:в|во)\s+)?)$", re.I)


def visited_state(text: str, countries: list[CountryHit], lead: int = 600) -> str | None:
    """The state the lead says someone visits ("is on an official visit to Greece", "arrived in
    Egypt", "с официальным визитом в Греции", "посетил Грецию"): the host of the reported meeting
    when the text names no city for it."""
    for c in countries:
        if c.start >= lead:
            break
        if c.kind == "name" and _VISIT_TO.search(text[max(0, c.start - 40):c.start]):
            return c.code
    return None


# An international organisation named as the other side of a document ("signed a roadmap with
# NATO", "Georgia and NATO signed", "между Молдовой и Евросоюзом"): no state (the corpus lists
# states only), so the document's states are those its clause names. The closed class of the
# intergovernmental organisations of defence news, by name and abbreviation, in both languages.
_ORG_NAMES = (r"NATO|North Atlantic Alliance|EU|European Union|European Commission|European Defen[cs]e Agency|UN|"
              r"United Nations|OSCE|African Union|ASEAN|CSTO|SCO|CIS|GCC|Gulf Cooperation Council|Arab League|"
              r"League of Arab States|ECOWAS|НАТО|Североатлантическ\w+ альянс\w*|ЕС|Евросоюз\w*|Европейск\w+ союз\w*|"
              r"Европейск\w+ комисси\w*|ООН|Организаци\w+ Объединенных Наций|ОБСЕ|Африканск\w+ союз\w*|АСЕАН|ОДКБ|"
              r"ШОС|СНГ|ССАГПЗ|Лиг\w+ арабских государств|ЭКОВАС")
_ORG_SIDE = re.compile(r"(?:\b(?:with|and|between)|(?:^|\s)(?:с|со|и|между))\s+(?:the\s+)?(?-i:" + _ORG_NAMES + r")\b"
                       r"(?!['’]s|\s+(?:member|summit|allies|ally|countries|states|forces|troops|standards|partners|"
                       r"mission|operation|secretary|headquarters|exercise|стран|государств|саммит\w*|сил\w*))|"
                       r"\b(?-i:" + _ORG_NAMES + r")\s+(?:and|и)\s+(?-i:[A-ZА-ЯЁ])", re.I)


def org_side(sent: str, lo: int, hi: int) -> bool:
    """The text between ``lo`` and ``hi`` names an international organisation as a side of the
    document ("with NATO", "Bosnia and Herzegovina and the European Union", "НАТО и Грузия")."""
    return bool(_ORG_SIDE.search(sent, lo, hi))

"""Agreements: documents named in the text (plans, agreements, memoranda, protocols,
programmes, treaties, roadmaps), with kind, parties, the year they cover and whether the text
says they were signed at the reported event.

Status, decided from the sentence that names the document:
- ``signed``: a signing verb ("signed", "approved", "подписали", "утвердили") with no marker of
  another time or mood;
- ``earlier``: signed, but "earlier", "previously", "last year", "ранее", or in a past year;
- ``planned``: "will sign", "to be signed", "expected to", "next year", "планируется", "будет";
- ``drafted``: "draft", "prepared", "discussed", "проект", "обсудили";
- ``mentioned``: none of these.
Only ``signed`` sets the ``signed`` flag.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import nlp
from .countries import CountryHit, index

_HEADS_EN = {
    "plan": "plan", "plans": "plan", "agreement": "agreement", "agreements": "agreement",
    "memorandum": "memorandum", "memoranda": "memorandum", "protocol": "protocol",
    "programme": "programme", "program": "programme", "treaty": "treaty", "roadmap": "roadmap",
    "contract": "contract", "accord": "agreement",
}
_HEADS_RU = {
    "план": "plan", "соглашение": "agreement", "меморандум": "memorandum", "протокол": "protocol",
    "программа": "programme", "договор": "treaty", "контракт": "contract",
}
_MODS_EN = {
    "bilateral", "trilateral", "multilateral", "cooperation", "co-operation", "military", "military-technical",
    "defence", "defense", "joint", "action", "work", "training", "technical", "intergovernmental",
    "framework", "security", "strategic", "partnership", "exercise", "exercises", "medical", "education",
    "educational", "military-educational", "military-medical", "cyber", "readiness", "annual", "mutual",
    "logistics", "supply", "arms", "naval", "border", "interagency", "interdepartmental", "industrial",
    "defense-industrial", "defence-industrial", "visa", "transit", "peace",
}
_DOC_EN = {"memorandum", "protocol", "treaty", "roadmap", "contract"}
_GLOSS_RU = {
    "двусторонний": "bilateral", "трехсторонний": "trilateral", "сотрудничество": "cooperation",
    "военный": "military", "военно-технический": "military-technical", "военно-образовательный": "military-education",
    "военно-медицинский": "military-medical", "взаимопонимание": "understanding", "оборонный": "defence",
    "подготовка": "training", "образование": "education", "учение": "exercises", "совместный": "joint",
    "стратегический": "strategic", "партнерство": "partnership", "медицина": "medicine", "медицинский": "medical",
    "кибербезопасность": "cybersecurity", "безопасность": "security", "инструктор": "instructors",
    "действие": "action", "мероприятие": "activities", "область": "", "сфера": "", "развитие": "development",
    "военнослужащий": "servicemen", "кадр": "personnel", "поставка": "supply", "вооружение": "arms",
    "промышленность": "industry", "стратегия": "strategy", "оборона": "defence", "обучение": "training",
    "офицер": "officers", "специалист": "specialists",
}

_SIGN_EN = re.compile(r"\b(sign(?:ed|s|ing)?|ink(?:ed)?|approv(?:ed|es)|conclud(?:ed)|adopt(?:ed)|initial(?:l)?ed)\b", re.I)
_SIGN_RU = re.compile(r"подпис\w*|утверд\w*|заключ\w*|одобр\w*|парафир\w*", re.I)
_PLANNED_EN = re.compile(
    r"\b(will|would|shall|to be signed|to sign|expected|plans? to|planned|planning|intend\w*|is to|are to|set to|"
    r"next (?:year|month|week)|upcoming|future|could|may|should|agreed to sign|due to|scheduled|in the coming)\b", re.I)
_DRAFT_EN = re.compile(r"\b(draft\w*|prepar\w*|discuss\w*|negotiat\w*|work(?:ing|ed)? on|review\w*|elaborat\w*|considered)\b", re.I)
_EARLIER_EN = re.compile(r"\b(earlier|previously|last (?:year|month|week)|had signed|ago|before that|in the past)\b", re.I)
_PLANNED_RU = re.compile(r"будет|будут|планиру\w*|предстоит|намерен\w*|в следующем году|в ближайшее время|в дальнейшем|ожида\w*|предполага\w*", re.I)
_DRAFT_RU = re.compile(r"проект\w*|подготов(?:ить|ят|или|ил|ила|лен\w*|ку проекта)\b|готов\w*ся|обсу[жд]\w*|рассмотр\w*|разрабат\w*|разработ\w*|согласова\w*", re.I)
_EARLIER_RU = re.compile(r"ранее|в прошлом году|прежде|до этого", re.I)
_YEAR_EN = re.compile(r"\bfor\s+(?:the\s+(?:years?|period)\s+)?(\d{4})(?:\s*[-–]\s*(\d{4}))?\b|\b(\d{4})(?:\s*[-–]\s*(\d{4}))?\s+(?:plan|programme|program)\b", re.I)
_YEAR_RU = re.compile(r"\bна\s+(\d{4})(?:\s*[-–]\s*(\d{4}))?\s*(?:год|гг)", re.I)
_MINISTRIES = re.compile(r"ministr(?:y|ies) of defen[cs]e|defen[cs]e ministr(?:y|ies)|министерств\w* обороны|defen[cs]e agencies", re.I)
_CONFLICT = re.compile(r"conflict|war\b|конфликт|войн", re.I)


@dataclass(frozen=True, slots=True)
class AgreementHit:
    kind: str
    descriptor: str  # English words between parties and kind: "bilateral cooperation"
    complement: str  # English: "of understanding on military education"
    parties: tuple[str, ...]
    year: str | None
    status: str
    ministries: bool
    start: int
    end: int
    text: str

    @property
    def signed(self) -> bool:
        return self.status == "signed"

    def key(self) -> tuple:
        if self.year:
            return (self.kind, self.parties, self.year, "understanding" in self.complement)
        return (self.kind, self.parties, self.descriptor, self.complement)

    def name(self) -> str:
        cx = index()
        parties = "–".join(cx.name(p) for p in self.parties)
        kind = "memorandum of understanding" if self.kind == "memorandum" and "understanding" in self.complement else self.kind
        comp = self.complement.replace("of understanding", "").strip()
        words = [parties] if parties else []
        if self.ministries:
            words.append("defence ministries")
        if self.descriptor:
            words.append(self.descriptor)
        words.append(kind)
        if comp:
            words.append(comp)
        if self.year:
            words.append(f"for {self.year}")
        return " ".join(words)


def find(text: str, lang: str, countries: list[CountryHit], principals: list[str], article_year: int | None) -> list[AgreementHit]:
    out: list[AgreementHit] = []
    for s, e in nlp.sentences(text):
        sent = text[s:e]
        toks = nlp.tokenize(sent)
        for i, t in enumerate(toks):
            if lang == "ru":
                lem = nlp.lemma(t.text)
                kind = _HEADS_RU.get(lem)
                if lem == "карта" and i > 0 and "дорожный" in nlp.lemmas(toks[i - 1].text):
                    kind = "roadmap"
                if kind and _plural_ru(t.text) and not _YEAR_RU.search(sent[t.end:t.end + 60]):
                    continue  # "о планах совместной подготовки": plans, not a document
            else:
                kind = _HEADS_EN.get(t.low)
                if kind and t.low in ("plans", "agreements", "programs", "programmes") and not _YEAR_EN.search(sent[t.end:t.end + 40]):
                    continue
            if not kind:
                continue
            if i > 0 and (toks[i - 1].low in ("organization", "organisation") or "организация" in nlp.lemmas(toks[i - 1].text)):
                continue  # "Collective Security Treaty Organization", "Организации Договора …": a name, not a document
            hit = (_phrase_ru if lang == "ru" else _phrase_en)(sent, toks, i, kind)
            if hit is None:
                continue
            p_start, p_end, descriptor, complement = hit
            phrase = sent[p_start:p_end]
            year = _year(phrase if lang == "en" else sent[p_start:min(len(sent), p_end + 30)], lang)
            sent_countries = [c for c in countries if s <= c.start and c.end <= e]
            want = 3 if re.search(r"trilateral|three (?:countries|states|sides)|трехсторон|трёхсторон|трех стран|трёх стран", sent, re.I) else 2
            parties = _parties(sent, s, p_start, p_end, sent_countries, principals, want)
            status = _status(sent, phrase, lang, article_year)
            out.append(AgreementHit(kind, descriptor, complement, parties, year, status,
                                    bool(_MINISTRIES.search(sent)), s + p_start, s + p_end, phrase))
    # One document named twice in an article: keep the first, but keep a signing if any says so.
    merged: dict[tuple, AgreementHit] = {}
    for h in out:
        k = h.key()
        if k not in merged:
            merged[k] = h
        elif h.signed and not merged[k].signed:
            merged[k] = h
    return list(merged.values())


def _phrase_en(sent, toks, i, kind):
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    if kind == "plan" and nxt in ("to",):
        return None
    # Modifiers to the left.
    j = i
    mods = []
    while j > 0:
        w = toks[j - 1]
        if w.low in _MODS_EN or (w.text[0].isupper() and w.low in _MODS_EN):
            mods.insert(0, w.low)
            j -= 1
            continue
        break
    # Complement to the right: "of understanding", "on military education", "for 2021".
    k = i + 1
    comp = []
    if k < len(toks) and toks[k].low in ("of", "on") :
        k2 = k + 1
        words = [toks[k].low]
        while k2 < len(toks) and k2 - k <= 6 and (toks[k2].low in _MODS_EN or toks[k2].low in ("understanding", "the", "in", "field", "of", "and", "education", "training", "cooperation", "cybersecurity", "instructors", "officers", "specialists", "exchange", "personnel", "security", "peacekeeping")):
            words.append(toks[k2].low)
            k2 += 1
        while words and words[-1] in ("the", "in", "of", "and", "field"):
            words.pop()
        if len(words) > 1:
            comp = words
            k = k2
    end = toks[min(k, len(toks)) - 1].end
    # Extend over "between ..." and "for YEAR".
    rest = sent[end:]
    m = re.match(r"(\s+between\s+[^.;]{3,90}?)?(\s+for\s+(?:the\s+(?:years?|period)\s+)?\d{4}(?:\s*[-–]\s*\d{4})?)", rest)
    if m:
        end += m.end()
    descriptor = " ".join(w for w in mods if w not in ("the",))
    complement = " ".join(comp)
    has_year = bool(m) or bool(re.search(r"\b\d{4}\s*$", sent[:toks[i].start]))
    if descriptor or complement or has_year or (kind in _DOC_EN and _SIGN_EN.search(sent)):
        return (toks[j].start, end, descriptor, complement)
    return None


def _phrase_ru(sent, toks, i, kind):
    # The genitive or prepositional complement: "план двустороннего сотрудничества",
    # "меморандум о взаимопонимании в области военного образования".
    k = i + 1
    words = []
    prep = None
    while k < len(toks) and k - i <= 9:
        w = toks[k]
        lem = nlp.lemma(w.text)
        if w.low in ("о", "об", "по") and k == i + 1:
            prep = "on"
            k += 1
            continue
        if w.low in ("в", "во") and words:
            words.append(("в", "in"))  # "в области/сфере …": "in …"
            k += 1
            continue
        if lem in _GLOSS_RU:
            if _GLOSS_RU[lem]:
                words.append((w.low, _GLOSS_RU[lem]))
            k += 1
            continue
        break
    while words and words[-1][1] == "in":
        words.pop()
    end = toks[k - 1].end if k > i + 1 else toks[i].end
    rest = sent[end:]
    m = re.match(r"(\s+между\s+[^.;]{3,90}?)?(\s+на\s+\d{4}(?:\s*[-–]\s*\d{4})?\s*(?:год\w*|гг\.?))", rest)
    if m:
        end += m.end()
    eng = [e for _, e in words]
    descriptor, complement = "", ""
    if kind == "memorandum" and "understanding" in eng:
        eng.remove("understanding")
        complement = "of understanding" + (f" on {' '.join(eng)}" if eng else "")
    elif prep and eng:
        complement = "on " + " ".join(eng)
    else:
        # Adjectives first: the glossary's words are already in English order for pairs like
        # "двустороннего сотрудничества" -> "bilateral cooperation".
        descriptor = " ".join(eng)
    if not (descriptor or complement or m) and not (kind in ("memorandum", "protocol", "treaty") and _SIGN_RU.search(sent)):
        return None
    start = toks[i - 1].start if kind == "roadmap" and i > 0 else toks[i].start
    return (start, end, descriptor, complement)


def _year(phrase: str, lang: str) -> str | None:
    m = (_YEAR_RU if lang == "ru" else _YEAR_EN).search(phrase)
    if not m:
        return None
    groups = [g for g in m.groups() if g]
    return "–".join(groups[:2]) if len(groups) > 1 else groups[0]


def _plural_ru(word: str) -> bool:
    parses = nlp.morph().parse(word.casefold())
    return bool(parses) and "plur" in parses[0].tag

def _parties(sent, s, p_start, p_end, sent_countries, principals, want=2) -> tuple[str, ...]:
    codes: list[str] = []
    for c in sent_countries:
        # Countries named only inside a conflict ("Armenia-Azerbaijan conflict") are not parties.
        around = sent[max(0, c.end - s):max(0, c.end - s) + 40]
        if _CONFLICT.search(around.split(".")[0][:30]):
            continue
        if c.code not in codes:
            codes.append(c.code)
    if len(codes) < want:
        for p in principals:
            if len(codes) >= want:
                break
            if p not in codes:
                codes.append(p)
    cx = index()
    return tuple(sorted(codes, key=lambda c: cx.name(c)))


def _status(sent: str, phrase: str, lang: str, article_year: int | None) -> str:
    outside = sent.replace(phrase, " ")
    if lang == "ru":
        sign, planned, draft, earlier = _SIGN_RU, _PLANNED_RU, _DRAFT_RU, _EARLIER_RU
    else:
        sign, planned, draft, earlier = _SIGN_EN, _PLANNED_EN, _DRAFT_EN, _EARLIER_EN
    signed = bool(sign.search(outside))
    if earlier.search(outside):
        return "earlier" if signed else "mentioned"
    if article_year:
        for y in re.findall(r"\b(?:in|в)\s+(\d{4})\b", outside):
            if int(y) < article_year and signed:
                return "earlier"
    if planned.search(outside):
        return "planned"
    if draft.search(outside):
        return "drafted"
    if signed:
        return "signed"
    return "mentioned"

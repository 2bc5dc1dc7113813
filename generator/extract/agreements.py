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

A definite back-reference ("The agreement was signed in Lima on …", "the new protocol builds on
the earlier one", "этот протокол") is the document already named, never a second one; a document
"signed by the five littoral states" or a "multilateral" one has no pair of parties; a document
that is the object of a draft verb ("agreed to draft a joint plan for … for 2025") is a document.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from dataclasses import replace

from generator.extract.agreement_clauses import DOC_HEAD, attached_clause, full_span_years, span_after
from generator.extract.agreement_sides import (attended_by_list, company_state, counterpart_states, group_of, listed_states, meeting_pair, meeting_sides, org_owned, org_side,
                                              stated_size,
                                              signer_and_partner, subject_states, visited_state)
from generator.model import AgreementHit, Analysis
from generator.nlp import analysis as nlp
from generator.reference.countries import CountryHit, index, on_tag_line

_HEADS_EN = {
    "plan": "plan", "plans": "plan", "agreement": "agreement", "agreements": "agreement",
    "memorandum": "memorandum", "memoranda": "memorandum", "protocol": "protocol",
    "programme": "programme", "program": "programme", "treaty": "treaty", "roadmap": "roadmap",
    "contract": "contract", "accord": "agreement", "pact": "agreement", "mou": "memorandum", "declaration": "declaration",
    "programs": "programme", "programmes": "programme", "protocols": "protocol", "memorandums": "memorandum",
    "treaties": "treaty", "roadmaps": "roadmap", "contracts": "contract", "mous": "memorandum",
    "deal": "agreement", "arrangement": "arrangement", "arrangements": "arrangement", "documents": "documents",
}
_PLURAL_EN = {"plans", "agreements", "programs", "programmes", "protocols", "memorandums", "memoranda", "treaties",
              "roadmaps", "contracts", "mous", "arrangements", "documents"}
_HEADS_RU = {
    "план": "plan", "соглашение": "agreement", "меморандум": "memorandum", "протокол": "protocol",
    "программа": "programme", "договор": "treaty", "контракт": "contract", "декларация": "declaration",
    "межправсоглашение": "agreement",  # the clipped "межправительственное соглашение"
}
_MODS_EN = {
    "bilateral", "trilateral", "multilateral", "cooperation", "co-operation", "military", "military-technical",
    "defence", "defense", "joint", "action", "work", "training", "technical", "intergovernmental",
    "framework", "security", "strategic", "partnership", "exercise", "exercises", "medical", "education",
    "educational", "military-educational", "military-medical", "cyber", "readiness", "annual", "mutual",
    "logistics", "supply", "arms", "naval", "border", "interagency", "interdepartmental", "industrial",
    "defense-industrial", "defence-industrial", "visa", "transit", "peace", "implementation",
}
# Kinds that name one document even without a descriptor, when the sentence signs, approves,
# plans or drafts it ("signed an agreement", "an MoU was signed", "will sign a declaration").
_DOC_EN = {"memorandum", "protocol", "treaty", "roadmap", "contract", "agreement", "letter of arrangement", "letter of intent",
           "statement of intent", "arrangement", "documents", "declaration", "statement"}
_DOC_RU = {"memorandum", "protocol", "treaty", "agreement", "declaration", "contract", "roadmap", "statement of intent",
           "letter of intent", "documents", "statement"}
# Statements of policy rather than instruments (a declaration, a letter or statement of intent): a
# document of the reported meeting when signed, adopted, drafted or planned there; one recalled
# from another day, or named in passing, is background and not listed (the corpus lists plans,
# programmes, agreements, memoranda, protocols, treaties, roadmaps).
_SOFT = {"declaration", "letter of intent", "statement of intent", "statement"}  # ("statement": a vision statement, round 20)
# Round 19 (fixev): a company's purchase contract named in passing is no document between states. A contract is
# performed by a company ("Dutch shipbuilder Damen has delivered two frigates under a contract signed in 2017",
# «верфь передала флоту корвет по контракту 2019 года»): a company noun of a closed class, or a named company,
# in the contract's clause before it or as its partner after "with", or goods delivered "under"/«по» it. A contract signed or to be signed at the reported
# meeting keeps its states (the earlier rounds' convention: "Poland signed a contract with Hanwha").
_COMPANY_NOUN = re.compile(r"\b(?:shipbuilders?|shipyards?|manufacturers?|makers?|company|companies|firms?|contractors?|"
                           r"corporations?|conglomerates?|defen[cs]e\s+group)\b|(?<!\w)(?:компани|концерн|корпораци|завод|верф|"
                           r"производител|холдинг|предприяти)\w*", re.I)
_WITH_COMPANY = re.compile(r"(?<!\w)(?:with|с|со)\s+(?:[\w-]+\s+){0,3}?(?:shipbuilders?|shipyards?|manufacturers?|makers?|company|firms?|"
                           r"contractors?|corporations?|компани|концерн|корпораци|завод|верф|производител|холдинг)", re.I)
_UNDER_CONTRACT = re.compile(r"\bunder\s+(?:an?|the|its|their|this|that)\s+(?:[\w$.,-]+\s+){0,3}?$|(?<!\w)по\s+(?:\w+\s+){0,2}$", re.I)
# Such a statement only talked over at the meeting ("discussed a letter of intent on …", «обсудили письмо
# о намерениях») is no document of it; one drafted or prepared there is.
_TALKED_OVER = re.compile(r"\b(?:discuss\w*|review\w*|consider\w*|talk\w*|exchang\w* views)|\bобсу[жд]\w*|\bрассм[оа]тр\w*", re.I)
_WRITTEN = re.compile(r"\b(?:draft\w*|prepar\w*|draw\w* up|drew up|work\w* out|develop\w*|negotiat\w*)|"
                      r"\b(?:проект\w*|подгот\w*|готов\w*|разраб\w*|согласов\w*)", re.I)
# Documents named in the plural are listed (as one entry) only when counted ("several agreements",
# "a package of documents", "ряд соглашений", "пакет документов") or given a topic without a
# definite word ("signed documents on naval cooperation", "документов по формированию …").
_COUNT_EN = re.compile(r"\b(?:several|a number of|a series of|a package of|a set of|a range of|a raft of|a host of|a dozen|"
                       r"multiple|various|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[\w-]+\s+){0,3}$", re.I)
_COUNT_RU = re.compile(r"(?:^|\s)(?:ряд\w*|пакет\w*|нескольк\w*|сери\w+|комплект\w*|два|две|три|четыре|пять|шесть|семь|"
                       r"восемь|\d{1,2})\s+(?:[а-яё-]+\s+){0,2}$", re.I)
_DEFINITE_EN = re.compile(r"\b(?:the|these|those|both|such|all|its|their|our|his|her|previous|existing|earlier|"
                          r"under|within|implementation of|implementing|pursuant to|in line with|in accordance with|"
                          r"framework of|basis of)\s+(?:[\w-]+\s+){0,3}$", re.I)
_DEFINITE_RU = re.compile(r"(?:^|\s)(?:эт\w+|данн\w+|указанн\w+|вс[еёи]\w*|подписанн\w+|ранее|прежн\w+|действующ\w+|"
                          r"имеющ\w+|двусторонн\w+|межправительственн\w+|реализаци\w*|выполнени\w*|исполнени\w*|"
                          r"рамках|соответствии с|основе|основании)\s+(?:[а-яё-]+\s+){0,2}$", re.I)
_TOPIC_AFTER = re.compile(r"\s+(?:on|about|regarding|concerning|in the (?:field|area|sphere)s? of|о|об|по)\s+\w", re.I)


def _counted(sent: str, start: int, end: int, lang: str) -> bool:
    """A plural document word that names documents to list (see _COUNT_EN)."""
    before = sent[max(0, start - 60):start]
    if (_COUNT_RU if lang == "ru" else _COUNT_EN).search(before):
        return not re.search(r"\b(?:the|these|those|both|all|эти|этих|все|всех)\s+(?:[\w-]+\s+){0,1}$", before, re.I) \
            or bool(re.search(r"\ba (?:number|series|package|set|range|raft|host) of\s+(?:[\w-]+\s+){0,3}$", before, re.I))
    return bool(_TOPIC_AFTER.match(sent, end)) and not (_DEFINITE_RU if lang == "ru" else _DEFINITE_EN).search(before)
# Three-word kinds: "letter of intent", "statement of intent", "letter of arrangement"; Russian
# "заявление о намерениях", "письмо о намерениях".
_OF_KINDS_EN = {("letter", "arrangement"): "letter of arrangement", ("letter", "intent"): "letter of intent",
                ("statement", "intent"): "statement of intent", ("statement", "intention"): "statement of intent",
                ("statement", "intentions"): "statement of intent", ("letter", "intention"): "letter of intent"}
_OF_KINDS_RU = {"заявление": "statement of intent", "письмо": "letter of intent"}
# Words that make a plan or programme a vague reference: "a big cooperation plan", "насыщенная
# совместная программа" (unless a year or a signing pins it down).
_VAGUE = {"big", "vast", "broad", "large", "extensive", "rich", "ambitious", "wide", "huge", "busy", "intensive",
          "packed", "eventful", "насыщенный", "обширный", "большой", "широкий", "масштабный", "богатый", "обширная"}
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
    "офицер": "officers", "специалист": "specialists", "беспилотный": "unmanned", "летательный": "aerial",
    "аппарат": "vehicles", "использование": "use", "применение": "use", "гарантия": "guarantees",
    "взаимный": "mutual", "рамочный": "framework", "доступ": "access", "реализация": "implementation", "практический": "practical",
    "намерение": "intent", "морской": "maritime", "закупка": "procurement", "боеприпас": "ammunition",
    "производство": "production", "обмен": "exchange", "информация": "information", "защита": "protection",
    "секретный": "classified", "разминирование": "demining", "поиск": "search", "спасение": "rescue",
    "военно-морской": "naval", "миротворческий": "peacekeeping", "укрепление": "strengthening", "доверие": "confidence", "приграничный": "border", "граница": "border",
    "охрана": "protection", "внешний": "external", "пограничный": "border", "патрулирование": "patrols",
    "логистика": "logistics", "противовоздушный": "air", "кибероборона": "cyber defence", "намерения": "intent",
    # amending documents and common topics, so a name does not mix English with inflected Russian words
    "внесение": "amendments", "изменение": "", "продление": "extension", "речной": "river", "противодействие": "countering",
    "терроризм": "terrorism", "экстремизм": "extremism", "связь": "communications", "разведка": "intelligence",
    "гидрографический": "hydrographic", "топографический": "topographic", "перевозка": "transport", "транспорт": "transport",
    "ремонт": "repair", "обслуживание": "maintenance", "техника": "equipment", "спорт": "sports", "здравоохранение": "health",
    "космический": "space", "космос": "space", "авиация": "aviation", "авиационный": "aviation", "радиоэлектронный": "electronic",
    "химический": "chemical", "биологический": "biological", "ядерный": "nuclear", "радиационный": "radiation",
    "картография": "cartography", "метеорологический": "meteorological", "учебный": "training", "курсант": "cadets",
    "бронетехника": "armoured vehicles", "бронетанковый": "armoured", "вертолет": "helicopters", "самолет": "aircraft",
    "корабль": "ships", "судно": "vessels", "стрелковый": "small", "оружие": "arms", "снаряжение": "equipment",
    "передача": "transfer", "оборудование": "equipment", "технология": "technology", "имущество": "property",
    "союзнический": "allied", "отношение": "relations", "безвозмездный": "free", "помощь": "assistance",
    # second halves of compounds read part by part (`_compound_ru`): "военно-финансовом"
    "финансовый": "financial", "политический": "political", "экономический": "economic", "научный": "scientific",
    "технический": "technical", "промышленный": "industrial", "исследовательский": "research",
    # objects of production, supply and repair ("о производстве танков": "on production of tanks")
    "танк": "tanks", "гаубица": "howitzers", "ракета": "missiles", "истребитель": "fighters", "снаряд": "shells",
    "беспилотник": "drones", "артиллерия": "artillery", "лицензионный": "licensed", "модернизация": "modernisation",
    "бронемашина": "armoured vehicles", "запчасть": "spare parts", "подлодка": "submarines", "фрегат": "frigates",
}

_SIGN_EN = re.compile(r"\b(sign(?:ed|s|ing)?|signatures?|ink(?:ed|s|ing)?|seal(?:ed|s|ing)?|clinch(?:ed|es|ing)?|penned|"
                      r"approv(?:ed|es)|conclud(?:e|es|ed)|adopt(?:ed)|finali[sz](?:e|es|ed)|struck|"
                      r"put(?:ting)?\s+pen\s+to\s+paper|"
                      # "the ministers exchanged the signed documents": the ceremony's exchange (not
                      # "the exchange of instruments of ratification", not "exchanged views", not
                      # documents exchanged without a word of signing: round 5's unnamed documents)
                      r"exchang(?:ed|ing)(?=\s+(?:the\s+|their\s+)?signed\s+(?:documents?|copies|texts|memorand\w*|agreements?|protocols?|plans?)\b)|"
                      # round 20: the exchange of the documents at the ceremony ("documents were exchanged: …", "the
                      # sides exchanged the documents", "the exchange of documents"; not instruments of ratification)
                      r"(?<=documents\swere\s)exchanged|(?<=documents\sare\s)exchanged|(?<=documents\shave\sbeen\s)exchanged|"
                      r"exchang(?:ed|ing)(?=\s+(?:the\s+)?documents\b)|exchange(?=\s+of\s+(?:the\s+)?(?:signed\s+)?documents\b))\b", re.I)
# Verbs that sign only the document that is their direct object: "agreed a plan", "agreed on the
# roadmap", "endorsed the plan for 2024" ("agreed on the main activities of the plan" does not).
_WEAK_SIGN_EN = re.compile(r"\b(?:agreed(?:\s+(?:on|upon))?|endorsed)\b", re.I)
_DIRECT_OBJ_EN = re.compile(r"\s+(?:a|an|the|their|its|this|these|new)(?:\s+(?!(?:of|on|for|to|with|and)\b)[\w-]+){0,3}\s+", re.I)
# "приняли дорожную карту", "принята программа" adopt a document ("принял участие", "принял
# министра" do not: see _ADOPT_RU in _verb_status).
_SIGN_RU = re.compile(r"обменял\w+(?=\s+подписанн\w+\s+(?:документ|соглашени|меморандум|протокол|план|экземпляр))|обменял\w+(?=\s+документ)|обмен(?:а|ом)?(?=\s+(?:подписанными\s+)?документ)|подпи[сш]\w*|утвер[дж]\w*|заключ\w*|одобр\w*|приня(?:л|ла|ли|т|та|то|ты)\b(?!\s+участи)", re.I)
_ADOPT_RU = re.compile(r"приня\w*", re.I)
_PLANNED_EN = re.compile(
    r"\b(will|would|shall|to be signed|to sign|expected|plans? to|planned|planning|intend\w*|is to|are to|set to|"
    r"next (?:year|month|week)|upcoming|future|could|(?-i:may)|should|agreed to sign|due to|scheduled|in the coming)\b", re.I)
_DRAFT_EN = re.compile(r"\b(draw(?:ing|s)? up|drew up|drawn up|work(?:ed|ing|s)? out|draft(?:ed|ing|s)?|initial(?:l)?(?:ed|ing)|prepar(?:e|ed|es|ing)|discuss(?:ed|es|ing)?|negotiat(?:e|ed|es|ing|ions?)|work(?:ing|ed)? on|review(?:ed|ing)?|elaborat(?:e|ed|ing)|considered)\b", re.I)
# Markers of another, earlier occasion, one list for every use: "earlier", "previously", "last
# year", "had been signed", "ранее", "в свое время"; "earlier today", "earlier this week", "в тот
# же день" are the reported meeting's own day.
_EARLIER_WORDS_EN = (r"previously|(?<!the )(?<!a )(?<!its )(?<!their )recently(?= (?:signed|concluded|inked|sealed|agreed))|last (?:year|month|week|january|february|march|april|may|june|july|august|september|"
                     r"october|november|december|spring|summer|autumn|fall|winter)|had (?:been )?(?:signed|concluded|approved|inked)|ago|"
                     r"before that|in the past|in recent years|(?<!the )(?<!their )(?<!its )(?<!his )(?<!her )(?<!our )(?<!an )earlier")
# ("their earlier work", "an earlier visit": an adjective of a noun, not the clause's time)
_EARLIER_WORDS_RU = r"ранее|в последние годы|недавно(?= (?:подписал|заключил|утвердил))|в прошлом (?:году|месяце)|прежде(?! всего)|до этого|в сво[её] время"
_SAME_DAY = (r"(?! (?:in the day|today|this (?:week|morning|afternoon)|on (?:monday|tuesday|wednesday|thursday|friday|"
             r"saturday|sunday)|в тот же день|в этот день|сегодня))")


def _earlier_marker(words: str, opening: bool = False) -> re.Pattern:
    """A marker of an earlier occasion among ``words`` (not one of the same day); ``opening``: only
    as the sentence's first words ("Earlier, … signed …" scopes over every clause)."""
    lead = r"\W*" if opening else r"\b"
    return re.compile(lead + r"(?:" + words + r")\b" + _SAME_DAY, re.I)


_EARLIER_EN = _earlier_marker(_EARLIER_WORDS_EN)
_EARLIER_RU = _earlier_marker(_EARLIER_WORDS_RU)
_SENTENCE_EARLIER = _earlier_marker(_EARLIER_WORDS_EN + "|" + _EARLIER_WORDS_RU, opening=True)
_PLANNED_RU = re.compile(r"(?:договорил\w*|договор[её]нност\w*)\s+о\s+(?:подписании|заключении|утверждении)|подпиш(?:ут|ет|ем|ете)\b|утвердят\b|заключат\b|долж(?:ен|на|но|ны)\s+(?:быть\s+)?(?:подписа\w*|утвер[дж]\w*|заключ\w*|определить)|будет|будут|планиру\w*|запланир\w*|намечен\w*|предстоит|намерен\w*|в следующем году|в ближайшее время|в дальнейшем|ожида\w*|предполага\w*", re.I)
_DRAFT_RU = re.compile(r"проект\w*|парафир\w*|переговор\w*|подготов(?:ить|ят|или|ил|ила|лен\w*|ку проекта)\b|готов\w*ся|обсу[жд]\w*|рассмотр\w*|разрабат\w*|разработ\w*|согласов\w*|прорабат\w*|проработ\w*|дорабатыва\w*|доработ\w*", re.I)
_YEAR_EN = re.compile(r"\b(?:for|on)\s+(?:the\s+(?:years?|period)\s+(?:of\s+)?)?(?:from\s+)?(\d{4})(?![-–/.]\d\d\b)(?:\s*(?:[-–/]|to|through|until)\s*(\d{4}))?\b|\b(\d{4})(?:\s*[-–]\s*(\d{4}))?\s+(?:plan|programme|program)s?\b", re.I)
_YEAR_RU = re.compile(r"\bна\s+(?:(?:период|срок)\s+)?(?:с\s+)?(\d{4})(?:\s*(?:[-–—/]|по|до|и)\s*(\d{4}))?\s*(?:год|гг|г\.)", re.I)
_WINDOW = 400
# "replaces the one signed in 2012": the pronoun "one" standing for the document replaced.
_REPLACES_ONE = re.compile(r"\b(?:replac\w*|supersed\w*|instead\s+of)\s+the\s+(?:old\s+|previous\s+|earlier\s+)?$", re.I)
_SIGNED_AFTER_ONE = re.compile(r"\s+(?:(?:that|which)\s+(?:was|they|the\s+\w+)\s+)?(?:signed|concluded|inked|adopted)\b", re.I)
# A full stop, then a quotation that opens the next sentence ("… for 2025. 'In 2023 we …", «… 2025 год. «В 2023 году …»):
# a sentence boundary the splitter keeps inside one sentence.
_QUOTE_OPENS = re.compile(r"(?<=[a-zа-яё\d)])[.!?]\s+(?=['‘\"“«„][A-ZА-ЯЁ])")
_CEREMONY = re.compile(r"(?:\b(?:in accordance with|according to|as per|per|by|under|following)\s+(?:the\s+)?(?:state\s+|diplomatic\s+|military\s+)?|"
                       r"(?:в соответствии с|согласно|по)\s+(?:\w+\s+)?)$", re.I)
_CEREMONY_COMP = re.compile(r"\s+(?:on|of|about|between|о|об|между|по)\s", re.I)
# Words that point at one existing document ("set out in the protocol", "зафиксировано в
# протоколе", "under the agreement"): a document, though no one signs it in the sentence.
# ("in accordance with the protocol", "в соответствии с протоколом", "согласно протоколу" are the
# ceremony's protocol: not listed.)
_REFERRED_EN = re.compile(r"\b(?:enshrined|set out|stipulated|provided for|laid down|recorded|under the|"
                          r"within the framework of the|pursuant to the|implementation of the)\b", re.I)
_REFERRED_RU = re.compile(r"зафиксир\w*|закрепл\w*|предусмотр\w*|в рамках|во исполнение|выполнени\w*|реализаци\w*", re.I)
_CONSENSUS = re.compile(r"\b(?:reach\w*|came to|come to|in|express\w*|voic\w*|stat\w*|by|with|there (?:is|was))\s+"
                        r"(?:an?\s+|full\s+|complete\s+|mutual\s+|broad\s+|general\s+|their\s+|common\s+)*agreements?\b|"
                        r"\bagreements?\s+(?:was\s+|were\s+)?reached\b|\bagreement\s+(?:of|between)\s+the\s+(?:parties|sides)\b|"
                        r"\bagreement\s+(?:on|about)\s+the\s+need\b", re.I)
_REPLACED = re.compile(r"\b(?:replac\w*|supersed\w*|instead of)\s+(?:the\s+|an?\s+)?(?:\w+\s+){0,3}$|(?:замен\w*|вместо)\s+(?:\w+\s+){0,3}$", re.I)
_MINISTRIES = re.compile(r"ministr(?:y|ies) of defen[cs]e|defen[cs]e ministr(?:y|ies)|министерств\w* обороны|defen[cs]e agencies", re.I)
_ONE_MINISTRY = re.compile(r"ministry|министерств(?:о|ом|у|е)\b", re.I)


def _by_ministries(wsent: str) -> bool:
    """The document is the defence ministries' ("the defence ministries of A and B signed", "the
    Ministry of Defence of A and the Ministry of Defence of B"), not one ministry's announcement of
    it ("…, the Indian Ministry of Defence announced")."""
    found = list(_MINISTRIES.finditer(wsent))
    return len(found) >= 2 or any(not _ONE_MINISTRY.search(m.group(0)) for m in found)


_CONFLICT = re.compile(r"conflict|war\b|конфликт|войн", re.I)


_CYRILLIC = re.compile(r"[А-Яа-яЁё]")


def agreement_name(h: AgreementHit) -> str:
    """The document's English name: its parties' names (the country index), kind, description, year.
    An English name never carries Russian words: a description or complement with a word the glossary
    does not know ("о союзнических отношениях" before the glossary knew it) falls back to the generic
    name of the kind and the parties, as for a document named with no subject; the words as written
    stay in the hit's ``text`` (and the key keeps them, so two such documents stay apart)."""
    cx = index()
    parties = "–".join(cx.name(p) for p in h.parties)
    kind = "memorandum of understanding" if h.kind == "memorandum" and "understanding" in h.complement else h.kind
    comp = h.complement.replace("of understanding", "").strip()
    if _CYRILLIC.search(comp):
        comp = ""
    words = [parties] if parties else []
    if h.ministries:
        words.append("defence ministries")
    if h.descriptor and not _CYRILLIC.search(h.descriptor):
        words.append(h.descriptor)
    words.append(kind)
    if comp:
        words.append(comp)
    if h.year:
        words.append(f"for {h.year}")
    return " ".join(words)


def find(an: Analysis, countries: list[CountryHit], principals: list[str], article_year: int | None,
         article_month: int | None = None, meeting_state: str | None = None,
         people_at: list[tuple[int, str | None]] = (), headline: list[str] = ()) -> list[AgreementHit]:
    """The documents the analysed body names, sentence by sentence (the analysis' sentences and tokens).
    ``meeting_state``: the state of the city where the reported meeting took place, if known;
    ``people_at``: (offset, state) of every mention of a person; ``headline``: the states the headline names."""
    text, lang = an.text, an.lang
    out: list[AgreementHit] = []
    countries = sorted(countries, key=lambda c: c.start)
    starts = [c.start for c in countries]
    # Parties a sentence does not name come from the people's countries, then from the
    # countries the article names most ("the Kingdom" of a Saudi-Russian article).
    counts: dict[str, int] = {}
    first_at: dict[str, int] = {}
    background = _background_spans(an)
    for c in countries:
        first_at.setdefault(c.code, c.start)
        # A state named only in a sentence of another occasion ("Earlier, the minister visited
        # France", "Ранее Папикян посетил Францию") is not one the meeting is about.
        counts[c.code] = counts.get(c.code, 0) + (not any(a <= c.start < b for a, b in background))
    people_codes = set(principals)
    # The states a sentence leaves unnamed, most prominent first: mentions of the state, two more for
    # a state of the headline or lead (what the article is about: an interview "on ties with
    # Lithuania"), one more for serving one of the article's people, the people's order (their
    # mentions) breaking ties.
    rank = {c: n for n, c in enumerate(principals)}
    lead = {c.code for c in countries if c.start < 300 and not any(a <= c.start < b for a, b in background)}
    # (ties: the people's order, then the state named first: the meeting is reported before the
    # background, "met the defence minister of India … Earlier he visited France")
    principals = sorted({*principals, *counts}, key=lambda c: (
        -(counts.get(c, 0) + 2 * (c in lead) + (c in people_codes)), rank.get(c, len(rank)),
        first_at.get(c, len(text)), c))
    # Round 17: the states of a headline naming two or more (what the article is about: "South Africa and Brazil
    # sign defence industry memorandum") come first, before a state the body names more often in passing.
    if len(headline) >= 2:
        principals = [*headline, *(c for c in principals if c not in headline)]
    # A meeting of three or more states ("five-way", "the five Central Asian states", "пяти
    # государств"): a document the sentence does not give to two named states is all theirs.
    ways, cue = _meeting_size(text[:20_000], lang)
    members: list[str] = []
    attending = [] if ways else attended_by_list(text, an.sentences, countries)
    if ways:
        # Its states: those of the article's people, else those the sentence of "five-way" names.
        members = [c for c in principals if c in people_codes]
        if len(members) < 3:
            ss, se = next(((a, b) for a, b in an.sentences if a <= cue < b), (cue, cue))
            members = list(dict.fromkeys(c.code for c in countries if ss <= c.start < se))
        listed = listed_states(text, an.sentences, countries, cue) if len(members) < ways else []
        # ("representatives of 30 countries" at a meeting of three: not the meeting's size)
        members = members[:ways] if 3 <= ways <= len(members) or (ways == 99 and len(members) >= 3) else []
        if not members and 3 <= len(listed) <= ways:
            # "the ministers of the eight Nordic-Baltic countries met … Lithuania, Sweden, Finland,
            # Estonia and Norway took part": the states the text lists as taking part
            members = listed
        if not members:
            # "The ministers of A, B and C met in Baku. A memorandum between the three countries was
            # signed": the count comes after the lead that names the meeting's states
            named = meeting_sides(text, an.sentences, countries, people_at)
            members = named if len(named) == ways or (ways == 99 and len(named) >= 3) else []
    elif attending:
        # "The meeting was attended by ministers from A, B, C and D" in the lead: a meeting of those
        members = attending
    else:
        # "X met with Georgian minister Y and Turkish minister Z", "the ministers of A, B and C held a
        # meeting": a meeting of three or more states the text does not count
        members = meeting_sides(text, an.sentences, countries, people_at)
    # The states of the reported meeting: those of its people (two or more), else the two the article
    # is most about, and the states of a meeting of three or more.
    meeting = {*(people_codes if len(people_codes) >= 2 else principals[:2]), *members}
    # The host of the meeting is one side of any document of the day whose sentence names only the
    # other side, or none ("Greece and Egypt are due to sign a programme … The two ministers will
    # also sign a memorandum" after "arrived in Athens"; "Kazakhstan and China signed …" at a
    # multilateral meeting in Astana where the host meets one counterpart after another). Not when
    # the city is a third state's (two visiting sides at a forum in Moscow, a NATO meeting in
    # Brussels): the host must be one of the people's states, or named in the text with at most one
    # people's state besides it.
    meeting_state = meeting_state or visited_state(text, countries)
    # A page of one state's ministry or press ("Quito, 4 June. The Minister … received his Colombian
    # counterpart", «Минск. Министр обороны … со своим вьетнамским коллегой»): the subject's state,
    # named nowhere, is that of the dateline's city, the other side of every document of the day.
    theirs = counterpart_states(text, countries)
    own = bool(meeting_state and theirs and meeting_state not in theirs and not (set(counts) | people_codes) - theirs)
    host = meeting_state if meeting_state and (own or meeting_state in people_codes or (
        meeting_state in counts and len(people_codes - {meeting_state}) <= 1)) else None
    hosts: list[str] | None = None
    pair: list[str] | None = None  # the two states of a bilateral meeting (``meeting_pair``), found when first needed
    passing: set[int] = set()  # starts of documents of other states named in passing
    backrefs: set[int] = set()  # starts of definite back-references ("The agreement was signed in …")
    sent = ""
    for s, e, toks in an.sentence_tokens():
        prev_sent, sent = sent, text[s:e]
        for i, t in enumerate(toks):
            if lang == "ru":
                lem = nlp.lemma(t.text)
                kind = _HEADS_RU.get(lem)
                if lem in _OF_KINDS_RU and i + 2 < len(toks) and toks[i + 1].low == "о" and nlp.lemma(toks[i + 2].text) == "намерение":
                    kind = _OF_KINDS_RU[lem]  # "заявление о намерениях", "письмо о намерениях"
                if lem == "заявление" and i + 2 < len(toks) and toks[i + 1].low == "о" and nlp.lemma(toks[i + 2].text) == "видение":
                    kind = "statement"  # round 20: «совместное заявление о видении оборонного сотрудничества»
                if lem == "карта" and i > 0 and "дорожный" in nlp.lemmas(toks[i - 1].text):
                    kind = "roadmap"
                if lem == "документ" and _plural_ru(t.text):
                    kind = "documents"
                if lem == "договоренность" and (_SIGNED_BEFORE_RU.search(sent, max(0, t.start - 40), t.start)
                                                or _SIGNED_AFTER_RU.match(sent, t.end)):
                    kind = "arrangement"  # "подписали договоренность о …": a signed instrument, not a consensus
                plural = bool(kind) and _plural_ru(t.text) and not _YEAR_RU.search(sent[t.end:t.end + 60])
                if plural and not _counted(sent, t.start, t.end, lang):
                    continue  # "о планах совместной подготовки": plans, not a document
            else:
                kind = _HEADS_EN.get(t.low)
                if t.text in ("SOFA", "SOFAs"):
                    kind = "agreement"  # the status of forces agreement by its abbreviation (never the furniture in capitals)
                if t.low == "one" and out and _REPLACES_ONE.search(sent, max(0, t.start - 40), t.start) \
                        and _SIGNED_AFTER_ONE.match(sent, t.end):
                    kind = out[-1].kind  # "The new memorandum replaces the one signed in 2012": the replaced document
                if t.low == "statement" and i > 0 and toks[i - 1].low == "vision":
                    kind = "statement"  # round 20: "a Joint Vision Statement on Defence Cooperation to 2030", signed as a document
                if t.text == "Guidelines" and _HORIZON_EN.match(sent, t.end):
                    kind = "plan"  # "the Luxembourg Defence Guidelines for 2035": a state's plan to a horizon year
                if i + 2 < len(toks) and toks[i + 1].low == "of" and (t.low, toks[i + 2].low) in _OF_KINDS_EN:
                    kind = _OF_KINDS_EN[(t.low, toks[i + 2].low)]
                if kind == "arrangement" and i > 1 and toks[i - 1].low == "of" and toks[i - 2].low == "letter":
                    continue  # the "letter of arrangement" read at "letter"
                if kind and i > 1 and toks[i - 1].low == "of" and _HEADS_EN.get(toks[i - 2].low) == "memorandum":
                    continue  # "a memorandum of arrangement/agreement on …": one document, read at "memorandum"
                plural = bool(kind) and t.low in _PLURAL_EN and not _YEAR_EN.search(sent[t.end:t.end + 40])
                if plural and not _counted(sent, t.start, t.end, lang):
                    continue  # "their plans", "the agreements reached": no one document
            if not kind:
                continue
            if i > 0 and (toks[i - 1].low in ("organization", "organisation") or "организация" in nlp.lemmas(toks[i - 1].text)):
                continue  # "Организации Договора …": a name, not a document
            if i + 1 < len(toks) and toks[i + 1].low in ("organization", "organisation", "organization's", "organisation's"):
                continue  # "Collective Security Treaty Organization", "North Atlantic Treaty Organisation"
            if t.low == "deal" and i > 0 and toks[i - 1].low in ("great", "good", "big", "whole"):
                continue  # "a great deal of attention"
            if kind == "agreement" and lang == "en" and _CONSENSUS.search(sent[max(0, t.start - 30):t.end + 12]):
                continue  # "reached an agreement to hold drills": a consensus, not a document
            if kind == "protocol" and _CEREMONY.search(sent[max(0, t.start - 30):t.start]) and not _CEREMONY_COMP.match(sent, t.end):
                continue  # "in accordance with protocol, the guest signed the Book of Honour": etiquette
            if _NONE_BEFORE.search(sent[max(0, t.start - 40):t.start]):
                continue  # "no agreement was signed", "ни одного соглашения": no document is named
            if _heading_line(text, s + t.start):
                continue  # a sub-heading ("Pact on defence cooperation") names the document the paragraph reports
            hit = (_phrase_ru if lang == "ru" else _phrase_en)(sent, toks, i, kind)
            if hit is None:
                continue
            if org_owned(sent, t.start, t.end):
                continue  # "within NATO's Partnership for Peace programme": the organisation's, no document of the two
            if _vague(toks, i, lang) and not _year(sent[hit[0]:min(len(sent), hit[1] + 30)], lang):
                continue  # "a big cooperation plan": no document
            p_start, p_end, descriptor, complement = hit
            if on_tag_line(text, s + p_start):
                continue  # "Next issue: Sweden's new defence agreement with Denmark": another page's title
            if sent.rstrip().endswith("?") and not (complement or _year(sent[p_start:p_end], lang)) and not (
                    descriptor and _DEFINITE_ASKED.search(sent[max(0, p_start - 12):p_start])):
                # (round 20: a question about a document named by its subject, "And the disaster-response agreement?",
                # «А соглашение о помощи при бедствиях?», names it: the answer tells its state)
                continue  # "Is there a written agreement?": a question names no document
            phrase = sent[p_start:p_end]
            year = _year(phrase if lang == "en" else phrase + _tail_ru(sent[p_end:min(len(sent), p_end + 220)]), lang)
            change = _CHANGE.search(phrase)
            if change and year:
                # "протокол о внесении изменений в план … на 2023 год": the year is the amended plan's
                year = _year(phrase[:change.start()], lang)
            if lang == "en" and not year:
                # "a joint plan for disaster relief exercises for 2025": the year after a short purpose
                tail = _PURPOSE_YEAR_EN.match(sent, p_end)
                year = "-".join(g for g in tail.groups() if g) if tail else None
            if not year and kind in ("plan", "programme"):
                # "the plan of the exercise «Selenga-2024»", «план учения "Селенга-2024"»: a plan of a
                # named event whose name carries its year covers that year; "the Guidelines until
                # 2032": guidelines to a horizon year cover it (not "extend the programme through
                # 2025": an extension's end)
                named = _NAMED_EVENT_YEAR.match(sent, p_end) or (
                    _HORIZON_EN.match(sent, p_end) if sent[:p_end].endswith("Guidelines") else None)
                year = re.findall(r"(?:19|20)\d\d", named.group(0))[-1] if named else None
            if not year:
                # "a programme for the 2025-2027 period", "covering 2025 to 2027", "(2025–2027)", "for 2025-26",
                # "…, which runs from 2025 to 2027": a span of years is always the years a document covers
                year = span_after(sent, p_end, lang)
            if not year and article_year:
                # "the plan for this year", "план на текущий год": the page's year; "for next year",
                # "на следующий год": the one after (a page without a year states none)
                rel_year = _RELATIVE_YEAR.match(sent, p_end)
                if rel_year:
                    # counted from a year the signing's own stretch of the sentence tells ('in 2022 the ministers
                    # signed a plan for next year': 2023; «в 2022 году … на текущий год»: 2022), else the page's
                    a, b = _clause(sent, p_start, p_end)
                    told = _IN_YEAR.findall(_time_stretch(sent, a, b, p_start, p_end).replace(phrase, " "))
                    base = int(told[-1]) if told else article_year
                    year = str(base + (1 if rel_year.group(1) or rel_year.group(2) else 0))
            more = _AND_YEAR.match(sent, p_end) if year and year.isdigit() and sent[:p_end].endswith(year) else None
            if more and int(more.group(1)) == int(year) + 1:
                year = f"{year}-{more.group(1)}"  # "the plan for 2025 and 2026": one span
            # The sentence around the document, at most _WINDOW characters each side: a real
            # sentence whole, and a run-on page of 2 MB without a full stop in linear time.
            ws, we = max(0, p_start - _WINDOW), min(len(sent), p_end + _WINDOW)
            # Round 19: a quotation opening a new sentence inside the analysed one ("They signed a plan for 2025. 'In
            # 2023 we signed …,' he recalled." is one sentence to the splitter): the document's own sentence only.
            for qb in _QUOTE_OPENS.finditer(sent, ws, p_start):
                ws = qb.end()
            qa = _QUOTE_OPENS.search(sent, p_end, we)
            if qa:
                we = qa.start() + 1
            wsent = sent[ws:we]
            # The parties come from the document's clause: not from "…, while C and D will be invited".
            cs, ce = _party_clause(sent, ws, we, p_start, p_end)
            lo, hi = bisect.bisect_left(starts, s + cs), bisect.bisect_right(starts, s + ce)
            sent_countries = [c for c in countries[lo:hi] if c.end <= s + ce]
            want = 3 if re.search(r"trilateral|three (?:countries|states|sides)|трехсторон|трёхсторон|трех стран|трёх стран", wsent, re.I) else 2
            # (counted in the document's own clause: not "…, and the three ministers signed a declaration")
            own = _NEXT_CLAUSE.search(sent, p_end, ce)
            size = stated_size(sent[cs:own.start() if own else ce]) if want == 2 else 0
            want = max(want, size)
            parties = _parties(wsent, s + ws, p_start - ws, p_end - ws, sent_countries, principals, want, people_codes,
                               host)
            # A document of three or more states whose clause lists them as the signers ("The defence
            # ministers of Estonia, Latvia and Lithuania signed …"), or counts them ("the three Baltic
            # states signed …" after a sentence listing them): those states, not another the text names.
            # (", as well as", «, а также» join the verb's objects: "The ministers of A, B and C signed a
            # memorandum, as well as a plan" — the list before them is the subject of both)
            joined = _OBJECT_JOIN.search(sent, max(ws, cs - 16), cs + 8)
            lo_subj = _party_clause(sent, ws, we, joined.start(), joined.start())[0] if joined else cs
            group = subject_states(text, countries, s + lo_subj, s + p_start, sign_re(lang))
            if not group and want >= 3:
                group = group_of(text, an.sentences, countries, s + p_start, want)
            if len(group) >= max(3, want):
                want = len(group)
                parties = tuple(sorted(group, key=lambda c: index().name(c)))
            elif want == 2 and len({c.code for c in sent_countries}) > 2:
                pair = signer_and_partner(text, sent_countries, s + cs, s + p_start, s + p_end, s + ce, sign_re(lang))
                if pair:
                    parties = tuple(sorted(pair, key=lambda c: index().name(c)))
                elif len(parties) > 2 and not re.match(r"\s+(?:with|с|со)\s", sent[p_end:]):
                    # "…, where Kenya and Uganda signed a memorandum": the pair that is the signing's
                    # subject, not a third state the sentence names elsewhere
                    pair = subject_states(text, sent_countries, s + cs, s + p_start, sign_re(lang), least=2)
                    if len(pair) == 2:
                        parties = tuple(sorted(pair, key=lambda c: index().name(c)))
            # People the document's clause names ("С Раджнатом Сингхом подписан меморандум"): their states
            # are its sides before any state named elsewhere.
            near = list(dict.fromkeys(code for st, code in people_at if s + cs <= st < s + ce and code))
            if near and len(parties) == want == 2 and not set(near) & set(parties) and len(
                    {c.code for c in sent_countries}) < 2:
                parties = _parties(wsent, s + ws, p_start - ws, p_end - ws, sent_countries, [*near, *principals],
                                   want, people_codes, host)
            if members and want == 2 and not _BILATERAL.search(wsent) and len(
                    {c.code for c in sent_countries if c.start < s + p_end}) < 2 and not _counterpart(
                        sent, s, sent_countries, p_end, host, near):
                # "The ministers signed an action plan on border security for 2024" at a five-way meeting
                parties = tuple(sorted(members, key=lambda c: index().name(c)))
            if len(parties) < want:
                # "Kazakh Defence Minister X visited Baku. … the Plan … was signed": the host is
                # the state whose capital the article names.
                if hosts is None:
                    hosts = [c for c in _capital_states(text, lang) if c not in principals]
                if hosts:
                    parties = _parties(wsent, s + ws, p_start - ws, p_end - ws, sent_countries,
                                       [*principals, *hosts], want, people_codes)
            if want == 2 and not members and _TWO_SIDES.search(sent, max(cs, p_start - 80), min(ce, p_end + 80)):
                # "an agreement the two countries expect to sign", «соглашение, которое две страны намерены подписать»:
                # the two states of the reported meeting, not a third state the sentence names in passing
                if pair is None:
                    pair = meeting_pair(text, an.sentences, countries, people_at)
                inside = {c.code for c in sent_countries if s + p_start <= c.start and c.end <= s + p_end}
                named = {c.code for c in sent_countries} - set(pair or ())
                if pair and len(inside) < 2 and len(named) < 2 and not set(parties) <= set(pair):
                    # (not "both sides discussed the agreement Greece and Egypt signed in 2020": a named pair's)
                    parties = tuple(sorted(pair, key=lambda c: index().name(c)))
            firm = company_state(sent, max(cs, p_start - 80), ce)
            if firm and want == 2 and firm not in parties:
                # "The defence department signed a contract with Korea Aerospace Industries": the
                # company's state and the state the clause names (else the article's first)
                mine = [c for c in dict.fromkeys(c.code for c in sent_countries) if c != firm]
                first = (mine or [p for p in principals if p != firm] or [None])[0]
                parties = tuple(sorted({first, firm} - {None}, key=lambda c: index().name(c)))
            if want == 2 and not firm and org_side(sent, max(cs, p_start - 100), min(ce, p_end + 60)):
                # "Moldova signed a partnership programme with NATO in Brussels": the organisation is
                # the other side and no state; the states are those the clause names (not the host
                # city's, not the article's other state), else the article's first
                mine = [c.code for c in sent_countries if c.end <= s + ce]
                parties = tuple(sorted(set(mine) or set(principals[:1]), key=lambda c: index().name(c)))
            if _NATIONAL.search(phrase) and not _JOINT.search(phrase) and sent_countries:
                # "the Armed Forces Development Program", "the State Armament Programme": one state's
                # own document (the state its name or, failing that, its clause names first).
                inside = [c.code for c in sent_countries if s + p_start <= c.start < s + p_end]
                before = [c.code for c in sent_countries if c.end <= s + p_start]
                parties = (inside or before or [sent_countries[0].code])[:1]
                parties = tuple(parties) if len(set(inside)) <= 1 else parties
            if _ORG_DOC.search(sent, max(0, p_start - 30), min(len(sent), p_end + 40)) and len(
                    {c.code for c in sent_countries if c.start < s + p_end}) < 2:
                # "a plan of joint training of the organisation's forces", "план ОДКБ": an alliance's
                # document is its members' at the meeting (the states of the meeting, else the people's)
                own = members or [c for c in principals if c in people_codes]
                if len(own) < 3:  # no people named: the states the article names before the sentence
                    own = list(dict.fromkeys(c.code for c in countries[:bisect.bisect_left(starts, s)]))
                if len(own) >= 3:
                    parties = tuple(sorted(own, key=lambda c: index().name(c)))
            if _MULTI.search(sent[p_end:min(len(sent), p_end + 80)]) or _MULTI_BEFORE.search(sent[max(0, p_start - 40):p_start]):
                # "the treaty signed by the five littoral states": not the article's pair; at a meeting
                # of three or more states, theirs
                parties = tuple(sorted(members, key=lambda c: index().name(c))) if members else ()
            capitals = _capital_subjects(sent[cs:p_start], lang)
            if len(capitals) >= 2 or (capitals and not parties):
                # "Oslo hoped to sign a framework contract with the company", «Москва намерена заключить
                # контракт», "Islamabad and Kabul signed …": capitals as the clause's subject are their
                # states' governments
                parties = tuple(sorted(dict.fromkeys(capitals), key=lambda c: index().name(c)))
            # "a protocol amending the 2023 plan", "протокол о внесении изменений в соглашение": the
            # amended document is named as the protocol's object (listed, as signed before).
            amended = bool(_AMENDED.search(sent, max(0, p_start - 90), p_start))
            status = _status(wsent, phrase, lang, article_year, article_month, p_start - ws)
            if amended and status == "signed":
                status = "earlier"  # the protocol is signed; the document it amends was signed before
            clause = attached_clause(sent, p_start, lang) if status == "signed" else None
            if clause and not sign_re(lang).search(sent[clause[0]:p_start] + " " + sent[p_end:clause[1]]):
                # "signed a memorandum, which complements the agreement on …", "меморандум, дополняющий
                # соглашение …": the document is the object of a clause about the other one, named in passing
                status = "mentioned"
            turn = None
            for turn in _CONTRAST.finditer(sent, ws, p_start):
                pass
            if turn and status == "signed" and not sign_re(lang).search(sent, turn.end(), ce):
                # "signed a protocol, while a second agreement is under negotiation": the signing
                # verb is the other clause's; this clause tells the document's own state
                status = _status(sent[turn.end():ce], phrase, lang, article_year, article_month, p_start - turn.end())
            when = _SIGNED_ON.search(complement)
            if when and phrase.startswith(when.group(1)):
                year = None  # "the 1994 agreement": the year of signing, not a year covered
            if when and status in ("signed", "mentioned", "drafted", "planned") and (not article_year or int(when.group(1)) < article_year):
                status = "earlier"  # "the 1994 agreement", "соглашение 2009 года": signed then
            if status == "mentioned":
                also = _ADDITIVE.search(sent, max(0, p_start - 60), p_start)
                verb = sign_re(lang).search(sent, p_end) if also else None
                if verb:
                    # "In addition to the plan for 2025, the ministers signed a memorandum", «Помимо плана
                    # на 2025 год, министры подписали меморандум»: the main clause's verb governs both
                    main = sent[p_end:verb.end()].lstrip(" ,") + " "
                    status = _status(main + phrase, phrase, lang, article_year, article_month, len(main))
            intro = _list_intro(text, s + p_start) or _colon_intro(sent, p_start, lang)
            if intro and status == "mentioned":
                # An item under "The following documents were signed:": the line above tells.
                status = _status(intro + " " + phrase, phrase, lang, article_year, article_month, len(intro) + 1)
            if status == "mentioned" and prev_sent.rstrip().endswith("?") and sign_re(lang).search(prev_sent) \
                    and not sign_re(lang).search(sent):
                # Round 20: an answer to a question about signing ("Q: What did you sign today? A: A roadmap for
                # 2025-2027", «— Что вы подписали? — Дорожную карту …»): the question's verb, tense and mood decide
                asked = re.sub(r"\?\s*$", ".", prev_sent.strip())
                # (the question's word order undone: "will you sign" -> "you will sign", so a modal stands before its verb)
                asked = re.sub(r"(?i)\b(will|would|shall|should|could|can|do|did|does|are|is|were|was|have|has)\s+"
                               r"(you|they|we|the\s+(?:two\s+)?(?:sides|ministers|countries))\s+", r"\2 \1 ", asked)
                status = _status(asked + " " + phrase, phrase, lang, article_year, article_month, len(asked) + 1)
            if status in ("mentioned", "earlier") and _SIGNED_DOCS.search(sent[max(0, p_start - 80):p_start]) \
                    and not (_EARLIER_RU if lang == "ru" else _EARLIER_EN).search(sent):
                status = "signed"  # "Среди подписанных документов — план …", "among the documents signed were …"
            elif status == "mentioned" and _INCLUDED.match(sent) and _DOCUMENTS.search(prev_sent):
                # "A number of documents were signed. Among them are a plan …", "Подписан ряд
                # документов. В их числе план …": the sentence before tells what was done with them.
                status = _status(prev_sent + " " + phrase, phrase, lang, article_year, article_month, len(prev_sent) + 1)
            if (kind in ("plan", "programme") and not year and status not in ("signed", "earlier")
                    and not _COOPERATION.search(f"{descriptor} {complement}") and not phrase[:1].isupper()
                    and not sign_re(lang).search(wsent[slice(*_clause(wsent, p_start - ws, p_end - ws))])
                    and not _DRAFT_OBJ.search(sent[max(0, p_start - 60):p_start])
                    and not _OF_STATES.search(sent, max(0, p_start - 30), min(len(sent), p_end + 12))
                    and len(_chained_states(text, sent_countries, s + p_end)) < 2):
                # (round 20: not a plan of sides it names, "the trilateral exercise plan", «трёхсторонний план
                # Армения — Греция — Кипр»: a document between states)
                continue  # "the training programme for young officers would be opened": an activity, no document
            if status in ("earlier", "mentioned") and len(parties) >= 2 and not set(parties) <= meeting \
                    and not (len(meeting) >= 2 and set(parties) >= meeting) and not _on_the_table(sent, cs, p_start, lang, p_end):
                # (round 20: kept when the meeting's states are all among its sides, "the trilateral Armenia-Greece-Cyprus
                # plan" at an Armenian-Greek meeting, or when the meeting talks it over, "They discussed the agreement
                # Finland has signed with the United States", «обсудили соглашение, подписанное Таджикистаном с Китаем»)
                # "Laos signed a similar agreement with China last year" in a report of a Thai-Lao
                # meeting: another pair's document named in passing is not one of this story's
                # (decided after the loop: the states of a document signed at the meeting are its)
                passing.add(s + p_start)
            if kind == "contract" and status in ("earlier", "mentioned") and (
                    _UNDER_CONTRACT.search(sent, max(0, p_start - 40), p_start)
                    or _COMPANY_NOUN.search(sent, cs, p_start) or _WITH_COMPANY.search(sent, p_end, ce)
                    or company_state(sent, cs, ce)):
                continue  # "a shipbuilder delivered frigates under a contract signed in 2017": a company's sale
            if kind in _SOFT and status not in ("signed", "planned", "drafted"):
                continue  # "in 2019 the two states adopted a joint declaration": a statement of an earlier day
            if kind in _SOFT and status == "drafted":
                near_doc = sent[slice(*_clause(sent, p_start, p_end, 100))]
                if _TALKED_OVER.search(near_doc) and not _WRITTEN.search(near_doc):
                    continue  # "discussed a letter of intent on joint procurement": talked over, not drawn up
            if kind == "documents" and status == "signed" and all(
                    re.match(r"(?i)exchang|обмен", v.group(0)) for v in sign_re(lang).finditer(wsent)):
                continue  # "обменялись документами о военном сотрудничестве": the exchange names no document of its own
            if plural and status not in ("signed", "planned", "drafted"):
                continue  # "agreements on … remain in force": documents signed before, not listed one by one
            if plural:
                kind = "documents"  # "two agreements", "ряд соглашений": one entry for the set
            # "the Serbia-Hungary, Serbia-Slovakia and Serbia-Hungary-Slovakia programmes": one each.
            listed = _enumerated(wsent, s + ws, p_start - ws, sent_countries) if lang == "en" and t.low in _PLURAL_EN else []
            if out and (t.low in _ANY_KIND or (out[-1].kind != kind and not plural and not _OWN_MODIFIER.match(sent, p_end)
                                               and not any(h.kind == kind for h in out)
                                               and (out[-1].descriptor or out[-1].complement or out[-1].year))) \
                    and not (descriptor or complement or year) and s + p_start - out[-1].end < 600 \
                    and _BACKREF.search(sent[max(0, p_start - 20):p_start]) \
                    and not _REPLACED.search(sent[max(0, p_start - 40):p_start]) and not any(
                        s + p_start <= c.start < s + p_end for c in sent_countries):
                # "a contract for 12 jets … the deal": a generic word after "the" is the document
                # just named, of whatever kind (its signing, if reported here, is that one's); so is a
                # bare head of another kind after "the"/"this" or opening a Russian sentence ("the reciprocal
                # access agreement … the pact", «программу … на 2025 год. Соглашение было подписано»,
                # «этот план»): an anaphor of the document named, never one of its own; but not when a document
                # of its own kind was named before ("signed a Defence Cooperation Agreement. It replaces a memorandum
                # signed in 2015 … 'This agreement marks a new chapter', he said after the signing": the agreement)
                if status == "signed" and not out[-1].signed:
                    out[-1] = _with_status(out[-1], "signed")
                continue
            if not (descriptor or complement or year) and _BACKREF.search(sent[max(0, p_start - 20):p_start]) \
                    and any(h.kind == kind for h in out) and not _REPLACED.search(sent[max(0, p_start - 40):p_start]):
                # (round 19: not "The document replaces the agreement signed in 2012": what a document replaces is
                # another one)
                backrefs.add(s + p_start)
            if year and out and out[-1].year in (None, year) and out[-1].kind in ("plan", "programme") and kind != out[-1].kind \
                    and out[-1].start >= s and 0 <= s + p_start - out[-1].end <= 60 and _IMPLEMENTS.fullmatch(text, out[-1].end, s + p_start) \
                    and (out[-1].year == year or _IMPLEMENT_WORD.search(out[-1].text + " " + out[-1].descriptor)):
                # "the implementation plan for the roadmap for 2025-2027": the years are the plan's; the roadmap is named
                # in passing (the plan's status is not the roadmap's)
                out[-1] = replace(out[-1], year=year)
                year, status = None, ("mentioned" if status != "earlier" else status)
            if out and out[-1].start >= s and not out[-1].year and not plural and kind != out[-1].kind and (
                    (out[-1].end <= s + p_start and not out[-1].complement and _OF_DOCUMENT.fullmatch(text, out[-1].end, s + p_start))
                    or (lang == "ru" and _OF_DOCUMENT_RU.fullmatch(text, out[-1].start, s + p_start))):
                # Round 20: "Protocol on the 2026 plan of joint exercises", «протокол о плане совместных учений на 2026
                # год»: one document, the protocol, whose subject is the plan (its year is the protocol's)
                words = " ".join(w for w in (descriptor, kind, complement) if w) if lang == "en" else out[-1].complement
                out[-1] = replace(out[-1], year=year, end=max(out[-1].end, s + p_end),
                                  complement=f"on the {words}" if lang == "en" else words,
                                  text=text[out[-1].start:max(out[-1].end, s + p_end)])
                continue
            for each in listed or [parties]:
                out.append(AgreementHit(kind, descriptor, complement, each, year, status,
                                        _by_ministries(wsent), s + p_start, s + p_end, phrase))
    # (a document of the meeting's own states, "Earlier, the air chiefs of four of the five signed a
    # memorandum" after the five ministers signed a declaration, is one of this story's)
    signers = {c for h in out if h.signed for c in h.parties}
    out = [h for h in out if h.start not in passing or set(h.parties) <= meeting | signers]
    out = _without_dated_repeats(out, text)
    out = _without_summaries(out)
    # A document named inside another's name ("a plan on implementing the programme for
    # 2026-2030") is referred to, not signed: the signing belongs to the outer one.
    nested = _nested_spans([(h.start, h.end) for h in out])
    out = [_with_status(h, "mentioned") if (h.start, h.end) in nested and h.signed else h for h in out]
    # The final hits carry their name and the span of the sentence that names them (resolve
    # reads who signed from it).
    return [replace(h, name=agreement_name(h),
                    sentence=next(((s, e) for s, e in an.sentences if s <= h.start < e), (h.start, h.end)))
            for h in merge(out, frozenset(backrefs))]


# A document head, then a participle, infinitive or noun of change governing the next document, in
# one noun phrase: "a protocol amending the 2023 plan", "an agreement to extend the treaty",
# "протокол о продлении соглашения": the protocol is signed, the document it changes was signed before.
_AMENDED = re.compile(
    r"\b(?:protocols?|agreements?|memorand\w+|mous?|arrangements?|treaty|documents?|plans?|roadmaps?|programmes?|programs?|"
    r"annex(?:es)?)\s+(?:on\s+|that\s+(?:will\s+)?)?"
    r"(?:amending|to\s+amend|amendments?\s+to|to\s+(?:expand|extend|prolong|renew|supplement|update|implement)|"
    r"expanding|extending|prolonging|renewing|supplementing|updating|implementing|"
    r"(?:the\s+)?(?:extension|prolongation|amendment|renewal|implementation)\s+of|for\s+(?:the\s+)?implementation\s+of)"
    r"\s+(?:(?:the|a|an|their|its|this)\s+)?(?:[\w-]+\s+){0,3}$|"
    r"\b(?:protocols?|annex(?:es)?)\s+to\s+(?:(?:the|a|an|their|its|this)\s+)?(?:[\w-]+\s+){0,3}$|"
    r"(?:протокол\w*|приложени\w*)\s+к\s+(?:[а-яё\w-]+\s+){0,3}$|"
    r"(?:протокол\w*|соглашени\w*|меморандум\w*|документ\w*|план\w*|программ\w*|карт\w*|приложени\w*)\s+"
    r"(?:о\s+|об\s+|по\s+)?(?:внесени\w+\s+изменени\w+(?:\s+и\s+дополнени\w+)?\s+в|"
    r"продлени\w+|пролонгаци\w+|расширени\w+|изменени\w+|дополнени\w+\s+к|реализаци\w+|выполнени\w+|исполнени\w+)\s+(?:[а-яё\w-]+\s+){0,3}$", re.I)
_CHANGE = re.compile(r"\b(?:amending|amendments?\s+to|to\s+(?:amend|extend|expand|prolong))\b|"
                     r"(?:^|\s)(?:о|об)\s+(?:внесении\s+изменений|продлении|пролонгации|расширении\s+действия)", re.I)
# An alliance or organisation the document belongs to: "the organisation's forces", "the CSTO plan",
# "collective forces", "план совместной подготовки ОДКБ", "коллективных сил".
_ORG_DOC = re.compile(r"\b(?:organi[sz]ation'?s|alliance'?s|bloc'?s|CSTO|SCO|CIS|NATO|collective\s+(?:security\s+)?forces)\b|"
                      r"(?:^|\s)(?:ОДКБ|ШОС|СНГ|НАТО|организации|коллективн\w+\s+сил)\b")
# «договорённость» is a document only when signed or concluded as one ("подписали договоренность о
# …", "договоренность была подписана"); "достигнутые договоренности" are a consensus.
_SIGNED_BEFORE_RU = re.compile(r"(?:подписа\w*|заключи\w*|заключа\w*|оформи\w*|подписан\w*)\s+(?:[а-яё-]+\s+){0,2}$", re.I)
_SIGNED_AFTER_RU = re.compile(r"\s+(?:[а-яё-]+\s+){0,8}?(?:был[аио]?\s+|будет\s+|будут\s+)?(?:подписан[аоы]?|заключен[аоы]?|"
                              r"заключён[аоы]?|оформлен[аоы]?|подпишут|подписали|заключили)\b", re.I)
_AT_CITY = re.compile(r"\b(?:in|to|visit(?:ed|ing|s)?|arrived in|в|во|посетил\w*)\s+([A-ZА-ЯЁ][\w-]+(?:\s+[A-ZА-ЯЁ][\w-]+)?)")


def _background_spans(an: Analysis) -> list[tuple[int, int]]:
    """The sentences that open on another occasion ("Earlier, …", "Previously …", "Last year …",
    "Ранее …", "До этого …") and name no document: what they name is background to the meeting."""
    out = []
    for s, e in an.sentences:
        sent = an.text[s:e]
        if _SENTENCE_EARLIER.match(sent) and not _ANY_DOC.search(sent):
            out.append((s, e))
    return out


_ANY_DOC = re.compile(r"\b(?:" + "|".join(sorted(_HEADS_EN)) + r")\b|(?:план|соглашени|меморандум|протокол|программ|договор|"
                      r"контракт|декларац|документ)\w*", re.I)


def _without_summaries(hits: list[AgreementHit]) -> list[AgreementHit]:
    """Plural "documents" that sum up documents the article names one by one ("Документы о
    партнерстве были подписаны" after the partnership programme; "a package of documents" whose
    items are listed) are not another document: dropped when a document of the same parties is
    named and the plural has no topic of its own, or one that shares a word with that document's
    name."""
    out = []
    for h in hits:
        if h.kind == "documents":
            mine = _name_words(h)
            others = [o for o in hits if o.kind != "documents" and o.parties == h.parties]
            if others and (not mine or any(mine & _name_words(o) for o in others)):
                continue
        out.append(h)
    return out


def _capital_states(text: str, lang: str) -> list[str]:
    """The states whose capitals the text puts someone in ("visited Baku", "in Tashkent", "в
    Ереване"), in order of first naming (GeoNames through extract/places)."""
    from generator.extract.places import lookup

    out: list[str] = []
    for m in _AT_CITY.finditer(text[:20_000]):
        for surface in dict.fromkeys((m.group(1), m.group(1).split()[0])):
            hit = lookup(surface, lang)
            if hit and hit[2] and hit[1] and _is_capital(hit[0], hit[1]) and hit[1] not in out:
                out.append(hit[1])
                break
    return out


_SUBJECT_CITIES = re.compile(r"\W*(?:(?i:but|and|meanwhile|now|however|но|а|однако|теперь)\W+)?"
                             r"([A-ZА-ЯЁ][\w-]+(?:(?:\s*,\s*|\s+(?:and|и)\s+)[A-ZА-ЯЁ][\w-]+)*)"
                             r"\s+(?!(?:and|or|и|или)\b)(?:[a-zа-яё][\w-]*)")


def _capital_subjects(clause: str, lang: str) -> list[str]:
    """The states whose capitals open ``clause`` as its subject ("Oslo hoped to sign", "Islamabad
    and Kabul signed", «Москва намерена подписать»): a capital names the government (GeoNames
    through extract/places); empty unless every city of the subject is a capital."""
    from generator.extract.places import lookup

    m = _SUBJECT_CITIES.match(clause)
    if not m:
        return []
    out = []
    for name in re.split(r"\s*(?:,\s*(?:and\s+|и\s+)?|\s+(?:and|и)\s+)", m.group(1)):
        hit = lookup(name, lang)
        if not (hit and hit[2] and hit[1] and _is_capital(hit[0], hit[1])):
            return []
        out.append(hit[1])
    return out


@functools.lru_cache(maxsize=1)
def _capitals() -> frozenset[tuple[str, str]]:
    from generator.reference import geonames

    return frozenset((_fold(c.get("capital") or ""), c["iso"]) for c in geonames.countries().values())


def _fold(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).casefold()


def _is_capital(city: str, code: str) -> bool:
    return (_fold(city), code) in _capitals()


_NUM_EN = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
           "twelve": 12}
_NUM_RU = {"трех": 3, "трёх": 3, "четырех": 4, "четырёх": 4, "пяти": 5, "шести": 6, "семи": 7, "восьми": 8, "девяти": 9,
           "десяти": 10}
_WAYS_EN = re.compile(r"\b(" + "|".join(_NUM_EN) + r"|\d{1,2})(?:[- ](?:way|party|nation|sided|country)\b|"
                      r"\s+(?:[\w-]+\s+){0,2}?(?:delegations|states|countries|nations|member states)\b)|"
                      r"\b(trilateral|quadrilateral|multilateral)\s+(?:[\w-]+\s+)?(?:meeting|talks|consultations|format|summit)", re.I)
_WAYS_RU = re.compile(r"(?:^|\s)(" + "|".join(_NUM_RU) + r")\s+(?:[а-яё-]+\s+){0,2}?(?:государств|стран|делегаций)|"
                      r"(трехсторонн|трёхсторонн|четырехсторонн|четырёхсторонн|пятисторонн|многосторонн)\w*\s+"
                      r"(?:[а-яё-]+\s+)?(?:встреч|переговор|консультац|формат|заседани|совещани)", re.I)
_WITH_BEFORE = re.compile(r"(?:\bwith|(?:^|\s)(?:с|со))\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I)


_DEFINITE_ASKED = re.compile(r"\b(?:the|this|that|your|our)\s+$", re.I)
# Round 20: a document whose subject is another document named right after it ("Protocol on the 2026 plan", «протокол о
# плане учений»): what lies between the two.
_OF_DOCUMENT = re.compile(r"\s+(?:on|about)\s+(?:the\s+)?", re.I)
_OF_DOCUMENT_RU = re.compile(r"[А-ЯЁа-яё]+\s+(?:о|об)\s+", re.I)
# Round 20: a document's sides told in its name: "bilateral", "trilateral", «двусторонний», «трёхсторонний»; the states
# listed right after it ("plan Armenia – Greece – Cyprus", «план Армения — Греция — Кипр»).
_OF_STATES = re.compile(r"\b(?:bilateral|trilateral|quadrilateral)\b|(?<!\w)(?:двусторонн|тр[её]хсторонн|четыр[её]хсторонн)\w*", re.I)
_STATE_FIRST = re.compile(r"\s*(?:between\s+(?:the\s+)?|между\s+)?", re.I)
_STATE_CHAIN = re.compile(r"\s*(?:[,–—-]|and|и)\s*(?:the\s+)?", re.I)


def _chained_states(text: str, countries, end: int) -> list[str]:
    """The states named right after a document's name, joined by dashes, commas or 'and' ("plan Armenia – Greece –
    Cyprus", «план между Арменией и Грецией»)."""
    got, at = [], end
    for c in countries:
        if c.start < at:
            continue
        if not (_STATE_CHAIN if got else _STATE_FIRST).fullmatch(text, at, c.start):
            break
        got.append(c.code)
        at = c.end
    return got
# Round 20: the document is the object the meeting talks over ("They discussed the agreement …", "reviewed the
# implementation of the plan …", «обсудили соглашение …»), the verb in the document's clause before it and not itself
# inside a clause of its own ("…, which Laos had discussed with China"): a document on the meeting's table.
_TABLE_VERB = re.compile(r"\b(?:discuss(?:ed|es|ing)|review(?:ed|s|ing)|talked\s+(?:over|about)|exchanged\s+views\s+on|"
                         r"went\s+over|considered)\b|(?<!\w)(?:обсу(?:дил|ждал|жда|жд[её]н)\w*|рассм(?:отрел|отрен|атрива)\w*|обменял\w*\s+мнениями)", re.I)
_TABLE_GAP = re.compile(r"^[^,;:]{0,80}$")


def _on_the_table(sent: str, cs: int, p_start: int, lang: str, p_end: int | None = None) -> bool:
    verb = None
    for verb in _TABLE_VERB.finditer(sent, cs, p_start):
        pass
    if verb is not None and bool(_TABLE_GAP.match(sent[verb.end():p_start])) and not re.search(
            r"\b(?:that|which|who)\b|(?<!\w)(?:котор|что)\w*", sent[cs:verb.start()][-40:], re.I):
        return True
    return p_end is not None and _spoken_of(sent, p_start, p_end, lang)


# Round 20: what someone at the meeting says of the document as the subject of what is said ("According to Häkkänen,
# the defence cooperation agreement (DCA) which Finland has signed with the United States in 2023 is not affected",
# «По словам Хяккянена, соглашение, подписанное Финляндией с США в 2023 году, не затрагивается»): a document the
# meeting speaks of. (Not a document told in passing as the object of a state's signing: "noted that Finland had signed
# a similar agreement with the United States": the clause's subject is the state.)
_SPOKEN_FRAME = re.compile(r"(?:\b(?:according to|in the words of)\s+[^,;:]{1,60},|\b(?:said|says|stressed|noted|added|emphasi[sz]ed|"
                           r"underlined|confirmed|assured|explained|pointed out)\s+(?:that\s+)?|(?<!\w)по\s+(?:его|её|ее|их|словам)\s*"
                           r"(?:[^,;:]{1,60})?,|(?<!\w)(?:заявил|отметил|подчеркнул|сообщил|добавил|пояснил|заверил)\w*,?\s+что)\s*"
                           r"(?:the\s+)?(?:(?!(?:with|by|of|to|in|on|under|с|со|по|в|на|о|об)\b)[\w-]+\s+){0,3}$", re.I)
# The predicate of the document as subject, after its relative clause or participle phrase: "is not affected", "remains
# in force", «не затрагивается», «остаётся в силе».
_SUBJECT_PRED_EN = re.compile(r"(?:\s*\([^)]{1,20}\))?(?:,?\s+(?:which|that)\b[^;:.]{0,120}?|,[^;:.]{0,120}?,|\s+[^;:.,]{1,100}?)?\s+"
                              r"(?:is|are|was|were|remains?|will|would)\b(?!\s+(?:being\s+)?signed)", re.I)
_SUBJECT_PRED_RU = re.compile(r"(?:,[^;:.]{0,120}?,)?\s+(?:не\s+)?(?:затрагива\w*|оста[её]тся|остаются|сохраня\w*|действу\w*|"
                              r"(?:будет|был\w*|является|являются)\b)", re.I)


def _spoken_of(sent: str, p_start: int, p_end: int, lang: str) -> bool:
    if not _SPOKEN_FRAME.search(sent, max(0, p_start - 120), p_start):
        return False
    return bool((_SUBJECT_PRED_RU if lang == "ru" else _SUBJECT_PRED_EN).match(sent, p_end))


def _counterpart(sent: str, s: int, sent_countries, p_end: int, host: str | None, near: list[str]) -> bool:
    """At a meeting of several states hosted by ``host``, the document's sentence names one
    counterpart of the host ("With the Indian side, a memorandum … was signed", "С Раджнатом
    Сингхом подписан меморандум"): a bilateral document of the two, not all the meeting's."""
    if not host:
        return False
    if near and any(c != host for c in near):
        return True
    named = [c for c in sent_countries if c.start < s + p_end and c.code != host]
    return len({c.code for c in named}) == 1 and bool(_WITH_BEFORE.search(sent[max(0, named[0].start - s - 40):named[0].start - s]))


# "bilateral", or the document's clause counts two sides ("the two defence ministries signed …",
# "both countries", «двух стран», «обеих сторон»): a document of two, not all the meeting's states.
# A document named in an opening phrase of addition ("In addition to the plan …, the ministers
# signed …", «Помимо плана …, министры подписали …»): the main clause's verb is its verb too.
_ADDITIVE = re.compile(r"(?:^|[,;:]\s*)\W*(?:in addition to|besides|apart from|along with|together with|alongside|"
                       r"as well as|помимо|кроме|наряду с|вместе с)\s+(?:[\w-]+\s+){0,4}$", re.I)
_BILATERAL = re.compile(r"\bbilateral\b|двусторонн|\b(?:the\s+two|both)\s+(?:[\w-]+\s+){0,2}?(?:countries|states|"
                        r"nations|sides|parties|governments|ministries|ministers|armies|militaries|navies)\b|"
                        r"(?:^|\s)(?:дв[ау]х|обе(?:их|им)?|обоих|оба)\s+(?:[а-яё-]+\s+){0,2}?(?:стран|государств|сторон|"
                        r"министерств|министр|арми)\w*", re.I)


def _meeting_size(text: str, lang: str) -> tuple[int, int]:
    """How many states the reported meeting brings together when the text says it is three or more
    ("a five-way meeting", "the defence ministers of the five Central Asian states", "пяти
    государств"; 99 for "multilateral" talks: all the people's states), else 0; and where the text
    says so."""
    m = (_WAYS_RU if lang == "ru" else _WAYS_EN).search(text)
    if not m:
        return 0, 0
    if m.group(2):
        return (3 if m.group(2).casefold().startswith(("tri", "трех", "трёх")) else 99), m.start()
    word = m.group(1).casefold()
    return (int(word) if word.isdigit() else (_NUM_RU if lang == "ru" else _NUM_EN)[word]), m.start()


# "the", "this", "the new", "этот", "данный", or a Russian sentence opening: a bare document after
# these points back at one already named.
_ANY_KIND = {"deal", "accord", "pact"}  # words for a document of any kind
# A head defined by what follows it, not by the document named before ("the agreement placing the brigade under
# …", "the treaty that ended the war", "the agreement signed in 2016"): no anaphor.
_OWN_MODIFIER = re.compile(r"\s+(?:[a-z]+ing\b|that\b|which\b|(?:signed|concluded|reached|agreed)\s+(?:in|on|back in)\s+(?:\d|[A-Z]))"
                           r"|\s*,?\s+(?:подписанн\w+|заключенн\w+|заключённ\w+)\s+(?:в|во)\s+\d", re.I)
_BACKREF = re.compile(r"\b(?:the|this|that)\s+(?:(?:same|new|said|signed)\s+)?$|"
                      r"(?:^|\b(?:этот|эта|это|этого|этой|этому|данн\w+|указанн\w+|настоящ\w+)\s+)$", re.I)
# "a treaty signed by the five littoral states", "multilateral treaty", "пятью государствами":
# a document of many states, not the article's pair.
_MULTI = re.compile(r"^\W*(?:signed|concluded|adopted|agreed)?\s*(?:by|among|between)\s+(?:the\s+|all\s+)*"
                    r"(?:three|four|five|six|seven|eight|nine|ten|\d+|several|many|all)\s+(?:[\w-]+\s+)?(?:states|countries|nations|members)\b|"
                    r"^\W*(?:подписанн\w+|заключенн\w+|заключённ\w+)?\s*(?:тремя|четырьмя|пятью|шестью|семью|всеми|несколькими)\s+(?:[\w-]+\s+)?(?:государств|стран)", re.I)
_MULTI_BEFORE = re.compile(r"\b(?:multilateral|многосторонн\w+)\s+(?:[\w-]+\s+)?$", re.I)
# A draft verb governing the document: "to draft a joint plan", "разработать совместный план".
_DRAFT_OBJ = re.compile(r"\b(?:draw(?:ing|s)? up|drew up|work(?:ed|ing|s)? out|draft(?:ed|ing)?|prepar(?:e|ed|ing)|elaborat(?:e|ed|ing)|develop(?:ed|ing)?|"
                        r"разработа\w*|подготов\w*)\s+(?:(?:a|an|the|their|new)\s+)?$", re.I)
_IMPLEMENT_WORD = re.compile(r"implement|реализаци|выполнени|исполнени", re.I)
_PURPOSE_YEAR_EN = re.compile(r"\s+for\s+(?:[a-z-]+\s+){1,4}for\s+(?:the\s+(?:years?|period)\s+(?:of\s+)?)?((?:19|20)\d\d)"
                              r"(?:(?:\s*[-–]\s*|\s+to\s+)((?:19|20)\d\d))?\b(?![-–/.]\d)")
# Round 17: a plan or programme of implementing another document, then that document and the years ("a draft implementation
# plan for the roadmap for 2025-2027", "the action plan of the memorandum for 2025", «проект плана реализации дорожной карты на
# 2025-2027 годы»): the years are the plan's, the document it implements is named in passing.
_IMPLEMENTS = re.compile(r"\s*(?:for|of|on|to)?\s*(?:implementing\s+|the\s+implementation\s+of\s+|implementation\s+of\s+)?"
                         r"(?:the|this|that|its|their)?\s*(?:[\w-]+\s+){0,3}?$|\s*(?:по\s+)?(?:реализаци\w*|выполнени\w*|исполнени\w*)?\s*"
                         r"(?:[а-яё-]+\s+){0,2}?$", re.I)
# "in 2019", «в 2019 году»: a year as the time of a clause; not the first year of a span ("in
# 2023-2024", «в 2023–2024 годах» are the years a document covers, never the day it was signed).
_NAMED_EVENT_YEAR = re.compile(r"\s*(?:(?:of\s+)?(?:the\s+)?(?:[a-z][\w-]*\s+){0,2})?[«\"“„']\s*[A-ZА-ЯЁ][\w-]*(?:\s+[\w-]+){0,2}?"
                               r"[-–\s]((?:19|20)\d\d)\s*[»\"”“']")
_OPENING_YEAR = re.compile(r"\W*(?:(?:back|already|as early as|ещ[её])\s+)?(?:in|в)\s+((?:19|20)\d\d)(?:\s+(?:году|г\.))?\s*,?\s", re.I)
_HORIZON_EN = re.compile(r"\s+(?:for|to|until|through)\s+(?:the\s+(?:year|period)\s+)?(?:\d{4}\s*[-–]\s*)?(?:19|20)\d\d\b")
_IN_YEAR = re.compile(r"\b(?:in|в)\s+(\d{4})\b(?!\s*[-–—/]\s*\d)", re.I)
_RECALL = re.compile(r"\b(?:recall(?:ed|s|ing)?|remind(?:ed|s|ing)?|reminisc\w*)\b|напомн\w*|вспомн\w*|вспомина\w*", re.I)
_NONE_BEFORE = re.compile(r"(?:\b(?:no|not a single|not one|nor any)|\bни\s+одн\w+|\bникак\w+)\s+(?:[\w-]+\s+){0,2}$", re.I)
_SIGNED_ON = re.compile(r"\bof\s+(?:.*\s)?((?:1[89]|20)\d\d)$")


# What makes a plan or programme a document between states rather than an activity.
_COOPERATION = re.compile(r"cooperation|co-operation|partnership|development|interaction|military-technical|"
                          r"action|work|security|implementation", re.I)
# One state's own documents, named in title case: "Armed Forces Development Program", "State
# Armament Programme", "National Defence Plan"; a cooperation word makes it two states' again.
_NATIONAL = re.compile(r"\b(?-i:Armed Forces|State|National)\b[\w\s-]*\b(?:Plan|Program|Programme|Strategy)\b")
_JOINT = re.compile(r"cooperation|co-operation|bilateral|trilateral|joint|partnership|mutual|between|with", re.I)


_CLAUSE_BREAK = re.compile(r";|,\s*(?:while|whereas|but|although|though|however|as well as|meanwhile|а|но|тогда как|"
                           r"в то время как|однако)\s|\s[–—]\s")


_OBJECT_JOIN = re.compile(r",\s*(?:as well as|а\s+также)\s", re.I)
# The meeting's two states named as such ("the two countries", "both sides", «две страны», «обеих стран»).
_TWO_SIDES = re.compile(r"\b(?:the\s+two|both)\s+(?:countries|states|nations|governments|sides|neighbou?rs)\b|"
                        r"(?<!\w)(?:дв[еу]х?\s+(?:стран\w*|государств\w*)|два\s+государства|обе(?:их|им|ими)?\s+(?:стран\w*|сторон\w*)|обе\s+стороны)(?!\w)", re.I)
_NEXT_CLAUSE = re.compile(r",\s*(?:and|while|but|whereas|и|а|но)\s", re.I)
# A clause of contrast: what is signed before it does not sign what comes after it.
_CONTRAST = re.compile(r";|,\s*(?:while|whereas|but(?!\s+also)|although|though|however|meanwhile|а(?!\s+также)|но|тогда как|в то время как|однако)\s", re.I)
_NEXT_VERB = re.compile(r",?\s(?:and|и)\s+(?:also\s+|также\s+)?(?:discuss|exchang|review|note|stress|h[oe]ld|visit|inspect|"
                        r"la[iy]|express|consider|talk|touch|address|emphasi[sz]|underline|obsud|обсуди|обменял|рассмотрел|"
                        r"отметил|провел|провёл|посетил|возложил|подчеркнул|затронул)\w*\b", re.I)


def _party_clause(sent: str, ws: int, we: int, p_start: int, p_end: int) -> tuple[int, int]:
    """The part of sent[ws:we] around the document between clause breaks ("; ", ", while ",
    ", но ", " – ")."""
    a, b = ws, we
    for m in _CLAUSE_BREAK.finditer(sent, ws, we):
        if m.end() <= p_start:
            a = m.end()
        elif m.start() >= p_end:
            b = m.start()
            break
    # A new verb of the same subject after the document ends its clause: "approved a plan … and
    # discussed the situation on the Tajik-Afghan border" (the border's states are no parties).
    m = _NEXT_VERB.search(sent, p_end, b)
    if m:
        b = m.start()
    return a, b


_ITEM = re.compile(r"(?:[-–—•*·▪►]|\(?\d{1,2}[.)]|\(?[a-zа-я][)])\s")


# A sentence that opens by saying what a set of documents the previous sentence reports includes.
_INCLUDED = re.compile(r"\W*(?:among them|these include|they include|those include|they are|these are|the documents include|"
                       r"including|in particular|the first\b|в их числе|в том числе|среди них|в частности|а именно)\b", re.I)
_DOCUMENTS = re.compile(r"\bdocuments\b|\bpackage of\b|документ(?:ов|ы|а)\b|пакет\w*", re.I)
# "Среди подписанных документов — …", "among the documents signed were …": signed at the meeting.
_SIGNED_DOCS = re.compile(r"(?:среди|в числе)\s+подписанных\s+(?:[\w-]+\s+)?документов|"
                          r"\bamong\s+(?:the\s+)?(?:[\w-]+\s+)?documents\s+(?:signed|inked)\b|\bamong\s+the\s+signed\s+documents\b", re.I)


# A meeting as the subject of a verb of outcome: "the visit produced", "the talks resulted in",
# "the meeting yielded"; "итогом/результатом визита стали", "визит завершился/ознаменовался".
_MEETING_EN = r"(?:visit|talks|meeting|negotiations|consultations|session|summit|trip|round|dialogue)"
_OUTCOME = re.compile(r"\b" + _MEETING_EN + r"\b[^.;:!?]{0,80}?\b(?:produced|yielded|resulted\s+in|brought\s+about)\b[^.;!?]{0,80}$|"
                      r"(?:итог\w*|результат\w*)\s+(?:[а-яё]+\s+){0,2}?(?:визита|переговоров|встречи|консультаций|заседания|"
                      r"поездки)\s+(?:[^.;!?]{0,60}?\s)?(?:стал[аио]?|явил\w+)\b[^.;!?]{0,80}$", re.I)


def _colon_intro(sent: str, p_start: int, lang: str) -> str | None:
    """The words before a colon that opens a list the document is an item of, in one sentence
    ("signed three documents: a memorandum …; an agreement …; a plan …"): the items after the
    first are cut from the verb by the list's semicolons. None when a verb of its own stands
    between the colon and the document."""
    colon = sent.rfind(":", 0, p_start)
    if colon < 0:
        return None
    items = sent[colon + 1:p_start]
    if (_ACT_RU if lang == "ru" else _ACT_EN).search(items) or len(items) > 400:
        return None
    return sent[:colon].strip() or None


def _list_intro(text: str, pos: int) -> str | None:
    """The line ending in ':' above the list the line at ``pos`` belongs to (at most ten short lines
    up, or items of the list: "1. A memorandum on … ." ends in a full stop and is still an item),
    or None."""
    a = text.rfind("\n", 0, pos) + 1
    for _ in range(10):
        if a <= 0:
            return None
        prev_end = a - 1
        a = text.rfind("\n", 0, prev_end) + 1
        line = text[a:prev_end].strip()
        if not line:
            continue
        if line.endswith(":"):
            return line
        if _ITEM.match(line) and len(line) < 300:
            continue
        if len(line) >= 120 or line[-1] in ".!?":
            return None
    return None


def _heading_line(text: str, pos: int) -> bool:
    """The line around ``pos`` is a short sub-heading: under 80 characters, several lines of text
    around it, no sentence punctuation at its end."""
    a = text.rfind("\n", max(0, pos - 200), pos) + 1
    b = text.find("\n", pos, pos + 200)
    if a == 0 or b < 0:
        return False  # the first or last line: a page of one line, or a text without line breaks
    line = text[a:b].strip()
    if not (0 < len(line) < 80 and line[-1] not in ".!?:;,»\"”)" and text[b:].strip()):
        return False
    if re.match(r"[-–—•*·]|\d{1,2}[.)]\s", line):
        return False  # an item of a list of documents
    prev = text[max(0, a - 300):a].rstrip().rsplit("\n", 1)[-1].strip()
    nxt = text[b:b + 300].lstrip().split("\n", 1)[0].strip()
    if prev.endswith(":") or (0 < len(nxt) < 80 and nxt[-1] not in ".!?") or _list_intro(text, pos):
        return False  # "The following documents were signed:" and the lines under it
    return True


def _nested_spans(spans: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """Spans lying inside another, different span (one sweep over the spans sorted by start)."""
    out = set()
    best_end = -1
    for st, en in sorted(set(spans), key=lambda x: (x[0], -x[1])):
        if best_end >= en:
            out.add((st, en))
        best_end = max(best_end, en)
    return out


# Round 19: the year a named document was signed, told right after its name ("the Agreement on cooperation in the
# field of defence, signed in Baku in 2015", «соглашение …, подписанное в Баку в 2015 году», "… was signed in 2015").
_SIGNED_IN_AFTER = re.compile(r"[^.;]{0,90}?\b(?:signed|concluded|inked|sealed)\b[^.;]{0,50}?\bin\s+((?:19|20)\d\d)\b|"
                              r"[^.;]{0,90}?(?:подписан\w*|заключ[её]н\w*)[^.;]{0,50}?(?<!\w)в\s+((?:19|20)\d\d)\s*(?:году|г\.)", re.I)
_OF_YEAR = re.compile(r"of\s+((?:19|20)\d\d)")


def _without_dated_repeats(hits: list[AgreementHit], text: str) -> list[AgreementHit]:
    """A document named only by the year it was signed ("the 2015 agreement", «соглашение 2015 года») where the text
    names a document of its kind and parties signed that year ("the Agreement on cooperation in the field of defence,
    signed in Baku in 2015"): the one document, named twice."""
    named: dict[tuple, set[str]] = {}
    for h in hits:
        if h.descriptor or (h.complement and not _OF_YEAR.fullmatch(h.complement)):
            m = _SIGNED_IN_AFTER.match(text, h.end)
            if m:
                named.setdefault((h.kind, h.parties), set()).add(m.group(1) or m.group(2))
    if not named:
        return hits
    out = []
    for h in hits:
        dated = _OF_YEAR.fullmatch(h.complement) if not h.descriptor and not h.signed else None
        if dated and dated.group(1) in named.get((h.kind, h.parties), ()):
            continue
        out.append(h)
    return out


def _with_status(h: AgreementHit, status: str) -> AgreementHit:
    return AgreementHit(h.kind, h.descriptor, h.complement, h.parties, h.year, status, h.ministries, h.start, h.end, h.text)


def merge(hits: list[AgreementHit], backrefs: frozenset[int] = frozenset()) -> list[AgreementHit]:
    """One document per kind and parties in an article: "the plan" and "the plan for 2021" are
    one plan, "the agreement on military cooperation" and "the agreement" one agreement. Two
    documents of a kind stay apart only when they cover different years. The merged document
    takes the year, the fullest description, and "signed" if any mention reports the signing.
    A definite back-reference (``backrefs``: starts of "The agreement was signed in …", "the new
    protocol builds on the earlier one") is the document already named, never a second one."""
    hits = _resolve_bare(hits)
    groups: dict[tuple, list[AgreementHit]] = {}
    signed_now = {(h.kind, h.parties) for h in hits if h.signed}
    for h in hits:
        # A document signed at the meeting and one signed on an earlier occasion are two.
        apart = h.status == "earlier" and (h.kind, h.parties) in signed_now and h.start not in backrefs
        groups.setdefault((h.kind, h.parties, apart), []).append(h)
    out: list[AgreementHit] = []
    for (kind, parties, _), members in groups.items():
        years = list(dict.fromkeys(h.year for h in members if h.year))
        buckets: dict[str | None, list[AgreementHit]] = {y: [] for y in years} if years else {None: []}
        for h in members:
            buckets[h.year if h.year else (years[0] if years else None)].append(h)
        for year, bucket in buckets.items():
            # Documents of one year are one unless their names share no word: "an executive programme of
            # military cooperation for 2024 and a programme of naval exercises for 2024" are two.
            for one in (_by_name(bucket) if year is None else _by_name(bucket, disjoint=True)):
                best = max(one, key=lambda h: (len(h.descriptor) + len(h.complement), -h.start))
                first = min(one, key=lambda h: h.start)
                status = next((h.status for h in one if h.signed), None) or best.status
                out.append(AgreementHit(kind, best.descriptor, best.complement, parties, year, status,
                                        any(h.ministries for h in one), first.start, first.end, first.text))
    out.sort(key=lambda h: h.start)
    return out


_GENERIC = {"of", "on", "in", "the", "and", "for", "to", "between", "understanding", "field", "sphere", "area", "areas",
            "bilateral", "trilateral"}


# Words a writer swaps when naming one document again: "the defence cooperation agreement" is the
# "agreement on military cooperation" named before it.
_SAME_WORD = {"defence": "military", "defense": "military", "co-operation": "cooperation", "programs": "programme",
              "program": "programme"}


def _name_words(h: AgreementHit) -> frozenset[str]:
    return frozenset(_SAME_WORD.get(w, w) for w in re.findall(r"[\w-]+", f"{h.descriptor} {h.complement}".casefold())
                     if w not in _GENERIC)


_NEAR = 200  # characters: two documents of one year named in one stretch of text


def _by_name(hits: list[AgreementHit], disjoint: bool = False) -> list[list[AgreementHit]]:
    """Mentions of one kind, parties and year, grouped by document: two names whose words neither
    include the other ("the Reciprocal Access Agreement", "the Acquisition and Cross-Servicing
    Agreement"; "the agreement on military education", "the agreement on military-technical
    cooperation") are two documents; "the agreement on military cooperation" and "the military
    cooperation agreement" are one. A bare "the agreement" is the last one named before it (the
    first one named when it comes first). With ``disjoint`` (documents of one year) two names are
    two documents only when they share no word and stand close together ("signed an executive
    programme for 2024 and a programme of naval exercises for 2024"): far apart, two names of one
    year are one document described two ways ("the Union State's security plan for 2025-2027" …
    "the work plan … for 2025-2027")."""
    groups: list[tuple[set[str], list[AgreementHit]]] = []
    bare = []
    for h in sorted(hits, key=lambda h: h.start):
        w = _name_words(h)
        if not w:
            bare.append(h)
            continue
        for words, members in groups:
            if w <= words or words <= w or (disjoint and (w & words or all(abs(h.start - m.start) > _NEAR for m in members))):
                words |= w
                members.append(h)
                break
        else:
            groups.append((set(w), [h]))
    if not groups:
        return [bare]
    for h in bare:
        before = [m for _, m in groups if m[0].start < h.start]
        (before[-1] if before else groups[0][1]).append(h)
    return [m for _, m in groups]


def _resolve_bare(hits: list[AgreementHit]) -> list[AgreementHit]:
    """A bare "the memorandum" (no descriptor, complement or year) refers to the document of that
    kind the article names in full: it takes that document's parties, so the two merge, even when
    the bare mention's sentence names the states differently. Left alone when the article names
    no such document, or several with parties that do not include the bare mention's."""
    full: dict[str, list[tuple[str, ...]]] = {}
    for h in hits:
        if h.descriptor or h.complement or h.year:
            full.setdefault(h.kind, [])
            if h.parties not in full[h.kind]:
                full[h.kind].append(h.parties)
    out = []
    for h in hits:
        cands = full.get(h.kind) or []
        if not (h.descriptor or h.complement or h.year) and cands and h.parties not in cands:
            sup = [p for p in cands if set(h.parties) <= set(p)] if len(cands) > 1 else cands
            if len(sup) == 1:
                h = AgreementHit(h.kind, h.descriptor, h.complement, sup[0], h.year, h.status, h.ministries,
                                 h.start, h.end, h.text)
        out.append(h)
    return out


def _enumerated(sent: str, s: int, p_start: int, sent_countries) -> list[tuple[str, ...]]:
    """Party sets of a list of compound names right before a plural document:
    "the A-B, A-C, and A-B-C Programs" -> [(A, B), (A, C), (A, B, C)]. Empty unless two or more."""
    cx = index()
    head = sent[max(0, p_start - 300):p_start]
    s += max(0, p_start - 300)
    m = re.search(r"((?:[A-Z][\w’'.]*(?:[-–][A-Z][\w’'.]*)+(?:\s*,\s*(?:and\s+)?|\s+and\s+))+[A-Z][\w’'.]*(?:[-–][A-Z][\w’'.]*)+)\s*$", head)
    if not m:
        return []
    groups = []
    base = s + m.start(1)
    for part in re.finditer(r"[A-Z][\w’'.]*(?:[-–][A-Z][\w’'.]*)+", m.group(1)):
        codes = []
        for c in sent_countries:
            if base + part.start() <= c.start and c.end <= base + part.end() and c.code not in codes:
                codes.append(c.code)
        if len(codes) >= 2:
            groups.append(tuple(sorted(codes, key=lambda c: cx.name(c))))
    return groups if len(groups) >= 2 else []


def _vague(toks, i, lang) -> bool:
    """An evaluative adjective among the three words before the head."""
    for t in toks[max(0, i - 3):i]:
        if t.low in _VAGUE or (lang == "ru" and nlp.lemma(t.text) in _VAGUE):
            return True
    return False


# A second document joined to the first ("… between the two ministries and a plan of …", "…, as
# well as the roadmap"): the words from there on are that document's, not the first one's name.
_NEXT_DOC_EN = re.compile(r"(?:\band\b|,|\bas well as\b)\s+(?:(?:a|an|the|their|its|this|new)\s+)?(?:[\w-]+\s+){0,3}?(?:"
                          + "|".join(sorted(_HEADS_EN)) + r"|letter|statement)\b", re.I)
# A verb or clause word inside "between …" or "on …" ends the document's name.
_CLAUSE_WORD = re.compile(r"\b(?:was|were|is|are|has|have|had|will|would|shall|signed|approved|concluded|inked|along|together|"
                          r"which|that|who)\b", re.I)


# Who plans: the subject of "plan(s) to" used as a verb ("the two sides plan to sign", "both navies plan to hold",
# "the ministry plans to buy"), never a document's modifier.
_PLAN_SUBJECTS = {"sides", "side", "countries", "country", "states", "nations", "governments", "government", "ministries",
                  "ministry", "ministers", "minister", "parties", "navies", "navy", "armies", "army", "militaries",
                  "forces", "leaders", "officials", "partners", "allies", "delegations", "they", "we", "both", "it",
                  "he", "she", "also", "still", "now", "jointly", "reportedly", "further"}


def _phrase_en(sent, toks, i, kind):
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
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
    # Round 19: "a status of forces agreement" (a fixed name with "of" inside it, the SOFA): one descriptor.
    if kind == "agreement" and j >= 3 and [t.low for t in toks[j - 3:j]] == ["status", "of", "forces"]:
        mods = ["status of forces", *mods]
        j -= 3
    elif toks[i].text in ("SOFA", "SOFAs"):
        mods = ["status of forces", *mods]
    # Nouns of the topic set before the head after a determiner: "a border patrol plan", "an
    # Antarctic logistics arrangement" (two words at most; "the next plan", "their new plan" name none).
    k = j
    # (round 20: a hyphenated noun of the topic too, "the disaster-response agreement"; not a measure of time or
    # scale, "a long-term plan", "a three-year programme", "a high-level agreement")
    while k > 0 and j - k < 2 and (_topic_word(toks[k - 1].text) or (
            _topic_word(toks[k - 1].text, hyphen=True) and not _HYPHEN_MEASURE.search(toks[k - 1].low))) \
            and toks[k - 1].low not in _NOT_COMPOUND \
            and toks[k - 1].low not in _GENERIC and len(toks[k - 1].text) > 2 \
            and not toks[k - 1].low.endswith(("ly", "ed")):
        k -= 1
    if k < j and k > 0 and toks[k - 1].low in _DETERMINERS:
        mods = [t.low for t in toks[k:j]] + mods
        j = k
    # A document's proper name in title case: "the Reciprocal Access Agreement", "the General
    # Security of Military Information Agreement" (not in a headline set in title case).
    if toks[i].text[:1].isupper() and j > 0 and not _title_case(toks):
        k = j
        while k > 0 and not _is_country_word(toks[k - 1].text) and (
                _title_word(toks[k - 1].text) or (toks[k - 1].low in ("of", "on", "and", "for") and k > 1
                                                  and _title_word(toks[k - 2].text))):
            k -= 1
        if k < j and _title_word(toks[k].text) and k > 0:
            mods = [t.text if t.text.isupper() else t.low for t in toks[k:j] if not _is_country_word(t.text)] + mods
            j = k
    # Round 19 (fixev): a proper name of title-case words before a head in lower case ("the Partnership for Peace
    # programme", "the Black Sea Shield programme"): the name keeps all its words (not "Peace programme"); two
    # title words at least, not the sentence's first word, not in a headline.
    elif toks[i].text[:1].islower() and j > 1 and not _title_case(toks) and (_title_word(toks[j - 1].text) or (
            toks[j - 1].low in ("of", "for", "and") and j > 2 and _title_word(toks[j - 2].text) and _title_word(toks[j].text))):
        k = j
        while k > 1 and not _is_country_word(toks[k - 1].text) and (
                _title_word(toks[k - 1].text) or (toks[k - 1].low in ("of", "for", "and") and k > 2
                                                  and _title_word(toks[k - 2].text))):
            k -= 1
        name = [t for t in toks[k:j] if _title_word(t.text)]
        if k < j and len(name) + sum(_title_word(t.text) for t in toks[j:i]) >= 2 and _title_word(toks[k].text):
            mods = [t.text if _title_word(t.text) or t.low in ("of", "for", "and") else t.low for t in toks[k:i]]
            j = k
    # Complement to the right: "of understanding", "on military education", "for 2021".
    k = i + 1
    comp = []
    if kind in ("letter of arrangement", "letter of intent", "statement of intent"):
        k = i + 3
    lead_comp = []
    if kind == "memorandum" and i + 2 < len(toks) and toks[i + 1].low == "of" and _HEADS_EN.get(toks[i + 2].low) \
            and toks[i + 2].low not in _PLURAL_EN:
        lead_comp = ["of", toks[i + 2].low]  # "memorandum of arrangement on …": one document
        k = i + 3
    if k < len(toks) and toks[k].low in ("of", "on", "about", "for", "to") :
        k2 = k + 1
        words = ["on" if toks[k].low == "about" else toks[k].low]
        topic = words[0] == "on"
        while k2 < len(toks) and k2 - k <= (12 if topic else 8):
            w = toks[k2]
            if w.low == "and" and k2 + 1 < len(toks) and (toks[k2 + 1].low.endswith("ed") or toks[k2 + 1].low in _NOT_TOPIC
                                                               or toks[k2 + 1].low in _AND_VERB):
                break  # "an agreement on military cooperation and discussed …": the sentence's next verb
            if w.low == "and" and _NEXT_DOC_EN.match(sent, w.start):
                break  # "the memorandum on military education and the plan of cooperation for 2025": two documents
            if words[-1] == "understanding" and w.low in ("on", "about"):
                topic = True  # "of understanding on the training of artillery crews": the topic follows
                words.append("on")
            elif _DESIGNATION.fullmatch(w.text) and k2 + 1 < len(toks) and _topic_word(toks[k2 + 1].text, hyphen=True) \
                    and k2 + 1 - k <= (12 if topic else 8):
                # "of K9 howitzers", "of F-16 fighters", "of S-400 systems": a model designation is part of
                # the noun phrase of the noun after it
                words += [w.text, toks[k2 + 1].low]
                k2 += 2
                continue
            elif w.low in _MODS_EN or w.low in _COMP_EN or _is_country_word(w.text) or (topic and _topic_word(w.text, hyphen=True)) \
                    or (topic and _proper_in_topic(toks, k2)):
                # (a proper adjective of the topic: "on Arctic surveillance cooperation", "on Black Sea demining")
                words.append(w.text if _is_country_word(w.text) or _proper_in_topic(toks, k2) else w.low)
            else:
                break
            k2 += 1
        while words and words[-1] in ("the", "in", "of", "and", "on", "about", "for", "to", "field", "relating", "implementing", "improving",
                                      "developing", "develop", "enhancing", "strengthening", "conduct", "enhancement"):
            words.pop()
        if len(words) > 1:
            comp = words
            k = k + len(words)  # one token per word: the phrase ends at the last word kept
    comp = lead_comp + comp
    end = toks[min(k, len(toks)) - 1].end
    # "the agreement of 2009", "the treaty of 12 May 1997": a document named by the day it was
    # signed (that year is no year it covers).
    dated = None if comp else re.match(r"\s+of\s+(?:(?:\d{1,2}\s+)?[A-Z][a-z]+\.?\s+(?:\d{1,2},?\s+)?)?(?:1[89]|20)\d\d\b", sent[end:])
    if dated:
        end += dated.end()
    # Extend over "between ..." and "for YEAR" (also after "of the Union State", "on implementing the programme …").
    rest = sent[end:]
    m = re.match(r"(\s+between\s+(?:[^.;,]|,(?=\s*(?:and\s+)?[A-Z])){3,90}?)?(\s+(?:to|of|on)\s+(?:[^.;,]|,(?=\s*(?:and\s+)?[A-Z])){3,80}?)?(\s+(?:for|on)\s+(?:the\s+(?:years?|period)\s+(?:of\s+)?)?(?:from\s+)?\d{4}(?![-–/.]\d\d\b)(?:\s*(?:[-–/]|to|through|until)\s*\d{4})?)", rest)
    if m and (_CLAUSE_WORD.search(f"{m.group(1) or ''} {m.group(2) or ''}")
              or _NEXT_DOC_EN.search(f"{m.group(1) or ''} {m.group(2) or ''}")):
        # "the memorandum between A and B was signed along with a plan for 2025", "an agreement
        # between the two ministries and a plan of cooperation for 2026": another clause's or
        # another document's year
        m = None
    if not m:
        # "a plan on implementing the programme of strategic partnership for 2026-2030": the year
        # of the document the complement names, a few words on, with no clause break between.
        m = re.match(r"((?:\s+[\w’'-]+){1,8}?)(\s+(?:for|on)\s+(?:the\s+(?:years?|period)\s+(?:of\s+)?)?(?:from\s+)?\d{4}(?![-–/.]\d\d\b)(?:\s*(?:[-–/]|to|through|until)\s*\d{4})?)", rest)
        if m and (re.search(r"\b(?:and|or|but|while|which|that|signed|discussed)\b", m.group(1)) or not comp):
            m = None
    # "between the United States and the Philippines", "between Serbia, Hungary and Slovakia": names
    # and the words that join them, up to the first other word.
    between = re.match(r"\s+between\s+(?:the\s+)?[A-Z][\w’'.-]*(?:(?:\s+|\s*,\s*)(?:[A-Z][\w’'.-]*|of|the|and)(?=[\s,.;:]|$))*", rest)
    if between:
        trim = re.search(r"(?:\s*,?\s+(?:of|the|and))+$", between.group(0))
        if trim:
            between = re.match(re.escape(between.group(0)[:trim.start()]), rest)
    if m:
        end += m.end()
    elif between:
        end += between.end()
    descriptor = " ".join(w for w in mods if w not in ("the",))
    complement = " ".join(comp) or (" ".join(dated.group(0).split()) if dated else "")
    has_year = bool(m) or bool(re.search(r"\b\d{4}\s*$", sent[max(0, toks[i].start - 40):toks[i].start]))
    if kind == "plan" and nxt == "to" and not (descriptor or has_year):
        return None  # "plans to visit"
    if kind == "plan" and nxt == "to" and i > 0 and (toks[i - 1].low in _PLAN_SUBJECTS or _is_country_word(toks[i - 1].text)):
        return None  # "the two sides plan to sign …", "Japan plans to", "the ministry plans to": a verb, its subject before it
    near = sent[max(0, toks[i].start - _WINDOW):toks[i].end + _WINDOW]
    acted = _SIGN_EN.search(near) or _PLANNED_EN.search(near) or _DRAFT_EN.search(near) or _REFERRED_EN.search(near)
    start = toks[j].start
    # "the 2017 cooperation plan", "their 2031-2033 training programme": the years it covers
    # stand before the modifiers.
    # (looked for in the 80 characters before: a run-on page without full stops stays linear)
    look = max(0, start - 80)
    lead = _YEAR_LEAD.search(sent, look, start)
    if lead and kind not in ("plan", "programme", "arrangement") and not _SPAN.fullmatch(lead.group(1)):
        lead = None  # "the 2019 agreement" is named by its signing; "a 2025-2027 roadmap" covers a span
    if lead:
        start, has_year = lead.start(1), True
    elif not (complement or m):
        # "the 1994 agreement", "their 2022 reciprocal access agreement": an agreement, treaty or
        # memorandum named by the year it was signed, like "the agreement of 1994" (no year covered).
        lo = max(0, start - 80)  # a bounded look back: a run-on page without full stops stays linear
        signed_in = _SIGNED_LEAD.search(sent[lo:start])
        if signed_in:
            start, complement = lo + signed_in.start(1), f"of {signed_in.group(1)}"
    if descriptor or complement or has_year or bool(between) or bool(dated) or (kind in _DOC_EN and acted):
        return (start, end, descriptor, complement)
    return None


# A document's topic after "on"/"about" is open ("a protocol on river patrols", "an agreement on
# search and rescue at sea"): any lower-case word but those that end the noun phrase.
_NOT_TOPIC = {"was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "will", "would", "shall", "can",
              "could", "may", "might", "should", "must", "which", "that", "who", "whose", "between", "by", "with", "at",
              "during", "after", "before", "to", "as", "from", "until", "this", "these", "those", "its", "their", "his",
              "her", "our", "a", "an", "sidelines", "margins", "occasion", "behalf", "signed", "inked", "concluded",
              "approved", "said", "says", "also", "not", "today", "yesterday", "tomorrow", "but", "or", "while", "when",
              "where", "there", "it", "they", "he", "she", "we", "for", "within", "under", "into", "over", "among",
              "on", "about", "upon", "against",
              # "… in the presence of the ministers", "in the course of the visit", "in the framework of the talks": the
              # sentence goes on about the signing, the document's name has ended
              "presence", "course", "framework", "wake", "run-up", "attendance", "ceremony",
              # "an agreement on military-technical cooperation back in 2019": the time of its signing follows
              "back",
              # round 20: "the agreement on military transit entered into force", "… came into effect": the predicate
              "entered", "enters", "entering", "came", "comes", "took", "takes", "remains", "remained", "expires", "expired",
              "ratified", "initialled", "initialed", "exchanged"}


# Verbs of wish and intent that open a second predicate after "and" ("a memorandum on cyber defence
# and hope to sign it"): never a topic word.
_AND_VERB = {"hope", "hopes", "plan", "plans", "expect", "expects", "intend", "intends", "want", "wants", "aim", "aims",
             "agree", "agrees", "wish", "wishes", "seek", "seeks", "look", "looks"}


# A model designation: letters and digits, with or without a hyphen ("K9", "F-16", "S-400", "Su-35",
# "MiG-29", "A400M", "KF-21", "C-130J", "Mirage-2000"); a capital letter and a digit in one token, no year.
_DESIGNATION = re.compile(r"(?=.*\d)[A-Z][A-Za-z]{0,7}-?\d{1,4}[A-Z]{0,2}|\d{1,3}[A-Z]{1,3}\d{0,2}")


def _proper_in_topic(toks, k: int) -> bool:
    """A capitalised word inside a document's topic: one or two ('Arctic', 'Black Sea') right before a
    lower-case topic word ("on Arctic surveillance", "on Black Sea demining")."""
    for n in (1, 2):
        run = toks[k:k + n]
        if (len(run) == n and all(t.text[:1].isupper() and t.text.isalpha() for t in run) and k + n < len(toks)
                and _topic_word(toks[k + n].text, hyphen=True)):
            return True
    return k > 0 and toks[k - 1].text[:1].isupper() and toks[k].text[:1].isupper() and toks[k].text.isalpha() \
        and k + 1 < len(toks) and _topic_word(toks[k + 1].text, hyphen=True)


_HYPHEN_MEASURE = re.compile(r"-(?:term|year|month|week|day|level|scale|called|standing|ranging|lasting|reaching|based|time|way|sided|party)$|"
                             r"^(?:so|well|long|short|high|low|full|first|second|multi|one|two|three|four|five|ten)-")


def _topic_word(word: str, hyphen: bool = False) -> bool:
    """A lower-case word of a topic ("river", "patrols"; with ``hyphen``, after "on": "after-sales")."""
    if hyphen and "-" in word.strip("-"):
        word = word.replace("-", "")
    return word.isalpha() and word.islower() and word not in _NOT_TOPIC and len(word) > 1


_SIGNED_LEAD = re.compile(r"\b(?:the|its|their|this|that|[A-Z][a-z]+['’]s)\s+((?:1[89]|20)\d\d)\s+(?:[a-z][\w-]*\s+){0,3}$", re.I)
_YEAR_LEAD = re.compile(r"\b(?:the|a|an|its|their|this|new|our|his|her|[A-Z][a-z]+['’]s)\s+(?:(?:draft|new|updated|revised|next)\s+)?(\d{4}(?:\s*[-–/]\s*\d{4}|[-–/]\d\d)?)\s+$", re.I)
_SPAN = re.compile(r"\d{4}\s*[-–/]\s*(?:\d{4}|\d\d)")
_COMP_EN = {"understanding", "the", "in", "field", "of", "and", "education", "training", "cooperation", "cybersecurity",
            "instructors", "officers", "specialists", "exchange", "personnel", "security", "peacekeeping", "improving",
            "developing", "develop", "enhancement", "enhancing", "implementing", "implementation", "strengthening",
            "conduct", "international", "cadet", "research", "development", "collaboration", "capacity", "building",
            "relating", "air", "use", "unmanned", "aerial", "vehicles", "guarantees", "mutual", "military-technique",
            "co-operation", "sphere", "area", "areas", "general", "conditions", "supplies", "practical", "partnership",
            "intent", "procurement", "ammunition", "maritime", "industry", "industrial", "production", "exchanges",
            "information", "intelligence", "aviation", "demining", "search", "rescue", "medicine", "logistics",
            "status", "protection", "classified", "assistance", "support", "repair", "maintenance", "modernization",
            "modernisation", "joint", "military", "defence", "defense", "naval", "cyber", "space"}


_DETERMINERS = {"a", "an", "the", "their", "its", "this", "that", "these", "both"}
_NOT_COMPOUND = {"first", "second", "third", "next", "last", "new", "old", "same", "current", "previous", "whole", "entire",
                 "only", "main", "overall", "such", "other", "relevant", "specific", "concrete", "final", "earlier", "later",
                 "existing", "corresponding", "appropriate", "respective", "possible", "own", "long", "short", "big",
                 "vast", "broad", "large", "extensive", "rich", "ambitious", "wide", "huge", "busy", "intensive", "packed",
                 "eventful", "good", "great", "important", "key", "major", "comprehensive", "detailed", "clear",
                 "signed", "agreed", "draft", "written", "formal", "legal", "binding", "any", "some", "real", "serious", "relevant", "peace", "business", "marketing", "flight", "travel", "visit"}
_NOT_TITLE = {"the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "under", "in", "on", "of", "and"}


def _title_word(word: str) -> bool:
    """A capitalised word that can be part of a document's proper name ("Reciprocal", "MoU")."""
    return word[:1].isupper() and word.casefold() not in _NOT_TITLE and word.isalpha() or bool(re.fullmatch(r"[A-Z][\w-]*[A-Z]\w*", word))


def _title_case(toks) -> bool:
    """A sentence set in title case (a headline): every word of four letters or more capitalised."""
    words = [t for t in toks if t.text[:1].isalpha() and len(t.text) > 3]
    return len(words) >= 3 and all(t.text[0].isupper() for t in words)


def _is_country_word(word: str) -> bool:
    """'Armenian-French', 'Greek': a country adjective inside a document's name."""
    return bool(word[:1].isupper() and index().find(word, "en"))


def _phrase_ru(sent, toks, i, kind):
    # The genitive or prepositional complement: "план двустороннего сотрудничества",
    # "меморандум о взаимопонимании в области военного образования".
    first = i + 3 if kind in ("statement of intent", "letter of intent") else i + 1  # past "о намерениях"
    k = first
    words = []
    prep = None
    while k < len(toks) and k - i <= 9:
        w = toks[k]
        lem = nlp.lemma(w.text)
        if w.low in ("о", "об", "по", "в") and k == first and (w.low != "в" or first > i + 1):
            prep = "on"
            k += 1
            continue
        if w.low in ("в", "во") and words and k + 1 < len(toks) and nlp.lemma(toks[k + 1].text) in _TIME_RU:
            break  # "соглашение о передаче оборудования в следующем году": when, not what
        if w.low in ("в", "во") and words:
            words.append(("в", "in"))  # "в области/сфере …": "in …"
            k += 1
            continue
        if w.text.isascii() and _DESIGNATION.fullmatch(w.text) and words and _noun_ru(words[-1][0]) \
                and words[-1][0] != "of":
            words[-1] = (words[-1][0], f"{w.text} {words[-1][1]}")  # "танков K2" -> "K2 tanks"
            k += 1
            continue
        if lem in _GLOSS_RU:
            if _GLOSS_RU[lem]:
                _of_genitive_ru(words, w.text, prep)
                words.append((w.low, _GLOSS_RU[lem]))
            k += 1
            continue
        compound = _compound_ru(w.text)
        if compound:
            _of_genitive_ru(words, w.text, prep)
            words.append((w.low, compound))  # "военно-финансовом" -> "military-financial"
            k += 1
            continue
        if lem in _HEADS_RU:
            break  # "дорожная карта по реализации соглашения …": the other document is named on its own
        if lem in _DURATION_RU:
            break  # "соглашение о сотрудничестве сроком на пять лет": how long it runs, not what it is on
        if prep and _topic_ru(w.text):
            _of_genitive_ru(words, w.text, prep)
            words.append((w.low, w.low))  # an open topic: "о речном патрулировании" (kept in Russian)
            k += 1
            continue
        break
    while words and words[-1][1] == "in":
        words.pop()
        k -= 1  # "… в области": the phrase ends before the dangling "в"
    end = toks[k - 1].end if k > i + 1 else toks[i].end
    if k == first and first > i + 1:
        end = toks[first - 1].end
    rest = sent[end:]
    m = re.match(r"(\s+между\s+[^.;]{3,90}?)?(\s+на\s+(?:(?:период|срок)\s+)?(?:с\s+)?\d{4}(?:\s*(?:[-–—]|по|до)\s*\d{4})?\s*(?:год\w*|гг\.?|г\.))", rest)
    # "соглашение 1994 года", "договор от 25 мая 1997 г.": named by the day it was signed.
    dated = None if m or kind in ("plan", "programme") else re.match(r"\s+(?:от\s+)?(?:\d{1,2}\s+[а-яё]+\s+)?((?:1[89]|20)\d\d)\s*(?:года|г\.)", rest, re.I)
    if m:
        end += m.end()
    elif dated:
        end += dated.end()
    eng = [e for _, e in words]  # (a ("", "of") joins a noun and its genitive complement)
    descriptor, complement = "", ""
    if kind == "memorandum" and "understanding" in eng:
        eng.remove("understanding")
        while eng and eng[0] == "in":
            eng.pop(0)  # "о взаимопонимании в сфере образования": "of understanding on education"
        complement = "of understanding" + (f" on {' '.join(eng)}" if eng else "")
    elif prep and eng:
        complement = "on " + " ".join(eng)
    else:
        # Adjectives first: the glossary's words are already in English order for pairs like
        # "двустороннего сотрудничества" -> "bilateral cooperation".
        descriptor = " ".join(eng)
    if dated:
        complement = f"{complement} of {dated.group(1)}".strip()
    # Adjectives before the head: "совместную декларацию" -> "joint declaration".
    left = []
    j = i - 1
    while j >= 0 and nlp.lemma(toks[j].text) in _GLOSS_RU and _GLOSS_RU[nlp.lemma(toks[j].text)] and _adjective_ru(toks[j].text):
        left.insert(0, _GLOSS_RU[nlp.lemma(toks[j].text)])
        j -= 1
    if left:
        descriptor = " ".join([*left, descriptor]).strip()
    near = sent[max(0, toks[i].start - _WINDOW):toks[i].end + _WINDOW]
    acted = _SIGN_RU.search(near) or _PLANNED_RU.search(near) or _DRAFT_RU.search(near) or _REFERRED_RU.search(near)
    if not (descriptor or complement or m or dated) and not (kind in _DOC_RU and acted):
        return None
    start = toks[i - 1].start if kind == "roadmap" and i > 0 else toks[i].start
    return (start, end, descriptor, complement)


# The first halves of Russian compound adjectives ("военно-финансовый"), read part by part when the
# whole compound is not in the glossary.
_COMPOUND_HEAD_RU = {"военно": "military", "научно": "scientific", "оборонно": "defence", "технико": "technical",
                     "финансово": "financial", "морско": "maritime", "учебно": "training"}


def _compound_ru(word: str) -> str | None:
    """A hyphenated Russian adjective the glossary lacks, glossed part by part ("военно-финансовом" ->
    "military-financial", "военно-политическом" -> "military-political"); None when a part is unknown."""
    head, sep, tail = word.casefold().partition("-")
    if not sep or head not in _COMPOUND_HEAD_RU or not tail:
        return None
    rest = _GLOSS_RU.get(nlp.lemma(tail))
    return f"{_COMPOUND_HEAD_RU[head]}-{rest}" if rest and " " not in rest else None


def _tail_ru(tail: str) -> str:
    """The words after a Russian document that still belong to its noun phrase: up to the next
    document's name (in "записано в меморандуме и в плане на 2030 год" the year is the plan's),
    a verb (the phrase has ended: "…, а учения пройдут на 2030 год") or a comma (unless an active
    participle clause opens after it: see _active_participle_ru). Genitive names of
    the parties may stand between the document and its years: "программа сотрудничества России и
    Лаоса на 2024–2026 годы"."""
    # The sides' official names ("между Министерством обороны Республики Беларусь и Министерством
    # национальной обороны Социалистической Республики Вьетнам") are part of the phrase however long.
    sides = re.match(r"\s*между\s", tail)
    tail = tail[:220 if sides else 140]
    clause = _PARTICIPLE_CLAUSE_RU.match(tail)
    if clause and _active_participle_ru(clause.group(1)):
        # "протокол, определяющий направления сотрудничества на 2024–2026 годы": a participle clause
        # right after the document still describes it, and its years are the document's
        prefix, tail = tail[:clause.start(1)], tail[clause.start(1):]
    else:
        prefix = ""
        tail = tail[:220 if sides else 90]
    cut = re.search(r"[,;:!?]|\.\s", tail)
    if cut:
        tail = tail[:cut.start()]
    for t in nlp.tokenize(tail):
        if nlp.lemma(t.text) in _HEADS_RU or _verb_ru(t.text):
            return prefix + tail[:t.start]
    return prefix + tail


_PARTICIPLE_CLAUSE_RU = re.compile(r"\s*,\s*([а-яё]+)\b")


def _active_participle_ru(word: str) -> bool:
    """A full active participle ('определяющий', 'предусматривающий'; not the passive 'подписанный'):
    its clause tells what the document sets out, not when or where it was signed."""
    parses = nlp.morph().parse(word.casefold())
    return bool(parses) and "PRTF" in parses[0].tag and "actv" in parses[0].tag


#: Nouns of a duration or term: a document's name stops before them ("сроком на пять лет", "на период").
_DURATION_RU = frozenset({"срок", "период", "продолжительность", "длительность"})
#: Words after "в" that say when, not what: "в следующем году", "в ближайшее время", "в течение года", "в ходе визита".
_TIME_RU = frozenset({"год", "месяц", "неделя", "время", "срок", "ближайший", "следующий", "текущий", "этот", "прошлый",
                      "течение", "ход", "рамка", "конец", "начало", "середина", "день", "будущее", "перспектива"})


def _noun_ru(word: str) -> bool:
    """A Russian noun (its first parse): 'производстве', 'обслуживании', 'поставке'."""
    if not word[:1].isalpha() or word.isascii():
        return False
    parses = nlp.morph().parse(word.casefold())
    return bool(parses) and "NOUN" in parses[0].tag


def _of_genitive_ru(words: list, word: str, prep: str | None) -> None:
    """A noun of a document's topic and the genitive noun phrase after it: the object of production,
    supply, repair, training … ("о производстве танков" -> "on production of tanks", "о поставке
    вооружения" -> "on supply of arms"): 'of' goes between (a marker ("", "of") in ``words``)."""
    if not (prep and words and _noun_ru(words[-1][0])):
        return
    parses = nlp.morph().parse(word.casefold())[:2]
    if any("gent" in p.tag and ("NOUN" in p.tag or "ADJF" in p.tag) for p in parses):
        words.append(("", "of"))


def _topic_ru(word: str) -> bool:
    """A noun or adjective of a document's topic after "о"/"по" that the glossary does not know."""
    if not word[:1].isalpha() or word.isascii() or word[:1].isupper():
        return False
    parses = nlp.morph().parse(word.casefold())
    return bool(parses) and any(x in parses[0].tag for x in ("NOUN", "ADJF", "PRTF")) and "nomn" not in parses[0].tag


def _verb_ru(word: str) -> bool:
    """A finite verb, an infinitive or a short participle: 'подписали', 'подписать', 'подписан'."""
    if not word[:1].isalpha() or word.isascii():
        return False
    parses = nlp.morph().parse(word.casefold())
    return bool(parses) and any(x in parses[0].tag for x in ("VERB", "INFN", "PRTS"))


_AND_YEAR = re.compile(r"\s+(?:and|и)\s+((?:19|20)\d\d)\b(?![-–/.]\d)")


# A year named relative to the page's: "for this year", "for the current year", "for next year", "на
# текущий год", "на следующий год" (a few words of the name may come between in Russian: "план
# сотрудничества на текущий год"). Group 1 is set for the year after.
_RELATIVE_YEAR = re.compile(r"(?:\s+[a-zа-яё-]+){0,4}?\s+(?:(?:for|on)\s+(?:the\s+)?(?:(next|coming|following)|"
                            r"this|current|present)\s+year\b(?![’'-])|на\s+(?:(следующий|будущий|предстоящий)|"
                            r"текущий|этот|нынешний|сей)\s+год\b)", re.I)



def _year(phrase: str, lang: str) -> str | None:
    phrase = full_span_years(phrase)  # "2025-26", "2025/26": "2025-2026"
    # A phrase that starts with its years: "2031-2033 cooperation plan" (see _YEAR_LEAD).
    m = re.match(r"(\d{4})(?:\s*[-–]\s*(\d{4}))?\s+\D", phrase) if lang == "en" else None
    m = m or (_YEAR_RU if lang == "ru" else _YEAR_EN).search(phrase)
    if not m:
        return None
    groups = [g for g in m.groups() if g]
    return "-".join(groups[:2]) if len(groups) > 1 else groups[0]  # "2019-2021", as the gold writes spans


def sign_re(lang: str):
    return _SIGN_RU if lang == "ru" else _SIGN_EN


def _full_participle_ru(word: str) -> bool:
    """'подписанный', 'подписанного': an attributive participle (not 'подписан', 'подписали')."""
    parses = nlp.morph().parse(word.casefold())
    return bool(parses) and "PRTF" in parses[0].tag


def _adjective_ru(word: str) -> bool:
    parses = nlp.morph().parse(word.casefold())
    return bool(parses) and ("ADJF" in parses[0].tag or "PRTF" in parses[0].tag)


def _plural_ru(word: str) -> bool:
    parses = nlp.morph().parse(word.casefold())
    return bool(parses) and "plur" in parses[0].tag

def _parties(sent, s, p_start, p_end, sent_countries, principals, want=2, people_codes=frozenset(),
             host: str | None = None) -> tuple[str, ...]:
    """The states party to the document at [p_start, p_end) of ``sent`` (``s``: the offset of
    ``sent`` in the text). The states its own name gives ("the plan … between the ministries of A
    and B") when it names two or more; else the states of the sentence, without those named only
    inside a conflict, and, when the sentence names more than the document needs ("…, noting the
    situation in C"), only those of the article's people; missing ones from ``principals``."""
    codes: list[str] = []
    inside = list(dict.fromkeys(c.code for c in sent_countries if s + p_start <= c.start and c.end <= s + p_end))
    witnesses, prev = set(), None
    for c in sent_countries:
        if prev is not None and re.fullmatch(r"\s*(?:,|and|и|,\s*and)\s*", sent[prev.end - s:c.start - s], re.I):
            witnesses.add(c)
        elif _PRESENCE.search(sent[max(0, c.start - s - 80):max(0, c.start - s)]) and not any(
                o is not c and c.start - 80 < o.start < c.start and o.start > _presence_at(sent, s, c) for o in sent_countries):
            witnesses.add(c)
        prev = c if c in witnesses else None
    if len(inside) >= 2:
        codes = inside
    # A lone state inside the document's complement after a preposition of topic or place ("a
    # memorandum on joint patrols along the South Sudan border", "an agreement on peace in Sudan",
    # «меморандум о содействии урегулированию в Южном Судане») is what the document is about, not a
    # side; one after "with", "to", "between" or "and" is a side ("an agreement on cooperation with
    # Uganda", "a contract for the supply of radars to Egypt").
    topic = set()
    if len(inside) == 1 and inside[0] not in people_codes:
        hit = next(c for c in sent_countries if s + p_start <= c.start and c.code == inside[0])
        last = None
        for last in _PREP.finditer(sent, p_start, hit.start - s):
            pass
        if last is not None and not _SIDE_PREP.fullmatch(last.group(1)):
            topic = {inside[0]}
            others = {c.code for c in sent_countries} | set(principals)
            if len(others - topic) < want:
                topic = set()
        inside = [c for c in inside if c not in topic]
    # So is a state placed after the document in the same clause, named as a place or an object of
    # another noun ("signed a memorandum to coordinate patrols along the border of Sudan", «подписали
    # меморандум о содействии урегулированию в Южном Судане»): the document's topic, even when the
    # sentence names no other state (the article's principal states are the sides then).
    after = {c.code for c in sent_countries if c.start >= s + p_end and c.code not in people_codes
             and not re.search(r"[,;:]", sent[p_end:c.start - s])
             and _OBLIQUE.search(sent, max(0, c.start - s - 60), c.start - s)}
    after -= {c.code for c in sent_countries if c.start < s + p_end}
    if after and len(({c.code for c in sent_countries} | set(principals)) - after - topic) >= want:
        topic |= after
    # A state named as a place or an object of another noun ("troops fighting in Mali", "friction
    # with China", "the situation in Syria", "ситуация в Афганистане") is no party, unless one of
    # the article's people serves it.
    placed = {c: bool(_OBLIQUE.search(sent, max(0, c.start - s - 60), max(0, c.start - s))) for c in sent_countries}
    oblique = {c.code for c in sent_countries if c.code not in people_codes and c.code not in inside and placed[c]} - {
        c.code for c in sent_countries if not placed[c]}
    if len({c.code for c in sent_countries} - oblique | set(people_codes)) < want:
        oblique = set()  # no other state to take its place: "visited Kazakhstan … signed a plan"
    oblique |= topic
    # A state named as the holder of a threat ("Russia's aggression", "the threat posed by Iran",
    # «агрессия России», «угрозы со стороны России») is what the sides face, never a side, even when
    # the sentence names no other state: the article's principal states are the sides then.
    oblique |= {c.code for c in sent_countries if c.code not in people_codes and c.code not in inside
                and _threat_holder(sent, s, c)} - {c.code for c in sent_countries if not _threat_holder(sent, s, c)}
    for c in sent_countries if not codes else ():
        if c.code in oblique:
            continue
        # Countries named only inside a conflict ("Armenia-Azerbaijan conflict") are not parties.
        around = sent[max(0, c.end - s):max(0, c.end - s) + 40]
        if _CONFLICT.search(around.split(".")[0][:30]):
            continue
        # Nor are witnesses: "in the presence of the Russian ambassador", "в присутствии посла России"
        # (the first state after the cue, and those joined to it by "and").
        if c in witnesses:
            continue
        if c.code not in codes:
            codes.append(c.code)
    if len(codes) > want:
        keep = [c for c in codes if c in people_codes or c in inside]
        if len(keep) >= want:
            codes = keep
    if len(codes) < want:
        # A document of three or more states takes the states of the article's people first: "The
        # ministers signed a trilateral plan" after a meeting of Egyptian, Greek and Cypriot ministers
        # is theirs, not a state a neighbouring sentence names more often.
        order = [p for p in principals if p in people_codes] + [p for p in principals if p not in people_codes] \
            if want >= 3 else principals
        if host and want == 2 and host not in codes and host not in oblique and len(codes) <= 1:
            order = [host, *order]  # the meeting's host: one side of the visit (``find``)
        aside = {c.code for c in witnesses} - {c.code for c in sent_countries if c not in witnesses}
        for p in order:
            if len(codes) >= want:
                break
            if p not in codes and p not in oblique and p not in aside:
                codes.append(p)
    cx = index()
    return tuple(sorted(codes, key=lambda c: cx.name(c)))


# The prepositions of a document's complement, both languages (closed class); those that make the
# state after them a side of the document.
_PREP = re.compile(r"(?:^|(?<=\s))(on|in|into|along|near|across|around|about|regarding|concerning|over|within|inside|"
                   r"beyond|at|for|of|off|with|to|between|and|by|from|о|об|в|во|на|по|вдоль|около|у|для|при|за|с|со|"
                   r"между|и|от|к)(?=\s)", re.I)
_SIDE_PREP = re.compile(r"with|to|between|and|by|from|с|со|между|и|от|к", re.I)


def _presence_at(sent: str, s: int, c) -> int:
    """The text offset of the presence cue before country hit ``c``."""
    lo = max(0, c.start - s - 80)
    m = None
    for m in _PRESENCE_CUE.finditer(sent, lo, max(0, c.start - s)):
        pass
    return s + (m.start() if m else lo)


_THREAT = (r"(?:friction|tensions?|rivalry|disputes?|confrontation|conflict|war|standoff|clash(?:es)?|threats?|aggression|"
           r"pressure|sanctions|incursions?|hostilit(?:y|ies)|situation|developments|crisis)")
_OBLIQUE = re.compile(r"(?:\b(?:in|into|against|over|towards?|near|across|around|inside|about|regarding|concerning|along(?!\s+with)|"
                      r"fighting|deployed to)|\b" + _THREAT + r"\s+(?:with|from|between|involving|by|of|posed by|along)|"
                      # Round 17: the partner of an exercise ("discussed the IBSAMAR naval exercise with India"): no side
                      # of a bilateral document of the two others
                      r"\b(?:exercises?|drills?|manoeuvres?|maneuvers?|war\s?games?)\s+with)"
                      r"\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$|"
                      r"(?:\b(?:в|во|против|вокруг|внутри)|(?:напряж[её]нн\w+|конфликт\w*|угроз\w*|противостояни\w*|"
                      r"ситуаци\w*|войн\w*|санкци\w*|агресси\w*)\s+(?:с|со|со стороны|в|во|вокруг)|(?:учени\w*|маневр\w*|манёвр\w*)\s+(?:с|со))\s+(?:[а-яё-]+\s+){0,1}$", re.I)
_THREAT_RU = (r"(?:угроз|агресси|вторжени|провокаци|санкци|давлени|нападени|экспанси|милитаризаци|вмешательств|"
              r"враждебн)\w*")
_HOLDER_AFTER_EN = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,2}?" + _THREAT + r"\b", re.I)
_HOLDER_BEFORE = re.compile(r"\b" + _THREAT + r"\s+(?:posed\s+by|from|by|of)\s+(?:the\s+)?$|(?:^|\s)" + _THREAT_RU
                            + r"\s+(?:со\s+стороны\s+)?$", re.I)


def _threat_holder(sent: str, s: int, c) -> bool:
    """Whether country hit ``c`` of ``sent`` is named as the holder of a threat: "Russia's
    aggression", "the threat posed by Iran", «агрессия России», «угрозы со стороны России»."""
    return bool(_HOLDER_AFTER_EN.match(sent, c.end - s) or _HOLDER_BEFORE.search(sent, max(0, c.start - s - 60), c.start - s))


# Witnesses and mediators of a signing, both languages: the states after the cue (and those joined
# to the first by "and") are no sides ("in talks mediated by Qatar and Turkey", «при посредничестве
# Катара»).
_THIRD_CUES = (r"in the presence of|attended by|witnessed by|as observers?|в присутствии|при участии|"
               r"mediated by|brokered by|facilitated by|hosted by|under the (?:auspices|mediation) of|"
               r"with the (?:mediation|facilitation|good offices) of|through the mediation of|"
               r"при посредничестве|при содействии|под эгидой|посредничеств\w* со стороны")
_PRESENCE_CUE = re.compile(r"\b(?:" + _THIRD_CUES + r")(?!\w)", re.I)
_PRESENCE = re.compile(r"\b(?:" + _THIRD_CUES + r")(?!\w)[^,;:.]*$", re.I)


@functools.lru_cache(maxsize=1)
def _month_names() -> dict[str, dict[str, int]]:
    """Full month names per language from Babel's CLDR data, stand-alone and format (for Russian
    the nominative "март" and the genitive "марта"), casefolded: {"en": {"march": 3}, "ru": {…}}."""
    from babel.dates import get_month_names

    out: dict[str, dict[str, int]] = {}
    for lang in ("en", "ru"):
        out[lang] = {}
        for context in ("stand-alone", "format"):
            for num, name in get_month_names("wide", context, lang).items():
                out[lang][name.casefold()] = num
    return out


def month_number(word: str, lang: str) -> int | None:
    """The month a word names, or None: "March", "марта", and, through the lemma, the
    prepositional "в марте"/"в мае"; "в Мали" (Mali) is no month."""
    months = _month_names()
    names = months.get(lang, months["en"])
    w = word.casefold()
    if w in names:
        return names[w]
    if lang == "ru" and w[:1].isalpha() and not w.isascii():
        lem = nlp.lemma(word).casefold()
        if lem in names:
            return names[lem]
    return None


# "in March", "in early March", "in March 2022", "on March 3, 2021", "on 3 March", "в марте",
# "в конце марта", "в марте 2021 года", "3 марта 2021 г.": a month, with the day and the year
# when the text gives them.
_MONTH_EN = re.compile(r"\b(?i:in|on|at|during|since|by)\s+(?i:(?:early|late|mid)[- ]|the (?:start|beginning|middle|end) of\s+)?(?:(\d{1,2})\s+)?([A-Z][a-z]+)\.?(?:\s+(\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+(\d{4}))?\b")
_MONTH_RU = re.compile(r"(?:\b(?:в|во)\s+(?:(?:начале|середине|конце)\s+)?|\b\d{1,2}\s+)([а-яё]+)(?:\s+(\d{4})\s*(?:год\w*|г\.?))?", re.I)


def _earlier_month(outside: str, lang: str, article_year: int | None, article_month: int | None) -> bool:
    """A month named in the sentence that falls before the article's (year, month). A month
    without a year is in the article's year, or the year before when it comes after the article's
    month ("In December" in a January article). Without the article's month only an explicit
    earlier year counts."""
    if not article_year:
        return False
    for m in (_MONTH_RU if lang == "ru" else _MONTH_EN).finditer(outside):
        if lang == "ru":
            word, year = m.group(1), m.group(2)
        else:
            word, year = m.group(2), m.group(4)
        month = month_number(word, lang)
        if not month:
            continue
        if not article_month:
            if year and int(year) < article_year:
                return True
            continue
        when = (int(year), month) if year else (article_year if month <= article_month else article_year - 1, month)
        if when < (article_year, article_month):
            return True
    return False


# A relative clause after the document tells what it will do, not when it is signed: "signed an
# agreement …, which will become a legal base".
_REL_STOP = re.compile(r"[,;]")
_RELATIVE = re.compile(r",?\s+(?:which|that)\s+(?:will|would|is to|shall)\b|,\s*(?:который|которое|которая|которые)\s", re.I)


_AGREED_TO_SIGN = re.compile(r"(?:договорил\w*|договор[её]нност\w*|условил\w*)\s+о\s+(?:подписании|заключении|утверждении)\s+"
                             r"(?:[а-яё-]+\s+){0,2}$|\bagreed\s+(?:to|on)\s+(?:sign|signing|conclude|concluding)\s+"
                             r"(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,3}$", re.I)


def _clause_around(text: str, at: int) -> str:
    """The words between the commas (or dashes, semicolons) on either side of offset ``at``."""
    left = max(text.rfind(c, 0, at) for c in ",;—–")
    right = min([j for j in (text.find(c, at) for c in ",;—–") if j >= 0] or [len(text)])
    return text[left + 1:right]


# Round 20: the document's own clause, right after it, puts its signing ahead: a contact or relative clause whose
# verb is a signing verb after a modal ("an implementing arrangement the two ministries will conclude by the end of the
# year", "a roadmap that the sides are to sign in June", «соглашение, которое стороны подпишут до конца года»): planned,
# whatever verb the main clause has ("They also agreed on …").
_SIGNING_AHEAD = {
    "en": re.compile(r"(?:\s+(?:that\s+)?|\s*,\s*which\s+)(?:(?:the|both|these|our|their)\s+)?"
                     r"(?:(?!(?:and|but|while|or|as|then|so|yet|after|before|when|where)\b)[\w-]+\s+){0,3}?"
                     r"(?:will|shall|would|are\s+to|is\s+to|plan\s+to|intend\s+to|expect\s+to|hope\s+to|are\s+due\s+to|"
                     r"are\s+expected\s+to|aim\s+to)\s+(?:\w+ly\s+|also\s+|soon\s+|jointly\s+)?"
                     r"(?:sign|conclude|finali[sz]e|approve|adopt|ink|seal)\b", re.I),
    "ru": re.compile(r"\s*,\s*(?:котор\w+|что)\s+(?:[\w-]+\s+){0,3}?(?:подпиш(?:ут|ет|ем)|заключ(?:ат|ит|им)|утвердят|"
                     r"(?:планиру|намерен|намерева|собира)\w*\s+(?:[\w-]+\s+)?(?:подписать|заключить|утвердить))", re.I),
    # (not the passive «который будет подписан», 'which will be signed': a draft keeps its own state, round 17)
}


def _status(sent: str, phrase: str, lang: str, article_year: int | None, article_month: int | None = None,
            at: int | None = None) -> str:
    """The status of the document ``phrase`` found at offset ``at`` of ``sent`` (the first
    occurrence when not given): two mentions of one word in a sentence ("a new agreement that
    replaces the agreement of 1996") each get their own."""
    if at is None or sent[at:at + len(phrase)] != phrase:
        at = sent.find(phrase)
    before = sent[:max(0, at)]
    if at >= 0 and _SIGNING_AHEAD.get(lang, _SIGNING_AHEAD["en"]).match(sent, at + len(phrase)):
        return "planned"  # "an implementing arrangement the two ministries will conclude by the end of the year"
    if at >= 0:
        rel = _RELATIVE.search(sent, at + len(phrase))
        if rel:
            # only the relative clause (to its closing comma) is cut: the main clause may go on after
            # it ("Меморандум, который дополняет соглашение, был подписан …")
            stop = _REL_STOP.search(sent, rel.end())
            sent = sent[:rel.start()] + (sent[stop.start():] if stop else "")
    outside = sent[:at] + " " + sent[at + len(phrase):] if at >= 0 else sent
    if lang == "ru":
        verbs = [w for w in re.findall(r"\w+", outside) if _SIGN_RU.fullmatch(w)]
        if verbs and all(_full_participle_ru(w) for w in verbs):
            # "now" counts only inside the participle's own clause: in "В ходе встречи обсудили план,
            # подписанный в феврале" the meeting is now, the signing is not
            clauses = " ".join(_clause_around(outside, m.start()) for m in re.finditer(r"\w+", outside)
                               if _SIGN_RU.fullmatch(m.group(0)))
            if (_NOW_RU.search(clauses) or _OUTCOME.search(before[-160:])) and not _EARLIER_RU.search(clauses) \
                    and not any(int(y) < (article_year or 10_000) for y in _IN_YEAR.findall(clauses)):
                return "signed"  # "подписанный сегодня план", "подписанное в ходе визита соглашение"
            return "earlier"  # "подписанный план": signed before, named now
    if lang == "ru":
        sign, planned, draft, earlier = _SIGN_RU, _PLANNED_RU, _DRAFT_RU, _EARLIER_RU
    else:
        sign, planned, draft, earlier = _SIGN_EN, _PLANNED_EN, _DRAFT_EN, _EARLIER_EN
    # "The visit produced three documents: …", "Итогом переговоров стали два документа": what a
    # meeting yields is signed at it
    outcome = bool(_OUTCOME.search(before[-160:]))
    signed = bool(sign.search(outside)) or outcome
    local = _verb_status(sent, at, at + len(phrase), lang, article_year, article_month) if at >= 0 else None
    if signed and not planned.search(outside) and local != "signed" \
            and _earlier_month(outside, lang, article_year, article_month):
        # "In August, … concluded a plan" in a September article; "in December" in January (not
        # when the document's own verb is of the meeting: "praised the agreement concluded in
        # July and signed a memorandum")
        return "earlier"
    if _REPLACED.search(before[-40:]):
        return "earlier"  # "will replace the military agreement signed in 1994"
    recall = None
    for recall in _RECALL.finditer(before):
        pass
    if signed and recall and not (local == "signed" and _joined_after(sent, recall.end(), at)):
        # "recalled the framework agreement signed in 2014": named from memory, signed then (not a
        # document of a second predicate: "recalled the treaty of 2014 and signed a new plan")
        return "earlier"
    if _AGREED_TO_SIGN.search(before[-90:]):
        return "planned"  # "достигли договоренности о подписании плана", "agreed on signing a plan"
    if at >= 0:
        if local == "signed" and _SENTENCE_EARLIER.match(sent):
            return "earlier"  # "Earlier, …, the ministers signed …": a sentence adverb scopes over every clause
        opening = _OPENING_YEAR.match(sent)
        if local == "signed" and opening and article_year and int(opening.group(1)) < article_year:
            return "earlier"  # "In 2023, A and B signed …", «В 2023 году стороны подписали …»: so does a past year
        if local:
            return local
    if earlier.search(outside):
        return "earlier" if signed else "mentioned"
    if article_year:
        for y in _IN_YEAR.findall(outside):
            if int(y) < article_year and signed:
                return "earlier"
    if planned.search(outside):
        return "planned"
    if draft.search(outside) and not outcome:  # (not the outcome's own "переговоров")
        return "drafted"
    if signed:
        return "signed"
    return "mentioned"


# The verb that governs the document decides its status, not every word of the sentence: in
# "The ministers discussed security and signed a memorandum" the memorandum is signed, in
# "X, who will visit the academy, signed the plan" the "will" belongs to another clause, and in
# "the sides agreed to sign a roadmap" / "договорились подписать" the signing is to come.
_ACT_EN = re.compile(_SIGN_EN.pattern + r"|\b(draw(?:ing|s)? up|drew up|drawn up|work(?:ed|ing|s)? out|develop(?:ed|ing|s)?|draft(?:ed|ing)?|initial(?:l)?(?:ed|ing)|prepar(?:e|es|ed|ing)|discuss(?:es|ed|ing)?|negotiat(?:e|es|ed|ing)|"
                     r"review(?:ed|ing)|consider(?:ed|ing)|work(?:ed|ing) on|exchang(?:ed|ing) views on)\b", re.I)
# (and the work still under way, the Russian present imperfective passive: «готовится», «прорабатывается»,
# «согласовывается»: a verb of its own for the document after it, as 'is being prepared' in English)
_ACT_RU = re.compile(_SIGN_RU.pattern + r"|\b(?:парафир\w*|переговор\w*|обсу[жд]\w*|рассмотр\w*|разраб\w*|подготов\w*|согласов\w*|обменял\w*|"
                     r"готов\w*ся|прораб\w*|доработ\w*|дорабатыва\w*)", re.I)
# What stands right before an English signing verb when the signing is to come: "will sign",
# "is to be signed", "expected to sign", "could soon be concluded".
_MODAL_EN = re.compile(r"\b(?:will|would|shall|to|could|(?-i:may)|might|should|must|can|cannot|'ll)\s+"
                       r"(?:(?:\w+ly|also|then|soon|not|jointly|be|have|been|both|finally|[a-z]+(?:ed|en)\s+(?:and|or))\s+)*$", re.I)
_TIME_AHEAD_EN = re.compile(r"\b(?:next (?:year|month|week)|later (?:this|in the) (?:year|month|week)|in the coming\b|"
                            r"upcoming|planned|scheduled|expected|due|intend\w*|will|shall|would|should|could|(?-i:may)|ready|prepar\w*|"
                            r"by the end of|agreed|ahead of|pending|awaiting)\b", re.I)
_TOWARDS_EN = re.compile(r"\b(?:way (?:for|to)|towards?|ready for|open for|submitted for|sent for|prepared for|"
                         r"in preparation for|preparations for|pending|await(?:s|ed|ing)?)\s+(?:the\s+|its\s+|their\s+)?$", re.I)
_PROSPECT_EN = re.compile(r"\b(?:possible|possibility of|prospects? (?:of|for)|potential|eventual|proposed|future|"
                          r"(?:discuss\w*|consider\w*|talk\w* about|rais\w*|explor\w*|review\w*)\s+(?:the\s+)?(?:possible\s+)?)\s*"
                          r"(?:the\s+)?$", re.I)
# A non-finite clause after the document that puts its signing ahead: "a plan …, to be finalised
# at their next meeting", "для подписания на следующей встрече".
_TO_BE_SIGNED = re.compile(r"\bto be (?:\w+ly\s+)?(?:sign|finali[sz]|approv|conclud|adopt|ink|seal|present|submitt|"
                           r"consider|discuss|review|endors|agreed\b)\w*|"
                           r"\b(?:for|pending|awaiting) (?:its |their )?(?:signing|signature|approval|finali[sz]ation)\b|"
                           r"\bдля (?:последующего )?(?:подписания|утверждения)\b|\bна подпись\b", re.I)
_REDUCED_EN = re.compile(r"(?:\s+(?:between|with)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:and\s+)?(?:the\s+)?[A-Z][\w'’.-]*){0,3})?\s*,?\s*$")
_IN_MONTH_EN = re.compile(r"(?:\s+(?:by|with|between)\s+[^,;]{1,50}?)?\s+in\s+(?:(?:early|late|mid)[- ])?(?:January|February|March|"
                          r"April|May|June|July|August|September|October|November|December)\b(?!\s+\d)")
# (and talk of a signing: «речь шла о подписании», «говорили о подписании»)
_PROSPECT_RU = re.compile(r"(?:возможн\w*|перспектив\w*|вопрос\w*|обсу[жд]\w*|рассмотр\w*|(?:(?:речь|разговор)\s+(?:[а-яё]+\s+)?"
                          r"(?:шла|ш[её]л|ид[её]т|пойд[её]т)|\bговори\w*)\s+о)\s+(?:о\s+|об\s+)?(?:возможн\w+\s+)?$", re.I)
_CALLED_OFF = re.compile(r"\b(?:postpon\w*|delay\w*|put off|call\w* off|cancel\w*|shelv\w*|suspend\w*|"
                         r"отлож\w*|перенес\w*|перенос\w*|отмен\w*|сорва\w*)", re.I)
# A passive progressive before the verb: the document is still being worked on ("is being finalised",
# "are currently being approved").
_PROGRESSIVE_EN = re.compile(r"\b(?:is|are|was|were)\s+(?:still\s+|now\s+|\w+ly\s+)?being\s+(?:\w+ly\s+)?$", re.I)
# A condition on the signing: "once signed", "if it is signed", "until they are signed".
_CONDITION_EN = re.compile(r"\b(?:once|if|unless|until|when)\s+(?:(?:it|they|these|this|both)\s+(?:is|are)\s+)?(?:\w+ly\s+)?$", re.I)
# "managed to sign", "went on to sign": the infinitive after these reports a signing done.
_MANAGED_EN = re.compile(r"\b(?:managed|went on|were able|was able|succeeded|got)\s+to\s+(?:\w+ly\s+)?$", re.I)
_TIME_AHEAD_RU = re.compile(r"\b(?:надежд\w*|предлож\w*|скорейш\w*|рассчитыва\w*|стремл\w*|планиру\w*|запланир\w*|предстоит|ожида\w*|предполага\w*|намечен\w*|состоится|будет|будут|"
                            r"договорил\w*|намерен\w*|в следующем году|в ближайшее время)", re.I)
# The signing is of the reported meeting: "сегодня", "в ходе визита", "по итогам переговоров".
_NOW_RU = re.compile(r"\b(?:сегодня|вчера|во?\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)|обменял\w*|в ходе (?:визита|встречи|переговоров|заседания)|по итогам (?:визита|встречи|переговоров|заседания)|"
                     r"в рамках (?:визита|встречи|переговоров)|на (?:этой |нынешней |сегодняшней )?(?:встрече|переговорах|заседании|совещании)|"
                     r"сопредседател\w*)", re.I)
# (the co-chairs are a function of the meeting itself: "подписанное сопредседателями письмо")
# The document is a draft: "the draft agreement", "проект соглашения", "the text of the memorandum".
# A pronoun or the document's kind as the subject of a signing still to come: "it will be signed
# later", "they are expected to be signed in May", "the plan is to be formally approved".
_LATER_SIGNING = re.compile(r"\b(?:it|they|which|(?:the|this|that)\s+(?:document|documents|" + "|".join(sorted(_HEADS_EN)) +
                            r"))\s+(?:will|would|shall|(?:is|are)\s+(?:expected|due|set|scheduled|planned)\s+to|is\s+to|are\s+to)"
                            r"\s+(?:\w+ly\s+)?be\s+(?:\w+ly\s+)?(?:signed|approved|concluded|inked|adopted|finali[sz]ed)\b", re.I)
_DRAFT_BEFORE = re.compile(r"(?:\bdraft(?:ed)?|\bthe text of(?: the| a)?|\bпроект\w*|\bтекст\w*)\s+(?:[\w-]+\s+){0,2}$", re.I)
_BOUNDARY = re.compile(r"[;\n]|\s[–—]\s")
# Words between a signing verb and a document that make the verb's object another text about
# the document: a law or protocol ratifying, amending, extending, implementing or replacing it.
_LINKED = re.compile(r"\b(?:ratif\w*|amend\w*|extend\w*|prolong\w*|implement\w*|replac\w*|supersed\w*|terminat\w*|"
                     r"denounc\w*|withdraw\w*|accession|accede\w*|modif\w*|changes|additions)"
                     r"\s+(?:the|a|an|their|its|this|that|of|to|from|with)\b|"
                     r"ратифи\w*|продлени\w*|изменени\w*|дополнени\w*|исполнени\w*|выполнени\w*|реализаци\w*|"
                     r"денонс\w*|прекращени\w*|выход\w*|присоединени\w*", re.I)


def _clause(sent: str, lo: int, hi: int, reach: int = 120) -> tuple[int, int]:
    """The stretch of ``sent`` around [lo, hi) up to a semicolon or dash, at most ``reach`` each side."""
    a = max(0, lo - reach)
    cut = [m.end() for m in _BOUNDARY.finditer(sent, a, lo)]
    a = cut[-1] if cut else a
    b = min(len(sent), hi + reach)
    m = _BOUNDARY.search(sent, hi, b)
    return a, (m.start() if m else b)


_COMMA = re.compile(r",(?!\d)(?!\s*(?:19|20)\d\d\b)")  # not the comma of "September 12, 2022"
_ITEM_BREAK = re.compile(r"(?:,\s*(?:and\s+|as well as\s+)?|\s(?:and|as well as)\s+)(?=(?:an?|the|its|their|this)\s)|"
                         r",\s*(?=[а-яё])|\sа\s+также\s", re.I)


def _last_item(between: str) -> str:
    """The words of ``between`` (from a verb to a document) after the last list break: in
    "signed an agreement, a protocol on implementing X, and a memorandum" the memorandum's own
    words are "a " (the protocol's "implementing" links the protocol, not the memorandum)."""
    cuts = [m.end() for m in _ITEM_BREAK.finditer(between)]
    return between[cuts[-1]:] if cuts else between
# A document right after one of these is the frame of what the verb did, not its object.
_FRAME_BEFORE = re.compile(r"(?:\b(?:under|within|pursuant to|in accordance with|in line with|as part of|in the framework of|"
                           r"on the basis of|based on)|(?:^|\s)(?:в рамках|в соответствии с|согласно|по линии|на основании|"
                           r"на основе|во исполнение))\s+(?:the\s+|their\s+|its\s+|this\s+)?(?:[\w-]+\s+){0,4}$", re.I)
# A noun of acting that is another document's topic ("протокол о подготовке кадров") governs
# nothing.
_TOPIC_BEFORE_RU = re.compile(r"(?:^|\s)(?:о|об|по)\s+$", re.I)


def _time_stretch(sent: str, a: int, b: int, lo: int, hi: int) -> str:
    """Where the time of a signing is read: the comma-bounded stretch from the verb to the
    document ([lo, hi) inside the clause [a, b)), and the sentence's opening phrase when only
    one comma stands before it ("In 2019, the ministers signed …"). A date of another clause
    ("the treaty, signed in 1993, remains …, the ministers said as they signed a plan") is not
    the signing's."""
    cuts = [m.start() for m in _COMMA.finditer(sent, a, lo)]
    start = cuts[-1] if cuts else a
    if len(cuts) == 1 and not DOC_HEAD.search(sent, a, cuts[0]):
        start = a  # (not an opening phrase about another document: "Under the agreement signed in 2022, …")
    # A second clause joined by "and" ("praised the agreement concluded in July and the two
    # ministers signed a memorandum"): its own time only.
    joins = [m.end() for m in _CLAUSE_AND.finditer(sent, max(start, lo - 150), lo)]
    start = max(start, joins[-1]) if joins else start
    # A second predicate joined by "and" ("reviewed the agreement signed in 2012 and approved the
    # plan for 2025", "… и утвердили план"): the first one's time is not this signing's.
    preds = [m.end() for m in _PRED_AND.finditer(sent, start, min(len(sent), lo + 40)) if m.end() <= lo]
    start = preds[-1] if preds else start
    m = _COMMA.search(sent, hi, b)
    end = m.start() if m else b
    # Round 20: a second predicate after the document whose object is another document ("signed a Joint Vision
    # Statement … and welcomed progress under the Memorandum … signed in 2010", «подписали заявление … и отметили
    # ход работы по меморандуму, подписанному в 2010 году»): the time after it is that document's.
    later = _LATER_PRED.search(sent, hi, end)
    if later and DOC_HEAD.search(sent, later.end(), end):
        end = later.start()
    # A relative clause after both ("signed a new agreement which replaces the one signed in 2012")
    # tells another document's time.
    rel = _REL_AFTER.search(sent, hi, end)
    return sent[start:rel.start() if rel else end]


def _joined_after(sent: str, lo: int, hi: int) -> bool:
    """A second predicate or clause joined by "and" opens between ``lo`` and ``hi`` of ``sent``."""
    return bool(_PRED_AND.search(sent, lo, hi) or _CLAUSE_AND.search(sent, lo, hi))


_PRED_AND = re.compile(r",?\s(?:and|и)\s+(?:also\s+|then\s+|также\s+|затем\s+)?(?=" + _ACT_EN.pattern + "|"
                       + _ACT_RU.pattern + ")", re.I)
_REL_AFTER = re.compile(r"\s(?:which|that|who|whose|котор\w+)\b", re.I)
# "and welcomed", "and also noted", «и отметили», «а также приветствовали»: a second predicate of the subject (a past
# verb after "and"; not "signed and ratified" before the document, which this is never searched for).
_LATER_PRED = re.compile(r",?\s(?:and|but|и|а)\s+(?:also\s+|then\s+|также\s+|затем\s+)?(?:[a-z]+ed|[а-яё]+(?:али|или|ели|яли|ыли))\b",
                         re.I)


_CLAUSE_AND = re.compile(r"\s(?:and|but|while|whereas|и|а|но)\s+(?=(?:(?:on|in|at|this|then|now|today|yesterday|later|в|во|на|"
                         r"сегодня|вчера|затем|теперь)\s+(?:[\w-]+\s+){0,2}?)?(?:the|they|he|she|we|both|two|its|their|стороны|"
                         r"министры|они)\b)", re.I)
# (a short phrase of time or place may open the new clause before its subject: "…, and on Monday
# their ministers signed …", "…, а в понедельник министры подписали …")


_REL_OPEN = re.compile(r",\s*(?:which|that|who|whom|whose|где|котор\w+|кто)\b", re.I)


def _relative_spans(sent: str, p_end: int) -> list[tuple[int, int]]:
    """The relative clauses of ``sent`` (", which …," up to the next comma, semicolon or the end),
    the one that opens right after the document (at ``p_end``) first."""
    spans = []
    for m in _REL_OPEN.finditer(sent):
        stop = re.compile(r"[,;]").search(sent, m.end())
        spans.append((m.start(), stop.start() if stop else len(sent)))
    spans.sort(key=lambda ab: (abs(ab[0] - p_end) > 3, ab[0]))
    return spans


_OWN_OBJECT = re.compile(r"\s+(?:(?:a|an|the|their|its|this|these|new|a new|совместн\w+|нов\w+|двусторонн\w+)\s+)?"
                         r"(?:(?!(?:with|along|alongside|together|by|in|at|on|during|as|after|before|and|or|в|во|на|с|со|вместе|наряду|и|или|а)\b)"
                         r"[\w-]+\s+){0,3}?(?:" + "|".join(sorted({*_HEADS_EN, "letter"} - {"deal"})) + r"|"
                         + "|".join(sorted(_HEADS_RU)).replace("соглашение", "соглашени[ея]").replace("программа", "программ[ауы]")
                         .replace("декларация", "деклараци[июя]").replace("дорожный", "") + r"|план[аы]?|договор[аы]?|"
                         r"меморандум[аы]?|протокол[аы]?|контракт[аы]?|дорожн\w+ карт\w+)\b", re.I)


def _verb_status(sent: str, p_start: int, p_end: int, lang: str, article_year: int | None,
                 article_month: int | None) -> str | None:
    """The status the nearest signing verb gives the document at [p_start, p_end) of ``sent``,
    or None when no signing verb is near (or a drafting or discussing verb is nearer): the
    sentence-wide markers then decide."""
    acts = [m for m in (_ACT_RU if lang == "ru" else _ACT_EN).finditer(sent)
            if (m.end() <= p_start or m.start() >= p_end) and (m.end() > p_start - 200 and m.start() < p_end + 200)
            and not (lang == "ru" and not _SIGN_RU.fullmatch(m.group(0))
                     and (_TOPIC_BEFORE_RU.search(sent, max(0, m.start() - 6), m.start()) or _adjective_ru(m.group(0))))]
    # (a full participle of working on is an attribute, never the predicate: «подписали доработанный план»,
    # «согласованный план», «соглашение, проработанное экспертами» are signed by «подписали»)
    # A verb after the document whose own object is another document ("summed up the plan for 2024
    # and signed the plan for 2025", "подвели итоги плана на 2024 год и подписали план на 2025
    # год") signs that one, not this one.
    kept = [m for m in acts if m.start() < p_end or not _OWN_OBJECT.match(sent, m.end())]
    taken = len(kept) < len(acts)
    acts = kept
    weak = [m for m in _WEAK_SIGN_EN.finditer(sent, max(0, p_start - 80), p_start)
            if _DIRECT_OBJ_EN.fullmatch(sent, m.end(), p_start)] if lang == "en" else []
    acts.extend(weak)
    # A verb inside a relative clause ("…, which the navies had negotiated for two years, was
    # signed"; "…, которое стороны обсуждали два года, подписано") is not the main clause's: it
    # decides only when the main clause has no verb of its own ("the agreement, which was signed
    # in 2015, remains in force").
    rel = [(a, b) for a, b in _relative_spans(sent, p_end) if not (a <= p_start < b)]
    main = [m for m in acts if not any(a <= m.start() < b for a, b in rel)]
    own = [m for m in acts if rel and abs(rel[0][0] - p_end) <= 3 and rel[0][0] <= m.start() < rel[0][1]]
    acts = main or own
    if not acts:
        return "mentioned" if taken else None  # the sentence's only signing verb signs another document

    def dist(m):
        # A verb after the document ("the plan was signed") counts a little farther than one before.
        return p_start - m.end() if m.end() <= p_start else (m.start() - p_end) * 1.5

    v = min(acts, key=dist)
    after = sent[p_end:_clause(sent, p_start, p_end)[1]]
    nxt = _OWN_OBJECT.search(after)
    if _TO_BE_SIGNED.search(after[:nxt.start() if nxt else len(after)]) and v.end() <= p_start:
        return "planned"  # "agreed on a plan …, to be finalised at their next meeting"
    if _DRAFT_BEFORE.search(sent[max(0, p_start - 40):p_start]):
        return "drafted"  # "approved the draft agreement", "одобрили проект соглашения": not the document yet
    if v in weak and _LATER_SIGNING.search(sent, p_end):
        return "planned"  # "agreed on a joint plan …; it will be signed at a later date"
    sign = _SIGN_RU if lang == "ru" else _SIGN_EN
    signing = sign.match(sent, v.start())
    if not (signing and signing.end() == v.end()) and v not in weak:
        return None  # discussed, drafted, prepared: the sentence-wide rules say which
    # Nothing but a few words between the document and its verb: a clause break ("., which")
    # in between means the verb belongs elsewhere.
    lo, hi = (v.start(), p_end) if v.end() <= p_start else (p_start, v.end())
    a, b = _clause(sent, lo, hi)
    if lo < a or hi > b:
        return None
    around = sent[a:b]
    left = sent[max(a, v.start() - 60):v.start()]
    word = v.group(0).casefold()
    between = sent[v.end():p_start] if v.end() <= p_start else sent[p_end:v.start()]
    when = _time_stretch(sent, a, b, lo, hi)
    if _ADOPT_RU.fullmatch(word) and len(between.split()) > 3:
        return None  # "принял министра …": a host receiving a guest, not adopting the document
    if v.end() <= p_start and _LINKED.search(_last_item(between)):
        # "signed a law ratifying the agreement", "a protocol amending the 2009 treaty",
        # "подписал закон о ратификации соглашения": the verb's object is another text that
        # refers to the document, which exists already.
        return "earlier"
    if v.end() <= p_start and _FRAME_BEFORE.search(between):
        return "mentioned"  # "agreed on the sites under the Enhanced Defense Cooperation Agreement"
    if re.match(r"\s*(?:,\s*)?(?:так\s+и\s+|ещё\s+|еще\s+|пока\s+)?не(?:\s+(?:был\w*|будет|будут|стал\w*)\b|\s*[.,;!?]|\s*$)", sent[v.end():v.end() + 30], re.I):
        return "mentioned"  # "подписан не был", "подписано так и не было"
    if re.search(r"(?:\b(?:not|never|yet to|failed to|refused to|declined to|(?:stopped|fell) short of|without)|n't|\bне\s+(?:удалось|смогли|сумели|стали)|\bне|\bбез|\bтак и не|\bещё не|\bеще не)\s+(?:(?:been|be|yet|been|был\w*|было|будет)\s+)*$", left, re.I):
        return "mentioned"  # "did not sign", "has not yet been signed", "не подписали"
    if _CALLED_OFF.search(around):
        return "planned"  # "the signing … was postponed", "подписание отложено": still to come, if at all
    if lang == "en":
        if _PROGRESSIVE_EN.search(left):
            return "drafted"  # "is being finalised", "are still being negotiated": the work is under way
        if _MODAL_EN.search(left) and not _MANAGED_EN.search(left):
            return "planned"
        if _CONDITION_EN.search(left):
            return "planned"  # "Once signed, the memorandum will …", "if ratified and signed"
        if word in ("signing", "signature", "signatures") and (_TOWARDS_EN.search(left) or _PROSPECT_EN.search(left)):
            return "planned"  # "paved the way for signing", "ready for signature", "discussed the possible signing"
        if word == "signing" and _TIME_AHEAD_EN.search(around):
            return "planned"
        if _EARLIER_EN.search(when):
            return "earlier"
    else:
        parses = nlp.morph().parse(word)
        tag = parses[0].tag if parses else None
        if tag is not None and "PRTF" in tag:
            return None  # "подписанный план": the sentence-wide rules (earlier unless another verb)
        if tag is not None and "INFN" in tag and not re.search(r"(?:удалось|смогли|сумели)\s+$", left, re.I):
            return "planned"  # "договорились подписать", "планируют утвердить"
        if tag is not None and "futr" in tag:
            return "planned"  # "подпишут"
        if re.search(r"\b(?:будет|будут|долж(?:ен|н\w*)|может|могут)\s+(?:\w+\s+)?$", left, re.I):
            return "planned"  # "будет подписан", "должен быть подписан"
        if tag is not None and "NOUN" in tag and re.search(r"(?:^|\s)к\s+(?:(?:его|их|е[её])\s+)?$", left, re.I) \
                and len(_SIGN_RU.findall(around)) == 1:
            return "planned"  # "готовится к подписанию", "представлен к подписанию": towards a signing
        if tag is not None and "NOUN" in tag and (_TIME_AHEAD_RU.search(around) or _PROSPECT_RU.search(left)):
            return "planned"  # "планируется подписание", "обсудили возможное подписание"
        if _EARLIER_RU.search(when):
            return "earlier"
    for y in _IN_YEAR.findall(when):
        if int(y) < (article_year or 10_000):
            return "earlier"  # an undated page: a report of its own signing does not give the year
    if lang == "en" and v.start() >= p_end and _REDUCED_EN.match(between) and _IN_MONTH_EN.match(sent, v.end(), min(b, v.end() + 60)):
        # "the framework agreement concluded with Qatar in July": a participle naming the document
        # by its past (a signing at the meeting is "signed on Monday", "signed today")
        return "earlier"
    if _earlier_month(when, lang, article_year, article_month):
        return "earlier"
    return "signed"

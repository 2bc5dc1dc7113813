"""Participant or only mentioned: who took part in the meeting, visit, talks or signing a report tells.

Rules over each mention's sentence (no parser needed; the words that decide sit next to the name):

- a mention is *negative* when a frame of remembrance, proxy or background governs it: "the grave of",
  "the bust of", "in memory of", "national leader", "on behalf of", "greetings from", "under the
  command of", "Общенационального лидера", "от лица", "под командованием"; or when the sentence is
  about another occasion ("It should be noted that ... on August 24", "Напомним", "earlier"), dated
  on another day than the event or placed in an earlier year ("In 2019, X visited", "в 2017 году"),
  or quotes the person from an interview or an earlier statement;
  or when the name sits only inside what someone else said ("Hasanov noted that President Aliyev ...");
- a mention is *positive* when its sentence reports the meeting (a verb of meeting, receiving, talks,
  visit or signing, "delegation led by", "held talks with", "with the participation of", "при участии")
  and none of the above holds;
- a frame governs only the name right after it: nobody else is named between them and no clause
  starts between them ("On behalf of President A, Minister B welcomed C": only A is a mention);
- "according to X", "по словам X" make X a speaker; reported speech that puts a person at the
  meeting ("X said that he and Deputy Minister Y briefed the guests") keeps Y a participant;
- any other mention is neutral.

A person is a participant when at least one mention is positive, or when none is negative (someone
only speaking of the meeting in a report of it is one of its people, unless a spokesperson or a
commentator); only mentioned otherwise.
"""

from __future__ import annotations

import bisect
import re

from generator.extract.events import CUES, INTERVIEW, LAST_WEEK_WORDS, MET_ITSELF, RECEIVED_BY_RU, DateHit, announced, called_off, inside_quote, later_near, md_apart, unwrap, year_of
from generator.model import PartialDate
from generator.text.dates import month_names, month_pattern, month_prepositional_ru

# Words right before a name that make it a mention: remembrance, proxy, command, greetings.
_FRAME_BEFORE = {
    "en": re.compile(
        r"\b(?P<w>grave|graves|tomb|mausoleum|anniversary of|birth of|bust|monument|memorial|statue|portrait|memory|honou?r(?:ing|ed)? the memory|"
        r"national leader|great leader|founder|late|behalf|name of|greetings|greeting (?:from|of)|message|letter|"
        r"(?:good|best|warm|warmest|sincere) wishes|regards|(?<!at the )(?<!on the )invitation (?:of|from)|"
        r"command of|commanded by|leadership of|instructions? of|orders? of|initiative of|decrees? of|polic(?:y|ies) of|"
        r"role of|contribution of|vision of|efforts of|legacy of|directives? of|guidance of|patronage of|auspices of|"
        r"appointed by|named after|in honou?r of|(?:reached|set|given|issued|outlined|defined|determined|declared|proclaimed|launched|initiated|agreed|founded|established|created|pursued|adopted|approved|endorsed|"
        r"proposed|put forward|suggested|conceived|envisaged|envisioned|championed|devised|floated|mooted|advocated|"
        r"pioneered|inspired|drafted|begun|started|laid down) by|"
        # Round 17: an order, an earlier visit recalled, a phone call: acts of their own, not the meeting reported
        # ("troops ordered by President X", "recalled the recent visit of President X", "the recent visit of X to Seville")
        r"(?:ordered|decreed|authori[sz]ed|sanctioned) by|(?:recent|previous|last|earlier|past|prior)\s+(?:official\s+|state\s+|working\s+)?(?:visits?|trips?|tours?)\s+(?:of|by)|"
        r"(?:recall(?:ed|s|ing)?|remember(?:ed|s|ing)?|referr(?:ed|ing) to|mention(?:ed|s|ing)?)\s+(?:the\s+)?(?:\w+\s+)?(?:visits?|trips?|meetings?|talks)\s+(?:of|by|with))\b[^.;]{0,60}$", re.I),
    "ru": re.compile(
        r"(?<!\w)(?P<w>могил\w*|захоронени\w*|мавзоле\w*|годовщин\w*|рождения|бюст\w*|памятник\w*|мемориал\w*|памят(?:ь|и|ью)(?!\w)|портрет\w*|общенационального лидера|"
        r"общенациональн\w* лидер\w*|основател\w*|от лица|от имени|по поручению|приветстви\w*|поздравлени\w*|послани\w*|"
        r"пожелани\w*|привет(?:ы|ом)?(?!\w)|письм(?:о|а|е|ом|ами|ах)(?!\w)|(?<!по )приглашени\w*|"
        r"под командованием|под руководством|по приказу|по инициативе|указом|распоряжени\w*|имени|видени\w*|"
        r"по указанию|поручени\w*|указани\w*|(?:недавн|прошл|предыдущ|прежн)\w*\s+(?:официальн\w+\s+|государственн\w+\s+|рабоч\w+\s+)?(?:визит|поездк|турне)\w*|"
        r"напомнил\w*\s+о\s+(?:\w+\s+)?(?:визит|поездк|встреч|переговор)\w*|принят(?:ых|ые|ого|ой|ым|ыми|ую|ое)|предложенн\w*|выдвинут\w*|инициированн\w*|утвержденн\w*|утверждённ\w*|рол[ьи] |вклад\w*|политик\w* |достигнут\w*|поставленн\w*|определенн\w*|определённ\w*|основанн\w*|созданн\w*)[^.;]{0,70}$", re.I),
}
# Words that make a mention of the name they stand right before (a title or two between, no comma):
# a tribute, a death, a quotation ("paid tribute to General X", "the death of X", "quoted President X
# as saying", "гибели генерала X", "процитировал президента X"). Kept apart from _FRAME_BEFORE, whose
# reach of a clause would take "after the death of two soldiers, Minister X visited ..." for a mention.
_FRAME_NEAR = {
    "en": re.compile(r"\b(?:tribute to|(?:paid|pay|pays|paying) (?:their |his |her )?(?:last )?respects to|(?:death|funeral|passing|killing|"
                     r"assassination|dismissal|removal|ouster|sacking|firing|arrest|downfall|disappearance|impeachment) of|quot(?:ed|es|ing)|"
                     r"(?<!was )(?<!were )(?:succeeded|replaced|took over from|successor to))"
                     r"(?:\s+(?:the\s+)?[\w.’'-]+){0,3}\s+$", re.I),
    "ru": re.compile(r"(?<!\w)(?P<f>(?:смерт|гибел|кончин|похорон|отставк|увольнени|арест|смещени|отстранени|исчезновени)\w*|процитировал\w*|цитиру\w*|"
                     r"(?:сменил\w*|сменивш\w*)(?:\s+на\s+(?:этом\s+)?(?:посту|должности))?)"
                     r"(?:\s+[\w.-]+){0,3}\s+$", re.I),
}
# Words right after a name that make it a mention ("Heydar Aliyev's grave", "sent greetings").
_FRAME_AFTER = {
    "en": re.compile(r"^[’']?s?\s*(?:grave|tomb|mausoleum|bust|monument|memorial|greetings|message|letter|behalf|government|"
                     r"administration|policy|decree|order|orders|instructions?|initiative|legacy|birth anniversary|vision|visions|directives?|"
                     r"guidance|(?:wise\s+)?leadership|directions?|patronage)\b|"
                     r"^[^.;]{0,40}\b(?:sent|addressed)\b[^.;]{0,30}\b(?:greetings|message|letter|congratulations)\b|"
                     r"^[^.;]{0,30}\b(?:is|was|lies|were) buried\b|"
                     r"^\s*,\s*who\s+(?:was\s+killed|was\s+murdered|was\s+assassinated|died|fell|passed\s+away|lost\s+(?:his|her)\s+life)\b"
                     # (round 19: the name's own verb — no comma before it, or one closing an apposition —
                     # not ", the Ministry of Defence said in a statement", a verb with its own subject)
                     r"|^(?:[^.;,]{0,60}|[^.;,]{0,60},[^.;,]{0,50},\s*|\s*,\s*)\b(?:said|told|stated|wrote)\b[^.;]{0,40}\b(?:in an interview|in a statement|on (?:his|her) (?:telegram|twitter|x) )"
                     # a fall from office: background, not someone at the meeting ("since X was removed from office")
                     r"|^\s*(?:,[^,.;]{0,60},\s*|,\s*who\s+)?(?:was|were|had been|has been|have been)\s+(?:\w+\s+)?(?:removed|dismissed|sacked|fired|ousted|"
                     r"purged|arrested|detained|relieved of|expelled|jailed|imprisoned|executed|deposed|impeached|"
                     r"placed under (?:investigation|arrest)|put under investigation)\b", re.I),
    "ru": re.compile(r"^[^.;]{0,60}(?:направил\w*|адресовал\w*)[^.;]{0,30}(?:приветстви|приветствен|поздравлени|поздравительн|послани|письм)|"
                     r"^[^.;]{0,30}(?:похоронен|покоится)|"
                     r"^\s*,\s*(?:погибш|скончавш|убит)\w*|^\s*,\s*котор\w+\s+(?:погиб|скончал|был\s+убит)|"
                     r"^(?:[^.;,]{0,60}|[^.;,]{0,60},[^.;,]{0,50},\s*)(?:заявил|сказал|отметил)\w*[^.;]{0,40}(?:в интервью)|"
                     # снят с должности, отправлен в отставку, арестован: background, not someone at the meeting
                     r"^\s*(?:,[^,.;]{0,60},\s*|,\s*котор\w+\s+)?(?:был[аи]?\s+)?(?:\w+\s+)?(?:снят[аы]?\s+с\s+(?:должност|пост)|отправлен\w*\s+в\s+отставку|"
                     r"уволен[аы]?|смещ[её]н[аы]?|отстран[её]н[аы]?|освобожд[её]н[аы]?\s+от\s+(?:должност|пост)|арестован[аы]?|задержан[аы]?|"
                     r"осужд[её]н[аы]?|свергнут[аы]?)", re.I),
}
# The one thanked for what his state gives ("thanked President X for France's support", «поблагодарил президента Франции
# X за поддержку»): named for thanks, not met (not one thanked for the welcome or the talks, who received the visitor).
_THANKED = {
    "en": re.compile(r"\bthank(?:ed|s|ing)?\s+(?:(?:the|[A-Z][\w.’'-]*|of|president|prime|minister|king|emir|amir|chancellor|leader)\s+){1,5}$"),
    "ru": re.compile(r"(?<!\w)поблагодарил\w*\s+(?:[\w.-]+\s+){1,4}$", re.I),
}
_THANKED_FOR = {
    "en": re.compile(r"\s+(?:for|over)\b(?![^.;]{0,50}\b(?:welcome|hospitality|receiv\w*|hosting|meeting|talks|invitation|visit)\b)", re.I),
    "ru": re.compile(r"\s+за\s+(?![^.;]{0,50}(?:при[её]м|гостеприимств|встреч|переговор|приглашени|визит))", re.I),
}
# Greetings or a message the name sends on (through the visitor): read with the verb of receiving in the sentence.
_SENDS_GREETINGS = {
    "en": re.compile(r"[^.;]{0,40}\b(?:sent|addressed|conveyed|passed\s+on)\b[^.;]{0,30}\b(?:greetings|message|letter|congratulations|regards)\b", re.I),
    "ru": re.compile(r"[^.;]{0,60}(?:направил\w*|адресовал\w*|передал\w*)[^.;]{0,30}(?:привет|поздравлени|послани|письм)", re.I),
}
# A noun's own participle phrase after the name's verb ("... to discuss the roadmap first proposed by Z in
# 2009", "the treaty signed in 2019", "the plan adopted in March"): what it dates is the noun, not the
# name's meeting. (Not a passive with its auxiliary, "was signed in 2019", which is the clause's own verb.)
_REDUCED_RELATIVE = {
    "en": re.compile(r"(?<!\bwas)(?<!\bwere)(?<!\bbe)(?<!\bbeen)(?<!\bis)(?<!\bare)(?<!\bhas)(?<!\bhave)(?<!\bhad)"
                     r"\s+(?:(?:first|originally|initially|previously|earlier|once|jointly|already)\s+)?"
                     r"(?:proposed|put\s+forward|suggested|signed|adopted|approved|launched|initiated|drafted|concluded|"
                     r"agreed|established|founded|set\s+up|created|built|introduced|announced|conceived|ratified|endorsed)"
                     r"\s+(?:(?:by|in|on|at|back|during|under)\b|"
                     # ("the roadmap adopted two years ago": the time dates the roadmap, not the meeting)
                     r"(?:a|one|two|three|four|five|six|several|a\s+few|\d+)\s+(?:weeks?|months?|years?)\s+(?:ago|earlier)\b)", re.I),
    "ru": re.compile(r"(?<!\w)(?:предложенн|подписанн|принят(?:ый|ого|ому|ым|ом|ая|ой|ую|ое|ые|ых|ыми)|утвержденн|утверждённ|"
                     r"созданн|основанн|заключенн|заключённ|разработанн|выдвинут|инициированн)\w*", re.I),
}
# Reported speech: 'X noted that ...' -- names after it are what was said, not who was there.
_SPEECH = {
    "en": re.compile(r"\b(?:said|says|noted|stressed|emphasi[sz]ed|underlined|pointed out|added|stated|recalled|"
                     r"expressed (?:confidence|hope)|mentioned|highlighted)\b[^.]{0,20}?\bthat\b", re.I),
    "ru": re.compile(r"(?:отметил|подчеркнул|заявил|сказал|сообщил|добавил|напомнил|указал|выразил уверенность)\w*,?\s+что", re.I),
}
# Where the clause of a name ends ("In talks with X, Y said ... after ...": X's clause is "In talks with X").
_CLAUSE_END = re.compile(r"[,;:–—(]|\b(?:after|when|which|who|whose|since|as|and then)\b|(?:после того|когда|который|которая)")
# A comma right after a name, then the verb of the name's clause: the name closed an apposition.
_PREDICATE_AFTER = {
    "en": re.compile(r"(?:\s+and\s+(?:[A-Z][\w.’'-]*\s*){1,4})?(?:\s*,\s*(?:the|a|an|his|her|its|their|[A-Z][\w.’'-]*)\b[^,.;:]{0,80}?(?=,))?"
                     r"\s*,\s*(?:had|has|have|was|were|is|are|will|would|also|then|later|"
                     r"held|met|took|made|led|gave|went|came|[a-z]+ed)\b"),
    "ru": re.compile(r"(?:\s+и\s+(?:[А-ЯЁ][\w.-]*\s*){1,4})?(?:\s*,[^,.;:]{1,80}?(?=,))?\s*,\s*(?:[а-яё]+(?:ал|ял|ил|ел|ыл|ла|ли)|также|уже|ранее|"
                     r"(?:состоявш|прошедш|проведенн|проведённ)\w*)(?!\w)"),
}
# What a speaker says he (or they, we) did with others ("said on Sunday that he had discussed the border with Tamm",
# «сообщил, что обсудил с министрами»): his own doing, which may be the meeting; the day he spoke does not date him.
_OWN_DEED_WITH = {
    "en": re.compile(r"\s*(?:he|she|I|we|they)\b[^.;]{0,80}?\b(?:with|(?:spoke|spoken|talked|talks)\s+to)\b", re.I),
    "ru": re.compile(r"\s*(?:(?:он[аи]?|мы|я)\s+)?(?:(?:также|уже|лично|вместе|подробно)\s+)?[а-яё]+(?:л|ла|ли)(?:ся|сь)?\s+"
                     r"[^.;]{0,80}?(?<!\w)(?:с|со)\s", re.I),
}
# "Zhang said President Xi attached ...": the name right after a verb of saying, with no "that", opens what was said.
# (Russian puts a comma and "что" there: _SPEECH.)
_SAID_BARE = {
    "en": re.compile(r"\b(?:said|says|noted|stressed|recalled|added)\s+(?:(?:the|[A-Z][\w.’'-]*)\s+){1,5}$"),
}
# "As X noted, ...", "Как отметил X, ...": what follows is what X said.
_AS_SAID = {
    "en": re.compile(r"\b[Aa]s\s+(?:[\w.’'-]+\s+){1,7}?(?:noted|said|stressed|emphasi[sz]ed|underlined|pointed out|added|stated|put it|recalled)\s*,"),
    "ru": re.compile(r"(?<!\w)[Кк]ак\s+(?:отметил|подчеркнул|заявил|сказал|сообщил|добавил|указал|напомнил)\w*\s+[^,.;]{2,80},"),
}
# Words that put a person at the meeting, inside what someone says of it.
_PRESENT = {
    "en": re.compile(r"\b(?:met|meet|meets|meeting|talks|negotiations|receiv(?:ed|es|ing)|visit(?:ed|ing|s)?|host(?:ed|s|ing)|"
                     r"welcom(?:ed|es|ing)|brief(?:ed|ing)|accompan(?:y|ied|ies|ying)|join(?:s|ed|ing)?|delegation|guests?|sign(?:ed|ing)|"
                     r"attend(?:ed|ing)|took part|participat(?:ed|ing)|together with|call(?:ed|s)? on|courtesy call|audience)\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:встреч|встрет|переговор|прин(?:ял|яли|имал)|" + RECEIVED_BY_RU + r"|визит|делегац|подписа|гост|сопровожд|посет|посещ|прибы|прибуд|"
                     r"участ|вместе с|брифинг|презентац|аудиенц)", re.I),
}
_REPEATEDLY = {
    "en": re.compile(r"\b(?:repeatedly|on (?:many|several|numerous) occasions|time and again|has long (?:said|stressed|argued))\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:неоднократно|не раз|не однажды|многократно)(?!\w)", re.I),
}
_QUOTED_ELSEWHERE = {
    "en": re.compile(r"\b(?:in an interview|told (?:reporters|journalists|the press|\w+ news agency)|in a statement (?:issued|released)|"
                     r"statement issued|a day later|the next day|the following day|in (?:" + month_pattern("en", abbr=False)
                     + r")\b(?! \d))", re.I),
    "ru": re.compile(r"(?:в интервью|в беседе с журналист|заявил журналист|в заявлении)", re.I),
}
# A press briefing or conference the person speaks at: an occasion of its own, unless held with the meeting
# ("a joint press conference", "after the talks", «совместной пресс-конференции», «по итогам переговоров»).
_BRIEFING = {
    "en": re.compile(r"\b(?:(?:at|during|to|in)\s+(?:a|an|the|his|her|its|their)\s+(?:(?:regular|weekly|daily|routine|monthly|"
                     r"separate|own)\s+)?(?:press|news|media)\s+(?:briefing|conference|event|availability)|"
                     r"(?:at|during|in)\s+(?:a|an|the|his|her|its|their)\s+(?:(?:regular|weekly|daily|routine|monthly)\s+)?briefing|"
                     # asked by the press, not merely "asked about the visit" (a host asked is still the host)
                     r"(?:asked|questioned)\s+by\s+(?:reporters|journalists|the\s+press)\b[^,.;]{0,80},)", re.I),
    "ru": re.compile(r"(?<!\w)(?:на\s+(?:(?:регулярн|еженедельн|ежедневн|очередн|своем|своём)\w*\s+)?(?:брифинг|пресс-конференци|пресс-подход)\w*|"
                     r"(?:отвечая|в\s+ответ)\s+на\s+вопрос\w*\s+(?:журналист|корреспондент|репортер|репортёр|прессы|СМИ)\w*[^,.;]{0,80},)", re.I),
}
_WITH_MEETING = {
    "en": re.compile(r"\b(?:joint|after|following|at the end of|on the sidelines|on the margins|wrapping up|concluding)\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:совместн\w*|по\s+итогам|после|по\s+завершении|по\s+окончании|на\s+полях|в\s+кулуарах|в\s+ходе)(?!\w)", re.I),
}


def _at_briefing(sentence: str, before: str, after: str, lg: str) -> bool:
    """The person speaks at a press briefing of its own ("At a press briefing in Kampala, Colonel X said
    the visit was a success"; «Выступая на брифинге в Астане, министр X заявил, что визит ...»): what the
    person says may be of the meeting, where the person speaks is not. The frame and the verb of saying
    stand around the name; the meeting is only in what is said."""
    sp = _SPEAKER_AFTER[lg].search(after)
    if sp is None or _WITH_MEETING[lg].search(sentence):
        return False
    head = before + " " + after[:sp.end()]
    frame = _BRIEFING[lg].search(head)
    # the question's topic ("Asked about the talks at a news conference, X said") is not the speaker's own meeting
    return frame is not None and not _OWN_MEETING[lg].search(_ASKED[lg].sub(" ", _BRIEFING[lg].sub(" ", head)))


#: A question put to the speaker, with its topic ("Asked about the talks,", «Отвечая на вопрос о визите,»): not a
#: frame by itself (a host asked about the visit is still the host), only the topic it names is set aside.
_ASKED = {
    "en": re.compile(r"\b(?:asked|questioned)\s+(?:by\s+\w+\s+)?about\b[^,.;]{0,80}(?:,|$)", re.I),
    "ru": re.compile(r"(?<!\w)(?:отвечая|в\s+ответ)\s+на\s+вопрос\w*[^,.;]{0,80}(?:,|$)", re.I),
}


# The person speaks: "X said", "said X", "– добавил X", "сообщил посол X".
_SPEAKER_AFTER = {
    "en": re.compile(r"^[^.;:\w]{0,3}(?:,[^,]{0,80},\s*)?(?:(?:has|have|had)\s+(?:also\s+|long\s+|repeatedly\s+)?)?"
                     r"(?:said|says|told|added|stated|noted|wrote|explained|announced|warned|argued)\b", re.I),
    "ru": re.compile(r"^[^.;:\w]{0,3}(?:,[^,]{0,80},\s*)?(?:сказал|сообщил|заявил|добавил|отметил|подчеркнул|пояснил|написал|рассказал)\w*", re.I),
}
_SPEAKER_BEFORE = {
    "en": re.compile(r"(?:[”\"»]\s*[,–—-]+\s*|\b(?:said|says|told|added|stated|wrote|according to)\s+)(?:[\w.’'-]+\s+){0,6}$", re.I),
    "ru": re.compile(r"(?:[”\"»]\s*[,–—-]+\s*|(?:сообщил|заявил|сказал|добавил|отметил|подчеркнул|рассказал|пояснил)\w*\s+|"
                     r"(?:по словам|по мнению|со ссылкой на)\s+)(?:[\w.’'-]+\s+){0,6}$", re.I),
}
# The person gives a readout or statement whose text follows a colon ("Press Secretary X provided the
# following readout:", "пресс-секретарь X распространил следующее заявление:").
_READOUT = {
    "en": re.compile(r"^[^.;:]{0,60}\b(?:readout|statement|read-?out)\s*(?:of\s+the\s+(?:meeting|call|talks)\s*)?:", re.I),
    "ru": re.compile(r"^[^.;:]{0,60}(?:заявлени\w*|сообщени\w*)\s*:", re.I),
}
# People who speak about a meeting without taking part: spokespeople and commentators.
_SPOKESPERSON = re.compile(r"spokes|press secretary|analyst|expert|professor|researcher|commentator|journalist|correspondent|"
                           r"пресс-секретар|представител|эксперт|аналитик|политолог|профессор|журналист|корреспондент", re.I)
# Heads of companies: "the company's chief executive X", "генеральный директор компании X".
_INDUSTRY = re.compile(r"\b(?:CEO|chief executive|managing director|chief operating officer|chairman of the board)\b|"
                       r"(?<!\w)(?:генеральн\w* директор\w*|гендиректор\w*)", re.I)
# Heads of international bodies: "NATO Secretary General X", "генеральный секретарь ОДКБ X".
_LEADER_INTL = re.compile(r"\bsecretary[- ]general\b|(?<!\w)(?:генеральн\w* секретар\w*|генсек\w*)", re.I)
# A sentence set apart from the meeting reported: "Separately, ...", "In a separate meeting, ...", "Отдельно ...".
_SEPARATE = {
    "en": re.compile(r"\W*(?:Separately|In (?:a )?separate (?:meeting|talks|event|development|statement)s?|Elsewhere|In other news)\b"),
    "ru": re.compile(r"\W*(?:Отдельно|В рамках отдельной встречи|В ходе отдельной встречи|На отдельной встрече)(?!\w)"),
}


_PLURAL_OFFICE = {
    "en": re.compile(r"\b(?:(?P<d>defen[cs]e\s+ministers|ministers\s+of\s+(?:national\s+)?defen[cs]e|ministers\s+for\s+defen[cs]e)|"
                     r"(?P<g>chiefs\s+of\s+(?:the\s+)?(?:general|defen[cs]e)\s+staffs?))\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:(?P<d>министр(?:ов|ы|ам|ами)\s+обороны)|(?P<g>начальник(?:ов|и|ам|ами)\s+генеральн\w+\s+штаб\w+))", re.I),
}
_GATHERED = {
    "en": re.compile(r"\b(?:met|meet|meeting|gathered|convened|council|session|talks|conference|summit|assembled)\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:встрет|встреч|собрал|совет|заседани|совещани|прошел|прошло|прошла|состоял|переговор|конференци|саммит)", re.I),
}


def _plural_meeting(text: str, lang: str, sents) -> set[str]:
    """The offices whose holders the text says met, in the plural: {"d"} for defence ministers, {"g"}
    for chiefs of the general staff."""
    lg = lang if lang in _PLURAL_OFFICE else "en"
    found: set[str] = set()
    for a, b in sents:
        sent = text[a:b]
        for m in _PLURAL_OFFICE[lg].finditer(sent):
            if _GATHERED[lg].search(sent) and not CUES["other_occasion"][lg].search(sent):
                found.add("d" if m["d"] else "g")
    return found


def _holds(p, offices: set[str]) -> bool:
    from generator.reference.offices import canonical_role

    canon = canonical_role(p.role or "") or p.role or ""
    return ("d" in offices and canon == "Minister of Defence") or ("g" in offices and canon == "Chief of the General Staff")


def _elsewhere(text: str, lang: str, sent: tuple[int, int], event: PartialDate | None) -> bool:
    """The sentence tells of another occasion: a recollection, or an earlier year than the event's."""
    lg = lang if lang in ("en", "ru") else "en"
    s = text[sent[0]:sent[1]]
    if CUES["other_occasion"][lg].search(s):
        return True
    return event is not None and any(year_of(y) < event.year for y in CUES["in_year"][lg].finditer(s))


def _with_main(p, ks, people, main: set[str], sents) -> bool:
    """Someone of the meeting reported is named in a sentence set apart where ``p`` is."""
    seps = {_sentence_of(sents, st) for (st, _), (_, sep, _) in zip(p.spans, ks) if sep}
    return any(q.key in main and any(_sentence_of(sents, st) in seps for st, _ in q.spans) for q in people if q.key != p.key)


# (Not "the former Soviet republic's minister": "former" of a state, not of the office.)
_FORMER = re.compile(r"(?:\b(?:former|ex-|erstwhile|then-|retired|late)\b|(?<!\w)(?:бывш\w*(?!\w)|экс-|покойн\w*(?!\w)))"
                     r"(?!\s*(?:soviet|yugoslav|east|west|colonial|советск\w*|югославск\w*|союзн\w*))", re.I)
_HEAD_OF_STATE = re.compile(r"\b(?:president|prime minister|premier|king|queen|emir|sultan|crown prince|supreme leader|chancellor)\b|"
                            r"(?<!\w)(?:президент\w*|премьер\w*|корол\w*|эмир\w*|султан\w*|канцлер\w*)", re.I)
_MONTH_START = re.compile(r"^\W*(?:In|Back in|В)\s+(?P<m>" + "|".join(month_names("en") + month_prepositional_ru()) + r")\b")
# A month named as the time of a clause, without a day ("held in Belgrade in June", "в октябре прошлого года").
_IN_MONTH = re.compile(r"(?<!\w)(?:[Ii]n|[Bb]ack in|[Ee]arly in|[Ll]ate in|[Вв])\s+(?P<m>" + "|".join(month_names("en") + month_prepositional_ru())
                       + r")(?!\w)(?!\s*\d)")
_MONTH_NO = {m: i % 12 + 1 for i, m in enumerate(month_names("en") + month_prepositional_ru())}
_IN_MONTH_YEAR = {
    "en": re.compile(r"\b(?:in|back in|during|early in|late in)\s+(?P<m>" + "|".join(month_names("en")) + r")\s+(?P<y>(?:19|20)\d\d)\b"),
    "ru": re.compile(r"(?<!\w)[вВ]\s+(?P<m>" + "|".join(month_prepositional_ru()) + r")\s+(?P<y>(?:19|20)\d\d)\s+(?:год[уа]?|г\.)"),
}
# The aside right after a name ("X, who accompanied the minister, ...", "X, входивший в состав делегации, ...").
_OWN_ASIDE = {
    "en": re.compile(r"\s*,\s*(?:who|which)\b[^,;.]*", re.I),
    "ru": re.compile(r"\s*,\s*(?:который|которая|\w+вш\w+|\w+ющ\w+)(?!\w)[^,;.]*", re.I),
}
_QUOTE = re.compile(r'"[^"]*"|“[^”]*”|«[^»]*»')
_LED_BY = {
    "en": re.compile(r"\b(?:(?:delegation|group|team|mission|side)s?\b[^.;]{0,40}\b(?:led|headed) by|accompanied by|"
                     r"(?:co-)?chaired by|with the participation of|in the presence of|attended by|joined by)\b[^.;]{0,80}$", re.I),
    "ru": re.compile(r"(?:во главе с|возглавляем\w*|под председательством|в сопровождении|с участием|при участии|в присутствии|"
                     r"(?:делегаци|групп|миссию|миссии)\w*(?!\w)[^.;]{0,80}(?:возглавлял\w*|возглавил\w*|возглавит|руководил\w*))[^.;]{0,80}$", re.I),
}
# Round 20: the people under whose leadership or chairmanship a meeting was held led it ("Under the leadership of the
# ministers X and Y, a joint board session was held", «под руководством министра X и министра Y состоялось заседание
# коллегии»): participants, not the command of troops the frame words otherwise tell.
_LED_MEETING = {
    "en": re.compile(r"\b(?:under\s+the\s+(?:leadership|chairmanship|co-?chairmanship)\s+of)\b[^.;]{0,120}$", re.I),
    "ru": re.compile(r"(?<!\w)под\s+(?:руководством|председательством|сопредседательством)(?!\w)[^.;]{0,120}$", re.I),
}
_MEETING_HELD_ANY = {
    "en": re.compile(r"\b(?:meeting|session|talks|consultations|negotiations|board|council|collegium)\b[^.;]{0,60}\b(?:was|were)\s+held\b|"
                     r"\bheld\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,2}(?:meeting|session|talks|consultations)\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:состоял\w*|прош(?:ло|ла|ли|ел|ёл)|провед[её]н\w*)\s+(?:[\w-]+\s+){0,3}?(?:заседани|совещани|встреч|переговор|"
                     r"консультаци|коллеги)\w*|(?:заседани|совещани|встреч|переговор|консультаци|коллеги)\w*[^.;]{0,40}?"
                     r"(?:состоял\w*|прош(?:ло|ла|ли|ел|ёл)|провед[её]н\w*)", re.I),
}
# Round 20: a message passed on for someone: the letter named between the verb and the addressee, who is named after
# it (in the dative or after «для»): the message goes through the one met to an absent addressee («Белоусов передал
# послание Президента России Владимира Путина Председателю КНР Си Цзиньпину»); not one handed in person («вручил»,
# "handed over a letter from A to B", which _HANDED_TO reads).
_MESSAGE_FOR = {
    # (English: 'conveyed', 'passed on', 'relayed' a message, as «передал»; 'handed over', 'delivered', 'presented'
    # one are in person, as «вручил»)
    "en": re.compile(r"\b(?:conve(?:y|ys|yed|ying)|pass(?:es|ed|ing)?\s+on|relay(?:s|ed|ing)?|transmit(?:s|ted|ting)?)\s+"
                     r"(?:[\w-]+\s+){0,2}?(?:message|letter|invitation|greetings|regards)s?\b"
                     r"(?![^.;]*\b(?:met|meet|meeting|received|hosted|visited|handed|delivered|in\s+person|personally)\b)"
                     r"[^.;]{0,120}\bto\s+(?:the\s+)?(?:[\w.’'-]+\s+){0,4}$", re.I),
    "ru": re.compile(r"(?<!\w)переда(?:л|ла|ли|вая|в)(?!\w)\s+(?:[\w-]+\s+)?(?:послани|письм|приглашени|привет|поздравлени)\w*"
                     r"(?![^.;]*(?:вручил|лично|встрет|встреча|прин[яи]л|провел|провёл|посетил))[^.;]{0,120}$", re.I),
}


# A later occasion the name is put at ("during President X's next visit", "в ходе предстоящего визита X"):
# in a report of a meeting already held, a mention. A meeting still to come on the same visit ("X is due
# to meet Y later today", "is scheduled to hold talks with Y", "встретится с Y") is part of the visit
# reported and its people take part (the corpus convention, gold 206 and 215); it is a later occasion
# only when the text sets it apart ("next month", "on his next visit", "later this year").
_PLANNED_BEFORE = {
    "en": re.compile(r"\b(?:next|upcoming|forthcoming|planned|future|coming)\s+(?:official\s+|state\s+|working\s+)?(?:visit|trip|meeting|talks)\s+(?:of|by)\b[^.;]{0,80}$", re.I),
    "ru": re.compile(r"(?<!\w)(?:предстоящ|следующ|будущ)\w*\s+(?:официальн\w+\s+|государственн\w+\s+|рабоч\w+\s+)?(?:визит|поездк)\w*[^.;]{0,80}$", re.I),
}
_SCHEDULED_BEFORE = {
    "en": re.compile(r"\b(?:(?:is|are)\s+(?:also\s+)?(?:scheduled|expected|due|set|slated|planning|going)\s+to|will|would|plans?\s+to)\b[^.;]{0,80}$", re.I),
    # a meeting still to come, told by its own verb before it ("состоится встреча X с Y", "пройдут переговоры")
    "ru": re.compile(r"(?<!\w)(?:встретится|встретятся|проведет|проведёт|проведут|посетит|посетят|планирует|планируют|запланирован\w*|"
                     r"состоится|состоятся|пройд[её]т|пройдут|намечен\w*|планируется|ожидается|"
                     r"будет\s+проведен\w*|будут\s+проведены|будет\s+организован\w*)(?!\w)[^.;]{0,80}$", re.I),
}
# A later day the meeting is set for, beyond the cues shared with the event date: "scheduled for March",
# "planned for next week", «назначена на март», «запланирована на следующую неделю».
_SET_FOR = {
    "en": re.compile(r"\b(?:for|until|by)\s+(?:(?:early|mid|late)[- ]?)?(?:" + month_pattern("en", abbr=False) + r"|next\b|later\b|the\s+coming\b)", re.I),
    "ru": re.compile(r"(?<!\w)на\s+(?:(?:" + "|".join(n.lower() for n in month_names("ru", "stand-alone")) + r")(?!\w)|следующ\w+\s+(?:недел|месяц|год)|"
                     r"(?:начало|середину|конец)\s+(?:следующ\w+\s+)?(?:недел|месяц|год|" + "|".join(n.lower()[:-1] for n in month_names("ru", "format")) + r"))", re.I),
}
_JOINED = {
    "en": re.compile(r"\s*(?:and|with)\s+(?:[\w.’'-]+\s+){0,5}", re.I),
    "ru": re.compile(r"\s*(?:и|с|со)\s+(?:[\w.-]+\s+){0,5}", re.I),
}
_PLANNED_AFTER = {
    "en": re.compile(r"^[’']s\s+(?:next|upcoming|forthcoming|planned|future|coming)\s+(?:official\s+|state\s+|working\s+)?(?:visit|trip)", re.I),
    "ru": re.compile(r"^(?!)"),
}
_SCHEDULED_AFTER = {
    "en": re.compile(r"^\s+(?:is|are)\s+(?:also\s+)?(?:scheduled|expected|due|set|slated)\s+to\b|"
                     r"^(?:\s+to\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?\s+(?:is|are|has been)\s+(?:also\s+)?(?:planned|scheduled|expected)\b(?!\s+to\b)", re.I),
    "ru": re.compile(r"^\s+(?:посетит|прибудет|проведет|проведёт)(?!\w)|"
                     r"^(?:\s+в\s+[А-ЯЁ][\w-]+)?\s+(?:запланирован|намечен|ожидается|планируется)\w*(?!\w)", re.I),
}


# Taking part denied or left unrealised, said of the name as the subject of its clause (the closed class of
# negated and irrealis predicates of presence): "X did not attend", "X was unable to come", "X declined to
# meet", "X was invited but …", "X was expected to join the talks but …", "X was absent", "X was represented
# by …"; «X не смог приехать», «X не принял делегацию», «X отказался от встречи», «X был приглашён, но …».
_PRESENCE_EN = (r"(?:attend|come|travel|arrive|join|meet|receive|welcome|host|see|visit|take\s+part|participate|"
                r"be\s+(?:present|there)|make\s+it|show\s+up|turn\s+up|sign)")
_ABSENT_AFTER = {
    "en": re.compile(r"^(?:\s*,[^,.;]{0,80},|\s*,)?\s*(?:"
                     r"(?:did|does|do|could|would|will|was|were|has|have|had)(?:\s+not|\s+never|n['’]t)\s+(?!only\b)(?:\w+\s+){0,2}?"
                     + _PRESENCE_EN + r"|"
                     r"(?:was|were|is|are)\s+(?:unable|not\s+able)\s+to|"
                     r"(?:declined|refused|failed|chose\s+not)\s+(?:the\s+invitation|to)|"
                     r"(?:had\s+been|was|were)\s+(?:also\s+)?invited\b[^.;]{0,60}?\b(?:but|yet)\b|"
                     r"(?:was|were|had\s+been)\s+(?:also\s+)?(?:expected|scheduled|due|supposed|set|meant|planning)\s+to\b[^.;]{0,80}?,?\s*\bbut\b|"
                     r"(?:was|were)\s+(?:absent|not\s+(?:present|there|among))|"
                     r"(?:was|were)\s+represented\s+by|"
                     r"(?:cancell?ed|called\s+off|skipped|missed)\s+(?:his|her|their|the)\b)", re.I),
    "ru": re.compile(r"^(?:\s*,[^,.;]{0,80},|\s*,)?\s*(?:так\s+и\s+|всё\s+же\s+|все\s+же\s+|же\s+)?(?:"
                     # («X в переговорах не участвовал»: a place or a time between the name and its negated verb)
                     r"(?:(?!не\s|котор|кто\s|что\s|чей\s|чья\s|чьи\s)[а-яё-]+\s+){0,3}?не\s+(?:смог\w*|сумел\w*|стал\w*|приня\w*|приех\w*|прибы\w*|присутствова\w*|участвова\w*|встрет\w*|"
                     r"посети\w*|прилете\w*|явил\w*|пришл\w*|пришел|пришёл)|"
                     r"отказал\w*|отсутствова\w*|"
                     r"(?:был[аи]?\s+)?(?:также\s+)?приглаш[её]н\w*[^.;]{0,60}?,\s*но\b|"
                     r"(?:должн\w+\s+был\w*|планировал\w*|собирал\w*|ожидал\w*)[^.;]{0,80}?,\s*но\b)", re.I),
}
# The name as the object of a denied or unrealised meeting, or the one absent: "did not meet (with) X",
# "was not received by X", "without meeting X", "in the absence of X"; «не встретился с X», «в отсутствие X»,
# «без участия X». Nobody else is named between (the pattern stops at words of up to a title's length).
_ABSENT_BEFORE = {
    "en": re.compile(r"\b(?:(?:did|could|would|was|were|has|have|had)(?:\s+not|n['’]t)\s+(?:be\s+)?(?:\w+\s+){0,2}?"
                     r"(?:meet|see|visit|received|welcomed|hosted|met)(?:\s+(?:with|by))?|without\s+(?:meeting|seeing)(?:\s+with)?|"
                     r"in\s+the\s+absence\s+of|absent\s+(?:was|were))"
                     r"\s+(?:(?:the|[\w.’'-]+)\s+){0,5}$", re.I),
    "ru": re.compile(r"(?<!\w)(?:не\s+(?:смог\w*\s+)?(?:встрети\w*|увиде\w*)(?:\s+с[о]?)?|в\s+отсутстви[еи]|без\s+участия)"
                     r"\s+(?:[\w.-]+\s+){0,5}$", re.I),
}


# The name welcomes, hails or praises the meeting's outcome ("X welcomed the agreement", «X приветствовал
# подписание соглашения») ...
_REACTION_AFTER = {
    "en": re.compile(r"^(?:\s*,[^,.;]{0,80},)?\s*(?:[\w-]+\s+){0,3}?(?:welcomed|hailed|praised|applauded|commended|lauded|"
                     r"greeted|congratulated\s+\w+\s+on)\s+(?:the\s+|this\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:talks|agreement|decision|"
                     r"outcome|results?|signing|deal|progress|news|step|move|initiative|accord|treaty|memorandum|plan|contract)\b", re.I),
    "ru": re.compile(r"^(?:\s*,[^,.;]{0,80},)?\s*(?:[\w-]+\s+){0,3}?(?:приветствовал\w*|одобрил\w*|высоко\s+оценил\w*)\s+(?:[\w-]+\s+){0,3}?"
                     r"(?:переговор|соглашени|решени|итог|результат|подписани|договор|меморандум|план|контракт)\w*", re.I),
}
# ... from afar: in a statement, a message, a post, a call.
_REMOTE = {
    "en": re.compile(r"\b(?:in|via|through)\s+(?:a|an|his|her|its|their)\s+(?:[\w-]+\s+)?(?:statement|message|tweet|post|letter|"
                     r"video\s+(?:address|message)|telephone\s+call|phone\s+call|press\s+release|communiqu[eé])\b|"
                     r"\bon\s+(?:twitter|x|telegram|facebook|social\s+media)\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:в\s+(?:своем\s+|своём\s+)?(?:заявлении|сообщении|послании|обращении|телеграм\w*|твиттер\w*|соцсет\w*)|"
                     r"в\s+ходе\s+телефонного\s+разговора|по\s+телефону)", re.I),
}
# An address by video ("X addressed the troops at the opening by video message", "spoke to the participants via
# video link", «обратился к участникам с видеообращением», «выступил по видеосвязи»): like a message sent, the
# speaker was on a screen, not there. Only a verb of addressing: talks or a meeting held by video link are the
# meeting itself ("the ministers held talks by video link"), and a person who showed a video was there.
_VIDEO_ADDRESS = {
    "en": re.compile(r"^(?:\s*,[^,.;]{0,80},)?\s*(?:[\w-]+\s+){0,2}?(?:addressed|addresses|spoke\s+to|speaks\s+to|greeted|greets|"
                     r"welcomed|welcomes|congratulated|appeared\s+before)\b(?:(?!\b(?:held|hold|conducted|joined|talks)\b)[^.;]){0,80}?\b(?:by|via|through|in|over)\s+"
                     r"(?:an?\s+|his\s+|her\s+|their\s+)?(?:pre-?recorded\s+)?(?:video(?:\s*-\s*|\s+)?(?:message|link|address|conference|call|"
                     r"statement|appeal)|videolink|videoconference)\b"
                     r"|^(?:\s*,[^,.;]{0,80},)?\s*(?:[\w-]+\s+){0,2}?(?:delivered|gave|sent|recorded)\s+(?:an?\s+)?video\s+(?:address|message|"
                     r"greeting|appeal)\b", re.I),
    "ru": re.compile(r"^(?:\s*,[^,.;]{0,80},)?\s*(?:[\w-]+\s+){0,2}?(?:обратил\w*|выступил\w*|выступа\w*|приветствовал\w*|"
                     r"поприветствовал\w*|поздравил\w*)(?:(?!(?<!\w)(?:провед|проходивш|прошедш|состоявш|переговор)\w*)[^.;]){0,80}?(?:с\s+видеообращени\w*|(?:по|через)\s+видеосвяз\w*|"
                     r"в\s+(?:режиме|формате)\s+видео\w*|с\s+видеопослани\w*|в\s+видеообращени\w*)"
                     r"|^(?:\s*,[^,.;]{0,80},)?\s*(?:[\w-]+\s+){0,2}?(?:направил\w*|записал\w*)\s+видео(?:обращени|послани)\w*", re.I),
}
# The start of a visit of several days: a day of it before the meeting reported is the same visit.
_VISIT_START = {
    "en": re.compile(r"\b(?:arriv(?:ed|es|ing)|landed|(?:began|begun|begins|started|starts|opened|paid|pays|is\s+paying|was\s+paying|"
                     r"on)\s+(?:an?\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:visit|tour|trip))\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:прибыл\w*|прилетел\w*|(?:начал\w*|находит\w*|находил\w*)\s+(?:[\w-]+\s+){0,3}?(?:визит|поездк)\w*|"
                     r"с\s+(?:[\w-]+\s+){0,2}?визитом)", re.I),
}


# A relative clause on a document signed ("the security agreement that President X and Prime Minister Y signed in
# Kharkiv", «договор, который канцлер X и премьер-министр Y подписали в Берлине»): the names are its signatories,
# on an occasion of their own, unless the clause puts the signing at this meeting ("that the ministers signed today",
# «который стороны подписали в ходе встречи»).
_DOC_NOUN = {
    "en": r"(?:agreements?|treaty|treaties|accords?|pacts?|memorand(?:um|a)|deals?|plans?|road\s?maps?|declarations?|contracts?|"
          r"protocols?|charters?|conventions?|communiqu[eé]s?|arrangements?|guarantees?|documents?)",
    "ru": r"(?:соглашени|договор|меморандум|пакт|план|дорожн\w*\s+карт|деклараци|контракт|протокол|хартии|хартия|конвенци|"
          r"коммюнике|документ|гаранти)\w*",
}
_DOC_RELATIVE = {
    "en": re.compile(r"\b" + _DOC_NOUN["en"] + r"(?:\s+(?:on|of|for|with|between)\b[^,.;]{0,60}?)?\s*,?\s+(?:that|which)\s+"
                     r"(?:[\w.’'-]+\s+){0,8}$", re.I),
    "ru": re.compile(r"(?<!\w)" + _DOC_NOUN["ru"] + r"(?:\s+[\w-]+){0,4}?\s*,\s*(?:который|которое|которую|которые|которым)\s+"
                     r"(?:[\w.-]+\s+){0,8}$", re.I),
}
_SIGNED_AFTER = {
    "en": re.compile(r"[^,.;]{0,80}?\b(?:signed|concluded|initial(?:l)?ed|ratified|agreed|reached|adopted|struck|sealed|inked)\b(?P<rest>[^;]*)", re.I),
    "ru": re.compile(r"[^,.;]{0,80}?(?<!\w)(?:подписал|заключил|парафировал|ратифицировал|утвердил|принял|согласовал)\w*(?P<rest>[^;]*)", re.I),
}
_SIGNED_HERE = {
    "en": re.compile(r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|(?:at|during|after|following)\s+(?:the|their|this)\s+"
                     r"(?:\w+\s+)?(?:meeting|talks|ceremony|visit|negotiations)|here)\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:сегодня|(?:в\s+ходе|во\s+время|по\s+итогам|после|на)\s+(?:\w+\s+)?(?:встреч|переговор|церемони|визит)\w*)", re.I),
}


def _past_signatory(text: str, start: int, end: int, sent: tuple[int, int], lg: str,
                    event: PartialDate | None, hits: list[DateHit]) -> bool:
    """The name is a signatory in a relative clause on a document signed on another occasion."""
    if not _DOC_RELATIVE[lg].search(text[max(sent[0], start - 200):start]):
        return False
    m = _SIGNED_AFTER[lg].match(text, end, sent[1])
    if m is None or (lg == "en" and re.match(r"\s+(?:to|that)\b", m["rest"])):
        return False  # ("the plan that X agreed to", "agreed that"): not a signing of its own
    clause = text[end:m.end()]
    if _SIGNED_HERE[lg].search(clause) or CUES["later_occasion"][lg].search(clause):
        return False
    # a day written in the clause that is the meeting's own day puts the signing at this meeting
    if any(end <= h.start < m.end() and h.date is not None and event is not None and h.date == event for h in hits):
        return False
    # The relative clause itself must set the signing apart: a time (a day, a month, a year, 'had signed', 'last
    # year') or a place the report has not named before this sentence ("signed in Berlin" of talks in Tallinn). With
    # neither ("that the navy chiefs signed in the presence of the ministers", "at the end of the visit", "signed
    # in Tallinn" of talks in Tallinn), it is the signing of this meeting.
    own = text[end:m.start("rest")] + re.split(r"[,;]", m["rest"])[0]
    if any(end <= h.start < end + len(own) and h.date is not None for h in hits) or _SIGNED_BEFORE[lg].search(own):
        return True
    earlier = text[:sent[0]].casefold()
    return any(pl.group(1)[:5].casefold() not in earlier for pl in _SIGNED_IN[lg].finditer(own))


# A time in a relative clause on a signing that sets it apart from the meeting reported.
_SIGNED_BEFORE = {
    "en": re.compile(r"\b(?:had|last|earlier|previously|ago|(?:19|20)\d\d|"
                     + "|".join(m.capitalize() for m in month_pattern("en", abbr=False).split("|")) + r")\b"),
    "ru": re.compile(r"(?<!\w)(?:ранее|прежде|назад|прошл\w+|(?:19|20)\d\d|январ\w*|феврал\w*|март\w*|апрел\w*|ма[яе]|июн\w*|июл\w*|"
                     r"август\w*|сентябр\w*|октябр\w*|ноябр\w*|декабр\w*)(?!\w)", re.I),
}
# A named place in that clause ("in Kharkiv", «в Берлине»).
_SIGNED_IN = {
    "en": re.compile(r"\b(?:in|at)\s+((?-i:[A-Z])[\w-]+)", re.I),
    "ru": re.compile(r"(?<!\w)(?:в|во)\s+((?-i:[А-ЯЁ])[\w-]+)", re.I),
}


# A wider visit the report's people are there as part of ("The delegation is in Pakistan as part of the visit of
# President X, who held talks with Prime Minister Y the day before", «в рамках визита президента X, который накануне
# провел переговоры с премьер-министром Y»): the visitor's own talks, told in his relative clause, are another
# meeting; he and the people of that clause are mentioned, unless the sentence itself tells a meeting or a signing
# outside them ("As part of the visit of X, who met Y, the sides signed a plan": the visit is the meeting's).
_WIDER_VISIT = {
    "en": re.compile(r"\b(?:as\s+part\s+of|(?:with)?in\s+the\s+framework\s+of|in\s+the\s+course\s+of)\s+(?:the\s+|a\s+|an\s+)?"
                     r"(?:[\w-]+\s+){0,2}?(?:visit|trip|tour)\s+(?:of|by)\s+", re.I),
    "ru": re.compile(r"(?<!\w)в\s+(?:рамках|ходе)\s+(?:[\w-]+\s+){0,2}?(?:визита|поездки|турне)\s+", re.I),
}
_VISITOR_CLAUSE = {
    "en": re.compile(r"\s*,\s*who\s+[^,;.]*", re.I),
    "ru": re.compile(r"\s*,\s*(?:который|которая)\s+[^,;.]*", re.I),
}


def _of_wider_visit(text: str, start: int, sent: tuple[int, int], lg: str, all_spans: list[tuple[int, int]],
                    event: PartialDate | None = None, hits: list[DateHit] = ()) -> bool:
    """The mention is the visitor of a wider visit, or someone his own relative clause says he met (see _WIDER_VISIT)."""
    sentence = text[sent[0]:sent[1]]
    for m in _WIDER_VISIT[lg].finditer(sentence):
        fa = sent[0] + m.end()
        visitor = [(a, b) for a, b in all_spans if fa <= a <= fa + 80 and not re.search(r"[,;]", text[fa:a])]
        if not visitor:
            continue
        v0, v1 = min(visitor)
        cl = _VISITOR_CLAUSE[lg].match(text, v1, sent[1])
        if cl is None or not MET_ITSELF[lg].search(cl.group(0)):
            continue
        rest = sentence[:m.start()] + " " + text[cl.end():sent[1]]
        if MET_ITSELF[lg].search(rest):
            continue
        if event is not None and any(cl.start() <= h.start < cl.end() and h.date == event for h in hits):
            continue  # the visitor's talks on the meeting's own day ("who met his counterpart on Friday"): this meeting
        if v0 <= start < v1 or cl.start() <= start < cl.end():
            return True
    return False


# Receiving or meeting the visitor in the visit reported, in any tense ("Earlier, the Amir received the Turkish
# minister", «Во вторник индийского министра примет президент Владимир Путин»): a host of the same visit.
_RECEIVES = {
    "en": re.compile(r"\b(?:receiv(?:ed|es|e|ing)|welcom(?:ed|es|e|ing)|host(?:ed|s|ing)?|met|meet(?:s|ing)?|"
                     r"(?:held|hold|holds|holding) (?:separate |bilateral )?talks with|call(?:ed|s)? on|paid (?:him |her )?a (?:courtesy )?(?:call|visit) (?:on|to)|"
                     r"granted (?:an )?audience to)\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:прин(?:ял|яла|яли|имал|имала|имали|имает|имают|ять|яв)|прим(?:ет|ут)|встрет(?:ил|ила|или|ился|илась|ились|ится|ятся|иться|ит)|"
                     r"встреча(?:ется|ются|лся|лась|лись)|пров(?:ел|ёл|ела|ели|едет|едёт|едут)\s+(?:[а-яё]+\s+)?(?:переговоры|встречу|беседу))(?!\w)", re.I),
}
# The visitor named by a description or a pronoun ("the Turkish minister", "the visiting delegation", "his guest",
# «индийского министра», «гостя», «делегацию»).
_VISITOR_REF = {
    "en": re.compile(r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:visiting\s+|foreign\s+)?(?:[A-Z][\w’'-]+\s+){0,3}(?:[a-z]+\s+)?"
                     r"(?:minister|delegation|guests?|visitors?|counterparts?|general|admiral|chief|commander|secretary|envoy|team)\b|"
                     r"\b(?:him|her)\b"),
    "ru": re.compile(r"(?<!\w)(?:гост[яьюиейм]\w*|делегаци\w+|визит[её]р\w*|(?:[а-яё]+(?:ого|его)\s+)(?:министра|генерала|адмирала|коллегу|начальника|гостя)|"
                     r"(?:министра|генерала|адмирала|коллегу|начальника)\s+обороны|его|её|ее)(?!\w)", re.I),
}


_CITY_AFTER = {"en": re.compile(r"\b(?:in|to)\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"),
               "ru": re.compile(r"(?<!\w)(?:в|во)\s+([А-ЯЁ][\w-]+)")}


def _elsewhere_city(text: str, lg: str, sent: tuple[int, int]) -> bool:
    """The sentence puts the meeting in a city of another state than the cities the page's opening (its first 600
    characters, before the sentence) names ("Earlier, the Omani minister was received by Prime Minister X in Athens" in a report from
    Amman): another trip, not this visit."""
    from generator.extract.places import lookup

    states = set()  # the states of the cities the opening names
    for m in _CITY_AFTER[lg].finditer(text, 0, min(sent[0], 600)):
        hit = lookup(m.group(1), lg)
        if hit is not None and hit[2]:
            states.add(hit[1])
    for m in _CITY_AFTER[lg].finditer(text, sent[0], sent[1]):
        hit = lookup(m.group(1), lg)
        if hit is not None and hit[2] and states and hit[1] not in states:
            return True  # (a town of the same state may be a stop of the same visit: "received him in Aqaba")
    return False


def _receives_visitor(text: str, lg: str, start: int, end: int, sent: tuple[int, int],
                      own_spans: list[tuple[int, int]], all_spans: list[tuple[int, int]]) -> bool:
    """The mention and the visitor are the two sides of a verb of receiving or meeting in the sentence: the
    verb stands between them, the visitor named (another person of the page) or described ("the Turkish
    minister", «индийского министра», "him"); a sentence that names another occasion apart in time
    ("next month", «в следующем году») is not this visit."""
    s, e = sent
    sentence = text[s:e]
    if CUES["separate_later"][lg].search(sentence) or _QUOTE.search(sentence) or _elsewhere_city(text, lg, sent):
        return False
    others = [(a - s, b - s) for a, b in all_spans if s <= a < e and (a, b) not in own_spans]
    refs = others + [(m.start(), m.end()) for m in _VISITOR_REF[lg].finditer(sentence)
                     if not (m.start() <= start - s < m.end())]
    st, en = start - s, end - s
    for v in _RECEIVES[lg].finditer(sentence):
        if v.start() >= en:  # the mention before the verb, the visitor after it ("the Amir received the minister")
            if v.start() - en <= 80 and not re.search(r"[;:]", sentence[en:v.start()]) \
                    and any(a >= v.end() and not re.search(r"[;:]", sentence[v.end():a]) for a, _ in refs):
                return True
        elif v.end() <= st:  # the visitor before the verb, the mention after it («министра примет президент Путин»,
            # "the minister was received by the Amir", "the delegation met General X")
            if any(b <= v.start() for _, b in refs) and not re.search(r"[;:]", sentence[v.end():st]):
                return True
    return False


# Round 17: a clause that tells an occasion of its own, set apart in time from the meeting reported, with the
# name inside it: "contacts have grown since President X received Prime Minister Y" (a since-clause with its
# verb), "The meeting came days after X spoke with Y", "Days after X met Y, ..." («с тех пор как президент X
# принял Y», «через несколько дней после того, как X провел переговоры с Y»). Read on the words before the name.
_APART_CLAUSE = {
    "en": re.compile(r"\b(?:(?:ever\s+)?since\b|"
                     r"(?:came|comes|coming|took\s+place|was\s+held|follows|followed|happened|occurred)\s+(?:(?:just|only|shortly|soon|a|few|"
                     r"one|two|three|four|five|several|\d+)\s+){0,3}(?:(?:days?|hours?|weeks?|months?)\s+)?(?:after|before)\b|"
                     r"^\W*(?:(?:just|only|a|few|one|two|three|four|five|several|\d+)\s+){0,3}(?:days?|hours?|weeks?|months?|shortly|soon)\s+"
                     r"(?:after|before)\b(?=[^,;]*$))[^;:.]*$", re.I),
    "ru": re.compile(r"(?<!\w)(?:с\s+тех\s+пор,?\s+как|с\s+момента,?\s+когда|(?:(?:через|спустя|за)\s+(?:\w+\s+)?(?:дн\w*|сут\w*|недел\w*|месяц\w*)|"
                     r"вскоре)\s+(?:после|до)\s+того,?\s+как)[^;:.]*$", re.I),
}
# A phone call: an occasion of its own, unless the report is of the call.
PHONE = {
    "en": re.compile(r"\b(?:(?:tele)?phone\s+(?:call|conversation|talks?)|(?:spoke|spoken|talked|speaking|talking|conversed)\s+(?:by|on\s+the|"
                     r"over\s+the)\s+(?:tele)?phone|phoned|telephoned)\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:телефонн\w+\s+(?:разговор|переговор|бесед)\w*|по\s+телефону|созвонил\w*)", re.I),
}


_PAST_VERB = re.compile(r"\b(?:[a-z]+ed|met|took|became|held|won|came|spoke|made|began|gave|went|paid|sent|signed|visited|"
                        r"received|hosted)\b")


_OWN_MEETING_PRONOUN = {
    "en": re.compile(r"\W*(?:He|She)\b[^.;]{0,120}?\b(?:(?:his|her)\s+(?:[\w-]+\s+)?(?:meeting|talks|visit|negotiations)\s+(?:with|to)|"
                     r"(?:he|she)\s+(?:had\s+)?(?:met|held\s+talks\s+with))\b"),
    "ru": re.compile(r"\W*(?:Он[а]?|По\s+(?:его|её|ее)\s+словам)(?!\w)[^.;]{0,160}?(?:на\s+(?:своей\s+)?встрече\s+с|"
                     r"в\s+ходе\s+(?:своей\s+)?(?:встречи|переговоров)\s+с|встретил(?:ся|ась)\s+с|провел\w*\s+переговоры\s+с|"
                     r"провёл\s+переговоры\s+с)"),
}


def _apart_clause(text: str, lg: str, start: int, sent: tuple[int, int]) -> bool:
    """The name stands in a clause that tells another occasion set apart in time (_APART_CLAUSE); an English
    since-clause only with a past verb of its own ("since X received Y", not "since Monday")."""
    m = _APART_CLAUSE[lg].search(text[sent[0]:start])
    if m is None:
        return False
    if lg == "en" and m.group(0).lower().lstrip().startswith(("since", "ever")):
        clause = re.split(r"[,;:.]", text[sent[0] + m.start():sent[1]], maxsplit=1)[0]
        # (the name inside the since-clause: not "X, in office since Y was removed, met Z": Z is past its comma)
        return sent[0] + m.start() + len(clause) > start and bool(_PAST_VERB.search(clause[6:]))
    return True


def _sentence_of(sents: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    i = bisect.bisect_right(sents, (pos, float("inf"))) - 1
    if i >= 0 and sents[i][0] <= pos < sents[i][1]:
        return sents[i]
    return pos, pos


def mention_kind(text: str, lang: str, start: int, end: int, sent: tuple[int, int],
                 event: PartialDate | None, hits: list[DateHit], own_spans: list[tuple[int, int]],
                 all_spans: list[tuple[int, int]], event_md: tuple[int, int] | None = None, lead: bool = False) -> str:
    """'positive', 'negative' or 'neutral' for one mention of a person (``lead``: its sentence is the lead proper,
    the first that speaks of the meeting)."""
    lg = lang if lang in ("en", "ru") else "en"
    s, e = sent
    before = text[s:start]
    after = text[end:e]
    sentence = text[s:e]
    # What a speaker says about another occasion does not move the speaking to it. Quotations are
    # found in the paragraph, since one can run over several sentences.
    p0 = text.rfind("\n\n", 0, s) + 1
    p1 = text.find("\n\n", e)
    p1 = len(text) if p1 < 0 else p1
    quoted = [(p0 + a, p0 + b) for a, b in quote_spans(text[p0:p1])]
    if _READOUT[lg].match(after):
        return "speaker"  # "X provided the following readout: ...": X tells of the meeting, the rest is what he tells
    # The part of the sentence that speaks of this mention: all before it, and its own clause after it
    # ("In talks with X, Y said ... after the ministries signed a memorandum last year": not X's occasion).
    scope_end = end + len(_CLAUSE_END.split(after)[0])
    reduced = _REDUCED_RELATIVE[lg].search(text, end, scope_end)
    if reduced is not None:
        scope_end = reduced.start()  # "X met Y to discuss the roadmap proposed by Z in 2009": 2009 dates the roadmap
    said = _SPEECH[lg].search(text, end, scope_end)
    if said is not None:
        scope_end = said.start()  # "X recalled that in 2020 ...": what X says is not when X spoke
        if not _PRESENT[lg].search(text, said.end(), e) and not _OWN_DEED_WITH[lg].match(text, said.end(), e):
            # "X said on Tuesday that Russian forces had ...": the day between the verb and "that" is when X
            # spoke; what X said puts nobody at the meeting, so the speaking is dated by it.
            scope_end = said.end()
    if said is None and _PREDICATE_AFTER[lg].match(after):
        # The name closes an apposition and its own verb follows ("The previous chief, General X, had
        # visited the country in 2017"): that clause is about the person too.
        nxt = _PREDICATE_AFTER[lg].match(after).group(0).rindex(",") + 1
        scope_end = end + nxt + len(_CLAUSE_END.split(after[nxt:])[0])
    # An aside about someone else's past ("X, who previously served in Moscow, met Y") does not date Y.
    asides = [(s + m.start(), s + m.end()) for m in CUES["aside"][lg].finditer(sentence) if not (s + m.start() <= start < s + m.end())]
    skip = quoted + asides
    unquoted = "".join(" " if any(a <= i < b for a, b in skip) else text[i] for i in range(s, scope_end))
    if not any(a <= start < b for a, b in quoted) and _apart_clause(text, lg, start, sent):
        return "negative"  # "since President X received Y last summer", "days after X spoke with Y"
    # (the lead proper's "last week" is the time of the meeting it reports: "X returned last week from Ankara, where
    # he held talks with Y", «на прошлой неделе провел переговоры»)
    occasion = [m.group(0).casefold() for m in CUES["other_occasion"][lg].finditer(
        LAST_WEEK_WORDS.sub(lambda w: " " * len(w.group(0)), unquoted) if lead else unquoted)]
    if not any(a <= start < b for a, b in quoted) and occasion and not (
            set(occasion) <= {"earlier", "ранее"} and _receives_visitor(text, lg, start, end, sent, own_spans, all_spans)):
        # (a bare "Earlier, the Amir received the Turkish minister": another meeting of the same visit)
        return "negative"
    if not any(a <= start < b for a, b in quoted) and _WEEKS_APART[lg].search(unquoted) and not _TOOK_OFFICE[lg].search(unquoted):
        return "negative"  # "X hosted Y in Tallinn a week ago", "a week after Y met X": an occasion weeks apart
    if _CONGRATULATED[lg].match(after) and not _THERE[lg].search(sentence):
        return "negative"  # "President X congratulated the ministers on the signing": a word from afar
    # Dated on another day than the event: another occasion.
    anchor = (event.month, event.day) if event is not None and event.day is not None else event_md
    if anchor is not None and INTERVIEW[lg].search(sentence) and not CUES["meeting"][lg].search(sentence):
        anchor = None  # "X gave an interview to our paper on Friday": the day he spoke of the talks, not another occasion
    if anchor is not None:
        host = None
        for h in hits:
            if any(a <= h.start < b for a, b in skip) or not (s <= h.start < scope_end):
                continue
            if _PUBLISHED_ON[lg].search(text, max(s, h.start - 40), h.start):
                continue  # "in an interview published on Friday", «в интервью, опубликованном в пятницу»: the telling's day
            if h.kind == "weekday" or (h.date is not None and event is not None and abs(h.date.ordinal() - event.ordinal()) <= 7):
                # «В среду гостя примет президент X», "On May 10, the delegation met General X": a day of the
                # visit (a weekday, or within a week of the meeting) on which a host receives or meets the visitor
                host = _receives_visitor(text, lg, start, end, sent, own_spans, all_spans) if host is None else host
                if host:
                    continue
            if later_near(text[s:scope_end], h.start - s, lg):
                continue  # a day the meeting planned ("the drill is to be held on 14 June, X said"): X spoke at it
            if h.kind == "relative" and h.date is not None and event is not None and event.day is not None \
                    and abs(h.date.ordinal() - event.ordinal()) <= 7:
                continue  # "yesterday X met Y", "two days ago": a day told from the report's own is the news reported
            if h.date is not None and h.date.day is not None and event is not None and event.day is not None \
                    and 0 < event.ordinal() - h.date.ordinal() <= 7 and _VISIT_START[lg].search(unquoted):
                continue  # "X arrived in Tallinn on 10 May for a four-day visit": the visit the meeting is part of
            if h.date is not None and h.date.day is not None and event is not None and event.day is not None:
                if abs(h.date.ordinal() - event.ordinal()) > 1:
                    return "negative"
            elif h.md is not None and md_apart(h.md, anchor) > 1:
                return "negative"
    # "In July, X said ...": another month than the event's is another occasion.
    mm = _MONTH_START.match(sentence)
    if mm and event is not None and event.month is not None and _MONTH_NO[mm["m"]] != event.month:
        return "negative"
    # "... the meeting of the ministers held in Belgrade in June": an earlier month in the mention's own
    # clause is an earlier occasion (a later one is a plan the meeting made: "to meet again in December").
    if event is not None and event.month is not None:
        for m2 in _IN_MONTH.finditer(unquoted):
            if 0 < (event.month - _MONTH_NO[m2["m"]]) % 12 <= 6 and not later_near(unquoted, m2.start(), lg):
                return "negative"
    # "In 2019, X visited ...": an earlier year than the event's, in the mention's clause, is another occasion
    # (a later one is a plan: "invited X to the exhibition in 2019").
    if event is not None:
        # (the aside right after the name is the name's own: "President X, during his 2019 visit, ...")
        own_aside = re.match(r"\s*,([^,;.]{0,100}),", after)
        for y in CUES["in_year"][lg].finditer(unquoted + " " + (own_aside.group(1) if own_aside else "")):
            if year_of(y) < event.year:
                return "negative"
        # "the treaty signed in June 2022 by A and B", «подписанный в июне 2022 года»: an earlier month of the
        # meeting's year, written with its year, is another occasion too.
        if event.month is not None:
            for m3 in _IN_MONTH_YEAR[lg].finditer(unquoted):
                if int(m3["y"]) == event.year and _MONTH_NO[m3["m"]] < event.month and not later_near(unquoted, m3.start(), lg):
                    return "negative"
    if _ABSENT_AFTER[lg].match(after) or _ABSENT_BEFORE[lg].search(before[-120:]):
        return "negative"  # invited but absent, "did not receive the delegation", "в отсутствие X"
    if _REACTION_AFTER[lg].match(after) and _REMOTE[lg].search(sentence):
        return "negative"  # "X welcomed the talks in a statement": a word from afar on the meeting, not at it
    if _VIDEO_ADDRESS[lg].match(after):
        return "negative"  # "X addressed the troops by video message": on a screen, not there
    if _of_wider_visit(text, start, sent, lg, all_spans, event, hits):
        return "negative"  # "as part of the visit of President X, who held talks with Y": X's own meeting, not this one
    if _past_signatory(text, start, end, sent, lg, event, hits):
        return "negative"  # "the agreement that President X and Prime Minister Y signed in Kharkiv": another occasion
    if _ONWARD_STOP[lg].search(before):
        return "negative"  # "A will continue to Stockholm, where he will meet B on Friday": another stop's meeting
    if _LED_BY[lg].search(before):
        return "positive"
    if _LED_MEETING[lg].search(before[-160:]) and _MEETING_HELD_ANY[lg].search(sentence):
        return "positive"  # «под руководством министров X и Y состоялось заседание коллегии»: they led the meeting
    if _THANKED[lg].search(before[-80:]) and _THANKED_FOR[lg].match(after):
        return "negative"  # round 20: "thanked President X for France's support", «поблагодарил президента X за помощь»
    if _MESSAGE_FOR[lg].search(before[-200:]):
        return "negative"  # «передал послание Президента Путина Председателю Си»: a message for someone absent
    if _HANDED_TO[lg].search(before[-200:]) and (lg == "en" or _LETTER_RU.search(after)):
        return "positive"  # the addressee of a letter handed over in person received its bearer
    if _framed(before[-130:], start, own_spans, all_spans, lg) or (_FRAME_AFTER[lg].search(after[:120]) and not (
            _SENDS_GREETINGS[lg].match(after[:120]) and _receives_visitor(text, lg, start, end, sent, own_spans, all_spans))) \
            or _near_frame(before[-80:], lg):
        # (round 20: not the host who received the visitor and sent greetings through him, "X was received by the Amir,
        # who sent his greetings to President Y", «его принял Эмир, который передал привет президенту Y»: the Amir met X)
        return "negative"
    # Named only inside what another person said ("Hasanov noted that President Aliyev ...").
    # Unless what is said puts the person at the meeting ("Kerimov said that he and Deputy Minister
    # Haddad briefed the guests").
    for m in [*_SPEECH[lg].finditer(before), *_AS_SAID[lg].finditer(before), *(_SAID_BARE[lg].finditer(before) if lg in _SAID_BARE else ())]:
        if any(s <= a < s + m.end() for a, _ in all_spans) and not any(s <= a < s + m.end() for a, _ in own_spans) \
                and not _PRESENT[lg].search(text[s + m.end():scope_end]):
            return "negative"
    if _QUOTED_ELSEWHERE[lg].search(sentence) and not CUES["meeting"][lg].search(_QUOTED_ELSEWHERE[lg].sub("", sentence)):
        return "negative"
    if _at_briefing(sentence, before, after, lg):
        return "negative"  # "At a press briefing in Kampala, Colonel X said the visit ...": spoke to the press, not at the talks
    # "President X has repeatedly stressed ...", "неоднократно": said on other occasions.
    if _REPEATEDLY[lg].search(unquoted) and not _PRESENT[lg].search(unquoted):
        return "negative"
    # Inside a quotation, or speaking one: what is said, not who was there.
    if inside_quote(before):
        return "neutral"
    # "X, who accompanied the minister, told ...": the aside puts X at the meeting.
    aside = _OWN_ASIDE[lg].match(after)
    if aside and _PRESENT[lg].search(aside.group(0)):
        return "positive"
    if _SPEAKER_AFTER[lg].search(after) or _SPEAKER_BEFORE[lg].search(before):
        return "speaker"
    if CUES["meeting"][lg].search(sentence):
        return "positive"
    if _receives_visitor(text, lg, start, end, sent, own_spans, all_spans):
        return "positive"  # «Во вторник индийского министра примет президент Путин»: a meeting still to come on the visit
    return "neutral"


def _planned(text: str, lang: str, start: int, end: int, sent: tuple[int, int],
             all_spans: list[tuple[int, int]], own_spans: list[tuple[int, int]], lead: bool = False) -> bool:
    """The mention is put at a later occasion set apart from the visit reported: a plan right before it
    in its clause, nobody else named between but the other side of the same meeting ("during the next
    visit of President X"; "Oren is scheduled to hold talks with X next month": X; «в марте состоится
    встреча A с B»: B; not "X, who met Y, is scheduled to ..." nor "X, who will travel to Rome next month,
    met Y"), or a plan told of the name itself ("President X's next visit", "X is scheduled to visit Y
    next month"). In the lead sentence (``lead``) a plan is the article's own subject, unless the text
    sets it apart as before this round ("next month"): a day it is "set for" then makes no later occasion."""
    lg = lang if lang in ("en", "ru") else "en"
    before = text[sent[0]:start]
    # (A meeting still to come on the visit reported is part of it, as the corpus gold has it (206, 215):
    # "is also expected to meet Prime Minister X" keeps X among the people met; only a plan set apart in
    # time ("next month", "the next visit") makes a mention.)
    whole = text[sent[0]:sent[1]]
    separate = bool(CUES["separate_later"][lg].search(whole) or (not lead and _SET_FOR[lg].search(whole)))
    for rx, needs_mark in ((_PLANNED_BEFORE[lg], False), (_SCHEDULED_BEFORE[lg], True)):
        m = _last_match(rx, before)
        if not m or (needs_mark and not separate) or _LED_BY[lg].search(before[m.start():]):
            continue
        gap = (sent[0] + m.start(), start)
        others = [b for a, b in all_spans if (a, b) not in own_spans and gap[0] <= a < gap[1]]
        # Someone else named between, joined to the name as the other side of the same meeting ("состоится
        # встреча A с B", "talks between A and B will take place"): the plan governs both.
        joined = not lead and bool(others) and bool(_JOINED[lg].fullmatch(text[max(others):start]))
        # A clause closed between the plan and the name ("X, who will travel to Rome next month, met Y"):
        # the plan is the aside's, not the name's.
        if (not others or joined) and not re.search(r"[,;]", before[m.start():]):
            return True
    after = text[end:sent[1]]
    return bool(_PLANNED_AFTER[lg].match(after) or (separate and _SCHEDULED_AFTER[lg].match(after)))


def _last_match(rx: re.Pattern, s: str) -> re.Match | None:
    """The last place ``rx`` matches in ``s`` (its pattern runs to the end of ``s``)."""
    found, pos = None, 0
    while (m := rx.search(s, pos)) is not None:
        found, pos = m, m.start() + 1
    return found


# The name is the subject of a verb in the future ("General C and General D will draw up a plan",
# "Admiral X would join them at their next meeting", "генералы X и Y разработают план"): what they do
# later, not the meeting reported.
_FUTURE_OWN = {
    "en": re.compile(r"^(?:\s+and\s+(?:(?:[A-Z][\w.’'-]*|of|the|his|her|their|its|counterparts?|colleagues?|deputy|deputies|chief|head)\s*){1,6})?\s*(?:,[^,.;]{0,80},)?\s*"
                     r"(?:will|would|shall|(?:is|are)\s+to|(?:is|are)\s+(?:due|expected|set|scheduled|slated)\s+to|plans?\s+to)\s+"
                     r"(?:also\s+|then\s+|later\s+|jointly\s+)?(?P<v>[\w-]+(?:\s+[\w-]+){0,3})"),
    "ru": re.compile(r"^(?:\s+и\s+(?:(?:[А-ЯЁ][\w.-]*|его|её|ее|их|коллег[аи]?|заместител[ьи]|[а-яё]+(?:ий|ый|ой|ая|ие|ые))\s*){1,4})?\s*(?:,[^,.;]{0,80},)?\s*(?P<v>[а-яё]+(?:\s+[\w-]+){0,3})"),
}


def _later_own(text: str, lang: str, end: int, sent: tuple[int, int]) -> bool:
    """The mention is the subject of a future verb that is no part of the meeting reported: a verb of
    other work ("will draw up a plan within ninety days"), or any verb set apart in time ("would join
    them at their next meeting")."""
    lg = lang if lang in _FUTURE_OWN else "en"
    after = text[end:sent[1]]
    m = _FUTURE_OWN[lg].match(after)
    if not m or _PRESENT[lg].search(after[:m.start("v")]):
        return False  # (an aside that puts the person at the meeting: "General X, who met Y, will command ...")
    verb = m["v"]
    if lg == "ru":
        from generator.nlp.analysis import morph

        first = verb.split()[0]
        tag = morph().parse(first)[0].tag
        if first not in ("будет", "будут") and not ("VERB" in tag and "futr" in tag):
            return False
    separate = bool(CUES["separate_later"][lg].search(text[sent[0]:sent[1]]) or _SET_FOR[lg].search(text[sent[0]:sent[1]]))
    if _JOIN_LATER[lg].match(verb) and _LATER_WORD[lg].search(after):
        return True  # "X will join the ministers later": not with them at the meeting reported
    return separate or not _PRESENT[lg].search(verb)


# A meal or a reception the name will give for the visitors (read after the name, with _later_own's future verb).
_MEAL_AHEAD = {
    "en": re.compile(r"[^.;]{0,60}?\b(?:host|give|throw|offer|hold)\s+(?:a|an)\s+(?:\w+\s+){0,2}?(?:dinner|lunch|luncheon|banquet|"
                     r"reception|breakfast|gala)\b", re.I),
    "ru": re.compile(r"[^.;]{0,60}?(?<!\w)(?:даст|дадут|устроит|устроят|проведет|проведёт)\s+(?:[а-яё]+\s+){0,2}?(?:ужин|обед|при[её]м|банкет|завтрак)",
                     re.I),
}


# Joining the meeting's people later: not at the meeting so far reported.
_JOIN_LATER = {"en": re.compile(r"join\b", re.I), "ru": re.compile(r"присоедин", re.I)}
_LATER_WORD = {"en": re.compile(r"\b(?:later|afterwards|subsequently)\b", re.I), "ru": re.compile(r"(?<!\w)(?:позже|позднее|впоследствии)(?!\w)", re.I)}


# The visitor goes on to another stop after the meeting reported, and the name is met there: "A will continue to
# Stockholm, where he will meet B", "will then travel on to Oslo for talks with B", «затем отправится в Стокгольм, где
# встретится с B», «продолжит визит в Осло». Read on the sentence before the name.
_ONWARD_STOP = {
    "en": re.compile(r"\b(?:will|is\s+(?:due|scheduled|set|expected|to)\s+(?:to\s+)?|then|later|next)\s+(?:\w+\s+)?(?:continu\w*|travel\w*\s+on|"
                     r"go\s+on|move\s+on|proceed\w*|head\w*|fly|leave|depart\w*)\s+(?:\w+\s+)?(?:to|for)\s+[A-Z][^.;]*$|"
                     r"\bnext\s+stop\b[^.;]*$", re.I),
    "ru": re.compile(r"(?<!\w)(?:отправится|направится|вылетит|продолжит\s+(?:свой\s+|сво[её]\s+)?(?:визит|поездку|турне))\s+"
                     r"(?:\w+\s+)?(?:в|во|на)\s+[А-ЯЁ][^.;]*$", re.I),
}


def _near_frame(before: str, lg: str) -> bool:
    """_FRAME_NEAR right before the name; in Russian the words between must be the frame's object, in
    the genitive ("гибели генерала X"), not a new subject ("в связи с гибелью солдат министр X")."""
    m = _FRAME_NEAR[lg].search(before)
    if not m:
        return False
    if lg != "ru":
        return True
    from generator.nlp.analysis import morph

    words = re.findall(r"[а-яё]+", before[m.end("f"):], re.I)
    return all(any("gent" in p.tag for p in morph().parse(w)[:2]) and "nomn" not in morph().parse(w)[0].tag for w in words)


def _framed(before: str, start: int, own_spans: list[tuple[int, int]], all_spans: list[tuple[int, int]], lg: str) -> bool:
    """A frame of remembrance, proxy or command governs the name right after it: nobody else is named
    between them ("on behalf of President A, Minister B welcomed": the frame is A's, not B's), and no
    clause starts between them ("Under the leadership of the ministry, the ..., B": a comma followed by
    more than a title)."""
    # Every frame in reach, not only the first: "visited the Alley of Honorary Burial, paid tribute to
    # national leader X" has X's frame after the first one's clause has ended.
    pos = 0
    while (m := _FRAME_BEFORE[lg].search(before, pos)) is not None:
        if _frame_governs(before, m, start, own_spans, all_spans):
            return True
        pos = m.start() + 1
    return False


def _frame_governs(before: str, m: re.Match, start: int, own_spans: list[tuple[int, int]], all_spans: list[tuple[int, int]]) -> bool:
    gap_start = start - len(before) + m.end("w")
    others = [(a, b) for a, b in all_spans if (a, b) not in own_spans and gap_start <= a < start]
    if others:
        # Someone else is named between: the frame is theirs, unless the two are joined by "and"
        # ("the agreements reached by Presidents A and B").
        last_end = max(b for _, b in others)
        between = before[len(before) - (start - last_end):] if start - last_end <= len(before) else ""
        if not re.fullmatch(r"\s*(?:and|и)\s+(?:[\w.-]+\s+){0,3}", between, re.I):
            return False
    gap = before[m.end("w"):]
    if "," in gap and len(gap.rsplit(",", 1)[1].split()) > 3:
        return False
    lg = "ru" if re.search("[а-яё]", m.group("w"), re.I) else "en"
    if _NEW_PREDICATE[lg].search(gap) or re.search(r"[,;]\s*(?:and\s+)?(?:then|later|afterwards|затем|потом|после\s+чего|позже)\s", gap, re.I):
        return False  # "laid a wreath at the mausoleum and then met General X": a new verb of meeting governs X
    return True


# A message carried and handed over in person: its addressee received the bearer, so took part
# ("handed over a letter from President A to President B", «вручил президенту Б послание президента А»).
_HANDED_TO = {
    "en": re.compile(r"\b(?:hand(?:s|ed|ing)?(?:\s+over)?|deliver(?:s|ed|ing)?|present(?:s|ed|ing)?|conve(?:y|ys|yed|ying)|"
                     r"pass(?:es|ed|ing)?\s+on|gave|give[sn]?|giving)\b[^.;]{0,60}\b(?:message|letter|invitation)\b"
                     r"[^.;]{0,80}\bto\s+(?:the\s+)?(?:[\w.’'-]+\s+){0,4}$", re.I),
    "ru": re.compile(r"(?<!\w)(?:переда|вруча|вручи|переда[вл])\w*\s+(?![^.;]*(?:послани|письм|приглашени))(?:[\w.-]+\s+){0,4}$", re.I),
}
_LETTER_RU = re.compile(r"(?<!\w)(?:послани|письм|приглашени)\w*", re.I)


# A second predicate of meeting between a frame and the name, joined by "and"/"then"/"before"
# ("laid flowers at the monument and then met General X", "visited the tomb before meeting X",
# "возложил венок к мавзолею и встретился с генералом X").
_NEW_PREDICATE = {
    "en": re.compile(r"\b(?:and|then|before|after|later|afterwards)\b(?:\s+\w+){0,3}?\s+(?:met|meet|meeting|received|receiving|"
                     r"held\s+talks|hosted|hosting|welcomed|visited|called\s+on|signed|talked|spoke)\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:и|затем|после\s+чего|потом|а\s+также)\s+(?:\w+\s+){0,2}?(?:встрети|встреча|прин(?:ял|яли|имал)|"
                     r"провел|провёл|провели|посетил|подписал|обсудил|побеседовал)", re.I),
}


def quote_spans(par: str) -> list[tuple[int, int]]:
    """Quotations in a paragraph. Straight quotes are told apart by where they stand: one before a
    letter after a space opens, one after a letter or punctuation closes; an opener with no closer
    before the next opener is a stray ("cooperation was "developing successfully. "We ...")."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"“[^”]*”|«[^»]*»", par)]
    opener = None
    for m in re.finditer(r'"', par):
        i = m.start()
        prev = par[i - 1] if i else " "
        nxt = par[i + 1] if i + 1 < len(par) else " "
        opens = (prev.isspace() or prev in "([—–-:") and not nxt.isspace()
        if opens:
            opener = i  # a later opener replaces a stray one
        elif opener is not None:
            spans.append((opener, i + 1))
            opener = None
    return sorted(spans)


def flag(text: str, lang: str, people, event: PartialDate | None, hits: list[DateHit],
         sents: list[tuple[int, int]], event_md: tuple[int, int] | None = None) -> dict[str, bool]:
    """Participant flag per person key. ``people`` have ``key``, ``spans``, ``role``, ``rank``;
    ``event_md`` is the meeting's (month, day) when its year is unknown ("20 ноября" and no year)."""
    out: dict[str, bool] = {}
    sents = unwrap(text, sents)  # a sentence a hard line wrap broke is read whole ("X met\nY in Oslo")
    all_spans = [sp for p in people for sp in p.spans]
    # A meeting only announced ("will visit", "посетит"): whoever only speaks of it announced it and is
    # not among its people ("the minister will visit the US this week, the ambassador said").
    future = announced(text, lang, sents)
    if called_off(text, lang, sents):
        # The visit was postponed or cancelled: nobody met ("was due to hold talks with X").
        return {p.key: False for p in people}
    starts = [h.start for h in hits]
    lg0 = lang if lang in CUES["meeting"] else "en"
    lead_sent = next((sn for sn in sents if CUES["meeting"][lg0].search(text, sn[0], sn[1])), None)
    kinds_of: dict[str, list[tuple[str, bool, bool]]] = {}
    for p in people:
        kinds = []
        for st, en in p.spans:
            sent = _sentence_of(sents, st)
            near = hits[bisect.bisect_left(starts, sent[0]):bisect.bisect_left(starts, sent[1])]
            kind = mention_kind(text, lang, st, en, sent, event, near, p.spans, all_spans, event_md, lead=sent == lead_sent)
            if kind in ("positive", "neutral") and not future and _planned(text, lang, st, en, sent, all_spans, p.spans,
                                                                           lead=sent == lead_sent):
                kind = "negative"  # a report of a meeting held: a later meeting named in it is not this one
            elif kind in ("positive", "neutral") and not future and _later_own(text, lang, en, sent) \
                    and not (_receives_visitor(text, lg0, st, en, sent, p.spans, all_spans)
                             and not _MEAL_AHEAD[lg0].match(text, en, sent[1])):
                # (round 20: a dinner or a reception still to come, "President X is expected to host a dinner for the
                # delegation tonight", «вечером президент X даст ужин в честь делегации», is no meeting reported)
                # what the person will do later, not the meeting reported (not "King X will receive the
                # Omani minister on Wednesday": a meeting still to come on the same visit)
                kind = "negative"
            if kind in ("positive", "neutral") and sent != lead_sent and lead_sent is not None \
                    and PHONE[lg0].search(text, sent[0], sent[1]) and not PHONE[lg0].search(text, lead_sent[0], lead_sent[1]):
                kind = "negative"  # "X spoke by phone with U.S. President Y": a call of its own, not the meeting reported
            lg = lang if lang in _SEPARATE else "en"
            kinds.append((kind, bool(_SEPARATE[lg].match(text, sent[0], sent[1])),
                          bool(_PRESENT[lg].search(text[sent[0]:sent[1]]))))
        kinds_of[p.key] = kinds
    # A meeting of an office in the plural ("The defence ministers of the Nordic states met in Oslo",
    # "Совет министров обороны СНГ прошел в Минске"): a holder of that office named later is one of them.
    offices = _plural_meeting(text, lang, sents)
    # People of the meeting reported: a positive mention outside a sentence set apart ("Separately, ...").
    main = {k for k, ks in kinds_of.items() if any(kd == "positive" and not sep for kd, sep, _ in ks)}
    for p in people:
        ks = kinds_of[p.key]
        if p.key not in main:
            # "Separately, Foreign Minister X held talks in Cairo": another occasion, unless the
            # sentence also names someone of the meeting reported ("Separately, the minister met X").
            ks = [("negative" if sep and kd == "positive" and not _with_main(p, ks, people, main, sents) else kd, sep, cue)
                  for kd, sep, cue in ks]
        kinds = [kd for kd, _, _ in ks]
        role = f"{p.role or ''} {getattr(p, 'role_text', '') or ''}"
        # The title written right before a name counts too ("ministry spokesman X", "said analyst X").
        titles = " ".join(re.split(r"[.;:!?\n]", text[max(0, st - 45):st])[-1] for st, _ in p.spans)
        near_titles = role + " " + " ".join(" ".join(text[max(0, st - 40):st].split()[-2:]) for st, _ in p.spans)
        lg = lang if lang in _ADDRESSED else "en"
        addressed = any(_ADDRESSED[lg].match(text, en, _sentence_of(sents, st)[1]) for st, en in p.spans)
        if (_SPOKESPERSON.search(role) or _SPOKESPERSON.search(titles) or _INDUSTRY.search(role) or _INDUSTRY.search(titles)) \
                and "positive" not in kinds and not addressed:
            # A spokesperson speaks for the meeting, without being at it; a company's head speaks of
            # the contract his company won.
            out[p.key] = False
        elif "positive" in kinds:
            out[p.key] = True
        elif offices and not future and _holds(p, offices) and not any(
                kd == "negative" and _elsewhere(text, lang, _sentence_of(sents, st), event)
                for (kd, _, _), (st, _) in zip(ks, p.spans)):
            out[p.key] = True  # one of the ministers who met, named after the meeting ("Latvia's minister X told reporters")
        elif "negative" in kinds:
            out[p.key] = False
        elif _HEAD_OF_STATE.search(near_titles) or _LEADER_INTL.search(near_titles):
            # A head of state or government (or of an international body) named only where no meeting
            # is told ("the army President X commanded in the war", "thanked President X for his
            # support"), or only speaking where no meeting is told ("Chancellor X said in Berlin ...",
            # "NATO Secretary General X has said ..."): a mention. Ministers and generals so named are
            # usually the meeting's own people, listed; a head of state is background.
            out[p.key] = any(kd == "speaker" and cue for kd, _, cue in ks)
        elif "neutral" in kinds and any(_FORMER.search(" ".join(text[max(0, st - 60):st].split()[-4:])) for st, _ in p.spans):
            # "former minister X", "бывший министр X" named where no meeting of theirs is told: background
            out[p.key] = False
        elif "neutral" in kinds:
            out[p.key] = True
        else:  # only ever speaking of the meeting, in a report of it: one of its people; of an announcement, its announcer
            out[p.key] = not future
    # An interview: no meeting is told but through the words of the one who held it ("In an interview
    # published on Tuesday, Minister X said he had met Y and Z in Jakarta earlier this month", "«Я
    # встретился с X и Y», — сказал министр"). What he tells is the meeting reported: he and the people
    # he names in it took part, whatever the tense of his telling.
    lg = lang if lang in _TOLD_MEETING else "en"
    meetings = [sn for sn in sents if CUES["meeting"][lg].search(text, sn[0], sn[1])]
    if not future and meetings and all(_told_meeting(text, sn, lg) for sn in meetings):
        for p in people:
            if not out.get(p.key) and any(_told_meeting(text, _sentence_of(sents, st), lg) for st, _ in p.spans) \
                    and not any(_framed(text[max(0, st - 130):st], st, p.spans, all_spans, lg) for st, _ in p.spans):
                out[p.key] = True
    # Round 17: the one who says "his meeting with Y" ("Malaysia and Indonesia have agreed …, said Defence Minister X.
    # He said this was decided during his meeting with Indonesian Defence Minister Y in Jakarta on Wednesday"; «По его
    # словам, решение было принято на встрече с Y»): the pronoun's antecedent, the person named last before the
    # sentence, held the meeting when someone it names with him took part in the meeting reported.
    lg = lang if lang in _OWN_MEETING_PRONOUN else "en"
    if not future:
        spans_at = sorted((st, p.key) for p in people for st, _ in p.spans)
        for a, b in sents:
            m = _OWN_MEETING_PRONOUN[lg].match(text, a, b)
            if m is None:
                continue
            named = {k for st, k in spans_at if a <= st < b}
            if not any(out.get(k) for k in named):
                continue  # (the meeting so told is not the one reported: nobody it names took part)
            before = [k for st, k in spans_at if max(0, a - 400) <= st < a and k not in named]
            if before and not out.get(before[-1]):
                out[before[-1]] = True
    # An official of a third state named only as the author of a statement, remarks or a position the meeting
    # spoke of ("welcomed the statement by US Secretary of State X", «обсудили заявление госсекретаря США X»):
    # not at the meeting. (A statement by one of the meeting's own states' people is theirs to make there.)
    lg = lang if lang in _STATEMENT_OF else "en"
    for p in people:
        state = getattr(p, "country", None)
        if out.get(p.key) and state and all(_statement_of(text, st, en, _sentence_of(sents, st), lg) for st, en in p.spans):
            others = {getattr(q, "country", None) for q in people if q.key != p.key and out.get(q.key)} - {None}
            if others and state not in others:
                out[p.key] = False
    # A bilateral meeting on the sidelines of a forum or an exhibition: someone named only among its
    # guests ("The exhibition was also attended by X", "Среди гостей форума были X и Y") was at the
    # forum, not at the meeting reported.
    lg = lang if lang in _SIDELINES else "en"
    if _SIDELINES[lg].search(text):
        for p in people:
            if out.get(p.key) and all(_guests_only(text[a:b], lg) for a, b in (_sentence_of(sents, st) for st, _ in p.spans)):
                out[p.key] = False
    # Round 19: talks held on the sidelines of a multilateral meeting ("X and Y held talks in Astana on the sidelines of
    # the SCO defence ministers' meeting. Also taking part in the meeting were A and B", «… на полях совещания министров
    # обороны ШОС. В совещании также приняли участие A и B»): the others named only as attending that meeting were at
    # the plenary, not at the talks reported. (A report of the multilateral meeting itself has no sidelines talks.)
    host = _sidelines_gathering(text, lg)
    if host is not None:
        for p in people:
            if out.get(p.key) and all(_plenary_only(text[a:b], lg, host)
                                      for a, b in (_sentence_of(sents, st) for st, _ in p.spans)):
                out[p.key] = False
    return out


# The multilateral gathering named after "on the sidelines of" (its last head noun: "the CSTO Defence Ministers Council
# session" is a session) in a sentence that tells talks of its own ("held talks
# … on the sidelines of the SCO defence ministers' meeting", «провели переговоры на полях совещания министров обороны»).
_SIDELINES_OF = {
    "en": re.compile(r"\b(?:on|at)\s+the\s+(?:sidelines|side-lines|margins|fringes?)\s+of\s+(?:the\s+|a\s+|an\s+)?"
                     r"(?:[\w’'.-]+\s+){0,6}(meeting|session|council|ministerial|assembly|conference|summit)s?\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:на\s+полях|в\s+кулуарах)\s+(?:[\w-]+\s+){0,1}?(совещани|заседани|встреч|сесси|саммит|"
                     r"конференци|съезд|совет)\w*", re.I),
}
_BILATERAL_TALKS = {
    "en": re.compile(r"\b(?:met|meets|meeting\s+with|held\s+(?:\w+\s+)?talks|talks\s+with|bilateral|one-on-one|signed)\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:встретил\w*|провел\w*\s+(?:\w+\s+)?(?:переговор|встреч|беседу)|провёл\w*\s+(?:\w+\s+)?"
                     r"(?:переговор|встреч|беседу)|переговор\w*|двусторонн\w+|подписал\w*)", re.I),
}
# Attending a gathering: "also taking part in the meeting were", "the session was also attended by", «в совещании также
# приняли участие», «на заседании присутствовали».
_ATTENDING = {
    "en": re.compile(r"\b(?:tak(?:ing|es?)\s+part|took\s+part|participat\w*|attend(?:ed|ing|s)?|present\s+at|were\s+(?:also\s+)?present"
                     r"|joined)\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:(?:принял\w*|приняли|принимал\w*)\s+(?:также\s+)?участие|участвовал\w*|присутствовал\w*|"
                     r"участник\w*)", re.I),
}


def _sidelines_gathering(text: str, lg: str) -> re.Pattern | None:
    """The head noun of the gathering on whose sidelines the reported talks were held (a pattern for its mentions),
    or None when the article tells no talks on the sidelines of a meeting."""
    rx = _SIDELINES_OF.get(lg)
    if rx is None:
        return None
    for m in rx.finditer(text, 0, min(len(text), 3000)):
        a = max(text.rfind(". ", 0, m.start()) + 1, text.rfind("\n", 0, m.start()) + 1)
        b = min((i for i in (text.find(". ", m.end()), text.find("\n", m.end()), len(text)) if i >= 0))
        if _BILATERAL_TALKS[lg].search(text[a:m.start()] + " " + text[m.end():b]):
            head = m.group(1).lower()
            stem = head[:-1] if lg == "en" and head.endswith("s") and head != "talks" else head
            return re.compile((r"\b" if lg == "en" else r"(?<!\w)") + re.escape(stem) + r"\w*", re.I)
    return None


def _plenary_only(sentence: str, lg: str, host: re.Pattern) -> bool:
    """The sentence names its people only as attending the gathering (its head noun there, an attending verb, and no
    talks or meeting of their own once the gathering's mentions are set aside)."""
    if not host.search(sentence) or not _ATTENDING[lg].search(sentence):
        return False
    rest = host.sub(" ", sentence)
    return not _OWN_MEETING[lg].search(rest) and not _BILATERAL_TALKS[lg].search(rest)


# The day an interview or an article came out, right before the date: not an occasion of the people it names.
_PUBLISHED_ON = {
    "en": re.compile(r"\b(?:published|aired|broadcast|released|printed|posted)\s+(?:\w+\s+){0,2}?(?:on|in|last|this)?\s*$", re.I),
    "ru": re.compile(r"(?<!\w)(?:опубликованн\w*|вышедш\w*|опубликован\w*|выпущенн\w*|показанн\w*)\s+(?:[\w-]+\s+){0,2}?(?:в|во)?\s*$",
                     re.I),
}


# An occasion a week or more apart from the report's ("a week ago", "two weeks after", «неделю назад», «через месяц
# после», «неделей ранее»): a few days ("two days ago") may still be the meeting reported.
_NUM_EN = r"(?:a|one|two|three|four|five|six|several|a few|few|\d+)"
_NUM_RU = r"(?:одну|две|три|четыре|пять|несколько|\d+)?\s*"
_WEEKS_APART = {
    "en": re.compile(r"\b" + _NUM_EN + r"\s+(?:weeks?|months?|years?)\s+(?:ago|earlier|before|after|prior)\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:" + _NUM_RU + r"(?:недел[юиь]|месяц\w*|год\w*|лет)\s+(?:назад|тому назад)|"
                     r"(?:через|спустя)\s+" + _NUM_RU + r"(?:недел[юиь]|месяц\w*)\s+после|(?:неделей|месяцем|годом)\s+ранее)(?!\w)", re.I),
}
# A time apart that measures a career, not an occasion ("since X became minister 18 months ago").
_TOOK_OFFICE = {
    "en": re.compile(r"\b(?:since|became|become|becoming|took office|taking office|appointed|elected|assumed|sworn in)\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:с тех пор|с момента|стал\w*|назначен\w*|избран\w*|вступ\w*\s+в\s+должность|заступил\w*)(?!\w)", re.I),
}
# A congratulation told of the one named: sent from afar, unless the sentence puts it at the meeting or ceremony.
_CONGRATULATED = {
    "en": re.compile(r"^[^.;]{0,40}?\b(?:congratulated|congratulates|sent (?:his |her |their )?congratulations)\b", re.I),
    "ru": re.compile(r"^[^.;]{0,40}?(?<!\w)(?:поздравил\w*|поздравляет|направил\w*\s+(?:\w+\s+)?поздравлени\w*)", re.I),
}
_THERE = {
    "en": re.compile(r"\b(?:at|during|on the sidelines of)\s+the\s+(?:\w+\s+)?(?:ceremony|meeting|talks|signing|reception|event)\b|"
                     r"\b(?:in person|attended|present)\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:на|в ходе|во время)\s+(?:\w+\s+)?(?:церемони|встреч|переговор|приём|прием|мероприяти)\w*|"
                     r"(?<!\w)(?:лично|присутствовал\w*)", re.I),
}


# After a name, a verb of showing or telling whose object is the meeting's people ("briefed the guests", «рассказал
# гостям», «представил министрам новый бронетранспортер»): the one named was there with them.
_ADDRESSED = {
    "en": re.compile(r"[^.;]{0,40}?\b(?:briefed|showed|presented|demonstrated|introduced|guided|escorted|welcomed|told|gave)\s+"
                     r"(?:the\s+|both\s+)?(?:\w+\s+)?(?:guests?|ministers?|delegations?|visitors?|hosts?|participants?|sides?)\b", re.I),
    "ru": re.compile(r"[^.;]{0,40}?(?<!\w)(?:рассказал|представил|показал|продемонстрировал|доложил|ознакомил|провел|провёл|вручил|"
                     r"презентовал|приветствовал|сопровождал)\w*\s+(?:[\w-]+\s+){0,2}?(?:гост|министр|делегаци|участник|сторон|визит[её]р)", re.I),
}
# A statement, remarks or a position and its author named right after ("the statement by US Secretary of State X",
# «заявление госсекретаря США X»), or the author's possessive ("X's remarks").
_STATEMENT_OF = {
    "en": re.compile(r"\b(?:statements?|remarks|comments|words|position|stance|proposals?|calls?|appeals?|warnings?|threats?|claims?|"
                     r"accusations?|interview|article|op-ed|tweet|post)\s+(?:made\s+)?(?:by|of|(?<!call\s)(?<!calls\s)from)\s+(?:the\s+)?(?:[\w.’'-]+\s+){0,6}$", re.I),
    # (not «в интервью нашей газете министр X рассказал»: an interview given to an outlet, its giver the subject)
    "ru": re.compile(r"(?<!\w)(?:(?:заявлени|высказывани|комментари|позици|призыв|обвинени|угроз|стать|публикаци)\w*|"
                     r"интервью(?!\s+(?:[\w-]+\s+)?(?:газет|агентств|журнал|телеканал|издани|портал|радио|сайт)))\s+"
                     r"(?:[\w.-]+\s+){0,6}$", re.I),
}
_STATEMENT_AFTER = re.compile(r"^[’']s\s+(?:\w+\s+)?(?:statements?|remarks|comments|words|position|stance|proposals?|calls?|appeals?|"
                              r"warnings?|threats?|claims?|interview|article|tweet)\b", re.I)
_AT_THE_MEETING = {
    "en": re.compile(r"^[^.;]{0,40}\b(?:at|during|after|before)\s+the\s+(?:\w+\s+)?(?:meeting|talks|negotiations|visit)\b", re.I),
    "ru": re.compile(r"^[^.;]{0,40}(?<!\w)(?:на|в ходе|во время|по итогам|после)\s+(?:\w+\s+)?(?:встреч|переговор|визит)", re.I),
}


def _statement_of(text: str, start: int, end: int, sent: tuple[int, int], lg: str) -> bool:
    """The mention names the author of a statement or remarks spoken of, not made at the meeting."""
    before, after = text[max(sent[0], start - 120):start], text[end:sent[1]]
    if "," in before[-60:] and not re.search(r"[А-ЯЁA-Z][\w.-]*,\s*$", before):
        before = before[before.rindex(",") + 1:]  # the frame governs its own clause only
    framed = bool(_STATEMENT_OF[lg].search(before)) or (lg == "en" and bool(_STATEMENT_AFTER.match(after)))
    return framed and not _AT_THE_MEETING[lg].match(after)


_SIDELINES = {
    "en": re.compile(r"\b(?:(?:on|at)\s+the\s+(?:sidelines|side-lines|margins|fringes?)\s+of|bilateral\s+(?:meeting|talks)|"
                     r"one-on-one\s+(?:meeting|talks))\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:на\s+полях|в\s+кулуарах|на\s+площадке|двусторонн\w+\s+(?:встреч|переговор)|"
                     r"в\s+рамках\s+(?:(?:\w+\s+){0,2})?(?:форума|выставки|салона|саммита|конференции|диалога|смотра))", re.I),
}
# The sentence lists who came to the forum or the exhibition.
_GUESTS = {
    "en": re.compile(r"\b(?:(?:was|were)\s+(?:also\s+)?attended\s+by|among\s+(?:the\s+)?(?:other\s+)?(?:guests|participants|attendees|"
                     r"delegates|visitors|speakers|dignitaries|invitees)|(?:guests|participants|attendees|visitors)\s+(?:of|at)\s+the\s+"
                     r"(?:forum|exhibition|expo|show|summit|conference|dialogue|salon|fair)|"
                     r"(?:also\s+)?(?:attended|took\s+part\s+in|participated\s+in|visited|toured|addressed|spoke\s+at)\s+the\s+"
                     r"(?:[\w-]+\s+){0,4}?(?:forum|exhibition|expo|show|summit|conference|dialogue|salon|fair|plenary|opening)|"
                     r"(?:forum|exhibition|expo|show|summit|conference|dialogue)\s+(?:also\s+)?(?:brought\s+together|gathered|drew|hosted))\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:(?:сред[иь]|в\s+числе)\s+(?:других\s+)?(?:гостей|участников|посетителей|делегатов)|"
                     r"в\s+работе\s+(?:\w+\s+)?(?:форума|выставки|салона|конференции|саммита|диалога)|"
                     r"(?:форум|выставк|салон|конференци|саммит|экспозици)\w*\s+(?:также\s+)?(?:посетил|осмотрел|принял\w*\s+участие)|"
                     r"(?:посетил|посетили|осмотрел|осмотрели)\w*\s+(?:также\s+)?(?:\w+\s+)?(?:форум|выставк|салон|экспозици|павильон)|"
                     r"(?:принял|приняли|принимал\w*)\s+участие\s+(?:также\s+)?(?:в\s+)?(?:\w+\s+)?(?:форуме|выставке|салоне|конференции|"
                     r"саммите|церемонии|пленарн)|также\s+присутствовали)", re.I),
}
# ... and no meeting of its own is told in it.
_OWN_MEETING = {
    "en": re.compile(r"\b(?:met|meet|meets|meeting|talks|bilateral|received|signed|discussed|hosted)\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:встрет|встреч|переговор|двусторон|подписа|прин(?:ял|яли)\s+(?!участи)|обсуди|беседова)", re.I),
}


# The gathering the guests came to (not the talks or the signing ceremony of the meeting itself).
_GATHERING = {
    "en": re.compile(r"\b(?:forum|exhibition|expo|show|summit|conference|dialogue|salon|fair|congress|symposium|"
                     r"gathering|event)s?\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:форум|выставк|салон|конференци|саммит|диалог|конгресс|симпозиум|экспозици|смотр)\w*", re.I),
}


def _guests_only(sentence: str, lg: str) -> bool:
    return bool(_GUESTS[lg].search(sentence)) and bool(_GATHERING[lg].search(sentence)) and not _OWN_MEETING[lg].search(sentence)


# A meeting told by the one who held it: "X said he had met Y", "'I met Y and we signed ...,' X said",
# "X рассказал, что встретился с Y", "«Я встретился с Y», — сказал X".
_TOLD_MEETING = {
    "en": re.compile(r"\b(?:said|says|told|recalled|explained|added|noted|recounted)\b[^.]{0,60}?\b(?:he|she|I|we|they)\s+"
                     r"(?:had\s+|has\s+|have\s+)?(?:also\s+|first\s+)?(?:met|held\s+talks|signed|received|hosted|visited|talked)\b|"
                     r"[\"“«][^\"”»]{0,200}?\b(?:I|we|We)\s+(?:have\s+|had\s+)?(?:also\s+|first\s+)?(?:met|held\s+talks|signed|received|"
                     r"hosted|visited|talked)\b"),
    "ru": re.compile(r"(?:рассказал|сказал|заявил|сообщил|отметил|вспомнил|пояснил)\w*[^.]{0,60}?(?:встретил|провел\w*\s+переговор|"
                     r"провёл\w*\s+переговор|подписал|принял|посетил)|"
                     r"(?<!\w)(?:[Яя]|[Мм]ы)\s+(?:[\w-]+\s+){0,4}?(?:встретил|провел\w*\s+переговор|провёл\w*\s+переговор|подписал|принял|посетил)", re.I),
}


def _told_meeting(text: str, sent: tuple[int, int], lg: str) -> bool:
    """The sentence, or the quotation it closes, tells of a meeting in its teller's words."""
    a = sent[0]
    par = text.rfind("\n\n", 0, a) + 1
    for q0, q1 in quote_spans(text[par:sent[1]]):
        if par + q0 < a < par + q1:
            a = par + q0  # the sentence closes a quotation opened before it: the quotation is what is told
            break
    return bool(_TOLD_MEETING[lg].search(text, a, sent[1]))

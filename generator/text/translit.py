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

from generator.fileio import load_yaml

_VOWELS = "аеёиоуыэюяАЕЁИОУЫЭЮЯ"
# Letters of the Kazakh, Kyrgyz, Uzbek, Tajik, Bashkir and Ukrainian alphabets that Russian text
# keeps in names (Зақарян, Тоқаев, Ғани, Ўринбоев, Ҳамидов): their usual Latin letters.
_OTHER_CYRILLIC = str.maketrans({"қ": "к", "Қ": "К", "ғ": "г", "Ғ": "Г", "ң": "н", "Ң": "Н", "ә": "а", "Ә": "А",
                                 "ө": "о", "Ө": "О", "ұ": "у", "Ұ": "У", "ү": "у", "Ү": "У", "һ": "х", "Һ": "Х",
                                 "і": "и", "І": "И", "ў": "у", "Ў": "У", "ҳ": "х", "Ҳ": "Х", "ҷ": "дж", "Ҷ": "Дж",
                                 "ӣ": "и", "Ӣ": "И", "ӯ": "у", "Ӯ": "У", "ї": "йи", "Ї": "Йи", "є": "е", "Є": "Е",
                                 "ґ": "г", "Ґ": "Г"})
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
        data = load_yaml(_GIVEN_FILE.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError):
        return {}
    out: dict[str, str] = {}
    for key, group in data.items() if isinstance(data, dict) else []:
        if key == "by_language":
            continue  # each language's own table, read by generator/text/foreign_names.py
        for ru, en in (group or {}).items():
            out[str(ru).replace("ё", "е")] = str(en)
    return out


# ---------------------------------------------------------------- Chinese names (Palladius -> pinyin)
# Russian writes Chinese names in the Palladius system (Си Цзиньпин, Сюй Цилян, Вэй Фэнхэ);
# English news writes pinyin (Xi Jinping, Xu Qiliang, Wei Fenghe). The two are syllable for
# syllable, so the pinyin is read back from the Russian: the table below is built from the
# pinyin initials and finals by the Palladius rules, and a name is read as Chinese only when its
# first word is a common Chinese surname and every word splits into Palladius syllables.
_PY_INITIALS = {"b": "б", "p": "п", "m": "м", "f": "ф", "d": "д", "t": "т", "n": "н", "l": "л", "g": "г", "k": "к",
                "h": "х", "j": "цз", "q": "ц", "x": "с", "zh": "чж", "ch": "ч", "sh": "ш", "r": "ж", "z": "цз", "c": "ц",
                "s": "с"}
_PY_FINALS = {"a": "а", "ai": "ай", "an": "ань", "ang": "ан", "ao": "ао", "e": "э", "ei": "эй", "en": "энь", "eng": "эн",
              "o": "о", "ou": "оу", "ong": "ун", "i": "и", "ia": "я", "iao": "яо", "ie": "е", "iu": "ю", "ian": "янь",
              "iang": "ян", "in": "инь", "ing": "ин", "iong": "юн", "u": "у", "ua": "уа", "uai": "уай", "uan": "уань",
              "uang": "уан", "ui": "уй", "un": "унь", "uo": "о", "ü": "юй", "üe": "юэ"}
_PY_ZERO = {"yi": "и", "ya": "я", "yao": "яо", "ye": "е", "you": "ю", "yan": "янь", "yang": "ян", "yin": "инь",
            "ying": "ин", "yong": "юн", "yu": "юй", "yue": "юэ", "yuan": "юань", "yun": "юнь", "wu": "у", "wa": "ва",
            "wai": "вай", "wan": "вань", "wang": "ван", "wei": "вэй", "wen": "вэнь", "weng": "вэн", "wo": "во",
            "a": "а", "ai": "ай", "an": "ань", "ang": "ан", "ao": "ао", "e": "э", "ei": "эй", "en": "энь", "eng": "эн",
            "er": "эр", "o": "о", "ou": "оу"}
_CN_SURNAMES = ("wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie "
                "song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lü ding "
                "ren shen yao lu cui zhong tan fan jin shi liao jia xia fu fang bai zou meng xiong qin qiu yin xue yan "
                "duan lei hou long tao mao hao gu gong shao wan qian kong chang qi shang wen ge bao kang zuo geng niu "
                "xi ou").split()


def _py_syllables() -> dict[str, str]:
    """Palladius spelling -> pinyin syllable, for the syllables the rules allow."""
    out: dict[str, str] = {}
    for py, ru in _PY_ZERO.items():
        out.setdefault(ru, py)
    for ini, ru_ini in _PY_INITIALS.items():
        for fin, ru_fin in _PY_FINALS.items():
            palatal = ini in ("j", "q", "x")
            if (palatal != fin.startswith(("i", "ü")) and not (fin.startswith("i") and ini in "bpmdtnl")
                    and not (fin == "i" and ini in ("z", "c", "s", "zh", "ch", "sh", "r"))):
                continue  # j, q, x only before i and ü; b, p, m, d, t, n, l also before i; zi, zhi, ri
            if ini in ("z", "c", "s", "zh", "ch", "sh", "r") and fin.startswith(("i", "ü")) and fin != "i":
                continue
            if fin.startswith("ü") and ini not in ("j", "q", "x", "n", "l"):
                continue
            if fin == "o" and ini not in ("b", "p", "m", "f"):
                continue
            if fin == "uo" and ini in ("b", "p", "m", "f"):
                continue
            py_fin, ru_f = fin, ru_fin
            if palatal and fin.startswith("ü"):
                py_fin = "u" + fin[1:]  # ju, que, xu
            elif ini in ("n", "l") and fin.startswith("ü"):
                py_fin = fin  # nü, lüe keep the umlaut
            if fin == "i" and ini in ("z", "c", "s"):
                ru_f = "ы"  # zi, ci, si: цзы, цы, сы
            if fin == "ui" and ini == "h":
                ru_f = "уэй"  # hui: хуэй
            if palatal and fin in ("uan", "un"):
                continue
            out.setdefault(ru_ini + ru_f, ini + py_fin)
    for ini in ("j", "q", "x"):  # juan, jun, xuan, xun: цзюань, цзюнь, сюань, сюнь
        out.setdefault(_PY_INITIALS[ini] + "юань", ini + "uan")
        out.setdefault(_PY_INITIALS[ini] + "юнь", ini + "un")
    return out


_PALLADIUS = _py_syllables()
_PALLADIUS_MAX = max(map(len, _PALLADIUS))
_CN_SURNAME_RU = {ru for ru, py in _PALLADIUS.items() if py in _CN_SURNAMES}


def _split_palladius(word: str, limit: int = 3) -> list[str] | None:
    """The pinyin syllables of one Russian word in Palladius spelling ("цзиньпин" -> jin, ping),
    fewest syllables first; None when it is no such word."""
    n = len(word)
    best: list[list[str] | None] = [None] * (n + 1)
    best[0] = []
    for i in range(n):
        if best[i] is None or len(best[i]) >= limit:
            continue
        for j in range(i + 1, min(n, i + _PALLADIUS_MAX) + 1):
            py = _PALLADIUS.get(word[i:j])
            if py and (best[j] is None or len(best[j]) > len(best[i]) + 1):
                best[j] = best[i] + [py]
    return best[n]


def palladius_syllables(word: str) -> int | None:
    """How many pinyin syllables one Russian word in Palladius spelling holds (fewest reading):
    "цзюнь" 1, "цилян" 2; None when it is no such word."""
    parts = _split_palladius(word.casefold().replace("ё", "е"), 3)
    return len(parts) if parts is not None else None


def chinese_name(name: str) -> str | None:
    """'Сюй Цилян' -> 'Xu Qiliang', 'Си Цзиньпин' -> 'Xi Jinping'; None for a name that is not a
    Chinese name in Palladius spelling (its first word must be a common Chinese surname)."""
    words = name.split()
    if not 2 <= len(words) <= 3:
        return None
    out = []
    for k, w in enumerate(words):
        low = w.casefold().replace("ё", "е")
        if k == 0 and low not in _CN_SURNAME_RU and low.replace("е", "э") not in _CN_SURNAME_RU:
            return None
        parts = _split_palladius(low, 1 if k == 0 else 3)
        if parts is None:
            parts = _split_palladius(re.sub(r"(?<=[вжшчцгкхфнлдтбпм])е", "э", low), 1 if k == 0 else 3)
        if parts is None:
            return None
        out.append("".join(parts).replace("ü", "u").capitalize())
    return " ".join(out)


# Vietnamese names written in Russian (the Kontsevich scheme): the common family names that start
# them, and the letters read back into Vietnamese spelling. Ли and Ха are left out: they start
# Korean and Chinese names as often.
_VN_SURNAMES = {"нгуен", "чан", "ле", "фам", "хоанг", "хюинь", "фан", "ву", "во", "данг", "буй", "до", "хо", "нго",
                "зыонг", "доан", "чыонг", "динь", "лам", "дао", "май", "тхай", "фунг", "чинь", "лыонг", "кхуат", "то"}
_VN_ONLY = {"нгуен", "хюинь", "зыонг", "чыонг", "лыонг", "нго", "хоанг", "кхуат", "тхай", "доан", "динь", "чинь", "фунг"}
_VN_WORDS = {"нгуен": "nguyen", "хюинь": "huynh", "уен": "uyen", "туен": "tuyen"}
_VN_LETTERS = [
    (re.compile(r"^ч"), "tr"), (re.compile(r"^ть"), "ch"), (re.compile(r"тх"), "th"), (re.compile(r"кх"), "kh"), (re.compile(r"нг"), "ng"),
    (re.compile(r"нь$"), "nh"), (re.compile(r"ть$"), "ch"), (re.compile(r"^ку(?=[аеиоэ])"), "qu"),
    (re.compile(r"з(?=и)"), "g"), (re.compile(r"з(?=[яюеэ])"), "gi"), (re.compile(r"ыо"), "uo"), (re.compile(r"й$"), "i"),
    # «ж» is the press's spelling of "gi" (Фан Ван Жанг: Phan Van Giang; Жа Лай: Gia Lai), "g" before и
    (re.compile(r"ж(?=и)"), "g"), (re.compile(r"ж(?=я)"), "gi"),
]
_VN_PLAIN = str.maketrans({"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "gi", "з": "d", "и": "i",
                           "й": "y", "к": "c", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "x",
                           "т": "t", "у": "u", "ф": "ph", "х": "h", "ц": "ts", "ч": "ch", "ш": "s", "ы": "u", "ь": "",
                           "э": "e", "ю": "yu", "я": "a", "ё": "o"})
_ONE_SYLLABLE = re.compile(r"[^аеёиоуыэюя]*[аеёиоуыэюя]+[^аеёиоуыэюя]*")


def vietnamese_name(name: str) -> str | None:
    """'Нго Суан Лить' -> 'Ngo Xuan Lich', 'Фан Ван Зянг' -> 'Phan Van Giang'; None for a name
    that is not a Vietnamese name in Russian spelling (a common family name first, then one to
    three more words of one syllable each; with one more word, only a family name no other
    language writes so)."""
    words = name.split()
    if not 2 <= len(words) <= 4 or words[0].casefold() not in _VN_SURNAMES:
        return None
    if len(words) == 2 and words[0].casefold() not in _VN_ONLY:
        return None  # "Ле Пен", "Фан Ли": two words need a family name no other language writes so
    out = []
    for w in words:
        low = w.casefold()
        if not _ONE_SYLLABLE.fullmatch(low):
            return None
        if low in _VN_WORDS:
            out.append(_VN_WORDS[low].capitalize())
            continue
        for pat, rep in _VN_LETTERS:
            low = pat.sub(rep, low)
        out.append(low.translate(_VN_PLAIN).capitalize())
    return " ".join(out)


# Romanian and Moldovan names written in Russian: a given name in "-ие" (Анатолие, Василие; a
# Russian one ends in "-ий") or a surname in "-еску"/"-эску"/"-ану"/"-яну" (Попеску, Бэсеску)
# marks one; the letters are read back into Romanian spelling without its diacritics (ы -> i of
# î, э -> a of ă, ц -> t of ț, ч before а -> "ce", before о/у -> "ci", к and г before e/i -> "ch", "gh").
_RO_MARK = re.compile(r"(?:еску|эску|ану|яну)$")
_RO_GIVEN = re.compile(r"(?<=[лр])ие$")  # the first word only: "Нарынские" is a Russian adjective
_RO_LETTERS = [
    (re.compile(r"дж(?=[еиэ])"), "g"), (re.compile(r"дж"), "ge"), (re.compile(r"ч(?=[еи])"), "c"), (re.compile(r"ч(?=а)"), "ce"), (re.compile(r"ч"), "ci"),
    (re.compile(r"к(?=[еи])"), "ch"), (re.compile(r"г(?=[еи])"), "gh"), (re.compile(r"(?<=[аеиоуыэюя])й(?=[аеиоуыэюя])"), "i"),
]
_RO_PLAIN = str.maketrans({"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "j", "з": "z", "и": "i",
                           "й": "i", "к": "c", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
                           "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "t", "ч": "c", "ш": "s", "щ": "st", "ы": "i",
                           "ь": "", "э": "a", "ю": "iu", "я": "ia", "ё": "io"})


def romanian_name(name: str) -> str | None:
    """'Анатолие Носатий' -> 'Anatolie Nosatii', 'Траян Бэсеску' -> 'Traian Basescu'; None for a
    name with no Romanian mark (see ``_RO_MARK``)."""
    words = name.split()
    if not 1 < len(words) <= 4 or not (_RO_GIVEN.search(words[0].casefold()) or any(_RO_MARK.search(w.casefold()) for w in words)):
        return None
    out = []
    for w in words:
        low = w.casefold()
        if not re.fullmatch(r"[а-яё-]+", low):
            return None
        for pat, rep in _RO_LETTERS:
            low = pat.sub(rep, low)
        out.append("-".join(x.capitalize() for x in low.translate(_RO_PLAIN).split("-")))
    return " ".join(out)


def transliterate(text: str) -> str:
    """Russian to Latin script, as English-language news writes names (Хренин -> Khrenin,
    Сергей Шойгу -> Sergei Shoigu, Хасан Рухани -> Hassan Rukhani, Сюй Цилян -> Xu Qiliang)."""
    import iuliia

    text = text.translate(_OTHER_CYRILLIC)
    cn = chinese_name(text.strip())
    if cn:
        return cn
    vn = vietnamese_name(text.strip())
    if vn:
        return vn
    ro = romanian_name(text.strip())
    if ro:
        return ro
    table = given_names()
    if table:
        text = _WORD.sub(lambda m: table.get(m.group(0).replace("ё", "е"), m.group(0)), text)
    for pat, rep in _NEWS_STYLE:
        text = pat.sub(rep, text)
    return iuliia.WIKIPEDIA.translate(text)

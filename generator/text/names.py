"""The family name of a person's name, by the name's structure, not by its last word.

Korean, Chinese and Vietnamese names are written family name first, in English as at home
(Kim Yong-hyun, Dong Jun, Phan Van Giang): their family name is the FIRST word. Taking the last
word files Kim Yong-hyun under "Yong-hyun" and names an event "…-yong-hyun-…". A name is read
as family name first when its first word is one of the common family names of those languages
and either the person serves one of those countries or the name's last word is shaped like a
Korean or Chinese given name (two syllables joined by a hyphen, the second in lower case:
``Won-sik``, ``Kai-shek``). Everything else (Western order, Russian, Turkic, Arabic names, and a
Korean name written Western-style, ``Yong-hyun Kim``) keeps its last word. A Malay or Arabic
name with a ``bin``/``binti`` chain (Mohamed Khaled bin Nordin) has no family name: the father's
name after ``bin`` is not the person's, who is filed and referred to by the own name before it (``Mohamed Khaled``).
"""

from __future__ import annotations

import re
import unicodedata

# Countries whose names are written family name first in English-language news.
FAMILY_FIRST = frozenset({"KR", "KP", "CN", "TW", "HK", "MO", "VN"})

# The common family names (romanised as English-language news writes them): most of each
# population carries one of these.
_KOREAN = ("kim lee yi rhee park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im han oh "
           "seo suh shin sin kwon hwang ahn an song yoo yu ryu hong jeon jun chun ko koh moon mun yang son sohn "
           "bae baek paik heo hur nam noh roh ha kwak sung seong cha joo ju woo min na jin ji eom um chae won "
           "pyo bang byun pyun gil ma ban hyun wi")
_CHINESE = ("wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie "
            "song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding "
            "ren shen yao fan fang shi xi qin jia wen mao hou hao kong qiu qian tan lai lei long duan jin "
            "chang chiang chou hsu tsai wong chan cheung leung lau ng tse yeung kwok")
_VIETNAMESE = ("nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly doan truong dinh lam dao "
               "mai thai phung trinh luong khuat to")
FAMILY_NAMES = frozenset((_KOREAN + " " + _CHINESE + " " + _VIETNAMESE).split())

_GIVEN_SHAPE = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{2,6}")


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn").casefold()


def family_first(name: str, country: str | None = None) -> bool:
    """True when ``name`` is written family name first (``Kim Yong-hyun``, ``Phan Van Giang``)."""
    words = name.split()
    if not 2 <= len(words) <= 4 or _plain(words[0]).strip(".,") not in FAMILY_NAMES:
        return False
    return country in FAMILY_FIRST or bool(_GIVEN_SHAPE.fullmatch(words[-1]))


def family_name(name: str, country: str | None = None) -> str:
    """The family name: the first word of a name written family name first, else the last word."""
    words = name.split()
    if not words:
        return ""
    low = [w.casefold() for w in words]
    for link in ("bin", "binti", "bint", "ibn", "bte"):
        if link in low[1:]:
            return " ".join(words[:low.index(link, 1)])
    return words[0] if family_first(name, country) else words[-1]


_CYRILLIC = re.compile("[\u0400-\u04ff]")


def plain_latin(name: str) -> str | None:
    """A Latin name as typed without its marks (``Władysław Kosiniak-Kamysz`` ->
    ``Wladyslaw Kosiniak-Kamysz``, ``Zielińska`` -> ``Zielinska``), the form a reader searches
    for on an English keyboard; None when the name has no marks or is not in Latin script."""
    from text_unidecode import unidecode

    if _CYRILLIC.search(name) or name.isascii():
        return None
    plain = unidecode(name)
    return plain if plain != name and plain.strip() else None

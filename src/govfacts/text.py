"""Text folding shared by the index and the queries: one function decides what "the same text" means.

Kept free of heavy imports: it runs on every query.
"""

from __future__ import annotations

import re
import unicodedata

# Administrative suffixes, longest first, that a short form drops: 衢州市 → 衢州. A suffix that
# would leave fewer characters than its minimum gives way to a shorter one: 清新区 is 清新, not
# 清; 碑林区 and 万柏林区 are districts called 碑林 and 万柏林, 神农架林区 is a forest district.
LEVEL_SUFFIXES = (
    "特别行政区", "自治区", "自治州", "自治县", "自治旗", "街道", "地区", "林区", "新区",
    "省", "市", "县", "区", "盟", "旗", "镇", "乡", "村",
)  # fmt: skip
_LEAVES = {"林区": 3}  # how many characters a suffix must leave (2 unless said here)
# The peoples an autonomous place is named for, which its short form drops too:
# 恩施土家族苗族自治州 → 恩施, 喀喇沁左翼蒙古族自治县 → 喀喇沁左翼, 龙胜各族自治县 → 龙胜.
_PEOPLE_NAMES = (
    "蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|"
    "东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|"
    "俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各"
)
_PEOPLES = re.compile("(?:(?:" + "|".join(sorted(_PEOPLE_NAMES.split("|"), key=len, reverse=True)) + ")族?)+")
_SPACE = re.compile(r"\s+")
_NOT_WORD = re.compile(r"[^0-9a-z]+")

# Letters that print as nothing at all (Hangul fillers, the blank Braille pattern): a name of
# only these would show as blank, so they count as no text, as white space does.
FILLERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")
# Categories of characters that are not text to show: controls, format characters (bidi
# marks, zero-width and invisible operators, soft hyphen, BOM, tags), separators of lines
# and paragraphs, surrogates, private use and unassigned code points.
HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


def hidden(ch: str) -> bool:
    """Whether a character shows nothing, or does something, instead of being seen."""
    return ch in FILLERS or unicodedata.category(ch) in HIDDEN_CATEGORIES


def blank(text: str) -> bool:
    """Whether the text shows nothing: only white space and hidden characters."""
    rest = text.lstrip()
    if rest and not hidden(rest[0]):  # the usual case: the first character shows
        return False
    return all(ch.isspace() or hidden(ch) for ch in rest)


def fold(text: str, charmap: dict[str, str] | None = None) -> str:
    """Fold full-width forms, case, white space and (given a map) traditional characters."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = _SPACE.sub("", text)
    if charmap:
        text = "".join(charmap.get(ch, ch) for ch in text)
    return text


def is_latin(text: str) -> bool:
    """True when the text is written in Latin letters (pinyin), perhaps with tone marks."""
    stripped = strip_tones(text)
    return bool(stripped) and stripped.isascii() and any(c.isalpha() for c in stripped)


def strip_tones(text: str) -> str:
    """Qū Zhōu → Qu Zhou; ü → u."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def latin_key(text: str) -> str:
    """The key pinyin is compared by: no tones, spaces, digits for tones or capitals."""
    return _NOT_WORD.sub("", re.sub(r"[1-5]", "", strip_tones(text).lower()))


def short_forms(name: str, loose: bool = True) -> list[str]:
    """The shorter names a place goes by, best first: 衢州市 → [衢州]; 内蒙古自治区 → [内蒙古];
    恩施土家族苗族自治州 → [恩施州, 恩施]; none where fewer than two characters would remain.

    An autonomous prefecture, county or banner keeps its level's character (恩施州, 长阳县);
    its bare stem (恩施, 长阳, which other places may also go by: 河南 is a province and a
    county) is a looser form, left out with `loose=False`. The one rule for short forms: the
    index's lookup keys (index/names.py, and so the gazetteer's keys.tsv) and the drafter's
    place finder (extract/gazetteer_match.py) both use it.
    """
    out: list[str] = []
    for suffix in LEVEL_SUFFIXES:
        if not name.endswith(suffix) or len(name) - len(suffix) < _LEAVES.get(suffix, 2):
            continue
        stem = name[: -len(suffix)]
        if "自治" in suffix:  # the stem's own characters, without the peoples it is named for
            own = next((stem[:k] for k in range(2, len(stem)) if _PEOPLES.fullmatch(stem[k:])), None)
            stem = own or (stem[:-1] if stem.endswith("族") else stem)  # 鄂温克族自治旗 → 鄂温克
            if suffix != "自治区":
                out.append(stem + suffix[-1])
                if not loose:
                    break
        out.append(stem)
        break
    return [s for s in dict.fromkeys(out) if s != name and len(s) >= 2]


def like_escape(text: str) -> str:
    """Escape LIKE's wildcards so that query text always matches literally (ESCAPE '\\')."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def subsequence_pattern(text: str) -> str:
    """A LIKE pattern that matches the characters of `text` in order, anything between."""
    return "%" + "%".join(like_escape(ch) for ch in text) + "%"


def clean(text: str) -> str:
    """Text made safe for a terminal: line breaks and tabs become spaces, and every hidden
    character (controls, bidi and other format characters, fillers: text.hidden) a visible
    escape such as \\x1b or \\u202e."""
    text = text.replace("\n", " ").replace("\t", " ")
    if text.isprintable() and not FILLERS.intersection(text):  # the usual case, checked in C
        return text
    return "".join(_escape(ch) if hidden(ch) else ch for ch in text)


def _escape(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"

"""Text folding shared by the index and the queries: one function decides what "the same text" means.

Kept free of heavy imports: it runs on every query.
"""

from __future__ import annotations

import re
import unicodedata

# Administrative suffixes, longest first, that a short form drops: 衢州市 → 衢州.
LEVEL_SUFFIXES = ("自治县", "自治州", "街道", "地区", "省", "市", "县", "区", "镇", "乡", "村")
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


def short_name(name: str) -> str | None:
    """The name without its administrative suffix, when at least two characters remain."""
    for suffix in LEVEL_SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return None


def like_escape(text: str) -> str:
    """Escape LIKE's wildcards so that query text always matches literally (ESCAPE '\\')."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def subsequence_pattern(text: str) -> str:
    """A LIKE pattern that matches the characters of `text` in order, anything between."""
    return "%" + "%".join(like_escape(ch) for ch in text) + "%"

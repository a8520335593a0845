"""One character for another: the forms a page may write a character in, folded to one.

Full-width ASCII (，；：（）！？％０-９Ａ-Ｚ, U+FF01–U+FF5E) becomes its ASCII twin and the
ideographic space a space, one character for one, so that every position in the folded
text is the position of the same character on the page and quotes stay the page's own.
Chinese punctuation with no ASCII twin (、。“”《》) is kept. Traditional characters become
simplified ones the same way (simplify), by OpenCC, imported when first needed.
"""

from __future__ import annotations

from functools import lru_cache

_HALF = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_HALF[0x3000] = 0x20


def half_width(text: str) -> str:
    """Full-width ASCII forms and the ideographic space as plain ASCII, one for one."""
    return text.translate(_HALF)


@lru_cache(maxsize=1)
def _converter():  # noqa: ANN202 - OpenCC has no type stubs
    import opencc

    return opencc.OpenCC("t2s")


def simplify(text: str) -> str:
    """Traditional characters to simplified, one character for one."""
    if not text:
        return text
    out = _converter().convert(text)
    if len(out) == len(text):
        return out
    conv = _converter()
    return "".join(c if len(s := conv.convert(c)) != 1 else s for c in text)

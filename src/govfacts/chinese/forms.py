"""One character for another: the forms a page may write a character in, folded to one.

Full-width ASCII (，；：（）！？％０-９Ａ-Ｚ, U+FF01–U+FF5E) becomes its ASCII twin and the
ideographic space a space, one character for one, so that every position in the folded
text is the position of the same character on the page and quotes stay the page's own.
Chinese punctuation with no ASCII twin (、。“”《》) is kept.
"""

from __future__ import annotations

_HALF = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_HALF[0x3000] = 0x20


def half_width(text: str) -> str:
    """Full-width ASCII forms and the ideographic space as plain ASCII, one for one."""
    return text.translate(_HALF)

"""Paragraphs back from a laid-out page: the lines of a PDF's text layer joined where they were
wrapped, the page numbers and running headers dropped, the pages in order.

Light (standard library only), and all on text: a PDF reader hands over each page's lines, and
this decides, from the lines alone, which are furniture and where a paragraph ends.

- **Furniture.** A line at the top or bottom of a page (its first or last three) that, with its
  digits masked, stands once, in the same place (first line, last but one …), on at least
  half the pages (two at least) is a running header or footer; a line at an edge that is only a page number (3, - 3 -, 第3页, 3/20,
  Page 3 of 20) is a page number. Both are dropped; a line in the middle of a page never is.
- **Paragraphs.** A line ends its paragraph when it is visibly shorter (6%) than a full line (a
  full line is the 90th percentile of the lines' widths, indentation included, CJK characters
  counting two) and the next line's first word would have fitted in the room left, or
  when the next line begins indented (two spaces, or a full-width space). Joined lines meet
  without a space, except between two Latin words.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_EDGE = 3
# A line narrower than a full one by more than this share of it (or 1.5 CJK characters) ends its
# paragraph: widths are guessed from the characters, not measured in the font, so full lines
# differ by a few per cent.
_SHORT = 0.06
_PAGE_NUMBER = re.compile(
    r"[-—–－―·•\s]*(?:第\s*)?(?:\d{1,4}|[ivxlcdm]{1,6})\s*(?:页)?\s*(?:(?:/|of|共)\s*\d{1,4}\s*页?)?[-—–－―·•\s]*"
    r"|(?:page|p\.)\s*\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"[0-9０-９]+")
_INDENT = re.compile(r"^(?:\u3000|\s{2,})")
_LATIN = re.compile(r"[A-Za-z0-9]")
_FIRST_WORD = re.compile(r"[A-Za-z0-9.%,:/+\-]+|.")


@dataclass
class Layout:
    """The paragraphs of the pages, one a line, and what was done to get them."""

    text: str
    pages: int
    headers: int = 0  # running header and footer lines dropped
    numbers: int = 0  # page numbers dropped
    joined: int = 0  # line ends joined back into their paragraph
    empty_pages: tuple[int, ...] = ()  # 1-based numbers of the pages with no text


def width(line: str) -> int:
    """How wide a line is drawn: a CJK character counts two (wide, full-width, and the punctuation a
    Chinese font draws full width: “”、…), others one."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WFA" else 1 for ch in line)


def _key(line: str) -> str:
    return _DIGITS.sub("#", "".join(line.split()))


def _edges(lines: list[str]) -> list[tuple[int, str]]:
    """The (position, key) of each line at the page's edges: 0, 1, 2 from the top, -1, -2, -3 from
    the bottom; a key standing twice on the page is none (a header runs once a page)."""
    keys = [_key(line) for line in lines]
    n = len(keys)
    out = [(i, k) for i, k in enumerate(keys[:_EDGE])] + [(i - n, keys[i]) for i in range(max(0, n - _EDGE), n)]
    return [(pos, k) for pos, k in out if keys.count(k) == 1]


def _furniture(pages: list[list[str]]) -> tuple[list[list[str]], int, int]:
    """The pages without their running headers, footers and page numbers (only at their edges)."""
    counts: dict[tuple[int, str], int] = {}
    for lines in pages:
        for edge in set(_edges(lines)):
            counts[edge] = counts.get(edge, 0) + 1
    texty = [p for p in pages if p]
    running = {e for e, n in counts.items() if len(texty) >= 2 and n >= max(2, (len(texty) + 1) // 2)}
    out, headers, numbers = [], 0, 0
    for lines in pages:
        n = len(lines)
        kept = []
        for i, line in enumerate(lines):
            at_edge = i < _EDGE or i >= n - _EDGE
            key = _key(line)
            if at_edge and _PAGE_NUMBER.fullmatch(line.strip()):
                numbers += 1
            elif at_edge and ((i, key) in running or (i - n, key) in running):
                headers += 1
            else:
                kept.append(line)
        out.append(kept)
    return out, headers, numbers


def _full_width(lines: list[str]) -> int:
    widths = sorted(width(line.rstrip()) for line in lines if line.strip())
    if not widths:
        return 0
    return widths[min(len(widths) - 1, int(len(widths) * 0.9))]


def _short(line: str, nxt: str, full: int) -> bool:
    """Whether `line` stops short of a full line by more than the slack, and by more than the next
    line's first word needs (a number or a Latin word too long for the room left is carried
    over whole: that line ends short, yet its paragraph goes on)."""
    gap = full - width(line.rstrip())
    word = _FIRST_WORD.match(nxt.strip())
    return gap > max(3, full * _SHORT, width(word.group(0)) if word else 0)


def _meet(left: str, right: str) -> str:
    """Two wrapped lines joined: a space only between Latin words (a typesetter breaks a line
    between them, never inside a word or a number)."""
    latin = bool(left and right and _LATIN.match(left[-1]) and _LATIN.match(right[0]))
    if latin and not (left[-1].isdigit() and right[0].isdigit()):
        return left + " " + right
    return left + right


def paragraphs(page_texts: list[str]) -> Layout:
    """The text of a document whose pages' text is `page_texts`, one paragraph a line."""
    pages = [[line.rstrip() for line in text.splitlines() if line.strip()] for text in page_texts]
    empty = tuple(n for n, lines in enumerate(pages, 1) if not lines)
    pages, headers, numbers = _furniture(pages)
    lines = [line for page in pages for line in page]
    full = _full_width(lines)
    out: list[str] = []
    current: str | None = None
    joined = 0
    for n, line in enumerate(lines):
        text = line.strip()
        if current is None:
            current = text
        else:
            current = _meet(current, text)
            joined += 1
        nxt = lines[n + 1] if n + 1 < len(lines) else None
        ends = nxt is None or _INDENT.match(nxt) is not None or _short(line, nxt, full)
        if ends:
            out.append(current)
            current = None
    return Layout("\n".join(out) + ("\n" if out else ""), len(page_texts), headers, numbers, joined, empty)

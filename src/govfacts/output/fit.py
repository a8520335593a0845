"""Fitting a table to a terminal: which columns it keeps, how wide each is, where cells break.

Each column says how its cells may break (`Column.fit`):

- "key": ids, periods, figures, places. Never broken inside a word: a cell breaks only at
  its spaces (2025年1至11月 / (2025-01/2025-11)), and the column never gets narrower than
  its longest word.
- "label": a source id. Shortened to fit, ending in …; the full id is in `fact` and JSON.
- "text": names and bases. Wrap anywhere between characters, but never inside a run of
  digits or Latin letters, never with 。，、） at the start of a line or （“ at the end.
- "long": summaries and quotes. Wrap as text, cut with … after a few lines.

A table too wide for the terminal gives up width in stages (see `widths`): text wraps
and keys break at their spaces first; labels are shortened only when text is already
narrow; only a terminal too narrow for all of that cuts keys, with ….
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rich.cells import cell_len

from govfacts.output import labels

# Characters a line may not start with, and characters it may not end with (Chinese line breaking).
NO_START = frozenset("。，、；：？！）」』”’》〉】…%‰·．,.;:?!)]}")
NO_END = frozenset("（「『“‘《〈【([{")
ELLIPSIS = "…"
# Between two columns, in cells.
GAP = 2
# How many lines a long cell may take.
LONG_LINES = 3
_UNITS = re.compile(r"[A-Za-z0-9.%‰\-/_:+·]+| +|.", re.S)


def cut(text: str, width: int) -> str:
    """`text` in at most `width` cells, ending in … if it had to be shortened."""
    if cell_len(text) <= width:
        return text
    out, used = "", 0
    for ch in text:
        if used + cell_len(ch) > width - 1:
            break
        out, used = out + ch, used + cell_len(ch)
    return out.rstrip() + ELLIPSIS


def wrap_text(text: str, width: int, whole: Sequence[str] = ()) -> list[str]:
    """Lines of at most `width` cells, broken between characters as Chinese text is, but never
    inside one of the words `whole` names (a list's place names: 长阳土家族自治县)."""
    lines: list[list[str]] = [[]]
    used = 0
    units = _UNITS if not whole else re.compile("|".join(re.escape(w) for w in sorted(set(whole), key=len, reverse=True) if w) + "|" + _UNITS.pattern, re.S)
    for unit in units.findall(text):
        size = cell_len(unit)
        if used + size <= width:
            lines[-1].append(unit)
            used += size
            continue
        if unit.isspace():  # a break here: the space goes, and a “ before it goes down
            marks = _opening_marks(lines[-1])
            lines.append(marks)
            used = sum(cell_len(u) for u in marks)
            continue
        if size > width:  # one word wider than the column: it has to break
            for ch in unit:
                if used + cell_len(ch) > width:
                    lines.append([])
                    used = 0
                lines[-1].append(ch)
                used += cell_len(ch)
            continue
        line = lines[-1]
        carried: list[str] = []
        while unit[0] in NO_START and len(line) > 1:  # 。 may not start a line: take a character down
            carried.insert(0, line.pop())  # with it (and another, while that one may not start one)
            if carried[0][0] not in NO_START:
                break
        carried[:0] = _opening_marks(line)  # nor may “ end one
        while carried and sum(cell_len(u) for u in carried) + size > width:  # no room for them all:
            line.append(carried.pop(0))  # carry what fits, the rest stays where it came
        lines.append(carried + [unit])
        used = sum(cell_len(u) for u in lines[-1])
    return ["".join(line).strip() for line in lines if "".join(line).strip()] or [""]


def _opening_marks(line: list[str]) -> list[str]:
    """The “ and （ that end a line, taken off it to begin the next; spaces among them go."""
    taken: list[str] = []
    while len(line) > 1 and (line[-1].isspace() or line[-1][-1] in NO_END):
        unit = line.pop()
        if not unit.isspace():
            taken.insert(0, unit)
    return taken


def wrap_words(text: str, width: int) -> list[str]:
    """Lines of at most `width` cells, broken only at spaces; a longer word is cut with …."""
    lines: list[str] = []
    for word in _words(text):
        if lines and cell_len(lines[-1]) + 1 + cell_len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(cut(word, width))
    return lines or [""]


def _words(text: str) -> list[str]:
    """The words of a cell; an indent stays with the first (the tree of `regions`)."""
    body = text.lstrip(" ")
    words = body.split(" ")
    words[0] = text[: len(text) - len(body)] + words[0]
    return words


def _longest_word(text: str) -> int:
    return max((cell_len(w) for w in _words(text)), default=0)


def widest(headers: Sequence[str], cells: Sequence[Sequence[str]]) -> list[int]:
    """Each column's natural width: its widest cell or header, nothing broken."""
    return [max([cell_len(h)] + [cell_len(row[i]) for row in cells]) for i, h in enumerate(headers)]


def _stages(fits: Sequence[str], headers: Sequence[str], cells: Sequence[Sequence[str]]) -> list[list[int]]:
    """Each column's natural width, then its floor at each stage of giving up width (see widths)."""
    n = len(headers)
    natural = widest(headers, cells)
    word = [max([cell_len(headers[i])] + [_longest_word(row[i]) for row in cells]) for i in range(n)]

    def floor_at(wide: dict[str, int]) -> list[int]:
        return [
            word[i] if fits[i] == "key" else min(natural[i], max(cell_len(headers[i]), wide.get(fits[i], natural[i])))
            for i in range(n)
        ]

    return [
        natural,
        floor_at({"text": 12, "long": 20}),
        floor_at({"text": 8, "long": 10}),
        floor_at({"text": 8, "long": 10, "label": 8}),
        floor_at({"text": 4, "long": 4, "label": 8}),
        [min(2, natural[i]) for i in range(n)],
    ]


def kept(
    fits: Sequence[str], optional: Sequence[bool], headers: Sequence[str], cells: Sequence[Sequence[str]], room: int
) -> list[int]:
    """The columns to show in `room` cells (GAP apart): optional ones go, rightmost first,
    while the others could not fit without text narrower than four characters."""
    keep = list(range(len(headers)))
    while True:
        floor = _stages([fits[i] for i in keep], [headers[i] for i in keep], [[r[i] for i in keep] for r in cells])[3]
        spare = [i for i in keep if optional[i]]
        if sum(floor) + GAP * (len(keep) - 1) <= room or not spare:
            return keep
        keep.remove(spare[-1])


def widths(fits: Sequence[str], headers: Sequence[str], cells: Sequence[Sequence[str]], room: int) -> list[int]:
    """The width of each column, so that together they take at most `room` cells if they can.

    Columns give up width in stages, each down to a floor, the column furthest above its
    floor first: text to 12 cells and keys to their longest word; then text to 8; then
    labels to 8 (cut with …); then text to 4; then, if nothing else is left, anything.
    """
    natural, *stages = _stages(fits, headers, cells)
    width = list(natural)
    excess = sum(width) + GAP * (len(width) - 1) - room
    for floor in stages:
        while excess > 0:
            i = max(range(len(width)), key=lambda k: width[k] - floor[k])
            if width[i] <= floor[i]:
                break
            width[i] -= 1
            excess -= 1
    return width


def lines_of(text: str, fit: str, width: int) -> list[str]:
    """One cell broken into lines of at most `width` cells, as its column's `fit` allows."""
    if cell_len(text) <= width:
        return [text]
    if fit == "label":
        return [cut(text, width)]
    if fit == "key":
        return wrap_words(text, width)
    mark = labels.review_mark().strip()
    lines = wrap_text(text, width, [mark] if mark in text else [])  # (（待复核） is one word: never 待 / 复核)
    if fit == "long" and len(lines) > LONG_LINES:
        lines = lines[: LONG_LINES - 1] + [cut("".join(lines[LONG_LINES - 1 :]), width)]
    return lines


def used(headers: Sequence[str], cells: Sequence[Sequence[Sequence[str]]]) -> list[int]:
    """The width each column needs for its header and its cells' lines, once they are broken."""
    return [max([cell_len(h)] + [cell_len(line) for row in cells for line in row[i]]) for i, h in enumerate(headers)]


def nonempty(cells: Sequence[Sequence[str]], count: int) -> list[int]:
    """The columns with a value in at least one row."""
    return [i for i in range(count) if any(row[i] for row in cells)]

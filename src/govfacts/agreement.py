"""Whether the values that pages state of one figure agree, given their qualifiers.

A stated value is a set of numbers: 4211亿元 is one number, 突破4000亿元 every number over
4000, 约三成 the numbers within a tenth of 30%, 5%—5.5% a range. Two statements agree when
their sets meet, so 突破4000亿元 and 4211亿元 agree and 超2000 and 1900 do not; but two
that hedge alike around different numbers (5%左右 and 4.5%左右, 超2000 and 超2500) state
different figures, each page its own round number, and differ. A qualifier speaks of the
figure's size: 下降超30% (value -30, more_than) is every fall of more than 30%, below -30.

Used by the index (whether a figure's values differ), by records (agrees_with and
conflicts_with) and by table rows (which value a row shows).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

INF = float("inf")
# How far 约 (about) reaches either side of the number, as a share of it.
ABOUT = 0.1


@dataclass(frozen=True)
class Bounds:
    """The numbers a statement allows: low to high, each end in the set or not."""

    low: float
    high: float
    low_in: bool = True
    high_in: bool = True
    # how the page hedged (a qualifier, "range", or None for a plain number), and around what
    hedge: tuple[str, float] | None = field(default=None, compare=False)

    def meets(self, other: Bounds) -> bool:
        """Whether some number is in both."""
        return self.both(other) is not None

    def both(self, other: Bounds) -> Bounds | None:
        """The numbers in both, or None when there are none."""
        if (self.low, not self.low_in) >= (other.low, not other.low_in):
            low, low_in = self.low, self.low_in
        else:
            low, low_in = other.low, other.low_in
        if (self.high, self.high_in) <= (other.high, other.high_in):
            high, high_in = self.high, self.high_in
        else:
            high, high_in = other.high, other.high_in
        if low < high or (low == high and low_in and high_in):
            return Bounds(low, high, low_in, high_in)
        return None

    @property
    def width(self) -> float:
        return self.high - self.low


def bounds(value: float | None, qualifier: str | None = None, high: float | None = None) -> Bounds | None:
    """The numbers a stated value allows; None for a statement with no number."""
    if value is None:
        return None
    if high is not None:
        return Bounds(min(value, high), max(value, high), hedge=("range", value))
    size = abs(value)
    if qualifier == "at_least":
        own = Bounds(size, INF)
    elif qualifier == "more_than":
        own = Bounds(size, INF, low_in=False)
    elif qualifier == "at_most":
        own = Bounds(0.0, size)
    elif qualifier == "less_than":
        own = Bounds(0.0, size, high_in=False)
    elif qualifier == "about":
        own = Bounds(size * (1 - ABOUT), size * (1 + ABOUT))
    else:
        return Bounds(value, value)
    if value < 0:
        own = Bounds(-own.high, -own.low, own.high_in, own.low_in)
    return replace(own, hedge=(qualifier, value))


def agree(a: Bounds | None, b: Bounds | None) -> bool:
    """Whether two statements' values can be the same number (two without a number agree)."""
    if a is None or b is None:
        return a is None and b is None
    if a == b and a.hedge == b.hedge:  # the same words (even 低于0, which no number meets)
        return True
    if a.hedge and b.hedge and a.hedge[0] == b.hedge[0] and a.hedge != b.hedge:
        return False
    return a.meets(b)


def all_agree(stated: Sequence[Bounds | None]) -> bool:
    """Whether every two statements agree."""
    return all(agree(a, b) for i, a in enumerate(stated) for b in stated[i + 1 :])


def clusters(stated: Sequence[Bounds | None]) -> list[list[int]]:
    """The statements (by index) in groups that agree, the most precise first in each and the
    groups in the order of their first statement. A statement joins the first group all of
    whose statements it agrees with."""
    order = sorted(range(len(stated)), key=lambda i: (_width(stated[i]), i))
    groups: list[list[int]] = []
    for i in order:
        for members in groups:
            if all(agree(stated[i], stated[j]) for j in members):
                members.append(i)
                break
        else:
            groups.append([i])
    return sorted(groups, key=min)


def _width(b: Bounds | None) -> float:
    return INF if b is None else b.width

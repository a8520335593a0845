"""How values read to people: as the page prints them (14700余件, 4282个), else one plain form.

A figure is written the way its quote states it whenever the quote has it. Otherwise, or
with `scale`, the number is written in one form: digits as they stand (4282个, 14700余件),
or, with `scale`, in 万 and 亿 where that is exact (1.47万余件, 8.36亿元).
"""

from __future__ import annotations

from decimal import Decimal

_SCALES = ((Decimal(100_000_000), "亿"), (Decimal(10_000), "万"))


def number_text(value: float | int, scale: bool = False) -> str:
    """A number in digits (14700, 0.5); with `scale`, in 万 and 亿 where exact to two decimals."""
    d = Decimal(str(value))
    if d == d.to_integral_value():
        d = d.quantize(Decimal(1))
    if scale:
        for size, suffix in _SCALES:
            if abs(d) >= size:
                scaled = (d / size).normalize()
                exponent = scaled.as_tuple().exponent
                if isinstance(exponent, int) and exponent >= -2:  # at most two decimals: 8.36亿 (not NaN or ∞)
                    return _plain(scaled) + suffix
    return _plain(d)


def _plain(d: Decimal) -> str:
    if d == d.to_integral_value():
        return str(int(d))
    return f"{d.normalize():f}"


def value_text(
    value: float | int,
    unit: str,
    measure: str,
    qualifier: str | None = None,
    printed: str | None = None,
    scale: bool = False,
    high: float | int | None = None,
) -> str:
    """An indicator's value as people read it: the arrow of a change, then the figure.

    The figure is `printed` (as the quote states it) unless `scale` asks for 万 and 亿. A
    range (`high`, its upper end) reads 5%—5.5%; a fall of 2%—3% reads ↓2%—3%.
    """
    arrow = ""
    if measure == "change":
        sign = value if high is None or (value < 0) == (high < 0) else 0
        arrow = "↓" if sign < 0 else "↑" if sign > 0 else "±"
    if printed and not scale:
        return arrow + printed
    if high is not None:
        ends: tuple[float, float] = (value, high)
        if measure == "change" and (value < 0) == (high < 0):
            low, top = sorted((abs(value), abs(high)))
            ends = (low, top)
        first, last = (number_text(e, scale) for e in ends)
        number = f"{first}{unit}—{last}" if unit in ("%", "‰") else f"{first}—{last}"
        return arrow + _qualified(number, unit, qualifier)
    number = number_text(abs(value) if measure == "change" else value, scale)
    return arrow + _qualified(number, unit, qualifier)


def _qualified(number: str, unit: str, qualifier: str | None) -> str:
    """A number with its unit and qualifier, in the words reports use: 14700余件, 5%以内, 约三成."""
    if qualifier == "more_than":
        body = f"{number}余{unit}" if unit not in ("%", "‰") else f"超{number}{unit}"
    elif qualifier == "at_least":
        body = f"{number}{unit}以上"
    elif qualifier == "at_most":
        body = f"{number}{unit}以内"
    elif qualifier == "less_than":
        body = f"不足{number}{unit}"
    elif qualifier == "about":
        body = f"约{number}{unit}"
    else:
        body = f"{number}{unit}"
    return body

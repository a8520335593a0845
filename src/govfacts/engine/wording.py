"""How values read to people: ↓15.9%, 1,725个, 19万余次, 8.36亿元."""

from __future__ import annotations

from decimal import Decimal

_SCALES = ((Decimal(100_000_000), "亿"), (Decimal(10_000), "万"))


def number_text(value: float | int) -> str:
    """A number as the pages write it: thousands separators, 万 and 亿 where they are exact."""
    d = Decimal(str(value))
    if d == d.to_integral_value():
        d = d.quantize(Decimal(1))
    for scale, suffix in _SCALES:
        if abs(d) >= scale:
            scaled = (d / scale).normalize()
            if scaled.as_tuple().exponent >= -2:  # at most two decimals: 8.36亿
                return _plain(scaled) + suffix
    return _plain(d)


def _plain(d: Decimal) -> str:
    if d == d.to_integral_value():
        return f"{int(d):,}"
    return f"{d.normalize():,f}"


def value_text(value: float | int, unit: str, measure: str, qualifier: str | None = None) -> str:
    """An indicator's value in words people read: the arrow for changes, the qualifier in Chinese."""
    number = number_text(abs(value) if measure == "change" else value)
    arrow = ""
    if measure == "change":
        arrow = "↓" if value < 0 else "↑" if value > 0 else "±"
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
    return arrow + body

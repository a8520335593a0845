"""`metric --chart` and `compare --chart`: horizontal bars, scaled within each unit so that like is
compared with like."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from govfacts.output import labels
from govfacts.output.env import Env, clean

WIDTH = 40
EIGHTHS = ("", "▏", "▎", "▍", "▌", "▋", "▊", "▉")
LABEL_KEYS = ("region", "name", "period")


def bar(value: float, top: float) -> str:
    """A bar of eighth-blocks, `value` against the group's largest `top`; never empty."""
    eighths = round(abs(value) / top * WIDTH * 8)
    return ("█" * (eighths // 8) + EIGHTHS[eighths % 8]) or "▏"


def write_chart(env: Env, rows: Iterable[dict[str, Any]], cap: int | None) -> None:
    """At most `cap` indicators (None: all) as bars, one group per unit, measure, basis and status,
    each scaled on its own: bars compare like with like (a 同比 fall is not set beside a fall since
    2020, nor a target beside a result)."""
    from rich.cells import cell_len

    groups: dict[tuple[str, str, str, str], list[dict[str, Any]]] = {}
    for n, r in enumerate(rows):
        if cap is not None and n >= cap:
            break
        groups.setdefault((r["unit"], r["measure"], r.get("basis") or "", r.get("status") or "actual"), []).append(r)
    for (unit, measure, basis, status), members in groups.items():
        top = max(abs(r["value"]) for r in members) or 1
        names = [clean(" ".join(str(r.get(k) or "") for k in LABEL_KEYS)) for r in members]
        pad = max(cell_len(n) for n in names)
        env.text(labels.chart_heading(unit, measure, basis, status), "bold")
        for r, name in zip(members, names, strict=True):
            drawn = bar(r["value"], top)
            text = f"{name}{' ' * (pad - cell_len(name))}  {drawn} {clean(r['value_text'])}"
            _write(env, text, pad + 2, len(drawn), r["value"], measure)


def write_grid_chart(env: Env, places: Sequence[str], columns: Sequence[tuple[str, Sequence[dict[str, Any] | None]]]) -> None:
    """`compare --chart`: for each column (its label, and one figure row or None per place), the
    places' bars, scaled within the column (one name, period, basis, status and unit); a place
    without a number shows its text, or — ."""
    from rich.cells import cell_len

    pad = max((cell_len(clean(p)) for p in places), default=0)
    for label, cells in columns:
        numbers = [abs(c["value"]) for c in cells if c and c.get("value") is not None]
        top = max(numbers, default=0) or 1
        env.text(f"[{clean(label)}]", "bold")
        for place, c in zip(places, cells, strict=True):
            name = clean(place)
            drawn = bar(c["value"], top) if c and c.get("value") is not None else ""
            text = clean(c["value_text"]) if c else labels.MISSING
            line = f"{name}{' ' * (pad - cell_len(name))}  {drawn + ' ' if drawn else ''}{text}"
            _write(env, line, pad + 2, len(drawn), (c or {}).get("value") or 0, (c or {}).get("measure", ""))


def _write(env: Env, text: str, start: int, length: int, value: float, measure: str) -> None:
    if env.terminal:
        from rich.text import Text

        line = Text(text)
        colour = "red" if value < 0 else "green" if measure == "change" else "cyan"
        line.stylize(colour, start, start + length)
        env.console().print(line)
    else:
        env.stdout.write(text + "\n")

"""`metric --chart`: horizontal bars, scaled within each unit so that like is compared with like."""

from __future__ import annotations

from collections.abc import Iterable
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
            if env.terminal:
                from rich.text import Text

                line = Text(text)
                colour = "red" if r["value"] < 0 else "green" if measure == "change" else "cyan"
                line.stylize(colour, pad + 2, pad + 2 + len(drawn))
                env.console().print(line)
            else:
                env.stdout.write(text + "\n")

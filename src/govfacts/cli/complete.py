"""Shell completion of values from the index: place names and indicator names.

Typer calls these while the user presses Tab, so they stay small: they open the base
(its index already fresh in the usual case) and ask one prefix query. Any failure
completes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def _complete(ctx: Any, ask: Callable[[Any], list[str]]) -> list[str]:
    from govfacts.api import Library

    data = getattr(ctx, "params", {}).get("data") if ctx is not None else None
    try:
        with Library(*(data or ())) as base:
            return ask(base)
    except Exception:  # completion must never print an error into the user's prompt
        return []


def places(ctx: Any, incomplete: str) -> list[str]:
    """Full names of the places whose name, short form, alias or pinyin starts with the text typed."""
    return _complete(ctx, lambda base: base.complete_place(incomplete))


def indicators(ctx: Any, incomplete: str) -> list[str]:
    """Indicator names that start with (or else contain) the text typed."""
    return _complete(ctx, lambda base: base.complete_indicator(incomplete))

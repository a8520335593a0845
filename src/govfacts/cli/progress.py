"""The progress bar shown on stderr while a large fact base is indexed.

It appears only when stderr is a terminal and the work has already taken a second,
so small bases and scripts never see it.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import IO, Any

from govfacts.i18n import _

DELAY = 1.0


@contextmanager
def build_progress(stream: IO[str] | None = None) -> Iterator[Callable[[int, int], None] | None]:
    """A callback (files done, files in all) for the index build, or None when not on a terminal."""
    stream = stream or sys.stderr
    try:
        terminal = stream.isatty()
    except (AttributeError, ValueError):
        terminal = False
    if not terminal:
        yield None
        return
    started = time.monotonic()
    state: dict[str, Any] = {}

    def report(done: int, total: int) -> None:
        if "bar" not in state:
            if time.monotonic() - started < DELAY or done >= total:
                return
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            bar = Progress(
                TextColumn(_("indexing the fact base")),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=Console(file=stream),
                transient=True,
            )
            bar.start()
            state["bar"], state["task"] = bar, bar.add_task("index", total=total)
        state["bar"].update(state["task"], completed=done, total=total)

    try:
        yield report
    finally:
        if "bar" in state:
            state["bar"].stop()

"""The progress bars shown on stderr: while a large fact base is indexed, while reports are drafted.

The run's Env draws them on its stderr (Env.build_progress, Env.report_progress). Each appears only when stderr is a terminal (the index's only once the work has taken a
second), so small bases and scripts never see it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import IO, Any

from govfacts.i18n import _

DELAY = 1.0


@contextmanager
def build_progress(stream: IO[str]) -> Iterator[Callable[[int, int], None] | None]:
    """A callback (files done, files in all) for the index build, or None when not on a terminal."""
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
            bar = _bar(stream, _("indexing the fact base"))
            bar.start()
            state["bar"], state["task"] = bar, bar.add_task("index", total=total)
        state["bar"].update(state["task"], completed=done, total=total)

    try:
        yield report
    finally:
        if "bar" in state:
            state["bar"].stop()


@contextmanager
def report_progress(total: int, stream: IO[str]) -> Iterator[Callable[[str], None]]:
    """A callback (the report just done, its name already cleaned) advancing a bar of `total` reports: drawn by Rich on
    stderr when it is a terminal, from the first report on; nothing at all elsewhere."""
    try:
        terminal = stream.isatty()
    except (AttributeError, ValueError):
        terminal = False
    if not terminal:
        yield lambda _name: None
        return
    bar = _bar(stream, _("drafting reports"), "{task.description}")
    task = bar.add_task("", total=total)
    bar.start()

    def advance(name: str) -> None:
        bar.update(task, advance=1, description=name)

    try:
        yield advance
    finally:
        bar.stop()


def _bar(stream: IO[str], title: str, *more: str) -> Any:
    """A Rich progress bar on `stream`, gone when it stops: the title, the bar, done of total,
    the time taken, then any more text columns (Rich loads only here)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(
        TextColumn(title),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        *(TextColumn(text) for text in more),
        console=Console(file=stream),
        transient=True,
    )

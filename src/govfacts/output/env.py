"""Where output goes and what it is: the one place that asks about the terminal.

Text from the data is always written as plain text, never as markup, and control
characters are shown escaped (`clean`), never sent to the terminal.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from typing import IO, Any

from govfacts.settings import Settings
from govfacts.text import clean


def utf8_streams() -> None:
    """Make the process's stdout and stderr write UTF-8 whatever the locale says (LC_ALL=C
    included); characters a stream cannot take are replaced, never a crash."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure") and (stream.encoding or "").lower().replace("-", "") != "utf8":
            stream.reconfigure(encoding="utf-8", errors="replace")


def silence_stdout() -> None:
    """Point the process's stdout at /dev/null, so that nothing more goes to a closed pipe."""
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def flush_stdout() -> None:
    """Flush the process's stdout at the end of a run; a reader gone away silences it instead."""
    try:
        sys.stdout.flush()
    except (BrokenPipeError, ValueError):
        silence_stdout()


class Env:
    """A run's environment: its settings (read once, from the environment variables), its
    output streams and whether stdout is a terminal; the one writer of both streams (tests
    pass their own streams and settings)."""

    def __init__(
        self,
        stdout: IO[str] | None = None,
        stderr: IO[str] | None = None,
        terminal: bool | None = None,
        romanize: Callable[[Iterable[str]], dict[str, str]] | None = None,
        settings: Settings | None = None,
    ) -> None:
        self.settings = settings if settings is not None else Settings.read()
        self.stdout = stdout if stdout is not None else sys.stdout
        self.stderr = stderr if stderr is not None else sys.stderr
        if terminal is None:
            try:
                terminal = self.settings.force_color or self.stdout.isatty()
            except (AttributeError, ValueError):
                terminal = False
        self.terminal: bool = terminal
        self.quotes = False  # tables add each row's quote (--quotes)
        self.scale = False  # tables write values in 万 and 亿 (--scale)
        self.romanize = romanize  # region ids → their names in pinyin (a pinyin column under English)

    def styled(self, quotes: bool = False, scale: bool = False) -> Env:
        """This environment for one output: tables with quotes (--quotes), values in 万 and 亿 (--scale).
        A copy, so that one output's options never stay on the run's environment."""
        import copy

        view = copy.copy(self)
        view.quotes, view.scale = quotes, scale
        return view

    def say(self, message: str, prefix: str = "govfacts: ") -> None:
        """One line on stderr, control characters shown escaped: every message a run writes
        goes through here (data, file names and input are never terminal codes)."""
        self.stderr.write(prefix + clean(message) + "\n")

    def line(self, text: str) -> None:
        """One line of plain output on stdout (a path `init` made), cleaned as every text is."""
        self.stdout.write(clean(text) + "\n")

    def raw(self, text: str) -> None:
        """Text written to stdout as it is: a document govfacts made (a TOML draft), not data to clean."""
        self.stdout.write(text)

    def on_stderr(self) -> Env:
        """The same run writing its tables to stderr (extract's summary), a terminal's when stderr is one."""
        try:
            terminal = self.stderr.isatty()
        except (AttributeError, ValueError):
            terminal = False
        self.stdout.flush()
        return Env(stdout=self.stderr, stderr=self.stderr, terminal=terminal, romanize=self.romanize, settings=self.settings)

    def build_progress(self) -> AbstractContextManager[Callable[[int, int], None] | None]:
        """A bar on stderr while an index is built (FactBase.reading's progress), where stderr is a terminal."""
        from govfacts.output.progress import build_progress

        return build_progress(self.stderr)

    @contextlib.contextmanager
    def report_progress(self, total: int) -> Iterator[Callable[[str], None]]:
        """A bar on stderr over `total` reports drafted, where stderr is a terminal; each
        report's name shown cleaned, as every text is."""
        from govfacts.output.progress import report_progress

        with report_progress(total, self.stderr) as advance:
            yield lambda name: advance(clean(name))

    def pinyin(self, region_ids: Iterable[str]) -> dict[str, str]:
        """The pinyin of these places, for tables in English; none in Chinese or without an index."""
        from govfacts.i18n import language

        if self.romanize is None or language() != "en":
            return {}
        return self.romanize(region_ids)

    def console(self) -> Any:
        """A Rich console on stdout (Rich loads only here, for tables on a terminal)."""
        from rich.console import Console

        return Console(
            file=self.stdout,
            force_terminal=self.terminal or None,
            no_color=self.settings.no_color or None,
            highlight=False,
            emoji=False,
            markup=False,
            soft_wrap=False,
        )

    def text(self, text: str, style: str | None = None, whole: Sequence[str] = ()) -> None:
        """A line of prose for people: on a terminal wrapped to its width as Chinese text breaks
        (no ） at the start of a line, never inside one of the words `whole` names), and styled
        when a style is given."""
        text = clean(text)
        if self.terminal:
            from rich.text import Text

            from govfacts.output.fit import wrap_text

            console = self.console()
            for line in wrap_text(text, console.width, [clean(w) for w in whole]):
                console.print(Text(line, style=style or ""))
        else:
            self.stdout.write(text + "\n")

    def note(self, text: str) -> None:
        """A remark about the output: dim under a table on a terminal, else on stderr, out of the data."""
        if self.terminal:
            self.text(text, "dim")
        else:
            self.stdout.flush()
            self.stderr.write(clean(text) + "\n")

    def marked(self, text: str, spans: list[tuple[int, int]]) -> None:
        """Text with some passages marked: reversed on a terminal, between 【】 otherwise.

        Line breaks are kept; everything else is cleaned as any text from the data is.
        """
        from govfacts.output.labels import MARK

        pieces: list[tuple[str, bool]] = []
        at = 0
        for start, end in sorted(spans):
            if start < at:  # overlaps the passage before: already inside its marks
                start = at
            if end <= start:
                continue
            pieces += [(text[at:start], False), (text[start:end], True)]
            at = end
        pieces.append((text[at:], False))
        pieces = [("\n".join(clean(line) for line in piece.split("\n")), mark) for piece, mark in pieces if piece]
        if self.terminal:
            from rich.text import Text

            shown = Text()
            for piece, mark in pieces:
                shown.append(piece, style="reverse" if mark else None)
            self.console().print(shown)
            return
        self.stdout.write("".join(f"{MARK[0]}{p}{MARK[1]}" if mark else p for p, mark in pieces) + "\n")

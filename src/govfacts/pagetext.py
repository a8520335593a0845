"""A page's text: reading it, and finding a quote in it the way the checks do (white space aside).

Light (standard library only): the build checks quotes with it, and `fact` and
`source --text` show where a quote stands on its page.
"""

from __future__ import annotations

import bisect
import itertools
import re
from pathlib import Path

from govfacts.files import read_regular
from govfacts.i18n import _

_SPACE = re.compile(r"\s+")
# How much of a long paragraph `fact` shows on each side of a quote.
CONTEXT = 120


class PageError(ValueError):
    """A page file that cannot be read as text; the message says why and what to do."""


def flatten(text: str) -> str:
    """Text without white space of any kind, as quotes are compared."""
    return _SPACE.sub("", text)


def decode(path: Path, shown: str) -> tuple[str, str]:
    """A page's text and its encoding, 'utf-8' or 'gb18030'; PageError when it is missing,
    unreadable (not a regular file of at most 64 MB: files.read_regular), or neither."""
    try:
        raw = read_regular(path)
    except FileNotFoundError:
        raise PageError(_("no such file: {path}").format(path=shown)) from None
    except OSError as e:
        raise PageError(
            _("cannot read {path}: {reason}").format(path=shown, reason=e.strerror or e)
        ) from None
    return decode_bytes(raw, shown)


def decode_bytes(raw: bytes, shown: str) -> tuple[str, str]:
    """Bytes read from a page as text, and their encoding, 'utf-8' or 'gb18030'; PageError if neither."""
    for encoding, codec in (("utf-8", "utf-8-sig"), ("gb18030", "gb18030")):
        try:
            return raw.decode(codec), encoding
        except UnicodeDecodeError:
            continue
    raise PageError(_("{path} is neither UTF-8 nor GB18030 text; save it as UTF-8").format(path=shown))


def read_page(path: Path, shown: str) -> str:
    """A fact base's page: UTF-8 text; PageError naming it as `shown` otherwise (for a GB18030
    page, with the command that converts it)."""
    text, encoding = decode(path, shown)
    if encoding != "utf-8":
        import shlex

        # the command names the page as the message does, quoted for the shell it is pasted into
        # (and never read as an option: a name that begins with '-' is written ./-…)
        arg = f"./{shown}" if shown.startswith("-") else shown
        name, converted = shlex.quote(arg), shlex.quote(arg + ".utf8")
        raise PageError(
            _(
                "{path} is not UTF-8 text: it reads as GB18030, common for Chinese pages; "
                "convert it with: iconv -f GB18030 -t UTF-8 {name} > {converted} && mv {converted} {name}"
            ).format(path=shown, name=name, converted=converted)
        )
    return text


class FlatPage:
    """A page made ready for finding quotes in it: flattened once, with a map back to the page.

    The map holds one entry per run of white space, not one per character, so a 4 MB page
    costs a few arrays of its line count; each quote is then found by one search of the
    flattened text. Finding every quote of a page costs one pass to flatten it and one
    search per quote, however many there are.
    """

    def __init__(self, page: str) -> None:
        self.flat = flatten(page)
        # run k of white space: where it starts on the page, how many white-space characters
        # the page holds up to its end, and where it stands in the flattened text
        spans = [m.span() for m in _SPACE.finditer(page)]
        self._page_at = [start for start, _ in spans]
        self._removed = list(itertools.accumulate(end - start for start, end in spans))
        self._flat_at = [end - removed for (_, end), removed in zip(spans, self._removed, strict=True)]

    def _to_page(self, at: int) -> int:
        """The page offset of the flattened text's character `at`."""
        k = bisect.bisect_right(self._flat_at, at)  # the runs of white space before it
        return at + (self._removed[k - 1] if k else 0)

    def _to_flat(self, offset: int) -> int:
        """The flattened index of the first non-space character at or after page offset `offset`."""
        k = bisect.bisect_right(self._page_at, offset) - 1  # the last run starting at or before it
        if k < 0:
            return offset
        before = self._removed[k - 1] if k else 0  # white space before run k
        return offset - before - min(offset - self._page_at[k], self._removed[k] - before)

    def find(self, quote: str, start: int = 0) -> tuple[int, int] | None:
        """Where `quote` stands on the page (start and end offsets of the page), white space aside."""
        target = flatten(quote)
        if not target:
            return None
        at = self.flat.find(target, self._to_flat(max(start, 0)))
        if at < 0:
            return None
        return self._to_page(at), self._to_page(at + len(target) - 1) + 1


def paragraph(page: str, span: tuple[int, int]) -> tuple[str, tuple[int, int]]:
    """The paragraph around a span, its line breaks removed, and where the span stands in it.

    A paragraph runs between blank lines; a long one is cut to CONTEXT characters on
    each side of the span, at a sentence end where there is one.
    """
    start, end = span
    top = page.rfind("\n\n", 0, start)
    top = 0 if top < 0 else top + 2
    bottom = page.find("\n\n", end)
    bottom = len(page) if bottom < 0 else bottom
    if start - top > CONTEXT:
        cut = page.rfind("。", start - CONTEXT, start)
        top = cut + 1 if cut >= 0 else start - CONTEXT
    if bottom - end > CONTEXT:
        cut = page.find("。", end, end + CONTEXT)
        bottom = cut + 1 if cut >= 0 else end + CONTEXT
    before = page[top:start].replace("\n", "").lstrip()
    inside = page[start:end].replace("\n", "")
    after = page[end:bottom].replace("\n", "").rstrip()
    return before + inside + after, (len(before), len(before) + len(inside))

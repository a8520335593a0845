"""Reading fact-base files: finding them, decoding UTF-8, parsing TOML, and locating lines.

Nothing here judges the content; validate.py does that. Every failure becomes a
problem message in the form `path:line:column: message` (or `path: message`).
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from govfacts.files import read_regular
from govfacts.i18n import _
from govfacts.index.inputs import path_of

try:  # rtoml parses several times faster; tomllib remains the judge of what is wrong
    from rtoml import loads as _fast_loads
except ImportError:  # pragma: no cover - rtoml has wheels for the usual platforms
    _fast_loads = None  # type: ignore[assignment]

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised only on Python 3.10
    import tomli as tomllib

_AT_LINE = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_HEADER = re.compile(r"^\s*\[\[\s*([A-Za-z0-9_-]+)\s*\]\]")
_TABLE = re.compile(r"^\s*\[")
_KEY = re.compile(r"^(\s*)([A-Za-z0-9_-]+|\"[^\"]*\")\s*=\s*")


@dataclass
class Locator:
    """Line and column of each `[[kind]]` entry and of the keys inside it."""

    entries: dict[str, list[tuple[int, dict[str, tuple[int, int, int]]]]] = field(default_factory=dict)

    def entry(
        self, kind: str, index: int, key: str | None = None, at_value: bool = True
    ) -> tuple[int, int] | None:
        """Where entry `index` of `kind` starts, or where its `key` (or that key's value) stands."""
        found = self.entries.get(kind)
        if not found or index >= len(found):
            return None
        line, keys = found[index]
        if key is not None and key in keys:
            number, key_column, value_column = keys[key]
            return (number, value_column if at_value else key_column)
        return (line, 1)


class ParsedFile:
    """One TOML file of the fact base, parsed; where its entries stand is worked out only if asked."""

    __slots__ = ("path", "doc", "text", "_locator")

    def __init__(self, path: str, doc: dict, text: str) -> None:
        self.path, self.doc, self.text = path, doc, text
        self._locator: Locator | None = None

    @property
    def locator(self) -> Locator:
        if self._locator is None:
            self._locator = locate(self.text, self.doc)
        return self._locator


def locate(text: str, doc: dict) -> Locator:
    """Find the line of every `[[kind]]` header and of each key under it.

    The locator is trusted only for kinds whose header count equals the number of
    entries the parser produced, so inline tables never get a wrong line.
    """
    entries: dict[str, list[tuple[int, dict[str, tuple[int, int, int]]]]] = {}
    current: dict[str, tuple[int, int, int]] | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        m = _HEADER.match(line)
        if m:
            current = {}
            entries.setdefault(m.group(1), []).append((number, current))
            continue
        if _TABLE.match(line):
            current = None
            continue
        if current is not None:
            k = _KEY.match(line)
            if k:
                key = k.group(2).strip('"')
                current.setdefault(key, (number, len(k.group(1)) + 1, len(k.group(0)) + 1))
    return Locator(
        {
            kind: found
            for kind, found in entries.items()
            if isinstance(doc.get(kind), list) and len(doc[kind]) == len(found)
        }
    )


def parse_bytes(path: str, raw: bytes) -> ParsedFile:
    """Decode and parse one file's bytes; raise ValueError with a located message."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        before = raw[: e.start]
        line = before.count(b"\n") + 1
        column = len(before) - (before.rfind(b"\n") + 1) + 1
        raise ValueError(
            f"{path}:{line}:{column}: "
            + _("not UTF-8 text (byte 0x{byte:02x}); save the file as UTF-8").format(byte=raw[e.start])
        ) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    doc = None
    if _fast_loads is not None:
        try:
            doc = _fast_loads(text)
        except Exception:  # the fast parser refused it: let tomllib say where and why
            doc = None
    try:
        if doc is None:
            doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        message = str(e)
        m = _AT_LINE.search(message)
        if m:
            message = message[: m.start()]
            raise ValueError(
                f"{path}:{m.group(1)}:{m.group(2)}: " + _("TOML syntax: {error}").format(error=message)
            ) from None
        at = getattr(e, "lineno", None)
        where = f"{path}:{at}:{getattr(e, 'colno', 1)}" if at else path
        raise ValueError(f"{where}: " + _("TOML syntax: {error}").format(error=message)) from None
    except RecursionError:
        raise ValueError(f"{path}: " + _("TOML nesting is too deep to read")) from None
    return ParsedFile(path, doc, text)


def read_file(path: Path) -> ParsedFile:
    """Read one file (read_regular: a regular file of at most 64 MB) and parse it; raise
    ValueError with a located message."""
    try:
        raw = read_regular(path)
    except OSError as e:
        raise ValueError(f"{path}: " + _("cannot read: {reason}").format(reason=e.strerror or e)) from None
    return parse_bytes(str(path), raw)


class EntryLocations:
    """Where entries stand in their files, for the messages: the path to show, and line and column."""

    def __init__(self, roots: list[str]) -> None:
        self.roots = roots
        self._located: dict[str, Locator | None] = {}

    def path(self, key: str) -> str:
        """The path of a file, from its key in the index (its path below the base's folder)."""
        return path_of(key, self.roots)

    def root(self, key: str) -> str:
        """The folder of the layer that holds the file `key` (the containment root of its pages)."""
        layer = key.partition(":")[0]
        if layer.isdigit() and int(layer) < len(self.roots):
            return self.roots[int(layer)] or "."
        return os.path.dirname(self.path(key)) or "."

    def __call__(self, key: str, kind: str, nth: int, field: str) -> tuple[int, int] | None:
        """Line and column of `field` in entry `nth` of `kind` in the file `key`."""
        path = self.path(key)
        if path not in self._located:
            try:
                self._located[path] = read_file(Path(path)).locator
            except ValueError:
                self._located[path] = None
        locator = self._located[path]
        return locator.entry(kind, nth, field) if locator is not None else None

"""Validating one file on its own: every field of every entry, against the declared format.

`check_file` returns the good entries and every problem, never stopping at the first;
what only the whole base can judge (ids, references, cycles) is links.py's. `message`
is the one form every problem takes: `path:line:column: kind 'id': field: what`.
"""

from __future__ import annotations

import difflib
import math
import re
import unicodedata
from collections.abc import Iterable

from govfacts.build.load import ParsedFile
from govfacts.schema import DATE_RE, FIELD_MAP, ID_RE, KINDS, MULTILINE, PERIOD_RE, Field

# A unit that carries a magnitude (万元, 亿元, 万人): values are stored in plain units.
MAGNITUDES = {"万亿": 10**12, "亿": 10**8, "万": 10**4}
MAGNITUDE_UNIT = re.compile(r"(万亿|亿|万)(.+)\Z")
# SQLite stores integers in 64 bits; anything larger is refused rather than rounded.
MAX_NUMBER = 2**63 - 1
TYPE_NAMES = {"str": "a string", "int": "a whole number", "number": "a number", "list": "a list of strings"}


class Entry:
    """One validated entry: its kind, its fields, and its index among its kind's entries in its file."""

    __slots__ = ("kind", "data", "index")

    def __init__(self, kind: str, data: dict, index: int) -> None:
        self.kind, self.data, self.index = kind, data, index


def describe(value: object) -> str:
    """How a wrong value is named in a message."""
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, str):
        return f"the string {value[:40]!r}"
    if isinstance(value, (int, float)):
        return f"the number {value!r}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return f"a {type(value).__name__}"


def _bad_char(text: str, multiline: bool) -> str | None:
    if text.isprintable():  # the usual case, checked in C: no control or format characters at all
        return None
    for ch in text:
        if ch in "\n\t" and multiline:
            continue
        if unicodedata.category(ch) in ("Cc", "Cf") and ch not in "\u200d":
            return f"U+{ord(ch):04X}"
    return None


def _check_text(text: str, multiline: bool) -> str | None:
    if not text.strip():
        return "is empty"
    bad = _bad_char(text, multiline)
    if bad:
        return f"holds the control character {bad}"
    return None


def check_value(spec: Field, value: object) -> str | None:
    """What is wrong with one field's value, or None."""
    if spec.type == "str":
        if not isinstance(value, str):
            return f"expected {TYPE_NAMES['str']}, got {describe(value)}"
        problem = _check_text(value, spec.name in MULTILINE)
        if problem:
            return problem
        if spec.choices and value not in spec.choices:
            return f"{value!r} is not one of: {', '.join(spec.choices)}"
        if spec.pattern == "id" and not ID_RE.match(value):
            return f"{value!r} is not a valid id (lowercase ASCII letters, digits and '-')"
        if spec.pattern == "date" and not DATE_RE.match(value):
            return f"{value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"
        if spec.pattern == "unit":
            scaled = MAGNITUDE_UNIT.match(value)
            if scaled:
                factor = MAGNITUDES[scaled.group(1)]
                return (
                    f"{value!r} carries a magnitude; use the plain unit {scaled.group(2)!r} "
                    f"and multiply the value by {factor:,} (8.36亿元 is 836000000 元)"
                )
        if spec.pattern == "period":
            m = PERIOD_RE.match(value)
            if not m:
                return f"{value!r} is not a period (YYYY, YYYY-MM, YYYY/YYYY or YYYY-MM/YYYY-MM)"
            start, end = m.group(1), m.group(2) or m.group(1)
            if end[:4] < start[:4] or (len(start) == len(end) and end < start):
                return f"{value!r} ends before it starts"
        return None
    if spec.type in ("int", "number"):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return f"expected {TYPE_NAMES[spec.type]}, got {describe(value)}"
        if spec.type == "int" and not isinstance(value, int):
            return f"expected {TYPE_NAMES['int']}, got {describe(value)}"
        if isinstance(value, float) and not math.isfinite(value):
            return f"{value!r} is not a finite number"
        if abs(value) > MAX_NUMBER:
            return f"{value!r} is too large (at most {MAX_NUMBER})"
        return None
    if spec.type == "list":
        if not isinstance(value, list):
            return f"expected {TYPE_NAMES['list']}, got {describe(value)}"
        for item in value:
            if not isinstance(item, str):
                return f"expected {TYPE_NAMES['list']}, but one item is {describe(item)}"
            problem = _check_text(item, False)
            if problem:
                return f"an item {problem}"
        return None
    raise AssertionError(spec.type)  # pragma: no cover


def suggest(word: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else ""


def message(path: str, where: tuple[int, int] | None, label: str, text: str) -> str:
    """A problem as it is reported: located when the line is known."""
    if where:
        return f"{path}:{where[0]}:{where[1]}: {label}{text}"
    return f"{path}: {label}{text}"


def check_file(parsed: ParsedFile) -> tuple[list[Entry], list[str]]:
    """Validate every entry of one file on its own; return the good entries and the problems."""
    entries: list[Entry] = []
    problems: list[str] = []
    path = parsed.path
    for kind, rows in parsed.doc.items():
        if kind not in FIELD_MAP:
            problems.append(
                f"{path}: unknown table {kind!r}; expected one of: {', '.join(KINDS)}" + suggest(kind, KINDS)
            )
            continue
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            problems.append(f"{path}: {kind!r} must be an array of tables ([[{kind}]])")
            continue
        fields = FIELD_MAP[kind]
        for index, row in enumerate(rows):
            ident = row.get("id") if isinstance(row.get("id"), str) else None
            label = f"{kind} {ident!r}: " if ident else f"{kind} #{index + 1}: "
            if kind == "term" and isinstance(row.get("name"), str):
                label = f"term {row['name']!r}: "

            def at(*args, **kwargs):  # only a problem needs the line, so only then is it looked up
                return parsed.locator.entry(*args, **kwargs)

            bad = False
            for key, value in row.items():
                spec = fields.get(key)
                if spec is None:
                    problems.append(
                        message(
                            path,
                            at(kind, index, key, at_value=False),
                            label,
                            f"{key}: unknown field{suggest(key, fields)}",
                        )
                    )
                    bad = True
                    continue
                problem = check_value(spec, value)
                if problem:
                    problems.append(message(path, at(kind, index, key), label, f"{key}: {problem}"))
                    bad = True
            for spec in fields.values():
                if spec.required and spec.name not in row:
                    problems.append(
                        message(path, at(kind, index), label, f"{spec.name}: required field is missing")
                    )
                    bad = True
            if not bad:
                entries.append(Entry(kind, row, index))
    return entries, problems

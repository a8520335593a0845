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

from govfacts.i18n import _
from govfacts.index.load import ParsedFile
from govfacts.schema import DATE_RE, FIELD_MAP, ID_RE, KINDS, MULTILINE, PERIOD_RE, Field
from govfacts.text import blank

# A unit that carries a magnitude (万元, 亿元, 万人): values are stored in plain units.
MAGNITUDES = {"万亿": 10**12, "亿": 10**8, "万": 10**4}
MAGNITUDE_UNIT = re.compile(r"(万亿|亿|万)(.+)\Z")
# SQLite stores integers in 64 bits; anything larger is refused rather than rounded.
MAX_NUMBER = 2**63 - 1


class Entry:
    """One validated entry: its kind, its fields, and its index among its kind's entries in its file."""

    __slots__ = ("kind", "data", "index")

    def __init__(self, kind: str, data: dict, index: int) -> None:
        self.kind, self.data, self.index = kind, data, index


def describe(value: object) -> str:
    """How a wrong value is named in a message."""
    if isinstance(value, bool):
        return _("a boolean")
    if isinstance(value, str):
        return _("the string {value}").format(value=repr(value[:40]))
    if isinstance(value, (int, float)):
        return _("the number {value}").format(value=repr(value))
    if isinstance(value, list):
        return _("a list")
    if isinstance(value, dict):
        return _("a table")
    return _("a {type}").format(type=type(value).__name__)


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
    if blank(text):
        return _("is empty")
    bad = _bad_char(text, multiline)
    if bad:
        return _("holds the control character {char}").format(char=bad)
    return None


def type_name(kind: str) -> str:
    """How a field's type is named in a message: "str" is a string, "list" a list of strings."""
    names = {
        "str": _("a string"),
        "int": _("a whole number"),
        "number": _("a number"),
        "list": _("a list of strings"),
    }
    return names[kind]


def _expected(kind: str, value: object) -> str:
    return _("expected {type}, got {value}").format(type=type_name(kind), value=describe(value))


def check_value(spec: Field, value: object) -> str | None:
    """What is wrong with one field's value, or None."""
    if spec.type == "str":
        if not isinstance(value, str):
            return _expected("str", value)
        problem = _check_text(value, spec.name in MULTILINE)
        if problem:
            return problem
        if spec.choices and value not in spec.choices:
            return _("{value} is not one of: {choices}").format(
                value=repr(value), choices=", ".join(spec.choices)
            )
        if spec.pattern == "id" and not ID_RE.match(value):
            return _("{value} is not a valid id (lowercase ASCII letters, digits and '-')").format(
                value=repr(value)
            )
        if spec.pattern == "date" and not DATE_RE.match(value):
            return _("{value} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)").format(value=repr(value))
        if spec.pattern == "unit":
            scaled = MAGNITUDE_UNIT.match(value)
            if scaled:
                factor = MAGNITUDES[scaled.group(1)]
                return _(
                    "{value} carries a magnitude; use the plain unit {unit} "
                    "and multiply the value by {factor:,} (8.36亿元 is 836000000 元)"
                ).format(value=repr(value), unit=repr(scaled.group(2)), factor=factor)
        if spec.pattern == "period":
            m = PERIOD_RE.match(value)
            if not m:
                return _("{value} is not a period (YYYY, YYYY-MM, YYYY/YYYY or YYYY-MM/YYYY-MM)").format(
                    value=repr(value)
                )
            start, end = m.group(1), m.group(2) or m.group(1)
            if end[:4] < start[:4] or (len(start) == len(end) and end < start):
                return _("{value} ends before it starts").format(value=repr(value))
        return None
    if spec.type in ("int", "number"):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return _expected(spec.type, value)
        if spec.type == "int" and not isinstance(value, int):
            return _expected("int", value)
        if isinstance(value, float) and not math.isfinite(value):
            return _("{value} is not a finite number").format(value=repr(value))
        if abs(value) > MAX_NUMBER:
            return _("{value} is too large (at most {max})").format(value=repr(value), max=MAX_NUMBER)
        return None
    if spec.type == "list":
        if not isinstance(value, list):
            return _expected("list", value)
        for item in value:
            if not isinstance(item, str):
                return _("expected {type}, but one item is {value}").format(
                    type=type_name("list"), value=describe(item)
                )
            problem = _check_text(item, False)
            if problem:
                return _("an item {problem}").format(problem=problem)
        return None
    raise AssertionError(spec.type)  # pragma: no cover


def suggest(word: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return _("; did you mean {name}?").format(name=repr(close[0])) if close else ""


def message(path: str, where: tuple[int, int] | None, label: str, text: str) -> str:
    """A problem as it is reported: located when the line is known."""
    if where:
        return f"{path}:{where[0]}:{where[1]}: {label}{text}"
    return f"{path}: {label}{text}"


def _range_problem(row: dict) -> str | None:
    """What is wrong with an indicator's range: its upper end must lie above `value`, its lower end."""
    high = row.get("value_high")
    if high is not None and not high > row["value"]:
        return _("{high} is not above value {value}: value is the lower end of the range, value_high the upper").format(
            high=repr(high), value=repr(row["value"])
        )
    return None


def check_file(parsed: ParsedFile) -> tuple[list[Entry], list[str]]:
    """Validate every entry of one file on its own; return the good entries and the problems."""
    entries: list[Entry] = []
    problems: list[str] = []
    path = parsed.path
    for kind, rows in parsed.doc.items():
        if kind not in FIELD_MAP:
            problems.append(
                f"{path}: "
                + _("unknown table {table}; expected one of: {tables}").format(
                    table=repr(kind), tables=", ".join(KINDS)
                )
                + suggest(kind, KINDS)
            )
            continue
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            problems.append(
                f"{path}: "
                + _("{table} must be an array of tables ([[{name}]])").format(table=repr(kind), name=kind)
            )
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
                            f"{key}: " + _("unknown field") + suggest(key, fields),
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
                        message(
                            path, at(kind, index), label, f"{spec.name}: " + _("required field is missing")
                        )
                    )
                    bad = True
            if not bad and kind == "indicator":
                problem = _range_problem(row)
                if problem:
                    problems.append(message(path, at(kind, index, "value_high"), label, f"value_high: {problem}"))
                    bad = True
            if not bad:
                entries.append(Entry(kind, row, index))
    return entries, problems

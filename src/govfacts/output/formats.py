"""The machine formats: JSON, JSON Lines, CSV and TSV, written with the standard library.

Raw UTF-8, streamed where the format allows, so a large result is never held whole.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import IO, Any


def _json_default(value: Any) -> Any:
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def write_json(out: IO[str], data: Any) -> None:
    """One JSON document, indented."""
    json.dump(data, out, ensure_ascii=False, indent=2, default=_json_default)
    out.write("\n")


def write_json_array(out: IO[str], rows: Iterable[dict[str, Any]]) -> None:
    """A JSON array written one element at a time, an element a line (with JSON's fast encoder)."""
    n = 0
    for row in rows:
        body = json.dumps(row, ensure_ascii=False, separators=(", ", ": "), default=_json_default)
        out.write(("[\n  " if n == 0 else ",\n  ") + body)
        n += 1
    out.write("[]\n" if n == 0 else "\n]\n")


def write_jsonl(out: IO[str], rows: Iterable[dict[str, Any]]) -> None:
    """One JSON object per line, written as the rows arrive."""
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")


# A spreadsheet reads a cell that starts with one of these as a formula (CWE-1236), so a
# text cell that does is written with a leading apostrophe, which spreadsheets show as text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _flat(value: Any) -> Any:
    """A value as one CSV or TSV cell: lists and tables as JSON, None empty, numbers as numbers,
    and text that a spreadsheet would run as a formula (=1+2, @SUM, -2+3) made inert with '."""
    if isinstance(value, (list, dict)):
        value = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_csv(out: IO[str], rows: Iterable[dict[str, Any]], fields: Sequence[str]) -> None:
    """CSV (RFC 4180): list fields as JSON arrays, missing values empty, formulas inert (see _flat)."""
    import csv

    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(fields)
    for row in rows:
        writer.writerow([_flat(row.get(f)) for f in fields])


def _tsv_cell(value: Any) -> str:
    text = str(_flat(value))
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def write_tsv(out: IO[str], rows: Iterable[dict[str, Any]], fields: Sequence[str]) -> None:
    """TSV: tabs, line breaks and backslashes in a cell escaped as \\t, \\n, \\\\; formulas inert (see _flat)."""
    out.write("\t".join(fields) + "\n")
    for row in rows:
        out.write("\t".join(_tsv_cell(row.get(f)) for f in fields) + "\n")

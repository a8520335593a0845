"""The export record: the flat, documented shape every fact takes in JSON, JSON Lines and CSV.

One record per indicator, program or honour. Every record of a kind has the same
keys in the same order, with None where a value is unknown. docs/schema.md documents
these fields; tests/test_records.py holds them to it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from govfacts.display import value_text

HEAD = ("id", "kind", "region", "region_id", "region_path", "name")
TAIL = ("source", "source_title", "quote")
OWN: dict[str, tuple[str, ...]] = {
    "indicator": (
        "value",
        "unit",
        "measure",
        "value_text",
        "qualifier",
        "basis",
        "period",
        "period_label",
        "conflicts_with",
        "tags",
        "note",
    ),
    "program": ("category", "summary", "since", "tags", "note"),
    "honour": ("level", "batch", "year", "holder", "holder_name", "tags", "note"),
}
FIELDS: dict[str, tuple[str, ...]] = {kind: HEAD + own + TAIL for kind, own in OWN.items()}
# Every column any kind has, in a stable order: the header of a mixed CSV export.
ALL_FIELDS: tuple[str, ...] = tuple(dict.fromkeys(f for kind in OWN for f in FIELDS[kind]))
LIST_FIELDS = frozenset({"region_path", "tags", "conflicts_with"})


def compose(
    kind: str,
    data: Mapping[str, Any],
    region: Mapping[str, Any],
    source_title: str,
    extra: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The export record of one fact, from its own fields and what its references name."""
    derived: dict[str, Any] = {
        "kind": kind,
        "region": region["name"],
        "region_id": region["id"],
        "region_path": list(region["path"]),
        "source_title": source_title,
        "tags": list(data.get("tags", [])),
    }
    if kind == "indicator":
        derived["value_text"] = value_text(
            data["value"], data["unit"], data["measure"], data.get("qualifier")
        )
        derived["conflicts_with"] = []
    if extra:
        derived.update(extra)
    return {f: derived[f] if f in derived else data.get(f) for f in FIELDS[kind]}

"""The export record: the flat, documented shape every fact takes in JSON, JSON Lines and CSV.

One record per indicator, program or honour. Every record of a kind has the same
keys in the same order, with None where a value is unknown. docs/schema.md documents
these fields; tests/test_export.py holds them to it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from govfacts.engine.results import FIELDS, Place
from govfacts.engine.wording import value_text


def compose(
    kind: str,
    data: Mapping[str, Any],
    place: Place,
    source_title: str,
    extra: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The export record of one fact, from its own fields and what its references name."""
    derived: dict[str, Any] = {
        "kind": kind,
        "region": place.name,
        "region_id": place.id,
        "region_path": list(place.path),
        "source_title": source_title,
        "tags": list(data.get("tags", [])),
        "review": list(data.get("review", [])),
    }
    if kind == "indicator":
        derived["value_text"] = value_text(
            data["value"], data["unit"], data["measure"], data.get("qualifier"), data.get("printed"),
            high=data.get("value_high"),
        )
        derived["status"] = data.get("status") or "actual"
    if extra:
        derived.update(extra)
    return {f: derived[f] if f in derived else data.get(f) for f in FIELDS[kind]}

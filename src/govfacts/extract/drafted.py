"""Drafted records as a result the output function writes (`govfacts extract --format jsonl|json`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from govfacts.engine.results import Result
from govfacts.extract.draft import RECORD_KEYS


@dataclass
class DraftRecords(Result):
    """One record per drafted indicator, program and honour, with the keys of RECORD_KEYS only.

    An honour's period is the year it was conferred, where the page gives one.
    """

    drafted: list[dict[str, Any]]
    fields = RECORD_KEYS

    def records(self) -> Iterable[dict[str, Any]]:
        for r in self.drafted:
            record = {key: r.get(key) for key in RECORD_KEYS}
            if r["kind"] == "honour" and r.get("year"):
                record["period"] = str(r["year"])
            yield record

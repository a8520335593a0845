"""Every real report in ../shared/reports drafts without an error (skipped where that folder is absent).

One test over all of them, through the functions `govfacts extract --format jsonl` runs: the
page read as the CLI reads it, drafted, and its records written as JSON. It takes a few seconds.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest


def _reports() -> Path | None:
    candidates = [Path(__file__).resolve().parents[2] / "shared"]
    if os.environ.get("GOVFACTS_SHARED"):
        candidates.append(Path(os.environ["GOVFACTS_SHARED"]))
    for shared in candidates:
        pages = shared / "reports" / "pages"
        if pages.is_dir() and any(pages.glob("*.txt")):
            return pages
    return None


def test_every_real_report_drafts_without_an_error():
    pages = _reports()
    if pages is None:
        pytest.skip("../shared/reports/pages is not here (set GOVFACTS_SHARED)")
    from govfacts.batch.run import ReportRecords
    from govfacts.extract.draft import draft
    from govfacts.extract.gazetteer_match import PlaceFinder
    from govfacts.readers.document import read

    places = PlaceFinder.from_gazetteer()
    failed, empty = [], []
    for page in sorted(pages.glob("*.txt")):
        try:
            text = read(page).text
            records = list(ReportRecords(draft(text, None, None, places).records).records())
            json.dumps(records, ensure_ascii=False)
        except Exception as e:  # noqa: BLE001 - the test lists every page that fails, with its error
            failed.append(f"{page.name}: {type(e).__name__}: {e}")
            continue
        if not records:
            empty.append(page.name)
    assert failed == []
    assert empty == []  # a whole provincial report states figures: none drafted is a failure too

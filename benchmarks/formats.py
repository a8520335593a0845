"""Does the format change the draft? And does the report's header date do the work of --date?

On the real reports of ../shared/reports (each made, at run time, into a web page, a PDF and
a Word file by tests/report_files.py), through the library the CLI uses (batch.report):

1. Same figures: for each report, the (value, unit) pairs drafted from the .html, .pdf and
   .docx against those drafted from the .txt, as multisets: `agree` is the share of the
   .txt's pairs the other format also gives, `extra` the share more it gives. Every quote
   is searched for markup (<, >, &nbsp;) and for the furniture of the fixtures (navigation,
   footer, ICP备, 访问量, scripts, the PDF's running header and page numbers).
2. The header: the date and place read from each report's header against dates.json and
   the file's stem.
3. Periods without --date: each report drafted with --date (dates.json) and without it (the
   header's date); of the records of the first, the share whose twin in the second (same
   value, unit and quote) has the same period (indicators). Without the header reader (no date at all)
   for comparison.

    python benchmarks/formats.py [--reports N]     # default all 21
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

import report_files as rf  # noqa: E402
from govfacts.batch.report import draft_report, read_report  # noqa: E402
from govfacts.extract.draft import draft  # noqa: E402
from govfacts.extract.gazetteer_match import PlaceFinder  # noqa: E402

MARKUP = ["<", ">", "&nbsp;", "&#"]


def pairs(records: list[dict]) -> Counter:
    return Counter((str(r["value"]), r["unit"]) for r in records if r["kind"] == "indicator")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reports", type=int, default=0)
    args = ap.parse_args()
    reports = rf.reports()
    if not reports:
        sys.exit("no shared reports (set GOVFACTS_SHARED)")
    dates = json.loads((rf.shared() / "reports" / "pages" / "dates.json").read_text(encoding="utf-8"))
    names = list(reports)[: args.reports or None]
    places = PlaceFinder.from_gazetteer()

    def known(n: str) -> bool:
        return places is not None and places.lookup(n) is not None

    leaks = [*rf.LEAKS, rf.RUNNING] + [f"— {n} —" for n in range(1, 80)]
    print("1. Same figures from each format (indicators' (value, unit) pairs against the .txt's)")
    print(f"{'report':16} {'txt':>5} " + " ".join(f"{k + ' agree/extra':>20}" for k in ("html", "pdf", "docx")) + "  bad quotes")
    worst_agree, worst_extra, bad_total = 1.0, 0.0, 0
    header_ok = 0
    kept_total = kept_same = before_same = 0
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            text = reports[name].read_text(encoding="utf-8")
            files = {
                "txt": reports[name],
                "html": Path(tmp, f"{name}.html"),
                "pdf": rf.pdf_file(text, Path(tmp, f"{name}.pdf")),
                "docx": rf.word_file(text, Path(tmp, f"{name}.docx")),
            }
            files["html"].write_text(rf.web_page(text), encoding="utf-8")
            drafted = {k: draft_report(read_report(p, str(p), known), places) for k, p in files.items()}
            base = pairs(drafted["txt"].records)
            cells, bad = [], 0
            for k in ("html", "pdf", "docx"):
                got = pairs(drafted[k].records)
                agree = sum((base & got).values()) / max(1, sum(base.values()))
                extra = sum((got - base).values()) / max(1, sum(base.values()))
                worst_agree, worst_extra = min(worst_agree, agree), max(worst_extra, extra)
                cells.append(f"{agree * 100:9.1f}% / {extra * 100:5.1f}%")
                for r in drafted[k].records:
                    q = r["quote"]
                    if any(m in q for m in MARKUP) or any(s in q and s not in text for s in leaks):
                        bad += 1
            bad_total += bad
            print(f"{name:16} {sum(base.values()):5d} " + " ".join(f"{c:>20}" for c in cells) + f"  {bad}")
            # 2. the header
            h = drafted["txt"].reading
            header_ok += h.date == dates[name] and h.place == name
            # 3. periods with the date given, without it (the header's), and with no date at all
            with_date = draft(text, dates[name], None, places).records
            header = drafted["txt"].records
            none = draft(text, None, None, places).records

            def periods(records: list[dict]) -> dict:
                return {(str(r["value"]), r["unit"], r["quote"]): r.get("period") for r in records if r["kind"] == "indicator"}

            a, b, c = periods(with_date), periods(header), periods(none)
            kept_total += len(a)
            kept_same += sum(1 for k, v in a.items() if k in b and b[k] == v)
            before_same += sum(1 for k, v in a.items() if k in c and c[k] == v)
    print(f"worst agreement {worst_agree * 100:.1f}%, worst extra {worst_extra * 100:.1f}%, quotes with markup or furniture: {bad_total}")
    print(f"2. header: date and place right in {header_ok} of {len(names)} reports")
    print(f"3. periods kept without --date: {kept_same / max(1, kept_total) * 100:.1f}% of {kept_total} records "
          f"(with no date at all, as before the header reader: {before_same / max(1, kept_total) * 100:.1f}%)")
    print(f"({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()

"""Drafting reports, one or many: each read, drafted and written in turn, under ids no other uses.

`draft_one` does one report and raises what goes wrong (the CLI reports it and exits);
`draft_all` does each report of a batch in turn, reports a failure in its row and goes on
with the others, and gives one summary row for each report. Every draft's ids avoid the
base's and those of the drafts before it, entries left in as comments included.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from govfacts.batch.outputs import page_copy, write
from govfacts.batch.plan import Job, source_id
from govfacts.batch.report import Drafted, draft_report, flagged, read_report, toml_of, where_valid
from govfacts.engine.results import Result
from govfacts.errors import ExitCode, GovfactsError
from govfacts.extract.draft import RECORD_KEYS
from govfacts.extract.toml_draft import entry_ids
from govfacts.i18n import _
from govfacts.settings import current

REPORT_KEYS = ("id", *RECORD_KEYS, "level", "report", "line")  # level: an honour's (国家级, 省级 …)


@dataclass
class Options:
    """What every report of a run shares."""

    places: Any  # extract.places.Places, or None without the gazetteer
    date: str | None = None
    place: str | None = None
    title: str | None = None
    source_id: str | None = None
    force: bool = False
    toml: bool = True  # a TOML draft (else records)
    used: set[str] = field(default_factory=set)  # ids taken: the base's, then each draft's
    known_regions: list[tuple[str, str, str | None]] = field(default_factory=list)
    dates: dict[str, str] = field(default_factory=dict)  # a date for each report a --dates file names

    def known(self, name: str) -> bool:
        return self.places is not None and self.places.lookup(name) is not None

    def date_of(self, job: Job) -> tuple[str | None, str]:
        """A report's date as given, and the option that gave it: its own in --dates (by file
        name, or name without the suffix), else --date."""
        for key in (job.path.name, job.stem):
            if key in self.dates:
                return self.dates[key], "--dates"
        return self.date, "--date"


@dataclass
class Outcome:
    """One report drafted: the draft, its records, where it was written."""

    drafted: Drafted
    toml: str | None = None
    copy: str | None = None  # the page copy's path, when one was written
    warnings: list[str] = field(default_factory=list)


@dataclass
class Row:
    """A report's line in the summary."""

    report: str
    place: str = ""
    date: str = ""
    figures: int | None = None
    flagged: int | None = None
    problems: str = ""
    code: int = 0


@dataclass
class ReportRecords(Result):
    """The drafted records of one or more reports, each naming its report file (`report`)."""

    rows: list[dict[str, Any]]
    toml: str = ""  # one report's draft file, when it was asked for (Library.extract)
    fields = REPORT_KEYS

    def records(self) -> Iterable[dict[str, Any]]:
        for r in self.rows:
            record = {key: r.get(key) for key in REPORT_KEYS}
            if r.get("kind") == "honour" and r.get("year"):
                record["period"] = str(r["year"])
            yield record


def draft_one(job: Job, opts: Options) -> Outcome:
    """Read, draft and (for TOML with a target) write one report; GovfactsError when it fails."""
    date, given_by = opts.date_of(job)
    reading = read_report(job.path, job.shown, opts.known, date, opts.place, opts.title, given_by)
    drafted = draft_report(reading, opts.places)
    doc = reading.doc
    out = Outcome(drafted, warnings=list(doc.warnings))
    if drafted.main_place is None and any(r.get("kind") != "program" for r in drafted.records):
        out.warnings.append(_("{page}: the drafter found no place the page is about, so its entries have no region; "
                              "give --place").format(page=job.shown))
    sid = opts.source_id or source_id(job.stem)
    source, entries = entry_ids(drafted.records, sid, opts.used)  # as the TOML draft numbers its entries
    for r, ident in zip(drafted.records, entries, strict=True):
        r["report"], r["id"] = job.shown, ident
        span = r.get("span")  # (where a reviewer finds the quote: the line of the text it was read from)
        r["line"] = doc.text.count("\n", 0, span[0]) + 1 if span else None
    if not opts.toml:
        opts.used |= {source, *(i for i in entries if i)}
        return out
    copy = None
    if job.target is not None:
        file, copy = page_copy(doc, job.target, job.copy, opts.force)
    elif doc.kind == "text":
        file = os.path.relpath(os.path.realpath(job.path)).replace(os.sep, "/")
        if doc.encoding == "gb18030":
            out.warnings = [_("{page} is GB18030 text, not UTF-8: read as GB18030; convert it to UTF-8 before `govfacts check`").format(page=job.shown)]
    else:
        file = None
        out.warnings.append(
            _("{page} is not plain text: without -o its text is not saved, so the draft names no file for check to "
              "hold its quotes to; give -o FILE.toml").format(page=job.shown)
        )
    text, ids = toml_of(drafted, sid, file, opts.used, opts.known_regions, copy=file if file and doc.kind != "text" else None)
    opts.used |= ids
    if job.target is None:
        out.toml = where_valid(text) if file else text
        return out
    if copy is not None:
        write(copy, doc.text)
        out.copy = str(copy)
        if doc.kind == "text" and doc.encoding == "gb18030":
            out.warnings = [_("{page} is GB18030 text, not UTF-8: read as GB18030; the copy in {copy} is UTF-8").format(page=job.shown, copy=copy)]
    write(job.target, text)
    out.toml = text
    return out


def guessed_place(out: Outcome, given: str | None) -> str | None:
    """The place the drafter guessed from the text, where neither --place (`given`) nor the
    report's header named one; else None."""
    return out.drafted.main_place if given is None and out.drafted.reading.header.place is None else None


def _said(value: str | None, how: str) -> str:
    return _("{value} ({how})").format(value=value, how=how) if value else "—"


def row_of(job: Job, out: Outcome, opts: Options) -> Row:
    """A drafted report's line in the summary: what it read, how many figures, how many to review."""
    r = out.drafted.reading
    header = r.header
    given, given_by = opts.date_of(job)
    if given is not None:
        date = _said(r.date, given_by)
    elif header.date is not None:
        date = _said(r.date, _("header, line {n}").format(n=header.date.line))
    else:
        date = "—"
    if opts.place is not None:
        place = _said(r.place, "--place")
    elif header.place is not None:
        place = _said(r.place, _("header, line {n}").format(n=header.place.line))
    else:
        place = _said(guessed_place(out, opts.place), _("guessed"))
    own = re.compile(re.escape(job.shown) + r"\s*[:：]\s*")  # (the row names the report already)
    problems = "; ".join(own.sub("", w, count=1) if own.match(w) else w for w in out.warnings)
    return Row(job.shown, place, date, out.drafted.indicators, flagged(out.drafted.records, out.toml), problems)


def draft_all(jobs: list[Job], opts: Options, done: Callable[[Row], None]) -> tuple[list[Row], list[dict[str, Any]]]:
    """Every report drafted in turn; a failure is the report's row (its message and exit code),
    and the others go on. `done` is told each row as it is settled. Also every record drafted."""
    rows, records = [], []
    for job in jobs:
        try:
            out = draft_one(job, opts)
        except GovfactsError as e:
            row = Row(job.shown, problems=e.message, code=int(e.exit_code))
        except (KeyboardInterrupt, MemoryError):
            raise
        except Exception as e:  # a bug drafting one report: that report's row says so, the others go on
            if current().debug:
                raise
            row = Row(job.shown, problems=_("internal error: {error}").format(error=f"{type(e).__name__}: {e}"), code=int(ExitCode.INTERNAL))
        else:
            row = row_of(job, out, opts)
            records.extend(out.drafted.records)
        rows.append(row)
        done(row)
    return rows, records


def exit_code(rows: list[Row]) -> int:
    """0 when every report was drafted, else the highest exit code among those that failed."""
    return max((row.code for row in rows), default=0)

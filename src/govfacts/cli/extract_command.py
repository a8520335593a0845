"""`govfacts extract`: draft fact-base files from report files (text, web pages, PDF, Word), for review.

The command only translates: the files are read by govfacts.readers, the batch is planned and
drafted by govfacts.batch, which load inside the command only, so that the query commands
never pay for them (nor for OpenCC, the gazetteer or the format libraries).
"""

import os
import re
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from govfacts.cli.app import command, env, opened, run_env, say
from govfacts.cli.options import DataOpt
from govfacts.errors import UsageError
from govfacts.i18n import N_, _, n_

_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


class DraftFormat(str, Enum):
    toml = "toml"
    jsonl = "jsonl"
    json = "json"


def _check_options(date: str | None, source_id: str | None, many: bool, title: str | None) -> None:
    from govfacts.batch.plan import DATE

    if date is not None and not DATE.fullmatch(date):
        raise UsageError(_("--date {date!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)").format(date=date))
    if source_id is not None and not _ID.fullmatch(source_id):
        raise UsageError(
            _("--source-id {id!r} is not a valid id (lowercase ASCII letters, digits and '-')").format(id=source_id)
        )
    if many and (source_id is not None or title is not None):
        raise UsageError(_("--source-id and --title name one report's source; with several reports each gets its own"))


def _base_ids(data: list[str] | None, source_id: str | None) -> tuple[set[str], list[tuple[str, str, str | None]]]:
    with opened(data) as base:
        used, known = base.ids_in_use(), base.region_rows()
    if source_id is not None and source_id in used:
        raise UsageError(_("--source-id {id!r} is already an id in the fact base; choose another").format(id=source_id))
    return used, known


def _summary(rows: list) -> None:
    """The table of every report drafted, on stderr (Rich on a terminal, plain text in a pipe)."""
    from govfacts.output.labels import Column
    from govfacts.output.tables import write_table

    columns = [
        Column("report", N_("report"), fit="long"),
        Column("place", N_("place read"), fit="key"),  # (长沙县（推测）: never broken)
        Column("date", N_("date read"), fit="text"),
        Column("figures", N_("figures"), numeric=True),
        Column("flagged", N_("for review"), numeric=True),
        Column("problems", N_("problems"), fit="text"),  # (wrapped whole: what to do is at its end)
    ]
    cells = [
        {"report": r.report, "place": r.place, "date": r.date, "figures": "" if r.figures is None else str(r.figures),
         "flagged": "" if r.flagged is None else str(r.flagged), "problems": r.problems or ""}
        for r in rows
    ]
    write_table(env().on_stderr(), cells, columns)
    failed = sum(1 for r in rows if r.code)
    said = n_("{done} of {count} report drafted", "{done} of {count} reports drafted", len(rows))
    line = said.format(done=len(rows) - failed, count=len(rows))
    if failed:
        line += n_("; {failed} failed", "; {failed} failed", failed).format(failed=failed)
    say(line)


@command("extract")
def extract(
    reports: Annotated[
        list[Path],
        typer.Argument(
            metavar="REPORT...",
            help="Report files (plain text, a saved web page, PDF or Word .docx, told by content) or folders of them.",
            show_default=False,
        ),
    ],
    date: Annotated[
        str | None,
        typer.Option(
            "--date", "-d", help="The report's date (YYYY, YYYY-MM or YYYY-MM-DD); default: read from its header."
        ),
    ] = None,
    dates: Annotated[
        Path | None,
        typer.Option(
            "--dates",
            metavar="FILE",
            help='Each report\'s own date, from a JSON file of file names and dates ({"02": "2024-01-24"}, '
            "the suffix optional); a report it does not name takes --date or its header's.",
            show_default=False,
        ),
    ] = None,
    source_id: Annotated[
        str | None, typer.Option("--source-id", help="The draft source's id (default: from the file name).")
    ] = None,
    title: Annotated[
        str | None, typer.Option("--title", help="The source's title (default: the report's, from its header).")
    ] = None,
    place: Annotated[
        str | None,
        typer.Option(
            "--place", help="The report's main place, the one 全省/全市 refer to (default: read from its header, else guessed)."
        ),
    ] = None,
    fmt: Annotated[
        DraftFormat, typer.Option("--format", "-f", help="Draft fact-base files, or the drafted records.")
    ] = DraftFormat.toml,
    output_to: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            metavar="PATH",
            help="Write to this file (one report) or folder (several reports; or for one report's TOML a "
            "folder that exists, or a new name without .toml: DIR/<name>.toml each); a TOML draft's page "
            "text goes into sources/ beside it.",
        ),
    ] = None,
    data: DataOpt = None,
    force: Annotated[bool, typer.Option("--force", help="Replace files that exist.")] = False,
) -> None:
    """Draft fact-base files from reports: every entry needs review.

    Reads plain text (UTF-8 or GB18030), saved web pages (the article only), PDFs (their text
    layer) and Word .docx files, told by their content. The date, place and title come from
    the report's own header unless given. Each draft passes `govfacts check` as written;
    entries check would refuse are left in as comments. Ids avoid those of the base (--data,
    default the shipped one) and of the other drafts.

    One report without -o: the TOML goes to stdout, its source's file the page's path from
    here (valid only saved here, in a base the page lies inside). Several reports or a folder:
    -o DIR is required for TOML; each report gets DIR/<name>.toml and its text in
    DIR/sources/; a progress bar on a terminal and a summary table on stderr; a failing
    report is reported and the others written. Exit 0 when every report was drafted, else the
    highest code among those that failed: 1 no facts found, 2 a file it will not overwrite,
    3 a file it cannot read, 70 a bug.

    Example: govfacts extract reports/ -o drafts && govfacts check --data shipped --data drafts
    """
    from govfacts.batch.plan import Job, expand, is_batch, plan

    many = is_batch(reports)
    target = _target(output_to, reports[0], many, fmt is DraftFormat.toml)
    _check_options(date, source_id, many, title)
    toml = fmt is DraftFormat.toml
    if many and toml and target is None:
        raise UsageError(_("with several reports or a folder, name a folder for the drafts with -o DIR"))
    if many and not toml and target is not None and target.is_dir():
        raise UsageError(_("--format {format} writes the records of every report to one file or stdout; -o names a file").format(format=fmt.value))
    from govfacts.batch.outputs import refuse_existing
    from govfacts.batch.run import (
        Options,
        ReportRecords,
        draft_all,
        draft_one,
        exit_code,
        guessed_place,
        row_of,
    )
    from govfacts.extract.gazetteer_match import PlaceFinder

    places = PlaceFinder.from_gazetteer()
    if place is not None and places is not None and places.lookup(place) is None:
        raise UsageError(_("--place {place!r}: no province, city or county of that name").format(place=place))
    opts = Options(places, date, place, title, source_id, force, toml)
    if dates is not None:
        from govfacts.batch.plan import read_dates

        opts.dates = read_dates(dates)
    if not many:
        job = Job(reports[0], str(reports[0]), reports[0].stem, target if toml else None)
        if target is not None:
            refuse_existing(target, force)
        if toml:
            opts.used, opts.known_regions = _base_ids(data, source_id)
        out = draft_one(job, opts)
        for warning in out.warnings:
            say(warning)
        if guessed := guessed_place(out, place):
            say(_("{page}: the header names no place; guessed from the text: {place} (give --place if that is wrong)").format(
                page=job.shown, place=guessed))
        if not toml:
            from govfacts.output.output import output

            output(ReportRecords(out.drafted.records), fmt.value, None, env(), target=target)
        elif target is None and out.toml is not None:
            env().raw(out.toml)
        else:
            row = row_of(job, out, opts)
            kinds = [r.get("kind") for r in out.drafted.records]
            say(_("wrote {target}: {figures} figures, {honours} honours, {programs} programs, {flagged} for review").format(
                target=target, figures=row.figures or 0, honours=kinds.count("honour"), programs=kinds.count("program"),
                flagged=row.flagged or 0))
        return
    files, others = expand(reports, skip=target if toml else None)
    others = [o for o in others if dates is None or not os.path.samefile(o, dates)]  # (the dates file beside the reports)
    jobs = plan(files, target, force) if toml and target is not None else [Job(f, str(f), f.stem, None) for f in files]
    if others:
        names = "、".join(str(o) for o in others[:3]) + ("…" if len(others) > 3 else "")
        say(n_("passed over {n} file that is not a report (.txt, .html, .pdf, .docx): {names}",
               "passed over {n} files that are not reports (.txt, .html, .pdf, .docx): {names}", len(others)).format(
                   n=len(others), names=names))
    if unnamed := sorted(set(opts.dates) - {f.name for f in files} - {f.stem for f in files}):
        say(_("--dates names {names}, which is no report of this run").format(names="、".join(unnamed[:3]) + ("…" if len(unnamed) > 3 else "")))
    if toml:
        opts.used, opts.known_regions = _base_ids(data, None)
    with run_env().report_progress(len(jobs)) as advance:
        rows, records = draft_all(jobs, opts, lambda row: advance(row.report))
    if not toml and records:
        from govfacts.output.output import output

        output(ReportRecords(records), fmt.value, None, env(), target=target)
    _summary(rows)
    code = exit_code(rows)
    if code:
        raise typer.Exit(code)


def _target(given: str | None, report: Path, many: bool, toml: bool) -> Path | None:
    """Where -o writes: the path given; for one report's TOML draft and a folder (one that
    exists, or a new name with a trailing / or without .toml: -o drafts), DIR/<name>.toml in
    it, the folder made if need be."""
    if given is None:
        return None
    path = Path(given)
    folder = path.is_dir() or (not path.exists() and (given.endswith(("/", os.sep)) or not path.suffix))
    if many or not toml or not folder:
        return path
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise UsageError(_("cannot make the folder {path}: {reason}").format(path=path, reason=e.strerror or e)) from None
    return path / f"{report.stem or 'report'}.toml"

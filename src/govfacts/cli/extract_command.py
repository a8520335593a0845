"""`govfacts extract`: draft a fact-base file from a report page's text, for review.

The drafter (govfacts.extract, OpenCC, the gazetteer) loads inside the command only, so
that the query commands never pay for it.
"""

from __future__ import annotations

import os
import re
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from govfacts.cli.app import command, env, opened, say
from govfacts.cli.options import DataOpt
from govfacts.errors import ExitCode, GovfactsError, NoMatch, UsageError
from govfacts.i18n import _

_DATE = re.compile(r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?")
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


class PageUnreadable(GovfactsError):
    """The page to draft from is missing or cannot be read as text."""

    exit_code = ExitCode.BAD_DATA


class DraftFormat(str, Enum):
    toml = "toml"
    jsonl = "jsonl"
    json = "json"


def read_text(path: Path) -> tuple[str, bool]:
    """The page's text and whether it was GB18030 rather than UTF-8."""
    from govfacts.pagetext import PageError, decode

    try:
        text, encoding = decode(path, str(path))
    except PageError as e:
        raise PageUnreadable(str(e)) from None
    return text, encoding == "gb18030"


def _title(text: str, page: Path) -> str:
    """The page's first line with words on it, else the file's name."""
    for line in text.splitlines():
        line = " ".join(line.split())
        if line:
            return line[:120]
    return page.stem


def _source_id(given: str | None, page: Path, used: set[str]) -> str:
    if given is None:
        return re.sub(r"[^a-z0-9]+", "-", page.stem.lower()).strip("-") or "draft"
    if not _ID.fullmatch(given):
        raise UsageError(
            _("--source-id {id!r} is not a valid id (lowercase ASCII letters, digits and '-')").format(id=given)
        )
    if given in used:
        raise UsageError(_("--source-id {id!r} is already an id in the fact base; choose another").format(id=given))
    return given


def _refuse_existing(path: Path, force: bool) -> None:
    if path.is_dir():
        raise UsageError(_("{path} is a folder; name a file to write").format(path=path))
    if path.exists() and not force:
        raise UsageError(_("refusing to overwrite {path}: it exists (give --force to replace it)").format(path=path))


def _page_copy(page: Path, text: str, gb18030: bool, target: Path, force: bool) -> tuple[str, Path | None]:
    """The `file` of the draft's source, relative to `target`, and where to write the page (None: it is there).

    A UTF-8 page already in the TOML's folder tree (symlinks resolved) is used where it is;
    any other is copied, as UTF-8, into sources/ beside the TOML (a copy with the same text
    is left alone). Nothing is written through a symlink: a sources/ that is one is refused
    (exit 2), and a copy that is one is replaced only with --force.
    """
    from govfacts.files import read_regular

    folder = Path(os.path.realpath(os.path.dirname(os.path.abspath(target))))  # beside -o, not where it links
    here = Path(os.path.realpath(page))
    if not gb18030 and here.is_relative_to(folder):
        return here.relative_to(folder).as_posix(), None
    sources = folder / "sources"
    if sources.is_symlink():
        raise UsageError(
            _("{path} is a symlink; extract copies the page into a real folder sources/ beside the draft, never "
              "through a link: remove it or write the draft elsewhere").format(path=sources)
        )
    copy = sources / page.name
    utf8 = text.encode("utf-8")
    if not copy.is_symlink():
        try:
            if read_regular(copy) == utf8:
                return f"sources/{page.name}", None
        except OSError:  # not there, or not a file it could be: _refuse_existing says which
            pass
    elif not force:
        raise UsageError(_("refusing to overwrite {path}: it exists (give --force to replace it)").format(path=copy))
    _refuse_existing(copy, force)
    return f"sources/{page.name}", copy


def _where_valid(draft: str) -> str:
    """A draft written to stdout, with a comment after its header saying where it is valid: its
    page is named by its path from the current folder, and must lie inside the draft's base."""
    note = _(
        "Its source's file is the page's path from the folder extract ran in: the draft is valid\n"
        "only saved in that folder, in a base the page lies inside (check refuses a page outside\n"
        "its base). With -o, extract copies the page into sources/ beside the draft."
    )
    lines = draft.split("\n")
    at = next((n for n, line in enumerate(lines) if not line.startswith("#")), len(lines))
    return "\n".join([*lines[:at], *("# " + line for line in note.splitlines()), *lines[at:]])


def _write(path: Path, text: str) -> None:
    from govfacts.files import replacing

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with replacing(path) as tmp:
            tmp.write_bytes(text.encode("utf-8"))
    except OSError as e:
        raise UsageError(_("cannot write {path}: {reason}").format(path=path, reason=e.strerror or e)) from None


@command("extract")
def extract(
    page: Annotated[
        Path, typer.Argument(metavar="PAGE", help="The page's plain text (UTF-8 or GB18030).", show_default=False)
    ],
    date: Annotated[
        str | None,
        typer.Option("--date", "-d", help="The page's date (YYYY, YYYY-MM or YYYY-MM-DD); 今年, 去年 … count from it."),
    ] = None,
    source_id: Annotated[
        str | None, typer.Option("--source-id", help="The draft source's id (default: from the file name).")
    ] = None,
    title: Annotated[
        str | None, typer.Option("--title", help="The source's title (default: the page's first line).")
    ] = None,
    place: Annotated[
        str | None,
        typer.Option("--place", help="The page's main place, the one 全市/全县 refer to (default: guessed)."),
    ] = None,
    fmt: Annotated[
        DraftFormat, typer.Option("--format", "-f", help="A draft fact-base file, or the drafted records.")
    ] = DraftFormat.toml,
    target: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="Write to this file; a TOML draft copies the page into sources/ beside it."
        ),
    ] = None,
    data: DataOpt = None,
    force: Annotated[bool, typer.Option("--force", help="Replace files that exist.")] = False,
) -> None:
    """Draft a fact-base file from a report page's text: every entry needs review.

    The draft passes `govfacts check` as written; entries check would refuse are left in
    as comments. Its ids avoid those of the base (--data, default the shipped one).
    Without -o the TOML goes to stdout, its source's file the page's path from here: valid
    only saved here, in a base the page lies inside.

    Example: govfacts extract page.txt --date 2025-12 --place 金华 -o reports/jinhua.toml
    """
    if date is not None and not _DATE.fullmatch(date):
        raise UsageError(_("--date {date!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)").format(date=date))
    text, gb18030 = read_text(page)
    if target is not None:
        _refuse_existing(target, force)
    from govfacts.extract.draft import draft
    from govfacts.extract.places import Places

    places = Places.from_gazetteer()
    if place is not None and places is not None and places.lookup(place) is None:
        raise UsageError(_("--place {place!r}: no province, city or county of that name").format(place=place))
    drafted = draft(text, date, place, places)
    if not drafted.records:
        raise NoMatch(_("no facts found"))
    if fmt is not DraftFormat.toml:
        from govfacts.extract.records import DraftRecords
        from govfacts.output.output import output

        if gb18030:
            say(_("{page} is GB18030 text, not UTF-8: read as GB18030").format(page=page))
        output(DraftRecords(drafted.records), fmt.value, None, env(), target=target)
        return
    from govfacts.extract.toml_draft import draft_toml

    with opened(data) as db:
        used = {row[0] for row in db.execute("SELECT id FROM fact UNION SELECT id FROM source UNION SELECT id FROM region")}
        known = db.execute("SELECT id, name, parent FROM region").fetchall()
    sid = _source_id(source_id, page, used)
    copy = None
    if target is not None:
        file, copy = _page_copy(page, text, gb18030, target, force)
    else:
        file = Path(os.path.relpath(os.path.realpath(page))).as_posix()
    if gb18030:
        if copy:
            said = _("{page} is GB18030 text, not UTF-8: read as GB18030; the copy in {copy} is UTF-8")
        else:
            said = _("{page} is GB18030 text, not UTF-8: read as GB18030; convert it to UTF-8 before `govfacts check`")
        say(said.format(page=page, copy=copy))
    out = draft_toml(
        drafted.records, sid, title or _title(text, page), date, file, used, known_regions=known, page=text
    )
    if target is None:
        sys.stdout.write(_where_valid(out))
        return
    if copy is not None:
        _write(copy, text)
    _write(target, out)

"""One report drafted: its file read, its header read, its facts drafted, its draft written out.

`read_report` reads the file (readers.document) and its header (readers.header), and settles
the date, place and title, each with where it came from: the command line, a line of the
header, or nowhere. `draft_report` drafts its facts (extract.draft); `toml_of` writes the
draft (extract.toml_draft) with a header comment saying what was read and from where, the
page's URL where it states one, and the ids it took, for the next report to avoid.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from govfacts.errors import NoMatch
from govfacts.i18n import _
from govfacts.readers.document import Document, read
from govfacts.readers.header import Found, Header, read_header

_ID_LINE = re.compile(r'^(?:# )?id = "([^"]+)"$', re.MULTILINE)
_DECLARED_REGION = re.compile(r"^\[\[region\]\]$", re.MULTILINE)
_COMMENTED_ID = re.compile(r'^# id = "([^"]+)"$', re.MULTILINE)  # (an entry left in as a comment)


@dataclass
class Reading:
    """A report read: its document, header, and the date, place and title settled for the draft."""

    doc: Document
    header: Header
    date: str | None = None
    date_said: str = ""
    place: str | None = None
    place_said: str = ""
    title: str = ""
    title_said: str = ""


@dataclass
class Drafted:
    reading: Reading
    records: list[dict[str, Any]] = field(default_factory=list)
    main_place: str | None = None  # the page's main place as the drafter settled it

    @property
    def indicators(self) -> int:
        return sum(1 for r in self.records if r.get("kind") == "indicator")


def _line(found: Found) -> str:
    if found.line <= 0:
        return _("the file's own title")
    return _("line {n}: {text}").format(n=found.line, text=found.text)


def read_report(
    path: Path,
    shown: str,
    known: Any,
    date: str | None = None,
    place: str | None = None,
    title: str | None = None,
    given_by: str = "--date",
) -> Reading:
    """Read `path` (Unreadable if it cannot be), and settle its date, place and title: those given
    win (the date by the option `given_by` names); else the header's; `known(name)` tells a place
    name the gazetteer knows."""
    doc = read(path, shown)
    header = read_header(doc.text, known, doc.title)
    r = Reading(doc, header)
    if date is not None:
        r.date, r.date_said = date, _("given by {option}").format(option=given_by)
        found = header.date
        if found is not None and found.value and not (found.value.startswith(date) or date.startswith(found.value)):
            # (--date 2026-01-20 for a report delivered on 2026-01-27: said, so a slip is seen)
            r.date_said = _("given by {option}; the header says {date}, {line}").format(
                option=given_by, date=found.value, line=_line(found))
    elif header.date is not None:
        said = {
            "delivery": _("the date of delivery in the report's header, {line}"),
            "published": _("the date of publication in the page's header (no date of delivery found), {line}"),
            "title": _("the year in the report's title (no date of delivery found), {line}"),
        }[header.date_from or "delivery"]
        r.date, r.date_said = header.date.value, said.format(line=_line(header.date))
    else:
        r.date_said = _("not found in the header: relative periods (今年, 去年 …) are left unresolved; give --date")
    if place is not None:
        r.place, r.place_said = place, _("given by --place")
    elif header.place is not None:
        r.place, r.place_said = header.place.value, _("read from the report's header, {line}").format(line=_line(header.place))
    else:
        r.place_said = _("not found in the header: guessed from the text")
    if title is not None:
        r.title, r.title_said = title, _("given by --title")
    elif header.title is not None:
        r.title, r.title_said = header.title.value[:200], _line(header.title)
    else:
        r.title, r.title_said = path.stem, _("the file's name")
    return r


def draft_report(reading: Reading, places: Any) -> Drafted:
    """The report's facts drafted; NoMatch when it states none."""
    from govfacts.extract.draft import draft

    d = draft(reading.doc.text, reading.date, reading.place, places)
    if not d.records:
        raise NoMatch(_("no facts found"))
    return Drafted(reading, d.records, d.place)


def read_comment(reading: Reading, main_place: str | None, copy: str | None) -> list[str]:
    """The lines of the draft's header that say what was read and from where."""
    doc = reading.doc
    lines = [_("Read from {file}: {what}.").format(file=doc.path.name, what="; ".join(doc.notes))]
    if copy:
        lines.append(_("The text the quotes are checked against is {copy}.").format(copy=copy))
    if doc.url:
        lines.append(_("The page states its address: {url}").format(url=doc.url))
    lines.append(_("Date: {date}, {how}.").format(date=reading.date or "—", how=reading.date_said))
    shown_place = main_place or reading.place or "—"
    how = reading.place_said if shown_place != "—" else _("named neither in the header nor in the text; give --place")
    lines.append(_("Place: {place}, {how}.").format(place=shown_place, how=how))
    lines.append(_("Title: {how}.").format(how=reading.title_said))
    return lines


def annotate(draft: str, lines: list[str]) -> str:
    """A draft with comment lines added after the header comment it begins with, each cleaned
    (a file name with a terminal code in it is shown escaped: TOML comments hold no controls)."""
    from govfacts.text import clean

    text = draft.split("\n")
    at = next((n for n, line in enumerate(text) if not line.startswith("#")), len(text))
    return "\n".join([*text[:at], *("# " + clean(line) for line in lines), *text[at:]])


def _source_fields(draft: str, fields: dict[str, str]) -> str:
    """The draft with `fields` added at the end of its [[source]] entry's keys."""
    import json

    text = draft.split("\n")
    start = text.index("[[source]]")
    end = start + 1
    while end < len(text) and text[end] and not text[end].startswith("["):
        end += 1
    added = [f"{key} = {json.dumps(value, ensure_ascii=False)}" for key, value in fields.items() if value]
    return "\n".join([*text[:end], *added, *text[end:]])


def toml_of(
    drafted: Drafted,
    source_id: str,
    file: str | None,
    used: set[str],
    known_regions: list[tuple[str, str, str | None]],
    copy: str | None = None,
) -> tuple[str, set[str]]:
    """The draft's TOML, and every id it holds (entries left in as comments too)."""
    from govfacts.extract.toml_draft import draft_toml

    r = drafted.reading
    text = draft_toml(
        drafted.records, source_id, r.title, r.date, file, used, known_regions=known_regions, page=r.doc.text
    )
    extra: dict[str, str] = {}
    if r.doc.url:
        extra["url"] = r.doc.url
    if r.header.publisher is not None:
        extra["publisher"] = r.header.publisher.value
    if r.date is not None and r.header.date_from in ("published", "title") and r.header.date is not None and r.date == r.header.date.value:
        extra["date_note"] = _("Not the date of delivery, which the header does not print: {line}").format(line=r.header.date.text)
    text = _source_fields(text, extra)
    text = annotate(text, read_comment(r, drafted.main_place, copy))
    return text, set(_ID_LINE.findall(text))


def flagged(records: list[dict[str, Any]], toml: str | None) -> int:
    """Entries flagged for review: left in as comments (check would refuse them), places the
    gazetteer does not list, and records the drafter marks `review`."""
    marked = {r["id"] for r in records if r.get("review")}
    if toml is None:
        return len(marked)
    commented = set(_COMMENTED_ID.findall(toml))  # (each entry once: one commented out may be marked too)
    return len(marked | commented) + len(_DECLARED_REGION.findall(toml))


def where_valid(draft: str) -> str:
    """A draft written to stdout, with a comment after its header saying where it is valid: its
    page is named by its path from the current folder, and must lie inside the draft's base."""
    note = _(
        "Its source's file is the page's path from the folder extract ran in: the draft is valid\n"
        "only saved in that folder, in a base the page lies inside (check refuses a page outside\n"
        "its base). With -o, extract copies the page into sources/ beside the draft."
    )
    return annotate(draft, note.splitlines())

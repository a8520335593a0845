"""Any id govfacts prints, answered in full: a fact, a figure, a source page or a place.

`fact ID` and `search ID` resolve ids here. A fact is shown with its page's paragraph
around its quote and the other statements of its figure; an unknown id gets the
nearest ids as suggestions.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from govfacts.engine.lookup import FACT_COLUMNS, Lookup, whole_figures
from govfacts.engine.results import FactDetail, PageText, Record, Result
from govfacts.errors import NoMatch, UsageError
from govfacts.i18n import _
from govfacts.pagetext import FlatPage, PageError, paragraph, read_page

FIGURE = re.compile(r"fig-([0-9a-f]{12})\Z")


def kind_of(db: sqlite3.Connection, ident: str) -> str | None:
    """What an id names: 'fact', 'figure', 'source', 'region', or None."""
    m = FIGURE.match(ident)
    if m:
        found = db.execute("SELECT 1 FROM fact WHERE figure = ? LIMIT 1", (int(m.group(1), 16),)).fetchone()
        return "figure" if found else None
    for kind, sql in (
        ("fact", "SELECT 1 FROM fact WHERE id = ? LIMIT 1"),
        ("source", "SELECT 1 FROM source WHERE id = ? LIMIT 1"),
        ("region", "SELECT 1 FROM region WHERE id = ? LIMIT 1"),
        ("region", "SELECT 1 FROM region_alias WHERE alias = ? LIMIT 1"),  # cn-330800, a declared place
    ):
        if db.execute(sql, (ident,)).fetchone():
            return kind
    return None


def describe(db: sqlite3.Connection, ident: str) -> Result:
    """The answer for any id: a fact or figure in full, a source page, or a place's profile."""
    from govfacts.engine import facts, sources

    ident = ident.strip()
    if not ident:
        raise UsageError(_("the id is empty; see govfacts search to find one"))
    kind = kind_of(db, ident)
    if kind == "source":
        return sources.source_page(db, ident)
    if kind == "region":
        alias = db.execute("SELECT region FROM region_alias WHERE alias = ?", (ident,)).fetchone()
        return facts.profile(db, ident, region_id=alias[0] if alias else ident)
    if kind == "figure":  # its first statement, with every other one listed
        number = int(ident[len("fig-") :], 16)
        (first,) = db.execute("SELECT id FROM fact WHERE figure = ? ORDER BY file, pos LIMIT 1", (number,)).fetchone()
        return fact_detail(db, first)
    if kind == "fact":
        return fact_detail(db, ident)
    close = _suggestion(db, ident)
    if close:
        from govfacts.engine.match import either

        raise NoMatch(
            _("no fact, figure, source or place with id {id!r}; did you mean {names}?").format(id=ident, names=either(close))
        )
    raise NoMatch(
        _("no fact, figure, source or place with id {id!r}; search for it with: govfacts search {id!r}").format(id=ident)
    )


def fact_detail(db: sqlite3.Connection, ident: str) -> FactDetail:
    """One fact in full, by its id."""
    row = db.execute(f"SELECT {FACT_COLUMNS} FROM fact f WHERE f.id = ?", (ident,)).fetchone()
    statements = Lookup(db).records(whole_figures(db, [row]))
    fact = next(r for r in statements if r["id"] == ident)
    source = source_record(db, fact["source"])
    text, span = None, None
    page = page_of(db, fact["source"])
    if page:
        try:
            content = read_page(Path(page), page)
        except PageError:
            content = None
        found = FlatPage(content).find(fact["quote"]) if content else None
        if content and found:
            text, span = paragraph(content, found)
    return FactDetail(fact, source, text, span, statements)


def source_record(db: sqlite3.Connection, ident: str) -> Record:
    from govfacts.engine.sources import source_list

    return next(s for s in source_list(db).rows if s["id"] == ident)


def page_of(db: sqlite3.Connection, source: str) -> str | None:
    """The path of a source's page text, if it names one."""
    found = db.execute("SELECT page FROM source WHERE id = ?", (source,)).fetchone()
    return found[0] if found else None


def page_text(db: sqlite3.Connection, ident: str) -> PageText:
    """A source's page, with where each of its facts' quotes stands on it."""
    from govfacts.engine.sources import source_page

    page = source_page(db, ident)  # NoMatch, with suggestions, for an unknown id
    path = page_of(db, ident)
    if not path:
        raise NoMatch(_("source {id!r} names no page text (its [[source]] has no file)").format(id=ident))
    try:
        content = read_page(Path(path), path).replace("\r\n", "\n")
    except PageError as e:
        raise NoMatch(_("source {id!r}: {problem}").format(id=ident, problem=e)) from None
    quotes = []
    flat = FlatPage(content)  # once for the page, however many quotes it holds
    for fact in page.facts:
        found = flat.find(fact["quote"])
        if found:
            quotes.append({"id": fact["id"], "start": found[0], "end": found[1]})
    quotes.sort(key=lambda q: (q["start"], q["end"]))
    return PageText(page.source, content, quotes)


def _suggestion(db: sqlite3.Connection, ident: str) -> list[str]:
    """The ids nearest the one typed, among those that share the longest beginning with it (maybe none)."""
    import difflib

    from govfacts.text import like_escape

    for cut in range(len(ident), 1, -1):
        pattern = like_escape(ident[:cut]) + "%"
        found = [
            i
            for (i,) in db.execute(
                "SELECT id FROM fact WHERE id LIKE ?1 ESCAPE '\\' UNION SELECT id FROM source WHERE id LIKE ?1 "
                "ESCAPE '\\' UNION SELECT id FROM region WHERE id LIKE ?1 ESCAPE '\\' LIMIT 2000",
                (pattern,),
            )
        ]
        if found:
            close = difflib.get_close_matches(ident, found, n=3, cutoff=0.5)
            if close:
                return close
    return []

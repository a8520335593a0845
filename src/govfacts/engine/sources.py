"""Questions about source pages: the list of pages, and one page with every fact it gives."""

from __future__ import annotations

import json
import sqlite3

from govfacts.engine.lookup import FACT_COLUMNS, Lookup
from govfacts.engine.results import SOURCE_FIELDS, Record, SourceList, SourcePage
from govfacts.errors import NoMatch


def _pages(db: sqlite3.Connection) -> list[Record]:
    from govfacts.engine.place_tree import layer_labels, layer_of

    counts = dict(db.execute("SELECT source, count(*) FROM fact GROUP BY source"))
    labels = layer_labels(db)
    pages = []
    for sid, data, file in db.execute("SELECT id, data, file FROM source ORDER BY file, pos"):
        d = json.loads(data)
        d["id"], d["facts"], d["layer"] = sid, counts.get(sid, 0), layer_of(file, labels)
        pages.append({f: d.get(f) for f in SOURCE_FIELDS})
    return pages


def source_list(db: sqlite3.Connection) -> SourceList:
    """Every source page, with how many facts cite it."""
    return SourceList(_pages(db))


def source_page(db: sqlite3.Connection, ident: str) -> SourcePage:
    """One source page and every fact that cites it, in page order."""
    pages = _pages(db)
    found = [s for s in pages if s["id"] == ident]
    if not found:
        import difflib

        from govfacts.engine.match import either
        from govfacts.i18n import _

        close = difflib.get_close_matches(ident, [s["id"] for s in pages], n=3, cutoff=0.5)
        if close:
            raise NoMatch(_("no source with id {id!r}; did you mean {names}?").format(id=ident, names=either(close)))
        raise NoMatch(_("no source with id {id!r}; see 'govfacts sources'").format(id=ident))
    rows = db.execute(
        f"SELECT {FACT_COLUMNS} FROM fact f WHERE f.source = ? ORDER BY f.file, f.pos", (ident,)
    ).fetchall()
    return SourcePage(found[0], Lookup(db).records(rows))

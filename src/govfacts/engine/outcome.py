"""What a query says besides its records: why it found nothing, and remarks on what it found.

Each result carries `nothing` (the message when it holds nothing: the command exits 1 with
it) and `remarks` (lines said after the output, exit 0). They are chosen here, once, from the
query and the base, so that the CLI and the Python API say the same thing.
"""

from __future__ import annotations

import re
import shlex
import sqlite3

from govfacts.engine.results import Comparison, FactList, Profile, SearchHits
from govfacts.errors import NoMatch
from govfacts.i18n import _, n_

# The command that lists each kind of fact.
COMMANDS = {"indicator": "metric", "program": "programs", "honour": "honours"}
_SHELL_SPECIAL = re.compile(r"[\s'\"\\$`!*?&|;<>()\[\]{}~#]")


def shell_word(word: str) -> str:
    """A word as a shell reads it back: as it is (连冠), or quoted where the shell would split or expand it."""
    return shlex.quote(word) if not word or _SHELL_SPECIAL.search(word) else word


def _nothing_of(kind: str, text: str | None) -> str:
    if kind == "indicator":
        return _("no indicator matches {text!r}").format(text=text)
    if kind == "program":
        return _("no program matches {text!r}").format(text=text) if text else _("no program matches")
    return _("no honour matches {text!r}").format(text=text) if text else _("no honour matches")


def _elsewhere(db: sqlite3.Connection, nothing: str, text: str | None, kind: str, region: str | None, period: str | None) -> str:
    """`nothing`, with which other kinds hold `text` and the command that lists them (search, for several)."""
    from govfacts.engine.facts import other_kinds

    found = other_kinds(db, text, kind, region, period) if text else {}
    if not found:
        return nothing
    (other, count), *more = found.items()
    words = ["govfacts", "search" if more else COMMANDS[other], text or ""]
    words += [*(("--region", region) if region else ()), *(("--period", period) if period else ())]
    command = " ".join(map(shell_word, words))
    if more:
        count = sum(found.values())
        hint = n_("{count} fact of other kinds does ({command})", "{count} facts of other kinds do ({command})", count)
    elif other == "indicator":
        hint = n_("{count} indicator does ({command})", "{count} indicators do ({command})", count)
    elif other == "program":
        hint = n_("{count} program does ({command})", "{count} programs do ({command})", count)
    else:
        hint = n_("{count} honour does ({command})", "{count} honours do ({command})", count)
    return _("{nothing}; {hint}").format(nothing=nothing, hint=hint.format(count=count, command=command))


def listing(db: sqlite3.Connection, found: FactList, text: str | None, region: str | None, period: str | None) -> FactList:
    """A listing of one kind (metric, programs, honours) with its `nothing`: which filter removed
    what, else which other kinds hold the text, else that nothing matches."""
    from govfacts.engine.facts import explain_nothing

    if found.rows:
        return found
    kind = found.kind or "indicator"
    try:
        explain_nothing(db, text, kind, region, period)
    except NoMatch as e:
        found.nothing = e.message
        return found
    found.nothing = _elsewhere(db, _nothing_of(kind, text), text, kind, region, period)
    return found


def profile(found: Profile) -> Profile:
    """`show`'s remarks and `nothing`: a known place without facts is shown, and said so (exit 0)."""
    from govfacts.output.labels import nothing_within

    found.remarks = [_("note: {note}").format(note=note) for note in found.notes]
    name = found.place["name"]
    if not found.holds_facts:
        where = " › ".join(found.place["path"])
        found.remarks.append(_("the base has no facts about {place} ({path})").format(place=name, path=where))
    elif found.records():
        pass
    elif found.asked and found.below_within:
        found.nothing = nothing_within(name, found.asked, found.below_within)
    elif found.below:
        found.nothing = _("no facts about {place} itself match; the places below it hold {count} (--all shows them)").format(
            place=name, count=found.below
        )
    else:
        found.nothing = _("no facts about {place} match").format(place=name)
    return found


def search(found: SearchHits, asked: str) -> SearchHits:
    """A search that found nothing says so, with a did-you-mean where a place was mistyped."""
    if not found.hits:
        nothing = _("no match for {text!r}").format(text=asked)
        found.nothing = _("no match for {text!r}; {hint}").format(text=asked, hint=found.hint) if found.hint else nothing
    return found


def comparison(found: Comparison, metric: str) -> Comparison:
    """A comparison says which places have no value, or that none has."""
    if not found.rows:
        found.nothing = _("no indicator matches {text!r} in these places").format(text=metric)
        return found
    lacking = found.lacking
    if lacking:
        note = _("{count} of {total} places have no indicator matching {text!r}: {places}").format(
            text=metric, count=len(lacking), total=len(found.places), places="、".join(p.name for p in lacking)
        )
        found.remarks = [_("note: {note}").format(note=note)]
    return found

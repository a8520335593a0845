"""What each review code a drafted record carries asks its reviewer to look at, in the run's language."""

from __future__ import annotations

from govfacts.i18n import _


def reason(code: str) -> str:
    """What a review code asks a reviewer to look at, in this run's language."""
    reasons = {
        "name-from-earlier-clause": _("the name was taken from an earlier clause"),
        "list-not-split": _("a list of figures shares one name; give each its own"),
        "no-name": _("no name was found"),
        "name-unclear": _("the name is long, a list, a clause's piece, a verb or a measure alone, or runs into another figure; keep the measured noun and what it is of"),
        "list-ending-shared": _("the last item of the list has an ending the items before it may share; end each name"),
        "region-carried": _("the place was named in an earlier sentence"),
        "region-elsewhere": _("the place named lies outside the page's own place"),
        "region-unknown": _("no place is named for the figure or the page; give the page's with --place"),
        "one-case": _("the sentence tells of one case: the figure may be the case's, not the place's"),
        "held-within": _("the title went to something in the place (a site, a team, a firm), not to the place itself"),
        "period-carried": _("the period was stated in an earlier paragraph"),
        "period-from-section": _("the five-year review's period: the level at its end, or the sum over its years?"),
        "period-from-date": _("no word gives the period: it is the year the page's date looks back on"),
    }
    return reasons.get(code, code)

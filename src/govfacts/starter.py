"""`govfacts init`: a new, empty fact base to layer over the shipped one."""

from __future__ import annotations

from pathlib import Path

from govfacts.errors import UsageError
from govfacts.i18n import _

README = """\
# A fact base of your own

This folder is a govfacts fact base, meant to be read on top of the shipped one:

    govfacts check --data shipped --data {name}
    govfacts show 青岛 --data shipped --data {name}

(or set GOVFACTS_DATA=shipped{sep}{name} once and leave out --data).

To add a report:

1. Save the page's text in sources/, as UTF-8 (convert a GB18030 page with iconv).
2. Draft its facts: govfacts extract sources/PAGE.txt --date 2025-11 -o {name}/PAGE.toml
   or write them by hand, following the template in facts.toml.
3. Review every entry against the page; run govfacts check until it prints ok.
4. Query: govfacts metric 刑事警情 --data shipped --data {name}

Places need no [[region]] when the gazetteer has them: a fact's region may be a
gazetteer id, cn- and the six-digit code (cn-370200 is 青岛市). Declare only the places
it lacks (街道, 镇, 村, 社区), with a parent that may be a gazetteer id. Ids must be
unique across every layer; references may point into the shipped base.
"""

TEMPLATE = """\
# A govfacts fact base: one [[source]] per page, one entry per fact it states.
# The format: docs/schema.md. Every quote is checked against its page, word for word,
# and every figure against its quote; ids are unique across all layers.
#
# [[source]]
# id = "qingdao-2025-report"              # lowercase letters, digits and -
# title = "the page's headline"
# date = "2025-12"
# file = "sources/qingdao-2025-report.txt"  # the page's text, relative to this file
#
# [[region]]                              # only places the gazetteer lacks
# id = "qingdao-some-street"
# name = "某某街道"
# level = "街道"
# parent = "cn-370202"                    # a gazetteer place: cn- and its code
#
# [[indicator]]
# id = "qingdao-criminal-calls-2025"
# region = "cn-370200"                    # 青岛市
# name = "刑事警情"                        # what is measured
# value = -28.4                           # plain units, signed for a change: 下降28.4% is -28.4
# unit = "%"                              # plain units: 元, not 万元
# measure = "change"                      # level or change
# basis = "同比"
# period = "2025"
# period_label = "今年以来"
# source = "qingdao-2025-report"
# quote = "the page's own words that state the figure"
"""


def init(folder: Path) -> list[Path]:
    """Make a new fact base in `folder`; return what was written. UsageError if it is not empty."""
    import os

    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise UsageError(
            _("{folder} already exists and is not empty; name a new folder").format(folder=folder)
        )
    try:
        (folder / "sources").mkdir(parents=True, exist_ok=True)
        readme, template = folder / "README.md", folder / "facts.toml"
        readme.write_text(README.format(name=folder, sep=os.pathsep), encoding="utf-8")
        template.write_text(TEMPLATE, encoding="utf-8")
    except OSError as e:
        raise UsageError(
            _("cannot make {folder}: {reason}").format(folder=folder, reason=e.strerror or e)
        ) from None
    return [folder / "sources", readme, template]

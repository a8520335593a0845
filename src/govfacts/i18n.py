"""The language people read govfacts in: Chinese, unless the locale is English.

Messages are written in English in the code, inside `_()` (or `n_()` for a count), with
named placeholders filled by .format() after the lookup:

    _("no facts about {place}").format(place=name)

A message made before the language is known (a table header, a constant) is marked with
`N_()` and translated with `translate()` where it is shown. `_()` takes only a string
written in place, so that the catalog tools find every message.

Chinese comes from the catalog locale/zh/LC_MESSAGES/govfacts.mo, made from govfacts.po
by tools/catalog.sh (xgettext, msgmerge, msgfmt); English is the text as written.

Which language: GOVFACTS_LANG (zh or en) if set; else the first of LC_ALL, LC_MESSAGES
and LANG that is set, English if it names English (en_US.UTF-8) and Chinese otherwise:
C, POSIX, zh_CN.UTF-8 and an unset locale all give Chinese, because the users read it.
Only what people read follows the language: JSON keys, ids and data never change.
"""

from __future__ import annotations

import gettext
from functools import lru_cache
from pathlib import Path

DOMAIN = "govfacts"
LANGUAGES = ("zh", "en")
LOCALE_DIR = Path(__file__).resolve().parent / "locale"


def language() -> str:
    """The language of this run: "zh" or "en" (its settings: govfacts.settings)."""
    from govfacts.settings import current

    settings = current()
    if settings.lang in LANGUAGES:
        return settings.lang
    if settings.locale:
        return "en" if settings.locale.lower().startswith("en") else "zh"
    return "zh"


@lru_cache(maxsize=len(LANGUAGES))
def catalog(lang: str) -> gettext.NullTranslations:
    """The translations of one language; English is the messages as written."""
    if lang == "en":
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, LOCALE_DIR, languages=[lang], fallback=True)


def _(message: str) -> str:
    """`message` in the language of this run."""
    return catalog(language()).gettext(message)


def translate(message: str) -> str:
    """A message marked elsewhere with N_() (held in a variable), in the language of this run."""
    return catalog(language()).gettext(message)


def N_(message: str) -> str:
    """Mark `message` for the catalog without translating it yet (table headers: translated
    when the table is drawn, in the language of that run)."""
    return message


def n_(singular: str, plural: str, count: int) -> str:
    """The singular or plural message for `count`, in the language of this run."""
    return catalog(language()).ngettext(singular, plural, count)

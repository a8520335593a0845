"""What the environment variables ask for, read in one place.

A run's settings are read once, when its environment (output.env.Env) is made, and hold
for the whole run (`using`); a library call outside a run reads them when it asks.
Nothing else in govfacts reads os.environ.

    GOVFACTS_DATA       the fact base when no --data is given (paths joined by os.pathsep)
    GOVFACTS_CACHE_DIR  where indexes are cached
    GOVFACTS_LANG       zh or en; else LC_ALL, LC_MESSAGES, LANG (i18n.py)
    GOVFACTS_DEBUG      1: a bug shows its traceback
    FORCE_COLOR         tables as on a terminal, also into a pipe
    NO_COLOR            no colour in tables
"""

from __future__ import annotations

import contextlib
import contextvars
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    data: tuple[str, ...] = ()  # GOVFACTS_DATA, split
    cache_dir: str = ""  # GOVFACTS_CACHE_DIR
    xdg_cache_home: str = ""  # XDG_CACHE_HOME (Linux)
    local_app_data: str = ""  # LOCALAPPDATA (Windows)
    lang: str = ""  # GOVFACTS_LANG, lower case
    locale: str = ""  # the first of LC_ALL, LC_MESSAGES and LANG that is set
    debug: bool = False  # GOVFACTS_DEBUG set to anything but 0
    force_color: bool = False  # FORCE_COLOR set and not empty
    no_color: bool = False  # NO_COLOR set and not empty

    @classmethod
    def read(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """The settings these variables give (os.environ unless told)."""
        env = os.environ if environ is None else environ
        locale = next((env[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(name)), "")
        return cls(
            data=tuple(p for p in env.get("GOVFACTS_DATA", "").split(os.pathsep) if p),
            cache_dir=env.get("GOVFACTS_CACHE_DIR", ""),
            xdg_cache_home=env.get("XDG_CACHE_HOME", ""),
            local_app_data=env.get("LOCALAPPDATA", ""),
            lang=env.get("GOVFACTS_LANG", "").strip().lower(),
            locale=locale,
            debug=env.get("GOVFACTS_DEBUG", "") not in ("", "0"),
            force_color=env.get("FORCE_COLOR", "") != "",
            no_color=env.get("NO_COLOR", "") != "",
        )


_RUN: contextvars.ContextVar[Settings | None] = contextvars.ContextVar("govfacts_settings", default=None)


def current() -> Settings:
    """The settings of the run in progress; outside one, those the environment gives now."""
    settings = _RUN.get()
    return settings if settings is not None else Settings.read()


@contextlib.contextmanager
def using(settings: Settings) -> Iterator[Settings]:
    """These settings for everything done inside (one command's run)."""
    token = _RUN.set(settings)
    try:
        yield settings
    finally:
        _RUN.reset(token)

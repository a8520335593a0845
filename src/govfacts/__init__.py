"""govfacts: look up the facts that government reports state, with their sources.

The Python API (docs/api.md): `govfacts.open()` gives a `Library`, whose methods ask what the
commands ask and return typed results. The names load on first use, so that `import
govfacts` (and every command) stays as quick as it was.
"""

from typing import TYPE_CHECKING

__version__ = "0.1.0"

# Each public name, and the module that defines it.
_PUBLIC = {
    "open": "govfacts.api",
    "Library": "govfacts.api",
    "FactBase": "govfacts.factbase",
    "Result": "govfacts.engine.results",
    "GovfactsError": "govfacts.errors",
    "UsageError": "govfacts.errors",
    "NoMatch": "govfacts.errors",
    "DataError": "govfacts.errors",
    "IndexDamaged": "govfacts.errors",
    "ExitCode": "govfacts.errors",
    "UnknownPlace": "govfacts.errors",
    "AmbiguousPlace": "govfacts.errors",
    "Unreadable": "govfacts.errors",
}
__all__ = [
    "__version__", "open", "Library", "FactBase", "Result",
    "GovfactsError", "UsageError", "NoMatch", "DataError", "IndexDamaged", "ExitCode",
    "UnknownPlace", "AmbiguousPlace", "Unreadable",
]

if TYPE_CHECKING:  # what type checkers and editors see; at run time, __getattr__ loads them
    from govfacts.api import Library, open
    from govfacts.engine.results import Result
    from govfacts.errors import (
        AmbiguousPlace,
        DataError,
        ExitCode,
        GovfactsError,
        IndexDamaged,
        NoMatch,
        UnknownPlace,
        Unreadable,
        UsageError,
    )
    from govfacts.factbase import FactBase


def __getattr__(name: str) -> object:
    if name not in _PUBLIC:
        raise AttributeError(f"module 'govfacts' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(_PUBLIC[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*__all__, *(name for name in globals() if name.startswith("__"))})

"""Which fact base a command reads: --data, GOVFACTS_DATA, or the one shipped with govfacts."""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def discover(data: Path) -> list[Path]:
    """The TOML files a fact-base path stands for: the file itself, or every *.toml below a folder."""
    if data.is_dir():
        found = []
        for root, dirs, files in os.walk(data):
            dirs.sort()
            found.extend(Path(root, f) for f in sorted(files) if f.endswith(".toml"))
        return found
    return [data]


def packaged_data() -> Path:
    """The shipped fact base: inside the installed package, or data/ of a source checkout."""
    installed = _PACKAGE / "data"
    if installed.is_dir():
        return installed
    return _PACKAGE.parent.parent / "data"


def data_path(option: Path | None) -> Path:
    """The fact base chosen by the option, else the environment, else the shipped one."""
    if option is not None:
        return option
    configured = os.environ.get("GOVFACTS_DATA")
    if configured:
        return Path(configured)
    return packaged_data()

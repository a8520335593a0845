"""The files an index is built from, as the index names them (light: read on every query)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Files:
    """The files of a base: key (the path below the base's folder) → path to read, and → stamp."""

    paths: dict[str, Path]
    stamps: dict[str, str]
    root: str = ""


def stamp(path: str | Path) -> str:
    """What identifies one version of a file without reading it; OSError if it cannot be looked at."""
    st = os.stat(path)
    return f"{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}:{st.st_ino}"


def page_stamp(path: str) -> str:
    """A page file's stamp, as the index remembers it ('missing' when there is none)."""
    try:
        return stamp(path)
    except OSError:
        return "missing"

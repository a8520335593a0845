"""The files an index is built from, as the index names them (light: read on every query)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass
class Files:
    """The files of a base: key (the path below the base's folder) → path to read, and → stamp."""

    paths: dict[str, Path]
    stamps: dict[str, str]
    root: str = ""

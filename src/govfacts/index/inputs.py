"""The files an index is built from, as the index names them (light: read on every query)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

# The file key of the gazetteer's rows in the index: never a file of the base.
GAZETTEER = "gazetteer"


@dataclass
class Files:
    """The files of a base: key (`n:path` below layer n's folder) → path to read, and → stamp."""

    paths: dict[str, Path]
    stamps: dict[str, str]
    roots: list[str] = field(default_factory=lambda: [""])
    labels: list[str] = field(default_factory=lambda: [""])

    def path_of(self, key: str) -> str:
        """The path of a file, from its key in the index."""
        return path_of(key, self.roots)


def path_of(key: str, roots: list[str]) -> str:
    """The path of a file from its key `n:path` (path below layer n's folder)."""
    layer, _, rel = key.partition(":")
    if not layer.isdigit() or int(layer) >= len(roots):
        return key
    root = roots[int(layer)]
    return os.path.join(root, rel) if root else rel


def stamp(path: str | Path) -> str:
    """What identifies one version of a file without reading it; OSError if it cannot be looked at."""
    return stamp_of(os.stat(path))


def stamp_of(st: os.stat_result) -> str:
    """A file's stamp from its stat: size, times and inode (the index compares these exactly)."""
    return f"{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}:{st.st_ino}"


def page_stamp(path: str) -> str:
    """A page file's stamp, as the index remembers it ('missing' when there is none)."""
    try:
        return stamp(path)
    except OSError:
        return "missing"

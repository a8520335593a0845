"""Which reports a run of `govfacts extract` drafts, and where each one's draft and page copy go.

The files and folders given are expanded in order (a folder: every report file below it, by
name, in sorted order, hidden files, symlinked folders and the output folder left out); a
file named twice is drafted once. With several reports each gets DIR/<stem>.toml, its
page's text in DIR/sources/ under its own file's name (.txt added: 浙江省.pdf.txt); two
reports of one stem (浙江省.txt and 浙江省.pdf) become 浙江省.toml and 浙江省-pdf.toml. A draft that exists is
refused before anything is read, unless --force.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from govfacts.errors import UsageError
from govfacts.i18n import _
from govfacts.readers.document import SUFFIXES


@dataclass(frozen=True)
class Job:
    """One report to draft: its file, how messages name it, and where its draft goes (None: stdout)."""

    path: Path
    shown: str
    stem: str
    target: Path | None
    copy: str = ""  # the name of its page copy in sources/ (copy_name)

    def __post_init__(self) -> None:
        if not self.copy:
            object.__setattr__(self, "copy", copy_name(self.path.name))


def _walk(folder: Path, skip: Path | None) -> tuple[list[Path], list[Path]]:
    """Report files below `folder`, sorted by path, and the other files passed over."""
    found: list[Path] = []
    others: list[Path] = []
    for root, dirs, files in os.walk(folder):  # os.walk follows no symlinked folder
        here = Path(root)
        dirs[:] = sorted(
            d for d in dirs if not d.startswith(".") and (skip is None or os.path.realpath(here / d) != str(skip))
        )
        for name in sorted(files):
            if name.startswith("."):
                continue
            if Path(name).suffix.lower() in SUFFIXES:
                found.append(here / name)
            else:
                others.append(here / name)
    return found, others


def expand(given: list[Path], skip: Path | None = None) -> tuple[list[Path], list[Path]]:
    """The report files `given` names, folders expanded, each once; and the files the folders
    held that are not reports (by their names: .txt, .html, .pdf, .docx …)."""
    out: list[Path] = []
    seen: set[str] = set()
    others: list[Path] = []
    real_skip = Path(os.path.realpath(skip)) if skip is not None else None
    for path in given:
        if path.is_dir():
            files, passed = _walk(path, real_skip)
            others += passed
            if not files:
                raise UsageError(_("{path} holds no report files (.txt, .html, .pdf or .docx)").format(path=path))
        else:
            files = [path]
        for f in files:
            key = os.path.realpath(f)
            if key not in seen:
                seen.add(key)
                out.append(f)
    return out, others


def is_batch(given: list[Path]) -> bool:
    """Whether the arguments name several reports (more than one, or a folder)."""
    return len(given) > 1 or any(p.is_dir() for p in given)


def plan(files: list[Path], folder: Path, force: bool) -> list[Job]:
    """A job for each report, its draft DIR/<stem>.toml; UsageError if a draft exists (without
    `force`) or DIR is not a folder it can write into."""
    if folder.exists() and not folder.is_dir():
        raise UsageError(_("-o {path} is a file; with several reports, -o names a folder for their drafts").format(path=folder))
    stems: set[str] = set()
    copies: set[str] = set()
    jobs = []
    for f in files:
        stem = _stem(f, stems)
        copy = copy_name(f.name)
        if copy.lower() in copies:
            copy = copy_name(stem + f.suffix)  # 浙江省.txt of another folder: 浙江省-txt.txt
        copies.add(copy.lower())
        target = folder / f"{stem}.toml"
        if target.is_dir():
            raise UsageError(_("{path} is a folder; name a file to write").format(path=target))
        if (target.exists() or target.is_symlink()) and not force:
            raise UsageError(_("refusing to overwrite {path}: it exists (give --force to replace it)").format(path=target))
        jobs.append(Job(f, str(f), stem, target, copy))
    return jobs


def _stem(path: Path, used: set[str]) -> str:
    stem = path.stem or "report"
    if stem.lower() in used:
        suffix = path.suffix.lstrip(".").lower()
        base = f"{stem}-{suffix}" if suffix else stem
        stem, n = base, 2
        while stem.lower() in used:
            stem, n = f"{base}-{n}", n + 1
    used.add(stem.lower())
    return stem


def copy_name(name: str) -> str:
    """The name of a report's page copy in sources/: its file's own name, with .txt after it
    when it does not end so already (浙江省.pdf → 浙江省.pdf.txt)."""
    return name if name.lower().endswith(".txt") else name + ".txt"


def source_id(stem: str) -> str:
    """A source id from a file's stem: its pinyin where it is Chinese (浙江省 → zhejiangsheng)."""
    if re.search(r"[\u4e00-\u9fff]", stem):
        from pypinyin import lazy_pinyin

        stem = "".join(lazy_pinyin(stem))
    slug = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")[:40].strip("-")
    return slug or "report"


DATE = re.compile(r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?")


def read_dates(path: Path) -> dict[str, str]:
    """A --dates file: a JSON object of report file names (with or without their suffix) and
    their dates, {"02": "2024-01-24", "汉中.html": "2025-06"}; UsageError, saying where, if it is
    not one."""
    import json

    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        reason = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
        raise UsageError(_("--dates {path}: cannot read it: {reason}").format(path=path, reason=reason)) from None
    try:
        given = json.loads(text)
    except json.JSONDecodeError as e:
        raise UsageError(_("{path}:{line}: not JSON: {reason}").format(path=path, line=e.lineno, reason=e.msg)) from None
    if not isinstance(given, dict):
        raise UsageError(_("{path}: --dates takes a JSON object of file names and dates, {example}").format(
            path=path, example='{"02": "2024-01-24"}'))
    for name, date in given.items():
        if not isinstance(date, str) or not DATE.fullmatch(date):
            line = next((k + 1 for k, row in enumerate(text.splitlines()) if json.dumps(name, ensure_ascii=False) in row), 1)
            raise UsageError(_("{path}:{line}: the date of {name!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)").format(
                path=path, line=line, name=name))
    return dict(given)

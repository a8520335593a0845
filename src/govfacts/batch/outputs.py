"""Writing a draft and its page copy: never over a file without --force, never through a symlink.

A draft's source names its page by a path relative to the draft, inside the draft's base. A
UTF-8 text page already inside the draft's folder tree (symlinks resolved) is named where it
is; any other page (GB18030 text, a web page, a PDF, a Word file, a page elsewhere) is
written, as the UTF-8 text the quotes are checked against, into sources/ beside the draft.
A copy with the same text is left alone; a sources/ that is a symlink is refused (exit 2).
"""

from __future__ import annotations

import os
from pathlib import Path

from govfacts.errors import UsageError
from govfacts.i18n import _
from govfacts.readers.document import Document


def refuse_existing(path: Path, force: bool) -> None:
    """UsageError if `path` is a folder, or a file that exists (without `force`)."""
    if path.is_dir():
        raise UsageError(_("{path} is a folder; name a file to write").format(path=path))
    if (path.exists() or path.is_symlink()) and not force:
        raise UsageError(_("refusing to overwrite {path}: it exists (give --force to replace it)").format(path=path))


def page_copy(doc: Document, target: Path, name: str, force: bool) -> tuple[str, Path | None]:
    """The `file` of the draft's source, relative to `target`, and where to write the page's text
    as `name` in sources/ (None: it is there already)."""
    from govfacts.files import read_regular

    folder = Path(os.path.realpath(os.path.dirname(os.path.abspath(target))))  # beside -o, not where it links
    here = Path(os.path.realpath(doc.path))
    if doc.kind == "text" and doc.encoding == "utf-8" and here.is_relative_to(folder):
        return here.relative_to(folder).as_posix(), None
    sources = folder / "sources"
    if sources.is_symlink():
        raise UsageError(
            _("{path} is a symlink; extract copies the page into a real folder sources/ beside the draft, never "
              "through a link: remove it or write the draft elsewhere").format(path=sources)
        )
    copy = sources / name
    if not copy.is_symlink():
        try:
            if read_regular(copy) == doc.text.encode("utf-8"):
                return f"sources/{name}", None
        except OSError:  # not there, or not a file it could be: refuse_existing says which
            pass
    elif not force:
        raise UsageError(_("refusing to overwrite {path}: it exists (give --force to replace it)").format(path=copy))
    refuse_existing(copy, force)
    return f"sources/{name}", copy


def write(path: Path, text: str) -> None:
    """`text` written to `path` as UTF-8, through a temporary file renamed into place."""
    from govfacts.files import replacing

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with replacing(path) as tmp:
            tmp.write_bytes(text.encode("utf-8"))
    except OSError as e:
        raise UsageError(_("cannot write {path}: {reason}").format(path=path, reason=e.strerror or e)) from None

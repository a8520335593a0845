"""A PDF's text layer, as paragraphs (pypdf, chosen by measurement: benchmarks/readers.py).

Each page's text is taken in order and handed to readers.layout, which drops the page
numbers and running headers and joins the lines wrapped mid-sentence. A PDF whose pages hold
no text at all is a scan: there is nothing to read without OCR, and the message says so.
"""

from __future__ import annotations

import contextlib
import io
import logging
from collections.abc import Iterator
from dataclasses import dataclass

from govfacts.readers.layout import Layout, paragraphs


@dataclass
class PdfText:
    layout: Layout
    title: str | None = None
    encrypted: bool = False


class NoTextLayer(ValueError):
    """A PDF none of whose pages holds text (a scan); args[0] is its page count."""


class Locked(ValueError):
    """A PDF encrypted with a password."""


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """pypdf's warnings about damaged files go to the logging module, which would print them on
    stderr; a reader reports a damaged file itself, in one line."""
    logger = logging.getLogger("pypdf")
    level, propagate = logger.level, logger.propagate
    logger.setLevel(logging.CRITICAL + 1)
    logger.propagate = False
    try:
        yield
    finally:
        logger.setLevel(level)
        logger.propagate = propagate


def read_pdf(raw: bytes, max_chars: int) -> PdfText:
    """The text of a PDF's bytes; pages are read until `max_chars` characters are reached (the
    caller refuses the file then). NoTextLayer, Locked, or pypdf's own exceptions otherwise."""
    import pypdf

    with _quiet():
        reader = pypdf.PdfReader(io.BytesIO(raw), strict=False)
        encrypted = bool(reader.is_encrypted)
        if encrypted and not reader.decrypt(""):  # an owner password alone still lets the text be read
            raise Locked()
        texts, size = [], 0
        for page in reader.pages:
            text = page.extract_text() or ""
            texts.append(text)
            size += len(text)
            if size > max_chars:
                break
        title = None
        with contextlib.suppress(Exception):  # a damaged information dictionary is not worth failing for
            title = (reader.metadata.title or "").strip() or None if reader.metadata else None
    if not any(t.strip() for t in texts):
        raise NoTextLayer(len(texts))
    return PdfText(paragraphs(texts), title, encrypted)

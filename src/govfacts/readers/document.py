"""A report file as users hold it, read into the plain text the drafter reads and quotes are checked
against: plain text, a saved web page, a PDF or a Word file, told by its content, not its name.

`read(path)` reads the file once (files.read_regular: a regular file of at most 64 MB), looks
at its first bytes (%PDF-: a PDF; a ZIP holding word/document.xml: a Word file; text that
opens with markup: a web page; other UTF-8 or GB18030 text: plain text) and hands it to its
reader, each importing its library only then. Every failure is Unreadable (exit 3), one line
naming the file and what to do. `Document.notes` says what was done, for the draft's header;
`Document.warnings` what the user should know (a GB18030 file, pages with no text).

Bounds, so that no file takes for ever: a web page's markup of at most MAX_MARKUP bytes, a
Word file's text of at most MAX_UNPACKED bytes unpacked, and at most MAX_CHARS characters of
text from any file (the longest provincial report holds some 33,000).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from govfacts.errors import Unreadable
from govfacts.i18n import _

MAX_CHARS = 1_000_000
MAX_MARKUP = 16 * 1024 * 1024
MAX_UNPACKED = 64 * 1024 * 1024
SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", ".pdf", ".docx")
_MARKUP = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|table|center|font|span|br|link|script|style)\b",
    re.IGNORECASE | re.DOTALL,
)
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_NAMED = {".pdf": "PDF", ".docx": "Word", ".html": "HTML", ".htm": "HTML"}



@dataclass
class Document:
    """A report file's text and what the file itself says about it."""

    path: Path
    shown: str
    kind: str  # text | html | pdf | docx
    text: str
    title: str | None = None  # the file's own title: a web page's, a PDF's or a Word file's properties
    url: str | None = None  # a web page's canonical URL, when it states one
    encoding: str | None = None  # utf-8 or gb18030, for text and web pages
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def sniff(raw: bytes) -> str:
    """What a file's bytes are: pdf, docx, zip, ole (an old Office file), or text (markup or not)."""
    head = raw[:1024]
    if head.lstrip(b"\x00\t\r\n \xef\xbb\xbf").startswith(b"%PDF-"):
        return "pdf"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        import io
        import zipfile

        try:
            names = set(zipfile.ZipFile(io.BytesIO(raw)).namelist())
        except (zipfile.BadZipFile, ValueError, OSError):
            return "zip"
        return "docx" if "word/document.xml" in names else "zip"
    if head.startswith(_OLE):
        return "ole"
    if b"%PDF-" in head and b"\x00" in head:
        return "pdf"  # a PDF behind a few bytes of junk, which the format allows
    return "text"


def read(path: Path, shown: str | None = None) -> Document:
    """The report file at `path` as text (`shown`: how messages name it, default the path)."""
    from govfacts.files import read_regular

    shown = shown if shown is not None else str(path)
    try:
        raw = read_regular(path)
    except FileNotFoundError:
        raise Unreadable(_("no such file: {path}").format(path=shown)) from None
    except OSError as e:
        raise Unreadable(_("cannot read {path}: {reason}").format(path=shown, reason=e.strerror or e)) from None
    kind = sniff(raw)
    if kind == "pdf":
        doc = _pdf(path, shown, raw)
    elif kind == "docx":
        doc = _docx(path, shown, raw)
    elif kind == "zip":
        raise Unreadable(_("{path} is a ZIP archive, not a Word (.docx) file; unpack it, or save the report as .docx, PDF or text").format(path=shown))
    elif kind == "ole":
        raise Unreadable(_("{path} is an old Office file (Word 97-2003 .doc or the like); save it as .docx or as text").format(path=shown))
    else:
        doc = _text(path, shown, raw)
    if len(doc.text) > MAX_CHARS:
        raise Unreadable(
            _("{path} holds {count:,} characters of text, more than the {limit:,} extract drafts from one report; split it").format(
                path=shown, count=len(doc.text), limit=MAX_CHARS
            )
        )
    if not doc.text.strip():
        raise Unreadable(_("{path} holds no text").format(path=shown))
    return doc


def _text(path: Path, shown: str, raw: bytes) -> Document:
    from govfacts.pagetext import PageError, decode_bytes

    named = _NAMED.get(path.suffix.lower())
    try:
        text, encoding = decode_bytes(raw, shown)
    except PageError as e:
        if named in ("PDF", "Word"):
            raise Unreadable(
                _("{path} is named {suffix} but is not a {kind} file, nor UTF-8 or GB18030 text").format(
                    path=shown, suffix=path.suffix, kind=named
                )
            ) from None
        raise Unreadable(str(e)) from None
    warnings = []
    if encoding == "gb18030":
        warnings.append(_("{path} is GB18030 text, not UTF-8: read as GB18030").format(path=shown))
    if _MARKUP.match(text[:4096]):
        return _html(path, shown, text, encoding, warnings)
    if named in ("PDF", "Word"):
        warnings.append(_("{path} is named {suffix} but holds plain text: read as text").format(path=shown, suffix=path.suffix))
    note = _("plain text ({encoding})").format(encoding="GB18030" if encoding == "gb18030" else "UTF-8")
    return Document(path, shown, "text", text, encoding=encoding, notes=[note], warnings=warnings)


def _html(path: Path, shown: str, markup: str, encoding: str, warnings: list[str]) -> Document:
    from govfacts.readers.header import is_header_line
    from govfacts.readers.web import read_html

    size = len(markup.encode("utf-8"))
    if size > MAX_MARKUP:
        raise Unreadable(
            _("{path} is a web page of {size:,} bytes, more than the {limit} MB extract reads as HTML; save the report's text alone").format(
                path=shown, size=size, limit=MAX_MARKUP // (1024 * 1024)
            )
        )
    try:
        page = read_html(markup)
    except Exception as e:  # lxml and readability on a hostile page: one line, never a traceback
        if not _markup_text(markup):
            raise Unreadable(_("{path} is a web page with no text").format(path=shown)) from None
        raise Unreadable(_("{path} is not a readable web page: {reason}").format(path=shown, reason=_reason(e))) from None
    if not page.text.strip():
        raise Unreadable(_("{path} is a web page with no text").format(path=shown))
    head = [line for line in page.head if is_header_line(line)]
    text = "\n".join(head) + "\n" + page.text if head else page.text
    lines = text.count("\n")
    note = _("a web page: its article's {lines} lines, without the site's navigation, scripts and footer").format(lines=lines)
    return Document(path, shown, "html", text, page.title, page.url, encoding, [note], warnings)


def _markup_text(markup: str) -> str:
    return re.sub(r"<[^>]*>|&nbsp;|\s", "", re.sub(r"(?is)<(script|style)\b.*?</\1>", "", markup))


def _pdf(path: Path, shown: str, raw: bytes) -> Document:
    from govfacts.readers.pdf import Locked, NoTextLayer, read_pdf

    try:
        pdf = read_pdf(raw, MAX_CHARS)
    except NoTextLayer as e:
        raise Unreadable(
            _("{path} is a PDF with no text layer ({pages} pages of images: a scan?); extract reads a PDF's text, "
              "not its pictures: run OCR on it first (for example ocrmypdf) and give the result").format(path=shown, pages=e.args[0])
        ) from None
    except Locked:
        raise Unreadable(_("{path} is a PDF locked with a password; save an unlocked copy and give that").format(path=shown)) from None
    except Exception as e:  # pypdf on a damaged or hostile file: one line, never a traceback
        raise Unreadable(_("{path} is not a readable PDF: {reason}").format(path=shown, reason=_reason(e))) from None
    layout = pdf.layout
    note = _(
        "a PDF of {pages} pages: its text layer, {joined} wrapped lines joined back, {numbers} page numbers "
        "and {headers} running header lines dropped"
    ).format(pages=layout.pages, joined=layout.joined, numbers=layout.numbers, headers=layout.headers)
    warnings = []
    if layout.empty_pages:
        warnings.append(
            _("{path}: pages {pages} hold no text (scanned?); what they say is not in the draft").format(
                path=shown, pages=", ".join(str(n) for n in layout.empty_pages)
            )
        )
    return Document(path, shown, "pdf", layout.text, pdf.title, notes=[note], warnings=warnings)


def _docx(path: Path, shown: str, raw: bytes) -> Document:
    import io
    import zipfile

    from govfacts.readers.word import read_docx

    try:
        unpacked = sum(i.file_size for i in zipfile.ZipFile(io.BytesIO(raw)).infolist() if i.filename.startswith("word/"))
    except (zipfile.BadZipFile, ValueError, OSError) as e:
        raise Unreadable(_("{path} is not a readable Word file: {reason}").format(path=shown, reason=_reason(e))) from None
    if unpacked > MAX_UNPACKED:
        raise Unreadable(
            _("{path} unpacks to {size:,} bytes, more than the {limit} MB extract reads from a Word file").format(
                path=shown, size=unpacked, limit=MAX_UNPACKED // (1024 * 1024)
            )
        )
    try:
        word = read_docx(raw)
    except Exception as e:  # python-docx on a damaged file: one line, never a traceback
        raise Unreadable(_("{path} is not a readable Word file: {reason}").format(path=shown, reason=_reason(e))) from None
    if not word.text.strip():
        raise Unreadable(_("{path} is a Word file with no text").format(path=shown))
    note = _("a Word file: the {paragraphs} paragraphs and {tables} tables of its body").format(
        paragraphs=word.paragraphs, tables=word.tables
    )
    return Document(path, shown, "docx", word.text, word.title, notes=[note])


def _reason(e: Exception) -> str:
    text = " ".join(str(e).split()) or type(e).__name__
    return text if len(text) <= 120 else text[:117] + "…"

"""A Word (.docx) file's text: its body's paragraphs and tables in order, one a line (python-docx).

Page headers and footers, footnotes and comments are not the body and are left out; a line
break inside a paragraph starts a new line; a table row is one line, its cells set apart by
tabs (a merged cell once).
"""

from __future__ import annotations

import io
from dataclasses import dataclass


@dataclass
class WordText:
    text: str
    title: str | None = None
    paragraphs: int = 0
    tables: int = 0


def read_docx(raw: bytes) -> WordText:
    """The body text of a .docx file's bytes; the exceptions of python-docx and zipfile pass through."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    doc = docx.Document(io.BytesIO(raw))
    lines: list[str] = []
    paragraphs = tables = 0
    for child in doc.element.body.iterchildren():
        tag = child.tag.rpartition("}")[2]
        if tag == "p":
            paragraphs += 1
            lines.extend(Paragraph(child, doc).text.splitlines())
        elif tag == "tbl":
            tables += 1
            for row in Table(child, doc).rows:
                cells: list[str] = []
                for cell in row.cells:
                    text = " ".join(cell.text.split())
                    if not cells or text != cells[-1]:
                        cells.append(text)
                lines.append("\t".join(cells))
    kept = [line.strip() for line in lines if line.strip()]
    title = (doc.core_properties.title or "").strip() or None
    return WordText("\n".join(kept) + ("\n" if kept else ""), title, paragraphs, tables)

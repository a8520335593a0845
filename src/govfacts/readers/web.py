"""A saved web page's main text: the article's paragraphs, without the site's navigation, scripts,
styles, toolbars, related links and footer; with the page's title and the URL it states.

readability-lxml finds the article (chosen by measurement: benchmarks/readers.py); lxml,
which it is built on, turns the article into lines, one for each block (a paragraph, a
heading, a list item, a table row, a line broken by <br>). The lines of the page before the
article are kept apart (`head`): a report's title and the line of its delivery often stand
there, outside the article, and the header reader looks for them there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

# Block elements: each begins a new line. A table cell is set off from its neighbours by a tab.
_BLOCKS = frozenset(
    ["address", "article", "aside", "blockquote", "body", "center", "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "ul"]
)
_DROP = frozenset(["script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed", "select", "button", "input", "textarea"])
_CJK = r"\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f"
_CJK_BREAK = re.compile(rf"(?<=[{_CJK}])[ \t\r]*\n\s*(?=[{_CJK}])")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
HEAD_LINES = 20  # how many lines before the article are kept for the header reader


@dataclass
class WebText:
    """What a web page holds for a reader."""

    text: str  # the article's lines
    head: list[str] = field(default_factory=list)  # the lines of the page just before the article
    title: str | None = None
    url: str | None = None


def _clean(line: str) -> str:
    """A line as a browser shows it: white space collapsed, a line break between two CJK
    characters removed (CSS Text's rule for segment breaks), full-width indentation dropped."""
    line = _CJK_BREAK.sub("", line)
    return " ".join(line.replace("\u00a0", " ").split()).strip("\u3000 ")


def lines_of(root: Any) -> list[str]:
    """The text of an lxml element, one line for each block, empty lines left out."""
    lines: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        line = _clean("".join(buf))
        if line:
            lines.append(line)
        buf.clear()

    def walk(el: Any) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        tag = tag.rpartition("}")[2].lower()
        if tag in _DROP or not isinstance(el.tag, str):  # comments and processing instructions too
            if el.tail:
                buf.append(el.tail)
            return
        block = tag in _BLOCKS
        if block:
            flush()
        if tag == "br":
            flush()
        elif tag in ("td", "th"):
            buf.append("\t")
        if el.text:
            buf.append(el.text)
        for child in el:
            walk(child)
        if block:
            flush()
        if el.tail:
            buf.append(el.tail)

    walk(root)
    flush()
    return [line.strip("\t ") for line in lines if line.strip("\t ")]


def _meta(tree: Any) -> tuple[str | None, str | None]:
    """The page's title (og:title, else <title>) and the URL it states (canonical link, else og:url)."""

    def first(xpath: str) -> str | None:
        for value in tree.xpath(xpath):
            value = _clean(str(value))
            if value:
                return value
        return None

    title = first("//meta[@property='og:title']/@content") or first("//title//text()")
    url = first("//link[translate(@rel,'CANONICAL','canonical')='canonical']/@href") or first(
        "//meta[@property='og:url']/@content"
    )
    if url is not None and not re.match(r"https?://", url, re.IGNORECASE):
        url = None  # a relative canonical link names no page by itself
    return title, url


def read_html(markup: str) -> WebText:
    """The main text of a page's markup (already decoded), its title, URL and the lines before it."""
    import lxml.html
    from readability import Document

    markup = _XML_DECLARATION.sub("", markup)
    tree = lxml.html.document_fromstring(markup)
    title, url = _meta(tree)
    for el in tree.xpath("//script|//style|//noscript|//template|//head"):
        el.drop_tree()
    page = lines_of(tree)
    if not page:
        return WebText("", [], title, url)
    article = Document(lxml.html.tostring(tree, encoding="unicode")).summary(html_partial=True)
    main = lines_of(lxml.html.fragment_fromstring(article, create_parent="div")) if article.strip() else []
    if not main:
        main = page
    head = _before(page, main[0])
    return WebText("\n".join(main) + "\n", head, title, url)


def _before(page: list[str], first: str) -> list[str]:
    """The lines of the page before the article's first line (at most HEAD_LINES)."""
    at = next((n for n, line in enumerate(page) if line == first), 0)
    return page[max(0, at - HEAD_LINES) : at]

"""Which library reads each format best: measured on the real reports of ../shared/reports.

Each report (`shared/reports/pages/*.txt`) is turned, at run time, into the files users hold
(tests/report_files.py): a web page in two layouts (paragraphs in <p>; one <div> broken by
<br>) with navigation, scripts, styles, toolbar, related links and footer around it; a
multi-page PDF (reportlab, STSong-Light) with lines wrapped mid-sentence, a running header and
page numbers; a Word file. Each candidate then reads them, and for each we count:

- recovered: the share of the report's body paragraphs (from 各位代表 on) that come back
  verbatim as one line of the text read;
- leaked: furniture strings (navigation, footer, ICP备, 访问量, script and style text, the
  PDF's running header and page numbers) found in the text read, summed over the reports;
- time: the median seconds to read one file.

Candidates: HTML, readability-lxml (its article, made lines by lxml: govfacts.readers.web),
trafilatura (its text output), and the whole page's text (lxml, no article found) as the
baseline; PDF, pypdf and pdfminer.six, each page's text made paragraphs by
govfacts.readers.layout; Word, python-docx (govfacts.readers.word).

    python benchmarks/readers.py [--reports N]     # default: all 21
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

import report_files as rf  # noqa: E402
from govfacts.readers import layout, web  # noqa: E402


def html_readability(markup: str) -> str:
    return web.read_html(markup).text


def html_trafilatura(markup: str) -> str:
    import trafilatura

    return trafilatura.extract(markup, include_tables=True, deduplicate=False, favor_recall=True) or ""


def html_whole_page(markup: str) -> str:
    import lxml.html

    tree = lxml.html.document_fromstring(markup)
    for el in tree.xpath("//script|//style|//head"):
        el.drop_tree()
    return "\n".join(web.lines_of(tree))


def pdf_pypdf(path: Path) -> str:
    import pypdf

    return layout.paragraphs([p.extract_text() or "" for p in pypdf.PdfReader(path).pages]).text


def pdf_pdfminer(path: Path) -> str:
    from pdfminer.high_level import extract_text

    return layout.paragraphs(extract_text(str(path)).split("\f")).text


def docx_python_docx(path: Path) -> str:
    from govfacts.readers.word import read_docx

    return read_docx(path.read_bytes()).text


def score(text: str, original: str, leaks: list[str]) -> tuple[float, int]:
    """The share of the body's paragraphs read verbatim, and the furniture strings read (beyond
    those the report's own text holds)."""
    body = rf.split(original)[1]
    lines = {line.strip() for line in text.splitlines()}
    recovered = sum(1 for p in body if p.strip() in lines) / len(body)
    leaked = sum(max(0, text.count(s) - original.count(s)) for s in leaks)
    return recovered, leaked


def measure(name: str, fn: Callable, files: list, originals: list[str], leaks: list[str]) -> str:
    rec, leak, times = [], 0, []
    for f, original in zip(files, originals, strict=True):
        start = time.perf_counter()
        text = fn(f)
        times.append(time.perf_counter() - start)
        r, n = score(text, original, leaks)
        rec.append(r)
        leak += n
    return f"{name:28} {statistics.mean(rec) * 100:6.1f}% {min(rec) * 100:6.1f}% {leak:7d} {statistics.median(times):7.3f}s"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reports", type=int, default=0, help="read the first N reports only (default all)")
    args = ap.parse_args()
    reports = rf.reports()
    if not reports:
        sys.exit("no shared reports (set GOVFACTS_SHARED)")
    texts = [p.read_text(encoding="utf-8") for p in reports.values()]
    if args.reports:
        texts = texts[: args.reports]
    bodies = [rf.split(t)[1] for t in texts]
    print(f"{len(texts)} reports, {sum(len(b) for b in bodies)} body paragraphs")
    print(f"{'candidate':28} {'mean':>7} {'worst':>7} {'leaked':>7} {'median':>8}")
    for layout_name in ("p", "br", "table"):
        pages = [rf.web_page(t, layout=layout_name) for t in texts]
        print(f"-- HTML, layout {layout_name!r}")
        for name, fn in (("readability-lxml + lxml", html_readability), ("trafilatura", html_trafilatura),
                         ("whole page (baseline)", html_whole_page)):
            print(measure(name, fn, pages, texts, rf.LEAKS))
    with tempfile.TemporaryDirectory() as tmp:
        pdfs = [rf.pdf_file(t, Path(tmp) / f"{n}.pdf") for n, t in enumerate(texts)]
        docs = [rf.word_file(t, Path(tmp) / f"{n}.docx") for n, t in enumerate(texts)]
        pdf_leaks = [rf.RUNNING] + [f"— {n} —" for n in range(1, 60)]
        print("-- PDF (paragraphs by govfacts.readers.layout)")
        for name, fn in (("pypdf", pdf_pypdf), ("pdfminer.six", pdf_pdfminer)):
            print(measure(name, fn, pdfs, texts, pdf_leaks))
        print("-- Word")
        print(measure("python-docx", docx_python_docx, docs, texts, [rf.RUNNING]))


if __name__ == "__main__":
    main()

"""Report files as users hold them, made at run time from the plain-text reports in ../shared.

The real reports (`shared/reports/pages/*.txt`, one paragraph per line, the site's toolbar
lines on top) are never copied into the project: these functions wrap their lines, at test
or benchmark time, in a web page with navigation, scripts and footer around them, in a
multi-page PDF with lines wrapped mid-sentence, a running header and page numbers, and in a
Word file. The furniture around the paragraphs is written here, in words of our own.
"""

from __future__ import annotations

import html
import os
import re
from pathlib import Path

_HERE = Path(__file__).resolve()


def shared() -> Path | None:
    """The shared data folder ($GOVFACTS_SHARED, else ../shared beside the checkout), if there."""
    given = os.environ.get("GOVFACTS_SHARED")
    folder = Path(given) if given else _HERE.parents[2] / "shared"
    return folder if folder.is_dir() else None


def reports() -> dict[str, Path]:
    """The real reports, by province (the file's stem); empty when the shared folder is absent."""
    root = shared()
    pages = root / "reports" / "pages" if root else None
    if pages is None or not pages.is_dir():
        return {}
    return {p.stem: p for p in sorted(pages.glob("*.txt"))}


# Furniture: what a government site puts around a report, written for these fixtures. Each
# string is one that must never reach the text read from the page.
NAV = ["首页", "机构概况", "政务公开", "政务服务", "互动交流", "数据开放"]
RELATED = ["全省一季度经济运行情况发布会举行 2026-04-18", "我省新增12个省级示范项目 2026-03-02"]
FOOTER = [
    "主办单位：某某省人民政府办公厅",
    "网站标识码1234567890",
    "某ICP备05012345号",
    "某公网安备 33010602009999号",
    "联系电话：0571-87050000",
    "您是本站第1234567位访问者",
    "访问量：98765",
]
SIDE = [
    "关于征集年度民生实事候选项目的公告：即日起至3月31日，通过门户网站和政务服务热线收集意见建议，"
    "全年计划办理民生实事10件，欢迎社会各界踊跃参与。",
    "本网站适老化无障碍改造已完成，新增语音播报、大字模式等12项辅助功能，累计服务访客280万人次。",
]
SCRIPT = "var _paq = window._paq || []; _paq.push(['trackPageView', '统计代码12345']);"
STYLE = ".nav li{float:left;width:120px}"
TOOLBAR = ["下载", "打印", "全屏", "收藏", "【字号：", "加大", "还原", "减小", "】"]
LEAKS = NAV[1:] + RELATED + FOOTER + [note[:20] for note in SIDE] + ["统计代码", "float:left", "trackPageView", "ICP备"]
RUNNING = "政府工作报告（全文）"
_WORD = re.compile(r"[A-Za-z0-9.%]{2}")


def split(text: str) -> tuple[list[str], list[str]]:
    """The report's header lines (title, the line of its delivery, speaker, source…) and its body,
    from the line that addresses the deputies (各位代表) on; toolbar lines are left out."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    at = next((n for n, line in enumerate(lines) if line.startswith("各位代表")), 0)
    head = [line for line in lines[:at] if line not in TOOLBAR and line not in (">", "小", "中", "大")]
    return head, lines[at:]


def web_page(
    text: str, url: str | None = "https://www.example.gov.cn/art/2026/1/22/art_1.html", layout: str = "p"
) -> str:
    """The report as a government site serves it: navigation, breadcrumbs, a toolbar, scripts,
    styles, a sidebar of notices, related links and a footer around the article's paragraphs.

    `layout` "p": a <p> for each paragraph, the title and the line of delivery above the
    article; "br": the whole report, header lines too, in one editor's <div>, its paragraphs
    indented with full-width spaces and broken by <br>, as older sites serve it; "table": the
    page laid out in nested tables, the sidebar in a cell beside the article.
    """
    head, body = split(text)
    title = next((line for line in head if "报告" in line), head[0] if head else "报告")
    canonical = f'<link rel="canonical" href="{url}">\n<meta property="og:url" content="{url}">' if url else ""
    if layout == "br":
        meta = ""
        paragraphs = "<div class=\"TRS_Editor\">" + "<br>\n".join(
            "&#12288;&#12288;" + html.escape(line) for line in head + body
        ) + "</div>"
    else:
        meta = "\n".join(f"<p class=\"sub\">{html.escape(line)}</p>" for line in head if line != title)
        paragraphs = "\n".join(f"<p style=\"text-indent:2em\">{html.escape(line)}</p>" for line in body)
    nav = "".join(f"<li><a href=\"/{n}\">{n}</a></li>" for n in NAV)
    related = "".join(f"<li><a href=\"/r{n}.html\">{html.escape(r)}</a></li>" for n, r in enumerate(RELATED))
    side = "".join(f"<p>{html.escape(note)}</p>" for note in SIDE)
    footer = "<br>".join(FOOTER)
    toolbar = " ".join(f"<a href=\"javascript:void(0)\">{t}</a>" for t in TOOLBAR)
    article = f"""<div class="article">
<h1>{html.escape(title)}</h1>
{meta}
<div class="tools">{toolbar}</div>
<div class="content" id="zoom">
{paragraphs}
</div>
</div>"""
    side = f'<div class="side"><h3>通知公告</h3>{side}</div>'
    if layout == "table":
        main = f'<table width="1000"><tr><td width="260" valign="top">{side}</td><td valign="top">{article}</td></tr></table>'
    else:
        main = article + side
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>{html.escape(title)}_某某省人民政府门户网站</title>
{canonical}
<style>{STYLE}</style>
<script>{SCRIPT}</script>
</head><body>
<div class="top"><ul class="nav">{nav}</ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 政府工作报告</div>
{main}
<div class="related"><h3>相关链接</h3><ul>{related}</ul></div>
<div class="footer">{footer}</div>
<script>document.write('<img src="/count?id=1">');</script>
</body></html>
"""


def pdf_file(text: str, path: Path) -> Path:
    """The report as a PDF from the 人大 site: STSong-Light (reportlab's built-in CID font, no font
    file), lines filled to the frame's width and wrapped there whatever the sentence, paragraphs
    indented, a running header and a page number on every page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    head, body = split(text)
    c = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    size, lead, left, top, bottom = 12, 20, 72, height - 90, 80
    frame = width - 2 * left
    page = 1
    y = top

    def furniture() -> None:
        c.setFont("STSong-Light", 9)
        c.drawCentredString(width / 2, height - 50, RUNNING)
        c.drawCentredString(width / 2, 45, f"— {page} —")
        c.setFont("STSong-Light", size)

    furniture()
    for n, para in enumerate(head + body):
        indent = "" if n < len(head) else "　　"
        rest = indent + para
        while rest:
            if y < bottom:
                c.showPage()
                page += 1
                y = top
                furniture()
            cut = 1
            while cut < len(rest) and pdfmetrics.stringWidth(rest[: cut + 1], "STSong-Light", size) <= frame:
                cut += 1
            while cut > 1 and cut < len(rest) and _WORD.match(rest[cut - 1 : cut + 1]):
                cut -= 1  # a typesetter never breaks a line inside a number or a Latin word
            c.drawString(left, y, rest[:cut])
            rest = rest[cut:]
            y -= lead
    c.save()
    return path


def word_file(text: str, path: Path) -> Path:
    """The report as a Word file: its title a heading, each paragraph a paragraph, a page header."""
    import docx

    head, body = split(text)
    doc = docx.Document()
    doc.sections[0].header.paragraphs[0].text = RUNNING
    for n, line in enumerate(head):
        if n == 0:
            doc.add_heading(line, level=1)
        else:
            doc.add_paragraph(line)
    for line in body:
        doc.add_paragraph(line)
    doc.save(str(path))
    return path


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)

"""Reading report files: the formats told by content, the layout of a PDF's lines, the report's header.

The real reports (../shared/reports) are made into web pages, PDFs and Word files at run time
(report_files.py); the sentences written here are our own.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import report_files as rf
from govfacts.errors import Unreadable
from govfacts.extract.gazetteer_match import PlaceFinder
from govfacts.readers.document import read, sniff
from govfacts.readers.header import read_header
from govfacts.readers.layout import paragraphs, width

REPORTS = rf.reports()
needs_reports = pytest.mark.skipif(not REPORTS, reason="the shared reports are not here")
PLACES = PlaceFinder.from_gazetteer()


def known(name: str) -> bool:
    return PLACES is not None and PLACES.lookup(name) is not None


# Written for these tests: a short report of our own, in the shape of a 政府工作报告.
OWN = """下载
打印
【字号：
大
】
2026年衢州市政府工作报告
——二〇二五年十二月三十日在衢州市第八届人民代表大会第六次会议上
来源：衢州日报
时间：2026-01-05
衢州市市长 某某某
各位代表：
过去一年，全市生产总值增长6.1%，新建口袋公园35个，城乡居民收入比缩小到1.6。
今年主要预期目标是：生产总值增长5.5%左右，新增城镇就业2.8万人。
"""


def body(text: str) -> list[str]:
    return rf.split(text)[1]


# -- formats, told by content ---------------------------------------------------------------------


def test_files_are_told_by_their_content_not_their_name(tmp_path: Path) -> None:
    page = rf.web_page(OWN)
    named_txt = tmp_path / "page.txt"  # a saved web page under a .txt name
    named_txt.write_text(page, encoding="utf-8")
    doc = read(named_txt)
    assert doc.kind == "html" and "<p" not in doc.text and "过去一年，全市生产总值增长6.1%" in doc.text
    pdf = rf.pdf_file(OWN, tmp_path / "report.bin")
    assert sniff(pdf.read_bytes()) == "pdf" and read(pdf).kind == "pdf"
    word = rf.word_file(OWN, tmp_path / "report")
    assert read(word).kind == "docx"
    text_named_pdf = tmp_path / "notes.pdf"
    text_named_pdf.write_text(OWN, encoding="utf-8")
    doc = read(text_named_pdf)
    assert doc.kind == "text" and doc.warnings == [f"{text_named_pdf} is named .pdf but holds plain text: read as text"]


def test_a_web_page_gives_its_article_title_and_url_without_furniture(tmp_path: Path) -> None:
    for layout in ("p", "br", "table"):
        path = tmp_path / f"{layout}.html"
        path.write_text(rf.web_page(OWN, url="https://www.example.gov.cn/a/1.html", layout=layout), encoding="utf-8")
        doc = read(path)
        lines = doc.text.splitlines()
        assert all(p in lines for p in body(OWN)), layout
        assert not [s for s in rf.LEAKS if s in doc.text], layout
        assert doc.url == "https://www.example.gov.cn/a/1.html"
        # the report's own header lines are kept; the site's toolbar is not, nor (where they stand
        # outside the article) its 来源 and 时间 lines
        assert "2026年衢州市政府工作报告" in lines and "——二〇二五年十二月三十日在衢州市第八届人民代表大会第六次会议上" in lines
        assert "下载" not in lines and not [line for line in lines if "字号" in line]
        assert layout == "br" or "时间：2026-01-05" not in lines


def test_a_relative_canonical_link_is_no_url(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(rf.web_page(OWN, url="/a/1.html"), encoding="utf-8")
    assert read(path).url is None


@needs_reports
@pytest.mark.parametrize("name", ["浙江省", "宁夏回族自治区", "陕西省"])
def test_real_reports_come_back_paragraph_for_paragraph_from_every_format(tmp_path: Path, name: str) -> None:
    text = REPORTS[name].read_text(encoding="utf-8")
    html = tmp_path / "r.html"
    html.write_text(rf.web_page(text), encoding="utf-8")
    files = [html, rf.pdf_file(text, tmp_path / "r.pdf"), rf.word_file(text, tmp_path / "r.docx")]
    for path in files:
        doc = read(path)
        lines = doc.text.splitlines()
        missing = [p for p in body(text) if p not in lines]
        assert missing == [], (path.suffix, missing[:2])
        assert rf.RUNNING not in doc.text and "— 2 —" not in doc.text
        assert not [s for s in rf.LEAKS if s in doc.text and s not in text]


def test_a_pdf_says_what_was_done_and_which_pages_hold_no_text(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    doc = read(rf.pdf_file(OWN * 30, tmp_path / "long.pdf"))
    (note,) = doc.notes
    assert note.startswith("a PDF of ") and "page numbers" in note and "running header" in note
    path = tmp_path / "mixed.pdf"
    c = canvas.Canvas(str(path))
    c.drawString(72, 700, "Summary 2025: output rose 6.1%.")
    c.showPage()
    c.rect(72, 72, 300, 300, fill=1)  # a page of pictures only
    c.showPage()
    c.save()
    doc = read(path)
    assert doc.text == "Summary 2025: output rose 6.1%.\n"
    assert doc.warnings == [f"{path}: pages 2 hold no text (scanned?); what they say is not in the draft"]


# -- hostile files --------------------------------------------------------------------------------


def _refused(path: Path) -> str:
    with pytest.raises(Unreadable) as e:
        read(path)
    assert e.value.exit_code == 3
    assert "\n" not in e.value.message
    return e.value.message


def test_hostile_files_are_refused_in_one_line(tmp_path: Path) -> None:
    import docx
    from reportlab.pdfgen import canvas

    fake = tmp_path / "fake.pdf"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe" * 50)
    assert _refused(fake) == f"{fake} is named .pdf but is not a PDF file, nor UTF-8 or GB18030 text"
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R >>\n" + b"\xff" * 300)
    assert _refused(broken).startswith(f"{broken} is not a readable PDF: ")
    scan = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(scan))
    for _page in range(3):
        c.rect(72, 72, 400, 600, fill=1)
        c.showPage()
    c.save()
    assert _refused(scan).startswith(f"{scan} is a PDF with no text layer (3 pages of images: a scan?)")
    locked = tmp_path / "locked.pdf"
    c = canvas.Canvas(str(locked), encrypt="secret")
    c.drawString(72, 700, "locked")
    c.save()
    assert _refused(locked) == f"{locked} is a PDF locked with a password; save an unlocked copy and give that"
    empty = tmp_path / "empty.docx"
    docx.Document().save(str(empty))
    assert _refused(empty) == f"{empty} is a Word file with no text"
    hollow = tmp_path / "hollow.html"
    hollow.write_text("<html><head><script>var a = 1;</script></head><body><img src=a.png></body></html>", encoding="utf-8")
    assert _refused(hollow) == f"{hollow} is a web page with no text"
    nothing = tmp_path / "nothing.txt"
    nothing.write_text("  \n\n", encoding="utf-8")
    assert _refused(nothing) == f"{nothing} holds no text"


def test_old_office_files_and_other_archives_say_what_to_do(tmp_path: Path) -> None:
    import zipfile

    old = tmp_path / "report.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    assert _refused(old) == f"{old} is an old Office file (Word 97-2003 .doc or the like); save it as .docx or as text"
    sheet = tmp_path / "table.docx"
    with zipfile.ZipFile(sheet, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
    assert _refused(sheet).startswith(f"{sheet} is a ZIP archive, not a Word (.docx) file")


def test_a_50_mb_web_page_and_a_huge_text_are_refused_without_drafting(tmp_path: Path) -> None:
    big = tmp_path / "big.html"
    paragraph = "<p>" + "全市生产总值增长6.1%，新建口袋公园35个。" * 20 + "</p>\n"
    with big.open("w", encoding="utf-8") as f:
        f.write("<html><body>")
        for _ in range(50 * 1024 * 1024 // len(paragraph.encode("utf-8")) + 1):
            f.write(paragraph)
        f.write("</body></html>")
    assert big.stat().st_size > 50 * 1024 * 1024
    message = _refused(big)
    assert message.startswith(f"{big} is a web page of ") and "more than the 16 MB extract reads as HTML" in message
    text = tmp_path / "huge.txt"
    text.write_text("全市生产总值增长6.1%。\n" * 90_000, encoding="utf-8")  # 14 characters a line: 1.26 million
    assert _refused(text) == (
        f"{text} holds 1,260,000 characters of text, more than the 1,000,000 extract drafts from one report; split it"
    )


# -- the layout of a PDF's lines ------------------------------------------------------------------

_CHARS = st.sampled_from(list("全省生产总值增长新建公园城乡居民收入比缩小到今年目标是就业万人亿元") + list("0123456789.%"))
_SENTENCE = st.lists(_CHARS, min_size=4, max_size=40).map(lambda cs: "".join(cs) + "。")
_PARAGRAPH = st.lists(_SENTENCE, min_size=1, max_size=6).map("".join)


def _typeset(paras: list[str], full: int, per_page: int) -> list[str]:
    """Paragraphs laid out as a typesetter would: indented two full-width spaces, lines filled to
    `full` (never broken inside a number), a running header and a page number on each page."""
    lines = []
    for para in paras:
        rest = "\u3000\u3000" + para
        while rest:
            cut = 1
            while cut < len(rest) and width(rest[: cut + 1]) <= full:
                cut += 1
            while cut > 1 and cut < len(rest) and rest[cut - 1 : cut + 1].isascii():
                cut -= 1
            lines.append(rest[:cut])
            rest = rest[cut:]
    pages = [lines[i : i + per_page] for i in range(0, len(lines), per_page)]
    return [f"某某省人民政府公报\n{chr(10).join(page)}\n- {n} -" for n, page in enumerate(pages, 1)]


@settings(max_examples=40)
@given(st.lists(_PARAGRAPH, min_size=1, max_size=12), st.integers(50, 80), st.integers(8, 30))
def test_wrapped_lines_are_joined_back_and_page_furniture_dropped(paras: list[str], full: int, per_page: int) -> None:
    pages = _typeset(paras, full, per_page)
    # the rule's premise: no line of the report's own stands in the same place of two pages' edges
    places = [(i, line) for page in pages for i, line in enumerate(page.splitlines()[1:-1]) if i < 2]
    places += [(i - len(lines), line) for page in pages for lines in [page.splitlines()[1:-1]] for i, line in enumerate(lines) if i >= len(lines) - 2]
    assume(len(places) == len(set(places)))
    got = paragraphs(pages)
    if len(pages) >= 2:
        assert got.text.splitlines() == paras
        assert got.headers == len(pages)
    else:  # one page: nothing says its first line runs on every page
        assert got.text.splitlines() == ["某某省人民政府公报", *paras]
    assert got.numbers == len(pages)


def test_a_number_alone_mid_page_is_kept_and_a_short_line_ends_its_paragraph() -> None:
    full = "过去一年的主要指标如下，全省生产总值增长了百分之"
    page = "\n".join(["一、工作回顾", full, "六点一。", "二、今年目标", "2025", "三、主要任务", full, "五点五。", "第 3 页"])
    assert paragraphs([page]).text == (
        f"一、工作回顾\n{full}六点一。\n二、今年目标\n2025\n三、主要任务\n{full}五点五。\n"
    )


# -- the report's header --------------------------------------------------------------------------


def test_the_header_gives_date_place_and_title_in_chinese_numerals() -> None:
    h = read_header(OWN, known)
    assert (h.date.value, h.date_from, h.date.line) == ("2025-12-30", "delivery", 7)
    assert h.place.value == "衢州市" and h.title.value == "2026年衢州市政府工作报告"
    assert h.publisher.value == "衢州日报"


def test_without_a_line_of_delivery_the_speaker_and_publication_date_serve() -> None:
    text = "打印\n政府工作报告\n浙江省省长 某某\n时间：2026-01-22\n各位代表：\n过去一年，全省新建公园35个。\n"
    h = read_header(text, known)
    assert h.place.value == "浙江省" and h.place.line == 3
    assert (h.date.value, h.date_from) == ("2026-01-22", "published")
    assert h.title.value == "政府工作报告"


def test_a_line_of_delivery_wrapped_before_its_meeting_is_read_whole() -> None:
    text = "2024年某某区政府工作报告\n——2025年1月6日在某某区第十届人民代表大会\n第五次会议上\n各位代表：\n过去一年，全区新建公园3个。\n"
    h = read_header(text, known)
    assert (h.date.value, h.date_from, h.date.line) == ("2025-01-06", "delivery", 2)


@pytest.mark.parametrize(
    "line",
    [
        "作者：本报记者 某某    来源：某某新闻网      发布日期:2025-12-28",
        "来源: 某某法治报 | 日期: 2026年01月19日 | 制作: 某某",
        "某某网   2023-07-27 17:35:02",
        "www.example.gov.cn 】 【 2026-01-21 21:06:06 】 【 来源:某某报",
        "2026年01月10日 08:38 某某网",
    ],
)
def test_a_publication_date_inside_the_site_s_line_is_read(line: str) -> None:
    h = read_header(f"某某法院答卷亮眼\n{line}\n全市法院受理各类案件13万件。\n", known)
    assert h.date is not None and h.date_from == "published" and h.date.line == 2
    assert h.date.value[:4] in line


def test_a_date_in_the_news_itself_is_no_publication_date() -> None:
    h = read_header("某某法院答卷亮眼\n2025年12月28日，市法院召开会议\n", known)
    assert h.date is None


def test_an_assembly_of_names_written_together_is_the_last_one_s() -> None:
    text = "某某区人民法院工作报告\n──2024年1月17日在上海市嘉定区第七届\n人民代表大会第四次会议上\n各位代表：\n"
    h = read_header(text, lambda name: name in ("上海市", "嘉定区"))
    assert (h.place.value, h.place.line) == ("嘉定区", 2)
    assert read_header(text, lambda name: name == "上海市").place is None  # (not the city above it)


def test_the_title_is_never_the_sites_furniture() -> None:
    text = "下载\n打印\n全屏\n【字号：\n加大\n】\n守护平安 护航发展\n全市新建公园35个。\n"
    h = read_header(text, known)
    assert h.title.value == "守护平安 护航发展" and h.date is None and h.place is None
    caption = "政府工作报告\n省长某某作政府工作报告。本报记者 某某 摄\n"
    assert read_header(caption, known).title.value == "政府工作报告"


@needs_reports
def test_the_header_reader_gets_every_real_reports_date_and_place() -> None:
    dates = json.loads((rf.shared() / "reports" / "pages" / "dates.json").read_text(encoding="utf-8"))
    assert len(dates) == len(REPORTS) == 21
    got = {}
    for name, path in REPORTS.items():
        h = read_header(path.read_text(encoding="utf-8"), known)
        got[name] = (h.date.value if h.date else None, h.place.value if h.place else None)
        assert h.title is not None and "政府工作报告" in h.title.value and not h.title.value.startswith("下载")
    assert got == {name: (date, name) for name, date in dates.items()}


def test_a_byline_or_a_speaker_line_is_no_title():
    h = read_header("新华日报记者 孙晓东\n今年以来，全市共破获电诈案件320起。下半年发案继续下降。\n", known)
    assert h.title is not None and h.title.value == "今年以来，全市共破获电诈案件320起"
    assert read_header("市人民检察院检察长 李 明\n各位代表：\n", known).title is None
    h = read_header("某某新闻记者 周某某\n特约通讯员 白某某 通讯员 黄某某 马某\n全市共破获电诈案件320起。\n", known)
    assert h.title is not None and h.title.value == "全市共破获电诈案件320起"


def test_a_long_first_line_gives_a_title_of_its_first_sixty_characters():
    line = "近日，" + "某某区持续深化平安建设，" * 6 + "取得明显成效。"  # (a header line: under 100 characters)
    h = read_header(line + "\n", known)
    assert h.title is not None and len(h.title.value) == 60 and h.title.value.endswith("…")


def test_a_delivery_split_over_its_meeting_line_and_a_day_in_parentheses() -> None:
    text = "政府工作报告\n——在桐庐县第十八届人民代表大会第五次会议上\n县长 张某某\n(2025年1月8日)\n各位代表：\n"
    h = read_header(text, known)
    assert (h.date.value, h.date.line, h.date_from, h.place.value) == ("2025-01-08", 4, "delivery", "桐庐县")


def test_the_meeting_named_inside_a_caption_gives_the_place_and_a_weekday_is_no_title() -> None:
    h = read_header("宁波市中级人民法院院长在宁波市第十六届人民代表大会第五次会议上作工作报告\n2025年，全市法院…\n", known)
    assert (h.place.value, h.date) == ("宁波市", None)
    h = read_header("2026-01-22\n星期四\n当前报纸名称：宁波日报\n全市法院结案12万件\n", known)
    assert (h.date.value, h.title.value) == ("2026-01-22", "全市法院结案12万件")


def test_a_stamp_of_year_then_month_and_day_with_its_time_is_the_publication_date() -> None:
    h = read_header("2025 06/11 09:18:58\n某街道建成综治中心\n配备调解员12名。\n", known)
    assert h.date is not None and (h.date.value, h.date.line) == ("2025-06-11", 1)
    # a year and a count are no date
    assert read_header("2025 06/11\n某街道建成综治中心\n", known).date is None

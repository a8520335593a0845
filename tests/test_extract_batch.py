"""`govfacts extract` on reports as users hold them: several files and folders, web pages, PDF and
Word files, the header's date and place, through the CLI.

The real reports (../shared/reports) are made into files at run time (report_files.py); tests
that need them skip without them. The short reports written here are our own.
"""

from __future__ import annotations

import json
import re
import shutil

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

from pathlib import Path

import pytest

import report_files as rf
from conftest import DATA, run, run_process
from govfacts.extract.draft import RECORD_KEYS

REPORTS = rf.reports()
needs_reports = pytest.mark.skipif(not REPORTS, reason="the shared reports are not here")

# Written for these tests, in the shape of a report: a header, then figures.
OWN = """打印
2026年衢州市政府工作报告
——2026年1月9日在衢州市第八届人民代表大会第六次会议上
衢州市市长 某某某
各位代表：
过去一年，全市生产总值增长6.1%，新建口袋公园35个，城乡居民收入比缩小到1.6。
今年，全市计划新增城镇就业2.8万人，新建口袋公园40个。
"""


def ids_of(folder: Path) -> list[str]:
    """Every id of every draft in `folder`, entries left in as comments too."""
    found = []
    for toml in sorted(folder.glob("*.toml")):
        found += re.findall(r'^(?:# )?id = "([^"]+)"$', toml.read_text(encoding="utf-8"), re.MULTILINE)
    return found


def shipped_ids() -> set[str]:
    doc = tomllib.loads((DATA / "facts.toml").read_text(encoding="utf-8"))
    return {e["id"] for kind, entries in doc.items() if kind != "term" for e in entries}


@pytest.fixture
def own(tmp_path: Path) -> Path:
    """A folder holding our short report as text, web page, PDF and Word file, and a picture."""
    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / "quzhou.txt").write_text(OWN, encoding="utf-8")
    (folder / "quzhou.html").write_text(rf.web_page(OWN, url="https://www.example.gov.cn/qz/2026.html"), encoding="utf-8")
    rf.pdf_file(OWN, folder / "quzhou.pdf")
    rf.word_file(OWN, folder / "quzhou.docx")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 64)
    return folder


def test_a_folder_is_drafted_into_one_draft_a_report_that_check_passes(own: Path, tmp_path: Path) -> None:
    drafts = tmp_path / "drafts"
    r = run("extract", str(own), "-o", str(drafts))
    assert r.code == 0, r.err
    assert r.out == ""
    assert sorted(p.name for p in drafts.glob("*.toml")) == ["quzhou-html.toml", "quzhou-pdf.toml", "quzhou-txt.toml", "quzhou.toml"]
    assert sorted(p.name for p in (drafts / "sources").iterdir()) == ["quzhou.docx.txt", "quzhou.html.txt", "quzhou.pdf.txt", "quzhou.txt"]
    ids = ids_of(drafts)
    assert len(ids) == len(set(ids)) and not set(ids) & shipped_ids()
    for toml in drafts.glob("*.toml"):
        doc = tomllib.loads(toml.read_text(encoding="utf-8"))
        (source,) = doc["source"]
        assert (source["title"], source["date"]) == ("2026年衢州市政府工作报告", "2026-01-09")
        assert {e["region"] for e in doc["indicator"]} == {"cn-330800"}
        assert {(e["value"], e["unit"]) for e in doc["indicator"]} >= {(6.1, "%"), (35, "个"), (28000, "人"), (40, "个")}
        assert all("<" not in e["quote"] and "打印" not in e["quote"] for e in doc["indicator"])
    html = tomllib.loads((drafts / "quzhou-html.toml").read_text(encoding="utf-8"))["source"][0]
    assert html["url"] == "https://www.example.gov.cn/qz/2026.html" and html["file"] == "sources/quzhou.html.txt"
    # stderr: a note on the file passed over, the summary table (no progress bar in a pipe), the count
    lines = r.err.splitlines()
    assert lines[0] == f"govfacts: passed over 1 file that is not a report (.txt, .html, .pdf, .docx): {own / 'photo.jpg'}"
    # (no report had a problem: the table leaves out a column empty in every row, as every table does)
    assert lines[1].split() == ["report", "place", "read", "date", "read", "figures", "for", "review"]
    row = next(line for line in lines if line.startswith(str(own / "quzhou.txt")))
    assert "衢州市 (header, line 3)" in row and "2026-01-09 (header, line 3)" in row
    assert lines[-1] == "govfacts: 4 of 4 reports drafted"
    checked = run("check", "--data", "shipped", "--data", str(drafts))
    assert checked.code == 0, checked.err


def test_the_draft_says_what_it_read_and_from_where(own: Path, tmp_path: Path) -> None:
    target = tmp_path / "d" / "qz.toml"
    r = run("extract", str(own / "quzhou.pdf"), "-o", str(target))
    assert r.code == 0 and r.err.startswith(f"govfacts: wrote {target}: ") and r.err.count("\n") == 1
    head = [line for line in target.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    # one page: its running header (政府工作报告（全文）) cannot be told from a title, and stays line 1
    assert head[3].startswith("# Read from quzhou.pdf: a PDF of 1 pages: its text layer")
    assert head[4] == "# The text the quotes are checked against is sources/quzhou.pdf.txt."
    assert head[5] == (
        "# Date: 2026-01-09, the date of delivery in the report's header, "
        "line 3: ——2026年1月9日在衢州市第八届人民代表大会第六次会议上."
    )
    assert head[6].startswith("# Place: 衢州市, read from the report's header, line 3: ")
    assert head[7] == "# Title: line 2: 2026年衢州市政府工作报告."
    r = run("extract", str(own / "quzhou.txt"), "--date", "2026-02", "--place", "柯城区", "-o", str(tmp_path / "e.toml"))
    text = (tmp_path / "e.toml").read_text(encoding="utf-8")
    assert "# Place: 衢州市柯城区, given by --place." in text
    # a date the header contradicts is said beside it, so a slip shows; one it only shortens is not
    assert "# Date: 2026-02, given by --date; the header says 2026-01-09, line 3: " in text
    run("extract", str(own / "quzhou.txt"), "--date", "2026-01", "-o", str(tmp_path / "f.toml"))
    assert "# Date: 2026-01, given by --date.\n" in (tmp_path / "f.toml").read_text(encoding="utf-8")


def test_one_failing_report_is_reported_and_the_others_written(own: Path, tmp_path: Path) -> None:
    (own / "broken.pdf").write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 40)
    (own / "empty.docx").write_bytes(b"")
    drafts = tmp_path / "drafts"
    r = run("extract", str(own), "-o", str(drafts))
    assert r.code == 3
    assert len(list(drafts.glob("quzhou*.toml"))) == 4 and not (drafts / "broken.toml").exists()
    row = next(line for line in r.err.splitlines() if line.startswith(str(own / "broken.pdf")))
    assert f"{own / 'broken.pdf'} is not a readable PDF" in row
    assert r.err.splitlines()[-1] == "govfacts: 4 of 6 reports drafted; 2 failed"
    assert run("check", "--data", "shipped", "--data", str(drafts)).code == 0


def test_several_reports_need_a_folder_and_each_their_own_source(own: Path, tmp_path: Path) -> None:
    r = run("extract", str(own))
    assert (r.code, r.err) == (2, "govfacts: with several reports or a folder, name a folder for the drafts with -o DIR\n")
    r = run("extract", str(own / "quzhou.txt"), str(own / "quzhou.pdf"), "--source-id", "qz", "-o", str(tmp_path / "d"))
    assert r.code == 2 and "--source-id and --title name one report's source" in r.err
    (tmp_path / "file").write_text("x", encoding="utf-8")
    r = run("extract", str(own / "quzhou.txt"), str(own / "quzhou.pdf"), "-o", str(tmp_path / "file"))
    assert r.code == 2 and "is a file; with several reports, -o names a folder" in r.err


def test_existing_drafts_are_refused_before_anything_is_read_or_written(own: Path, tmp_path: Path) -> None:
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    (drafts / "quzhou-pdf.toml").write_text("# mine\n", encoding="utf-8")
    r = run("extract", str(own), "-o", str(drafts))
    assert (r.code, r.err) == (2, f"govfacts: refusing to overwrite {drafts / 'quzhou-pdf.toml'}: it exists (give --force to replace it)\n")
    assert sorted(p.name for p in drafts.iterdir()) == ["quzhou-pdf.toml"]
    assert run("extract", str(own), "-o", str(drafts), "--force").code == 0
    assert (drafts / "quzhou-pdf.toml").read_text(encoding="utf-8").startswith("# DRAFT")


def test_namesakes_in_two_folders_get_two_drafts_and_two_copies(tmp_path: Path) -> None:
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "衢州.txt").write_text(OWN.replace("6.1%", "6.2%") if name == "b" else OWN, encoding="utf-8")
    drafts = tmp_path / "drafts"
    r = run("extract", str(tmp_path / "a"), str(tmp_path / "b"), "-o", str(drafts))
    assert r.code == 0, r.err
    assert sorted(p.name for p in drafts.glob("*.toml")) == ["衢州-txt.toml", "衢州.toml"]
    assert sorted(p.name for p in (drafts / "sources").iterdir()) == ["衢州-txt.txt", "衢州.txt"]
    sources = [tomllib.loads(p.read_text(encoding="utf-8"))["source"][0] for p in sorted(drafts.glob("*.toml"))]
    assert [s["id"] for s in sources] == ["quzhou-txt", "quzhou-01"]  # the shipped base's region is quzhou
    assert run("check", "--data", str(drafts)).code == 0


def test_records_of_several_reports_go_to_stdout_each_naming_its_report(own: Path) -> None:
    r = run("extract", str(own / "quzhou.txt"), str(own / "quzhou.docx"), "-f", "jsonl")
    assert r.code == 0, r.err
    records = [json.loads(line) for line in r.out.splitlines()]
    assert all(list(rec) == ["id", *RECORD_KEYS, "level", "report", "line"] for rec in records)
    assert {rec["report"] for rec in records} == {str(own / "quzhou.txt"), str(own / "quzhou.docx")}
    assert len({rec["id"] for rec in records}) == len(records)  # the two reports' ids never meet
    by_report = {}
    for rec in records:
        by_report.setdefault(rec["report"], []).append((rec["value"], rec["unit"], rec["period"]))
    assert by_report[str(own / "quzhou.txt")] == by_report[str(own / "quzhou.docx")]
    assert "2026-01-09" not in r.out and r.err.splitlines()[-1] == "govfacts: 2 of 2 reports drafted"
    lines = (own / "quzhou.txt").read_text(encoding="utf-8").splitlines()
    for rec in records:  # a reviewer finds each quote on the line it names
        if rec["report"] == str(own / "quzhou.txt"):
            assert "".join(rec["quote"].split())[:8] in "".join(lines[rec["line"] - 1].split()), rec


def test_a_progress_bar_is_drawn_on_a_terminal_only() -> None:
    import io

    from govfacts.output.env import Env

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    pipe, tty = io.StringIO(), Terminal()
    for stream in (pipe, tty):
        with Env(stdout=io.StringIO(), stderr=stream).report_progress(3) as advance:
            for name in ("a.txt", "b.pdf", "c\x1b[31m.docx"):
                advance(name)
    assert pipe.getvalue() == ""
    assert "drafting reports" in tty.getvalue()
    assert "c\\x1b[31m.docx" in tty.getvalue() and "c\x1b" not in tty.getvalue()  # shown, not sent


def test_hostile_files_through_the_cli_are_one_line_and_exit_3(tmp_path: Path) -> None:
    import docx

    empty = tmp_path / "empty.docx"
    docx.Document().save(str(empty))
    fake = tmp_path / "fake.pdf"
    fake.write_bytes(bytes(range(256)) * 8)
    for path, message in (
        (empty, f"{empty} is a Word file with no text"),
        (fake, f"{fake} is named .pdf but is not a PDF file, nor UTF-8 or GB18030 text"),
    ):
        r = run_process("extract", str(path), "-o", str(tmp_path / "d.toml"), env={"GOVFACTS_LANG": "en"})
        assert (r.code, r.out, r.err) == (3, "", f"govfacts: {message}\n")
    r = run_process("extract", str(fake), env={"GOVFACTS_LANG": "zh"})
    assert r.code == 3 and r.err.count("\n") == 1 and "不是 PDF" in r.err


@needs_reports
def test_five_real_reports_from_a_folder_without_a_date_pass_check(tmp_path: Path) -> None:
    dates = json.loads((rf.shared() / "reports" / "pages" / "dates.json").read_text(encoding="utf-8"))
    folder = tmp_path / "reports"
    folder.mkdir()
    names = ["浙江省", "河南省", "吉林省", "海南省", "陕西省"]
    for n, name in enumerate(names):
        text = REPORTS[name].read_text(encoding="utf-8")
        if n % 4 == 0:
            shutil.copy(REPORTS[name], folder / f"{name}.txt")
        elif n % 4 == 1:
            (folder / f"{name}.html").write_text(rf.web_page(text), encoding="utf-8")
        elif n % 4 == 2:
            rf.pdf_file(text, folder / f"{name}.pdf")
        else:
            rf.word_file(text, folder / f"{name}.docx")
    drafts = tmp_path / "drafts"
    r = run("extract", str(folder), "-o", str(drafts))
    assert r.code == 0, r.err
    for name in names:
        (source,) = tomllib.loads((drafts / f"{name}.toml").read_text(encoding="utf-8"))["source"]
        assert source["date"] == dates[name] and "政府工作报告" in source["title"]
    checked = run("check", "--data", "shipped", "--data", str(drafts))
    assert checked.code == 0, checked.err


@needs_reports
def test_the_draft_of_every_real_report_passes_check(tmp_path: Path) -> None:
    # An entry the drafter could not name is left in as a comment, like every entry check
    # would refuse, so that the drafts load as they stand.
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, path in REPORTS.items():
        shutil.copy(path, folder / f"{name}.txt")
    drafts = tmp_path / "drafts"
    r = run("extract", str(folder), "-o", str(drafts))
    assert r.code == 0, r.err
    checked = run("check", "--data", "shipped", "--data", str(drafts))
    assert checked.code == 0, checked.err


def test_a_report_s_row_names_its_problem_without_its_path_again(tmp_path: Path) -> None:
    own = tmp_path / "reports"
    own.mkdir()
    (own / "procuratorate.txt").write_text("市人民检察院工作报告。\n2025年，全市检察机关起诉各类犯罪嫌疑人3120人。\n", encoding="utf-8")
    r = run("extract", str(own), "--date", "2026-01-20", "-o", str(tmp_path / "drafts"))
    (row,) = [line for line in r.err.splitlines() if line.startswith(str(own / "procuratorate.txt"))]
    assert row.rstrip().endswith("the drafter found no place the page is about, so its entries have no region; give --place")
    assert row.count("procuratorate.txt") == 1


NO_DATE = "某某县公安局工作总结\n今年，全县破获刑事案件120起，抓获犯罪嫌疑人95人。\n"


def test_a_dates_file_gives_each_report_of_a_folder_its_own_date(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    for name in ("01.txt", "02.txt", "03.txt"):
        (folder / name).write_text(NO_DATE.replace("某某县", "衢江区"), encoding="utf-8")
    (folder / "dates.json").write_text('{"01": "2024-06", "02.txt": "2025"}', encoding="utf-8")
    r = run("extract", str(folder), "-f", "jsonl", "--dates", str(folder / "dates.json"), "--date", "2023")
    assert r.code == 0
    periods = {json.loads(line)["report"][-6:]: json.loads(line)["period"] for line in r.out.splitlines()}
    assert periods == {"01.txt": "2024", "02.txt": "2025", "03.txt": "2023"}
    assert "dates.json" not in r.err  # (the dates file beside the reports is no report passed over)
    row = next(line for line in r.err.splitlines() if "01.txt" in line)
    assert "2024-06 (--dates)" in row
    # a name it gives that is no report of the run is said
    (folder / "dates.json").write_text('{"01": "2024-06", "04": "2025"}', encoding="utf-8")
    r = run("extract", str(folder), "-f", "jsonl", "--dates", str(folder / "dates.json"))
    assert "govfacts: --dates names 04, which is no report of this run" in r.err


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"01": "2025-13"}', "dates.json:1: the date of '01' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"),
        ('{"01":\n 2025,}', "dates.json:2: not JSON: "),
        ('["01"]', 'dates.json: --dates takes a JSON object of file names and dates, {"02": "2024-01-24"}'),
    ],
)
def test_a_bad_dates_file_is_one_line_and_exit_2(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "01.txt").write_text(NO_DATE, encoding="utf-8")
    (tmp_path / "dates.json").write_text(text, encoding="utf-8")
    r = run("extract", str(tmp_path / "01.txt"), "-f", "jsonl", "--dates", str(tmp_path / "dates.json"))
    assert r.code == 2 and r.err.count("\n") == 1 and message in r.err and r.out == ""

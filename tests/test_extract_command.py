"""`govfacts extract`: drafting a fact-base file from a page, end to end through the CLI."""

from __future__ import annotations

import json
import shutil

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

from pathlib import Path

import pytest

from conftest import DATA, run, run_zh
from govfacts.extract.draft import RECORD_KEYS

JINHUA = DATA / "sources" / "004_21f104f62c683333.txt"
QUZHOU = DATA / "sources" / "003_da78c44780971fbb.txt"
# Written for these tests, in the style of a report, partly in traditional characters.
TRADITIONAL = "衢州市召開平安建設工作會議\n2025年,全市電信網絡詐騙發案數同比下降15.9%,破獲案件1725個。\n"
NO_FIGURES = "衢州市召开平安建设工作会议\n会议强调,要坚持稳中求进,推动各项工作落地见效。\n"


def shipped_ids() -> set[str]:
    doc = tomllib.loads((DATA / "facts.toml").read_text(encoding="utf-8"))
    return {e["id"] for kind, entries in doc.items() if kind != "term" for e in entries}


def draft_ids(doc: dict) -> list[str]:
    return [e["id"] for kind in ("source", "region", "indicator", "program", "honour") for e in doc.get(kind, [])]


@pytest.fixture
def base(tmp_path: Path) -> Path:
    """A copy of the shipped base (facts.toml and sources/), for a draft to join."""
    root = tmp_path / "base"
    root.mkdir()
    shutil.copy(DATA / "facts.toml", root / "facts.toml")
    shutil.copytree(DATA / "sources", root / "sources")
    return root


def test_a_new_name_without_toml_is_a_folder_for_the_draft(base: Path) -> None:
    r = run("extract", str(JINHUA), "--date", "2025-12", "--place", "金华", "-o", str(base / "drafts"))
    assert r.code == 0, r.err
    assert (base / "drafts" / f"{JINHUA.stem}.toml").is_file()
    assert (base / "drafts" / "sources" / JINHUA.name).is_file()


def test_toml_to_a_file_copies_the_page_and_passes_check(base: Path) -> None:
    target = base / "draft" / "jinhua.toml"
    r = run("extract", str(JINHUA), "--date", "2025-12", "--place", "金华", "-o", str(target))
    assert (r.code, r.out) == (0, "")
    copy = base / "draft" / "sources" / JINHUA.name
    assert copy.read_bytes() == JINHUA.read_bytes()
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# DRAFT") and "Each entry needs review" in text.splitlines()[1]
    doc = tomllib.loads(text)
    flagged = sum(1 for kind in ("indicator", "program", "honour") for e in doc.get(kind, []) if e.get("review"))
    counts = ", ".join(f"{len(doc.get(kind, []))} {word}" for kind, word in (("indicator", "figures"), ("honour", "honours"), ("program", "programs")))
    assert r.err == f"govfacts: wrote {target}: {counts}, {flagged} for review\n"
    (source,) = doc["source"]
    assert source["file"] == f"sources/{JINHUA.name}" and source["date"] == "2025-12"
    assert source["title"] == "守护人民群众平安幸福 护航经济社会高质量发展"
    assert len(doc["indicator"]) >= 10 and doc["program"] and doc["honour"]
    assert {e["region"] for e in doc["indicator"]} <= {"cn-330700", "cn-330726", "cn-330000"}
    assert "region" not in doc  # the gazetteer's places are named by their ids, never declared
    checked = run("check", "--data", "shipped", "--data", str(base / "draft"))
    assert checked.code == 0, checked.err
    assert checked.out.startswith("ok:")
    # 金华市 is the shipped base's jinhua, under either id
    shown = run("show", "金华", "--kind", "indicator", "--json", "--data", "shipped", "--data", str(base / "draft"))
    assert shown.code == 0 and {r["region_id"] for r in shown.json()["indicators"]} == {"jinhua"}


def test_ids_never_collide_with_the_base(base: Path) -> None:
    first = base / "draft" / "first.toml"
    assert run("extract", str(QUZHOU), "--date", "2026-01", "--place", "衢州", "-o", str(first)).code == 0
    ids = draft_ids(tomllib.loads(first.read_text(encoding="utf-8")))
    assert len(ids) == len(set(ids)) and not set(ids) & shipped_ids()
    # the same page again, against a base now holding the first draft: every id is new again
    second = base / "draft" / "second.toml"
    r = run("extract", str(QUZHOU), "--date", "2026-01", "--place", "衢州", "--data", str(base), "-o", str(second))
    assert r.code == 0, r.err
    again = draft_ids(tomllib.loads(second.read_text(encoding="utf-8")))
    facts = {i for i in again if not i.startswith("cn-")}
    assert facts and not facts & set(ids)
    assert not {i for i in again if i.startswith("cn-")}, "the regions the first draft declared are reused"
    assert run("check", "--data", str(base)).code == 0


def test_a_source_id_already_in_the_base_is_refused(tmp_path: Path) -> None:
    r = run("extract", str(QUZHOU), "--source-id", "quzhou-city-of-li", "-o", str(tmp_path / "x.toml"))
    assert r.code == 2
    assert r.err == "govfacts: --source-id 'quzhou-city-of-li' is already an id in the fact base; choose another\n"
    assert not (tmp_path / "x.toml").exists()


def test_it_never_overwrites_without_force(tmp_path: Path) -> None:
    target = tmp_path / "jinhua.toml"
    target.write_text("# mine\n", encoding="utf-8")
    r = run("extract", str(JINHUA), "--date", "2025-12", "-o", str(target))
    assert r.code == 2
    assert r.err == f"govfacts: refusing to overwrite {target}: it exists (give --force to replace it)\n"
    assert target.read_text(encoding="utf-8") == "# mine\n" and not (tmp_path / "sources").exists()
    r = run("extract", str(JINHUA), "--date", "2025-12", "-o", str(target), "--force")
    assert r.code == 0 and target.read_text(encoding="utf-8").startswith("# DRAFT")


def test_a_different_page_copy_is_not_overwritten_either(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / JINHUA.name).write_text("another page\n", encoding="utf-8")
    r = run("extract", str(JINHUA), "-o", str(tmp_path / "d.toml"))
    assert r.code == 2 and "refusing to overwrite" in r.err and "--force" in r.err
    assert not (tmp_path / "d.toml").exists()


def test_a_page_already_beside_the_draft_is_not_copied(base: Path) -> None:
    page = base / "sources" / QUZHOU.name
    r = run("extract", str(page), "--date", "2026-01", "--place", "衢州", "-o", str(base / "more.toml"))
    assert r.code == 0
    doc = tomllib.loads((base / "more.toml").read_text(encoding="utf-8"))
    assert doc["source"][0]["file"] == f"sources/{QUZHOU.name}"
    assert sorted(p.name for p in (base / "sources").iterdir()) == sorted(p.name for p in (DATA / "sources").iterdir())


def test_toml_goes_to_stdout_without_o() -> None:
    r = run("extract", str(JINHUA), "--date", "2025-12", "--place", "金华", "--source-id", "jinhua-draft")
    assert r.code == 0 and r.err == ""
    doc = tomllib.loads(r.out)
    assert doc["source"][0]["id"] == "jinhua-draft"
    assert Path(doc["source"][0]["file"]).resolve() == JINHUA.resolve()


def test_jsonl_records_have_the_documented_keys_and_signed_values() -> None:
    r = run("extract", str(QUZHOU), "--date", "2026-01", "--place", "衢州", "--format", "jsonl")
    assert r.code == 0 and r.err == ""
    records = [json.loads(line) for line in r.out.splitlines()]
    assert records and all(list(rec) == ["id", *RECORD_KEYS, "level", "report", "line"] for rec in records)
    assert {rec["report"] for rec in records} == {str(QUZHOU)}  # the report file, as named
    assert {rec["kind"] for rec in records} == {"indicator", "program", "honour"}
    calls = next(rec for rec in records if rec["kind"] == "indicator" and rec["name"] == "刑事警情")
    assert (calls["value"], calls["unit"], calls["measure"], calls["basis"]) == (-19.1, "%", "change", "同比")
    assert (calls["region"], calls["region_path"]) == ("衢州市", ["浙江省", "衢州市"])
    changes = [rec for rec in records if rec["kind"] == "indicator" and rec["measure"] == "change"]
    falls = [rec for rec in changes if "下降" in rec["quote"] and not any(w in rec["quote"] for w in ("上升", "增长", "提升", "提高"))]
    rises = [rec for rec in changes if "下降" not in rec["quote"] and "减少" not in rec["quote"]]
    assert falls and all(rec["value"] < 0 for rec in falls)
    assert all(rec["value"] > 0 for rec in rises)


def test_jsonl_records_carry_the_ids_and_honour_levels_of_the_toml_draft(tmp_path: Path) -> None:
    args = ("extract", str(QUZHOU), "--date", "2026-01", "--place", "衢州")
    records = [json.loads(line) for line in run(*args, "-f", "jsonl").out.splitlines()]
    assert run(*args, "-o", str(tmp_path / "q.toml")).code == 0
    doc = tomllib.loads((tmp_path / "q.toml").read_text(encoding="utf-8"))
    entries = {e["id"]: e for kind in ("indicator", "program", "honour") for e in doc.get(kind, [])}
    by_id = {rec["id"]: rec for rec in records}
    assert len(by_id) == len(records) and set(entries) <= set(by_id)
    assert all(by_id[i]["quote"] == e["quote"] and by_id[i]["name"] == e["name"] for i, e in entries.items())
    honours = [rec for rec in records if rec["kind"] == "honour"]
    assert honours and all(rec["level"] == entries[rec["id"]].get("level") for rec in honours)
    assert {rec["level"] for rec in records if rec["kind"] == "indicator"} == {None}


def test_json_is_one_array_of_the_same_records() -> None:
    lines = run("extract", str(QUZHOU), "--date", "2026-01", "--place", "衢州", "-f", "jsonl").out.splitlines()
    r = run("extract", str(QUZHOU), "--date", "2026-01", "--place", "衢州", "-f", "json")
    assert r.code == 0 and r.json() == [json.loads(line) for line in lines]


def test_gb18030_is_read_and_reported_and_traditional_names_are_simplified(base: Path) -> None:
    page = base / "incoming" / "trad.txt"
    page.parent.mkdir()
    page.write_bytes(TRADITIONAL.encode("gb18030"))
    r = run("extract", str(page), "--date", "2025-12", "--place", "衢州", "-f", "jsonl")
    assert r.code == 0
    assert r.err == f"govfacts: {page} is GB18030 text, not UTF-8: read as GB18030\n"
    first = json.loads(r.out.splitlines()[0])
    assert (first["name"], first["region"], first["value"]) == ("电信网络诈骗发案数", "衢州市", -15.9)
    assert first["quote"] == "全市電信網絡詐騙發案數同比下降15.9%"  # the page's own characters
    target = base / "draft" / "trad.toml"
    r = run("extract", str(page), "--date", "2025-12", "--place", "衢州", "-o", str(target))
    assert r.code == 0 and r.err.count("\n") == 2 and "GB18030" in r.err
    assert r.err.endswith(f"govfacts: wrote {target}: 2 figures, 0 honours, 0 programs, 0 for review\n")
    assert (base / "draft" / "sources" / "trad.txt").read_text(encoding="utf-8") == TRADITIONAL
    checked = run("check", "--data", str(base))
    assert checked.code == 0, checked.err


def test_a_page_without_figures_finds_nothing(tmp_path: Path) -> None:
    page = tmp_path / "meeting.txt"
    page.write_text(NO_FIGURES, encoding="utf-8")
    r = run("extract", str(page), "-o", str(tmp_path / "meeting.toml"))
    assert (r.code, r.out, r.err) == (1, "", "govfacts: no facts found\n")
    assert not (tmp_path / "meeting.toml").exists()


def test_a_missing_or_unreadable_page_is_exit_3(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    r = run("extract", str(missing))
    assert (r.code, r.err) == (3, f"govfacts: no such file: {missing}\n")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\xff\xfe\x00\x81\x30\xff")
    r = run("extract", str(binary))
    assert (r.code, r.err) == (3, f"govfacts: {binary} is neither UTF-8 nor GB18030 text; save it as UTF-8\n")


def test_bad_options_are_usage_errors() -> None:
    r = run("extract", str(JINHUA), "--date", "2025-13")
    assert (r.code, r.err) == (2, "govfacts: --date '2025-13' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)\n")
    r = run("extract", str(JINHUA), "--place", "不存在的地方")
    assert (r.code, r.err) == (2, "govfacts: --place '不存在的地方': no province, city or county of that name\n")


def test_gazetteer_places_are_named_by_their_ids_and_never_declared() -> None:
    """Every index holds the gazetteer: a draft refers to its places as cn-<code> (中国 as cn)."""
    from govfacts.extract.draft import draft
    from govfacts.extract.gazetteer_match import PlaceFinder
    from govfacts.extract.toml_draft import draft_toml

    text = JINHUA.read_text(encoding="utf-8")
    records = draft(text, "2025-12", "金华", PlaceFinder.from_gazetteer()).records
    doc = tomllib.loads(draft_toml(records, "j", "t", page=text))
    assert {e["region"] for e in doc["indicator"]} <= {"cn-330000", "cn-330700", "cn-330726"}
    assert "region" not in doc
    named = {e["name"]: e["region"] for e in doc.get("honour", []) + doc.get("program", [])}
    assert set(named.values()) <= {"cn-330000", "cn-330700", "cn-330726"}
    # a 全国 title won in the clause before (获评全国…) does not make the next entry national
    assert named["三级兜底"] == "cn-330700"


def test_the_shipped_synonyms_let_a_query_find_a_draft_s_other_name_for_it(tmp_path: Path) -> None:
    page = tmp_path / "r.txt"
    page.write_text("2025年，浙江省生产总值增长5.5%，规上工业增加值增长7%。\n", encoding="utf-8")
    assert run("extract", str(page), "--date", "2026-01", "-o", str(tmp_path / "d" / "r.toml")).code == 0
    hits = run("metric", "地区生产总值", "--data", "shipped", "--data", str(tmp_path / "d"), "--json").json()
    assert [(h["name"], h["value"]) for h in hits] == [("生产总值", 5.5)]
    hits = run("metric", "规模以上工业增加值", "--data", "shipped", "--data", str(tmp_path / "d"), "--json").json()
    assert [(h["name"], h["value"]) for h in hits] == [("规上工业增加值", 7)]


def test_each_drafted_entry_says_the_line_of_the_report_its_quote_begins_on(tmp_path, private_cache):
    page = tmp_path / "report.txt"
    page.write_text("某市政府工作报告\n\n2025年，全市生产总值增长5.2%。\n全市新建学校12所。\n", encoding="utf-8")
    target = tmp_path / "base" / "report.toml"
    r = run("extract", str(page), "--date", "2026-01", "--place", "衢州", "-o", str(target))
    assert r.code == 0, r.err
    comments = [c for c in target.read_text(encoding="utf-8").split("[[source]]")[1].splitlines() if c.startswith("# line")]
    assert comments == ["# line 3 of the report", "# line 4 of the report"]


def test_a_draft_names_the_place_a_region_id_stands_for(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text("2025年，金华市破获电诈案件1200起。\n", encoding="utf-8")
    r = run("extract", str(page), "--date", "2025-12", "--place", "金华")
    assert r.code == 0, r.err
    assert 'region = "cn-330700"  # 金华市' in r.out


def test_a_city_s_page_that_never_names_its_city_gets_no_place_and_says_so(tmp_path: Path) -> None:
    page = tmp_path / "procuratorate.txt"
    page.write_text(
        "1月20日，在市十五届人大六次会议上，市人民检察院检察长向大会报告工作。\n"
        "2025年，全市检察机关共办理各类案件21046件，获评全国检察机关典型案例9件。\n",
        encoding="utf-8",
    )
    out = run("extract", str(page), "--date", "2026-01-20", "--format", "jsonl")
    rows = [json.loads(line) for line in out.out.splitlines()]
    assert out.code == 0 and rows and {r["region"] for r in rows} == {None}  # not 中国, from its 全国 title
    assert "found no place the page is about" in out.err and "--place" in out.err
    placed = run("extract", str(page), "--date", "2026-01-20", "--place", "南宁市", "--format", "jsonl")
    assert {json.loads(line)["region"] for line in placed.out.splitlines()} == {"南宁市"} and not placed.err
    # a national release that names no place is the nation's
    page.write_text("2025年，全国检察机关共起诉各类犯罪嫌疑人153万人。\n", encoding="utf-8")
    national = run("extract", str(page), "--date", "2026-01-20", "--format", "jsonl")
    assert [json.loads(line)["region"] for line in national.out.splitlines()] == ["中国"]
    assert national.err.strip().endswith("the header names no place; guessed from the text: 中国 (give --place if that is wrong)")


def test_a_drafted_fact_says_what_to_review_in_its_detail(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("宜宾市公安局通报\n2025年，全市破获刑事案件1200起，“一窗通办”服务覆盖7个警种41项业务。\n", encoding="utf-8")
    assert run("extract", str(page), "--date", "2025-12", "-o", str(tmp_path / "drafts")).code == 0
    found = [r for r in run("metric", "业务", "--data", str(tmp_path / "drafts"), "--json").json() if r["name"] == "业务"]
    assert [r["review"] for r in found] == [["name-unclear"]]
    detail = run_zh("fact", found[0]["id"], "--data", str(tmp_path / "drafts")).out
    assert "待复核: 名称过长、含并列项、是半个分句、只有动词或计量词，或连着另一个数字，保留所计量的名词及其所属对象\n" in detail
    accepted = run_zh("fact", "page-ind-01", "--data", str(tmp_path / "drafts")).out
    assert "待复核" not in accepted


def test_a_page_naming_no_place_counts_each_entry_to_review_once(tmp_path: Path) -> None:
    page = tmp_path / "mediation.txt"
    page.write_text("近年来，我市完善调解机制。\n全市共有人民调解组织900个，调解成功率达98%。\n", encoding="utf-8")
    r = run("extract", str(page), "--date", "2025-12", "-o", str(tmp_path / "drafts"))
    assert r.code == 0, r.err
    assert "2 figures, 0 honours, 0 programs, 2 for review" in r.err
    draft = (tmp_path / "drafts" / "mediation.toml").read_text(encoding="utf-8")
    assert "# Place: —, named neither in the header nor in the text; give --place.\n" in draft

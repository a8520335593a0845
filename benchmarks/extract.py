"""Benchmark of the indicator drafter against hand-keyed figures.

Two sets: (a) the five shipped pages (../shared/sources) against the indicators of
data/facts.toml, (b) the twelve development pages (../shared/devpages) against key.json
(core items). The shared folder is $GOVFACTS_SHARED, else the repository's parent's shared/.

Scoring (per key item; a drafted record may match one key item only):
- found: a drafted record with the same absolute value (exact Decimal), the same unit, the same
  signed value, whose quote overlaps the key quote's place on the page (the clause that states it);
- precision: drafted records that match some key item (core or not, sign aside) / all drafted;
- sign error: a record matching value, unit and quote whose signed value differs from the key's;
- complete: found, and the place is right (the key's or one below it), the period right where
  the key states one (a month range such as 2025-01/2025-11 counts as its year, the key set's
  convention 10), the basis right (同比 for any 同比 wording; the text's words otherwise, 同期 and
  quotation marks ignored), and the name right;
- name right: the name is at most 18 characters, and, after the fact base's term aliases are
  expanded in both (电诈 → 电信网络诈骗), either at least half of the key name's distinct
  characters (数, 的, 量 and punctuation left out) are in it, or all of its own are in the key name.
Speed: a 10,000-character page (the shipped pages of data/sources, concatenated) drafted by the
real CLI, `govfacts extract PAGE --date 2025-12` (TOML to stdout, the main place guessed, the
shipped base's index warm), in a fresh process each run, against `govfacts extract --help`;
the target is under 0.5 s more. Also: the drafter alone in a fresh interpreter, against that
interpreter importing it without drafting. `--speed` measures speed only (no shared folder needed);
`--no-speed` skips it.
"""

from __future__ import annotations

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

import json
import os
import re
import statistics
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from govfacts.extract.draft import draft  # noqa: E402
from govfacts.extract.gazetteer_match import PlaceFinder, PlainDivision, short_forms  # noqa: E402

SHIPPED = {  # file prefix → (date, main place)
    "000": ("2025-11-25", "衢州"), "001": ("2025-11-25", "衢州"), "002": ("2025", "衢州"),
    "003": ("2026-01", "衢州"), "004": ("2025-12", "金华"),
}
DEV = {  # from the dev set's README table: page date and main place
    "01": ("2018-03-30", "建始县"), "02": ("2008", "吉安市"), "03": ("2018-07-12", "福州市"),
    "04": ("2021-01-14", "黄石市"), "05": ("2024", "乌海市"), "06": ("2017-10", "澄江县"),
    "07": ("2021-06-27", "筠连县"), "08": ("2016-11-14", "大连市"), "09": ("2020", "溆浦县"),
    "10": ("2016-05-24", "四川省"), "11": ("2013-09-26", "海南省"), "12": ("2019-02-11", "淮安区"),
}
# Used only while the gazetteer is not installed: the divisions these pages name.
_FALLBACK = """
330000 浙江省|330800 衢州市 330000|330802 柯城区 330800|330803 衢江区 330800|330822 常山县 330800
330824 开化县 330800|330825 龙游县 330800|330881 江山市 330800|330700 金华市 330000|330726 浦江县 330700
331000 台州市 330000|331003 黄岩区 331000|330500 湖州市 330000|330502 吴兴区 330500|360000 江西省
361100 上饶市 360000|361123 玉山县 361100|420000 湖北省|422800 恩施土家族苗族自治州 420000
422822 建始县 422800|360800 吉安市 360000|350000 福建省|350100 福州市 350000|420200 黄石市 420000
150000 内蒙古自治区|150300 乌海市 150000|530000 云南省|530400 玉溪市 530000|530422 澄江县 530400
510000 四川省|511500 宜宾市 510000|511527 筠连县 511500|210000 辽宁省|210200 大连市 210000
430000 湖南省|431200 怀化市 430000|431224 溆浦县 431200|460000 海南省|320000 江苏省
320800 淮安市 320000|320803 淮安区 320800
"""


def shared_dir() -> Path:
    env = os.environ.get("GOVFACTS_SHARED")
    for cand in ([Path(env)] if env else []) + [ROOT.parent / "shared", Path("/work/shared")]:
        if (cand / "devpages").is_dir():
            return cand
    sys.exit("shared folder not found: set GOVFACTS_SHARED")


def load_places() -> tuple[PlaceFinder, str]:
    places = PlaceFinder.from_gazetteer()
    if places is not None:
        return places, "gazetteer"
    divs = []
    for item in re.split(r"[|\n]", _FALLBACK.strip()):
        parts = item.split()
        if parts:
            divs.append(PlainDivision(parts[0], parts[1], "", parts[2] if len(parts) > 2 else None))
    return PlaceFinder(divs), "fallback list"


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _spans(page: str, quote: str) -> list[tuple[int, int]]:
    """Where a quote stands on the page, white space ignored, as page positions."""
    keep = [i for i, c in enumerate(page) if not c.isspace()]
    flat = "".join(page[i] for i in keep)
    q = _squash(quote)
    out, start = [], flat.find(q)
    while start >= 0 and q:
        out.append((keep[start], keep[start + len(q) - 1] + 1))
        start = flat.find(q, start + 1)
    return out


_NAME_DROP = set("数的量、,“”\"()()《》")


TERMS: list[tuple[str, str]] = []  # (alias, full term) from the fact base, longest alias first


def expand_terms(name: str) -> str:
    """电诈案损数 → 电信网络诈骗案损数: the fact base's own aliases, so an abbreviation is no penalty."""
    for alias, full in TERMS:
        if alias in name and full not in name:
            name = name.replace(alias, full)
    return name


def name_right(drafted: str, key: str) -> bool:
    if not drafted or len(drafted) > 18:
        return False
    drafted, key = expand_terms(drafted), expand_terms(key)
    k = set(key) - _NAME_DROP
    d = set(drafted) - _NAME_DROP
    if not k or not d:
        return False
    return len(k & d) / len(k) >= 0.5 or d <= k


def _basis_norm(b: str | None) -> str | None:
    if not b:
        return None
    if "同比" in b:
        return "同比"
    return re.sub(r"[“”\"]|同期", "", b)


def period_right(drafted: str | None, key: str | None) -> bool:
    if key is None:
        return True
    if drafted == key:
        return True
    m = re.fullmatch(r"(\d{4})-\d{2}/(\d{4})-\d{2}", key)
    return bool(m and m.group(1) == m.group(2) and drafted == m.group(1))


def place_right(places: PlaceFinder, drafted: str | None, key: str) -> bool:
    if drafted == key or (drafted and short_forms(drafted) and short_forms(drafted) == short_forms(key)):
        return True  # also a county since made a city under the same short name (澄江县, 澄江市)
    if not drafted or key == "中国":
        return key == "中国" and drafted is not None
    outer, inner = places.lookup(key), places.lookup(drafted)
    return bool(outer and inner and places.contains(outer, inner))


def score(pages: list[dict], places: PlaceFinder) -> dict:
    res = {"items": 0, "found": 0, "complete": 0, "sign": 0, "drafted": 0, "matched": 0, "verbatim": 0,
           "place": 0, "period": 0, "period_n": 0, "basis": 0, "name": 0, "misses": [], "fps": [], "incomplete": []}
    for p in pages:
        recs = [r for r in draft(p["text"], p["date"], p["place"], places).indicators]
        res["drafted"] += len(recs)
        flat_page = _squash(p["text"])
        res["verbatim"] += sum(1 for r in recs if _squash(r["quote"]) in flat_page)
        used: set[int] = set()
        matched_any: set[int] = set()
        for k in p["key"]:
            spans = _spans(p["text"], k["quote"])
            kv = Decimal(str(k["value"]))
            cands = []
            for i, r in enumerate(recs):
                if Decimal(str(abs(r["value"]))) != abs(kv) or r["unit"] != k["unit"]:
                    continue
                if not any(r["span"][0] < b and a < r["span"][1] for a, b in spans):
                    continue
                cands.append(i)
                matched_any.add(i)
            if not k["core"]:
                continue
            res["items"] += 1
            good = [i for i in cands if Decimal(str(recs[i]["value"])) == kv and i not in used]
            if not good:
                if cands:
                    res["sign"] += 1
                res["misses"].append(f'{p["id"]} {k["name"]} {k["value"]}{k["unit"]} | {k["quote"][:40]}')
                continue
            r = recs[good[0]]
            used.add(good[0])
            res["found"] += 1
            ok_place = place_right(places, r["region"], k["region"])
            ok_period = period_right(r["period"], k["period"])
            ok_basis = _basis_norm(r["basis"]) == _basis_norm(k["basis"])
            ok_name = name_right(r["name"], k["name"])
            res["place"] += ok_place
            res["basis"] += ok_basis
            res["name"] += ok_name
            if k["period"] is not None:
                res["period_n"] += 1
                res["period"] += ok_period
            if ok_place and ok_period and ok_basis and ok_name:
                res["complete"] += 1
            else:
                why = [w for w, ok in (("place " + str(r["region"]), ok_place), ("period " + str(r["period"]), ok_period),
                                       ("basis " + str(r["basis"]), ok_basis), ("name " + r["name"], ok_name)) if not ok]
                res["incomplete"].append(f'{p["id"]} {k["name"]} {k["value"]}{k["unit"]}: {"; ".join(why)}')
        res["matched"] += len(matched_any)
        for i, r in enumerate(recs):
            if i not in matched_any:
                res["fps"].append(f'{p["id"]} {r["name"]} {r["value"]}{r["unit"]} | {r["quote"][:40]}')
    return res


def score_named(shared: Path, places: PlaceFinder) -> None:
    """Programs and honours on the shipped pages against facts.toml (a name matches when one holds the other
    or the name rule holds). The fact base also keys programs named without quotation marks, which the
    drafter does not look for, so recall here is a floor."""
    base = tomllib.loads((ROOT / "data" / "facts.toml").read_text(encoding="utf-8"))
    files = {s["id"]: Path(s["file"]).name for s in base["source"]}  # file is "sources/NAME" now
    for kind in ("program", "honour"):
        total = found = drafted = matched = 0
        for f in sorted((shared / "sources").glob("0*.txt")):
            date, place = SHIPPED[f.name[:3]]
            recs = [r for r in draft(f.read_text(encoding="utf-8"), date, place, places).records if r["kind"] == kind]
            keys = [k for k in base[kind] if files[k["source"]] == f.name]
            hit: set[int] = set()
            for k in keys:
                ok = [i for i, r in enumerate(recs) if r["name"] in k["name"] or k["name"] in r["name"] or name_right(r["name"], k["name"])]
                found += bool(ok)
                hit.update(ok)
            total, drafted, matched = total + len(keys), drafted + len(recs), matched + len(hit)
        print(f"== shipped {kind}s: {found}/{total} keyed found ({_pct(found, total):.1f}%), "
              f"{matched}/{drafted} drafted are keyed ({_pct(matched, drafted):.1f}%)")


def shipped_pages(shared: Path) -> list[dict]:
    base = tomllib.loads((ROOT / "data" / "facts.toml").read_text(encoding="utf-8"))
    regions = {r["id"]: r["name"] for r in base["region"]}
    TERMS[:] = sorted(((a, t["name"]) for t in base.get("term", []) for a in t["aliases"]), key=lambda x: -len(x[0]))
    files = {s["id"]: Path(s["file"]).name for s in base["source"]}  # file is "sources/NAME" now
    pages = []
    for f in sorted((shared / "sources").glob("0*.txt")):
        date, place = SHIPPED[f.name[:3]]
        key = []
        for ind in base["indicator"]:
            if files[ind["source"]] == f.name:
                key.append({"name": ind["name"], "value": ind["value"], "unit": ind["unit"], "quote": ind["quote"],
                            "region": regions[ind["region"]], "period": ind.get("period"), "basis": ind.get("basis"),
                            "core": True})
        pages.append({"id": f.name[:3], "text": f.read_text(encoding="utf-8"), "date": date, "place": place, "key": key})
    return pages


def dev_pages(shared: Path) -> list[dict]:
    key = json.loads((shared / "devpages" / "key.json").read_text(encoding="utf-8"))
    pages = []
    for doc, (date, place) in DEV.items():
        items = []
        for k in key:
            if k["doc"] != doc:
                continue
            sign = -1 if k["direction"] in ("下降", "减少") else 1
            value = Decimal(str(k["value"])) * sign
            items.append({"name": k["metric"], "value": value, "unit": k["unit"], "quote": k["quote"],
                          "region": k["region"], "period": k["period"], "basis": k["basis"], "core": k["core"]})
        text = (shared / "devpages" / f"{doc}.txt").read_text(encoding="utf-8")
        pages.append({"id": doc, "text": text, "date": date, "place": place, "key": items})
    return pages


def _pct(a: int, b: int) -> float:
    return 100.0 * a / b if b else 100.0


def report(label: str, r: dict, verbose: bool) -> str:
    print(f"== {label}: {r['items']} key items, {r['drafted']} drafted")
    print(f"found {r['found']}/{r['items']} = {_pct(r['found'], r['items']):.1f}%   precision {_pct(r['matched'], r['drafted']):.1f}%   "
          f"complete {_pct(r['complete'], r['items']):.1f}%   sign errors {r['sign']}   quotes verbatim {r['verbatim']}/{r['drafted']}")
    print(f"of found: place {_pct(r['place'], r['found']):.1f}%   period {_pct(r['period'], r['period_n']):.1f}%   "
          f"basis {_pct(r['basis'], r['found']):.1f}%   name {_pct(r['name'], r['found']):.1f}%")
    if verbose:
        for title, rows in (("misses", r["misses"]), ("false positives", r["fps"]), ("found, not complete", r["incomplete"])):
            print(f"-- {title} ({len(rows)})")
            for row in rows:
                print("   " + row)
    return (f"{label}: found {_pct(r['found'], r['items']):.1f}% precision {_pct(r['matched'], r['drafted']):.1f}% "
            f"complete {_pct(r['complete'], r['items']):.1f}% sign errors {r['sign']} verbatim {r['verbatim']}/{r['drafted']}")


def _median_run(args: list[str], runs: int = 5) -> float:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(args, check=True, env=env, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def speed_page(tmp: Path) -> Path:
    """A 10,000-character page: the shipped pages, one after another, cut at 10,000 characters."""
    text = ""
    while len(text) < 10_000:
        for f in sorted((ROOT / "data" / "sources").glob("*.txt")):
            text += f.read_text(encoding="utf-8") + "\n\n"
    tmp.write_text(text[:10_000], encoding="utf-8")
    return tmp


def speed(tmp: Path) -> str:
    page = speed_page(tmp)
    cli = [sys.executable, "-m", "govfacts", "extract"]
    subprocess.run([*cli, str(page), "--date", "2025-12"], check=True, stdout=subprocess.DEVNULL,
                   env=dict(os.environ, PYTHONPATH=str(ROOT / "src")))  # the index, built once before timing
    full = _median_run([*cli, str(page), "--date", "2025-12"])
    helptime = _median_run([*cli, "--help"])
    prelude = "from govfacts.extract.draft import draft; from govfacts.extract.gazetteer_match import PlaceFinder; import opencc; "
    alone = _median_run([sys.executable, "-c", prelude + f"draft(open({str(page)!r}, encoding='utf-8').read(), '2025-12', None)"])
    imports = _median_run([sys.executable, "-c", prelude + "PlaceFinder.from_gazetteer()"])
    print(f"== speed: `govfacts extract` of 10,000 characters {full:.3f} s; `govfacts extract --help` {helptime:.3f} s; "
          f"the drafter alone {alone:.3f} s, its imports alone {imports:.3f} s (medians of 5 fresh processes)")
    verdict = "met" if full - helptime < 0.5 else "NOT met"
    return (f"speed: `govfacts extract` of 10,000 chars takes {full - helptime:+.3f} s over `govfacts extract --help` "
            f"(target < 0.5 s: {verdict}); drafting costs {alone - imports:.3f} s over the drafter's imports")


def main() -> None:
    verbose = "-q" not in sys.argv
    tmp = Path(os.environ.get("TMPDIR", "/tmp")) / "govfacts-extract-bench.txt"
    if "--speed" in sys.argv:
        print(speed(tmp))
        return
    shared = shared_dir()
    places, origin = load_places()
    print(f"places from the {origin}; shared folder {shared}")
    a = score(shipped_pages(shared), places)
    b = score(dev_pages(shared), places)
    line_a = report("shipped (5 pages, facts.toml)", a, verbose)
    line_b = report("dev (12 pages, key.json core)", b, verbose)
    score_named(shared, places)
    for label, pages in (("shipped", shipped_pages(shared)), ("dev", dev_pages(shared))):
        for p in pages:
            p["place"] = None
        g = score(pages, places)
        print(f"== {label}, main place guessed from the text: found {_pct(g['found'], g['items']):.1f}%   "
              f"complete {_pct(g['complete'], g['items']):.1f}%   place {_pct(g['place'], g['found']):.1f}%")
    line_s = "speed: skipped" if "--no-speed" in sys.argv else speed(tmp)
    met = []
    for label, r in (("shipped", a), ("dev", b)):
        ok = (_pct(r["found"], r["items"]) >= 95 and _pct(r["matched"], r["drafted"]) >= 90 and r["sign"] == 0
              and r["verbatim"] == r["drafted"] and _pct(r["complete"], r["items"]) >= 80)
        met.append(f"{label} {'met' if ok else 'NOT met'}")
    print(line_a)
    print(line_b)
    print(line_s)
    print("targets (found>=95 precision>=90 signs 0 verbatim complete>=80): " + ", ".join(met))


if __name__ == "__main__":
    main()

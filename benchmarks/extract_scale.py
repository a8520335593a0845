"""How `govfacts extract` scales: one-line pages of many figures, drafted by the real CLI.

The pages are written here, from sentences made up for this benchmark (figures, lists of them,
place names, periods, quotation marks), repeated with variation and never a line break: a
page is one line as long as the page (with --one-sentence, one sentence as long). Each size is drafted in a fresh
process (`govfacts extract PAGE --format jsonl`, the main place guessed), and its wall time and
peak memory (the child's ru_maxrss) are printed. The goal: 3.7 MB (about 120,000 figures)
within a minute, the cost growing in step with the page.

    python benchmarks/extract_scale.py                      # 0.4, 1 and 3.7 MB
    python benchmarks/extract_scale.py --sizes 0.4,1        # chosen sizes, in MB
    python benchmarks/extract_scale.py --one-sentence       # pages without a full stop: one sentence
    python benchmarks/extract_scale.py --write PAGE --mb 3.7   # only write a page
    python benchmarks/extract_scale.py --govfacts /path/to/govfacts   # another install

The same seed writes the same bytes (--seed, default 1). Pages are kept in --work
(default $TMPDIR/govfacts-extract-scale).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

PLACES = (
    "衢州市", "柯城区", "衢江区", "龙游县", "江山市", "常山县", "开化县", "金华市", "浦江县", "义乌市",
    "湖州市", "吴兴区", "台州市", "黄岩区", "杭州市", "宁波市", "温州市", "绍兴市", "嘉兴市", "丽水市",
    "建始县", "溆浦县", "乌海市", "筠连县",
)
OPENERS = ("", "", "", "2025年,", "今年以来,", "1-9月份,", "近日,", "其中,", "截至目前,", "全市", "全县", "此外,")
NOUNS = (
    "刑事警情", "治安警情", "受理案件", "调解纠纷", "新增就业", "建成公园", "培训人员", "走访群众",
    "化解矛盾", "办结信访", "新建道路", "改造小区", "招引项目", "帮扶农户", "开展演练", "排查隐患",
    "整改问题", "服务企业", "发放补贴", "注册志愿者",
)
VERBS = ("", "", "同比下降", "同比增长", "达到", "累计", "共", "较去年同期上升", "减少", "为")
FIGURES = (
    ("{i}", "件"), ("{i}", "起"), ("{i}", "人"), ("{i}", "个"), ("{i}", "项"), ("{d}", "%"),
    ("{d}", "万元"), ("{d}", "亿元"), ("{i}", "户"), ("{d}", "公里"), ("{i}", "人次"), ("{d}", "个百分点"),
    ("{i}余", "名"), ("{d}万", "人"),
)
TAILS = ("", "", "", "", "", "等", "以上", "左右")
QUOTED = ("“平安细胞”", "“三服务”", "“一件事”", "《条例》", "“枫桥经验”")


def _figure(rng: random.Random) -> str:
    form, unit = rng.choice(FIGURES)
    number = form.format(i=rng.randint(2, 99999), d=f"{rng.randint(1, 999)}.{rng.randint(1, 9)}")
    return number + unit + rng.choice(TAILS)


def _clause(rng: random.Random) -> str:
    """A figure and its noun, or a list (刑事、治安警情分别为3件、5件)."""
    quoted = rng.choice(QUOTED) + "建设," if rng.random() < 0.05 else ""
    if rng.random() < 0.5:
        nouns = rng.sample(NOUNS, rng.randint(2, 5))
        form, unit = rng.choice(FIGURES)
        figures = [form.format(i=rng.randint(2, 9999), d=f"{rng.randint(1, 99)}.{rng.randint(1, 9)}") + unit for _ in nouns]
        return quoted + "、".join(nouns) + "分别为" + "、".join(figures)
    return quoted + rng.choice(NOUNS) + rng.choice(VERBS) + _figure(rng)


def sentence(rng: random.Random, stops: str = "。。。;!") -> str:
    """One made-up sentence: an opening now and then, a place, and two to six clauses of figures."""
    place = rng.choice(PLACES) if rng.random() < 0.6 else ""
    clauses = ",".join(_clause(rng) for _ in range(rng.randint(2, 6)))
    return rng.choice(OPENERS) + place + clauses + rng.choice(stops)


def write_page(path: Path, mb: float, seed: int = 1, one_sentence: bool = False) -> tuple[int, int]:
    """A one-line page of about `mb` megabytes (UTF-8); its size in bytes and its count of figures.

    With `one_sentence`, sentences end in commas: the page is one sentence.
    """
    rng = random.Random(seed)
    target = int(mb * 1_000_000)
    chunks, size = ["衢州市2025年平安建设工作综述"], 0
    while size < target:
        s = sentence(rng, "," if one_sentence else "。。。;!")
        chunks.append(s)
        size += len(s.encode("utf-8"))
    text = "".join(chunks)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    figures = len(re.findall(r"\d(?:余|万)?(?:件|起|人|个|项|%|万元|亿元|户|公里|人次|个百分点|名)", text))
    return len(text.encode("utf-8")), figures


def measure(govfacts: list[str], page: Path) -> tuple[float, float, int, int]:
    """Wall seconds, peak memory in MiB, exit status and records drafted, for one run of extract."""
    env = {k: v for k, v in os.environ.items() if k not in ("GOVFACTS_DATA", "FORCE_COLOR", "NO_COLOR")}
    start = time.perf_counter()
    proc = subprocess.Popen([*govfacts, "extract", str(page), "--format", "jsonl"], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, env=env)
    assert proc.stdout is not None
    records = sum(1 for _ in proc.stdout)
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    rss = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
    return wall, rss, os.waitstatus_to_exitcode(status), records


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="0.4,1,3.7", help="page sizes in MB, comma-separated")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--work", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "govfacts-extract-scale")
    ap.add_argument("--govfacts", help="the govfacts command (default: the one beside this Python)")
    ap.add_argument("--write", type=Path, help="only write one page here (of --mb megabytes)")
    ap.add_argument("--mb", type=float, default=3.7)
    ap.add_argument("--one-sentence", action="store_true", help="end sentences in commas: the page is one sentence")
    args = ap.parse_args()
    if args.write:
        size, figures = write_page(args.write, args.mb, args.seed, args.one_sentence)
        print(f"{args.write}: {size / 1e6:.2f} MB, {figures:,} figures, no line break")
        return
    exe = args.govfacts or shutil.which("govfacts", path=str(Path(sys.executable).parent)) or "govfacts"
    print(f"{'page':>8}  {'figures':>8}  {'records':>8}  {'seconds':>8}  {'peak MiB':>8}  {'s/MB':>6}")
    for mb in (float(x) for x in args.sizes.split(",")):
        shape = "-one-sentence" if args.one_sentence else ""
        page = args.work / f"page-{mb:g}MB-seed{args.seed}{shape}.txt"
        size, figures = write_page(page, mb, args.seed, args.one_sentence)
        wall, rss, code, records = measure([exe], page)
        status = "" if code == 0 else f"  exit {code}"
        print(f"{size / 1e6:>6.2f}MB  {figures:>8,}  {records:>8,}  {wall:>8.1f}  {rss:>8.0f}  {wall / (size / 1e6):>6.1f}{status}",
              flush=True)


if __name__ == "__main__":
    main()

"""Time the commands that read a large page: where quotes stand on it, and the closest passage.

Two generated bases, each with one source whose page is large (synthetic Chinese text:
numbered sentences of invented figures, broken over lines):

- `source --text`: a 4 MB page quoted by 2,000 facts, spread over it, each quote broken
  over a line of the page; `govfacts source s --text --json` with the index warm (the
  output must place all 2,000 quotes). Before pagetext.FlatPage: 877 s.
- `check`, closest passages: a 1 MB page, 20 facts quoting it right and 3 whose
  3,001-character quotes are not on it; `govfacts check` with an empty cache (the index
  is built, every quote checked, and the closest passage of each bad one found; exit 3
  with the three problems). Before the bounded closest(): 453 s.

    python benchmarks/pages.py [--runs N] [--work DIR] [--markdown]

Each figure is the median of --runs (default 3) fresh processes, each with a private
GOVFACTS_CACHE_DIR, as benchmarks/run.py measures; the report goes to stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import CLEARED_ENV, BenchError, Figure, Sample, find_govfacts, print_markdown, print_table, progress, run_once  # noqa: E402, I001

PLACES = ["东城区", "西城区", "南湖区", "北山县", "青溪县", "白石镇", "清河乡", "长岭街道"]
WORDS = ["刑事警情", "治安警情", "矛盾纠纷", "信访总量", "交通事故", "安全生产", "法律服务", "综合治理"]
VERBS = ["同比下降", "同比上升", "环比下降", "比上年减少", "较去年增长"]
HEAD = '[[source]]\nid = "s"\ntitle = "生成的页面"\nfile = "page.txt"\n\n[[region]]\nid = "r"\nname = "生成市"\nlevel = "地级市"\n\n'


def sentence(rnd: random.Random, n: int) -> str:
    """The n-th sentence of a generated page: unique by its number, split over two lines."""
    place, word, verb = rnd.choice(PLACES), rnd.choice(WORDS), rnd.choice(VERBS)
    return f"第{n}项，{place}{word}\n{verb}{rnd.randrange(1, 999) / 10}%，受理{rnd.randrange(10, 99999)}件。\n"


def page_of(chars: int, seed: int) -> list[str]:
    """Sentences of about `chars` characters in all."""
    rnd, out, size = random.Random(seed), [], 0
    while size < chars:
        out.append(sentence(rnd, len(out)))
        size += len(out[-1])
    return out


def program(n: int, quote: str) -> str:
    return (
        f'[[program]]\nid = "p{n}"\nregion = "r"\nname = "工作{n}"\ncategory = "机制"\nsummary = "生成"\n'
        f'source = "s"\nquote = "{quote}"\n\n'
    )


def text_base(folder: Path, chars: int, facts: int) -> None:
    """A page of `chars` characters and `facts` facts quoting sentences spread over it."""
    sentences = page_of(chars, 1)
    step = max(1, len(sentences) // facts)
    chosen = [sentences[i * step] for i in range(facts)]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "page.txt").write_text("".join(sentences), encoding="utf-8")
    body = "".join(program(n, s.replace("\n", "")) for n, s in enumerate(chosen))
    (folder / "base.toml").write_text(HEAD + body, encoding="utf-8")


def check_base(folder: Path, chars: int, bad: int, length: int) -> None:
    """A page of `chars` characters, 20 facts quoting it and `bad` long quotes not on it."""
    sentences = page_of(chars, 2)
    rnd = random.Random(3)
    good = [program(n, sentences[n * 97 % len(sentences)].replace("\n", "")) for n in range(20)]
    wrong = []
    for n in range(bad):  # the page's words, in an order the page never has
        text = "".join(rnd.choice(WORDS + PLACES + VERBS) for _ in range(length))[:length]
        wrong.append(program(100 + n, text))
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "page.txt").write_text("".join(sentences), encoding="utf-8")
    (folder / "base.toml").write_text(HEAD + "".join(good + wrong), encoding="utf-8")


def timed(cmd: list[str], env: dict[str, str], runs: int, fresh_cache: bool, check) -> list[Sample]:
    samples = []
    with tempfile.TemporaryDirectory(prefix="govfacts-pages-") as tmp:
        for k in range(runs):
            cache = Path(tmp, f"cache-{k}" if fresh_cache else "cache")
            sample = run_once(cmd, dict(env, GOVFACTS_CACHE_DIR=str(cache)))
            check(sample)
            samples.append(sample)
    return samples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="timed runs per figure (default 3)")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "govfacts-bench-pages")
    parser.add_argument("--govfacts", help="the govfacts command (default: the one beside this Python)")
    parser.add_argument("--markdown", action="store_true", help="print the report as a Markdown table")
    args = parser.parse_args(argv)
    govfacts = find_govfacts(args.govfacts)
    env = {k: v for k, v in os.environ.items() if k not in CLEARED_ENV}
    shutil.rmtree(args.work, ignore_errors=True)
    figures = []

    text = Figure("source --text: 4 MB page, 2,000 quotes", "", "seconds", 3.0, reference_command="—")
    folder = args.work / "text"
    progress("writing a 4 MB page quoted by 2,000 facts …")
    text_base(folder, 4_000_000, 2000)
    cmd = govfacts + ["source", "s", "--text", "--json", "--data", str(folder / "base.toml")]
    text.command = "govfacts source s --text --json [4 MB page, 2,000 facts] (index warm)"

    def placed_all(sample: Sample) -> None:
        if sample.returncode != 0:
            raise BenchError(f"exit status {sample.returncode}: {sample.stderr.strip()[-200:]}")
        if len(json.loads(sample.stdout)["quotes"]) != 2000:
            raise BenchError("not every quote was placed on the page")

    try:
        progress("warming the index, then timing source --text …")
        run_once(govfacts + ["check", "--data", str(folder / "base.toml")], env)
        samples = timed(cmd, env, args.runs + 1, False, placed_all)[1:]  # the first builds the index
        text.value, text.samples = statistics.median(s.seconds for s in samples), [s.seconds for s in samples]
        text.note = f"median of {len(samples)}; the first run, which built the index, not counted"
    except BenchError as e:
        text.error = str(e)
    figures.append(text)

    near = Figure("check: 1 MB page, 3 quotes of 3,001 characters not on it", "", "seconds", 3.0, reference_command="—")
    folder = args.work / "check"
    check_base(folder, 1_000_000, 3, 3001)
    cmd = govfacts + ["check", "--data", str(folder / "base.toml")]
    near.command = "govfacts check [1 MB page, 20 good quotes, 3 bad ones of 3,001 characters] (empty cache)"

    def three_problems(sample: Sample) -> None:
        lines = [line for line in sample.stderr.splitlines() if "quote:" in line]
        if sample.returncode != 3 or len(lines) != 3:
            raise BenchError(f"expected exit 3 with 3 quote problems, got {sample.returncode}: {sample.stderr[-300:]}")

    try:
        progress("timing check with three long quotes not on the page …")
        samples = timed(cmd, env, args.runs, True, three_problems)
        near.value, near.samples = statistics.median(s.seconds for s in samples), [s.seconds for s in samples]
        near.note = f"median of {len(samples)}, each building the index from an empty cache"
    except BenchError as e:
        near.error = str(e)
    figures.append(near)

    (print_markdown if args.markdown else print_table)(figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())

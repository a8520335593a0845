"""Time govfacts as a user meets it: whole processes, each figure against a reference.

Every command is started afresh (subprocess), run several times (--runs, default 7)
after one untimed warm-up run, and its median wall time is divided by the median of
a reference measured in the same session, runs interleaved, so a slow or busy
machine moves both alike. All runs use a private, temporary GOVFACTS_CACHE_DIR.

Speed (always): govfacts against benchmarks/floor.py, a Typer app of the same shape
that does no work. Scale (--scale): a generated base of 1,000,000 facts in 1,000
files (benchmarks/generate.py, cached under --work and reused), in either shape or
both, and the shared gen_base shape when ../shared/tools/gen_base.py is present
(--shape varied|repetitive|gen_base|both|all) — first index build, the index's size on disk
against the TOML's, a warm region query against the same query on the shipped base,
the query after one file changed, and the peak memory of a warm query.

The report is a table; the exit status is 0 whatever the figures say, unless
--strict is given (then 1 when a figure misses its target or could not be measured).

    python benchmarks/run.py            # speed only, a few seconds
    python benchmarks/run.py --scale    # and the 1M-fact figures (minutes)
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

HERE = Path(__file__).resolve().parent
GENERATE = HERE / "generate.py"
FLOOR = HERE / "floor.py"
REGIONS_FILE = "000-regions.toml"  # as generate.py writes it
SHAPES = ("varied", "repetitive")  # generate.py --shape
# The shared tool's base (gen_base.py OUT FACTS FILES): 121 places under 测试省, 12 names
# repeated over 11 years, every fact citing one of 50 sources without a page.
GEN_BASE = "gen_base"
GEN_BASE_COUNTY = "测试市7县3"


def gen_base_tool() -> Path | None:
    """../shared/tools/gen_base.py beside the checkout (or under GOVFACTS_SHARED), if present."""
    shared = Path(os.environ["GOVFACTS_SHARED"]) if os.environ.get("GOVFACTS_SHARED") else HERE.parents[1] / "shared"
    tool = shared / "tools" / "gen_base.py"
    return tool if tool.is_file() else None


def shapes_of(choice: str) -> list[str]:
    """The shapes --shape names: both is generate.py's two, all adds gen_base when its tool is there."""
    if choice == "both":
        return list(SHAPES)
    if choice == "all":
        return [*SHAPES, *([GEN_BASE] if gen_base_tool() else [])]
    return [choice]
MIB = 2**20
# Variables that would change what govfacts reads or how it writes; set per figure instead.
# PYTHONDONTWRITEBYTECODE is cleared too: an installed package has its bytecode compiled
# (pip does it at install time), so timing without it would measure Python's compiler.
CLEARED_ENV = (
    "GOVFACTS_DATA",
    "GOVFACTS_CACHE_DIR",
    "FORCE_COLOR",
    "NO_COLOR",
    "COLUMNS",
    "LINES",
    "PYTHONDONTWRITEBYTECODE",
)


def compile_bytecode(env: dict[str, str]) -> None:
    """Compile govfacts', Typer's and Rich's modules, as an ordinary `pip install` leaves them."""
    code = (
        "import compileall, importlib.util, os\n"
        "for name in ('govfacts', 'typer', 'rich', 'pydantic', 'click'):\n"
        "    spec = importlib.util.find_spec(name)\n"
        "    if spec and spec.submodule_search_locations:\n"
        "        compileall.compile_dir(list(spec.submodule_search_locations)[0], quiet=1)\n"
    )
    subprocess.run([sys.executable, "-c", code], env=env, check=False, capture_output=True)


class BenchError(Exception):
    """A command failed or printed something other than expected: the figure is not measured."""


@dataclass
class Sample:
    """One run of one command."""

    seconds: float
    max_rss: int | None  # bytes; None where the platform cannot tell
    stdout: str
    stderr: str
    returncode: int


@dataclass
class Figure:
    """One line of the report: a measured value, what it is judged against, and the verdict."""

    name: str
    command: str
    kind: str  # "ratio" (value / reference), "seconds" or "bytes"
    target: float
    value: float | None = None
    reference: float | None = None
    reference_command: str = ""
    error: str | None = None
    note: str = ""
    samples: list[float] = field(default_factory=list)
    amount: str = "seconds"  # what a ratio's value and reference are: "seconds" or "bytes"

    @property
    def measured(self) -> float | None:
        """The number compared with the target."""
        if self.value is None:
            return None
        if self.kind == "ratio":
            return self.value / self.reference if self.reference else None
        return self.value

    @property
    def verdict(self) -> str:
        """PASS, FAIL, or ERROR when the figure could not be measured."""
        measured = self.measured
        if self.error or measured is None:
            return "ERROR"
        return "PASS" if measured <= self.target else "FAIL"


# ---------------------------------------------------------------- running commands


def run_once(cmd: list[str], env: dict[str, str], timeout: float | None = None) -> Sample:
    """Run a command to its end; its wall time, peak resident memory and output.

    The child is reaped with wait4 so that its own resource usage is read (not the
    running maximum over every child that getrusage(RUSAGE_CHILDREN) would give).
    """
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=err, env=env)
        assert proc.stdout is not None
        if hasattr(os, "wait4"):
            out = proc.stdout.read()
            proc.stdout.close()
            _, status, usage = os.wait4(proc.pid, 0)
            seconds = time.perf_counter() - start
            proc.returncode = os.waitstatus_to_exitcode(status)
            # Linux reports kibibytes, macOS bytes
            max_rss = usage.ru_maxrss if sys.platform == "darwin" else usage.ru_maxrss * 1024
        else:  # pragma: no cover - Windows
            out, _ = proc.communicate(timeout=timeout)
            seconds = time.perf_counter() - start
            max_rss = None
        err.seek(0)
        errtext = err.read().decode("utf-8", "replace")
    return Sample(seconds, max_rss, out.decode("utf-8", "replace"), errtext, proc.returncode)


Check = Callable[[Sample], None]


def expect_ok(sample: Sample) -> None:
    """The command succeeded."""
    if sample.returncode != 0:
        last = sample.stderr.strip().splitlines()[-1:] or ["(nothing on stderr)"]
        raise BenchError(f"exit status {sample.returncode}: {last[0]}")


def expect_json_rows(sample: Sample) -> None:
    """The command succeeded and printed a non-empty JSON list."""
    expect_ok(sample)
    try:
        rows = json.loads(sample.stdout)
    except ValueError as e:
        raise BenchError(f"output is not JSON: {e}") from None
    if not isinstance(rows, list) or not rows:
        raise BenchError("output is not a non-empty JSON list")


def expect_rich_table(sample: Sample) -> None:
    """The command succeeded and drew a Rich table (its header rule and terminal escapes)."""
    expect_ok(sample)
    if "───" not in sample.stdout or "\x1b[" not in sample.stdout:
        raise BenchError("output is not a Rich table (was the table path taken?)")


def expect_ids(*idents: str) -> Check:
    """The command printed a JSON list holding records with these ids."""

    def check(sample: Sample) -> None:
        expect_json_rows(sample)
        found = {row.get("id") for row in json.loads(sample.stdout)}
        missing = [i for i in idents if i not in found]
        if missing:
            raise BenchError(f"the output lacks {', '.join(missing)}: the change was not picked up")

    return check


def measure(cmd: list[str], env: dict[str, str], check: Check) -> Sample:
    """One checked run."""
    sample = run_once(cmd, env)
    check(sample)
    return sample


def measure_pair(
    cmd: list[str],
    ref: list[str],
    env: dict[str, str],
    ref_env: dict[str, str],
    runs: int,
    check: Check,
    ref_check: Check,
) -> tuple[list[Sample], list[Sample]]:
    """Warm both once, then time both `runs` times, interleaved and alternating who goes first."""
    measure(ref, ref_env, ref_check)
    measure(cmd, env, check)
    got: list[Sample] = []
    refs: list[Sample] = []
    for i in range(runs):
        if i % 2:
            got.append(measure(cmd, env, check))
            refs.append(measure(ref, ref_env, ref_check))
        else:
            refs.append(measure(ref, ref_env, ref_check))
            got.append(measure(cmd, env, check))
    return got, refs


def median(samples: list[Sample]) -> float:
    """The median wall time."""
    return statistics.median(s.seconds for s in samples)


def shown(cmd: list[str], env_note: str = "") -> str:
    """A command as the report shows it: the program's base name, shell quoting."""
    words = ["python" if cmd[0] == sys.executable else Path(cmd[0]).name]
    words += [Path(w).name if w.endswith(".py") else w for w in cmd[1:]]
    text = shlex.join(words).replace("'", "")
    return f"{env_note} {text}".strip()


# ---------------------------------------------------------------- the figures


def ratio_figure(
    name: str,
    target: float,
    cmd: list[str],
    ref: list[str],
    env: dict[str, str],
    ref_env: dict[str, str],
    runs: int,
    check: Check,
    ref_check: Check,
    label: str = "",
    ref_label: str = "",
) -> tuple[Figure, list[Sample]]:
    """A figure whose value is the ratio of two medians; also returns the command's samples."""
    fig = Figure(name, label or shown(cmd), "ratio", target, reference_command=ref_label or shown(ref))
    samples: list[Sample] = []
    try:
        samples, refs = measure_pair(cmd, ref, env, ref_env, runs, check, ref_check)
        fig.value, fig.reference = median(samples), median(refs)
        fig.samples = [s.seconds for s in samples]
    except (BenchError, OSError) as e:
        fig.error = str(e)
    return fig, samples


def speed_figures(govfacts: list[str], env: dict[str, str], runs: int) -> list[Figure]:
    """govfacts on the shipped base against the do-nothing floor app."""
    floor = [sys.executable, str(FLOOR)]
    metric, _ = ratio_figure(
        "speed: metric --json",
        1.15,
        govfacts + ["metric", "电诈", "--json"],
        floor + ["metric", "电诈", "--json"],
        env,
        env,
        runs,
        expect_json_rows,
        expect_json_rows,
    )
    table_env = dict(env, FORCE_COLOR="1", COLUMNS="200")
    table, _ = ratio_figure(
        "speed: show table",
        1.5,
        govfacts + ["show", "衢州"],
        floor + ["show", "衢州"],
        table_env,
        table_env,
        runs,
        expect_rich_table,
        expect_rich_table,
        label=shown(govfacts + ["show", "衢州"], "FORCE_COLOR=1 COLUMNS=200"),
        ref_label="floor.py show 衢州 (40-row Rich table)",
    )
    return [metric, table, completion_figure(govfacts, env, runs)]


def completion_figure(govfacts: list[str], env: dict[str, str], runs: int) -> Figure:
    """Pressing Tab after `govfacts show 衢`: the whole process, with the index warm."""
    comp_env = dict(env, _GOVFACTS_COMPLETE="complete_bash", COMP_WORDS="govfacts show 衢", COMP_CWORD="2")

    def offers_both(sample: Sample) -> None:
        expect_ok(sample)
        if sample.stdout.split()[:2] != ["衢州市", "衢江区"]:
            raise BenchError(f"completion offered {sample.stdout.split()!r}")

    figure = Figure(
        "speed: Tab completion",
        shown(govfacts, '_GOVFACTS_COMPLETE=complete_bash COMP_WORDS="govfacts show 衢" COMP_CWORD=2'),
        "seconds",
        0.150,
    )
    try:
        measure(govfacts, comp_env, offers_both)  # warm
        samples = [measure(govfacts, comp_env, offers_both) for _ in range(runs)]
        figure.samples = [s.seconds for s in samples]
        figure.value = median(samples)
    except BenchError as e:
        figure.error = str(e)
    return figure


def ensure_base(work: Path, shape: str, facts: int, files: int, seed: int) -> Path:
    """The generated base for these arguments: reused if already under `work`, else written there."""
    target = work / (f"{shape}-{facts}f-{files}files" + ("" if shape == GEN_BASE else f"-seed{seed}"))
    if (target / REGIONS_FILE).is_file():
        progress(f"reusing the generated base {target}")
        return target
    work.mkdir(parents=True, exist_ok=True)
    partial = work / f"{target.name}.partial-{os.getpid()}"
    shutil.rmtree(partial, ignore_errors=True)
    progress(f"generating {facts:,} facts ({shape}) in {files:,} files into {target} …")
    started = time.perf_counter()
    if shape == GEN_BASE:  # its own fixed seed; the tool writes the folder it is given
        tool = gen_base_tool()
        if tool is None:
            raise BenchError("no ../shared/tools/gen_base.py (set GOVFACTS_SHARED to the shared folder)")
        cmd = [sys.executable, str(tool), str(partial), str(facts), str(files)]
    else:
        cmd = [sys.executable, str(GENERATE), "--facts", str(facts), "--files", str(files)]
        cmd += ["--seed", str(seed), "--shape", shape, "--out", str(partial)]
    done = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True, text=True)
    if done.returncode != 0:
        shutil.rmtree(partial, ignore_errors=True)
        raise BenchError(f"generate.py failed: {done.stderr.strip()}")
    shutil.rmtree(target, ignore_errors=True)
    os.replace(partial, target)  # whole or not at all: a present base is a complete one
    progress(f"generated in {time.perf_counter() - started:.1f} s")
    return target


def _region_id(base: Path, name: str) -> str:
    doc = tomllib.loads((base / REGIONS_FILE).read_text(encoding="utf-8"))
    for region in doc.get("region", []):
        if name in (region["name"], region["name"][:-1]):
            return region["id"]
    raise BenchError(f"no region named {name!r} in {base / REGIONS_FILE}")


def _first_source(base: Path) -> tuple[str, Path | None]:
    """The first source of a generated base, and the file of its page (if it names one)."""
    doc = tomllib.loads((base / REGIONS_FILE).read_text(encoding="utf-8"))
    first = doc["source"][0]
    return first["id"], (base / first["file"]) if first.get("file") else None


TOUCH_QUOTE = "{k}号通报:刑事警情同比下降7.5%"


def touch_indicator(ident: str, region: str, source: str, k: int) -> str:
    """A new 刑事警情 indicator, in TOML, to append to a fact file (its quote goes onto the page)."""
    return (
        f'\n[[indicator]]\nid = "{ident}"\nregion = "{region}"\nname = "刑事警情"\nvalue = -7.5\n'
        f'unit = "%"\nmeasure = "change"\nbasis = "同比"\nperiod = "2025"\nsource = "{source}"\n'
        f'quote = "{TOUCH_QUOTE.format(k=k)}"\n'
    )


def index_files(cache: Path) -> list[Path]:
    """The index files in a cache folder: every index-*.sqlite3 and any -wal or -shm beside it."""
    found = []
    for index in sorted(cache.glob("index-*.sqlite3")):
        found += [p for p in (index, Path(f"{index}-wal"), Path(f"{index}-shm")) if p.is_file()]
    return found


def size_of(paths: list[Path]) -> int:
    """The files' sizes in bytes, added up (their length, as `ls -l` shows)."""
    return sum(path.stat().st_size for path in paths)


def scale_figures(
    govfacts: list[str], env: dict[str, str], args: argparse.Namespace, cache: Path, shape: str
) -> list[Figure]:
    """One shape of generated base: first build, index size, warm query, query after a change, memory."""
    size = f"{args.facts // 1000:,}k" if args.facts < 1_000_000 else f"{args.facts / 1e6:g}M"
    label = f"[{size} {shape} base]"
    build = Figure(f"scale ({shape}): first index build", "", "seconds", 60.0, reference_command="—")
    disk = Figure(f"scale ({shape}): index size on disk", "", "ratio", 2.0, amount="bytes")
    query = Figure(f"scale ({shape}): region query", "", "ratio", 1.3)
    touched = Figure(f"scale ({shape}): query after a change", "", "seconds", 3.0, reference_command="—")
    memory = Figure(
        f"scale ({shape}): peak memory, warm query", "", "bytes", 100 * MIB, reference_command="—"
    )
    figures = [build, disk, query, touched, memory]
    try:
        base = ensure_base(args.work, shape, args.facts, args.files, args.seed)
    except (BenchError, OSError) as e:
        for fig in figures:
            fig.error = str(e)
        return figures
    scale_env = dict(env, GOVFACTS_CACHE_DIR=str(cache))
    data = ["--data", str(base)]

    # first build, from an empty cache
    shutil.rmtree(cache, ignore_errors=True)
    cache.mkdir(parents=True)
    cmd = govfacts + ["check"] + data
    build.command = f"{shown(govfacts + ['check'])} {label} (empty cache)"
    progress("building the index from an empty cache …")
    try:
        sample = measure(cmd, scale_env, expect_ok)
        build.value = sample.seconds
        build.samples = [sample.seconds]
        if sample.max_rss:
            build.note = f"peak memory {sample.max_rss / MIB:.0f} MiB"
        progress(f"built in {sample.seconds:.1f} s")
    except (BenchError, OSError) as e:
        build.error = str(e)

    # the index just built (the cache held nothing else) against the TOML it was built from
    disk.command = f"index-*.sqlite3 (+ -wal, -shm) in GOVFACTS_CACHE_DIR after the build {label}"
    disk.reference_command = "the base's *.toml"
    built = index_files(cache)
    if build.error:
        disk.error = f"no index: {build.error}"
    elif not built:
        disk.error = f"the build left no index-*.sqlite3 in {cache}"
    else:
        disk.value = float(size_of(built))
        disk.reference = float(size_of(sorted(base.rglob("*.toml"))))
        disk.note = f"{len(built)} file(s) after the first build"

    # a warm region query against the same query on the shipped base
    county = GEN_BASE_COUNTY if shape == GEN_BASE else args.county
    query_cmd = govfacts + ["metric", "刑事警情", "--region", county, "--json"] + data
    query_label = f"{shown(govfacts + ['metric', '刑事警情', '--region', county, '--json'])} {label}"
    progress("timing the warm region query …")
    fig, samples = ratio_figure(
        query.name,
        query.target,
        query_cmd,
        govfacts + ["metric", "刑事警情", "--region", "衢州", "--json"],
        scale_env,
        scale_env,
        args.runs,
        expect_json_rows,
        expect_json_rows,
        label=query_label,
    )
    figures[2] = query = fig
    if samples:
        query.note = f"the {county} query returns {len(json.loads(samples[-1].stdout))} records"
    memory.command = query_label
    rss = [s.max_rss for s in samples if s.max_rss]
    if query.error:
        memory.error = query.error
    elif rss:
        memory.value = float(max(rss))
        memory.samples = [float(r) for r in rss]
        memory.note = "largest of the timed runs"
    else:
        memory.error = "this platform does not report a child's peak memory"

    # one file changed: the next query must see the new indicator, quickly
    touched.command = f"append an indicator to one file and its quote to its page, then: {query_label}"
    fact_files = sorted(p for p in base.glob("*.toml") if p.name != REGIONS_FILE)
    if not fact_files:
        touched.error = "the generated base has no fact files (--files 1?)"
        shutil.rmtree(cache, ignore_errors=True)
        return figures
    victim = fact_files[len(fact_files) // 2]
    original = victim.read_bytes()
    page_file = _first_source(base)[1]
    page_original = page_file.read_bytes() if page_file is not None else None
    progress(f"timing {args.touch_runs} queries, each after appending an indicator to {victim.name} …")
    try:
        region, (source, page) = _region_id(base, county), _first_source(base)
        times = []
        for k in range(args.touch_runs):
            ident = f"bench-touch-{os.getpid()}-{k}"
            with victim.open("a", encoding="utf-8", newline="\n") as f:
                f.write(touch_indicator(ident, region, source, k))
            if page is not None:  # govfacts checks every quote against its page
                with page.open("a", encoding="utf-8", newline="\n") as f:
                    f.write(TOUCH_QUOTE.format(k=k) + "\n")
            sample = measure(query_cmd, scale_env, expect_ids(ident))
            times.append(sample.seconds)
            progress(f"  query after change {k + 1}: {sample.seconds:.2f} s")
        touched.value = statistics.median(times)
        touched.samples = times
        touched.note = f"median of {len(times)}; {victim.name} changed"
    except (BenchError, OSError) as e:
        touched.error = str(e)
    finally:
        victim.write_bytes(original)
        if page_file is not None and page_original is not None:
            page_file.write_bytes(page_original)  # keep the cached base as generated
    if built and disk.value is not None:
        after = size_of([p for p in built if p.exists()])
        disk.note += f"; {after / MIB:,.0f} MiB after the queries that followed a change"
    shutil.rmtree(cache, ignore_errors=True)  # an index can take gigabytes: free it before the next shape
    return figures


# ---------------------------------------------------------------- the report


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int, right: bool = False) -> str:
    gap = " " * (width - _width(text))
    return gap + text if right else text + gap


def _amount(kind: str, value: float | None) -> str:
    if value is None:
        return "—"
    if kind == "bytes":
        return f"{value / MIB:,.1f} MiB"
    if value >= 10:
        return f"{value:.1f} s"
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def rows_of(figures: list[Figure]) -> list[list[str]]:
    """The report's cells, one list per figure."""
    rows = []
    for fig in figures:
        if fig.kind == "ratio":
            ratio = f"{fig.measured:.2f}×" if fig.measured is not None else "—"
            target = f"≤ {fig.target:g}×"
            median_text = _amount(fig.amount, fig.value)
            reference = f"{_amount(fig.amount, fig.reference)} ({fig.reference_command})"
        else:
            ratio = "—"
            median_text = _amount(fig.kind, fig.value)
            reference = "—"
            target = f"≤ {fig.target / MIB:g} MiB" if fig.kind == "bytes" else f"≤ {fig.target:g} s"
        rows.append([fig.name, fig.command, median_text, reference, ratio, target, fig.verdict])
    return rows


HEADERS = ["figure", "command", "median", "reference", "ratio", "target", "result"]


def print_table(figures: list[Figure], out=sys.stdout) -> None:
    """The report as aligned plain text, then the notes and errors."""
    rows = rows_of(figures)
    widths = [max(_width(r[i]) for r in [HEADERS, *rows]) for i in range(len(HEADERS))]
    right = {2, 4}
    for row in [HEADERS, *rows]:
        line = "  ".join(_pad(cell, widths[i], i in right) for i, cell in enumerate(row))
        print(line.rstrip(), file=out)
    for fig in figures:
        if fig.error:
            print(f"{fig.name}: ERROR: {fig.error}", file=out)
        elif fig.note:
            print(f"{fig.name}: {fig.note}", file=out)


def print_markdown(figures: list[Figure], out=sys.stdout) -> None:
    """The report as a Markdown table, for benchmarks/README.md."""
    print("| " + " | ".join(HEADERS) + " |", file=out)
    print("|" + "---|" * len(HEADERS), file=out)
    for row in rows_of(figures):
        print("| " + " | ".join(c.replace("|", "\\|") for c in row) + " |", file=out)
    notes = [
        f"- {fig.name}: " + (f"ERROR: {fig.error}" if fig.error else fig.note)
        for fig in figures
        if fig.error or fig.note
    ]
    if notes:
        print("\nNotes:", *notes, sep="\n", file=out)


def progress(message: str) -> None:
    """A line on stderr, so that the report on stdout stays clean."""
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def find_govfacts(given: str | None) -> list[str]:
    """The govfacts command: --govfacts, else the one beside this Python, else on PATH, else -m."""
    if given:
        return shlex.split(given)
    beside = Path(sys.executable).parent / ("govfacts.exe" if os.name == "nt" else "govfacts")
    if beside.is_file():
        return [str(beside)]
    found = shutil.which("govfacts")
    return [found] if found else [sys.executable, "-m", "govfacts"]


def main(argv: list[str] | None = None) -> int:
    """Command line: measure, print the report, and exit 0 (or 1 with --strict and a miss)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs per command (default 7)")
    parser.add_argument("--scale", action="store_true", help="also measure the generated 1M-fact base")
    parser.add_argument(
        "--shape",
        choices=[*SHAPES, GEN_BASE, "both", "all"],
        default="all",
        help="which generated base --scale measures (default all: varied, repetitive, and gen_base "
        "when ../shared/tools/gen_base.py is present; both: the first two)",
    )
    parser.add_argument(
        "--work",
        type=Path,
        default=Path(tempfile.gettempdir()) / "govfacts-bench",
        help="where the generated base is kept and reused (default: /tmp/govfacts-bench)",
    )
    parser.add_argument(
        "--facts", type=int, default=1_000_000, help="facts in the generated base (default 1,000,000)"
    )
    parser.add_argument("--files", type=int, default=1_000, help="files in the generated base")
    parser.add_argument("--seed", type=int, default=1, help="seed of the generated base")
    parser.add_argument(
        "--county", default="柯城区", help=f"the place of the scale query (default 柯城区; {GEN_BASE_COUNTY} on gen_base)"
    )
    parser.add_argument(
        "--touch-runs", type=int, default=3, help="queries timed after a file change (default 3)"
    )
    parser.add_argument("--govfacts", help="the govfacts command (default: the one beside this Python)")
    parser.add_argument("--markdown", action="store_true", help="print the report as a Markdown table")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a figure misses its target")
    args = parser.parse_args(argv)
    if args.runs < 1 or args.touch_runs < 1:
        parser.error("--runs and --touch-runs must be at least 1")
    if args.facts < 1 or args.files < 1:
        parser.error("--facts and --files must be at least 1")

    govfacts = find_govfacts(args.govfacts)
    env = {k: v for k, v in os.environ.items() if k not in CLEARED_ENV}
    compile_bytecode(env)
    version = subprocess.run(govfacts + ["--version"], capture_output=True, text=True, env=env)
    progress(
        f"{version.stdout.strip() or 'govfacts ?'}; Python {platform.python_version()}; "
        f"{platform.platform()}; {os.cpu_count()} CPUs; {args.runs} runs per command"
    )
    with tempfile.TemporaryDirectory(prefix="govfacts-bench-cache-") as tmp:
        speed_env = dict(env, GOVFACTS_CACHE_DIR=str(Path(tmp, "speed")))
        progress("timing the speed figures …")
        figures = speed_figures(govfacts, speed_env, args.runs)
        if args.scale:
            for shape in shapes_of(args.shape):
                progress(f"the {shape} base:")
                figures += scale_figures(govfacts, env, args, Path(tmp, f"scale-{shape}"), shape)
    (print_markdown if args.markdown else print_table)(figures)
    if args.strict and any(f.verdict != "PASS" for f in figures):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

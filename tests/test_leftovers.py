"""A build killed outright leaves nothing behind: no parse workers, and no temporary index for long."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import SMALL
from govfacts.factbase import FactBase
from govfacts.files import held, remove_dead

linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="flock and /proc: Linux")

# A build whose parse workers stop for good: each says its pid, then sleeps.
KILLED_BUILD = """
import os, sys, time
from pathlib import Path

import govfacts.index.parse as parse


def stuck(path, key):
    os.write(1, f"{os.getpid()}\\n".encode())  # one write: the two workers' lines never interleave
    time.sleep(300)


if __name__ == "__main__":
    parse.PARALLEL_BYTES = 0  # the worker processes, whatever the size of the base
    os.cpu_count = lambda: 2
    parse.parse_one = stuck
    from govfacts.factbase import FactBase

    FactBase(Path(sys.argv[1])).open()
"""


def running(pid: int) -> bool:
    """Whether a process runs (a zombie waiting to be reaped does not)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            return f.read().rpartition(b")")[2].split()[0] != b"Z"
    except (FileNotFoundError, ProcessLookupError):
        return False


def poll(condition, seconds: float = 60.0) -> bool:
    """Whether `condition()` comes true within `seconds` (asked every tenth of a second)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


@linux
def test_a_build_killed_midway_leaves_no_workers_and_the_next_one_removes_its_temporary_file(
    tmp_path, private_cache
):
    folder = tmp_path / "base"
    folder.mkdir()
    (folder / "a.toml").write_text(SMALL, encoding="utf-8")
    body = SMALL.partition("[[indicator]]")[2]
    for n in range(8):  # two chunks of files: both workers get some
        (folder / f"f{n}.toml").write_text("[[indicator]]" + body.replace('"qz-fraud"', f'"f{n}"'), encoding="utf-8")
    script = tmp_path / "killed_build.py"
    script.write_text(KILLED_BUILD, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, str(script), str(folder)], stdout=subprocess.PIPE, env=os.environ.copy())
    try:
        workers = {int(proc.stdout.readline()), int(proc.stdout.readline())}
        assert len(workers) == 2 and all(running(p) for p in workers)
        leftovers = list(private_cache.glob(".index-*.sqlite3.*.tmp"))
        assert len(leftovers) == 1
    finally:
        proc.kill()  # SIGKILL: the build gets no chance to clean up
        proc.wait()
    assert poll(lambda: not any(running(p) for p in workers)), "the parse workers outlived their build"
    assert leftovers[0].exists()

    db = FactBase(folder).open()  # the next command builds the index
    assert db.execute("SELECT count(*) FROM fact").fetchone() == (9,)
    db.close()
    assert not leftovers[0].exists()
    assert [p.name for p in private_cache.iterdir() if p.name.startswith(".")] == []


@linux
def test_a_temporary_file_a_live_process_holds_is_left_alone(tmp_path):
    live = tmp_path / ".index-x.sqlite3.live.tmp"
    live.write_bytes(b"a build at work")
    dead = tmp_path / ".index-x.sqlite3.dead.tmp"
    dead.write_bytes(b"a build that was killed")
    Path(f"{dead}-wal").write_bytes(b"its log")
    just_made = tmp_path / ".index-x.sqlite3.new.tmp"
    just_made.touch()  # made a moment ago, maybe not yet locked by its writer
    pattern = ".index-*.sqlite3.*.tmp"
    with held(live):
        assert remove_dead(tmp_path, pattern, ("-wal",)) == [dead]
        assert live.exists() and just_made.exists() and not Path(f"{dead}-wal").exists()
    assert remove_dead(tmp_path, pattern) == [live]  # its writer let go without renaming it
    assert just_made.exists()

"""The SQLite index: built once, reused, rebuilt on any change, replaced atomically, never required."""

from __future__ import annotations

import os
import sqlite3
import stat

import pytest

from conftest import SMALL, run
from govfacts import factbase
from govfacts.errors import DataError
from govfacts.factbase import FactBase
from govfacts.index.ddl import FORMAT


def open_index(path):
    return FactBase(path).open()


def index_path(path):
    return FactBase(path).index_path


def indexed_files(cache):
    return sorted(p.name for p in cache.iterdir()) if cache.exists() else []


def test_first_query_builds_the_index_in_the_cache(small, private_cache):
    db = open_index(small)
    assert [f for f in indexed_files(private_cache) if f.endswith(".sqlite3")] == [index_path(small).name]
    assert db.execute("SELECT count(*) FROM fact").fetchone()[0] == 1


def test_fresh_index_is_reused_not_rebuilt(small, private_cache, monkeypatch):
    open_index(small).close()
    calls = []
    monkeypatch.setattr(FactBase, "_build", lambda *a: calls.append(a))
    monkeypatch.setattr(FactBase, "_update_in_place", lambda *a: calls.append(a))
    open_index(small).close()
    assert calls == []


def test_edit_is_seen_by_the_next_query(small, private_cache):
    assert run("metric", "电诈", "--json", "--data", str(small)).json()[0]["value"] == -15.9
    small.write_text(SMALL.replace("-15.9", "-16.2"), encoding="utf-8")
    assert run("metric", "电诈", "--json", "--data", str(small)).json()[0]["value"] == -16.2


def test_added_and_removed_files_rebuild(tmp_path, private_cache):
    folder = tmp_path / "base"
    folder.mkdir()
    (folder / "a.toml").write_text(SMALL, encoding="utf-8")
    assert open_index(folder).execute("SELECT count(*) FROM fact").fetchone()[0] == 1
    extra = '[[program]]\nid = "p"\nregion = "qz"\nname = "智卡通"\nsource = "page-a"\nquote = "q"\n'
    (folder / "b.toml").write_text(extra, encoding="utf-8")
    assert open_index(folder).execute("SELECT count(*) FROM fact").fetchone()[0] == 2
    (folder / "b.toml").unlink()
    assert open_index(folder).execute("SELECT count(*) FROM fact").fetchone()[0] == 1


def test_a_new_index_is_renamed_into_place_and_leaves_no_temporary_files(small, private_cache):
    open_index(small).close()
    assert [f for f in indexed_files(private_cache) if f.endswith(".tmp")] == []
    db = sqlite3.connect(index_path(small))
    assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)  # ready for updates in place


def test_an_update_happens_in_place(small, private_cache):
    open_index(small).close()
    target = index_path(small)
    before = target.stat().st_ino
    small.write_text(SMALL.replace("-15.9", "-1"), encoding="utf-8")
    assert open_index(small).execute("SELECT value FROM fact").fetchall() == [(-1.0,)]
    assert target.stat().st_ino == before  # updated inside a transaction, not copied and renamed
    assert [f for f in indexed_files(private_cache) if f.endswith(".tmp")] == []


def test_a_failed_build_leaves_the_old_index_whole(small, private_cache, monkeypatch):
    open_index(small).close()
    target = index_path(small)
    old = target.read_bytes()
    small.write_text(SMALL.replace("-15.9", "-2"), encoding="utf-8")

    def crash(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("govfacts.index.compile.update", crash)
    with pytest.raises(KeyboardInterrupt):
        open_index(small)
    assert target.read_bytes() == old
    assert [f for f in indexed_files(private_cache) if f.endswith(".tmp")] == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only folders")
def test_unwritable_cache_falls_back_to_memory(small, private_cache):
    private_cache.mkdir()
    private_cache.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        r = run("metric", "电诈", "--json", "--data", str(small))
    finally:
        private_cache.chmod(stat.S_IRWXU)
    assert r.code == 0
    assert r.json()[0]["value"] == -15.9


def test_cache_that_is_not_a_folder_falls_back_to_memory(small, tmp_path, monkeypatch):
    blocker = tmp_path / "cache-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("GOVFACTS_CACHE_DIR", str(blocker / "sub"))
    r = run("metric", "电诈", "--json", "--data", str(small))
    assert r.code == 0, r.err
    assert r.json()[0]["value"] == -15.9


@pytest.mark.parametrize(
    "damage",
    [
        lambda p: p.write_bytes(p.read_bytes()[:100]),
        lambda p: p.write_bytes(b"garbage" * 1000),
        lambda p: p.write_bytes(b""),
    ],
    ids=["truncated", "garbage", "empty"],
)
def test_damaged_index_is_rebuilt(small, private_cache, damage):
    open_index(small).close()
    damage(index_path(small))
    r = run("metric", "电诈", "--json", "--data", str(small))
    assert r.code == 0, r.err
    assert r.json()[0]["value"] == -15.9


def test_index_from_an_older_format_is_rebuilt(small, private_cache):
    open_index(small).close()
    db = sqlite3.connect(index_path(small))
    db.execute(f"PRAGMA user_version = {FORMAT - 1}")
    db.execute("DELETE FROM fact")
    db.commit()
    db.close()
    assert open_index(small).execute("SELECT count(*) FROM fact").fetchone()[0] == 1


def test_invalid_base_is_remembered_but_never_answered(tmp_path, private_cache):
    path = tmp_path / "bad.toml"
    path.write_text(SMALL.replace("value = -15.9", 'value = "x"'), encoding="utf-8")
    for _ in range(2):  # the second time from the cached index
        with pytest.raises(DataError) as e:
            open_index(path)
        assert "value: expected a number" in e.value.problems[0]


def test_the_data_files_are_never_written(small, private_cache):
    before = (small.read_bytes(), small.stat().st_mtime_ns)
    open_index(small).close()
    run("export", "--data", str(small))
    assert (small.read_bytes(), small.stat().st_mtime_ns) == before


def test_cache_dir_defaults_to_the_platform_user_cache(monkeypatch, tmp_path):
    monkeypatch.delenv("GOVFACTS_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert factbase.cache_dir() == tmp_path / "xdg" / "govfacts"


def two_file_base(tmp_path):
    head, _, facts = SMALL.partition("[[indicator]]")
    folder = tmp_path / "base"
    folder.mkdir()
    (folder / "a-places.toml").write_text(head, encoding="utf-8")
    (folder / "b-facts.toml").write_text("[[indicator]]" + facts, encoding="utf-8")
    return folder


def test_an_edit_reads_again_only_the_changed_file(tmp_path, private_cache, monkeypatch):
    import govfacts.index.parse as parse_module

    folder = two_file_base(tmp_path)
    open_index(folder).close()
    read = []
    real = parse_module.parse_one
    monkeypatch.setattr(parse_module, "parse_one", lambda p, k: read.append(p.name) or real(p, k))
    facts = folder / "b-facts.toml"
    facts.write_text(facts.read_text(encoding="utf-8").replace("-15.9", "-15.8"), encoding="utf-8")
    db = open_index(folder)
    assert read == ["b-facts.toml"]
    assert db.execute("SELECT value FROM fact").fetchall() == [(-15.8,)]
    assert db.execute("SELECT count(*) FROM region WHERE file <> 'gazetteer'").fetchone()[0] == 2


def test_incremental_updates_recheck_links_across_files(tmp_path, private_cache):
    folder = two_file_base(tmp_path)
    open_index(folder).close()
    places = folder / "a-places.toml"
    good = places.read_text(encoding="utf-8")
    places.write_text(good.replace('id = "qz"', 'id = "quzhou"'), encoding="utf-8")
    with pytest.raises(DataError) as e:
        open_index(folder)
    assert "region: no region with id 'qz'" in e.value.problems[0]
    places.write_text(good, encoding="utf-8")
    assert open_index(folder).execute("SELECT count(*) FROM fact").fetchone()[0] == 1
    (folder / "c-dup.toml").write_text('[[source]]\nid = "qz-fraud"\ntitle = "t"\n', encoding="utf-8")
    with pytest.raises(DataError) as e:
        open_index(folder)
    assert "duplicate id" in e.value.problems[0]
    (folder / "c-dup.toml").unlink()
    assert open_index(folder).execute("SELECT count(*) FROM problem").fetchone()[0] == 0


def test_incremental_result_equals_a_fresh_build(tmp_path, private_cache):
    import json as _json

    from govfacts.engine.facts import export

    folder = two_file_base(tmp_path)
    open_index(folder).close()
    extra = '[[program]]\nid = "p"\nregion = "qz"\nname = "智卡通"\nsource = "page-a"\nquote = "q"\ntags = ["反诈"]\n'
    (folder / "c.toml").write_text(extra, encoding="utf-8")
    updated = [_json.dumps(r, ensure_ascii=False) for r in export(open_index(folder)).records()]
    index_path(folder).unlink()
    fresh = [_json.dumps(r, ensure_ascii=False) for r in export(open_index(folder)).records()]
    assert updated == fresh


def test_progress_bar_only_on_a_terminal_and_after_a_second(monkeypatch):
    import io

    from govfacts.output import progress

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    with progress.build_progress(io.StringIO()) as report:
        assert report is None  # not a terminal: no bar at all
    tty = Terminal()
    monkeypatch.setattr(progress, "DELAY", 0.0)
    with progress.build_progress(tty) as report:
        report(1, 10)
        report(5, 10)
    assert "indexing the fact base" in tty.getvalue()
    quick = Terminal()
    monkeypatch.setattr(progress, "DELAY", 60.0)
    with progress.build_progress(quick) as report:
        report(1, 10)
    assert quick.getvalue() == ""


def test_a_large_fresh_load_builds_its_indexes_after_the_rows(tmp_path, private_cache):
    from govfacts.index.compile import BULK_FILES
    from govfacts.index.ddl import BULK_INDEXES

    folder = two_file_base(tmp_path)
    body = SMALL.partition("[[indicator]]")[2]
    for i in range(BULK_FILES):
        (folder / f"c-{i:03}.toml").write_text(
            "[[indicator]]" + body.replace('"qz-fraud"', f'"qz-{i}"'), encoding="utf-8"
        )
    db = open_index(folder)
    assert db.execute("SELECT count(*) FROM fact").fetchone()[0] == BULK_FILES + 1
    names = {n for (n,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert set(BULK_INDEXES) <= names
    assert db.execute("SELECT count(*), max(differs) FROM figure").fetchone() == (1, 0)  # all the same value


def test_messages_name_files_as_the_user_gave_the_folder(tmp_path, private_cache, monkeypatch):
    folder = two_file_base(tmp_path)
    (folder / "b-facts.toml").write_text(
        (folder / "b-facts.toml").read_text(encoding="utf-8").replace('region = "qz"', 'region = "nowhere"'),
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    r = run("check", "--data", "base")
    assert r.code == 3
    assert r.err.startswith(
        "base/b-facts.toml:3:10: indicator 'qz-fraud': region: no region with id 'nowhere'"
    )


def test_an_edit_that_breaks_a_link_is_caught_when_only_its_file_is_rechecked(tmp_path, private_cache):
    folder = two_file_base(tmp_path)
    body = SMALL.partition("[[indicator]]")[2]
    (folder / "c-more.toml").write_text(
        "[[indicator]]" + body.replace('"qz-fraud"', '"qz-2"'), encoding="utf-8"
    )
    open_index(folder).close()
    more = folder / "c-more.toml"
    more.write_text(
        "[[indicator]]" + body.replace('"qz-fraud"', '"qz-2"').replace('"page-a"', '"page-z"'),
        encoding="utf-8",
    )
    with pytest.raises(DataError) as e:
        open_index(folder)
    assert "source: no source with id 'page-z'" in e.value.problems[0]
    more.write_text("[[indicator]]" + body, encoding="utf-8")  # now the same id as b-facts.toml's
    with pytest.raises(DataError) as e:
        open_index(folder)
    assert "indicator 'qz-fraud': id: duplicate id" in e.value.problems[0]
    more.write_text("[[indicator]]" + body.replace('"qz-fraud"', '"qz-3"'), encoding="utf-8")
    open_index(folder).close()  # sound again
    more.write_text("[[indicator]]" + body, encoding="utf-8")  # a duplicate, seen from the sound state
    with pytest.raises(DataError) as e:
        open_index(folder)
    assert "indicator 'qz-fraud': id: duplicate id" in e.value.problems[0]


def test_a_cache_that_refuses_writes_falls_back_to_memory(small, private_cache, monkeypatch):
    import tempfile

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)  # what an unwritable folder does, even for root
    r = run("metric", "电诈", "--json", "--data", str(small))
    assert r.code == 0, r.err
    assert r.json()[0]["value"] == -15.9
    assert not private_cache.exists() or not any(private_cache.iterdir())


def test_a_damaged_header_is_found_on_opening_and_the_answer_is_a_clean_one(small, private_cache):
    clean = run("metric", "电诈", "--json", "--data", str(small))
    target = index_path(small)
    with open(target, "r+b") as f:  # the page count in the header no longer matches the file
        f.seek(28)
        f.write((10**6).to_bytes(4, "big"))
    assert not factbase.whole_sqlite_file(target)
    again = run("metric", "电诈", "--json", "--data", str(small))
    assert (again.code, again.out, again.err) == (clean.code, clean.out, clean.err)
    assert factbase.whole_sqlite_file(target)  # rebuilt


def test_an_index_that_breaks_between_two_reads_stops_the_command_and_repeats_nothing(monkeypatch, private_cache):
    """export streams in batches: the index is wrecked after the first batch is written."""
    from conftest import DATA
    from govfacts.engine import lookup

    real = lookup.Lookup.records
    wrecked = []

    def records_then_wreck(self, rows):
        out = real(self, rows)
        if not wrecked:
            path = FactBase(DATA).index_path
            path.write_bytes(b"not an index any more" * 100)
            wrecked.append(path)
        return out

    monkeypatch.setattr(lookup.Lookup, "records", records_then_wreck)
    r = run("export", "--data", str(DATA))
    assert r.code == 3
    assert r.err.startswith("govfacts: the index broke while being read (")
    assert r.err.endswith("it was removed and the next command rebuilds it\n")
    ids = [line.split('"id":"')[1].split('"')[0] for line in r.out.splitlines()]
    assert ids and len(ids) == len(set(ids))  # what was written before the break, each record once
    assert not wrecked[0].exists()
    monkeypatch.setattr(lookup.Lookup, "records", real)
    whole = run("export", "--data", str(DATA))
    assert whole.code == 0 and whole.out.startswith(r.out)


UPDATE_THAT_HANGS = """
import sys, time
import govfacts.index.grouping as grouping
from govfacts.factbase import FactBase

def hang(*args, **kwargs):  # the update has dropped and inserted rows; it has not committed
    print("ready", flush=True)
    time.sleep(60)

grouping.regroup = hang
FactBase(__import__("pathlib").Path(sys.argv[1])).open()
"""


def _hang_an_update(small, tmp_path):
    """Start a process whose update of the index stops before it commits."""
    import subprocess
    import sys

    script = tmp_path / "hang.py"
    script.write_text(UPDATE_THAT_HANGS, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, str(script), str(small)], stdout=subprocess.PIPE, env=os.environ.copy())
    assert proc.stdout.readline() == b"ready\n"
    return proc


def test_a_reader_never_sees_a_half_done_update(small, private_cache, tmp_path):
    open_index(small).close()
    small.write_text(SMALL.replace("-15.9", "-2"), encoding="utf-8")
    proc = _hang_an_update(small, tmp_path)
    try:
        reader = sqlite3.connect(f"{index_path(small).as_uri()}?mode=ro", uri=True)
        assert reader.execute("SELECT value FROM fact").fetchall() == [(-15.9,)]  # the last whole index
        reader.close()
    finally:
        proc.kill()
        proc.wait()


def test_an_update_killed_midway_leaves_the_old_index_and_the_next_query_is_right(small, private_cache, tmp_path):
    open_index(small).close()
    small.write_text(SMALL.replace("-15.9", "-3"), encoding="utf-8")
    proc = _hang_an_update(small, tmp_path)
    proc.kill()  # SIGKILL: no cleanup of any kind
    proc.wait()
    db = sqlite3.connect(f"{index_path(small).as_uri()}?mode=ro", uri=True)
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert db.execute("SELECT value FROM fact").fetchall() == [(-15.9,)]
    db.close()
    assert run("metric", "电诈", "--json", "--data", str(small)).json()[0]["value"] == -3


def test_two_processes_updating_at_once_both_answer_right(small, private_cache):
    import subprocess
    import sys

    open_index(small).close()
    small.write_text(SMALL.replace("-15.9", "-4"), encoding="utf-8")
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "govfacts", "metric", "电诈", "--json", "--data", str(small)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for _ in range(4)
    ]
    outs = [p.communicate(timeout=60) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], [e for _, e in outs]
    assert all('"value": -4' in out.decode() for out, _ in outs)

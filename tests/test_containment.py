"""A base someone sends you cannot read your files: pages and TOML files stay inside their layer,
only regular files of at most 64 MB are read, and writes stay inside the -o target."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import run, run_process

# The largest file govfacts reads (README, "Reliability").
MAX_BYTES = 64 * 1024 * 1024
# A file outside every base: no command may print a word of it.
SECRET = "外部机密：这一行文字属于别人的文件，绝不能出现在任何输出里。\n"
MARK = "外部机密"
PAGE = "某市2025年工作综述\n全市新建便民服务站12个，群众满意度持续提升。\n"
SOURCE = '[[source]]\nid = "page"\ntitle = "某市2025年工作综述"\nfile = "{file}"\n'
REGION = '\n[[region]]\nid = "city"\nname = "某市"\nlevel = "地级市"\n'
PROGRAM = '\n[[program]]\nid = "{id}"\nregion = "city"\nname = "便民服务"\ncategory = "工程"\nsource = "page"\nquote = "{quote}"\n'
OUTSIDE_HINT = "a page must lie inside its base (govfacts extract -o copies a page into sources/ beside its draft)"


def make_base(tmp_path: Path, file: str = "sources/page.txt", quote: str = "全市新建便民服务站12个") -> Path:
    """A folder base with one source naming `file`, one place and one program quoting `quote`;
    a page of its own in sources/, and a secret file beside the base (outside it)."""
    (tmp_path / "secret.txt").write_text(SECRET, encoding="utf-8")
    folder = tmp_path / "base"
    (folder / "sources").mkdir(parents=True, exist_ok=True)
    (folder / "sources" / "page.txt").write_text(PAGE, encoding="utf-8")
    (folder / "facts.toml").write_text(
        SOURCE.format(file=file) + REGION + PROGRAM.format(id="prog", quote=quote), encoding="utf-8"
    )
    return folder


def assert_refused(r, toml: Path, file: str, leads_to: Path | None, root: Path) -> None:
    """Exit 3, the first line the located problem at the source's `file`, and nothing of the secret."""
    assert r.code == 3, (r.out, r.err)
    if leads_to is None:
        said = f"{file} is an absolute path; a page must be named relative to its TOML file, inside the base"
    else:
        said = f"{file} leads to {leads_to}, outside the base's folder {root}; {OUTSIDE_HINT}"
    assert r.err.splitlines()[0].startswith(f"{toml}:4:8: source 'page': file: {said}")
    assert "govfacts extract -o copies a page" in r.err.splitlines()[0]
    assert MARK not in r.out + r.err


# --- 1. one containment rule for every path a base names ----------------------------------------


@pytest.mark.parametrize("file", ["../secret.txt", "sources/../../secret.txt", "../../../../../../..{secret}"])
def test_a_page_outside_the_base_is_refused_by_check_and_never_printed(tmp_path, private_cache, file):
    file = file.format(secret=tmp_path / "secret.txt")
    folder = make_base(tmp_path, file, quote="这一行文字属于别人的文件")  # the secret's own words
    root = folder.resolve()
    r = run("check", "--data", str(folder))
    assert_refused(r, folder / "facts.toml", file, (tmp_path / "secret.txt").resolve(), root)
    r = run("source", "page", "--text", "--data", str(folder))
    assert_refused(r, folder / "facts.toml", file, (tmp_path / "secret.txt").resolve(), root)


def test_an_absolute_page_path_is_refused_even_inside_the_base(tmp_path, private_cache):
    folder = make_base(tmp_path)
    file = str(folder / "sources" / "page.txt")
    (folder / "facts.toml").write_text(
        SOURCE.format(file=file) + REGION + PROGRAM.format(id="prog", quote="全市新建便民服务站12个"), encoding="utf-8"
    )
    assert_refused(run("check", "--data", str(folder)), folder / "facts.toml", file, None, folder)


def test_a_failing_quote_never_shows_a_passage_of_a_file_outside(tmp_path, private_cache):
    # a quote near the secret's words: a closest passage would print them back
    folder = make_base(tmp_path, "../secret.txt", quote="这一行文字属于别人家的文件")
    r = run("check", "--data", str(folder))
    assert_refused(r, folder / "facts.toml", "../secret.txt", (tmp_path / "secret.txt").resolve(), folder.resolve())
    assert "closest passage" not in r.err and len(r.err.splitlines()) == 2


def test_a_symlink_in_sources_that_leads_out_is_refused(tmp_path, private_cache):
    folder = make_base(tmp_path, "sources/link.txt", quote="这一行文字属于别人的文件")
    (folder / "sources" / "link.txt").symlink_to(tmp_path / "secret.txt")
    r = run("check", "--data", str(folder))
    assert_refused(r, folder / "facts.toml", "sources/link.txt", (tmp_path / "secret.txt").resolve(), folder.resolve())


def test_a_page_outside_is_never_opened_so_an_outside_fifo_cannot_hang_it(tmp_path, private_cache):
    folder = make_base(tmp_path, "../pipe")
    os.mkfifo(tmp_path / "pipe")
    r = run_process("check", "--data", str(folder), env={"GOVFACTS_CACHE_DIR": str(private_cache), "GOVFACTS_LANG": "en"})
    assert_refused(r, folder / "facts.toml", "../pipe", (tmp_path / "pipe").resolve(), folder.resolve())


def test_a_symlink_that_stays_inside_the_base_is_a_page_like_any_other(tmp_path, private_cache):
    folder = make_base(tmp_path, "sources/alias.txt")
    (folder / "sources" / "alias.txt").symlink_to("page.txt")
    r = run("check", "--data", str(folder))
    assert r.code == 0, r.err


def test_a_page_swapped_for_a_link_out_after_a_check_is_refused_and_its_repair_seen(tmp_path, private_cache):
    folder = make_base(tmp_path)
    page = folder / "sources" / "page.txt"
    assert run("check", "--data", str(folder)).code == 0
    page.unlink()
    page.symlink_to(tmp_path / "secret.txt")  # the TOML file is not touched
    r = run("show", "某市", "--data", str(folder))
    assert_refused(r, folder / "facts.toml", "sources/page.txt", (tmp_path / "secret.txt").resolve(), folder.resolve())
    page.unlink()
    page.write_text(PAGE, encoding="utf-8")
    assert run("check", "--data", str(folder)).code == 0


def test_a_fact_in_another_file_never_reads_an_outside_page_when_only_it_changes(tmp_path, private_cache):
    folder = make_base(tmp_path, "../secret.txt")
    toml = folder / "facts.toml"
    toml.write_text(SOURCE.format(file="../secret.txt") + REGION, encoding="utf-8")
    facts = folder / "more.toml"
    facts.write_text(PROGRAM.format(id="prog", quote="这一行文字属于别人家的文件"), encoding="utf-8")
    assert run("check", "--data", str(folder)).code == 3
    facts.write_text(PROGRAM.format(id="prog", quote="这一行文字属于别人邻居的文件"), encoding="utf-8")
    r = run("check", "--data", str(folder))
    assert_refused(r, toml, "../secret.txt", (tmp_path / "secret.txt").resolve(), folder.resolve())
    assert "closest passage" not in r.err


def test_a_single_toml_file_s_layer_is_its_folder(tmp_path, private_cache):
    folder = make_base(tmp_path, "../secret.txt", quote="这一行文字属于别人的文件")
    r = run("check", "--data", str(folder / "facts.toml"))
    assert_refused(r, folder / "facts.toml", "../secret.txt", (tmp_path / "secret.txt").resolve(), folder.resolve())


def test_a_folder_link_out_of_the_base_is_refused_without_walking_it(tmp_path, private_cache):
    folder = make_base(tmp_path)
    (folder / "x").symlink_to("/")
    r = run("check", "--data", str(folder))
    assert r.code == 3
    assert r.err.splitlines() == [
        f"{folder / 'x'}: a link to /, outside the base's folder {folder.resolve()}; govfacts reads nothing "
        "outside a base (give that file or folder its own --data)",
        "govfacts: the fact base is invalid (1 problem)",
    ]


def test_a_toml_link_out_of_the_base_is_refused_like_a_page(tmp_path, private_cache):
    folder = make_base(tmp_path)
    elsewhere = tmp_path / "elsewhere.toml"
    elsewhere.write_text(REGION.replace("city", "town").replace("某市", "某镇"), encoding="utf-8")
    (folder / "more.toml").symlink_to(elsewhere)
    r = run("check", "--data", str(folder))
    assert r.code == 3
    assert r.err.splitlines()[0] == (
        f"{folder / 'more.toml'}: a link to {elsewhere.resolve()}, outside the base's folder {folder.resolve()}; "
        "govfacts reads nothing outside a base (give that file or folder its own --data)"
    )
    assert run("check", "--data", str(folder), "--data", str(elsewhere)).code == 3  # still refused in the folder
    (folder / "more.toml").unlink()
    assert run("check", "--data", str(folder), "--data", str(elsewhere)).code == 0  # its own layer is fine


def test_links_inside_the_base_are_not_walked_twice(tmp_path, private_cache):
    folder = make_base(tmp_path)
    (folder / "sub").mkdir()
    (folder / "facts.toml").rename(folder / "sub" / "facts.toml")
    (folder / "sub" / "facts.toml").write_text(
        SOURCE.format(file="../sources/page.txt") + REGION + PROGRAM.format(id="prog", quote="全市新建便民服务站12个"),
        encoding="utf-8",
    )
    (folder / "again").symlink_to("sub")  # followed, every id would be declared twice
    (folder / "loop").symlink_to(".")
    r = run("check", "--data", str(folder))
    assert r.code == 0, r.err


@settings(deadline=None, max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(["..", ".", "sources", "in", "out", "up", "page.txt", "secret.txt"]), min_size=1, max_size=6))
def test_inside_accepts_exactly_the_names_the_file_system_leads_inside(tmp_path, parts):
    """Whatever a name is made of ('..', links in and out), inside() accepts it exactly when the
    file the system opens for it is inside the root (told by what the file holds)."""
    from govfacts.files import Outside, inside

    root = tmp_path / "root"
    if not root.exists():
        (root / "sources").mkdir(parents=True)
        (root / "sources" / "page.txt").write_text("in", encoding="utf-8")
        (root / "page.txt").write_text("in", encoding="utf-8")
        (tmp_path / "secret.txt").write_text("out", encoding="utf-8")
        (tmp_path / "page.txt").write_text("out", encoding="utf-8")
        (root / "sources" / "in").symlink_to("..")
        (root / "sources" / "out").symlink_to(tmp_path)
        (root / "sources" / "up").symlink_to("../..")
    name = "/".join(parts)
    try:
        opened = Path(root / "sources" / name).read_text(encoding="utf-8")
    except OSError:
        opened = None
    try:
        real = inside(root, root / "sources", name)
    except Outside:
        assert opened != "in"
    else:
        assert real.is_relative_to(root.resolve()) and opened != "out"
        if opened is not None:
            assert real.read_text(encoding="utf-8") == opened


# --- 2. one rule for every file read --------------------------------------------------------------


def test_a_toml_file_that_is_a_fifo_is_refused_without_hanging(tmp_path, private_cache):
    folder = make_base(tmp_path)
    os.mkfifo(folder / "more.toml")
    r = run_process("check", "--data", str(folder), env={"GOVFACTS_CACHE_DIR": str(private_cache), "GOVFACTS_LANG": "en"})
    assert (r.code, r.err.splitlines()[0]) == (
        3,
        f"{folder / 'more.toml'}: cannot read: it is a pipe or a socket, not a regular file",
    )


def test_a_page_that_is_a_fifo_is_refused_without_hanging(tmp_path, private_cache):
    folder = make_base(tmp_path, "sources/pipe.txt")
    os.mkfifo(folder / "sources" / "pipe.txt")
    r = run_process("check", "--data", str(folder), env={"GOVFACTS_CACHE_DIR": str(private_cache), "GOVFACTS_LANG": "en"})
    assert (r.code, r.err.splitlines()[0]) == (
        3,
        f"{folder / 'facts.toml'}:4:8: source 'page': file: cannot read {folder / 'sources' / 'pipe.txt'}: "
        "it is a pipe or a socket, not a regular file",
    )


def test_a_device_as_the_base_is_refused_without_reading_it(private_cache):
    r = run("check", "--data", "/dev/zero")
    assert (r.code, r.err) == (
        3,
        "/dev/zero: cannot read: it is a device, not a regular file\ngovfacts: the fact base is invalid (1 problem)\n",
    )


def test_a_folder_as_a_page_is_refused(tmp_path, private_cache):
    folder = make_base(tmp_path, "sources")
    r = run("check", "--data", str(folder))
    assert r.code == 3
    assert r.err.splitlines()[0] == (
        f"{folder / 'facts.toml'}:4:8: source 'page': file: cannot read {folder / 'sources'}: it is a folder, not a file"
    )


def test_a_file_over_64_mb_is_refused_unread(tmp_path, private_cache):
    folder = make_base(tmp_path)
    os.truncate(folder / "sources" / "page.txt", MAX_BYTES + 1)  # sparse: no 64 MB written to disk
    (folder / "huge.toml").touch()
    os.truncate(folder / "huge.toml", MAX_BYTES + 1)
    r = run("check", "--data", str(folder))
    assert r.code == 3
    size = f"{MAX_BYTES + 1:,}"
    assert r.err.splitlines()[:2] == [
        f"{folder / 'huge.toml'}: cannot read: it holds {size} bytes, more than the 64 MB govfacts reads",
        f"{folder / 'facts.toml'}:4:8: source 'page': file: cannot read {folder / 'sources' / 'page.txt'}: "
        f"it holds {size} bytes, more than the 64 MB govfacts reads",
    ]


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: os.mkfifo(p), "it is a pipe or a socket, not a regular file"),
        (lambda p: os.truncate(p.touch() or p, MAX_BYTES + 1), f"it holds {MAX_BYTES + 1:,} bytes, more than the 64 MB govfacts reads"),
    ],
)
def test_extract_refuses_a_page_that_is_not_a_regular_file_of_at_most_64_mb(tmp_path, make, reason):
    page = tmp_path / "page.txt"
    make(page)
    r = run_process("extract", str(page), env={"GOVFACTS_LANG": "en"})
    assert (r.code, r.err) == (3, f"govfacts: cannot read {page}: {reason}\n")


def test_extract_takes_a_folder_as_a_folder_of_reports(tmp_path):
    """A folder is no page: it is a batch of reports (issue 22), drafted into -o DIR."""
    folder = tmp_path / "page.txt"
    folder.mkdir()
    r = run_process("extract", str(folder), env={"GOVFACTS_LANG": "en"})
    assert (r.code, r.err) == (2, "govfacts: with several reports or a folder, name a folder for the drafts with -o DIR\n")
    r = run_process("extract", str(folder), "-o", str(tmp_path / "drafts"), env={"GOVFACTS_LANG": "en"})
    assert (r.code, r.err) == (2, f"govfacts: {folder} holds no report files (.txt, .html, .pdf or .docx)\n")


def test_extract_refuses_a_device(tmp_path):
    r = run("extract", "/dev/zero")
    assert (r.code, r.err) == (3, "govfacts: cannot read /dev/zero: it is a device, not a regular file\n")


# --- 3. writes stay inside the target --------------------------------------------------------------


def test_extract_never_copies_the_page_through_a_sources_link(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    (tmp_path / "recv").mkdir()
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "recv" / "sources").symlink_to(tmp_path / "elsewhere")
    r = run("extract", str(page), "--place", "衢州", "-o", str(tmp_path / "recv" / "new.toml"))
    assert (r.code, r.err) == (
        2,
        f"govfacts: {tmp_path / 'recv' / 'sources'} is a symlink; extract copies the page into a real folder "
        "sources/ beside the draft, never through a link: remove it or write the draft elsewhere\n",
    )
    assert list((tmp_path / "elsewhere").iterdir()) == [] and not (tmp_path / "recv" / "new.toml").exists()


def test_extract_writes_beside_the_o_link_and_never_through_links(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    (tmp_path / "elsewhere").mkdir()
    victim = tmp_path / "elsewhere" / "draft.toml"
    victim.write_text("untouched\n", encoding="utf-8")
    (tmp_path / "recv" / "sources").mkdir(parents=True)
    copy = tmp_path / "recv" / "sources" / "page.txt"
    copy.symlink_to(victim)
    target = tmp_path / "recv" / "new.toml"
    target.symlink_to(victim)
    r = run("extract", str(page), "--place", "衢州", "-o", str(target))
    assert (r.code, r.err) == (2, f"govfacts: refusing to overwrite {target}: it exists (give --force to replace it)\n")
    copy_only = tmp_path / "recv" / "other.toml"
    r = run("extract", str(page), "--place", "衢州", "-o", str(copy_only))
    assert (r.code, r.err) == (2, f"govfacts: refusing to overwrite {copy}: it exists (give --force to replace it)\n")
    r = run("extract", str(page), "--place", "衢州", "-o", str(target), "--force")
    assert r.code == 0, r.err
    # the links were replaced, the page copied beside the -o path (not beside where it linked)
    assert victim.read_text(encoding="utf-8") == "untouched\n"
    assert sorted(p.name for p in (tmp_path / "elsewhere").iterdir()) == ["draft.toml"]
    assert not copy.is_symlink() and copy.read_text(encoding="utf-8") == PAGE
    assert not target.is_symlink() and 'file = "sources/page.txt"' in target.read_text(encoding="utf-8")


def test_export_refuses_to_overwrite_a_page_of_the_base(tmp_path, private_cache):
    folder = make_base(tmp_path)
    page = folder / "sources" / "page.txt"
    for fmt in ("csv", "sqlite"):
        r = run("export", "--data", str(folder), "--format", fmt, "-o", str(page))
        assert (r.code, r.err) == (
            2,
            f"govfacts: refusing to overwrite {page}: it is part of the fact base being exported\n",
        )
        assert page.read_text(encoding="utf-8") == PAGE
    assert run("export", "--data", str(folder), "-o", str(folder / "facts.toml")).code == 2  # as before
    assert run("export", "--data", str(folder), "-o", str(tmp_path / "out.jsonl")).code == 0


# --- 4. extract without -o -----------------------------------------------------------------------


def test_a_draft_on_stdout_says_where_it_is_valid(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    r = run("extract", str(page), "--place", "衢州")
    assert r.code == 0, r.err
    head = r.out.split("[[source]]")[0]
    assert head.endswith(
        "# Its source's file is the page's path from the folder extract ran in: the draft is valid\n"
        "# only saved in that folder, in a base the page lies inside (check refuses a page outside\n"
        "# its base). With -o, extract copies the page into sources/ beside the draft.\n\n"
    )
    assert f'file = "{Path(os.path.relpath(page.resolve())).as_posix()}"' in r.out
    target = tmp_path / "base" / "draft.toml"
    assert run("extract", str(page), "--place", "衢州", "-o", str(target)).code == 0
    assert "Its source's file" not in target.read_text(encoding="utf-8")


# --- 5. the GB18030 hint is safe to paste ----------------------------------------------------------


def test_the_gb18030_hint_quotes_the_page_and_names_it_from_here(tmp_path, private_cache, monkeypatch):
    name = "$(touch PWNED).txt"
    folder = tmp_path / "base"
    (folder / "sources").mkdir(parents=True)
    (folder / "sources" / name).write_bytes(PAGE.encode("gb18030"))
    (folder / "facts.toml").write_text(
        SOURCE.format(file=f"sources/{name}") + REGION + PROGRAM.format(id="prog", quote="全市新建便民服务站12个"),
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    r = run("check", "--data", "base")
    assert r.code == 3
    first = r.err.splitlines()[0]
    shown = f"base/sources/{name}"
    assert first.startswith(f"base/facts.toml:4:8: source 'page': file: {shown} is not UTF-8 text: it reads as GB18030")
    command = first.split("convert it with: ", 1)[1]
    assert shlex.split(command) == [
        "iconv", "-f", "GB18030", "-t", "UTF-8", shown, ">", f"{shown}.utf8", "&&", "mv", f"{shown}.utf8", shown,
    ]
    if shutil.which("iconv") and shutil.which("sh"):  # pasted into a shell, it converts the page and runs nothing
        subprocess.run(["sh", "-c", command], check=True, cwd=tmp_path)
        assert not (tmp_path / "PWNED").exists()
        assert (folder / "sources" / name).read_text(encoding="utf-8") == PAGE
        assert run("check", "--data", "base").code == 0


def test_the_gb18030_hint_never_lets_a_name_read_as_an_option(tmp_path, private_cache, monkeypatch):
    (tmp_path / "-rf.txt").write_bytes(PAGE.encode("gb18030"))
    (tmp_path / "facts.toml").write_text(SOURCE.format(file="-rf.txt") + REGION, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    r = run("check", "--data", "facts.toml")
    command = r.err.splitlines()[0].split("convert it with: ", 1)[1]
    assert shlex.split(command)[5:] == ["./-rf.txt", ">", "./-rf.txt.utf8", "&&", "mv", "./-rf.txt.utf8", "./-rf.txt"]


# --- 6. names with terminal codes in them are shown escaped, in every message -------------------


def test_a_base_named_with_an_escape_sequence_is_shown_escaped(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    name = "x\x1b[31mRED"
    r = run("check", "--data", name, "--data", name)
    assert r.code == 3
    assert "\x1b" not in r.err and "x\\x1b[31mRED" in r.err


def test_a_gb18030_page_named_with_an_escape_sequence_is_shown_escaped(tmp_path, private_cache, monkeypatch):
    name = "p\x1b[31mX.txt"
    folder = tmp_path / "base"
    (folder / "sources").mkdir(parents=True)
    (folder / "sources" / name).write_bytes(PAGE.encode("gb18030"))
    monkeypatch.chdir(tmp_path)
    r = run("extract", f"base/sources/{name}")
    assert "\x1b" not in r.err + r.out
    assert "base/sources/p\\x1b[31mX.txt" in r.err and "GB18030" in r.err

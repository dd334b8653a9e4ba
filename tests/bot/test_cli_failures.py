"""The command line on bad input and bad databases: one line that says what to do, never a traceback;
and a watched site that fails is tried less and less often, with its reason in `watch list`."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.conftest import SAMPLES
from tests.web import Page, Site

from .test_cli import rectibot

LISTING = "<html><body><ul><li><a href='/n1.html'>关于县科技局党组巡察整改进展情况的通报</a></li></ul></body></html>"


def local(tmp_path: Path) -> str:
    config = tmp_path / "local.toml"
    config.write_text('[fetch]\nallowed_private_hosts = ["127.0.0.1"]\n')
    return str(config)


def next_check(db: Path, url: str) -> datetime:
    with sqlite3.connect(db) as conn:
        (when,) = conn.execute("SELECT next_check_at FROM watches WHERE url = ?", [url]).fetchone()
    return datetime.fromisoformat(when)


def test_a_page_declaring_charset_idna_is_read(site: Site, tmp_path: Path) -> None:
    site.pages["/list.html"] = Page(LISTING.encode(), content_type="text/html; charset=idna")
    db = str(tmp_path / "w.db")
    run = rectibot("--config", local(tmp_path), "--db", db, "watch", "add", site.url("/list.html"))
    assert run.returncode == 0 and "Traceback" not in run.stderr
    assert "1 notice listed" in run.stdout


def test_a_failing_watch_backs_off_and_says_why_on_one_line(site: Site, tmp_path: Path) -> None:
    site.pages["/list.html"] = Page(LISTING.encode())
    db, url = tmp_path / "w.db", site.url("/list.html")
    added = rectibot("--config", local(tmp_path), "--db", str(db), "watch", "add", url)
    assert added.returncode == 0, added.stderr
    del site.pages["/list.html"]  # the site then fails: every check from now on is a failure
    for _ in range(2):
        run = rectibot("--config", local(tmp_path), "--db", str(db), "watch", "run", "--all")
        assert "Traceback" not in run.stderr
        if _ == 0:
            first = next_check(db, url)
    second = next_check(db, url)
    listed = rectibot("--config", local(tmp_path), "--db", str(db), "watch", "list").stdout
    assert re.fullmatch(rf"1\. {re.escape(url)} — failing 2 times in a row: [^\n]+\n", listed), (
        listed
    )  # the reason on one line
    now = datetime.now(UTC)
    assert timedelta(minutes=55) < first - now < timedelta(hours=1)  # 1 h, then 2 h: not every 5 minutes
    assert timedelta(minutes=115) < second - now < timedelta(hours=2)


def corrupted(path: Path) -> None:
    path.write_bytes(b"this is no database; " * 200)


def truncated(path: Path) -> None:
    rectibot("--db", str(path), "ingest", str(SAMPLES / "003_4ec4d330bc6282d2.txt"))  # a real database
    data = path.read_bytes()
    path.write_bytes(data[:100] + b"\xff" * (len(data) - 100))


@pytest.mark.parametrize("damage", [corrupted, truncated], ids=["not a database", "overwritten pages"])
@pytest.mark.parametrize(
    "command",
    [
        ("watch", "list"),
        ("ask", "朔州还有哪些问题没整改完"),
        ("ingest", str(SAMPLES / "003_4ec4d330bc6282d2.txt")),
        ("undo",),
    ],
    ids=lambda c: c[0],
)
def test_a_damaged_database_is_named_in_one_line(tmp_path: Path, damage, command: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "bad.db"
    damage(db)
    run = rectibot("--db", str(db), *command)
    assert run.returncode == 2 and "Traceback" not in run.stderr, run.stderr
    assert re.fullmatch(rf"rectibot: database {re.escape(str(db))} is (not a SQLite database or is )?damaged; "
                        r"restore it from a backup, or name another with --db\n", run.stderr)  # fmt: skip


def test_a_damaged_database_is_named_in_the_readers_language(tmp_path: Path) -> None:
    db = tmp_path / "bad.db"
    corrupted(db)
    run = rectibot("--db", str(db), "--lang", "zh", "watch", "list")
    assert run.returncode == 2 and "Traceback" not in run.stderr, run.stderr
    assert run.stderr == f"rectibot: 数据库 {db} 不是 SQLite 数据库或已损坏；请从备份恢复，或用 --db 指定另一个\n"


@contextmanager
def unwritable(path: Path) -> Iterator[None]:
    """The file made read-only for this user as an operator would meet it: for root, whom permissions do not
    stop, the immutable attribute (chattr +i, refused to root as to anyone); for others, its write bit."""
    if os.geteuid() != 0:
        path.chmod(0o444)
        try:
            yield
        finally:
            path.chmod(0o644)
        return
    if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
        pytest.skip("root without CAP_LINUX_IMMUTABLE on this file system: nothing makes a file read-only to it")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


def notices_in(db: Path) -> int:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return int(conn.execute("SELECT count(*) FROM notices").fetchone()[0])


@pytest.mark.parametrize(
    "command", [("ingest", str(SAMPLES / "001_686cb75796c8888e.txt")), ("undo",)], ids=lambda c: c[0]
)
def test_a_read_only_database_is_named_in_one_line(tmp_path: Path, command: tuple[str, ...]) -> None:
    db = tmp_path / "ro.db"
    assert rectibot("--db", str(db), "ingest", str(SAMPLES / "003_4ec4d330bc6282d2.txt")).returncode == 0
    with unwritable(db):
        run = rectibot("--db", str(db), *command)
        zh = rectibot("--db", str(db), "--lang", "zh", *command)
    assert run.returncode == 2 and run.stdout == "", run.stderr
    assert run.stderr == f"rectibot: database {db} is read-only; give this user write access to it and to its folder\n"
    assert zh.stderr == f"rectibot: 数据库 {db} 是只读的；请给当前用户对该文件及其所在文件夹的写权限\n"
    assert notices_in(db) == 1  # nothing lost, nothing half-written


def test_a_full_disk_is_named_in_one_line_and_loses_nothing(tmp_path: Path) -> None:
    """SQLITE_FULL as a full disk raises it, from the database's size cap (`[store] max_db_mb`)."""
    db = tmp_path / "full.db"
    assert rectibot("--db", str(db), "ingest", str(SAMPLES / "003_4ec4d330bc6282d2.txt")).returncode == 0
    capped = tmp_path / "capped.toml"
    capped.write_text(f"[store]\nmax_db_mb = {db.stat().st_size / 1e6}\n")  # not a page more than it has
    run = rectibot("--config", str(capped), "--db", str(db), "ingest", str(SAMPLES))
    assert run.returncode == 2 and "Traceback" not in run.stderr, run.stderr
    assert run.stderr == (
        f"rectibot: database {db} cannot be written: the disk is full; free some space and run the command again\n"
    )
    assert notices_in(db) == 1
    again = rectibot("--db", str(db), "ingest", str(SAMPLES))  # space again: the same files go in
    assert again.returncode == 0 and notices_in(db) == 5, again.stdout

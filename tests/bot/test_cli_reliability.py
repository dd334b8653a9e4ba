"""The command line under hostile files, concurrent runs and mistakes: what a user sees."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.bombs import docx_bomb, docx_damaged, docx_lying_sizes, docx_malformed_xml, html_flood, pdf_bomb
from tests.conftest import SAMPLES
from tests.notice_files import to_docx, to_pdf

from .test_cli import rectibot

SHUOZHOU = (SAMPLES / "003_4ec4d330bc6282d2.txt").read_text("utf-8")
TIANCHANG = (SAMPLES / "001_686cb75796c8888e.txt").read_text("utf-8")


def small_limits(tmp_path: Path) -> str:
    config = tmp_path / "limits.toml"
    config.write_text("[store]\nread_memory_mb = 300\nread_seconds = 20\n")
    return str(config)


@pytest.mark.parametrize(
    ("name", "build", "reason"),
    [
        ("bomb.docx", lambda: docx_bomb(SHUOZHOU, 300), "unpacks to more than 256 MB"),
        ("lying.docx", lambda: docx_lying_sizes(SHUOZHOU), "is a damaged Word (.docx) file"),
        ("bomb.pdf", lambda: pdf_bomb(600), "needs more than 300 MB of memory to read"),
        ("flood.html", lambda: html_flood(8), "is a web page of more than 6 MB"),
    ],
)
def test_a_bomb_is_refused_with_one_line(tmp_path: Path, name: str, build, reason: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_bytes(build())
    run = rectibot("--config", small_limits(tmp_path), "parse", str(path))
    assert run.returncode == 2 and reason in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1 and "Traceback" not in run.stderr


def test_damaged_docx_files_fail_alone_in_a_folder_of_good_ones(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-damaged.docx").write_bytes(docx_damaged(SHUOZHOU))
    (folder / "b-malformed.docx").write_bytes(docx_malformed_xml(SHUOZHOU))
    (folder / "c-tianchang.docx").write_bytes(to_docx(TIANCHANG))
    (folder / "d-xupu.txt").write_bytes((SAMPLES / "000_a6a853e402721468.txt").read_bytes())
    run = rectibot("ingest", str(folder), "--db", str(tmp_path / "r.db"), "-q")
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert "FAILED a-damaged.docx: a-damaged.docx is a damaged Word (.docx) file" in run.stdout
    assert "(corrupt compressed data)" in run.stdout
    assert "FAILED b-malformed.docx: b-malformed.docx is a damaged Word (.docx) file" in run.stdout
    assert run.stdout.strip().endswith("Total: 2 new, 0 updated, 0 duplicate, 2 failed")


def dated_variants(folder: Path, days: range) -> None:
    """Shuozhou's notice reported again on different days (distinct notices of one inspection)."""
    folder.mkdir()
    for day in days:
        (folder / f"shuozhou-{day:02d}.txt").write_text(SHUOZHOU + f"\n2025年12月{day}日\n", "utf-8")


def test_two_concurrent_ingests_into_a_new_database_both_complete(tmp_path: Path) -> None:
    dated_variants(tmp_path / "odd", range(1, 29, 2))
    dated_variants(tmp_path / "even", range(2, 29, 2))
    db = str(tmp_path / "shared.db")
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "ingest", str(tmp_path / part), "--db", db, "-q"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for part in ("odd", "even")
    ]
    outputs = [run.communicate(timeout=120) for run in runs]
    for run, (out, err) in zip(runs, outputs, strict=True):
        assert run.returncode == 0, err
        assert "0 duplicate" in out and out.strip().endswith("0 failed") and "locked" not in err
    check = rectibot("ask", "朔州有哪些通报", "--db", db, "--json")
    assert check.returncode == 0
    from sqlite_utils import Database

    notices = Database(db).execute("SELECT COUNT(*), SUM(is_current) FROM notices").fetchone()
    assert notices == (28, 1)  # every file stored, and exactly one current notice


def test_the_pdf_after_the_docx_is_a_duplicate(tmp_path: Path) -> None:
    (tmp_path / "朔州.docx").write_bytes(to_docx(SHUOZHOU))
    (tmp_path / "朔州.pdf").write_bytes(to_pdf(SHUOZHOU))
    db = str(tmp_path / "r.db")
    rectibot("ingest", str(tmp_path / "朔州.docx"), "--db", db)
    again = rectibot("ingest", str(tmp_path / "朔州.pdf"), "--db", db)
    assert again.stdout.strip().endswith("Total: 0 new, 0 updated, 1 duplicate, 0 failed")
    latest = rectibot("ask", "最新的通报", "--db", db)
    assert latest.stdout.count("朔州市科学技术局党组") == 1


def test_a_shorter_notice_is_held_until_confirmed_and_undo_takes_it_back(tmp_path: Path) -> None:
    db = str(tmp_path / "r.db")
    (tmp_path / "full.txt").write_text(TIANCHANG, "utf-8")
    (tmp_path / "half.txt").write_text(TIANCHANG[:4096], "utf-8")
    rectibot("ingest", str(tmp_path / "full.txt"), "--db", db)
    held = rectibot("ingest", str(tmp_path / "half.txt"), "--db", db)
    assert held.returncode == 1 and "NOT stored: it lists 16 problems where the current notice" in held.stdout
    assert "would drop: 17 市科技局未制订工程管理相关制度" in held.stdout and "1 held" in held.stdout
    stored = rectibot("ingest", str(tmp_path / "half.txt"), "--db", db, "--confirm")
    assert "updated" in stored.stdout and stored.returncode == 0
    undo = rectibot("undo", "--db", db)
    assert undo.returncode == 0 and "removed notice 2: 天长市科学技术局党组 2023-09-26 (16 items)" in undo.stdout
    assert "notice 1 is current again" in undo.stdout
    answer = rectibot("ask", "天长完成了多少", "--db", db)
    assert "28" in answer.stdout
    assert rectibot("undo", "--notice", "99", "--db", db).returncode == 2

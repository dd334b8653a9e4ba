"""`rectibot watch run` says a notice held for confirmation is held, never that it was stored."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli import rectibot
from tests.conftest import SAMPLES
from tests.notice_files import to_html
from tests.web import Page, Site

from .test_cli_failures import local
from .test_links import listing

TIANCHANG = SAMPLES / "001_686cb75796c8888e.txt"
TITLE = "天长市科学技术局党组关于巡察整改进展情况的通报"


@pytest.mark.parametrize(
    ("lang", "says"),
    [
        ("en", "1 notice listed, 0 new stored, 1 held for confirmation (not stored), 0 chat reports queued"),
        ("zh", "列出 1 份通报，新收录 0 份，待确认、未收录 1 份，待发给聊天的通知"),
    ],
)
def test_watch_run_counts_a_held_notice_as_held(site: Site, tmp_path: Path, lang: str, says: str) -> None:
    db, config = str(tmp_path / "w.db"), local(tmp_path)
    assert rectibot("--db", db, "ingest", str(TIANCHANG)).returncode == 0
    site.pages["/xcz/index.html"] = listing([])
    assert rectibot("--config", config, "--db", db, "watch", "add", site.url("/xcz/index.html")).returncode == 0
    text = TIANCHANG.read_text("utf-8")
    site.pages["/xcz/half.html"] = Page(to_html(text[: len(text) // 2]))  # the page cut off halfway
    site.pages["/xcz/index.html"] = listing([(TITLE, "half.html")])
    run = rectibot("--config", config, "--db", db, "--lang", lang, "watch", "run", "--all")
    assert f"{site.url('/xcz/index.html')}" in run.stdout and says in run.stdout, run.stdout
    assert f"held     {site.url('/xcz/half.html')}" in run.stdout
    assert "1 new stored" not in run.stdout and "新收录 1 份" not in run.stdout

"""The bot as its own process: under a 2 GiB address-space limit, fed a few kilobytes of bombs by one chat
while another chat asks a question (the bombs refused in words, the question answered at once); and alone on
its database."""

from __future__ import annotations

import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from notices.ocr import RENDER_DPI
from store import open_database
from tests.bombs import double_gzip, huge_page_pdf, huge_png
from tests.botapi import TOKEN, FakeBotAPI
from tests.conftest import SAMPLES
from tests.web import Page, Site

SHUOZHOU = (SAMPLES / "003_4ec4d330bc6282d2.txt").read_text("utf-8")
BOT_MEMORY = 2 * 1024**3


def _cap_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (BOT_MEMORY, BOT_MEMORY))


@pytest.fixture
def api() -> Iterator[FakeBotAPI]:
    running = FakeBotAPI().start()
    yield running
    running.stop()


def start_bot(api: FakeBotAPI, tmp_path: Path, telegram: str = "") -> subprocess.Popen[str]:
    """`rectibot run` against the stand-in Bot API, its address space capped at 2 GiB (`telegram`: more
    lines of its [telegram] table)."""
    if not (tmp_path / "bot.db").exists():
        open_database(tmp_path / "bot.db").close()
    config = tmp_path / "config.toml"
    config.write_text(
        f'[store]\ndb = "{tmp_path / "bot.db"}"\n'
        f'[telegram]\nbase_url = "{api.base_url}"\nbase_file_url = "{api.base_file_url}"\nadmins = [1, 100]\n{telegram}'
        '[fetch]\nallowed_private_hosts = ["127.0.0.1"]\n'
    )
    env = {"TELEGRAM_BOT_TOKEN": TOKEN, "PATH": "/usr/bin:/bin", "PTB_TIMEDELTA": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "--config", str(config), "run"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=_cap_memory,
    )  # fmt: skip


async def test_bombs_of_a_few_kilobytes_are_refused_while_another_chat_is_answered(
    api: FakeBotAPI, site: Site, tmp_path: Path
) -> None:
    site.pages["/tz.html"] = Page(double_gzip(2048), headers={"Content-Encoding": "gzip, gzip"})  # 2 GB decoded
    bot = start_bot(api, tmp_path)
    try:
        api.document(100, "朔州.txt", SHUOZHOU.encode())
        await api.wait_text(100, "已收录", timeout=30)
        api.message(1, site.url("/tz.html"))
        api.document(1, "scan.pdf", huge_page_pdf(14_400))  # 334 bytes: one page 200 inches square
        api.document(1, "page.png", huge_png(60_000))
        api.photo(1, huge_png(6_300), width=6_300, height=6_300)  # 40 M pixels took 500 MB to read
        asked = time.monotonic()
        api.message(100, "朔州还有哪些问题没整改完")
        await api.wait_text(100, "还没整改完的问题")
        assert time.monotonic() - asked < 2.0
        await api.wait_text(1, f"{site.url('/tz.html')} 超过 21 MB 的上限，未读取", timeout=30)
        side = 14_400 * RENDER_DPI // 72  # the page as it would be rendered for OCR
        await api.wait_text(1, f"scan.pdf 是一张 {side}×{side} 像素的图片，太大，无法读取", timeout=30)
        await api.wait_text(1, "page.png 是一张 60000×60000 像素的图片，太大，无法读取", timeout=30)
        await api.wait_text(1, "6300×6300 像素的图片，太大，无法读取", timeout=30)
        assert bot.poll() is None  # still running
    finally:
        bot.terminate()
        _, stderr = bot.communicate(timeout=30)
    assert "Traceback" not in stderr


async def test_a_second_bot_on_the_same_database_exits_naming_the_first(api: FakeBotAPI, tmp_path: Path) -> None:
    first = start_bot(api, tmp_path)
    try:
        api.message(100, "/start")
        await api.wait_for(lambda: api.texts(100), timeout=30)  # the first bot is up and polling
        second = start_bot(api, tmp_path)
        _, stderr = second.communicate(timeout=60)
        assert second.returncode == 2
        assert stderr.strip() == f"rectibot: another bot is running on {tmp_path / 'bot.db'} (pid {first.pid})"
        assert first.poll() is None
    finally:
        first.terminate()
        first.communicate(timeout=30)
    restarted = start_bot(api, tmp_path)  # the lock goes with its process: the next bot starts
    try:
        api.message(100, "/help")
        await api.wait_for(lambda: len(api.texts(100)) >= 2, timeout=30)
    finally:
        restarted.kill()  # as kill -9 would: the kernel releases the lock
        restarted.communicate(timeout=30)
    again = start_bot(api, tmp_path)
    try:
        api.message(100, "/help")
        await api.wait_for(lambda: len(api.texts(100)) >= 3, timeout=30)
    finally:
        again.terminate()
        again.communicate(timeout=30)

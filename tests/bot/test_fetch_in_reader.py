"""A fetched link's untrusted bytes are decoded in a reader process, never in the bot's: a bomb that would
not fit in the bot's own address space is stopped in the reader, and the bot answers the next question."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.bombs import double_gzip
from tests.botapi import FakeBotAPI
from tests.conftest import SAMPLES
from tests.notice_files import to_html
from tests.web import Page, Site

from .test_bounds import BOT_MEMORY, start_bot

SHUOZHOU = (SAMPLES / "003_4ec4d330bc6282d2.txt").read_text("utf-8")
XUPU = (SAMPLES / "000_a6a853e402721468.txt").read_text("utf-8")


@pytest.fixture
def api() -> Iterator[FakeBotAPI]:
    running = FakeBotAPI().start()
    yield running
    running.stop()


async def test_a_bomb_larger_than_the_bot_itself_is_stopped_in_a_reader(
    api: FakeBotAPI, site: Site, tmp_path: Path
) -> None:
    # The cap on a fetch raised to 2,000 MB: the bomb below stays under it, so only memory stops it. Decoded
    # in the bot (2 GiB of address space, its libraries already in it) it would take the bot down.
    inflated_mb = 1_990
    assert inflated_mb * 1024**2 > BOT_MEMORY * 0.9
    site.pages["/tz.html"] = Page(double_gzip(inflated_mb), headers={"Content-Encoding": "gzip, gzip"})
    site.pages["/xupu.html"] = Page(to_html(XUPU))
    bot = start_bot(api, tmp_path, telegram="max_file_mb = 2000\n")
    try:
        api.document(100, "朔州.txt", SHUOZHOU.encode())
        await api.wait_text(100, "已收录", timeout=30)
        api.message(1, site.url("/tz.html"))
        asked = time.monotonic()
        api.message(100, "朔州还有哪些问题没整改完")
        await api.wait_text(100, "还没整改完的问题")
        assert time.monotonic() - asked < 2.0
        await api.wait_text(1, f"{site.url('/tz.html')} 读取时需要超过 512 MB 内存", timeout=60)
        api.message(1, site.url("/xupu.html"))  # the reader that ran out was replaced: the next link is read
        assert "溆浦县科学技术局党组" in await api.wait_text(1, "已收录", timeout=30)
        assert bot.poll() is None  # still running
    finally:
        bot.terminate()
        _, stderr = bot.communicate(timeout=30)
    assert "Traceback" not in stderr

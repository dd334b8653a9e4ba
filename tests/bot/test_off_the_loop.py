"""The event loop never runs a store function: every database call goes through the gateway's threads."""

from __future__ import annotations

import sys
from types import FrameType
from typing import Any

import pytest

from bot.config import FetchConfig
from tests.conftest import ROOT, SAMPLES
from tests.web import Page, Site

from .conftest import Bot, BotFactory

SHUOZHOU = (SAMPLES / "003_4ec4d330bc6282d2.txt").read_text("utf-8")
STORE = str(ROOT / "store")
# The gateway itself runs on the loop (it hands work to its threads); the models are dataclasses the
# layers above read, with no SQLite in them.
ALLOWED = (str(ROOT / "store" / "gateway.py"), str(ROOT / "store" / "models.py"))


@pytest.fixture
async def bot(bot_with: BotFactory) -> Bot:
    """The bot with 127.0.0.1 (the test site) allowed for watched sites."""
    return await bot_with(FetchConfig(allowed_private_hosts=("127.0.0.1",)), admins=(100,))


async def test_no_store_function_runs_on_the_event_loops_thread(bot: Bot, site: Site) -> None:
    on_loop: set[str] = set()

    def watch(frame: FrameType, event: str, arg: Any) -> None:  # profiles this (the loop's) thread only
        code = frame.f_code
        if event == "call" and code.co_filename.startswith(STORE) and code.co_filename not in ALLOWED:
            on_loop.add(f"{code.co_filename.removeprefix(str(ROOT))}:{code.co_name}")

    site.pages["/xcz/index.html"] = Page("<html><body><a href='/n.html'>首页</a></body></html>".encode())
    sys.setprofile(watch)
    try:
        bot.api.document(100, "朔州.txt", SHUOZHOU.encode())
        await bot.api.wait_text(100, "已收录")
        for text, reply in [
            ("朔州还有哪些问题没整改完", "还没整改完的问题"),
            ("那第1项呢", "第1项"),
            ("/subscribe 朔州科技局", "已订阅"),
            ("/subscriptions", "<b>订阅</b>"),
            ("/remind 每周一上午九点", "每周一"),
            ("/agencies", "收录的单位"),
            ("/stats", "当前通报"),
            ("/lang en", "replies, reminders and summaries in English"),
            ("/unsubscribe 朔州", "Unsubscribed"),
            (f"/watch {site.url('/xcz/index.html')}", "Watching"),
            ("/watch", "Watched sites"),
            ("/undo", "Removed the notice"),
        ]:
            bot.api.message(100, text)
            await bot.api.wait_text(100, reply)
        bot.api.message(100, "/export")
        await bot.api.wait_for(lambda: len(bot.api.sent("sendDocument", 100)) == 2, timeout=30)
        await bot.app.job_queue.get_jobs_by_name("watch")[0].run(bot.app)
    finally:
        sys.setprofile(None)
    assert not on_loop, sorted(on_loop)

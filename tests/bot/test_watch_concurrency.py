"""Watched sites are checked at the same time, one check at a time per host: a site that never answers
delays no other site's report."""

from __future__ import annotations

import asyncio
import socket
import time
from datetime import timedelta

import pytest

from bot.config import FetchConfig
from tests.web import Site

from .conftest import Bot, BotFactory
from .test_links import publish_a_second_notice, watch_a_listing_of_one_notice

TIMEOUT = 6.0


@pytest.fixture
async def bot(bot_with: BotFactory) -> Bot:
    """The bot allowed to reach 127.0.0.1, a fetch giving up after 6 s."""
    fetch = FetchConfig(allowed_private_hosts=("127.0.0.1", "127.0.0.2"), timeout_s=TIMEOUT)
    return await bot_with(fetch, admins=(100,), max_file_mb=1)


async def test_a_hung_site_does_not_delay_another_sites_report(bot: Bot, site: Site) -> None:
    with socket.socket() as silent:  # accepts connections, never answers
        silent.bind(("127.0.0.2", 0))
        silent.listen()
        hung = f"http://127.0.0.2:{silent.getsockname()[1]}/list.html"
        bot.api.message(100, f"/watch {hung}")
        await bot.api.wait_text(100, "暂时无法读取", timeout=30)
        await watch_a_listing_of_one_notice(bot, site)
        publish_a_second_notice(site)
        bot.clock.now += timedelta(hours=25)  # both due; the hung site first (it has waited longer)
        started = time.monotonic()
        tick = asyncio.create_task(bot.app.job_queue.get_jobs_by_name("watch")[0].run(bot.app))
        await bot.api.wait_text(200, "关注的网站发布了新通报", timeout=30)
        assert time.monotonic() - started < TIMEOUT - 2  # not after the hung site's timeout
        await tick
    watches = bot.watches  # the hung site failed once more, after its timeout
    await bot.api.wait_for(lambda: [w.failures for w in watches.all()] == [2, 0], timeout=3 * TIMEOUT)

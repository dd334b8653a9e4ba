"""A watched site's notice that is held for confirmation is reported as held, to the admin who added the
watch, and is neither marked seen nor reported to subscribers as stored."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from store.watches import Watches
from tests.conftest import SAMPLES
from tests.notice_files import to_html
from tests.web import Page, Site

from .conftest import Bot
from .test_links import bot, listing  # noqa: F401  (the fixture: a bot allowed to reach the site)

TIANCHANG = (SAMPLES / "001_686cb75796c8888e.txt").read_text("utf-8")
TITLE = "天长市科学技术局党组关于巡察整改进展情况的通报"


async def test_half_a_notice_on_a_watched_site_is_held_not_reported_stored(bot: Bot, site: Site) -> None:  # noqa: F811
    bot.api.document(100, "天长.txt", TIANCHANG.encode())
    await bot.api.wait_text(100, "已收录")
    bot.api.message(200, "/subscribe 天长")
    await bot.api.wait_text(200, "已订阅")
    site.pages["/xcz/index.html"] = listing([])
    bot.api.message(100, f"/watch {site.url('/xcz/index.html')}")
    await bot.api.wait_text(100, "已关注", timeout=30)

    site.pages["/xcz/half.html"] = Page(to_html(TIANCHANG[: len(TIANCHANG) // 2]))  # the page cut off halfway
    site.pages["/xcz/index.html"] = listing([(TITLE, "half.html")])
    bot.clock.now += timedelta(hours=25)
    await bot.app.job_queue.get_jobs_by_name("watch")[0].run(bot.app)
    held = await bot.api.wait_text(100, "没有收录", timeout=30)
    assert "尚未收录 <b>天长市科学技术局党组</b>" in held and site.url("/xcz/half.html") in held
    assert bot.store.count_items([]) == 28  # the full notice is still the current one
    watches: Watches = bot.watches
    assert site.url("/xcz/half.html") not in watches.seen(watches.all()[0].id)  # read again next time

    bot.clock.now += timedelta(hours=25)  # the next check reads it again, and tells no one twice
    await bot.app.job_queue.get_jobs_by_name("watch")[0].run(bot.app)
    await asyncio.sleep(0.3)
    assert site.hits["/xcz/half.html"] == 2
    assert sum("没有收录" in t for t in bot.api.texts(100)) == 1
    assert not any("关注的网站发布了" in t or "已收录" in t for t in bot.api.texts(200))  # subscribers: nothing


async def test_watch_in_a_group_lists_only_that_groups_watches(bot: Bot, site: Site) -> None:  # noqa: F811
    site.pages["/a/index.html"] = listing([])
    site.pages["/b/index.html"] = listing([])
    bot.api.message(100, f"/watch {site.url('/a/index.html')}")  # the admin, privately
    await bot.api.wait_text(100, "已关注", timeout=30)
    bot.api.message(-1001, f"/watch {site.url('/b/index.html')}", user_id=100, chat_type="group")
    await bot.api.wait_text(-1001, "已关注", timeout=30)
    bot.api.message(-1001, "/watch", user_id=555, chat_type="group")  # a member of that group
    listed = await bot.api.wait_text(-1001, "<b>关注的网站</b>")
    assert site.url("/b/index.html") in listed and site.url("/a/index.html") not in listed
    bot.api.message(-1002, "/watch", user_id=556, chat_type="group")  # another group
    assert "没有关注的网站" in await bot.api.wait_text(-1002, "关注")
    bot.api.message(100, "/watch")  # a private chat: every watch
    everything = await bot.api.wait_text(100, "<b>关注的网站</b>")
    assert site.url("/a/index.html") in everything and site.url("/b/index.html") in everything

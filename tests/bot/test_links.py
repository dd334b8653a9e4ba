"""Links sent to the bot: fetched from a local web site, stored, cited; unsafe or huge links refused."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from bot.config import Config, FetchConfig
from tests.botapi import FakeBotAPI
from tests.conftest import SAMPLES
from tests.notice_files import to_html, to_pdf
from tests.web import Page, Site, serve

from .conftest import Bot, Clock, start, stop

XUPU = (SAMPLES / "000_a6a853e402721468.txt").read_text("utf-8")
SHUOZHOU = (SAMPLES / "003_4ec4d330bc6282d2.txt").read_text("utf-8")


@pytest.fixture
def site() -> Iterator[Site]:
    running = serve({})
    yield running
    running.stop()


@pytest.fixture
async def bot(make_config: Callable[..., Config]) -> AsyncIterator[Bot]:
    """The bot with 127.0.0.1 (the test site) allowed for links, and a 1 MB cap."""
    api = FakeBotAPI().start()
    config = replace(
        make_config(api, admins=(100,), max_file_mb=1), fetch=FetchConfig(allowed_private_hosts=("127.0.0.1",))
    )
    clock = Clock(datetime(2026, 3, 2, 0, 0, tzinfo=UTC))
    running = Bot(api, await start(api, config, clock), clock, config)
    try:
        yield running
    finally:
        await stop(running.app)
        api.stop()


async def test_a_link_to_a_notice_page_is_stored_and_answers_cite_it(bot: Bot, site: Site) -> None:
    site.pages["/xxgk/tzgg/xupu.html"] = Page(to_html(XUPU))
    url = site.url("/xxgk/tzgg/xupu.html")
    bot.api.message(100, f"请收录：{url} 谢谢")
    summary = await bot.api.wait_text(100, "已收录", timeout=30)
    assert "<b>溆浦县科学技术局党组</b>" in summary and "33个问题" in summary
    assert any("正在读取" in t for t in bot.api.texts(100))
    bot.api.message(100, "溆浦问题21整改了吗")
    reply = await bot.api.wait_text(100, "差旅费报销不规范")
    assert f'<a href="{url}">通报</a>' in reply


async def test_a_stub_page_with_the_pdf_attached_is_ingested(bot: Bot, site: Site) -> None:
    site.pages["/att/notice.pdf"] = Page(to_pdf(SHUOZHOU), "application/pdf")
    site.pages["/stub.html"] = Page(
        "<html><head><title>朔州市科学技术局党组关于巡察整改进展情况的通报</title></head><body>"
        '<h1>朔州市科学技术局党组关于巡察整改进展情况的通报</h1><p>附件：<a href="att/notice.pdf">通报全文.pdf</a></p>'
        "</body></html>".encode()
    )
    bot.api.message(100, site.url("/stub.html"))
    summary = await bot.api.wait_text(100, "已收录", timeout=30)
    assert "<b>朔州市科学技术局党组</b>" in summary and "33个问题" in summary


async def test_a_link_to_a_private_address_is_refused_with_the_reason(bot: Bot, site: Site) -> None:
    other = serve({"/n.html": Page(to_html(XUPU))}, host="127.0.0.2")
    try:
        bot.api.message(100, other.url("/n.html"))
        refusal = await bot.api.wait_text(100, "❌")
        assert "private or local address (127.0.0.2)" in refusal
        assert other.hits == {}  # never contacted
    finally:
        other.stop()


async def test_a_50_mb_page_is_refused_at_the_cap(bot: Bot, site: Site) -> None:
    site.pages["/huge.html"] = Page(stream_bytes=50 * 1024 * 1024)
    bot.api.message(100, site.url("/huge.html"))
    refusal = await bot.api.wait_text(100, "❌", timeout=30)
    assert "larger than the 1 MB limit" in refusal
    assert site.sent["/huge.html"] < 10 * 1024 * 1024  # dropped at the cap, not read to the end


async def test_only_admins_may_add_notices_by_link(bot: Bot, site: Site) -> None:
    site.pages["/n.html"] = Page(to_html(XUPU))
    bot.api.message(555, site.url("/n.html"))
    assert "只有管理员" in await bot.api.wait_text(555, "只有管理员")
    assert site.hits == {}


def test_the_stand_in_marks_links_like_telegram() -> None:
    api = FakeBotAPI().start()
    api.message(1, "看 http://a.example/x 和 https://b.example/y。")
    api.stop()
    entities = api.updates[-1]["message"]["entities"]
    assert [(e["type"], e["offset"], e["length"]) for e in entities] == [("url", 2, 18), ("url", 23, 19)]

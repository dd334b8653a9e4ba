"""Links sent to the bot: fetched from a local web site, stored, cited; unsafe or huge links refused."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from bot.config import FetchConfig
from tests.bombs import pdf_bomb
from tests.botapi import FakeBotAPI
from tests.conftest import SAMPLES
from tests.notice_files import to_html, to_pdf
from tests.web import Page, Site, serve

from .conftest import Bot, BotFactory, start, stop

XUPU = (SAMPLES / "000_a6a853e402721468.txt").read_text("utf-8")
SHUOZHOU = (SAMPLES / "003_4ec4d330bc6282d2.txt").read_text("utf-8")


@pytest.fixture
async def bot(bot_with: BotFactory) -> Bot:
    """The bot with 127.0.0.1 (the test site) allowed for links, and a 1 MB cap."""
    return await bot_with(FetchConfig(allowed_private_hosts=("127.0.0.1",)), admins=(100,), max_file_mb=1)


async def test_a_link_to_a_notice_page_is_stored_and_answers_cite_it(bot: Bot, site: Site) -> None:
    site.pages["/xxgk/tzgg/xupu.html"] = Page(to_html(XUPU))
    url = site.url("/xxgk/tzgg/xupu.html")
    bot.api.message(100, f"请收录：{url} 谢谢")
    summary = await bot.api.wait_text(100, "已收录", timeout=30)
    assert "<b>溆浦县科学技术局党组</b>" in summary and "33个问题" in summary
    assert any("正在读取" in t for t in bot.api.texts(100))
    bot.api.message(100, "溆浦问题21整改了吗")
    reply = await bot.api.wait_text(100, "差旅费报销不规范")
    assert f'<a href="{url}">2025-06-08 通报</a>' in reply  # the citation links the page


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
        assert "是内网或本机地址（127.0.0.2）" in refusal
        assert other.hits == {}  # never contacted
    finally:
        other.stop()


async def test_a_50_mb_page_is_refused_at_the_cap(bot: Bot, site: Site) -> None:
    site.pages["/huge.html"] = Page(stream_bytes=50 * 1024 * 1024)
    bot.api.message(100, site.url("/huge.html"))
    refusal = await bot.api.wait_text(100, "❌", timeout=30)
    assert "超过 1 MB 的上限" in refusal
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


def listing(entries: list[tuple[str, str]]) -> Page:
    """A site's 巡察整改 column: a list of dated titles linking to the notices, among other links."""
    items = "".join(f'<li><a href="{href}" title="{title}">{title}</a><span>2025-05-0{n}</span></li>'
                    for n, (title, href) in enumerate(entries, 1))  # fmt: skip
    return Page(
        '<html><head><meta charset="utf-8"><title>巡察整改_科学技术局</title></head><body>'
        '<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/xwzx/">新闻中心</a></div>'
        f'<ul class="list">{items}</ul><div class="page"><a href="index_1.html">下一页</a></div></body></html>'.encode()
    )


async def watch_a_listing_of_one_notice(bot: Bot, site: Site) -> None:
    """Chat 100 watches a listing of one notice of 朔州科技局 (item 1 still in progress); chat 200 subscribes."""
    earlier = SHUOZHOU.replace("整改结果:已完成整改。", "整改结果:正在推进。", 1)
    site.pages["/xcz/a.html"] = Page(to_html(earlier))
    site.pages["/xcz/index.html"] = listing([("朔州市科学技术局党组关于巡察整改进展情况的通报", "a.html")])
    bot.api.message(100, f"/watch {site.url('/xcz/index.html')}")
    assert "已关注" in await bot.api.wait_text(100, "收录了 1 份", timeout=30)  # what was listed already
    bot.api.message(200, "/subscribe 朔州科技局")
    await bot.api.wait_text(200, "已订阅")


def publish_a_second_notice(site: Site) -> None:
    """The listing gains the next notice of the same agency (item 1 now done), at the top."""
    site.pages["/xcz/b.html"] = Page(to_html(SHUOZHOU))
    site.pages["/xcz/index.html"] = listing(
        [("朔州市科学技术局党组关于巡察整改进展情况的通报（二）", "b.html"),
         ("朔州市科学技术局党组关于巡察整改进展情况的通报", "a.html")]
    )  # fmt: skip


async def test_a_watched_listing_that_gains_a_notice_tells_the_subscribed_chat_once(bot: Bot, site: Site) -> None:
    await watch_a_listing_of_one_notice(bot, site)
    publish_a_second_notice(site)
    await bot.app.job_queue.get_jobs_by_name("watch")[0].run(bot.app)  # not due yet: nothing fetched
    assert site.hits.get("/xcz/b.html") is None
    bot.clock.now += timedelta(hours=25)
    await bot.app.job_queue.get_jobs_by_name("watch")[0].run(bot.app)
    report = await bot.api.wait_text(200, "关注的网站发布了新通报", timeout=30)
    assert "<b>朔州市科学技术局党组</b>" in report and site.url("/xcz/b.html") in report
    assert "与上一份通报相比" in report and "正在推进 → 已完成" in report

    await stop(bot.app)  # a restart, and the next day's check: nothing new, nothing repeated
    bot.clock.now += timedelta(hours=25)
    bot.app = await start(bot.api, bot.config, bot.clock)
    await bot.app.job_queue.get_jobs_by_name("watch")[0].run(bot.app)
    await asyncio.sleep(0.3)
    assert sum("关注的网站发布了新通报" in t for t in bot.api.texts(200)) == 1
    assert not any("关注的网站发布了新通报" in t for t in bot.api.texts(100))  # 100 is not subscribed
    assert site.hits["/xcz/b.html"] == 1 and site.hits["/xcz/a.html"] == 1  # each notice fetched once
    assert bot.store.stats()["notices"] == 2
    bot.api.message(100, "/watch")
    assert "✓" in await bot.api.wait_text(100, "<b>关注的网站</b>")


async def test_a_watched_site_reports_to_each_chat_in_its_language(bot: Bot, site: Site) -> None:
    earlier = SHUOZHOU.replace("整改结果:已完成整改。", "整改结果:正在推进。", 1)
    site.pages["/xcz/a.html"] = Page(to_html(earlier))
    site.pages["/xcz/index.html"] = listing([("朔州市科学技术局党组关于巡察整改进展情况的通报", "a.html")])
    bot.api.message(100, f"/watch {site.url('/xcz/index.html')}")
    await bot.api.wait_text(100, "已关注", timeout=30)
    bot.api.message(200, "/subscribe 朔州科技局", lang="en")
    await bot.api.wait_text(200, "Subscribed")
    bot.api.message(300, "/subscribe 朔州科技局", lang="zh-hans")
    await bot.api.wait_text(300, "已订阅")

    site.pages["/xcz/b.html"] = Page(to_html(SHUOZHOU))
    site.pages["/xcz/index.html"] = listing(
        [("朔州市科学技术局党组关于巡察整改进展情况的通报（二）", "b.html"),
         ("朔州市科学技术局党组关于巡察整改进展情况的通报", "a.html")]
    )  # fmt: skip
    bot.clock.now += timedelta(hours=25)
    await bot.app.job_queue.get_jobs_by_name("watch")[0].run(bot.app)
    english = await bot.api.wait_text(200, "A watched site published a notice:", timeout=30)
    assert "Stored the notice of <b>朔州市科学技术局党组</b>" in english and "in progress → done" in english
    chinese = await bot.api.wait_text(300, "关注的网站发布了新通报：", timeout=30)
    assert "已收录 <b>朔州市科学技术局党组</b> 的通报" in chinese and "正在推进 → 已完成" in chinese
    bot.api.message(200, "/watch", lang="en")
    assert "✓" in await bot.api.wait_text(200, "<b>Watched sites</b>")


@pytest.mark.parametrize(
    ("lang", "added", "failed"),
    [(None, "已关注", "关注的网站连续 3 次无法读取"), ("en", "Watching", "The watched site failed 3 checks in a row")],
)
async def test_a_failing_watched_site_is_reported_to_its_admin_once_in_their_language(
    bot: Bot, site: Site, lang: str | None, added: str, failed: str
) -> None:
    site.pages["/col/index.html"] = listing([])
    tick = bot.app.job_queue.get_jobs_by_name("watch")[0]  # paused by the fixture: driven by hand
    bot.api.message(100, f"/watch {site.url('/col/index.html')}", lang=lang)
    await bot.api.wait_text(100, added, timeout=30)
    other = serve({"/ok.html": listing([])})
    try:
        bot.api.message(100, f"/watch {other.url('/ok.html')}", lang=lang)
        await bot.api.wait_for(lambda: sum(added in t for t in bot.api.texts(100)) == 2)
        del site.pages["/col/index.html"]  # the site's column goes away: 404 from now on
        for _ in range(5):  # backing off: each check is planned further ahead
            bot.clock.now += timedelta(days=8)
            await tick.run(bot.app)
        await asyncio.sleep(0.3)
        warnings = [t for t in bot.api.texts(100) if failed in t]
        assert len(warnings) == 1 and "404" in warnings[0]
        assert other.hits["/ok.html"] == 6  # the healthy site was checked every time all the same
    finally:
        other.stop()


async def test_a_linked_file_is_read_in_a_reader_process_within_its_memory_limit(bot: Bot, site: Site) -> None:
    site.pages["/att/bomb.pdf"] = Page(pdf_bomb(600), "application/pdf")  # 0.9 MB inflating past 512 MB
    bot.api.message(100, site.url("/att/bomb.pdf"))
    assert "需要超过 512 MB 内存" in await bot.api.wait_text(100, "bomb.pdf 读取时", timeout=30)
    site.pages["/xupu.html"] = Page(to_html(XUPU))  # and links are still read afterwards
    bot.api.message(100, site.url("/xupu.html"))
    assert "<b>溆浦县科学技术局党组</b>" in await bot.api.wait_text(100, "已收录", timeout=30)

"""Small cases a user meets: a long private question, an agency stored after the first question."""

from __future__ import annotations

from tests.conftest import SAMPLES
from tests.web import serve

from .conftest import Bot

SHUOZHOU = (SAMPLES / "003_4ec4d330bc6282d2.txt").read_text("utf-8")
TIANCHANG = (SAMPLES / "001_686cb75796c8888e.txt").read_text("utf-8")


async def test_a_4096_character_private_question_is_answered(bot: Bot) -> None:
    bot.api.document(100, "朔州.txt", SHUOZHOU.encode())
    await bot.api.wait_text(100, "已收录")
    question = "朔州还有哪些问题没整改完？" + "请帮我看看。" * 700
    bot.api.message(100, question[:4096])
    await bot.api.wait_text(100, "还没整改完的问题", timeout=15)


async def test_an_agency_stored_after_the_first_question_is_found(bot: Bot) -> None:
    bot.api.document(100, "朔州.txt", SHUOZHOU.encode())
    await bot.api.wait_text(100, "已收录")
    bot.api.message(100, "朔州还有哪些问题没整改完")
    await bot.api.wait_text(100, "还没整改完的问题")
    bot.api.document(100, "天长.txt", TIANCHANG.encode())
    await bot.api.wait_text(100, "已收录 <b>天长")
    bot.api.message(100, "天长有多少个问题")
    reply = await bot.api.wait_text(100, "天长市科学技术局党组", timeout=15)
    assert "朔州" not in reply


async def test_a_message_of_100_links_gets_replies_under_telegrams_limit_escaped_once(bot: Bot) -> None:
    site = serve({})  # (links to this machine are refused at once here: no fetch waits)
    try:
        links = [site.url(f"/n{i:03d}.html?page=1&amp=x&id={i:03d}") for i in range(100)]
        bot.api.message(100, "\n".join(links))
        await bot.api.wait_for(lambda: sum("未读取" in t for t in bot.api.texts(100)) == 5, timeout=30)
        rest = await bot.api.wait_text(100, "/n005.html", timeout=15)
    finally:
        site.stop()
    call = next(c for c in bot.api.sent("sendMessage", 100) if "/n005.html" in str(c.params["text"]))
    assert call.params["parse_mode"] == "HTML" and len(rest) <= 4096
    assert "/n005.html?page=1&amp;amp=x&amp;id=005" in rest  # & escaped once: the reader sees &amp=x
    assert "&amp;amp;" not in rest
    assert call.params.get("reply_markup")  # the rest of the links on further pages

"""Small cases a user meets: a long private question, an agency stored after the first question."""

from __future__ import annotations

from tests.conftest import SAMPLES

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

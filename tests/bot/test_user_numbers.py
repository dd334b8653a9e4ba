"""Numbers from users are ASCII digits in range: '²' (a digit to str.isdigit, not to int) is no number,
in a command, a question or a button, and never an error."""

from __future__ import annotations

import asyncio
import logging

import pytest

from tests.conftest import SAMPLES

from .conftest import Bot

SHUOZHOU = (SAMPLES / "003_4ec4d330bc6282d2.txt").read_text("utf-8")


async def test_superscript_digits_are_no_numbers_and_no_errors(bot: Bot, caplog: pytest.LogCaptureFixture) -> None:
    bot.api.document(100, "朔州.txt", SHUOZHOU.encode())
    await bot.api.wait_text(100, "已收录")
    bot.api.message(100, "/subscribe 朔州")
    await bot.api.wait_text(100, "已订阅")
    with caplog.at_level(logging.ERROR):
        bot.api.message(100, "/undo ²")
        assert "没有可撤销的通报" in await bot.api.wait_text(100, "撤销")
        bot.api.message(100, "/watch remove ²")
        assert "没有这个关注：²" in await bot.api.wait_text(100, "没有这个关注")
        bot.api.message(100, "朔州第²项整改了吗")
        bot.api.press(100, "uns:²:100")  # a forged press with a superscript index
        bot.api.press(100, f"uns:{'9' * 5000}:100")  # and one with 5,000 digits
        await asyncio.sleep(1.0)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], caplog.text
    assert not any("出错" in t for t in bot.api.texts(100))
    assert bot.store.stats()["notices"] == 1
    assert bot.subscriptions.of_chat(100)  # still subscribed

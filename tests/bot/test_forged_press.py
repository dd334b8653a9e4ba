"""A forged button press (callback data that is not among the buttons on the message pressed, as a modified
client can send) is answered "no longer valid", changes nothing, and leaves the real button working."""

from __future__ import annotations

import pytest

from .conftest import Bot
from .test_buttons import alerts, keyboard, message_with
from .test_telegram import ingest_samples

QUESTION = "科技局还有哪些问题没整改完"  # four agencies match: the bot offers a choice


@pytest.mark.parametrize(("lang", "says"), [(None, "这个按钮已失效。"), ("en", "This button is no longer valid.")])
async def test_a_forged_choice_is_refused_and_the_real_one_still_answers(bot: Bot, lang: str | None, says: str) -> None:
    await ingest_samples(bot)
    bot.api.message(100, QUESTION, lang=lang)
    choices = await message_with(bot, 100, "请说明是哪一个")  # a Chinese question gets a Chinese reply
    shuozhou = next(b for b in keyboard(choices) if b["text"] == "朔州市科学技术局党组")["callback_data"]
    key, _, agency = shuozhou.rpartition(":")
    sent = len(bot.api.sent("sendMessage", 100))
    bot.api.press(100, f"{key}:{int(agency) + 1000}", forged=True, lang=lang)  # the real key, an agency not offered
    [alert] = await alerts(bot, 1)
    assert alert.params["text"] == says
    assert len(bot.api.sent("sendMessage", 100)) == sent and not bot.api.sent("editMessageReplyMarkup")
    bot.api.press(100, shuozhou, lang=lang)  # the real button was not used up by the forgery
    assert "存在人员混岗问题" in await bot.api.wait_text(100, "<b>朔州市科学技术局党组</b>")


async def test_a_button_pressed_on_another_message_is_refused(bot: Bot) -> None:
    await ingest_samples(bot)
    bot.api.message(100, QUESTION)
    first = await message_with(bot, 100, "请说明是哪一个")
    bot.api.message(100, "/help")
    bot.api.message(100, QUESTION)
    await bot.api.wait_for(lambda: sum("请说明是哪一个" in t for t in bot.api.texts(100)) == 2)
    shuozhou = next(b for b in keyboard(first) if b["text"] == "朔州市科学技术局党组")["callback_data"]
    sent = len(bot.api.sent("sendMessage", 100))
    bot.api.press(100, shuozhou, forged=True)  # the first message's button, sent from the second message
    [alert] = await alerts(bot, 1)
    assert alert.params["text"] == "这个按钮已失效。"
    assert len(bot.api.sent("sendMessage", 100)) == sent and not bot.api.sent("editMessageReplyMarkup")
    bot.api.press(100, shuozhou)  # on its own message it works
    assert "存在人员混岗问题" in await bot.api.wait_text(100, "<b>朔州市科学技术局党组</b>")

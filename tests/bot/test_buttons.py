"""Inline buttons: they work after a restart, say so when stale, and answer only the person they were shown to."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from tests.botapi import Call

from .conftest import Bot, start, stop
from .test_telegram import XUPU, ingest_samples, many_open_problems


def keyboard(call: Call) -> list[dict[str, Any]]:
    """The buttons under a message, row after row."""
    return [button for row in call.params["reply_markup"]["inline_keyboard"] for button in row]


async def message_with(bot: Bot, chat: int, fragment: str, method: str = "sendMessage") -> Call:
    """The first message the bot sent (or edited) in `chat` whose text holds `fragment`."""
    return await bot.api.wait_for(
        lambda: next((c for c in bot.api.sent(method, chat) if fragment in c.params["text"]), None)
    )


async def alerts(bot: Bot, count: int) -> list[Call]:
    """The first `count` answers to button presses that showed an alert."""
    return await bot.api.wait_for(
        lambda: (
            len(found := [c for c in bot.api.sent("answerCallbackQuery") if c.params.get("show_alert")]) >= count
            and found
        )
    )


async def restart(bot: Bot) -> None:
    """A new process over the same database (nothing kept in memory survives)."""
    await stop(bot.app)
    bot.app = await start(bot.api, bot.config, bot.clock)


async def long_answer(bot: Bot) -> Call:
    """A question whose answer is too long for one message: the first page, with ◀ ▶ buttons."""
    bot.api.document(100, "funing.txt", many_open_problems().encode())
    await bot.api.wait_text(100, "已收录")
    bot.api.message(100, "阜宁县发改局还有哪些问题没整改完")
    return await bot.api.wait_for(
        lambda: next((c for c in bot.api.sent("sendMessage", 100) if "pg:" in str(c.params.get("reply_markup"))), None)
    )


async def test_a_page_button_works_after_a_restart(bot: Bot) -> None:
    first = await long_answer(bot)
    await restart(bot)
    before = len(bot.api.sent("editMessageText", 100))
    bot.api.press(100, next(b for b in keyboard(first) if b["text"] == "▶")["callback_data"], message_id=5)
    [edit] = await bot.api.wait_for(lambda: bot.api.sent("editMessageText", 100)[before:])
    assert "第30项" in edit.params["text"] and "第30项" not in first.params["text"]  # the second page
    assert [b["text"] for b in keyboard(edit)] == ["◀", "2/2"]


async def test_a_choice_works_after_a_restart_and_only_once(bot: Bot) -> None:
    await ingest_samples(bot)
    bot.api.message(100, "科技局还有哪些问题没整改完")
    choices = await message_with(bot, 100, "请说明是哪一个")
    await restart(bot)
    shuozhou = next(b for b in keyboard(choices) if b["text"] == "朔州市科学技术局党组")
    bot.api.press(100, shuozhou["callback_data"])
    assert "<b>朔州市科学技术局党组</b> 还没整改完的问题" in await bot.api.wait_text(100, "存在人员混岗问题")
    assert bot.api.sent("editMessageReplyMarkup", 100)[0].params.get("reply_markup") in (None, "")  # keyboard gone
    bot.api.press(100, shuozhou["callback_data"])  # a second press (a slow client): the choice is made
    assert "已过期" in (await alerts(bot, 1))[0].params["text"]


async def test_a_pasted_notice_and_its_store_anyway_survive_restarts(bot: Bot) -> None:
    bot.api.message(100, XUPU[:3900])  # cut off: it will be held for a confirmation
    offer = await message_with(bot, 100, "要收录吗")
    await restart(bot)
    bot.api.press(100, keyboard(offer)[0]["callback_data"])
    held = await message_with(bot, 100, "尚未收录", "editMessageText")
    await restart(bot)
    bot.api.press(100, keyboard(held)[0]["callback_data"])
    summary = await bot.api.wait_text(100, "已收录")
    assert "溆浦县科学技术局党组" in summary and bot.store.stats()["notices"] == 1


@pytest.mark.parametrize(
    ("stale", "lang", "says"),
    [
        ("forged", None, "这个按钮已过期，请重新提问。"),
        ("forged", "en", "This button has expired; ask again."),
        ("days later", None, "这个按钮已过期"),
        ("from another chat", None, "这个按钮已过期"),
    ],
)
async def test_a_stale_page_button_says_it_expired(bot: Bot, stale: str, lang: str | None, says: str) -> None:
    first = await long_answer(bot)
    data, chat = next(b for b in keyboard(first) if b["text"] == "▶")["callback_data"], 100
    edits = len(bot.api.sent("editMessageText"))
    if stale == "forged":
        data = "pg:AAAAAAAAAAAA:1"
    elif stale == "days later":
        bot.clock.now += timedelta(days=4)
    else:
        chat = 200  # the same callback data pressed in a chat it was never shown in
    bot.api.press(chat, data, lang=lang)
    [alert] = await alerts(bot, 1)
    assert alert.params["text"] == says or (lang is None and alert.params["text"].startswith(says))
    assert len(bot.api.sent("editMessageText")) == edits  # no page turned


async def test_another_members_press_is_refused_in_a_group(bot: Bot) -> None:
    await ingest_samples(bot)
    bot.api.message(-500, "/ask 科技局还有哪些问题没整改完", chat_type="group", user_id=7)
    choices = await message_with(bot, -500, "请说明是哪一个")
    data = next(b for b in keyboard(choices) if b["text"] == "朔州市科学技术局党组")["callback_data"]
    bot.api.press(-500, data, user_id=8, chat_type="group")
    [alert] = await alerts(bot, 1)
    assert alert.params["text"] == "这个按钮只对提问的人有效。"
    assert not bot.api.sent("editMessageReplyMarkup") and not any("存在人员混岗问题" in t for t in bot.api.texts(-500))
    bot.api.press(-500, data, user_id=7, chat_type="group")  # the asker's own press still works
    assert "<b>朔州市科学技术局党组</b>" in await bot.api.wait_text(-500, "存在人员混岗问题")


async def test_subscription_buttons_answer_only_the_admin_who_asked(bot: Bot) -> None:
    await ingest_samples(bot)
    bot.api.message(-500, "/subscribe 科技局", chat_type="group", user_id=100)  # 100 is one of the bot's admins
    choices = await message_with(bot, -500, "请选择")
    data = next(b for b in keyboard(choices) if b["text"] == "朔州市科学技术局党组")["callback_data"]
    bot.api.press(-500, data, user_id=8, chat_type="group")
    assert (await alerts(bot, 1))[0].params["text"] == "这个按钮只对提问的人有效。"
    subscriptions = bot.subscriptions
    assert subscriptions.of_chat(-500) == []
    bot.api.press(-500, data, user_id=100, chat_type="group")
    await bot.api.wait_text(-500, "已订阅 <b>朔州市科学技术局党组</b>")
    assert bot.api.sent("editMessageReplyMarkup", -500)[0].params.get("reply_markup") in (None, "")  # keyboard gone
    bot.api.message(-500, "/unsubscribe", chat_type="group", user_id=100)
    which = await message_with(bot, -500, "取消哪个订阅")
    bot.api.press(-500, keyboard(which)[-1]["callback_data"], user_id=8, chat_type="group")  # "all", by another
    await alerts(bot, 2)
    assert [s.target for s in subscriptions.of_chat(-500)] == ["朔州市科学技术局党组"]
    bot.api.press(-500, keyboard(which)[-1]["callback_data"], user_id=100, chat_type="group")
    await bot.api.wait_text(-500, "已取消：朔州市科学技术局党组")
    assert subscriptions.of_chat(-500) == []


async def test_a_forged_subscription_button_changes_nothing_for_a_group_member(bot: Bot) -> None:
    await ingest_samples(bot)
    bot.api.message(-500, "/subscribe 朔州科技局", chat_type="group", user_id=100)  # a bot admin subscribes
    await bot.api.wait_text(-500, "已订阅")
    subscriptions = bot.subscriptions
    bot.api.press(-500, "uns:all:8", user_id=8, chat_type="group")  # a member forges a button naming himself
    [alert] = await alerts(bot, 1)
    assert alert.params["text"] == "抱歉，只有群管理员可以更改本群的订阅和提醒。" and alert.params["show_alert"] is True
    assert [s.target for s in subscriptions.of_chat(-500)] == ["朔州市科学技术局党组"]

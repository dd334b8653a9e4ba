"""A chat's settings sent together are all kept, and /remind refuses what it cannot schedule exactly."""

from __future__ import annotations

import pytest

from .conftest import Bot


async def test_three_remind_settings_in_one_batch_are_all_kept(bot: Bot) -> None:
    commands = ["/remind tz UTC", "/remind quiet 23:00-07:00", "/remind weekdays 8:30"]
    with bot.api._cond:  # all three wait in the queue: the bot takes them in one getUpdates batch
        for command in commands:
            bot.api.message(100, command, lang="en")
    await bot.api.wait_for(lambda: len(bot.api.texts(100)) >= 3)
    schedule = bot.subscriptions.chat(100)
    assert (schedule.timezone, schedule.quiet_hours) == ("UTC", "23:00-07:00")
    assert (schedule.frequency, schedule.time) == ("workdays", "08:30")
    bot.api.message(100, "/subscriptions", lang="en")
    listed = await bot.api.wait_text(100, "08:30")
    assert "UTC" in listed and "23:00-07:00" in listed


@pytest.mark.parametrize(
    "words",
    ["every other tuesday", "every 2 weeks 9:00", "biweekly", "monthly 9am", "隔周周二", "每两周一次", "每月1号"],
)
async def test_remind_refuses_what_is_not_daily_workdays_or_weekly(bot: Bot, words: str) -> None:
    bot.api.message(100, f"/remind {words}", lang="zh" if words[0] > "~" else "en")
    reply = await bot.api.wait_for(lambda: bot.api.texts(100))
    assert reply[0].startswith(("I can remind", "我只能")), reply
    assert bot.subscriptions.chat(100).frequency == "daily"

"""Reminders and watch reports are delivered once: a slow Telegram is waited for, not sent to again, and
a bot killed at any point sends on restart what it owed, nothing twice but the one message in flight."""

from __future__ import annotations

import asyncio
import random
import sqlite3
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

from notices import parse_bytes
from store import Store, open_database
from store.subscriptions import Subscriptions
from store.watches import Watches
from tests.botapi import FakeBotAPI
from tests.conftest import SAMPLES

from .conftest import Bot
from .test_bounds import start_bot
from .test_telegram import ingest_samples


async def test_a_slow_send_is_waited_for_and_not_sent_again(bot: Bot) -> None:
    await ingest_samples(bot)
    bot.api.message(300, "/subscribe 朔州")
    await bot.api.wait_text(300, "已订阅")
    bot.clock.now += timedelta(hours=1)
    bot.api.latency = 7.0  # Telegram answers after 7 s (the Bot API client gives up on a read after 5 s)
    try:
        await bot.app.job_queue.get_jobs_by_name("remind:300")[0].run(bot.app)
    finally:
        bot.api.latency = 0.0
    for job in bot.app.job_queue.get_jobs_by_name("remind:300"):  # a retry, were one planned, runs now
        await job.run(bot.app)
    await asyncio.sleep(0.5)
    assert sum("整改提醒" in t for t in bot.api.texts(300)) == 1


CHATS = range(1001, 1051)  # 50 chats, each owed a reminder and a watch report: 100 messages
KILLS = 3  # each start-up costs seconds of the suite; three random kills show what five did


def owe_100_messages(db_path: Path) -> None:
    """50 chats subscribed to 朔州 with a reminder due, and a watch report owed to each (as a check queues)."""
    db = open_database(db_path)
    store, subscriptions, watches = Store(db), Subscriptions(db), Watches(db)
    sample = SAMPLES / "003_4ec4d330bc6282d2.txt"
    long_ago = datetime(2026, 1, 1, tzinfo=UTC)
    result = store.ingest(parse_bytes(sample.read_bytes(), sample.name), sample.name, now=long_ago)
    for chat in CHATS:
        subscriptions.ensure_chat(chat, timezone="Asia/Shanghai", time="09:00", quiet_hours="", now=long_ago)
        subscriptions.subscribe(chat, result.agency, "agency", long_ago)
        watches.queue(chat, f"notice:{result.notice_id}:chat:{chat}", f"监测报告 {chat}", long_ago)
    db.close()


async def test_kill_9_at_random_points_delivers_everything_and_repeats_at_most_the_one_in_flight(
    tmp_path: Path,
) -> None:
    owe_100_messages(tmp_path / "bot.db")
    api = FakeBotAPI().start()
    # A far-away Telegram for the sends (the start-up's calls answer at once: six start-ups would wait on
    # them for nothing): a send takes several times what the bot does between two, so a kill nearly always
    # strikes with a message in flight, and sends overlap unless they are made one at a time.
    api.latencies["sendMessage"] = 0.05
    rng = random.Random(20)
    kills = 0
    try:
        for _ in range(KILLS):
            before = len(api.sent("sendMessage"))
            bot = start_bot(api, tmp_path)
            await api.wait_for(lambda n=before: len(api.sent("sendMessage")) > n, timeout=60)  # delivering now
            await asyncio.sleep(rng.uniform(0.0, 0.75))  # somewhere in the next 15 sends
            bot.kill()  # kill -9, at a random point of the delivery
            bot.communicate(timeout=30)
            kills += 1
        bot = start_bot(api, tmp_path)
        try:
            deadline = time.monotonic() + 90
            while time.monotonic() < deadline and len(delivered(api)) < 100:
                await asyncio.sleep(0.05)
        finally:
            bot.terminate()
            bot.communicate(timeout=30)
    finally:
        api.stop()
    counts = Counter(delivered(api))
    assert set(counts) == {(c, kind) for c in CHATS for kind in ("reminder", "report")}  # every message
    # Each kill can cost at most one extra copy: the message in flight when it struck (under load the same
    # message may be in flight at two kills in a row, and is then sent three times for two kills).
    repeated = {key: n for key, n in counts.items() if n > 1}
    assert sum(n - 1 for n in repeated.values()) <= kills, repeated
    with sqlite3.connect(tmp_path / "bot.db") as conn:
        assert conn.execute("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL").fetchone()[0] == 0


def delivered(api: FakeBotAPI) -> list[tuple[int, str]]:
    """(chat, reminder|report) for every message Telegram took."""
    out = []
    for call in api.sent("sendMessage"):
        text = str(call.params.get("text"))
        if call.status == 200 and call.params.get("chat_id") in CHATS:
            out.append((int(call.params["chat_id"]), "report" if text.startswith("监测报告") else "reminder"))
    return out

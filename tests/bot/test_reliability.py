"""The bot under hostile files, failing sends, other processes and group members: what users see."""

from __future__ import annotations

import asyncio
import io
import logging
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.logs import setup_logging
from store import open_database
from tests.bombs import docx_bomb, pdf_bomb
from tests.botapi import TOKEN, FakeBotAPI
from tests.conftest import SAMPLES
from tests.notice_files import to_docx

from .conftest import Bot, free_port

TIANCHANG = (SAMPLES / "001_686cb75796c8888e.txt").read_text("utf-8")
SHUOZHOU = (SAMPLES / "003_4ec4d330bc6282d2.txt").read_text("utf-8")
GROUP = -1001


def offers(bot: Bot, chat: int) -> list[str]:
    return [
        c.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
        for c in bot.api.sent("sendMessage", chat)
        if "要收录吗" in c.params["text"]
    ]


async def test_bombs_are_refused_while_another_chat_is_answered(bot: Bot) -> None:
    bot.api.document(100, "朔州.docx", to_docx(SHUOZHOU))
    await bot.api.wait_text(100, "已收录")
    bot.api.document(1, "bomb.pdf", pdf_bomb(600))  # inflates past the reader's 512 MB
    bot.api.document(1, "bomb.docx", docx_bomb(SHUOZHOU, 300))
    await bot.api.wait_for(lambda: any("正在读取 bomb.pdf" in t for t in bot.api.texts(1)))
    bot.api.message(100, "朔州还有哪些问题没整改完")
    await bot.api.wait_text(100, "还没整改完的问题")
    # answered while the PDF bomb is still being read (its 600 MB take ten times longer than an answer): an order
    # of events, not a time, so a loaded machine slows both sides alike
    assert not any("bomb.pdf 读取时" in t for t in bot.api.texts(1))
    assert "需要超过 512 MB 内存" in await bot.api.wait_text(1, "bomb.pdf 读取时", timeout=30)
    assert "解压后超过 256 MB" in await bot.api.wait_text(1, "bomb.docx 解压后", timeout=30)
    bot.api.document(1, "天长.txt", TIANCHANG.encode())  # and the readers still work afterwards
    assert "天长市科学技术局党组" in await bot.api.wait_text(1, "已收录 <b>天长")


async def test_a_file_larger_than_declared_is_cut_off_while_streaming(bot: Bot) -> None:
    big = b"x" * (3 * 1024 * 1024)  # the limit in these tests is 1 MB
    bot.api.document(100, "small.txt", big, size=1000)  # declared small in the message and by getFile
    assert "文件太大" in await bot.api.wait_text(100, "文件太大")
    bot.api.document(100, "unknown.txt", big, size=0)  # no size declared at all
    await bot.api.wait_for(lambda: sum("文件太大" in t for t in bot.api.texts(100)) == 2)
    assert bot.store.stats()["notices"] == 0


async def test_a_split_paste_is_joined_and_offered_once(bot: Bot) -> None:
    parts = [TIANCHANG[i : i + 4096] for i in range(0, len(TIANCHANG), 4096)]  # as Telegram splits it
    assert len(parts) == 3
    for part in parts:
        bot.api.message(100, part)
    await bot.api.wait_for(lambda: offers(bot, 100))
    await asyncio.sleep(0.3)
    assert len(offers(bot, 100)) == 1
    bot.api.press(100, offers(bot, 100)[0])
    assert "28个问题" in await bot.api.wait_text(100, "已收录")


async def test_half_a_paste_is_held_and_undo_restores_the_notice(bot: Bot) -> None:
    bot.api.document(100, "天长.txt", TIANCHANG.encode())
    await bot.api.wait_text(100, "已收录")
    bot.api.message(100, TIANCHANG[:4096])  # only the first part arrives
    # the offer waits on a parse, which a loaded machine (xdist workers beside other work) can stretch past 10 s
    await bot.api.wait_for(lambda: offers(bot, 100), timeout=30)
    bot.api.press(100, offers(bot, 100)[0])
    held = await bot.api.wait_text(100, "尚未收录")
    assert "同一日期的当前通报列出28个" in held and "12个问题将不再列出" in held
    assert "17 市科技局未制订工程管理相关制度" in held
    store = bot.store
    assert store.count_items([]) == 28
    button = next(c for c in bot.api.calls if c.method == "editMessageText" and "尚未收录" in c.params["text"])
    bot.api.press(100, button.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"])
    await bot.api.wait_text(100, "与上一份通报相比")
    assert store.count_items([]) == 16
    bot.api.message(555, "/undo", user_id=555)  # not an admin
    assert "只有管理员可以撤销" in await bot.api.wait_text(555, "撤销")
    bot.api.message(100, "/undo")
    assert "16个问题" in await bot.api.wait_text(100, "已撤销")
    assert store.count_items([]) == 28


async def test_the_pdf_after_the_docx_and_an_older_notice_later(bot: Bot) -> None:
    later = SHUOZHOU + "\n2025年12月1日\n"
    bot.api.document(100, "朔州-12月.docx", to_docx(later))
    await bot.api.wait_text(100, "已收录")
    from tests.notice_files import to_pdf

    bot.api.document(100, "朔州-12月.pdf", to_pdf(later))
    assert "已经收录过了" in await bot.api.wait_text(100, "已经收录过了", timeout=30)
    bot.api.document(100, "朔州-早.txt", (SHUOZHOU + "\n2025年6月1日\n").encode())
    assert "作为历史记录保存" in await bot.api.wait_text(100, "历史记录")
    store = bot.store
    assert store.stats()["notices"] == 2 and store.stats()["current_notices"] == 1
    bot.api.message(100, "朔州还有哪些问题没整改完")  # from the December notice, the current one
    assert "2025-12-01" in await bot.api.wait_text(100, "还没整改完的问题")


async def test_a_notice_ingested_by_the_cli_is_answered_at_once(bot: Bot) -> None:
    bot.api.message(100, "/agencies")
    await bot.api.wait_for(lambda: len(bot.api.texts(100)) == 1)
    run = subprocess.run(
        [sys.executable, "-m", "bot.cli", "ingest", str(SAMPLES / "003_4ec4d330bc6282d2.txt"), "--db", bot.config.db],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    bot.api.message(100, "朔州还有哪些问题没整改完")
    assert "存在人员混岗问题" in await bot.api.wait_text(100, "还没整改完的问题")
    bot.api.message(200, "/subscribe 朔州科技局")
    assert "朔州市科学技术局党组" in await bot.api.wait_text(200, "已订阅")


async def test_a_write_lock_held_by_another_process_does_not_stall_questions(bot: Bot) -> None:
    bot.api.document(100, "朔州.txt", SHUOZHOU.encode())
    await bot.api.wait_text(100, "已收录")
    import sqlite3

    other = sqlite3.connect(bot.config.db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process in the middle of a long write
    try:
        bot.api.message(200, "/subscribe 朔州科技局")  # a write: waits for the lock, on the database thread
        await asyncio.sleep(0.2)
        bot.api.message(300, "/help")
        await bot.api.wait_for(lambda: bot.api.texts(300))
        assert not bot.api.texts(200)  # the event loop kept serving while the write waits for the lock
    finally:
        other.execute("COMMIT")
        other.close()
    assert "已订阅" in await bot.api.wait_text(200, "已订阅")


async def run_due_jobs(bot: Bot, chat: int, hours: float) -> None:
    """Move the bot's clock through `hours` a minute at a time, running the chat's job whenever it is due."""
    real_start, fake_start = datetime.now(UTC), bot.clock.now
    for _ in range(int(hours * 60)):
        bot.clock.now += timedelta(minutes=1)
        for job in bot.app.job_queue.get_jobs_by_name(f"remind:{chat}"):
            if job.next_t is not None and job.next_t <= real_start + (bot.clock.now - fake_start):
                await job.run(bot.app)


@pytest.mark.parametrize(
    ("status", "description", "most", "paused"),
    [
        (400, "Bad Request: chat not found", 1, True),
        (403, "Forbidden: bot was kicked from the group chat", 1, True),
        (500, "Internal Server Error", 6, False),
        (400, "Bad Request: message is too long", 6, False),
    ],
)
async def test_a_failing_reminder_is_sent_a_handful_of_times_an_hour(
    bot: Bot, caplog: pytest.LogCaptureFixture, status: int, description: str, most: int, paused: bool
) -> None:
    bot.api.document(200, "朔州.txt", SHUOZHOU.encode(), user_id=100)
    await bot.api.wait_text(200, "已收录")
    bot.api.message(200, "/subscribe 朔州科技局")
    await bot.api.wait_text(200, "已订阅")
    bot.api.fail("sendMessage", status, description=description, times=1000)
    with caplog.at_level(logging.INFO):
        await run_due_jobs(bot, 200, hours=1.5)  # 08:00 → 09:30 Shanghai: the 09:00 reminder
    tries = [c for c in bot.api.sent("sendMessage", 200) if c.status == status]
    assert 1 <= len(tries) <= most
    assert bot.subscriptions.chat(200).paused is paused
    failures = [r for r in caplog.records if "chat 200" in r.getMessage() and r.levelno >= logging.WARNING]
    assert len(failures) <= 2 and not any(r.exc_info for r in caplog.records if "chat 200" in r.getMessage())


async def test_only_group_admins_change_the_groups_subscriptions(bot: Bot) -> None:
    bot.api.document(100, "朔州.txt", SHUOZHOU.encode())
    await bot.api.wait_text(100, "已收录")
    bot.api.group_admins[GROUP] = {42}
    bot.api.message(GROUP, "/subscribe 朔州科技局", user_id=7, chat_type="supergroup")
    assert "只有群管理员" in await bot.api.wait_text(GROUP, "只有群管理员")
    bot.api.message(GROUP, "/remind daily 07:00", user_id=7, chat_type="supergroup")
    await bot.api.wait_for(lambda: sum("只有群管理员" in t for t in bot.api.texts(GROUP)) == 2)
    subs = bot.subscriptions
    assert subs.of_chat(GROUP) == [] and subs.chat(GROUP) is None
    bot.api.message(GROUP, "/subscribe 朔州科技局", user_id=42, chat_type="supergroup")  # a group admin
    assert "朔州市科学技术局党组" in await bot.api.wait_text(GROUP, "已订阅")
    bot.api.message(GROUP, "/unsubscribe 朔州", user_id=100, chat_type="supergroup")  # the bot's admin
    assert "已取消" in await bot.api.wait_text(GROUP, "已取消")


async def test_files_from_group_members_are_ignored_unless_the_bot_is_asked(bot: Bot) -> None:
    bot.api.document(GROUP, "a.txt", SHUOZHOU.encode(), user_id=7, chat_type="supergroup")
    bot.api.document(GROUP, "b.txt", SHUOZHOU.encode(), user_id=7, chat_type="supergroup",
                     caption="@rectibot_test_bot 收录")  # fmt: skip
    assert "只有管理员可以添加通报" in await bot.api.wait_text(GROUP, "管理员")
    await asyncio.sleep(0.3)
    assert len(bot.api.texts(GROUP)) == 1 and bot.api.sent("getFile") == []
    bot.api.document(GROUP, "c.txt", SHUOZHOU.encode(), user_id=100, chat_type="supergroup")  # the bot's admin
    assert "朔州市科学技术局党组" in await bot.api.wait_text(GROUP, "已收录")


# --- the token ------------------------------------------------------------------------------------------
def run_bot(api: FakeBotAPI, tmp_path: Path, base_url: str | None = None) -> subprocess.CompletedProcess[str]:
    open_database(tmp_path / "bot.db").close()  # `run` serves an existing ledger; it never creates one
    config = tmp_path / "config.toml"
    config.write_text(
        f'[store]\ndb = "{tmp_path / "bot.db"}"\n[telegram]\nbase_url = "{base_url or api.base_url}"\n'
        f'base_file_url = "{api.base_file_url}"\n'
    )
    env = {"TELEGRAM_BOT_TOKEN": TOKEN, "PATH": "/usr/bin:/bin", "PTB_TIMEDELTA": "1"}
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", "--config", str(config), "run"],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("status", "wrong_base"), [(401, False), (404, True)], ids=["getMe answers 401", "a wrong base_url (404)"]
)
def test_a_rejected_token_is_not_printed(tmp_path: Path, status: int, wrong_base: bool) -> None:
    api = FakeBotAPI().start()
    try:
        api.fail("getMe", status, times=5)
        run = run_bot(api, tmp_path, f"http://127.0.0.1:{api.port}/wrong/bot" if wrong_base else None)
    finally:
        api.stop()
    assert run.returncode == 2
    assert "Telegram rejected the token; check TELEGRAM_BOT_TOKEN and base_url" in run.stderr
    assert TOKEN not in run.stdout + run.stderr and TOKEN.split(":")[1] not in run.stderr


def test_a_failing_call_with_the_url_in_its_error_is_redacted(tmp_path: Path) -> None:
    api = FakeBotAPI().start()
    try:  # a proxy or server that echoes the request URL in its error
        api.fail("getMe", 500, description=f"upstream error for {api.base_url}{TOKEN}/getMe", times=5)
        run = run_bot(api, tmp_path)
    finally:
        api.stop()
    assert run.returncode == 2 and "<token>" in run.stderr
    assert TOKEN not in run.stdout + run.stderr


def test_tracebacks_in_the_log_are_redacted() -> None:
    stream = io.StringIO()
    root = logging.getLogger()
    handler = logging.StreamHandler(stream)
    root.addHandler(handler)
    try:
        setup_logging(TOKEN)
        try:
            try:
                raise OSError(f"connect failed: http://127.0.0.1:{free_port()}/bot{TOKEN}/getUpdates")
            except OSError as err:
                raise RuntimeError("network error") from err
        except RuntimeError:
            logging.getLogger("telegram.ext.Updater").exception("Error while getting Updates: %s", TOKEN[:3])
    finally:
        root.removeHandler(handler)
    out = stream.getvalue()
    assert "Traceback" in out and "/bot<token>/getUpdates" in out and TOKEN not in out

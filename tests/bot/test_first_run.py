"""A new deployment as the README sets it up: `rectibot run` on a path where no database exists yet, and
the first photo of a page that arrives."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from tests.botapi import TOKEN, FakeBotAPI
from tests.conftest import SAMPLES
from tests.notice_files import to_docx
from tests.store.test_partial import LINES

from .conftest import Bot


async def test_run_creates_its_database_and_answers_at_once(tmp_path: Path) -> None:
    api = FakeBotAPI().start()
    db = tmp_path / "data" / "rectibot.db"
    db.parent.mkdir()
    (tmp_path / "config.toml").write_text(
        f'[store]\ndb = "{db}"\n[telegram]\nbase_url = "{api.base_url}"\nbase_file_url = "{api.base_file_url}"\n'
    )
    env = {"TELEGRAM_BOT_TOKEN": TOKEN, "PATH": "/usr/bin:/bin", "PTB_TIMEDELTA": "1"}
    bot = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "run"], cwd=tmp_path, env=env, stderr=subprocess.PIPE, text=True
    )  # the README's step 3: config.toml in the working directory, the token in the environment
    try:
        api.message(100, "/start")
        await api.wait_for(lambda: api.texts(100), timeout=60)  # the welcome
        api.message(100, "朔州还有哪些问题没整改完")
        await api.wait_for(lambda: len(api.texts(100)) >= 2)
        api.document(100, "朔州通报.docx", to_docx((SAMPLES / "003_4ec4d330bc6282d2.txt").read_text("utf-8")))
        assert "朔州市科学技术局党组" in await api.wait_text(100, "已收录", timeout=30)
        api.message(100, "朔州还有哪些问题没整改完")
        assert "存在人员混岗问题" in await api.wait_text(100, "还没整改完的问题")
    finally:
        bot.send_signal(signal.SIGINT)
        _, log = bot.communicate(timeout=30)
        api.stop()
    assert bot.returncode == 0, log
    assert f"created the database {db}" in log and db.is_file()


async def test_the_chat_holds_page_one_with_store_anyway(bot: Bot) -> None:
    text = "\n".join(LINES[: next(i for i, line in enumerate(LINES) if line.startswith("(2)"))])
    bot.api.document(100, "照片.txt", text.encode())
    held = await bot.api.wait_text(100, "尚未收录")
    assert "青神县科学技术协会党组" in held and "看起来不完整" in held  # named as the whole notice names it
    calls = bot.api.sent("sendMessage", 100) + bot.api.sent("editMessageText", 100)
    markup = next(c for c in calls if "尚未收录" in str(c.params.get("text"))).params.get("reply_markup")
    assert "仍然收录" in str(markup)
    assert bot.store.agencies() == []

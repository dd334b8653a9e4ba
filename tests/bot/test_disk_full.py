"""A full disk while a notice is stored: the chat's progress message becomes one line saying so and what to
do (not a generic error beside a message stuck at "reading"), and questions are still answered."""

from __future__ import annotations

from store.gateway import Db
from tests.conftest import SAMPLES
from usecases.services import Services

from .conftest import Bot

SHUOZHOU = (SAMPLES / "003_4ec4d330bc6282d2.txt").read_text("utf-8")
TIANCHANG = (SAMPLES / "001_686cb75796c8888e.txt").read_text("utf-8")


def _no_room_to_grow(db: Db) -> None:
    """The database may not grow by a page: SQLite answers as on a full disk (SQLITE_FULL)."""
    (pages,) = db.database.execute("PRAGMA page_count").fetchone()
    db.database.execute(f"PRAGMA max_page_count = {int(pages)}")


async def test_a_full_disk_is_said_where_the_progress_was(bot: Bot) -> None:
    bot.api.document(100, "朔州.txt", SHUOZHOU.encode())
    await bot.api.wait_text(100, "已收录")
    services = bot.app.bot_data["services"]
    assert isinstance(services, Services)
    await services.db.write(_no_room_to_grow)
    bot.api.document(100, "天长.txt", TIANCHANG.encode())
    said = await bot.api.wait_text(100, "未能收录", timeout=30)
    assert said == "❌ 通报已读取，但未能收录：服务器磁盘已满。请管理员释放空间后重新发送。"
    edits = bot.api.sent("editMessageText", 100)
    assert edits[-1].params["text"] == said  # the "reading 天长.txt …" message became the line
    assert not any("出错" in t for t in bot.api.texts(100))
    bot.api.message(100, "朔州还有哪些问题没整改完")
    await bot.api.wait_text(100, "还没整改完的问题")

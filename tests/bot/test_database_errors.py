"""The bot on a database that refuses a write (a full disk): the chat is told, nothing stored is lost."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from bot.config import Config
from notices import parse_bytes
from store import Store, open_database
from tests.botapi import FakeBotAPI
from tests.conftest import SAMPLES

from .conftest import Bot, Clock, start, stop

XUPU, TIANCHANG = SAMPLES / "000_a6a853e402721468.txt", SAMPLES / "001_686cb75796c8888e.txt"


async def test_a_full_disk_during_an_ingest_is_said_in_the_progress_message(
    make_config: Callable[..., Config], tmp_path: Path
) -> None:
    api = FakeBotAPI().start()
    config = make_config(api, admins=(1,))
    stored = open_database(config.db)
    Store(stored).ingest(parse_bytes(XUPU.read_bytes(), XUPU.name), XUPU.name)
    stored.conn.close()
    # SQLITE_FULL as a full disk raises it, from the size cap: not a page more than the file has
    full = replace(config, max_db_mb=(Path(config.db).stat().st_size) / 1e6)
    bot = Bot(api, await start(api, full, Clock(datetime(2026, 3, 2, tzinfo=UTC))), Clock(datetime.now(UTC)), full)
    try:
        api.document(1, TIANCHANG.name, TIANCHANG.read_bytes())
        said = await api.wait_text(1, "磁盘已满")
        edits = [c.params["text"] for c in api.sent("editMessageText", 1)]
        assert said in edits and said.startswith("❌ ")  # the "reading …" message became the error
        assert api.texts(1)[-1] == said  # and nothing left it at "reading …"
        assert bot.store.stats()["notices"] == 1  # the notice stored before is still there, nothing half-written
        api.message(1, "溆浦还有哪些问题没整改完")  # and the bot goes on answering from it
        await api.wait_text(1, "溆浦县科学技术局党组：")
    finally:
        await stop(bot.app)
        api.stop()

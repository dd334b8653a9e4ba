"""The database gateway: reads never wait for a writer, writes keep their order, connections stay on
their threads, and mypy checks the arguments passed through it."""

from __future__ import annotations

import asyncio
import sqlite3
import textwrap
from datetime import UTC, datetime
from pathlib import Path

import pytest
from mypy import api as mypy

from store.gateway import Db, Gateway
from tests.conftest import ROOT

NOW = datetime(2026, 3, 2, tzinfo=UTC)


def _chats(db: Db) -> int:
    return db.subscriptions.count()["chats"]


def _add_chat(db: Db, chat_id: int) -> None:
    db.subscriptions.ensure_chat(chat_id, timezone="Asia/Shanghai", time="09:00", quiet_hours="", now=NOW)


@pytest.fixture
async def gateway(tmp_path: Path):  # type: ignore[no-untyped-def]
    gw = Gateway(tmp_path / "g.db")
    yield gw
    await gw.settle()
    gw.close()


async def test_a_read_does_not_wait_for_another_process_holding_the_write_lock(gateway: Gateway) -> None:
    other = sqlite3.connect(gateway.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # `rectibot ingest` in the middle of a long write
    try:
        write = asyncio.ensure_future(gateway.write(_add_chat, 1))
        await asyncio.sleep(0.1)
        assert await gateway.read(_chats) == 0
        assert not write.done()  # read while the write still waits for the lock, on its own thread
    finally:
        other.execute("COMMIT")
        other.close()
    await write
    assert await gateway.read(_chats) == 1


async def test_writes_run_in_the_order_they_were_submitted(gateway: Gateway) -> None:
    await asyncio.gather(*(gateway.write(_add_chat, chat) for chat in range(20)))
    gateway.write_soon(_add_chat, 99)
    await gateway.settle()
    assert await gateway.read(_chats) == 21


async def test_a_reader_cannot_write(gateway: Gateway) -> None:
    with pytest.raises(sqlite3.OperationalError, match=r"readonly|read-only|query_only"):
        await gateway.read(_add_chat, 1)


async def test_its_connections_refuse_the_event_loops_thread(gateway: Gateway) -> None:
    held: list[Db] = []
    await gateway.read(held.append)
    await gateway.write(held.append)
    for db in held:  # a unit of work that leaked its connection still cannot use it here
        with pytest.raises(sqlite3.ProgrammingError, match="thread"):
            db.subscriptions.count()


def test_mypy_rejects_a_wrong_argument_passed_through_the_gateway(tmp_path: Path) -> None:
    snippet = tmp_path / "wrong_argument.py"
    snippet.write_text(
        textwrap.dedent(
            """
            from store.gateway import Db, Gateway

            def set_paused(db: Db, chat_id: int, paused: bool) -> None:
                db.subscriptions.set_paused(chat_id, paused)

            async def pause(gateway: Gateway) -> None:
                await gateway.write(set_paused, 42, True)  # right
                await gateway.write(set_paused, "42", True)  # a chat id as text
                await gateway.write(set_paused, 42)  # an argument missing
            """
        )
    )
    out, _, status = mypy.run([str(snippet), "--config-file", str(ROOT / "pyproject.toml")])
    errors = [line for line in out.splitlines() if ": error:" in line]
    assert status == 1
    assert [e.split(":")[1] for e in errors] == ["9", "10"], out  # the two wrong calls, not the right one
    assert 'incompatible type "str"; expected "int"' in errors[0]
    assert "Missing positional argument" in errors[1] or "Too few arguments" in errors[1]

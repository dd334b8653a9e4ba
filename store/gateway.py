"""The one road to the database from async code: every unit of work is awaited off the event loop.

SQLite in WAL mode lets readers go on while one writer writes, so the gateway keeps one writer
connection on a thread of its own (writes queue there, in order) and a few reader connections, each
on its own thread, so a question never waits behind an ingest, an export or another process holding
the write lock. Each connection is opened on its thread and refuses any other (`check_same_thread`):
a store call from the event loop cannot happen by accident. No lock: each connection has one user.

A unit of work is a function whose first parameter is a `Db` (the connection's store objects); the
gateway's signature carries its parameters (ParamSpec), so mypy checks every argument passed through.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import multiprocessing
import os
import sqlite3
from collections.abc import Callable, Coroutine
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar

from sqlite_utils import Database

from .db import BUSY_TIMEOUT_S, open_database
from .store import Store
from .subscriptions import Subscriptions
from .watches import Watches

log = logging.getLogger(__name__)
P = ParamSpec("P")
T = TypeVar("T")
READERS = 3  # questions, button presses and exports read at once; each reader keeps its own caches


class Db:
    """The store objects of one connection, handed to a unit of work on that connection's thread."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self.store = Store(database)
        self.subscriptions = Subscriptions(database)
        self.watches = Watches(database)


def open_reader(path: str) -> Database:
    """A connection that only reads (`query_only`): WAL readers see the last commit and never block."""
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S)  # check_same_thread: this thread only
    database = Database(conn, execute_plugins=False)  # as open_database: no plugin lookup
    database.execute("PRAGMA query_only = ON")
    database.execute("PRAGMA cache_size = -16384")  # 16 MB of pages a reader
    return database


_APART: dict[str, Db] = {}  # in the process for long reads: its connection, opened at its first read


def _background() -> None:
    """The long reads' process yields the CPU to the bot's (questions first, the export when they idle)."""
    os.nice(10)


def _read_apart(path: str, work: Callable[..., T], args: tuple[Any, ...], kwargs: dict[str, Any]) -> T:
    if path not in _APART:
        _APART[path] = Db(open_reader(path))
    return work(_APART[path], *args, **kwargs)


class _Lane:
    """One thread and the connection it opened; work runs there in the order it was submitted."""

    def __init__(self, name: str, connect: Callable[[], Database]) -> None:
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self.pending = 0
        self.db = self.executor.submit(lambda: Db(connect())).result()

    async def run(self, call: Callable[[], T]) -> T:
        self.pending += 1
        try:
            return await asyncio.get_running_loop().run_in_executor(self.executor, call)
        finally:
            self.pending -= 1

    def close(self) -> None:
        self.executor.submit(self.db.database.close).result()
        self.executor.shutdown(wait=True)


class Gateway:
    """Reads on reader threads (the least busy one), writes on the writer thread; both awaited."""

    def __init__(self, path: str | Path, *, readers: int = READERS, max_mb: float = 0) -> None:
        self.path = str(path)
        self._writer = _Lane(
            "rectibot-db-write", lambda: open_database(self.path, check_same_thread=True, max_mb=max_mb)
        )
        memory = self.path == ":memory:" or self.path.startswith("file::memory:")
        # An in-memory database exists on one connection only: there it does the reading too.
        self._readers = [self._writer] if memory else [
            _Lane(f"rectibot-db-read{i}", lambda: open_reader(self.path)) for i in range(readers)
        ]  # fmt: skip
        self._memory = memory
        self._apart: ProcessPoolExecutor | None = None  # started at the first long read
        self._soon: set[asyncio.Task[Any]] = set()

    async def read(self, work: Callable[Concatenate[Db, P], T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """Run `work(db, *args, **kwargs)` on the least busy reader connection (it may not write)."""
        lane = min(self._readers, key=lambda reader: reader.pending)
        return await lane.run(lambda: work(lane.db, *args, **kwargs))

    async def read_apart(self, work: Callable[Concatenate[Db, P], T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """Run a long read (seconds of CPU: an export of the ledger) in a process of its own, on its own
        reader connection: in a thread it would hold the interpreter's lock and slow every question.
        `work` and its arguments cross the process boundary (module-level functions, plain data)."""
        if self._memory:  # nothing another process could open
            return await self.read(work, *args, **kwargs)
        if self._apart is None:  # a fresh interpreter: forking a process with threads is unsafe
            self._apart = ProcessPoolExecutor(
                max_workers=1, mp_context=multiprocessing.get_context("spawn"), initializer=_background
            )
        call = functools.partial(_read_apart, self.path, work, args, kwargs)
        return await asyncio.get_running_loop().run_in_executor(self._apart, call)

    async def write(self, work: Callable[Concatenate[Db, P], T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """Run `work(db, *args, **kwargs)` on the writer connection, after the writes submitted before it."""
        return await self._writer.run(lambda: work(self._writer.db, *args, **kwargs))

    def write_soon(
        self, work: Callable[Concatenate[Db, P], Any], /, *args: P.args, **kwargs: P.kwargs
    ) -> asyncio.Task[Any]:
        """A write the caller need not wait for (a chat's context, kept after its reply went out); `settle`
        waits for all of them. Returns its task, for whoever must see the write done first."""
        coroutine: Coroutine[Any, Any, Any] = self.write(work, *args, **kwargs)
        task = asyncio.ensure_future(coroutine)
        self._soon.add(task)
        task.add_done_callback(self._finished)
        return task

    def _finished(self, task: asyncio.Task[Any]) -> None:
        self._soon.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("a write nobody waited for failed", exc_info=task.exception())

    async def each_reader(self, work: Callable[[Db], object]) -> None:
        """Run `work` once on every reader connection (warming each one's caches)."""

        def on(lane: _Lane) -> Callable[[], object]:
            return lambda: work(lane.db)

        await asyncio.gather(*(lane.run(on(lane)) for lane in self._readers))

    def unsettled(self) -> bool:
        """Whether writes nobody waited for are still queued or running."""
        return bool(self._soon)

    async def settle(self) -> None:
        """Wait for the writes nobody waited for."""
        while self._soon:
            await asyncio.gather(*list(self._soon), return_exceptions=True)

    def close(self) -> None:
        """Close every connection on its own thread (after the work already submitted)."""
        for lane in {id(lane): lane for lane in [*self._readers, self._writer]}.values():
            lane.close()
        if self._apart is not None:
            self._apart.shutdown(wait=True, cancel_futures=True)

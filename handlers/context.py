"""What handlers get from the application: settings and services, kept once in bot_data."""

from __future__ import annotations

import asyncio
import functools
import threading
from collections.abc import Awaitable, Callable
from concurrent.futures import Executor
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar, cast

from telegram.ext import ContextTypes

from fetch import FetchSettings
from fetch.watching import Every
from notices import Notice
from notices.extract import Progress
from reminders.schedule import now_utc
from store import Store
from store.subscriptions import Subscriptions
from store.watches import Watches


@dataclass(frozen=True)
class Settings:
    admins: frozenset[int] = frozenset()
    max_file_bytes: int = 20 * 1024 * 1024
    timezone: str = "Asia/Shanghai"
    time: str = "09:00"
    quiet_hours: str = "22:00-08:00"
    silent_when_nothing_open: bool = True
    retries: int = 5  # a reminder Telegram failed to take is tried this many more times
    retry_after_s: float = 60.0  # first wait before that; doubled each time
    context_minutes: float = 30.0  # how long a chat's previous question is the context of the next
    button_hours: float = 72.0  # how long a button works (pages, choices, store this): over a weekend
    fetch: FetchSettings = field(default_factory=FetchSettings)
    watch_every: Every = field(default_factory=Every)


T = TypeVar("T")
S = TypeVar("S")


@dataclass
class Services:
    settings: Settings
    store: Store
    subscriptions: Subscriptions
    clock: Callable[[], datetime] = now_utc
    reschedule: Callable[[int], None] = lambda chat_id: None  # set by the application's scheduler
    watches: Watches | None = None
    retry: Callable[[int, float, int], None] = lambda chat_id, delay, attempt: None  # a reminder again later
    # Reading untrusted files: in a child process with memory and time limits (bytes, name → Notice).
    # (bytes, name, progress(pages read, pages)) → Notice; progress hears of each page OCR reads.
    read: Callable[[bytes, str, Progress], Notice] | None = None
    # Downloading a Telegram file, stopped once it exceeds the byte limit (url, limit → bytes).
    download: Callable[[str, int], Awaitable[bytes]] | None = None
    db_thread: Executor | None = None  # the one thread the bot's database work runs on
    # Chats that chose a language with /lang (a copy of the store's, read at start-up): every reply looks
    # its language up, and a read on the event loop would wait while another process holds the write lock.
    languages: dict[int, str] = field(default_factory=dict)

    async def db(self, work: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
        """Run store work on the database thread: a write lock held by another process (`rectibot ingest`)
        makes that thread wait, never the event loop."""
        if self.db_thread is None:
            return work(*args, **kwargs)
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.db_thread, functools.partial(_locked, work, *args, **kwargs))


def services(context: ContextTypes.DEFAULT_TYPE) -> Services:
    """The application's services (bot_data["services"])."""
    found = context.bot_data["services"]
    assert isinstance(found, Services)
    return found


# The bot's one SQLite connection is used from the database thread and, for quick reads, from the event
# loop; sqlite-utils' savepoints interleaved from two threads break ("no such savepoint"), so every use
# holds this lock for its whole unit of work.
DB_LOCK = threading.RLock()


def _locked(work: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
    with DB_LOCK:
        return work(*args, **kwargs)


class Serialised:
    """A store object whose method calls hold DB_LOCK (objects it hands out that talk to SQLite too)."""

    def __init__(self, target: object) -> None:
        self._target = target

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._target, name)
        if hasattr(value, "db") and not callable(value):  # store.buttons, store.conversations
            return Serialised(value)
        if not callable(value):
            return value

        @functools.wraps(value)
        def call(*args: Any, **kwargs: Any) -> Any:
            with DB_LOCK:
                return value(*args, **kwargs)

        return call


def serialised(target: S) -> S:
    """`target` with every call holding the database lock, typed as itself."""
    return cast(S, Serialised(target))

"""What the use cases are given: settings, the database gateway, the clock and the reader processes."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from fetch.settings import Every, FetchSettings
from notices import Notice
from reminders.schedule import now_utc
from store.gateway import Db, Gateway
from store.tallies import Thresholds

if TYPE_CHECKING:
    from notices.extract import Progress


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
    chart: Thresholds = field(default_factory=Thresholds)  # when a chart's lights turn red or yellow

    @property
    def context_ttl(self) -> timedelta:
        return timedelta(minutes=self.context_minutes)


@dataclass
class Services:
    settings: Settings
    db: Gateway  # the one road to the database
    clock: Callable[[], datetime] = now_utc
    # Reading untrusted files: in a child process with memory and time limits.
    # (bytes, name, progress(pages read, pages)) → Notice; progress hears of each page OCR reads.
    read: Callable[[bytes, str, Progress], Notice] | None = None
    # Photos of a notice's pages, read by OCR in a child process with its memory and time limits.
    read_images: Callable[[list[bytes], str, Progress], Notice] | None = None
    # Downloading a Telegram file, stopped once it exceeds the byte limit (url, limit → bytes).
    download: Callable[[str, int], Awaitable[bytes]] | None = None
    # Chats that chose a language with /lang (a copy of the store's, read at start-up): every reply looks
    # its language up, and it must not wait for the database.
    languages: dict[int, str] = field(default_factory=dict)
    # Each chat's conversation context being written after its reply went out: the chat's next question
    # waits for it (normally long done), so a follow-up always sees the context its predecessor left.
    keeping: dict[int, asyncio.Task[Any]] = field(default_factory=dict)

    def is_admin(self, user_id: int | None) -> bool:
        """Whether this user may add and remove notices (anyone when no admin is configured)."""
        return not self.settings.admins or (user_id is not None and user_id in self.settings.admins)


def _zone(db: Db, chat_id: int, default: str) -> str:
    schedule = db.subscriptions.chat(chat_id)
    return schedule.timezone if schedule is not None else default


async def chat_today(svc: Services, chat_id: int) -> date:
    """Today in the chat's time zone (the configured default until the chat sets one)."""
    zone = await svc.db.read(_zone, chat_id, svc.settings.timezone)
    return svc.clock().astimezone(ZoneInfo(zone)).date()

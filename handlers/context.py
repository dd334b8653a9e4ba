"""What handlers get from the application: settings and services, kept once in bot_data."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from telegram.ext import ContextTypes

from fetch import FetchSettings
from fetch.watching import Every
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
    fetch: FetchSettings = field(default_factory=FetchSettings)
    watch_every: Every = field(default_factory=Every)


@dataclass
class Services:
    settings: Settings
    store: Store
    subscriptions: Subscriptions
    clock: Callable[[], datetime] = now_utc
    reschedule: Callable[[int], None] = lambda chat_id: None  # set by the application's scheduler
    watches: Watches | None = None


def services(context: ContextTypes.DEFAULT_TYPE) -> Services:
    """The application's services (bot_data["services"])."""
    found = context.bot_data["services"]
    assert isinstance(found, Services)
    return found

"""A chat's reminder: whether one is due and what it says, what was sent, and when the next one runs.

The caller sends (and plans the job); SQLite keeps what was sent, so a restart neither loses nor
repeats a reminder.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from reminders.facts import ReminderFacts, reminder_facts
from reminders.schedule import due_now
from store.gateway import Db
from store.subscriptions import ChatSchedule

from .services import Services
from .subscriptions import planned_run


@dataclass(frozen=True)
class Due:
    """A reminder due now: the chat, the moment it is handled at and the facts it tells."""

    chat: ChatSchedule
    now: datetime
    facts: ReminderFacts


def _due(db: Db, chat_id: int, now: datetime) -> Due | None:
    chat = db.subscriptions.chat(chat_id)
    if chat is None or due_now(chat, now) is None:
        return None
    today = now.astimezone(ZoneInfo(chat.timezone)).date()  # deadlines are days in the chat's own time zone
    facts = reminder_facts(db.store, db.subscriptions.of_chat(chat_id), chat.last_open, today)
    return Due(chat, now, facts)


async def due(svc: Services, chat_id: int) -> Due | None:
    """The chat's reminder if one is due now, with what it says."""
    return await svc.db.read(_due, chat_id, svc.clock())


def _reminded(db: Db, chat_id: int, when: datetime, open_keys: list[str] | None) -> None:
    if open_keys is None:  # skipped after failed tries: what was open stays the comparison's base
        chat = db.subscriptions.chat(chat_id)
        if chat is None:
            return
        open_keys = list(chat.last_open)
    db.subscriptions.mark_reminded(chat_id, when, open_keys)


async def reminded(svc: Services, reminder: Due) -> None:
    """The reminder was handled (sent, or nothing to say): the next one compares with what it listed."""
    await svc.db.write(_reminded, reminder.chat.chat_id, reminder.now, reminder.facts.open_keys)


async def skipped(svc: Services, chat_id: int) -> None:
    """Telegram refused the reminder every time it was tried: it counts as handled, so the next is planned."""
    await svc.db.write(_reminded, chat_id, svc.clock(), None)


async def next_reminder(svc: Services, chat_id: int) -> datetime | None:
    """When the chat's next reminder runs (None: no subscriptions, or reminders off)."""
    return await svc.db.read(planned_run, chat_id, svc.clock())


def _planned(db: Db, now: datetime) -> list[tuple[int, datetime | None]]:
    return [(chat.chat_id, planned_run(db, chat.chat_id, now)) for chat in db.subscriptions.scheduled_chats()]


async def planned(svc: Services) -> list[tuple[int, datetime | None]]:
    """Every chat with subscriptions and its next reminder's time (the jobs rebuilt at start-up)."""
    return await svc.db.read(_planned, svc.clock())

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
from store.transaction import immediate

from .services import Services
from .subscriptions import planned_run


@dataclass(frozen=True)
class Due:
    """A reminder due now: the chat, the moment it is handled at and the facts it tells."""

    chat: ChatSchedule
    now: datetime
    due_at: datetime  # the due time it is for (its key in the outbox)
    facts: ReminderFacts


def _due(db: Db, chat_id: int, now: datetime) -> Due | None:
    chat = db.subscriptions.chat(chat_id)
    due_at = None if chat is None else due_now(chat, now)
    if chat is None or due_at is None:
        return None
    today = now.astimezone(ZoneInfo(chat.timezone)).date()  # deadlines are days in the chat's own time zone
    facts = reminder_facts(db.store, db.subscriptions.of_chat(chat_id), chat.last_open, today)
    return Due(chat, now, due_at, facts)


async def due(svc: Services, chat_id: int) -> Due | None:
    """The chat's reminder if one is due now, with what it says."""
    return await svc.db.read(_due, chat_id, svc.clock())


def _owe(db: Db, reminder: Due, text: str | None) -> None:
    """The reminder owed (in the outbox) and marked handled together: a crash leaves both or neither."""
    chat_id = reminder.chat.chat_id
    with immediate(db.database):
        if text is not None:
            db.watches.queue(chat_id, f"reminder:{chat_id}:{reminder.due_at.isoformat()}", text, reminder.now)
        db.subscriptions.mark_reminded(chat_id, reminder.now, reminder.facts.open_keys)


async def owe(svc: Services, reminder: Due, text: str | None) -> None:
    """Record the reminder as owed to the chat (`text`; None: nothing to say) and as handled, before it is
    sent: a crash before the send leaves it owed (sent at the restart), never computed and sent again."""
    await svc.db.write(_owe, reminder, text)


def _skipped(db: Db, chat_id: int, now: datetime) -> None:
    chat = db.subscriptions.chat(chat_id)
    if chat is not None:  # what was open stays the comparison's base
        db.subscriptions.mark_reminded(chat_id, now, list(chat.last_open))
    for outgoing in db.watches.unsent(100, chat_id=chat_id, kinds=("reminder",)):  # owed no more
        db.watches.mark_sent(outgoing.id, now)


async def skipped(svc: Services, chat_id: int) -> None:
    """Telegram refused the reminder every time it was tried: it counts as handled, so the next is planned."""
    await svc.db.write(_skipped, chat_id, svc.clock())


async def next_reminder(svc: Services, chat_id: int) -> datetime | None:
    """When the chat's next reminder runs (None: no subscriptions, or reminders off)."""
    return await svc.db.read(planned_run, chat_id, svc.clock())


def _planned(db: Db, now: datetime) -> list[tuple[int, datetime | None]]:
    return [(chat.chat_id, planned_run(db, chat.chat_id, now)) for chat in db.subscriptions.scheduled_chats()]


async def planned(svc: Services) -> list[tuple[int, datetime | None]]:
    """Every chat with subscriptions and its next reminder's time (the jobs rebuilt at start-up)."""
    return await svc.db.read(_planned, svc.clock())

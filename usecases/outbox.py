"""The messages owed to chats (reminders and watch reports), kept in the store before they are sent and
marked sent right after Telegram took them, so a restart neither loses nor repeats one."""

from __future__ import annotations

from datetime import datetime

from store.gateway import Db
from store.watches import Outgoing

from .services import Services


def _unsent(db: Db, kinds: tuple[str, ...], chat_id: int | None) -> list[Outgoing]:
    return db.watches.unsent(100, chat_id=chat_id, kinds=kinds)


async def unsent(svc: Services, kinds: tuple[str, ...], chat_id: int | None = None) -> list[Outgoing]:
    """The messages of these kinds owed (to one chat, or to any), oldest first."""
    return await svc.db.read(_unsent, kinds, chat_id)


def _is_sent(db: Db, outgoing_id: int) -> bool:
    return db.watches.is_sent(outgoing_id)


async def is_sent(svc: Services, outgoing: Outgoing) -> bool:
    """Whether another delivery sent (or dropped) the message meanwhile."""
    return await svc.db.write(_is_sent, outgoing.id)  # after the writes before it: never a stale answer


def _mark_sent(db: Db, outgoing_id: int, now: datetime) -> None:
    db.watches.mark_sent(outgoing_id, now)


async def sent(svc: Services, outgoing: Outgoing) -> None:
    """Telegram took the message, or it was dropped for good: it is never sent again."""
    await svc.db.write(_mark_sent, outgoing.id, svc.clock())

"""What inline buttons need when pressed, kept in the store so that they survive a restart."""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta
from typing import TypeVar

from store.buttons import HELD, PAGES, PASTED, QUESTION, Button, Kind
from store.gateway import Db

from .services import Services

T = TypeVar("T")
__all__ = ["HELD", "PAGES", "PASTED", "QUESTION", "Button", "Kind", "drop", "find", "keep"]


def _keep(
    db: Db, kind: Kind[T], chat_id: int, shown_to: int | None, value: T, *, now: datetime, ttl: timedelta, key: str
) -> str:
    return db.store.buttons.keep(kind, chat_id, shown_to, value, now, ttl, key)


def keep(svc: Services, kind: Kind[T], chat_id: int, shown_to: int | None, value: T) -> str:
    """Keep what a new button needs; return the key its callback data carries at once. The row is written
    after (the writer's queue keeps the order), so a reply never waits for another process's write lock;
    a press before it lands waits for it (`find`). `shown_to`: the only user the button answers (None:
    anyone in the chat)."""
    key = secrets.token_urlsafe(9)  # as the store makes them: 72 random bits, a forged key finds nothing
    ttl = timedelta(hours=svc.settings.button_hours)
    svc.db.write_soon(_keep, kind, chat_id, shown_to, value, now=svc.clock(), ttl=ttl, key=key)
    return key


def _find(db: Db, kind: Kind[T], key: str, chat_id: int, now: datetime) -> Button[T] | None:
    return db.store.buttons.find(kind, key, chat_id, now)


async def find(svc: Services, kind: Kind[T], key: str, chat_id: int) -> Button[T] | None:
    """The pressed button's state, unless it expired or never was. A key not found may be a button whose
    row is still queued behind other writes (a busy writer, a quick press): the writes nobody waited for
    are waited for once, and the key looked up again, before the press is told it expired."""
    button = await svc.db.read(_find, kind, key, chat_id, svc.clock())
    if button is None and svc.db.unsettled():
        await svc.db.settle()
        button = await svc.db.read(_find, kind, key, chat_id, svc.clock())
    return button


def _drop(db: Db, key: str) -> None:
    db.store.buttons.drop(key)


async def drop(svc: Services, key: str) -> None:
    """A choice was made: its button is done with."""
    await svc.db.write(_drop, key)

"""What inline buttons need when pressed, kept in SQLite so that they survive a restart.

Why a table rather than the other two ways: callback data holds 64 bytes, too few for a question
(about 20 Chinese characters) let alone an answer's pages or a held notice; PTB's arbitrary callback
data needs a persistence class (a pickle file beside the database, written on a timer, so a crash
loses the newest buttons) and does not record who a button was shown to. The database is already
here, commits at once, and a WHERE on `expires_at` keeps the table small.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Generic, TypeVar

from pydantic import TypeAdapter
from sqlite_utils import Database

from notices import Notice

from .transaction import immediate

T = TypeVar("T")


@dataclass(frozen=True)
class Kind(Generic[T]):
    """A kind of button and the shape of what it keeps (validated as JSON on the way back)."""

    name: str
    adapter: TypeAdapter[T]


PAGES: Kind[list[str]] = Kind("pages", TypeAdapter(list[str]))  # ◀ ▶ under a long answer
QUESTION: Kind[str] = Kind("question", TypeAdapter(str))  # agency choices: the question to answer again
PASTED: Kind[str] = Kind("pasted", TypeAdapter(str))  # "store this notice" under a pasted text
HELD: Kind[tuple[Notice, str]] = Kind("held", TypeAdapter(tuple[Notice, str]))  # "store anyway": notice, name


@dataclass(frozen=True)
class Button(Generic[T]):
    chat_id: int
    shown_to: int | None  # the person it was shown to; None: anyone in the chat (a reminder's pages)
    value: T


def _stamp(moment: datetime) -> str:
    """A moment as text that sorts in time order (always UTC)."""
    return moment.astimezone(UTC).isoformat()


class Buttons:
    """Buttons' state by the random key their callback data carries; rows past `expires_at` are gone."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def keep(
        self, kind: Kind[T], chat_id: int, shown_to: int | None, value: T, now: datetime, ttl: timedelta,
        key: str | None = None,
    ) -> str:  # fmt: skip
        """Keep what a new button needs until `now + ttl`; return its key (12 URL-safe characters, or `key`
        when the caller made it beforehand)."""
        key = key or secrets.token_urlsafe(9)  # 72 random bits: a forged key finds nothing
        with immediate(self.db):
            self.db.execute("DELETE FROM buttons WHERE expires_at <= ?", [_stamp(now)])
            self.db.execute(
                "INSERT INTO buttons (key, kind, chat_id, shown_to, value, expires_at) VALUES (?, ?, ?, ?, ?, ?)",
                [key, kind.name, chat_id, shown_to, kind.adapter.dump_json(value).decode(), _stamp(now + ttl)],
            )
        return key

    def find(self, kind: Kind[T], key: str, chat_id: int, now: datetime) -> Button[T] | None:
        """The button of this kind and chat with that key, unless it expired or never was."""
        row = self.db.execute(
            "SELECT shown_to, value FROM buttons WHERE key = ? AND kind = ? AND chat_id = ? AND expires_at > ?",
            [key, kind.name, chat_id, _stamp(now)],
        ).fetchone()
        return None if row is None else Button(chat_id, row[0], kind.adapter.validate_json(row[1]))

    def drop(self, key: str) -> None:
        """Forget a button that has done its work (a choice made)."""
        with immediate(self.db):
            self.db.execute("DELETE FROM buttons WHERE key = ?", [key])

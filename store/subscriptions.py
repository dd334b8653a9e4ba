"""Chats, their reminder schedules and subscriptions, in the same database as the notices.

SQLite is the source of truth for reminders: the scheduler's jobs are rebuilt from here at start-up.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from .schema import migrate

SCHEDULE_FIELDS = ("frequency", "weekday", "time", "timezone", "quiet_hours", "chart")  # what /remind may set


@dataclass(frozen=True)
class ChatSchedule:
    chat_id: int
    lang: str  # zh | en: reminders and ingest summaries are written in it
    timezone: str
    frequency: str  # daily | weekly | off
    weekday: int
    time: str
    quiet_hours: str
    paused: bool
    created_at: datetime
    last_sent_at: datetime | None
    last_open: tuple[str, ...]
    lang_chosen: bool = False  # the language was set with /lang, so no one's language_code changes it
    chart: bool = False  # each reminder carries one picture of the subscriptions (/remind … 图表)

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> ChatSchedule:
        return cls(
            chat_id=row["chat_id"],
            lang=row["lang"],
            lang_chosen=bool(row["lang_chosen"]),
            timezone=row["timezone"],
            frequency=row["frequency"],
            weekday=row["weekday"],
            time=row["time"],
            quiet_hours=row["quiet_hours"],
            paused=bool(row["paused"]),
            created_at=datetime.fromisoformat(row["created_at"]),
            last_sent_at=datetime.fromisoformat(row["last_sent_at"]) if row["last_sent_at"] else None,
            last_open=tuple(json.loads(row["last_open"])),
            chart=bool(row.get("chart", 0)),
        )


@dataclass(frozen=True)
class Subscription:
    chat_id: int
    target: str
    kind: str  # agency | place


class Subscriptions:
    """Reminder schedules and subscriptions per chat."""

    def __init__(self, db: Database) -> None:
        self.db = db
        migrate(db)

    def ensure_chat(
        self, chat_id: int, *, timezone: str, time: str, quiet_hours: str, now: datetime, lang: str = "zh"
    ) -> ChatSchedule:
        """The chat's schedule, created with the configured defaults on first use."""
        self.db.execute(
            "INSERT OR IGNORE INTO chats (chat_id, lang, timezone, time, quiet_hours, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [chat_id, lang, timezone, time, quiet_hours, now.isoformat()],
        )
        chat = self.chat(chat_id)
        assert chat is not None
        return chat

    def chat(self, chat_id: int) -> ChatSchedule | None:
        rows = list(self.db.query("SELECT * FROM chats WHERE chat_id = ?", [chat_id]))
        return ChatSchedule.from_row(rows[0]) if rows else None

    def set_language(self, chat_id: int, lang: str, *, chosen: bool) -> None:
        """The chat's language: chosen with /lang, or seen from a person's language_code (which never
        overrides a choice)."""
        self.db.execute(
            "UPDATE chats SET lang = ?, lang_chosen = ? WHERE chat_id = ? AND (? OR lang_chosen = 0)",
            [lang, int(chosen), chat_id, int(chosen)],
        )

    def chosen_languages(self) -> dict[int, str]:
        """The chats that chose a language with /lang, and the language."""
        return {
            int(c): str(lang) for c, lang in self.db.execute("SELECT chat_id, lang FROM chats WHERE lang_chosen = 1")
        }

    def subscribe(self, chat_id: int, target: str, kind: str, now: datetime) -> bool:
        """Add a subscription; False if the chat already had it."""
        cursor = self.db.execute(
            "INSERT OR IGNORE INTO subscriptions (chat_id, target, kind, created_at) VALUES (?, ?, ?, ?)",
            [chat_id, target, kind, now.isoformat()],
        )
        return cursor.rowcount > 0

    def unsubscribe(self, chat_id: int, target: str | None = None) -> int:
        """Remove one subscription (or all of the chat's); how many were removed."""
        if target is None:
            return self.db.execute("DELETE FROM subscriptions WHERE chat_id = ?", [chat_id]).rowcount
        return self.db.execute("DELETE FROM subscriptions WHERE chat_id = ? AND target = ?", [chat_id, target]).rowcount

    def of_chat(self, chat_id: int) -> list[Subscription]:
        rows = self.db.execute(
            "SELECT chat_id, target, kind FROM subscriptions WHERE chat_id = ? ORDER BY id", [chat_id]
        )
        return [Subscription(*row) for row in rows]

    def scheduled_chats(self) -> list[ChatSchedule]:
        """Chats with at least one subscription and reminders on (paused ones included)."""
        sql = (
            "SELECT * FROM chats WHERE frequency != 'off'"
            " AND chat_id IN (SELECT chat_id FROM subscriptions) ORDER BY chat_id"
        )
        return [ChatSchedule.from_row(r) for r in self.db.query(sql)]

    def set_schedule(self, chat_id: int, **fields: str | int) -> None:
        """Set the schedule fields given, and only those: two commands of one chat handled at the same
        time (time zone, quiet hours) each change their own column instead of writing back a stale row."""
        columns = [name for name in fields if name in SCHEDULE_FIELDS]
        if not columns:
            return
        assignments = ", ".join(f"{name} = ?" for name in columns)  # names from SCHEDULE_FIELDS, never input
        self.db.execute(f"UPDATE chats SET {assignments} WHERE chat_id = ?", [*(fields[c] for c in columns), chat_id])

    def set_paused(self, chat_id: int, paused: bool) -> None:
        self.db.execute("UPDATE chats SET paused = ? WHERE chat_id = ?", [int(paused), chat_id])

    def mark_reminded(self, chat_id: int, due: datetime, open_keys: list[str]) -> None:
        """Record that the reminder due at `due` was handled (sent, or nothing to say)."""
        self.db.execute(
            "UPDATE chats SET last_sent_at = ?, last_open = ? WHERE chat_id = ?",
            [due.isoformat(), json.dumps(open_keys, ensure_ascii=False), chat_id],
        )

    def count(self) -> dict[str, int]:
        one = lambda sql: int(self.db.execute(sql).fetchone()[0])  # noqa: E731
        return {
            "chats": one("SELECT COUNT(*) FROM chats"),
            "subscriptions": one("SELECT COUNT(*) FROM subscriptions"),
            "paused_chats": one("SELECT COUNT(*) FROM chats WHERE paused = 1"),
        }

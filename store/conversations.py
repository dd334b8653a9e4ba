"""What each chat's conversation has established so far (for follow-ups), kept in SQLite across restarts."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

from sqlite_utils import Database


class Conversations:
    """The last question's slots per chat; stale after a quiet while (`ttl`), judged by the `now` passed in."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def load(self, chat_id: int, now: datetime, ttl: timedelta) -> dict[str, Any] | None:
        """The chat's context, or None when there is none or it was last touched more than `ttl` before `now`."""
        row = self.db.execute("SELECT context, updated_at FROM conversations WHERE chat_id = ?", [chat_id]).fetchone()
        if row is None or now - datetime.fromisoformat(row[1]) > ttl:
            return None
        context: dict[str, Any] = json.loads(row[0])
        return context

    def save(self, chat_id: int, context: dict[str, Any], now: datetime) -> None:
        """Keep what this question established for the chat's next one."""
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO conversations (chat_id, context, updated_at) VALUES (?, ?, ?)"
                " ON CONFLICT(chat_id) DO UPDATE SET context = excluded.context, updated_at = excluded.updated_at",
                [chat_id, json.dumps(context, ensure_ascii=False), now.isoformat()],
            )

    def forget(self, chat_id: int) -> None:
        with self.db.atomic():
            self.db.execute("DELETE FROM conversations WHERE chat_id = ?", [chat_id])

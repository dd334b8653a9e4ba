"""Watched sites as data: listing pages, when each is due, the links already seen, and an outbox of
messages owed to chats, so that a restart neither loses nor repeats one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from .schema import migrate


@dataclass(frozen=True)
class Watch:
    id: int
    url: str
    chat_id: int
    added_by: int | None
    next_check_at: datetime
    last_checked_at: datetime | None
    failures: int
    last_error: str | None

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Watch:
        return cls(
            id=row["id"],
            url=row["url"],
            chat_id=row["chat_id"],
            added_by=row["added_by"],
            next_check_at=datetime.fromisoformat(row["next_check_at"]),
            last_checked_at=datetime.fromisoformat(row["last_checked_at"]) if row["last_checked_at"] else None,
            failures=row["failures"],
            last_error=row["last_error"],
        )


@dataclass(frozen=True)
class Outgoing:
    id: int
    chat_id: int
    text: str


class Watches:
    """Watches, their seen links and the outbox, in the same database as the notices."""

    def __init__(self, db: Database) -> None:
        self.db = db
        migrate(db)

    def add(self, url: str, chat_id: int, added_by: int | None, now: datetime) -> tuple[Watch, bool]:
        """The watch of a URL, and whether it was added now (False: it was already watched)."""
        cursor = self.db.execute(
            "INSERT OR IGNORE INTO watches (url, chat_id, added_by, created_at, next_check_at) VALUES (?, ?, ?, ?, ?)",
            [url, chat_id, added_by, now.isoformat(), now.isoformat()],
        )
        watch = self.by_url(url)
        assert watch is not None
        return watch, cursor.rowcount > 0

    def by_url(self, url: str) -> Watch | None:
        rows = list(self.db.query("SELECT * FROM watches WHERE url = ?", [url]))
        return Watch.from_row(rows[0]) if rows else None

    def get(self, watch_id: int) -> Watch | None:
        rows = list(self.db.query("SELECT * FROM watches WHERE id = ?", [watch_id]))
        return Watch.from_row(rows[0]) if rows else None

    def all(self) -> list[Watch]:
        return [Watch.from_row(r) for r in self.db.query("SELECT * FROM watches ORDER BY id")]

    def remove(self, watch_id: int) -> bool:
        with self.db.atomic():
            self.db.execute("DELETE FROM watch_links WHERE watch_id = ?", [watch_id])
            return self.db.execute("DELETE FROM watches WHERE id = ?", [watch_id]).rowcount > 0

    def due(self, now: datetime) -> list[Watch]:
        """Watches whose next check is at or before `now`, the longest-waiting first."""
        sql = "SELECT * FROM watches WHERE next_check_at <= ? ORDER BY next_check_at, id"
        return [Watch.from_row(r) for r in self.db.query(sql, [now.isoformat()])]

    def seen(self, watch_id: int) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT url FROM watch_links WHERE watch_id = ?", [watch_id])}

    def mark_seen(self, watch_id: int, url: str, notice_id: int | None, now: datetime) -> None:
        self.db.execute(
            "INSERT OR IGNORE INTO watch_links (watch_id, url, seen_at, notice_id) VALUES (?, ?, ?, ?)",
            [watch_id, url, now.isoformat(), notice_id],
        )

    def succeeded(self, watch_id: int, now: datetime, next_check: datetime) -> None:
        self.db.execute(
            "UPDATE watches SET last_checked_at = ?, next_check_at = ?, failures = 0, last_error = NULL WHERE id = ?",
            [now.isoformat(), next_check.isoformat(), watch_id],
        )

    def failed(self, watch_id: int, error: str, next_check: datetime) -> int:
        """Record a failed check; returns the number of failures in a row."""
        self.db.execute(
            "UPDATE watches SET failures = failures + 1, last_error = ?, next_check_at = ? WHERE id = ?",
            [error, next_check.isoformat(), watch_id],
        )
        row = self.db.execute("SELECT failures FROM watches WHERE id = ?", [watch_id]).fetchone()
        return int(row[0]) if row else 0

    def subscribed_chats(self, agency: str, places: tuple[str, ...]) -> list[int]:
        """Chats subscribed to the agency, or to a place it is in, whose reminders are not paused."""
        marks = ",".join("?" * len(places)) or "NULL"
        sql = (
            "SELECT DISTINCT s.chat_id FROM subscriptions s LEFT JOIN chats c ON c.chat_id = s.chat_id"
            f" WHERE ((s.kind = 'agency' AND s.target = ?) OR (s.kind = 'place' AND s.target IN ({marks})))"
            " AND COALESCE(c.paused, 0) = 0 ORDER BY s.chat_id"
        )
        return [int(r[0]) for r in self.db.execute(sql, [agency, *places])]

    def queue(self, chat_id: int, key: str, text: str, now: datetime) -> bool:
        """Owe a chat a message, once per key ever; False if it was owed (or sent) already."""
        cursor = self.db.execute(
            "INSERT OR IGNORE INTO outbox (chat_id, key, text, created_at) VALUES (?, ?, ?, ?)",
            [chat_id, key, text, now.isoformat()],
        )
        return cursor.rowcount > 0

    def unsent(
        self, limit: int = 100, *, chat_id: int | None = None, kinds: tuple[str, ...] | None = None
    ) -> list[Outgoing]:
        """Messages owed, oldest first: only one chat's, and only those of `kinds`, or all."""
        where, params = ["sent_at IS NULL"], list[Any]()
        if chat_id is not None:
            where.append("chat_id = ?")
            params.append(chat_id)
        if kinds is not None:  # the kind is the key's first field: reminder:…, notice:…, failing:…
            where.append(f"substr(key, 1, instr(key, ':') - 1) IN ({','.join('?' * len(kinds)) or 'NULL'})")
            params += kinds
        sql = f"SELECT id, chat_id, text FROM outbox WHERE {' AND '.join(where)} ORDER BY id LIMIT ?"
        return [Outgoing(*row) for row in self.db.execute(sql, [*params, limit])]

    def is_sent(self, outgoing_id: int) -> bool:
        row = self.db.execute("SELECT sent_at FROM outbox WHERE id = ?", [outgoing_id]).fetchone()
        return row is None or row[0] is not None

    def mark_sent(self, outgoing_id: int, now: datetime) -> None:
        """Telegram took the message (or it was dropped for good): it is never sent again."""
        self.db.execute("UPDATE outbox SET sent_at = ? WHERE id = ?", [now.isoformat(), outgoing_id])

"""Opening a database file: WAL, a busy timeout, pragmas and the latest schema."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from .schema import migrate

JOURNAL_LIMIT = 64 * 1024 * 1024  # bytes of WAL file kept after a checkpoint
BUSY_TIMEOUT_S = 60.0  # another process's write (one notice, a migration) takes well under this


def open_database(
    path: str | Path, *, busy_timeout: float = BUSY_TIMEOUT_S, check_same_thread: bool = False, max_mb: float = 0
) -> Database:
    """Open (creating if needed) a database file in WAL mode with the latest schema.

    Several processes may share the file (the bot and `rectibot ingest`): writers wait for each other
    up to `busy_timeout` seconds. The connection may be used from another thread than the one that
    opened it unless `check_same_thread` (the gateway's connections never leave their thread). With
    `max_mb`, the file grows no larger: a write past it fails as on a full disk (SQLITE_FULL), rolled back.
    """
    conn = sqlite3.connect(str(path), timeout=busy_timeout, check_same_thread=check_same_thread)
    db = Database(conn, execute_plugins=False)  # no sqlite-utils plugins: their lookup scans every installed package
    db.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
    # A new store keeps its text in UTF-16: notices are Chinese, 2 bytes a character instead of UTF-8's 3
    # (a third off the items table). Ignored once the file has tables: older stores stay UTF-8.
    db.execute("PRAGMA encoding = 'UTF-16le'")
    if max_mb:  # a cap the operator sets for a shared disk; SQLite counts the file in pages
        page_size = int(db.execute("PRAGMA page_size").fetchone()[0])
        db.execute(f"PRAGMA max_page_count = {max(1, int(max_mb * 1e6 // page_size))}")
    db.enable_wal()
    # In WAL mode NORMAL keeps the database consistent after a crash and skips an fsync per commit.
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("PRAGMA cache_size = -65536")  # 64 MB of pages: full-text index merges stay in memory
    db.execute("PRAGMA wal_autocheckpoint = 10000")  # checkpoint every ~40 MB of WAL, not every 4 MB
    # A checkpoint that readers kept from finishing leaves the WAL file as large as it grew; this bounds
    # what stays on disk after each checkpoint (checkpoint() truncates it after a large ingest).
    db.execute(f"PRAGMA journal_size_limit = {JOURNAL_LIMIT}")
    migrate(db)
    return db


def checkpoint(db: Database) -> None:
    """Copy the WAL into the database and truncate it (after a large ingest: the file does not stay large).

    Also merges a few of the full-text index's segments, so that queries read fewer of them."""
    db.execute("INSERT INTO items_fts (items_fts, rank) VALUES ('merge', 64)")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

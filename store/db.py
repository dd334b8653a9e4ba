"""Opening a database file: WAL, pragmas and the latest schema."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from .schema import migrate


def open_database(path: str | Path) -> Database:
    """Open (creating if needed) a database file in WAL mode with the latest schema."""
    db = Database(path)
    db.enable_wal()
    # In WAL mode NORMAL keeps the database consistent after a crash and skips an fsync per commit.
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("PRAGMA cache_size = -65536")  # 64 MB of pages: full-text index merges stay in memory
    db.execute("PRAGMA wal_autocheckpoint = 10000")  # checkpoint every ~40 MB of WAL, not every 4 MB
    migrate(db)
    return db

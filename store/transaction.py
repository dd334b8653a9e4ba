"""Write transactions that take SQLite's write lock up front, so concurrent writers wait instead of failing."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlite_utils import Database


@contextmanager
def immediate(db: Database) -> Iterator[Database]:
    """One write transaction, begun with BEGIN IMMEDIATE (nested: a savepoint inside the outer one).

    A deferred transaction that reads and then writes cannot wait for another process's lock (SQLite
    answers "database is locked" at once to avoid a deadlock); taking the lock first lets the busy
    timeout make it wait its turn.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    db.conn.execute("COMMIT")

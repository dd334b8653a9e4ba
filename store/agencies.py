"""The agencies table, cached in memory, and values derived from it (cleared when an agency is added or
another process changed the database)."""

from __future__ import annotations

import gc
import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlite_utils import Database

from notices.names import kind_of

from .models import Agency
from .schema import migrate
from .transaction import immediate

T = TypeVar("T")


@contextmanager
def _no_gc() -> Iterator[None]:
    """Build many small objects without the cycle collector: none of them forms a cycle, and its passes over
    the growing heap took a third of loading 5,000 agencies and their name directory (~30 ms of a cold ask)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class AgencyCache:
    """The base of `Store`: its database and the agencies every question is resolved against."""

    def __init__(self, db: Database) -> None:
        self.db = db
        migrate(db)
        self._agencies: list[Agency] | None = None
        self._derived: dict[str, Any] = {}
        self._data_version = self._read_data_version()

    def _read_data_version(self) -> int:
        return int(self.db.execute("PRAGMA data_version").fetchone()[0])

    def _check_fresh(self) -> None:
        """Forget the cache when another connection (`rectibot ingest`, another bot) committed since."""
        version = self._read_data_version()  # changes only on other connections' commits: cheap to ask
        if version != self._data_version:
            self._data_version = version
            self.forget_agencies()

    def agencies(self) -> list[Agency]:
        """All agencies (cached until one is added, here or by another process): what names resolve against."""
        self._check_fresh()
        if self._agencies is None:
            with _no_gc():
                self._agencies = self._read_agencies()
        return self._agencies

    def has_agencies(self) -> bool:
        """Whether any agency is stored, without reading them all."""
        self._check_fresh()
        if self._agencies is not None:
            return bool(self._agencies)
        return self.db.execute("SELECT 1 FROM agencies LIMIT 1").fetchone() is not None

    def _read_agencies(self) -> list[Agency]:
        """The agencies table as read."""
        return [_agency(r) for r in self.db.query("SELECT * FROM agencies ORDER BY id")]

    def agencies_by_id(self, ids: Sequence[int]) -> list[Agency]:
        """The agencies of these ids that are still stored: from the cache when every agency is read already,
        else only their rows (a cold question naming one place reads its agencies, not 5,000)."""
        self._check_fresh()
        if self._agencies is not None:
            by_id = self.derived("agencies_by_id", lambda agencies: {a.id: a for a in agencies})
            return [by_id[i] for i in ids if i in by_id]
        with _no_gc():
            return [
                _agency(r)
                for r in self.db.query(
                    "SELECT * FROM agencies WHERE id IN (SELECT value FROM json_each(?))", [json.dumps(list(ids))]
                )
            ]

    def derived(
        self,
        key: str,
        build: Callable[[Sequence[Agency]], T],
        persist: tuple[Callable[[T], str], Callable[[str, Callable[[Sequence[int]], list[Agency]]], T]] | None = None,
    ) -> T:
        """`build(agencies)`, kept until the agencies change (layers above cache their indexes here).

        With `persist` (dump to JSON, load from it) the value is also kept in the store for the agencies'
        generation, so a new process (a cold `rectibot ask`) loads it instead of building it again (the load
        is given `agencies_by_id`, to read agencies when it needs them)."""
        self._check_fresh()
        if key not in self._derived:
            value = self._load_derived(key, persist[1]) if persist else None
            if value is None:
                value = build(self.agencies())
                if persist:
                    self._save_derived(key, persist[0](value))
            self._derived[key] = value
        kept: T = self._derived[key]
        return kept

    def generation(self) -> int:
        """The agency generation: one more each time an agency is added or removed (store_meta)."""
        row = self.db.execute("SELECT value FROM store_meta WHERE key = 'agency_generation'").fetchone()
        return int(row[0])

    def _load_derived(self, key: str, load: Callable[[str, Callable[[Sequence[int]], list[Agency]]], T]) -> T | None:
        """The value kept for the current generation; `load` is given the agencies to read when it needs them."""
        row = self.db.execute(
            "SELECT value FROM derived WHERE key = ? AND generation = ?", [key, self.generation()]
        ).fetchone()
        if row is None:
            return None
        with _no_gc():
            return load(row[0], self.agencies_by_id)

    def _save_derived(self, key: str, text: str) -> None:
        """Keep a built value for the next process; skipped when another process holds the write lock (a reader
        never waits to save what it can build again)."""
        if self.db.conn.in_transaction:
            return
        timeout = self.db.execute("PRAGMA busy_timeout").fetchone()[0]
        self.db.execute("PRAGMA busy_timeout = 0")
        try:
            with immediate(self.db):
                self.db.execute(
                    "INSERT OR REPLACE INTO derived (key, generation, value) VALUES (?, ?, ?)",
                    [key, self.generation(), text],
                )
        except sqlite3.OperationalError:  # locked: someone is writing; the next process builds it again
            pass
        finally:
            self.db.execute(f"PRAGMA busy_timeout = {int(timeout)}")

    def forget_agencies(self) -> None:
        """Drop the cached agencies and everything derived from them."""
        self._agencies = None
        self._derived.clear()


def _agency(r: dict[str, Any]) -> Agency:
    """An agency as its row is read."""
    return Agency(
        id=r["id"], name=r["name"], region=r["region"], prefecture=r["prefecture"],
        province=r["province"], level=r["level"], aliases=tuple(json.loads(r["aliases"])),
        pinyin=r["pinyin"], kind=kind_of(r["name"], r["region"]),
    )  # fmt: skip

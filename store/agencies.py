"""The agencies table, cached in memory, and values derived from it (cleared when an agency is added or
another process changed the database)."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from sqlite_utils import Database

from notices.names import kind_of

from .models import Agency
from .schema import migrate

T = TypeVar("T")


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
            self._agencies = [
                Agency(
                    id=r["id"], name=r["name"], region=r["region"], prefecture=r["prefecture"],
                    province=r["province"], level=r["level"], aliases=tuple(json.loads(r["aliases"])),
                    pinyin=r["pinyin"], kind=kind_of(r["name"], r["region"]),
                )
                for r in self.db.query("SELECT * FROM agencies ORDER BY id")
            ]  # fmt: skip
        return self._agencies

    def derived(self, key: str, build: Callable[[Sequence[Agency]], T]) -> T:
        """`build(agencies)`, kept until the agencies change (layers above cache their indexes here)."""
        self._check_fresh()
        if key not in self._derived:
            self._derived[key] = build(self.agencies())
        value: T = self._derived[key]
        return value

    def forget_agencies(self) -> None:
        """Drop the cached agencies and everything derived from them."""
        self._agencies = None
        self._derived.clear()

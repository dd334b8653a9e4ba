"""What the store hands out: agencies, item rows with their citation, counts, ingest results."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Change:
    kind: str  # status | new | dropped
    label: str | None
    title: str
    old_status: str | None = None
    new_status: str | None = None


@dataclass(frozen=True)
class IngestResult:
    """new | updated (now current, replacing `previous_id`) | history (older than the current notice, kept
    behind it) | duplicate (the same notice is stored as `notice_id`) | held (not stored: it would drop
    problems from the current notice or looks cut off; `reason` and the dropped `changes` say why)."""

    outcome: str
    notice_id: int
    agency: str
    changes: tuple[Change, ...] = ()
    previous_id: int | None = None
    reason: str = ""  # in English, for the command line and logs
    # The same reason as a code and its numbers, for the chat to word in the reader's language:
    # {"code": "cut_off", "listed": 14, "claimed": 28} or {"code": "fewer", "listed": 14, "current": 28}
    hold: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Removed:
    """A notice taken out of the ledger (undo, remove); a copy stays in `removed_notices`."""

    notice_id: int
    agency: str
    notice_date: str | None
    item_count: int
    current_id: int | None  # the agency's notice that is current for that inspection now, if any


@dataclass(frozen=True)
class Agency:
    id: int
    name: str
    region: str | None
    prefecture: str | None
    province: str | None
    level: str | None
    aliases: tuple[str, ...]
    pinyin: str
    kind: str

    @property
    def places(self) -> tuple[str, ...]:
        return tuple(p for p in (self.region, self.prefecture, self.province) if p)


@dataclass
class ItemRow:
    """An item with enough of its notice to cite it."""

    id: int
    agency: str
    notice_id: int
    notice_title: str | None
    notice_date: str | None
    seq: int
    label: str
    title: str
    status: str
    pending: bool
    pending_evidence: list[str]
    measures: str
    deadline: str | None
    aspect: str | None
    group: str | None
    section: str | None = None  # the heading the item stands under (已完成的整改事项, 需要继续整改的事项)
    notice_url: str | None = None  # the web page the notice was read from, if any

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> ItemRow:
        return cls(
            id=row["id"],
            agency=row["agency"],
            notice_id=row["notice_id"],
            notice_title=row["notice_title"],
            notice_date=row["notice_date"],
            seq=row["seq"],
            label=row["label"],
            title=row["title"],
            status=row["status"],
            pending=bool(row["pending"]),
            pending_evidence=json.loads(row["pending_evidence"]),
            measures=row["measures"],
            deadline=row["deadline"],
            aspect=row["aspect"],
            group=row["grp"],
            section=row.get("section"),
            notice_url=row.get("notice_url"),
        )


@dataclass
class Counts:
    notices: int = 0
    items: int = 0
    by_status: dict[str, int] = field(default_factory=dict)
    pending: int = 0

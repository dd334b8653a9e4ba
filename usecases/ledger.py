"""The ledger (整改台账) exported, and the store's figures (/stats)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from answers.resolve import directory, resolve
from presentation.charts import add_summary_sheet
from presentation.export import LedgerFile, ledger_file_stem, ledger_files
from store.gateway import Db
from store.tallies import Thresholds, snapshot

from .services import Services


@dataclass(frozen=True)
class Ledger:
    """The ledger's files, whether it had to be divided (over the Bot API's limit), or nothing when the
    name given matched no agency."""

    files: list[LedgerFile] = field(default_factory=list)
    divided: bool = False
    no_match: bool = False


def _agency_ids(db: Db, name: str) -> list[int]:
    return [a.id for a in resolve(name, directory(db.store)).agencies]


def _build(
    db: Db, ids: Sequence[int], stem: str, lang: str, today: date, thresholds: Thresholds
) -> tuple[list[LedgerFile], bool]:
    snap = snapshot(db.store, list(ids), today, thresholds, None)  # every agency in scope, for the summary sheet

    def summary(workbook: Any) -> None:
        add_summary_sheet(workbook, snap.agencies, lang, snap.lights)

    return ledger_files(db.store, ids, lang=lang, today=today, stem=stem, summary=summary)


async def export(svc: Services, name: str, lang: str, today: date) -> Ledger:
    """The ledger of the agencies `name` names (every agency when empty) as .xlsx and .csv, deadlines
    counted from `today`; built in a process of its own: an export of thousands of notices takes
    seconds, and nobody else waits for it."""
    ids: list[int] = []
    if name:
        ids = await svc.db.read(_agency_ids, name)
        if not ids:
            return Ledger(no_match=True)
    stem = ledger_file_stem(name, lang)
    files, divided = await svc.db.read_apart(_build, ids, stem, lang, today, svc.settings.chart)
    return Ledger(files, divided)


def _stats(db: Db) -> dict[str, int]:
    return {**db.store.stats(), **db.subscriptions.count()}


async def stats(svc: Services) -> dict[str, int]:
    """Notices, items, agencies, chats and subscriptions stored."""
    return await svc.db.read(_stats)

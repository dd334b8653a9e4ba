"""The ledger (整改台账) exported, and the store's figures (/stats)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from answers.resolve import directory, resolve
from presentation.export import ledger_csv, ledger_file_stem, ledger_xlsx
from store.gateway import Db

from .services import Services, chat_today


@dataclass(frozen=True)
class Ledger:
    """The ledger's files (name, bytes), or nothing when the name given matched no agency."""

    files: list[tuple[str, bytes]] = field(default_factory=list)
    no_match: bool = False


def _agency_ids(db: Db, name: str) -> list[int]:
    return [a.id for a in resolve(name, directory(db.store)).agencies]


def _build(db: Db, ids: Sequence[int], stem: str, lang: str, today: date) -> list[tuple[str, bytes]]:
    return [
        (f"{stem}.xlsx", ledger_xlsx(db.store, ids, lang=lang, today=today)),
        (f"{stem}.csv", ledger_csv(db.store, ids, lang=lang, today=today)),
    ]


async def export(svc: Services, chat_id: int, name: str, lang: str) -> Ledger:
    """The ledger of the agencies `name` names (every agency when empty) as .xlsx and .csv, built in a
    process of its own: an export of thousands of notices takes seconds, and nobody else waits for it."""
    ids: list[int] = []
    if name:
        ids = await svc.db.read(_agency_ids, name)
        if not ids:
            return Ledger(no_match=True)
    today = await chat_today(svc, chat_id)
    return Ledger(await svc.db.read_apart(_build, ids, ledger_file_stem(name, lang), lang, today))


def _stats(db: Db) -> dict[str, int]:
    return {**db.store.stats(), **db.subscriptions.count()}


async def stats(svc: Services) -> dict[str, int]:
    """Notices, items, agencies, chats and subscriptions stored."""
    return await svc.db.read(_stats)

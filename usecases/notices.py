"""Adding notices (a file, a link, a photo album, a pasted text) and taking one back (undo).

Reading happens in reader processes or worker threads, storing on the database's writer: the event
loop only waits. A notice that cannot be read raises `NoticeError`, one the database refuses a
`DatabaseError` (worded by presentation/errors).
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from errors import database_error
from notices import Notice, NoticeError, parse_bytes, parse_images
from store import IngestResult, Removed
from store.db import checkpoint
from store.gateway import Db

from .services import Services

if TYPE_CHECKING:
    from notices.extract import Progress

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Added:
    """A notice read and what storing it did (new, updated, duplicate, history, or held for confirmation)."""

    notice: Notice
    name: str
    result: IngestResult


def _ingest(db: Db, notice: Notice, name: str, confirm: bool, url: str | None, now: datetime | None) -> IngestResult:
    return db.store.ingest(notice, name, confirm=confirm, url=url, now=now)


async def store(svc: Services, notice: Notice, name: str, *, confirm: bool = False, url: str | None = None) -> Added:
    """Store a notice read already (`confirm`: even if it would drop problems or looks cut off). A database
    that refuses the write (full disk, read-only, damaged) raises a DatabaseError; the transaction is rolled
    back, so what was stored before stays as it was."""
    try:
        result = await svc.db.write(_ingest, notice, name, confirm, url, None)
    except (sqlite3.IntegrityError, sqlite3.ProgrammingError):
        raise  # a bug of ours, not a state of the file
    except sqlite3.DatabaseError as err:
        raise database_error(svc.db.path, err) from err
    log.info("ingested %s: %s (%s)", name, result.agency, result.outcome)
    return Added(notice, name, result)


def _ingest_many(db: Db, batch: list[tuple[Notice, str]]) -> list[IngestResult | NoticeError | ValueError]:
    """Each notice's result (or the error it could not be stored for), through `Store.ingest_many`."""
    outcomes: list[IngestResult | NoticeError | ValueError] = []
    while len(outcomes) < len(batch):
        try:
            # the notices before a refused one are stored and yielded; the rest go on in the next round
            outcomes.extend(db.store.ingest_many(batch[len(outcomes) :]))
        except (NoticeError, ValueError) as err:
            outcomes.append(err)
    return outcomes


async def store_many(svc: Services, batch: list[tuple[Notice, str]]) -> list[Added | NoticeError | ValueError]:
    """Store notices read already (notice, name) in shared transactions, as `store` stores one (no `confirm`):
    a batch commits once for many notices, and no transaction keeps the write lock more than a turn. A notice
    that cannot be stored (no agency) is its error in the list; the others are stored."""
    try:
        outcomes = await svc.db.write(_ingest_many, batch)
    except (sqlite3.IntegrityError, sqlite3.ProgrammingError):
        raise  # a bug of ours, not a state of the file
    except sqlite3.DatabaseError as err:
        raise database_error(svc.db.path, err) from err
    added: list[Added | NoticeError | ValueError] = []
    for (notice, name), outcome in zip(batch, outcomes, strict=True):
        if isinstance(outcome, IngestResult):
            log.info("ingested %s: %s (%s)", name, outcome.agency, outcome.outcome)
            added.append(Added(notice, name, outcome))
        else:
            added.append(outcome)
    return added


async def read_file(svc: Services, data: bytes, name: str, progress: Progress) -> Notice:
    """Read untrusted bytes in a reader process (`progress` hears of each page OCR reads)."""
    read = svc.read or parse_bytes  # the application always sets a reader process; tests of parts may not
    return await asyncio.to_thread(read, data, name, progress)  # the reader process's wait, off the event loop


async def add_file(svc: Services, data: bytes, name: str, progress: Progress) -> Added:
    """A file sent or forwarded (or a pasted text, as its bytes): read it, then store it."""
    return await store(svc, await read_file(svc, data, name, progress), name)


async def add_paste(svc: Services, text: str, name: str, progress: Progress) -> Added:
    """A pasted notice the user confirmed: read like a text file, then stored."""
    return await add_file(svc, text.encode("utf-8"), name, progress)


async def add_photos(svc: Services, images: list[bytes], name: str, progress: Progress) -> Added:
    """Photos of a notice's pages, in order: OCR (seconds a page, in a thread), then store."""
    read = svc.read_images or parse_images  # the application reads them in a child process, within its limits
    notice = await asyncio.to_thread(read, images, name, progress)
    return await store(svc, notice, name)


async def add_link(svc: Services, url: str) -> Added:
    """A link to a notice: fetched and read off the loop (bounded by the fetch settings), then stored."""
    from fetch.pages import fetch_notice  # the web machinery (httpx): loaded by the first link, not at start-up

    linked = await asyncio.to_thread(fetch_notice, url, svc.settings.fetch)
    return await store(svc, linked.notice, linked.name, url=linked.url)


def _undo(db: Db, notice_id: int | None) -> Removed | None:
    target = notice_id if notice_id is not None else db.store.last_ingested()
    if not target:
        return None
    return db.store.remove_notice(target, "remove" if notice_id is not None else "undo")


async def undo(svc: Services, notice_id: int | None = None) -> Removed | None:
    """Take back the last notice stored (or notice `notice_id`); None when there is none to remove."""
    return await svc.db.write(_undo, notice_id)


def _checkpoint(db: Db) -> None:
    checkpoint(db.database)


async def compact(svc: Services) -> None:
    """After a large ingest: the write-ahead log folded into the database and truncated."""
    await svc.db.write(_checkpoint)


__all__ = [
    "Added",
    "IngestResult",
    "NoticeError",
    "add_file",
    "add_link",
    "add_paste",
    "add_photos",
    "read_file",
    "store",
    "store_many",
    "undo",
]

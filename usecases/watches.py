"""Watching sites' listings of notices: add, remove, list, check (store what arrived, owe each subscribed
chat a report), and the outbox of those reports.

A check fetches in a worker thread and writes on the database's writer; each report is queued in the
store before it is sent, so a restart neither loses nor repeats one.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from answers.numbers import user_number
from fetch import Refused
from fetch.guard import vet
from fetch.settings import Every
from fetch.watching import FAILURES_REPORTED, MAX_NEW, Arrival, Harvest, backoff, harvest
from presentation.errors import error_line
from presentation.i18n import DEFAULT, t
from presentation.markup import esc
from presentation.receipts import arrival_report, format_held, link_html
from store.gateway import Db
from store.subscriptions import Subscriptions
from store.watches import Watch

from .services import Services

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Checked:
    """One check of a watch: the listing's notice links, the notices stored, the reports queued."""

    watch: Watch
    listed: int = 0
    arrivals: list[Arrival] = field(default_factory=list)
    queued: int = 0
    error: str | None = None  # why the check failed
    failures: int = 0  # failed checks in a row, this one included
    next_check: datetime | None = None  # when the watch is checked again


@dataclass(frozen=True)
class Added:
    """/watch URL: the address refused, watched already, or added and checked once."""

    refused: Refused | None = None
    unreadable: str | None = None  # the listing could not be read (`must_read`): nothing was stored
    already: bool = False
    checked: Checked | None = None


def chat_lang(subscriptions: Subscriptions, *chat_ids: int) -> str:
    """The language stored for the first of these chats that has a row (reports are written when queued,
    so they take the chat's language then), else the default."""
    for chat_id in chat_ids:
        chat = subscriptions.chat(chat_id)
        if chat is not None:
            return chat.lang
    return DEFAULT


def _record(db: Db, watch: Watch, found: Harvest, now: datetime, every: Every) -> list[Arrival]:
    """Store what a check found and plan the next check; returns the notices that were new or updates."""
    if found.error is not None:
        db.watches.failed(watch.id, found.error, now + backoff(watch.failures + 1))
        return []
    arrivals: list[Arrival] = []
    for link, linked in found.notices:
        try:
            result = db.store.ingest(linked.notice, linked.name, now=now, url=link.url)
        except ValueError:
            db.watches.mark_seen(watch.id, link.url, None, now)
            continue
        if result.outcome == "held":  # not stored: never seen until it is, so the next check reads it again
            arrivals.append(Arrival(link.url, linked.notice, result))
            continue
        db.watches.mark_seen(watch.id, link.url, result.notice_id, now)
        if result.outcome != "duplicate":
            arrivals.append(Arrival(link.url, linked.notice, result))
    for link in found.not_notices:
        db.watches.mark_seen(watch.id, link.url, None, now)
    if watch.last_checked_at is None:  # the first check: what was listed already is known from now on
        for link in found.links[MAX_NEW:]:
            db.watches.mark_seen(watch.id, link.url, None, now)
    spread = every.jitter.total_seconds()  # sites are not all fetched at the same minute
    db.watches.succeeded(watch.id, now, now + every.period + timedelta(seconds=random.uniform(-spread, spread)))
    return arrivals


def _queue_reports(db: Db, watch: Watch, arrivals: list[Arrival], now: datetime) -> int:
    """Owe each chat subscribed to an arrival's agency (or its place) one report in its language; the first
    check of a watch only learns what is listed already and tells no one. Returns the messages queued."""
    if watch.last_checked_at is None:
        return 0
    places = {a.name: a.places for a in db.store.agencies()}
    queued = 0
    for arrival in arrivals:
        if arrival.result.outcome == "held":  # subscribers hear of it once it is stored; the admin now
            queued += _queue_held(db, watch, arrival, now)
            continue
        agency = arrival.result.agency
        for chat_id in db.watches.subscribed_chats(agency, places.get(agency, ())):
            key = f"notice:{arrival.result.notice_id}:chat:{chat_id}"
            text = arrival_report(arrival.result, arrival.notice, arrival.url, chat_lang(db.subscriptions, chat_id))
            queued += db.watches.queue(chat_id, key, text, now)
    return queued


def _queue_held(db: Db, watch: Watch, arrival: Arrival, now: datetime) -> bool:
    """Tell the admin who added the watch (else its chat), once per link, that a notice found there was held
    for confirmation, not stored."""
    chat_id = watch.added_by if watch.added_by is not None else watch.chat_id
    if chat_id == 0:  # a watch added from the command line has no chat: `watch run` prints it as held instead
        return False
    lang = chat_lang(db.subscriptions, chat_id, watch.chat_id)
    text = t(lang, "watch-held", held=format_held(arrival.result, lang, confirm=False), link=link_html(arrival.url))
    return db.watches.queue(chat_id, f"held:{watch.id}:{arrival.url}", text, now)


def _queue_failure(db: Db, watch: Watch, failures: int, error: str, now: datetime) -> None:
    """Tell the admin who added a watch once it has failed several checks in a row (once per streak), in
    the language of the admin's private chat, else of the chat the watch was added in."""
    if failures != FAILURES_REPORTED or watch.added_by is None:
        return
    since = watch.last_checked_at.isoformat() if watch.last_checked_at else "never"
    lang = chat_lang(db.subscriptions, watch.added_by, watch.chat_id)
    text = t(lang, "watch-failed", failures=failures, url=esc(watch.url), error=esc(error))
    db.watches.queue(watch.added_by, f"failing:{watch.id}:{since}", text, now)


def _store_check(db: Db, watch: Watch, found: Harvest, now: datetime, every: Every) -> Checked:
    arrivals = _record(db, watch, found, now, every)
    current = db.watches.get(watch.id)
    next_check = current.next_check_at if current else None
    if found.error is not None:
        failures = current.failures if current else 0
        _queue_failure(db, watch, failures, found.error, now)
        return Checked(watch, error=found.error, failures=failures, next_check=next_check)
    queued = _queue_reports(db, watch, arrivals, now)
    return Checked(watch, len(found.links), arrivals, queued, next_check=next_check)


def _seen(db: Db, watch_id: int) -> set[str]:
    return db.watches.seen(watch_id)


async def check(svc: Services, watch: Watch, found: Harvest | None = None) -> Checked:
    """Check one watch now (`found`: a harvest already made): fetch off the event loop, then store and
    queue its reports."""
    if found is None:
        seen = await svc.db.read(_seen, watch.id)
        found = await asyncio.to_thread(harvest, watch.url, seen, svc.settings.fetch)
    if found.failure is not None:  # stored and listed in English, as always; the words are the catalogue's
        found = replace(found, error=error_line(found.failure, "en"))
    checked = await svc.db.write(_store_check, watch, found, svc.clock(), svc.settings.watch_every)
    if checked.error is not None:
        log.info("watch %s failed: %s", watch.url, checked.error)
    return checked


def _due(db: Db, now: datetime, every_one: bool) -> list[Watch]:
    return db.watches.all() if every_one else db.watches.due(now)


async def check_due(svc: Services, *, every_one: bool = False) -> list[Checked]:
    """Check every due watch (`every_one`: all of them); one failing site never stops the others."""
    done: list[Checked] = []
    for watch in await svc.db.read(_due, svc.clock(), every_one):
        try:
            done.append(await check(svc, watch))
        except Exception:  # a bug or a surprise on one site must not stop the others
            log.exception("checking %s failed", watch.url)
    return done


def _add(db: Db, url: str, chat_id: int, user_id: int | None, now: datetime) -> tuple[Watch, bool]:
    return db.watches.add(url, chat_id, user_id, now)


async def add(
    svc: Services,
    url: str,
    chat_id: int,
    user_id: int | None,
    *,
    vet_first: bool = True,
    before_check: Callable[[], Awaitable[object]] | None = None,
    harvested: Harvest | None = None,
) -> Added:
    """Vet the URL (`vet_first`), store the watch, and check it once now (learning what is listed already);
    `before_check` is awaited once the watch is stored, before that first check (to say it is checking).
    `harvested`: the listing read already (the command line reads it first, and stores nothing if it
    cannot be read)."""
    if vet_first:
        try:
            await asyncio.to_thread(vet, url, svc.settings.fetch.allowed_private_hosts)
        except Refused as err:
            return Added(refused=err)
        except Exception as err:  # unreachable now: the watch is still added and retried
            log.info("watch %s not reachable yet: %s", url, err)
    if harvested is not None and harvested.error is not None:
        return Added(unreadable=harvested.error)
    watch, added = await svc.db.write(_add, url, chat_id, user_id, svc.clock())
    if not added:
        return Added(already=True)
    if before_check is not None:
        await before_check()
    return Added(checked=await check(svc, watch, harvested))


def _all(db: Db, chat_id: int | None) -> list[Watch]:
    return [w for w in db.watches.all() if chat_id is None or w.chat_id == chat_id]


async def watches(svc: Services, chat_id: int | None = None) -> list[Watch]:
    """Every watch (or those added in one chat) with its state."""
    return await svc.db.read(_all, chat_id)


async def due(svc: Services) -> list[Watch]:
    """The watches due for a check now."""
    return await svc.db.read(_due, svc.clock(), False)


def _failed(db: Db, watch: Watch, error: str, now: datetime) -> None:
    db.watches.failed(watch.id, error, now + backoff(watch.failures + 1))


async def failed(svc: Services, watch: Watch, error: str) -> None:
    """A check that broke (a bug, a surprise on the site): it backs off like any failure."""
    await svc.db.write(_failed, watch, error, svc.clock())


def _remove(db: Db, which: str) -> Watch | None:
    number = user_number(which)
    watch = db.watches.get(number) if number is not None else db.watches.by_url(which)
    if watch is None or not db.watches.remove(watch.id):
        return None
    return watch


async def remove(svc: Services, which: str) -> Watch | None:
    """Stop the watch named by its number or URL; None if there is no such watch."""
    return await svc.db.write(_remove, which)

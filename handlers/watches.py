"""/watch: follow a site's listing of rectification notices; the scheduled check and its reports.

A check stores the notices it finds and owes each subscribed chat one message per new notice (the
outbox in SQLite), so a restart neither loses nor repeats a report.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime

from telegram import Message, Update
from telegram.constants import ParseMode
from telegram.error import Forbidden, TelegramError
from telegram.ext import ContextTypes

from fetch import Refused
from fetch.guard import vet
from fetch.watching import FAILURES_REPORTED, Arrival, harvest, record
from presentation.errors import error_text
from presentation.i18n import DEFAULT, t
from presentation.markup import esc
from presentation.receipts import format_ingest
from store import Store
from store.subscriptions import Subscriptions
from store.watches import Watch, Watches

from .context import Services, services
from .documents import may_ingest
from .send import chat_language, send_html
from .subscriptions import ensure_chat

log = logging.getLogger(__name__)


def arrival_report(arrival: Arrival, lang: str) -> str:
    """What a chat is told of a notice that arrived on a watched site: the ingest summary and its link."""
    summary = format_ingest(arrival.result, arrival.notice.status_counts(), (), lang)
    link = f'<a href="{esc(arrival.url).replace(chr(34), "&quot;")}">{esc(arrival.url)}</a>'
    return t(lang, "watch-arrival", summary=summary, link=link)


def chat_lang(subscriptions: Subscriptions, *chat_ids: int) -> str:
    """The language stored for the first of these chats that has a row (reports are written when queued,
    so they take the chat's language then), else the default."""
    for chat_id in chat_ids:
        chat = subscriptions.chat(chat_id)
        if chat is not None:
            return chat.lang
    return DEFAULT


def queue_reports(
    store: Store, watches: Watches, subscriptions: Subscriptions, watch: Watch, arrivals: list[Arrival], now: datetime
) -> int:
    """Owe each chat subscribed to an arrival's agency (or its place) one report in its language; the first
    check of a watch only learns what is listed already and tells no one. Returns the messages queued."""
    if watch.last_checked_at is None:
        return 0
    places = {a.name: a.places for a in store.agencies()}
    queued = 0
    for arrival in arrivals:
        agency = arrival.result.agency
        for chat_id in watches.subscribed_chats(agency, places.get(agency, ())):
            key = f"notice:{arrival.result.notice_id}:chat:{chat_id}"
            queued += watches.queue(chat_id, key, arrival_report(arrival, chat_lang(subscriptions, chat_id)), now)
    return queued


def queue_failure(
    watches: Watches, subscriptions: Subscriptions, watch: Watch, failures: int, error: str, now: datetime
) -> None:
    """Tell the admin who added a watch once it has failed several checks in a row (once per streak), in
    the language of the admin's private chat, else of the chat the watch was added in."""
    if failures != FAILURES_REPORTED or watch.added_by is None:
        return
    since = watch.last_checked_at.isoformat() if watch.last_checked_at else "never"
    lang = chat_lang(subscriptions, watch.added_by, watch.chat_id)
    text = t(lang, "watch-failed", failures=failures, url=esc(watch.url), error=esc(error))
    watches.queue(watch.added_by, f"failing:{watch.id}:{since}", text, now)


async def check(svc: Services, watch: Watch) -> list[Arrival]:
    """Check one watch now: fetch off the event loop, then store and queue its reports."""
    assert svc.watches is not None
    found = await asyncio.to_thread(harvest, watch.url, svc.watches.seen(watch.id), svc.settings.fetch)
    now = svc.clock()
    arrivals = record(svc.store, svc.watches, watch, found, now, svc.settings.watch_every)
    if found.error is not None:
        current = svc.watches.get(watch.id)
        queue_failure(svc.watches, svc.subscriptions, watch, current.failures if current else 0, found.error, now)
        log.info("watch %s failed: %s", watch.url, found.error)
    else:
        queue_reports(svc.store, svc.watches, svc.subscriptions, watch, arrivals, now)
    return arrivals


async def watch_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    """The scheduled tick: check every due watch (one failing site never stops the others), then deliver."""
    svc = services(context)
    if svc.watches is None:
        return
    for watch in svc.watches.due(svc.clock()):
        try:
            await check(svc, watch)
        except Exception:  # a bug or a surprise on one site must not stop the others
            log.exception("checking %s failed", watch.url)
    await deliver(context)


async def deliver(context: ContextTypes.DEFAULT_TYPE) -> int:
    """Send the messages owed; each is marked sent once Telegram took it. Returns how many went out."""
    svc = services(context)
    assert svc.watches is not None
    sent = 0
    for outgoing in svc.watches.unsent():
        try:
            await send_html(context, outgoing.chat_id, outgoing.text)
        except Forbidden:  # the chat blocked the bot: the message is dropped, not retried forever
            log.info("chat %s blocked the bot; dropping a watch report", outgoing.chat_id)
        except TelegramError as err:
            log.warning("could not deliver a watch report to %s: %s", outgoing.chat_id, err)
            continue  # tried again at the next tick
        else:
            sent += 1
        svc.watches.mark_sent(outgoing.id, svc.clock())
    return sent


async def on_watch(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/watch URL adds a listing (admins), /watch lists them, /watch remove N|URL stops one."""
    message = update.effective_message
    chat, user = update.effective_chat, update.effective_user
    svc = services(context)
    if message is None or chat is None or svc.watches is None:
        return
    args, lang = context.args or [], chat_language(update, context)
    if not args:
        await send_html(context, chat.id, watch_list(svc.watches, lang))
        return
    if not may_ingest(context, user.id if user else None):
        await message.reply_text(t(lang, "watch-admins-only"))
        return
    if args[0].lower() in ("remove", "rm", "删除", "取消") and len(args) > 1:
        await message.reply_text(remove_watch(svc.watches, args[1], lang))
        return
    await ensure_chat(svc, chat.id, lang)  # its language is the failure notice's if the admin has no chat row
    await add_watch(context, message, user.id if user else None, args[0], lang)


async def add_watch(
    context: ContextTypes.DEFAULT_TYPE, message: Message, user_id: int | None, url: str, lang: str
) -> None:
    """Vet the URL, store the watch, and check it once now (learning what is listed already)."""
    reply = message.reply_text
    svc = services(context)
    assert svc.watches is not None
    try:
        await asyncio.to_thread(vet, url, svc.settings.fetch.allowed_private_hosts)
    except Refused as err:
        await reply(error_text(err, lang), parse_mode=ParseMode.HTML, disable_web_page_preview=True)
        return
    except Exception as err:  # unreachable now: the watch is still added and retried
        log.info("watch %s not reachable yet: %s", url, err)
    watch, added = svc.watches.add(url, message.chat_id, user_id, svc.clock())
    if not added:
        await reply(t(lang, "watch-already", url=url))
        return
    progress = await reply(t(lang, "watch-checking", url=url))
    arrivals = await check(svc, watch)
    current = svc.watches.get(watch.id)
    if current is not None and current.failures:
        text = t(lang, "watch-failing", error=current.last_error or "")
    else:
        hours = f"{svc.settings.watch_every.period.total_seconds() / 3600:g}"
        text = t(lang, "watch-added", url=url, stored=len(arrivals), hours=hours)
    await progress.edit_text(text, disable_web_page_preview=True)


def watch_list(watches: Watches, lang: str) -> str:
    """The /watch listing: each site with ✓ or its failures."""
    rows = watches.all()
    if not rows:
        return t(lang, "watch-none")
    lines = [t(lang, "watch-list-title")]
    for w in rows:
        state = f"⚠ {w.failures}× {esc(w.last_error or '')}" if w.failures else "✓"
        lines.append(f"{w.id}. {esc(w.url)} — {state}")
    return "\n".join(lines)


def remove_watch(watches: Watches, which: str, lang: str) -> str:
    """Stop a watch named by its number or URL (plain text: the reply is not HTML)."""
    watch = watches.get(int(which)) if which.isdigit() else watches.by_url(which)
    if watch is None or not watches.remove(watch.id):
        return t(lang, "watch-no-such", which=which)
    return t(lang, "watch-removed", url=watch.url)

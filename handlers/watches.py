"""/watch: follow a site's listing of rectification notices; the scheduled check and its reports.

A check stores the notices it finds and owes each subscribed chat one message per new notice (the
outbox in SQLite, usecases/watches.py), so a restart neither loses nor repeats a report.
"""

from __future__ import annotations

import asyncio
import logging
from urllib.parse import urlsplit

from telegram import Message, Update
from telegram.error import Forbidden, TelegramError

from fetch.watching import one_line
from presentation.errors import error_text
from presentation.i18n import t
from presentation.markup import esc
from presentation.watches import removed_text, watch_list
from usecases import outbox, subscriptions, watches
from usecases.watches import Watch

from .context import Context, services
from .documents import may_ingest
from .outbox import drop_owed, send_owed
from .send import chat_language, send_html

log = logging.getLogger(__name__)
REPORTS = ("notice", "failing", "held")  # the outbox keys' kinds this module owes (reminders are the reminder job's)
WATCHES_AT_ONCE = 4  # sites checked at the same time (each check is a thread fetching)
PER_HOST = 1  # checks of one host at the same time: a site is never hit by several checks at once


async def watch_job(context: Context) -> None:
    """The scheduled tick: check every due watch, several sites at once but one check at a time per host
    (a slow or hung site delays only its own host's watches; one failing site never stops the others), each
    site's reports delivered as soon as its check is done."""
    svc = services(context)
    overall = asyncio.Semaphore(WATCHES_AT_ONCE)
    hosts: dict[str, asyncio.Semaphore] = {}
    checking: set[int] = context.bot_data.setdefault("watches-checking", set())  # by an earlier tick still

    async def one(watch: Watch) -> None:
        host = hosts.setdefault(_host(watch.url), asyncio.Semaphore(PER_HOST))
        async with host, overall:  # the host's turn first: a watch waiting for its host holds no slot
            try:
                await watches.check(svc, watch)
            except Exception as err:  # a bug or a surprise on one site must not stop the others, nor loop
                log.exception("checking %s failed", watch.url)
                await watches.failed(svc, watch, one_line(err))
            finally:
                checking.discard(watch.id)
        await deliver(context)

    due = [watch for watch in await watches.due(svc) if watch.id not in checking]
    checking.update(watch.id for watch in due)
    await asyncio.gather(*(one(watch) for watch in due))
    await deliver(context)


def _host(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:  # a malformed URL: its check fails on its own
        return ""


async def deliver(context: Context) -> int:
    """Send the reports owed (reminders are the reminder job's); each is marked sent once Telegram took it.
    Returns how many went out."""
    sent = 0
    for outgoing in await outbox.unsent(services(context), REPORTS):
        try:
            sent += await send_owed(context, outgoing)
        except Forbidden:  # the chat blocked the bot: the message is dropped, not retried forever
            log.info("chat %s blocked the bot; dropping a watch report", outgoing.chat_id)
            await drop_owed(context, outgoing)
        except TelegramError as err:
            log.warning("could not deliver a watch report to %s: %s", outgoing.chat_id, err)
            continue  # tried again at the next tick
    return sent


async def on_watch(update: Update, context: Context) -> None:
    """/watch URL adds a listing (admins), /watch lists them, /watch remove N|URL stops one."""
    message = update.effective_message
    chat, user = update.effective_chat, update.effective_user
    svc = services(context)
    if message is None or chat is None:
        return
    args, lang = context.args or [], chat_language(update, context)
    if not args:  # a group sees its own watches (its members need not know other groups'); a private chat all
        everyone = chat.type == "private"
        await send_html(context, chat.id, watch_list(await watches.watches(svc, None if everyone else chat.id), lang))
        return
    if not may_ingest(context, user.id if user else None):
        await message.reply_text(t(lang, "watch-admins-only"))
        return
    if args[0].lower() in ("remove", "rm", "删除", "取消") and len(args) > 1:
        removed = await watches.remove(svc, args[1])
        await message.reply_text(removed_text(removed, args[1], lang))
        return
    # its language is the failure notice's if the admin has no chat row
    await subscriptions.ensure_chat(svc, chat.id, lang)
    await add_watch(context, message, user.id if user else None, args[0], lang)


async def add_watch(context: Context, message: Message, user_id: int | None, url: str, lang: str) -> None:
    """Vet the URL, store the watch, and check it once now (learning what is listed already)."""
    svc = services(context)
    reply = message.reply_text
    progress: Message | None = None

    async def checking() -> None:  # said while the first check runs
        nonlocal progress
        progress = await reply(t(lang, "watch-checking", url=esc(url)))

    added = await watches.add(svc, url, message.chat_id, user_id, before_check=checking)
    if added.refused is not None:
        await reply(error_text(added.refused, lang))
        return
    if added.already:
        await reply(t(lang, "watch-already", url=esc(url)))
        return
    checked = added.checked
    assert checked is not None and progress is not None
    if checked.failures:
        text = t(lang, "watch-failing", error=esc(checked.error or ""))
    else:
        hours = f"{svc.settings.watch_every.period.total_seconds() / 3600:g}"
        text = t(lang, "watch-added", url=esc(url), stored=len(checked.arrivals), hours=hours)
    await progress.edit_text(text)

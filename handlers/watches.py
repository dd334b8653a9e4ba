"""/watch: follow a site's listing of rectification notices; the scheduled check and its reports.

A check stores the notices it finds and owes each subscribed chat one message per new notice (the
outbox in SQLite, usecases/watches.py), so a restart neither loses nor repeats a report.
"""

from __future__ import annotations

import logging

from telegram import Message, Update
from telegram.error import Forbidden, TelegramError

from presentation.errors import error_text
from presentation.i18n import t
from presentation.markup import esc
from presentation.watches import removed_text, watch_list
from usecases import subscriptions, watches

from .context import Context, services
from .documents import may_ingest
from .send import chat_language, send_html

log = logging.getLogger(__name__)


async def watch_job(context: Context) -> None:
    """The scheduled tick: check every due watch (one failing site never stops the others), then deliver."""
    await watches.check_due(services(context))
    await deliver(context)


async def deliver(context: Context) -> int:
    """Send the messages owed; each is marked sent once Telegram took it. Returns how many went out."""
    svc = services(context)
    sent = 0
    for outgoing in await watches.outbox(svc):
        try:
            await send_html(context, outgoing.chat_id, outgoing.text)
        except Forbidden:  # the chat blocked the bot: the message is dropped, not retried forever
            log.info("chat %s blocked the bot; dropping a watch report", outgoing.chat_id)
        except TelegramError as err:
            log.warning("could not deliver a watch report to %s: %s", outgoing.chat_id, err)
            continue  # tried again at the next tick
        else:
            sent += 1
        await watches.sent(svc, outgoing)
    return sent


async def on_watch(update: Update, context: Context) -> None:
    """/watch URL adds a listing (admins), /watch lists them, /watch remove N|URL stops one."""
    message = update.effective_message
    chat, user = update.effective_chat, update.effective_user
    svc = services(context)
    if message is None or chat is None:
        return
    args, lang = context.args or [], chat_language(update, context)
    if not args:
        await send_html(context, chat.id, watch_list(await watches.watches(svc), lang))
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

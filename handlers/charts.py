"""/chart [agency or region], the 📊 button under answers and /stats, and the picture a digest may carry.

The picture's data is read on the database thread, drawn in a worker thread (matplotlib takes tens
to hundreds of milliseconds), and sent as a photo whose caption says the same in words.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from pydantic import TypeAdapter
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ContextTypes

from answers.answer import Answer
from answers.i18n import t
from answers.resolve import directory, resolve
from presentation.charts import add_summary_sheet, caption, chart_png
from store.buttons import Kind
from store.tallies import Thresholds, snapshot

from .context import services
from .send import chat_language, chat_today, pressed, remember

log = logging.getLogger(__name__)
THRESHOLDS = "chart_thresholds"  # bot_data key: the lights' thresholds from config.toml [chart]
# What a 📊 button under an answer keeps: the scope's name as shown (None: every agency) and its agencies.
CHART: Kind[tuple[str | None, list[int]]] = Kind("chart", TypeAdapter(tuple[str | None, list[int]]))
CHART_INTENTS = ("summary", "open_items")  # answers that a picture of their scope sums up


def register(app: Application, thresholds: Thresholds) -> None:
    """/chart and the 📊 button. Call before the catch-all button handler: the first match in a group wins."""
    app.bot_data[THRESHOLDS] = thresholds
    app.add_handler(CommandHandler("chart", on_chart))
    app.add_handler(CallbackQueryHandler(on_chart_button, pattern=r"^chart:"))


def thresholds_of(context: ContextTypes.DEFAULT_TYPE) -> Thresholds:
    found = context.bot_data.get(THRESHOLDS)
    return found if isinstance(found, Thresholds) else Thresholds()


async def on_chart(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/chart [scope]: the picture of an agency, a region, or (without a name) every agency."""
    message, chat = update.effective_message, update.effective_chat
    assert message is not None and chat is not None
    name, lang = " ".join(context.args or []).strip(), chat_language(update, context)
    ids: list[int] = []
    if name:
        res = resolve(name, directory(services(context).store))
        if not res.agencies:
            await message.reply_text(t(lang, "no-match", name=name))
            return
        ids = [a.id for a in res.agencies]
        name = res.place or (res.agencies[0].name if len(res.agencies) == 1 else name)
    await send_chart(context, chat.id, name or None, ids, lang, reply_to=message.message_id)


async def on_chart_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """📊 under an answer (its scope, kept in the database) or under /stats (every agency)."""
    query, chat = update.callback_query, update.effective_chat
    assert query is not None and query.data is not None and chat is not None
    key = query.data.removeprefix("chart:")
    scope: str | None = None
    ids: list[int] = []
    if key != "all":
        kept = await pressed(update, context, CHART, key, expired="chart-expired")
        if kept is None:
            return
        scope, ids = kept
    await query.answer()
    await send_chart(context, chat.id, scope, ids, chat_language(update, context))


async def send_chart(
    context: ContextTypes.DEFAULT_TYPE,
    chat_id: int,
    scope: str | None,
    agency_ids: Sequence[int],
    lang: str,
    *,
    reply_to: int | None = None,
) -> bool:
    """Draw the scope's picture off the event loop and send it with its caption; False (and a line
    saying so) when there is nothing to draw."""
    svc = services(context)
    today = chat_today(context, chat_id)
    snap = await svc.db(snapshot, svc.store, list(agency_ids), today, thresholds_of(context))
    if not snap.agencies:
        await context.bot.send_message(chat_id, t(lang, "chart-nothing"), reply_to_message_id=reply_to)
        return False
    png = await asyncio.to_thread(chart_png, snap, scope, lang)
    await context.bot.send_photo(
        chat_id, png, caption=caption(snap, scope, lang), parse_mode=ParseMode.HTML, reply_to_message_id=reply_to
    )
    return True


async def send_digest_chart(context: ContextTypes.DEFAULT_TYPE, chat_id: int, targets: list[str],
                            agency_ids: Sequence[int], lang: str) -> None:  # fmt: skip
    """The one picture a digest carries; a failure to send it is logged, never retried (the text went out)."""
    if not agency_ids:  # subscriptions that cover no stored agency yet: no picture (not one of everything)
        return
    try:
        await send_chart(context, chat_id, "、".join(targets) or None, agency_ids, lang)
    except TelegramError as err:
        log.warning("the chart of chat %s's reminder was not sent: %s", chat_id, err)


async def chart_button(context: ContextTypes.DEFAULT_TYPE, result: Answer, chat_id: int) -> InlineKeyboardMarkup | None:
    """📊 under a summary or an open-item list, for the same scope; None under other answers."""
    if result.intent not in CHART_INTENTS or result.problem is not None:
        return None
    names = set(result.agencies)
    ids = [a.id for a in services(context).store.agencies() if a.name in names]
    scope = result.place or ("、".join(result.agencies) if result.agencies else None)
    key = await remember(context, CHART, (scope, ids), chat_id, None)  # anyone in the chat may ask for it
    return keyboard(f"chart:{key}", result.lang)


async def summary_sheet(
    context: ContextTypes.DEFAULT_TYPE, agency_ids: Sequence[int], lang: str, today: date
) -> Callable[[Any], None]:
    """What /export adds to its workbook: a summary sheet of every agency in scope with a native bar chart."""
    svc = services(context)
    snap = await svc.db(snapshot, svc.store, list(agency_ids), today, thresholds_of(context), None)
    return lambda workbook: add_summary_sheet(workbook, snap.agencies, lang, snap.lights)


def keyboard(data: str, lang: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton(t(lang, "chart-button"), callback_data=data)]])


def stats_keyboard(lang: str) -> InlineKeyboardMarkup:
    """📊 under /stats: every agency."""
    return keyboard("chart:all", lang)

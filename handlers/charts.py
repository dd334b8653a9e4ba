"""/chart [agency or region], the 📊 button under answers and /stats, and the picture a digest may carry.

The picture's data comes from the use case (read off the event loop), it is drawn in a worker thread
(matplotlib takes tens to hundreds of milliseconds) and sent as a photo whose caption says the same
in words.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence

from pydantic import TypeAdapter
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import TelegramError

from answers.answer import Answer
from presentation.charts import caption, chart_png
from presentation.i18n import t
from presentation.markup import esc
from usecases import charts, questions
from usecases.buttons import Kind
from usecases.charts import Chart

from .context import Context, services
from .send import chat_language, chat_today, pressed, remember

log = logging.getLogger(__name__)
# What a 📊 button under an answer keeps: the scope's name as shown (None: every agency) and its agencies.
CHART: Kind[tuple[str | None, list[int]]] = Kind("chart", TypeAdapter(tuple[str | None, list[int]]))
CHART_INTENTS = ("summary", "open_items")  # answers that a picture of their scope sums up


async def on_chart(update: Update, context: Context) -> None:
    """/chart [scope]: the picture of an agency, a region, or (without a name) every agency."""
    message, chat = update.effective_message, update.effective_chat
    assert message is not None and chat is not None
    name, lang = " ".join(context.args or []).strip(), chat_language(update, context)
    drawn = await charts.chart(services(context), name, await chat_today(context, chat.id))
    if drawn.no_match:
        await message.reply_text(t(lang, "no-match", name=esc(name)))
        return
    await send_chart(context, chat.id, drawn, lang, reply_to=message.message_id)


async def on_chart_button(update: Update, context: Context) -> None:
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
    drawn = await charts.chart_of(services(context), scope, ids, await chat_today(context, chat.id))
    await send_chart(context, chat.id, drawn, chat_language(update, context))


async def send_chart(context: Context, chat_id: int, drawn: Chart, lang: str, *, reply_to: int | None = None) -> bool:
    """Draw the picture off the event loop and send it with its caption; False (and a line saying so)
    when there is nothing to draw."""
    snap = drawn.snapshot
    if snap is None or not snap.agencies:
        await context.bot.send_message(chat_id, t(lang, "chart-nothing"), reply_to_message_id=reply_to)
        return False
    png = await asyncio.to_thread(chart_png, snap, drawn.scope, lang)
    await context.bot.send_photo(chat_id, png, caption=caption(snap, drawn.scope, lang), reply_to_message_id=reply_to)
    return True


async def send_digest_chart(
    context: Context, chat_id: int, targets: list[str], agency_ids: Sequence[int], lang: str
) -> None:
    """The one picture a digest carries; a failure to send it is logged, never retried (the text went out)."""
    if not agency_ids:  # subscriptions that cover no stored agency yet: no picture (not one of everything)
        return
    try:
        scope = "、".join(targets) or None
        drawn = await charts.chart_of(services(context), scope, agency_ids, await chat_today(context, chat_id))
        await send_chart(context, chat_id, drawn, lang)
    except TelegramError as err:
        log.warning("the chart of chat %s's reminder was not sent: %s", chat_id, err)


async def chart_button(context: Context, result: Answer, chat_id: int) -> InlineKeyboardMarkup | None:
    """📊 under a summary or an open-item list, for the same scope; None under other answers."""
    if result.intent not in CHART_INTENTS or result.problem is not None:
        return None
    ids = [agency_id for _, agency_id in await questions.agency_ids(services(context), list(result.agencies))]
    scope = result.place or ("、".join(result.agencies) if result.agencies else None)
    key = await remember(context, CHART, (scope, ids), chat_id, None)  # anyone in the chat may ask for it
    return keyboard(f"chart:{key}", result.lang)


def keyboard(data: str, lang: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton(t(lang, "chart-button"), callback_data=data)]])


def stats_keyboard(lang: str) -> InlineKeyboardMarkup:
    """📊 under /stats: every agency."""
    return keyboard("chart:all", lang)

"""Inline-button presses: answer pages, agency choices, subscriptions, pasted notices."""

from __future__ import annotations

from telegram import Message, Update
from telegram.constants import ParseMode
from telegram.ext import ContextTypes

from answers.i18n import t

from .context import services
from .documents import ingest_pasted
from .questions import respond
from .send import chat_language, page_keyboard, recall
from .subscriptions import subscribe


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    if query is None or not query.data:
        return
    kind, _, rest = query.data.partition(":")
    handler = {"pg": _page, "ch": _choice, "sub": _subscribe, "uns": _unsubscribe, "in": _ingest}.get(kind)
    if handler is None:
        await query.answer()
        return
    await handler(update, context, rest)


async def _page(update: Update, context: ContextTypes.DEFAULT_TYPE, rest: str) -> None:
    query = update.callback_query
    assert query is not None
    key, _, number = rest.partition(":")
    pages = recall(context, "pages", key)
    if not isinstance(pages, list):
        await query.answer(t(chat_language(update, context), "page-expired"))
        return
    page = max(0, min(int(number), len(pages) - 1))
    await query.answer()
    if isinstance(query.message, Message) and query.message.text_html != pages[page]:
        await query.edit_message_text(
            pages[page], parse_mode=ParseMode.HTML, reply_markup=page_keyboard(key, page, len(pages))
        )


async def _choice(update: Update, context: ContextTypes.DEFAULT_TYPE, rest: str) -> None:
    query = update.callback_query
    assert query is not None
    key, _, agency = rest.partition(":")
    question = recall(context, "questions", key)
    if not isinstance(question, str):  # forgotten (a restart, or 30 newer questions since)
        await query.answer(t(chat_language(update, context), "choice-expired"), show_alert=True)
        return
    await query.answer()
    await query.edit_message_reply_markup(reply_markup=None)  # chosen: the choices are done with
    await respond(update, context, question, agency_id=int(agency))


async def _subscribe(update: Update, context: ContextTypes.DEFAULT_TYPE, rest: str) -> None:
    query = update.callback_query
    assert query is not None and update.effective_chat is not None
    agency = next((a for a in services(context).store.agencies() if a.id == int(rest)), None)
    await query.answer()
    if agency is not None:
        await subscribe(update, context, update.effective_chat.id, agency.name, "agency")


async def _unsubscribe(update: Update, context: ContextTypes.DEFAULT_TYPE, rest: str) -> None:
    query = update.callback_query
    assert query is not None and update.effective_chat is not None
    svc = services(context)
    chat_id = update.effective_chat.id
    subs = svc.subscriptions.of_chat(chat_id)
    await query.answer()
    if rest == "all":
        svc.subscriptions.unsubscribe(chat_id)
        gone = [s.target for s in subs]
    elif rest.isdigit() and int(rest) < len(subs):
        svc.subscriptions.unsubscribe(chat_id, subs[int(rest)].target)
        gone = [subs[int(rest)].target]
    else:
        gone = []
    svc.reschedule(chat_id)
    await query.edit_message_text(t(chat_language(update, context), "unsubscribed", names="、".join(gone) or "-"))


async def _ingest(update: Update, context: ContextTypes.DEFAULT_TYPE, rest: str) -> None:
    query = update.callback_query
    assert query is not None
    text = recall(context, "pasted", rest)
    await query.answer()
    if isinstance(text, str):
        await ingest_pasted(update, context, text)

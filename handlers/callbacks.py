"""Inline-button presses: answer pages, agency choices, subscriptions, pasted notices."""

from __future__ import annotations

from telegram import Message, Update
from telegram.constants import ParseMode
from telegram.ext import ContextTypes

from presentation.i18n import t
from store.buttons import PAGES, PASTED, QUESTION

from .context import services
from .documents import ingest_pasted
from .questions import respond
from .send import chat_language, forget, not_theirs, page_keyboard, pressed
from .subscriptions import may_manage, subscribe


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
    pages = await pressed(update, context, PAGES, key)
    if pages is None:
        return
    page = max(0, min(int(number), len(pages) - 1)) if number.isdigit() else 0
    await query.answer()
    if isinstance(query.message, Message) and query.message.text_html != pages[page]:
        await query.edit_message_text(
            pages[page], parse_mode=ParseMode.HTML, reply_markup=page_keyboard(key, page, len(pages))
        )


async def _choice(update: Update, context: ContextTypes.DEFAULT_TYPE, rest: str) -> None:
    query = update.callback_query
    assert query is not None
    key, _, agency = rest.partition(":")
    question = await pressed(update, context, QUESTION, key)
    if question is None:
        return
    await query.answer()
    if not agency.isdigit():  # forged callback data: nothing to answer
        return
    await forget(context, key)
    await query.edit_message_reply_markup(reply_markup=None)  # chosen: the choices are done with
    await respond(update, context, question, agency_id=int(agency))


async def _subscribe(update: Update, context: ContextTypes.DEFAULT_TYPE, rest: str) -> None:
    query = update.callback_query
    assert query is not None and update.effective_chat is not None
    agency_id, _, owner = rest.partition(":")
    # the owner named in callback data could be forged: group rights are checked again on every press
    if await not_theirs(update, context, owner) or not await may_manage(update, context):
        return
    agency = next((a for a in services(context).store.agencies() if str(a.id) == agency_id), None)
    await query.answer()
    if agency is not None:
        await query.edit_message_reply_markup(reply_markup=None)  # chosen: the choices are done with
        await subscribe(update, context, update.effective_chat.id, agency.name, "agency")


async def _unsubscribe(update: Update, context: ContextTypes.DEFAULT_TYPE, rest: str) -> None:
    query = update.callback_query
    assert query is not None and update.effective_chat is not None
    rest, _, owner = rest.partition(":")
    if await not_theirs(update, context, owner) or not await may_manage(update, context):
        return
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
    text = await pressed(update, context, PASTED, rest, expired="paste-expired")
    if text is None:
        return
    await query.answer()
    await forget(context, rest)
    await ingest_pasted(update, context, text)

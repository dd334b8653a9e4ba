"""Inline-button presses: answer pages, agency choices, subscriptions, pasted notices. Each kind of
button has its own handler, routed by the prefix of its callback data (bot/app.py: CALLBACKS)."""

from __future__ import annotations

from telegram import Message, Update
from telegram.ext import ApplicationHandlerStop

from answers.numbers import user_number
from presentation.i18n import t
from presentation.markup import esc
from usecases import subscriptions
from usecases.buttons import PAGES, PASTED, QUESTION

from .context import Context, services
from .documents import ingest_pasted
from .questions import respond
from .reminders import plan_reminder
from .send import chat_language, forget, not_theirs, page_keyboard, pressed
from .subscriptions import may_manage, subscribe


def _data(update: Update) -> str:
    """The callback data after its prefix (`pg:`, `ch:` …)."""
    query = update.callback_query
    assert query is not None and query.data is not None
    return query.data.partition(":")[2]


async def on_any_press(update: Update, context: Context) -> None:
    """Every press first: its callback data must be one of the buttons on the message pressed, as Telegram
    says they are now. A modified client can send any data with a press (another message's key, another
    agency's number): that is answered "no longer valid" and goes no further, so the real button still works.
    A message too old for Telegram to show (InaccessibleMessage) cannot be checked: the key's own checks apply."""
    query = update.callback_query
    if query is None or not isinstance(query.message, Message):
        return
    markup = query.message.reply_markup
    shown = {button.callback_data for row in markup.inline_keyboard for button in row} if markup else set()
    if query.data in shown:
        return
    await query.answer(t(chat_language(update, context), "button-invalid"), show_alert=True)
    raise ApplicationHandlerStop


async def on_unknown(update: Update, context: Context) -> None:
    """A button of no kind this bot makes (forged, or from an old version): answered, nothing done."""
    if update.callback_query is not None:
        await update.callback_query.answer()


async def on_page(update: Update, context: Context) -> None:
    """◀ ▶ under a long answer: show that page."""
    query = update.callback_query
    assert query is not None
    key, _, number = _data(update).partition(":")
    pages = await pressed(update, context, PAGES, key)
    if pages is None:
        return
    page = user_number(number, 0, len(pages) - 1) or 0
    await query.answer()
    if isinstance(query.message, Message) and query.message.text_html != pages[page]:
        await query.edit_message_text(pages[page], reply_markup=page_keyboard(key, page, len(pages)))


async def on_choice(update: Update, context: Context) -> None:
    """An agency chosen for an ambiguous question: the question answered for it."""
    query = update.callback_query
    assert query is not None
    key, _, agency = _data(update).partition(":")
    question = await pressed(update, context, QUESTION, key)
    if question is None:
        return
    await query.answer()
    agency_id = user_number(agency)
    if agency_id is None:  # forged callback data: nothing to answer
        return
    await forget(context, key)
    await query.edit_message_reply_markup(reply_markup=None)  # chosen: the choices are done with
    await respond(update, context, question, agency_id=agency_id)


async def on_subscribe(update: Update, context: Context) -> None:
    """An agency chosen for /subscribe."""
    query = update.callback_query
    assert query is not None and update.effective_chat is not None
    agency_id, _, owner = _data(update).partition(":")
    # the owner named in callback data could be forged: group rights are checked again on every press
    if await not_theirs(update, context, owner) or not await may_manage(update, context):
        return
    number = user_number(agency_id)
    target = None if number is None else await subscriptions.agency_target(services(context), number)
    await query.answer()
    if target is not None:
        await query.edit_message_reply_markup(reply_markup=None)  # chosen: the choices are done with
        await subscribe(update, context, update.effective_chat.id, target)


async def on_unsubscribe(update: Update, context: Context) -> None:
    """A subscription (or all of them) chosen for /unsubscribe."""
    query = update.callback_query
    assert query is not None and update.effective_chat is not None
    which, _, owner = _data(update).partition(":")
    if await not_theirs(update, context, owner) or not await may_manage(update, context):
        return
    svc = services(context)
    chat_id = update.effective_chat.id
    await query.answer()
    done = await subscriptions.unsubscribe(svc, chat_id, which, shown=True)
    plan_reminder(context.job_queue, chat_id, done.next_run, svc.clock())
    text = t(chat_language(update, context), "unsubscribed", names="、".join(map(esc, done.names)) or "-")
    await query.edit_message_text(text)


async def on_ingest(update: Update, context: Context) -> None:
    """“Store this notice” under a pasted text."""
    query = update.callback_query
    assert query is not None
    key = _data(update)
    text = await pressed(update, context, PASTED, key, expired="paste-expired")
    if text is None:
        return
    await query.answer()
    await forget(context, key)
    await ingest_pasted(update, context, text)

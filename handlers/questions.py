"""Questions: plain text in private chats, /ask anywhere, mentions in groups. Ambiguity → buttons."""

from __future__ import annotations

import re
from datetime import timedelta

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from answers.answer import Answer
from answers.conversation import converse
from answers.render import format_answer
from notices import looks_like_notice

from .context import services
from .send import choice_keyboard, remember, send_html


async def respond(
    update: Update, context: ContextTypes.DEFAULT_TYPE, question: str, agency_id: int | None = None
) -> None:
    """Answer a question in the chat it came from."""
    chat = update.effective_chat
    assert chat is not None
    svc = services(context)
    ttl = timedelta(minutes=svc.settings.context_minutes)
    result = converse(svc.store, chat.id, question, now=svc.clock(), ttl=ttl, agency_id=agency_id)
    markup = _choices(context, question, result) if agency_id is None else None
    message = update.effective_message
    await send_html(
        context, chat.id, format_answer(result), reply_to=message.message_id if message else None, markup=markup
    )


def _choices(context: ContextTypes.DEFAULT_TYPE, question: str, result: Answer) -> InlineKeyboardMarkup | None:
    """Buttons for the agencies a question may mean, or for the one a name not recognised resembles."""
    names = result.choices if result.problem == "ambiguous" else result.suggestions[:1]
    if result.problem not in ("ambiguous", "no_match") or not names:
        return None
    ids = {a.name: a.id for a in services(context).store.agencies()}
    key = remember(context, "questions", question)
    return choice_keyboard([(name, f"ch:{key}:{ids[name]}") for name in names if name in ids])


async def on_private_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Private chat: any text is a question, unless it is a pasted notice (then offer to store it)."""
    message = update.effective_message
    if message is None or not message.text:
        return
    text = message.text
    if looks_like_notice(text):
        key = remember(context, "pasted", text)
        markup = choice_keyboard([("📥 收录这份通报 / Store this notice", f"in:{key}")])
        await message.reply_text(
            "这段文字像一份整改通报，要收录吗？ / This looks like a rectification notice; store it?",
            reply_markup=markup,
        )
        return
    await respond(update, context, text)


async def on_ask(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/ask <question>."""
    question = " ".join(context.args or [])
    await respond(update, context, question)


async def on_mention(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """In groups the bot answers only when mentioned."""
    message = update.effective_message
    if message is None or not message.text:
        return
    username = context.bot.username
    if f"@{username}".lower() not in message.text.lower():
        return
    question = re.sub(rf"@{re.escape(username)}", " ", message.text, flags=re.I).strip()
    await respond(update, context, question)

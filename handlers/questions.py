"""Questions: plain text in private chats, /ask anywhere, mentions in groups. Ambiguity → buttons."""

from __future__ import annotations

import re
from dataclasses import replace

from telegram import InlineKeyboardMarkup, Update

from answers.answer import Answer
from presentation.markup import as_of
from presentation.render import format_answer
from usecases import questions
from usecases.buttons import QUESTION

from .charts import chart_button
from .context import Context, services
from .documents import on_pasted_text
from .send import chat_language, chat_today, choice_keyboard, remember, send_html


async def respond(update: Update, context: Context, question: str, agency_id: int | None = None) -> None:
    """Answer a question in the chat it came from."""
    chat = update.effective_chat
    assert chat is not None
    result = await questions.ask(services(context), chat.id, question, agency_id=agency_id)
    if result.problem == "empty":  # nothing left to tell a language by (zero-width characters): the chat's
        result = replace(result, lang=chat_language(update, context))
    asker = update.effective_user.id if update.effective_user else None  # buttons answer the asker only
    markup = await _choices(context, question, result, chat.id, asker) if agency_id is None else None
    markup = markup or await chart_button(context, result, chat.id)  # 📊 under summaries and open-item lists
    message = update.effective_message
    with as_of(await chat_today(context, chat.id)):  # deadlines marked against the chat's own date
        text = format_answer(result)
    reply_to = message.message_id if message else None
    await send_html(context, chat.id, text, reply_to=reply_to, markup=markup, shown_to=asker)


async def _choices(
    context: Context, question: str, result: Answer, chat_id: int, asker: int | None
) -> InlineKeyboardMarkup | None:
    """Buttons for the agencies a question may mean, or for the one a name not recognised resembles."""
    names = result.choices if result.problem == "ambiguous" else result.suggestions[:1]
    if result.problem not in ("ambiguous", "no_match") or not names:
        return None
    choices = await questions.agency_ids(services(context), names)
    key = await remember(context, QUESTION, question, chat_id, asker)
    return choice_keyboard([(name, f"ch:{key}:{agency_id}") for name, agency_id in choices])


async def on_private_text(update: Update, context: Context) -> None:
    """Private chat: any text is a question, unless it is a pasted notice (then offer to store it)."""
    message = update.effective_message
    if message is None or not message.text:
        return
    if await on_pasted_text(update, context):  # a pasted notice, perhaps split by Telegram into parts
        return
    await respond(update, context, message.text)


async def on_ask(update: Update, context: Context) -> None:
    """/ask <question>."""
    question = " ".join(context.args or [])
    await respond(update, context, question)


async def on_mention(update: Update, context: Context) -> None:
    """In groups the bot answers only when mentioned."""
    message = update.effective_message
    if message is None or not message.text:
        return
    username = context.bot.username
    if f"@{username}".lower() not in message.text.lower():
        return
    question = re.sub(rf"@{re.escape(username)}", " ", message.text, flags=re.I).strip()
    await respond(update, context, question)

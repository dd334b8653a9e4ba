"""/start, /help, /lang, /agencies, /stats, /export, and the bot being blocked or removed."""

from __future__ import annotations

import contextlib

from telegram import ChatMember, Update

from presentation.i18n import t
from presentation.markup import EXAMPLES, esc
from presentation.render import format_answer
from usecases import ledger, questions, subscriptions

from .charts import stats_keyboard
from .context import Context, services
from .reminders import plan_reminder
from .send import chat_language, chat_today, reader_language
from .subscriptions import may_manage

# What /lang accepts: the codes, and each language's name as people write it.
LANGUAGE_WORDS = {"zh": "zh", "cn": "zh", "中文": "zh", "汉语": "zh", "en": "en", "english": "en", "英文": "en"}


def welcome(lang: str) -> str:
    return t(lang, "welcome", examples="\n".join(f"• {esc(e)}" for e in EXAMPLES[lang]))


async def on_start(update: Update, context: Context) -> None:
    """/start: welcome, and resume reminders if the chat had been paused."""
    chat, message = update.effective_chat, update.effective_message
    assert chat is not None and message is not None
    svc, lang = services(context), chat_language(update, context)
    if await subscriptions.was_paused(svc, chat.id):
        _, next_run = await subscriptions.pause(svc, chat.id, False)
        plan_reminder(context.job_queue, chat.id, next_run, svc.clock())
        await message.reply_text(t(lang, "welcome-back"))
    await message.reply_text(welcome(lang))


async def on_help(update: Update, context: Context) -> None:
    """/help: every command with an example."""
    message = update.effective_message
    assert message is not None
    await message.reply_text(t(chat_language(update, context), "help"))


async def on_lang(update: Update, context: Context) -> None:
    """/lang zh|en: the chat's language for replies, reminders and ingest summaries."""
    message, chat = update.effective_message, update.effective_chat
    assert message is not None and chat is not None
    choice = LANGUAGE_WORDS.get((context.args or [""])[0].lower())
    if choice is None:
        await message.reply_text(t(chat_language(update, context), "lang-usage"))
        return
    if not await may_manage(update, context):
        return
    await subscriptions.set_language(services(context), chat.id, choice)
    await message.reply_text(t(choice, "lang-set"))


async def on_agencies(update: Update, context: Context) -> None:
    message = update.effective_message
    assert message is not None
    text = format_answer(await questions.agencies(services(context), chat_language(update, context)))
    await message.reply_text(text)


async def on_stats(update: Update, context: Context) -> None:
    message = update.effective_message
    assert message is not None
    stats = await ledger.stats(services(context))
    lang = chat_language(update, context)
    await message.reply_text(
        "\n".join(t(lang, "stats-line", name=t(lang, f"stats-{k}"), value=v) for k, v in stats.items()),
        reply_markup=stats_keyboard(lang),  # 📊: the picture of every agency
    )


async def on_export(update: Update, context: Context) -> None:
    """/export [agency or region]: the ledger as .xlsx and .csv."""
    message, chat = update.effective_message, update.effective_chat
    assert message is not None and chat is not None
    name, lang = " ".join(context.args or []).strip(), chat_language(update, context)
    exported = await ledger.export(services(context), name, lang, await chat_today(context, chat.id))
    if exported.no_match:
        await message.reply_text(t(lang, "no-match", name=esc(name)))
        return
    if exported.divided:  # over the Bot API's 50 MB: say why several files (or a zip) come
        await message.reply_text(t(lang, "ledger-divided", count=len(exported.files)))
    for file in exported.files:
        await context.bot.send_document(chat.id, file.data, filename=file.name)


async def on_my_chat_member(update: Update, context: Context) -> None:
    """Blocked or removed from a chat → pause its reminders; added back → resume."""
    change = update.my_chat_member
    if change is None:
        return
    gone = change.new_chat_member.status in (ChatMember.BANNED, ChatMember.LEFT)
    svc = services(context)
    known, next_run = await subscriptions.pause(svc, change.chat.id, gone)
    if known:
        plan_reminder(context.job_queue, change.chat.id, next_run, svc.clock())


async def on_error(update: object, context: Context) -> None:
    """Anything unexpected: log it with its traceback, tell the user briefly."""
    import logging

    logging.getLogger("rectibot").error("error handling an update", exc_info=context.error)
    if isinstance(update, Update) and update.effective_chat is not None:
        with contextlib.suppress(Exception):  # the error handler itself must not raise
            await context.bot.send_message(update.effective_chat.id, t(reader_language(update), "error"))

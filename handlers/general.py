"""/start, /help, /lang, /agencies, /stats, /export, and the bot being blocked or removed."""

from __future__ import annotations

import contextlib

from telegram import ChatMember, Update
from telegram.constants import ParseMode
from telegram.ext import ContextTypes

from answers.answer import Answer
from answers.resolve import directory, resolve
from presentation.export import ledger_csv, ledger_file_stem, ledger_xlsx
from presentation.i18n import t
from presentation.markup import EXAMPLES, esc
from presentation.render import format_answer

from .context import services
from .send import chat_language, chat_today, reader_language
from .subscriptions import ensure_chat, may_manage

# What /lang accepts: the codes, and each language's name as people write it.
LANGUAGE_WORDS = {"zh": "zh", "cn": "zh", "中文": "zh", "汉语": "zh", "en": "en", "english": "en", "英文": "en"}


def welcome(lang: str) -> str:
    return t(lang, "welcome", examples="\n".join(f"• {esc(e)}" for e in EXAMPLES[lang]))


async def on_start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/start: welcome, and resume reminders if the chat had been paused."""
    chat, message = update.effective_chat, update.effective_message
    assert chat is not None and message is not None
    svc, lang = services(context), chat_language(update, context)
    schedule = svc.subscriptions.chat(chat.id)
    if schedule is not None and schedule.paused:
        await svc.db(svc.subscriptions.set_paused, chat.id, False)
        svc.reschedule(chat.id)
        await message.reply_text(t(lang, "welcome-back"))
    await message.reply_text(welcome(lang), parse_mode=ParseMode.HTML)


async def on_help(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/help: every command with an example."""
    message = update.effective_message
    assert message is not None
    await message.reply_text(t(chat_language(update, context), "help"), parse_mode=ParseMode.HTML)


async def on_lang(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/lang zh|en: the chat's language for replies, reminders and ingest summaries."""
    message, chat = update.effective_message, update.effective_chat
    assert message is not None and chat is not None
    choice = LANGUAGE_WORDS.get((context.args or [""])[0].lower())
    if choice is None:
        await message.reply_text(t(chat_language(update, context), "lang-usage"))
        return
    if not await may_manage(update, context):
        return
    svc = services(context)
    await ensure_chat(svc, chat.id, choice)
    await svc.db(svc.subscriptions.set_language, chat.id, choice, chosen=True)
    svc.languages[chat.id] = choice
    await message.reply_text(t(choice, "lang-set"))


async def on_agencies(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    assert message is not None
    names = [a.name for a in services(context).store.agencies()]
    text = format_answer(Answer("list_agencies", "zh", "", agencies=names[:400], total=len(names)))
    await message.reply_text(text, parse_mode=ParseMode.HTML)


async def on_stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    assert message is not None
    svc = services(context)
    stats = {**svc.store.stats(), **svc.subscriptions.count()}
    lang = chat_language(update, context)
    await message.reply_text(
        "\n".join(t(lang, "stats-line", name=t(lang, f"stats-{k}"), value=v) for k, v in stats.items())
    )


async def on_export(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/export [agency or region]: the ledger as .xlsx and .csv."""
    message, chat = update.effective_message, update.effective_chat
    assert message is not None and chat is not None
    svc = services(context)
    name = " ".join(context.args or []).strip()
    ids: list[int] = []
    if name:
        res = resolve(name, directory(svc.store))
        if not res.agencies:
            await message.reply_text(t(chat_language(update, context), "no-match", name=name))
            return
        ids = [a.id for a in res.agencies]
    lang, today = chat_language(update, context), chat_today(context, chat.id)
    stem = ledger_file_stem(name, lang)
    xlsx = ledger_xlsx(svc.store, ids, lang=lang, today=today)
    await context.bot.send_document(chat.id, xlsx, filename=f"{stem}.xlsx")
    csv = ledger_csv(svc.store, ids, lang=lang, today=today)
    await context.bot.send_document(chat.id, csv, filename=f"{stem}.csv")


async def on_my_chat_member(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Blocked or removed from a chat → pause its reminders; added back → resume."""
    change = update.my_chat_member
    if change is None:
        return
    svc = services(context)
    chat_id = change.chat.id
    status = change.new_chat_member.status
    if svc.subscriptions.chat(chat_id) is None:
        return
    gone = status in (ChatMember.BANNED, ChatMember.LEFT)
    await svc.db(svc.subscriptions.set_paused, chat_id, gone)
    svc.reschedule(chat_id)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Anything unexpected: log it with its traceback, tell the user briefly."""
    import logging

    logging.getLogger("rectibot").error("error handling an update", exc_info=context.error)
    if isinstance(update, Update) and update.effective_chat is not None:
        with contextlib.suppress(Exception):  # the error handler itself must not raise
            await context.bot.send_message(update.effective_chat.id, t(reader_language(update), "error"))

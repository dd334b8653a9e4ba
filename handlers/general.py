"""/start, /help, /agencies, /stats, /export, and the bot being blocked or removed."""

from __future__ import annotations

import contextlib

from telegram import ChatMember, Update
from telegram.constants import ParseMode
from telegram.ext import ContextTypes

from answers.answer import Answer
from answers.export import ledger_csv, ledger_file_stem, ledger_xlsx
from answers.markup import EXAMPLES
from answers.render import format_answer
from answers.resolve import directory, resolve

from .context import services
from .send import chat_today, reader_language

WELCOME = (
    "你好！我是整改通报助手：把巡察整改通报文件（txt、docx、pdf、html）发给我，我会读取并收录；"
    "也可以直接提问，例如：\n" + "\n".join(f"• {e}" for e in EXAMPLES["zh"]) + "\n\n"
    "Hello! Send me rectification notices (txt, docx, pdf, html) and ask about them in Chinese or English.\n"
    "/subscribe 朔州科技局 — 定时提醒未完成的整改 / scheduled reminders of open items\n"
    "/remind daily 09:00 — 提醒时间 / when to remind\n/export — 整改台账 / the ledger as .xlsx and .csv"
)


async def on_start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/start: welcome, and resume reminders if the chat had been paused."""
    chat, message = update.effective_chat, update.effective_message
    assert chat is not None and message is not None
    svc = services(context)
    schedule = svc.subscriptions.chat(chat.id)
    if schedule is not None and schedule.paused:
        await svc.db(svc.subscriptions.set_paused, chat.id, False)
        svc.reschedule(chat.id)
        await message.reply_text("欢迎回来，提醒已恢复。/ Welcome back; reminders are on again.")
    await message.reply_text(WELCOME)


async def on_help(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    assert message is not None
    await message.reply_text(WELCOME)


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
    await message.reply_text("\n".join(f"{k}: {v}" for k, v in stats.items()))


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
            await message.reply_text(f"没有找到“{name}”。/ Nothing matches “{name}”.")
            return
        ids = [a.id for a in res.agencies]
    lang, today = reader_language(update), chat_today(context, chat.id)
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
            await context.bot.send_message(
                update.effective_chat.id, "抱歉，出错了，请稍后再试。/ Sorry, something went wrong; please try again."
            )

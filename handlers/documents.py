"""Notice files sent or forwarded to the bot, pasted notices (joined when Telegram split them), /undo."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable
from pathlib import PurePath
from typing import Any

from telegram import Chat, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatAction
from telegram.ext import JobQueue

from answers.numbers import user_number
from errors import DownloadFailed, RectibotError, TooBig
from notices import SUFFIXES, looks_like_notice
from presentation.errors import error_text
from presentation.i18n import DEFAULT, t
from presentation.markup import esc
from presentation.receipts import format_held, format_ingest, format_removed
from usecases import notices
from usecases.buttons import HELD, PASTED
from usecases.notices import Added

from .context import Context, services
from .progress import PageProgress, page_progress  # a scan is read by OCR: progress page by page
from .send import chat_language, choice_keyboard, forget, pressed, remember

log = logging.getLogger(__name__)
# Telegram splits a long pasted text into messages of 4096 characters: a message this long may be one
# part of several, and the parts that follow come within seconds.
SPLIT_LENGTH = 4000
PASTE_WAIT_S = 3.0


def may_ingest(context: Context, user_id: int | None) -> bool:
    return services(context).is_admin(user_id)


def addressed(message: Message, bot_username: str | None, bot_id: int) -> bool:
    """Whether a group message speaks to the bot: it mentions it, or replies to one of its messages."""
    mention = f"@{bot_username}".lower() if bot_username else None
    text = (message.caption or message.text or "").lower()
    replied = message.reply_to_message
    return bool(mention and mention in text) or bool(replied and replied.from_user and replied.from_user.id == bot_id)


async def on_document(update: Update, context: Context) -> None:
    """Download, parse and store a notice file; reply with what was stored."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or message.document is None or chat is None:
        return
    doc = message.document
    user = update.effective_user
    lang = chat_language(update, context)
    if not may_ingest(context, user.id if user else None):
        # In a group, members share files with each other all day: refuse only when the bot is asked.
        if chat.type == Chat.PRIVATE or addressed(message, context.bot.username, context.bot.id):
            await message.reply_text(t(lang, "admins-only-add"))
        return
    name = doc.file_name or "notice"
    limit = services(context).settings.max_file_bytes
    if doc.file_size and doc.file_size > limit:
        await message.reply_text(error_text(TooBig(doc.file_size, limit), lang, mark=False))  # nothing was tried
        return
    suffix = PurePath(name).suffix.lower()
    if suffix and suffix not in SUFFIXES:  # no extension: the bytes tell (a .docx saved without one)
        await message.reply_text(t(lang, "bad-suffix", name=esc(name)))
        return
    progress = await message.reply_text(t(lang, "reading", name=esc(name)))
    await context.bot.send_chat_action(message.chat_id, ChatAction.TYPING)
    data = await download(context, progress, doc.file_id, limit, lang)
    if data is not None:
        await read_and_store(context, progress, data, name, lang, shown_to=user.id if user else None)


async def download(context: Context, progress: Message, file_id: str, limit: int, lang: str) -> bytes | None:
    """The file's bytes, capped at `limit` while they stream in; None (the user told why) if it failed."""
    svc = services(context)
    file = await context.bot.get_file(file_id)
    try:
        if file.file_size and file.file_size > limit:
            raise TooBig(file.file_size, limit)
        if svc.download is None or not file.file_path:
            return bytes(await file.download_as_bytearray())
        return await svc.download(file.file_path, limit)
    except TooBig as err:  # a refusal by size, said plainly as before the download
        await progress.edit_text(error_text(err, lang, mark=False))
    except DownloadFailed as err:
        log.warning("download failed: %s", err)
        await progress.edit_text(error_text(err, lang))
    return None


async def read_and_store(
    context: Context, progress: Message, data: bytes, name: str, lang: str, *, shown_to: int | None
) -> None:
    """Parse untrusted bytes in a reader process, then store them; every failure is one line in the chat.
    `shown_to`: who sent them (the only one a "store anyway" button answers)."""
    report = page_progress(progress, asyncio.get_running_loop(), lang)
    await adding(context, progress, notices.add_file(services(context), data, name, report), lang, report, shown_to)


async def adding(
    context: Context,
    progress: Message,
    work: Awaitable[Added],
    lang: str,
    report: PageProgress | None = None,
    shown_to: int | None = None,
) -> None:
    """Wait for a notice being added and edit the progress message into the summary (or a confirmation
    to give, or why it could not be read); `shown_to`: the only one the confirmation answers."""
    try:
        added = await work
    except RectibotError as err:  # unreadable, or the database refused it (disk full): never left at "reading…"
        if report is not None:
            await report.settle()
        await progress.edit_text(error_text(err, lang))
        return
    if report is not None:
        await report.settle()  # a late page's progress must not overwrite the summary
    result, notice = added.result, added.notice
    if result.outcome == "held":
        key = await remember(context, HELD, (notice, added.name), progress.chat_id, shown_to)
        markup = choice_keyboard([(t(lang, "held-button"), f"ok:{key}")])
        await progress.edit_text(format_held(result, lang), reply_markup=markup)
        return
    warnings = notice.warnings if result.outcome != "duplicate" else ()
    text = format_ingest(result, notice.status_counts(), warnings, lang)
    await progress.edit_text(text)


async def on_confirm(update: Update, context: Context) -> None:
    """“Store anyway” pressed under a held notice."""
    query = update.callback_query
    assert query is not None and query.data is not None
    key = query.data.partition(":")[2]
    held = await pressed(update, context, HELD, key, expired="held-expired")
    if held is None:
        return
    await query.answer()
    if not isinstance(query.message, Message) or not may_ingest(context, query.from_user.id):
        return
    await forget(context, key)
    notice, name = held
    work = notices.store(services(context), notice, name, confirm=True)
    await adding(context, query.message, work, chat_language(update, context))


async def ingest_pasted(update: Update, context: Context, text: str) -> None:
    """The user confirmed that a pasted text is a notice to store."""
    query = update.callback_query
    assert query is not None and isinstance(query.message, Message)
    lang = chat_language(update, context)
    if not may_ingest(context, query.from_user.id):
        await query.message.edit_text(t(lang, "admins-only-add"))
        return
    report = page_progress(query.message, asyncio.get_running_loop(), lang)
    work = notices.add_paste(services(context), text, t(lang, "pasted-name"), report)
    await adding(context, query.message, work, lang, report, shown_to=query.from_user.id)


# --- pasted notices ---------------------------------------------------------------------------------
async def on_pasted_text(update: Update, context: Context) -> bool:
    """Take a private message that is (part of) a pasted notice: offer to store it once it is whole.

    Returns False for an ordinary message (a question)."""
    message = update.effective_message
    if message is None or not message.text or context.chat_data is None or context.job_queue is None:
        return False
    parts: list[tuple[int, str]] = context.chat_data.setdefault("paste_parts", [])
    if not parts and not looks_like_notice(message.text):
        return False  # a question, however long: a notice's first part names its inspection and rectification
    if not parts and len(message.text) < SPLIT_LENGTH:
        await offer_paste(context, message.chat_id, message.text, chat_language(update, context))
        return True
    context.chat_data["paste_lang"] = chat_language(update, context)
    parts.append((message.message_id, message.text))
    for job in context.job_queue.get_jobs_by_name(f"paste:{message.chat_id}"):
        job.schedule_removal()
    if len(message.text) >= SPLIT_LENGTH:  # more may follow; offer what came if nothing does
        jobs: JobQueue[Any] = context.job_queue
        jobs.run_once(_paste_complete, PASTE_WAIT_S, chat_id=message.chat_id, name=f"paste:{message.chat_id}")
        return True
    await _offer_parts(context, message.chat_id)  # a shorter part is the last one
    return True


async def _paste_complete(context: Context) -> None:
    assert context.job is not None and context.job.chat_id is not None
    await _offer_parts(context, context.job.chat_id)


async def _offer_parts(context: Context, chat_id: int) -> None:
    parts = sorted((context.chat_data or {}).pop("paste_parts", []))  # in message order, however handled
    text = join_parts([part for _, part in parts])
    if looks_like_notice(text):
        await offer_paste(context, chat_id, text, (context.chat_data or {}).get("paste_lang", DEFAULT))


def join_parts(parts: list[str]) -> str:
    """Join a split paste: where a part ends a sentence, a new line; inside a sentence, nothing between."""
    text = ""
    for part in parts:
        text += ("\n" if text and text.rstrip()[-1:] in "。；;：:！？!?）)" else "") + part
    return text


async def offer_paste(context: Context, chat_id: int, text: str, lang: str) -> None:
    key = await remember(context, PASTED, text, chat_id, chat_id)  # pasted notices come in private chats only
    markup: InlineKeyboardMarkup = choice_keyboard([(t(lang, "paste-button"), f"in:{key}")])
    await context.bot.send_message(chat_id, t(lang, "paste-offer"), reply_markup=markup)


# --- undo -------------------------------------------------------------------------------------------
async def on_undo(update: Update, context: Context) -> None:
    """/undo: take back the last notice stored; /undo <id> removes that notice (admins only)."""
    message, user = update.effective_message, update.effective_user
    assert message is not None
    if not may_ingest(context, user.id if user else None):
        await message.reply_text(t(chat_language(update, context), "admins-only-undo"))
        return
    arg = (context.args or [""])[0]
    number = user_number(arg) if arg else None
    removed = None if arg and number is None else await notices.undo(services(context), number)
    if removed is None:
        await message.reply_text(t(chat_language(update, context), "nothing-to-undo"))
        return
    log.info("removed notice %s (%s) at the request of user %s", removed.notice_id, removed.agency, user and user.id)
    await message.reply_text(format_removed(removed, chat_language(update, context)))

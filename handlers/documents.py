"""Notice files sent or forwarded to the bot, and pasted notices the user chose to store."""

from __future__ import annotations

import asyncio
import logging
from pathlib import PurePath

from telegram import Message, Update
from telegram.constants import ChatAction, ParseMode
from telegram.ext import ContextTypes

from answers.markup import esc
from answers.render import format_ingest
from notices import Notice, NoticeError, parse_bytes, parse_notice

from .context import services
from .progress import page_progress  # a scan is read by OCR: progress page by page

log = logging.getLogger(__name__)
SUFFIXES = {".txt", ".text", ".docx", ".doc", ".wps", ".pdf", ".html", ".htm", ".png", ".jpg", ".jpeg", ".tif", ".tiff"}


def may_ingest(context: ContextTypes.DEFAULT_TYPE, user_id: int | None) -> bool:
    admins = services(context).settings.admins
    return not admins or (user_id is not None and user_id in admins)


async def on_document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Download, parse and store a notice file; reply with what was stored."""
    message = update.effective_message
    if message is None or message.document is None:
        return
    doc = message.document
    user = update.effective_user
    if not may_ingest(context, user.id if user else None):
        await message.reply_text("抱歉，只有管理员可以添加通报。/ Sorry, only the bot's admins can add notices.")
        return
    name = doc.file_name or "notice"
    limit = services(context).settings.max_file_bytes
    if doc.file_size and doc.file_size > limit:
        await message.reply_text(
            f"文件太大（{doc.file_size / 1e6:.1f} MB），上限 {limit / 1e6:.0f} MB。/ The file is too large "
            f"({doc.file_size / 1e6:.1f} MB); the limit is {limit / 1e6:.0f} MB."
        )
        return
    suffix = PurePath(name).suffix.lower()
    if suffix and suffix not in SUFFIXES:  # no extension: the bytes tell (a .docx saved without one)
        await message.reply_text(
            f"无法读取 {name}：请发送 txt、docx、doc、pdf、html 格式的通报或通报的图片。/ "
            f"I can't read {name}: send the notice as .txt, .docx, .doc, .pdf, .html or as images of its pages."
        )
        return
    progress = await message.reply_text(f"正在读取 {name} …")
    await context.bot.send_chat_action(message.chat_id, ChatAction.TYPING)
    file = await doc.get_file()
    data = bytes(await file.download_as_bytearray())
    report = page_progress(progress, asyncio.get_running_loop())
    try:
        notice = await asyncio.to_thread(parse_bytes, data, name, report)  # parsing is pure: safe off the loop
    except NoticeError as err:
        await report.settle()
        await progress.edit_text(f"❌ {esc(err)}", parse_mode=ParseMode.HTML)
        return
    await report.settle()
    await store_notice(context, progress, notice, name)


async def store_notice(
    context: ContextTypes.DEFAULT_TYPE, progress: Message, notice: Notice, name: str, url: str | None = None
) -> None:
    """Store a parsed notice and edit the progress message into the summary (`url`: where it was fetched)."""
    svc = services(context)
    try:
        result = svc.store.ingest(notice, name, url=url)
    except ValueError as err:
        await progress.edit_text(f"❌ {esc(err)}", parse_mode=ParseMode.HTML)
        return
    log.info("ingested %s: %s (%s)", name, result.agency, result.outcome)
    text = format_ingest(result, notice.status_counts(), notice.warnings if result.outcome != "duplicate" else ())
    await progress.edit_text(text, parse_mode=ParseMode.HTML)


async def ingest_pasted(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> None:
    """The user confirmed that a pasted text is a notice to store."""
    query = update.callback_query
    assert query is not None and isinstance(query.message, Message)
    if not may_ingest(context, query.from_user.id):
        await query.message.edit_text("抱歉，只有管理员可以添加通报。/ Sorry, only the bot's admins can add notices.")
        return
    try:
        notice = await asyncio.to_thread(parse_notice, text, "the pasted text")
    except NoticeError as err:
        await query.message.edit_text(f"❌ {esc(err)}", parse_mode=ParseMode.HTML)
        return
    await store_notice(context, query.message, notice, "pasted text")

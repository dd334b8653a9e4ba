"""Photos and scans of a notice sent as pictures: one photo, or an album (one notice, pages in order),
read by OCR with page-by-page progress."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from telegram import Message, Update

from presentation.i18n import t
from usecases import notices

from .context import Context, services
from .documents import adding, download, may_ingest
from .progress import page_progress
from .send import chat_language

ALBUM_WAIT = 1.5  # seconds without a new photo after which an album is taken as complete
MAX_PAGES = 40


@dataclass
class _Album:
    messages: list[Message] = field(default_factory=list)
    last_seen: float = 0.0


async def on_photo(update: Update, context: Context) -> None:
    """A photo alone is read at once; photos of an album are gathered and read together, in order."""
    message = update.effective_message
    if message is None or not message.photo:
        return
    user = update.effective_user
    if not may_ingest(context, user.id if user else None):
        if message.media_group_id is None or _first_of_album(context, message):
            await message.reply_text(t(chat_language(update, context), "admins-only-add"))
        return
    if message.media_group_id is None:
        await read_photos(context, [message], chat_language(update, context))
        return
    albums: dict[tuple[int, str], _Album] = context.bot_data.setdefault("albums", {})
    key = (message.chat_id, message.media_group_id)
    loop = asyncio.get_running_loop()
    album = albums.get(key)
    if album is not None:
        album.messages.append(message)
        album.last_seen = loop.time()
        return
    album = albums[key] = _Album([message], loop.time())
    while loop.time() - album.last_seen < ALBUM_WAIT:  # Telegram delivers an album as separate messages
        await asyncio.sleep(ALBUM_WAIT / 3)
    del albums[key]
    await read_photos(context, sorted(album.messages, key=lambda m: m.message_id), chat_language(update, context))


def _first_of_album(context: Context, message: Message) -> bool:
    seen: set[tuple[int, str]] = context.bot_data.setdefault("refused_albums", set())
    if len(seen) > 1000:  # only recent albums matter: the set stays small
        seen.clear()
    key = (message.chat_id, str(message.media_group_id))
    if key in seen:
        return False
    seen.add(key)
    return True


async def read_photos(context: Context, messages: list[Message], lang: str) -> None:
    """Download the largest size of each photo, OCR them as the pages of one notice, store it."""
    first = messages[0]
    limit = services(context).settings.max_file_bytes
    if len(messages) > MAX_PAGES:
        await first.reply_text(t(lang, "ocr-too-many-pages", max=MAX_PAGES))
        return
    progress = await first.reply_text(t(lang, "ocr-reading", count=len(messages)))
    images: list[bytes] = []
    for message in messages:
        photo = message.photo[-1]  # the largest size Telegram keeps
        if photo.file_size and photo.file_size > limit:
            await progress.edit_text(t(lang, "photo-too-big", mb=f"{limit / 1e6:.0f}"))
            return
        data = await download(context, progress, photo.file_id, limit, lang)  # capped by bytes read
        if data is None:  # too big or failed: the progress message says so
            return
        images.append(data)
    name = t(lang, "photo-name", count=len(images))  # what errors and the summary call them
    report = page_progress(progress, asyncio.get_running_loop(), lang)
    sender = first.from_user.id if first.from_user else None
    work = notices.add_photos(services(context), images, name, report)  # OCR takes seconds a page
    await adding(context, progress, work, lang, report, shown_to=sender)

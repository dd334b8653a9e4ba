"""Links to notices in a message: each is fetched, parsed and stored like a forwarded file."""

from __future__ import annotations

import asyncio
import html

from telegram import Message, MessageEntity, Update
from telegram.constants import ParseMode
from telegram.ext import ContextTypes

from answers.markup import esc
from fetch import fetch_notice
from notices import NoticeError, looks_like_notice

from .context import services
from .documents import may_ingest, store_notice
from .questions import on_private_text

MAX_LINKS = 5  # links read from one message; the rest are named in the reply


def links_in(message: Message) -> list[str]:
    """The http(s) links a message carries, in order, once each: typed URLs and hidden text links."""
    found: list[str] = []
    entities = message.parse_entities([MessageEntity.URL, MessageEntity.TEXT_LINK])
    entities.update(message.parse_caption_entities([MessageEntity.URL, MessageEntity.TEXT_LINK]))
    for entity, text in sorted(entities.items(), key=lambda pair: pair[0].offset):
        url = entity.url if entity.type == MessageEntity.TEXT_LINK and entity.url else text
        if "://" not in url:
            url = "http://" + url  # Telegram marks www.example.gov.cn/… as a link too
        if url.lower().startswith(("http://", "https://")) and url not in found:
            found.append(url)
    return found


async def on_links(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Fetch and store the notices a message links to; one reply per link, edited from progress to summary."""
    message = update.effective_message
    if message is None:
        return
    chat = update.effective_chat
    if chat is not None and chat.type != "private" and not _addressed(message, context.bot.username):
        return  # in groups only links sent to the bot (a mention) are fetched
    links = links_in(message)
    if not links:
        return
    if chat is not None and chat.type == "private" and looks_like_notice(message.text or ""):
        await on_private_text(update, context)  # a pasted notice that happens to cite a link: offer to store it
        return
    user = update.effective_user
    if not may_ingest(context, user.id if user else None):
        await message.reply_text("抱歉，只有管理员可以添加通报。/ Sorry, only the bot's admins can add notices.")
        return
    settings = services(context).settings.fetch
    for url in links[:MAX_LINKS]:
        progress = await message.reply_text(
            f"正在读取 {esc(url)} … / Fetching the link …", parse_mode=ParseMode.HTML, disable_web_page_preview=True
        )
        try:
            linked = await asyncio.to_thread(fetch_notice, url, settings)  # blocking I/O and parsing off the loop
        except NoticeError as err:
            await progress.edit_text(f"❌ {esc(err)}", parse_mode=ParseMode.HTML, disable_web_page_preview=True)
            continue
        await store_notice(context, progress, linked.notice, linked.name, url=linked.url)
    if len(links) > MAX_LINKS:
        rest = "\n".join(html.escape(u) for u in links[MAX_LINKS:])
        await message.reply_text(
            f"一次最多读取 {MAX_LINKS} 个链接，未读取：/ Not fetched (at most {MAX_LINKS} a message):\n{rest}"
        )


def _addressed(message: Message, username: str | None) -> bool:
    text = (message.text or message.caption or "").lower()
    return bool(username) and f"@{username}".lower() in text

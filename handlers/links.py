"""Links to notices in a message: each is fetched, parsed and stored like a forwarded file."""

from __future__ import annotations

from telegram import Message, MessageEntity, Update

from notices import looks_like_notice
from presentation.i18n import t
from presentation.markup import esc
from usecases import notices

from .context import Context, services
from .documents import adding, may_ingest
from .questions import on_private_text
from .send import chat_language, send_html

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


async def on_links(update: Update, context: Context) -> None:
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
    user, lang = update.effective_user, chat_language(update, context)
    if not may_ingest(context, user.id if user else None):
        await message.reply_text(t(lang, "admins-only-add"))
        return
    svc, sender = services(context), user.id if user else None
    for url in links[:MAX_LINKS]:
        progress = await message.reply_text(t(lang, "link-fetching", url=esc(url)))
        await adding(context, progress, notices.add_link(svc, url), lang, shown_to=sender)
    if len(links) > MAX_LINKS:  # HTML escaped once, split into pages on link boundaries under Telegram's limit
        rest = "\n".join(esc(u) for u in links[MAX_LINKS:])
        text = t(lang, "links-too-many", max=MAX_LINKS) + "\n" + rest
        await send_html(context, message.chat_id, text, reply_to=message.message_id, shown_to=sender)


def _addressed(message: Message, username: str | None) -> bool:
    text = (message.text or message.caption or "").lower()
    return bool(username) and f"@{username}".lower() in text

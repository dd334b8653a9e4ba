"""Sending replies: long messages split on line boundaries with paging buttons, choices as buttons."""

from __future__ import annotations

import secrets
from collections import OrderedDict
from datetime import date
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ParseMode
from telegram.ext import ContextTypes

from answers.i18n import language_of
from answers.markup import split_message

from .context import services

_KEEP = 30  # paged answers and pending questions kept per chat


def reader_language(update: Update) -> str:
    """The language of the person talking: Telegram's language_code, zh* → Chinese, else English."""
    return language_of(update.effective_user.language_code if update.effective_user else None)


def chat_language(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
    """The chat's language: the one chosen with /lang, else the person talking's."""
    chat = update.effective_chat
    chosen = services(context).languages.get(chat.id) if chat is not None else None
    return chosen or reader_language(update)


def chat_today(context: ContextTypes.DEFAULT_TYPE, chat_id: int) -> date:
    """Today in the chat's time zone (the configured default until the chat sets one)."""
    svc = services(context)
    schedule = svc.subscriptions.chat(chat_id)
    zone = schedule.timezone if schedule is not None else svc.settings.timezone
    return svc.clock().astimezone(ZoneInfo(zone)).date()


def remember(context: ContextTypes.DEFAULT_TYPE, kind: str, value: object) -> str:
    """Keep a value in chat_data under a short key (callback data holds at most 64 bytes)."""
    store = context.chat_data.setdefault(kind, OrderedDict()) if context.chat_data is not None else OrderedDict()
    key = secrets.token_hex(4)
    store[key] = value
    while len(store) > _KEEP:
        store.popitem(last=False)
    return key


def recall(context: ContextTypes.DEFAULT_TYPE, kind: str, key: str) -> object | None:
    return (context.chat_data or {}).get(kind, {}).get(key)


def page_keyboard(key: str, page: int, pages: int) -> InlineKeyboardMarkup:
    buttons = []
    if page > 0:
        buttons.append(InlineKeyboardButton("◀", callback_data=f"pg:{key}:{page - 1}"))
    buttons.append(InlineKeyboardButton(f"{page + 1}/{pages}", callback_data=f"pg:{key}:{page}"))
    if page < pages - 1:
        buttons.append(InlineKeyboardButton("▶", callback_data=f"pg:{key}:{page + 1}"))
    return InlineKeyboardMarkup([buttons])


async def send_html(
    context: ContextTypes.DEFAULT_TYPE,
    chat_id: int,
    html: str,
    *,
    reply_to: int | None = None,
    markup: InlineKeyboardMarkup | None = None,
) -> Message:
    """Send an HTML message; over Telegram's limit it is split into pages with ◀ ▶ buttons."""
    pages = split_message(html)
    if len(pages) > 1:
        key = remember(context, "pages", pages)
        markup = page_keyboard(key, 0, len(pages))
    return await context.bot.send_message(
        chat_id,
        pages[0],
        parse_mode=ParseMode.HTML,
        reply_markup=markup,
        reply_to_message_id=reply_to,
        disable_web_page_preview=True,
    )


def choice_keyboard(options: list[tuple[str, str]]) -> InlineKeyboardMarkup:
    """One button a row: (label, callback data)."""
    return InlineKeyboardMarkup([[InlineKeyboardButton(label[:60], callback_data=data)] for label, data in options])

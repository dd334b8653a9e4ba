"""Sending replies: long messages split on line boundaries with paging buttons, choices as buttons."""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update

from presentation.i18n import language_of, t
from presentation.markup import split_message
from usecases import buttons
from usecases.buttons import PAGES, Kind
from usecases.services import chat_today as today_in

from .context import Context, services

T = TypeVar("T")


def reader_language(update: Update) -> str:
    """The language of the person talking: Telegram's language_code, zh* → Chinese, else English."""
    return language_of(update.effective_user.language_code if update.effective_user else None)


def chat_language(update: Update, context: Context) -> str:
    """The chat's language: the one chosen with /lang, else the person talking's."""
    chat = update.effective_chat
    chosen = services(context).languages.get(chat.id) if chat is not None else None
    return chosen or reader_language(update)


async def chat_today(context: Context, chat_id: int) -> date:
    """Today in the chat's time zone (the configured default until the chat sets one)."""
    return await today_in(services(context), chat_id)


async def remember(context: Context, kind: Kind[T], value: T, chat_id: int, shown_to: int | None) -> str:
    """Keep what a button will need in the database (it survives a restart); return the key for its
    callback data. `shown_to`: the only user the button answers (None: anyone in the chat)."""
    return buttons.keep(services(context), kind, chat_id, shown_to, value)


async def pressed(
    update: Update, context: Context, kind: Kind[T], key: str, *, expired: str = "button-expired"
) -> T | None:
    """What the pressed button keeps; None once the presser has been told (an alert) that it expired,
    never existed, or was shown to someone else. The caller answers the query when it gets a value."""
    query, chat = update.callback_query, update.effective_chat
    assert query is not None
    button = None if chat is None else await buttons.find(services(context), kind, key, chat.id)
    if button is None:
        await query.answer(t(chat_language(update, context), expired), show_alert=True)
        return None
    if button.shown_to is not None and button.shown_to != query.from_user.id:
        await query.answer(t(chat_language(update, context), "button-not-yours"), show_alert=True)
        return None
    return button.value


async def not_theirs(update: Update, context: Context, owner: str) -> bool:
    """Whether a button whose callback data names its `owner` (a user id) was pressed by someone else;
    they are told so in an alert. Buttons that carry all they need (subscribe, unsubscribe) name the
    person they were shown to this way; an empty owner answers anyone."""
    query = update.callback_query
    assert query is not None
    if not owner or owner == str(query.from_user.id):
        return False
    await query.answer(t(chat_language(update, context), "button-not-yours"), show_alert=True)
    return True


async def forget(context: Context, key: str) -> None:
    """A choice was made: its button is done with."""
    await buttons.drop(services(context), key)


def page_keyboard(key: str, page: int, pages: int) -> InlineKeyboardMarkup:
    buttons = []
    if page > 0:
        buttons.append(InlineKeyboardButton("◀", callback_data=f"pg:{key}:{page - 1}"))
    buttons.append(InlineKeyboardButton(f"{page + 1}/{pages}", callback_data=f"pg:{key}:{page}"))
    if page < pages - 1:
        buttons.append(InlineKeyboardButton("▶", callback_data=f"pg:{key}:{page + 1}"))
    return InlineKeyboardMarkup([buttons])


async def send_html(
    context: Context,
    chat_id: int,
    html: str,
    *,
    reply_to: int | None = None,
    markup: InlineKeyboardMarkup | None = None,
    shown_to: int | None = None,
    read_timeout: float | None = None,
) -> Message:
    """Send an HTML message; over Telegram's limit it is split into pages with ◀ ▶ buttons that answer
    `shown_to` only (None: anyone in the chat). `read_timeout`: how long to wait for Telegram's answer."""
    pages = split_message(html)
    if len(pages) > 1:
        key = await remember(context, PAGES, pages, chat_id, shown_to)
        extra = list(markup.inline_keyboard) if markup is not None else []  # e.g. 📊 stays, below ◀ ▶
        markup = InlineKeyboardMarkup([*page_keyboard(key, 0, len(pages)).inline_keyboard, *extra])
    return await context.bot.send_message(
        chat_id,
        pages[0],
        reply_markup=markup,
        reply_to_message_id=reply_to,
        read_timeout=read_timeout,
    )


def choice_keyboard(options: list[tuple[str, str]]) -> InlineKeyboardMarkup:
    """One button a row: (label, callback data)."""
    return InlineKeyboardMarkup([[InlineKeyboardButton(label[:60], callback_data=data)] for label, data in options])

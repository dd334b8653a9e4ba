"""The composition root: build the Telegram application from the configuration, and run it."""

from __future__ import annotations

import gc
import logging
import os
import secrets
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    BotCommandScopeChat,
    BotCommandScopeDefault,
    LinkPreviewOptions,
    MessageEntity,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import InvalidToken, TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    Defaults,
    MessageHandler,
    filters,
)
from telegram.request import HTTPXRequest

from answers.resolve import directory
from errors import CannotStart, NoToken, TokenRejected
from handlers import callbacks, charts, documents, general, links, photos, questions, subscriptions, watches
from handlers.context import CONTEXT_TYPES, Services
from notices.worker import Limits, WorkerPool
from presentation.i18n import t
from reminders.schedule import now_utc
from store.gateway import Db, Gateway

from . import scheduler
from .config import Config, TelegramConfig
from .download import downloader
from .ingest import settings_from
from .logs import redact, setup_logging

log = logging.getLogger("rectibot")

# The command menus: everyone's, and the admins' (chat scope) with the admin-only commands added.
COMMANDS = ["start", "help", "ask", "agencies", "subscribe", "unsubscribe", "subscriptions", "remind", "export",
            "stats", "lang", "chart"]  # fmt: skip
ADMIN_COMMANDS = [*COMMANDS, "undo", "watch"]


def command_menu(names: list[str], lang: str) -> list[BotCommand]:
    """A command menu with descriptions in one language (the catalogue's cmd-<name>)."""
    return [BotCommand(name, t(lang, f"cmd-{name}")) for name in names]


# Every message is HTML (each text from the catalogues, its values escaped once); links in replies
# are citations, not something to preview.
DEFAULTS = Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True))
LOOPBACK = ("localhost", "127.0.0.1", "::1")


def bot_api_request(telegram: TelegramConfig, *, pool_size: int) -> HTTPXRequest:
    """PTB's own HTTP client for Bot API calls: the configured proxy (http, https or socks5), else
    httpx's reading of HTTPS_PROXY/ALL_PROXY/NO_PROXY; a Bot API server on this machine never
    goes through a proxy. Uploads (exports) get their own, longer write timeout."""
    local = urlsplit(telegram.base_url).hostname in LOOPBACK
    return HTTPXRequest(
        connection_pool_size=pool_size,
        proxy=telegram.proxy or None,
        write_timeout=telegram.write_timeout,
        media_write_timeout=telegram.media_write_timeout,
        httpx_kwargs={"trust_env": not local},
    )


def build_application(
    config: Config,
    token: str,
    *,
    clock: Callable[[], datetime] = now_utc,
    rate_limiter: AIORateLimiter | None = None,
) -> Application:
    """The bot: handlers registered, services in bot_data, reminders rebuilt at start-up."""
    local_files = urlsplit(config.telegram.base_file_url).hostname in LOOPBACK
    limits = Limits(
        config.read_memory_mb, config.read_seconds, config.ocr_memory_mb, config.ocr_seconds, config.ocr_cores
    )
    readers = WorkerPool(limits, size=config.readers)
    services = Services(
        settings_from(config, readers.parse, readers.run),
        Gateway(config.db, max_mb=config.max_db_mb),
        clock=clock,
        read=readers.parse,
        read_images=readers.parse_images,
        download=downloader(None if local_files else config.telegram.proxy or None, trust_env=not local_files),
    )
    application = (
        ApplicationBuilder()
        .token(token)
        .base_url(config.telegram.base_url)
        .base_file_url(config.telegram.base_file_url)
        .defaults(DEFAULTS)
        .context_types(CONTEXT_TYPES)
        .rate_limiter(rate_limiter or AIORateLimiter(max_retries=3))
        .concurrent_updates(config.telegram.concurrent_updates)
        .request(bot_api_request(config.telegram, pool_size=config.telegram.concurrent_updates + 4))
        .get_updates_request(bot_api_request(config.telegram, pool_size=1))
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
        .build()
    )
    application.bot_data["services"] = services
    assert application.job_queue is not None, "install python-telegram-bot[job-queue]"
    application.bot_data["readers"] = readers
    _register(application)
    return application


# Inline buttons by the prefix of their callback data.
CALLBACKS = {
    "pg": callbacks.on_page,  # ◀ ▶ under a long answer
    "ch": callbacks.on_choice,  # an agency chosen for an ambiguous question
    "sub": callbacks.on_subscribe,  # an agency chosen for /subscribe
    "uns": callbacks.on_unsubscribe,  # a subscription chosen for /unsubscribe
    "in": callbacks.on_ingest,  # "store this" under a pasted notice
    "ok": documents.on_confirm,  # "store anyway" under a held notice
    "chart": charts.on_chart_button,  # 📊 under an answer or /stats
}


def _register(app: Application) -> None:
    command = {
        "start": general.on_start,
        "help": general.on_help,
        "ask": questions.on_ask,
        "agencies": general.on_agencies,
        "stats": general.on_stats,
        "export": general.on_export,
        "subscribe": subscriptions.on_subscribe,
        "unsubscribe": subscriptions.on_unsubscribe,
        "subscriptions": subscriptions.on_subscriptions,
        "remind": subscriptions.on_remind,
        "lang": general.on_lang,
        "undo": documents.on_undo,
        "watch": watches.on_watch,
        "chart": charts.on_chart,
    }
    for name, callback in command.items():
        app.add_handler(CommandHandler(name, callback))
    app.add_handler(MessageHandler(filters.Document.ALL, documents.on_document))
    app.add_handler(MessageHandler(filters.PHOTO, photos.on_photo))
    link = filters.Entity(MessageEntity.URL) | filters.Entity(MessageEntity.TEXT_LINK)
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND & link, links.on_links))
    app.add_handler(
        MessageHandler(filters.ChatType.PRIVATE & filters.TEXT & ~filters.COMMAND, questions.on_private_text)
    )
    app.add_handler(
        MessageHandler(filters.ChatType.GROUPS & filters.TEXT & filters.Entity("mention"), questions.on_mention)
    )
    app.add_handler(CallbackQueryHandler(callbacks.on_any_press), group=-1)  # data checked before any handler
    for prefix, on_press in CALLBACKS.items():
        app.add_handler(CallbackQueryHandler(on_press, pattern=rf"^{prefix}:"))
    app.add_handler(CallbackQueryHandler(callbacks.on_unknown))
    app.add_handler(ChatMemberHandler(general.on_my_chat_member, ChatMemberHandler.MY_CHAT_MEMBER))
    app.add_error_handler(general.on_error)


async def _post_init(application: Application) -> None:
    services = application.bot_data["services"]
    assert isinstance(services, Services)
    bot = application.bot
    await set_menus(bot, services.settings.admins)
    services.languages.update(await services.db.read(_chosen_languages))
    count = await scheduler.rebuild(application, services)
    log.info("reminders scheduled for %d chats", count)
    scheduler.start_watching(application)
    await services.db.each_reader(_load_names)  # names, places and pinyin loaded now, not on the first question
    gc.freeze()  # what start-up loaded lives for good: full collections no longer walk it (~100 ms each)


def _chosen_languages(db: Db) -> dict[int, str]:
    return db.subscriptions.chosen_languages()


def _load_names(db: Db) -> None:
    directory(db.store)


async def set_menus(bot: Bot, admins: frozenset[int]) -> None:
    """Command menus per language (Chinese by default, English for English clients) and scope: private
    chats and groups; each admin's private chat adds the admin-only commands."""
    for lang, code in (("zh", None), ("en", "en")):
        for scope in (BotCommandScopeDefault(), BotCommandScopeAllPrivateChats(), BotCommandScopeAllGroupChats()):
            await bot.set_my_commands(command_menu(COMMANDS, lang), scope=scope, language_code=code)
        for admin in sorted(admins):
            try:
                await bot.set_my_commands(
                    command_menu(ADMIN_COMMANDS, lang), scope=BotCommandScopeChat(admin), language_code=code
                )
            except TelegramError as err:  # an admin who never opened a chat with the bot: "chat not found"
                log.info("no admin menu for %s yet: %s", admin, err)


async def _post_shutdown(application: Application) -> None:
    services = application.bot_data.get("services")
    if isinstance(services, Services):
        await services.db.settle()
        services.db.close()
    readers = application.bot_data.get("readers")
    if isinstance(readers, WorkerPool):
        readers.close()


def webhook_options(telegram: TelegramConfig, secret: str) -> dict[str, Any]:
    """Arguments of run_webhook/start_webhook. Telegram posts to webhook_url; the local server listens
    on that URL's path (so a reverse proxy can pass it through) and takes only posts that carry
    `secret`, which Telegram is given with the webhook."""
    return {
        "listen": telegram.webhook_listen,
        "port": telegram.webhook_port,
        "url_path": urlsplit(telegram.webhook_url).path.strip("/"),
        "webhook_url": telegram.webhook_url,
        "secret_token": secret,
        "allowed_updates": Update.ALL_TYPES,
    }


def run(config: Config) -> int:
    """`rectibot run`: long polling, or a webhook when configured. The token comes from the environment."""
    token = os.environ.get("TELEGRAM_BOT_TOKEN", "").strip()
    if not token:
        raise NoToken()
    setup_logging(token)
    os.environ.setdefault("PTB_TIMEDELTA", "1")  # PTB 22: time periods as timedelta, no deprecation warnings
    new = config.db != ":memory:" and not Path(config.db).exists()
    application = build_application(config, token)
    if new:  # a new deployment: its first notices arrive through the chat
        log.info("created the database %s; send or forward notices to the bot to fill it", config.db)
    log.info("starting (%s mode, database %s)", config.telegram.mode, config.db)
    try:
        if config.telegram.mode == "webhook":  # a new secret each start: setWebhook hands it to Telegram
            application.run_webhook(**webhook_options(config.telegram, secrets.token_urlsafe(32)))
        else:
            application.run_polling(allowed_updates=Update.ALL_TYPES)
    except InvalidToken:  # 401 for a wrong token, 404 for a wrong base_url; PTB's message quotes the token
        raise TokenRejected() from None
    except TelegramError as err:  # its message may quote a URL, and Bot API URLs carry the token
        raise CannotStart(redact(str(err), token)) from None
    return 0

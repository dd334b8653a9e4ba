"""A running bot: the real python-telegram-bot Application polling the stand-in Bot API."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from telegram.ext import AIORateLimiter, Application

from bot.app import build_application
from bot.config import Config, FetchConfig, TelegramConfig
from store import Store, open_database
from store.subscriptions import Subscriptions
from store.watches import Watches
from tests.botapi import FakeBotAPI
from tests.web import Site, serve


@dataclass
class Clock:
    """The bot's notion of now; tests move it instead of sleeping."""

    now: datetime

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Bot:
    api: FakeBotAPI
    app: Application
    clock: Clock
    config: Config

    @property
    def store(self) -> Store:
        """What the bot stored, read through a connection of the test's own (as another process would)."""
        return Store(open_database(self.config.db))

    @property
    def subscriptions(self) -> Subscriptions:
        """The chats' schedules and subscriptions, read through a connection of the test's own."""
        return Subscriptions(open_database(self.config.db))

    @property
    def watches(self) -> Watches:
        """The watches, links seen and the outbox, read through a connection of the test's own."""
        return Watches(open_database(self.config.db))


def free_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (for now)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def start(api: FakeBotAPI, config: Config, clock: Clock) -> Application:
    app = build_application(config, api.token, clock=clock, rate_limiter=AIORateLimiter(max_retries=3))
    await app.initialize()
    if app.post_init:
        await app.post_init(app)
    await app.start()
    # Tests drive the watch tick by hand (job.run): its schedule (first 5 s after the start) would otherwise check the
    # sites beside them on a loaded machine, and a hand-driven tick skips the watches an earlier one is checking.
    for tick in app.job_queue.get_jobs_by_name("watch") if app.job_queue else ():
        tick.enabled = False
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0.0, timeout=1)
    return app


async def stop(app: Application) -> None:
    assert app.updater is not None
    await app.updater.stop()
    await app.stop()
    if app.post_shutdown:
        await app.post_shutdown(app)
    await app.shutdown()


@pytest.fixture
def site() -> Iterator[Site]:
    """A local web site (tests/web.py) for links and watched listings, stopped after the test."""
    running = serve({})
    yield running
    running.stop()


@pytest.fixture
def make_config(tmp_path: Path) -> Callable[..., Config]:
    def make(api: FakeBotAPI, **telegram: object) -> Config:
        tg = replace(TelegramConfig(), base_url=api.base_url, base_file_url=api.base_file_url, **telegram)  # type: ignore[arg-type]
        return Config(db=str(tmp_path / "bot.db"), telegram=tg)

    return make


BotFactory = Callable[..., Awaitable[Bot]]


@pytest.fixture
async def bot_with(make_config: Callable[..., Config]) -> AsyncIterator[BotFactory]:
    """Starts a bot on a stand-in Bot API of its own: `fetch` replaces the fetch settings, the keywords are
    Telegram settings (admins, max_file_mb, …); every bot started is stopped after the test."""
    running: list[Bot] = []

    async def make(fetch: FetchConfig | None = None, **telegram: object) -> Bot:
        api = FakeBotAPI().start()
        config = make_config(api, **telegram)
        if fetch is not None:
            config = replace(config, fetch=fetch)
        clock = Clock(datetime(2026, 3, 2, 0, 0, tzinfo=UTC))  # 08:00 in Shanghai
        try:
            bot = Bot(api, await start(api, config, clock), clock, config)
        except BaseException:
            api.stop()
            raise
        running.append(bot)
        return bot

    try:
        yield make
    finally:
        for bot in running:
            try:
                await stop(bot.app)  # the test may have restarted it
            finally:
                bot.api.stop()


@pytest.fixture
async def bot(bot_with: BotFactory) -> Bot:
    return await bot_with(admins=(1, 100, 200, 300), max_file_mb=1)

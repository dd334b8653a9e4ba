"""The bot's HTTP client (PTB's HTTPXRequest): proxies, timeouts, failures, and file names as written."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from telegram.error import NetworkError, TimedOut
from telegram.request import HTTPXRequest

from bot.app import bot_api_request
from bot.config import Config, TelegramConfig
from tests.botapi import FakeBotAPI

from .conftest import Bot, Clock, free_port, start, stop
from .test_telegram import ingest_samples

UNRESOLVABLE = "http://api.telegram.invalid"  # only a proxy can reach it


@pytest.fixture
def no_proxy_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in list(os.environ):
        if name.lower().endswith("_proxy"):
            monkeypatch.delenv(name)
    return monkeypatch


def far_away(config: Config) -> Config:
    """The config with Telegram at a host that does not resolve."""
    telegram = replace(config.telegram, base_url=f"{UNRESOLVABLE}/bot", base_file_url=f"{UNRESOLVABLE}/file/bot")
    return replace(config, telegram=telegram)


async def answers_through(api: FakeBotAPI, config: Config) -> None:
    app = await start(api, config, Clock(datetime(2026, 3, 2, tzinfo=UTC)))
    try:
        api.message(7, "有哪些单位")
        assert "还没有收录任何通报" in await api.wait_text(7, "还没有收录任何通报")
    finally:
        await stop(app)


async def test_the_bot_reaches_telegram_through_the_configured_proxy(
    no_proxy_env: pytest.MonkeyPatch, make_config: Callable[..., Config]
) -> None:
    api = FakeBotAPI().start()  # it serves as the proxy too
    try:
        await answers_through(api, far_away(make_config(api, proxy=f"http://127.0.0.1:{api.port}")))
        assert api.proxied_hosts == {"api.telegram.invalid"}
    finally:
        api.stop()


async def test_the_bot_reaches_telegram_through_the_environments_proxy(
    no_proxy_env: pytest.MonkeyPatch, make_config: Callable[..., Config]
) -> None:
    api = FakeBotAPI().start()
    no_proxy_env.setenv("HTTP_PROXY", f"http://127.0.0.1:{api.port}")
    try:
        await answers_through(api, far_away(make_config(api)))
        assert api.proxied_hosts == {"api.telegram.invalid"}
    finally:
        api.stop()


async def test_a_bot_api_server_on_this_machine_is_reached_directly(
    no_proxy_env: pytest.MonkeyPatch, make_config: Callable[..., Config]
) -> None:
    api = FakeBotAPI().start()
    no_proxy_env.setenv("HTTP_PROXY", f"http://127.0.0.1:{free_port()}")  # nothing listens there
    try:
        await answers_through(api, make_config(api))
        assert api.proxied_hosts == set()
    finally:
        api.stop()


def test_a_socks_proxy_is_accepted() -> None:
    """socks5:// needs httpx[socks]; without it building the client raises ImportError."""
    request = bot_api_request(TelegramConfig(proxy="socks5://127.0.0.1:1080"), pool_size=1)
    assert isinstance(request, HTTPXRequest)


async def test_an_exported_file_keeps_its_chinese_name(bot: Bot) -> None:
    await ingest_samples(bot)
    bot.api.message(100, "/export 朔州")
    docs = await bot.api.wait_for(lambda: len(bot.api.sent("sendDocument", 100)) == 2 and bot.api.sent("sendDocument"))
    names = [call.params["document"][0] for call in docs]
    assert all("朔州" in name and "%" not in name for name in names), names


@pytest.fixture
async def silent_server() -> AsyncIterator[str]:
    """A server that accepts connections and never answers."""

    async def hold(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read()  # until the client gives up
        writer.close()

    server = await asyncio.start_server(hold, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}/bot123:x/getMe"
    server.close()
    await server.wait_closed()


async def test_a_bot_api_that_does_not_answer_times_out(silent_server: str) -> None:
    request = HTTPXRequest(read_timeout=0.2)
    await request.initialize()
    started = time.monotonic()
    try:
        with pytest.raises(TimedOut):
            await request.do_request(silent_server, "POST")
        assert time.monotonic() - started < 3
    finally:
        await request.shutdown()


async def test_an_unreachable_bot_api_is_a_network_error() -> None:
    request = bot_api_request(TelegramConfig(base_url="http://127.0.0.1/bot"), pool_size=1)
    await request.initialize()
    try:
        with pytest.raises(NetworkError):
            await request.do_request(f"http://127.0.0.1:{free_port()}/bot123:x/getMe", "POST")
    finally:
        await request.shutdown()

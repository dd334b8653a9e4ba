"""The bot's HTTP client: which proxy it uses, and failures reported as python-telegram-bot expects."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from telegram.error import NetworkError, TimedOut

from bot.config import Config
from bot.http import AiohttpRequest, proxy_for
from tests.botapi import FakeBotAPI

from .conftest import Clock, free_port, start, stop

TELEGRAM = "https://api.telegram.org/bot"


@pytest.fixture
def no_proxy_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in list(os.environ):
        if name.lower().endswith("_proxy"):
            monkeypatch.delenv(name)
    return monkeypatch


@pytest.mark.parametrize(
    ("base_url", "configured", "env", "expected"),
    [
        (TELEGRAM, "", {}, None),
        (TELEGRAM, "", {"HTTPS_PROXY": "http://proxy.example:3128"}, "http://proxy.example:3128"),
        (TELEGRAM, "", {"ALL_PROXY": "http://all.example:8080"}, "http://all.example:8080"),
        (TELEGRAM, "http://127.0.0.1:7890", {"HTTPS_PROXY": "http://proxy.example:3128"}, "http://127.0.0.1:7890"),
        (TELEGRAM, "", {"HTTPS_PROXY": "http://proxy.example:3128", "NO_PROXY": "api.telegram.org"}, None),
        ("http://127.0.0.1:8081/bot", "", {"HTTP_PROXY": "http://proxy.example:3128"}, None),  # local Bot API server
    ],
)
def test_the_proxy_is_the_configured_one_else_the_environments(
    no_proxy_env: pytest.MonkeyPatch, base_url: str, configured: str, env: dict[str, str], expected: str | None
) -> None:
    for name, value in env.items():
        no_proxy_env.setenv(name, value)
    assert proxy_for(base_url, configured) == expected


async def test_the_bot_reaches_telegram_through_the_configured_proxy(make_config: Callable[..., Config]) -> None:
    api = FakeBotAPI().start()  # it serves as the proxy; the Bot API host itself does not resolve
    config = make_config(api, proxy=f"http://127.0.0.1:{api.port}")
    config = replace(
        config,
        telegram=replace(
            config.telegram,
            base_url="http://api.telegram.invalid/bot",
            base_file_url="http://api.telegram.invalid/file/bot",
        ),
    )
    app = await start(api, config, Clock(datetime(2026, 3, 2, tzinfo=UTC)))
    try:
        api.message(7, "有哪些单位")
        assert "还没有收录任何通报" in await api.wait_text(7, "还没有收录任何通报")
        assert api.proxied_hosts == {"api.telegram.invalid"}
    finally:
        await stop(app)
        api.stop()


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
    request = AiohttpRequest(pool_size=1, read_timeout=0.2)
    await request.initialize()
    started = time.monotonic()
    try:
        with pytest.raises(TimedOut):
            await request.do_request(silent_server, "POST")
        assert time.monotonic() - started < 3  # the read timeout, not the 11 s bound on the whole call
    finally:
        await request.shutdown()


async def test_an_unreachable_bot_api_is_a_network_error() -> None:
    port = free_port()
    request = AiohttpRequest(pool_size=1)
    await request.initialize()
    try:
        with pytest.raises(NetworkError, match="aiohttp"):
            await request.do_request(f"http://127.0.0.1:{port}/bot123:x/getMe", "POST")
    finally:
        await request.shutdown()

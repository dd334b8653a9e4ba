"""Webhook mode: Telegram posts updates to the bot's own web server instead of being polled."""

from __future__ import annotations

import asyncio
import json
import time
import urllib.error
import urllib.request
from collections.abc import Callable

from telegram.ext import AIORateLimiter

from bot.app import build_application, webhook_options
from bot.config import Config
from tests.botapi import FakeBotAPI

from .conftest import free_port

SECRET = "a-secret-only-telegram-knows"


def post_update(url: str, update: dict[str, object], secret: str | None) -> int:
    """What Telegram does for each update: POST it as JSON, with the secret in a header."""
    headers = {"Content-Type": "application/json"}
    if secret:
        headers["X-Telegram-Bot-Api-Secret-Token"] = secret
    request = urllib.request.Request(url, data=json.dumps(update).encode(), headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return int(response.status)
    except urllib.error.HTTPError as err:
        return err.code


def text_update(update_id: int, chat_id: int, text: str) -> dict[str, object]:
    chat = {"id": chat_id, "type": "private"}
    user = {"id": chat_id, "is_bot": False, "first_name": "User"}
    message = {"message_id": update_id, "date": int(time.time()), "chat": chat, "from": user, "text": text}
    return {"update_id": update_id, "message": message}


async def test_webhook_mode_answers_what_telegram_posts_and_refuses_posts_without_the_secret(
    make_config: Callable[..., Config],
) -> None:
    api, port = FakeBotAPI().start(), free_port()
    config = make_config(
        api, mode="webhook", webhook_url="https://bot.example.org/rectibot/hook", webhook_listen="127.0.0.1",
        webhook_port=port,
    )  # fmt: skip
    app = build_application(config, api.token, rate_limiter=AIORateLimiter(max_retries=3))
    await app.initialize()
    assert app.post_init is not None and app.updater is not None
    await app.post_init(app)
    await app.updater.start_webhook(**webhook_options(config.telegram, SECRET))
    await app.start()
    try:
        registered = api.sent("setWebhook")[-1].params
        assert registered["url"] == "https://bot.example.org/rectibot/hook"
        assert registered["secret_token"] == SECRET

        local = f"http://127.0.0.1:{port}/rectibot/hook"  # the path of webhook_url, as a reverse proxy passes it
        assert await asyncio.to_thread(post_update, local, text_update(1, 7, "有哪些单位"), SECRET) == 200
        assert "还没有收录任何通报" in await api.wait_text(7, "还没有收录任何通报")

        forged = text_update(2, 8, "有哪些单位")
        assert await asyncio.to_thread(post_update, local, forged, "guessed") == 403
        assert await asyncio.to_thread(post_update, local, forged, None) == 403
        await asyncio.sleep(0.3)
        assert api.texts(8) == []
    finally:
        await app.updater.stop()
        await app.stop()
        if app.post_shutdown:
            await app.post_shutdown(app)
        await app.shutdown()
        api.stop()

"""Delivering the messages owed to chats (the outbox in SQLite): reminders and watch reports.

A message is recorded in the outbox before it is sent (with a key per reminder and per report, so it is
owed once) and marked sent right after Telegram took it. Telegram has no idempotent send, so the only
message that can go out twice is the one in flight when the process dies between the send and the mark;
messages are sent one at a time (this lock; one bot per database, bot/instance.py) to keep that window
to a single message. A slow send is waited for (SEND_READ_TIMEOUT), not abandoned and sent again.
"""

from __future__ import annotations

import asyncio

from usecases import outbox
from usecases.outbox import Outgoing

from .context import Context, services
from .send import send_html

# Seconds a send of an owed message may wait for Telegram's answer: giving up on a slow answer that
# then arrives would send a second copy on the retry.
SEND_READ_TIMEOUT = 120.0


def _sending(context: Context) -> asyncio.Lock:
    lock = context.bot_data.setdefault("outbox-sending", asyncio.Lock())
    assert isinstance(lock, asyncio.Lock)
    return lock


async def send_owed(context: Context, outgoing: Outgoing) -> bool:
    """Send one owed message unless another delivery sent it meanwhile, then mark it sent; False if it had
    gone already. Telegram's errors are raised, the message still owed."""
    svc = services(context)
    async with _sending(context):
        if await outbox.is_sent(svc, outgoing):
            return False
        await send_html(context, outgoing.chat_id, outgoing.text, read_timeout=SEND_READ_TIMEOUT)
        await outbox.sent(svc, outgoing)
    return True


async def drop_owed(context: Context, outgoing: Outgoing) -> None:
    """Give up on a message (its chat is gone, or it failed too often): it is never sent."""
    await outbox.sent(services(context), outgoing)

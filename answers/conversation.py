"""A chat's conversation: each question is answered in the context the chat's previous one left.

The context lives in the store (per chat, across restarts) and goes stale after a quiet while.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from store import Store

from .answer import Answer, answer


def converse(
    store: Store, chat_id: int, raw: str, *, now: datetime, ttl: timedelta, agency_id: int | None = None
) -> Answer:
    """Answer a question typed in a chat, taking what the chat's previous question established."""
    context = store.conversations.load(chat_id, now, ttl)
    result = answer(store, raw, agency_id=agency_id, context=context, today=now.date())
    if result.context is not None:
        store.conversations.save(chat_id, result.context, now)
    return result

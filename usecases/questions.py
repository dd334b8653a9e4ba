"""Asking: a question answered in the chat's context, the agencies to choose from, the list of agencies."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from typing import Any

from answers.answer import Answer, answer
from store.gateway import Db

from .services import Services


def _answer_in_context(
    db: Db, chat_id: int, question: str, now: datetime, ttl: timedelta, agency_id: int | None
) -> Answer:
    context = db.store.conversations.load(chat_id, now, ttl)
    return answer(db.store, question, agency_id=agency_id, context=context, today=now.date())


def _keep_context(db: Db, chat_id: int, context: dict[str, Any], now: datetime) -> None:
    db.store.conversations.save(chat_id, context, now)


async def ask(svc: Services, chat_id: int, question: str, *, agency_id: int | None = None) -> Answer:
    """Answer a question in the context the chat's previous one left (`agency_id`: the agency chosen
    from buttons). Answered on a reader; the new context is kept afterwards, so a write lock held by
    another process never delays the reply."""
    previous = svc.keeping.pop(chat_id, None)
    if previous is not None:
        await asyncio.wait([previous])  # the previous question's context is written (its failure was logged)
    now = svc.clock()
    result = await svc.db.read(_answer_in_context, chat_id, question, now, svc.settings.context_ttl, agency_id)
    if result.context is not None:
        svc.keeping[chat_id] = svc.db.write_soon(_keep_context, chat_id, result.context, now)
    return result


def _answer(db: Db, question: str) -> Answer:
    return answer(db.store, question)


async def ask_once(svc: Services, question: str) -> Answer:
    """Answer a question on its own (no chat, no context): `rectibot ask`."""
    return await svc.db.read(_answer, question)


def _forget(db: Db, chat_id: int) -> None:
    db.store.conversations.forget(chat_id)


async def forget(svc: Services, chat_id: int) -> None:
    """Start the chat's conversation afresh: the next question is not a follow-up."""
    await svc.db.write(_forget, chat_id)


def _agency_ids(db: Db, names: list[str]) -> list[tuple[str, int]]:
    ids = {a.name: a.id for a in db.store.agencies()}
    return [(name, ids[name]) for name in names if name in ids]


async def agency_ids(svc: Services, names: list[str]) -> list[tuple[str, int]]:
    """The stored agencies among `names`, with their ids (what choice buttons carry)."""
    return await svc.db.read(_agency_ids, names)


def _names(db: Db) -> list[str]:
    return [a.name for a in db.store.agencies()]


async def agencies(svc: Services, lang: str) -> Answer:
    """Every agency stored (the first 400 listed), as an answer in `lang`."""
    names = await svc.db.read(_names)
    return Answer("list_agencies", lang, "", agencies=names[:400], total=len(names))

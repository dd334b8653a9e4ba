"""Subscribing a chat to agencies or regions, its reminder schedule and language, pausing it.

Every change that moves a chat's next reminder returns that time (`next_run`), and the caller plans
its job there; the schedule itself lives in the store.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from answers.numbers import user_number
from answers.resolve import directory, resolve
from reminders.schedule import RemindProblem, apply_remind, next_run
from store.gateway import Db
from store.subscriptions import ChatSchedule, Subscription

from .services import Services, Settings


@dataclass(frozen=True)
class Target:
    """What a name subscribes to: one agency, or a place (every agency in it)."""

    name: str
    kind: str  # agency | place


@dataclass(frozen=True)
class Found:
    """What a name given to /subscribe resolves to: a target, agencies to choose from, or nothing."""

    target: Target | None = None
    choices: list[tuple[str, int]] = field(default_factory=list)  # (agency, id) when the name is ambiguous
    suggestions: list[str] = field(default_factory=list)  # close names when nothing matched


@dataclass(frozen=True)
class Subscribed:
    added: bool  # False: the chat had it already
    target: Target
    chat: ChatSchedule
    next_run: datetime | None


@dataclass(frozen=True)
class Unsubscribed:
    names: list[str]
    next_run: datetime | None


@dataclass(frozen=True)
class Reminding:
    """The outcome of /remind: the new schedule and its next run, or why the words were not understood."""

    problem: RemindProblem | None = None
    chat: ChatSchedule | None = None
    next_run: datetime | None = None


def _find(db: Db, name: str) -> Found:
    res = resolve(name, directory(db.store))
    if res.choices:
        ids = {a.name: a.id for a in db.store.agencies()}
        return Found(choices=[(c, ids[c]) for c in res.choices if c in ids])
    if not res.agencies:
        return Found(suggestions=list(res.suggestions))
    if len(res.agencies) == 1 and not (res.place and res.place not in res.agencies[0].name):
        return Found(Target(res.agencies[0].name, "agency"))
    return Found(Target(res.place or res.agencies[0].region or name, "place"))


async def find_target(svc: Services, name: str) -> Found:
    """What `name` (an agency, an abbreviation, a region) would subscribe to."""
    return await svc.db.read(_find, name)


def _agency_name(db: Db, agency_id: int) -> str | None:
    return next((a.name for a in db.store.agencies() if a.id == agency_id), None)


async def agency_target(svc: Services, agency_id: int) -> Target | None:
    """The agency a choice button names, if it is still stored."""
    name = await svc.db.read(_agency_name, agency_id)
    return None if name is None else Target(name, "agency")


def planned_run(db: Db, chat_id: int, now: datetime) -> datetime | None:
    """When the chat's reminder job runs next: now while a reminder is still owed (left by a crash or a
    chat that blocked the bot), else at its next due time; None without subscriptions or reminders."""
    chat = db.subscriptions.chat(chat_id)
    if chat is None or not db.subscriptions.of_chat(chat_id):
        return None
    when = next_run(chat, now)
    if when is not None and db.watches.unsent(1, chat_id=chat_id, kinds=("reminder",)):
        return now
    return when


def _ensure_chat(db: Db, chat_id: int, lang: str, s: Settings, now: datetime) -> ChatSchedule:
    """The chat's row (schedule defaults from the config), its language following the person setting it
    up unless the chat chose one with /lang."""
    db.subscriptions.ensure_chat(
        chat_id, timezone=s.timezone, time=s.time, quiet_hours=s.quiet_hours, now=now, lang=lang
    )
    db.subscriptions.set_language(chat_id, lang, chosen=False)
    chat = db.subscriptions.chat(chat_id)
    assert chat is not None
    return chat


async def ensure_chat(svc: Services, chat_id: int, lang: str) -> None:
    """Give the chat its row (schedule defaults, language) if it has none."""
    await svc.db.write(_ensure_chat, chat_id, lang, svc.settings, svc.clock())


def _subscribe(db: Db, chat_id: int, target: Target, lang: str, s: Settings, now: datetime) -> Subscribed:
    _ensure_chat(db, chat_id, lang, s, now)
    added = db.subscriptions.subscribe(chat_id, target.name, target.kind, now)
    chat = db.subscriptions.chat(chat_id)
    assert chat is not None
    return Subscribed(added, target, chat, planned_run(db, chat_id, now))


async def subscribe(svc: Services, chat_id: int, target: Target, lang: str) -> Subscribed:
    """Subscribe the chat (`lang`: the language of the person subscribing, unless the chat chose one)."""
    return await svc.db.write(_subscribe, chat_id, target, lang, svc.settings, svc.clock())


def _unsubscribe(db: Db, chat_id: int, which: str, shown: bool, now: datetime) -> Unsubscribed:
    subs = db.subscriptions.of_chat(chat_id)
    if which == "all" and shown:
        gone = [s.target for s in subs]
    elif shown:  # a button: the subscription's place in the list it was shown in
        index = user_number(which, 0, len(subs) - 1)
        gone = [] if index is None else [subs[index].target]
    else:  # a name typed: every subscription it names
        gone = [s.target for s in subs if which in s.target or s.target in which]
    for target in gone:
        db.subscriptions.unsubscribe(chat_id, target)
    return Unsubscribed(gone, planned_run(db, chat_id, now))


async def unsubscribe(svc: Services, chat_id: int, which: str, *, shown: bool = False) -> Unsubscribed:
    """Remove the subscriptions a typed name names, or (`shown`: a button) "all" or the Nth of the list."""
    return await svc.db.write(_unsubscribe, chat_id, which, shown, svc.clock())


def _of_chat(db: Db, chat_id: int) -> tuple[list[Subscription], ChatSchedule | None]:
    return db.subscriptions.of_chat(chat_id), db.subscriptions.chat(chat_id)


async def subscriptions(svc: Services, chat_id: int) -> tuple[list[Subscription], ChatSchedule | None]:
    """What the chat follows, and its schedule (None before its first subscription or /remind)."""
    return await svc.db.read(_of_chat, chat_id)


def _remind(db: Db, chat_id: int, words: str, lang: str, s: Settings, now: datetime) -> Reminding:
    current = _ensure_chat(db, chat_id, lang, s, now)
    fields: dict[str, Any] = {
        "frequency": current.frequency, "weekday": current.weekday, "time": current.time,
        "timezone": current.timezone, "quiet_hours": current.quiet_hours, "chart": current.chart,
    }  # fmt: skip
    said = dict(fields)
    problem = apply_remind(words, said)
    if problem is not None:
        return Reminding(problem)
    # only what the words changed: a /remind of the same chat handled meanwhile may be setting the others
    db.subscriptions.set_schedule(chat_id, **{k: v for k, v in said.items() if v != fields[k]})
    chat = db.subscriptions.chat(chat_id)
    assert chat is not None
    return Reminding(chat=chat, next_run=next_run(chat, now))


async def set_reminders(svc: Services, chat_id: int, words: str, lang: str) -> Reminding:
    """/remind in everyday words (每周一上午九点, daily 9am, 时区 北京, quiet 22:00-08:00, off)."""
    return await svc.db.write(_remind, chat_id, words, lang, svc.settings, svc.clock())


def _set_language(db: Db, chat_id: int, lang: str, s: Settings, now: datetime) -> None:
    _ensure_chat(db, chat_id, lang, s, now)
    db.subscriptions.set_language(chat_id, lang, chosen=True)


async def set_language(svc: Services, chat_id: int, lang: str) -> None:
    """The chat's language for replies, reminders and reports, from now on and after a restart."""
    await svc.db.write(_set_language, chat_id, lang, svc.settings, svc.clock())
    svc.languages[chat_id] = lang


def _pause(db: Db, chat_id: int, paused: bool, now: datetime) -> tuple[bool, datetime | None]:
    if db.subscriptions.chat(chat_id) is None:
        return False, None
    db.subscriptions.set_paused(chat_id, paused)
    return True, planned_run(db, chat_id, now)


async def pause(svc: Services, chat_id: int, paused: bool) -> tuple[bool, datetime | None]:
    """Pause (the bot was blocked or removed) or resume a chat's reminders: whether the chat is known
    (has a row), and its next reminder's time."""
    return await svc.db.write(_pause, chat_id, paused, svc.clock())


async def was_paused(svc: Services, chat_id: int) -> bool:
    """Whether the chat's reminders are paused (the bot was blocked, then /start again)."""
    chat = (await subscriptions(svc, chat_id))[1]
    return chat is not None and chat.paused

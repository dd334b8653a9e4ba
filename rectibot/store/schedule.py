"""When a chat's reminder is due. Pure: every function takes `now`; nothing sleeps or schedules.

A chat's reminder is due at its next local time (daily, or weekly on its weekday) after the last one
handled, moved to the end of its quiet hours if it falls inside them. A reminder that fell due while
the bot was down is due once, whatever the number of times it was missed.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from .subscriptions import ChatSchedule

WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
WEEKDAYS_ZH = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}


def parse_hhmm(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def in_quiet_hours(local: datetime, quiet: str) -> datetime | None:
    """If `local` falls inside the quiet window, the local time the window ends; else None."""
    if not quiet:
        return None
    start_text, end_text = quiet.split("-")
    start, end = parse_hhmm(start_text), parse_hhmm(end_text)
    t = local.time().replace(second=0, microsecond=0)
    inside = start <= t < end if start < end else (t >= start or t < end)
    if not inside:
        return None
    end_today = local.replace(hour=end.hour, minute=end.minute, second=0, microsecond=0)
    return end_today if end_today > local else end_today + timedelta(days=1)


def next_due(chat: ChatSchedule, after: datetime) -> datetime:
    """The first reminder time strictly after `after` (UTC)."""
    tz = ZoneInfo(chat.timezone)
    local = after.astimezone(tz)
    at = parse_hhmm(chat.time)
    candidate = local.replace(hour=at.hour, minute=at.minute, second=0, microsecond=0)
    step = timedelta(days=7 if chat.frequency == "weekly" else 1)
    if chat.frequency == "weekly":
        candidate += timedelta(days=(chat.weekday - candidate.weekday()) % 7)
    while candidate <= local:
        candidate += step
    moved = in_quiet_hours(candidate, chat.quiet_hours)
    return (moved or candidate).astimezone(UTC)


def due_now(chat: ChatSchedule, now: datetime) -> datetime | None:
    """The time of a reminder that has fallen due and was not handled yet, else None."""
    if chat.frequency == "off" or chat.paused:
        return None
    due = next_due(chat, chat.last_sent_at or chat.created_at)
    return due if due <= now else None


def next_run(chat: ChatSchedule, now: datetime) -> datetime | None:
    """When the chat's reminder job should next run: now if one is overdue, else the next due time."""
    if chat.frequency == "off" or chat.paused:
        return None
    if due_now(chat, now) is not None:
        return now
    return next_due(chat, max(chat.last_sent_at or chat.created_at, now))


def now_utc() -> datetime:
    return datetime.now(UTC)

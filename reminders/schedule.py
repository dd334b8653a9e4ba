"""When a chat's reminder is due. Pure: every function takes `now`; nothing sleeps or schedules.

A chat's reminder is due at its next local time (daily, or weekly on its weekday) after the last one
handled, moved to the end of its quiet hours if it falls inside them. A reminder that fell due while
the bot was down is due once, whatever the number of times it was missed.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from store.subscriptions import ChatSchedule

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


# --- /remind arguments -------------------------------------------------------------------------------
_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
_QUIET = re.compile(r"^([01]?\d|2[0-3]):[0-5]\d-([01]?\d|2[0-3]):[0-5]\d$")
REMIND_HELP = (
    "用法 / usage:\n/remind daily 09:00\n/remind weekly mon 09:00\n/remind tz Asia/Shanghai\n"
    "/remind quiet 22:00-08:00（或 quiet off）\n/remind off"
)


def apply_remind(args: list[str], fields: dict[str, object]) -> str | None:
    """Update a schedule's `fields` from /remind arguments; a message saying how to write them if wrong."""
    if not args:
        return REMIND_HELP
    head, rest = args[0], args[1:]
    if head in ("off", "关闭"):
        fields["frequency"] = "off"
    elif head in ("daily", "每天") and rest and _TIME.match(rest[0]):
        fields.update(frequency="daily", time=_hhmm(rest[0]))
    elif head in ("weekly", "每周") and len(rest) == 2 and _TIME.match(rest[1]):
        day = WEEKDAYS.get(rest[0][:3], WEEKDAYS_ZH.get(rest[0][-1:]))
        if day is None:
            return "星期写法：mon…sun 或 一…日 / weekday: mon…sun"
        fields.update(frequency="weekly", weekday=day, time=_hhmm(rest[1]))
    elif head in ("tz", "时区") and rest:
        zone = _zone_name(rest[0])
        try:
            ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError):
            return f"不认识的时区 / unknown time zone: {rest[0]} (e.g. Asia/Shanghai)"
        fields["timezone"] = zone
    elif head in ("quiet", "免打扰") and rest:
        if rest[0] in ("off", "关闭"):
            fields["quiet_hours"] = ""
        elif _QUIET.match(rest[0]):
            fields["quiet_hours"] = "-".join(_hhmm(p) for p in rest[0].split("-"))
        else:
            return "免打扰时段写法 / quiet hours: 22:00-08:00"
    else:
        return REMIND_HELP
    return None


def _hhmm(text: str) -> str:
    hours, minutes = text.split(":")
    return f"{int(hours):02d}:{minutes}"


def _zone_name(lowered: str) -> str:
    """Time zone names are case-sensitive; /remind lowercases its arguments."""
    from zoneinfo import available_timezones

    by_lower = {z.lower(): z for z in available_timezones()}
    return by_lower.get(lowered.lower(), lowered)

"""When a chat's reminder is due. Pure: every function takes `now`; nothing sleeps or schedules.

A chat's reminder is due at its next local time (daily, or weekly on its weekday) after the last one
handled, moved to the end of its quiet hours if it falls inside them. A reminder that fell due while
the bot was down is due once, whatever the number of times it was missed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from store.subscriptions import ChatSchedule


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
    while candidate <= local or (chat.frequency == "workdays" and candidate.weekday() >= 5):
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


# --- /remind in everyday words ------------------------------------------------------------------------
# One command may set several things at once ("每周一上午九点", "weekdays 8:30am", "免打扰 晚上十点到早上八点").
# Each setting is found by the words that announce it; times are read by `_times`.

WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
WEEKDAYS_ZH = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "七": 6}
ZONE_NAMES = {  # Chinese and English names people give a time zone instead of its IANA name
    "北京": "Asia/Shanghai", "上海": "Asia/Shanghai", "中国": "Asia/Shanghai", "beijing": "Asia/Shanghai",
    "china": "Asia/Shanghai", "香港": "Asia/Hong_Kong", "hong kong": "Asia/Hong_Kong", "台北": "Asia/Taipei",
    "东京": "Asia/Tokyo", "tokyo": "Asia/Tokyo", "新加坡": "Asia/Singapore", "singapore": "Asia/Singapore",
    "伦敦": "Europe/London", "london": "Europe/London", "纽约": "America/New_York", "new york": "America/New_York",
    "utc": "UTC", "gmt": "UTC",
}  # fmt: skip
_OFF = re.compile(r"^(off|stop|关闭|停止|取消|关)$")
_ZONE = re.compile(r"^(?:tz|time\s*zone|timezone|时区)\s*[:：]?\s*(.+)$")
_QUIET_WORDS = re.compile(r"^(?:quiet(?:\s*hours)?|免打扰|勿扰)\s*[:：]?\s*(.*)$")
_WORKDAYS = re.compile(r"工作日|weekdays|workdays|work\s*days|mon(?:day)?\s*-\s*fri(?:day)?|周一到周五")
_DAILY = re.compile(r"每天|每日|天天|daily|every\s*day")
_WEEKDAY_ZH = re.compile(r"(?:每)?(?:周|星期|礼拜)([一二三四五六日天七])")
_WEEKDAY_EN = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b")
_WEEKLY = re.compile(r"每周|每星期|weekly|every\s*week")
# Rhythms a daily, workday or weekly job cannot keep exactly (every other Tuesday, fortnightly, monthly,
# every 3 days): refused rather than rounded to the nearest one it can.
_IRREGULAR = re.compile(
    r"every\s*(?:other|second|third|\d+|two|three|four)\b|bi-?weekly|fortnight|monthly|every\s*month"
    r"|隔周|隔天|隔日|双周|单周|每隔|每[两二三四五六2-9]\s*[周星礼天日个]|每个?月|半个?月"
)
_CN_NUM = "零〇一二两三四五六七八九十"
# 早上9点 / 上午九点半 / 下午3点15分 / 9:00 / 9am / 9.30pm
_CLOCK_ZH = re.compile(
    rf"(早上|早晨|上午|中午|下午|傍晚|晚上|夜里|凌晨)?\s*([0-9{_CN_NUM}]+)\s*[点點时時](半|[0-9{_CN_NUM}]+分?)?"
)
_CLOCK_DIGITS = re.compile(r"(?<![\d:：.])(\d{1,2})[:：.](\d{2})\s*(am|pm|a\.m\.|p\.m\.)?")
_CLOCK_AMPM = re.compile(r"(?<![\d:：.])(1[0-2]|0?[1-9])\s*(am|pm|a\.m\.|p\.m\.)")
_AFTERNOON = {"中午", "下午", "傍晚", "晚上", "夜里", "pm", "p.m."}
# A reminder with a picture of the subscriptions: 图表 / 带图 / with chart; 不要图表 / no chart turns it off.
_CHART_OFF = re.compile(r"(?:不要|不带|不附|无|去掉)图表?|(?:no|without(?:\s+a)?)\s*charts?")
_CHART_ON = re.compile(r"(?:带|附|加)?图表|带图|(?:with(?:\s+a)?\s*)?charts?")


@dataclass(frozen=True)
class RemindProblem:
    """Why /remind words were not understood: a message key (reminders.render words it) and its value."""

    key: str  # usage | bad_time | bad_zone | bad_quiet | no_weekday | irregular
    value: str = ""


def apply_remind(text: str, fields: dict[str, object]) -> RemindProblem | None:
    """Update a schedule's `fields` from /remind's words; what was wrong with them otherwise."""
    said = " ".join(text.split()).lower()
    said, chart = _chart_words(said)
    if chart is not None:
        fields["chart"] = chart
        if not said:  # only the picture asked for (or off): the schedule stays
            return None
    if not said:
        return RemindProblem("usage")
    if _OFF.match(said):
        fields["frequency"] = "off"
        return None
    if zone := _ZONE.match(said):
        return _set_zone(zone.group(1).strip(), fields)
    if quiet := _QUIET_WORDS.match(said):
        return _set_quiet(quiet.group(1).strip(), fields)
    return _set_schedule(said, fields)


def _chart_words(said: str) -> tuple[str, bool | None]:
    """The words without those about a chart, and whether they ask for one (None: they say nothing of it)."""
    for pattern, wanted in ((_CHART_OFF, False), (_CHART_ON, True)):
        if pattern.search(said):
            return " ".join(pattern.sub(" ", said).split()), wanted
    return said, None


def _set_zone(name: str, fields: dict[str, object]) -> RemindProblem | None:
    zone = ZONE_NAMES.get(name) or _zone_name(name)
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        return RemindProblem("bad_zone", name)
    fields["timezone"] = zone
    return None


def _set_quiet(words: str, fields: dict[str, object]) -> RemindProblem | None:
    if _OFF.match(words):
        fields["quiet_hours"] = ""
        return None
    times = _times(words)
    if len(times) != 2 or "" in times or times[0] == times[1]:
        return RemindProblem("bad_quiet", words)
    fields["quiet_hours"] = f"{times[0]}-{times[1]}"
    return None


def _set_schedule(said: str, fields: dict[str, object]) -> RemindProblem | None:
    """每天/工作日/每周一/mondays … and a time; either may be left out to keep the current one."""
    times = _times(said)
    day_zh, day_en = _WEEKDAY_ZH.search(said), _WEEKDAY_EN.search(said)
    if _IRREGULAR.search(said):
        return RemindProblem("irregular", said)
    if _WORKDAYS.search(said):
        fields["frequency"] = "workdays"
    elif day_zh or day_en:
        fields["frequency"] = "weekly"
        fields["weekday"] = WEEKDAYS_ZH[day_zh.group(1)] if day_zh else WEEKDAYS[day_en.group(1)]  # type: ignore[union-attr]
    elif _WEEKLY.search(said):
        return RemindProblem("no_weekday", said)
    elif _DAILY.search(said):
        fields["frequency"] = "daily"
    elif not times:
        return RemindProblem("bad_time" if re.search(r"\d", said) else "usage", said)
    elif fields.get("frequency") == "off":
        fields["frequency"] = "daily"  # a bare time turns reminders back on
    if len(times) > 1 or "" in times or (not times and re.search(r"\d", said)):
        return RemindProblem("bad_time", said)
    if times:
        fields["time"] = times[0]
    return None


def _times(words: str) -> list[str]:
    """Clock times in `words`, in order, as HH:MM (Chinese, 24-hour and am/pm forms); '' for one that
    is no time of day (25:00, 十三点半 pm)."""
    found: list[tuple[int, str]] = []
    for match in _CLOCK_ZH.finditer(words):
        hour, minute = _number(match.group(2)), _minutes(match.group(3))
        found.append((match.start(), _clock(hour, minute, match.group(1))))
    for match in _CLOCK_DIGITS.finditer(words):
        found.append((match.start(), _clock(int(match.group(1)), int(match.group(2)), match.group(3))))
    for match in _CLOCK_AMPM.finditer(words):
        found.append((match.start(), _clock(int(match.group(1)), 0, match.group(2))))
    return [value for _, value in sorted(found)]


def _clock(hour: int | None, minute: int | None, part: str | None) -> str:
    """HH:MM from a reading of the clock; '' when it is no time of day."""
    if hour is None or minute is None:
        return ""
    if part in _AFTERNOON and hour < 12 and not (part == "中午" and hour >= 11):
        hour += 12
    elif part in ("am", "a.m.", "凌晨") and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute:02d}" if hour < 24 and minute < 60 else ""


def _number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    import cn2an

    try:
        return int(cn2an.cn2an(text.replace("〇", "零"), "smart"))
    except ValueError:
        return None


def _minutes(text: str | None) -> int | None:
    if not text:
        return 0
    if text == "半":
        return 30
    return _number(text.removesuffix("分"))


def _zone_name(name: str) -> str:
    """Time zone names are case-sensitive; people type them in any case."""
    from zoneinfo import available_timezones

    by_lower = {z.lower(): z for z in available_timezones()}
    return by_lower.get(name.lower(), name)

"""The reminder message as Telegram HTML (no Telegram import)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from presentation.i18n import t
from presentation.markup import deadline_text, esc, item_line, label
from store.subscriptions import ChatSchedule

from .facts import ReminderFacts
from .schedule import RemindProblem


def format_reminder(facts: ReminderFacts, lang: str = "zh") -> str | None:
    """The reminder message; None when there is nothing to say."""
    if not facts.has_news and not facts.overdue:
        return None
    lines = [t(lang, "reminder-title", targets="、".join(esc(x) for x in facts.targets))]
    if facts.open_items:
        lines.append(t(lang, "reminder-open", count=facts.total_open))
        lines += [item_line(i, lang, today=facts.today) for i in facts.open_items]
        if facts.total_open > len(facts.open_items):
            lines.append(t(lang, "reminder-more", count=facts.total_open - len(facts.open_items)))
    if facts.flagged:
        lines.append(t(lang, "reminder-flagged"))
        lines += [item_line(i, lang, today=facts.today) for i in facts.flagged]
    for key, items in (("reminder-overdue", facts.overdue), ("reminder-due-soon", facts.due_soon)):
        if items:
            lines.append(t(lang, key))
            lines += [
                f"• {esc(i.agency)} {label(i.label, lang)} {esc(i.title)} — {deadline_text(i, lang, facts.today)}"
                for i in items
            ]
    if facts.newly_closed or facts.newly_open:
        lines.append(t(lang, "reminder-changes"))
        lines += [t(lang, "reminder-closed", item=esc(k.replace("｜", " "))) for k in facts.newly_closed[:20]]
        lines += [t(lang, "reminder-new-open", item=esc(k.replace("｜", " "))) for k in facts.newly_open[:20]]
    return "\n".join(lines)


def describe_schedule(schedule: ChatSchedule, lang: str) -> str:
    """每周一 09:00（Asia/Shanghai），免打扰 22:00-08:00 / Mondays at 09:00 (…), quiet 22:00-08:00."""
    when = t(lang, f"schedule-{schedule.frequency}", time=schedule.time, weekday=schedule.weekday)
    quiet = schedule.quiet_hours or t(lang, "quiet-none")
    return t(lang, "schedule", when=when, zone=esc(schedule.timezone), quiet=quiet)


def remind_reply(schedule: ChatSchedule, next_at: datetime | None, lang: str) -> str:
    """What /remind answers: the schedule as understood and the next time it fires, in the chat's zone."""
    text = t(lang, "remind-ok", schedule=describe_schedule(schedule, lang))
    if schedule.chart:
        text += "\n" + t(lang, "remind-chart-on")
    if next_at is None:
        return text
    local = next_at.astimezone(ZoneInfo(schedule.timezone))
    return (
        text + "\n" + t(lang, "remind-next", date=f"{local:%Y-%m-%d}", time=f"{local:%H:%M}", weekday=local.weekday())
    )


def remind_problem(problem: RemindProblem, lang: str) -> str:
    """How to write /remind, worded for what was wrong."""
    return t(lang, f"remind-{problem.key}", value=esc(problem.value)) + "\n" + t(lang, "remind-examples")

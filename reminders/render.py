"""The reminder message as Telegram HTML (no Telegram import)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from answers.markup import _t, deadline_text, esc, item_line, label
from store.subscriptions import ChatSchedule

from .facts import ReminderFacts
from .schedule import RemindProblem


def format_reminder(facts: ReminderFacts, lang: str = "zh") -> str | None:
    """The reminder message; None when there is nothing to say."""
    if not facts.has_news and not facts.overdue:
        return None
    targets = "、".join(esc(t) for t in facts.targets)
    lines = [_t(lang, f"⏰ <b>整改提醒</b>（{targets}）", f"⏰ <b>Rectification reminder</b> ({targets})")]
    if facts.open_items:
        lines.append(
            _t(lang, f"还没整改完的问题（{facts.total_open}个）：", f"{facts.total_open} problems still open:")
        )
        lines += [item_line(i, lang, today=facts.today) for i in facts.open_items]
        if facts.total_open > len(facts.open_items):
            lines.append(
                _t(
                    lang,
                    f"……另有{facts.total_open - len(facts.open_items)}个",
                    f"…and {facts.total_open - len(facts.open_items)} more",
                )
            )
    if facts.flagged:
        lines.append(_t(lang, "标为已完成、但文字显示仍有待办的：", "Marked done, but work still pending:"))
        lines += [item_line(i, lang, today=facts.today) for i in facts.flagged]
    if facts.overdue:
        lines.append(_t(lang, "<b>已过整改时限：</b>", "<b>Past their deadline:</b>"))
        lines += [
            f"• {esc(i.agency)} {label(i.label, lang)} {esc(i.title)} — {deadline_text(i, lang, facts.today)}"
            for i in facts.overdue
        ]
    if facts.due_soon:
        lines.append(_t(lang, "<b>临近整改时限：</b>", "<b>Deadline near:</b>"))
        lines += [
            f"• {esc(i.agency)} {label(i.label, lang)} {esc(i.title)} — {deadline_text(i, lang, facts.today)}"
            for i in facts.due_soon
        ]
    if facts.newly_closed or facts.newly_open:
        lines.append(_t(lang, "<b>与上次提醒相比：</b>", "<b>Since the last reminder:</b>"))
        lines += [
            _t(lang, "✓ 已不在待办：", "✓ no longer open: ") + esc(k.replace("｜", " "))
            for k in facts.newly_closed[:20]
        ]
        lines += [
            _t(lang, "＋ 新增待办：", "+ newly open: ") + esc(k.replace("｜", " ")) for k in facts.newly_open[:20]
        ]
    return "\n".join(lines)


_DAYS = {"zh": "一二三四五六日", "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]}


def describe_schedule(schedule: ChatSchedule, lang: str) -> str:
    """每周一 09:00（Asia/Shanghai），免打扰 22:00-08:00 / Mondays at 09:00 (…), quiet 22:00-08:00."""
    zh_days, en_days = _DAYS["zh"], _DAYS["en"]
    when = {
        "off": _t(lang, "提醒已关闭", "reminders off"),
        "daily": _t(lang, f"每天 {schedule.time}", f"daily at {schedule.time}"),
        "workdays": _t(lang, f"工作日 {schedule.time}", f"weekdays at {schedule.time}"),
        "weekly": _t(
            lang, f"每周{zh_days[schedule.weekday]} {schedule.time}", f"{en_days[schedule.weekday]}s at {schedule.time}"
        ),
    }[schedule.frequency]
    quiet = schedule.quiet_hours or _t(lang, "无", "none")
    return _t(lang, f"{when}（{esc(schedule.timezone)}），免打扰 {quiet}",
              f"{when} ({esc(schedule.timezone)}), quiet hours {quiet}")  # fmt: skip


def remind_reply(schedule: ChatSchedule, next_at: datetime | None, lang: str) -> str:
    """What /remind answers: the schedule as understood and the next time it fires, in the chat's zone."""
    text = _t(lang, "好的：", "OK: ") + describe_schedule(schedule, lang)
    if next_at is None:
        return text
    local = next_at.astimezone(ZoneInfo(schedule.timezone))
    day = _t(lang, f"周{_DAYS['zh'][local.weekday()]}", _DAYS["en"][local.weekday()][:3])
    return text + _t(lang, f"\n下次提醒：{local:%Y-%m-%d}（{day}）{local:%H:%M}",
                     f"\nNext reminder: {day} {local:%Y-%m-%d %H:%M}")  # fmt: skip


def remind_problem(problem: RemindProblem, lang: str) -> str:
    """How to write /remind, worded for what was wrong."""
    examples = _t(lang, "例如：/remind 每天早上9点、/remind 每周一上午九点、/remind 工作日 8:30、"
                        "/remind 时区 北京、/remind 免打扰 晚上十点到早上八点、/remind 关闭",
                  "e.g. /remind daily 9am, /remind Mondays 9:00, /remind weekdays 8:30, /remind tz Asia/Shanghai, "
                  "/remind quiet 22:00-08:00, /remind off")  # fmt: skip
    value = esc(problem.value)
    first = {
        "usage": _t(lang, "什么时候提醒？", "When should I remind you?"),
        "bad_time": _t(lang, f"没看懂时间“{value}”。", f"I could not read a time in “{value}”."),
        "bad_zone": _t(lang, f"不认识的时区“{value}”。", f"Unknown time zone “{value}”."),
        "bad_quiet": _t(lang, f"免打扰时段要写两个时间，如 晚上十点到早上八点（不是“{value}”）。",
                        f"Quiet hours need two times, e.g. 22:00-08:00 (not “{value}”)."),
        "no_weekday": _t(lang, "每周哪一天？如 每周一 9点。", "Which day of the week? e.g. Mondays 9:00."),
    }[problem.key]  # fmt: skip
    return f"{first}\n{examples}"

"""The reminder message as Telegram HTML (no Telegram import)."""

from __future__ import annotations

from answers.markup import _t, esc, item_line, label

from .facts import ReminderFacts


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
        lines += [item_line(i, lang) for i in facts.open_items]
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
        lines += [item_line(i, lang) for i in facts.flagged]
    if facts.overdue:
        lines.append(_t(lang, "<b>已过整改时限：</b>", "<b>Past their deadline:</b>"))
        lines += [
            f"• {esc(i.agency)} {label(i.label, lang)} {esc(i.title)}（{esc(i.deadline)}）" for i in facts.overdue
        ]
    if facts.due_soon:
        lines.append(_t(lang, "<b>临近整改时限：</b>", "<b>Deadline near:</b>"))
        lines += [
            f"• {esc(i.agency)} {label(i.label, lang)} {esc(i.title)}（{esc(i.deadline)}）" for i in facts.due_soon
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

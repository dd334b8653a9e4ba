"""The pieces every chat message is made of: escaping, status words, item lines and citations.

Pure: no Telegram import. Every user- or notice-supplied string goes through `esc`. The console demo
shows `plain(html)`, which is what the chat displays.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from typing import TypeVar

from notices.statuses import STATUSES
from store import ItemRow

from .i18n import t

V = TypeVar("V")


class _PerLanguage(dict[str, V]):
    """Values per language, made on first use: a command answering in one language parses one catalogue."""

    def __init__(self, make: Callable[[str], V]) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, lang: str) -> V:
        value = self[lang] = self._make(lang)
        return value


STATUS: dict[str, dict[str, str]] = _PerLanguage(lambda lang: {s: t(lang, f"status-{s}") for s in STATUSES})
EXAMPLES: dict[str, list[str]] = _PerLanguage(lambda lang: t(lang, "examples").splitlines())


TELEGRAM_LIMIT = 4096


def split_message(message: str, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """Split an HTML message into parts of at most `limit` characters, on line boundaries.

    Lines are kept whole (every tag this module writes opens and closes on one line); a single
    line longer than the limit is cut between characters outside tags and entities.
    """
    if len(message) <= limit:
        return [message]
    parts: list[str] = []
    current = ""
    for line in message.split("\n"):
        pieces = _cut_line(line, limit) if len(line) > limit else [line]
        for piece in pieces:
            candidate = f"{current}\n{piece}" if current else piece
            if len(candidate) <= limit:
                current = candidate
            else:
                parts.append(current)
                current = piece
    if current:
        parts.append(current)
    return parts


def _cut_line(line: str, limit: int) -> list[str]:
    """Cut one over-long line at positions outside <tags> and &entities;."""
    pieces: list[str] = []
    while len(line) > limit:
        cut = limit
        while cut > 0 and (
            line.rfind("<", 0, cut) > line.rfind(">", 0, cut) or line.rfind("&", 0, cut) > line.rfind(";", 0, cut)
        ):
            cut -= 1
        cut = cut or limit
        pieces.append(line[:cut])
        line = line[cut:]
    return [*pieces, line]


def esc(text: object) -> str:
    return html.escape(str(text), quote=False)


def plain(message: str) -> str:
    """What a chat shows for an HTML message: tags dropped (a link's address kept), entities decoded."""
    message = re.sub(r'<a href="([^"]*)">(.*?)</a>', r"\2 (\1)", message)
    return html.unescape(re.sub(r"</?[a-z][^>]*>", "", message))


def label(text: str, lang: str) -> str:
    """问题21 stays as printed; a bare number reads 第7项 / item 7."""
    if text.startswith("问题"):
        return esc(text) if lang == "zh" else t(lang, "label-problem", number=esc(text[2:]))
    return t(lang, "label-item", number=esc(text))


def cite(item: ItemRow, lang: str) -> str:
    """Where a fact about an item comes from: agency, notice date (when printed) and item label."""
    notice = t(lang, "notice-word-dated", date=item.notice_date) if item.notice_date else t(lang, "notice-word")
    if item.notice_url:  # read from the web: the notice links to the page it came from
        notice = _link(item.notice_url, notice)
    return t(lang, "cite", agency=esc(item.agency), notice=notice, label=label(item.label, lang))


def _link(url: str, text: str) -> str:
    """An HTML link for Telegram; the URL escaped as an attribute value."""
    return f'<a href="{html.escape(url, quote=True)}">{text}</a>'


def item_line(item: ItemRow, lang: str, *, evidence: bool = True, today: date | None = None) -> str:
    line = f"• <b>{label(item.label, lang)}</b> {esc(item.title)} — {STATUS[lang][item.status]} {cite(item, lang)}"
    if evidence and item.pending_evidence:
        line += "\n  " + t(
            lang, "pending", evidence=t(lang, "evidence-sep").join(esc(e) for e in item.pending_evidence)
        )
    if item.deadline:
        line += "\n  " + deadline_text(item, lang, today)
    return line


DUE_SOON_DAYS = 14  # a deadline within two weeks is worth a warning


def overdue_days(deadline: str | None, status: str, pending: bool, today: date) -> int | None:
    """Days past the stated deadline (negative: days left); None when there is no deadline or the
    item is done with nothing left to do."""
    if not deadline or (status in ("done", "done_longterm") and not pending):
        return None
    try:
        return (today - date.fromisoformat(deadline)).days
    except ValueError:
        return None


_TODAY: ContextVar[date | None] = ContextVar("rectibot_today", default=None)


@contextmanager
def as_of(today: date) -> Iterator[None]:
    """Render deadlines against `today` (the reader's date in the chat's time zone) inside this block;
    a context variable, so each update's task has its own."""
    token = _TODAY.set(today)
    try:
        yield
    finally:
        _TODAY.reset(token)


def deadline_text(item: ItemRow, lang: str, today: date | None = None) -> str:
    """时限：2026-06-30（已逾期 12 天） / due: 2026-06-30 (overdue by 12 days), or days left when near."""
    text = t(lang, "deadline", date=esc(item.deadline))
    when = today or _TODAY.get()
    days = overdue_days(item.deadline, item.status, item.pending, when) if when else None
    if days is None:
        return text
    if days > 0:
        return t(lang, "deadline-overdue", text=text, days=days)
    if days == 0:
        return t(lang, "deadline-today", text=text)
    if -days <= DUE_SOON_DAYS:
        return t(lang, "deadline-near", text=text, days=-days)
    return text

"""What the chat says after a notice is stored, held or taken back, and a notice's warnings, in the
reader's language (answers/i18n). Pure: no Telegram import."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from notices import Notice, NoticeWarning
from store import IngestResult, Removed

from .i18n import t
from .markup import STATUS, esc


def warning_text(warning: NoticeWarning, lang: str) -> str:
    """One warning worded for the reader, its numbers filled in (HTML-escaped)."""
    args: dict[str, Any] = {k: esc(v) if isinstance(v, str) else v for k, v in warning.args.items()}
    return t(lang, f"warning-{warning.code}", **args)


def format_ingest(
    result: IngestResult, counts: dict[str, int], warnings: Iterable[NoticeWarning], lang: str = "zh"
) -> str:
    """The reply after a notice file was stored."""
    if result.outcome == "duplicate":
        return t(lang, "ingest-duplicate", agency=esc(result.agency))
    parts = t(lang, "list-separator").join(
        t(lang, "ingest-status-count", status=STATUS[lang][s], count=n) for s, n in counts.items() if n
    )
    lines = [t(lang, "ingest-stored", agency=esc(result.agency), total=sum(counts.values()), parts=parts)]
    if result.outcome == "history":
        lines.append(t(lang, "ingest-history"))
    if result.outcome == "updated":
        lines += _changes(result, lang) if result.changes else [t(lang, "ingest-no-change")]
    lines += ["⚠ " + warning_text(w, lang) for w in warnings]
    return "\n".join(lines)


def _changes(result: IngestResult, lang: str) -> list[str]:
    lines = [t(lang, "ingest-changes")]
    for c in result.changes[:20]:
        named = {"label": esc(c.label or ""), "title": esc(c.title)}
        if c.kind == "status":
            old, new = STATUS[lang][c.old_status or "unstated"], STATUS[lang][c.new_status or "unstated"]
            lines.append(t(lang, "ingest-change-status", old=old, new=new, **named))
        else:
            lines.append(t(lang, "ingest-change-new" if c.kind == "new" else "ingest-change-dropped", **named))
    return lines


def format_held(result: IngestResult, lang: str = "zh", *, confirm: bool = True) -> str:
    """A notice not stored until confirmed: why, and what it would drop from the current notice (and,
    with `confirm`, how to store it anyway: the button under the message)."""
    hold = dict(result.hold)
    reason = t(lang, f"hold-{hold.pop('code')}", **hold) if hold else esc(result.reason)
    lines = [t(lang, "held", agency=esc(result.agency), reason=reason)]
    if result.changes:
        lines.append(t(lang, "held-drops", count=len(result.changes)))
        lines += [f"• {esc(c.label or '')} {esc(c.title)}" for c in result.changes[:15]]
        if len(result.changes) > 15:
            lines.append(f"… +{len(result.changes) - 15}")
    if confirm:
        lines.append(t(lang, "held-confirm"))
    return "\n".join(lines)


def format_removed(removed: Removed, lang: str = "zh") -> str:
    """The reply to /undo."""
    date = f" {removed.notice_date}" if removed.notice_date else ""
    text = t(lang, "removed", agency=esc(removed.agency), date=esc(date), count=removed.item_count)
    after = t(lang, "removed-previous" if removed.current_id else "removed-only")
    return text + ("" if lang == "zh" else " ") + after


def arrival_report(result: IngestResult, notice: Notice, url: str, lang: str) -> str:
    """What a chat is told of a notice that arrived on a watched site: the ingest summary and its link."""
    summary = format_ingest(result, notice.status_counts(), (), lang)
    return t(lang, "watch-arrival", summary=summary, link=link_html(url))


def link_html(url: str) -> str:
    """A link to a page as Telegram HTML: the address shown, escaped once (quotes too, in the attribute)."""
    return f'<a href="{esc(url).replace(chr(34), "&quot;")}">{esc(url)}</a>'

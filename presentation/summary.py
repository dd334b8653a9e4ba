"""Plain-text renderings shared by the command line (the chat formatting lives in answers/render)."""

from __future__ import annotations

from notices import Notice

from .markup import STATUS

STATUS_ZH = STATUS["zh"]


def notice_summary(notice: Notice) -> str:
    """A readable summary of a parsed notice: header, counts, items, warnings."""
    counts = notice.status_counts()
    lines = [
        f"{notice.agency or '(agency unknown)'}",
        f"  place: {notice.region or '?'} ({notice.prefecture or '?'}, {notice.province or '?'})",
        f"  inspection: {notice.inspection_team or '?'} {notice.inspection_start or '?'}"
        f" – {notice.inspection_end or '?'}, feedback {notice.feedback_date or '?'}",
        f"  published {notice.published or '-'}, signed {notice.signed or '-'}",
        f"  items: {notice.item_count}"
        + (f" in {notice.group_count} groups" if notice.group_count else "")
        + f", {notice.aspect_count} aspects; "
        + ", ".join(f"{STATUS_ZH[s]} {n}" for s, n in counts.items() if n),
        "",
    ]
    for item in notice.items:
        flag = " [pending: " + "; ".join(item.pending_evidence) + "]" if item.pending else ""
        due = f" (due {item.deadline})" if item.deadline else ""
        lines.append(f"  {item.seq:>3}. [{item.label}] {STATUS_ZH[item.status]} – {item.title}{due}{flag}")
    if notice.warnings:
        lines.append("")
        lines.extend(f"  warning: {w}" for w in notice.warnings)
    return "\n".join(lines)

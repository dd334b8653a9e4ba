"""Plain-text renderings shared by the command line (the chat formatting lives in answers/render)."""

from __future__ import annotations

from notices import Notice

from .markup import STATUS


def notice_summary(notice: Notice, lang: str = "en") -> str:
    """A readable summary of a parsed notice: header, counts, items, warnings (in `lang`)."""
    from .i18n import t
    from .markup import plain
    from .receipts import warning_text

    counts = notice.status_counts()
    statuses = STATUS[lang]
    counted = t(lang, "list-separator").join(f"{statuses[s]} {n}" for s, n in counts.items() if n)
    lines = [
        notice.agency or t(lang, "cli-summary-no-agency"),
        "  " + t(lang, "cli-summary-place", region=notice.region or "?", prefecture=notice.prefecture or "?",
                 province=notice.province or "?"),
        "  " + t(lang, "cli-summary-inspection", team=notice.inspection_team or "?",
                 start=notice.inspection_start or "?", end=notice.inspection_end or "?",
                 feedback=notice.feedback_date or "?"),
        "  " + t(lang, "cli-summary-dates", published=notice.published or "-", signed=notice.signed or "-"),
        "  " + t(lang, "cli-summary-items", items=notice.item_count, groups=notice.group_count or 0,
                 aspects=notice.aspect_count, statuses=counted),
        "",
    ]  # fmt: skip
    for item in notice.items:
        flag = " " + t(lang, "cli-summary-pending", evidence="; ".join(item.pending_evidence)) if item.pending else ""
        due = " " + t(lang, "cli-summary-due", date=item.deadline) if item.deadline else ""
        lines.append(f"  {item.seq:>3}. [{item.label}] {statuses[item.status]} – {item.title}{due}{flag}")
    if notice.warnings:
        lines.append("")
        said = (str(w) if lang == "en" else plain(warning_text(w, lang)) for w in notice.warnings)
        lines.extend("  " + t(lang, "cli-summary-warning", text=text) for text in said)
    return "\n".join(lines)

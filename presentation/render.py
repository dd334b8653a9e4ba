"""Chat replies: an `Answer` as Telegram HTML, in the language asked (answers/i18n; no Telegram import)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from answers.answer import Answer
from store import Counts

from .i18n import t
from .markup import EXAMPLES, STATUS, cite, deadline_text, esc, item_line, label
from .receipts import warning_text


def format_answer(a: Answer) -> str:
    """The chat message for an answer."""
    head = t(a.lang, "answer-truncated") + "\n" if a.truncated else ""
    head += _understood(a)
    if a.problem:
        return head + _problem(a)
    body = {
        "open_items": _open_items,
        "item_status": _item_status,
        "topic_search": _topic_search,
        "summary": _summary,
        "claims_check": _claims,
        "changes": _changes,
        "latest": _latest,
        "list_agencies": _agencies,
    }.get(a.intent, _help)(a)
    return head + body


def _understood(a: Answer) -> str:
    """What was read where it is not obvious: a name read by its sound, the Nth item printed otherwise."""
    lines = [t(a.lang, "answer-heard", typed=esc(typed), read=esc(read)) for typed, read in a.heard]
    if a.ref_note:
        seq, printed = a.ref_note
        lines.append(t(a.lang, "answer-ref-note", seq=seq, printed=esc(printed)))
    return "".join(line + "\n" for line in lines)


def _scope_name(a: Answer) -> str:
    if a.kind:
        return t(a.lang, f"kind-{a.kind}")  # 各县 / counties: the agencies of a kind of place
    if a.place and not (len(a.agencies) == 1 and a.place in a.agencies[0]):
        return esc(a.place)
    if len(a.agencies) == 1:
        return esc(a.agencies[0])
    if a.agencies:
        return t(a.lang, "scope-agencies", count=len(a.agencies))
    return t(a.lang, "scope-all")


def _bullets(names: list[str]) -> str:
    return "\n".join(f"• {esc(name)}" for name in names)


def _problem(a: Answer) -> str:
    lang = a.lang
    if a.problem == "no_data":
        return t(lang, "answer-no-data")
    if a.problem == "ambiguous":
        return t(lang, "answer-ambiguous", options=_bullets(a.choices))
    if a.problem == "no_match" and a.place and not a.suggestions:
        return t(lang, "answer-none-in-place", place=esc(a.place))
    if a.problem == "no_match":
        return _no_match(a)
    if a.problem == "none_in_place":
        place = t(lang, f"kind-{a.kind}") if a.kind else esc(a.place or a.unknown or "")
        return t(lang, "answer-none-in-place", place=place)
    if a.problem == "no_more":
        return t(lang, "answer-no-more")
    if a.problem == "need_agency":
        return t(lang, "answer-need-agency")
    if a.problem == "no_item":
        what = f"{a.number}" if a.number else "、".join(esc(w) for w in a.topic) or "?"
        return t(lang, "answer-no-item", scope=_scope_name(a), what=what)
    if a.problem == "no_topic":
        return t(lang, "answer-no-topic")
    if a.problem == "not_understood":  # out of scope: said plainly, with three questions that work
        return t(lang, "answer-not-understood") + "\n" + "\n".join(f"• {esc(e)}" for e in EXAMPLES[lang][:3])
    return _help(a)  # "empty", or a problem this version does not word


def _no_match(a: Answer) -> str:
    """A name not recognised, and the stored names it resembles."""
    lang = a.lang
    text = t(lang, "answer-not-recognised", name=esc(a.unknown)) if a.unknown else t(lang, "answer-no-agency")
    if len(a.suggestions) == 1:
        text += t(lang, "answer-did-you-mean", name=esc(a.suggestions[0]))
    elif a.suggestions:
        text += "\n" + t(lang, "answer-closest") + "\n" + _bullets(a.suggestions)
    return text


# The status filters a question may ask for; each has a filter-<name> noun phrase in the catalogues.
_FILTERS = ("in_progress", "unstated", "longterm", "done", "done_pending", "pending", "overdue", "deadline")


def _open_items(a: Answer) -> str:
    lang, scope = a.lang, _scope_name(a)
    if a.topic:
        return _topic_of_status(a, scope)
    if a.status in _FILTERS:
        # the noun phrase agrees with the count it follows (1 item in progress); "no items …" where none is
        what = t(lang, f"filter-{a.status}", count=a.total if a.items else 0)
        if not a.items and a.flagged:  # nothing overdue by a stated deadline; these state none
            lines = [
                t(lang, "filter-none", scope=scope, what=what),
                "\n" + t(lang, "open-undated", count=len(a.flagged)),
            ]
            return "\n".join([*lines, *(item_line(i, lang) for i in a.flagged)])
        if not a.items:
            return t(lang, "filter-none", scope=scope, what=what)
        head = t(lang, "filter-head", scope=scope, what=what, count=a.total)
        return "\n".join([head, *(item_line(i, lang) for i in a.items), *_more_line(a)])
    if not a.items and not a.flagged:
        return t(lang, "open-all-done", scope=scope)
    lines = [
        t(lang, "open-head", scope=scope, count=a.total) if a.total else t(lang, "open-none-unmarked", scope=scope)
    ]
    lines += [item_line(i, lang) for i in a.items]
    lines += _more_line(a)
    if a.flagged:
        lines.append("\n" + t(lang, "open-flagged"))
        lines += [item_line(i, lang) for i in a.flagged]
    return "\n".join(lines)


def _topic_of_status(a: Answer, scope: str) -> str:
    """The items of a status a topic finds (差旅费还有没整改完的吗); none: said, with the topic's items in other states
    counted, so that a topic the notices do hold is never answered with a bare “nothing”."""
    lang, topic = a.lang, esc(a.topic[0])
    what = t(lang, f"filter-{a.status}" if a.status in _FILTERS else "filter-open", count=0)  # plural: "no items …"
    if not a.items and not a.flagged:
        if not a.others:
            return t(lang, "topic-none-in" if a.agencies else "topic-none", scope=scope, topic=topic)
        by_status = Counter(i.status for i in a.others)
        parts = t(lang, "list-separator").join(
            t(lang, "count-status", status=STATUS[lang][s], count=n) for s, n in by_status.items()
        )
        lines = [t(lang, "topic-status-none", scope=scope, topic=topic, what=what, count=len(a.others), parts=parts)]
        return "\n".join([*lines, *(item_line(i, lang, evidence=False) for i in a.others[:LIST_SHOWN])])
    lines = []
    if a.items:
        lines.append(t(lang, "topic-status-head", scope=scope, topic=topic, what=what, count=a.total))
        lines += [item_line(i, lang) for i in a.items]
        lines += _more_line(a)
    if a.flagged:
        lines.append(("\n" if lines else "") + t(lang, "topic-status-flagged", topic=topic))
        lines += [item_line(i, lang) for i in a.flagged]
    return "\n".join(lines)


LIST_SHOWN = 10  # a topic's items of other states shown under “none of that status”


def _more_line(a: Answer) -> list[str]:
    """How many are left after this page, and how to see them."""
    left = a.total - a.offset - len(a.items)
    return [t(a.lang, "answer-more", count=left)] if left > 0 else []


def _item_status(a: Answer) -> str:
    lang = a.lang
    blocks = []
    for i in a.items:
        where = " › ".join(esc(x) for x in (i.aspect, i.group) if x)
        block = [
            f"<b>{label(i.label, lang)}</b> {esc(i.title)}",
            t(lang, "item-status", status=STATUS[lang][i.status]),
            cite(i, lang),
        ]
        if where:
            block.append(t(lang, "item-under", where=where))
        if i.pending_evidence:
            block.append(
                t(lang, "item-pending", evidence=t(lang, "evidence-sep").join(esc(e) for e in i.pending_evidence))
            )
        if i.deadline:
            block.append(deadline_text(i, lang))
        if i.measures:
            measures = i.measures if len(i.measures) <= 600 else i.measures[:600] + "…"
            block.append(t(lang, "item-measures", measures=esc(measures)))
        blocks.append("\n".join(block))
    return "\n\n".join(blocks)


def _topic_search(a: Answer) -> str:
    lang, topic = a.lang, esc(a.topic[0]) if a.topic else ""  # the notices' main word; the rest are its variants
    if not a.items and a.agencies:  # the agencies asked about: theirs mention it nowhere
        return t(lang, "topic-none-in", scope=_scope_name(a), topic=topic)
    if not a.items:
        return t(lang, "topic-none", topic=topic)
    n = len(a.agencies)
    head = t(lang, "topic-at-least" if a.at_least else "topic-head", topic=topic, agencies=n, items=a.total)
    lines = [head, *(item_line(i, lang, evidence=False) for i in a.items)]
    if a.total > a.offset + len(a.items):
        shown = {i.agency for i in a.items}
        rest = [name for name in a.agencies if name not in shown]
        lines.append(t(lang, "topic-rest", items=a.total))
        lines += [f"• {esc(name)}" for name in rest[:50]]
        if len(rest) > 50:
            lines.append(t(lang, "topic-rest-more", count=len(rest) - 50))
    return "\n".join(lines)


def _count_line(c: Counts, lang: str) -> str:
    done = c.by_status.get("done", 0) + c.by_status.get("done_longterm", 0)
    rate = f"{done / c.items:.0%}" if c.items else "-"
    parts = t(lang, "list-separator").join(
        t(lang, "count-status", status=STATUS[lang][s], count=n) for s, n in c.by_status.items()
    )
    return t(lang, "count-line", items=c.items, rate=rate, parts=parts, pending=c.pending)


def _summary(a: Answer) -> str:
    assert a.counts is not None
    lang = a.lang
    line = _count_line(a.counts, lang)
    if a.topic:  # 差旅费的问题有多少个: the topic's items counted, in the scope they were found in
        topic, capped = esc(a.topic[0]), "yes" if a.at_least else "no"
        lines = [t(lang, "summary-topic", scope=_scope_name(a), topic=topic, line=line, capped=capped)]
    else:
        lines = [t(lang, "summary-scope", scope=_scope_name(a), line=line)]
    lines += [t(lang, "summary-agency", name=esc(name), line=_count_line(c, lang)) for name, c in a.per_agency]
    if a.picked:  # 哪家完成率最低: the one the ranking names
        lines.append(t(lang, "summary-picked", name=esc(a.picked)))
    facts = _notice_facts(a.notices[0], lang) if len(a.notices) == 1 else ""
    if facts:  # one agency: who inspected it and when (哪个巡察组, when was the feedback)
        lines.append(facts)
    if a.status in _FILTERS:
        lines.append(_open_items(a))
    elif a.topic:  # the topic's items, whatever their status, under its figures
        lines += ["", *(item_line(i, lang) for i in a.items), *_more_line(a)]
    elif a.items or a.flagged:  # one agency: its open items under the figures
        lines.append("\n" + _open_items(a))
    return "\n".join(lines)


def _notice_facts(n: dict[str, Any], lang: str) -> str:
    """The notice's inspection team, period, feedback and publication dates, those it states."""
    parts = []
    if n.get("inspection_team"):
        parts.append(t(lang, "summary-team", team=esc(n["inspection_team"])))
    if n.get("inspection_start") or n.get("inspection_end"):
        parts.append(
            t(lang, "summary-period", start=n.get("inspection_start") or "?", end=n.get("inspection_end") or "?")
        )
    if n.get("feedback_date"):
        parts.append(t(lang, "summary-feedback", date=n["feedback_date"]))
    if n.get("published"):
        parts.append(t(lang, "summary-published", date=n["published"]))
    return t(lang, "list-separator").join(parts)


def _claims(a: Answer) -> str:
    lang = a.lang
    if not a.notices:
        return t(lang, "claims-none")
    blocks = []
    for n in a.notices:
        said = t(lang, "list-separator").join(
            t(lang, "claim-part", what=k, count=v) for k, v in n["claimed"].items() if v is not None
        )
        lines = [
            f"<b>{esc(n['agency'])}</b>" + (f" {n['notice_date']}" if n["notice_date"] else ""),
            t(lang, "claims-said", said=said or t(lang, "claims-unsaid"), count=n["item_count"]),
        ]
        lines += [("⚠ " + warning_text(w, lang)) for w in n["warnings"]] or [t(lang, "claims-agree")]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _changes(a: Answer) -> str:
    lang = a.lang
    if not a.changes:
        return t(lang, "changes-one-notice", scope=_scope_name(a))
    lines = [t(lang, "changes-head", scope=_scope_name(a))]
    for c in a.changes:
        lab = label(c["label"] or "", lang)
        if c["kind"] == "status":
            what = f"{STATUS[lang][c['old_status']]} → {STATUS[lang][c['new_status']]}"
        else:
            what = t(lang, "change-new" if c["kind"] == "new" else "change-dropped")
        lines.append(
            f"• <b>{lab}</b> {esc(c['title'])} — {what}"
            f" 〔{esc(c['agency'])} {c['previous_date']} → {c['notice_date']}〕"
        )
    return "\n".join(lines)


def _latest(a: Answer) -> str:
    if not a.notices:
        return t(a.lang, "latest-none")
    # 2023年以后反馈的 / 最早的那份: the date the question was about, beside each notice
    own = "sort_date" if a.oldest else "notice_date"  # the earliest: by the date it was ordered by
    column = {"feedback": "feedback_date", "inspection": "inspection_start"}.get(a.dated_by or "", own)
    head = "latest-head-oldest" if a.oldest else f"latest-head-{a.dated_by}" if a.dated_by else "latest-head"
    lines = [t(a.lang, head)]
    lines += [
        t(
            a.lang,
            "latest-line",
            agency=esc(n["agency"]),
            date=f" {n[column]}" if n.get(column) else "",
            count=n["item_count"],
        )
        for n in a.notices
    ]
    return "\n".join(lines)


def _agencies(a: Answer) -> str:
    total = max(a.total, len(a.agencies))
    head = t(a.lang, "agencies-of-kind", kind=t(a.lang, f"kind-{a.kind}"), count=total) if a.kind else None
    if a.topic:  # 哪些单位没有公车问题: the agencies with nothing on the topic
        head = t(a.lang, "agencies-without", topic=esc(a.topic[0]), count=total)
    lines = [head or t(a.lang, "agencies-head", count=total)]
    lines += [f"• {esc(n)}" for n in a.agencies[:100]]
    if total > 100:
        lines.append(t(a.lang, "agencies-more", count=total - 100))
    return "\n".join(lines)


def _help(a: Answer) -> str:
    return t(a.lang, "help-intro") + "\n" + "\n".join(f"• {esc(e)}" for e in EXAMPLES[a.lang])

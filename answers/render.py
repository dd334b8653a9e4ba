"""Chat replies: an `Answer` or an ingest result as Telegram HTML, in the language asked (no Telegram import)."""

from __future__ import annotations

from collections.abc import Iterable

from store import Counts, IngestResult, Removed

from .answer import Answer
from .markup import EXAMPLES, STATUS, _t, cite, deadline_text, esc, item_line, label


def format_answer(a: Answer) -> str:
    """The chat message for an answer."""
    lang = a.lang
    head = (
        _t(
            lang,
            "（问题太长，只读了前300字。）\n",
            "(Your question was long; I read the first 300 characters.)\n",
        )
        if a.truncated
        else ""
    )
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
    lines = [
        _t(a.lang, f"（把“{esc(typed)}”当作“{esc(read)}”）", f"(Reading “{esc(typed)}” as {esc(read)}.)")
        for typed, read in a.heard
    ]
    if a.ref_note:
        seq, printed = a.ref_note
        lines.append(
            _t(
                a.lang,
                f"按第{seq}个问题（通报编号“{esc(printed)}”）回答",
                f"Answering with item {seq} in order (printed as “{esc(printed)}”).",
            )
        )
    return "".join(line + "\n" for line in lines)


def _scope_name(a: Answer) -> str:
    if a.place and not (len(a.agencies) == 1 and a.place in a.agencies[0]):
        return esc(a.place)
    if len(a.agencies) == 1:
        return esc(a.agencies[0])
    if a.agencies:
        return _t(a.lang, f"{len(a.agencies)}个单位", f"{len(a.agencies)} agencies")
    return _t(a.lang, "所有单位", "all agencies")


def _problem(a: Answer) -> str:
    lang = a.lang
    if a.problem == "empty":
        return _help(a)
    if a.problem == "no_data":
        return _t(
            lang,
            "还没有收录任何通报。把通报文件（txt、docx、pdf、html）发给我即可收录。",
            "No notices are stored yet. Send me a notice file (txt, docx, pdf or html) to add one.",
        )
    if a.problem == "ambiguous":
        options = "\n".join(f"• {esc(c)}" for c in a.choices)
        return _t(
            lang,
            f"有几个单位符合，请说明是哪一个：\n{options}",
            f"Several agencies match; which one do you mean?\n{options}",
        )
    if a.problem == "no_match" and a.place and not a.suggestions:
        return _t(lang, f"{esc(a.place)}还没有收录任何单位的通报。", f"No agency in {esc(a.place)} is stored yet.")
    if a.problem == "no_match":
        text = (
            _t(lang, f"没有认出“{esc(a.unknown)}”。", f"I don't recognise “{esc(a.unknown)}”.")
            if a.unknown
            else _t(lang, "没有找到你说的单位，库里还没有它的通报。", "I have no notice from the agency you named.")
        )
        if len(a.suggestions) == 1:
            text += _t(lang, f"你是指{esc(a.suggestions[0])}吗？", f" Did you mean {esc(a.suggestions[0])}?")
        elif a.suggestions:
            text += _t(lang, "\n相近的有：\n", "\nClosest names:\n") + "\n".join(f"• {esc(s)}" for s in a.suggestions)
        return text
    if a.problem == "none_in_place":
        where = esc(a.place or a.unknown or "")
        return _t(lang, f"{where}还没有收录任何单位的通报。", f"No agency in {where} is stored yet.")
    if a.problem == "no_more":
        return _t(lang, "没有更多了。", "That was all.")
    if a.problem == "need_agency":
        return _t(
            lang,
            "请说明是哪个单位或地区，例如：朔州科技局还有哪些问题没整改完？",
            "Which agency or region? For example: which problems are still open for Shuozhou?",
        )
    if a.problem == "no_item":
        what = f"{a.number}" if a.number else "、".join(esc(t) for t in a.topic) or "?"
        return _t(
            lang,
            f"{_scope_name(a)}的通报里没有找到问题“{what}”。",
            f"No problem '{what}' in the notice of {_scope_name(a)}.",
        )
    if a.problem == "no_topic":
        return _t(
            lang,
            "请说明要查的问题，例如：哪些单位有差旅费问题？",
            "Which problem should I look for? For example: which agencies have travel expense problems?",
        )
    return _help(a)


_FILTER_HEADS = {
    "in_progress": ("正在推进的问题", "items in progress"),
    "unstated": ("没有标明进度的问题", "items with no status stated"),
    "longterm": ("标为长期坚持的问题", "items kept up long-term"),
    "done": ("标为已完成的问题", "items marked done"),
    "done_pending": ("标为已完成、但文字显示仍有待办的问题", "items marked done whose text shows pending work"),
    "overdue": ("已过所述整改时限、仍未完成的问题", "items past their stated deadline and not done"),
}


def _open_items(a: Answer) -> str:
    lang, scope = a.lang, _scope_name(a)
    if a.status in _FILTER_HEADS:
        zh, en = _FILTER_HEADS[a.status]
        if not a.items:
            return _t(lang, f"{scope}：没有{zh}。", f"{scope}: no {en}.")
        head = _t(lang, f"<b>{scope}</b> {zh}（{a.total}个）：", f"<b>{scope}</b>: {a.total} {en}:")
        return "\n".join([head, *(item_line(i, lang) for i in a.items), *_more_line(a)])
    if not a.items and not a.flagged:
        return _t(
            lang,
            f"{scope}：通报列出的问题都已标为完成，文字里也没有待办事项。",
            f"{scope}: every problem in the notice is marked done and none mentions unfinished work.",
        )
    lines = [
        _t(
            lang,
            f"<b>{scope}</b> 还没整改完的问题（{a.total}个）：",
            f"<b>{scope}</b>: {a.total} problems still open:",
        )
        if a.total
        else _t(lang, f"<b>{scope}</b> 没有未标完成的问题。", f"<b>{scope}</b>: no problem is left unmarked.")
    ]
    lines += [item_line(i, lang) for i in a.items]
    lines += _more_line(a)
    if a.flagged:
        lines.append(
            _t(
                lang,
                "\n<b>标为已完成、但文字显示仍有待办的：</b>",
                "\n<b>Marked done, but the text shows work still pending:</b>",
            )
        )
        lines += [item_line(i, lang) for i in a.flagged]
    return "\n".join(lines)


def _more_line(a: Answer) -> list[str]:
    """How many are left after this page, and how to see them."""
    left = a.total - a.offset - len(a.items)
    if left <= 0:
        return []
    return [_t(a.lang, f"……另有{left}个，回复“还有吗”看下一页。", f"…and {left} more; reply “more” for the next page.")]


def _item_status(a: Answer) -> str:
    lang = a.lang
    blocks = []
    for i in a.items:
        where = " › ".join(esc(x) for x in (i.aspect, i.group) if x)
        block = [
            f"<b>{label(i.label, lang)}</b> {esc(i.title)}",
            _t(lang, "进度：", "Status: ") + STATUS[lang][i.status],
            cite(i, lang),
        ]
        if where:
            block.append(_t(lang, "位置：", "Under: ") + where)
        if i.pending_evidence:
            block.append(_t(lang, "待办：", "Pending: ") + "；".join(esc(e) for e in i.pending_evidence))
        if i.deadline:
            block.append(deadline_text(i, lang))
        if i.measures:
            measures = i.measures if len(i.measures) <= 600 else i.measures[:600] + "…"
            block.append(_t(lang, "整改措施：", "Measures: ") + esc(measures))
        blocks.append("\n".join(block))
    return "\n\n".join(blocks)


def _topic_search(a: Answer) -> str:
    lang, topic = a.lang, esc(a.topic[0]) if a.topic else ""  # the notices' main word; the rest are its variants
    if not a.items:
        return _t(lang, f"没有单位的通报提到“{topic}”。", f"No notice mentions “{topic}”.")
    n = len(a.agencies)
    head = (
        _t(
            lang,
            f"至少{n}个单位、{a.total}项问题涉及“{topic}”，最近的：",
            f"At least {n} agencies, {a.total} items mention “{topic}”; the latest:",
        )
        if a.at_least
        else _t(lang, f"有“{topic}”问题的单位（{n}个）：", f"{n} agencies have “{topic}” problems:")
    )
    lines = [head, *(item_line(i, lang, evidence=False) for i in a.items)]
    if a.total > a.offset + len(a.items):
        shown = {i.agency for i in a.items}
        rest = [name for name in a.agencies if name not in shown]
        lines.append(_t(lang, f"……共{a.total}项；其他单位：", f"…{a.total} items in all; other agencies:"))
        lines += [f"• {esc(name)}" for name in rest[:50]]
        if len(rest) > 50:
            lines.append(
                _t(
                    lang,
                    f"……另有{len(rest) - 50}个单位，可按地区缩小范围。",
                    f"…and {len(rest) - 50} more; narrow by region.",
                )
            )
    return "\n".join(lines)


def _count_line(c: Counts, lang: str) -> str:
    done = c.by_status.get("done", 0) + c.by_status.get("done_longterm", 0)
    rate = f"{done / c.items:.0%}" if c.items else "-"
    parts = (
        "，".join(f"{STATUS[lang][s]} {n}" for s, n in c.by_status.items())
        if lang == "zh"
        else ", ".join(f"{STATUS[lang][s]} {n}" for s, n in c.by_status.items())
    )
    return _t(
        lang,
        f"{c.items}个问题，完成率{rate}（{parts}），其中{c.pending}个文字显示仍有待办",
        f"{c.items} problems, {rate} done ({parts}); {c.pending} with work still pending in the text",
    )


def _summary(a: Answer) -> str:
    assert a.counts is not None
    lang = a.lang
    lines = [
        f"<b>{_scope_name(a)}</b>：" + _count_line(a.counts, lang)
        if lang == "zh"
        else f"<b>{_scope_name(a)}</b>: " + _count_line(a.counts, lang)
    ]
    lines += [
        f"• {esc(name)}：{_count_line(c, lang)}" if lang == "zh" else f"• {esc(name)}: {_count_line(c, lang)}"
        for name, c in a.per_agency
    ]
    return "\n".join(lines)


def _claims(a: Answer) -> str:
    lang = a.lang
    if not a.notices:
        return _t(lang, "没有找到通报。", "No notice found.")
    blocks = []
    for n in a.notices:
        claimed = {k: v for k, v in n["claimed"].items() if v is not None}
        said = (
            "，".join(f"{_CLAIM_ZH[k]}{v}" for k, v in claimed.items())
            if lang == "zh"
            else ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in claimed.items())
        )
        head = f"<b>{esc(n['agency'])}</b> {n['notice_date'] or ''}"
        lines = [
            head,
            _t(
                lang,
                f"通报自述：{said or '未说明'}；正文列出{n['item_count']}个问题",
                f"Claims: {said or 'none'}; the body lists {n['item_count']} problems",
            ),
        ]
        lines += [("⚠ " + esc(w)) for w in n["warnings"]] or [_t(lang, "自述与正文一致。", "Claims and body agree.")]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


_CLAIM_ZH = {
    "aspects": "方面",
    "problem_groups": "问题",
    "problems": "具体问题",
    "completed": "已完成",
    "in_progress": "正在推进",
    "longterm": "长期坚持",
}


def _changes(a: Answer) -> str:
    lang = a.lang
    if not a.changes:
        return _t(
            lang,
            f"{_scope_name(a)}只有一份通报，还没有可比较的变化。",
            f"{_scope_name(a)} has only one notice; nothing to compare yet.",
        )
    lines = [
        _t(
            lang,
            f"<b>{_scope_name(a)}</b> 前后通报的变化：",
            f"<b>{_scope_name(a)}</b>: changes between notices:",
        )
    ]
    for c in a.changes:
        lab = label(c["label"] or "", lang)
        if c["kind"] == "status":
            what = f"{STATUS[lang][c['old_status']]} → {STATUS[lang][c['new_status']]}"
        elif c["kind"] == "new":
            what = _t(lang, "新增", "new")
        else:
            what = _t(lang, "不再列出", "no longer listed")
        lines.append(
            f"• <b>{lab}</b> {esc(c['title'])} — {what}"
            f" 〔{esc(c['agency'])} {c['previous_date']} → {c['notice_date']}〕"
        )
    return "\n".join(lines)


def _latest(a: Answer) -> str:
    lines = [_t(a.lang, "最近收录的通报：", "Latest notices:")]
    lines += [
        f"• {esc(n['agency'])} {n['notice_date'] or ''} — {n['item_count']}" + _t(a.lang, "个问题", " problems")
        for n in a.notices
    ]
    return "\n".join(lines)


def _agencies(a: Answer) -> str:
    total = max(a.total, len(a.agencies))
    lines = [_t(a.lang, f"收录的单位（{total}个）：", f"Agencies stored ({total}):")]
    lines += [f"• {esc(n)}" for n in a.agencies[:100]]
    if total > 100:
        lines.append(
            _t(
                a.lang,
                f"……另有{total - 100}个，可按地区问，例如：山西有哪些单位",
                f"…and {total - 100} more; ask by region.",
            )
        )
    return "\n".join(lines)


def _help(a: Answer) -> str:
    lang = a.lang
    intro = _t(
        lang,
        "我可以回答关于巡察整改通报的问题，例如：",
        "I answer questions about inspection rectification notices, for example:",
    )
    return intro + "\n" + "\n".join(f"• {esc(e)}" for e in EXAMPLES[lang])


def format_ingest(result: IngestResult, counts: dict[str, int], warnings: Iterable[str], lang: str = "zh") -> str:
    """The reply after a notice file was stored."""
    if result.outcome == "duplicate":
        return _t(
            lang,
            f"这份通报已经收录过了（{esc(result.agency)}）。",
            f"This notice is already stored ({esc(result.agency)}).",
        )
    total = sum(counts.values())
    parts = (
        "，".join(f"{STATUS['zh'][s]}{n}" for s, n in counts.items() if n)
        if lang == "zh"
        else ", ".join(f"{STATUS['en'][s]} {n}" for s, n in counts.items() if n)
    )
    lines = [
        _t(
            lang,
            f"已收录 <b>{esc(result.agency)}</b> 的通报：{total}个问题（{parts}）。",
            f"Stored the notice of <b>{esc(result.agency)}</b>: {total} problems ({parts}).",
        )
    ]
    if result.outcome == "history":
        lines.append(
            _t(
                lang,
                "这份通报早于该单位现有的通报，作为历史记录保存；当前通报不变。",
                "It is older than the agency's current notice: kept as history; the current notice is unchanged.",
            )
        )
    if result.outcome == "updated":
        if result.changes:
            lines.append(_t(lang, "与上一份通报相比：", "Since the previous notice:"))
            for c in result.changes[:20]:
                if c.kind == "status":
                    lines.append(
                        f"• {esc(c.label or '')} {esc(c.title)}："
                        f"{STATUS[lang][c.old_status or 'unstated']} → {STATUS[lang][c.new_status or 'unstated']}"
                    )
                else:
                    lines.append(
                        f"• {esc(c.label or '')} {esc(c.title)}："
                        + (_t(lang, "新增", "new") if c.kind == "new" else _t(lang, "不再列出", "dropped"))
                    )
        else:
            lines.append(_t(lang, "与上一份通报相比没有变化。", "No change since the previous notice."))
    lines += [("⚠ " + esc(w)) for w in warnings]
    return "\n".join(lines)


def format_held(result: IngestResult, lang: str = "zh") -> str:
    """A notice not stored until confirmed: why, and what it would drop from the current notice."""
    lines = [
        _t(
            lang,
            f"⚠ 尚未收录 <b>{esc(result.agency)}</b> 的这份通报：{esc(result.reason)}。",
            f"⚠ Not stored yet, the notice of <b>{esc(result.agency)}</b>: {esc(result.reason)}.",
        )
    ]
    if result.changes:
        lines.append(
            _t(
                lang,
                f"收录后，当前通报中的{len(result.changes)}个问题将不再列出：",
                f"Storing it would drop {len(result.changes)} problems of the current notice:",
            )
        )
        lines += [f"• {esc(c.label or '')} {esc(c.title)}" for c in result.changes[:15]]
        if len(result.changes) > 15:
            lines.append(f"… +{len(result.changes) - 15}")
    lines.append(_t(lang, "确认无误再点“仍然收录”。", "Press “Store anyway” only if that is right."))
    return "\n".join(lines)


def format_removed(removed: Removed, lang: str = "zh") -> str:
    """The reply to /undo."""
    date = f" {removed.notice_date}" if removed.notice_date else ""
    after = (
        _t(lang, "之前的通报重新成为当前通报。", "The previous notice is current again.")
        if removed.current_id
        else _t(lang, "该单位没有其他通报。", "The agency has no other notice.")
    )
    return (
        _t(
            lang,
            f"已撤销 <b>{esc(removed.agency)}</b>{esc(date)} 的通报（{removed.item_count}个问题），副本保留在历史中。",
            f"Removed the notice of <b>{esc(removed.agency)}</b>{esc(date)} ({removed.item_count} problems); "
            "a copy stays in the history.",
        )
        + ("" if lang == "zh" else " ")
        + after
    )

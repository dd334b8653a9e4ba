"""Round 135's class (issue 19): ledgers whose progress is shown as a measure, not a word. A 整改台账 pasted as text
or forwarded as a sheet states each problem's progress as a share (完成率 100% / 80% / 0%), a bar (■■■■□), a circle
explained by a legend (●/◐/○) or a traffic light explained by the sheet's note (绿灯/黄灯/红灯), and closes on a
totals row. Every row is a problem, its status read from the measure and the legend; the legend, the note and the
totals row are none. Members the round's notices do not print: other names of the share's column and of the light
column, other totals words, the legend in other words and signs (表示 / 为 / ：), the lights typed as 绿色 rather than
绿灯, a note that makes green mean on schedule rather than done, and the lights in a ledger aligned by spaces."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某县某局党组关于县委巡察反馈意见整改进展情况的通报\n"
    "根据县委统一部署，2024年3月4日至4月30日，县委第一巡察组对县某局党组进行了巡察，5月20日反馈了巡察意见。"
    "现将整改进展情况通报如下。\n"
    "一、整改台账\n"
)
_TAIL = "二、下一步工作\n局党组将持续推进整改。\n欢迎监督。联系电话：0731-1234567。\n中共某县某局党组\n2024年12月10日\n"

_PROBLEMS = [
    ("基层党组织建设薄弱，组织生活不规范。", "修订组织生活制度，补正会议记录。"),
    ("专项资金拨付滞后，部分资金未按期拨付。", "建立资金拨付台账，剩余资金正在办理拨付手续。"),
    ("干部队伍结构不合理，年轻干部储备不足。", "制定年轻干部培养计划，招聘方案已报县人社局审批。"),
]
_TITLES = [p.rstrip("。").replace("，", ",") for p, _ in _PROBLEMS]


def _width(text: str) -> int:
    return sum(2 if "\u4e00" <= ch <= "\u9fff" or ch in "，。％" else 1 for ch in text)


def _spaced(rows: list[list[str]]) -> str:
    """Rows as a fixed-width view copies them: each column padded by display width, two spaces apart."""
    widths = [max(_width(r[c]) for r in rows) for c in range(len(rows[0]))]
    return "\n".join(
        "  ".join(cell + " " * (w - _width(cell)) for cell, w in zip(r, widths, strict=True)).rstrip() for r in rows
    )


# A share of the work done in a column of a ledger aligned by spaces, under its column's other names, typed half- or
# full-width, and the ledger's totals row under another word: the whole done is done, any less is in progress, and
# the totals row is no problem nor any part of the last one.
@pytest.mark.parametrize(
    ("column", "shares", "total"),
    [
        ("完成率", ["100%", "50%", "0%"], "总计"),
        ("整改完成率", ["100％", "90％", "0％"], "合计"),
        ("完成率", ["100%", "20%", "10%"], "合 计"),
    ],
)
def test_a_share_column_aligned_by_spaces_states_each_status(column: str, shares: list[str], total: str) -> None:
    rows = [["序号", "存在问题", "整改措施", column, "完成时限"]]
    rows += [[str(n), p, m, s, "2025年6月底"] for n, ((p, m), s) in enumerate(zip(_PROBLEMS, shares, strict=True), 1)]
    rows.append([total, "3个问题", "已完成1个，正在推进2个", "", ""])
    notice = parse_notice(_HEAD + _spaced(rows) + "\n" + _TAIL)
    assert [(i.title, i.status) for i in notice.items] == list(
        zip(_TITLES, ["done", "in_progress", "in_progress"], strict=True)
    )
    assert notice.items[0].pending is False


# The lights explained by the note in other words and signs, under the light column's other names, typed 绿灯 or
# 绿色: each read as the words its colour stands for.
@pytest.mark.parametrize(
    ("note", "column", "lights"),
    [
        ("说明：绿灯表示已完成整改，黄灯表示正在整改，红灯表示未启动整改。", "亮灯情况", ["绿灯", "黄灯", "红灯"]),
        ("注：绿色为已销号，黄色为推进中，红色为进度滞后。", "预警灯", ["绿色", "黄色", "红色"]),
        ("备注：绿色：已完成；黄色：正在推进；红色：未完成。", "状态灯", ["绿色", "黄色", "黄色"]),
    ],
)
def test_a_light_column_reads_through_the_note(note: str, column: str, lights: list[str]) -> None:
    rows = [f"序号\t存在问题\t整改措施\t{column}"]
    rows += [f"{n}\t{p}\t{m}\t{c}" for n, ((p, m), c) in enumerate(zip(_PROBLEMS, lights, strict=True), 1)]
    notice = parse_notice(_HEAD + note + "\n" + "\n".join(rows) + "\n" + _TAIL)
    assert [(i.title, i.status) for i in notice.items] == list(
        zip(_TITLES, ["done", "in_progress", "in_progress"], strict=True)
    )


# A note that makes green mean the work is on schedule (亮灯督办: 绿灯表示按序时推进): green is then no done.
def test_green_is_what_the_note_says() -> None:
    note = "注：绿灯表示按序时进度推进，黄灯表示进度滞后，红灯表示严重滞后。"
    rows = ["序号\t存在问题\t整改措施\t亮灯情况"]
    rows += [
        f"{n}\t{p}\t{m}\t{c}" for n, ((p, m), c) in enumerate(zip(_PROBLEMS, ["绿灯", "黄灯", "红灯"], strict=True), 1)
    ]
    notice = parse_notice(_HEAD + note + "\n" + "\n".join(rows) + "\n" + _TAIL)
    assert [i.status for i in notice.items] == ["in_progress"] * 3


# The lights in a ledger aligned by spaces (a fixed-width view's copy), the note under the table.
def test_lights_in_a_ledger_aligned_by_spaces() -> None:
    rows = [["序号", "存在问题", "整改措施", "状态灯", "完成时限"]]
    lights = ["绿灯", "红灯", "黄灯"]
    rows += [[str(n), p, m, c, "2025年6月底"] for n, ((p, m), c) in enumerate(zip(_PROBLEMS, lights, strict=True), 1)]
    note = "注：绿灯=已完成，黄灯=正在推进，红灯=未完成。"
    notice = parse_notice(_HEAD + _spaced(rows) + "\n" + note + "\n" + _TAIL)
    assert [(i.title, i.status) for i in notice.items] == list(
        zip(_TITLES, ["done", "in_progress", "in_progress"], strict=True)
    )

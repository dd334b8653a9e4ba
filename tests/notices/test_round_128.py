"""Round 128's class (issue 19): ledgers whose status is marked, not written, as users paste them as text. No cell
says the status in words beside the problem: a mark stands in the state column that applies (√ under 已完成 of
已完成 | 正在推进 | 长期坚持, the states' names on a header row of their own under a merged group cell), or a status
column holds only a mark a legend printed with the table explains (✅ / ⏳ in a Markdown table). Members the round's
notices do not print: other group names and state names, other marks (✓ ● 是), other legend forms (为 / 表示 / ：,
under the table), other <br> spellings and a Markdown table's other column words."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某县某局党组关于巡察整改进展情况的通报\n"
    "根据县委统一部署，2024年3月4日至4月30日，县委第一巡察组对县某局党组进行了巡察，5月20日反馈了巡察意见。\n"
    "巡察反馈的3个问题，已完成整改2个（其中1个需长期坚持），正在推进1个。\n"
)
_TAIL = "欢迎监督。联系电话：0731-1234567。\n中共某县某局党组\n2024年11月10日\n"
_PROBLEMS = (
    "基层党组织建设薄弱，组织生活不规范。",
    "专项资金拨付滞后，绩效评价不到位。",
    "公务用车管理不规范，使用登记不全。",
)


# --- state columns under a merged group cell, a mark in the one that applies ------------------------------------
@pytest.mark.parametrize(
    ("group", "states", "mark"),
    [
        ("完成情况", ("已完成", "正在推进", "长期坚持"), "✓"),
        ("整改状态", ("已整改", "整改中", "长期坚持"), "●"),
        ("整改进度", ("已完成", "推进中", "长期坚持"), "是"),
        ("进展情况", ("完成", "未完成", "长期坚持"), "√"),
    ],
)
def test_a_mark_under_a_state_named_on_the_second_header_row_is_the_status(
    group: str, states: tuple[str, str, str], mark: str
) -> None:
    rows = [
        "\t".join(["序号", "反馈问题", "整改措施", "责任单位", group, "", ""]),
        "\t".join(["", "", "", "", *states]),
        "\t".join(["1", _PROBLEMS[0], "修订组织生活制度，补正会议记录。", "机关党委", mark, "", ""]),
        "\t".join(["2", _PROBLEMS[1], "第三方绩效评价正在开展。", "计财股", "", mark, ""]),
        "\t".join(["3", _PROBLEMS[2], "修订公务用车管理办法，定期检查。", "办公室", mark, "", mark]),
    ]
    notice = parse_notice(_HEAD + "\n".join(rows) + "\n" + _TAIL)
    got = [(i.label, i.title, i.status) for i in notice.items]
    assert got == [
        ("1", "基层党组织建设薄弱,组织生活不规范", "done"),
        ("2", "专项资金拨付滞后,绩效评价不到位", "in_progress"),
        ("3", "公务用车管理不规范,使用登记不全", "done_longterm"),
    ]


# A row ticked only in the kept-up column is done and kept up; the rows' classes still head them.
@pytest.mark.parametrize("mark", ["✔", "☑", "√"])
def test_a_mark_in_the_kept_up_column_alone_is_done_and_kept_up(mark: str) -> None:
    rows = [
        "\t".join(["序号", "问题类别", "存在问题", "整改措施", "整改情况", "", ""]),
        "\t".join(["", "", "", "", "已完成", "正在整改", "需长期坚持"]),
        "\t".join(["1", "组织建设", _PROBLEMS[0], "修订组织生活制度。", mark, "", ""]),
        "\t".join(["2", "", _PROBLEMS[1], "资金正在拨付。", "", mark, ""]),
        "\t".join(["3", "作风建设", _PROBLEMS[2], "修订公务用车管理办法。", "", "", mark]),
    ]
    notice = parse_notice(_HEAD + "\n".join(rows) + "\n" + _TAIL)
    assert [i.status for i in notice.items] == ["done", "in_progress", "done_longterm"]
    assert [i.aspect for i in notice.items] == ["(一)组织建设", "(一)组织建设", "(二)作风建设"]


# --- a status column of marks a legend explains (a Markdown table as a note tool or chat app exports it) ---------
@pytest.mark.parametrize(
    ("legend", "marks"),
    [
        ("注：✔️为已完成，🔄为正在推进，📌为已完成并长期坚持。", ("✔️", "🔄", "📌")),
        ("图例：🟢 已整改到位；🟡 整改中；🔵 长期坚持", ("🟢", "🟡", "🔵")),
        ("说明：“★”表示已完成整改，“▲”表示正在推进，“◆”表示需长期坚持。", ("★", "▲", "◆")),
        ("状态栏说明：☑️ 已完成　⌛ 推进中　♻️ 已完成需长期坚持", ("☑️", "⌛", "♻️")),
    ],
)
@pytest.mark.parametrize("where", ["above", "below"])
def test_a_status_mark_in_a_markdown_table_is_read_by_its_legend(
    legend: str, marks: tuple[str, str, str], where: str
) -> None:
    table = "\n".join(
        [
            "| 序号 | 存在问题 | 整改措施 | 完成时限 | 整改状态 |",
            "| :---: | --- | --- | --- | :---: |",
            f"| 1 | {_PROBLEMS[0]} | 修订组织生活制度；<br/>补正会议记录 | 2024年8月 | {marks[0]} |",
            f"| 2 | {_PROBLEMS[1]} | 第三方绩效评价正在开展 | 2025年3月 | {marks[1]} |",
            f"| 3 | {_PROBLEMS[2]} | 修订公务用车管理办法<BR>定期检查 | 长期 | {marks[2]} |",
        ]
    )
    body = f"{legend}\n\n{table}\n" if where == "above" else f"{table}\n\n{legend}\n"
    notice = parse_notice(_HEAD + body + _TAIL)
    got = [(i.label, i.title, i.status) for i in notice.items]
    assert got == [
        ("1", "基层党组织建设薄弱,组织生活不规范", "done"),
        ("2", "专项资金拨付滞后,绩效评价不到位", "in_progress"),
        ("3", "公务用车管理不规范,使用登记不全", "done_longterm"),
    ]


# A problem cell's paragraphs split by <br> (any spelling) are one title, joined as the cell's wrapped lines are.
@pytest.mark.parametrize("br", ["<br>", "<br/>", "<br />", "<BR>"])
def test_a_break_inside_a_problem_cell_joins_its_title(br: str) -> None:
    table = "\n".join(
        [
            "| 序号 | 问题 | 整改情况 |",
            "|---|---|---|",
            f"| 1 | 资金管理不规范；{br}3个项目资金拨付滞后。 | 已完成整改。资金已全部拨付。 |",
            f"| 2 | 制度执行不严格。{br}个别事项未经集体研究。 | 已完成整改。修订议事规则。 |",
        ]
    )
    notice = parse_notice(_HEAD.replace("3个问题", "2个问题") + table + "\n" + _TAIL)
    assert [i.title for i in notice.items] == [
        "资金管理不规范;3个项目资金拨付滞后",
        "制度执行不严格。个别事项未经集体研究",
    ]


# --- a web table copied cell by cell: the class column first, its cell given once; state columns marked ----------
def _cell_copy(class_name: str, mark: str, states: tuple[str, str], total: str) -> str:
    cells = ["序号", "存在问题", "整改措施", "责任单位", *states]
    rows = [
        ("组织建设", "1", _PROBLEMS[0], "修订组织生活制度，补正会议记录", "机关党委", True),
        ("", "2", _PROBLEMS[1], "第三方绩效评价正在开展", "计财股", False),
        ("作风建设", "3", _PROBLEMS[2], "修订公务用车管理办法", "办公室", True),
    ]
    lines = [class_name, *cells]
    for klass, seq, problem, measures, who, done in rows:
        lines += [klass] if klass else []
        lines += [seq, problem, measures, who, mark if done else "", "" if done else mark]
    lines += [total, "2", "1"]
    return "\n".join(lines)


@pytest.mark.parametrize(
    ("class_name", "mark", "states", "total"),
    [
        ("问题类别", "√", ("已完成", "未完成"), "合计"),
        ("所属方面", "✓", ("已整改", "整改中"), "总计"),
        ("类别", "●", ("完成", "正在推进"), "合 计"),
    ],
)
def test_a_cell_copy_with_the_class_given_once_reads_each_row_and_its_class(
    class_name: str, mark: str, states: tuple[str, str], total: str
) -> None:
    text = _HEAD.replace("（其中1个需长期坚持）", "") + _cell_copy(class_name, mark, states, total) + "\n" + _TAIL
    notice = parse_notice(text)
    got = [(i.label, i.title, i.status, i.aspect) for i in notice.items]
    assert got == [
        ("1", "基层党组织建设薄弱,组织生活不规范", "done", "(一)组织建设"),
        ("2", "专项资金拨付滞后,绩效评价不到位", "in_progress", "(一)组织建设"),
        ("3", "公务用车管理不规范,使用登记不全", "done", "(二)作风建设"),
    ]
    assert [str(w) for w in notice.warnings] == []


# A copy that sets a blank line after every line (a chat app's, a page's paragraphs) keeps both forms readable: the
# second header row is the next line but one, and an empty cell two blank lines.
@pytest.mark.parametrize("form", ["tab", "cells"])
def test_a_blank_line_after_every_line_keeps_the_marks_columns(form: str) -> None:
    if form == "tab":
        rows = [
            "\t".join(["序号", "存在问题", "整改措施", "进展情况", "", ""]),
            "\t".join(["", "", "", "完成", "推进中", "长期坚持"]),
            "\t".join(["1", _PROBLEMS[0], "修订组织生活制度。", "√", "", ""]),
            "\t".join(["2", _PROBLEMS[1], "资金正在拨付。", "", "√", ""]),
            "\t".join(["3", _PROBLEMS[2], "修订公务用车管理办法。", "√", "", "√"]),
        ]
        table, want = "\n".join(rows), ["done", "in_progress", "done_longterm"]
    else:
        table, want = _cell_copy("问题分类", "√", ("已完成", "未完成"), "合计"), ["done", "in_progress", "done"]
    text = _HEAD + table + "\n" + _TAIL
    notice = parse_notice("\n\n".join(text.split("\n")))
    assert [(i.label, i.status) for i in notice.items] == [("1", want[0]), ("2", want[1]), ("3", want[2])]

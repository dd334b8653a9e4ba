"""Round 85's classes (issue 19), each with members the round's notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某某县市场监督管理局党组关于县委巡察反馈问题整改进展情况的通报\n"
    "2024年3月4日至4月30日，县委第一巡察组对县市场监督管理局党组开展了巡察，并于5月20日反馈了巡察意见。"
    "现将整改进展情况通报如下：\n"
)


# A notice that gives some problems the date they were done and the others only a time limit states the done by the
# date it prints: the date done, done; the time limit is a deadline, no status (the others read by their text alone).
@pytest.mark.parametrize(
    ("done_label", "limit_label", "done_value", "limit_value"),
    [
        ("办结时间", "整改时限", "2024年7月", "2024年12月"),
        ("完成日期", "完成时限", "2024年6月", "2025年3月"),
        ("实际完成时间", "完成时限", "2024.8", "2024年12月底"),
        ("销号时间", "整改时限", "2024年9月", "2025年6月"),
    ],
)
def test_a_date_done_beside_a_time_limit_states_the_done(
    done_label: str, limit_label: str, done_value: str, limit_value: str
) -> None:
    body = (
        f"问题一：食品安全抽检覆盖面不广。\n整改情况：扩大抽检范围，增加抽检批次200批。\n{done_label}：{done_value}\n"
        f"问题二：执法办案程序不规范。\n整改情况：修订执法办案规程，开展案卷评查。\n{limit_label}：{limit_value}\n"
        f"问题三：特种设备监管存在盲区。\n整改情况：建立特种设备动态台账，开展专项检查3次。\n{done_label}：{done_value}\n"
    )
    notice = parse_notice(_HEAD + body)
    assert [i.status for i in notice.items] == ["done", "unstated", "done"]


# 已全部完成整改的有4个: the adverb of the whole (全部, 均) between 已 and the done word of a 的有 count.
@pytest.mark.parametrize(
    ("sentence", "completed"),
    [
        ("反馈的6个问题，已全部整改到位的有5个，其余1个正在推进。", 5),
        ("反馈的6个问题中，已均完成整改的有3个，其余3个正在推进。", 3),
        ("反馈的6个问题中，目前已全部销号的有4个，其余2个正在推进。", 4),
    ],
)
def test_a_whole_adverb_before_the_done_word_of_a_count(sentence: str, completed: int) -> None:
    body = sentence + "\n1.食品安全抽检覆盖面不广。\n整改情况：扩大抽检范围。已完成。\n"
    assert parse_notice(_HEAD + body).claimed.completed == completed


# A legend printed once (注：√为已完成，△为正在推进) explains the marks that close the problems' headlines: each
# mark states its word's status, and is no part of the title.
@pytest.mark.parametrize(
    ("legend", "marks", "statuses"),
    [
        ("（注：☑为已完成，▲为正在推进）", ("☑", "▲"), ["done", "in_progress"]),
        ("说明：打“✓”的表示已完成，标“◎”的表示长期坚持。", ("✓", "◎"), ["done", "done_longterm"]),
        ("注：■代表已整改到位，□代表持续推进。", (" ■", "□"), ["done", "in_progress"]),
        ("注：●为已办结，◇为整改中。", ("●", "◇"), ["done", "in_progress"]),
    ],
)
def test_a_legends_mark_closing_a_headline_states_its_status(
    legend: str, marks: tuple[str, str], statuses: list[str]
) -> None:
    body = (
        f"{legend}\n"
        f"1.食品安全抽检覆盖面不广。{marks[0]}\n整改措施：扩大抽检范围，增加抽检批次。\n"
        f"2.执法办案程序不规范。{marks[1]}\n整改措施：修订执法办案规程，开展案卷评查。\n"
    )
    notice = parse_notice(_HEAD + body)
    assert [(i.title, i.status) for i in notice.items] == [
        ("食品安全抽检覆盖面不广", statuses[0]),
        ("执法办案程序不规范", statuses[1]),
    ]


# A ledger copied a cell per line whose last columns are named by the statuses (已完成 / 正在推进 / 长期坚持): each
# row's mark stands in one of them, its empty cells empty lines, so the mark's place after the row's text says its
# column; also where the copy sets an empty line after every line.
@pytest.mark.parametrize(
    ("columns", "mark", "places", "statuses"),
    [
        (("已整改", "正在整改"), "√", (0, 1), ["done", "in_progress"]),
        (("已完成", "未完成", "长期坚持"), "☑", (2, 1), ["done_longterm", "in_progress"]),
        (("已销号", "持续推进"), "✓", (1, 0), ["in_progress", "done"]),
    ],
)
@pytest.mark.parametrize("doubled", [False, True])
def test_a_marks_column_named_by_a_status_states_it(
    columns: tuple[str, ...], mark: str, places: tuple[int, int], statuses: list[str], doubled: bool
) -> None:
    rows = [
        ("1", "食品安全抽检覆盖面不广", "扩大抽检范围，增加抽检批次200批。"),
        ("2", "执法办案程序不规范", "修订执法办案规程，开展案卷评查。"),
    ]
    lines = ["序号", "反馈问题", "整改措施", *columns]
    for (number, problem, measures), place in zip(rows, places, strict=True):
        lines += [number, problem, measures, *(mark if c == place else "" for c in range(len(columns)))]
    table = "\n".join(lines) + "\n\n二、下一步工作打算\n持续巩固整改成果。\n"
    if doubled:
        table = table.replace("\n", "\n\n")
    notice = parse_notice(_HEAD + "一、整改落实情况\n" + table)
    assert [(i.title, i.status) for i in notice.items] == [
        ("食品安全抽检覆盖面不广", statuses[0]),
        ("执法办案程序不规范", statuses[1]),
    ]


# A step under way named with its procedure (正在办理审批手续) closing facts that report a part done is the work's
# pending step, not the 办结 vocabulary's 正在办理 (in progress): with no other marker the problem states none, and
# its text is pending.
@pytest.mark.parametrize("closing", ["正在办理公示手续", "正在办理审核手续", "正在办理招标手续", "正在办理评审手续"])
def test_a_step_under_way_with_its_procedure_is_no_status(closing: str) -> None:
    body = (
        "问题一：农贸市场改造推进缓慢。\n"
        f"整改情况：成立改造工作专班，已完成2个市场的改造方案，{closing}。\n"
        "问题二：执法办案程序不规范。\n整改情况：修订执法办案规程，开展案卷评查。已完成。\n"
    )
    notice = parse_notice(_HEAD + body)
    assert [(i.status, i.pending) for i in notice.items] == [("unstated", True), ("done", False)]

"""Round 101's classes (issue 19: 整改台账 forwarded as Excel workbooks, read as the tab-separated lines a ledger
pasted from Excel is), each with members the round's ledgers do not print."""

from __future__ import annotations

import pytest

from notices import parse_notice

_TITLE = "中共某县某局党组落实县委第一巡察组反馈意见整改{end}"
_HEADER = "序号\t存在问题\t整改措施\t责任部门\t完成情况"
_ROWS = (
    "1\t理论学习中心组学习不够深入\t制定年度学习计划，开展专题研讨4次\t办公室\t已完成\n"
    "2\t干部队伍结构老化\t制定年轻干部培养计划\t人事股\t正在推进\n"
    "3\t财务报销手续不全\t修订财务管理制度，开展专项检查\t财务股\t已完成"
)


def _ledger(title: str = _TITLE.format(end="台账"), header: str = _HEADER, rows: str = _ROWS, after: str = "") -> str:
    return "\n".join(part for part in (title, header, rows, after) if part)


# A ledger forwarded alone opens on its title row, which names its body as a notice's title does and ends in the
# ledger's own name: the body is the inspected agency.
@pytest.mark.parametrize("end", ["清单", "情况一览表", "落实情况汇总表", "进展情况表"])
def test_a_ledgers_title_row_names_its_body(end: str) -> None:
    notice = parse_notice(_ledger(_TITLE.format(end=end)))
    assert (notice.agency, notice.inspection_team) == ("某县某局党组", "县委第一巡察组")
    assert [str(w) for w in notice.warnings] == []


# 关于 opens a title's subject: the issuer before it is no part of the name of the body whose team inspected it.
@pytest.mark.parametrize("owner", ["集团党委", "公司党组", "局党委"])
def test_the_issuer_before_about_is_no_part_of_the_teams_owner(owner: str) -> None:
    title = f"中共某县某有限公司委员会关于{owner}第三巡察组反馈问题整改台账"
    assert parse_notice(_ledger(title)).inspection_team == f"{owner}第三巡察组"


# A header over two rows, a group's name merged over the columns it holds and the columns' names below it: the
# problem is the lower row's problem column, not the group's name over the class column.
@pytest.mark.parametrize(
    ("upper", "lower"),
    [
        ("序号\t存在问题\t\t整改措施\t完成情况", "\t问题类别\t问题描述\t\t"),
        ("序号\t巡察反馈问题\t\t整改措施\t完成情况", "序号\t问题分类\t具体问题\t整改措施\t完成情况"),
        ("序号\t反馈问题\t\t整改责任\t\t完成情况", "\t所属方面\t问题内容\t责任领导\t责任部门\t"),
    ],
)
def test_a_header_over_two_rows_reads_the_problem_from_the_lower_row(upper: str, lower: str) -> None:
    width = upper.count("\t") + 1
    cells = ["1", "党的建设", "学习制度落实不到位", "修订学习制度", "已完成", "", ""][:width]
    if width == 6:
        cells = ["1", "党的建设", "学习制度落实不到位", "党组书记", "办公室", "已完成"]
    notice = parse_notice(_ledger(header=f"{upper}\n{lower}", rows="\t".join(cells)))
    assert [(i.title, i.status) for i in notice.items] == [("学习制度落实不到位", "done")]


# A ledger's footer rows under its last row, its totals and its notes, are no part of that row's problem: the totals
# are the ledger's claims.
@pytest.mark.parametrize(
    ("footer", "completed"),
    [
        ("总计：反馈问题3个，已完成整改2个，正在推进1个。", 2),
        ("合计：共3个问题，已完成2个，1个正在整改中，待验收后销号。", 2),
        ("注：1.完成情况以县委巡察办审核为准；2.正在推进事项待年底前完成。", None),
    ],
)
def test_a_ledgers_footer_rows_are_not_its_last_rows_text(footer: str, completed: int | None) -> None:
    notice = parse_notice(_ledger(after=footer))
    assert [(i.status, i.pending) for i in notice.items][-1] == ("done", False)
    assert notice.claimed.completed == completed


# A ledger signs off with a row of its compiler and the date, each labelled: the date is the ledger's signed date.
@pytest.mark.parametrize(
    "sign_off",
    [
        "填表人：张某某\t\t\t填报日期：2024年9月3日",
        "制表单位：某县某局办公室\t制表时间：2024年9月3日",
        "填报单位（盖章）：某县某局党组\t审核人：李某\t填报时间：2024年9月3日",
    ],
)
def test_a_ledgers_sign_off_row_dates_it(sign_off: str) -> None:
    notice = parse_notice(_ledger(after=sign_off))
    assert notice.signed == "2024-09-03"
    assert [i.status for i in notice.items] == ["done", "in_progress", "done"]


# A ledger without a status column keeps the status in its 备注 (remarks) column, in the words a status column holds.
@pytest.mark.parametrize(
    ("remark", "status"),
    [
        ("已销号，长期坚持", "done_longterm"),
        ("已完成，并长期坚持", "done_longterm"),
        ("已办结，长期坚持", "done_longterm"),
    ],
)
def test_a_status_in_the_remarks_column(remark: str, status: str) -> None:
    header = "序号\t存在问题\t整改措施\t责任人\t备注"
    rows = f"1\t学习制度落实不到位\t修订学习制度\t张某\t已整改\n2\t财务报销手续不全\t开展专项检查\t李某\t{remark}"
    assert [i.status for i in parse_notice(_ledger(header=header, rows=rows)).items] == ["done", status]


# A ledger kept in parts by status, each part's table captioned by its status alone (a workbook's sheets named so,
# or tables one after another): each caption heads its rows, numbered from 1 again under it.
@pytest.mark.parametrize(
    ("first", "second", "statuses"),
    [
        ("已完成整改", "正在推进", ["done", "done", "in_progress", "in_progress"]),
        ("已销号", "未销号", ["done", "done", "in_progress", "in_progress"]),
        ("长期坚持", "整改中", ["done_longterm", "done_longterm", "in_progress", "in_progress"]),
    ],
)
def test_tables_captioned_by_their_status(first: str, second: str, statuses: list[str]) -> None:
    header = "序号\t存在问题\t整改措施\t责任人"
    text = "\n".join(
        [
            _TITLE.format(end="台账"),
            first,
            header,
            "1\t学习制度落实不到位\t修订学习制度\t张某",
            "2\t财务报销手续不全\t开展专项检查\t李某",
            second,
            header,
            "1\t干部队伍结构老化\t制定年轻干部培养计划\t王某",
            "2\t村级阵地建设滞后\t争取专项资金，推进阵地建设\t赵某",
        ]
    )
    notice = parse_notice(text)
    assert [(i.label, i.status) for i in notice.items] == list(zip(["1", "2", "1", "2"], statuses, strict=True))


# A ledger forwarded alone ends on its last row, whose cells no writer closes with a stop: no text was cut off.
@pytest.mark.parametrize("last", ["正在推进，设备已进场", "待资金到位后实施", "2024年12月"])
def test_a_ledger_ending_on_its_last_row_is_not_cut_off(last: str) -> None:
    notice = parse_notice(_ledger(rows=_ROWS + f"\t{last}"))
    assert "cut off" not in " ".join(str(w) for w in notice.warnings)

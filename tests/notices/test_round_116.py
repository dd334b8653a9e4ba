"""Round 116 (issue 19): ordinary 整改台账 forwarded as workbooks, read at first sight but for five forms of the
common ledger: a 填报单位/填报时间 row under the title (above the header row) taken for the ledger's close, a branch
(党支部/党总支) titling its own ledger without 关于 not read as the body, a 合计 row read as a problem, a short status
field naming the work under way (正在建设中) read as the status alone, and a report awaited by a forecast day
(预计…出具) not read as pending. Each member below is another of its class, none printed by the round."""

from __future__ import annotations

import pytest

from notices import parse_notice

TITLE = "中共某县某局党组巡察反馈问题整改落实台账"
HEADER = "序号\t存在问题\t整改措施\t责任单位\t完成情况\t备注"
ROWS = (
    "1\t村级集体经济发展缓慢，部分村经营性收入偏低\t制定村集体经济发展三年计划\t经管站\t已完成\t\n"
    "2\t农村人居环境整治不彻底，部分村庄垃圾清运不及时\t建立垃圾清运日巡查制度\t环卫所\t正在推进\t{remark}"
)


def _ledger(remark: str = "", above: str = "", below: str = "", title: str = TITLE) -> str:
    lines = [title, *([above] if above else []), HEADER, ROWS.format(remark=remark), *([below] if below else [])]
    return "\n".join(lines)


@pytest.mark.parametrize(
    ("row", "signed"),
    [
        ("填表单位：中共某县某局党组\t\t填表时间：2024年10月8日", "2024-10-08"),
        ("制表单位（盖章）：中共某县某局党组\t制表日期：2025年3月2日", "2025-03-02"),
        ("填报单位：中共某县某局党组（盖章）\t\t\t填报日期：2024-12-30", "2024-12-30"),
    ],
    ids=["filled-in-by", "drawn-up-stamped", "iso-date"],
)
def test_a_sign_off_row_under_the_title_is_no_close(row: str, signed: str) -> None:
    """The form's 填报 row printed above the header row: the problems below it are read, its date signs the ledger."""
    notice = parse_notice(_ledger(above=row))
    assert [item.status for item in notice.items] == ["done", "in_progress"]
    assert notice.signed == signed


@pytest.mark.parametrize(
    ("title", "agency"),
    [
        ("中共某县某村党总支巡察反馈问题整改台账", "某县某村党总支"),
        ("中共某县某社区党支部县委巡察反馈意见整改落实情况台账", "某县某社区党支部"),
        ("中共某县某医院第一党支部巡察整改情况报告", "某县某医院第一党支部"),
    ],
    ids=["village-general-branch", "community-branch", "hospital-branch-report"],
)
def test_a_branch_titling_its_own_ledger_is_the_body(title: str, agency: str) -> None:
    """A grassroots branch names itself before 巡察 in its ledger's title, without 关于, as a committee does."""
    assert parse_notice(_ledger(title=title)).agency == agency


@pytest.mark.parametrize(
    ("row", "claimed"),
    [
        ("合计\t共2个问题，已完成1个，正在推进1个\t\t\t\t", (2, 1, 1)),
        ("总计\t反馈问题2个\t已整改1个\t正在整改1个\t\t", (2, 1, 1)),
        ("合 计\t2个问题，已完成1个，正在整改1个", (2, 1, 1)),
    ],
    ids=["heji-one-cell", "zongji-cells", "heji-spaced"],
)
def test_a_totals_row_under_the_ledger_is_its_claims(row: str, claimed: tuple[int, int, int]) -> None:
    """The ledger's 合计 row states its counts; it is no problem."""
    notice = parse_notice(_ledger(below=row))
    assert (notice.claimed.problems, notice.claimed.completed, notice.claimed.in_progress) == claimed
    assert len(notice.items) == 2


@pytest.mark.parametrize(
    "remark",
    [
        "3个站点的改造工程正在施工中",
        "2个村的通组道路正在硬化中",
        "2处文化广场正在改造中",
        "审计报告预计11月底出具",
        "评估报告预计下月提交",
    ],
    ids=[
        "works-under-way",
        "roads-being-surfaced",
        "squares-being-rebuilt",
        "audit-report-forecast",
        "assessment-forecast",
    ],
)
def test_a_short_remark_naming_work_under_way_is_pending(remark: str) -> None:
    """A one-clause 备注 beside an open status that names the work still going on, or a report still awaited."""
    item = parse_notice(_ledger(remark=remark)).items[1]
    assert (item.status, item.pending) == ("in_progress", True)

"""Pending work in the words a problem's text is written in (issue 19's strict xfails), with members the rounds do
not print: the spoken 等 for 待 before other bodies and other checks (round 88's gap)."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某县某局党组关于巡察整改情况的通报\n"
    "二、整改落实情况\n"
    "1．支部组织生活不规范。\n整改措施：完善会议记录台账。整改情况：已完成。\n"
    "2．村级集体资产台账不清。\n整改措施："
)


def _pending(closing: str) -> tuple[bool, ...]:
    return tuple(i.pending for i in parse_notice(_HEAD + closing + "\n").items)


# The spoken 等…后: the work waits on a named body's check, so a step of it is still to come.
@pytest.mark.parametrize(
    "closing",
    [
        "闲置房屋已登记造册，等县财政局批复后移交使用，还在改。",
        "集体土地台账已重新造册，等乡经管站审定后上墙公示，正在整改。",
        "账目已清理完毕，等镇纪委复核后归档，还在改。",
    ],
)
def test_spoken_wait_on_a_body_is_pending(closing: str) -> None:
    assert _pending(closing) == (False, True)


# Not members: 等 closing a list (财政局等部门: the "and others" of the bodies named, a rule of the procedure) and 等
# before 课后 (艺术等课后服务). These read False before and after; they guard the rule's edges.
@pytest.mark.parametrize(
    "closing",
    [
        "资金经财政局、审计局等部门审核后已全部拨付到位，已整改。",
        "开设体育、艺术等课后服务课程18门，已整改。",
    ],
)
def test_a_list_closed_by_its_etc_is_not_pending(closing: str) -> None:
    assert _pending(closing) == (False, False)


# A ledger's remarks field naming the step the done work still waits on (备注：待市委编办批复, round 110, read only
# by the summary table's 正在推进 glued after it before the closing table was cut): other bodies, other decisions.
@pytest.mark.parametrize("remark", ["待县财政局审核", "待区委组织部审批", "待省厅批复"])
def test_a_remark_waiting_on_a_body_is_pending(remark: str) -> None:
    text = (
        "中共某市某局党组关于巡察整改进展情况的通报\n二、整改落实情况\n"
        "1．干部档案管理不规范。\n整改措施：完善干部档案审核制度。\n整改进度：已完成\n备注：长期坚持\n"
        f"2．机构编制管理不规范。\n整改措施：制定机构调整方案并上报。\n整改进度：已完成\n备注：{remark}\n"
    )
    assert [i.pending for i in parse_notice(text).items] == [False, True]

"""A problem whose text ends with a dated plan is pending (issue 19, round 78's gaps), with members the rounds do
not print: other leads (将在/力争/争取/计划), other days (明年, 下半年, 春季, 换届) and other ends (到任, 调整到位,
搬迁, 挂牌)."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某县某局党组关于巡察整改情况的通报\n"
    "二、整改落实情况\n"
    "1．支部组织生活不规范。\n整改措施：完善会议记录台账。整改情况：已完成。\n"
    "2．干部队伍结构不合理，年轻干部储备不足。\n整改措施：制定年轻干部培养计划。"
)


def _pending(closing: str) -> tuple[bool, ...]:
    return tuple(i.pending for i in parse_notice(_HEAD + closing + "\n").items)


# The work's end set for a later day or event at the text's close: the step is still to come.
@pytest.mark.parametrize(
    "closing",
    [
        "招录公告已发布，新录用人员计划2025年下半年到岗。",
        "2个支部已配齐书记，第三党支部书记将在明年换届时调整到位。",
        "新办公场所已选定，力争今年年内搬迁。",
        "党员活动室装修已完工，争取明年春季挂牌。",
        "分管领导人选已报批，计划下月到任。",
    ],
)
def test_closing_dated_plan_is_pending(closing: str) -> None:
    assert _pending(closing) == (False, True)


# Not members: a deadline restated (…前完成, the rectification's time limit: routine wording, rounds 6 and 10) and a
# plan the text goes on to report carried out. These read False before and after; they guard the rule's edges.
@pytest.mark.parametrize(
    "closing",
    [
        "整改情况：整改中，计划于2025年6月底前完成。",
        "计划2024年3月完成系统上线，已于3月10日上线运行。",
    ],
)
def test_deadline_or_plan_carried_out_is_not_pending(closing: str) -> None:
    assert _pending(closing) == (False, False)

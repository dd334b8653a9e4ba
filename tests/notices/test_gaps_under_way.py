"""A problem's text closed by its own work under way and the day its end is expected (目前，…项目正在建设中，预计…前
竣工): in progress (round 64's gap), with members the rounds do not print: other works, verbs and ends."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某县某局党组关于巡察整改情况的通报\n"
    "问题一：办公用房超标准。\n整改情况：腾退超标办公用房3间。目前，该问题已整改完成。\n"
    "问题二：服务设施建设滞后。\n整改情况：安排专项资金20万元用于群众服务设施。"
)


def _second(closing: str) -> str:
    return parse_notice(_HEAD + closing + "\n").items[1].status


@pytest.mark.parametrize(
    "closing",
    [
        "目前，便民服务中心正在装修中，预计2025年6月底前完工。",
        "目前，文化广场正在施工中，计划年底前建成。",
        "目前，信息平台正在开发中，预计下月投入使用。",
        "截至目前，党群活动室正在改造中，预计9月底前完成。",
    ],
)
def test_own_work_under_way_with_its_expected_end_is_in_progress(closing: str) -> None:
    assert _second(closing) == "in_progress"


# Not a member: a step others take (正在审计中) is pending work and states no status, whatever date follows it.
def test_a_step_under_way_states_no_status() -> None:
    assert _second("目前，该项目正在审计中，预计年底前完成。") == "unstated"

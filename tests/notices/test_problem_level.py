"""The problem level read from evidence (issue 19 point 2), continued: layouts the free tier met at levels 3 and 4.

Each notice is small and written as the genre prints it; each test checks what a reader of the ledger sees: the
problems, their titles, statuses and groups.
"""

from __future__ import annotations

import pytest

from notices import parse_notice

OPENING = (
    "中共某县科学技术局党组关于巡察整改进展情况的通报\n"
    "2024年3月至5月,县委第一巡察组对县科技局党组开展了巡察,并于2024年6月10日反馈了巡察意见。\n"
)


def _read(body: str) -> list[tuple[str, str, str, str | None]]:
    notice = parse_notice(OPENING + body)
    return [(i.label, i.title, i.status, i.group) for i in notice.items]


@pytest.mark.parametrize("bracket", ["({s})", "【{s}】", "〔{s}〕", "[{s}]"])
@pytest.mark.parametrize("point", ["⑴", "(1)", "1."])
def test_a_lone_point_stating_its_status_after_its_headline_is_the_problem(point: str, bracket: str) -> None:
    """一、关于“…”问题的整改 > ⑴<shortcoming>(未销号)。<what was done>: the point states its own status right after
    its headline, so it is a problem (as its siblings under the next heading are), not a measure of the heading."""
    second = point.replace("1", "2").replace("⑴", "⑵")
    undone, done = bracket.format(s="未销号"), bracket.format(s="已销号")
    items = _read(
        "(一)在落实全面从严治党方面\n"
        "一、关于“选人用人工作不够规范”问题的整改\n"
        f"{point}基层党支部标准化建设滞后{undone}。已完成全部32份合同的复核。剩余款项待审计结论出具后处置。\n"
        "二、基层党组织建设有弱项。\n"
        f"{second}工会经费使用不规范{done}。目前相关制度均已按期印发。\n"
    )
    assert items == [
        ("1", "基层党支部标准化建设滞后", "in_progress", "一、关于“选人用人工作不够规范”问题的整改"),
        ("2", "工会经费使用不规范", "done", "二、基层党组织建设有弱项。"),
    ]


def test_an_action_with_a_done_step_under_a_problem_stays_its_measure() -> None:
    """1.关于“…”问题的整改 > (1)<action>(已完成)。: an action stating its step done is a measure, not a problem."""
    items = _read(
        "(一)在落实全面从严治党方面\n"
        "1.关于“公务接待管理不规范”问题的整改\n"
        "(1)修订《公务接待管理办法》并印发执行(已完成)。组织专题学习。\n"
        "(2)对近三年公务接待报销凭证逐笔核查(正在推进)。\n"
        "整改进度:正在推进\n"
    )
    assert [(label, title, status) for label, title, status, _ in items] == [
        ("1", "公务接待管理不规范", "in_progress"),
    ]

"""Round 103's classes (issue 19), each with members the round's notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某某市某局党组关于市委巡察反馈意见整改进展情况的通报\n"
    "根据市委统一部署，2024年3月4日至4月30日，市委第二巡察组对市某局党组进行了巡察。现将整改进展情况予以公布。\n"
    "一、贯彻落实党中央决策部署方面\n"
    "（一）重点项目推进缓慢\n"
    "整改情况：已完成整改。倒排工期，挂图作战，3个重点项目均已按期竣工。\n"
    "（二）专项资金拨付不及时\n"
    "整改情况：已完成整改。建立资金拨付台账，逐笔核对，全部资金已拨付到位。\n"
    "二、全面从严治党方面\n"
    "（一）公务接待管理不规范\n"
    "整改情况：已完成整改。修订公务接待管理办法，实行一事一单。\n"
)
_PLANS = {
    "words": "一是持续巩固整改成果。对正在推进的问题紧盯不放，待验收后销号。二是健全长效机制。",
    "bracketed": "（一）紧盯未完成事项。对正在推进的问题紧盯不放，待验收后销号。\n（二）健全长效机制。",
}


# The closing part's heading on a line of its own, unnumbered, after the last problem (下一步工作打算 under a notice
# whose 一、 are its aspects): its points are plans, neither the last problem's text nor problems of their own.
@pytest.mark.parametrize(
    "heading", ["今后工作打算", "下一步工作计划", "下步工作安排", "下一步整改工作打算：", "今后工作思路"]
)
@pytest.mark.parametrize("plans", sorted(_PLANS))
def test_an_unnumbered_closing_heading_ends_the_problems(heading: str, plans: str) -> None:
    notice = parse_notice(_HEAD + heading + "\n" + _PLANS[plans] + "\n中共某某市某局党组\n2024年10月8日\n")
    assert [i.label for i in notice.items] == ["一", "二", "一"]
    assert [i.pending for i in notice.items] == [False, False, False]
    assert "长效机制" not in notice.items[-1].measures


def test_a_next_steps_field_under_each_problem_stays_the_problems() -> None:
    """A guard, not a member: 下一步打算 on a line of its own under each problem of a block layout is a field of each
    problem, so it ends no list (it passes before the change as after)."""
    block = "问题{n}：{t}\n整改措施：{m}\n下一步打算\n持续跟踪问效。\n"
    body = "".join(
        block.format(n=n, t=t, m=m)
        for n, (t, m) in enumerate(
            [("制度不健全。", "修订制度3项，已完成。"), ("台账不规范。", "重建台账，已完成。")], 1
        )
    )
    notice = parse_notice(_HEAD.split("一、")[0] + body + "中共某某市某局党组\n2024年10月8日\n")
    assert [i.label for i in notice.items] == ["问题1", "问题2"]


_OPENING = (
    "中共某某市某局党组关于市委巡察反馈意见整改进展情况的通报\n"
    "根据市委统一部署，2024年3月4日至4月30日，市委第二巡察组对市某局党组进行了巡察。现将整改进展情况予以公布。\n"
)
_LAYOUTS = {
    "numbered": "1.重点项目推进缓慢。\n整改情况：倒排工期。目前已完成整改。\n"
    "2.公务接待管理不规范。\n整改情况：修订办法。目前已完成整改。\n",
    "blocks": "问题1：重点项目推进缓慢。\n整改措施：倒排工期。\n整改进展：已完成。\n"
    "问题2：公务接待管理不规范。\n整改措施：修订办法。\n整改进展：已完成。\n",
}
_POINTS = {
    "arabic": "1.紧盯未完成事项，对正在推进的问题紧盯不放，待验收后销号。\n2.健全长效机制。",
    "circled": "①紧盯未完成事项，待验收后销号。\n②健全长效机制。",
}


# The same heading under problems numbered 1. or printed as 问题N blocks, its plans numbered 1. or ①: whatever the
# problems' layout and the plans' numbering, the part's points are no text of the last problem.
@pytest.mark.parametrize("layout", sorted(_LAYOUTS))
@pytest.mark.parametrize("points", sorted(_POINTS))
def test_an_unnumbered_closing_heading_under_any_layout(layout: str, points: str) -> None:
    text = _OPENING + _LAYOUTS[layout] + "今后工作计划\n" + _POINTS[points] + "\n中共某某市某局党组\n2024年10月8日\n"
    notice = parse_notice(text)
    assert len(notice.items) == 2
    assert [i.pending for i in notice.items] == [False, False]

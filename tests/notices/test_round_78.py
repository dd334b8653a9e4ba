"""Round 78's classes (issue 19), each with members the round's notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_notice

_TITLE = "中共某某县某局党组关于巡察整改情况的通报\n"


# An inspection office's acceptance verdicts counted (整改到位N个，基本到位N个，未到位N个): the done verdict without 已
# counts the completed problems, the partial and the failed verdicts the open ones.
@pytest.mark.parametrize(
    ("sentence", "completed", "in_progress"),
    [
        ("经市委巡察办验收，9个问题中整改到位6个，基本整改到位2个，未到位1个。", 6, 3),
        ("验收结果为：整改到位10个，基本到位2个。", 10, 2),
        ("经验收，反馈的8个问题中整改到位7个，基本到位1个。", 7, 1),
    ],
)
def test_acceptance_verdict_counts_are_claims(sentence: str, completed: int, in_progress: int) -> None:
    text = _TITLE + "一、整改工作情况\n" + sentence + "\n(一)某方面\n1.某问题不到位。\n整改情况:已完成。\n"
    claimed = parse_notice(text).claimed
    assert (claimed.completed, claimed.in_progress) == (completed, in_progress)


# A WeChat post's emoji before its problem lines and aspect headings are decoration: the label and the aspect read
# as if they were not there.
@pytest.mark.parametrize("mark", ["✨", "🔶", "📍 ", "🌟🌟", "▶️"])
def test_emoji_before_labels_and_aspects_are_decoration(mark: str) -> None:
    text = (
        _TITLE
        + f"{mark}一、党的建设方面\n"
        + f"{mark}问题1：支部组织生活不规范。\n【整改措施】完善台账。\n【整改情况】已完成\n"
        + f"{mark}问题2：干部培训针对性不强。\n【整改措施】制定计划。\n【整改情况】已完成\n"
    )
    notice = parse_notice(text)
    assert [(i.label, i.title, i.aspect) for i in notice.items] == [
        ("问题1", "支部组织生活不规范", "一、党的建设方面"),
        ("问题2", "干部培训针对性不强", "一、党的建设方面"),
    ]

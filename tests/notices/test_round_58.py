"""Round 58's classes (issue 19), each with members the round's notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.lexicon import PENDING_RE


# A round of villages fed back to their town's committee as a 集中通报 of the inspection's findings: 通报 is the act of
# feedback where what is told is the inspection's findings, and its date is the feedback date.
@pytest.mark.parametrize(
    "sentence",
    [
        "2022年10月18日,县委第二巡察组向城关镇党委集中通报了巡察情况。",
        "2022年10月18日,县委第二巡察组向城关镇党委通报了对村巡察发现的问题。",
        "2022年10月18日,县委第二巡察组向城关镇党委通报本轮巡视意见。",
    ],
)
def test_a_briefing_of_the_findings_is_the_feedback(sentence: str) -> None:
    notice = parse_notice(
        "城关镇党委关于县委巡察村级党组织反馈问题整改情况的通报\n"
        "根据县委统一部署,2022年8月1日至9月10日,县委第二巡察组对城关镇8个村党组织进行了巡察。"
        + sentence
        + "现将整改情况通报如下:\n一、反馈问题整改情况\n1.村务公开不及时。\n整改情况:已按月公开村务。\n"
    )
    assert notice.feedback_date == "2022-10-18"


# …while telling the rectification to others is no feedback: no date is read from it.
def test_telling_the_rectification_is_no_feedback() -> None:
    notice = parse_notice(
        "城关镇党委关于巡察整改情况的通报\n"
        "根据县委统一部署,2022年8月1日至9月10日,县委第二巡察组对城关镇党委进行了巡察。"
        "2022年12月5日,镇党委向全镇党员通报了整改进展情况。\n一、反馈问题整改情况\n1.村务公开不及时。\n"
        "整改情况:已按月公开村务。\n"
    )
    assert notice.feedback_date is None


# Put up for a higher body's decision with another verb than 报 (已提交…审议 / 并提请…审定 / 已呈送…审批): the work
# waits on it; a decision already taken and a plan are not pending.
@pytest.mark.parametrize(
    ("text", "pending"),
    [
        ("修订管理办法,办法已提交党委会审议。", True),
        ("拟定调整方案,并提请区委常委会审定。", True),
        ("编制规划,规划已呈送市政府审批。", True),
        ("修订管理办法,已提交党委会审议通过并印发。", False),
        ("修订管理办法,下一步将提交党委会审议。", False),
    ],
)
def test_put_up_for_decision_is_pending(text: str, pending: bool) -> None:
    assert (PENDING_RE.search(text) is not None) is pending

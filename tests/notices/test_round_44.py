"""Round 44's classes (issue 19), each with members the round's notices do not print."""

from __future__ import annotations

import pytest

from notices.header import _bare_team, read_claims
from notices.status.sentences import pending_evidence
from notices.status.words import rest_goes_on


# The rest of the work scheduled for a date or a span (其余2个村的改造计划于…前完成): still to do, and where a done part
# stands before it, the rest goes on; a plan as a noun (纳入年度计划) is no schedule.
@pytest.mark.parametrize(
    ("text", "pending"),
    [
        ("已完成5个社区的改造，其余3个社区计划于2025年6月底前完成。", True),
        ("已清退4人，剩余2人预计年底前清退到位。", True),
        ("已整改大部分，剩下的问题计划明年完成。", True),
        ("其余事项纳入年度工作计划，长期坚持。", False),
    ],
)
def test_rest_scheduled_is_pending(text: str, pending: bool) -> None:
    assert bool(pending_evidence(text)) is pending
    assert rest_goes_on(text) is pending


# The time the work still needs, stated as a span (计划再用一年时间实现…全覆盖, 还需2个月): unfinished work.
@pytest.mark.parametrize(
    ("text", "pending"),
    [
        ("目前已有12个村完成建设，预计再用半年时间实现全覆盖。", True),
        ("系统升级尚需3个月，届时全面上线。", True),
        ("档案数字化仍需两年时间完成。", True),
        ("该项工作需要长期坚持。", False),
        ("再用心做好服务群众工作。", False),
    ],
)
def test_time_still_needed_is_pending(text: str, pending: bool) -> None:
    assert bool(pending_evidence(text)) is pending


# The ledger's state word 整改中 before its count (已整改7个，整改中2个): the count of problems in progress; a plan's
# object (对尚在整改中的3个问题) is not.
@pytest.mark.parametrize(
    ("sentence", "in_progress"),
    [
        ("截至目前，已整改10个，整改中3个。", 3),
        ("反馈问题已销号5个、整改中1个。", 1),
        ("巡察反馈问题12个，已整改9个，整改中问题3个。", 3),
        ("下一步，对尚在整改中的4个问题加强督办。", None),
    ],
)
def test_in_rectification_count(sentence: str, in_progress: int | None) -> None:
    assert read_claims(sentence).in_progress == in_progress


# A verb between a committee and the team it formed or sent (市委成立…巡察组): no part of the team's name.
@pytest.mark.parametrize(
    ("found", "team"),
    [
        ("县委组建乡村振兴专项巡察组", "县委乡村振兴专项巡察组"),
        ("区委派出机动巡察组", "区委机动巡察组"),
        ("十届州委抽调专项巡察组", "州委专项巡察组"),
        ("市委第三巡察组", "市委第三巡察组"),
    ],
)
def test_forming_verb_is_no_part_of_team(found: str, team: str) -> None:
    assert _bare_team(found) == team

"""Round 64's classes (issue 19), each with members the round's notices do not print."""

from __future__ import annotations

import pytest

from notices.header import read_claims
from notices.status import pending_evidence, prose_status


# The done words with a count after them (目前已整改到位41个) tally the parts done; the problem's own status is the
# sentence that closes the text, or none where nothing else states it.
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("整改情况:建立整改台账。目前已整改完成12项,其余2项待验收。正在整改。", "in_progress"),
        ("整改情况:开展专项清理,目前已整改到位5处,剩余1处正在协调。持续推进。", "in_progress"),
        ("整改情况:逐户核查,截至目前已完成整改30户,其余7户待补签协议。", None),
        ("整改情况:修订制度2项。目前已整改到位。", "done"),
        ("整改情况:修订制度2项。该问题已整改完成。", "done"),
    ],
)
def test_a_done_tally_is_not_the_problems_status(text: str, status: str | None) -> None:
    assert prose_status(text) == status


# The rest of the work, a clause of the cause that holds it up, then its date: pending work.
@pytest.mark.parametrize(
    ("text", "pending"),
    [
        ("已完成6项,其余3项因资金未到位,预计年底前完成。", True),
        ("已改造4个村,剩余2个村由于征地未完成,计划于2024年5月前完工。", True),
        ("已拆除5处,剩下1处受汛期影响,将于10月底前拆除。", True),
        ("其余问题已整改到位,将于年底开展回头看。", False),
    ],
)
def test_the_rest_held_up_by_a_cause_then_dated_is_pending(text: str, pending: bool) -> None:
    assert bool(pending_evidence(text)) == pending


# The count of problems kept up, its 的 without 问题 (需要长期坚持的2个), as the completed count takes it.
@pytest.mark.parametrize(
    ("text", "longterm"),
    [
        ("13个问题中已完成整改9个,需要长期坚持的2个,正在推进整改的2个。", 2),
        ("反馈的10个问题,已完成7个,需长期坚持的3项。", 3),
        ("已整改到位8个,长期坚持问题1个。", 1),
        ("13个问题中已完成整改9个,正在推进整改的2个。", None),
    ],
)
def test_a_longterm_count_with_de(text: str, longterm: int | None) -> None:
    assert read_claims(text).longterm == longterm

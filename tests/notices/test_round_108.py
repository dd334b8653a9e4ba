"""Round 108's classes (issue 19: ordinary notices as the web pages the bot fetches, a calibration), each with members
the round's notices do not print."""

from __future__ import annotations

import pytest

from notices.status.sentences import pending_evidence


# A suit or a legal procedure begun for what is still owed, its kind named before 程序 (法律诉讼程序, 民事诉讼程序,
# 法律程序): the recovery waits on its end, so the work is pending, as 启动诉讼程序 already reads.
@pytest.mark.parametrize(
    "text",
    [
        "全面清理租赁合同，剩余3户欠缴物业费已启动民事诉讼程序。",
        "对拒不退还的2名人员依法提起民事诉讼程序。",
        "其余欠款已启动法律程序追缴。",
        "对逾期未还款的承租方申请法律仲裁程序。",
        "剩余款项已启动追偿程序。",
    ],
)
def test_a_legal_procedure_begun_with_its_kind_named_is_pending(text: str) -> None:
    assert pending_evidence(text)


# Staff who come when a course they are on ends at a set time (…2025年7月毕业后到岗): the post is filled only then,
# though no plan word (计划/预计/将于) leads the clause.
@pytest.mark.parametrize(
    "text",
    [
        "与某医学院签订委托培养协议，5名委培生2026年6月学成后到岗。",
        "招录规培医师3名，明年8月培训结束后上岗。",
        "通过定向培养补充乡村医生，首批6人2025年7月毕业后入职。",
        "选派2名干部挂职锻炼，2025年12月期满后返岗。",
    ],
)
def test_staff_coming_when_their_course_ends_at_a_set_time_is_pending(text: str) -> None:
    assert pending_evidence(text)


# The guards: the staff reported come (已 in the clause), and a procedure merely named in a rule, are no pending work.
@pytest.mark.parametrize(
    "text",
    [
        "补充全科医生11名，首批定向生已于2024年7月毕业后到岗。",
        "3名委培生2024年6月已学成后到岗。",
        "修订《合同管理办法》，明确法律程序。",
    ],
)
def test_staff_already_come_or_a_procedure_named_is_no_pending_work(text: str) -> None:
    assert not pending_evidence(text)

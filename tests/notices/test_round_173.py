"""Round 173's class (issue 19): notices calibrated on the newest pages of the genre, whose problems are kept in a
ledger struck off one by one (清单式管理、滚动式销号) and whose statuses print the newer words (已整改, 持续整改,
基本完成, 已完成阶段性目标, 已销号 / 未销号), some problems tagged by how they are handled (立行立改). Members the
round's notices do not print: the ledger's closing field under other names (销号状态, 销号进展, 销号结果, 办结状态)
and with other values, and the handling tag opening the headline, in other brackets, with other words (即知即改,
挂牌督办) or with 问题/事项 after it."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某县某局党组关于巡察整改进展情况的通报\n"
    "根据县委统一部署，2025年9月8日至10月31日，县委第二巡察组对县某局党组进行了巡察，12月5日反馈了巡察意见。\n"
    "二、问题整改落实情况\n"
)
_TAIL = "欢迎监督。联系电话：0731-7654321。\n中共某县某局党组\n2026年3月20日\n"
_SECOND = "2.干部教育培训针对性不强。\n整改措施：调整年度培训计划。\n整改进展：已整改。\n"


def _notice(first: str) -> str:
    return _HEAD + "1." + first + "\n" + _SECOND + _TAIL


# A ledger names the field that strikes a problem off by its state, progress or result as well as by 情况
# (销号状态：暂未销号 / 销号进展：已验收销号): the field is the problem's status, whatever the words in it.
@pytest.mark.parametrize(
    ("field", "status"),
    [
        ("销号状态：暂未销号。", "in_progress"),
        ("销号状态：已整改到位。", "done"),
        ("销号进展：暂未销号，待审计结果出具。", "in_progress"),
        ("销号进展：已验收销号。", "done"),
        ("销号结果：已销号（2026年3月）。", "done"),
        ("销号进度：持续整改中。", "in_progress"),
        ("办结状态：正在办理。", "in_progress"),
        ("办结进展：已完成销号。", "done"),
    ],
)
def test_a_ledger_s_closing_field_is_the_status(field: str, status: str) -> None:
    notice = parse_notice(_notice("专项资金拨付滞后。\n整改措施：加快拨付进度，完善资金管理制度。\n" + field))
    assert [i.status for i in notice.items] == [status, "done"]
    assert [i.title for i in notice.items] == ["专项资金拨付滞后", "干部教育培训针对性不强"]


# A tag naming how the problem is handled (立行立改, 即知即改, 挂牌督办), opening or closing the headline in any of
# the genre's brackets: no part of the problem; the status is the problem's own field.
@pytest.mark.parametrize(
    ("headline", "field", "status"),
    [
        ("【立行立改】公务用车出车登记记录不全", "整改进展：已整改。", "done"),
        ("（立行立改）公务用车出车登记记录不全", "整改进展：持续整改。", "in_progress"),
        ("[即知即改]公务用车出车登记记录不全", "整改状态：已完成。", "done"),
        ("公务用车出车登记记录不全〔立行立改〕", "整改进展：已整改。", "done"),
        ("公务用车出车登记记录不全（立行立改问题）", "整改进展：基本完成。", "in_progress"),
        ("公务用车出车登记记录不全（挂牌督办）", "销号情况：未销号，持续推进。", "in_progress"),
        ("（重点督办事项）公务用车出车登记记录不全", "整改进展：已完成阶段性目标。", "in_progress"),
    ],
)
def test_a_handling_tag_is_no_part_of_the_problem(headline: str, field: str, status: str) -> None:
    notice = parse_notice(_notice(headline + "\n整改措施：启用公务用车管理平台，逐台核查。\n" + field))
    assert [i.title for i in notice.items] == ["公务用车出车登记记录不全", "干部教育培训针对性不强"]
    assert [i.status for i in notice.items] == [status, "done"]

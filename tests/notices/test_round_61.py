"""Round 61's classes (issue 19), each with members the round's notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_notice

_OPENING = (
    "某某市科学技术协会关于巡察整改进展情况的通报\n"
    "根据市委统一部署,2024年3月1日至4月15日,市委第二巡察组对市科协开展了巡察。"
    "2024年5月10日,市委第二巡察组向市科协反馈了巡察意见。现将整改进展情况通报如下:\n"
    "二、巡察反馈问题的整改情况\n"
    "(一)聚焦基层党组织建设方面\n"
)


def _pending(measures: str) -> bool:
    notice = parse_notice(
        _OPENING + "1.对所属学会监管不到位,个别学会未按期换届。\n"
        f"整改情况:全面梳理所属学会运行情况,督促相关学会制定换届工作方案;{measures}\n"
        "2.党组织生活不够严肃规范。\n整改情况:制定支部年度组织生活计划,规范会议记录。\n"
    )
    return notice.items[0].pending


# A step of the work fixed for a later day (…定于2025年9月召开): it is not yet taken, so the text states pending work;
# a rule's standing day (定于每月…召开) and a rule's or a contract's term (规定于/约定于) are no such step.
@pytest.mark.parametrize(
    "measures",
    [
        "验收评审会定于下月举行。",
        "第二期专职委员培训班已确定于10月中旬举办。",
        "剩余档案的移交工作定于今年底前完成。",
        "新一届理事会成立大会定于2026年春季召开。",
    ],
)
def test_a_step_fixed_for_a_later_day_is_pending(measures: str) -> None:
    assert _pending(measures)


@pytest.mark.parametrize(
    "measures",
    [
        "学会例会定于每月第一周召开。",
        "建立联席会议制度,会议定于每季度召开一次。",
        "按合同约定于2024年6月完成的项目已全部完成验收。",
    ],
)
def test_a_standing_day_or_a_term_is_not_pending(measures: str) -> None:
    assert not _pending(measures)

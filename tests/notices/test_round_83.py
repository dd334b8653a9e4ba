"""Round 83's classes (issue 19): statuses stated once for a group of problems or naming problems stated elsewhere,
each class with members the round's notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_notice

_OPENING = (
    "中共某某县某局党组关于县委巡察反馈意见整改情况的通报\n"
    "根据县委统一部署,2024年3月4日至4月30日,县委第一巡察组对县某局党组进行了巡察。现将巡察整改情况予以通报。\n"
)
_FOUR = (
    "{n1}项目审批流程不规范,个别项目审批超时限。\n整改措施:修订审批工作规程,实行限时办结。\n"
    "{n2}执法检查覆盖面不广,随机抽查比例偏低。\n整改措施:制定年度执法检查计划,扩大抽查范围。\n"
    "{n3}政府采购管理不严格,部分采购未履行比价程序。\n整改措施:修订采购管理办法,建立询价比价制度。\n"
    "{n4}干部教育培训针对性不强,年轻干部业务能力不足。\n整改措施:制定年度培训计划,实行老带新结对帮带。\n"
)
_ARABIC = {"n1": "1.", "n2": "2.", "n3": "3.", "n4": "4."}
_WENTI = {"n1": "问题一:", "n2": "问题二:", "n3": "问题三:", "n4": "问题四:"}


def _statuses(text: str) -> list[str]:
    return [i.status for i in parse_notice(text).items]


# A closing summary's counts naming their members after the count, unbracketed: 已完成整改N个，分别是问题一、… /
# 分别为第1、3项 / 即问题2、问题4 (a street's closing sentence, round 83, printed 分别是问题N); read where each count
# and its list agree.
@pytest.mark.parametrize(
    ("labels", "closing"),
    [
        (_ARABIC, "截至目前,4个问题中已完成整改3个,分别为第1、2、4项;正在推进1个,为第3项。"),
        (_ARABIC, "截至目前,已整改到位3个,具体为问题1、问题2、问题4;仍在整改1个,即问题3。"),
        (_WENTI, "截至6月底,已完成整改3个,包括问题一、问题二、问题四;正在整改1个,即问题三。"),
        (_WENTI, "截至目前,已销号3个,分别为问题一、二、四;持续推进1个,为问题三。"),
    ],
)
def test_counted_statuses_name_their_members_after_the_count(labels: dict[str, str], closing: str) -> None:
    text = _OPENING + "二、整改落实情况\n" + _FOUR.format(**labels) + closing + "\n"
    assert _statuses(text) == ["done", "done", "in_progress", "done"]

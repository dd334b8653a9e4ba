"""Round 165's class (issue 19): long 巡视 notices of big bodies (a city bureau in three levels numbered through, a
university's 问题N blocks with 整改措施/整改进展 fields, a group's problems numbered afresh per area), 20–30 problems
each, whose open problems close on the step still to come. The one its first reading missed: a matter put up to a
higher body whose decision is awaited with no body between 待 and the decision word (请示已报…待批复), the body named
where the matter was put up. Members the round's notices do not print: the other decision words (待审批, 待审核,
待核准, 待审定, 待批准), other verbs of putting up (上报, 报送, 呈报, 提交), the clause closed by a comma or a
semicolon, and the work declared done while the decision is awaited."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某市某局党组关于省委巡视反馈意见整改进展情况的通报\n"
    "根据省委统一部署，2025年3月5日至5月16日，省委第七巡视组对某市开展了常规巡视，并对市某局党组开展了延伸巡视。"
    "2025年6月27日，省委第七巡视组反馈了巡视意见。巡视反馈3个问题，截至2025年12月15日，已完成整改2个，正在推进整改1个。\n"
    "一、贯彻落实党中央决策部署方面\n"
    "（一）服务发展大局不够有力\n"
    "1.重点项目推进缓慢。\n整改情况：建立局领导包联机制，协调解决问题23个。目前，该问题已完成整改。\n"
    "二、落实全面从严治党战略部署方面\n"
    "（一）对下属单位监管不力\n"
    "2.局属事业单位内控制度执行不严。\n整改情况：开展内部控制专项检查，修订制度17项。目前，该问题已完成整改。\n"
    "三、落实新时代党的组织路线方面\n"
    "（一）基层党组织建设不够规范\n"
)
_TAIL = "四、下一步工作打算\n持续巩固整改成果。\n联系电话：0710-1234567。\n中共某市某局党组\n2025年12月26日\n"


# The decision awaited right after 待, the body named where the matter went up: work still to come
@pytest.mark.parametrize(
    "awaited",
    [
        "换届选举的请示已上报市委组织部，待审批",
        "调整方案已报送市国资委，待核准",
        "实施细则已呈报市政府，待审定",
        "机构设置方案已提交市编委，待批准",
        "补充人员计划已报市人社局，待审核；其余工作同步推进",
        "换届请示已报上级党组织，目前待批复",
    ],
)
def test_a_decision_awaited_after_a_put_up_is_pending(awaited: str) -> None:
    text = (
        _HEAD
        + f"3.局属企业党组织未按期换届。\n整改情况：督促1家企业完成换届，另1家{awaited}。该问题正在推进整改。\n"
        + _TAIL
    )
    notice = parse_notice(text)
    assert [i.status for i in notice.items] == ["done", "done", "in_progress"]
    assert [i.pending for i in notice.items] == [False, False, True]


# Declared done while the decision on its last step is awaited: done, and shown apart as pending
@pytest.mark.parametrize(
    "awaited",
    ["修订后的办法已报市委组织部待批复", "考核结果已上报，待批复", "整改报告已报送市巡视办，待审核"],
)
def test_done_with_a_decision_awaited_is_done_and_pending(awaited: str) -> None:
    text = _HEAD + f"3.党支部换届不及时。\n整改情况：完成2个支部换届，{awaited}。目前，该问题已完成整改。\n" + _TAIL
    notice = parse_notice(text)
    assert notice.items[2].status == "done"
    assert notice.items[2].pending is True

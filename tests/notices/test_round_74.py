"""Round 74's classes (issue 19), each with members the round's notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某某县卫生健康局党组关于巡察整改情况的通报\n"
    "根据县委统一部署,2024年3月4日至4月30日,县委第一巡察组对县卫生健康局党组进行了巡察。现将巡察整改情况予以通报。\n"
    "(一)贯彻落实上级决策部署方面\n"
    "1.【问题】基层医疗机构建设推进不快。\n"
    "【措施】制定建设方案,加大投入。\n"
)


# An application put up to the body that grants it (申报材料已提交, 创建申请已上报…) waits on its decision:
# pending work, as 报…审批 is; a return filed (申报表已报送) or a report sent is done work.
@pytest.mark.parametrize(
    ("progress", "pending"),
    [
        ("已完成2家卫生院改造,省级示范卫生院创建申请已上报市卫健委。", True),
        ("完成改造3家,已向省卫健委提交评审申报材料。", True),
        ("完成改造3家,甲级村卫生室申请书均已报送县政府。", True),
        ("完成改造3家,统计年报申报表已报送市统计局。", False),
        ("完成改造3家,整改报告已报送县委巡察办。", False),
    ],
)
def test_an_application_put_up_waits_on_its_decision(progress: str, pending: bool) -> None:
    notice = parse_notice(_HEAD + "【进展】" + progress + "\n")
    assert [i.pending for i in notice.items] == [pending]

"""Round 95's classes (issue 19: the genre's notices as the web pages the bot fetches), each with members the round's
notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某县某局党组关于巡察整改进展情况的通报\n"
    "根据县委统一部署，2024年3月4日至4月30日，县委第一巡察组对县某局党组进行了巡察。"
    "2024年6月3日，县委第一巡察组向县某局党组反馈了巡察意见。\n"
    "（一）贯彻落实上级决策部署方面\n"
)


# A named entry's number stopped by a gap, not a colon (<strong>问题1</strong>&nbsp;<problem>): the page's space,
# an &nbsp; or a full-width one, stands where the stop would, and the line is the entry it numbers, labelled as
# the same entry stopped by a colon is (反馈问题一: gives 问题一).
@pytest.mark.parametrize(
    ("first", "second", "labels"),
    [
        ("问题3\u3000", "问题4\u3000", ("问题3", "问题4")),
        ("问题二\xa0", "问题三\xa0", ("问题二", "问题三")),
        ("问题1  ", "问题2  ", ("问题1", "问题2")),
        ("具体问题5 ", "具体问题6 ", ("具体问题5", "具体问题6")),
        ("整改任务1\xa0", "整改任务2\xa0", ("整改任务1", "整改任务2")),
        ("反馈问题一 ", "反馈问题二 ", ("问题一", "问题二")),
    ],
)
def test_a_named_entry_stopped_by_a_gap_is_an_entry(first: str, second: str, labels: tuple[str, str]) -> None:
    text = (
        _HEAD + f"{first}基层医疗机构建设推进不快。\n整改措施：制定建设方案。\n完成情况：已完成。\n"
        f"{second}“放管服”改革落实不到位。\n整改措施：开展作风整治。\n完成情况：正在推进。\n"
    )
    notice = parse_notice(text)
    got = [(i.label, i.title, i.status) for i in notice.items]
    assert got == [
        (labels[0], "基层医疗机构建设推进不快", "done"),
        (labels[1], "“放管服”改革落实不到位", "in_progress"),
    ]


def test_a_closing_list_by_number_set_apart_by_a_gap_stays_a_list() -> None:
    """问题1 已完成整改。问题2 正在推进。: numbers naming problems listed above open no entry (a guard of the class
    above, which holds before it too; the statuses such a list gives are not read yet)."""
    text = (
        _HEAD + "1.基层医疗机构建设推进不快。\n整改措施：制定建设方案。\n"
        "2.“放管服”改革落实不到位。\n整改措施：开展作风整治。\n"
        "问题1 已完成整改。\n问题2 正在推进。\n"
    )
    assert [i.label for i in parse_notice(text).items] == ["1", "2"]

"""Round 151's class (issue 19): notices on special and follow-up inspections (专项巡察, 巡察“回头看”, 提级/交叉/机动
巡察). A 回头看's opening splits the problems it was given by kind, the old problems not rectified beside the new ones
(上轮巡察反馈问题整改不到位问题4个、“回头看”新发现问题5个), with no total printed after the parts: the parts together
are the problems the notice was given, so its claim is their sum, never the first part's count. Members the round's
notices do not print: other words for the kinds (整改不彻底/反弹/老问题/新问题), the joining word 和, counts in words,
the count before its noun (4个问题), three parts, and notices whose counts sentence states no total."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某县某局党组关于县委巡察“回头看”反馈意见整改进展情况的通报\n"
    "根据县委统一部署，2024年9月9日至10月18日，县委第二巡察组对县某局党组开展了巡察“回头看”。"
    "2024年11月22日，县委第二巡察组向县某局党组反馈了巡察“回头看”情况，"
)
_TAIL = "欢迎监督。联系电话：0851-1234567。\n中共某县某局党组\n2025年4月8日\n"
_PROBLEMS = (
    "1.公务接待清单填写不完整。\n整改状态：已完成\n"
    "2.项目资金拨付滞后。\n整改状态：已完成\n"
    "3.报废资产未及时核销。\n整改状态：正在推进\n"
    "4.意识形态工作责任制落实不到位。\n整改状态：已完成\n"
    "5.政府采购管理不规范。\n整改状态：已完成\n"
)


# The kinds a 回头看 splits its five problems into, in the words, joins, numerals and orders the round's notices do
# not print.
@pytest.mark.parametrize(
    "parts",
    [
        "指出上轮巡察整改不彻底问题2个、“回头看”新发现问题3个。",
        "指出上轮巡察问题整改不到位的问题1个和本轮新发现的问题4个。",
        "共指出老问题2个、新问题3个。",
        "指出上轮巡察反馈问题整改不到位问题两个、“回头看”新发现问题三个。",
        "指出上轮巡察整改不到位的2个问题、“回头看”新发现的3个问题。",
        "指出整改不彻底问题1个、整改后反弹问题2个、新发现问题2个。",
    ],
)
@pytest.mark.parametrize(
    "counts",
    ["截至2025年3月31日，5个问题已完成整改4个，正在整改1个。", "截至目前，已完成整改4个，正在整改1个。"],
)
def test_a_follow_up_s_parts_by_kind_sum_to_its_problems(parts: str, counts: str) -> None:
    notice = parse_notice(_HEAD + parts + "\n" + counts + "\n" + _PROBLEMS + _TAIL)
    claimed = notice.claimed
    assert (claimed.problems, claimed.completed, claimed.in_progress) == (5, 4, 1)
    assert [i.status for i in notice.items] == ["done", "done", "in_progress", "done", "done"]
    assert [str(w) for w in notice.warnings] == []

"""Round 154's class (issue 19): the counts a notice claims in the forms the genre prints beyond the plain 3个方面12个
问题，已完成10个. The one its first reading missed: a 回头看's opening splits the problems it was given into the
earlier round's problems its verdict found not rectified and the problems newly found, the old part told with its noun
BEFORE the negated done word (上轮巡察反馈问题未整改到位4个、新发现问题5个). The parts together are the notice's
problems; the old part's negation is the 回头看's verdict, no tally of open problems. Members the round's notice does
not print: other negations (仍未整改到位的, 整改不到位, 尚未整改, 整改不彻底的有), other joining words (和, 及), units
(项, 条), counts in Chinese numerals, and the new part first."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某县某局党组关于县委巡察“回头看”反馈意见整改进展情况的通报\n"
    "根据县委统一部署，2024年3月4日至4月30日，县委第一巡察组对县某局党组开展了巡察“回头看”，"
    "5月20日反馈了意见，{split}。\n"
    "截至2024年10月31日，5个问题中已完成整改4个，正在推进1个。\n"
)
_BODY = (
    "1.预算绩效管理不到位。\n整改进展：已完成整改。\n"
    "2.国有资产账实不符。\n整改进展：已完成整改。\n"
    "3.政府采购信息公开不及时。\n整改进展：已完成整改。\n"
    "4.一般性支出压减不到位。\n整改进展：已完成整改。\n"
    "5.隐性债务化解进度滞后。\n整改进展：正在推进。\n"
)
_TAIL = "欢迎监督。联系电话：0731-1234567。\n中共某县某局党组\n2024年11月10日\n"


@pytest.mark.parametrize(
    "split",
    [
        "指出上一轮巡察问题中仍未整改到位的2个和本轮新发现问题3个",
        "指出前次巡察反馈问题整改不到位2项及“回头看”新发现问题3项",
        "指出上轮巡察反馈问题尚未整改两个、新发现问题三个",
        "指出“回头看”新发现问题3条、上轮巡察反馈问题未整改到位2条",
        "指出上轮巡察问题整改不彻底的有2个、新发现的问题3个",
    ],
)
def test_a_huitoukan_split_with_the_old_part_negated_sums_to_the_problems(split: str) -> None:
    notice = parse_notice(_HEAD.format(split=split) + _BODY + _TAIL)
    claimed = notice.claimed
    assert (claimed.problems, claimed.completed, claimed.in_progress) == (5, 4, 1)
    assert [str(w) for w in notice.warnings] == []
    assert [i.status for i in notice.items] == ["done"] * 4 + ["in_progress"]

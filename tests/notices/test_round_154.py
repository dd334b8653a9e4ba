"""Round 154's class (issue 19): the counts a notice claims in the forms the genre prints beyond the plain 3个方面12个
问题，已完成10个. The one its first reading missed: a 回头看's opening splits the problems it was given into the
earlier round's problems its verdict found not rectified and the problems newly found, the old part told with its noun
BEFORE the negated done word (上轮巡察反馈问题未整改到位4个、新发现问题5个). The parts together are the notice's
problems; the old part's negation is the 回头看's verdict, no tally of open problems. Members the round's notice does
not print: other negations (仍未整改到位的, 整改不到位, 尚未整改, 整改不彻底的有), other joining words (和, 及), units
(项, 条), counts in Chinese numerals, and the new part first. Beside it, members of the class no notice of the round
prints: a statistics line counting the problems due with no noun (应整改5项, the round's college prints it beside a
counted 问题), and the open count named by a negated or waiting word of a ledger (未办结1件, 待整改1个)."""

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


_PLAIN_HEAD = (
    "中共某县某局党组关于县委巡察反馈意见整改进展情况的通报\n"
    "根据县委统一部署，2024年3月4日至4月30日，县委第一巡察组对县某局党组进行了巡察，5月20日反馈了巡察意见。"
    "现将整改进展情况通报如下。\n"
)


# The statistics line (整改完成情况统计 / a ledger's 统计) counts the problems due with no noun: 应整改N项 is the
# problems' total where the notice counts them nowhere else.
@pytest.mark.parametrize(
    "line",
    [
        "整改完成情况统计：应整改5项，已完成4项，正在推进1项，完成率80%。",
        "整改台账统计：应整改5个，已整改4个，整改率80%，1个正在推进。",
        "截至2024年10月底，应整改共5条，已完成整改4条，1条正在推进。",
        "问题整改统计：应整改5件，已办结4件，未办结1件。",
    ],
)
def test_the_count_due_in_a_statistics_line_is_the_problems(line: str) -> None:
    notice = parse_notice(_PLAIN_HEAD + _BODY + "下一步，我局将持续推进整改。\n" + line + "\n" + _TAIL)
    claimed = notice.claimed
    assert (claimed.problems, claimed.completed, claimed.in_progress) == (5, 4, 1)
    assert [str(w) for w in notice.warnings] == []


# A ledger's tally names the open problems by the negation of its case-closed word (未办结) or by the work waiting
# (待整改): they are in progress, as 未销号 and 未整改 are.
@pytest.mark.parametrize(
    "tally",
    [
        "截至目前，反馈问题5个，已办结4个，未办结1个。",
        "截至目前，反馈问题5个，已整改4个，待整改1个。",
        "截至目前，5个问题中已销号4个、尚未办结1个。",
        "截至目前，反馈的5个问题已整改4个，待整改问题1个。",
    ],
)
def test_a_negated_or_waiting_ledger_word_counts_the_open_problems(tally: str) -> None:
    notice = parse_notice(_PLAIN_HEAD + tally + "\n" + _BODY + _TAIL)
    claimed = notice.claimed
    assert (claimed.problems, claimed.completed, claimed.in_progress) == (5, 4, 1)
    assert [str(w) for w in notice.warnings] == []

"""Round 106's classes (issue 19), each with members the round's notices do not print.

The notices themselves are read whole by test_genre.py from tests/data/genre/rounds/r106.json."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某县某局党组关于巡察反馈意见整改进展情况的通报\n"
    "根据县委统一部署，2024年3月4日至4月30日，县委第一巡察组对县某局党组进行了巡察，并于2024年5月20日反馈了巡察意见。"
    "现将整改进展情况予以公布。\n"
    "二、巡察反馈问题整改落实情况\n"
    "（一）已完成整改的问题（1个）\n"
)
_TAIL = (
    "整改情况：修订完善采购管理制度，开展专项检查。\n"
    "三、下一步工作打算\n"
    "（一）持续压实整改责任。确保按期完成。\n"
    "中共某县某局党组\n"
    "2024年11月15日\n"
)


# A problem's headline under a status section names the problem it reports on, wrapped by 针对 as by 关于, and may
# close with the word of its rectification (…问题的整改情况 / …的整改), quoted or not: the problem is what the
# wrapper holds.
@pytest.mark.parametrize(
    "headline",
    [
        "针对“政府采购管理不规范”问题的整改情况",
        "针对“政府采购管理不规范”的整改",
        "针对巡察指出的“政府采购管理不规范”问题的整改落实情况",
        "针对“政府采购管理不规范”问题整改情况。",
        "针对政府采购管理不规范问题的整改情况",
        "针对政府采购管理不规范的问题的整改进展情况",
    ],
)
def test_a_zhendui_wrapper_closed_by_its_rectification_holds_the_problem(headline: str) -> None:
    notice = parse_notice(_HEAD + "1." + headline + "\n" + _TAIL)
    assert [(i.label, i.title, i.status) for i in notice.items] == [("1", "政府采购管理不规范", "done")]


_BODY = (
    "（一）贯彻落实党中央决策部署方面\n"
    "1.耕地保护责任落实不到位。\n整改情况：已完成。开展专项整治。\n"
    "2.财务管理不规范。\n整改情况：已完成。修订制度。\n"
    "3.人才引进不足。\n整改情况：正在推进。引进博士2名。\n"
)


# The count of the feedback's problems may follow its noun with the aspects told by their verb between (问题涉及
# N个方面共M个), as it follows it plainly (问题共N个方面M个): M is the problems' count.
@pytest.mark.parametrize(
    "claim",
    [
        "巡察反馈的问题涉及3个方面共3个，已完成整改2个，正在推进1个。",
        "县委巡察组反馈问题涉及三个方面3个，目前已整改到位2个，1个正在整改。",
        "巡察指出的问题分布在3个方面共计3个，已完成整改2个。",
        "反馈问题分属3个方面共计3项，已完成整改2项。",
    ],
)
def test_problems_counted_after_their_aspects_verb(claim: str) -> None:
    notice = parse_notice(
        _HEAD.replace("（一）已完成整改的问题（1个）\n", claim + "\n")
        + _BODY
        + _TAIL[len("整改情况：修订完善采购管理制度，开展专项检查。\n") :]
    )
    assert (notice.claimed.aspects, notice.claimed.problems) == (3, 3)

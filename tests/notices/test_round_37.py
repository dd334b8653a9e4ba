"""Round 37's classes (a second random sample of the genre), each with members its notices do not print.

The notices themselves are read whole by test_genre.py from tests/data/genre/rounds/r37.json.
"""

from __future__ import annotations

import pytest

from notices import parse_bytes
from notices.header import read_claims

_NOTICE = """中共某县某局党组关于巡察整改进展情况的通报
根据县委统一部署，2023年3月6日至5月5日，{team}对县某局党组开展了巡察。2023年6月2日，{team}向县某局党组反馈了巡察意见。现将整改情况通报如下。
{body}
欢迎广大干部群众对巡察整改落实情况进行监督。
中共某县某局党组
2023年10月9日
"""

_BODY = """一、上一轮巡察反馈问题整改情况
1.议事规则执行不严格。
整改情况：修订议事规则。目前，该问题已整改完成。
"""


def _read(team: str, body: str = _BODY):  # type: ignore[no-untyped-def]
    return parse_bytes(_NOTICE.format(team=team, body=body).encode(), "r37.txt")


@pytest.mark.parametrize(
    ("printed", "team"),
    [
        ("市委交叉巡察第三组", "市委交叉巡察第三组"),
        ("某市县区交叉巡察第一组", "县区交叉巡察第一组"),
        ("县级交叉巡察第三组", "县级交叉巡察第三组"),
        ("市级交叉巡察第四组", "市级交叉巡察第四组"),
        ("县委联动巡察第一组", "县委联动巡察第一组"),
    ],
)
def test_team_named_by_its_kind_before_its_number(printed: str, team: str) -> None:
    """交叉巡察第五组 / 县级交叉巡察第二组 (r37_gaoyao, r37_anju): the kind of round before 巡察第N组 is the team's
    name, not cut to 巡察第N组; a place before it is not."""
    assert _read(printed).inspection_team == team


@pytest.mark.parametrize(
    ("second", "third"),
    [
        ("上轮巡察反馈问题整改不彻底的整改情况", "巡察“回头看”新发现问题的整改情况"),
        ("前一轮巡视问题整改未到位的整改情况", "本轮巡察新发现的问题整改情况"),
        ("上一轮巡察反馈问题整改不到位情况", "新查找的问题整改情况"),
    ],
)
def test_huitoukan_parts_by_the_problems_origin_are_aspects(second: str, third: str) -> None:
    """二、上一轮巡察反馈问题整改不到位的整改情况 / 三、“回头看”新发现问题的整改情况 (r37_gaoyao): a 回头看 divides
    its list by where each problem came from, so each part is the aspect of its problems (while 二、巡察“回头看”反馈问题
    整改落实情况 frames the whole list, r22_chengdu)."""
    body = (
        "一、整改工作开展情况\n召开专题会议，研究部署整改工作。\n"
        f"二、{second}\n（一）议事规则执行不严格。（已完成整改）\n修订议事规则，规范决策程序。\n"
        "（二）财务审批不规范。（持续整改中）\n修订财务制度，补正审批手续。\n"
        f"三、{third}\n（一）公务用车管理不规范。（已完成整改）\n完善派车登记制度。\n"
    )
    got = [(i.title, i.status, i.aspect) for i in _read("县委第一巡察组", body).items]
    assert [(t, s) for t, s, _ in got] == [
        ("议事规则执行不严格", "done"),
        ("财务审批不规范", "in_progress"),
        ("公务用车管理不规范", "done"),
    ]
    assert [a for _, _, a in got] == [f"二、{second}", f"二、{second}", f"三、{third}"]


@pytest.mark.parametrize(
    ("sentence", "groups", "problems"),
    [
        ("反馈的3个方面6类问题12个具体问题。", 6, 12),
        ("巡视组反馈4个方面9类问题共31个具体问题。", 9, 31),
        ("反馈问题涉及三个方面五类问题十八个具体问题。", 5, 18),
        ("反馈2个方面7大类问题20项具体问题。", 7, 20),
    ],
)
def test_classes_named_with_their_noun_count_the_groups(sentence: str, groups: int, problems: int) -> None:
    """3个方面6类问题12个具体问题 (r37_jiangchuan): the classes named with their 问题 count the groups, and the count
    after that 问题 belongs to the 具体问题 it runs into."""
    claims = read_claims(sentence)
    assert (claims.problem_groups, claims.problems) == (groups, problems)

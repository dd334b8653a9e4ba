"""Round 40's classes (a fourth random sample of the genre), each with members its notices do not print.

The notices themselves are read whole by test_genre.py from tests/data/genre/rounds/r40.json.
"""

from __future__ import annotations

import pytest

from notices import parse_bytes

_NOTICE = """中共某研究院委员会关于巡视整改进展情况的通报
根据上级党组织统一部署，2023年3月至5月，{team}对某研究院党委开展了常规巡视。2023年6月，{team}向某研究院党委反馈了巡视意见。现将整改情况通报如下。
一、落实全面从严治党战略部署方面
（一）议事规则执行不严格。
整改情况：修订议事规则。目前，该问题已整改完成。
欢迎广大干部职工对巡视整改落实情况进行监督。
中共某研究院委员会
2023年10月9日
"""


def _team(team: str) -> str | None:
    return parse_bytes(_NOTICE.format(team=team).encode(), "r40.txt").inspection_team


@pytest.mark.parametrize(
    ("printed", "team"),
    [
        ("集团公司党组第二巡视组", "集团公司党组第二巡视组"),
        ("集团党组第一巡视组", "集团党组第一巡视组"),
        ("公司党组第四巡察组", "公司党组第四巡察组"),
        ("中国某某集团党组第三巡视组", "中国某某集团党组第三巡视组"),
        # the 党委 forms, read before, stay as they were
        ("集团公司党委第一巡察组", "集团公司党委第一巡察组"),
        ("院党组第三巡视组", "院党组第三巡视组"),
    ],
)
def test_enterprise_party_group_owns_its_team(printed: str, team: str) -> None:
    """集团公司党组第三巡视组 (r40_casc): a central enterprise's leading body is a 党组, not only a 党委, and its
    own 巡视/巡察 team is named with it as a group's 党委 names its team (集团公司党委第一巡察组), not cut to
    党组第N巡视组."""
    assert _team(printed) == team

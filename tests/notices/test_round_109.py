"""Round 109's class (issue 19): a vertically managed body's local unit names its place right after the national
parent whatever the unit's own word, so the agency's region is that place; members the round's notices do not print
(other parents ending 局, other unit words, units a page hides behind 某)."""

from __future__ import annotations

import pytest

from notices.gazetteer import gazetteer
from notices.header import place_part


@pytest.mark.parametrize(
    ("agency", "region"),
    [
        ("国家统计局株洲调查队党组", "株洲"),  # a parent ending 局, a unit 调查队 named by the bare place
        ("中国气象局邵阳市气象局党组", "邵阳市"),  # a parent ending 局, the unit's own word 气象局
        ("国家税务总局岳阳市某分局委员会", "岳阳市"),  # a unit hidden as 某分局
        ("国家烟草专卖局常德市某局党组", "常德市"),  # another parent ending 局, a unit hidden as 某局
    ],
)
def test_local_unit_of_a_national_parent_names_its_place(agency: str, region: str) -> None:
    place = gazetteer().locate(place_part(agency))
    assert place is not None and place.region == region


@pytest.mark.parametrize("agency", ["国家能源局党组", "中国某集团有限公司党委", "国家电网有限公司某供电公司党委"])
def test_a_national_body_itself_keeps_its_name(agency: str) -> None:
    # no place after the parent: the body is not a local unit, its name stays whole
    assert place_part(agency) == agency

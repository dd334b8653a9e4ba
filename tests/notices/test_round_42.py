"""Round 42's classes (issue 19), each with members the round's notices do not print."""

from __future__ import annotations

import pytest

from notices.gazetteer import gazetteer
from notices.header import read_claims


# A count between the aspects and the problems, with no 具体问题 named (3个方面14项共38个问题): the middle count is the
# groups', the last the problems', as the classes before specific problems are.
@pytest.mark.parametrize(
    ("sentence", "groups", "problems"),
    [
        ("此次巡察共指出4个方面11项共29个问题。", 11, 29),
        ("巡察组反馈了3个方面9类共24个问题，我局逐项制定整改措施。", 9, 24),
        ("对照反馈的五个方面十二项共三十六个问题，逐条研究。", 12, 36),
        ("巡察反馈3个方面、8项、共21个问题。", 8, 21),
    ],
)
def test_middle_count_counts_groups(sentence: str, groups: int, problems: int) -> None:
    claimed = read_claims(sentence)
    assert (claimed.problem_groups, claimed.problems) == (groups, problems)


# Problems counted after their noun, with the feedback's classes between (共反馈问题3大类9个): the last count is the
# problems'.
@pytest.mark.parametrize(
    ("sentence", "problems"),
    [
        ("区委巡察组共反馈问题4大类13个，已整改完成11个。", 13),
        ("巡察组反馈问题3类8个，其余正在整改。", 8),
        ("市委巡察组共反馈问题五大类十六个。", 16),
    ],
)
def test_problems_after_their_classes(sentence: str, problems: int) -> None:
    assert read_claims(sentence).problems == problems


# A body's name that runs from its place into a short name of a place elsewhere (沭阳+如东中学): the second is the
# start of the body's own name, not a place inside the first; a name with its division's word stays a zone (许昌市
# 东城区, round 14's convention).
@pytest.mark.parametrize(
    ("name", "region", "prefecture"),
    [
        ("如皋海安中学委员会", "如皋", "南通市"),
        ("睢宁宿豫商会党委", "睢宁", "徐州市"),
        ("溧阳金坛实验学校党支部", "溧阳", "常州市"),
        ("许昌市东城区管委会党工委", "东城区", "许昌市"),
    ],
)
def test_short_place_elsewhere_starts_the_name(name: str, region: str, prefecture: str) -> None:
    place = gazetteer().locate(name)
    assert place is not None
    assert (place.region, place.prefecture) == (region, prefecture)

"""Round 45's classes (issue 19), each with members the round's notices do not print."""

from __future__ import annotations

import pytest

from notices.lexicon import PENDING_RE, TEAM_RE
from notices.parse import clean_title


# “<problem>”的整改 / “<problem>”问题的整改情况: the problem quoted whole with its rectification's word after it and no
# 关于/针对 before it: the quotation is the title.
@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("“村务公开不及时,公开内容不全面”的整改。", "村务公开不及时,公开内容不全面"),
        ("“干部请销假制度执行不严”问题的整改情况", "干部请销假制度执行不严"),
        ("“食堂采购管理不规范”的整改落实情况。", "食堂采购管理不规范"),
    ],
)
def test_quoted_problem_with_its_rectification(headline: str, title: str) -> None:
    assert clean_title(headline) == title


# The villages' scope after the team's number (区委第五村级巡察组): the team is named whole.
@pytest.mark.parametrize(
    ("sentence", "team"),
    [
        ("2020年3月,县委第二村级巡察组对该村党支部开展了巡察。", "县委第二村级巡察组"),
        ("市委第三对村巡察组进驻后", "市委第三对村巡察组"),
        ("区委第12村(社区)巡察组反馈了意见", "区委第12村(社区)巡察组"),
    ],
)
def test_village_scope_after_the_number(sentence: str, team: str) -> None:
    m = TEAM_RE.search(sentence)
    assert m is not None and m.group(0).strip() == team


# Work waiting on the plan, quota or funds a higher body hands down (待州卫健委下达计划): pending.
@pytest.mark.parametrize(
    "text",
    [
        "第二批培训名额待省厅下达计划。",
        "剩余项目资金待市财政下达,",
        "招聘工作待上级下达指标",
    ],
)
def test_waiting_on_what_a_higher_body_hands_down(text: str) -> None:
    assert PENDING_RE.search(text)

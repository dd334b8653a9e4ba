"""Round 70's classes (issue 19), each with members the round's notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.lexicon import WHOLE_DONE_RE

_HEAD = "中共某某县民政局党组关于巡察整改进展情况的通报\n"
_ITEMS = (
    "二、巡察反馈问题的整改情况\n(一)贯彻落实党中央决策部署方面\n1.关于理论学习不够深入的问题\n"
    "整改情况:一是制定学习计划。二是开展专题研讨。\n2.关于社会救助不够精准的问题\n"
    "整改情况:一是开展全面排查。二是建立比对机制。\n"
)


# A statement in the framing text, with no count, that every problem is done: the problems stating none are done.
@pytest.mark.parametrize(
    "statement",
    [
        "截至2024年3月底,已全部整改到位。",
        "目前,巡察反馈问题均已全部整改完成。",
        "至此,所有问题已全部完成整改。",
    ],
)
def test_a_framing_statement_that_all_is_done(statement: str) -> None:
    notice = parse_notice(
        _HEAD + "根据县委统一部署,2023年4月10日至5月31日,县委第二巡察组对县民政局党组进行了巡察。"
        "现将巡察整改进展情况予以公布。\n一、加强组织领导\n局党组成立整改工作领导小组,逐项明确责任和时限。"
        f"{statement}\n" + _ITEMS
    )
    assert [(i.status, i.status_source) for i in notice.items] == [("done", "section")] * 2


# Not the statement: a count (a claim read elsewhere), a narrower subject, or a sentence that goes on.
@pytest.mark.parametrize(
    "sentence",
    [
        "立行立改问题已全部整改到位",
        "对已全部完成整改的问题开展回头看",
        "共计12个问题已全部整改完成",
        "移交的问题线索已全部办结",
    ],
)
def test_no_whole_done_statement(sentence: str) -> None:
    assert not WHOLE_DONE_RE.match(sentence)

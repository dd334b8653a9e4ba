"""Round 49's classes (issue 19), each with members the round's notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.header import read_claims
from notices.lexicon import PENDING_RE, PROBLEM_WORDING_RE

_HEAD = "中共某某县财政局党组关于巡察整改进展情况的通报\n"


def _opening(team_sentence: str) -> str:
    return (
        _HEAD + f"根据县委统一部署,2023年3月1日至4月10日,{team_sentence}对县财政局党组进行了巡察。"
        "5月6日,巡察组向县财政局党组反馈了巡察意见。现将整改进展情况予以公布。\n"
        "1.预算管理不规范。\n整改情况:修订预算管理办法。目前已完成整改。\n"
        "2.财政资金绩效评价不到位。\n整改情况:开展绩效评价。目前已完成整改。\n"
    )


# A numbered special team named by a topic longer than TEAM_RE reads before its 专项 (县委经济发展领域作风建设专项
# 巡察二组): the name runs back to its committee; a committee that is the sentence's subject (县委统一部署) does not.
@pytest.mark.parametrize(
    ("sentence", "team"),
    [
        ("县委营商环境领域专项巡察三组", "县委营商环境领域专项巡察三组"),
        ("县委粮食购销领域腐败问题专项巡察一组", "县委粮食购销领域腐败问题专项巡察一组"),
        ("县委派出专项巡察二组", "专项巡察二组"),
    ],
)
def test_special_team_named_by_its_topic(sentence: str, team: str) -> None:
    assert parse_notice(_opening(sentence)).inspection_team == team


# The aspects the problems were refined from, told by the refining verb between the two counts.
@pytest.mark.parametrize(
    ("sentence", "aspects", "problems"),
    [
        ("根据巡察反馈的3个方面梳理出12个问题,已完成8个。", 3, 12),
        ("对照反馈的四个方面细化为15个问题。", 4, 15),
        ("巡察反馈的2个方面分解细化了9个具体问题。", 2, None),
    ],
)
def test_aspects_before_a_refining_verb(sentence: str, aspects: int, problems: int | None) -> None:
    claimed = read_claims(sentence)
    assert claimed.aspects == aspects
    if problems is not None:
        assert claimed.problems == problems


# 整改完成情况 asserts completion where its text says no more; a status sentence closing the text says more.
@pytest.mark.parametrize(
    ("value", "status"),
    [
        ("已对3家单位开展检查,剩余2家计划下月检查,目前正在推进中。", "in_progress"),
        ("修订资产管理办法,该问题已整改到位,并将长期坚持。", "done_longterm"),
        ("修订资产管理办法,建立资产台账。", "done"),
    ],
)
def test_completion_field_closed_by_a_status_sentence(value: str, status: str) -> None:
    text = (
        _HEAD + "(一)落实全面从严治党责任方面\n1.国有资产管理不规范。\n整改完成情况:" + value + "\n"
        "2.政府采购程序不严格。\n整改完成情况:制定政府采购内控制度,该问题已整改完成。\n"
    )
    assert parse_notice(text).items[0].status == status


# A problem's own text saying it was done and is kept up is done whatever the notice's counts say: only a bare 长期坚持
# is left for the counts to decide (given.kept_up_by_counts).
def test_stated_done_and_kept_up_stays_done_against_the_counts() -> None:
    text = (
        _HEAD + "根据县委统一部署,县委第一巡察组对县财政局党组进行了巡察。巡察反馈的3个问题,已完成2个,正在整改1个。\n"
        "1.预算管理不规范。\n整改完成情况:修订预算管理办法。\n"
        "2.政府采购程序不严格。\n整改完成情况:制定政府采购内部控制制度,对2022年以来采购项目逐一复核,该问题已整改完成,并长期坚持。\n"
        "3.资产管理不规范。\n整改完成情况:建立资产台账,该问题已整改完成。\n"
    )
    assert [i.status for i in parse_notice(text).items] == ["done", "done_longterm", "done"]


# The problem's paragraph above its field keeps its facts: a shortfall told in figures is a finding, however plainly
# worded.
@pytest.mark.parametrize(
    "paragraph",
    [
        "农村改厕推进缓慢。年度计划改厕500户仅完成320户",
        "项目建设进度滞后。2022年计划开工8个项目只开工5个",
        "乡村道路养护不到位。计划整治的20公里道路才完成8公里",
    ],
)
def test_problem_paragraph_above_its_field_kept_whole(paragraph: str) -> None:
    text = _HEAD + f"1.{paragraph}。\n整改完成情况:已督促整改。\n2.资产管理不规范。\n整改完成情况:建立资产台账。\n"
    assert parse_notice(text).items[0].title == paragraph


# A part framing the work by taking the rectification up as a task holds the body's organisation, not problems.
@pytest.mark.parametrize(
    "part",
    [
        "一、提高政治站位,把巡察整改作为首要政治任务",
        "一、把巡视整改工作作为重大政治任务抓紧抓实",
    ],
)
def test_part_taking_the_rectification_up_as_a_task(part: str) -> None:
    text = (
        _HEAD + f"{part}\n(一)加强组织领导,高位推动整改。成立整改工作领导小组。\n"
        "(二)聚焦突出问题,稳步推进整改。召开党组会议研究整改。\n(三)强化建章立制,深化整改成效。修订制度5项。\n"
        "二、巡察反馈问题整改情况\n1.预算管理不规范。\n整改措施:修订预算管理办法。\n整改进度:已完成。\n"
        "2.资产管理不规范。\n整改措施:建立资产台账。\n整改进度:持续推进。\n"
    )
    assert [i.label for i in parse_notice(text).items] == ["1", "2"]


# Done, its acceptance still waiting on the body that checks it: pending work.
@pytest.mark.parametrize(
    "text", ["已完成初验,待省交通运输厅组织竣工验收。", "工程已完工,待县住建局验收;", "已完成整改,待市财政局组织评审"]
)
def test_waiting_on_the_acceptance(text: str) -> None:
    assert PENDING_RE.search(text)


# A weight or a number too great is a shortcoming (负担较重, 报表过多): a problem under its class reads as one.
@pytest.mark.parametrize("text", ["基层报表报送过多", "村干部工作负担偏重", "督查检查过频", "学生课业负担过重"])
def test_burden_too_great_is_a_shortcoming(text: str) -> None:
    assert PROBLEM_WORDING_RE.search(text)

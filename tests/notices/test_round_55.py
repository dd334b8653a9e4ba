"""Round 55's classes (issue 19), each with members the round's notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.header import read_claims
from notices.status import own_status, reported_stage_only


# A progress field whose text opens with a piece of work done (整改进展:已完成…测绘,…) reports a stage of the work;
# a status column beside it states the status as such and outranks it.
@pytest.mark.parametrize(
    ("progress", "state", "status"),
    [
        ("修订管理办法,已清退违规发放的补贴3.2万元,剩余部分正协调追缴", "持续推进", "in_progress"),
        ("已完成全部12个站点的选址,施工招标文件已报县财政局审核", "正在推进", "in_progress"),
        ("制定专项整治方案,已排查隐患点46处,整改41处,其余5处纳入年度计划", "推进中", "in_progress"),
        ("已完成6个村的改厕任务,并建立长效管护机制,定期开展检查", "已完成,长期坚持", "done_longterm"),
    ],
)
def test_status_column_outranks_a_reported_stage(progress: str, state: str, status: str) -> None:
    labels = [("反馈问题", "农村改厕推进缓慢"), ("整改进展", progress), ("完成情况", state)]
    assert own_status(labels, None, None, frozenset()) == status


# The same stage report under a status heading (仍在推进的事项): the heading states the problem's status.
@pytest.mark.parametrize(
    "progress",
    [
        "已完成全镇宅基地测绘,确权资料已报县自然资源局审核,待审核通过后颁证。",
        "已完成项目可行性研究报告编制,立项申请已报县发改局审批。",
        "已完成初步设计,施工图正在审查。",
    ],
)
def test_status_heading_outranks_a_reported_stage(progress: str) -> None:
    text = (
        "中共某县某镇委员会关于巡察整改进展情况的报告\n"
        "根据县委统一部署,2022年3月1日至4月30日,县委第二巡察组对某镇党委开展了巡察,2022年6月1日反馈了巡察意见。\n"
        "一、已完成整改的事项\n"
        "1.村级财务管理不规范,部分票据审批手续不全。\n"
        "整改进展:对近三年票据逐笔核查,补齐审批手续,修订财务管理制度。\n"
        "二、仍在推进的事项\n"
        "2.集体土地确权登记工作滞后,部分村组存在权属争议。\n"
        f"整改进展:{progress}\n"
        "中共某县某镇委员会\n"
        "2023年1月10日\n"
    )
    notice = parse_notice(text)
    assert [(i.label, i.status) for i in notice.items] == [("1", "done"), ("2", "in_progress")]


@pytest.mark.parametrize(
    ("value", "stage"),
    [
        ("已完成。对照问题清单逐项整改,建立长效机制。", False),  # the status itself, then the measures
        ("已整改到位", False),
        ("已完成全镇宅基地测绘,确权资料已报县自然资源局审核", True),
    ],
)
def test_what_reports_a_stage(value: str, stage: bool) -> None:
    assert reported_stage_only([("整改进展", value)]) is stage


# A leading group or its office signs a progress table for the inspected body: the body the opening names as
# inspected is the agency.
@pytest.mark.parametrize(
    "signature",
    ["县巡视整改工作领导小组办公室", "县委巡视反馈意见整改工作领导小组", "县巡视整改工作专班"],
)
def test_leading_group_office_signs_for_the_inspected(signature: str) -> None:
    text = (
        "巡视整改未完成任务进展情况\n"
        "根据省委统一部署,2019年4月1日至5月31日,省委第三巡视组对丰县县委进行了巡视,2019年7月10日反馈了巡视意见。\n"
        "1.农村人居环境整治不到位。\n"
        "整改进展:正在推进。\n"
        "2.政府债务化解推进缓慢。\n"
        "整改进展:已完成。\n"
        f"{signature}\n"
        "2020年3月6日\n"
    )
    assert parse_notice(text).agency == "丰县县委"


# The feedback refined into tasks with no problem counted: the tasks are the notice's finest count, its problems.
@pytest.mark.parametrize(
    ("sentence", "problems"),
    [
        ("县委将反馈意见细化为3个方面、42项整改任务,目前已完成整改39项。", 42),
        ("党组将巡视反馈意见分解为27项具体整改任务,逐项明确责任。", 27),
        ("局党组将反馈意见细化为十八项整改任务。", 18),
        ("反馈的3个方面9个问题,细化为38项整改任务。", 9),  # beside a count of problems, the tasks are not read
    ],
)
def test_refined_tasks_count_as_problems_alone(sentence: str, problems: int) -> None:
    assert read_claims(sentence).problems == problems

"""Round 57's classes (issue 19), each with members the round's notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.status.fields import label_status
from notices.status.sentences import prose_status

_OPENING = (
    "中共某某县第一小学支部委员会关于巡察整改进展情况的通报\n"
    "根据县委统一部署,2023年3月1日至4月15日,县委第一巡察组对某某县第一小学党支部开展了巡察。"
    "2023年5月10日,县委第一巡察组向学校党支部反馈了巡察意见。现将整改进展情况通报如下:\n"
)


# The problem's field named with the inspection that gave it and the verb it was given with (巡察反馈问题:,
# 巡视指出问题:, 巡察发现的问题:): the label is no part of the problem.
@pytest.mark.parametrize("field", ["巡视反馈问题", "巡察指出问题", "巡察发现的问题", "巡察组反馈问题"])
def test_a_problem_field_named_with_the_inspection_is_a_label(field: str) -> None:
    notice = parse_notice(
        _OPENING + f"(一){field}:学生课后服务收费不规范。\n整改措施:全面清理收费项目。\n完成情况:已完成。\n"
        f"(二){field}:校舍维修资金使用不规范。\n整改措施:开展专项检查。\n完成情况:持续推进中。\n"
    )
    assert [(i.title, i.status) for i in notice.items] == [
        ("学生课后服务收费不规范", "done"),
        ("校舍维修资金使用不规范", "in_progress"),
    ]


# A status field whose value opens with a step taken (已<verb><object>) and goes on to concrete work still to do:
# a part done and the rest under way, no status (the section's heading states it, or nothing does).
@pytest.mark.parametrize(
    ("label", "value"),
    [
        ("整改进展", "已采购监控设备,确定专人负责,正在对校园监控进行安装调试。"),
        ("完成情况", "已拟定改造方案,改造工程已报县教育局,待审批后组织实施。"),
        ("整改进度", "已清理资产台账,剩余3户的补贴正在逐户核实,待核实后退还。"),
    ],
)
def test_a_step_taken_then_work_pending_states_no_status(label: str, value: str) -> None:
    assert label_status(label, value) is None


@pytest.mark.parametrize(("label", "value"), [("整改进展", "已清退"), ("完成情况", "已清退违规发放的补贴。")])
def test_a_step_taken_alone_is_still_done(label: str, value: str) -> None:
    assert label_status(label, value) == "done"


# A closing clause that names a step others carry out as under way (正在审计中, 审核工作正在进行中, 正在对接中) reports
# pending work, not the problem's status; the rectification named as under way still is one.
@pytest.mark.parametrize(
    "text",
    [
        "开展财务自查;竣工决算已送县审计局,正在审计中。",
        "修订采购办法,评审工作正在进行中。",
        "选址已报自然资源局,正在对接中。",
        "方案已上报县发改局,正在审批中。",
    ],
)
def test_a_step_under_way_states_no_status(text: str) -> None:
    assert prose_status(text) is None


@pytest.mark.parametrize("text", ["开展财务自查,目前正在整改中。", "修订采购办法,相关工作正在推进。"])
def test_the_rectification_under_way_still_is_in_progress(text: str) -> None:
    assert prose_status(text) == "in_progress"


# A grassroots institution signs with its own name where no party organisation is named: the signature is the issuer.
@pytest.mark.parametrize(
    "signer", ["某某市某某区政务服务中心", "某某县第一中学", "某某县实验幼儿园", "某某县国有林场", "某某县水利站"]
)
def test_an_institution_signs_with_its_own_name(signer: str) -> None:
    notice = parse_notice(
        "关于专项巡察整改情况的通报\n"
        "根据县委统一部署,2023年3月1日至4月15日,县委第一巡察组对单位开展了专项巡察。现将整改情况通报如下:\n"
        "1.制度执行不严格。\n整改情况:修订制度。已完成整改。\n"
        "2.台账管理不规范。\n整改情况:重建台账。已完成整改。\n"
        f"{signer}\n2023年8月1日\n"
    )
    assert notice.issuer == signer


# A special inspection's theme quoted after the inspected body (对X“放管服”改革进行了巡察): the body is the name before
# it, so its place is printed and no warning is due.
@pytest.mark.parametrize(
    ("body", "theme"), [("某某县政务服务中心", "“放管服”改革"), ("某某县第二中学党支部", "“校园餐”工作")]
)
def test_a_quoted_theme_after_the_inspected_body(body: str, theme: str) -> None:
    notice = parse_notice(
        "关于专项巡察整改情况的通报\n"
        f"根据县委统一部署,2023年3月1日至4月15日,县委第一巡察组对{body}{theme}进行了巡察。"
        "现将整改情况通报如下:\n"
        "1.制度执行不严格。\n整改情况:修订制度。已完成整改。\n"
        "2.台账管理不规范。\n整改情况:重建台账。已完成整改。\n"
    )
    assert notice.agency == body

"""Round 81's classes (issue 19), each with members the round's notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_notice

_OPENING = (
    "中共某某县某局党组关于巡察整改情况的通报\n"
    "根据县委统一部署,2024年3月4日至4月30日,县委第一巡察组对县某局党组进行了巡察。现将巡察整改情况予以通报。\n"
)


# A problem's heading opening with its status, set off by a bar before the number (已完成｜问题N：<problem>): the
# status is the problem's, the bar and status no part of its label or title; any numbering of the genre, any bar.
@pytest.mark.parametrize(
    ("heading", "label", "status"),
    [
        ("已整改到位 | 问题1：基层医疗机构建设推进不快。", "问题1", "done"),
        ("持续推进中丨问题1：基层医疗机构建设推进不快。", "问题1", "in_progress"),
        ("已销号｜1．基层医疗机构建设推进不快。", "1", "done"),
        ("整改中｜任务1：基层医疗机构建设推进不快。", "任务1", "in_progress"),
    ],
)
def test_a_status_before_a_bar_opens_the_heading(heading: str, label: str, status: str) -> None:
    text = _OPENING + "(一)贯彻落实上级决策部署方面\n" + heading + "\n整改措施：制定建设方案,加大投入。\n"
    notice = parse_notice(text)
    assert [(i.label, i.title, i.status) for i in notice.items] == [(label, "基层医疗机构建设推进不快", status)]


# A ledger's column asking whether the problem is done, the object after the verb or 已 before it (是否完成整改,
# 是否已销号): 是 done, 否 not yet (in progress).
@pytest.mark.parametrize("column", ["是否已完成整改", "是否已销号", "是否已整改到位", "是否办结整改"])
def test_a_yes_no_column_in_its_other_word_orders(column: str) -> None:
    text = (
        _OPENING
        + "二、整改台账\n"
        + f"| 序号 | 反馈问题 | 整改措施 | 责任部门 | {column} |\n"
        + "| --- | --- | --- | --- | --- |\n"
        + "| 1 | 基层医疗机构建设推进不快。 | 制定建设方案,加大投入。 | 办公室 | 是 |\n"
        + "| 2 | 财务管理不规范,报销审批不严。 | 修订财务制度。 | 财务股 | 否 |\n"
    )
    notice = parse_notice(text)
    assert [(i.label, i.status) for i in notice.items] == [("1", "done"), ("2", "in_progress")]


# A sentence closing an aspect after its last problem and naming the aspect it closes (本方面…/该方面…) states the
# status of all the aspect's problems, as one speaking back (以上…) does; the last problem's text keeps none of it.
@pytest.mark.parametrize(
    ("closing", "status"),
    [
        ("该方面问题均已整改到位。", "done"),
        ("本方面2个问题目前均在持续推进中。", "in_progress"),
        ("该方面2个问题已全部完成整改并长期坚持。", "done_longterm"),
    ],
)
def test_a_closing_naming_its_aspect_states_its_problems(closing: str, status: str) -> None:
    text = (
        _OPENING
        + "(一)贯彻落实上级决策部署方面\n"
        + "1.基层医疗机构建设推进不快。\n整改措施：制定建设方案,加大投入。\n"
        + "2.财务管理不规范,报销审批不严。\n整改措施：修订财务制度,开展专项检查。\n"
        + closing
        + "\n(二)落实全面从严治党战略部署方面\n"
        + "3.廉政风险排查不全面。\n整改措施：开展廉政风险点排查。已完成整改。\n"
    )
    notice = parse_notice(text)
    assert [i.status for i in notice.items] == [status, status, "done"]


_THREE = (
    "(一)贯彻落实上级决策部署方面\n"
    "1.基层医疗机构建设推进不快，部分卫生院设备陈旧。\n整改措施：制定建设方案,加大投入。\n"
    "2.财务管理不规范，报销审批不严。\n整改措施：修订财务制度,开展专项检查。\n"
    "3.干部培训针对性不强，年轻干部业务能力不足。\n整改措施：制定培训计划,分专业开展培训。\n"
)


# A closing that names the problems by their quoted words (the title or its first clause), a status after each run
# of quotations and the noun 问题: each named problem takes its status, wherever the closing stands.
@pytest.mark.parametrize(
    "closing",
    [
        "三、整改完成情况\n“基层医疗机构建设推进不快”、“干部培训针对性不强”两个问题已整改到位，“财务管理不规范”问题仍在推进。\n",
        "截至目前，“基层医疗机构建设推进不快”和“干部培训针对性不强”2项问题已销号，“财务管理不规范，报销审批不严”1个问题正在整改。\n",
    ],
)
def test_a_closing_naming_problems_by_quoted_words(closing: str) -> None:
    notice = parse_notice(_OPENING + "二、整改情况\n" + _THREE + closing + "欢迎广大干部群众监督。\n")
    assert [i.status for i in notice.items] == ["done", "in_progress", "done"]

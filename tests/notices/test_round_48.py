"""Round 48's classes (issue 19), each with members the round's notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.header import read_claims
from notices.lexicon import PENDING_RE, TEAM_RE
from notices.parse import clean_title
from notices.status.fields import label_status

_HEAD = "中共某某集团有限公司委员会关于巡视整改进展情况的通报\n"


# An item whose fields run on in one paragraph (…问题。牵头领导:…;责任部门:…。推进情况:持续推进中): the status field
# after a full stop is read as the field it is, whatever its label and whether or not its value holds 整改.
@pytest.mark.parametrize(
    ("field", "status"),
    [
        ("办理情况:持续推进中", "in_progress"),
        ("推进情况:按计划推进", "in_progress"),
        ("办理情况:正在推进", "in_progress"),
        ("办理状态:持续推进中", "in_progress"),
    ],
)
def test_status_field_run_on_after_a_full_stop(field: str, status: str) -> None:
    text = (
        _HEAD + f"(一)“食堂采购管理不规范”问题。牵头领导:副总经理;责任部门:后勤部。{field}。\n"
        "(二)“档案管理不规范”问题。牵头领导:副总经理;责任部门:办公室。推进情况:已完成整改。\n"
    )
    assert parse_notice(text).items[0].status == status


# Done, the closing of the problem still waiting on the body that signs it off (待…审核销号): pending work.
@pytest.mark.parametrize(
    "text",
    ["已完成整改,待区纪委验收销号。", "整改已到位,待上级主管部门审定销号", "已完成,待县委巡察办复核销号;"],
)
def test_waiting_on_the_sign_off(text: str) -> None:
    assert PENDING_RE.search(text)


# A development zone's 党工委 inspecting its own departments names its team by it (党工委第二巡察组).
@pytest.mark.parametrize(
    ("sentence", "team"),
    [
        ("2022年8月,党工委第一巡察组对财政局开展了巡察。", "党工委第一巡察组"),
        ("对照党工委第三巡察组反馈的问题", "党工委第三巡察组"),
        ("高新区党工委巡察二组进驻后", "党工委巡察二组"),
    ],
)
def test_party_working_committee_team(sentence: str, team: str) -> None:
    m = TEAM_RE.search(sentence)
    assert m is not None and m.group(0).strip() == team


# 是否销号:是(长期坚持): yes, and kept up, as 已完成并长期坚持.
@pytest.mark.parametrize(
    ("label", "value"),
    [("是否完成", "是(长期坚持)"), ("是否到位", "是,长期坚持"), ("是否办结", "是(常态化推进)")],
)
def test_yes_kept_up(label: str, value: str) -> None:
    assert label_status(label, value) == "done_longterm"


# 出现/发生…问题: the problem occurred and 问题 is what occurred, kept as 存在…问题 keeps it.
@pytest.mark.parametrize(
    "title",
    ["部分项目出现资金滞留问题", "个别村发生虚报冒领补贴问题", "食堂出现采购价格偏高问题"],
)
def test_occurrence_keeps_its_object(title: str) -> None:
    assert clean_title(title + "。") == title


# 共认领问题N个: the body's whole take of the feedback, not one person's share (主动认领4项).
@pytest.mark.parametrize(
    ("sentence", "problems"),
    [
        ("我社区共认领反馈问题12个,已整改销号10个。", 12),
        ("对照巡察反馈意见,支部共认领问题5个。", 5),
    ],
)
def test_whole_take_counts(sentence: str, problems: int) -> None:
    assert read_claims(sentence).problems == problems


# “<problem>”问题。: the problem quoted whole with 问题 alone after it, no 关于/针对 before it: the quotation is the
# title.
@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("“食堂采购管理不规范”问题。", "食堂采购管理不规范"),
        ("“干部请销假制度执行不严”的问题", "干部请销假制度执行不严"),
        ("“‘一岗双责’落实不到位”问题;", "‘一岗双责’落实不到位"),
    ],
)
def test_quoted_problem_alone(headline: str, title: str) -> None:
    assert clean_title(headline) == title


# The day work is expected to be finished (平台预计9月底前上线, 预计2025年12月投入使用) after its status: not finished
# yet, pending work. A forecast of what the work will bring (预计6月底前会有陆续回款) names no finishing.
@pytest.mark.parametrize(
    ("progress", "pending"),
    [
        ("正在推进,电子化采购平台预计9月底前上线。", True),
        ("正在推进,新院区预计2025年12月投入使用。", True),
        ("持续推进中,档案数字化预计年底前完成。", True),
        ("持续推进中,预计6月底前会有陆续回款。", False),
    ],
)
def test_the_day_work_is_expected_finished(progress: str, pending: bool) -> None:
    text = (
        _HEAD + "(一)“招标采购管理不规范”问题。牵头领导:副总经理;责任部门:采购中心。"
        f"推进情况:{progress}\n中共某某集团有限公司委员会\n2024年6月1日\n"
    )
    assert [(i.status, i.pending) for i in parse_notice(text).items] == [("in_progress", pending)]

"""Round 52's classes (issue 19), each with members the round's notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.lexicon import PENDING_RE
from notices.numbering import numbering_of
from notices.status.words import classify_status, field_value_status

_OPENING = (
    "中共某某县财政局党组关于巡察整改情况的通报\n"
    "根据县委统一部署,2024年3月1日至4月20日,县委第一巡察组对县财政局党组开展了巡察。"
    "2024年5月10日,县委第一巡察组反馈了巡察意见。现将整改情况通报如下:\n"
)


# A ledger's closing carried out step by step (持续销号, 陆续销号, 分批销账) is under way; after 已 it is done.
@pytest.mark.parametrize(
    ("value", "status"),
    [
        ("陆续销号", "in_progress"),
        ("分批销账", "in_progress"),
        ("分步清零", "in_progress"),
        ("已陆续销号", "done"),
        # round 54's 自查表 prints 持续销号 beside 已销号; a ledger may roll its closing over (滚动销号)
        ("持续销号", "in_progress"),
        ("滚动销号", "in_progress"),
        ("滚动销账", "in_progress"),
        ("已分批销号", "done"),
    ],
)
def test_a_ledger_closing_step_by_step_is_under_way(value: str, status: str) -> None:
    assert field_value_status(value) == status
    assert classify_status(value) == status


@pytest.mark.parametrize("value", ["陆续销号", "分批销账"])
def test_a_status_column_closing_step_by_step(value: str) -> None:
    notice = parse_notice(
        _OPENING
        + "序号\t反馈问题\t整改措施\t整改状态\n"
        + "1\t财政资金拨付不及时\t建立拨付台账\t已销号\n"
        + f"2\t预算执行进度偏慢\t按月调度预算执行\t{value}\n"
    )
    assert [i.status for i in notice.items] == ["done", "in_progress"]


# Work put up to another body for its approval (核准, 批准, 审议) waits on it: pending.
@pytest.mark.parametrize(
    "text",
    ["实施方案已报县政府批准", "修订稿已报市场监管局核准", "方案待县委常委会审议后实施", "办法待省厅核准后印发"],
)
def test_work_put_up_for_approval_is_pending(text: str) -> None:
    assert PENDING_RE.search(text) is not None


# A problem opening with a hotline's or a service's number (5.12345热线…, 3.110接处警…): the dot numbers it.
@pytest.mark.parametrize(
    ("line", "label"), [("3.110接处警记录不规范", "3"), ("7.96345热线工单回访率低", "7"), ("12.120急救响应超时", "12")]
)
def test_a_problem_opening_with_figures_is_numbered(line: str, label: str) -> None:
    found = numbering_of(line)
    assert found is not None and found[1] == label


@pytest.mark.parametrize("line", ["2.125万元未及时拨付", "1.100余人未参加培训", "3.5个百分点"])
def test_a_quantity_is_no_numbering(line: str) -> None:
    found = numbering_of(line)
    assert found is None or found[0].style != "n."


# A body called a 局 (中铁十局, 市公安局) names its own team by its 局党委.
@pytest.mark.parametrize(
    ("opening", "team"),
    [
        ("根据局党委统一部署,2024年3月1日至4月20日,局党委第二巡察组对三公司党委开展了巡察。", "局党委第二巡察组"),
        (
            "根据市公安局党委统一部署,2024年3月1日至4月20日,市公安局党委第一巡察组对交警支队党委开展了巡察。",
            "市公安局党委第一巡察组",
        ),
    ],
)
def test_a_bureaus_own_team(opening: str, team: str) -> None:
    notice = parse_notice("关于巡察整改情况的通报\n" + opening + "\n1.制度不健全。\n整改情况:已完成。\n")
    assert notice.inspection_team == team


# The notice's counts over problems that state no status of their own (已完成整改N个,其余M个正在推进): listed with
# those statuses, which one is which unsaid, so no claim differs.
@pytest.mark.parametrize(("done", "going"), [(2, 1), (3, 0)])
def test_counts_over_problems_stating_no_status(done: int, going: int) -> None:
    rest = f",其余{going}个正在持续推进" if going else ""
    notice = parse_notice(
        _OPENING
        + f"截至目前,巡察反馈的3个问题已完成整改{done}个{rest}。\n"
        + "1.关于“预算编制不精准”问题。一是修订预算编制规程;二是开展预算绩效评价。\n"
        + "2.关于“政府采购管理不规范”问题。一是修订采购内控制度;二是开展采购专项检查。\n"
        + "3.关于“资产管理不严格”问题。一是开展资产清查;二是建立资产台账。\n"
    )
    assert [i.status for i in notice.items] == ["unstated"] * 3
    assert not [w for w in notice.warnings if w.code == "claim_mismatch"]


# A problem under a status heading that echoes the keeping up (…,长期坚持。): the heading states its status.
@pytest.mark.parametrize("echo", ["此项工作长期坚持。", "长期坚持。", "并长期坚持。"])
def test_a_kept_up_echo_under_its_status_heading(echo: str) -> None:
    notice = parse_notice(
        _OPENING
        + "一、已完成整改的问题(1个)\n1.票据管理不规范。\n整改措施:建立票据领用登记制度。\n"
        + "二、已完成并需长期坚持的问题(1个)\n"
        + f"1.干部教育培训不经常。\n整改措施:制定年度培训计划,每季度开展集中培训,{echo}\n"
    )
    assert [(i.status, i.status_source) for i in notice.items] == [
        ("done", "section"),
        ("done_longterm", "section"),
    ]

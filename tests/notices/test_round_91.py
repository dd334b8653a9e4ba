"""Round 91's classes (issue 19: precision of status), each with members the round's notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某某县某局党组关于巡察整改情况的通报\n"
    "根据县委统一部署,2024年3月4日至4月30日,县委第一巡察组对县某局党组进行了巡察。现将巡察整改情况予以通报。\n"
    "(一)贯彻落实上级决策部署方面\n"
    "第1项:档案管理制度不健全,部分档案材料缺失。\n"
    "整改任务:修订档案管理办法,补齐缺失材料。\n"
)


# One step of the measures said done (已完成<object>, <piece>已完成), then work still to do: the field reports a part
# done and the rest under way, so it states no status of the problem (the set's L05 class); the done word is no
# verdict on the problem.
@pytest.mark.parametrize(
    ("label", "value"),
    [
        ("完成情况", "已完成《档案管理办法》修订初稿,正在征求各股室意见。"),
        ("完成情况", "已完成实施方案起草,待局党组会议审议后印发。"),
        ("整改进展", "档案室改造已完成,密集柜采购方案已报县财政局审批。"),
        ("整改情况", "档案数字化招标已完成,正在组织扫描录入。"),
    ],
)
def test_a_step_done_then_work_pending_states_no_status(label: str, value: str) -> None:
    notice = parse_notice(_HEAD + f"{label}:{value}\n")
    assert [(i.status, i.status_source, i.pending) for i in notice.items] == [("unstated", "none", True)]


_SECTIONS = (
    "中共某某市某医院委员会关于巡察整改情况的通报\n"
    "根据市委统一部署,2024年3月4日至4月30日,市委第二巡察组对某医院党委进行了巡察。现将巡察整改情况予以通报。\n"
    "一、已完成整改的问题\n"
    "1.党委会议事规则不完善。\n"
    "整改情况:修订议事规则,明确议事清单。\n"
    "二、正在推进整改的问题\n"
    "2.后勤服务社会化改革滞后。\n"
    "整改情况:{text}\n"
)


# A closing sentence of two clauses, a piece of the work with one step done and the rest under way: not the
# problem's status, so the status part it stands in states it (a city hospital's parts, round 91).
@pytest.mark.parametrize(
    "text",
    [
        "制定改革方案。物业服务外包合同已完成签订,正在进行人员交接。",
        "制定改革方案。食堂社会化运营已完成招标,正在办理移交手续。",
    ],
)
def test_a_step_done_then_under_way_leaves_the_part_to_state_it(text: str) -> None:
    notice = parse_notice(_SECTIONS.format(text=text))
    assert [(i.status, i.status_source) for i in notice.items] == [("done", "section"), ("in_progress", "section")]


# A deliverable awaited by a set time (报告待…前出具, 文件待…印发): work still to do, as 待…开展 is.
@pytest.mark.parametrize(
    "awaited",
    [
        "审计报告待2025年3月底前出具",
        "管理办法待年底前印发",
        "评估报告待明年一季度提交",
        "信息系统待下半年上线",
    ],
)
def test_a_deliverable_awaited_by_a_time_is_pending(awaited: str) -> None:
    notice = parse_notice(_HEAD + f"完成情况:已完成整改。{awaited}。\n")
    assert [i.pending for i in notice.items] == [True]


# The problem's area tagged before it in lenticular brackets: where the problem stands, no part of its words.
@pytest.mark.parametrize(
    "tag",
    ["【党的建设方面】", "【落实全面从严治党责任方面问题】", "[选人用人工作方面]", "【意识形态工作方面】"],
)
def test_an_area_tag_before_the_problem_is_no_part_of_its_title(tag: str) -> None:
    text = _SECTIONS.format(text="已完成。").replace("1.党委会议事规则不完善", f"1.{tag}党委会议事规则不完善")
    assert parse_notice(text).items[0].title == "党委会议事规则不完善"


# Counts that name the kept-up problems apart (长期坚持1个) never put them among the open ones, whatever a problem
# left unstated makes the in-progress sum come to.
@pytest.mark.parametrize("kept", ["长期坚持1个", "需长期坚持1个", "1个需长期坚持"])
def test_counts_naming_the_kept_up_apart_keep_them_done(kept: str) -> None:
    text = (
        "中共某某县某局党组关于巡察整改情况的通报\n"
        "根据县委统一部署,2024年3月4日至4月30日,县委第一巡察组对县某局党组进行了巡察。\n"
        f"一、整改情况\n反馈的4个问题中,已完成整改1个,{kept},正在推进2个。\n"
        "二、具体问题\n"
        "1.学习制度落实不到位。\n完成情况:已完成。\n"
        "2.监督责任落实不力。\n完成情况:已完成,长期坚持。\n"
        "3.项目推进缓慢。\n完成情况:正在推进。\n"
        "4.队伍建设滞后。\n完成情况:已选派2名干部挂职锻炼,招录计划正在审批。\n"
    )
    assert [i.status for i in parse_notice(text).items][:3] == ["done", "done_longterm", "in_progress"]

"""Round 63's classes (issue 19), each with members the round's notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.header import read_claims
from notices.structure import fields

_OPENING = (
    "中共某某县委关于省委巡视整改进展情况的通报\n"
    "根据省委统一部署,2023年3月1日至4月30日,省委第五巡视组对某某县进行了巡视。"
    "2023年6月10日,省委巡视组向某某县委反馈了巡视意见。现将巡视整改进展情况予以公布。\n"
)


# A short field and the status field after it on one line, a full stop between them (完成时限:…。完成情况:…): the
# status field is a field of its own; a long value, or a label after the stop that names no status, stays one field.
@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("责任领导:县委副书记。整改进度:正在推进。", [("责任领导", "县委副书记。"), ("整改进度", "正在推进。")]),
        ("完成时限:2024年3月底前。整改状态:已完成。", [("完成时限", "2024年3月底前。"), ("整改状态", "已完成。")]),
        ("责任单位:县财政局。办理情况:已办结。", [("责任单位", "县财政局。"), ("办理情况", "已办结。")]),
        ("责任单位:县财政局。整改措施:建立台账。", [("责任单位", "县财政局。整改措施:建立台账。")]),
    ],
)
def test_a_status_field_after_a_short_field_and_a_full_stop(line: str, want: list[tuple[str, str]]) -> None:
    assert fields(line) == want


@pytest.mark.parametrize(
    ("tail", "status"),
    [
        ("整改进度:已完成。", "done"),
        ("推进情况:持续推进。", "in_progress"),
        ("目前状态:已完成,长期坚持。", "done_longterm"),
    ],
)
def test_the_status_of_a_deadline_row(tail: str, status: str) -> None:
    notice = parse_notice(
        _OPENING + "二、巡视反馈问题整改落实情况\n(一)党的建设方面\n"
        "1.关于“会议制度执行不严格”问题的整改\n整改情况:修订会议制度。\n"
        f"完成时限:2023年10月底前。{tail}\n"
        "2.关于“档案管理不规范”问题的整改\n整改情况:补齐档案材料。\n完成时限:立行立改。整改进度:已完成。\n"
    )
    assert notice.items[0].status == status


# A part heading that names a shortfall as its problems (二、关于…责任落实不到位的问题) in the framing parts' words
# (责任落实, 组织领导, 压实): a part of the list, its problems read, not a framing part.
@pytest.mark.parametrize(
    "part",
    [
        "二、关于整改责任落实不到位的问题",
        "二、关于党组织领导作用弱化的问题",
        "二、关于压实管党治党责任不够有力的问题",
    ],
)
def test_a_shortfall_part_in_framing_words_lists_problems(part: str) -> None:
    notice = parse_notice(
        _OPENING + "一、关于贯彻落实党中央决策部署不够有力的问题\n"
        "(一)关于“乡村振兴推进缓慢”的问题。一是制定实施方案。二是建设示范村5个。\n"
        "(二)关于“安全生产监管不严”的问题。一是开展专项整治。二是整改隐患120处。\n"
        f"{part}\n"
        "(三)关于“违规发放津补贴”的问题。一是开展专项检查。二是清退资金3万元。\n"
        "(四)关于“公务用车管理不规范”的问题。一是修订管理办法。二是收回车辆2台。\n"
        "下一步,县委将持续抓好整改。\n"
    )
    assert [item.label for item in notice.items] == ["一", "二", "三", "四"]


# An open count told as the pushed-on word with the work's noun after it (需要持续推进整改3个), as 正在推进整改 is.
@pytest.mark.parametrize(
    ("text", "open_"),
    [
        ("反馈的4个方面12个问题,已完成整改9个,需要持续推进整改3个。", 3),
        ("反馈的3个方面8个问题,已完成整改6个,按计划推进整改2个。", 2),
        ("反馈的2个方面5个问题,已完成整改4个,攻坚推进整改1个。", 1),
    ],
)
def test_an_open_count_pushed_on_with_its_noun(text: str, open_: int) -> None:
    assert read_claims(text).in_progress == open_

"""Round 60's classes (issue 19), each with members the round's notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.gazetteer import gazetteer
from notices.status.sentences import prose_status

_OPENING = (
    "中共某某高新区工作委员会关于巡察整改进展情况的通报\n"
    "根据市委统一部署,2023年3月1日至4月15日,市委第二巡察组对高新区党工委开展了巡察。"
    "2023年5月10日,市委第二巡察组向高新区党工委反馈了巡察意见。现将整改进展情况通报如下:\n"
    "二、巡察反馈问题整改落实情况\n"
)


# A headline quoting its problem and closing with its sentence stop (关于“X”的整改情况。) in a paragraph whose text ends
# on a quoted term of its own (…“一企一档”。): the title ends at the wrapper's first close.
@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("1.关于“信访积案化解不力”的整改情况。已建立领导包案制度,推行“一案一策”。", "信访积案化解不力"),
        ("1.关于“河长制落实不到位”问题的整改情况。已开展巡河32次,推行“河长+警长”。", "河长制落实不到位"),
        ("1.对于“公务接待管理不规范”的整改情况。已修订接待办法,实行“一事一单”。", "公务接待管理不规范"),
    ],
)
def test_a_quoted_headline_ends_at_its_first_close(line: str, title: str) -> None:
    notice = parse_notice(_OPENING + line + "\n2.关于“会议记录不规范”的整改情况。已规范会议记录。\n")
    assert notice.items[0].title == title


# A progress field (整改进展:) opening on a stage of the work and closing on a sentence stating the problem's status:
# the statement is the status, not the stage its opening clause reports.
@pytest.mark.parametrize(
    ("closing", "status"),
    [
        ("该问题已整改到位,将长期坚持。", "done_longterm"),
        ("目前该问题已整改完成。", "done"),
        ("该问题已完成整改,并长期坚持。", "done_longterm"),
    ],
)
def test_a_progress_field_closed_by_a_status_sentence(closing: str, status: str) -> None:
    notice = parse_notice(
        _OPENING + "(一)关于“发展不够有力”方面\n"
        "①落实环保监管责任不到位,部分企业污染问题整改不及时。整改进展:开展环保专项执法,排查整改问题95个,"
        f"对3家企业立案查处。{closing}\n"
        "②园区规划修编滞后。整改进展:完成规划修编。目前已整改到位。\n"
    )
    assert notice.items[0].status == status


# A part of the work reported done and another part, named apart, under way in the same sentence (…47笔;往来款项的
# 清理工作正在进行中): the rest going on, pending work and no status; the work named whole is still the status.
@pytest.mark.parametrize(
    "text",
    [
        "补齐审批手续21份;历史欠款的追缴工作正在进行中,预计年内完成。",
        "清理闲置资产6处;剩余房产的评估工作仍在进行中。",
        "完成3个小区改造;老旧管网的更换工作正在推进中,计划明年完工。",
    ],
)
def test_a_named_part_under_way_after_a_part_done_is_no_status(text: str) -> None:
    assert prose_status(text) is None


@pytest.mark.parametrize("text", ["修订管理办法。相关工作正在推进。", "建立台账;整改工作正在推进中。"])
def test_the_whole_work_under_way_is_still_the_status(text: str) -> None:
    assert prose_status(text) == "in_progress"


# A zone written with its kind alone (高新技术产业园区, 边境经济合作区, 经济开发区) is named after the place before
# it; a zone with a name of its own is that name.
@pytest.mark.parametrize(
    ("name", "region"),
    [
        ("乐山高新技术产业园区工作委员会", "乐山高新技术产业园区"),
        ("瑞丽边境经济合作区工作委员会", "瑞丽边境经济合作区"),
        ("寿县经济开发区工作委员会", "寿县经济开发区"),
        ("营口仙人岛经济区工作委员会", "仙人岛经济区"),
    ],
)
def test_a_zone_of_its_kind_alone_keeps_the_place_before_it(name: str, region: str) -> None:
    place = gazetteer().locate(name)
    assert place is not None and place.region == region

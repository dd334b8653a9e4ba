"""Round 89's classes (issue 19), each with members the round's notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某市某局党组关于市委巡察反馈意见整改进展情况的通报\n"
    "根据市委统一部署,2024年4月1日至5月31日,市委第一巡察组对某市某局党组进行了巡察。"
    "2024年7月2日,市委第一巡察组向局党组反馈了巡察意见。现将巡察整改进展情况予以公布。\n"
    "一、整改工作总体情况\n"
    "局党组成立整改工作领导小组,制定整改方案。巡察反馈的2个方面4个问题,已完成整改4个。\n"
    "二、巡察反馈问题整改情况\n"
    "(一)贯彻落实上级决策部署方面\n"
    "1.重点工作推进不够有力,部分任务滞后。\n整改情况:建立任务台账,每月调度。该问题已完成整改。\n"
    "2.调查研究不够深入,服务基层不到位。\n整改情况:制定调研计划,开展调研6次。该问题已完成整改。\n"
    "(二)落实全面从严治党方面\n"
    "3.财务管理不够规范,部分凭证不全。\n整改情况:补齐凭证21份,修订财务制度。该问题已完成整改。\n"
    "4.公务接待管理不严格,清单不完整。\n整改情况:修订接待办法,严格执行清单制度。该问题已完成整改。\n"
)
_TAIL = "欢迎广大干部群众对巡察整改落实情况进行监督。\n中共某市某局党组\n2024年12月1日\n"
_ASIDE_POINTS = (
    "1.个别科室值班制度落实不严格,存在脱岗现象。已建立值班抽查制度,该问题已整改。\n"
    "2.办公用房管理不规范,部分房间超标使用。已完成调整,该问题已整改。\n"
    "3.会议室管理制度不健全,使用登记不完整。已修订管理办法。\n"
)


# A part after the feedback's problems that lists what came from elsewhere (problems the body found itself, clues
# handed over, a special check's findings, the last round's problems): none of its points is one of the feedback's
# problems when the notice's count leaves them out.
@pytest.mark.parametrize(
    "heading",
    [
        "三、举一反三排查问题整改情况",
        "三、自行查找问题的整改情况",
        "三、自查出的问题及整改情况",
        "四、问题线索处置情况",
        "三、干部选拔任用工作专项检查反馈问题整改情况",
        "三、网络意识形态专项检查问题整改情况",
        "四、对上轮巡察反馈问题整改情况开展“回头看”",
    ],
)
def test_a_part_from_elsewhere_after_the_feedbacks_problems_lists_none_of_them(heading: str) -> None:
    notice = parse_notice(_HEAD + heading + "\n" + _ASIDE_POINTS + _TAIL)
    assert [i.label for i in notice.items] == ["1", "2", "3", "4"]
    assert not notice.warnings


def test_a_part_from_elsewhere_counted_among_the_feedbacks_stays() -> None:
    """The control: a notice whose own count takes the part's points in (巡察反馈的7个问题) keeps them."""
    head = _HEAD.replace("2个方面4个问题,已完成整改4个", "7个问题")
    notice = parse_notice(head + "三、举一反三排查问题整改情况\n" + _ASIDE_POINTS + _TAIL)
    assert len(notice.items) == 7

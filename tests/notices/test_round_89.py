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


# A status in brackets after a problem's title, cut by a PDF's hard wrap inside the bracket: the status of the
# problem it closes, the title whole.
@pytest.mark.parametrize(
    ("opened", "closed", "status"),
    [
        ("（已整", "改）", "done"),
        ("(已销", "号)", "done"),
        ("【已完成整", "改】", "done"),
        ("【持续推进", "中】", "in_progress"),
        ("【已办", "结】", "done"),
    ],
)
def test_a_status_bracket_cut_by_a_hard_wrap(opened: str, closed: str, status: str) -> None:
    text = (
        "中共某市某公司委员会\n关于市委巡察反馈意见整改进展情况的通报\n"
        "根据市委统一部署,2024年4月8日至6月7日,市委第二巡察组对中共某市某公司委员\n"
        "会进行了巡察。2024年7月15日,市委第二巡察组向公司党委反馈了巡察意见。现将整\n"
        "改进展情况予以公布。\n"
        "二、巡察反馈问题整改进展情况\n"
        "(一)落实全面从严治党战略部署方面\n"
        "(1)采购管理不规范,部分项目比选程序不完整。【已完成】\n"
        "整改措施:①修订采购管理办法;②对比选项目逐一复核。\n"
        "(2)合同管理不严格,个别合同未经法律审核即签订。" + opened + "\n" + closed + "\n"
        "整改措施:①建立合同法律审核台账;②开展合同专项清理。\n"
        "中共某市某公司委员会\n2025年1月10日\n"
    )
    notice = parse_notice(text)
    assert [(i.title, i.status) for i in notice.items] == [
        ("采购管理不规范,部分项目比选程序不完整", "done"),
        ("合同管理不严格,个别合同未经法律审核即签订", status),
    ]

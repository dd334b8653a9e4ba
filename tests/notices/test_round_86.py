"""Round 86's classes (issue 19), each with members the round's notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_notice
from tests.conftest import norm

_OPENING = (
    "中共某市某局党组关于巡察整改进展情况的通报\n"
    "根据市委统一部署,2024年3月4日至4月30日,市委第二巡察组对市某局党组进行了巡察。现将整改进展情况予以公布。\n"
)
_CLOSING = "三、下一步工作打算\n局党组将持续巩固整改成果。\n中共某市某局党组\n2024年9月1日\n"


# The problems listed first as a bare numbered list, their rectification after the list, each block naming its
# problem by number (针对第N个问题:): the problem is the list's entry, under its aspect; its status the block's.
@pytest.mark.parametrize(
    "ref",
    [
        "关于第{n}个问题的整改情况:",
        "对第{n}项问题:",
        "第{n}条问题整改情况:",
        "针对第{cn}个问题,",
        "关于第{n}个问题的整改情况\n",  # the headline on its own line, the text below it
    ],
)
def test_an_answer_by_number_belongs_to_the_listed_problem(ref: str) -> None:
    answers = [
        "完善学习制度。目前,该问题已完成整改。",
        "建立调度机制,剩余1个项目正在办理用地手续。目前,该问题正在整改中。",
        "清理接待费用。目前,该问题已完成整改。",
    ]
    text = (
        _OPENING + "一、巡察反馈的问题\n(一)政治建设方面\n1.理论学习不够深入。\n2.项目推进缓慢。\n(二)作风建设方面\n"
        "3.公务接待不规范。\n二、整改落实情况\n"
        + "".join(ref.format(n=n, cn="一二三"[n - 1]) + a + "\n" for n, a in enumerate(answers, 1))
        + _CLOSING
    )
    notice = parse_notice(text)
    assert [(i.label, i.title, i.status) for i in notice.items] == [
        ("1", "理论学习不够深入", "done"),
        ("2", "项目推进缓慢", "in_progress"),
        ("3", "公务接待不规范", "done"),
    ]
    assert [norm(i.aspect) for i in notice.items] == [norm("(一)政治建设方面")] * 2 + [norm("(二)作风建设方面")]


# The problems listed first in a paragraph per aspect (巡察指出:一是…;二是…), their rectification after the list
# under headlines naming each problem by its opening words in quotation marks (关于“<words>”问题的整改).
@pytest.mark.parametrize(
    ("lead", "headline"),
    [
        ("巡察组指出:", "针对“{w}”问题的整改情况\n"),
        ("巡视发现的主要问题有:", "关于“{w}”的整改\n"),
        ("", "对“{w}”问题的整改落实情况:"),
        ("主要问题是:", "关于“{w}”问题的整改进展\n"),
    ],
)
def test_an_answer_by_words_belongs_to_the_listed_problem(lead: str, headline: str) -> None:
    problems = [
        ("理论学习不够深入", "中心组学习不规范", "完善学习制度。该问题已整改完成。"),
        ("项目推进缓慢", "个别项目未开工", "建立调度机制,剩余1个项目正在办理用地手续。该问题正在整改中。"),
        ("公务接待不规范", "存在超标准接待", "清理接待费用。该问题已整改完成。"),
        ("公车管理不严", "存在公车私用", "实行统一调度。该问题已整改完成。"),
    ]
    listed = [f"{'一二'[k % 2]}是{w},{more}" for k, (w, more, _) in enumerate(problems)]
    text = (
        _OPENING + "一、巡察发现的问题\n"
        f"(一)政治建设方面。{lead}{listed[0]};{listed[1]}。\n(二)作风建设方面。{lead}{listed[2]};{listed[3]}。\n"
        "二、整改落实情况\n" + "".join(headline.format(w=w) + answer + "\n" for w, _, answer in problems) + _CLOSING
    )
    notice = parse_notice(text)
    assert [(i.label, i.title, i.status) for i in notice.items] == [
        ("一", "理论学习不够深入,中心组学习不规范", "done"),
        ("二", "项目推进缓慢,个别项目未开工", "in_progress"),
        ("一", "公务接待不规范,存在超标准接待", "done"),
        ("二", "公车管理不严,存在公车私用", "done"),
    ]
    assert [norm(i.aspect) for i in notice.items] == [norm("(一)政治建设方面")] * 2 + [norm("(二)作风建设方面")] * 2


# A problem whose headline lists its sub-points after a colon (<problem>:①…;②…) above its own measures field: the
# points are the problem's, under one rectification and one status, so its title is the line whole.
@pytest.mark.parametrize(
    "points",
    [
        "(1)议事规则执行不严;(2)会议记录不全",
        "1.议事规则执行不严;2.会议记录不全",
        "一是议事规则执行不严;二是会议记录不全",
        "③议事规则执行不严;④会议记录不全",
    ],
)
def test_sub_points_after_a_colon_stay_in_the_title(points: str) -> None:
    text = (
        _OPENING + "一、关于党的建设方面的问题\n"
        f"(一)党组织政治功能发挥不充分:{points}。\n整改措施:\n1.修订议事规则;\n2.规范会议记录。\n整改进展:已完成。\n"
        "(二)选人用人不够规范。\n整改措施:\n1.修订选任办法。\n整改进展:已完成。\n" + _CLOSING
    )
    notice = parse_notice(text)
    assert [i.title for i in notice.items] == [f"党组织政治功能发挥不充分:{points}", "选人用人不够规范"]

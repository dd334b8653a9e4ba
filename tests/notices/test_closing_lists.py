"""Closing summaries that sort the problems by status and name each by its number (issue 19: statuses stated away
from their problem were the misses of the blind rounds 75-79). Forms the lists take beyond the ones the rounds printed:
the list after its status with no colon (已完成整改的有第1、3项，正在整改的有第2项), the numbers bare after a head that
names them problems (已完成整改的问题：1、3), a count with its problems in brackets (已整改完成2个（问题1、问题3）), and
the ledger's 序号 before the numbers (序号1、3已整改). Each member is a whole small notice whose five problems state no
status of their own; the closing names problems 2 and 4 with one status and the others with another."""

from __future__ import annotations

import pytest

from notices import parse_notice

_TITLES = ("理论学习不经常", "会议记录不完整", "财务报销手续不全", "网格员走访不到位", "后备干部培养不够")
_MEASURES = ("制定学习计划,每月集中学习1次。", "规范会议记录本。", "补齐签字手续。", "建立走访台账。", "建立人才库。")

# How a list names problems (numbers n…): each form as a closing prints it.
_LISTS = {
    "第N项": lambda ns: "第" + "、".join(map(str, ns)) + "项",
    "问题N": lambda ns: "、".join(f"问题{n}" for n in ns),
    "第N个问题": lambda ns: "、".join(f"第{n}个问题" for n in ns),
}
# (the closing, with {two}: problems 2 and 4 listed, {rest}: 1, 3 and 5 listed; the status of 2 and 4, of the rest)
_CLOSINGS = [
    ("已完成整改的有{rest}，正在推进的有{two}", "in_progress", "done"),
    ("目前，正在整改的是{two}，已整改到位的是{rest}", "in_progress", "done"),
    ("已销号的问题包括{rest}；尚未销号的问题包括{two}", "in_progress", "done"),
    ("已整改完成3个（{rest}），正在整改2个（{two}）", "in_progress", "done"),
    ("需长期坚持的有{two}，已完成整改的有{rest}", "done_longterm", "done"),
    ("持续推进2项（{two}），已办结3项（{rest}）", "in_progress", "done"),
]


def _notice(closing: str) -> str:
    problems = "\n".join(
        f"{n}.{title}。\n整改情况:{measure}"
        for n, (title, measure) in enumerate(zip(_TITLES, _MEASURES, strict=True), 1)
    )
    return (
        "中共某县某局党组关于县委巡察反馈问题整改情况的通报\n"
        "2024年3月11日至4月12日,县委第二巡察组对县某局党组开展了巡察,反馈问题5个。现将整改情况通报如下:\n"
        f"一、反馈问题整改情况\n{problems}\n二、整改完成情况\n截至目前,{closing}。\n"
    )


@pytest.mark.parametrize(("closing", "two", "rest"), _CLOSINGS, ids=[c for c, _, _ in _CLOSINGS])
@pytest.mark.parametrize("family", _LISTS)
def test_a_status_first_list_gives_each_problem_its_status(family: str, closing: str, two: str, rest: str) -> None:
    listed = _LISTS[family]
    notice = parse_notice(_notice(closing.format(two=listed([2, 4]), rest=listed([1, 3, 5]))))
    assert [i.status for i in notice.items] == [two if n in (2, 4) else rest for n in range(1, 6)]


@pytest.mark.parametrize("head", ["已完成整改的问题", "已整改到位的事项", "已销号的问题"])
def test_bare_numbers_after_a_head_naming_problems_are_problem_numbers(head: str) -> None:
    notice = parse_notice(_notice(f"{head}：1、3、5；正在整改的问题：2、4"))
    assert [i.status for i in notice.items] == ["done", "in_progress", "done", "in_progress", "done"]


@pytest.mark.parametrize("noun", ["序号", "编号"])
def test_the_ledgers_number_noun_names_a_problem(noun: str) -> None:
    notice = parse_notice(_notice(f"{noun}1、3、5已整改，{noun}2、4整改中"))
    assert [i.status for i in notice.items] == ["done", "in_progress", "done", "in_progress", "done"]


def test_a_count_that_disagrees_with_its_bracket_gives_nothing() -> None:
    """已整改完成2个（问题1、问题3、问题5）: the count and the list disagree, so neither is the notice's word."""
    notice = parse_notice(_notice("已整改完成2个（问题1、问题3、问题5）"))
    assert [i.status for i in notice.items] == ["unstated"] * 5


# The same lists naming the problems by their titles' words, unquoted, each closed by 问题 (已完成整改的有：理论学习不
# 经常问题、…): a title names the one problem whose title opens with it.
_TITLED = [
    "已完成整改的有：{rest}；正在整改的有：{two}",
    "已整改完成的问题：{rest}；尚未完成整改的问题：{two}",
    "正在推进的问题为：{two}；已办结的问题为：{rest}",
]


@pytest.mark.parametrize("closing", _TITLED)
def test_a_list_of_titles_gives_each_problem_its_status(closing: str) -> None:
    def named(ns: list[int]) -> str:
        return "、".join(f"{_TITLES[n - 1]}问题" for n in ns)

    notice = parse_notice(_notice(closing.format(two=named([2, 4]), rest=named([1, 3, 5]))))
    assert [i.status for i in notice.items] == ["done", "in_progress", "done", "in_progress", "done"]


def test_a_list_naming_anything_but_the_problems_gives_nothing() -> None:
    """已完成整改的有：<a title>问题、<no title>问题: one name that opens no problem's title, and the list is no list
    of these problems."""
    notice = parse_notice(_notice(f"已完成整改的有：{_TITLES[0]}问题、食堂卫生管理不到位问题"))
    assert [i.status for i in notice.items] == ["unstated"] * 5


# A page whose line breaks were lost runs the list on after the last problem's text: a list by status naming its
# problems by number opens a sentence of its own there, as 截至目前… does (the generator's joined pages).
@pytest.mark.parametrize(
    "closing",
    [
        "已完成整改的问题:第1、3、5个问题;正在整改的问题:第2、4个问题",
        "已整改到位的事项:问题1、问题3、问题5;尚未整改到位的事项:问题2、问题4",
        "已销号的问题:1、3、5;未销号的问题:2、4",
    ],
)
def test_a_list_by_status_run_on_after_the_last_problem_is_read(closing: str) -> None:
    text = _notice(closing).replace("二、整改完成情况\n截至目前,", "")
    joined = text.replace("\n", "")
    for page in (text, joined):
        assert [i.status for i in parse_notice(page).items] == ["done", "in_progress", "done", "in_progress", "done"]


def test_problems_named_in_brackets_inside_the_closing_keep_their_numbers() -> None:
    text = _notice("已整改完成4个(问题1、问题2、问题3、问题5),正在整改1个(问题4)")
    assert [i.status for i in parse_notice(text).items] == ["done", "done", "done", "in_progress", "done"]

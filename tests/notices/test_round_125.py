"""Round 125's class (issue 19): the words of status as notices of 2024–2026 write them, and the work still open
beside them. A rectification field (整改情况/整改进展/完成情况…) opens with a short status sentence whose status
clause is followed, in the same sentence, by the step the work still waits on (整改已完成，待县委组织部验收。<what was
done>): the status is the problem's, and the step after it is pending work, though the sentence is no measure. Members
the round's notices do not print: other labels, other status words, and other steps awaited (an acceptance, an
approval, a sign-off, a step under way, the rest of the work). And the status words themselves: a result short of the
whole (near it, the year's or a first stage's share of a longer task, the main body, a first pass) is in progress, and
长效常治 keeps up a result as 长期坚持 does, wherever the notice prints the status (a field, a bracket after the
headline, the sentence closing the rectification text)."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某县某局党组关于县委巡察整改进展情况的通报\n"
    "根据县委统一部署，2025年3月3日至4月30日，县委第一巡察组对某县某局党组进行了巡察，5月28日反馈了巡察意见。\n"
    "（一）落实全面从严治党战略部署方面\n"
)
_TAIL = "三、下一步工作打算\n持续巩固整改成果。\n欢迎监督。联系电话：0731-1234567。\n中共某县某局党组\n2025年11月20日\n"
_MEASURES = "修订完善相关管理制度3项，组织开展专项检查2次，对发现的问题逐一建立台账、限期整改。"


# The status sentence's step awaited, in the genre's words for it, after the status clause: pending, the status kept.
@pytest.mark.parametrize(
    ("label", "lead", "status"),
    [
        ("整改情况", "已完成整改，待市局验收后销号。", "done"),
        ("整改进展", "已整改到位，待区财政局审核销号。", "done"),
        ("完成情况", "整改已完成，待上级主管部门验收。", "done"),
        ("整改情况", "已完成整改，相关制度尚在审批中。", "done"),
        ("整改进展", "基本完成，剩余1户正在协调。", "in_progress"),
        ("整改落实情况", "已完成，修订稿已报县委审定。", "done"),
        ("整改情况", "已完成整改，待县纪委监委复核。", "done"),
    ],
)
def test_a_step_awaited_after_a_leading_status_is_pending(label: str, lead: str, status: str) -> None:
    body = f"1.公务用车管理不规范，存在私车公养问题。\n{label}：{lead}{_MEASURES}\n"
    item = parse_notice(_HEAD + body + _TAIL).items[0]
    assert (item.title, item.status, item.pending) == ("公务用车管理不规范,存在私车公养问题", status, True)


# The same sentence on the second of two problems, numbered otherwise (（1）, 问题2：): the first, done with nothing
# awaited, stays not pending; the counts hold.
@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("(1)", "(2)"),
        ("问题1：", "问题2："),
        ("1、", "2、"),
    ],
)
def test_the_step_awaited_marks_its_own_problem_only(first: str, second: str) -> None:
    body = (
        f"{first}公务用车管理不规范，存在私车公养问题。\n整改情况：已完成整改。{_MEASURES}\n"
        f"{second}固定资产管理混乱，账实不符。\n整改情况：整改已完成，待县财政局验收。{_MEASURES}\n"
    )
    items = parse_notice(_HEAD + body + _TAIL).items
    assert [(i.status, i.pending) for i in items] == [("done", False), ("done", True)]


_PLACES = {
    "field": "1.公务用车管理不规范，存在私车公养问题。\n整改措施：{m}\n整改进展：{w}。\n",
    "bracket": "1.公务用车管理不规范，存在私车公养问题（{w}）\n整改措施：{m}\n",
    "closing": "1.公务用车管理不规范，存在私车公养问题。\n整改情况：{m}目前，该问题{w}。\n",
}


# A result short of the whole, in the words notices of 2024–2026 use for it: the problem is still in progress.
@pytest.mark.parametrize("place", sorted(_PLACES))
@pytest.mark.parametrize(
    "words",
    [
        "接近完成",
        "即将完成整改",
        "已近尾声",
        "已完成年度任务",
        "已完成当年目标任务",
        "完成年度整改计划",
        "已完成第一阶段任务",
        "已完成主体工程",
        "已完成初步整改",
        "已完成大部分",
    ],
)
def test_a_result_short_of_the_whole_is_in_progress(place: str, words: str) -> None:
    item = parse_notice(_HEAD + _PLACES[place].format(m=_MEASURES, w=words) + _TAIL).items[0]
    assert (item.title, item.status) == ("公务用车管理不规范,存在私车公养问题", "in_progress")


# 长效常治 after the done words: done and kept up.
@pytest.mark.parametrize("place", sorted(_PLACES))
@pytest.mark.parametrize("words", ["已完成整改并长效常治", "已整改到位，长效常治"])
def test_a_result_kept_up_as_routine_is_done_longterm(place: str, words: str) -> None:
    item = parse_notice(_HEAD + _PLACES[place].format(m=_MEASURES, w=words) + _TAIL).items[0]
    assert item.status == "done_longterm"


# The same step awaited after the status in the bracket closing the headline (a hospital's form): pending, the status
# the bracket's first clause, the bracket no part of the title.
@pytest.mark.parametrize(
    ("bracket", "status"),
    [
        ("（已完成，待县财政局验收）", "done"),
        ("（已完成整改，相关制度正在报批）", "done"),
        ("【已完成，待市局统一部署后实施】", "done"),
        ("(基本完成，剩余2项待县局批复)", "in_progress"),
        ("（已整改到位，修订稿已报县委审定）", "done"),
    ],
)
def test_a_step_awaited_in_the_headline_bracket_is_pending(bracket: str, status: str) -> None:
    body = f"1.公务用车管理不规范，存在私车公养问题{bracket}\n整改措施：{_MEASURES}\n"
    item = parse_notice(_HEAD + body + _TAIL).items[0]
    assert (item.title, item.status, item.pending) == ("公务用车管理不规范,存在私车公养问题", status, True)

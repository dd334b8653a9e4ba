"""Round 87's classes (issue 19), each with members the round's notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某省某厅党组关于省委巡视整改进展情况的通报\n"
    "根据省委统一部署,2024年3月4日至5月10日,省委第三巡视组对某省某厅党组进行了巡视。"
    "2024年6月20日,省委第三巡视组向厅党组反馈了巡视意见。现将巡视整改进展情况予以公布。\n"
    "二、巡视反馈问题整改落实情况\n"
    "(一)关于落实全面从严治党战略部署方面\n"
)


# The date the problem was done set between 已 and the result, further work told after it: the problem's status,
# not a date of the measures.
@pytest.mark.parametrize(
    "done",
    [
        "该问题已于2024年6月底前完成整改。",
        "此项问题已于2023年12月整改到位。",
        "目前,该问题已于9月完成整改。",
        "该项问题已于2024年5月20日整改完毕。",
    ],
)
def test_a_problem_done_on_a_date_before_further_work(done: str) -> None:
    text = _HEAD + (
        "1.公务用车管理不规范。\n"
        "厅党组对公务用车使用情况开展专项清理,修订公务用车管理办法。"
        + done
        + "下一步,机关事务处将每季度开展一次用车情况抽查。\n"
    )
    assert [(i.status, i.status_source) for i in parse_notice(text).items] == [("done", "item")]


# An area closed by a tally of its problems by status: the area's closing, not its last problem's text, which
# keeps the status it states itself.
@pytest.mark.parametrize(
    "tally",
    [
        "本方面3个问题,已整改完成2个,1个正在推进。",
        "该方面问题2个,完成整改1个,持续推进1个。",
        "本方面2个问题,已完成1个,尚未完成1个。",
        "该方面共2个问题,其中已整改到位1个、正在整改1个。",
        "本方面两个问题,已完成整改一个,持续推进一个。",
    ],
)
def test_an_areas_tally_by_status_is_not_its_last_problems_text(tally: str) -> None:
    text = _HEAD + (
        "1.廉政风险防控不到位。\n"
        "厅党组开展廉政风险排查,制定防控措施。该问题已完成整改。\n"
        "2.干部队伍结构不优。\n"
        "厅党组制定干部队伍建设规划,选派年轻干部挂职锻炼。整改已全部完成。\n" + tally + "\n"
    )
    assert [i.status for i in parse_notice(text).items] == ["done", "done"]


# A tally by status in Chinese numerals closing on 一个 (…十一个，一个正在推进): after another count of its sentence,
# 一个 before a status word counts that kind, as 1个 does; the idiom 一个问题一名领导 counts nothing.
@pytest.mark.parametrize(
    ("counts", "completed", "in_progress"),
    [
        ("反馈的十二个问题中，已完成整改十一个，一个正在推进。", 11, 1),
        ("对照反馈的九个问题，已整改到位八个，一个尚未完成。", 8, 1),
        ("反馈的十个问题，已完成整改七个，基本完成两个，一个持续推进。", 7, 3),
    ],
)
def test_a_tally_in_chinese_numerals_closing_on_one(counts: str, completed: int, in_progress: int) -> None:
    text = (
        _HEAD.replace("二、", "一、整改工作总体情况\n" + counts + "\n二、")
        + "1.公务用车管理不规范。\n该问题已完成整改。\n"
    )
    claimed = parse_notice(text).claimed
    assert (claimed.completed, claimed.in_progress) == (completed, in_progress)


# The count before 仍在/还在 (2个仍在推进中, 1个问题还在整改): the work still going on, counted open as 正在 is.
@pytest.mark.parametrize(
    ("counts", "in_progress"),
    [
        ("反馈的10个问题，已完成9个，还有1个仍在整改中。", 1),
        ("反馈的10个问题，已完成8个，其余2个仍在持续推进。", 2),
        ("反馈的十个问题，已完成整改七个，三个问题还在加紧整改。", 3),
    ],
)
def test_a_count_still_going_on_before_its_words(counts: str, in_progress: int) -> None:
    text = (
        _HEAD.replace("二、", "一、整改工作总体情况\n" + counts + "\n二、")
        + "1.公务用车管理不规范。\n该问题已完成整改。\n"
    )
    assert parse_notice(text).claimed.in_progress == in_progress

"""Each area closing with a sentence speaking back of its problems by number (以上3个问题中，第2个问题正在整改，其余已
整改完成): the last area's copy is the area's, not the notice's totals or its list by number (issue 19, the genre
rounds' open gaps), with members the rounds do not print: other back words, counted or not, numbered from the area's
first problem or by the problems' own numbers, the rest named or not."""

from __future__ import annotations

import pytest

from notices import parse_notice

_AREA_1 = (
    "（一）党的建设方面\n"
    "1.支部组织生活不规范。\n整改措施：完善台账。\n"
    "2.干部培训针对性不强。\n整改措施：制定计划。\n"
    "3.党费收缴不规范。\n整改措施：开展自查。\n"
)
_AREA_2 = (
    "（二）作风建设方面\n"
    "4.公务用车管理不严格。\n整改措施：修订办法。\n"
    "5.公务接待超标准。\n整改措施：清退费用。\n"
    "6.会议文件过多。\n整改措施：精简会议。\n"
)


def _notice(first: str, second: str) -> str:
    return (
        "中共某县某局党组关于巡察整改情况的通报\n一、整改落实情况\n"
        + _AREA_1
        + first
        + "\n"
        + _AREA_2
        + second
        + "\n下一步，我局将持续巩固整改成果。\n中共某县某局党组\n2024年9月20日\n"
    )


_READ = ["done", "in_progress", "done", "done", "done", "in_progress"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # counted, numbered from the area's first problem, the rest named
        ("以上3个问题中，第2个问题正在整改，其余已整改完成。", "以上3个问题中，第3个问题正在整改，其余已整改完成。"),
        # counted, by the problems' own numbers
        (
            "上述3个问题中，第1、3个问题已完成整改，第2个问题正在推进。",
            "上述3个问题中，第4、5个问题已完成整改，第6个问题正在推进。",
        ),
        # counted, from the area's first, every one named
        (
            "前述3个问题中，第1、3个已完成整改，第2个正在持续推进。",
            "前述3个问题中，第1、2个已完成整改，第3个正在持续推进。",
        ),
        # not counted, by the problems' own numbers, the rest named
        ("以上问题中，第2个问题正在整改，其余已整改完成。", "以上问题中，第6个问题正在整改，其余已整改完成。"),
    ],
    ids=["counted-from-first-rest", "counted-own-numbers", "counted-from-first-all", "uncounted-rest"],
)
def test_each_area_closing_by_number_is_the_areas(first: str, second: str) -> None:
    notice = parse_notice(_notice(first, second))
    assert [i.status for i in notice.items] == _READ
    assert [i.status_source for i in notice.items] == ["section"] * 6
    assert notice.claimed.problems is None
    assert [str(w) for w in notice.warnings] == []

"""Round 143's class (issue 19): status stated for groups and by reference, part two. The problems carry no status of
their own; the notice states it once for a group or names them by number elsewhere: an aspect heading's closing
bracket (（二）…方面（3个问题，均已完成整改，需长期坚持）), a sentence closing an area (上述问题均已完成整改，其中
第5个问题需长期坚持 / 除第10个问题正在推进外，其余问题均已整改到位), a closing list by ranges and exceptions, a
closing summary by area (第一方面5个问题已完成4个，第5个问题正在推进). Each problem gets the status the notice gives it
and none it does not give. Members the round's notices do not print: other status words and brackets in the heading,
other labels and closers of the exception, other forms of a number named done and then kept up, other ordinals and
tallies of the summary by area."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某县某局党组关于县委巡察反馈意见整改进展情况的通报\n"
    "根据县委统一部署，2024年3月4日至4月30日，县委第一巡察组对县某局党组进行了巡察，5月20日反馈了巡察意见，"
    "指出了2个方面4个问题。现将整改进展情况予以公布。\n"
    "一、巡察反馈问题整改落实情况\n"
)
_TAIL = (
    "二、下一步工作打算\n局党组将持续巩固整改成果。\n"
    "欢迎监督。联系电话：0731-1234567。\n中共某县某局党组\n2025年6月10日\n"
)

_PROBLEMS = (
    ("基层党组织建设薄弱，组织生活不规范", "修订组织生活制度，开展支部书记培训。"),
    ("专项资金拨付滞后，部分资金闲置", "对滞后资金逐笔建立台账，加快拨付进度。"),
    ("干部队伍结构不合理，专业人才短缺", "制定人才引进计划，公开招聘专业技术人员。"),
    ("公务接待审批手续不全", "修订公务接待管理办法，实行一事一单审批。"),
)


def _item(n: int, label: str = "{n}.") -> str:
    title, measures = _PROBLEMS[n - 1]
    return f"{label.format(n=n)}{title}。\n整改情况：{measures}\n"


def _statuses(text: str) -> list[str]:
    return [i.status for i in parse_notice(text).items]


# An aspect heading stating its group's status in its closing bracket names the area: the problems stand under it
# and take its status, in whatever status words, count or bracket it prints them.
@pytest.mark.parametrize(
    ("bracket", "status"),
    [
        ("（共2个问题，正在整改）", "in_progress"),
        ("（2个问题，尚未完成整改）", "in_progress"),
        ("(2项问题,已完成整改并需长期坚持)", "done_longterm"),
        ("（2个问题，已整改到位，需长期坚持）", "done_longterm"),
        ("（2个问题需持续推进）", "in_progress"),
    ],
)
def test_an_aspect_heading_s_status_bracket_names_the_area(bracket: str, status: str) -> None:
    text = (
        _HEAD
        + "（一）贯彻落实上级决策部署方面（2个问题，已全部整改完成）\n"
        + _item(1)
        + _item(2)
        + f"（二）落实全面从严治党责任方面{bracket}\n"
        + _item(3)
        + _item(4)
        + _TAIL
    )
    notice = parse_notice(text)
    assert [i.aspect for i in notice.items][2:] == ["(二)落实全面从严治党责任方面"] * 2
    assert [i.status for i in notice.items] == ["done", "done", status, status]
    assert notice.aspect_count == 2
    assert not [w for w in notice.warnings if w.kind == "claim_mismatch"]


# An area closed by excepting some of its problems by number before the rest: the area's sentence, in any of the
# labels and closers the genre writes it with; the area above it closing on a tally of part (以上2个问题中已完成1个，
# 1个正在推进) leaves its problems unstated (round 97), which the last area's sentence does not settle.
@pytest.mark.parametrize(
    ("label", "closing", "last"),
    [
        ("{n}.", "除第4个问题正在推进外，其余问题均已整改到位。", ["done", "in_progress"]),
        ("问题{n}：", "除问题4需长期坚持外，其余均已完成整改。", ["done", "done_longterm"]),
        ("{n}.", "除了第4项仍在整改以外，其他问题已全部整改完成。", ["done", "in_progress"]),
        ("{n}、", "除第3个问题需长期坚持之外，剩余问题均已销号。", ["done_longterm", "done"]),
    ],
)
def test_an_exception_closing_the_last_area_is_the_area_s(label: str, closing: str, last: list[str]) -> None:
    text = (
        _HEAD
        + "（一）贯彻落实上级决策部署方面\n"
        + _item(1, label)
        + _item(2, label)
        + "以上2个问题中已完成整改1个，1个正在推进。\n"
        + "（二）落实全面从严治党责任方面\n"
        + _item(3, label)
        + _item(4, label)
        + closing
        + "\n"
        + _TAIL
    )
    assert _statuses(text) == ["unstated", "unstated", *last]


# The same exception closing an area that is not the last: its problems' statuses, none of them its last problem's.
@pytest.mark.parametrize(
    ("closing", "first"),
    [
        ("除第2个问题正在推进外，其余问题均已整改到位。", ["done", "in_progress"]),
        ("除问题1需长期坚持外，其余均已完成整改。", ["done_longterm", "done"]),
    ],
)
def test_an_exception_closing_an_earlier_area_is_the_area_s(closing: str, first: list[str]) -> None:
    label = "问题{n}：" if "问题1" in closing else "{n}."
    text = (
        _HEAD
        + "（一）贯彻落实上级决策部署方面\n"
        + _item(1, label)
        + _item(2, label)
        + closing
        + "\n（二）落实全面从严治党责任方面\n"
        + _item(3, label)
        + _item(4, label)
        + "以上2个问题已全部整改完成。\n"
        + _TAIL
    )
    assert _statuses(text) == [*first, "done", "done"]


# A problem named done with others, then named again among them as kept up (其中…需长期坚持): done and kept up, the
# second naming adding to the first, whatever numbering and order the closing list uses.
@pytest.mark.parametrize(
    "closing",
    [
        "截至目前，第1至3项已完成整改，其中第2项需长期坚持；第4项正在推进。",
        "截至目前，问题1、问题2、问题3已销号，其中问题2需长期坚持，问题4正在整改。",
        "截至目前，第2个问题需长期坚持；第1—3个问题已整改到位；第4个问题正在推进。",
    ],
)
def test_a_number_named_done_then_kept_up_is_done_and_kept_up(closing: str) -> None:
    label = "问题{n}：" if "问题1" in closing else "{n}."
    text = _HEAD + "".join(_item(n, label) for n in range(1, 5)) + "二、整改完成情况\n" + closing + "\n" + _TAIL
    assert _statuses(text) == ["done", "done_longterm", "done", "in_progress"]


# A closing that sums up by area, naming each by its ordinal: a tally naming its open ones leaves the others done,
# a clause of all of them gives it to each, and the area's counts are no claim of the notice's.
@pytest.mark.parametrize(
    ("summary", "statuses"),
    [
        (
            "第一个方面2个问题已完成1个，第2个问题正在整改；第二个方面2个问题均已整改完成。",
            ["done", "in_progress", "done", "done"],
        ),
        (
            "第一方面的2个问题中已整改到位1个，问题1正在推进；第二方面2个问题正在持续推进。",
            ["in_progress", "done", "in_progress", "in_progress"],
        ),
        (
            "第一方面2个问题均已销号；第二方面2个问题已办结1个，第4个问题仍在推进。",
            ["done", "done", "done", "in_progress"],
        ),
    ],
)
def test_a_summary_by_area_gives_each_area_s_problems(summary: str, statuses: list[str]) -> None:
    label = "问题{n}：" if "问题1" in summary else "{n}."
    text = (
        _HEAD
        + "（一）贯彻落实上级决策部署方面\n"
        + _item(1, label)
        + _item(2, label)
        + "（二）落实全面从严治党责任方面\n"
        + _item(3, label)
        + _item(4, label)
        + "整改完成情况：截至2025年5月31日，"
        + summary
        + "\n"
        + _TAIL
    )
    notice = parse_notice(text)
    assert [i.status for i in notice.items] == statuses
    assert (notice.claimed.problems, notice.claimed.completed, notice.claimed.in_progress) == (4, None, None)

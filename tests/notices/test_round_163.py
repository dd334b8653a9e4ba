"""Round 163's class (issue 19): the status given apart from the problems, part three. The problems are listed in
one place (told in full with their rectification, or bare in a part of the feedback's problems) and how far each
is rectified is said elsewhere in the notice: a closing list giving each problem's status by its number on a line
of its own, a progress part naming the open ones by number and the rest, closing sentences naming the done and
the open ones back by their titles' opening words, or a table attached after the signature. Members the round's
notices do not print: other entry nouns and numbers, other status words, other heads and counts of the named
runs, other attachment words and columns, other findings parts and kept-up wording."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某县某局党组关于县委巡察反馈意见整改情况的通报\n"
    "根据县委统一部署，2024年3月4日至4月30日，县委第一巡察组对县某局党组进行了巡察，5月20日反馈了巡察意见。\n"
)
_TAIL = "欢迎广大干部群众监督。联系电话：0731-1234567。\n中共某县某局党组\n2025年1月10日\n"

_TITLES = (
    "理论学习中心组学习制度执行不严格，学习流于形式",
    "专项资金管理使用不规范，部分资金拨付滞后",
    "干部队伍年龄结构老化，年轻干部储备不足",
    "基层党支部组织生活不规范，会议记录不完整",
)
_TEXTS = (
    "修订中心组学习制度，开展专题研讨4次。",
    "建立专项资金支出进度月通报制度，滞后资金逐笔清理。",
    "制定干部队伍建设规划，引进年轻干部3名。",
    "统一规范会议记录，开展支部书记培训1期。",
)


def _told(label: str = "{n}.", field: str = "整改情况") -> str:
    """The four problems told in full, each with its rectification text and no status word."""
    return "二、巡察反馈问题整改情况\n" + "".join(
        f"{label.format(n=n)}{t}。\n{field}：{x}\n" for n, (t, x) in enumerate(zip(_TITLES, _TEXTS, strict=True), 1)
    )


def _statuses(text: str) -> list[str]:
    return [i.status for i in parse_notice(text).items]


# A closing list giving each problem's status by its number, a line each: the entry's noun and number, then status
# words alone. The lines name problems back; they list none of their own.
@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (
            "问题1：已整改\n问题2：整改中\n问题3：已整改，长期坚持\n问题4：已整改",
            ["done", "in_progress", "done_longterm", "done"],
        ),
        ("第1项：已办结\n第2项：办理中\n第3项：已办结\n第4项：已完成", ["done", "in_progress", "done", "done"]),
        (
            "问题一：已完成\n问题二：已完成\n问题三：持续推进\n问题四：正在推进",
            ["done", "done", "in_progress", "in_progress"],
        ),
        (
            "事项1:已销号\n事项2:未销号\n事项3:已销号\n事项4:已完成并长期坚持",
            ["done", "in_progress", "done", "done_longterm"],
        ),
    ],
)
def test_a_closing_list_of_numbered_status_lines(lines: str, want: list[str]) -> None:
    text = _HEAD + _told() + "三、整改完成情况\n" + lines + "\n四、下一步工作打算\n持续巩固整改成果。\n" + _TAIL
    notice = parse_notice(text)
    assert [i.title for i in notice.items] == [t.replace("，", ",") for t in _TITLES]
    assert [i.status for i in notice.items] == want


# Closing sentences naming the problems back by their titles' opening words, joined by 、, then a count and the
# status; a run opened by 其中 names some of those before it again and refines their status.
@pytest.mark.parametrize(
    ("closing", "want"),
    [
        (
            "理论学习中心组学习制度执行不严格、专项资金管理使用不规范、基层党支部组织生活不规范3个问题均已整改到位；"
            "干部队伍年龄结构老化1个问题仍在整改中。",
            ["done", "done", "in_progress", "done"],
        ),
        (
            "已整改到位的有：理论学习中心组学习制度执行不严格、干部队伍年龄结构老化等2项问题已整改完成。"
            "尚未整改到位的有：专项资金管理使用不规范、基层党支部组织生活不规范2项问题正在整改。",
            ["done", "in_progress", "done", "in_progress"],
        ),
        (
            "截至目前，理论学习中心组学习制度执行不严格、专项资金管理使用不规范、干部队伍年龄结构老化、"
            "基层党支部组织生活不规范4个问题已全部整改完成，其中理论学习中心组学习制度执行不严格、"
            "干部队伍年龄结构老化2个问题需长期坚持。",
            ["done_longterm", "done", "done_longterm", "done"],
        ),
    ],
)
def test_closing_runs_of_short_titles_counted(closing: str, want: list[str]) -> None:
    text = _HEAD + _told() + "三、整改完成情况\n" + closing + "\n四、下一步工作打算\n持续巩固整改成果。\n" + _TAIL
    assert _statuses(text) == want


# A table attached after the signature (附表, 附表1：…) with bars between its cells and no delimiter row: its status
# column gives the body's problems theirs, by its 序号.
@pytest.mark.parametrize(
    ("opening", "header", "cells"),
    [
        ("附表", "序号 | 反馈问题 | 完成情况", ["已完成", "整改中", "已完成", "已完成，长期坚持"]),
        (
            "附表1：巡察反馈问题整改清单",
            "序号 | 存在问题 | 整改措施 | 整改进度",
            ["已销号", "未销号", "已销号", "长期坚持"],
        ),
        ("附件", "序号 | 问题 | 整改状态", ["已完成", "正在推进", "已完成", "已完成并长期坚持"]),
    ],
)
def test_an_attached_table_with_bars_gives_the_statuses(opening: str, header: str, cells: list[str]) -> None:
    width = header.count("|")
    rows = "".join(
        f"{n} | {t.split('，')[0]}{' | 见正文' * (width - 2)} | {c}\n"
        for n, (t, c) in enumerate(zip(_TITLES, cells, strict=True), 1)
    )
    text = _HEAD + _told() + _TAIL + "\n" + opening + "\n" + header + "\n" + rows
    assert _statuses(text) == ["done", "in_progress", "done", "done_longterm"]


# The problems listed bare in a part of the feedback's findings, their rectification told as a whole, their
# statuses by number in a later part: the bare list is the problems.
@pytest.mark.parametrize(
    ("part", "progress", "want"),
    [
        (
            "一、巡察发现的主要问题",
            "截至目前，第2、4个问题正在整改，其余问题均已整改到位。",
            ["done", "in_progress", "done", "in_progress"],
        ),
        (
            "一、巡察指出的问题",
            "4个问题中，除第3项外均已完成整改，第3项正在推进；第1项已建立长效机制，将长期坚持。",
            ["done_longterm", "done", "in_progress", "done"],
        ),
        (
            "一、巡察反馈问题",  # no findings heading: the notice's count of 4 problems says the bare list is them
            "目前，问题1、问题2已整改完成，问题3、问题4正在整改。",
            ["done", "done", "in_progress", "in_progress"],
        ),
    ],
)
def test_a_bare_list_of_findings_with_statuses_elsewhere(part: str, progress: str, want: list[str]) -> None:
    bare = "".join(f"{n}.{t}。\n" for n, t in enumerate(_TITLES, 1))
    text = (
        _HEAD
        + part
        + "\n县委巡察组反馈了4个问题，具体如下：\n"
        + bare
        + "二、整改主要措施\n（一）加强组织领导。局党组成立整改工作领导小组，逐项制定整改措施。\n"
        + "（二）健全长效机制。修订完善制度8项。\n三、整改进展情况\n"
        + progress
        + "\n"
        + _TAIL
    )
    notice = parse_notice(text)
    assert len(notice.items) == 4
    assert [i.status for i in notice.items] == want


# The other part of the work counted, what befell it and the step taken in clauses of their own, then the work going
# on: pending.
@pytest.mark.parametrize(
    "measures",
    [
        "21个已整改到位；另有2个问题因涉及历史遗留，已报县政府协调，正在办理。",
        "已整改5个；另2个问题出现反弹，已重新制定措施，正在整改。",
        "已清理12笔；另有3笔涉及外单位，已移交，仍在整改。",
        "已办结9件；另1件情况复杂，已列入台账，尚在办理。",
    ],
)
def test_the_other_part_going_on_after_clauses_of_its_own(measures: str) -> None:
    text = _HEAD + "二、整改情况\n1.违规发放补贴问题清退不彻底。\n整改情况：" + measures + "\n" + _TAIL
    assert parse_notice(text).items[0].pending is True

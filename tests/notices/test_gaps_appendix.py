"""A task list attached after the signature whose status column gives each problem's status (issue 19, round 78's
gap), with members the rounds do not print: other column names, other table forms, rows matched by title."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某县某局党组关于巡察整改情况的通报\n"
    "2024年3月至4月，县委第一巡察组对某局党组进行了巡察。\n"
    "二、整改落实情况\n"
    "（一）党的建设方面\n"
    "1．支部组织生活不规范，会议记录缺失。\n整改措施：完善会议记录台账，开展专项检查。\n"
    "2．干部培训针对性不强。\n整改措施：制定年度培训计划，分层分类组织培训。\n"
    "（二）作风建设方面\n"
    "3．公务用车管理不严格。\n整改措施：修订车辆管理办法，实行派车登记。\n"
)
_SIGNED = "中共某县某局党组\n2024年9月20日\n"


def _tab(
    header: str, statuses: list[str], titles: tuple[str, ...] = ("支部组织生活不规范", "干部培训", "公务用车")
) -> str:
    rows = "".join(
        f"{n}\t{t}\t局办公室\t2024年8月\t{s}\n" for n, (t, s) in enumerate(zip(titles, statuses, strict=True), 1)
    )
    return f"序号\t问题\t责任股室\t完成时限\t{header}\n{rows}"


def _cells(header: str, statuses: list[str]) -> str:
    titles = ("支部组织生活不规范", "干部培训针对性不强", "公务用车管理不严格")
    rows = "".join(f"{n}\n{t}\n局办公室\n{s}\n" for n, (t, s) in enumerate(zip(titles, statuses, strict=True), 1))
    return f"序号\n问题描述\n责任单位\n{header}\n{rows}"


_STATUSES = ["已完成", "正在推进", "已完成并长期坚持"]
_READ = ["done", "in_progress", "done_longterm"]


# The appendix's status column, whatever it is called and however the table is flattened (tabs, one cell per line),
# after 附件 alone or 附件：<its title>: each problem takes its row's status, the signature date above it is kept, and
# the rows run into no problem's text.
@pytest.mark.parametrize(
    "appendix",
    [
        "附件\n整改问题清单\n" + _tab("进展情况", _STATUSES),
        "附件：整改台账\n" + _tab("整改状态", _STATUSES),
        "附件1\n巡察反馈问题整改清单\n" + _cells("完成情况", _STATUSES),
        "附件：问题清单\n" + _cells("整改进度", _STATUSES),
    ],
    ids=["tabs-progress-column", "titled-state-column", "cells-done-column", "cells-pace-column"],
)
def test_attached_status_column_gives_each_problem_its_status(appendix: str) -> None:
    notice = parse_notice(_HEAD + _SIGNED + "\n" + appendix)
    assert [(i.status, i.status_source) for i in notice.items] == [(s, "item") for s in _READ]
    assert notice.signed == "2024-09-20"
    assert "局办公室" not in notice.items[-1].measures


# Rows numbered otherwise than the body (a table numbering from its own 序号 in another order) are matched by the
# words of the title the problem cell shortens.
def test_attached_rows_matched_by_title_where_the_numbers_differ() -> None:
    titles = ("公务用车管理不严格", "支部组织生活不规范", "干部培训针对性不强", "食堂管理不规范")
    appendix = "附件\n" + _tab("完成情况", ["已完成", "正在推进", "已完成并长期坚持", "已完成"], titles)
    notice = parse_notice(_HEAD + _SIGNED + "\n" + appendix)
    assert [i.status for i in notice.items] == ["in_progress", "done_longterm", "done"]


# The problem's own status stands where its row is silent (an empty or dash cell).
def test_problem_status_kept_where_the_appendix_is_silent() -> None:
    head = _HEAD.replace("实行派车登记。\n", "实行派车登记。目前该问题已整改完成。\n")
    appendix = "附件\n" + _tab("完成情况", ["已完成", "正在推进", "—"])
    notice = parse_notice(head + _SIGNED + "\n" + appendix)
    assert [i.status for i in notice.items] == ["done", "in_progress", "done"]


# The closing paragraph on a line of its own after the last problem, its next steps without 下一步 speaking of the
# problems in the plural (对尚未完成的整改任务…, 确保全部整改到位) before the call for supervision: closing matter, no
# pending work of the last problem.
@pytest.mark.parametrize(
    "closing",
    [
        "局党组将持续巩固整改成果，对尚未完成的整改任务盯紧抓实，确保所有问题整改到位。欢迎广大干部群众监督。",
        "我局将对正在整改的问题持续跟踪问效，确保全部整改完成。欢迎社会各界监督，联系电话：0000-1234567。",
    ],
)
def test_closing_paragraph_is_no_part_of_the_last_problem(closing: str) -> None:
    head = _HEAD.replace("实行派车登记。\n", "实行派车登记。整改情况：已完成。\n")
    notice = parse_notice(head + closing + "\n" + _SIGNED)
    assert [i.pending for i in notice.items] == [False, False, False]

"""Round 127's class (issue 19): grassroots notices as their own writers type them — a village 党支部's, a 社区's,
a township's for itself and its 站所, a 街道's on a 提级巡察 — short, plainly worded, typed by hand: a number whose
bracket or stop slips from its run's (1. (2) 3.), a problem typed on one line with its fields set apart by wide
gaps (1.<problem>  责任单位：…  整改情况：…  状态：…), the status field left out for one problem and typed as the last
clause of its text instead (…，已整改完毕), a number typed twice ((5) (5) (7)). Members the round's notices do not
print: other brackets and stops slipping, other places in the run, other first fields and gaps, other closing
clauses and other repeats."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某县某镇某村支部委员会关于县委巡察反馈问题整改情况的公示\n"
    "根据县委统一部署，2025年4月8日至5月16日，县委第二巡察组对我村开展了巡察，6月5日反馈了巡察意见。现将整改情况公示如下：\n"
)
_TAIL = "公示期：2025年9月1日至9月7日\n联系电话：0730-1234567\n中共某县某镇某村支部委员会\n2025年8月31日\n"

_TITLES = (
    "村务公开不及时，财务收支没有按季度公开",
    "集体鱼塘承包合同到期后没有重新公开发包",
    "低保评定程序不规范，个别低保户未经评议直接上报",
    "村级财务报账不及时，部分票据没有经手人签字",
)
_TEXTS = (
    "整改措施：补公开收支明细，建立每季度公开台账。\n整改情况：已整改",
    "整改措施：召开村民代表会议，鱼塘重新公开竞价发包。\n整改情况：已改好",
    "整改措施：对全村低保户重新入户核查，召开评议会。\n整改情况：正在整改",
    "整改措施：逐张清理支出票据，补齐签字手续。\n整改情况：已整改",
)


def _notice(numbers: list[str]) -> str:
    body = "".join(f"{n}{title}。\n{text}\n" for n, title, text in zip(numbers, _TITLES, _TEXTS, strict=True))
    return _HEAD + body + _TAIL


# One number of a run typed with another bracket or stop, anywhere after the first: a problem of the run all the same.
@pytest.mark.parametrize(
    "numbers",
    [
        ["1.", "2)", "3.", "4."],
        ["1、", "⑵", "3、", "4、"],
        ["(1)", "(2)", "3、", "(4)"],
        ["①", "②", "3.", "④"],
        ["1)", "(2)", "3)", "4)"],
        ["(1)", "2)", "(3)", "(4)"],
        ["1.", "2.", "(3)", "4."],
    ],
)
def test_a_number_slipped_from_its_run_s_form_is_a_problem_of_the_run(numbers: list[str]) -> None:
    notice = parse_notice(_notice(numbers))
    assert [i.title for i in notice.items] == [t.replace("，", ",") for t in _TITLES]
    assert [i.status for i in notice.items] == ["done", "done", "in_progress", "done"]


# A problem typed on one line, its fields after it set apart by wide gaps (spaces, full-width spaces), whatever field
# comes first.
@pytest.mark.parametrize("first", ["责任单位：党政办", "牵头领导：张某某", "责任领导：镇长", "完成时限：2025年10月底"])
@pytest.mark.parametrize("gap", ["  ", "\u3000\u3000", "    ", " \u3000"])
def test_fields_set_apart_by_gaps_after_the_headline_are_not_its_words(first: str, gap: str) -> None:
    rows = [
        f"1.镇党委理论学习流于形式{gap}{first}{gap}整改情况：制定年度学习计划{gap}状态：已整改",
        f"2.公务接待无公函{gap}{first}{gap}整改情况：补齐审批手续{gap}状态：整改中",
    ]
    notice = parse_notice(_HEAD + "\n".join(rows) + "\n" + _TAIL)
    assert [i.title for i in notice.items] == ["镇党委理论学习流于形式", "公务接待无公函"]
    assert [i.status for i in notice.items] == ["done", "in_progress"]


# The status field left out for one problem, its status typed as the last clause of its text after the work it tells
# (a clause holding a date or a figure): that clause states it.
@pytest.mark.parametrize(
    ("clause", "status"),
    [("已整改到位", "done"), ("已完成整改", "done"), ("整改完毕", "done"), ("正在整改", "in_progress")],
)
def test_a_status_clause_closing_the_text_stands_for_the_field_left_out(clause: str, status: str) -> None:
    rows = [
        "1.镇党委理论学习流于形式\n整改情况：制定年度学习计划\n状态：已整改",
        f"2.培训经费列支依据不足\n整改情况：对2024年以来培训经费逐笔核查，规范报账资料，{clause}",
        "3.公务接待无公函\n整改情况：补齐审批手续\n状态：整改中",
    ]
    notice = parse_notice(_HEAD + "\n".join(rows) + "\n" + _TAIL)
    assert [i.status for i in notice.items] == ["done", status, "in_progress"]


# A number typed twice: the repeat is flagged, the number after it goes on from the count and is not.
@pytest.mark.parametrize(
    "numbers",
    [["(1)", "(2)", "(2)", "(4)"], ["1.", "2.", "2.", "4."], ["1)", "2)", "2)", "4)"], ["⑴", "⑵", "⑵", "⑷"]],
)
def test_only_the_repeated_number_is_flagged(numbers: list[str]) -> None:
    notice = parse_notice(_notice(numbers))
    repeat = next(k for k in range(1, 4) if numbers[k] == numbers[k - 1])
    assert len(notice.items) == 4
    assert [w.args["seq"] for w in notice.warnings if w.code == "numbering"] == [repeat + 1]

"""Round 88's classes (issue 19): small bodies' notices typed by non-specialists, each class with members the round's
notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某某县某镇某村支部委员会关于县委巡察反馈问题整改情况的公示\n"
    "根据县委统一部署,2024年4月8日至5月10日,县委第三巡察组对我村进行了巡察。现将整改情况公示如下:\n"
)


# A status in the spoken words of a small body's own writer, glued at the end of the measures: 改 with its result
# is done, 改 still going or short of its result is open (lexicon.SPOKEN_DONE / SPOKEN_OPEN).
@pytest.mark.parametrize(
    ("spoken", "status"),
    [
        ("已经改过来了", "done"),
        ("已经整改", "done"),
        ("已改完", "done"),
        ("已改好", "done"),
        ("正在改", "in_progress"),
        ("还没有改好", "in_progress"),
        ("未改完", "in_progress"),
    ],
)
def test_a_spoken_status_at_the_end_of_the_measures(spoken: str, status: str) -> None:
    body = (
        "1、村务公开不及时。\n整改情况:明确专人每季度公开收支,已公开两次," + spoken + "。\n"
        "2、三资管理不规范。\n整改情况:重新登记集体资产台账,已落实。\n"
    )
    notice = parse_notice(_HEAD + body)
    assert [i.status for i in notice.items] == [status, "done"]


# A number typed with a comma for 、 by a writer whose numbering slips (1、 2. 3，): a problem of its own; a count's
# clause after a wrapped number (3，其中…) is none.
@pytest.mark.parametrize("typed", ["2，", "2,", "2 ，"])
def test_a_number_typed_with_a_comma_opens_a_problem(typed: str) -> None:
    body = (
        "1、村务公开不及时。\n整改情况:明确专人每季度公开收支,已落实。\n"
        + typed
        + "村级工程管理不规范,小额工程未经集体决策。\n整改情况:制定小额工程管理办法,已落实。\n"
        "3.低保评定程序不规范。\n整改情况:重新入户核查,已落实。\n"
    )
    notice = parse_notice(_HEAD + body)
    assert [i.label for i in notice.items] == ["1", "2", "3"]


# A done status kept up by a clause of its own that names its time (…，已整改，以后长期坚持): done long-term, as
# 已整改并长期坚持 is; a village's clerk and a health centre's closing sentence set it apart so.
@pytest.mark.parametrize(
    "closing",
    ["已经整改,以后长期坚持", "已经整改,后续长期坚持", "已经整改,今后长期抓"],
)
def test_a_done_status_kept_up_in_a_clause_of_its_own(closing: str) -> None:
    body = "1、村务公开不及时。\n整改情况:明确专人每季度公开收支,已公开两次," + closing + "。\n"
    notice = parse_notice(_HEAD + body)
    assert [i.status for i in notice.items] == ["done_longterm"]


@pytest.mark.parametrize(
    ("closing", "statuses"),
    [
        ("问题1、问题2已整改完成,以后长期坚持;问题3正在整改。", ["done_longterm", "done_longterm", "in_progress"]),
        ("问题1已经改好;问题2、问题3已整改到位,后续长期坚持。", ["done", "done_longterm", "done_longterm"]),
        ("问题2正在改;问题1、问题3已办结,今后长期坚持。", ["done_longterm", "in_progress", "done_longterm"]),
    ],
)
def test_a_closing_by_number_keeps_up_in_a_clause_of_its_own(closing: str, statuses: list[str]) -> None:
    body = (
        "一、整改工作开展情况\n村党支部召开专题会议研究部署。\n二、反馈问题及整改措施\n"
        "问题1:村务公开不及时。\n整改措施:明确专人每季度公开收支。\n"
        "问题2:三资管理不规范。\n整改措施:重新登记集体资产台账。\n"
        "问题3:低保评定程序不规范。\n整改措施:重新入户核查。\n"
        "三、整改完成情况\n截至目前," + closing + "\n"
    )
    notice = parse_notice(_HEAD + body)
    assert [i.status for i in notice.items] == statuses


# A numbering in Chinese numerals typed now as 一、 now as (二) at one level, each number a problem with its fields:
# one numbering running 1, 2, 3 … (normalize._one_numbering_typed_two_ways), not parts and their points.
@pytest.mark.parametrize(
    "labels",
    [("(一)", "二、", "(三)", "四、"), ("一、", "(二)", "(三)", "四、"), ("一、", "（二）", "三、", "（四）")],
)
def test_one_numbering_typed_two_ways_is_one_level(labels: tuple[str, ...]) -> None:
    problems = ("村务公开不及时", "三资管理不规范", "低保评定程序不规范", "值班制度执行不严")
    body = "".join(
        f"{label}{problem}。\n整改措施:明确专人负责,按月检查。\n整改状态:已整改\n"
        for label, problem in zip(labels, problems, strict=True)
    )
    notice = parse_notice(_HEAD + body)
    assert [(i.label, i.aspect) for i in notice.items] == [(n, None) for n in "一二三四"]

"""A status read by its parts (lexicon.STATUS_PARTS, status.parts_status), over the combinations of its parts.

Ledgers and follow-up reports write a status with whatever verb fits the problem (已结案, 整改实现闭环, 推进比较迟缓,
尚未兑现): no list of phrases holds them, so each round of real pages met words nobody here had listed. What a status
is made of is few parts: an aspect or a negation, a degree, the result. Each marker below is composed from them and
its status is known by construction: a result reached is done; the same result negated, judged short, partial,
under way or waiting is in progress. Each is read where the notice's own form says "this is a status".
"""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.lexicon import STATUS_PARTS
from notices.status import parts_status
from tests.notices.test_status_phrases import HEAD, MEASURE, TITLE

# Results as the genre names them, each a part of STATUS_PARTS["done"] (the test keeps the table honest).
RESULTS = ("结案", "验收", "兑现", "闭环", "见底", "化解", "消除", "处置到位", "清零", "达标", "销账", "纠正")
# How a result reached is said (done), and how it is said not yet reached (in progress).
REACHED = ("已{r}", "已经{r}", "整改已{r}", "问题已{r}", "已全部{r}", "整改实现{r}")
NOT_REACHED = (
    *("尚未{r}", "仍未{r}", "未能{r}", "没有{r}", "难以{r}", "无法按期{r}"),  # negated
    *("基本{r}", "部分{r}", "初步{r}", "大部分{r}"),  # in part
    *(
        "正在{r}",
        "仍在推进{r}",
        "有待{r}",
        "待{r}",
        "需进一步{r}",
        "{r}中",
        "{r}滞后",
        "{r}进度缓慢",
    ),  # waiting, lagging
)
MARKERS = [(form.format(r=r), "done") for form in REACHED for r in RESULTS[:6]] + [
    (form.format(r=r), "in_progress") for form in NOT_REACHED for r in RESULTS[6:]
]


def _placed(marker: str) -> dict[str, str]:
    """The places a notice gives a status, each as the item's printed lines."""
    forms = {
        "field": f"1.{TITLE}。\n整改状态：{marker}\n整改措施：{MEASURE}",
        "closing": f"1.{TITLE}。\n{MEASURE}目前，该问题{marker}。",
    }
    if marker.startswith(STATUS_PARTS["opening"]):  # 整改情况 holds a status or the measures: see the tests below
        forms["lead"] = f"1.{TITLE}。\n整改情况：{marker}。{MEASURE}"
        forms["after the time"] = f"1.{TITLE}。\n{MEASURE}目前，{marker}。"
    if len(marker) <= 8:
        forms["bracket"] = f"1.{TITLE}（{marker}）。\n{MEASURE}"
    return forms


CASES = [pytest.param(marker, status, id=marker) for marker, status in MARKERS]


def test_the_results_are_parts_of_the_table() -> None:
    assert all(any(part in result for part in STATUS_PARTS["done"]) for result in RESULTS)


@pytest.mark.parametrize(("marker", "status"), CASES)
def test_a_status_composed_of_its_parts_is_read_wherever_the_notice_states_one(marker: str, status: str) -> None:
    read = {
        where: [(i.title, i.status) for i in parse_notice(HEAD + text + "\n").items]
        for where, text in _placed(marker).items()
    }
    assert {where: got for where, got in read.items() if got != [(TITLE, status)]} == {}  # every place reads it


@pytest.mark.parametrize(
    ("marker", "status"),
    [
        ("推进落实到位", "done"),  # the process closed by its result
        ("已完成，持续巩固", "done_longterm"),  # kept up after the result: no work still open
        ("正在落实", "in_progress"),  # the aspect scopes over the result after it
        ("持续推进", "in_progress"),
        ("整改不及时", "in_progress"),
        ("不断推进", "in_progress"),  # 不断 negates nothing; the process is under way
        ("问题未再发生", None),  # 未再 negates nothing, and nothing here names a result
        ("接待规范", None),  # 待 inside a word says nothing of the work
    ],
)
def test_what_each_part_says_of_the_work(marker: str, status: str | None) -> None:
    assert parts_status(marker) == status


@pytest.mark.parametrize(
    "lead",
    [
        "推动问题见底清零",  # a measure's verb and its aim
        "开展长期未结案件专项清理",
        "联合乡镇开展参保动员",
        "组织验收3次",
    ],
)
def test_a_measure_under_a_field_that_may_hold_the_status_states_none(lead: str) -> None:
    """整改情况 holds a status or the measures: a lead opening with a measure's own verb is the measures."""
    notice = parse_notice(HEAD + f"1.{TITLE}。\n整改情况：{lead}。{MEASURE}\n")
    assert [(i.title, i.status) for i in notice.items] == [(TITLE, "unstated")]


def test_a_documents_name_in_book_title_marks_is_no_status() -> None:
    """修订《公务接待管理办法》: 《…》 names a document, whatever characters it holds (接待 is no 待)."""
    notice = parse_notice(HEAD + f"1.{TITLE}。\n修订《公务接待管理办法》。\n")
    assert [(i.title, i.status) for i in notice.items] == [(TITLE, "unstated")]


@pytest.mark.parametrize("closing", ["截至目前已完成专项检查3次", "目前，已建立问题台账", "目前，已清退违规人员2人"])
def test_a_closing_report_of_work_after_the_time_states_no_status(closing: str) -> None:
    """目前，<a status> closes a text; 目前，已建立问题台账 reports a last measure, not the problem's status."""
    notice = parse_notice(HEAD + f"1.{TITLE}。\n{MEASURE}{closing}。\n")
    assert [(i.title, i.status) for i in notice.items] == [(TITLE, "unstated")]


@pytest.mark.parametrize(
    ("item", "title", "status"),
    [
        (f"1.{TITLE}。{MEASURE}（阶段性完成，郊区部分正在推进）", TITLE, "in_progress"),
        (f"1.{TITLE}（已完成，后续工作纳入日常监督）。\n{MEASURE}", TITLE, "done"),
        (f"1.{TITLE}（未完成，正在协调有关部门推进）。\n{MEASURE}", TITLE, "in_progress"),
        # the bracket describes the problem; its status words are not its first clause
        (f"1.{TITLE}（涉及资金120万元，已全部退还）。\n{MEASURE}", f"{TITLE}(涉及资金120万元,已全部退还)", "unstated"),
    ],
)
def test_a_long_closing_bracket_opening_with_a_status_states_it(item: str, title: str, status: str) -> None:
    """（阶段性完成，郊区部分正在推进）: the status, then what remains of the work, longer than a marker."""
    notice = parse_notice(HEAD + item + "\n")
    assert [(i.title, i.status) for i in notice.items] == [(title, status)]


@pytest.mark.parametrize(
    ("closing", "status"),
    [("目前整改进度为70%", "in_progress"), ("完成进度已达100%", "done"), ("整改进度达到85%", "in_progress")],
)
def test_a_closing_sentence_giving_the_progress_as_a_share_states_the_status(closing: str, status: str) -> None:
    notice = parse_notice(HEAD + f"1.{TITLE}。\n{MEASURE}{closing}。\n")
    assert [(i.title, i.status) for i in notice.items] == [(TITLE, status)]

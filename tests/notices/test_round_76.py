"""Round 76's classes (issue 19: statuses as real notices state them), each with members the round's notices do not
print."""

from __future__ import annotations

import pytest

from notices import parse_notice

_OPENING = (
    "中共某某县统计局党组关于巡察整改情况的通报\n"
    "根据县委统一部署,2024年3月4日至4月30日,县委第一巡察组对县统计局党组进行了巡察。现将巡察整改情况予以通报。\n"
)
_THREE_MEASURED = (
    _OPENING + "二、巡察反馈问题整改情况\n"
    "1.统计数据质量管控不严。\n整改措施:修订数据质量管理办法,开展专项核查。\n"
    "2.统计执法检查覆盖面不广。\n整改措施:制定执法检查计划,扩大抽查覆盖面。\n"
    "3.干部教育培训针对性不强。\n整改措施:制定年度培训计划,分专业开展培训。\n"
    "三、整改完成情况\n"
)


# A closing list with the status first, then the problems by number after a colon, each line or clause one status
# (已完成整改（7个）：问题1、问题2…): the first number framed by 问题/第/号, so that a count (已完成：8个) is never
# read as one.
@pytest.mark.parametrize(
    ("lists", "statuses"),
    [
        ("已完成整改的问题：第1、2项。\n正在推进的问题：第3项。", ["done", "done", "in_progress"]),
        ("已销号（2个）：1号问题、3号问题\n未销号（1个）：2号问题", ["done", "in_progress", "done"]),
        ("已办结：问题2、问题3。\n持续推进：问题1。", ["in_progress", "done", "done"]),
        ("整改到位：第1个问题、第3个问题；\n长期坚持：第2个问题。", ["done", "done_longterm", "done"]),
        ("已完成整改：问题1、问题3；正在推进：问题2。", ["done", "in_progress", "done"]),
        ("截至目前，已办结：第1、2个问题；持续推进：第3个问题。", ["done", "done", "in_progress"]),
    ],
)
def test_a_closing_list_states_the_status_then_the_numbers(lists: str, statuses: list[str]) -> None:
    notice = parse_notice(_THREE_MEASURED + lists + "\n")
    assert [i.status for i in notice.items] == statuses


# An aspect heading with its lead sentence on its own line ((一)…方面。该方面…均已整改到位。): the sentence states
# the status of the problems below, and is no part of the heading.
@pytest.mark.parametrize(
    ("lead", "status"),
    [
        ("本方面2个问题已全部整改完成。", "done"),
        ("该方面问题均已办结。", "done"),
        ("本方面共2个问题，目前均在持续推进。", "in_progress"),
    ],
)
def test_an_aspect_heading_carries_its_lead_sentence(lead: str, status: str) -> None:
    text = (
        _OPENING + "二、巡察反馈问题整改情况\n"
        f"(一)落实全面从严治党战略部署方面。{lead}\n"
        "1.财务报销审核不严。\n整改措施:修订报销审核流程,开展专项检查。\n"
        "2.公务用车管理不规范。\n整改措施:修订用车制度,严格派车审批。\n"
    )
    notice = parse_notice(text)
    assert [i.status for i in notice.items] == [status, status]
    assert {i.aspect for i in notice.items} == {"(一)落实全面从严治党战略部署方面"}


# Completion promised once a step still to come is taken (待…后即可完成): the work is not done until then.
@pytest.mark.parametrize(
    "closing",
    [
        "相关设备已采购到位，待验收合格后即可销号。",
        "已报送县财政局，待资金拨付到位后方可全面完成。",
        "方案已上报，待市局批复后即可办结。",
    ],
)
def test_completion_promised_after_a_step_is_in_progress(closing: str) -> None:
    text = _OPENING + "1.统计数据质量管控不严。\n整改情况:修订数据质量管理办法,开展专项核查。" + closing + "\n"
    assert [i.status for i in parse_notice(text).items] == ["in_progress"]


# The counts in other words and orders: still at the work (仍在整改2个), the aspects after the problems' own count
# (问题共计10项，涉及3个方面).
@pytest.mark.parametrize(
    ("sentence", "aspects", "in_progress"),
    [
        ("反馈问题共12个，涉及4个方面，已整改完成9个，还在推进3个。", 4, 3),
        ("反馈问题15项，分属3个方面，目前已完成整改14项，仍在持续整改1项。", 3, 1),
    ],
)
def test_counts_in_other_words(sentence: str, aspects: int, in_progress: int) -> None:
    text = (
        _OPENING
        + "一、整改工作开展情况\n"
        + sentence
        + "\n二、巡察反馈问题整改情况\n1.统计数据质量管控不严。整改情况:已完成。\n"
    )
    claimed = parse_notice(text).claimed
    assert (claimed.aspects, claimed.in_progress) == (aspects, in_progress)


# Status fields in other forms: the share done under 完成率, and the day it was done in place of the word (a full
# date as long as it runs).
@pytest.mark.parametrize(
    ("fields", "status"),
    [
        ("完成时限：2024年9月\n完成率：100%", "done"),
        ("完成时限：2024年9月\n整改完成率：75%", "in_progress"),
        ("完成时限：2024年12月\n完成情况：2024年10月28日完成", "done"),
        ("完成时限：2024年12月\n整改结果：2024年12月16日办结", "done"),
        ("完成时限：2024年12月\n整改进展：于2024年11月30日销号", "done"),
    ],
)
def test_status_fields_in_other_forms(fields: str, status: str) -> None:
    text = _OPENING + "第1项：统计数据质量管控不严。\n整改措施：修订数据质量管理办法，开展专项核查。\n" + fields + "\n"
    assert [i.status for i in parse_notice(text).items] == [status]


# A town or street left unnamed (某乡, 某街道: a template, a page hiding the body) is no place of its own: the
# division written before it is the region.
@pytest.mark.parametrize(
    ("body", "region"),
    [
        ("桐庐县某乡委员会", "桐庐县"),
        ("阜宁县某镇委员会", "阜宁县"),
        ("武义县某街道工作委员会", "武义县"),
    ],
)
def test_an_unnamed_town_leaves_the_county_as_the_place(body: str, region: str) -> None:
    text = (
        f"中共{body}关于巡察整改情况的通报\n"
        f"根据县委统一部署,2024年3月4日至4月30日,县委第一巡察组对中共{body}进行了巡察。现将巡察整改情况予以通报。\n"
        "1.统计数据质量管控不严。整改情况:已完成。\n"
    )
    assert parse_notice(text).region == region

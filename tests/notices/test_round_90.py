"""Round 90's classes (issue 19): statuses told by time and numbers, each with members the round's notices do not
print."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某某县某局党组关于巡察整改情况的通报\n"
    "根据县委统一部署,2024年3月4日至4月30日,县委第一巡察组对县某局党组进行了巡察。现将巡察整改情况予以通报。\n"
    "(一)贯彻落实上级决策部署方面\n"
)


# The share of the work done named in the rectification text's last paragraph, no status word beside it (整改完成
# 进度80%。剩余…): the whole done is done, any less in progress.
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("开展专项检查2次，整改完成率为100%。", "done"),
        ("已完成系统升级，目前整改进度70%，预计年底前完成。", "in_progress"),
        ("清退资金3万元，整改完成进度95%。补齐审批手续21份。", "in_progress"),
        ("修订制度3项，整改完成率达到100%，补齐凭证12份。", "done"),
    ],
)
def test_a_share_of_the_work_in_the_text_is_its_status(text: str, status: str) -> None:
    notice = parse_notice(_HEAD + "1.基层医疗机构建设推进不快。\n整改情况：" + text + "\n")
    assert [i.status for i in notice.items] == [status]


# A status field opening with a figure: the share done or the date done, then what was done.
@pytest.mark.parametrize(
    ("field", "status"),
    [
        ("完成情况：完成进度100%，建成标准化卫生室6个。", "done"),
        ("整改进展：整改完成率60%，新院区正在装修。", "in_progress"),
        ("完成情况：完成时间2023年12月，修订制度2项。", "done"),
        ("完成情况：办结时间：2024.3，追回资金5万元。", "done"),
    ],
)
def test_a_status_field_opening_on_a_figure(field: str, status: str) -> None:
    notice = parse_notice(_HEAD + "1.基层医疗机构建设推进不快。\n整改任务：制定建设方案。\n" + field + "\n")
    assert [i.status for i in notice.items] == [status]


# The problems' dates run on after their text in one paragraph: the date done for some, a time limit for others (the
# date done is done; the limit, 长期坚持 and 立行立改 included, states nothing).
@pytest.mark.parametrize(
    ("done_date", "limit"),
    [
        ("完成时间：2024.5", "整改时限：长期坚持"),
        ("办结时间：2024年5月", "完成时限：立行立改。"),
        ("实际完成时间：2024/05/20", "整改时限：2024年12月"),
    ],
)
def test_dates_run_on_after_the_text(done_date: str, limit: str) -> None:
    notice = parse_notice(
        _HEAD
        + "1.基层医疗机构建设推进不快。\n整改情况：制定建设方案，新建卫生室3个。"
        + done_date
        + "\n2.人才队伍建设滞后。\n整改情况：制定人才引进计划，引进医师2名。"
        + limit
        + "\n"
    )
    assert [i.status for i in notice.items] == ["done", "unstated"]


# Measures run on in one paragraph, each closed by its own bracket: the problem is done only when all of them are.
@pytest.mark.parametrize(
    ("measures", "status"),
    [
        ("1、修订管理办法（持续推进）；2、开展专项检查（已完成）。", "in_progress"),
        ("(1)追缴欠款（正在推进）；(2)约谈责任人（已完成）；(3)修订制度（已完成）。", "in_progress"),
        ("①清理合同（基本完成）；②公开招租（已完成）。", "in_progress"),
    ],
)
def test_measures_in_one_paragraph_each_with_its_bracket(measures: str, status: str) -> None:
    notice = parse_notice(_HEAD + "1.基层医疗机构建设推进不快。\n整改措施：" + measures + "\n")
    assert [i.status for i in notice.items] == [status]


# The measures counted with those done among them: all done is done, fewer in progress.
@pytest.mark.parametrize(
    ("tally", "status"),
    [
        ("制定整改措施6项，已完成5项，其余1项按计划实施。", "in_progress"),
        ("共制定措施8条，目前已落实6条。", "in_progress"),
        ("制定整改措施3项，已完成3项。", "done"),
    ],
)
def test_a_tally_of_the_measures_done(tally: str, status: str) -> None:
    notice = parse_notice(_HEAD + "1.基层医疗机构建设推进不快。\n整改措施：" + tally + "\n")
    assert [i.status for i in notice.items] == [status]


# Records numbered by an ordinal alone on the line above their 问题： field.
@pytest.mark.parametrize("colon", ["：", ":"])
@pytest.mark.parametrize("first", [3, 7])
def test_an_ordinal_alone_over_a_record(colon: str, first: int) -> None:
    body = "".join(
        f"第{n}项\n问题{colon}{title}。\n整改措施{colon}制定方案，落实责任。\n"
        for n, title in ((first, "基层医疗机构建设推进不快"), (first + 1, "人才队伍建设滞后"))
    )
    notice = parse_notice(_HEAD + body)
    assert [(i.label, i.title) for i in notice.items] == [
        (str(first), "基层医疗机构建设推进不快"),
        (str(first + 1), "人才队伍建设滞后"),
    ]

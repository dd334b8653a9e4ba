"""Round 38's classes (issue 19), each with members the round's notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.dates import find_dates

_HEAD = (
    "中共某市某某局党组关于市委巡察整改进展情况的通报\n"
    "根据市委统一部署，2024年3月5日至5月10日，市委第四巡察组对市某某局党组进行了巡察。"
    "2024年6月20日，市委巡察组向市某某局党组反馈了巡察意见。现将巡察整改进展情况予以公布。\n"
    "一、整改工作开展情况\n局党组成立整改工作领导小组，逐项制定整改措施。\n"
    "二、巡察反馈问题整改落实情况\n"
)


def _records(label: str) -> str:
    """Two areas, each over unnumbered records <label>:<problem> > 整改情况:… closed by its status."""
    return (
        _HEAD + "（一）落实党中央决策部署方面\n"
        f"{label}：安全生产监管责任落实不到位，部分企业隐患排查流于形式。\n"
        "整改情况：开展隐患排查专项行动2次，督促企业整改隐患36处。目前，该问题已整改完成。\n"
        f"{label}：项目审批效率不高，个别审批事项超时限办理。\n"
        "整改情况：推行审批事项限时办结制度，压缩办理时限三分之一。目前，该问题已整改完成。\n"
        "（二）落实全面从严治党战略部署方面\n"
        f"{label}：公务用车管理不规范，部分车辆未按规定登记使用。\n"
        "整改情况：修订公务用车管理办法，补齐登记手续。目前，该问题已整改完成。\n"
        f"{label}：干部教育培训针对性不强，业务培训覆盖面不广。\n"
        "整改情况：制定年度培训计划，已开展专题培训2期。目前，该问题正在持续整改中。\n"
        "三、下一步工作打算\n持续巩固整改成果。\n中共某市某某局党组\n2024年11月8日\n"
    )


# Unnumbered records under an area, each problem given as a field of its own (反馈问题:/存在问题:/问题:<problem> >
# 整改情况:…): each record is a problem, labelled by its place under its area (a Xinjiang prefecture's layout).
# (A bare 问题: record is read by notices.tables._problem_records, numbered afresh under each area too.)
@pytest.mark.parametrize("label", ["存在问题", "主要问题", "问题描述", "问题"])
def test_problem_field_records_under_areas(label: str) -> None:
    notice = parse_notice(_records(label))
    assert [(i.label, i.status) for i in notice.items] == [
        ("1", "done"),
        ("2", "done"),
        ("1", "done"),
        ("2", "in_progress"),
    ]
    assert notice.items[1].title == "项目审批效率不高,个别审批事项超时限办理"
    assert notice.items[3].aspect == "(二)落实全面从严治党战略部署方面"


# A year whose 年 the page typed as 月 (2024月10月15日): the year, then the month and day — one reading, not a date
# whose year is carried from the sentence before.
@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2024月10月15日，市委巡察组反馈了巡察意见", "2024-10-15"),
        ("巡察于2023年5月至2024年7月开展，2023月9月6日反馈", "2023-09-06"),
        ("2021月3月，巡察组反馈", "2021-03"),
    ],
)
def test_year_typed_as_month(text: str, iso: str) -> None:
    assert find_dates(text)[-1].iso == iso

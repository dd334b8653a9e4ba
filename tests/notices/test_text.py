"""Normalisation and dates, by example."""

from __future__ import annotations

from datetime import date

import pytest

from notices.dates import cn_int, find_dates, find_deadline, find_range
from notices.normalize import normalize_lines


@pytest.mark.parametrize(
    ("raw", "lines"),
    [
        ("（一）强化组织领导", ["(一)强化组织领导"]),  # full-width brackets
        ("**三是**已组织办公室自查。", ["三是已组织办公室自查。"]),  # markdown bold left by converters
        ("于 2022 年 11 月 17 日召开", ["于2022年11月17日召开"]),  # stray spaces in numbers
        ("整改\ufffd情况：已完成", ["整改情况:已完成"]),  # replacement characters
        ("关於巡察整改進展情況的通報", ["关于巡察整改进展情况的通报"]),  # traditional characters
        (
            "召开领导班子巡察整改专题会议和党组会议，研究部署整改工作，明确责任分工，召开领导班子巡察整改专\n\n题民主生活会1次。",
            [
                "召开领导班子巡察整改专题会议和党组会议,研究部署整改工作,明确责任分工,召开领导班子巡察整改专题民主生活会1次。"
            ],
        ),  # soft line break in the middle of a sentence (seed 004)
        (
            "（四）努力抓好班子带好队伍，为事业发展提供不竭动\n\n力\n\n强化落实。",
            ["(四)努力抓好班子带好队伍,为事业发展提供不竭动力", "强化落实。"],
        ),
        ("1.问题1:党建资料不齐全。\n整改结果:已完成", ["1.问题1:党建资料不齐全。", "整改结果:已完成"]),
        (
            "电子邮箱:kjj@163.com，联系电话0000000000000000000000000000000\n中共某县科技局党组\n2023年9月26日",
            [
                "电子邮箱:kjj@163.com,联系电话0000000000000000000000000000000",
                "中共某县科技局党组",
                "2023年9月26日",
            ],
        ),
    ],
)
def test_normalize_lines(raw: str, lines: list[str]) -> None:
    assert normalize_lines(raw) == lines


@pytest.mark.parametrize(
    ("text", "isos"),
    [
        ("2024年7月12日至8月25日", ["2024-07-12", "2024-08-25"]),
        ("2024年9月25日至2025年1月7日", ["2024-09-25", "2025-01-07"]),
        ("2022年3月下旬至2022年6月下旬", ["2022-03", "2022-06"]),
        (
            "2022年10月24日至11月19日……1月16日反馈",
            ["2022-10-24", "2022-11-19", "2023-01-16"],
        ),  # the year turned
        ("二〇二五年六月八日", ["2025-06-08"]),
        ("发布时间: 2025-06-29 15:45", ["2025-06-29"]),
        ("2月30日", []),
    ],
)
def test_find_dates(text: str, isos: list[str]) -> None:
    assert [d.iso for d in find_dates(text, default_year=2023)] == isos


def test_inspection_range() -> None:
    found = find_range("根据部署,2024年7月12日至8月25日,县委第一巡察组进行了巡察。10月31日反馈")
    assert found is not None and (found[0].iso, found[1].iso) == ("2024-07-12", "2024-08-25")


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("确保年底前完成", ("2025-12-31", "年底前")),
        ("于5月底前完成全覆盖走访", ("2025-05-31", "5月底前")),
        ("计划三个月内完成问题整改", ("2025-09-08", "三个月内")),
        ("2026年6月30日前完成", ("2026-06-30", "2026年6月30日前")),
        ("已完成整改", None),
    ],
)
def test_find_deadline(text: str, deadline: tuple[str, str] | None) -> None:
    assert find_deadline(text, date(2025, 6, 8)) == deadline


@pytest.mark.parametrize(("text", "value"), [("12", 12), ("十二", 12), ("四", 4), ("二〇二五", 2025), ("abc", None)])
def test_cn_int(text: str, value: int | None) -> None:
    assert cn_int(text) == value

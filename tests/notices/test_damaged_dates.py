"""Dates whose page dropped 年 or 月 are read only when one reading is possible, never guessed (issue 19 point 5)."""

from __future__ import annotations

import pytest

from notices.dates import find_dates


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("并于20227月21日反馈了巡察意见", "2022-07-21"),  # 年 dropped
        ("并于202412月3日反馈了巡察意见", "2024-12-03"),
        ("并于2022年721日反馈了巡察意见", "2022-07-21"),  # 月 dropped: 72月 is no month
        ("并于2024年1224日反馈了巡察意见", "2024-12-24"),
        ("并于2023年1021日反馈了巡察意见", "2023-10-21"),  # 1月021日 is no date: a day has one or two digits
        ("并于2022年1027日反馈了巡察意见", "2022-10-27"),
        ("并于2024年1013日反馈了巡察意见", "2024-10-13"),
        ("并于2024年1130日反馈了巡察意见", "2024-11-30"),
        ("并于2024年10月24日反馈了巡察意见", "2024-10-24"),  # undamaged, as before
    ],
)
def test_a_damaged_date_with_one_reading_is_read(text: str, iso: str) -> None:
    assert [d.iso for d in find_dates(text)] == [iso]


@pytest.mark.parametrize(
    "text", ["并于2022年111日反馈", "并于2022年112日反馈", "并于2022年121日反馈"]
)  # 1月11日 or 11月1日 (1月21日 or 12月1日): no date
def test_a_damaged_date_with_two_readings_is_no_date(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(
    "text", ["根据县委统一部署,202442日至820日,县委第一巡察组开展了巡察", "2024919日,巡察组反馈了巡察意见"]
)
def test_a_date_that_lost_both_year_and_month_marks_is_no_date(text: str) -> None:
    """Pages that dropped every 年 and 月 (a county hospital's notice on a discipline-commission site; real
    openings 004 and 006) are labelled null in the development sets: the form is not read."""
    assert find_dates(text) == []

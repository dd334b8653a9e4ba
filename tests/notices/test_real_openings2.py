"""A second round of openings of real published notices (tests/data/real_openings2, each with its public address),
harvested after the parser had been fitted to the first (round 17), and the sentences of the genre their misses
taught."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from notices import parse_notice
from notices.header import read_claims

OPENINGS = sorted((Path(__file__).resolve().parent.parent / "data" / "real_openings2").glob("*.json"))
CASES = [json.loads(p.read_text("utf-8")) for p in OPENINGS]

# Each opening's facts, warnings and hard wraps are tested with the first set's (tests/notices/test_real_openings.py
# reads both folders); round 17's first reading missed four facts, all read now.


def test_the_second_round_is_there() -> None:
    assert len(CASES) >= 4
    assert all(case["source"].startswith("http") and case["source"] == case["url"] for case in CASES)


# What round 17 taught, in sentences of the genre other than the pages': each reads the pattern, not the page.
@pytest.mark.parametrize("dash", ["——", "—", "至", "――", "起至"])  # ――: GBK's dash as cp936 decodes it
def test_an_inspection_period_joined_by_the_chinese_dash(dash: str) -> None:
    text = (
        f"中共某县文化馆支部委员会关于巡察整改进展情况的通报\n根据县委统一部署,2023年3月1日{dash}2023年4月30日,"
        "县委第一巡察组对县文化馆党支部进行了巡察。2023年5月20日,县委巡察组向县文化馆党支部反馈了巡察意见。"
    )
    notice = parse_notice(text, "dash.txt")
    assert (notice.inspection_start, notice.inspection_end) == ("2023-03-01", "2023-04-30")
    assert notice.feedback_date == "2023-05-20"


@pytest.mark.parametrize(
    ("sentence", "completed", "in_progress"),
    [
        ("巡察反馈问题20个,已完成整改问题15个,正在整改问题5个。", 15, 5),
        ("反馈的30个问题,完成整改问题26个,基本完成并持续整改问题3个,未完成1个。", 26, 4),
    ],
)
def test_a_status_count_with_the_noun_between_status_and_number(
    sentence: str, completed: int, in_progress: int
) -> None:
    claimed = read_claims(sentence)
    assert (claimed.completed, claimed.in_progress) == (completed, in_progress)


@pytest.mark.parametrize(
    "units",
    ["市统计局、市档案馆等2家单位", "市统计局、市档案馆党组", "市直5家单位"],
)
def test_a_report_on_several_inspected_units_names_no_agency(units: str) -> None:
    text = (
        f"根据市委统一部署,2022年3月1日至4月30日,市委3个巡察组对{units}开展了常规巡察。"
        "2022年6月10日,市委巡察组向被巡察单位党组织反馈了巡察情况。现将整改进展情况向社会公开。"
    )
    notice = parse_notice(text, "round.txt")
    assert notice.agency is None
    assert (notice.inspection_start, notice.inspection_end, notice.feedback_date) == (
        "2022-03-01",
        "2022-04-30",
        "2022-06-10",
    )

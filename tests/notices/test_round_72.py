"""Round 72's classes (issue 19), each with members the round's notice does not print."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.header import read_claims
from notices.model import Claimed, Item
from notices.parse import consistency_warnings

_HEAD = (
    "中共某某区财政局党组关于巡察整改情况的通报\n"
    "根据区委统一部署,2022年4月10日至5月31日,区委第二巡察组对区财政局党组进行了巡察。现将巡察整改情况予以通报。\n"
    "(一)落实全面从严治党主体责任方面存在的问题\n1. 重点领域监管不到位\n"
)


# A delay told in figures under a problem's headline is the finding's fact, not the work's result: the problem's
# paragraph above its 整改情况: field is its title whole.
@pytest.mark.parametrize(
    "facts",
    [
        "2021年有5笔工程款在合同约定时间后2个月才支付。",
        "2022年信访件平均逾期15天才办结。",
        "3个项目竣工超过1年才完成决算审计。",
    ],
)
def test_a_delay_in_figures_is_more_of_the_finding(facts: str) -> None:
    headline = "资金拨付监管不及时。"
    notice = parse_notice(
        _HEAD + f"1){headline}{facts}\n整改情况:修订资金管理办法,明确各环节办理时限。目前,该问题已整改完成。\n"
    )
    assert [i.title for i in notice.items] == [(headline + facts).rstrip("。")]


# Counts of the specific problems every one of which is done, and of the ones taken into the routine (kept up).
@pytest.mark.parametrize(
    ("text", "completed", "longterm"),
    [
        ("巡察反馈的12个具体问题已全部整改完成。", 12, None),
        ("反馈的8项具体问题已经全部整改到位,其中2项纳入常态化管理。", 8, 2),
        ("已完成整改10个,纳入常态化整改的问题2个。", 10, 2),
    ],
)
def test_done_and_routine_counts(text: str, completed: int, longterm: int | None) -> None:
    claimed = read_claims(text)
    assert (claimed.completed, claimed.longterm) == (completed, longterm)


def _item(label: str, status: str) -> Item:
    return Item(int(label), label, f"问题{label}", None, None, status, "item", False)  # type: ignore[arg-type]


# A notice claiming every problem completed counts its kept-up ones among them; one counting them apart does not.
@pytest.mark.parametrize(
    ("claimed", "warnings"),
    [
        (Claimed(problems=4, completed=4, longterm=1), []),
        (Claimed(problems=4, completed=3, longterm=1), []),
        (
            Claimed(problems=4, completed=4, longterm=2),
            ["the notice claims 2 problems to keep up long-term but lists 1"],
        ),
    ],
)
def test_kept_up_problems_among_all_completed(claimed: Claimed, warnings: list[str]) -> None:
    items = [_item("1", "done"), _item("2", "done"), _item("3", "done"), _item("4", "done_longterm")]
    assert [str(w) for w in consistency_warnings(claimed, items, 0, None)] == warnings

"""Round 59 (issue 19): the classes the themed and special inspections' notices showed."""

from __future__ import annotations

import pytest

from notices.header import read_claims


# A done count told with 整改完毕 (finished), the done result word 完毕 as 整改到位 tells it: before its count
# (已整改完毕7个) or after it (3个问题已整改完毕), and never where the work is done only in part (基本整改完毕).
@pytest.mark.parametrize(
    ("text", "done", "open_"),
    [
        ("反馈的4个方面11个问题,截至目前已整改完毕9个,正在整改2个。", 9, 2),
        ("巡察反馈问题15项,已全部整改完毕12项,持续推进3项。", 12, 3),
        ("对反馈的6个问题,整改完毕5个,正在推进1个。", 5, 1),
        ("巡察组反馈的10个问题中,8个问题已整改完毕,2个正在整改。", 8, 2),
    ],
)
def test_a_done_count_told_with_zhenggai_wanbi(text: str, done: int, open_: int) -> None:
    claimed = read_claims(text)
    assert (claimed.completed, claimed.in_progress) == (done, open_)


@pytest.mark.parametrize("text", ["反馈的8个问题,已基本整改完毕6个,正在整改2个。"])
def test_work_done_in_part_is_no_done_count(text: str) -> None:
    assert read_claims(text).completed is None

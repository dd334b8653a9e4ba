"""Round 115's classes (issue 19), each with members the round's notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某省某厅党组关于省委巡视整改进展情况的通报\n"
    "根据省委统一部署，2024年3月4日至4月30日，省委第二巡视组对省某厅党组进行了巡视。现将巡视整改进展情况予以通报。\n"
)
_BODY = "（一）贯彻落实上级决策部署方面\n1.重点项目推进缓慢。\n整改情况：制定推进方案，加大调度力度。\n"


# The count of problems whose results have only begun (取得阶段性成效/进展/成果, 初见成效) is the count still open,
# whether it stands before those words (3个问题取得阶段性成效并持续推进: a provincial university's counts under
# 省委巡视) or after them (取得阶段性成效的问题2个), as 阶段性完成 counts so.
@pytest.mark.parametrize(
    ("counts", "in_progress"),
    [
        ("8个问题中已完成整改5个，3个问题已取得阶段性进展。", 3),
        ("8个问题中已完成整改6个，其余2个初见成效、仍需持续用力。", 2),
        ("8个问题中已完成整改4个，取得阶段性成果的问题4个。", 4),
        ("8个问题中已完成整改7个，1个取得初步成效，将继续推进。", 1),
    ],
)
def test_a_count_of_results_begun_is_still_open(counts: str, in_progress: int) -> None:
    notice = parse_notice(_HEAD + "截至目前，" + counts + "\n" + _BODY)
    assert notice.claimed.in_progress == in_progress

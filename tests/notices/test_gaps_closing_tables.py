"""A table of counts flattened one cell a line after the last problem is the notice's closing matter, not that
problem's measures (issue 19's round 97 gap: its 正在推进 column read as the last problem's pending work), with
members the round does not print: other titles, other column names, cells kept apart or run together."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某县某镇委员会关于巡察整改情况的通报\n"
    "二、整改落实情况\n"
    "问题一：村务公开不及时。\n整改情况：已完成整改，按季度公开村务。\n"
    "问题二：个别村干部违规报销。\n整改情况：开展专项检查，追回违规报销资金2万元。\n\n"
)
_TAIL = "\n\n下一步，镇党委将继续巩固整改成果。\n\n中共某县某镇委员会\n2024年9月26日\n"


@pytest.mark.parametrize(
    "table",
    [
        "巡察反馈问题整改情况统计表\n问题数\n已整改\n正在推进\n2个\n1个\n1个",
        "整改情况统计\n问题总数\n已完成整改\n推进中\n两个\n一个\n一个",
        "问题数量\n已销号\n正在整改\n长期推进\n2\n1\n1\n0",
        "整改进度统计\n反馈问题\n已办结\n正在整改\n持续推进二个一个一个〇个",
    ],
)
def test_a_closing_table_of_counts_is_no_pending_work(table: str) -> None:
    notice = parse_notice(_HEAD + table + _TAIL)
    assert [(i.label, i.pending) for i in notice.items] == [("问题一", False), ("问题二", False)]

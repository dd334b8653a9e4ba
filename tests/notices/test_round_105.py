"""Round 105's classes (issue 19: ledgers whose rows are measures), each with members the round's notices do not
print."""

from __future__ import annotations

import pytest

from notices.header import read_claims


# 尚在 says the work is still under way, as 仍在 and 还在 do: the count it stands with is of problems in progress.
@pytest.mark.parametrize(
    "sentence",
    ["已完成整改5个，尚在整改的问题2个。", "已完成整改5个，2个尚在推进。", "已完成整改5个，尚在推进整改2个。"],
)
def test_shang_zai_counts_the_problems_still_in_progress(sentence: str) -> None:
    assert read_claims(sentence).in_progress == 2

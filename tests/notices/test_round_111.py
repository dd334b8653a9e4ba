"""Round 111's classes (issue 19, ordinary notices as Word files): the ongoing verb with the 中 of its aspect before
the count of the open problems, a done section's heading joined to the keeping up of its result, and Word's legal
numbering (isLgl). The round's notices print none of these members (its first reading was whole); each was met by
varying the round's own placements (the counts paragraph, the status sections, Word's list numbering)."""

from __future__ import annotations

import pytest

from notices.header import read_claims


@pytest.mark.parametrize(
    ("sentence", "in_progress"),
    [
        ("巡察反馈问题共9个，已完成整改7个，正在整改中2个。", 2),
        ("已整改5个，持续推进中1个。", 1),
        ("已完成整改6个，还在推进中2个。", 2),
        ("已办结6个，仍在整改中3个。", 3),
        ("已完成整改8个，正在推进中的问题2个。", 2),
    ],
)
def test_the_ongoing_verb_with_its_zhong_counts_the_open_problems(sentence: str, in_progress: int) -> None:
    assert read_claims(sentence).in_progress == in_progress


@pytest.mark.parametrize(
    "sentence",
    ["已完成9个，推进中的问题2个。", "已销号5个，整改中的问题1个。", "已完成7个，持续推进中的问题2个。"],
)
def test_a_status_with_zhong_before_the_noun_makes_no_total(sentence: str) -> None:
    # the count after 整改中的问题 / 推进中的问题 is that status's, not the notice's problems
    assert read_claims(sentence).problems is None


def test_a_plans_object_is_still_no_count() -> None:
    # 尚在整改中的3个问题 with 的 before the count: the object of a closing plan (round 16), unchanged
    assert read_claims("镇党委将对尚在整改中的3个问题持续跟踪督办。").in_progress is None

"""The work done, only the ledger's striking off still to come, is done (issue 19's eleventh round: 已整改完成尚未销号,
left as a strict xfail), with members the harvest does not print: other done words, other negations and 待, the
ledger's other word (销账). A bare sign-off awaited (待销号, round 79) stays open."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = "中共某市某局党组关于巡察整改进展情况的通报\n二、整改落实情况\n"
_TITLE = "干部档案管理不规范"
_MEASURE = "完善干部档案审核制度。"


def _statuses(item: str) -> list[str]:
    return [i.status for i in parse_notice(_HEAD + item + "\n").items]


_DONE_BEFORE_SIGNOFF = ["已完成整改尚未销号", "整改到位暂未销号", "已完成整改，待销账", "已整改完毕还未销号"]


@pytest.mark.parametrize("phrase", _DONE_BEFORE_SIGNOFF)
def test_done_before_the_signoff_as_a_field_is_done(phrase: str) -> None:
    assert _statuses(f"1.{_TITLE}。\n整改情况：{phrase}。{_MEASURE}") == ["done"]


@pytest.mark.parametrize("phrase", _DONE_BEFORE_SIGNOFF)
def test_done_before_the_signoff_in_a_bracket_is_done(phrase: str) -> None:
    assert _statuses(f"1.{_TITLE}（{phrase}）。\n{_MEASURE}") == ["done"]


# Not members: the sign-off awaited with no done word before it stays open (read so before and after).
@pytest.mark.parametrize("phrase", ["待销号", "尚未销号"])
def test_a_bare_signoff_awaited_stays_open(phrase: str) -> None:
    assert _statuses(f"1.{_TITLE}（{phrase}）。\n{_MEASURE}") == ["in_progress"]

"""The five seed notices parse exactly as a careful reader listed them (tests/data/gold)."""

from __future__ import annotations

import pytest

from notices import parse_file
from tests.conftest import GOLD_IDS, GOLD_NOTICES, SAMPLES

from .gold_check import differences


@pytest.mark.parametrize("gold", GOLD_NOTICES, ids=GOLD_IDS)
def test_seed_matches_gold(gold: dict) -> None:
    notice = parse_file(str(SAMPLES / gold["file"]))
    assert differences(notice, gold) == []


@pytest.mark.parametrize("gold", GOLD_NOTICES, ids=GOLD_IDS)
def test_pending_items_carry_their_evidence(gold: dict) -> None:
    notice = parse_file(str(SAMPLES / gold["file"]))
    for item in notice.items:
        assert item.pending == bool(item.pending_evidence)
        for phrase in item.pending_evidence:
            assert phrase in item.measures


def test_claims_that_disagree_with_the_body_are_reported_not_fixed() -> None:
    notice = parse_file(str(SAMPLES / "000_a6a853e402721468.txt"))
    assert notice.claimed.problems == 34 and notice.item_count == 33
    assert "the notice claims 34 specific problems but lists 33" in map(str, notice.warnings)
    assert "item 33 is numbered 问题2 right after 问题32" in map(str, notice.warnings)


def test_a_notice_that_agrees_with_itself_has_no_warnings() -> None:
    notice = parse_file(str(SAMPLES / "001_686cb75796c8888e.txt"))
    assert notice.claimed.problems == notice.item_count == 28
    assert notice.warnings == ()


def test_each_item_keeps_its_rectification_text() -> None:
    notice = parse_file(str(SAMPLES / "003_4ec4d330bc6282d2.txt"))
    last = notice.items[-1]
    assert last.title == "存在人员混岗问题" and last.status == "in_progress"
    assert last.measures.startswith("一是根据市委组织部") and "欢迎" not in last.measures
    assert notice.items[9].measures.startswith("今年以来共开13次党组")


def test_deadlines_resolve_against_the_notice() -> None:
    notice = parse_file(str(SAMPLES / "002_406aab18e3364a22.txt"))
    assert notice.items[3].deadline == "2025-05-31" and notice.items[3].deadline_text == "5月底前"

"""The ledger stays right: one notice whatever its file, nothing dropped unconfirmed, history in order, undo."""

from __future__ import annotations

import json

from notices import parse_bytes, parse_notice
from store import Store
from tests.conftest import SAMPLES
from tests.notice_files import to_docx, to_pdf

TIANCHANG = (SAMPLES / "001_686cb75796c8888e.txt").read_text("utf-8")
SHUOZHOU = (SAMPLES / "003_4ec4d330bc6282d2.txt").read_text("utf-8")


def without_problem(text: str, number: int) -> str:
    """The same notice, same date, with problem (number) left out."""
    start = text.index(f"({number})")
    end = text.index(f"({number + 1})")
    return text[:start] + text[end:]


def test_the_pdf_of_a_stored_docx_is_a_duplicate(fresh_store: Store) -> None:
    first = fresh_store.ingest(parse_bytes(to_docx(SHUOZHOU), "朔州.docx"), "朔州.docx")
    again = fresh_store.ingest(parse_bytes(to_pdf(SHUOZHOU), "朔州.pdf"), "朔州.pdf")
    assert (first.outcome, again.outcome, again.notice_id) == ("new", "duplicate", first.notice_id)
    assert fresh_store.stats()["notices"] == 1 and len(fresh_store.latest()) == 1


def test_half_a_notice_is_held_with_what_it_would_drop(fresh_store: Store) -> None:
    full = fresh_store.ingest(parse_notice(TIANCHANG), "天长.txt")
    half = parse_notice(TIANCHANG[:4096], "the pasted text")  # what Telegram delivers as the first message
    held = fresh_store.ingest(half, "pasted text")
    assert held.outcome == "held" and held.previous_id == full.notice_id
    assert "16 problems" in held.reason and "lists 28" in held.reason
    assert len(held.changes) == 12 and all(c.kind == "dropped" for c in held.changes)
    assert fresh_store.stats()["notices"] == 1 and fresh_store.count_items([]) == 28  # nothing written
    confirmed = fresh_store.ingest(half, "pasted text", confirm=True)
    assert confirmed.outcome == "updated" and fresh_store.count_items([]) == 16


def test_one_problem_fewer_on_the_same_date_is_held(fresh_store: Store) -> None:
    fresh_store.ingest(parse_notice(TIANCHANG), "天长.txt")
    held = fresh_store.ingest(parse_notice(without_problem(TIANCHANG, 5)), "天长-2.txt")
    assert held.outcome == "held" and [c.title for c in held.changes] == ["联系服务企业需进一步加强"]


def test_a_notice_that_claims_far_more_problems_than_it_lists_is_held(fresh_store: Store) -> None:
    cut = TIANCHANG[:3000] + TIANCHANG[6900:]  # the middle lost, the closing claims (28 problems) kept
    held = fresh_store.ingest(parse_notice(cut), "cut.txt")
    assert held.outcome == "held" and "looks cut off" in held.reason
    assert fresh_store.stats()["notices"] == 0 and fresh_store.agencies() == []


def test_undo_takes_back_the_last_notice_and_keeps_a_copy(fresh_store: Store) -> None:
    full = fresh_store.ingest(parse_notice(TIANCHANG), "天长.txt")
    shorter = fresh_store.ingest(parse_notice(TIANCHANG[:4096]), "pasted text", confirm=True)
    assert fresh_store.last_ingested() == shorter.notice_id
    removed = fresh_store.remove_notice(shorter.notice_id, "undo")
    assert removed is not None and removed.current_id == full.notice_id and removed.item_count == 16
    assert fresh_store.count_items([]) == 28 and fresh_store.changes([]) == []
    assert {i.title for i in fresh_store.search(("慰问",))} == {"党组原则性不强"}  # full-text index follows
    copy = fresh_store.db.execute("SELECT reason, snapshot FROM removed_notices").fetchone()
    assert copy[0] == "undo" and len(json.loads(copy[1])["items"]) == 16
    fresh_store.remove_notice(full.notice_id)
    assert fresh_store.stats() == {"agencies": 0, "notices": 0, "current_notices": 0, "items": 0}
    assert fresh_store.search(("慰问",)) == [] and fresh_store.remove_notice(full.notice_id) is None

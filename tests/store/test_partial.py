"""A page or piece of a notice is held for a confirmation, never stored as the current notice of a new
agency: page 1 of a notice that claims more, problems numbered from the middle, a body that stops
in the middle of a problem, and an agency name read from a fragment."""

from __future__ import annotations

from dataclasses import replace

import pytest

from notices.parse import parse_notice
from store import Store
from tests.conftest import SAMPLES

# 青神's notice (31 problems in 10 groups): its opening calls the agency 县科协党组, its claim counts
# groups (四方面10个问题), and its full name and date are at the end.
LINES = (SAMPLES / "002_406aab18e3364a22.txt").read_text("utf-8").split("\n")


def starting(prefix: str) -> int:
    return next(i for i, line in enumerate(LINES) if line.startswith(prefix))


PIECES = {
    # its claim (四方面10个问题) is as near one problem as one group: read as ten problems, one listed
    "page 1 of the notice": ("\n".join(LINES[: starting("(2)")]), "cut_off"),
    "a photo of page 1 of 3": ("\n".join([*LINES[: starting("(2)")], "第1页 共3页"]), "pages"),
    "pages from problem 12 on": ("\n".join(LINES[: starting("二、") + 2] + LINES[starting("(12)") :]), "from_middle"),
    "a body that stops mid-problem": ("\n".join(LINES[: starting("(21)") + 2])[:-12], "stops"),
    "page 1 without the claims": ("\n".join(LINES[:1] + LINES[2 : starting("(2)")]), "fragment_name"),
}


@pytest.mark.parametrize("piece", PIECES, ids=list(PIECES))
def test_a_piece_of_a_notice_is_held_and_creates_no_agency(fresh_store: Store, piece: str) -> None:
    text, code = PIECES[piece]
    notice = parse_notice(text, "page.txt")
    held = fresh_store.ingest(notice, "page.txt")
    assert held.outcome == "held" and held.hold["code"] == code, held
    assert fresh_store.stats()["notices"] == 0 and fresh_store.agencies() == []  # nothing written
    stored = fresh_store.ingest(notice, "page.txt", confirm=True)  # "Store anyway"
    assert stored.outcome == "new"


def test_the_whole_notice_is_stored_at_once(fresh_store: Store) -> None:
    middle = starting("(12)")
    pages = [*LINES[:middle], "第1页 共2页", *LINES[middle:], "第2页 共2页"]  # a scan keeps its footers
    result = fresh_store.ingest(parse_notice("\n".join(pages), "qingshen.txt"), "qingshen.txt")
    assert result.outcome == "new" and result.agency == "青神县科学技术协会党组"


def test_a_later_page_does_not_replace_the_current_notice(fresh_store: Store) -> None:
    fresh_store.ingest(parse_notice("\n".join(LINES), "qingshen.txt"), "qingshen.txt")
    text, _ = PIECES["pages from problem 12 on"]
    held = fresh_store.ingest(parse_notice(text, "later.txt"), "later.txt")
    assert held.outcome == "held" and fresh_store.stats()["notices"] == 1


def test_a_page_whose_claim_counts_groups_is_held_as_missing_groups(fresh_store: Store) -> None:
    """A claim of groups alone (十个方面的问题, as the parser reads some notices) on a page of one group."""
    page = parse_notice("\n".join(LINES[: starting("(2)")]), "page.txt")
    notice = replace(page, claimed=replace(page.claimed, problem_groups=10, problems=None))
    held = fresh_store.ingest(notice, "page.txt")
    assert held.outcome == "held" and held.hold == {"code": "groups", "listed": 1, "claimed": 10}, held
    assert fresh_store.stats()["notices"] == 0

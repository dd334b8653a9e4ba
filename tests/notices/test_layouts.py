"""Complete notices in fourteen real layouts (tests/data/layouts, a copy of ../shared/layouts) parse item by item
as their gold says: every problem found once, in order, with its status, and the notice's own claims."""

from __future__ import annotations

import difflib
import json
from functools import cache
from typing import Any

import pytest

from notices import Notice, parse_file
from tests.conftest import DATA, norm

LAYOUTS = DATA / "layouts"
GOLDS = sorted((LAYOUTS / "gold").glob("*.json"))
HEADER = ["agency", "issuer", "region", "province", "prefecture", "inspection_team", "inspection_start"]
HEADER += ["inspection_end", "feedback_date", "published"]
CLAIMED = ["aspects", "problem_groups", "problems", "completed", "in_progress"]


@cache
def _t2s() -> Any:
    import opencc

    return opencc.OpenCC("t2s").convert


def simple(value: object) -> str | None:
    """As the gold README compares: NFKC, simplified script, no punctuation or spaces."""
    return None if value is None else norm(_t2s()(str(value)))


@cache
def parsed(name: str) -> Notice:
    return parse_file(str(LAYOUTS / "texts" / name))


def gold_of(path: Any) -> dict[str, Any]:
    return dict(json.loads(path.read_text("utf-8")))


@pytest.mark.parametrize("path", GOLDS, ids=[p.stem for p in GOLDS])
def test_every_problem_is_found_with_its_status(path: Any) -> None:
    gold = gold_of(path)
    notice = parsed(gold["file"])
    assert notice.item_count == len(gold["items"])
    for want, got in zip(gold["items"], notice.items, strict=True):
        # Titles as printed may keep converter artefacts (L13's 規(guī)範) the gold leaves out: 0.9 alike.
        alike = difflib.SequenceMatcher(None, simple(want["title"]), simple(got.title)).ratio()
        assert alike >= 0.9, (want["seq"], want["title"], got.title)
        assert got.status == want["status"], (want["seq"], want["title"])


@pytest.mark.parametrize("path", GOLDS, ids=[p.stem for p in GOLDS])
def test_the_notice_claims_are_read(path: Any) -> None:
    gold = gold_of(path)
    claimed = parsed(gold["file"]).claimed.to_dict()
    assert {k: claimed[k] for k in CLAIMED} == {k: gold["claimed"].get(k) for k in CLAIMED}


def test_header_facts_are_read_in_nineteen_of_twenty() -> None:
    right = total = 0
    for path in GOLDS:
        gold = gold_of(path)
        got = parsed(gold["file"]).to_dict()
        total += len(HEADER)
        right += sum(simple(got[k]) == simple(gold[k]) for k in HEADER)
    assert right >= 0.95 * total


def test_a_notice_claiming_far_more_problems_than_recognised_says_so() -> None:
    # L08 claims 29 problems and lists 16: the reader hears the gap, in the JSON of `rectibot parse --json` too.
    warnings = parsed("L08.txt").to_dict()["warnings"]
    assert {"code": "unrecognised", "claimed": 29, "listed": 16} in warnings
    assert "the notice says 29 problems; 16 were recognised: check it against the text" in map(
        str, parsed("L08.txt").warnings
    )


def test_a_notice_whose_count_agrees_raises_no_doubt() -> None:
    assert all(w.code != "unrecognised" for w in parsed("L01.txt").warnings)

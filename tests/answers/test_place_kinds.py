"""A question may scope the agencies by a kind of place instead of naming one (都有哪些县的, 哪些区还有没整改完的,
which counties do you have, 县级单位有哪些): the agencies whose own place is of that kind (溆浦县 and 青神县 are
counties, 天长市 and 朔州市 cities, 源城区 a district; 天长市 is county-level). A kind with nothing stored is said
so, never widened to every agency; a word that only begins like a kind (市场, 县委, 区域, 县级科技项目) is none.
"""

from __future__ import annotations

import itertools

import pytest

from answers.answer import answer
from answers.slots import read_place_kind
from presentation.render import format_answer
from store import Store
from tests.conftest import QS, SZ, TC, XP, YC

WHICH = ("都有哪些", "有哪些", "哪些", "哪几个", "各")
KINDS = {"县": "county", "市": "city", "区": "district", "乡镇": "town"}
AFTER = ("的", "有通报吗", "还有没整改完的？", "")


@pytest.mark.parametrize(("which", "word", "after"), list(itertools.product(WHICH, KINDS, AFTER)))
def test_a_which_word_before_a_kind_of_place_asks_for_that_kind(which: str, word: str, after: str) -> None:
    kind = read_place_kind(which + word + after)
    assert kind is not None and kind.key == KINDS[word]


@pytest.mark.parametrize(
    "question",
    ["哪些市场监管的问题没整改", "各县委巡察组反馈了什么", "哪些区域还有问题", "溆浦县级科技项目申报的问题",
     "有哪些县城建设的问题", "哪些市直单位有差旅费问题"],
)  # fmt: skip
def test_a_word_that_only_begins_like_a_kind_is_no_kind(question: str) -> None:
    assert read_place_kind(question) is None


@pytest.mark.parametrize(
    ("question", "agencies"),
    [
        ("都有哪些县的", [XP, QS]),
        ("有哪些市的通报", [TC, SZ]),
        ("which districts do you have", [YC]),
        ("县级单位有哪些", [XP, TC, QS, YC]),
        ("市级单位有哪些", [SZ]),
    ],
)
def test_the_agencies_of_a_kind_are_listed(store: Store, question: str, agencies: list[str]) -> None:
    result = answer(store, question)
    assert result.intent == "list_agencies" and sorted(result.agencies) == sorted(agencies)
    text = format_answer(result)
    assert all(a in text for a in agencies) and f"{len(agencies)}" in text.splitlines()[0]


def test_open_items_of_a_kind_are_those_agencies_open_items_only(store: Store) -> None:
    result = answer(store, "哪些县还有没整改完的")
    listed = [*result.items, *result.flagged]  # open, or marked done while their text shows work left
    assert result.intent == "open_items" and listed and {i.agency for i in listed} <= {XP, QS}
    assert "各县" in format_answer(result).splitlines()[0]


@pytest.mark.parametrize(
    ("question", "says"), [("都有哪些乡镇的", "各乡镇还没有收录"), ("which towns", "No agency in towns")]
)
def test_a_kind_with_nothing_stored_is_said_so_never_widened(store: Store, question: str, says: str) -> None:
    result = answer(store, question)
    assert result.agencies == [] and result.items == []
    assert format_answer(result).startswith(says)


def test_a_named_place_is_never_narrowed_by_a_kind_word(store: Store) -> None:
    """朔州 is named: 哪些市 beside it is no scope of its own."""
    result = answer(store, "朔州市有哪些问题没整改完")
    assert result.agencies == [SZ]

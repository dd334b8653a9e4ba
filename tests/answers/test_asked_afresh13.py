"""Questions of round 13's probe, each class of miss worded afresh: negations, everyday topic words and
follow-ups that point at one item or rank the agencies just asked about. The items they must find are
read from the gold files of the five sample notices.
"""

from __future__ import annotations

import pytest

from answers.answer import answer
from store import Store
from tests.answers.test_understanding import chat, pairs
from tests.conftest import QS, SZ, TC, XP, YC


@pytest.mark.parametrize(
    ("question", "agency", "open_seq", "done_seq"),
    [
        ("which qingshen items aren't finished?", QS, 12, 1),
        ("Shuozhou: what isn't fixed yet", SZ, 33, 8),
        ("朔州哪几项没有彻底整改", SZ, 10, 8),
        ("青神有哪些不是彻底完成的", QS, 16, 2),
    ],
)
def test_a_negated_finish_asks_for_the_open_items(
    store: Store, question: str, agency: str, open_seq: int, done_seq: int
) -> None:
    """aren't finished / 不是彻底完成: the items still open (or pending), never the clean done ones."""
    result = answer(store, question)
    assert result.intent == "open_items" and result.agencies == [agency]
    assert (agency, open_seq) in pairs(result) and (agency, done_seq) not in pairs(result)


@pytest.mark.parametrize(
    ("question", "agency", "seq"),
    [("工会那块的钱有问题的是谁", XP, 22), ("因私出国管理不严的是哪家", SZ, 30)],
)
def test_an_everyday_topic_word_finds_the_item_printed_otherwise(
    store: Store, question: str, agency: str, seq: int
) -> None:
    """工会 = 工会经费, 因私出国 as printed: the item whose title prints the notice's word."""
    result = answer(store, question)
    assert result.intent == "topic_search" and (agency, seq) in pairs(result)


@pytest.mark.parametrize(
    ("first", "then", "agency", "seq"),
    [("天长第9条是什么", "这个整改到位了没", TC, 9), ("溆浦问题21", "这个处理了吗", XP, 21)],
)
def test_this_before_a_verb_of_finishing_is_the_item_just_shown(
    store: Store, first: str, then: str, agency: str, seq: int
) -> None:
    _, asked = chat(store, first, then)
    assert asked.intent == "item_status" and pairs(asked) == {(agency, seq)}


@pytest.mark.parametrize("last", ["which one has fewer?", "哪个更多"])
def test_which_one_has_more_ranks_the_agencies_just_asked_about(store: Store, last: str) -> None:
    *_, ranked = chat(store, "溆浦一共多少问题", "那源城呢", last)
    assert ranked.intent == "summary" and set(ranked.agencies) == {XP, YC}


@pytest.mark.parametrize(
    ("first", "then"),
    [("朔州第18条是什么", "溆浦也有这个问题吗"), ("Shuozhou item 18", "does Xupu have the same problem?")],
)
def test_the_same_problem_asked_of_another_agency_searches_that_items_topic_there(
    store: Store, first: str, then: str
) -> None:
    """朔州 18 is about official cars (公务用车): 溆浦's item 20 has it too, never 溆浦's item 18."""
    _, asked = chat(store, first, then)
    assert asked.intent == "topic_search" and asked.agencies == [XP]
    assert (XP, 20) in pairs(asked) and (XP, 18) not in pairs(asked)


def test_the_same_problem_where_the_agency_has_none_is_its_answer_without_items(store: Store) -> None:
    _, asked = chat(store, "天长第3条", "does Xupu have the same problem?")
    assert asked.intent == "topic_search" and asked.agencies == [XP] and not asked.items

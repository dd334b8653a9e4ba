"""A question asking for the problems of one status that names a topic (意识形态的问题还有哪些没落实, which official car
problems are already fixed) lists that topic's items of that status, across the agencies or in the one named; where
none is of that status, it says so and counts the topic's items in other states. The items expected are read from
the gold files of the five sample notices: those whose title holds the notices' word for the topic.
"""

from __future__ import annotations

from collections import Counter

import pytest

from answers.answer import Answer, answer
from presentation.render import format_answer
from store import Store
from tests.answers.test_understanding import pairs
from tests.conftest import GOLD_NOTICES, SZ, TC, XP, YC

OPEN = ("in_progress", "unstated")
DONE = ("done", "done_longterm")


def gold(words: tuple[str, ...], agency: str | None = None) -> list[dict]:
    """The gold items whose title holds one of the words (of one agency, or of every agency), with their agency."""
    return [
        {**item, "agency": g["agency"]}
        for g in GOLD_NOTICES
        if agency in (None, g["agency"])
        for item in g["items"]
        if any(w in item["title"] for w in words)
    ]


def of_status(item: dict, status: str | None) -> bool:
    """The gold item belongs to the list the status filter asks for (None: still open)."""
    return {
        None: item["status"] in OPEN or (item["status"] in DONE and bool(item["pending"])),
        "done": item["status"] in DONE,
        "unstated": item["status"] == "unstated",
        "in_progress": item["status"] == "in_progress" or (item["status"] == "unstated" and bool(item["pending"])),
    }[status]


def expected(words: tuple[str, ...], status: str | None, agency: str | None = None) -> set[tuple[str, int]]:
    return {(i["agency"], i["seq"]) for i in gold(words, agency) if of_status(i, status)}


def agencies_of(found: set[tuple[str, int]]) -> set[str]:
    return {agency for agency, _ in found}


IDEOLOGY, CARS, FIRST_TOPIC = ("意识形态",), ("公务用车", "公车"), ("第一议题",)


@pytest.mark.parametrize(
    ("question", "words", "status"),
    [
        ("意识形态的问题还有哪些没落实", IDEOLOGY, None),
        ("which official car problems are already fixed", CARS, "done"),
    ],
)
def test_a_status_and_a_topic_across_agencies_list_that_topics_items_of_that_status(
    store: Store, question: str, words: tuple[str, ...], status: str | None
) -> None:
    result = answer(store, question)
    want = expected(words, status)
    assert want, "the gold must hold such items"
    assert result.intent == "open_items" and pairs(result) == want
    assert set(result.agencies) == agencies_of(want)


@pytest.mark.parametrize(
    ("question", "agency", "words", "status"),
    [
        ("源城第一议题方面没写进度的", YC, FIRST_TOPIC, "unstated"),
        ("Yuancheng: which ideology items are still unresolved", YC, IDEOLOGY, None),
        ("天长意识形态方面的问题已经整改完了的有哪些", TC, IDEOLOGY, "done"),
    ],
)
def test_a_status_and_a_topic_in_one_agency_list_its_items_of_that_topic_and_status(
    store: Store, question: str, agency: str, words: tuple[str, ...], status: str | None
) -> None:
    result = answer(store, question)
    want = expected(words, status, agency)
    assert want, "the gold must hold such items"
    assert result.intent == "open_items" and result.agencies == [agency] and pairs(result) == want


@pytest.mark.parametrize(
    ("question", "agency", "words", "status", "lang"),
    [
        ("哪些公车问题还没整改完", None, CARS, None, "zh"),
        ("Xupu: any travel expense items still outstanding", XP, ("差旅费",), None, "en"),
        ("which Shuozhou official car items are in progress", SZ, CARS, "in_progress", "en"),
    ],
)
def test_a_topic_with_no_item_of_that_status_says_so_and_counts_the_others(
    store: Store, question: str, agency: str | None, words: tuple[str, ...], status: str | None, lang: str
) -> None:
    """Nothing of that status, never every agency's list: the reply says none and how many the topic holds."""
    result = answer(store, question)
    others = gold(words, agency)
    assert others and not expected(words, status, agency), "the gold must hold the topic, none of that status"
    assert result.intent == "open_items" and result.lang == lang and pairs(result) == set()
    assert result.agencies == ([agency] if agency else [])
    assert {(i.agency, i.seq) for i in result.others} >= {(i["agency"], i["seq"]) for i in others}
    assert _says_count(result, len(result.others))


def _says_count(result: Answer, count: int) -> bool:
    text = format_answer(result)
    return str(count) in text and (("没有" in text) if result.lang == "zh" else (" no " in text))


def test_a_count_of_a_status_naming_a_topic_lists_and_names_that_topics_items(store: Store) -> None:
    """公车管理有多少已经整改完了: the figures, and under them the topic's done items, headed by the topic."""
    result = answer(store, "公车管理有多少已经整改完了")
    assert result.intent == "summary" and pairs(result) == expected(CARS, "done") and result.topic
    assert "公务用车" in format_answer(result)


TRAVEL = ("差旅费",)


@pytest.mark.parametrize(
    ("question", "words", "agency", "lang"),
    [
        ("差旅费的问题有多少个", TRAVEL, None, "zh"),
        ("how many official car problems are there", CARS, None, "en"),
        ("溆浦差旅费的问题有几个", TRAVEL, XP, "zh"),
    ],
)
def test_a_count_naming_a_topic_counts_that_topics_problems_by_status(
    store: Store, question: str, words: tuple[str, ...], agency: str | None, lang: str
) -> None:
    """差旅费的问题有多少个: the topic's problems counted by status and listed, never the store's whole figures."""
    result = answer(store, question)
    want = gold(words, agency)
    assert want, "the gold must hold the topic"
    assert result.intent == "summary" and result.lang == lang and result.counts is not None
    assert result.counts.items == len(want) < store.counts([]).items
    assert result.counts.by_status == dict(Counter(i["status"] for i in want))
    assert pairs(result) == {(i["agency"], i["seq"]) for i in want}
    first = format_answer(result).splitlines()[0]
    assert words[0] in first and str(len(want)) in first


def test_a_count_of_a_status_naming_a_topic_gives_the_topics_figures(store: Store) -> None:
    """公车管理有多少已经整改完了: the figures above the list are the topic's, not every agency's."""
    result = answer(store, "公车管理有多少已经整改完了")
    assert result.counts is not None and result.counts.items == len(gold(CARS))


@pytest.mark.parametrize(("count", "search"), [("意识形态方面一共有多少问题", "哪些单位有意识形态方面的问题")])
def test_a_topics_count_agrees_with_the_list_its_search_gives(store: Store, count: str, search: str) -> None:
    counted, listed = answer(store, count), answer(store, search)
    assert counted.counts is not None and listed.intent == "topic_search"
    assert counted.counts.items == listed.total and pairs(counted) == pairs(listed)
    assert counted.counts.by_status == dict(Counter(i.status for i in listed.items))

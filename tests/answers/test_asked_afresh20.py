"""Questions of round 20's probe, each class of miss worded afresh: a span of items from one number to another,
the first or last few said 头 / 后 / 俩 or with no noun in English, a body of a stored place that is not stored (a
hospital, a school, another bureau in English), a count asked together with the list, dialect words, and a
choice among the agencies offered for an ambiguous name made in the next turn (by position, level or place). The
items they must find are read from the gold files of the five sample notices.
"""

from __future__ import annotations

import pytest

from answers.answer import answer
from store import Store
from tests.answers.test_understanding import chat, pairs
from tests.conftest import QS, SZ, TC, XP, YC


@pytest.mark.parametrize(
    ("question", "agency", "seqs"),
    [
        ("溆浦第7到第9项", XP, {7, 8, 9}),
        ("天长第十一至十四条说的啥", TC, {11, 12, 13, 14}),
        ("青神24~27号", QS, {24, 25, 26, 27}),
        ("源城从第2个到第4个", YC, {2, 3, 4}),
        ("朔州14-16", SZ, {14, 15, 16}),
        ("Tianchang problems 20 through 23", TC, {20, 21, 22, 23}),
        ("Shuozhou items 5 to 7, fixed?", SZ, {5, 6, 7}),
    ],
)
def test_a_span_of_items_from_one_number_to_another_is_every_item_in_it(
    store: Store, question: str, agency: str, seqs: set[int]
) -> None:
    result = answer(store, question)
    assert result.agencies == [agency] and {(agency, s) for s in seqs} <= pairs(result)


@pytest.mark.parametrize(
    ("question", "agency", "seqs"),
    [
        ("青神头三个问题", QS, {1, 2, 3}),
        ("溆浦后四个是什么", XP, {30, 31, 32, 33}),
        ("朔州最后俩", SZ, {32, 33}),
        ("the last two of Xupu", XP, {32, 33}),
    ],
)
def test_the_first_or_last_few_said_another_way_are_that_run(
    store: Store, question: str, agency: str, seqs: set[int]
) -> None:
    result = answer(store, question)
    assert result.agencies == [agency] and {(agency, s) for s in seqs} <= pairs(result)


@pytest.mark.parametrize(
    "question",
    [
        "天长市人民医院还有啥没整改",
        "源城区第一中学的整改情况",
        "is anything open at the civil affairs bureau in Guangdong?",
        "how is the agriculture bureau of Anhui doing?",
    ],
)
def test_a_body_of_a_stored_place_that_is_not_stored_is_said_not_stored(store: Store, question: str) -> None:
    result = answer(store, question)
    assert result.agencies == [] and not result.items


@pytest.mark.parametrize(
    ("question", "agencies", "wanted"),
    [
        ("青神和朔州各还剩几个，分别是什么", [QS, SZ], {(QS, 12), (SZ, 33)}),
        ("溆浦和朔州各还剩几个，都是哪几个", [XP, SZ], {(SZ, 33)}),
    ],
)
def test_a_count_asked_with_the_list_is_the_list(
    store: Store, question: str, agencies: list[str], wanted: set[tuple[str, int]]
) -> None:
    result = answer(store, question)
    assert result.intent == "open_items" and sorted(result.agencies) == sorted(agencies) and wanted <= pairs(result)


@pytest.mark.parametrize(
    ("question", "agency", "wanted"),
    [("朔州有么子冇做完的", SZ, (SZ, 33)), ("源城仲有乜嘢冇改好", YC, (YC, 1))],
)
def test_dialect_words_read_as_everyday_mandarin(
    store: Store, question: str, agency: str, wanted: tuple[str, int]
) -> None:
    result = answer(store, question)
    assert result.intent == "open_items" and result.agencies == [agency] and wanted in pairs(result)


@pytest.mark.parametrize(
    ("first", "then", "agency", "wanted"),
    [
        ("科技局还有哪些问题没整改", "第四个", YC, (YC, 1)),
        ("科技局还有啥没改完", "地级市那个", SZ, (SZ, 33)),
        ("科技局还有哪些没改好", "第三个", SZ, (SZ, 10)),
        ("which science bureau still has open items", "the fourth one", YC, (YC, 2)),
    ],
)
def test_a_choice_among_the_agencies_offered_answers_the_question_there(
    store: Store, first: str, then: str, agency: str, wanted: tuple[str, int]
) -> None:
    offered, asked = chat(store, first, then)
    assert offered.choices, "the first turn offers the four 科技局"
    assert asked.intent == "open_items" and asked.agencies == [agency] and wanted in pairs(asked)


def test_a_level_that_leaves_several_of_the_choices_offers_those(store: Store) -> None:
    _, asked = chat(store, "科技局还有哪些没整改", "县级的")
    assert asked.agencies == [] and set(asked.choices) == {XP, TC, YC}


@pytest.mark.parametrize(
    ("question", "agency", "wanted"),
    [
        ("Shuozhou, the half-hearted one - status?", SZ, (SZ, 13)),
        ("Tianchang, the section chief posts held by leaders - what was done?", TC, (TC, 28)),
        ("Qingshen's one-size organisational activities, fixed?", QS, (QS, 26)),
    ],
)
def test_an_item_described_in_english_by_what_went_wrong_is_that_item(
    store: Store, question: str, agency: str, wanted: tuple[str, int]
) -> None:
    result = answer(store, question)
    assert result.intent in ("item_status", "topic_search") and result.agencies == [agency] and wanted in pairs(result)


@pytest.mark.parametrize("question", ["请帮忙草拟一份述职报告", "烦请草拟一份情况说明"])
def test_a_document_to_draft_is_declined_as_help(store: Store, question: str) -> None:
    result = answer(store, question)
    assert result.intent == "help" and result.agencies == []


@pytest.mark.parametrize(
    ("first", "then", "agency", "wanted"),
    [
        ("青神第12个问题", "源城相同编号的呢", YC, (YC, 12)),
        ("朔州问题20", "天长同一序号那个整改得怎么样", TC, (TC, 20)),
    ],
)
def test_the_same_number_asked_of_another_agency_is_its_item_of_that_number(
    store: Store, first: str, then: str, agency: str, wanted: tuple[str, int]
) -> None:
    _, asked = chat(store, first, then)
    assert asked.intent == "item_status" and asked.agencies == [agency] and wanted in pairs(asked)

"""Questions of round 19's probe, each class of miss worded afresh: a place name with one character slipped to
another that sounds alike in another tone or nearly, spaces typed inside a name or a topic, a topic word with one
character slipped, clauses before a question that say who asks and why, the done list turned away inside the
question, a name turned away for another, and follow-ups that point into the answer just given (上面第二个,
你说的第一家) or ask which items a count counted. The items they must find are read from the gold files of the five
sample notices.
"""

from __future__ import annotations

import pytest

from answers.answer import answer
from store import Store
from tests.answers.test_understanding import chat, pairs
from tests.conftest import QS, SZ, TC, XP, YC


@pytest.mark.parametrize(
    ("question", "agency", "wanted"),
    [
        ("甜长科技局第5项", TC, (TC, 5)),
        ("说州还有哪些没整改完", SZ, (SZ, 33)),
        ("愿城区还有哪些没改完", YC, (YC, 1)),
        ("青沈第20个", QS, (QS, 20)),
        ("叔州第15项", SZ, (SZ, 15)),
    ],
)
def test_a_name_with_one_character_slipped_to_a_near_sound_is_that_name(
    store: Store, question: str, agency: str, wanted: tuple[str, int]
) -> None:
    result = answer(store, question)
    assert result.agencies == [agency] and wanted in pairs(result)


@pytest.mark.parametrize(
    ("question", "agency", "wanted"),
    [("朔 州 还有哪些没整改完", SZ, (SZ, 10)), ("青 神 科 协 第 11 个", QS, (QS, 11))],
)
def test_spaces_typed_inside_a_name_leave_it_whole(
    store: Store, question: str, agency: str, wanted: tuple[str, int]
) -> None:
    result = answer(store, question)
    assert result.agencies == [agency] and wanted in pairs(result)


def test_a_topic_word_slipped_to_a_function_word_is_that_topic(store: Store) -> None:
    result = answer(store, "朔州公务有车的问题整改了没")  # 有 for 用: the slip splits the word, never a summary
    assert result.intent in ("topic_search", "item_status") and result.agencies == [SZ] and (SZ, 18) in pairs(result)


@pytest.mark.parametrize(
    ("question", "agency", "wanted"),
    [
        ("本人是一名退休干部，平时很关心基层党建，请问朔州市科技局目前还有哪些问题没有整改到位", SZ, (SZ, 33)),
        ("I'm a reporter covering official cars, what is still open at Shuozhou?", SZ, (SZ, 10)),
        ("作为一名财务人员，我关注报销的事，源城还有哪些问题没改完", YC, (YC, 1)),
    ],
)
def test_a_preamble_saying_who_asks_and_why_is_not_the_question(
    store: Store, question: str, agency: str, wanted: tuple[str, int]
) -> None:
    result = answer(store, question)  # the preamble's words (基层党建, official cars) never narrow the open list
    assert result.intent == "open_items" and result.agencies == [agency] and wanted in pairs(result)


@pytest.mark.parametrize(
    ("question", "agency", "wanted", "clean"),
    [
        ("别给我列已完成的，朔州还剩啥", SZ, (SZ, 10), (SZ, 2)),
        ("青神的不用看已经完成的，有待办的是哪些", QS, (QS, 16), (QS, 2)),
        ("溆浦除了已完成的还有没有别的", XP, None, (XP, 3)),
    ],
)
def test_the_done_list_turned_away_is_never_the_done_filter(
    store: Store, question: str, agency: str, wanted: tuple[str, int] | None, clean: tuple[str, int]
) -> None:
    result = answer(store, question)
    assert result.intent in ("open_items", "summary") and result.agencies == [agency]
    assert clean not in pairs(result) and (wanted is None or wanted in pairs(result))


@pytest.mark.parametrize(
    ("question", "agency", "wanted"),
    [("不查天长了，查查朔州第15项", SZ, (SZ, 15)), ("先不看源城，不看了，看看溆浦问题8", XP, (XP, 8))],
)
def test_a_name_turned_away_for_another_is_the_other(
    store: Store, question: str, agency: str, wanted: tuple[str, int]
) -> None:
    result = answer(store, question)
    assert result.agencies == [agency] and wanted in pairs(result)


@pytest.mark.parametrize(
    ("first", "then", "agency", "wanted"),
    [
        ("青神还有哪些没改完", "刚才列的第三个怎么整改的", QS, (QS, 17)),
        ("朔州还有哪些没整改完", "the second one above?", SZ, (SZ, 33)),
    ],
)
def test_a_number_into_the_list_just_shown_is_the_item_shown_there(
    store: Store, first: str, then: str, agency: str, wanted: tuple[str, int]
) -> None:
    _, asked = chat(store, first, then)
    assert asked.intent == "item_status" and asked.agencies == [agency] and pairs(asked) == {wanted}


@pytest.mark.parametrize(
    ("first", "then", "nth", "wanted"),
    [
        ("哪些单位有公务用车问题", "你说的第二家整改了吗", 2, {(SZ, 18), (XP, 20)}),
        ("哪些单位有差旅费问题", "第二家呢", 2, {(QS, 18), (XP, 21)}),
    ],
)
def test_the_nth_agency_of_the_answer_just_given_is_that_agency(
    store: Store, first: str, then: str, nth: int, wanted: set[tuple[str, int]]
) -> None:
    listed, asked = chat(store, first, then)
    shown = list(dict.fromkeys(i.agency for i in listed.items))  # the agencies in the order the answer shows them
    assert asked.agencies == [shown[nth - 1]] and pairs(asked) & wanted


@pytest.mark.parametrize(
    ("first", "then", "agency"), [("源城还剩几个没改", "分别是哪些", YC), ("天长还有几个没完成", "分别是啥", TC)]
)
def test_which_items_a_count_of_open_ones_counted_is_that_list(
    store: Store, first: str, then: str, agency: str
) -> None:
    _, asked = chat(store, first, then)
    assert asked.intent == "open_items" and asked.agencies == [agency]

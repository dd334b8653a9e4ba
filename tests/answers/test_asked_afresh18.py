"""Questions of round 18's probe, each class of miss worded afresh: a count over the items a number totals, a share
of what is not done, a question closed by thanks, everyday and English verbs of not finishing, a yes-or-no on
completion typed in pinyin, a level of place with or without a kind of agency, the agencies under a place, one
agency's problems asked plainly, and follow-ups that narrow, widen, relist, take the rest of a done list, add two
agencies together or ask about the notice of the item just shown. The items they must find are read from the gold
files of the five sample notices.
"""

from __future__ import annotations

import pytest

from answers.answer import answer
from store import Store
from tests.answers.test_understanding import chat, pairs
from tests.conftest import QS, SZ, TC, XP, YC


@pytest.mark.parametrize(("question", "agency"), [("朔州33项中有几项还在推进", SZ), ("源城20条里有几条有待办", YC)])
def test_a_number_the_items_are_counted_inside_is_no_item(store: Store, question: str, agency: str) -> None:
    result = answer(store, question)
    assert result.intent in ("summary", "open_items") and result.agencies == [agency] and result.number is None


@pytest.mark.parametrize(("question", "agency"), [("源城还没完成的占百分之多少", YC), ("溆浦没整改的占百分之几", XP)])
def test_a_share_of_what_is_not_done_is_a_count(store: Store, question: str, agency: str) -> None:
    result = answer(store, question)
    assert result.intent == "summary" and result.agencies == [agency]


@pytest.mark.parametrize(
    ("question", "agency", "wanted"),
    [("请问朔州还有哪些问题，谢谢", SZ, (SZ, 33)), ("Yuancheng, anything pending? thanks", YC, (YC, 5))],
)
def test_a_question_closed_by_thanks_is_asked(
    store: Store, question: str, agency: str, wanted: tuple[str, int]
) -> None:
    result = answer(store, question)
    assert result.intent == "open_items" and result.agencies == [agency] and wanted in pairs(result)


@pytest.mark.parametrize(
    ("question", "agency", "wanted"),
    [
        ("朔州哪几个没干完", SZ, (SZ, 10)),
        ("朔州 which items 还没 fix", SZ, (SZ, 33)),
        ("源城哪些还没干完", YC, (YC, 13)),
    ],
)
def test_everyday_and_english_verbs_of_not_finishing_ask_the_open_list(
    store: Store, question: str, agency: str, wanted: tuple[str, int]
) -> None:
    result = answer(store, question)
    assert result.intent == "open_items" and result.agencies == [agency] and wanted in pairs(result)


@pytest.mark.parametrize(
    ("question", "agency", "clean"),
    [("qingshen zhenggai wancheng le ma", QS, (QS, 1)), ("shuozhou zheng gai wan cheng le mei", SZ, (SZ, 2))],
)
def test_a_yes_or_no_on_completion_in_pinyin_is_never_the_done_list(
    store: Store, question: str, agency: str, clean: tuple[str, int]
) -> None:
    result = answer(store, question)
    assert result.intent in ("open_items", "summary") and result.agencies == [agency]
    assert clean not in pairs(result)


@pytest.mark.parametrize(
    ("question", "agencies"),
    [
        ("县一级的科技局都有谁", {XP, TC, YC}),
        ("县级市的科技局有哪些", {TC}),
        ("区级的科技局还有没整改完的吗", {YC}),
        ("市一级的科技局有几个问题", {SZ}),
    ],
)
def test_a_level_of_place_picks_the_agencies_at_it(store: Store, question: str, agencies: set[str]) -> None:
    result = answer(store, question)
    assert result.intent in ("list_agencies", "open_items", "summary") and set(result.agencies) == agencies


@pytest.mark.parametrize(("question", "agency"), [("眉山市下面的单位有哪些", QS), ("河源市下面的单位都有谁", YC)])
def test_the_agencies_under_a_place_are_listed(store: Store, question: str, agency: str) -> None:
    result = answer(store, question)
    assert result.intent == "list_agencies" and result.agencies == [agency]


@pytest.mark.parametrize(("question", "agency"), [("源城有哪些问题", YC), ("青神科协有哪些问题", QS)])
def test_one_agencys_problems_asked_plainly_are_its_summary(store: Store, question: str, agency: str) -> None:
    result = answer(store, question)
    assert result.intent in ("summary", "open_items") and result.agencies == [agency]


@pytest.mark.parametrize(("first", "then"), [("朔州已经完成的有哪些", "其余的呢"), ("Shuozhou done items", "the rest")])
def test_the_rest_of_a_done_list_is_what_is_not_done(store: Store, first: str, then: str) -> None:
    _, asked = chat(store, first, then)
    assert asked.intent == "open_items" and asked.agencies == [SZ]
    assert (SZ, 33) in pairs(asked) and (SZ, 1) not in pairs(asked)


@pytest.mark.parametrize(
    ("first", "then", "agency", "wanted"),
    [
        ("朔州还有哪些没整改完", "都列出来", SZ, (SZ, 10)),
        ("What's still open in Yuancheng?", "just the titles", YC, (YC, 6)),
    ],
)
def test_the_same_list_asked_again_in_a_form_stays_on_it(
    store: Store, first: str, then: str, agency: str, wanted: tuple[str, int]
) -> None:
    _, asked = chat(store, first, then)
    assert asked.intent == "open_items" and asked.agencies == [agency] and wanted in pairs(asked)


def test_a_topic_narrowed_inside_the_agency_just_asked_stays_in_it(store: Store) -> None:
    _, asked = chat(store, "溆浦整改情况怎么样", "只看公车的")
    assert asked.intent in ("topic_search", "item_status") and asked.agencies == [XP] and (XP, 20) in pairs(asked)


@pytest.mark.parametrize(("first", "second", "then"), [("溆浦一共多少个问题", "青神呢", "合起来呢")])
def test_two_agencies_just_asked_about_are_taken_together(store: Store, first: str, second: str, then: str) -> None:
    *_, asked = chat(store, first, second, then)
    assert asked.intent == "summary" and set(asked.agencies) == {XP, QS}


def test_another_status_added_to_a_filter_asks_both(store: Store) -> None:
    _, asked = chat(store, "朔州没标进度的是哪个", "把正在推进的也加上")
    assert asked.intent == "open_items" and asked.agencies == [SZ]
    assert {(SZ, 10), (SZ, 33)} <= pairs(asked)


@pytest.mark.parametrize(
    ("first", "then", "agency"),
    [("天长第8个问题", "它是哪个巡察组巡察的", TC), ("溆浦第9个", "它是什么时候反馈的", XP)],
)
def test_the_notice_of_the_item_just_shown_is_asked_about(store: Store, first: str, then: str, agency: str) -> None:
    _, asked = chat(store, first, then)
    assert asked.intent in ("summary", "latest") and asked.agencies == [agency]


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("青神前四条是什么", {(QS, 1), (QS, 2), (QS, 3), (QS, 4)}),
        ("溆浦最后两个问题改了没", {(XP, 32), (XP, 33)}),
        ("Yuancheng: the first three items", {(YC, 1), (YC, 2), (YC, 3)}),
    ],
)
def test_a_run_of_items_from_either_end_is_those_items(
    store: Store, question: str, wanted: set[tuple[str, int]]
) -> None:
    result = answer(store, question)
    assert result.intent == "item_status" and pairs(result) == wanted

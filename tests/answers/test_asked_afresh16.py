"""Questions of round 16's probe, each class of miss worded afresh: a done word negated by 不是 / 并非, work still
owed or left to do, a status left unwritten said the other way round, status filters typed in pinyin or hyphenated,
Q<N> for an item, a share as a count, topics in everyday words (内部机构, 最后表态, two posts, temps),
requests to change the store, the previous answer asked again in another language, a list asked with 具体, a place
with nothing stored named alone, and pending work carried to another agency. The items they must find are read
from the gold files of the five sample notices.
"""

from __future__ import annotations

import pytest

from answers.answer import answer
from store import Store
from tests.answers.test_understanding import chat, pairs
from tests.conftest import QS, SZ, TC, XP, YC

SZ_DONE_CLEAN = [(SZ, 1), (SZ, 8), (SZ, 21)]


@pytest.mark.parametrize("question", ["朔州有哪些并非已完成的事项", "朔州科技局不是已经完成的有哪些"])
def test_a_done_word_negated_by_bu_shi_lists_the_items_not_done(store: Store, question: str) -> None:
    """不是已完成的: 10 (unstated) and 33 (in progress), never a clean done item."""
    result = answer(store, question)
    assert result.intent == "open_items" and result.agencies == [SZ]
    assert {(SZ, 10), (SZ, 33)} <= pairs(result) and not pairs(result) & set(SZ_DONE_CLEAN)


@pytest.mark.parametrize(
    ("question", "agency"),
    [
        ("天长有啥还欠着的", TC),
        ("天长还有欠着的整改吗", TC),
        ("源城区还欠着啥", YC),
        ("Xupu: anything left to fix?", XP),
    ],
)
def test_work_still_owed_or_left_to_do_is_the_open_list(store: Store, question: str, agency: str) -> None:
    result = answer(store, question)
    assert result.intent == "open_items" and result.agencies == [agency]


@pytest.mark.parametrize("question", ["朔州哪几项状态不明", "朔州哪些没标注状态", "朔州 status missing items"])
def test_a_status_left_unwritten_said_another_way_is_the_unstated_filter(store: Store, question: str) -> None:
    result = answer(store, question)
    assert result.intent == "open_items" and (SZ, 10) in pairs(result) and (SZ, 33) not in pairs(result)


@pytest.mark.parametrize(
    ("question", "seq"),
    [
        ("shuozhou mei biao jin du de", 10),
        ("shuozhou zhengzai zhenggai de", 33),
        ("which Shuozhou items are in-progress", 33),
    ],
)
def test_a_status_filter_typed_in_pinyin_or_hyphenated_filters(store: Store, question: str, seq: int) -> None:
    result = answer(store, question)
    assert result.intent == "open_items" and result.agencies == [SZ] and pairs(result) == {(SZ, seq)}


@pytest.mark.parametrize(("question", "agency", "seq"), [("Tianchang Q9", TC, 9), ("朔州 q13 咋样", SZ, 13)])
def test_q_and_a_number_is_that_item(store: Store, question: str, agency: str, seq: int) -> None:
    """Q9 = 问题9; a quarter of a year (2025 Q2) stays no item."""
    result = answer(store, question)
    assert result.intent == "item_status" and (agency, seq) in pairs(result)
    assert answer(store, "朔州 2025 Q2 整改情况").intent != "item_status"


@pytest.mark.parametrize("question", ["青神整改完成的比例", "源城已经完成的占比", "溆浦已整改的百分比"])
def test_a_share_of_the_done_items_is_a_count(store: Store, question: str) -> None:
    assert answer(store, question).intent == "summary"


@pytest.mark.parametrize(
    ("question", "agency", "seq"),
    [
        ("谁家私自调整内部机构", SZ, 22),
        ("哪家单位一把手最后表态执行不好", QS, 23),
        ("who had someone holding two posts", SZ, 33),
        ("which agency had temps keeping the books", QS, 11),
    ],
)
def test_a_topic_in_everyday_words_finds_the_notices_word(store: Store, question: str, agency: str, seq: int) -> None:
    """内部机构 = 内设机构, 最后表态 = 末位表态, two posts = 混岗, temps = 临聘人员."""
    result = answer(store, question)
    assert result.intent == "topic_search" and (agency, seq) in pairs(result)


@pytest.mark.parametrize(
    "question", ["帮我把天长的问题都标记为已完成", "删除源城的通报", "mark all of Shuozhou's items as done"]
)
def test_a_request_to_change_the_store_is_declined(store: Store, question: str) -> None:
    assert answer(store, question).intent == "help"


@pytest.mark.parametrize(
    ("first", "then", "lang"), [("天长第12项", "用英文说一下", "en"), ("Yuancheng problem 4", "请用中文", "zh")]
)
def test_the_previous_answer_asked_in_another_language_is_the_same_answer(
    store: Store, first: str, then: str, lang: str
) -> None:
    before, again = chat(store, first, then)
    assert again.intent == before.intent == "item_status" and again.lang == lang and pairs(again) == pairs(before)


@pytest.mark.parametrize("then", ["具体哪些还没整改完", "具体是哪几项没办完"])
def test_a_list_asked_with_ju_ti_after_an_overview_is_the_list(store: Store, then: str) -> None:
    """具体 with a list cue of its own asks the open list of the agency just asked about, not one item's details."""
    _, asked = chat(store, "朔州整改情况怎么样", then)
    assert asked.intent == "open_items" and asked.agencies == [SZ] and {(SZ, 10), (SZ, 33)} <= pairs(asked)


@pytest.mark.parametrize("question", ["有没有河北的", "浙江的通报有吗"])
def test_a_place_with_nothing_stored_named_alone_lists_none(store: Store, question: str) -> None:
    result = answer(store, question)
    assert result.intent == "list_agencies" and result.agencies == []


def test_pending_work_carried_to_another_agency_is_its_pending_items(store: Store) -> None:
    """still has pending work: the items whose text is pending, whatever their status (源城's are unstated)."""
    _, asked = chat(store, "does Qingshen still have pending tasks", "and Yuancheng?")
    assert asked.intent == "open_items" and asked.agencies == [YC] and {(YC, 5), (YC, 17)} <= pairs(asked)


def test_xupu_has_no_item_a_negated_done_word_lists(store: Store) -> None:
    """溆浦's 33 are all done: 不是已完成的 lists nothing, and says so for 溆浦."""
    result = answer(store, "溆浦哪些不是已完成的")
    assert result.intent == "open_items" and result.agencies == [XP] and not result.items


@pytest.mark.parametrize(
    ("question", "agency", "seq"),
    [
        ("主题教育没落实的", TC, 18),
        ("票据管理挂账的", TC, 15),
        ("民主评议党员没落实", TC, 22),
        ("警示教育没落实", SZ, 11),
    ],
)
def test_a_topic_with_no_agency_and_a_lone_negative_word_is_the_topic(
    store: Store, question: str, agency: str, seq: int
) -> None:
    """没落实 / 挂账 beside a topic, no agency named: the problem's own words; the topic's items, not all open."""
    result = answer(store, question)
    assert result.intent == "topic_search" and (agency, seq) in pairs(result)

"""Questions of round 15's probe, each class of miss worded afresh: provinces by their one-character names and
the country's large regions, numbers written in words, slowness and leftovers as cue words, topics named only by a
group heading, 三公经费, and follow-ups that point at the one item just shown. The items they must find are read
from the gold files of the five sample notices.
"""

from __future__ import annotations

import pytest

from answers.answer import answer
from store import Store
from tests.answers.test_understanding import chat, pairs
from tests.conftest import QS, SZ, TC, XP, YC


@pytest.mark.parametrize(
    ("question", "agencies"),
    [
        ("蜀那边的科协整改完了吗", [QS]),
        ("湘的科技局有几个问题", [XP]),
        ("华东那家科技局完成率多少", [TC]),
        ("华中地区的科技局还有没整改完的吗", [XP]),
        ("what's still open in south China?", [YC]),
        ("皖和湘比一比", [TC, XP]),
    ],
)
def test_a_province_by_its_one_character_name_or_a_large_region_is_its_agencies(
    store: Store, question: str, agencies: list[str]
) -> None:
    """蜀 = 四川, 华东 covers 安徽, south China = 华南 covers 广东: the agencies stored there, no other."""
    assert sorted(answer(store, question).agencies) == sorted(agencies)


def test_a_one_character_name_inside_a_word_names_no_province(store: Store) -> None:
    """晋 in 晋升 (promotion) is not 山西: the question is a topic over every agency, not 朔州's list."""
    result = answer(store, "干部晋升程序不规范的有哪些单位")
    assert result.intent == "topic_search" and result.agencies != [SZ]


def test_a_province_by_its_one_character_name_with_nothing_stored_is_said(store: Store) -> None:
    result = answer(store, "鲁的科技局还有没完成的吗")
    assert result.agencies == [] and result.unknown == "山东"


@pytest.mark.parametrize(
    ("question", "agency", "seq"),
    [
        ("青神第二十九", QS, 29),
        ("Xupu's twenty-first problem", XP, 21),
        ("Tianchang issue no. twelve", TC, 12),
        ("the thirtieth item of Shuozhou", SZ, 30),
    ],
)
def test_an_item_number_written_in_words_is_that_item(store: Store, question: str, agency: str, seq: int) -> None:
    result = answer(store, question)
    assert result.intent == "item_status" and (agency, seq) in pairs(result)


def test_a_rank_in_chinese_numerals_is_no_item(store: Store) -> None:
    """排名第一 asks for the best agency, not item 1."""
    assert answer(store, "朔州和源城谁排名第一").intent == "summary"


def test_a_claimed_figure_in_chinese_numerals_checks_the_claims(store: Store) -> None:
    assert answer(store, "朔州说完成了三十二个，是真的吗").intent == "claims_check"


def test_a_year_written_digit_by_digit_bounds_the_notices(store: Store) -> None:
    """二零二四年以后: 天长's notice of 2023 is left out."""
    result = answer(store, "二零二四年以后的通报有哪些")
    assert result.intent == "latest" and result.agencies and TC not in result.agencies


@pytest.mark.parametrize("question", ["谁垫底", "这几家里哪个最拖拉"])
def test_slow_or_last_ranks_the_agencies(store: Store, question: str) -> None:
    assert answer(store, question).intent == "summary"


def test_a_tail_left_over_is_the_pending_work(store: Store) -> None:
    """尾巴 = the work the text says is still to come: 源城 5 and 6 (pending), never 源城 1 (no pending text)."""
    result = answer(store, "源城有尾巴的是哪些")
    assert result.intent == "open_items" and {(YC, 5), (YC, 6)} <= pairs(result) and (YC, 1) not in pairs(result)


def test_a_deadline_asked_as_its_end_date_is_the_deadline_filter(store: Store) -> None:
    result = answer(store, "朔州的整改几号截止")
    assert result.intent == "open_items" and result.status == "deadline" and result.agencies == [SZ]


@pytest.mark.parametrize(
    ("question", "agency", "seqs"),
    [("“四风”方面谁有问题", QS, {19, 20}), ("廉政风险防控那块出问题的单位", QS, {10, 11})],
)
def test_a_topic_named_only_by_a_group_heading_finds_the_items_under_it(
    store: Store, question: str, agency: str, seqs: set[int]
) -> None:
    """青神's “四风”问题依然存在 heads 违规公款购买香烟 and 超标准采购办公用品, which never say 四风."""
    result = answer(store, question)
    assert result.intent == "topic_search" and {(agency, s) for s in seqs} <= pairs(result)


def test_a_topic_under_a_heading_inside_one_agency_is_its_items(store: Store) -> None:
    result = answer(store, "青神四风那几条改好了没")
    assert result.agencies == [QS] and (QS, 19) in pairs(result)


@pytest.mark.parametrize("question", ["三公方面有毛病的是哪些", "哪家三公经费管得不严"])
def test_the_three_public_expenses_are_the_official_cars(store: Store, question: str) -> None:
    """三公经费 is never printed: 公务用车 is (溆浦 20, 朔州 18)."""
    result = answer(store, question)
    assert result.intent == "topic_search" and {(XP, 20), (SZ, 18)} <= pairs(result)


def test_a_post_left_empty_in_english_is_a_vacancy(store: Store) -> None:
    result = answer(store, "which branch had committee posts left empty?")
    assert result.intent == "topic_search" and result.agencies == [XP] and (XP, 27) in pairs(result)


@pytest.mark.parametrize(
    ("first", "then", "agency", "seq"),
    [("朔州第18条是什么", "这个溆浦有没有", XP, 20), ("溆浦问题21", "青神有这个吗", QS, 18)],
)
def test_the_same_problem_with_the_name_typed_inside_searches_that_items_topic(
    store: Store, first: str, then: str, agency: str, seq: int
) -> None:
    """这个<name>有没有 / <name>有这个吗: the problem just shown, looked for in the agency named."""
    _, asked = chat(store, first, then)
    assert asked.intent == "topic_search" and asked.agencies == [agency] and (agency, seq) in pairs(asked)


@pytest.mark.parametrize("then", ["那条改完了吗", "这个整改到位没"])
def test_that_one_after_a_topic_that_found_one_item_is_that_item(store: Store, then: str) -> None:
    """哪家有人员混岗的问题 finds 朔州 33 alone: 那条 is it."""
    _, asked = chat(store, "哪家有人员混岗的问题", then)
    assert asked.intent == "item_status" and pairs(asked) == {(SZ, 33)}

"""Questions of round 17's probe, each class of miss worded afresh: a yes-or-no on completion framed by 是不是 /
是否, an agency left out by 不算 / 不包括 / excluding, an item left out by 除了 inside one agency, several agencies
named with one topic or number, the deadline of one item named by its topic, who answers for the item just shown,
the agency at the end of a ranking pointed at next, the agencies with nothing on a topic, and a time bound on the
feedback or the inspection, or the earliest notice. The items they must find are read from the gold files of the
five sample notices.
"""

from __future__ import annotations

import pytest

from answers.answer import answer
from store import Store
from tests.answers.test_understanding import chat, pairs
from tests.conftest import QS, SZ, TC, XP, YC

EVERY = {XP, TC, QS, SZ, YC}
QS_DONE_CLEAN = {(QS, 1), (QS, 7), (QS, 14)}
SZ_DONE_CLEAN = {(SZ, 1), (SZ, 8), (SZ, 21)}


@pytest.mark.parametrize(
    ("question", "agency", "clean"),
    [("青神是否都已经整改完成", QS, QS_DONE_CLEAN), ("朔州科技局是不是全部已经完成了", SZ, SZ_DONE_CLEAN)],
)
def test_a_yes_or_no_on_completion_is_never_the_done_list(
    store: Store, question: str, agency: str, clean: set[tuple[str, int]]
) -> None:
    result = answer(store, question)
    assert result.intent in ("open_items", "summary") and result.agencies == [agency]
    assert not pairs(result) & clean


@pytest.mark.parametrize(
    ("question", "left_out"),
    [("不包括朔州，哪家完成率最低", SZ), ("excluding Yuancheng, which agency has the most problems", YC)],
)
def test_an_agency_left_out_of_a_ranking_is_not_in_it(store: Store, question: str, left_out: str) -> None:
    result = answer(store, question)
    assert result.intent == "summary" and set(result.agencies) == EVERY - {left_out}


@pytest.mark.parametrize(
    ("question", "agency", "kept", "gone"),
    [
        ("源城除了问题1以外还有哪些没整改", YC, (YC, 2), (YC, 1)),
        ("Shuozhou: apart from item 33, what's still open?", SZ, (SZ, 10), (SZ, 33)),
    ],
)
def test_an_item_left_out_inside_one_agency_is_left_out_of_its_list(
    store: Store, question: str, agency: str, kept: tuple[str, int], gone: tuple[str, int]
) -> None:
    result = answer(store, question)
    assert result.intent == "open_items" and result.agencies == [agency]
    assert kept in pairs(result) and gone not in pairs(result)


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("溆浦和朔州的会议记录问题整改了吗", {(XP, 26), (SZ, 23)}),
        ("青神、溆浦的第18个问题", {(QS, 18), (XP, 18)}),
    ],
)
def test_several_agencies_named_with_one_topic_or_number_answer_each(
    store: Store, question: str, wanted: set[tuple[str, int]]
) -> None:
    result = answer(store, question)
    assert result.intent in ("item_status", "topic_search") and wanted <= pairs(result) and not result.choices


@pytest.mark.parametrize(
    ("question", "agency", "seq"),
    [
        ("青神固定资产那条的整改期限是什么时候", QS, 12),
        ("what's the deadline for Yuancheng's incubator operator problem", YC, 8),
    ],
)
def test_the_deadline_of_one_item_named_by_its_topic_is_that_item(
    store: Store, question: str, agency: str, seq: int
) -> None:
    result = answer(store, question)
    assert result.intent == "item_status" and result.agencies == [agency] and (agency, seq) in pairs(result)


@pytest.mark.parametrize(
    ("first", "then", "agency", "seq"),
    [("天长第16项", "责任人是谁", TC, 16), ("Qingshen item 11", "who was responsible?", QS, 11)],
)
def test_who_answers_for_the_item_just_shown_is_that_item(
    store: Store, first: str, then: str, agency: str, seq: int
) -> None:
    _, asked = chat(store, first, then)
    assert asked.intent == "item_status" and pairs(asked) == {(agency, seq)}


@pytest.mark.parametrize(
    ("first", "then"),
    [("哪家剩的问题最多", "那家还有哪些没整改完"), ("which agency is furthest behind", "what's still open there?")],
)
def test_the_agency_a_ranking_ends_with_is_the_one_pointed_at_next(store: Store, first: str, then: str) -> None:
    ranking, asked = chat(store, first, then)
    assert ranking.intent == "summary" and ranking.picked == YC
    assert asked.intent == "open_items" and asked.agencies == [YC] and (YC, 1) in pairs(asked)


@pytest.mark.parametrize(
    ("question", "without"),
    [("哪家没有公务用车的问题", {TC, QS, YC}), ("which agencies don't have travel expense issues", {TC, SZ, YC})],
)
def test_the_agencies_with_nothing_on_a_topic_are_listed(store: Store, question: str, without: set[str]) -> None:
    result = answer(store, question)
    assert set(result.agencies) == without and not result.items


@pytest.mark.parametrize(
    ("question", "agencies"),
    [
        ("2022年反馈的是哪家", {YC}),
        ("哪些单位是2025年以后反馈的", {QS, SZ}),
        ("which agencies were inspected in 2024", {XP, QS, SZ}),
        ("最早的通报是哪个单位的", {YC}),
        ("the oldest notice", {YC}),
    ],
)
def test_a_time_bound_on_the_feedback_or_the_inspection_picks_the_agencies(
    store: Store, question: str, agencies: set[str]
) -> None:
    result = answer(store, question)
    assert result.intent == "latest" and set(result.agencies) == agencies


@pytest.mark.parametrize(("question", "nearest"), [("yuanchegn open items", YC), ("qingsehn status", QS)])
def test_a_name_with_letters_swapped_is_said_with_the_nearest_never_widened(
    store: Store, question: str, nearest: str
) -> None:
    result = answer(store, question)
    assert result.problem == "no_match" and nearest in result.suggestions
    assert not result.items and not result.agencies

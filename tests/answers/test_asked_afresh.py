"""Questions of round 11's probe, each class of miss worded afresh: the everyday words and the follow-ups
that read them. The items they must find are read from the gold files of the five sample notices.
"""

from __future__ import annotations

from datetime import date

import pytest

from answers.answer import answer
from presentation.markup import plain
from presentation.render import format_answer
from store import Store
from tests.answers.test_understanding import chat, pairs
from tests.conftest import QS, SZ, TC, XP, YC

ALL = {XP, TC, QS, SZ, YC}


@pytest.mark.parametrize(
    "question",
    ["青神科协还得接着办的是哪些", "青神哪几条后续还要继续做", "Qingshen: which items have follow-up work?"],
)
def test_work_still_to_do_in_everyday_words_lists_the_items_whose_text_says_so(store: Store, question: str) -> None:
    """还得接着办 / follow-up work: the items whose text states unfinished work, not every item done."""
    result = answer(store, question)
    assert result.intent == "open_items" and result.agencies == [QS]
    assert {(QS, 12), (QS, 16), (QS, 17)} <= pairs(result) and (QS, 1) not in pairs(result)


@pytest.mark.parametrize(
    ("question", "agency"),
    [
        ("朔州和上次相比有进展吗", SZ),
        ("溆浦跟上回比怎么样", XP),
        ("any progress at Tianchang compared with last time?", TC),
    ],
)
def test_compared_with_last_time_asks_for_the_changes(store: Store, question: str, agency: str) -> None:
    result = answer(store, question)
    assert result.intent == "changes" and result.agencies == [agency]


@pytest.mark.parametrize(
    "question", ["你们这里有哪些地区的整改通报", "贵平台收录了哪些省的单位", "which regions do you cover?"]
)
def test_the_places_covered_are_the_agencies_stored(store: Store, question: str) -> None:
    result = answer(store, question)
    assert result.intent == "list_agencies" and set(result.agencies) == ALL


@pytest.mark.parametrize(
    ("question", "agencies"),
    [("哪家的通报是2023年发布的", [TC]), ("2023年印发的整改通报有哪些", [TC]),
     ("Which agency's notice was published in 2023?", [TC])],
)  # fmt: skip
def test_a_year_of_publishing_bounds_the_notices_and_names_their_agencies(
    store: Store, question: str, agencies: list[str]
) -> None:
    result = answer(store, question)
    assert result.intent == "latest" and result.agencies == agencies


@pytest.mark.parametrize(
    ("topic", "pointed", "agency", "seq"),
    [("哪些单位有公务用车问题", "朔州那条整改好了吗", SZ, 18),
     ("哪些单位有差旅费问题", "青神那一条现在啥情况", QS, 18)],
)  # fmt: skip
def test_a_name_and_that_one_after_a_list_is_that_agencys_item(
    store: Store, topic: str, pointed: str, agency: str, seq: int
) -> None:
    *_, result = chat(store, topic, pointed)
    assert result.intent == "item_status" and pairs(result) == {(agency, seq)}


@pytest.mark.parametrize("then", ["那个改完了吗", "那项现在什么情况"])
def test_that_one_after_one_item_is_that_item(store: Store, then: str) -> None:
    *_, result = chat(store, "源城第8个问题", "不对，是第9个", then)
    assert result.intent == "item_status" and pairs(result) == {(YC, 9)}


@pytest.mark.parametrize(
    ("question", "agency", "seq"),
    [
        ("哪个单位让临时工管财务", QS, 11),
        ("谁拿公款买香烟", QS, 19),
        ("which agency let temporary staff run the finances", QS, 11),
    ],
)
def test_two_topic_words_find_the_problem_that_has_both(store: Store, question: str, agency: str, seq: int) -> None:
    """临时工 + 财务: the one item about temporary staff doing the accounts, not every 财务 item."""
    result = answer(store, question)
    assert result.intent == "topic_search" and result.agencies == [agency] and pairs(result) == {(agency, seq)}


def test_two_topic_words_joined_by_and_find_either(store: Store) -> None:
    result = answer(store, "公车和差旅费方面的问题")
    assert {(XP, 20), (SZ, 18), (XP, 21), (QS, 18)} <= pairs(result)


@pytest.mark.parametrize("question", ["浙江的科技局有通报吗", "江苏有没有整改通报", "any notices from Zhejiang?"])
def test_whether_a_place_with_nothing_stored_has_notices_is_said_plainly(store: Store, question: str) -> None:
    """A kind of agency (科技局) beside an unknown place is part of the name, never a topic to search."""
    result = answer(store, question)
    assert result.intent == "list_agencies" and result.agencies == [] and result.problem == "none_in_place"


@pytest.mark.parametrize(("question", "agency"), [("四川有整改通报吗", QS), ("广东有没有通报", YC)])
def test_whether_a_place_has_notices_lists_its_agencies(store: Store, question: str, agency: str) -> None:
    result = answer(store, question)
    assert result.intent == "list_agencies" and result.agencies == [agency]


@pytest.mark.parametrize(
    ("question", "lang"), [("朔州有超期没整改的吗", "zh"), ("is anything at Shuozhou overdue?", "en")]
)
def test_overdue_with_no_deadline_stated_shows_what_is_still_open_and_says_why(
    store: Store, question: str, lang: str
) -> None:
    """No stated deadline has passed, yet 朔州 10 and 33 are open with none stated: they are shown, not hidden."""
    result = answer(store, question, today=date(2027, 1, 1))
    assert result.status == "overdue" and result.total == 0
    assert {(SZ, 10), (SZ, 33)} <= pairs(result) and (SZ, 1) not in pairs(result)
    text = plain(format_answer(result))
    assert ("没有写明整改时限" if lang == "zh" else "no deadline stated") in text


@pytest.mark.parametrize(
    ("question", "agencies"),
    [("哪些单位出国管理不严", {SZ}), ("领导私自出国管理不严的有哪些单位", {SZ, YC}), ("谁家开会不做记录", {SZ, XP})],
)
def test_beside_the_best_match_only_items_holding_a_telling_word_of_the_topic(
    store: Store, question: str, agencies: set[str]
) -> None:
    """出国 tells the topic; 管理不严 or a common 领导 alone (溆浦's 公务用车) does not.

    源城 20's measures mention 出国: it is listed.
    """
    result = answer(store, question)
    assert result.intent == "topic_search" and set(result.agencies) == agencies

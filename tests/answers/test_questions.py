"""Questions typed in chat, in Chinese and English, answered from the five sample notices.

Each row: the question, the intent, the agencies the answer is about, and item labels it must list
(built from the gold files: 朔州 has items 10 (unstated) and 1 (in progress) open; 6 and 13 are
marked done with pending work; every 源城 item is unstated; 青神 12/16/17 are done with pending work).
"""

from __future__ import annotations

import pytest

from answers.answer import answer
from presentation.markup import plain
from presentation.render import format_answer
from store import Store
from tests.conftest import QS, SZ, TC, XP, YC

SZ_OPEN = {"10", "1"}
YC_ALL = {str(n) for n in range(1, 21)}

CASES: list[tuple[str, str, set[str], set[str]]] = [
    # open_items
    ("朔州还有哪些问题没整改完", "open_items", {SZ}, SZ_OPEN),
    ("朔州市还有哪些问题没有完成?", "open_items", {SZ}, SZ_OPEN),
    ("朔州科技局有哪些未完成的问题", "open_items", {SZ}, SZ_OPEN),
    ("朔州市科学技术局还有哪些问题正在推进", "open_items", {SZ}, {"1"}),  # in progress only
    ("朔州市科技局党组还有哪些没整改完", "open_items", {SZ}, SZ_OPEN),
    ("which problems are still open for shuozhou", "open_items", {SZ}, SZ_OPEN),
    ("What is still outstanding in Shuozhou?", "open_items", {SZ}, SZ_OPEN),
    ("山西还有哪些问题没整改完", "open_items", {SZ}, SZ_OPEN),
    ("朔州科學技術局還有哪些問題沒整改完", "open_items", {SZ}, SZ_OPEN),  # traditional characters
    ("源城区还有哪些问题未整改", "open_items", {YC}, set()),
    ("河源还有哪些问题没整改完", "open_items", {YC}, set()),
    ("广东有哪些问题还没完成", "open_items", {YC}, set()),
    ("青神科协还有哪些问题没整改完", "open_items", {QS}, {"12", "16", "17"}),
    ("open items for qingshen", "open_items", {QS}, {"12", "16", "17"}),
    ("溆浦还有什么没整改完", "open_items", {XP}, set()),
    ("叙浦科技局还有哪些问题没整改完", "open_items", {XP}, set()),  # typo: 叙 for 溆
    ("湖南还有哪些问题没整改完", "open_items", {XP}, set()),
    ("yuancheng unfinished problems", "open_items", {YC}, set()),
    ("四川有哪些问题尚未整改", "open_items", {QS}, {"12"}),
    ("安徽还有哪些问题没完成", "open_items", {TC}, set()),
    ("🙂 朔州还有哪些问题没整改完 🙂", "open_items", {SZ}, SZ_OPEN),
    # item_status
    ("溆浦问题21整改了吗", "item_status", {XP}, {"问题21"}),
    ("溆浦县科技局的问题21进展如何", "item_status", {XP}, {"问题21"}),
    ("What is the status of problem 21 in Xupu?", "item_status", {XP}, {"问题21"}),
    ("朔州第10个问题整改了吗", "item_status", {SZ}, {"10"}),
    ("叙浦问题21改了吗", "item_status", {XP}, {"问题21"}),
    ("青神科协第18项整改了吗", "item_status", {QS}, {"18"}),
    ("xupu item 21", "item_status", {XP}, {"问题21"}),
    ("溆浦差旅费问题整改了吗", "item_status", {XP}, {"问题21"}),
    ("天长市科技局问题12整改了吗", "item_status", {TC}, {"12"}),
    ("源城区第5项整改了吗", "item_status", {YC}, {"5"}),
    ("朔州公务用车的问题改了吗", "item_status", {SZ}, {"18"}),
    ("shuozhou #13", "item_status", {SZ}, {"13"}),
    ("Is problem 6 in Shuozhou done?", "item_status", {SZ}, {"6"}),
    # topic_search
    ("哪些单位有差旅费问题", "topic_search", {XP, QS}, {"问题21", "18", "31"}),
    ("哪些单位存在公务用车问题?", "topic_search", {XP, SZ}, {"问题20", "18"}),
    ("which agencies have travel expense problems", "topic_search", {XP, QS}, {"问题21", "18"}),
    ("which agencies share the official vehicle problem", "topic_search", {XP, SZ}, {"问题20", "18"}),
    ("哪些单位有第一议题问题", "topic_search", {XP, SZ, YC}, {"问题1", "1", "2"}),
    ("哪些单位有档案问题", "topic_search", {XP, TC}, {"问题3", "问题4", "问题29", "6", "28"}),  # 2 characters
    ("who else has problems with cigarettes", "topic_search", {QS}, {"19"}),
    ("哪些单位有“香烟”问题", "topic_search", {QS}, {"19"}),
    ("哪些单位有工会经费问题", "topic_search", {XP}, {"问题22"}),
    ("which agencies have union fund problems", "topic_search", {XP}, {"问题22"}),
    ("哪些單位有差旅費問題", "topic_search", {XP, QS}, {"问题21"}),  # traditional
    ("山西哪些单位有公务用车问题", "topic_search", {SZ}, {"18"}),
    # summary
    ("山西的整改完成了多少", "summary", {SZ}, set()),
    ("朔州一共多少个问题", "summary", {SZ}, set()),
    ("How many problems has Shuozhou finished?", "summary", {SZ}, set()),
    ("湖南的整改统计", "summary", {XP}, set()),
    ("整改总体完成率是多少", "summary", set(), set()),
    ("青神科协完成率", "summary", {QS}, set()),
    ("天长科技局整改情况怎么样", "summary", {TC}, set()),
    # claims_check
    ("青神科协的通报说的对得上吗", "claims_check", {QS}, set()),
    ("溆浦的通报自述和正文一致吗", "claims_check", {XP}, set()),
    ("Do Xupu's claims match its notice?", "claims_check", {XP}, set()),
    ("核对朔州的通报", "claims_check", {SZ}, set()),
    # summary in everyday words
    ("天长整改进展如何", "summary", {TC}, set()),
    ("最近溆浦整改得怎么样", "summary", {XP}, set()),
    ("how far is Xupu with the rectification", "summary", {XP}, set()),
    # changes
    ("朔州科技局有什么变化", "changes", {SZ}, set()),
    ("what changed for shuozhou", "changes", {SZ}, set()),
    # latest
    ("最新的通报", "latest", set(), set()),
    ("latest notices", "latest", set(), set()),
    ("最近收录了哪些通报", "latest", set(), set()),
    ("给我看看最近收到的通报", "latest", set(), set()),
    ("最近有啥新通报", "latest", set(), set()),
    # list_agencies
    ("有哪些单位", "list_agencies", {XP, TC, QS, SZ, YC}, set()),
    ("收录了哪些单位?", "list_agencies", {XP, TC, QS, SZ, YC}, set()),
    ("list agencies", "list_agencies", {XP, TC, QS, SZ, YC}, set()),
    ("山西有哪些单位", "list_agencies", {SZ}, set()),
    ("你们库里都有哪些机关", "list_agencies", {XP, TC, QS, SZ, YC}, set()),
    ("which organisations are covered?", "list_agencies", {XP, TC, QS, SZ, YC}, set()),
    # help
    ("广东省的单位", "list_agencies", {YC}, set()),
    # English phrasings met in a probe of new questions (each a family of cues in intents.toml)
    ("Is there anything Shuozhou still hasn't fixed?", "open_items", {SZ}, {"1", "10"}),
    ("What remains to be done at Qingshen?", "open_items", {QS}, {"12", "16", "17"}),
    ("What was Shuozhou's issue number 22?", "item_status", {SZ}, {"22"}),
    ("Which notices came in most recently?", "latest", set(), set()),
    ("Which bodies do you track?", "list_agencies", {XP, TC, QS, SZ, YC}, set()),
    ("朔州第22", "item_status", {SZ}, {"22"}),
    ("青神科协说的10个问题和实际一样吗", "claims_check", {QS}, set()),
    # a cue typed in pinyin is read as it is said: mei zuo wan = 没做完 (not a rare reading of 完)
    ("qing shen hai you shen me mei zuo wan", "open_items", {QS}, {"12", "16", "17"}),
    ("你好", "help", set(), set()),
    ("help", "help", set(), set()),
]


def labels(result) -> set[str]:  # type: ignore[no-untyped-def]
    return {i.label for i in [*result.items, *result.flagged]}


@pytest.mark.parametrize(("question", "intent", "agencies", "items"), CASES, ids=[c[0][:24] for c in CASES])
def test_question(store: Store, question: str, intent: str, agencies: set[str], items: set[str]) -> None:
    result = answer(store, question)
    assert result.problem is None, plain(format_answer(result))
    assert result.intent == intent
    assert set(result.agencies) == agencies
    assert items <= labels(result)


def test_english_words_are_topics_only_from_their_start(store: Store) -> None:
    result = answer(store, "SELECT * FROM items")  # s-elect is not 选举 (election)
    assert result.intent == "help" and result.agencies == [] and result.items == []


def test_there_are_at_least_sixty_questions() -> None:
    assert len(CASES) >= 60


def test_topic_search_counts_every_match_not_only_those_listed(store: Store) -> None:
    result = answer(store, "哪些单位有档案问题")
    assert result.total == 10  # 溆浦 8 items, 天长 2 (grep 档案 over the samples)


def test_open_items_separate_pending_work_declared_done(store: Store) -> None:
    result = answer(store, "朔州还有哪些问题没整改完")
    assert {i.label for i in result.items} == SZ_OPEN and result.total == 2
    assert {i.label for i in result.flagged} == {"6", "13"}
    assert all(i.status == "done" and i.pending_evidence for i in result.flagged)


def test_every_open_yuancheng_item_is_listed_with_a_count(store: Store) -> None:
    result = answer(store, "源城区还有哪些问题未整改")
    assert result.total == 20 and {i.label for i in result.items} == YC_ALL


def test_answers_cite_notice_and_item(store: Store) -> None:
    text = plain(format_answer(answer(store, "溆浦问题21整改了吗")))
    assert "溆浦县科学技术局党组 2025-06-08 通报，问题21" in text
    assert "差旅费报销不规范" in text and "已完成" in text


def test_answers_come_in_the_language_asked(store: Store) -> None:
    zh = plain(format_answer(answer(store, "朔州还有哪些问题没整改完")))
    en = plain(format_answer(answer(store, "which problems are still open for shuozhou")))
    assert "还没整改完的问题" in zh and "problems still open" in en


@pytest.mark.parametrize(
    ("question", "difference"),
    [
        ("溆浦的通报自述和正文一致吗", "⚠ 通报自述34个具体问题，正文列出33个"),
        ("Do Xupu's claims match its notice?", "⚠ the notice claims 34 specific problems but lists 33"),
    ],
)
def test_claims_check_reports_the_difference_in_the_language_asked(
    store: Store, question: str, difference: str
) -> None:
    assert difference in plain(format_answer(answer(store, question)))


@pytest.mark.parametrize(
    ("question", "choices"),
    [
        ("科技局还有哪些问题没整改完", {XP, TC, SZ, YC}),
        ("科学技术局的问题21整改了吗", {XP, TC, SZ, YC}),
    ],
)
def test_several_good_matches_are_offered_as_choices(store: Store, question: str, choices: set[str]) -> None:
    result = answer(store, question)
    assert result.problem == "ambiguous" and set(result.choices) == choices and result.items == []


@pytest.mark.parametrize(
    "question",
    [
        "北京市朝阳区教育局还有哪些问题没整改完",
        "上海市浦东新区科技局的问题1整改了吗",
        "长沙市教育局有什么变化",
    ],
)
def test_an_agency_that_is_not_stored_is_said_so(store: Store, question: str) -> None:
    result = answer(store, question)
    assert result.problem == "no_match"
    assert "没有认出" in plain(format_answer(result))  # the name as typed is said


def test_unknown_agency_gets_close_suggestions(store: Store) -> None:
    result = answer(store, "朔州市民政局还有哪些问题没整改完")
    assert result.problem == "no_match" and SZ in result.suggestions


def test_an_item_that_does_not_exist(store: Store) -> None:
    result = answer(store, "朔州问题99整改了吗")
    assert result.problem == "no_item" and "99" in plain(format_answer(result))


@pytest.mark.parametrize(
    "question",
    ["", "   ", "' OR 1=1; --", '"', "*", "NEAR", "AND", "😀😀😀", "哪些单位有\"*\"问题", "哪些单位有 NEAR AND 问题",
     "朔州' OR 1=1; --还有哪些问题没整改完"],
)  # fmt: skip
def test_hostile_or_empty_input_is_answered_sensibly(store: Store, question: str) -> None:
    text = plain(format_answer(answer(store, question)))
    assert text and "Traceback" not in text


def test_sql_in_a_question_does_not_reach_the_database(store: Store) -> None:
    answer(store, "朔州'; DROP TABLE items; --还有哪些问题没整改完")
    assert store.stats()["items"] == 145


def test_a_ten_thousand_character_question(store: Store) -> None:
    result = answer(store, "朔州还有哪些问题没整改完" + "啊" * 10_000)
    assert result.truncated and result.intent == "open_items" and set(result.agencies) == {SZ}
    assert "只读了前300字" in plain(format_answer(result))


def test_an_empty_store_says_how_to_add_notices(fresh_store: Store) -> None:
    text = plain(format_answer(answer(fresh_store, "朔州还有哪些问题没整改完")))
    assert "还没有收录任何通报" in text


@pytest.mark.parametrize(
    ("question", "since", "listed", "not_listed"),
    [
        ("2025年以来的通报", "2025-01-01", {XP, QS}, {TC}),  # 天长's notice is dated 2023-09-26
        ("溆浦2025年以来的通报", "2025-01-01", {XP}, {QS, TC}),
        ("latest notices since 2026", "2026-01-01", set(), {XP, QS, TC}),
    ],
)
def test_a_time_bound_lists_only_the_notices_dated_since_then(
    store: Store, question: str, since: str, listed: set[str], not_listed: set[str]
) -> None:
    result = answer(store, question)
    assert result.intent == "latest" and result.since == since
    agencies = {n["agency"] for n in result.notices}
    assert listed <= agencies and not (not_listed & agencies)

"""What is understood, and what is said when it is not: each class of miss, in Chinese and in English.

The questions are worded afresh for these tests (not the development sets'); the items they must
find are read from the gold files of the five sample notices.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from answers.answer import Answer, answer
from answers.conversation import converse
from answers.intents import classify, cue_scores
from answers.questions import read_question
from answers.resolve import directory
from presentation.markup import plain
from presentation.render import format_answer
from store import Store
from tests.conftest import QS, SZ, TC, XP, YC

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def pairs(a: Answer) -> set[tuple[str, int]]:
    return {(i.agency, i.seq) for i in [*a.items, *a.flagged]}


def chat(store: Store, *questions: str) -> list[Answer]:
    """The questions typed one after another in one chat."""
    return [converse(store, 7, q, now=T0, ttl=timedelta(minutes=30)) for q in questions]


# ---- degrade gracefully, never widen --------------------------------------------------------------


@pytest.mark.parametrize("question", ["青神科协那边情况咋说", "青神科协啥情况", "Qingshen, anything?"])
def test_an_agency_and_nothing_else_understood_gets_its_summary_and_open_items(store: Store, question: str) -> None:
    result = answer(store, question)
    assert result.intent == "summary" and result.agencies == [QS]
    assert {12, 16, 17} <= {seq for _, seq in pairs(result)}  # declared done, text pending


@pytest.mark.parametrize(
    ("question", "name"), [("朔州市民政局还有啥没改完", "朔州市民政局"), ("Shouzhou open items", "shouzhou")]
)
def test_a_name_that_matches_nothing_is_said_with_the_nearest_names(store: Store, question: str, name: str) -> None:
    result = answer(store, question)
    assert result.problem == "no_match" and SZ in result.suggestions
    assert not result.items and not result.agencies  # never widened to every agency
    assert name in plain(format_answer(result)).lower()


def test_a_province_with_nothing_stored_in_pinyin_is_said(store: Store) -> None:
    result = answer(store, "anything open in Zhejiang?")
    assert not result.items and not result.agencies and result.place == "浙江"


@pytest.mark.parametrize(
    "question",
    ["麻烦帮我看看溆浦所有问题", "请问一下朔州的全部问题", "could you please show me all of Xupu's problems"],
)
def test_fillers_never_become_a_topic(store: Store, question: str) -> None:
    result = answer(store, question)
    assert result.intent != "topic_search" and not result.topic and len(result.agencies) == 1


@pytest.mark.parametrize(
    "question", ["明天上海下雨吗", "帮我写一首诗", "what's the weather like tomorrow", "tell me a joke"]
)
def test_out_of_scope_is_not_understood_with_three_examples(store: Store, question: str) -> None:
    result = answer(store, question)
    text = plain(format_answer(result))
    assert result.intent == "help" and result.problem == "not_understood" and not result.topic
    assert text.startswith(("没听懂", "Not understood")) and text.count("•") == 3


def test_a_greeting_gets_the_help_text_not_a_complaint(store: Store) -> None:
    assert answer(store, "你好").problem is None and answer(store, "hello").problem is None


# ---- retrieval: everyday wording found by the notices' own words ----------------------------------


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("哪家把食堂包出去了却没收租金", {(TC, 12)}),  # 食堂外包 … 未上交承包费
        ("谁超职数超编制配人", {(YC, 17)}),
        ("第一议题学得不认真的有哪些单位", {(XP, 1), (SZ, 1), (YC, 2)}),
        ("谁家开会不做记录", {(SZ, 23), (XP, 26)}),
        ("which bureau rented out its canteen without charging rent", {(TC, 12)}),
        ("who let officials travel abroad without control", {(SZ, 30)}),
    ],
)
def test_everyday_wording_finds_the_items(store: Store, question: str, wanted: set[tuple[str, int]]) -> None:
    result = answer(store, question)
    assert result.intent == "topic_search" and wanted <= pairs(result)


@pytest.mark.parametrize("question", ["有没有单位出过宇航员失联的问题", "溆浦有没有潜水艇失事的问题"])
def test_words_no_notice_uses_are_not_searched(store: Store, question: str) -> None:
    result = answer(store, question)
    assert not result.items or result.intent == "summary"  # nothing matches: said, or the agency's summary


def test_the_topic_is_made_only_of_words_the_notices_use(store: Store) -> None:
    q = read_question("哪些单位的食堂外包没收租金", directory(store), vocabulary=store.known_words)
    assert q.is_topic and set(q.words) <= {"食堂", "堂外", "外包", "租金"}


# ---- conversation state for fragments only --------------------------------------------------------


def test_a_question_with_its_own_topic_stands_alone(store: Store) -> None:
    *_, cars = chat(store, "源城完成了多少", "show me official car problems")
    assert cars.intent == "topic_search" and {(XP, 20), (SZ, 18)} <= pairs(cars)
    *_, done = chat(store, "哪些单位有党建方面的问题", "哪些问题已经标了完成")
    assert done.intent == "open_items" and not done.topic and len(done.items) > 20


@pytest.mark.parametrize(
    ("questions", "agency", "seq"),
    [
        (("溆浦问题14讲的是啥", "具体是怎么整改的"), XP, 14),
        (("Tianchang item (13)?", "tell me more"), TC, 13),
        (("哪个单位工会经费用得不规范", "展开说说"), XP, 22),
        (("Did anyone pay out large amounts in cash?", "how did they fix it?"), TC, 14),
    ],
)
def test_details_of_what_was_just_shown(store: Store, questions: tuple[str, str], agency: str, seq: int) -> None:
    *_, details = chat(store, *questions)
    assert details.intent == "item_status" and pairs(details) == {(agency, seq)}
    assert details.items[0].measures[:10] in plain(format_answer(details))


@pytest.mark.parametrize(
    ("questions", "agency", "seq"),
    [
        (("天长问题19是什么", "搞错了，我说的是青神"), QS, 19),
        (("Is Xupu's problem 30 fixed?", "no, I meant Shuozhou"), SZ, 30),
    ],
)
def test_a_correction_replaces_the_agency_and_keeps_the_question(
    store: Store, questions: tuple[str, str], agency: str, seq: int
) -> None:
    *_, corrected = chat(store, *questions)
    assert corrected.agencies == [agency] and pairs(corrected) == {(agency, seq)}


def test_a_correction_of_the_number(store: Store) -> None:
    *_, corrected = chat(store, "源城第12个问题", "写错了，应该是第13个")
    assert pairs(corrected) == {(YC, 13)}


@pytest.mark.parametrize(
    ("first", "then"),
    [("朔州有哪些问题", "其中哪些还在推进"), ("Shuozhou's problems", "which of those are in progress")],
)
def test_a_status_filter_over_the_previous_scope(store: Store, first: str, then: str) -> None:
    *_, filtered = chat(store, first, then)
    assert filtered.intent == "open_items" and filtered.agencies == [SZ] and (SZ, 33) in pairs(filtered)
    assert (SZ, 2) not in pairs(filtered)


@pytest.mark.parametrize(
    ("first", "then"), [("源城哪些还没整改完", "总共几个"), ("what is still open in Yuancheng", "how many is that")]
)
def test_a_count_after_a_list_is_that_list_counted(store: Store, first: str, then: str) -> None:
    *_, counted = chat(store, first, then)
    assert counted.agencies == [YC] and counted.total == 20


@pytest.mark.parametrize(
    "questions",
    [
        ("溆浦完成了多少", "源城呢", "两家比一比哪家好"),
        ("how is Xupu doing", "and Yuancheng?", "which one did better?"),
    ],
)
def test_a_comparison_of_the_agencies_just_asked_about_is_ranked(store: Store, questions: tuple[str, ...]) -> None:
    *_, compared = chat(store, *questions)
    assert compared.intent == "summary" and [name for name, _ in compared.per_agency] == [XP, YC]


def test_a_thank_you_keeps_the_conversation(store: Store) -> None:
    *_, thanks, item = chat(store, "朔州第22项", "好的，谢谢", "第25个呢")
    assert thanks.intent == "help" and not thanks.agencies and pairs(item) == {(SZ, 25)}


@pytest.mark.parametrize(
    ("topic", "narrowed"),
    [("哪些单位会议记录不规范", "那朔州的呢"), ("which agencies have meeting record problems", "what about Shuozhou?")],
)
def test_a_topic_narrowed_to_an_agency(store: Store, topic: str, narrowed: str) -> None:
    *_, result = chat(store, topic, narrowed)
    assert result.agencies == [SZ] and (SZ, 23) in pairs(result)


# ---- new asks -------------------------------------------------------------------------------------


@pytest.mark.parametrize("question", ["有几个问题已经超期了", "how many items are overdue?"])
def test_overdue_counts(store: Store, question: str) -> None:
    result = answer(store, question, today=date(2027, 1, 1))
    assert result.intent in ("summary", "open_items") and result.status == "overdue"
    assert result.total == 0  # the only stated deadline (青神 4, 2025-05-31) belongs to an item done for good


@pytest.mark.parametrize("question", ["青神的整改时限是哪天", "Qingshen's deadlines"])
def test_an_agencys_deadlines_or_that_the_notice_states_none(store: Store, question: str) -> None:
    result = answer(store, question)
    assert result.agencies == [QS] and result.status == "deadline"
    text = plain(format_answer(result))
    assert "时限" in text or "deadline" in text


@pytest.mark.parametrize(
    ("question", "until"), [("2024年之前的通报有哪些", True), ("notices published since 2025", False)]
)
def test_notices_before_or_since_a_year(store: Store, question: str, until: bool) -> None:
    result = answer(store, question)
    dates = [n["notice_date"] for n in result.notices if n["notice_date"]]
    assert result.intent == "latest" and dates
    assert all(d < "2024" for d in dates) if until else all(d >= "2025" for d in dates)


@pytest.mark.parametrize(
    ("question", "agency", "seq"),
    [
        ("溆浦倒数第二个问题", XP, 32),
        ("the second item from the end for Tianchang", TC, 27),
        ("item thirty-one of Shuozhou", SZ, 31),
        ("Tianchang 3", TC, 3),
        ("源城 7", YC, 7),
    ],
)
def test_item_references_in_new_forms(store: Store, question: str, agency: str, seq: int) -> None:
    result = answer(store, question)
    assert result.intent == "item_status" and pairs(result) == {(agency, seq)}


def test_the_label_note_is_said_whenever_the_item_is_printed_otherwise(store: Store) -> None:
    result = answer(store, "朔州倒数第一个问题")  # the 33rd item, printed 1 under 需要继续整改的事项
    assert pairs(result) == {(SZ, 33)} and result.ref_note == ("33", "1")


# ---- the classifier decides what no cue word catches ----------------------------------------------


@pytest.mark.parametrize(
    ("question", "intent"),
    [("朔州这份跟上一份比有啥不同", "changes"), ("how does Xupu's new notice differ from the old one", "changes"),
     ("溆浦通报开头写的数和后面列的条目一样吗", "claims_check")],
)  # fmt: skip
def test_the_nearest_examples_decide_what_the_cues_miss(store: Store, question: str, intent: str) -> None:
    assert max(cue_scores(question).values()) < 1.5  # no cue word of its own
    q = read_question(question, directory(store), vocabulary=store.known_words)
    votes = classify(q.text.replace(q.res.spans[0], "〈A〉") if q.res.spans else q.text)
    assert max(votes, key=lambda i: votes[i]) == intent
    assert answer(store, question).intent == intent


@pytest.mark.parametrize("question", ["你们都收录了哪些单位", "which agencies do you have"])
def test_a_question_whole_without_an_agency_does_not_borrow_one(store: Store, question: str) -> None:
    *_, listed = chat(store, "朔州还有哪些问题没整改完", question)
    assert listed.intent == "list_agencies" and len(listed.agencies) == 5


@pytest.mark.parametrize(
    ("first", "then", "seq"), [("溆浦问题14", "下一个呢", 15), ("Xupu problem 14", "previous one?", 13)]
)
def test_the_next_or_previous_item(store: Store, first: str, then: str, seq: int) -> None:
    *_, neighbour = chat(store, first, then)
    assert neighbour.intent == "item_status" and pairs(neighbour) == {(XP, seq)}


@pytest.mark.parametrize("more", ["还有别的吗", "anything else?"])
def test_more_in_other_words_is_the_next_page(store: Store, more: str) -> None:
    first, rest = chat(store, "溆浦和朔州哪些问题已经完成", more)
    assert rest.offset == len(first.items) and not {i.id for i in rest.items} & {i.id for i in first.items}


@pytest.mark.parametrize(
    ("first", "then"),
    [("天长问题19是什么", "不是天长，是青神"), ("Tianchang problem 19", "not Tianchang, I meant Qingshen")],
)
def test_a_correction_naming_both_agencies_takes_the_one_meant(store: Store, first: str, then: str) -> None:
    *_, corrected = chat(store, first, then)
    assert corrected.agencies == [QS] and pairs(corrected) == {(QS, 19)}


@pytest.mark.parametrize(
    ("first", "then"), [("科技局还有哪些没整改完", "朔州的"), ("Shuozhuo open items", "Shuozhou then")]
)
def test_the_name_given_after_an_unclear_one_answers_the_question_asked(store: Store, first: str, then: str) -> None:
    unclear, named = chat(store, first, then)
    assert unclear.problem in ("ambiguous", "no_match") and not unclear.items
    assert named.intent == "open_items" and named.agencies == [SZ] and (SZ, 10) in pairs(named)


@pytest.mark.parametrize(
    ("first", "then"),
    [("青神还有哪些没整改完", "这些什么时候到期"), ("what is still open at Qingshen", "when are they due?")],
)
def test_the_deadlines_of_what_was_just_listed(store: Store, first: str, then: str) -> None:
    *_, due = chat(store, first, then)
    assert due.agencies == [QS] and due.status == "deadline"
    assert ("时限" in plain(format_answer(due))) or ("deadline" in plain(format_answer(due)))


@pytest.mark.parametrize(
    ("question", "order"), [("朔州和源城对比一下", ["朔州", "源城"]), ("源城和朔州对比一下", ["源城", "朔州"])]
)
def test_places_named_alike_keep_the_questions_order(store: Store, question: str, order: list[str]) -> None:
    """Two names of one length come back in the order they were asked (never in a set's order, which
    changes from process to process), so a comparison reads the same every time it is asked."""
    d = directory(store)
    assert d.words_in(question, d.places) == order


def test_a_store_opened_afresh_reads_the_agencies_of_the_words_looked_up_only(store: Store) -> None:
    """A new process (a cold `rectibot ask`) loads the kept name directory; a place looked up gives the
    agencies stored there, the same objects under every table, without reading every agency."""
    built = directory(store)
    fresh = Store(store.db)
    loaded = directory(fresh)
    place = max(built.in_place, key=lambda p: len(built.in_place[p]))
    assert loaded.in_place[place] == built.in_place[place]
    kind = next(k for k in loaded.kinds if set(loaded.kinds[k]) & set(loaded.in_place[place]))
    assert any(a is b for a in loaded.kinds[kind] for b in loaded.in_place[place])  # one object per agency
    assert fresh._agencies is None  # the 5,000 agencies of a national store were never read


# ---- a fourth probe of new questions (/work/probe8-10): each family of miss, in other words -------------


@pytest.mark.parametrize(
    "question",
    ["朔州哪些事项尚未办结", "朔州还没有销号的问题", "朔州那边有哪些还要督办", "Shuozhou: what's left?",
     "what is left over at Shuozhou", "朔州有没有遗留问题", "朔州哪些还没落实", "朔州还欠哪些账",
     "朔州有哪些问题没有解决", "朔州剩余的问题", "朔州哪些还没清零"],
)  # fmt: skip
def test_the_ledgers_words_for_not_closed_ask_for_the_open_items(store: Store, question: str) -> None:
    """未销号 / 没办结 / 督办 / what's left: still open; a negated done word (没有销号) is never the done filter."""
    result = answer(store, question)
    assert result.intent == "open_items" and result.agencies == [SZ] and result.status != "done"
    assert {(SZ, 10), (SZ, 33)} <= pairs(result) and (SZ, 2) not in pairs(result)  # 2 is done, nothing pending


@pytest.mark.parametrize(
    ("question", "agency"),
    [("您好，请问青神科协还有哪些问题没整改完", QS), ("hi there, which Qingshen items are unfinished?", QS),
     ("你好，想咨询一下天长科技局是否全部完成整改", TC)],
)  # fmt: skip
def test_a_greeting_that_opens_a_question_is_only_politeness(store: Store, question: str, agency: str) -> None:
    result = answer(store, question)
    assert result.intent in ("open_items", "summary") and result.agencies == [agency] and not result.topic
    assert answer(store, "你好呀").intent == "help"  # a greeting alone is still one


@pytest.mark.parametrize(
    ("question", "agencies"),
    [("哪家的问题最多", set()), ("这五家里谁未完成的最少", set()), ("朔州和天长哪家问题少", {SZ, TC}),
     ("哪个单位整改得最快", set()), ("which agency has the most problems?", set()), ("rank the agencies", set()),
     ("Which agency is furthest behind?", set()), ("各单位完成率", set()), ("all agencies side by side", set())],
)  # fmt: skip
def test_a_ranking_of_agencies_is_their_counts(store: Store, question: str, agencies: set[str]) -> None:
    result = answer(store, question)
    assert result.intent == "summary" and not result.topic
    assert set(result.agencies) == agencies if agencies else len(result.per_agency) == 5


@pytest.mark.parametrize(
    ("question", "agency"),
    [("天长科技局的整改完成了没", TC), ("溆浦已经整改完成了吗？", XP), ("源城整改到位了没有", YC)],
)
def test_whether_all_is_done_is_not_the_list_of_the_done(store: Store, question: str, agency: str) -> None:
    """完成了没 asks yes or no: its figures and what is open, never every item done (哪些已经完成了 lists them)."""
    result = answer(store, question)
    assert result.intent in ("open_items", "summary") and result.agencies == [agency] and result.status != "done"
    assert all(i.status not in ("done", "done_longterm") or i.pending for i in result.items)
    assert answer(store, "朔州哪些问题已经完成了？").status == "done"


@pytest.mark.parametrize(("question", "seq"), [("朔州有哪几项正在推进", 33), ("朔州哪几个问题没写进度", 10)])
def test_which_few_items_is_a_list_not_a_count(store: Store, question: str, seq: int) -> None:
    result = answer(store, question)  # 哪几项 = which items (a list), never 几项 = how many
    assert result.intent == "open_items" and (SZ, seq) in pairs(result) and (SZ, 2) not in pairs(result)


@pytest.mark.parametrize(
    ("question", "agency", "seq"),
    [("哪个单位规范性文件没有报备", SZ, 16), ("which agency had normative documents not filed for the record", SZ, 16),
     ("票据管理混乱的单位", TC, 15), ("哪家票据使用不规范", TC, 15), ("重大事项没有集体研究的是哪家", TC, 20),
     ("三重一大制度执行不好的有哪些", QS, 22), ("who made decisions without a collective decision", QS, 22),
     ("any trouble with project acceptance?", TC, 6), ("朔州干部选任方面", SZ, 28),
     ("Tell me about the mixed-post problem", SZ, 33), ("criticism and self-criticism problems", QS, 24),
     ("settlement audits of projects", YC, 12), ("document sign-off problems", SZ, 15), ("four must-talks", TC, 24),
     ("unity of the main leaders", SZ, 21), ("site inspections of applicants", XP, 6),
     ("shuozhou gongche", SZ, 18), ("qingshen xiang yan", QS, 19), ("nar you chailv wenti", XP, 21),
     ("party member pledges", TC, 23), ("哪些单位造假", QS, 13), ("开会记录不全", SZ, 23), ("谁挪用了资金", XP, 23)],
)  # fmt: skip
def test_more_topic_words_find_their_items(store: Store, question: str, agency: str, seq: int) -> None:
    """票据, 规范性文件, 报备, 三重一大 (its 三重 is no place), 集体决策, 重大事项, 验收, 选任; 使用: a generic verb."""
    result = answer(store, question)
    assert result.intent == "topic_search" and result.problem is None
    assert (result.items[0].agency, result.items[0].seq) == (agency, seq)


def test_a_generic_verb_beside_a_topic_word_finds_no_other_items(store: Store) -> None:
    assert answer(store, "哪些科技局票据使用不规范").agencies == [TC]  # never every 经费使用不规范 with it


@pytest.mark.parametrize(
    ("question", "agency"),
    [("Xupu reports 34 problems - accurate?", XP), ("Is Qingshen's figure of 10 problems right?", QS),
     ("is Shuozhou's count of 33 problems right", SZ)],
)  # fmt: skip
def test_a_figure_the_notice_is_said_to_state_is_checked_in_english(store: Store, question: str, agency: str) -> None:
    result = answer(store, question)
    assert result.intent == "claims_check" and result.agencies == [agency]


@pytest.mark.parametrize(
    ("question", "intent"),
    [("how many organizations does the database hold", "list_agencies"), ("数据库里有几家单位", "list_agencies"),
     ("anything new this week?", "changes"), ("How are the agencies doing overall?", "summary"),
     ("Which notices were published in 2024?", "latest"), ("各单位未完成数量排名", "summary"),
     ("Has every agency finished?", "open_items"), ("How many notices are stored?", "latest")],
)  # fmt: skip
def test_the_store_counted_and_whats_new(store: Store, question: str, intent: str) -> None:
    assert answer(store, question).intent == intent


@pytest.mark.parametrize(
    ("topic", "then"),
    [("哪个单位有应报备未报备的规范性文件", "这家一共几个问题"),
     ("which agency had normative documents not filed for the record", "how many problems do they have in total")],
)  # fmt: skip
def test_the_one_agency_a_store_wide_topic_found_is_the_next_questions(store: Store, topic: str, then: str) -> None:
    found, counted = chat(store, topic, then)
    assert found.agencies == [SZ]
    assert counted.intent == "summary" and counted.agencies == [SZ]
    assert counted.counts is not None and counted.counts.items == 33


@pytest.mark.parametrize(
    ("first", "then", "agency", "seq"),
    [("天长第9项", "这条标了完成吗", TC, 9), ("Qingshen item 12", "is this one marked done?", QS, 12)],
)
def test_a_status_asked_of_the_item_just_shown_is_about_it(
    store: Store, first: str, then: str, agency: str, seq: int
) -> None:
    *_, asked = chat(store, first, then)
    assert asked.intent == "item_status" and pairs(asked) == {(agency, seq)}


@pytest.mark.parametrize(
    "questions", [("溆浦完成了多少", "天长呢", "这两家比一下"), ("天长第6项", "这个是哪个巡察组查的")]
)
def test_a_comparison_or_the_notices_facts_keep_the_agencies_asked_about(
    store: Store, questions: tuple[str, ...]
) -> None:
    *_, last = chat(store, *questions)
    assert last.intent == "summary" and set(last.agencies) <= {XP, TC} and TC in last.agencies


@pytest.mark.parametrize(
    ("question", "said"),
    [("天长是哪个巡察组巡察的", "市委第二巡察组"), ("When did Qingshen get the inspectors' feedback?", "2025-02-13"),
     ("源城区科技局什么时候被巡察的", "2022-03")],
)  # fmt: skip
def test_who_inspected_an_agency_and_when_is_in_its_summary(store: Store, question: str, said: str) -> None:
    result = answer(store, question)
    assert result.intent == "summary" and len(result.agencies) == 1 and said in plain(format_answer(result))


@pytest.mark.parametrize(
    ("question", "agency", "day"), [("天长的通报是哪天公开的", TC, "2023-09-26"), ("溆浦通报的发布日期", XP, "2025")]
)
def test_when_a_notice_was_made_public_is_its_date(store: Store, question: str, agency: str, day: str) -> None:
    result = answer(store, question)
    assert result.intent == "latest" and result.agencies == [agency] and day in plain(format_answer(result))


YC_PENDING = {(YC, n) for n in (5, 6, 10, 13, 16, 17)}  # unstated, their text states unfinished work
QS_PENDING = {(QS, n) for n in (12, 16, 17)}  # done long-term, their text states unfinished work


@pytest.mark.parametrize(
    ("questions", "expected"),
    [(("源城还有哪些没整改完", "其中有待办的是哪些"), YC_PENDING), (("Yuancheng items with pending work",), YC_PENDING),
     (("青神科协仍有待办的有哪些",), QS_PENDING), (("源城还有待办的吗",), YC_PENDING)],
)  # fmt: skip
def test_pending_work_is_asked_of_every_status(store: Store, questions: tuple[str, ...], expected: set) -> None:
    """有待办 / pending work: the items whose text states unfinished work, unstated or declared done alike."""
    *_, result = chat(store, *questions)
    assert result.intent == "open_items" and result.status == "pending" and pairs(result) == expected


@pytest.mark.parametrize(
    ("first", "then", "said"),
    [("溆浦的问题30", "这个是谁巡察的", "县委第一巡察组"), ("天长第2项", "谁负责巡察的", "市委第二巡察组")],
)
def test_who_inspected_the_agency_just_asked_about(store: Store, first: str, then: str, said: str) -> None:
    *_, result = chat(store, first, then)
    assert result.intent == "summary" and len(result.agencies) == 1 and said in plain(format_answer(result))


@pytest.mark.parametrize(("then", "seq"), [("what's next?", 23), ("再往后一个", 23), ("what comes next", 23)])
def test_the_next_item_in_other_words(store: Store, then: str, seq: int) -> None:
    *_, result = chat(store, "朔州第22项", then)
    assert result.intent == "item_status" and pairs(result) == {(SZ, seq)}


@pytest.mark.parametrize(
    ("count", "which", "expected"),
    [("朔州有几个正在推进", "是哪个", {(SZ, 33)}), ("青神有几个长期坚持的", "都是哪些", {(QS, 1), (QS, 2)}),
     ("How many items does Qingshen have pending?", "which ones?", QS_PENDING)],
)  # fmt: skip
def test_which_ones_after_a_count_lists_what_was_counted(store: Store, count: str, which: str, expected: set) -> None:
    *_, listed = chat(store, count, which)
    assert listed.intent == "open_items" and expected <= pairs(listed)


@pytest.mark.parametrize(
    ("first", "then"), [("溆浦公车问题", "青神呢"), ("Xupu official car problems", "what about Qingshen?")]
)
def test_a_topic_carried_to_an_agency_without_it_says_so_for_that_agency(store: Store, first: str, then: str) -> None:
    *_, carried = chat(store, first, then)
    assert carried.intent == "topic_search" and carried.agencies == [QS] and not carried.items
    assert QS in plain(format_answer(carried))


@pytest.mark.parametrize(
    ("question", "agencies"),
    [("2023年的通报", {TC}), ("notices from 2023", {TC}), ("去年的整改通报有哪些", {XP, QS, SZ}),
     ("last year's notices", {XP, QS, SZ}), ("2024年的通报有吗", set())],
)  # fmt: skip
def test_the_notices_of_one_year(store: Store, question: str, agencies: set[str]) -> None:
    """A year asked of (2023年的通报, last year's): the notices dated within it, or that there are none."""
    result = answer(store, question, today=date(2026, 3, 2))
    assert result.intent == "latest" and {n["agency"] for n in result.notices} == agencies
    if not agencies:
        assert plain(format_answer(result)).startswith(("没有找到", "No notice"))


@pytest.mark.parametrize(
    ("first", "ack", "then", "agency", "seq"),
    [("朔州第22项", "明白了", "第25个呢", SZ, 25), ("Tianchang item 3", "ok", "and item 4?", TC, 4)],
)
def test_an_acknowledgement_is_small_talk_that_keeps_the_conversation(
    store: Store, first: str, ack: str, then: str, agency: str, seq: int
) -> None:
    _, acknowledged, item = chat(store, first, ack, then)
    assert acknowledged.intent == "help" and acknowledged.problem is None  # the help text, not "not understood"
    assert pairs(item) == {(agency, seq)}


@pytest.mark.parametrize(
    ("questions", "left_out", "intent"),
    [(("朔州还有哪些没整改完", "其他单位呢"), SZ, "open_items"),
     (("溆浦完成率", "and the other agencies?"), XP, "summary"),
     (("除了溆浦，其他单位还有没整改完的吗",), XP, "open_items"),
     (("哪些单位有差旅费问题", "除了溆浦还有谁"), XP, "topic_search"),
     (("except Shuozhou, which agencies still have open items?",), SZ, "open_items")],
)  # fmt: skip
def test_the_other_agencies_are_every_agency_but_the_one_left_out(
    store: Store, questions: tuple[str, ...], left_out: str, intent: str
) -> None:
    *_, result = chat(store, *questions)
    assert result.intent == intent and left_out not in result.agencies
    assert left_out not in {agency for agency, _ in pairs(result)}
    assert result.agencies if intent == "topic_search" else len(result.agencies) == 4


def test_a_count_of_a_list_is_not_the_agencys_count(store: Store) -> None:
    *_, counted = chat(store, "Which agencies have ideology problems?", "only Shuozhou", "how many are there?")
    assert counted.intent == "topic_search" and counted.agencies == [SZ] and pairs(counted) == {(SZ, 7), (SZ, 8)}


@pytest.mark.parametrize(("then", "said"), [("反馈时间呢", "2025-04-27"), ("巡察组呢", "市委第四巡察组")])
def test_a_fact_of_the_notice_asked_as_a_follow_up(store: Store, then: str, said: str) -> None:
    *_, result = chat(store, "朔州的整改通报", then)
    assert result.intent == "summary" and result.agencies == [SZ] and said in plain(format_answer(result))


@pytest.mark.parametrize(
    "question", ["青神什么时候要整改完", "Qingshen due dates", "When must Qingshen finish?", "青神有没有快到期的"]
)
def test_deadlines_in_other_words(store: Store, question: str) -> None:
    result = answer(store, question)
    assert result.intent == "open_items" and result.agencies == [QS] and result.status == "deadline"


@pytest.mark.parametrize(
    "then", ["这个局一共几个问题", "该局一共有多少问题", "how many problems does this bureau have?"]
)
def test_the_agency_pointed_at_as_this_bureau(store: Store, then: str) -> None:
    *_, counted = chat(store, "哪家有票据问题", then)
    assert counted.intent == "summary" and counted.agencies == [TC]


def test_other_agencies_with_the_problem_just_discussed(store: Store) -> None:
    """The topic survives details of its items (这个问题整改了没有), so 别的单位有这个问题吗 searches it elsewhere."""
    *_, others = chat(store, "青神科协差旅费问题", "这个问题整改了没有", "还有别的单位有这个问题吗")
    assert others.intent == "topic_search" and QS not in others.agencies and (XP, 21) in pairs(others)


@pytest.mark.parametrize(("then", "order"), [("哪个多", {XP, TC}), ("which has more?", {XP, TC})])
def test_which_has_more_compares_the_two_just_asked_about(store: Store, then: str, order: set[str]) -> None:
    *_, compared = chat(store, "溆浦有几个问题", "天长呢", then)
    assert compared.intent == "summary" and set(compared.agencies) == order


@pytest.mark.parametrize(
    "question",
    ["Which Shuozhou items have not been rectified?", "What hasn't Shuozhou rectified?", "Shuozhou's to-do list",
     "Shuozhou backlog", "Which problems remain at Shuozhou?", "Is Shuozhou done with everything?",
     "Has Shuozhou fixed all its problems?"],
)  # fmt: skip
def test_english_ways_of_asking_what_is_still_open(store: Store, question: str) -> None:
    result = answer(store, question)
    assert result.intent == "open_items" and result.agencies == [SZ] and {(SZ, 10), (SZ, 33)} <= pairs(result)


@pytest.mark.parametrize(
    ("question", "agency"),
    [("朔州通报数字有没有问题", SZ), ("青神的统计对不对", QS), ("溆浦的问题数是不是写错了", XP),
     ("溆浦是不是少列了一个", XP), ("Are Xupu's totals off?", XP), ("Is there a discrepancy in Xupu's notice?", XP),
     ("Xupu lists fewer problems than it says?", XP)],
)  # fmt: skip
def test_the_notices_figures_doubted_are_checked(store: Store, question: str, agency: str) -> None:
    result = answer(store, question)
    assert result.intent == "claims_check" and result.agencies == [agency]


@pytest.mark.parametrize(
    ("question", "intent"),
    [("朔州更新了吗", "changes"), ("朔州跟以前比有什么不一样", "changes"),
     ("Shuozhou: what's different from before?", "changes"),
     ("有没有新的整改通报", "latest"), ("上一次更新是什么时候", "latest"), ("any new notices?", "latest"),
     ("这周有新的吗", "latest"), ("近期通报", "latest"), ("刚收到的通报", "latest"), ("本月收录的通报", "latest")],
)  # fmt: skip
def test_changes_and_new_notices_in_other_words(store: Store, question: str, intent: str) -> None:
    assert answer(store, question).intent == intent


@pytest.mark.parametrize(
    ("question", "place"), [("北京科技局还有哪些问题没整改", "北京"), ("浙江的科技局还有没整改完的吗", "浙江")]
)
def test_a_kind_in_a_province_with_nothing_stored_is_said_never_offered_elsewhere(
    store: Store, question: str, place: str
) -> None:
    result = answer(store, question)
    assert not result.agencies and not result.choices and not result.items
    assert place in plain(format_answer(result))

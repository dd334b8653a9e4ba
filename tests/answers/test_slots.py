"""Reading a question into slots: item references, status filters, topics, names by sound, junk removed."""

from __future__ import annotations

import pytest

from answers.answer import answer
from answers.intents import INTENTS, classify, cue_scores
from answers.slots import clean, data, read_ref, read_status, topic_terms
from presentation.markup import plain
from presentation.render import format_answer
from store import Store
from tests.conftest import QS, SZ, TC, XP, YC


@pytest.mark.parametrize(
    ("question", "number", "form"),
    [
        ("溆浦第二十一个问题改了没", 21, "ordinal"),
        ("朔州第十三条完成没", 13, "either"),
        ("天长第5项咋样了", 5, "either"),
        ("溆浦问题21整改了吗", 21, "label"),
        ("问题二十一", 21, "label"),
        ("序浦21号问题", 21, "label"),
        ("青神#12", 12, "label"),
        ("朔州 No. 13 status", 13, "label"),
        ("源城(17)整改进度", 17, "label"),
        ("源城（17）", 17, "label"),
        ("Yuancheng problem 6 done?", 6, "label"),
        ("the 33rd item of Shuozhou", 33, "ordinal"),
        ("status of Qingshen's 12th item", 12, "ordinal"),
        ("xu4pu3 wen4ti2 21", 21, "label"),
        ("Xùpǔ wèntí 21", 21, "label"),  # pinyin with tone marks
        ("Shuòzhōu dì 10 gè", 10, "either"),
        ("and the second?", 2, "ordinal"),  # an ordinal ending a follow-up
        ("the fourth one", 4, "ordinal"),
        ("源城第4、5项呢", 4, "either"),  # two asked at once: the first of them
        ("Xupu, number 14", 14, "label"),
        ("溆浦最后一个问题整改了吗", None, "last"),
    ],
)
def test_item_references_in_every_form(question: str, number: int | None, form: str) -> None:
    ref = read_ref(question)
    assert ref is not None and (ref.number, ref.form) == (number, form)


@pytest.mark.parametrize(
    "question", ["第一议题制度执行不好的有哪些单位", "6月21号的通报", "溆浦说34个问题，实际列了几个"]
)
def test_numbers_that_are_not_item_references(question: str) -> None:
    assert read_ref(question) is None


def test_the_nth_item_printed_otherwise_is_answered_and_said(store: Store) -> None:
    result = answer(store, "溆浦第33个问题是什么")
    assert [i.seq for i in result.items][:1] == [33]
    assert "按第33个问题（通报编号“问题2”）回答" in plain(format_answer(result))
    assert [i.seq for i in answer(store, "溆浦最后一个问题").items] == [33]


def test_a_label_printed_twice_prefers_the_heading_the_question_names(store: Store) -> None:
    result = answer(store, "朔州需要继续整改的那个1号问题进展")
    assert result.items[0].seq == 33


@pytest.mark.parametrize(
    ("question", "status"),
    [
        ("朔州正在推进的是哪个", "in_progress"),
        ("哪些问题没标明整改进度", "unstated"),
        ("朔州哪些标了已完成但其实还有待办", "done_pending"),
        ("Which Shuozhou items are marked done but still have pending work?", "done_pending"),
        ("哪些问题要长期坚持", "longterm"),
        ("溆浦哪些问题已经整改完成了", "done"),
        ("哪些问题超期了", "overdue"),
        ("which items are past their deadline", "overdue"),
        ("眉山科协 进行中", "in_progress"),
        ("which Tianchang items are being worked on", "in_progress"),
        ("shuozhou done items", "done"),
        ("Shuozhou items without a stated status", "unstated"),
        ("溆浦已办结的问题", "done"),
        ("朔州还有哪些没整改完", None),
        ("源城哪些问题还在整改", None),  # still being rectified: every open item, not only those marked in progress
    ],
)
def test_status_filters(question: str, status: str | None) -> None:
    assert read_status(question) == status


@pytest.mark.parametrize(
    ("question", "statuses"),
    [
        ("朔州正在推进的是哪个", {"in_progress"}),
        ("源城哪些没标明进度", {"unstated"}),
        ("青神哪些要长期坚持", {"done_longterm"}),
        ("溆浦哪些问题已经整改完成了", {"done"}),
    ],
)
def test_status_filters_list_only_those_items(store: Store, question: str, statuses: set[str]) -> None:
    result = answer(store, question)
    assert result.intent == "open_items" and result.items
    assert {i.status for i in result.items} == statuses and result.flagged == []


def test_declared_done_but_pending_alone(store: Store) -> None:
    result = answer(store, "青神说完成了但实际还在办的有哪些")
    assert result.agencies == [QS] and {i.seq for i in result.items} == {12, 16, 17}
    assert all(i.pending and i.status.startswith("done") for i in result.items)


def test_overdue_items_are_read_against_today(fresh_store: Store) -> None:
    from notices import parse_notice

    text = "\n".join(
        [
            "中共测试县教育局党组关于巡察整改进展情况的通报",
            "根据县委统一部署，县委第一巡察组于2024年3月1日至4月30日对县教育局党组进行了巡察，6月1日反馈了巡察意见。",
            "一、巡察反馈问题整改情况",
            "1.食堂采购不规范。整改措施：完善采购制度。整改时限：2024年12月31日前。整改进度：正在推进。",
            "2.档案管理混乱。整改措施：整理档案。整改时限：2026年12月31日前。整改进度：正在推进。",
            "3.会议记录不全。整改措施：补全记录。整改时限：2024年10月31日前。整改进度：已完成。",
        ]
    )
    fresh_store.ingest(parse_notice(text), "t.txt")
    from datetime import date

    late = answer(fresh_store, "哪些问题超期了", today=date(2025, 6, 1))
    assert [i.title for i in late.items] == ["食堂采购不规范"] and late.total == 1
    assert answer(fresh_store, "哪些问题超期了", today=date(2024, 6, 1)).items == []


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("谁有出差报销不规范的问题", "差旅费"),
        ("哪些单位有 travel 报销 issue", "差旅费"),
        ("哪些单位公车管理有问题", "公务用车"),
        ("青神公款买烟的事处理了吗", "香烟"),
        ("意识形太方面的问题都有谁", "意识形态"),  # a homophone typo of a known topic word
        ("any issues with incubators?", "孵化器"),
        ("民主生活会质量不高的单位", "民主生活会"),
        ("农民工工资拖欠的问题有哪些单位", "农民工工资拖欠"),  # not in the table: what is left is the topic
    ],
)
def test_topics_in_everyday_words_become_the_notices_words(question: str, word: str) -> None:
    assert word in topic_terms(question)


@pytest.mark.parametrize(
    ("question", "agency"),
    [
        ("Tianchang #9", TC),  # 长 read chang, not zhang
        ("tiān cháng open items", TC),
        ("Shuòzhōu outstanding items", SZ),
        ("xu4pu3 wen4ti2 21", XP),
        ("天常第五个问题整改没", TC),  # homophone typo with the same tones
        ("硕州还有哪些没整改", SZ),
        ("天長市還有沒完成的整改嗎", TC),  # traditional
        ("朔\u200b州还有哪些没整改", SZ),  # zero-width space
        ("<b>朔州</b>还有哪些没整改完", SZ),
    ],
)
def test_names_by_sound_script_and_junk(store: Store, question: str, agency: str) -> None:
    assert answer(store, question).agencies == [agency]


@pytest.mark.parametrize("question", ["陕西还有哪些没整改", "Shaanxi open items", "陕西有哪些单位"])
def test_shaanxi_is_never_shanxi(store: Store, question: str) -> None:
    result = answer(store, question)
    text = plain(format_answer(result))
    assert result.agencies == [] and ("陕西还没有收录任何单位的通报" in text or "No agency in 陕西" in text)


def test_a_place_with_no_stored_agency_says_so(store: Store) -> None:
    result = answer(store, "江苏有哪些单位")
    assert result.agencies == [] and plain(format_answer(result)) == "江苏还没有收录任何单位的通报。"


def test_an_unrecognised_name_is_said_with_the_closest(store: Store) -> None:
    text = plain(format_answer(answer(store, "朔州市民政局还有哪些问题没整改完")))
    assert text == f"没有认出“朔州市民政局”。你是指{SZ}吗？"


def test_a_level_before_the_kind_narrows_it(store: Store) -> None:
    assert set(answer(store, "市科技局问题5整改了吗").choices) == {TC, SZ}


def test_a_long_question_keeps_the_question_at_its_end(store: Store) -> None:
    preamble = "领导让我整理一下巡察整改的情况，明天上午开会要用。" * 12
    result = answer(store, preamble + "源城区科技局还有哪些没整改的？")
    assert result.truncated and result.agencies == [YC] and result.total == 20


def test_script_tags_are_code_not_a_question(store: Store) -> None:
    assert answer(store, "<script>alert(1)</script>").intent == "help"
    assert clean("[点我](javascript:alert(1)) 天长第20项").text == "点我 天长第20项"


@pytest.mark.parametrize("intent", [i for i in INTENTS if i != "help"])
def test_every_example_question_leans_to_its_intent(intent: str) -> None:
    """The example questions in answers/data/intents.toml are read as their intent by cues and classifier."""
    for example in data("intents")[intent]["examples"]:
        cues, votes = cue_scores(example), classify(example)
        total = {i: cues[i] + votes.get(i, 0) for i in INTENTS}
        assert max(total, key=lambda i: total[i]) == intent or cues[intent] == 0, example


@pytest.mark.parametrize(
    ("question", "loaded"),
    [("朔州 open items", False), ("who has travel expense problems", False), ("shuozhou gongche", True)],
)
def test_pinyin_readings_load_only_for_a_word_no_table_holds(question: str, loaded: bool) -> None:
    """Topic words typed in pinyin need pypinyin (0.2–0.3 s to import); English words of the tables never do."""
    import subprocess
    import sys

    read = f"read_topic({question!r}, ('朔州', 'shuozhou'))"  # the names are read apart, as questions.py does
    code = f"import sys; from answers.slots import read_topic; {read}; print('pypinyin' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == str(loaded)

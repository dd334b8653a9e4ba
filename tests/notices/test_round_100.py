"""Round 100's classes (issue 19): statuses given elsewhere, by reference, each with members the round's notices do
not print (other words, numbers and families of the same classes)."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.header import read_claims

_HEAD = (
    "中共某县某局党组关于巡察整改进展情况的通报\n"
    "根据县委统一部署,2024年3月4日至4月30日,县委第一巡察组对县某局党组进行了巡察。2024年6月3日,县委第一巡察组"
    "向局党组反馈了巡察意见。现将整改进展情况公布如下。\n"
)
_TAIL = "三、下一步工作打算\n局党组将继续巩固整改成果。\n中共某县某局党组\n2024年9月2日\n"
_TITLES = ["理论学习不够深入", "调查研究不够扎实", "财务管理不规范", "公务接待管理不严格"]


def _list(numbers: tuple[str, str, str, str], *, aspects: bool = True) -> str:
    first, second = "(一)政治建设方面\n", "(二)全面从严治党方面\n"
    lines = [f"{n}{t}。" for n, t in zip(numbers, _TITLES, strict=True)]
    if aspects:
        lines[0:0], lines[3:3] = [first.strip()], [second.strip()]
    return "一、巡察反馈的问题\n" + "\n".join(lines) + "\n二、整改落实情况\n"


def _read(text: str) -> list[tuple[str, str]]:
    return [(i.title, i.status) for i in parse_notice(text).items]


# A list restarting under each aspect, answered by the aspect's place and the problem's place in it (关于第二方面第1个
# 问题。…): the reference counts the aspect headings in order; the answers may carry a numbering of their own.
@pytest.mark.parametrize(
    "refs",
    [
        (
            "1.针对第一方面第1项问题:",
            "2.针对第一方面第2项问题:",
            "3.针对第二方面第1项问题:",
            "4.针对第二方面第2项问题:",
        ),
        (
            "对第一个方面第1个问题的整改情况:",
            "对第一个方面第2个问题的整改情况:",
            "对第二个方面第1个问题的整改情况:",
            "对第二个方面第2个问题的整改情况:",
        ),
        (
            "(一)第一方面第一个问题整改情况:",
            "(二)第一方面第二个问题整改情况:",
            "(三)第二方面第一个问题整改情况:",
            "(四)第二方面第二个问题整改情况:",
        ),
    ],
)
def test_an_answer_points_into_a_restarting_list_by_aspect_and_place(refs: tuple[str, ...]) -> None:
    answers = [f"{r}制定工作方案,开展专项整治。目前该问题已整改完成。" for r in refs]
    answers[2] = f"{refs[2]}修订管理制度,清查往来账目。目前该问题正在整改中。"
    text = _HEAD + _list(("1.", "2.", "1.", "2.")) + "\n".join(answers) + "\n" + _TAIL
    assert _read(text) == list(zip(_TITLES, ["done", "done", "in_progress", "done"], strict=True))


# One answer naming several problems (关于第二方面第2、3个问题): its text and status are each named problem's.
@pytest.mark.parametrize(
    "both",
    ["针对第3、4个问题:", "关于第3和第4个问题。", "针对第二方面第1至2个问题:", "关于第3至4项问题的整改情况:"],
)
def test_one_answer_naming_several_problems_answers_each(both: str) -> None:
    answers = [
        "针对第1个问题:制定学习计划。目前该问题已整改完成。",
        "针对第2个问题:开展专题调研。目前该问题正在整改中。",
        f"{both}修订财务和接待管理制度,清退超标准费用。目前上述问题均已整改完成。",
    ]
    text = _HEAD + _list(("1.", "2.", "3.", "4.")) + "\n".join(answers) + "\n" + _TAIL
    assert _read(text) == list(zip(_TITLES, ["done", "in_progress", "done", "done"], strict=True))


# An answer naming its problem by the list's label in another family (针对问题(三): under ⑴…⑻; 对应问题2 under (1)…):
# the number's value points at the entry.
@pytest.mark.parametrize(
    ("numbers", "refs"),
    [
        (("⑴", "⑵", "⑶", "⑷"), ("对应问题1:", "对应问题2:", "对应问题3:", "对应问题4:")),
        (("①", "②", "③", "④"), ("针对问题(一):", "针对问题(二):", "针对问题(三):", "针对问题(四):")),
        (("(1)", "(2)", "(3)", "(4)"), ("关于问题一:", "关于问题二:", "关于问题三:", "关于问题四:")),
        (("1.", "2.", "3.", "4."), ("针对问题⑴:", "针对问题⑵:", "针对问题⑶:", "针对问题⑷:")),
    ],
)
def test_an_answer_names_its_problem_by_a_label_of_another_family(
    numbers: tuple[str, str, str, str], refs: tuple[str, ...]
) -> None:
    answers = [f"{r}建立工作台账,逐项推进落实。目前该问题已整改完成。" for r in refs]
    answers[1] = f"{refs[1]}制定调研计划,调研报告正在起草中。目前该问题正在整改中。"
    text = _HEAD + _list(numbers) + "\n".join(answers) + "\n" + _TAIL
    assert _read(text) == list(zip(_TITLES, ["done", "in_progress", "done", "done"], strict=True))


# An answer naming its problem by a few of its words in quotation marks, without the word 整改, its text following on
# the line (关于“公车私用”问题:<text>).
@pytest.mark.parametrize(
    "refs",
    [
        ("关于“理论学习”问题:", "关于“调查研究”问题:", "关于“财务管理”问题:", "关于“公务接待”问题:"),
        ("针对“学习不够深入”问题,", "针对“不够扎实”问题,", "针对“财务管理不规范”问题,", "针对“接待管理”问题,"),
        ("对“理论学习不够深入”的问题。", "对“调查研究”的问题。", "对“财务管理”的问题。", "对“公务接待”的问题。"),
    ],
)
def test_an_answer_names_its_problem_by_quoted_words_without_the_word_for_rectification(refs: tuple[str, ...]) -> None:
    answers = [f"{r}建立工作台账,逐项推进落实。目前该问题已整改完成。" for r in refs]
    answers[3] = f"{refs[3]}修订接待管理办法。目前该问题正在整改中。"
    text = _HEAD + _list(("1.", "2.", "3.", "4.")) + "\n".join(answers) + "\n" + _TAIL
    assert _read(text) == list(zip(_TITLES, ["done", "done", "done", "in_progress"], strict=True))


# Answers sorted under headings by status ((一)已完成整改的问题 / (二)正在推进的问题), each naming its problem: the
# heading's status is each answer's.
@pytest.mark.parametrize(
    ("done_heading", "open_heading", "open_status"),
    [
        ("(一)已整改完成的问题", "(二)正在整改的问题", "in_progress"),
        ("(一)已经完成整改的问题", "(二)尚未完成整改的问题", "in_progress"),
        ("(一)已完成整改的事项", "(二)已完成并长期坚持的事项", "done_longterm"),
    ],
)
def test_answers_sorted_by_status_take_their_headings_status(
    done_heading: str, open_heading: str, open_status: str
) -> None:
    answers = (
        f"{done_heading}\n1.关于“理论学习”问题。制定学习计划。\n2.关于“财务管理”问题。修订财务制度。\n"
        f"{open_heading}\n1.关于“调查研究”问题。制定调研计划。\n2.关于“公务接待”问题。修订接待办法。"
    )
    text = _HEAD + _list(("(1)", "(2)", "(3)", "(4)")) + answers + "\n" + _TAIL
    assert _read(text) == list(zip(_TITLES, ["done", open_status, "done", open_status], strict=True))


# A three-level list: group lines (1.<group>。) over entries of another family ((1)<problem>): the groups are no
# entries, so an answer by words names the problem under them.
@pytest.mark.parametrize(
    ("groups", "entries"), [(("1.", "2."), ("①", "②")), (("1、", "2、"), ("⑴", "⑵")), (("(1)", "(2)"), ("①", "②"))]
)
def test_a_three_level_lists_groups_are_no_entries(groups: tuple[str, str], entries: tuple[str, str]) -> None:
    lst = (
        "一、巡察反馈的问题\n(一)政治建设方面\n"
        f"{groups[0]}政治理论武装不够到位。\n{entries[0]}理论学习不够深入。\n"
        f"{groups[1]}调查研究作风不够扎实。\n{entries[1]}调查研究不够扎实。\n"
        "二、整改落实情况\n"
    )
    answers = (
        "关于“理论学习”问题:制定学习计划。目前该问题已整改完成。\n关于“调查研究”问题:开展调研。目前该问题正在整改中。"
    )
    assert _read(_HEAD + lst + answers + "\n" + _TAIL) == [
        ("理论学习不够深入", "done"),
        ("调查研究不够扎实", "in_progress"),
    ]


# A closing list sorting problems by status names them with their noun and brackets run together (已完成整改的问题：
# 问题（一）（二）（四）), and may close on a clause restating the head's status (尚未完成的问题：问题（三），正在推进).
@pytest.mark.parametrize(
    ("closing", "statuses"),
    [
        ("已整改完成的问题:问题(一)(二)(四);正在整改的问题:问题(三)。", ["done", "done", "in_progress", "done"]),
        (
            "已完成整改的问题:问题(1)(3);尚未完成的问题:问题(2)、问题(4),正在加快推进。",
            ["done", "in_progress", "done", "in_progress"],
        ),
        (
            "已销号的问题:问题(一)、问题(二)(三);已完成并长期坚持的问题:问题(四),已建立长效机制。",
            ["done", "done", "done", "done_longterm"],
        ),
    ],
)
def test_a_closing_names_problems_by_bracketed_labels_run_together(closing: str, statuses: list[str]) -> None:
    body = "".join(f"({n}){t}。\n整改措施:建立台账,逐项推进。\n" for n, t in zip("一二三四", _TITLES, strict=True))
    text = _HEAD + "一、巡察反馈问题整改情况\n" + body + "二、整改完成情况\n截至目前," + closing + "\n" + _TAIL
    assert _read(text) == list(zip(_TITLES, statuses, strict=True))


# A closing naming one number past the problems among numbers that are most of them (问题（九） under ⑴…⑻): a slip
# that names no problem; the rest of the list is read.
@pytest.mark.parametrize(
    ("closing", "statuses"),
    [
        ("问题1、2、3已整改完成,问题6正在推进。", ["done", "done", "done", "unstated"]),
        ("第1、2、4个问题已整改完成,第5个问题正在整改。", ["done", "done", "unstated", "done"]),
    ],
)
def test_a_closing_list_with_one_slipped_number_is_read_without_it(closing: str, statuses: list[str]) -> None:
    body = "".join(f"{n}.{t}。\n整改措施:建立台账,逐项推进。\n" for n, t in zip("1234", _TITLES, strict=True))
    text = _HEAD + "一、巡察反馈问题整改情况\n" + body + "二、整改完成情况\n截至目前," + closing + "\n" + _TAIL
    assert _read(text) == list(zip(_TITLES, statuses, strict=True))


# A range naming problems by number (第1至4个问题已整改完成) lists them: its end is no count of problems.
@pytest.mark.parametrize(
    "sentence",
    ["截至目前,第1到3个问题已整改完成。", "截至6月底,第2-5项问题均已整改到位。", "目前第一至三个问题已完成整改。"],
)
def test_a_range_by_number_is_no_count(sentence: str) -> None:
    claimed = read_claims(sentence)
    assert (claimed.problems, claimed.completed) == (None, None)

"""Round 136's class (issue 19): numberings as people type them on phones and in WPS, the rarer enumerators a table
of the genre's families may lack. The areas numbered by the parenthesised ideographs an input method offers (㈠㈡㈢)
or by the financial numerals (壹、贰、 / (壹)), under the notice's own 一、二、 parts; the problems of a run numbered in
figures whose brackets and stops slip from one number to the next, at the run's first or last number or on several
((1) 2) 3、 / 1) 2) (3)). Members the round's notices do not print: other glyphs and counts of areas, the ideographs
and the financial numerals at the problem's level, other stops and brackets around them, other orders and places of
the slips, and the rarer marks typed around a problem's figure (No.1, 第1., 1-, 1—, 〈1〉, (ⅰ))."""

from __future__ import annotations

import pytest

from notices import parse_notice
from tests.conftest import norm

_HEAD = (
    "中共某县某局党组关于县委巡察反馈意见整改进展情况的通报\n"
    "根据县委统一部署，2024年3月4日至4月30日，县委第一巡察组对县某局党组进行了巡察，5月20日反馈了巡察意见。"
    "现将整改进展情况公布如下。\n"
    "一、整改工作开展情况\n局党组成立整改工作领导小组，制定整改方案。\n"
    "二、反馈问题整改情况\n"
)
_TAIL = (
    "三、下一步工作打算\n局党组将持续巩固整改成果。\n"
    "欢迎监督。联系电话：0731-1234567。\n中共某县某局党组\n2024年12月10日\n"
)

_AREAS = ("政治建设方面", "全面从严治党方面", "组织建设方面", "作风建设方面", "为民服务方面", "队伍建设方面")
_PROBLEMS = (
    ("基层党组织建设薄弱，组织生活不规范", "已完成"),
    ("专项资金拨付滞后，部分项目资金闲置", "正在推进"),
    ("政府采购程序不规范，部分项目未公开招标", "已完成，长期坚持"),
    ("干部教育培训针对性不强", "已完成"),
    ("档案管理不规范，部分资料缺失", "正在推进"),
    ("公务接待审批手续不全", "已完成"),
)
_STATUS = {"已完成": "done", "正在推进": "in_progress", "已完成，长期坚持": "done_longterm"}


def _problem(form: str, n: int, k: int) -> str:
    title, status = _PROBLEMS[k % len(_PROBLEMS)]
    return f"{form.format(n=n)}{title}。\n整改情况：制定整改措施，逐项推进落实。\n整改进展：{status}。\n"


def _notice(areas: list[str], forms: list[list[str]]) -> str:
    """A notice whose areas are headed as `areas` print them, the problems under each numbered in the forms given."""
    body, k = "", 0
    for area, run in zip(areas, forms, strict=True):
        body += area + "\n"
        for n, form in enumerate(run, 1):
            body += _problem(form, n, k)
            k += 1
    return _HEAD + body + _TAIL


def _expected(forms: list[list[str]]) -> list[tuple[str, str]]:
    titles = [_PROBLEMS[k % len(_PROBLEMS)] for k in range(sum(len(run) for run in forms))]
    return [(norm(title) or "", _STATUS[status]) for title, status in titles]


# The parenthesised ideographs ㈠…㈩ head the areas, in any count, above problems numbered in any family of figures:
# each problem stands under its area, read as (一)…
@pytest.mark.parametrize("count", [2, 4, 6])
@pytest.mark.parametrize("form", ["{n}.", "{n}、", "({n})", "{n})"])
def test_areas_in_parenthesised_ideographs(count: int, form: str) -> None:
    glyphs = [chr(0x3220 + i) for i in range(count)]
    areas = [g + _AREAS[i] for i, g in enumerate(glyphs)]
    forms = [[form, form] for _ in glyphs]
    notice = parse_notice(_notice(areas, forms))
    assert [(norm(i.title), i.status) for i in notice.items] == _expected(forms)
    assert [norm(i.aspect) for i in notice.items] == [norm(a) for a in areas for _ in range(2)]


# The ideographs number the problems themselves under a part with no areas, with or without a stop after them
@pytest.mark.parametrize("stop", ["", "、", " "])
def test_problems_in_parenthesised_ideographs(stop: str) -> None:
    lines = [f"{chr(0x3220 + k)}{stop}{title}。\n整改进展：{status}。\n" for k, (title, status) in enumerate(_PROBLEMS)]
    notice = parse_notice(_HEAD + "".join(lines) + _TAIL)
    assert [i.label for i in notice.items] == list("一二三四五六")
    assert [(norm(i.title), i.status) for i in notice.items] == [(norm(t), _STATUS[s]) for t, s in _PROBLEMS]


# The financial numerals head the areas under the notice's 一、二、 parts, stopped or bracketed as the common
# numerals are, in any count
@pytest.mark.parametrize("count", [2, 4, 5])
@pytest.mark.parametrize("mark", ["{n}、", "({n})", "{n}.", "（{n}）"])
@pytest.mark.parametrize("form", ["{n}.", "{n}、"])
def test_areas_in_financial_numerals(count: int, mark: str, form: str) -> None:
    areas = [mark.format(n=n) + _AREAS[i] for i, n in enumerate("壹贰叁肆伍"[:count])]
    forms = [[form, form] for _ in areas]
    notice = parse_notice(_notice(areas, forms))
    assert [(norm(i.title), i.status) for i in notice.items] == _expected(forms)
    assert [norm(i.aspect) for i in notice.items] == [norm(a) for a in areas for _ in range(2)]
    assert notice.claimed.problems is None and not notice.warnings


# The financial numerals number the problems under (一) areas
@pytest.mark.parametrize("mark", ["{n}、", "({n})", "{n}."])
def test_problems_in_financial_numerals(mark: str) -> None:
    forms = [[mark.replace("{n}", d) for d in "壹贰叁"], [mark.replace("{n}", d) for d in "壹贰叁"]]
    notice = parse_notice(_notice(["(一)政治建设方面", "(二)组织建设方面"], forms))
    assert [i.label for i in notice.items] == list("壹贰叁壹贰叁")
    assert [(norm(i.title), i.status) for i in notice.items] == _expected(forms)
    assert [norm(i.aspect) for i in notice.items] == [norm("(一)政治建设方面")] * 3 + [norm("(二)组织建设方面")] * 3


# A run of problems whose forms slip at its first or its last number, or on two, under areas the notice numbers in
# another family: every problem is read, under its area
@pytest.mark.parametrize(
    "forms",
    [
        [["{n}.", "{n}.", "({n})"], ["{n}.", "{n}."]],  # the last slips to brackets
        [["({n})", "{n}、", "{n}、"], ["{n}、", "{n}、", "{n}、"]],  # the first
        [["{n})", "{n})", "{n}."], ["{n}.", "{n})", "{n})"]],  # the last of one, the first of the next
        [["({n})", "({n})", "{n})"], ["{n})", "({n})", "({n})"], ["({n})", "({n})"]],  # a lone bracket
        [["{n}、", "({n})", "{n})"], ["{n}、", "{n}、", "{n}、"]],  # two in a run of three
        [["{n}）", "({n}）", "（{n})"], ["{n}）", "{n}）"]],  # full-width and half-width brackets mixed
    ],
)
@pytest.mark.parametrize("area", ["(一)", "一)", "Ⅰ、"])
def test_slipped_forms_at_a_run_s_ends(forms: list[list[str]], area: str) -> None:
    marks = (
        ["(一)", "(二)", "(三)"]
        if area == "(一)"
        else ["一)", "二)", "三)"]
        if area == "一)"
        else ["Ⅰ、", "Ⅱ、", "Ⅲ、"]
    )
    areas = [marks[i] + _AREAS[i] for i in range(len(forms))]
    notice = parse_notice(_notice(areas, forms))
    assert [(norm(i.title), i.status) for i in notice.items] == _expected(forms)
    assert [i.label for i in notice.items] == [str(n) for run in forms for n in range(1, len(run) + 1)]
    assert [norm(i.aspect) for i in notice.items] == [norm(a) for a, run in zip(areas, forms, strict=True) for _ in run]


# The rarer marks a phone's or a WPS user types before a problem's figure or after it: the English abbreviation
# (No.1, NO.1, No1、), an ordinal's 第 with a stop and no counter word (第1.), a hyphen or a dash for the stop (1- 1—
# 1–), the angle brackets an input method offers (〈1〉), and lower-case Roman numerals in a pair of brackets
# ((ⅰ)): each problem read under its area, its title without the mark
@pytest.mark.parametrize(
    "form",
    ["No.{n}", "NO.{n} ", "No{n}、", "no.{n}:", "第{n}.", "第{n}、", "{n}-", "{n}—", "{n}–", "〈{n}〉", "〈{n}〉、"],
)
def test_rarer_marks_around_a_problem_s_figure(form: str) -> None:
    forms = [[form, form, form], [form, form]]
    notice = parse_notice(_notice(["(一)政治建设方面", "(二)组织建设方面"], forms))
    assert [(norm(i.title), i.status) for i in notice.items] == _expected(forms)
    assert [i.label for i in notice.items] == ["1", "2", "3", "1", "2"]
    assert [norm(i.aspect) for i in notice.items] == [norm("(一)政治建设方面")] * 3 + [norm("(二)组织建设方面")] * 2


@pytest.mark.parametrize("mark", ["({n})", "（{n}）", "( {n} )"])
def test_problems_in_lower_case_roman_numerals_in_brackets(mark: str) -> None:
    forms = [[mark.replace("{n}", g) for g in "ⅰⅱⅲ"], [mark.replace("{n}", g) for g in "ⅰⅱ"]]
    notice = parse_notice(_notice(["(一)政治建设方面", "(二)组织建设方面"], forms))
    assert [(norm(i.title), i.status) for i in notice.items] == _expected(forms)
    assert [norm(i.label) for i in notice.items] == [norm(g) for g in "ⅰⅱⅲⅰⅱ"]


# Areas numbered in figures over groups in letters and problems numbered in another form of figures, each area's lead
# sentence on a line of its own (2.<area> > 本方面共2个问题… > a.<group> > 1) 2) > 3.<area>): the next area's number
# goes on from its own numbering's, no slip closing the problems' run (the generator's held-out draws 77000630 and kin)
@pytest.mark.parametrize("area", ["{n}.", "{n}、"])
@pytest.mark.parametrize("form", ["{n})", "({n})", "（{n}）"])
def test_areas_in_figures_over_problems_in_other_figures(area: str, form: str) -> None:
    body, k = "", 0
    for a in range(1, 4):
        body += f"{area.format(n=a)}{_AREAS[a - 1]}\n本方面共2个问题，整改情况如下。\na.{_AREAS[a + 2]}的问题\n"
        for n in (1, 2):
            body += _problem(form, n, k)
            k += 1
    notice = parse_notice(_HEAD + body + _TAIL)
    assert [(norm(i.title), i.status) for i in notice.items] == _expected([[form, form]] * 3)
    areas = [norm(area.format(n=a) + _AREAS[a - 1]) for a in range(1, 4)]
    assert [norm(i.aspect) for i in notice.items] == [a for a in areas for _ in range(2)]

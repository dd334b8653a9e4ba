"""Round 104's classes (issue 19): long four-level notices, each class with members the round's notices do not print
(other headings, columns, numbering marks and count words of the same classes)."""

from __future__ import annotations

import unicodedata

import pytest

from notices import parse_notice
from notices.header import read_claims

_HEAD = (
    "中共某省某厅党组关于省委巡视整改进展情况的通报\n"
    "根据省委统一部署,2024年3月4日至5月10日,省委第二巡视组对某省某厅党组开展了常规巡视。2024年6月3日,省委第二"
    "巡视组向厅党组反馈了巡视意见。现将巡视整改进展情况予以公布。\n"
    "一、巡视反馈问题整改情况\n"
    "(一)落实全面从严治党战略部署方面\n"
)
_TAIL = "二、下一步工作打算\n厅党组将继续巩固整改成果。\n中共某省某厅党组\n2024年9月2日\n"


def _table(header: str, rows: list[tuple[str, str]], start: int) -> list[str]:
    return [header] + [
        f"{start + k}\t{title}\t制定方案,开展专项整治。\t{state}" for k, (title, state) in enumerate(rows)
    ]


# A class heading numbered in figures over a table of its own problems, the next class over the next table (a
# provincial body's four levels with the problems of each class tabled): the headings are the problems' groups, not
# problems among the rows.
@pytest.mark.parametrize(
    ("first", "second", "header"),
    [
        ("3、班子建设不够有力", "4、干部队伍建设有差距", "序号\t问题描述\t整改措施\t整改状态"),
        ("2．财务管理存在漏洞。", "3．资产管理不规范。", "编号\t存在问题\t整改措施\t完成情况"),
        ("5.意识形态工作责任制落实不到位", "6.基层党建工作薄弱", "序号\t反馈问题\t整改举措\t整改进展"),
    ],
)
def test_a_class_heading_over_its_table_is_the_rows_group(first: str, second: str, header: str) -> None:
    lines = [first, *_table(header, [("议事规则不完善", "已完成"), ("联系基层不够", "正在推进")], 1)]
    lines += [second, *_table(header, [("选人用人程序不严格", "已完成"), ("年轻干部培养不够", "已完成")], 3)]
    notice = parse_notice(_HEAD + "\n".join(lines) + "\n" + _TAIL)
    assert [(i.label, i.title, i.status) for i in notice.items] == [
        ("1", "议事规则不完善", "done"),
        ("2", "联系基层不够", "in_progress"),
        ("3", "选人用人程序不严格", "done"),
        ("4", "年轻干部培养不够", "done"),
    ]
    groups = [unicodedata.normalize("NFKC", i.group or "") for i in notice.items]
    assert groups == [unicodedata.normalize("NFKC", g) for g in (first, first, second, second)]


# A long notice states its count twice: plainly where the reading meets it first (36个问题已完成整改33个) and broken
# down by aspects and classes in another sentence (3个方面10类36个问题): the breakdown's middle count is the groups.
@pytest.mark.parametrize(
    ("plain", "breakdown", "groups", "problems"),
    [
        ("截至目前,24个问题已完成整改20个,其余4个正在推进。", "对照反馈的3个方面8项24个问题,逐项制定整改措施。", 8, 24),
        (
            "截至9月底,反馈的33个问题中已整改完成30个。",
            "针对省委巡视反馈的4个方面11类共33个问题,制定整改方案。",
            11,
            33,
        ),
        ("目前,18个问题已全部完成整改。", "对巡视指出的2个方面5大类18个突出问题,建立整改台账。", 5, 18),
    ],
)
def test_a_plain_count_takes_its_groups_from_the_breakdown_of_the_same_total(
    plain: str, breakdown: str, groups: int, problems: int
) -> None:
    claims = read_claims(plain + "\n" + breakdown)
    assert (claims.problem_groups, claims.problems) == (groups, problems)


# A record's ordinal alone on its line over its 问题： field (第4项 / 问题：…), copied with blank lines between the
# lines (a page's paragraphs): the ordinal is still the problem's number, numbered through the aspects as printed.
# (Adding this round moved the copies drawn for earlier rounds' notices: round 90's records came up with blank lines.)
@pytest.mark.parametrize("gap", ["\n\n", "\n\n\n", "\n \n", "\n\u3000\n"])
def test_an_ordinal_over_its_problem_field_reaches_past_blank_lines(gap: str) -> None:
    records = [
        ("(一)政治建设方面", 1, "理论学习不够深入"),
        (None, 2, "调查研究不够扎实"),
        ("(二)全面从严治党方面", 3, "财务管理不规范"),
        (None, 4, "公务接待管理不严格"),
    ]
    lines = []
    for aspect, n, title in records:
        lines += [aspect] if aspect else []
        lines += [f"第{n}项", f"问题：{title}。", "整改措施：制定方案,开展专项整治。", "完成情况：已完成"]
    notice = parse_notice(_HEAD.replace("(一)落实全面从严治党战略部署方面\n", "") + gap.join(lines) + "\n" + _TAIL)
    assert [(i.label, i.title) for i in notice.items] == [(str(n), t) for _, n, t in records]

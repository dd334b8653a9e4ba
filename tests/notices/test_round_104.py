"""Round 104's classes (issue 19), each with members the round's notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某省某厅党组关于省委巡视整改进展情况的通报\n"
    "根据省委统一部署,2024年3月4日至5月10日,省委第二巡视组对某省某厅党组开展了常规巡视。2024年6月3日,省委第二"
    "巡视组向厅党组反馈了巡视意见。现将巡视整改进展情况予以公布。\n"
    "一、巡视反馈问题整改情况\n"
    "(一)落实全面从严治党战略部署方面\n"
)
_TAIL = "二、下一步工作打算\n厅党组将继续巩固整改成果。\n中共某省某厅党组\n2024年9月2日\n"


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

"""Round 148's class (issue 19): notices of county and township bodies as published in the provinces the set has few
of (青海, 云南, 甘肃, 内蒙古, and 新疆's prefecture pages before them). Their layouts are the genre's own; the one the
round's pages lean on that the parser knew in fewer words is the record layout: each problem given as a field of
its own (反馈问题：<problem>), unnumbered, over the field of its rectification (整改情况：<measures and status>).
Members the round's notices do not print: the problem field's other names (具体问题, 问题内容, 反馈意见,
巡察反馈意见) and the rectification field named by the work alone (整改落实：), each field's name no part of the
problem and the status read from the rectification field's closing sentence."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某县某镇委员会关于县委巡察整改进展情况的通报\n"
    "根据县委统一部署，2024年4月8日至6月7日，县委第二巡察组对某镇党委进行了常规巡察。2024年7月16日，县委第二巡察组"
    "向某镇党委反馈了巡察意见。现将巡察整改进展情况予以公布。\n"
    "县委巡察组反馈的3个问题，已完成整改2个，正在整改1个。\n"
)
_TAIL = "欢迎广大干部群众监督。联系电话：0994-1234567。\n中共某县某镇委员会\n2024年11月28日\n"
_PROBLEMS = [
    "人才振兴问题突出，村“两委”干部选人难",
    "普法宣传不深入，群众法治意识不强",
    "村级财务管理不规范，个别村存在白条入账现象",
]
_STATES = ["目前已完成整改。", "已完成整改，并长期坚持。", "目前正在整改中，村级财务管理办法正在起草。"]
_TITLES = [
    "人才振兴问题突出,村“两委”干部选人难",
    "普法宣传不深入,群众法治意识不强",
    "村级财务管理不规范,个别村存在白条入账现象",
]


def _records(problem_field: str, rectification_field: str) -> str:
    return "".join(
        f"{problem_field}：{problem}。\n{rectification_field}：制定工作方案，开展专项整治。{state}\n"
        for problem, state in zip(_PROBLEMS, _STATES, strict=True)
    )


def _read(problem_field: str, rectification_field: str) -> list[tuple[str, str]]:
    notice = parse_notice(_HEAD + _records(problem_field, rectification_field) + _TAIL)
    assert [str(w) for w in notice.warnings] == []
    return [(item.title, item.status) for item in notice.items]


_WANT = list(zip(_TITLES, ["done", "done_longterm", "in_progress"], strict=True))


# The problem's field named otherwise than 反馈问题/存在问题: the name goes, its text is the problem.
@pytest.mark.parametrize("problem_field", ["具体问题", "问题内容", "反馈意见", "巡察反馈意见", "巡察组反馈意见"])
@pytest.mark.parametrize("rectification_field", ["整改情况", "整改进展情况", "整改措施及成效"])
def test_the_problem_field_s_other_names_are_no_part_of_the_problem(
    problem_field: str, rectification_field: str
) -> None:
    assert _read(problem_field, rectification_field) == _WANT


# The rectification field named by the work alone (整改落实：), under each name of the problem's field: it holds the
# measures and the status sentence closing them.
@pytest.mark.parametrize("problem_field", ["反馈问题", "存在问题", "问题表现", "具体问题", "反馈意见"])
def test_the_rectification_field_named_by_the_work_alone(problem_field: str) -> None:
    assert _read(problem_field, "整改落实") == _WANT


# The same records under the aspects of a county bureau's notice (一、…方面), the counts claimed by the notice.
@pytest.mark.parametrize(("problem_field", "rectification_field"), [("具体问题", "整改落实"), ("问题内容", "整改情况")])
def test_records_under_aspects_keep_their_aspect_and_counts(problem_field: str, rectification_field: str) -> None:
    body = "一、贯彻落实上级决策部署方面\n" + _records(problem_field, rectification_field)
    notice = parse_notice(_HEAD + body + _TAIL)
    assert [item.title for item in notice.items] == _TITLES
    assert {item.aspect for item in notice.items} == {"一、贯彻落实上级决策部署方面"}
    assert (notice.claimed.problems, notice.claimed.completed, notice.claimed.in_progress) == (3, 2, 1)


# The count sentence tallying the open problems by the negation of the bare done verb 已整改 (未整改 / 尚未整改 /
# 暂未整改) or its partial form (基本整改): open work, as 未完成 and 基本完成 are, summed into the count in progress.
@pytest.mark.parametrize(
    "tally",
    [
        "截至目前，巡察反馈的3个问题已整改2个，未整改1个。",
        "截至目前，3个问题中已整改2个，尚未整改1个，整改率66.7%。",
        "截止目前，反馈的3个问题已整改完成2个，暂未整改1个。",
        "截至2024年11月底，3个问题已整改2个，基本整改1个。",
        "截至目前，3个问题中已整改2个，基本整改完成1个。",
    ],
)
def test_the_open_count_told_by_the_negated_or_partial_done_verb(tally: str) -> None:
    head = _HEAD.replace("县委巡察组反馈的3个问题，已完成整改2个，正在整改1个。\n", tally + "\n")
    notice = parse_notice(head + _records("反馈问题", "整改情况") + _TAIL)
    assert (notice.claimed.problems, notice.claimed.completed, notice.claimed.in_progress) == (3, 2, 1)
    assert [str(w) for w in notice.warnings] == []


# The totals printed above records numbered by nothing (截至目前，…已完成整改2个…) are the notice's opening: the
# records below them are its problems, not the text of a closing summary.
@pytest.mark.parametrize(
    "totals",
    [
        "截至目前，巡察反馈的3个问题已完成整改2个，正在整改1个。",
        "截至2024年11月底，反馈的3个问题已完成整改2个，剩余1个正在整改。",
        "截至目前，县委巡察组反馈问题3个，已整改完成2个，正在推进1个。",
    ],
)
@pytest.mark.parametrize("problem_field", ["反馈问题", "存在问题", "具体问题"])
def test_the_totals_above_unnumbered_records_open_the_notice(totals: str, problem_field: str) -> None:
    head = _HEAD.replace("县委巡察组反馈的3个问题，已完成整改2个，正在整改1个。\n", totals + "\n")
    notice = parse_notice(head + _records(problem_field, "整改情况") + _TAIL)
    assert [(item.title, item.status) for item in notice.items] == _WANT
    assert (notice.claimed.problems, notice.claimed.completed) == (3, 2)

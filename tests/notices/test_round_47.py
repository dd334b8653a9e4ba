"""Round 47's classes (issue 19), each with members the round's notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.gazetteer import gazetteer
from notices.header import read_claims
from notices.lexicon import STATUS_LABELS, TEAM_RE
from notices.numbering import numbering_of
from notices.parse import clean_title
from notices.status.words import classify_status

_OPENING = (
    "中共某某县某某镇委员会关于巡察整改情况的公示\n"
    "根据县委统一部署,2022年3月1日至4月15日,县委第二巡察组对某某镇党委开展了巡察。\n"
    "现将整改情况公示如下:\n"
)


# Problems numbered by another noun of the genre than 问题 (事项一:, 任务3:): each is a problem, its noun kept in
# its label.
@pytest.mark.parametrize(
    ("line", "label"),
    [("事项1:村部门前路灯损坏", "事项1"), ("事项三:村卫生室未按时开放", "事项三"), ("任务2:整改台账不规范", "任务2")],
)
def test_problems_numbered_as_matters(line: str, label: str) -> None:
    found = numbering_of(line)
    assert found is not None and found[1] == label


def test_matters_with_their_outcome_field_are_read_as_problems() -> None:
    notice = parse_notice(
        _OPENING + "事项1:集镇农贸市场周边垃圾清运不及时\n整改情况:增设垃圾桶20个,每日清运两次。\n处理结果:已办结。\n"
        "事项2:部分低保对象动态调整不及时\n整改情况:开展低保对象全面复核。\n处理结果:正在办理。\n"
    )
    assert [(i.label, i.status) for i in notice.items] == [("事项1", "done"), ("事项2", "in_progress")]


# The outcome of a matter handed over, as a 公示 prints its status field.
@pytest.mark.parametrize("label", ["办理结果", "处理结果"])
def test_a_matters_outcome_is_a_status_field(label: str) -> None:
    assert STATUS_LABELS.match(label)


# Matters handed over during the inspection, counted where the notice counts no problems.
@pytest.mark.parametrize(
    ("text", "problems"),
    [
        ("巡察期间,巡察组共向镇党委交办事项5个。", 5),
        ("巡察组移交6个立行立改事项,均已办结。", 6),
        ("巡察组共反馈问题12个。巡察期间移交立行立改事项3个。", 12),
    ],
)
def test_matters_handed_over_are_counted_where_no_problem_is(text: str, problems: int) -> None:
    assert read_claims(text).problems == problems


# A team whose scope is worded as its task (巡察村(居)) before its number is named whole.
@pytest.mark.parametrize(
    ("sentence", "team"),
    [
        ("2021年5月,县委巡察村(居)第三巡察组对该社区开展了巡察。", "县委巡察村(居)第三巡察组"),
        ("市委巡察村居第一巡察组对该村党总支开展了巡察。", "市委巡察村居第一巡察组"),
    ],
)
def test_a_teams_scope_worded_as_its_task(sentence: str, team: str) -> None:
    m = TEAM_RE.search(sentence)
    assert m is not None and m.group(0) == team


# Sentences about the inspection's work between the inspection and the feedback: the feedback is still the opening's.
def test_feedback_after_the_inspections_story() -> None:
    notice = parse_notice(
        "中共某某村支部委员会关于巡察整改情况的公示\n"
        "根据县委统一部署,2021年4月6日至5月20日,县委第一巡察组对某某村党支部开展了巡察。"
        "巡察组进驻后走访农户86户。召开座谈会3次。查阅账目凭证200余份。受理来信来访12件。"
        "2021年6月18日,县委第一巡察组向村党支部反馈了巡察意见。现将整改情况公示如下:\n"
        "一、整改情况\n问题一:村务公开不及时。\n整改情况:每月公开一次。已整改到位。\n"
    )
    assert notice.feedback_date == "2021-06-18"


# An organisation named without its place opens with its level (市中心医院, 县中医院): no division is read from it.
@pytest.mark.parametrize(
    ("name", "region"),
    [
        ("市中心医院党委", None),
        ("市北医院党委", None),
        ("青岛市市北区教育局", "市北区"),
        ("济南市市中区卫健局", "市中区"),
    ],
)
def test_a_level_word_opening_an_organisation_is_no_place(name: str, region: str | None) -> None:
    place = gazetteer().locate(name)
    assert (place.region if place else None) == region


# Done and kept up by a long-acting management (长效管理, 长效管护).
@pytest.mark.parametrize("marker", ["已完成，长效管理", "已整改，纳入长效管护"])
def test_done_and_kept_up_by_long_acting_management(marker: str) -> None:
    assert classify_status(marker) == "done_longterm"


# A mirror site's doubled punctuation in a problem's words (,, / ,、): the added comma is no part of the title.
@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("村级财务公开不及时,,公开内容不全面。", "村级财务公开不及时,公开内容不全面"),
        ("八里,、丁集等村道路破损", "八里、丁集等村道路破损"),
        ("食堂采购管理不规范，，台账不全", "食堂采购管理不规范，台账不全"),
    ],
)
def test_a_mirrors_doubled_commas_are_no_part_of_the_title(headline: str, title: str) -> None:
    assert clean_title(headline) == title


# A section heading ending in 事项 with the next problem's number run on after it on a joined page is no matter.
@pytest.mark.parametrize("line", ["事项3、关于“网络安全防护有漏洞”问题", "事项二、关于食堂管理问题"])
def test_a_heading_ending_in_matters_is_no_numbering(line: str) -> None:
    found = numbering_of(line)
    assert found is None or not found[1].startswith("事项")

"""Round 50's classes (issue 19), each with members the round's notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.header import read_claims
from notices.lexicon import PENDING_RE, TEAM_RE
from notices.numbering import numbering_of

_OPENING = (
    "中共某某市人民医院委员会关于巡察整改进展情况的通报\n"
    "根据市委统一部署,2022年3月1日至4月15日,市委第二巡察组对市人民医院党委开展了巡察。\n"
    "现将整改进展情况通报如下:\n"
)


# The team's opinions numbered as the problems themselves (反馈意见1:), each with its own rectification fields.
@pytest.mark.parametrize(
    ("line", "label"),
    [("反馈意见2:门诊流程不够便捷", "反馈意见2"), ("反馈意见十一:科室二级库管理混乱", "反馈意见十一")],
)
def test_problems_numbered_as_the_teams_opinions(line: str, label: str) -> None:
    found = numbering_of(line)
    assert found is not None and found[1] == label


def test_a_heading_ending_in_the_opinions_noun_numbers_nothing() -> None:
    assert numbering_of("反馈意见整改落实情况") is None


def test_opinions_with_their_fields_are_read_as_problems() -> None:
    notice = parse_notice(
        _OPENING + "反馈意见1:药品采购管理不规范。\n责任领导:院长\n整改措施:全面清理采购渠道。\n完成情况:已完成。\n"
        "反馈意见2:人才引进政策落实不到位。\n责任领导:党委书记\n整改措施:修订人才引进办法。\n完成情况:正在整改。\n"
    )
    assert [(i.label, i.status) for i in notice.items] == [("反馈意见1", "done"), ("反馈意见2", "in_progress")]


# The problems named before their count, the measures counted after them, then the status counts in the next
# sentence: the status counts take the problems' unit, not the measures'.
@pytest.mark.parametrize(
    ("text", "done", "open_"),
    [
        ("巡察组共指出问题12个,制定整改措施40条。目前,已整改到位10个,正在推进2个。", 10, 2),
        ("反馈问题共7个,细化整改措施25条。截至6月底,已完成整改5个,正在整改2个。", 5, 2),
    ],
)
def test_status_counts_after_the_measures_count_the_problems_named_before_their_count(
    text: str, done: int, open_: int
) -> None:
    claimed = read_claims(text)
    assert (claimed.completed, claimed.in_progress) == (done, open_)


# 的 between the aspects and the problems' count still counts aspects.
@pytest.mark.parametrize(("text", "aspects"), [("反馈了三个方面的9个问题", 3), ("指出5个方面的18项问题", 5)])
def test_aspects_counted_with_de_before_the_problems(text: str, aspects: int) -> None:
    assert read_claims(text).aspects == aspects


# A decimal label before a word opening with a counter of whole things (所, 人, 家, 户): a decimal never counts them,
# so the line is a numbered problem; quantities (2.5万元, 1.5个月) stay quantities.
@pytest.mark.parametrize(
    ("line", "label"),
    [("2.3 人员招聘程序不规范", "2.3"), ("1.2 家属区物业管理缺位", "1.2"), ("4.1 户籍档案管理混乱", "4.1")],
)
def test_decimal_labels_before_a_counter_of_whole_things(line: str, label: str) -> None:
    found = numbering_of(line)
    assert found is not None and found[1] == label


@pytest.mark.parametrize("line", ["2.5万元用于设备更新", "1.5个月内完成整改"])
def test_decimal_quantities_are_no_labels(line: str) -> None:
    found = numbering_of(line)
    assert found is None or found[0].style != "n.n"


# A university's committee named in full before its team (学校党委第N巡察组), as 校党委 is its short name.
@pytest.mark.parametrize(
    ("sentence", "team"),
    [
        ("学校党委第一巡察组对图书馆党总支开展了巡察", "学校党委第一巡察组"),
        ("学校党委第五巡察组进驻", "学校党委第五巡察组"),
    ],
)
def test_a_universitys_team_named_by_its_full_committee(sentence: str, team: str) -> None:
    m = TEAM_RE.search(sentence)
    assert m is not None and m.group() == team


# Work waiting for the time it is set for (待<时间>开展), and the other part scheduled with 计划在: still to do.
@pytest.mark.parametrize(
    "text",
    [
        "第二期培训待明年春季开展",
        "验收待2025年下半年进行",
        "另2个项目计划在10月底前完成",
        "另1名干部计划在年底调整到位",
    ],
)
def test_work_waiting_for_its_time_is_pending(text: str) -> None:
    assert PENDING_RE.search(text)


@pytest.mark.parametrize("text", ["已于2023年秋季开展专项培训", "对待下半年工作提前谋划"])
def test_work_done_or_no_waiting_is_not_pending(text: str) -> None:
    assert not PENDING_RE.search(text)

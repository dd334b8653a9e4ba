"""Round 93's classes (issue 19): typos and OCR confusions, each with members the round's notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某某县民政局党组关于巡察整改进展情况的通报\n"
    "根据县委统一部署,2024年3月4日至4月30日,县委第二巡察组对县民政局党组进行了巡察。现将巡察整改进展情况予以通报。\n"
    "(一)贯彻落实上级决策部署方面\n"
    "1.养老服务设施建设推进不快。\n"
    "整改措施:制定建设方案,加大投入。\n"
)


def _statuses(field: str) -> list[str]:
    return [i.status for i in parse_notice(_HEAD + field + "\n").items]


# A scan's OCR and a hurried typist put look-alikes in a status's most frequent words: 己/巳 for 已, 末 for 未, 戌 for
# 成, 迸 for 进. Read back where the genre's words leave no doubt (before a status's verb, after 尚/仍).
@pytest.mark.parametrize(
    ("field", "status"),
    [
        ("整改情况:己落实到位。新建养老机构2家。", "done"),
        ("整改情况:巳按期完成。新建养老机构2家。", "done"),
        ("整改情况:己办结。新建养老机构2家。", "done"),
        ("整改情况:已全部完戌。新建养老机构2家。", "done"),
        ("整改情况:稳步推迸中。新建养老机构2家。", "in_progress"),
        ("整改情况:末落实到位。新建养老机构2家。", "in_progress"),
    ],
)
def test_a_status_word_s_look_alikes_are_read_back(field: str, status: str) -> None:
    assert _statuses(field) == [status]


# The look-alikes' own words stand (guards, true before the fix too): a time's 末 (年末完成) is no 未, 自己/律己 hold
# no 已, 戊戌 is a year, 迸发 is 迸's own word.
@pytest.mark.parametrize("words", ["计划于年末完成", "由各支部自己完成", "严于律己整改", "戊戌年", "热情迸发"])
def test_a_look_alike_in_its_own_word_stays(words: str) -> None:
    measures = parse_notice(_HEAD + f"整改情况:{words},已制定方案。\n").items[0].measures
    assert words in measures


# A status field's label with 情 misread (惜/清/晴 before 况) or 况 in its traditional form is the label.
@pytest.mark.parametrize("label", ["进展惜况", "完成晴况", "推进清况", "进展情況"])
def test_a_misread_status_label_is_the_label(label: str) -> None:
    assert _statuses(f"{label}:已完成。新建养老机构2家。") == ["done"]


# A status field's colon lost or read as a stop or a comma at a line's start: a label ending in 情况 and a status
# after it are the field (完成情况已完成 / 进展情况.已完成 / 推进情况,正在推进).
@pytest.mark.parametrize(
    ("field", "status"),
    [
        ("完成情况已完成。新建养老机构2家。", "done"),
        ("进展情况.已完成。新建养老机构2家。", "done"),
        ("整改落实情况,已完成。新建养老机构2家。", "done"),
        ("落实情况基本完成。新建养老机构2家。", "in_progress"),
        ("推进情况，正在推进。新建养老机构2家。", "in_progress"),
    ],
)
def test_a_status_field_s_lost_colon_is_given_back(field: str, status: str) -> None:
    assert _statuses(field) == [status]


# A status field's value cut inside its word by the page's wrap (已办 | 结, 推进 | 中): the next line's first
# characters finish it.
@pytest.mark.parametrize(
    ("field", "status"),
    [
        ("整改情况:已办\n结。新建养老机构2家。", "done"),
        ("整改情况:已销\n号。新建养老机构2家。", "done"),
        ("整改情况:推进\n中。新建养老机构2家。", "in_progress"),
        ("整改情况:已整\n改。清退资金3万元。", "done"),
    ],
)
def test_a_status_word_cut_by_the_page_is_whole(field: str, status: str) -> None:
    assert _statuses(field) == [status]

"""Round 82's classes (issue 19): notices as scans and PDFs deliver them, each class with members the round's
notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_notice

_OPENING = (
    "中共某某县某局党组关于巡察整改进展情况的通报\n"
    "根据县委统一部署,2024年3月4日至4月30日,县委第一巡察组对县某局党组进行了巡察。现将巡察整改情况予以通报。\n"
    "二、巡察反馈问题整改落实情况\n"
)


def _two_columns(left_head: str, right_head: str, rows: list[tuple[str, str]]) -> str:
    """A two-column table as pdftotext -layout reads it across: the left cell's line, spaces, the right cell's."""
    width = 40
    lines = [left_head + " " * (width - 2 * len(left_head)) + right_head]
    for left, right in rows:
        pad = width - 2 * len(left) if left else width
        lines.append(left + " " * pad + right)
    return "\n".join(lines) + "\n"


# A PDF's two-column table (problem | rectification) read across its columns: each line holds both cells' lines, both
# cells wrapped at their width; the problem's lines are joined, the rectification is its own text (its status in it).
@pytest.mark.parametrize(
    ("left_head", "right_head", "marks"),
    [
        ("反馈问题", "整改情况", ("1.", "2.")),
        ("存在问题", "整改进展", ("1、", "2、")),
        ("问题清单", "整改落实情况", ("（1）", "（2）")),
        ("巡视指出的问题", "整改完成情况", ("①", "②")),
    ],
)
def test_a_two_column_table_read_across_keeps_its_columns_apart(
    left_head: str, right_head: str, marks: tuple[str, str]
) -> None:
    first, second = marks
    rows = [
        (f"{first}政府采购内控制度不健", "修订政府采购内部控制办法，"),
        ("全，采购需求论证不充分", "建立采购需求论证机制。已完成。"),
        (f"{second}固定资产账实不符，部", "开展资产清查，盘盈盘亏资产正"),
        ("分资产长期闲置", "在报批处置。正在推进。"),
    ]
    notice = parse_notice(_OPENING + _two_columns(left_head, right_head, rows))
    assert [(i.title, i.status) for i in notice.items] == [
        ("政府采购内控制度不健全,采购需求论证不充分", "done"),
        ("固定资产账实不符,部分资产长期闲置", "in_progress"),
    ]


# OCR reads a scanned notice's 。 as a Latin o or O: a lone letter between Chinese words (or at the line's end) ends a
# sentence and is no part of a title.
@pytest.mark.parametrize(
    ("problem", "title"),
    [
        ("档案管理不规范O", "档案管理不规范"),
        ("干部教育培训针对性不强o", "干部教育培训针对性不强"),
        ("执法程序不够规范o部分案卷材料缺失O", "执法程序不够规范。部分案卷材料缺失"),
    ],
)
def test_a_full_stop_read_as_o_by_ocr_ends_the_sentence(problem: str, title: str) -> None:
    notice = parse_notice(_OPENING + f"1.{problem}\n整改情况:已完成整改。\n2.制度执行不严。\n整改情况:已完成。\n")
    assert notice.items[0].title == title


def test_a_latin_words_o_is_kept() -> None:
    """Guard (passes before the fix too): the o of a Latin word beside other letters is no full stop."""
    notice = parse_notice(
        _OPENING + "1.OA系统使用不规范,Logo标识不统一,稀缺O型血储备不足\n整改情况:已完成整改。\n2.制度执行不严。\n"
    )
    assert notice.items[0].title == "OA系统使用不规范,Logo标识不统一,稀缺O型血储备不足"


# 报 opening a noun in a list of rules (报销, 报表, 报账, 报刊 …) is no matter put up for approval: done work, not
# pending; 已报…审批 still is.
@pytest.mark.parametrize(
    "progress",
    [
        "修订公务接待、报销审批流程，全年审核报销单据120份。已完成。",
        "规范统计台账、报表审核程序，全年审核报表36份。已完成。",
        "完善资金拨付、报账审核制度，清理凭证85份。已完成，长期坚持。",
        "健全宣传栏、报刊征订审批办法，征订目录已公开。已完成。",
    ],
)
def test_a_noun_opening_on_bao_puts_nothing_up(progress: str) -> None:
    notice = parse_notice(_OPENING + "1.财务制度执行不严。\n整改情况:" + progress + "\n2.制度执行不严。\n")
    assert notice.items[0].pending is False


def test_a_matter_put_up_still_waits() -> None:
    """Guard (passes before the fix too): 已报…审批 after a comma is put up and waits on the decision."""
    notice = parse_notice(_OPENING + "1.财务制度执行不严。\n整改情况:制定办法，已报县财政局审批。\n2.制度执行不严。\n")
    assert notice.items[0].pending is True

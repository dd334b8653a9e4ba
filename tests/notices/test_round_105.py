"""Round 105's classes (issue 19: ledgers whose rows are measures), each with members the round's notices do not
print."""

from __future__ import annotations

import io

import pytest

from notices import parse_bytes, parse_notice
from notices.header import read_claims
from tests.conftest import norm

_HEAD = (
    "中共某县某局党组关于巡察整改进展情况的通报\n"
    "根据县委统一部署,2024年3月4日至4月30日,县委第一巡察组对县某局党组进行了巡察。现将整改进展情况予以通报。\n"
)
_ROWS_HEADER = "序号\t问题清单\t具体措施\t牵头领导\t整改进展\n"
_P1 = "档案管理制度执行不严，部分档案缺失"
_P2 = "公务接待审批手续不全"
_T1 = _P1.replace("，", ",")  # the title as the parser prints it (NFKC)


def _ledger(numbers: tuple[str, str, str], statuses: tuple[str, str]) -> str:
    """Problem 1 over two measure rows (its cell repeated, as a merged cell is read), problem 2 over one."""
    (a, b, c), (s1, s2) = numbers, statuses
    return (
        _HEAD
        + _ROWS_HEADER
        + f"{a}\t{_P1}\t补齐缺失档案材料\t办公室主任\t{s1}\n"
        + f"{b}\t{_P1}\t修订档案管理办法\t办公室主任\t{s2}\n"
        + f"{c}\t{_P2}\t修订公务接待管理规定\t党组书记\t已完成\n"
    )


# One problem over the rows of its measures, each row with its own status: the problem is done only when every
# measure is, open while one is, kept up where one is kept up and the rest done (round 16's measures).
@pytest.mark.parametrize(
    ("statuses", "status"),
    [
        (("已整改到位", "持续推进中，新办法已报局党组审议"), "in_progress"),
        (("尚未完成，正在补录", "已完成"), "in_progress"),
        (("已销号", "长期坚持"), "done_longterm"),
        (("已整改完毕", "已完成"), "done"),
    ],
)
def test_a_problems_measure_rows_are_one_problem_with_their_statuses_together(
    statuses: tuple[str, str], status: str
) -> None:
    notice = parse_notice(_ledger(("1", "1", "2"), statuses))
    assert [(i.label, i.title, i.status) for i in notice.items] == [("1", _T1, status), ("2", _P2, "done")]


# The 序号 of a measure ledger numbers the problem (merged: 1, 1), its measures (the problem's number before a hyphen
# or a dot: 1-1, 1.2), or the measures running on across the problems (1, 2, 3): then each problem takes its order.
@pytest.mark.parametrize(
    "numbers",
    [("1.1", "1.2", "2.1"), ("1－1", "1－2", "2－1"), ("1", "2", "3"), ("3", "4", "5")],
)
def test_a_measure_ledgers_numbers_give_the_problems_their_own(numbers: tuple[str, str, str]) -> None:
    notice = parse_notice(_ledger(numbers, ("已完成", "已完成")))
    assert [(i.label, i.title) for i in notice.items] == [("1", _T1), ("2", _P2)]


# A ledger typed without merges prints the problem on its first measure row and leaves its number and problem cells
# empty below (the blank cells a merged cell leaves in a copy): the rows below continue the problem.
@pytest.mark.parametrize(
    ("second", "status"),
    [
        ("\t\t修订档案管理办法\t办公室主任\t正在推进，初稿已形成", "in_progress"),
        ("\t\t开展档案专项检查\t分管副局长\t已完成，并长期坚持", "done_longterm"),
    ],
)
def test_measure_rows_under_blank_number_and_problem_cells_continue_the_problem(second: str, status: str) -> None:
    text = (
        _HEAD
        + _ROWS_HEADER
        + f"1\t{_P1}\t补齐缺失档案材料\t办公室主任\t已完成\n{second}\n"
        + f"2\t{_P2}\t修订公务接待管理规定\t党组书记\t已完成\n"
    )
    notice = parse_notice(text)
    assert [(i.title, i.status) for i in notice.items] == [(_T1, status), (_P2, "done")]


def _word_ledger(aspect: str, statuses: tuple[str, str]) -> bytes:
    """A Word table: a row merged across all columns naming the aspect, problem 1's cells merged down its measures."""
    import docx

    document = docx.Document()
    document.add_paragraph(_HEAD.strip())
    table = document.add_table(rows=5, cols=4)
    for c, name in enumerate(("序号", "问题清单", "具体措施", "整改进展")):
        table.cell(0, c).text = name
    table.cell(1, 0).merge(table.cell(1, 3)).text = aspect
    for r, (measure, status) in enumerate(zip(("补齐缺失档案材料", "修订档案管理办法"), statuses, strict=True), 2):
        table.cell(r, 2).text, table.cell(r, 3).text = measure, status
    table.cell(2, 0).merge(table.cell(3, 0)).text = "1"
    table.cell(2, 1).merge(table.cell(3, 1)).text = _P1
    for c, value in enumerate(("2", _P2, "修订公务接待管理规定", "已完成")):
        table.cell(4, c).text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# A Word table's row merged across every column names the aspect of the rows under it: a copy pastes it as one line,
# the aspect heading, never a row whose every cell repeats it.
@pytest.mark.parametrize(
    ("aspect", "statuses", "status"),
    [
        ("一、落实管党治党政治责任方面", ("已完成", "正在推进"), "in_progress"),
        ("（二）选人用人和基层党建方面", ("已完成", "已完成"), "done"),
    ],
)
def test_a_word_row_merged_across_the_table_heads_its_rows(aspect: str, statuses: tuple[str, str], status: str) -> None:
    notice = parse_bytes(_word_ledger(aspect, statuses), "ledger.docx")
    assert [(i.label, i.title, i.status) for i in notice.items] == [("1", _T1, status), ("2", _P2, "done")]
    assert [norm(i.aspect) for i in notice.items] == [norm(aspect), norm(aspect)]


# A measure ledger copied a cell per line out of a PDF: the further measure rows of a problem open with an empty line
# for each blank cell (its number, its problem), then a line per column; the last problem's rows end the table.
@pytest.mark.parametrize(
    ("second", "status"),
    [
        (("修订档案管理办法", "办公室主任", "2025年3月", "正在推进（送审稿已报局党组）"), "in_progress"),
        (("开展档案专项检查", "分管副局长", "长期", "长期坚持"), "done_longterm"),
    ],
)
def test_a_cell_per_line_ledgers_measure_rows_under_blank_cells(second: tuple[str, ...], status: str) -> None:
    lines = [
        *_HEAD.strip().split("\n"),
        *("序号", "问题清单", "具体措施", "责任人", "完成时限", "完成情况"),
        *("1", _P1, "补齐缺失档案材料", "办公室主任", "2024年9月", "已完成"),
        *("", "", *second),
        *("2", _P2, "修订公务接待管理规定", "党组书记", "2024年8月", "已完成"),
        *("", "", *second),
        "",
        "中共某县某局党组",
        "2024年12月20日",
    ]
    notice = parse_notice("\n".join(lines) + "\n")
    assert [(i.label, i.title, i.status) for i in notice.items] == [("1", _T1, status), ("2", _P2, status)]


# 尚在 says the work is still under way, as 仍在 and 还在 do: the count it stands with is of problems in progress.
@pytest.mark.parametrize(
    "sentence",
    ["已完成整改5个，尚在整改的问题2个。", "已完成整改5个，2个尚在推进。", "已完成整改5个，尚在推进整改2个。"],
)
def test_shang_zai_counts_the_problems_still_in_progress(sentence: str) -> None:
    assert read_claims(sentence).in_progress == 2

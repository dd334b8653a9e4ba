"""Round 110's classes (issue 19: ledgers whose rows are measures, in four other forms), each with members the round's
notices do not print."""

from __future__ import annotations

import io

import openpyxl
import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from notices import parse_bytes, parse_notice
from notices.header import read_claims
from tests.conftest import norm

FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))

_TITLE = "中共某县某局党组关于县委第二巡察组反馈意见整改落实台账"
_P1 = "档案管理制度执行不严，部分档案缺失"
_P2 = "公务接待审批手续不全"


# A range copied out of Excel and pasted into a chat quotes each cell holding a line break (its quotes doubled): the
# cell is one cell, its lines one text, and the rows after it the table's rows.
@pytest.mark.parametrize(
    ("problem", "measure", "status", "want"),
    [
        (f'"{_P1[:9]}\n{_P1[9:]}"', "补齐缺失档案", "正在推进", "in_progress"),
        (_P1, '"1.补齐缺失档案；\n2.修订档案管理办法"', "已完成", "done"),
        (_P1, "补齐缺失档案", '"已完成\n（长期坚持）"', "done_longterm"),
        (_P1, '"落实""一岗双责""，\n每季度督导一次"', "正在推进", "in_progress"),
    ],
)
def test_an_excel_paste_reads_a_quoted_cell_of_lines_as_one_cell(
    problem: str, measure: str, status: str, want: str
) -> None:
    text = (
        f"{_TITLE}\t\t\t\n序号\t存在问题\t整改措施\t整改状态\n"
        f"1\t{problem}\t{measure}\t{status}\n"
        f"\t\t建立档案借阅登记制度\t已完成\n"
        f"2\t{_P2}\t修订公务接待管理规定\t已完成\n"
    )
    notice = parse_notice(text)
    assert [(i.label, norm(i.title), i.status) for i in notice.items] == [
        ("1", norm(_P1), want),
        ("2", norm(_P2), "done"),
    ]


# A ledger cut into two tables by a page break (or running over pages) prints its header row again atop the second
# part: no problem, and the rows under it go on the same table, their class cells the classes above.
@pytest.mark.parametrize(
    ("header", "between"),
    [
        ("序号\t问题类别\t具体问题\t整改措施\t完成情况", "\n\n"),
        ("编号\t问题类别\t反馈问题\t整改举措\t整改进展", "\n"),
        ("序号\t问题类别\t问题描述\t整改措施\t整改结果", "\n— 2 —\n"),
    ],
)
def test_a_ledgers_header_printed_again_over_its_second_part_is_no_problem(header: str, between: str) -> None:
    rows1 = f"1\t政治建设方面\t{_P1}\t补齐缺失档案\t已完成\n2\t政治建设方面\t{_P2}\t修订接待规定\t已完成"
    rows2 = (
        "3\t政治建设方面\t意识形态阵地管理不严\t清理宣传阵地\t正在推进\n"
        "4\t作风建设方面\t公车管理不规范\t安装定位系统\t已完成"
    )
    text = f"{_TITLE}\n{header}\n{rows1}{between}{header}\n{rows2}\n"
    notice = parse_notice(text)
    assert [i.label for i in notice.items] == ["1", "2", "3", "4"]
    assert [norm(i.aspect) for i in notice.items] == [norm("(一)政治建设方面")] * 3 + [norm("(二)作风建设方面")]


# A ledger exported to PDF draws a problem's cell merged down its measure rows and an aspect's row merged across the
# table: each measure row is a row of its own under the problem (its status read with the others'), and the aspect's
# row is one cell, its words whole.
_CELL = ParagraphStyle("cell", fontName=FONT, fontSize=10.5, leading=14, wordWrap="CJK")


def _pdf_ledger(aspect: str, statuses: tuple[str, str]) -> bytes:
    def p(text: str) -> Paragraph:
        return Paragraph(text, _CELL)

    rows = [
        [p("序号"), p("存在问题"), p("整改措施"), p("责任单位"), p("完成情况")],
        [p(aspect), "", "", "", ""],
        [p("1"), p(_P1), p("补齐缺失档案材料"), p("办公室"), p(statuses[0])],
        ["", "", p("修订档案管理办法"), p("办公室"), p(statuses[1])],
        [p("2"), p(_P2), p("修订公务接待管理规定"), p("办公室"), p("已完成")],
    ]
    style = [
        ("GRID", (0, 0), (-1, -1), 0.6, "black"),
        ("SPAN", (0, 1), (-1, 1)),
        ("SPAN", (0, 2), (0, 3)),
        ("SPAN", (1, 2), (1, 3)),
    ]
    table = Table(rows, colWidths=[40, 220, 220, 80, 120])
    table.setStyle(TableStyle(style))
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=landscape(A4))
    opening = (
        "根据县委统一部署，2024年3月4日至4月30日，县委第二巡察组对县某局党组进行了巡察。现将整改进展情况通报如下："
    )
    doc.build([Paragraph("中共某县某局党组关于巡察整改进展情况的通报", _CELL), Paragraph(opening, _CELL), table])
    return out.getvalue()


@pytest.mark.parametrize(
    ("aspect", "statuses", "status"),
    [
        ("一、贯彻落实党中央决策部署方面", ("已完成", "正在推进"), "in_progress"),
        ("二、全面从严治党主体责任落实方面", ("已完成", "已完成"), "done"),
        ("（三）基层党组织建设方面", ("已完成，长期坚持", "已完成"), "done_longterm"),
    ],
)
def test_a_pdf_ledgers_merged_problem_cells_and_aspect_rows_are_read_as_drawn(
    aspect: str, statuses: tuple[str, str], status: str
) -> None:
    notice = parse_bytes(_pdf_ledger(aspect, statuses), "ledger.pdf")
    assert [(i.label, i.status) for i in notice.items] == [("1", status), ("2", "done")]
    assert [i.aspect for i in notice.items] == [aspect.replace("（", "(").replace("）", ")")] * 2
    assert notice.items[0].measures.replace("；", ";") == "补齐缺失档案材料;修订档案管理办法"  # not one run of words


# A workbook opening on a sheet that sums the ledger up (a row per status with its count, then the 填报 lines) reads
# the ledger's sheet first, and the summary's counts as the notice's claims.
def _book(summary: list[list[object]]) -> bytes:
    book = openpyxl.Workbook()
    first = book.active
    first.title = "统计"
    for row in summary:
        first.append(row)
    first.append(["填报时间：2024年9月30日"])
    ledger = book.create_sheet("台账")
    ledger.append([_TITLE])
    ledger.append(["序号", "存在问题", "整改措施", "整改进度"])
    ledger.append([1, _P1, "补齐缺失档案", "已完成"])
    ledger.append([None, None, "修订档案管理办法", "正在推进"])
    ledger.append([2, _P2, "修订公务接待管理规定", "已完成"])
    ledger.merge_cells("A3:A4")
    ledger.merge_cells("B3:B4")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.mark.parametrize(
    "summary",
    [
        [["状态", "问题数"], ["已整改", 1], ["正在整改", 1], ["合计", 2]],
        [["整改进度", "问题数量（项）", "措施数（条）"], ["已完成", 1, 2], ["推进中", 1, 1], ["总计", 2, 3]],
        [["项目", "问题总数", "备注"], ["已完成整改", 1, ""], ["整改中", 1, "年底前完成"], ["合计", 2, ""]],
        [["反馈问题数", "已完成", "正在推进"], [2, 1, 1]],  # a column per status, one row of counts
        [["方面", "问题数", "已销号", "未完成"], ["政治建设", 2, 1, 1], ["合计", 2, 1, 1]],
        # the count column headed as a ledger's problem column is: its cells are counts, so the sheet lists none
        [["整改状态", "问题"], ["已完成", "1个"], ["正在推进", "1个"]],
        [["方面", "问题", "已完成", "整改中"], ["作风建设", "1个", 0, 1], ["纪律建设", "1个", 1, 0]],
    ],
)
def test_a_workbooks_summary_sheet_before_its_ledger_counts_the_problems(summary: list[list[object]]) -> None:
    notice = parse_bytes(_book(summary), "ledger.xlsx")
    assert [(i.label, i.status) for i in notice.items] == [("1", "in_progress"), ("2", "done")]
    claimed = notice.claimed
    assert (claimed.problems, claimed.completed, claimed.in_progress) == (2, 1, 1)
    assert notice.agency == "某县某局党组"


# A done status column with a remark beside it that the work is kept up: done and kept up.
@pytest.mark.parametrize("remark", ["长期坚持", "需长期坚持", "长期坚持。", "持续巩固，长期坚持"])
def test_a_remark_that_the_work_is_kept_up_beside_a_done_status(remark: str) -> None:
    text = (
        f"{_TITLE}\n序号\t存在问题\t整改措施\t整改进度\t备注\n"
        f"1\t{_P1}\t补齐缺失档案\t已完成\t{remark}\n"
        f"2\t{_P2}\t修订公务接待管理规定\t已完成\t\n"
    )
    assert [i.status for i in parse_notice(text).items] == ["done_longterm", "done"]


# 已有N个 before the done word: the count done (N个问题中已有M个完成整改).
@pytest.mark.parametrize(
    ("sentence", "done"),
    [
        ("反馈的9个问题中，已有7个整改到位，2个正在推进。", 7),
        ("12个问题中已有10项完成整改。", 10),
        ("截至目前，已有5个问题整改完毕。", 5),
    ],
)
def test_already_so_many_then_the_done_word_counts_the_done(sentence: str, done: int) -> None:
    assert read_claims(sentence).completed == done


# A table of counts kept as tab rows (a sheet, an Excel range) or as a web page's table read into | rows: its columns
# per status on its totals row or its one row of counts, or a row per status under a header naming the problems'
# column, state the notice's claims.
_PROSE = (
    "中共某县某局党组关于巡察整改进展情况的通报\n"
    "根据县委统一部署,2024年3月4日至4月30日,县委第一巡察组对县某局党组进行了巡察。现将整改进展情况予以通报。\n"
    "1.档案管理制度执行不严。整改情况:补齐缺失档案。目前已完成整改。\n"
    "2.公务接待审批手续不全。整改情况:修订接待规定。目前已完成整改。\n"
    "3.意识形态阵地管理不严。整改情况:清理宣传阵地,正在推进。\n"
    "三、整改完成情况统计\n"
)


@pytest.mark.parametrize(
    "table",
    [
        "问题总数\t已完成\t正在推进\n3\t2\t1",
        "| 方面 | 问题数 | 已整改 | 整改中 |\n| 党的建设 | 3 | 2 | 1 |\n| 合计 | 3 | 2 | 1 |",
        "整改状态\t问题数（个）\n已完成\t2\n推进中\t1\n合计\t3",
    ],
)
def test_a_table_of_counts_in_tab_or_pipe_rows_states_the_claims(table: str) -> None:
    claimed = parse_notice(_PROSE + table + "\n").claimed
    assert (claimed.problems, claimed.completed, claimed.in_progress) == (3, 2, 1)

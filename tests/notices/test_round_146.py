"""Round 146's class (issue 19): ledgers whose status is a colour or a mark, part two. A web page's ledger whose rows
or status cells are coloured (a bgcolor attribute, an inline style's background, a class the page's stylesheet
colours) under a legend on the page (a line naming the colours by status words, or coloured marks each before its
words); a Word ledger whose cells are shaded (w:shd fill) under a legend paragraph; a workbook whose 已销号 rows are
struck through, a note saying so. A colour or a strike nothing explains states nothing.
Members the round's notices do not print: bgcolor on the status cell, rgb() and three-digit colours, a class on the
cell, a legend of words below the table, ● marks in <font color>; a Word ledger whose whole rows are shaded, the
legend paragraph above the table, a paragraph's shading; other strike words (删除线/划掉), a strike legend with no
word for the rows left open, an open row's words kept."""

from __future__ import annotations

import io
import unicodedata

import docx
import openpyxl
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl.styles import Font

from notices import parse_bytes

_TITLE = "中共某县某局党组关于县委巡察反馈意见整改进展情况的通报"
_OPENING = (
    "2024年3月4日至4月30日，县委第一巡察组对县某局党组进行了巡察，5月20日反馈了巡察意见。现将整改进展情况公布如下。"
)
_ROWS = [
    ("党组理论学习中心组学习制度执行不严格", "修订学习制度，按月开展集中学习。"),
    ("专项资金拨付滞后，部分项目资金沉淀", "对沉淀资金逐项清理，督促项目单位加快支出。"),
    ("干部轮岗交流不到位", "完成4名干部交流轮岗。"),
]
_SIGNATURE = ["中共某县某局党组", "2024年10月8日"]


def _statuses(data: bytes, name: str) -> list[str]:
    notice = parse_bytes(data, name)
    assert [i.title for i in notice.items] == [unicodedata.normalize("NFKC", title) for title, _ in _ROWS]
    return [i.status for i in notice.items]


# --- web pages ------------------------------------------------------------------------------------------------------
def _page(cells: list[str], *, legend: str, above: bool = True, css: str = "", status_attr: bool = True) -> bytes:
    """A page whose ledger's n-th row carries cells[n] as its colouring (on the status cell, or on the row)."""
    rows = []
    for n, ((title, measures), colouring) in enumerate(zip(_ROWS, cells, strict=True), 1):
        own = f"<td>{n}</td><td>{title}</td><td>{measures}</td><td>局办公室</td>"
        if status_attr:
            rows.append(f"<tr>{own}<td {colouring}>&nbsp;</td></tr>")
        else:
            rows.append(f"<tr {colouring}>{own}<td></td></tr>")
    table = (
        '<table border="1"><tr><th>序号</th><th>存在问题</th><th>整改措施</th><th>责任单位</th><th>整改情况</th></tr>'
        + "".join(rows)
        + "</table>"
    )
    legend_p = f"<p>{legend}</p>"
    body = (legend_p + table) if above else (table + legend_p)
    html = (
        f"<html><head><meta charset='utf-8'><title>{_TITLE}</title><style>{css}</style></head><body>"
        f"<h1>{_TITLE}</h1><p>{_OPENING}</p><p>一、整改进展情况</p>{body}"
        f"<p>二、下一步工作</p><p>持续巩固整改成果。</p><p>{_SIGNATURE[0]}</p><p>{_SIGNATURE[1]}</p></body></html>"
    )
    return html.encode()


@pytest.mark.parametrize(
    ("cells", "legend", "above", "css", "status_attr"),
    [
        # bgcolor on the status cell, a legend of colour words under the table
        (
            ['bgcolor="#00B050"', 'bgcolor="#FFFF00"', 'bgcolor="#00B050"'],
            "注：绿色为已完成，黄色为正在推进。",
            False,
            "",
            True,
        ),
        # an inline style's rgb() on the row, the legend above
        (
            [
                'style="background-color: rgb(146, 208, 80)"',
                'style="background-color: rgb(255, 192, 0)"',
                'style="background-color: rgb(146, 208, 80)"',
            ],
            "说明：表中绿色底色表示已完成整改，橙色底色表示整改中。",
            True,
            "",
            False,
        ),
        # a class on the cell, three-digit colours in the stylesheet, a legend of ● in <font color>
        (
            ['class="ok"', 'class="doing"', 'class="ok"'],
            '图例：<font color="#0c0">●</font> 已完成 <font color="#f90">●</font> 推进中',
            True,
            "td.ok{background:#0c0} td.doing{background:#f90}",
            True,
        ),
    ],
)
def test_a_web_ledger_coloured_under_its_legend_reads_the_colours(
    cells: list[str], legend: str, above: bool, css: str, status_attr: bool
) -> None:
    data = _page(cells, legend=legend, above=above, css=css, status_attr=status_attr)
    assert _statuses(data, "notice.html") == ["done", "in_progress", "done"]


def test_a_web_colour_the_legend_does_not_name_states_nothing() -> None:
    cells = ['bgcolor="#92D050"', 'bgcolor="#FFFF00"', 'bgcolor="#9966CC"']  # a purple the legend does not name
    data = _page(cells, legend="绿色为已完成、黄色为正在推进、蓝色为已完成并长期坚持", above=True)
    assert _statuses(data, "notice.html") == ["done", "in_progress", "unstated"]


# --- Word ledgers ---------------------------------------------------------------------------------------------------
def _shade(element: object, colour: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), colour)
    element.append(shd)  # type: ignore[attr-defined]


def _word(colours: list[str], *, legend: str, above: bool, whole_row: bool, paragraph: bool = False) -> bytes:
    doc = docx.Document()
    doc.add_paragraph(_TITLE)
    doc.add_paragraph(_OPENING)
    if above:
        doc.add_paragraph(legend)
    table = doc.add_table(rows=1, cols=5)
    for cell, text in zip(table.rows[0].cells, ["序号", "存在问题", "整改措施", "责任单位", "完成情况"], strict=True):
        cell.text = text
    for n, ((title, measures), colour) in enumerate(zip(_ROWS, colours, strict=True), 1):
        cells = table.add_row().cells
        for cell, text in zip(cells, [str(n), title, measures, "局办公室", ""], strict=True):
            cell.text = text
        for cell in cells if whole_row else cells[4:]:
            if paragraph:  # the shading of the cell's paragraph, not of the cell
                _shade(cell.paragraphs[0]._p.get_or_add_pPr(), colour)
            else:
                _shade(cell._tc.get_or_add_tcPr(), colour)
    if not above:
        doc.add_paragraph(legend)
    for line in _SIGNATURE:
        doc.add_paragraph(line)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("legend", "above", "whole_row", "paragraph"),
    [
        ("说明：绿色底纹表示已完成，黄色底纹表示正在推进。", True, True, False),
        ("备注：绿色填充代表已完成整改，黄色填充代表正在整改。", False, True, False),
        ("注：“完成情况”栏绿色为已完成，黄色为推进中。", False, False, True),
    ],
)
def test_a_word_ledger_shaded_under_its_legend_reads_the_shading(
    legend: str, above: bool, whole_row: bool, paragraph: bool
) -> None:
    data = _word(["92D050", "FFFF00", "00B050"], legend=legend, above=above, whole_row=whole_row, paragraph=paragraph)
    assert _statuses(data, "notice.docx") == ["done", "in_progress", "done"]


# --- struck-through rows --------------------------------------------------------------------------------------------
def _struck_book(struck: list[bool], note: str, *, status: list[str] | None = None) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([_TITLE])
    ws.append([_OPENING])
    ws.append(["序号", "存在问题", "整改措施", "责任单位", "整改进展"])
    for n, ((title, measures), strike) in enumerate(zip(_ROWS, struck, strict=True), 1):
        ws.append([str(n), title, measures, "局办公室", (status or [""] * 3)[n - 1]])
        for col in range(1, 6):
            ws.cell(ws.max_row, col).font = Font(strike=strike)
    ws.append([note])
    for line in _SIGNATURE:
        ws.append([line])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("note", "want"),
    [
        ("注：加删除线的为已完成整改的问题，未加删除线的为正在整改的问题。", ["done", "in_progress", "done"]),
        ("说明：划掉的表示已办结；没有划线的表示整改中。", ["done", "in_progress", "done"]),
    ],
)
def test_struck_rows_read_through_the_note(note: str, want: list[str]) -> None:
    assert _statuses(_struck_book([True, False, True], note), "ledger.xlsx") == want


def test_a_strike_note_naming_no_open_rows_leaves_their_words() -> None:
    data = _struck_book([True, False, False], "备注：画线的为已销号问题。", status=["", "正在推进", ""])
    assert _statuses(data, "ledger.xlsx") == ["done", "in_progress", "unstated"]

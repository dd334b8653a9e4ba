"""Excel workbooks (.xlsx 整改台账) as users forward them: read into the lines a ledger pasted from Excel is."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime

import openpyxl
import pytest

from errors import CorruptFile, Oversized, TooManyCells, UnsupportedFormat
from notices import parse_bytes, parse_file
from notices.extract import extract, sniff
from tests.bombs import xlsx_bomb, xlsx_cells_bomb, xlsx_merges_bomb
from tests.conftest import DATA
from tests.notice_files import to_xlsx
from tests.words import said

GENRE = DATA / "genre"


def _book(*sheets: tuple[str, list[list[object]]]) -> openpyxl.Workbook:
    book = openpyxl.Workbook()
    for n, (title, rows) in enumerate(sheets):
        sheet = book.active if n == 0 else book.create_sheet()
        sheet.title = title
        for row in rows:
            sheet.append(row)
    return book


def _bytes(book: openpyxl.Workbook) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _lines(data: bytes) -> list[str]:
    return extract(data, "台账.xlsx").text.split("\n")


@pytest.mark.parametrize(
    "name",
    [
        "r28_shuangpai_county_ledger_tab_rows.txt",
        "r34_weibin_npc_branch_tab_ledger.txt",
        "r41_cee_finance_company_tab_ledger_class_column.txt",
        "dongying_bigdata_merged_category_table.txt",
    ],
)
def test_a_ledger_typed_into_excel_reads_as_the_same_ledger_pasted(name: str) -> None:
    text = (GENRE / name).read_text("utf-8")
    pasted, book = parse_file(str(GENRE / name)), parse_bytes(to_xlsx(text), "台账.xlsx")
    assert [(i.label, i.title, i.status) for i in book.items] == [(i.label, i.title, i.status) for i in pasted.items]
    assert book.agency == pasted.agency


def test_merged_cells_repeat_down_their_rows_and_a_title_row_stays_one_line() -> None:
    book = _book(
        (
            "台账",
            [
                ["某局巡察整改台账"],
                ["序号", "问题类别", "存在问题", "整改进展"],
                [1, "党的建设方面", "问题一", "已完成"],
                [2, None, "问题二", "已完成"],
                [3, "其他方面", "问题三", None],
            ],
        )
    )
    sheet = book.active
    sheet.merge_cells("A1:D1")
    sheet.merge_cells("B3:B4")
    assert _lines(_bytes(book)) == [
        "某局巡察整改台账",
        "序号\t问题类别\t存在问题\t整改进展",
        "1\t党的建设方面\t问题一\t已完成",
        "2\t党的建设方面\t问题二\t已完成",
        "3\t其他方面\t问题三",
    ]


def test_dates_show_as_dates_and_whole_numbers_without_a_point() -> None:
    book = _book(("Sheet1", [[1.0, datetime(2025, 3, 31), datetime(2025, 6, 30), datetime(2025, 12, 1), 0.5]]))
    sheet = book.active
    sheet["B1"].number_format = 'yyyy"年"m"月"'
    sheet["C1"].number_format = "yyyy-mm-dd"
    sheet["D1"].number_format = 'yyyy"年"m"月"d"日"'
    assert _lines(_bytes(book)) == ["1\t2025年3月\t2025-06-30\t2025年12月1日\t0.5"]


def test_a_share_formatted_as_a_percentage_shows_as_one() -> None:
    book = _book(("Sheet1", [["1", "问题一", 1, 0.85, 0.5]]))
    book.active["C1"].number_format = "0%"
    book.active["D1"].number_format = "0.0%"
    assert _lines(_bytes(book)) == ["1\t问题一\t100%\t85%\t0.5"]


def test_hidden_rows_columns_and_sheets_are_not_read() -> None:
    book = _book(
        (
            "Sheet1",
            [["序号", "存在问题", "备注", "整改进展"], [1, "问题一", "内部", "已完成"], [2, "问题二", "x", "y"]],
        ),
        ("底稿", [["草稿"]]),
    )
    book.active.column_dimensions["C"].hidden = True
    book.active.row_dimensions[3].hidden = True
    book["底稿"].sheet_state = "hidden"
    assert _lines(_bytes(book)) == ["序号\t存在问题\t整改进展", "1\t问题一\t已完成"]


def test_each_visible_sheet_is_read_under_its_name_where_the_user_named_it() -> None:
    book = _book(("已完成", [["1", "问题一"]]), ("未完成", [["2", "问题二"]]), ("Sheet3", [["3", "问题三"]]))
    assert _lines(_bytes(book)) == ["已完成", "1\t问题一", "未完成", "2\t问题二", "3\t问题三"]


def test_a_sheets_name_heads_its_table_below_the_title_row() -> None:
    book = _book(("已完成", [["某学院整改台账"], ["序号", "问题"], ["1", "问题一"]]), ("未完成", [["1", "问题二"]]))
    book.active.merge_cells("A1:B1")
    assert _lines(_bytes(book)) == ["某学院整改台账", "已完成", "序号\t问题", "1\t问题一", "未完成", "1\t问题二"]


def test_a_formula_gives_its_cached_value_never_its_text() -> None:
    sheet = (
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">'
        b'<c r="A1"><v>3</v></c><c r="B1"><f>A1*2</f><v>6</v></c><c r="C1"><f>A1+1</f></c></row>'
        b"</sheetData></worksheet>"
    )
    assert _lines(_replaced(to_xlsx("x"), "xl/worksheets/sheet1.xml", sheet)) == ["3\t6"]


def _replaced(data: bytes, part: str, content: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, content if info.filename == part else src.read(info))
    return out.getvalue()


def test_a_workbook_is_told_from_a_word_file_by_its_parts() -> None:
    assert sniff(to_xlsx("a\tb")) == "xlsx"


def test_a_workbook_bomb_is_refused_before_it_is_decoded() -> None:
    with pytest.raises(Oversized) as caught:
        extract(xlsx_bomb("x", 300), "bomb.xlsx")
    assert caught.value.params["part"] == "whole"


def test_a_sheet_of_a_million_empty_rows_is_refused_in_both_languages() -> None:
    with pytest.raises(TooManyCells) as caught:
        extract(xlsx_cells_bomb("x"), "rows.xlsx")
    assert said(caught.value).startswith("rows.xlsx holds more than 200000 cells")
    assert said(caught.value, "zh").startswith("rows.xlsx 含有超过 200000 个单元格")


def test_merged_ranges_naming_the_whole_sheet_are_refused_not_repeated() -> None:
    """A few hundred KB of ranges A1:XFD1048576 over a sheet of 50 cells: each range is cut to the cells the sheet
    holds, and the cells the ranges span then count as cells read."""
    with pytest.raises(TooManyCells) as caught:
        extract(xlsx_merges_bomb("x"), "merges.xlsx")
    assert caught.value.params["what"] == "cells"


def test_a_workbook_of_too_many_sheets_is_refused() -> None:
    book = _book(*((f"表{n}", [["x"]]) for n in range(70)))
    with pytest.raises(TooManyCells) as caught:
        extract(_bytes(book), "sheets.xlsx")
    assert caught.value.params["what"] == "sheets"


def test_a_damaged_workbook_is_named_as_an_excel_file() -> None:
    data = _replaced(to_xlsx("a\tb"), "xl/workbook.xml", b"<workbook><sheets><unclosed")
    with pytest.raises(CorruptFile) as caught:
        extract(data, "cut.xlsx")
    assert said(caught.value).startswith("cut.xlsx is a damaged Excel (.xlsx) file")


def test_a_zip_of_neither_word_nor_excel_is_named_so() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("readme.txt", "x")
    with pytest.raises(UnsupportedFormat) as caught:
        extract(out.getvalue(), "a.zip")
    assert "not a Word, Excel or OpenDocument file" in said(caught.value)


def test_a_file_named_xls_is_read_by_its_bytes() -> None:
    """Systems export a web page of a table as .xls, and users rename workbooks: the bytes say what it is."""
    rows = "<tr><td>序号</td><td>存在问题</td></tr><tr><td>1</td><td>问题一</td></tr>"
    page = f"<html><body><table>{rows}</table></body></html>"
    assert "问题一" in extract(page.encode(), "台账.xls").text
    assert extract(to_xlsx("序号\t存在问题\n1\t问题一"), "台账.xls").text == "序号\t存在问题\n1\t问题一"

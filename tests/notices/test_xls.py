"""Excel 97–2003 workbooks (.xls 整改台账, what older Excel and WPS 表格 save by default): read into the same lines a
.xlsx of the same sheet gives, under the same bounds, damaged and protected files named in the user's language."""

from __future__ import annotations

import io
import struct
from datetime import datetime, time

import openpyxl
import pytest
import xlwt

from errors import CorruptFile, EncryptedFile, Oversized, TooManyCells
from notices import parse_bytes, parse_file
from notices.extract import extract, sniff
from tests.bombs import xls_cells_bomb, xls_merges_bomb
from tests.conftest import DATA
from tests.notice_files import _compound_file, to_xls, to_xlsx
from tests.words import said

GENRE = DATA / "genre"
WRAP = xlwt.easyxf("align: wrap on")


def _xls(book: xlwt.Workbook) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _xlsx(book: openpyxl.Workbook) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _lines(data: bytes, name: str = "台账.xls") -> list[str]:
    return extract(data, name).text.split("\n")


@pytest.mark.parametrize(
    "name", ["r34_weibin_npc_branch_tab_ledger.txt", "r41_cee_finance_company_tab_ledger_class_column.txt"]
)
def test_a_ledger_saved_as_xls_reads_as_the_same_ledger_pasted(name: str) -> None:
    text = (GENRE / name).read_text("utf-8")
    pasted, book = parse_file(str(GENRE / name)), parse_bytes(to_xls(text), "台账.xls")
    assert [(i.label, i.title, i.status) for i in book.items] == [(i.label, i.title, i.status) for i in pasted.items]
    assert book.agency == pasted.agency


def _ledger_pair() -> tuple[bytes, bytes]:
    """One ledger as Excel 97–2003 and as .xlsx: a title merged across, a class merged down, dates under three
    formats, a whole number, a percentage, a hidden column, a hidden row, a hidden sheet and a second named sheet."""
    rows: list[list[object]] = [
        ["某局巡察整改台账"],
        ["序号", "问题类别", "存在问题", "内部", "完成时限", "完成进度", "整改进展"],
        [1.0, "党的建设方面", "问题一", "x", datetime(2025, 3, 31), 1, "已完成"],
        [2.0, None, "问题二", "x", datetime(2025, 6, 30), 0.85, "正在推进"],
        [3.0, "其他方面", "问题三", "x", datetime(2025, 12, 1), 0.5, None],
    ]
    formats = {(2, 4): 'yyyy"年"m"月"', (3, 4): "yyyy-mm-dd", (4, 4): 'yyyy"年"m"月"d"日"', (2, 5): "0%", (3, 5): "0%"}
    old = xlwt.Workbook(encoding="utf-8")
    sheet = old.add_sheet("未完成")
    new = openpyxl.Workbook()
    ws = new.active
    ws.title = "未完成"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is None:
                continue
            style = xlwt.easyxf(num_format_str=formats[(r, c)]) if (r, c) in formats else WRAP
            if (r, c) == (0, 0):
                sheet.write_merge(0, 0, 0, 6, value, style)
            elif (r, c) == (2, 1):
                sheet.write_merge(2, 3, 1, 1, value, style)
            else:
                sheet.write(r, c, value, style)
            ws.cell(r + 1, c + 1, value).number_format = formats.get((r, c), "General")
    ws.merge_cells("A1:G1")
    ws.merge_cells("B3:B4")
    sheet.col(3).hidden = True
    ws.column_dimensions["D"].hidden = True
    sheet.row(4).hidden = True
    ws.row_dimensions[5].hidden = True
    hidden = old.add_sheet("底稿")
    hidden.write(0, 0, "草稿")
    hidden.visibility = 1
    ws2 = new.create_sheet("底稿")
    ws2["A1"] = "草稿"
    ws2.sheet_state = "hidden"
    old.add_sheet("已完成").write(0, 0, "4")
    new.create_sheet("已完成")["A1"] = "4"
    return _xls(old), _xlsx(new)


def test_an_old_workbook_reads_into_the_lines_its_xlsx_gives() -> None:
    """One road for both kinds: merged ranges repeated down, dates as their format shows them, hidden parts
    dropped, a named sheet's name heading its table below the title row."""
    old, new = _ledger_pair()
    assert sniff(old) == "xls"
    assert (
        _lines(old)
        == _lines(new, "台账.xlsx")
        == [
            "某局巡察整改台账",
            "未完成",
            "序号\t问题类别\t存在问题\t完成时限\t完成进度\t整改进展",
            "1\t党的建设方面\t问题一\t2025年3月\t100%\t已完成",
            "2\t党的建设方面\t问题二\t2025-06-30\t85%\t正在推进",
            "已完成",
            "4",
        ]
    )


def test_a_time_and_a_truth_value_show_as_excel_shows_them_and_a_formula_never_as_its_text() -> None:
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Sheet1")
    sheet.write(0, 0, time(9, 30), xlwt.easyxf(num_format_str="hh:mm"))
    sheet.write(0, 1, True)
    sheet.write(0, 2, xlwt.Formula("1+1"))  # saved without its result, as xlwt writes it: nothing to show
    sheet.write(0, 3, "问题\t一\n二")
    assert _lines(_xls(book)) == ["09:30\t是\t\t问题 一 二"]


def test_merged_ranges_naming_the_whole_sheet_are_refused_not_repeated() -> None:
    with pytest.raises(TooManyCells) as caught:
        extract(xls_merges_bomb(), "merges.xls")
    assert caught.value.params["what"] == "cells"


def test_rows_reaching_the_last_column_count_every_cell_and_are_refused_in_both_languages() -> None:
    with pytest.raises(TooManyCells) as caught:
        extract(xls_cells_bomb(), "rows.xls")
    assert said(caught.value).startswith("rows.xls holds more than 200000 cells")
    assert said(caught.value, "zh").startswith("rows.xls 含有超过 200000 个单元格")


def test_a_workbook_of_too_many_sheets_is_refused_before_its_sheets_load() -> None:
    book = xlwt.Workbook(encoding="utf-8")
    for n in range(70):
        book.add_sheet(f"表{n}").write(0, 0, "x")
    with pytest.raises(TooManyCells) as caught:
        extract(_xls(book), "sheets.xls")
    assert caught.value.params["what"] == "sheets"


def test_a_file_far_larger_than_a_ledger_is_refused_before_it_is_decoded() -> None:
    with pytest.raises(Oversized) as caught:
        extract(to_xls("序号\t问题\n1\t问题一") + bytes(17 * 1024 * 1024), "big.xls")
    assert said(caught.value, "zh").startswith("big.xls 是超过 16 MB 的电子表格")


def _workbook_stream(data: bytes) -> bytes:
    import xlrd.compdoc

    return xlrd.compdoc.CompDoc(data, logfile=io.StringIO()).get_named_stream("Workbook")


def test_a_password_protected_workbook_is_named_so() -> None:
    stream = _workbook_stream(to_xls("序号\t问题\n1\t问题一"))
    bof = 4 + struct.unpack_from("<H", stream, 2)[0]
    filepass = struct.pack("<HH", 0x2F, 54) + struct.pack("<HHH", 1, 1, 1) + bytes(48)  # RC4 encryption header
    with pytest.raises(EncryptedFile) as caught:
        extract(_compound_file({"Workbook": stream[:bof] + filepass + stream[bof:]}), "密.xls")
    assert said(caught.value, "zh").startswith("密.xls 设有密码")


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(to_xls("序号\t问题\n1\t问题一")[:3000], id="cut-short"),
        pytest.param(_compound_file({"Workbook": b"\x09\x08" + bytes(600)}), id="records-zeroed"),
    ],
)
def test_a_damaged_workbook_is_named_as_an_old_excel_file(data: bytes) -> None:
    with pytest.raises(CorruptFile) as caught:
        extract(data, "cut.xls")
    assert said(caught.value).startswith("cut.xls is a damaged Excel 97–2003 (.xls) file")
    assert said(caught.value, "zh").startswith("cut.xls 是损坏的 xls 文件")


def test_a_workbook_renamed_xlsx_or_doc_is_read_by_its_bytes() -> None:
    data = to_xls("序号\t存在问题\n1\t问题一")
    assert extract(data, "台账.doc").text == extract(to_xlsx("序号\t存在问题\n1\t问题一"), "a.xlsx").text

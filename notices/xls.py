"""An Excel 97–2003 workbook (a .xls 整改台账, what older Excel and WPS 表格 save by default) as the lines a pasted
ledger is, through xlrd: the same lines a .xlsx gives (notices.xlsx.workbook_text reads both), each visible sheet's
visible rows, a merged cell's value repeated down the rows it spans, dates shown under their number format.

Bounded as a .xlsx is, before and while anything is decoded: the file's bytes (xlrd holds a sheet's records in
memory, a blank cell costs two bytes of them, so the bytes bound the time and memory of loading), the number of
sheets (counted before any sheet is loaded), and the cells all sheets' rows and merged ranges span. A password
(FILEPASS) is refused as a protected file, a file that does not decode as damaged.
"""

from __future__ import annotations

import struct
from datetime import datetime
from typing import Any

from errors import CorruptFile, EncryptedFile, Oversized, TooManyCells

from .fills import Fills, read_fills
from .xlsx import MAX_CELLS, MAX_SHEETS, SheetLayout, shown, spend, workbook_text

MAX_XLS_MB = 16  # a ledger's .xls is well under 1 MB (a few MB with pictures); 16 MB of blank cells load in ~5 s


def is_workbook(streams: list[str]) -> bool:
    """Whether a compound file's streams are an Excel workbook's (BIFF8 Workbook, BIFF5 Book)."""
    return any(s in ("Workbook", "Book") for s in streams)


def compound_streams(data: bytes) -> list[str]:
    """The names in a compound file's directory ([] where it does not decode: a Word reader names that)."""
    import xlrd.compdoc

    try:
        return [entry.name for entry in xlrd.compdoc.CompDoc(data, logfile=_Quiet()).dirlist]
    except (xlrd.compdoc.CompDocError, IndexError, ValueError, struct.error):
        return []


def xls_text(data: bytes, name: str) -> str:
    """Each visible sheet of a .xls as tab-separated lines (see the module's docstring)."""
    import xlrd

    if len(data) > MAX_XLS_MB * 1024 * 1024:
        raise Oversized(name, "file", MAX_XLS_MB)
    try:
        book = xlrd.open_workbook(
            file_contents=data, formatting_info=True, on_demand=True, ragged_rows=True, logfile=_Quiet()
        )
    except xlrd.XLRDError as err:
        if "encrypted" in str(err).lower():
            raise EncryptedFile(name) from None
        raise CorruptFile(name, "xls", type(err).__name__) from None
    except _DAMAGED as err:
        raise CorruptFile(name, "xls", type(err).__name__) from None
    try:
        if book.nsheets > MAX_SHEETS:
            raise TooManyCells(name, "sheets", MAX_SHEETS)
        budget = [MAX_CELLS]
        sheets = []
        filled: list[tuple[list[list[str]], Fills]] = []
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            if sheet.visibility == 0:  # 1 hidden, 2 very hidden
                fills = Fills()
                grid = _grid(book, sheet, name, budget, fills)
                sheets.append((sheet.name, grid, _layout(sheet)))
                filled.append((grid, fills))
            book.unload_sheet(index)
        read_fills(filled)  # a ledger whose status is its cells' colour, as a .xlsx's (notices.fills, round 138)
        return workbook_text(sheets, name, budget)
    except (xlrd.XLRDError, *_DAMAGED) as err:  # a sheet's records that do not decode
        raise CorruptFile(name, "xls", type(err).__name__) from None
    finally:
        book.release_resources()


# what xlrd raises on records that are not what they claim, besides its own XLRDError
_DAMAGED = (struct.error, IndexError, KeyError, ValueError, TypeError, AttributeError, AssertionError, OverflowError)


class _Quiet:
    """xlrd's log (warnings on odd records) kept out of the bot's output."""

    def write(self, _: str) -> None:
        pass


def _grid(book: Any, sheet: Any, name: str, budget: list[int], fills: Fills) -> list[list[str]]:
    """A sheet's stored rows as shown, their cells' solid fills kept in `fills`; `budget` counts down the cells the
    workbook may still span."""
    grid: list[list[str]] = []
    for r in range(sheet.nrows):
        width = sheet.row_len(r)
        spend(budget, max(width, 1), name)
        grid.append([_shown(book, sheet, r, c) for c in range(width)])
        fills.rows.append([_fill(book, sheet.cell_xf_index(r, c)) for c in range(width)])
    return grid


def _fill(book: Any, xf_index: int) -> str | None:
    """A cell's solid fill as RGB hex (None: none, or white), from its style's palette colour."""
    xf = book.xf_list[xf_index] if 0 <= xf_index < len(book.xf_list) else None
    background = getattr(xf, "background", None)
    if background is None or background.fill_pattern != 1:  # 1: solid
        return None
    rgb = book.colour_map.get(background.pattern_colour_index)
    if not rgb:
        return None
    colour = "".join(f"{v:02X}" for v in rgb)
    return None if colour == "FFFFFF" else colour


def _shown(book: Any, sheet: Any, r: int, c: int) -> str:
    """A cell as shown: text as typed, a number or a date under its number format, an error as Excel prints it."""
    import xlrd

    kind, value = sheet.cell_type(r, c), sheet.cell_value(r, c)
    if kind in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        return ""
    if kind == xlrd.XL_CELL_ERROR:
        return xlrd.error_text_from_code.get(value, "#ERR")
    if kind == xlrd.XL_CELL_BOOLEAN:
        return shown(bool(value), "")
    number_format = _format(book, sheet.cell_xf_index(r, c))
    if kind == xlrd.XL_CELL_DATE:
        return shown(_date(value, book.datemode), number_format)
    return shown(value, number_format)


def _date(value: float, datemode: int) -> Any:
    """An Excel date number as a date (a time of day alone, under 1, as a time)."""
    import xlrd

    moment: datetime = xlrd.xldate_as_datetime(value, datemode)
    return moment.time() if 0 <= value < 1 else moment


def _format(book: Any, xf_index: int) -> str:
    """The number format string of a cell's style ('' where it names none)."""
    xf = book.xf_list[xf_index] if 0 <= xf_index < len(book.xf_list) else None
    found = book.format_map.get(xf.format_key) if xf is not None else None
    return found.format_str if found is not None else ""


def _layout(sheet: Any) -> SheetLayout:
    """A sheet's hidden rows, hidden columns and merged ranges, as a .xlsx sheet's are read (1-based, inclusive)."""
    layout = SheetLayout()
    layout.hidden_rows = {r + 1 for r, info in sheet.rowinfo_map.items() if info.hidden}
    layout.hidden_cols = {c + 1 for c, info in sheet.colinfo_map.items() if info.hidden}
    # xlrd's ranges are 0-based and half-open: (first row, row after the last, first col, col after the last)
    layout.merges = [(rlo + 1, clo + 1, rhi, chi) for rlo, rhi, clo, chi in sheet.merged_cells]
    return layout

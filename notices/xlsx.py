"""An Excel workbook (a .xlsx 整改台账 as users forward it) as the tab-separated lines a pasted ledger is.

A ledger copied out of Excel pastes a row a line, its cells split by tabs: the parser's table reader
(notices.tables) reads those lines with their header, class cells, status column and title line. A workbook is
read into the same lines, as a Word table is (extract._table_lines): each visible sheet's visible rows, a merged
cell's value repeated down the rows it spans (as Word repeats a vertically merged cell), cached values only (a
formula's result, never its text), dates as dates, whole numbers without `.0`, empty rows and trailing empty cells
dropped. Bounded before anything is decoded: the parts' declared and inflated sizes (as a .docx's), the number of
sheets, and the cells a sheet's rows span.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from datetime import date, datetime, time
from typing import Any

from errors import CorruptFile, TooManyCells, UnsupportedFormat

from .count_table import is_count_cell, table_claims
from .fills import Fills, cell_fill, read_fills, theme_colours
from .iconsets import IconRule, icons_read, rules_of
from .lexicon import TABLE_PROBLEM_HEADER_RE
from .officezip import check_inflated

MAX_SHEETS = 64  # a ledger is one sheet, or a few (one per part, one per year)
MAX_CELLS = 200_000  # rows × columns of all sheets read: a ledger is a few hundred rows of a dozen columns

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
# A sheet name Excel or WPS gives by itself says nothing of its rows; a name the user gave (已完成, 未完成, 2024年)
# is the heading of its part where a workbook holds more than one sheet: a line before the sheet's table, below a
# title row the sheet opens with.
_DEFAULT_SHEET = re.compile(r"(?:sheet|工作表|表)\s*\d*", re.I)
# A date number format shows its day where it prints d (quoted text like "年" and [colours] aside).
_QUOTED = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.')


# what openpyxl and lxml raise on a part that is not what it claims (XML that does not parse is a SyntaxError)
_DAMAGED = (KeyError, ValueError, TypeError, AttributeError, IndexError, SyntaxError, zlib.error)


def is_workbook(names: set[str]) -> bool:
    """Whether a zip's members are an Excel workbook's."""
    return "xl/workbook.xml" in names


def xlsx_text(data: bytes, name: str) -> str:
    """Each visible sheet of a .xlsx as tab-separated lines (see the module's docstring)."""
    from openpyxl import load_workbook

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            if not is_workbook(set(zf.namelist())):
                raise UnsupportedFormat(name, "zip")
            check_inflated(zf, name)
            layouts = {path: _layout(zf, path, name) for path in _sheet_paths(zf)}
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, *_DAMAGED, EOFError) as err:
        detail = "zlib" if isinstance(err, zlib.error) else type(err).__name__
        raise CorruptFile(name, "xlsx", detail) from None
    try:
        if len(book.sheetnames) > MAX_SHEETS:
            raise TooManyCells(name, "sheets", MAX_SHEETS)
        sheets = [s for s in book.worksheets if s.sheet_state == "visible"]
        budget = [MAX_CELLS]
        theme = theme_colours(getattr(book, "loaded_theme", None))
        read = [(sheet, Fills()) for sheet in sheets]
        grids = [_grid(sheet, name, budget, fills, theme) for sheet, fills in read]
        if any(layout.icons for layout in layouts.values()):
            # a ledger whose status is a conditional format's icon (round 149): read as the icon the sheet shows
            _icons_read(sheets, grids, layouts)
        # a ledger whose status is its cells' colour, explained by the workbook's legend (round 138)
        read_fills([(grid, fills) for grid, (_, fills) in zip(grids, read, strict=True)])
        return workbook_text(
            [
                (sheet.title, grid, layouts.get(getattr(sheet, "_worksheet_path", "")))
                for sheet, grid in zip(sheets, grids, strict=True)
            ],
            name,
            budget,
        )
    except _DAMAGED as err:  # a sheet's XML that does not parse
        raise CorruptFile(name, "xlsx", type(err).__name__) from None
    finally:
        book.close()


def _icons_read(sheets: list[Any], grids: list[list[list[str]]], layouts: dict[str, SheetLayout]) -> None:
    """Each sheet's icon-set cells read as their icons, where the workbook's legend names them (or no number shows)."""
    from .normalize import colour_legend

    explained = bool(colour_legend("\n".join("\t".join(row) for grid in grids for row in grid)))
    for sheet, grid in zip(sheets, grids, strict=True):
        layout = layouts.get(getattr(sheet, "_worksheet_path", ""))
        if layout is not None and layout.icons:
            icons_read(grid, layout.icons, explained)


# A workbook may open on a sheet summing its ledger up (汇总: 整改状态 | 问题数 with rows 已完成 5 / 正在推进 1 /
# 合计 6, and the 填报单位/填报时间 lines under it) before the sheet of the ledger itself (issue 19's round 110, a city
# bureau's book). Read first, its closing lines end the notice before any problem; the genre prints such counts and
# its 填报 lines after the ledger (round 101's closing 合计 row), so a sheet that counts problems by status and lists
# none is read after the sheets that list them.
def _summaries_last(sheets: list[list[str]]) -> list[list[str]]:
    if len(sheets) < 2:
        return sheets
    summaries = [_counts_without_ledger(rows) for rows in sheets]
    if all(summaries) or not any(summaries):
        return sheets
    # A summary sheet may be the notice's cover too: its title and opening paragraph above the count table, the
    # closing and signature under it (a water group's 汇总 sheet, issue 19's round 138): the opening stays first, as
    # the notice opens, the table and what follows it close the notice after the ledger.
    heads = [_opening(rows) if s else [] for rows, s in zip(sheets, summaries, strict=True)]
    return (
        [rows[: len(head)] for rows, head in zip(sheets, heads, strict=True) if head]
        + [rows for rows, s in zip(sheets, summaries, strict=True) if not s]
        + [rows[len(head) :] for rows, head, s in zip(sheets, heads, summaries, strict=True) if s]
    )


def _opening(rows: list[str]) -> list[str]:
    """A summary sheet's lines above its first table row down to the last that ends a sentence: the notice's title
    and opening (none where no sentence ends there); a table's own title (整改情况汇总表) stays with the table."""
    at = next((k for k, row in enumerate(rows) if "\t" in row), len(rows))
    ends = [k for k in range(at) if "。" in rows[k]]
    return rows[: ends[-1] + 1] if ends else []  # the sheet's name or the table's title after it goes with the table


def _counts_without_ledger(rows: list[str]) -> bool:
    """Whether a sheet's rows state the problems' counts (a table of counts by status, notices.count_table) and hold
    no problem column: a header naming one (问题, 存在问题) over cells that are not all counts (a summary may head its
    count column 问题, its cells 3 or 3个)."""
    grid = [row.split("\t") for row in rows]
    for r, row in enumerate(grid):
        for c, cell in enumerate(row):
            if TABLE_PROBLEM_HEADER_RE.match(re.sub(r"\s+", "", cell)) and not _counts_below(grid, r, c):
                return False
    return bool(table_claims("\n".join(rows)))


def _counts_below(grid: list[list[str]], r: int, c: int) -> bool:
    """Whether the cells under grid[r][c] are counts, and some are (a summary's column, not a ledger's)."""
    below = [row[c].strip() for row in grid[r + 1 :] if c < len(row) and row[c].strip()]
    return bool(below) and all(is_count_cell(cell) for cell in below)


def _sheet_paths(zf: zipfile.ZipFile) -> list[str]:
    return [n for n in zf.namelist() if n.startswith("xl/worksheets/") and n.endswith(".xml")]


class SheetLayout:
    """What a sheet's XML says besides its cells: hidden rows and columns, merged ranges."""

    def __init__(self) -> None:
        self.hidden_rows: set[int] = set()
        self.hidden_cols: set[int] = set()
        self.merges: list[tuple[int, int, int, int]] = []  # (first row, first col, last row, last col), 1-based
        self.icons: list[IconRule] = []  # the icon sets of its conditional formats (notices.iconsets, round 149)


def _layout(zf: zipfile.ZipFile, path: str, name: str) -> SheetLayout:
    """Read a sheet's hidden rows, hidden columns and merged ranges (its size already bounded)."""
    from lxml import etree
    from openpyxl.utils.cell import range_boundaries

    layout = SheetLayout()
    tags = (_MAIN + "row", _MAIN + "col", _MAIN + "mergeCell", _MAIN + "conditionalFormatting")
    with zf.open(path) as part:
        for _, el in etree.iterparse(part, tag=tags, resolve_entities=False, huge_tree=False):
            if el.tag == _MAIN + "conditionalFormatting":
                layout.icons += rules_of(el, _MAIN)
                if len(layout.icons) > MAX_SHEETS:  # a ledger formats a column or two
                    raise TooManyCells(name, "cells", MAX_CELLS)
            elif el.tag == _MAIN + "mergeCell":
                ref = el.get("ref") or ""
                if ":" in ref:
                    min_col, min_row, max_col, max_row = range_boundaries(ref)
                    layout.merges.append((min_row, min_col, max_row, max_col))
                    if len(layout.merges) > MAX_CELLS:  # a range spans two cells or more: more ranges than cells
                        raise TooManyCells(name, "cells", MAX_CELLS)
            elif el.get("hidden") in ("1", "true"):
                if el.tag == _MAIN + "row" and (el.get("r") or "").isdigit():
                    layout.hidden_rows.add(int(el.get("r") or 0))
                elif el.tag == _MAIN + "col":
                    first, last = int(el.get("min") or 0), int(el.get("max") or 0)
                    layout.hidden_cols.update(range(first, min(last, 16384) + 1))
            el.clear()
    return layout


def workbook_text(
    sheets: Sequence[tuple[str, list[list[str]], SheetLayout | None]], name: str, budget: list[int]
) -> str:
    """The visible sheets of a workbook (.xlsx or .xls), each its title, its cells as shown and its layout, as the
    lines a pasted ledger is: one road for both kinds of workbook."""
    read: list[list[str]] = []
    for title, grid, layout in sheets:
        rows = list(_sheet_lines(grid, layout, name, budget))
        if len(sheets) > 1 and rows and not _DEFAULT_SHEET.fullmatch(title.strip()):
            # the name heads the sheet's table: after a title row merged above it (the workbook's title)
            at = next((k for k, row in enumerate(rows) if "\t" in row), 0)
            rows.insert(at, title.strip())
        read.append(rows)
    return "\n".join(line for rows in _summaries_last(read) for line in rows)


def _grid(sheet: Any, name: str, budget: list[int], fills: Fills, theme: list[str]) -> list[list[str]]:
    """An openpyxl sheet's stored rows as shown, their cells' fills kept in `fills`; `budget` counts down the cells
    the workbook may still span."""
    sheet.reset_dimensions()  # rows as stored: a dimension that lies (A1:XFD1048576) would pad every row
    grid: list[list[str]] = []
    for cells in sheet.iter_rows():
        spend(budget, max(len(cells), 1), name)
        grid.append([shown(getattr(c, "value", None), getattr(c, "number_format", "") or "") for c in cells])
        fills.rows.append([cell_fill(c, theme) for c in cells])
        fills.struck.append([bool(getattr(getattr(c, "font", None), "strike", False)) for c in cells])
    return grid


def spend(budget: list[int], cells: int, name: str) -> None:
    """Count `cells` against the cells the workbook may still span, refusing it when they run out."""
    budget[0] -= cells
    if budget[0] < 0:
        raise TooManyCells(name, "cells", MAX_CELLS)


def _sheet_lines(grid: list[list[str]], layout: SheetLayout | None, name: str, budget: list[int]) -> Iterator[str]:
    """A sheet's visible rows as tab-separated lines, its merged ranges repeated as the module's docstring says."""
    layout = layout or SheetLayout()
    _repeat_merged(grid, layout.merges, name, budget)
    for number, row in enumerate(grid, 1):
        if number in layout.hidden_rows:
            continue
        visible = [v for col, v in enumerate(row, 1) if col not in layout.hidden_cols]
        while visible and not visible[-1]:
            visible.pop()
        if visible:
            yield "\t".join(visible)


def _repeat_merged(
    grid: list[list[str]], merges: list[tuple[int, int, int, int]], name: str, budget: list[int]
) -> None:
    """Give each row a merged range spans the range's value in its first column (a class or 责任部门 cell merged
    down its rows holds the value of each); a range's other columns stay empty, so a title merged across the sheet
    stays one cell of its line. A range is cut to the cells the sheet stores (beyond them every cell is empty and
    trailing), and the cells it then spans count against `budget`: a few KB of ranges each naming the whole sheet
    (A1:XFD1048576) are refused, not repeated for hours."""
    width = max((len(row) for row in grid), default=0)
    for first_row, first_col, last_row, last_col in merges:
        last_row, last_col = min(last_row, len(grid)), min(last_col, width)
        if first_row > last_row or first_col > last_col or first_col > len(grid[first_row - 1]):
            continue
        spend(budget, (last_row - first_row + 1) * (last_col - first_col + 1), name)
        value = grid[first_row - 1][first_col - 1]
        for r in range(first_row, last_row + 1):
            row = grid[r - 1]
            if len(row) < last_col:
                row.extend([""] * (last_col - len(row)))
            row[first_col - 1] = value
            for c in range(first_col + 1, last_col + 1):
                row[c - 1] = ""


def shown(value: Any, number_format: str) -> str:
    """A cell's value as the sheet shows it under its number format, on one line (a cell's own line breaks joined by
    spaces)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, datetime | date):
        return _date(value, number_format)
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, int | float) and "%" in _QUOTED.sub("", number_format):
        return f"{value * 100:.10g}%"  # a 完成进度 column formatted as a percentage: 1 shows as 100%, 0.85 as 85%
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value).replace("\t", " ")
    return " ".join(line.strip() for line in text.splitlines() if line.strip())


def _date(value: date, number_format: str) -> str:
    """A date as its format shows it: a month (2025年3月) where the format prints no day, else the day, written in
    年月日 where the format is, else ISO."""
    bare = _QUOTED.sub("", number_format).lower()
    chinese = "年" in number_format
    if "d" not in bare and "y" in bare and "m" in bare:
        return f"{value.year}年{value.month}月" if chinese else f"{value.year}-{value.month:02d}"
    return (
        f"{value.year}年{value.month}月{value.day}日" if chinese else f"{value.year}-{value.month:02d}-{value.day:02d}"
    )

"""An OpenDocument file (.odt text, .ods spreadsheet) as the lines the Word and Excel readers give.

LibreOffice saves OpenDocument by default, WPS offers it (另存为 ODF), and the 永中 and 中标 office suites of
government machines save it: a notice or a 整改台账 arrives as .odt or .ods as often as a county office uses them. Both
are zips holding content.xml; the `mimetype` member names which.

A text document reads as a .docx does (extract.docx_text): a paragraph or heading a line, a list item with the number
its list style shows (1. / (一) / 一、, counted as LibreOffice counts them; a number the file caches in text:number is
taken as written), a table's rows as the tab-separated lines a pasted table is, a cell merged down its rows repeated
in each (as a Word table's), a cell merged across its row in its first column only. Tracked deletions, notes and
annotations are not shown text and are not read. A spreadsheet reads as a workbook does (xlsx.workbook_text): each
visible sheet's visible rows, the text each cell shows, merged ranges repeated down their rows.

Bounded before anything is decoded as an Office zip is (officezip.check_inflated: members' count, declared and
inflated sizes); rows and cells a file repeats (number-rows-repeated="1048560", LibreOffice's padding to the sheet's
end) are expanded only where they hold text, and the cells all sheets span count against xlsx.MAX_CELLS.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Callable
from typing import Any

from errors import CorruptFile, EncryptedFile, TooManyCells, UnsupportedFormat

from .dates import cn_numeral
from .officezip import check_inflated
from .xlsx import MAX_CELLS, MAX_SHEETS, SheetLayout, spend, workbook_text

_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
_DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
_O, _T, _TB, _S, _D = (f"{{{ns}}}" for ns in (_OFFICE, _TEXT, _TABLE, _STYLE, _DRAW))
_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"

TEXT_TYPE = "application/vnd.oasis.opendocument.text"
SHEET_TYPE = "application/vnd.oasis.opendocument.spreadsheet"
# a template (.ott, .ots) and a master document read as the document they hold
_KINDS = {
    TEXT_TYPE: "odt",
    TEXT_TYPE + "-template": "odt",
    TEXT_TYPE + "-master": "odt",
    SHEET_TYPE: "ods",
    SHEET_TYPE + "-template": "ods",
}
MAX_REPEAT = 1000  # a repeated row or cell that holds text is a ledger's copy, never more than a sheet's rows


def odf_kind(zf: zipfile.ZipFile) -> str | None:
    """'odt' or 'ods' where a zip is an OpenDocument text or spreadsheet (its mimetype member says so; a file without
    one, as some converters write it, by its content.xml's body), else None."""
    names = set(zf.namelist())
    if "mimetype" in names and zf.getinfo("mimetype").file_size < 200:
        kind = _KINDS.get(zf.read("mimetype").decode("ascii", "replace").strip())
        if kind:
            return kind
    if "content.xml" in names and "META-INF/manifest.xml" in names:
        with zf.open("content.xml") as part:
            head = part.read(4096)
        if b"opendocument:xmlns:office" in head:
            return "ods" if b"<office:spreadsheet" in head else "odt"
    return None


def _content(data: bytes, name: str, kind: str) -> tuple[Any, Any]:
    """content.xml and styles.xml of an OpenDocument zip, parsed once bounded; a damaged zip or XML is refused as
    damaged, an encrypted one (its manifest names an encryption) as protected."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
            if "content.xml" not in names:
                raise UnsupportedFormat(name, "zip")
            check_inflated(zf, name)
            if "META-INF/manifest.xml" in names and b"encryption-data" in zf.read("META-INF/manifest.xml"):
                raise EncryptedFile(name)
            content = etree.fromstring(zf.read("content.xml"), parser)
            styles = etree.fromstring(zf.read("styles.xml"), parser) if "styles.xml" in names else None
    except (zipfile.BadZipFile, etree.XMLSyntaxError, KeyError, ValueError, EOFError, zlib.error) as err:
        detail = "zlib" if isinstance(err, zlib.error) else type(err).__name__
        raise CorruptFile(name, kind, detail) from None
    if content is None or content.tag != _O + "document-content":
        raise CorruptFile(name, kind, "content")
    return content, styles


def odf_text(data: bytes, name: str, kind: str) -> str:
    """The text of an OpenDocument file: an .odt's lines or an .ods's sheets."""
    return ods_text(data, name) if kind == "ods" else odt_text(data, name)


# --- text documents ------------------------------------------------------------------------------------------------
def odt_text(data: bytes, name: str) -> str:
    """The paragraphs, lists and tables of an .odt in document order (see the module's docstring)."""
    content, styles = _content(data, name, "odt")
    body = content.find(f"{_O}body/{_O}text")
    if body is None:
        raise CorruptFile(name, "odt", "body")
    reader = _TextReader([content, styles], name)
    reader.blocks(body)
    return "\n".join(reader.lines)


# Elements that hold no text a reader sees: tracked changes' record (deleted text), notes, annotations, forms, the
# declarations at the body's head, a table's column definitions.
_UNSHOWN = {
    _T + "tracked-changes",
    _O + "annotation",
    _O + "annotation-end",
    _O + "forms",
    _T + "sequence-decls",
    _T + "variable-decls",
    _T + "user-field-decls",
    _TB + "table-columns",
    _TB + "table-column",
    _TB + "table-column-group",
    _T + "note",
    _T + "note-citation",
    _T + "bookmark-ref",
}

_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def _letters(n: int, alphabet: str) -> str:
    out = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        out = alphabet[r] + out
    return out


def _roman(n: int) -> str:
    out = ""
    for value, mark in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L")):
        count, n = divmod(n, value)
        out += mark * count
    for value, mark in ((40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        count, n = divmod(n, value)
        out += mark * count
    return out


# style:num-format → the counter as the list shows it (the vocabulary of ODF's formats and LibreOffice's CJK ones,
# as data); an unknown format prints as decimal, "" (no number) prints nothing
_NUM_FORMATS: dict[str, Callable[[int], str]] = {
    "1": str,
    "a": lambda n: _letters(n, "abcdefghijklmnopqrstuvwxyz"),
    "A": lambda n: _letters(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    "i": lambda n: _roman(n).lower(),
    "I": _roman,
    "一, 二, 三, ...": cn_numeral,
    "壹, 贰, 叁, ...": lambda n: cn_numeral(n).translate(str.maketrans("一二三四五六七八九十", "壹贰叁肆伍陆柒捌玖拾")),
    "①, ②, ③, ...": lambda n: _CIRCLED[n - 1] if n <= len(_CIRCLED) else str(n),
    "甲, 乙, 丙, ...": lambda n: "甲乙丙丁戊己庚辛壬癸"[(n - 1) % 10],
    "１, ２, ３, ...": lambda n: str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９")),
    "": lambda n: "",
}

_Level = tuple[str, str, str, int, int]  # (prefix, format, suffix, start, levels shown)


class _TextReader:
    """Walks an .odt's body in document order, keeping the lines read and the lists' counters."""

    def __init__(self, roots: list[Any], name: str) -> None:
        self.name = name
        self.lines: list[str] = []
        self.budget = [MAX_CELLS]
        self.list_styles: dict[str, dict[int, _Level]] = {}
        self.paragraph_lists: dict[str, str] = {}  # paragraph style → the list style it numbers with
        self.outline: dict[int, _Level] = {}
        for root in roots:
            if root is None:
                continue
            for style in root.iter(_T + "list-style"):
                self.list_styles[style.get(_S + "name") or ""] = self._levels(style)
            for style in root.iter(_S + "style"):
                if style.get(_S + "list-style-name"):
                    self.paragraph_lists[style.get(_S + "name") or ""] = style.get(_S + "list-style-name") or ""
            for style in root.iter(_T + "outline-style"):
                self.outline = self._levels(style)
        self.counters: dict[str, list[int]] = {}  # a list's counters by level (a list continued keeps its own)
        self.last_list: dict[str, str] = {}  # list style → the counters of the last list numbered with it
        self.ids: dict[str, str] = {}  # a list's xml:id → its counters (text:continue-list names it)
        self.outline_counters: list[int] = []

    @staticmethod
    def _levels(style: Any) -> dict[int, _Level]:
        levels: dict[int, _Level] = {}
        for level in style:
            if level.tag not in (_T + "list-level-style-number", _T + "outline-level-style"):
                continue
            start = level.get(_T + "start-value") or "1"
            shown = level.get(_T + "display-levels") or "1"
            levels[int(level.get(_T + "level") or "1")] = (
                level.get(_S + "num-prefix") or "",
                level.get(_S + "num-format") or "",
                level.get(_S + "num-suffix") or "",
                int(start) if start.isdigit() else 1,
                int(shown) if shown.isdigit() else 1,
            )
        return levels

    def blocks(self, node: Any, list_id: str | None = None, depth: int = 0) -> None:
        """Read the block elements under node: paragraphs, headings, lists, tables, sections."""
        if depth > 64:
            raise CorruptFile(self.name, "odt", "RecursionError")
        for child in node:
            tag = child.tag
            if not isinstance(tag, str) or tag in _UNSHOWN:
                continue
            if tag in (_T + "p", _T + "h"):
                self.lines.extend(self.paragraph(child))
            elif tag == _T + "list":
                self.read_list(child, depth)
            elif tag == _TB + "table":
                self.lines.extend(self.table(child, depth))
            else:  # a section, an index's body, a change's wrapper: its blocks, in order
                self.blocks(child, list_id, depth + 1)

    def read_list(
        self, node: Any, depth: int, style: str | None = None, level: int = 1, key: str | None = None
    ) -> None:
        """A list's items, each numbered as its list style shows it at its level."""
        style = node.get(_T + "style-name") or style
        if key is None:  # a top-level list: its own counters, or those of the list it continues
            continued = node.get(_T + "continue-list")
            if continued and continued in self.ids:
                key = self.ids[continued]
            elif node.get(_T + "continue-numbering") == "true" and (style or "") in self.last_list:
                key = self.last_list[style or ""]
            else:
                key = str(len(self.counters))
                self.counters[key] = []
            self.last_list[style or ""] = key
            if node.get(_XML_ID):
                self.ids[node.get(_XML_ID) or ""] = key
        for item in node:
            if item.tag not in (_T + "list-item", _T + "list-header"):
                continue
            counters = self.counters[key]
            label = ""
            if item.tag == _T + "list-item":
                label = self.count(counters, self.list_styles.get(style or "", {}), level, item)
            first = True
            for child in item:
                if child.tag in (_T + "p", _T + "h"):
                    lines = self.paragraph(child)
                    if first and lines:
                        lines[0] = label + lines[0]
                        first = False
                    self.lines.extend(lines)
                elif child.tag == _T + "list":
                    self.read_list(child, depth + 1, style, level + 1, key)
                elif child.tag == _TB + "table":
                    self.lines.extend(self.table(child, depth + 1))

    def count(self, counters: list[int], levels: dict[int, _Level], level: int, item: Any) -> str:
        """Step a list's counter at `level` and return the number shown ('' for a bullet or an unnumbered level)."""
        cached = item.find(_T + "number")
        start_value = item.get(_T + "start-value")
        del counters[level:]  # a deeper level restarts under each item above it
        while len(counters) < level:
            counters.append(0)
        prefix, fmt, suffix, start, shown = levels.get(level, ("", "", "", 1, 1))
        counters[level - 1] = (
            int(start_value) if start_value and start_value.isdigit() else counters[level - 1] + 1 or start
        )
        if counters[level - 1] < start:
            counters[level - 1] = start
        if cached is not None:
            return "".join(cached.itertext())
        if level not in levels or not fmt:
            return ""
        numbers = []
        for k in range(max(1, level - shown + 1), level + 1):
            k_fmt = levels.get(k, ("", "1", "", 1, 1))[1] or "1"
            numbers.append(_NUM_FORMATS.get(k_fmt, str)(counters[k - 1] or 1))
        return prefix + ".".join(numbers) + suffix

    def paragraph(self, node: Any) -> list[str]:
        """A paragraph's or heading's lines: its text boxes' paragraphs first (as a .docx's), then its own text, a
        line break (text:line-break) ending a line. A heading numbered by the outline style shows its number."""
        boxes: list[str] = []
        text = self.inline(node, boxes)
        label = ""
        if node.tag == _T + "h" and self.outline:
            level = int(node.get(_T + "outline-level") or "1")
            cached = node.find(_T + "number")
            if cached is None and self.outline.get(level, ("", "", "", 1, 1))[1]:
                label = self.count(self.outline_counters, self.outline, level, node)
        return [*boxes, *(label + line for line in text.split("\n"))]

    def inline(self, node: Any, boxes: list[str]) -> str:
        parts = [node.text or ""]
        for child in node:
            tag = child.tag
            if isinstance(tag, str) and tag not in _UNSHOWN:
                if tag == _T + "s":
                    count = child.get(_T + "c") or "1"
                    parts.append(" " * min(int(count) if count.isdigit() else 1, 100))
                elif tag == _T + "tab":
                    parts.append("\t")
                elif tag == _T + "line-break":
                    parts.append("\n")
                elif tag == _D + "text-box":
                    for block in child.iter(_T + "p", _T + "h"):
                        boxes.extend(self.paragraph(block))
                elif tag.startswith(_D):  # a frame: its text box only (a picture's title is no text shown)
                    for box in child.iter(_D + "text-box"):
                        for block in box.iter(_T + "p", _T + "h"):
                            boxes.extend(self.paragraph(block))
                else:  # a span, a link, a field's shown value, a cached number
                    parts.append(self.inline(child, boxes))
            parts.append(child.tail or "")
        return "".join(parts)

    def table(self, node: Any, depth: int) -> list[str]:
        """A table's rows as tab-separated lines, as a Word table's (extract._table_lines)."""
        grid, merges, _ = _table_grid(node, self.name, self.budget, self.cell_text, depth)  # a text's rows all show
        _repeat(grid, merges, self.name, self.budget)
        return ["\t".join(cell.replace("\t", " ") for cell in row) for row in grid if any(c.strip() for c in row)]

    def cell_text(self, cell: Any, depth: int) -> str:
        """A cell's paragraphs (and a nested table's cells) joined by spaces."""
        saved, self.lines = self.lines, []
        try:
            self.blocks(cell, depth=depth + 1)
            inner = self.lines
        finally:
            self.lines = saved
        return " ".join(line.strip() for text in inner for line in text.split("\n") if line.strip())


def _rows(node: Any) -> list[Any]:
    """A table's rows in order, through its header rows, row groups and row wrappers."""
    rows = []
    for child in node:
        if child.tag == _TB + "table-row":
            rows.append(child)
        elif child.tag in (_TB + "table-header-rows", _TB + "table-rows", _TB + "table-row-group"):
            rows.extend(_rows(child))
    return rows


def _repeat_count(element: Any, attribute: str) -> int:
    value = element.get(_TB + attribute) or "1"
    return int(value) if value.isdigit() and int(value) > 0 else 1


def _table_grid(
    node: Any, name: str, budget: list[int], cell_text: Callable[[Any, int], str], depth: int = 0
) -> tuple[list[list[str]], list[tuple[int, int, int, int]], set[int]]:
    """A table's rows as lists of cell texts, and its merged ranges (first row, first col, last row, last col,
    1-based). A repeated cell or row is expanded only where it holds text (and at most MAX_REPEAT times): the empty
    rows and cells a sheet is padded with are counted, not built."""
    grid: list[list[str]] = []
    merges: list[tuple[int, int, int, int]] = []
    hidden_rows: set[int] = set()  # rows (1-based) a sheet hides (filtered out or collapsed)
    pending_rows = 0  # empty rows seen: kept only where a row with text follows
    for row in _rows(node):
        cells: list[str] = []
        pending = 0  # empty cells seen in the row: kept only where a cell with text follows
        for cell in row:
            if cell.tag not in (_TB + "table-cell", _TB + "covered-table-cell"):
                continue
            times = _repeat_count(cell, "number-columns-repeated")
            text = cell_text(cell, depth) if cell.tag == _TB + "table-cell" else ""
            if not text:
                pending += times
                continue
            spend(budget, pending + min(times, MAX_REPEAT), name)
            cells.extend([""] * pending)
            pending = 0
            rows_spanned = _repeat_count(cell, "number-rows-spanned")
            cols_spanned = _repeat_count(cell, "number-columns-spanned")
            for _ in range(min(times, MAX_REPEAT)):
                cells.append(text)
                if rows_spanned > 1 or cols_spanned > 1:
                    merges.append(
                        (
                            len(grid) + pending_rows + 1,
                            len(cells),
                            len(grid) + pending_rows + rows_spanned,
                            len(cells) + cols_spanned - 1,
                        )
                    )
        times = _repeat_count(row, "number-rows-repeated")
        hidden = row.get(_TB + "visibility") in ("collapse", "filter")
        if not cells:
            pending_rows += times
            continue
        if pending_rows:
            spend(budget, pending_rows, name)
            grid.extend([[] for _ in range(pending_rows)])
            pending_rows = 0
        for _ in range(min(times, MAX_REPEAT)):
            spend(budget, len(cells), name)
            grid.append(list(cells))
            if hidden:
                hidden_rows.add(len(grid))
    return grid, merges, hidden_rows


def _repeat(grid: list[list[str]], merges: list[tuple[int, int, int, int]], name: str, budget: list[int]) -> None:
    """A cell merged down its rows gives each its value in the range's first column, as a Word table's and a
    workbook's are read; the range's other columns stay empty."""
    from .xlsx import _repeat_merged

    _repeat_merged(grid, merges, name, budget)


# --- spreadsheets --------------------------------------------------------------------------------------------------
def ods_text(data: bytes, name: str) -> str:
    """Each visible sheet of an .ods as tab-separated lines, through the workbooks' reader (xlsx.workbook_text)."""
    content, styles = _content(data, name, "ods")
    body = content.find(f"{_O}body/{_O}spreadsheet")
    if body is None:
        raise CorruptFile(name, "ods", "body")
    tables = body.findall(_TB + "table")
    if len(tables) > MAX_SHEETS:
        raise TooManyCells(name, "sheets", MAX_SHEETS)
    hidden_tables = {
        s.get(_S + "name")
        for root in (content, styles)
        if root is not None
        for s in root.iter(_S + "style")
        if s.get(_S + "family") == "table"
        and any(p.get(_TB + "display") == "false" for p in s.iter(_S + "table-properties"))
    }
    hidden_columns = {
        s.get(_S + "name")
        for s in content.iter(_S + "style")
        if s.get(_S + "family") == "table-column"
        and any(p.get(_TB + "visibility") == "collapse" for p in s.iter(_S + "table-column-properties"))
    }
    budget = [MAX_CELLS]
    sheets = []
    for table in tables:
        if table.get(_TB + "style-name") in hidden_tables:
            continue
        grid, merges, hidden_rows = _table_grid(table, name, budget, _cell_shown)
        layout = SheetLayout()
        layout.merges, layout.hidden_rows = merges, hidden_rows
        layout.hidden_cols = _hidden_columns(table, hidden_columns, name)
        sheets.append((table.get(_TB + "name") or "", grid, layout))
    return workbook_text(sheets, name, budget)


def _cell_shown(cell: Any, depth: int = 0) -> str:
    """The text a spreadsheet cell shows (its paragraphs, which hold the value as formatted), on one line."""
    texts: list[str] = []
    for paragraph in cell.iterchildren(_T + "p"):
        text = _plain(paragraph)
        texts.extend(line.strip() for line in text.split("\n") if line.strip())
    if not texts and cell.get(_O + "value") is not None:  # a value stored without its shown text
        value = cell.get(_O + "value") or ""
        return re.sub(r"\.0+$", "", value)
    return " ".join(texts).replace("\t", " ")


def _plain(node: Any) -> str:
    parts = [node.text or ""]
    for child in node:
        tag = child.tag
        if isinstance(tag, str) and tag not in _UNSHOWN:
            if tag == _T + "s":
                parts.append(" ")
            elif tag == _T + "line-break":
                parts.append("\n")
            elif tag == _T + "tab":
                parts.append(" ")
            else:
                parts.append(_plain(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _hidden_columns(table: Any, hidden_styles: set[Any], name: str) -> set[int]:
    """The columns (1-based) a sheet hides, by their column definitions' visibility or style."""
    hidden: set[int] = set()
    col = 1
    for column in table.iter(_TB + "table-column"):
        times = _repeat_count(column, "number-columns-repeated")
        if column.get(_TB + "visibility") == "collapse" or column.get(_TB + "style-name") in hidden_styles:
            hidden.update(range(col, min(col + times, 16385)))
        col += times
        if col > 16384:
            break
    return hidden

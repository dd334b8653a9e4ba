"""The ledger (整改台账) as files staff can print and file: one row per item of the current notices.

.xlsx: real dates, set column widths, a frozen header with a filter, wrapped text, and a sheet per
agency when a few are exported. .csv: the same columns in the reader's language. No cell taken from
a notice ever becomes a formula (CSV/formula injection): in .xlsx such text is stored as a string
cell, in .csv it gets a leading apostrophe, as OWASP advises.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from store import Store

from .i18n import t
from .markup import STATUS, overdue_days


@dataclass(frozen=True)
class Column:
    key: str  # its heading is the catalogue's ledger-<key>
    width: int  # characters; CJK text counts double in Excel's units


COLUMNS = [
    Column("seq", 6),
    Column("agency", 24),
    Column("notice", 30),
    Column("notice_date", 12),
    Column("link", 20),
    Column("label", 8),
    Column("title", 40),
    Column("measures", 60),
    Column("status", 14),
    Column("pending", 24),
    Column("deadline", 12),
    Column("overdue", 14),
]
DATES = {"notice_date", "deadline"}
MAX_FILE_BYTES = 45 * 1024 * 1024  # bots may send files of up to 50 MB: a margin for the request around it
# Bytes a ledger row takes at most in practice (measured: 330 in .xlsx, 800 in .csv at 20,000 notices, items
# with long measures): a ledger estimated at twice the limit is divided without being built whole first.
ROW_BYTES = {"xlsx": 400, "csv": 900}
MAX_SHEETS = 30  # a sheet per agency reads well for a region; thousands of sheets would not open
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # what spreadsheet programs read as a formula
_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")


_FILE_NAME_BAD = re.compile(r'[\x00-\x1f/\\:*?"<>|]+')


def ledger_file_stem(name: str, lang: str) -> str:
    """整改台账-朔州: the name as the user wrote it, less what file systems forbid."""
    base = t(lang, "ledger-file")
    cleaned = _FILE_NAME_BAD.sub("_", name).strip(" ._")[:60]
    return f"{base}-{cleaned}" if cleaned else base


def header(lang: str) -> list[str]:
    return [t(lang, f"ledger-{c.key}") for c in COLUMNS]


def ledger_rows(
    store: Store, agency_ids: Sequence[int] = (), *, lang: str = "zh", today: date
) -> Iterator[dict[str, Any]]:
    """Each item of the current notices as a row keyed by column, in the reader's language."""
    for seq, row in enumerate(store.export_rows(agency_ids), start=1):
        late = overdue_days(row["deadline"], row["status"], bool(row["pending"]), today)
        yield {
            "seq": seq,
            "agency": row["agency"],
            # the notice's title as printed; a notice without one is named by who issued it and when
            "notice": row["notice"] or f"{row['agency']} {row['notice_date'] or ''}".strip(),
            "notice_date": _date(row["notice_date"]),
            "link": row["url"] or "",  # the page it was read from, when it came as a link
            "label": row["label"],
            "title": row["title"],
            "measures": row["measures"],
            "status": STATUS[lang][row["status"]],
            "pending": "；".join(json.loads(row["pending_evidence"])),
            "deadline": _date(row["deadline"]),
            "overdue": _overdue_words(late, lang) if row["deadline"] else "",
        }


def _overdue_words(days: int | None, lang: str) -> str:
    if days is None or days <= 0:
        return t(lang, "ledger-not-overdue")
    return t(lang, "ledger-overdue-by", days=days)


def _date(text: str | None) -> date | str:
    """An ISO date as a date (a real date cell); anything partial stays as printed."""
    try:
        return date.fromisoformat(text or "")
    except ValueError:
        return text or ""


def as_text(value: object) -> str:
    """A CSV cell that no spreadsheet reads as a formula."""
    text = value.isoformat() if isinstance(value, date) else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def ledger_csv(store: Store, agency_ids: Sequence[int] = (), *, lang: str = "zh", today: date) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header(lang))
    for row in ledger_rows(store, agency_ids, lang=lang, today=today):
        writer.writerow([as_text(row[c.key]) for c in COLUMNS])
    return ("\ufeff" + out.getvalue()).encode("utf-8")  # BOM: Excel opens UTF-8 CSV correctly


def ledger_xlsx(
    store: Store,
    agency_ids: Sequence[int] = (),
    *,
    lang: str = "zh",
    today: date,
    summary: Callable[[Any], None] | None = None,
) -> bytes:
    """The ledger workbook; `summary` adds a sheet to it first (the handler's summary sheet with its chart,
    drawn by presentation/, a layer above this one)."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    if summary is not None:
        summary(workbook)
    rows = ledger_rows(store, agency_ids, lang=lang, today=today)
    agencies = len(agency_ids) or len(store.agencies())
    if 1 < agencies <= MAX_SHEETS:  # rows come ordered by agency
        names: set[str] = set()
        for agency, group in itertools.groupby(rows, key=lambda r: str(r["agency"])):
            _write_sheet(workbook, _sheet_name(agency, names), group, lang)
    else:
        _write_sheet(workbook, t(lang, "ledger-sheet"), rows, lang)
    if len(workbook.worksheets) == (summary is not None):  # no ledger sheet yet: an empty one
        _write_sheet(workbook, t(lang, "ledger-sheet"), [], lang)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _write_sheet(workbook: Any, title: str, rows: Iterable[dict[str, Any]], lang: str) -> None:
    """One ledger sheet: header frozen and filtered, widths set, text wrapped, dates as dates."""
    from openpyxl.cell import Cell, WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    sheet = workbook.create_sheet(title)
    sheet.freeze_panes = "A2"  # set before the first row: write-only sheets write their views first
    for number, column in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(number)].width = column.width
    wrap, bold = Alignment(wrap_text=True, vertical="top"), Font(bold=True)
    sheet.append([_cell(WriteOnlyCell(sheet), name, wrap, bold) for name in header(lang)])
    # A style set on a cell is looked up by its hash in the workbook's table (a third of the export's time):
    # each kind of cell is styled once here and its styles copied into every cell of that kind.
    text, dated = (_cell(WriteOnlyCell(sheet), value, wrap)._style for value in ("", date.min))
    count = 0
    for count, row in enumerate(rows, start=1):
        values = [row[c.key] for c in COLUMNS]
        values[0] = count  # 序号 counts the rows of this sheet
        cells = [Cell(sheet, 1, 1, value, dated if isinstance(value, date) else text) for value in values]
        for cell in cells:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # text from a notice stays text, never a formula (as `_cell`)
        sheet.append(cells)
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{count + 1}"


def _cell(cell: Any, value: object, wrap: Any, font: Any = None) -> Any:
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"  # text from a notice stays text, never a formula
    elif isinstance(value, date):
        cell.number_format = "yyyy-mm-dd"
    cell.alignment = wrap
    if font is not None:
        cell.font = font
    return cell


@dataclass(frozen=True)
class LedgerFile:
    name: str
    data: bytes


def ledger_files(
    store: Store, agency_ids: Sequence[int] = (), *, lang: str = "zh", today: date, stem: str = "ledger",
    limit: int = MAX_FILE_BYTES, summary: Callable[[Any], None] | None = None,
) -> tuple[list[LedgerFile], bool]:  # fmt: skip
    """The ledger as .xlsx and .csv files each within `limit` bytes, and whether it had to be divided.

    A ledger over the limit comes as one file per province (a province still over it, in parts of its
    agencies); the .csv is zipped first, which alone keeps most ledgers whole (text compresses ~4×).
    `summary` adds its sheet to a workbook of the whole ledger (not to the parts of a divided one).
    """
    ids = list(agency_ids) or [a.id for a in store.agencies()]
    whole = list(agency_ids)
    xlsx = _within(store, whole, ids, lang, today, stem, "xlsx", limit, summary)
    csv_files = _within(store, whole, ids, lang, today, stem, "csv", limit)
    files = xlsx + csv_files
    return files, len(xlsx) > 1 or len(csv_files) > 1 or csv_files[0].name.endswith(".zip")


def _build(
    store: Store, ids: Sequence[int], lang: str, today: date, kind: str, summary: Callable[[Any], None] | None = None
) -> bytes:
    if kind == "xlsx":
        return ledger_xlsx(store, ids, lang=lang, today=today, summary=summary)
    return ledger_csv(store, ids, lang=lang, today=today)


def _zipped(name: str, data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, data)
    return out.getvalue()


def _within(
    store: Store,
    asked: list[int],
    ids: list[int],
    lang: str,
    today: date,
    stem: str,
    kind: str,
    limit: int,
    summary: Callable[[Any], None] | None = None,
) -> list[LedgerFile]:
    """One file of the ledger if it fits, else zipped (csv), else one per province, then halves of those."""
    data = b""
    if len(ids) <= 1 or store.count_items(ids) * ROW_BYTES[kind] <= 2 * limit:
        data = _build(store, asked, lang, today, kind, summary)
        if len(data) <= limit:
            return [LedgerFile(f"{stem}.{kind}", data)]
        if kind == "csv":
            packed = _zipped(f"{stem}.csv", data)
            if len(packed) <= limit:
                return [LedgerFile(f"{stem}.csv.zip", packed)]
    by_province: dict[str, list[int]] = {}
    wanted = set(ids)
    for agency in store.agencies():
        if agency.id in wanted:
            by_province.setdefault(agency.province or "-", []).append(agency.id)
    groups = [(f"{stem}-{province}", members) for province, members in sorted(by_province.items())]
    if len(groups) == 1:  # one province: halves of its agencies
        half = len(ids) // 2
        if half == 0:
            return [LedgerFile(f"{stem}.{kind}", data)]  # one agency's ledger (built above): nothing smaller
        groups = [(f"{stem}-1", ids[:half]), (f"{stem}-2", ids[half:])]
    return [f for name, members in groups for f in _within(store, members, members, lang, today, name, kind, limit)]


def _sheet_name(agency: str, taken: set[str]) -> str:
    """An agency's sheet: Excel allows 31 characters, none of []:*?/\\, and no two alike."""
    base = _SHEET_NAME_BAD.sub("_", agency)[:28] or "sheet"
    name, n = base, 1
    while name in taken:
        n += 1
        name = f"{base}~{n}"
    taken.add(name)
    return name

"""The ledger (整改台账) as staff open it: columns, words, real dates, sheets, and no formulas."""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import replace
from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from sqlite_utils import Database

from presentation.export import ledger_csv, ledger_file_stem, ledger_files, ledger_xlsx
from store import Store
from tests.conftest import sample_notices

TODAY = date(2026, 3, 2)
ZH_HEADER = [
    "序号",
    "单位",
    "通报标题",
    "通报日期",
    "通报链接",
    "编号",
    "问题",
    "整改措施",
    "整改状态",
    "待办事项",
    "时限",
    "是否逾期",
]


def rows_of(sheet: object) -> list[tuple[object, ...]]:
    return list(sheet.iter_rows(values_only=True))  # type: ignore[attr-defined]


def test_the_xlsx_is_a_ledger_staff_can_file(store: Store) -> None:
    book = load_workbook(io.BytesIO(ledger_xlsx(store, lang="zh", today=TODAY)))
    assert len(book.sheetnames) == 5 and "朔州市科学技术局党组" in book.sheetnames  # a sheet per agency
    sheet = book["朔州市科学技术局党组"]
    rows = rows_of(sheet)
    assert list(rows[0]) == ZH_HEADER
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == f"A1:L{len(rows)}"
    assert sheet.column_dimensions["H"].width == 60 and sheet["H2"].alignment.wrap_text
    mixed = next(r for r in rows if r[6] == "存在人员混岗问题")
    assert mixed[8] == "正在推进" and mixed[9] == "逐步消化" and mixed[7]  # status in words, measures given
    assert sum(len(rows_of(book[name])) - 1 for name in book.sheetnames) == 145


@pytest.mark.parametrize(
    ("status", "overdue"), [("in_progress", "是（已逾期 275 天）"), ("done_longterm", "否")]
)  # the sample's item 4 was due 2025-05-31 (5月底前)
def test_dates_are_dates_and_a_past_deadline_is_marked_overdue(status: str, overdue: str) -> None:
    store = Store(Database(memory=True))
    name, notice = sample_notices()[2]
    items = [replace(i, status=status) if i.deadline else i for i in notice.items]
    store.ingest(replace(notice, items=items), name)
    rows = rows_of(load_workbook(io.BytesIO(ledger_xlsx(store, lang="zh", today=TODAY))).active)[1:]
    due = next(r for r in rows if r[10])
    assert due[10].date() == date(2025, 5, 31) and due[11] == overdue  # type: ignore[union-attr]
    assert all(r[3] is None or isinstance(r[3], datetime) for r in rows)  # notice dates are dates


def test_the_csv_has_the_same_columns_in_the_readers_language(store: Store) -> None:
    text = ledger_csv(store, lang="en", today=TODAY).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][:3] == ["No.", "Agency", "Notice"] and len(rows[0]) == len(ZH_HEADER)
    assert len(rows) == 146 and {r[8] for r in rows[1:]} <= {"done", "done, kept up long-term", "in progress",
                                                               "status not stated"}  # fmt: skip


@pytest.mark.parametrize("title", ['=HYPERLINK("http://evil.example","x")', "+1+1", "-2+3", "@SUM(1)", "\t=1", "\r=1"])
def test_notice_text_never_becomes_a_formula(title: str) -> None:
    store = Store(Database(memory=True))
    name, notice = sample_notices()[3]
    items = [replace(notice.items[0], title=title), *notice.items[1:]]
    store.ingest(replace(notice, title=title, items=items), name)
    sheet = load_workbook(io.BytesIO(ledger_xlsx(store, lang="zh", today=TODAY))).active
    cell = next(c for row in sheet.iter_rows(min_row=2) for c in row if c.value == title)
    assert cell.data_type == "s"  # a string cell, shown as written
    text = ledger_csv(store, lang="zh", today=TODAY).decode("utf-8-sig")
    cells = [c for row in csv.reader(io.StringIO(text)) for c in row]
    assert "'" + title in cells and title not in cells


@pytest.mark.parametrize(
    ("name", "lang", "stem"),
    [("朔州", "zh", "整改台账-朔州"), ("", "zh", "整改台账"), ("a/b:c", "en", "rectification-ledger-a_b_c")],
)
def test_the_file_is_named_as_the_user_wrote_it(name: str, lang: str, stem: str) -> None:
    assert ledger_file_stem(name, lang) == stem


def test_row_numbers_restart_on_each_sheet_and_the_notice_is_named_by_its_title(store: Store) -> None:
    book = load_workbook(io.BytesIO(ledger_xlsx(store, lang="zh", today=TODAY)))
    for name in book.sheetnames:
        rows = rows_of(book[name])[1:]
        assert [r[0] for r in rows] == list(range(1, len(rows) + 1)), name
        assert all(not str(r[2]).endswith(".txt") for r in rows)  # never the file it was read from
    titles = {r[2] for name in book.sheetnames for r in rows_of(book[name])[1:]}
    named = {n.title or f"{n.agency} {n.signed or n.published or ''}".strip() for _, n in sample_notices()}
    assert titles == named


def test_a_notice_without_a_title_is_named_by_its_agency_and_date() -> None:
    store = Store(Database(memory=True))
    name, notice = sample_notices()[2]
    store.ingest(replace(notice, title=None, signed="2025-06-08"), name)
    rows = rows_of(load_workbook(io.BytesIO(ledger_xlsx(store, lang="zh", today=TODAY))).active)[1:]
    assert {r[2] for r in rows} == {f"{notice.agency} 2025-06-08"}


def test_a_ledger_over_the_limit_comes_zipped_or_split_by_province_and_every_file_fits(store: Store) -> None:
    whole, divided = ledger_files(store, lang="zh", today=TODAY, stem="ledger")
    assert [f.name for f in whole] == ["ledger.xlsx", "ledger.csv"] and not divided
    limit = len(whole[0].data) * 2 // 3  # the xlsx no longer fits; the csv fits zipped
    files, divided = ledger_files(store, lang="zh", today=TODAY, stem="ledger", limit=limit)
    assert divided and all(len(f.data) <= limit for f in files)
    provinces = {a.province for a in store.agencies()}
    xlsx = [f for f in files if f.name.endswith(".xlsx")]
    assert len(xlsx) >= 2 and all(any(str(p) in f.name for p in provinces) for f in xlsx)
    items = sum(len(rows_of(sheet)) - 1 for f in xlsx for sheet in load_workbook(io.BytesIO(f.data)).worksheets)
    assert items == 145  # every item in exactly one of the parts
    assert all(len(f.data) <= limit for f in files if f.name.endswith(".csv"))


def test_a_csv_over_the_limit_that_fits_zipped_comes_zipped_whole() -> None:
    store = Store(Database(memory=True))
    name, notice = sample_notices()[3]
    store.ingest(notice, name)
    data = ledger_csv(store, lang="zh", today=TODAY)
    files, divided = ledger_files(store, lang="zh", today=TODAY, stem="ledger", limit=len(data) - 1)
    assert divided and [f.name for f in files] == ["ledger.xlsx", "ledger.csv.zip"]
    with zipfile.ZipFile(io.BytesIO(files[1].data)) as archive:
        assert archive.read("ledger.csv") == data

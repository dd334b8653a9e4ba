"""The ledger as files: one row per item of the current notices, as .csv and .xlsx bytes."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from typing import Any

from store import Store

HEADER = ["agency", "notice", "notice_date", "label", "title", "status", "pending_evidence", "deadline", "url"]
HEADER_ZH = ["单位", "通报", "通报日期", "编号", "问题", "整改状态", "待办事项", "时限", "来源链接"]


def ledger_rows(store: Store, agency_ids: Sequence[int] = ()) -> Iterable[list[Any]]:
    for row in store.export_rows(agency_ids):
        evidence = "；".join(json.loads(row["pending_evidence"]))
        yield [
            row["agency"],
            row["notice"],
            row["notice_date"],
            row["label"],
            row["title"],
            row["status"],
            evidence,
            row["deadline"],
            row["url"],
        ]


def ledger_csv(store: Store, agency_ids: Sequence[int] = ()) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADER)
    writer.writerows(ledger_rows(store, agency_ids))
    return ("\ufeff" + out.getvalue()).encode("utf-8")  # BOM: Excel opens UTF-8 CSV correctly


def ledger_xlsx(store: Store, agency_ids: Sequence[int] = ()) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("整改台账")
    sheet.append(HEADER_ZH)
    for row in ledger_rows(store, agency_ids):
        sheet.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()

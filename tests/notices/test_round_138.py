"""Round 138's class (issue 19): ledgers whose status is a cell's colour. A .xlsx 整改台账 whose status column is empty
or holds a mark only (●, √, ■) while the row or the status cell is filled in a colour the workbook explains: a note
row (绿色表示已完成…), a legend block of coloured cells beside their words, a second sheet 说明; with the furniture
such workbooks carry (a summary sheet of counts before the ledger, merged class cells printing their own numbering).
Members the round's notices do not print: other legend words (底色/填充/代表/为, 已整改到位/整改中/已销号), the note
above the table or on a sheet named otherwise, theme colours under a tint, a ledger with no status column at all, a
legend block under the table, class cells numbered (二)/一./（三）, other count-table words, other organisations
taking the feedback as their own (党工委/党总支认领)."""

from __future__ import annotations

import io

import openpyxl
import pytest
from openpyxl.styles import PatternFill
from openpyxl.styles.colors import Color

from notices import parse_bytes, parse_notice
from tests.conftest import norm

_TITLE = "中共某县某局党组关于县委巡察反馈意见整改情况的通报"
_OPENING = (
    "2024年3月4日至4月30日，县委第一巡察组对县某局党组进行了巡察，5月20日反馈了巡察意见。现将整改进展情况公布如下。"
)
_ROWS = [
    ("党组理论学习中心组学习制度执行不严格", "修订学习制度，按月开展集中学习。"),
    ("专项资金拨付滞后，部分项目资金沉淀", "剩余资金正在办理拨付手续。"),
    ("干部轮岗交流不到位", "完成4名干部交流轮岗。"),
]


def _fill(colour: str | Color) -> PatternFill:
    if isinstance(colour, Color):
        return PatternFill(fill_type="solid", fgColor=colour)
    return PatternFill(fill_type="solid", start_color=colour, end_color=colour)


def _book(
    colours: list[str | Color],
    *,
    header: list[str] | None = None,
    mark: str = "",
    note: str | None = None,
    note_above: bool = False,
    second_sheet: tuple[str, list[str]] | None = None,
    block: list[tuple[str, str]] | None = None,
    status_cell_only: bool = False,
) -> bytes:
    """A ledger of _ROWS, each row (or its status cell) filled in `colours`, explained as asked."""
    header = header or ["序号", "存在问题", "整改措施", "责任单位", "完成情况"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "台账"
    ws.append([_TITLE])
    ws.append([_OPENING])
    if note is not None and note_above:
        ws.append([note])
    ws.append(header)
    status = next((k for k, h in enumerate(header) if h.endswith(("情况", "状态", "进展"))), None)
    for n, ((title, measures), colour) in enumerate(zip(_ROWS, colours, strict=True), 1):
        values = [str(n), title, measures, "办公室"]
        if status is not None:
            values.append(mark)
        ws.append(values)
        row = ws.max_row
        for col in range(1, len(header) + 1):
            if not status_cell_only or (status is not None and col == status + 1):
                ws.cell(row, col).fill = _fill(colour)
    if note is not None and not note_above:
        ws.append([note])
    if block:
        ws.append([])
        for colour, words in block:
            ws.append([None, None])
            ws.cell(ws.max_row, 2).fill = _fill(colour)
            ws.cell(ws.max_row, 3, words)
    ws.append(["中共某县某局党组"])
    ws.append(["2024年10月8日"])
    if second_sheet is not None:
        extra = wb.create_sheet(second_sheet[0])
        for line in second_sheet[1]:
            extra.append([line])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _statuses(data: bytes) -> list[str]:
    return [item.status for item in parse_bytes(data, "ledger.xlsx").items]


# The note's words, as ledgers write them: the fill's name (底色/填充/背景), the verb (代表/为/即为/:), the status
# words (已整改到位/整改中/已销号/尚未完成), above the table or under it; a mark alone in the status cell.
@pytest.mark.parametrize(
    ("note", "above", "mark"),
    [
        ("注：绿色底色代表已整改到位，黄色底色代表整改中。", False, ""),
        ("说明：绿色填充为已销号；黄色填充为正在整改。", True, "■"),
        ("备注：绿色背景即为已完成整改，黄色背景即为尚未完成。", False, "●"),
        ("图例：绿色：已完成  黄色：推进中", True, "○"),
    ],
)
def test_a_row_s_fill_reads_as_the_note_explains_it(note: str, above: bool, mark: str) -> None:
    data = _book(["92D050", "FFFF00", "00B050"], note=note, note_above=above, mark=mark)
    assert _statuses(data) == ["done", "in_progress", "done"]


# The legend on a sheet of its own, named otherwise than 说明 (填表说明 / 图例 / 备注), the status cell alone filled.
@pytest.mark.parametrize("sheet", ["填表说明", "图例", "Sheet2"])
def test_a_legend_sheet_explains_the_status_cells_fill(sheet: str) -> None:
    lines = ["1.橙色单元格表示正在推进；", "2.蓝色单元格表示已完成并长期坚持；", "3.绿色单元格表示已完成。"]
    data = _book(["FFC000", "00B0F0", "C6EFCE"], second_sheet=(sheet, lines), status_cell_only=True, mark="√")
    assert _statuses(data) == ["in_progress", "done_longterm", "done"]


# Colours picked from the palette's theme rows: a theme colour under a tint, named by the note by its hue (the
# workbook's own theme: openpyxl writes Office 2007's, accent3 green, accent6 orange).
def test_a_theme_colour_under_a_tint_is_the_colour_the_note_names() -> None:
    green, orange = Color(theme=6, tint=0.5999938962981048), Color(theme=9, tint=0.3999755851924192)
    data = _book([green, orange, green], note="注：绿色表示已完成，橙色表示未完成。")
    assert _statuses(data) == ["done", "in_progress", "done"]


# A ledger without a status column: the fill alone states the status, under a legend block below the table (a
# filled cell, its words beside it).
@pytest.mark.parametrize(
    "block",
    [
        [("92D050", "已完成"), ("FFFF00", "正在推进")],
        [("00B050", "已整改"), ("FF0000", "未完成")],
    ],
)
def test_a_ledger_without_a_status_column_reads_its_fills_by_the_legend_block(block: list[tuple[str, str]]) -> None:
    header = ["序号", "存在问题", "整改措施", "责任单位"]
    data = _book([block[0][0], block[1][0], block[0][0]], header=header, block=block)
    assert _statuses(data) == ["done", "in_progress", "done"]


# Class cells printing their own numbering (（二）…方面 / 一.…方面 / (三)…), in a tab ledger: the aspect as printed.
@pytest.mark.parametrize("first", ["（一）政治建设方面", "一.政治建设方面", "(一)政治建设方面", "一、政治建设方面"])
def test_a_class_cell_numbered_by_itself_is_not_numbered_again(first: str) -> None:
    second = first.replace("一", "二").replace("政治建设", "作风建设")
    rows = [
        "序号\t问题类别\t存在问题\t整改情况",
        f"1\t{first}\t学习制度执行不严格\t已完成",
        f"2\t{first}\t意识形态责任制落实不到位\t已完成",
        f"3\t{second}\t公务接待管理不规范\t正在推进",
    ]
    notice = parse_notice(f"{_TITLE}\n{_OPENING}\n" + "\n".join(rows) + "\n中共某县某局党组\n2024年10月8日\n")
    assert [norm(item.aspect) for item in notice.items] == [norm(first), norm(first), norm(second)]


# A summary sheet before the ledger, its 序号 and class columns labelling the count rows (问题分类 / 方面), its total
# row 合计 or 总计: the counts are the claims, the ledger's rows the problems.
@pytest.mark.parametrize(
    ("label", "total", "done_word", "open_word"),
    [
        ("问题分类", "合计", "已完成", "正在整改"),
        ("问题类型", "总计", "已整改", "未完成"),
        ("类别", "合计", "已销号", "正在推进"),
    ],
)
def test_a_summary_sheet_numbered_by_class_counts_the_ledger(
    label: str, total: str, done_word: str, open_word: str
) -> None:
    wb = openpyxl.Workbook()
    summary = wb.active
    summary.title = "总表"
    summary.append([_TITLE])
    summary.append([_OPENING])
    summary.append(["序号", label, "问题数", done_word, open_word])
    summary.append([1, "政治建设方面", 2, 1, 1])
    summary.append([2, "组织建设方面", 1, 1, 0])
    summary.append([total, None, 3, 2, 1])
    summary.append(["中共某县某局党组"])
    summary.append(["2024年10月8日"])
    ledger = wb.create_sheet("台账")
    ledger.append(["序号", "问题类别", "存在问题", "整改措施", "完成情况"])
    for n, ((title, measures), state) in enumerate(zip(_ROWS, ["已完成", "正在推进", "已完成"], strict=True), 1):
        ledger.append([n, "政治建设方面" if n < 3 else "组织建设方面", title, measures, state])
    out = io.BytesIO()
    wb.save(out)
    notice = parse_bytes(out.getvalue(), "ledger.xlsx")
    assert [norm(item.title) for item in notice.items] == [norm(title) for title, _ in _ROWS]
    assert (notice.claimed.problems, notice.claimed.completed, notice.claimed.in_progress) == (3, 2, 1)
    assert [str(w) for w in notice.warnings] == []


# The organisation inspected taking the feedback as its own (党工委/党总支/党组认领…): its whole count, aspects too.
@pytest.mark.parametrize("body", ["街道党工委", "机关党总支", "局党组"])
def test_the_organisation_s_own_take_of_the_feedback_is_its_count(body: str) -> None:
    text = (
        f"{_TITLE}\n2024年3月4日至4月30日，县委第一巡察组进行了巡察，5月20日反馈了巡察意见。"
        f"{body}认领4个方面12个问题，制定整改措施30条。\n"
        "1.学习制度执行不严格。已完成整改。\n2.专项资金拨付滞后。正在推进。\n中共某县某局党组\n2024年10月8日\n"
    )
    claimed = parse_notice(text).claimed
    assert (claimed.aspects, claimed.problems) == (4, 12)


# An Excel 97-2003 ledger (.xls, what WPS 表格 saves by default) filled alike: its palette colours read as a .xlsx's.
@pytest.mark.parametrize(("done", "open_"), [("bright_green", "yellow"), ("light_green", "orange")])
def test_an_xls_ledger_s_fills_read_by_its_note(done: str, open_: str) -> None:
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    ws = book.add_sheet("台账")
    ws.write(0, 0, _TITLE)
    ws.write(1, 0, _OPENING)
    for c, name in enumerate(["序号", "存在问题", "整改措施", "责任单位", "整改进展"]):
        ws.write(2, c, name)
    words = {"bright_green": "绿色", "light_green": "绿色", "yellow": "黄色", "orange": "橙色"}
    for n, ((title, measures), colour) in enumerate(zip(_ROWS, [done, open_, done], strict=True), 1):
        style = xlwt.easyxf(f"pattern: pattern solid, fore_colour {colour};")
        for c, value in enumerate([str(n), title, measures, "办公室", ""]):
            ws.write(2 + n, c, value, style)
    ws.write(6, 0, f"注：{words[done]}表示已完成，{words[open_]}表示正在推进。")
    ws.write(7, 0, "中共某县某局党组")
    ws.write(8, 0, "2024年10月8日")
    out = io.BytesIO()
    book.save(out)
    notice = parse_bytes(out.getvalue(), "ledger.xls")
    assert [item.status for item in notice.items] == ["done", "in_progress", "done"]


# An empty cell filled inside a ledger row (a deadline marked red) before an unfilled status cell is no legend block:
# the row's own words stand, and no other row takes them.
def test_a_filled_empty_cell_inside_a_ledger_row_is_no_legend() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([_TITLE])
    ws.append([_OPENING])
    ws.append(["序号", "存在问题", "整改措施", "完成时限", "整改情况"])
    ws.append(["1", _ROWS[0][0], _ROWS[0][1], None, "正在推进"])
    ws.cell(ws.max_row, 4).fill = _fill("FF0000")
    ws.append(["2", _ROWS[1][0], _ROWS[1][1], "2024年12月", "已完成"])
    ws.append(["3", _ROWS[2][0], _ROWS[2][1], None, ""])
    for col in range(1, 6):
        ws.cell(ws.max_row, col).fill = _fill("FF0000")
    ws.append(["注：红色表示逾期未完成，绿色表示已完成。"])
    ws.append(["中共某县某局党组"])
    ws.append(["2024年10月8日"])
    out = io.BytesIO()
    wb.save(out)
    assert _statuses(out.getvalue()) == ["in_progress", "done", "in_progress"]

"""Round 149's class (issue 19): the status carried by strikes and icons, not by words. A Word list or ledger whose
已销号 problems are struck through (w:strike, w:dstrike) under a note saying so; a web page whose finished rows are
struck (<del>, <s>, <strike>, text-decoration:line-through) under a legend line; a workbook whose progress column is
a conditional format's icon set, explained by a legend row. Members the round's notices do not print: other notes'
words (删除线表示…, 加删除线的条目为…, 未加删除线的为…), other numberings (（一）, 问题N：), a Word TABLE struck row by
row, rows struck by a stylesheet's class or on the <tr>, pages without a tick column, other icon sets (3 flags,
3 symbols read by their colours), thresholds by percent over shown 完成率 values, a reversed set."""

from __future__ import annotations

import io

import docx
import openpyxl
import pytest
from openpyxl.formatting.rule import IconSetRule

from notices import parse_bytes

_OPENING = (
    "根据县委统一部署，2025年3月3日至4月30日，县委第一巡察组对县某局党组开展了巡察，并于2025年5月20日反馈了"
    "巡察意见。反馈的4个问题中，已整改销号3个，正在整改1个。现将整改进展情况通报如下。"
)
_TITLE = "中共某县某局党组关于县委巡察整改进展情况的通报"
_SIGN = ("欢迎监督。联系电话：0731-1234567。", "中共某县某局党组", "2025年12月10日")
_PROBLEMS = [
    ("理论学习中心组学习制度落实不到位", "修订学习制度，全年开展集中学习12次。"),
    ("专项资金拨付滞后", "剩余资金正在办理拨付手续。"),
    ("干部队伍年龄结构老化", "通过公开招聘引进年轻干部3名。"),
    ("公务用车管理不规范", "修订公务用车管理办法，此项工作长期坚持。"),
]
_WANT = ["done", "in_progress", "done", "done_longterm"]
_STRUCK = [True, False, True, True]


def _docx_bytes(build) -> bytes:  # type: ignore[no-untyped-def]
    document = docx.Document()
    document.add_paragraph(_TITLE)
    document.add_paragraph(_OPENING)
    build(document)
    for line in _SIGN:
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# A Word list: the problem's headline struck (strike or dstrike), its text not; the note in other words, the problems
# numbered in other ways.
@pytest.mark.parametrize(
    ("note", "label", "double"),
    [
        ("注：删除线表示已完成整改。", "（{}）", False),
        ("说明：加删除线的条目为已整改到位事项，未加删除线的为正在整改事项。", "问题{}：", True),
        ("备注：文中划去的内容为已销号问题", "{}、", False),
    ],
)
def test_a_word_list_s_struck_headlines_are_closed(note: str, label: str, double: bool) -> None:
    def build(document) -> None:  # type: ignore[no-untyped-def]
        document.add_paragraph("一、巡察反馈问题整改情况")
        document.add_paragraph(note)
        for n, ((title, text), struck) in enumerate(zip(_PROBLEMS, _STRUCK, strict=True), 1):
            cn = "一二三四"[n - 1] if label.startswith("（") else str(n)
            p = document.add_paragraph()
            p.add_run(label.format(cn))
            run = p.add_run(f"{title}。")
            if struck:
                if double:
                    run.font.double_strike = True
                else:
                    run.font.strike = True
            document.add_paragraph(f"整改情况：{text}")

    notice = parse_bytes(_docx_bytes(build), "list.docx")
    assert [i.title for i in notice.items] == [t for t, _ in _PROBLEMS]
    assert [i.status for i in notice.items] == _WANT


# A Word ledger struck row by row (every cell's runs), no status column; the note under the table.
@pytest.mark.parametrize(
    "note",
    ["注：表中划线的行为已销号问题，未划线的为正在整改问题。", "说明：删除线标注的为已完成整改事项"],
)
def test_a_word_ledger_s_struck_rows_are_closed(note: str) -> None:
    def build(document) -> None:  # type: ignore[no-untyped-def]
        table = document.add_table(rows=1, cols=3)
        for cell, head in zip(table.rows[0].cells, ("序号", "存在问题", "整改措施"), strict=True):
            cell.text = head
        for n, ((title, text), struck) in enumerate(zip(_PROBLEMS, _STRUCK, strict=True), 1):
            cells = table.add_row().cells
            for cell, value in zip(cells, (str(n), title, text), strict=True):
                run = cell.paragraphs[0].add_run(value)
                run.font.strike = struck
        document.add_paragraph(note)

    notice = parse_bytes(_docx_bytes(build), "ledger.docx")
    assert [i.title for i in notice.items] == [t for t, _ in _PROBLEMS]
    # the kept-up problem's own text (…此项工作长期坚持) is its measures' cell: struck, it is done and kept up
    assert [i.status for i in notice.items] == _WANT


def _page(rows: str, legend: str, css: str = "") -> bytes:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{_TITLE}</title>
<style>{css}</style></head><body>
<h1>{_TITLE}</h1><div class="content"><p>{_OPENING}</p><p>一、巡察反馈问题整改情况</p><p>{legend}</p>
<table border="1"><tr><th>序号</th><th>存在问题</th><th>整改措施</th></tr>
{rows}
</table><p>{_SIGN[0]}</p><p>{_SIGN[1]}</p><p>{_SIGN[2]}</p></div></body></html>""".encode()


# A page's finished rows struck by other means than the round's page: a stylesheet's class, the <tr>'s style,
# <strike> in each cell; no tick column beside them.
@pytest.mark.parametrize(
    ("struck_row", "css", "legend"),
    [
        (
            '<tr class="xh"><td>{n}</td><td>{t}</td><td>{m}</td></tr>',
            ".xh td{{text-decoration:line-through}}",
            "注：带删除线的行表示已销号问题",
        ),
        (
            '<tr style="text-decoration: line-through"><td>{n}</td><td>{t}</td><td>{m}</td></tr>',
            "",
            "说明：划线的事项为已完成整改，未划线的为正在推进",
        ),
        (
            "<tr><td><strike>{n}</strike></td><td><strike>{t}</strike></td><td><strike>{m}</strike></td></tr>",
            "",
            "（注：表中划线部分为已整改完成问题）",
        ),
    ],
)
def test_a_page_s_struck_rows_are_closed(struck_row: str, css: str, legend: str) -> None:
    rows = "\n".join(
        (struck_row if struck else "<tr><td>{n}</td><td>{t}</td><td>{m}</td></tr>").format(n=n, t=t, m=m)
        for n, ((t, m), struck) in enumerate(zip(_PROBLEMS, _STRUCK, strict=True), 1)
    )
    notice = parse_bytes(_page(rows, legend, css.replace("{{", "{").replace("}}", "}")), "page.html")
    assert [i.title for i in notice.items] == [t for t, _ in _PROBLEMS]
    assert [i.status for i in notice.items] == _WANT


def _book(column: str, values: list[float], rule: IconSetRule, legend: str, percent: bool = False) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([_TITLE])
    sheet.append([_OPENING])
    sheet.append(["序号", "存在问题", "整改措施", column])
    for n, ((title, text), value) in enumerate(zip(_PROBLEMS, values, strict=True), 1):
        sheet.append([n, title, text, value])
        if percent:
            sheet.cell(sheet.max_row, 4).number_format = "0%"
    sheet.conditional_formatting.add(f"D4:D{sheet.max_row}", rule)
    sheet.append([legend])
    for line in _SIGN:
        sheet.append([line])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# Icon sets the round's ledger does not use, their legends in other words; the numbers hidden or shown.
@pytest.mark.parametrize(
    ("column", "values", "rule", "legend", "percent"),
    [
        (
            "进度",
            [3, 1, 3, 2],
            IconSetRule("3Flags", "num", [0, 2, 3], showValue=False),
            "注：绿旗表示已完成整改，黄旗表示已完成并长期坚持，红旗表示正在整改。",
            False,
        ),
        (
            "完成率",
            [1, 0.6, 1, 0.9],
            IconSetRule("3Symbols", "percent", [0, 70, 100]),
            "说明：绿色表示已完成，黄色表示已完成需长期坚持，红色表示正在推进",
            True,
        ),
        (
            "整改进度",
            [1, 3, 1, 2],
            IconSetRule("3TrafficLights2", "num", [0, 2, 3], showValue=False, reverse=True),
            "图例：绿灯=已完成；黄灯=已完成并长期坚持；红灯=正在整改",
            False,
        ),
    ],
)
def test_an_icon_set_s_icons_are_the_status(
    column: str, values: list[float], rule: IconSetRule, legend: str, percent: bool
) -> None:
    notice = parse_bytes(_book(column, values, rule, legend, percent), "ledger.xlsx")
    assert [i.title for i in notice.items] == [t for t, _ in _PROBLEMS]
    assert [i.status for i in notice.items] == _WANT


# A 完成 column of ticks and crosses in other fonts' glyphs (✔ ✓ / ✗ ✘) than the legend names (√ / ×), no strike.
@pytest.mark.parametrize(
    ("marks", "legend"),
    [
        (["✔", "✗", "✓", "✔（长期坚持）"], "说明：“完成”栏中“√”表示已完成，“×”表示正在整改。"),
        (["✓", "✘", "✔", "√（长期坚持）"], "注：打√的为已完成，打×的为正在推进"),
    ],
)
def test_a_page_s_ticks_in_other_glyphs_read_through_the_legend(marks: list[str], legend: str) -> None:
    rows = "\n".join(
        f"<tr><td>{n}</td><td>{t}</td><td>{m}</td><td>{mark}</td></tr>"
        for n, ((t, m), mark) in enumerate(zip(_PROBLEMS, marks, strict=True), 1)
    )
    page = _page(rows, legend).replace("<th>整改措施</th>".encode(), "<th>整改措施</th><th>完成</th>".encode())
    notice = parse_bytes(page, "page.html")
    assert [i.title for i in notice.items] == [t for t, _ in _PROBLEMS]
    assert [i.status for i in notice.items] == _WANT


# A list closing its headlines with a tick in another glyph than its legend's (1.<problem>。✔ under 注：√为已完成).
@pytest.mark.parametrize(("done", "open_"), [("✔", "✗"), ("✓", "✘")])
def test_a_list_s_ticks_in_other_glyphs_read_through_the_legend(done: str, open_: str) -> None:
    from notices import parse_notice

    body = "".join(
        f"{n}.{t}。{mark}\n整改情况：{m}\n"
        for n, ((t, m), mark) in enumerate(zip(_PROBLEMS[:3], [done, open_, done], strict=True), 1)
    )
    text = f"{_TITLE}\n{_OPENING}\n注：√为已完成，×为正在整改。\n{body}" + "\n".join(_SIGN) + "\n"
    assert [i.status for i in parse_notice(text).items] == _WANT[:3]


# A Word list whose finished problems are struck whole: the headline and its text, the number typed before
# the headline (the first paragraph of each struck run is the headline).
def test_a_word_list_struck_whole_problem_by_problem() -> None:
    def build(document) -> None:  # type: ignore[no-untyped-def]
        document.add_paragraph("二、整改落实情况")
        document.add_paragraph("（注：删除线部分为已销号问题）")
        for n, ((title, text), struck) in enumerate(zip(_PROBLEMS, _STRUCK, strict=True), 1):
            for line in (f"{n}、{title}。", f"整改措施：{text}"):
                document.add_paragraph().add_run(line).font.strike = struck

    notice = parse_bytes(_docx_bytes(build), "list.docx")
    assert [i.title for i in notice.items] == [t for t, _ in _PROBLEMS]
    assert [i.status for i in notice.items] == _WANT

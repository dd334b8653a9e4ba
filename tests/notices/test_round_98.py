"""Round 98's classes (issue 19): PDF files as users forward them, each with members the round's notices do not
print (other ways of ruling a table, a table's header row repeated and a row broken across a page, other seals, other
lines of a 公文's 版记, other word orders of the counts)."""

from __future__ import annotations

import io
import math
from collections.abc import Callable

import pytest
from reportlab.lib.colors import black, red
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from notices import parse_bytes, parse_notice
from notices.header import read_claims
from notices.pdftext import pdf_text

FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))
WIDTH, HEIGHT = A4

_OPENING = (
    "中共某某县统计局党组关于巡察整改进展情况的通报",
    "根据县委统一部署，2024年3月4日至4月30日，县委第一巡察组对县统计局党组进行了巡察。",
    "2024年6月3日，县委第一巡察组向县统计局党组反馈了巡察意见。",
    "二、巡察反馈问题整改情况",
)
_HEADER = ("序号", "反馈问题", "整改措施", "责任单位", "完成情况")
_ROWS = (
    (
        "1",
        "统计数据质量核查制度执行不到位，部分数据审核流于形式",
        "建立数据质量核查制度，开展专项核查",
        "综合股",
        "已完成",
    ),
    (
        "2",
        "统计执法检查覆盖面不广，对重点企业检查不够",
        "制定年度执法检查计划，剩余企业检查正在开展",
        "执法大队",
        "正在推进",
    ),
    ("3", "统计档案管理不规范，部分原始资料缺失", "补齐原始资料，建立档案管理台账", "办公室", "已完成"),
)
_TITLES = [row[1].replace("，", ",") for row in _ROWS]
_STATUSES = ["done", "in_progress", "done"]
_COLS = (34, 150, 150, 60, 60)
_SIZE = 10.5
_LEAD = _SIZE * 1.4


def _shown(text: str) -> str:
    """PDFium reads no text object of one two-byte character of a non-embedded CID font: a space after it."""
    return text + " " if len(text) == 1 and ord(text) > 127 else text


def _wrap(text: str, room: float) -> list[str]:
    lines = [""]
    for char in text:
        if pdfmetrics.stringWidth(lines[-1] + char, FONT, _SIZE) > room:
            lines.append("")
        lines[-1] += char
    return lines


Borders = Callable[[canvas.Canvas, list[float], list[float]], None]


def _lines(pdf: canvas.Canvas, xs: list[float], ys: list[float]) -> None:
    """Each border a line of its own (WPS)."""
    for x in xs:
        pdf.line(x, ys[0], x, ys[-1])
    for y in ys:
        pdf.line(xs[0], y, xs[-1], y)


def _thin_rects(pdf: canvas.Canvas, xs: list[float], ys: list[float]) -> None:
    """Each border a filled rectangle half a point wide (Word's PDF export)."""
    for x in xs:
        pdf.rect(x - 0.25, ys[-1], 0.5, ys[0] - ys[-1], stroke=0, fill=1)
    for y in ys:
        pdf.rect(xs[0], y - 0.25, xs[-1] - xs[0], 0.5, stroke=0, fill=1)


def _one_path(pdf: canvas.Canvas, xs: list[float], ys: list[float]) -> None:
    """The whole grid one path of moves and lines."""
    path = pdf.beginPath()
    for x in xs:
        path.moveTo(x, ys[0])
        path.lineTo(x, ys[-1])
    for y in ys:
        path.moveTo(xs[0], y)
        path.lineTo(xs[-1], y)
    pdf.drawPath(path, stroke=1, fill=0)


def _table(pdf: canvas.Canvas, top: float, rows: list[tuple[str, ...]], borders: Borders) -> float:
    """Draw rows as a ruled table from top down, cells wrapped inside; return the table's bottom."""
    left = (WIDTH - sum(_COLS)) / 2
    xs = [left + sum(_COLS[:n]) for n in range(len(_COLS) + 1)]
    ys = [top]
    for row in rows:
        wrapped = [_wrap(text, width - 8) for text, width in zip(row, _COLS, strict=True)]
        height = max(map(len, wrapped)) * _LEAD + 8
        for x, lines in zip(xs, wrapped, strict=False):
            for n, line in enumerate(lines):
                pdf.setFont(FONT, _SIZE)
                pdf.drawString(x + 4, ys[-1] - 4 - _SIZE - n * _LEAD, _shown(line))
        ys.append(ys[-1] - height)
    borders(pdf, xs, ys)
    return ys[-1]


def _text(pdf: canvas.Canvas, y: float, lines: tuple[str, ...] | list[str]) -> float:
    for line in lines:
        for part in _wrap(line, WIDTH - 140 - 4):
            pdf.setFont(FONT, _SIZE)
            pdf.drawString(70, y, _shown(part))
            y -= _LEAD
    return y


def _pdf(*pages: Callable[[canvas.Canvas], None]) -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    for page in pages:
        page(pdf)
        pdf.showPage()
    pdf.save()
    return out.getvalue()


_CLOSING = ("中共某某县统计局党组", "2024年12月20日")


def _one_page_table(borders: Borders) -> bytes:
    def page(pdf: canvas.Canvas) -> None:
        y = _text(pdf, HEIGHT - 80, _OPENING)
        bottom = _table(pdf, y - 4, [_HEADER, *_ROWS], borders)
        _text(pdf, bottom - 30, _CLOSING)

    return _pdf(page)


@pytest.mark.parametrize("borders", [_lines, _thin_rects, _one_path], ids=["lines", "thin-rectangles", "one-path"])
def test_a_ruled_tables_rows_are_read_cell_by_cell(borders: Borders) -> None:
    """A 整改台账 printed as a ruled table: the text layer's lines run across a row's cells and a cell's second line
    stands below; the page's rules give the grid back, however the borders were drawn."""
    notice = parse_bytes(_one_page_table(borders), "t.pdf")
    assert [(i.label, i.title, i.status) for i in notice.items] == list(
        zip(["1", "2", "3"], _TITLES, _STATUSES, strict=True)
    )


def _two_page_table(split: bool) -> bytes:
    """A table over two pages: Word repeats its header row on the second; with split, the second row is broken
    across the page (its problem's last part and its status cell on page 2, the number cell there empty)."""
    first, second = [_HEADER, _ROWS[0]], [_HEADER, *_ROWS[1:]]
    if split:
        row = _ROWS[1]
        first.append((row[0], row[1][:10], row[2][:8], row[3], ""))
        second = [_HEADER, ("", row[1][10:], row[2][8:], "", row[4]), _ROWS[2]]

    def page_one(pdf: canvas.Canvas) -> None:
        _table(pdf, _text(pdf, HEIGHT - 80, _OPENING) - 4, first, _lines)

    def page_two(pdf: canvas.Canvas) -> None:
        _text(pdf, _table(pdf, HEIGHT - 80, second, _lines) - 30, _CLOSING)

    return _pdf(page_one, page_two)


@pytest.mark.parametrize("split", [False, True], ids=["header-repeated", "row-broken-across-the-page"])
def test_a_table_over_two_pages_reads_as_one(split: bool) -> None:
    """重复标题行 and 允许跨页断行: the header row printed again on the next page is no problem, and a row Word broke
    at the page goes on in the first row below the header whose number cell is empty."""
    notice = parse_bytes(_two_page_table(split), "t.pdf")
    assert [(i.label, i.title, i.status) for i in notice.items] == list(
        zip(["1", "2", "3"], _TITLES, _STATUSES, strict=True)
    )


def _sealed(text: str, spread: float, star: bool) -> bytes:
    """A notice whose signature and date bear a round seal with text along its arc (a vector seal, its letters text)."""

    def page(pdf: canvas.Canvas) -> None:
        y = _text(pdf, HEIGHT - 80, [*_OPENING, "1.统计数据质量核查不到位。", "整改情况：已完成。", "特此通报。"])
        y = _text(pdf, y - 20, _CLOSING)
        cx, cy, radius = 150, y + 30, 55
        pdf.setFillColor(red)
        for i, char in enumerate(text):
            angle = 90 + spread / 2 - spread * i / (len(text) - 1)
            pdf.saveState()
            pdf.translate(
                cx + (radius - 14) * math.cos(math.radians(angle)), cy + (radius - 14) * math.sin(math.radians(angle))
            )
            pdf.rotate(angle - 90)
            pdf.setFont(FONT, 12)
            pdf.drawCentredString(0, 0, _shown(char))
            pdf.restoreState()
        if star:
            pdf.setFont(FONT, 26)
            pdf.drawCentredString(cx, cy - 8, _shown("★"))
        pdf.setFillColor(black)

    return _pdf(page)


@pytest.mark.parametrize(
    ("text", "spread", "star"),
    [
        ("中国共产党某某县统计局党组", 240.0, True),  # 13 letters: the middle one is upright
        ("某某县统计局党组", 180.0, False),
        ("中共某某县统计局党组委员会", 270.0, True),
    ],
)
def test_a_seals_letters_are_no_text_of_the_notice(text: str, spread: float, star: bool) -> None:
    """A seal drawn as text over the signature: each letter turned along the arc (the middle one of an odd count
    upright at its top, a star upright in its middle); none is read into the closing."""
    lines = pdf_text(_sealed(text, spread, star), "t.pdf").split("\n")
    assert lines[lines.index("整改情况:已完成。") + 1 :] == ["特此通报。", *_CLOSING]


_COLOPHON_NOTICE = """关于县委第一巡察组巡察反馈意见整改进展情况的通报
根据县委统一部署，2024年3月4日至4月30日，县委第一巡察组对县统计局党组进行了巡察。2024年6月3日，县委第一巡察组向县统计局党组反馈了巡察意见。
二、巡察反馈问题整改情况
1.统计数据质量核查不到位。整改情况：已完成。
2.统计执法检查覆盖不全。整改情况：正在推进。
中共某某县统计局党组
2024年12月20日
{colophon}"""


@pytest.mark.parametrize(
    "colophon",
    [
        "（此件主动公开）\n抄报：市统计局。\n某某县统计局办公室　　　2024年12月23日印发",
        "分送：县委巡察办，县纪委监委。\n某某县统计局办公室 2024年12月23日 印发",
        "抄送：县委巡察办\n某某县统计局办公室2024年12月23日印发\n（共印15份）",
        "（此件依申请公开）\n抄送：县委巡察办",
    ],
    ids=["openness-copied-up-printed", "sent-to-printed-spaced", "copied-printed-run", "openness-copied"],
)
def test_a_documents_colophon_is_not_its_signature(colophon: str) -> None:
    """The 版记 (抄送/抄报/分送, the printing office and day …印发, the print run) and the 附注 of openness after a
    公文's signature are furniture: the signature above them signs the notice, and the text does not stop short."""
    notice = parse_notice(_COLOPHON_NOTICE.format(colophon=colophon))
    assert (notice.issuer, notice.signed) == ("中共某某县统计局党组", "2024-12-20")
    assert "cut_off" not in [w.code for w in notice.warnings]


@pytest.mark.parametrize(
    ("sentence", "aspects", "problems"),
    [
        ("巡察反馈的4个方面共计12个问题，已全部完成整改。", 4, 12),
        ("反馈问题五个方面合计十六个，已完成整改十个。", 5, 16),
        ("县委巡察组反馈了2个方面，共6个问题。", 2, 6),
        ("反馈问题3个方面共9个，已完成整改7个。", 3, 9),
    ],
)
def test_a_total_word_between_the_aspects_and_the_problems(sentence: str, aspects: int, problems: int) -> None:
    """3个方面共7个: the total's 共 (共计, 合计) before the problems' count leaves the aspects' count theirs."""
    claimed = read_claims(sentence)
    assert (claimed.aspects, claimed.problems) == (aspects, problems)


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        ("省委巡视反馈4个方面、9类问题、21个具体问题。", (4, 9, 21)),
        ("巡视组反馈了3个方面，7类问题，15个具体问题。", (3, 7, 15)),
        ("对照反馈的5个方面、12类问题、30个具体问题逐项整改。", (5, 12, 30)),
    ],
)
def test_the_counts_listed_with_commas_between(sentence: str, counts: tuple[int, int, int]) -> None:
    """3个方面、5类问题、8个具体问题: the aspects' count before an enumeration comma and the classes' count."""
    claimed = read_claims(sentence)
    assert (claimed.aspects, claimed.problem_groups, claimed.problems) == counts


_MERGED_ROWS = (
    ("1", "理论学习中心组学习不够深入", "制定学习计划", "已完成"),
    ("2", "意识形态工作责任制落实不到位", "修订责任清单", "已完成"),
    ("3", "第一议题制度执行不严格", "建立台账", "正在推进"),
    ("4", "干部人事档案管理不规范", "补齐档案材料", "已完成"),
)


def _merged_area_table(areas: tuple[tuple[str, int], ...]) -> bytes:
    """序号 | 问题类别 | 存在问题 | 整改措施 | 整改进展, the class cell merged over its rows (合并单元格): no rule
    crosses it between them and its text stands centred in the merged cell."""
    cols = (34, 80, 150, 120, 60)
    left = (WIDTH - sum(cols)) / 2
    xs = [left + sum(cols[:n]) for n in range(len(cols) + 1)]

    def page(pdf: canvas.Canvas) -> None:
        top = _text(pdf, HEIGHT - 80, _OPENING) - 4
        ys = [top - n * (_LEAD + 8) for n in range(len(_MERGED_ROWS) + 2)]
        for x, text in zip(xs, ("序号", "问题类别", "存在问题", "整改措施", "整改进展"), strict=False):
            pdf.setFont(FONT, _SIZE)
            pdf.drawString(x + 4, ys[0] - 4 - _SIZE, text)
        for n, row in enumerate(_MERGED_ROWS, 1):
            for x, text in zip([xs[0], *xs[2:]], row, strict=False):
                pdf.drawString(x + 4, ys[n] - 4 - _SIZE, _shown(text))
        first = 1
        for area, count in areas:
            middle = (ys[first] + ys[first + count]) / 2
            pdf.drawString(xs[1] + 4, middle - _SIZE / 2, area)
            pdf.line(xs[1], ys[first + count], xs[2], ys[first + count])  # the class cell's closing rule
            first += count
        for x in xs:
            pdf.line(x, ys[0], x, ys[-1])
        for y in ys:
            pdf.line(xs[0], y, xs[1], y)
            pdf.line(xs[2], y, xs[-1], y)
        pdf.line(xs[1], ys[0], xs[2], ys[0])
        pdf.line(xs[1], ys[1], xs[2], ys[1])
        _text(pdf, ys[-1] - 30, _CLOSING)

    return _pdf(page)


@pytest.mark.parametrize(
    "areas",
    [(("政治建设", 3), ("组织建设", 1)), (("思想建设", 1), ("作风建设", 3)), (("党的建设", 4),)],
    ids=["three-then-one", "one-then-three", "one-class"],
)
def test_a_class_cell_merged_over_its_rows_heads_them_all(areas: tuple[tuple[str, int], ...]) -> None:
    """A class merged over three rows has its text centred in the second: it is the class of its first row on, not
    a class of the second row alone (which would leave the first under none and the class over one row)."""
    notice = parse_bytes(_merged_area_table(areas), "t.pdf")
    want = [f"({'一二'[n]}){area}" for n, (area, count) in enumerate(areas) for _ in range(count)]
    assert [(i.title, i.aspect) for i in notice.items] == list(zip([r[1] for r in _MERGED_ROWS], want, strict=True))

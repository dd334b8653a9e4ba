"""A notice reads the same however the user's copy of it was saved (issue 19: a notice in any real layout, as users
forward it). Every genre notice in tests/data/genre that reads right is read again as a Windows or old-Mac text file
ends its lines, with a word processor's first-line indent (full-width spaces) or a web page's (no-break spaces),
with the zero-width characters editors leave, with a blank line after every paragraph (a web page copied paragraph
by paragraph), in traditional script, and inside the furniture of the web page that published it (breadcrumbs and
发布时间 above, 打印本页/上一篇/主办单位 below). Each copy must give the same header facts and the same problems with
the same statuses as the notice as written.
"""

from __future__ import annotations

import html
import io
from collections.abc import Callable
from functools import cache
from typing import Any

import docx
import opencc
import pytest

from notices import parse_bytes
from notices.normalize import to_simplified

from .genre_rounds import all_cases, genre_text, is_text


@cache
def _s2t() -> Callable[[str], str]:
    return opencc.OpenCC("s2t").convert  # type: ignore[no-any-return]


# A government site's page around the notice, as a browser's select-all copies it.
PAGE_TOP = (
    "首页 > 信息公开 > 通知公告\n【字体：大 中 小】 打印本页 关闭窗口\n"
    "发布时间：2024-12-20 10:31 来源：本网 浏览次数：1024\n"
)
PAGE_END = (
    "\n【打印本页】【关闭窗口】\n上一篇：关于开展安全生产大检查的通知\n下一篇：2024年政府信息公开工作年度报告\n"
    "主办单位：某市人民政府办公室 承办单位：某市大数据中心\n网站标识码：1234000001 备案号：皖ICP备05001234号-1\n"
)

COPIES: dict[str, Callable[[str], str]] = {
    "crlf": lambda text: text.replace("\n", "\r\n"),
    "cr": lambda text: text.replace("\n", "\r"),
    "indented": lambda text: "\n".join("\u3000\u3000" + line if line.strip() else line for line in text.split("\n")),
    "blank_lines": lambda text: "\n\n".join(text.split("\n")),
    # a web page's &nbsp; indent, and the zero-width spaces some editors leave after sentences
    "nbsp_indented": lambda text: "\n".join("\xa0" * 4 + line if line.strip() else line for line in text.split("\n")),
    "zero_width": lambda text: text.replace("。", "。\u200b").replace("\n", "\n\ufeff"),
    "traditional": lambda text: _s2t()(text),
    "web_page": lambda text: PAGE_TOP + text + PAGE_END,
}
READ_RIGHT = [c.file for c in all_cases() if c.gap is None and is_text(c)]


def _read(text: str, name: str, data: bytes | None = None) -> tuple[object, ...]:
    """What a reader of the ledger sees of the notice (its text, or the file `data` holding it): its header facts,
    claims, and each problem's title (in simplified script) and status."""
    n = parse_bytes(text.encode("utf-8") if data is None else data, name)
    header = (n.agency, to_simplified(n.issuer or ""), n.region, n.inspection_team, n.feedback_date, n.signed)
    return (
        *header,
        n.inspection_start,
        n.inspection_end,
        n.claimed,
        [(to_simplified(i.title), i.status) for i in n.items],
    )


@cache  # the notice as written is the reference of every copy: read once a test process, not once a copy
def _as_written(name: str) -> tuple[object, ...]:
    return _read(genre_text(name), name)


# Each copy reads every third notice, offset by its place among the copies: each form is tried on about two hundred
# notices of every round and each notice in two or three forms, in a third of the time all of them took (the suite's
# two minutes). Which third is fixed, so a failure repeats.
STRIDE = 3


@pytest.mark.parametrize(("k", "copy"), list(enumerate(sorted(COPIES))), ids=sorted(COPIES))
def test_every_genre_notice_reads_the_same_in_a_users_copy(k: int, copy: str) -> None:
    read_otherwise = []
    for name in READ_RIGHT[k % STRIDE :: STRIDE]:
        text = genre_text(name)
        if _read(COPIES[copy](text), name) != _as_written(name):
            read_otherwise.append(name)
    assert read_otherwise == []


# Ledgers whose rows break over lines (a cell's own paragraphs on lines of their own: Excel's quoted cells, a
# browser's and Word's .txt unquoted ones, round 123): a table built a physical line a row from them is no table a
# site or Word would hold, so they are not rebuilt as one.
BROKEN_ROWS = ("r123_youxian", "r123_xinfeng", "r123_leshan")
TAB_LEDGERS = [name for name in READ_RIGHT if "\t" in genre_text(name) and not name.startswith(BROKEN_ROWS)]


def _saved(document: Any) -> bytes:
    """A python-docx document's .docx bytes."""
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _soft_broken_docx(text: str) -> bytes:
    """The notice typed in Word as one paragraph, its lines ended by soft breaks (Shift+Enter)."""
    document = docx.Document()
    run = document.add_paragraph().add_run()
    for k, line in enumerate(text.split("\n")):
        if k:
            run.add_break()
        run.add_text(line)
    return _saved(document)


def _tabbed_docx(text: str) -> bytes:
    """The notice typed in Word, a paragraph a line, its spaces around trimmed and its tabs kept: a row opening on
    empty cells (a problem's measure rows under it, round 110's Excel paste) opens on their tabs."""
    document = docx.Document()
    for line in text.split("\n"):
        if line.strip():
            document.add_paragraph(line.strip(" \u3000\r"))
    return _saved(document)


@pytest.mark.parametrize("name", TAB_LEDGERS)
def test_a_ledger_typed_in_word_with_tabs_reads_the_same(name: str) -> None:
    """Each line a Word paragraph, the ledger's columns aligned with the Tab key (w:tab between its cells)."""
    text = genre_text(name)
    assert _read(text, "notice.docx", _tabbed_docx(text)) == _as_written(name)


@pytest.mark.parametrize("name", READ_RIGHT[::10])
def test_a_notice_typed_in_word_with_soft_line_breaks_reads_the_same(name: str) -> None:
    text = genre_text(name)
    assert _read(text, "notice.docx", _soft_broken_docx(text)) == _as_written(name)


def _word_file_with_tables(text: str) -> bytes:
    """The notice as a Word file: a paragraph a line, each run of tab rows a Word table."""
    document = docx.Document()
    rows: list[list[str]] = []
    for line in [*text.split("\n"), ""]:
        if "\t" in line:
            rows.append(line.split("\t"))
            continue
        if rows:
            grid = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    grid.cell(r, c).text = cell
            rows = []
        if line.strip():
            document.add_paragraph(line)
    return _saved(document)


@pytest.mark.parametrize("name", TAB_LEDGERS)
def test_a_ledger_in_a_word_table_reads_the_same(name: str) -> None:
    """A Word table's rows are read as the pasted ledger's: classes, merged cells, status columns and closing
    tables by problem number alike."""
    text = genre_text(name)
    assert _read(text, "notice.docx", _word_file_with_tables(text)) == _as_written(name)


def _web_page_with_tables(text: str) -> bytes:
    """The notice as its site publishes it: a paragraph a line, each run of tab rows an HTML table."""
    title, *lines = text.split("\n")
    parts: list[str] = []
    rows: list[str] = []
    for line in [*lines, ""]:
        if "\t" in line:
            rows.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in line.split("\t")) + "</tr>")
            continue
        if rows:
            parts.append("<table>" + "".join(rows) + "</table>")
            rows = []
        if line.strip():
            parts.append(f"<p>{html.escape(line)}</p>")
    page = (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> &gt; <a href='/tzgg'>通知公告</a></div>"
        f"<div class='article'><h1>{html.escape(title)}</h1><div class='content'>{''.join(parts)}</div></div>"
        "<div class='foot'>主办单位：某市人民政府办公室</div></body></html>"
    )
    return page.encode("utf-8")


@pytest.mark.parametrize("name", TAB_LEDGERS)
def test_a_ledger_published_as_a_web_pages_table_reads_the_same(name: str) -> None:
    """The page's extraction prints the table as | cell | rows, the areas' merged rows between them as lines:
    the same header facts, problems and statuses as the text."""
    text = genre_text(name)
    page = _read(text, "notice.html", _web_page_with_tables(text))
    assert page == _as_written(name)

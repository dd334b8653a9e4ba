"""Tables pasted as text (cells separated by tabs) turned into numbered problems with labelled lines.

A notice copied from a web page or a spreadsheet often lists its problems as a table:
序号 | 问题 | 整改措施 | 完成时限 | 整改情况. Each row becomes "N.问题" followed by "整改措施:…" lines, the
same shape as a notice written in paragraphs, so that structure and status are read the same way.
"""

from __future__ import annotations

import re

from .lexicon import TABLE_PROBLEM_HEADER_RE, TABLE_SEQ_HEADER_RE
from .normalize import to_simplified

_SPACES = re.compile(r"\s+")


def text_tables(text: str) -> str:
    """Rewrite each tab-separated table whose header names a problem column; other text is unchanged."""
    if "\t" not in text:
        return text
    out: list[str] = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        header = _cells(to_simplified(lines[i]) if "\t" in lines[i] else "")  # 序號 / 存在問題 in traditional script
        problem_col = _column(header, TABLE_PROBLEM_HEADER_RE)
        if problem_col is None:
            out.append(lines[i])
            i += 1
            continue
        seq_col = _column(header, TABLE_SEQ_HEADER_RE)
        i += 1
        n = 0
        while i < len(lines):
            row = _cells(lines[i])
            if len(row) < 2:
                if not _table_goes_on(lines, i):
                    break
                out.append(lines[i])  # a blank line or a page mark between two rows
                i += 1
                continue
            n += 1
            out.extend(_row_lines(header, row, problem_col, seq_col, n))
            i += 1
    return "\n".join(out)


def _table_goes_on(lines: list[str], i: int) -> bool:
    """Pages put blank lines, and page marks (- 2 -, 第2页), between a table's rows: the next row continues it."""
    if len(lines[i].strip()) > _PAGE_MARK_WIDTH or not _PAGE_MARK.match(lines[i].strip()):
        return False  # a heading between two tables (②基层党组织建设方面) ends the first
    # A page mark usually stands between blank lines (blank, - 1 -, blank): look past every short line for the row.
    nxt = next((ln for ln in lines[i + 1 : i + 6] if "\t" in ln or len(ln.strip()) > _PAGE_MARK_WIDTH), "")
    return len(_cells(nxt)) >= 2


_PAGE_MARK_WIDTH = 12
_PAGE_MARK = re.compile(r"^[-—–\s\d０-９第页頁共/]*$")  # blank, - 1 -, — 2 —, 第1页 共3页


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.split("\t")] if "\t" in line else []


def _column(header: list[str], pattern: re.Pattern[str]) -> int | None:
    return next((i for i, h in enumerate(header) if pattern.match(_SPACES.sub("", h))), None)


def _row_lines(header: list[str], row: list[str], problem_col: int, seq_col: int | None, n: int) -> list[str]:
    """One row: "N.问题" and a "表头:值" line per other non-empty cell."""
    number = row[seq_col] if seq_col is not None and seq_col < len(row) and row[seq_col] else str(n)
    problem = row[problem_col] if problem_col < len(row) else ""
    lines = [f"{number}.{problem}"]
    for i, value in enumerate(row):
        if i not in (problem_col, seq_col) and value and i < len(header) and header[i]:
            lines.append(f"{_SPACES.sub('', header[i])}:{value}")
    return lines

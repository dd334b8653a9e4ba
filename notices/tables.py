"""Tables pasted as text turned into numbered problems with labelled lines.

A notice copied from a web page, a spreadsheet or a PDF often lists its problems as a table (整改台账):
序号 | 问题 | 整改措施 | 完成时限 | 整改情况. Three text forms of it are read, each known by its header row naming the
columns: cells separated by tabs (Word, Excel, web pages), one cell per line (a web table copied cell by cell) and
columns aligned by runs of spaces (a PDF's text layer). Each row becomes "N.问题" followed by "整改措施:…" lines, the
same shape as a notice written in paragraphs, so that structure and status are read the same way.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from .count_table import TOTAL_WORDS
from .lexicon import (
    COUNT_STATUS_HEADER_RE,
    COUNT_TOTAL_HEADER_RE,
    COUNT_WORD,
    DONE_RE,
    EARLIER_STATUS_HEADER_RE,
    IN_PROGRESS_RE,
    LEDGER_SIGN_OFF_RE,
    LEGEND_MARK_FORMS,
    LONGTERM_RE,
    STATUS_ONLY_RE,
    TABLE_COLUMN_HEADER_RE,
    TABLE_DEADLINE_HEADER_RE,
    TABLE_PROBLEM_HEADER_RE,
    TABLE_SEQ_HEADER_RE,
    TABLE_STATUS_HEADER_RE,
    TABLE_WHO_HEADER_RE,
    TOTAL_ROW_RE,
)
from .normalize import to_simplified, with_mark_forms
from .numbering import NAMED_ENTRY_STYLES, numbering_of
from .status.fields import label_status
from .status.words import classify_status

_SPACES = re.compile(r"\s+")


def text_tables(text: str) -> str:
    """Rewrite each table whose header names a problem column; other text is unchanged (the very object)."""
    found = _text_tables(text)
    return text if found is not text and found == text else found


def _text_tables(text: str) -> str:
    if _has_grid(text):
        text = _grid_tables(text)
    if "|" in text:
        text = _bare_pipe_rows(text)
    if _has_pipe_row(text):
        text = _pipe_rows(text)
    if "\t" in text:
        if _QUOTED_CELL_START.search(text):  # the cheap precheck: a cell opening on a quote
            text = _excel_unquoted(text)
        text = _tab_tables(text)
    if _ORDINAL_LINE_END.search(text):  # the cheap precheck: a record's ordinal ends its own line
        text = _ordinal_records(text)
    if _two_field_firsts(text):  # two problems' labels at least (问题：, 存在问题：, 问题描述：)
        text = _field_lines(text)
    if _two_record_firsts(text):  # two records' first lines at least, indented or not
        text = _problem_records(text)
    if _PROBLEM_HEAD_GAP.search(text):  # a header cell naming the problems, then spaces before the next column
        text = _two_column_tables(text)
    # The untabbed forms open on a header line starting with 序号/编号: a notice without the word pays a scan for
    # one character, one without such a line one search of the text.
    if not _has_seq_word(text):
        return text
    if _RECORD_SEQ.search(text):
        text = _records(text)
    if _OCR_HEADER_LINE.search(text):
        text = _rewritten(text, _ocr_row_table)
    if _STATUS_FIRST_HEADER.search(text):  # the cheap precheck: a column's name before 序号 at a line's start
        text = _status_columns_last(text)
    if _SEQ_HEADER_LINE.search(text) is None:
        return text
    return _untabbed_tables(text)


# A ledger whose STATUS column comes first, before 序号 (整改状态 | 序号 | 反馈问题 | 整改措施, each row opening on
# its status: 已完成 | 1 | <problem> | <measures>), pasted one cell a line or copied from a fixed-width view with its
# columns padded by runs of spaces (a city bureau's and a town's 台账, round 171). The readers below know a table by
# 序号 opening its header and each row by its number; the status column is moved to the row's end, where a ledger
# prints it most often, and each row is read as any other. Only a table whose rows all open on status words moves.
_STATUS_FIRST_HEADER = re.compile(
    r"^[ \u3000]*(?P<h>[^\s序编編]\S{1,7})(?:[ \u3000]*\n[ \u3000]*| {2,}|\u3000+)(?:序号|序號|编号|編號)"
    r"(?:[ \u3000]*$| {2,}|\u3000)",
    re.M,
)
_STATUS_FIRST_WIDTH = 8
_STATUS_FIRST_COLUMNS = 10  # a ledger's columns at most


def _status_first_cell(cell: str) -> bool:
    """A status column's cell: status words alone (已完成, 正在整改, 长期坚持)."""
    cell = cell.strip()
    return 1 < len(cell) <= _STATUS_FIRST_WIDTH and classify_status(cell) is not None


def _status_columns_last(text: str) -> str:
    """The text with each status-first table's status column moved after its last column (see above)."""
    lines = text.split("\n")
    moved = False
    for m in list(_STATUS_FIRST_HEADER.finditer(text)):
        if TABLE_STATUS_HEADER_RE.search(m["h"]) is None:
            continue
        i = text.count("\n", 0, m.start())
        moved = (_cells_moved(lines, i) if "\n" in m.group() else _segments_moved(lines, i)) or moved
    return "\n".join(lines) if moved else text  # a text without such a table is given back as it came


def _cells_moved(lines: list[str], i: int) -> bool:
    """A table a cell a line whose header opens at line i: each row's first cell put after its last, in place."""
    k = i + 2
    while k + 1 < len(lines) and not (_status_first_cell(lines[k]) and _seq(lines[k + 1]) is not None):
        k += 1
    width = k - i  # the header's cells, as many as each row's
    if k + 1 >= len(lines) or not 3 <= width <= _STATUS_FIRST_COLUMNS or any(not lines[j].strip() for j in range(i, k)):
        return False
    starts = []
    r, n = k, 1
    while r + width <= len(lines) and _status_first_cell(lines[r]) and _seq(lines[r + 1]) == n:
        starts.append(r)
        r, n = r + width, n + 1
    if len(starts) < 2:
        return False
    for start in [i, *starts]:
        lines[start : start + width] = [*lines[start + 1 : start + width], lines[start]]
    return True


def _segments_moved(lines: list[str], i: int) -> bool:
    """A table aligned by spaces whose header is line i: each line's first column put after its last, in place."""
    heads = _segments(lines[i])
    if len(heads) < 3:
        return False
    cut = heads[1][0]  # where the second column starts: the first column's width, its spaces and all
    rows: list[int] = []
    rests: list[int] = []  # a long cell's wrapped rest, on a line of its own under its column
    n = 1
    for j in range(i + 1, len(lines)):
        parts = _segments(lines[j])
        if not parts and j + 1 < len(lines):
            continue  # a copy's blank line after every line: between the header and a row, two rows, a row and a rest
        if rows and parts and parts[0][0] >= cut and lines[j][:cut].strip() == "":
            rests.append(j)
            continue
        if len(parts) < 3 or not _status_first_cell(parts[0][1]) or _seq(parts[1][1]) != n:
            break
        rows.append(j)
        n += 1
    if len(rows) < 2:
        return False
    for j in rests:
        lines[j] = lines[j][cut:]
    for j in [i, *rows]:
        line = lines[j]
        (_, first), (_, after) = _segments(line)[:2]
        second = line.index(after, len(line) - len(line.lstrip()) + len(first))
        lines[j] = line[second:] + "    " + first
    return True


# A 台账 printed as one record per problem, its fields on lines of their own, the first its number (问题序号:1 /
# 问题描述:… / 整改措施:… / 整改结果:已完成): a hospital's notice lists its problems so. The number field becomes the
# problem's numbering ("1."), its other fields stay labelled lines (问题描述 holds the problem).
_RECORD_SEQ = re.compile(r"^[ \u3000]*(?:问题)?(?:序号|序號|编号|編號)\s*[:：]\s*(?P<n>\d{1,3})\s*$", re.M)


# A notice listing its problems as unnumbered records of two fields (问题：<problem> / 整改：<what was done>): a
# provincial bureau's notice prints them so. Where no problem in the notice is numbered in figures, each 问题： field
# opens a problem ("N.") and its 整改： field is the problem's 整改情况.
_PROBLEM_FIELD = re.compile(r"^[ \u3000]*问题\s*[:：]\s*(?=\S)", re.M)
_RECTIFY_FIELD = re.compile(r"^(?P<indent>[ \u3000]*)整改\s*[:：]", re.M)
_FIGURE_NUMBERED = re.compile(r"^[ \u3000]*(?:\d{1,3}\s*[.、．]|[(（]\s*\d{1,3}\s*[)）]|[①-⑳⒈-⒛]|问题\s*\d)", re.M)


def _problem_records(text: str) -> str:
    """'问题：…' / '整改：…' records as numbered problems with their 整改情况, where the notice numbers none; numbered
    afresh under each area heading (一、/(一)), as unnumbered problems are (layouts L13)."""
    if len(_PROBLEM_FIELD.findall(text)) < 2 or _FIGURE_NUMBERED.search(text):
        return text
    lines = text.split("\n")
    n = 0
    for i, line in enumerate(lines):
        if _AREA_HEADING.match(line):
            n = 0
        elif m := _PROBLEM_FIELD.match(line):
            n += 1
            lines[i] = f"{n}." + line[m.end() :]
    return _RECTIFY_FIELD.sub(lambda m: f"{m['indent']}整改情况：", "\n".join(lines))


# A ledger typed one line a problem, no header row, each field labelled in its cell and the fields set apart by a bar
# (｜ / |), a tab or a run of spaces: 1｜问题：<problem>｜措施：…｜时限：…｜进度：已完成 (a street's 台账 typed in a
# notice's body, issue 19's round 123, under its aspects' headings, the number leading the line or left out). Each
# such line becomes the problem's numbering "N.<problem>" and a labelled line a field, the shape of a notice written
# in paragraphs; an unnumbered record is numbered under its area as _problem_records numbers them. Only a line opening
# on its problem's label and holding another labelled field after a separator is such a record, and only where two
# are.
_FIELD_SEP = r"(?:[ \u3000]*[｜|¦][ \u3000]*|[ \u3000]*\t[ \u3000]*|[ \u3000]{2,})"
_FIELD_LABEL = r"[\u4e00-\u9fff]{1,8}[ \u3000]*[:：]"
_FIELD_RECORD = re.compile(
    rf"^[ \u3000]*(?:(?P<n>\d{{1,3}})[ \u3000]*(?:{_FIELD_SEP}|[.、．])[ \u3000]*)?"
    rf"(?P<label>[\u4e00-\u9fff]{{0,6}}问题[\u4e00-\u9fff]{{0,2}})[ \u3000]*[:：]"
    rf"(?P<rest>.*{_FIELD_SEP}{_FIELD_LABEL}.*)$",
    re.M,
)
_FIELD_SPLIT = re.compile(rf"{_FIELD_SEP}(?={_FIELD_LABEL})")
_FIELD_FIRST = re.compile("问题[\u4e00-\u9fff]{0,2}[ \u3000]*[:：]")  # the literal first: the cheap precheck


def _two_field_firsts(text: str) -> bool:
    first = _FIELD_FIRST.search(text)
    return first is not None and _FIELD_FIRST.search(text, first.end()) is not None


def _field_lines(text: str) -> str:
    """Lines of labelled fields (N｜问题：…｜措施：…｜进度：…) as numbered problems with their labelled lines."""
    records = [m for m in _FIELD_RECORD.finditer(text) if TABLE_PROBLEM_HEADER_RE.match(m["label"])]
    if len(records) < 2:
        return text
    at = {m.start(): m for m in records}
    lines, out, offset, n = text.split("\n"), [], 0, 0
    for line in lines:
        m = at.get(offset)
        offset += len(line) + 1
        if m is None:
            if _AREA_HEADING.match(line):
                n = 0
            out.append(line)
            continue
        n += 1
        problem, *fields = _FIELD_SPLIT.split(m["rest"].strip())
        out.append(f"{m['n'] or n}.{problem.strip()}")
        out.extend(re.sub(r"[ \u3000]*([:：])[ \u3000]*", r"\1", field.strip(), count=1) for field in fields)
    return "\n".join(out)


# An area's heading over records (一、在…方面 / （二）…): the records under it are numbered from 1 again.
_AREA_HEADING = re.compile(
    r"^[ \u3000]*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（]\s*[一二三四五六七八九十]{1,3}\s*[)）])"
)


# A record's number printed as an ordinal alone on its line above the record's fields (第1项 / 问题：<problem> /
# 整改措施：… / 完成时限：…): a county enterprise's blocks (issue 19's round 90), as 问题序号:1 heads a hospital's
# records; the ordinal becomes the numbering ("1.") of the 问题： field's line, as _problem_records numbers such
# fields, and the other fields stay labelled lines. A copy with a blank line after every line (a page's paragraphs)
# puts blank lines between the ordinal and its field: they are passed over.
_ORDINAL_RECORD = re.compile(
    r"^[ \u3000]*第(?P<n>\d{1,3})项[ \u3000]*\n(?:[ \u3000]*\n)*[ \u3000]*问题\s*[:：]\s*(?=\S)", re.M
)


def _ordinal_records(text: str) -> str:
    """'第1项' lines over a record's 问题： field as the numbering '1.' of the problem, where the notice has two or
    more."""
    if len(_ORDINAL_RECORD.findall(text)) < 2:
        return text
    return _ORDINAL_RECORD.sub(lambda m: f"{m['n']}.", text)


# The prechecks' literals as patterns: the engine scans for a literal's first character in one tight loop, where
# `in` and str.count on a text of Chinese pay a two-character search's skips at every character (two counts, twice).
_ORDINAL_LINE_END = re.compile("项\n")
_RECORD_FIRST = re.compile("问题[:：]")


def _two_record_firsts(text: str) -> bool:
    """Whether 问题： or 问题: stands twice in text (as text.count of each summed >= 2), found in one scan."""
    first = _RECORD_FIRST.search(text)
    return first is not None and _RECORD_FIRST.search(text, first.end()) is not None


def _records(text: str) -> str:
    """'问题序号:1' lines as the numbering '1.' of the record below them, where the notice has two or more."""
    if len(_RECORD_SEQ.findall(text)) < 2:
        return text
    return _RECORD_SEQ.sub(lambda m: f"{m['n']}.", text)


def _has_seq_word(text: str) -> bool:
    """Whether 序号/编号 (序號/編號) occurs: found by its rarer second character (a two-character search is slower)."""
    for mark in "号號":
        i = text.find(mark, 1)
        while i > 0:
            if text[i - 1] in "序编編":
                return True
            i = text.find(mark, i + 1)
    return False


# A header line: 序号 alone (a cell per line) or followed by a run of spaces (columns aligned by spaces).
_SEQ_HEADER_LINE = re.compile(r"^[ \u3000]*(?:序号|序號|编号|編號)(?:[ \u3000]*$| {2,}|\u3000)", re.M)


def _has_pipe_row(text: str) -> bool:
    """Whether a line opens on |: found by its character (rare outside tables and menus), not by a line scan."""
    i = text.find("|")
    while i >= 0:
        start = i
        while start > 0 and text[start - 1] in " \u3000":  # an indented row opens on | too
            start -= 1
        if start == 0 or text[start - 1] == "\n":
            return True
        i = text.find("|", i + 1)
    return False


_RULE_CELL = frozenset("-:： ")


def _pipe_rows(text: str) -> str:
    """A web page's table as its text extraction prints it (| 序号 | 问题内容 | … |, a row a line): its rows as tabs.

    Only a table whose first row names its columns (序号 first, a problem column among them) is touched; markdown's
    rule row (|---|---|) goes."""
    lines = text.split("\n")
    out: list[str] = []
    in_table = False
    for k, line in enumerate(lines):
        cells = _pipe_cells(line)
        if cells is None:
            # a blank line or a page number between two rows, or a merged row naming the area of the rows under it
            # (一、…方面 between a 台账's rows), flattened out of the table by the extraction
            in_table = in_table and (_page_mark(line) or _heading_between_pipe_rows(lines, k))
        elif not in_table and (_names_a_table(cells) or _entry_pipe_header(cells, lines, k)):
            in_table = True
        if in_table and cells is not None:
            # markdown's rule row, its alignment colons typed full-width where a Chinese input method typed the
            # table (|：---：|, as it types a sentence's ：)
            if not all(set(c) <= _RULE_CELL for c in cells):
                out.append("\t".join(cells))
            continue
        out.append(line)
    return "\n".join(out)


# A Markdown table may leave out its outer pipes (序号 | 存在问题 | 整改措施 | 完成情况 over ---|---|---|---), as
# some editors export one and as GFM allows: its header is known by the delimiter row right under it, which GFM
# requires. Header, delimiter and each following line holding a | are given their outer pipes, so that the pipe
# reader reads them; the table ends at the first line without one.
_DELIMITER_ROW = re.compile(
    r"^[ \u3000]*\|?[ \u3000]*[:：]?-+[:：]?[ \u3000]*(?:\|[ \u3000]*[:：]?-+[:：]?[ \u3000]*)+\|?[ \u3000]*$"
)


def _bare_pipe_rows(text: str) -> str:
    """The rows of each Markdown table printed without outer pipes, given them; other text is unchanged. A copy
    that sets a blank line after every line puts one between the header, the delimiter and each row: passed over."""
    lines = text.split("\n")
    k = 1
    found = False
    while k < len(lines):
        head = k - 1 if lines[k - 1].strip() or k < 2 else k - 2
        if "-" in lines[k] and _DELIMITER_ROW.match(lines[k]) and _bare_pipe_row(lines[head]):
            for row in (head, k):
                lines[row] = f"| {lines[row].strip().strip('|')} |"
            k += 1
            while k < len(lines):
                at = k + 1 if not lines[k].strip() and k + 1 < len(lines) else k
                if not _bare_pipe_row(lines[at]):
                    break
                lines[at] = f"| {lines[at].strip()} |"
                k = at + 1
            found = True
        elif "|" in lines[k - 1] and _undelimited_header(lines, k - 1):
            # 序号 | 问题 | 整改状态 over 1 | <problem> | 已完成 with no delimiter row: a table typed or flattened to
            # text with bars between its cells (an 附表 after a college's signature, issue 19's round 163), known
            # by its header naming a numbered table and the numbered rows of as many cells under it
            k -= 1
            while k < len(lines):
                at = _filled(lines, k)  # a copy's blank line after each row passed over, as above
                if not _bare_pipe_row(lines[at]):
                    break
                lines[at] = f"| {lines[at].strip()} |"
                k = at + 1
            found = True
        k += 1
    return "\n".join(lines) if found else text


def _filled(lines: list[str], k: int) -> int:
    """Line k, or the line after it where k is a blank line a copy set between paragraphs."""
    return k + 1 if not lines[k].strip() and k + 1 < len(lines) else k


def _undelimited_header(lines: list[str], k: int) -> bool:
    """Whether line k is a table's header row without outer pipes and with no delimiter row under it: its cells name a
    numbered table (序号 first, a problem column) and the next line is a row of as many cells opening on a number."""
    below = _filled(lines, k + 1) if k + 1 < len(lines) else k + 1
    if not _bare_pipe_row(lines[k]) or below >= len(lines) or not _bare_pipe_row(lines[below]):
        return False
    head = [c.strip() for c in lines[k].strip().split("|")]
    row = [c.strip() for c in lines[below].strip().split("|")]
    return len(row) == len(head) >= 2 and row[0].isdigit() and _names_a_table(head)


def _bare_pipe_row(line: str) -> bool:
    """A row of a table without outer pipes: cells apart by |, not opening on one (an outer-piped row is read as is)."""
    line = line.strip()
    return "|" in line and not line.startswith("|") and not line.endswith("|")


# --- tables drawn with lines --------------------------------------------------------------------------------------
# Console tools and some converters draw a table with box-drawing characters (┌─┬─┐ / │ cell │ / ├─┼─┤ / └─┴─┘, in
# light, heavy or double strokes) or an ASCII grid (+----+----+ / | cell |), a long cell wrapped over several lines
# inside its column. A row is the lines between two rules: each column's pieces joined. Where no rule stands between
# rows (only under the header, as some tools draw), a line whose number cell is filled opens a row and the lines
# under it with that cell empty carry its cells' rest. The rows come out as pipe rows (| 1 | … |) for the pipe reader.
# The drawing's last corner, light, heavy, double or rounded (a drawn table closes on one): each found by one search
# for a character whose code is rare in a notice's text (a stroke such as ─ shares its low byte with ASCII, which a
# search for it stops at); an ASCII grid by its + first.
_LAST_CORNERS = ("┘", "┛", "╝", "╯")


def _has_grid(text: str) -> bool:
    """The cheap precheck: a drawn table's last corner, or an ASCII grid's +-, stands in the text."""
    return any(corner in text for corner in _LAST_CORNERS) or ("+" in text and "+-" in text)


_RULE_LINE = re.compile(
    r"^[ \u3000]*[┌┏╔╭├┣╠╞┝┠└┗╚╰╟┡┢+][─━═\-+┬┳╦╤┯┰┼╋╬╪┿╂┴┻╩╧┷┸=: ]*[┐┓╗╮┤┫╣╡┥┨┘┛╝╯╢┩┪+]?[ \u3000]*$"
)
_GRID_BARS = "│┃║|"


def _grid_tables(text: str) -> str:
    """Each table drawn with rules and bars as pipe rows, a row a line; other text is unchanged. A copy that sets a
    blank line after every line puts one between the drawing's lines: passed over."""
    lines = [*text.split("\n"), ""]  # the blank line closing the last drawing, left out again below
    out: list[str] = []
    i = 0
    found = False
    while i < len(lines) - 1:
        if not _RULE_LINE.match(lines[i]) or _grid_cells(lines[_drawn_next(lines, i + 1)]) is None:
            out.append(lines[i])
            i += 1
            continue
        blocks: list[list[list[str]]] = []  # the cell lines between each two rules
        drawn = i
        while _RULE_LINE.match(lines[i]):
            i = _drawn_next(lines, i + 1)
            block: list[list[str]] = []
            while (cells := _grid_cells(lines[i])) is not None:
                block.append(cells)
                i = _drawn_next(lines, i + 1)
            if block:
                blocks.append(block)
        rows = [row for block in blocks for row in _grid_rows(block)]
        if not _names_a_table(rows[0]):  # a box drawn round anything else (a frame, a chart) stays as drawn
            out.extend(lines[drawn:i])
            continue
        out.extend(f"| {' | '.join(row)} |" for row in rows)
        found = True
    return "\n".join(out) if found else text


def _drawn_next(lines: list[str], i: int) -> int:
    """The index of the drawing's next line from i, past one blank line where a rule or a row follows it; lines
    ends on a blank line, which no index passes."""
    i = min(i, len(lines) - 1)
    if not lines[i].strip() and i + 1 < len(lines) and (_RULE_LINE.match(lines[i + 1]) or _grid_cells(lines[i + 1])):
        return i + 1
    return i


def _grid_cells(line: str) -> list[str] | None:
    """A drawn row's cells, where the line opens and closes on a bar."""
    line = line.strip()
    if len(line) < 3 or line[0] not in _GRID_BARS or line[-1] not in _GRID_BARS:
        return None
    return [c.strip() for c in re.split(r"[│┃║|]", line[1:-1])]


def _grid_rows(block: list[list[str]]) -> list[list[str]]:
    """The rows of the lines between two rules: one row, or, where two or more of its lines open on a number (no rule
    between rows), a row at each such line, the lines under it its cells' rest."""
    width = max(map(len, block))
    numbered = [_seq(cells[0]) is not None for cells in block]
    split = numbered[0] and sum(numbered) > 1
    rows: list[list[list[str]]] = []
    for cells, opens in zip(block, numbered, strict=True):
        if not rows or (split and opens):
            rows.append([[] for _ in range(width)])
        for col, cell in enumerate(cells[:width]):
            if cell:
                rows[-1][col].append(cell)
    return [[_joined_pieces(pieces) for pieces in row] for row in rows]


def _joined_pieces(pieces: list[str]) -> str:
    """A wrapped cell's pieces as one: Chinese joins without a space, two Latin words with one."""
    out = ""
    for piece in pieces:
        out += (
            " " if out and out[-1].isascii() and out[-1].isalpha() and piece[0].isascii() and piece[0].isalpha() else ""
        )
        out += piece
    return out


def _names_a_table(cells: list[str]) -> bool:
    """Whether a row is the header of a table the tab reader reads: problems (or their classes) by number, a
    closing table of statuses by problem number or listing the problems of each status, or a count table."""
    names = [to_simplified(c) for c in cells]
    if names and TABLE_SEQ_HEADER_RE.match(names[0]) and _column(names, TABLE_PROBLEM_HEADER_RE) is not None:
        return True  # 序号 first and a problem column, whatever the others are called (责任处室): as the tab reader
    if len(names) >= 3 and TABLE_SEQ_HEADER_RE.match(names[1]) and TABLE_STATUS_HEADER_RE.search(names[0]):
        # 整改状态 | 序号 | 反馈问题 | …: a ledger printing its status column first (issue 19's round 168), read by the
        # tab reader as any other; its first column names the status, its second the number
        return _column(names, TABLE_PROBLEM_HEADER_RE) is not None
    return (
        _header(names) is not None
        or _class_column_as_problems(names) is not None
        or _numbered_status_header(names)
        or _listed_status_header(names) is not None
        or _count_header(names)
    )


def _entry_pipe_header(cells: list[str], lines: list[str], k: int) -> bool:
    """Whether a pipe row is the header of a task list numbered by its entries (事项 | 存在问题 | … over | 事项1 | …:
    the pasted 整改事项清单 of _entry_column published as a web page's table, round 158): a problem column, and the
    first row under it (past a Markdown rule row and the area headings flattened out of the table) opens on an
    entry's label."""
    if not cells or cells[0][:1] not in _ENTRY_FIRSTS or not _ENTRY_HEADER.match(_SPACES.sub("", cells[0])):
        return False
    if _column([to_simplified(c) for c in cells], TABLE_PROBLEM_HEADER_RE) is None:
        return False
    for line in lines[k + 1 : k + 4]:
        row = _pipe_cells(line)
        if row is not None and not all(set(c) <= _RULE_CELL for c in row) and any(row[1:]):
            return _entry_label(row[0])
    return False


def _heading_between_pipe_rows(lines: list[str], k: int) -> bool:
    """Whether line k is a short numbered heading with a table row right after it."""
    line = lines[k].strip()
    if len(line) > _HEADING_ROW_WIDTH or not _HEADING_ROW.match(line):
        return False
    return k + 1 < len(lines) and _pipe_cells(lines[k + 1]) is not None


def _pipe_cells(line: str) -> list[str] | None:
    line = line.strip()
    if len(line) < 3 or line[0] != "|" or line[-1] != "|":
        return None
    if "<" in line:  # a cell's line breaks as Markdown writes them (<br>): its pieces joined as a wrapped cell's
        line = _BR.sub(_br_joined, line)
    return [c.strip() for c in line[1:-1].split("|")]


_BR = re.compile(r"\s*<br\s*/?>\s*", re.I)


def _br_joined(m: re.Match[str]) -> str:
    """Nothing between Chinese (…不规范；<br>2个…), a space between two Latin words (as _joined_pieces joins)."""
    before, after = m.string[m.start() - 1 : m.start()], m.string[m.end() : m.end() + 1]
    return " " if before.isascii() and before.isalnum() and after.isascii() and after.isalnum() else ""


def _tab_tables(text: str) -> str:
    """Rewrite each tab-separated table (Word, Excel and web pages copy a row to a line, cells split by tabs)."""
    out: list[str] = []
    lines = text.split("\n")
    i = 0
    captions = 0  # the status captions numbered as parts so far (-1: the text has parts of its own)
    while i < len(lines):
        header = _cells(to_simplified(lines[i]) if "\t" in lines[i] else "")  # 序號 / 存在問題 in traditional script
        if header and max(map(len, header)) > _HEADER_CELL_WIDTH:
            header = []  # a paragraph, not a header row: see _HEADER_CELL_WIDTH
        printed = [lines[i]]  # the header's rows as printed, which a table's next part may print again
        if header and (two := _two_row_header(header, lines, i)) is not None:
            # the second header row read into the first: the rows follow it (past the blank line a copy that sets
            # one after every line puts between the two)
            header, i = two, i + 1 + (not lines[i + 1].strip())
            printed.append(lines[i])
        problem_col = _column(header, TABLE_PROBLEM_HEADER_RE)
        if problem_col is not None and _counts_problems(header, problem_col, lines, i):
            i = _count_rows(lines, i + 1, header, out)
            continue
        if problem_col is None and header:
            problem_col = _class_column_as_problems(header)
        if problem_col is None:
            if _numbered_status_header(header):
                i = _status_rows(lines, i + 1, _column(header, TABLE_STATUS_HEADER_RE) or 1, header, out)
                continue
            if (listed := _listed_status_header(header)) is not None:
                i = _listed_rows(lines, i + 1, listed, out)
                continue
            if _count_header(header):
                i = _count_rows(lines, i + 1, header, out)
                continue
            out.append(lines[i])
            i += 1
            continue
        seq_col = _column(header, TABLE_SEQ_HEADER_RE)
        if seq_col is None and header[0][:1] in _ENTRY_FIRSTS:  # the cheap precheck: a first column named 事项 / 任务
            seq_col = _entry_column(header, lines, i)
        captions = _status_caption(out, text, captions)
        below = _under_figure_heading(lines, i)
        i += 1
        shape = _Shape(len(header), seq_col, _column(header, _CATEGORY_HEADER), _status_last(header))
        read, i = _tab_rows(lines, i, frozenset(map(_row_key, printed)), shape)
        for col, name in enumerate(header):  # a status column (not a deadline's 完成时限) of marks
            bare = _SPACES.sub("", name)
            if TABLE_STATUS_HEADER_RE.search(bare) and not TABLE_DEADLINE_HEADER_RE.search(bare):
                read = _legend_marks_read(read, col, text)
        if (ticks := _tick_columns(header)) >= 2 and len(header) > ticks + 1:
            # columns named by the statuses, a mark in the one that holds: one status column, the marks' names
            read = [entry if isinstance(entry, str) else _ticks_named(entry, header, ticks) for entry in read]
            header = [*header[:-ticks], _TICKS_AS]
        if _column(header, TABLE_PROBLEM_HEADER_RE) == problem_col:  # a problem column, not classes read as problems
            read = _measure_rows_joined(read, header, problem_col, seq_col)
        n = 0
        classes: list[str] = []
        for entry in read:
            if isinstance(entry, str):
                out.append(entry)
                continue
            n += 1
            # rows no 序号 numbers, under a class column: each numbered by its place under its class, as the genre's
            # unnumbered problems under an area are (a township's web table without 序号, round 123)
            if seq_col is None and shape.category not in (None, problem_col) and _new_class(entry, shape, classes):
                n = 1
            rows = _row_lines(header, entry, problem_col, seq_col, n, classes if len(classes) < 19 else None)
            out.extend(_below_heading(rows) if below else rows)
    return "\n".join(out)


# A range copied out of Excel reaches the clipboard as tab-separated rows in which a cell holding a line break (typed
# with Alt+Enter), a tab or a quote is wrapped in quotes and its own quotes doubled ("1.…\n2.…", "落实""三会一课""…"):
# a ledger pasted so into a chat splits such a cell's row at its breaks, the lines after it read as rows of their own
# (issue 19's round 110, a township's ledger pasted from Excel). Each well-formed quoted cell is unwrapped, its lines
# joined by spaces as the workbook reader joins a cell's own breaks (notices.xlsx); a quote that does not close a
# cell (a Word table's cell opening on "三会一课" is copied unquoted) leaves its line as it is.
_QUOTED_CELL_START = re.compile(r'(?:^|\t)"', re.M)
_QUOTED_CELL_LINES = 30  # a cell's paragraphs, at most (_MAX_CELL_LINES)


def _excel_unquoted(text: str) -> str:
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        row, used = _quoted_row(lines, i) if "\t" in lines[i] or lines[i].startswith('"') else (None, 1)
        out.append(lines[i] if row is None else "\t".join(row))
        i += used
    return "\n".join(out)


def _quoted_row(lines: list[str], i: int) -> tuple[list[str] | None, int]:
    """The cells of the row opening on line i with Excel's quoted cells unwrapped, and the lines it took; None where
    no cell is quoted, or a quote does not close a cell within a cell's lines."""
    cells: list[str] = []
    line, at, used, quoted = lines[i], 0, 1, False
    while True:
        if not line.startswith('"', at):
            end = line.find("\t", at)
            cells.append(line[at:] if end < 0 else line[at:end])
            if end < 0:
                return (cells if quoted and len(cells) > 1 else None), used
            at = end + 1
            continue
        parts: list[str] = []
        at += 1
        while True:  # the cell's text up to its closing quote, over its lines
            close = line.find('"', at)
            if close < 0:
                if used >= _QUOTED_CELL_LINES or i + used >= len(lines):
                    return None, 1
                parts.append(line[at:] + "\n")
                line, at, used = lines[i + used], 0, used + 1
                continue
            if line.startswith('"', close + 1):  # a doubled quote: one quote of the text
                parts.append(line[at : close + 1])
                at = close + 2
                continue
            if close + 1 < len(line) and line[close + 1] != "\t":
                return None, 1  # a quote inside the cell's words: no cell of Excel's
            parts.append(line[at:close])
            break
        quoted = True
        cells.append(" ".join(p.strip() for p in "".join(parts).split("\n") if p.strip()))
        if close + 1 >= len(line):
            return (cells if len(cells) > 1 else None), used  # a row of the table, not a quoted paragraph
        at = close + 2


# A ledger running over pages prints its header row again atop each page (Word's repeated header row, w:tblHeader; a
# PDF's), or is cut into two tables by a page break, each opening on the header (issue 19's round 110, a college's
# Word ledger): the header printed again between the rows is no row, and the rows after it go on the same table.
def _row_key(line: str) -> str:
    return _SPACES.sub("", to_simplified(line))


# The label of a ledger's totals row, alone in its first cell (合计, 合 计, 总计：).
_TOTAL_CELL = re.compile("^(?:" + "|".join(r"\s*".join(word) for word in TOTAL_WORDS) + r")\s*[:：]?$")
_TOTAL_FIRSTS = frozenset(word[0] for word in TOTAL_WORDS)


def _tab_rows(
    lines: list[str], i: int, headers: frozenset[str] = frozenset(), shape: _Shape | None = None
) -> tuple[list[str | list[str]], int]:
    """A tab table's rows (their cells) from line i and the lines between them, in order; the line after it. A line
    repeating a header row (`headers`, as _row_key gives them) is dropped; a row broken over lines by its cells'
    own paragraphs is joined again where the header's `shape` is given (see _broken_row)."""
    read: list[str | list[str]] = []
    firsts = {h[:1] for h in headers}  # the cheap precheck: a header row's first character
    while i < len(lines):
        if firsts and to_simplified(lines[i].lstrip()[:1]) in firsts and _row_key(lines[i]) in headers:
            i += 1
            continue
        row = _cells(lines[i])
        if len(row) < 2:
            if not (_table_goes_on(lines, i) or _spanning_heading(lines, i)):
                break
            read.append(lines[i])  # a blank line, a page mark or a heading row between two rows
        elif row[0][:1] in _TOTAL_FIRSTS and _TOTAL_CELL.match(row[0]):
            # the ledger's totals row under its last problem (合计 | 共10个问题，已完成6个，正在整改4个): no record but
            # the counts the ledger states, the line the genre prints (合计：…) (a state-owned group's .xlsx, round 116)
            read.append(_SPACES.sub("", row[0]).rstrip(":：") + "：" + "，".join(c for c in row[1:] if c))
        elif not row[0][:1].isdigit() and _count_header(row):
            break  # a count table's header under the ledger (its 汇总 read after it, round 138): the ledger ends
        elif LEDGER_SIGN_OFF_RE.match(row[0]):
            # the ledger's sign-off row (填报单位（盖章）：… | 填报时间： | 2024年11月8日): no record, and the
            # table's end; its cells one line, as the row pastes, so that a date typed in a cell after its label
            # stays with it (a form filled in cell by cell: a township's .xls ledger, round 114)
            read.append(" ".join(c for c in row if c))
            i += 1
            break
        else:
            if shape is not None and (len(row) < shape.width or shape.status_last):
                row, used = _broken_row(lines, i, row, shape)
                i += used - 1
                row = _rowspan_filled(row, shape)
            # a row merged across the table, its first cell the aspect heading its rows and the others empty (a web
            # page's colspan row flattened with its empty cells, round 105): the heading line _spanning_heading reads
            read.append(row[0] if not any(row[1:]) and _HEADING_ROW.match(row[0]) else row)
        i += 1
    return read, i


# A table copied from a web page in a browser, or a Word table saved as plain text, keeps a cell's own paragraphs
# apart by line breaks that nothing quotes (Excel's clipboard quotes them: _excel_unquoted): a row's cells after a
# cell of two paragraphs (1.… / 2.… measures) go on the next physical line, and a status cell of two paragraphs
# (已完成 / 长期坚持) leaves its second alone on a line (issue 19's round 123: a township's web table copied from the
# browser, a city bureau's Word table saved as .txt). The header says how many cells a row holds: the lines after a
# row short of them whose cells, the first joined to the row's last, fill the row and no more are the row's; a line
# opening on the next row's number never is. A browser drops the cell a rowspan covers (a class printed once over
# its rows): a row one cell short is whole where the next line would overfill it (_rowspan_filled).
@dataclass(frozen=True)
class _Shape:
    width: int  # the header's cells
    seq: int | None  # the 序号 column
    category: int | None  # the 问题类别 column, which a browser's copy drops under its rowspan
    status_last: bool  # the last column names the status


def _new_class(row: list[str], shape: _Shape, classes: list[str]) -> bool:
    """Whether the row opens a class of its own: its class cell printed, and not the class above printed again."""
    cell = _cell(row, shape.category) if shape.category is not None else ""
    return bool(cell) and (not classes or classes[-1] != cell)


def _status_last(header: list[str]) -> bool:
    return bool(header) and TABLE_STATUS_HEADER_RE.search(_SPACES.sub("", header[-1])) is not None


_STATUS_PARAGRAPH_WIDTH = 12  # 长期坚持, 持续推进中: a status cell's second paragraph is a few words


def _broken_row(lines: list[str], i: int, row: list[str], shape: _Shape) -> tuple[list[str], int]:
    """The row opening on line i with the lines its cells' paragraphs broke off joined to it, and the lines it took."""
    best, used = row, 1
    cells, j = list(row), i + 1
    while len(cells) < shape.width and j < len(lines) and j - i <= _MAX_CELL_LINES:
        if not lines[j].strip():  # a copy with a blank line after every line (a page's paragraphs): one is passed
            if j + 1 >= len(lines) or not lines[j + 1].strip():
                break
            j += 1
            continue
        pieces = [c.strip() for c in lines[j].split("\t")]
        if len(pieces) > 1 and shape.seq == 0 and _seq(pieces[0]) is not None:
            break  # the next row's number
        if len(cells) + len(pieces) - 1 > shape.width or (_status_cell(cells[-1]) and not _status_cell(pieces[0])):
            break  # the row would overflow, or its status cell ends it (the last where a rowspan cell was dropped)
        cells = [*cells[:-1], _paragraphs(cells[-1], pieces[0]), *pieces[1:]]
        j += 1
        # a joined row ends on a line of cells, whole or one short of a dropped rowspan cell
        if len(pieces) > 1 and len(cells) >= shape.width - (shape.category is not None):
            best, used = cells, j - i
    # a status cell's second paragraph alone on the line after the whole row (已完成 / 长期坚持)
    k = i + used
    if k + 1 < len(lines) and not lines[k].strip():
        k += 1  # past the blank line a copy puts after every line
    if (
        shape.status_last
        and len(best) >= shape.width - (shape.category is not None)
        and best[-1]
        and k < len(lines)
        and "\t" not in lines[k]
        and 0 < len(tail := lines[k].strip()) <= _STATUS_PARAGRAPH_WIDTH
        and _status_cell(tail)
        and _status_cell(best[-1])
    ):
        best, used = [*best[:-1], _paragraphs(best[-1], tail)], k + 1 - i
    return best, used


def _status_cell(cell: str) -> bool:
    """A cell holding a status and nothing else: 已完成, 正在推进, 已完成 长期坚持."""
    return bool(cell) and STATUS_ONLY_RE.fullmatch(_SPACES.sub("", cell).rstrip("。；;")) is not None


def _paragraphs(first: str, then: str) -> str:
    """A cell's two paragraphs as one line, spaced as the workbook reader joins a cell's breaks."""
    return f"{first} {then}" if first and then else first or then


def _rowspan_filled(row: list[str], shape: _Shape) -> list[str]:
    """A row one cell short with the class cell a browser dropped under its rowspan put back empty: where the cell in
    the class column is a sentence (a class names a heading, never a clause) and the row's last cell a status."""
    c = shape.category
    if c is None or len(row) != shape.width - 1 or c >= len(row) or not _SENTENCE.search(row[c]):
        return row
    if not (shape.status_last and _status_cell(row[-1])):
        return row
    return [*row[:c], "", *row[c:]]


# A ledger whose rows are MEASURES (整改台账 with a row per 整改措施): one problem spans the rows of its measures, its
# cell merged down them (Word's vMerge and Excel's merged ranges repeat it on each row as the readers give it, a web
# page's rowspan is copied where the rows are numbered) or printed on the first and left empty below, each row with
# its own status (issue 19's round 105: a Word table, an Excel ledger, a web page's). The rows of one problem are one
# record: its measures and other cells joined in their order, its status cells joined with the open ones first, so
# that the status reader takes the problem as the genre does (done only when every measure is, open while one is,
# kept up where one is 长期坚持 and the rest done, round 16). The 序号 then numbers the problem (printed once or
# merged: 1, 1), its measures (1-1, 1-2: the problem's number before the hyphen), or the measures running on across
# the problems (1, 2, 3 …): then no problem prints a number of its own, and each is numbered by its order.
_MEASURE_NUMBER = re.compile(r"^(\d{1,3})\s*[-－—–.．]\s*\d{1,3}$")
_OPEN_FIRST = {"in_progress": 0, None: 1, "done_longterm": 2, "done": 3}


def _measure_rows_joined(
    read: list[str | list[str]], header: list[str], problem: int, seq: int | None
) -> list[str | list[str]]:
    """The rows with each problem's measure rows joined into one (see above); the lines between them kept after it."""
    groups: list[list[list[str]]] = []  # per record: its rows
    out: list[str | list[str]] = []
    held: list[str] = []  # lines met since the last row: they stand after the record if it goes on
    for entry in read:
        if isinstance(entry, str):
            held.append(entry)
            continue
        if groups and all(not h.strip() or _page_mark(h) for h in held) and _goes_on(groups[-1], entry, problem, seq):
            groups[-1].append(entry)
            continue
        out.extend(held)
        held = []
        groups.append([entry])
        out.append(entry)  # replaced by the joined record below
    out.extend(held)
    if all(len(g) == 1 for g in groups):
        return read  # no problem spans two rows: the table as read
    numbering = next((how for g in groups if seq is not None and (how := _measure_numbering(g, seq))), None)
    records = iter(groups)
    return [e if isinstance(e, str) else _joined(next(records), header, problem, seq, numbering) for e in out]


def _goes_on(rows: list[list[str]], row: list[str], problem: int, seq: int | None) -> bool:
    """Whether a row continues the record above: the same problem cell, or its problem and number cells empty."""
    cell = _cell(row, problem)
    if cell:
        return cell == _cell(rows[0], problem)
    return (seq is None or not _cell(row, seq)) and any(row)


def _measure_numbering(rows: list[list[str]], seq: int) -> str | None:
    """How a record's rows number their measures: running on (1, 2 over one problem: "order"), under the problem's
    number (1-1, 1-2: "prefix"), or not at all (the problem's number merged or printed once: None)."""
    numbers = [_cell(r, seq) for r in rows if _cell(r, seq)]
    if len(set(numbers)) < 2:
        return None
    if all(_seq(n) is not None for n in numbers):
        return "order"
    prefixes = {m.group(1) if (m := _MEASURE_NUMBER.match(n)) else None for n in numbers}
    return "prefix" if len(prefixes) == 1 and None not in prefixes else None


def _joined(
    rows: list[list[str]], header: list[str], problem: int, seq: int | None, numbering: str | None
) -> list[str]:
    """A record's rows as one row: each column's distinct cells in order joined by ；, a status column's with the
    open ones first; its number the problem's."""
    row = list(rows[0]) if len(rows) == 1 else []  # a problem of one row: only its number to read
    for col in range(max(map(len, rows)) if len(rows) > 1 else 0):
        shown = list(dict.fromkeys(c for r in rows if (c := _cell(r, col))))  # a merged cell repeated is one
        name = _SPACES.sub("", header[col]) if col < len(header) else ""
        if name and TABLE_STATUS_HEADER_RE.search(name):
            shown.sort(key=lambda c: _OPEN_FIRST[label_status(name, c)])
        row.append((shown or [""])[0] if col in (problem, seq) else "；".join(c.rstrip("。；;") for c in shown))
    if seq is not None and seq < len(row) and numbering is not None:
        first = _MEASURE_NUMBER.match(row[seq])
        row[seq] = "" if numbering == "order" else (first.group(1) if first else row[seq])
    return row


def _cell(row: list[str], col: int) -> str:
    return row[col] if col < len(row) else ""


# A class heading numbered in figures standing over a table of its own problems (8.<class> / 序号 | 具体问题 | 整改措施
# | 完成情况: a provincial university's page under 省委巡视 keeps each class of its third aspect in a table of its own,
# issue 19's round 104). The rows, written "N.<problem>", would be numbered in the heading's own family (8. then 1. 2.
# 3. 4. then 9.) and the heading read as a problem among them; they are written a level below it, (N)<problem>, as
# the genre's four-level notices number the problems of a 1./2. class. Only a short line numbered in figures, the
# last one before the header row, is such a heading.
_FIGURE_HEADING = re.compile(r"^[ \u3000]*\d{1,2}[.．、](?!\d)\S")
_FIGURE_ROW = re.compile(r"(\d{1,3})\.")


def _under_figure_heading(lines: list[str], i: int) -> bool:
    line = next((ln for ln in reversed(lines[max(0, i - 3) : i]) if ln.strip()), "")
    return "\t" not in line and len(line.strip()) <= _HEADING_ROW_WIDTH and _FIGURE_HEADING.match(line) is not None


def _below_heading(rows: list[str]) -> list[str]:
    """A row's lines with its "N." problem line numbered "(N)"; a class cell's heading line and the fields stay."""
    out = list(rows)
    k = next((k for k, line in enumerate(out) if _FIGURE_ROW.match(line)), None)
    if k is not None and (m := _FIGURE_ROW.match(out[k])):
        out[k] = f"（{m.group(1)}）{out[k][m.end() :]}"
    return out


# A ledger kept in parts by status, each part's table captioned by its status alone (已完成 | 未完成 / 正在推进 /
# 长期坚持: a college's Excel workbook whose sheets are named so, each sheet's table numbered from 1 again, issue 19's
# round 101; a document's tables one after another under such captions): the caption heads its rows as a status part
# does, and is numbered as the genre numbers its parts (一、已完成 / 二、未完成), where the text numbers no parts of
# its own (a ledger's area rows 一、…方面 between its rows are its parts: then captions are left as printed).
_STATUS_CAPTION_WIDTH = 10
_TOP_PART = re.compile(r"^[ \u3000]*[一二三四五六七八九十]{1,2}[、.．]", re.M)


def _status_caption(out: list[str], text: str, captions: int) -> int:
    """Number the status caption right above a table's header (the last line written) as a part; the captions
    numbered so far, -1 where the text has parts of its own."""
    caption = out[-1].strip() if out else ""
    if captions < 0 or not caption or len(caption) > _STATUS_CAPTION_WIDTH or "\t" in out[-1]:
        return captions  # the cheap precheck: a short line of its own above the header
    if not STATUS_ONLY_RE.fullmatch(caption) or not (
        DONE_RE.search(caption) or IN_PROGRESS_RE.search(caption) or LONGTERM_RE.search(caption)
    ):
        return captions
    if captions == 0 and _TOP_PART.search(text):
        return -1
    out[-1] = f"{_CN_ORDINALS[captions]}、{caption}" if captions < len(_CN_ORDINALS) else caption
    return captions + 1


# A ledger's header over two rows: a group's name merged across the columns it holds (反馈问题 over 问题类别 | 具体问题,
# 责任单位 over 牵头部门 | 配合部门), the columns' own names on the row below, where the single columns (序号, 整改措施,
# 完成情况) are merged down both rows (a county company's Excel ledger, issue 19's round 101). The column names are
# the lower row's where it names one, else the upper's; read as one row, the problem is the lower row's 具体问题, not
# the group 反馈问题 above its class column. The lower row is all column names and opens on no row number; the upper
# may name a group by any word (整改责任 over 责任领导 | 责任部门).
def _two_row_header(header: list[str], lines: list[str], i: int) -> list[str] | None:
    """The header's names completed by the header row under it, or None where the next line is no such row."""
    if i + 2 < len(lines) and not lines[i + 1].strip():
        i += 1  # a copy setting a blank line after every line: the row under it is the next but one
    if i + 1 >= len(lines) or "\t" not in lines[i + 1] or not TABLE_SEQ_HEADER_RE.match(_SPACES.sub("", header[0])):
        return None  # the cheap precheck: a header opening on 序号 with a tab row under it
    lower = _cells(to_simplified(lines[i + 1]))
    if _seq(lower[0]) is not None or max(map(len, lower)) > _HEADER_CELL_WIDTH:
        return None
    if not all(_names_column(c) for c in lower if c) and not _ticks_under_group(header, lower):
        return None
    width = max(len(header), len(lower))
    upper, lower = header + [""] * (width - len(header)), lower + [""] * (width - len(lower))
    if all(not low or low == up for low, up in zip(lower, upper, strict=True)):
        return None  # the header printed twice (a page's repeated header row) names nothing new
    return [low or up for low, up in zip(lower, upper, strict=True)]


# The state columns a ledger ticks (已完成 | 正在推进 | 长期坚持) may stand under a group's name merged across them
# (整改进展情况 over the three, the other columns merged down both rows: a county bureau's Excel ledger copied as tab
# rows, issue 19's round 128): the lower row then names only those columns, ending it, each under an empty upper cell
# but the first, which the group's name stands over.
def _ticks_under_group(upper: list[str], lower: list[str]) -> bool:
    named = [k for k, c in enumerate(lower) if c]
    if len(named) < 2 or named != list(range(named[0], named[0] + len(named))):
        return False  # the cheap precheck: a run of named cells, the rest empty
    if _tick_columns(lower[: named[-1] + 1]) != len(named):
        return False
    above = [_cell(upper, k) for k in named]
    return bool(above[0]) and not any(above[1:])


def _names_column(cell: str) -> bool:
    name = _SPACES.sub("", cell)
    return any(rx.match(name) for rx in (TABLE_SEQ_HEADER_RE, TABLE_PROBLEM_HEADER_RE, TABLE_COLUMN_HEADER_RE)) or bool(
        _CATEGORY_HEADER.match(name)
    )


# A closing table of statuses by problem number (问题序号 | 整改状态 | 销号时间: a county-level zone's 党委 lists its
# problems with their measures only, then this table, round 16): its rows become the closing list by number the genre
# also prints (第1个问题已销号，销号时间:…), read as such (status.numbered_statuses).
_STATUS_SEQ_HEADER_RE = re.compile(r"^(?:问题)?(?:序号|编号)$")
_EMPTY_CELL = frozenset("—－-/ ")


def _numbered_status_header(header: list[str]) -> bool:
    """A header of a problem-number column first and a status column, naming no problem column."""
    names = [_SPACES.sub("", h) for h in header]
    return (
        2 <= len(names) <= 4
        and _STATUS_SEQ_HEADER_RE.match(names[0]) is not None
        and any(TABLE_STATUS_HEADER_RE.search(n) for n in names[1:])
    )


def _status_rows(lines: list[str], i: int, status_col: int, header: list[str], out: list[str]) -> int:
    """Each numbered row as '第N个问题<status>，<column>:<cell>…。'; returns the index after the table."""
    while i < len(lines):
        if len(row := _cells(lines[i])) < 2 or _seq(row[0]) is None:
            if not (lines[i].strip() == "" or _table_goes_on(lines, i)):
                break
            out.append(lines[i])  # a blank line or a page mark between two rows
            i += 1
            continue
        status = row[status_col] if status_col < len(row) else ""
        # the status cell's clauses joined (已销号，长期坚持): the list reads a status up to its first comma
        line = f"第{_seq(row[0])}个问题" + re.sub(r"[，,；;]", "、", status)
        rest = [
            f"{_SPACES.sub('', h)}:{c}"
            for k, (h, c) in enumerate(zip(header, row, strict=False))
            if k not in (0, status_col)
        ]
        out.append("，".join([line, *(r for r in rest if not set(r.split(":", 1)[1]) <= _EMPTY_CELL)]) + "。")
        i += 1
    return i


# A ledger's count table (汇总表, lexicon COUNT_TOTAL_HEADER_RE): a row a class or unit, then the row adding them up
# (合计 | 8 | 6 | 2). That row is the notice's claims, as the genre prints them in a sentence (合计：反馈问题8个，已完成
# 6个，正在推进2个。): it is read as that sentence; the other rows are counts, never problems, and stay as they are
# (a college's 汇总 sheet before its 台账 sheet, round 114).
def _count_header(header: list[str]) -> bool:
    names = [_SPACES.sub("", h) for h in header[1:]]
    if names and TABLE_SEQ_HEADER_RE.match(_SPACES.sub("", header[0])) and _CATEGORY_HEADER.match(names[0]):
        # rows labelled by a 序号 and a class (序号 | 问题类别 | 问题数 | 已完成 | 正在推进: a water group's 汇总
        # sheet, issue 19's round 138): the class is the row's label as the first column is
        names = names[1:]
    return (
        any(COUNT_TOTAL_HEADER_RE.match(n) for n in names)
        and any(COUNT_STATUS_HEADER_RE.match(n) for n in names)
        and all(COUNT_TOTAL_HEADER_RE.match(n) or COUNT_STATUS_HEADER_RE.match(n) for n in names if n)
    )


# A count table may head its count of problems as a ledger heads its problems (方面 | 问题 | 已完成 | 整改中, a
# summary sheet's words): the column is counted, not listed, where the other columns are statuses' counts and the
# row under the header holds a count in it.
def _counts_problems(header: list[str], problem_col: int, lines: list[str], i: int) -> bool:
    others = [_SPACES.sub("", h) for k, h in enumerate(header) if k and k != problem_col and h.strip()]
    if not others or not all(COUNT_STATUS_HEADER_RE.match(n) for n in others) or i + 1 >= len(lines):
        return False
    row = _cells(lines[i + 1])
    return problem_col < len(row) and bool(_COUNT_CELL_RE.match(row[problem_col].strip()))


_COUNT_SUFFIX = re.compile(rf"{COUNT_WORD}$")


def _count_rows(lines: list[str], i: int, header: list[str], out: list[str]) -> int:
    """Copy a count table's rows, its total row as the claims' sentence; the line after the table."""
    out.append(lines[i - 1])
    opened = len(out) - 1
    seq_labelled = bool(header) and TABLE_SEQ_HEADER_RE.match(_SPACES.sub("", header[0])) is not None
    while i < len(lines) and (len(row := _cells(lines[i])) >= 2 or _table_goes_on(lines, i)):
        if len(row) < 2:  # a blank line or a page mark between two rows
            out.append(lines[i])
        elif TOTAL_ROW_RE.match(_SPACES.sub("", row[0])):
            counts = [
                f"{_COUNT_SUFFIX.sub('', _SPACES.sub('', name))}{value}个"
                for name, value in zip(header[1:], row[1:], strict=False)
                if name and value.isdigit()
            ]
            total = f"{_SPACES.sub('', row[0]).rstrip(':：')}：{'，'.join(counts)}。"
            # a table of classes numbered by 序号 (round 138) states its totals first, as the sentence closing the
            # ledger above it does: its header and class rows are no part of the last problem's text
            out.insert(opened if seq_labelled else len(out), total)
        elif seq_labelled and _seq(row[0]) is not None:
            out.append("\t".join(row[1:]))  # a class's counts, its 序号 dropped: no problem numbered 1, 2, 3
        else:
            out.append(lines[i])
        i += 1
    return i


# A closing table of statuses, a row a status naming its problems in one cell (完成情况 | 数量 | 对应事项 / 已完成 | 5 |
# 整改事项1、2、5、6、8: a group's 回头看 notice sorting its problems so, round 80): its rows become the status-first
# closing list the genre also prints (已完成（5个）：问题1、问题2…), read as such (status.numbered_statuses).
_LISTED_HEADER_RE = re.compile(
    r"^(?:对应|涉及|包含|所含|具体)(?:的)?(?:问题|事项|任务)(?:序号|编号)?$|^(?:问题|事项)编号$"
)
_COUNT_CELL_RE = re.compile(r"^(?:共)?\d{1,3}\s*(?:个|项|条)?$")


def _listed_status_header(header: list[str]) -> int | None:
    """The listed-problems column of a header whose first column is the status (完成情况 | 数量 | 对应事项)."""
    names = [_SPACES.sub("", h) for h in header]
    if not 2 <= len(names) <= 4 or TABLE_STATUS_HEADER_RE.search(names[0]) is None:
        return None  # the cheap precheck: a short header opening with its status column
    return next((k for k, n in enumerate(names) if k and _LISTED_HEADER_RE.match(n)), None)


def _listed_rows(lines: list[str], i: int, listed: int, out: list[str]) -> int:
    """Each row as '<status>（<count>个）：<listed>。'; returns the index after the table."""
    while i < len(lines):
        if len(row := _cells(lines[i])) <= listed:
            if not (lines[i].strip() == "" or _table_goes_on(lines, i)):
                break
            out.append(lines[i])  # a blank line or a page mark between two rows
            i += 1
            continue
        counts = [c for c in row[1:listed] if _COUNT_CELL_RE.match(c)]
        count = f"（{counts[0].removeprefix('共').rstrip('个项条 ')}个）" if counts else ""
        out.append(f"{row[0]}{count}：{row[listed]}。")
        i += 1
    return i


def _table_goes_on(lines: list[str], i: int) -> bool:
    """Pages put blank lines, and page marks (- 2 -, 第2页), between a table's rows: the next row continues it."""
    if len(lines[i].strip()) > _PAGE_MARK_WIDTH or not _PAGE_MARK.match(lines[i].strip()):
        return False  # a heading between two tables (②基层党组织建设方面) ends the first
    # A page mark usually stands between blank lines (blank, - 1 -, blank): look past every short line for the row.
    j = next(
        (
            j
            for j in range(i + 1, min(i + 6, len(lines)))
            if "\t" in lines[j] or len(lines[j].strip()) > _PAGE_MARK_WIDTH
        ),
        0,
    )
    # a page copied with a blank line after every paragraph puts one before a merged heading row too
    return j > 0 and (len(_cells(lines[j])) >= 2 or _spanning_heading(lines, j))


def _spanning_heading(lines: list[str], i: int) -> bool:
    """A row merged across the table naming the aspect of the rows under it (一、贯彻基层治理政治责任方面 between a
    street's 台账 rows, round 16), flattened to a line without tabs: a numbered heading a numbered row follows."""
    line = lines[i].strip()
    if len(line) > _HEADING_ROW_WIDTH or not _HEADING_ROW.match(line):
        return False
    following = (ln for ln in lines[i + 1 : i + 4] if ln.strip())  # past the blank lines a page may put between
    row = _cells(next(following, ""))
    return len(row) >= 2 and _seq(row[0]) is not None  # a row, not the header of a table of its own


# An area's merged row may print the area as the feedback words it, a sentence of two clauses (一、学习贯彻…论述不深入，
# 建设…步伐不快: a provincial college's attached ledger under 省委巡视, round 27): the row after it, numbered, is the
# evidence; the width only keeps a paragraph out.
_HEADING_ROW_WIDTH = 72
# A header row names its columns (序号 / 反馈问题 / 整改措施 / 完成情况): no cell of it is longer than this. A longer
# "header" is the notice itself copied with its line ends lost (a tab ledger pasted as one line: the title, the
# opening and every row in one "line"), which the table reader had swallowed whole as the header it drops, leaving
# nothing to read (round 28, a county's ledger in tab rows).
_HEADER_CELL_WIDTH = 40
_HEADING_ROW = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）])\S")
_PAGE_MARK_WIDTH = 12
_PAGE_MARK = re.compile(r"^[-—–\s\d０-９第页頁共/]*$")  # blank, - 1 -, — 2 —, 第1页 共3页


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.split("\t")] if "\t" in line else []


def _column(header: list[str], pattern: re.Pattern[str]) -> int | None:
    return next((i for i, h in enumerate(header) if pattern.match(_SPACES.sub("", h))), None)


# A task list's number column named for its entries (事项 | 存在问题 | 整改措施 | … | 整改进展 over rows 事项1,
# 事项2 …: a city company's 整改事项清单 pasted from a spreadsheet, issue 19's round 158): its cells number the rows
# as 序号's do, each the label as printed (事项1), where every row's first cell is the noun and a number alone
# (numbering.ENTRY_NOUNS).
_ENTRY_HEADER = re.compile(r"^(?:整改)?(?:事项|任务)(?:序号|编号)?$")
_ENTRY_FIRSTS = frozenset("事任整")


def _entry_label(cell: str) -> bool:
    """Whether a cell is an entry's label alone: 事项1, 整改任务三."""
    found = numbering_of(_SPACES.sub("", cell))
    return found is not None and found[0].style in NAMED_ENTRY_STYLES and not found[2]


def _entry_column(header: list[str], lines: list[str], i: int) -> int | None:
    """The first column as the rows' number where it is named for the entries and each row below opens on a label of
    one (an area row, a blank line or a page mark between them is no row)."""
    if not _ENTRY_HEADER.match(_SPACES.sub("", header[0])):
        return None
    rows, _ = _tab_rows(lines, i + 1)
    firsts = [row[0] for row in rows if not isinstance(row, str)]
    return 0 if firsts and all(_entry_label(cell) for cell in firsts) else None


def _row_lines(
    header: list[str], row: list[str], problem_col: int, seq_col: int | None, n: int, classes: list[str] | None = None
) -> list[str]:
    """One row: "N.问题" and a "表头:值" line per other non-empty cell; a class cell heads its rows as (一)…."""
    number = row[seq_col] if seq_col is not None and seq_col < len(row) and row[seq_col] else str(n)
    problem = row[problem_col] if problem_col < len(row) else ""
    # an entry's label (事项1) takes the colon its numbering is read by (numbering.ENTRY_NOUNS), a figure the stop
    lines = [f"{number}:{problem}" if number[:1] in _ENTRY_FIRSTS and _entry_label(number) else f"{number}.{problem}"]
    for i, value in enumerate(row):
        if i not in (problem_col, seq_col) and value and i < len(header) and header[i]:
            if classes is not None and _CATEGORY_HEADER.match(_SPACES.sub("", header[i])):
                if classes and classes[-1] == value:  # the class printed again on each of its rows (a table that
                    continue  # merges no cells, flattened): it heads them once
                classes.append(value)  # the class heads the rows it spans, numbered in the table's order, as an
                # aspect heading (一)…方面 does; a class cell printing its own numbering (一、…方面 / （一）…方面 in a
                # ledger's merged 问题类别 cells, issue 19's round 138) heads them as printed, not numbered again
                own = _HEADING_ROW.match(value) is not None
                lines.insert(0, value if own else f"（{_CN_ORDINALS[len(classes) - 1]}）{value}")
            else:
                lines.append(f"{_SPACES.sub('', header[i])}:{value}")
    return lines


# A column naming each problem's class (问题类别 / 问题分类 / 所属方面): a merged cell, printed on the first of the
# rows it spans and left empty on the others (a city bureau's web table, round 7); it heads them as an aspect does.
_CATEGORY_HEADER = re.compile(r"^(?:反馈)?问题(?:类别|分类|类型)$|^(?:所属)?方面$|^类别$")
_CN_ORDINALS = [*"一二三四五六七八九十", *(f"十{d}" for d in "一二三四五六七八九")]


def _class_column_as_problems(header: list[str]) -> int | None:
    """The class column of a numbered table where no column names the problem: its cells are the problems.

    序号 | 问题类别 | 主要整改措施 | 整改进展: a city bureau lists the classes of problems the feedback named, each with
    its measures and progress, as its problems (round 19); the header is otherwise all the genre's column names.
    """
    names = [_SPACES.sub("", h) for h in header]
    col = _column(names, _CATEGORY_HEADER)
    if col is None or _column(names, TABLE_SEQ_HEADER_RE) is None:
        return None
    return col if all(TABLE_COLUMN_HEADER_RE.match(n) or _CATEGORY_HEADER.match(n) for n in names) else None


# --- tables without tabs: a header row of column names, rows numbered 1, 2, 3 … ----------------------------------


@dataclass(frozen=True)
class _Header:
    """A table's columns: their names, which holds the problem, and what kind of cell each column holds."""

    names: list[str]
    problem: int
    kinds: list[str]  # per column: seq, problem, deadline, who, status, text


def _header(cells: list[str]) -> _Header | None:
    """The header row, if its cells name a table of problems: 序号 first, a problem column, all column names."""
    names = _names(cells)
    if len(names) < 3 or len(names) > _MAX_COLUMNS or not TABLE_SEQ_HEADER_RE.match(names[0]):
        return None
    # A class column (问题类别 / 所属方面) beside the problem's is a column of the genre's ledgers, untabbed too:
    # a PDF's 一览表 序号 | 问题类别 | 反馈问题 | 整改措施 | 完成时限 | 整改状态 (round 30); its cells head their rows.
    if not all(
        TABLE_COLUMN_HEADER_RE.match(n)
        or TABLE_PROBLEM_HEADER_RE.match(n)
        or _CATEGORY_HEADER.match(n)
        or EARLIER_STATUS_HEADER_RE.match(n)
        for n in names
    ):
        return None
    problem = _column(names, TABLE_PROBLEM_HEADER_RE)
    if problem is None:
        return None
    kinds = ["seq"] + [_kind(n, i == problem) for i, n in enumerate(names) if i]
    # A follow-up's table with the earlier report's status beside the current one (2024年6月报告时状态 | 目前状态):
    # the earlier column is split as a status cell and left out of the rows (a nameless column is not written)
    earlier = [i for i, n in enumerate(names) if EARLIER_STATUS_HEADER_RE.match(n)]
    if earlier and sum(kind == "status" for kind in kinds) > len(earlier):
        names = ["" if i in earlier else n for i, n in enumerate(names)]
    return _Header(names, problem, kinds)


_MAX_COLUMNS = 12


def _names(cells: list[str]) -> list[str]:
    """Column names in simplified script, converted together: 問題內容 marks the row traditional, 整改情況 would not."""
    return [_SPACES.sub("", c) for c in to_simplified("\n".join(cells)).split("\n")]


def _kind(name: str, problem: bool) -> str:
    if problem:
        return "problem"
    if TABLE_DEADLINE_HEADER_RE.search(name):
        return "deadline"
    if TABLE_WHO_HEADER_RE.search(name):
        return "who"
    return "status" if TABLE_STATUS_HEADER_RE.search(name) else "text"


def _seq(cell: str) -> int | None:
    """A row's number cell: 1, 2, 3 (full-width digits too)."""
    cell = cell.strip()
    return int(cell) if cell.isdecimal() and len(cell) <= 3 else None


def _untabbed_tables(text: str) -> str:
    """Rewrite each table printed a cell per line or aligned by spaces; other lines are unchanged."""
    return _rewritten(text, _untabbed_table)


def _untabbed_table(lines: list[str], i: int) -> tuple[list[str], int] | None:
    """The rows of a table a cell per line or aligned by spaces whose header stands at lines[i], else None."""
    if _SEQ_HEADER_LINE.match(lines[i]) and "\t" not in lines[i]:
        return _cell_table(lines, i) if _seq_alone(lines[i]) else _space_table(lines, i)
    if len(lines[i]) <= _CLASS_NAME_WIDTH and lines[i].strip():  # the cheap precheck: a short line over 序号 alone
        at = i + 1 + (i + 2 < len(lines) and not lines[i + 1].strip())  # past a copy's blank line after every line
        if at < len(lines) and lines[at].lstrip()[:1] in _SEQ_FIRSTS and _seq_alone(lines[at]):
            return _classed_cell_table(lines, i, at)
    return None


# A web table copied cell by cell whose first column is the problems' class (类别 | 序号 | 存在问题 | …), the class
# merged down its rows and so copied once, at its first row, right before that row's number (a college's 整改清单
# on its news page, issue 19's round 128): each class cell is read as the area heading a merged row across the table
# prints ((一)政治建设 before row 1), which the cell reader knows; the class column's name goes with the header.
_CLASS_NAME_WIDTH = 8
_SEQ_FIRSTS = frozenset("序编編")
_CLASS_CELL_WIDTH = 16


def _classed_cell_table(lines: list[str], i: int, seq_at: int) -> tuple[list[str], int] | None:
    """The table whose class column's name stands at line i and 序号 at seq_at, read as _cell_table reads one."""
    if not _CATEGORY_HEADER.match(_SPACES.sub("", to_simplified(lines[i]))):
        return None
    read = list(lines)
    classes = 0
    for k in range(seq_at + 1, len(lines) - 1):
        cell = lines[k].strip()
        if _HEADING_ROW.match(cell) or _total_line(cell):
            break  # the notice's next part, or the table's totals row: the table has ended
        nxt = lines[k + 2] if not lines[k + 1].strip() and k + 2 < len(lines) and seq_at > i + 1 else lines[k + 1]
        if cell and _seq(nxt) is not None and _class_cell(cell) and classes < len(_CN_ORDINALS):
            read[k] = f"（{_CN_ORDINALS[classes]}）{cell}"
            classes += 1
    return _cell_table(read, seq_at) if classes else None


def _class_cell(cell: str) -> bool:
    """A class's name: a few words, no figure, no sentence, no mark and no status."""
    return (
        1 < len(cell) <= _CLASS_CELL_WIDTH
        and cell not in _TICK_MARKS
        and not any(ch.isdigit() for ch in cell)
        and _SENTENCE.search(cell) is None
        and not _status_shape(cell)
    )


def _rewritten(text: str, table_at: Callable[[list[str], int], tuple[list[str], int] | None]) -> str:
    """The text with each table `table_at` finds at a line rewritten as its rows (the line after it next)."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        found = table_at(lines, i)
        if found is None:
            out.append(lines[i])
            i += 1
            continue
        rows, i = found
        out.extend(rows)
    return "\n".join(out)


def _seq_alone(line: str) -> bool:
    return TABLE_SEQ_HEADER_RE.match(to_simplified(line.strip())) is not None


def _rewrite(header: _Header, rows: list[list[str]], areas: list[list[str]] | None = None) -> list[str]:
    out: list[str] = []
    classes: list[str] = []
    for n, row in enumerate(rows, 1):
        if areas:
            out.extend(areas[n - 1])  # the area rows heading this one, as headings of their own
        out.extend(_row_lines(header.names, row, header.problem, 0, n, classes if len(classes) < 19 else None))
    return out


# --- a cell per line ----------------------------------------------------------------------------------------------
# A web table copied cell by cell: 序号 / 问题内容 / 整改措施 / … one name a line, then each row's cells a line each,
# the row's number first. A cell of several paragraphs takes several lines, and an empty cell may take none: the rows
# are told apart by their numbers (1, 2, 3 …), the cells within a row by what each column holds.


def _cell_table(lines: list[str], i: int, totals: bool = True) -> tuple[list[str], int] | None:
    """The table whose header starts at line i: its rows rewritten and the line after it, or None if it is none."""
    printed = lines
    names: list[str] = []
    j = i
    while j < len(lines) and len(names) <= _MAX_COLUMNS:
        cell = lines[j].strip()
        if _seq(cell) is not None and names:  # the first row's number: 1, or the count going on from a table above
            break
        if names and _area_row(lines, j):  # an area's merged row before the first row: the header has ended
            break
        if (len(cell) > _MAX_NAME and not EARLIER_STATUS_HEADER_RE.match(cell)) or "\t" in cell:
            return None  # (2024年6月报告时状态: the earlier report's column named by its date, _header)
        if cell and not _page_mark(cell):
            names.append(cell)
        j += 1
    columns = names  # the columns as printed, which a totals row counts under
    if (ticks := _tick_columns(names)) >= 2:
        # columns named by the statuses, the row's mark in one of them: one status column, the mark its name
        lines = lines[:j] + _marks_named(
            lines[j:], names[-ticks:], doubled=i + 1 < len(lines) and not lines[i + 1].strip()
        )
        names = [*names[:-ticks], _TICKS_AS]
    header = _header(names)
    if header is None or j >= len(lines):
        return None
    total = _cell_total_row(lines, j, columns) if totals else None
    if total is not None:
        lines = lines[: total[0]]  # the rows end at the totals row
    stream, areas = _areas_apart(_cell_stream(lines, j))
    if not stream:
        return None
    width = len(header.names) - 1  # cells after the number
    starts = [0]
    first = _seq(stream[0][1]) or 1
    while (nxt := _next_row(stream, starts[-1], first + len(starts), width)) is not None:
        starts.append(nxt)
    rows: list[list[str]] = []
    extra = 0
    for a, b in pairwise(starts):
        cells = [t for _, t in stream[a + 1 : b]]
        extra = max(extra, len(cells) - width)
        rows.append(
            _measures_row(lines, stream, a, b, header) or [stream[a][1], *_split_row(cells, header.kinds[1:])[1]]
        )
    last = starts[-1]
    m = _measure_rows_length(lines, stream, last, header) or _last_row_length(stream, last, header.kinds[1:], extra)
    if m is None:
        return None
    rows.append(
        _measures_row(lines, stream, last, last + 1 + m, header)
        or [stream[last][1], *_split_row([t for _, t in stream[last + 1 : last + 1 + m]], header.kinds[1:])[1]]
    )
    out = _rewrite(header, rows, [areas.get(stream[start][0], []) for start in starts])
    if total is not None:
        if last + m != len(stream) - 1:  # cells between the last row and the totals row: no totals row of this table
            return _cell_table(printed, i, totals=False)
        return [*out, total[2]], total[1]
    return out, stream[last + m][0] + 1


# A table copied cell by cell may close on its totals row (合计 | 6 | 2: the label merged across the text columns,
# then a count under each state column; a college's 整改清单, round 128): no row, and the cells after it no cells of
# the last row. It is read as the line the genre prints (合计：已完成6个，未完成2个), each count under its column's name
# where the counts fill the last columns.
_TOTAL_COUNT_CELLS = 6


def _total_line(line: str) -> bool:
    cell = line.strip()
    return cell[:1] in _TOTAL_FIRSTS and _TOTAL_CELL.match(cell) is not None


def _cell_total_row(lines: list[str], j: int, names: list[str]) -> tuple[int, int, str] | None:
    """Where the totals row starts, the line after it and the line it reads as; None where the table has none."""
    t = next((k for k in range(j, len(lines)) if _total_line(lines[k])), None)
    if t is None:
        return None
    counts: list[str] = []
    end = t + 1
    while end < len(lines) and len(counts) < _TOTAL_COUNT_CELLS:
        gap = end + 1 < len(lines) and not lines[end].strip()  # a copy's blank line after every line
        if not _COUNT_CELL_RE.match(lines[end + gap].strip()):
            break
        counts.append(lines[end + gap].strip())
        end += 1 + gap
    if not counts:
        return None
    label = _SPACES.sub("", lines[t]).rstrip(":：")
    if len(counts) < len(names) and all(c.isdigit() for c in counts):
        said = [f"{_COUNT_SUFFIX.sub('', name)}{c}个" for name, c in zip(names[-len(counts) :], counts, strict=True)]
        return t, end, f"{label}：{'，'.join(said)}。"
    return t, end, f"{label}：{'，'.join(counts)}。"


# A ledger whose rows are measures (see _measure_rows_joined) copied a cell per line out of a PDF: a problem's first
# row prints its number and problem, each further measure row leaves those cells blank, and a blank cell copies as
# an empty line (round 105's college ledger). A row's lines are then one measure row after another: the first a
# whole row, the others the columns after the problem, each opened by as many empty lines as the cells left blank;
# every cell a line, the short columns (deadline, who, status) of their shapes. The measure rows are joined into
# the problem's record as a tab table's are.
def _measures_row(lines: list[str], stream: list[tuple[int, str]], a: int, b: int, header: _Header) -> list[str] | None:
    """The row numbered at stream[a] up to stream[b] as one problem's measure rows joined, or None if it is none."""
    kinds = header.kinds[1:]
    tail = len(kinds) - header.problem
    cells = stream[a + 1 : b]
    if tail < 1 or len(cells) <= len(kinds) or (len(cells) - len(kinds)) % tail:
        return None  # the cheap precheck: a whole row and whole measure rows
    rows = [[stream[a][1], *(t for _, t in cells[: len(kinds)])]]
    for start in range(len(kinds), len(cells), tail):
        if not _measure_chunk(lines, stream, a + 1 + start, kinds[-tail:], header.problem + 1):
            return None
        rows.append([""] * (header.problem + 1) + [t for _, t in cells[start : start + tail]])
    if sum(_misfit(kind, cell) for kind, cell in zip(kinds, rows[0][1:], strict=True)):
        return None
    return _joined(rows, header.names, header.problem, 0, None)


def _measure_chunk(lines: list[str], stream: list[tuple[int, str]], at: int, kinds: list[str], blanks: int) -> bool:
    """Whether the cells from stream[at] are a further measure row: its blank cells as empty lines before it, a line
    per column, each of its column's shape."""
    if at + len(kinds) > len(stream) or at < 1:
        return False
    between = lines[stream[at - 1][0] + 1 : stream[at][0]]
    if sum(not line.strip() for line in between) < blanks:
        return False
    return not sum(_misfit(kind, cell) for kind, (_, cell) in zip(kinds, stream[at : at + len(kinds)], strict=True))


def _measure_rows_length(lines: list[str], stream: list[tuple[int, str]], last: int, header: _Header) -> int | None:
    """How many lines the last row takes where it is measure rows (see _measures_row), else None."""
    kinds = header.kinds[1:]
    tail = len(kinds) - header.problem
    m = len(kinds)
    while tail >= 1 and _measure_chunk(lines, stream, last + 1 + m, kinds[-tail:], header.problem + 1):
        m += tail
    return m if m > len(kinds) and _measures_row(lines, stream, last, last + 1 + m, header) else None


# A ledger whose last columns are named by the statuses themselves (已完成 / 正在推进 / 长期坚持), each row's mark (●,
# √) standing in the one that holds: copied a cell per line, its empty cells are empty lines, so the mark's place
# after the row's last text says its column (a city hospital's 一览表 under 市委巡察, round 85). The columns become one
# status column whose value is the marked column's name.
_TICK_MARKS = frozenset("√✓✔☑●○◎▲■◆★☆")
_TICK_NAME_WIDTH = 6
_TICKS_AS = "整改状态"
_TENSED = re.compile(r"^(?:已经?|正在|尚未|未)")


def _tick_columns(names: list[str]) -> int:
    """How many of the last column names are statuses (已完成, 正在推进), not a column's name (完成情况)."""
    count = 0
    for name in reversed(names):
        bare = _SPACES.sub("", name).removeprefix("需").removeprefix("须")  # (需)长期坚持: a state kept up
        named = TABLE_COLUMN_HEADER_RE.match(bare) and not _TENSED.match(bare)  # 销号 a column, 已销号 a status
        if len(bare) > _TICK_NAME_WIDTH or named or not _STATUS_WORD.match(bare):
            break
        count += 1
    return count


def _marks_named(lines: list[str], ticks: list[str], doubled: bool) -> list[str]:
    """The lines with each mark alone on its line replaced by the name of the column it stands in: the empty lines
    between it and the row's text above count the empty cells before it (twice as many, and one more, in a copy
    that sets an empty line after every line)."""
    out = list(lines)
    last_text = -1
    for k, line in enumerate(lines):
        cell = line.strip()
        if not cell:
            continue
        if cell in _TICK_MARKS and last_text >= 0:
            empty = k - last_text - 1
            column = (empty - 1) // 2 if doubled and empty % 2 else (None if doubled else empty)
            if column is not None and column < len(ticks):
                out[k] = ticks[column]
            continue
        last_text = k
    return out


# A tab row's marks in its state columns (√ under 已完成, under 正在推进 …; a 是 typed for the tick in some ledgers):
# the names of the marked columns, joined as the genre words a status of two (已完成，长期坚持: a row ticked in both
# 已完成 and 长期坚持 is done and kept up, round 128).
_TAB_TICK_MARKS = _TICK_MARKS | {"是", "✅", "☑️", "✔️"}


# A status column holding only marks, which a legend printed with the table explains (状态说明：✅ 已完成整改；⏳ 正在
# 推进；♾️ 已完成，需长期坚持 above a Markdown table a note tool or chat app exports, round 128; 注：●为已完成，○为正在
# 推进 under a ledger): each mark read as the legend's words, which the status readers know (an emoji would be dropped
# by the text's cleaning, a shape read as a bullet). The legend gives a mark, then (为 / 表示 / 代表 / ：) its words.
_MARK_CELL = re.compile(r"^[^\w\s]{1,3}$")
_LEGEND_WORDS = (
    r"\ufe0f?[”\"」]?[ \u3000]*(?:的|者)?(?:为|表示|代表|即|[:：=＝])?"  # the mark's closing quote, its verb
    r"[ \u3000]*(?P<w>[\u4e00-\u9fff，,、]{2,14})"
)


def _legend_marks_read(read: list[str | list[str]], col: int, text: str) -> list[str | list[str]]:
    marks = {
        cell for entry in read if not isinstance(entry, str) and _MARK_CELL.match(cell := _cell(entry, col).strip())
    }
    if not marks:
        return read  # the cheap precheck: a mark alone in a status cell
    words: dict[str, str] = {}
    # the marks in the cells, and their other glyphs the legend may explain them by (√ for ✔: with_mark_forms)
    asked = marks | {f for forms in LEGEND_MARK_FORMS for f in forms if any(m in forms for m in marks)}
    for mark in asked:
        bare = mark.replace("\ufe0f", "")
        for m in re.finditer(re.escape(bare) + _LEGEND_WORDS, text):
            said = m["w"].strip("，,、")
            if classify_status(said) is not None:
                words[mark] = said
                break
    if not words:
        return read
    words = with_mark_forms(words)
    out: list[str | list[str]] = []
    for entry in read:
        if not isinstance(entry, str) and (said := words.get(_cell(entry, col).strip())) is not None:
            entry = [*entry[:col], said, *entry[col + 1 :]]
        out.append(entry)
    return out


def _ticks_named(row: list[str], header: list[str], ticks: int) -> list[str]:
    at = len(header) - ticks
    marked = [name for name, cell in zip(header[at:], row[at:], strict=False) if cell.strip() in _TAB_TICK_MARKS]
    return [*row[:at], "，".join(_SPACES.sub("", name) for name in marked)]


def _area_row(lines: list[str], k: int) -> bool:
    """A row merged across a table copied cell by cell, naming the area of the rows under it (一、…方面 / (一)…方面
    between the header and row 1, or between two rows: a town's ledger on its 三色预警 platform, round 46): a numbered
    heading whose next line with text is a row's number alone, as _spanning_heading reads it in a tab table."""
    line = lines[k].strip()
    if len(line) > _HEADING_ROW_WIDTH or not _HEADING_ROW.match(line):
        return False
    following = next((ln.strip() for ln in lines[k + 1 : k + 4] if ln.strip()), "")
    return _seq(following) is not None


def _areas_apart(stream: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], dict[int, list[str]]]:
    """The cells without the area rows among them, and each area row by the line of the row number it heads."""
    cells: list[tuple[int, str]] = []
    areas: dict[int, list[str]] = {}
    pending: list[str] = []
    for p, (k, cell) in enumerate(stream):
        nxt = stream[p + 1][1] if p + 1 < len(stream) else ""
        if len(cell) <= _HEADING_ROW_WIDTH and _HEADING_ROW.match(cell) and _seq(nxt) is not None:
            pending.append(cell)
            continue
        if pending:
            areas[k] = pending
            pending = []
        cells.append((k, cell))
    return cells, areas


_MAX_NAME = 12  # a column name is a few words
_MAX_CELL_LINES = 30  # paragraphs of one cell, at most
_LAST_ROW_EXTRA = 3


def _cell_stream(lines: list[str], j: int) -> list[tuple[int, str]]:
    """The table's cells from line j: every line with text (blank lines and page marks between cells left out), up
    to the next table's header."""
    stream: list[tuple[int, str]] = []
    for k in range(j, len(lines)):
        cell = lines[k].strip()
        if len(cell) <= 3 and _seq_alone(cell):
            break
        if cell and not _page_mark(cell):
            stream.append((k, cell))
    return stream


def _next_row(stream: list[tuple[int, str]], start: int, number: int, width: int) -> int | None:
    """Where row `number` starts: its number alone on a line, after at least the cells of the row before but one."""
    first = start + max(width, 2)  # the number, then all the cells but one (an empty cell copies as nothing)
    for p in range(first, min(len(stream), first + width + _MAX_CELL_LINES)):
        if _seq(stream[p][1]) == number:
            return p
    return None


def _last_row_length(stream: list[tuple[int, str]], last: int, kinds: list[str], extra: int) -> int | None:
    """How many lines the last row takes: no row boundary follows it, so the reading that fits its columns best."""
    width = len(kinds)
    best: tuple[float, int] | None = None
    # As many more lines as any row above took, and a few more for a table of one row; each costs its share.
    for m in range(max(width - 1, 1), width + max(extra, _LAST_ROW_EXTRA) + 1):
        if last + m >= len(stream):
            break
        cost = _split_row([t for _, t in stream[last + 1 : last + 1 + m]], kinds)[0] + (0 if m == width else 0.5)
        if best is None or cost < best[0]:
            best = (cost, m)
    return best[1] if best else None


def _split_row(cells: list[str], kinds: list[str]) -> tuple[float, list[str]]:
    """A row's lines shared among its columns in order, each column taking as many lines as its kind allows best."""
    if len(cells) == len(kinds):
        return sum(_cost(k, [c]) for k, c in zip(kinds, cells, strict=True)), cells
    m = len(cells)
    inf = float("inf")
    best = [[inf] * (m + 1) for _ in range(len(kinds) + 1)]
    take = [[0] * (m + 1) for _ in range(len(kinds) + 1)]
    best[0][0] = 0.0
    for c, kind in enumerate(kinds):
        for done in range(m + 1):
            if best[c][done] == inf:
                continue
            for g in range(m - done + 1):
                cost = best[c][done] + _cost(kind, cells[done : done + g])
                if cost < best[c + 1][done + g]:
                    best[c + 1][done + g], take[c + 1][done + g] = cost, g
    out: list[str] = []
    end = m
    for c in range(len(kinds), 0, -1):
        g = take[c][end]
        out.append("".join(cells[end - g : end]))
        end -= g
    return best[len(kinds)][m], out[::-1]


def _cost(kind: str, group: list[str]) -> float:
    """How unlikely it is that a column holds these lines: short columns take one line of their shape."""
    if not group:
        return float("inf") if kind == "problem" else 4.0
    return (len(group) - 1) * _EXTRA_LINE[kind] + _misfit(kind, group[0])


def _misfit(kind: str, cell: str) -> float:
    """How badly a cell's first line fits its column: a deadline is a short date, a name short, a status its words."""
    if kind == "deadline":
        return 0 if len(cell) <= _SHORT_CELL and _DEADLINE_SHAPE.search(cell) and not _SENTENCE.search(cell) else 2
    if kind == "who":
        return 2 if len(cell) > _SHORT_CELL or _SENTENCE.search(cell) else 0
    if kind == "status":
        return 0 if _status_shape(cell) else 2
    return 0


# A further line in a column: a deadline or a name never takes two; measures and status text (整改情况) often do,
# the problem itself seldom.
_EXTRA_LINE = {"problem": 1.5, "text": 1.0, "status": 1.0, "deadline": 6.0, "who": 6.0}
_DEADLINE_SHAPE = re.compile(r"\d|[年月日底前内]|长期|立行立改|持续|常态")
_SHORT_CELL = 20  # a deadline or a name: 2024年12月底前, 党委副书记、纪委书记
_SENTENCE = re.compile(r"[。；;，,]")
# A status cell opens on a status (in either script: a cell this short may carry no mark of traditional text).
_STATUS_WORD = re.compile(
    r"^(?:是|否|(?:已经?|已經|未|尚未|正在|基本|部分|阶段性|階段性|持续|持續|长期|長期)?"
    r"(?:完成|整改|办结|辦結|销号|銷號|落实|落實|推进|推進|坚持|堅持))"
)


def _status_shape(cell: str) -> bool:
    head = cell[:10]
    return _STATUS_WORD.match(cell) is not None or any(p.search(head) for p in (DONE_RE, IN_PROGRESS_RE, LONGTERM_RE))


# --- two columns read across --------------------------------------------------------------------------------------
# A PDF's problem list set as a table of two columns, the problem (its own numbering inside the cell: 1.…) and its
# rectification (巡察反馈问题 | 整改落实情况), copied out of the text layer read across (pdftotext -layout): each
# printed line holds the left cell's line, a run of spaces and the right cell's line; both cells wrap at their width,
# so a problem runs over lines broken mid-word and its rectification goes on alone under the right column. Rows
# spanning the table (an aspect (一)…方面) stand alone at the left. No 序号 column: a row opens on a numbered cell.
_PROBLEM_HEAD_GAP = re.compile(r"问题\S{0,2} {2,}")  # literal-first: the engine scans for 问 alone
_TWO_COLUMN_HEAD = re.compile(r"^[ \u3000]*(?P<left>\S{1,12}) {2,}(?P<right>\S{1,12})[ \u3000]*$", re.M)
_CELL_NUMBERED = re.compile(
    r"^(?:\d{1,3}\s*[.、．]|[(（]\d{1,3}[)）]|[①-⑳⑴-⒇]|问题\s*\d|[一二三四五六七八九十]{1,3}是)"
)


def _two_column_tables(text: str) -> str:
    """Rewrite each problem | rectification table read across: per row the problem's lines joined, then its
    rectification as one field line under the column's name; other lines unchanged."""
    return _rewritten(text, _two_column_at)


def _two_column_at(lines: list[str], i: int) -> tuple[list[str], int] | None:
    return _two_column_table(lines, i) if _PROBLEM_HEAD_GAP.search(lines[i]) else None


def _two_column_head(line: str) -> tuple[int, str] | None:
    """The right column's start and name, where the line names a problem column and a rectification column."""
    m = _TWO_COLUMN_HEAD.match(line)
    if m is None:
        return None
    left, right = _names([m["left"], m["right"]])
    if not TABLE_PROBLEM_HEADER_RE.match(left) or TABLE_PROBLEM_HEADER_RE.match(right):
        return None
    if not TABLE_COLUMN_HEADER_RE.match(right) or TABLE_DEADLINE_HEADER_RE.search(right):
        return None
    return _width(line[: m.start("right")]), right


def _two_column_table(lines: list[str], i: int) -> tuple[list[str], int] | None:
    """The table whose header is line i: its rows rewritten and the line after it, or None if it is none."""
    head = _two_column_head(lines[i])
    if head is None:
        return None
    start, name = head
    rows: list[list[list[str]]] = []  # per row: its left pieces, its right pieces
    out: list[str] = []
    j = end = i + 1
    # A copy that sets a blank line after every line (the header's too) says nothing by a blank line; otherwise a
    # blank line, like a page number, stands between the table's lines only where a row or a page goes on.
    blank_apart = j < len(lines) and bool(lines[j].strip())
    apart = False  # a blank line or a page number since the last line of the table
    while j < len(lines):
        line = lines[j]
        parts = _segments(line)
        if not parts or _page_mark(line) or (j > i + 1 and _two_column_head(line) is not None):
            # a blank line, a page number or the header again on the next page
            apart = apart or bool(parts) or blank_apart
            j += 1
            continue
        left = "".join(t for c, t in parts if c < start - _TOLERANCE)
        right = "".join(t for c, t in parts if c >= start - _TOLERANCE)
        if left and right and _CELL_NUMBERED.match(left):  # a row's first line holds both its cells' first lines
            rows.append([[left], [right]])
            out.append("")  # where the row goes
        elif not right and _HEADING_ROW.match(left) and len(parts) == 1:
            out.append(left)  # a row spanning the table: an aspect heading (the table's only if a row follows)
            j += 1
            continue
        elif rows and not apart and (right or _width(left) <= start):  # the problem's cell keeps to its column
            if left:  # the problem cell goes on
                rows[-1][0].append(left)
            if right:
                rows[-1][1].append(right)
        elif rows and apart and right and not left:  # the rectification goes on over a page break
            rows[-1][1].append(right)
        else:
            break
        j += 1
        end, apart = j, False
    if len(rows) < 2:
        return None
    while out[-1]:  # headings after the last row: the notice's next parts
        out.pop()
    rewritten: list[str] = []
    cells = iter(rows)
    for line in out:
        if line:
            rewritten.append(line)
            continue
        problem, rectification = next(cells)
        rewritten.append("".join(problem))
        if rectification:
            rewritten.append(f"{name}:{''.join(rectification)}")
    return rewritten, end


# --- columns aligned by spaces ------------------------------------------------------------------------------------
# A PDF's text layer prints a table row as one line, its cells apart by runs of spaces; a long cell wraps inside its
# column, so the lines after the row carry its rest under that column alone. Page numbers (— 2 —) and the header
# repeated on the next page stand between rows.


def _space_table(lines: list[str], i: int) -> tuple[list[str], int] | None:
    """The table whose header is line i: its rows rewritten and the line after it, or None if it is none."""
    heads = _segments(lines[i])
    starts = [s for s, _ in heads]
    names = [[t] for _, t in heads]
    j = i + 1
    # A long column name wraps inside its column (整改完成 / 情况): pieces under the names, nothing numbered.
    while j < min(len(lines), i + 3) and (parts := _header_rest(lines[j], starts)):
        for col, (_, text) in zip(_columns_of(parts, starts, 0), parts, strict=True):
            names[col].append(text)
        j += 1
    header = _header(["".join(n) for n in names])
    if header is None:
        return None
    lines_read: list[tuple[bool, list[tuple[int, str]]]] = []  # (a row's own line?, its cells with their columns)
    first = rows = 0  # the first row's number (1, or the count going on from a table above); rows read
    end = j
    paged = False  # a page number stands between the last row's lines and this line
    # A copy that sets a blank line after every line (a page's paragraphs, a chat's doubled line ends) says nothing
    # by a blank line: a cell's rest still follows its row's line, a blank line apart.
    blank_apart = all(k < len(lines) and not lines[k].strip() for k in (j, j + 2, j + 4))
    while j < len(lines):
        line = lines[j]
        parts = _segments(line) if "\t" not in line else []
        if blank_apart and not parts and end == j:
            j = end = j + 1
            continue
        if not parts or _page_mark(line) or _names([t for _, t in parts]) == header.names:
            paged = paged or bool(parts)  # a blank line, a page number or the header again on the next page:
            j += 1  # the table goes on only if a row (or, across a page, the rest of a cell) follows
            continue
        if paged and _running_head(parts, starts):
            j += 1  # the next page's running header (the notice's title or body) above the rest of the table
            continue
        if rows and parts[0][1][:1] in _TOTAL_FIRSTS and _TOTAL_CELL.match(parts[0][1]):
            # the ledger's totals row under its last problem (合计  9个问题  已完成6个，正在推进3个: a county bureau's
            # ledger copied from a fixed-width view, issue 19's round 135): no piece of the last row but the counts
            # the ledger states, the line the genre prints (合计：…), as a tab table's totals row reads; the table ends
            totals = _SPACES.sub("", parts[0][1]).rstrip(":：") + "：" + "，".join(t for _, t in parts[1:])
            table = _rows_of(lines_read, len(starts))
            return [*_rewrite(header, [["".join(c) for c in row] for row in table]), totals], j + 1
        number = _seq(parts[0][1])
        if number is not None and len(parts) > 1 and (not rows or number == first + rows):
            first, rows = first or number, rows + 1
            cols = range(len(starts)) if len(parts) == len(starts) else [0, *_columns_of(parts[1:], starts, 1)]
            lines_read.append((True, [(c, t) for c, (_, t) in zip(cols, parts, strict=True)]))
        elif (
            (end == j or paged)
            and parts[0][0] >= starts[1] - _TOLERANCE
            # with a blank line after every line, the blank line after the table does not end it: the notice's next
            # heading, set in by its indent, runs across a column's start, as no cell's piece does
            and not (blank_apart and _running_head(parts[:1], starts))
        ):
            lines_read.append((False, [(c, t) for c, (_, t) in zip(_columns_of(parts, starts, 1), parts, strict=True)]))
        else:
            break
        j += 1
        end, paged = j, False
    if not rows:
        return None
    table = _rows_of(lines_read, len(starts))
    return _rewrite(header, [["".join(c) for c in row] for row in table]), end


def _rows_of(lines_read: list[tuple[bool, list[tuple[int, str]]]], width: int) -> list[list[list[str]]]:
    """Each row's cells from its own line and the wrapped pieces around it.

    Cells are top-aligned (their rest below the row's line) unless pieces stand between the header and the first
    row: then the cells are centred on the row's line, and between two rows a column's pieces belong to the row
    above while its cell goes on (each line filled to the column's width), to the row below after that."""
    centred = not lines_read[0][0]
    widest = [0] * width
    for _, cells in lines_read:
        for col, text in cells:
            widest[col] = max(widest[col], _width(text))
    rows: list[list[list[str]]] = []
    pending: list[list[tuple[int, str]]] = []  # the pieces read since the last row's line
    lifted = 0  # lines of the last row above its own line: centred, about as many stand below it
    for own, cells in lines_read:
        if not own:
            pending.append(cells)
            continue
        above: list[list[str]] = [[] for _ in range(width)]
        going_on = [bool(rows) and bool(rows[-1][c]) and _full(rows[-1][c][-1], widest[c]) for c in range(width)]
        raised = 0
        for t, piece_line in enumerate(pending):
            raised_here = False
            for col, text in piece_line:
                # Centred, the row above has about as many lines below its own as above it (one more or one
                # fewer in a row of even height): within that, a piece is the row's while its cell goes on.
                if rows and (not centred or t < lifted - 1 or (t <= lifted and going_on[col])):
                    rows[-1][col].append(text)
                    going_on[col] = _full(text, widest[col])
                else:
                    above[col].append(text)
                    raised_here = True
            raised += raised_here
        lifted, pending = raised, []
        row = above
        for col, text in cells:
            row[col].append(text)
        rows.append(row)
    for piece_line in pending:  # after the last row's line: its cells' rest
        for col, text in piece_line:
            rows[-1][col].append(text)
    return rows


def _full(text: str, widest: int) -> bool:
    """A piece filled to its column's width: the cell goes on the next line. The widest piece may end on a 。 set
    in the margin, and a line one narrow character short is still full."""
    return _width(text) >= widest - 3


_TOLERANCE = 2  # display columns a PDF's cell may stand off its header


def _header_rest(line: str, starts: list[int]) -> list[tuple[int, str]]:
    """The pieces of a header's wrapped names on the line below it: short words, each under a column's start."""
    parts = _segments(line) if "\t" not in line else []
    if not parts or _seq(parts[0][1]) is not None:
        return []
    for start, text in parts:
        if len(text) > _MAX_NAME // 2 or any(ch.isdigit() for ch in text):
            return []
        if min(abs(start - s) for s in starts) > _TOLERANCE:
            return []
    return parts


def _running_head(parts: list[tuple[int, str]], starts: list[int]) -> bool:
    """Whether a line after a page mark is the next page's running header (汝城县某局党组巡察整改进展情况的通报 over
    the table's rest, as a PDF's text layer prints it): one piece running across a column's start, which no cell's
    piece does (a cell wraps inside its column), set in from the table's left edge, where a heading after the page
    (第2项:…, 二、…方面) stands, which ends the table."""
    if len(parts) != 1:
        return False
    start, text = parts[0]
    if start <= starts[0] + _TOLERANCE:
        return False
    end = start + _width(text)
    return any(start + _TOLERANCE < s < end - _TOLERANCE for s in starts)


def _page_mark(line: str) -> bool:
    cell = line.strip()
    return _seq(cell) is None and len(cell) <= _PAGE_MARK_WIDTH and _PAGE_MARK.match(cell) is not None


_SEGMENT = re.compile(r"\S(?:\S| (?=\S))*")  # a cell: text with single spaces inside, apart by two or more


def _segments(line: str) -> list[tuple[int, str]]:
    """A line's cells with the display column each starts at (a Chinese character is two columns wide)."""
    out: list[tuple[int, str]] = []
    col = pos = 0
    for m in _SEGMENT.finditer(line):
        col += _width(line[pos : m.start()])
        out.append((col, m.group()))
        col += _width(m.group())
        pos = m.end()
    return out


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _columns_of(parts: list[tuple[int, str]], starts: list[int], first: int) -> list[int]:
    """The column of each cell: the nearest header start, left to right, none before column `first`."""
    cols: list[int] = []
    low = first
    for start, _ in parts:
        col = min(range(low, len(starts)), key=lambda c: abs(starts[c] - start))
        cols.append(col)
        low = col
    return cols


# --- a table photographed and read row by row -----------------------------------------------------------------------
# An OCR engine reading a photo or a scan of a printed ledger gives each printed line of the table as one line, its
# cells apart by one space and their places lost (序号 反馈问题 整改措施 完成情况 / 1 落实…部署不 制定…实施方 已完成):
# a cell wrapping inside its column carries its rest onto the next lines, where only the cells that go on have a piece
# (issue 19's round 134: a bank branch's ledger photographed). Cells are top-aligned, so a row's first line opens on
# its number. The pieces of each further line go, in order, to the columns still going on: a column goes on while its
# last piece fills the column's width (its widest piece without a closing mark hanging past the width; a line with
# a mark squeezed may hold a character more, so a piece a character and a half short is full where the column is
# wide, half a character short where it is narrow: 长期 under 2024年 ends its cell), and a status cell only where the
# piece has a status's shape (已完成并 / 长期坚持); where a line holds fewer pieces than such columns, the pieces are
# the rightmost columns' (the problem, shorter than its measures, ends first).
_HANGING = "，。、；：,.;:”’）)"  # the marks a printed line may end on past its width
_OCR_HEADER_LINE = re.compile(r"^[ \u3000]*(?:序号|编号) (?=[\u4e00-\u9fff])", re.M)


def _ocr_row_table(lines: list[str], i: int) -> tuple[list[str], int] | None:
    """The table whose header, its names apart by single spaces, is line i: its rows rewritten and the line after
    it, or None if it is none."""
    line = lines[i]
    if not _OCR_HEADER_LINE.match(line) or "\t" in line or "  " in line.strip():
        return None
    header = _header(line.split())
    if header is None:
        return None
    width = len(header.names)
    status = next((c for c, kind in enumerate(header.kinds) if kind == "status"), None)
    read: list[tuple[str, list[str]]] = []  # ("row", its pieces) / ("rest", a further line's) / ("area", heading)
    rows = 0
    j = end = i + 1
    while j < len(lines):
        text = lines[j].strip()
        pieces = text.split()
        if not pieces or _page_mark(text) or _names(pieces) == header.names:
            j += 1  # a blank line, a page number or the header again on the next page
            continue
        if _seq(pieces[0]) == rows + 1 and len(pieces) > 1:
            read.append(("row", pieces[1:]))
            rows += 1
        elif _HEADING_ROW.match(text) and len(pieces) == 1:
            following = next((ln.split() for ln in lines[j + 1 : j + 4] if ln.strip()), [])
            if not following or _seq(following[0]) != rows + 1:
                break  # the notice's next part
            read.append(("area", [text]))
        elif rows and len(pieces) < width:
            read.append(("rest", pieces))
        else:
            break
        j += 1
        end = j
    if rows < 2:
        return None
    while read[-1][0] == "area":
        read.pop()
    return _ocr_rows(read, header, status), end


def _ocr_first_line(pieces: list[str], width: int, status: int | None) -> list[tuple[int, str]]:
    """A row's first line after its number: its pieces in the columns' order, a status-shaped last one the status's."""
    if status is not None and len(pieces) > 1 and _status_shape(pieces[-1]):
        return [*zip(range(1, width), pieces[:-1], strict=False), (status, pieces[-1])]
    return list(zip(range(1, width), pieces, strict=False))


_NARROW_COLUMN = 12  # display columns: a deadline's, a status's


def _ocr_full(text: str, widest: int) -> bool:
    return _width(text) >= widest - (3 if widest > _NARROW_COLUMN else 1)


def _ocr_rows(read: list[tuple[str, list[str]]], header: _Header, status: int | None) -> list[str]:
    width = len(header.names)
    firsts = [_ocr_first_line(pieces, width, status) for kind, pieces in read if kind == "row"]
    widest = [0] * width
    for cells in firsts:
        for col, text in cells:
            widest[col] = max(widest[col], _width(text.rstrip(_HANGING)))
    rows: list[list[str]] = []
    areas: list[list[str]] = []
    heading: list[str] = []
    going: list[int] = []  # the columns whose cell goes on, in order
    firsts_left = iter(firsts)
    for kind, pieces in read:
        if kind == "area":
            heading += pieces
            continue
        if kind == "row":
            row = [""] * width
            row[0] = str(len(rows) + 1)
            for col, text in next(firsts_left):
                row[col] = text
            rows.append(row)
            areas.append(heading)
            heading = []
            going = [c for c in range(1, width) if row[c] and _ocr_full(row[c], widest[c])]
            continue
        row = rows[-1]
        open_ = [c for c in going if c != status or _status_shape(pieces[-1])]
        if len(pieces) > len(open_):  # more pieces than cells going on: the row's text columns, in order
            open_ = [c for c in range(1, width) if c != status][: len(pieces)]
        if status in open_:  # the status cell's rest is the last piece
            others = [c for c in open_ if c != status]
            cols = [*others[len(others) - len(pieces) + 1 :], status]
        else:
            cols = open_[len(open_) - len(pieces) :]
        going = []
        for col, text in zip(cols, pieces, strict=False):
            row[col] += text
            if _ocr_full(text, widest[col]):
                going.append(col)
    return _rewrite(header, rows, areas)

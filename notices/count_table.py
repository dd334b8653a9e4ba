"""The claims a table of counts states (整改完成情况统计表: 方面 | 问题数 | 已完成 | 正在推进 | 长期坚持, then 合计).

A notice may state its counts in a table rather than a sentence, above or below its problems, and a paste from Word
or a PDF flattens it to one cell per line (round 97: a county bureau's opening table with a 合计 row, a township's
closing table of one row in Chinese numerals, 六个/五个/一个/〇个). The header's cells name the columns; the totals
row (合计/总计), or the one row where the table has no row labels, gives the notice's own counts.
"""

from __future__ import annotations

import re
import unicodedata

from .dates import cn_int

# A column's header cell as the genre words it, mapped to the claim it counts (vocabulary as data).
COLUMN_CLAIMS: dict[str, str] = {
    **dict.fromkeys(("问题数", "问题总数", "问题数量", "问题个数", "反馈问题", "反馈问题数", "问题"), "problems"),
    **dict.fromkeys(("已完成", "已完成整改", "已整改", "已整改完成", "完成整改", "已销号", "已办结"), "completed"),
    **dict.fromkeys(("正在推进", "正在整改", "未完成", "推进中", "整改中", "持续推进"), "in_progress"),
    **dict.fromkeys(("长期坚持", "需长期坚持", "长期推进"), "longterm"),  # kept apart from 已完成, as a sentence's are
}
TOTAL_WORDS = ("合计", "总计")
# A done cell's word closing its line; the word first, so that the engine scans for its characters (a pattern opening
# on ^ is tried at every place of the text); _done_cell asks that only spaces stand before it on its line
_DONE_CELL_RE = re.compile(
    "(?:" + "|".join(k for k, v in COLUMN_CLAIMS.items() if v == "completed") + ")[ \t\u3000]*\r?$", re.M
)
_CELL_SPACE = " \t\u3000"
_HEADER_MAX = 7  # a header cell is a short label; the table's title above it (…统计表) runs longer
_COUNT_CELL_RE = re.compile(r"^[\d〇零一二三四五六七八九十两]{1,4}\s*[个项条]?$")


def is_count_cell(cell: str) -> bool:
    """Whether a table's cell is a count (3, 三, 3个, 十二项)."""
    return bool(_COUNT_CELL_RE.match(unicodedata.normalize("NFKC", cell).strip()))


def _done_cell(text: str) -> bool:
    """Whether a line of the text is a done cell alone (已完成), spaces around it at most. A match standing after other
    words on its line hides no cell: the match runs to the line's end, and a cell on that line would stand after it."""
    for m in _DONE_CELL_RE.finditer(text):
        if not text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip(_CELL_SPACE):
            return True
    return False


def table_claims(text: str) -> dict[str, int]:
    """The counts a flattened table of counts states (the notice as pasted, before lines are rejoined): its
    header's columns read on its totals row."""
    if not _done_cell(text):
        # the cheap precheck: a table's done column stands on a line of its own, or a tab row holds a status's or
        # the totals' cell
        return _tab_counts(text) if ("\t" in text or "|" in text) and _TAB_CLAIM_CELL.search(text) else {}
    lines = [unicodedata.normalize("NFKC", line).strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    for start in range(len(lines)):
        header = _header_at(lines, start)
        if header and sum(1 for cell in header if cell in COLUMN_CLAIMS) >= 2:
            claims = _totals(header, lines[start + len(header) :])
            if claims:
                return claims
    return {}


def flat_table_at(lines: list[str], start: int) -> int | None:
    """`start` where a flattened table of counts opens there (整改完成情况统计 / 反馈问题 / 已完成 / 正在推进 / 六个
    …): a run of short lines holding no clause's mark that names the columns of two kinds of count and holds a count.
    The table printed after the last problem (a township's closing table, round 97) is the notice's closing matter,
    not that problem's measures: its 正在推进 cell is a column's name, no work under way. The run is read whole, as
    the text's lines may have been rejoined (巡察反馈问题整改情况统计表问题数 / 正在推进2个1个1个)."""
    if len(lines[start]) > _ROW_MAX or not _TABLE_OPENING_RE.search(lines[start]):
        return None  # the cheap precheck: a short line holding the table's title word or a column's name opens it
    end = flat_table_end(lines, start)
    if end - start < 2:
        return None  # a table's cells stand on several lines
    run = unicodedata.normalize("NFKC", "".join(lines[start:end]))
    kinds = {claim for word, claim in COLUMN_CLAIMS.items() if len(word) > 2 and word in run}
    return start if len(kinds) >= 2 and _RUN_COUNT_RE.search(run) else None


# its title's word (整改完成情况统计) or a column's name (问题数, 已完成, 正在推进) on the table's first line
_TABLE_OPENING_RE = re.compile(
    "统计|" + "|".join(sorted((w for w in COLUMN_CLAIMS if len(w) > 2), key=len, reverse=True))
)
_RUN_COUNT_RE = re.compile(r"[\d〇零一二三四五六七八九十两]{1,3}\s*[个项条]|\d")


def flat_table_end(lines: list[str], start: int) -> int:
    """Where the flattened table opening at `start` ends: at the first line no cell can be, one holding a clause's
    mark or running longer than a row's cells run together (下一步,镇党委将…)."""
    end = start
    while end < len(lines) and len(lines[end]) <= _ROW_MAX and not _CLAUSE_MARK_RE.search(lines[end]):
        end += 1
    return end


_ROW_MAX = 24  # a row's cells run together (长期坚持六个五个一个〇个) stay short
_CLAUSE_MARK_RE = re.compile(r"[，。；,;：:!！?？]")


def _header_at(lines: list[str], start: int) -> list[str]:
    """The run of short label cells from `start` (方面, 问题数, 已完成…), stopping at a count or a longer cell."""
    if start and _is_label(lines[start - 1]):
        return []  # not the run's first cell
    run: list[str] = []
    for line in lines[start:]:
        if not _is_label(line):
            break
        run.append(line)
    # a row's label may be as short as a column's name (政治建设): the header ends at its last column of counts
    last = max((k for k, cell in enumerate(run) if cell in COLUMN_CLAIMS), default=-1)
    return run[: last + 1]


def _is_label(cell: str) -> bool:
    return len(cell) <= _HEADER_MAX and not _COUNT_CELL_RE.match(cell) and not any(ch.isdigit() for ch in cell)


# A count table whose rows are labelled by more than one column (序号 | 问题类别 | 问题数 | 已完成 | 正在推进, its
# totals row 合计 under 序号 with the class cell empty: a water group's 汇总 sheet, issue 19's round 138): its tab
# rows keep each cell in its column, so the totals row is read in place, each count under its column's name.
def _totals_in_place(header: list[str], rows: list[list[str]]) -> dict[str, int]:
    first = next(k for k, cell in enumerate(header) if cell in COLUMN_CLAIMS)
    if first < 2:
        return {}  # one label column or none: the flat reader reads it
    for row in rows:
        if not any(cell in TOTAL_WORDS for cell in row[:first]):
            continue
        counts: dict[str, int] = {}
        for k, name in enumerate(header):
            claim = COLUMN_CLAIMS.get(name)
            if claim is None or claim in counts:
                continue
            cell = row[k] if k < len(row) else ""
            if not _COUNT_CELL_RE.match(cell):
                return {}
            value = cn_int(cell.rstrip("个项条 "))
            if value is None:
                return {}
            counts[claim] = value
        return counts
    return {}


def _totals(header: list[str], cells: list[str]) -> dict[str, int]:
    """The totals row's counts by column: the row led by 合计, or the single row of a table without row labels."""
    width = len(header)
    labelled = header[0] not in COLUMN_CLAIMS
    rows = []
    for at in range(0, len(cells) - width + 1, width):
        row = cells[at : at + width]
        values = row[1:] if labelled else row
        if not all(_COUNT_CELL_RE.match(v) for v in values):
            break
        rows.append(row)
    if labelled:
        chosen = next((row for row in rows if row[0] in TOTAL_WORDS), None)
        if chosen is None and len(rows) > 1 and _ends_clean(cells[len(rows) * width : (len(rows) + 1) * width]):
            return _column_sums(header, rows)
    else:
        chosen = rows[0] if len(rows) == 1 else None
    if chosen is None:
        return {}
    counts = {}
    for name, cell in zip(header, chosen, strict=True):
        claim = COLUMN_CLAIMS.get(name)
        value = cn_int(cell.rstrip("个项条 ")) if claim else None
        if claim and value is not None and claim not in counts:
            counts[claim] = value
    return counts


# A table of counts by aspect (or by responsible unit) that prints no 合计 row: its rows add up to the notice's
# counts, as the totals row would state them. Summed only where the table ends clean, the row after its last holding
# no count (a row of counts broken by a dash or a note would leave the sum short of the total).
def _ends_clean(after: list[str]) -> bool:
    return not any(_COUNT_CELL_RE.match(cell) for cell in after[1:])


def _column_sums(header: list[str], rows: list[list[str]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for k, name in enumerate(header):
        claim = COLUMN_CLAIMS.get(name)
        if claim is None or claim in counts:
            continue
        values = [cn_int(row[k].rstrip("个项条 ")) for row in rows]
        if all(v is not None for v in values):
            counts[claim] = sum(v for v in values if v is not None)
    return counts


# The same counts in a workbook's sheet or a pasted Excel range: tab rows, the columns named as above (问题总数 |
# 已完成 | 正在推进, then the totals row or the one row of counts), or the table turned on its side, a row per
# status under a header naming the counted columns (整改状态 | 问题数（个） | 整改措施（条） / 已完成 | 5 | 13 /
# 正在推进 | 1 | 1 / 合计 | 6 | 14: issue 19's round 110, a city bureau's 汇总 sheet). There the problems column (its
# unit in brackets aside) gives each status row's count and, on the totals row, the problems; other columns
# (measures) count none.
_UNIT = re.compile(r"[(（][个项条]?[)）]$")
# (a web page's table as the HTML reader gives it, | 方面 | 问题数 | 已完成 | 正在整改 |, is the same table)
_TAB_CLAIM_CELL = re.compile(
    "(?:" + "|".join((*TOTAL_WORDS, *(k for k, v in COLUMN_CLAIMS.items() if v != "problems"))) + ") ?[\t|]"
    "|[\t|] ?(?:" + "|".join(k for k, v in COLUMN_CLAIMS.items() if v != "problems") + ")[ \t|]*$",
    re.M,
)


def _tab_counts(text: str) -> dict[str, int]:
    rows = [
        [_UNIT.sub("", unicodedata.normalize("NFKC", c).strip()) for c in _row_cells(line)]
        for line in text.splitlines()
        if ("\t" in line or line.startswith("|")) and not _RULE_ROW_RE.match(line)
    ]
    for at, header in enumerate(rows):
        counts = _status_rows(header, rows[at + 1 :]) or _status_columns(header, rows[at + 1 :])
        if counts:
            return counts
    return {}


# a Markdown table's rule under its header (| --- | :---: |), as a table pasted from an editor or a chat tool has it,
# its colons full-width where a Chinese input method typed it (|：---：|)
_RULE_ROW_RE = re.compile(r"^\s*\|?(?:\s*[:：]?-{3,}[:：]?\s*\|)+\s*(?:[:：]?-{3,}[:：]?\s*)?$")


def _row_cells(line: str) -> list[str]:
    return line.split("\t") if "\t" in line else line.strip().strip("|").split("|")


def _status_rows(header: list[str], rows: list[list[str]]) -> dict[str, int]:
    """A row per status under a header naming the problems' column: each row's count, the totals row's problems."""
    col = next((k for k, cell in enumerate(header) if k and COLUMN_CLAIMS.get(cell) == "problems"), None)
    if col is None:
        return {}
    counts: dict[str, int] = {}
    for row in rows:
        claim = "problems" if row[0] in TOTAL_WORDS else COLUMN_CLAIMS.get(row[0])
        value = cn_int(row[col].rstrip("个项条 ")) if col < len(row) and _COUNT_CELL_RE.match(row[col]) else None
        if claim is None or value is None:
            break
        counts.setdefault(claim, value)
    if "problems" not in counts and len(counts) > 1:
        # no 合计 row: the status rows share the problems out among them, so their counts add up to the problems
        counts["problems"] = sum(counts.values())
    return counts if "problems" in counts and len(counts) > 1 else {}


def _status_columns(header: list[str], rows: list[list[str]]) -> dict[str, int]:
    """A column per status (and the problems'), read on the totals row, or on the one row of counts under it."""
    if sum(1 for cell in header if cell in COLUMN_CLAIMS) < 2:
        return {}
    aligned = _totals_in_place(header, rows)
    if aligned:
        return aligned
    cells = [cell for row in rows for cell in row]  # the flat reader's cells: a row's cells in order
    return _totals([c for c in header if c], [c for c in cells if c])

"""A ledger whose status is a cell's colour: a .xlsx 整改台账 whose status column is empty or holds only a mark (●, √)
while the row or the status cell is filled in a colour the workbook explains (issue 19's round 138).

The explanation is the workbook's own: a note row or a second sheet's line naming each colour by its status words
(备注：绿色表示已完成，黄色表示正在推进 / 黄色底纹表示该问题正在整改), or a legend block of coloured cells each beside
its words (a filled cell, then 已完成). Where one explains a fill, each row of the ledger filled so gets the words in
its status cell (an empty cell, or one holding a mark only), or, where the ledger has no status column, in a column
of its own after the header's last: the table reader then reads them as any ledger's status words. A fill nothing
explains states nothing (its customary meaning is no statement of the notice), and words in a status cell stand.
"""

from __future__ import annotations

import colorsys
import re
from typing import Any

from .lexicon import (
    EARLIER_STATUS_HEADER_RE,
    FIELD_VALUE_LIMIT,
    FILL_COLOUR_CORES,
    FILL_COLOUR_HUES,
    FILL_GREY,
    FILL_LEGEND_RE,
    KEPT_UP_WORDS,
    STRIKE_LEGEND_RE,
    STRIKE_QUALIFIED_RE,
    TABLE_PROBLEM_HEADER_RE,
    TABLE_STATUS_HEADER_RE,
    UNSTRUCK_LEGEND_RE,
    UNSTRUCK_WORDS,
)
from .status import classify_status

_STATED = ("done", "done_longterm", "in_progress")
_SPACES = re.compile(r"\s+")
# a status cell holding a mark only (●, √, ○, ★, -): the fill says what it means
_MARK_ONLY = re.compile(r"^[^\u4e00-\u9fffA-Za-z0-9]{1,3}$")
_HUE_REACH = 50.0  # degrees: a fill farther than this from every colour the legend names is none of them
_LEGEND_CELL_WIDTH = 16  # a legend block's words beside its colour: short
_ADDED_HEADER = "整改状态"
# what a note holding the legend alone keeps besides it: its label, numbers and stops (备注：… / 注：1.…；2.…。)
# and where it says the marks stand (表中… / 上表中…)
# and the brackets a note is set in ((注：划线部分为已销号问题), round 149)
_LEGEND_REST = re.compile(
    r"[(（【\[]?(?:备注|注|说明|图例|颜色说明|填表说明)?[\s:：]*(?:本表中?|上表中?|表中?|表内)?[\s:：，,；;。、.\d)）】\]]*"
)

# The default Office theme's colours by theme index (lt1, dk1, lt2, dk2, accent1–6), for a fill picked from the
# palette's theme rows where the workbook carries no theme of its own.
_THEME_DEFAULT = ["FFFFFF", "000000", "E7E6E6", "44546A", "4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"]
_THEME_COLOUR_RE = re.compile(
    rb'<a:(lt1|dk1|lt2|dk2|accent[1-6])>\s*<a:(?:srgbClr val|sysClr [^>]*?lastClr)="([0-9A-Fa-f]{6})"'
)
_THEME_ORDER = ["lt1", "dk1", "lt2", "dk2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6"]


class Fills:
    """The fills of a sheet's stored cells, as RGB hex (None: no fill), row by row as the sheet's grid."""

    def __init__(self) -> None:
        self.rows: list[list[str | None]] = []
        self.struck: list[list[bool]] = []  # whether each cell's font is struck through (a .xlsx's; round 146)


def theme_colours(theme: bytes | None) -> list[str]:
    """The workbook's theme colours by theme index, the default Office theme's where it carries none."""
    if not theme:
        return _THEME_DEFAULT
    found: dict[str, str] = {}
    for name, value in _THEME_COLOUR_RE.findall(theme):
        found.setdefault(name.decode(), value.decode().upper())
    return [found.get(name, default) for name, default in zip(_THEME_ORDER, _THEME_DEFAULT, strict=True)]


def cell_fill(cell: Any, theme: list[str]) -> str | None:
    """A cell's solid fill as RGB hex, None where it has none (or one white as the page)."""
    fill = getattr(cell, "fill", None)
    if fill is None or getattr(fill, "fill_type", None) != "solid":
        return None
    colour = fill.fgColor
    kind = getattr(colour, "type", None)
    rgb: str | None = None
    if kind == "rgb" and isinstance(colour.rgb, str) and len(colour.rgb) >= 6:
        rgb = colour.rgb[-6:].upper()
    elif kind == "theme" and isinstance(colour.theme, int) and 0 <= colour.theme < len(theme):
        rgb = _tinted(theme[colour.theme], float(getattr(colour, "tint", 0.0) or 0.0))
    elif kind == "indexed" and isinstance(colour.indexed, int):
        from openpyxl.styles.colors import COLOR_INDEX

        if 0 <= colour.indexed < len(COLOR_INDEX):
            rgb = COLOR_INDEX[colour.indexed][-6:].upper()
    return None if rgb in (None, "FFFFFF") else rgb


def _tinted(rgb: str, tint: float) -> str:
    """A theme colour under its tint (lighter above 0, darker below), as Excel shows it."""
    hue, light, sat = colorsys.rgb_to_hls(*(int(rgb[i : i + 2], 16) / 255 for i in (0, 2, 4)))
    light = light * (1 + tint) if tint < 0 else light * (1 - tint) + tint
    return "".join(f"{round(v * 255):02X}" for v in colorsys.hls_to_rgb(hue, light, sat))


def _hue(rgb: str) -> tuple[float, float, float]:
    h, s, v = colorsys.rgb_to_hsv(*(int(rgb[i : i + 2], 16) / 255 for i in (0, 2, 4)))
    return h * 360, s, v


def _colour_word(rgb: str, names: set[str]) -> str | None:
    """The colour among `names` (the legend's colour words) a fill is: the nearest by hue, a pale one without hue
    grey."""
    hue, sat, val = _hue(rgb)
    if sat < 0.08:
        return FILL_GREY if FILL_GREY in names and 0.3 < val < 0.97 else None
    best = None
    for name in names:
        if name not in FILL_COLOUR_HUES:
            continue
        gap = abs(hue - FILL_COLOUR_HUES[name]) % 360
        gap = min(gap, 360 - gap)
        if gap <= _HUE_REACH and (best is None or gap < best[0]):
            best = (gap, name)
    if best and any(n not in names and _within(hue, band) for n, band in FILL_COLOUR_CORES.items()):
        return None  # a fill plainly of a colour the legend does not name (a lavender, 紫, by a legend's 蓝)
    return best[1] if best else None


def _within(hue: float, band: tuple[float, float]) -> bool:
    low, high = band
    return low <= hue <= high if low <= high else hue >= low or hue <= high


def _stated(words: str) -> bool:
    return classify_status(words) in _STATED


def read_fills(
    sheets: list[tuple[list[list[str]], Fills]], marks: dict[str, str] | None = None, context: str = ""
) -> None:
    """Put the legend's words in the status cell of each ledger row whose fill the workbook explains (see the
    module's docstring); the grids are changed in place, a legend block's cells emptied (they are no row's).
    `marks`: a legend printed as coloured marks, each before its words (a web page's 图例：■已完成 ■正在推进, each ■
    in its colour): colour -> words, read as a legend block's. `context`: the text around the sheets where they are
    not the whole notice (a web page's tables), whose claims count its struck rows (counted_open)."""
    if any(any(row) for _, fills in sheets for row in fills.struck) and _read_strikes(sheets, context):
        return  # a ledger whose struck-through rows a note explains: the strike is the status (round 146)
    if not any(any(row) for _, fills in sheets for row in fills.rows):
        return  # the cheap precheck: no cell is filled
    by_word: dict[str, str] = {}  # a colour word the text legend names -> its status words
    notes: list[tuple[list[str], int]] = []  # the cells holding the legend and nothing else
    for grid, _ in sheets:
        for row in grid:
            for c, value in enumerate(row):
                if "色" in value:
                    read = [m for m in FILL_LEGEND_RE.finditer(value) if _stated(m["w"])]
                    for m in read:
                        by_word.setdefault(m["c"], m["w"])
                    if read and _LEGEND_REST.fullmatch(FILL_LEGEND_RE.sub("", value)):
                        notes.append((row, c))
    by_rgb: dict[str, str] = dict(marks or {})  # a legend block's fill -> the words beside it
    for grid, fills in sheets:
        by_rgb.update(_legend_block(grid, fills))
    if not by_word and not by_rgb:
        return
    block_words = {w: rgb for rgb, w in by_rgb.items()}
    names = set(by_word)

    def words_of(rgb: str | None) -> str | None:
        if rgb is None:
            return None
        if rgb in by_rgb:
            return by_rgb[rgb]
        word = _colour_word(rgb, names) if names else None
        if word is not None:
            return by_word[word]
        if block_words:  # a fill near a block's colour (a shade apart)
            near = {_colour_word(b, set(FILL_COLOUR_HUES) | {FILL_GREY}): w for w, b in block_words.items()}
            return near.get(_colour_word(rgb, set(FILL_COLOUR_HUES) | {FILL_GREY}))
        return None

    if any([_status_words(grid, fills, words_of) for grid, fills in sheets]) and by_word:
        # the note, once read into the rows, is no paragraph of the notice (a mark legend's line is dropped alike,
        # notices.normalize): under the last row it would read as that problem's text
        for row, c in notes:
            row[c] = ""


class StrikeLegend:
    """What a note says of struck-through problems: the words of the struck ones, of the ones not struck, of the struck
    ones a word qualifies (划线且备注“长期坚持”的为…); which texts held the note and nothing else."""

    def __init__(self) -> None:
        self.struck: str | None = None
        self.unstruck: str | None = None
        self.qualified: list[tuple[str, str]] = []  # (a word the struck problem holds, the status words)
        self.notes: list[int] = []  # the texts' indices that held the note alone


def strike_legend(texts: list[str]) -> StrikeLegend | None:
    """The note explaining struck-through problems among `texts` (a sheet's cells, a document's paragraphs), None
    where none explains a strike by status words."""
    legend = StrikeLegend()
    for k, value in enumerate(texts):
        if "线" not in value and "划" not in value:
            continue
        found = False
        for m in STRIKE_QUALIFIED_RE.finditer(value):
            if _stated(m["w"]):
                legend.qualified.append((m["q"], m["w"]))
                found = True
        if (plain := STRIKE_LEGEND_RE.search(value)) and _stated(plain["w"]):
            legend.struck, found = legend.struck or plain["w"], True
        if (open_ := UNSTRUCK_LEGEND_RE.search(value)) and _stated(open_["w"]):
            legend.unstruck, found = legend.unstruck or open_["w"], True
        rest = UNSTRUCK_LEGEND_RE.sub("", STRIKE_LEGEND_RE.sub("", STRIKE_QUALIFIED_RE.sub("", value)))
        if found and _LEGEND_REST.fullmatch(rest):
            legend.notes.append(k)
    return None if legend.struck is None else legend


def counted_open(text: str, struck: int, unstruck: int) -> bool:
    """Whether a notice whose note names only its struck problems (注：划线部分为已销号问题, round 149) counts its
    unstruck ones as the open ones: its claims state as many in progress (正在推进整改3个), and as many completed as
    are struck where they state that. Then a problem left unstruck is one not closed yet (未销号); elsewhere a note
    naming no open problems leaves their words (round 146)."""
    from .header import read_claims

    if not unstruck:
        return False
    claimed = read_claims(text)
    return claimed.in_progress == unstruck and claimed.completed in (None, struck)


def _read_strikes(sheets: list[tuple[list[list[str]], Fills]], context: str = "") -> bool:
    """A ledger whose 已销号 rows are struck through, explained by a note of the workbook (划线的为已销号问题 / 划线且
    备注“长期坚持”的为已销号、需长期坚持的问题 / 未划线的为正在整改的问题: a township's ledger, round 146): each row
    the note explains gets its words in its status cell, as a fill's words (_status_words); whether any did. A strike
    no note explains states nothing (a deleted line may be only that)."""
    cells = [(row, c) for grid, _ in sheets for row in grid for c in range(len(row))]
    legend = strike_legend([row[c] for row, c in cells])
    if legend is None:
        return False
    if legend.unstruck is None:  # the rows struck and not, counted against the notice's claims (counted_open)
        tally = {True: 0, False: 0}

        def count(r: int, cols: list[int], fills: Fills) -> None:
            marks = fills.struck[r] if r < len(fills.struck) else []
            tally[any(marks[c] for c in cols if c < len(marks))] += 1

        for grid, fills in sheets:
            _status_words(grid, fills, None, lambda r, cols, fills=fills: count(r, cols, fills))
        if counted_open(context or "\n".join(row[c] for row, c in cells), tally[True], tally[False]):
            legend.unstruck = UNSTRUCK_WORDS
    done = False
    for grid, fills in sheets:

        def words_of(r: int, cols: list[int], grid: list[list[str]] = grid, fills: Fills = fills) -> str | None:
            marks = fills.struck[r] if r < len(fills.struck) else []
            if not any(marks[c] for c in cols if c < len(marks)):
                return legend.unstruck
            held = "".join(grid[r])
            words = next((w for q, w in legend.qualified if q in held), legend.struck)
            # the work kept up (…此项工作长期坚持) the struck row's own text states, as a struck headline's (round 149)
            if words and classify_status(words) == "done" and _kept_up(grid[r], cols):
                words += KEPT_UP_WORDS
            return words

        done = _status_words(grid, fills, None, words_of) or done
    if done:
        for k in legend.notes:  # the note, read into the rows, is no problem's text (as a fill legend's, above)
            row, c = cells[k]
            row[c] = ""
    return done


def _kept_up(row: list[str], cols: list[int]) -> bool:
    """Whether a row's text besides its problem and status cells states the work kept up (…此项工作长期坚持)."""
    from .status.sentences import prose_status

    rest = [v for c, v in enumerate(row) if c not in cols and len(v) > FIELD_VALUE_LIMIT]
    return bool(rest) and prose_status("\n".join(rest)) == "done_longterm"


def _legend_block(grid: list[list[str]], fills: Fills) -> dict[str, str]:
    """A legend block's entries (fill -> words): a filled cell without words, the words of a status beside it on its
    right; both cells emptied, as they are no row's of the ledger."""
    found: dict[str, str] = {}
    headers = [r for r, row in enumerate(grid) if any(TABLE_PROBLEM_HEADER_RE.match(_SPACES.sub("", v)) for v in row)]
    for r, row in enumerate(fills.rows):
        for c, rgb in enumerate(row):
            if rgb is None or c >= len(grid[r]) or grid[r][c].strip():
                continue
            right = next((k for k in range(c + 1, min(c + 3, len(grid[r]))) if grid[r][k].strip()), None)
            if right is None or any(_ledger_cell(grid, h, r, right) for h in headers):
                continue  # none, or a ledger row's own cell under its column's name (an empty cell filled before it)
            words = grid[r][right].strip()
            if len(words) <= _LEGEND_CELL_WIDTH and _stated(words) and fills.rows[r][right] is None:
                found.setdefault(rgb, words)
                grid[r][right] = ""
                fills.rows[r][c] = None
    return found


def _ledger_cell(grid: list[list[str]], header: int, r: int, c: int) -> bool:
    """Whether grid[r][c] is a ledger's cell: a row under the header, its problem cell written, its column named."""
    if header >= r or c >= len(grid[header]) or not grid[header][c].strip():
        return False
    problem = next(k for k, v in enumerate(grid[header]) if TABLE_PROBLEM_HEADER_RE.match(_SPACES.sub("", v)))
    return problem < len(grid[r]) and bool(grid[r][problem].strip())


def _status_words(grid: list[list[str]], fills: Fills, words_of: Any, row_words: Any = None) -> bool:
    """Each ledger row under a header naming the problem column: the words its fill stands for, in its status cell."""
    header_at = next(
        (r for r, row in enumerate(grid) if any(TABLE_PROBLEM_HEADER_RE.match(_SPACES.sub("", v)) for v in row)), None
    )
    if header_at is None:
        return False
    header = [_SPACES.sub("", v) for v in grid[header_at]]
    problem_col = next(c for c, v in enumerate(header) if TABLE_PROBLEM_HEADER_RE.match(v))
    named = [
        c
        for c, v in enumerate(header)
        if v and TABLE_STATUS_HEADER_RE.search(v) and not EARLIER_STATUS_HEADER_RE.match(v) and c != problem_col
    ]
    # of the columns a status word names, the one whose cells hold no text: a measures column named for its
    # progress too (整改措施及进展) before the empty, shaded 完成情况 cell (round 146's Word ledger) holds none of
    # the fills' words
    # of the others, one of short cells (√ / √（长期坚持） under 完成 beside the measures' 整改情况: round 149's page)
    status_col = next(
        (c for c in named if _blank_column(grid, header_at, problem_col, c)),
        next((c for c in named if _short_column(grid, header_at, problem_col, c)), named[0] if named else None),
    )
    rows = []
    for r in range(header_at + 1, len(grid)):
        row, colours = grid[r], fills.rows[r] if r < len(fills.rows) else []
        if problem_col >= len(row) or not row[problem_col].strip():
            continue
        if row_words is not None:  # a struck-through row's words, by its status or problem cell (_read_strikes)
            words = row_words(r, [c for c in (status_col, problem_col) if c is not None])
            if words is not None:
                rows.append((r, words))
            continue
        own = [colours[c] if c < len(colours) else None for c in (status_col, problem_col) if c is not None]
        rgb = next((x for x in own if x is not None), None)
        if rgb is None:
            filled = [x for x in colours if x is not None]
            rgb = max(set(filled), key=filled.count) if filled else None
        words = words_of(rgb)
        if words is not None:
            rows.append((r, words))
    if not rows:
        return False
    if status_col is None:  # no status column: the words stand in one of their own, after the header's last
        status_col = max(c for c, v in enumerate(grid[header_at]) if v.strip()) + 1
        _put(grid[header_at], status_col, _ADDED_HEADER)
    for r, words in rows:
        value = grid[r][status_col].strip() if status_col < len(grid[r]) else ""
        if not value or _MARK_ONLY.match(value):
            _put(grid[r], status_col, words)
    return True


def _blank_column(grid: list[list[str]], header_at: int, problem_col: int, col: int) -> bool:
    """Whether each ledger row under the header holds nothing in the column but a mark (●, √) at most."""
    for row in grid[header_at + 1 :]:
        if problem_col < len(row) and row[problem_col].strip() and col < len(row):
            value = row[col].strip()
            if value and not _MARK_ONLY.match(value):
                return False
    return True


def _short_column(grid: list[list[str]], header_at: int, problem_col: int, col: int) -> bool:
    """Whether each ledger row under the header holds a short value at most in the column (a status cell's)."""
    for row in grid[header_at + 1 :]:
        if (
            problem_col < len(row)
            and row[problem_col].strip()
            and col < len(row)
            and len(row[col].strip()) > FIELD_VALUE_LIMIT
        ):
            return False
    return True


def _put(row: list[str], col: int, value: str) -> None:
    if len(row) <= col:
        row.extend([""] * (col + 1 - len(row)))
    row[col] = value

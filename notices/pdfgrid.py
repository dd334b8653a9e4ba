"""Ruled tables on a PDF page, read cell by cell.

A notice printed from Word or WPS keeps its 整改台账 as a ruled table: each cell's text wraps inside the cell, so
the text layer's lines run across the columns of a row (序号问题类别存在问题…) and a cell's second line stands
below the row's first line. The page's rules (the cells' borders, drawn as path objects) give the grid back: each
character is put in the cell its centre falls in, and a row becomes one line with its cells split by tabs, the
form a copy of a Word table pastes and the parser's table reader (notices.tables) reads.
"""

from __future__ import annotations

import bisect
import ctypes
from dataclasses import dataclass
from typing import Any

_STRAIGHT = 1.0  # a rule is axis-aligned within this many points
_SAME = 2.5  # rules this close (a stroke's width, a border drawn twice by neighbouring cells) are one
_MIN_RULE = 8.0  # shorter strokes are glyph parts or decoration, not a cell's border
_MAX_PATHS = 4000  # a page of vector drawing (a chart, a map) is no ledger: its paths are not walked


@dataclass
class Grid:
    """A ruled table: its column borders (x, left to right), row borders (distance from the page top, downwards) and,
    for each inner row border, the columns it rules (a cell merged over rows has no rule across it)."""

    xs: list[float]
    ys: list[float]
    ruled: set[tuple[int, int]]  # (row border, column) where a rule closes the cell above
    # (row, column border) where a rule parts the cells left and right of the border; None: every border is ruled
    walls: set[tuple[int, int]] | None = None

    def holds(self, x: float, y: float) -> bool:
        return self.xs[0] < x < self.xs[-1] and self.ys[0] < y < self.ys[-1]

    def cell(self, x: float, y: float) -> tuple[int, int]:
        """The cell a point falls in; a cell Word merged over rows (an area's class beside its problems) is its top
        row's, the text centred in it counted there, the rows below left blank as a copied table leaves them. A cell
        merged across columns (an aspect's row spanning the ledger: 一、党的政治建设方面, issue 19's round 110) is its
        first column's, the others left empty as a copied table's merged row leaves them."""
        row, column = bisect.bisect(self.ys, y) - 1, bisect.bisect(self.xs, x) - 1
        if self.walls is not None:
            while column > 0 and (row, column) not in self.walls:
                column -= 1
        while row > 0 and (row, column) not in self.ruled:
            row -= 1
        return row, column


def page_grids(page: Any, height: float) -> list[Grid]:
    """The ruled tables of a page: two column borders at least crossing two row borders at least."""
    horizontal, vertical = _rules(page, height)
    if len(vertical) < 3 or len(horizontal) < 2:  # the cheap precheck: a page of text has no grid
        return []
    grids = []
    for top, bottom, xs in _bands(vertical):
        rules = [(y, x0, x1) for y, x0, x1 in horizontal if top - _SAME <= y <= bottom + _SAME and _spans(x0, x1, xs)]
        ys = _merge([y for y, _, _ in rules])
        if len(xs) >= 3 and len(ys) >= 2:  # a grid of two columns and one row at least: a box or a rule is none
            grids.append(Grid(xs, ys, _ruled(rules, xs, ys), _walls(vertical, xs, ys)))
    return grids


def _walls(vertical: list[tuple[float, float, float]], xs: list[float], ys: list[float]) -> set[tuple[int, int]]:
    """(row, column border) for each inner column border a vertical rule runs down through the row's middle."""
    walls = set()
    for x, top, bottom in vertical:
        k = bisect.bisect_left(xs, x - _SAME)
        if 0 < k < len(xs) - 1 and abs(xs[k] - x) <= _SAME:
            walls |= {(r, k) for r in range(len(ys) - 1) if top - _SAME <= (ys[r] + ys[r + 1]) / 2 <= bottom + _SAME}
    return walls


def _ruled(rules: list[tuple[float, float, float]], xs: list[float], ys: list[float]) -> set[tuple[int, int]]:
    """(row border, column) for each column a horizontal rule crosses at that border."""
    ruled = set()
    for y, x0, x1 in rules:
        row = min(range(len(ys)), key=lambda n: abs(ys[n] - y))
        ruled |= {(row, c) for c in range(len(xs) - 1) if x0 - _SAME <= (xs[c] + xs[c + 1]) / 2 <= x1 + _SAME}
    return ruled


def _spans(x0: float, x1: float, xs: list[float]) -> bool:
    """Whether a horizontal rule runs between two column borders of the band at least (a cell's edge)."""
    return sum(x0 - _SAME <= x <= x1 + _SAME for x in xs) >= 2


def _bands(vertical: list[tuple[float, float, float]]) -> list[tuple[float, float, list[float]]]:
    """Vertical rules grouped where their extents overlap: each group one table, with its column borders."""
    bands: list[tuple[float, float, list[float]]] = []
    for x, top, bottom in sorted(vertical, key=lambda v: v[1]):
        if bands and top <= bands[-1][1] + _SAME:
            first, last, xs = bands[-1]
            bands[-1] = (first, max(last, bottom), [*xs, x])
        else:
            bands.append((top, bottom, [x]))
    return [(top, bottom, _merge(xs)) for top, bottom, xs in bands]


def _merge(values: list[float]) -> list[float]:
    """Sorted values with those within _SAME of the one before dropped."""
    merged: list[float] = []
    for value in sorted(values):
        if not merged or value - merged[-1] > _SAME:
            merged.append(value)
    return merged


def _rules(page: Any, height: float) -> tuple[list[tuple[float, float, float]], list[tuple[float, float, float]]]:
    """The page's straight strokes: horizontal (y, x0, x1) and vertical (x, top, bottom), y from the page top."""
    import pypdfium2.raw as raw

    paths = list(page.get_objects(filter=(raw.FPDF_PAGEOBJ_PATH,), max_depth=0))
    horizontal: list[tuple[float, float, float]] = []
    vertical: list[tuple[float, float, float]] = []
    if len(paths) > _MAX_PATHS:
        return horizontal, vertical
    for path in paths:
        matrix = path.get_matrix()
        points = _outline(path.raw, raw)
        for (ax, ay), (bx, by) in ((matrix.on_point(*a), matrix.on_point(*b)) for a, b in points):
            if abs(ay - by) <= _STRAIGHT and abs(ax - bx) >= _MIN_RULE:
                horizontal.append((height - (ay + by) / 2, min(ax, bx), max(ax, bx)))
            elif abs(ax - bx) <= _STRAIGHT and abs(ay - by) >= _MIN_RULE:
                vertical.append(((ax + bx) / 2, height - max(ay, by), height - min(ay, by)))
    return horizontal, vertical


Point = tuple[float, float]


def _outline(path: Any, raw: Any) -> list[tuple[Point, Point]]:
    """The straight pieces of a path: each line-to from the point before it, and each closing back to its start.

    A filled thin rectangle (a border Word draws as a rectangle one stroke wide) gives its long sides, close
    enough to be merged into one rule."""
    pieces: list[tuple[Point, Point]] = []
    start = last = (0.0, 0.0)
    x, y = ctypes.c_float(), ctypes.c_float()
    for i in range(raw.FPDFPath_CountSegments(path)):
        segment = raw.FPDFPath_GetPathSegment(path, i)
        if not raw.FPDFPathSegment_GetPoint(segment, x, y):
            continue
        point = (x.value, y.value)
        kind = raw.FPDFPathSegment_GetType(segment)
        if kind == raw.FPDF_SEGMENT_LINETO:
            pieces.append((last, point))
        elif kind == raw.FPDF_SEGMENT_MOVETO:
            start = point
        last = point
        if raw.FPDFPathSegment_GetClose(segment) and last != start:
            pieces.append((last, start))
            last = start
    return pieces


def cell_rows(chars: list[tuple[str, float, float, float]], grid: Grid) -> list[tuple[float, list[str]]]:
    """The grid's rows as (top, cells) from the characters inside it (char, centre x, centre y, size): a cell's
    lines top to bottom, each left to right, joined without a break (the cell wrapped them, the writer did not)."""
    cells: dict[tuple[int, int], list[tuple[float, float, str, float]]] = {}
    for char, x, y, size in chars:
        cells.setdefault(grid.cell(x, y), []).append((y, x, char, size))
    rows: list[tuple[float, list[str]]] = []
    for r in range(len(grid.ys) - 1):
        texts = [_cell_text(cells.get((r, c), [])) for c in range(len(grid.xs) - 1)]
        if any(texts):
            rows.append((grid.ys[r], texts))
    return rows


def _cell_text(chars: list[tuple[float, float, str, float]]) -> str:
    lines: list[list[tuple[float, float, str, float]]] = []
    for char in sorted(chars):
        if lines and char[0] - lines[-1][0][0] < 0.5 * char[3]:
            lines[-1].append(char)
        else:
            lines.append([char])
    return "".join(c[2] for line in lines for c in sorted(line, key=lambda c: c[1]))

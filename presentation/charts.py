"""The ledger at a glance: a PNG per scope, its caption in words, and the export's summary sheet.

Several agencies: one horizontal bar per agency split by status (the items declared done whose text
shows pending work hatched apart), the most open first, each with its 红/黄/绿 light. One agency: its
items by aspect and status, its overdue items named and, with several notices, its open count from
notice to notice. Every word comes from the catalogues; every text is drawn with Noto Sans SC from
the pylopdf-fonts-zh-cn package, loaded by path (never a system font), so Chinese looks the same on
every machine. matplotlib's object API with the Agg canvas: no pyplot, so no global figure registry
holds pictures after they are rendered, and one picture is rendered at a time.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from presentation.i18n import t
from presentation.markup import esc, label, plain
from store.tallies import SEGMENTS, Snapshot, Tally

# matplotlib (and numpy under it) is imported where a picture is drawn, not with this module: the bot and
# the export import it, and loading matplotlib would add about half a second to every start of the bot.
if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from matplotlib.font_manager import FontProperties
    from matplotlib.text import Text

FONT_PACKAGE, FONT_FILE = "pylopdf_fonts_zh_cn", "NotoSansSC-Regular.otf"
# Drawn for a character the font has no glyph for (a rare character in a name), instead of an empty
# box; the caption, read by Telegram's own fonts, carries the text in full.
MISSING = "〓"
DPI = 100
COLORS = {"done": "#4c9f70", "done_longterm": "#8cc7a1", "flagged": "#f0b44c", "in_progress": "#e07b39",
          "unstated": "#b0b0b0"}  # fmt: skip
LIGHT_COLORS = {"red": "#d62728", "yellow": "#f2c200", "green": "#2ca02c"}
CAPTION_LIMIT = 1000  # Telegram takes captions of up to 1,024 characters (entities not counted)
ROW = "row-name"  # the gid of the texts naming the bars
NAME_WIDTH = 16  # characters of an agency name drawn beside its bar
_RENDER = threading.Lock()  # matplotlib is not thread-safe, and one picture at a time bounds memory


@cache
def font_path() -> Path:
    """The shipped Noto Sans SC file, found through its package."""
    with resources.as_file(resources.files(FONT_PACKAGE) / FONT_FILE) as path:
        return Path(path)


def font(size: float = 10) -> FontProperties:
    """The shipped font by its file: matplotlib's font search (which may find system fonts) is never used."""
    from matplotlib.font_manager import FontProperties

    return FontProperties(fname=str(font_path()), size=size)


@cache
def font_chars() -> frozenset[int]:
    """Every code point the shipped font has a glyph for (its cmap)."""
    from matplotlib.ft2font import FT2Font

    return frozenset(FT2Font(str(font_path())).get_charmap())


def drawable(text: str) -> str:
    """`text` with every character the font lacks replaced by MISSING."""
    chars = font_chars()
    return "".join(ch if ord(ch) in chars or ch == "\n" else MISSING for ch in text)


def shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def scope_name(scope: str | None, lang: str) -> str:
    return scope or t(lang, "chart-scope-all")


# --- the picture ------------------------------------------------------------------------------------


def chart_png(snap: Snapshot, scope: str | None, lang: str) -> bytes:
    """The chart for the snapshot as PNG bytes (one agency: its detail; several: a bar each)."""
    with _RENDER:
        figure = chart_figure(snap, scope, lang)
        out = io.BytesIO()
        figure.savefig(out, format="png", dpi=DPI)
        figure.clear()  # drop the artists now rather than whenever the collector runs
        return out.getvalue()


def chart_figure(snap: Snapshot, scope: str | None, lang: str) -> Figure:
    """The figure, its canvas Agg (tests read its artists)."""
    return _agency_figure(snap, lang) if snap.single else _agencies_figure(snap, scope, lang)


@dataclass
class _Column:
    """Vertical layout in inches from the top of a figure of a fixed height."""

    height: float
    y: float = 0.0

    def take(self, inches: float) -> tuple[float, float]:
        """The next band's bottom and height as figure fractions."""
        self.y += inches
        return 1 - self.y / self.height, inches / self.height


def _agencies_figure(snap: Snapshot, scope: str | None, lang: str) -> Figure:
    rows = snap.agencies
    top, bottom, per_bar = 1.3, 0.8, 0.25
    column = _Column(top + bottom + per_bar * max(len(rows), 1))
    figure = _figure(column.height)
    _heading(figure, column, t(lang, "chart-title", scope=scope_name(scope, lang), date=snap.today.isoformat()))
    _legend(figure, column, lang, lights=True)
    y0, h = column.take(per_bar * max(len(rows), 1))
    axes = figure.add_axes((0.25, y0, 0.63, h))
    _bars(axes, rows, [drawable(shorten(r.name, NAME_WIDTH)) for r in rows], lang)
    xmax = max((r.total for r in rows), default=1)
    ys = range(len(rows))  # the lights and open/total beyond the longest bar
    axes.scatter([xmax * 1.04] * len(rows), ys, s=70, color=[LIGHT_COLORS[snap.lights[r.name]] for r in rows],
                 clip_on=False, zorder=3)  # fmt: skip
    for y, row in zip(ys, rows, strict=True):
        axes.text(xmax * 1.08, y, f"{row.open}/{row.total}", va="center", fontproperties=font(8), clip_on=False)
    if snap.agency_count > len(rows):
        figure.text(0.02, 0.15 / column.height, t(lang, "chart-more-agencies", count=snap.agency_count - len(rows),
                    shown=len(rows)), fontproperties=font(9))  # fmt: skip
    return figure


def _agency_figure(snap: Snapshot, lang: str) -> Figure:
    """One agency: items by aspect and status, then its open count per notice, then its overdue items."""
    aspects, history = snap.aspects, snap.history if len(snap.history) > 1 else []
    shown = snap.overdue
    overdue_lines = 1 + len(shown) + (snap.overdue_count > len(shown))
    heights = (1.3, 0.45 + 0.4 * max(len(aspects), 1), 0.9, 2.0 if history else 0.0, 0.3 * overdue_lines + 0.3)
    column = _Column(sum(heights))
    figure = _figure(column.height)
    agency = snap.agencies[0]
    title = t(lang, "chart-title", scope=drawable(agency.name), date=snap.today.isoformat())
    _heading(figure, column, title, light=snap.lights[agency.name])
    _legend(figure, column, lang, lights=False)
    column.take(0.45)
    y0, h = column.take(heights[1] - 0.45)
    axes = figure.add_axes((0.3, y0, 0.62, h))
    axes.set_title(t(lang, "chart-aspects-title"), fontproperties=font(11), loc="left")
    names = [drawable(shorten(a.name or t(lang, "chart-aspect-none"), 20)) for a in aspects]
    _bars(axes, aspects, names, lang)
    column.take(heights[2])
    if history:
        y0, h = column.take(heights[3] - 0.3)
        _history(figure.add_axes((0.3, y0, 0.62, h)), history, lang)
        column.take(0.3)
    _overdue(figure, column, snap, lang)
    return figure


def _figure(height: float) -> Figure:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(10, height), dpi=DPI, facecolor="white")
    FigureCanvasAgg(figure)
    return figure


def _heading(figure: Figure, column: _Column, title: str, light: str | None = None) -> None:
    y0, h = column.take(0.6)
    figure.text(0.5, y0 + h / 2, drawable(title), ha="center", va="center", fontproperties=font(15))
    if light is not None:  # one agency: its light before the title
        dot = figure.add_axes((0.03, y0 + h * 0.2, 0.04, h * 0.6))
        dot.scatter([0], [0], s=260, color=LIGHT_COLORS[light])
        dot.set_axis_off()


def _legend(figure: Figure, column: _Column, lang: str, *, lights: bool) -> None:
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    handles: list[Any] = [
        Patch(facecolor=COLORS[s], hatch="///" if s == "flagged" else None, edgecolor="#7a5200" if s == "flagged"
              else COLORS[s], label=t(lang, f"chart-segment-{s}")) for s in SEGMENTS
    ]  # fmt: skip
    if lights:
        handles += [Line2D([], [], marker="o", linestyle="", markersize=9, color=LIGHT_COLORS[c],
                           label=t(lang, f"chart-light-{c}")) for c in LIGHT_COLORS]  # fmt: skip
    y0, h = column.take(0.55)
    figure.legend(handles=handles, loc="center", bbox_to_anchor=(0.5, y0 + h / 2), ncol=4, frameon=False,
                  prop=font(9))  # fmt: skip


def _bars(axes: Any, rows: Sequence[Tally], names: list[str], lang: str) -> None:
    """Stacked horizontal bars, one per row, first row on top: a collection of rectangles per status,
    labelled with the status's words (one artist per status, not one per bar: 100 agencies draw fast)."""
    from matplotlib.collections import PolyCollection

    left = [0] * len(rows)
    for segment in SEGMENTS:
        widths = [r.counts.get(segment, 0) for r in rows]
        boxes = [[(x, y - 0.35), (x + w, y - 0.35), (x + w, y + 0.35), (x, y + 0.35)]
                 for y, (x, w) in enumerate(zip(left, widths, strict=True))]  # fmt: skip
        flagged = segment == "flagged"
        axes.add_collection(PolyCollection(
            boxes, facecolors=COLORS[segment], edgecolors="#7a5200" if flagged else COLORS[segment],
            linewidths=0, hatch="///" if flagged else None, label=t(lang, f"chart-segment-{segment}"),
        ), autolim=False)  # fmt: skip
        left = [a + b for a, b in zip(left, widths, strict=True)]
    axes.set_xlim(0, max(left, default=1) or 1)
    axes.set_ylim(len(rows) - 0.5, -0.5)
    axes.set_yticks([])  # names as plain texts: a hundred Tick objects (lines, two labels each) draw slowly
    beside = axes.get_yaxis_transform()  # x in axes fractions, y in rows
    for y, name in enumerate(names):
        axes.text(-0.01, y, name, transform=beside, ha="right", va="center", fontproperties=font(9), gid=ROW)
    _count_axis(axes, max(left, default=1), t(lang, "chart-axis-items"), "x")
    axes.spines[["top", "right"]].set_visible(False)


def _count_axis(axes: Any, top: int, name: str, which: str) -> None:
    """Whole-number ticks with their labels set here, so they too are drawn in the shipped font."""
    from matplotlib.ticker import MaxNLocator

    ticks = [v for v in MaxNLocator(nbins=6, integer=True).tick_values(0, max(top, 1)) if 0 <= v <= max(top, 1)]
    labels = [str(int(v)) for v in ticks]
    if which == "x":
        axes.set_xticks(ticks, labels, fontproperties=font(8))
        axes.set_xlabel(name, fontproperties=font(9))
    else:
        axes.set_yticks(ticks, labels, fontproperties=font(8))
        axes.set_ylabel(name, fontproperties=font(9))


def _history(axes: Any, history: list[tuple[str, int]], lang: str) -> None:
    """The open count of each notice, in order."""
    xs = list(range(len(history)))
    axes.plot(xs, [n for _, n in history], marker="o", color=COLORS["in_progress"])
    for x, (_, n) in zip(xs, history, strict=True):
        axes.text(x, n, f" {n}", va="bottom", fontproperties=font(8))
    axes.set_xticks(xs, [d for d, _ in history], fontproperties=font(8))
    axes.set_xlim(-0.5, len(history) - 0.5)
    _count_axis(axes, max(n for _, n in history), t(lang, "chart-history-axis"), "y")
    axes.set_title(t(lang, "chart-history-title"), fontproperties=font(11), loc="left")
    axes.spines[["top", "right"]].set_visible(False)


def _overdue(figure: Figure, column: _Column, snap: Snapshot, lang: str) -> None:
    """The overdue items named, earliest deadline first."""
    lines = [t(lang, "chart-overdue-title", count=snap.overdue_count) if snap.overdue_count
             else t(lang, "chart-overdue-none")]  # fmt: skip
    lines += [plain(t(lang, "chart-overdue-line", label=label(i.label, lang), title=esc(shorten(i.title, 40)),
                      deadline=i.deadline or "")) for i in snap.overdue]  # fmt: skip
    if snap.overdue_count > len(snap.overdue):
        lines.append(t(lang, "chart-overdue-more", count=snap.overdue_count - len(snap.overdue)))
    for n, line in enumerate(lines):
        y0, h = column.take(0.3)
        color = "#b00000" if n and snap.overdue else "black"
        x, size = (0.05, 11) if n == 0 else (0.07, 9)
        figure.text(x, y0 + h / 2, drawable(line), va="center", fontproperties=font(size), color=color)


# --- the caption ------------------------------------------------------------------------------------


def caption(snap: Snapshot, scope: str | None, lang: str) -> str:
    """What the picture shows, in words (Telegram HTML, under its caption limit), with the notices counted."""
    whole, name = snap.totals, snap.agencies[0].name if snap.single else scope_name(scope, lang)
    head = [
        t(lang, "chart-caption-title", scope=esc(name), date=snap.today.isoformat()),
        t(lang, "chart-caption-totals", agencies=snap.agency_count, items=whole.total, done=whole.counts["done"],
          longterm=whole.counts["done_longterm"], flagged=whole.counts["flagged"],
          in_progress=whole.counts["in_progress"], unstated=whole.counts["unstated"], overdue=whole.overdue),
    ]  # fmt: skip
    room = CAPTION_LIMIT - len(plain("\n".join(head)))
    sources = t(lang, "chart-caption-sources", notices=_sources(snap, lang, room // 2))
    room -= len(plain(sources)) + 2
    kept: list[str] = []
    for line in _detail_lines(snap, lang):  # as many as fit, the most open first
        if len(plain(line)) + 1 > room:
            break
        kept.append(line)
        room -= len(plain(line)) + 1
    return "\n".join([*head, *kept, sources])


def _detail_lines(snap: Snapshot, lang: str) -> list[str]:
    if not snap.single:
        return [_agency_line(row, snap.lights[row.name], lang) for row in snap.agencies]
    lines = [_agency_line(snap.agencies[0], snap.lights[snap.agencies[0].name], lang)]
    lines += [t(lang, "chart-caption-aspect", aspect=esc(shorten(a.name or t(lang, "chart-aspect-none"), 30)),
                open=a.open, total=a.total) for a in snap.aspects]  # fmt: skip
    if len(snap.history) > 1:
        lines.append(t(lang, "chart-caption-history", steps=" → ".join(f"{d} {n}" for d, n in snap.history)))
    return lines


def _agency_line(row: Tally, light: str, lang: str) -> str:
    return t(lang, "chart-caption-agency", light=t(lang, f"chart-caption-light-{light}"), agency=esc(row.name),
             open=row.open, total=row.total, overdue=row.overdue)  # fmt: skip


def _sources(snap: Snapshot, lang: str, room: int) -> str:
    """The notices counted, cited as answers cite them, as many as fit in `room` characters."""
    cited: list[str] = []
    for notice in snap.notices:
        word = t(lang, "notice-word-dated", date=notice.date) if notice.date else t(lang, "notice-word")
        if notice.url:
            word = f'<a href="{esc(notice.url)}">{word}</a>'
        one = t(lang, "cite-notice", agency=esc(notice.agency), notice=word)
        if len(plain(" ".join([*cited, one]))) > room - 12:
            break
        cited.append(one)
    if snap.notice_count > len(cited):
        cited.append(t(lang, "chart-caption-more-notices", count=snap.notice_count - len(cited)))
    return " ".join(cited)


# --- the export's summary sheet ---------------------------------------------------------------------


def add_summary_sheet(workbook: Any, rows: Sequence[Tally], lang: str, lights: Mapping[str, str] | None = None) -> None:
    """A first sheet with one row per agency (items per status, total, overdue, open share, light) and a
    native stacked bar chart of it. Works with write-only workbooks (rows appended, chart added)."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.chart import BarChart, Reference
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    sheet = workbook.create_sheet(t(lang, "ledger-summary-sheet"), 0)
    names = ["agency", *SEGMENTS, "total", "overdue", "open-share", "light"]
    headings = [t(lang, f"chart-segment-{n}") if n in SEGMENTS else t(lang, f"ledger-summary-{n}") for n in names]
    for number, width in enumerate([30, *[12] * (len(names) - 1)], start=1):
        sheet.column_dimensions[get_column_letter(number)].width = width
    sheet.append([_text_cell(WriteOnlyCell(sheet), h, bold=Font(bold=True)) for h in headings])
    for row in rows:
        light = (lights or {}).get(row.name)
        share = WriteOnlyCell(sheet, round(row.open_share, 4))
        share.number_format = "0%"
        mark = _text_cell(WriteOnlyCell(sheet), t(lang, f"chart-light-{light}") if light else "")
        if light:
            mark.fill = PatternFill("solid", fgColor=LIGHT_COLORS[light].lstrip("#"))
        counts = [row.counts.get(s, 0) for s in SEGMENTS]
        sheet.append([_text_cell(WriteOnlyCell(sheet), row.name), *counts, row.total, row.overdue, share, mark])
    chart = BarChart()
    chart.type, chart.grouping, chart.overlap = "bar", "stacked", 100
    chart.title = t(lang, "ledger-summary-sheet")
    chart.add_data(Reference(sheet, min_col=2, max_col=1 + len(SEGMENTS), min_row=1, max_row=len(rows) + 1),
                   titles_from_data=True)  # fmt: skip
    chart.set_categories(Reference(sheet, min_col=1, min_row=2, max_row=max(len(rows), 1) + 1))
    for series, segment in zip(chart.series, SEGMENTS, strict=True):
        series.graphicalProperties.solidFill = COLORS[segment].lstrip("#")
    chart.y_axis.title = t(lang, "chart-axis-items")
    chart.x_axis.scaling.orientation = "maxMin"  # the first agency on top, as in the table
    chart.x_axis.delete = chart.y_axis.delete = False  # openpyxl 3.1 hides both axes unless told
    chart.width, chart.height = 22, max(8.0, 0.6 * len(rows) + 3)
    sheet.add_chart(chart, f"{get_column_letter(len(names) + 2)}2")


def _text_cell(cell: Any, value: str, bold: Any = None) -> Any:
    """A string cell that stays a string (never a formula, whatever a name starts with)."""
    cell.value = value
    cell.data_type = "s"
    if bold is not None:
        cell.font = bold
    return cell


def drawn_texts(figure: Figure) -> list[Text]:
    """Every non-empty text artist of a figure (what a reader sees as words or numbers)."""
    from matplotlib.text import Text

    found = figure.findobj(lambda a: isinstance(a, Text) and a.get_visible() and bool(a.get_text().strip()))
    return [text for text in found if isinstance(text, Text)]

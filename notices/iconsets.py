"""A ledger whose status is an icon: a .xlsx 整改台账 whose 完成率 or 进度 column carries a conditional format's icon
set (<conditionalFormatting><cfRule type="iconSet">: three traffic lights, three symbols, three flags, as Excel and
WPS write them), often with the numbers hidden (showValue="0"), explained by the sheet's legend row (注：绿灯表示已完成
整改，黄灯表示…，红灯表示正在整改: issue 19's round 149, a college's ledger; a comment on the header cell saying the
same is not read, the legend row is).

A reader of the sheet sees the icon, not the number under it: each cell the rule covers is read as the icon Excel
shows for its value (the rule's thresholds, cfvo num / percent / percentile / min / max, ≥ or >, reversed or not),
named by its colour and mark (绿灯 / 红旗 / 黄色): the words the legend names it by, which the reader of a traffic
light's legend then reads as the status (normalize.colour_legend_read, round 135). Where the number is shown beside
the icon it stays, unless the workbook explains the icons: then the icon is the status the sheet states.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Each icon set's icons from the lowest value to the highest, named by their colour and mark as a legend names them
# (vocabulary of the format, as data); sets of shapes without a colour (3Stars, 5Rating, 5Quarters, the grey arrows)
# name no status and are left as their numbers.
ICON_WORDS: dict[str, tuple[str, ...]] = {
    "3TrafficLights1": ("红灯", "黄灯", "绿灯"),
    "3TrafficLights2": ("红灯", "黄灯", "绿灯"),
    "3Signs": ("红色", "黄色", "绿色"),
    "3Symbols": ("红色", "黄色", "绿色"),
    "3Symbols2": ("红色", "黄色", "绿色"),
    "3Flags": ("红旗", "黄旗", "绿旗"),
    "3Arrows": ("红色", "黄色", "绿色"),
    "4TrafficLights": ("黑灯", "红灯", "黄灯", "绿灯"),
}
DEFAULT_ICON_SET = "3TrafficLights1"  # what Excel shows for an <iconSet> naming none
_NUMBER = re.compile(r"^-?\d+(?:\.\d+)?%?$")


@dataclass
class IconRule:
    """One icon-set rule of a sheet: the ranges it covers, its icons, thresholds and whether numbers show."""

    ranges: list[tuple[int, int, int, int]] = field(default_factory=list)  # (min col, min row, max col, max row)
    icons: tuple[str, ...] = ()
    cfvo: list[tuple[str, str, bool]] = field(default_factory=list)  # (type, val, ≥)
    reverse: bool = False
    show_value: bool = True


def rules_of(formatting: object, main: str) -> list[IconRule]:
    """The icon-set rules of a <conditionalFormatting> element (lxml), `main` the spreadsheet namespace."""
    from openpyxl.utils.cell import range_boundaries

    found = []
    ranges = []
    for ref in (formatting.get("sqref") or "").split():  # type: ignore[attr-defined]
        try:
            ranges.append(range_boundaries(ref if ":" in ref else f"{ref}:{ref}"))
        except (ValueError, TypeError):
            continue
    for rule in formatting.iter(main + "cfRule"):  # type: ignore[attr-defined]
        icon_set = rule.find(main + "iconSet")
        if rule.get("type") != "iconSet" or icon_set is None:
            continue
        icons = ICON_WORDS.get(icon_set.get("iconSet") or DEFAULT_ICON_SET, ())
        cfvo = [
            (c.get("type") or "", c.get("val") or "", c.get("gte") not in ("0", "false"))
            for c in icon_set.iter(main + "cfvo")
        ]
        if icons and len(cfvo) == len(icons):
            found.append(
                IconRule(
                    [r for r in ranges if None not in r],
                    icons,
                    cfvo,
                    icon_set.get("reverse") in ("1", "true"),
                    icon_set.get("showValue") not in ("0", "false"),
                )
            )
    return found


def _number(text: str) -> float | None:
    text = text.strip().replace(",", "")
    if not _NUMBER.match(text):
        return None
    return float(text[:-1]) / 100 if text.endswith("%") else float(text)


def _percentile(values: list[float], p: float) -> float:
    """Excel's PERCENTILE (inclusive, interpolated)."""
    ordered = sorted(values)
    at = (len(ordered) - 1) * min(max(p, 0.0), 100.0) / 100
    low = int(at)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (at - low)


def _threshold(kind: str, val: str, values: list[float]) -> float | None:
    low, high = min(values), max(values)
    try:
        if kind == "num" or kind == "formula":
            return float(val)
        if kind == "percent":
            return low + (high - low) * float(val) / 100
        if kind == "percentile":
            return _percentile(values, float(val))
    except ValueError:
        return None
    return {"min": low, "max": high}.get(kind)


def icons_read(grid: list[list[str]], rules: list[IconRule], explained: bool) -> None:
    """Each cell a rule covers read as its icon (see the module's docstring), the grid changed in place; `explained`:
    whether the workbook's legend names the icons by their colours."""
    for rule in rules:
        if rule.show_value and not explained:
            continue  # the number shown and no legend: the number is what the sheet states
        cells = [
            (r - 1, c - 1)
            for min_col, min_row, max_col, max_row in rule.ranges
            for r in range(min_row, min(max_row, len(grid)) + 1)
            for c in range(min_col, max_col + 1)
            if c - 1 < len(grid[r - 1])
        ]
        values = {(r, c): v for r, c in cells if (v := _number(grid[r][c])) is not None}
        if not values:
            continue
        thresholds = [_threshold(kind, val, list(values.values())) for kind, val, _ in rule.cfvo]
        if any(t is None for t in thresholds[1:]):
            continue  # a formula's threshold the reader cannot reckon: the numbers stay
        for (r, c), value in values.items():
            index = 0
            for k in range(1, len(rule.icons)):
                t = thresholds[k]
                assert t is not None
                if value > t or (rule.cfvo[k][2] and value >= t):
                    index = k
            if rule.reverse:
                index = len(rule.icons) - 1 - index
            grid[r][c] = rule.icons[index]

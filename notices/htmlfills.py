"""A web page's ledger whose status is a colour: the rows or the status cells of its table coloured (bgcolor, an
inline style="background:…", or a class the page's stylesheet colours), explained by a legend on the page: a line
naming each colour by its status words (绿色为已完成、黄色为正在推进) or a line of coloured marks each before its
words (图例：■已完成 ■推进中, each ■ in its colour). Issue 19's round 146; the reading itself is a workbook's
(notices.fills): each row the legend explains gets the words in its status cell, which the page's text then holds.
A colour nothing explains states nothing.
"""

from __future__ import annotations

import re
from typing import Any

from .fills import Fills, read_fills
from .lexicon import CSS_COLOUR_NAMES, FILL_LEGEND_RE, STRIKE_LEGEND_RE
from .normalize import is_traditional, to_simplified
from .status import classify_status

_STATED = ("done", "done_longterm", "in_progress")
_HEX = re.compile(r"#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b")
_RGB = re.compile(r"rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})")
_BACKGROUND = re.compile(r"background(?:-color)?\s*:\s*([^;]+)", re.I)
_FOREGROUND = re.compile(r"(?<![-\w])color\s*:\s*([^;]+)", re.I)
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_CLASS = re.compile(r"\.([\w-]+)")
# a legend's mark: one square, dot or block, its colour the colour it explains
_MARK = re.compile(r"^[■□●◆▲★▇█▉▬◼⬛]$")
_MARK_TAGS = ("span", "font", "b", "strong", "i", "em", "u")
# what ends a mark's words: a space, a stop, or the next mark
_WORDS_END = re.compile(r"[\s　，,；;、。■□●◆▲★▇█▉▬◼⬛]")
_WORDS_LEAD = re.compile(r"^[\s　:：=＝为表示代表]*")
_MARKS = re.compile(r"[■□●◆▲★▇█▉▬◼⬛]")
# a line of the page that may hold a colour legend: a block holding text and inline elements only
_TEXT_BLOCKS = ("p", "div", "li", "td", "section", "h3", "h4", "h5", "h6")
_INLINE = ("span", "font", "b", "strong", "i", "em", "u", "a", "br", "sup", "sub")


def css_colour(value: str) -> str | None:
    """A CSS colour as RGB hex (#9c0, #92D050, rgb(146,208,80), a colour's name), None where none is read; white and
    transparent are none (the page's own)."""
    value = value.strip().lower()
    rgb: str | None = None
    if m := _HEX.search(value):
        digits = m.group(1)
        rgb = ("".join(d * 2 for d in digits) if len(digits) == 3 else digits).upper()
    elif m := _RGB.search(value):
        rgb = "".join(f"{min(int(v), 255):02X}" for v in m.groups())
    else:
        word = re.match(r"[a-z]+", value)
        rgb = CSS_COLOUR_NAMES.get(word.group(0)) if word else None
    return None if rgb in (None, "FFFFFF") else rgb


def stylesheet_colours(css: str) -> dict[str, tuple[str | None, str | None]]:
    """A page stylesheet's colours by class: class -> (background, foreground), each rule's last class taking its
    declarations (tr.done td {background:#92D050} colours the cells of the rows of class done)."""
    found: dict[str, tuple[str | None, str | None]] = {}
    for selectors, body in _RULE.findall(css):
        back = _BACKGROUND.search(body)
        fore = _FOREGROUND.search(body)
        colours = (css_colour(back.group(1)) if back else None, css_colour(fore.group(1)) if fore else None)
        if colours == (None, None):
            continue
        for selector in selectors.split(","):
            classes = _CLASS.findall(selector)
            if classes:
                old = found.get(classes[-1], (None, None))
                found[classes[-1]] = (colours[0] or old[0], colours[1] or old[1])
    return found


def _own_colour(node: Any, classes: dict[str, tuple[str | None, str | None]], which: int) -> str | None:
    """An element's own background (which=0) or text colour (which=1): its style, its bgcolor/color attribute, its
    class's rule."""
    style = node.get("style") or ""
    if style:
        m = (_BACKGROUND if which == 0 else _FOREGROUND).search(style)
        if m and (rgb := css_colour(m.group(1))):
            return rgb
    attr = node.get("bgcolor" if which == 0 else "color")
    if attr and (rgb := css_colour(attr)):
        return rgb
    for name in (node.get("class") or "").split():
        if name in classes and (rgb := classes[name][which]):
            return rgb
    return None


# A cell struck through: the cell or its row styled text-decoration:line-through (inline or by a class of the page's
# stylesheet), or most of its text inside <del>, <s>, <strike> or an element so styled (round 149's page).
_STRIKE_TAGS = ("del", "s", "strike")
_LINE_THROUGH = re.compile(r"text-decoration(?:-line)?\s*:[^;]*line-through", re.I)


def _struck_classes(css: str) -> set[str]:
    """The classes the page's stylesheet strikes through (.done {text-decoration: line-through})."""
    found: set[str] = set()
    for selectors, body in _RULE.findall(css):
        if _LINE_THROUGH.search(body):
            for selector in selectors.split(","):
                found.update(_CLASS.findall(selector)[-1:])
    return found


def _line_through(node: Any, classes: set[str]) -> bool:
    if node.tag in _STRIKE_TAGS or _LINE_THROUGH.search(node.get("style") or ""):
        return True
    return bool(classes) and any(name in classes for name in (node.get("class") or "").split())


def _struck(cell: Any, row: Any, classes: set[str]) -> bool:
    """Whether a table cell is struck through (see above)."""
    if _line_through(cell, classes) or _line_through(row, classes):
        return True
    whole = len(re.sub(r"\s+", "", cell.text_content()))
    if whole == 0:
        return False
    return _struck_chars(cell, classes) * 2 >= whole


def _struck_chars(node: Any, classes: set[str]) -> int:
    """The characters of a node's text inside its outermost struck-through descendants."""
    count = 0
    for child in node:
        if not isinstance(child.tag, str):
            continue
        if _line_through(child, classes):
            count += len(re.sub(r"\s+", "", child.text_content()))
        else:
            count += _struck_chars(child, classes)
    return count


def mark_legend(tree: Any, classes: dict[str, tuple[str | None, str | None]]) -> dict[str, str]:
    """A legend of coloured marks (图例：■已完成 ■正在推进): each mark's colour -> the status words after it."""
    found: dict[str, str] = {}
    for node in tree.iter(*_MARK_TAGS):
        text = (node.text_content() or "").strip()
        if not _MARK.match(text):
            continue
        rgb = _own_colour(node, classes, 1) or _own_colour(node, classes, 0)
        if rgb is None:
            continue
        tail = _WORDS_LEAD.sub("", node.tail or "")
        words = _WORDS_END.split(tail, maxsplit=1)[0]
        # the legend's words as the parser reads them: a page in traditional script (已完成並長期堅持) says the same
        if 2 <= len(words) <= 12 and classify_status(to_simplified(words)) in _STATED:
            found.setdefault(rgb, words)
    return found


def read_colours(tree: Any, css: str, page: str) -> bool:
    """Put the legend's words in the status cells of each coloured ledger row of the page's tables (see the module's
    docstring); whether any was put. `page` is the page's text, for the prechecks. The tree is changed in place: a
    legend line read whole into the rows is dropped."""
    classes = stylesheet_colours(css) if css else {}
    # a page in traditional script is read as its simplified form (完成情況, 已完成並長期堅持): the status column's
    # name and the legend's words are the lexicon's; the words a row takes are simplified as the page's text will be
    traditional = is_traditional(page)
    marks = mark_legend(tree, classes) if _MARKS.search(page) else {}
    notes = []
    if "色" in page and FILL_LEGEND_RE.search(page):
        notes = [
            node
            for node in tree.iter(*_TEXT_BLOCKS)
            if all(child.tag in _INLINE for child in node) and FILL_LEGEND_RE.search(node.text_content() or "")
        ]
    # a legend of struck-through rows (说明：表中加删除线的为已完成整改并销号的问题, round 149): its line is offered to
    # the reader of struck rows (notices.fills) as a colour legend's is
    struck = _struck_classes(css) if "线" in page and STRIKE_LEGEND_RE.search(page) else None
    if struck is not None:
        notes += [
            node
            for node in tree.iter(*_TEXT_BLOCKS)
            if all(child.tag in _INLINE for child in node) and STRIKE_LEGEND_RE.search(node.text_content() or "")
        ]
    if not marks and not notes:
        return False
    tables: list[tuple[list[list[str]], Fills, list[list[Any]], list[Any]]] = []
    for table in tree.iter("table"):
        if table.find(".//table") is not None:
            continue  # a layout table holding the ledger: the inner one is read
        rows = table.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr")
        grid, fills, cells = [], Fills(), []
        for row in rows:
            texts, colours, at = [], [], []
            row_colour = _own_colour(row, classes, 0)
            for cell in row:
                if cell.tag not in ("td", "th"):
                    continue
                span = max(1, min(int(cell.get("colspan", "1")) if cell.get("colspan", "1").isdigit() else 1, 50))
                colour = _own_colour(cell, classes, 0) or row_colour
                text = re.sub(r"\s+", " ", cell.text_content()).strip()
                texts += [to_simplified(text, traditional) if traditional else text] + [""] * (span - 1)
                colours += [colour] * span
                at += [cell] + [None] * (span - 1)
            grid.append(texts)
            fills.rows.append(colours)
            if struck is not None:
                fills.struck.append([cell is not None and _struck(cell, row, struck) for cell in at])
            cells.append(at)
        tables.append((grid, fills, cells, rows))
    if not tables:
        return False
    before = [[list(r) for r in grid] for grid, _, _, _ in tables]
    sheet = (
        [[to_simplified(re.sub(r"\s+", " ", node.text_content()).strip(), traditional)] for node in notes],
        Fills(),
    )
    sheet[1].rows = [[None] for _ in notes]
    read_fills([*[(grid, fills) for grid, fills, _, _ in tables], sheet], marks, page)
    changed = False
    for (grid, _, cells, rows), old in zip(tables, before, strict=True):
        for r, row in enumerate(grid):
            for c, value in enumerate(row):
                if c < len(old[r]) and old[r][c] == value:
                    continue
                changed = True
                while len(cells[r]) <= c:  # a column of the words' own, after the header's last
                    cells[r].append(rows[r].makeelement("td", {}))
                    rows[r].append(cells[r][-1])
                cell = cells[r][c]
                if cell is None:
                    continue  # a column a cell spans from its left: the words stand in that cell
                for child in list(cell):
                    cell.remove(child)
                cell.text = value
    for node, (text,) in zip(notes, sheet[0], strict=True):
        if not text and node.getparent() is not None:
            node.drop_tree()
    return changed

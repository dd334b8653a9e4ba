"""Text of a PDF with a text layer, read through PDFium: lines rejoined where page width or a page break
cut them, running headers, footers and page numbers dropped. Scanned pages are rendered for OCR."""

from __future__ import annotations

import ctypes
import math
import re
import threading
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from errors import CorruptFile, EncryptedFile, ImageTooLarge, ScannedPdf

from .normalize import clean_line, is_signature, starts_unit
from .pdfgrid import cell_rows, page_grids

_PAGE_NUMBER = re.compile(
    r"^(?:[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}(?:\s*/\s*\d{1,4})?)$"
)
_PASSWORD_ERROR = 4  # FPDF_ERR_PASSWORD
# PDFium is not thread-safe and the bot parses off the event loop in threads: one document at a time.
_PDFIUM = threading.Lock()


@dataclass
class PositionedLine:
    text: str
    x0: float
    x1: float
    top: float  # distance from the top of the page
    height: float
    row: int = 0  # a ruled table's row, its cells split by tabs: 1 the grid's first row, 2 any other (pdfgrid)


def pdf_text(data: bytes, name: str) -> str:
    """Return the text of a PDF, one paragraph a line."""
    pages = _pages(data, name)
    if not any(line.text.strip() for page in pages for line in page):
        raise ScannedPdf(name)
    return join_pages(pages)


def join_pages(pages: list[list[PositionedLine]]) -> str:
    """Paragraphs from positioned lines: chrome dropped, lines that ran to the right margin rejoined."""
    running = _running_lines(pages)
    paragraphs: list[str] = []
    right = _right_edge(pages)
    prev: PositionedLine | None = None
    heads = _Heads()
    for page in pages:
        edges = page[:2] + page[-2:]  # only these can be a running header, footer or page number
        for line in page:
            # a table's row is never chrome: a header row Word repeats on each page is dropped as a row (_table_row)
            if not line.row and any(line is edge for edge in edges) and _is_chrome(line, running, page):
                continue
            if line.row:
                if _table_row(line, prev, paragraphs, heads):
                    prev = line
                continue
            text = clean_line(line.text)
            if not text:
                continue
            if prev is not None and paragraphs and not prev.row and _continues(prev, line, text, right):
                paragraphs[-1] += text
            else:
                paragraphs.append(text)
            prev = line
    return "\n".join(paragraphs)


@dataclass
class _Heads:
    """The header rows of the ruled tables so far: each table's first row with the row printed under it the first
    time (a two-row header's second row: 责任领导 | 责任科室 under 整改责任), and where the rows stand now."""

    under: dict[str, str] = field(default_factory=dict)
    last: str | None = None  # the header row just added: the row after it is recorded under it
    repeated: str | None = None  # the second row expected under a header row just dropped as repeated
    opening: bool = False  # the next row opens a page's part of a table (its repeated header dropped above it)


def _table_row(line: PositionedLine, prev: PositionedLine | None, paragraphs: list[str], heads: _Heads) -> bool:
    """Add a ruled table's row to the paragraphs; whether it was added. Word repeats a table's header row at the top
    of each page it runs on (重复标题行): a grid's first row the same as an earlier grid's first row is dropped, and a
    two-row header's second row with it. A row Word broke across the page (允许跨页断行) goes on at the top of the
    next page's part with its number cell empty: its cells join the cells of the row before. Only there: inside a
    page, a row whose number cell is empty is a row of its own under a number merged down its rows (a ledger's
    measure rows under their problem, issue 19's round 110), which the table reader joins itself (notices.tables)."""
    cells = [clean_line(cell) for cell in line.text.split("\t")]
    text = "\t".join(cells)
    opening, heads.opening = heads.opening or line.row == 1, False
    if line.row == 1:
        if text in heads.under:
            heads.repeated, heads.opening, heads.last = heads.under[text], True, None
            return False
        heads.under[text], heads.last = "", text
    else:
        if heads.last is not None:
            heads.under[heads.last], heads.last = text, None
        if heads.repeated is not None and text == heads.repeated:
            heads.repeated, heads.opening = None, True
            return False
        heads.repeated = None
        joins = prev is not None and prev.row and paragraphs and paragraphs[-1].count("\t") == len(cells) - 1
        if opening and joins and not cells[0] and paragraphs[-1].split("\t")[0]:
            before = paragraphs[-1].split("\t")
            paragraphs[-1] = "\t".join(a + b for a, b in zip(before, cells, strict=True))
            return True
    paragraphs.append(text)
    return True


@contextmanager
def _document(data: bytes, name: str) -> Iterator[Any]:
    """Open a PDF under the PDFium lock, mapping its load errors to the notice errors."""
    import pypdfium2 as pdfium

    with _PDFIUM:
        try:
            doc = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as err:
            if getattr(err, "err_code", None) == _PASSWORD_ERROR:
                raise EncryptedFile(name) from None
            raise CorruptFile(name, "pdf", str(err).rsplit("PDFium: ", 1)[-1].rstrip(").")) from None
        try:
            if len(doc) == 0:
                raise CorruptFile(name, "pdf", "no-pages")
            yield doc
        finally:
            doc.close()


def page_count(data: bytes, name: str) -> int:
    """How many pages a PDF has."""
    with _document(data, name) as doc:
        return len(doc)


def render_page(data: bytes, name: str, index: int, dpi: float = 150, max_pixels: int | None = None) -> Any:
    """One page of a PDF as a PIL image (for OCR of scans), at `dpi`; refused above `max_pixels`."""
    with _document(data, name) as doc:
        page = doc[index]
        try:
            width, height = (round(side * dpi / 72) for side in page.get_size())
            if max_pixels is not None and width * height > max_pixels:  # a 334-byte PDF can ask for 9 GB
                raise ImageTooLarge(name, width, height)
            bitmap = page.render(scale=dpi / 72, grayscale=True)
            return bitmap.to_pil()
        finally:
            page.close()


def _pages(data: bytes, name: str) -> list[list[PositionedLine]]:
    import pypdfium2 as pdfium

    with _document(data, name) as doc:
        first: Any = None
        pages: list[list[PositionedLine]] = []
        try:
            # The first page stays open to the end: PDFium frees a font with the last page using it, and
            # reloading the same CJK font for every page took a quarter of the time.
            for i in range(len(doc)):
                page = doc[i]
                pages.append(_page_lines(page))
                if first is None:
                    first = page
                else:
                    page.close()
        except pdfium.PdfiumError as err:
            raise CorruptFile(name, "pdf", str(err)) from None
        finally:
            if first is not None:
                first.close()
        return pages


def _page_lines(page: Any) -> list[PositionedLine]:
    """The page's text lines with positions: PDFium marks line ends with CRLF in the text it extracts. A ruled
    table's characters are read cell by cell into rows (pdfgrid); a seal's characters are left out."""
    import pypdfium2.raw as raw

    height = page.get_height()
    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range()
        chunks = text.split("\r\n")
        if len(text) != textpage.count_chars():  # astral characters would shift indexes; keep order only
            return [PositionedLine(c.rstrip(), 0.0, 0.0, float(n), 10.0) for n, c in enumerate(chunks) if c.strip()]
        grids = page_grids(page, height)
        turned = _has_turned_text(page)
        lines: list[PositionedLine] = []
        inside: list[list[tuple[str, float, float, float]]] = [[] for _ in grids]  # the characters in each grid
        seal: list[int] = []  # the turned characters: a seal's letters
        for span in _spans(chunks):
            if turned:
                upright = [(i, _upright(textpage, i, raw)) for i in span]
                seal += [i for i, up in upright if not up]
                span = [i for i, up in upright if up]
            if not any(not text[i].isspace() for i in span):
                continue
            size = raw.FPDFText_GetFontSize(textpage.raw, span[0]) or 10.0
            x0, bottom, _, _ = textpage.get_charbox(span[0])
            x1 = textpage.get_charbox(span[-1])[2]
            line = PositionedLine("".join(text[i] for i in span), x0, x1, height - bottom - size, size)
            at = next((n for n, g in enumerate(grids) if g.holds(x0 + size / 2, line.top + size / 2)), None)
            if at is None:
                lines.append(line)
            else:
                inside[at] += _chars(textpage, span, text, height, size)
        if seal:
            lines = _without_seal_letters(lines, [textpage.get_charbox(i) for i in seal], height)
    finally:
        textpage.close()
    for grid, chars in zip(grids, inside, strict=True):
        rows = cell_rows(chars, grid)
        lines += [
            PositionedLine("\t".join(c), grid.xs[0], grid.xs[-1], y, 10.0, 1 + (n > 0)) for n, (y, c) in enumerate(rows)
        ]
    lines.sort(key=lambda ln: (round(ln.top), ln.x0))
    return _merge_same_line(lines)


def _spans(chunks: list[str]) -> Iterator[Sequence[int]]:
    """The indexes of each line's characters in the page's text, trailing spaces left out."""
    start = 0
    for chunk in chunks:
        yield range(start, start + len(chunk.rstrip()))
        start += len(chunk) + 2


# A seal's letters run along its arc, each turned to its own angle, over the signature and its date: read as text
# they scatter over the closing lines (中共X党组 | 某 | 局 | 共 组). A line of a notice stands upright or, in a vertical
# cell, turned a quarter; a character turned otherwise is a seal's (round 98's vector seals).
_TURN_TOLERANCE = 1.0  # degrees


def _has_turned_text(page: Any) -> bool:
    """Whether any text object of the page is drawn rotated (the cheap precheck for a seal's letters)."""
    import pypdfium2.raw as raw

    return any(
        abs(m.b) > 1e-3 or abs(m.c) > 1e-3
        for m in (o.get_matrix() for o in page.get_objects(filter=(raw.FPDF_PAGEOBJ_TEXT,), max_depth=0))
    )


def _without_seal_letters(
    lines: list[PositionedLine], boxes: list[tuple[float, float, float, float]], height: float
) -> list[PositionedLine]:
    """The lines without the seal's upright letters: where the arc tops out a letter stands upright (the middle one
    of an odd count) and the star in the middle is upright too; each is a line of one or two characters inside the
    seal's circle, which the turned letters outline (widened by a letter, since the upright one tops the arc)."""
    size = max(right - left for left, _, right, _ in boxes) if boxes else 0.0
    left = min(b[0] for b in boxes) - size
    right = max(b[2] for b in boxes) + size
    top = height - max(b[3] for b in boxes) - size
    bottom = height - min(b[1] for b in boxes) + size

    def inside(line: PositionedLine) -> bool:
        middle = line.top + line.height / 2
        return len(line.text.strip()) <= 2 and left <= line.x0 and line.x1 <= right and top <= middle <= bottom

    return [line for line in lines if not inside(line)]


def _upright(textpage: Any, index: int, raw: Any) -> bool:
    """Whether the character stands upright or turned by a quarter (a seal's letter is turned otherwise)."""
    angle = raw.FPDFText_GetCharAngle(textpage.raw, index)
    if angle < 0:  # PDFium could not tell: kept
        return True
    off = math.degrees(angle) % 90
    return off <= _TURN_TOLERANCE or off >= 90 - _TURN_TOLERANCE


def _chars(
    textpage: Any, span: Sequence[int], text: str, height: float, size: float
) -> list[tuple[str, float, float, float]]:
    """A line's characters with their places (the box's middle across, the middle of the em above the baseline down
    from the page top) and the line's font size. The baseline, not the glyph's box: a quote mark's box sits high and
    would read as a line of its own."""
    import pypdfium2.raw as raw

    chars = []
    x, y = ctypes.c_double(), ctypes.c_double()
    for i in span:
        if not text[i].isspace():
            left, _, right, _ = textpage.get_charbox(i)
            raw.FPDFText_GetCharOrigin(textpage.raw, i, x, y)
            chars.append((text[i], (left + right) / 2, height - y.value - 0.35 * size, size))
    return chars


def _merge_same_line(lines: list[PositionedLine]) -> list[PositionedLine]:
    """Runs PDFium split on one baseline (a change of font, a wide gap) make one line, left to right."""
    merged: list[PositionedLine] = []
    for line in lines:
        last = merged[-1] if merged else None
        if (
            last is not None
            and not (line.row or last.row)
            and abs(line.top - last.top) < 0.5 * min(line.height, last.height)
            and line.x0 >= last.x1
        ):
            last.text += line.text
            last.x1 = line.x1
        else:
            merged.append(line)
    return merged


def _running_lines(pages: list[list[PositionedLine]]) -> set[str]:
    """Texts that repeat near the top or bottom of most pages (running headers and footers)."""
    if len(pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    for page in pages:
        seen = {re.sub(r"\d+", "#", ln.text.strip()) for ln in page[:2] + page[-2:]}
        counts.update(seen)
    return {text for text, n in counts.items() if n >= max(2, len(pages) // 2 + 1)}


def _is_chrome(line: PositionedLine, running: set[str], page: list[PositionedLine]) -> bool:
    """A running header/footer among a page's first or last two lines, or a page number at its edges."""
    edge = [id(ln) for ln in page[:2] + page[-2:]]
    if id(line) not in edge:
        return False
    text = line.text.strip()
    if re.sub(r"\d+", "#", text) in running:
        return True
    return bool(_PAGE_NUMBER.match(text)) and id(line) in edge[-2:] + edge[:1]


def _right_edge(pages: list[list[PositionedLine]]) -> float:
    edges = sorted(ln.x1 for page in pages for ln in page)
    return edges[int(len(edges) * 0.9)] if edges else 0.0


def _continues(prev: PositionedLine, line: PositionedLine, text: str, right: float) -> bool:
    """A line continues the previous paragraph when the previous one ran to the right margin."""
    if starts_unit(text) or is_signature(text):  # the signer's name or the date under a last line that ran full
        return False
    return prev.x1 >= right - 1.5 * max(prev.height, 6.0)

"""Text of a PDF with a text layer: lines rejoined where page width or a page break cut them,
running headers, footers and page numbers dropped."""

from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass

from .errors import CorruptFile, EncryptedFile, ScannedPdf
from .normalize import clean_line, starts_unit

_PAGE_NUMBER = re.compile(
    r"^(?:[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}(?:\s*/\s*\d{1,4})?)$"
)
_MARGIN = 0.08  # share of the page height treated as header/footer band


@dataclass
class _Line:
    text: str
    x0: float
    x1: float
    top: float  # distance from the top of the page
    height: float


def pdf_text(data: bytes, name: str) -> str:
    """Return the text of a PDF, one paragraph a line."""
    pages = _pages(data, name)
    if not any(line.text for page in pages for line in page):
        raise ScannedPdf(name)
    running = _running_lines(pages)
    paragraphs: list[str] = []
    right = _right_edge(pages)
    prev: _Line | None = None
    for page in pages:
        for line in page:
            if _is_chrome(line, running, page):
                continue
            text = clean_line(line.text)
            if not text:
                continue
            if prev is not None and paragraphs and _continues(prev, line, text, right):
                paragraphs[-1] += text
            else:
                paragraphs.append(text)
            prev = line
    return "\n".join(paragraphs)


def _pages(data: bytes, name: str) -> list[list[_Line]]:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTTextContainer, LTTextLine
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfminer.psparser import PSException

    pages: list[list[_Line]] = []
    try:
        for layout in extract_pages(io.BytesIO(data), laparams=LAParams(line_margin=0.3)):
            lines: list[_Line] = []
            for element in layout:
                if not isinstance(element, LTTextContainer):
                    continue
                for line in element:
                    if isinstance(line, LTTextLine) and line.get_text().strip():
                        lines.append(
                            _Line(
                                line.get_text().strip("\n"),
                                line.x0,
                                line.x1,
                                layout.height - line.y1,
                                line.height,
                            )
                        )
            lines.sort(key=lambda ln: (round(ln.top), ln.x0))
            pages.append(lines)
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise EncryptedFile(name) from None
    except (PDFSyntaxError, PSException, ValueError, TypeError, KeyError, AssertionError) as err:
        raise CorruptFile(name, "PDF", type(err).__name__) from None
    except Exception as err:  # pdfminer raises bare Exceptions for some broken files
        if "encrypt" in str(err).lower() or "password" in str(err).lower():
            raise EncryptedFile(name) from None
        raise CorruptFile(name, "PDF", type(err).__name__) from None
    if not pages:
        raise CorruptFile(name, "PDF", "no pages")
    return pages


def _running_lines(pages: list[list[_Line]]) -> set[str]:
    """Texts that repeat near the top or bottom of most pages (running headers and footers)."""
    if len(pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    for page in pages:
        seen = {re.sub(r"\d+", "#", ln.text.strip()) for ln in page[:2] + page[-2:]}
        counts.update(seen)
    return {text for text, n in counts.items() if n >= max(2, len(pages) // 2 + 1)}


def _is_chrome(line: _Line, running: set[str], page: list[_Line]) -> bool:
    text = line.text.strip()
    if re.sub(r"\d+", "#", text) in running and (line is page[0] or line in page[:2] or line in page[-2:]):
        return True
    return bool(_PAGE_NUMBER.match(text)) and line in page[-2:] + page[:1]


def _right_edge(pages: list[list[_Line]]) -> float:
    edges = sorted(ln.x1 for page in pages for ln in page)
    return edges[int(len(edges) * 0.9)] if edges else 0.0


def _continues(prev: _Line, line: _Line, text: str, right: float) -> bool:
    """A line continues the previous paragraph when the previous one ran to the right margin."""
    if starts_unit(text):
        return False
    return prev.x1 >= right - 1.5 * max(prev.height, 6.0)

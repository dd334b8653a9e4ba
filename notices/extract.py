"""File bytes in, notice text out. The format is taken from the bytes, not from the file name."""

from __future__ import annotations

import io
import re
import struct
import unicodedata
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable
from copy import deepcopy
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from errors import (
    CorruptFile,
    EmptyFile,
    IsAFolder,
    NeedsOcr,
    NoSuchFile,
    OcrFoundNothing,
    Oversized,
    ScannedPdf,
    TooManyPages,
    UnsupportedFormat,
)

from .dates import cn_numeral
from .fills import Fills, read_fills
from .lexicon import CN_DIGITS, KEPT_UP_WORDS, UNSTRUCK_WORDS
from .officezip import check_inflated
from .status.words import MARKER_LIMIT, classify_status

if TYPE_CHECKING:
    from .pdftext import PositionedLine

# Bounds on what a file may unpack to: an Office zip's parts (.docx, .xlsx) are bounded in notices/officezip.py;
# a notice's web page is under 1 MB of text.
MAX_HTML_CHARS = 2_000_000  # a web page's text after decoding

_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|div|p)\b", re.I | re.S)
# Images of pages (scans, photos) are read by OCR.
_IMAGES = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"BM", b"II*\x00", b"MM\x00*")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # compound file: Word 97–2003 .doc, WPS .wps, also .xls/.ppt
_MAGIC = {b"Rar!": "rar", b"\x1f\x8b": "gzip", b"7z\xbc\xaf": "sevenzip"}  # → errors.FORMATS
# Rich Text (WordPad, old OA systems' exports, a .doc that is RTF inside): read by notices.rtf
_RTF = re.compile(rb"\s*\{\\rtf")
# the first header line of a MIME file (From: <Saved by Blink>, MIME-Version: 1.0): the cheap precheck for MHTML
_MIME_START = re.compile(rb"[A-Za-z][A-Za-z0-9-]{1,40}:")


def sniff(data: bytes) -> str:
    """Name the format of a file from its first bytes: 'pdf', 'docx', 'xlsx', 'odt', 'ods', 'ofd', 'doc', 'xls',
    'rtf', 'image', 'mhtml', 'html' or 'text'."""
    head = data[:2048]
    if head.startswith(b"%PDF") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    if head.startswith(_OLE):
        return _compound_kind(data)
    if head.startswith(_IMAGES) or (head.startswith(b"RIFF") and head[8:12] == b"WEBP"):
        return "image"
    if _RTF.match(head.lstrip(b"\xef\xbb\xbf")):
        return "rtf"
    for magic, what in _MAGIC.items():
        if head.startswith(magic):
            raise UnsupportedFormat("", what)  # named by extract(), which knows the name
    stripped = head.lstrip(b"\xef\xbb\xbf")
    # a web page saved as a single file (.mht/.mhtml, notices.mhtml) opens with a MIME header block
    if _MIME_START.match(stripped):
        from .mhtml import is_mhtml

        if is_mhtml(data[:16384]):
            return "mhtml"
    if _HTML_START.match(stripped) or re.search(rb"<html[\s>]", head, re.I):
        return "html"
    return "text"


def _zip_kind(data: bytes) -> str:
    """An Office zip is an Excel workbook where it holds xl/workbook.xml, an OpenDocument text or spreadsheet where
    its mimetype says so (notices.odf: LibreOffice, WPS's ODF, 永中/中标), an OFD file where it holds OFD.xml
    (notices.ofd: 电子公文 exports), else read as Word (whose reader names another zip, or a damaged one)."""
    from .ofd import damaged_ofd, is_ofd
    from .xlsx import is_workbook

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
            if is_workbook(names):
                return "xlsx"
            if is_ofd(names):
                return "ofd"
            if "word/document.xml" not in names and ("mimetype" in names or "content.xml" in names):
                from .odf import odf_kind

                return odf_kind(zf) or "docx"
            return "docx"
    except (zipfile.BadZipFile, ValueError, EOFError, zlib.error):
        return _damaged_odf(data) or ("ofd" if damaged_ofd(data) else "docx")


def _damaged_odf(data: bytes) -> str | None:
    """An OpenDocument zip cut short or damaged still opens with its mimetype member, stored first and uncompressed
    as the format asks: named by it, it is refused as the damaged .odt or .ods it is, not as a Word file."""
    head = data[30:140]
    if head.startswith(b"mimetype"):
        if b"opendocument.spreadsheet" in head:
            return "ods"
        if b"opendocument.text" in head:
            return "odt"
    return None


def _compound_kind(data: bytes) -> str:
    """A compound file is an Excel 97–2003 workbook where its directory holds a Workbook stream, else read as Word
    (whose reader names another compound file, or a damaged one)."""
    from .xls import compound_streams, is_workbook

    return "xls" if is_workbook(compound_streams(data)) else "doc"


Progress = Callable[[int, int], None]  # (pages read by OCR so far, pages in all)
MAX_OCR_PAGES = 40  # OCR takes seconds a page: a longer scan is refused rather than read for an hour


@dataclass(frozen=True)
class Extracted:
    text: str
    ocr_pages: int = 0  # pages whose text came from OCR (0: the file had text)


def text_from_bytes(data: bytes, name: str = "the file") -> str:
    """Return the text of a notice file (txt in any Chinese encoding, docx, pdf, html, or a scan by OCR)."""
    return extract(data, name).text


def extract(data: bytes, name: str = "the file", progress: Progress | None = None, *, ocr: bool = True) -> Extracted:
    """The text of a notice file, and whether OCR read it; `progress` hears of each OCR page done.
    With `ocr=False` a scan or an image raises NeedsOcr instead of being read."""
    if not data.strip():
        raise EmptyFile(name)
    try:
        kind = sniff(data)
    except UnsupportedFormat as err:
        raise UnsupportedFormat(name, str(err.params["format"])) from None
    if kind == "pdf":
        from .pdftext import pdf_text

        try:
            return Extracted(pdf_text(data, name))
        except ScannedPdf:
            if not ocr:
                raise NeedsOcr(name) from None
            return _ocr_pdf(data, name, progress)
    if kind == "image":
        if not ocr:
            raise NeedsOcr(name)
        return ocr_images([data], name, progress)
    if kind == "docx":
        # a page's markup pasted into Word (a 美篇 page's <p class="ql-block"> paragraphs, round 53) is read as the
        # page it is, as the same markup saved as text is
        docx = docx_text(data, name)
        return Extracted(html_text(docx) if _looks_like_html(docx) else docx)
    if kind == "xlsx":
        from .xlsx import xlsx_text

        return Extracted(xlsx_text(data, name))
    if kind == "xls":
        from .xls import xls_text

        return Extracted(xls_text(data, name))
    if kind == "doc":
        return Extracted(doc_text(data, name))
    if kind in ("odt", "ods"):  # OpenDocument (notices.odf): read as a Word file's and a workbook's lines are
        from .odf import odf_text

        return Extracted(odf_text(data, name, kind))
    if kind == "rtf":
        from .rtf import rtf_text

        return Extracted(rtf_text(data, name))
    if kind == "ofd":  # an OFD file's positioned text, read as a PDF's lines are (notices.ofd)
        from .ofd import ofd_text

        return Extracted(ofd_text(data, name))
    if kind == "mhtml":  # a page saved as a single file: its HTML part read as the saved page it is (notices.mhtml)
        from .mhtml import mhtml_pages

        pages = []
        for page in mhtml_pages(data, name, decode_text):
            if len(page) > MAX_HTML_CHARS:
                raise Oversized(name, "page", MAX_HTML_CHARS * 3 / 1e6)
            pages.append(html_text(page))
        return Extracted("\n".join(pages))
    text = decode_text(data, name)
    if kind == "html" or _looks_like_html(text):
        if len(text) > MAX_HTML_CHARS:
            raise Oversized(name, "page", MAX_HTML_CHARS * 3 / 1e6)  # ~3 bytes a character
        return Extracted(html_text(text))
    return Extracted(text)


def ocr_images(images: list[bytes], name: str, progress: Progress | None = None) -> Extracted:
    """The text of page images in the order given (an album of photos is one notice)."""
    if len(images) > MAX_OCR_PAGES:
        raise TooManyPages(name, len(images), MAX_OCR_PAGES)
    pages = []
    for number, image in enumerate(images, 1):
        pages.append(ocr_image_page(image, name, number, len(images)))
        if progress:
            progress(number, len(images))
    return ocr_result(pages, name)


def ocr_image_page(image: bytes, name: str, number: int, total: int) -> list[PositionedLine]:
    """The lines of page `number` of `total` images (each page of an album can be read by its own process)."""
    from .ocr import image_lines

    return image_lines(image, name if total == 1 else f"{name} {number}/{total}")  # a page named in any language


def _ocr_pdf(data: bytes, name: str, progress: Progress | None) -> Extracted:
    total = ocr_pdf_pages(data, name)
    pages = []
    for index in range(total):
        pages.append(ocr_pdf_page(data, name, index))
        if progress:
            progress(index + 1, total)
    return ocr_result(pages, name)


def ocr_pdf_pages(data: bytes, name: str) -> int:
    """How many pages of a scanned PDF OCR is to read; refused when OCR is missing or they are too many."""
    from .ocr import available
    from .pdftext import page_count

    if not available():
        raise ScannedPdf(name)
    total = page_count(data, name)
    if total > MAX_OCR_PAGES:
        raise TooManyPages(name, total, MAX_OCR_PAGES)
    return total


def ocr_pdf_page(data: bytes, name: str, index: int) -> list[PositionedLine]:
    """The lines of one page of a scanned PDF, rendered at the resolution the recogniser needs."""
    from .ocr import MAX_PIXELS, RENDER_DPI, page_lines
    from .pdftext import render_page

    return page_lines(render_page(data, name, index, RENDER_DPI, max_pixels=MAX_PIXELS))


def ocr_result(pages: list[Any], name: str) -> Extracted:
    """The text of pages read by OCR, joined as a PDF's pages are."""
    from .pdftext import join_pages

    text = join_pages(pages)
    if not text.strip():
        raise OcrFoundNothing(name)
    return Extracted(text, ocr_pages=len(pages))


def read_text(path: str | Path) -> str:
    """Read a notice file from disk and return its text."""
    return text_from_bytes(read_bytes(path), Path(path).name)


def read_bytes(path: str | Path) -> bytes:
    """A notice file's bytes, with a clear message for a folder or a missing file."""
    path = Path(path)
    try:
        return path.read_bytes()
    except IsADirectoryError:
        raise IsAFolder(str(path)) from None
    except FileNotFoundError:
        raise NoSuchFile(str(path)) from None


# --- plain text -------------------------------------------------------------------------------------
_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def decode_text(data: bytes, name: str) -> str:
    """Decode text bytes, detecting UTF-8 (with or without BOM), UTF-16 and GB18030/GBK/Big5."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _detect(data, name)
    if _is_binary(text):
        raise UnsupportedFormat(name, "binary")
    return text


def _detect(data: bytes, name: str) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise UnsupportedFormat(name, "binary")
    return str(best)


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


def _is_binary(text: str) -> bool:
    sample = text[:4000]
    if not sample:
        return False
    return len(_CONTROL.findall(sample)) / len(sample) > 0.02


def _looks_like_html(text: str) -> bool:
    head = text[:3000].lower()
    return head.count("<p") + head.count("<div") + head.count("<br") >= 3 and "</" in head


# --- docx -------------------------------------------------------------------------------------------
def docx_text(data: bytes, name: str) -> str:
    """Paragraphs and tables of a .docx in document order; table rows become labelled lines."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
            if "EncryptionInfo" in names:
                from errors import EncryptedFile

                raise EncryptedFile(name)
            if "word/document.xml" not in names:
                raise UnsupportedFormat(name, "zip")
            check_inflated(zf, name)
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, EOFError, zlib.error) as err:
        detail = "zlib" if isinstance(err, zlib.error) else type(err).__name__  # zlib's own kind is "error"
        raise CorruptFile(name, "docx", detail) from None
    body = document.element.body
    _as_shown(body)
    numbers = ListNumbers(document)
    parts: list[list[str] | tuple[list[list[str]], Fills]] = []  # a paragraph's lines, or a table's grid and fills
    shaded = next(body.iter(_SHADING), None) is not None  # the cheap precheck: most documents shade nothing
    striking = next(body.iter(*_STRIKES), None) is not None  # … and strike nothing through
    struck: list[bool] = []  # each paragraph's, in the order of parts' paragraphs (where the document strikes any)
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            parts.append(_paragraph_lines(child, numbers))
            if striking:
                struck.append(_struck(child))
        elif tag == "tbl":
            table = docx.table.Table(child, document)
            grid = [_row_texts(row, numbers) for row in table.rows]
            fills = Fills()
            if shaded:
                fills.rows = [[_cell_shading(cell) for cell in row.cells] for row in table.rows]
            if striking:
                fills.struck = [[_struck(cell._tc) for cell in row.cells] for row in table.rows]
            parts.append((grid, fills))
    if shaded or striking:
        _shading_read(parts)
    if striking and any(struck):
        _struck_list_read([part for part in parts if isinstance(part, list)], struck)
    lines: list[str] = []
    for part in parts:
        if isinstance(part, tuple):
            lines += ["\t".join(r) for r in part[0] if any(r)]
        else:
            lines += [line for line in part if line is not _GONE]
    return "\n".join(lines)


# A Word ledger whose status is its cell's shading (w:shd w:fill on the 完成情况 cell, or on the whole row's cells),
# explained by a paragraph of the document (注：“完成情况”栏底纹为绿色的表示已完成整改，…, under the table or above
# it) or a legend table of shaded cells beside their words: read as a workbook's fills are (notices.fills, issue 19's
# round 146). The document's paragraphs are offered to the legend reader as one-cell rows of a sheet of their own.
_SHADING = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}shd"
_W = _SHADING[:-3]
_GONE = "\x00"  # a paragraph line the legend reader took in whole (a legend note, read into the rows)


def _cell_shading(cell: Any) -> str | None:
    """A Word table cell's shading as RGB hex: the cell's own (w:tcPr/w:shd), else its paragraphs' (w:pPr/w:shd);
    None where it has none, or one white or automatic."""
    for shd in (cell._tc.find(f"{_W}tcPr/{_W}shd"), cell._tc.find(f"{_W}p/{_W}pPr/{_W}shd")):
        if shd is not None:
            fill = (shd.get(f"{_W}fill") or "").upper()
            if re.fullmatch(r"[0-9A-F]{6}", fill) and fill != "FFFFFF":
                return fill
    return None


def _shading_read(parts: list[list[str] | tuple[list[list[str]], Fills]]) -> None:
    """Read the tables' shading through the document's legend (see above), the grids changed in place; a paragraph
    that held the legend alone, once read into the rows, is dropped as a workbook's legend note is."""
    paragraphs = [part for part in parts if isinstance(part, list)]
    cells = [[line] for part in paragraphs for line in part]
    sheet = (cells, Fills())
    sheet[1].rows = [[None] for _ in cells]
    tables = [part for part in parts if isinstance(part, tuple)]
    read_fills([*tables, sheet])
    taken = iter(cells)
    for part in paragraphs:
        for k in range(len(part)):
            if part[k] and not next(taken)[0]:
                part[k] = _GONE
            elif not part[k]:
                next(taken)


# A Word list or ledger whose 已销号 problems are struck through (w:strike, w:dstrike on the runs of the problem's
# headline or of the whole row), explained by a note of the document (注：划线部分为已销号问题 / 删除线表示已完成整改 /
# 未划线的为正在整改): issue 19's round 149, a county bureau's list. A ledger's rows are read as a workbook's struck
# rows are (notices.fills); a list's headlines get the note's words in the bracket the genre prints a status in after
# a headline (1.<problem>(已销号问题)。), as a legend's marks are read (normalize.legend_read): a struck headline the
# words of the struck, a headline of the same numbering left unstruck the words of the others. A strike no note
# explains states nothing.
_STRIKES = (_W + "strike", _W + "dstrike")
_OFF = ("0", "false", "off")


def _struck(node: Any) -> bool:
    """Whether most of the text of a paragraph or a table cell is in struck-through runs."""
    struck = whole = 0
    for run in node.iter(_W + "r"):
        text = "".join(t.text or "" for t in run.iter(_W + "t")).strip()
        if not text:
            continue
        whole += len(text)
        rpr = run.find(_W + "rPr")
        marks = [] if rpr is None else [m for m in rpr if m.tag in _STRIKES]
        if any(m.get(_W + "val", "true") not in _OFF for m in marks):
            struck += len(text)
    return whole > 0 and struck * 2 >= whole


def _struck_list_read(paragraphs: list[list[str]], struck: list[bool]) -> None:
    """Give a struck list's headlines their note's words (see above), the paragraphs changed in place."""
    from .fills import counted_open, strike_legend
    from .numbering import numbering_of
    from .status.sentences import prose_status

    lines = [part[-1] if part else "" for part in paragraphs]  # a paragraph's own text (its boxes' lines before it)
    legend = strike_legend(lines)
    if legend is None:
        return
    # each one's numbering family, read on the line's NFKC form as the parser's numbering reads it (（一） as (一))
    numbered = [
        found[0] if (found := numbering_of(unicodedata.normalize("NFKC", line.strip()))) else None for line in lines
    ]
    # the struck headlines: each run of struck paragraphs opens with one (a problem struck with its text); their
    # numbering is the problems', which the list's unstruck problems share
    heads = [k for k, hit in enumerate(struck) if hit and not (k > 0 and struck[k - 1] and lines[k - 1].strip())]
    families = {numbered[k] for k in heads if numbered[k] is not None}
    if not families:
        return
    if legend.unstruck is None:
        heads = [k for k, family in enumerate(numbered) if family is not None and family in families]
        if counted_open("\n".join(lines), sum(struck[k] for k in heads), sum(not struck[k] for k in heads)):
            legend.unstruck = UNSTRUCK_WORDS
    for k, line in enumerate(lines):
        if numbered[k] is None or numbered[k] not in families:
            continue
        if not struck[k]:
            words = legend.unstruck
        else:
            # the problem's text up to the next numbered paragraph: a word the note qualifies a strike by, or the
            # work kept up (…此项工作长期坚持) the struck problem's own text states
            end = next((j for j in range(k + 1, len(lines)) if numbered[j] is not None), len(lines))
            held = "\n".join(lines[k:end])
            words = next((w for q, w in legend.qualified if q in held), legend.struck)
            if (
                words
                and classify_status(words) == "done"
                and prose_status("\n".join(lines[k + 1 : end])) == "done_longterm"
            ):
                words += KEPT_UP_WORDS
        text = line.rstrip()
        if words and text:
            stop = text[-1] if text[-1:] in "。." else ""
            paragraphs[k][-1] = f"{text[: len(text) - len(stop)]}({words}){stop}"
    for k in legend.notes:  # the note, read into the headlines, is no paragraph of the notice
        paragraphs[k][-1] = _GONE


# A notice forwarded as Word leaves it shows its text through wrappers the reader must see through and keeps text
# Word does not show. Tracked changes left in (修订): inserted text (w:ins, w:moveTo) is the notice's, deleted text
# (w:del) and text moved away (w:moveFrom, shown struck through where it was) is not; a paragraph whose mark was
# deleted or moved away and that keeps no text is gone. Content controls (w:sdt, a template's fields and repeating
# sections, around runs, paragraphs, tables, rows or cells, a checkbox showing ☑/☐), customXml elements, smart tags
# (Word's chsdate around dates) and simple fields (w:fldSimple, whose runs are the result Word shows) hold the text
# they wrap. Unwrapped in place, every paragraph, table and row stands where the reader looks for it.
_WORD = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_WRAPPERS = tuple(_WORD + t for t in ("ins", "moveTo", "sdt", "customXml", "smartTag", "fldSimple"))
_UNSHOWN = tuple(_WORD + t for t in ("del", "moveFrom"))
_WRAPPER_PROPERTIES = tuple(_WORD + t for t in ("sdtPr", "sdtEndPr", "smartTagPr", "customXmlPr"))


def _as_shown(body: Any) -> None:
    """Unwrap what wraps shown text and drop what Word does not show (tracked deletions, moved-away text)."""
    unshown = list(body.iter(*_UNSHOWN))
    gone = [p for node in unshown if (p := _mark_of(node)) is not None]
    for node in unshown:
        node.getparent().remove(node)
    for node in list(body.iter(*_WRAPPERS)):
        content = node.find(_WORD + "sdtContent") if node.tag == _WORD + "sdt" else node
        if content is not None:
            for child in list(content):
                if child.tag not in _WRAPPER_PROPERTIES:
                    node.addprevious(child)
        node.getparent().remove(node)
    for paragraph in gone:
        if paragraph.getparent() is not None and not _own_text(paragraph).strip():
            paragraph.getparent().remove(paragraph)


def _mark_of(node: Any) -> Any:
    """The paragraph whose mark a revision marks (w:p/w:pPr/w:rPr/w:del|w:moveFrom), else None."""
    rpr = node.getparent()
    ppr = None if rpr is None else rpr.getparent()
    if rpr is None or rpr.tag != _WORD + "rPr" or ppr is None or ppr.tag != _WORD + "pPr":
        return None
    return ppr.getparent()


# --- Word's automatic list numbering ---------------------------------------------------------------------------------
# A Word user numbers problems, aspects and parts with the list buttons (1. / (一) / 问题1： / 一、): the number Word
# shows is kept in numbering.xml (a level's format and text, %1 the counter), not in the paragraph's text. A copy
# pasted from Word carries the number; the file does not. The reader writes it back as Word shows it, counting each
# list (numId) through the document, a level restarting under a higher one, as Word does by default.
def _letters(n: int, base: str) -> str:
    return base[(n - 1) % 26] * ((n - 1) // 26 + 1)


def _roman(n: int) -> str:
    out = ""
    for value, mark in (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        count, n = divmod(n, value)
        out += mark * count
    return out


_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_HEAVENLY = "甲乙丙丁戊己庚辛壬癸"
# numFmt → the counter as Word prints it (vocabulary of the format, as data); an unknown format prints as decimal
_FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "decimalFullWidth": lambda n: str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９")),
    "decimalFullWidth2": lambda n: str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９")),
    "chineseCounting": cn_numeral,
    "chineseCountingThousand": cn_numeral,
    "chineseLegalSimplified": lambda n: cn_numeral(n).translate(
        str.maketrans("一二三四五六七八九十", "壹贰叁肆伍陆柒捌玖拾")
    ),
    "ideographTraditional": lambda n: _HEAVENLY[(n - 1) % 10],
    "decimalEnclosedCircle": lambda n: _CIRCLED[n - 1] if n <= len(_CIRCLED) else str(n),
    "decimalEnclosedCircleChinese": lambda n: _CIRCLED[n - 1] if n <= len(_CIRCLED) else str(n),
    "decimalEnclosedParen": lambda n: f"({n})",
    "decimalEnclosedFullstop": lambda n: f"{n}.",
    "upperLetter": lambda n: _letters(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    "lowerLetter": lambda n: _letters(n, "abcdefghijklmnopqrstuvwxyz"),
    "upperRoman": _roman,
    "lowerRoman": lambda n: _roman(n).lower(),
    "none": lambda n: "",
}
_LEVEL_REF = re.compile(r"%([1-9])")


class ListNumbers:
    """The numbers Word's list numbering shows before paragraphs, counted in document order."""

    def __init__(self, document: Any) -> None:
        # numId → ilvl → (start, numFmt, lvlText, isLgl)
        self._levels: dict[str, dict[int, tuple[int, str, str, bool]]] = {}
        self._styles: dict[str, tuple[str | None, str | None, str | None]] = {}  # styleId → (numId, ilvl, basedOn)
        self._counters: dict[str, dict[int, int]] = {}
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return  # a file without numbering.xml numbers nothing
        abstract = {a.get(_W_NS + "abstractNumId"): a for a in numbering.iterchildren(_W_NS + "abstractNum")}
        for num in numbering.iterchildren(_W_NS + "num"):
            ref = num.find(_W_NS + "abstractNumId")
            definition = abstract.get(None if ref is None else ref.get(_W_NS + "val"))
            if definition is not None:
                self._levels[num.get(_W_NS + "numId")] = self._read_levels(definition, num)
        for style in document.styles.element.iterchildren(_W_NS + "style"):
            numpr = style.find(f"{_W_NS}pPr/{_W_NS}numPr")
            based = style.find(_W_NS + "basedOn")
            self._styles[style.get(_W_NS + "styleId")] = (
                _val(numpr, "numId"),
                _val(numpr, "ilvl"),
                None if based is None else based.get(_W_NS + "val"),
            )

    @staticmethod
    def _read_levels(definition: Any, num: Any) -> dict[int, tuple[int, str, str, bool]]:
        starts = {
            int(o.get(_W_NS + "ilvl") or 0): int(s.get(_W_NS + "val") or 1)
            for o in num.iterchildren(_W_NS + "lvlOverride")
            if (s := o.find(_W_NS + "startOverride")) is not None
        }
        levels = {}
        for lvl in definition.iterchildren(_W_NS + "lvl"):
            ilvl = int(lvl.get(_W_NS + "ilvl") or 0)
            start = starts.get(ilvl, int(_val(lvl, "start") or 1))
            legal = lvl.find(_W_NS + "isLgl") is not None and _val(lvl, "isLgl") not in ("0", "false")
            levels[ilvl] = (start, _val(lvl, "numFmt") or "decimal", _val(lvl, "lvlText") or "", legal)
        return levels

    def _numpr(self, paragraph: Any) -> tuple[str | None, int]:
        """The paragraph's list and level: its own numPr, else its style's (through basedOn)."""
        ppr = paragraph.find(_W_NS + "pPr")
        numpr = None if ppr is None else ppr.find(_W_NS + "numPr")
        num_id, ilvl = _val(numpr, "numId"), _val(numpr, "ilvl")
        style = _val(ppr, "pStyle")
        for _ in range(10):  # a basedOn chain is short; a loop in it must not hang the reader
            if num_id is not None or style is None or style not in self._styles:
                break
            num_id, style_ilvl, style = self._styles[style]
            ilvl = ilvl or style_ilvl
        return num_id, int(ilvl or 0)

    def label(self, paragraph: Any) -> str:
        """The number Word shows before the paragraph ('' where it is no list's member or a bullet's)."""
        if not self._levels:
            return ""
        num_id, ilvl = self._numpr(paragraph)
        levels = self._levels.get(num_id or "")
        if not levels or ilvl not in levels:
            return ""  # numId 0 (numbering taken off) or a list numbering.xml does not define
        counters = self._counters.setdefault(num_id or "", {})
        start, fmt, text, legal = levels[ilvl]
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else start
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]  # a lower level restarts under each higher one
        if fmt == "bullet":
            return ""

        def shown(match: re.Match[str]) -> str:
            k = int(match.group(1)) - 1
            start_k, fmt_k, _, _ = levels.get(k, (1, "decimal", "", False))
            # Word's legal numbering (isLgl, 正规形式编号) shows every level the text names in figures: a multilevel
            # list whose parts print 一、 numbers its problems 1.1 / 1.2 under them (Word files, issue 19's round 111)
            return str(counters.get(k, start_k)) if legal else _FORMATS.get(fmt_k, str)(counters.get(k, start_k))

        return _LEVEL_REF.sub(shown, text)


def _val(element: Any, child: str) -> str | None:
    """The w:val of an element's child, None where either is missing."""
    if element is None:
        return None
    node = element.find(_W_NS + child)
    return None if node is None else node.get(_W_NS + "val")


# A text box (a title or a 文号 line set in a box, a status stamp) is anchored in a paragraph: its runs lie inside
# the anchor's, and Word saves it twice, as a drawing (mc:Choice) and as VML for older readers (mc:Fallback). Read
# whole, the anchor would print the box's text twice, glued to its own; the box's paragraphs are read once, as lines
# of their own before the anchor's text.
_W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_BOX = _W_NS + "txbxContent"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _paragraph_lines(paragraph: Any, numbers: ListNumbers | None) -> list[str]:
    """A body paragraph's lines: its text boxes' paragraphs, then its own numbered text, then its stamps."""
    lines: list[str] = []
    stamps: list[str] = []
    if paragraph.find(f".//{_BOX}") is not None:  # a cheap precheck: most paragraphs hold no box
        for box in paragraph.iter(_BOX):
            if not any(a.tag in (_FALLBACK, _BOX) for a in box.iterancestors() if _below(a, paragraph)):
                texts = [_label(p, numbers) + _own_text(p) for p in box.iterchildren(_W_NS + "p")]
                (stamps if _is_stamp(texts) else lines).extend(texts)
    return [*lines, _label(paragraph, numbers) + _own_text(paragraph), *stamps]


def _label(paragraph: Any, numbers: ListNumbers | None) -> str:
    """The number Word shows before a paragraph, '' where the document numbers nothing."""
    return numbers.label(paragraph) if numbers else ""


# A box that holds status words and nothing else (已完成, 整改中, 已完成 / 长期坚持 on two lines) is a stamp set beside
# the paragraph it is anchored in, as a red seal-like mark beside each problem (round 113's college notice): it
# states that paragraph's status, so it is read after the paragraph's text, where a status after a headline stands
# (1.<problem>。 / 已完成), not before it, where it would close the problem above. Other boxes (a title, a 文号
# line) keep their place before their anchor's text.
def _is_stamp(texts: list[str]) -> bool:
    """Whether a text box's lines are a status stamp: short status words alone."""
    words = "".join(t.strip() for t in texts)
    return 0 < len(words) <= MARKER_LIMIT and classify_status(words) is not None


def _below(node: Any, paragraph: Any) -> bool:
    """Whether node lies strictly inside paragraph (an ancestor of a box found below it)."""
    return node is not paragraph and paragraph in node.iterancestors()


def _own_text(paragraph: Any) -> str:
    """The paragraph's runs' text, without the runs of the text boxes anchored in it."""
    runs = paragraph.iter(_W_NS + "r")
    if paragraph.find(f".//{_BOX}") is None:
        return "".join(_run_text(run) for run in runs)
    return "".join(
        _run_text(r) for r in runs if not any(a.tag == _BOX for a in r.iterancestors() if _below(a, paragraph))
    )


# A paragraph's text as Word shows it: its text runs, a tab where the writer aligned columns with the Tab key (a
# ledger typed as tab-separated rows), a line where a soft break (Shift+Enter) or a carriage return ends one.
_RUN_MARKS = {"tab": "\t", "br": "\n", "cr": "\n", "noBreakHyphen": "-"}


# A symbol inserted from a symbol font (Insert > Symbol) is no text but w:sym, a font and a code in that font's
# private range (F0FE in Wingdings): the way a Word ledger ticks its status column (☑已完成 □正在推进) and a form
# marks a choice with √ from Symbol. The reader shows the boxes, ticks and crosses as their Unicode characters, so
# that the form's choice is read as a typed ☑/□ is (notices.normalize); other symbols stay unread, as before.
_SYMBOLS: dict[str, dict[int, str]] = {
    "wingdings": {0xFE: "☑", 0xFD: "☒", 0xFB: "✗", 0xFC: "✓", 0xA8: "□", 0x6F: "□", 0x71: "□", 0x6E: "■"},
    "wingdings 2": {0x52: "☑", 0x53: "☒", 0x54: "☒", 0x50: "✓", 0x4F: "✗", 0xA3: "□"},
    "symbol": {0xD6: "√"},
}


_SYM = _W_NS + "sym"


def _symbol(node: Any) -> str:
    """The Unicode character a w:sym shows, '' where the font or the code is not one of a form's marks."""
    table = _SYMBOLS.get(str(node.get(_W_NS + "font") or "").lower())
    try:
        code = int(str(node.get(_W_NS + "char") or ""), 16)
    except ValueError:
        return ""
    return "" if table is None else table.get(code & 0xFF if 0xF000 <= code <= 0xF0FF else code, "")


# A box typed rather than inserted: the writer sets a run's font to Wingdings 2 and types R for ☑ and £ for □ (the
# common way a Chinese form gets its boxes), or pastes ones that kept their font: the run's w:t holds the letters,
# its w:rFonts the symbol font (w:ascii / w:hAnsi, the fonts of Latin characters; CJK in the run keep their
# w:eastAsia font and are read as they are). The letters are read as the marks they show, others in the font as
# nothing, as w:sym is read.
def _font_table(fonts: Any) -> dict[int, str] | None:
    """The marks of the symbol font a w:rFonts gives Latin characters, None where it gives them a text font."""
    if fonts is None:
        return None
    name = fonts.get(_W_NS + "ascii") or fonts.get(_W_NS + "hAnsi") or ""
    return _SYMBOLS.get(name.lower())


def _in_symbol_font(text: str, table: dict[int, str]) -> str:
    """Text typed in a symbol font, as the marks it shows: Latin and private-range characters through the font's
    table, spaces and CJK characters as they are."""
    out = []
    for ch in text:
        code = ord(ch)
        if ch.isspace() or not (code < 0x100 or 0xF000 <= code <= 0xF0FF):
            out.append(ch)
        else:
            out.append(table.get(code & 0xFF, ""))
    return "".join(out)


def _has_symbols(paragraph: Any) -> bool:
    """Whether a paragraph holds a symbol (w:sym) or a run typed in a symbol font."""
    return paragraph.find(f".//{_SYM}") is not None or any(
        _font_table(f) is not None for f in paragraph.iter(_W_NS + "rFonts")
    )


def _run_text(run: Any) -> str:
    """A run's text: w:t its text (as marks where the run is typed in a symbol font), w:tab a tab, w:br/w:cr a line
    break, w:sym a form's mark (a paragraph's tab stops, in its properties, are no text)."""
    parts = []
    rpr = run.find(_W_NS + "rPr")
    table = None if rpr is None else _font_table(rpr.find(_W_NS + "rFonts"))
    for node in run:
        tag = node.tag.rsplit("}", 1)[-1] if isinstance(node.tag, str) else ""
        if tag == "t":
            text = str(node.text or "")
            parts.append(text if table is None else _in_symbol_font(text, table))
        else:
            parts.append(_symbol(node) if tag == "sym" else _RUN_MARKS.get(tag, ""))
    return "".join(parts)


# --- doc / wps -------------------------------------------------------------------------------------
_NOT_WORD = {"Workbook": "xls", "PowerPoint Document": "ppt"}  # stream name → errors.FORMATS


def doc_text(data: bytes, name: str) -> str:
    """A Word 97–2003 .doc (or a WPS .wps, the same binary format) through msdoc2docx, then as a .docx:
    paragraphs and tables read the same way."""
    import tempfile

    from doc2docx import convert
    from doc2docx.cfb.container import CompoundFileLimits
    from doc2docx.errors import Doc2DocxError, EncryptedDocumentError, StreamNotFound

    limits = CompoundFileLimits(max_input_bytes=len(data) + 1, max_stream_bytes=len(data) + 1)
    with tempfile.TemporaryDirectory(prefix="rectibot-doc-") as tmp:  # the converter reads and writes files
        source, target = Path(tmp) / "notice.doc", Path(tmp) / "notice.docx"
        source.write_bytes(data)
        try:
            convert(source, target, limits=limits)
        except EncryptedDocumentError:
            from errors import EncryptedFile

            raise EncryptedFile(name) from None
        except StreamNotFound:
            what = _other_office_file(data)
            if what == "xls":  # a workbook's stream named where its directory did not decode (extract's sniff)
                raise CorruptFile(name, "xls", "directory") from None
            raise UnsupportedFormat(name, what) from None
        except (Doc2DocxError, ValueError, IndexError, KeyError, struct.error) as err:
            # a workbook cut short (its directory lost) still names its stream: named as the spreadsheet it is
            kind = "xls" if _other_office_file(data) == "xls" else "doc"
            raise CorruptFile(name, kind, type(err).__name__) from None
        converted = target.read_bytes()
    return docx_text(converted, name)


def _other_office_file(data: bytes) -> str:
    """What a compound file without a Word document is, from the names of its streams."""
    for stream, what in _NOT_WORD.items():
        if stream.encode("utf-16-le") in data[:65536]:
            return what
    # a workbook cut short loses its directory (Excel and WPS write it last), not its first sector: the Workbook
    # stream opens there with a BIFF BOF record (09 08), where a Word document opens with its FIB (EC A5)
    shift = int.from_bytes(data[30:32], "little")
    return "xls" if 9 <= shift <= 12 and data[1 << shift : (1 << shift) + 2] == b"\x09\x08" else "ole"


def _table_lines(table: Any, numbers: ListNumbers | None = None) -> list[str]:
    """A Word table as the tab-separated rows a copy of it pastes (a row a line, cells split by tabs): the parser's
    table reader (notices.tables) reads them as it reads a pasted ledger, with its header, merged class cells,
    status column and closing tables by problem number. A cell's own lines are joined by spaces."""
    rows = [_row_texts(row, numbers) for row in table.rows]
    return ["\t".join(r) for r in rows if any(r)]


def _row_texts(row: Any, numbers: ListNumbers | None) -> list[str]:
    """A row's cells' texts, one for each grid column (python-docx repeats a merged cell over the columns it spans);
    a row that is one cell merged across the whole table keeps its text in the first column only, the others empty,
    as a web page's colspan row reads: the aspect heading the rows under it (（一）…方面 over a 台账's rows, round 105),
    never a row whose every cell repeats it."""
    cells = list(row.cells)
    texts = [_cell_text(c, numbers).replace("\t", " ") for c in cells]
    if len(cells) > 1 and all(c._tc is cells[0]._tc for c in cells):
        return texts[:1] + [""] * (len(cells) - 1)
    return texts


def _cell_text(cell: Any, numbers: ListNumbers | None = None) -> str:
    """A cell's paragraphs joined by spaces, a soft break (Shift+Enter) inside one as well: a cell's line ends must
    not end its row's line (a ledger's measures cell typed with soft breaks). A text box inside the cell (a status
    stamp set in the 完成情况 cell) is read once, as a paragraph's boxes are (_paragraph_lines)."""
    texts = []
    for block in cell.iter_inner_content():
        if not hasattr(block, "rows"):
            if block._p.find(f".//{_BOX}") is not None:  # a stamp or a note set in a text box inside the cell
                texts += _paragraph_lines(block._p, numbers)
                continue
            text = _own_text(block._p) if _has_symbols(block._p) else block.text  # ☑ in a cell
            texts.append(_label(block._p, numbers) + text)
        else:  # a table nested in the cell (a breakdown by quarter in a measures cell): its cells' text, in order
            texts += [_cell_text(inner, numbers) for row in block.rows for inner in row.cells]
    return " ".join(line.strip() for text in texts for line in text.split("\n") if line.strip())


# --- html -------------------------------------------------------------------------------------------
_PUBLISHED = re.compile(
    r"(?:发布|发表|公开|成文)(?:时间|日期)\s*[:：]?\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2})?"
)


def html_text(html: str) -> str:
    """The article of a saved web page: title, publication date and body, without site chrome."""
    import lxml.html
    import trafilatura

    tree = lxml.html.fromstring(html)
    coloured = any(word in html for word in _COLOUR_WORDS)  # the cheap precheck: a page colouring nothing
    # … and one striking nothing through (<del>, <s>, <strike>, text-decoration:line-through: round 149)
    coloured = coloured or any(word in html for word in _STRIKE_WORDS)
    css = "\n".join(node.text or "" for node in tree.iter("style")) if coloured else ""
    for bad in tree.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    if any(word in html for word in _ROWSPAN_WORDS) and _merged_cells_repeated(tree):  # the cheap precheck first
        html = lxml.html.tostring(tree, encoding="unicode")
    page = "\n".join(t.strip() for t in tree.itertext() if t.strip())
    if coloured and _read_colours(tree, css, page):  # a ledger's rows coloured by status under a legend (round 146)
        html = lxml.html.tostring(tree, encoding="unicode")
        page = "\n".join(t.strip() for t in tree.itertext() if t.strip())
    title = _html_title(tree)
    body = trafilatura.extract(html, include_comments=False, include_tables=True, favor_recall=True, deduplicate=False)
    if not body:
        body = page
    elif _repeats_dropped(body, page):  # the page's blocks are read only then: marking them costs a parse's time
        body = _repeats_restored(body, _block_lines(tree))
    parts = [title] if title and title not in body[:300] else []
    published = _PUBLISHED.search(page)
    if published and published.group(0) not in body:
        parts.append(published.group(0))
    parts.append(body)
    return "\n".join(parts)


# A ledger's cell merged down its column (rowspan) holds one value for each row it spans: a status (已完成 over the
# rows of a class whose problems were all done), a deadline, a department (round 95's ledgers). The extractor prints
# it on the first row only and leaves the others' cell empty, which reads as no status. A row of its own, numbered in
# its own cell left of the merged one, is given the value; a row whose number is merged too continues the record
# above it (one problem over the rows of its measures) and is left as printed, as is a merged first column (an area
# heading its rows, which the table reader carries down itself).
def _read_colours(tree: Any, css: str, page: str) -> bool:
    """A coloured page's ledger read through its legend (notices.htmlfills, imported only for a coloured page)."""
    from .htmlfills import read_colours

    return read_colours(tree, css, page)


# a page's colours: a cell's or a row's bgcolor, an inline or a stylesheet's background (notices.htmlfills)
_COLOUR_WORDS = ("bgcolor", "background", "BGCOLOR", "BgColor", "bgColor")
_STRIKE_WORDS = ("<del", "<DEL", "<s>", "<S>", "<s ", "<strike", "<STRIKE", "line-through", "LINE-THROUGH")
_ROWSPAN_WORDS = ("rowspan", "ROWSPAN", "rowSpan", "RowSpan")
_ROW_NUMBER = re.compile(r"\s*\d{1,3}\s*[.、]?\s*")


def _span(cell: Any, name: str) -> int:
    value = (cell.get(name) or "1").strip()
    return max(1, min(int(value), 200)) if value.isdigit() else 1


def _merged_cells_repeated(tree: Any) -> bool:
    """Copy each merged cell into the rows it spans where each is numbered left of it (see above); whether any was."""
    copied = False
    for table in tree.iter("table"):
        covered: dict[Any, list[tuple[Any, Any, bool]]] = {}  # merged cell -> (row, the row's next own cell, numbered)
        spanning: dict[int, tuple[Any, int]] = {}  # column -> (the merged cell, rows it still spans)
        for row in table.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr"):
            own = [cell for cell in row if cell.tag in ("td", "th")]
            placed, col, k = [], 0, 0  # (column, cell, whether the row holds it)
            while k < len(own) or any(c >= col for c in spanning):
                if col in spanning:
                    cell, left = spanning.pop(col)
                    placed.append((col, cell, False))
                    if left > 1:
                        spanning[col] = (cell, left - 1)
                    col += _span(cell, "colspan")
                elif k < len(own):
                    cell, k = own[k], k + 1
                    placed.append((col, cell, True))
                    if _span(cell, "rowspan") > 1:
                        spanning[col] = (cell, _span(cell, "rowspan") - 1)
                    col += _span(cell, "colspan")
                else:
                    col += 1
            numbers = [c for c, cell, held in placed if held and _ROW_NUMBER.fullmatch(cell.text_content() or "")]
            for c, cell, held in placed:
                if not held:
                    after = next((other for x, other, h in placed if h and x > c), None)
                    covered.setdefault(cell, []).append((row, after, bool(numbers) and numbers[0] < c))
        for cell, rows in covered.items():
            if not all(numbered for _, _, numbered in rows):
                continue  # a record's continuation rows: left as printed
            for row, after, _ in rows:
                copy = deepcopy(cell)
                copy.attrib.pop("rowspan", None)
                row.append(copy) if after is None else after.addprevious(copy)
            cell.attrib.pop("rowspan", None)
            copied = True
    return copied


def _html_title(tree: Any) -> str | None:
    for xpath in ("//h1", "//h2", "//title"):
        for node in tree.xpath(xpath):
            text = re.sub(r"\s+", " ", node.text_content()).strip()
            if "关于" in text or "通报" in text or "整改" in text:
                return text
    return None


_BLOCKS = ("p", "div", "li", "td", "th", "tr", "br", "h1", "h2", "h3", "h4", "h5", "h6", "section", "blockquote", "pre")


_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff]")  # zero-width characters the extractor drops

# A notice's part or aspect heading (一、整改工作总体情况 / （一）…方面) that a page's template styles as a badge or a
# bar holds its text in a block with no paragraph of its own (<section><span><strong>一、…</strong></span></section>,
# WeChat editors' templates: round 118's probe), and the extractor drops it; within the article's stretch of the
# page it is put back with the repeats. Headings numbered in Chinese numerals only: a dropped line numbered 1. after
# the article is as often an attachment's or a related link's.
_BADGE_HEADING = re.compile(rf"\s*(?:[{CN_DIGITS}]{{1,3}}\s*、|[(（]\s*[{CN_DIGITS}]{{1,3}}\s*[)）])\s*\S")


def _repeats_dropped(body: str, page: str) -> bool:
    """Whether the extractor dropped what the page's blocks put back: a paragraph of the body standing more often in
    the page's text than in the body, or a part or aspect heading (_BADGE_HEADING)."""
    kept = Counter(line for line in body.split("\n") if line.strip())
    held = Counter(_INVISIBLE.sub("", line) for line in page.split("\n"))
    if any(held[line] > n for line, n in kept.items()):
        return True
    if any(_BADGE_HEADING.match(line) and line not in body for line in held):
        return True  # a part or aspect heading the extractor dropped (see _BADGE_HEADING)
    # a paragraph whose words stand in more than one element (a field's label in bold before its text:
    # <strong>整改情况：</strong>已完成整改。, round 118) is no line of the page's text pieces: it is counted in
    # the page's text run together
    joined = _INVISIBLE.sub("", "".join(page.split("\n")))
    return any(joined.count(line) > n for line, n in kept.items() if line not in held)


def _block_lines(tree: Any) -> list[str]:
    """The page's text a block (paragraph, cell, heading) a line, whitespace collapsed and zero-width characters
    dropped as the extractor drops them; marks the tree's blocks."""
    for block in tree.iter(*_BLOCKS):
        block.text = "\n" + (block.text or "")
        block.tail = "\n" + (block.tail or "")
    text = _INVISIBLE.sub("", "".join(tree.itertext()))
    lines = (re.sub(r"\s+", " ", line).strip() for line in text.split("\n"))
    return [line for line in lines if line]


def _repeats_restored(body: str, page: list[str]) -> str:
    """The body with the repeats of its paragraphs that the extractor collapsed put back: a notice published as
    one paragraph a field repeats the same field under each problem (整改进展:已完成。 under 问题3 as under 问题1:
    a 美篇 page, round 53; 整改情况:已完成整改。 under each problem of a WeChat article, round 118), and
    trafilatura's recovery of pages without an article container keeps identical paragraphs once. Only a stretch of
    the page that holds nothing but the body's paragraphs, in the body's order, is taken, with the repeats right
    after it; the body's paragraphs outside it are kept as the body has them. The stretch ends where the page holds a
    line the body dropped: site furniture after the article that the extractor kept in part (微信扫一扫 / 关注该公众号
    kept, 阅读原文 dropped between them: round 118) bounds the stretch instead of voiding the restoring; a part or
    aspect heading the extractor dropped from a template's badge (_BADGE_HEADING) does not end it and is put back."""
    kept = [line for line in body.split("\n") if line.strip()]
    held = set(page)
    ends = [k for k, line in enumerate(kept) if line in held]
    if len(kept) < 2 or len(page) <= len(kept) or not ends:
        return body
    middle = kept[ends[0] : ends[-1] + 1]
    have = set(middle)
    if not have <= held:
        return body
    first, last = page.index(middle[0]), len(page) - 1 - page[::-1].index(middle[-1])
    at, places = first, []  # where each of the body's paragraphs stands in the page, in order
    for want in middle:
        while at <= last and page[at] != want:
            at += 1
        if at > last:
            return body  # the body is no subsequence of the page
        places.append(at)
        at += 1
    pieces, start = [], 0  # runs of the body's paragraphs with no line the body dropped between them
    for k in range(1, len(middle) + 1):
        gap = page[places[k - 1] + 1 : places[k]] if k < len(middle) else []
        if k == len(middle) or any(line not in have and not _BADGE_HEADING.match(line) for line in gap):
            pieces.append((start, k))
            start = k
    lo, hi = max(pieces, key=lambda piece: places[piece[1] - 1] - places[piece[0]])  # the article's: the longest
    first, last = places[lo], places[hi - 1]
    bound = places[hi] if hi < len(middle) else len(page)
    while last + 1 < bound and page[last + 1] in have:
        last += 1  # the repeats after the stretch's last paragraph (the last problem's field) are collapsed too
    run = page[first : last + 1]
    if len(run) <= hi - lo:
        return body
    return "\n".join(kept[: ends[0] + lo] + run + kept[ends[0] + hi :])

"""Reading notices: bytes in, `Notice` out. Pure: no SQL, no Telegram, no I/O beyond the file it is given.

Imports no other layer of rectibot but errors/ (the one error tree).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from errors import (
    CorruptFile,
    EmptyFile,
    EncryptedFile,
    NotANotice,
    NoticeError,
    OcrUnavailable,
    ScannedPdf,
    UnsupportedFormat,
)

from .model import OPEN_STATUSES, STATUSES, Claimed, Item, Notice, NoticeWarning

# The file names a notice comes in, by their suffix: the bot's documents and the console's folders take the same
# set. The bytes decide the format (a name without a suffix is read too): a .xls is taken so that its bytes can say
# what it is (a workbook renamed, a web page a system exported as .xls, or an Excel 97–2003 file to save again).
# A note app's Markdown export (.md, .markdown: 飞书文档, 语雀, Notion, Obsidian; round 141) is text. An OFD file
# (.ofd: 电子公文 exports, notices.ofd) and a web page saved as a single file (.mht, .mhtml: notices.mhtml) are read
# as a PDF's and a saved page's text (round 152).
SUFFIXES = frozenset(
    {".txt", ".text", ".md", ".markdown", ".docx", ".doc", ".wps", ".rtf", ".odt", ".xlsx", ".xls", ".ods", ".pdf"}
    | {".ofd", ".html", ".htm", ".mht", ".mhtml"}
    | {".png", ".jpg", ".jpeg", ".tif", ".tiff"}
)

if TYPE_CHECKING:
    from .extract import Extracted, Progress, read_text, text_from_bytes
    from .parse import parse_notice

# The reading machinery (extraction, OCR, the parser's tables and patterns) is imported when first used:
# ~50 ms that a cold `rectibot ask`, which only needs the model, does not pay.
_LAZY = {
    "Extracted": "extract", "Progress": "extract", "ocr_images": "extract",
    "read_text": "extract", "text_from_bytes": "extract", "parse_notice": "parse",
}  # fmt: skip


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "OPEN_STATUSES",
    "STATUSES",
    "SUFFIXES",
    "Claimed",
    "CorruptFile",
    "EmptyFile",
    "EncryptedFile",
    "Item",
    "NotANotice",
    "Notice",
    "NoticeError",
    "NoticeWarning",
    "OcrUnavailable",
    "ScannedPdf",
    "UnsupportedFormat",
    "looks_like_notice",
    "parse_bytes",
    "parse_file",
    "parse_images",
    "parse_notice",
    "read_text",
    "text_from_bytes",
]


def looks_like_notice(text: str) -> bool:
    """Whether a long pasted text reads like a rectification notice (worth offering to store)."""
    from .lexicon import NOTICE_HINT_RE

    return len(text) > 400 and NOTICE_HINT_RE.search(text) is not None


def parse_bytes(data: bytes, name: str = "the file", progress: Progress | None = None, *, ocr: bool = True) -> Notice:
    """Parse a notice file's bytes (any supported format; scans and images by OCR, reporting `progress`,
    unless `ocr=False`: then they raise NeedsOcr)."""
    from .extract import extract

    return from_extracted(extract(data, name, progress, ocr=ocr), name)


def parse_images(images: list[bytes], name: str, progress: Progress | None = None) -> Notice:
    """Parse photos or scans of a notice's pages, in order, as one notice (OCR)."""
    from .extract import ocr_images

    return from_extracted(ocr_images(images, name, progress), name)


def from_extracted(extracted: Extracted, name: str) -> Notice:
    """Parse extracted text; a notice read by OCR says so first among its warnings."""
    from dataclasses import replace

    from .parse import parse_notice

    notice = parse_notice(extracted.text, name)
    if not extracted.ocr_pages:
        return notice
    warning = NoticeWarning("ocr", {"pages": extracted.ocr_pages})
    return replace(notice, warnings=(warning, *notice.warnings))


def parse_file(path: str) -> Notice:
    """Parse a notice file on disk (any supported format)."""
    from pathlib import Path

    from .extract import read_bytes

    return parse_bytes(read_bytes(path), Path(path).name)

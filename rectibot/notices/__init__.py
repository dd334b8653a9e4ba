"""Parsing rectification notices: pure functions, file or text in, `Notice` out. No I/O beyond reading
the file it is given, no SQL, no Telegram."""

from .errors import (
    CorruptFile,
    EmptyFile,
    EncryptedFile,
    NotANotice,
    NoticeError,
    ScannedPdf,
    UnsupportedFormat,
)
from .extract import read_text, text_from_bytes
from .model import OPEN_STATUSES, STATUSES, Claimed, Item, Notice
from .parse import parse_notice

__all__ = [
    "OPEN_STATUSES",
    "STATUSES",
    "Claimed",
    "CorruptFile",
    "EmptyFile",
    "EncryptedFile",
    "Item",
    "NotANotice",
    "Notice",
    "NoticeError",
    "ScannedPdf",
    "UnsupportedFormat",
    "parse_bytes",
    "parse_file",
    "parse_notice",
    "read_text",
    "text_from_bytes",
]


def parse_bytes(data: bytes, name: str = "the file") -> Notice:
    """Parse a notice file's bytes (any supported format)."""
    return parse_notice(text_from_bytes(data, name), name)


def parse_file(path: str) -> Notice:
    """Parse a notice file on disk (any supported format)."""
    from pathlib import Path

    return parse_notice(read_text(path), Path(path).name)

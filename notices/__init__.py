"""Reading notices: bytes in, `Notice` out. Pure: no SQL, no Telegram, no I/O beyond the file it is given.

Imports no other layer of rectibot.
"""

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
from .lexicon import NOTICE_HINT_RE
from .model import OPEN_STATUSES, STATUSES, Claimed, Item, Notice, NoticeWarning
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
    "NoticeWarning",
    "ScannedPdf",
    "UnsupportedFormat",
    "looks_like_notice",
    "parse_bytes",
    "parse_file",
    "parse_notice",
    "read_text",
    "text_from_bytes",
]


def looks_like_notice(text: str) -> bool:
    """Whether a long pasted text reads like a rectification notice (worth offering to store)."""
    return len(text) > 400 and NOTICE_HINT_RE.search(text) is not None


def parse_bytes(data: bytes, name: str = "the file") -> Notice:
    """Parse a notice file's bytes (any supported format)."""
    return parse_notice(text_from_bytes(data, name), name)


def parse_file(path: str) -> Notice:
    """Parse a notice file on disk (any supported format)."""
    from pathlib import Path

    return parse_notice(read_text(path), Path(path).name)
